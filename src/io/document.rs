//! Reading documents from disk: size cap, encoding, format version, parsing and validation,
//! every failure turned into a [`Problem`] that names the file, line and column.

use std::fmt::Write as _;
use std::io::Read as _;
use std::path::Path;
use std::sync::atomic::{AtomicU8, AtomicU64, Ordering};

use serde::Serialize;
use serde::de::DeserializeOwned;
use sha2::{Digest as _, Sha256};

use super::ron_positions;
use crate::i18n::{Arg, Localised};
use crate::model::{DATASET_FORMAT_VERSION, Dataset, REVIEW_FORMAT_VERSION, Review};
use crate::problem::{Finding, Problem};
use crate::validate;

/// Files larger than this are refused before they are read (128 MiB: a dataset of ten times the
/// realistic size is a few tens of MiB).
pub const MAX_FILE_BYTES: u64 = 128 * 1024 * 1024;

/// The two kinds of document.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocKind {
    /// `*.dataset.ron`.
    Dataset,
    /// `*.review.ron`.
    Review,
}

impl DocKind {
    /// The kind's name in messages.
    #[must_use]
    pub fn name(self) -> &'static str {
        match self {
            Self::Dataset => "dataset",
            Self::Review => "review",
        }
    }

    /// The kind's name as a message key, for sentences in any language.
    #[must_use]
    pub fn term(self) -> &'static str {
        match self {
            Self::Dataset => key!("term-dataset"),
            Self::Review => key!("term-review"),
        }
    }

    /// The `format_version` this build reads.
    #[must_use]
    pub fn supported_version(self) -> u32 {
        match self {
            Self::Dataset => DATASET_FORMAT_VERSION,
            Self::Review => REVIEW_FORMAT_VERSION,
        }
    }

    /// The kind of a document, from its file name (`.dataset.ron`, `.review.ron`) or, failing
    /// that, from its content (a review has a top-level `delegation` field).
    #[must_use]
    pub fn detect(path: &Path, text: &str) -> Self {
        let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase());
        match name.as_deref() {
            Some(n) if n.ends_with(".dataset.ron") => Self::Dataset,
            Some(n) if n.ends_with(".review.ron") => Self::Review,
            _ if ron_positions::find(text, "delegation").is_some() => Self::Review,
            _ => Self::Dataset,
        }
    }
}

/// Why a document could not be loaded.
#[derive(Debug)]
pub enum LoadError {
    /// The file could not be read at all: missing, not permitted, a folder, too large.
    Unreadable(Problem),
    /// The file was read but is not a usable document; every error found is listed.
    Invalid(Vec<Problem>),
}

impl LoadError {
    /// All problems, for display.
    #[must_use]
    pub fn problems(&self) -> &[Problem] {
        match self {
            Self::Unreadable(p) => std::slice::from_ref(p),
            Self::Invalid(ps) => ps,
        }
    }
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, p) in self.problems().iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{p}")?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// A document that loaded, with the warnings found in it and its source text.
#[derive(Debug)]
pub struct Loaded<T> {
    /// The document.
    pub doc: T,
    /// Warnings (never errors) found by validation.
    pub warnings: Vec<Problem>,
}

/// What loading a document is doing now, for a progress display.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LoadPhase {
    /// Reading the file's bytes (see [`LoadProgress::bytes`]).
    #[default]
    Reading,
    /// Parsing the text into a document.
    Parsing,
    /// Looking for a review's dataset.
    FindingDataset,
    /// Parsing and validating a review against its dataset.
    Checking,
}

/// How far the loading of a document has come; written by the thread that loads, read by
/// whoever shows it (the window's loading screen).
#[derive(Debug, Default)]
pub struct LoadProgress {
    read: AtomicU64,
    total: AtomicU64,
    phase: AtomicU8,
}

impl LoadProgress {
    /// The phase now.
    #[must_use]
    pub fn phase(&self) -> LoadPhase {
        match self.phase.load(Ordering::Relaxed) {
            1 => LoadPhase::Parsing,
            2 => LoadPhase::FindingDataset,
            3 => LoadPhase::Checking,
            _ => LoadPhase::Reading,
        }
    }

    /// Bytes of the file being read (the document, or in [`LoadPhase::FindingDataset`] a
    /// dataset file) read so far, and its size (0 when unknown, as for a pipe).
    #[must_use]
    pub fn bytes(&self) -> (u64, u64) {
        (
            self.read.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        )
    }

