//! Charts: pixels where the data says they must be, text in both languages, hollow markers for
//! derived values, SVG structure, and the PNG export equal to the on-screen drawing.
#![expect(
    clippy::unwrap_used,
    reason = "in tests, a failed unwrap is a failed test"
)]
#![expect(
    clippy::many_single_char_names,
    reason = "d, r: dataset and review; x, y, w, h: pixels"
)]

use crate::common::{self, AppProbe as _};

use egui_kittest::kittest::Queryable as _;
use poa_review::charts::{self, Chart, ChartData, ChartKind, RgbChart};
use poa_review::model::Flag;
use poa_review::palette::{CHART_BACKGROUND, SERIES};
use poa_review::sample;

fn trends(ids: &[&str], lang: &str) -> Chart {
    Chart {
        kind: ChartKind::Trends {
            indicators: ids.iter().map(|s| (*s).to_owned()).collect(),
        },
        lang: lang.parse().expect("a language"),
        as_of: None,
    }
}

fn draw(chart: &Chart, w: u32, h: u32, scale: f64) -> RgbChart {
    let d = sample::dataset().unwrap();
    let r = sample::review().unwrap();
    charts::render_rgb(
        chart,
        ChartData {
            dataset: &d,
            review: Some(&r),
        },
        w,
        h,
        scale,
    )
    .unwrap()
}

fn close((r, g, b): (u8, u8, u8), (er, eg, eb): (u8, u8, u8)) -> bool {
    r.abs_diff(er) < 30 && g.abs_diff(eg) < 30 && b.abs_diff(eb) < 30
}

fn ink(img: &RgbChart, x0: u32, y0: u32, x1: u32, y1: u32) -> usize {
    (y0..y1)
        .flat_map(|y| (x0..x1).map(move |x| (x, y)))
        .filter(|&(x, y)| img.pixel(x, y) != CHART_BACKGROUND)
        .count()
}

#[test]
fn the_series_colour_is_where_afghanistan_2012_must_be() {
    let img = draw(
        &trends(&["afg-opium-cultivation", "mmr-opium-cultivation"], "en"),
        800,
        450,
        1.0,
    );
    let p = img
        .drawn
        .points
        .iter()
        .find(|p| p.indicator == "afg-opium-cultivation" && p.year == 2012)
        .unwrap();
    assert!((p.value - 154_000.0).abs() < 1e-9);
    let (x, y) = (
        u32::try_from(p.pixel.0).unwrap(),
        u32::try_from(p.pixel.1).unwrap(),
    );
    assert!(
        close(img.pixel(x, y), SERIES[0]),
        "{:?} at {x},{y}",
        img.pixel(x, y)
    );
    // Higher on the image than the 2009 point (123,000 ha), lower than 2013 (209,000 ha).
    let at = |year| {
        img.drawn
            .points
            .iter()
            .find(|q| q.indicator == "afg-opium-cultivation" && q.year == year)
            .unwrap()
            .pixel
    };
    assert!(at(2012).1 < at(2009).1 && at(2012).1 > at(2013).1);
    assert!(at(2012).0 > at(2009).0 && at(2012).0 < at(2013).0);
    // Myanmar's series has the second colour.
    let m = img
        .drawn
        .points
        .iter()
        .find(|p| p.indicator == "mmr-opium-cultivation" && p.year == 2012)
        .unwrap();
    assert!(close(
        img.pixel(
            u32::try_from(m.pixel.0).unwrap(),
            u32::try_from(m.pixel.1).unwrap()
        ),
        SERIES[1]
    ));
}

#[test]
fn the_title_has_ink_in_english_and_in_chinese() {
    for lang in ["en", "zh"] {
        for kind in [
            ChartKind::StatusByPillar,
            ChartKind::Progress,
            ChartKind::Targets,
            trends(&["afg-opium-cultivation"], lang).kind,
        ] {
            let chart = Chart {
                kind,
                lang: lang.parse().expect("a language"),
                as_of: None,
            };
            let img = draw(&chart, 800, 450, 1.0);
            let n = ink(&img, 0, 5, 400, 34);
            assert!(n > 300, "{lang} {:?}: only {n} title pixels", chart.kind);
        }
    }
    let en = draw(&trends(&["afg-opium-cultivation"], "en"), 800, 450, 1.0);
    let zh = draw(&trends(&["afg-opium-cultivation"], "zh"), 800, 450, 1.0);
    assert!(
        zh.drawn.title.starts_with("罂粟") && zh.drawn.title.ends_with("阿富汗"),
        "{}",
        zh.drawn.title
    );
    assert_ne!(
        en.rgb[..800 * 40 * 3],
        zh.rgb[..800 * 40 * 3],
        "the Chinese title looks like the English one"
    );
}

