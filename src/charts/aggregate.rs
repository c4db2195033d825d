//! Many delegations at once: one horizontal bar per commitment, split by how many delegations
//! stand at each status (in the scale's colours), for the commitments first in an
//! [`aggregate::Sort`] order, with a legend below.

#![expect(
    clippy::many_single_char_names,
    reason = "chart geometry: s scales, w and h are pixels"
)]

use plotters::coord::Shift;
use plotters::prelude::*;

use super::style::{Scaled, rgb};
use super::text::wrap;
use super::{ChartError, Drawn};
use crate::aggregate::{self, CommitmentSummary, Sort};
use crate::i18n::Language;
use crate::model::{Dataset, text_or_empty};
use crate::palette::{self, CHART_GRID, CHART_MUTED, CHART_TEXT};

/// What an aggregate chart shows.
#[derive(Clone, Copy, Debug)]
pub struct AggregateChart<'a> {
    /// The dataset the reviews are of.
    pub dataset: &'a Dataset,
    /// Every commitment's summary, in the dataset's order.
    pub summaries: &'a [CommitmentSummary],
    /// How many delegations' reviews were read.
    pub members: usize,
    /// Which commitments come first.
    pub sort: Sort,
    /// How many commitments to draw.
    pub limit: usize,
    /// Language of titles and labels.
    pub lang: Language,
}

impl AggregateChart<'_> {
    /// How many bars the chart draws.
    #[must_use]
    pub fn rows(&self) -> usize {
        self.limit.min(self.summaries.len())
    }

    /// A height in logical pixels that gives every bar room (24 px a bar, with title and
    /// legend).
    #[must_use]
    pub fn natural_height(&self) -> u32 {
        u32::try_from(self.rows()).unwrap_or(1000).min(1000) * 24 + 140
    }

    /// The chart's title.
    #[must_use]
    pub fn title(&self) -> String {
        crate::i18n::tr_args_in(
            self.lang,
            key!("chart-title-aggregate"),
            &[
                ("count", self.rows().into()),
                (
                    "order",
                    crate::i18n::tr_in(self.lang, self.sort.key()).into(),
                ),
            ],
        )
    }
}

/// Draws the chart.
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &AggregateChart<'_>,
    s: &Scaled,
) -> Result<Drawn, ChartError>
where
    DB::ErrorType: 'static,
{
    let d = chart.dataset;
    let title = chart.title();
    let (width, height) = root.dim_in_pixel();
    let (w, h) = (
        i32::try_from(width).unwrap_or(i32::MAX),
        i32::try_from(height).unwrap_or(i32::MAX),
    );
    root.draw_text(&title, &s.bold(19.0, CHART_TEXT), (s.px(12.0), s.px(10.0)))?;
    let subtitle = s.tr_args(
        key!("chart-aggregate-subtitle"),
        &[
            ("delegations", chart.members.into()),
            (
                "dataset",
                text_or_empty(&d.metadata.title, s.lang.code()).into(),
            ),
        ],
    );
    root.draw_text(
        &subtitle,
        &s.font(12.0, CHART_MUTED),
        (s.px(12.0), s.px(36.0)),
    )?;
    let order = aggregate::order(chart.summaries, chart.sort);
    let rows: Vec<&CommitmentSummary> = order
        .iter()
        .take(chart.rows())
        .map(|&i| &chart.summaries[i])
        .collect();
    let top = s.px(62.0);
    let legend_h = s.px(44.0);
    let n = i32::try_from(rows.len().max(1)).unwrap_or(1);
    let row_h = ((h - top - legend_h) / n).max(s.px(12.0));
    let bar_h = (row_h * 7 / 10).max(s.px(8.0));
    let label_w = (w * 38 / 100).max(s.px(140.0));
    let bar_x0 = s.px(12.0) + label_w + s.px(8.0);
    let bar_w = (w - bar_x0 - s.px(64.0)).max(s.px(40.0));
    let label_style = s.font(12.5, CHART_TEXT);
    let total = i32::try_from(chart.members.max(1)).unwrap_or(1);
    for (i, row) in rows.iter().enumerate() {
        let y = top + row_h * i32::try_from(i).unwrap_or(0);
        let label = d.commitment(&row.id).map_or_else(
            || row.id.clone(),
            |c| {
                format!(
                    "{} {}",
                    d.reference(&c.source),
                    text_or_empty(&c.title, s.lang.code())
                )
            },
        );
        let lines = wrap(root, &label, &label_style, label_w.unsigned_abs());
        let first = match lines.as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            [one, ..] => format!("{one}…"),
        };
        root.draw_text(
            &first,
            &label_style,
            (s.px(12.0), y + (row_h - s.px(13.0)) / 2),
        )?;
        let by = y + (row_h - bar_h) / 2;
        root.draw(&Rectangle::new(
            [(bar_x0, by), (bar_x0 + bar_w, by + bar_h)],
            rgb(CHART_GRID).filled(),
        ))?;
        segments(root, d, row, total, (bar_x0, by, bar_w, bar_h), s)?;
        root.draw_text(
            &format!("{}/{}", row.assessed, chart.members),
            &s.font(11.0, CHART_TEXT),
            (bar_x0 + bar_w + s.px(6.0), y + (row_h - s.px(13.0)) / 2),
        )?;
    }
    legend(root, d, h - legend_h + s.px(14.0), &label_style, s)?;
    Ok(Drawn {
        points: Vec::new(),
        title,
    })
}

