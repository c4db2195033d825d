//! Merging reviews from the command line and as git's merge driver, run as real processes on
//! real files (and a real git repository).
#![expect(
    clippy::unwrap_used,
    reason = "in tests, a failed unwrap is a failed test"
)]

use std::path::{Path, PathBuf};
use std::process::Command;

use jiff::Timestamp;
use poa_review::edit::Edit;
use poa_review::io::{load_review, save_document};
use poa_review::model::{Dataset, Field, Review};
use poa_review::sample;

pub fn poa(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_poa-review"))
        .current_dir(dir)
        .env("POA_REVIEW_LANG", "en")
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn at(s: i64) -> Timestamp {
    Timestamp::from_second(1_800_000_000 + s).unwrap()
}

pub fn notes(c: &str, text: &str) -> Edit {
    Edit::Notes {
        commitment: c.to_owned(),
        text: text.to_owned(),
    }
}

/// The sample review read as a file would be (ids given), saved as `name` in `dir`.
pub fn base(dir: &Path, name: &str) -> (Dataset, Review, PathBuf) {
    let d = sample::dataset().unwrap();
    let r = sample::review().unwrap();
    let path = dir.join(name);
    save_document(&path, &r).unwrap();
    (d, r, path)
}

pub fn edited(d: &Dataset, mut r: Review, by: &str, edits: &[Edit], path: &Path) -> Review {
    for (i, e) in edits.iter().enumerate() {
        e.apply(d, &mut r, by, at(i64::try_from(i).unwrap()))
            .unwrap();
    }
    save_document(path, &r).unwrap();
    r
}

#[test]
fn two_copies_merge_on_the_command_line_and_conflicts_are_kept_to_answer() {
    let dir = tempfile::tempdir().unwrap();
    let (d, r, _) = base(dir.path(), "base.review.ron");
    let (c1, c2, c3) = (
        &d.commitments[0].id,
        &d.commitments[1].id,
        &d.commitments[2].id,
    );
    edited(
        &d,
        r.clone(),
        "Ana",
        &[notes(c1, "Vienna's note"), notes(c3, "ours")],
        &dir.path().join("mine.review.ron"),
    );
    edited(
        &d,
        r,
        "Bo",
        &[
            Edit::Status {
                commitment: c2.clone(),
                status: d.status_scale[2].id.clone(),
            },
            notes(c3, "theirs"),
        ],
        &dir.path().join("theirs.review.ron"),
    );
    let before_mine = std::fs::read(dir.path().join("mine.review.ron")).unwrap();

    let (code, out, err) = poa(
        dir.path(),
        &[
            "merge",
            "mine.review.ron",
            "theirs.review.ron",
            "--out",
            "merged.review.ron",
            "--by",
            "Chen",
        ],
    );
    assert_eq!(code, 1, "a conflict is left: {out}{err}");
    assert!(
        out.contains(
            "Merged theirs.review.ron: changes taken: 1, conflicts: 1, new history entries: 2."
        ),
        "{out}"
    );
    assert!(
        out.contains(&format!(
            "conflict in {c3}, Notes: mine “ours”, theirs “theirs”"
        )),
        "{out}"
    );
    let merged = load_review(&dir.path().join("merged.review.ron"), Some(&d))
        .unwrap()
        .doc;
    assert_eq!(merged.assessments[c1].notes, "Vienna's note");
    assert_eq!(merged.assessments[c2].status, d.status_scale[2].id);
    assert_eq!(
        merged.assessments[c3].notes, "ours",
        "a conflict keeps ours"
    );
    assert_eq!(merged.conflicts.len(), 1, "and is saved to be answered");
    assert!(merged.history.iter().any(|h| h.by == "Ana"));
    assert!(merged.history.iter().any(|h| h.by == "Bo"));
    let last = merged.history.last().unwrap();
    assert_eq!(
        (last.field, last.by.as_str(), last.new.as_str()),
        (Field::Merge, "Chen", "theirs.review.ron")
    );
    assert_eq!(
        std::fs::read(dir.path().join("mine.review.ron")).unwrap(),
        before_mine,
        "inputs untouched"
    );

    let (code, out, _) = poa(
        dir.path(),
        &[
            "merge",
            "mine.review.ron",
            "theirs.review.ron",
            "--out",
            "both.review.ron",
            "--conflicts",
            "both",
        ],
    );
    assert_eq!(code, 0, "{out}");
    let both = load_review(&dir.path().join("both.review.ron"), Some(&d))
        .unwrap()
        .doc;
    assert_eq!(both.assessments[c3].notes, "ours\n\ntheirs");
    assert!(both.conflicts.is_empty());

    let (code, out, _) = poa(
        dir.path(),
        &["merge", "mine.review.ron", "mine.review.ron", "--dry-run"],
    );
    assert_eq!(code, 0);
    assert!(out.contains("mine.review.ron holds nothing new"), "{out}");
}

#[test]
fn a_merge_never_writes_over_an_input_and_bad_inputs_are_named_with_their_line() {
    let dir = tempfile::tempdir().unwrap();
    let (d, r, _) = base(dir.path(), "mine.review.ron");
    let mine = std::fs::read(dir.path().join("mine.review.ron")).unwrap();
    let (code, _, err) = poa(
        dir.path(),
        &[
            "merge",
            "mine.review.ron",
            "mine.review.ron",
            "--out",
            "./mine.review.ron",
        ],
    );
    assert_eq!(code, 1);
    assert!(err.contains("is one of the reviews being merged"), "{err}");

    std::fs::write(
        dir.path().join("bad.review.ron"),
        "(\n  format_version: 2,\n  delegation: 7,\n)",
    )
    .unwrap();
    let (code, _, err) = poa(
        dir.path(),
        &[
            "merge",
            "mine.review.ron",
            "bad.review.ron",
            "--out",
            "out.review.ron",
        ],
    );
    assert_eq!(code, 1, "{err}");
    assert!(err.starts_with("bad.review.ron:3:15: error:"), "{err}");
    assert!(!dir.path().join("out.review.ron").exists());

    let mut other = r;
    "3.0.0".clone_into(&mut other.dataset.version);
    save_document(&dir.path().join("other.review.ron"), &other).unwrap();
    let (code, _, err) = poa(
        dir.path(),
        &[
            "merge",
            "mine.review.ron",
            "other.review.ron",
            "--out",
            "out.review.ron",
        ],
    );
    assert_eq!(code, 1);
    let id = &d.metadata.id;
    assert!(
        err.contains(&format!("different datasets, {id} 2.0.0 and {id} 3.0.0")),
        "{err}"
    );
    assert!(!dir.path().join("out.review.ron").exists());
    assert_eq!(
        std::fs::read(dir.path().join("mine.review.ron")).unwrap(),
        mine
    );
}

fn git(dir: &Path, args: &[&str]) -> (bool, String) {
    let out = Command::new("git")
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.org")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.org")
        .env("HOME", dir)
        .env("POA_REVIEW_LANG", "en")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.success(),
        format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        ),
    )
}

