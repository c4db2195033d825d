//! Datasets built from a spreadsheet (`poa-review dataset-from-sheet`, `dataset-to-sheet`,
//! `dataset-template`), on real files: the sample dataset through its spreadsheet form and
//! back, the same; a workbook with mistakes refused with every cell named and nothing written;
//! the template's sheets and headings; a Chinese-headed workbook with a date cell, a formula, a
//! merged cell and an empty row; files that are not workbooks, and a sheet a million rows long.

use std::path::Path;

use calamine::{Reader as _, Xlsx, open_workbook};
use poa_review::io::{content_hash, load_dataset, save_document};
use poa_review::model::{CommitmentKind, Direction, Flag, GroupKind};
use poa_review::sample;
use rust_xlsxwriter::{ExcelDateTime, Format, Formula, Workbook, Worksheet};

use super::merge::poa;

/// A cell of a test workbook.
#[derive(Clone, Copy)]
enum C<'a> {
    /// Text.
    S(&'a str),
    /// A number.
    N(f64),
    /// A number shown as a date (what a spreadsheet does with a year typed into a date cell).
    AsDate(f64),
    /// A date.
    Date(u16, u8, u8),
    /// A formula and the value it last showed.
    F(&'a str, &'a str),
}

/// Writes `rows` from A1 into a new sheet `name`.
fn sheet_of<'w>(wb: &'w mut Workbook, name: &str, rows: &[&[C<'_>]]) -> &'w mut Worksheet {
    let ws = wb.add_worksheet();
    ws.set_name(name).expect("a sheet name");
    let date = Format::new().set_num_format("yyyy-mm-dd");
    for (r, row) in (0u32..).zip(rows) {
        for (c, cell) in (0u16..).zip(*row) {
            match *cell {
                C::S(s) => ws.write_string(r, c, s).map(|_| ()),
                C::N(n) => ws.write_number(r, c, n).map(|_| ()),
                C::AsDate(n) => ws.write_number_with_format(r, c, n, &date).map(|_| ()),
                C::Date(y, m, d) => ExcelDateTime::from_ymd(y, m, d)
                    .and_then(|dt| ws.write_datetime_with_format(r, c, &dt, &date).map(|_| ())),
                C::F(f, result) => ws
                    .write_formula(r, c, Formula::new(f).set_result(result))
                    .map(|_| ()),
            }
            .expect("a cell");
        }
    }
    ws
}

/// Every cell of sheet `name` of the XLSX at `path`, row by row, as text.
fn cells(path: &Path, name: &str) -> Vec<Vec<String>> {
    let mut wb: Xlsx<_> = open_workbook(path).expect("the workbook opens");
    wb.worksheet_range(name)
        .expect("the sheet is there")
        .rows()
        .map(|r| r.iter().map(ToString::to_string).collect())
        .collect()
}

#[test]
fn the_sample_dataset_comes_back_the_same_from_its_spreadsheet_form() {
    let dir = tempfile::tempdir().unwrap();
    let d = sample::dataset().unwrap();
    save_document(&dir.path().join("sample.dataset.ron"), &d).unwrap();
    let (code, out, err) = poa(
        dir.path(),
        &[
            "dataset-to-sheet",
            "sample.dataset.ron",
            "--out",
            "sample.xlsx",
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("Written: sample.xlsx"), "{out}");

    // As a spreadsheet program shows it: a row per commitment under English headings.
    let book = dir.path().join("sample.xlsx");
    let rows = cells(&book, "Commitments");
    assert_eq!(
        rows[0][..9],
        [
            "id",
            "pillar",
            "section",
            "document",
            "paragraph",
            "letter",
            "kind",
            "addressee",
            "title (en)"
        ]
    );
    assert_eq!(rows.len(), d.commitments.len() + 1);
    let first = &d.commitments[0];
    assert_eq!(rows[1][0], first.id);
    assert_eq!(rows[1][1], first.group);
    assert_eq!(rows[1][4], first.source.paragraph.to_string());
    assert_eq!(rows[1][7], "GeneralAssembly");
    assert_eq!(rows[1][8], first.title["en"]);
    assert_eq!(rows[1][9], first.title["zh"]);
    let observations = cells(&book, "Observations");
    let points: usize = d.indicators.iter().map(|i| i.series.len()).sum();
    assert_eq!(observations.len(), points + 1);

    let (code, out, err) = poa(
        dir.path(),
        &[
            "dataset-from-sheet",
            "sample.xlsx",
            "--out",
            "back.dataset.ron",
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(err, "", "the sample has no warning");
    assert!(
        out.contains(&format!(
            "back.dataset.ron: dataset “{}” {}: {} commitments, {} indicators, {points} observations",
            d.metadata.id,
            d.metadata.version,
            d.commitments.len(),
            d.indicators.len()
        )),
        "{out}"
    );
    let back = load_dataset(&dir.path().join("back.dataset.ron"))
        .unwrap()
        .doc;
    assert_eq!(back, d);
    assert_eq!(content_hash(&back).unwrap(), content_hash(&d).unwrap());

    // Without a dataset, the built-in sample is written.
    let (code, out, err) = poa(dir.path(), &["dataset-to-sheet", "--out", "builtin.xlsx"]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(
        cells(&dir.path().join("builtin.xlsx"), "Commitments"),
        cells(&book, "Commitments")
    );
}

/// A workbook with mistakes: a commitment of a pillar that does not exist, an id twice, a
/// value that is not a number, a year typed into a date cell, an unknown flag, an observation
/// of an unknown indicator, a column the sheet does not have.
#[expect(
    clippy::too_many_lines,
    reason = "one workbook written sheet by sheet, cell by cell"
)]
fn mistaken_workbook(path: &Path) {
    let mut wb = Workbook::new();
    sheet_of(
        &mut wb,
        "Dataset",
        &[
            &[
                C::S("id"),
                C::S("version"),
                C::S("title (en)"),
                C::S("title (zh)"),
            ],
            &[
                C::S("plan"),
                C::S("1.0"),
                C::S("National plan"),
                C::S("国家计划"),
            ],
        ],
    );
    sheet_of(
        &mut wb,
        "Sources",
        &[
            &[C::S("id"), C::S("title (en)")],
            &[C::S("nap"), C::S("Plan")],
        ],
    );
    sheet_of(
        &mut wb,
        "Units",
        &[
            &[C::S("id"), C::S("label (en)"), C::S("label (zh)")],
            &[C::S("pct"), C::S("Per cent"), C::S("百分比")],
        ],
    );
    sheet_of(
        &mut wb,
        "Pillars",
        &[
            &[
                C::S("id"),
                C::S("kind"),
                C::S("title (en)"),
                C::S("title (zh)"),
            ],
            &[C::S("demand"), C::S("Pillar"), C::S("Demand"), C::S("需求")],
        ],
    );
    let commitment = |id, pillar| -> [C<'_>; 8] {
        [
            C::S(id),
            C::S(pillar),
            C::S("nap"),
            C::N(1.0),
            C::S("Title"),
            C::S("标题"),
            C::S("Text"),
            C::S("案文"),
        ]
    };
    sheet_of(
        &mut wb,
        "Commitments",
        &[
            &[
                C::S("id"),
                C::S("pillar"),
                C::S("document"),
                C::S("paragraph"),
                C::S("title (en)"),
                C::S("title (zh)"),
                C::S("text (en)"),
                C::S("text (zh)"),
            ],
            &commitment("c1", "demand"),
            &commitment("c2", "supply"),
            &commitment("c1", "demand"),
        ],
    );
    sheet_of(
        &mut wb,
        "Indicators",
        &[
            &[
                C::S("id"),
                C::S("name (en)"),
                C::S("name (zh)"),
                C::S("unit"),
                C::S("direction"),
            ],
            &[
                C::S("ind"),
                C::S("Coverage"),
                C::S("覆盖率"),
                C::S("pct"),
                C::S("UpIsGood"),
            ],
        ],
    );
    sheet_of(
        &mut wb,
        "Observations",
        &[
            &[
                C::S("indicator"),
                C::S("year"),
                C::S("value"),
                C::S("flag"),
                C::S("source"),
                C::S("remarks"),
            ],
            &[
                C::S("ind"),
                C::N(2010.0),
                C::S("lots"),
                C::S("Reported"),
                C::S("nap"),
            ],
            &[
                C::S("ind"),
                C::AsDate(2014.0),
                C::N(5.0),
                C::S("Reported"),
                C::S("nap"),
            ],
            &[
                C::S("ind"),
                C::N(2012.0),
                C::N(5.0),
                C::S("Guessed"),
                C::S("nap"),
            ],
            &[
                C::S("other"),
                C::N(2013.0),
                C::N(5.0),
                C::S("Reported"),
                C::S("nap"),
            ],
        ],
    );
    wb.save(path).expect("the workbook is saved");
}

#[test]
fn a_workbook_with_mistakes_names_each_cell_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    mistaken_workbook(&dir.path().join("plan.xlsx"));

    let (code, out, err) = poa(
        dir.path(),
        &[
            "dataset-from-sheet",
            "plan.xlsx",
            "--out",
            "plan.dataset.ron",
        ],
    );
    assert_eq!(code, 1, "{out}{err}");
    for expected in [
        "plan.xlsx: error: Commitments!B3: group \"supply\" does not exist; add it to the “Pillars” sheet or fix the reference",
        "plan.xlsx: error: Commitments!A4: commitment id \"c1\" is used twice",
        "plan.xlsx: error: Observations!C2: “lots” is not a number",
        "plan.xlsx: error: Observations!B3: holds a date (1905-07-06), not a year",
        "plan.xlsx: error: Observations!D4: “Guessed” is not one of: Reported, Estimated, Derived, Revised",
        "plan.xlsx: error: Observations!A5: “other” is not an indicator of the sheet “Indicators”",
        "plan.xlsx: warning: Observations!F1: the column “remarks” is not read",
        "poa-review: Nothing was written",
    ] {
        assert!(err.contains(expected), "{expected}\nnot in:\n{err}");
    }
    // Errors first, in sheet and row order.
    let b3 = err.find("Commitments!B3").unwrap();
    let a4 = err.find("Commitments!A4").unwrap();
    let c2 = err.find("Observations!C2").unwrap();
    let f1 = err.find("Observations!F1").unwrap();
    assert!(b3 < a4 && a4 < c2 && c2 < f1, "{err}");
    assert!(!dir.path().join("plan.dataset.ron").exists());
    assert_eq!(out, "");
}

#[test]
fn the_template_has_every_sheet_with_its_headings_and_no_rows() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = poa(
        dir.path(),
        &["dataset-template", "--out", "template.xlsx", "--lang", "zh"],
    );
    assert_eq!(code, 0, "{out}{err}");
    let path = dir.path().join("template.xlsx");
    let wb: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(
        wb.sheet_names(),
        [
            "填写说明",
            "Dataset",
            "Sources",
            "Units",
            "Pillars",
            "Sections",
            "Target areas",
            "Tags",
            "Commitments",
            "Indicators",
            "Observations",
            "Status scale",
            "Evidence scale",
        ]
    );
    let langs = ["en", "zh", "fr", "es", "ru", "ar"];
    let texts = |key: &str| langs.map(|l| format!("{key} ({l})"));
    let mut commitments: Vec<String> = [
        "id",
        "pillar",
        "section",
        "document",
        "paragraph",
        "letter",
        "kind",
        "addressee",
    ]
    .map(str::to_owned)
    .to_vec();
    commitments.extend(texts("title"));
    commitments.extend(texts("text"));
    commitments.extend(["tags", "target areas", "indicators"].map(str::to_owned));
    assert_eq!(cells(&path, "Commitments"), [commitments]);
    let mut observations = cells(&path, "Observations");
    assert_eq!(observations.len(), 1, "no example rows");
    assert_eq!(
        observations.remove(0),
        [
            "indicator",
            "year",
            "value",
            "unit",
            "flag",
            "source",
            "note"
        ]
    );
    for sheet in [
        "Dataset",
        "Sources",
        "Units",
        "Pillars",
        "Sections",
        "Target areas",
        "Tags",
        "Indicators",
    ] {
        assert_eq!(cells(&path, sheet).len(), 1, "{sheet} has headings only");
    }
    // The scales are the default ones, to change or translate.
    let statuses = cells(&path, "Status scale");
    assert_eq!(statuses[0][..3], ["id", "label (en)", "label (zh)"]);
    assert_eq!(statuses[1][0], "not-assessed");
    assert_eq!(statuses[1][2], "未评估");
    assert_eq!(statuses.len(), 7);
    let instructions = cells(&path, "填写说明");
    assert_eq!(instructions[0][0], "在本工作簿中编制 poa-review 数据集");
    assert!(
        instructions
            .iter()
            .any(|r| r[0] == "Commitments *" && r[2].starts_with("id *, pillar *, section")),
        "{instructions:?}"
    );

    // Read back as it is, the template lacks the dataset's own row.
    let (code, out, err) = poa(
        dir.path(),
        &[
            "dataset-from-sheet",
            "template.xlsx",
            "--out",
            "t.dataset.ron",
        ],
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains("template.xlsx: error: Dataset!A1: there is no row under the headings"),
        "{err}"
    );
    assert!(!dir.path().join("t.dataset.ron").exists());
}

/// A workbook in Chinese: sheet names and headings, a date cell, a paragraph given by a
/// formula, an empty row, a pillar in a merged cell, numbers typed as text.
#[expect(
    clippy::too_many_lines,
    reason = "one workbook written sheet by sheet, cell by cell"
)]
fn chinese_workbook(path: &Path) {
    let mut wb = Workbook::new();
    sheet_of(
        &mut wb,
        "数据集",
        &[
            &[
                C::S("编号"),
                C::S("版本"),
                C::S("日期"),
                C::S("标题（英文）"),
                C::S("标题（中文）"),
            ],
            &[
                C::S("nap-2026"),
                C::S("1.0"),
                C::Date(2026, 3, 1),
                C::S("National drug control plan"),
                C::S("国家禁毒行动计划"),
            ],
        ],
    );
    sheet_of(
        &mut wb,
        "来源",
        &[
            &[
                C::S("编号"),
                C::S("标题 (en)"),
                C::S("标题 (zh)"),
                C::S("类型"),
                C::S("出版者 (en)"),
                C::S("出版者 (zh)"),
                C::S("出版日期"),
            ],
            &[
                C::S("nap"),
                C::S("National plan 2026"),
                C::S("2026年国家计划"),
                C::S("原始"),
                C::S("Government"),
                C::S("政府"),
                C::N(2026.0),
            ],
        ],
    );
    sheet_of(
        &mut wb,
        "单位",
        &[
            &[C::S("编号"), C::S("名称 (en)"), C::S("名称 (zh)")],
            &[C::S("persons"), C::S("Persons"), C::S("人")],
        ],
    );
    sheet_of(
        &mut wb,
        "支柱",
        &[
            &[
                C::S("编号"),
                C::S("类型"),
                C::S("标题 (en)"),
                C::S("标题 (zh)"),
            ],
            &[
                C::S("prevention"),
                C::S("支柱"),
                C::S("Prevention"),
                C::S("预防"),
            ],
            &[
                C::S("cooperation"),
                C::S("跨领域"),
                C::S("International cooperation"),
                C::S("国际合作"),
            ],
        ],
    );
    sheet_of(
        &mut wb,
        "节",
        &[
            &[
                C::S("编号"),
                C::S("支柱"),
                C::S("标题 (en)"),
                C::S("标题 (zh)"),
            ],
            &[
                C::S("prevention.schools"),
                C::S("prevention"),
                C::S("Schools"),
                C::S("学校"),
            ],
        ],
    );
    let headings = [
        "编号",
        "支柱",
        "节",
        "文件",
        "段落",
        "分段",
        "类型",
        "标题 (en)",
        "标题（中文）",
        "案文 (en)",
        "案文 (zh)",
        "标签",
        "对象",
    ]
    .map(C::S);
    let ws = sheet_of(
        &mut wb,
        "承诺",
        &[
            &headings,
            &[
                C::S("nap-1"),
                C::S("prevention"),
                C::S("prevention.schools"),
                C::S("nap"),
                C::F("=1+2", "3"),
                C::S("a"),
                C::S("行动"),
                C::S("Prevention in schools"),
                C::S("学校预防"),
                C::S("Every school runs a prevention programme."),
                C::S("每所学校都开展预防方案。"),
                C::S("schools、youth"),
                C::S("会员国"),
            ],
            &[],
            &[
                C::S("nap-2"),
                C::S("cooperation"),
                C::S(""),
                C::S("nap"),
                C::N(4.0),
                C::S(""),
                C::S("建议"),
                C::S("Regional cooperation"),
                C::S("区域合作"),
                C::S("Share information with neighbours."),
                C::S("与邻国分享信息。"),
                C::S(""),
                C::S("各国"),
            ],
            &[
                C::S("nap-3"),
                C::S(""),
                C::S(""),
                C::S("nap"),
                C::N(5.0),
                C::S(""),
                C::S("建议"),
                C::S("Joint operations"),
                C::S("联合行动"),
                C::S("Plan joint operations."),
                C::S("筹划联合行动。"),
                C::S(""),
                C::S("Member States"),
            ],
        ],
    );
    // The pillar of nap-2 and nap-3 in one merged cell.
    ws.merge_range(3, 1, 4, 1, "cooperation", &Format::new())
        .expect("the region merges");
    sheet_of(
        &mut wb,
        "指标",
        &[
            &[
                C::S("编号"),
                C::S("名称 (en)"),
                C::S("名称 (zh)"),
                C::S("单位"),
                C::S("方向"),
                C::S("基准年"),
            ],
            &[
                C::S("users"),
                C::S("People who use drugs"),
                C::S("吸毒人数"),
                C::S("persons"),
                C::S("下降为好"),
                C::N(2015.0),
            ],
        ],
    );
    sheet_of(
        &mut wb,
        "观测值",
        &[
            &[
                C::S("指标"),
                C::S("年份"),
                C::S("数值"),
                C::S("标记"),
                C::S("来源"),
            ],
            &[
                C::S("users"),
                C::N(2015.0),
                C::N(1200.0),
                C::S("报告值"),
                C::S("nap"),
            ],
            &[
                C::S("users"),
                C::S("2016"),
                C::S("1 150"),
                C::S("估计值"),
                C::S("nap"),
            ],
        ],
    );
    wb.save(path).expect("the workbook is saved");
}

