//! Review logic: the edits a delegation makes to a review, each recorded in the review's
//! append-only history, and undo/redo over them. No GUI; the window sends these edits.

use jiff::Timestamp;

use crate::model::{
    Assessment, Dataset, EvidenceItem, Field, HistoryEntry, Narrative, Review, Subject, new_id,
};

/// Which part of a group's narrative.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NarrativePart {
    /// Achievements.
    Achievements,
    /// Challenges.
    Challenges,
    /// Priorities for further action.
    Priorities,
}

impl NarrativePart {
    /// All parts, in the order of the joint ministerial statement.
    pub const ALL: [Self; 3] = [Self::Achievements, Self::Challenges, Self::Priorities];

    fn field(self) -> Field {
        match self {
            Self::Achievements => Field::Achievements,
            Self::Challenges => Field::Challenges,
            Self::Priorities => Field::Priorities,
        }
    }

    fn get_mut(self, n: &mut Narrative) -> &mut String {
        match self {
            Self::Achievements => &mut n.achievements,
            Self::Challenges => &mut n.challenges,
            Self::Priorities => &mut n.priorities,
        }
    }
}

/// One change to a review.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    /// Set a commitment's status (a status level id).
    Status {
        /// Commitment id.
        commitment: String,
        /// New status level id.
        status: String,
    },
    /// Set a commitment's evidence level.
    EvidenceLevel {
        /// Commitment id.
        commitment: String,
        /// New evidence level id.
        level: String,
    },
    /// Insert an evidence item at `index` (`index` = length appends).
    InsertEvidence {
        /// Commitment id.
        commitment: String,
        /// Position.
        index: usize,
        /// The item.
        item: EvidenceItem,
    },
    /// Replace the evidence item at `index`.
    UpdateEvidence {
        /// Commitment id.
        commitment: String,
        /// Position.
        index: usize,
        /// The new item.
        item: EvidenceItem,
    },
    /// Remove the evidence item at `index`.
    RemoveEvidence {
        /// Commitment id.
        commitment: String,
        /// Position.
        index: usize,
    },
    /// Set the shareable notes.
    Notes {
        /// Commitment id.
        commitment: String,
        /// New text.
        text: String,
    },
    /// Set the private talking points.
    TalkingPoints {
        /// Commitment id.
        commitment: String,
        /// New text.
        text: String,
    },
    /// Set part of a group's narrative.
    Narrative {
        /// Group id.
        group: String,
        /// Which part.
        part: NarrativePart,
        /// New text.
        text: String,
    },
    /// Replace the whole review at once (a merge, or answering its conflicts): one step to
    /// undo. The new review brings its own history (a merge records itself), so nothing is
    /// appended; undoing puts back the review as it was, history included.
    Replace(Box<Review>),
}

/// Why an edit could not be applied.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum EditError {
    /// The commitment is not in the dataset.
    #[error("commitment \"{0}\" is not in the dataset")]
    UnknownCommitment(String),
    /// The group is not in the dataset.
    #[error("group \"{0}\" is not in the dataset")]
    UnknownGroup(String),
    /// The level is not on the scale.
    #[error("\"{0}\" is not on the dataset's scale")]
    UnknownLevel(String),
    /// No evidence item at that position.
    #[error("there is no evidence item {0}")]
    NoSuchEvidence(usize),
}

/// An evidence item on one line, as [`describe_evidence`] writes it for the history, but with
/// the paragraph in `t`'s language ("A/68/126，第38段 — …"), for the window and the briefing.
#[must_use]
pub fn describe_evidence_in(item: &EvidenceItem, t: &crate::i18n::Translator) -> String {
    let paragraph = item.paragraph.as_str();
    let mut parts = Vec::new();
    if !item.symbol.is_empty() {
        parts.push(if paragraph.is_empty() {
            item.symbol.clone()
        } else {
            t.tr_args(
                key!("ref-paragraph"),
                &[
                    ("symbol", item.symbol.as_str().into()),
                    ("paragraph", paragraph.into()),
                ],
            )
        });
    } else if !paragraph.is_empty() {
        parts.push(t.tr_args(
            key!("ref-paragraph-only"),
            &[("paragraph", paragraph.into())],
        ));
    }
    for text in [&item.location, &item.note] {
        if !text.is_empty() {
            parts.push(text.clone());
        }
    }
    parts.join(" — ")
}

