//! The values of one row, read by column: text, texts in several languages, lists of ids,
//! numbers, years, dates and choices. A value that cannot be read is a problem at its cell, and
//! the row's item gets a placeholder, so that the rest of the row is still checked.

use calamine::Data;
use jiff::civil::Date;

use super::SheetKind;
use super::columns::Headings;
use super::origins::{At, Found};
use super::rows::{Cell, find};
use crate::i18n::Localised;
use crate::model::{
    Addressee, CommitmentKind, Direction, Flag, GroupKind, Published, SourceKind, Texts,
};
use crate::sheets::cells::{CellText, text};

/// Commitment kinds as written (normalised: lower-case, without spaces, `-` and `_`).
pub(super) const KINDS: [(&str, CommitmentKind); 8] = [
    ("action", CommitmentKind::Action),
    ("recommendation", CommitmentKind::Recommendation),
    ("target2019", CommitmentKind::Target2019),
    ("2019target", CommitmentKind::Target2019),
    ("行动", CommitmentKind::Action),
    ("建议", CommitmentKind::Recommendation),
    ("2019年目标", CommitmentKind::Target2019),
    ("目标", CommitmentKind::Target2019),
];

/// Group kinds as written.
pub(super) const GROUP_KINDS: [(&str, GroupKind); 6] = [
    ("pillar", GroupKind::Pillar),
    ("crosscutting", GroupKind::CrossCutting),
    ("支柱", GroupKind::Pillar),
    ("跨领域", GroupKind::CrossCutting),
    ("交叉领域", GroupKind::CrossCutting),
    ("跨领域组别", GroupKind::CrossCutting),
];

/// Directions as written.
pub(super) const DIRECTIONS: [(&str, Direction); 12] = [
    ("ambiguous", Direction::Ambiguous),
    ("either", Direction::Ambiguous),
    ("方向不明", Direction::Ambiguous),
    ("不确定", Direction::Ambiguous),
    ("downisgood", Direction::DownIsGood),
    ("upisgood", Direction::UpIsGood),
    ("down", Direction::DownIsGood),
    ("up", Direction::UpIsGood),
    ("下降为好", Direction::DownIsGood),
    ("上升为好", Direction::UpIsGood),
    ("越低越好", Direction::DownIsGood),
    ("越高越好", Direction::UpIsGood),
];

/// Source kinds as written.
pub(super) const SOURCE_KINDS: [(&str, SourceKind); 8] = [
    ("primary", SourceKind::Primary),
    ("secondary", SourceKind::Secondary),
    ("original", SourceKind::Primary),
    ("copy", SourceKind::Secondary),
    ("原始", SourceKind::Primary),
    ("一手", SourceKind::Primary),
    ("二手", SourceKind::Secondary),
    ("转载", SourceKind::Secondary),
];

/// Addressees as written.
pub(super) const ADDRESSEES: [(&str, Addressee); 14] = [
    ("memberstates", Addressee::MemberStates),
    ("states", Addressee::MemberStates),
    ("generalassembly", Addressee::GeneralAssembly),
    ("commission", Addressee::Commission),
    ("cnd", Addressee::Commission),
    ("unodc", Addressee::Unodc),
    ("incb", Addressee::Incb),
    ("会员国", Addressee::MemberStates),
    ("各国", Addressee::MemberStates),
    ("大会", Addressee::GeneralAssembly),
    ("麻醉药品委员会", Addressee::Commission),
    ("委员会", Addressee::Commission),
    ("毒品和犯罪问题办公室", Addressee::Unodc),
    ("麻醉品管制局", Addressee::Incb),
];

/// Flags as written.
pub(super) const FLAGS: [(&str, Flag); 12] = [
    ("reported", Flag::Reported),
    ("estimated", Flag::Estimated),
    ("derived", Flag::Derived),
    ("revised", Flag::Revised),
    ("报告值", Flag::Reported),
    ("估计值", Flag::Estimated),
    ("推算值", Flag::Derived),
    ("修订值", Flag::Revised),
    ("报告", Flag::Reported),
    ("估计", Flag::Estimated),
    ("推算", Flag::Derived),
    ("修订", Flag::Revised),
];

/// Words for yes and no.
const YES_NO: [(&str, bool); 14] = [
    ("yes", true),
    ("y", true),
    ("true", true),
    ("1", true),
    ("x", true),
    ("是", true),
    ("对", true),
    ("no", false),
    ("n", false),
    ("false", false),
    ("0", false),
    ("否", false),
    ("不", false),
    ("不是", false),
];

/// A choice as compared: lower-case, without spaces, `-` and `_`.
fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

