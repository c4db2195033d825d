//! Importing an existing matrix: a delegation's own spreadsheet (XLSX, XLS, ODS or CSV) with a
//! row per commitment and columns for the status, evidence level, notes and evidence. The
//! columns are found by their headings in English or Chinese; rows are matched to commitments by
//! id or by reference in the forms people type (`89 (g)`, `A/68/126, para. 89 (g)`, `89(g)`,
//! `第89段(g)`); status and evidence words are matched against the scales' labels in every
//! language, and words not on a scale are listed once each, to be mapped. Unmatched rows are
//! listed, never dropped silently. The result is a copy of the review with the matrix's values,
//! for the merge (so a dry run shows what would change and applying is one step).

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use calamine::Reader as _;
use jiff::Timestamp;

use super::cells::{CellText, cell_name};
use super::workbook;
use crate::edit::Edit;
use crate::i18n::Localised;
use crate::model::{Dataset, EvidenceItem, Review};
use crate::problem::{Level, Problem};
pub use crate::word_map::{Scale, WordMap};

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    /// The commitment's id or reference.
    Reference,
    /// The status.
    Status,
    /// The evidence level.
    EvidenceLevel,
    /// Notes.
    Notes,
    /// Evidence, one item per line.
    Evidence,
    /// Who assessed it.
    Reviewer,
    /// When.
    Date,
}

impl Column {
    /// Every kind, in the order the mapping screen lists them.
    pub const ALL: [Self; 7] = [
        Self::Reference,
        Self::Status,
        Self::EvidenceLevel,
        Self::Notes,
        Self::Evidence,
        Self::Reviewer,
        Self::Date,
    ];

    /// Message key of its name.
    #[must_use]
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Reference => key!("matrix-column-reference"),
            Self::Status => key!("matrix-column-status"),
            Self::EvidenceLevel => key!("matrix-column-evidence-level"),
            Self::Notes => key!("matrix-column-notes"),
            Self::Evidence => key!("matrix-column-evidence"),
            Self::Reviewer => key!("matrix-column-reviewer"),
            Self::Date => key!("matrix-column-date"),
        }
    }
}

/// Headings people use for each column, lower-case; a heading is recognised when it equals one
/// of them or starts with one. Evidence level comes before evidence, so that it wins.
const HEADINGS: [(Column, &[&str]); 7] = [
    (
        Column::EvidenceLevel,
        &[
            "evidence level",
            "level of evidence",
            "证据等级",
            "证据级别",
        ],
    ),
    (
        Column::Reference,
        &[
            "reference",
            "ref",
            "paragraph",
            "para",
            "commitment id",
            "id",
            "编号",
            "段落",
            "参考",
        ],
    ),
    (
        Column::Status,
        &["status", "progress", "状况", "状态", "进展"],
    ),
    (
        Column::Notes,
        &[
            "notes", "note", "comments", "comment", "remarks", "说明", "备注", "意见",
        ],
    ),
    (
        Column::Evidence,
        &["evidence", "sources", "source", "证据", "来源"],
    ),
    (
        Column::Reviewer,
        &[
            "reviewer",
            "assessed by",
            "by",
            "审评人",
            "修改人",
            "填写人",
        ],
    ),
    (Column::Date, &["date", "updated", "日期", "时间"]),
];

/// The columns recognised in a heading row: each kind once, the first heading that names it.
#[must_use]
pub fn detect_columns(headings: &[String]) -> BTreeMap<Column, usize> {
    let mut found = BTreeMap::new();
    for (i, heading) in headings.iter().enumerate() {
        let h = heading.trim().to_lowercase();
        if h.is_empty() {
            continue;
        }
        let kind = HEADINGS.iter().find(|(_, words)| {
            words.iter().any(|w| {
                h == *w || (h.starts_with(w) && !w.is_ascii()) || h.starts_with(&format!("{w} "))
            })
        });
        if let Some((column, _)) = kind {
            found.entry(*column).or_insert(i);
        }
    }
    found
}