/// A one-line description of an evidence item, for the history.
#[must_use]
pub fn describe_evidence(item: &EvidenceItem) -> String {
    let mut parts = Vec::new();
    if !item.symbol.is_empty() {
        parts.push(if item.paragraph.is_empty() {
            item.symbol.clone()
        } else {
            format!("{}, para. {}", item.symbol, item.paragraph)
        });
    } else if !item.paragraph.is_empty() {
        parts.push(format!("para. {}", item.paragraph));
    }
    if !item.location.is_empty() {
        parts.push(item.location.clone());
    }
    if !item.note.is_empty() {
        parts.push(item.note.clone());
    }
    parts.join(" — ")
}

impl Edit {
    /// The commitment this edit is about, if any.
    #[must_use]
    pub fn commitment(&self) -> Option<&str> {
        match self {
            Self::Status { commitment, .. }
            | Self::EvidenceLevel { commitment, .. }
            | Self::InsertEvidence { commitment, .. }
            | Self::UpdateEvidence { commitment, .. }
            | Self::RemoveEvidence { commitment, .. }
            | Self::Notes { commitment, .. }
            | Self::TalkingPoints { commitment, .. } => Some(commitment),
            Self::Narrative { .. } | Self::Replace(_) => None,
        }
    }

    /// Applies the edit to `review`, appending to its history. Returns the edit that undoes
    /// it, or `None` when nothing changed (then nothing is recorded).
    pub fn apply(
        &self,
        dataset: &Dataset,
        review: &mut Review,
        by: &str,
        at: Timestamp,
    ) -> Result<Option<Edit>, EditError> {
        if let Self::Narrative { group, part, text } = self {
            return apply_narrative(dataset, review, by, at, group, *part, text);
        }
        if let Self::Replace(new) = self {
            if **new == *review {
                return Ok(None);
            }
            let old = std::mem::replace(review, (**new).clone());
            return Ok(Some(Self::Replace(Box::new(old))));
        }
        let id = self.commitment().unwrap_or_default().to_owned();
        if dataset.commitment(&id).is_none() {
            return Err(EditError::UnknownCommitment(id));
        }
        self.apply_to_known(dataset, review, by, at)
    }

    /// [`Edit::apply`] for an edit of an assessment whose commitment is known to be in the
    /// dataset (looking it up is a walk through every commitment, which bulk imports of
    /// thousands of rows cannot afford once per field).
    pub(crate) fn apply_to_known(
        &self,
        dataset: &Dataset,
        review: &mut Review,
        by: &str,
        at: Timestamp,
    ) -> Result<Option<Edit>, EditError> {
        let id = self.commitment().unwrap_or_default().to_owned();
        let before = review.assessments.get(&id);
        let mut a = before.cloned().unwrap_or_else(|| Assessment {
            status: dataset.default_status().to_owned(),
            evidence_level: dataset.default_evidence().to_owned(),
            ..Assessment::default()
        });
        let Some(Change {
            field,
            old,
            new,
            inverse,
            item,
        }) = self.change(dataset, &mut a, &id)?
        else {
            return Ok(None);
        };
        if before == Some(&a) || (before.is_none() && old == new) {
            return Ok(None);
        }
        a.updated_at = Some(at);
        by.clone_into(&mut a.updated_by);
        review.assessments.insert(id.clone(), a);
        record(
            review,
            by,
            at,
            (Subject::Commitment(id), field, item),
            old,
            new,
        );
        Ok(Some(inverse))
    }

