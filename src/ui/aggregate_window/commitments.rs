//! The commitments tab: one row per commitment with a stacked bar of how many delegations
//! stand at each status, how many assessed it, how many marked progress and how far they
//! disagree; sortable by most assessed, most progress or most disagreement.

use super::left_aligned;
use crate::aggregate::{Aggregate, CommitmentSummary, Sort, order};
use crate::i18n::Translator;
use crate::model::text_or_empty;
use crate::ui::theme;

/// Height of a row.
const ROW: f32 = 22.0;
/// Width of a column of figures.
const NUMBER: f32 = 96.0;

/// The tab.
pub struct Commitments<'a> {
    /// What was read.
    pub aggregate: &'a Aggregate,
    /// The order chosen.
    pub sort: &'a mut Sort,
    /// The language of the dataset's texts.
    pub lang: &'a str,
    /// Interface strings.
    pub t: &'a Translator,
}

impl Commitments<'_> {
    /// Draws the tab.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let t = self.t;
        let a = self.aggregate;
        ui.horizontal_wrapped(|ui| {
            let l = ui.label(t.tr(key!("aggregate-order")));
            egui::ComboBox::from_id_salt("aggregate_sort")
                .selected_text(t.tr(self.sort.key()))
                .show_ui(ui, |ui| {
                    for s in Sort::ALL {
                        ui.selectable_value(self.sort, s, t.tr(s.key()));
                    }
                })
                .response
                .labelled_by(l.id);
            ui.separator();
            self.legend(ui);
        });
        ui.add_space(theme::GAP);
        let rows = order(&a.summaries, *self.sort);
        let width = ui.available_width();
        let label_w = (width * 0.42).max(200.0);
        let bar_w = (width - label_w - 3.0 * NUMBER - 30.0).max(120.0);
        ui.horizontal(|ui| {
            left_aligned(ui, label_w, ROW, |ui| {
                ui.strong(t.tr(key!("aggregate-col-commitment")));
            });
            ui.add_sized(
                [bar_w, ROW],
                egui::Label::new(
                    egui::RichText::new(t.tr(key!("aggregate-col-statuses"))).strong(),
                ),
            );
            for key in [
                key!("aggregate-col-assessed"),
                key!("aggregate-col-progress"),
                key!("aggregate-col-disagreement"),
            ] {
                ui.add_sized(
                    [NUMBER, ROW],
                    egui::Label::new(egui::RichText::new(t.tr(key)).strong()).truncate(),
                );
            }
        });
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show_rows(ui, ROW, rows.len(), |ui, range| {
                for &i in &rows[range] {
                    let s = &a.summaries[i];
                    ui.horizontal(|ui| {
                        let label = a.dataset.commitments.get(i).map_or_else(
                            || s.id.clone(),
                            |c| {
                                format!(
                                    "{} {}",
                                    a.dataset.reference(&c.source),
                                    text_or_empty(&c.title, self.lang)
                                )
                            },
                        );
                        left_aligned(ui, label_w, ROW, |ui| {
                            ui.add(egui::Label::new(&label).truncate())
                                .on_hover_text(&label);
                        });
                        self.bar(ui, s, bar_w);
                        let members = a.read.members.len();
                        for text in [
                            format!("{}/{members}", s.assessed),
                            s.progress.to_string(),
                            format!("{:.0}", s.disagreement * 100.0),
                        ] {
                            ui.add_sized([NUMBER, ROW], egui::Label::new(text));
                        }
                    });
                }
            });
    }

    /// The stacked bar of one commitment, with the counts on hover.
    fn bar(&self, ui: &mut egui::Ui, s: &CommitmentSummary, width: f32) {
        let a = self.aggregate;
        let (rect, response) =
            ui.allocate_exact_size(egui::vec2(width, ROW - 6.0), egui::Sense::hover());
        let total: usize = s.statuses.iter().sum();
        let painter = ui.painter_at(rect);
        painter.rect_filled(rect, 2.0, ui.visuals().faint_bg_color);
        let mut x = rect.left();
        let mut cumulative = 0;
        for (level, &n) in a.dataset.status_scale.iter().zip(&s.statuses) {
            if n == 0 || total == 0 {
                continue;
            }
            cumulative += n;
            #[expect(clippy::cast_precision_loss, reason = "counts of delegations")]
            let end = rect.left() + width * cumulative as f32 / total as f32;
            let segment =
                egui::Rect::from_min_max(egui::pos2(x, rect.top()), egui::pos2(end, rect.bottom()));
            let colour = theme::status_colour(&level.colour);
            painter.rect_filled(segment, 0.0, colour);
            let text = n.to_string();
            let digits = f32::from(u8::try_from(text.len()).unwrap_or(u8::MAX));
            if end - x > 8.0 * digits + 4.0 {
                painter.text(
                    segment.center(),
                    egui::Align2::CENTER_CENTER,
                    text,
                    egui::FontId::proportional(11.0),
                    theme::text_on(colour),
                );
            }
            x = end;
        }
        response.on_hover_ui(|ui| {
            for (level, &n) in a.dataset.status_scale.iter().zip(&s.statuses) {
                ui.label(format!("{}: {n}", text_or_empty(&level.label, self.lang)));
            }
        });
    }

    /// The status colours and their names.
    fn legend(&self, ui: &mut egui::Ui) {
        for level in &self.aggregate.dataset.status_scale {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
            ui.painter()
                .rect_filled(rect, 2.0, theme::status_colour(&level.colour));
            ui.label(text_or_empty(&level.label, self.lang));
        }
    }
}
