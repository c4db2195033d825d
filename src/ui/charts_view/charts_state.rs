//! What the Charts view shows: which chart, the trend chart's indicators per dataset, the
//! chart's language and the export size, with the last drawing kept by
//! [`super::drawing_cache`].

use std::collections::BTreeMap;

use super::drawing_cache::Drawing;
use crate::charts::{self, Chart, ChartError, ChartKind, RgbChart};
use crate::i18n::Language;
use crate::model::Dataset;

/// Which chart the view shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartChoice {
    /// Indicator trends.
    Trends,
    /// Status by pillar.
    Status,
    /// Progress over time.
    Progress,
    /// 2019 targets at a glance.
    Targets,
}

impl ChartChoice {
    /// Every chart, in the order the chart menu lists them.
    pub(super) const ALL: [Self; 4] = [Self::Trends, Self::Status, Self::Progress, Self::Targets];

    /// The chart's name in the interface (a Fluent key).
    pub(super) fn key(self) -> &'static str {
        match self {
            Self::Trends => key!("chart-trends"),
            Self::Status => key!("chart-status"),
            Self::Progress => key!("chart-progress"),
            Self::Targets => key!("chart-targets"),
        }
    }
}

/// Export sizes: logical size times scale, or the size on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportSize {
    /// 800 × 450 at this scale (1, 2 or 3).
    Briefing(u8),
    /// The size and resolution shown on screen.
    Screen,
}

/// The Charts view's state.
pub struct ChartsState {
    /// Which chart.
    pub choice: ChartChoice,
    /// The trend chart's indicators chosen, by dataset id (kept in the settings).
    pub chosen: BTreeMap<String, Vec<String>>,
    /// Language of the chart.
    pub lang: Language,
    /// Export size.
    pub export_size: ExportSize,
    /// The information cut-off: the dataset's, another day, or none.
    pub as_of: crate::analysis::Cutoff,
    /// The day typed in the cut-off field, while it is being edited.
    pub as_of_text: String,
    /// The last drawing: its inputs, pixels and texture (see [`super::drawing_cache`]).
    pub(super) cached: Option<Drawing>,
    /// Why the chart could not be drawn.
    pub error: Option<ChartError>,
    /// The size last shown: physical pixels and scale.
    pub shown: Option<(u32, u32, f64)>,
}

impl Default for ChartsState {
    fn default() -> Self {
        Self {
            choice: ChartChoice::Trends,
            chosen: BTreeMap::new(),
            lang: Language::En,
            export_size: ExportSize::Briefing(2),
            as_of: crate::analysis::Cutoff::Dataset,
            as_of_text: String::new(),
            cached: None,
            error: None,
            shown: None,
        }
    }
}

impl ChartsState {
    /// The trend chart's indicators for `dataset`: those chosen for it that it has, or, when
    /// none is chosen or left, [`charts::default_indicators`].
    #[must_use]
    pub fn indicators(&self, dataset: &Dataset) -> Vec<String> {
        let kept: Vec<String> = self
            .chosen
            .get(&dataset.metadata.id)
            .into_iter()
            .flatten()
            .filter(|id| dataset.indicator(id).is_some())
            .cloned()
            .collect();
        if kept.is_empty() {
            charts::default_indicators(dataset)
        } else {
            kept
        }
    }

    /// The chart the view shows for `dataset`.
    #[must_use]
    pub fn chart(&self, dataset: &Dataset) -> Chart {
        let kind = match self.choice {
            ChartChoice::Trends => ChartKind::Trends {
                indicators: self.indicators(dataset),
            },
            ChartChoice::Status => ChartKind::StatusByPillar,
            ChartChoice::Progress => ChartKind::Progress,
            ChartChoice::Targets => ChartKind::Targets,
        };
        Chart {
            kind,
            lang: self.lang,
            as_of: self.as_of.resolve(dataset),
        }
    }

    /// The pixels on screen, for tests and for "Copy image".
    #[must_use]
    pub fn shown_image(&self) -> Option<&RgbChart> {
        self.cached.as_ref().map(|d| &d.image)
    }

    /// Logical size and scale of an export.
    #[must_use]
    pub fn export_geometry(&self) -> (u32, u32, f64) {
        match (self.export_size, self.shown) {
            (ExportSize::Screen, Some((w, h, scale))) => {
                #[expect(
                    clippy::cast_possible_truncation,
                    clippy::cast_sign_loss,
                    reason = "screen sizes are small"
                )]
                let logical = |v: u32| (f64::from(v) / scale).round() as u32;
                (logical(w), logical(h), scale)
            }
            (ExportSize::Briefing(n), _) => (800, 450, f64::from(n)),
            (ExportSize::Screen, None) => (800, 450, 1.0),
        }
    }
}
