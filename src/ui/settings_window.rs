//! The Settings window (File ▸ Settings…): the reviewer's name, recorded with every change, lock
//! and merge; the interface language, theme, renderer and file dialogs. On first use it opens by
//! itself to ask for the name, suggesting the system account's full name.

use super::command::Command;
use crate::i18n::{Language, Translator};
use crate::settings::{Renderer, Settings, ThemeChoice};

/// Whether the window is open, and the name being typed.
#[derive(Debug, Default)]
pub struct SettingsWindowState {
    /// Whether the window is open.
    pub open: bool,
    /// The name being typed (applied with "Done").
    pub name: String,
    /// Opened by itself on first use, to ask for the name.
    pub first_use: bool,
}

impl SettingsWindowState {
    /// Opens the window with the settings' name (or the system's suggestion).
    pub fn show(&mut self, settings: &Settings) {
        self.open = true;
        self.first_use = false;
        self.name = settings.editor();
    }

    /// Opens the window to ask for the name on first use.
    pub fn ask_name(&mut self) {
        self.open = true;
        self.first_use = true;
        self.name = crate::settings::system_user_name();
    }
}

/// The renderers to choose from, with the message keys of their names and tooltips (the View
/// menu offers the same).
#[must_use]
pub fn renderer_choices() -> [(Renderer, &'static str, &'static str); 2] {
    [
        (
            Renderer::Wgpu,
            key!("renderer-wgpu"),
            key!("renderer-wgpu-tip"),
        ),
        (
            Renderer::Glow,
            key!("renderer-glow"),
            key!("renderer-glow-tip"),
        ),
    ]
}

/// The window.
pub struct SettingsWindow<'a> {
    /// Its state.
    pub state: &'a mut SettingsWindowState,
    /// The settings as they are.
    pub settings: &'a Settings,
    /// Interface strings.
    pub t: &'a Translator,
    /// Commands out.
    pub out: &'a mut Vec<Command>,
}

impl SettingsWindow<'_> {
    /// Draws the window.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let t = self.t;
        let mut open = self.state.open;
        egui::Window::new(t.tr(key!("settings-title")))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ui.ctx(), |ui| {
                if self.state.first_use {
                    ui.label(t.tr(key!("settings-first-use")));
                    ui.add_space(4.0);
                }
                egui::Grid::new("settings_grid")
                    .num_columns(2)
                    .spacing([12.0, 8.0])
                    .show(ui, |ui| self.grid(ui));
                ui.weak(t.tr(key!("settings-name-tip")));
                ui.separator();
                let named = !self.state.name.trim().is_empty();
                if ui
                    .add_enabled(named, egui::Button::new(t.tr(key!("settings-done"))))
                    .clicked()
                {
                    self.out
                        .push(Command::SetReviewerName(self.state.name.clone()));
                    self.out.push(Command::CloseSettings);
                }
            });
        if !open {
            self.out.push(Command::CloseSettings);
        }
    }

    fn grid(&mut self, ui: &mut egui::Ui) {
        let t = self.t;
        let l = ui.label(t.tr(key!("settings-name")));
        let r = ui
            .add(egui::TextEdit::singleline(&mut self.state.name).desired_width(260.0))
            .labelled_by(l.id);
        if self.state.first_use && !r.has_focus() && self.state.name.is_empty() {
            r.request_focus();
        }
        ui.end_row();

        let l = ui.label(t.tr(key!("menu-language")));
        egui::ComboBox::from_id_salt("settings_language")
            .selected_text(t.language().native_name())
            .show_ui(ui, |ui| {
                for lang in Language::ALL {
                    if ui
                        .selectable_label(t.language() == lang, lang.native_name())
                        .clicked()
                    {
                        self.out.push(Command::SetLanguage(lang));
                    }
                }
            })
            .response
            .labelled_by(l.id);
        ui.end_row();

        ui.label(t.tr(key!("menu-theme")));
        ui.horizontal(|ui| {
            for (choice, key) in [
                (ThemeChoice::System, key!("theme-system")),
                (ThemeChoice::Light, key!("theme-light")),
                (ThemeChoice::Dark, key!("theme-dark")),
            ] {
                if ui.radio(self.settings.theme == choice, t.tr(key)).clicked() {
                    self.out.push(Command::SetTheme(choice));
                }
            }
        });
        ui.end_row();

        ui.label(t.tr(key!("menu-renderer")));
        ui.vertical(|ui| {
            for (r, key, tip) in renderer_choices() {
                if ui
                    .radio(self.settings.renderer == r, t.tr(key))
                    .on_hover_text(t.tr(tip))
                    .clicked()
                {
                    self.out.push(Command::SetRenderer(r));
                }
            }
        });
        ui.end_row();

        ui.label(t.tr(key!("settings-dialogs")));
        let mut native = self.settings.native_dialogs;
        if ui
            .checkbox(&mut native, t.tr(key!("menu-native-dialogs")))
            .on_hover_text(t.tr(key!("menu-native-dialogs-tip")))
            .changed()
        {
            self.out.push(Command::SetNativeDialogs(native));
        }
        ui.end_row();
    }
}
