//! The review desk, driven headless through `egui_kittest` as a person would: by the names of the
//! controls (kittest's accessibility check stays on, so every control has a name).

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::common::{self, AppProbe as _};

use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use poa_review::ui::PoaApp;
use poa_review::ui::state::Selection;
use poa_review::workspace::Workspace;

fn status_of(h: &Harness<'_, PoaApp>, id: &str) -> String {
    let ws = h.state().ws.as_ref().expect("a review is open");
    ws.review.assessments.get(id).map_or_else(
        || ws.dataset.default_status().to_owned(),
        |a| a.status.clone(),
    )
}

fn select(h: &mut Harness<'_, PoaApp>, reference: &str) {
    // Rows off screen are not laid out: move down the list (j) until the row is in view.
    // A row that has just come in at the bottom edge may be only half in view: go on a little.
    let row = format!("{reference} — ");
    let bottom = h.ctx.content_rect().bottom() - 80.0;
    for _ in 0..60 {
        if h.query_by_label_contains(&row)
            .is_some_and(|n| n.rect().bottom() < bottom)
        {
            break;
        }
        h.key_press(Key::J);
        h.run();
    }
    h.get_by_label_contains(&row).click();
    h.run();
}

#[test]
fn select_a_commitment_and_set_its_status_by_click_and_by_key() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::open(dir.path(), None);
    assert!(
        h.state().ws.as_ref().unwrap().path.is_none(),
        "starts with a new review of the sample"
    );
    select(&mut h, "A/68/126, para. 89 (g)");
    assert_eq!(
        h.state().view.selection,
        Selection::Commitment("a68-126-89g".into())
    );
    // The detail panel shows the commitment's title beside the list's.
    assert_eq!(
        h.get_all_by_label("HIV services for people who use or inject drugs")
            .count(),
        2
    );

    h.get_by_label("Limited progress").click();
    h.run();
    assert_eq!(status_of(&h, "a68-126-89g"), "limited");
    // The list row now says so too (its accessible name ends with the status).
    h.get_by_label_contains(
        "para. 89 (g) — HIV services for people who use or inject drugs — Limited progress",
    );

    h.key_press(Key::Num5);
    h.run();
    assert_eq!(status_of(&h, "a68-126-89g"), "achieved");

    // j and arrows move through the list; the status key then marks the next one.
    h.key_press(Key::J);
    h.run();
    assert_eq!(
        h.state().view.selection,
        Selection::Commitment("a68-126-89h".into())
    );
    h.key_press(Key::Num3);
    h.run();
    assert_eq!(status_of(&h, "a68-126-89h"), "limited");
    h.key_press(Key::ArrowUp);
    h.run();
    assert_eq!(
        h.state().view.selection,
        Selection::Commitment("a68-126-89g".into())
    );
    assert_eq!(h.state().ws.as_ref().unwrap().review.history.len(), 3);
}

#[test]
fn add_evidence_then_undo_and_redo() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::open(dir.path(), None);
    select(&mut h, "A/68/126, para. 89 (l)");
    h.get_by_label("Add evidence…").click();
    h.run();
    h.get_by_label("Document symbol").click();
    h.get_by_label("Document symbol").type_text("A/68/126");
    h.get_by_label("Paragraph").click();
    h.get_by_label("Paragraph").type_text("52");
    h.get_by_label("Note").click();
    h.get_by_label("Note")
        .type_text("Alternative development exports grew");
    h.run();
    h.get_by_label("Add").click();
    h.run();
    let evidence = |h: &Harness<'_, PoaApp>| {
        h.state()
            .ws
            .as_ref()
            .unwrap()
            .review
            .assessments
            .get("a68-126-89l")
            .map(|a| a.evidence.clone())
            .unwrap_or_default()
    };
    assert_eq!(evidence(&h).len(), 1);
    assert_eq!(evidence(&h)[0].paragraph, "52");
    h.get_by_label("A/68/126, para. 52 — Alternative development exports grew");

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert!(evidence(&h).is_empty(), "undo removes the item");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert_eq!(evidence(&h).len(), 1, "Ctrl+Y redoes");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(evidence(&h).len(), 1, "Ctrl+Shift+Z redoes");

    // Remove, by its button.
    h.get_by_label("Remove").click();
    h.run();
    assert!(evidence(&h).is_empty());
    let fields: Vec<String> = h
        .state()
        .ws
        .as_ref()
        .unwrap()
        .review
        .history
        .iter()
        .map(|e| format!("{:?}", e.field))
        .collect();
    // Add, undo, redo, undo, redo, remove: six entries, since history is never rewritten.
    assert_eq!(fields.len(), 6, "{fields:?}");
}