#[test]
fn derived_points_are_hollow_and_reported_points_solid() {
    let img = draw(&trends(&["mmr-opium-cultivation"], "en"), 800, 450, 1.0);
    let point = |year| img.drawn.points.iter().find(|p| p.year == year).unwrap();
    let derived = point(2009);
    assert_eq!(derived.flag, Flag::Derived);
    let (x, y) = (
        u32::try_from(derived.pixel.0).unwrap(),
        u32::try_from(derived.pixel.1).unwrap(),
    );
    assert_eq!(
        img.pixel(x, y),
        CHART_BACKGROUND,
        "the centre of a hollow marker is empty"
    );
    assert!(
        close(img.pixel(x + 4, y), SERIES[0]) || close(img.pixel(x + 3, y), SERIES[0]),
        "no ring"
    );
    let reported = point(2010);
    assert_eq!(reported.flag, Flag::Reported);
    let (x, y) = (
        u32::try_from(reported.pixel.0).unwrap(),
        u32::try_from(reported.pixel.1).unwrap(),
    );
    assert!(close(img.pixel(x, y), SERIES[0]));
}

#[test]
fn svg_has_the_title_the_axis_labels_and_one_path_per_series() {
    let d = sample::dataset().unwrap();
    let chart = trends(
        &[
            "afg-opium-cultivation",
            "mmr-opium-cultivation",
            "lao-opium-cultivation",
        ],
        "en",
    );
    let svg = charts::render_svg(
        &chart,
        ChartData {
            dataset: &d,
            review: None,
        },
        800,
        450,
        1.0,
    )
    .unwrap()
    .to_lowercase();
    assert!(svg.starts_with("<svg"), "{}", &svg[..100]);
    for text in [
        "opium poppy cultivation",
        "hectares",
        "2009 baseline",
        "\n200,000\n",
        "\n2012\n",
        "afghanistan",
        "source:",
    ] {
        assert!(svg.contains(text), "no {text:?} in the SVG");
    }
    // One polyline per series through all its points (the legend's short sample line has two).
    for (k, id) in [
        "afg-opium-cultivation",
        "mmr-opium-cultivation",
        "lao-opium-cultivation",
    ]
    .iter()
    .enumerate()
    {
        let (r, g, b) = SERIES[k];
        let stroke = format!("stroke=\"#{r:02x}{g:02x}{b:02x}\"");
        let n = d.indicator(id).unwrap().series.len();
        let paths = svg
            .match_indices("<polyline")
            .filter_map(|(i, _)| svg[i..].split('>').next())
            .filter(|tag| tag.contains(&stroke))
            .filter(|tag| {
                tag.split("points=\"").nth(1).is_some_and(|p| {
                    p.split('"').next().unwrap_or("").split_whitespace().count() == n
                })
            })
            .count();
        assert_eq!(paths, 1, "{id}: {stroke}");
    }
}

#[test]
fn a_png_export_is_the_on_screen_drawing_and_3x_is_print_size() {
    let d = sample::dataset().unwrap();
    let r = sample::review().unwrap();
    let data = ChartData {
        dataset: &d,
        review: Some(&r),
    };
    let chart = Chart {
        kind: ChartKind::StatusByPillar,
        lang: poa_review::i18n::Language::Zh,
        as_of: None,
    };
    let dir = tempfile::tempdir().unwrap();
    // On screen at 1.5 pixels per point: 1200 × 675 pixels for an 800 × 450 view.
    let screen = charts::render_rgb(&chart, data, 1200, 675, 1.5).unwrap();
    let path = dir.path().join("status.png");
    assert_eq!(
        charts::export(&path, &chart, data, 800, 450, 1.5).unwrap(),
        (1200, 675)
    );
    let png = image::open(&path).unwrap().to_rgb8();
    assert_eq!(png.dimensions(), (1200, 675));
    assert!(
        png.as_raw() == &screen.rgb,
        "the PNG differs from the screen"
    );
    let big = dir.path().join("big.png");
    assert_eq!(
        charts::export(&big, &chart, data, 800, 450, 3.0).unwrap(),
        (2400, 1350)
    );
    assert_eq!(image::image_dimensions(&big).unwrap(), (2400, 1350));
    let err = charts::export(&dir.path().join("x.jpg"), &chart, data, 800, 450, 1.0).unwrap_err();
    assert!(
        err.to_string()
            .contains("x.jpg: error: charts are written as .png or .svg"),
        "{err}"
    );
}