/// A reference as typed: the paragraph, its letter(s) if any, and the document symbol if one is
/// named.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TypedReference {
    /// Paragraph number.
    pub paragraph: u32,
    /// Sub-paragraph letter(s), lower-case.
    pub letter: Option<String>,
}

/// Reads `89 (g)`, `A/68/126, para. 89 (g)`, `89(g)`, `第89段(g)`, `para 38`.
#[must_use]
pub fn parse_reference(text: &str) -> Option<TypedReference> {
    let s = text.replace(['（', '〔'], "(").replace(['）', '〕'], ")");
    // The letter: the last "(x)" of one to three ASCII letters.
    let mut letter = None;
    let mut rest = s.as_str();
    if let Some(close) = s.rfind(')')
        && let Some(open) = s[..close].rfind('(')
    {
        let inner = s[open + 1..close].trim();
        if (1..=3).contains(&inner.len()) && inner.chars().all(|c| c.is_ascii_alphabetic()) {
            letter = Some(inner.to_ascii_lowercase());
            rest = &s[..open];
        }
    }
    let numbers = |t: &str| -> Vec<u32> {
        t.split(|c: char| !c.is_ascii_digit())
            .filter(|n| !n.is_empty())
            .filter_map(|n| n.parse().ok())
            .collect()
    };
    let paragraph = if let Some(i) = rest.find('第') {
        numbers(&rest[i..]).first().copied()
    } else if let Some(i) = rest.to_lowercase().find("para") {
        numbers(&rest[i..]).first().copied()
    } else {
        numbers(rest).last().copied()
    }?;
    // "89 g" without parentheses.
    if letter.is_none() {
        let tail = rest.trim_end();
        let word = tail
            .rsplit(|c: char| c.is_whitespace())
            .next()
            .unwrap_or("");
        if (1..=2).contains(&word.len())
            && word.chars().all(|c| c.is_ascii_lowercase())
            && tail.len() > word.len()
        {
            letter = Some(word.to_owned());
        }
    }
    Some(TypedReference { paragraph, letter })
}

/// One row of a matrix that matched a commitment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MatrixRow {
    /// Where it is (`Matrix!A14`), for messages.
    pub cell: String,
    /// Its sheet.
    pub sheet: String,
    /// Its row in the sheet, from 0.
    pub row: usize,
    /// The commitment.
    pub commitment: String,
    /// Status level id, if the column is there and the cell not empty.
    pub status: Option<String>,
    /// Evidence level id, likewise.
    pub evidence_level: Option<String>,
    /// Notes, if the column is there and the cell not empty.
    pub notes: Option<String>,
    /// Evidence lines.
    pub evidence: Vec<String>,
    /// Who assessed it, if given.
    pub reviewer: Option<String>,
    /// When, if the date column gives a date (`2014-02-03` or an RFC 3339 time).
    pub date: Option<Timestamp>,
}

/// A sheet's name and its rows of cells.
type NamedCells = (String, Vec<Vec<CellText>>);

/// Reads the cells of every sheet of a workbook (or a CSV file) as text rows, with each sheet's
/// name for messages; more than [`MAX_ROWS`] rows in all are refused.
fn read_cells(path: &Path) -> Result<Vec<NamedCells>, Problem> {
    let is_csv = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    let unreadable = |e: &dyn std::fmt::Display| {
        Problem::file_error(path, msg!("reply-unreadable", reason = e.to_string()))
    };
    if is_csv {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_path(path)
            .map_err(|e| unreadable(&e))?;
        let name = path
            .file_stem()
            .map_or_else(String::new, |s| s.to_string_lossy().into_owned());
        let mut rows = Vec::new();
        for record in reader.records() {
            let record = record.map_err(|e| unreadable(&e))?;
            if rows.len() >= MAX_ROWS {
                return Err(Problem::file_error(
                    path,
                    msg!(
                        "matrix-too-many-rows",
                        sheet = name,
                        rows = format!("> {MAX_ROWS}"),
                        max = MAX_ROWS
                    ),
                ));
            }
            rows.push(
                record
                    .iter()
                    .map(|c| CellText::Text(c.to_owned()))
                    .collect(),
            );
        }
        return Ok(vec![(name, rows)]);
    }
    let mut book = workbook::open(path).map_err(|m| Problem::file_error(path, m))?;
    let names = book.sheet_names();
    if names.is_empty() {
        return Err(Problem::file_error(path, msg!("matrix-empty")));
    }
    let mut sheets = Vec::with_capacity(names.len());
    let mut left = MAX_ROWS;
    for name in names {
        let rows = workbook::sheet_cells(&mut book, &name, left)
            .map_err(|m| Problem::file_error(path, m))?;
        left = left.saturating_sub(rows.len());
        sheets.push((name, rows));
    }
    Ok(sheets)
}

