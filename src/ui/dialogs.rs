//! Modal questions (unsaved changes, a path to type, recovering an autosave) and the keyboard
//! shortcuts window.

use std::path::PathBuf;

use super::command::{Command, GuardChoice};
use super::commands::MenuCommand;
use super::flow::Flow;
use super::tasks::DialogPurpose;
use super::theme;
use crate::i18n::Translator;

/// Draws the document flow's question, if one is on screen: save before going on, a path to
/// type, or recovering an autosave. `name` is the open review's.
pub fn flow_ui(
    ui: &mut egui::Ui,
    flow: &mut Flow,
    t: &Translator,
    name: &str,
    out: &mut Vec<Command>,
) {
    match flow {
        Flow::AskingToSave { .. } => guard_ui(ui, t, name, out),
        Flow::TypingPath {
            purpose,
            text,
            note,
            ..
        } => {
            let purpose = *purpose;
            egui::Modal::new(egui::Id::unique("path_prompt")).show(ui.ctx(), |ui| {
                ui.set_width(520.0);
                ui.heading(t.tr(purpose.title_key()));
                if let Some(n) = note {
                    ui.label(n.as_str());
                }
                let l = ui.label(t.tr(key!("path-prompt-label")));
                let r = ui
                    .add(egui::TextEdit::singleline(text).desired_width(500.0))
                    .labelled_by(l.id);
                // Asked before the focus is given back below, which would undo the loss.
                let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                // The field takes the keyboard when the prompt opens (suggested path or not),
                // so that Enter accepts it; a click elsewhere in the prompt keeps its focus.
                if !enter
                    && !r.has_focus()
                    && (text.is_empty() || ui.memory(|m| m.focused().is_none()))
                {
                    r.request_focus();
                }
                ui.horizontal(|ui| {
                    let ok = match purpose {
                        DialogPurpose::SaveAs
                        | DialogPurpose::SavePack
                        | DialogPurpose::SaveDataset
                        | DialogPurpose::SaveTemplate => t.tr(key!("button-save")),
                        DialogPurpose::ExportChart
                        | DialogPurpose::ExportBriefing
                        | DialogPurpose::ExportReport
                        | DialogPurpose::ExportAggregate => t.tr(key!("button-export")),
                        DialogPurpose::Open
                        | DialogPurpose::NewFromDataset
                        | DialogPurpose::DatasetBook
                        | DialogPurpose::Compare
                        | DialogPurpose::AggregateFiles
                        | DialogPurpose::AggregateFolder => t.tr(key!("button-open")),
                        DialogPurpose::Merge => t.tr(key!("merge-button")),
                        DialogPurpose::ImportReply | DialogPurpose::ImportSheet => {
                            t.tr(key!("button-import"))
                        }
                    };
                    let filled = !text.trim().is_empty();
                    if (ui.add_enabled(filled, egui::Button::new(ok)).clicked() || enter) && filled
                    {
                        out.push(Command::PathEntered(
                            purpose,
                            Some(PathBuf::from(text.trim())),
                        ));
                    }
                    if ui.button(t.tr(key!("button-cancel"))).clicked()
                        || ui.input(|i| i.key_pressed(egui::Key::Escape))
                    {
                        out.push(Command::PathEntered(purpose, None));
                    }
                });
            });
        }
        Flow::OfferingRecovery { from, when, .. } => {
            let from = from.display().to_string();
            let when = when.clone();
            egui::Modal::new(egui::Id::unique("recovery")).show(ui.ctx(), |ui| {
                ui.set_width(460.0);
                ui.heading(t.tr(key!("recovery-title")));
                ui.label(t.tr_args(key!("recovery-text"), &[("when", when.into())]));
                ui.weak(from);
                ui.horizontal(|ui| {
                    if ui.button(t.tr(key!("recovery-recover"))).clicked() {
                        out.push(Command::Recover(true));
                    }
                    if ui.button(t.tr(key!("recovery-discard"))).clicked() {
                        out.push(Command::Recover(false));
                    }
                });
            });
        }
        Flow::Idle | Flow::ChoosingPath { .. } | Flow::Saving { .. } => {}
    }
}

fn guard_ui(ui: &mut egui::Ui, t: &Translator, name: &str, out: &mut Vec<Command>) {
    egui::Modal::new(egui::Id::unique("unsaved_guard")).show(ui.ctx(), |ui| {
        ui.set_width(420.0);
        ui.heading(t.tr(key!("guard-title")));
        ui.label(t.tr_args(key!("guard-text"), &[("name", name.to_owned().into())]));
        ui.add_space(theme::GAP);
        ui.horizontal(|ui| {
            if ui.button(t.tr(key!("button-save"))).clicked() {
                out.push(Command::Guard(GuardChoice::Save));
            }
            if ui.button(t.tr(key!("guard-discard"))).clicked() {
                out.push(Command::Guard(GuardChoice::Discard));
            }
            if ui.button(t.tr(key!("button-cancel"))).clicked()
                || ui.input(|i| i.key_pressed(egui::Key::Escape))
            {
                out.push(Command::Guard(GuardChoice::Cancel));
            }
        });
    });
}

/// What a command is called in the shortcuts list: the status keys name the status they set
/// on the open dataset's scale ("Set status: Limited progress"); `None` for a status key the
/// scale has no level for.
fn shortcut_label(
    c: MenuCommand,
    t: &Translator,
    scale: Option<&[crate::model::StatusLevel]>,
) -> Option<String> {
    match (c, scale) {
        (MenuCommand::SetStatus(n), Some(scale)) => scale.get(usize::from(n)).map(|level| {
            t.tr_args(
                key!("shortcut-set-status"),
                &[(
                    "status",
                    crate::model::text_or_empty(&level.label, t.language().code())
                        .to_owned()
                        .into(),
                )],
            )
        }),
        _ => Some(c.text(t).0),
    }
}

/// The keyboard shortcuts window (F1), listing the command table; Esc or its close button
/// closes it.
pub struct Shortcuts<'a> {
    /// Interface strings.
    pub t: &'a Translator,
    /// The open dataset's status scale, which names what the number keys set.
    pub scale: Option<&'a [crate::model::StatusLevel]>,
    /// Commands out.
    pub out: &'a mut Vec<Command>,
}

impl Shortcuts<'_> {
    /// Draws the window.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let (t, scale) = (self.t, self.scale);
        let out = &mut *self.out;
        let mut open = true;
        egui::Window::new(t.tr(key!("cmd-shortcuts")))
            .open(&mut open)
            .resizable(false)
            .collapsible(false)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ui.ctx(), |ui| {
                egui::Grid::new("shortcuts")
                    .striped(true)
                    .num_columns(2)
                    .show(ui, |ui| {
                        for c in MenuCommand::all() {
                            let Some(label) = shortcut_label(c, t, scale) else {
                                continue;
                            };
                            let keys: Vec<String> = c
                                .shortcuts()
                                .iter()
                                .map(|s| ui.ctx().format_shortcut(s))
                                .collect();
                            ui.label(label);
                            ui.monospace(keys.join(" / "));
                            ui.end_row();
                        }
                    });
                ui.weak(t.tr(key!("shortcuts-note")));
            });
        if !open || ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
            out.push(Command::CloseShortcuts);
        }
    }
}
