//! An open review: its dataset, the review itself, where it lives on disk, its lock, undo
//! history and saved state. No GUI; the window drives it through [`Workspace::apply`] and the
//! save functions.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use jiff::Timestamp;

use crate::edit::{Edit, EditError, UndoStack};
use crate::io::resolve::DatasetOrigin;
use crate::io::{
    self, DocumentLock, LoadError, LoadProgress, LockError, OpenOptions, Opened, ReadOnly,
    ReviewDataset,
};
use crate::model::{Dataset, DatasetRef, Review};
use crate::problem::Problem;
use crate::sample;

/// An open review and everything needed to edit and save it.
#[derive(Debug)]
pub struct Workspace {
    /// The dataset (read-only).
    pub dataset: Dataset,
    /// Where the dataset came from.
    pub dataset_origin: DatasetOrigin,
    /// The review being edited.
    pub review: Review,
    /// The review's file; `None` until first saved.
    pub path: Option<PathBuf>,
    /// Why the review is read-only (someone else holds its lock, …), if it is.
    pub read_only: Option<ReadOnly>,
    /// Warnings found when it was opened (a changed dataset, …).
    pub warnings: Vec<Problem>,
    /// Who makes the edits, for the history.
    pub editor: String,
    /// The comment block the review's file started with (see [`io::leading_comment`]),
    /// written back in front of the review on every save; empty for a new review.
    pub leading_comment: String,
    undo: UndoStack,
    revision: u64,
    saved_revision: u64,
    lock: Option<DocumentLock>,
    disk_stamp: Option<DiskStamp>,
}

/// What a file looked like on disk (when we last read or wrote it, or now).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DiskStamp {
    modified: SystemTime,
    len: u64,
}

/// The file at `path` as it is on disk now (`None`: it cannot be read).
#[must_use]
pub fn stamp(path: &Path) -> Option<DiskStamp> {
    let m = std::fs::metadata(path).ok()?;
    Some(DiskStamp {
        modified: m.modified().ok()?,
        len: m.len(),
    })
}

/// A new, empty review of `dataset`.
#[must_use]
pub fn empty_review(dataset: &Dataset, delegation: &str) -> Review {
    Review::new(
        delegation,
        DatasetRef {
            id: dataset.metadata.id.clone(),
            version: dataset.metadata.version.clone(),
            content_hash: io::content_hash(dataset).unwrap_or_default(),
        },
    )
}

/// Removes a recovery file and the `.bak` that earlier versions kept beside it (recovery
/// files are now written without one). Best effort: what cannot be removed stays.
pub fn remove_recovery(recovery: &Path) {
    std::fs::remove_file(recovery).ok();
    std::fs::remove_file(io::backup_path(recovery)).ok();
}

/// The recovery file kept beside a document while it has unsaved changes: `NAME.recovery`.
#[must_use]
pub fn recovery_path(document: &Path) -> PathBuf {
    let mut name = document.file_name().unwrap_or_default().to_os_string();
    name.push(".recovery");
    document.with_file_name(name)
}

impl Workspace {
    /// A new, untitled review of a dataset.
    #[must_use]
    pub fn new_review(dataset: Dataset, origin: DatasetOrigin, editor: &str) -> Self {
        let review = empty_review(&dataset, "");
        Self::from_parts(dataset, origin, review, None, editor)
    }

    /// A new, untitled review of the built-in sample dataset.
    pub fn new_sample(editor: &str) -> Result<Self, LoadError> {
        Ok(Self::new_review(
            sample::dataset()?,
            DatasetOrigin::BuiltIn,
            editor,
        ))
    }

    fn from_parts(
        dataset: Dataset,
        origin: DatasetOrigin,
        review: Review,
        path: Option<PathBuf>,
        editor: &str,
    ) -> Self {
        let disk_stamp = path.as_deref().and_then(stamp);
        Self {
            dataset,
            dataset_origin: origin,
            review,
            path,
            read_only: None,
            warnings: Vec::new(),
            editor: editor.to_owned(),
            leading_comment: String::new(),
            undo: UndoStack::default(),
            revision: 0,
            saved_revision: 0,
            lock: None,
            disk_stamp,
        }
    }

