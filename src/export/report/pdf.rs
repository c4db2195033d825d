//! A report as PDF: the layout is `assets/typst/report.typ`, the content goes in as JSON (never
//! as markup), page numbers are laid over the pages as in the briefing.

use serde_json::json;
use typst_as_lib::TypstEngine;
use typst_layout::PagedDocument;

use crate::export::pdf::{PdfError, number_pages, trimming_memo_cache};
use crate::export::text::visible_spaced as visible;
use crate::i18n::Language;
use crate::report::Report;

/// The Typst layout.
const TEMPLATE: &str = include_str!("../../../assets/typst/report.typ");

/// The JSON the template reads.
fn data(r: &Report, lang: Language) -> serde_json::Value {
    let mut data = part(r);
    data["lang"] = json!(lang.code());
    data
}

/// A report's title, subtitle, columns, weights and groups as JSON for a template.
pub(crate) fn part(r: &Report) -> serde_json::Value {
    json!({
        "title": visible(&r.title),
        "subtitle": visible(&r.subtitle),
        "empty": visible(&r.empty),
        "columns": r.columns.iter().map(|c| visible(c)).collect::<Vec<_>>(),
        "weights": r.column_weights(),
        "groups": r.groups.iter().map(|(title, rows)| json!({
            "title": visible(title),
            "rows": rows.iter().map(|row| row.iter().map(|c| visible(c)).collect::<Vec<_>>()).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
    })
}

/// The PDF's bytes.
pub fn write(r: &Report, lang: Language) -> Result<Vec<u8>, PdfError> {
    let engine = TypstEngine::builder()
        .main_file(TEMPLATE)
        .fonts([crate::assets::NOTO_SANS_SC])
        .build();
    let mut inputs = typst::foundations::Dict::new();
    inputs.insert(
        "data".into(),
        typst::foundations::Value::Str(data(r, lang).to_string().into()),
    );
    let document = trimming_memo_cache(|| engine.compile_with_input::<_, PagedDocument>(inputs))
        .output
        .map_err(|e| PdfError::Layout(format!("{e}")))?;
    let document = number_pages(document)?;
    trimming_memo_cache(|| typst_pdf::pdf(&document, &typst_pdf::PdfOptions::default())).map_err(
        |errors| {
            PdfError::Write(
                errors
                    .first()
                    .map_or_else(String::new, |e| e.message.to_string()),
            )
        },
    )
}
