//! A report as a Word document: a heading per pillar and a table under it whose header row
//! repeats on every page, with the briefing's styles and fonts.

use docx_rs::{Docx, Paragraph, Shading, Table, TableRow, WidthType};

use crate::export::docx::{cell, document, finish, header_row, heading, para, run};
use crate::i18n::Language;
use crate::report::Report;

/// The width of A4 text in twentieths of a point (21 cm less Word's default margins).
const TEXT_WIDTH: f32 = 9600.0;

/// The document's bytes.
pub fn write(r: &Report, lang: Language) -> Result<Vec<u8>, docx_rs::DocxError> {
    finish(add(document(), r, 1), &r.title, "", lang.is_chinese())
}

/// `doc` with `r` added: its title a heading of `level`, the subtitle, and a table per group
/// under a heading one level below.
pub(crate) fn add(doc: Docx, r: &Report, level: usize) -> Docx {
    add_shaded(doc, r, level, &[])
}

/// [`add`] with body cells shaded: `shades[row][column]` from 0 (none) to 1 (see
/// [`crate::report::heat_hex`]).
pub(crate) fn add_shaded(mut doc: Docx, r: &Report, level: usize, shades: &[Vec<f64>]) -> Docx {
    let weights = r.column_weights();
    let total: f32 = weights.iter().sum();
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a share of the page width in twips"
    )]
    let widths: Vec<usize> = weights
        .iter()
        .map(|w| (TEXT_WIDTH * w / total.max(1.0)) as usize)
        .collect();
    let sized = |cells: Vec<docx_rs::TableCell>| -> Vec<docx_rs::TableCell> {
        cells
            .into_iter()
            .zip(&widths)
            .map(|(c, w)| c.width(*w, WidthType::Dxa))
            .collect()
    };
    doc = doc.add_paragraph(heading(level, &r.title));
    if !r.subtitle.is_empty() {
        doc = doc.add_paragraph(para(&r.subtitle));
    }
    if r.groups.is_empty() {
        doc = doc.add_paragraph(Paragraph::new().add_run(run(&r.empty).italic()));
    }
    for (group, rows) in &r.groups {
        let mut table_rows = vec![header_row(sized(
            r.columns.iter().map(|h| cell(h, true)).collect(),
        ))];
        for (i, row) in rows.iter().enumerate() {
            table_rows.push(TableRow::new(sized(
                row.iter()
                    .enumerate()
                    .map(|(c, text)| match shades.get(i).and_then(|s| s.get(c)) {
                        Some(&share) if share > 0.0 => cell(text, false)
                            .shading(Shading::new().fill(crate::report::heat_hex(share))),
                        _ => cell(text, false),
                    })
                    .collect(),
            )));
        }
        if !group.is_empty() {
            doc = doc.add_paragraph(heading(level + 1, group));
        }
        doc = doc.add_table(
            Table::new(table_rows)
                .set_grid(widths.clone())
                .width(widths.iter().sum(), WidthType::Dxa),
        );
    }
    doc
}