/// A date cell's date: `1905-07-06`.
fn date_of(d: &calamine::ExcelDateTime) -> (String, Option<Date>) {
    let (y, m, day, ..) = d.to_ymd_hms_milli();
    let date = i16::try_from(y)
        .ok()
        .and_then(|y| Date::new(y, i8::try_from(m).ok()?, i8::try_from(day).ok()?).ok());
    (format!("{y:04}-{m:02}-{day:02}"), date)
}

/// One row of a sheet being read, and where its problems go.
pub(super) struct RowView<'a> {
    /// The sheet.
    pub kind: SheetKind,
    /// The row, from 0.
    pub row: u32,
    /// Its non-empty cells, by column.
    pub cells: &'a [Cell],
    /// The sheet's headings.
    pub headings: &'a Headings,
    /// Where problems go.
    pub found: &'a mut Found,
}

impl<'a> RowView<'a> {
    /// The cell at `col` of this row.
    #[must_use]
    pub fn at(&self, col: u32) -> At {
        At {
            kind: self.kind,
            row: self.row,
            col,
        }
    }

    /// An error at column `col` of this row.
    pub fn error(&mut self, col: u32, message: Localised) {
        let at = self.at(col);
        self.found.error(at, message);
    }

    /// The column of heading `key` and the cell's value, if the column is there.
    fn cell(&self, key: &str) -> Option<(u32, Option<&'a Data>)> {
        let col = self.headings.column(key, None)?;
        let cells: &'a [Cell] = self.cells;
        Some((col, find(cells, col)))
    }

    /// Whether the cell of heading `key` holds a value.
    #[must_use]
    pub fn has(&self, key: &str) -> bool {
        matches!(self.cell(key), Some((_, Some(_))))
    }

    /// The column of heading `key`, or the first column.
    #[must_use]
    pub fn column(&self, key: &str) -> u32 {
        self.headings.column(key, None).unwrap_or(0)
    }

    /// The text of a cell, trimmed; a date or an error value is a problem.
    fn text_at(&mut self, col: u32, value: Option<&Data>) -> String {
        match text(value) {
            CellText::Text(s) => s.trim().to_owned(),
            CellText::Date(_) => {
                let shown = match value {
                    Some(Data::DateTime(d)) => date_of(d).0,
                    other => plain(text(other)),
                };
                self.error(col, msg!("reply-date", date = shown));
                String::new()
            }
            CellText::Error(e) => {
                self.error(col, msg!("reply-error-value", value = e));
                String::new()
            }
        }
    }

    /// The text of column `key`, trimmed (empty when the cell or the column is).
    pub fn text(&mut self, key: &str) -> String {
        match self.cell(key) {
            Some((col, value)) => self.text_at(col, value),
            None => String::new(),
        }
    }

    /// The text of column `key`, or `None` when it is empty.
    pub fn optional(&mut self, key: &str) -> Option<String> {
        Some(self.text(key)).filter(|t| !t.is_empty())
    }

    /// The text of a column every row fills in; an empty cell is a problem (a missing column
    /// was said once, at the headings).
    pub fn required(&mut self, key: &str) -> String {
        let t = self.text(key);
        if t.is_empty()
            && let Some(col) = self.headings.column(key, None)
        {
            let heading = self.headings.written(col, key);
            self.error(col, msg!("book-empty", column = heading));
        }
        t
    }

    /// The texts of `key` in each language with a column.
    pub fn texts(&mut self, key: &str) -> Texts {
        let mut out = Texts::new();
        let (headings, cells): (&'a Headings, &'a [Cell]) = (self.headings, self.cells);
        for &(lang, col) in headings.texts.get(key).map_or(&[][..], Vec::as_slice) {
            let t = self.text_at(col, find(cells, col));
            if !t.is_empty() {
                out.insert(lang.to_owned(), t);
            }
        }
        out
    }

    /// A list of ids separated by commas, semicolons or line breaks (`、` and `，` too).
    pub fn list(&mut self, key: &str) -> Vec<String> {
        self.text(key)
            .split([',', ';', '\n', '，', '、', '；'])
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
            .collect()
    }

