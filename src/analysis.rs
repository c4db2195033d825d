//! Analysis of indicators and of the review's history: the rating of an indicator's change
//! since its baseline (progress, stagnation, regression), and the number of commitments at each
//! status level over time. The method is documented in `docs/indicators.md`.

use std::collections::HashMap;

use jiff::civil::Date;

use crate::i18n::Language;
use crate::model::{Dataset, Direction, Field, Indicator, Observation, Review, Subject};

/// Change smaller than this (in per cent of the baseline, in the good direction or the bad)
/// counts as stagnation.
pub const STAGNATION_THRESHOLD_PERCENT: f64 = 10.0;

/// How far (in years) from the baseline year an observation may be and still serve as the
/// baseline when the baseline year itself has no value.
pub const BASELINE_WINDOW_YEARS: i32 = 2;

/// The rating of an indicator's change since its baseline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rating {
    /// Changed in the good direction by at least the threshold.
    Progress,
    /// Changed by less than the threshold either way.
    Stagnation,
    /// Changed in the bad direction by at least the threshold.
    Regression,
    /// No baseline or no later value.
    NoData,
}

impl Rating {
    /// The rating's name in `lang`.
    #[must_use]
    pub fn label(self, lang: Language) -> String {
        crate::i18n::tr_in(
            lang,
            match self {
                Self::Progress => key!("rating-progress"),
                Self::Stagnation => key!("rating-stagnation"),
                Self::Regression => key!("rating-regression"),
                Self::NoData => key!("rating-no-data"),
            },
        )
    }

    /// Position in [`crate::palette::RATING`].
    #[must_use]
    pub fn index(self) -> usize {
        match self {
            Self::Progress => 0,
            Self::Stagnation => 1,
            Self::Regression => 2,
            Self::NoData => 3,
        }
    }
}

/// An indicator's change since its baseline.
#[derive(Clone, Debug, PartialEq)]
pub struct Assessment<'a> {
    /// The observation used as the baseline.
    pub baseline: Option<&'a Observation>,
    /// The latest observation after the baseline.
    pub latest: Option<&'a Observation>,
    /// Change from baseline to latest, in per cent of the baseline (signed as the values move).
    pub change_percent: Option<f64>,
    /// The rating.
    pub rating: Rating,
}

/// The baseline observation: the one in the baseline year, else the nearest within
/// [`BASELINE_WINDOW_YEARS`] (the earlier one on a tie).
#[must_use]
pub fn baseline(indicator: &Indicator) -> Option<&Observation> {
    indicator
        .series
        .iter()
        .filter(|o| (o.year - indicator.baseline_year).abs() <= BASELINE_WINDOW_YEARS)
        .min_by_key(|o| ((o.year - indicator.baseline_year).abs(), o.year))
}

/// Rates an indicator's change from its baseline to its latest value.
#[must_use]
pub fn assess(indicator: &Indicator) -> Assessment<'_> {
    let base = baseline(indicator);
    let latest = base.and_then(|b| {
        indicator
            .series
            .iter()
            .filter(|o| o.year > b.year)
            .max_by_key(|o| o.year)
    });
    let (change_percent, rating) = match (base, latest) {
        (Some(b), Some(l)) if b.value != 0.0 => {
            let change = (l.value - b.value) / b.value.abs() * 100.0;
            let good = match indicator.direction {
                Direction::DownIsGood => -change,
                Direction::UpIsGood => change,
            };
            let rating = if good >= STAGNATION_THRESHOLD_PERCENT {
                Rating::Progress
            } else if good <= -STAGNATION_THRESHOLD_PERCENT {
                Rating::Regression
            } else {
                Rating::Stagnation
            };
            (Some(change), rating)
        }
        _ => (None, Rating::NoData),
    };
    Assessment {
        baseline: base,
        latest,
        change_percent,
        rating,
    }
}

