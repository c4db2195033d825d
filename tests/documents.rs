//! Round trips, canonical output, atomic saving and the lock.
#![expect(
    clippy::unwrap_used,
    reason = "in tests, a failed unwrap is a failed test"
)]

use std::path::Path;

use poa_review::io::{self, DocumentLock, LockError, backup_path, lock_path};
use poa_review::model::{Assessment, EvidenceItem, Field, HistoryEntry, Subject};

mod common;

const MINIMAL: &str = "tests/data/good/minimal.dataset.ron";
const MINIMAL_REVIEW: &str = "tests/data/good/minimal.review.ron";

fn files_in(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn dataset_round_trips_and_saves_byte_identically() {
    let d = io::load_dataset(Path::new(MINIMAL)).unwrap().doc;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("copy.dataset.ron");
    io::save_document(&path, &d).unwrap();
    let first = std::fs::read(&path).unwrap();
    let again = io::load_dataset(&path).unwrap();
    assert!(again.warnings.is_empty());
    assert_eq!(again.doc, d);
    io::save_document(&path, &again.doc).unwrap();
    assert_eq!(
        first,
        std::fs::read(&path).unwrap(),
        "two saves of the same dataset differ"
    );
    let text = String::from_utf8(first).unwrap();
    assert!(
        text.starts_with(
            "(\n    format_version: 1,\n    metadata: (\n        id: \"test-minimal\","
        ),
        "{text}"
    );
    assert!(
        text.contains("\"zh\": \"减少需求和相关措施\""),
        "Chinese is written as text, not escapes"
    );
    assert!(!text.contains('\r'));
}

#[test]
fn review_round_trips_with_every_field() {
    let d = io::load_dataset(Path::new(MINIMAL)).unwrap().doc;
    let mut r = io::load_review(Path::new(MINIMAL_REVIEW), Some(&d))
        .unwrap()
        .doc;
    // Add awkward content: quotes, newlines, Chinese, control characters, a raw-looking string.
    r.assessments.insert(
        "c2".into(),
        Assessment {
            status: "achieved".into(),
            evidence_level: "documented".into(),
            evidence: vec![EvidenceItem {
                symbol: "E/2009/28".into(),
                paragraph: "36 (a)".into(),
                location: "https://example.org/a?b=\"c\"".into(),
                note: "line one\nline two \u{7} \"quoted\" r#\"raw\"# 中文".into(),
            }],
            notes: "=HYPERLINK(\"x\")".into(),
            talking_points: "private".into(),
            updated_at: Some("2026-11-22T08:00:00Z".parse().unwrap()),
            updated_by: "Tester".into(),
        },
    );
    r.history.push(HistoryEntry {
        at: "2026-11-22T08:00:00Z".parse().unwrap(),
        by: "Tester".into(),
        subject: Subject::Commitment("c2".into()),
        field: Field::Status,
        old: "not-assessed".into(),
        new: "achieved".into(),
    });
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("r.review.ron");
    io::save_document(&path, &r).unwrap();
    let back = io::load_review(&path, Some(&d)).unwrap();
    assert!(back.warnings.is_empty(), "{:?}", back.warnings);
    assert_eq!(back.doc, r);
    let bytes = std::fs::read(&path).unwrap();
    io::save_document(&path, &back.doc).unwrap();
    assert_eq!(bytes, std::fs::read(&path).unwrap());
}

#[test]
fn content_hash_changes_with_content_only() {
    let d = io::load_dataset(Path::new(MINIMAL)).unwrap().doc;
    let h = io::content_hash(&d).unwrap();
    assert_eq!(
        h,
        "sha256:d854d52e9117b1dd0f8972514f1dba628d6d9a4169c24de886710fce0362fb3c"
    );
    let mut changed = d.clone();
    changed.commitments[0]
        .text
        .insert("en".into(), "Changed.".into());
    assert_ne!(io::content_hash(&changed).unwrap(), h);
}

#[test]
fn saving_keeps_the_previous_version_as_bak_and_leaves_no_temporary_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.review.ron");
    io::write_atomic(&path, b"first").unwrap();
    assert_eq!(files_in(dir.path()), ["doc.review.ron"]);
    io::write_atomic(&path, b"second").unwrap();
    assert_eq!(std::fs::read(&path).unwrap(), b"second");
    assert_eq!(std::fs::read(backup_path(&path)).unwrap(), b"first");
    assert_eq!(
        files_in(dir.path()),
        ["doc.review.ron", "doc.review.ron.bak"]
    );
}

#[test]
fn a_save_that_fails_half_way_leaves_the_original_intact() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.review.ron");
    let original = std::fs::read(MINIMAL_REVIEW).unwrap();
    std::fs::write(&path, &original).unwrap();
    let replacement = vec![b'x'; 100_000];
    let err = io::write_atomic_with(&path, |w| {
        w.write_all(&replacement[..50_000])?;
        Err(std::io::Error::from(std::io::ErrorKind::StorageFull))
    })
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{}: error: could not save (writing): the disk is full; free some space and try again",
            path.display()
        )
    );
    assert_eq!(
        std::fs::read(&path).unwrap(),
        original,
        "the original was damaged"
    );
    assert_eq!(
        files_in(dir.path()),
        ["doc.review.ron"],
        "a temporary file was left behind"
    );
}

