//! Many reviews at once (issue 16): a folder of delegations' reviews, with broken, hostile,
//! duplicate and foreign files among them, aggregated by the command line and the window. The
//! counts in the briefing are counted again here from the reviews themselves.
#![expect(
    clippy::unwrap_used,
    reason = "in tests, a failed unwrap is a failed test"
)]

use std::io::Read as _;
use std::path::{Path, PathBuf};

use egui_kittest::kittest::Queryable as _;
use poa_review::edit::Edit;
use poa_review::model::{Dataset, Review};

use super::common;
use super::merge::{edited, poa};

/// The delegations written, and the files that must be left out.
struct Folder {
    dataset: Dataset,
    reviews: Vec<Review>,
    left_out: Vec<&'static str>,
}

/// Four delegations' reviews of the sample, each marking the commitments in its own pattern,
/// and four files to leave out: truncated, hostile (nested past any sane depth), a second
/// review by "Delegation 2", and a review of another dataset.
fn folder(dir: &Path) -> Folder {
    let d = poa_review::sample::dataset().unwrap();
    let base = poa_review::sample::review().unwrap();
    let mut reviews = Vec::new();
    for k in 0..4_usize {
        let mut r = base.clone();
        r.delegation = format!("Delegation {k}");
        r.assessments.clear();
        r.narratives.clear();
        let edits: Vec<Edit> = d
            .commitments
            .iter()
            .enumerate()
            // Delegation k assesses every (k + 1)th commitment, at a level that depends on both.
            .filter(|(i, _)| i.is_multiple_of(k + 1))
            .map(|(i, c)| Edit::Status {
                commitment: c.id.clone(),
                status: d.status_scale[1 + (i + k) % (d.status_scale.len() - 1)]
                    .id
                    .clone(),
            })
            .collect();
        let path = dir.join(format!("d{k}.review.ron"));
        let mut r = edited(&d, r, "Ana", &edits, &path);
        if k == 1 {
            r.narratives.insert(
                d.groups[0].id.clone(),
                poa_review::model::Narrative {
                    achievements: "Treatment places doubled".to_owned(),
                    challenges: String::new(),
                    priorities: "Reach rural areas".to_owned(),
                },
            );
            poa_review::io::save_document(&path, &r).unwrap();
        }
        reviews.push(r);
    }
    let text = std::fs::read_to_string(dir.join("d2.review.ron")).unwrap();
    std::fs::write(dir.join("e-again.review.ron"), &text).unwrap();
    std::fs::write(dir.join("f-cut.review.ron"), &text[..text.len() / 2]).unwrap();
    std::fs::write(dir.join("g-deep.review.ron"), "(".repeat(100_000)).unwrap();
    std::fs::write(
        dir.join("h-foreign.review.ron"),
        text.replace(&d.metadata.id, "another-dataset"),
    )
    .unwrap();
    Folder {
        dataset: d,
        reviews,
        left_out: vec![
            "e-again.review.ron",
            "f-cut.review.ron",
            "g-deep.review.ron",
            "h-foreign.review.ron",
        ],
    }
}

fn html_escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// How many of `reviews` assessed commitment `id`, and how many marked progress: counted
/// from the reviews, not through the aggregate.
fn counted(d: &Dataset, reviews: &[Review], id: &str) -> (usize, usize) {
    let mut assessed = 0;
    let mut progress = 0;
    for r in reviews {
        if let Some(a) = r.assessments.get(id)
            && a.status != d.status_scale[0].id
        {
            assessed += 1;
            if d.status_scale
                .iter()
                .any(|l| l.id == a.status && l.counts_as_progress)
            {
                progress += 1;
            }
        }
    }
    (assessed, progress)
}

#[test]
fn the_briefing_counts_what_each_delegation_marked_and_names_every_file_left_out() {
    let dir = tempfile::tempdir().unwrap();
    let f = folder(dir.path());
    let d = &f.dataset;
    let (code, out, err) = poa(dir.path(), &["aggregate", ".", "--out", "all.html"]);
    assert_eq!(code, 1, "files were left out: {err}");
    for name in &f.left_out {
        assert!(
            err.lines().any(|l| l.contains(name)),
            "{name} not named: {err}"
        );
    }
    assert!(
        out.contains(
            "the aggregate of 4 reviews of dataset poa2009-hlr2014-sample 2.0.0; 4 files left out"
        ),
        "{out}"
    );
    let html = std::fs::read_to_string(dir.path().join("all.html")).unwrap();
    // Every commitment's row: its assessed and progress counts as counted here.
    for c in &d.commitments {
        let (assessed, progress) = counted(d, &f.reviews, &c.id);
        let pct = (progress * 100 + assessed / 2)
            .checked_div(assessed)
            .unwrap_or(0);
        let label = html_escaped(&format!("{} {}", d.reference(&c.source), c.title["en"]));
        let row = format!("<td>{label}</td><td>{assessed}/4</td><td>{progress} ({pct}%)</td>");
        assert!(html.contains(&row), "{row} not in the briefing");
    }
    // Delegation 3 assessed every fourth commitment; the rest are its gaps.
    let gaps = d.commitments.len() - d.commitments.len().div_ceil(4);
    assert!(
        html.contains(&format!(
            "<td>Delegation 3</td><td>{gaps}/{}</td>",
            d.commitments.len()
        )),
        "Delegation 3's gaps"
    );
    assert!(
        html.contains("<td>Treatment places doubled</td>"),
        "the narrative"
    );
    assert!(html.contains("<figure><svg"), "the stacked-bar charts");
    assert!(
        html.contains("<td style=\"background:#5b8fd6\">100% · "),
        "Delegation 0's heat-map cells, shaded"
    );
    for name in &f.left_out {
        assert!(html.contains(name), "{name} not in the files left out");
    }
    // Private talking points never reach an aggregate.
    for r in &f.reviews {
        for a in r.assessments.values() {
            if !a.talking_points.trim().is_empty() {
                assert!(
                    !html.contains(a.talking_points.trim()),
                    "a talking point leaked"
                );
            }
        }
    }
}

