//! The window's layout: menu bar, banners, tree, list, detail, messages and status bar.

use super::app::PoaApp;
use super::charts_view::ChartsView;
use super::command::Command;
use super::detail_panel::DetailPanel;
use super::list_panel::ListPanel;
use super::menu_bar::MenuBar;
use super::messages::{Banners, Messages};
use super::narrative_panel::NarrativePanel;
use super::state::{Central, Selection};
use super::status_bar::StatusBar;
use super::theme;
use super::tree_panel::TreePanel;
use super::welcome::{Loading, Welcome};

/// Windows narrower than this (in points) put the detail panel below the list.
pub const NARROW_WIDTH: f32 = 1100.0;

/// Draws every panel of the window.
pub fn ui(app: &mut PoaApp, ui: &mut egui::Ui, out: &mut Vec<Command>) {
    egui::Panel::top("menu_bar").show(ui, |ui| MenuBar { app, out }.ui(ui));
    if Banners::any(app) {
        egui::Panel::top("banners").show(ui, |ui| Banners { app, out }.ui(ui));
    }
    egui::Panel::bottom("status_bar").show(ui, |ui| StatusBar { app }.ui(ui));
    if !app.messages.is_empty() {
        egui::Panel::bottom("messages")
            .resizable(true)
            .max_size(200.0)
            .show(ui, |ui| {
                Messages {
                    messages: &app.messages,
                    t: &app.t,
                    out,
                }
                .ui(ui);
            });
    }
    if let Some((path, progress)) = &app.tasks.loading {
        // A large file takes seconds: say which, and how far it has come.
        egui::CentralPanel::default().show(ui, |ui| {
            Loading {
                path,
                progress,
                t: &app.t,
            }
            .ui(ui);
        });
        return;
    }
    work_area(app, ui, out);
}

/// The detail panel: beside the list, or under it in a narrow window.
fn detail_panel(ui: &mut egui::Ui, narrow: bool, contents: impl FnOnce(&mut egui::Ui)) {
    if narrow {
        let height = ui.available_height();
        egui::Panel::bottom("detail_below")
            .resizable(true)
            .default_size(height * 0.45)
            .size_range(120.0..=(height * 0.75).max(120.0))
            .show(ui, contents);
    } else {
        egui::Panel::right("detail")
            .resizable(true)
            .default_size(theme::DETAIL_WIDTH)
            .size_range(280.0..=900.0)
            .show(ui, contents);
    }
}

/// Tree, detail panel and the centre, or the welcome screen when no review is open.
fn work_area(app: &mut PoaApp, ui: &mut egui::Ui, out: &mut Vec<Command>) {
    let PoaApp {
        ws,
        view,
        cache,
        drafts,
        detail,
        charts,
        t,
        settings,
        ..
    } = app;
    let Some(ws) = ws.as_ref() else {
        egui::CentralPanel::default().show(ui, |ui| {
            Welcome {
                recent: &settings.recent,
                t,
                out,
            }
            .ui(ui);
        });
        return;
    };
    // Below this width the detail panel goes under the list instead of beside it, so it never
    // covers the list and the list keeps room for whole titles.
    let narrow = ui.available_width() < NARROW_WIDTH;
    let tree_width = if narrow {
        theme::TREE_WIDTH * 0.8
    } else {
        theme::TREE_WIDTH
    };
    egui::Panel::left("tree")
        .resizable(true)
        .default_size(tree_width)
        .size_range(160.0..=500.0)
        .show(ui, |ui| {
            TreePanel {
                ws,
                view,
                cache,
                t,
                out,
            }
            .ui(ui);
        });
    let detail_ui = |ui: &mut egui::Ui| match view.selection.clone() {
        Selection::Commitment(id) => {
            DetailPanel {
                ws,
                index: cache.by_id.get(&id).copied(),
                view,
                drafts,
                state: detail,
                t,
                out,
            }
            .ui(ui);
        }
        Selection::Group(id) => NarrativePanel {
            ws,
            group: &id,
            lang: &view.content_lang,
            drafts,
            t,
            out,
        }
        .ui(ui),
        Selection::None => {
            ui.add_space(theme::GAP);
            ui.weak(t.tr(key!("detail-nothing-selected")));
        }
    };
    detail_panel(ui, narrow, detail_ui);
    egui::CentralPanel::default().show(ui, |ui| {
        ui.horizontal(|ui| {
            ui.selectable_value(
                &mut view.central,
                Central::Commitments,
                t.tr(key!("tab-commitments")),
            );
            ui.selectable_value(&mut view.central, Central::Charts, t.tr(key!("tab-charts")));
        });
        match view.central {
            Central::Commitments => ListPanel {
                ws,
                view,
                cache,
                t,
                out,
            }
            .ui(ui),
            Central::Charts => ChartsView {
                ws,
                state: charts,
                t,
                out,
            }
            .ui(ui),
        }
    });
}
