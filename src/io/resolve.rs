//! Finding the dataset a review was made on.

use std::fmt;
use std::path::{Path, PathBuf};

use super::{LoadError, content_hash, dataset_from_text, load_dataset, read_text};
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

/// The dataset of a review: `given` if there is one; else a `*.dataset.ron` with the review's
/// dataset id in the review's folder (the one with the same content first, then the same
/// version); else the built-in sample if its id matches. `Ok(None)` when none is found.
pub fn find_dataset(
    review_path: &Path,
    review: &Review,
    given: Option<&Path>,
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
        let Ok(text) = read_text(&p) else {
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
        let score = if content_hash(&l.doc).is_ok_and(|h| h == review.dataset.content_hash) {
            2
        } else {
            u8::from(l.doc.metadata.version == review.dataset.version)
        };
        if best.as_ref().is_none_or(|(s, _, _)| score > *s) {
            best = Some((score, l.doc, p));
        }
    }
    if let Some((_, d, p)) = best {
        return Ok(Some((d, DatasetOrigin::File(p))));
    }
    if let Ok(d) = sample::dataset()
        && d.metadata.id == review.dataset.id
    {
        return Ok(Some((d, DatasetOrigin::BuiltIn)));
    }
    Ok(None)
}
