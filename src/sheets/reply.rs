//! A ministry's reply: an input pack (see [`super::pack`]) filled in and sent back, read with
//! calamine and turned into a colleague's copy of the review, so that it goes through the
//! merge screen like any other: the values as sent are the common ancestor, the reply's values
//! are the ministry's changes since, and what the delegation changed meanwhile is ours.
//!
//! Nothing is taken half-way: a reply with any problem (a status not on the list, a formula, a
//! pack of another review or dataset version) is refused whole, every problem named by sheet,
//! row and column.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use calamine::{Data, Range, Reader as _};
use jiff::Timestamp;

use super::cells::{CellText, cell_name, text};
use super::identity::{self, PackIdentity};
use super::pack::evidence_line;
use crate::edit::Edit;
use crate::export::text::visible;
use crate::i18n::Localised;
use crate::model::{Dataset, EvidenceItem, Review};
use crate::problem::Problem;

/// One commitment's row of the reply, read and checked: level ids, not labels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplyRow {
    /// Commitment id.
    pub id: String,
    /// Status level id.
    pub status: String,
    /// Evidence level id.
    pub evidence_level: String,
    /// Evidence, one item per line.
    pub evidence: Vec<String>,
    /// Notes.
    pub notes: String,
}

/// A reply read and checked.
#[derive(Clone, Debug)]
pub struct Reply {
    /// Its file.
    pub path: PathBuf,
    /// The pack's identity.
    pub identity: PackIdentity,
    /// The rows, in sheet order.
    pub rows: Vec<ReplyRow>,
}

/// Why a reply cannot be imported: every problem found, each naming the file and, where it has
/// one, the sheet, row and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplyError(pub Vec<Problem>);

/// A problem at a cell: `Sheet!C14: …`.
fn at_cell(path: &Path, sheet: &str, row: u32, col: u32, problem: Localised) -> Problem {
    Problem::file_error(
        path,
        msg!(
            "sheet-cell-problem",
            cell = cell_name(sheet, row, col),
            problem = problem
        ),
    )
}

/// The text of the cell at the sheet's own row and column (from 0, whatever the range's
/// start).
fn cell_at(range: &Range<Data>, row: u32, col: u32) -> CellText {
    text(range.get_value((row, col)))
}

/// The label of each level in every language, and its id, lower-cased, to its id.
fn level_names<'a>(
    levels: impl Iterator<Item = (&'a String, &'a crate::model::Texts)>,
) -> HashMap<String, String> {
    let mut names = HashMap::new();
    for (id, label) in levels {
        names.insert(id.to_lowercase(), id.clone());
        for text in label.values() {
            names
                .entry(visible(text.trim()).to_lowercase())
                .or_insert_with(|| id.clone());
        }
    }
    names
}

