//! The right panel for a commitment: its text in one or two languages, the status and evidence
//! marks, evidence items, shareable notes, private talking points, and its history.

use super::chip::status_chip;
use super::command::Command;
use super::state::{Drafts, ViewState};
use super::theme;
use crate::edit::Edit;
use crate::model::{
    Commitment, EvidenceItem, Field, KNOWN_LANGUAGES, Subject, text_in, text_or_empty,
};
use crate::workspace::Workspace;

/// The evidence form: which item is being edited (`None`: a new one) and its fields.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DetailState {
    /// The form, when open.
    pub form: Option<(Option<usize>, EvidenceItem)>,
}

/// The commitment detail panel.
pub struct DetailPanel<'a> {
    /// The open review.
    pub ws: &'a Workspace,
    /// The commitment's position in the dataset, if it is there.
    pub index: Option<usize>,
    /// Languages.
    pub view: &'a mut ViewState,
    /// Text being typed.
    pub drafts: &'a mut Drafts,
    /// The evidence form.
    pub state: &'a mut DetailState,
    /// Interface strings.
    pub t: &'a crate::i18n::Translator,
    /// Commands out.
    pub out: &'a mut Vec<Command>,
}

/// Name of a language code, for the language pickers: each language by its own name, except
/// Arabic, whose script the bundled fonts do not draw.
#[must_use]
pub fn language_name(code: &str, t: &crate::i18n::Translator) -> String {
    crate::i18n::Language::from_code(code)
        .filter(|l| l.code() == code)
        .map_or_else(
            || {
                if code == "ar" {
                    t.tr(key!("lang-ar"))
                } else {
                    code.to_owned()
                }
            },
            |l| l.native_name().to_owned(),
        )
}

fn language_picker(
    ui: &mut egui::Ui,
    t: &crate::i18n::Translator,
    salt: &str,
    label: &str,
    value: &mut String,
) {
    let l = ui.label(label);
    egui::ComboBox::from_id_salt(salt)
        .selected_text(language_name(value, t))
        .show_ui(ui, |ui| {
            for code in KNOWN_LANGUAGES {
                ui.selectable_value(value, code.to_owned(), language_name(code, t));
            }
        })
        .response
        .labelled_by(l.id);
}

