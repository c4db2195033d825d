//! Export speed, side by side with `LibreOffice` in one run: `LibreOffice` converting the sample
//! briefing's Word file to PDF, against poa-review writing the whole sample briefing (charts
//! included) as PDF; all six formats together; a 10,000-commitment review; and each format at
//! the sample's size, 1,000 and 10,000 commitments.
//!
//! Run with `cargo bench --bench export` (`soffice` is measured when installed);
//! figures are reported in `docs/performance.md`.

use std::hint::black_box;
use std::process::Command;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use poa_review::export::{self, Format, Options, Profile};

fn exports(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary folder");
    let d = poa_review::sample::dataset().expect("sample");
    let r = poa_review::sample::review().expect("sample review");
    let options = Options {
        profile: Profile::Shareable,
        lang: poa_review::i18n::Language::En,
        groups: Vec::new(),
        as_of: poa_review::analysis::Cutoff::Dataset,
    };
    let docx = dir.path().join("brief.docx");
    export::export(&docx, Format::Docx, &d, &r, &options, &|_| {}).expect("docx");

    let mut g = c.benchmark_group("export");
    g.sample_size(10);
    let soffice = Command::new("soffice")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if soffice {
        let out = dir.path().join("lo");
        g.bench_function(
            "LibreOffice: sample briefing .docx to PDF (soffice --headless --convert-to pdf)",
            |b| {
                b.iter(|| {
                    let status = Command::new("soffice")
                        .args([
                            "--headless",
                            "--convert-to",
                            "pdf",
                            "--outdir",
                            out.to_str().unwrap_or("."),
                            docx.to_str().unwrap_or(""),
                        ])
                        .output()
                        .expect("soffice runs");
                    assert!(status.status.success());
                });
            },
        );
        if let Ok(pdf) = std::fs::read(out.join("brief.pdf")) {
            let pages = String::from_utf8_lossy(&pdf)
                .matches("/Type /Page\n")
                .count()
                .max(String::from_utf8_lossy(&pdf).matches("/Type/Page/").count());
            eprintln!(
                "LibreOffice's PDF of the sample briefing: {} KiB, about {pages} pages",
                pdf.len() / 1024
            );
        }
    } else {
        eprintln!("soffice not installed: the LibreOffice comparison is skipped");
    }
    let pdf = dir.path().join("brief.pdf");
    g.bench_function("poa-review: sample briefing to PDF, charts included", |b| {
        b.iter(|| export::export(&pdf, Format::Pdf, &d, &r, &options, &|_| {}).expect("pdf"));
    });
    g.bench_function("poa-review: sample briefing in all six formats", |b| {
        b.iter(|| {
            for f in Format::ALL {
                let path = dir.path().join(format!("all.{}", f.extension()));
                black_box(export::export(&path, f, &d, &r, &options, &|_| {}).expect("written"));
            }
        });
    });
    let big = poa_review::synthetic::dataset(10_000, 2_000);
    let big_review = poa_review::synthetic::review(&big);
    let big_pdf = dir.path().join("big.pdf");
    g.sample_size(10);
    g.bench_function("poa-review: 10,000-commitment review to PDF", |b| {
        b.iter(|| {
            export::export(&big_pdf, Format::Pdf, &big, &big_review, &options, &|_| {})
                .expect("pdf")
        });
    });
    drop(g);
    progress_of_the_big_pdf(&big_pdf, &big, &big_review, &options);

    // Each format on its own, at the sample's size, 1,000 and 10,000 commitments, to show how
    // each grows with the size of the review.
    let mut g = c.benchmark_group("export by size");
    g.sample_size(10);
    g.sampling_mode(criterion::SamplingMode::Flat);
    let mid = poa_review::synthetic::dataset(1_000, 20_000);
    let mid_review = poa_review::synthetic::review(&mid);
    let sizes = [
        ("sample", &d, &r),
        ("1,000", &mid, &mid_review),
        ("10,000", &big, &big_review),
    ];
    for f in Format::ALL {
        for (label, dataset, review) in sizes {
            let path = dir.path().join(format!("size.{}", f.extension()));
            g.bench_function(BenchmarkId::new(f.extension(), label), |b| {
                b.iter(|| {
                    black_box(
                        export::export(&path, f, dataset, review, &options, &|_| {})
                            .expect("written"),
                    )
                });
            });
        }
    }
    drop(g);
}

/// One 10,000-commitment PDF export, watched as the progress bar would see it: how often the
/// bar moved and the longest it stood still. Then the same review with every commitment
/// assessed (every row a full row in its section), the worst case for layout.
fn progress_of_the_big_pdf(
    path: &std::path::Path,
    d: &poa_review::model::Dataset,
    r: &poa_review::model::Review,
    options: &Options,
) {
    reset_peak_memory();
    let start = std::time::Instant::now();
    let seen = std::sync::Mutex::new(Vec::new());
    export::export(path, Format::Pdf, d, r, options, &|f| {
        seen.lock()
            .expect("not poisoned")
            .push((start.elapsed().as_secs_f64(), f));
    })
    .expect("pdf");
    let total = start.elapsed().as_secs_f64();
    eprintln!(
        "10,000-commitment PDF: peak resident memory {} (VmHWM, reset before the export; the datasets this benchmark holds included; issue 14 item 21: under 600 MB)",
        peak_memory()
    );
    let seen = seen.into_inner().expect("not poisoned");
    let mut still = 0.0_f64;
    let mut last = (0.0, -1.0_f32);
    for &(t, f) in &seen {
        if f > last.1 {
            still = still.max(t - last.0);
            last = (t, f);
        }
    }
    still = still.max(total - last.0);
    eprintln!(
        "10,000-commitment PDF: {total:.2} s, the bar moved {} times, stood still at most {:.0} ms; at a quarter, half and three quarters of the time it showed {:.0} %, {:.0} %, {:.0} %",
        seen.len(),
        still * 1000.0,
        shown_at(&seen, total * 0.25) * 100.0,
        shown_at(&seen, total * 0.5) * 100.0,
        shown_at(&seen, total * 0.75) * 100.0,
    );
    let mut all = r.clone();
    let template = all.assessments.values().next().cloned().expect("assessed");
    for c in &d.commitments {
        all.assessments
            .entry(c.id.clone())
            .or_insert_with(|| template.clone());
    }
    let start = std::time::Instant::now();
    export::export(path, Format::Pdf, d, &all, options, &|_| {}).expect("pdf");
    eprintln!(
        "10,000-commitment PDF with every commitment assessed: {:.2} s",
        start.elapsed().as_secs_f64()
    );
}

/// Resets the process's peak resident memory (`VmHWM`) to its current size, so that
/// [`peak_memory`] reports the peak of what follows (Linux; elsewhere nothing happens).
fn reset_peak_memory() {
    // "5" resets the peak resident set size (proc(5), /proc/pid/clear_refs).
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// The process's peak resident memory since [`reset_peak_memory`], as "N MB", read from
/// `/proc/self/status`; "unknown" where there is none.
fn peak_memory() -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        })
        .map_or_else(
            || "unknown".to_owned(),
            |kb| format!("{} MB", kb * 1024 / 1_000_000),
        )
}

fn shown_at(seen: &[(f64, f32)], t: f64) -> f32 {
    seen.iter()
        .take_while(|(at, _)| *at <= t)
        .last()
        .map_or(0.0, |(_, f)| *f)
}

criterion_group!(benches, exports);
criterion_main!(benches);
