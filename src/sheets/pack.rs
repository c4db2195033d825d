//! An input pack: an Excel workbook a ministry fills in without poa-review. One row per
//! commitment in scope, the reference and the text locked, status and evidence level as
//! drop-down lists built from the dataset's own scales in the pack's language, free columns for
//! evidence (one item per line) and notes, the current values filled in; an instructions sheet
//! in the pack's language; and a hidden sheet with the pack's identity (see [`super::identity`])
//! so that the reply can be matched and merged. The private talking points are never in it.

use jiff::Timestamp;
use rust_xlsxwriter::{
    Color, DataValidation, DataValidationErrorStyle, DocProperties, Format, FormatAlign,
    FormatBorder, Formula, ProtectionOptions, Workbook, XlsxError,
};

use super::identity::{PackIdentity, SentAssessment};
use crate::export::text::visible;
use crate::export::xlsx::{PAPER_A4, row_height, write_text};
use crate::i18n::{Language, Localised, Translator};
use crate::model::{Dataset, EvidenceItem, Review, text_or_empty};

/// What goes into a pack.
#[derive(Clone, Debug)]
pub struct PackOptions {
    /// Pillars, groups or sections to include, by id (empty: all).
    pub scope: Vec<String>,
    /// The language of the headings, lists and instructions.
    pub lang: Language,
    /// Who it is for ("Ministry of Health").
    pub recipient: String,
    /// The review's file name, recorded in the pack.
    pub review_file: String,
    /// When it is sent.
    pub sent: Timestamp,
}

/// Why a pack could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PackError {
    /// No commitment is in the pillars or sections asked for.
    #[error("no commitment in {0:?}")]
    NothingInScope(Vec<String>),
    /// A commitment's notes or evidence are longer than a spreadsheet cell holds.
    #[error("{0}: too long for a spreadsheet cell")]
    TooLong(String),
    /// The workbook could not be written.
    #[error("{0}")]
    Writer(String),
}

impl PackError {
    /// The message, to render in the interface language.
    #[must_use]
    pub fn message(&self) -> Localised {
        match self {
            Self::NothingInScope(scope) => msg!("pack-nothing-in-scope", scope = scope.join(", ")),
            Self::TooLong(c) => msg!("pack-too-long", commitment = c.clone()),
            Self::Writer(e) => msg!("pack-failed", reason = e.clone()),
        }
    }
}

impl From<XlsxError> for PackError {
    fn from(e: XlsxError) -> Self {
        Self::Writer(e.to_string())
    }
}

/// The longest text a spreadsheet cell holds.
const CELL_MAX: usize = 32_767;

/// The column widths of the commitments sheet, in characters: id, reference, commitment,
/// status, evidence level, evidence, notes.
const WIDTHS: [f64; 7] = [16.0, 22.0, 60.0, 22.0, 20.0, 50.0, 50.0];

/// The hidden sheet of the drop-down lists.
const LISTS: &str = "lists";

/// One evidence item as one line of the pack's evidence column: `A/68/126, para. 38: what it
/// shows (https://…)`.
#[must_use]
pub fn evidence_line(item: &EvidenceItem) -> String {
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut line = one_line(&item.symbol);
    if !item.paragraph.trim().is_empty() {
        if !line.is_empty() {
            line.push_str(", ");
        }
        line.push_str("para. ");
        line.push_str(&one_line(&item.paragraph));
    }
    let note = one_line(&item.note);
    if !note.is_empty() {
        if !line.is_empty() {
            line.push_str(": ");
        }
        line.push_str(&note);
    }
    let location = one_line(&item.location);
    if !location.is_empty() {
        if line.is_empty() {
            line = location;
        } else {
            line.push_str(" (");
            line.push_str(&location);
            line.push(')');
        }
    }
    line
}

/// Whether commitment `c` is in `scope` (its pillar or group, or its section; empty: all).
fn in_scope(scope: &[String], group: &str, section: Option<&str>) -> bool {
    scope.is_empty()
        || scope
            .iter()
            .any(|s| s == group || Some(s.as_str()) == section)
}

