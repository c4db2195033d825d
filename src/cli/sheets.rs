//! `poa-review pack REVIEW --out PACK.xlsx` (an input pack for a ministry) and
//! `poa-review import-reply REVIEW PACK.xlsx... --out OUT` (their replies merged in): the
//! spreadsheets of [`crate::sheets`] on the command line.

use std::io::Write;
use std::path::Path;

use jiff::Timestamp;

use super::merge::{ConflictChoice, finish, merger, report, same_file, write_review};
use super::{exit, review_with_dataset, say, show};
use crate::i18n::Language;
use crate::io;
use crate::problem::Problem;
use crate::sheets::{PackOptions, Reply, pack};

/// The inputs of `poa-review pack`.
#[derive(Debug)]
pub struct PackArgs<'a> {
    /// The review.
    pub review: &'a Path,
    /// Where to write the pack.
    pub out: &'a Path,
    /// Pillars, groups or sections (empty: all).
    pub scope: &'a [String],
    /// The pack's language.
    pub lang: Language,
    /// Who it is for.
    pub recipient: &'a str,
    /// The dataset, when it is not beside the review or built in.
    pub dataset: Option<&'a Path>,
}

/// `poa-review pack`.
pub fn pack(args: &PackArgs<'_>, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    if same_file(args.review, args.out) {
        let input = args.review.display().to_string();
        let p = Problem::file_error(args.out, msg!("report-out-is-input", input = input));
        writeln!(err, "{}", show(&p)).ok();
        return exit::PROBLEMS;
    }
    let (d, r, _) = match review_with_dataset(args.review, args.dataset, None, err) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let options = PackOptions {
        scope: args.scope.to_vec(),
        lang: args.lang,
        recipient: args.recipient.to_owned(),
        review_file: args
            .review
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned(),
        sent: Timestamp::now(),
    };
    let bytes = match pack::write(&d, &r, &options) {
        Ok(b) => b,
        Err(e) => {
            writeln!(err, "{}", show(&Problem::file_error(args.out, e.message()))).ok();
            return exit::PROBLEMS;
        }
    };
    match io::write_export(args.out, &bytes, &|_| false) {
        Ok(()) => {
            let message = msg!("merge-written", path = args.out.display().to_string());
            writeln!(out, "{}", say(&message)).ok();
            exit::CLEAN
        }
        Err(p) => {
            writeln!(err, "{}", show(&p)).ok();
            exit::PROBLEMS
        }
    }
}

/// The inputs of `poa-review import-reply`.
#[derive(Debug)]
pub struct ImportArgs<'a> {
    /// The review the packs were sent from.
    pub review: &'a Path,
    /// The filled-in packs.
    pub replies: &'a [std::path::PathBuf],
    /// Where to write the result (may be the review itself).
    pub out: &'a Path,
    /// Say what would happen; write nothing.
    pub dry_run: bool,
    /// What to do with conflicts.
    pub conflicts: ConflictChoice,
    /// Who imports (recorded in the history).
    pub by: Option<&'a str>,
    /// The dataset, when it is not beside the review or built in.
    pub dataset: Option<&'a Path>,
}

/// `poa-review import-reply`: each reply in turn, merged into the review as the last left it.
/// Nothing is written when any reply cannot be read.
pub fn import_reply(args: &ImportArgs<'_>, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    if let Some(input) = args
        .replies
        .iter()
        .find(|p| !args.dry_run && same_file(p, args.out))
    {
        let p = Problem::file_error(
            args.out,
            msg!("merge-out-is-input", input = input.display().to_string()),
        );
        writeln!(err, "{}", show(&p)).ok();
        return exit::PROBLEMS;
    }
    let (d, mut review, comment) = match review_with_dataset(args.review, args.dataset, None, err) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let mut replies = Vec::new();
    let mut failed = false;
    for path in args.replies {
        match Reply::read(path, &d, &review) {
            Ok(r) => replies.push(r),
            Err(e) => {
                failed = true;
                for p in &e.0 {
                    writeln!(err, "{}", show(p)).ok();
                }
            }
        }
    }
    if failed {
        return exit::PROBLEMS;
    }
    let by = merger(args.by);
    let mut kept = 0;
    for reply in &replies {
        let m = match reply.merge(&d, &review, Timestamp::now()) {
            Ok(m) => m,
            Err(e) => {
                writeln!(
                    err,
                    "{}",
                    show(&Problem::file_error(&reply.path, e.message()))
                )
                .ok();
                return exit::PROBLEMS;
            }
        };
        report(&m, Path::new(&reply.label()), out);
        if args.conflicts == ConflictChoice::Keep {
            kept += m.conflicts.len();
        }
        review = finish(&m, args.conflicts, &by, &reply.label());
    }
    if args.dry_run {
        writeln!(out, "{}", say(&msg!("merge-dry-run"))).ok();
        return if kept > 0 {
            exit::PROBLEMS
        } else {
            exit::CLEAN
        };
    }
    write_review(&review, &comment, args.out, kept, out, err)
}