    /// Makes the change on an assessment; says what changed and how to undo it.
    #[expect(clippy::too_many_lines, reason = "one short arm per kind of edit")]
    fn change(
        &self,
        dataset: &Dataset,
        a: &mut Assessment,
        id: &str,
    ) -> Result<Option<Change>, EditError> {
        let id = id.to_owned();
        let change = |field, old: String, new: String, inverse| {
            Some(Change {
                field,
                old,
                new,
                inverse,
                item: String::new(),
            })
        };
        let evidence = |old: String, new: String, inverse, item: &EvidenceItem| {
            Some(Change {
                field: Field::Evidence,
                old,
                new,
                inverse,
                item: item.id.clone(),
            })
        };
        Ok(match self {
            Self::Status { status, .. } => {
                if dataset.status_level(status).is_none() {
                    return Err(EditError::UnknownLevel(status.clone()));
                }
                let old = std::mem::replace(&mut a.status, status.clone());
                change(
                    Field::Status,
                    old.clone(),
                    status.clone(),
                    Self::Status {
                        commitment: id,
                        status: old,
                    },
                )
            }
            Self::EvidenceLevel { level, .. } => {
                if !dataset.evidence_scale.iter().any(|l| &l.id == level) {
                    return Err(EditError::UnknownLevel(level.clone()));
                }
                let old = std::mem::replace(&mut a.evidence_level, level.clone());
                change(
                    Field::EvidenceLevel,
                    old.clone(),
                    level.clone(),
                    Self::EvidenceLevel {
                        commitment: id,
                        level: old,
                    },
                )
            }
            Self::InsertEvidence { index, item, .. } => {
                let index = (*index).min(a.evidence.len());
                // A new item gets an id; one put back by undo keeps its own.
                let mut item = item.clone();
                if item.id.is_empty() {
                    item.id = new_id();
                }
                a.evidence.insert(index, item.clone());
                evidence(
                    String::new(),
                    describe_evidence(&item),
                    Self::RemoveEvidence {
                        commitment: id,
                        index,
                    },
                    &item,
                )
            }
            Self::UpdateEvidence { index, item, .. } => {
                let slot = a
                    .evidence
                    .get_mut(*index)
                    .ok_or(EditError::NoSuchEvidence(*index))?;
                // An edited item keeps its id, whatever the caller's copy holds.
                let item = EvidenceItem {
                    id: slot.id.clone(),
                    ..item.clone()
                };
                let old = std::mem::replace(slot, item.clone());
                evidence(
                    describe_evidence(&old),
                    describe_evidence(&item),
                    Self::UpdateEvidence {
                        commitment: id,
                        index: *index,
                        item: old,
                    },
                    &item,
                )
            }
            Self::RemoveEvidence { index, .. } => {
                if *index >= a.evidence.len() {
                    return Err(EditError::NoSuchEvidence(*index));
                }
                let old = a.evidence.remove(*index);
                evidence(
                    describe_evidence(&old),
                    String::new(),
                    Self::InsertEvidence {
                        commitment: id,
                        index: *index,
                        item: old.clone(),
                    },
                    &old,
                )
            }
            Self::Notes { text, .. } => {
                let old = std::mem::replace(&mut a.notes, text.clone());
                change(
                    Field::Notes,
                    old.clone(),
                    text.clone(),
                    Self::Notes {
                        commitment: id,
                        text: old,
                    },
                )
            }
            Self::TalkingPoints { text, .. } => {
                let old = std::mem::replace(&mut a.talking_points, text.clone());
                change(
                    Field::TalkingPoints,
                    old.clone(),
                    text.clone(),
                    Self::TalkingPoints {
                        commitment: id,
                        text: old,
                    },
                )
            }
            Self::Narrative { .. } | Self::Replace(_) => None,
        })
    }
}

/// What an edit changed, and how to undo it.
struct Change {
    field: Field,
    old: String,
    new: String,
    inverse: Edit,
    /// For evidence: the item's id.
    item: String,
}

fn apply_narrative(
    dataset: &Dataset,
    review: &mut Review,
    by: &str,
    at: Timestamp,
    group: &str,
    part: NarrativePart,
    text: &str,
) -> Result<Option<Edit>, EditError> {
    if dataset.group(group).is_none() {
        return Err(EditError::UnknownGroup(group.to_owned()));
    }
    let narrative = review.narratives.entry(group.to_owned()).or_default();
    let slot = part.get_mut(narrative);
    if slot == text {
        if *narrative == Narrative::default() {
            review.narratives.remove(group);
        }
        return Ok(None);
    }
    let old = std::mem::replace(slot, text.to_owned());
    if *narrative == Narrative::default() {
        review.narratives.remove(group);
    }
    record(
        review,
        by,
        at,
        (
            Subject::Group(group.to_owned()),
            part.field(),
            String::new(),
        ),
        old.clone(),
        text.to_owned(),
    );
    Ok(Some(Edit::Narrative {
        group: group.to_owned(),
        part,
        text: old,
    }))
}

/// Appends a history entry, with a new id: (subject, field, evidence item id or "").
fn record(
    review: &mut Review,
    by: &str,
    at: Timestamp,
    (subject, field, item): (Subject, Field, String),
    old: String,
    new: String,
) {
    review.history.push(HistoryEntry {
        id: new_id(),
        at,
        by: by.to_owned(),
        subject,
        field,
        old,
        new,
        item,
    });
}

