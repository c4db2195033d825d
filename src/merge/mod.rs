//! Merging a colleague's copy of a review into ours: three-way, per commitment and per field
//! (status, evidence level, notes, talking points, each evidence item, each narrative part),
//! against the two copies' common ancestor ([`ancestor`]).
//!
//! A change made on one side only is taken. Both sides changing a field to the same value is no
//! change. Both sides changing it differently is a [`Conflict`], which keeps ours until the
//! reviewer answers it ([`Merge::resolve`]). Evidence items are matched by id, so items added on
//! both sides are both kept. The merged history holds both sides' entries, with their authors,
//! and [`Merge::finish`] adds one entry for the merge itself.
//!
//! Plain data in, plain data out: the window, `poa-review merge` and the git merge driver all
//! call [`merge`].

mod ancestor;
mod conflict;
mod resolve;
#[cfg(test)]
mod tests;

use std::collections::BTreeSet;

use jiff::Timestamp;

pub use self::ancestor::Side;
use self::ancestor::{Ancestor, Defaults, HistoryBase, item_of, text_of};
pub use self::conflict::{Resolution, both_texts};
use crate::i18n::Localised;
use crate::model::{Assessment, Dataset, DatasetRef, EvidenceItem, Field, Review, Subject};
pub use crate::model::{Conflict, ConflictValues};

/// The fields of an assessment that hold one text or level.
const ASSESSMENT_FIELDS: [Field; 4] = [
    Field::Status,
    Field::EvidenceLevel,
    Field::Notes,
    Field::TalkingPoints,
];

/// The parts of a narrative.
const NARRATIVE_FIELDS: [Field; 3] = [Field::Achievements, Field::Challenges, Field::Priorities];

/// Why two reviews cannot be merged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.message())]
pub enum MergeError {
    /// They are reviews of different datasets, or of different versions of one.
    OtherDataset {
        /// Our review's dataset.
        mine: Box<DatasetRef>,
        /// The other review's dataset (the colleague's, or the base's).
        theirs: Box<DatasetRef>,
    },
}

impl MergeError {
    /// The message, to render in the interface language.
    #[must_use]
    pub fn message(&self) -> Localised {
        match self {
            Self::OtherDataset { mine, theirs } => {
                let name = |d: &DatasetRef| format!("{} {}", d.id, d.version);
                let (mut m, mut t) = (name(mine), name(theirs));
                if m == t {
                    // Same id and version, other content: say which content.
                    m = format!("{m} ({})", short_hash(&mine.content_hash));
                    t = format!("{t} ({})", short_hash(&theirs.content_hash));
                }
                msg!("merge-other-dataset", mine = m, theirs = t)
            }
        }
    }
}

fn short_hash(hash: &str) -> &str {
    let hex = hash.strip_prefix("sha256:").unwrap_or(hash);
    hex.get(..12).unwrap_or(hex)
}

/// A change of theirs that the merge took.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Taken {
    /// The commitment or group.
    pub subject: Subject,
    /// Which field.
    pub field: Field,
    /// The evidence item's id, for evidence.
    pub item: Option<String>,
}

/// The result of merging, before the reviewer has answered the conflicts.
#[derive(Clone, Debug)]
pub struct Merge {
    /// Ours with every change of theirs that did not conflict; every conflict's field still
    /// holds our value.
    pub merged: Review,
    /// The fields both sides changed differently, in dataset order.
    pub conflicts: Vec<Conflict>,
    /// The changes of theirs that were taken without asking.
    pub taken: Vec<Taken>,
    /// How many of their history entries were new to ours.
    pub new_history: usize,
}

impl Merge {
    /// Whether the merge changes nothing: no conflict, nothing taken, no new history.
    #[must_use]
    pub fn is_noop(&self) -> bool {
        self.conflicts.is_empty() && self.taken.is_empty() && self.new_history == 0
    }

    /// The conflicts a review keeps from an earlier merge, to be answered now: the review
    /// without them, and them.
    #[must_use]
    pub fn pending(review: &Review) -> Self {
        let mut merged = review.clone();
        let conflicts = std::mem::take(&mut merged.conflicts);
        Self {
            merged,
            conflicts,
            taken: Vec::new(),
            new_history: 0,
        }
    }
}

/// Checks that two reviews are of the same dataset version (and content): merging and
/// comparing need it.
pub fn same_dataset(mine: &Review, other: &Review) -> Result<(), MergeError> {
    if other.dataset == mine.dataset {
        Ok(())
    } else {
        Err(MergeError::OtherDataset {
            mine: Box::new(mine.dataset.clone()),
            theirs: Box::new(other.dataset.clone()),
        })
    }
}