#[test]
fn bad_requests_say_what_is_wrong() {
    let d = sample::dataset().unwrap();
    let data = ChartData {
        dataset: &d,
        review: None,
    };
    let err = charts::render_rgb(&trends(&["nope"], "en"), data, 800, 450, 1.0)
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("indicator \"nope\" is not in the dataset; it has afg-opium-cultivation"),
        "{err}"
    );
    let err = charts::render_rgb(
        &trends(&["afg-opium-cultivation", "afg-opium-production"], "en"),
        data,
        800,
        450,
        1.0,
    )
    .unwrap_err()
    .to_string();
    assert!(
        err.contains("chart indicators of one unit together"),
        "{err}"
    );
    // Too small for axes and labels, whether PNG or SVG.
    let chart = trends(&["afg-opium-cultivation"], "en");
    let png = charts::render_rgb(&chart, data, 50, 20, 1.0).unwrap_err();
    let svg = charts::render_svg(&chart, data, 50, 20, 1.0).unwrap_err();
    for err in [png.to_string(), svg.to_string()] {
        assert_eq!(err, "a chart needs at least 100 × 80 pixels, not 50 × 20");
    }
}

#[test]
fn the_charts_view_draws_once_and_hovering_a_point_tells_its_value_and_source() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::open(dir.path(), None);
    h.get_by_label("Charts").click();
    h.run();
    let renders = common::chart_draws(&h);
    assert!(renders >= 1);
    h.run_steps(5);
    assert_eq!(
        common::chart_draws(&h),
        renders,
        "re-drawn without a change"
    );
    let image = h.get_by_label("Opium poppy cultivation");
    let rect = image.rect();
    let point = h
        .state()
        .charts
        .shown_image()
        .unwrap()
        .drawn
        .points
        .iter()
        .find(|p| p.indicator == "afg-opium-cultivation" && p.year == 2012)
        .unwrap()
        .clone();
    #[expect(clippy::cast_precision_loss, reason = "small pixel positions")]
    let pos = egui::pos2(
        rect.min.x as f32 + point.pixel.0 as f32,
        rect.min.y as f32 + point.pixel.1 as f32,
    );
    h.hover_at(pos);
    h.run_steps(4);
    h.get_by_label_contains("Afghanistan, 2012: 154,000 hectares (reported)");
    // Changing the language draws again.
    h.state_mut().charts.lang = poa_review::i18n::Language::Zh;
    h.run();
    assert_eq!(common::chart_draws(&h), renders + 1);
    assert!(
        h.state()
            .charts
            .shown_image()
            .unwrap()
            .drawn
            .title
            .contains("罂粟")
    );
}

#[test]
fn export_chart_writes_the_file_in_the_background_and_copy_image_fills_the_clipboard() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::open(dir.path(), None);
    h.get_by_label("Charts").click();
    h.run();
    h.get_by_label("Copy image").click();
    h.step(); // the frame that handles the click
    let copied = h
        .output()
        .platform_output
        .commands
        .iter()
        .find_map(|c| match c {
            egui::OutputCommand::CopyImage(img) => Some(img.size),
            _ => None,
        });
    let shown = h
        .state()
        .charts
        .shown_image()
        .map(|i| [i.width as usize, i.height as usize]);
    assert_eq!(copied, shown, "the copied image is not the chart on screen");
    h.run();

    h.get_by_label("Export chart…").click();
    h.run();
    let path = dir.path().join("opium.png");
    // The prompt suggests a name from the chart's title; replace it.
    common::answer_path_prompt(&mut h, &path, "Export");
    assert!(
        h.state().message_texts().is_empty(),
        "{:?}",
        h.state().message_texts()
    );
    // The default export size is 2× of 800 × 450.
    assert_eq!(image::image_dimensions(&path).unwrap(), (1600, 900));
    let notice = h.state().notice_text().unwrap();
    assert!(
        notice.starts_with("Chart written to ") && notice.ends_with("(1600 × 900)"),
        "{notice}"
    );
}

/// A box an SVG paints: left, top, right, bottom in pixels.
type Extent = (f64, f64, f64, f64);

