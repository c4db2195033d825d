//! Analysis of indicators and of the review's history: the rating of an indicator's change
//! since its baseline (progress, stagnation, regression), what was known at the information
//! cut-off (hindsight), and the number of commitments at each status level over time. The
//! method is documented in `docs/indicators.md`.

use std::collections::HashMap;

use jiff::civil::Date;

use crate::i18n::Language;
use crate::model::{Dataset, Direction, Field, Indicator, Observation, Review, Subject};

/// Change smaller than this (in per cent of the baseline, in the good direction or the bad)
/// counts as stagnation.
pub const STAGNATION_THRESHOLD_PERCENT: f64 = 10.0;

/// How many years after the baseline year an observation may be and still serve as the
/// baseline when the baseline year itself has no value.
pub const BASELINE_WINDOW_YEARS: i32 = 2;

/// Which information cut-off a view or an export uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Cutoff {
    /// The dataset's own ([`Metadata::as_of`](crate::model::Metadata::as_of)); none when it
    /// states none.
    #[default]
    Dataset,
    /// This day: e.g. the 2016 special session's opening, to show what was known then.
    On(Date),
    /// No cut-off: every value counts as known.
    Off,
}

impl Cutoff {
    /// The day in force for `dataset`, if any.
    #[must_use]
    pub fn resolve(self, dataset: &Dataset) -> Option<Date> {
        match self {
            Self::Dataset => dataset.metadata.as_of,
            Self::On(date) => Some(date),
            Self::Off => None,
        }
    }
}

impl std::str::FromStr for Cutoff {
    type Err = ();

    /// `dataset`, `none`, or a day written `2016-04-19`; the caller says what else is wrong.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim() {
            "dataset" => Ok(Self::Dataset),
            "none" | "off" => Ok(Self::Off),
            day => day.parse().map(Self::On).map_err(|_| ()),
        }
    }
}

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
    /// The indicator's direction is ambiguous (seizures, absolute numbers of users): its
    /// change is shown, never rated as progress or regression.
    NotRated,
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
                Self::NotRated => key!("rating-not-rated"),
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
            Self::NotRated => 4,
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
    /// Observations left out because they were published after the cut-off.
    pub hindsight_left_out: Vec<&'a Observation>,
}

/// Whether an observation was published after the information cut-off `as_of` (hindsight):
/// its source's publication date is after it. Without a cut-off nothing is hindsight.
#[must_use]
pub fn is_hindsight(dataset: &Dataset, observation: &Observation, as_of: Option<Date>) -> bool {
    as_of.is_some_and(|cutoff| {
        dataset
            .source(&observation.source)
            .is_some_and(|s| s.after(cutoff))
    })
}

/// The baseline observation among `series`: the one in the baseline year, else the nearest
/// after it within [`BASELINE_WINDOW_YEARS`]. A value before the baseline year never serves:
/// it would measure partly what came before the Plan of Action.
#[must_use]
pub fn baseline<'a>(indicator: &Indicator, series: &[&'a Observation]) -> Option<&'a Observation> {
    series
        .iter()
        .copied()
        .filter(|o| {
            o.year >= indicator.baseline_year
                && o.year - indicator.baseline_year <= BASELINE_WINDOW_YEARS
        })
        .min_by_key(|o| o.year)
}

