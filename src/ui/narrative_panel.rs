//! The right panel for a pillar or group: its narrative — achievements, challenges and
//! priorities for further action, the shape of the 2014 joint ministerial statement.

use super::command::Command;
use super::state::Drafts;
use super::theme;
use crate::edit::{Edit, NarrativePart};
use crate::model::{Field, Subject, text_or_empty};
use crate::workspace::Workspace;

/// The narrative editor of one group.
pub struct NarrativePanel<'a> {
    /// The open review.
    pub ws: &'a Workspace,
    /// The group's id.
    pub group: &'a str,
    /// Language of dataset texts.
    pub lang: &'a str,
    /// Text being typed.
    pub drafts: &'a mut Drafts,
    /// Interface strings.
    pub t: &'a crate::i18n::Translator,
    /// Commands out.
    pub out: &'a mut Vec<Command>,
}

impl NarrativePanel<'_> {
    /// Draws the panel.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let Some(g) = self.ws.dataset.group(self.group) else {
            ui.weak(self.t.tr(key!("narrative-unknown-group")));
            return;
        };
        ui.add_space(theme::GAP / 2.0);
        ui.heading(text_or_empty(&g.title, self.lang));
        ui.weak(text_or_empty(
            &g.title,
            if self.lang == "en" { "zh" } else { "en" },
        ));
        ui.label(self.t.tr(key!("narrative-intro")));
        let narrative = self
            .ws
            .review
            .narratives
            .get(self.group)
            .cloned()
            .unwrap_or_default();
        let subject = Subject::Group(self.group.to_owned());
        ui.add_enabled_ui(self.ws.read_only.is_none(), |ui| {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    for (part, field, label, model) in [
                        (
                            NarrativePart::Achievements,
                            Field::Achievements,
                            key!("narrative-achievements"),
                            &narrative.achievements,
                        ),
                        (
                            NarrativePart::Challenges,
                            Field::Challenges,
                            key!("narrative-challenges"),
                            &narrative.challenges,
                        ),
                        (
                            NarrativePart::Priorities,
                            Field::Priorities,
                            key!("narrative-priorities"),
                            &narrative.priorities,
                        ),
                    ] {
                        ui.add_space(theme::GAP / 2.0);
                        let l = ui.strong(self.t.tr(label));
                        let draft = self.drafts.get(&subject, field, model);
                        let r = ui
                            .add(
                                egui::TextEdit::multiline(&mut draft.text)
                                    .desired_rows(6)
                                    .desired_width(ui.available_width()),
                            )
                            .labelled_by(l.id);
                        if r.lost_focus() && draft.text != draft.base {
                            draft.base = draft.text.clone();
                            self.out.push(Command::Edit(Edit::Narrative {
                                group: self.group.to_owned(),
                                part,
                                text: draft.text.clone(),
                            }));
                        }
                    }
                });
        });
    }
}
