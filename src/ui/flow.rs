//! The document flow as one state machine: what the window is asking or waiting for before an
//! action on the open review (open, new, close, quit) can go on.
//!
//! ```text
//!              guard(action), review dirty
//!   Idle ───────────────────────────────────▶ AskingToSave { then }
//!    ▲  ▲                                        │ Save        │ Discard → run `then`
//!    │  │ saved → run `then`                     ▼             │ Cancel  → Idle
//!    │  └────────────── Saving { then } ◀── ChoosingPath / TypingPath { then }   (Save As first
//!    │                                                                          when untitled)
//!    └── OfferingRecovery (an autosave newer than the file was found) ── answered → Idle
//! ```
//!
//! `then` is the action waiting for a save; a failed or cancelled save drops it. The app
//! ([`super::app::PoaApp`]) makes the transitions; [`super::dialogs`] draws the questions.

use std::path::PathBuf;

use super::tasks::DialogPurpose;
use crate::model::Review;

/// An action on the open review that may have to wait for the unsaved-changes question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pending {
    /// Ask for a file to open.
    AskOpen,
    /// Ask for a dataset for a new review.
    AskNewFromDataset,
    /// Open this file.
    Open(PathBuf),
    /// New review of the built-in sample.
    NewFromSample,
    /// New review of this dataset file.
    NewFromDataset(PathBuf),
    /// Close the review.
    Close,
    /// Quit.
    Quit,
}

/// Where the document flow is.
#[derive(Debug, Default)]
pub enum Flow {
    /// Nothing asked, nothing waiting.
    #[default]
    Idle,
    /// The unsaved-changes question is on screen; `then` runs after Save (once saved) or
    /// Discard.
    AskingToSave {
        /// The action waiting.
        then: Pending,
    },
    /// A native file dialog is open (on a worker thread).
    ChoosingPath {
        /// What for.
        purpose: DialogPurpose,
        /// The action to run once the review is saved there (Save As from the question).
        then: Option<Pending>,
    },
    /// The in-app path field is on screen (no native dialog available or wanted).
    TypingPath {
        /// What for.
        purpose: DialogPurpose,
        /// The text typed.
        text: String,
        /// Why the field is shown instead of a dialog.
        note: Option<String>,
        /// The action to run once the review is saved there (Save As from the question).
        then: Option<Pending>,
    },
    /// A save asked for by the unsaved-changes question is being written; `then` runs when it
    /// is done.
    Saving {
        /// The action waiting.
        then: Pending,
    },
    /// Offering to recover unsaved changes from an autosave.
    OfferingRecovery {
        /// The recovered review.
        review: Box<Review>,
        /// The recovery file.
        from: PathBuf,
        /// When it was written.
        when: String,
    },
}

impl Flow {
    /// Back to [`Flow::Idle`], returning the action that was waiting for a path or a save.
    pub fn take_waiting(&mut self) -> Option<Pending> {
        match std::mem::take(self) {
            Self::ChoosingPath { then, .. } | Self::TypingPath { then, .. } => then,
            Self::AskingToSave { then } | Self::Saving { then } => Some(then),
            Self::Idle | Self::OfferingRecovery { .. } => None,
        }
    }

    /// Whether a modal question is on screen.
    #[must_use]
    pub fn is_asking(&self) -> bool {
        matches!(
            self,
            Self::AskingToSave { .. } | Self::TypingPath { .. } | Self::OfferingRecovery { .. }
        )
    }
}