/// Rates an indicator's change from its baseline to its latest value, leaving out what was
/// published after the cut-off `as_of` (none when `None`).
#[must_use]
pub fn assess<'a>(
    dataset: &Dataset,
    indicator: &'a Indicator,
    as_of: Option<Date>,
) -> Assessment<'a> {
    let (known, hindsight): (Vec<&Observation>, Vec<&Observation>) = indicator
        .series
        .iter()
        .partition(|o| !is_hindsight(dataset, o, as_of));
    let base = baseline(indicator, &known);
    let latest = base.and_then(|b| {
        known
            .iter()
            .copied()
            .filter(|o| o.year > b.year)
            .max_by_key(|o| o.year)
    });
    let (change_percent, rating) = match (base, latest) {
        (Some(b), Some(l)) if b.value != 0.0 => {
            let change = (l.value - b.value) / b.value.abs() * 100.0;
            let good = match indicator.direction {
                Direction::DownIsGood => Some(-change),
                Direction::UpIsGood => Some(change),
                Direction::Ambiguous => None,
            };
            let rating = match good {
                None => Rating::NotRated,
                Some(g) if g >= STAGNATION_THRESHOLD_PERCENT => Rating::Progress,
                Some(g) if g <= -STAGNATION_THRESHOLD_PERCENT => Rating::Regression,
                Some(_) => Rating::Stagnation,
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
        hindsight_left_out: hindsight,
    }
}

/// What the targets view says of an indicator, in `lang`: the years compared and the change
/// (naming the baseline year used when it is not the indicator's own), the rating, and why
/// there is none (no baseline, no later value, an ambiguous direction), and the values left
/// out because they were published after the cut-off `as_of`. The chart and the briefing
/// share it.
#[must_use]
pub fn describe(
    dataset: &Dataset,
    ind: &Indicator,
    as_of: Option<Date>,
    lang: Language,
) -> Described {
    use crate::i18n::{tr_args_in, tr_in};
    let found = assess(dataset, ind, as_of);
    let change = match (found.baseline, found.latest, found.change_percent) {
        (Some(b), Some(l), Some(c)) => {
            let key = if b.year == ind.baseline_year {
                key!("targets-row-change")
            } else {
                key!("targets-row-change-later-baseline")
            };
            tr_args_in(
                lang,
                key,
                &[
                    ("from", b.year.to_string().into()),
                    ("to", l.year.to_string().into()),
                    ("change", format!("{c:+.0}%").into()),
                    ("baseline", ind.baseline_year.to_string().into()),
                ],
            )
        }
        (None, _, _) => tr_args_in(
            lang,
            key!("targets-row-no-baseline"),
            &[
                ("baseline", ind.baseline_year.to_string().into()),
                (
                    "last",
                    (ind.baseline_year + BASELINE_WINDOW_YEARS)
                        .to_string()
                        .into(),
                ),
            ],
        ),
        (Some(b), _, _) => tr_args_in(
            lang,
            key!("targets-row-no-later"),
            &[("from", b.year.to_string().into())],
        ),
    };
    let rating = if found.rating == Rating::NotRated {
        tr_in(lang, key!("targets-row-ambiguous"))
    } else {
        found.rating.label(lang)
    };
    let hindsight = as_of
        .filter(|_| !found.hindsight_left_out.is_empty())
        .map(|cutoff| {
            let years: Vec<String> = found
                .hindsight_left_out
                .iter()
                .map(|o| o.year.to_string())
                .collect();
            tr_args_in(
                lang,
                key!("targets-row-hindsight"),
                &[
                    (
                        "years",
                        years
                            .join(if lang.is_chinese() { "、" } else { ", " })
                            .into(),
                    ),
                    ("n", i64::try_from(years.len()).unwrap_or(0).into()),
                    ("date", crate::i18n::date_in(lang, cutoff).into()),
                ],
            )
        });
    Described {
        change_percent: found.change_percent,
        rated: found.rating,
        change,
        rating,
        hindsight,
    }
}

/// What [`describe`] says of an indicator, in parts, with the figures it says it of.
#[derive(Clone, Debug, PartialEq)]
pub struct Described {
    /// The change in per cent, as [`Assessment::change_percent`].
    pub change_percent: Option<f64>,
    /// The rating, as [`Assessment::rating`].
    pub rated: Rating,
    /// The years compared and the change, or why there is none.
    pub change: String,
    /// The rating, or "not rated" with the reason.
    pub rating: String,
    /// The values left out as hindsight, when there are any.
    pub hindsight: Option<String>,
}

impl Described {
    /// The parts in one line, as the chart writes it.
    #[must_use]
    pub fn line(&self) -> String {
        let mut parts = vec![self.change.as_str(), self.rating.as_str()];
        parts.extend(self.hindsight.as_deref());
        parts.join(" · ")
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
        let a = assess(&d, d.indicator(id).unwrap(), d.metadata.as_of);
        (
            a.rating,
            a.change_percent.map(|c| (c * 10.0).round() / 10.0),
            a.baseline.map(|o| o.year),
            a.latest.map(|o| o.year),
        )
    }

    #[test]
    fn rates_the_sample_series() {
        // At the sample's cut-off, 13 March 2014 (docs/indicators.md has the table).
        // Afghanistan cultivation: 123,000 ha (2009) → 209,000 ha (2013), +69.9 %: regression;
        // the 2014 value (published 2015) is left out.
        assert_eq!(
            rating("afg-opium-cultivation"),
            (Rating::Regression, Some(69.9), Some(2009), Some(2013))
        );
        // Global coca: 158,800 ha (2009) → 155,600 ha (2011), −2.0 %: stagnation; the 2012
        // and 2013 areas were published in June 2014.
        assert_eq!(
            rating("global-coca-cultivation"),
            (Rating::Stagnation, Some(-2.0), Some(2009), Some(2011))
        );
        // Colombia: 68,000 → 57,000 ha (2009–2010), −16.2 %: progress.
        assert_eq!(
            rating("col-coca-cultivation"),
            (Rating::Progress, Some(-16.2), Some(2009), Some(2010))
        );
        // Bolivia: nothing after 2009 was published by the cut-off.
        assert_eq!(
            rating("bol-coca-cultivation"),
            (Rating::NoData, None, Some(2009), None)
        );
        // ATS seizures are ambiguous: 74 t (2010, no 2009 value) → 123 t (2011), not rated.
        assert_eq!(
            rating("global-ats-seizures"),
            (Rating::NotRated, Some(66.2), Some(2010), Some(2011))
        );
        // Prevalence: only the 2010 estimate was known at the cut-off.
        assert_eq!(
            rating("global-drug-use-prevalence"),
            (Rating::NoData, None, Some(2010), None)
        );
    }

    #[test]
    fn without_a_cut_off_every_value_counts() {
        let d = sample::dataset().unwrap();
        let a = assess(&d, d.indicator("afg-opium-cultivation").unwrap(), None);
        assert_eq!(
            (
                a.latest.map(|o| o.year),
                a.rating,
                a.hindsight_left_out.len()
            ),
            (Some(2014), Rating::Regression, 0)
        );
        let users = assess(&d, d.indicator("global-drug-users").unwrap(), None);
        assert_eq!(
            users.rating,
            Rating::NotRated,
            "absolute numbers are ambiguous"
        );
    }

    #[test]
    fn no_baseline_near_the_baseline_year_means_no_data() {
        let d = sample::dataset().unwrap();
        let mut ind = d.indicator("unodc-consolidated-budget").unwrap().clone();
        ind.baseline_year = 2009; // values in 2006 and 2012 only: both more than two years away
        assert_eq!(assess(&d, &ind, None).rating, Rating::NoData);
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
