//! The briefing as PDF, laid out by Typst used as a library: A4, page numbers, headings in the
//! document outline, the bundled font embedded as a subset, charts at 300 dpi. The layout is
//! `assets/typst/briefing.typ`; the content goes in as JSON, never as markup.

use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::Duration;

use serde_json::{Value, json};
use typst::layout::{Frame, Point};
use typst_as_lib::TypstEngine;
use typst_layout::{Page, PagedDocument};

use super::briefing::{Briefing, Profile, Row};
// Tabs become spaces: Typst sets a tab as nothing.
use super::text::visible_spaced as visible;

/// Why the PDF could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// Typst could not lay the briefing (or its page numbers) out.
    #[error("the PDF could not be laid out: {0}")]
    Layout(String),
    /// The laid-out document could not be written as PDF.
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

/// The Typst layout.
const TEMPLATE: &str = include_str!("../../assets/typst/briefing.typ");

/// The text colour (`#rrggbb`) that reads on a status colour.
fn text_on(colour: &str) -> String {
    let (r, g, b) = crate::palette::text_on(crate::palette::parse_hex(colour));
    format!("#{r:02x}{g:02x}{b:02x}")
}

fn row_json(r: &Row) -> Value {
    json!({
        "reference": visible(&r.reference),
        "title": visible(&r.title),
        "summary": visible(&r.summary),
        "status": visible(&r.status),
        "status_colour": r.status_colour,
        "status_text": text_on(&r.status_colour),
        "evidence_level": visible(&r.evidence_level),
        "evidence": r.evidence.iter().map(|e| visible(e)).collect::<Vec<_>>(),
        "notes": visible(&r.notes),
        "talking_points": visible(&r.talking_points),
    })
}

