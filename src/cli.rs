//! The command line: `poa-review [FILE]`, `poa-review validate FILE...`,
//! `poa-review summary FILE`. Output goes to the writers given, so tests can read it.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};

use crate::charts::{self, Chart, ChartData, ChartKind};
use crate::i18n::{self, Language, Localised};
use crate::io::{self, DocKind, LoadError};
use crate::model::{Dataset, Review, text_or_empty};
use crate::problem::{Level, Problem};
use crate::sample;
use crate::summary;

#[cfg(feature = "export")]
mod aggregate;
mod merge;
#[cfg(feature = "export")]
mod sheets;
pub use merge::ConflictChoice;

/// Review progress on the 2009 Political Declaration and Plan of Action on the world drug problem.
#[derive(Debug, Parser)]
#[command(name = "poa-review", version, about, long_about = None)]
pub struct Cli {
    /// What to do; without a command, opens the desktop window.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// Datasets (`*.dataset.ron`) or reviews (`*.review.ron`) to open: the first in this
    /// window, each other in a window of its own (as a desktop hands over files opened
    /// together).
    pub files: Vec<PathBuf>,
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
        /// The information cut-off: a day (`2016-04-19`), `dataset` (the dataset's own, the
        /// default) or `none`. Each value published after it is reported as a warning that
        /// does not change the exit status: the file is not wrong, the value is hindsight.
        #[arg(long, default_value = "dataset", value_parser = parse_cutoff)]
        as_of: crate::analysis::Cutoff,
    },
    /// Print, per pillar and group, how many commitments stand at each status level.
    Summary {
        /// A review (or a dataset, which counts everything as not assessed).
        file: PathBuf,
        /// The dataset the review is of (found as for `validate` when not given).
        #[arg(long)]
        dataset: Option<PathBuf>,
        /// Language of the labels: en, zh, fr, es or ru.
        #[arg(long, value_enum, default_value_t = Language::En)]
        lang: Language,
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
        /// Language: en, zh, fr, es or ru.
        #[arg(long, value_enum, default_value_t = Language::En)]
        lang: Language,
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
        /// The information cut-off: a day (`2016-04-19`), `dataset` (the dataset's own, the
        /// default) or `none`. Values published after it are marked as hindsight and left out
        /// of the 2019-target ratings.
        #[arg(long, default_value = "dataset", value_parser = parse_cutoff)]
        as_of: crate::analysis::Cutoff,
    },
    /// Merge a colleague's copy of a review into ours: three-way, per commitment and field.
    ///
    /// Without --base, the common ancestor is found from the two histories. Changes made on one
    /// side are taken; fields both sides changed differently are conflicts, which keep our
    /// value and are saved in the result to be answered in the window (or settled by
    /// --conflicts). Exits with 0 when no conflict is left, 1 when some are (or on an error).
    /// Example: `poa-review merge ours.review.ron theirs.review.ron --out merged.review.ron`.
    Merge {
        /// Our review.
        mine: PathBuf,
        /// The colleague's copy.
        theirs: PathBuf,
        /// The version both started from, if it is at hand.
        #[arg(long)]
        base: Option<PathBuf>,
        /// The file to write; never one of the inputs.
        #[arg(long, required_unless_present = "dry_run")]
        out: Option<PathBuf>,
        /// Say what the merge would do; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// What to do with conflicts: keep (ours, and save them to answer later), mine, theirs
        /// or both.
        #[arg(long, value_enum, default_value_t = ConflictChoice::Keep)]
        conflicts: ConflictChoice,
        /// Who merges, for the history (by default the name in the settings, else the system
        /// user's).
        #[arg(long)]
        by: Option<String>,
        /// The reviews' dataset (found beside MINE or built in when not given).
        #[arg(long)]
        dataset: Option<PathBuf>,
    },
    /// What changed in a review since a date: per pillar, each field's value then and now, by
    /// whom and when, for the weekly brief (Markdown or HTML).
    ///
    /// Example: `poa-review changes review.review.ron --since 2014-03-01 --out changes.html`.
    Changes {
        /// The review.
        review: PathBuf,
        /// The date (YYYY-MM-DD, from its start, UTC) or time (RFC 3339).
        #[arg(long)]
        since: String,
        /// The file to write; without it, the changes are printed (Markdown).
        #[arg(long)]
        out: Option<PathBuf>,
        /// md, html, pdf, docx or xlsx (by default from the extension of --out).
        #[arg(long, value_enum)]
        format: Option<crate::report::ReportFormat>,
        /// Language: en, zh, fr, es or ru.
        #[arg(long, value_enum, default_value_t = Language::En)]
        lang: Language,
        /// The review's dataset (found beside the review or built in when not given).
        #[arg(long)]
        dataset: Option<PathBuf>,
    },
    /// Compare two reviews of one dataset: only the commitments and narratives that differ,
    /// field by field, by pillar (Markdown, HTML, PDF, Word or Excel).
    ///
    /// Example: `poa-review compare ours.review.ron theirs.review.ron --out compare.html`.
    Compare {
        /// The left review (its values in the first column).
        left: PathBuf,
        /// The right review.
        right: PathBuf,
        /// The file to write; without it, the comparison is printed (Markdown).
        #[arg(long)]
        out: Option<PathBuf>,
        /// md, html, pdf, docx or xlsx (by default from the extension of --out).
        #[arg(long, value_enum)]
        format: Option<crate::report::ReportFormat>,
        /// Pillars and groups to include, by id (default: all).
        #[arg(long, value_delimiter = ',')]
        pillars: Vec<String>,
        /// Language: en, zh, fr, es or ru.
        #[arg(long, value_enum, default_value_t = Language::En)]
        lang: Language,
        /// The reviews' dataset (found beside LEFT or built in when not given).
        #[arg(long)]
        dataset: Option<PathBuf>,
    },
    #[cfg(feature = "export")]
    /// Write an input pack: an Excel workbook a ministry fills in without poa-review (the
    /// commitments of the pillars or sections given, their current values, drop-down lists,
    /// instructions; never the private talking points).
    ///
    /// Example: `poa-review pack review.review.ron --pillars demand --for "Ministry of Health"
    /// --out pack-health.xlsx --lang zh`.
    Pack {
        /// The review.
        review: PathBuf,
        /// The workbook to write (.xlsx).
        #[arg(long)]
        out: PathBuf,
        /// Pillars, groups or sections to include, by id (default: all).
        #[arg(long, value_delimiter = ',')]
        pillars: Vec<String>,
        /// Who it is for, as the history will name their changes.
        #[arg(long = "for", default_value = "")]
        recipient: String,
        /// Language of the headings, lists and instructions: en, zh, fr, es or ru.
        #[arg(long, value_enum, default_value_t = Language::En)]
        lang: Language,
        /// The review's dataset (found beside the review or built in when not given).
        #[arg(long)]
        dataset: Option<PathBuf>,
    },
    #[cfg(feature = "export")]
    /// Import filled-in input packs: each reply's changes since it was sent are merged into
    /// the review (changes taken, conflicts with what changed meanwhile kept to answer in the
    /// window), with history entries naming the ministry and the file.
    ///
    /// Example: `poa-review import-reply review.review.ron pack-health.xlsx --out review.review.ron`.
    ImportReply {
        /// The review the packs were sent from.
        review: PathBuf,
        /// The filled-in packs.
        #[arg(required = true)]
        replies: Vec<PathBuf>,
        /// The review to write (may be REVIEW itself; never a pack).
        #[arg(long, required_unless_present = "dry_run")]
        out: Option<PathBuf>,
        /// Say what the import would do; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// What to do with conflicts: keep (ours, and save them to answer later), mine, theirs
        /// or both.
        #[arg(long, value_enum, default_value_t = ConflictChoice::Keep)]
        conflicts: ConflictChoice,
        /// Who imports, for the history (by default the name in the settings).
        #[arg(long)]
        by: Option<String>,
        /// The review's dataset (found beside the review or built in when not given).
        #[arg(long)]
        dataset: Option<PathBuf>,
    },
    #[cfg(feature = "export")]
    /// Import an existing matrix (XLSX, XLS, ODS or CSV): columns found by their headings in
    /// English or Chinese, rows matched by id or reference ("89 (g)", "第89段(g)"), status and
    /// evidence words by the scales' labels in any language. Unmatched rows are listed; words
    /// not on a scale stop the import until mapped with --map.
    ///
    /// Example: `poa-review import-sheet review.review.ron matrix.xlsx --map "Partly=limited"
    /// --out review.review.ron`.
    ImportSheet {
        /// The review to bring the matrix into.
        review: PathBuf,
        /// The matrix.
        matrix: PathBuf,
        /// The review to write (may be REVIEW itself; never the matrix).
        #[arg(long, required_unless_present = "dry_run")]
        out: Option<PathBuf>,
        /// Say what would change; write nothing.
        #[arg(long)]
        dry_run: bool,
        /// A word not on a scale and the level id it means: WORD=LEVEL (repeatable).
        #[arg(long)]
        map: Vec<String>,
        /// Who imports, for the history where a row names no reviewer.
        #[arg(long)]
        by: Option<String>,
        /// The review's dataset (found beside the review or built in when not given).
        #[arg(long)]
        dataset: Option<PathBuf>,
    },
    #[cfg(feature = "export")]
    /// Build a dataset from a workbook (sheets Dataset, Sources, Pillars, Sections,
    /// Commitments, Indicators, Observations, …; `dataset-template` writes one to fill in). It
    /// is checked like any dataset, every problem named by sheet, row and column
    /// (Commitments!C14), and written only when no error is left.
    ///
    /// Example: `poa-review dataset-from-sheet plan.xlsx --out plan.dataset.ron`.
    DatasetFromSheet {
        /// The workbook (XLSX, XLS, XLSB or ODS).
        book: PathBuf,
        /// The dataset to write (`NAME.dataset.ron`).
        #[arg(long)]
        out: PathBuf,
    },
    #[cfg(feature = "export")]
    /// Write a dataset as the workbook `dataset-from-sheet` reads (the built-in sample without
    /// DATASET), to edit it in a spreadsheet program.
    ///
    /// Example: `poa-review dataset-to-sheet plan.dataset.ron --out plan.xlsx`.
    DatasetToSheet {
        /// The dataset (default: the built-in sample).
        dataset: Option<PathBuf>,
        /// The workbook to write (.xlsx).
        #[arg(long)]
        out: PathBuf,
        /// Language of the instructions sheet: en, zh, fr, es or ru.
        #[arg(long, value_enum, default_value_t = Language::En)]
        lang: Language,
    },
    #[cfg(feature = "export")]
    /// Write an empty workbook to build a dataset in: every sheet with its headings, the
    /// default scales, and an instructions sheet.
    ///
    /// Example: `poa-review dataset-template --out plan.xlsx --lang zh`.
    DatasetTemplate {
        /// The workbook to write (.xlsx).
        #[arg(long)]
        out: PathBuf,
        /// Language of the instructions sheet: en, zh, fr, es or ru.
        #[arg(long, value_enum, default_value_t = Language::En)]
        lang: Language,
    },
    /// Git's merge driver for reviews: `poa-review merge-driver %O %A %B %P`.
    ///
    /// Set up with `*.review.ron merge=poa-review` in `.gitattributes` and
    /// `git config merge.poa-review.driver "poa-review merge-driver %O %A %B %P"`. Writes the
    /// merge into %A; exits with 1 when conflicts are left, which git then reports.
    MergeDriver {
        /// The common ancestor (%O).
        base: PathBuf,
        /// Ours (%A), replaced by the merge.
        current: PathBuf,
        /// Theirs (%B).
        other: PathBuf,
        /// The file's path in the repository (%P), where its dataset is looked for.
        path: Option<PathBuf>,
    },
    /// Read many delegations' reviews of one dataset and write the tidy long table: one row per
    /// delegation × commitment × field (status, evidence level, evidence, notes), as CSV or XLSX
    /// by the extension of --out. Talking points are never read into it.
    ///
    /// Example: `poa-review aggregate reviews/ --out all.csv`. Files that cannot be read, are
    /// of another dataset or repeat a delegation are listed and left out (exit status 1).
    #[cfg(feature = "export")]
    Aggregate {
        /// Review files, or folders of `*.review.ron` files.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// The file to write: the aggregate briefing (`.pdf`, `.docx`, `.html`, `.md`) or the
        /// long table (`.csv`, `.xlsx`).
        #[arg(long)]
        out: PathBuf,
        /// The format (by default from the extension of `--out`).
        #[arg(long, value_enum)]
        format: Option<crate::export::Format>,
        /// The dataset (by default the first review's, beside it or built in).
        #[arg(long)]
        dataset: Option<PathBuf>,
        /// Language of the briefing: en, zh, fr, es or ru.
        #[arg(long, value_enum, default_value_t = Language::En)]
        lang: Language,
    },
    /// Write the manual pages (`poa-review.1`, and one per command) from this command line's
    /// definition, for packages.
    ///
    /// Example: `poa-review man --out target/man`.
    Man {
        /// The folder to write the pages into (made if missing).
        #[arg(long)]
        out: PathBuf,
    },
    /// Print the shell's completions for poa-review, from this command line's definition.
    ///
    /// Example: `poa-review completions bash > /usr/share/bash-completion/completions/poa-review`.
    Completions {
        /// The shell: bash, zsh, fish, elvish or powershell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
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
        /// Language of titles and labels: en, zh, fr, es or ru.
        #[arg(long, value_enum, default_value_t = Language::En)]
        lang: Language,
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
        /// The information cut-off: a day (`2016-04-19`), `dataset` (the dataset's own, the
        /// default) or `none`. Values published after it are marked as hindsight and left out
        /// of the 2019-target ratings.
        #[arg(long, default_value = "dataset", value_parser = parse_cutoff)]
        as_of: crate::analysis::Cutoff,
    },
}