/// The texts (with the box a browser fills with them in the bundled font, at the SVG's font
/// size) and the rectangles of an SVG chart, in painting order.
fn painted(svg: &str) -> Vec<(Option<String>, Extent)> {
    use ab_glyph::Font as _;
    let font = ab_glyph::FontRef::try_from_slice(poa_review::assets::NOTO_SANS_SC).unwrap();
    let em = font.units_per_em().unwrap();
    let attr = |tag: &str, name: &str| -> Option<f64> {
        let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        tag[start..].split('"').next()?.parse().ok()
    };
    let mut out = Vec::new();
    for element in svg.split('<').skip(1) {
        let tag = element.split('>').next().unwrap();
        if let Some(tag) = tag.strip_prefix("rect ") {
            let tag = format!(" {tag}");
            let (x, y) = (attr(&tag, "x").unwrap(), attr(&tag, "y").unwrap());
            let (w, h) = (attr(&tag, "width").unwrap(), attr(&tag, "height").unwrap());
            out.push((None, (x, y, x + w, y + h)));
        } else if let Some(tag) = tag.strip_prefix("text ") {
            if tag.contains("transform=") {
                continue; // rotated axis titles
            }
            let tag = format!(" {tag}");
            let text = element
                .split_once('>')
                .unwrap()
                .1
                .trim()
                .replace("&amp;", "&");
            let size = attr(&tag, "font-size").unwrap();
            let width = attr(&tag, "textLength").unwrap_or_else(|| {
                let units: f32 = text
                    .chars()
                    .map(|c| font.h_advance_unscaled(font.glyph_id(c)))
                    .sum();
                f64::from(units / em) * size
            });
            let (x, y) = (attr(&tag, "x").unwrap(), attr(&tag, "y").unwrap());
            let left = if tag.contains("text-anchor=\"middle\"") {
                x - width / 2.0
            } else if tag.contains("text-anchor=\"end\"") {
                x - width
            } else {
                x
            };
            let baseline = if tag.contains("dy=\"0.76em\"") {
                y + 0.76 * size
            } else if tag.contains("dy=\"0.5ex\"") {
                y + 0.27 * size
            } else {
                y - 0.27 * size
            };
            out.push((
                Some(text),
                (
                    left,
                    baseline - 0.7 * size,
                    left + width,
                    baseline + 0.05 * size,
                ),
            ));
        }
    }
    out
}

#[test]
fn svg_text_fits_the_room_it_was_measured_for() {
    let d = sample::dataset().unwrap();
    let r = sample::review().unwrap();
    let data = ChartData {
        dataset: &d,
        review: Some(&r),
    };
    for lang in ["en", "zh"] {
        for kind in [
            ChartKind::StatusByPillar,
            ChartKind::Targets,
            ChartKind::Trends {
                indicators: vec![
                    "afg-opium-cultivation".into(),
                    "mmr-opium-cultivation".into(),
                ],
            },
        ] {
            let chart = Chart {
                kind: kind.clone(),
                lang: lang.parse().expect("a language"),
                as_of: None,
            };
            let (w, h) = (800.0, 450.0);
            let svg = charts::render_svg(&chart, data, 800, 450, 1.0).unwrap();
            let shapes = painted(&svg);
            for (i, (text, (l, t, r, b))) in shapes.iter().enumerate() {
                let Some(text) = text else { continue };
                assert!(
                    *l >= -0.5 && *r <= w + 0.5,
                    "{lang} {kind:?}: {text:?} runs off the chart ({l:.1}–{r:.1})"
                );
                // Nothing painted after a text may cover it (the background comes first).
                for (_, (l2, t2, r2, b2)) in shapes[i + 1..]
                    .iter()
                    .filter(|(s, e)| s.is_none() && *e != (0.0, 0.0, w, h))
                {
                    let overlap = l.max(*l2) < r.min(*r2) - 0.5 && t.max(*t2) < b.min(*b2) - 0.5;
                    assert!(
                        !overlap,
                        "{lang} {kind:?}: {text:?} ({l:.1}–{r:.1}, {t:.1}–{b:.1}) lies under a \
                         box painted after it ({l2:.1}–{r2:.1}, {t2:.1}–{b2:.1})"
                    );
                }
            }
        }
    }
}

// ----------------------------------------------------------------------------
// Issue 14, items 1 and 9: charts of any dataset, and the tooltip at the point.

/// The indicators the chart on screen shows, in drawing order.
fn shown_indicators(h: &egui_kittest::Harness<'_, poa_review::ui::PoaApp>) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for p in &h.state().charts.shown_image().unwrap().drawn.points {
        if !ids.contains(&p.indicator) {
            ids.push(p.indicator.clone());
        }
    }
    ids
}

