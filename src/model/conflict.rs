//! A conflict a merge could not decide alone: both sides changed the same field (or the same
//! evidence item) differently. Kept in the review (`conflicts`) until the reviewer answers it,
//! so a merge made on the command line or by git loses nothing.

use serde::{Deserialize, Serialize};

use super::{EvidenceItem, Field, Subject};

/// One field that both sides changed differently.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Conflict {
    /// The commitment or group it is about.
    pub subject: Subject,
    /// Which field.
    pub field: Field,
    /// The values on each side.
    pub values: ConflictValues,
}

/// The values of a conflict on each side. The ancestor's value is `None` when it is not known
/// (two copies that share no history and no base file was given).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[expect(
    clippy::large_enum_variant,
    reason = "a handful per merge, kept as plain data as the file holds them"
)]
pub enum ConflictValues {
    /// A text or level field: status, evidence level, notes, talking points, a narrative part.
    Text {
        /// The common ancestor's value.
        base: Option<String>,
        /// Ours.
        mine: String,
        /// The colleague's.
        theirs: String,
    },
    /// One evidence item, by its id; `None` on a side is "removed there" (or never added).
    Evidence {
        /// The item's id.
        item: String,
        /// The common ancestor's item (`Some(None)`: it had none).
        base: Option<Option<EvidenceItem>>,
        /// Ours.
        mine: Option<EvidenceItem>,
        /// The colleague's.
        theirs: Option<EvidenceItem>,
    },
}

impl Conflict {
    /// Whether "keep both" and "edit" make sense: notes, talking points, narratives and
    /// evidence, not the levels picked from a scale.
    #[must_use]
    pub fn is_free_text(&self) -> bool {
        !matches!(self.field, Field::Status | Field::EvidenceLevel)
    }

    /// The commitment this conflict is about, if it is about one.
    #[must_use]
    pub fn commitment(&self) -> Option<&str> {
        match &self.subject {
            Subject::Commitment(id) => Some(id),
            Subject::Group(_) | Subject::Review => None,
        }
    }

    /// The same conflict seen from the other side: mine and theirs swapped.
    #[must_use]
    pub fn swapped(&self) -> Self {
        let values = match &self.values {
            ConflictValues::Text { base, mine, theirs } => ConflictValues::Text {
                base: base.clone(),
                mine: theirs.clone(),
                theirs: mine.clone(),
            },
            ConflictValues::Evidence {
                item,
                base,
                mine,
                theirs,
            } => ConflictValues::Evidence {
                item: item.clone(),
                base: base.clone(),
                mine: theirs.clone(),
                theirs: mine.clone(),
            },
        };
        Self {
            subject: self.subject.clone(),
            field: self.field,
            values,
        }
    }
}
