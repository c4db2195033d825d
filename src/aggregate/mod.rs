//! Many reviews of one dataset at once (issue 16): read them in parallel, leave out (and say
//! why) those that cannot be read, are of another dataset or repeat a delegation, and summarise
//! each commitment across delegations: how many at each status and evidence level, how many
//! assessed, how many counted as progress, how far they disagree, and who has not assessed it.
//! Private talking points are dropped as each review is read and never reach an aggregate.
//! No GUI and no file writing here: the briefing's tables are built here, and written (with
//! its charts) by [`crate::export::aggregate`].

mod briefing;
mod heat_map;
mod open;
mod sort;

pub use briefing::{AggregateBriefing, CHART_ROWS, briefing};
pub use heat_map::{Cell, HeatMap, heat_maps};
pub use open::{Aggregate, open};
pub use sort::{Sort, order};

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::io;
use crate::model::{Dataset, Review};
use crate::problem::Problem;

/// One delegation's review, read for an aggregate (without its private talking points).
#[derive(Clone, Debug)]
pub struct Member {
    /// The file it was read from.
    pub path: PathBuf,
    /// The review, every talking point emptied.
    pub review: Review,
}

/// The reviews read, and the files left out with the reason.
#[derive(Debug, Default)]
pub struct Members {
    /// The reviews of the dataset, one per delegation, in file-name order.
    pub members: Vec<Member>,
    /// Files left out: unreadable, invalid, of another dataset, or a delegation already read.
    pub left_out: Vec<Problem>,
}

impl Members {
    /// How many files were left out (a file with several problems counts once).
    #[must_use]
    pub fn files_left_out(&self) -> usize {
        self.left_out
            .iter()
            .map(|p| &p.file)
            .collect::<HashSet<_>>()
            .len()
    }
}

/// The `*.review.ron` files of a folder, in name order; a file is itself.
#[must_use]
pub fn review_files(inputs: &[PathBuf]) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for input in inputs {
        if input.is_dir() {
            let mut found: Vec<PathBuf> = std::fs::read_dir(input)
                .into_iter()
                .flatten()
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.to_string_lossy().ends_with(".review.ron"))
                .collect();
            found.sort();
            out.extend(found);
        } else {
            out.push(input.clone());
        }
    }
    out
}

/// Reads `files` as reviews of `dataset`, on every core. A file that cannot be read or is not a
/// valid review of this dataset is left out with its problems (file, line, column); so is a
/// second review by a delegation already read (the first, in name order, is kept).
#[must_use]
pub fn read(files: &[PathBuf], dataset: &Dataset) -> Members {
    let threads = std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get);
    let chunk = files.len().div_ceil(threads.max(1)).max(1);
    // Hashed once, not once a review: hashing the dataset is most of the work of checking one.
    let hash = io::content_hash(dataset).ok();
    let hash = hash.as_deref();
    let results: Vec<Result<Review, Vec<Problem>>> = std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|path| read_one(path, dataset, hash))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    let mut out = Members::default();
    let mut seen: HashSet<String> = HashSet::new();
    for (path, result) in files.iter().zip(results) {
        match result {
            Err(problems) => out.left_out.extend(problems),
            Ok(review) => {
                let who = review.delegation.trim().to_owned();
                if !seen.insert(who.clone()) {
                    out.left_out.push(Problem::file_error(
                        path,
                        msg!("aggregate-duplicate", delegation = who),
                    ));
                    continue;
                }
                out.members.push(Member {
                    path: path.clone(),
                    review,
                });
            }
        }
    }
    out
}

/// One review, its talking points dropped; errors are its problems.
fn read_one(path: &Path, dataset: &Dataset, hash: Option<&str>) -> Result<Review, Vec<Problem>> {
    match io::load_review_hashed(path, dataset, hash) {
        Ok(loaded) => {
            let mut review = loaded.doc;
            for a in review.assessments.values_mut() {
                a.talking_points.clear();
            }
            Ok(review)
        }
        Err(e) => Err(e.problems().to_vec()),
    }
}