    /// Moves on to `phase`.
    pub fn set_phase(&self, phase: LoadPhase) {
        let n = match phase {
            LoadPhase::Reading => 0,
            LoadPhase::Parsing => 1,
            LoadPhase::FindingDataset => 2,
            LoadPhase::Checking => 3,
        };
        self.phase.store(n, Ordering::Relaxed);
    }
}

/// Reads a file as text: refuses files over [`MAX_FILE_BYTES`], strips a UTF-8 byte-order mark
/// and reports invalid UTF-8 with its line and column.
pub fn read_text(path: &Path) -> Result<String, LoadError> {
    read_text_capped(path, MAX_FILE_BYTES)
}

/// [`read_text`] that reports the bytes read to `progress` as it goes.
pub fn read_text_with_progress(path: &Path, progress: &LoadProgress) -> Result<String, LoadError> {
    read_text_inner(path, MAX_FILE_BYTES, Some(progress))
}

/// [`read_text`] with a given size cap.
pub fn read_text_capped(path: &Path, cap: u64) -> Result<String, LoadError> {
    read_text_inner(path, cap, None)
}

fn read_text_inner(
    path: &Path,
    cap: u64,
    progress: Option<&LoadProgress>,
) -> Result<String, LoadError> {
    let unreadable = |msg: Localised| LoadError::Unreadable(Problem::file_error(path, msg));
    let file = std::fs::File::open(path).map_err(|e| unreadable(io_message(&e)))?;
    let meta = file.metadata().map_err(|e| unreadable(io_message(&e)))?;
    if meta.is_dir() {
        return Err(unreadable(msg!("load-folder")));
    }
    if meta.len() > cap {
        return Err(unreadable(too_large(meta.len(), cap)));
    }
    let mut bytes = Vec::new();
    // Read at most one byte past the cap, in case the size on disk was not the whole story.
    let mut limited = file.take(cap + 1);
    match progress {
        None => {
            limited
                .read_to_end(&mut bytes)
                .map_err(|e| unreadable(io_message(&e)))?;
        }
        Some(p) => {
            // The caller sets the phase: the document itself, or a dataset it needs.
            p.read.store(0, Ordering::Relaxed);
            p.total.store(meta.len(), Ordering::Relaxed);
            bytes.reserve(usize::try_from(meta.len()).unwrap_or(0));
            let mut chunk = vec![0u8; 256 * 1024];
            loop {
                let n = match limited.read(&mut chunk) {
                    Ok(0) => break,
                    Ok(n) => n,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(e) => return Err(unreadable(io_message(&e))),
                };
                bytes.extend_from_slice(&chunk[..n]);
                p.read.fetch_add(n as u64, Ordering::Relaxed);
            }
        }
    }
    if bytes.len() as u64 > cap {
        return Err(unreadable(too_large(bytes.len() as u64, cap)));
    }
    decode(path, bytes).map_err(|p| LoadError::Invalid(vec![p]))
}

fn too_large(size: u64, cap: u64) -> Localised {
    msg!(
        "load-too-large",
        size = (size / (1024 * 1024)).to_string(),
        cap = (cap / (1024 * 1024)).to_string()
    )
}

/// A plain-language message for an I/O error, to render in the interface language; an error
/// of another kind keeps the system's own words.
#[must_use]
pub fn io_message(e: &std::io::Error) -> Localised {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::NotFound => msg!("io-not-found"),
        K::PermissionDenied => msg!("io-permission-denied"),
        K::StorageFull => msg!("io-disk-full"),
        K::ReadOnlyFilesystem => msg!("io-read-only-disk"),
        K::IsADirectory => msg!("io-is-folder"),
        _ => Localised::plain(e.to_string()),
    }
}

/// Bytes to text: strips a byte-order mark; invalid UTF-8 is an error at its position.
pub fn decode(path: &Path, mut bytes: Vec<u8>) -> Result<String, Problem> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| {
        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        // The prefix is valid UTF-8 by construction.
        let prefix = String::from_utf8_lossy(good);
        let line = 1 + prefix.matches('\n').count();
        let col = 1 + prefix.rsplit('\n').next().map_or(0, |l| l.chars().count());
        Problem::at(path, line, col, msg!("load-not-utf8"))
    })
}

/// Checks the top-level `format_version` before parsing the rest, so a file from a newer
/// version of the application gets a clear message rather than a list of unknown fields.
fn check_version(path: &Path, text: &str, kind: DocKind) -> Result<(), Problem> {
    let Some((value, pos)) = ron_positions::top_level_scalar(text, "format_version") else {
        // Missing or malformed: the parser reports it with its position.
        return Ok(());
    };
    let supported = kind.supported_version();
    match value.parse::<u32>() {
        Ok(v) if v > supported => Err(Problem::at(
            path,
            pos.line,
            pos.col,
            msg!(
                "load-newer-version",
                kind = Arg::Term(kind.term()),
                version = v,
                supported = supported
            ),
        )),
        Ok(0) => Err(Problem::at(
            path,
            pos.line,
            pos.col,
            msg!("load-version-zero", supported = supported),
        )),
        _ => Ok(()),
    }
}

