//! The briefing for the high-level review, written as PDF, Word, HTML or Markdown, and the
//! matrix as Excel or CSV. No GUI: the window and the command line both call [`export`].

pub mod aggregate;
pub mod briefing;
pub mod csv;
pub mod docx;
pub mod estimate;
pub mod html;
pub mod long_table;
pub mod markdown;
pub mod markup;
pub mod output;
pub mod pdf;
pub mod report;
pub mod text;
pub mod xlsx;

use std::path::{Path, PathBuf};

pub use briefing::{Briefing, Options, Profile};

use crate::charts::{self, ChartData};
use crate::model::{Dataset, Review};
use crate::problem::Problem;

/// The output formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, clap::ValueEnum)]
pub enum Format {
    /// PDF (A4), laid out by Typst.
    Pdf,
    /// Word.
    Docx,
    /// One self-contained HTML file.
    Html,
    /// Markdown, with the charts as PNG files beside it.
    Md,
    /// The matrix as an Excel workbook.
    Xlsx,
    /// The matrix as CSV.
    Csv,
}

impl Format {
    /// Every format.
    pub const ALL: [Self; 6] = [
        Self::Pdf,
        Self::Docx,
        Self::Html,
        Self::Md,
        Self::Xlsx,
        Self::Csv,
    ];

    /// The file extension.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Docx => "docx",
            Self::Html => "html",
            Self::Md => "md",
            Self::Xlsx => "xlsx",
            Self::Csv => "csv",
        }
    }

    /// The format of a file name, by its extension.
    #[must_use]
    pub fn from_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_string_lossy().to_lowercase();
        Self::ALL.into_iter().find(|f| {
            f.extension() == ext
                || (ext == "markdown" && *f == Self::Md)
                || (ext == "htm" && *f == Self::Html)
        })
    }

    /// Whether the format has charts.
    #[must_use]
    pub fn has_charts(self) -> bool {
        matches!(self, Self::Pdf | Self::Docx | Self::Html | Self::Md)
    }
}

/// What an export wrote.
#[derive(Debug)]
pub struct Written {
    /// The files, main file first.
    pub files: Vec<PathBuf>,
    /// The charts that could not be drawn and are missing from the files: the export went on
    /// without them, and the window and the command line say so.
    pub chart_failures: Vec<ChartFailed>,
}

/// A chart of the briefing that could not be drawn, so the export is without it.
#[derive(Debug, thiserror::Error)]
#[error("{}", self.message())]
pub struct ChartFailed {
    /// The chart's name in the briefing (`status`, `targets`, or a section and indicator id).
    pub name: String,
    /// Why it could not be drawn (boxed: a failure is rare, a result is made per chart).
    pub error: Box<charts::ChartError>,
}

impl ChartFailed {
    /// The message, to render in the interface language.
    #[must_use]
    pub fn message(&self) -> crate::i18n::Localised {
        msg!(
            "export-chart-missing",
            chart = self.name.as_str(),
            reason = self.error.message()
        )
    }

    /// A warning about the export written to `path`, in the language of `t`.
    #[must_use]
    pub fn to_problem(&self, path: &Path, t: &crate::i18n::Translator) -> Problem {
        let mut p = Problem::file_error(
            path,
            t.tr_args(
                key!("export-chart-failed"),
                &[
                    ("chart", self.name.clone().into()),
                    ("reason", self.error.message().render(t).into()),
                ],
            ),
        );
        p.level = crate::problem::Level::Warning;
        p
    }
}

/// Charts rendered for an export: (name, bytes, width, height), and those that failed.
type Rendered = (Vec<(String, Vec<u8>, u32, u32)>, Vec<ChartFailed>);

/// Chart size in logical pixels and the scale for raster charts (≈300 dpi at 16 cm wide).
const CHART_SIZE: (u32, u32) = (800, 450);
const CHART_SCALE: f64 = 2.4;

/// The PDF's trend charts, laid out two a row (8.6 cm wide): drawn at this smaller size so
/// their text stays about 6.5 pt, and a page holds eight of them instead of two.
const PDF_TREND_SIZE: (u32, u32) = (440, 300);