/// Reads `--as-of`; a value that is none of its forms is said in the command line's language.
fn parse_cutoff(s: &str) -> Result<crate::analysis::Cutoff, String> {
    s.parse()
        .map_err(|()| say(&msg!("cli-bad-cutoff", value = s)))
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

/// `--lang` takes a language's code.
impl clap::ValueEnum for Language {
    fn value_variants<'a>() -> &'a [Self] {
        &Language::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.code()).help(self.native_name()))
    }
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

/// The language the command line speaks: the system's, or `POA_REVIEW_LANG`'s (see
/// [`i18n::system_language`]).
fn language() -> Language {
    i18n::system_language()
}

/// A message in the command line's language.
fn say(message: &Localised) -> String {
    message.render_in(language())
}

/// A problem as `file:line:col: level: message`, in the command line's language.
fn show(problem: &Problem) -> String {
    i18n::with_translator(language(), |t| problem.render(t))
}

/// Prints why a file could not be loaded and returns the exit code that says so.
fn load_failed(e: &LoadError, err: &mut dyn Write) -> u8 {
    let lines: Vec<String> = e.problems().iter().map(show).collect();
    writeln!(err, "{}", lines.join("\n")).ok();
    if matches!(e, LoadError::Unreadable(_)) {
        exit::UNREADABLE
    } else {
        exit::PROBLEMS
    }
}