#[test]
fn notes_and_narratives_become_undoable_edits() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::open(dir.path(), None);
    select(&mut h, "A/68/126, para. 89 (a)");
    h.get_by_label("Notes (shareable)").click();
    h.get_by_label("Notes (shareable)")
        .type_text("Ratified in 2012");
    h.get_by_label("Talking points (private)").click();
    h.run();
    let a = || {
        h.state()
            .ws
            .as_ref()
            .unwrap()
            .review
            .assessments
            .get("a68-126-89a")
            .cloned()
            .unwrap_or_default()
    };
    assert_eq!(a().notes, "Ratified in 2012");
    // Selecting a pillar shows its narrative.
    h.get_by_label("Demand reduction and related measures (5)")
        .click();
    h.run();
    h.get_by_label("Achievements").click();
    h.get_by_label("Achievements")
        .type_text("More people in treatment");
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z); // flushes the typing, then undoes it
    h.run();
    let ws = h.state().ws.as_ref().unwrap();
    assert!(
        ws.review
            .narratives
            .get("demand")
            .is_none_or(|n| n.achievements.is_empty())
    );
    assert_eq!(
        ws.review.history.last().unwrap().field,
        poa_review::model::Field::Achievements
    );
}

#[test]
fn save_into_a_folder_and_reopen_the_same_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::open(dir.path(), None);
    select(&mut h, "A/68/126, para. 89 (u)");
    h.get_by_label("Substantial progress").click();
    h.run();
    assert!(h.state().ws.as_ref().unwrap().is_dirty());

    // No native dialog here: Ctrl+S on an untitled review asks for a path in the window.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    let path = dir.path().join("delegation.review.ron");
    common::answer_path_prompt(&mut h, &path, "Save");
    assert!(
        h.state().message_texts().is_empty(),
        "{:?}",
        h.state().message_texts()
    );
    let ws = h.state().ws.as_ref().unwrap();
    assert!(!ws.is_dirty());
    assert_eq!(ws.path.as_deref(), Some(path.as_path()));
    let written = std::fs::read_to_string(&path).unwrap();
    assert!(written.contains("\"a68-126-89u\": ("), "{written}");
    assert!(written.contains("status: \"substantial\""));
    let in_memory = ws.canonical_text().unwrap();
    assert_eq!(written, in_memory);
    drop(h); // releases the lock

    // Reopen in a new window: the same review, byte for byte.
    let again = common::open(dir.path(), Some(path.clone()));
    let ws = again.state().ws.as_ref().unwrap();
    assert_eq!(ws.path.as_deref(), Some(path.as_path()));
    assert_eq!(ws.canonical_text().unwrap(), written);
    assert_eq!(status_of(&again, "a68-126-89u"), "substantial");
    let reopened = Workspace::open(&path, "test");
    assert!(
        reopened.unwrap().read_only.is_some(),
        "the window holds the lock"
    );
}

#[test]
fn the_unsaved_changes_guard_offers_save_discard_and_cancel() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::open(dir.path(), None);
    select(&mut h, "A/68/126, para. 89 (b)");
    h.key_press(Key::Num2);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::W);
    h.run();
    h.get_by_label("Save changes?");
    h.get_by_label("Cancel").click();
    h.run();
    assert!(h.query_by_label("Save changes?").is_none());
    assert!(
        h.state().ws.as_ref().unwrap().is_dirty(),
        "cancel keeps the review and its changes"
    );

    h.key_press_modifiers(Modifiers::COMMAND, Key::W);
    h.run();
    h.get_by_label("Discard changes").click();
    h.run();
    assert!(h.state().ws.is_none(), "discard closes the review");
    h.get_by_label("New review of the built-in sample");
}

