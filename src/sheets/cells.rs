//! Naming spreadsheet cells as people do (`Commitments!C14`) and reading calamine's cell values
//! as text.

use calamine::Data;

/// The letters of a column, from 0: `A`, …, `Z`, `AA`, ….
#[must_use]
pub fn column_name(mut col: u32) -> String {
    let mut name = Vec::new();
    loop {
        let letter = u8::try_from(col % 26).unwrap_or(0);
        name.push(char::from(b'A' + letter));
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    name.iter().rev().collect()
}

/// `Sheet!C14` for the cell at `row` and `col` (both from 0).
#[must_use]
pub fn cell_name(sheet: &str, row: u32, col: u32) -> String {
    format!("{sheet}!{}{}", column_name(col), u64::from(row) + 1)
}

/// What a cell holds, as the reviewer would read it.
#[derive(Clone, Debug, PartialEq)]
pub enum CellText {
    /// Text (numbers and booleans as written; empty for an empty cell).
    Text(String),
    /// A date or time: a spreadsheet stores it as a number of days, which is not the text a
    /// ministry typed.
    Date(String),
    /// An error value (`#REF!`, `#N/A`…).
    Error(String),
}

/// The text of a cell: strings trimmed of the spreadsheet's line-ending noise, whole numbers
/// without `.0`.
#[must_use]
pub fn text(cell: Option<&Data>) -> CellText {
    match cell {
        None | Some(Data::Empty) => CellText::Text(String::new()),
        Some(Data::String(s)) => CellText::Text(s.replace("\r\n", "\n").replace('\r', "\n")),
        Some(Data::Int(i)) => CellText::Text(i.to_string()),
        Some(Data::Float(f)) => CellText::Text(if f.fract() == 0.0 && f.abs() < 1e15 {
            format!("{f:.0}")
        } else {
            f.to_string()
        }),
        Some(Data::Bool(b)) => CellText::Text(b.to_string()),
        Some(Data::DateTime(d)) if d.is_datetime() => {
            // Stored as a serial number of days; read as the date and time it stands for.
            let (y, mo, da, h, mi, se, _) = d.to_ymd_hms_milli();
            CellText::Date(if (h, mi, se) == (0, 0, 0) {
                format!("{y:04}-{mo:02}-{da:02}")
            } else {
                format!("{y:04}-{mo:02}-{da:02}T{h:02}:{mi:02}:{se:02}")
            })
        }
        Some(Data::DateTime(d)) => CellText::Date(d.to_string()),
        Some(Data::DateTimeIso(s) | Data::DurationIso(s)) => CellText::Date(s.clone()),
        Some(Data::Error(e)) => CellText::Error(e.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_and_cells_are_named_as_a_spreadsheet_names_them() {
        assert_eq!(column_name(0), "A");
        assert_eq!(column_name(25), "Z");
        assert_eq!(column_name(26), "AA");
        assert_eq!(column_name(701), "ZZ");
        assert_eq!(column_name(702), "AAA");
        assert_eq!(cell_name("Matrix", 13, 2), "Matrix!C14");
        assert_eq!(text(Some(&Data::Float(3.0))), CellText::Text("3".into()));
        assert_eq!(text(Some(&Data::Float(2.5))), CellText::Text("2.5".into()));
        assert_eq!(
            text(Some(&Data::String("a\r\nb".into()))),
            CellText::Text("a\nb".into())
        );
        let date = |serial: f64| {
            Data::DateTime(calamine::ExcelDateTime::new(
                serial,
                calamine::ExcelDateTimeType::DateTime,
                false,
            ))
        };
        assert_eq!(
            text(Some(&date(41_673.0))),
            CellText::Date("2014-02-03".into()),
            "a date cell is its date, not its serial number"
        );
        assert_eq!(
            text(Some(&date(41_673.5))),
            CellText::Date("2014-02-03T12:00:00".into())
        );
    }
}