/// The column headings of the briefing's commitment tables (HTML, Markdown, Word; the PDF's
/// template has its own): the full matrix's columns but the title, which the tables show in
/// bold at the head of the summary cell.
fn commitment_header(t: &crate::i18n::Translator, internal: bool) -> Vec<String> {
    let mut header = matrix_columns(t, internal);
    header.remove(1); // the title, second in the matrix
    header
}

/// The column headings of the full matrix (XLSX, CSV): everything about a commitment, talking
/// points only in an internal copy. [`matrix_cells`] gives a row in the same order.
fn matrix_columns(t: &crate::i18n::Translator, internal: bool) -> Vec<String> {
    let mut columns = vec![
        t.tr(key!("brief-reference")),
        t.tr(key!("brief-title-col")),
        t.tr(key!("brief-summary")),
        t.tr(key!("brief-status")),
        t.tr(key!("brief-evidence-level")),
        t.tr(key!("brief-evidence")),
        t.tr(key!("brief-notes")),
    ];
    if internal {
        columns.push(t.tr(key!("brief-talking-points")));
    }
    columns
}

/// One commitment's cells of the full matrix, in the order of [`matrix_columns`], with its
/// evidence items joined by `separator`. Raw text: each format escapes or neutralises it.
fn matrix_cells<'a>(
    r: &'a briefing::Row,
    internal: bool,
    separator: &str,
) -> Vec<std::borrow::Cow<'a, str>> {
    use std::borrow::Cow;
    let mut cells = vec![
        Cow::Borrowed(r.reference.as_str()),
        Cow::Borrowed(r.title.as_str()),
        Cow::Borrowed(r.summary.as_str()),
        Cow::Borrowed(r.status.as_str()),
        Cow::Borrowed(r.evidence_level.as_str()),
        Cow::Owned(r.evidence.join(separator)),
        Cow::Borrowed(r.notes.as_str()),
    ];
    if internal {
        cells.push(Cow::Borrowed(r.talking_points.as_str()));
    }
    cells
}

/// The column headings of the annex matrix: one line per commitment, grouped by pillar. The
/// texts, evidence and notes are in the pillar sections, and every field is in the XLSX and
/// CSV matrix.
fn annex_header(t: &crate::i18n::Translator) -> [String; 5] {
    [
        t.tr(key!("brief-reference")),
        t.tr(key!("brief-title-col")),
        t.tr(key!("brief-addressee")),
        t.tr(key!("brief-status")),
        t.tr(key!("brief-evidence-level")),
    ]
}

/// The column headings of the overview's table of addressees.
fn addressee_header(t: &crate::i18n::Translator) -> [String; 4] {
    [
        t.tr(key!("brief-addressee")),
        t.tr(key!("brief-commitments")),
        t.tr(key!("brief-col-assessed")),
        t.tr(key!("brief-progress")),
    ]
}

/// The column headings of the tables of the 2019 targets.
fn targets_header(t: &crate::i18n::Translator) -> [String; 4] {
    [
        t.tr(key!("brief-indicator")),
        t.tr(key!("brief-change")),
        t.tr(key!("brief-rating")),
        t.tr(key!("brief-left-out")),
    ]
}

/// The column headings of the annex of indicator values.
fn values_header(t: &crate::i18n::Translator) -> [String; 6] {
    [
        t.tr(key!("brief-indicator")),
        t.tr(key!("brief-year")),
        t.tr(key!("brief-value")),
        t.tr(key!("brief-flag")),
        t.tr(key!("brief-source")),
        t.tr(key!("brief-published")),
    ]
}

/// The paragraph before the annex of values: what the cut-off is and how hindsight is marked.
fn values_intro(t: &crate::i18n::Translator, b: &briefing::Briefing) -> String {
    b.as_of.map_or_else(
        || t.tr(key!("brief-values-intro-none")),
        |date| {
            t.tr_args(
                key!("brief-values-intro"),
                &[("date", crate::i18n::date_in(t.language(), date).into())],
            )
        },
    )
}

/// How many supporting commitments a narrative lists before "and N more".
const SUPPORTING_SHOWN: usize = 40;

