//! The read-only context of the views that only show the app's state and send commands (the
//! menu bar, the status bar and the banners): borrowed pieces, never the app itself. As rerun's
//! `ViewerContext` says of its own: never pass more than a view needs.

use super::commands::Availability;
use super::tasks::Tasks;
use crate::i18n::Translator;
use crate::settings::Settings;
use crate::workspace::Workspace;

/// What the menu bar, status bar and banners may read.
pub struct ViewContext<'a> {
    /// The open review, if any.
    pub ws: Option<&'a Workspace>,
    /// Interface strings.
    pub t: &'a Translator,
    /// Settings (recent files, theme, renderer, dialogs).
    pub settings: &'a Settings,
    /// Language of dataset texts.
    pub content_lang: &'a str,
    /// Commitments assessed.
    pub assessed: usize,
    /// The file changed on disk behind our back.
    pub disk_changed: bool,
    /// A short notice for the status bar (a finished export).
    pub notice: Option<String>,
    /// Background work, to show what is running.
    pub tasks: &'a Tasks,
    /// How far the briefing export has come (0–1).
    pub briefing_fraction: f32,
    /// What the command table needs to enable a command now.
    pub available: Availability,
    /// Conflict copies of the open review that a synced folder left beside it, not yet
    /// merged or ignored.
    pub copies: &'a [std::path::PathBuf],
}

/// The name of the open review for titles and questions: its file name, or "Untitled review".
#[must_use]
pub fn display_name(ws: &Workspace, t: &Translator) -> String {
    if ws.path.is_some() {
        ws.display_name()
    } else {
        t.tr(key!("untitled-review"))
    }
}