/// Parses RON text into a document, mapping ron's errors to problems with positions.
pub fn parse<T: DeserializeOwned>(path: &Path, text: &str, kind: DocKind) -> Result<T, Problem> {
    if text.trim().is_empty() {
        return Err(Problem::at(
            path,
            1,
            1,
            msg!("load-empty", kind = Arg::Term(kind.term())),
        ));
    }
    check_version(path, text, kind)?;
    // ron's default options keep its recursion limit (128), so deeply nested input fails
    // cleanly instead of overflowing the stack.
    ron::Options::default().from_str(text).map_err(|e| {
        let pos = e.span.start;
        let (line, col) = skip_whitespace(text, pos.line.max(1), pos.col.max(1));
        Problem::at(
            path,
            line,
            col,
            parse_message(&e.code, kind, text, line, col),
        )
    })
}

/// The character at a 1-based line and column.
fn char_at(text: &str, line: usize, col: usize) -> Option<char> {
    text.split('\n').nth(line - 1)?.chars().nth(col - 1)
}

/// ron reports some errors just before the whitespace that precedes the offending value; move
/// forward to the value itself (unless only whitespace follows).
fn skip_whitespace(text: &str, line: usize, col: usize) -> (usize, usize) {
    let (mut l, mut c) = (line, col);
    let Some(rest) = text.split('\n').nth(line - 1) else {
        return (line, col);
    };
    let mut lines = std::iter::once(rest).chain(text.split('\n').skip(line));
    let mut skip = col - 1;
    for current in lines.by_ref() {
        for ch in current.chars().skip(skip) {
            if !ch.is_whitespace() {
                return (l, c);
            }
            c += 1;
        }
        l += 1;
        c = 1;
        skip = 0;
    }
    (line, col)
}

/// Whether a `"` opens at this position and no other `"` follows it.
fn unclosed_quote(text: &str, line: usize, col: usize) -> bool {
    let Some(offset) = text
        .split_inclusive('\n')
        .take(line - 1)
        .map(str::len)
        .sum::<usize>()
        .checked_add(
            text.split('\n')
                .nth(line - 1)
                .map_or(0, |l| l.chars().take(col - 1).map(char::len_utf8).sum()),
        )
    else {
        return false;
    };
    text.get(offset..)
        .is_some_and(|rest| rest.starts_with('"') && !rest[1..].contains('"'))
}

/// Whether only whitespace follows a 1-based line and column.
fn at_end(text: &str, line: usize, col: usize) -> bool {
    let mut lines = text.split('\n').skip(line - 1);
    let Some(first) = lines.next() else {
        return true;
    };
    first.chars().skip(col - 1).all(char::is_whitespace) && lines.all(|l| l.trim().is_empty())
}