#[test]
fn opening_a_bad_file_shows_the_error_and_keeps_the_open_review() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::open(dir.path(), None);
    select(&mut h, "A/68/126, para. 89 (c)");
    h.key_press(Key::Num4);
    h.run();
    // Dirty: the guard asks first; say discard, then type the bad file's path.
    h.key_press_modifiers(Modifiers::COMMAND, Key::O);
    h.run();
    h.get_by_label("Discard changes").click();
    h.run();
    common::answer_path_prompt(
        &mut h,
        Path::new("tests/data/bad/truncated.dataset.ron"),
        "Open",
    );
    let messages = h.state().message_texts();
    assert_eq!(
        messages,
        [
            "tests/data/bad/truncated.dataset.ron:44:11: error: the file ends too early; it may have been cut off (truncated)"
        ]
    );
    h.get_by_label(&messages[0]);
    // The review is still open, with its change.
    assert_eq!(status_of(&h, "a68-126-89c"), "substantial");
    assert!(h.state().ws.as_ref().unwrap().is_dirty());
    h.get_by_label("Dismiss").click();
    h.run();
    assert!(h.state().message_texts().is_empty());
}

#[test]
fn search_matches_english_chinese_and_references() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::open(dir.path(), None);
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    h.get_by_label("Search").type_text("监狱");
    h.run();
    let rows = h.state().cache.rows.clone();
    let ws = h.state().ws.as_ref().unwrap();
    assert!(
        rows.iter()
            .any(|&i| ws.dataset.commitments[i].id == "a68-126-89h"),
        "{rows:?}"
    );
    assert!(rows.len() < 5);
    h.get_by_label_contains("para. 89 (h) — ");
    assert!(
        h.query_by_label_contains("para. 89 (a) — ").is_none(),
        "non-matching rows are gone"
    );
}

/// The sample review saved as `r.review.ron` in `dir`, opened in a window with 89 (d) selected.
fn saved_sample_at_89d(dir: &std::path::Path) -> (Harness<'static, PoaApp>, std::path::PathBuf) {
    let path = dir.join("r.review.ron");
    let mut ws = Workspace::new_sample("test").expect("the sample opens");
    ws.save_as(&path).expect("the sample saves");
    drop(ws);
    let mut h = common::open(dir, Some(path.clone()));
    select(&mut h, "A/68/126, para. 89 (d)");
    (h, path)
}

#[test]
fn autosave_writes_a_recovery_file_that_a_new_window_offers_to_recover() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, path) = saved_sample_at_89d(dir.path());
    h.key_press(Key::Num6);
    h.run();
    h.state_mut().autosave_now();
    common::settle(&mut h);
    let recovery = PoaApp::recovery_of(&path);
    assert!(recovery.exists(), "no recovery file");
    assert!(
        std::fs::read_to_string(&recovery)
            .unwrap()
            .contains("regressed")
    );
    drop(h); // a crash would leave it the same way

    // Make sure the recovery file is newer than the review on coarse-clock file systems.
    std::thread::sleep(Duration::from_millis(20));
    std::fs::write(&recovery, std::fs::read(&recovery).unwrap()).unwrap();
    let mut h = common::open(dir.path(), Some(path.clone()));
    h.get_by_label("Recover unsaved changes?");
    h.get_by_label("Recover").click();
    h.run();
    assert_eq!(status_of(&h, "a68-126-89d"), "regressed");
    assert!(h.state().ws.as_ref().unwrap().is_dirty());
}

#[test]
fn a_failed_save_is_reported_and_the_review_stays_open_and_unsaved() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::open(dir.path(), None);
    select(&mut h, "A/68/126, para. 89 (e)");
    h.key_press(Key::Num3);
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    h.run();
    let path = dir.path().join("no-such-folder").join("r.review.ron");
    common::answer_path_prompt(&mut h, &path, "Save");
    let messages = h.state().message_texts();
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert_eq!(
        messages[0],
        format!(
            "{}: error: The folder {} does not exist; create it or choose another folder.",
            path.parent().unwrap().display(),
            path.parent().unwrap().display()
        )
    );
    let ws = h.state().ws.as_ref().unwrap();
    assert!(ws.is_dirty());
    assert!(ws.path.is_none());
    assert_eq!(status_of(&h, "a68-126-89e"), "limited");
}

