//! The support log: what the window logs (warnings and errors from poa-review and the
//! libraries under it: the graphics back-end, file dialogs) also goes to `poa-review.log` in the
//! `logs` folder of the data folder, so that a delegation's IT officer can send it. It is rotated
//! when the window starts (the last [`KEEP`] files are kept) and capped within a session.
//!
//! What poa-review logs are paths, ids, cell names and error texts, never a review's content:
//! no notes, talking points, narratives or evidence text go through the log (see
//! `docs/architecture.md`).

use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// The log file's name.
pub const FILE_NAME: &str = "poa-review.log";
/// A log file this large is rotated when the window starts.
pub const ROTATE_BYTES: u64 = 1024 * 1024;
/// How many rotated files are kept (`poa-review.1.log` … `poa-review.3.log`).
pub const KEEP: usize = 3;
/// At most this much is written to the file in one session (a stream of the same warning must
/// not fill the disk); the rest still goes to the terminal.
pub const SESSION_BYTES: u64 = 4 * 1024 * 1024;

/// The logs folder of a data folder.
#[must_use]
pub fn folder(data_dir: &Path) -> PathBuf {
    data_dir.join("logs")
}

fn rotated(dir: &Path, n: usize) -> PathBuf {
    dir.join(format!("poa-review.{n}.log"))
}

/// Opens the log file in `dir` for appending, creating the folder; when the file has reached
/// [`ROTATE_BYTES`], it becomes `poa-review.1.log` (and so on up to [`KEEP`]) first.
///
/// # Errors
/// When the folder or the file cannot be created or opened.
pub fn open(dir: &Path) -> io::Result<File> {
    std::fs::create_dir_all(dir)?;
    let current = dir.join(FILE_NAME);
    let full = std::fs::metadata(&current).is_ok_and(|m| m.len() >= ROTATE_BYTES);
    if full {
        for n in (1..KEEP).rev() {
            let from = rotated(dir, n);
            if from.exists() {
                std::fs::rename(&from, rotated(dir, n + 1))?;
            }
        }
        std::fs::rename(&current, rotated(dir, 1))?;
    }
    OpenOptions::new().create(true).append(true).open(current)
}

/// Where log lines go: the terminal, and the log file while the session's share lasts.
pub struct Tee<W: Write> {
    terminal: W,
    file: Option<File>,
    written: u64,
}

impl<W: Write> Tee<W> {
    /// Lines to `terminal` and, if given, to `file`.
    #[must_use]
    pub fn new(terminal: W, file: Option<File>) -> Self {
        Self {
            terminal,
            file,
            written: 0,
        }
    }
}

impl<W: Write> Write for Tee<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        // The terminal may be gone (started from a desktop entry): the file still gets it.
        self.terminal.write_all(buf).ok();
        let len = u64::try_from(buf.len()).unwrap_or(u64::MAX);
        if let Some(f) = &mut self.file
            && self.written.saturating_add(len) <= SESSION_BYTES
        {
            f.write_all(buf)?;
            self.written = self.written.saturating_add(len);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.terminal.flush().ok();
        match &mut self.file {
            Some(f) => f.flush(),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_full_log_is_rotated_at_start_and_only_the_last_files_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        let logs = folder(dir.path());
        for round in 0..5u8 {
            let mut f = open(&logs).unwrap();
            f.write_all(&vec![b'a' + round; usize::try_from(ROTATE_BYTES).unwrap()])
                .unwrap();
        }
        let mut names: Vec<String> = std::fs::read_dir(&logs)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        assert_eq!(
            names,
            [
                "poa-review.1.log",
                "poa-review.2.log",
                "poa-review.3.log",
                "poa-review.log"
            ]
        );
        // The newest is the current file; the oldest kept is the third round's.
        let first = |p: PathBuf| std::fs::read(p).unwrap()[0];
        assert_eq!(first(logs.join(FILE_NAME)), b'e');
        assert_eq!(first(rotated(&logs, 1)), b'd');
        assert_eq!(first(rotated(&logs, 3)), b'b');
    }

    #[test]
    fn the_file_gets_lines_until_the_sessions_share_is_used() {
        let dir = tempfile::tempdir().unwrap();
        let file = open(dir.path()).unwrap();
        let mut terminal = Vec::new();
        {
            let mut tee = Tee::new(&mut terminal, Some(file));
            let line = vec![b'x'; 1024];
            for _ in 0..(SESSION_BYTES / 1024 + 10) {
                tee.write_all(&line).unwrap();
            }
            tee.flush().unwrap();
        }
        let on_disk = std::fs::metadata(dir.path().join(FILE_NAME)).unwrap().len();
        assert_eq!(on_disk, SESSION_BYTES);
        assert_eq!(
            u64::try_from(terminal.len()).unwrap(),
            SESSION_BYTES + 10 * 1024,
            "the terminal gets everything"
        );
    }
}
