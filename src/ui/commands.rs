//! One table of every menu command: label, tooltip and keyboard shortcuts. It drives the menus,
//! the shortcut handling and the F1 list, and a test fails on clashing shortcuts.

use egui::{Key, KeyboardShortcut, Modifiers};

use crate::i18n::Translator;

/// A command with a label and (maybe) a shortcut.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MenuCommand {
    /// Start a new review of the built-in sample dataset.
    NewSample,
    /// Start a new review of a dataset file.
    NewReview,
    /// Open a review or dataset file.
    Open,
    /// Open several delegations' reviews of one dataset as an aggregate.
    OpenReviews,
    /// Open a folder of delegations' reviews as an aggregate.
    OpenReviewFolder,
    /// Save the review.
    Save,
    /// Save the review under another name.
    SaveAs,
    /// Close the review.
    Close,
    /// Open the Export dialog.
    Export,
    /// Merge a colleague's copy of the review into this one.
    Merge,
    /// Compare the open review with another review of its dataset.
    Compare,
    /// Show what changed in the open review since a date.
    ChangesSince,
    /// Write an input pack (Excel) for a ministry.
    SendForInput,
    /// Bring a ministry's filled-in pack back through the merge screen.
    ImportReply,
    /// Bring a delegation's existing matrix in through the mapping screen.
    ImportSheet,
    /// Build a dataset from a workbook, save it and start a review of it.
    NewDatasetFromSheet,
    /// Write the workbook to build a dataset in.
    SaveDatasetTemplate,
    /// Show the folder of the support log with the system's file manager.
    OpenLogFolder,
    /// Show the user guide.
    UserGuide,
    /// Show the version, the build date and every licence.
    About,
    /// Open the Settings window (name, language, theme, renderer, file dialogs).
    Settings,
    /// Quit the application.
    Quit,
    /// Undo the last edit.
    Undo,
    /// Redo the last undone edit.
    Redo,
    /// Put the cursor in the search box.
    Find,
    /// Select the next commitment in the list.
    NextRow,
    /// Select the previous commitment in the list.
    PreviousRow,
    /// Set the selected commitment's status to level `n` (0-based) of the scale.
    SetStatus(u8),
    /// Make everything larger.
    ZoomIn,
    /// Make everything smaller.
    ZoomOut,
    /// Back to the normal size.
    ZoomReset,
    /// Show the keyboard shortcuts.
    Shortcuts,
}

/// What decides whether a command can be used now: the menus grey out, and the shortcuts and
/// the app ignore, a command that [`MenuCommand::enabled`] says no to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent facts about the open review"
)]
pub struct Availability {
    /// A review is open.
    pub has_review: bool,
    /// The open review can be saved to its own file (not read-only).
    pub writable: bool,
    /// There is an edit to undo (typed text not yet an edit counts).
    pub can_undo: bool,
    /// There is an undone edit to redo.
    pub can_redo: bool,
}

/// Status levels reachable by number keys (1–6).
pub const STATUS_KEYS: [Key; 6] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
];

impl MenuCommand {
    /// Every command, in menu order.
    #[must_use]
    pub fn all() -> Vec<Self> {
        let mut v = vec![
            Self::NewSample,
            Self::NewReview,
            Self::Open,
            Self::OpenReviews,
            Self::OpenReviewFolder,
            Self::Save,
            Self::SaveAs,
            Self::Close,
            Self::Export,
            Self::Merge,
            Self::Compare,
            Self::ChangesSince,
            Self::SendForInput,
            Self::ImportReply,
            Self::ImportSheet,
            Self::NewDatasetFromSheet,
            Self::SaveDatasetTemplate,
            Self::OpenLogFolder,
            Self::UserGuide,
            Self::About,
            Self::Settings,
            Self::Quit,
            Self::Undo,
            Self::Redo,
            Self::Find,
            Self::NextRow,
            Self::PreviousRow,
        ];
        v.extend((0..6).map(Self::SetStatus));
        v.extend([
            Self::ZoomIn,
            Self::ZoomOut,
            Self::ZoomReset,
            Self::Shortcuts,
        ]);
        v
    }

