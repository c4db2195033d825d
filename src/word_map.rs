//! Words of a delegation's spreadsheets that are not on a scale ("Partly", "进行中"), as the
//! reviewer mapped them to a level: kept in the settings, so that each is asked once, and used
//! when a matrix is imported (see `sheets::matrix`).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::Dataset;

/// Which of the dataset's scales a word is read against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scale {
    /// The status scale.
    Status,
    /// The evidence-level scale.
    Evidence,
}

/// Words that are not on a scale, mapped by the reviewer to a level id of that scale; the keys
/// are lower-case. Remembered in the settings, so that a delegation's "Partly" is asked once.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct WordMap {
    /// Status words.
    pub status: BTreeMap<String, String>,
    /// Evidence-level words.
    pub evidence: BTreeMap<String, String>,
}

impl WordMap {
    /// The words of one scale.
    #[must_use]
    pub fn of(&self, scale: Scale) -> &BTreeMap<String, String> {
        match scale {
            Scale::Status => &self.status,
            Scale::Evidence => &self.evidence,
        }
    }

    /// Maps `word` to `level` on `scale` (`None`: forgets it).
    pub fn set(&mut self, scale: Scale, word: &str, level: Option<&str>) {
        let words = match scale {
            Scale::Status => &mut self.status,
            Scale::Evidence => &mut self.evidence,
        };
        let key = word.trim().to_lowercase();
        match level {
            Some(l) => {
                words.insert(key, l.to_owned());
            }
            None => {
                words.remove(&key);
            }
        }
    }

    /// Maps `word` to `level` on whichever of the dataset's scales has that level (both, if
    /// both do); false when neither has it.
    pub fn set_in(&mut self, dataset: &Dataset, word: &str, level: &str) -> bool {
        let mut found = false;
        if dataset.status_scale.iter().any(|l| l.id == level) {
            self.set(Scale::Status, word, Some(level));
            found = true;
        }
        if dataset.evidence_scale.iter().any(|l| l.id == level) {
            self.set(Scale::Evidence, word, Some(level));
            found = true;
        }
        found
    }
}