impl DetailPanel<'_> {
    /// Draws the panel.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let Some(c) = self.index.map(|i| &self.ws.dataset.commitments[i]) else {
            ui.weak(self.t.tr(key!("detail-unknown")));
            return;
        };
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                self.text_ui(ui, c);
                ui.separator();
                let writable = self.ws.read_only.is_none();
                ui.add_enabled_ui(writable, |ui| {
                    self.marks_ui(ui, c);
                    ui.separator();
                    self.evidence_ui(ui, c);
                    ui.separator();
                    self.notes_ui(ui, c);
                });
                ui.separator();
                self.history_ui(ui, c);
            });
    }

    fn text_ui(&mut self, ui: &mut egui::Ui, c: &Commitment) {
        let d = &self.ws.dataset;
        ui.add_space(theme::GAP / 2.0);
        ui.horizontal_wrapped(|ui| {
            ui.label(egui::RichText::new(d.reference_in(&c.source, self.t)).strong());
            addressee_ui(ui, self.t, c);
        });
        let lang = self.view.content_lang.clone();
        let (title, _) = text_in(&c.title, &lang).unwrap_or(("", false));
        ui.heading(title);
        ui.horizontal_wrapped(|ui| {
            language_picker(
                ui,
                self.t,
                "content_lang",
                &self.t.tr(key!("detail-language")),
                &mut self.view.content_lang,
            );
            ui.checkbox(
                &mut self.view.side_by_side,
                self.t.tr(key!("detail-side-by-side")),
            );
            if self.view.side_by_side {
                language_picker(
                    ui,
                    self.t,
                    "second_lang",
                    &self.t.tr(key!("detail-with")),
                    &mut self.view.second_lang,
                );
            }
        });
        let tr = self.t;
        let text_block = |ui: &mut egui::Ui, lang: &str| match text_in(&c.text, lang) {
            Some((text, fallback)) => {
                if fallback {
                    ui.colored_label(
                        theme::fallback_marker(ui.visuals()),
                        tr.tr_args(
                            key!("detail-fallback"),
                            &[("language", language_name(lang, tr).into())],
                        ),
                    );
                }
                ui.add(egui::Label::new(text).wrap());
            }
            None => {
                ui.weak(tr.tr(key!("detail-no-text")));
            }
        };
        if self.view.side_by_side {
            let second = self.view.second_lang.clone();
            ui.columns(2, |cols| {
                for (col, l) in cols.iter_mut().zip([&lang, &second]) {
                    // Columns are justified layouts, which would stretch the words apart.
                    col.with_layout(egui::Layout::top_down(egui::Align::LEFT), |ui| {
                        ui.strong(language_name(l, self.t));
                        text_block(ui, l);
                    });
                }
            });
        } else {
            text_block(ui, &lang);
        }
        if !c.tags.is_empty() {
            ui.horizontal_wrapped(|ui| {
                ui.weak(self.t.tr(key!("detail-tags")));
                for t in &c.tags {
                    // The tag's label in the content language (its id where it has none).
                    ui.code(d.tag_label(t, &lang)).on_hover_text(t);
                }
            });
        }
        let links: Vec<String> = c
            .target_areas
            .iter()
            .filter_map(|t| d.target_areas.iter().find(|a| &a.id == t))
            .map(|a| {
                self.t.tr_args(
                    key!("detail-target"),
                    &[
                        ("letter", a.source.letter.clone().unwrap_or_default().into()),
                        ("title", text_or_empty(&a.title, &lang).to_owned().into()),
                    ],
                )
            })
            .chain(c.indicators.iter().filter_map(|i| d.indicator(i)).map(|i| {
                self.t.tr_args(
                    key!("detail-indicator"),
                    &[("name", text_or_empty(&i.name, &lang).to_owned().into())],
                )
            }))
            .collect();
        for l in links {
            ui.weak(l);
        }
    }

    fn marks_ui(&mut self, ui: &mut egui::Ui, c: &Commitment) {
        let d = &self.ws.dataset;
        let lang = self.view.content_lang.clone();
        let a = self.ws.review.assessments.get(&c.id);
        let status = a.map_or(d.default_status(), |a| a.status.as_str());
        let evidence = a.map_or(d.default_evidence(), |a| a.evidence_level.as_str());
        ui.strong(self.t.tr(key!("field-status")));
        for (n, level) in d.status_scale.iter().enumerate() {
            let label = text_or_empty(&level.label, &lang);
            let selected = level.id == status;
            ui.horizontal(|ui| {
                let (swatch, _) =
                    ui.allocate_exact_size(egui::vec2(12.0, 12.0), egui::Sense::hover());
                ui.painter().circle_filled(
                    swatch.center(),
                    5.5,
                    theme::status_colour(&level.colour),
                );
                let button = ui
                    .add(egui::Button::selectable(selected, label))
                    .on_hover_text(self.t.tr_args(key!("detail-key"), &[("n", (n + 1).into())]));
                ui.weak(format!("{}", n + 1));
                if button.clicked() && !selected {
                    self.out.push(Command::Edit(Edit::Status {
                        commitment: c.id.clone(),
                        status: level.id.clone(),
                    }));
                }
            });
        }
        ui.add_space(theme::GAP / 2.0);
        ui.strong(self.t.tr(key!("field-evidence-level")));
        ui.horizontal_wrapped(|ui| {
            for level in &d.evidence_scale {
                if ui
                    .radio(level.id == evidence, text_or_empty(&level.label, &lang))
                    .clicked()
                    && level.id != evidence
                {
                    self.out.push(Command::Edit(Edit::EvidenceLevel {
                        commitment: c.id.clone(),
                        level: level.id.clone(),
                    }));
                }
            }
        });
        if let Some(a) = a
            && let Some(at) = a.updated_at
        {
            ui.weak(self.t.tr_args(
                key!("detail-last-changed"),
                &[
                    ("when", at.strftime("%Y-%m-%d %H:%M UTC").to_string().into()),
                    ("who", a.updated_by.clone().into()),
                ],
            ));
        }
    }

    fn notes_ui(&mut self, ui: &mut egui::Ui, c: &Commitment) {
        let a = self.ws.review.assessments.get(&c.id);
        let l = ui.strong(self.t.tr(key!("detail-notes")));
        let notes = a.map_or("", |a| a.notes.as_str());
        self.text_field(ui, l.id, c, Field::Notes, notes);
        ui.add_space(theme::GAP / 2.0);
        let visuals = ui.visuals().clone();
        egui::Frame::new()
            .fill(theme::private_fill(&visuals))
            .stroke(theme::private_stroke(&visuals))
            .corner_radius(4.0)
            .inner_margin(6.0)
            .show(ui, |ui| {
                let l = ui.label(
                    egui::RichText::new(self.t.tr(key!("detail-talking-points")))
                        .strong()
                        .color(theme::private_stroke(&visuals).color),
                );
                ui.weak(self.t.tr(key!("detail-private-note")));
                let points = a.map_or("", |a| a.talking_points.as_str());
                self.text_field(ui, l.id, c, Field::TalkingPoints, points);
            });
    }

    /// A multi-line field typing into a draft; the text becomes an edit when the field loses
    /// the keyboard (or when the app flushes drafts before saving, undoing or selecting).
    fn text_field(
        &mut self,
        ui: &mut egui::Ui,
        label: egui::Id,
        c: &Commitment,
        field: Field,
        model: &str,
    ) {
        let draft = self
            .drafts
            .get(&Subject::Commitment(c.id.clone()), field, model);
        let width = ui.available_width();
        let r = ui
            .add(
                egui::TextEdit::multiline(&mut draft.text)
                    .desired_rows(3)
                    .desired_width(width),
            )
            .labelled_by(label);
        if r.lost_focus() && draft.text != draft.base {
            draft.base.clone_from(&draft.text);
            let (commitment, text) = (c.id.clone(), draft.text.clone());
            let edit = if field == Field::Notes {
                Edit::Notes { commitment, text }
            } else {
                Edit::TalkingPoints { commitment, text }
            };
            self.out.push(Command::Edit(edit));
        }
    }

    fn history_ui(&self, ui: &mut egui::Ui, c: &Commitment) {
        let d = &self.ws.dataset;
        let lang = &self.view.content_lang;
        let entries: Vec<_> = self
            .ws
            .review
            .history
            .iter()
            .filter(|h| matches!(&h.subject, Subject::Commitment(id) if *id == c.id))
            .collect();
        let name = |field: Field, v: &str| -> String {
            match field {
                Field::Status => d
                    .status_level(v)
                    .map_or(v, |l| text_or_empty(&l.label, lang))
                    .to_owned(),
                Field::EvidenceLevel => d
                    .evidence_scale
                    .iter()
                    .find(|l| l.id == v)
                    .map_or(v, |l| text_or_empty(&l.label, lang))
                    .to_owned(),
                _ if v.is_empty() => self.t.tr(key!("detail-empty-value")),
                _ => v.chars().take(80).collect(),
            }
        };
        egui::CollapsingHeader::new(
            self.t
                .tr_args(key!("detail-history"), &[("n", entries.len().into())]),
        )
        .default_open(true)
        .show(ui, |ui| {
            if entries.is_empty() {
                ui.weak(self.t.tr(key!("detail-no-history")));
            }
            for h in entries.iter().rev() {
                ui.horizontal_wrapped(|ui| {
                    ui.weak(h.at.strftime("%Y-%m-%d %H:%M").to_string());
                    ui.label(&h.by);
                    ui.label(format!(
                        "{}: {} → {}",
                        self.t.tr(crate::merge::field_key(h.field)),
                        name(h.field, &h.old),
                        name(h.field, &h.new)
                    ));
                });
            }
            if let Some(a) = self.ws.review.assessments.get(&c.id) {
                ui.horizontal(|ui| {
                    ui.weak(self.t.tr(key!("detail-now")));
                    status_chip(ui, d.status_level(&a.status), lang, 150.0);
                });
            }
        });
    }
}

/// To whom the commitment is addressed, beside its reference, when the dataset says.
fn addressee_ui(ui: &mut egui::Ui, t: &crate::i18n::Translator, c: &Commitment) {
    if let Some(a) = c.addressee {
        ui.label(
            egui::RichText::new(t.tr_args(
                key!("detail-addressed-to"),
                &[("addressee", t.tr(a.key()).into())],
            ))
            .weak(),
        )
        .on_hover_text(t.tr(key!("detail-addressed-to-tip")));
    }
}