impl Reply {
    /// Reads the reply at `path` as a reply to a pack of `review` (of `dataset`).
    ///
    /// # Errors
    /// Every problem found; nothing is read half-way.
    #[expect(clippy::too_many_lines, reason = "one reading, check by check")]
    pub fn read(path: &Path, dataset: &Dataset, review: &Review) -> Result<Self, ReplyError> {
        let one = |m: Localised| ReplyError(vec![Problem::file_error(path, m)]);
        let mut book = super::workbook::open(path).map_err(one)?;
        if !book.sheet_names().iter().any(|n| n == identity::SHEET) {
            return Err(one(msg!("reply-not-a-pack")));
        }
        let id_range = book
            .worksheet_range(identity::SHEET)
            .map_err(|e| one(msg!("reply-unreadable", reason = e.to_string())))?;
        let last = id_range.end().map_or(0, |(r, _)| r);
        let mut id_rows = Vec::new();
        for r in 0..=last {
            let cell = |c| match cell_at(&id_range, r, c) {
                CellText::Text(s) | CellText::Date(s) | CellText::Error(s) => s,
            };
            id_rows.push([cell(0), cell(1)]);
        }
        let identity = PackIdentity::from_rows(&id_rows).map_err(|(row, what)| {
            ReplyError(vec![at_cell(
                path,
                identity::SHEET,
                u32::try_from(row).unwrap_or(0),
                0,
                msg!("reply-identity-broken", what = what),
            )])
        })?;
        if identity.dataset != review.dataset {
            let name = |d: &crate::model::DatasetRef| format!("{} {}", d.id, d.version);
            return Err(one(msg!(
                "reply-other-dataset",
                pack = name(&identity.dataset),
                review = name(&review.dataset)
            )));
        }
        if identity.delegation != review.delegation {
            return Err(one(msg!(
                "reply-other-review",
                pack = identity.delegation.clone(),
                review = review.delegation.clone()
            )));
        }
        let sheet = identity.sheet.clone();
        let range = book
            .worksheet_range(&sheet)
            .map_err(|_| one(msg!("reply-no-sheet", sheet = sheet.clone())))?;
        let formulas = book.worksheet_formula(&sheet).ok();

        let mut problems = Vec::new();
        // The columns, found by their headings in the first row (a column may have moved).
        let (first_row, first_col) = range.start().unwrap_or((0, 0));
        let (last_row, last_col) = range.end().unwrap_or((0, 0));
        let heading_at: HashMap<String, u32> = (first_col..=last_col)
            .filter_map(|c| match cell_at(&range, first_row, c) {
                CellText::Text(s) if !s.trim().is_empty() => Some((s.trim().to_owned(), c)),
                _ => None,
            })
            .collect();
        let mut col = Vec::new();
        for heading in &identity.columns {
            match heading_at.get(heading.trim()) {
                Some(c) => col.push(*c),
                None => problems.push(at_cell(
                    path,
                    &sheet,
                    first_row,
                    0,
                    msg!("reply-no-column", heading = heading.clone()),
                )),
            }
        }
        if !problems.is_empty() {
            return Err(ReplyError(problems));
        }
        let (c_id, c_status, c_level, c_evidence, c_notes) =
            (col[0], col[3], col[4], col[5], col[6]);
        if let Some(f) = &formulas {
            for (r, c, formula) in f.used_cells() {
                let (r, c) = (
                    u32::try_from(r).unwrap_or(0) + f.start().map_or(0, |s| s.0),
                    u32::try_from(c).unwrap_or(0) + f.start().map_or(0, |s| s.1),
                );
                if !formula.is_empty()
                    && [c_id, c_status, c_level, c_evidence, c_notes].contains(&c)
                {
                    problems.push(at_cell(
                        path,
                        &sheet,
                        r,
                        c,
                        msg!("reply-formula", formula = formula.clone()),
                    ));
                }
            }
        }
        let statuses = level_names(dataset.status_scale.iter().map(|l| (&l.id, &l.label)));
        let levels = level_names(dataset.evidence_scale.iter().map(|l| (&l.id, &l.label)));
        let sent = identity.sent_by_id();
        let mut seen = HashSet::new();
        let mut rows = Vec::new();
        for r in first_row + 1..=last_row {
            let mut cell_text = |c: u32| match cell_at(&range, r, c) {
                CellText::Text(s) => Some(s),
                CellText::Date(d) => {
                    problems.push(at_cell(path, &sheet, r, c, msg!("reply-date", date = d)));
                    None
                }
                CellText::Error(e) => {
                    problems.push(at_cell(
                        path,
                        &sheet,
                        r,
                        c,
                        msg!("reply-error-value", value = e),
                    ));
                    None
                }
            };
            let (Some(id), Some(status), Some(level), Some(evidence), Some(notes)) = (
                cell_text(c_id),
                cell_text(c_status),
                cell_text(c_level),
                cell_text(c_evidence),
                cell_text(c_notes),
            ) else {
                continue;
            };
            let id = id.trim().to_owned();
            if id.is_empty() {
                if [&status, &level, &evidence, &notes]
                    .iter()
                    .any(|s| !s.trim().is_empty())
                {
                    problems.push(at_cell(path, &sheet, r, c_id, msg!("reply-no-id")));
                }
                continue;
            }
            let Some(was) = sent.get(id.as_str()) else {
                problems.push(at_cell(
                    path,
                    &sheet,
                    r,
                    c_id,
                    msg!("reply-not-in-pack", id = id),
                ));
                continue;
            };
            if !seen.insert(id.clone()) {
                problems.push(at_cell(path, &sheet, r, c_id, msg!("reply-twice", id = id)));
                continue;
            }
            let mut level_of =
                |text: &str, names: &HashMap<String, String>, c: u32, default: &str| {
                    let key = text.trim().to_lowercase();
                    if key.is_empty() {
                        return Some(default.to_owned());
                    }
                    let found = names.get(&key).cloned();
                    if found.is_none() {
                        problems.push(at_cell(
                            path,
                            &sheet,
                            r,
                            c,
                            msg!("reply-not-on-list", value = text.trim().to_owned()),
                        ));
                    }
                    found
                };
            let status = level_of(&status, &statuses, c_status, dataset.default_status());
            let level = level_of(&level, &levels, c_level, dataset.default_evidence());
            let (Some(status), Some(evidence_level)) = (status, level) else {
                continue;
            };
            // Unchanged notes keep their exact text (the pack shows control characters as
            // visible marks).
            let notes = if notes == visible(&was.notes) {
                was.notes.clone()
            } else {
                notes.trim_end().to_owned()
            };
            rows.push(ReplyRow {
                id,
                status,
                evidence_level,
                evidence: evidence
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned)
                    .collect(),
                notes,
            });
        }
        if problems.is_empty() {
            Ok(Self {
                path: path.to_owned(),
                identity,
                rows,
            })
        } else {
            Err(ReplyError(problems))
        }
    }

    /// The name the ministry's changes go under in the history: `recipient (file name)`.
    #[must_use]
    pub fn label(&self) -> String {
        let file = self.path.file_name().map_or_else(
            || self.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        if self.identity.recipient.trim().is_empty() {
            file
        } else {
            format!("{} ({file})", self.identity.recipient.trim())
        }
    }

    /// The common ancestor (ours with the values as sent) and the ministry's copy (that with
    /// the reply's changes, as history entries by [`Self::label`] at `at`).
    #[must_use]
    pub fn sides(&self, dataset: &Dataset, mine: &Review, at: Timestamp) -> (Review, Review) {
        let mut base = mine.clone();
        base.conflicts.clear();
        for (id, sent) in &self.identity.sent_values {
            let a =
                base.assessments
                    .entry(id.clone())
                    .or_insert_with(|| crate::model::Assessment {
                        status: dataset.default_status().to_owned(),
                        evidence_level: dataset.default_evidence().to_owned(),
                        ..crate::model::Assessment::default()
                    });
            a.status.clone_from(&sent.status);
            a.evidence_level.clone_from(&sent.evidence_level);
            a.notes.clone_from(&sent.notes);
            a.evidence.clone_from(&sent.evidence);
        }
        let mut theirs = base.clone();
        let by = self.label();
        let mut changed = false;
        let sent = self.identity.sent_by_id();
        for row in &self.rows {
            let Some(was) = sent.get(row.id.as_str()) else {
                continue;
            };
            let mut edits = Vec::new();
            if row.status != was.status {
                edits.push(Edit::Status {
                    commitment: row.id.clone(),
                    status: row.status.clone(),
                });
            }
            if row.evidence_level != was.evidence_level {
                edits.push(Edit::EvidenceLevel {
                    commitment: row.id.clone(),
                    level: row.evidence_level.clone(),
                });
            }
            if row.notes != was.notes {
                edits.push(Edit::Notes {
                    commitment: row.id.clone(),
                    text: row.notes.clone(),
                });
            }
            // Evidence: a line as sent keeps its item; a sent item whose line is gone is
            // removed; a new line is a new item (its text as the note), after the kept ones.
            let mut unused: Vec<String> = row.evidence.clone();
            let mut kept = Vec::new();
            for (i, item) in was.evidence.iter().enumerate() {
                let line = visible(&evidence_line(item));
                if let Some(p) = unused.iter().position(|l| *l == line) {
                    unused.remove(p);
                    kept.push(i);
                }
            }
            for i in (0..was.evidence.len()).rev() {
                if !kept.contains(&i) {
                    edits.push(Edit::RemoveEvidence {
                        commitment: row.id.clone(),
                        index: i,
                    });
                }
            }
            for (n, line) in unused.into_iter().enumerate() {
                edits.push(Edit::InsertEvidence {
                    commitment: row.id.clone(),
                    index: kept.len() + n,
                    item: EvidenceItem {
                        note: line,
                        ..EvidenceItem::default()
                    },
                });
            }
            for e in edits {
                changed = true;
                if let Err(err) = e.apply(dataset, &mut theirs, &by, at) {
                    log::warn!("{}: {err}", self.path.display());
                }
            }
        }
        // The ministry is a reviewer of the review once it has changed something in it.
        if changed && !theirs.reviewers.contains(&by) {
            theirs.reviewers.push(by);
        }
        (base, theirs)
    }

    /// The reply merged into `mine`: taken where only the ministry changed a field, a conflict
    /// where the delegation changed it too since the pack was sent.
    ///
    /// # Errors
    /// When the reply's dataset is not the review's (checked when it was read, too).
    pub fn merge(
        &self,
        dataset: &Dataset,
        mine: &Review,
        at: Timestamp,
    ) -> Result<crate::merge::Merge, crate::merge::MergeError> {
        let (base, theirs) = self.sides(dataset, mine, at);
        crate::merge::merge(dataset, mine, &theirs, Some(&base))
    }
}
