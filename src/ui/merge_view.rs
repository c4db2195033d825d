//! The merge screen: what a colleague's copy brings, and its conflicts listed by pillar with
//! the ancestor's, our and their value side by side. The reviewer keeps ours, takes theirs,
//! keeps both or writes a text; "Apply merge" makes it one step of the undo history.

use super::command::Command;
use crate::edit::describe_evidence;
use crate::i18n::Translator;
use crate::merge::{ConflictValues, Merge, Resolution, field_key};
use crate::model::{Conflict, Dataset, EvidenceItem, Field, Subject, text_or_empty};

/// A merge on screen, waiting for the reviewer's answers.
#[derive(Debug, Default)]
pub struct MergeState {
    /// The merge, when the screen is open.
    pub merge: Option<Box<Merge>>,
    /// What was merged in (the other file's name), for the history.
    pub label: String,
    /// One answer per conflict.
    pub answers: Vec<Resolution>,
    /// The text of each conflict answered by editing (its starting point is both texts).
    pub edits: Vec<String>,
    /// Only this pillar's or group's conflicts are shown; `None`: all.
    pub group: Option<String>,
    /// What the merge brings in: a colleague's review, a ministry's reply (a filled-in input
    /// pack) or a delegation's matrix; the screen says so.
    pub source: MergeSource,
}

/// Where the other side of a merge comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum MergeSource {
    /// A colleague's copy of the review.
    #[default]
    Colleague,
    /// A ministry's filled-in input pack.
    Reply,
    /// A spreadsheet (matrix) imported through the mapping screen.
    Matrix,
}

impl MergeSource {
    /// Message keys of the screen's title and of the fold of changes taken.
    #[must_use]
    pub fn keys(self) -> (&'static str, &'static str) {
        match self {
            Self::Colleague => (key!("merge-title"), key!("merge-taken")),
            Self::Reply => (key!("merge-title-reply"), key!("merge-taken-reply")),
            Self::Matrix => (key!("merge-title-matrix"), key!("merge-taken-matrix")),
        }
    }
}

impl MergeState {
    /// Puts a merge on screen, every conflict answered "keep mine" for now.
    pub fn show(&mut self, merge: Merge, label: String) {
        self.answers = vec![Resolution::Mine; merge.conflicts.len()];
        self.edits = merge
            .conflicts
            .iter()
            .map(|c| match &c.values {
                ConflictValues::Text { mine, theirs, .. } => crate::merge::both_texts(mine, theirs),
                ConflictValues::Evidence { .. } => String::new(),
            })
            .collect();
        self.merge = Some(Box::new(merge));
        self.label = label;
        self.group = None;
        self.source = MergeSource::Colleague;
    }

    /// The answers, with the edited texts in.
    #[must_use]
    pub fn final_answers(&self) -> Vec<Resolution> {
        self.answers
            .iter()
            .zip(&self.edits)
            .map(|(a, text)| match a {
                Resolution::Edited(_) => Resolution::Edited(text.clone()),
                other => other.clone(),
            })
            .collect()
    }
}

/// The group (pillar) a conflict belongs to.
fn group_of<'d>(c: &'d Conflict, d: &'d Dataset) -> &'d str {
    match &c.subject {
        Subject::Commitment(id) => d.commitment(id).map_or("", |c| c.group.as_str()),
        Subject::Group(g) => g,
        Subject::Review => "",
    }
}

/// The merge screen.
pub struct MergeView<'a> {
    /// The open review's dataset.
    pub dataset: &'a Dataset,
    /// The merge and the answers so far.
    pub state: &'a mut MergeState,
    /// Interface strings.
    pub t: &'a Translator,
    /// The language of dataset texts.
    pub lang: &'a str,
    /// Commands out.
    pub out: &'a mut Vec<Command>,
}