/// Runs a command, writing results to `out` and problems to `err`; returns the exit code.
#[expect(
    clippy::too_many_lines,
    reason = "one arm per command, each handing on its arguments"
)]
pub fn run(command: &Command, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    match command {
        Command::Validate {
            files,
            dataset,
            as_of,
        } => validate(files, dataset.as_deref(), *as_of, out),
        Command::Summary {
            file,
            dataset,
            lang,
        } => summary(file, dataset.as_deref(), *lang, out, err),
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
            as_of,
        } => {
            let options = crate::export::Options {
                profile: *profile,
                lang: *lang,
                groups: pillars.clone(),
                as_of: *as_of,
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
        Command::Merge {
            mine,
            theirs,
            base,
            out: path,
            dry_run,
            conflicts,
            by,
            dataset,
        } => merge::merge(
            &merge::MergeArgs {
                mine,
                theirs,
                base: base.as_deref(),
                out: path.as_deref().unwrap_or(Path::new("")),
                dry_run: *dry_run,
                dataset: dataset.as_deref(),
                conflicts: *conflicts,
                by: by.as_deref(),
            },
            out,
            err,
        ),
        #[cfg(feature = "export")]
        Command::Pack {
            review,
            out: path,
            pillars,
            recipient,
            lang,
            dataset,
        } => sheets::pack(
            &sheets::PackArgs {
                review,
                out: path,
                scope: pillars,
                lang: *lang,
                recipient,
                dataset: dataset.as_deref(),
            },
            out,
            err,
        ),
        #[cfg(feature = "export")]
        Command::ImportReply {
            review,
            replies,
            out: path,
            dry_run,
            conflicts,
            by,
            dataset,
        } => sheets::import_reply(
            &sheets::ImportArgs {
                review,
                replies,
                out: path.as_deref().unwrap_or(Path::new("")),
                dry_run: *dry_run,
                conflicts: *conflicts,
                by: by.as_deref(),
                dataset: dataset.as_deref(),
            },
            out,
            err,
        ),
        #[cfg(feature = "export")]
        Command::ImportSheet {
            review,
            matrix,
            out: path,
            dry_run,
            map,
            by,
            dataset,
        } => sheets::import_sheet(
            &sheets::MatrixArgs {
                review,
                matrix,
                out: path.as_deref().unwrap_or(Path::new("")),
                dry_run: *dry_run,
                map,
                by: by.as_deref(),
                dataset: dataset.as_deref(),
            },
            out,
            err,
        ),
        #[cfg(feature = "export")]
        Command::DatasetFromSheet { book, out: path } => {
            sheets::dataset_from_sheet(book, path, out, err)
        }
        #[cfg(feature = "export")]
        Command::DatasetToSheet {
            dataset,
            out: path,
            lang,
        } => sheets::dataset_to_sheet(dataset.as_deref(), path, *lang, out, err),
        #[cfg(feature = "export")]
        Command::DatasetTemplate { out: path, lang } => {
            sheets::dataset_template(path, *lang, out, err)
        }
        Command::Changes {
            review,
            since,
            out: path,
            format,
            lang,
            dataset,
        } => changes(
            review,
            since,
            (path.as_deref(), *format, *lang),
            dataset.as_deref(),
            out,
            err,
        ),
        Command::Compare {
            left,
            right,
            out: path,
            format,
            pillars,
            lang,
            dataset,
        } => compare(
            (left, right),
            pillars,
            (path.as_deref(), *format, *lang),
            dataset.as_deref(),
            out,
            err,
        ),
        Command::MergeDriver {
            base,
            current,
            other,
            path,
        } => merge::merge_driver(base, current, other, path.as_deref(), out, err),
        Command::Man { out: dir } => man_pages(dir, out, err),
        Command::Completions { shell } => {
            let mut cli = <Cli as clap::CommandFactory>::command();
            clap_complete::generate(*shell, &mut cli, "poa-review", out);
            exit::CLEAN
        }
        #[cfg(feature = "export")]
        Command::Aggregate {
            inputs,
            out: path,
            format,
            dataset,
            lang,
        } => aggregate::run(
            &aggregate::Args {
                inputs,
                dataset: dataset.as_deref(),
                to: path,
                format: *format,
                lang: *lang,
            },
            out,
            err,
        ),
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
            as_of,
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
                    lang: *lang,
                    as_of: None,
                },
                *as_of,
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
        writeln!(
            err,
            "{}",
            show(&Problem::file_error(path, msg!("cli-need-format")))
        )
        .ok();
        return exit::PROBLEMS;
    };
    let open_options = io::OpenOptions {
        kind: Some(DocKind::Review),
        dataset: inputs.dataset,
        progress: None,
        ..io::OpenOptions::default()
    };
    let opened = match io::open(review, &open_options) {
        Ok(io::Opened::Review(r)) => r,
        // Not reached: opened as a review.
        Ok(io::Opened::Dataset(_)) => return exit::PROBLEMS,
        Err(e) => return load_failed(e.load_error(), err),
    };
    let (d, origin) = match opened.dataset {
        io::ReviewDataset::Found { dataset, origin } => (dataset, origin),
        io::ReviewDataset::Missing { id, .. } => {
            let p = Problem::file_error(review, msg!("cli-dataset-not-found-pass", id = id));
            return load_failed(&LoadError::Invalid(vec![p]), err);
        }
    };
    let (r, warnings) = (opened.review, opened.warnings);
    let t = i18n::Translator::new(language());
    let mut read: Vec<&Path> = vec![review];
    if let io::resolve::DatasetOrigin::File(p) = &origin {
        read.push(p);
    }
    if let Err(refused) = crate::export::output::check(path, format, &read) {
        writeln!(err, "{}", show(&refused.to_problem(&t))).ok();
        return exit::PROBLEMS;
    }
    if let Some(other) = crate::export::output::other_version(&d, &r) {
        let message = t.tr_args(
            if inputs.any_dataset_version {
                key!("export-other-version")
            } else {
                key!("export-other-version-refused")
            },
            &[
                ("id", other.id.into()),
                ("review", other.review.into()),
                ("dataset", other.dataset.into()),
                ("origin", origin.message().render(&t).into()),
            ],
        );
        let mut p = Problem::file_error(review, message);
        if inputs.any_dataset_version {
            p.level = Level::Warning;
        }
        writeln!(err, "{}", show(&p)).ok();
        if p.is_error() {
            return exit::PROBLEMS;
        }
    } else {
        // Same version: what the review's check against the dataset found (its content changed
        // though its version did not, …) is said, not kept quiet; the export goes on.
        for w in &warnings {
            writeln!(err, "{}", show(w)).ok();
        }
    }
    if let Some(unknown) = options.groups.iter().find(|g| d.group(g).is_none()) {
        let known: Vec<&str> = d.groups.iter().map(|g| g.id.as_str()).collect();
        let message = msg!("cli-no-group", id = unknown, known = known.join(", "));
        writeln!(err, "poa-review: {}", say(&message)).ok();
        return exit::PROBLEMS;
    }
    match crate::export::export_owned(path, format, d, r, options, &|_| {}) {
        Ok(written) => {
            for f in &written.files {
                let size = std::fs::metadata(f).map_or(0, |m| m.len());
                let message = msg!(
                    "cli-written",
                    path = f.display().to_string(),
                    kib = size.div_ceil(1024).to_string()
                );
                writeln!(out, "{}", say(&message)).ok();
            }
            for failed in &written.chart_failures {
                writeln!(err, "{}", show(&failed.to_problem(path, &t))).ok();
            }
            exit::CLEAN
        }
        Err(p) => {
            writeln!(err, "{}", show(&p)).ok();
            exit::PROBLEMS
        }
    }
}