    /// A new, untitled review of the dataset in `path` (which must be a dataset).
    pub fn new_from_dataset_file(path: &Path, editor: &str) -> Result<Self, LoadError> {
        Self::new_from_dataset_file_with_progress(path, editor, &LoadProgress::default())
    }

    /// [`Self::new_from_dataset_file`], reporting how far it has come to `progress`.
    pub fn new_from_dataset_file_with_progress(
        path: &Path,
        editor: &str,
        progress: &LoadProgress,
    ) -> Result<Self, LoadError> {
        let options = OpenOptions {
            kind: Some(io::DocKind::Dataset),
            dataset: None,
            progress: Some(progress),
            ..OpenOptions::default()
        };
        match io::open(path, &options).map_err(io::OpenError::into_load_error)? {
            Opened::Dataset(loaded) => Ok(Self::new_from_dataset(path, loaded, editor)),
            // Not reached (opened as a dataset); reading it as one again is the safe answer.
            Opened::Review(_) => Ok(Self::new_from_dataset(
                path,
                io::load_dataset(path)?,
                editor,
            )),
        }
    }

    /// A new, untitled review of the dataset loaded from `path`.
    fn new_from_dataset(path: &Path, loaded: io::Loaded<Dataset>, editor: &str) -> Self {
        let mut ws = Self::new_review(loaded.doc, DatasetOrigin::File(path.to_owned()), editor);
        ws.warnings = loaded.warnings;
        ws
    }

    /// Opens a file with [`io::open`]: a review (with its dataset) or a dataset (which starts
    /// a new, untitled review of it). A review held by another instance opens read-only.
    pub fn open(path: &Path, editor: &str) -> Result<Self, LoadError> {
        Self::open_with_progress(path, editor, &LoadProgress::default())
    }

    /// [`Self::open`], reporting how far it has come to `progress` (for the loading screen).
    pub fn open_with_progress(
        path: &Path,
        editor: &str,
        progress: &LoadProgress,
    ) -> Result<Self, LoadError> {
        let options = OpenOptions {
            progress: Some(progress),
            ..OpenOptions::default()
        };
        let opened = match io::open(path, &options).map_err(io::OpenError::into_load_error)? {
            Opened::Dataset(loaded) => return Ok(Self::new_from_dataset(path, loaded, editor)),
            Opened::Review(r) => r,
        };
        let (dataset, origin) = match opened.dataset {
            ReviewDataset::Found { dataset, origin } => (dataset, origin),
            ReviewDataset::Missing { id, version } => {
                return Err(LoadError::Invalid(vec![Problem::file_error(
                    path,
                    msg!("save-review-dataset-missing", id = id, version = version),
                )]));
            }
        };
        let mut ws = Self::from_parts(
            dataset,
            origin,
            opened.review,
            Some(path.to_owned()),
            editor,
        );
        ws.warnings = opened.warnings;
        ws.leading_comment = opened.leading_comment;
        match DocumentLock::acquire(path, &io::lock::this_process_as(editor)) {
            Ok(lock) => ws.lock = Some(lock),
            Err(e) => ws.read_only = Some(e.into()),
        }
        Ok(ws)
    }

    /// Applies an edit (refused when read-only). Returns whether anything changed.
    pub fn apply(&mut self, edit: &Edit, at: Timestamp) -> Result<bool, EditError> {
        if self.read_only.is_some() {
            return Ok(false);
        }
        let changed = self
            .undo
            .apply(edit, &self.dataset, &mut self.review, &self.editor, at)?;
        if changed {
            self.revision += 1;
        }
        Ok(changed)
    }

    /// Undoes the last edit; returns it (to select what changed).
    pub fn undo(&mut self, at: Timestamp) -> Result<Option<Edit>, EditError> {
        self.travel(false, at)
    }

    /// Redoes the last undone edit.
    pub fn redo(&mut self, at: Timestamp) -> Result<Option<Edit>, EditError> {
        self.travel(true, at)
    }

