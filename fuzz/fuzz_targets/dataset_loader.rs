//! Any bytes given to the dataset loader: decoding, the version check, parsing, validation and
//! locating every problem must return, never panic or overflow the stack.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use poa_review::io;

fuzz_target!(|data: &[u8]| {
    let path = Path::new("fuzz.dataset.ron");
    let Ok(text) = io::document::decode(path, data.to_vec()) else { return };
    match io::dataset_from_text(path, &text) {
        Ok(loaded) => {
            // A dataset that loads must save and load again to the same thing.
            let saved = io::to_ron_string(&loaded.doc).expect("a loaded dataset serialises");
            let again = io::dataset_from_text(path, &saved).expect("a saved dataset loads");
            assert_eq!(again.doc, loaded.doc);
        }
        Err(e) => {
            for p in e.problems() {
                let _ = p.to_string();
            }
        }
    }
});
