//! How poa-review grows with the size of the data: load and validate, save, filter, one
//! full-window frame, and chart drawing and export, at the sample's size, 1,000 and 10,000
//! commitments (the largest with 200,000 indicator points).
//!
//! Run with `cargo bench --bench scale`; figures are reported in `docs/performance.md`.
#![expect(
    clippy::many_single_char_names,
    reason = "c, b: criterion; d, r: dataset and review; h: the window"
)]

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};

#[path = "../tests/integration/common/mod.rs"]
mod common;
use poa_review::charts::{self, Chart, ChartData, ChartKind};
use poa_review::filter::{Filter, SearchIndex};
use poa_review::io;
use poa_review::model::{Dataset, Review};

/// (label, commitments, indicator points); the sample itself is the first.
const SIZES: [(&str, usize, usize); 3] = [
    ("sample", 0, 0),
    ("1,000", 1_000, 20_000),
    ("10,000", 10_000, 200_000),
];

fn data(commitments: usize, points: usize) -> (Dataset, Review) {
    if commitments == 0 {
        (
            poa_review::sample::dataset().expect("sample"),
            poa_review::sample::review().expect("sample review"),
        )
    } else {
        let d = poa_review::synthetic::dataset(commitments, points);
        let r = poa_review::synthetic::review(&d);
        (d, r)
    }
}

fn scale(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary folder");
    for (label, commitments, points) in SIZES {
        let (d, r) = data(commitments, points);
        let dataset_path = dir.path().join(format!("s{commitments}.dataset.ron"));
        let review_path = dir.path().join(format!("s{commitments}.review.ron"));
        io::save_document(&dataset_path, &d).expect("write dataset");
        let mut r = r;
        r.dataset.content_hash = io::content_hash(&d).expect("hash");
        if commitments == 0 {
            // The sample review names the built-in dataset; point it at the file instead.
            r.dataset.id.clone_from(&d.metadata.id);
        }
        io::save_document(&review_path, &r).expect("write review");
        let kib = std::fs::metadata(&dataset_path).map_or(0, |m| m.len() / 1024);
        eprintln!(
            "{label}: {} commitments, {} points, dataset file {kib} KiB",
            d.commitments.len(),
            d.indicators.iter().map(|i| i.series.len()).sum::<usize>()
        );

        let mut g = c.benchmark_group("scale");
        g.sample_size(if commitments >= 10_000 { 10 } else { 20 });
        g.bench_with_input(
            BenchmarkId::new("load and validate dataset", label),
            &dataset_path,
            |b, p| {
                b.iter(|| black_box(io::load_dataset(p).expect("loads")));
            },
        );
        g.bench_with_input(
            BenchmarkId::new("load and validate review", label),
            &review_path,
            |b, p| {
                b.iter(|| black_box(io::load_review(p, Some(&d)).expect("loads")));
            },
        );
        let out = dir.path().join(format!("save{commitments}.review.ron"));
        g.bench_with_input(
            BenchmarkId::new("save review (atomic, fsync)", label),
            &r,
            |b, r| {
                b.iter(|| io::save_document(&out, r).expect("saves"));
            },
        );
        let index = SearchIndex::new(&d);
        let filter = Filter {
            query: "treatment".to_owned(),
            ..Filter::default()
        };
        g.bench_with_input(
            BenchmarkId::new("filter on a keystroke", label),
            &filter,
            |b, f| {
                b.iter(|| black_box(f.apply(&d, &r, &index)));
            },
        );
        let data = ChartData {
            dataset: &d,
            review: Some(&r),
        };
        let status = status_chart();
        g.bench_with_input(
            BenchmarkId::new("status chart 800x450", label),
            &status,
            |b, chart| {
                b.iter(|| {
                    black_box(charts::render_rgb(chart, data, 800, 450, 1.0).expect("drawn"))
                });
            },
        );
        let png = dir.path().join("status.png");
        g.bench_with_input(
            BenchmarkId::new("export status chart PNG 2x", label),
            &status,
            |b, chart| {
                b.iter(|| charts::export(&png, chart, data, 800, 450, 2.0).expect("written"));
            },
        );
        let svg = dir.path().join("status.svg");
        g.bench_with_input(
            BenchmarkId::new("export status chart SVG", label),
            &status,
            |b, chart| {
                b.iter(|| charts::export(&svg, chart, data, 800, 450, 1.0).expect("written"));
            },
        );
        drop(g);
        let mut h = common::desk(dir.path(), Some(review_path));
        assert_eq!(
            h.state().ws.as_ref().map(|w| w.dataset.commitments.len()),
            Some(d.commitments.len())
        );
        c.benchmark_group("scale").bench_function(
            BenchmarkId::new("full-window frame", label),
            |b| {
                b.iter(|| h.step());
            },
        );
    }
}

criterion_group!(benches, scale);
criterion_main!(benches);

/// The status chart in English, as the benchmark draws it.
fn status_chart() -> Chart {
    Chart {
        kind: ChartKind::StatusByPillar,
        lang: poa_review::i18n::Language::En,
        as_of: None,
    }
}
