//! The centre: search, filters, and the commitment list. The list is virtualised — only the
//! rows on screen are laid out — so ten thousand commitments scroll smoothly.

use egui::{Align, Layout, Sense, UiBuilder, vec2};

use super::chip::status_chip;
use super::command::Command;
use super::state::{Cache, Selection, ViewState};
use super::theme;
use crate::model::text_or_empty;
use crate::workspace::Workspace;

/// Width of the reference column.
const REF_W: f32 = 140.0;
/// Width of the status column.
const STATUS_W: f32 = 130.0;
/// Width of the evidence column.
const EVIDENCE_W: f32 = 95.0;
/// Width of the last-changed column.
const CHANGED_W: f32 = 80.0;

/// The commitment list with its search box and filters.
pub struct ListPanel<'a> {
    /// The open review.
    pub ws: &'a Workspace,
    /// Selection and filter (the filter is edited here).
    pub view: &'a mut ViewState,
    /// Filtered rows.
    pub cache: &'a Cache,
    /// Interface strings.
    pub t: &'a crate::i18n::Translator,
    /// Commands out.
    pub out: &'a mut Vec<Command>,
}

/// A menu of checkboxes choosing which levels of a scale the list shows (none ticked: all).
fn level_menu<'a>(
    ui: &mut egui::Ui,
    t: &crate::i18n::Translator,
    name: &str,
    levels: impl Iterator<Item = (&'a str, &'a str)>,
    chosen: &mut std::collections::BTreeSet<String>,
) {
    let title = if chosen.is_empty() {
        t.tr_args("filter-all", &[("name", name.to_owned().into())])
    } else {
        t.tr_args(
            "filter-some",
            &[("name", name.to_owned().into()), ("n", chosen.len().into())],
        )
    };
    ui.menu_button(title, |ui| {
        for (id, label) in levels {
            let mut on = chosen.contains(id);
            if ui.checkbox(&mut on, label).changed() {
                if on {
                    chosen.insert(id.to_owned());
                } else {
                    chosen.remove(id);
                }
            }
        }
    });
}

/// A left-aligned, truncated cell of a fixed width.
fn cell(ui: &mut egui::Ui, width: f32, text: impl Into<egui::WidgetText>) {
    let height = theme::ROW_HEIGHT;
    ui.allocate_ui_with_layout(
        vec2(width, height),
        Layout::left_to_right(Align::Center),
        |ui| {
            ui.set_width(width);
            ui.add(egui::Label::new(text).truncate());
        },
    );
}

/// What is left for the title column after the fixed columns.
fn title_width(ui: &egui::Ui) -> f32 {
    (ui.available_width()
        - REF_W
        - STATUS_W
        - EVIDENCE_W
        - CHANGED_W
        - 4.0 * ui.spacing().item_spacing.x
        - 8.0)
        .max(60.0)
}

