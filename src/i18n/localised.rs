//! [`Localised`]: a message kept as a Fluent key and its arguments until the edge that shows it
//! (the window, the command line's output) renders it in its language.

use std::fmt;

use fluent_bundle::FluentValue;

use super::{Language, Translator};

/// An argument of a [`Localised`] message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    /// A text, shown as it is.
    Text(String),
    /// A number (Fluent chooses plural forms by it).
    Number(i64),
    /// A message key (from [`key!`](crate::key)), rendered in the same language: a noun such
    /// as "indicator" put into a sentence.
    Term(&'static str),
    /// A whole message, rendered in the same language: a reason put into a sentence.
    Message(Box<Localised>),
}

impl From<Localised> for Arg {
    fn from(m: Localised) -> Self {
        Self::Message(Box::new(m))
    }
}

impl From<&Localised> for Arg {
    fn from(m: &Localised) -> Self {
        Self::Message(Box::new(m.clone()))
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Self::Text(s)
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Self::Text(s.to_owned())
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Self::Text(s.clone())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Self::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Self::Number(n)
    }
}

impl From<i32> for Arg {
    fn from(n: i32) -> Self {
        Self::Number(n.into())
    }
}

impl From<u32> for Arg {
    fn from(n: u32) -> Self {
        Self::Number(n.into())
    }
}

/// A message as a Fluent key (checked with [`key!`](crate::key)) and its arguments, rendered
/// by a [`Translator`] where it is shown. `Display` renders it in English, the language of
/// logs and of what tests assert.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Localised {
    key: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl Localised {
    /// The message `key` (from [`key!`](crate::key)) without arguments.
    #[must_use]
    pub fn new(key: &'static str) -> Self {
        Self {
            key,
            args: Vec::new(),
        }
    }

    /// Adds the argument `name`.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// A text that is not translated (a parser's or the system's own words, a file name).
    #[must_use]
    pub fn plain(text: impl Into<String>) -> Self {
        Self::new(crate::key!("plain-text")).arg("text", text.into())
    }

    /// The message key.
    #[must_use]
    pub fn key(&self) -> &'static str {
        self.key
    }

    /// The text of the argument `name`, when it is a plain text.
    #[must_use]
    pub fn text_arg(&self, name: &str) -> Option<&str> {
        self.args.iter().find_map(|(n, a)| match a {
            Arg::Text(t) if *n == name => Some(t.as_str()),
            _ => None,
        })
    }

    /// The same message worded for another setting: under `key`, with the argument `name` set
    /// to `value` (the other arguments kept).
    #[must_use]
    pub fn reworded(
        mut self,
        key: &'static str,
        name: &'static str,
        value: impl Into<Arg>,
    ) -> Self {
        self.key = key;
        self.args.retain(|(n, _)| *n != name);
        self.args.push((name, value.into()));
        self
    }

    /// The message in the translator's language.
    #[must_use]
    pub fn render(&self, t: &Translator) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Text(s) => FluentValue::from(s.as_str()),
                    Arg::Number(n) => FluentValue::from(*n),
                    Arg::Term(key) => FluentValue::from(t.tr(key)),
                    Arg::Message(m) => FluentValue::from(m.render(t)),
                };
                (*name, value)
            })
            .collect();
        t.tr_args(self.key, &args)
    }

    /// The message in `lang`.
    #[must_use]
    pub fn render_in(&self, lang: Language) -> String {
        super::with_translator(lang, |t| self.render(t))
    }

    /// The message in English.
    #[must_use]
    pub fn english(&self) -> String {
        self.render_in(Language::En)
    }

    /// Whether the English message contains `pattern`.
    #[must_use]
    pub fn contains(&self, pattern: &str) -> bool {
        self.english().contains(pattern)
    }

    /// Whether the English message is empty.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.english().is_empty()
    }
}

impl fmt::Display for Localised {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.english())
    }
}

impl From<String> for Localised {
    fn from(text: String) -> Self {
        Self::plain(text)
    }
}

impl From<&str> for Localised {
    fn from(text: &str) -> Self {
        Self::plain(text)
    }
}