fn parse_message(
    code: &ron::Error,
    kind: DocKind,
    text: &str,
    line: usize,
    col: usize,
) -> Localised {
    use ron::Error as E;
    if let Some(c) = char_at(text, line, col).filter(|c| c.is_control() && !c.is_whitespace()) {
        return msg!(
            "load-control-character",
            code = format!("{:04X}", u32::from(c))
        );
    }
    let truncated = || msg!("load-truncated");
    match code {
        E::Eof => truncated(),
        _ if at_end(text, line, col) && !matches!(code, E::TrailingCharacters) => truncated(),
        E::ExceededRecursionLimit => msg!("load-too-deep", kind = Arg::Term(kind.term())),
        E::TrailingCharacters => msg!("load-trailing"),
        E::ExpectedInteger => msg!("load-expected-integer"),
        E::ExpectedFloat => msg!("load-expected-float"),
        E::ExpectedString | E::ExpectedStringEnd if unclosed_quote(text, line, col) => {
            msg!("load-unclosed-quote")
        }
        E::ExpectedString | E::ExpectedStringEnd => msg!("load-expected-string"),
        E::ExpectedComma => msg!("load-expected-comma"),
        E::ExpectedIdentifier => msg!("load-expected-field"),
        E::ExpectedStructLike | E::ExpectedNamedStructLike(_) => msg!("load-expected-struct"),
        E::ExpectedArray => msg!("load-expected-list"),
        E::ExpectedMap => msg!("load-expected-map"),
        E::MissingStructField { field, outer } => match outer {
            Some(o) => msg!(
                "load-missing-field-in",
                outer = o.as_str(),
                field = field.to_string()
            ),
            None => msg!("load-missing-field", field = field.to_string()),
        },
        E::NoSuchStructField {
            expected,
            found,
            outer,
        } => match outer {
            Some(o) => msg!(
                "load-unknown-field-in",
                found = found.as_str(),
                outer = o.as_str(),
                fields = expected.join(", ")
            ),
            None => msg!(
                "load-unknown-field",
                found = found.as_str(),
                fields = expected.join(", ")
            ),
        },
        E::NoSuchEnumVariant {
            expected,
            found,
            outer,
        } => msg!(
            "load-unknown-variant",
            found = found.as_str(),
            what = outer.as_deref().unwrap_or("value"),
            variants = expected.join(", ")
        ),
        E::UnclosedBlockComment => msg!("load-unclosed-comment"),
        E::Message(m) if m.starts_with(crate::model::NOT_PUBLISHED) => msg!(
            "book-not-published",
            value = m.trim_start_matches(crate::model::NOT_PUBLISHED)
        ),
        E::Message(m) if m.starts_with("failed to parse") => {
            msg!("load-bad-date", reason = m.as_str())
        }
        other => {
            let mut m = other.to_string();
            if m.ends_with('.') {
                m.pop();
            }
            Localised::plain(m)
        }
    }
}

/// Ties findings to positions in `text`.
#[must_use]
pub fn locate_findings(path: &Path, text: &str, findings: Vec<Finding>) -> Vec<Problem> {
    if findings.is_empty() {
        return Vec::new();
    }
    let paths: Vec<&str> = findings.iter().map(|f| f.path.as_str()).collect();
    let positions = ron_positions::locate(text, &paths);
    let mut problems: Vec<Problem> = findings
        .into_iter()
        .zip(positions)
        .map(|(f, pos)| Problem {
            file: path.to_owned(),
            line: pos.map(|p| p.line),
            col: pos.map(|p| p.col),
            level: f.level,
            message: f.message,
        })
        .collect();
    problems.sort_by_key(|p| (p.line, p.col));
    problems
}

/// Parses and validates a dataset from text. Errors (parse or validation) fail the load.
pub fn dataset_from_text(path: &Path, text: &str) -> Result<Loaded<Dataset>, LoadError> {
    let doc: Dataset =
        parse(path, text, DocKind::Dataset).map_err(|p| LoadError::Invalid(vec![p]))?;
    let problems = locate_findings(path, text, validate::dataset(&doc));
    split(doc, problems)
}

/// Parses and validates a review from text, against its dataset when one is given.
pub fn review_from_text(
    path: &Path,
    text: &str,
    dataset: Option<&Dataset>,
) -> Result<Loaded<Review>, LoadError> {
    let mut doc: Review =
        parse(path, text, DocKind::Review).map_err(|p| LoadError::Invalid(vec![p]))?;
    // Version 1 had no ids on history entries and evidence items: they are made from the
    // content, the same on every machine, and the review is written as this version.
    doc.fill_ids();
    let problems = locate_findings(path, text, validate::review(&doc, dataset));
    split(doc, problems)
}

fn split<T>(doc: T, problems: Vec<Problem>) -> Result<Loaded<T>, LoadError> {
    if problems.iter().any(Problem::is_error) {
        Err(LoadError::Invalid(problems))
    } else {
        Ok(Loaded {
            doc,
            warnings: problems,
        })
    }
}

/// Loads and validates a dataset file.
pub fn load_dataset(path: &Path) -> Result<Loaded<Dataset>, LoadError> {
    dataset_from_text(path, &read_text(path)?)
}

/// Loads and validates a review file, against its dataset when one is given.
pub fn load_review(path: &Path, dataset: Option<&Dataset>) -> Result<Loaded<Review>, LoadError> {
    review_from_text(path, &read_text(path)?, dataset)
}

/// [`load_review`] against `dataset` whose content hash is `hash` (see
/// [`crate::validate::review_hashed`]): for reading many reviews of one dataset.
pub fn load_review_hashed(
    path: &Path,
    dataset: &Dataset,
    hash: Option<&str>,
) -> Result<Loaded<Review>, LoadError> {
    let text = read_text(path)?;
    let mut doc: Review =
        parse(path, &text, DocKind::Review).map_err(|p| LoadError::Invalid(vec![p]))?;
    doc.fill_ids();
    let findings = crate::validate::review_hashed(&doc, Some(dataset), hash);
    split(doc, locate_findings(path, &text, findings))
}

