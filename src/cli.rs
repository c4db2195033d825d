//! The command line: `poa-review [FILE]`, `poa-review validate FILE...`,
//! `poa-review summary FILE`. Output goes to the writers given, so tests can read it.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

use crate::charts::{self, Chart, ChartData, ChartKind};
use crate::io::{self, DocKind, LoadError};
use crate::model::{Dataset, Review, text_or_empty};
use crate::problem::{Level, Problem};
use crate::sample;
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
    #[cfg(feature = "export")]
    /// Write the briefing (PDF, Word, HTML, Markdown) or the matrix (Excel, CSV) of a review.
    ///
    /// Example: `poa-review export sample_data/example-delegation.review.ron --format pdf
    /// --out briefing.pdf --lang zh`.
    Export {
        /// The review.
        review: PathBuf,
        /// The format (by default, from the extension of --out).
        #[arg(long, value_enum)]
        format: Option<crate::export::Format>,
        /// The file to write.
        #[arg(long)]
        out: PathBuf,
        /// Shareable (no private talking points) or internal (with them, marked on every page).
        #[arg(long, value_enum, default_value = "shareable")]
        profile: crate::export::Profile,
        /// Language: en or zh.
        #[arg(long, default_value = "en", value_parser = ["en", "zh"])]
        lang: String,
        /// Pillars and groups to include, by id (default: all), e.g. --pillars demand,supply.
        #[arg(long, value_delimiter = ',')]
        pillars: Vec<String>,
        /// The review's dataset (found beside the review or built in when not given).
        #[arg(long)]
        dataset: Option<PathBuf>,
        /// Export even when the dataset is another version than the one the review was made on
        /// (refused without it); the briefing then names both versions under its title.
        #[arg(long)]
        any_dataset_version: bool,
    },
    /// Write a synthetic dataset and review of a given size, for benchmarks and scale tests.
    GenBenchData {
        /// Number of commitments.
        #[arg(long, default_value_t = 10_000)]
        commitments: usize,
        /// Number of indicator points (in indicators of 20 yearly points).
        #[arg(long, default_value_t = 200_000)]
        points: usize,
        /// The folder to write `synthetic-N.dataset.ron` and `synthetic-N.review.ron` into.
        #[arg(long)]
        out: PathBuf,
    },
    /// Draw a chart into a PNG or SVG file.
    ///
    /// Examples: `poa-review chart --indicator afg-opium-cultivation,mmr-opium-cultivation
    /// --out opium.png --scale 2` or `poa-review chart --kind status --lang zh --out status.svg
    /// sample_data/example-delegation.review.ron`.
    Chart {
        /// Indicator ids, separated by commas (a trend chart).
        #[arg(
            long,
            value_delimiter = ',',
            conflicts_with = "kind",
            required_unless_present = "kind"
        )]
        indicator: Vec<String>,
        /// Another kind of chart.
        #[arg(long, value_enum)]
        kind: Option<KindArg>,
        /// The file to write: `.png` or `.svg`.
        #[arg(long)]
        out: PathBuf,
        /// Language of titles and labels: en or zh.
        #[arg(long, default_value = "en", value_parser = ["en", "zh"])]
        lang: String,
        /// Resolution multiplier: 2 or 3 for print (3 × 800 × 450 is 2400 × 1350).
        #[arg(long, default_value_t = 1.0)]
        scale: f64,
        /// Width and height in logical pixels.
        #[arg(long, default_value_t = 800)]
        width: u32,
        /// Height in logical pixels.
        #[arg(long, default_value_t = 450)]
        height: u32,
        /// A review or dataset; without one, the built-in sample with its example review.
        file: Option<PathBuf>,
    },
}

/// The kinds of chart the command line draws besides indicator trends.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum KindArg {
    /// Status of commitments by pillar.
    Status,
    /// Commitments at each status over time.
    Progress,
    /// The 2019 targets at a glance.
    Targets,
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

