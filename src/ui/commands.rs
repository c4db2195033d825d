//! One table of every menu command: label, tooltip and keyboard shortcuts. It drives the menus,
//! the shortcut handling and the F1 list, and a test fails on clashing shortcuts.

use egui::{Key, KeyboardShortcut, Modifiers};

/// A command with a label and (maybe) a shortcut.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MenuCommand {
    /// Start a new review of the built-in sample dataset.
    NewSample,
    /// Start a new review of a dataset file.
    NewReview,
    /// Open a review or dataset file.
    Open,
    /// Save the review.
    Save,
    /// Save the review under another name.
    SaveAs,
    /// Close the review.
    Close,
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
    /// Show the keyboard shortcuts.
    Shortcuts,
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
            Self::Save,
            Self::SaveAs,
            Self::Close,
            Self::Quit,
            Self::Undo,
            Self::Redo,
            Self::Find,
            Self::NextRow,
            Self::PreviousRow,
        ];
        v.extend((0..6).map(Self::SetStatus));
        v.push(Self::Shortcuts);
        v
    }

    /// Label and tooltip.
    #[must_use]
    pub fn text(self) -> (String, &'static str) {
        let (label, tip) = match self {
            Self::NewSample => (
                "New review of the built-in sample",
                "Start a new, empty review of the built-in sample dataset",
            ),
            Self::NewReview => (
                "New review from dataset…",
                "Start a new, empty review of a dataset file (.dataset.ron)",
            ),
            Self::Open => (
                "Open…",
                "Open a review (.review.ron) or a dataset (.dataset.ron)",
            ),
            Self::Save => ("Save", "Save the review"),
            Self::SaveAs => ("Save as…", "Save the review under another name"),
            Self::Close => ("Close", "Close the review"),
            Self::Quit => ("Quit", "Quit poa-review"),
            Self::Undo => ("Undo", "Undo the last change"),
            Self::Redo => ("Redo", "Redo the last undone change"),
            Self::Find => (
                "Find",
                "Search commitments in English and Chinese, and by reference",
            ),
            Self::NextRow => ("Next commitment", "Select the next commitment in the list"),
            Self::PreviousRow => (
                "Previous commitment",
                "Select the previous commitment in the list",
            ),
            Self::SetStatus(n) => {
                return (
                    format!("Set status {}", n + 1),
                    "Set the status of the selected commitment",
                );
            }
            Self::Shortcuts => ("Keyboard shortcuts", "List the keyboard shortcuts"),
        };
        (label.to_owned(), tip)
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
            Self::Quit => vec![cmd(Key::Q)],
            Self::Undo => vec![cmd(Key::Z)],
            Self::Redo => vec![cmd_shift(Key::Z), cmd(Key::Y)],
            Self::Find => vec![cmd(Key::F)],
            Self::NextRow => vec![plain(Key::ArrowDown), plain(Key::J)],
            Self::PreviousRow => vec![plain(Key::ArrowUp), plain(Key::K)],
            Self::SetStatus(n) => vec![plain(STATUS_KEYS[usize::from(n)])],
            Self::Shortcuts => vec![plain(Key::F1)],
        }
    }

    /// Whether the shortcut would clash with typing in a text field (plain keys).
    #[must_use]
    pub fn is_plain_key(self) -> bool {
        self.shortcuts().iter().all(|s| s.modifiers.is_none()) && self != Self::Shortcuts
    }
}

/// The commands whose shortcuts were pressed this frame. Combinations with more modifiers are
/// tried first (so Ctrl+Shift+S is not taken for Ctrl+S), and plain keys are left alone while
/// a text field has the keyboard.
#[must_use]
pub fn pressed(ctx: &egui::Context) -> Vec<MenuCommand> {
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
            if i.consume_shortcut(s) && !out.contains(c) {
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
    fn every_command_has_a_label_and_tooltip() {
        for c in MenuCommand::all() {
            let (label, tip) = c.text();
            assert!(!label.is_empty() && !tip.is_empty(), "{c:?}");
        }
    }
}
