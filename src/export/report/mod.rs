//! A [`Report`] ("what changed since", a comparison of two reviews) as PDF, Word or Excel.
//! Markdown and HTML are written by [`Report::render`] itself.

pub(crate) mod docx;
pub(crate) mod pdf;
mod xlsx;

use crate::i18n::Language;
use crate::report::{Report, ReportError, ReportFormat};

/// The report's file in `format` (PDF, Word or Excel).
///
/// # Errors
/// When the writer fails; for Markdown and HTML, which [`Report::render`] writes.
pub fn write(
    report: &Report,
    format: ReportFormat,
    lang: Language,
) -> Result<Vec<u8>, ReportError> {
    let writer = |e: &dyn std::fmt::Display| ReportError::Writer(e.to_string());
    match format {
        ReportFormat::Pdf => pdf::write(report, lang).map_err(|e| writer(&e)),
        ReportFormat::Docx => docx::write(report, lang).map_err(|e| writer(&e)),
        ReportFormat::Xlsx => xlsx::write(report, lang).map_err(|e| writer(&e)),
        ReportFormat::Md | ReportFormat::Html => report.render(format, lang),
    }
}
