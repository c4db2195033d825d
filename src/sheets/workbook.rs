//! Opening a workbook the way a reviewer expects: a password-protected file said as such, a
//! sheet far too long refused before it is read, merged cells read as the eye reads them (the
//! value in every cell of the region), and rows hidden in an XLSX sheet found, so that they
//! can be said.

use std::fs::File;
use std::io::{BufReader, Read as _};
use std::path::Path;

use calamine::{Reader as _, Sheets};

use super::cells::{CellText, text};
use crate::i18n::Localised;

/// A workbook as calamine opens it.
pub type Workbook = Sheets<BufReader<File>>;

/// Opens the workbook at `path`; a password-protected or encrypted file gets its own message.
///
/// # Errors
/// When the file is missing, not a spreadsheet, or protected by a password.
pub fn open(path: &Path) -> Result<Workbook, Localised> {
    calamine::open_workbook_auto(path).map_err(|e| unreadable(&e))
}

/// The message for a calamine error.
#[must_use]
pub fn unreadable(e: &calamine::Error) -> Localised {
    let password = matches!(
        e,
        calamine::Error::Xlsx(calamine::XlsxError::Password)
            | calamine::Error::Xls(calamine::XlsError::Password)
            | calamine::Error::Ods(calamine::OdsError::Password)
    );
    if password {
        msg!("sheet-password")
    } else {
        msg!("reply-unreadable", reason = e.to_string())
    }
}

/// The cells of the sheet `name` as text, with the value of a merged region in each of its
/// cells; refused before reading when the sheet says it has more than `max_rows` rows.
///
/// # Errors
/// When the sheet cannot be read or is too long.
pub fn sheet_cells(
    book: &mut Workbook,
    name: &str,
    max_rows: usize,
) -> Result<Vec<Vec<CellText>>, Localised> {
    if let Sheets::Xlsx(x) = book
        && let Ok(reader) = x.worksheet_cells_reader(name)
    {
        let d = reader.dimensions();
        let rows = usize::try_from(d.end.0.saturating_sub(d.start.0)).unwrap_or(usize::MAX);
        if rows >= max_rows {
            return Err(msg!(
                "matrix-too-many-rows",
                sheet = name.to_owned(),
                rows = rows.saturating_add(1),
                max = max_rows
            ));
        }
    }
    let range = book.worksheet_range(name).map_err(|e| unreadable(&e))?;
    let (h, w) = range.get_size();
    if h > max_rows {
        return Err(msg!(
            "matrix-too-many-rows",
            sheet = name.to_owned(),
            rows = h,
            max = max_rows
        ));
    }
    let (r0, c0) = range.start().unwrap_or((0, 0));
    let to_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    // Rows and columns from A1, so that cell names match the spreadsheet's.
    let (r0u, c0u) = (r0 as usize, c0 as usize);
    let mut rows: Vec<Vec<CellText>> = vec![Vec::new(); r0u];
    rows.reserve(h);
    for r in 0..to_u32(h) {
        let mut row = vec![CellText::Text(String::new()); c0u];
        row.extend((0..to_u32(w)).map(|c| text(range.get_value((r0 + r, c0 + c)))));
        rows.push(row);
    }
    for region in merged_regions(book, name) {
        let (top, left) = (region.start.0 as usize, region.start.1 as usize);
        let Some(value) = rows.get(top).and_then(|r| r.get(left)).cloned() else {
            continue;
        };
        for r in top..=(region.end.0 as usize).min(rows.len().saturating_sub(1)) {
            for c in left..=(region.end.1 as usize) {
                if r == top && c == left {
                    continue;
                }
                if let Some(row) = rows.get_mut(r) {
                    if row.len() <= c {
                        row.resize(c + 1, CellText::Text(String::new()));
                    }
                    row[c] = value.clone();
                }
            }
        }
    }
    Ok(rows)
}

/// The merged regions of sheet `name` (XLSX and XLS say them; calamine reads none of the
/// others').
#[must_use]
pub fn merged_regions(book: &mut Workbook, name: &str) -> Vec<calamine::Dimensions> {
    match book {
        Sheets::Xlsx(x) => x.merge_cells_by_sheet_name(name).unwrap_or_default(),
        Sheets::Xls(x) => x.merge_cells_by_sheet_name(name).unwrap_or_default(),
        Sheets::Xlsb(_) | Sheets::Ods(_) => Vec::new(),
    }
}

/// The rows (from 0) hidden in each sheet (in the workbook's order) of the XLSX file at
/// `path`: read from the sheets' XML in one pass over the archive, since calamine does not
/// report them. Empty for other formats or when the file cannot be read so (calamine says why,
/// if so); a sheet whose part cannot be found has none.
#[must_use]
pub fn hidden_rows(path: &Path) -> Vec<Vec<usize>> {
    hidden_rows_in(path).unwrap_or_default()
}

