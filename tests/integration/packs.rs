//! Input packs for ministries and their replies, on the command line and on real files: the
//! pack read back with calamine (sheets, headings, hidden identity, drop-downs, protection, no
//! talking points), a reply filled by a script and one filled through `LibreOffice` (headless,
//! which re-saves the workbook with its own structure), merged back field by field; bad
//! replies refused whole, with the sheet, row and column named.
#![expect(
    clippy::unwrap_used,
    reason = "in tests, a failed unwrap is a failed test"
)]

use std::io::Read as _;
use std::path::{Path, PathBuf};

use calamine::{Reader as _, SheetVisible, Xlsx, open_workbook};
use poa_review::edit::Edit;
use poa_review::io::load_review;
use poa_review::model::Dataset;

use super::merge::{base, edited, poa};

/// The sample review as a file, and a pack of its demand-reduction pillar for the Ministry of
/// Health.
fn packed(dir: &Path, lang: &str) -> (Dataset, PathBuf) {
    let (d, _, _) = base(dir, "review.review.ron");
    let (code, out, err) = poa(
        dir,
        &[
            "pack",
            "review.review.ron",
            "--pillars",
            "demand",
            "--for",
            "Ministry of Health",
            "--lang",
            lang,
            "--out",
            "pack.xlsx",
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    (d, dir.join("pack.xlsx"))
}

/// Every cell of a sheet, row by row, as text.
fn sheet(path: &Path, name: &str) -> Vec<Vec<String>> {
    let mut wb: Xlsx<_> = open_workbook(path).unwrap();
    wb.worksheet_range(name)
        .unwrap()
        .rows()
        .map(|r| r.iter().map(ToString::to_string).collect())
        .collect()
}

fn zip_text(path: &Path) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut all = String::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut s = String::new();
        f.read_to_string(&mut s).ok();
        all.push_str(&s);
    }
    all
}

#[test]
fn a_pack_holds_the_pillar_locked_with_drop_downs_and_its_identity_hidden() {
    let dir = tempfile::tempdir().unwrap();
    let (d, pack) = packed(dir.path(), "en");
    let wb: Xlsx<_> = open_workbook(&pack).unwrap();
    let meta: Vec<(String, SheetVisible)> = wb
        .sheets_metadata()
        .iter()
        .map(|s| (s.name.clone(), s.visible))
        .collect();
    assert_eq!(
        meta,
        [
            ("Instructions".to_owned(), SheetVisible::Visible),
            ("Commitments".to_owned(), SheetVisible::Visible),
            ("lists".to_owned(), SheetVisible::Hidden),
            ("poa-review".to_owned(), SheetVisible::Hidden),
        ]
    );
    let rows = sheet(&pack, "Commitments");
    assert_eq!(
        rows[0],
        [
            "ID",
            "Reference",
            "Commitment",
            "Status",
            "Evidence level",
            "Evidence (one per line)",
            "Notes"
        ]
    );
    let demand: Vec<&str> = d
        .commitments
        .iter()
        .filter(|c| c.group == "demand")
        .map(|c| c.id.as_str())
        .collect();
    let ids: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    assert_eq!(
        ids, demand,
        "one row per commitment of the pillar, in order"
    );
    let r = poa_review::sample::review().unwrap();
    let (id, a) = r
        .assessments
        .iter()
        .find(|(id, a)| demand.contains(&id.as_str()) && !a.notes.is_empty())
        .unwrap();
    let row = rows.iter().find(|row| &row[0] == id).unwrap();
    let label = &d.status_level(&a.status).unwrap().label["en"];
    assert_eq!(&row[3], label, "the current status, by its label");
    assert_eq!(row[6], a.notes, "the current notes");
    assert_eq!(
        sheet(&pack, "lists")
            .iter()
            .map(|r| r[0].clone())
            .collect::<Vec<_>>(),
        d.status_scale
            .iter()
            .map(|l| l.label["en"].clone())
            .collect::<Vec<_>>()
    );
    let identity = sheet(&pack, "poa-review");
    assert_eq!(identity[0][0], "poa-review input pack");
    assert!(
        identity
            .iter()
            .any(|r| r[0] == "recipient" && r[1] == "Ministry of Health")
    );
    let xml = zip_text(&pack);
    assert!(
        xml.contains("<sheetProtection"),
        "the commitments sheet is protected"
    );
    assert!(
        xml.contains("lists!$A$1:$A$"),
        "status drop-down from the list"
    );
    for a in r
        .assessments
        .values()
        .filter(|a| !a.talking_points.is_empty())
    {
        assert!(
            !xml.contains(&a.talking_points),
            "talking points never leave"
        );
    }

    // In Chinese: headings, sheet names and lists.
    let zh = tempfile::tempdir().unwrap();
    let (_, pack) = packed(zh.path(), "zh");
    let rows = sheet(&pack, "承诺");
    assert_eq!(rows[0][3], "状况");
    let listed = sheet(&pack, "lists");
    assert_eq!(listed[0][0], d.status_scale[0].label["zh"]);
}