    fn travel(&mut self, forward: bool, at: Timestamp) -> Result<Option<Edit>, EditError> {
        if self.read_only.is_some() {
            return Ok(None);
        }
        let (d, r, by) = (&self.dataset, &mut self.review, &self.editor);
        let e = if forward {
            self.undo.redo(d, r, by, at)?
        } else {
            self.undo.undo(d, r, by, at)?
        };
        if e.is_some() {
            self.revision += 1;
        }
        Ok(e)
    }

    /// Whether there is an edit to undo.
    #[must_use]
    pub fn can_undo(&self) -> bool {
        self.read_only.is_none() && self.undo.can_undo()
    }

    /// Whether there is an edit to redo.
    #[must_use]
    pub fn can_redo(&self) -> bool {
        self.read_only.is_none() && self.undo.can_redo()
    }

    /// Whether there are changes not yet saved.
    #[must_use]
    pub fn is_dirty(&self) -> bool {
        self.revision != self.saved_revision
    }

    /// A number that changes with every edit; saves report which revision they wrote.
    #[must_use]
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// The name shown in the title bar.
    #[must_use]
    pub fn display_name(&self) -> String {
        self.path.as_ref().and_then(|p| p.file_name()).map_or_else(
            || "Untitled review".to_owned(),
            |n| n.to_string_lossy().into_owned(),
        )
    }

    /// The review as it would be saved: the file's leading comment, then the canonical text.
    pub fn canonical_text(&self) -> Result<String, Problem> {
        let text = io::to_ron_string(&self.review).map_err(|e| {
            Problem::file_error(
                self.path.as_deref().unwrap_or(Path::new("review")),
                msg!("save-review-unserialisable", reason = e.to_string()),
            )
        })?;
        Ok(format!("{}{text}", self.leading_comment))
    }

