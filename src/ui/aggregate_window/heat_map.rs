//! The heat map tab: per pillar, one row per delegation and one column per section, each cell
//! coloured by the share of the section's commitments the delegation has assessed (or marked
//! as progress), with the percentage written in it.

use super::{Measure, group_picker, left_aligned};
use crate::aggregate::Aggregate;
use crate::i18n::Translator;
use crate::model::text_or_empty;
use crate::ui::theme;

/// Height of a row.
const ROW: f32 = 22.0;
/// Width of a section's column.
const CELL: f32 = 130.0;
/// Width of the delegations' column.
const NAME: f32 = 180.0;

/// The tab.
pub struct HeatMapView<'a> {
    /// What was read.
    pub aggregate: &'a Aggregate,
    /// The pillar shown (index into the dataset's groups).
    pub group: &'a mut usize,
    /// What the colour says.
    pub measure: &'a mut Measure,
    /// The language of the dataset's texts.
    pub lang: &'a str,
    /// Interface strings.
    pub t: &'a Translator,
}

impl HeatMapView<'_> {
    /// Draws the tab.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let (t, a) = (self.t, self.aggregate);
        ui.horizontal_wrapped(|ui| {
            group_picker(ui, a, self.group, self.lang, t);
            ui.separator();
            ui.radio_value(
                self.measure,
                Measure::Assessed,
                t.tr(key!("aggregate-measure-assessed")),
            );
            ui.radio_value(
                self.measure,
                Measure::Progress,
                t.tr(key!("aggregate-measure-progress")),
            );
        });
        let Some(group) = a.dataset.groups.get(*self.group) else {
            return;
        };
        let Some(map) = a.heat_maps.iter().find(|m| m.group == group.id) else {
            ui.label(t.tr(key!("aggregate-empty")));
            return;
        };
        ui.add_space(theme::GAP);
        let section_title = |id: &Option<String>| {
            id.as_deref()
                .and_then(|id| group.sections.iter().find(|s| s.id == id))
                .map_or_else(
                    || t.tr(key!("aggregate-no-section")),
                    |s| text_or_empty(&s.title, self.lang).to_owned(),
                )
        };
        egui::ScrollArea::horizontal()
            .id_salt("aggregate_heat_h")
            .auto_shrink([false, true])
            .show(ui, |ui| {
                ui.horizontal(|ui| {
                    left_aligned(ui, NAME, ROW * 2.5, |ui| {
                        ui.strong(t.tr(key!("aggregate-col-delegation")));
                    });
                    for section in &map.sections {
                        let title = section_title(section);
                        left_aligned(ui, CELL, ROW * 2.5, |ui| {
                            ui.add(egui::Label::new(egui::RichText::new(&title).strong()).wrap())
                                .on_hover_text(&title);
                        });
                    }
                });
                egui::ScrollArea::vertical()
                    .id_salt("aggregate_heat_v")
                    .auto_shrink([false, false])
                    .show_rows(ui, ROW, map.rows.len(), |ui, range| {
                        for (who, cells) in &map.rows[range] {
                            ui.horizontal(|ui| {
                                left_aligned(ui, NAME, ROW, |ui| {
                                    ui.add(egui::Label::new(who).truncate());
                                });
                                for (cell, section) in cells.iter().zip(&map.sections) {
                                    let part = match self.measure {
                                        Measure::Assessed => cell.assessed,
                                        Measure::Progress => cell.progress,
                                    };
                                    let share = cell.share(part);
                                    let (rect, response) = ui.allocate_exact_size(
                                        egui::vec2(CELL, ROW - 2.0),
                                        egui::Sense::hover(),
                                    );
                                    #[expect(
                                        clippy::cast_possible_truncation,
                                        reason = "a share from 0 to 1"
                                    )]
                                    let fill = theme::heat(share as f32, ui.visuals());
                                    ui.painter().rect_filled(rect, 0.0, fill);
                                    ui.painter().text(
                                        rect.center(),
                                        egui::Align2::CENTER_CENTER,
                                        format!("{:.0}%", share * 100.0),
                                        egui::FontId::proportional(12.0),
                                        theme::text_on(fill),
                                    );
                                    response.on_hover_text(t.tr_args(
                                        key!("aggregate-heat-tip"),
                                        &[
                                            ("delegation", who.clone().into()),
                                            ("section", section_title(section).into()),
                                            ("assessed", cell.assessed.into()),
                                            ("progress", cell.progress.into()),
                                            ("commitments", cell.commitments.into()),
                                        ],
                                    ));
                                }
                            });
                        }
                    });
            });
    }
}
