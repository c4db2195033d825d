//! Datasets built in a spreadsheet: a workbook with a sheet per list of the dataset (pillars,
//! sections, commitments, indicators, observations, sources, …), read with calamine into a
//! [`Dataset`] and checked with [`crate::validate::dataset`], every problem named by sheet, row
//! and column (`Commitments!C14: …`); and the other way, a dataset (or an empty template)
//! written as such a workbook.
//!
//! The sheets and their columns are in [`SheetKind`] and [`Column`]; `docs/spreadsheets.md`
//! describes them for the people who fill them in. Headings are English (`id`, `title (en)`),
//! and Chinese headings are recognised as well (`编号`, `标题（中文）`). Reading streams what
//! calamine gives row by row (an XLSX sheet cell by cell), so a very long sheet costs the time
//! to read it and the memory of what it holds, not of its bounding box. Hidden rows are read
//! like any other (calamine does not say which rows are hidden); the value of a merged region
//! counts for each of its cells; a formula counts as the value it last showed.

mod columns;
mod fields;
mod origins;
mod read;
mod rows;
mod write;

use std::path::Path;

pub use columns::Column;
pub use write::{WriteError, template, write};

use crate::i18n::Localised;
use crate::model::Dataset;
use crate::problem::Problem;

/// At most this many problems are listed; the rest are counted.
pub const MAX_PROBLEMS: usize = 200;

/// A sheet of the dataset workbook, in the order they are written and read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SheetKind {
    /// One row: the dataset's id, version, date, title and description.
    Dataset,
    /// The sources the dataset cites.
    Sources,
    /// Units of measurement.
    Units,
    /// Pillars and cross-cutting groups.
    Pillars,
    /// Sections of the pillars and groups.
    Sections,
    /// The 2019 target areas.
    TargetAreas,
    /// Labels of the commitments' tags.
    Tags,
    /// The commitments.
    Commitments,
    /// Indicators (without their values).
    Indicators,
    /// The indicators' values, one row per indicator and year.
    Observations,
    /// The status scale.
    StatusScale,
    /// The evidence scale.
    EvidenceScale,
}

impl SheetKind {
    /// Every sheet, in order.
    pub const ALL: [Self; 12] = [
        Self::Dataset,
        Self::Sources,
        Self::Units,
        Self::Pillars,
        Self::Sections,
        Self::TargetAreas,
        Self::Tags,
        Self::Commitments,
        Self::Indicators,
        Self::Observations,
        Self::StatusScale,
        Self::EvidenceScale,
    ];

    /// The sheet's name as written: `Commitments`.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Dataset => "Dataset",
            Self::Sources => "Sources",
            Self::Units => "Units",
            Self::Pillars => "Pillars",
            Self::Sections => "Sections",
            Self::TargetAreas => "Target areas",
            Self::Tags => "Tags",
            Self::Commitments => "Commitments",
            Self::Indicators => "Indicators",
            Self::Observations => "Observations",
            Self::StatusScale => "Status scale",
            Self::EvidenceScale => "Evidence scale",
        }
    }

    /// Other names the sheet is recognised by (lower-case), Chinese among them.
    #[must_use]
    pub const fn aliases(self) -> &'static [&'static str] {
        match self {
            Self::Dataset => &["metadata", "数据集", "元数据"],
            Self::Sources => &["documents", "来源", "文件"],
            Self::Units => &["单位"],
            Self::Pillars => &["groups", "pillars and groups", "支柱", "支柱和组别"],
            Self::Sections => &["节", "部分"],
            Self::TargetAreas => &["targets", "target_areas", "目标领域", "2019年目标领域"],
            Self::Tags => &["标签"],
            Self::Commitments => &["承诺"],
            Self::Indicators => &["指标"],
            Self::Observations => &["series", "values", "观测值", "指标数值"],
            Self::StatusScale => &["statuses", "status levels", "状况等级", "进展等级"],
            Self::EvidenceScale => &["evidence levels", "证据等级"],
        }
    }

    /// Whether the workbook must have this sheet. The others may be left out: their lists are
    /// then empty, and the scales the default ones.
    #[must_use]
    pub const fn required(self) -> bool {
        matches!(self, Self::Dataset | Self::Pillars | Self::Commitments)
    }

    /// The sheet's columns, in the order they are written.
    #[must_use]
    pub fn columns(self) -> &'static [Column] {
        columns::of(self)
    }

    /// What the sheet holds, for the instructions sheet.
    #[must_use]
    pub fn about(self) -> Localised {
        match self {
            Self::Dataset => msg!("book-about-dataset"),
            Self::Sources => msg!("book-about-sources"),
            Self::Units => msg!("book-about-units"),
            Self::Pillars => msg!("book-about-pillars"),
            Self::Sections => msg!("book-about-sections"),
            Self::TargetAreas => msg!("book-about-target-areas"),
            Self::Tags => msg!("book-about-tags"),
            Self::Commitments => msg!("book-about-commitments"),
            Self::Indicators => msg!("book-about-indicators"),
            Self::Observations => msg!("book-about-observations"),
            Self::StatusScale => msg!("book-about-status-scale"),
            Self::EvidenceScale => msg!("book-about-evidence-scale"),
        }
    }

    /// Whether `name` (a sheet's name in a workbook) names this sheet, case and spacing aside.
    #[must_use]
    pub fn is_named(self, name: &str) -> bool {
        let name = columns::normalise(&name.replace('_', " "));
        name == self.name().to_lowercase()
            || self
                .aliases()
                .iter()
                .any(|a| columns::normalise(&a.replace('_', " ")) == name)
    }
}

