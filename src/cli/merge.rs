//! `poa-review merge MINE THEIRS [--base BASE] --out OUT [--dry-run]` and
//! `poa-review merge-driver %O %A %B %P` (git's merge driver): the merge of [`crate::merge`] on
//! the command line. Inputs are read as the window reads them (`file:line:col` errors) and are
//! never written to, but for git's `%A`, which a merge driver is meant to replace.

use std::io::Write;
use std::path::{Path, PathBuf};

use jiff::Timestamp;

use super::{exit, load_failed, review_with_dataset, say, show};
use crate::edit::describe_evidence;
use crate::io;
use crate::merge::{self, ConflictValues, Merge, Resolution, field_key};
use crate::model::{Review, Subject};
use crate::problem::Problem;

/// What to do with conflicts on the command line, where nobody is asked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum ConflictChoice {
    /// Keep our value in each conflicting field and save the conflicts in the review, to be
    /// answered in the window.
    #[default]
    Keep,
    /// Keep ours and forget theirs.
    Mine,
    /// Take theirs.
    Theirs,
    /// Keep both texts (and both evidence items); levels keep ours.
    Both,
}

/// The inputs of `poa-review merge`.
#[derive(Debug)]
pub struct MergeArgs<'a> {
    /// Our review.
    pub mine: &'a Path,
    /// The colleague's copy.
    pub theirs: &'a Path,
    /// Their common ancestor, if known.
    pub base: Option<&'a Path>,
    /// Where to write the result.
    pub out: &'a Path,
    /// Say what would happen; write nothing.
    pub dry_run: bool,
    /// The dataset, when it is not beside `mine` or built in.
    pub dataset: Option<&'a Path>,
    /// What to do with conflicts.
    pub conflicts: ConflictChoice,
    /// Who merges (recorded in the history).
    pub by: Option<&'a str>,
}

/// Whether two paths name the same file (or would, once `b` is written).
pub(super) fn same_file(a: &Path, b: &Path) -> bool {
    let full = |p: &Path| {
        std::fs::canonicalize(p).unwrap_or_else(|_| {
            // Not there yet: its folder's real path and its name.
            let dir = p.parent().filter(|d| !d.as_os_str().is_empty());
            let dir = dir.map_or_else(|| PathBuf::from("."), Path::to_owned);
            std::fs::canonicalize(&dir)
                .unwrap_or(dir)
                .join(p.file_name().unwrap_or_default())
        })
    };
    full(a) == full(b)
}

/// The name of whoever merges: `--by`, else the name in the settings, else the system user.
pub(super) fn merger(by: Option<&str>) -> String {
    if let Some(by) = by.filter(|b| !b.trim().is_empty()) {
        return by.to_owned();
    }
    let settings = crate::settings::Settings::default_path()
        .map(|p| crate::settings::Settings::load(&p).0)
        .unwrap_or_default();
    settings.editor()
}

/// Reads a review without its dataset (the merge compares datasets itself, to name both).
fn read_review(path: &Path, err: &mut dyn Write) -> Result<Review, u8> {
    io::load_review(path, None)
        .map(|l| l.doc)
        .map_err(|e| load_failed(&e, err))
}

/// Says what a merge found: a summary line and one line per conflict.
pub(super) fn report(m: &Merge, theirs: &Path, out: &mut dyn Write) {
    let name = theirs.display().to_string();
    if m.is_noop() {
        writeln!(out, "{}", say(&msg!("merge-nothing", theirs = name))).ok();
        return;
    }
    let summary = msg!(
        "merge-summary",
        theirs = name,
        taken = m.taken.len(),
        conflicts = m.conflicts.len(),
        history = m.new_history
    );
    writeln!(out, "{}", say(&summary)).ok();
    for c in &m.conflicts {
        let subject = match &c.subject {
            Subject::Commitment(id) | Subject::Group(id) => id.clone(),
            Subject::Review => String::new(),
        };
        let (mine, theirs) = match &c.values {
            ConflictValues::Text { mine, theirs, .. } => (mine.clone(), theirs.clone()),
            ConflictValues::Evidence { mine, theirs, .. } => {
                let describe = |e: &Option<crate::model::EvidenceItem>| {
                    e.as_ref()
                        .map_or_else(|| say(&msg!("merge-evidence-removed")), describe_evidence)
                };
                (describe(mine), describe(theirs))
            }
        };
        let line = msg!(
            "merge-conflict-line",
            subject = subject,
            field = crate::i18n::Arg::Term(field_key(c.field)),
            mine = one_line(&mine),
            theirs = one_line(&theirs)
        );
        writeln!(out, "  {}", say(&line)).ok();
    }
}

/// A text on one line, cut at 60 characters.
fn one_line(text: &str) -> String {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > 60 {
        format!("{}…", flat.chars().take(59).collect::<String>())
    } else {
        flat
    }
}