/// The JSON the template reads.
#[must_use]
#[expect(
    clippy::too_many_lines,
    reason = "one document's data, in the template's order"
)]
pub fn data(b: &Briefing, chart_names: &[String]) -> Value {
    let t = super::briefing::labels(b.lang);
    let mut labels = serde_json::Map::new();
    for (k, key) in [
        ("reference", key!("brief-reference")),
        ("summary", key!("brief-summary")),
        ("status", key!("brief-status")),
        ("evidence-level", key!("brief-evidence-level")),
        ("evidence", key!("brief-evidence")),
        ("notes", key!("brief-notes")),
        ("talking-points", key!("brief-talking-points")),
        ("overview", key!("brief-overview")),
        ("commitments", key!("brief-commitments")),
        ("assessed-table", key!("brief-assessed-table")),
        ("narrative-empty", key!("brief-narrative-empty")),
        ("supporting", key!("brief-supporting")),
        ("trends", key!("brief-trends")),
        ("targets", key!("brief-targets")),
        ("targets-intro", key!("brief-targets-intro")),
        ("no-indicator", key!("brief-no-indicator")),
        ("indicator", key!("brief-indicator")),
        ("change", key!("brief-change")),
        ("rating", key!("brief-rating")),
        ("annex-matrix", key!("brief-annex-matrix")),
        ("annex-intro", key!("brief-annex-intro")),
        ("title-col", key!("brief-title-col")),
        ("annex-sources", key!("brief-annex-sources")),
        ("left-out", key!("brief-left-out")),
        ("addressee", key!("brief-addressee")),
        ("by-addressee", key!("brief-by-addressee")),
        ("by-addressee-intro", key!("brief-by-addressee-intro")),
        ("annex-values", key!("brief-annex-values")),
        ("internal", key!("brief-internal")),
    ] {
        labels.insert(k.replace('-', "_"), Value::String(t.tr(key)));
    }
    let sections: Vec<Value> = b
        .sections
        .iter()
        .map(|s| {
            let refs = |rows: &[Row]| visible(&super::supporting(&t, rows));
            let parts = vec![
                json!({"title": t.tr(key!("brief-achievements")), "narrative": visible(&s.narrative[0]), "supporting": refs(&s.achieved)}),
                json!({"title": t.tr(key!("brief-challenges")), "narrative": visible(&s.narrative[1]), "supporting": refs(&s.challenged)}),
                json!({"title": t.tr(key!("brief-priorities")), "narrative": visible(&s.narrative[2]), "supporting": Value::Null}),
            ];
            let charts: Vec<String> = s
                .indicators
                .iter()
                .map(|i| format!("{}-{i}", s.id))
                .filter(|name| chart_names.contains(name))
                .map(|name| super::chart_file_name("chart-", &name, "png"))
                .collect();
            json!({
                "title": visible(&s.title),
                "counts": s.counts.iter().map(|(l, c, n)| json!([visible(l), c, text_on(c), n])).collect::<Vec<_>>(),
                "parts": parts,
                "rows": s.assessed.iter().map(row_json).collect::<Vec<_>>(),
                "unassessed": super::unassessed_note(&t, s),
                "charts": charts,
            })
        })
        .collect();
    json!({
        "lang": if b.lang.is_chinese() { "zh" } else { "en" },
        "title": visible(&b.title),
        "internal": b.profile == Profile::Internal,
        "internal_mark": t.tr(key!("brief-internal-mark")),
        "labels": labels,
        "facts": b.facts.iter().map(|(l, v)| json!([visible(l), visible(v)])).collect::<Vec<_>>(),
        "sections": sections,
        "targets": b.targets.iter().map(|(title, rated)| json!({
            "title": visible(title),
            "rated": rated.iter().map(|r| json!({"name": visible(&r.name), "change": visible(&r.change), "rating": visible(&r.rating), "note": visible(&r.note)})).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "addressee_header": super::addressee_header(&t).iter().map(|h| visible(h)).collect::<Vec<_>>(),
        "addressees": b.addressees.iter().map(|(a, n, x, p)| json!([visible(a), n.to_string(), x.to_string(), p.to_string()])).collect::<Vec<_>>(),
        "values_intro": visible(&super::values_intro(&t, b)),
        "values_header": super::values_header(&t).iter().map(|h| visible(h)).collect::<Vec<_>>(),
        "values": b.values.iter().map(|v| json!([
            visible(&v.indicator),
            v.year,
            visible(&v.value),
            visible(&v.flag),
            visible(&v.source),
            visible(&v.published),
            v.hindsight,
        ])).collect::<Vec<_>>(),
        "annex": b.sections.iter().filter(|s| !s.rows.is_empty()).map(|s| json!({
            "title": visible(&s.title),
            "rows": s.rows.iter().map(|r| json!([
                visible(&r.reference),
                visible(&r.title),
                visible(&r.status),
                r.status_colour,
                text_on(&r.status_colour),
                visible(&r.evidence_level),
                visible(&r.addressee),
            ])).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "sources": b.sources.iter().map(|(s, t, u)| json!([visible(s), visible(t), visible(u)])).collect::<Vec<_>>(),
    })
}

/// Estimated time to lay out and to write the PDF, from the table rows: Typst reports no
/// progress, so the bar moves on these (see [`super::estimate`]). Measured on a 2-core machine
/// with 10,000 commitments (3,334 full rows, 10,000 annex lines): 3.4 s and 0.8 s.
fn expected(b: &Briefing) -> (Duration, Duration) {
    let full: u64 = b.sections.iter().map(|s| s.assessed.len() as u64).sum();
    let lines: u64 = b.sections.iter().map(|s| s.rows.len() as u64).sum();
    (
        Duration::from_micros(150_000 + 600 * full + 200 * lines),
        Duration::from_micros(100_000 + 150 * full + 40 * lines),
    )
}

/// The page numbers, laid over the briefing's pages after its layout.
const PAGE_NUMBERS: &str = include_str!("../../assets/typst/page-numbers.typ");

/// How often the memo cache is trimmed while Typst works.
const TRIM_EVERY: Duration = Duration::from_millis(100);

/// Runs `work` (a Typst layout or PDF writing) while a helper thread drops from Typst's memo
/// cache every result not reused in the last 100–200 ms. Typst keeps every intermediate layout
/// (each table cell, paragraph and page run, and the copies each level makes of its children's
/// text) for reuse until the compilation ends: for 10,000 commitments most of a 1.5 GB peak. The briefing is laid out in one pass (see [`number_pages`]), so nothing evicted
/// would have been reused later; what is reused within a pass (repeated table headers, the
/// same status label) is used again within the window and stays.
pub(super) fn trimming_memo_cache<T: Send>(work: impl FnOnce() -> T + Send) -> T {
    let (stop, stopped) = mpsc::channel::<()>();
    std::thread::scope(|s| {
        s.spawn(move || {
            while let Err(RecvTimeoutError::Timeout) = stopped.recv_timeout(TRIM_EVERY) {
                typst::comemo::evict(1);
            }
        });
        let out = work();
        drop(stop);
        out
    })
}

/// `document` with "n / count" in the footer of every page. The numbers are laid out as a
/// document of their own (`assets/typst/page-numbers.typ`: empty pages of the briefing's size
/// with only the footer) and each page is laid over the briefing's page. In the briefing's own
/// footer the count would make Typst lay the whole briefing out a second time, with the first
/// layout and its memo cache still in memory.
pub(super) fn number_pages(mut document: PagedDocument) -> Result<PagedDocument, PdfError> {
    let count = document.pages().len();
    let engine = TypstEngine::builder()
        .main_file(PAGE_NUMBERS)
        .fonts([crate::assets::NOTO_SANS_SC])
        .build();
    let mut inputs = typst::foundations::Dict::new();
    inputs.insert(
        "pages".into(),
        typst::foundations::Value::Int(i64::try_from(count).unwrap_or(i64::MAX)),
    );
    let numbers = engine
        .compile_with_input::<_, PagedDocument>(inputs)
        .output
        .map_err(|e| PdfError::Layout(format!("{e}")))?;
    let info = document.info_mut().clone();
    let pages = document
        .pages()
        .iter()
        .zip(numbers.pages())
        .map(|(page, number)| {
            // A new frame holding both pages' frames as groups: adding to the page's own frame
            // would copy its items, text included.
            let mut frame = Frame::hard(page.frame.size());
            frame.push_frame(Point::zero(), page.frame.clone());
            frame.push_frame(Point::zero(), number.frame.clone());
            Page {
                frame,
                ..page.clone()
            }
        })
        .collect();
    drop(document);
    Ok(PagedDocument::new(pages, info))
}

/// The PDF's bytes; `charts` are (name, PNG bytes). `progress` moves through `range` (on an
/// estimate while Typst works).
pub fn write(
    b: Briefing,
    charts: Vec<(String, Vec<u8>)>,
    progress: &(dyn Fn(f32) + Sync),
    range: (f32, f32),
) -> Result<Vec<u8>, PdfError> {
    let (layout_time, pdf_time) = expected(&b);
    let split = range.0 + (range.1 - range.0) * 0.8;
    let names: Vec<String> = charts.iter().map(|(n, _)| n.clone()).collect();
    let files: Vec<(String, Vec<u8>)> = charts
        .into_iter()
        .map(|(n, png)| (super::chart_file_name("chart-", &n, "png"), png))
        .collect();
    let engine = TypstEngine::builder()
        .main_file(TEMPLATE)
        .fonts([crate::assets::NOTO_SANS_SC])
        .with_static_file_resolver(files.iter().map(|(n, b)| (n.as_str(), b.as_slice())))
        .build();
    let mut inputs = typst::foundations::Dict::new();
    inputs.insert(
        "data".into(),
        typst::foundations::Value::Str(data(&b, &names).to_string().into()),
    );
    // Typst has its own copy now; the briefing's rows would only add to the peak while it lays
    // the document out.
    drop(b);
    let compiled = super::estimate::run(layout_time, progress, (range.0, split), || {
        trimming_memo_cache(|| engine.compile_with_input::<_, PagedDocument>(inputs))
    });
    let document = compiled
        .output
        .map_err(|e| PdfError::Layout(format!("{e}")))?;
    // The fonts and the charts are no longer needed.
    drop(engine);
    drop(files);
    let document = number_pages(document)?;
    progress(split);
    super::estimate::run(pdf_time, progress, (split, range.1), || {
        trimming_memo_cache(|| typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default()))
    })
    .map_err(|errors| {
        let first = errors
            .first()
            .map_or_else(String::new, |e| e.message.to_string());
        PdfError::Write(first)
    })
}