/// `poa-review man`: the manual pages, one per command, into `dir`.
fn man_pages(dir: &Path, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let written = std::fs::create_dir_all(dir)
        .and_then(|()| clap_mangen::generate_to(<Cli as clap::CommandFactory>::command(), dir));
    if let Err(e) = written {
        let p = Problem::file_error(dir, Localised::plain(e.to_string()));
        writeln!(err, "{}", show(&p)).ok();
        return exit::PROBLEMS;
    }
    let page = dir.join("poa-review.1");
    writeln!(
        out,
        "{}",
        say(&msg!("export-done", path = page.display().to_string()))
    )
    .ok();
    exit::CLEAN
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
                msg!("cli-no-folder", reason = io::document::io_message(&e)),
            )
        })
        .and_then(|()| io::save_document(&dataset_path, &dataset))
        .and_then(|()| io::save_document(&review_path, &review));
    match result {
        Ok(()) => {
            let n_points: usize = dataset.indicators.iter().map(|i| i.series.len()).sum();
            let message = msg!(
                "cli-generated-dataset",
                path = dataset_path.display().to_string(),
                commitments = dataset.commitments.len(),
                indicators = dataset.indicators.len(),
                points = n_points
            );
            writeln!(out, "{}", say(&message)).ok();
            let message = msg!(
                "cli-generated-review",
                path = review_path.display().to_string(),
                assessments = review.assessments.len()
            );
            writeln!(out, "{}", say(&message)).ok();
            exit::CLEAN
        }
        Err(p) => {
            writeln!(err, "{}", show(&p)).ok();
            exit::PROBLEMS
        }
    }
}

