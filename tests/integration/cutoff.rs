//! The information cut-off (issue 13): values published after it are drawn differently (pixels),
//! left out of the ratings, marked in the PDF and HTML briefings and listed by `validate` with
//! their file, line and column; ambiguous indicators are charted but never rated.
#![expect(
    clippy::unwrap_used,
    reason = "in tests, a failed unwrap is a failed test"
)]

use std::path::Path;
use std::process::Command;

use poa_review::analysis::{self, Cutoff, Rating};
use poa_review::charts::{self, Chart, ChartData, ChartKind};
use poa_review::export::{self, Format, Options, Profile};
use poa_review::i18n::Language;
use poa_review::io;
use poa_review::model::{Dataset, Direction};
use poa_review::palette::{CHART_BACKGROUND, SERIES};

/// A dataset whose Afghan series has a 2014 value from a survey published in November 2014,
/// after its cut-off of 13 March 2014.
const HINDSIGHT: &str = "tests/data/cutoff/hindsight.dataset.ron";

fn dataset() -> Dataset {
    io::load_dataset(Path::new(HINDSIGHT)).unwrap().doc
}

fn cutoff() -> jiff::civil::Date {
    jiff::civil::date(2014, 3, 13)
}

fn trend(as_of: Option<jiff::civil::Date>) -> Chart {
    Chart {
        kind: ChartKind::Trends {
            indicators: vec!["afg".to_owned()],
        },
        lang: Language::En,
        as_of,
    }
}

fn near(a: (u8, u8, u8), b: (u8, u8, u8)) -> bool {
    a.0.abs_diff(b.0) < 30 && a.1.abs_diff(b.1) < 30 && a.2.abs_diff(b.2) < 30
}

#[test]
fn a_value_published_after_the_cut_off_is_drawn_hollow_and_a_known_one_filled() {
    let d = dataset();
    let data = ChartData {
        dataset: &d,
        review: None,
    };
    let with = charts::render_rgb(&trend(Some(cutoff())), data, 800, 450, 1.0).unwrap();
    let without = charts::render_rgb(&trend(None), data, 800, 450, 1.0).unwrap();
    let point = |img: &charts::RgbChart, year: i32| {
        img.drawn
            .points
            .iter()
            .find(|p| p.year == year)
            .unwrap()
            .clone()
    };
    let late = point(&with, 2014);
    assert!(
        late.hindsight,
        "the 2014 value is hindsight at 13 March 2014"
    );
    assert!(!point(&with, 2012).hindsight);
    assert!(!point(&without, 2014).hindsight, "no cut-off, no hindsight");
    let centre = |img: &charts::RgbChart, year: i32| {
        let p = point(img, year);
        let (x, y) = (
            u32::try_from(p.pixel.0).unwrap(),
            u32::try_from(p.pixel.1).unwrap(),
        );
        img.pixel(x, y)
    };
    // Hindsight: a hollow square, its centre the background; without the cut-off the same
    // value is a filled disc in the series colour. A value known at the cut-off stays filled.
    assert!(
        near(centre(&with, 2014), CHART_BACKGROUND),
        "{:?}",
        centre(&with, 2014)
    );
    assert!(
        near(centre(&without, 2014), SERIES[0]),
        "{:?}",
        centre(&without, 2014)
    );
    assert!(
        near(centre(&with, 2012), SERIES[0]),
        "{:?}",
        centre(&with, 2012)
    );
    // The square's ring: 5 pixels right of the centre is the series colour on the hollow one.
    let p = point(&with, 2014);
    let ring = with.pixel(
        u32::try_from(p.pixel.0 + 4).unwrap(),
        u32::try_from(p.pixel.1 - 4).unwrap(),
    );
    assert!(near(ring, SERIES[0]), "the square's corner: {ring:?}");
    // The legend says what the squares are.
    let svg = charts::render_svg(&trend(Some(cutoff())), data, 800, 450, 1.0).unwrap();
    assert!(
        svg.contains("published after 13 March 2014 (hindsight)"),
        "no legend entry for hindsight"
    );
    let plain = charts::render_svg(&trend(None), data, 800, 450, 1.0).unwrap();
    assert!(!plain.contains("hindsight"));
}

