//! Where an export writes and what it was made from: the checks made before anything is
//! written (the folder exists, the path is not a folder, not one of the files read, its
//! extension does not name another format), the review's dataset version, and how an earlier
//! version's `NAME.bak` of an export is recognised as ours. The messages go through Fluent, so
//! the window shows them in its language and the command line in English.

use std::path::{Path, PathBuf};

use fluent_bundle::FluentValue;

use super::Format;
use crate::i18n::{Language, Translator};
use crate::model::{Dataset, Review};
use crate::problem::Problem;

/// Why an export may not write where it was asked to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OutputProblem {
    /// The folder to write into does not exist.
    NoFolder {
        /// The missing folder.
        folder: PathBuf,
    },
    /// What should be the folder to write into is a file.
    NotAFolder {
        /// The file.
        folder: PathBuf,
    },
    /// The path is a folder.
    IsFolder {
        /// The path asked for.
        path: PathBuf,
    },
    /// The path is one of the files the export reads (the review or its dataset), perhaps
    /// under another name (`./x`, a symbolic link).
    IsInput {
        /// The path asked for.
        path: PathBuf,
        /// The input it is.
        input: PathBuf,
    },
    /// The file name's extension names another format (`--format csv --out x.pdf`), or a
    /// document (`.ron`).
    WrongExtension {
        /// The path asked for.
        path: PathBuf,
        /// The format asked for.
        format: Format,
    },
}

impl OutputProblem {
    /// The path the problem is about.
    #[must_use]
    pub fn path(&self) -> &Path {
        match self {
            Self::NoFolder { folder } | Self::NotAFolder { folder } => folder,
            Self::IsFolder { path }
            | Self::IsInput { path, .. }
            | Self::WrongExtension { path, .. } => path,
        }
    }

    /// What is wrong, in the translator's language.
    #[must_use]
    pub fn message(&self, t: &Translator) -> String {
        let shown = |p: &Path| -> FluentValue<'static> { p.display().to_string().into() };
        match self {
            Self::NoFolder { folder } => {
                t.tr_args(key!("output-no-folder"), &[("folder", shown(folder))])
            }
            Self::NotAFolder { folder } => {
                t.tr_args(key!("output-not-a-folder"), &[("folder", shown(folder))])
            }
            Self::IsFolder { path } => {
                t.tr_args(key!("output-is-folder"), &[("path", shown(path))])
            }
            Self::IsInput { path, input } => t.tr_args(
                key!("output-is-input"),
                &[("path", shown(path)), ("input", shown(input))],
            ),
            Self::WrongExtension { path, format } => t.tr_args(
                key!("output-wrong-extension"),
                &[
                    ("path", shown(path)),
                    (
                        "ext",
                        path.extension()
                            .map(|e| e.to_string_lossy().into_owned())
                            .unwrap_or_default()
                            .into(),
                    ),
                    ("expected", format.extension().into()),
                ],
            ),
        }
    }

    /// The problem as a [`Problem`] about the path, in the translator's language.
    #[must_use]
    pub fn to_problem(&self, t: &Translator) -> Problem {
        Problem::file_error(self.path(), self.message(t))
    }
}

/// Checks, before anything is written, that an export in `format` may write to `path`, in
/// this order: `path` is not a folder, its folder exists and is a folder, it is none of
/// `inputs` (compared as canonical paths, so `./x`, `a/../x` and symbolic links are seen
/// through), and its extension, if it names a format, names `format` (a `.ron` name is a
/// document, never an export).
pub fn check(path: &Path, format: Format, inputs: &[&Path]) -> Result<(), OutputProblem> {
    check_place(path)?;
    if let Some(out) = canonical(path)
        && let Some(input) = inputs
            .iter()
            .find(|i| canonical(i).is_some_and(|c| c == out))
    {
        return Err(OutputProblem::IsInput {
            path: path.to_owned(),
            input: (*input).to_owned(),
        });
    }
    let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase());
    let contradicts =
        Format::from_path(path).is_some_and(|f| f != format) || ext.as_deref() == Some("ron");
    if contradicts {
        return Err(OutputProblem::WrongExtension {
            path: path.to_owned(),
            format,
        });
    }
    Ok(())
}

/// Checks that a file can be written at `path` as far as the place goes: `path` is not a
/// folder, and its folder exists and is a folder. (A chart's export checks this alone.)
pub fn check_place(path: &Path) -> Result<(), OutputProblem> {
    if path.is_dir() {
        return Err(OutputProblem::IsFolder {
            path: path.to_owned(),
        });
    }
    let folder = folder_of(path);
    match std::fs::metadata(&folder) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Err(OutputProblem::NoFolder { folder })
        }
        Ok(m) if !m.is_dir() => Err(OutputProblem::NotAFolder { folder }),
        _ => Ok(()),
    }
}

/// The folder a file is in (`.` for a bare name).
fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_owned(),
        _ => PathBuf::from("."),
    }
}

/// The canonical form of a path: of the file itself if it exists (symbolic links resolved),
/// else of its folder joined with its name.
fn canonical(path: &Path) -> Option<PathBuf> {
    if let Ok(c) = std::fs::canonicalize(path) {
        return Some(c);
    }
    let name = path.file_name()?;
    std::fs::canonicalize(folder_of(path))
        .ok()
        .map(|d| d.join(name))
}

// ---------------------------------------------------------------------------------------------

/// A review made on another version of its dataset than the one it is exported with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OtherVersion {
    /// The dataset's id.
    pub id: String,
    /// The version the review was made on.
    pub review: String,
    /// The version of the dataset at hand.
    pub dataset: String,
}