/// The comment block a document starts with (`//` lines, whole-line `/* … */` comments and
/// blank lines between them), ending in a line break; empty when the text starts with the
/// document itself. A byte-order mark is skipped, CRLF line ends become `\n`.
///
/// Saving writes the canonical text, which has no comments; a review's leading comment (the
/// sample's says that all its content is fictitious) is kept by writing it back in front.
///
/// ```
/// use poa_review::io::leading_comment;
/// assert_eq!(leading_comment("// Fictitious.\n\n(format_version: 1)"), "// Fictitious.\n");
/// assert_eq!(leading_comment("(format_version: 1) // not leading"), "");
/// ```
#[must_use]
pub fn leading_comment(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut kept: Vec<&str> = Vec::new();
    let mut in_block = false;
    for line in text.lines() {
        let t = line.trim();
        if in_block {
            kept.push(line);
            if let Some(end) = t.find("*/") {
                if !t[end + 2..].trim().is_empty() {
                    // Something follows the comment on its line: the comment is not whole.
                    kept.pop();
                    break;
                }
                in_block = false;
            }
            continue;
        }
        if t.is_empty() || t.starts_with("//") {
            kept.push(line);
        } else if t.starts_with("/*") {
            match t.find("*/") {
                Some(end) if t[end + 2..].trim().is_empty() => kept.push(line),
                Some(_) => break,
                None => {
                    kept.push(line);
                    in_block = true;
                }
            }
        } else {
            break;
        }
    }
    if in_block {
        // A block comment that never closes is not a comment block we can keep.
        return String::new();
    }
    while kept.last().is_some_and(|l| l.trim().is_empty()) {
        kept.pop();
    }
    let blank_before = kept.iter().take_while(|l| l.trim().is_empty()).count();
    let mut out = String::new();
    for line in &kept[blank_before..] {
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// The layout of the canonical text.
fn canonical_config() -> ron::ser::PrettyConfig {
    ron::ser::PrettyConfig::new()
        .new_line("\n".to_owned())
        .indentor("    ".to_owned())
        .struct_names(false)
}

/// The canonical text of a document: pretty RON, 4-space indent, `\n` line ends, fields in
/// declaration order and maps sorted, so equal documents give byte-identical files.
pub fn to_ron_string<T: Serialize>(doc: &T) -> Result<String, ron::Error> {
    let mut s = ron::Options::default().to_string_pretty(doc, canonical_config())?;
    s.push('\n');
    Ok(s)
}

/// Feeds what is written into a SHA-256, so a document can be hashed without holding its text.
struct HashWriter(Sha256);

impl std::fmt::Write for HashWriter {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.update(s.as_bytes());
        Ok(())
    }
}

/// `sha256:` and the hex SHA-256 of the dataset's canonical text (see [`to_ron_string`]),
/// computed as the text is produced, never holding it whole. Formatting, comments and line ends
/// in the file do not change it; any change of content does.
pub fn content_hash(dataset: &Dataset) -> Result<String, ron::Error> {
    let mut hasher = HashWriter(Sha256::new());
    ron::Options::default().to_writer_pretty(&mut hasher, dataset, canonical_config())?;
    hasher.0.update(b"\n");
    let digest = hasher.0.finalize();
    let mut s = String::with_capacity(7 + 64);
    s.push_str("sha256:");
    for b in digest {
        write!(s, "{b:02x}").ok();
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Language, Translator};

    #[test]
    fn load_and_save_errors_of_the_system_are_said_in_chinese() {
        let zh = Translator::new(Language::Zh);
        let Err(LoadError::Unreadable(missing)) = read_text(Path::new("no/such.review.ron")) else {
            panic!("a missing file is unreadable");
        };
        assert_eq!(
            missing.message.english(),
            "the file does not exist (was it moved or renamed?)"
        );
        assert_eq!(
            missing.message.render(&zh),
            "文件不存在（是否已被移动或重命名？）"
        );
        let full = super::super::SaveError::Step {
            step: super::super::SaveStep::Writing,
            reason: io_message(&std::io::Error::from(std::io::ErrorKind::StorageFull)),
        };
        let said = full.message().render(&zh);
        assert!(said.contains("磁盘已满；请释放一些空间后重试"), "{said}");
        let denied = io_message(&std::io::Error::from(std::io::ErrorKind::PermissionDenied));
        assert_eq!(denied.render(&zh), "权限不足：您无权读取或写入此文件");
    }
}
