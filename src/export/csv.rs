//! The matrix as CSV: UTF-8 with a byte-order mark (so Excel reads Chinese correctly), one row
//! per commitment, every cell formula-neutralised.

use super::briefing::Briefing;
use super::text::cell;

/// The CSV bytes.
pub fn write(b: &Briefing) -> Result<Vec<u8>, csv::Error> {
    let t = super::briefing::labels(&b.lang);
    let mut out = Vec::from("\u{feff}".as_bytes());
    {
        let mut w = csv::WriterBuilder::new()
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut out);
        let mut header = vec![
            t.tr("brief-group"),
            t.tr("brief-reference"),
            t.tr("brief-title-col"),
            t.tr("brief-summary"),
            t.tr("brief-status"),
            t.tr("brief-evidence-level"),
            t.tr("brief-evidence"),
            t.tr("brief-notes"),
        ];
        let internal = b.profile == super::briefing::Profile::Internal;
        if internal {
            header.push(t.tr("brief-talking-points"));
        }
        w.write_record(&header)?;
        for r in &b.matrix {
            let mut record = vec![
                cell(&r.group),
                cell(&r.reference),
                cell(&r.title),
                cell(&r.summary),
                cell(&r.status),
                cell(&r.evidence_level),
                cell(&r.evidence.join("; ")),
                cell(&r.notes),
            ];
            if internal {
                record.push(cell(&r.talking_points));
            }
            w.write_record(&record)?;
        }
        w.flush()?;
    }
    Ok(out)
}