#[test]
fn a_chinese_headed_workbook_builds_its_dataset() {
    let dir = tempfile::tempdir().unwrap();
    chinese_workbook(&dir.path().join("国家计划.xlsx"));

    let (code, out, err) = poa(
        dir.path(),
        &[
            "dataset-from-sheet",
            "国家计划.xlsx",
            "--out",
            "nap.dataset.ron",
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(err, "", "no warnings");
    let d = load_dataset(&dir.path().join("nap.dataset.ron"))
        .unwrap()
        .doc;
    assert_eq!(d.metadata.id, "nap-2026");
    assert_eq!(d.metadata.date.to_string(), "2026-03-01", "a date cell");
    assert_eq!(d.metadata.title["zh"], "国家禁毒行动计划");
    assert_eq!(
        d.groups.iter().map(|g| g.kind).collect::<Vec<_>>(),
        [GroupKind::Pillar, GroupKind::CrossCutting]
    );
    assert_eq!(d.groups[0].sections[0].title["zh"], "学校");
    let c: Vec<_> = d.commitments.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(c, ["nap-1", "nap-2", "nap-3"], "the empty row is skipped");
    let first = &d.commitments[0];
    assert_eq!(first.source.paragraph, 3, "a formula's value");
    assert_eq!(first.source.letter.as_deref(), Some("a"));
    assert_eq!(first.section.as_deref(), Some("prevention.schools"));
    assert_eq!(first.kind, CommitmentKind::Action);
    assert_eq!(first.text["zh"], "每所学校都开展预防方案。");
    assert_eq!(first.tags, ["schools", "youth"]);
    assert_eq!(
        first.addressee,
        Some(poa_review::model::Addressee::MemberStates)
    );
    let nap = d.source("nap").unwrap();
    assert_eq!(nap.kind, Some(poa_review::model::SourceKind::Primary));
    assert_eq!(nap.publisher["zh"], "政府");
    assert_eq!(
        nap.published.map(|p| p.to_string()).as_deref(),
        Some("2026")
    );
    assert_eq!(d.commitments[1].kind, CommitmentKind::Recommendation);
    assert_eq!(d.commitments[1].section, None);
    assert_eq!(d.commitments[2].group, "cooperation", "a merged cell");
    let users = &d.indicators[0];
    assert_eq!(users.direction, Direction::DownIsGood);
    assert_eq!(users.baseline_year, 2015);
    assert_eq!(
        users
            .series
            .iter()
            .map(|o| (o.year, o.value, o.flag))
            .collect::<Vec<_>>(),
        [
            (2015, 1200.0, Flag::Reported),
            (2016, 1150.0, Flag::Estimated)
        ]
    );
    assert_eq!(d.status_scale, poa_review::model::default_status_scale());
    assert_eq!(
        d.evidence_scale,
        poa_review::model::default_evidence_scale()
    );
}

#[test]
fn files_that_are_not_workbooks_are_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("notes.xlsx"), "not a spreadsheet\n").unwrap();
    let run = |book: &str| {
        poa(
            dir.path(),
            &["dataset-from-sheet", book, "--out", "out.dataset.ron"],
        )
    };
    let (code, _, err) = run("notes.xlsx");
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("notes.xlsx: error: this file could not be read as a spreadsheet"),
        "{err}"
    );
    assert!(err.contains("Nothing was written"), "{err}");
    let (code, _, err) = run("missing.xlsx");
    assert_eq!(code, 2, "{err}");
    assert!(
        err.contains("missing.xlsx: error: the file does not exist"),
        "{err}"
    );
    std::fs::copy(
        Path::new("tests/data/sheets/password-protected.xlsx"),
        dir.path().join("locked.xlsx"),
    )
    .unwrap();
    let (code, _, err) = run("locked.xlsx");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("protected by a password"), "{err}");

    // A workbook, but not a dataset's.
    let mut wb = Workbook::new();
    sheet_of(&mut wb, "Sheet1", &[&[C::S("Reference"), C::S("Status")]]);
    wb.save(dir.path().join("matrix.xlsx")).unwrap();
    let (code, _, err) = run("matrix.xlsx");
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains(
            "matrix.xlsx: error: the sheet “Commitments” is missing (the workbook's sheets: Sheet1)"
        ),
        "{err}"
    );
    let (code, _, err) = poa(
        dir.path(),
        &["dataset-from-sheet", "matrix.xlsx", "--out", "matrix.xlsx"],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("is read by this command"), "{err}");
    assert!(!dir.path().join("out.dataset.ron").exists());
}