impl MergeView<'_> {
    /// Draws the screen (a modal window).
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let Some(merge) = self.state.merge.take() else {
            return;
        };
        let t = self.t;
        let screen = ui.ctx().content_rect();
        egui::Modal::new(egui::Id::unique("merge_screen")).show(ui.ctx(), |ui| {
            ui.set_width((screen.width() - 80.0).clamp(400.0, 1100.0));
            ui.heading(t.tr(self.state.source.keys().0));
            ui.label(t.tr_args(
                key!("merge-screen-summary"),
                &[
                    ("theirs", self.state.label.clone().into()),
                    ("taken", merge.taken.len().into()),
                    ("conflicts", merge.conflicts.len().into()),
                    ("history", merge.new_history.into()),
                ],
            ));
            self.taken(ui, &merge);
            if merge.conflicts.is_empty() {
                ui.label(t.tr(key!("merge-no-conflicts")));
            } else {
                self.group_filter(ui, &merge);
                let height = (screen.height() - 260.0).max(200.0);
                egui::ScrollArea::vertical()
                    .max_height(height)
                    .auto_shrink([false, true])
                    .show(ui, |ui| self.conflicts(ui, &merge));
            }
            ui.separator();
            ui.horizontal(|ui| {
                if ui.button(t.tr(key!("merge-apply"))).clicked() {
                    self.out.push(Command::ApplyMerge);
                }
                if ui.button(t.tr(key!("button-cancel"))).clicked() {
                    self.out.push(Command::CancelMerge);
                }
            });
        });
        self.state.merge = Some(merge);
    }

    /// The changes of theirs taken without asking, in a fold, so that none goes unseen.
    fn taken(&self, ui: &mut egui::Ui, merge: &Merge) {
        if merge.taken.is_empty() {
            return;
        }
        let key = self.state.source.keys().1;
        let title = self.t.tr_args(key, &[("count", merge.taken.len().into())]);
        egui::CollapsingHeader::new(title)
            .id_salt("merge_taken")
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("merge_taken_list")
                    .max_height(120.0)
                    .show(ui, |ui| {
                        for k in &merge.taken {
                            let value = match &k.item {
                                Some(item) => {
                                    let c = match &k.subject {
                                        Subject::Commitment(c) => c.as_str(),
                                        _ => "",
                                    };
                                    self.item_text(crate::merge::merged_item(
                                        &merge.merged,
                                        c,
                                        item,
                                    ))
                                }
                                None => self.value_text(
                                    k.field,
                                    &crate::merge::field_value(
                                        self.dataset,
                                        &merge.merged,
                                        &k.subject,
                                        k.field,
                                    ),
                                ),
                            };
                            ui.label(format!(
                                "{} · {}: {value}",
                                self.subject_name(&k.subject),
                                self.t.tr(field_key(k.field))
                            ));
                        }
                    });
            });
    }

    fn group_filter(&mut self, ui: &mut egui::Ui, merge: &Merge) {
        let t = self.t;
        let d = self.dataset;
        let groups: Vec<&crate::model::Group> = d
            .groups
            .iter()
            .filter(|g| merge.conflicts.iter().any(|c| group_of(c, d) == g.id))
            .collect();
        let title = |id: &Option<String>| {
            id.as_deref().and_then(|id| d.group(id)).map_or_else(
                || t.tr(key!("merge-all-pillars")),
                |g| text_or_empty(&g.title, self.lang).to_owned(),
            )
        };
        ui.horizontal(|ui| {
            let l = ui.label(t.tr(key!("merge-pillar")));
            egui::ComboBox::from_id_salt("merge_group")
                .selected_text(title(&self.state.group))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.state.group, None, title(&None));
                    for g in groups {
                        let id = Some(g.id.clone());
                        let name = title(&id);
                        ui.selectable_value(&mut self.state.group, id, name);
                    }
                })
                .response
                .labelled_by(l.id);
        });
    }

    fn subject_name(&self, subject: &Subject) -> String {
        match subject {
            Subject::Commitment(id) => self.dataset.commitment(id).map_or_else(
                || id.clone(),
                |c| format!("{id} — {}", text_or_empty(&c.title, self.lang)),
            ),
            Subject::Group(id) => self.dataset.group(id).map_or_else(
                || id.clone(),
                |g| text_or_empty(&g.title, self.lang).to_owned(),
            ),
            Subject::Review => String::new(),
        }
    }

    /// A value as the reviewer reads it: a level's label, an evidence item's line.
    fn value_text(&self, field: Field, value: &str) -> String {
        let text = self
            .dataset
            .level_label(field, value)
            .map_or(value, |l| text_or_empty(l, self.lang));
        if text.trim().is_empty() {
            self.t.tr(key!("merge-empty"))
        } else {
            text.to_owned()
        }
    }

    fn item_text(&self, item: Option<&EvidenceItem>) -> String {
        item.map_or_else(|| self.t.tr(key!("merge-evidence-none")), describe_evidence)
    }

    fn conflicts(&mut self, ui: &mut egui::Ui, merge: &Merge) {
        let d = self.dataset;
        let mut shown_group = None;
        for (i, c) in merge.conflicts.iter().enumerate() {
            let group = group_of(c, d);
            if self.state.group.as_deref().is_some_and(|g| g != group) {
                continue;
            }
            if shown_group != Some(group) {
                shown_group = Some(group);
                let title = d
                    .group(group)
                    .map_or(group, |g| text_or_empty(&g.title, self.lang));
                ui.add_space(6.0);
                ui.strong(title);
            }
            ui.push_id(i, |ui| self.conflict(ui, i, c));
            ui.separator();
        }
    }

    fn conflict(&mut self, ui: &mut egui::Ui, i: usize, c: &Conflict) {
        let t = self.t;
        ui.label(format!(
            "{} · {}",
            self.subject_name(&c.subject),
            t.tr(field_key(c.field))
        ));
        let (base, mine, theirs) = match &c.values {
            ConflictValues::Text { base, mine, theirs } => (
                base.as_ref().map(|b| self.value_text(c.field, b)),
                self.value_text(c.field, mine),
                self.value_text(c.field, theirs),
            ),
            ConflictValues::Evidence {
                base, mine, theirs, ..
            } => (
                base.as_ref().map(|b| self.item_text(b.as_ref())),
                self.item_text(mine.as_ref()),
                self.item_text(theirs.as_ref()),
            ),
        };
        let base = base.unwrap_or_else(|| t.tr(key!("merge-base-unknown")));
        let width = (ui.available_width() - 40.0) / 3.0;
        egui::Grid::new("sides")
            .num_columns(3)
            .spacing([12.0, 4.0])
            .show(ui, |ui| {
                for key in [
                    key!("merge-side-base"),
                    key!("merge-side-mine"),
                    key!("merge-side-theirs"),
                ] {
                    ui.small(t.tr(key));
                }
                ui.end_row();
                for text in [&base, &mine, &theirs] {
                    ui.vertical(|ui| {
                        ui.set_width(width);
                        ui.add(egui::Label::new(text.as_str()).wrap());
                    });
                }
                ui.end_row();
            });
        let answer = &mut self.state.answers[i];
        ui.horizontal_wrapped(|ui| {
            ui.radio_value(answer, Resolution::Mine, t.tr(key!("merge-keep-mine")));
            ui.radio_value(answer, Resolution::Theirs, t.tr(key!("merge-take-theirs")));
            if c.is_free_text() {
                ui.radio_value(answer, Resolution::Both, t.tr(key!("merge-keep-both")));
            }
            if matches!(c.values, ConflictValues::Text { .. }) && c.is_free_text() {
                let editing = matches!(answer, Resolution::Edited(_));
                if ui.radio(editing, t.tr(key!("merge-edit"))).clicked() {
                    *answer = Resolution::Edited(String::new());
                }
            }
        });
        if matches!(answer, Resolution::Edited(_)) {
            let l = ui.label(t.tr(key!("merge-edited-text")));
            ui.add(
                egui::TextEdit::multiline(&mut self.state.edits[i])
                    .desired_rows(3)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(l.id);
        }
    }
}
