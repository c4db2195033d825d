//! The detail panel's evidence section: the list of evidence items and the form that adds or
//! edits one.

use super::command::Command;
use super::detail_panel::DetailPanel;
use crate::edit::{Edit, describe_evidence_in};
use crate::model::{Commitment, EvidenceItem};

impl DetailPanel<'_> {
    /// The evidence items, each with edit and remove buttons, and the form.
    pub(super) fn evidence_ui(&mut self, ui: &mut egui::Ui, c: &Commitment) {
        let items: &[EvidenceItem] = self
            .ws
            .review
            .assessments
            .get(&c.id)
            .map_or(&[], |a| &a.evidence);
        ui.horizontal(|ui| {
            ui.strong(
                self.t
                    .tr_args(key!("detail-evidence-count"), &[("n", items.len().into())]),
            );
            if self.state.form.is_none()
                && ui.button(self.t.tr(key!("detail-add-evidence"))).clicked()
            {
                self.state.form = Some((None, EvidenceItem::default()));
            }
        });
        for (i, item) in items.iter().enumerate() {
            ui.horizontal_wrapped(|ui| {
                ui.label(format!("{}.", i + 1));
                ui.label(describe_evidence_in(item, self.t));
                if item.location.starts_with("http://") || item.location.starts_with("https://") {
                    // Opens only on an explicit click.
                    ui.hyperlink_to(self.t.tr(key!("detail-open-link")), &item.location);
                }
                if ui
                    .small_button(self.t.tr(key!("detail-edit")))
                    .on_hover_text(
                        self.t
                            .tr_args(key!("detail-edit-tip"), &[("n", (i + 1).into())]),
                    )
                    .clicked()
                {
                    self.state.form = Some((Some(i), item.clone()));
                }
                if ui
                    .small_button(self.t.tr(key!("detail-remove")))
                    .on_hover_text(
                        self.t
                            .tr_args(key!("detail-remove-tip"), &[("n", (i + 1).into())]),
                    )
                    .clicked()
                {
                    self.out.push(Command::Edit(Edit::RemoveEvidence {
                        commitment: c.id.clone(),
                        index: i,
                    }));
                }
            });
        }
        self.evidence_form_ui(ui, c);
    }

    /// The form for a new or edited evidence item, when open.
    fn evidence_form_ui(&mut self, ui: &mut egui::Ui, c: &Commitment) {
        let t = self.t;
        let mut close = false;
        if let Some((index, item)) = &mut self.state.form {
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.strong(t.tr(if index.is_some() {
                    key!("evidence-edit-title")
                } else {
                    key!("evidence-new-title")
                }));
                egui::Grid::new("evidence_form")
                    .num_columns(2)
                    .show(ui, |ui| {
                        for (label, value, hint) in [
                            ("evidence-symbol", &mut item.symbol, "A/68/126".to_owned()),
                            ("evidence-paragraph", &mut item.paragraph, "38".to_owned()),
                            (
                                key!("evidence-location"),
                                &mut item.location,
                                t.tr(key!("evidence-location-hint")),
                            ),
                            (
                                key!("evidence-note"),
                                &mut item.note,
                                t.tr(key!("evidence-note-hint")),
                            ),
                        ] {
                            let l = ui.label(t.tr(label));
                            ui.add(
                                egui::TextEdit::singleline(value)
                                    .hint_text(hint)
                                    .desired_width(240.0),
                            )
                            .labelled_by(l.id);
                            ui.end_row();
                        }
                    });
                ui.horizontal(|ui| {
                    let empty = *item == EvidenceItem::default();
                    let ok = t.tr(if index.is_some() {
                        key!("evidence-save")
                    } else {
                        key!("evidence-add")
                    });
                    if ui.add_enabled(!empty, egui::Button::new(ok)).clicked() {
                        let edit = match index {
                            Some(i) => Edit::UpdateEvidence {
                                commitment: c.id.clone(),
                                index: *i,
                                item: item.clone(),
                            },
                            None => Edit::InsertEvidence {
                                commitment: c.id.clone(),
                                index: usize::MAX,
                                item: item.clone(),
                            },
                        };
                        self.out.push(Command::Edit(edit));
                        close = true;
                    }
                    if ui.button(t.tr(key!("button-cancel"))).clicked() {
                        close = true;
                    }
                });
            });
        }
        if close {
            self.state.form = None;
        }
    }
}
