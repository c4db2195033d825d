//! The menu bar, built from the command table.

use super::app::PoaApp;
use super::command::Command;
use super::commands::MenuCommand;
use crate::settings::{Renderer, ThemeChoice};

/// The menu bar.
pub struct MenuBar<'a> {
    /// The app (read for what is enabled).
    pub app: &'a PoaApp,
    /// Commands out.
    pub out: &'a mut Vec<Command>,
}

impl MenuBar<'_> {
    /// A menu entry for a command of the table.
    fn item(&mut self, ui: &mut egui::Ui, c: MenuCommand, enabled: bool) {
        let (label, tip) = c.text(&self.app.t);
        let mut button = egui::Button::new(label);
        if let Some(s) = c.shortcuts().first() {
            button = button.shortcut_text(ui.ctx().format_shortcut(s));
        }
        if ui.add_enabled(enabled, button).on_hover_text(tip).clicked() {
            self.out.push(Command::Menu(c));
            ui.close();
        }
    }

    /// Draws the menu bar.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let t = &self.app.t;
        let ws = self.app.ws.as_ref();
        let has_ws = ws.is_some();
        let writable = ws.is_some_and(|w| w.read_only.is_none());
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(t.tr(key!("menu-file")), |ui| {
                self.item(ui, MenuCommand::NewSample, true);
                self.item(ui, MenuCommand::NewReview, true);
                self.item(ui, MenuCommand::Open, true);
                ui.menu_button(t.tr(key!("menu-open-recent")), |ui| {
                    if self.app.settings.recent.is_empty() {
                        ui.weak(t.tr(key!("menu-no-recent")));
                    }
                    for path in &self.app.settings.recent {
                        let name = path.file_name().map_or_else(
                            || path.display().to_string(),
                            |n| n.to_string_lossy().into_owned(),
                        );
                        if ui
                            .button(name)
                            .on_hover_text(path.display().to_string())
                            .clicked()
                        {
                            self.out.push(Command::OpenPath(path.clone()));
                            ui.close();
                        }
                    }
                });
                ui.separator();
                self.item(ui, MenuCommand::Save, writable);
                self.item(ui, MenuCommand::SaveAs, has_ws);
                self.item(ui, MenuCommand::Close, has_ws);
                ui.separator();
                self.item(ui, MenuCommand::Export, has_ws);
                ui.separator();
                self.item(ui, MenuCommand::Quit, true);
            });
            ui.menu_button(t.tr(key!("menu-edit")), |ui| {
                self.item(
                    ui,
                    MenuCommand::Undo,
                    ws.is_some_and(crate::workspace::Workspace::can_undo),
                );
                self.item(
                    ui,
                    MenuCommand::Redo,
                    ws.is_some_and(crate::workspace::Workspace::can_redo),
                );
                ui.separator();
                self.item(ui, MenuCommand::Find, has_ws);
                self.item(ui, MenuCommand::NextRow, has_ws);
                self.item(ui, MenuCommand::PreviousRow, has_ws);
            });
            ui.menu_button(t.tr(key!("menu-view")), |ui| self.view_menu(ui));
            ui.menu_button(t.tr(key!("menu-help")), |ui| {
                self.item(ui, MenuCommand::Shortcuts, true);
                ui.separator();
                ui.label(format!("poa-review {}", env!("CARGO_PKG_VERSION")));
            });
        });
    }

    fn view_menu(&mut self, ui: &mut egui::Ui) {
        let t = &self.app.t;
        ui.menu_button(t.tr(key!("menu-language")), |ui| {
            for (code, name) in crate::i18n::LANGUAGES {
                if ui.radio(t.language() == code, name).clicked() {
                    self.out.push(Command::SetLanguage(code.to_owned()));
                    ui.close();
                }
            }
        });
        ui.menu_button(t.tr(key!("menu-theme")), |ui| {
            for (choice, key) in [
                (ThemeChoice::System, "theme-system"),
                (ThemeChoice::Light, "theme-light"),
                (ThemeChoice::Dark, "theme-dark"),
            ] {
                if ui
                    .radio(self.app.settings.theme == choice, t.tr(key))
                    .clicked()
                {
                    self.out.push(Command::SetTheme(choice));
                    ui.close();
                }
            }
        });
        self.item(ui, MenuCommand::ZoomIn, true);
        self.item(ui, MenuCommand::ZoomOut, true);
        self.item(ui, MenuCommand::ZoomReset, true);
        ui.separator();
        let mut native = self.app.settings.native_dialogs;
        if ui
            .checkbox(&mut native, t.tr(key!("menu-native-dialogs")))
            .on_hover_text(t.tr(key!("menu-native-dialogs-tip")))
            .changed()
        {
            self.out.push(Command::SetNativeDialogs(native));
        }
        ui.menu_button(t.tr(key!("menu-renderer")), |ui| {
            for (r, key) in [
                (Renderer::Wgpu, "renderer-wgpu"),
                (Renderer::Glow, "renderer-glow"),
            ] {
                if ui
                    .radio(self.app.settings.renderer == r, t.tr(key))
                    .on_hover_text(t.tr(&format!("{key}-tip")))
                    .clicked()
                {
                    self.out.push(Command::SetRenderer(r));
                    ui.close();
                }
            }
        });
    }
}
