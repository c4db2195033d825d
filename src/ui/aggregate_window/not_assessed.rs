//! The "who has not assessed what" tab: per delegation, most gaps first, how many commitments
//! it has not assessed and which.

use crate::aggregate::Aggregate;
use crate::i18n::Translator;
use crate::ui::theme;

/// The tab.
pub struct NotAssessed<'a> {
    /// What was read.
    pub aggregate: &'a Aggregate,
    /// Interface strings.
    pub t: &'a Translator,
}

impl NotAssessed<'_> {
    /// Draws the tab.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let (t, a) = (self.t, self.aggregate);
        let per = &a.gaps;
        if per.is_empty() {
            ui.label(t.tr(key!("aggregate-all-assessed")));
            return;
        }
        let total = a.dataset.commitments.len();
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                for (who, list) in per {
                    ui.horizontal(|ui| {
                        ui.strong(who);
                        ui.label(t.tr_args(
                            key!("aggregate-gaps"),
                            &[("count", list.len().into()), ("total", total.into())],
                        ));
                    });
                    ui.add(egui::Label::new(list.join(", ")).wrap());
                    ui.add_space(theme::GAP);
                }
            });
    }
}
