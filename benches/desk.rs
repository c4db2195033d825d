//! Frame time of the whole review desk (headless, no GPU) with the sample and with 10,000
//! commitments, and the time to filter 10,000 rows on a keystroke.
//!
//! Run with `cargo bench --bench desk`; figures are reported in `docs/performance.md`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};

#[path = "../tests/integration/common/mod.rs"]
mod common;
use poa_review::filter::{Filter, SearchIndex};
use poa_review::io;

fn frames(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let mut sample = common::desk(dir.path(), None);
    c.bench_function("frame/full window, sample (37 commitments)", |b| {
        b.iter(|| sample.step());
    });
    drop(sample);

    let big = poa_review::synthetic::dataset(10_000, 2_000);
    let review = poa_review::synthetic::review(&big);
    let dataset_path = dir.path().join("synthetic.dataset.ron");
    let review_path = dir.path().join("synthetic.review.ron");
    io::save_document(&dataset_path, &big).expect("write dataset");
    io::save_document(&review_path, &review).expect("write review");
    let mut large = common::desk(dir.path(), Some(review_path));
    assert_eq!(
        large
            .state()
            .ws
            .as_ref()
            .map(|w| w.dataset.commitments.len()),
        Some(10_000)
    );
    c.bench_function("frame/full window, 10,000 commitments", |b| {
        b.iter(|| large.step());
    });
}

fn filtering(c: &mut Criterion) {
    let big = poa_review::synthetic::dataset(10_000, 2_000);
    let review = poa_review::synthetic::review(&big);
    let index = SearchIndex::new(&big);
    for (name, query) in [
        ("a word", "treatment"),
        ("Chinese", "替代发展"),
        ("a reference", "para. 120 (c)"),
        ("no match", "zzzz"),
    ] {
        let filter = Filter {
            query: query.to_owned(),
            ..Filter::default()
        };
        c.bench_function(&format!("filter/10,000 rows, {name}"), |b| {
            b.iter(|| black_box(filter.apply(&big, &review, &index)));
        });
    }
    c.bench_function("filter/build the search index of 10,000 commitments", |b| {
        b.iter(|| black_box(SearchIndex::new(&big)));
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(50);
    targets = frames, filtering
}
criterion_main!(benches);