    /// Prepares a save to `path`: takes the lock of a new path (so nobody else edits the file
    /// we are about to write). Refused when the file is held elsewhere.
    pub fn prepare_save(&mut self, path: &Path) -> Result<(), Problem> {
        if self.path.as_deref() == Some(path) {
            if let Some(why) = &self.read_only {
                return Err(Problem::file_error(
                    path,
                    msg!("save-read-only", why = why.message()),
                ));
            }
            return Ok(());
        }
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty())
            && !dir.is_dir()
        {
            return Err(Problem::file_error(
                path,
                msg!("save-no-folder", folder = dir.display().to_string()),
            ));
        }
        match DocumentLock::acquire(path, &io::lock::this_process_as(&self.editor)) {
            Ok(lock) => {
                self.lock = Some(lock);
                Ok(())
            }
            Err(LockError::Held { holder, .. }) => Err(Problem::file_error(
                path,
                msg!(
                    "save-held-elsewhere",
                    holder = io::lock::holder_message(&holder)
                ),
            )),
            Err(LockError::Io { message, .. }) => Err(io::SaveError::Step {
                step: io::SaveStep::Locking,
                reason: message,
            }
            .at(path)),
        }
    }

    /// Records a successful save of `revision` to `path` (the review's new home).
    pub fn finish_save(&mut self, path: &Path, revision: u64) {
        if self.path.as_deref() != Some(path) {
            self.read_only = None;
        }
        if let Some(old) = self.path.replace(path.to_owned()).filter(|old| old != path) {
            remove_recovery(&recovery_path(&old));
        }
        self.saved_revision = revision;
        self.disk_stamp = stamp(path);
        remove_recovery(&recovery_path(path));
    }

    /// Saves to `path` on this thread (the command line and tests; the window saves in the
    /// background with the same steps).
    pub fn save_as(&mut self, path: &Path) -> Result<(), Problem> {
        self.prepare_save(path)?;
        let text = self.canonical_text()?;
        io::write_atomic(path, text.as_bytes())?;
        self.finish_save(path, self.revision);
        Ok(())
    }

    /// Lets go of the file's lock (before reopening the same file).
    pub fn release_lock(&mut self) {
        self.lock = None;
    }

    /// Takes the file's lock again after [`Self::release_lock`]; read-only if someone took it.
    pub fn relock(&mut self) {
        if self.lock.is_some() || self.read_only.is_some() {
            return;
        }
        if let Some(path) = &self.path {
            match DocumentLock::acquire(path, &io::lock::this_process_as(&self.editor)) {
                Ok(lock) => self.lock = Some(lock),
                Err(e) => self.read_only = Some(e.into()),
            }
        }
    }

    /// Whether the file changed on disk since we last read or wrote it.
    #[must_use]
    pub fn changed_on_disk(&self) -> bool {
        self.path
            .as_deref()
            .is_some_and(|p| self.differs_from(stamp(p)))
    }

    /// Whether `now` (the file as read on disk, maybe by a worker thread) differs from what we
    /// last read or wrote; a file that cannot be read counts as unchanged.
    #[must_use]
    pub fn differs_from(&self, now: Option<DiskStamp>) -> bool {
        match (self.disk_stamp, now) {
            (Some(then), Some(now)) => now != then,
            _ => false,
        }
    }

    /// What we last read or wrote at the review's path.
    #[must_use]
    pub fn disk_stamp(&self) -> Option<DiskStamp> {
        self.disk_stamp
    }

    /// Forget a change on disk (the user chose to keep this version).
    pub fn acknowledge_disk_change(&mut self) {
        self.disk_stamp = self.path.as_deref().and_then(stamp);
    }

    /// Replaces the review with one recovered from an autosave; it counts as unsaved.
    pub fn recover(&mut self, review: Review) {
        self.review = review;
        self.undo.clear();
        self.revision += 1;
    }

    /// The recovery file for this review: beside the file, or `untitled_dir/untitled.review.ron.recovery`.
    #[must_use]
    pub fn recovery_file(&self, untitled_dir: &Path) -> PathBuf {
        self.path.as_deref().map_or_else(
            || untitled_dir.join("untitled.review.ron.recovery"),
            recovery_path,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dirty_until_saved_and_reopened_identically() {
        let dir = tempfile::tempdir().unwrap();
        let mut ws = Workspace::new_sample("Ana").unwrap();
        assert!(!ws.is_dirty());
        let t: Timestamp = "2026-11-29T10:00:00Z".parse().unwrap();
        ws.apply(
            &Edit::Status {
                commitment: "a68-126-89a".into(),
                status: "achieved".into(),
            },
            t,
        )
        .unwrap();
        assert!(ws.is_dirty());
        let path = dir.path().join("mine.review.ron");
        ws.save_as(&path).unwrap();
        assert!(!ws.is_dirty());
        assert_eq!(ws.display_name(), "mine.review.ron");
        let saved = std::fs::read_to_string(&path).unwrap();
        drop(ws);
        let again = Workspace::open(&path, "Ben").unwrap();
        assert_eq!(again.dataset_origin, DatasetOrigin::BuiltIn);
        assert_eq!(again.review.assessments["a68-126-89a"].status, "achieved");
        assert_eq!(again.canonical_text().unwrap(), saved);
        assert!(again.read_only.is_none());
        // A second instance opens it read-only and may not edit.
        let mut second = Workspace::open(&path, "Cleo").unwrap();
        assert!(
            matches!(&second.read_only, Some(ReadOnly::LockedBy { holder }) if holder.contains("process"))
        );
        assert!(
            !second
                .apply(
                    &Edit::Notes {
                        commitment: "a68-126-89a".into(),
                        text: "x".into()
                    },
                    t
                )
                .unwrap()
        );
        assert!(second.prepare_save(&path).is_err());
    }

    #[test]
    fn notices_changes_on_disk() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.review.ron");
        let mut ws = Workspace::new_sample("Ana").unwrap();
        ws.save_as(&path).unwrap();
        assert!(!ws.changed_on_disk());
        let mut text = std::fs::read_to_string(&path).unwrap();
        text.push_str("// edited elsewhere\n");
        std::fs::write(&path, text).unwrap();
        assert!(ws.changed_on_disk());
        ws.acknowledge_disk_change();
        assert!(!ws.changed_on_disk());
    }
}
