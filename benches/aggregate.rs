//! Many reviews at once (issue 16): 193 delegations' reviews of a 1,000-commitment dataset
//! read from a folder in parallel, summarised (statuses, evidence, disagreement, heat maps) and
//! charted (the briefing's two stacked-bar charts, as PNG at 2×). Also how the cost grows with
//! the number of reviews (25, 50, 100, 193), and the peak memory of each run.
//!
//! Run with `cargo bench --bench aggregate`; figures are reported in `docs/performance.md`.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Instant;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use poa_review::aggregate::{self, Aggregate, CHART_ROWS, Sort};
use poa_review::charts::{self, AggregateChart};
use poa_review::i18n::Language;
use poa_review::model::{Assessment, Dataset, EvidenceItem, Review};

/// The numbers of reviews measured; the last is every UN member state.
const COUNTS: [usize; 4] = [25, 50, 100, 193];

/// Delegation `k`'s review: four commitments in five assessed, at levels that differ from one
/// delegation to the next, each with an evidence item, a note and a talking point.
fn review(d: &Dataset, k: usize) -> Review {
    let mut r = poa_review::synthetic::review(d);
    r.delegation = format!("Delegation {k:03}");
    r.assessments.clear();
    let levels = &d.status_scale;
    for (i, c) in d.commitments.iter().enumerate() {
        if (i + k).is_multiple_of(5) {
            continue;
        }
        r.assessments.insert(
            c.id.clone(),
            Assessment {
                status: levels[1 + (i * 7 + k * 3) % (levels.len() - 1)].id.clone(),
                evidence_level: d.evidence_scale[(i + k) % d.evidence_scale.len()]
                    .id
                    .clone(),
                evidence: vec![EvidenceItem {
                    symbol: "A/68/126".into(),
                    paragraph: format!("{}", i % 89 + 1),
                    note: "synthetic evidence".into(),
                    ..EvidenceItem::default()
                }],
                notes: format!("Delegation {k}'s note on {}", c.id),
                talking_points: format!("Private line {k} on {}", c.id),
                updated_at: None,
                updated_by: "Synthetic".into(),
            },
        );
    }
    r
}

/// A folder with the dataset and `count` reviews of it.
fn folder(root: &Path, d: &Dataset, count: usize) -> (PathBuf, PathBuf) {
    let dir = root.join(format!("reviews-{count}"));
    std::fs::create_dir_all(&dir).expect("folder");
    let dataset = root.join("bench.dataset.ron");
    if !dataset.exists() {
        poa_review::io::save_document(&dataset, d).expect("dataset written");
    }
    for k in 0..count {
        poa_review::io::save_document(&dir.join(format!("d{k:03}.review.ron")), &review(d, k))
            .expect("review written");
    }
    (dir, dataset)
}

/// Opens the folder as an aggregate and draws the briefing's two charts.
fn open_and_chart(dir: &Path, dataset: &Path) -> (Aggregate, usize) {
    let a = aggregate::open(&[dir.to_path_buf()], Some(dataset)).expect("aggregate");
    let mut pixels = 0;
    for sort in [Sort::MostAssessed, Sort::MostDisagreement] {
        let chart = AggregateChart {
            dataset: &a.dataset,
            summaries: &a.summaries,
            members: a.read.members.len(),
            sort,
            limit: CHART_ROWS,
            lang: Language::En,
        };
        let drawn =
            charts::aggregate_rgb(&chart, 1800, chart.natural_height() * 2, 2.0).expect("chart");
        pixels += drawn.rgb.len();
    }
    (a, pixels)
}

/// The process's peak resident memory in MB, from `/proc/self/status` (Linux).
fn peak_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: f64 = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()?;
    Some(kb / 1024.0)
}

fn bench(c: &mut Criterion) {
    let root = tempfile::tempdir().expect("temp");
    let d = poa_review::synthetic::dataset(1_000, 2_000);
    let folders: Vec<(usize, PathBuf, PathBuf)> = COUNTS
        .iter()
        .map(|&n| {
            let (dir, dataset) = folder(root.path(), &d, n);
            (n, dir, dataset)
        })
        .collect();
    drop(d);
    // One run of each size first, each with the peak memory reset before it (writing 5 to
    // clear_refs resets VmHWM), for the growth table in docs/performance.md.
    for (n, dir, dataset) in &folders {
        std::fs::write("/proc/self/clear_refs", "5").ok();
        let before = peak_mb();
        let started = Instant::now();
        let (a, _) = open_and_chart(dir, dataset);
        let took = started.elapsed();
        assert_eq!(a.read.members.len(), *n);
        assert!(a.read.left_out.is_empty());
        drop(a);
        eprintln!(
            "{n} reviews × 1,000 commitments: opened, summarised and charted in {:.2} s; peak \
             memory {:.0} MB (before: {:.0} MB)",
            took.as_secs_f64(),
            peak_mb().unwrap_or(0.0),
            before.unwrap_or(0.0)
        );
    }
    let mut g = c.benchmark_group("aggregate");
    g.sample_size(10);
    for (n, dir, dataset) in &folders {
        g.bench_with_input(
            BenchmarkId::new("open, summarise and chart (1,000 commitments)", n),
            n,
            |b, _| b.iter(|| black_box(open_and_chart(dir, dataset))),
        );
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