#[test]
fn a_value_a_million_rows_down_is_read_without_reading_the_rows_between() {
    let dir = tempfile::tempdir().unwrap();
    let sample = dir.path().join("sample.xlsx");
    let (code, out, err) = poa(dir.path(), &["dataset-to-sheet", "--out", "sample.xlsx"]);
    assert_eq!(code, 0, "{out}{err}");
    // The sample's sheets, and a note typed in row 1,000,000 of Observations: a sheet whose
    // bounding box is a million rows by seven columns.
    let mut wb = Workbook::new();
    let mut book: Xlsx<_> = open_workbook(&sample).unwrap();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).unwrap();
        let ws = wb.add_worksheet();
        ws.set_name(&name).unwrap();
        for (r, row) in (0u32..).zip(range.rows()) {
            for (c, v) in (0u16..).zip(row) {
                match v {
                    calamine::Data::Float(f) => ws.write_number(r, c, *f).map(|_| ()),
                    calamine::Data::Bool(b) => ws.write_boolean(r, c, *b).map(|_| ()),
                    calamine::Data::Empty => Ok(()),
                    other => ws.write_string(r, c, other.to_string()).map(|_| ()),
                }
                .unwrap();
            }
        }
        if name == "Observations" {
            ws.write_string(999_999, 6, "a stray note").unwrap();
        }
    }
    wb.save(dir.path().join("long.xlsx")).unwrap();
    let started = std::time::Instant::now();
    let (code, out, err) = poa(
        dir.path(),
        &[
            "dataset-from-sheet",
            "long.xlsx",
            "--out",
            "long.dataset.ron",
        ],
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains(
            "long.xlsx: error: Observations!A1000000: “indicator” is empty; every row needs one"
        ),
        "{err}"
    );
    assert!(
        started.elapsed().as_secs() < 30,
        "took {:?}",
        started.elapsed()
    );
}