    /// The message key of the label (the tooltip's is [`Self::tip_key`]).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::NewSample => key!("cmd-new-sample"),
            Self::NewReview => key!("cmd-new-review"),
            Self::Open => key!("cmd-open"),
            Self::Save => key!("cmd-save"),
            Self::SaveAs => key!("cmd-save-as"),
            Self::Close => key!("cmd-close"),
            Self::Export => key!("cmd-export"),
            Self::Merge => key!("cmd-merge"),
            Self::Compare => key!("cmd-compare"),
            Self::OpenReviews => key!("cmd-open-reviews"),
            Self::OpenReviewFolder => key!("cmd-open-review-folder"),
            Self::ChangesSince => key!("cmd-changes-since"),
            Self::SendForInput => key!("cmd-send-for-input"),
            Self::ImportReply => key!("cmd-import-reply"),
            Self::ImportSheet => key!("cmd-import-sheet"),
            Self::NewDatasetFromSheet => key!("cmd-dataset-from-sheet"),
            Self::SaveDatasetTemplate => key!("cmd-dataset-template"),
            Self::OpenLogFolder => key!("cmd-open-log-folder"),
            Self::UserGuide => key!("cmd-user-guide"),
            Self::About => key!("cmd-about"),
            Self::Settings => key!("cmd-settings"),
            Self::Quit => key!("cmd-quit"),
            Self::Undo => key!("cmd-undo"),
            Self::Redo => key!("cmd-redo"),
            Self::Find => key!("cmd-find"),
            Self::NextRow => key!("cmd-next-row"),
            Self::PreviousRow => key!("cmd-previous-row"),
            Self::SetStatus(_) => key!("cmd-set-status"),
            Self::ZoomIn => key!("cmd-zoom-in"),
            Self::ZoomOut => key!("cmd-zoom-out"),
            Self::ZoomReset => key!("cmd-zoom-reset"),
            Self::Shortcuts => key!("cmd-shortcuts"),
        }
    }

    /// The message key of the tooltip.
    #[must_use]
    pub fn tip_key(self) -> &'static str {
        match self {
            Self::NewSample => key!("cmd-new-sample-tip"),
            Self::NewReview => key!("cmd-new-review-tip"),
            Self::Open => key!("cmd-open-tip"),
            Self::Save => key!("cmd-save-tip"),
            Self::SaveAs => key!("cmd-save-as-tip"),
            Self::Close => key!("cmd-close-tip"),
            Self::Export => key!("cmd-export-tip"),
            Self::Merge => key!("cmd-merge-tip"),
            Self::Compare => key!("cmd-compare-tip"),
            Self::OpenReviews => key!("cmd-open-reviews-tip"),
            Self::OpenReviewFolder => key!("cmd-open-review-folder-tip"),
            Self::ChangesSince => key!("cmd-changes-since-tip"),
            Self::SendForInput => key!("cmd-send-for-input-tip"),
            Self::ImportReply => key!("cmd-import-reply-tip"),
            Self::ImportSheet => key!("cmd-import-sheet-tip"),
            Self::NewDatasetFromSheet => key!("cmd-dataset-from-sheet-tip"),
            Self::SaveDatasetTemplate => key!("cmd-dataset-template-tip"),
            Self::OpenLogFolder => key!("cmd-open-log-folder-tip"),
            Self::UserGuide => key!("cmd-user-guide-tip"),
            Self::About => key!("cmd-about-tip"),
            Self::Settings => key!("cmd-settings-tip"),
            Self::Quit => key!("cmd-quit-tip"),
            Self::Undo => key!("cmd-undo-tip"),
            Self::Redo => key!("cmd-redo-tip"),
            Self::Find => key!("cmd-find-tip"),
            Self::NextRow => key!("cmd-next-row-tip"),
            Self::PreviousRow => key!("cmd-previous-row-tip"),
            Self::SetStatus(_) => key!("cmd-set-status-tip"),
            Self::ZoomIn => key!("cmd-zoom-in-tip"),
            Self::ZoomOut => key!("cmd-zoom-out-tip"),
            Self::ZoomReset => key!("cmd-zoom-reset-tip"),
            Self::Shortcuts => key!("cmd-shortcuts-tip"),
        }
    }

    /// Label and tooltip in the interface language.
    #[must_use]
    pub fn text(self, t: &Translator) -> (String, String) {
        let tip = t.tr(self.tip_key());
        match self {
            Self::SetStatus(n) => (
                t.tr_args(self.key(), &[("n", (u32::from(n) + 1).into())]),
                tip,
            ),
            _ => (t.tr(self.key()), tip),
        }
    }

    /// The keyboard shortcuts, first one shown in menus.
    #[must_use]
    pub fn shortcuts(self) -> Vec<KeyboardShortcut> {
        let cmd = |k| KeyboardShortcut::new(Modifiers::COMMAND, k);
        let cmd_shift = |k| KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, k);
        let plain = |k| KeyboardShortcut::new(Modifiers::NONE, k);
        match self {
            Self::NewSample => vec![cmd(Key::N)],
            Self::NewReview => vec![cmd_shift(Key::N)],
            Self::Open => vec![cmd(Key::O)],
            Self::Save => vec![cmd(Key::S)],
            Self::SaveAs => vec![cmd_shift(Key::S)],
            Self::Close => vec![cmd(Key::W)],
            Self::Export => vec![cmd(Key::E)],
            Self::Merge => vec![cmd_shift(Key::M)],
            Self::Compare => vec![cmd_shift(Key::C)],
            Self::ChangesSince => vec![cmd_shift(Key::H)],
            Self::SendForInput
            | Self::OpenReviews
            | Self::OpenReviewFolder
            | Self::ImportReply
            | Self::ImportSheet
            | Self::NewDatasetFromSheet
            | Self::SaveDatasetTemplate
            | Self::OpenLogFolder
            | Self::UserGuide
            | Self::About => Vec::new(),
            Self::Settings => vec![cmd(Key::Comma)],
            Self::Quit => vec![cmd(Key::Q)],
            Self::Undo => vec![cmd(Key::Z)],
            Self::Redo => vec![cmd_shift(Key::Z), cmd(Key::Y)],
            Self::Find => vec![cmd(Key::F)],
            Self::NextRow => vec![plain(Key::ArrowDown), plain(Key::J)],
            Self::PreviousRow => vec![plain(Key::ArrowUp), plain(Key::K)],
            Self::SetStatus(n) => vec![plain(STATUS_KEYS[usize::from(n)])],
            Self::ZoomIn => vec![cmd(Key::Equals), cmd(Key::Plus)],
            Self::ZoomOut => vec![cmd(Key::Minus)],
            Self::ZoomReset => vec![cmd(Key::Num0)],
            Self::Shortcuts => vec![plain(Key::F1)],
        }
    }

    /// Whether the command can be used now. The menus, the shortcuts and the app all ask this,
    /// so Save greyed out in the menu is also Save ignored on Ctrl+S.
    #[must_use]
    pub fn enabled(self, now: &Availability) -> bool {
        match self {
            Self::NewSample
            | Self::NewReview
            | Self::Open
            | Self::OpenReviews
            | Self::OpenReviewFolder
            | Self::Quit
            | Self::ZoomIn
            | Self::ZoomOut
            | Self::ZoomReset
            | Self::Settings
            | Self::NewDatasetFromSheet
            | Self::SaveDatasetTemplate
            | Self::OpenLogFolder
            | Self::UserGuide
            | Self::About
            | Self::Shortcuts => true,
            Self::Save | Self::Merge | Self::ImportReply | Self::ImportSheet => {
                now.has_review && now.writable
            }
            Self::SaveAs
            | Self::Compare
            | Self::ChangesSince
            | Self::SendForInput
            | Self::Close
            | Self::Export
            | Self::Find
            | Self::NextRow
            | Self::PreviousRow
            | Self::SetStatus(_) => now.has_review,
            Self::Undo => now.has_review && now.can_undo,
            Self::Redo => now.has_review && now.can_redo,
        }
    }

    /// Whether the shortcut would clash with typing in a text field (plain keys).
    #[must_use]
    pub fn is_plain_key(self) -> bool {
        self.shortcuts().iter().all(|s| s.modifiers.is_none()) && self != Self::Shortcuts
    }
}