/// The number of commitments at each status level (in the scale's order) after each day on
/// which a status changed, replaying the review's history from "all not assessed".
#[must_use]
pub fn status_over_time(dataset: &Dataset, review: &Review) -> Vec<(Date, Vec<usize>)> {
    let levels: HashMap<&str, usize> = dataset
        .status_scale
        .iter()
        .enumerate()
        .map(|(i, l)| (l.id.as_str(), i))
        .collect();
    let mut current: HashMap<&str, usize> = HashMap::new();
    let mut counts = vec![0usize; dataset.status_scale.len()];
    if let Some(first) = counts.first_mut() {
        *first = dataset.commitments.len();
    }
    let known: std::collections::HashSet<&str> =
        dataset.commitments.iter().map(|c| c.id.as_str()).collect();
    let mut entries: Vec<_> = review
        .history
        .iter()
        .filter(|h| h.field == Field::Status)
        .filter_map(|h| match &h.subject {
            Subject::Commitment(id) if known.contains(id.as_str()) => {
                Some((h.at, id.as_str(), h.new.as_str()))
            }
            _ => None,
        })
        .collect();
    entries.sort_by_key(|(at, _, _)| *at);
    let mut out: Vec<(Date, Vec<usize>)> = Vec::new();
    for (at, id, new) in entries {
        let Some(&to) = levels.get(new) else { continue };
        let from = current.get(id).copied().unwrap_or(0);
        counts[from] = counts[from].saturating_sub(1);
        counts[to] += 1;
        current.insert(id, to);
        let day = at.to_zoned_datetime(jiff::tz::TimeZone::UTC).date();
        match out.last_mut() {
            Some((d, c)) if *d == day => c.clone_from(&counts),
            _ => out.push((day, counts.clone())),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;

    fn rating(id: &str) -> (Rating, Option<f64>, Option<i32>, Option<i32>) {
        let d = sample::dataset().unwrap();
        let a = assess(d.indicator(id).unwrap());
        (
            a.rating,
            a.change_percent.map(|c| (c * 10.0).round() / 10.0),
            a.baseline.map(|o| o.year),
            a.latest.map(|o| o.year),
        )
    }

    #[test]
    fn rates_the_sample_series() {
        // Afghanistan cultivation: 123,000 ha (2009) → 224,000 ha (2014), +82.1 %: regression.
        assert_eq!(
            rating("afg-opium-cultivation"),
            (Rating::Regression, Some(82.1), Some(2009), Some(2014))
        );
        // Global coca: 158,800 ha (2009) → 120,800 ha (2013), −23.9 %: progress.
        assert_eq!(
            rating("global-coca-cultivation"),
            (Rating::Progress, Some(-23.9), Some(2009), Some(2013))
        );
        // Past-year users: no 2009 value, so 2010 (230 m) → 2013 (246 m), +7.0 %: stagnation.
        assert_eq!(
            rating("global-drug-users"),
            (Rating::Stagnation, Some(7.0), Some(2010), Some(2013))
        );
        // ATS seizures (up is good): 74 t (2010) → 170 t (2014): progress.
        assert_eq!(rating("global-ats-seizures").0, Rating::Progress);
        // Afghanistan production: 6,900 t (2009) → 5,500 t (2013), −20.3 %: progress.
        assert_eq!(
            rating("afg-opium-production"),
            (Rating::Progress, Some(-20.3), Some(2009), Some(2013))
        );
    }

    #[test]
    fn no_baseline_near_the_baseline_year_means_no_data() {
        let d = sample::dataset().unwrap();
        let mut ind = d.indicator("unodc-consolidated-budget").unwrap().clone();
        ind.baseline_year = 2009; // values in 2006 and 2012 only: both more than two years away
        assert_eq!(assess(&ind).rating, Rating::NoData);
    }

    #[test]
    fn replays_the_history_into_counts_by_day() {
        let d = sample::dataset().unwrap();
        let r = sample::review().unwrap();
        let series = status_over_time(&d, &r);
        assert!(series.len() >= 3);
        for (_, counts) in &series {
            assert_eq!(counts.iter().sum::<usize>(), d.commitments.len());
        }
        // After the last change, the counts equal the review's current state.
        let last = &series.last().unwrap().1;
        let now = crate::summary::status_counts(&d, Some(&r));
        let totals: Vec<usize> = (0..d.status_scale.len())
            .map(|i| now.iter().map(|g| g.counts[i]).sum())
            .collect();
        assert_eq!(*last, totals);
        assert!(series.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
