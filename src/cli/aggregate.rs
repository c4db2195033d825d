//! `poa-review aggregate DIR|FILES... --out PATH [--format pdf|docx|html|md|xlsx|csv]`: many
//! delegations' reviews of one dataset read together (see [`crate::aggregate`]), written as the
//! aggregate briefing (PDF, Word, HTML, Markdown) or the tidy long table (CSV, Excel). Files
//! left out are listed with their problem and the reason; the rest is still written.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{exit, say, show};
use crate::aggregate;
use crate::export::Format;
use crate::io;
use crate::problem::Problem;

/// The command's arguments.
pub struct Args<'a> {
    /// Review files or folders.
    pub inputs: &'a [PathBuf],
    /// The dataset given with `--dataset`.
    pub dataset: Option<&'a Path>,
    /// The file to write.
    pub to: &'a Path,
    /// The format given with `--format`.
    pub format: Option<Format>,
    /// The briefing's language.
    pub lang: crate::i18n::Language,
}

/// `poa-review aggregate`.
pub fn run(args: &Args<'_>, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let (inputs, dataset, to) = (args.inputs, args.dataset, args.to);
    let Some(format) = args.format.or_else(|| Format::from_path(to)) else {
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
    let bytes = crate::export::aggregate::render(&opened, format, args.lang);
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
    let message = match format {
        Format::Csv | Format::Xlsx => msg!(
            "aggregate-written",
            path = path,
            reviews = reviews,
            dataset = dataset,
            version = version,
            left = left,
            rows = aggregate::long_table_len(d, &read.members)
        ),
        Format::Pdf | Format::Docx | Format::Html | Format::Md => msg!(
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