/// The inputs of `poa-review import-sheet`.
#[derive(Debug)]
pub struct MatrixArgs<'a> {
    /// The review to bring the matrix into.
    pub review: &'a Path,
    /// The matrix (XLSX, XLS, ODS or CSV).
    pub matrix: &'a Path,
    /// Where to write the result (may be the review itself).
    pub out: &'a Path,
    /// Say what would change; write nothing.
    pub dry_run: bool,
    /// Words not on a scale, mapped: `WORD=LEVEL-ID`.
    pub map: &'a [String],
    /// Who imports (recorded in the history, where a row names no reviewer).
    pub by: Option<&'a str>,
    /// The dataset, when it is not beside the review or built in.
    pub dataset: Option<&'a Path>,
}

/// `--map WORD=LEVEL` arguments as a word map of the dataset's scales; a malformed one or a
/// level on neither scale is said.
fn word_map(
    map: &[String],
    d: &crate::model::Dataset,
    levels: &[String],
    err: &mut dyn Write,
) -> Result<crate::sheets::matrix::WordMap, u8> {
    let mut words = crate::sheets::matrix::WordMap::default();
    for m in map {
        let Some((word, level)) = m.split_once('=') else {
            writeln!(
                err,
                "poa-review: {}",
                say(&msg!("matrix-bad-map", map = m.clone()))
            )
            .ok();
            return Err(exit::PROBLEMS);
        };
        if !words.set_in(d, word.trim(), level.trim()) {
            let message = msg!(
                "matrix-unknown-level",
                map = m.clone(),
                level = level.trim().to_owned(),
                levels = levels.join(", ")
            );
            writeln!(err, "poa-review: {}", say(&message)).ok();
            return Err(exit::PROBLEMS);
        }
    }
    Ok(words)
}

/// `poa-review import-sheet`: an existing matrix brought into the review. Rows that match no
/// commitment are listed; words not on a scale stop the import until they are mapped.
pub fn import_sheet(args: &MatrixArgs<'_>, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    if !args.dry_run && same_file(args.matrix, args.out) {
        let input = args.matrix.display().to_string();
        let p = Problem::file_error(args.out, msg!("merge-out-is-input", input = input));
        writeln!(err, "{}", show(&p)).ok();
        return exit::PROBLEMS;
    }
    let (d, review, comment) = match review_with_dataset(args.review, args.dataset, None, err) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let levels: Vec<String> = d
        .status_scale
        .iter()
        .map(|l| l.id.clone())
        .chain(d.evidence_scale.iter().map(|l| l.id.clone()))
        .collect();
    let words = match word_map(args.map, &d, &levels, err) {
        Ok(w) => w,
        Err(code) => return code,
    };
    let matrix = match crate::sheets::matrix::Matrix::read(args.matrix, &d, &words) {
        Ok(m) => m,
        Err(problems) => {
            for p in &problems {
                writeln!(err, "{}", show(p)).ok();
            }
            return exit::PROBLEMS;
        }
    };
    for w in &matrix.warnings {
        writeln!(err, "{}", show(w)).ok();
    }
    if !matrix.unknown_words.is_empty() {
        for ((_, word), cells) in &matrix.unknown_words {
            let message = msg!(
                "matrix-unknown-word",
                word = word.clone(),
                cells = cells.join(", "),
                levels = levels.join(", ")
            );
            let p = Problem::file_error(args.matrix, message);
            writeln!(err, "{}", show(&p)).ok();
        }
        return exit::PROBLEMS;
    }
    let label = args
        .matrix
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let theirs = matrix.theirs(&d, &review, &label, Timestamp::now());
    let m = match crate::merge::merge(&d, &review, &theirs, Some(&review)) {
        Ok(m) => m,
        Err(e) => {
            writeln!(
                err,
                "{}",
                show(&Problem::file_error(args.matrix, e.message()))
            )
            .ok();
            return exit::PROBLEMS;
        }
    };
    report(&m, args.matrix, out);
    if args.dry_run {
        writeln!(out, "{}", say(&msg!("merge-dry-run"))).ok();
        return exit::CLEAN;
    }
    let merged = finish(&m, ConflictChoice::Keep, &merger(args.by), &label);
    write_review(&merged, &comment, args.out, m.conflicts.len(), out, err)
}

