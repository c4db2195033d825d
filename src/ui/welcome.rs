//! Shown when no review is open.

use std::path::PathBuf;

use super::command::Command;
use super::commands::MenuCommand;
use super::theme;

/// The welcome screen.
pub struct Welcome<'a> {
    /// Recent files.
    pub recent: &'a [PathBuf],
    /// Commands out.
    pub out: &'a mut Vec<Command>,
}

impl Welcome<'_> {
    /// Draws it.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        ui.vertical_centered(|ui| {
            ui.add_space(60.0);
            ui.heading("poa-review");
            ui.label("Review progress on the 2009 Political Declaration and Plan of Action");
            ui.label("2009年政治宣言和行动计划执行情况审议");
            ui.add_space(theme::GAP * 2.0);
            if ui.button("New review of the built-in sample").clicked() {
                self.out.push(Command::Menu(MenuCommand::NewSample));
            }
            if ui.button("New review from dataset…").clicked() {
                self.out.push(Command::Menu(MenuCommand::NewReview));
            }
            if ui.button("Open…").clicked() {
                self.out.push(Command::Menu(MenuCommand::Open));
            }
            if !self.recent.is_empty() {
                ui.add_space(theme::GAP * 2.0);
                ui.strong("Recent");
                for p in self.recent {
                    if ui.link(p.display().to_string()).clicked() {
                        self.out.push(Command::OpenPath(p.clone()));
                    }
                }
            }
        });
    }
}
