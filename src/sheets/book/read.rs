//! The workbook read sheet by sheet into a dataset, each item's row kept (see
//! [`super::origins`]) so that the validator's findings can name their cells.

use std::collections::HashMap;

use calamine::Reader as _;

use super::SheetKind;
use super::columns::{Heading, Headings, codes, recognise};
use super::fields::{
    ADDRESSEES, DIRECTIONS, FLAGS, GROUP_KINDS, KINDS, RowView, SOURCE_KINDS, shown,
};
use super::origins::{At, Found, Origins, SheetInfo};
use super::rows::{Cell, for_each_row};
use crate::model::{
    Addressee, Commitment, CommitmentKind, DATASET_FORMAT_VERSION, Dataset, Direction,
    EvidenceLevel, Flag, Group, GroupKind, Indicator, IndicatorTarget, Metadata, Observation,
    Section, Source, SourceKind, SourceRef, StatusLevel, TagLabel, TargetArea, Texts, Unit,
    default_evidence_scale, default_status_scale,
};
use crate::sheets::cells::{CellText, column_name, text};
use crate::sheets::workbook::Workbook;

/// The baseline year of an indicator whose row gives none: the Plan of Action's.
const BASELINE_YEAR: i32 = 2009;

/// The workbook being read: its sheets' names and the problems found so far.
struct Reading<'a> {
    book: &'a mut Workbook,
    names: Vec<String>,
    found: Found,
}

impl Reading<'_> {
    /// The name in the workbook of sheet `kind`, or its usual name.
    fn name(&self, kind: SheetKind) -> String {
        self.names
            .iter()
            .find(|n| kind.is_named(n))
            .cloned()
            .unwrap_or_else(|| kind.name().to_owned())
    }

    /// Reads sheet `kind`: its first row with a value is its headings, each later row with a
    /// value goes to `each`. `None` when the workbook has no such sheet (a problem when the
    /// sheet is required).
    fn sheet(
        &mut self,
        kind: SheetKind,
        each: &mut dyn FnMut(&mut RowView<'_>),
    ) -> Option<SheetInfo> {
        let Some(name) = self.names.iter().find(|n| kind.is_named(n)).cloned() else {
            if kind.required() {
                self.found.file_error(msg!(
                    "book-no-sheet",
                    sheet = kind.name(),
                    sheets = self.names.join(", ")
                ));
            }
            return None;
        };
        let found = &mut self.found;
        let mut headings: Option<Headings> = None;
        let read = for_each_row(self.book, &name, &mut |row, cells| {
            if let Some(h) = &headings {
                let mut v = RowView {
                    kind,
                    row,
                    cells,
                    headings: h,
                    found: &mut *found,
                };
                each(&mut v);
            } else {
                headings = Some(read_headings(kind, row, cells, found));
            }
        });
        if let Err(reason) = read {
            self.found.file_error(msg!(
                "book-sheet-unreadable",
                sheet = name.clone(),
                reason = reason
            ));
        }
        let headings = headings.unwrap_or_else(|| read_headings(kind, 0, &[], &mut self.found));
        Some(SheetInfo { name, headings })
    }
}

/// The headings of `kind` found in the cells of row `row`; a heading twice, a text without its
/// language and a required column missing are problems, an unknown heading a warning.
fn read_headings(kind: SheetKind, row: u32, cells: &[Cell], found: &mut Found) -> Headings {
    let columns = kind.columns();
    let mut h = Headings {
        row,
        ..Headings::default()
    };
    let mut first: HashMap<String, u32> = HashMap::new();
    for (col, value) in cells {
        let written = match text(Some(value)) {
            CellText::Text(s) | CellText::Date(s) | CellText::Error(s) => s.trim().to_owned(),
        };
        if written.is_empty() {
            continue;
        }
        let at = At {
            kind,
            row,
            col: *col,
        };
        let (column, lang) = match recognise(columns, &written) {
            Heading::Column(c, lang) => (c, lang),
            Heading::NoLanguage => {
                found.error(at, msg!("book-no-language", heading = written));
                continue;
            }
            Heading::UnknownLanguage(code) => {
                found.error(
                    at,
                    msg!(
                        "book-unknown-language",
                        code = code,
                        heading = written,
                        codes = codes()
                    ),
                );
                continue;
            }
            Heading::Unknown => {
                let known: Vec<String> = columns
                    .iter()
                    .map(|c| c.heading(c.texts.then_some("…")))
                    .collect();
                found.warning(
                    at,
                    msg!(
                        "book-unknown-column",
                        heading = written,
                        headings = known.join(", ")
                    ),
                );
                continue;
            }
        };
        let canonical = column.heading(lang);
        if let Some(c) = first.get(&canonical) {
            found.error(
                at,
                msg!(
                    "book-column-twice",
                    heading = written,
                    first = column_name(*c)
                ),
            );
            continue;
        }
        first.insert(canonical, *col);
        h.written.insert(*col, written);
        match lang {
            None => {
                h.single.insert(column.key, *col);
            }
            Some(l) => h.texts.entry(column.key).or_default().push((l, *col)),
        }
    }
    for c in columns.iter().filter(|c| c.required) {
        if !h.single.contains_key(c.key) {
            found.error(
                At { kind, row, col: 0 },
                msg!("book-no-column", heading = c.key),
            );
        }
    }
    h
}

