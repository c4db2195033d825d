//! File → Import a spreadsheet… driven by kittest as a person would: the mapping screen finds
//! the columns, one is changed, a word that is not on the scale is mapped (and remembered), an
//! unmatched row is listed, the merge screen shows what would change, and applying it is one
//! undoable step.

use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};

use super::merge::base;
use crate::common::{self, AppProbe as _};

#[test]
fn a_matrix_goes_through_the_mapping_screen_and_the_merge_in_one_step() {
    let dir = tempfile::tempdir().unwrap();
    let (d, before, review) = base(dir.path(), "review.review.ron");
    let para_89 = |letter: &str| {
        d.commitments
            .iter()
            .find(|c| c.source.paragraph == 89 && c.source.letter.as_deref() == Some(letter))
            .unwrap()
            .id
            .clone()
    };
    let (g, j) = (para_89("g"), para_89("j"));
    let regressed = d.status_scale[5].clone();
    let limited = d.status_scale[2].clone();
    let matrix = capital_matrix(dir.path(), &regressed.label["en"]);

    let mut h = common::open(dir.path(), Some(review));
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Import a spreadsheet…").click();
    h.run();
    common::answer_path_prompt(&mut h, &matrix, "Import");
    h.get_by_label_contains("capital.xlsx: sheet “Matrix”, 4 rows");
    // "Comments" was taken for the notes; the capital's view is what the delegation wants.
    h.get_by_label_contains("2 rows matched, 1 left out, 1 words to map.");
    h.get_by_role_and_label(Role::ComboBox, "Notes").click();
    h.run();
    h.get_by_label("D: Capital's view").click();
    h.run();
    // "Partly" is not on the status scale: mapped here, remembered in the settings.
    let word = "“Partly” (Status; Matrix!B3)";
    assert!(
        h.get_by_label("Show the changes…")
            .accesskit_node()
            .is_disabled(),
        "nothing can be imported while a word is not mapped"
    );
    h.get_by_role_and_label(Role::ComboBox, word).click();
    h.run();
    // The level in the list that opened (the desk behind may show the same label).
    h.get_all_by_label(&limited.label["en"])
        .last()
        .unwrap()
        .click_accesskit();
    h.run();
    assert_eq!(
        h.state().settings.matrix_words.status.get("partly"),
        Some(&limited.id)
    );
    h.get_by_label_contains("2 rows matched, 1 left out, 0 words to map.");
    h.get_by_label("Rows left out (1)").click();
    h.run();
    h.get_by_label_contains("Matrix!A4: “99 (zz)” matches no commitment");
    h.get_by_label("Show the changes…").click();
    common::settle(&mut h);

    // The dry run: what would change, nothing changed yet.
    h.get_by_label("Import a spreadsheet");
    h.get_by_label_contains("From capital.xlsx: changes taken:");
    assert_eq!(h.state().ws.as_ref().unwrap().review, before);
    h.get_by_label("Apply merge").click();
    h.run();
    let ws = h.state().ws.as_ref().unwrap();
    assert_eq!(ws.review.assessments[&g].status, regressed.id);
    assert_eq!(ws.review.assessments[&g].notes, "Nationwide coverage");
    assert_eq!(ws.review.assessments[&j].status, limited.id);
    assert_eq!(ws.review.assessments[&j].notes, "Two border posts");
    assert!(ws.review.history.iter().any(|e| e.by == "capital.xlsx"));
    assert!(
        h.query_by_label("Show the changes…").is_none(),
        "the mapping screen closed with the merge applied"
    );
    assert!(
        h.state().message_texts().is_empty(),
        "{:?}",
        h.state().message_texts()
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(
        h.state().ws.as_ref().unwrap().review,
        before,
        "one undo takes the import back"
    );

    // The second time, the word is known.
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Import a spreadsheet…").click();
    h.run();
    common::answer_path_prompt(&mut h, &matrix, "Import");
    h.get_by_label_contains("2 rows matched, 1 left out, 0 words to map.");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.query_by_label("Show the changes…").is_none());
}

#[test]
fn a_workbook_that_cannot_be_read_is_said_and_the_review_is_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    let (_, before, review) = base(dir.path(), "review.review.ron");
    let mut h = common::open(dir.path(), Some(review));
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Import a spreadsheet…").click();
    h.run();
    let protected = std::fs::canonicalize("tests/data/sheets/password-protected.xlsx").unwrap();
    common::answer_path_prompt(&mut h, &protected, "Import");
    let messages = h.state().message_texts().join("\n");
    assert!(
        messages.contains("password-protected.xlsx")
            && messages.contains("the workbook is protected by a password"),
        "{messages}"
    );
    assert!(h.query_by_label("Show the changes…").is_none());
    assert_eq!(h.state().ws.as_ref().unwrap().review, before);
}

/// A capital's matrix: headings found by their names, one status word not on the scale, one
/// reference that matches nothing, and the notes in a column the headings do not name.
fn capital_matrix(dir: &std::path::Path, status: &str) -> std::path::PathBuf {
    let matrix = dir.join("capital.xlsx");
    let mut wb = rust_xlsxwriter::Workbook::new();
    let ws = wb.add_worksheet().set_name("Matrix").expect("a sheet");
    let rows: [[&str; 5]; 4] = [
        ["Paragraph", "Status", "Comments", "Capital's view", "Owner"],
        [
            "89 (g)",
            status,
            "old comment",
            "Nationwide coverage",
            "MoH",
        ],
        [
            "A/68/126, para. 89 (j)",
            "Partly",
            "",
            "Two border posts",
            "MoI",
        ],
        ["99 (zz)", status, "", "", ""],
    ];
    for (r, row) in (0u32..).zip(rows) {
        for (c, v) in (0u16..).zip(row) {
            ws.write_string(r, c, v).expect("a cell");
        }
    }
    wb.save(&matrix).expect("the matrix is written");
    matrix
}

#[test]
fn a_spreadsheet_opened_as_a_review_says_which_menu_item_takes_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = capital_matrix(dir.path(), "Achieved");
    let h = common::open(dir.path(), Some(path));
    let messages = h.state().message_texts().join("\n");
    assert!(
        messages.contains("capital.xlsx")
            && messages.contains("this is a spreadsheet, not a review or a dataset")
            && messages.contains("File → Import a spreadsheet…"),
        "{messages}"
    );
    assert!(h.state().ws.is_none());
}
