//! The 2019 targets at a glance: one panel per target area; for each linked indicator its name
//! and place, the years compared (saying when the baseline is not the baseline year, or there
//! is none), its change as a bar and its rating (progress, stagnation, regression, or not rated
//! when its direction is ambiguous), using only what was published by the cut-off.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::style::{Scaled, rgb};
use super::text::wrap;
use super::{ChartError, Drawn};
use crate::model::{Dataset, text_or_empty};
use crate::palette::{CHART_GRID, CHART_MARKER, CHART_MUTED, CHART_TEXT, RATING};

/// Changes are drawn up to this many per cent either way.
const CAP_PERCENT: f64 = 100.0;

/// Draws the chart.
#[expect(clippy::too_many_lines, reason = "one grid of panels, drawn in order")]
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    d: &Dataset,
    as_of: Option<jiff::civil::Date>,
    s: &Scaled,
) -> Result<Drawn, ChartError>
where
    DB::ErrorType: 'static,
{
    let title = super::title(
        &super::Chart {
            kind: super::ChartKind::Targets,
            lang: s.lang,
            as_of: None,
        },
        d,
    );
    root.draw_text(&title, &s.bold(19.0, CHART_TEXT), (s.px(12.0), s.px(10.0)))?;
    let method = &match as_of {
        Some(date) => s.tr_args(
            key!("chart-targets-method-as-of"),
            &[("date", crate::i18n::date_in(s.lang, date).into())],
        ),
        None => s.tr(key!("chart-targets-method")),
    };
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
        let line = s.px(14.0);
        let name_style = s.font(11.0, CHART_TEXT);
        let detail_style = s.font(10.0, CHART_MUTED);
        let text_width = (pw - 4 * pad).unsigned_abs();
        let count = target.indicators.len();
        for (n, id) in target.indicators.iter().enumerate() {
            let Some(ind) = d.indicator(id) else { continue };
            let name = format!(
                "{} — {}",
                text_or_empty(&ind.name, s.lang.code()),
                text_or_empty(&ind.geography, s.lang.code())
            );
            let said = crate::analysis::describe(d, ind, as_of, s.lang);
            let detail = wrap(area, &said.line(), &detail_style, text_width);
            let name_lines = wrap(area, &name, &name_style, text_width);
            let rows_h = line * i32::try_from(name_lines.len() + detail.len()).unwrap_or(4);
            let row_height = rows_h + s.px(18.0);
            // Room for this row and, unless it is the last, the line saying what did not fit.
            let needed = if n + 1 == count {
                row_height
            } else {
                row_height + line
            };
            if y + needed > ph - pad {
                let more = s.tr_args(
                    key!("chart-targets-more"),
                    &[("n", i64::try_from(count - n).unwrap_or(0).into())],
                );
                area.draw_text(&more, &detail_style, (pad * 2, y))?;
                break;
            }
            for l in &name_lines {
                area.draw_text(l, &name_style, (pad * 2, y))?;
                y += line;
            }
            for l in &detail {
                area.draw_text(l, &detail_style, (pad * 2, y))?;
                y += line;
            }
            let colour = RATING[said.rated.index()];
            let bar_y = y + s.px(2.0);
            area.draw(&Rectangle::new(
                [(centre - half, bar_y), (centre + half, bar_y + s.px(10.0))],
                rgb(CHART_GRID).filled(),
            ))?;
            if let Some(c) = said.change_percent {
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
            }
            area.draw(&PathElement::new(
                vec![(centre, bar_y - s.px(2.0)), (centre, bar_y + s.px(12.0))],
                rgb(CHART_MARKER).stroke_width(s.upx(1.0)),
            ))?;
            y = bar_y + s.px(16.0);
        }
    }
    Ok(Drawn {
        points: Vec::new(),
        title,
    })
}
