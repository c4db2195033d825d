//! The aggregate's tidy long table (issue 16) as CSV or XLSX: one row per delegation ×
//! commitment × field, under stable English column names, for spreadsheets, pandas or `DuckDB`.
//! CSV is UTF-8 with a byte-order mark (Excel reads Chinese correctly) and neutralises text that
//! looks like a formula with a leading quote; XLSX writes every cell as text, never a formula.

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use super::text::{cell, visible};
use crate::aggregate::LONG_TABLE_HEADER;

/// The CSV bytes of `rows`.
pub fn csv(rows: &[[String; 5]]) -> Result<Vec<u8>, csv::Error> {
    let mut out = Vec::from("\u{feff}".as_bytes());
    {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        w.write_record(LONG_TABLE_HEADER)?;
        for row in rows {
            w.write_record(row.iter().map(|c| cell(c)))?;
        }
        w.flush()?;
    }
    Ok(out)
}

/// The XLSX bytes of `rows`: one sheet, a frozen header row and an autofilter.
pub fn xlsx(rows: &[[String; 5]]) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name("long")?;
    let bold = Format::new().set_bold();
    for (col, heading) in (0u16..).zip(LONG_TABLE_HEADER) {
        ws.write_string_with_format(0, col, heading, &bold)?;
    }
    for (r, row) in (1u32..).zip(rows) {
        for (col, value) in (0u16..).zip(row) {
            ws.write_string(r, col, visible(value))?;
        }
    }
    for (col, width) in (0u16..).zip([28.0, 28.0, 18.0, 16.0, 60.0]) {
        ws.set_column_width(col, width)?;
    }
    ws.set_freeze_panes(1, 0)?;
    let last = u32::try_from(rows.len()).unwrap_or(u32::MAX);
    ws.autofilter(0, 0, last, 4)?;
    wb.save_to_buffer()
}