#[test]
fn git_merges_reviews_through_the_merge_driver() {
    let dir = tempfile::tempdir().unwrap();
    let repo = dir.path();
    assert!(git(repo, &["init", "-q", "-b", "main"]).0);
    let (d, r, path) = base(repo, "review.review.ron");
    std::fs::write(
        repo.join(".gitattributes"),
        "*.review.ron merge=poa-review\n",
    )
    .unwrap();
    let driver = format!(
        "{} merge-driver %O %A %B %P",
        env!("CARGO_BIN_EXE_poa-review")
    );
    assert!(git(repo, &["config", "merge.poa-review.driver", &driver]).0);
    assert!(git(repo, &["add", "."]).0);
    assert!(git(repo, &["commit", "-qm", "base"]).0);
    let (c1, c2) = (&d.commitments[0].id, &d.commitments[1].id);

    assert!(git(repo, &["checkout", "-qb", "capital"]).0);
    edited(&d, r.clone(), "Bo", &[notes(c2, "from the capital")], &path);
    assert!(git(repo, &["commit", "-qam", "capital"]).0);
    assert!(git(repo, &["checkout", "-q", "main"]).0);
    let ours = load_review(&path, None).unwrap().doc;
    edited(&d, ours, "Ana", &[notes(c1, "from Vienna")], &path);
    assert!(git(repo, &["commit", "-qam", "vienna"]).0);

    let (ok, log) = git(repo, &["merge", "--no-edit", "capital"]);
    assert!(ok, "{log}");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains("<<<<<<<"), "no conflict markers");
    let merged = load_review(&path, Some(&d)).unwrap().doc;
    assert_eq!(merged.assessments[c1].notes, "from Vienna");
    assert_eq!(merged.assessments[c2].notes, "from the capital");
    assert!(merged.conflicts.is_empty());

    // Both change one field: git reports a conflict, and the review keeps it to answer.
    assert!(git(repo, &["checkout", "-qb", "again", "capital"]).0);
    let theirs = load_review(&path, None).unwrap().doc;
    edited(&d, theirs, "Bo", &[notes(c1, "capital's view")], &path);
    assert!(git(repo, &["commit", "-qam", "again"]).0);
    assert!(git(repo, &["checkout", "-q", "main"]).0);
    let (ok, log) = git(repo, &["merge", "--no-edit", "again"]);
    assert!(!ok, "git says the merge has a conflict: {log}");
    let merged = load_review(&path, Some(&d)).unwrap().doc;
    assert_eq!(merged.assessments[c1].notes, "from Vienna");
    assert_eq!(merged.conflicts.len(), 1);
    assert!(!std::fs::read_to_string(&path).unwrap().contains("<<<<<<<"));
}