    /// A number, or `None` when the cell is empty or is not a number (then a problem);
    /// `date_message` says what to do when it holds a date.
    fn number_with(
        &mut self,
        key: &str,
        date_message: fn(String) -> Localised,
    ) -> Option<(u32, f64)> {
        let (col, value) = self.cell(key)?;
        let n = match value? {
            Data::Int(i) => {
                #[expect(clippy::cast_precision_loss, reason = "a cell's whole number")]
                let f = *i as f64;
                Some(f)
            }
            Data::Float(f) => Some(*f),
            Data::String(s) => {
                let s: String = s
                    .chars()
                    .filter(|c| !c.is_whitespace() && *c != '\u{202f}')
                    .collect();
                let n = s.parse::<f64>().ok().filter(|n| n.is_finite());
                if n.is_none() {
                    self.error(col, msg!("book-not-number", value = s));
                }
                n
            }
            Data::DateTime(d) => {
                self.error(col, date_message(date_of(d).0));
                None
            }
            Data::DateTimeIso(s) | Data::DurationIso(s) => {
                self.error(col, date_message(s.clone()));
                None
            }
            Data::Error(e) => {
                self.error(col, msg!("reply-error-value", value = e.to_string()));
                None
            }
            Data::Bool(b) => {
                self.error(col, msg!("book-not-number", value = b.to_string()));
                None
            }
            Data::Empty => None,
        };
        n.map(|n| (col, n))
    }

    /// A number (`None` when the cell is empty or not a number).
    pub fn number(&mut self, key: &str) -> Option<f64> {
        self.number_with(key, |date| msg!("book-number-date", date = date))
            .map(|(_, n)| n)
    }

    /// A whole number within `i32` (years, paragraphs); a date is a problem.
    pub fn whole(&mut self, key: &str) -> Option<i32> {
        let (col, n) = self.number_with(key, |date| msg!("book-year-date", date = date))?;
        if n.fract() != 0.0 || !(f64::from(i32::MIN)..=f64::from(i32::MAX)).contains(&n) {
            self.error(col, msg!("book-not-whole", value = n.to_string()));
            return None;
        }
        #[expect(
            clippy::cast_possible_truncation,
            reason = "checked whole and in range"
        )]
        Some(n as i32)
    }

    /// A whole number of a column every row fills in.
    pub fn required_whole(&mut self, key: &str) -> Option<i32> {
        let n = self.whole(key);
        if n.is_none()
            && let Some((col, None)) = self.cell(key)
        {
            let heading = self.headings.written(col, key);
            self.error(col, msg!("book-empty", column = heading));
        }
        n
    }

    /// A number of a column every row fills in.
    pub fn required_number(&mut self, key: &str) -> Option<f64> {
        let n = self.number(key);
        if n.is_none()
            && let Some((col, None)) = self.cell(key)
        {
            let heading = self.headings.written(col, key);
            self.error(col, msg!("book-empty", column = heading));
        }
        n
    }

    /// A paragraph number: a whole number from 0.
    pub fn paragraph(&mut self, key: &str) -> u32 {
        let n = self.required_whole(key);
        match n.map(u32::try_from) {
            Some(Ok(p)) => p,
            Some(Err(_)) => {
                let col = self.column(key);
                self.error(col, msg!("book-not-whole", value = n.unwrap_or(0)));
                0
            }
            None => 0,
        }
    }

    /// A date: a date cell, or text such as `2014-03-13`.
    pub fn date(&mut self, key: &str) -> Option<Date> {
        let (col, value) = self.cell(key)?;
        let (shown, date) = match value? {
            Data::DateTime(d) => date_of(d),
            Data::DateTimeIso(s) => (s.clone(), s.get(..10).and_then(|d| d.parse().ok())),
            Data::String(s) => {
                let t = s.trim().replace('/', "-");
                (s.trim().to_owned(), t.parse().ok())
            }
            other => (plain(text(Some(other))), None),
        };
        if date.is_none() {
            self.error(col, msg!("book-not-date", value = shown));
        }
        date
    }

    /// A publication date: a year (`2013`), a month (`2013-06`), a day (`2013-06-26`) or a
    /// date cell; `None` when the cell is empty or holds something else (then a problem).
    pub fn published(&mut self, key: &str) -> Option<Published> {
        let (col, value) = self.cell(key)?;
        let (shown, parsed) = match value? {
            Data::DateTime(d) => {
                let (shown, date) = date_of(d);
                (
                    shown,
                    date.map(|d| Published {
                        year: d.year(),
                        month: Some(d.month()),
                        day: Some(d.day()),
                    }),
                )
            }
            other => {
                let written = plain(text(Some(other)));
                let parsed = written.trim().replace('/', "-").parse().ok();
                (written, parsed)
            }
        };
        if parsed.is_none() {
            self.error(col, msg!("book-not-published", value = shown));
        }
        parsed
    }

    /// One of `choices` (compared lower-case, without spaces, `-` and `_`); `None` when the cell
    /// is empty or holds something else (then a problem naming `shown`).
    pub fn choice<T: Copy>(&mut self, key: &str, choices: &[(&str, T)], shown: &str) -> Option<T> {
        let col = self.headings.column(key, None)?;
        let written = self.text(key);
        if written.is_empty() {
            return None;
        }
        let w = squeeze(&written);
        let found = choices.iter().find(|(name, _)| squeeze(name) == w);
        if found.is_none() {
            self.error(
                col,
                msg!("book-not-choice", value = written, choices = shown),
            );
        }
        found.map(|(_, t)| *t)
    }

    /// Yes or no (a true/false cell, `yes`, `no`, `是`, `否`, `1`, `0`…); `None` when empty.
    pub fn yes_no(&mut self, key: &str) -> Option<bool> {
        let (col, value) = self.cell(key)?;
        if let Some(Data::Bool(b)) = value {
            return Some(*b);
        }
        let written = self.text(key);
        if written.is_empty() {
            return None;
        }
        let w = squeeze(&written);
        let found = YES_NO.iter().find(|(name, _)| *name == w).map(|(_, b)| *b);
        if found.is_none() {
            self.error(col, msg!("book-not-yes-no", value = written));
        }
        found
    }
}

