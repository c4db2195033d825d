//! What an input pack says about itself, in its hidden sheet: which review and dataset it was
//! made from, when, for whom, and what each commitment held when it was sent. The reply is
//! matched by it, and the values as sent are the common ancestor of the merge that brings the
//! ministry's answers in (see [`super::reply`]).

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::model::{Assessment, DatasetRef, EvidenceItem};

/// The name of the hidden sheet.
pub const SHEET: &str = "poa-review";

/// The first cell of the hidden sheet: what the workbook is.
pub const MARK: &str = "poa-review input pack";

/// The version of the hidden sheet's layout.
pub const VERSION: u32 = 1;

/// A commitment's values when the pack was sent. The private talking points are never in it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentAssessment {
    /// Status level id.
    pub status: String,
    /// Evidence level id.
    pub evidence_level: String,
    /// Notes.
    #[serde(default)]
    pub notes: String,
    /// Evidence items, with their ids.
    #[serde(default)]
    pub evidence: Vec<EvidenceItem>,
}

impl SentAssessment {
    /// What is sent of an assessment.
    #[must_use]
    pub fn of(a: &Assessment) -> Self {
        Self {
            status: a.status.clone(),
            evidence_level: a.evidence_level.clone(),
            notes: a.notes.clone(),
            evidence: a.evidence.clone(),
        }
    }
}

/// The pack's identity.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackIdentity {
    /// The delegation whose review it was made from.
    pub delegation: String,
    /// The review's file name.
    pub review_file: String,
    /// The dataset (id, version, content hash).
    pub dataset: DatasetRef,
    /// When it was made.
    pub sent: Timestamp,
    /// The language of its headings and lists (a language code).
    pub lang: String,
    /// Who it is for ("Ministry of Health").
    pub recipient: String,
    /// The name of the sheet of commitments.
    pub sheet: String,
    /// The headings of that sheet, in order: id, reference, commitment, status, evidence level,
    /// evidence, notes (kept as a JSON array: `LibreOffice` drops tabs in a cell).
    pub columns: Vec<String>,
    /// The commitments in it, with their values as sent, in sheet order.
    pub sent_values: Vec<(String, SentAssessment)>,
}

/// The header of the commitments table in the hidden sheet.
const TABLE: &str = "commitment";

impl PackIdentity {
    /// The values as sent, by commitment id.
    #[must_use]
    pub fn sent_by_id(&self) -> std::collections::HashMap<&str, &SentAssessment> {
        self.sent_values
            .iter()
            .map(|(id, s)| (id.as_str(), s))
            .collect()
    }

    /// The hidden sheet's cells, row by row (two columns).
    ///
    /// # Errors
    /// Never in practice: the values are plain data.
    pub fn rows(&self) -> Result<Vec<[String; 2]>, serde_json::Error> {
        let mut rows = vec![
            [MARK.to_owned(), VERSION.to_string()],
            ["delegation".into(), self.delegation.clone()],
            ["review_file".into(), self.review_file.clone()],
            ["dataset_id".into(), self.dataset.id.clone()],
            ["dataset_version".into(), self.dataset.version.clone()],
            ["dataset_hash".into(), self.dataset.content_hash.clone()],
            ["sent".into(), self.sent.to_string()],
            ["lang".into(), self.lang.clone()],
            ["recipient".into(), self.recipient.clone()],
            ["sheet".into(), self.sheet.clone()],
            ["columns".into(), serde_json::to_string(&self.columns)?],
            [TABLE.into(), "sent".into()],
        ];
        for (id, sent) in &self.sent_values {
            rows.push([id.clone(), serde_json::to_string(sent)?]);
        }
        Ok(rows)
    }

    /// Reads the hidden sheet's cells back (row by row, two columns). `Err` holds the row
    /// (from 0) and what is wrong with it.
    pub fn from_rows(rows: &[[String; 2]]) -> Result<Self, (usize, String)> {
        let first = rows.first().ok_or((0, "empty".to_owned()))?;
        if first[0] != MARK {
            return Err((0, format!("not {MARK:?}")));
        }
        if first[1].trim() != VERSION.to_string() {
            return Err((0, format!("layout version {:?}, not {VERSION}", first[1])));
        }
        let mut values = std::collections::HashMap::new();
        let mut table = None;
        for (i, [k, v]) in rows.iter().enumerate().skip(1) {
            if k == TABLE {
                table = Some(i + 1);
                break;
            }
            values.insert(k.as_str(), (i, v.clone()));
        }
        let get = |k: &str| {
            values
                .get(k)
                .map(|(_, v)| v.clone())
                .ok_or((0, format!("no {k:?}")))
        };
        let sent_text = get("sent")?;
        let sent = sent_text.parse::<Timestamp>().map_err(|e| {
            let row = values.get("sent").map_or(0, |(i, _)| *i);
            (row, format!("{sent_text:?}: {e}"))
        })?;
        let start = table.ok_or((rows.len(), format!("no {TABLE:?} table")))?;
        let mut sent_values = Vec::new();
        for (i, [id, json]) in rows.iter().enumerate().skip(start) {
            if id.is_empty() && json.is_empty() {
                continue;
            }
            let value: SentAssessment =
                serde_json::from_str(json).map_err(|e| (i, format!("{e}")))?;
            sent_values.push((id.clone(), value));
        }
        Ok(Self {
            delegation: get("delegation")?,
            review_file: get("review_file")?,
            dataset: DatasetRef {
                id: get("dataset_id")?,
                version: get("dataset_version")?,
                content_hash: get("dataset_hash")?,
            },
            sent,
            lang: get("lang")?,
            recipient: get("recipient")?,
            sheet: get("sheet")?,
            columns: serde_json::from_str(&get("columns")?).map_err(|e| {
                let row = values.get("columns").map_or(0, |(i, _)| *i);
                (row, format!("columns: {e}"))
            })?,
            sent_values,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_identity_reads_back_from_its_rows() {
        let id = PackIdentity {
            delegation: "Example".into(),
            review_file: "x.review.ron".into(),
            dataset: DatasetRef {
                id: "d".into(),
                version: "1".into(),
                content_hash: "sha256:00".into(),
            },
            sent: Timestamp::from_second(1_800_000_000).unwrap_or_default(),
            lang: "zh".into(),
            recipient: "卫生部".into(),
            sheet: "承诺".into(),
            columns: vec!["ID".into(), "编号".into()],
            sent_values: vec![(
                "c1".into(),
                SentAssessment {
                    status: "s".into(),
                    evidence_level: "e".into(),
                    notes: "a\nb \"q\"".into(),
                    evidence: vec![EvidenceItem {
                        id: "ev1".into(),
                        note: "n".into(),
                        ..EvidenceItem::default()
                    }],
                },
            )],
        };
        let rows = id.rows().unwrap_or_default();
        assert_eq!(PackIdentity::from_rows(&rows), Ok(id));
        let mut broken = rows.clone();
        broken[12][1] = "{".into();
        assert_eq!(PackIdentity::from_rows(&broken).map_err(|e| e.0), Err(12));
        broken[0][0] = "something else".into();
        assert!(PackIdentity::from_rows(&broken).is_err());
    }
}
