//! The menu bar, built from the command table.

use super::command::Command;
use super::commands::MenuCommand;
use super::view_context::ViewContext;
use crate::settings::ThemeChoice;

/// The menu bar.
pub struct MenuBar<'a> {
    /// What the menus show and enable.
    pub ctx: &'a ViewContext<'a>,
    /// Commands out.
    pub out: &'a mut Vec<Command>,
}

impl MenuBar<'_> {
    /// A menu entry for a command of the table, enabled as the table says.
    fn item(&mut self, ui: &mut egui::Ui, c: MenuCommand) {
        let enabled = c.enabled(&self.ctx.available);
        let (label, tip) = c.text(self.ctx.t);
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
        let t = self.ctx.t;
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(t.tr(key!("menu-file")), |ui| {
                self.item(ui, MenuCommand::NewSample);
                self.item(ui, MenuCommand::NewReview);
                self.item(ui, MenuCommand::Open);
                ui.menu_button(t.tr(key!("menu-open-recent")), |ui| {
                    if self.ctx.settings.recent.is_empty() {
                        ui.weak(t.tr(key!("menu-no-recent")));
                    }
                    for path in &self.ctx.settings.recent {
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
                self.item(ui, MenuCommand::OpenReviews);
                self.item(ui, MenuCommand::OpenReviewFolder);
                ui.separator();
                self.item(ui, MenuCommand::Save);
                self.item(ui, MenuCommand::SaveAs);
                self.item(ui, MenuCommand::Close);
                ui.separator();
                self.item(ui, MenuCommand::Merge);
                self.item(ui, MenuCommand::Compare);
                self.item(ui, MenuCommand::ChangesSince);
                self.item(ui, MenuCommand::Export);
                ui.separator();
                self.item(ui, MenuCommand::SendForInput);
                self.item(ui, MenuCommand::ImportReply);
                self.item(ui, MenuCommand::ImportSheet);
                ui.separator();
                self.item(ui, MenuCommand::NewDatasetFromSheet);
                self.item(ui, MenuCommand::SaveDatasetTemplate);
                ui.separator();
                self.item(ui, MenuCommand::Settings);
                ui.separator();
                self.item(ui, MenuCommand::Quit);
            });
            ui.menu_button(t.tr(key!("menu-edit")), |ui| {
                self.item(ui, MenuCommand::Undo);
                self.item(ui, MenuCommand::Redo);
                ui.separator();
                self.item(ui, MenuCommand::Find);
                self.item(ui, MenuCommand::NextRow);
                self.item(ui, MenuCommand::PreviousRow);
            });
            ui.menu_button(t.tr(key!("menu-view")), |ui| self.view_menu(ui));
            ui.menu_button(t.tr(key!("menu-help")), |ui| {
                self.item(ui, MenuCommand::UserGuide);
                self.item(ui, MenuCommand::Shortcuts);
                self.item(ui, MenuCommand::OpenLogFolder);
                ui.separator();
                self.item(ui, MenuCommand::About);
            });
        });
    }

    fn view_menu(&mut self, ui: &mut egui::Ui) {
        let t = self.ctx.t;
        ui.menu_button(t.tr(key!("menu-language")), |ui| {
            for lang in crate::i18n::Language::ALL {
                if ui.radio(t.language() == lang, lang.native_name()).clicked() {
                    self.out.push(Command::SetLanguage(lang));
                    ui.close();
                }
            }
        });
        ui.menu_button(t.tr(key!("menu-theme")), |ui| {
            for (choice, key) in [
                (ThemeChoice::System, key!("theme-system")),
                (ThemeChoice::Light, key!("theme-light")),
                (ThemeChoice::Dark, key!("theme-dark")),
            ] {
                if ui
                    .radio(self.ctx.settings.theme == choice, t.tr(key))
                    .clicked()
                {
                    self.out.push(Command::SetTheme(choice));
                    ui.close();
                }
            }
        });
        self.item(ui, MenuCommand::ZoomIn);
        self.item(ui, MenuCommand::ZoomOut);
        self.item(ui, MenuCommand::ZoomReset);
        ui.separator();
        let mut native = self.ctx.settings.native_dialogs;
        if ui
            .checkbox(&mut native, t.tr(key!("menu-native-dialogs")))
            .on_hover_text(t.tr(key!("menu-native-dialogs-tip")))
            .changed()
        {
            self.out.push(Command::SetNativeDialogs(native));
        }
        ui.menu_button(t.tr(key!("menu-renderer")), |ui| {
            for (r, key, tip) in super::settings_window::renderer_choices() {
                if ui
                    .radio(self.ctx.settings.renderer == r, t.tr(key))
                    .on_hover_text(t.tr(tip))
                    .clicked()
                {
                    self.out.push(Command::SetRenderer(r));
                    ui.close();
                }
            }
        });
    }
}
