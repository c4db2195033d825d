//! Indicator trends: one or several series on a year axis, the 2009 baseline marked, targets
//! where there are any, estimated and derived values hollow, values published after the
//! information cut-off as hollow squares on a dashed line (hindsight), and the sources
//! underneath, each publication first and the copy consulted second.

use plotters::coord::Shift;
use plotters::prelude::*;

use super::style::{Scaled, rgb};
use super::text::{thousands, wrap};
use super::{ChartError, Drawn, PlottedPoint};
use crate::i18n::Language;
use crate::model::{Dataset, Flag, Indicator, text_or_empty};
use crate::palette::{CHART_GRID, CHART_MARKER, CHART_MUTED, CHART_TEXT, SERIES};

/// The chart's title: the indicator's name, or a common one for several.
#[must_use]
pub fn title(dataset: &Dataset, ids: &[String], language: Language) -> String {
    let lang = language.code();
    let chosen: Vec<&Indicator> = ids.iter().filter_map(|i| dataset.indicator(i)).collect();
    if let [one] = chosen.as_slice() {
        return format!(
            "{} — {}",
            text_or_empty(&one.name, lang),
            text_or_empty(&one.geography, lang)
        );
    }
    let names: Vec<&str> = chosen
        .iter()
        .map(|i| text_or_empty(&i.name, lang))
        .collect();
    // The shortest name, when every other name starts with it ("Opium poppy cultivation" for
    // "… (net area)" and the others).
    let shortest = names.iter().min_by_key(|n| n.len()).copied().unwrap_or("");
    if !shortest.is_empty() && names.iter().all(|n| n.starts_with(shortest)) {
        shortest.to_owned()
    } else {
        crate::i18n::tr_in(language, key!("chart-title-trends"))
    }
}

/// How many indicators the trend chart starts with when none are chosen.
const DEFAULT_COUNT: usize = 3;

/// Indicators to chart when none are chosen for a dataset: the one with the most values (the
/// first of those in the dataset on a tie), then up to two more in its unit, first those of
/// the same measure elsewhere (one name starts with the other, as "Opium poppy cultivation"
/// and "… (net area)"), then those with the most values. Empty when no indicator has values.
#[must_use]
pub fn default_indicators(dataset: &Dataset) -> Vec<String> {
    let with_values = || dataset.indicators.iter().filter(|i| !i.series.is_empty());
    let Some(first) = with_values().fold(None::<&Indicator>, |best, i| match best {
        Some(b) if b.series.len() >= i.series.len() => Some(b),
        _ => Some(i),
    }) else {
        return Vec::new();
    };
    let name = english_name;
    let first_name = name(first);
    let same_measure = |i: &Indicator| {
        let n = name(i);
        n.starts_with(first_name) || first_name.starts_with(n)
    };
    let mut others: Vec<(usize, &Indicator)> = with_values()
        .enumerate()
        .filter(|(_, i)| i.unit == first.unit && i.id != first.id)
        .collect();
    others.sort_by_cached_key(|(order, i)| {
        (!same_measure(i), std::cmp::Reverse(i.series.len()), *order)
    });
    std::iter::once(first)
        .chain(others.into_iter().map(|(_, i)| i))
        .take(DEFAULT_COUNT)
        .map(|i| i.id.clone())
        .collect()
}

/// An indicator's name in English, to compare names whatever the interface language.
fn english_name(i: &Indicator) -> &str {
    text_or_empty(&i.name, "en")
}

/// How many ids of a dataset a message names before "…".
const IDS_NAMED: usize = 5;

