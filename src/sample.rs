//! The built-in sample: a real, sourced dataset on the 2009 Plan of Action and its 2014 review,
//! and an example review by a fictitious delegation. Compiled into the binary so the
//! application opens with something to work on.

use std::path::Path;

use crate::io::{LoadError, dataset_from_text, review_from_text};
use crate::model::{Dataset, Review};

/// The sample dataset's file name (also the name shown for it).
pub const DATASET_NAME: &str = "poa2009-hlr2014.dataset.ron";
/// The example review's file name.
pub const REVIEW_NAME: &str = "example-delegation.review.ron";

/// The sample dataset's text.
pub const DATASET_RON: &str = include_str!("../sample_data/poa2009-hlr2014.dataset.ron");
/// The example review's text.
pub const REVIEW_RON: &str = include_str!("../sample_data/example-delegation.review.ron");

/// The sample dataset, parsed and validated.
pub fn dataset() -> Result<Dataset, LoadError> {
    dataset_from_text(Path::new(DATASET_NAME), DATASET_RON).map(|l| l.doc)
}

/// The example review, parsed and validated against the sample dataset.
pub fn review() -> Result<Review, LoadError> {
    let d = dataset()?;
    review_from_text(Path::new(REVIEW_NAME), REVIEW_RON, Some(&d)).map(|l| l.doc)
}
