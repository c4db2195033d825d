//! The command line: `poa-review [FILE]`, `poa-review validate FILE...`,
//! `poa-review summary FILE`. Output goes to the writers given, so tests can read it.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

use crate::io::{self, DocKind, LoadError};
use crate::model::text_or_empty;
use crate::problem::{Level, Problem};
use crate::summary;

/// Review progress on the 2009 Political Declaration and Plan of Action on the world drug problem.
#[derive(Debug, Parser)]
#[command(name = "poa-review", version, about, long_about = None)]
pub struct Cli {
    /// What to do; without a command, opens the desktop window.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A dataset (`*.dataset.ron`) or review (`*.review.ron`) to open in the window.
    pub file: Option<PathBuf>,
    /// The graphics back-end: wgpu (default) or glow (OpenGL, for older or slow machines).
    /// Remembered for the next start.
    #[arg(long, value_enum)]
    pub renderer: Option<crate::settings::Renderer>,
    /// Always type file paths in the window instead of using the system's file dialogs.
    #[arg(long)]
    pub no_native_dialogs: bool,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check datasets and reviews; print every problem as `file:line:col: level: message`.
    ///
    /// Exits with 0 when every file is clean, 1 when any file has problems (errors or
    /// warnings), 2 when a file cannot be read at all.
    Validate {
        /// The files to check.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// The dataset to check reviews against. Without it, a review's dataset is looked for
        /// in the review's folder (`*.dataset.ron` with the same id), then among the built-in
        /// sample.
        #[arg(long)]
        dataset: Option<PathBuf>,
    },
    /// Print, per pillar and group, how many commitments stand at each status level.
    Summary {
        /// A review (or a dataset, which counts everything as not assessed).
        file: PathBuf,
        /// The dataset the review is of (found as for `validate` when not given).
        #[arg(long)]
        dataset: Option<PathBuf>,
        /// Language of the labels: en or zh.
        #[arg(long, default_value = "en", value_parser = ["en", "zh"])]
        lang: String,
    },
}

/// Exit codes of `validate`.
pub mod exit {
    /// Every file is clean.
    pub const CLEAN: u8 = 0;
    /// Some file has problems.
    pub const PROBLEMS: u8 = 1;
    /// Some file could not be read.
    pub const UNREADABLE: u8 = 2;
}

/// Runs a command, writing results to `out` and problems to `err`; returns the exit code.
pub fn run(command: &Command, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    match command {
        Command::Validate { files, dataset } => validate(files, dataset.as_deref(), out),
        Command::Summary {
            file,
            dataset,
            lang,
        } => summary(file, dataset.as_deref(), lang, out, err),
    }
}

/// Checks one file; returns its problems (an unreadable file gives `Err`).
fn check_file(path: &Path, dataset: Option<&Path>) -> Result<(Vec<Problem>, String), Problem> {
    let text = match io::read_text(path) {
        Ok(t) => t,
        Err(LoadError::Unreadable(p)) => return Err(p),
        Err(LoadError::Invalid(ps)) => return Ok((ps, String::new())),
    };
    let collect = |r: Result<Vec<Problem>, LoadError>| match r {
        Ok(ps) => ps,
        Err(e) => e.problems().to_vec(),
    };
    match DocKind::detect(path, &text) {
        DocKind::Dataset => {
            let r = io::dataset_from_text(path, &text);
            let note = r.as_ref().map_or(String::new(), |l| {
                format!(
                    "dataset {} {}, {} commitments, {} indicators",
                    l.doc.metadata.id,
                    l.doc.metadata.version,
                    l.doc.commitments.len(),
                    l.doc.indicators.len()
                )
            });
            Ok((collect(r.map(|l| l.warnings)), note))
        }
        DocKind::Review => {
            // Parse without the dataset first, to learn which dataset it is of.
            let bare = match io::review_from_text(path, &text, None) {
                Ok(l) => l.doc,
                Err(e) => return Ok((e.problems().to_vec(), String::new())),
            };
            match io::resolve::find_dataset(path, &bare, dataset) {
                Err(e) => {
                    let mut ps = e.problems().to_vec();
                    ps.push(Problem::file_error(path, "the dataset given with --dataset could not be loaded, so the review's references were not checked"));
                    Ok((ps, String::new()))
                }
                Ok(None) => {
                    let mut p = Problem::file_error(
                        path,
                        format!(
                            "dataset \"{}\" was not found beside the review or built in, so the review's references were not checked; pass --dataset FILE",
                            bare.dataset.id
                        ),
                    );
                    p.level = Level::Warning;
                    Ok((vec![p], String::new()))
                }
                Ok(Some((d, dpath))) => {
                    let r = io::review_from_text(path, &text, Some(&d));
                    let note = r.as_ref().map_or(String::new(), |l| {
                        format!(
                            "review by {}, {} of {} commitments assessed, checked against {}",
                            l.doc.delegation,
                            summary::assessed(&d, &l.doc),
                            d.commitments.len(),
                            dpath
                        )
                    });
                    Ok((collect(r.map(|l| l.warnings)), note))
                }
            }
        }
    }
}

