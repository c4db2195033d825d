//! Interface strings in several languages, from Fluent files in `assets/i18n/` compiled into
//! the binary. All five languages are complete: [`key!`](crate::key) refuses at compile time a
//! key that `en.ftl` lacks, and a test reading the Fluent files fails when another language lacks
//! one. No GUI here: the window, the charts, the exports and the command line all use it.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

mod language;
mod localised;

pub use language::{Language, UnknownLanguage, optional_code};
pub use localised::{Arg, Localised};

/// The English Fluent source, the reference every key is checked against.
const ENGLISH: &str = include_str!("../assets/i18n/en.ftl");

/// Whether `key` is a message defined in `en.ftl` (a line that starts with the key followed by
/// " ="). A `const fn` so [`key!`](crate::key) checks every key while the crate compiles.
#[must_use]
pub const fn defined_in_english(key: &str) -> bool {
    let source = ENGLISH.as_bytes();
    let key = key.as_bytes();
    let mut start = 0;
    while start < source.len() {
        // `start` is the first byte of a line.
        let mut i = 0;
        while i < key.len() && start + i < source.len() && source[start + i] == key[i] {
            i += 1;
        }
        if i == key.len()
            && start + i + 1 < source.len()
            && source[start + i] == b' '
            && source[start + i + 1] == b'='
        {
            return true;
        }
        while start < source.len() && source[start] != b'\n' {
            start += 1;
        }
        start += 1;
    }
    false
}

/// A [`Localised`] message: `msg!("validate-year-range", year = 1850, first = 1900)` is the
/// message of the checked key (see [`key!`](crate::key)) with those arguments.
#[macro_export]
macro_rules! msg {
    ($key:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Localised::new($crate::key!($key)) $(.arg(stringify!($name), $value))*
    };
}

/// A Fluent message key checked at compile time: `key!("button-save")` is the `&'static str`
/// "button-save", and the build fails if `assets/i18n/en.ftl` does not define it. Every
/// [`Translator::tr`] call takes its key through this macro (or from a `match` whose arms do).
#[macro_export]
macro_rules! key {
    ($key:literal) => {{
        const _: () = assert!(
            $crate::i18n::defined_in_english($key),
            concat!("no message \"", $key, "\" in assets/i18n/en.ftl")
        );
        $key
    }};
}

/// The Fluent sources, by language.
pub const SOURCES: [(Language, &str); 5] = [
    (Language::En, ENGLISH),
    (Language::Zh, include_str!("../assets/i18n/zh.ftl")),
    (Language::Fr, include_str!("../assets/i18n/fr.ftl")),
    (Language::Es, include_str!("../assets/i18n/es.ftl")),
    (Language::Ru, include_str!("../assets/i18n/ru.ftl")),
];

/// Looks up interface strings in the chosen language, then in English.
pub struct Translator {
    lang: Language,
    bundles: Vec<(Language, FluentBundle<FluentResource>)>,
}

impl std::fmt::Debug for Translator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Translator")
            .field("lang", &self.lang)
            .finish_non_exhaustive()
    }
}

fn bundle(lang: Language, source: &str) -> FluentBundle<FluentResource> {
    let code = lang.code();
    let id: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![id]);
    // No Unicode isolation marks around arguments: they would show as boxes in charts and
    // leak into exports.
    bundle.set_use_isolating(false);
    let resource =
        FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, errors)| {
            log::error!("{code}.ftl has {} syntax errors", errors.len());
            partial
        });
    if let Err(errors) = bundle.add_resource(resource) {
        log::error!("{code}.ftl defines {} messages twice", errors.len());
    }
    bundle
}

impl Translator {
    /// A translator for `lang` (with English to fall back on).
    #[must_use]
    pub fn new(lang: Language) -> Self {
        let mut t = Self {
            lang: Language::En,
            bundles: vec![(Language::En, bundle(Language::En, ENGLISH))],
        };
        t.set_language(lang);
        t
    }

    /// Changes the language (reading its Fluent source the first time).
    pub fn set_language(&mut self, lang: Language) {
        self.lang = lang;
        if !self.bundles.iter().any(|(l, _)| *l == lang) {
            let source = SOURCES
                .iter()
                .find(|(l, _)| *l == lang)
                .map_or("", |(_, s)| *s);
            self.bundles.push((lang, bundle(lang, source)));
        }
    }