/// The pack's identity and the rows of its commitments sheet.
///
/// # Errors
/// When no commitment is in scope.
pub fn identity(
    dataset: &Dataset,
    review: &Review,
    options: &PackOptions,
) -> Result<PackIdentity, PackError> {
    let t = Translator::new(options.lang);
    let defaults = crate::model::Assessment {
        status: dataset.default_status().to_owned(),
        evidence_level: dataset.default_evidence().to_owned(),
        ..crate::model::Assessment::default()
    };
    let sent_values: Vec<(String, SentAssessment)> = dataset
        .commitments
        .iter()
        .filter(|c| in_scope(&options.scope, &c.group, c.section.as_deref()))
        .map(|c| {
            let a = review.assessments.get(&c.id).unwrap_or(&defaults);
            (c.id.clone(), SentAssessment::of(a))
        })
        .collect();
    if sent_values.is_empty() {
        return Err(PackError::NothingInScope(options.scope.clone()));
    }
    Ok(PackIdentity {
        delegation: review.delegation.clone(),
        review_file: options.review_file.clone(),
        dataset: review.dataset.clone(),
        sent: options.sent,
        lang: options.lang.code().to_owned(),
        recipient: options.recipient.clone(),
        sheet: t.tr(key!("pack-sheet-commitments")),
        columns: columns(&t),
        sent_values,
    })
}

/// The headings of the commitments sheet.
#[must_use]
pub fn columns(t: &Translator) -> Vec<String> {
    [
        key!("pack-col-id"),
        key!("pack-col-reference"),
        key!("pack-col-commitment"),
        key!("pack-col-status"),
        key!("pack-col-evidence-level"),
        key!("pack-col-evidence"),
        key!("pack-col-notes"),
    ]
    .iter()
    .map(|k| t.tr(k))
    .collect()
}