/// Clicks the Charts tab and checks that the chart shown has no error.
fn open_charts_without_error(h: &mut egui_kittest::Harness<'_, poa_review::ui::PoaApp>) {
    h.get_by_label("Charts").click();
    h.run();
    assert!(
        h.state().charts.error.is_none(),
        "{:?}",
        h.state().charts.error
    );
}

#[test]
fn another_dataset_charts_its_own_indicators_and_each_dataset_keeps_its_choice() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("gb.dataset.ron");
    let d = poa_review::synthetic::dataset(200, 200);
    poa_review::io::save_document(&path, &d).unwrap();
    let mut h = common::open(dir.path(), Some(path));
    assert_eq!(
        h.state().ws.as_ref().unwrap().dataset.metadata.id,
        "synthetic-200"
    );
    open_charts_without_error(&mut h);
    // The first few with the most values (all have 20 here): the first three.
    assert_eq!(
        shown_indicators(&h),
        ["syn-ind-00000", "syn-ind-00001", "syn-ind-00002"]
    );

    // Choose one more: remembered for this dataset, and in the settings.
    h.get_by_label("Indicators (3)").click();
    h.run();
    h.get_by_label("Synthetic indicator 7 — Global").click();
    h.run();
    assert_eq!(shown_indicators(&h).len(), 4);
    assert!(shown_indicators(&h).contains(&"syn-ind-00007".to_owned()));
    assert_eq!(
        h.state().settings.chart_indicators["synthetic-200"],
        [
            "syn-ind-00000",
            "syn-ind-00001",
            "syn-ind-00002",
            "syn-ind-00007"
        ]
    );
    h.key_press(egui::Key::Escape);
    h.run();

    // The built-in sample keeps its own: this dataset's choice means nothing there.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::N);
    common::settle(&mut h);
    let sample_id = h.state().ws.as_ref().unwrap().dataset.metadata.id.clone();
    assert_ne!(sample_id, "synthetic-200");
    open_charts_without_error(&mut h);
    assert_eq!(
        shown_indicators(&h),
        [
            "afg-opium-cultivation",
            "mmr-opium-cultivation",
            "lao-opium-cultivation"
        ]
    );

    // A stale choice (ids the dataset no longer has) falls back to the defaults, not an error.
    h.state_mut()
        .charts
        .chosen
        .insert(sample_id.clone(), vec!["gone".to_owned()]);
    h.run();
    assert!(h.state().charts.error.is_none());
    assert_eq!(shown_indicators(&h)[0], "afg-opium-cultivation");

    // A choice that cannot be drawn says why in one line.
    h.state_mut().charts.chosen.insert(
        sample_id,
        vec![
            "afg-opium-cultivation".to_owned(),
            "afg-opium-production".to_owned(),
        ],
    );
    h.run();
    assert!(h.state().charts.error.is_some());
    let error = h.get_by_label_contains("chart indicators of one unit together");
    let line = error.rect();
    assert!(line.height() < 30.0, "{line:?}");
}

#[test]
fn hovering_a_point_shows_its_tooltip_beside_the_point() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::open(dir.path(), None);
    h.get_by_label("Charts").click();
    h.run();
    let rect = h.get_by_label("Opium poppy cultivation").rect();
    let points = h.state().charts.shown_image().unwrap().drawn.points.clone();
    // A point in the middle of the chart and one near its left edge.
    for (indicator, year) in [
        ("afg-opium-cultivation", 2012),
        ("lao-opium-cultivation", 2009),
    ] {
        let point = points
            .iter()
            .find(|p| p.indicator == indicator && p.year == year)
            .unwrap();
        #[expect(clippy::cast_precision_loss, reason = "small pixel positions")]
        let at = egui::pos2(
            rect.min.x + point.pixel.0 as f32,
            rect.min.y + point.pixel.1 as f32,
        );
        h.hover_at(at);
        h.run_steps(4);
        let tip = h.get_by_label_contains(&format!(", {year}: ")).rect();
        let dx = (tip.min.x - at.x).max(at.x - tip.max.x).max(0.0);
        let dy = (tip.min.y - at.y).max(at.y - tip.max.y).max(0.0);
        assert!(
            dx.hypot(dy) < 24.0,
            "the tooltip at {tip:?} is not beside the point at {at:?} (chart {rect:?})"
        );
    }
}
