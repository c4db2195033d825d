//! The orders a delegate reads an aggregate in: the commitments most assessed, with the most
//! progress, or where delegations disagree most.

use super::CommitmentSummary;

/// How to order the commitments of an aggregate.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Sort {
    /// The dataset's own order.
    Dataset,
    /// Most delegations assessed it first.
    #[default]
    MostAssessed,
    /// Most delegations marked progress first.
    MostProgress,
    /// Most disagreement among the delegations that assessed it first.
    MostDisagreement,
}

impl Sort {
    /// Every order, as the window offers them.
    pub const ALL: [Self; 4] = [
        Self::Dataset,
        Self::MostAssessed,
        Self::MostProgress,
        Self::MostDisagreement,
    ];

    /// The translation key of the order's name.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Dataset => key!("aggregate-sort-dataset"),
            Self::MostAssessed => key!("aggregate-sort-assessed"),
            Self::MostProgress => key!("aggregate-sort-progress"),
            Self::MostDisagreement => key!("aggregate-sort-disagreement"),
        }
    }
}

/// The indexes of `summaries` in the order `sort`; ties keep the dataset's order.
#[must_use]
pub fn order(summaries: &[CommitmentSummary], sort: Sort) -> Vec<usize> {
    let mut out: Vec<usize> = (0..summaries.len()).collect();
    match sort {
        Sort::Dataset => {}
        Sort::MostAssessed => out.sort_by_key(|&i| std::cmp::Reverse(summaries[i].assessed)),
        Sort::MostProgress => out.sort_by_key(|&i| std::cmp::Reverse(summaries[i].progress)),
        Sort::MostDisagreement => out.sort_by(|&a, &b| {
            summaries[b]
                .disagreement
                .total_cmp(&summaries[a].disagreement)
        }),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(id: &str, assessed: usize, progress: usize, disagreement: f64) -> CommitmentSummary {
        CommitmentSummary {
            id: id.to_owned(),
            statuses: Vec::new(),
            evidence: Vec::new(),
            assessed,
            progress,
            disagreement,
            not_assessed_by: Vec::new(),
        }
    }

    #[test]
    fn each_order_puts_the_largest_first_and_keeps_ties_in_dataset_order() {
        let s = [
            summary("a", 1, 1, 0.2),
            summary("b", 3, 0, 0.9),
            summary("c", 3, 2, 0.0),
        ];
        let ids = |sort| {
            order(&s, sort)
                .into_iter()
                .map(|i| s[i].id.as_str())
                .collect::<Vec<_>>()
        };
        assert_eq!(ids(Sort::Dataset), ["a", "b", "c"]);
        assert_eq!(ids(Sort::MostAssessed), ["b", "c", "a"]);
        assert_eq!(ids(Sort::MostProgress), ["c", "a", "b"]);
        assert_eq!(ids(Sort::MostDisagreement), ["b", "a", "c"]);
    }
}
