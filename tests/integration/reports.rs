//! "What changed since" and the comparison of two reviews written as PDF, Word and Excel by the
//! command line, read back from the files: the PDF's text, the Word document's XML, the
//! workbook's cells through calamine.
#![expect(
    clippy::unwrap_used,
    reason = "in tests, a failed unwrap is a failed test"
)]

use std::io::Read as _;
use std::path::Path;

use poa_review::edit::Edit;

use super::merge::{base, edited, notes, poa};

/// A review with a status and a note changed by "Ana" ("mine.review.ron") beside its base
/// ("base.review.ron"); returns the commitment ids and the new status's label.
fn two_reviews(dir: &Path) -> (String, String, String) {
    let (d, r, _) = base(dir, "base.review.ron");
    let (c1, c2) = (d.commitments[0].id.clone(), d.commitments[1].id.clone());
    edited(
        &d,
        r,
        "Ana",
        &[
            Edit::Status {
                commitment: c1.clone(),
                status: d.status_scale[4].id.clone(),
            },
            notes(&c2, "=1+1 a note, with <b>markup</b>"),
        ],
        &dir.join("mine.review.ron"),
    );
    (c1, c2, d.status_scale[4].label["en"].clone())
}

fn docx_text(path: &Path) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

#[test]
fn what_changed_since_is_written_as_pdf_and_word() {
    let dir = tempfile::tempdir().unwrap();
    let (c1, _, status) = two_reviews(dir.path());
    let since = ["changes", "mine.review.ron", "--since", "2027-01-01"];

    let (code, out, err) = poa(
        dir.path(),
        &[&since[..], &["--out", "changes.pdf"]].concat(),
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("changes.pdf"), "{out}");
    let text = super::pdf::text(&dir.path().join("changes.pdf"));
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains("what changed since 2027-01-01"),
        "title: {flat}"
    );
    for expected in [
        "Reference",
        "Before",
        "Now",
        "Substantial progress",
        "Ana",
        "1 / 1",
    ] {
        assert!(flat.contains(expected), "{expected:?} missing: {flat}");
    }
    assert!(flat.contains(&status), "{status:?} missing: {flat}");
    assert!(flat.contains(&c1), "{c1:?} missing: {flat}");

    let (code, _, err) = poa(
        dir.path(),
        &[&since[..], &["--out", "changes.docx", "--lang", "zh"]].concat(),
    );
    assert_eq!(code, 0, "{err}");
    let xml = docx_text(&dir.path().join("changes.docx"));
    assert!(xml.contains("自 2027-01-01 以来的更改"), "{xml}");
    assert!(xml.contains("修改人"), "the Chinese column heading: {xml}");
    assert!(
        xml.contains("&lt;b&gt;markup&lt;/b&gt;"),
        "the note as text, escaped: {xml}"
    );
    assert!(xml.contains("<w:tblHeader />"), "the header row repeats");

    // A binary format is not printed to the terminal.
    let (code, out, err) = poa(dir.path(), &[&since[..], &["--format", "pdf"]].concat());
    assert_eq!(code, 1);
    assert!(out.is_empty());
    assert!(err.contains("a pdf report cannot be printed"), "{err}");
}

#[test]
fn a_comparison_is_written_as_a_workbook_and_a_pdf() {
    use calamine::{Reader as _, Xlsx, open_workbook};
    let dir = tempfile::tempdir().unwrap();
    let (c1, c2, status) = two_reviews(dir.path());
    let compare = ["compare", "base.review.ron", "mine.review.ron"];
    let (code, _, err) = poa(
        dir.path(),
        &[&compare[..], &["--out", "compare.xlsx"]].concat(),
    );
    assert_eq!(code, 0, "{err}");
    let mut wb: Xlsx<_> = open_workbook(dir.path().join("compare.xlsx")).unwrap();
    let names = wb.sheet_names();
    assert_eq!(names, ["Comparison of two reviews"]);
    let sheet = wb.worksheet_range(&names[0]).unwrap();
    let cell = |r: u32, c: u32| {
        sheet
            .get_value((r, c))
            .map(ToString::to_string)
            .unwrap_or_default()
    };
    assert_eq!(cell(0, 0), "Comparison of two reviews");
    let header: Vec<String> = (0..5).map(|c| cell(3, c)).collect();
    assert_eq!(
        header,
        [
            "Pillar or group",
            "Reference",
            "Field",
            "base.review.ron",
            "mine.review.ron"
        ]
    );
    let rows: Vec<Vec<String>> = sheet
        .rows()
        .skip(4)
        .map(|r| r.iter().map(ToString::to_string).collect())
        .collect();
    assert_eq!(rows.len(), 2, "one row per difference: {rows:?}");
    let status_row = rows
        .iter()
        .find(|r| r[1].starts_with(&format!("{c1} — ")))
        .unwrap();
    assert_eq!(status_row[2], "Status");
    assert_eq!(status_row[4], status);
    let notes_row = rows
        .iter()
        .find(|r| r[1].starts_with(&format!("{c2} — ")))
        .unwrap();
    assert_eq!(notes_row[2], "Notes");
    assert_eq!(notes_row[4], "=1+1 a note, with <b>markup</b>");
    let formulas = wb.worksheet_formula(&names[0]).unwrap();
    assert!(
        formulas.used_cells().all(|(_, _, f)| f.is_empty()),
        "no formula anywhere"
    );

    let (code, _, err) = poa(
        dir.path(),
        &[&compare[..], &["--out", "compare.pdf", "--lang", "zh"]].concat(),
    );
    assert_eq!(code, 0, "{err}");
    let flat: String = super::pdf::text(&dir.path().join("compare.pdf"))
        .split_whitespace()
        .collect();
    assert!(flat.contains("两份审评的比较"), "{flat}");
    assert!(flat.contains("mine.review.ron"), "{flat}");
}
