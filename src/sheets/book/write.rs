//! A dataset written as the workbook [`super::read`] reads (the round trip gives the same
//! dataset back), and the template: the same workbook with headings and no rows but the default
//! scales. Both start with an instructions sheet in the language asked for.

use std::collections::BTreeSet;

use rust_xlsxwriter::{Color, Format, FormatAlign, Workbook, Worksheet, XlsxError};

use super::SheetKind;
use crate::export::xlsx::{PAPER_A4, header_format, row_height, write_text};
use crate::i18n::{Language, Localised, Translator};
use crate::model::{Dataset, KNOWN_LANGUAGES, REQUIRED_LANGUAGES, Texts};
use crate::sheets::cells::cell_name;

/// Why a workbook could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// A text is longer than a spreadsheet cell holds; the cell it would go in.
    #[error("{0}: too long for a spreadsheet cell")]
    TooLong(String),
    /// The workbook could not be made.
    #[error("{0}")]
    Writer(String),
}

impl WriteError {
    /// The message, to render in the interface language.
    #[must_use]
    pub fn message(&self) -> Localised {
        match self {
            Self::TooLong(cell) => msg!("book-too-long", cell = cell.clone()),
            Self::Writer(reason) => msg!("book-write-failed", reason = reason.clone()),
        }
    }
}

impl From<XlsxError> for WriteError {
    fn from(e: XlsxError) -> Self {
        Self::Writer(e.to_string())
    }
}

/// The longest text a spreadsheet cell holds, in characters.
const CELL_MAX: usize = 32_767;

/// A cell's value.
enum Value {
    /// Text.
    Text(String),
    /// A number.
    Number(f64),
    /// True or false.
    Bool(bool),
    /// A colour `#rrggbb`, written as text on that colour.
    Colour(String),
    /// Nothing.
    Empty,
}

/// A row being made, its values in the order of its sheet's headings.
struct Row<'a> {
    langs: &'a [&'a str],
    values: Vec<Value>,
}

impl<'a> Row<'a> {
    fn new(langs: &'a [&'a str]) -> Self {
        Self {
            langs,
            values: Vec::new(),
        }
    }

    fn text(mut self, s: &str) -> Self {
        self.values.push(if s.is_empty() {
            Value::Empty
        } else {
            Value::Text(s.to_owned())
        });
        self
    }

    fn optional(self, s: Option<&String>) -> Self {
        self.text(s.map_or("", String::as_str))
    }

    fn texts(mut self, t: &Texts) -> Self {
        for lang in self.langs {
            self.values.push(match t.get(*lang) {
                Some(s) if !s.is_empty() => Value::Text(s.clone()),
                _ => Value::Empty,
            });
        }
        self
    }

    fn list(self, ids: &[String]) -> Self {
        self.text(&ids.join(", "))
    }

    fn number(mut self, n: f64) -> Self {
        self.values.push(Value::Number(n));
        self
    }

    fn choice(self, c: impl std::fmt::Debug) -> Self {
        self.text(&format!("{c:?}"))
    }

    fn optional_choice(self, c: Option<impl std::fmt::Debug>) -> Self {
        match c {
            Some(c) => self.choice(c),
            None => self.text(""),
        }
    }

    fn value(mut self, v: Value) -> Self {
        self.values.push(v);
        self
    }
}

/// Every text of the dataset in several languages.
fn all_texts(d: &Dataset) -> Vec<&Texts> {
    let m = &d.metadata;
    let mut all = vec![&m.title, &m.description];
    for s in &m.sources {
        all.extend([&s.title, &s.publisher, &s.copy]);
    }
    all.extend(d.units.iter().map(|u| &u.label));
    for g in &d.groups {
        all.push(&g.title);
        all.extend(g.sections.iter().map(|s| &s.title));
    }
    all.extend(d.target_areas.iter().map(|t| &t.title));
    all.extend(d.tags.iter().map(|t| &t.label));
    for c in &d.commitments {
        all.push(&c.title);
        all.push(&c.text);
    }
    for i in &d.indicators {
        all.push(&i.name);
        all.push(&i.geography);
        all.extend(i.target.as_ref().map(|t| &t.note));
    }
    all.extend(d.status_scale.iter().map(|l| &l.label));
    all.extend(d.evidence_scale.iter().map(|l| &l.label));
    all
}

