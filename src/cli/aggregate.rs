//! `poa-review aggregate DIR|FILES... --out TABLE.csv|.xlsx`: many delegations' reviews of one
//! dataset read together (see [`crate::aggregate`]), written as the tidy long table. Files
//! left out are listed with their problem and the reason; the rest is still written.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::{exit, say, show};
use crate::aggregate;
use crate::io;
use crate::model::Dataset;
use crate::problem::Problem;

/// `poa-review aggregate`.
pub fn run(
    inputs: &[PathBuf],
    dataset: Option<&Path>,
    to: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let files = aggregate::review_files(inputs);
    let Some(first) = files.first() else {
        let p = Problem::file_error(
            inputs.first().map_or(Path::new("."), PathBuf::as_path),
            msg!("aggregate-no-reviews"),
        );
        writeln!(err, "{}", show(&p)).ok();
        return exit::PROBLEMS;
    };
    let d = match the_dataset(first, dataset) {
        Ok(d) => d,
        Err(problems) => {
            for p in &problems {
                writeln!(err, "{}", show(p)).ok();
            }
            return exit::PROBLEMS;
        }
    };
    let read = aggregate::read(&files, &d);
    for p in &read.left_out {
        writeln!(err, "{}", show(p)).ok();
    }
    let rows = aggregate::long_table(&d, &read.members);
    let xlsx = to
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("xlsx"));
    let bytes = if xlsx {
        crate::export::long_table::xlsx(&rows).map_err(|e| e.to_string())
    } else {
        crate::export::long_table::csv(&rows).map_err(|e| e.to_string())
    };
    let written = bytes
        .map_err(|reason| Problem::file_error(to, msg!("export-failed", reason = reason)))
        .and_then(|bytes| io::write_export(to, &bytes, &|_| false));
    if let Err(p) = written {
        writeln!(err, "{}", show(&p)).ok();
        return exit::PROBLEMS;
    }
    let message = msg!(
        "aggregate-written",
        path = to.display().to_string(),
        reviews = read.members.len(),
        dataset = d.metadata.id.as_str(),
        version = d.metadata.version.as_str(),
        left = read
            .left_out
            .iter()
            .map(|p| &p.file)
            .collect::<std::collections::BTreeSet<_>>()
            .len(),
        rows = rows.len()
    );
    writeln!(out, "{}", say(&message)).ok();
    if read.members.is_empty() || !read.left_out.is_empty() {
        exit::PROBLEMS
    } else {
        exit::CLEAN
    }
}

/// The dataset given, or the first review's (beside it, or built in).
fn the_dataset(first: &Path, given: Option<&Path>) -> Result<Dataset, Vec<Problem>> {
    if let Some(path) = given {
        return io::load_dataset(path)
            .map(|l| l.doc)
            .map_err(|e| e.problems().to_vec());
    }
    match io::open(first, &io::OpenOptions::default()) {
        Ok(io::Opened::Review(r)) => match r.dataset {
            io::ReviewDataset::Found { dataset, .. } => Ok(dataset),
            io::ReviewDataset::Missing { id, .. } => Err(vec![Problem::file_error(
                first,
                msg!("cli-dataset-not-found-pass", id = id),
            )]),
        },
        Ok(io::Opened::Dataset(_)) => Err(vec![Problem::file_error(
            first,
            msg!("aggregate-no-reviews"),
        )]),
        Err(e) => Err(e.load_error().problems().to_vec()),
    }
}