#[test]
fn ratings_leave_hindsight_out_and_name_what_they_left_out() {
    let d = dataset();
    let ind = d.indicator("afg").unwrap();
    let a = analysis::assess(&d, ind, Some(cutoff()));
    assert_eq!(
        (
            a.baseline.map(|o| o.year),
            a.latest.map(|o| o.year),
            a.rating
        ),
        (Some(2009), Some(2012), Rating::Regression)
    );
    assert_eq!(a.hindsight_left_out.len(), 1);
    let all = analysis::assess(&d, ind, None);
    assert_eq!(all.latest.map(|o| o.year), Some(2014));
    let said = analysis::describe(&d, ind, Some(cutoff()), Language::En);
    assert_eq!(said.change, "2009–2012: +25%");
    assert_eq!(
        said.hindsight.as_deref(),
        Some("the 2014 value was published after 13 March 2014 and is left out")
    );
    let zh = analysis::describe(&d, ind, Some(cutoff()), Language::Zh);
    assert_eq!(zh.change, "2009–2012年：+25%");
    assert!(zh.hindsight.unwrap().contains("2014年3月13日"));
}

#[test]
fn an_ambiguous_indicator_is_charted_but_never_rated() {
    let mut d = dataset();
    d.indicators[0].direction = Direction::Ambiguous;
    let ind = d.indicator("afg").unwrap();
    let a = analysis::assess(&d, ind, None);
    assert_eq!(a.rating, Rating::NotRated);
    assert!(a.change_percent.is_some(), "its change is still shown");
    let chart = Chart {
        kind: ChartKind::Targets,
        lang: Language::En,
        as_of: None,
    };
    let data = ChartData {
        dataset: &d,
        review: None,
    };
    let svg = charts::render_svg(&chart, data, 1000, 600, 1.0).unwrap();
    assert!(svg.contains("not rated"), "the targets chart rates it");
    for word in ["Progress", "Regression", "Stagnation"] {
        assert!(!svg.contains(&format!("· {word}")), "{word} in {svg}");
    }
    // The row names the indicator, not only its place.
    assert!(svg.contains("Opium poppy cultivation — Afghanistan"));
}

#[test]
fn a_baseline_is_the_baseline_year_or_the_nearest_later_one_and_never_an_earlier_one() {
    let mut d = dataset();
    let ind = &mut d.indicators[0];
    ind.series.retain(|o| o.year != 2009);
    ind.series.insert(
        0,
        poa_review::model::Observation {
            year: 2008,
            value: 157_000.0,
            flag: poa_review::model::Flag::Reported,
            source: "A/68/126".to_owned(),
            unit: None,
            note: None,
        },
    );
    let ind = d.indicator("afg").unwrap();
    // 2008 is before the baseline year; 2012 is more than two years after it.
    assert_eq!(analysis::assess(&d, ind, None).baseline, None);
    let said = analysis::describe(&d, ind, None, Language::En);
    assert_eq!(said.change, "no baseline: no value from 2009 to 2011");
    let mut later = d.clone();
    later.indicators[0].series[1].year = 2010;
    let ind = later.indicator("afg").unwrap();
    let said = analysis::describe(&later, ind, None, Language::En);
    assert!(
        said.change.starts_with("2010–2014: ")
            && said.change.ends_with("(baseline 2010: no 2009 value)"),
        "{}",
        said.change
    );
}

fn briefing(format: Format, as_of: Cutoff) -> (tempfile::TempDir, std::path::PathBuf) {
    let d = dataset();
    let r = poa_review::workspace::empty_review(&d, "Test delegation");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("briefing.{}", format.extension()));
    let options = Options {
        profile: Profile::Shareable,
        lang: Language::En,
        groups: Vec::new(),
        as_of,
    };
    export::export(&path, format, &d, &r, &options, &|_| {}).unwrap();
    (dir, path)
}