/// The pack's bytes.
///
/// # Errors
/// When nothing is in scope, a text is too long for a cell, or the workbook cannot be written.
#[expect(
    clippy::too_many_lines,
    reason = "one workbook, written sheet by sheet"
)]
pub fn write(
    dataset: &Dataset,
    review: &Review,
    options: &PackOptions,
) -> Result<Vec<u8>, PackError> {
    let identity = identity(dataset, review, options)?;
    let t = Translator::new(options.lang);
    let lang = options.lang.code();
    let mut wb = Workbook::new();
    wb.set_properties(
        &DocProperties::new()
            .set_title(t.tr_args(
                key!("pack-title"),
                &[("delegation", review.delegation.clone().into())],
            ))
            .set_author(review.delegation.clone()),
    );

    // Instructions.
    {
        let ws = wb.add_worksheet();
        ws.set_name(t.tr(key!("pack-sheet-instructions")))?;
        ws.set_column_width(0, 100.0)?;
        let title = Format::new().set_bold().set_font_size(14);
        let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        let date = options.sent.strftime("%Y-%m-%d").to_string();
        let lines = [
            (
                t.tr_args(
                    key!("pack-title"),
                    &[("delegation", review.delegation.clone().into())],
                ),
                &title,
            ),
            (
                t.tr_args(
                    key!("pack-for"),
                    &[("recipient", options.recipient.clone().into())],
                ),
                &wrap,
            ),
            (
                t.tr_args(
                    key!("pack-sent"),
                    &[
                        ("date", date.into()),
                        (
                            "dataset",
                            format!("{} {}", dataset.metadata.id, dataset.metadata.version).into(),
                        ),
                    ],
                ),
                &wrap,
            ),
            (String::new(), &wrap),
            (
                t.tr_args(
                    key!("pack-how-1"),
                    &[
                        ("sheet", identity.sheet.clone().into()),
                        ("count", identity.sent_values.len().into()),
                    ],
                ),
                &wrap,
            ),
            (t.tr(key!("pack-how-2")), &wrap),
            (t.tr(key!("pack-how-3")), &wrap),
            (t.tr(key!("pack-how-4")), &wrap),
            (t.tr(key!("pack-how-5")), &wrap),
        ];
        for (row, (text, format)) in (0u32..).zip(&lines) {
            write_text(ws, row, 0, &visible(text), format)?;
            ws.set_row_height(row, row_height([text.as_str()], &[100.0]).max(15.0))?;
        }
    }

    // The commitments.
    let statuses: Vec<String> = dataset
        .status_scale
        .iter()
        .map(|l| visible(text_or_empty(&l.label, lang)))
        .collect();
    let evidence_levels: Vec<String> = dataset
        .evidence_scale
        .iter()
        .map(|l| visible(text_or_empty(&l.label, lang)))
        .collect();
    {
        let ws = wb.add_worksheet();
        ws.set_name(&identity.sheet)?;
        let header = crate::export::xlsx::header_format();
        let locked = Format::new()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_background_color(Color::RGB(0x00F5_F5F5));
        let open = Format::new()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_unlocked()
            .set_border(FormatBorder::Thin)
            .set_border_color(Color::RGB(0x00BD_BDBD));
        for (c, (name, width)) in identity.columns.iter().zip(WIDTHS).enumerate() {
            let c = u16::try_from(c).unwrap_or(u16::MAX);
            write_text(ws, 0, c, name, &header)?;
            ws.set_column_width(c, width)?;
        }
        ws.set_row_height(
            0,
            row_height(identity.columns.iter().map(String::as_str), &WIDTHS),
        )?;
        for (row, (id, sent)) in (1u32..).zip(&identity.sent_values) {
            let Some(c) = dataset.commitment(id) else {
                continue;
            };
            let label = |labels: &[String], ids: Vec<&String>, of: &str| {
                ids.iter()
                    .position(|i| *i == of)
                    .and_then(|p| labels.get(p).cloned())
                    .unwrap_or_default()
            };
            let status = label(
                &statuses,
                dataset.status_scale.iter().map(|l| &l.id).collect(),
                &sent.status,
            );
            let level = label(
                &evidence_levels,
                dataset.evidence_scale.iter().map(|l| &l.id).collect(),
                &sent.evidence_level,
            );
            let commitment = format!(
                "{}\n{}",
                text_or_empty(&c.title, lang),
                text_or_empty(&c.text, lang)
            );
            let evidence: Vec<String> = sent.evidence.iter().map(evidence_line).collect();
            let cells = [
                visible(id),
                visible(&dataset.reference_in(&c.source, &t)),
                visible(commitment.trim()),
                status,
                level,
                visible(&evidence.join("\n")),
                visible(&sent.notes),
            ];
            if cells.iter().any(|c| c.chars().count() > CELL_MAX) {
                return Err(PackError::TooLong(id.clone()));
            }
            for (col, text) in (0u16..).zip(&cells) {
                write_text(ws, row, col, text, if col >= 3 { &open } else { &locked })?;
            }
            ws.set_row_height(row, row_height(cells.iter().map(String::as_str), &WIDTHS))?;
        }
        let last = u32::try_from(identity.sent_values.len()).unwrap_or(u32::MAX);
        for (col, list, count, key) in [
            (3u16, "A", statuses.len(), key!("pack-col-status")),
            (
                4,
                "B",
                evidence_levels.len(),
                key!("pack-col-evidence-level"),
            ),
        ] {
            let validation = DataValidation::new()
                .allow_list_formula(Formula::new(format!(
                    "={LISTS}!${list}$1:${list}${}",
                    count.max(1)
                )))
                .set_error_style(DataValidationErrorStyle::Stop)
                .set_error_title(t.tr(key))?
                .set_error_message(t.tr(key!("pack-choose-from-list")))?;
            ws.add_data_validation(1, col, last, col, &validation)?;
        }
        ws.set_freeze_panes(1, 3)?;
        ws.set_repeat_rows(0, 0)?;
        ws.set_paper_size(PAPER_A4)
            .set_landscape()
            .set_print_fit_to_pages(1, 0)
            .set_footer("&C&P / &N");
        ws.protect_with_options(&ProtectionOptions {
            format_columns: true,
            format_rows: true,
            use_autofilter: true,
            ..ProtectionOptions::default()
        });
        ws.set_active(true);
    }

    // The lists behind the drop-downs, and the identity.
    {
        let ws = wb.add_worksheet();
        ws.set_name(LISTS)?;
        let plain = Format::new();
        for (col, values) in [(0u16, &statuses), (1, &evidence_levels)] {
            for (row, v) in (0u32..).zip(values.iter()) {
                write_text(ws, row, col, v, &plain)?;
            }
        }
        ws.set_hidden(true);
    }
    {
        let ws = wb.add_worksheet();
        ws.set_name(super::identity::SHEET)?;
        let plain = Format::new();
        let rows = identity
            .rows()
            .map_err(|e| PackError::Writer(e.to_string()))?;
        for (row, [k, v]) in (0u32..).zip(&rows) {
            if k.chars().count() > CELL_MAX || v.chars().count() > CELL_MAX {
                return Err(PackError::TooLong(k.clone()));
            }
            ws.write_string_with_format(row, 0, k, &plain)?;
            ws.write_string_with_format(row, 1, v, &plain)?;
        }
        ws.set_hidden(true);
        ws.protect();
    }
    Ok(wb.save_to_buffer()?)
}
