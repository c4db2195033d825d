//! Crash safety: a child process saves a review in a loop and is killed with SIGKILL at random
//! moments, 200 times. Afterwards the review file is always a whole version that parses (the old
//! one or a newer one), and so are its backup and the recovery file.
#![cfg(unix)]
#![expect(
    clippy::unwrap_used,
    reason = "in tests, a failed unwrap is a failed test"
)]

use std::io::{BufRead as _, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use poa_review::edit::Edit;
use poa_review::io;
use poa_review::workspace::{Workspace, recovery_path};

const CHILD: &str = "POA_REVIEW_CRASH_CHILD";
const KILLS: usize = 200;
/// The child test's name inside the integration test binary (its path without the crate name).
const CHILD_TEST: &str = "crash::crash_child";
/// The line the child prints when it starts saving: the random moment of the kill is counted
/// from there, not from the spawn, so a busy machine (other tests of the binary running
/// beside this one) does not kill most children before their first save.
const READY: &str = "crash child: saving";

/// Not a test on its own: the child that the crash test starts and kills.
#[test]
#[ignore = "run by killed_saves_never_leave_a_broken_file as its child process"]
fn crash_child() {
    let Ok(path) = std::env::var(CHILD) else {
        return;
    };
    let path = Path::new(&path);
    let mut ws = Workspace::open(path, "child").unwrap();
    println!("{READY}");
    for n in 0.. {
        let at = jiff::Timestamp::now();
        let edit = Edit::Notes {
            commitment: "a68-126-89a".into(),
            text: format!("revision {n}"),
        };
        ws.apply(&edit, at).unwrap();
        // The recovery file first, as the window's autosave would, then the review itself.
        io::write_atomic(
            &recovery_path(path),
            ws.canonical_text().unwrap().as_bytes(),
        )
        .unwrap();
        ws.save_as(path).unwrap();
    }
}

/// A small deterministic random number generator (no dependency needed).
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}

fn check_parses(path: &Path, what: &str, kill: usize) -> Option<String> {
    if !path.exists() {
        return None;
    }
    let d = poa_review::sample::dataset().unwrap();
    let loaded = io::load_review(path, Some(&d))
        .unwrap_or_else(|e| panic!("after kill {kill}, the {what} is broken:\n{e}"));
    loaded
        .doc
        .assessments
        .get("a68-126-89a")
        .map(|a| a.notes.clone())
}

#[test]
fn killed_saves_never_leave_a_broken_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("review.review.ron");
    Workspace::new_sample("parent")
        .unwrap()
        .save_as(&path)
        .unwrap();
    let me = std::env::current_exe().unwrap();
    let mut rng = Lcg(0x5eed_1234);
    let mut last_revision: Option<u64> = None;
    let mut saw_writes = 0;
    let started = Instant::now();
    for kill in 0..KILLS {
        let mut child = Command::new(&me)
            .args([
                CHILD_TEST,
                "--exact",
                "--ignored",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD, &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // libtest prints "test crash::crash_child ... " before the line, without a line break.
        // The pipe stays open until the child is gone, so it never writes into a closed pipe.
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        while out.read_line(&mut line).is_ok_and(|n| n > 0) && !line.trim_end().ends_with(READY) {
            line.clear();
        }
        std::thread::sleep(Duration::from_millis(5 + rng.below(45)));
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        drop(out);

        let notes = check_parses(&path, "review", kill).unwrap_or_default();
        check_parses(&io::backup_path(&path), "backup", kill);
        check_parses(&recovery_path(&path), "recovery file", kill);
        // The review holds the revision of the last complete save: "revision N", or the first
        // version (no notes) when no save finished yet.
        if let Some(n) = notes.strip_prefix("revision ") {
            let n: u64 = n.parse().unwrap();
            saw_writes += 1;
            last_revision = Some(n);
        } else {
            assert!(
                notes.is_empty(),
                "after kill {kill}: unexpected notes {notes:?}"
            );
        }
    }
    // Most runs got some saves done before the kill; the test is meaningless otherwise.
    assert!(
        saw_writes > KILLS / 2,
        "only {saw_writes} of {KILLS} runs saved anything"
    );
    assert!(last_revision.is_some());
    eprintln!(
        "{KILLS} kills in {:.1} s; {saw_writes} left a saved revision",
        started.elapsed().as_secs_f64()
    );
}
