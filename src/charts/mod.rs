//! Charts drawn with plotters, for the screen and for briefings: indicator trends, status by
//! pillar, progress over time and the 2019 targets at a glance. No GUI here: the window shows
//! the RGB buffer that [`render_rgb`] draws, and the same function writes the PNG, so what is on
//! screen is what is exported.

mod aggregate;
mod backend;
mod progress;
mod status;
mod style;
mod targets;
mod text;
mod trends;

use std::path::Path;

use plotters::coord::Shift;
use plotters::prelude::*;

use crate::i18n::Language;
use crate::model::{Dataset, Flag, Review};
pub use aggregate::AggregateChart;
pub use text::thousands;
pub use trends::{TrendsProblem, default_indicators};

/// Which chart.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ChartKind {
    /// One or several indicator series on a year axis.
    Trends {
        /// Indicator ids.
        indicators: Vec<String>,
    },
    /// Stacked bars of status counts per pillar and group.
    StatusByPillar,
    /// Commitments at each status level over time, from the review's history.
    Progress,
    /// Small multiples, one per 2019 target area, rating each linked indicator.
    Targets,
}

/// A chart to draw: what, in which language, and what was known when.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Chart {
    /// Which chart.
    pub kind: ChartKind,
    /// Language of titles and labels.
    pub lang: Language,
    /// The information cut-off: values published after it are drawn as hindsight and left out
    /// of ratings. `None` draws every value as known. Usually the dataset's
    /// [`Metadata::as_of`](crate::model::Metadata::as_of).
    pub as_of: Option<jiff::civil::Date>,
}

/// Why a chart could not be drawn or written.
#[derive(Debug, thiserror::Error)]
pub enum ChartError {
    /// The trend chart's indicators cannot be drawn (none, not in the dataset, mixed units, …).
    #[error("{0}")]
    Trends(#[from] TrendsProblem),
    /// The size asked for is too small for axes, labels and legend.
    #[error("a chart needs at least 100 × 80 pixels, not {width} × {height}")]
    TooSmall {
        /// Width asked for.
        width: u32,
        /// Height asked for.
        height: u32,
    },
    /// plotters failed.
    #[error("drawing failed: {0}")]
    Drawing(String),
    /// The file could not be written.
    #[error("{0}")]
    Write(crate::problem::Problem),
}

impl ChartError {
    /// The message, to render in the interface language.
    #[must_use]
    pub fn message(&self) -> crate::i18n::Localised {
        match self {
            Self::Trends(problem) => problem.message(),
            Self::TooSmall { width, height } => {
                msg!("cli-chart-too-small", width = *width, height = *height)
            }
            Self::Drawing(reason) => msg!("cli-chart-drawing-failed", reason = reason),
            Self::Write(problem) => problem.message.clone(),
        }
    }
}

impl<E: std::error::Error + Send + Sync> From<DrawingAreaErrorKind<E>> for ChartError {
    fn from(e: DrawingAreaErrorKind<E>) -> Self {
        Self::Drawing(e.to_string())
    }
}

/// A point of a trend chart, where it was drawn.
#[derive(Clone, Debug, PartialEq)]
pub struct PlottedPoint {
    /// Indicator id.
    pub indicator: String,
    /// Year.
    pub year: i32,
    /// Value.
    pub value: f64,
    /// How it was obtained.
    pub flag: Flag,
    /// Its source: the publication cited first, the copy consulted second, in the chart's
    /// language.
    pub source: String,
    /// Whether it was published after the chart's information cut-off.
    pub hindsight: bool,
    /// Pixel position in the image.
    pub pixel: (i32, i32),
}

/// What drawing a chart produced besides the pixels.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Drawn {
    /// The data points and where they are (trend charts).
    pub points: Vec<PlottedPoint>,
    /// The chart's title.
    pub title: String,
}

/// A chart drawn into an RGB buffer.
#[derive(Clone, Debug, PartialEq)]
pub struct RgbChart {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// `width × height × 3` bytes, rows top to bottom.
    pub rgb: Vec<u8>,
    /// Points and title.
    pub drawn: Drawn,
}

