//! The matrix as an Excel workbook: a summary sheet, then one sheet per pillar and group, each
//! with a frozen header row, an autofilter and status cells coloured as in the application.
//! Every cell is written as text, never as a formula.

use rust_xlsxwriter::{Color, Format, FormatBorder, Workbook, Worksheet, XlsxError};

use super::briefing::{Briefing, Profile, Row};
use super::text::visible;

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`, unique.
fn sheet_name(title: &str, used: &mut Vec<String>) -> String {
    let clean: String = title
        .chars()
        .filter(|c| !"[]:*?/\\'".contains(*c))
        .collect();
    let mut name: String = clean.trim().chars().take(28).collect();
    if name.is_empty() {
        "Sheet".clone_into(&mut name);
    }
    let mut candidate = name.clone();
    let mut n = 2;
    while used.iter().any(|u| u.eq_ignore_ascii_case(&candidate)) {
        candidate = format!("{name} {n}");
        n += 1;
    }
    used.push(candidate.clone());
    candidate
}

fn colour(hex: &str) -> Color {
    let (r, g, b) = crate::palette::parse_hex(hex);
    Color::RGB((u32::from(r) << 16) | (u32::from(g) << 8) | u32::from(b))
}

fn rows_sheet(ws: &mut Worksheet, b: &Briefing, rows: &[Row]) -> Result<(), XlsxError> {
    let t = super::briefing::labels(&b.lang);
    let internal = b.profile == Profile::Internal;
    let header = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0x00EC_EFF1))
        .set_border_bottom(FormatBorder::Thin);
    let wrap = Format::new().set_text_wrap();
    // Widths in characters, in the order of `matrix_columns` (talking points last).
    let widths = [24.0, 36.0, 60.0, 20.0, 16.0, 40.0, 40.0, 40.0];
    let columns = super::matrix_columns(&t, internal);
    for (c, (name, width)) in columns.iter().zip(widths).enumerate() {
        let c = u16::try_from(c).unwrap_or(u16::MAX);
        ws.write_string_with_format(0, c, name, &header)?;
        ws.set_column_width(c, width)?;
    }
    for (i, r) in rows.iter().enumerate() {
        let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let status_fill = colour(&r.status_colour);
        let (fr, fg, fb) = crate::palette::text_on(crate::palette::parse_hex(&r.status_colour));
        let status = Format::new()
            .set_background_color(status_fill)
            .set_font_color(Color::RGB(
                (u32::from(fr) << 16) | (u32::from(fg) << 8) | u32::from(fb),
            ));
        for (c, text) in super::matrix_cells(r, internal, "\n").iter().enumerate() {
            let col = u16::try_from(c).unwrap_or(u16::MAX);
            // write_string stores text: "=HYPERLINK(…)" stays the characters it is.
            ws.write_string_with_format(
                row,
                col,
                visible(text),
                if c == 3 { &status } else { &wrap },
            )?;
        }
    }
    let last_col = u16::try_from(columns.len() - 1).unwrap_or(0);
    ws.set_freeze_panes(1, 0)?;
    ws.autofilter(
        0,
        0,
        u32::try_from(rows.len()).unwrap_or(u32::MAX),
        last_col,
    )?;
    Ok(())
}

/// The workbook's bytes.
pub fn write(b: &Briefing) -> Result<Vec<u8>, XlsxError> {
    let t = super::briefing::labels(&b.lang);
    let mut wb = Workbook::new();
    let mut used = Vec::new();
    {
        let ws = wb.add_worksheet();
        ws.set_name(sheet_name(&t.tr("brief-overview"), &mut used))?;
        let bold = Format::new().set_bold();
        ws.write_string_with_format(0, 0, visible(&b.title), &bold)?;
        let mut row = 2u32;
        for (label, value) in &b.facts {
            ws.write_string_with_format(row, 0, visible(label), &bold)?;
            ws.write_string(row, 1, visible(value))?;
            row += 1;
        }
        row += 1;
        let header = Format::new()
            .set_bold()
            .set_background_color(Color::RGB(0x00EC_EFF1));
        ws.write_string_with_format(row, 0, t.tr("brief-group"), &header)?;
        if let Some(first) = b.sections.first() {
            for (c, (label, hex, _)) in first.counts.iter().enumerate() {
                let col = u16::try_from(c + 1).unwrap_or(u16::MAX);
                let (fr, fg, fb) = crate::palette::text_on(crate::palette::parse_hex(hex));
                let f = Format::new()
                    .set_bold()
                    .set_background_color(colour(hex))
                    .set_font_color(Color::RGB(
                        (u32::from(fr) << 16) | (u32::from(fg) << 8) | u32::from(fb),
                    ));
                ws.write_string_with_format(row, col, visible(label), &f)?;
                ws.set_column_width(col, 14.0)?;
            }
        }
        ws.set_column_width(0, 48.0)?;
        for s in &b.sections {
            row += 1;
            ws.write_string(row, 0, visible(&s.title))?;
            for (c, (_, _, n)) in s.counts.iter().enumerate() {
                #[expect(clippy::cast_precision_loss, reason = "counts are small")]
                ws.write_number(row, u16::try_from(c + 1).unwrap_or(u16::MAX), *n as f64)?;
            }
        }
        ws.set_freeze_panes(1, 0)?;
    }
    for s in &b.sections {
        let ws = wb.add_worksheet();
        ws.set_name(sheet_name(&s.title, &mut used))?;
        rows_sheet(ws, b, &s.rows)?;
    }
    wb.save_to_buffer()
}
