//! Any bytes given to the review loader, checked against the built-in sample dataset.
#![no_main]

use std::path::Path;
use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use poa_review::io;
use poa_review::model::Dataset;

fn sample() -> &'static Dataset {
    static SAMPLE: OnceLock<Dataset> = OnceLock::new();
    SAMPLE.get_or_init(|| poa_review::sample::dataset().expect("the sample is valid"))
}

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.review.ron");
    let Ok(text) = io::document::decode(path, data.to_vec()) else { return };
    for dataset in [None, Some(sample())] {
        match io::review_from_text(path, &text, dataset) {
            Ok(loaded) => {
                let saved = io::to_ron_string(&loaded.doc).expect("a loaded review serialises");
                let again = io::review_from_text(path, &saved, dataset).expect("a saved review loads");
                assert_eq!(again.doc, loaded.doc);
                // Charts of any loadable review draw or refuse cleanly.
                if let Some(d) = dataset {
                    let data = poa_review::charts::ChartData { dataset: d, review: Some(&loaded.doc) };
                    for kind in [poa_review::charts::ChartKind::StatusByPillar, poa_review::charts::ChartKind::Progress] {
                        let chart = poa_review::charts::Chart { kind, lang: "zh".to_owned() };
                        let _ = poa_review::charts::render_rgb(&chart, data, 200, 120, 1.0);
                    }
                }
            }
            Err(e) => {
                for p in e.problems() {
                    let _ = p.to_string();
                }
            }
        }
    }
});