impl RgbChart {
    /// The colour of a pixel.
    #[must_use]
    pub fn pixel(&self, x: u32, y: u32) -> (u8, u8, u8) {
        let i = ((y * self.width + x) * 3) as usize;
        (self.rgb[i], self.rgb[i + 1], self.rgb[i + 2])
    }
}

/// The data a chart draws from.
#[derive(Clone, Copy, Debug)]
pub struct ChartData<'a> {
    /// The dataset.
    pub dataset: &'a Dataset,
    /// The review (status charts need one).
    pub review: Option<&'a Review>,
}

/// Draws `chart` on any plotters backend. `scale` multiplies text, lines and margins (2 for a
/// 2× export), so a chart looks the same at any resolution.
fn draw<DB: DrawingBackend>(
    root: &DrawingArea<DB, Shift>,
    chart: &Chart,
    data: ChartData<'_>,
    scale: f64,
) -> Result<Drawn, ChartError>
where
    DB::ErrorType: 'static,
{
    style::ensure_fonts()?;
    root.fill(&style::rgb(crate::palette::CHART_BACKGROUND))?;
    let s = style::Scaled {
        scale,
        lang: chart.lang,
    };
    match &chart.kind {
        ChartKind::Trends { indicators } => {
            trends::draw(root, data.dataset, indicators, chart.as_of, &s)
        }
        ChartKind::StatusByPillar => status::draw(root, data, &s),
        ChartKind::Progress => progress::draw(root, data, &s),
        ChartKind::Targets => targets::draw(root, data.dataset, chart.as_of, &s),
    }
}

/// Refuses a size too small for axes, labels and legend, in PNG and SVG alike.
fn check_size(width: u32, height: u32) -> Result<(), ChartError> {
    if width < 100 || height < 80 {
        return Err(ChartError::TooSmall { width, height });
    }
    Ok(())
}

/// A chart that draws itself on any plotters backend: a [`Chart`] with its data, or an
/// [`AggregateChart`]. The buffer and SVG writers below serve both.
trait Drawing {
    /// Draws on `root`, text, lines and margins times `scale`.
    fn draw_on<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        scale: f64,
    ) -> Result<Drawn, ChartError>
    where
        DB::ErrorType: 'static;
}

impl Drawing for (&Chart, ChartData<'_>) {
    fn draw_on<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        scale: f64,
    ) -> Result<Drawn, ChartError>
    where
        DB::ErrorType: 'static,
    {
        draw(root, self.0, self.1, scale)
    }
}

impl Drawing for AggregateChart<'_> {
    fn draw_on<DB: DrawingBackend>(
        &self,
        root: &DrawingArea<DB, Shift>,
        scale: f64,
    ) -> Result<Drawn, ChartError>
    where
        DB::ErrorType: 'static,
    {
        style::ensure_fonts()?;
        root.fill(&style::rgb(crate::palette::CHART_BACKGROUND))?;
        let s = style::Scaled {
            scale,
            lang: self.lang,
        };
        aggregate::draw(root, self, &s)
    }
}

/// Draws `what` into an RGB buffer of `width × height` pixels.
fn rgb_of(
    what: &impl Drawing,
    width: u32,
    height: u32,
    scale: f64,
) -> Result<RgbChart, ChartError> {
    check_size(width, height)?;
    let mut rgb = vec![0u8; width as usize * height as usize * 3];
    let drawn = {
        let backend = backend::TextFix::new(BitMapBackend::with_buffer(&mut rgb, (width, height)))
            .ok_or_else(|| {
                ChartError::Drawing("the bundled chart font could not be loaded".to_owned())
            })?;
        let root = backend.into_drawing_area();
        let drawn = what.draw_on(&root, scale)?;
        root.present()?;
        drawn
    };
    Ok(RgbChart {
        width,
        height,
        rgb,
        drawn,
    })
}

/// Draws `what` as SVG text (see [`render_svg`]).
fn svg_of(what: &impl Drawing, width: u32, height: u32, scale: f64) -> Result<String, ChartError> {
    check_size(width, height)?;
    let mut svg = String::new();
    let texts = {
        let (backend, texts) =
            backend::SvgText::new(SVGBackend::with_string(&mut svg, (width, height))).ok_or_else(
                || ChartError::Drawing("the bundled chart font could not be loaded".to_owned()),
            )?;
        let root = backend.into_drawing_area();
        what.draw_on(&root, scale)?;
        root.present()?;
        texts
    };
    Ok(backend::finish_svg(&svg, &texts))
}