impl ListPanel<'_> {
    /// Draws the list.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        self.search_ui(ui);
        self.filters_ui(ui);
        ui.separator();
        Self::header_ui(ui, self.t);
        self.rows_ui(ui);
    }

    fn search_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let label = ui.label(self.t.tr("search-label"));
            let edit = egui::TextEdit::singleline(&mut self.view.filter.query)
                .hint_text(self.t.tr("search-hint"))
                .desired_width(ui.available_width() - 120.0);
            let response = ui.add(edit).labelled_by(label.id);
            if self.view.focus_search {
                response.request_focus();
                self.view.focus_search = false;
            }
            ui.label(self.t.tr_args(
                "search-count",
                &[
                    ("n", self.cache.rows.len().into()),
                    ("total", self.ws.dataset.commitments.len().into()),
                ],
            ));
        });
    }

    fn filters_ui(&mut self, ui: &mut egui::Ui) {
        let t = self.t;
        let d = &self.ws.dataset;
        let lang = self.view.content_lang.clone();
        ui.horizontal_wrapped(|ui| {
            let f = &mut self.view.filter;
            let status_levels = d
                .status_scale
                .iter()
                .map(|l| (l.id.as_str(), text_or_empty(&l.label, &lang)));
            level_menu(
                ui,
                t,
                &t.tr("filter-status"),
                status_levels,
                &mut f.statuses,
            );
            let evidence_levels = d
                .evidence_scale
                .iter()
                .map(|l| (l.id.as_str(), text_or_empty(&l.label, &lang)));
            level_menu(
                ui,
                t,
                &t.tr("filter-evidence"),
                evidence_levels,
                &mut f.evidence,
            );
            let tags = &self.cache.tags;
            let tag_label = ui.label(t.tr("filter-tag"));
            egui::ComboBox::from_id_salt("tag_filter")
                .selected_text(
                    f.tag
                        .clone()
                        .unwrap_or_else(|| t.tr("filter-tag-any-short")),
                )
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut f.tag, None, t.tr("filter-tag-any"));
                    for t in tags {
                        ui.selectable_value(&mut f.tag, Some(t.clone()), t);
                    }
                })
                .response
                .labelled_by(tag_label.id);
            let since_label = ui.label(t.tr("filter-since"));
            let since = ui
                .add(
                    egui::TextEdit::singleline(&mut self.view.changed_since_text)
                        .hint_text("YYYY-MM-DD")
                        .desired_width(90.0),
                )
                .labelled_by(since_label.id);
            if since.changed() {
                f.changed_since = self
                    .view
                    .changed_since_text
                    .trim()
                    .parse::<jiff::civil::Date>()
                    .ok()
                    .and_then(|d| d.to_zoned_datetime(jiff::tz::TimeZone::UTC).ok())
                    .map(|z| z.timestamp());
            }
            if !self.view.changed_since_text.trim().is_empty() && f.changed_since.is_none() {
                ui.colored_label(theme::error_text(ui.visuals()), t.tr("filter-date-format"));
            }
            ui.checkbox(&mut f.assessed_without_evidence, t.tr("filter-no-evidence"))
                .on_hover_text(t.tr("filter-no-evidence-tip"));
            if ui
                .add_enabled(!f.is_empty(), egui::Button::new(t.tr("filter-clear")))
                .clicked()
            {
                *f = crate::filter::Filter::default();
                self.view.changed_since_text.clear();
                self.out.push(Command::SelectGroup {
                    group: None,
                    section: None,
                });
            }
        });
    }

    fn header_ui(ui: &mut egui::Ui, t: &crate::i18n::Translator) {
        ui.horizontal(|ui| {
            ui.add_space(4.0);
            let title_w = title_width(ui);
            for (text, w) in [
                (t.tr("column-reference"), REF_W),
                (t.tr("column-commitment"), title_w),
                (t.tr("column-status"), STATUS_W),
                (t.tr("column-evidence"), EVIDENCE_W),
                (t.tr("column-changed"), CHANGED_W),
            ] {
                cell(ui, w, egui::RichText::new(text).strong());
            }
        });
    }

    fn rows_ui(&mut self, ui: &mut egui::Ui) {
        let cache = self.cache;
        let rows = &cache.rows;
        if rows.is_empty() {
            ui.add_space(theme::GAP);
            ui.weak(self.t.tr("list-empty"));
            return;
        }
        let selected_id = match &self.view.selection {
            Selection::Commitment(id) => Some(id.clone()),
            _ => None,
        };
        let selected_index = selected_id.as_deref().and_then(|id| cache.row_of_id(id));
        let row_h = theme::ROW_HEIGHT;
        let spacing = ui.spacing().item_spacing.y;
        let mut area = egui::ScrollArea::vertical().auto_shrink([false, false]);
        if self.view.scroll_to_selected
            && let Some(i) = selected_index
        {
            // Put an off-screen selection in view; rows on screen scroll minimally below.
            #[expect(clippy::cast_precision_loss, reason = "row counts are far below 2^23")]
            let y = i as f32 * (row_h + spacing);
            let state =
                egui::scroll_area::State::load(ui.ctx(), ui.make_persistent_id("commitment_list"));
            let visible = state.is_some_and(|s| {
                y >= s.clamped_offset().y
                    && y + row_h <= s.clamped_offset().y + ui.available_height() - row_h
            });
            if !visible {
                area = area.vertical_scroll_offset((y - 3.0 * row_h).max(0.0));
            }
        }
        let scroll = std::mem::take(&mut self.view.scroll_to_selected);
        area.id_salt("commitment_list")
            .show_rows(ui, row_h, rows.len(), |ui, range| {
                for &i in &rows[range] {
                    self.row_ui(ui, i, selected_id.as_deref(), scroll);
                }
            });
    }

    /// One row: reference, title, status chip, evidence level, last changed.
    fn row_ui(&mut self, ui: &mut egui::Ui, i: usize, selected_id: Option<&str>, scroll: bool) {
        let ws = self.ws;
        let d = &ws.dataset;
        let lang = self.view.content_lang.clone();
        let row_h = theme::ROW_HEIGHT;
        let c = &d.commitments[i];
        let a = ws.review.assessments.get(&c.id);
        let status_id = a.map_or(d.default_status(), |a| a.status.as_str());
        let level = d.status_level(status_id);
        let evidence_id = a.map_or(d.default_evidence(), |a| a.evidence_level.as_str());
        let evidence = d
            .evidence_scale
            .iter()
            .find(|l| l.id == evidence_id)
            .map_or(evidence_id, |l| text_or_empty(&l.label, &lang));
        let reference = d.reference(&c.source);
        let (title, fallback) = crate::model::text_in(&c.title, &lang).unwrap_or(("", false));
        let changed = a
            .and_then(|a| a.updated_at)
            .map(|t| t.strftime("%Y-%m-%d").to_string())
            .unwrap_or_default();
        let status_text = level.map_or(status_id, |l| text_or_empty(&l.label, &lang));
        let is_selected = selected_id == Some(c.id.as_str());

        let (rect, response) =
            ui.allocate_exact_size(vec2(ui.available_width(), row_h), Sense::click());
        let accessible = format!("{reference} — {title} — {status_text}");
        response.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::ListItem, true, is_selected, &accessible)
        });
        if response.clicked() {
            self.out.push(Command::SelectCommitment(c.id.clone()));
        }
        if is_selected && scroll {
            ui.scroll_to_rect(rect, None);
        }
        if !ui.is_rect_visible(rect) {
            return;
        }
        let visuals = ui.visuals();
        if is_selected {
            ui.painter()
                .rect_filled(rect, 3.0, visuals.selection.bg_fill);
        } else if response.hovered() {
            ui.painter()
                .rect_filled(rect, 3.0, visuals.widgets.hovered.weak_bg_fill);
        }
        let mut row = ui.new_child(
            UiBuilder::new()
                .max_rect(rect.shrink2(vec2(4.0, 0.0)))
                .layout(Layout::left_to_right(Align::Center)),
        );
        let title_w = title_width(&row);
        cell(&mut row, REF_W, reference);
        let title_text = if fallback {
            format!("{title} [en]")
        } else {
            title.to_owned()
        };
        cell(&mut row, title_w, title_text);
        status_chip(&mut row, level, &lang, STATUS_W);
        cell(&mut row, EVIDENCE_W, evidence);
        cell(&mut row, CHANGED_W, changed);
    }
}