#[test]
fn no_bad_file_of_the_corpus_changes_the_open_review() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::open(dir.path(), None);
    select(&mut h, "A/68/126, para. 89 (f)");
    h.key_press(Key::Num4);
    h.run();
    let before = h.state().ws.as_ref().unwrap().canonical_text().unwrap();
    let mut files: Vec<PathBuf> = std::fs::read_dir("tests/data/bad")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "ron"))
        .collect();
    files.sort();
    assert!(files.len() >= 40);
    for file in &files {
        // Opening goes through the unsaved-changes guard; discard, as a user might.
        h.state_mut()
            .apply(vec![poa_review::ui::command::Command::OpenPath(
                file.clone(),
            )]);
        h.run();
        if h.query_by_label("Discard changes").is_some() {
            h.get_by_label("Discard changes").click();
        }
        common::settle(&mut h);
        let messages = h.state().message_texts();
        assert!(
            messages
                .iter()
                .any(|m| m.starts_with(&file.display().to_string())),
            "{}: no message names the file: {messages:?}",
            file.display()
        );
        let ws = h.state().ws.as_ref().expect("the review stays open");
        assert_eq!(
            ws.canonical_text().unwrap(),
            before,
            "{} changed the open review",
            file.display()
        );
        assert!(ws.is_dirty(), "{}", file.display());
        h.state_mut().messages.clear();
    }
}

// ----------------------------------------------------------------------------
// Issue 14, items 4, 6 and 7.

/// Steps until the window shows a message (background work reports one), and returns it.
fn wait_for_message(h: &mut Harness<'_, PoaApp>) -> String {
    for _ in 0..1000 {
        h.step();
        if let Some(m) = h.state().message_texts().last() {
            return m.clone();
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    panic!("no message came");
}

/// Children of this process named `name` that ended and were never waited for (defunct).
fn defunct_children(name: &str) -> Vec<String> {
    let me = std::process::id().to_string();
    let mut out = Vec::new();
    for entry in std::fs::read_dir("/proc")
        .expect("/proc lists the processes")
        .flatten()
    {
        let Ok(stat) = std::fs::read_to_string(entry.path().join("stat")) else {
            continue;
        };
        // "pid (comm) state ppid …"; comm may hold spaces, so split after its last ')'.
        let (Some(open), Some(close)) = (stat.find('('), stat.rfind(')')) else {
            continue;
        };
        let rest: Vec<&str> = stat[close + 1..].split_whitespace().collect();
        if &stat[open + 1..close] == name
            && rest.first() == Some(&"Z")
            && rest.get(1) == Some(&me.as_str())
        {
            out.push(stat.clone());
        }
    }
    out
}

#[test]
fn open_the_file_without_a_viewer_says_so_and_leaves_no_defunct_process() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::open(dir.path(), None);
    h.key_press_modifiers(Modifiers::COMMAND, Key::E);
    h.run();
    h.get_by_label("Export…").click();
    h.run();
    let out = dir.path().join("brief.csv");
    common::answer_path_prompt(&mut h, &out, "Export");
    assert!(out.is_file(), "{:?}", h.state().message_texts());
    assert!(
        h.state().message_texts().is_empty(),
        "{:?}",
        h.state().message_texts()
    );

    // A system where nothing shows CSV files: xdg-open then ends with exit code 3.
    let viewer = dir.path().join("no-viewer");
    std::fs::write(&viewer, "#!/bin/sh\nexit 3\n").unwrap();
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&viewer, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    h.state_mut().opener = viewer.display().to_string();
    h.get_by_label("Open the file").click();
    let text = wait_for_message(&mut h);
    assert!(
        text.contains(&out.display().to_string())
            && text.contains(&viewer.display().to_string())
            && text.contains("exit code 3"),
        "{text}"
    );
    assert_eq!(defunct_children("no-viewer"), Vec::<String>::new());

    // No such program at all: said for the folder too.
    h.state_mut().messages.clear();
    let missing = dir.path().join("not-installed");
    h.state_mut().opener = missing.display().to_string();
    h.get_by_label("Open its folder").click();
    let text = wait_for_message(&mut h);
    assert!(
        text.starts_with(&format!("{} could not be opened", dir.path().display())),
        "{text}"
    );
    assert!(
        text.contains(&format!("the program {} was not found", missing.display())),
        "{text}"
    );
    // The review is untouched.
    assert!(h.state().ws.is_some());
}

#[test]
fn undo_puts_back_last_changed_and_redo_reapplies_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::open(dir.path(), None);
    let id = "a68-126-89g";
    let earlier: jiff::Timestamp = "2026-11-02T09:15:00Z".parse().unwrap();
    {
        let ws = h.state_mut().ws.as_mut().unwrap();
        ws.review.assessments.insert(
            id.to_owned(),
            poa_review::model::Assessment {
                status: "limited".into(),
                evidence_level: "none".into(),
                updated_at: Some(earlier),
                updated_by: "Ben".into(),
                ..Default::default()
            },
        );
    }
    select(&mut h, "A/68/126, para. 89 (g)");
    let shown_before = "Last changed 2026-11-02 09:15 UTC by Ben";
    h.get_by_label(shown_before);
    let stamp = |h: &Harness<'_, PoaApp>| {
        let a = &h.state().ws.as_ref().unwrap().review.assessments[id];
        (a.updated_at, a.updated_by.clone())
    };

    h.key_press(Key::Num5);
    h.run();
    assert_eq!(status_of(&h, id), "achieved");
    let edited = stamp(&h);
    assert_ne!(edited.0, Some(earlier));
    assert!(h.query_by_label(shown_before).is_none());

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(status_of(&h, id), "limited");
    assert_eq!(stamp(&h), (Some(earlier), "Ben".to_owned()));
    h.get_by_label(shown_before);

    h.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    h.run();
    assert_eq!(status_of(&h, id), "achieved");
    assert_eq!(stamp(&h), edited, "redo puts back the edit's own stamp");
    assert!(h.query_by_label(shown_before).is_none());
}