/// An empty dataset of this build's format, with the default scales, dated today.
#[must_use]
pub(super) fn empty() -> Dataset {
    Dataset {
        format_version: DATASET_FORMAT_VERSION,
        metadata: Metadata {
            id: String::new(),
            version: String::new(),
            date: jiff::tz::TimeZone::system()
                .to_datetime(jiff::Timestamp::now())
                .date(),
            as_of: None,
            title: Texts::new(),
            description: Texts::new(),
            sources: Vec::new(),
        },
        units: Vec::new(),
        groups: Vec::new(),
        target_areas: Vec::new(),
        tags: Vec::new(),
        commitments: Vec::new(),
        indicators: Vec::new(),
        status_scale: default_status_scale(),
        evidence_scale: default_evidence_scale(),
    }
}

/// Reads the dataset in `book`: the dataset (placeholders where a value could not be read),
/// where each item came from, and the problems found.
pub(super) fn dataset(book: &mut Workbook) -> (Dataset, Origins, Found) {
    let names = book.sheet_names();
    let mut r = Reading {
        book,
        names,
        found: Found::default(),
    };
    let mut d = empty();
    let mut o = Origins::default();
    metadata(&mut r, &mut d, &mut o);
    lists(&mut r, &mut d, &mut o);
    commitments(&mut r, &mut d, &mut o);
    indicators(&mut r, &mut d, &mut o);
    scales(&mut r, &mut d, &mut o);
    (d, o, r.found)
}

/// The Dataset sheet: one row.
fn metadata(r: &mut Reading<'_>, d: &mut Dataset, o: &mut Origins) {
    let mut rows = 0usize;
    let m = &mut d.metadata;
    let mut at = None;
    let info = r.sheet(SheetKind::Dataset, &mut |v| {
        rows += 1;
        if rows > 1 {
            v.error(0, msg!("book-second-row"));
            return;
        }
        at = Some(v.row);
        m.id = v.text("id");
        m.version = v.text("version");
        if let Some(date) = v.date("date") {
            m.date = date;
        }
        m.as_of = v.date("as of");
        m.title = v.texts("title");
        m.description = v.texts("description");
    });
    o.metadata = at;
    if let Some(info) = info {
        if rows == 0 {
            r.found.error(
                At {
                    kind: SheetKind::Dataset,
                    row: info.headings.row,
                    col: 0,
                },
                msg!("book-no-row"),
            );
        }
        o.sheets.insert(SheetKind::Dataset, info);
    }
}

/// Where a commitment or target area comes from: document, paragraph and letter.
fn reference(v: &mut RowView<'_>) -> SourceRef {
    SourceRef {
        document: v.required("document"),
        paragraph: v.paragraph("paragraph"),
        letter: v.optional("letter"),
    }
}