#[test]
fn a_version_1_review_reads_with_ids_and_is_written_as_version_2() {
    let text = sample::REVIEW_RON;
    assert!(
        text.contains("format_version: 1"),
        "the sample is still version 1"
    );
    let r = sample::review().unwrap();
    assert_eq!(r.format_version, 2);
    assert!(r.history.iter().all(|h| h.id.len() == 16));
    assert!(
        r.assessments
            .values()
            .flat_map(|a| &a.evidence)
            .all(|e| e.id.len() == 16)
    );
    let again = sample::review().unwrap();
    assert_eq!(r, again, "the same ids every time");
    let saved = poa_review::io::to_ron_string(&r).unwrap();
    assert!(saved.contains("format_version: 2"));
}

#[test]
fn what_changed_since_a_date_is_printed_or_written_per_pillar() {
    let dir = tempfile::tempdir().unwrap();
    let (d, r, _) = base(dir.path(), "base.review.ron");
    let (c1, c2) = (&d.commitments[0].id, &d.commitments[1].id);
    edited(
        &d,
        r,
        "Ana",
        &[
            Edit::Status {
                commitment: c1.clone(),
                status: d.status_scale[4].id.clone(),
            },
            notes(c2, "A new note"),
        ],
        &dir.path().join("mine.review.ron"),
    );
    let (code, out, err) = poa(
        dir.path(),
        &["changes", "mine.review.ron", "--since", "2027-01-01"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(
        out.starts_with("# Example delegation (fictitious): what changed since 2027-01-01\n"),
        "{out}"
    );
    let group = d.group(&d.commitments[0].group).unwrap();
    assert!(out.contains(&format!("## {}", group.title["en"])), "{out}");
    assert!(
        out.contains("| Reference | Field | Before | Now | By | When |"),
        "{out}"
    );
    let status = d.status_scale[4].label["en"].clone();
    let line = out
        .lines()
        .find(|l| l.starts_with(&format!("| {c1} — ")))
        .unwrap();
    assert!(
        line.ends_with(&format!(
            "| Status | Substantial progress | {status} | Ana | 2027-01-15 08:00 |"
        )),
        "{line}"
    );
    assert!(
        out.contains("| Notes | (empty) | A new note | Ana | 2027-01-15 08:00 |"),
        "{out}"
    );

    let (code, out, _) = poa(
        dir.path(),
        &["changes", "mine.review.ron", "--since", "2030-01-01"],
    );
    assert_eq!(code, 0);
    assert!(out.contains("Nothing changed since 2030-01-01."), "{out}");
    let (code, _, err) = poa(
        dir.path(),
        &["changes", "mine.review.ron", "--since", "last week"],
    );
    assert_eq!(code, 1);
    assert!(err.contains("\"last week\" is not a date"), "{err}");

    let (code, _, err) = poa(
        dir.path(),
        &[
            "changes",
            "mine.review.ron",
            "--since",
            "2027-01-01",
            "--lang",
            "zh",
            "--out",
            "changes.md",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let text = std::fs::read_to_string(dir.path().join("changes.md")).unwrap();
    assert!(
        text.starts_with("# Example delegation (fictitious)：自 2027-01-01 以来的更改"),
        "{text}"
    );
}

#[test]
fn two_reviews_are_compared_field_by_field_and_written_as_html() {
    let dir = tempfile::tempdir().unwrap();
    let (d, r, _) = base(dir.path(), "base.review.ron");
    let c1 = &d.commitments[0].id;
    edited(
        &d,
        r,
        "Bo",
        &[notes(c1, "Theirs <b>bold</b>")],
        &dir.path().join("theirs.review.ron"),
    );
    let (code, out, err) = poa(
        dir.path(),
        &["compare", "base.review.ron", "theirs.review.ron"],
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("# Comparison of two reviews\n"), "{out}");
    assert!(
        out.contains("| Reference | Field | base.review.ron | theirs.review.ron |"),
        "{out}"
    );
    assert!(out.contains(&format!("| {c1} — ")), "{out}");
    let base_notes = &d_review_notes(c1);
    assert!(
        out.contains(&format!(
            "| Notes | {base_notes} | Theirs &lt;b>bold&lt;/b> |"
        )),
        "{out}"
    );
    assert_eq!(
        out.matches("\n| ").count(),
        2,
        "one heading row and one difference: {out}"
    );

    let (code, _, err) = poa(
        dir.path(),
        &[
            "compare",
            "base.review.ron",
            "theirs.review.ron",
            "--out",
            "compare.html",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(dir.path().join("compare.html")).unwrap();
    assert!(
        html.contains("<td>Theirs &lt;b&gt;bold&lt;/b&gt;</td>"),
        "{html}"
    );
    let (code, _, err) = poa(
        dir.path(),
        &[
            "compare",
            "base.review.ron",
            "theirs.review.ron",
            "--out",
            "theirs.review.ron",
        ],
    );
    assert_eq!(code, 1);
    assert!(
        err.contains("is read by this command; write to another file"),
        "{err}"
    );
}

#[test]
fn truncated_or_hostile_merge_inputs_are_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let (_, _, mine) = base(dir.path(), "mine.review.ron");
    let before = std::fs::read(&mine).unwrap();
    let text = String::from_utf8(before.clone()).unwrap();
    let cut = text.len() / 2;
    let cut = (cut..text.len())
        .find(|i| text.is_char_boundary(*i))
        .unwrap();
    std::fs::write(dir.path().join("truncated.review.ron"), &text[..cut]).unwrap();
    std::fs::write(
        dir.path().join("binary.review.ron"),
        [0xFF_u8, 0xFE, 0x00, 0x9C, 0x80],
    )
    .unwrap();
    let deep = format!(
        "(format_version: 2, delegation: {}\"x\"{})",
        "[".repeat(5000),
        "]".repeat(5000)
    );
    std::fs::write(dir.path().join("deep.review.ron"), deep).unwrap();
    for bad in [
        "truncated.review.ron",
        "binary.review.ron",
        "deep.review.ron",
    ] {
        let (code, out, err) = poa(
            dir.path(),
            &["merge", "mine.review.ron", bad, "--out", "out.review.ron"],
        );
        assert_eq!(code, 1, "{bad}: {out}{err}");
        let first = err.lines().next().unwrap_or_default();
        assert!(first.starts_with(&format!("{bad}:")), "{bad}: {err}");
        assert!(first.contains(": error: "), "{bad}: {err}");
        let position: Vec<&str> = first.splitn(4, ':').collect();
        assert!(
            position[1].parse::<u32>().is_ok() && position[2].parse::<u32>().is_ok(),
            "{bad}: a line and a column: {first}"
        );
        assert!(!dir.path().join("out.review.ron").exists(), "{bad}");
        assert_eq!(
            std::fs::read(&mine).unwrap(),
            before,
            "{bad}: ours untouched"
        );
    }
}

/// The example review's notes on a commitment ("(empty)" when it has none), as a comparison
/// writes them.
fn d_review_notes(commitment: &str) -> String {
    let r = poa_review::sample::review().unwrap();
    r.assessments
        .get(commitment)
        .map(|a| a.notes.clone())
        .filter(|n| !n.is_empty())
        .unwrap_or_else(|| "(empty)".to_owned())
}