/// The commitments that support a narrative, as "A/68/126, para. 89 (g) (Substantial progress);
/// …", "none" when there are none, and after 40 "and N more, all in the table below": every one
/// of them is in the section's table, and a list of hundreds helps no reader.
fn supporting(t: &crate::i18n::Translator, rows: &[briefing::Row]) -> String {
    if rows.is_empty() {
        return t.tr(key!("brief-none"));
    }
    let mut list = rows
        .iter()
        .take(SUPPORTING_SHOWN)
        .map(|r| format!("{} ({})", r.reference, r.status))
        .collect::<Vec<_>>()
        .join("; ");
    if rows.len() > SUPPORTING_SHOWN {
        list.push_str("; ");
        list.push_str(&t.tr_args(
            key!("brief-supporting-more"),
            &[("n", (rows.len() - SUPPORTING_SHOWN).into())],
        ));
    }
    list
}

/// "12 commitments not yet assessed are listed in Annex 1 only", when there are any.
fn unassessed_note(t: &crate::i18n::Translator, section: &briefing::Section) -> Option<String> {
    (section.unassessed > 0).then(|| {
        t.tr_args(
            key!("brief-unassessed"),
            &[("n", section.unassessed.into())],
        )
    })
}

/// The briefing could not be written: `reason` is the writer's or the system's words.
fn fail(path: &Path, reason: impl Into<crate::i18n::Localised>) -> Problem {
    Problem::file_error(path, msg!("export-failed", reason = reason.into()))
}

/// Renders the briefing's charts as PNG (with pixel size) or SVG, on two threads; trend charts
/// at `trend_size` logical pixels, the others at [`CHART_SIZE`]. A chart that cannot be drawn
/// is returned as a [`ChartFailed`], never dropped silently.
fn render_charts(
    b: &Briefing,
    data: ChartData<'_>,
    svg: bool,
    trend_size: (u32, u32),
    progress: &(dyn Fn(f32) + Sync),
    range: (f32, f32),
) -> Rendered {
    render_chart_list(&briefing::charts(b), data, svg, trend_size, progress, range)
}

/// [`render_charts`] of a given list of (name, chart).
fn render_chart_list(
    list: &[(String, charts::Chart)],
    data: ChartData<'_>,
    svg: bool,
    trend_size: (u32, u32),
    progress: &(dyn Fn(f32) + Sync),
    range: (f32, f32),
) -> Rendered {
    let total = list.len().max(1);
    // Counted and reported under one lock, so the two threads never report out of order.
    let done = std::sync::Mutex::new(0usize);
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "chart sizes are small and positive"
    )]
    let render = |(name, chart): &(String, charts::Chart)| {
        let (w, h) = if matches!(chart.kind, charts::ChartKind::Trends { .. }) {
            trend_size
        } else {
            CHART_SIZE
        };
        let out = if svg {
            charts::render_svg(chart, data, w, h, 1.0).map(|s| (name.clone(), s.into_bytes(), w, h))
        } else {
            charts::render_rgb(
                chart,
                data,
                (f64::from(w) * CHART_SCALE) as u32,
                (f64::from(h) * CHART_SCALE) as u32,
                CHART_SCALE,
            )
            .and_then(|img| {
                charts::encode_png(&img).map(|png| (name.clone(), png, img.width, img.height))
            })
        }
        .map_err(|error| ChartFailed {
            name: name.clone(),
            error: Box::new(error),
        });
        let mut n = done
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        *n += 1;
        #[expect(clippy::cast_precision_loss, reason = "chart counts are small")]
        progress(range.0 + (range.1 - range.0) * *n as f32 / total as f32);
        drop(n);
        out
    };
    let half = list.len().div_ceil(2);
    let (first, second) = list.split_at(half);
    let results = std::thread::scope(|scope| {
        let other = scope.spawn(|| second.iter().map(render).collect::<Vec<_>>());
        let mut out: Vec<_> = first.iter().map(render).collect();
        out.extend(other.join().unwrap_or_else(|_| {
            // A chart whose drawing panicked is said like any other that failed.
            second
                .iter()
                .map(|(name, _)| {
                    Err(ChartFailed {
                        name: name.clone(),
                        error: Box::new(charts::ChartError::Drawing(
                            "the drawing stopped".to_owned(),
                        )),
                    })
                })
                .collect()
        }));
        out
    });
    let mut failed = Vec::new();
    let rendered = results
        .into_iter()
        .filter_map(|r| r.map_err(|f| failed.push(f)).ok())
        .collect();
    (rendered, failed)
}