/// Merges `theirs` into `mine`, against `base` when it is given and otherwise against the
/// common ancestor the two histories show.
pub fn merge(
    dataset: &Dataset,
    mine: &Review,
    theirs: &Review,
    base: Option<&Review>,
) -> Result<Merge, MergeError> {
    for other in std::iter::once(theirs).chain(base) {
        same_dataset(mine, other)?;
    }
    let defaults = Defaults {
        status: dataset.default_status().to_owned(),
        evidence_level: dataset.default_evidence().to_owned(),
    };
    let ancestor = match base {
        Some(b) => Ancestor::File(b, defaults.clone()),
        None => Ancestor::History(HistoryBase::new(mine, theirs)),
    };
    let mut m = Merger {
        mine,
        theirs,
        ancestor: &ancestor,
        defaults: &defaults,
        out: Merge {
            merged: mine.clone(),
            conflicts: Vec::new(),
            taken: Vec::new(),
            new_history: 0,
        },
    };
    let commitments: BTreeSet<&String> = mine
        .assessments
        .keys()
        .chain(theirs.assessments.keys())
        .collect();
    // Dataset order first, so that conflicts are listed as the desk lists commitments; ids the
    // dataset does not know (a review checked against no dataset) come after, sorted.
    let mut ordered: Vec<&String> = dataset
        .commitments
        .iter()
        .map(|c| &c.id)
        .filter(|id| commitments.contains(id))
        .collect();
    let known: std::collections::HashSet<&str> =
        dataset.commitments.iter().map(|c| c.id.as_str()).collect();
    ordered.extend(commitments.iter().filter(|id| !known.contains(id.as_str())));
    for id in ordered {
        m.assessment(id);
    }
    let groups: BTreeSet<&String> = mine
        .narratives
        .keys()
        .chain(theirs.narratives.keys())
        .collect();
    for id in groups {
        m.narrative(id);
    }
    m.history_and_reviewers();
    for c in &theirs.conflicts {
        if !m.out.merged.conflicts.contains(c) {
            m.out.merged.conflicts.push(c.clone());
        }
    }
    Ok(m.out)
}

/// Which side's value a field takes.
enum Outcome {
    /// Both sides hold the same value, or only ours changed it.
    Mine,
    /// Only theirs changed it.
    Theirs,
    /// Both changed it differently, or it differs and the ancestor is not known.
    Conflict,
}

fn three_way<T: PartialEq>(base: Option<&T>, mine: &T, theirs: &T) -> Outcome {
    if mine == theirs {
        return Outcome::Mine;
    }
    match base {
        Some(b) if b == theirs => Outcome::Mine,
        Some(b) if b == mine => Outcome::Theirs,
        _ => Outcome::Conflict,
    }
}

/// The merge in progress.
struct Merger<'a> {
    mine: &'a Review,
    theirs: &'a Review,
    ancestor: &'a Ancestor<'a>,
    defaults: &'a Defaults,
    out: Merge,
}