/// The dataset and review a chart draws from: a file, or the built-in sample and its review.
fn chart_inputs(file: Option<&Path>) -> Result<(Dataset, Option<Review>), LoadError> {
    let Some(file) = file else {
        return Ok((sample::dataset()?, Some(sample::review()?)));
    };
    match io::open(file, &io::OpenOptions::default()).map_err(io::OpenError::into_load_error)? {
        io::Opened::Dataset(d) => Ok((d.doc, None)),
        io::Opened::Review(r) => match r.dataset {
            io::ReviewDataset::Found { dataset, .. } => Ok((dataset, Some(r.review))),
            io::ReviewDataset::Missing { id, .. } => {
                Err(LoadError::Invalid(vec![Problem::file_error(
                    file,
                    msg!("cli-dataset-not-found", id = id),
                )]))
            }
        },
    }
}

fn chart(
    request: &Chart,
    as_of: crate::analysis::Cutoff,
    file: Option<&Path>,
    path: &Path,
    (width, height, scale): (u32, u32, f64),
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    if !(0.25..=8.0).contains(&scale) {
        let message = msg!("cli-bad-scale", scale = scale.to_string());
        writeln!(err, "poa-review: {}", say(&message)).ok();
        return exit::PROBLEMS;
    }
    let (dataset, review) = match chart_inputs(file) {
        Ok(inputs) => inputs,
        Err(e) => return load_failed(&e, err),
    };
    let request = &Chart {
        as_of: as_of.resolve(&dataset),
        ..request.clone()
    };
    let data = ChartData {
        dataset: &dataset,
        review: review.as_ref(),
    };
    match charts::export(path, request, data, width, height, scale) {
        Ok((w, h)) => {
            let message = msg!(
                "cli-chart-written",
                path = path.display().to_string(),
                title = charts::title(request, &dataset),
                width = w,
                height = h
            );
            writeln!(out, "{}", say(&message)).ok();
            exit::CLEAN
        }
        Err(charts::ChartError::Write(problem)) => {
            writeln!(err, "{}", show(&problem)).ok();
            exit::PROBLEMS
        }
        Err(other) => {
            writeln!(err, "poa-review: {}", say(&other.message())).ok();
            exit::PROBLEMS
        }
    }
}

