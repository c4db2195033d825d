//! File → New dataset from spreadsheet… and File → Save a dataset template…, driven by
//! kittest as a person would: the workbook's problems are listed with their cells and nothing
//! is written; a good workbook is saved where the reviewer says and a review of it starts.

use calamine::Reader as _;
use egui_kittest::kittest::Queryable as _;
use poa_review::i18n::Language;
use poa_review::io::load_dataset;
use poa_review::sample;
use poa_review::sheets::book;

use crate::common::{self, AppProbe as _};

#[test]
fn a_workbook_becomes_a_dataset_and_a_review_of_it_starts() {
    let dir = tempfile::tempdir().unwrap();
    let d = sample::dataset().unwrap();
    let workbook = dir.path().join("national plan.xlsx");
    std::fs::write(&workbook, book::write(&d, Language::En).unwrap()).unwrap();
    let mut h = common::open(dir.path(), None);

    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("New dataset from spreadsheet…")
        .click();
    h.run();
    common::answer_path_prompt(&mut h, &workbook, "Open");
    // The dataset is offered beside its workbook, under the workbook's name.
    let offered = dir.path().join("national plan.dataset.ron");
    assert_eq!(
        h.get_by_label("File path").value().as_deref(),
        Some(offered.to_str().unwrap())
    );
    h.get_by_label("Save").click();
    common::settle(&mut h);
    common::settle(&mut h);
    assert!(
        h.state().message_texts().is_empty(),
        "{:?}",
        h.state().message_texts()
    );
    let written = load_dataset(&offered).unwrap().doc;
    assert_eq!(written, d, "the dataset is the workbook's");
    let ws = h.state().ws.as_ref().expect("a review of it is open");
    assert_eq!(ws.dataset, d);
    assert!(ws.path.is_none(), "a new, untitled review");
}

#[test]
fn a_workbook_with_mistakes_is_listed_cell_by_cell_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut d = sample::dataset().unwrap();
    d.commitments[1].group = "no-such-pillar".into();
    let workbook = dir.path().join("plan.xlsx");
    std::fs::write(&workbook, book::write(&d, Language::En).unwrap()).unwrap();
    let mut h = common::open(dir.path(), None);
    let before = h.state().ws.as_ref().unwrap().review.clone();
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("New dataset from spreadsheet…")
        .click();
    h.run();
    common::answer_path_prompt(&mut h, &workbook, "Open");
    let messages = h.state().message_texts().join("\n");
    assert!(
        messages.contains("Commitments!B3")
            && messages.contains("\"no-such-pillar\"")
            && messages.contains("Nothing was written"),
        "{messages}"
    );
    assert!(h.query_by_label("File path").is_none(), "no save is asked");
    assert!(!dir.path().join("plan.dataset.ron").exists());
    assert_eq!(
        h.state().ws.as_ref().unwrap().review,
        before,
        "the open review stays as it was"
    );
}

#[test]
fn the_template_is_one_menu_item_away() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::open(dir.path(), None);
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Save a dataset template…").click();
    h.run();
    let path = dir.path().join("template");
    common::answer_path_prompt(&mut h, &path, "Save");
    common::settle(&mut h);
    let written = dir.path().join("template.xlsx");
    let book = calamine::open_workbook_auto(&written).unwrap();
    let names = book.sheet_names();
    for sheet in ["Instructions", "Commitments", "Indicators", "Observations"] {
        assert!(names.iter().any(|n| n == sheet), "{sheet} in {names:?}");
    }
}
