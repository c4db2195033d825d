//! Spreadsheets at the scale of a full national action plan: a 10,000-row matrix (XLSX)
//! imported (read, matched, made into the merge), and a 10,000-commitment input pack written
//! and its reply read back and merged; and a 10,000-commitment dataset built from a workbook
//! (`dataset-from-sheet`: read and validated).
//!
//! Run with `cargo bench --bench sheets`; figures are reported in `docs/performance.md`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use jiff::Timestamp;
use poa_review::i18n::Language;
use poa_review::sheets::matrix::{Matrix, MatrixBook, WordMap};
use poa_review::sheets::{PackOptions, Reply, pack};

fn bench(c: &mut Criterion) {
    let d = poa_review::synthetic::dataset(10_000, 2_000);
    let mut review = poa_review::synthetic::review(&d);
    review.fill_ids();
    let dir = tempfile::tempdir().expect("a temporary folder");

    // The matrix: reference as people type it, a status label, notes and one evidence line.
    let matrix = dir.path().join("matrix.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet();
    for (col, h) in (0u16..).zip(["Reference", "Status", "Notes", "Evidence"]) {
        ws.write_string(0, col, h).expect("a heading");
    }
    for (row, (i, cm)) in (1u32..).zip(d.commitments.iter().enumerate()) {
        let status = &d.status_scale[i % d.status_scale.len()].label["en"];
        ws.write_string(row, 0, &cm.id).expect("a cell");
        ws.write_string(row, 1, status).expect("a cell");
        ws.write_string(row, 2, format!("Note on {}", cm.id))
            .expect("a cell");
        ws.write_string(row, 3, format!("Ministry report {i}"))
            .expect("a cell");
    }
    wb.save(&matrix).expect("the matrix is written");
    let none = WordMap::default();
    let read = Matrix::read(&matrix, &d, &none).expect("the matrix reads");
    assert_eq!(read.rows.len(), 10_000);

    // The pack of every commitment, and its reply (the pack itself, unchanged).
    let options = PackOptions {
        scope: Vec::new(),
        lang: Language::En,
        recipient: "Ministry".into(),
        review_file: "review.review.ron".into(),
        sent: Timestamp::now(),
    };
    let bytes = pack::write(&d, &review, &options).expect("the pack is written");
    let reply = dir.path().join("pack.xlsx");
    std::fs::write(&reply, &bytes).expect("the pack is saved");
    eprintln!(
        "matrix: {} KB; pack: {} KB",
        std::fs::metadata(&matrix).map_or(0, |m| m.len() / 1024),
        bytes.len() / 1024
    );

    let mut g = c.benchmark_group("sheets");
    g.sample_size(10);
    g.bench_function(
        "import a 10,000-row XLSX matrix (read, match, merge)",
        |b| {
            b.iter(|| {
                let m = Matrix::read(black_box(&matrix), &d, &none).expect("reads");
                let theirs = m.theirs(&d, &review, "matrix.xlsx", Timestamp::now());
                poa_review::merge::merge(&d, &review, &theirs, Some(&review)).expect("merges")
            });
        },
    );
    // The mapping screen reads the cells once, then interprets them again on every change of
    // a column or a word, on the UI thread: this is that interpretation.
    let cells = MatrixBook::read(&matrix).expect("the cells read");
    let layout = cells.detect().expect("the headings are found");
    g.bench_function(
        "interpret a 10,000-row matrix again (mapping screen, per change)",
        |b| {
            b.iter(|| Matrix::interpret(black_box(&cells), &layout, &d, &none).expect("reads"));
        },
    );
    g.bench_function("write a 10,000-commitment input pack", |b| {
        b.iter(|| pack::write(&d, black_box(&review), &options).expect("writes"));
    });
    g.bench_function("read a 10,000-commitment reply and merge it", |b| {
        b.iter(|| {
            let r = Reply::read(black_box(&reply), &d, &review).expect("reads");
            r.merge(&d, &review, Timestamp::now()).expect("merges")
        });
    });
    g.finish();
}

/// A 10,000-commitment dataset (and 2,000 indicator values) written as its workbook with
/// `dataset-to-sheet`'s writer, then built back from it: read and validated (target: 3 s).
fn dataset_book(c: &mut Criterion) {
    let d = poa_review::synthetic::dataset(10_000, 2_000);
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("dataset.xlsx");
    let bytes = poa_review::sheets::book::write(&d, Language::En).expect("the workbook is written");
    std::fs::write(&path, &bytes).expect("the workbook is saved");
    eprintln!("dataset workbook: {} KB", bytes.len() / 1024);
    let built = poa_review::sheets::book::read(&path).expect("the workbook reads");
    assert_eq!(built.dataset, d, "the round trip gives the dataset back");

    let mut g = c.benchmark_group("sheets");
    g.sample_size(10);
    g.bench_function(
        "build a 10,000-commitment dataset from a workbook (read, validate)",
        |b| b.iter(|| poa_review::sheets::book::read(black_box(&path)).expect("reads")),
    );
    g.finish();
}

criterion_group!(benches, bench, dataset_book);
criterion_main!(benches);
