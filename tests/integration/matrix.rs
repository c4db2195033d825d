//! Importing a delegation's existing matrix (`poa-review import-sheet`): a Chinese-headed
//! workbook and an English CSV, references in the forms people type, status words in either
//! language, unmatched rows listed, words not on the scale stopping the import until mapped.

use poa_review::io::load_review;

use super::merge::{base, poa};

#[test]
fn a_chinese_matrix_imports_by_reference_and_label_and_lists_what_it_cannot_match() {
    let dir = tempfile::tempdir().unwrap();
    let (d, before, _) = base(dir.path(), "review.review.ron");
    let para_89 = |letter: &str| {
        d.commitments
            .iter()
            .find(|c| {
                c.source.document == "A/68/126"
                    && c.source.paragraph == 89
                    && c.source.letter.as_deref() == Some(letter)
            })
            .unwrap()
            .id
            .clone()
    };
    let (hiv_services, cross_border, market_access) = (para_89("g"), para_89("j"), para_89("m"));
    let achieved = &d.status_scale[5];
    let limited = &d.status_scale[2];
    let matrix = dir.path().join("matrix.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet().set_name("矩阵").unwrap();
    let rows: [[&str; 5]; 6] = [
        ["编号", "承诺", "状况", "证据", "说明"],
        [
            "第89段(g)",
            "…",
            &achieved.label["zh"],
            "卫生部2013年报告",
            "覆盖全国",
        ],
        ["A/68/126, para. 89 (j)", "…", &limited.label["en"], "", ""],
        ["89(m)", "…", "进行中", "", ""],
        ["", "", "", "", ""],
        ["99 (zz)", "…", &achieved.label["zh"], "", ""],
    ];
    for (i, row) in rows.iter().enumerate() {
        for (k, v) in row.iter().enumerate() {
            ws.write_string(u32::try_from(i).unwrap(), u16::try_from(k).unwrap(), *v)
                .unwrap();
        }
    }
    wb.save(&matrix).unwrap();

    // "进行中" is not on the scale: nothing is imported until it is mapped.
    let args = [
        "import-sheet",
        "review.review.ron",
        "matrix.xlsx",
        "--out",
        "out.review.ron",
    ];
    let (code, out, err) = poa(dir.path(), &args);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains("“进行中” (矩阵!C4) is not on the status or evidence scale"),
        "{err}"
    );
    assert!(
        err.contains("矩阵!A6: “99 (zz)” matches no commitment of the dataset"),
        "unmatched rows are listed: {err}"
    );
    assert!(!dir.path().join("out.review.ron").exists());

    let map = format!("进行中={}", d.status_scale[3].id);
    let (code, out, err) = poa(dir.path(), &[&args[..], &["--map", &map]].concat());
    assert_eq!(code, 0, "{out}{err}");
    let after = load_review(&dir.path().join("out.review.ron"), Some(&d))
        .unwrap()
        .doc;
    assert_eq!(after.assessments[&hiv_services].status, achieved.id);
    assert_eq!(after.assessments[&hiv_services].notes, "覆盖全国");
    assert!(
        after.assessments[&hiv_services]
            .evidence
            .iter()
            .any(|e| e.note == "卫生部2013年报告")
    );
    assert_eq!(after.assessments[&cross_border].status, limited.id);
    assert_eq!(
        after.assessments[&market_access].status,
        d.status_scale[3].id
    );
    assert!(after.history.iter().any(|h| h.by == "matrix.xlsx"));
    for (id, a) in &before.assessments {
        if ![&hiv_services, &cross_border, &market_access].contains(&id) {
            assert_eq!(after.assessments[id].status, a.status, "{id} untouched");
        }
    }
}

#[test]
fn a_csv_matrix_with_english_headings_and_ids_imports_and_a_dry_run_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (d, _, _) = base(dir.path(), "review.review.ron");
    let id = d.commitments[3].id.clone();
    let status = &d.status_scale[4];
    std::fs::write(
        dir.path().join("matrix.csv"),
        format!(
            "Reference,Status,Notes,Reviewer,Date\n{id},{},\"From the capital, with a comma\",Bo,2014-02-03\n",
            status.label["en"].to_uppercase()
        ),
    )
    .unwrap();
    let (code, out, err) = poa(
        dir.path(),
        &[
            "import-sheet",
            "review.review.ron",
            "matrix.csv",
            "--dry-run",
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("changes taken: 2"), "{out}");
    assert!(!dir.path().join("out.review.ron").exists());
    let (code, _, err) = poa(
        dir.path(),
        &[
            "import-sheet",
            "review.review.ron",
            "matrix.csv",
            "--out",
            "review.review.ron",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let after = load_review(&dir.path().join("review.review.ron"), Some(&d))
        .unwrap()
        .doc;
    assert_eq!(after.assessments[&id].status, status.id);
    assert_eq!(
        after.assessments[&id].notes,
        "From the capital, with a comma"
    );
    let entry = after
        .history
        .iter()
        .find(|h| h.by == "Bo")
        .expect("the row's reviewer");
    assert_eq!(
        entry.at.to_string(),
        "2014-02-03T00:00:00Z",
        "the row's date is the change's time"
    );
}
