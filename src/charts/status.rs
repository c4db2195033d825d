//! Status by pillar: one horizontal bar per pillar and cross-cutting group, split by status in
//! the scale's colours, with counts and percentages written on the bars and a legend below.

#![expect(
    clippy::many_single_char_names,
    reason = "chart geometry: s scales, d is the dataset, x, y, w, h are pixels"
)]

use plotters::coord::Shift;
use plotters::prelude::*;

use super::style::{Scaled, rgb};
use super::text::wrap;
use super::{ChartData, ChartError, Drawn};
use crate::model::text_or_empty;
use crate::palette::{self, CHART_GRID, CHART_MUTED, CHART_TEXT};
use crate::summary;

/// Draws the chart.
#[expect(clippy::too_many_lines, reason = "one chart, drawn top to bottom")]
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    data: ChartData<'_>,
    s: &Scaled,
) -> Result<Drawn, ChartError>
where
    DB::ErrorType: 'static,
{
    let d = data.dataset;
    let title = super::title(
        &super::Chart {
            kind: super::ChartKind::StatusByPillar,
            lang: s.lang,
            as_of: None,
        },
        d,
    );
    let (width, height) = root.dim_in_pixel();
    let (w, h) = (
        i32::try_from(width).unwrap_or(i32::MAX),
        i32::try_from(height).unwrap_or(i32::MAX),
    );
    root.draw_text(&title, &s.bold(19.0, CHART_TEXT), (s.px(12.0), s.px(10.0)))?;
    let subtitle = match data.review {
        Some(r) => format!(
            "{} — {} {}/{}",
            r.delegation,
            &s.tr(key!("chart-assessed")),
            summary::assessed(d, r),
            d.commitments.len()
        ),
        None => s.tr(key!("chart-no-review")),
    };
    root.draw_text(
        &subtitle,
        &s.font(12.0, CHART_MUTED),
        (s.px(12.0), s.px(36.0)),
    )?;

    let rows = summary::status_counts(d, data.review);
    let label_w = (w * 34 / 100).max(s.px(120.0));
    let top = s.px(62.0);
    let legend_h = s.px(44.0);
    let n = i32::try_from(rows.len().max(1)).unwrap_or(1);
    let row_h = ((h - top - legend_h) / n).max(s.px(18.0));
    let bar_h = (row_h * 6 / 10).max(s.px(10.0));
    let bar_x0 = s.px(12.0) + label_w + s.px(8.0);
    let bar_w = (w - bar_x0 - s.px(70.0)).max(s.px(40.0));
    let label_style = s.font(12.0, CHART_TEXT);
    let count_style = s.font(11.0, CHART_TEXT);
    for (i, row) in rows.iter().enumerate() {
        let y = top + row_h * i32::try_from(i).unwrap_or(0);
        let name = d.group(&row.group).map_or(row.group.as_str(), |g| {
            text_or_empty(&g.title, s.lang.code())
        });
        let lines = wrap(root, name, &label_style, label_w.unsigned_abs());
        let line_h = s.px(15.0);
        let n_lines = i32::try_from(lines.len().min(3)).unwrap_or(3);
        let text_top = y + (row_h - line_h * n_lines) / 2;
        for (k, l) in lines.iter().take(3).enumerate() {
            root.draw_text(
                l,
                &label_style,
                (
                    s.px(12.0),
                    text_top + line_h * i32::try_from(k).unwrap_or(0),
                ),
            )?;
        }
        let by = y + (row_h - bar_h) / 2;
        root.draw(&Rectangle::new(
            [(bar_x0, by), (bar_x0 + bar_w, by + bar_h)],
            rgb(CHART_GRID).filled(),
        ))?;
        let total = row.total();
        let mut x = bar_x0;
        let mut cumulative = 0;
        for (level, &count) in d.status_scale.iter().zip(&row.counts) {
            if count == 0 || total == 0 {
                continue;
            }
            // Ends from the running total, so rounding never leaves a gap at the bar's end.
            cumulative += count;
            let end = bar_x0
                + bar_w * i32::try_from(cumulative).unwrap_or(0)
                    / i32::try_from(total).unwrap_or(1);
            let seg = end - x;
            let colour = palette::parse_hex(&level.colour);
            root.draw(&Rectangle::new(
                [(x, by), (x + seg, by + bar_h)],
                rgb(colour).filled(),
            ))?;
            let pct = (count * 100 + total / 2) / total;
            let label = format!("{count} ({pct}%)");
            let short = count.to_string();
            let style = s.font(11.0, palette::text_on(colour));
            for text in [&label, &short] {
                let (tw, th) = root.estimate_text_size(text, &style)?;
                if i32::try_from(tw).unwrap_or(i32::MAX) + s.px(6.0) <= seg {
                    let th = i32::try_from(th).unwrap_or(0);
                    root.draw_text(
                        text,
                        &style,
                        (
                            x + (seg - i32::try_from(tw).unwrap_or(0)) / 2,
                            by + (bar_h - th) / 2,
                        ),
                    )?;
                    break;
                }
            }
            x += seg;
        }
        root.draw_text(
            &format!("{total}"),
            &count_style,
            (bar_x0 + bar_w + s.px(8.0), by + (bar_h - s.px(14.0)) / 2),
        )?;
    }

    // Legend: every level with its colour and name.
    super::aggregate::legend(root, d, h - legend_h + s.px(14.0), &label_style, s)?;
    Ok(Drawn {
        points: Vec::new(),
        title,
    })
}