/// Runs `soffice --headless --convert-to FORMAT` on `file` into `out`, with a profile of its own.
fn soffice_convert(file: &Path, format: &str, out: &Path) {
    let status = std::process::Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            out.join("lo-profile").display()
        ))
        .args(["--headless", "--convert-to", format, "--outdir"])
        .arg(out)
        .arg(file)
        .stdout(std::process::Stdio::null())
        .status()
        .expect("soffice runs");
    assert!(status.success(), "soffice --convert-to {format} failed");
}

/// The sample's workbook saved by `LibreOffice` as ODS, and that saved again as XLSX (each with
/// `LibreOffice`'s own structure), still builds the sample dataset.
/// `cargo test --test integration dataset_book::libreoffice -- --ignored` (needs `soffice`).
#[test]
#[ignore = "needs LibreOffice (soffice); run with --ignored"]
fn libreoffice_saves_the_workbook_and_it_still_builds_the_same_dataset() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, err) = poa(dir.path(), &["dataset-to-sheet", "--out", "sample.xlsx"]);
    assert_eq!(code, 0, "{out}{err}");
    let ods_dir = dir.path().join("ods");
    soffice_convert(&dir.path().join("sample.xlsx"), "ods", &ods_dir);
    let xlsx_dir = dir.path().join("xlsx");
    soffice_convert(&ods_dir.join("sample.ods"), "xlsx", &xlsx_dir);
    let d = sample::dataset().unwrap();
    for book in ["ods/sample.ods", "xlsx/sample.xlsx"] {
        let (code, out, err) = poa(
            dir.path(),
            &["dataset-from-sheet", book, "--out", "back.dataset.ron"],
        );
        assert_eq!(code, 0, "{book}: {out}{err}");
        let back = load_dataset(&dir.path().join("back.dataset.ron"))
            .unwrap()
            .doc;
        assert_eq!(back, d, "{book}");
    }
}