/// Prints why a file could not be loaded and returns the exit code that says so.
fn load_failed(e: &LoadError, err: &mut dyn Write) -> u8 {
    writeln!(err, "{e}").ok();
    if matches!(e, LoadError::Unreadable(_)) {
        exit::UNREADABLE
    } else {
        exit::PROBLEMS
    }
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
        #[cfg(feature = "export")]
        Command::Export {
            review,
            format,
            out: path,
            profile,
            lang,
            pillars,
            dataset,
            any_dataset_version,
        } => {
            let options = crate::export::Options {
                profile: *profile,
                lang: lang.clone(),
                groups: pillars.clone(),
            };
            export(
                &ExportInputs {
                    review,
                    dataset: dataset.as_deref(),
                    any_dataset_version: *any_dataset_version,
                },
                *format,
                path,
                &options,
                out,
                err,
            )
        }
        Command::GenBenchData {
            commitments,
            points,
            out: dir,
        } => gen_bench_data(*commitments, *points, dir, out, err),
        Command::Chart {
            indicator,
            kind,
            out: path,
            lang,
            scale,
            width,
            height,
            file,
        } => {
            let kind = match kind {
                Some(KindArg::Status) => ChartKind::StatusByPillar,
                Some(KindArg::Progress) => ChartKind::Progress,
                Some(KindArg::Targets) => ChartKind::Targets,
                None => ChartKind::Trends {
                    indicators: indicator.clone(),
                },
            };
            chart(
                &Chart {
                    kind,
                    lang: lang.clone(),
                },
                file.as_deref(),
                path,
                (*width, *height, *scale),
                out,
                err,
            )
        }
    }
}

/// What `export` reads: the review, the dataset given with `--dataset`, and whether a dataset
/// of another version than the review's may be used.
#[cfg(feature = "export")]
struct ExportInputs<'a> {
    review: &'a Path,
    dataset: Option<&'a Path>,
    any_dataset_version: bool,
}

#[cfg(feature = "export")]
fn export(
    inputs: &ExportInputs<'_>,
    format: Option<crate::export::Format>,
    path: &Path,
    options: &crate::export::Options,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let review = inputs.review;
    let Some(format) = format.or_else(|| crate::export::Format::from_path(path)) else {
        writeln!(err, "{}: error: give --format, or a file name ending in .pdf, .docx, .html, .md, .xlsx or .csv", path.display()).ok();
        return exit::PROBLEMS;
    };
    let loaded = io::read_text(review).and_then(|text| {
        let bare = io::review_from_text(review, &text, None)?.doc;
        let Some((d, origin)) = io::resolve::find_dataset(review, &bare, inputs.dataset)? else {
            return Err(LoadError::Invalid(vec![Problem::file_error(review, format!("dataset \"{}\" was not found beside the review or built in; pass --dataset FILE", bare.dataset.id))]));
        };
        let r = io::review_from_text(review, &text, Some(&d))?;
        Ok((d, origin, r.doc, r.warnings))
    });
    let (d, origin, r, warnings) = match loaded {
        Ok(x) => x,
        Err(e) => return load_failed(&e, err),
    };
    let en = crate::i18n::Translator::new("en");
    let mut read: Vec<&Path> = vec![review];
    if let io::resolve::DatasetOrigin::File(p) = &origin {
        read.push(p);
    }
    if let Err(refused) = crate::export::output::check(path, format, &read) {
        writeln!(err, "{}", refused.to_problem(&en)).ok();
        return exit::PROBLEMS;
    }
    if let Some(other) = crate::export::output::other_version(&d, &r) {
        let message = en.tr_args(
            if inputs.any_dataset_version {
                "export-other-version"
            } else {
                "export-other-version-refused"
            },
            &[
                ("id", other.id.into()),
                ("review", other.review.into()),
                ("dataset", other.dataset.into()),
                ("origin", origin.to_string().into()),
            ],
        );
        let mut p = Problem::file_error(review, message);
        if inputs.any_dataset_version {
            p.level = Level::Warning;
        }
        writeln!(err, "{p}").ok();
        if p.is_error() {
            return exit::PROBLEMS;
        }
    } else {
        // Same version: what the review's check against the dataset found (its content changed
        // though its version did not, …) is said, not kept quiet; the export goes on.
        for w in &warnings {
            writeln!(err, "{w}").ok();
        }
    }
    if let Some(unknown) = options.groups.iter().find(|g| d.group(g).is_none()) {
        let known: Vec<&str> = d.groups.iter().map(|g| g.id.as_str()).collect();
        writeln!(
            err,
            "poa-review: no pillar or group \"{unknown}\"; the dataset has {}",
            known.join(", ")
        )
        .ok();
        return exit::PROBLEMS;
    }
    match crate::export::export_owned(path, format, d, r, options, &|_| {}) {
        Ok(written) => {
            for f in &written.files {
                let size = std::fs::metadata(f).map_or(0, |m| m.len());
                writeln!(out, "{} ({} KiB)", f.display(), size.div_ceil(1024)).ok();
            }
            exit::CLEAN
        }
        Err(p) => {
            writeln!(err, "{p}").ok();
            exit::PROBLEMS
        }
    }
}

