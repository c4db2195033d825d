//! Round trips, canonical output, atomic saving and the lock.
#![expect(
    clippy::unwrap_used,
    reason = "in tests, a failed unwrap is a failed test"
)]

use std::path::Path;

use poa_review::io::{self, DocumentLock, LockError, backup_path, lock_path};
use poa_review::model::{Assessment, EvidenceItem, Field, HistoryEntry, Subject};

use crate::common;

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
                id: "0123456789abcdef".into(),
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
        id: "fedcba9876543210".into(),
        at: "2026-11-22T08:00:00Z".parse().unwrap(),
        by: "Tester".into(),
        subject: Subject::Commitment("c2".into()),
        field: Field::Status,
        old: "not-assessed".into(),
        new: "achieved".into(),
        item: String::new(),
    });
    // A conflict a merge left, with an evidence item on one side only.
    r.conflicts.push(poa_review::model::Conflict {
        subject: Subject::Commitment("c2".into()),
        field: Field::Evidence,
        values: poa_review::model::ConflictValues::Evidence {
            item: "0123456789abcdef".into(),
            base: Some(None),
            mine: Some(r.assessments["c2"].evidence[0].clone()),
            theirs: None,
        },
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
    let review = io::load_review(Path::new(MINIMAL_REVIEW), None)
        .unwrap()
        .doc;
    // Saved twice: the second save keeps the first as NAME.bak.
    for _ in 0..2 {
        io::save_document(&doc, &review).unwrap();
    }
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

// Issue 14, items 2, 10 and 11: tag labels (dataset format 2), the leading comment, recovery files.

#[test]
fn a_format_1_dataset_still_reads_and_a_format_2_dataset_has_tag_labels() {
    use poa_review::model::DATASET_FORMAT_VERSION;
    assert_eq!(DATASET_FORMAT_VERSION, 3);
    let v1_text = std::fs::read_to_string(MINIMAL).unwrap();
    assert!(v1_text.contains("format_version: 1,"));
    let v1 = io::dataset_from_text(Path::new(MINIMAL), &v1_text).unwrap();
    assert!(v1.warnings.is_empty(), "{:?}", v1.warnings);
    assert!(v1.doc.tags.is_empty());
    // Without labels a tag is shown by its id; the file keeps no empty `tags` (and its hash).
    assert_eq!(v1.doc.tag_label("hiv", "zh"), "hiv");
    assert!(!io::to_ron_string(&v1.doc).unwrap().contains("\n    tags: "));

    let v2_text = v1_text.replacen("format_version: 1,", "format_version: 2,", 1).replacen(
        "    commitments: [",
        "    tags: [(id: \"hiv\", label: {\"en\": \"HIV\", \"zh\": \"艾滋病毒\"})],\n    commitments: [",
        1,
    );
    let v2 = io::dataset_from_text(Path::new("v2.dataset.ron"), &v2_text).unwrap();
    assert!(v2.warnings.is_empty(), "{:?}", v2.warnings);
    assert_eq!(v2.doc.format_version, 2);
    assert_eq!(v2.doc.tag_label("hiv", "zh"), "艾滋病毒");
    assert_eq!(
        v2.doc.tag_label("hiv", "ru"),
        "HIV",
        "English when the language is missing"
    );

    // A label without English is an error with its position, like every other text.
    let bad = v2_text.replacen("\"en\": \"HIV\", ", "", 1);
    let e = io::dataset_from_text(Path::new("bad.dataset.ron"), &bad).unwrap_err();
    assert!(e.to_string().contains("English"), "{e}");
    // A newer format is refused, naming the version this build reads.
    let v4 = v1_text.replacen("format_version: 1,", "format_version: 4,", 1);
    let e = io::dataset_from_text(Path::new("v4.dataset.ron"), &v4).unwrap_err();
    assert!(e.to_string().contains("reads format_version 3"), "{e}");
}

#[test]
fn saving_an_opened_review_keeps_its_leading_comment() {
    use poa_review::workspace::Workspace;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("example.review.ron");
    std::fs::write(&path, poa_review::sample::REVIEW_RON).unwrap();
    let comment = "// Example review for poa-review. The delegation, the people and every assessment, note and\n// talking point in this file are fictitious; only the A/68/126 paragraph references are real.\n// The national documents cited as evidence (their titles, symbols and file paths) are invented too.\n";
    assert!(poa_review::sample::REVIEW_RON.starts_with(comment));
    let mut ws = Workspace::open(&path, "test").unwrap();
    ws.apply(
        &poa_review::edit::Edit::Notes {
            commitment: "a68-126-89a".into(),
            text: "changed".into(),
        },
        "2026-11-30T10:00:00Z".parse().unwrap(),
    )
    .unwrap();
    ws.save_as(&path).unwrap();
    let saved = std::fs::read_to_string(&path).unwrap();
    assert!(saved.starts_with(&format!("{comment}(\n")), "{saved}");
    assert!(saved.contains("notes: \"changed\""));
    drop(ws);
    // Saved again unchanged, it is byte for byte the same (the comment is not doubled).
    let mut again = Workspace::open(&path, "test").unwrap();
    again.save_as(&path).unwrap();
    assert_eq!(std::fs::read_to_string(&path).unwrap(), saved);
    // A review written without a comment gets none.
    let plain = dir.path().join("plain.review.ron");
    let mut new = Workspace::new_sample("test").unwrap();
    new.save_as(&plain).unwrap();
    assert!(std::fs::read_to_string(&plain).unwrap().starts_with("(\n"));
}

#[test]
fn the_leading_comment_is_the_comment_block_before_the_document() {
    assert_eq!(
        io::leading_comment("\u{feff}// a\r\n//  b\r\n\r\n// c\r\n(x: 1)"),
        "// a\n//  b\n\n// c\n"
    );
    assert_eq!(
        io::leading_comment("/* one\n   two */\n(x: 1)"),
        "/* one\n   two */\n"
    );
    assert_eq!(
        io::leading_comment("/* open\n(x: 1)"),
        "",
        "an unclosed comment is not kept"
    );
    assert_eq!(io::leading_comment("/* a */ (x: 1)"), "");
    assert_eq!(io::leading_comment("\n\n(x: 1)\n// after"), "");
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
        text.replacen("version: \"2.0.0\"", "version: \"2.1.0\"", 1),
    )
    .unwrap();
    let before = std::fs::read(&review).unwrap();
    let mut h = common::open(data.path(), Some(review.clone()));
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    h.run();
    assert!(
        h.query_by_label_contains("This review was made on version 2.1.0 of dataset")
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
        md.contains("the review was made on version 2.1.0, not on this one"),
        "{md}"
    );
}
