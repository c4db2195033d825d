//! `poa-review aggregate DIR|FILES... --out PATH [--format pdf|docx|html|md|xlsx|csv]`: many
//! delegations' reviews of one dataset read together (see [`crate::aggregate`]), written as the
//! aggregate briefing (PDF, Word, HTML, Markdown) or the tidy long table (CSV, Excel). Files
//! left out are listed with their problem and the reason; the rest is still written.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{exit, say, show};
use crate::aggregate;
use crate::io;
use crate::problem::Problem;
use crate::report::ReportFormat;

/// What `poa-review aggregate` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum AggregateFormat {
    /// The aggregate briefing as PDF.
    Pdf,
    /// The aggregate briefing as a Word document.
    Docx,
    /// The aggregate briefing as a self-contained HTML page.
    Html,
    /// The aggregate briefing's tables as Markdown.
    Md,
    /// The long table as an Excel workbook.
    Xlsx,
    /// The long table as CSV.
    Csv,
}

impl AggregateFormat {
    /// The format of `path`, from its extension.
    fn of(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "pdf" => Some(Self::Pdf),
            "docx" => Some(Self::Docx),
            "html" | "htm" => Some(Self::Html),
            "md" | "markdown" => Some(Self::Md),
            "xlsx" => Some(Self::Xlsx),
            "csv" => Some(Self::Csv),
            _ => None,
        }
    }
}

/// The command's arguments.
pub struct Args<'a> {
    /// Review files or folders.
    pub inputs: &'a [PathBuf],
    /// The dataset given with `--dataset`.
    pub dataset: Option<&'a Path>,
    /// The file to write.
    pub to: &'a Path,
    /// The format given with `--format`.
    pub format: Option<AggregateFormat>,
    /// The briefing's language.
    pub lang: crate::i18n::Language,
}

/// `poa-review aggregate`.
pub fn run(args: &Args<'_>, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let (inputs, dataset, to) = (args.inputs, args.dataset, args.to);
    let Some(format) = args.format.or_else(|| AggregateFormat::of(to)) else {
        let p = Problem::file_error(to, msg!("aggregate-unknown-format"));
        writeln!(err, "{}", show(&p)).ok();
        return exit::PROBLEMS;
    };
    let opened = match aggregate::open(inputs, dataset) {
        Ok(a) => a,
        Err(problems) => {
            for p in &problems {
                writeln!(err, "{}", show(p)).ok();
            }
            return exit::PROBLEMS;
        }
    };
    let (d, read) = (&opened.dataset, &opened.read);
    for p in &read.left_out {
        writeln!(err, "{}", show(p)).ok();
    }
    let rows = matches!(format, AggregateFormat::Csv | AggregateFormat::Xlsx)
        .then(|| aggregate::long_table(d, &read.members));
    let bytes = match (format, &rows) {
        (AggregateFormat::Xlsx, Some(rows)) => {
            crate::export::long_table::xlsx(rows).map_err(|e| e.to_string())
        }
        (_, Some(rows)) => crate::export::long_table::csv(rows).map_err(|e| e.to_string()),
        (AggregateFormat::Pdf, None) => briefing(&opened, ReportFormat::Pdf, args.lang),
        (AggregateFormat::Docx, None) => briefing(&opened, ReportFormat::Docx, args.lang),
        (AggregateFormat::Html, None) => briefing(&opened, ReportFormat::Html, args.lang),
        (_, None) => briefing(&opened, ReportFormat::Md, args.lang),
    };
    let written = bytes
        .map_err(|reason| Problem::file_error(to, msg!("export-failed", reason = reason)))
        .and_then(|bytes| io::write_export(to, &bytes, &|_| false));
    if let Err(p) = written {
        writeln!(err, "{}", show(&p)).ok();
        return exit::PROBLEMS;
    }
    let left = read.files_left_out();
    let (path, reviews) = (to.display().to_string(), read.members.len());
    let (dataset, version) = (d.metadata.id.as_str(), d.metadata.version.as_str());
    let message = match &rows {
        Some(rows) => msg!(
            "aggregate-written",
            path = path,
            reviews = reviews,
            dataset = dataset,
            version = version,
            left = left,
            rows = rows.len()
        ),
        None => msg!(
            "aggregate-briefing-written",
            path = path,
            reviews = reviews,
            dataset = dataset,
            version = version,
            left = left
        ),
    };
    writeln!(out, "{}", say(&message)).ok();
    if read.members.is_empty() || !read.left_out.is_empty() {
        exit::PROBLEMS
    } else {
        exit::CLEAN
    }
}

/// The aggregate briefing's bytes.
fn briefing(
    opened: &aggregate::Aggregate,
    format: ReportFormat,
    lang: crate::i18n::Language,
) -> Result<Vec<u8>, String> {
    crate::export::aggregate::render(opened, format, lang)
}