#[test]
fn the_shortcuts_window_names_each_status_and_esc_closes_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::open(dir.path(), None);
    h.key_press(Key::F1);
    h.run();
    assert!(h.state().show_shortcuts);
    // Keys 1–6 on the sample's scale.
    for name in [
        "Not assessed",
        "No progress",
        "Limited progress",
        "Substantial progress",
        "Achieved",
        "Regressed",
    ] {
        h.get_by_label(&format!("Set status: {name}"));
    }
    assert!(h.query_by_label("Set status 3").is_none());

    h.key_press(Key::Escape);
    h.run();
    assert!(!h.state().show_shortcuts, "Esc closes the shortcuts window");
    assert!(h.query_by_label("Set status: Regressed").is_none());
}

// Issue 14, items 2, 3, 5, 8 and 11: search by tag labels, the list's layout, scrolling to the
// top after a new search, the loading screen, and no recovery backup left after saving.

/// The window at `w` × `h` on a copy of the example review, with nothing selected.
fn window_sized(dir: &Path, w: f32, h: f32) -> Harness<'static, PoaApp> {
    let path = dir.join(format!("example-{w}.review.ron"));
    if let Err(e) = std::fs::write(&path, poa_review::sample::REVIEW_RON) {
        panic!("{}: {e}", path.display());
    }
    common::window_at(egui::vec2(w, h), common::options(dir, Some(path)))
}

#[test]
fn the_list_shows_whole_titles_and_every_column_beside_or_above_the_detail_panel() {
    let dir = tempfile::tempdir().unwrap();
    let title = "HIV services for people who use or inject drugs";
    for (w, h) in [(1280.0, 800.0), (1024.0, 700.0), (800.0, 600.0)] {
        let harness = window_sized(dir.path(), w, h);
        let detail = harness
            .get_by_label(
                "Select a commitment to see and mark it, or a pillar to write its narrative.",
            )
            .rect();
        let row = harness.get_by_label_contains("para. 89 (g) — ").rect();
        assert!(
            !row.intersects(detail),
            "{w}×{h}: the detail panel ({detail:?}) covers the list row ({row:?})"
        );
        assert!(
            row.right() <= w && row.width() >= 400.0,
            "{w}×{h}: row {row:?}"
        );
        // The title is shown whole (a cut title's label is only as wide as its column).
        let shown = harness
            .get_all_by_label(title)
            .map(|n| n.rect())
            .find(|r| r.intersects(row))
            .unwrap_or_else(|| panic!("{w}×{h}: no title in the row"));
        assert!(
            shown.width() >= 250.0 && shown.right() <= row.right(),
            "{w}×{h}: the title gets {shown:?} in the row {row:?}"
        );
        // The evidence level and the date of an assessed commitment are on screen, in the row.
        let a_row = harness.get_by_label_contains("para. 89 (a) — ").rect();
        for text in ["Documented", "2014-02-03"] {
            let cell = harness
                .get_all_by_label_contains(text)
                .map(|n| n.rect())
                .find(|r| r.intersects(a_row))
                .unwrap_or_else(|| panic!("{w}×{h}: {text} is not in the row {a_row:?}"));
            assert!(
                cell.right() <= a_row.right() + 1.0 && !cell.intersects(detail),
                "{w}×{h}: {text} at {cell:?} is outside the row {a_row:?} or under the detail panel"
            );
        }
    }
}

