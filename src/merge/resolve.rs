//! Applying the reviewer's answers to a merge's conflicts, and recording the merge.

use jiff::Timestamp;

use super::{Conflict, ConflictValues, Merge, Resolution, both_texts, set_field};
use crate::edit::describe_evidence;
use crate::model::{EvidenceItem, Field, HistoryEntry, Narrative, Review, Subject, new_id};

/// The part of a narrative a field names.
pub(super) fn narrative_part(n: &mut Narrative, field: Field) -> &mut String {
    match field {
        Field::Challenges => &mut n.challenges,
        Field::Priorities => &mut n.priorities,
        _ => &mut n.achievements,
    }
}

impl Merge {
    /// The merged review with each conflict answered: `answers[i]` answers `conflicts[i]`; a
    /// conflict without an answer keeps ours. Fields changed by an answer are stamped `by`,
    /// `at`. The history is both sides' (see [`Merge::finish`] for the merge's own entry).
    #[must_use]
    pub fn resolve(&self, answers: &[Resolution], by: &str, at: Timestamp) -> Review {
        let mut review = self.merged.clone();
        for (i, c) in self.conflicts.iter().enumerate() {
            let answer = answers.get(i).unwrap_or(&Resolution::Mine);
            let made = apply(&mut review, c, answer);
            if made.is_empty() {
                continue;
            }
            if let Some(a) = c.commitment().and_then(|id| review.assessments.get_mut(id)) {
                a.updated_at = Some(at);
                by.clone_into(&mut a.updated_by);
            }
            // Each answer that changed something is a change of the one who merged, so a
            // later merge knows this side changed that field.
            for (field, item, old, new) in made {
                review.history.push(HistoryEntry {
                    id: new_id(),
                    at,
                    by: by.to_owned(),
                    subject: c.subject.clone(),
                    field,
                    old,
                    new,
                    item,
                });
            }
        }
        review
    }

    /// The merged review with every conflict left for later: each field keeps our value and the
    /// conflict is kept in the review ([`Review::conflicts`]), with one history entry for the
    /// merge. What the command line and the git merge driver write.
    #[must_use]
    pub fn finish_pending(&self, by: &str, at: Timestamp, label: &str) -> Review {
        let mut review = self.finish(&[], by, at, label);
        for c in &self.conflicts {
            if !review.conflicts.contains(c) {
                review.conflicts.push(c.clone());
            }
        }
        review
    }

    /// [`Merge::resolve`], plus one history entry for the merge when it changed anything: by
    /// `by`, at `at`, naming what was merged in (`label`: the other file's name). A merge that
    /// changes nothing returns ours as it was.
    #[must_use]
    pub fn finish(&self, answers: &[Resolution], by: &str, at: Timestamp, label: &str) -> Review {
        let mut review = self.resolve(answers, by, at);
        if !self.is_noop() {
            if !review.reviewers.iter().any(|r| r == by) && !by.is_empty() {
                review.reviewers.push(by.to_owned());
            }
            review.history.push(HistoryEntry {
                id: new_id(),
                at,
                by: by.to_owned(),
                subject: Subject::Review,
                field: Field::Merge,
                old: String::new(),
                new: label.to_owned(),
                item: String::new(),
            });
        }
        review
    }
}

/// A change an answer made: (field, evidence item id or "", old, new), for the history.
type Made = (Field, String, String, String);

/// Applies one answer; returns the changes it made (none when ours stays).
fn apply(review: &mut Review, c: &Conflict, answer: &Resolution) -> Vec<Made> {
    match &c.values {
        ConflictValues::Text { mine, theirs, .. } => {
            let value = match answer {
                Resolution::Theirs => theirs.clone(),
                Resolution::Both if c.is_free_text() => both_texts(mine, theirs),
                Resolution::Mine | Resolution::Both => return Vec::new(),
                Resolution::Edited(text) => text.clone(),
            };
            if value == *mine {
                return Vec::new();
            }
            set_text(review, &c.subject, c.field, value.clone());
            vec![(c.field, String::new(), mine.clone(), value)]
        }
        ConflictValues::Evidence {
            item, mine, theirs, ..
        } => {
            let Some(id) = c.commitment() else {
                return Vec::new();
            };
            let Some(a) = review.assessments.get_mut(id) else {
                return Vec::new();
            };
            let at = a.evidence.iter().position(|e| e.id == *item);
            let was = mine.as_ref().map(describe_evidence).unwrap_or_default();
            match (answer, at, theirs) {
                (Resolution::Theirs, Some(i), Some(t)) => {
                    a.evidence[i] = t.clone();
                    vec![(Field::Evidence, item.clone(), was, describe_evidence(t))]
                }
                (Resolution::Theirs, Some(i), None) => {
                    a.evidence.remove(i);
                    vec![(Field::Evidence, item.clone(), was, String::new())]
                }
                (Resolution::Theirs | Resolution::Both, None, Some(t)) => {
                    a.evidence.push(t.clone());
                    vec![(
                        Field::Evidence,
                        item.clone(),
                        String::new(),
                        describe_evidence(t),
                    )]
                }
                (Resolution::Both, Some(i), Some(t)) if mine.as_ref() != Some(t) => {
                    let copy = EvidenceItem {
                        id: new_id(),
                        ..t.clone()
                    };
                    let made = (
                        Field::Evidence,
                        copy.id.clone(),
                        String::new(),
                        describe_evidence(t),
                    );
                    a.evidence.insert(i + 1, copy);
                    vec![made]
                }
                _ => Vec::new(),
            }
        }
    }
}

fn set_text(review: &mut Review, subject: &Subject, field: Field, value: String) {
    match subject {
        Subject::Commitment(id) => {
            if let Some(a) = review.assessments.get_mut(id) {
                set_field(a, field, value);
            }
        }
        Subject::Group(id) => {
            *narrative_part(review.narratives.entry(id.clone()).or_default(), field) = value;
        }
        Subject::Review => {}
    }
}
