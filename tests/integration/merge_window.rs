//! The merge screen, the conflict banners and the Settings window, driven by kittest through
//! their labels as a person would use them.
#![expect(
    clippy::unwrap_used,
    reason = "in tests, a failed unwrap is a failed test"
)]

use std::path::{Path, PathBuf};

use calamine::Reader as _;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable as _;
use jiff::Timestamp;
use poa_review::edit::Edit;
use poa_review::io::save_document;
use poa_review::model::{Dataset, Review};
use poa_review::sample;

use crate::common::{self, AppProbe as _};

fn notes(c: &str, text: &str) -> Edit {
    Edit::Notes {
        commitment: c.to_owned(),
        text: text.to_owned(),
    }
}

/// Ours and a colleague's copy of the sample review in `dir`: each changed one commitment's
/// notes differently (a conflict) and the colleague also set another's status.
fn two_copies(dir: &Path) -> (Dataset, PathBuf, PathBuf, [String; 2]) {
    let d = sample::dataset().unwrap();
    let r = sample::review().unwrap();
    let (c1, c2) = (d.commitments[0].id.clone(), d.commitments[1].id.clone());
    let t = |s: i64| Timestamp::from_second(1_800_000_000 + s).unwrap();
    let mut mine = r.clone();
    notes(&c1, "ours")
        .apply(&d, &mut mine, "Ana", t(1))
        .unwrap();
    let mut theirs: Review = r;
    notes(&c1, "theirs")
        .apply(&d, &mut theirs, "Bo", t(2))
        .unwrap();
    Edit::Status {
        commitment: c2.clone(),
        status: d.status_scale[3].id.clone(),
    }
    .apply(&d, &mut theirs, "Bo", t(3))
    .unwrap();
    let (m, th) = (dir.join("mine.review.ron"), dir.join("theirs.review.ron"));
    save_document(&m, &mine).unwrap();
    save_document(&th, &theirs).unwrap();
    (d, m, th, [c1, c2])
}

#[test]
fn merge_a_colleagues_review_answer_the_conflict_and_undo_it_in_one_step() {
    let dir = tempfile::tempdir().unwrap();
    let (d, mine, theirs, [c1, c2]) = two_copies(dir.path());
    let mut h = common::open(dir.path(), Some(mine));
    let before = h.state().ws.as_ref().unwrap().review.clone();

    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Merge a colleague's review…")
        .click();
    h.run();
    common::answer_path_prompt(&mut h, &theirs, "Merge");
    h.get_by_label_contains(
        "From theirs.review.ron: changes taken: 1, conflicts: 1, new history entries: 2.",
    );
    h.get_by_label("Mine");
    h.get_by_label("Theirs");
    h.get_by_label("Keep both").click();
    h.run();
    h.get_by_label("Apply merge").click();
    h.run();
    assert!(
        h.query_by_label("Apply merge").is_none(),
        "the screen closed"
    );
    let ws = h.state().ws.as_ref().unwrap();
    assert_eq!(ws.review.assessments[&c1].notes, "ours\n\ntheirs");
    assert_eq!(ws.review.assessments[&c2].status, d.status_scale[3].id);
    assert!(ws.is_dirty());

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(
        h.state().ws.as_ref().unwrap().review,
        before,
        "one undo takes the merge back"
    );
    assert!(
        h.state().message_texts().is_empty(),
        "{:?}",
        h.state().message_texts()
    );
}

#[test]
fn conflicts_left_by_a_command_line_merge_are_answered_from_the_banner() {
    let dir = tempfile::tempdir().unwrap();
    let (d, mine, theirs, [c1, _]) = two_copies(dir.path());
    let m = poa_review::io::load_review(&mine, None).unwrap().doc;
    let t = poa_review::io::load_review(&theirs, None).unwrap().doc;
    let merged = poa_review::merge::merge(&d, &m, &t, None).unwrap();
    let kept = merged.finish_pending("Chen", Timestamp::now(), "theirs.review.ron");
    let path = dir.path().join("merged.review.ron");
    save_document(&path, &kept).unwrap();

    let mut h = common::open(dir.path(), Some(path));
    h.get_by_label("Answer them…").click();
    h.run();
    h.get_by_label("Take theirs").click();
    h.run();
    h.get_by_label("Apply merge").click();
    h.run();
    let ws = h.state().ws.as_ref().unwrap();
    assert_eq!(ws.review.assessments[&c1].notes, "theirs");
    assert!(ws.review.conflicts.is_empty());
    assert!(
        h.query_by_label("Answer them…").is_none(),
        "the banner went"
    );
}