/// Checks one file; returns its problems (an unreadable file gives `Err`).
/// The values of `doc` (read from `path`) published after the cut-off, located in the file. The
/// file is read again only when there are any, for their lines and columns.
fn hindsight(path: &Path, doc: &Dataset, as_of: crate::analysis::Cutoff) -> Vec<Problem> {
    let Some(date) = as_of.resolve(doc) else {
        return Vec::new();
    };
    let findings = crate::validate::hindsight(doc, date);
    if findings.is_empty() {
        return Vec::new();
    }
    io::read_text(path).map_or_else(
        |e| e.problems().to_vec(),
        |text| io::locate_findings(path, &text, findings),
    )
}

/// What checking one file found: its problems, the note for a clean file, and the dataset when
/// the file is one.
type Checked = (Vec<Problem>, String, Option<Dataset>);

fn check_file(path: &Path, dataset: Option<&Path>) -> Result<Checked, Problem> {
    let options = io::OpenOptions {
        dataset,
        ..io::OpenOptions::default()
    };
    let opened = match io::open(path, &options) {
        Ok(opened) => opened,
        Err(io::OpenError::Document(LoadError::Unreadable(p))) => return Err(p),
        Err(io::OpenError::Document(LoadError::Invalid(ps))) => {
            return Ok((ps, String::new(), None));
        }
        Err(io::OpenError::GivenDataset(e)) => {
            let mut ps = e.problems().to_vec();
            ps.push(Problem::file_error(
                path,
                msg!("cli-given-dataset-unloadable"),
            ));
            return Ok((ps, String::new(), None));
        }
    };
    match opened {
        io::Opened::Dataset(l) => {
            let note = say(&msg!(
                "cli-note-dataset",
                id = &l.doc.metadata.id,
                version = &l.doc.metadata.version,
                commitments = l.doc.commitments.len(),
                indicators = l.doc.indicators.len()
            ));
            Ok((l.warnings, note, Some(l.doc)))
        }
        io::Opened::Review(r) => match r.dataset {
            io::ReviewDataset::Missing { id, .. } => {
                let mut p =
                    Problem::file_error(path, msg!("cli-dataset-not-found-unchecked", id = id));
                p.level = Level::Warning;
                Ok((vec![p], String::new(), None))
            }
            io::ReviewDataset::Found { dataset: d, origin } => {
                let note = say(&msg!(
                    "cli-note-review",
                    delegation = &r.review.delegation,
                    assessed = summary::assessed(&d, &r.review),
                    total = d.commitments.len(),
                    origin = say(&origin.message())
                ));
                Ok((r.warnings, note, None))
            }
        },
    }
}