/// A reply "filled in by a script": the pack's sheets written again with other values.
fn fill_by_script(pack: &Path, reply: &Path, change: &dyn Fn(&mut Vec<Vec<String>>)) {
    // The commitments sheet is the second, named in the pack's language.
    let name = open_workbook::<Xlsx<_>, _>(pack).unwrap().sheet_names()[1].clone();
    let mut rows = sheet(pack, &name);
    change(&mut rows);
    let identity = sheet(pack, "poa-review");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet().set_name(&name).unwrap();
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            ws.write_string(u32::try_from(r).unwrap(), u16::try_from(c).unwrap(), v)
                .unwrap();
        }
    }
    let ws = wb.add_worksheet().set_name("poa-review").unwrap();
    for (r, row) in identity.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            ws.write_string(u32::try_from(r).unwrap(), u16::try_from(c).unwrap(), v)
                .unwrap();
        }
    }
    ws.set_hidden(true);
    wb.save(reply).unwrap();
}

#[test]
fn a_reply_comes_back_through_the_merge_with_the_ministry_named() {
    let dir = tempfile::tempdir().unwrap();
    let (d, pack) = packed(dir.path(), "en");
    let rows = sheet(&pack, "Commitments");
    let (c1, c2, c3) = (rows[1][0].clone(), rows[2][0].clone(), rows[3][0].clone());
    let progress = d.status_scale[4].label["en"].clone();
    // Meanwhile the delegation changes c2's notes and c3's status.
    let r = load_review(&dir.path().join("review.review.ron"), Some(&d))
        .unwrap()
        .doc;
    edited(
        &d,
        r,
        "Ana",
        &[
            Edit::Notes {
                commitment: c2.clone(),
                text: "Vienna's view".into(),
            },
            Edit::Status {
                commitment: c3.clone(),
                status: d.status_scale[1].id.clone(),
            },
        ],
        &dir.path().join("review.review.ron"),
    );
    let reply = dir.path().join("reply-health.xlsx");
    fill_by_script(&pack, &reply, &|rows| {
        rows[1][3].clone_from(&progress);
        rows[1][5] = format!("{}\nMinistry circular 12/2013 on outreach", rows[1][5]);
        rows[2][6] = "The capital's view".into();
        rows[3][6] = "Confirmed by the ministry".into();
    });
    let (code, out, err) = poa(
        dir.path(),
        &[
            "import-reply",
            "review.review.ron",
            "reply-health.xlsx",
            "--out",
            "merged.review.ron",
        ],
    );
    // c2's notes were changed on both sides: a conflict, kept for the window.
    assert_eq!(code, 1, "{out}{err}");
    assert!(out.contains("changes taken: 3, conflicts: 1"), "{out}");
    let m = load_review(&dir.path().join("merged.review.ron"), Some(&d))
        .unwrap()
        .doc;
    assert_eq!(m.assessments[&c1].status, d.status_scale[4].id);
    assert!(
        m.assessments[&c1]
            .evidence
            .iter()
            .any(|e| e.note == "Ministry circular 12/2013 on outreach")
    );
    assert_eq!(
        m.assessments[&c2].notes, "Vienna's view",
        "ours until answered"
    );
    assert_eq!(m.conflicts.len(), 1);
    assert_eq!(m.assessments[&c3].status, d.status_scale[1].id, "ours kept");
    assert_eq!(m.assessments[&c3].notes, "Confirmed by the ministry");
    let by = "Ministry of Health (reply-health.xlsx)";
    assert!(
        m.history.iter().any(|h| h.by == by),
        "the ministry and the file in the history"
    );
    assert!(m.reviewers.iter().any(|r| r == by));
    // The inputs are untouched.
    let before = load_review(&dir.path().join("review.review.ron"), Some(&d))
        .unwrap()
        .doc;
    assert_eq!(before.assessments[&c2].notes, "Vienna's view");
}