#[test]
fn a_synced_folders_conflict_copy_is_offered_for_merging() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mine, theirs, _) = two_copies(dir.path());
    let copy = dir
        .path()
        .join("mine (conflicted copy 2014-02-03).review.ron");
    std::fs::rename(&theirs, &copy).unwrap();
    let mut h = common::open(dir.path(), Some(mine));
    h.get_by_label_contains("mine (conflicted copy 2014-02-03).review.ron lies beside this review");
    h.get_by_label("Merge it…").click();
    common::settle(&mut h);
    h.get_by_label_contains("From mine (conflicted copy 2014-02-03).review.ron: changes taken: 1");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.query_by_label("Apply merge").is_none());
    assert!(h.query_by_label("Merge it…").is_none(), "offered once");
}

#[test]
fn the_settings_window_sets_the_name_that_goes_with_every_change() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::open(dir.path(), None);
    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Settings…").click();
    h.run();
    h.get_by_label("Your name").focus();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Your name").type_text("Li Wei");
    h.run();
    h.get_by_label("Done").click();
    h.run();
    assert!(h.query_by_label("Your name").is_none(), "the window closed");
    assert_eq!(h.state().settings.editor_name, "Li Wei");
    assert_eq!(h.state().ws.as_ref().unwrap().editor, "Li Wei");

    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Settings…").click();
    h.run();
    h.get_by_label("Language").click();
    h.run();
    h.get_by_label("中文").click();
    h.run();
    h.get_by_label("您的姓名");
}

#[test]
fn on_first_use_the_window_asks_for_the_name_and_keeps_it_in_the_settings() {
    let dir = tempfile::tempdir().unwrap();
    let settings = dir.path().join("settings.ron");
    let mut options = common::options(dir.path(), None);
    options.settings_path = Some(settings.clone());
    let mut h = common::window(options);
    h.get_by_label_contains("Welcome. Your name goes with every change you make");
    h.get_by_label("Your name").focus();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Your name").type_text("Ana María Ruiz");
    h.run();
    h.get_by_label("Done").click();
    h.run();
    assert!(h.query_by_label("Your name").is_none());
    let saved = std::fs::read_to_string(&settings).unwrap();
    assert!(saved.contains("editor_name: \"Ana María Ruiz\""), "{saved}");
    assert_eq!(h.state().ws.as_ref().unwrap().editor, "Ana María Ruiz");
}

#[test]
fn what_changed_since_and_a_comparison_show_as_tables_and_export() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mine, theirs, [c1, _]) = two_copies(dir.path());
    let mut h = common::open(dir.path(), Some(mine));

    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("What changed since…").click();
    h.run();
    h.get_by_label("Since (date)").click();
    h.run();
    h.get_by_label("Since (date)").type_text("2020-01-01");
    h.run();
    h.get_by_label("Show").click();
    h.run();
    h.get_by_label_contains("what changed since 2020-01-01");
    assert!(
        h.query_all_by_label("ours").count() >= 1,
        "the notes changed to \"ours\" are listed"
    );
    h.get_by_label("Export as HTML…").click();
    h.run();
    let html = dir.path().join("changes.html");
    common::answer_path_prompt(&mut h, &html, "Export");
    let text = std::fs::read_to_string(&html).unwrap();
    assert!(text.contains(&format!("<td>{c1} — ")), "{text}");
    assert!(text.contains("<td>ours</td>"), "{text}");
    h.get_by_label("Export as PDF…").click();
    h.run();
    let pdf = dir.path().join("changes.pdf");
    common::answer_path_prompt(&mut h, &pdf, "Export");
    let text = super::pdf::text(&pdf);
    assert!(text.contains("what changed since 2020-01-01"), "{text}");
    assert!(text.contains(&c1), "{text}");

    h.get_by_label("File").click();
    h.run();
    h.get_by_label_contains("Compare with another review…")
        .click();
    h.run();
    common::answer_path_prompt(&mut h, &theirs, "Open");
    h.get_by_label_contains("Comparison of two reviews");
    h.get_by_label("theirs");
    h.get_by_label("mine.review.ron");
    h.get_by_label("theirs.review.ron");
    // Written as Excel; a name without an extension gets the format's.
    h.get_by_label("Export as Excel…").click();
    h.run();
    common::answer_path_prompt(&mut h, &dir.path().join("comparison"), "Export");
    let mut wb: calamine::Xlsx<_> =
        calamine::open_workbook(dir.path().join("comparison.xlsx")).unwrap();
    let sheet = wb.worksheet_range("Comparison of two reviews").unwrap();
    let cells: Vec<String> = sheet.cells().map(|(_, _, v)| v.to_string()).collect();
    for expected in ["mine.review.ron", "theirs.review.ron", "theirs"] {
        assert!(
            cells.iter().any(|c| c == expected),
            "{expected:?} in {cells:?}"
        );
    }
    assert!(
        h.state()
            .notice_text()
            .unwrap()
            .ends_with("comparison.xlsx")
    );
}