/// `poa-review dataset-from-sheet`: the workbook read and checked; the dataset is written only
/// when no error was found (warnings are printed and do not stop it).
pub fn dataset_from_sheet(book: &Path, to: &Path, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    if same_file(book, to) {
        let input = book.display().to_string();
        let p = Problem::file_error(to, msg!("report-out-is-input", input = input));
        writeln!(err, "{}", show(&p)).ok();
        return exit::PROBLEMS;
    }
    let built = match crate::sheets::book::read(book) {
        Ok(built) => built,
        Err(e) => {
            for p in &e.problems {
                writeln!(err, "{}", show(p)).ok();
            }
            writeln!(err, "poa-review: {}", say(&msg!("book-nothing-written"))).ok();
            return if e.unreadable {
                exit::UNREADABLE
            } else {
                exit::PROBLEMS
            };
        }
    };
    for w in &built.warnings {
        writeln!(err, "{}", show(w)).ok();
    }
    let d = &built.dataset;
    if let Err(p) = io::save_document(to, d) {
        writeln!(err, "{}", show(&p)).ok();
        return exit::PROBLEMS;
    }
    let message = msg!(
        "book-built",
        path = to.display().to_string(),
        id = &d.metadata.id,
        version = &d.metadata.version,
        commitments = d.commitments.len(),
        indicators = d.indicators.len(),
        observations = d.indicators.iter().map(|i| i.series.len()).sum::<usize>()
    );
    writeln!(out, "{}", say(&message)).ok();
    exit::CLEAN
}

/// Writes a workbook made by `make` to `to` (an export: no `.bak` is kept).
fn write_book(
    make: impl FnOnce() -> Result<Vec<u8>, crate::sheets::book::WriteError>,
    to: &Path,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let written = make()
        .map_err(|e| Problem::file_error(to, e.message()))
        .and_then(|bytes| io::write_export(to, &bytes, &|_| false));
    match written {
        Ok(()) => {
            let message = msg!("merge-written", path = to.display().to_string());
            writeln!(out, "{}", say(&message)).ok();
            exit::CLEAN
        }
        Err(p) => {
            writeln!(err, "{}", show(&p)).ok();
            exit::PROBLEMS
        }
    }
}

/// `poa-review dataset-to-sheet`: a dataset (the built-in sample without one) as the workbook
/// `dataset-from-sheet` reads, instructions in `lang`.
pub fn dataset_to_sheet(
    dataset: Option<&Path>,
    to: &Path,
    lang: Language,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    if let Some(input) = dataset.filter(|d| same_file(d, to)) {
        let input = input.display().to_string();
        let p = Problem::file_error(to, msg!("report-out-is-input", input = input));
        writeln!(err, "{}", show(&p)).ok();
        return exit::PROBLEMS;
    }
    let loaded = match dataset {
        Some(path) => io::load_dataset(path).map(|l| l.doc),
        None => crate::sample::dataset(),
    };
    let d = match loaded {
        Ok(d) => d,
        Err(e) => return super::load_failed(&e, err),
    };
    write_book(|| crate::sheets::book::write(&d, lang), to, out, err)
}

/// `poa-review dataset-template`: an empty workbook to build a dataset in.
pub fn dataset_template(to: &Path, lang: Language, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    write_book(|| crate::sheets::book::template(lang), to, out, err)
}