#[test]
fn a_bad_reply_is_refused_whole_with_its_cells_named() {
    let dir = tempfile::tempdir().unwrap();
    let (_, pack) = packed(dir.path(), "en");
    let reply = dir.path().join("reply.xlsx");
    fill_by_script(&pack, &reply, &|rows| {
        rows[1][3] = "Partly".into();
        rows[2][0] = "no-such-commitment".into();
        rows[3][0] = rows[4][0].clone();
    });
    let (code, out, err) = poa(
        dir.path(),
        &[
            "import-reply",
            "review.review.ron",
            "reply.xlsx",
            "--out",
            "merged.review.ron",
        ],
    );
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        err.contains("Commitments!D2: “Partly” is not on the list"),
        "{err}"
    );
    assert!(
        err.contains("Commitments!A3: “no-such-commitment” is not a commitment of this pack"),
        "{err}"
    );
    assert!(
        err.contains("Commitments!A5:") && err.contains("appears twice"),
        "{err}"
    );
    assert!(
        !dir.path().join("merged.review.ron").exists(),
        "nothing written"
    );

    // Not a pack at all, and not a spreadsheet at all.
    let (code, _, err) = poa(
        dir.path(),
        &[
            "import-reply",
            "review.review.ron",
            "review.review.ron",
            "--out",
            "m.review.ron",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("review.review.ron: error: this file could not be read as a spreadsheet"),
        "{err}"
    );
    let other = dir.path().join("other.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    wb.add_worksheet().write_string(0, 0, "Matrix").unwrap();
    wb.save(&other).unwrap();
    let (code, _, err) = poa(
        dir.path(),
        &[
            "import-reply",
            "review.review.ron",
            "other.xlsx",
            "--out",
            "m.review.ron",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("is not an input pack from poa-review"),
        "{err}"
    );
}

/// Runs `soffice --headless --convert-to FORMAT` on `file` into its folder, with a profile of
/// its own (a running `LibreOffice` would otherwise take the job, or lock the profile).
fn soffice_convert(file: &Path, format: &str) {
    let dir = file.parent().unwrap();
    let status = std::process::Command::new("soffice")
        .arg(format!(
            "-env:UserInstallation=file://{}",
            dir.join("lo-profile").display()
        ))
        .args(["--headless", "--convert-to", format, "--outdir"])
        .arg(dir)
        .arg(file)
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "soffice --convert-to {format} failed");
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('\'', "&apos;")
        .replace('"', "&quot;")
}

/// A pack filled in through `LibreOffice`: opened (converted to a flat ODF spreadsheet), its
/// cells changed in the XML as a person changes them in Calc, and saved again as XLSX by
/// `LibreOffice`, which rewrites the workbook with its own structure (shared strings, styles,
/// validations, the hidden and protected sheets). The reply imports field by field. Opt-in:
/// `cargo test --test integration packs::libreoffice -- --ignored` (needs `soffice`).
#[test]
#[ignore = "needs LibreOffice (soffice); run with --ignored"]
fn libreoffice_fills_a_pack_and_the_reply_imports() {
    let dir = tempfile::tempdir().unwrap();
    let (d, pack) = packed(dir.path(), "en");
    let rows = sheet(&pack, "Commitments");
    let row = rows
        .iter()
        .skip(1)
        .find(|r| !r[5].is_empty() && !r[6].is_empty())
        .unwrap()
        .clone();
    let id = row[0].clone();
    let new_status = d.status_scale[5].label["en"].clone();
    assert_ne!(row[3], new_status);

    soffice_convert(&pack, "fods");
    let fods = dir.path().join("pack.fods");
    let xml = std::fs::read_to_string(&fods).unwrap();
    let start = xml.find(&format!("<text:p>{id}</text:p>")).unwrap();
    let end = start + xml[start..].find("</table:table-row>").unwrap();
    let p = |t: &str| format!("<text:p>{}</text:p>", xml_escape(t));
    let last_evidence = row[5].lines().last().unwrap();
    let edited_row = xml[start..end]
        .replacen(&p(&row[3]), &p(&new_status), 1)
        .replacen(&p(&row[6]), &p("Confirmed in Calc by the ministry"), 1)
        .replacen(
            &p(last_evidence),
            &format!("{}{}", p(last_evidence), p("Ministry circular 7/2013")),
            1,
        );
    assert_ne!(edited_row, xml[start..end], "the row was changed");
    std::fs::write(
        &fods,
        format!("{}{edited_row}{}", &xml[..start], &xml[end..]),
    )
    .unwrap();
    std::fs::remove_file(&pack).unwrap();
    soffice_convert(&fods, "xlsx");
    assert!(pack.exists(), "LibreOffice wrote the XLSX again");

    let (code, out, err) = poa(
        dir.path(),
        &[
            "import-reply",
            "review.review.ron",
            "pack.xlsx",
            "--out",
            "merged.review.ron",
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("changes taken: 3, conflicts: 0"), "{out}");
    let m = load_review(&dir.path().join("merged.review.ron"), Some(&d))
        .unwrap()
        .doc;
    let a = &m.assessments[&id];
    assert_eq!(a.status, d.status_scale[5].id);
    assert_eq!(a.notes, "Confirmed in Calc by the ministry");
    assert_eq!(
        a.evidence.last().map(|e| e.note.as_str()),
        Some("Ministry circular 7/2013")
    );
    let before = poa_review::sample::review().unwrap();
    assert_eq!(
        a.evidence.len(),
        before.assessments[&id].evidence.len() + 1,
        "the evidence already there is kept, with its ids"
    );
    for (other, was) in &before.assessments {
        if other != &id {
            assert_eq!(
                &m.assessments[other].status, &was.status,
                "{other} untouched"
            );
            assert_eq!(&m.assessments[other].notes, &was.notes, "{other} untouched");
        }
    }
}

#[test]
fn the_window_sends_a_pack_and_brings_the_reply_back_through_the_merge_screen() {
    use egui::accesskit::Role;
    use egui_kittest::kittest::Queryable as _;

    use crate::common::{self, AppProbe as _};

    let dir = tempfile::tempdir().unwrap();
    let (d, _, review) = base(dir.path(), "review.review.ron");
    let mut h = common::open(dir.path(), Some(review));
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Send for input…").click();
    h.run();
    h.get_by_label("For").click();
    h.run();
    h.get_by_label("For").type_text("Ministry of Health");
    h.run();
    let demand = d.group("demand").unwrap().title["en"].clone();
    h.get_by_role_and_label(Role::CheckBox, &demand).click();
    h.run();
    h.get_by_label("Save the pack…").click();
    h.run();
    let pack = dir.path().join("pack-Ministry-of-Health.xlsx");
    common::answer_path_prompt(&mut h, &pack, "Save");
    assert!(
        h.state().message_texts().is_empty(),
        "{:?}",
        h.state().message_texts()
    );
    let rows = sheet(&pack, "Commitments");
    let in_pillar = d.commitments.iter().filter(|c| c.group == "demand").count();
    assert_eq!(rows.len(), 1 + in_pillar, "the pillar ticked, and only it");
    assert!(
        sheet(&pack, "poa-review")
            .iter()
            .any(|r| r[0] == "recipient" && r[1] == "Ministry of Health")
    );

    let id = rows[1][0].clone();
    let reply = dir.path().join("reply.xlsx");
    let achieved = d.status_scale[5].label["en"].clone();
    fill_by_script(&pack, &reply, &|rows| rows[1][3].clone_from(&achieved));
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Import replies…").click();
    h.run();
    common::answer_path_prompt(&mut h, &reply, "Import");
    h.get_by_label("Import a ministry's reply");
    h.get_by_label_contains("From Ministry of Health (reply.xlsx): changes taken: 1");
    h.get_by_label("Changes taken from the reply (1)");
    h.get_by_label("Apply merge").click();
    h.run();
    let ws = h.state().ws.as_ref().unwrap();
    assert_eq!(ws.review.assessments[&id].status, d.status_scale[5].id);
    assert!(
        ws.review
            .history
            .iter()
            .any(|e| e.by == "Ministry of Health (reply.xlsx)"),
        "the ministry's change is in the history under its name"
    );
    // One undoable step.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    let ws = h.state().ws.as_ref().unwrap();
    assert_ne!(ws.review.assessments[&id].status, d.status_scale[5].id);
}

#[test]
fn a_reply_sent_back_unchanged_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (d, pack) = packed(dir.path(), "zh");
    let reply = dir.path().join("reply.xlsx");
    fill_by_script(&pack, &reply, &|_| {});
    let (code, out, err) = poa(
        dir.path(),
        &[
            "import-reply",
            "review.review.ron",
            "reply.xlsx",
            "--out",
            "merged.review.ron",
        ],
    );
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("holds nothing new"), "{out}");
    let before = load_review(&dir.path().join("review.review.ron"), Some(&d))
        .unwrap()
        .doc;
    let after = load_review(&dir.path().join("merged.review.ron"), Some(&d))
        .unwrap()
        .doc;
    assert_eq!(after.assessments, before.assessments);
    assert_eq!(
        after.reviewers, before.reviewers,
        "no reviewer added for nothing"
    );
}

