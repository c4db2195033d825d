//! Modal questions (unsaved changes, a path to type, recovering an autosave) and the keyboard
//! shortcuts window.

use std::path::PathBuf;

use super::app::{Dialog, PoaApp};
use super::command::{Command, GuardChoice};
use super::commands::MenuCommand;
use super::theme;

/// Draws whichever dialog is open.
pub fn ui(app: &mut PoaApp, ui: &mut egui::Ui, out: &mut Vec<Command>) {
    let name = app
        .ws
        .as_ref()
        .map(crate::workspace::Workspace::display_name)
        .unwrap_or_default();
    match &mut app.dialog {
        Some(Dialog::Guard) => guard_ui(ui, &name, out),
        Some(Dialog::PathPrompt {
            purpose,
            text,
            note,
        }) => {
            let purpose = *purpose;
            egui::Modal::new(egui::Id::unique("path-prompt")).show(ui.ctx(), |ui| {
                ui.set_width(520.0);
                ui.heading(purpose.title());
                if let Some(n) = note {
                    ui.label(n.as_str());
                }
                let l = ui.label("File path");
                let r = ui
                    .add(egui::TextEdit::singleline(text).desired_width(500.0))
                    .labelled_by(l.id);
                if !r.has_focus() && text.is_empty() {
                    r.request_focus();
                }
                let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                ui.horizontal(|ui| {
                    let ok = match purpose {
                        super::tasks::DialogPurpose::SaveAs => "Save",
                        super::tasks::DialogPurpose::ExportChart => "Export",
                        _ => "Open",
                    };
                    if (ui
                        .add_enabled(!text.trim().is_empty(), egui::Button::new(ok))
                        .clicked()
                        || enter)
                        && !text.trim().is_empty()
                    {
                        out.push(Command::PathEntered(
                            purpose,
                            Some(PathBuf::from(text.trim())),
                        ));
                    }
                    if ui.button("Cancel").clicked()
                        || ui.input(|i| i.key_pressed(egui::Key::Escape))
                    {
                        out.push(Command::PathEntered(purpose, None));
                    }
                });
            });
        }
        Some(Dialog::Recovery { from, when, .. }) => {
            let from = from.display().to_string();
            let when = when.clone();
            egui::Modal::new(egui::Id::unique("recovery")).show(ui.ctx(), |ui| {
                ui.set_width(460.0);
                ui.heading("Recover unsaved changes?");
                ui.label(format!(
                    "An autosaved copy from {when} is newer than the saved review."
                ));
                ui.weak(from);
                ui.horizontal(|ui| {
                    if ui.button("Recover").clicked() {
                        out.push(Command::Recover(true));
                    }
                    if ui.button("Discard autosave").clicked() {
                        out.push(Command::Recover(false));
                    }
                });
            });
        }
        None => {}
    }
    if app.show_shortcuts {
        shortcuts_ui(ui, out);
    }
}

fn guard_ui(ui: &mut egui::Ui, name: &str, out: &mut Vec<Command>) {
    egui::Modal::new(egui::Id::unique("unsaved-guard")).show(ui.ctx(), |ui| {
        ui.set_width(420.0);
        ui.heading("Save changes?");
        ui.label(format!("{name} has changes that are not saved."));
        ui.add_space(theme::GAP);
        ui.horizontal(|ui| {
            if ui.button("Save").clicked() {
                out.push(Command::Guard(GuardChoice::Save));
            }
            if ui.button("Discard changes").clicked() {
                out.push(Command::Guard(GuardChoice::Discard));
            }
            if ui.button("Cancel").clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                out.push(Command::Guard(GuardChoice::Cancel));
            }
        });
    });
}

fn shortcuts_ui(ui: &mut egui::Ui, out: &mut Vec<Command>) {
    let mut open = true;
    egui::Window::new("Keyboard shortcuts")
        .open(&mut open)
        .resizable(false)
        .collapsible(false)
        .show(ui.ctx(), |ui| {
            egui::Grid::new("shortcuts")
                .striped(true)
                .num_columns(2)
                .show(ui, |ui| {
                    for c in MenuCommand::all() {
                        let keys: Vec<String> = c
                            .shortcuts()
                            .iter()
                            .map(|s| ui.ctx().format_shortcut(s))
                            .collect();
                        ui.label(c.text().0);
                        ui.monospace(keys.join("  or  "));
                        ui.end_row();
                    }
                });
            ui.weak("Plain keys (arrows, j, k, 1–6) work when no text field has the cursor.");
        });
    if !open {
        out.push(Command::CloseShortcuts);
    }
}
