//! A report as an Excel workbook: one sheet, the title above a table whose first column is the
//! pillar, with a frozen header row and an autofilter, so a reader filters by pillar, field or
//! author in Excel. Every cell is text, never a formula (see [`crate::export::xlsx`]).

use rust_xlsxwriter::{DocProperties, Format, FormatAlign, Workbook, XlsxError};

use crate::export::text::visible;
use crate::export::xlsx::{PAPER_A4, row_height, sheet_name, write_text};
use crate::i18n::{Language, Translator};
use crate::report::Report;

/// The width of the narrow columns (field, author, date) in characters; the pillar, the
/// reference and the two values get more (see [`Report::column_weights`]).
const NARROW: f64 = 16.0;

/// The row of the table's header (after the title, the subtitle and a blank row).
const HEADER_ROW: u32 = 3;

/// The workbook's bytes.
pub fn write(r: &Report, lang: Language) -> Result<Vec<u8>, XlsxError> {
    let t = Translator::new(lang);
    let mut wb = Workbook::new();
    wb.set_properties(&DocProperties::new().set_title(visible(&r.title)));
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(&r.title, &mut Vec::new()))?;
    let title = Format::new().set_bold().set_font_size(14);
    let plain = Format::new();
    let header = crate::export::xlsx::header_format();
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    write_text(ws, 0, 0, &visible(&r.title), &title)?;
    write_text(ws, 1, 0, &visible(&r.subtitle), &plain)?;

    let mut columns = vec![t.tr(key!("brief-group"))];
    columns.extend(r.columns.iter().map(|c| visible(c)));
    let mut widths = vec![NARROW * 1.75];
    widths.extend(r.column_weights().iter().map(|w| NARROW * f64::from(*w)));
    for (c, (name, width)) in columns.iter().zip(&widths).enumerate() {
        let c = u16::try_from(c).unwrap_or(u16::MAX);
        write_text(ws, HEADER_ROW, c, name, &header)?;
        ws.set_column_width(c, *width)?;
    }
    ws.set_row_height(
        HEADER_ROW,
        row_height(columns.iter().map(String::as_str), &widths),
    )?;
    let mut row = HEADER_ROW;
    for (group, rows) in &r.groups {
        for cells in rows {
            row += 1;
            let mut line = vec![visible(group)];
            line.extend(cells.iter().map(|c| visible(c)));
            for (c, text) in line.iter().enumerate() {
                write_text(ws, row, u16::try_from(c).unwrap_or(u16::MAX), text, &wrap)?;
            }
            ws.set_row_height(row, row_height(line.iter().map(String::as_str), &widths))?;
        }
    }
    if r.groups.is_empty() {
        write_text(ws, HEADER_ROW + 1, 0, &visible(&r.empty), &plain)?;
    }
    let last_col = u16::try_from(columns.len() - 1).unwrap_or(0);
    ws.autofilter(HEADER_ROW, 0, row, last_col)?;
    ws.set_freeze_panes(HEADER_ROW + 1, 0)?;
    ws.set_repeat_rows(HEADER_ROW, HEADER_ROW)?;
    ws.set_paper_size(PAPER_A4)
        .set_landscape()
        .set_print_fit_to_pages(1, 0)
        .set_footer("&C&P / &N");
    wb.save_to_buffer()
}