impl Merger<'_> {
    fn assessment(&mut self, id: &str) {
        let subject = Subject::Commitment(id.to_owned());
        let had = self.mine.assessments.get(id);
        let mut a = had.cloned().unwrap_or_else(|| self.defaults.assessment());
        let mut from_theirs = false;
        let conflicts_before = self.out.conflicts.len();
        for field in ASSESSMENT_FIELDS {
            from_theirs |= self.text_field(&subject, field, |t| set_field(&mut a, field, t));
        }
        from_theirs |= self.evidence(id, &mut a);
        if from_theirs {
            let theirs = self.theirs.assessments.get(id);
            let stamp = match theirs {
                Some(t) if same_values(t, &a) => (t.updated_at, t.updated_by.clone()),
                _ => later_stamp(had, theirs),
            };
            (a.updated_at, a.updated_by) = stamp;
        }
        // A conflict's answer is written into the assessment, so it must be there.
        if had.is_some() || from_theirs || self.out.conflicts.len() > conflicts_before {
            self.out.merged.assessments.insert(id.to_owned(), a);
        }
    }

    fn narrative(&mut self, id: &str) {
        let subject = Subject::Group(id.to_owned());
        let had = self.mine.narratives.contains_key(id);
        let mut n = self.mine.narratives.get(id).cloned().unwrap_or_default();
        let mut from_theirs = false;
        for field in NARRATIVE_FIELDS {
            from_theirs |= self.text_field(&subject, field, |t| {
                *resolve::narrative_part(&mut n, field) = t;
            });
        }
        if had || from_theirs {
            self.out.merged.narratives.insert(id.to_owned(), n);
        }
    }

    /// Merges one text or level field; `set` puts their value in. Returns whether it did.
    fn text_field(&mut self, subject: &Subject, field: Field, set: impl FnOnce(String)) -> bool {
        let mine = text_of(self.mine, subject, field, self.defaults);
        let theirs = text_of(self.theirs, subject, field, self.defaults);
        let base = self.ancestor.text(subject, field, &mine, &theirs);
        match three_way(base.as_ref(), &mine, &theirs) {
            Outcome::Mine => false,
            Outcome::Theirs => {
                set(theirs);
                self.out.taken.push(Taken {
                    subject: subject.clone(),
                    field,
                    item: None,
                });
                true
            }
            Outcome::Conflict => {
                self.out.conflicts.push(Conflict {
                    subject: subject.clone(),
                    field,
                    values: ConflictValues::Text { base, mine, theirs },
                });
                false
            }
        }
    }

    /// Merges a commitment's evidence item by item: ours in our order, then theirs that ours
    /// lacks. Returns whether anything of theirs was taken.
    fn evidence(&mut self, id: &str, a: &mut Assessment) -> bool {
        let none = Vec::new();
        let mine_items = self.mine.assessments.get(id).map_or(&none, |a| &a.evidence);
        let theirs_items = self
            .theirs
            .assessments
            .get(id)
            .map_or(&none, |a| &a.evidence);
        let mut result = Vec::with_capacity(mine_items.len());
        let mut from_theirs = false;
        let mine_ids: BTreeSet<&str> = mine_items.iter().map(|e| e.id.as_str()).collect();
        let pairs = mine_items.iter().map(|e| (e, true)).chain(
            theirs_items
                .iter()
                .filter(|e| !mine_ids.contains(e.id.as_str()))
                .map(|e| (e, false)),
        );
        for (e, in_mine) in pairs {
            let mine = in_mine.then_some(e);
            let theirs = if in_mine {
                item_of(self.theirs, id, &e.id)
            } else {
                Some(e)
            };
            let base = self.ancestor.item(id, &e.id, mine, theirs);
            let (mine, theirs) = (mine.cloned(), theirs.cloned());
            match three_way(base.as_ref(), &mine, &theirs) {
                Outcome::Mine => result.extend(mine),
                Outcome::Theirs => {
                    result.extend(theirs);
                    from_theirs = true;
                    self.out.taken.push(Taken {
                        subject: Subject::Commitment(id.to_owned()),
                        field: Field::Evidence,
                        item: Some(e.id.clone()),
                    });
                }
                Outcome::Conflict => {
                    result.extend(mine.clone());
                    self.out.conflicts.push(Conflict {
                        subject: Subject::Commitment(id.to_owned()),
                        field: Field::Evidence,
                        values: ConflictValues::Evidence {
                            item: e.id.clone(),
                            base,
                            mine,
                            theirs,
                        },
                    });
                }
            }
        }
        a.evidence = result;
        from_theirs
    }

    /// Both histories, each entry once, in time order (ours first among equal times); both
    /// lists of reviewers.
    fn history_and_reviewers(&mut self) {
        let known: BTreeSet<&str> = self.mine.history.iter().map(|h| h.id.as_str()).collect();
        let new: Vec<_> = self
            .theirs
            .history
            .iter()
            .filter(|h| h.id.is_empty() || !known.contains(h.id.as_str()))
            .cloned()
            .collect();
        self.out.new_history = new.len();
        if !new.is_empty() {
            let history = &mut self.out.merged.history;
            history.extend(new);
            history.sort_by_key(|h| h.at);
        }
        for r in &self.theirs.reviewers {
            if !self.out.merged.reviewers.contains(r) {
                self.out.merged.reviewers.push(r.clone());
            }
        }
    }
}

fn set_field(a: &mut Assessment, field: Field, value: String) {
    match field {
        Field::Status => a.status = value,
        Field::EvidenceLevel => a.evidence_level = value,
        Field::Notes => a.notes = value,
        Field::TalkingPoints => a.talking_points = value,
        _ => {}
    }
}

/// Whether two assessments hold the same values, whoever changed them when.
fn same_values(a: &Assessment, b: &Assessment) -> bool {
    a.status == b.status
        && a.evidence_level == b.evidence_level
        && a.evidence == b.evidence
        && a.notes == b.notes
        && a.talking_points == b.talking_points
}

/// The later of two sides' "last changed" stamps.
fn later_stamp(
    mine: Option<&Assessment>,
    theirs: Option<&Assessment>,
) -> (Option<Timestamp>, String) {
    let stamp = |a: Option<&Assessment>| a.map(|a| (a.updated_at, a.updated_by.clone()));
    stamp(mine)
        .into_iter()
        .chain(stamp(theirs))
        .max()
        .unwrap_or_default()
}

/// A commitment's evidence item in the merged review, for the merge screen.
#[must_use]
pub fn merged_item<'r>(
    merged: &'r Review,
    commitment: &str,
    item: &str,
) -> Option<&'r EvidenceItem> {
    item_of(merged, commitment, item)
}

/// The message key of a field's name.
#[must_use]
pub fn field_key(field: Field) -> &'static str {
    match field {
        Field::Status => key!("field-status"),
        Field::EvidenceLevel => key!("field-evidence-level"),
        Field::Evidence => key!("field-evidence"),
        Field::Notes => key!("field-notes"),
        Field::TalkingPoints => key!("field-talking-points"),
        Field::Achievements => key!("narrative-achievements"),
        Field::Challenges => key!("narrative-challenges"),
        Field::Priorities => key!("narrative-priorities"),
        Field::Merge => key!("field-merge"),
    }
}

/// The value a text or level field holds in a review (a commitment without an assessment holds
/// the dataset's default levels and empty texts).
#[must_use]
pub fn field_value(dataset: &Dataset, review: &Review, subject: &Subject, field: Field) -> String {
    let defaults = Defaults {
        status: dataset.default_status().to_owned(),
        evidence_level: dataset.default_evidence().to_owned(),
    };
    text_of(review, subject, field, &defaults)
}