/// The file name of a chart made from its name (which comes from ids in the dataset), through
/// [`crate::io::safe_name::component`]: one safe path component whatever the ids say.
#[must_use]
pub fn chart_file_name(prefix: &str, name: &str, extension: &str) -> String {
    crate::io::safe_name::component(&format!("{prefix}{name}.{extension}"))
}

/// Writes the briefing of `review` to `path` in `format`. `progress` is told the fraction done
/// (0 to 1) as the work advances. Files are written atomically and keep no `.bak`: an export
/// is handed on, and a backup beside it would hand on the previous copy too. A missing
/// folder, a folder given as `path` or an extension of another format is refused before
/// anything is done (see [`output::check`]; callers also pass the files read, which this
/// function does not know).
pub fn export(
    path: &Path,
    format: Format,
    dataset: &Dataset,
    review: &Review,
    options: &Options,
    progress: &(dyn Fn(f32) + Sync),
) -> Result<Written, Problem> {
    output::check(path, format, &[])
        .map_err(|e| e.to_problem(&crate::i18n::Translator::new(crate::i18n::Language::En)))?;
    progress(0.0);
    let b = briefing::build(dataset, review, options);
    progress(0.1);
    let data = ChartData {
        dataset,
        review: Some(review),
    };
    let mut chart_failures = Vec::new();
    let bytes = match format {
        Format::Csv => csv::write(&b).map_err(|e| fail(path, e.to_string()))?,
        Format::Xlsx => xlsx::write(&b).map_err(|e| fail(path, e.to_string()))?,
        Format::Html => {
            let (svgs, failed) = render_charts(&b, data, true, CHART_SIZE, progress, (0.1, 0.8));
            chart_failures = failed;
            // The charts were measured with Noto Sans SC: ask for it first, so text fits where the
            // reader has it (widths differ a little with other fonts).
            let lookup = |name: &str| {
                svgs.iter()
                    .find(|(n, ..)| n == name)
                    .map(|(_, s, ..)| {
                        String::from_utf8_lossy(s).replace(
                            "font-family=\"sans-serif\"",
                            "font-family=\"Noto Sans SC, Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, sans-serif\"",
                        )
                    })
                    .unwrap_or_default()
            };
            html::write(&b, &lookup).into_bytes()
        }
        Format::Md => {
            let (pngs, chart_failures) =
                render_charts(&b, data, false, CHART_SIZE, progress, (0.1, 0.8));
            let stem = path.file_stem().map_or_else(
                || "briefing".to_owned(),
                |s| s.to_string_lossy().into_owned(),
            );
            let folder_name = format!("{stem}_files");
            let folder = path.with_file_name(&folder_name);
            std::fs::create_dir_all(&folder)
                .map_err(|e| fail(&folder, crate::io::document::io_message(&e)))?;
            let mut files = vec![path.to_owned()];
            for (name, png, ..) in &pngs {
                let p = folder.join(chart_file_name("", name, "png"));
                crate::io::write_export(&p, png, &output::is_png)?;
                files.push(p);
            }
            let text = markdown::write(&b, &|name| {
                format!("{folder_name}/{}", chart_file_name("", name, "png"))
            });
            crate::io::write_export(path, text.as_bytes(), &|old| {
                output::recognisably_ours(format, path, old)
            })?;
            progress(1.0);
            return Ok(Written {
                files,
                chart_failures,
            });
        }
        Format::Docx => {
            let (pngs, failed) = render_charts(&b, data, false, CHART_SIZE, progress, (0.1, 0.6));
            chart_failures = failed;
            let lookup = |name: &str| {
                pngs.iter()
                    .find(|(n, ..)| n == name)
                    .map(|(_, png, w, h)| docx::Image {
                        png: png.clone(),
                        width: *w,
                        height: *h,
                    })
            };
            let out = docx::write(&b, &lookup).map_err(|e| fail(path, e.to_string()))?;
            progress(0.9);
            out
        }
        Format::Pdf => {
            let rendered = render_charts(&b, data, false, PDF_TREND_SIZE, progress, (0.1, 0.5));
            return write_pdf(path, b, rendered, progress);
        }
    };
    crate::io::write_export(path, &bytes, &|old| {
        output::recognisably_ours(format, path, old)
    })?;
    progress(1.0);
    Ok(Written {
        files: vec![path.to_owned()],
        chart_failures,
    })
}