#[test]
fn saving_into_a_missing_folder_or_over_a_folder_says_what_is_wrong_with_which_path() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("no-such-folder");
    let path = folder.join("doc.review.ron");
    let err = io::write_atomic(&path, b"x").unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{}: error: could not save: the folder {} does not exist; create it or choose another folder",
            path.display(),
            folder.display()
        )
    );
    let err = io::write_export(dir.path(), b"x", &|_| true).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{}: error: could not save: {} is a folder, not a file; choose a file name in it",
            dir.path().display(),
            dir.path().display()
        )
    );
    assert_eq!(files_in(dir.path()), Vec::<String>::new());
}

#[test]
fn a_document_keeps_its_bak_and_an_export_keeps_none_and_removes_only_ours() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("doc.review.ron");
    io::save_document(
        &doc,
        &io::load_review(Path::new(MINIMAL_REVIEW), None)
            .unwrap()
            .doc,
    )
    .unwrap();
    io::save_document(
        &doc,
        &io::load_review(Path::new(MINIMAL_REVIEW), None)
            .unwrap()
            .doc,
    )
    .unwrap();
    assert!(backup_path(&doc).exists(), "a document lost its .bak");

    let export = dir.path().join("brief.html");
    let ours = |b: &[u8]| b.starts_with(b"OURS");
    io::write_export(&export, b"OURS internal", &ours).unwrap();
    io::write_export(&export, b"OURS shareable", &ours).unwrap();
    assert!(!backup_path(&export).exists(), "an export kept a .bak");
    // An earlier version's backup of ours goes; anything else, or a link, stays.
    std::fs::write(backup_path(&export), b"OURS internal").unwrap();
    io::write_export(&export, b"OURS shareable", &ours).unwrap();
    assert!(!backup_path(&export).exists());
    std::fs::write(backup_path(&export), b"someone else's").unwrap();
    io::write_export(&export, b"OURS shareable", &ours).unwrap();
    assert_eq!(
        std::fs::read(backup_path(&export)).unwrap(),
        b"someone else's"
    );
    std::fs::remove_file(backup_path(&export)).unwrap();
    let target = dir.path().join("elsewhere");
    std::fs::write(&target, b"OURS but linked").unwrap();
    std::os::unix::fs::symlink(&target, backup_path(&export)).unwrap();
    io::write_export(&export, b"OURS shareable", &ours).unwrap();
    assert!(backup_path(&export).exists() && target.exists());
    assert_eq!(std::fs::read(&export).unwrap(), b"OURS shareable");
}

#[test]
fn a_second_writer_is_stopped_and_learns_who_holds_the_lock() {
    let dir = tempfile::tempdir().unwrap();
    let doc = dir.path().join("doc.review.ron");
    let first = DocumentLock::acquire(&doc, "Ana on laptop-1, process 42").unwrap();
    assert_eq!(
        std::fs::read_to_string(lock_path(&doc)).unwrap(),
        "Ana on laptop-1, process 42\n"
    );
    match DocumentLock::acquire(&doc, "Ben") {
        Err(LockError::Held { holder, document }) => {
            assert_eq!(holder, "Ana on laptop-1, process 42");
            assert_eq!(document, doc);
        }
        other => panic!("second lock was not refused: {other:?}"),
    }
    let shown = DocumentLock::acquire(&doc, "Ben").unwrap_err().to_string();
    assert!(
        shown.contains("open elsewhere (Ana on laptop-1, process 42)"),
        "{shown}"
    );
    drop(first);
    assert!(
        !lock_path(&doc).exists(),
        "the lock file stays after release"
    );
    let second = DocumentLock::acquire(&doc, "Ben").unwrap();
    assert_eq!(std::fs::read_to_string(second.path()).unwrap(), "Ben\n");
}

#[test]
fn this_process_describes_who_holds_a_lock() {
    let who = io::lock::this_process();
    assert!(
        who.contains(&format!("process {}", std::process::id())),
        "{who}"
    );
}

#[test]
fn the_window_warns_of_another_dataset_version_refuses_to_export_over_the_review_and_marks_the_copy()
 {
    use egui_kittest::kittest::Queryable as _;
    let dir = tempfile::tempdir().unwrap();
    let data = tempfile::tempdir().unwrap();
    let review = dir.path().join("mine.review.ron");
    let text = std::fs::read_to_string("sample_data/example-delegation.review.ron").unwrap();
    std::fs::write(
        &review,
        text.replacen("version: \"1.0.0\"", "version: \"1.1.0\"", 1),
    )
    .unwrap();
    let before = std::fs::read(&review).unwrap();
    let mut h = common::open(data.path(), Some(review.clone()));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    h.run();
    assert!(
        h.query_by_label_contains("This review was made on version 1.1.0 of dataset")
            .is_some(),
        "the export dialog does not warn of the other version"
    );
    // A name that is the review under another name is refused, and the review stays.
    let link = dir.path().join("link.pdf");
    std::os::unix::fs::symlink(&review, &link).unwrap();
    h.get_by_label("Export…").click();
    h.run();
    common::answer_path_prompt(&mut h, &link, "Export");
    assert!(
        h.query_by_label_contains("mine.review.ron, which the export reads")
            .is_some(),
        "the refusal is not shown"
    );
    assert_eq!(std::fs::read(&review).unwrap(), before);
    // Elsewhere it is written, and says under its title which version the review was made on.
    let out = dir.path().join("b.md");
    h.get_by_label("Export…").click();
    h.run();
    common::answer_path_prompt(&mut h, &out, "Export");
    let md = std::fs::read_to_string(&out).unwrap();
    assert!(
        md.contains("the review was made on version 1.1.0, not on this one"),
        "{md}"
    );
}
