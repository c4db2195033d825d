//! Chart drawing: a 1600 × 900 trend chart of five series of twenty points, and a 3× PNG
//! export (2400 × 1350, drawn, encoded and written).
//!
//! Run with `cargo bench --bench charts`; figures are reported in `docs/performance.md`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use poa_review::charts::{self, Chart, ChartData, ChartKind};

fn charts_bench(c: &mut Criterion) {
    // Five indicators of twenty yearly points each.
    let dataset = poa_review::synthetic::dataset(37, 100);
    assert_eq!(dataset.indicators.len(), 5);
    let ids: Vec<String> = dataset.indicators.iter().map(|i| i.id.clone()).collect();
    let chart = Chart {
        kind: ChartKind::Trends { indicators: ids },
        lang: poa_review::i18n::Language::En,
        as_of: None,
    };
    let data = ChartData {
        dataset: &dataset,
        review: None,
    };
    c.bench_function(
        "chart/1600x900, 5 series of 20 points, into an RGB buffer",
        |b| {
            b.iter(|| black_box(charts::render_rgb(&chart, data, 1600, 900, 2.0).expect("drawn")));
        },
    );
    let dir = tempfile::tempdir().expect("temporary folder");
    let path = dir.path().join("chart.png");
    c.bench_function(
        "chart/3x PNG export (2400x1350): draw, encode, write",
        |b| {
            b.iter(|| {
                black_box(charts::export(&path, &chart, data, 800, 450, 3.0).expect("written"))
            });
        },
    );
    let sample = poa_review::sample::dataset().expect("sample");
    let review = poa_review::sample::review().expect("sample review");
    let data = ChartData {
        dataset: &sample,
        review: Some(&review),
    };
    for (name, kind) in [
        ("status by pillar", ChartKind::StatusByPillar),
        ("progress over time", ChartKind::Progress),
        ("2019 targets", ChartKind::Targets),
    ] {
        let chart = Chart {
            kind,
            lang: poa_review::i18n::Language::Zh,
            as_of: None,
        };
        c.bench_function(&format!("chart/800x450 {name}, Chinese"), |b| {
            b.iter(|| black_box(charts::render_rgb(&chart, data, 800, 450, 1.0).expect("drawn")));
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30);
    targets = charts_bench
}
criterion_main!(benches);