fn resolve<'a>(dataset: &'a Dataset, ids: &[String]) -> Result<Vec<&'a Indicator>, ChartError> {
    if ids.is_empty() {
        return Err(TrendsProblem::NoneChosen.into());
    }
    let mut out = Vec::new();
    for id in ids {
        let ind = dataset
            .indicator(id)
            .ok_or_else(|| TrendsProblem::Unknown {
                id: id.clone(),
                known: dataset
                    .indicators
                    .iter()
                    .take(IDS_NAMED)
                    .map(|i| i.id.clone())
                    .collect(),
                count: dataset.indicators.len(),
            })?;
        out.push(ind);
    }
    if let Some(other) = out.iter().find(|i| i.unit != out[0].unit) {
        return Err(TrendsProblem::MixedUnits {
            first: out[0].id.clone(),
            first_unit: out[0].unit.clone(),
            other: other.id.clone(),
            other_unit: other.unit.clone(),
        }
        .into());
    }
    if out.iter().all(|i| i.series.is_empty()) {
        return Err(TrendsProblem::NoValues.into());
    }
    Ok(out)
}

/// Why the trend chart cannot be drawn from the indicators asked for. Each says it in one line
/// (the window says it in the interface language from the fields).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum TrendsProblem {
    /// No indicator was asked for.
    #[error("choose at least one indicator")]
    NoneChosen,
    /// An indicator is not in the dataset.
    #[error("indicator \"{id}\" is not in the dataset; it has {}", named(.known, *.count))]
    Unknown {
        /// The id asked for.
        id: String,
        /// The first few ids the dataset has.
        known: Vec<String>,
        /// How many indicators the dataset has.
        count: usize,
    },
    /// The indicators are in different units.
    #[error(
        "\"{first}\" is in {first_unit} and \"{other}\" in {other_unit}; chart indicators of one unit together"
    )]
    MixedUnits {
        /// The first indicator.
        first: String,
        /// Its unit id.
        first_unit: String,
        /// An indicator in another unit.
        other: String,
        /// That unit's id.
        other_unit: String,
    },
    /// None of the indicators has a value.
    #[error("the chosen indicators have no values")]
    NoValues,
}

impl TrendsProblem {
    /// The message, to render in the interface language (the command line's words; the window
    /// says it in its own).
    #[must_use]
    pub fn message(&self) -> crate::i18n::Localised {
        match self {
            Self::NoneChosen => msg!("cli-chart-none-chosen"),
            Self::Unknown { id, known, count } => {
                if *count > known.len() {
                    msg!(
                        "cli-chart-unknown-more",
                        id = id,
                        list = known.join(", "),
                        count = *count
                    )
                } else if known.is_empty() {
                    msg!("cli-chart-unknown-none", id = id)
                } else {
                    msg!("cli-chart-unknown", id = id, known = known.join(", "))
                }
            }
            Self::MixedUnits {
                first,
                first_unit,
                other,
                other_unit,
            } => msg!(
                "cli-chart-mixed-units",
                first = first,
                first_unit = first_unit,
                other = other,
                other_unit = other_unit
            ),
            Self::NoValues => msg!("cli-chart-no-values"),
        }
    }
}

/// "a, b, c" or "a, b, c, … (40 in all)".
fn named(known: &[String], count: usize) -> String {
    if count > known.len() {
        format!("{}, … ({count} in all)", known.join(", "))
    } else if known.is_empty() {
        "no indicators".to_owned()
    } else {
        known.join(", ")
    }
}