fn validate(files: &[PathBuf], dataset: Option<&Path>, out: &mut dyn Write) -> u8 {
    let mut code = exit::CLEAN;
    for path in files {
        match check_file(path, dataset) {
            Err(p) => {
                writeln!(out, "{p}").ok();
                code = exit::UNREADABLE;
            }
            Ok((problems, note)) => {
                for p in &problems {
                    writeln!(out, "{p}").ok();
                }
                if problems.is_empty() {
                    writeln!(out, "{}: ok ({note})", path.display()).ok();
                } else if code == exit::CLEAN {
                    code = exit::PROBLEMS;
                }
            }
        }
    }
    code
}

fn summary(
    file: &Path,
    dataset: Option<&Path>,
    lang: &str,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let report = |e: &LoadError, err: &mut dyn Write| {
        writeln!(err, "{e}").ok();
        if matches!(e, LoadError::Unreadable(_)) {
            exit::UNREADABLE
        } else {
            exit::PROBLEMS
        }
    };
    let text = match io::read_text(file) {
        Ok(t) => t,
        Err(e) => return report(&e, err),
    };
    let (d, review) = match DocKind::detect(file, &text) {
        DocKind::Dataset => match io::dataset_from_text(file, &text) {
            Ok(l) => (l.doc, None),
            Err(e) => return report(&e, err),
        },
        DocKind::Review => {
            let bare = match io::review_from_text(file, &text, None) {
                Ok(l) => l.doc,
                Err(e) => return report(&e, err),
            };
            let d = match io::resolve::find_dataset(file, &bare, dataset) {
                Ok(Some((d, _))) => d,
                Ok(None) => {
                    writeln!(err, "{}: error: dataset \"{}\" was not found beside the review or built in; pass --dataset FILE", file.display(), bare.dataset.id).ok();
                    return exit::PROBLEMS;
                }
                Err(e) => return report(&e, err),
            };
            match io::review_from_text(file, &text, Some(&d)) {
                Ok(l) => (d, Some(l.doc)),
                Err(e) => return report(&e, err),
            }
        }
    };
    let zh = lang == "zh";
    writeln!(
        out,
        "{} {} ({})",
        if zh { "数据集" } else { "Dataset" },
        text_or_empty(&d.metadata.title, lang),
        d.metadata.version
    )
    .ok();
    if let Some(r) = &review {
        writeln!(
            out,
            "{} {} — {} {}/{}",
            if zh { "审议" } else { "Review" },
            r.delegation,
            if zh { "已评估" } else { "assessed" },
            summary::assessed(&d, r),
            d.commitments.len()
        )
        .ok();
    }
    writeln!(out).ok();
    write!(out, "{}", summary::render_table(&d, review.as_ref(), lang)).ok();
    exit::CLEAN
}
