//! The trend chart's indicators menu: one checkbox per indicator of the dataset.

use crate::i18n::Translator;
use crate::model::{Dataset, text_or_empty};
use crate::ui::command::Command;

/// The menu of the trend chart's indicators for a dataset: ticking one adds it to the
/// dataset's choice, unticking removes it (the last one stays: a chart needs one).
pub(super) struct IndicatorPicker<'a> {
    /// The dataset whose indicators are listed.
    pub dataset: &'a Dataset,
    /// The indicators chosen now.
    pub chosen: &'a [String],
    /// Interface strings.
    pub t: &'a Translator,
    /// Commands out ([`Command::ChooseIndicators`]).
    pub out: &'a mut Vec<Command>,
}

impl IndicatorPicker<'_> {
    /// Draws the menu button and, when open, the menu.
    pub fn ui(self, ui: &mut egui::Ui) {
        let (d, chosen, t) = (self.dataset, self.chosen, self.t);
        let lang = t.language().code();
        // The menu stays open while indicators are ticked, until a click outside it.
        egui::containers::menu::MenuButton::new(
            t.tr_args(key!("chart-indicators"), &[("n", chosen.len().into())]),
        )
        .config(
            egui::containers::menu::MenuConfig::new()
                .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside),
        )
        .ui(ui, |ui| {
            egui::ScrollArea::vertical()
                .max_height(400.0)
                .show(ui, |ui| {
                    for ind in &d.indicators {
                        let was_on = chosen.contains(&ind.id);
                        let mut on = was_on;
                        let label = format!(
                            "{} — {}",
                            text_or_empty(&ind.name, lang),
                            text_or_empty(&ind.geography, lang)
                        );
                        // The last one stays: a chart needs an indicator.
                        let last = was_on && chosen.len() == 1;
                        let r = ui
                            .add_enabled(!last, egui::Checkbox::new(&mut on, label))
                            .on_disabled_hover_text(t.tr(key!("chart-indicators-last")));
                        if r.changed() {
                            let mut next = chosen.to_vec();
                            if on {
                                next.push(ind.id.clone());
                            } else {
                                next.retain(|i| *i != ind.id);
                            }
                            self.out.push(Command::ChooseIndicators {
                                dataset: d.metadata.id.clone(),
                                indicators: next,
                            });
                        }
                    }
                });
        });
    }
}
