//! The work area's layout: the tree, the list or the charts, and the detail panel beside them
//! (or below, in a narrow window); the welcome screen when no review is open.

use std::path::PathBuf;

use super::charts_view::{ChartsState, ChartsView};
use super::command::Command;
use super::detail_panel::{DetailPanel, DetailState};
use super::list_panel::ListPanel;
use super::narrative_panel::NarrativePanel;
use super::state::{Cache, Central, Drafts, Selection, ViewState};
use super::theme;
use super::tree_panel::TreePanel;
use super::welcome::Welcome;
use crate::i18n::Translator;
use crate::workspace::Workspace;

/// Windows narrower than this (in points) put the detail panel below the list.
pub const NARROW_WIDTH: f32 = 1100.0;

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

/// The work area: what it draws, and the parts of the app state it may change.
pub struct WorkArea<'a> {
    /// The open review, if any.
    pub ws: Option<&'a Workspace>,
    /// Selection, filter, languages.
    pub view: &'a mut ViewState,
    /// Derived data.
    pub cache: &'a Cache,
    /// Text being typed.
    pub drafts: &'a mut Drafts,
    /// The evidence form.
    pub detail: &'a mut DetailState,
    /// The Charts view.
    pub charts: &'a mut ChartsState,
    /// Interface strings.
    pub t: &'a Translator,
    /// Recent files, for the welcome screen.
    pub recent: &'a [PathBuf],
    /// Commands out.
    pub out: &'a mut Vec<Command>,
}

impl WorkArea<'_> {
    /// Tree, detail panel and the centre, or the welcome screen when no review is open.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let Self {
            ws,
            view,
            cache,
            drafts,
            detail,
            charts,
            t,
            recent,
            out,
        } = self;
        let (cache, t) = (*cache, *t);
        let Some(ws) = *ws else {
            egui::CentralPanel::default().show(ui, |ui| {
                Welcome { recent, t, out }.ui(ui);
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
}
