//! Shown when no review is open.

use std::path::PathBuf;

use super::command::Command;
use super::commands::MenuCommand;
use super::theme;
use crate::i18n::Translator;

/// The welcome screen.
pub struct Welcome<'a> {
    /// Recent files.
    pub recent: &'a [PathBuf],
    /// Interface strings.
    pub t: &'a Translator,
    /// Commands out.
    pub out: &'a mut Vec<Command>,
}

impl Welcome<'_> {
    /// Draws it.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let t = self.t;
        ui.vertical_centered(|ui| {
            ui.add_space(60.0);
            ui.heading("poa-review");
            ui.label(t.tr("welcome-text"));
            ui.add_space(theme::GAP * 2.0);
            for c in [
                MenuCommand::NewSample,
                MenuCommand::NewReview,
                MenuCommand::Open,
            ] {
                if ui.button(c.text(t).0).clicked() {
                    self.out.push(Command::Menu(c));
                }
            }
            if !self.recent.is_empty() {
                ui.add_space(theme::GAP * 2.0);
                ui.strong(t.tr("welcome-recent"));
                for p in self.recent {
                    if ui.link(p.display().to_string()).clicked() {
                        self.out.push(Command::OpenPath(p.clone()));
                    }
                }
            }
        });
    }
}
