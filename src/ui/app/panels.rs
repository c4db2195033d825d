//! The frame's layout: which view goes where, and the borrows each gets — the read-only
//! [`ViewContext`](crate::ui::view_context::ViewContext) for the menu bar, status bar and
//! banners, and only the parts it edits for every other view.

use super::PoaApp;
use crate::ui::command::Command;
use crate::ui::dialogs::{self, Shortcuts};
use crate::ui::export_dialog::ExportDialog;
use crate::ui::layout::WorkArea;
use crate::ui::matrix_window::MatrixWindow;
use crate::ui::menu_bar::MenuBar;
use crate::ui::merge_view::MergeView;
use crate::ui::messages::{Banners, Messages};
use crate::ui::pack_window::PackWindow;
use crate::ui::report_window::ReportWindow;
use crate::ui::settings_window::SettingsWindow;
use crate::ui::status_bar::StatusBar;
use crate::ui::tasks::TaskKind;
use crate::ui::view_context::display_name;
use crate::ui::welcome::Loading;

impl PoaApp {
    /// Draws every panel and dialog of the window, collecting what they ask for in `out`.
    pub(super) fn panels(&mut self, ui: &mut egui::Ui, out: &mut Vec<Command>) {
        self.bars(ui, out);
        if let Some((path, progress)) = &self.tasks.loading {
            // A large file takes seconds: say which, and how far it has come.
            egui::CentralPanel::default().show(ui, |ui| {
                Loading {
                    path,
                    progress,
                    t: &self.t,
                }
                .ui(ui);
            });
        } else {
            WorkArea {
                ws: self.ws.as_ref(),
                view: &mut self.view,
                cache: &self.cache,
                drafts: &mut self.drafts,
                detail: &mut self.detail,
                charts: &mut self.charts,
                t: &self.t,
                recent: &self.settings.recent,
                out,
            }
            .ui(ui);
        }
        self.dialogs(ui, out);
    }

    /// Menu bar, banners, status bar and messages.
    fn bars(&self, ui: &mut egui::Ui, out: &mut Vec<Command>) {
        let ctx = self.view_context();
        egui::Panel::top("menu_bar").show(ui, |ui| MenuBar { ctx: &ctx, out }.ui(ui));
        if Banners::any(&ctx) {
            egui::Panel::top("banners").show(ui, |ui| Banners { ctx: &ctx, out }.ui(ui));
        }
        egui::Panel::bottom("status_bar").show(ui, |ui| StatusBar { ctx: &ctx }.ui(ui));
        if !self.messages.is_empty() {
            egui::Panel::bottom("messages")
                .resizable(true)
                .max_size(200.0)
                .show(ui, |ui| {
                    Messages {
                        messages: &self.messages,
                        t: &self.t,
                        out,
                    }
                    .ui(ui);
                });
        }
    }

    /// The Export dialog, the document flow's questions and the shortcuts window.
    fn dialogs(&mut self, ui: &mut egui::Ui, out: &mut Vec<Command>) {
        if self.export.open
            && let Some(ws) = &self.ws
        {
            ExportDialog {
                ws,
                state: &mut self.export,
                busy: self.tasks.is_running(TaskKind::Briefing),
                as_of: self.charts.as_of,
                t: &self.t,
                out,
            }
            .ui(ui);
        }
        let name = self
            .ws
            .as_ref()
            .map(|w| display_name(w, &self.t))
            .unwrap_or_default();
        if let Some(ws) = &self.ws
            && self.merge.merge.is_some()
        {
            MergeView {
                dataset: &ws.dataset,
                state: &mut self.merge,
                t: &self.t,
                lang: &self.view.content_lang,
                out,
            }
            .ui(ui);
        }
        if self.report.is_open() {
            ReportWindow {
                state: &mut self.report,
                busy: self.tasks.is_running(TaskKind::Report),
                t: &self.t,
                out,
            }
            .ui(ui);
        }
        if self.pack.open
            && let Some(ws) = &self.ws
        {
            PackWindow {
                state: &mut self.pack,
                dataset: &ws.dataset,
                content_lang: &self.view.content_lang,
                busy: self.tasks.is_running(TaskKind::Report),
                t: &self.t,
                out,
            }
            .ui(ui);
        }
        if let Some(import) = &mut self.matrix.import
            && let Some(ws) = &self.ws
            && self.merge.merge.is_none()
        {
            MatrixWindow {
                import,
                dataset: &ws.dataset,
                words: &self.settings.matrix_words,
                content_lang: &self.view.content_lang,
                busy: self.tasks.is_running(TaskKind::Merge),
                t: &self.t,
                out,
            }
            .ui(ui);
        }
        if self.settings_window.open {
            SettingsWindow {
                state: &mut self.settings_window,
                settings: &self.settings,
                t: &self.t,
                out,
            }
            .ui(ui);
        }
        self.reading_windows(ui, out);
        dialogs::flow_ui(ui, &mut self.flow, &self.t, &name, out);
        if self.show_guide {
            crate::ui::guide_window::GuideWindow { t: &self.t, out }.ui(ui);
        }
        if self.show_shortcuts {
            Shortcuts {
                t: &self.t,
                scale: self.ws.as_ref().map(|w| w.dataset.status_scale.as_slice()),
                out,
            }
            .ui(ui);
        }
    }

    /// The windows that read rather than edit: many reviews at once, and Help → About.
    fn reading_windows(&mut self, ui: &mut egui::Ui, out: &mut Vec<Command>) {
        if self.aggregate.aggregate.is_some() {
            crate::ui::aggregate_window::AggregateWindow {
                state: &mut self.aggregate,
                busy: self.tasks.is_running(TaskKind::Report),
                lang: &self.view.content_lang,
                t: &self.t,
                out,
            }
            .ui(ui);
        }
        if self.about.open {
            crate::ui::about_window::AboutWindow {
                state: &self.about,
                t: &self.t,
                out,
            }
            .ui(ui);
        }
    }
}