#[test]
fn the_html_and_pdf_briefings_mark_hindsight_values() {
    let (_dir, html) = briefing(Format::Html, Cutoff::Dataset);
    let html = std::fs::read_to_string(html).unwrap();
    assert!(html.contains("Information as of"));
    assert!(html.contains("13 March 2014"));
    assert!(html.contains("Annex 2: indicator values and their sources"));
    // The 2014 row says when its source came out and that this is after the cut-off; the 2012
    // row does not.
    let row = |year: &str| {
        html.split("<tr>")
            .find(|r| r.contains(&format!("<td>{year}</td>")))
            .unwrap_or_default()
            .to_owned()
    };
    assert!(
        row("2014").contains("2014-11, after the cut-off (13 March 2014)"),
        "{}",
        row("2014")
    );
    assert!(
        !row("2012").contains("after the cut-off"),
        "{}",
        row("2012")
    );
    // The targets table says what it left out.
    assert!(html.contains("the 2014 value was published after 13 March 2014 and is left out"));

    let (_dir, pdf) = briefing(Format::Pdf, Cutoff::Dataset);
    let text = crate::pdf::text(&pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        text.contains("2014-11, after the cut-off (13 March 2014)"),
        "{text}"
    );
    assert!(text.contains("Information as of: 13 March 2014"), "{text}");

    let (_dir, none) = briefing(Format::Html, Cutoff::Off);
    let none = std::fs::read_to_string(none).unwrap();
    assert!(!none.contains("after the cut-off ("));
    assert!(none.contains("no cut-off: every value counts as known"));
}

fn poa(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_poa-review"))
        .env("POA_REVIEW_LANG", "en")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
    )
}

#[test]
fn validate_lists_hindsight_with_its_position_without_failing_the_file() {
    let (code, out) = poa(&["validate", HINDSIGHT]);
    assert_eq!(code, 0, "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "tests/data/cutoff/hindsight.dataset.ron:71:71: warning: the 2014 value of \"afg\" comes from \"unodc-afg-2014\", published 2014-11, after the information cut-off 2014-03-13: it is hindsight (charts mark it, ratings leave it out)",
            "tests/data/cutoff/hindsight.dataset.ron: ok (dataset test-minimal 1.0.0, 2 commitments, 1 indicators)",
        ]
    );
    // Another cut-off: at the end of 2014 the survey was known.
    let (_, out) = poa(&["validate", "--as-of", "2014-12-31", HINDSIGHT]);
    assert!(!out.contains("it is hindsight"), "{out}");
    let (_, out) = poa(&["validate", "--as-of", "none", HINDSIGHT]);
    assert!(!out.contains("it is hindsight"), "{out}");
    let (code, _) = poa(&["validate", "--as-of", "13 March", HINDSIGHT]);
    assert_eq!(code, 2, "a cut-off that is not a day is refused");
}

#[test]
fn validate_asks_a_format_3_source_for_its_date_and_its_true_publisher() {
    let (code, out) = poa(&[
        "validate",
        "tests/data/cutoff/source-no-date.dataset.ron",
        "tests/data/cutoff/source-not-theirs.dataset.ron",
    ]);
    assert_eq!(code, 1, "{out}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(
        lines,
        [
            "tests/data/cutoff/source-no-date.dataset.ron:13:21: warning: source \"wdr2013\" does not say when it was published; add published: Some(\"2013\"), a month (\"2013-06\") or a day (\"2013-06-26\"), so that values published after the information cut-off can be marked",
            "tests/data/cutoff/source-not-theirs.dataset.ron:13:21: warning: source id \"unodc-afg-2010\" starts with the name of UNODC, but its publisher is \"Fox News\"; an id that names an organisation must be that organisation's publication: rename the id or correct the publisher",
        ]
    );
}
