//! A lock against a second writer: `NAME.lock` beside the document, held with the operating
//! system's file lock (`File::try_lock`) for as long as the document is open, and holding a line
//! that says who has it.

use std::fs::{File, OpenOptions};
use std::io::{Read as _, Seek as _, SeekFrom, Write as _};
use std::path::{Path, PathBuf};

use super::document::io_message;

/// A held lock on a document. Released when dropped.
#[derive(Debug)]
pub struct DocumentLock {
    file: File,
    path: PathBuf,
}

/// Why a lock could not be taken.
#[derive(Debug, thiserror::Error)]
pub enum LockError {
    /// Someone else holds it.
    #[error(
        "{}: the file is open elsewhere ({holder}); open it read-only, or close it there first",
        document.display()
    )]
    Held {
        /// The document.
        document: PathBuf,
        /// Who holds it, as they recorded it.
        holder: String,
    },
    /// The lock file could not be created or read.
    #[error("{}: could not lock the file: {message}", lock.display())]
    Io {
        /// The lock file.
        lock: PathBuf,
        /// What went wrong.
        message: String,
    },
}

/// Why an open review is read-only: the reasons there are today all come from its lock.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReadOnly {
    /// Another instance holds the lock.
    #[error("open elsewhere ({holder})")]
    LockedBy {
        /// Who holds it, as they recorded it.
        holder: String,
    },
    /// The lock could not be taken (the lock file could not be created or read).
    #[error("could not be locked ({message})")]
    LockFailed {
        /// What went wrong, with the lock file's path.
        message: String,
    },
}

impl From<LockError> for ReadOnly {
    fn from(e: LockError) -> Self {
        match e {
            LockError::Held { holder, .. } => Self::LockedBy { holder },
            e @ LockError::Io { .. } => Self::LockFailed {
                message: e.to_string(),
            },
        }
    }
}

/// The lock file of a document: `NAME.lock`.
#[must_use]
pub fn lock_path(document: &Path) -> PathBuf {
    let mut name = document.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    document.with_file_name(name)
}

/// A description of this process for the lock file: user, host, process id and time.
#[must_use]
pub fn this_process() -> String {
    let user = std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_else(|_| "unknown user".to_owned());
    let host = std::fs::read_to_string("/etc/hostname")
        .ok()
        .map(|h| h.trim().to_owned())
        .filter(|h| !h.is_empty())
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .unwrap_or_else(|| "this computer".to_owned());
    format!(
        "{user} on {host}, process {}, since {}",
        std::process::id(),
        jiff::Timestamp::now()
            .round(jiff::Unit::Second)
            .unwrap_or_default()
    )
}

impl DocumentLock {
    /// Takes the lock of `document`, recording `holder`. Fails at once if someone holds it.
    pub fn acquire(document: &Path, holder: &str) -> Result<Self, LockError> {
        let path = lock_path(document);
        let io_err = |e: &std::io::Error| LockError::Io {
            lock: path.clone(),
            message: io_message(e),
        };
        // The holder removes the lock file when done; if that happened between our open and our
        // lock, we would hold a lock on a removed file, so open again.
        for _ in 0..3 {
            let mut file = OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)
                .map_err(|e| io_err(&e))?;
            match file.try_lock() {
                Ok(()) => {}
                Err(std::fs::TryLockError::WouldBlock) => {
                    let mut holder = String::new();
                    file.read_to_string(&mut holder).ok();
                    let holder = holder.trim();
                    return Err(LockError::Held {
                        document: document.to_owned(),
                        holder: if holder.is_empty() {
                            "holder unknown".to_owned()
                        } else {
                            holder.to_owned()
                        },
                    });
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(io_err(&e)),
            }
            if !same_file(&file, &path) {
                continue;
            }
            file.set_len(0)
                .and_then(|()| file.seek(SeekFrom::Start(0)))
                .and_then(|_| writeln!(file, "{holder}"))
                .and_then(|()| file.sync_all())
                .map_err(|e| io_err(&e))?;
            return Ok(Self { file, path });
        }
        Err(LockError::Io {
            lock: path.clone(),
            message: "the lock file keeps being replaced by another program".to_owned(),
        })
    }

    /// The lock file.
    #[must_use]
    pub fn path(&self) -> &Path {
        &self.path
    }
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> bool {
    // Windows does not let an open file be removed, so the file at `path` is ours.
    path.exists()
}

impl Drop for DocumentLock {
    fn drop(&mut self) {
        // Remove the file while still holding the lock, so nobody reads a stale holder.
        std::fs::remove_file(&self.path).ok();
        self.file.unlock().ok();
    }
}
