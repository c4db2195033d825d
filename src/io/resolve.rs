//! Finding the dataset a review was made on.

use std::fmt;
use std::path::{Path, PathBuf};

use super::{
    LoadError, LoadProgress, content_hash, dataset_from_text, load_dataset, read_text_with_progress,
};
use crate::model::{Dataset, Review};
use crate::sample;

/// Where a dataset came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DatasetOrigin {
    /// The sample compiled into the application.
    BuiltIn,
    /// A file.
    File(PathBuf),
}

impl fmt::Display for DatasetOrigin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::BuiltIn => write!(f, "built-in {}", sample::DATASET_NAME),
            Self::File(p) => write!(f, "{}", p.display()),
        }
    }
}

impl DatasetOrigin {
    /// Where the dataset came from, to render in the interface language (a file's path as it is).
    #[must_use]
    pub fn message(&self) -> crate::i18n::Localised {
        match self {
            Self::BuiltIn => msg!("origin-built-in", name = sample::DATASET_NAME),
            Self::File(p) => crate::i18n::Localised::plain(p.display().to_string()),
        }
    }
}

/// The dataset of a review: `given` if there is one; else, among the `*.dataset.ron` files with
/// the review's dataset id in the review's folder and the built-in sample if its id matches,
/// the one with the same content first, then the same version (a file before the sample when
/// they fit alike). `Ok(None)` when none is found. A dataset of another version can still be
/// the answer: callers compare versions (see `export::output::other_version`).
pub fn find_dataset(
    review_path: &Path,
    review: &Review,
    given: Option<&Path>,
) -> Result<Option<(Dataset, DatasetOrigin)>, LoadError> {
    find_dataset_with_progress(review_path, review, given, &LoadProgress::default())
}

/// [`find_dataset`], reporting the bytes of each dataset file read to `progress` (the window's
/// loading screen shows them; a dataset may be much larger than its review).
pub fn find_dataset_with_progress(
    review_path: &Path,
    review: &Review,
    given: Option<&Path>,
    progress: &LoadProgress,
) -> Result<Option<(Dataset, DatasetOrigin)>, LoadError> {
    if let Some(p) = given {
        return load_dataset(p).map(|l| Some((l.doc, DatasetOrigin::File(p.to_owned()))));
    }
    let dir = match review_path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    };
    let mut candidates: Vec<PathBuf> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".dataset.ron"))
        .collect();
    candidates.sort();
    let mut best: Option<(u8, Dataset, PathBuf)> = None;
    for p in candidates {
        let Ok(text) = read_text_with_progress(&p, progress) else {
            continue;
        };
        // Cheap check of the id before a full parse.
        if !text.contains(&format!("{:?}", review.dataset.id)) {
            continue;
        }
        let Ok(l) = dataset_from_text(&p, &text) else {
            continue;
        };
        if l.doc.metadata.id != review.dataset.id {
            continue;
        }
        let score = match_score(&l.doc, review);
        if best.as_ref().is_none_or(|(s, _, _)| score > *s) {
            best = Some((score, l.doc, p));
        }
    }
    // The built-in sample competes on the same terms: a file beside the review of another
    // version must not win over the sample that is the review's own version.
    if let Ok(d) = sample::dataset()
        && d.metadata.id == review.dataset.id
    {
        let score = match_score(&d, review);
        if best.as_ref().is_none_or(|(s, _, _)| score > *s) {
            return Ok(Some((d, DatasetOrigin::BuiltIn)));
        }
    }
    Ok(best.map(|(_, d, p)| (d, DatasetOrigin::File(p))))
}

/// How well a dataset with the review's id fits it: 2 the same content, 1 the same version, 0
/// another version.
fn match_score(d: &Dataset, review: &Review) -> u8 {
    if content_hash(d).is_ok_and(|h| h == review.dataset.content_hash) {
        2
    } else {
        u8::from(d.metadata.version == review.dataset.version)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_sample_wins_over_another_version_beside_the_review() {
        let dir = tempfile::tempdir().expect("folder");
        let review_path = dir.path().join("mine.review.ron");
        let review = sample::review().expect("the sample review");
        let mut other = sample::dataset().expect("the sample");
        "9.9.9".clone_into(&mut other.metadata.version);
        crate::io::save_document(&dir.path().join("newer.dataset.ron"), &other).expect("saved");
        let (d, origin) = find_dataset(&review_path, &review, None)
            .expect("no error")
            .expect("found");
        assert_eq!(origin, DatasetOrigin::BuiltIn);
        assert_eq!(d.metadata.version, review.dataset.version);
        // A file of the review's own version beside it comes first.
        let same = sample::dataset().expect("the sample");
        crate::io::save_document(&dir.path().join("same.dataset.ron"), &same).expect("saved");
        let (_, origin) = find_dataset(&review_path, &review, None)
            .expect("no error")
            .expect("found");
        assert_eq!(
            origin,
            DatasetOrigin::File(dir.path().join("same.dataset.ron"))
        );
    }
}
