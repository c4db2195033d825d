//! An aggregate opened in one step, as the window and the command line both need it: the
//! review files found, their dataset, the reviews read and each commitment summarised.

use std::path::{Path, PathBuf};

use super::{CommitmentSummary, HeatMap, Members, gaps, heat_maps, read, review_files, summarise};
use crate::io;
use crate::model::Dataset;
use crate::problem::Problem;

/// Many reviews of one dataset, read and summarised.
#[derive(Debug)]
pub struct Aggregate {
    /// The dataset the reviews are of.
    pub dataset: Dataset,
    /// How many review files were found.
    pub files: usize,
    /// The reviews read, and the files left out.
    pub read: Members,
    /// Every commitment across the delegations, in the dataset's order.
    pub summaries: Vec<CommitmentSummary>,
    /// Per pillar, the delegations × sections heat map.
    pub heat_maps: Vec<HeatMap>,
    /// Who has not assessed what (see [`gaps`]).
    pub gaps: Vec<(String, Vec<String>)>,
}

/// Opens the reviews in `inputs` (files, or folders of `*.review.ron` files) as an aggregate
/// of `dataset` (by default the first review's, beside it or built in).
///
/// # Errors
/// When there is no review file, or the dataset cannot be read or found. Files that cannot be
/// read as reviews of the dataset are not errors: they are in [`Members::left_out`].
pub fn open(inputs: &[PathBuf], dataset: Option<&Path>) -> Result<Aggregate, Vec<Problem>> {
    let files = review_files(inputs);
    let Some(first) = files.first() else {
        return Err(vec![Problem::file_error(
            inputs.first().map_or(Path::new("."), PathBuf::as_path),
            msg!("aggregate-no-reviews"),
        )]);
    };
    let dataset = dataset_for(first, dataset)?;
    let read = read(&files, &dataset);
    let summaries = summarise(&dataset, &read.members);
    let heat_maps = heat_maps(&dataset, &read.members);
    let gaps = gaps(&dataset, &summaries, &read.members);
    Ok(Aggregate {
        gaps,
        files: files.len(),
        dataset,
        read,
        summaries,
        heat_maps,
    })
}

/// The dataset given, or the first review's (beside it, or built in).
fn dataset_for(first: &Path, given: Option<&Path>) -> Result<Dataset, Vec<Problem>> {
    if let Some(path) = given {
        return io::load_dataset(path)
            .map(|l| l.doc)
            .map_err(|e| e.problems().to_vec());
    }
    match io::open(first, &io::OpenOptions::default()) {
        Ok(io::Opened::Review(r)) => match r.dataset {
            io::ReviewDataset::Found { dataset, .. } => Ok(dataset),
            io::ReviewDataset::Missing { id, .. } => Err(vec![Problem::file_error(
                first,
                msg!("cli-dataset-not-found-pass", id = id),
            )]),
        },
        Ok(io::Opened::Dataset(_)) => Err(vec![Problem::file_error(
            first,
            msg!("aggregate-no-reviews"),
        )]),
        Err(e) => Err(e.load_error().problems().to_vec()),
    }
}
