//! Per pillar, a delegations × sections table of how much each delegation has assessed and
//! marked as progress: the heat map of an aggregate.

use std::collections::HashMap;

use super::Member;
use crate::model::Dataset;

/// One delegation's work on one section.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Cell {
    /// The section's commitments.
    pub commitments: usize,
    /// How many of them the delegation assessed.
    pub assessed: usize,
    /// How many it marked at a status that counts as progress.
    pub progress: usize,
}

impl Cell {
    /// `part` of the section's commitments, from 0 to 1 (0 for an empty section).
    #[must_use]
    pub fn share(self, part: usize) -> f64 {
        if self.commitments == 0 {
            return 0.0;
        }
        #[expect(clippy::cast_precision_loss, reason = "counts of commitments")]
        let share = part as f64 / self.commitments as f64;
        share
    }
}

/// One pillar's (or cross-cutting group's) heat map.
#[derive(Clone, Debug, PartialEq)]
pub struct HeatMap {
    /// The group's id.
    pub group: String,
    /// Its sections' ids, in the dataset's order; `None` for commitments outside any section.
    pub sections: Vec<Option<String>>,
    /// Per delegation (in member order): its name and one cell per section.
    pub rows: Vec<(String, Vec<Cell>)>,
}

/// The heat map of every group of `dataset` that has commitments, over `members`.
#[must_use]
pub fn heat_maps(dataset: &Dataset, members: &[Member]) -> Vec<HeatMap> {
    let progress: HashMap<&str, bool> = dataset
        .status_scale
        .iter()
        .map(|l| (l.id.as_str(), l.counts_as_progress))
        .collect();
    let default_status = dataset.default_status();
    dataset
        .groups
        .iter()
        .filter_map(|g| {
            let mut sections: Vec<Option<String>> =
                g.sections.iter().map(|s| Some(s.id.clone())).collect();
            let commitments: Vec<_> = dataset
                .commitments
                .iter()
                .filter(|c| c.group == g.id)
                .collect();
            if commitments.is_empty() {
                return None;
            }
            let column = |section: Option<&String>| {
                g.sections
                    .iter()
                    .position(|s| Some(&s.id) == section)
                    .unwrap_or(g.sections.len())
            };
            if commitments
                .iter()
                .any(|c| column(c.section.as_ref()) == g.sections.len())
            {
                sections.push(None);
            }
            let rows = members
                .iter()
                .map(|m| {
                    let mut cells = vec![Cell::default(); sections.len()];
                    for c in &commitments {
                        let cell = &mut cells[column(c.section.as_ref())];
                        cell.commitments += 1;
                        let status = m
                            .review
                            .assessments
                            .get(&c.id)
                            .map_or(default_status, |a| a.status.as_str());
                        if status != default_status {
                            cell.assessed += 1;
                        }
                        if progress.get(status).copied().unwrap_or(false) {
                            cell.progress += 1;
                        }
                    }
                    (m.review.delegation.clone(), cells)
                })
                .collect();
            Some(HeatMap {
                group: g.id.clone(),
                sections,
                rows,
            })
        })
        .collect()
}