#[test]
fn a_new_search_scrolls_the_list_to_the_top() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::open(dir.path(), None);
    // Go to the end of the list: the first rows scroll out of view (and out of the tree).
    for _ in 0..40 {
        h.key_press(Key::J);
        h.run();
    }
    assert!(
        h.query_by_label_contains("para. 89 (a) — ").is_none(),
        "the list did not scroll"
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::F);
    h.run();
    h.get_by_label("Search").type_text("a68");
    h.run();
    h.run();
    assert!(h.state().cache.rows.len() > 25);
    h.get_by_label_contains("para. 89 (a) — ");
}

#[test]
fn the_tag_filter_lists_labels_and_chinese_search_finds_tagged_commitments() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::open(dir.path(), None);
    h.get_by_label("Search").click();
    h.get_by_label("Search").type_text("洗钱");
    h.run();
    let ws = h.state().ws.as_ref().unwrap();
    let rows = h.state().cache.rows.clone();
    for id in ["a68-126-89o", "a68-126-89p"] {
        assert!(
            rows.iter().any(|&i| ws.dataset.commitments[i].id == id),
            "洗钱 misses {id}"
        );
    }
    // The tag filter names tags by their labels, not their ids.
    h.get_by_role_and_label(egui::accesskit::Role::ComboBox, "Tag")
        .click();
    h.run();
    h.get_by_label("Money laundering");
    assert!(h.query_by_label("money-laundering").is_none());
    // The detail panel names a commitment's tags by their labels too.
    h.key_press(Key::Escape);
    h.run();
    select(&mut h, "A/68/126, para. 89 (o)");
    assert!(h.query_by_label("Money laundering").is_some());
    assert!(h.query_by_label("money-laundering").is_none());
}

#[test]
fn saving_leaves_no_recovery_file_and_no_backup_of_it() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, path) = saved_sample_at_89d(dir.path());
    // Two autosaves: the second replaces the first.
    for key in [Key::Num2, Key::Num3] {
        h.key_press(key);
        h.run();
        h.state_mut().autosave_now();
        common::settle(&mut h);
    }
    let recovery = PoaApp::recovery_of(&path);
    let recovery_bak = poa_review::io::backup_path(&recovery);
    assert!(recovery.exists());
    assert!(!recovery_bak.exists(), "a recovery file keeps no backup");
    // One left by an earlier version goes with the recovery file.
    std::fs::write(&recovery_bak, "old").unwrap();
    // The save runs in the background: step until it is done.
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    common::settle(&mut h);
    assert!(!h.state().ws.as_ref().unwrap().is_dirty());
    assert!(!recovery.exists());
    assert!(
        !recovery_bak.exists(),
        "{} was left",
        recovery_bak.display()
    );
}

