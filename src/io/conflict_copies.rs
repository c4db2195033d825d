//! Copies of a review that a synced folder (Dropbox, Nextcloud, Syncthing and the like) made when
//! two people changed it at once: `review (conflicted copy 2014-02-03).review.ron`,
//! `review-LAPTOP-7.review.ron`, `review.sync-conflict-20140203-101500-ABCDEF.review.ron`. The
//! window offers to merge them.

use std::path::{Path, PathBuf};

/// The file name's part before `.review.ron` (case-insensitive), if it has that ending.
fn stem(name: &str) -> Option<&str> {
    let cut = name.len().checked_sub(".review.ron".len())?;
    name.get(cut..)
        .filter(|end| end.eq_ignore_ascii_case(".review.ron"))
        .and_then(|_| name.get(..cut))
}

/// Whether `other` is a name a synced folder gives a conflicting copy of `review` (both file
/// names): the review's stem followed by ` (…)`, `-…`, `_…` or `.sync-conflict…`.
#[must_use]
pub fn is_conflict_copy_name(review: &str, other: &str) -> bool {
    let (Some(mine), Some(theirs)) = (stem(review), stem(other)) else {
        return false;
    };
    if mine == theirs {
        return false;
    }
    let Some(rest) = theirs.strip_prefix(mine) else {
        return false;
    };
    (rest.starts_with(" (") && rest.ends_with(')'))
        || (rest.len() > 1 && (rest.starts_with('-') || rest.starts_with('_')))
        || rest.starts_with(".sync-conflict")
}

/// The conflict copies of the review at `path` in its folder, by name, oldest name first. A
/// folder that cannot be read has none.
#[must_use]
pub fn conflict_copies(path: &Path) -> Vec<PathBuf> {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return Vec::new();
    };
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or_else(|| Path::new("."));
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(|e| {
            e.file_name()
                .to_str()
                .is_some_and(|other| is_conflict_copy_name(name, other))
        })
        .map(|e| e.path())
        .collect();
    found.sort();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_conflict_copies_are_known_and_others_are_not() {
        let r = "review.review.ron";
        for copy in [
            "review (conflicted copy 2014-02-03).review.ron",
            "review (Ana's conflicted copy).review.ron",
            "review-LAPTOP-7.review.ron",
            "review_conflict-20140203.review.ron",
            "review.sync-conflict-20140203-101500-ABCDEF.review.ron",
        ] {
            assert!(is_conflict_copy_name(r, copy), "{copy}");
        }
        for other in [
            "review.review.ron",
            "reviewer.review.ron",
            "review-.review.ron",
            "review (copy).dataset.ron",
            "other (conflicted copy).review.ron",
            "review.review.ron.bak",
        ] {
            assert!(!is_conflict_copy_name(r, other), "{other}");
        }
    }

    #[test]
    fn copies_are_found_beside_the_review() {
        let dir = tempfile::tempdir().expect("folder");
        let review = dir.path().join("mission.review.ron");
        for name in [
            "mission.review.ron",
            "mission (conflicted copy 2014-02-03).review.ron",
            "mission-LAPTOP-7.review.ron",
            "other.review.ron",
        ] {
            std::fs::write(dir.path().join(name), "()").expect("written");
        }
        let names: Vec<String> = conflict_copies(&review)
            .iter()
            .filter_map(|p| p.file_name()?.to_str().map(str::to_owned))
            .collect();
        assert_eq!(
            names,
            [
                "mission (conflicted copy 2014-02-03).review.ron",
                "mission-LAPTOP-7.review.ron"
            ]
        );
    }
}
