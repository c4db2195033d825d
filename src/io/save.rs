//! Atomic saving: the target file is always either the old or the new version, never a mix.
//!
//! The new content goes to a temporary file in the same folder, which is flushed to disk
//! (`fsync`) and then renamed over the target; the folder is synced so the rename is durable.
//! A document's previous version is kept beside it as `NAME.bak`; an export keeps none (see
//! [`write_export`]).

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use serde::Serialize;

use super::document::{io_message, to_ron_string};
use crate::i18n::{Arg, Localised};
use crate::problem::Problem;

/// The step of a save that failed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveStep {
    /// Creating the temporary file beside the target.
    Temporary,
    /// Writing the content.
    Writing,
    /// Flushing the file to disk.
    Flushing,
    /// Keeping the previous version as `NAME.bak`.
    Backup,
    /// Renaming the temporary file over the target.
    Replacing,
    /// Flushing the folder (so the rename is durable).
    Folder,
    /// Taking the document's lock.
    Locking,
}

impl SaveStep {
    /// The step's message key (a noun phrase put into [`SaveError::Step`]'s sentence).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Temporary => key!("save-step-temporary"),
            Self::Writing => key!("save-step-writing"),
            Self::Flushing => key!("save-step-flushing"),
            Self::Backup => key!("save-step-backup"),
            Self::Replacing => key!("save-step-replacing"),
            Self::Folder => key!("save-step-folder"),
            Self::Locking => key!("save-step-locking"),
        }
    }
}

/// Why a file could not be saved. `Display` is the English message; [`SaveError::message`]
/// is the message to render in the interface language.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message())]
pub enum SaveError {
    /// A step failed; `reason` is the system's own words.
    Step {
        /// Which step.
        step: SaveStep,
        /// Why (from [`io_message`]).
        reason: Localised,
    },
    /// The path has no file name.
    NotAFileName,
    /// The path is a folder.
    PathIsFolder(PathBuf),
    /// The folder to write into does not exist.
    FolderMissing(PathBuf),
    /// The "folder" to write into is a file.
    FolderIsFile(PathBuf),
    /// The document could not be turned into text.
    Unserialisable(String),
}

impl SaveError {
    /// The message, to render in the interface language.
    #[must_use]
    pub fn message(&self) -> Localised {
        let shown = |p: &Path| p.display().to_string();
        match self {
            Self::Step { step, reason } => {
                msg!(
                    "save-failed-step",
                    step = Arg::Term(step.key()),
                    reason = reason
                )
            }
            Self::NotAFileName => msg!("save-not-a-file-name"),
            Self::PathIsFolder(p) => msg!("save-path-is-folder", path = shown(p)),
            Self::FolderMissing(d) => msg!("save-folder-missing", folder = shown(d)),
            Self::FolderIsFile(d) => msg!("save-folder-is-file", folder = shown(d)),
            Self::Unserialisable(e) => msg!("save-unserialisable", reason = e),
        }
    }

    /// The error as a problem with `path`.
    #[must_use]
    pub fn at(&self, path: &Path) -> Problem {
        Problem::file_error(path, self.message())
    }
}

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// The backup kept beside a saved file: `NAME.bak`.
#[must_use]
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Saves a document as canonical RON (see [`to_ron_string`]), atomically, keeping `NAME.bak`.
pub fn save_document<T: Serialize>(path: &Path, doc: &T) -> Result<(), Problem> {
    let text = to_ron_string(doc).map_err(|e| SaveError::Unserialisable(e.to_string()).at(path))?;
    write_atomic(path, text.as_bytes())
}

/// Writes `bytes` to `path` atomically, keeping the previous version as `NAME.bak`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Problem> {
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// Writes to `path` atomically with a writer callback, keeping the previous version as
/// `NAME.bak`. If the callback (or anything after it) fails, the temporary file is removed and
/// the target is left exactly as it was.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), Problem> {
    replace(path, write, true)
}

/// Writes an export (a briefing, a matrix, a chart) to `path` atomically, keeping no `.bak`.
///
/// An export is not a document: it is made from one and handed on, and a `.bak` of it would
/// hand on the previous copy too (an internal briefing's private talking points beside the
/// shareable one written over it). Earlier versions kept one, so a `NAME.bak` left beside
/// `path` is removed when it is ours, that is when all of these hold:
/// - it is named exactly `NAME.bak` after the file written now;
/// - it is a regular file, not a folder or a symbolic link, of at most
///   [`MAX_FILE_BYTES`](super::MAX_FILE_BYTES) (it is read whole to be recognised);
/// - `ours(content)` says that its content is recognisably this program's own export of the
///   same format (the export decides; see `export::output::recognisably_ours`).
///
/// Anything else called `NAME.bak` is a user's file and stays. Removing is best effort: a
/// `.bak` that cannot be read or removed stays, and the export still succeeds.
pub fn write_export(
    path: &Path,
    bytes: &[u8],
    ours: &dyn Fn(&[u8]) -> bool,
) -> Result<(), Problem> {
    replace(path, |w| w.write_all(bytes), false)?;
    remove_our_backup(path, ours);
    Ok(())
}

/// Removes `NAME.bak` beside `path` if it is ours (the rule is on [`write_export`]); returns
/// whether it did.
pub fn remove_our_backup(path: &Path, ours: &dyn Fn(&[u8]) -> bool) -> bool {
    let bak = backup_path(path);
    let Ok(meta) = fs::symlink_metadata(&bak) else {
        return false;
    };
    if !meta.file_type().is_file() || meta.len() > super::MAX_FILE_BYTES {
        return false;
    }
    match fs::read(&bak) {
        Ok(content) if ours(&content) => fs::remove_file(&bak).is_ok(),
        _ => false,
    }
}

