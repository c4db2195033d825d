//! The centre: search, filters, and the commitment list. The list is virtualised — only the
//! rows on screen are laid out — so ten thousand commitments scroll smoothly.

use egui::{Align, Layout, Sense, UiBuilder, vec2};

use super::chip::status_chip;
use super::command::Command;
pub use super::list_columns::ColumnWidths;
use super::list_columns::{cell, header_ui};
use super::state::{Cache, Selection, ViewState};
use super::theme;
use crate::model::text_or_empty;
use crate::workspace::Workspace;

/// Height of a row: two lines, so a title can wrap instead of being cut after a few words.
pub const ROW_HEIGHT: f32 = 34.0;
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
        t.tr_args(key!("filter-all"), &[("name", name.to_owned().into())])
    } else {
        t.tr_args(
            key!("filter-some"),
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

/// A title laid out in at most `rows` lines of `width`, ending in "…" when cut.
fn title_galley(
    ui: &egui::Ui,
    text: &str,
    width: f32,
    rows: usize,
) -> std::sync::Arc<egui::Galley> {
    let mut job = egui::text::LayoutJob::simple(
        text.to_owned(),
        egui::TextStyle::Body.resolve(ui.style()),
        ui.visuals().text_color(),
        width,
    );
    job.wrap.max_rows = rows;
    job.wrap.overflow_character = Some('…');
    ui.ctx().fonts_mut(|f| f.layout_job(job))
}

impl ListPanel<'_> {
    /// Draws the list.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        self.search_ui(ui);
        self.filters_ui(ui);
        ui.separator();
        let mut cols = ColumnWidths::load(ui.ctx());
        header_ui(ui, self.t, &mut cols);
        self.rows_ui(ui, &cols);
    }

    fn search_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let label = ui.label(self.t.tr(key!("search-label")));
            let edit = egui::TextEdit::singleline(&mut self.view.filter.query)
                .hint_text(self.t.tr(key!("search-hint")))
                .desired_width(ui.available_width() - 120.0);
            let response = ui.add(edit).labelled_by(label.id);
            if self.view.focus_search {
                response.request_focus();
                self.view.focus_search = false;
            }
            ui.label(self.t.tr_args(
                key!("search-count"),
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
                &t.tr(key!("filter-status")),
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
                &t.tr(key!("filter-evidence")),
                evidence_levels,
                &mut f.evidence,
            );
            // Tags by their labels in the content language (the id where a dataset has none).
            let mut tags: Vec<(&str, &str)> = self
                .cache
                .tags
                .iter()
                .map(|id| (id.as_str(), d.tag_label(id, &lang)))
                .collect();
            tags.sort_by(|a, b| a.1.cmp(b.1));
            let tag_label = ui.label(t.tr(key!("filter-tag")));
            egui::ComboBox::from_id_salt("tag_filter")
                .selected_text(f.tag.as_deref().map_or_else(
                    || t.tr(key!("filter-tag-any-short")),
                    |id| d.tag_label(id, &lang).to_owned(),
                ))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut f.tag, None, t.tr(key!("filter-tag-any")));
                    for (id, label) in tags {
                        ui.selectable_value(&mut f.tag, Some(id.to_owned()), label);
                    }
                })
                .response
                .labelled_by(tag_label.id);
            addressee_filter(ui, t, d, &mut f.addressee);
            let since_label = ui.label(t.tr(key!("filter-since")));
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
                ui.colored_label(
                    theme::error_text(ui.visuals()),
                    t.tr(key!("filter-date-format")),
                );
            }
            if f.changed_since.is_some()
                && ui
                    .small_button(t.tr(key!("filter-what-changed")))
                    .on_hover_text(t.tr(key!("filter-what-changed-tip")))
                    .clicked()
            {
                self.out.push(Command::ShowChangesSince(
                    self.view.changed_since_text.clone(),
                ));
            }
            ui.checkbox(
                &mut f.assessed_without_evidence,
                t.tr(key!("filter-no-evidence")),
            )
            .on_hover_text(t.tr(key!("filter-no-evidence-tip")));
            if ui
                .add_enabled(!f.is_empty(), egui::Button::new(t.tr(key!("filter-clear"))))
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

    fn rows_ui(&mut self, ui: &mut egui::Ui, cols: &ColumnWidths) {
        let cache = self.cache;
        let rows = &cache.rows;
        if rows.is_empty() {
            ui.add_space(theme::GAP);
            ui.weak(self.t.tr(key!("list-empty")));
            return;
        }
        let selected_id = match &self.view.selection {
            Selection::Commitment(id) => Some(id.clone()),
            _ => None,
        };
        let selected_index = selected_id.as_deref().and_then(|id| cache.row_of_id(id));
        let row_h = ROW_HEIGHT;
        // Rows are two lines high; a small gap between them keeps more of them on screen.
        ui.spacing_mut().item_spacing.y = 2.0;
        let spacing = ui.spacing().item_spacing.y;
        let mut area = egui::ScrollArea::vertical().auto_shrink([false, false]);
        // A new search or filter shows its results from the top, not at the old position.
        let seen = egui::Id::unique("poa_list_rows_seen");
        let generation = cache.rows_generation;
        if ui.data(|d| d.get_temp::<u64>(seen)) != Some(generation) {
            ui.data_mut(|d| d.insert_temp(seen, generation));
            area = area.vertical_scroll_offset(0.0);
        }
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
                    self.row_ui(ui, i, selected_id.as_deref(), scroll, cols);
                }
            });
    }

    /// One row: reference, title, status chip, evidence level, last changed — in columns, or
    /// stacked (reference, evidence and date above the title) when the list is narrow.
    fn row_ui(
        &mut self,
        ui: &mut egui::Ui,
        i: usize,
        selected_id: Option<&str>,
        scroll: bool,
        cols: &ColumnWidths,
    ) {
        let ws = self.ws;
        let d = &ws.dataset;
        let lang = self.view.content_lang.clone();
        let row_h = ROW_HEIGHT;
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
        let reference = d.reference_in(&c.source, self.t);
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
        let inner = rect.shrink2(vec2(4.0, 0.0));
        let mut row = ui.new_child(
            UiBuilder::new()
                .max_rect(inner)
                .layout(Layout::left_to_right(Align::Center)),
        );
        let spacing = row.spacing().item_spacing.x;
        let title_text = if fallback {
            format!("{title} [en]")
        } else {
            title.to_owned()
        };
        let elided = if let Some(title_w) = cols.title_width(inner.width(), spacing) {
            cell(&mut row, cols.reference, reference);
            let galley = title_galley(&row, &title_text, title_w, 2);
            let elided = galley.elided;
            row.allocate_ui_with_layout(
                vec2(title_w, row_h),
                Layout::left_to_right(Align::Center),
                |ui| {
                    ui.set_width(title_w);
                    ui.add(egui::Label::new(galley).selectable(false));
                },
            );
            status_chip(&mut row, level, &lang, cols.status);
            cell(&mut row, cols.evidence, evidence);
            cell(&mut row, cols.changed, changed);
            elided
        } else {
            let left_w = inner.width() - cols.status - spacing;
            let galley = title_galley(&row, &title_text, left_w, 1);
            let elided = galley.elided;
            row.allocate_ui_with_layout(vec2(left_w, row_h), Layout::top_down(Align::Min), |ui| {
                ui.set_width(left_w);
                ui.spacing_mut().item_spacing.y = 1.0;
                let mut above = vec![reference, evidence.to_owned()];
                if !changed.is_empty() {
                    above.push(changed);
                }
                ui.add(
                    egui::Label::new(egui::RichText::new(above.join("  ·  ")).small().weak())
                        .truncate()
                        .selectable(false),
                );
                ui.add(egui::Label::new(galley).selectable(false));
            });
            status_chip(&mut row, level, &lang, cols.status);
            elided
        };
        if elided {
            response.on_hover_text(title_text);
        }
    }
}

/// The addressee filter, when the dataset's commitments name any addressee.
fn addressee_filter(
    ui: &mut egui::Ui,
    t: &crate::i18n::Translator,
    d: &crate::model::Dataset,
    chosen: &mut Option<crate::model::Addressee>,
) {
    let addressees: Vec<crate::model::Addressee> = crate::model::Addressee::ALL
        .into_iter()
        .filter(|a| d.commitments.iter().any(|c| c.addressee == Some(*a)))
        .collect();
    if addressees.is_empty() {
        return;
    }
    let label = ui.label(t.tr(key!("filter-addressee")));
    egui::ComboBox::from_id_salt("addressee_filter")
        .selected_text(chosen.map_or_else(|| t.tr(key!("filter-tag-any-short")), |a| t.tr(a.key())))
        .show_ui(ui, |ui| {
            ui.selectable_value(chosen, None, t.tr(key!("filter-addressee-any")));
            for a in addressees {
                ui.selectable_value(chosen, Some(a), t.tr(a.key()));
            }
        })
        .response
        .labelled_by(label.id);
}
