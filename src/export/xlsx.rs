//! The matrix as an Excel workbook: a summary sheet, then one sheet per pillar and group, each
//! with a frozen header row, an autofilter and status cells coloured as in the application.
//! Rows are as tall as their wrapped text; sheets print landscape on A4, one page wide, with the
//! header row on every page (and "Internal" in the header of an internal copy). Every cell is
//! written as text, never as a formula, and text that looks like one keeps a quote prefix, so
//! editing the cell cannot turn it into a live formula either.

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

use super::briefing::{Briefing, Profile, Row};
use super::text::{formula_like, visible};

/// The longest sheet name Excel accepts.
const SHEET_NAME_MAX: usize = 31;

/// The height of one line of Excel's default font (Calibri 11), in points.
const LINE_PT: f64 = 15.0;

/// Excel's tallest row, in points.
const MAX_ROW_PT: f64 = 409.0;

/// A4 in Excel's paper-size numbering.
pub(crate) const PAPER_A4: u8 = 9;

/// Column widths of the matrix sheets in characters, in the order of `matrix_columns` (talking
/// points last).
const WIDTHS: [f64; 8] = [24.0, 36.0, 60.0, 20.0, 16.0, 40.0, 40.0, 40.0];

/// The width of the overview sheet's status columns, in characters: a short word or two of a
/// status label per line.
const STATUS_WIDTH: f64 = 12.0;

/// Whether `c` is a wide character (Chinese, Japanese, Korean, full-width forms), about twice
/// as wide as a Latin letter.
fn wide(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{115f}'
        | '\u{2e80}'..='\u{a4cf}'
        | '\u{ac00}'..='\u{d7a3}'
        | '\u{f900}'..='\u{faff}'
        | '\u{fe30}'..='\u{fe4f}'
        | '\u{ff00}'..='\u{ff60}'
        | '\u{ffe0}'..='\u{ffe6}'
        | '\u{20000}'..='\u{3fffd}')
}

/// The width of `text` in Excel's column-width units (the width of a digit of the default
/// font): a Latin character counts 0.85 (Latin text averages about 0.75 of a digit), a wide
/// character 2.2 (a Chinese glyph of 11 pt is about 2.1 digits wide). Both err on the wide
/// side: a row a line too tall wastes a little paper, one a line too short hides text.
pub(crate) fn units(text: &str) -> f64 {
    text.chars().map(|c| if wide(c) { 2.2 } else { 0.85 }).sum()
}

/// How many lines `text` takes in a wrapped cell `width` characters wide: every line break
/// starts a line, words move to the next line whole, a wide character is a word of its own,
/// and a word wider than the cell is broken.
fn lines_in(text: &str, width: f64) -> usize {
    let capacity = width.max(1.0);
    let mut lines = 0usize;
    for paragraph in text.split('\n') {
        lines += 1;
        let mut used = 0.0;
        for token in tokens(paragraph) {
            let word = units(token.trim_end());
            let with_space = units(&token);
            if used > 0.0 && used + word > capacity {
                lines += 1;
                used = 0.0;
            }
            if word > capacity {
                #[expect(
                    clippy::cast_possible_truncation,
                    clippy::cast_sign_loss,
                    reason = "a word's line count is small and positive"
                )]
                let extra = (word / capacity).ceil() as usize - 1;
                lines += extra;
                #[expect(clippy::cast_precision_loss, reason = "line counts are small")]
                let rest = with_space - extra as f64 * capacity;
                used = rest;
            } else {
                used += with_space;
            }
        }
    }
    lines
}