/// Undo and redo over edits. Undoing is itself an edit, so it is recorded in the history too:
/// the history tells what happened, in order, and is never rewritten. Undo and redo also put
/// back when and by whom the assessment last changed ("Last changed"), so undoing an edit
/// leaves the commitment as it was, down to its stamp, and the "changed since" filter agrees.
#[derive(Debug, Default)]
pub struct UndoStack {
    undo: Vec<Step>,
    redo: Vec<Step>,
}

/// An edit waiting on the undo or redo stack, with the stamp to put back once it is applied.
#[derive(Debug)]
struct Step {
    edit: Edit,
    stamp: Stamp,
}

/// When and by whom a commitment's assessment last changed, as it was before an edit.
#[derive(Clone, Debug, PartialEq)]
enum Stamp {
    /// The edit is not about a commitment (a narrative): nothing to put back.
    NotACommitment,
    /// The commitment had no assessment yet.
    NoAssessment,
    /// The assessment's `updated_at` and `updated_by`.
    Changed(Option<Timestamp>, String),
}

impl Stamp {
    /// The stamp of the commitment `edit` is about, as it is now.
    fn of(review: &Review, edit: &Edit) -> Self {
        let Some(id) = edit.commitment() else {
            return Self::NotACommitment;
        };
        review.assessments.get(id).map_or(Self::NoAssessment, |a| {
            Self::Changed(a.updated_at, a.updated_by.clone())
        })
    }

    /// Puts the stamp back on the commitment `edit` is about. A commitment that had no
    /// assessment loses the one the edit made, once it is back to the dataset's defaults.
    fn restore(self, dataset: &Dataset, review: &mut Review, edit: &Edit) {
        let Some(id) = edit.commitment() else { return };
        match self {
            Self::NotACommitment => {}
            Self::Changed(at, by) => {
                if let Some(a) = review.assessments.get_mut(id) {
                    a.updated_at = at;
                    a.updated_by = by;
                }
            }
            Self::NoAssessment => {
                let untouched = Assessment {
                    status: dataset.default_status().to_owned(),
                    evidence_level: dataset.default_evidence().to_owned(),
                    ..Assessment::default()
                };
                if let Some(a) = review.assessments.get_mut(id) {
                    a.updated_at = None;
                    a.updated_by.clear();
                    if *a == untouched {
                        review.assessments.remove(id);
                    }
                }
            }
        }
    }
}

/// How many edits can be undone.
pub const MAX_UNDO: usize = 1000;

impl UndoStack {
    /// Applies an edit and remembers how to undo it. Returns whether anything changed.
    pub fn apply(
        &mut self,
        edit: &Edit,
        dataset: &Dataset,
        review: &mut Review,
        by: &str,
        at: Timestamp,
    ) -> Result<bool, EditError> {
        let stamp = Stamp::of(review, edit);
        let Some(inverse) = edit.apply(dataset, review, by, at)? else {
            return Ok(false);
        };
        self.undo.push(Step {
            edit: inverse,
            stamp,
        });
        if self.undo.len() > MAX_UNDO {
            self.undo.remove(0);
        }
        self.redo.clear();
        Ok(true)
    }

    /// Undoes the last edit; returns the edit that was applied to undo it.
    pub fn undo(
        &mut self,
        dataset: &Dataset,
        review: &mut Review,
        by: &str,
        at: Timestamp,
    ) -> Result<Option<Edit>, EditError> {
        Self::step(&mut self.undo, &mut self.redo, dataset, review, by, at)
    }

    /// Redoes the last undone edit; returns the edit that was applied.
    pub fn redo(
        &mut self,
        dataset: &Dataset,
        review: &mut Review,
        by: &str,
        at: Timestamp,
    ) -> Result<Option<Edit>, EditError> {
        Self::step(&mut self.redo, &mut self.undo, dataset, review, by, at)
    }