    /// The current language.
    #[must_use]
    pub fn language(&self) -> Language {
        self.lang
    }

    fn lookup(&self, lang: Language, key: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let (_, bundle) = self.bundles.iter().find(|(l, _)| *l == lang)?;
        let pattern = bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        Some(text.into_owned())
    }

    /// The text of `key` in the current language, else in English, else the key itself (and a
    /// log line, since a test guards against it).
    #[must_use]
    pub fn tr(&self, key: &'static str) -> String {
        self.tr_args(key, &[])
    }

    /// [`Self::tr`] with arguments: `tr_args(key!("assessed-of"), &[("n", 3.into()), ("total", 37.into())])`.
    #[must_use]
    pub fn tr_args(&self, key: &'static str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let args = (!args.is_empty()).then_some(&fluent_args);
        self.lookup(self.lang, key, args)
            .or_else(|| self.lookup(Language::En, key, args))
            .unwrap_or_else(|| {
                log::warn!("no text for \"{key}\"");
                key.to_owned()
            })
    }

    /// Whether `key` exists in `lang` (the current language or English).
    #[must_use]
    pub fn has(&self, lang: Language, key: &str) -> bool {
        self.bundles
            .iter()
            .find(|(l, _)| *l == lang)
            .is_some_and(|(_, b)| b.has_message(key))
    }
}

thread_local! {
    /// Translators already made on this thread, for [`tr_in`] and [`tr_args_in`].
    static TRANSLATORS: std::cell::RefCell<Vec<Translator>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `f` with this thread's translator for `lang` (made the first time it is needed).
pub fn with_translator<R>(lang: Language, f: impl FnOnce(&Translator) -> R) -> R {
    TRANSLATORS.with_borrow_mut(|all| {
        if let Some(t) = all.iter().find(|t| t.language() == lang) {
            return f(t);
        }
        let t = Translator::new(lang);
        let result = f(&t);
        all.push(t);
        result
    })
}

/// [`Translator::tr_args`] in `lang`, for code that has a language but no translator (charts,
/// summaries); translators are made once per thread and language.
#[must_use]
pub fn tr_args_in(lang: Language, key: &'static str, args: &[(&str, FluentValue<'_>)]) -> String {
    with_translator(lang, |t| t.tr_args(key, args))
}

/// A date as people write it in `lang`: "13 March 2014", "2014年3月13日".
#[must_use]
pub fn date_in(lang: Language, date: jiff::civil::Date) -> String {
    tr_args_in(
        lang,
        key!("date-long"),
        &[
            ("year", date.year().to_string().into()),
            ("month", i64::from(date.month()).into()),
            ("day", date.day().to_string().into()),
        ],
    )
}

/// [`Translator::tr`] in `lang`; see [`tr_args_in`].
#[must_use]
pub fn tr_in(lang: Language, key: &'static str) -> String {
    tr_args_in(lang, key, &[])
}

/// The message keys defined in a Fluent source (lines `key = …`).
#[must_use]
pub fn keys(source: &str) -> Vec<String> {
    source
        .lines()
        .filter_map(|l| l.split_once(" ="))
        .map(|(k, _)| k)
        .filter(|k| {
            !k.is_empty()
                && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
                && k.starts_with(|c: char| c.is_ascii_lowercase())
        })
        .map(str::to_owned)
        .collect()
}

/// The environment variable that overrides the system's language for the command line and the
/// window's default ("zh", "fr", … or a locale such as "zh_CN.UTF-8").
pub const LANGUAGE_VARIABLE: &str = "POA_REVIEW_LANG";

/// The interface language to speak by default: [`LANGUAGE_VARIABLE`] if set to a known language,
/// else the system's locale (on Unix `LC_ALL`, `LC_MESSAGES` or `LANG`) if it is one of
/// [`Language::ALL`], else English.
#[must_use]
pub fn system_language() -> Language {
    std::env::var(LANGUAGE_VARIABLE)
        .ok()
        .and_then(|v| Language::from_code(&v))
        .or_else(|| sys_locale::get_locale().and_then(|l| Language::from_code(&l)))
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_found_in_english_by_line() {
        assert!(defined_in_english("button-save"));
        assert!(!defined_in_english("button-sav"));
        assert!(!defined_in_english("utton-save"));
        assert!(!defined_in_english("no-such-key"));
    }
}