/// A matrix read: the rows matched, and what could not be read or matched.
#[derive(Clone, Debug, Default)]
pub struct Matrix {
    /// The rows matched to commitments.
    pub rows: Vec<MatrixRow>,
    /// Unmatched rows and other warnings (nothing is dropped silently).
    pub warnings: Vec<Problem>,
    /// Words of the status or evidence column that are not on the scale, once each by scale,
    /// with the cells they are in.
    pub unknown_words: BTreeMap<(Scale, String), Vec<String>>,
}

/// The most rows a matrix may have: a review's matrix has one per commitment, a few thousand
/// at most; a sheet of a million rows is not one, and would take the memory of the machine.
pub const MAX_ROWS: usize = 100_000;

/// Where the heading row is and which column holds what (0-based).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Layout {
    /// The heading row; the rows after it are read.
    pub header_row: usize,
    /// The columns recognised or chosen.
    pub columns: BTreeMap<Column, usize>,
}

/// A matrix's workbook as read, before it is interpreted: read once, then interpreted again as
/// the reviewer changes the columns or maps words. A workbook split into a sheet per pillar (as
/// the briefing's own Excel matrix is) is read whole: every sheet with the chosen sheet's
/// headings.
#[derive(Clone, Debug, Default)]
pub struct MatrixBook {
    /// The file.
    pub path: PathBuf,
    /// Its sheets, in order (a CSV file is one, named after the file).
    pub sheets: Vec<MatrixSheet>,
    /// The sheet whose headings are shown and chosen from: at first, the first one where a
    /// heading row is found.
    pub chosen: usize,
}

impl MatrixBook {
    /// Reads every sheet of the workbook (or the CSV file) at `path`.
    ///
    /// # Errors
    /// When the file cannot be read as a spreadsheet, is protected by a password, has no sheet
    /// or more than [`MAX_ROWS`] rows.
    pub fn read(path: &Path) -> Result<Self, Problem> {
        let read = read_cells(path)?;
        let mut hidden = workbook::hidden_rows(path).into_iter();
        let sheets: Vec<MatrixSheet> = read
            .into_iter()
            .map(|(name, cells)| MatrixSheet {
                name,
                cells,
                hidden_rows: hidden.next().unwrap_or_default().into_iter().collect(),
            })
            .collect();
        let chosen = sheets
            .iter()
            .position(|s| s.detect().is_some())
            .unwrap_or(0);
        Ok(Self {
            path: path.to_owned(),
            sheets,
            chosen,
        })
    }

    /// The chosen sheet.
    #[must_use]
    pub fn main(&self) -> &MatrixSheet {
        static EMPTY: MatrixSheet = MatrixSheet {
            name: String::new(),
            cells: Vec::new(),
            hidden_rows: BTreeSet::new(),
        };
        self.sheets.get(self.chosen).unwrap_or(&EMPTY)
    }

    /// The headings found on the chosen sheet.
    #[must_use]
    pub fn detect(&self) -> Option<Layout> {
        self.main().detect()
    }

    /// The sheets read with `layout`: the chosen one, and every other whose heading row holds
    /// the same headings; then the sheets with cells that are not read.
    #[must_use]
    pub fn alike(&self, layout: &Layout) -> (Vec<&MatrixSheet>, Vec<&MatrixSheet>) {
        let headings = self.main().texts(layout.header_row);
        let (mut read, mut skipped) = (Vec::new(), Vec::new());
        for (i, s) in self.sheets.iter().enumerate() {
            if i == self.chosen || (!headings.is_empty() && s.texts(layout.header_row) == headings)
            {
                read.push(s);
            } else if s
                .cells
                .iter()
                .flatten()
                .any(|c| !as_text(c).trim().is_empty())
            {
                skipped.push(s);
            }
        }
        (read, skipped)
    }
}