    /// Applies the newest edit of `from`, puts back the stamp it had before, and puts its
    /// inverse (with the stamp it replaced) on `to`.
    fn step(
        from: &mut Vec<Step>,
        to: &mut Vec<Step>,
        dataset: &Dataset,
        review: &mut Review,
        by: &str,
        at: Timestamp,
    ) -> Result<Option<Edit>, EditError> {
        let Some(Step { edit, stamp }) = from.pop() else {
            return Ok(None);
        };
        let replaced = Stamp::of(review, &edit);
        if let Some(back) = edit.apply(dataset, review, by, at)? {
            stamp.restore(dataset, review, &edit);
            to.push(Step {
                edit: back,
                stamp: replaced,
            });
        }
        Ok(Some(edit))
    }

    /// Whether there is something to undo.
    #[must_use]
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// Whether there is something to redo.
    #[must_use]
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Forgets everything (after opening another document).
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;

    fn at(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    #[test]
    #[expect(
        clippy::too_many_lines,
        reason = "one scenario told in order: edit, repeat, undo, redo, a new branch"
    )]
    fn edits_record_history_and_undo_redo_restore_content() {
        let d = sample::dataset().unwrap();
        let mut r = Review::new(
            "Test",
            crate::model::DatasetRef {
                id: d.metadata.id.clone(),
                version: d.metadata.version.clone(),
                content_hash: String::new(),
            },
        );
        let mut stack = UndoStack::default();
        let c = "a68-126-89g".to_owned();
        let t = at("2026-11-29T10:00:00Z");
        assert!(
            stack
                .apply(
                    &Edit::Status {
                        commitment: c.clone(),
                        status: "limited".into()
                    },
                    &d,
                    &mut r,
                    "Ana",
                    t
                )
                .unwrap()
        );
        let item = EvidenceItem {
            symbol: "A/68/126".into(),
            paragraph: "38".into(),
            note: "coverage".into(),
            ..EvidenceItem::default()
        };
        stack
            .apply(
                &Edit::InsertEvidence {
                    commitment: c.clone(),
                    index: 9,
                    item: item.clone(),
                },
                &d,
                &mut r,
                "Ana",
                t,
            )
            .unwrap();
        let after_two = r.assessments.clone();
        assert_eq!(r.assessments[&c].status, "limited");
        let added = r.assessments[&c].evidence[0].clone();
        assert_eq!(added.id.len(), 16, "a new item gets an id");
        assert_eq!(
            r.history[1].item, added.id,
            "and its history entry names it"
        );
        let item = EvidenceItem {
            id: added.id.clone(),
            ..item
        };
        assert_eq!(r.assessments[&c].evidence, vec![item.clone()]);
        assert_eq!(r.history.len(), 2);
        assert_eq!(r.history[1].new, "A/68/126, para. 38 — coverage");

        // Same value again: nothing recorded.
        assert!(
            !stack
                .apply(
                    &Edit::Status {
                        commitment: c.clone(),
                        status: "limited".into()
                    },
                    &d,
                    &mut r,
                    "Ana",
                    t
                )
                .unwrap()
        );
        assert_eq!(r.history.len(), 2);

        stack.undo(&d, &mut r, "Ana", t).unwrap();
        assert!(r.assessments[&c].evidence.is_empty());
        stack.undo(&d, &mut r, "Ana", t).unwrap();
        // Back to no assessment at all, as before the first edit.
        assert!(
            !r.assessments.contains_key(&c),
            "{:?}",
            r.assessments.get(&c)
        );
        assert!(!stack.can_undo());
        stack.redo(&d, &mut r, "Ana", t).unwrap();
        stack.redo(&d, &mut r, "Ana", t).unwrap();
        assert_eq!(r.assessments[&c].status, after_two[&c].status);
        assert_eq!(r.assessments[&c].evidence, after_two[&c].evidence);
        // Two edits, two undos, two redos: six history entries, in order.
        let fields: Vec<(Field, &str, &str)> = r
            .history
            .iter()
            .map(|h| (h.field, h.old.as_str(), h.new.as_str()))
            .collect();
        assert_eq!(
            fields[2],
            (Field::Evidence, "A/68/126, para. 38 — coverage", "")
        );
        assert_eq!(fields[3], (Field::Status, "limited", "not-assessed"));
        assert_eq!(fields[4], (Field::Status, "not-assessed", "limited"));
        assert_eq!(r.history.len(), 6);
        // A new edit clears the redo stack.
        stack.undo(&d, &mut r, "Ana", t).unwrap();
        stack
            .apply(
                &Edit::Notes {
                    commitment: c.clone(),
                    text: "n".into(),
                },
                &d,
                &mut r,
                "Ana",
                t,
            )
            .unwrap();
        assert!(!stack.can_redo());
    }

    #[test]
    fn undo_puts_back_when_and_by_whom_it_last_changed_and_redo_reapplies_it() {
        let d = sample::dataset().unwrap();
        let mut r = sample::review().unwrap();
        let mut stack = UndoStack::default();
        // An assessed commitment, last changed by someone else on an earlier day.
        let c = "a68-126-89g".to_owned();
        let earlier = at("2026-11-02T09:15:00Z");
        let a = r.assessments.get_mut(&c).unwrap();
        a.updated_at = Some(earlier);
        a.updated_by = "Ben".into();
        let before = r.assessments[&c].clone();
        let (t1, t2, t3) = (
            at("2026-11-29T10:00:00Z"),
            at("2026-11-29T11:00:00Z"),
            at("2026-11-29T12:00:00Z"),
        );
        let notes = Edit::Notes {
            commitment: c.clone(),
            text: "Changed today".into(),
        };
        assert!(stack.apply(&notes, &d, &mut r, "Ana", t1).unwrap());
        assert_eq!(r.assessments[&c].updated_at, Some(t1));
        stack.undo(&d, &mut r, "Ana", t2).unwrap();
        assert_eq!(
            r.assessments[&c], before,
            "undo leaves it as it was, stamp included"
        );
        stack.redo(&d, &mut r, "Ana", t3).unwrap();
        assert_eq!(r.assessments[&c].notes, "Changed today");
        assert_eq!(
            r.assessments[&c].updated_at,
            Some(t1),
            "redo re-applies the edit's stamp"
        );
        assert_eq!(r.assessments[&c].updated_by, "Ana");
        stack.undo(&d, &mut r, "Ana", t3).unwrap();
        assert_eq!(r.assessments[&c], before);
        // The history still tells every step, at the time it happened.
        let times: Vec<Timestamp> = r.history.iter().rev().take(3).map(|h| h.at).collect();
        assert_eq!(times, vec![t3, t3, t2]);

        // A commitment without an assessment has none again after the undo.
        let fresh = "a68-126-89a".to_owned();
        r.assessments.remove(&fresh);
        let status = Edit::Status {
            commitment: fresh.clone(),
            status: "limited".into(),
        };
        stack.apply(&status, &d, &mut r, "Ana", t1).unwrap();
        stack.undo(&d, &mut r, "Ana", t2).unwrap();
        assert!(
            !r.assessments.contains_key(&fresh),
            "{:?}",
            r.assessments.get(&fresh)
        );
        stack.redo(&d, &mut r, "Ana", t3).unwrap();
        assert_eq!(r.assessments[&fresh].status, "limited");
        assert_eq!(r.assessments[&fresh].updated_at, Some(t1));
    }

    #[test]
    fn narratives_and_bad_edits() {
        let d = sample::dataset().unwrap();
        let mut r = sample::review().unwrap();
        let mut stack = UndoStack::default();
        let t = at("2026-11-29T10:00:00Z");
        let before = r.narratives.get("supply").cloned();
        stack
            .apply(
                &Edit::Narrative {
                    group: "supply".into(),
                    part: NarrativePart::Challenges,
                    text: "New challenge".into(),
                },
                &d,
                &mut r,
                "Ana",
                t,
            )
            .unwrap();
        assert_eq!(r.narratives["supply"].challenges, "New challenge");
        assert_eq!(
            r.history.last().unwrap().subject,
            Subject::Group("supply".into())
        );
        stack.undo(&d, &mut r, "Ana", t).unwrap();
        assert_eq!(r.narratives.get("supply").cloned(), before);
        assert_eq!(
            Edit::Status {
                commitment: "nope".into(),
                status: "limited".into()
            }
            .apply(&d, &mut r, "A", t),
            Err(EditError::UnknownCommitment("nope".into()))
        );
        assert_eq!(
            Edit::Status {
                commitment: "a68-126-89a".into(),
                status: "done".into()
            }
            .apply(&d, &mut r, "A", t),
            Err(EditError::UnknownLevel("done".into()))
        );
        assert_eq!(
            Edit::RemoveEvidence {
                commitment: "a68-126-89a".into(),
                index: 5
            }
            .apply(&d, &mut r, "A", t),
            Err(EditError::NoSuchEvidence(5))
        );
    }
}
