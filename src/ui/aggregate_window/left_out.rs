//! The files-left-out tab: each file that could not be read as a review of the dataset (or
//! repeats a delegation), with its line, column and problem.

use crate::aggregate::Aggregate;
use crate::i18n::Translator;

/// The tab.
pub struct LeftOut<'a> {
    /// What was read.
    pub aggregate: &'a Aggregate,
    /// Interface strings.
    pub t: &'a Translator,
}

impl LeftOut<'_> {
    /// Draws the tab.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let (t, a) = (self.t, self.aggregate);
        if a.read.left_out.is_empty() {
            ui.label(t.tr(key!("aggregate-none-left-out")));
            return;
        }
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                for p in &a.read.left_out {
                    ui.add(egui::Label::new(p.render(t)).wrap());
                    ui.separator();
                }
            });
    }
}
