//! Atomic saving: the target file is always either the old or the new version, never a mix.
//!
//! The new content goes to a temporary file in the same folder, which is flushed to disk
//! (`fsync`) and then renamed over the target; the folder is synced so the rename is durable.
//! The previous version is kept beside it as `NAME.bak`.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use serde::Serialize;

use super::document::{io_message, to_ron_string};
use crate::problem::Problem;

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
    let text = to_ron_string(doc)
        .map_err(|e| Problem::file_error(path, format!("could not write the document: {e}")))?;
    write_atomic(path, text.as_bytes())
}

/// Writes `bytes` to `path` atomically, keeping the previous version as `NAME.bak`.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Problem> {
    write_atomic_with(path, |w| w.write_all(bytes))
}

/// Writes to `path` atomically with a writer callback. If the callback (or anything after it)
/// fails, the temporary file is removed and the target is left exactly as it was.
pub fn write_atomic_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> Result<(), Problem> {
    let fail = |what: &str, e: &io::Error| {
        Problem::file_error(path, format!("could not save ({what}): {}", io_message(e)))
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| Problem::file_error(path, "could not save: this is not a file name"))?;
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
            .map_err(|e| fail("creating a temporary file", &e))?;
        let mut w = BufWriter::new(file);
        write(&mut w).map_err(|e| fail("writing", &e))?;
        let file = w.into_inner().map_err(|e| fail("writing", e.error()))?;
        file.sync_all().map_err(|e| fail("flushing to disk", &e))?;
        drop(file);
        if path.exists() {
            keep_backup(path).map_err(|e| fail("keeping the previous version as .bak", &e))?;
        }
        fs::rename(&tmp, path).map_err(|e| fail("replacing the file", &e))?;
        sync_dir(&dir).map_err(|e| fail("flushing the folder", &e))
    })();
    if result.is_err() {
        fs::remove_file(&tmp).ok();
    }
    result
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
