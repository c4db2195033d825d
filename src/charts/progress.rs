//! Progress over time: from the review's history, how many commitments stood at each status
//! level after each day on which a status changed.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::style::{Scaled, rgb};
use super::{ChartData, ChartError, Drawn};
use crate::analysis::status_over_time;
use crate::model::text_or_empty;
use crate::palette::{self, CHART_GRID, CHART_MARKER, CHART_MUTED, CHART_TEXT};

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
            kind: super::ChartKind::Progress,
            lang: s.lang,
            as_of: None,
        },
        d,
    );
    root.draw_text(&title, &s.bold(19.0, CHART_TEXT), (s.px(12.0), s.px(10.0)))?;
    let series = data
        .review
        .map(|r| status_over_time(d, r))
        .unwrap_or_default();
    if series.is_empty() {
        root.draw_text(
            &s.tr(key!("chart-no-history")),
            &s.font(14.0, CHART_MUTED),
            (s.px(12.0), s.px(60.0)),
        )?;
        return Ok(Drawn {
            points: Vec::new(),
            title,
        });
    }
    let day = |date: jiff::civil::Date| {
        f64::from(
            date.to_zoned_datetime(jiff::tz::TimeZone::UTC)
                .map_or(0, |z| {
                    i32::try_from(z.timestamp().as_second() / 86_400).unwrap_or(0)
                }),
        )
    };
    let first = day(series[0].0);
    let last = day(series[series.len() - 1].0).max(first + 1.0);
    let max_count = series
        .iter()
        .flat_map(|(_, c)| c.iter().copied())
        .max()
        .unwrap_or(1);
    // Legend in a row under the title, so it never covers a line.
    let mut lx = s.px(12.0);
    let ly = s.px(38.0);
    let legend_style = s.font(12.0, CHART_TEXT);
    for level in &d.status_scale {
        let colour = rgb(palette::parse_hex(&level.colour));
        root.draw(&PathElement::new(
            vec![(lx, ly + s.px(8.0)), (lx + s.px(20.0), ly + s.px(8.0))],
            colour.stroke_width(s.upx(3.0)),
        ))?;
        let name = text_or_empty(&level.label, s.lang.code());
        root.draw_text(name, &legend_style, (lx + s.px(25.0), ly))?;
        let (tw, _) = root.estimate_text_size(name, &legend_style)?;
        lx += s.px(25.0) + i32::try_from(tw).unwrap_or(0) + s.px(16.0);
    }
    let body = root.margin(s.px(62.0), s.px(8.0), 0, 0);
    let mut chart = ChartBuilder::on(&body)
        .margin_left(s.px(8.0))
        .margin_right(s.px(24.0))
        .x_label_area_size(s.px(34.0))
        .y_label_area_size(s.px(56.0))
        .build_cartesian_2d(
            first - 0.5..last + 0.5,
            0.0..(f64::from(u32::try_from(max_count).unwrap_or(1)) * 1.1).max(1.0),
        )?;
    let to_date = |x: f64| {
        #[expect(
            clippy::cast_possible_truncation,
            reason = "days since 1970 fit in i64"
        )]
        let secs = (x.round() as i64) * 86_400;
        jiff::Timestamp::from_second(secs)
            .map(|t| t.strftime("%Y-%m-%d").to_string())
            .unwrap_or_default()
    };
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(6)
        .x_label_formatter(&|x| to_date(*x))
        .y_labels(6)
        .y_label_formatter(&|v| format!("{v:.0}"))
        .y_desc(s.tr(key!("chart-axis-commitments")))
        .label_style(s.font(12.0, CHART_TEXT))
        .axis_desc_style(s.font(12.0, CHART_MUTED))
        .light_line_style(rgb(palette::CHART_BACKGROUND).mix(0.0))
        .bold_line_style(rgb(CHART_GRID))
        .axis_style(rgb(CHART_MARKER))
        .draw()?;
    for (i, level) in d.status_scale.iter().enumerate() {
        let colour = rgb(palette::parse_hex(&level.colour));
        // Steps: a count holds until the next day with a change.
        let mut pts = Vec::new();
        for (k, (date, counts)) in series.iter().enumerate() {
            let x = day(*date);
            #[expect(clippy::cast_precision_loss, reason = "counts are small")]
            let y = counts[i] as f64;
            if k > 0 {
                pts.push((x, pts.last().map_or(y, |p: &(f64, f64)| p.1)));
            }
            pts.push((x, y));
        }
        if let Some(&(_, y)) = pts.last() {
            pts.push((last + 0.5, y));
        }
        chart.draw_series(LineSeries::new(pts, colour.stroke_width(s.upx(2.5))))?;
    }
    Ok(Drawn {
        points: Vec::new(),
        title,
    })
}