/// One commitment across the delegations.
#[derive(Clone, Debug, PartialEq)]
pub struct CommitmentSummary {
    /// Commitment id.
    pub id: String,
    /// How many delegations stand at each status level, in the scale's order (the first is
    /// "not assessed", which a delegation without an assessment also counts as).
    pub statuses: Vec<usize>,
    /// How many at each evidence level, in the scale's order.
    pub evidence: Vec<usize>,
    /// How many delegations assessed it (a status other than the first).
    pub assessed: usize,
    /// How many marked a status that counts as progress.
    pub progress: usize,
    /// How far the assessing delegations disagree, from 0 (all the same status) to 1 (spread
    /// evenly over every assessed level): the normalised entropy of their statuses.
    pub disagreement: f64,
    /// The delegations that have not assessed it, in member order.
    pub not_assessed_by: Vec<String>,
}

/// Summarises every commitment of `dataset` over `members`, in the dataset's order.
#[must_use]
pub fn summarise(dataset: &Dataset, members: &[Member]) -> Vec<CommitmentSummary> {
    let default_status = dataset.default_status();
    let default_evidence = dataset.default_evidence();
    let status_index = |id: &str| dataset.status_scale.iter().position(|l| l.id == id);
    let evidence_index = |id: &str| dataset.evidence_scale.iter().position(|l| l.id == id);
    dataset
        .commitments
        .iter()
        .map(|c| {
            let mut statuses = vec![0; dataset.status_scale.len()];
            let mut evidence = vec![0; dataset.evidence_scale.len()];
            let mut not_assessed_by = Vec::new();
            let mut progress = 0;
            for m in members {
                let a = m.review.assessments.get(&c.id);
                let status = a.map_or(default_status, |a| a.status.as_str());
                let level = a.map_or(default_evidence, |a| a.evidence_level.as_str());
                if let Some(i) = status_index(status) {
                    statuses[i] += 1;
                }
                if let Some(i) = evidence_index(level) {
                    evidence[i] += 1;
                }
                if status == default_status {
                    not_assessed_by.push(m.review.delegation.clone());
                }
                if dataset
                    .status_level(status)
                    .is_some_and(|l| l.counts_as_progress)
                {
                    progress += 1;
                }
            }
            let assessed = members.len() - not_assessed_by.len();
            CommitmentSummary {
                id: c.id.clone(),
                disagreement: disagreement(statuses.get(1..).unwrap_or(&[])),
                statuses,
                evidence,
                assessed,
                progress,
                not_assessed_by,
            }
        })
        .collect()
}

/// Who has not assessed what: per delegation with gaps, its name and the references of the
/// commitments it has not assessed (dataset order), the most gaps first.
#[must_use]
pub fn gaps(
    dataset: &Dataset,
    summaries: &[CommitmentSummary],
    members: &[Member],
) -> Vec<(String, Vec<String>)> {
    let mut per: Vec<(String, Vec<String>)> = members
        .iter()
        .map(|m| (m.review.delegation.clone(), Vec::new()))
        .collect();
    let index: std::collections::HashMap<&str, usize> = members
        .iter()
        .enumerate()
        .map(|(i, m)| (m.review.delegation.as_str(), i))
        .collect();
    for (c, s) in dataset.commitments.iter().zip(summaries) {
        let reference = dataset.reference(&c.source);
        for who in &s.not_assessed_by {
            if let Some(&i) = index.get(who.as_str()) {
                per[i].1.push(reference.clone());
            }
        }
    }
    per.retain(|(_, list)| !list.is_empty());
    per.sort_by_key(|(_, list)| std::cmp::Reverse(list.len()));
    per
}

/// The normalised entropy of `counts` over the levels they may take: 0 when every count is in
/// one level (or there are fewer than two), 1 when spread evenly over all of them.
#[must_use]
pub fn disagreement(counts: &[usize]) -> f64 {
    let total: usize = counts.iter().sum();
    if total < 2 || counts.len() < 2 {
        return 0.0;
    }
    #[expect(clippy::cast_precision_loss, reason = "counts of delegations")]
    let (total, levels) = (total as f64, counts.len() as f64);
    let entropy: f64 = counts
        .iter()
        .filter(|&&n| n > 0)
        .map(|&n| {
            #[expect(clippy::cast_precision_loss, reason = "counts of delegations")]
            let p = n as f64 / total;
            -p * p.ln()
        })
        .sum();
    (entropy / levels.ln()).clamp(0.0, 1.0)
}