/// Sources, units, pillars, sections, target areas and tags.
fn lists(r: &mut Reading<'_>, d: &mut Dataset, o: &mut Origins) {
    let source_kinds = shown(&[SourceKind::Primary, SourceKind::Secondary]);
    let info = r.sheet(SheetKind::Sources, &mut |v| {
        d.metadata.sources.push(Source {
            id: v.text("id"),
            kind: v.choice("kind", &SOURCE_KINDS, &source_kinds),
            publisher: v.texts("publisher"),
            symbol: v.optional("symbol"),
            title: v.texts("title"),
            published: v.published("published"),
            isbn: v.optional("isbn"),
            copy: v.texts("copy"),
            url: v.optional("url"),
        });
        o.sources.push(v.row);
    });
    o.sheets.extend(info.map(|i| (SheetKind::Sources, i)));
    let info = r.sheet(SheetKind::Units, &mut |v| {
        d.units.push(Unit {
            id: v.text("id"),
            label: v.texts("label"),
        });
        o.units.push(v.row);
    });
    o.sheets.extend(info.map(|i| (SheetKind::Units, i)));
    let kinds = shown(&[GroupKind::Pillar, GroupKind::CrossCutting]);
    let info = r.sheet(SheetKind::Pillars, &mut |v| {
        d.groups.push(Group {
            id: v.text("id"),
            kind: v
                .choice("kind", &GROUP_KINDS, &kinds)
                .unwrap_or(GroupKind::Pillar),
            title: v.texts("title"),
            sections: Vec::new(),
        });
        o.groups.push(v.row);
        o.sections.push(Vec::new());
    });
    o.sheets.extend(info.map(|i| (SheetKind::Pillars, i)));
    sections(r, d, o);
    let info = r.sheet(SheetKind::TargetAreas, &mut |v| {
        d.target_areas.push(TargetArea {
            id: v.text("id"),
            source: reference(v),
            title: v.texts("title"),
            indicators: v.list("indicators"),
        });
        o.target_areas.push(v.row);
    });
    o.sheets.extend(info.map(|i| (SheetKind::TargetAreas, i)));
    let info = r.sheet(SheetKind::Tags, &mut |v| {
        d.tags.push(TagLabel {
            id: v.text("id"),
            label: v.texts("label"),
        });
        o.tags.push(v.row);
    });
    o.sheets.extend(info.map(|i| (SheetKind::Tags, i)));
}

/// Sections, each put into its pillar or group.
fn sections(r: &mut Reading<'_>, d: &mut Dataset, o: &mut Origins) {
    let mut groups: HashMap<String, usize> = HashMap::new();
    for (i, g) in d.groups.iter().enumerate() {
        groups.entry(g.id.clone()).or_insert(i);
    }
    let pillars = r.name(SheetKind::Pillars);
    let info = r.sheet(SheetKind::Sections, &mut |v| {
        let id = v.text("id");
        let pillar = v.required("pillar");
        let title = v.texts("title");
        if pillar.is_empty() {
            return;
        }
        let Some(&g) = groups.get(&pillar) else {
            let col = v.column("pillar");
            v.error(
                col,
                msg!("book-unknown-pillar", id = pillar, sheet = pillars.clone()),
            );
            return;
        };
        if let (Some(group), Some(rows)) = (d.groups.get_mut(g), o.sections.get_mut(g)) {
            group.sections.push(Section { id, title });
            rows.push(v.row);
        }
    });
    o.sheets.extend(info.map(|i| (SheetKind::Sections, i)));
}

/// The commitments.
fn commitments(r: &mut Reading<'_>, d: &mut Dataset, o: &mut Origins) {
    let kinds = shown(&[
        CommitmentKind::Action,
        CommitmentKind::Recommendation,
        CommitmentKind::Target2019,
    ]);
    let addressees = shown(&Addressee::ALL);
    let info = r.sheet(SheetKind::Commitments, &mut |v| {
        d.commitments.push(Commitment {
            id: v.text("id"),
            group: v.required("pillar"),
            section: v.optional("section"),
            source: reference(v),
            kind: v
                .choice("kind", &KINDS, &kinds)
                .unwrap_or(CommitmentKind::Action),
            addressee: v.choice("addressee", &ADDRESSEES, &addressees),
            title: v.texts("title"),
            text: v.texts("text"),
            tags: v.list("tags"),
            target_areas: v.list("target areas"),
            indicators: v.list("indicators"),
        });
        o.commitments.push(v.row);
    });
    o.sheets.extend(info.map(|i| (SheetKind::Commitments, i)));
}