/// `Some` when the review names another version of the dataset than `dataset` is.
#[must_use]
pub fn other_version(dataset: &Dataset, review: &Review) -> Option<OtherVersion> {
    (review.dataset.version != dataset.metadata.version).then(|| OtherVersion {
        id: dataset.metadata.id.clone(),
        review: review.dataset.version.clone(),
        dataset: dataset.metadata.version.clone(),
    })
}

// ---------------------------------------------------------------------------------------------

/// Whether `bytes`, found as `NAME.bak` beside `path` (an export in `format`), are recognisably
/// an earlier export of ours of the same format, which earlier versions kept as a backup (see
/// [`crate::io::save::write_export`] for the whole rule). Each format has marks that our
/// exporter has always put in and that a file of another origin lacks:
/// - PDF: a PDF whose creator is Typst, which lays out our PDFs;
/// - Word: a ZIP with `word/document.xml` whose parts are stored uncompressed and include
///   `docProps/custom.xml` and `word/commentsExtended.xml`, as docx-rs (our writer) makes them;
/// - Excel: a ZIP with `xl/workbook.xml` whose first part is dated 1980-01-01 00:00, as
///   `rust_xlsxwriter` (our writer) dates every part and Excel never does;
/// - HTML: our own opening (`<!DOCTYPE html>`, then our content-security policy);
/// - Markdown: a link to the chart `NAME_files/status.png` that our briefing has;
/// - CSV: a byte-order mark and our heading row, which starts with the group column's heading
///   in English or Chinese.
#[must_use]
pub fn recognisably_ours(format: Format, path: &Path, bytes: &[u8]) -> bool {
    let contains = |needle: &[u8]| bytes.windows(needle.len()).any(|w| w == needle);
    match format {
        Format::Pdf => bytes.starts_with(b"%PDF-") && contains(b"Typst"),
        Format::Docx => {
            bytes.starts_with(b"PK\x03\x04")
                && bytes.get(8..10) == Some(&[0, 0])
                && contains(b"word/document.xml")
                && contains(b"docProps/custom.xml")
                && contains(b"word/commentsExtended.xml")
        }
        Format::Xlsx => {
            bytes.starts_with(b"PK\x03\x04")
                && bytes.get(10..14) == Some(&[0, 0, 0x21, 0])
                && contains(b"xl/workbook.xml")
        }
        Format::Html => {
            bytes.starts_with(b"<!DOCTYPE html>")
                && contains(b"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">")
        }
        Format::Md => {
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            contains(format!("]({stem}_files/status.png)").as_bytes())
        }
        Format::Csv => [Language::En, Language::Zh].into_iter().any(|lang| {
            let heading = Translator::new(lang).tr(key!("brief-group"));
            let mut start = "\u{feff}".as_bytes().to_vec();
            start.extend_from_slice(heading.as_bytes());
            start.push(b',');
            bytes.starts_with(&start)
        }),
    }
}

/// Whether `bytes` are a PNG image: a chart of ours when found as `NAME.png.bak` in an
/// export's chart folder beside a chart of that name written now.
#[must_use]
pub fn is_png(bytes: &[u8]) -> bool {
    bytes.starts_with(b"\x89PNG\r\n\x1a\n")
}

/// The briefing's "Dataset" line: `shown` (title and version), and when the review was made on
/// another version, both versions, so that the copy handed on says so under its title.
#[must_use]
pub fn dataset_fact(t: &Translator, shown: &str, dataset: &Dataset, review: &Review) -> String {
    match other_version(dataset, review) {
        Some(o) => t.tr_args(
            key!("brief-dataset-other-version"),
            &[
                ("dataset", shown.to_owned().into()),
                ("review", o.review.into()),
            ],
        ),
        None => shown.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_place_is_checked_before_anything_is_written() {
        let dir = tempfile::tempdir().expect("folder");
        let file = dir.path().join("x.png");
        std::fs::write(&file, b"x").expect("written");
        let t = Translator::new(Language::Zh);
        let missing = check_place(&dir.path().join("no").join("x.png")).expect_err("missing");
        assert!(matches!(missing, OutputProblem::NoFolder { .. }));
        assert!(
            missing.message(&t).contains("不存在"),
            "{}",
            missing.message(&t)
        );
        assert!(matches!(
            check_place(dir.path()),
            Err(OutputProblem::IsFolder { .. })
        ));
        assert!(matches!(
            check_place(&file.join("y.png")),
            Err(OutputProblem::NotAFolder { .. })
        ));
        check_place(&file).expect("an existing file may be replaced");
    }

    #[test]
    fn only_our_own_exports_are_recognised() {
        let p = Path::new("b.pdf");
        assert!(recognisably_ours(
            Format::Pdf,
            p,
            b"%PDF-1.7 ... /Creator (Typst 0.15.1)"
        ));
        assert!(!recognisably_ours(
            Format::Pdf,
            p,
            b"%PDF-1.7 ... /Creator (Word)"
        ));
        assert!(!recognisably_ours(Format::Csv, p, b"a,b\r\n"));
        assert!(!recognisably_ours(
            Format::Html,
            p,
            b"<!DOCTYPE html><p>mine</p>"
        ));
        assert!(!recognisably_ours(
            Format::Xlsx,
            p,
            b"PK\x03\x04\x14\0\0\0\x08\0\x12\x34\x56\x78xl/workbook.xml"
        ));
        assert!(recognisably_ours(
            Format::Md,
            Path::new("b.md"),
            b"![x](b_files/status.png)"
        ));
        assert!(!recognisably_ours(
            Format::Md,
            Path::new("c.md"),
            b"![x](b_files/status.png)"
        ));
    }
}