/// The tidy long table analysts load into their own tools: one row per delegation ×
/// commitment × field (status, evidence level, evidence, notes), with the delegation, the file,
/// the commitment id, the field and its value. Commitments a delegation has not assessed have
/// rows too (status at the scale's first level), so every delegation has the same rows.
/// Talking points are never in it.
#[must_use]
pub fn long_table(dataset: &Dataset, members: &[Member]) -> Vec<[String; 5]> {
    let default_status = dataset.default_status();
    let default_evidence = dataset.default_evidence();
    let mut rows = Vec::with_capacity(members.len() * dataset.commitments.len() * 4);
    for m in members {
        let who = &m.review.delegation;
        let file = m
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        for c in &dataset.commitments {
            let a = m.review.assessments.get(&c.id);
            let evidence = a
                .map(|a| {
                    a.evidence
                        .iter()
                        .map(crate::edit::describe_evidence)
                        .collect::<Vec<_>>()
                        .join("; ")
                })
                .unwrap_or_default();
            for (field, value) in [
                (
                    "status",
                    a.map_or(default_status, |a| a.status.as_str()).to_owned(),
                ),
                (
                    "evidence_level",
                    a.map_or(default_evidence, |a| a.evidence_level.as_str())
                        .to_owned(),
                ),
                ("evidence", evidence),
                ("notes", a.map(|a| a.notes.clone()).unwrap_or_default()),
            ] {
                rows.push([
                    who.clone(),
                    file.clone(),
                    c.id.clone(),
                    field.to_owned(),
                    value,
                ]);
            }
        }
    }
    rows
}

/// How many rows [`long_table`] has: four per delegation and commitment.
#[must_use]
pub fn long_table_len(dataset: &Dataset, members: &[Member]) -> usize {
    members.len() * dataset.commitments.len() * 4
}

