//! Datasets from a spreadsheet in the window: File → New dataset from spreadsheet… reads and
//! checks the workbook on a worker thread, lists its problems (each naming its cell) or asks
//! where to save the dataset, writes it atomically and starts a review of it; File → Save a
//! dataset template… writes the workbook to fill in (see [`crate::sheets::book`]).

use std::path::{Path, PathBuf};

use super::PoaApp;
use crate::problem::Problem;
use crate::sheets::book::{BookError, Built};
use crate::ui::flow::Pending;
use crate::ui::tasks::DialogPurpose;

impl PoaApp {
    /// A workbook was read as a dataset (or could not be): its problems said, or the question
    /// where to save the dataset asked.
    pub(super) fn dataset_built(&mut self, book: &Path, result: Result<Box<Built>, BookError>) {
        match result {
            Ok(built) => {
                for w in &built.warnings {
                    self.error(w);
                }
                self.built_dataset = Some((book.to_owned(), Box::new(built.dataset)));
                self.ask_path(DialogPurpose::SaveDataset, None);
            }
            Err(e) => {
                for p in &e.problems {
                    self.error(p);
                }
                if !e.unreadable {
                    self.error(&Problem::file_error(book, msg!("book-nothing-written")));
                }
            }
        }
    }

    /// The name offered for the dataset built from `book`: `<stem>.dataset.ron` beside it.
    pub(super) fn built_dataset_path(&self) -> Option<PathBuf> {
        let (book, _) = self.built_dataset.as_ref()?;
        let stem = book
            .file_stem()
            .map_or_else(|| "dataset".into(), |s| s.to_string_lossy().into_owned());
        Some(book.with_file_name(format!("{stem}.dataset.ron")))
    }

    /// Writes the dataset built from a workbook to `path`, in the background.
    pub(super) fn save_built_dataset(&mut self, path: PathBuf) {
        let Some((_, dataset)) = self.built_dataset.take() else {
            return;
        };
        let path = if path.extension().is_none() {
            path.with_extension("dataset.ron")
        } else {
            path
        };
        self.tasks.save_dataset(path, *dataset);
    }

    /// The dataset was written: a review of it is started (after the unsaved-changes question,
    /// if the open review has any).
    pub(super) fn dataset_written(&mut self, path: PathBuf, result: Result<(), Problem>) {
        match result {
            Ok(()) => {
                self.notice = Some(msg!("export-done", path = path.display().to_string()));
                self.guard(Pending::NewFromDataset(path));
            }
            Err(p) => self.error(&p),
        }
    }

    /// Writes the template workbook, its instructions in the interface language.
    pub(super) fn start_template(&mut self, path: PathBuf) {
        let path = if path.extension().is_none() {
            path.with_extension("xlsx")
        } else {
            path
        };
        self.tasks.write_template(path, self.t.language());
    }
}