/// One sheet's cells as text.
#[derive(Clone, Debug, Default)]
pub struct MatrixSheet {
    /// The sheet's name (the file's stem for CSV), for messages.
    pub name: String,
    /// The rows, as text.
    pub cells: Vec<Vec<CellText>>,
    /// Rows hidden in the workbook (0-based), which are read like the others and said.
    pub hidden_rows: BTreeSet<usize>,
}

impl MatrixSheet {
    /// The text of row `row`, cell by cell.
    #[must_use]
    pub fn texts(&self, row: usize) -> Vec<String> {
        self.cells
            .get(row)
            .map(|r| r.iter().map(as_text).collect())
            .unwrap_or_default()
    }

    /// The widest row's number of cells.
    #[must_use]
    pub fn width(&self) -> usize {
        self.cells.iter().map(Vec::len).max().unwrap_or(0)
    }

    /// The heading row and columns found: the first of the first 20 rows where a reference
    /// column and one other are recognised.
    #[must_use]
    pub fn detect(&self) -> Option<Layout> {
        (0..self.cells.len().min(20)).find_map(|i| {
            let columns = detect_columns(&self.texts(i));
            (columns.contains_key(&Column::Reference) && columns.len() > 1).then_some(Layout {
                header_row: i,
                columns,
            })
        })
    }
}

fn as_text(c: &CellText) -> String {
    match c {
        CellText::Text(s) | CellText::Date(s) | CellText::Error(s) => s.clone(),
    }
}

/// Commitments by paragraph and letter: each one's document and id.
type ByParagraph<'a> = HashMap<(u32, Option<String>), Vec<(&'a str, &'a str)>>;

/// The dataset's commitments by the ways a row can name them.
struct Index<'a> {
    ids: HashMap<String, &'a str>,
    /// By paragraph and letter: the document and the id.
    paragraphs: ByParagraph<'a>,
    statuses: HashMap<String, String>,
    levels: HashMap<String, String>,
}

impl<'a> Index<'a> {
    fn new(dataset: &'a Dataset) -> Self {
        let names = |levels: Vec<(&String, &crate::model::Texts)>| {
            let mut m = HashMap::new();
            for (id, label) in levels {
                m.insert(id.to_lowercase(), id.clone());
                for t in label.values() {
                    m.entry(t.trim().to_lowercase())
                        .or_insert_with(|| id.clone());
                }
            }
            m
        };
        let mut paragraphs: ByParagraph<'a> = HashMap::new();
        for c in &dataset.commitments {
            paragraphs
                .entry((
                    c.source.paragraph,
                    c.source.letter.as_deref().map(str::to_ascii_lowercase),
                ))
                .or_default()
                .push((c.source.document.as_str(), c.id.as_str()));
        }
        Self {
            ids: dataset
                .commitments
                .iter()
                .map(|c| (c.id.to_lowercase(), c.id.as_str()))
                .collect(),
            paragraphs,
            statuses: names(
                dataset
                    .status_scale
                    .iter()
                    .map(|l| (&l.id, &l.label))
                    .collect(),
            ),
            levels: names(
                dataset
                    .evidence_scale
                    .iter()
                    .map(|l| (&l.id, &l.label))
                    .collect(),
            ),
        }
    }

