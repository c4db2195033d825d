//! The review: a delegation's own work on a dataset — status, evidence and notes per commitment,
//! a narrative per pillar, and an append-only history of every change.

use std::collections::BTreeMap;

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use super::Conflict;

/// The `format_version` this build reads and writes for reviews. Version 2 gave history entries
/// and evidence items stable ids (see [`super::ids`]), which is how two copies of a review find
/// their common ancestor when they are merged; version 1 still reads, its ids made from content.
pub const REVIEW_FORMAT_VERSION: u32 = 2;

/// A whole review file (`*.review.ron`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Review {
    /// Version of the file format; see [`REVIEW_FORMAT_VERSION`].
    pub format_version: u32,
    /// The delegation whose review this is.
    pub delegation: String,
    /// The people working on it.
    #[serde(default)]
    pub reviewers: Vec<String>,
    /// Which dataset this review is of.
    pub dataset: DatasetRef,
    /// Assessments by commitment id. Commitments without one are "not assessed".
    #[serde(default)]
    pub assessments: BTreeMap<String, Assessment>,
    /// Narratives by group id (pillar or cross-cutting group).
    #[serde(default)]
    pub narratives: BTreeMap<String, Narrative>,
    /// Every change ever made, oldest first. Only ever appended to.
    #[serde(default)]
    pub history: Vec<HistoryEntry>,
    /// Conflicts of a merge that are not answered yet (a merge on the command line or by git
    /// keeps our value in each field and the conflict here); the window offers to answer them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conflicts: Vec<Conflict>,
}

/// Identifies the dataset a review was made on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatasetRef {
    /// The dataset's id.
    pub id: String,
    /// The dataset's version.
    pub version: String,
    /// `sha256:` and the hex digest of the dataset's canonical form (see `io::content_hash`).
    pub content_hash: String,
}

/// The delegation's assessment of one commitment.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assessment {
    /// Status level id from the dataset's status scale.
    pub status: String,
    /// Evidence level id from the dataset's evidence scale.
    pub evidence_level: String,
    /// The evidence behind the mark.
    #[serde(default)]
    pub evidence: Vec<EvidenceItem>,
    /// Notes that may be shared and exported.
    #[serde(default)]
    pub notes: String,
    /// Private talking points: never exported unless the user asks for an internal copy.
    #[serde(default)]
    pub talking_points: String,
    /// When the assessment last changed.
    #[serde(default)]
    pub updated_at: Option<Timestamp>,
    /// Who changed it last.
    #[serde(default)]
    pub updated_by: String,
}

/// One piece of evidence.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceItem {
    /// Stable id, kept when the item is edited (empty only in a version-1 file, until read).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// Document symbol, e.g. `A/68/126`.
    #[serde(default)]
    pub symbol: String,
    /// Paragraph, e.g. `38` or `89 (g)`.
    #[serde(default)]
    pub paragraph: String,
    /// A URL or a file path.
    #[serde(default)]
    pub location: String,
    /// What the evidence shows.
    #[serde(default)]
    pub note: String,
}

/// The narrative for one pillar, in the shape of the 2014 joint ministerial statement.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Narrative {
    /// Achievements.
    #[serde(default)]
    pub achievements: String,
    /// Challenges.
    #[serde(default)]
    pub challenges: String,
    /// Priorities for further action.
    #[serde(default)]
    pub priorities: String,
}

/// What a history entry is about.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Subject {
    /// A commitment, by id.
    Commitment(String),
    /// A pillar or group narrative, by group id.
    Group(String),
    /// The review as a whole (a merge).
    Review,
}

/// Which field changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Field {
    /// Status level.
    Status,
    /// Evidence level.
    EvidenceLevel,
    /// The list of evidence items (old and new hold a one-line description).
    Evidence,
    /// Shareable notes.
    Notes,
    /// Private talking points.
    TalkingPoints,
    /// Narrative: achievements.
    Achievements,
    /// Narrative: challenges.
    Challenges,
    /// Narrative: priorities for further action.
    Priorities,
    /// A colleague's copy was merged in (`new` names it; the subject is the review).
    Merge,
}

/// One change: when, who, what, from which value to which.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HistoryEntry {
    /// Stable id: the same in every copy of the review (empty only in a version-1 file, until
    /// read).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub id: String,
    /// When.
    pub at: Timestamp,
    /// Who.
    pub by: String,
    /// About which commitment or group.
    pub subject: Subject,
    /// Which field.
    pub field: Field,
    /// The value before.
    pub old: String,
    /// The value after.
    pub new: String,
    /// For evidence: the id of the item that was added, changed or removed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub item: String,
}

impl Review {
    /// A new, empty review of a dataset.
    #[must_use]
    pub fn new(delegation: &str, dataset: DatasetRef) -> Self {
        Self {
            format_version: REVIEW_FORMAT_VERSION,
            delegation: delegation.to_owned(),
            reviewers: Vec::new(),
            dataset,
            assessments: BTreeMap::new(),
            narratives: BTreeMap::new(),
            history: Vec::new(),
            conflicts: Vec::new(),
        }
    }
}
