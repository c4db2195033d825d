//! The information cut-off of the Charts view: the dataset's own, none, or a day typed in
//! (e.g. the opening of the 2016 special session, to show what was known then). Values
//! published after it are drawn as hindsight and left out of the targets' ratings.

use super::charts_state::ChartsState;
use crate::analysis::Cutoff;
use crate::i18n::Translator;
use crate::model::Dataset;

/// The cut-off picker: a choice, and a day field when the choice is "another day".
pub struct AsOfPicker<'a> {
    /// The view's state, whose cut-off this sets.
    pub state: &'a mut ChartsState,
    /// The dataset, for its own cut-off.
    pub dataset: &'a Dataset,
    /// Interface language.
    pub t: &'a Translator,
}

impl AsOfPicker<'_> {
    /// Draws the picker. A day that does not read as one is said beside the field, and the
    /// last good day stays in force.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let t = self.t;
        let dataset_text = self.dataset.metadata.as_of.map_or_else(
            || self.t.tr(key!("chart-as-of-dataset-none")),
            |date| {
                self.t.tr_args(
                    key!("chart-as-of-dataset"),
                    &[("date", crate::i18n::date_in(self.t.language(), date).into())],
                )
            },
        );
        let text = |c: Cutoff| match c {
            Cutoff::Dataset => dataset_text.clone(),
            Cutoff::Off => t.tr(key!("chart-as-of-none")),
            Cutoff::On(_) => t.tr(key!("chart-as-of-day")),
        };
        let l = ui.label(self.t.tr(key!("chart-as-of")));
        let mut choice = self.state.as_of;
        let typed = self.state.as_of_text.parse().ok();
        egui::ComboBox::from_id_salt("chart_as_of")
            .selected_text(text(choice))
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut choice, Cutoff::Dataset, text(Cutoff::Dataset));
                ui.selectable_value(&mut choice, Cutoff::Off, text(Cutoff::Off));
                let day = typed
                    .or(self.dataset.metadata.as_of)
                    .unwrap_or(jiff::civil::date(2016, 4, 19));
                if ui
                    .selectable_label(matches!(choice, Cutoff::On(_)), text(Cutoff::On(day)))
                    .clicked()
                {
                    choice = Cutoff::On(day);
                }
            })
            .response
            .on_hover_text(self.t.tr(key!("chart-as-of-tip")))
            .labelled_by(l.id);
        if choice != self.state.as_of {
            if let Cutoff::On(day) = choice {
                self.state.as_of_text = day.to_string();
            }
            self.state.as_of = choice;
        }
        if matches!(self.state.as_of, Cutoff::On(_)) {
            let day_label = ui.label(t.tr(key!("chart-as-of-day-field")));
            ui.add(
                egui::TextEdit::singleline(&mut self.state.as_of_text)
                    .desired_width(90.0)
                    .hint_text("2016-04-19"),
            )
            .labelled_by(day_label.id);
            match self.state.as_of_text.trim().parse::<jiff::civil::Date>() {
                Ok(day) => self.state.as_of = Cutoff::On(day),
                Err(_) => {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        self.t.tr(key!("chart-as-of-bad-day")),
                    );
                }
            }
        }
    }
}
