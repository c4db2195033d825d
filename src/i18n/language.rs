//! The interface languages as a type: [`Language`], stored and typed as its code ("en", "zh", …).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An interface language. Dataset texts are keyed by code strings instead (they may hold
/// languages the interface does not speak); look them up with [`Language::code`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub enum Language {
    /// English, the reference language (every key is defined in it).
    #[default]
    En,
    /// Simplified Chinese.
    Zh,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Russian.
    Ru,
}

impl Language {
    /// Every interface language, in menu order.
    pub const ALL: [Self; 5] = [Self::En, Self::Zh, Self::Fr, Self::Es, Self::Ru];

    /// The language's code, as in settings files, `--lang` and dataset texts.
    #[must_use]
    pub const fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Zh => "zh",
            Self::Fr => "fr",
            Self::Es => "es",
            Self::Ru => "ru",
        }
    }

    /// The language's name in that language.
    #[must_use]
    pub const fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Zh => "中文",
            Self::Fr => "Français",
            Self::Es => "Español",
            Self::Ru => "Русский",
        }
    }

    /// The language of a code ("zh"), or of a locale ("zh_CN.UTF-8", "zh-Hans"); `None` for any
    /// other language.
    #[must_use]
    pub fn from_code(code: &str) -> Option<Self> {
        let code = code.split(['-', '_', '.', '@']).next().unwrap_or_default();
        Self::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// Whether this is Chinese (charts use full-width punctuation and CJK fonts for it).
    #[must_use]
    pub const fn is_chinese(self) -> bool {
        matches!(self, Self::Zh)
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A code that is not one of the interface languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLanguage(pub String);

impl fmt::Display for UnknownLanguage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
        write!(
            f,
            "unknown language \"{}\" (expected one of {})",
            self.0,
            codes.join(", ")
        )
    }
}

impl std::error::Error for UnknownLanguage {}

impl FromStr for Language {
    type Err = UnknownLanguage;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::from_code(s).ok_or_else(|| UnknownLanguage(s.to_owned()))
    }
}

impl Serialize for Language {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Language {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        code.parse().map_err(serde::de::Error::custom)
    }
}

/// Serde for an optional language stored as its code, with "" meaning none (the system's
/// language), as settings files have always written it. An unknown code reads as none.
pub mod optional_code {
    use super::Language;
    use serde::{Deserialize, Deserializer, Serializer};

    /// Writes the code, or "" for none.
    pub fn serialize<S: Serializer>(lang: &Option<Language>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(lang.map_or("", Language::code))
    }

    /// Reads a code; "" or an unknown code is none.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Language>, D::Error> {
        Ok(Language::from_code(&String::deserialize(d)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for l in Language::ALL {
            assert_eq!(l.code().parse::<Language>(), Ok(l));
            assert_eq!(l.to_string(), l.code());
        }
        assert_eq!(Language::from_code("zh_CN.UTF-8"), Some(Language::Zh));
        assert_eq!(Language::from_code("de"), None);
        assert_eq!(Language::from_code(""), None);
    }
}