/// The legend: every status level with its colour and name in `label_style`, in a row from the
/// left at `ly` (also the status chart's).
pub(super) fn legend<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    d: &Dataset,
    ly: i32,
    label_style: &TextStyle<'_>,
    s: &Scaled,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    let mut lx = s.px(12.0);
    for level in &d.status_scale {
        let colour = palette::parse_hex(&level.colour);
        root.draw(&Rectangle::new(
            [(lx, ly), (lx + s.px(12.0), ly + s.px(12.0))],
            rgb(colour).filled(),
        ))?;
        let name = text_or_empty(&level.label, s.lang.code());
        root.draw_text(name, label_style, (lx + s.px(16.0), ly - s.px(1.0)))?;
        let (tw, _) = root.estimate_text_size(name, label_style)?;
        lx += s.px(16.0) + i32::try_from(tw).unwrap_or(0) + s.px(14.0);
    }
    Ok(())
}

/// One commitment's bar from `x0`, `w` wide and `h` high at `y`: a segment per status level,
/// as wide as its share of the `total` delegations, its count written in it where it fits.
fn segments<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    d: &Dataset,
    row: &CommitmentSummary,
    total: i32,
    (bar_x0, by, bar_w, bar_h): (i32, i32, i32, i32),
    s: &Scaled,
) -> Result<(), ChartError>
where
    DB::ErrorType: 'static,
{
    let mut x = bar_x0;
    let mut cumulative = 0;
    for (level, &count) in d.status_scale.iter().zip(&row.statuses) {
        if count == 0 {
            continue;
        }
        cumulative += count;
        let end = bar_x0 + bar_w * i32::try_from(cumulative).unwrap_or(0) / total;
        let colour = palette::parse_hex(&level.colour);
        root.draw(&Rectangle::new(
            [(x, by), (end, by + bar_h)],
            rgb(colour).filled(),
        ))?;
        let text = count.to_string();
        let style = s.font(10.0, palette::text_on(colour));
        let (tw, th) = root.estimate_text_size(&text, &style)?;
        let (tw, th) = (
            i32::try_from(tw).unwrap_or(i32::MAX),
            i32::try_from(th).unwrap_or(0),
        );
        if tw + s.px(4.0) <= end - x && th <= bar_h {
            root.draw_text(
                &text,
                &style,
                (x + (end - x - tw) / 2, by + (bar_h - th) / 2),
            )?;
        }
        x = end;
    }
    Ok(())
}