fn gen_bench_data(
    commitments: usize,
    points: usize,
    dir: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let dataset = crate::synthetic::dataset(commitments, points);
    let review = crate::synthetic::review(&dataset);
    let dataset_path = dir.join(format!("synthetic-{commitments}.dataset.ron"));
    let review_path = dir.join(format!("synthetic-{commitments}.review.ron"));
    let result = std::fs::create_dir_all(dir)
        .map_err(|e| {
            Problem::file_error(
                dir,
                format!(
                    "could not create the folder: {}",
                    io::document::io_message(&e)
                ),
            )
        })
        .and_then(|()| io::save_document(&dataset_path, &dataset))
        .and_then(|()| io::save_document(&review_path, &review));
    match result {
        Ok(()) => {
            let n_points: usize = dataset.indicators.iter().map(|i| i.series.len()).sum();
            writeln!(
                out,
                "{}: {} commitments, {} indicators, {n_points} points",
                dataset_path.display(),
                dataset.commitments.len(),
                dataset.indicators.len()
            )
            .ok();
            writeln!(
                out,
                "{}: {} assessments",
                review_path.display(),
                review.assessments.len()
            )
            .ok();
            exit::CLEAN
        }
        Err(p) => {
            writeln!(err, "{p}").ok();
            exit::PROBLEMS
        }
    }
}

/// The dataset and review a chart draws from: a file, or the built-in sample and its review.
fn chart_inputs(file: Option<&Path>) -> Result<(Dataset, Option<Review>), LoadError> {
    let Some(file) = file else {
        return Ok((sample::dataset()?, Some(sample::review()?)));
    };
    let text = io::read_text(file)?;
    match DocKind::detect(file, &text) {
        DocKind::Dataset => Ok((io::dataset_from_text(file, &text)?.doc, None)),
        DocKind::Review => {
            let bare = io::review_from_text(file, &text, None)?.doc;
            let Some((d, _)) = io::resolve::find_dataset(file, &bare, None)? else {
                return Err(LoadError::Invalid(vec![Problem::file_error(
                    file,
                    format!(
                        "dataset \"{}\" was not found beside the review or built in",
                        bare.dataset.id
                    ),
                )]));
            };
            let r = io::review_from_text(file, &text, Some(&d))?.doc;
            Ok((d, Some(r)))
        }
    }
}

fn chart(
    request: &Chart,
    file: Option<&Path>,
    path: &Path,
    (width, height, scale): (u32, u32, f64),
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    if !(0.25..=8.0).contains(&scale) {
        writeln!(
            err,
            "poa-review: --scale must be between 0.25 and 8, not {scale}"
        )
        .ok();
        return exit::PROBLEMS;
    }
    let (dataset, review) = match chart_inputs(file) {
        Ok(inputs) => inputs,
        Err(e) => return load_failed(&e, err),
    };
    let data = ChartData {
        dataset: &dataset,
        review: review.as_ref(),
    };
    match charts::export(path, request, data, width, height, scale) {
        Ok((w, h)) => {
            writeln!(
                out,
                "{}: {} ({w} × {h})",
                path.display(),
                charts::title(request, &dataset)
            )
            .ok();
            exit::CLEAN
        }
        Err(charts::ChartError::Write(problem)) => {
            writeln!(err, "{problem}").ok();
            exit::PROBLEMS
        }
        Err(other) => {
            writeln!(err, "poa-review: {other}").ok();
            exit::PROBLEMS
        }
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
    let text = match io::read_text(file) {
        Ok(t) => t,
        Err(e) => return load_failed(&e, err),
    };
    let (d, review) = match DocKind::detect(file, &text) {
        DocKind::Dataset => match io::dataset_from_text(file, &text) {
            Ok(l) => (l.doc, None),
            Err(e) => return load_failed(&e, err),
        },
        DocKind::Review => {
            let bare = match io::review_from_text(file, &text, None) {
                Ok(l) => l.doc,
                Err(e) => return load_failed(&e, err),
            };
            let d = match io::resolve::find_dataset(file, &bare, dataset) {
                Ok(Some((d, _))) => d,
                Ok(None) => {
                    writeln!(err, "{}: error: dataset \"{}\" was not found beside the review or built in; pass --dataset FILE", file.display(), bare.dataset.id).ok();
                    return exit::PROBLEMS;
                }
                Err(e) => return load_failed(&e, err),
            };
            match io::review_from_text(file, &text, Some(&d)) {
                Ok(l) => (d, Some(l.doc)),
                Err(e) => return load_failed(&e, err),
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