    /// The commitments a reference cell names: by id, or by paragraph and letter (and the
    /// document, when the cell names one); one is a match, several are ambiguous.
    fn commitments(&self, dataset: &Dataset, reference: &str) -> Vec<String> {
        if let Some(id) = self.ids.get(&reference.to_lowercase()) {
            return vec![(*id).to_owned()];
        }
        let Some(typed) = parse_reference(reference) else {
            return Vec::new();
        };
        let doc = dataset.metadata.sources.iter().find(|s| {
            s.symbol
                .as_deref()
                .is_some_and(|sym| reference.contains(sym))
                || reference.contains(&s.id)
        });
        self.paragraphs
            .get(&(typed.paragraph, typed.letter))
            .map(|candidates| {
                candidates
                    .iter()
                    .filter(|(document, _)| doc.is_none_or(|d| d.id == *document))
                    .map(|(_, id)| (*id).to_owned())
                    .collect()
            })
            .unwrap_or_default()
    }
}

impl Matrix {
    /// Reads the matrix at `path` against `dataset`, with the columns found by their headings;
    /// `words` maps words not on a scale to a level.
    ///
    /// # Errors
    /// When the file cannot be read, has no recognisable reference column, or holds error
    /// values.
    pub fn read(path: &Path, dataset: &Dataset, words: &WordMap) -> Result<Self, Vec<Problem>> {
        let book = MatrixBook::read(path).map_err(|p| vec![p])?;
        let Some(layout) = book.detect() else {
            let sheets = book
                .sheets
                .iter()
                .map(|s| s.name.as_str())
                .collect::<Vec<_>>()
                .join("”, “");
            return Err(vec![Problem::file_error(
                path,
                msg!("matrix-no-columns", sheet = sheets),
            )]);
        };
        Self::interpret(&book, &layout, dataset, words)
    }

    /// The rows after the heading row of every sheet of `book` read with `layout` (see
    /// [`MatrixBook::alike`]), with the columns of `layout`; the other sheets with cells are
    /// said.
    ///
    /// # Errors
    /// When there is no reference column, or cells hold error values (`#DIV/0!`).
    pub fn interpret(
        book: &MatrixBook,
        layout: &Layout,
        dataset: &Dataset,
        words: &WordMap,
    ) -> Result<Self, Vec<Problem>> {
        let path = book.path.as_path();
        if !layout.columns.contains_key(&Column::Reference) {
            return Err(vec![Problem::file_error(
                path,
                msg!("matrix-no-columns", sheet = book.main().name.clone()),
            )]);
        }
        let index = Index::new(dataset);
        let mut out = Self::default();
        let mut problems = Vec::new();
        let (read, skipped) = book.alike(layout);
        for sheet in read {
            out.read_sheet(&mut problems, path, sheet, layout, (&index, dataset, words));
        }
        for sheet in skipped {
            out.warnings.push(Problem {
                level: Level::Warning,
                ..Problem::file_error(
                    path,
                    msg!(
                        "matrix-sheet-skipped",
                        sheet = sheet.name.clone(),
                        chosen = book.main().name.clone()
                    ),
                )
            });
        }
        if problems.is_empty() {
            Ok(out)
        } else {
            Err(problems)
        }
    }