/// What is wrong with writing to `path`, where that can be told before trying: its folder is
/// missing or is a file, or `path` is a folder.
fn unwritable(path: &Path, dir: &Path) -> Option<SaveError> {
    if path.is_dir() {
        return Some(SaveError::PathIsFolder(path.to_owned()));
    }
    match fs::metadata(dir) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            Some(SaveError::FolderMissing(dir.to_owned()))
        }
        Ok(m) if !m.is_dir() => Some(SaveError::FolderIsFile(dir.to_owned())),
        _ => None,
    }
}

/// Replaces `path` atomically with what `write` writes, keeping `NAME.bak` if `backup`.
fn replace(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    backup: bool,
) -> Result<(), Problem> {
    let fail = |step: SaveStep, e: &io::Error| {
        SaveError::Step {
            step,
            reason: io_message(e),
        }
        .at(path)
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| SaveError::NotAFileName.at(path))?;
    if let Some(why) = unwritable(path, &dir) {
        return Err(why.at(path));
    }
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(
        ".tmp-{}-{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let tmp = dir.join(tmp_name);

    let result = (|| {
        let file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)
            .map_err(|e| fail(SaveStep::Temporary, &e))?;
        let mut w = BufWriter::new(file);
        write(&mut w).map_err(|e| fail(SaveStep::Writing, &e))?;
        let file = w
            .into_inner()
            .map_err(|e| fail(SaveStep::Writing, e.error()))?;
        file.sync_all().map_err(|e| fail(SaveStep::Flushing, &e))?;
        drop(file);
        if backup && path.exists() {
            keep_backup(path).map_err(|e| fail(SaveStep::Backup, &e))?;
        }
        fs::rename(&tmp, path).map_err(|e| fail(SaveStep::Replacing, &e))?;
        sync_dir(&dir).map_err(|e| fail(SaveStep::Folder, &e))
    })();
    if result.is_err() {
        fs::remove_file(&tmp).ok();
    } else {
        remove_stale_temporaries(&dir, name);
    }
    result
}

/// How old another process's temporary file must be before a save clears it away.
const STALE: std::time::Duration = std::time::Duration::from_mins(10);

/// Removes what an interrupted save of `name` left in `dir` (the process was killed or the
/// machine lost power between creating its temporary file and renaming it): `.NAME.tmp-PID-N`
/// and `NAME.bak.tmp-PID` of other processes, once they are ten minutes old. Such files are never
/// read; a younger one may belong to a save still under way elsewhere, and this process's own
/// are its saves in progress. Best effort: a file that cannot be removed stays.
fn remove_stale_temporaries(dir: &Path, name: &std::ffi::OsStr) {
    let name = name.to_string_lossy();
    let ours = std::process::id().to_string();
    let hidden = format!(".{name}.tmp-");
    let backup = format!("{name}.bak.tmp-");
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        let pid = if let Some(rest) = file_name.strip_prefix(&hidden) {
            rest.split('-').next().unwrap_or_default()
        } else if let Some(rest) = file_name.strip_prefix(&backup) {
            rest
        } else {
            continue;
        };
        if pid.is_empty() || !pid.bytes().all(|b| b.is_ascii_digit()) || pid == ours {
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age >= STALE);
        if old {
            fs::remove_file(entry.path()).ok();
        }
    }
}

/// Copies the current file to `NAME.bak`, itself atomically (copy to a temporary, rename).
fn keep_backup(path: &Path) -> io::Result<()> {
    let bak = backup_path(path);
    let mut tmp_name = bak.file_name().unwrap_or_default().to_os_string();
    tmp_name.push(format!(".tmp-{}", std::process::id()));
    let tmp = bak.with_file_name(tmp_name);
    let result = fs::copy(path, &tmp)
        .and_then(|_| File::open(&tmp)?.sync_all())
        .and_then(|()| fs::rename(&tmp, &bak));
    if result.is_err() {
        fs::remove_file(&tmp).ok();
    }
    result
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> io::Result<()> {
    // Windows cannot open a folder as a file; the rename is flushed with the file system.
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_save_clears_what_interrupted_saves_left_but_not_saves_under_way() {
        let dir = tempfile::tempdir().expect("temporary folder");
        let path = dir.path().join("x.review.ron");
        write_atomic(&path, b"one").expect("first save");
        let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_hours(1);
        let make = |name: &str, old: bool| {
            let p = dir.path().join(name);
            let f = File::create(&p).expect("created");
            if old {
                f.set_modified(hour_ago).expect("dated");
            }
            p
        };
        let stale = make(".x.review.ron.tmp-4000001-3", true);
        let stale_backup = make("x.review.ron.bak.tmp-4000002", true);
        let fresh = make(".x.review.ron.tmp-4000003-0", false);
        let own = make(
            &format!(".x.review.ron.tmp-{}-99", std::process::id()),
            true,
        );
        let other_file = make(".y.review.ron.tmp-4000004-1", true);
        let not_ours = make(".x.review.ron.tmp-notes", true);
        write_atomic(&path, b"two").expect("second save");
        assert_eq!(fs::read(&path).expect("read"), b"two");
        assert!(!stale.exists(), "a stale temporary file was left");
        assert!(!stale_backup.exists(), "a stale backup temporary was left");
        for kept in [&fresh, &own, &other_file, &not_ours] {
            assert!(kept.exists(), "{} was removed", kept.display());
        }
    }
}
