//! Problems found in a file: what is wrong, where, and what to do about it.

use std::fmt::{self, Write as _};
use std::path::{Path, PathBuf};

use crate::i18n::{Localised, Translator};

/// How serious a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// The file can be used, but something looks wrong.
    Warning,
    /// The file cannot be used as it is.
    Error,
}

impl Level {
    /// The level's name in the translator's language.
    #[must_use]
    pub fn render(self, t: &Translator) -> String {
        t.tr(match self {
            Self::Warning => key!("level-warning"),
            Self::Error => key!("level-error"),
        })
    }
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::Warning => "warning",
            Self::Error => "error",
        })
    }
}

/// A problem found by validation, before it is tied to a file: where in the document (a path
/// such as `commitments[3].group`, see [`crate::io::ron_positions`]), how serious, and what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Path of the value in the document.
    pub path: String,
    /// Error or warning.
    pub level: Level,
    /// What is wrong, and what to do about it.
    pub message: Localised,
}

impl Finding {
    /// An error at `path`.
    pub fn error(path: impl Into<String>, message: impl Into<Localised>) -> Self {
        Self {
            path: path.into(),
            level: Level::Error,
            message: message.into(),
        }
    }

    /// A warning at `path`.
    pub fn warning(path: impl Into<String>, message: impl Into<Localised>) -> Self {
        Self {
            path: path.into(),
            level: Level::Warning,
            message: message.into(),
        }
    }
}

/// A problem tied to a file, with a line and column where one is known.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// The file.
    pub file: PathBuf,
    /// 1-based line, if known.
    pub line: Option<usize>,
    /// 1-based column in characters, if known.
    pub col: Option<usize>,
    /// Error or warning.
    pub level: Level,
    /// What is wrong, and what to do about it.
    pub message: Localised,
}

impl Problem {
    /// An error about `file` as a whole.
    pub fn file_error(file: &Path, message: impl Into<Localised>) -> Self {
        Self {
            file: file.to_owned(),
            line: None,
            col: None,
            level: Level::Error,
            message: message.into(),
        }
    }

    /// An error at a line and column of `file`.
    pub fn at(file: &Path, line: usize, col: usize, message: impl Into<Localised>) -> Self {
        Self {
            file: file.to_owned(),
            line: Some(line),
            col: Some(col),
            level: Level::Error,
            message: message.into(),
        }
    }

    /// Whether this is an error (not a warning).
    #[must_use]
    pub fn is_error(&self) -> bool {
        self.level == Level::Error
    }

    /// `file:line:col`, the place part of the message.
    fn place(&self) -> String {
        let mut s = self.file.display().to_string();
        if let Some(line) = self.line {
            let _ = write!(s, ":{line}");
            if let Some(col) = self.col {
                let _ = write!(s, ":{col}");
            }
        }
        s
    }

    /// `file:line:col: level: message` in the translator's language (the place and the form
    /// stay as they are, so editors can still jump to it).
    #[must_use]
    pub fn render(&self, t: &Translator) -> String {
        format!(
            "{}: {}: {}",
            self.place(),
            self.level.render(t),
            self.message.render(t)
        )
    }
}

/// `file:line:col: level: message` in English, the form compilers use, which editors can jump
/// to; [`Problem::render`] says it in another language.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}: {}", self.place(), self.level, self.message)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_like_a_compiler() {
        let p = Problem::at(Path::new("a.review.ron"), 3, 7, "bad");
        assert_eq!(p.to_string(), "a.review.ron:3:7: error: bad");
        let w = Problem {
            level: Level::Warning,
            ..Problem::file_error(Path::new("b"), "hm")
        };
        assert_eq!(w.to_string(), "b: warning: hm");
    }
}