/// Like [`export`], but takes the dataset and the review, and for a PDF lets go of them once the
/// briefing and its charts are made, before Typst lays the document out: that is when memory
/// peaks, and a 10,000-commitment dataset with its review holds about 70 MB. The command line and
/// the window's export task, which own copies, call this.
pub fn export_owned(
    path: &Path,
    format: Format,
    dataset: Dataset,
    review: Review,
    options: &Options,
    progress: &(dyn Fn(f32) + Sync),
) -> Result<Written, Problem> {
    if format != Format::Pdf {
        return export(path, format, &dataset, &review, options, progress);
    }
    output::check(path, format, &[])
        .map_err(|e| e.to_problem(&crate::i18n::Translator::new(crate::i18n::Language::En)))?;
    progress(0.0);
    let b = briefing::build(&dataset, &review, options);
    progress(0.1);
    let data = ChartData {
        dataset: &dataset,
        review: Some(&review),
    };
    let rendered = render_charts(&b, data, false, PDF_TREND_SIZE, progress, (0.1, 0.5));
    drop(dataset);
    drop(review);
    write_pdf(path, b, rendered, progress)
}

/// Lays out and writes the PDF of briefing `b` with its rendered charts (the last half of a PDF
/// export).
fn write_pdf(
    path: &Path,
    b: Briefing,
    (pngs, chart_failures): Rendered,
    progress: &(dyn Fn(f32) + Sync),
) -> Result<Written, Problem> {
    let bytes = pdf::write(
        b,
        pngs.into_iter().map(|(n, png, ..)| (n, png)).collect(),
        progress,
        (0.5, 0.97),
    )
    .map_err(|e| fail(path, e.to_string()))?;
    progress(0.97);
    crate::io::write_export(path, &bytes, &|old| {
        output::recognisably_ours(Format::Pdf, path, old)
    })?;
    progress(1.0);
    Ok(Written {
        files: vec![path.to_owned()],
        chart_failures,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A chart that cannot be drawn comes back as a failure with its name, never dropped.
    #[test]
    fn a_chart_that_cannot_be_drawn_is_reported_not_dropped() {
        let dataset = crate::sample::dataset().expect("the sample");
        let review = crate::sample::review().expect("the sample review");
        let mut b = briefing::build(&dataset, &review, &Options::default());
        let section = b.sections[0].id.clone();
        b.sections[0]
            .indicators
            .push("no-such-indicator".to_owned());
        let data = ChartData {
            dataset: &dataset,
            review: Some(&review),
        };
        let expected = briefing::charts(&b).len();
        for svg in [true, false] {
            let (drawn, failed) = render_charts(&b, data, svg, CHART_SIZE, &|_| {}, (0.0, 1.0));
            assert_eq!(drawn.len() + failed.len(), expected);
            assert_eq!(failed.len(), 1, "svg {svg}");
            assert_eq!(failed[0].name, format!("{section}-no-such-indicator"));
            assert!(matches!(
                *failed[0].error,
                charts::ChartError::Trends(charts::TrendsProblem::Unknown { .. })
            ));
            let warning = failed[0].to_problem(
                Path::new("briefing.html"),
                &crate::i18n::Translator::new(crate::i18n::Language::En),
            );
            assert!(!warning.is_error());
            assert!(warning.message.contains("no-such-indicator"), "{warning}");
        }
    }
}
