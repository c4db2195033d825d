//! The aggregate briefing ([`crate::aggregate::briefing`]) as PDF, Word, HTML or Markdown,
//! with its stacked-bar charts: PNG in the PDF and the Word document, SVG (text kept as text)
//! in the HTML page. Markdown has the tables only.

use std::fmt::Write as _;

use serde_json::json;
use typst_as_lib::TypstEngine;
use typst_layout::PagedDocument;

use super::Format;
use super::docx::{Image, document, finish, heading, para, picture};
use super::pdf::{number_pages, trimming_memo_cache};
use super::text::visible_spaced as visible;
use crate::aggregate::{self, Aggregate, AggregateBriefing, CHART_ROWS, Sort};
use crate::charts::{self, AggregateChart, ChartError};
use crate::i18n::Language;
use crate::report::{html_page, html_text, md_cell};

/// The Typst layout.
const TEMPLATE: &str = include_str!("../../assets/typst/aggregate.typ");

/// The charts' width in logical pixels; PNG is drawn at twice that.
const CHART_WIDTH: u32 = 780;

/// The aggregate of `aggregate` in `format`, as the bytes of its file: the briefing in `lang`
/// (PDF, Word, HTML, Markdown) or the long table (CSV, Excel; see [`super::long_table`]).
///
/// # Errors
/// When a chart cannot be drawn or the writer fails (the message says why).
pub fn render(aggregate: &Aggregate, format: Format, lang: Language) -> Result<Vec<u8>, String> {
    let rows = || aggregate::long_table(&aggregate.dataset, &aggregate.read.members);
    match format {
        Format::Csv => super::long_table::csv(&rows()).map_err(|e| e.to_string()),
        Format::Xlsx => super::long_table::xlsx(&rows()).map_err(|e| e.to_string()),
        Format::Pdf | Format::Docx | Format::Html | Format::Md => briefing(aggregate, format, lang),
    }
}

/// The aggregate briefing in `format` (PDF, Word, HTML or Markdown; Word for the others).
fn briefing(aggregate: &Aggregate, format: Format, lang: Language) -> Result<Vec<u8>, String> {
    let b = aggregate::briefing(aggregate, lang);
    let chart = |sort: Sort| AggregateChart {
        dataset: &aggregate.dataset,
        summaries: &aggregate.summaries,
        members: aggregate.read.members.len(),
        sort,
        limit: CHART_ROWS,
        lang,
    };
    let fail = |e: &dyn std::fmt::Display| e.to_string();
    match format {
        Format::Md => Ok(markdown(&b).into_bytes()),
        Format::Html => {
            let svgs = b
                .charts
                .iter()
                .map(|&s| {
                    let c = chart(s);
                    charts::aggregate_svg(&c, CHART_WIDTH, c.natural_height(), 1.0)
                })
                .collect::<Result<Vec<_>, ChartError>>()
                .map_err(|e| fail(&e))?;
            Ok(html(&b, &svgs, lang).into_bytes())
        }
        _ => {
            let images = b
                .charts
                .iter()
                .map(|&s| png(&chart(s)))
                .collect::<Result<Vec<_>, ChartError>>()
                .map_err(|e| fail(&e))?;
            if format == Format::Pdf {
                pdf(&b, &images, lang).map_err(|e| fail(&e))
            } else {
                docx(&b, &images, lang).map_err(|e| fail(&e))
            }
        }
    }
}

/// A chart as PNG, drawn at twice its logical size.
fn png(chart: &AggregateChart<'_>) -> Result<Image, ChartError> {
    let (width, height) = (CHART_WIDTH * 2, chart.natural_height() * 2);
    let drawn = charts::aggregate_rgb(chart, width, height, 2.0)?;
    Ok(Image {
        png: charts::encode_png(&drawn)?,
        width,
        height,
    })
}

/// The briefing as Markdown (tables only).
#[must_use]
pub fn markdown(b: &AggregateBriefing) -> String {
    let mut out = format!("# {}\n\n{}\n\n", md_cell(&b.title), md_cell(&b.subtitle));
    for part in &b.parts {
        out.push_str(&part.markdown_at(2));
    }
    out
}

/// The briefing as a self-contained HTML page, the charts as inline SVG.
#[must_use]
pub fn html(b: &AggregateBriefing, svgs: &[String], lang: Language) -> String {
    let mut body = format!(
        "<h1>{}</h1>\n<p>{}</p>\n",
        html_text(&b.title),
        html_text(&b.subtitle)
    );
    for svg in svgs {
        let _ = writeln!(body, "<figure>{svg}</figure>");
    }
    for (part, shades) in b.parts.iter().zip(&b.shades) {
        body.push_str(&part.html_shaded(2, shades));
    }
    html_page(lang, &b.title, &body)
}

/// The briefing as a Word document.
fn docx(
    b: &AggregateBriefing,
    images: &[Image],
    lang: Language,
) -> Result<Vec<u8>, docx_rs::DocxError> {
    let mut doc = document()
        .add_paragraph(heading(1, &b.title))
        .add_paragraph(para(&b.subtitle));
    for image in images {
        doc = doc.add_paragraph(picture(image));
    }
    for (part, shades) in b.parts.iter().zip(&b.shades) {
        doc = super::report::docx::add_shaded(doc, part, 2, shades);
    }
    finish(doc, &b.title, "", lang.is_chinese())
}

/// The briefing as PDF, laid out by `assets/typst/aggregate.typ`.
fn pdf(
    b: &AggregateBriefing,
    images: &[Image],
    lang: Language,
) -> Result<Vec<u8>, super::pdf::PdfError> {
    let files: Vec<(String, &[u8])> = images
        .iter()
        .enumerate()
        .map(|(i, img)| (format!("chart-{i}.png"), img.png.as_slice()))
        .collect();
    let data = json!({
        "lang": lang.code(),
        "title": visible(&b.title),
        "subtitle": visible(&b.subtitle),
        "charts": files.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>(),
        "parts": b.parts.iter().zip(&b.shades).map(|(part, shades)| {
            let mut p = super::report::pdf::part(part);
            p["shades"] = json!(shades);
            p
        }).collect::<Vec<_>>(),
    });
    let engine = TypstEngine::builder()
        .main_file(TEMPLATE)
        .fonts([crate::assets::NOTO_SANS_SC])
        .with_static_file_resolver(files.iter().map(|(n, bytes)| (n.as_str(), *bytes)))
        .build();
    let mut inputs = typst::foundations::Dict::new();
    inputs.insert(
        "data".into(),
        typst::foundations::Value::Str(data.to_string().into()),
    );
    let document = trimming_memo_cache(|| engine.compile_with_input::<_, PagedDocument>(inputs))
        .output
        .map_err(|e| super::pdf::PdfError::Layout(format!("{e}")))?;
    let document = number_pages(document)?;
    trimming_memo_cache(|| typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default())).map_err(
        |errors| {
            super::pdf::PdfError::Write(
                errors
                    .first()
                    .map_or_else(String::new, |e| e.message.to_string()),
            )
        },
    )
}