/// A dataset read from a workbook, and the warnings found (printed, but they do not stop it).
#[derive(Clone, Debug)]
pub struct Built {
    /// The dataset, valid.
    pub dataset: Dataset,
    /// Warnings, each naming its cell where it has one.
    pub warnings: Vec<Problem>,
}

/// Why no dataset was built: every problem found (warnings too), each naming the file and,
/// where it has one, the sheet, row and column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BookError {
    /// The problems, in sheet, row and column order.
    pub problems: Vec<Problem>,
    /// Whether the file could not be read as a workbook at all (missing, not a spreadsheet,
    /// protected by a password), rather than read with problems.
    pub unreadable: bool,
}

impl BookError {
    fn unreadable_file(path: &Path, message: Localised) -> Self {
        Self {
            problems: vec![Problem::file_error(path, message)],
            unreadable: true,
        }
    }
}

/// Reads the workbook at `path` (XLSX, XLS, XLSB or ODS) as a dataset and validates it.
///
/// # Errors
/// When the file cannot be read, or any error is found: reading problems (a number that is
/// not one, an unknown flag, a missing sheet or column, a heading twice) and the validator's
/// errors, each named by its cell.
pub fn read(path: &Path) -> Result<Built, BookError> {
    if let Err(e) = std::fs::metadata(path) {
        return Err(BookError::unreadable_file(
            path,
            crate::io::document::io_message(&e),
        ));
    }
    let mut book =
        super::workbook::open(path).map_err(|message| BookError::unreadable_file(path, message))?;
    let (dataset, origins, mut found) = read::dataset(&mut book);
    found.add_findings(crate::validate::dataset(&dataset), &origins);
    let problems = found.into_problems(path, &origins);
    if problems.iter().any(Problem::is_error) {
        Err(BookError {
            problems,
            unreadable: false,
        })
    } else {
        Ok(Built {
            dataset,
            warnings: problems,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;
    use crate::model::{IndicatorTarget, texts};

    #[test]
    fn a_dataset_with_a_target_more_languages_and_formula_like_text_comes_back_the_same() {
        let mut d = crate::sample::dataset().unwrap();
        d.indicators[0].target = Some(IndicatorTarget {
            year: 2019,
            value: 0.0,
            note: texts([("en", "Eliminate"), ("fr", "Éliminer")]),
        });
        d.indicators[0].series[0].unit = Some(d.indicators[0].unit.clone());
        d.commitments[0]
            .title
            .insert("ru".into(), "Присоединиться к конвенциям".into());
        d.commitments[0]
            .text
            .insert("en".into(), "=SUM(A1) is text, not a formula".into());
        d.metadata.sources[0].url = Some("https://example.org/a?b=c&d=e".into());
        assert!(crate::validate::dataset(&d).is_empty());
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.xlsx");
        std::fs::write(&path, write(&d, Language::Fr).unwrap()).unwrap();
        let built = read(&path).unwrap();
        assert!(built.warnings.is_empty(), "{:?}", built.warnings);
        assert_eq!(built.dataset, d);
    }

    #[test]
    fn a_template_filled_in_by_nobody_says_what_is_missing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.xlsx");
        std::fs::write(&path, template(Language::Zh).unwrap()).unwrap();
        let e = read(&path).unwrap_err();
        assert!(!e.unreadable);
        let said: Vec<String> = e.problems.iter().map(|p| p.message.to_string()).collect();
        assert_eq!(
            said,
            [
                "Dataset!A1: there is no row under the headings; fill in the dataset's id, version and title",
                "Pillars!A1: no group is a pillar; a dataset needs the Plan of Action's pillars (kind: Pillar)",
                "Commitments!A1: the dataset has no commitments",
            ]
        );
        assert!(e.problems[2].level == crate::problem::Level::Warning);
    }
}
