//! Texts in several languages: a map from language code to text.

use std::collections::BTreeMap;

/// Language codes a dataset may use: the six official languages of the United Nations.
pub const KNOWN_LANGUAGES: [&str; 6] = ["en", "zh", "fr", "es", "ru", "ar"];

/// Languages every dataset text must carry.
pub const REQUIRED_LANGUAGES: [&str; 2] = ["en", "zh"];

/// A text in several languages, keyed by language code (`en`, `zh`, `fr`, `es`, `ru`, `ar`).
///
/// Stored as a map so the file shows `{"en": "…", "zh": "…"}` in a stable (sorted) order.
pub type Texts = BTreeMap<String, String>;

/// The text in `lang`, or the English text when `lang` is missing.
///
/// The boolean is `true` when the English fallback was used, so a caller can mark it.
///
/// ```
/// use poa_review::model::{text_in, texts};
/// let title = texts([("en", "Supply reduction"), ("zh", "减少供应")]);
/// assert_eq!(text_in(&title, "zh"), Some(("减少供应", false)));
/// assert_eq!(text_in(&title, "ru"), Some(("Supply reduction", true)));
/// ```
#[must_use]
pub fn text_in<'a>(texts: &'a Texts, lang: &str) -> Option<(&'a str, bool)> {
    if let Some(t) = texts.get(lang).filter(|t| !t.trim().is_empty()) {
        return Some((t.as_str(), false));
    }
    texts
        .get("en")
        .filter(|t| !t.trim().is_empty())
        .map(|t| (t.as_str(), lang != "en"))
}

/// The text in `lang`, falling back to English, or an empty string.
#[must_use]
pub fn text_or_empty<'a>(texts: &'a Texts, lang: &str) -> &'a str {
    text_in(texts, lang).map_or("", |(t, _)| t)
}

/// Builds a [`Texts`] from `(language, text)` pairs.
#[must_use]
pub fn texts<const N: usize>(pairs: [(&str, &str); N]) -> Texts {
    pairs
        .into_iter()
        .map(|(l, t)| (l.to_owned(), t.to_owned()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn falls_back_to_english_and_says_so() {
        let t = texts([("en", "Demand reduction"), ("zh", "减少需求")]);
        assert_eq!(text_in(&t, "zh"), Some(("减少需求", false)));
        assert_eq!(text_in(&t, "fr"), Some(("Demand reduction", true)));
        assert_eq!(text_in(&t, "en"), Some(("Demand reduction", false)));
        let blank = texts([("en", "x"), ("zh", "  ")]);
        assert_eq!(text_in(&blank, "zh"), Some(("x", true)));
        assert_eq!(text_or_empty(&Texts::new(), "en"), "");
    }
}