#[cfg(unix)]
#[test]
#[expect(
    clippy::disallowed_methods,
    reason = "the test writes the file from a thread of its own, as another program would"
)]
fn opening_a_file_shows_its_name_and_progress_until_it_is_loaded() {
    use std::io::Write as _;
    let dir = tempfile::tempdir().unwrap();
    // A pipe: the file is "read" only as fast as the test writes it, so the loading screen is
    // on view for as long as the test needs, with no timing involved.
    let path = dir.path().join("slow.dataset.ron");
    let made = std::process::Command::new("mkfifo")
        .arg(&path)
        .status()
        .unwrap();
    assert!(made.success());
    let mut h = common::start(
        common::builder(common::SIZE),
        common::options(dir.path(), Some(path.clone())),
    );
    h.step();
    h.get_by_label("Opening slow.dataset.ron");
    let writer = std::thread::spawn({
        let path = path.clone();
        move || {
            let mut pipe = std::fs::OpenOptions::new().write(true).open(&path).unwrap();
            let text = poa_review::sample::DATASET_RON.as_bytes();
            let (first, rest) = text.split_at(text.len() / 2);
            pipe.write_all(first).unwrap();
            pipe.flush().unwrap();
            (pipe, rest.to_vec())
        }
    });
    let (mut pipe, rest) = writer.join().unwrap();
    // Half the file is in: the screen says how much has been read.
    let half = poa_review::sample::DATASET_RON.len() / 2;
    for _ in 0..200 {
        h.step();
        if h.state()
            .tasks
            .loading
            .as_ref()
            .is_some_and(|(_, p)| p.bytes().0 >= half as u64)
        {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
    h.step();
    h.get_by_label("Opening slow.dataset.ron");
    assert!(
        h.query_by_label_contains("Reading the file: ").is_some(),
        "no progress shown"
    );
    pipe.write_all(&rest).unwrap();
    drop(pipe);
    common::settle(&mut h);
    assert!(h.query_by_label("Opening slow.dataset.ron").is_none());
    assert_eq!(
        h.state().ws.as_ref().unwrap().dataset.metadata.id,
        "poa2009-hlr2014-sample"
    );
}

#[test]
fn dragging_a_column_edge_resizes_the_column_and_the_width_is_kept() {
    use poa_review::ui::list_panel::ColumnWidths;
    let dir = tempfile::tempdir().unwrap();
    let before = ColumnWidths::default();
    for (w, h) in [(1280.0, 800.0), (1900.0, 900.0)] {
        let mut harness = window_sized(dir.path(), w, h);
        let handle = harness
            .get_by_label("Drag to change the width of the column “Status”")
            .rect()
            .center();
        harness.hover_at(handle);
        harness.run();
        harness.drag_at(handle);
        harness.run();
        harness.hover_at(handle - egui::vec2(60.0, 0.0));
        harness.run();
        harness.drop_at(handle - egui::vec2(60.0, 0.0));
        harness.run();
        let after = ColumnWidths::load(&harness.ctx);
        assert!(
            (after.status - before.status - 60.0).abs() < 2.0,
            "{w}: {before:?} → {after:?}"
        );
        // Wide enough, every column has its edge.
        if w > 1800.0 {
            for name in ["Reference", "Evidence", "Last changed"] {
                harness.get_by_label(&format!("Drag to change the width of the column “{name}”"));
            }
        }
    }
}

#[test]
fn saving_an_untitled_review_removes_its_autosave_from_the_data_folder() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::open(dir.path(), None);
    select(&mut h, "A/68/126, para. 89 (b)");
    h.key_press(Key::Num2);
    h.run();
    h.state_mut().autosave_now();
    common::settle(&mut h);
    let autosave = dir.path().join("untitled.review.ron.recovery");
    assert!(autosave.exists(), "no autosave of the untitled review");
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    h.run();
    common::answer_path_prompt(&mut h, &dir.path().join("mine.review.ron"), "Save");
    assert!(!h.state().ws.as_ref().unwrap().is_dirty());
    assert!(!autosave.exists(), "the saved review's autosave was left");
}

// Issue 15: the menu, the shortcuts and the F1 list come from one command table that also says
// what is enabled now.

#[test]
fn ctrl_s_on_a_read_only_review_does_not_save_and_the_menu_item_is_disabled() {
    use egui_kittest::kittest::NodeT as _;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("held.review.ron");
    let mut ws = Workspace::new_sample("test").expect("the sample opens");
    ws.save_as(&path).expect("the sample saves");
    drop(ws);
    // Someone else has the review open: this window gets it read-only.
    let _held = poa_review::io::DocumentLock::acquire(&path, "Ana on laptop-1").unwrap();
    let before = std::fs::read(&path).unwrap();
    let mut h = common::open(dir.path(), Some(path.clone()));
    assert!(h.state().ws.as_ref().unwrap().read_only.is_some());

    let messages = h.state().message_texts();
    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    common::settle(&mut h);
    assert!(
        h.query_by_label("File path").is_none(),
        "Ctrl+S on a read-only review asks for nothing"
    );
    assert_eq!(h.state().message_texts(), messages, "and says nothing");
    assert_eq!(
        std::fs::read(&path).unwrap(),
        before,
        "the file is not written"
    );

    h.get_by_label("File").click();
    h.run();
    let save = h.get_by_role_and_label(egui::accesskit::Role::Button, "Save Ctrl+S");
    assert!(save.accesskit_node().is_disabled(), "Save is greyed out");
    let save_as = h.get_by_role_and_label(egui::accesskit::Role::Button, "Save as… Ctrl+Shift+S");
    assert!(!save_as.accesskit_node().is_disabled(), "Save as… is not");
}
