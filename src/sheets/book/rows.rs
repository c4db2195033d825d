//! A sheet's rows as calamine gives them, one at a time: an XLSX sheet is streamed cell by cell
//! (memory for one row, whatever the sheet's size), other formats go through calamine's range.
//! Only rows with a value are handed on, each with its non-empty cells in column order; the
//! value of a merged region is handed on for each of its cells.

use calamine::{Data, Dimensions, Reader as _, Sheets};

use crate::i18n::Localised;
use crate::sheets::workbook::{Workbook, merged_regions, unreadable};

/// A non-empty cell of a row: its column (from 0) and value.
pub(super) type Cell = (u32, Data);

/// A row's non-empty cells, in column order.
pub(super) type Cells = Vec<Cell>;

/// Whether a cell counts as empty: no value, or only spaces.
fn blank(d: &Data) -> bool {
    match d {
        Data::Empty => true,
        Data::String(s) => s.trim().is_empty(),
        _ => false,
    }
}

/// The value of the cell at `col` in `cells`.
#[must_use]
pub(super) fn find(cells: &[Cell], col: u32) -> Option<&Data> {
    cells
        .binary_search_by_key(&col, |(c, _)| *c)
        .ok()
        .and_then(|i| cells.get(i))
        .map(|(_, d)| d)
}

/// The merged regions of a sheet, handed on as rows come: the value of a region's first cell
/// for each of its other cells.
struct Merges {
    /// The regions, by first row.
    regions: Vec<Dimensions>,
    /// The next region not yet started.
    next: usize,
    /// The regions the current row is in, with their value.
    active: Vec<(Dimensions, Option<Data>)>,
}

impl Merges {
    fn new(mut regions: Vec<Dimensions>) -> Self {
        regions.sort_by_key(|d| d.start);
        Self {
            regions,
            next: 0,
            active: Vec::new(),
        }
    }

    /// Fills the cells of row `row` that merged regions cover.
    fn fill(&mut self, row: u32, cells: &mut Cells) {
        if self.regions.is_empty() {
            return;
        }
        self.active.retain(|(d, _)| d.end.0 >= row);
        while let Some(d) = self.regions.get(self.next)
            && d.start.0 <= row
        {
            // A region whose first row had no value at all has none to hand on.
            let value = if d.start.0 == row {
                find(cells, d.start.1).cloned()
            } else {
                None
            };
            if d.end.0 >= row {
                self.active.push((*d, value));
            }
            self.next += 1;
        }
        let mut added = false;
        for (d, value) in &self.active {
            let Some(v) = value else {
                continue;
            };
            for c in d.start.1..=d.end.1 {
                if (row, c) != d.start && find(cells, c).is_none() {
                    cells.push((c, v.clone()));
                    added = true;
                }
            }
        }
        if added {
            cells.sort_by_key(|(c, _)| *c);
        }
    }
}

/// Calls `each` with every row of sheet `name` that has a value: the row (from 0) and its
/// non-empty cells in column order.
///
/// # Errors
/// When the sheet cannot be read (a corrupt file).
pub(super) fn for_each_row(
    book: &mut Workbook,
    name: &str,
    each: &mut dyn FnMut(u32, &[Cell]),
) -> Result<(), Localised> {
    let mut merges = Merges::new(merged_regions(book, name));
    let mut emit = |row: u32, cells: &mut Cells| {
        merges.fill(row, cells);
        if !cells.is_empty() {
            each(row, cells);
        }
    };
    if let Sheets::Xlsx(x) = book {
        let broken = |e| unreadable(&calamine::Error::Xlsx(e));
        let mut reader = x.worksheet_cells_reader(name).map_err(broken)?;
        let mut current: Option<u32> = None;
        let mut cells = Cells::new();
        while let Some(cell) = reader.next_cell().map_err(broken)? {
            let (r, c) = cell.get_position();
            if current != Some(r) {
                if let Some(previous) = current {
                    cells.sort_by_key(|(c, _)| *c);
                    emit(previous, &mut cells);
                    cells.clear();
                }
                current = Some(r);
            }
            let value = Data::from(cell.get_value().clone());
            if !blank(&value) {
                cells.push((c, value));
            }
        }
        if let Some(previous) = current {
            cells.sort_by_key(|(c, _)| *c);
            emit(previous, &mut cells);
        }
        return Ok(());
    }
    let range = book.worksheet_range(name).map_err(|e| unreadable(&e))?;
    let (r0, c0) = range.start().unwrap_or((0, 0));
    for (r, row) in (r0..).zip(range.rows()) {
        let mut cells: Cells = (c0..)
            .zip(row)
            .filter(|(_, v)| !blank(v))
            .map(|(c, v)| (c, v.clone()))
            .collect();
        emit(r, &mut cells);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_merged_region_hands_its_value_to_each_of_its_cells() {
        let mut m = Merges::new(vec![Dimensions::new((1, 0), (3, 0))]);
        let mut first: Cells = vec![(0, Data::String("demand".into())), (1, Data::Int(1))];
        m.fill(1, &mut first);
        assert_eq!(first.len(), 2);
        let mut second: Cells = vec![(1, Data::Int(2))];
        m.fill(2, &mut second);
        assert_eq!(
            second,
            vec![(0, Data::String("demand".into())), (1, Data::Int(2))]
        );
        let mut after: Cells = vec![(1, Data::Int(4))];
        m.fill(4, &mut after);
        assert_eq!(after, vec![(1, Data::Int(4))]);
    }

    #[test]
    fn blank_cells_are_spaces_or_nothing() {
        assert!(blank(&Data::Empty));
        assert!(blank(&Data::String("  ".into())));
        assert!(!blank(&Data::Float(0.0)));
    }
}
