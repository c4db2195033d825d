//! Interface strings in several languages, from Fluent files in `assets/i18n/` compiled into
//! the binary. English and Simplified Chinese are complete (a test checks that both have every
//! key); French, Spanish and Russian cover the main screens and fall back to English elsewhere.
//! No GUI here: the window and the charts both use it.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

mod language;

pub use language::{Language, UnknownLanguage, optional_code};

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

/// The interface languages: code and name in that language.
pub const LANGUAGES: [(&str, &str); 5] = [
    ("en", "English"),
    ("zh", "中文"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ru", "Русский"),
];

/// The Fluent sources, by language code.
pub const SOURCES: [(&str, &str); 5] = [
    ("en", include_str!("../assets/i18n/en.ftl")),
    ("zh", include_str!("../assets/i18n/zh.ftl")),
    ("fr", include_str!("../assets/i18n/fr.ftl")),
    ("es", include_str!("../assets/i18n/es.ftl")),
    ("ru", include_str!("../assets/i18n/ru.ftl")),
];

/// Looks up interface strings in the chosen language, then in English.
pub struct Translator {
    lang: String,
    bundles: Vec<(String, FluentBundle<FluentResource>)>,
}

impl std::fmt::Debug for Translator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Translator")
            .field("lang", &self.lang)
            .finish_non_exhaustive()
    }
}

fn bundle(code: &str, source: &str) -> FluentBundle<FluentResource> {
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
    /// A translator for `lang` (a code of [`LANGUAGES`]; anything else means English).
    #[must_use]
    pub fn new(lang: &str) -> Self {
        let bundles = SOURCES
            .iter()
            .map(|(code, src)| ((*code).to_owned(), bundle(code, src)))
            .collect();
        let mut t = Self {
            lang: String::new(),
            bundles,
        };
        t.set_language(lang);
        t
    }

    /// Changes the language.
    pub fn set_language(&mut self, lang: &str) {
        self.lang = if LANGUAGES.iter().any(|(c, _)| *c == lang) {
            lang.to_owned()
        } else {
            "en".to_owned()
        };
    }

    /// The current language code.
    #[must_use]
    pub fn language(&self) -> &str {
        &self.lang
    }

    fn lookup(&self, lang: &str, key: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let (_, bundle) = self.bundles.iter().find(|(c, _)| c == lang)?;
        let pattern = bundle.get_message(key)?.value()?;
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        Some(text.into_owned())
    }

    /// The text of `key` in the current language, else in English, else the key itself (and a
    /// log line, since a test guards against it).
    #[must_use]
    pub fn tr(&self, key: &str) -> String {
        self.tr_args(key, &[])
    }

    /// [`Self::tr`] with arguments: `tr_args(key!("assessed-of"), &[("n", 3.into()), ("total", 37.into())])`.
    #[must_use]
    pub fn tr_args(&self, key: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        let args = (!args.is_empty()).then_some(&fluent_args);
        self.lookup(&self.lang, key, args)
            .or_else(|| self.lookup("en", key, args))
            .unwrap_or_else(|| {
                log::warn!("no text for \"{key}\"");
                key.to_owned()
            })
    }

    /// Whether `key` exists in `lang`.
    #[must_use]
    pub fn has(&self, lang: &str, key: &str) -> bool {
        self.bundles
            .iter()
            .find(|(c, _)| c == lang)
            .is_some_and(|(_, b)| b.has_message(key))
    }
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

/// The system's interface language, if it is one of [`LANGUAGES`]; else English.
#[must_use]
pub fn system_language() -> String {
    let locale = sys_locale::get_locale().unwrap_or_default().to_lowercase();
    let code = locale.split(['-', '_', '.']).next().unwrap_or("en");
    if LANGUAGES.iter().any(|(c, _)| *c == code) {
        code.to_owned()
    } else {
        "en".to_owned()
    }
}
