//! Merging two copies of a 10,000-commitment review, each with 3,000 changes of its own, 300 of
//! them on the same fields (conflicts): found from the shared history, and against a base file.
//!
//! Run with `cargo bench --bench merge`; figures are reported in `docs/performance.md`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::Timestamp;
use poa_review::edit::Edit;
use poa_review::merge;
use poa_review::model::{Dataset, Review};

/// `count` notes edits by `by`, on the commitments from `first` on.
fn edited(d: &Dataset, base: &Review, by: &str, first: usize, count: usize) -> Review {
    let mut r = base.clone();
    for (i, c) in d.commitments.iter().skip(first).take(count).enumerate() {
        let at = Timestamp::from_second(1_900_000_000 + i64::try_from(i).unwrap_or(0))
            .unwrap_or_default();
        Edit::Notes {
            commitment: c.id.clone(),
            text: format!("{by}'s note on {}", c.id),
        }
        .apply(d, &mut r, by, at)
        .expect("a notes edit applies");
    }
    r
}

fn bench(c: &mut Criterion) {
    let d = poa_review::synthetic::dataset(10_000, 20_000);
    let mut base = poa_review::synthetic::review(&d);
    base.fill_ids();
    let mine = edited(&d, &base, "A", 0, 3_000);
    let theirs = edited(&d, &base, "B", 2_700, 3_000);
    let m = merge::merge(&d, &mine, &theirs, None).expect("same dataset");
    eprintln!(
        "10,000 commitments: {} history entries each, {} taken, {} conflicts",
        mine.history.len(),
        m.taken.len(),
        m.conflicts.len()
    );
    assert_eq!(m.conflicts.len(), 300);
    let mut g = c.benchmark_group("merge");
    g.sample_size(10);
    g.bench_function(
        "10,000 commitments, 3,000 changes each, 300 conflicts (history)",
        |b| {
            b.iter(|| merge::merge(&d, black_box(&mine), black_box(&theirs), None));
        },
    );
    g.bench_function(
        "10,000 commitments, 3,000 changes each, 300 conflicts (base file)",
        |b| {
            b.iter(|| merge::merge(&d, black_box(&mine), black_box(&theirs), Some(&base)));
        },
    );
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
