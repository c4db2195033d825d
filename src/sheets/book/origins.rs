//! Where each value of the dataset came from, and the problems found: the validator names a
//! value by its path in the dataset (`commitments[3].group`), which is turned back into the cell
//! it was read from (`Commitments!B5`).

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::columns::Headings;
use super::{MAX_PROBLEMS, SheetKind};
use crate::i18n::Localised;
use crate::model::REQUIRED_LANGUAGES;
use crate::problem::{Finding, Level, Problem};
use crate::sheets::cells::cell_name;

/// A cell of a sheet of the workbook.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(super) struct At {
    /// The sheet.
    pub kind: SheetKind,
    /// Its row, from 0.
    pub row: u32,
    /// Its column, from 0.
    pub col: u32,
}

/// A sheet as found in the workbook: its name there and its headings.
#[derive(Clone, Debug)]
pub(super) struct SheetInfo {
    /// The sheet's name in the workbook (`Commitments`, `承诺`).
    pub name: String,
    /// Its heading row.
    pub headings: Headings,
}

/// The row each item of the dataset was read from, list by list, and the sheets read.
#[derive(Clone, Debug, Default)]
pub(super) struct Origins {
    /// The sheets read.
    pub sheets: HashMap<SheetKind, SheetInfo>,
    /// The row of the metadata.
    pub metadata: Option<u32>,
    /// `metadata.sources[i]`.
    pub sources: Vec<u32>,
    /// `units[i]`.
    pub units: Vec<u32>,
    /// `groups[i]`.
    pub groups: Vec<u32>,
    /// `groups[i].sections[j]`.
    pub sections: Vec<Vec<u32>>,
    /// `target_areas[i]`.
    pub target_areas: Vec<u32>,
    /// `tags[i]`.
    pub tags: Vec<u32>,
    /// `commitments[i]`.
    pub commitments: Vec<u32>,
    /// `indicators[i]`.
    pub indicators: Vec<u32>,
    /// `indicators[i].series[j]`.
    pub series: Vec<Vec<u32>>,
    /// `status_scale[i]`.
    pub status_scale: Vec<u32>,
    /// `evidence_scale[i]`.
    pub evidence_scale: Vec<u32>,
}

/// One step of a path: `commitments[3]`, `title["fr"]`, `group`.
struct Step<'a> {
    name: &'a str,
    index: Option<usize>,
    key: Option<&'a str>,
}

fn steps(path: &str) -> Vec<Step<'_>> {
    path.split('.')
        .map(|s| {
            let (name, rest) = s.split_once('[').unwrap_or((s, ""));
            let inner = rest.strip_suffix(']').unwrap_or(rest);
            Step {
                name,
                index: inner.parse().ok(),
                key: inner.strip_prefix('"').and_then(|k| k.strip_suffix('"')),
            }
        })
        .collect()
}

/// The heading key of a field of the model: `group` is read from the `pillar` column, ….
fn heading_key(field: &str) -> &str {
    match field {
        "group" => "pillar",
        "source.document" => "document",
        "source.paragraph" => "paragraph",
        "source.letter" => "letter",
        "target_areas" => "target areas",
        "baseline_year" => "baseline year",
        "target.year" => "target year",
        "target.value" => "target value",
        "target.note" => "target note",
        "counts_as_progress" => "counts as progress",
        other => other,
    }
}

/// A validator's message in a workbook's words: "add it to the “Pillars” sheet", not "add it
/// to `groups`".
fn in_book_words(message: Localised, origins: &Origins) -> Localised {
    if message.key() != "validate-dangling" {
        return message;
    }
    let kind = match message.text_arg("list") {
        Some("groups") => SheetKind::Pillars,
        Some("sections") => SheetKind::Sections,
        Some("metadata.sources") => SheetKind::Sources,
        Some("indicators") => SheetKind::Indicators,
        Some("target_areas") => SheetKind::TargetAreas,
        Some("units") => SheetKind::Units,
        Some("tags") => SheetKind::Tags,
        _ => return message,
    };
    let sheet = origins.sheet_name(kind).to_owned();
    message.reworded(key!("book-dangling"), "list", sheet)
}

impl Origins {
    /// The sheet's name in the workbook, or its usual name.
    #[must_use]
    pub fn sheet_name(&self, kind: SheetKind) -> &str {
        self.sheets
            .get(&kind)
            .map_or(kind.name(), |s| s.name.as_str())
    }

