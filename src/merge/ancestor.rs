//! The common ancestor of two copies of a review: what each field held before the two sides
//! went their own ways. Given as a file (`--base`, or git's `%O`), or found without one from the
//! two histories: entries with the same id are the shared past, and a side's own entries say
//! which fields it changed since, and (in `old`) what they held before.

use std::collections::{HashMap, HashSet};

use crate::model::{Assessment, EvidenceItem, Field, Review, Subject};

/// Which side of a merge.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The open review (`MINE`).
    Mine,
    /// The colleague's copy (`THEIRS`).
    Theirs,
}

/// The dataset's defaults, which a commitment without an assessment holds.
#[derive(Clone, Debug)]
pub(super) struct Defaults {
    pub(super) status: String,
    pub(super) evidence_level: String,
}

impl Defaults {
    /// The assessment of a commitment that has none.
    pub(super) fn assessment(&self) -> Assessment {
        Assessment {
            status: self.status.clone(),
            evidence_level: self.evidence_level.clone(),
            ..Assessment::default()
        }
    }
}

/// The value of a text or level field in a review.
pub(super) fn text_of(review: &Review, subject: &Subject, field: Field, d: &Defaults) -> String {
    match subject {
        Subject::Commitment(id) => {
            let Some(a) = review.assessments.get(id) else {
                return match field {
                    Field::Status => d.status.clone(),
                    Field::EvidenceLevel => d.evidence_level.clone(),
                    _ => String::new(),
                };
            };
            match field {
                Field::Status => a.status.clone(),
                Field::EvidenceLevel => a.evidence_level.clone(),
                Field::Notes => a.notes.clone(),
                Field::TalkingPoints => a.talking_points.clone(),
                _ => String::new(),
            }
        }
        Subject::Group(id) => review
            .narratives
            .get(id)
            .map_or_else(String::new, |n| match field {
                Field::Achievements => n.achievements.clone(),
                Field::Challenges => n.challenges.clone(),
                Field::Priorities => n.priorities.clone(),
                _ => String::new(),
            }),
        Subject::Review => String::new(),
    }
}

/// An evidence item of a review, by commitment and item id.
pub(super) fn item_of<'r>(
    review: &'r Review,
    commitment: &str,
    item: &str,
) -> Option<&'r EvidenceItem> {
    review
        .assessments
        .get(commitment)?
        .evidence
        .iter()
        .find(|e| e.id == item)
}

/// The common ancestor, as far as it is known.
pub(super) enum Ancestor<'a> {
    /// Given as a file.
    File(&'a Review, Defaults),
    /// Found from the two histories.
    History(HistoryBase),
}

/// What the two histories tell of the common ancestor.
pub(super) struct HistoryBase {
    /// For each field a side changed after the shared history, the value it held before: the
    /// `old` of that side's first such entry (ours, theirs).
    before: [HashMap<(Subject, Field), String>; 2],
    /// Evidence items each side changed after the shared history, as (commitment, item id); an
    /// empty item id (an entry from before items had ids) stands for every item of the
    /// commitment.
    touched: [HashSet<(String, String)>; 2],
}

impl HistoryBase {
    /// Reads the shared past and each side's own entries from the two histories.
    pub(super) fn new(mine: &Review, theirs: &Review) -> Self {
        let ids = |r: &Review| -> HashSet<String> {
            r.history
                .iter()
                .filter(|h| !h.id.is_empty())
                .map(|h| h.id.clone())
                .collect()
        };
        let (mine_ids, theirs_ids) = (ids(mine), ids(theirs));
        let mut before = [HashMap::new(), HashMap::new()];
        let mut touched = [HashSet::new(), HashSet::new()];
        for (side, review, other) in [(0, mine, &theirs_ids), (1, theirs, &mine_ids)] {
            for h in review.history.iter().filter(|h| !other.contains(&h.id)) {
                match (&h.subject, h.field) {
                    (Subject::Commitment(c), Field::Evidence) => {
                        touched[side].insert((c.clone(), h.item.clone()));
                    }
                    (Subject::Review, _) | (_, Field::Merge) => {}
                    (subject, field) => {
                        before[side]
                            .entry((subject.clone(), field))
                            .or_insert_with(|| h.old.clone());
                    }
                }
            }
        }
        Self { before, touched }
    }

    fn touched(&self, side: Side, commitment: &str, item: &str) -> bool {
        let set = &self.touched[usize::from(side == Side::Theirs)];
        set.contains(&(commitment.to_owned(), item.to_owned()))
            || set.contains(&(commitment.to_owned(), String::new()))
    }
}

impl Ancestor<'_> {
    /// The ancestor's value of a text or level field; `None` when it is not known. From the
    /// histories: the value of the side that did not change it since they shared their past
    /// (so the other side's change is taken); when both did, the value both changed from.
    pub(super) fn text(
        &self,
        subject: &Subject,
        field: Field,
        mine: &str,
        theirs: &str,
    ) -> Option<String> {
        match self {
            Self::File(base, d) => Some(text_of(base, subject, field, d)),
            Self::History(h) => {
                let key = (subject.clone(), field);
                match (h.before[0].get(&key), h.before[1].get(&key)) {
                    (Some(_), None) => Some(theirs.to_owned()),
                    (None, Some(_)) => Some(mine.to_owned()),
                    (Some(m), Some(t)) if m == t => Some(m.clone()),
                    _ => None,
                }
            }
        }
    }

    /// The ancestor's version of an evidence item (`Some(None)`: it had none); `None` when it is
    /// not known. From the histories: the version of the side that did not touch it.
    #[expect(
        clippy::option_option,
        reason = "not known, known to be absent, or the item: the three cases of a conflict's base"
    )]
    pub(super) fn item(
        &self,
        commitment: &str,
        item: &str,
        mine: Option<&EvidenceItem>,
        theirs: Option<&EvidenceItem>,
    ) -> Option<Option<EvidenceItem>> {
        match self {
            Self::File(base, _) => Some(item_of(base, commitment, item).cloned()),
            Self::History(h) => {
                match (
                    h.touched(Side::Mine, commitment, item),
                    h.touched(Side::Theirs, commitment, item),
                ) {
                    (true, false) => Some(theirs.cloned()),
                    (false, true) => Some(mine.cloned()),
                    _ => None,
                }
            }
        }
    }
}