/// Draws into an RGB buffer of `width × height` pixels.
pub fn render_rgb(
    chart: &Chart,
    data: ChartData<'_>,
    width: u32,
    height: u32,
    scale: f64,
) -> Result<RgbChart, ChartError> {
    rgb_of(&(chart, data), width, height, scale)
}

/// Draws as SVG text (text stays text, so it can be searched and edited). Each text is
/// written at the size it was measured at, with its measured width as `textLength`, so labels
/// keep to the room the chart gave them (see [`backend::SvgText`]).
pub fn render_svg(
    chart: &Chart,
    data: ChartData<'_>,
    width: u32,
    height: u32,
    scale: f64,
) -> Result<String, ChartError> {
    svg_of(&(chart, data), width, height, scale)
}

/// Draws an aggregate chart into an RGB buffer of `width × height` pixels.
pub fn aggregate_rgb(
    chart: &AggregateChart<'_>,
    width: u32,
    height: u32,
    scale: f64,
) -> Result<RgbChart, ChartError> {
    rgb_of(chart, width, height, scale)
}

/// Draws an aggregate chart as SVG text (see [`render_svg`]).
pub fn aggregate_svg(
    chart: &AggregateChart<'_>,
    width: u32,
    height: u32,
    scale: f64,
) -> Result<String, ChartError> {
    svg_of(chart, width, height, scale)
}

/// Encodes an RGB chart as PNG.
pub fn encode_png(chart: &RgbChart) -> Result<Vec<u8>, ChartError> {
    let mut out = std::io::Cursor::new(Vec::new());
    image::write_buffer_with_format(
        &mut out,
        &chart.rgb,
        chart.width,
        chart.height,
        image::ExtendedColorType::Rgb8,
        image::ImageFormat::Png,
    )
    .map_err(|e| ChartError::Drawing(format!("PNG encoding failed: {e}")))?;
    Ok(out.into_inner())
}

/// Writes a chart to `path` (`.png` or `.svg`, by the extension) at `width × height` logical
/// pixels times `scale`, atomically and keeping no `.bak` (see [`crate::io::write_export`]).
pub fn export(
    path: &Path,
    chart: &Chart,
    data: ChartData<'_>,
    width: u32,
    height: u32,
    scale: f64,
) -> Result<(u32, u32), ChartError> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "sizes are small and positive"
    )]
    let (w, h) = (
        (f64::from(width) * scale).round() as u32,
        (f64::from(height) * scale).round() as u32,
    );
    let bytes = match ext.as_str() {
        "png" => encode_png(&render_rgb(chart, data, w, h, scale)?)?,
        "svg" => render_svg(chart, data, w, h, scale)?.into_bytes(),
        _ => {
            return Err(ChartError::Write(crate::problem::Problem::file_error(
                path,
                "charts are written as .png or .svg; give the file one of these extensions",
            )));
        }
    };
    // An export keeps no `.bak`; one an earlier version left is ours when it is of the same
    // kind: a PNG, or an SVG as plotters writes it (no XML declaration before `<svg `).
    let ours = |old: &[u8]| {
        old.starts_with(if ext == "png" {
            b"\x89PNG\r\n\x1a\n".as_slice()
        } else {
            b"<svg ".as_slice()
        })
    };
    crate::io::write_export(path, &bytes, &ours).map_err(ChartError::Write)?;
    Ok((w, h))
}

/// A title for a chart (also used as a default file name).
#[must_use]
pub fn title(chart: &Chart, dataset: &Dataset) -> String {
    let key = match &chart.kind {
        ChartKind::Trends { indicators } => return trends::title(dataset, indicators, chart.lang),
        ChartKind::StatusByPillar => key!("chart-title-status"),
        ChartKind::Progress => key!("chart-title-progress"),
        ChartKind::Targets => key!("chart-title-targets"),
    };
    crate::i18n::tr_in(chart.lang, key)
}