/// The names of `choices`' values as written (`Action, Recommendation, Target2019`).
#[must_use]
pub(super) fn shown<T: std::fmt::Debug>(values: &[T]) -> String {
    values
        .iter()
        .map(|v| format!("{v:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The text of a cell, whatever it held.
fn plain(c: CellText) -> String {
    match c {
        CellText::Text(s) | CellText::Date(s) | CellText::Error(s) => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headings() -> Headings {
        let mut h = Headings::default();
        for (col, key) in (0u32..).zip(["year", "value", "kind", "counts as progress", "date"]) {
            h.single.insert(key, col);
            h.written.insert(col, key.to_owned());
        }
        h.texts.insert("title", vec![("en", 5), ("zh", 6)]);
        h
    }

    fn row(cells: &[Cell], read: impl FnOnce(&mut RowView<'_>)) -> Vec<String> {
        let h = headings();
        let mut found = Found::default();
        let mut v = RowView {
            kind: SheetKind::Observations,
            row: 4,
            cells,
            headings: &h,
            found: &mut found,
        };
        read(&mut v);
        let o = super::super::origins::Origins::default();
        found
            .into_problems(std::path::Path::new("b.xlsx"), &o)
            .iter()
            .map(ToString::to_string)
            .collect()
    }

    #[test]
    fn numbers_years_and_choices_are_read_or_named_at_their_cell() {
        let date = Data::DateTime(calamine::ExcelDateTime::new(
            2014.0,
            calamine::ExcelDateTimeType::DateTime,
            false,
        ));
        let cells = vec![
            (0, date),
            (1, Data::String("lots".into())),
            (2, Data::String("target 2019".into())),
            (3, Data::String("是".into())),
            (4, Data::String("2014/03/13".into())),
            (5, Data::String(" Title ".into())),
        ];
        let problems = row(&cells, |v| {
            assert_eq!(v.whole("year"), None);
            assert_eq!(v.number("value"), None);
            assert_eq!(
                v.choice("kind", &KINDS, "Action"),
                Some(CommitmentKind::Target2019)
            );
            assert_eq!(v.yes_no("counts as progress"), Some(true));
            assert_eq!(v.date("date"), Date::new(2014, 3, 13).ok());
            let t = v.texts("title");
            assert_eq!(t.get("en").map(String::as_str), Some("Title"));
            assert!(!t.contains_key("zh"));
        });
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(
            problems[0].starts_with("b.xlsx: error: Observations!A5: holds a date (1905-07-06)"),
            "{problems:?}"
        );
        assert_eq!(
            problems[1],
            "b.xlsx: error: Observations!B5: “lots” is not a number"
        );
    }

    #[test]
    fn whole_numbers_and_required_cells() {
        let cells = vec![(0, Data::Float(2014.5)), (2, Data::String("Plan".into()))];
        let problems = row(&cells, |v| {
            assert_eq!(v.whole("year"), None);
            assert_eq!(v.required_number("value"), None);
            assert_eq!(v.choice("kind", &KINDS, "Action, Recommendation"), None);
            assert_eq!(v.yes_no("counts as progress"), None);
        });
        assert_eq!(
            problems,
            [
                "b.xlsx: error: Observations!A5: “2014.5” is not a whole number",
                "b.xlsx: error: Observations!B5: “value” is empty; every row needs one",
                "b.xlsx: error: Observations!C5: “Plan” is not one of: Action, Recommendation",
            ]
        );
        assert_eq!(shown(&[Flag::Reported, Flag::Derived]), "Reported, Derived");
    }
}
