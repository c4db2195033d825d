//! The "Send for input" window: who the pack is for, which pillars or sections it covers and
//! its language, before the file is chosen (see [`crate::sheets::pack`]).

use super::command::Command;
use super::tasks::DialogPurpose;
use crate::i18n::{Language, Translator};
use crate::model::{Dataset, text_or_empty};

/// The choices for the next pack.
#[derive(Debug, Default)]
pub struct PackState {
    /// Whether the window is open.
    pub open: bool,
    /// Who it is for ("Ministry of Health").
    pub recipient: String,
    /// Pillars, groups or sections chosen, by id (none: all).
    pub scope: Vec<String>,
    /// The pack's language.
    pub lang: Language,
}

impl PackState {
    /// The file name offered: `pack-<recipient>.xlsx`, in characters a file name can hold.
    #[must_use]
    pub fn file_name(&self) -> String {
        let name: String = self
            .recipient
            .trim()
            .chars()
            .map(|c| if c.is_alphanumeric() { c } else { '-' })
            .collect();
        let name = name.trim_matches('-');
        if name.is_empty() {
            "pack.xlsx".to_owned()
        } else {
            format!("pack-{name}.xlsx")
        }
    }
}

/// The window.
pub struct PackWindow<'a> {
    /// Its state.
    pub state: &'a mut PackState,
    /// The open dataset (its pillars and sections).
    pub dataset: &'a Dataset,
    /// The language dataset texts are shown in.
    pub content_lang: &'a str,
    /// Whether a pack is being written.
    pub busy: bool,
    /// Interface strings.
    pub t: &'a Translator,
    /// Commands out.
    pub out: &'a mut Vec<Command>,
}

impl PackWindow<'_> {
    /// Draws the window.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let t = self.t;
        let mut open = true;
        egui::Window::new(t.tr(key!("pack-window-title")))
            .id(egui::Id::unique("pack_window"))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ui.ctx(), |ui| self.contents(ui));
        if !open {
            self.state.open = false;
        }
    }

    fn contents(&mut self, ui: &mut egui::Ui) {
        let t = self.t;
        ui.label(t.tr(key!("pack-window-intro")));
        ui.add_space(6.0);
        egui::Grid::new("pack_grid")
            .num_columns(2)
            .spacing([12.0, 8.0])
            .show(ui, |ui| {
                let l = ui.label(t.tr(key!("pack-recipient")));
                ui.add(
                    egui::TextEdit::singleline(&mut self.state.recipient)
                        .hint_text(t.tr(key!("pack-recipient-hint")))
                        .desired_width(280.0),
                )
                .labelled_by(l.id);
                ui.end_row();
                let l = ui.label(t.tr(key!("export-language")));
                egui::ComboBox::from_id_salt("pack_lang")
                    .selected_text(self.state.lang.native_name())
                    .show_ui(ui, |ui| {
                        for lang in Language::ALL {
                            ui.selectable_value(&mut self.state.lang, lang, lang.native_name());
                        }
                    })
                    .response
                    .labelled_by(l.id);
                ui.end_row();
            });
        ui.add_space(6.0);
        ui.strong(t.tr(key!("pack-scope")));
        egui::ScrollArea::vertical()
            .max_height(260.0)
            .show(ui, |ui| {
                for g in &self.dataset.groups {
                    self.scope_box(ui, &g.id, text_or_empty(&g.title, self.content_lang), 0.0);
                    for s in &g.sections {
                        self.scope_box(ui, &s.id, text_or_empty(&s.title, self.content_lang), 20.0);
                    }
                }
            });
        if self.state.scope.is_empty() {
            ui.weak(t.tr(key!("pack-scope-all")));
        }
        ui.add_space(6.0);
        ui.horizontal(|ui| {
            if ui
                .add_enabled(!self.busy, egui::Button::new(t.tr(key!("pack-save"))))
                .clicked()
            {
                self.out.push(Command::AskPath(DialogPurpose::SavePack));
            }
            if ui.button(t.tr(key!("button-cancel"))).clicked() {
                self.state.open = false;
            }
        });
    }

    fn scope_box(&mut self, ui: &mut egui::Ui, id: &str, title: &str, indent: f32) {
        ui.horizontal(|ui| {
            ui.add_space(indent);
            let mut on = self.state.scope.iter().any(|s| s == id);
            if ui.checkbox(&mut on, title).changed() {
                if on {
                    self.state.scope.push(id.to_owned());
                } else {
                    self.state.scope.retain(|s| s != id);
                }
            }
        });
    }
}