/// Draws the trend chart.
#[expect(clippy::too_many_lines, reason = "one chart, drawn top to bottom")]
pub fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    dataset: &Dataset,
    ids: &[String],
    as_of: Option<jiff::civil::Date>,
    s: &Scaled,
) -> Result<Drawn, ChartError>
where
    DB::ErrorType: 'static,
{
    let chosen = resolve(dataset, ids)?;
    let hindsight =
        |o: &crate::model::Observation| crate::analysis::is_hindsight(dataset, o, as_of);
    let lang = s.lang.code();
    let (width, height) = root.dim_in_pixel();
    let title = title(dataset, ids, s.lang);

    // Sources, for the lines under the chart.
    let mut sources: Vec<String> = Vec::new();
    for ind in &chosen {
        for o in &ind.series {
            let name = dataset
                .source(&o.source)
                .map_or_else(|| o.source.clone(), |src| src.cited(lang));
            if !sources.contains(&name) {
                sources.push(name);
            }
        }
    }
    let source_style = s.font(11.0, CHART_MUTED);
    let source_text = format!("{} {}", s.tr(key!("chart-source")), sources.join("; "));
    let mut source_lines = wrap(
        root,
        &source_text,
        &source_style,
        width.saturating_sub(s.upx(24.0)),
    );
    if source_lines.len() > 4 {
        source_lines.truncate(4);
        if let Some(last) = source_lines.last_mut() {
            last.push_str(" …");
        }
    }
    let line_h = s.px(15.0);
    let source_h = line_h * i32::try_from(source_lines.len().min(4)).unwrap_or(4) + s.px(8.0);

    // The title shrinks (to 13 px at least) to fit a narrow chart, such as the PDF's two a row.
    let title_room = f64::from(width.saturating_sub(s.upx(24.0)).max(1));
    let (full, _) = root.estimate_text_size(&title, &s.bold(19.0, CHART_TEXT))?;
    let title_size = (19.0 * s.scale * title_room / f64::from(full.max(1)))
        .clamp(13.0 * s.scale, 19.0 * s.scale);
    let title_style = s.bold(title_size / s.scale, CHART_TEXT);
    let mut title_h = s.px(62.0);
    root.draw_text(&title, &title_style, (s.px(12.0), s.px(10.0)))?;
    let cutoff = as_of.filter(|_| chosen.iter().any(|i| i.series.iter().any(hindsight)));
    title_h += legend_row(root, &chosen, cutoff, s, s.px(38.0))?;
    let body = root.margin(title_h, source_h, 0, 0);
    for (i, l) in source_lines.iter().take(4).enumerate() {
        let y = i32::try_from(height).unwrap_or(i32::MAX) - source_h
            + s.px(4.0)
            + line_h * i32::try_from(i).unwrap_or(0);
        root.draw_text(l, &source_style, (s.px(12.0), y))?;
    }

    // Ranges.
    let baseline = chosen[0].baseline_year;
    let years = chosen
        .iter()
        .flat_map(|i| i.series.iter().map(|o| o.year))
        .chain(
            chosen
                .iter()
                .filter_map(|i| i.target.as_ref().map(|t| t.year)),
        );
    let (y0, y1) = years.fold((baseline, baseline), |(a, b), y| (a.min(y), b.max(y)));
    let max_v = chosen
        .iter()
        .flat_map(|i| {
            i.series
                .iter()
                .map(|o| o.value)
                .chain(i.target.as_ref().map(|t| t.value))
        })
        .fold(0.0_f64, f64::max);
    let min_v = chosen
        .iter()
        .flat_map(|i| i.series.iter().map(|o| o.value))
        .fold(0.0_f64, f64::min);
    let top = if max_v > 0.0 { max_v * 1.08 } else { 1.0 };
    let x_range = f64::from(y0) - 0.5..f64::from(y1) + 0.5;
    let unit = dataset
        .units
        .iter()
        .find(|u| u.id == chosen[0].unit)
        .map_or(chosen[0].unit.as_str(), |u| text_or_empty(&u.label, lang));

    let mut chart = ChartBuilder::on(&body)
        .margin_left(s.px(8.0))
        .margin_right(s.px(24.0))
        .margin_top(s.px(6.0))
        .x_label_area_size(s.px(34.0))
        .y_label_area_size(s.px(78.0))
        .build_cartesian_2d(x_range, min_v..top)?;
    let year_labels = usize::try_from(y1 - y0 + 1).unwrap_or(10).min(12);
    chart
        .configure_mesh()
        .disable_x_mesh()
        .x_labels(year_labels)
        .x_label_formatter(&|y| {
            if (y - y.round()).abs() < 1e-6 {
                format!("{y:.0}")
            } else {
                String::new()
            }
        })
        .y_labels(6)
        .y_label_formatter(&|v| thousands(*v))
        .y_desc(unit)
        .label_style(s.font(12.0, CHART_TEXT))
        .axis_desc_style(s.font(12.0, CHART_MUTED))
        .light_line_style(rgb(crate::palette::CHART_BACKGROUND).mix(0.0))
        .bold_line_style(rgb(CHART_GRID).stroke_width(s.upx(1.0)))
        .axis_style(rgb(CHART_MARKER).stroke_width(s.upx(1.0)))
        .draw()?;

    // The 2009 baseline.
    let marker = rgb(CHART_MARKER).stroke_width(s.upx(1.5));
    let bx = f64::from(baseline);
    chart.draw_series(DashedLineSeries::new(
        vec![(bx, min_v), (bx, top)],
        s.px(6.0),
        s.px(4.0),
        marker,
    ))?;
    let baseline_label = format!("{baseline} {}", s.tr(key!("chart-baseline")));
    let (px, py) = chart.backend_coord(&(bx, top));
    root.draw_text(
        &baseline_label,
        &s.font(11.0, CHART_MARKER),
        (px + s.px(4.0), py + s.px(2.0)),
    )?;

    let mut points: Vec<PlottedPoint> = Vec::new();
    let radius = s.px(4.0);
    for (k, ind) in chosen.iter().enumerate() {
        let colour = rgb(SERIES[k % SERIES.len()]);
        // One solid line through the values known at the cut-off; a dashed segment into (and
        // between) values published after it.
        let mut solid: Vec<(f64, f64)> = Vec::new();
        for (k, o) in ind.series.iter().enumerate() {
            let at = (f64::from(o.year), o.value);
            let late = hindsight(o);
            if !late {
                solid.push(at);
            }
            if let Some(prev) = k.checked_sub(1).map(|p| &ind.series[p])
                && (late || hindsight(prev))
            {
                chart.draw_series(DashedLineSeries::new(
                    vec![(f64::from(prev.year), prev.value), at],
                    s.px(5.0),
                    s.px(4.0),
                    colour.stroke_width(s.upx(2.0)),
                ))?;
            }
            if late || k + 1 == ind.series.len() {
                if solid.len() > 1 {
                    chart.draw_series(LineSeries::new(
                        std::mem::take(&mut solid),
                        colour.stroke_width(s.upx(2.5)),
                    ))?;
                }
                solid.clear();
            }
        }
        for o in &ind.series {
            let at = (f64::from(o.year), o.value);
            let late = hindsight(o);
            if late {
                // A hollow square: a white square with a ring, so the line does not show
                // through.
                let (cx, cy) = chart.backend_coord(&at);
                let r = radius + s.px(0.5);
                root.draw(&Rectangle::new(
                    [(cx - r, cy - r), (cx + r, cy + r)],
                    rgb(crate::palette::CHART_BACKGROUND).filled(),
                ))?;
                root.draw(&Rectangle::new(
                    [(cx - r, cy - r), (cx + r, cy + r)],
                    colour.stroke_width(s.upx(2.0)),
                ))?;
            } else if matches!(o.flag, Flag::Reported | Flag::Revised) {
                chart.draw_series(std::iter::once(Circle::new(at, radius, colour.filled())))?;
            } else {
                // Hollow: a white disc with a ring, so the line does not show through.
                chart.draw_series(std::iter::once(Circle::new(
                    at,
                    radius,
                    rgb(crate::palette::CHART_BACKGROUND).filled(),
                )))?;
                chart.draw_series(std::iter::once(Circle::new(
                    at,
                    radius,
                    colour.stroke_width(s.upx(2.0)),
                )))?;
            }
            let source = dataset
                .source(&o.source)
                .map_or_else(|| o.source.clone(), |src| src.cited(lang));
            points.push(PlottedPoint {
                indicator: ind.id.clone(),
                year: o.year,
                value: o.value,
                flag: o.flag,
                source,
                hindsight: late,
                pixel: chart.backend_coord(&at),
            });
        }
        if let Some(t) = &ind.target {
            let to = (f64::from(t.year), t.value);
            chart.draw_series(DashedLineSeries::new(
                vec![(bx, t.value), to],
                s.px(4.0),
                s.px(4.0),
                colour.stroke_width(s.upx(1.5)),
            ))?;
            chart.draw_series(std::iter::once(TriangleMarker::new(
                to,
                radius + s.px(1.0),
                colour.filled(),
            )))?;
            let (tx, ty) = chart.backend_coord(&to);
            let label = format!("{} {}", t.year, s.tr(key!("chart-target")));
            root.draw_text(
                &label,
                &s.font(11.0, SERIES[k % SERIES.len()]),
                (tx - s.px(40.0), ty - s.px(18.0)),
            )?;
        }
    }
    Ok(Drawn { points, title })
}