    /// The rows of one sheet after the heading row, read with the columns of `layout`.
    #[expect(clippy::too_many_lines, reason = "one reading, column by column")]
    fn read_sheet(
        &mut self,
        problems: &mut Vec<Problem>,
        path: &Path,
        sheet: &MatrixSheet,
        layout: &Layout,
        (index, dataset, words): (&Index<'_>, &Dataset, &WordMap),
    ) {
        let out = self;
        let name = sheet.name.as_str();
        let columns = &layout.columns;
        let to_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        for (r, row) in sheet.cells.iter().enumerate().skip(layout.header_row + 1) {
            let get = |col: Column| columns.get(&col).and_then(|c| row.get(*c).map(|v| (*c, v)));
            if row.iter().all(|t| as_text(t).trim().is_empty()) {
                continue;
            }
            for (c, v) in row.iter().enumerate() {
                if let CellText::Error(e) = v {
                    problems.push(at(
                        path,
                        name,
                        r,
                        c,
                        msg!("reply-error-value", value = e.clone()),
                    ));
                }
            }
            let Some((ref_col, reference)) = get(Column::Reference) else {
                continue;
            };
            let reference = as_text(reference).trim().to_owned();
            if reference.is_empty() {
                // A row without a reference (a pillar's heading, a note): said, not read.
                out.warnings.push(Problem {
                    level: Level::Warning,
                    ..at(path, name, r, ref_col, msg!("matrix-no-reference"))
                });
                continue;
            }
            let mut found = index.commitments(dataset, &reference);
            if found.len() != 1 {
                let message = if found.is_empty() {
                    msg!("matrix-unmatched", reference = reference)
                } else {
                    msg!(
                        "matrix-ambiguous",
                        reference = reference,
                        count = found.len(),
                        ids = found.join(", ")
                    )
                };
                out.warnings.push(Problem {
                    level: Level::Warning,
                    ..at(path, name, r, ref_col, message)
                });
                continue;
            }
            let commitment = found.remove(0);
            if sheet.hidden_rows.contains(&r) {
                out.warnings.push(Problem {
                    level: Level::Warning,
                    ..at(path, name, r, ref_col, msg!("matrix-hidden-row"))
                });
            }
            let mut level = |col: Column, scale: Scale| -> Option<String> {
                let (c, v) = get(col)?;
                let word = as_text(v).trim().to_owned();
                if word.is_empty() {
                    return None;
                }
                let key = word.to_lowercase();
                let on_scale = match scale {
                    Scale::Status => &index.statuses,
                    Scale::Evidence => &index.levels,
                };
                if let Some(id) = on_scale.get(&key) {
                    return Some(id.clone());
                }
                // A mapping counts only when the level is still on the scale.
                if let Some(id) = words.of(scale).get(&key)
                    && on_scale.values().any(|v| v == id)
                {
                    return Some(id.clone());
                }
                out.unknown_words
                    .entry((scale, word))
                    .or_default()
                    .push(cell_name(name, to_u32(r), to_u32(c)));
                None
            };
            let status = level(Column::Status, Scale::Status);
            let evidence_level = level(Column::EvidenceLevel, Scale::Evidence);
            let text_of = |col: Column| {
                get(col)
                    .map(|(_, v)| as_text(v).trim().to_owned())
                    .filter(|t| !t.is_empty())
            };
            out.rows.push(MatrixRow {
                cell: cell_name(name, to_u32(r), to_u32(ref_col)),
                sheet: name.to_owned(),
                row: r,
                commitment,
                status,
                evidence_level,
                notes: text_of(Column::Notes),
                evidence: text_of(Column::Evidence)
                    .map(|t| {
                        t.lines()
                            .map(str::trim)
                            .filter(|l| !l.is_empty())
                            .map(str::to_owned)
                            .collect()
                    })
                    .unwrap_or_default(),
                reviewer: text_of(Column::Reviewer),
                // A date cell reads as `2014-02-03T00:00:00`; a time without a zone is UTC.
                date: text_of(Column::Date).and_then(|d| {
                    crate::changes::parse_since(&d).or_else(|| {
                        let t: jiff::civil::DateTime = d.parse().ok()?;
                        t.to_zoned_datetime(jiff::tz::TimeZone::UTC)
                            .ok()
                            .map(|z| z.timestamp())
                    })
                }),
            });
        }
    }

    /// Ours with the matrix's values, each change a history entry by the row's reviewer (or
    /// `label`) at the row's date (or `at`); evidence lines not already there are added.
    #[must_use]
    pub fn theirs(&self, dataset: &Dataset, mine: &Review, label: &str, at: Timestamp) -> Review {
        let mut theirs = mine.clone();
        theirs.conflicts.clear();
        for row in &self.rows {
            let by = row.reviewer.as_deref().unwrap_or(label);
            let at = row.date.unwrap_or(at);
            let now = theirs
                .assessments
                .get(&row.commitment)
                .cloned()
                .unwrap_or_default();
            let mut edits = Vec::new();
            if let Some(s) = &row.status
                && *s != now.status
            {
                edits.push(Edit::Status {
                    commitment: row.commitment.clone(),
                    status: s.clone(),
                });
            }
            if let Some(l) = &row.evidence_level
                && *l != now.evidence_level
            {
                edits.push(Edit::EvidenceLevel {
                    commitment: row.commitment.clone(),
                    level: l.clone(),
                });
            }
            if let Some(n) = &row.notes
                && *n != now.notes
            {
                edits.push(Edit::Notes {
                    commitment: row.commitment.clone(),
                    text: n.clone(),
                });
            }
            for (k, line) in row
                .evidence
                .iter()
                .filter(|l| !now.evidence.iter().any(|item| same_evidence(l, item)))
                .enumerate()
            {
                edits.push(Edit::InsertEvidence {
                    commitment: row.commitment.clone(),
                    index: now.evidence.len() + k,
                    item: EvidenceItem {
                        note: line.clone(),
                        ..EvidenceItem::default()
                    },
                });
            }
            for e in edits {
                if !theirs.reviewers.iter().any(|r| r == by) {
                    theirs.reviewers.push(by.to_owned());
                }
                // The row was matched to a commitment of the dataset.
                if let Err(err) = e.apply_to_known(dataset, &mut theirs, by, at) {
                    log::warn!("{}: {err}", row.cell);
                }
            }
        }
        theirs
    }
}

/// Whether a line of an evidence cell is this item: as an input pack writes it
/// (`A/68/126, para. 33: note`), or as the briefing's Excel matrix does in any language
/// (`A/68/126，第33段 — location — note`): the item's symbol, and its note at the end.
fn same_evidence(line: &str, item: &EvidenceItem) -> bool {
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let line = one_line(line);
    if line == super::pack::evidence_line(item) {
        return true;
    }
    let note = one_line(&item.note);
    !note.is_empty()
        && line.ends_with(&note)
        && (item.symbol.trim().is_empty() || line.contains(item.symbol.trim()))
}

fn at(path: &Path, sheet: &str, row: usize, col: usize, problem: Localised) -> Problem {
    Problem::file_error(
        path,
        msg!(
            "sheet-cell-problem",
            cell = cell_name(
                sheet,
                u32::try_from(row).unwrap_or(u32::MAX),
                u32::try_from(col).unwrap_or(u32::MAX)
            ),
            problem = problem
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_are_read_in_the_forms_people_type() {
        let g = Some(TypedReference {
            paragraph: 89,
            letter: Some("g".into()),
        });
        for typed in [
            "89 (g)",
            "A/68/126, para. 89 (g)",
            "89(g)",
            "第89段(g)",
            "第89段（g）",
            "A/68/126，第89段(g)",
            "89 g",
        ] {
            assert_eq!(parse_reference(typed), g, "{typed}");
        }
        assert_eq!(
            parse_reference("para. 38"),
            Some(TypedReference {
                paragraph: 38,
                letter: None
            })
        );
        assert_eq!(
            parse_reference("89 (bb)"),
            Some(TypedReference {
                paragraph: 89,
                letter: Some("bb".into())
            })
        );
        assert_eq!(parse_reference("no number"), None);
    }

    #[test]
    fn columns_are_found_by_english_or_chinese_headings() {
        let h = |v: &[&str]| detect_columns(&v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>());
        let en = h(&[
            "Reference",
            "Commitment",
            "Status",
            "Evidence level",
            "Evidence",
            "Notes",
            "Reviewer",
            "Date",
        ]);
        assert_eq!(en[&Column::Reference], 0);
        assert_eq!(en[&Column::Status], 2);
        assert_eq!(en[&Column::EvidenceLevel], 3);
        assert_eq!(en[&Column::Evidence], 4);
        assert_eq!(en[&Column::Notes], 5);
        let zh = h(&["编号", "承诺", "进展状况", "证据等级", "证据", "备注"]);
        assert_eq!(zh[&Column::Reference], 0);
        assert_eq!(zh[&Column::Status], 2, "进展状况 starts with 进展");
        let zh = h(&["编号", "状况", "证据等级", "证据", "说明"]);
        assert_eq!(zh[&Column::Status], 1);
        assert_eq!(zh[&Column::EvidenceLevel], 2);
        assert_eq!(zh[&Column::Evidence], 3);
        assert_eq!(zh[&Column::Notes], 4);
    }
}
