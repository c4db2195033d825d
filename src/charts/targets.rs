//! The 2019 targets at a glance: one panel per target area, each linked indicator's change
//! since its baseline as a bar, with its rating (progress, stagnation, regression).

#![expect(
    clippy::many_single_char_names,
    reason = "chart geometry: s scales, d is the dataset, x, y, w, h are pixels"
)]

use plotters::coord::Shift;
use plotters::prelude::*;

use super::style::{Scaled, rgb};
use super::text::wrap;
use super::{ChartError, Drawn};
use crate::analysis::{Rating, assess};
use crate::model::{Dataset, text_or_empty};
use crate::palette::{CHART_GRID, CHART_MARKER, CHART_MUTED, CHART_TEXT, RATING};

/// Changes are drawn up to this many per cent either way.
const CAP_PERCENT: f64 = 100.0;

/// Draws the chart.
#[expect(clippy::too_many_lines, reason = "one grid of panels, drawn in order")]
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    d: &Dataset,
    s: &Scaled,
) -> Result<Drawn, ChartError>
where
    DB::ErrorType: 'static,
{
    let title = super::title(
        &super::Chart {
            kind: super::ChartKind::Targets,
            lang: s.lang,
        },
        d,
    );
    root.draw_text(&title, &s.bold(19.0, CHART_TEXT), (s.px(12.0), s.px(10.0)))?;
    let method = &s.tr(key!("chart-targets-method"));
    let (width, height) = root.dim_in_pixel();
    let method_lines = wrap(
        root,
        method,
        &s.font(11.0, CHART_MUTED),
        width.saturating_sub(s.upx(24.0)),
    );
    for (i, l) in method_lines.iter().take(2).enumerate() {
        root.draw_text(
            l,
            &s.font(11.0, CHART_MUTED),
            (
                s.px(12.0),
                s.px(36.0) + s.px(14.0) * i32::try_from(i).unwrap_or(0),
            ),
        )?;
    }
    let top = s.px(70.0);
    let body = root.margin(top, s.px(6.0), s.px(6.0), s.px(6.0));
    let n = d.target_areas.len().max(1);
    let cols = if n <= 2 { n } else { 3 };
    let rows = n.div_ceil(cols);
    let panels = body.split_evenly((rows, cols));
    let _ = (width, height);
    for (area, target) in panels.iter().zip(&d.target_areas) {
        let (pw, ph) = area.dim_in_pixel();
        let (pw, ph) = (
            i32::try_from(pw).unwrap_or(0),
            i32::try_from(ph).unwrap_or(0),
        );
        let pad = s.px(6.0);
        area.draw(&Rectangle::new(
            [(pad / 2, pad / 2), (pw - pad / 2, ph - pad / 2)],
            rgb(CHART_GRID).stroke_width(s.upx(1.0)),
        ))?;
        let letter = target.source.letter.as_deref().unwrap_or("");
        let heading = format!("({letter}) {}", text_or_empty(&target.title, s.lang.code()));
        let heading_style = s.bold(12.5, CHART_TEXT);
        let lines = wrap(
            area,
            &heading,
            &heading_style,
            (pw - 3 * pad).unsigned_abs(),
        );
        let line_h = s.px(16.0);
        for (i, l) in lines.iter().take(3).enumerate() {
            area.draw_text(
                l,
                &heading_style,
                (pad * 2, pad * 2 + line_h * i32::try_from(i).unwrap_or(0)),
            )?;
        }
        let mut y = pad * 2 + line_h * i32::try_from(lines.len().min(3)).unwrap_or(3) + s.px(6.0);
        if target.indicators.is_empty() {
            area.draw_text(
                &s.tr(key!("chart-no-indicator")),
                &s.font(11.5, CHART_MUTED),
                (pad * 2, y),
            )?;
            continue;
        }
        let centre = pw / 2;
        let half = pw / 2 - pad * 3;
        let row_h = s.px(36.0);
        for id in &target.indicators {
            if y + row_h > ph - pad {
                break;
            }
            let Some(ind) = d.indicator(id) else { continue };
            let a = assess(ind);
            let colour = RATING[a.rating.index()];
            let change = a
                .change_percent
                .map_or_else(|| "—".to_owned(), |c| format!("{c:+.0}%"));
            let years = match (a.baseline, a.latest) {
                (Some(b), Some(l)) => format!(" {}–{}", b.year, l.year),
                _ => String::new(),
            };
            let label = format!(
                "{}: {change}{years} · {}",
                text_or_empty(&ind.geography, s.lang.code()),
                a.rating.label(s.lang)
            );
            area.draw_text(&label, &s.font(11.0, CHART_TEXT), (pad * 2, y))?;
            let bar_y = y + s.px(16.0);
            area.draw(&Rectangle::new(
                [(centre - half, bar_y), (centre + half, bar_y + s.px(10.0))],
                rgb(CHART_GRID).filled(),
            ))?;
            if let Some(c) = a.change_percent {
                #[expect(clippy::cast_possible_truncation, reason = "capped to the panel width")]
                let len =
                    (c.clamp(-CAP_PERCENT, CAP_PERCENT) / CAP_PERCENT * f64::from(half)) as i32;
                let (x0, x1) = if len >= 0 {
                    (centre, centre + len)
                } else {
                    (centre + len, centre)
                };
                area.draw(&Rectangle::new(
                    [(x0, bar_y), (x1.max(x0 + 1), bar_y + s.px(10.0))],
                    rgb(colour).filled(),
                ))?;
            } else if a.rating == Rating::NoData {
                area.draw_text(
                    &s.tr(key!("chart-no-baseline")),
                    &s.font(10.0, CHART_MUTED),
                    (centre - half, bar_y),
                )?;
            }
            area.draw(&PathElement::new(
                vec![(centre, bar_y - s.px(2.0)), (centre, bar_y + s.px(12.0))],
                rgb(CHART_MARKER).stroke_width(s.upx(1.0)),
            ))?;
            y += row_h;
        }
    }
    Ok(Drawn {
        points: Vec::new(),
        title,
    })
}