/// The legend, in a row under the title (so it never covers data): each series with its
/// colour, then what hollow points mean, then what hollow squares mean when the chart has
/// values published after the cut-off `hindsight_after`. A key that does not fit goes on a
/// second row; returns the height that row adds.
fn legend_row<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chosen: &[&Indicator],
    hindsight_after: Option<jiff::civil::Date>,
    s: &Scaled,
    y: i32,
) -> Result<i32, ChartError>
where
    DB::ErrorType: 'static,
{
    let style = s.font(12.0, CHART_TEXT);
    let mut x = s.px(12.0);
    let (mut y, mut mid) = (y, y + s.px(8.0));
    let mut added = 0;
    // Several series are told apart by their place, unless two share one (then by their names,
    // or their ids when the names are shared too).
    let distinct = |f: &dyn Fn(&Indicator) -> &str| {
        let mut seen: Vec<&str> = chosen.iter().map(|i| f(i)).collect();
        seen.sort_unstable();
        seen.dedup();
        seen.len() == chosen.len()
    };
    let by_place = chosen.len() > 1 && distinct(&|i| text_or_empty(&i.geography, s.lang.code()));
    let by_id = !by_place && !distinct(&|i| text_or_empty(&i.name, s.lang.code()));
    for (k, ind) in chosen.iter().enumerate() {
        let colour = rgb(SERIES[k % SERIES.len()]);
        root.draw(&PathElement::new(
            vec![(x, mid), (x + s.px(22.0), mid)],
            colour.stroke_width(s.upx(2.5)),
        ))?;
        root.draw(&Circle::new(
            (x + s.px(11.0), mid),
            s.px(4.0),
            colour.filled(),
        ))?;
        let name = if by_place {
            text_or_empty(&ind.geography, s.lang.code())
        } else if by_id {
            ind.id.as_str()
        } else {
            text_or_empty(&ind.name, s.lang.code())
        };
        root.draw_text(name, &style, (x + s.px(28.0), y))?;
        let (tw, _) = root.estimate_text_size(name, &style)?;
        x += s.px(28.0) + i32::try_from(tw).unwrap_or(0) + s.px(18.0);
    }
    let right = i32::try_from(root.dim_in_pixel().0).unwrap_or(i32::MAX) - s.px(12.0);
    // Moves to a second row when a key `w` wide does not fit on this one.
    let mut next_key = |x: &mut i32, w: i32| {
        if *x + w > right && added == 0 && *x > s.px(12.0) {
            *x = s.px(12.0);
            added = s.px(18.0);
            y += added;
            mid += added;
        }
        (y, mid)
    };
    if chosen.iter().any(|i| {
        i.series
            .iter()
            .any(|o| !matches!(o.flag, Flag::Reported | Flag::Revised))
    }) {
        let ring = rgb(CHART_MARKER).stroke_width(s.upx(2.0));
        let label = s.tr(key!("chart-estimated"));
        let (tw, _) = root.estimate_text_size(&label, &s.font(12.0, CHART_MUTED))?;
        let w = s.px(14.0) + i32::try_from(tw).unwrap_or(0);
        let (y, mid) = next_key(&mut x, w);
        root.draw(&Circle::new((x + s.px(5.0), mid), s.px(4.0), ring))?;
        root.draw_text(&label, &s.font(12.0, CHART_MUTED), (x + s.px(14.0), y))?;
        x += w + s.px(18.0);
    }
    if let Some(cutoff) = hindsight_after {
        let ring = rgb(CHART_MARKER).stroke_width(s.upx(2.0));
        let label = s.tr_args(
            key!("chart-hindsight"),
            &[("date", crate::i18n::date_in(s.lang, cutoff).into())],
        );
        let (tw, _) = root.estimate_text_size(&label, &s.font(12.0, CHART_MUTED))?;
        let (y, mid) = next_key(&mut x, s.px(21.0) + i32::try_from(tw).unwrap_or(0));
        root.draw(&PathElement::new(
            vec![(x, mid), (x + s.px(8.0), mid)],
            rgb(CHART_MARKER).stroke_width(s.upx(1.5)),
        ))?;
        let r = s.px(4.0);
        root.draw(&Rectangle::new(
            [(x + s.px(12.0) - r, mid - r), (x + s.px(12.0) + r, mid + r)],
            ring,
        ))?;
        root.draw_text(&label, &s.font(12.0, CHART_MUTED), (x + s.px(21.0), y))?;
    }
    Ok(added)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_indicators_are_the_measure_with_most_values_in_one_unit() {
        let sample = crate::sample::dataset().unwrap();
        assert_eq!(
            default_indicators(&sample),
            [
                "afg-opium-cultivation",
                "mmr-opium-cultivation",
                "lao-opium-cultivation"
            ]
        );
        let mut d = crate::synthetic::dataset(50, 100);
        // One indicator with more values than the rest, in another unit than the others.
        let extra = d.indicators[3].series[0].clone();
        d.indicators[3].series.push(extra);
        d.indicators[3].unit = "t".to_owned();
        d.indicators[4].unit = "t".to_owned();
        assert_eq!(default_indicators(&d), ["syn-ind-00003", "syn-ind-00004"]);
        for i in &mut d.indicators {
            i.series.clear();
        }
        assert!(default_indicators(&d).is_empty());
        assert_eq!(
            resolve(&d, &[]).unwrap_err().to_string(),
            "choose at least one indicator"
        );
    }

    #[test]
    fn series_of_one_place_are_told_apart_by_name_in_the_legend() {
        let d = crate::synthetic::dataset(50, 100);
        let chart = crate::charts::Chart {
            kind: crate::charts::ChartKind::Trends {
                indicators: default_indicators(&d),
            },
            lang: Language::En,
            as_of: None,
        };
        let data = crate::charts::ChartData {
            dataset: &d,
            review: None,
        };
        let svg = crate::charts::render_svg(&chart, data, 800, 450, 1.0).unwrap();
        let texts: Vec<&str> = svg
            .split("<text")
            .skip(1)
            .filter_map(|t| t.split_once('>')?.1.split("</text>").next())
            .map(str::trim)
            .collect();
        for name in [
            "Synthetic indicator 0",
            "Synthetic indicator 1",
            "Synthetic indicator 2",
        ] {
            assert!(texts.contains(&name), "{name} not in the legend: {texts:?}");
        }
        assert!(
            !texts.contains(&"Global"),
            "series called Global: {texts:?}"
        );
    }

    #[test]
    fn an_unknown_indicator_is_one_line_naming_a_few_of_the_dataset() {
        let d = crate::synthetic::dataset(50, 2000);
        let err = resolve(&d, &["afg-opium-cultivation".to_owned()])
            .unwrap_err()
            .to_string();
        assert_eq!(
            err,
            "indicator \"afg-opium-cultivation\" is not in the dataset; it has syn-ind-00000, \
             syn-ind-00001, syn-ind-00002, syn-ind-00003, syn-ind-00004, … (100 in all)"
        );
    }
}