/// The commands whose shortcuts were pressed this frame. Combinations with more modifiers are
/// tried first (so Ctrl+Shift+S is not taken for Ctrl+S), plain keys are left alone while a
/// text field has the keyboard, and a disabled command's shortcut is taken (so it does nothing
/// else) but not returned.
#[must_use]
pub fn pressed(ctx: &egui::Context, now: &Availability) -> Vec<MenuCommand> {
    let typing = ctx.text_edit_focused();
    let mut table: Vec<(KeyboardShortcut, MenuCommand)> = MenuCommand::all()
        .into_iter()
        .filter(|c| !(typing && c.is_plain_key()))
        .flat_map(|c| c.shortcuts().into_iter().map(move |s| (s, c)))
        .collect();
    table.sort_by_key(|(s, _)| std::cmp::Reverse(modifier_count(s.modifiers)));
    let mut out = Vec::new();
    ctx.input_mut(|i| {
        for (s, c) in &table {
            if i.consume_shortcut(s) && c.enabled(now) && !out.contains(c) {
                out.push(*c);
            }
        }
    });
    out
}

fn modifier_count(m: Modifiers) -> u8 {
    u8::from(m.alt)
        + u8::from(m.ctrl)
        + u8::from(m.shift)
        + u8::from(m.mac_cmd)
        + u8::from(m.command)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let mut seen: HashMap<(String, Key), MenuCommand> = HashMap::new();
        for c in MenuCommand::all() {
            for s in c.shortcuts() {
                let key = (format!("{:?}", s.modifiers), s.logical_key);
                if let Some(other) = seen.insert(key, c) {
                    panic!("{c:?} and {other:?} share the shortcut {s:?}");
                }
            }
        }
    }

    #[test]
    fn every_command_has_a_label_and_tooltip_in_english_and_chinese() {
        for lang in [crate::i18n::Language::En, crate::i18n::Language::Zh] {
            let t = Translator::new(lang);
            for c in MenuCommand::all() {
                assert!(t.has(lang, c.key()), "{lang}: no label for {c:?}");
                assert!(t.has(lang, c.tip_key()), "{lang}: no tooltip for {c:?}");
                let (label, tip) = c.text(&t);
                assert!(!label.is_empty() && !tip.is_empty(), "{c:?}");
            }
        }
    }
}