fn validate(
    files: &[PathBuf],
    dataset: Option<&Path>,
    as_of: crate::analysis::Cutoff,
    out: &mut dyn Write,
) -> u8 {
    let mut code = exit::CLEAN;
    for path in files {
        match check_file(path, dataset) {
            Err(p) => {
                writeln!(out, "{}", show(&p)).ok();
                code = exit::UNREADABLE;
            }
            Ok((problems, note, doc)) => {
                for p in &problems {
                    writeln!(out, "{}", show(p)).ok();
                }
                for p in doc.map(|d| hindsight(path, &d, as_of)).unwrap_or_default() {
                    writeln!(out, "{}", show(&p)).ok();
                }
                if problems.is_empty() {
                    let message = msg!("cli-ok", path = path.display().to_string(), note = note);
                    writeln!(out, "{}", say(&message)).ok();
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
    language: Language,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let options = io::OpenOptions {
        dataset,
        ..io::OpenOptions::default()
    };
    let (d, review) = match io::open(file, &options) {
        Err(e) => return load_failed(e.load_error(), err),
        Ok(io::Opened::Dataset(l)) => (l.doc, None),
        Ok(io::Opened::Review(r)) => match r.dataset {
            io::ReviewDataset::Found { dataset, .. } => (dataset, Some(r.review)),
            io::ReviewDataset::Missing { id, .. } => {
                let p = Problem::file_error(file, msg!("cli-dataset-not-found-pass", id = id));
                writeln!(err, "{}", show(&p)).ok();
                return exit::PROBLEMS;
            }
        },
    };
    let dataset_line = msg!(
        "cli-summary-dataset",
        title = text_or_empty(&d.metadata.title, language.code()),
        version = &d.metadata.version
    );
    writeln!(out, "{}", dataset_line.render_in(language)).ok();
    if let Some(r) = &review {
        let review_line = msg!(
            "cli-summary-review",
            delegation = &r.delegation,
            assessed = summary::assessed(&d, r),
            total = d.commitments.len()
        );
        writeln!(out, "{}", review_line.render_in(language)).ok();
    }
    writeln!(out).ok();
    write!(
        out,
        "{}",
        summary::render_table(&d, review.as_ref(), language)
    )
    .ok();
    exit::CLEAN
}

/// Where and how a report goes: `--out` (none: printed), `--format`, `--lang`.
type ReportOut<'a> = (
    Option<&'a Path>,
    Option<crate::report::ReportFormat>,
    Language,
);

/// Opens a review with its dataset (given, or looked for beside `beside` or the review);
/// prints why not. Returns the dataset, the review and the comment its file starts with.
fn review_with_dataset(
    review: &Path,
    dataset: Option<&Path>,
    beside: Option<&Path>,
    err: &mut dyn Write,
) -> Result<(Dataset, Review, String), u8> {
    let options = io::OpenOptions {
        kind: Some(DocKind::Review),
        dataset,
        dataset_beside: beside,
        ..io::OpenOptions::default()
    };
    match io::open(review, &options) {
        Err(e) => Err(load_failed(e.load_error(), err)),
        Ok(io::Opened::Dataset(_)) => Err(exit::PROBLEMS),
        Ok(io::Opened::Review(r)) => match r.dataset {
            io::ReviewDataset::Found { dataset, .. } => Ok((dataset, r.review, r.leading_comment)),
            io::ReviewDataset::Missing { id, .. } => {
                let p = Problem::file_error(review, msg!("cli-dataset-not-found-pass", id = id));
                writeln!(err, "{}", show(&p)).ok();
                Err(exit::PROBLEMS)
            }
        },
    }
}

/// Prints a report, or writes it to `--out` (never over one of `inputs`).
fn write_report(
    report: &crate::report::Report,
    (path, format, lang): ReportOut<'_>,
    inputs: &[&Path],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let Some(path) = path else {
        let format = format.unwrap_or(crate::report::ReportFormat::Md);
        if !format.is_text() {
            let message = msg!("report-needs-out", format = format.extension());
            writeln!(err, "poa-review: {}", say(&message)).ok();
            return exit::PROBLEMS;
        }
        return match report.render(format, lang) {
            Ok(bytes) => {
                write!(out, "{}", String::from_utf8_lossy(&bytes)).ok();
                exit::CLEAN
            }
            Err(e) => {
                let message = msg!("report-failed", reason = e.to_string());
                writeln!(err, "poa-review: {}", say(&message)).ok();
                exit::PROBLEMS
            }
        };
    };
    if let Some(input) = inputs.iter().find(|i| merge::same_file(i, path)) {
        let p = Problem::file_error(
            path,
            msg!("report-out-is-input", input = input.display().to_string()),
        );
        writeln!(err, "{}", show(&p)).ok();
        return exit::PROBLEMS;
    }
    let Some(format) = format.or_else(|| crate::report::ReportFormat::from_path(path)) else {
        let p = Problem::file_error(path, msg!("cli-need-report-format"));
        writeln!(err, "{}", show(&p)).ok();
        return exit::PROBLEMS;
    };
    let bytes = match report.render(format, lang) {
        Ok(bytes) => bytes,
        Err(e) => {
            let p = Problem::file_error(path, msg!("report-failed", reason = e.to_string()));
            writeln!(err, "{}", show(&p)).ok();
            return exit::PROBLEMS;
        }
    };
    match io::write_export(path, &bytes, &|_| false) {
        Ok(()) => {
            let message = msg!("merge-written", path = path.display().to_string());
            writeln!(out, "{}", say(&message)).ok();
            exit::CLEAN
        }
        Err(p) => {
            writeln!(err, "{}", show(&p)).ok();
            exit::PROBLEMS
        }
    }
}

/// `poa-review changes`.
fn changes(
    review: &Path,
    since: &str,
    to: ReportOut<'_>,
    dataset: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let Some(since) = crate::changes::parse_since(since) else {
        let message = msg!("cli-bad-date", date = since);
        writeln!(err, "poa-review: {}", say(&message)).ok();
        return exit::PROBLEMS;
    };
    let (d, r, _) = match review_with_dataset(review, dataset, None, err) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let report = crate::changes::report(&d, &r, since, to.2);
    write_report(&report, to, &[review], out, err)
}

/// `poa-review compare`.
fn compare(
    (left, right): (&Path, &Path),
    pillars: &[String],
    to: ReportOut<'_>,
    dataset: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let (d, l, _) = match review_with_dataset(left, dataset, None, err) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let r = match io::load_review(right, None) {
        Ok(r) => r.doc,
        Err(e) => return load_failed(&e, err),
    };
    // Reviews of different datasets cannot be compared field by field.
    if let Err(e) = crate::merge::same_dataset(&l, &r) {
        writeln!(err, "{}", show(&Problem::file_error(right, e.message()))).ok();
        return exit::PROBLEMS;
    }
    if let Some(unknown) = pillars.iter().find(|g| d.group(g).is_none()) {
        let known: Vec<&str> = d.groups.iter().map(|g| g.id.as_str()).collect();
        let message = msg!("cli-no-group", id = unknown, known = known.join(", "));
        writeln!(err, "poa-review: {}", say(&message)).ok();
        return exit::PROBLEMS;
    }
    let name = |p: &Path| {
        p.file_name().map_or_else(
            || p.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        )
    };
    let report = crate::compare::report(&d, (&name(left), &l), (&name(right), &r), pillars, to.2);
    write_report(&report, to, &[left, right], out, err)
}
