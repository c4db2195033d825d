//! What the views ask for. Views never change the document or the app while drawing; they push
//! commands, which the app applies after the frame in one place (`app/command_handling.rs`).

use std::path::PathBuf;

use super::commands::MenuCommand;
use super::tasks::DialogPurpose;
use crate::edit::Edit;
use crate::settings::Renderer;

/// What to do about unsaved changes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GuardChoice {
    /// Save, then go on.
    Save,
    /// Throw the changes away and go on.
    Discard,
    /// Stay.
    Cancel,
}

/// A request from a view, applied after the frame.
#[must_use]
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// A command from the menu table (menus and shortcuts).
    Menu(MenuCommand),
    /// Change the review.
    Edit(Edit),
    /// Select a commitment.
    SelectCommitment(String),
    /// Select a group (and filter the list to it), or a section of it; `None` shows all.
    SelectGroup {
        /// Group id.
        group: Option<String>,
        /// Section id.
        section: Option<String>,
    },
    /// Open a file (after the unsaved-changes guard).
    OpenPath(PathBuf),
    /// Show the file dialog (or the path prompt) for a purpose.
    AskPath(DialogPurpose),
    /// The path prompt was answered (`None`: cancelled).
    PathEntered(DialogPurpose, Option<PathBuf>),
    /// The unsaved-changes question was answered.
    Guard(GuardChoice),
    /// The recovery offer was answered.
    Recover(bool),
    /// The changed-on-disk banner was answered: reload (true) or keep this version.
    Reload(bool),
    /// Dismiss a message.
    DismissMessage(usize),
    /// Choose the renderer for the next start.
    SetRenderer(Renderer),
    /// Use native file dialogs or the in-app path field.
    SetNativeDialogs(bool),
    /// Close the shortcuts window.
    CloseShortcuts,
    /// Change the interface language.
    SetLanguage(crate::i18n::Language),
    /// Change the theme.
    SetTheme(crate::settings::ThemeChoice),
    /// Chart these indicators for the dataset with this id (remembered in the settings).
    ChooseIndicators {
        /// The dataset's id.
        dataset: String,
        /// The indicator ids, in the order chosen.
        indicators: Vec<String>,
    },
    /// Show a file or folder with the system's program for it; a failure is reported.
    ShowFile(PathBuf),
    /// Apply the merge on screen with the answers given: one undoable step.
    ApplyMerge,
    /// Close the merge screen without merging.
    CancelMerge,
    /// Close the user guide.
    CloseGuide,
    /// A word of a matrix that is not on a scale means this level (remembered in the
    /// settings).
    MapMatrixWord {
        /// The scale the word was found against.
        scale: crate::word_map::Scale,
        /// The word as written.
        word: String,
        /// The level's id.
        level: String,
    },
    /// Put the matrix on the mapping screen onto the merge screen (the dry run).
    PreviewMatrix,
    /// Close the mapping screen without importing.
    CancelMatrix,
    /// Put the conflicts an earlier merge left in the review on the merge screen.
    AnswerConflicts,
    /// Merge this file (a conflict copy found beside the review) into the review.
    MergePath(PathBuf),
    /// Stop offering to merge this conflict copy (this session).
    IgnoreCopy(PathBuf),
    /// Set the reviewer's name (recorded in the history, the lock and merges).
    SetReviewerName(String),
    /// Close the Settings window.
    CloseSettings,
    /// Show what changed since the date typed (YYYY-MM-DD).
    ShowChangesSince(String),
    /// Close the report window.
    CloseReport,
    /// Close the aggregate window.
    CloseAggregate,
    /// Close Help → About.
    CloseAbout,
}