/// The header of [`long_table`]: stable English column names, the same in every language, so
/// scripts can rely on them.
pub const LONG_TABLE_HEADER: [&str; 5] = ["delegation", "file", "commitment", "field", "value"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Edit;
    use crate::sample;

    fn member(name: &str, edits: &[(&str, &str)]) -> Member {
        let d = sample::dataset().expect("sample");
        let mut r = crate::workspace::empty_review(&d, name);
        for (i, (c, status)) in edits.iter().enumerate() {
            Edit::Status {
                commitment: (*c).to_owned(),
                status: (*status).to_owned(),
            }
            .apply(
                &d,
                &mut r,
                name,
                jiff::Timestamp::from_second(1_400_000_000 + i64::try_from(i).expect("small"))
                    .expect("time"),
            )
            .expect("edit");
        }
        Member {
            path: PathBuf::from(format!("{name}.review.ron")),
            review: r,
        }
    }

    #[test]
    fn counts_match_what_each_delegation_marked() {
        let d = sample::dataset().expect("sample");
        let members = [
            member(
                "A",
                &[("a68-126-89a", "achieved"), ("a68-126-89b", "limited")],
            ),
            member("B", &[("a68-126-89a", "achieved")]),
            member("C", &[("a68-126-89a", "no-progress")]),
        ];
        let s = summarise(&d, &members);
        let a = s.iter().find(|c| c.id == "a68-126-89a").expect("89a");
        let level = |id: &str| {
            d.status_scale
                .iter()
                .position(|l| l.id == id)
                .expect("level")
        };
        assert_eq!(a.statuses[level("achieved")], 2);
        assert_eq!(a.statuses[level("no-progress")], 1);
        assert_eq!(a.statuses[0], 0);
        assert_eq!((a.assessed, a.progress), (3, 2));
        assert!(a.not_assessed_by.is_empty());
        let b = s.iter().find(|c| c.id == "a68-126-89b").expect("89b");
        assert_eq!((b.assessed, b.progress), (1, 0));
        assert_eq!(b.not_assessed_by, ["B", "C"]);
        assert!(
            (b.disagreement - 0.0).abs() < 1e-12,
            "one delegation cannot disagree"
        );
        // Two of three agree: some disagreement, less than an even spread.
        assert!(
            a.disagreement > 0.0 && a.disagreement < 1.0,
            "{}",
            a.disagreement
        );
        // Every delegation counted once per commitment.
        for c in &s {
            assert_eq!(c.statuses.iter().sum::<usize>(), members.len(), "{}", c.id);
        }
    }

    #[test]
    fn heat_map_cells_count_each_delegations_commitments_per_section() {
        let d = sample::dataset().expect("sample");
        let one = &d.commitments[0];
        let same_section: Vec<&str> = d
            .commitments
            .iter()
            .filter(|x| x.group == one.group && x.section == one.section)
            .map(|x| x.id.as_str())
            .collect();
        let members = [
            member("A", &[(one.id.as_str(), "achieved")]),
            member("B", &[(one.id.as_str(), "no-progress")]),
        ];
        let maps = heat_maps(&d, &members);
        let map = maps.iter().find(|m| m.group == one.group).expect("group");
        let column = map
            .sections
            .iter()
            .position(|s| *s == one.section)
            .expect("section");
        let first = map.rows[0].1[column];
        let second = map.rows[1].1[column];
        assert_eq!(map.rows[0].0, "A");
        assert_eq!(first.commitments, same_section.len());
        assert_eq!((first.assessed, first.progress), (1, 1));
        assert_eq!((second.assessed, second.progress), (1, 0));
        // Every commitment of the group is in exactly one cell of a row.
        let in_group = d
            .commitments
            .iter()
            .filter(|x| x.group == one.group)
            .count();
        assert_eq!(
            map.rows[0]
                .1
                .iter()
                .map(|cell| cell.commitments)
                .sum::<usize>(),
            in_group
        );
        let size = f64::from(u32::try_from(same_section.len()).expect("small"));
        assert!((first.share(first.assessed) - 1.0 / size).abs() < 1e-12);
    }

    #[test]
    fn disagreement_is_zero_when_all_agree_and_one_when_spread_evenly() {
        assert!((disagreement(&[0, 5, 0, 0]) - 0.0).abs() < 1e-12);
        assert!((disagreement(&[2, 2, 2, 2]) - 1.0).abs() < 1e-12);
        assert!(disagreement(&[3, 1, 0, 0]) < disagreement(&[2, 2, 0, 0]));
    }

    #[test]
    fn the_long_table_has_four_rows_per_delegation_and_commitment_and_no_talking_points() {
        let d = sample::dataset().expect("sample");
        let mut r = sample::review().expect("review");
        let secret = "a private talking point";
        if let Some(a) = r.assessments.values_mut().next() {
            secret.clone_into(&mut a.talking_points);
        }
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("example.review.ron");
        crate::io::save_document(&path, &r).expect("saved");
        let read = read(std::slice::from_ref(&path), &d);
        assert!(read.left_out.is_empty(), "{:?}", read.left_out);
        let rows = long_table(&d, &read.members);
        assert_eq!(rows.len(), d.commitments.len() * 4);
        assert_eq!(rows.len(), long_table_len(&d, &read.members));
        assert!(rows.iter().all(|row| !row[4].contains(secret)));
        let status = |c: &str| {
            rows.iter()
                .find(|row| row[2] == c && row[3] == "status")
                .map(|row| row[4].clone())
        };
        assert_eq!(
            status("a68-126-89a").as_deref(),
            Some(r.assessments["a68-126-89a"].status.as_str())
        );
    }

    #[test]
    fn a_duplicate_delegation_and_a_broken_file_are_left_out_and_named() {
        let d = sample::dataset().expect("sample");
        let r = sample::review().expect("review");
        let dir = tempfile::tempdir().expect("dir");
        let (one, two, bad) = (
            dir.path().join("a.review.ron"),
            dir.path().join("b.review.ron"),
            dir.path().join("c.review.ron"),
        );
        crate::io::save_document(&one, &r).expect("saved");
        crate::io::save_document(&two, &r).expect("saved");
        std::fs::write(
            &bad,
            "(format_version: 2, delegation: \"X\", reviewers: [],\n  dataset: (",
        )
        .expect("written");
        let files = review_files(&[dir.path().to_path_buf()]);
        assert_eq!(files, [one.clone(), two.clone(), bad.clone()]);
        let read = read(&files, &d);
        assert_eq!(read.members.len(), 1);
        assert_eq!(read.members[0].path, one);
        assert_eq!(read.left_out.len(), 2, "{:?}", read.left_out);
        assert_eq!(read.left_out[0].file, two);
        assert_eq!(read.left_out[1].file, bad);
        assert!(read.left_out[1].line.is_some(), "the broken file's line");
    }
}