    /// The cell a value of the dataset came from, by its path (`commitments[3].title["fr"]`);
    /// for a list as a whole, its sheet's first heading. `message` is the finding's message
    /// key: a missing Chinese text is placed in the Chinese column.
    #[must_use]
    pub fn place(&self, path: &str, message: &str) -> Option<At> {
        let steps = steps(path);
        let first = steps.first()?;
        let second = steps.get(1);
        let item = |rows: Option<&Vec<u32>>, i: Option<usize>| rows?.get(i?).copied();
        let (kind, row, rest) = match first.name {
            "metadata" => match second {
                Some(s) if s.name == "sources" => (
                    SheetKind::Sources,
                    item(Some(&self.sources), s.index),
                    steps.get(2..),
                ),
                _ => (SheetKind::Dataset, self.metadata, steps.get(1..)),
            },
            "groups" => match second {
                Some(s) if s.name == "sections" => (
                    SheetKind::Sections,
                    item(first.index.and_then(|g| self.sections.get(g)), s.index),
                    steps.get(2..),
                ),
                _ => (
                    SheetKind::Pillars,
                    item(Some(&self.groups), first.index),
                    steps.get(1..),
                ),
            },
            "indicators" => match second {
                Some(s) if s.name == "series" && s.index.is_some() => (
                    SheetKind::Observations,
                    item(first.index.and_then(|i| self.series.get(i)), s.index),
                    steps.get(2..),
                ),
                _ => (
                    SheetKind::Indicators,
                    item(Some(&self.indicators), first.index),
                    steps.get(1..),
                ),
            },
            name => {
                let (kind, rows) = match name {
                    "units" => (SheetKind::Units, &self.units),
                    "target_areas" => (SheetKind::TargetAreas, &self.target_areas),
                    "tags" => (SheetKind::Tags, &self.tags),
                    "commitments" => (SheetKind::Commitments, &self.commitments),
                    "status_scale" => (SheetKind::StatusScale, &self.status_scale),
                    "evidence_scale" => (SheetKind::EvidenceScale, &self.evidence_scale),
                    _ => return None,
                };
                (kind, item(Some(rows), first.index), steps.get(1..))
            }
        };
        let sheet = self.sheets.get(&kind)?;
        let Some(row) = row else {
            return Some(At {
                kind,
                row: sheet.headings.row,
                col: 0,
            });
        };
        let rest = rest.unwrap_or_default();
        let field: Vec<&str> = rest.iter().map(|s| s.name).collect();
        let lang = rest.last().and_then(|s| s.key);
        let col = column(
            &sheet.headings,
            heading_key(&field.join(".")),
            lang,
            message,
        );
        Some(At { kind, row, col })
    }
}

/// The column of `key` in `headings`: for a text, the column of `lang` (or of the language the
/// message is about); else the id column, else the first.
fn column(headings: &Headings, key: &str, lang: Option<&str>, message: &str) -> u32 {
    let lang = lang.unwrap_or(if message == "validate-text-missing" {
        REQUIRED_LANGUAGES[1]
    } else {
        REQUIRED_LANGUAGES[0]
    });
    headings
        .column(key, None)
        .or_else(|| headings.column(key, Some(lang)))
        .or_else(|| headings.texts.get(key).and_then(|v| v.first()).map(|c| c.1))
        .or_else(|| headings.column("id", None))
        .unwrap_or(0)
}

/// A problem found, and the cell it is at if it has one.
#[derive(Clone, Debug)]
struct Located {
    at: Option<At>,
    message: Localised,
}

/// Problems found while reading and checking, errors and warnings apart; at most
/// `10 × MAX_PROBLEMS` of each are kept (a sheet of a million bad rows is not a million
/// messages), the rest counted.
#[derive(Clone, Debug, Default)]
pub(super) struct Found {
    errors: Vec<Located>,
    warnings: Vec<Located>,
    uncounted: usize,
}

impl Found {
    fn push(&mut self, level: Level, at: Option<At>, message: Localised) {
        let list = match level {
            Level::Error => &mut self.errors,
            Level::Warning => &mut self.warnings,
        };
        if list.len() >= 10 * MAX_PROBLEMS {
            self.uncounted += 1;
        } else {
            list.push(Located { at, message });
        }
    }

    /// An error at a cell.
    pub fn error(&mut self, at: At, message: Localised) {
        self.push(Level::Error, Some(at), message);
    }

    /// A warning at a cell.
    pub fn warning(&mut self, at: At, message: Localised) {
        self.push(Level::Warning, Some(at), message);
    }

    /// An error about the workbook as a whole.
    pub fn file_error(&mut self, message: Localised) {
        self.push(Level::Error, None, message);
    }

