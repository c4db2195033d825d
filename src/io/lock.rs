//! A lock against a second writer: `NAME.lock` beside the document, held with the operating
//! system's file lock (`File::try_lock`) for as long as the document is open, and holding a line
//! that says who has it.

use std::fs::{File, OpenOptions};
use std::io::{Read as _, Seek as _, SeekFrom, Write as _};
use std::path::{Path, PathBuf};

use super::document::io_message;
use crate::i18n::Localised;

/// A held lock on a document. Released when dropped.
#[derive(Debug)]
pub struct DocumentLock {
    file: File,
    path: PathBuf,
}

/// Why a lock could not be taken. `Display` is the English message; [`LockError::message`] is
/// the message to render in the interface language.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message())]
pub enum LockError {
    /// Someone else holds it.
    Held {
        /// The document.
        document: PathBuf,
        /// Who holds it, as they recorded it (empty when they recorded nothing).
        holder: String,
    },
    /// The lock file could not be created or read.
    Io {
        /// The lock file.
        lock: PathBuf,
        /// What went wrong.
        message: Localised,
    },
}

impl LockError {
    /// The message, to render in the interface language.
    #[must_use]
    pub fn message(&self) -> Localised {
        match self {
            Self::Held { document, holder } => msg!(
                "lock-held",
                document = document.display().to_string(),
                holder = holder_message(holder)
            ),
            Self::Io { lock, message } => msg!(
                "lock-failed",
                lock = lock.display().to_string(),
                reason = message
            ),
        }
    }
}

/// Why an open review is read-only: the reasons there are today all come from its lock.
/// `Display` is the English reason; [`ReadOnly::message`] is the reason to render in the
/// interface language.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message())]
pub enum ReadOnly {
    /// Another instance holds the lock.
    LockedBy {
        /// Who holds it, as they recorded it (empty when they recorded nothing).
        holder: String,
    },
    /// The lock could not be taken (the lock file could not be created or read).
    LockFailed {
        /// What went wrong, with the lock file's path.
        message: Localised,
    },
}

impl ReadOnly {
    /// The reason, to render in the interface language.
    #[must_use]
    pub fn message(&self) -> Localised {
        match self {
            Self::LockedBy { holder } => {
                msg!("read-only-open-elsewhere", holder = holder_message(holder))
            }
            Self::LockFailed { message } => msg!("read-only-lock-failed", reason = message),
        }
    }
}

impl From<LockError> for ReadOnly {
    fn from(e: LockError) -> Self {
        match e {
            LockError::Held { holder, .. } => Self::LockedBy { holder },
            e @ LockError::Io { .. } => Self::LockFailed {
                message: e.message(),
            },
        }
    }
}

/// Who holds a lock, as recorded in its file by [`this_process`] ("USER on HOST, process N,
/// since TIME"), said in the interface language; a line in another form is shown as it is.
#[must_use]
pub fn holder_message(holder: &str) -> Localised {
    let holder = holder.trim();
    if holder.is_empty() {
        return msg!("lock-holder-unknown");
    }
    let parsed = holder.rsplit_once(", since ").and_then(|(rest, since)| {
        let (rest, pid) = rest.rsplit_once(", process ")?;
        let (user, host) = rest.rsplit_once(" on ")?;
        pid.parse::<u32>().ok()?;
        Some(msg!(
            "lock-holder",
            user = user,
            host = host,
            pid = pid,
            since = since
        ))
    });
    parsed.unwrap_or_else(|| Localised::plain(holder))
}

/// The lock file of a document: `NAME.lock`.
#[must_use]
pub fn lock_path(document: &Path) -> PathBuf {
    let mut name = document.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    document.with_file_name(name)
}

/// A description of this process for the lock file: the system user, host, process id and
/// time (see [`this_process_as`] for the reviewer's own name).
#[must_use]
pub fn this_process() -> String {
    this_process_as(&crate::settings::system_user_name())
}

/// A description of this process for the lock file: the reviewer's name (the system user's
/// when it is empty), host, process id and time.
#[must_use]
pub fn this_process_as(name: &str) -> String {
    let user = Some(name.trim())
        .filter(|n| !n.is_empty())
        .map(str::to_owned)
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("USERNAME").ok())
        .unwrap_or_else(|| "unknown user".to_owned());
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
                        holder: holder.to_owned(),
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
            message: msg!("lock-replaced"),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, Translator};

    #[test]
    fn the_holder_and_the_read_only_reason_are_said_in_the_interface_language() {
        let holder = "Ana on laptop-1, process 42, since 2026-12-01T11:00:00Z";
        assert_eq!(holder_message(holder).english(), holder);
        let why = ReadOnly::LockedBy {
            holder: holder.to_owned(),
        };
        assert_eq!(why.to_string(), format!("open elsewhere ({holder})"));
        assert_eq!(
            why.message().render(&Translator::new(Language::Zh)),
            "已在别处打开（Ana，在 laptop-1 上，进程 42，自 2026-12-01T11:00:00Z 起）"
        );
        assert_eq!(
            holder_message("written by hand").english(),
            "written by hand"
        );
        assert_eq!(holder_message("").english(), "holder unknown");
        assert_eq!(this_process().split(", process ").count(), 2);
        let mine = this_process();
        assert_eq!(holder_message(&mine).english(), mine);
    }
}