fn hidden_rows_in(path: &Path) -> Option<Vec<Vec<usize>>> {
    let mut zip = zip::ZipArchive::new(BufReader::new(File::open(path).ok()?)).ok()?;
    let mut read = |name: &str| -> Option<String> {
        let mut s = String::new();
        zip.by_name(name).ok()?.read_to_string(&mut s).ok()?;
        Some(s)
    };
    let workbook = read("xl/workbook.xml")?;
    let rels = read("xl/_rels/workbook.xml.rels")?;
    // Each <sheet …> names its relationship; the relationship names the part.
    let part = |sheet: &str| -> Option<String> {
        let rid = attribute(sheet, "r:id")?;
        let target = tags(&rels, "Relationship")
            .find(|r| attribute(r, "Id") == Some(rid))
            .and_then(|r| attribute(r, "Target"))?;
        Some(
            target
                .strip_prefix('/')
                .map_or_else(|| format!("xl/{target}"), str::to_owned),
        )
    };
    let parts: Vec<Option<String>> = tags(&workbook, "sheet").map(part).collect();
    Some(
        parts
            .into_iter()
            .map(|p| {
                p.and_then(|p| read(&p)).map_or_else(Vec::new, |xml| {
                    tags(&xml, "row")
                        .filter(|r| matches!(attribute(r, "hidden"), Some("1" | "true")))
                        .filter_map(|r| attribute(r, "r")?.parse::<usize>().ok())
                        .filter_map(|n| n.checked_sub(1))
                        .collect()
                })
            })
            .collect(),
    )
}

/// Every start tag `<name …>` of `xml` (with or without a namespace prefix), its attributes'
/// text.
fn tags<'a>(xml: &'a str, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
    xml.split('<').skip(1).filter_map(move |t| {
        let t = t.split('>').next()?;
        if t.starts_with('/') {
            return None;
        }
        let (tag_name, rest) = t.split_once(char::is_whitespace).unwrap_or((t, ""));
        let local = tag_name.rsplit(':').next()?;
        (local == name).then_some(rest)
    })
}

/// The value of attribute `name` in a tag's attribute text.
fn attribute<'a>(attrs: &'a str, name: &str) -> Option<&'a str> {
    let mut rest = attrs;
    while let Some(i) = rest.find(name) {
        let before = rest[..i].chars().last();
        let after = &rest[i + name.len()..];
        if before.is_none_or(char::is_whitespace)
            && let Some(value) = after.trim_start().strip_prefix('=')
        {
            let value = value.trim_start();
            let quote = value.chars().next()?;
            let value = &value[1..];
            return value.split(quote).next();
        }
        rest = after;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_attributes_are_found_with_or_without_a_prefix() {
        let xml = r#"<x:row r="3" hidden="1" spans="1:4"><c r="A3"/></x:row><row r="4">"#;
        let rows: Vec<&str> = tags(xml, "row").collect();
        assert_eq!(rows.len(), 2);
        assert_eq!(attribute(rows[0], "hidden"), Some("1"));
        assert_eq!(attribute(rows[0], "r"), Some("3"));
        assert_eq!(attribute(rows[1], "hidden"), None);
        assert_eq!(
            attribute(r#"Id="rId2" Target='worksheets/sheet2.xml'"#, "Target"),
            Some("worksheets/sheet2.xml")
        );
        assert_eq!(attribute(r#"xr:Id="a" Id="b""#, "Id"), Some("b"));
    }

    #[test]
    fn hidden_rows_of_a_real_workbook_are_found_and_merged_cells_filled() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("m.xlsx");
        let mut wb = rust_xlsxwriter::Workbook::new();
        let ws = wb.add_worksheet().set_name("Matrix").unwrap();
        for r in 0..6u32 {
            ws.write_string(r, 0, format!("row {r}")).unwrap();
        }
        ws.set_row_hidden(2).unwrap();
        ws.set_row_hidden(4).unwrap();
        ws.merge_range(1, 1, 3, 1, "Merged", &rust_xlsxwriter::Format::new())
            .unwrap();
        let second = wb.add_worksheet().set_name("Supply").unwrap();
        second.write_string(0, 0, "row 0").unwrap();
        second.write_string(7, 0, "row 7").unwrap();
        second.set_row_hidden(7).unwrap();
        wb.save(&path).unwrap();
        assert_eq!(
            hidden_rows(&path),
            vec![vec![2, 4], vec![7]],
            "sheet by sheet"
        );
        let mut book = open(&path).unwrap();
        let cells = sheet_cells(&mut book, "Matrix", 100).unwrap();
        for (r, row) in cells.iter().enumerate().take(4).skip(1) {
            assert_eq!(row[1], CellText::Text("Merged".into()), "row {r}");
        }
        assert_eq!(cells[4].get(1), Some(&CellText::Text(String::new())));
        let too_long = sheet_cells(&mut book, "Matrix", 5).unwrap_err();
        assert_eq!(too_long.key(), "matrix-too-many-rows");
    }
}
