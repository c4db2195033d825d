//! Opening a document from a path: a dataset alone, or a review with the dataset it was made on.
//! The one way in for the window ([`crate::workspace::Workspace::open`]), every command of the
//! command line, and the coming merge and spreadsheet import.

use std::path::Path;

use super::resolve::{DatasetOrigin, find_dataset_with_progress};
use super::{
    DocKind, LoadError, LoadPhase, LoadProgress, Loaded, dataset_from_text, leading_comment,
    read_text_with_progress, review_from_text,
};
use crate::model::{Dataset, Review};
use crate::problem::Problem;

/// How to open a document.
#[derive(Clone, Copy, Debug, Default)]
pub struct OpenOptions<'a> {
    /// Open the document as this kind whatever its name and content say (a command that takes
    /// only reviews); `None` tells by [`DocKind::detect`].
    pub kind: Option<DocKind>,
    /// The dataset of a review, given by the user (`--dataset FILE`); without it the dataset is
    /// looked for as [`super::resolve::find_dataset`] does. Ignored when the document is a
    /// dataset.
    pub dataset: Option<&'a Path>,
    /// Where to report how far the loading has come (the window's loading screen); `None`
    /// reports nowhere.
    pub progress: Option<&'a LoadProgress>,
    /// Look for a review's dataset beside this path instead of beside the file read: git's
    /// merge driver reads temporary copies, whose real place in the repository is `%P`.
    pub dataset_beside: Option<&'a Path>,
}

/// A document that opened.
#[derive(Debug)]
#[expect(
    clippy::large_enum_variant,
    reason = "made once per open and taken apart at once"
)]
pub enum Opened {
    /// A dataset, with the warnings validation found in it.
    Dataset(Loaded<Dataset>),
    /// A review, with what became of its dataset.
    Review(OpenedReview),
}

/// A review that opened.
#[derive(Debug)]
pub struct OpenedReview {
    /// The review: checked against its dataset when [`Self::dataset`] is found, else alone.
    pub review: Review,
    /// The review's dataset, or that it was not found.
    pub dataset: ReviewDataset,
    /// Warnings (never errors) found in the review, against its dataset when it was found.
    pub warnings: Vec<Problem>,
    /// The comment block the review's file starts with (see [`leading_comment`]).
    pub leading_comment: String,
}

/// What became of a review's dataset.
#[derive(Debug)]
#[expect(
    clippy::large_enum_variant,
    reason = "made once per open and taken apart at once"
)]
pub enum ReviewDataset {
    /// Given, found beside the review by its id, or the built-in sample.
    Found {
        /// The dataset.
        dataset: Dataset,
        /// Where it came from.
        origin: DatasetOrigin,
    },
    /// Not given, and none with the review's id beside it or built in.
    Missing {
        /// The id of the dataset the review was made on.
        id: String,
        /// Its version.
        version: String,
    },
}

/// Why a document could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// The document itself could not be read or is not usable (for a review whose dataset was
    /// found: also errors in the review against that dataset).
    #[error("{0}")]
    Document(LoadError),
    /// The dataset given in [`OpenOptions::dataset`] could not be loaded.
    #[error("{0}")]
    GivenDataset(LoadError),
}

impl OpenError {
    /// The load error underneath.
    #[must_use]
    pub fn load_error(&self) -> &LoadError {
        match self {
            Self::Document(e) | Self::GivenDataset(e) => e,
        }
    }

    /// All problems, for display.
    #[must_use]
    pub fn problems(&self) -> &[Problem] {
        self.load_error().problems()
    }

    /// The load error underneath, owned.
    #[must_use]
    pub fn into_load_error(self) -> LoadError {
        match self {
            Self::Document(e) | Self::GivenDataset(e) => e,
        }
    }
}

/// Opens the document at `path`: a dataset (by [`OpenOptions::kind`], else by its file name
/// `*.dataset.ron`, else by its content), or a review and its dataset (the one given in `options`, else found beside the
/// review by its id or built in, else [`ReviewDataset::Missing`]). The review is parsed once
/// alone to learn its dataset, then checked against that dataset. Progress moves through
/// [`LoadPhase::Reading`], [`LoadPhase::Parsing`], [`LoadPhase::FindingDataset`] and
/// [`LoadPhase::Checking`].
///
/// This is the one way to open a document: the window, every command of the command line, and
/// the coming merge and spreadsheet import call it, so they find the same dataset and report
/// the same problems. Taking the review's lock is the caller's business (only the window edits).
pub fn open(path: &Path, options: &OpenOptions<'_>) -> Result<Opened, OpenError> {
    let quiet = LoadProgress::default();
    let progress = options.progress.unwrap_or(&quiet);
    progress.set_phase(LoadPhase::Reading);
    let text = read_text_with_progress(path, progress).map_err(OpenError::Document)?;
    progress.set_phase(LoadPhase::Parsing);
    let kind = options.kind.unwrap_or_else(|| DocKind::detect(path, &text));
    if kind == DocKind::Dataset {
        return dataset_from_text(path, &text)
            .map(Opened::Dataset)
            .map_err(OpenError::Document);
    }
    let bare = review_from_text(path, &text, None).map_err(OpenError::Document)?;
    progress.set_phase(LoadPhase::FindingDataset);
    let beside = options.dataset_beside.unwrap_or(path);
    let found = find_dataset_with_progress(beside, &bare.doc, options.dataset, progress)
        .map_err(OpenError::GivenDataset)?;
    let comment = leading_comment(&text);
    let Some((dataset, origin)) = found else {
        return Ok(Opened::Review(OpenedReview {
            dataset: ReviewDataset::Missing {
                id: bare.doc.dataset.id.clone(),
                version: bare.doc.dataset.version.clone(),
            },
            review: bare.doc,
            warnings: bare.warnings,
            leading_comment: comment,
        }));
    };
    progress.set_phase(LoadPhase::Checking);
    let checked = review_from_text(path, &text, Some(&dataset)).map_err(OpenError::Document)?;
    Ok(Opened::Review(OpenedReview {
        review: checked.doc,
        dataset: ReviewDataset::Found { dataset, origin },
        warnings: checked.warnings,
        leading_comment: comment,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_review_opens_with_its_dataset_and_a_missing_one_is_said() {
        let dir = tempfile::tempdir().expect("folder");
        let path = dir.path().join("mine.review.ron");
        let mut review = crate::sample::review().expect("the sample review");
        crate::io::save_document(&path, &review).expect("saved");
        let Ok(Opened::Review(r)) = open(&path, &OpenOptions::default()) else {
            panic!("a review");
        };
        assert!(matches!(
            r.dataset,
            ReviewDataset::Found {
                origin: DatasetOrigin::BuiltIn,
                ..
            }
        ));
        "no-such-dataset".clone_into(&mut review.dataset.id);
        crate::io::save_document(&path, &review).expect("saved");
        let Ok(Opened::Review(r)) = open(&path, &OpenOptions::default()) else {
            panic!("a review");
        };
        assert!(matches!(&r.dataset, ReviewDataset::Missing { id, .. } if id == "no-such-dataset"));
        let given = dir.path().join("missing.dataset.ron");
        let options = OpenOptions {
            dataset: Some(&given),
            ..OpenOptions::default()
        };
        assert!(matches!(
            open(&path, &options),
            Err(OpenError::GivenDataset(LoadError::Unreadable(_)))
        ));
    }
}