#[test]
fn replies_chosen_together_come_through_the_merge_screen_one_after_the_other() {
    use egui_kittest::kittest::Queryable as _;

    use crate::common::{self, AppProbe as _};

    let dir = tempfile::tempdir().unwrap();
    let (d, _, review) = base(dir.path(), "review.review.ron");
    // Two ministries, two pillars.
    for (pillar, ministry, file) in [
        ("demand", "Ministry of Health", "health.xlsx"),
        ("supply", "Ministry of Interior", "interior.xlsx"),
    ] {
        let args = [
            "pack",
            "review.review.ron",
            "--pillars",
            pillar,
            "--for",
            ministry,
            "--out",
            file,
        ];
        let (code, out, err) = poa(dir.path(), &args);
        assert_eq!(code, 0, "{out}{err}");
    }
    let achieved = d.status_scale[4].label["en"].clone();
    let mut ids = Vec::new();
    for (pack, reply) in [
        ("health.xlsx", "reply-health.xlsx"),
        ("interior.xlsx", "reply-interior.xlsx"),
    ] {
        let pack = dir.path().join(pack);
        ids.push(sheet(&pack, "Commitments")[1][0].clone());
        fill_by_script(&pack, &dir.path().join(reply), &|rows| {
            rows[1][3].clone_from(&achieved);
        });
    }
    let mut h = common::open(dir.path(), Some(review));
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Import replies…").click();
    h.run();
    let both = format!(
        "{}; {}",
        dir.path().join("reply-health.xlsx").display(),
        dir.path().join("reply-interior.xlsx").display()
    );
    common::answer_path_prompt(&mut h, std::path::Path::new(&both), "Import");
    h.get_by_label_contains("From Ministry of Health (reply-health.xlsx): changes taken: 1");
    h.get_by_label("Apply merge").click();
    common::settle(&mut h);
    // The second reply follows once the first is answered.
    h.get_by_label_contains("From Ministry of Interior (reply-interior.xlsx): changes taken: 1");
    h.get_by_label("Apply merge").click();
    h.run();
    assert!(h.query_by_label("Apply merge").is_none());
    let ws = h.state().ws.as_ref().unwrap();
    for id in &ids {
        assert_eq!(
            ws.review.assessments[id].status, d.status_scale[4].id,
            "{id}"
        );
    }
    assert!(
        h.state().message_texts().is_empty(),
        "{:?}",
        h.state().message_texts()
    );
}