#[test]
#[expect(
    clippy::many_single_char_names,
    reason = "d, r, c, t, m: dataset, review, commitment, time, path, as in the tests above"
)]
fn an_evidence_item_changed_on_both_sides_can_be_kept_twice() {
    let dir = tempfile::tempdir().unwrap();
    let d = sample::dataset().unwrap();
    let r = sample::review().unwrap();
    let (c, first) = r
        .assessments
        .iter()
        .find_map(|(c, a)| a.evidence.first().map(|e| (c.clone(), e.clone())))
        .unwrap();
    let t = |s: i64| Timestamp::from_second(1_800_000_000 + s).unwrap();
    let update = |note: &str| Edit::UpdateEvidence {
        commitment: c.clone(),
        index: 0,
        item: poa_review::model::EvidenceItem {
            note: note.to_owned(),
            ..first.clone()
        },
    };
    let (mut mine, mut theirs) = (r.clone(), r);
    update("Vienna's reading")
        .apply(&d, &mut mine, "Ana", t(1))
        .unwrap();
    update("The capital's reading")
        .apply(&d, &mut theirs, "Bo", t(2))
        .unwrap();
    let (m, th) = (
        dir.path().join("mine.review.ron"),
        dir.path().join("theirs.review.ron"),
    );
    save_document(&m, &mine).unwrap();
    save_document(&th, &theirs).unwrap();

    let mut h = common::open(dir.path(), Some(m));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::M);
    h.run();
    common::answer_path_prompt(&mut h, &th, "Merge");
    h.get_by_label_contains("conflicts: 1");
    h.get_by_label_contains("Vienna's reading");
    h.get_by_label_contains("The capital's reading");
    h.get_by_label("Keep both").click();
    h.run();
    h.get_by_label("Apply merge").click();
    h.run();
    let evidence = &h.state().ws.as_ref().unwrap().review.assessments[&c].evidence;
    let notes: Vec<&str> = evidence.iter().map(|e| e.note.as_str()).collect();
    assert_eq!(notes[..2], ["Vienna's reading", "The capital's reading"]);
    assert_eq!(
        notes.len(),
        r_evidence_count(&c) + 1,
        "the other items stay: {notes:?}"
    );
    assert_ne!(
        evidence[0].id, evidence[1].id,
        "the kept copy has its own id"
    );
}

#[test]
fn the_changed_since_filter_offers_what_changed_as_a_report() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mine, _, _) = two_copies(dir.path());
    let mut h = common::open(dir.path(), Some(mine));
    assert!(
        h.query_by_label("What changed?").is_none(),
        "only with a date"
    );
    h.get_by_label("Changed since").click();
    h.run();
    h.get_by_label("Changed since").type_text("2020-01-01");
    h.run();
    h.get_by_label("What changed?").click();
    h.run();
    h.get_by_label_contains("what changed since 2020-01-01");
}

#[test]
fn a_change_by_another_program_and_a_new_conflict_copy_are_noticed_while_open() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mine, theirs, _) = two_copies(dir.path());
    let mut h = common::open(dir.path(), Some(mine.clone()));
    assert!(h.query_by_label("Changed on disk").is_none());
    // A synced folder brings a colleague's copy, and another program rewrites ours.
    let copy = dir.path().join("mine-LAPTOP-7.review.ron");
    std::fs::copy(&theirs, &copy).unwrap();
    let text = std::fs::read_to_string(&mine).unwrap();
    std::fs::write(&mine, format!("// rewritten elsewhere\n{text}")).unwrap();
    // The file and folder are looked at every 2 s, by a worker: the frames go on meanwhile.
    let mut frames = 0;
    for _ in 0..100 {
        h.step();
        frames += 1;
        if h.query_by_label("Changed on disk").is_some()
            && h.query_all_by_label_contains("mine-LAPTOP-7.review.ron lies beside this review")
                .next()
                .is_some()
        {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    h.get_by_label("Changed on disk");
    h.get_by_label_contains("mine-LAPTOP-7.review.ron lies beside this review");
    assert!(
        frames > 10,
        "seen after the 2 s interval, not at once ({frames} frames)"
    );
    assert!(
        !h.state().busy(),
        "the look is not counted as the reviewer's work"
    );
}

#[test]
fn enter_accepts_the_path_the_export_prompt_suggests() {
    let dir = tempfile::tempdir().unwrap();
    let (_, mine, _, _) = two_copies(dir.path());
    let mut h = common::open(dir.path(), Some(mine));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::H);
    h.run();
    h.get_by_label("Since (date)").click();
    h.run();
    h.get_by_label("Since (date)").type_text("2020-01-01");
    h.run();
    h.get_by_label("Show").click();
    h.run();
    h.get_by_label("Export as Markdown…").click();
    h.run();
    // The prompt suggests the report's name beside the review and has the keyboard.
    h.key_press(Key::Enter);
    common::settle(&mut h);
    let written = dir.path().join("changes-since-2020-01-01.md");
    let text = std::fs::read_to_string(&written).unwrap();
    assert!(text.contains("what changed since 2020-01-01"), "{text}");
}

/// How many evidence items the example review has on a commitment.
fn r_evidence_count(commitment: &str) -> usize {
    sample::review().unwrap().assessments[commitment]
        .evidence
        .len()
}