/// The languages to write columns for: English and Chinese, and any other the dataset uses.
fn languages(d: &Dataset) -> Vec<&'static str> {
    let used: BTreeSet<&str> = all_texts(d)
        .into_iter()
        .flat_map(|t| t.keys().map(String::as_str))
        .collect();
    KNOWN_LANGUAGES
        .into_iter()
        .filter(|l| REQUIRED_LANGUAGES.contains(l) || used.contains(l))
        .collect()
}

/// The rows of sheet `kind`.
#[expect(
    clippy::too_many_lines,
    reason = "one arm per sheet, each a row of cells"
)]
fn rows<'a>(kind: SheetKind, d: &Dataset, langs: &'a [&'a str], metadata: bool) -> Vec<Row<'a>> {
    let row = || Row::new(langs);
    match kind {
        SheetKind::Dataset if metadata => {
            let m = &d.metadata;
            vec![
                row()
                    .text(&m.id)
                    .text(&m.version)
                    .text(&m.date.to_string())
                    .text(&m.as_of.map(|d| d.to_string()).unwrap_or_default())
                    .texts(&m.title)
                    .texts(&m.description),
            ]
        }
        SheetKind::Dataset => Vec::new(),
        SheetKind::Sources => d
            .metadata
            .sources
            .iter()
            .map(|s| {
                row()
                    .text(&s.id)
                    .optional_choice(s.kind)
                    .texts(&s.publisher)
                    .optional(s.symbol.as_ref())
                    .texts(&s.title)
                    .text(&s.published.map(|p| p.to_string()).unwrap_or_default())
                    .optional(s.isbn.as_ref())
                    .texts(&s.copy)
                    .optional(s.url.as_ref())
            })
            .collect(),
        SheetKind::Units => d
            .units
            .iter()
            .map(|u| row().text(&u.id).texts(&u.label))
            .collect(),
        SheetKind::Pillars => d
            .groups
            .iter()
            .map(|g| row().text(&g.id).choice(g.kind).texts(&g.title))
            .collect(),
        SheetKind::Sections => d
            .groups
            .iter()
            .flat_map(|g| {
                g.sections
                    .iter()
                    .map(move |s| row().text(&s.id).text(&g.id).texts(&s.title))
            })
            .collect(),
        SheetKind::TargetAreas => d
            .target_areas
            .iter()
            .map(|t| {
                row()
                    .text(&t.id)
                    .text(&t.source.document)
                    .number(f64::from(t.source.paragraph))
                    .optional(t.source.letter.as_ref())
                    .texts(&t.title)
                    .list(&t.indicators)
            })
            .collect(),
        SheetKind::Tags => d
            .tags
            .iter()
            .map(|t| row().text(&t.id).texts(&t.label))
            .collect(),
        SheetKind::Commitments => d
            .commitments
            .iter()
            .map(|c| {
                row()
                    .text(&c.id)
                    .text(&c.group)
                    .optional(c.section.as_ref())
                    .text(&c.source.document)
                    .number(f64::from(c.source.paragraph))
                    .optional(c.source.letter.as_ref())
                    .choice(c.kind)
                    .optional_choice(c.addressee)
                    .texts(&c.title)
                    .texts(&c.text)
                    .list(&c.tags)
                    .list(&c.target_areas)
                    .list(&c.indicators)
            })
            .collect(),
        SheetKind::Indicators => d
            .indicators
            .iter()
            .map(|i| {
                let r = row()
                    .text(&i.id)
                    .texts(&i.name)
                    .text(&i.unit)
                    .texts(&i.geography)
                    .choice(i.direction)
                    .number(f64::from(i.baseline_year));
                match &i.target {
                    Some(t) => r.number(f64::from(t.year)).number(t.value).texts(&t.note),
                    None => r
                        .value(Value::Empty)
                        .value(Value::Empty)
                        .texts(&Texts::new()),
                }
            })
            .collect(),
        SheetKind::Observations => d
            .indicators
            .iter()
            .flat_map(|i| {
                i.series.iter().map(move |o| {
                    Row::new(langs)
                        .text(&i.id)
                        .number(f64::from(o.year))
                        .number(o.value)
                        .optional(o.unit.as_ref())
                        .choice(o.flag)
                        .text(&o.source)
                        .optional(o.note.as_ref())
                })
            })
            .collect(),
        SheetKind::StatusScale => d
            .status_scale
            .iter()
            .map(|l| {
                row()
                    .text(&l.id)
                    .texts(&l.label)
                    .value(Value::Colour(l.colour.clone()))
                    .value(Value::Bool(l.counts_as_progress))
            })
            .collect(),
        SheetKind::EvidenceScale => d
            .evidence_scale
            .iter()
            .map(|l| row().text(&l.id).texts(&l.label))
            .collect(),
    }
}

/// The headings of sheet `kind`: a text column once per language.
fn headings(kind: SheetKind, langs: &[&str]) -> Vec<(String, f64)> {
    let mut out = Vec::new();
    for c in kind.columns() {
        if c.texts {
            out.extend(langs.iter().map(|l| (c.heading(Some(l)), c.width)));
        } else {
            out.push((c.heading(None), c.width));
        }
    }
    out
}

/// Writes one value; a text too long for a cell is refused, naming the cell.
fn cell(
    ws: &mut Worksheet,
    kind: SheetKind,
    row: u32,
    col: u16,
    value: &Value,
) -> Result<(), WriteError> {
    let plain = Format::new();
    match value {
        Value::Text(s) | Value::Colour(s) if s.len() > CELL_MAX && s.chars().count() > CELL_MAX => {
            return Err(WriteError::TooLong(cell_name(
                kind.name(),
                row,
                u32::from(col),
            )));
        }
        Value::Text(s) => write_text(ws, row, col, s, &plain)?,
        Value::Colour(s) => {
            let format = if s.len() == 7
                && s.starts_with('#')
                && s[1..].chars().all(|c| c.is_ascii_hexdigit())
            {
                let rgb = |(r, g, b): crate::palette::Rgb| {
                    Color::RGB((u32::from(r) << 16) | (u32::from(g) << 8) | u32::from(b))
                };
                let background = crate::palette::parse_hex(s);
                plain
                    .set_background_color(rgb(background))
                    .set_font_color(rgb(crate::palette::text_on(background)))
            } else {
                plain
            };
            write_text(ws, row, col, s, &format)?;
        }
        Value::Number(n) => {
            ws.write_number(row, col, *n)?;
        }
        Value::Bool(b) => {
            ws.write_boolean(row, col, *b)?;
        }
        Value::Empty => {}
    }
    Ok(())
}

/// Writes sheet `kind` with `rows` under its headings; the heading row stays in view.
fn sheet(
    wb: &mut Workbook,
    kind: SheetKind,
    langs: &[&str],
    rows: &[Row<'_>],
) -> Result<(), WriteError> {
    let ws = wb.add_worksheet();
    ws.set_name(kind.name())?;
    let header = header_format();
    let headings = headings(kind, langs);
    for (col, (heading, width)) in (0u16..).zip(&headings) {
        write_text(ws, 0, col, heading, &header)?;
        ws.set_column_width(col, *width)?;
    }
    for (r, row) in (1u32..).zip(rows) {
        debug_assert_eq!(row.values.len(), headings.len(), "{kind:?}");
        for (col, value) in (0u16..).zip(&row.values) {
            cell(ws, kind, r, col, value)?;
        }
    }
    ws.set_freeze_panes(1, 0)?;
    let last_row = u32::try_from(rows.len()).unwrap_or(u32::MAX);
    let last_col = u16::try_from(headings.len().saturating_sub(1)).unwrap_or(0);
    ws.autofilter(0, 0, last_row, last_col)?;
    Ok(())
}

/// The widths of the instructions sheet's columns: sheet, what it holds, columns.
const INSTRUCTION_WIDTHS: [f64; 3] = [18.0, 60.0, 70.0];

/// The instructions sheet, in the translator's language.
fn instructions(wb: &mut Workbook, t: &Translator, langs: &[&str]) -> Result<(), WriteError> {
    let ws = wb.add_worksheet();
    ws.set_name(t.tr(key!("pack-sheet-instructions")))?;
    ws.set_paper_size(PAPER_A4)
        .set_landscape()
        .set_print_fit_to_pages(1, 0);
    for (col, width) in (0u16..).zip(INSTRUCTION_WIDTHS) {
        ws.set_column_width(col, width)?;
    }
    let title = Format::new().set_bold().set_font_size(14);
    write_text(ws, 0, 0, &t.tr(key!("book-instructions-title")), &title)?;
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let total: f64 = INSTRUCTION_WIDTHS.iter().sum();
    let paragraphs = [
        key!("book-instructions-sheets"),
        key!("book-instructions-languages"),
        key!("book-instructions-lists"),
        key!("book-instructions-choices"),
        key!("book-instructions-numbers"),
        key!("book-instructions-defaults"),
        key!("book-instructions-build"),
    ];
    let mut row = 2u32;
    for key in paragraphs {
        let text = t.tr(key);
        ws.merge_range(row, 0, row, 2, &text, &wrap)?;
        ws.set_row_height(row, row_height([text.as_str()], &[total]))?;
        row += 1;
    }
    row += 1;
    let header = header_format();
    for (col, key) in (0u16..).zip([
        key!("book-instructions-sheet"),
        key!("book-instructions-holds"),
        key!("book-instructions-columns"),
    ]) {
        write_text(ws, row, col, &t.tr(key), &header)?;
    }
    for kind in SheetKind::ALL {
        row += 1;
        let columns: Vec<String> = kind
            .columns()
            .iter()
            .map(|c| {
                let heading = if c.texts {
                    format!("{} ({})", c.key, langs.join(", "))
                } else {
                    c.key.to_owned()
                };
                if c.required {
                    format!("{heading} *")
                } else {
                    heading
                }
            })
            .collect();
        let name = if kind.required() {
            format!("{} *", kind.name())
        } else {
            kind.name().to_owned()
        };
        let cells = [name, kind.about().render(t), columns.join(", ")];
        for (col, text) in (0u16..).zip(&cells) {
            write_text(ws, row, col, text, &wrap)?;
        }
        ws.set_row_height(
            row,
            row_height(cells.iter().map(String::as_str), &INSTRUCTION_WIDTHS),
        )?;
    }
    Ok(())
}

/// The workbook of `d`, instructions in `lang`, text columns for `langs`; the Dataset sheet
/// has `d`'s row when `metadata`.
fn book(
    d: &Dataset,
    lang: Language,
    langs: &[&str],
    metadata: bool,
) -> Result<Vec<u8>, WriteError> {
    let t = Translator::new(lang);
    let mut wb = Workbook::new();
    instructions(&mut wb, &t, langs)?;
    for kind in SheetKind::ALL {
        sheet(&mut wb, kind, langs, &rows(kind, d, langs, metadata))?;
    }
    Ok(wb.save_to_buffer()?)
}

/// The dataset `d` as a workbook that [`super::read`] reads back into `d`: text columns for
/// English, Chinese and any other language `d` uses, instructions in `lang`.
///
/// # Errors
/// When a text is too long for a spreadsheet cell, or the workbook cannot be made.
pub fn write(d: &Dataset, lang: Language) -> Result<Vec<u8>, WriteError> {
    book(d, lang, &languages(d), true)
}

/// An empty workbook to build a dataset in: every sheet with its headings (text columns for
/// all six UN languages) and no rows, except the scales, which hold the default ones;
/// instructions in `lang`.
///
/// # Errors
/// When the workbook cannot be made.
pub fn template(lang: Language) -> Result<Vec<u8>, WriteError> {
    book(&super::read::empty(), lang, &KNOWN_LANGUAGES, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_has_a_value_for_each_heading() {
        let mut d = crate::sample::dataset().expect("the sample loads");
        d.indicators[0].target = Some(crate::model::IndicatorTarget {
            year: 2019,
            value: 0.0,
            note: crate::model::texts([("en", "Eliminate"), ("fr", "Éliminer")]),
        });
        let langs = languages(&d);
        assert_eq!(langs, ["en", "zh", "fr"]);
        for kind in SheetKind::ALL {
            let n = headings(kind, &langs).len();
            for r in rows(kind, &d, &langs, true) {
                assert_eq!(r.values.len(), n, "{kind:?}");
            }
        }
        assert_eq!(rows(SheetKind::Dataset, &d, &langs, false).len(), 0);
        assert_eq!(
            rows(SheetKind::Observations, &d, &langs, true).len(),
            d.indicators.iter().map(|i| i.series.len()).sum::<usize>()
        );
    }
}