/// An indicator's target: a year and a value (and a note), or none.
fn target(v: &mut RowView<'_>) -> Option<IndicatorTarget> {
    let year_given = v.has("target year");
    let value_given = v.has("target value");
    let year = v.whole("target year");
    let value = v.number("target value");
    let note = v.texts("target note");
    if year_given != value_given || (!year_given && !note.is_empty()) {
        let missing = if year_given {
            "target value"
        } else {
            "target year"
        };
        let col = v.column(missing);
        v.error(col, msg!("book-target-half"));
    }
    Some(IndicatorTarget {
        year: year?,
        value: value?,
        note,
    })
}

/// Indicators, then their observations.
fn indicators(r: &mut Reading<'_>, d: &mut Dataset, o: &mut Origins) {
    let directions = shown(&[
        Direction::DownIsGood,
        Direction::UpIsGood,
        Direction::Ambiguous,
    ]);
    let info = r.sheet(SheetKind::Indicators, &mut |v| {
        let id = v.text("id");
        let name = v.texts("name");
        let unit = v.required("unit");
        let geography = v.texts("geography");
        let direction = if v.required("direction").is_empty() {
            None
        } else {
            v.choice("direction", &DIRECTIONS, &directions)
        };
        d.indicators.push(Indicator {
            id,
            name,
            unit,
            geography,
            direction: direction.unwrap_or(Direction::DownIsGood),
            baseline_year: v.whole("baseline year").unwrap_or(BASELINE_YEAR),
            target: target(v),
            series: Vec::new(),
        });
        o.indicators.push(v.row);
        o.series.push(Vec::new());
    });
    o.sheets.extend(info.map(|i| (SheetKind::Indicators, i)));

    let mut known: HashMap<String, usize> = HashMap::new();
    for (i, ind) in d.indicators.iter().enumerate() {
        known.entry(ind.id.clone()).or_insert(i);
    }
    let indicators = r.name(SheetKind::Indicators);
    let flags = shown(&[
        Flag::Reported,
        Flag::Estimated,
        Flag::Derived,
        Flag::Revised,
    ]);
    let info = r.sheet(SheetKind::Observations, &mut |v| {
        let indicator = v.required("indicator");
        let observation = Observation {
            year: v.required_whole("year").unwrap_or(0),
            value: v.required_number("value").unwrap_or(f64::NAN),
            unit: v.optional("unit"),
            flag: v.choice("flag", &FLAGS, &flags).unwrap_or(Flag::Reported),
            source: v.required("source"),
            note: v.optional("note"),
        };
        if indicator.is_empty() {
            return;
        }
        let Some(&i) = known.get(&indicator) else {
            let col = v.column("indicator");
            v.error(
                col,
                msg!(
                    "book-unknown-indicator",
                    id = indicator,
                    sheet = indicators.clone()
                ),
            );
            return;
        };
        if let (Some(ind), Some(rows)) = (d.indicators.get_mut(i), o.series.get_mut(i)) {
            ind.series.push(observation);
            rows.push(v.row);
        }
    });
    o.sheets.extend(info.map(|i| (SheetKind::Observations, i)));
}

/// A colour as typed: `#7cb342`, or `7cb342` without its `#`.
fn colour(typed: String) -> String {
    if typed.len() == 6 && typed.chars().all(|c| c.is_ascii_hexdigit()) {
        format!("#{typed}")
    } else {
        typed
    }
}

/// The status and evidence scales; a sheet left out or empty keeps the default scale.
fn scales(r: &mut Reading<'_>, d: &mut Dataset, o: &mut Origins) {
    let mut statuses = Vec::new();
    let info = r.sheet(SheetKind::StatusScale, &mut |v| {
        statuses.push(StatusLevel {
            id: v.text("id"),
            label: v.texts("label"),
            colour: colour(v.required("colour")),
            counts_as_progress: v.yes_no("counts as progress").unwrap_or(false),
        });
        o.status_scale.push(v.row);
    });
    o.sheets.extend(info.map(|i| (SheetKind::StatusScale, i)));
    if !statuses.is_empty() {
        d.status_scale = statuses;
    }
    let mut levels = Vec::new();
    let info = r.sheet(SheetKind::EvidenceScale, &mut |v| {
        levels.push(EvidenceLevel {
            id: v.text("id"),
            label: v.texts("label"),
        });
        o.evidence_scale.push(v.row);
    });
    o.sheets.extend(info.map(|i| (SheetKind::EvidenceScale, i)));
    if !levels.is_empty() {
        d.evidence_scale = levels;
    }
}