/// Words with their trailing spaces, and each wide character on its own.
fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in text.chars() {
        if wide(c) {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            out.push(c.to_string());
        } else {
            word.push(c);
            if c == ' ' {
                out.push(std::mem::take(&mut word));
            }
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// The height in points of a row whose cells hold `cells` in columns `widths` characters wide:
/// enough lines for the tallest wrapped cell, within Excel's limit.
pub(crate) fn row_height<'a>(cells: impl IntoIterator<Item = &'a str>, widths: &[f64]) -> f64 {
    let lines = cells
        .into_iter()
        .zip(widths)
        .map(|(text, width)| lines_in(text, *width))
        .max()
        .unwrap_or(1)
        .max(1);
    #[expect(clippy::cast_precision_loss, reason = "line counts are small")]
    let height = lines as f64 * LINE_PT;
    height.min(MAX_ROW_PT)
}

/// `name` cut to at most `max` characters at a word boundary, with "…" when cut; a single word
/// longer than that is cut with "…". Chinese text breaks between any two characters.
fn shorten(name: &str, max: usize) -> String {
    if name.chars().count() <= max {
        return name.to_owned();
    }
    let room = max.saturating_sub(1); // for the ellipsis
    let mut out = String::new();
    let mut count = 0;
    for token in tokens(name) {
        let n = token.trim_end().chars().count();
        if count + n > room {
            break;
        }
        out.push_str(&token);
        count += token.chars().count();
    }
    let mut out = out
        .trim_end()
        .trim_end_matches(['-', ',', ';', '.'])
        .to_owned();
    if out.is_empty() {
        out = name.chars().take(room).collect();
    }
    out.push('…');
    out
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\'`, unique, and cut at
/// a word boundary (with "…") rather than mid-word or before a space.
pub(crate) fn sheet_name(title: &str, used: &mut Vec<String>) -> String {
    let clean: String = title
        .chars()
        .filter(|c| !"[]:*?/\\'".contains(*c) && !c.is_control())
        .collect();
    let mut clean = clean.split_whitespace().collect::<Vec<_>>().join(" ");
    if clean.is_empty() {
        "Sheet".clone_into(&mut clean);
    }
    let mut candidate = shorten(&clean, SHEET_NAME_MAX);
    let mut n = 2;
    while used.iter().any(|u| u.eq_ignore_ascii_case(&candidate)) {
        let suffix = format!(" {n}");
        candidate = shorten(&clean, SHEET_NAME_MAX - suffix.len()) + &suffix;
        n += 1;
    }
    used.push(candidate.clone());
    candidate
}

fn colour(hex: &str) -> Color {
    let (r, g, b) = crate::palette::parse_hex(hex);
    Color::RGB((u32::from(r) << 16) | (u32::from(g) << 8) | u32::from(b))
}

/// Writes `text` as a string cell; text that a spreadsheet would read as a formula when the
/// cell is edited gets a quote prefix as well.
pub(crate) fn write_text(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    text: &str,
    format: &Format,
) -> Result<(), XlsxError> {
    if formula_like(text) {
        ws.write_string_with_format(row, col, text, &format.clone().set_quote_prefix())?;
    } else {
        ws.write_string_with_format(row, col, text, format)?;
    }
    Ok(())
}

/// The format of a table's header row: bold, wrapped, on grey, a line under it.
pub(crate) fn header_format() -> Format {
    Format::new()
        .set_bold()
        .set_text_wrap()
        .set_align(FormatAlign::Top)
        .set_background_color(Color::RGB(0x00EC_EFF1))
        .set_border_bottom(FormatBorder::Thin)
}

/// Print set-up: A4 landscape, one page wide, page numbers in the footer, and for an internal
/// copy the mark in the header of every page (`&` doubled, as Excel's codes need).
fn print_setup(ws: &mut Worksheet, b: &Briefing) {
    ws.set_paper_size(PAPER_A4)
        .set_landscape()
        .set_print_fit_to_pages(1, 0)
        .set_footer("&C&P / &N");
    if b.profile == Profile::Internal {
        let mark = super::briefing::labels(b.lang).tr(key!("brief-internal-mark"));
        ws.set_header(format!(
            "&R&\"-,Bold\"{}",
            visible(&mark).replace('&', "&&")
        ));
    }
}

fn rows_sheet(ws: &mut Worksheet, b: &Briefing, rows: &[Row]) -> Result<(), XlsxError> {
    let t = super::briefing::labels(b.lang);
    let internal = b.profile == Profile::Internal;
    let header = header_format();
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    let columns = super::matrix_columns(&t, internal);
    for (c, (name, width)) in columns.iter().zip(WIDTHS).enumerate() {
        let c = u16::try_from(c).unwrap_or(u16::MAX);
        write_text(ws, 0, c, name, &header)?;
        ws.set_column_width(c, width)?;
    }
    ws.set_row_height(0, row_height(columns.iter().map(String::as_str), &WIDTHS))?;
    for (i, r) in rows.iter().enumerate() {
        let row = u32::try_from(i + 1).unwrap_or(u32::MAX);
        let status_fill = colour(&r.status_colour);
        let (fr, fg, fb) = crate::palette::text_on(crate::palette::parse_hex(&r.status_colour));
        let status = Format::new()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_background_color(status_fill)
            .set_font_color(Color::RGB(
                (u32::from(fr) << 16) | (u32::from(fg) << 8) | u32::from(fb),
            ));
        let cells: Vec<String> = super::matrix_cells(r, internal, "\n")
            .iter()
            .map(|text| visible(text))
            .collect();
        for (c, text) in cells.iter().enumerate() {
            let col = u16::try_from(c).unwrap_or(u16::MAX);
            // A string cell: "=HYPERLINK(…)" stays the characters it is.
            write_text(ws, row, col, text, if c == 3 { &status } else { &wrap })?;
        }
        ws.set_row_height(row, row_height(cells.iter().map(String::as_str), &WIDTHS))?;
    }
    let last_col = u16::try_from(columns.len() - 1).unwrap_or(0);
    ws.set_freeze_panes(1, 0)?;
    ws.set_repeat_rows(0, 0)?;
    print_setup(ws, b);
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
    let t = super::briefing::labels(b.lang);
    let mut wb = Workbook::new();
    let mut used = Vec::new();
    {
        let ws = wb.add_worksheet();
        ws.set_name(sheet_name(&t.tr(key!("brief-overview")), &mut used))?;
        let bold = Format::new().set_bold();
        let plain = Format::new();
        write_text(ws, 0, 0, &visible(&b.title), &bold)?;
        let mut row = 2u32;
        for (label, value) in &b.facts {
            write_text(ws, row, 0, &visible(label), &bold)?;
            write_text(ws, row, 1, &visible(value), &plain)?;
            row += 1;
        }
        row += 1;
        let header = Format::new()
            .set_bold()
            .set_text_wrap()
            .set_align(FormatAlign::Top)
            .set_background_color(Color::RGB(0x00EC_EFF1));
        // The first column as wide as the longest pillar name (within reason), the status
        // columns wide enough for a word; longer headings and names wrap, and rows grow to fit.
        let group_label = t.tr(key!("brief-group"));
        let first_width = b
            .sections
            .iter()
            .map(|s| units(&visible(&s.title)))
            .fold(units(&group_label), f64::max)
            .clamp(24.0, 60.0)
            + 1.0;
        let mut widths = vec![first_width];
        let mut header_cells = vec![group_label.clone()];
        write_text(ws, row, 0, &group_label, &header)?;
        if let Some(first) = b.sections.first() {
            for (c, (label, hex, _)) in first.counts.iter().enumerate() {
                let col = u16::try_from(c + 1).unwrap_or(u16::MAX);
                let (fr, fg, fb) = crate::palette::text_on(crate::palette::parse_hex(hex));
                let f = Format::new()
                    .set_bold()
                    .set_text_wrap()
                    .set_align(FormatAlign::Top)
                    .set_background_color(colour(hex))
                    .set_font_color(Color::RGB(
                        (u32::from(fr) << 16) | (u32::from(fg) << 8) | u32::from(fb),
                    ));
                write_text(ws, row, col, &visible(label), &f)?;
                ws.set_column_width(col, STATUS_WIDTH)?;
                widths.push(STATUS_WIDTH);
                header_cells.push(visible(label));
            }
        }
        ws.set_column_width(0, first_width)?;
        ws.set_row_height(
            row,
            row_height(header_cells.iter().map(String::as_str), &widths),
        )?;
        let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
        for s in &b.sections {
            row += 1;
            let title = visible(&s.title);
            write_text(ws, row, 0, &title, &wrap)?;
            ws.set_row_height(row, row_height([title.as_str()], &widths))?;
            for (c, (_, _, n)) in s.counts.iter().enumerate() {
                #[expect(clippy::cast_precision_loss, reason = "counts are small")]
                ws.write_number(row, u16::try_from(c + 1).unwrap_or(u16::MAX), *n as f64)?;
            }
        }
        ws.set_freeze_panes(1, 0)?;
        print_setup(ws, b);
    }
    for s in &b.sections {
        let ws = wb.add_worksheet();
        ws.set_name(sheet_name(&s.title, &mut used))?;
        rows_sheet(ws, b, &s.rows)?;
    }
    wb.save_to_buffer()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_cut_between_words_and_stay_unique() {
        let mut used = Vec::new();
        let long = "Preparations for the 2016 special session of the General Assembly";
        let first = sheet_name(long, &mut used);
        assert_eq!(first, "Preparations for the 2016…");
        let second = sheet_name(long, &mut used);
        assert_eq!(second, "Preparations for the 2016… 2");
        assert!(second.chars().count() <= SHEET_NAME_MAX);
        // A title just over the limit, with a space where a plain cut would end.
        let cut = sheet_name("Countering money-laundering and promoting", &mut used);
        assert_eq!(cut, "Countering money-laundering…");
        for name in &used {
            assert!(
                !name.ends_with(' ') && name.chars().count() <= SHEET_NAME_MAX,
                "{name:?}"
            );
        }
        // One word longer than a sheet name, and Chinese, which breaks between characters.
        let one_word = sheet_name(&"x".repeat(40), &mut used);
        assert_eq!(one_word.chars().count(), SHEET_NAME_MAX);
        let zh = "毒品和犯罪问题办公室的治理和财务状况以及二〇一六年世界毒品问题特别会议的筹备工作";
        let chinese = sheet_name(zh, &mut used);
        assert_eq!(chinese.chars().count(), SHEET_NAME_MAX);
        assert!(chinese.ends_with('…'));
        assert_eq!(sheet_name("a [b]: c?", &mut used), "a b c");
    }

    #[test]
    fn rows_grow_with_wrapped_text_and_chinese_counts_double() {
        assert_eq!(lines_in("short", 20.0), 1);
        assert_eq!(lines_in("one\ntwo\nthree", 20.0), 3);
        // 30 words of 5 letters and a space: 180 characters in a 60-character column.
        let latin = "words ".repeat(30);
        assert_eq!(lines_in(latin.trim_end(), 60.0), 3);
        // 60 Chinese characters are about 132 digits wide: three lines of a 60-wide column.
        let zh = "字".repeat(60);
        assert_eq!(lines_in(&zh, 60.0), 3);
        assert!((row_height(["a", zh.as_str()], &[10.0, 60.0]) - 3.0 * LINE_PT).abs() < 1e-9);
        assert!((row_height(["x"], &[10.0]) - LINE_PT).abs() < 1e-9);
        assert!((row_height(["long ".repeat(5000).as_str()], &[10.0]) - MAX_ROW_PT).abs() < 1e-9);
    }
}
