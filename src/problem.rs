//! Problems found in a file: what is wrong, where, and what to do about it.

use std::fmt;
use std::path::{Path, PathBuf};

/// How serious a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    /// The file can be used, but something looks wrong.
    Warning,
    /// The file cannot be used as it is.
    Error,
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
/// such as `commitments[3].group`, see [`crate::io::locate`]), how serious, and what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    /// Path of the value in the document.
    pub path: String,
    /// Error or warning.
    pub level: Level,
    /// What is wrong, and what to do about it.
    pub message: String,
}

impl Finding {
    /// An error at `path`.
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Self {
        Self {
            path: path.into(),
            level: Level::Error,
            message: message.into(),
        }
    }

    /// A warning at `path`.
    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Self {
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
    pub message: String,
}

impl Problem {
    /// An error about `file` as a whole.
    pub fn file_error(file: &Path, message: impl Into<String>) -> Self {
        Self {
            file: file.to_owned(),
            line: None,
            col: None,
            level: Level::Error,
            message: message.into(),
        }
    }

    /// An error at a line and column of `file`.
    pub fn at(file: &Path, line: usize, col: usize, message: impl Into<String>) -> Self {
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
}

/// `file:line:col: level: message`, the form compilers use, which editors can jump to.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(col) = self.col {
                write!(f, ":{col}")?;
            }
        }
        write!(f, ": {}: {}", self.level, self.message)
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