    /// Adds the validator's findings, each at the cell its value came from; a finding at a
    /// cell that already has a reading error says nothing more and is left out.
    pub fn add_findings(&mut self, findings: Vec<Finding>, origins: &Origins) {
        let taken: HashSet<At> = self.errors.iter().filter_map(|l| l.at).collect();
        for f in findings {
            let at = origins.place(&f.path, f.message.key());
            if at.is_some_and(|a| taken.contains(&a)) {
                continue;
            }
            self.push(f.level, at, in_book_words(f.message, origins));
        }
    }

    /// The problems as the command line shows them: errors first, then warnings, each in
    /// sheet, row and column order, at most [`MAX_PROBLEMS`] and a line counting the rest.
    #[must_use]
    pub fn into_problems(mut self, path: &Path, origins: &Origins) -> Vec<Problem> {
        self.errors.sort_by_key(|l| l.at);
        self.warnings.sort_by_key(|l| l.at);
        let total = self.errors.len() + self.warnings.len() + self.uncounted;
        let any_error = !self.errors.is_empty();
        let mut out = Vec::new();
        let levelled = self
            .errors
            .into_iter()
            .map(|l| (Level::Error, l))
            .chain(self.warnings.into_iter().map(|l| (Level::Warning, l)));
        for (level, l) in levelled.take(MAX_PROBLEMS) {
            let message = match l.at {
                Some(a) => msg!(
                    "sheet-cell-problem",
                    cell = cell_name(origins.sheet_name(a.kind), a.row, a.col),
                    problem = l.message
                ),
                None => l.message,
            };
            out.push(Problem {
                level,
                ..Problem::file_error(path, message)
            });
        }
        if total > out.len() {
            out.push(Problem {
                level: if any_error {
                    Level::Error
                } else {
                    Level::Warning
                },
                ..Problem::file_error(path, msg!("book-more-problems", count = total - out.len()))
            });
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origins() -> Origins {
        let mut headings = Headings::default();
        for (col, key) in (0u32..).zip(["id", "pillar", "section", "document"]) {
            headings.single.insert(key, col);
        }
        headings.texts.insert("title", vec![("en", 7), ("zh", 8)]);
        let mut o = Origins::default();
        o.sheets.insert(
            SheetKind::Commitments,
            SheetInfo {
                name: "承诺".into(),
                headings: Headings { row: 2, ..headings },
            },
        );
        o.commitments = vec![3, 4, 6];
        o
    }

    #[test]
    fn a_finding_is_placed_at_the_cell_its_value_came_from() {
        let o = origins();
        let at = |path: &str, key: &str| {
            o.place(path, key)
                .map(|a| cell_name(o.sheet_name(a.kind), a.row, a.col))
        };
        assert_eq!(at("commitments[1].group", "").as_deref(), Some("承诺!B5"));
        assert_eq!(
            at("commitments[2].source.document", "").as_deref(),
            Some("承诺!D7")
        );
        assert_eq!(at("commitments[0].title", "").as_deref(), Some("承诺!H4"));
        assert_eq!(
            at("commitments[0].title", "validate-text-missing").as_deref(),
            Some("承诺!I4")
        );
        assert_eq!(
            at("commitments[0].title[\"zh\"]", "").as_deref(),
            Some("承诺!I4")
        );
        assert_eq!(at("commitments[0].kind", "").as_deref(), Some("承诺!A4"));
        assert_eq!(at("commitments", "").as_deref(), Some("承诺!A3"));
        assert_eq!(at("commitments[9].id", "").as_deref(), Some("承诺!A3"));
        assert_eq!(at("indicators[0].id", ""), None, "no Indicators sheet");
        assert_eq!(at("nonsense", ""), None);
    }

    #[test]
    fn errors_come_first_and_the_list_is_cut_with_a_count() {
        let o = origins();
        let mut found = Found::default();
        let at = |row| At {
            kind: SheetKind::Commitments,
            row,
            col: 0,
        };
        found.warning(at(3), Localised::plain("w"));
        for row in (0..MAX_PROBLEMS + 5).rev() {
            found.error(at(u32::try_from(row).unwrap_or(0)), Localised::plain("e"));
        }
        let problems = found.into_problems(Path::new("b.xlsx"), &o);
        assert_eq!(problems.len(), MAX_PROBLEMS + 1);
        assert_eq!(problems[0].to_string(), "b.xlsx: error: 承诺!A1: e");
        assert!(problems.iter().take(MAX_PROBLEMS).all(Problem::is_error));
        assert_eq!(
            problems[MAX_PROBLEMS].to_string(),
            "b.xlsx: error: … and 6 more problems"
        );
    }
}
