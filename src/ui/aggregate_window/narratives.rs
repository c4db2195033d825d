//! The narratives tab: for one pillar, each delegation's achievements, challenges and
//! priorities in a column of its own, side by side.

use super::group_picker;
use crate::aggregate::Aggregate;
use crate::i18n::Translator;
use crate::ui::theme;

/// Width of a delegation's column.
const COLUMN: f32 = 280.0;

/// The tab.
pub struct Narratives<'a> {
    /// What was read.
    pub aggregate: &'a Aggregate,
    /// The pillar shown (index into the dataset's groups).
    pub group: &'a mut usize,
    /// The language of the dataset's texts.
    pub lang: &'a str,
    /// Interface strings.
    pub t: &'a Translator,
}

impl Narratives<'_> {
    /// Draws the tab.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let (t, a) = (self.t, self.aggregate);
        ui.horizontal_wrapped(|ui| group_picker(ui, a, self.group, self.lang, t));
        let Some(group) = a.dataset.groups.get(*self.group) else {
            return;
        };
        let written: Vec<_> = a
            .read
            .members
            .iter()
            .filter_map(|m| {
                let n = m.review.narratives.get(&group.id)?;
                [&n.achievements, &n.challenges, &n.priorities]
                    .iter()
                    .any(|s| !s.trim().is_empty())
                    .then_some((m.review.delegation.as_str(), n))
            })
            .collect();
        ui.add_space(theme::GAP);
        if written.is_empty() {
            ui.label(t.tr(key!("aggregate-no-narratives")));
            return;
        }
        egui::ScrollArea::both()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.horizontal_top(|ui| {
                    for (who, n) in &written {
                        ui.vertical(|ui| {
                            ui.set_width(COLUMN);
                            ui.heading(*who);
                            for (key, text) in [
                                (key!("narrative-achievements"), &n.achievements),
                                (key!("narrative-challenges"), &n.challenges),
                                (key!("narrative-priorities"), &n.priorities),
                            ] {
                                ui.strong(t.tr(key));
                                if text.trim().is_empty() {
                                    ui.weak("—");
                                } else {
                                    ui.add(egui::Label::new(text.trim()).wrap());
                                }
                                ui.add_space(theme::GAP);
                            }
                        });
                        ui.separator();
                    }
                });
            });
    }
}