/// The merged review as the command line leaves it: conflicts answered as `choice` says.
pub(super) fn finish(m: &Merge, choice: ConflictChoice, by: &str, label: &str) -> Review {
    let at = Timestamp::now();
    let all = |r: Resolution| vec![r; m.conflicts.len()];
    match choice {
        ConflictChoice::Keep => m.finish_pending(by, at, label),
        ConflictChoice::Mine => m.finish(&all(Resolution::Mine), by, at, label),
        ConflictChoice::Theirs => m.finish(&all(Resolution::Theirs), by, at, label),
        ConflictChoice::Both => m.finish(&all(Resolution::Both), by, at, label),
    }
}

pub(super) fn text_of(review: &Review, comment: &str, path: &Path) -> Result<String, Problem> {
    io::to_ron_string(review)
        .map(|t| format!("{comment}{t}"))
        .map_err(|e| io::SaveError::Unserialisable(e.to_string()).at(path))
}

/// Writes a merged review to `path` atomically and says so, and how many conflicts were kept
/// in it to answer later; the exit code is "problems" when any were, or when it is not written.
pub(super) fn write_review(
    review: &Review,
    comment: &str,
    path: &Path,
    kept: usize,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let written =
        text_of(review, comment, path).and_then(|text| io::write_atomic(path, text.as_bytes()));
    if let Err(p) = written {
        writeln!(err, "{}", show(&p)).ok();
        return exit::PROBLEMS;
    }
    if kept > 0 {
        writeln!(out, "{}", say(&msg!("merge-conflicts-kept", count = kept))).ok();
    }
    let message = msg!("merge-written", path = path.display().to_string());
    writeln!(out, "{}", say(&message)).ok();
    if kept > 0 {
        exit::PROBLEMS
    } else {
        exit::CLEAN
    }
}

/// `poa-review merge`.
pub fn merge(args: &MergeArgs<'_>, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    let inputs = std::iter::once(args.mine)
        .chain(std::iter::once(args.theirs))
        .chain(args.base);
    if let Some(input) = inputs
        .into_iter()
        .find(|p| !args.dry_run && same_file(p, args.out))
    {
        let p = Problem::file_error(
            args.out,
            msg!("merge-out-is-input", input = input.display().to_string()),
        );
        writeln!(err, "{}", show(&p)).ok();
        return exit::PROBLEMS;
    }
    let (d, mine, comment) = match review_with_dataset(args.mine, args.dataset, None, err) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let theirs = match read_review(args.theirs, err) {
        Ok(r) => r,
        Err(code) => return code,
    };
    let base = match args.base.map(|b| read_review(b, err)).transpose() {
        Ok(b) => b,
        Err(code) => return code,
    };
    let m = match merge::merge(&d, &mine, &theirs, base.as_ref()) {
        Ok(m) => m,
        Err(e) => {
            let p = Problem::file_error(args.theirs, e.message());
            writeln!(err, "{}", show(&p)).ok();
            return exit::PROBLEMS;
        }
    };
    report(&m, args.theirs, out);
    let kept = args.conflicts == ConflictChoice::Keep && !m.conflicts.is_empty();
    if args.dry_run {
        writeln!(out, "{}", say(&msg!("merge-dry-run"))).ok();
        return if kept { exit::PROBLEMS } else { exit::CLEAN };
    }
    let label = args
        .theirs
        .file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned();
    let merged = finish(&m, args.conflicts, &merger(args.by), &label);
    let kept = if kept { m.conflicts.len() } else { 0 };
    write_review(&merged, &comment, args.out, kept, out, err)
}

/// `poa-review merge-driver BASE CURRENT OTHER [PATH]`: git's `%O %A %B %P`. Writes the merge
/// into CURRENT (as git asks of a merge driver) and exits with 0, or with 1 when conflicts
/// are left: they are then saved in the review and git marks the file as conflicted until the
/// reviewer has answered them in the window and added the file.
pub fn merge_driver(
    base: &Path,
    current: &Path,
    other: &Path,
    path: Option<&Path>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> u8 {
    let lookup = path.unwrap_or(current);
    let (d, mine, comment) = match review_with_dataset(current, None, Some(lookup), err) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let (theirs, base) = match (read_review(other, err), read_review(base, err)) {
        (Ok(t), Ok(b)) => (t, b),
        (Err(code), _) | (_, Err(code)) => return code,
    };
    let m = match merge::merge(&d, &mine, &theirs, Some(&base)) {
        Ok(m) => m,
        Err(e) => {
            let p = Problem::file_error(lookup, e.message());
            writeln!(err, "{}", show(&p)).ok();
            return exit::PROBLEMS;
        }
    };
    let label = path.unwrap_or(other).display().to_string();
    report(&m, Path::new(&label), out);
    let merged = finish(&m, ConflictChoice::Keep, &merger(None), &label);
    // Git's temporary file: no `.bak` beside it.
    let written = text_of(&merged, &comment, current)
        .and_then(|text| io::write_export(current, text.as_bytes(), &|_| false));
    if let Err(p) = written {
        writeln!(err, "{}", show(&p)).ok();
        return exit::PROBLEMS;
    }
    if m.conflicts.is_empty() {
        exit::CLEAN
    } else {
        exit::PROBLEMS
    }
}
