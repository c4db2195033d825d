//! The matrix as CSV: UTF-8 with a byte-order mark (so Excel reads Chinese correctly), one row
//! per commitment, every cell formula-neutralised.

use super::briefing::Briefing;
use super::text::cell;

/// The CSV bytes.
pub fn write(b: &Briefing) -> Result<Vec<u8>, csv::Error> {
    let t = super::briefing::labels(b.lang);
    let mut out = Vec::from("\u{feff}".as_bytes());
    {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        let internal = b.profile == super::briefing::Profile::Internal;
        let mut header = vec![t.tr(key!("brief-group"))];
        header.extend(super::matrix_columns(&t, internal));
        w.write_record(&header)?;
        for r in &b.matrix {
            let mut record = vec![cell(&r.group)];
            record.extend(
                super::matrix_cells(r, internal, "; ")
                    .iter()
                    .map(|c| cell(c)),
            );
            w.write_record(&record)?;
        }
        w.flush()?;
    }
    Ok(out)
}