#[test]
fn the_aggregate_briefing_is_a_real_pdf_and_word_document_in_chinese_too() {
    let dir = tempfile::tempdir().unwrap();
    let f = folder(dir.path());
    let (code, _, err) = poa(
        dir.path(),
        &["aggregate", ".", "--out", "all.pdf", "--lang", "zh"],
    );
    assert_eq!(code, 1, "{err}");
    let text = super::pdf::text(&dir.path().join("all.pdf"));
    let flat: String = text.split_whitespace().collect();
    for expected in [
        "各代表团的立场",
        "未计入的文件",
        "Delegation3",
        "g-deep.review.ron",
    ] {
        assert!(flat.contains(expected), "{expected:?} missing: {flat}");
    }
    let (code, _, err) = poa(
        dir.path(),
        &["aggregate", ".", "--out", "all.docx", "--format", "docx"],
    );
    assert_eq!(code, 1, "{err}");
    let mut zip =
        zip::ZipArchive::new(std::fs::File::open(dir.path().join("all.docx")).unwrap()).unwrap();
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    assert!(
        xml.contains("Each commitment across delegations"),
        "part title"
    );
    assert!(xml.contains("Delegation 0"), "a delegation");
    // Delegation 0 assessed every commitment: its heat-map cells are the darkest shade.
    assert!(xml.contains("w:fill=\"5b8fd6\""), "a shaded heat-map cell");
    let media = (0..zip.len())
        .filter(|&i| zip.by_index(i).unwrap().name().unwrap().ends_with(".png"))
        .count();
    assert_eq!(media, 2, "the two charts");
    assert_eq!(f.reviews.len(), 4);
}

#[test]
fn a_name_without_a_known_extension_is_refused_before_anything_is_read() {
    let dir = tempfile::tempdir().unwrap();
    folder(dir.path());
    let (code, _, err) = poa(dir.path(), &["aggregate", ".", "--out", "all.txt"]);
    assert_eq!(code, 1);
    assert!(err.contains("all.txt") && err.contains("--format"), "{err}");
    assert!(!dir.path().join("all.txt").exists());
}

#[test]
fn the_window_opens_a_folder_of_reviews_and_exports_the_briefing() {
    let dir = tempfile::tempdir().unwrap();
    let f = folder(dir.path());
    let mut h = common::open(dir.path(), None);
    h.get_by_label("File").click();
    h.run();
    h.get_by_label("Open a folder of reviews…").click();
    h.run();
    common::answer_path_prompt(&mut h, dir.path(), "Open");
    h.get_by_label_contains(
        "4 of 8 review files read (dataset poa2009-hlr2014-sample 2.0.0); 4 left out.",
    );
    let state = h.state();
    let a = state.aggregate.aggregate.as_ref().unwrap();
    assert_eq!(a.read.members.len(), 4);
    for (c, s) in f.dataset.commitments.iter().zip(&a.summaries) {
        assert_eq!(
            (s.assessed, s.progress),
            counted(&f.dataset, &f.reviews, &c.id),
            "{}",
            c.id
        );
    }
    h.get_by_label("Heat map").click();
    h.run();
    h.get_by_label("Share marked as progress").click();
    h.run();
    h.get_by_label("Not assessed").click();
    h.run();
    h.get_by_label("Delegation 3");
    h.get_by_label_contains("Left out (4)").click();
    h.run();
    h.get_by_label_contains("g-deep.review.ron");
    h.get_by_label("Export…").click();
    h.run();
    let pdf: PathBuf = dir.path().join("aggregate.pdf");
    common::answer_path_prompt(&mut h, &pdf, "Export");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF"), "a PDF");
    let text = super::pdf::text(&pdf);
    assert!(text.contains("Where delegations stand"), "{text}");
}
