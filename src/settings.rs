//! The application's own settings: renderer, recent files, the editor's name, language, zoom,
//! and the indicators chosen for the trend chart of each dataset.
//! Kept in `settings.ron` in the user's configuration folder and written atomically, because
//! the renderer must be known before the window (and eframe's storage) exists.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

/// How many recent files are remembered.
pub const MAX_RECENT: usize = 10;

/// The `format_version` this build writes for settings. Version 1 (no `format_version` field)
/// had no chart choices; it reads as version 2 with none. Version 2 had no words of matrices
/// mapped; it reads as version 3 with none.
pub const SETTINGS_FORMAT_VERSION: u32 = 3;

/// For how many datasets the chart choice is remembered.
pub const MAX_CHART_CHOICES: usize = 50;

fn version_1() -> u32 {
    1
}

/// Which graphics back-end draws the window.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
pub enum Renderer {
    /// wgpu: Vulkan, Metal, DirectX 12 (with its software fallback), OpenGL 3.3.
    #[default]
    Wgpu,
    /// OpenGL 2.1 and later, through glow: older graphics chips and fast software rendering.
    Glow,
}

/// Light, dark, or as the system says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ThemeChoice {
    /// Follow the system.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
}

/// Settings that outlive a session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Version of this file's format ([`SETTINGS_FORMAT_VERSION`] when written; 1 when absent).
    #[serde(default = "version_1")]
    pub format_version: u32,
    /// The renderer to start with.
    pub renderer: Renderer,
    /// Recently opened or saved files, newest first.
    pub recent: Vec<PathBuf>,
    /// Name recorded in the history of edits; empty means the system user name.
    pub editor_name: String,
    /// Use the system's file dialogs (off: always the in-app path field).
    pub native_dialogs: bool,
    /// Interface language; none means the system's language. Written as its code, and as ""
    /// for none, as before (an unknown code reads as none).
    #[serde(with = "crate::i18n::optional_code")]
    pub language: Option<crate::i18n::Language>,
    /// Light, dark or the system's theme.
    pub theme: ThemeChoice,
    /// Zoom factor of the whole interface.
    pub zoom: f32,
    /// The indicators chosen for the trend chart, by dataset id: a choice belongs to the
    /// dataset it was made on.
    pub chart_indicators: BTreeMap<String, Vec<String>>,
    /// Words of imported matrices that are not on a scale, as the reviewer mapped them
    /// ("Partly" means "limited progress"), so that each is asked once.
    pub matrix_words: crate::word_map::WordMap,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            format_version: SETTINGS_FORMAT_VERSION,
            renderer: Renderer::default(),
            recent: Vec::new(),
            editor_name: String::new(),
            native_dialogs: true,
            language: None,
            theme: ThemeChoice::System,
            zoom: 1.0,
            chart_indicators: BTreeMap::new(),
            matrix_words: crate::word_map::WordMap::default(),
        }
    }
}

impl Settings {
    /// The settings file, in the user's configuration folder.
    #[must_use]
    pub fn default_path() -> Option<PathBuf> {
        directories::ProjectDirs::from("org", "poa-review", "poa-review")
            .map(|d| d.config_dir().join("settings.ron"))
    }

    /// The folder for recovery files of untitled reviews.
    #[must_use]
    pub fn data_dir() -> PathBuf {
        directories::ProjectDirs::from("org", "poa-review", "poa-review")
            .map_or_else(std::env::temp_dir, |d| d.data_dir().to_owned())
    }

    /// Loads settings; a missing or unreadable file gives the defaults (and a message to log).
    #[must_use]
    pub fn load(path: &Path) -> (Self, Option<crate::i18n::Localised>) {
        match std::fs::read_to_string(path) {
            Ok(text) => Self::parse(path, &text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Self::default(), None),
            Err(e) => (
                Self::default(),
                Some(msg!(
                    "settings-unreadable",
                    path = path.display().to_string(),
                    reason = e.to_string()
                )),
            ),
        }
    }

    /// Settings from the text of `path`; the defaults (and a message) when it does not parse.
    #[must_use]
    pub fn parse(path: &Path, text: &str) -> (Self, Option<crate::i18n::Localised>) {
        match ron::from_str::<Self>(text) {
            Ok(mut s) => {
                // Older versions read as this one (every field they lack has its default) and
                // are written back as this one.
                s.format_version = SETTINGS_FORMAT_VERSION;
                (s, None)
            }
            Err(e) => (
                Self::default(),
                Some(msg!(
                    "settings-unparsable",
                    place = format!("{}:{}", path.display(), e.span.start),
                    reason = e.code.to_string()
                )),
            ),
        }
    }

    /// Saves settings atomically, creating the folder.
    pub fn save(&self, path: &Path) -> Result<(), crate::problem::Problem> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| {
                crate::problem::Problem::file_error(
                    path,
                    msg!("settings-folder-failed", reason = e.to_string()),
                )
            })?;
        }
        crate::io::save_document(path, self)
    }

    /// Remembers the trend chart's indicators for the dataset `dataset_id`. At most
    /// [`MAX_CHART_CHOICES`] datasets are remembered; beyond that, the other choices are dropped
    /// in id order (a rare case: few delegations work on that many datasets).
    pub fn choose_chart_indicators(&mut self, dataset_id: &str, indicators: Vec<String>) {
        self.chart_indicators
            .insert(dataset_id.to_owned(), indicators);
        while self.chart_indicators.len() > MAX_CHART_CHOICES {
            let Some(other) = self
                .chart_indicators
                .keys()
                .find(|k| *k != dataset_id)
                .cloned()
            else {
                break;
            };
            self.chart_indicators.remove(&other);
        }
    }

    /// Puts `path` first in the recent files.
    pub fn add_recent(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
        self.recent.retain(|p| *p != path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
    }

    /// The name to record in the history, the lock and merges: the one the reviewer gave, or
    /// until then the system's (see [`system_user_name`]).
    #[must_use]
    pub fn editor(&self) -> String {
        if self.editor_name.trim().is_empty() {
            system_user_name()
        } else {
            self.editor_name.trim().to_owned()
        }
    }

    /// Whether the reviewer has not said their name yet (the window asks on first use).
    #[must_use]
    pub fn needs_name(&self) -> bool {
        self.editor_name.trim().is_empty()
    }
}

/// The system user's full name where the system knows it (the "real name" of the account on
/// Unix), else the login name; empty when neither is known.
#[must_use]
pub fn system_user_name() -> String {
    let login = std::env::var("USER")
        .or_else(|_| std::env::var("USERNAME"))
        .unwrap_or_default();
    full_name_in_passwd(
        &std::fs::read_to_string("/etc/passwd").unwrap_or_default(),
        &login,
    )
    .unwrap_or(login)
}

/// The full name of `login` in the text of `/etc/passwd` (the first part of its fifth field).
fn full_name_in_passwd(passwd: &str, login: &str) -> Option<String> {
    if login.is_empty() {
        return None;
    }
    passwd.lines().find_map(|line| {
        let fields: Vec<&str> = line.split(':').collect();
        let gecos = fields.get(4)?.split(',').next()?.trim();
        (fields.first() == Some(&login) && !gecos.is_empty()).then(|| gecos.to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_full_name_comes_from_the_account_and_the_given_name_wins() {
        let passwd = "root:x:0:0:root:/root:/bin/bash\n\
                      ana:x:1000:1000:Ana María Ruiz,Room 4,,:/home/ana:/bin/bash\n\
                      bo:x:1001:1001::/home/bo:/bin/sh\n";
        assert_eq!(
            full_name_in_passwd(passwd, "ana").as_deref(),
            Some("Ana María Ruiz")
        );
        assert_eq!(
            full_name_in_passwd(passwd, "bo"),
            None,
            "no real name recorded"
        );
        assert_eq!(full_name_in_passwd(passwd, "zoe"), None);
        let mut s = Settings::default();
        assert!(s.needs_name());
        "  Li Wei ".clone_into(&mut s.editor_name);
        assert!(!s.needs_name());
        assert_eq!(s.editor(), "Li Wei");
    }

    #[test]
    fn round_trip_and_recent_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("cfg").join("settings.ron");
        let mut s = Settings {
            renderer: Renderer::Glow,
            ..Settings::default()
        };
        for i in 0..12 {
            s.add_recent(&dir.path().join(format!("{i}.review.ron")));
        }
        s.add_recent(&dir.path().join("3.review.ron"));
        assert_eq!(s.recent.len(), MAX_RECENT);
        assert!(s.recent[0].ends_with("3.review.ron"));
        s.save(&path).unwrap();
        assert_eq!(Settings::load(&path), (s, None));
        std::fs::write(&path, "(renderer: Vulkan)").unwrap();
        let (d, msg) = Settings::load(&path);
        assert_eq!(d, Settings::default());
        assert!(msg.unwrap().contains("settings could not be read"));
    }

    #[test]
    fn words_of_matrices_are_remembered_and_version_2_settings_read_without_them() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.ron");
        std::fs::write(
            &path,
            "(format_version: 2, editor_name: \"Ana\", chart_indicators: {})",
        )
        .unwrap();
        let (mut s, msg) = Settings::load(&path);
        assert_eq!(msg, None);
        assert_eq!(s.editor_name, "Ana");
        assert_eq!(s.matrix_words, crate::word_map::WordMap::default());
        s.matrix_words
            .set(crate::word_map::Scale::Status, " Partly ", Some("limited"));
        s.matrix_words.set(
            crate::word_map::Scale::Evidence,
            "见报告",
            Some("documented"),
        );
        s.save(&path).unwrap();
        let (back, _) = Settings::load(&path);
        assert_eq!(back.matrix_words.status["partly"], "limited");
        assert_eq!(back.matrix_words.evidence["见报告"], "documented");
        assert_eq!(back, s);
    }

    #[test]
    fn chart_choices_are_kept_per_dataset_and_old_settings_still_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("settings.ron");
        // A settings file of version 1: no format_version, no chart choices.
        std::fs::write(&path, "(renderer: Glow, zoom: 1.2)").unwrap();
        let (mut s, msg) = Settings::load(&path);
        assert_eq!(msg, None);
        assert_eq!(s.renderer, Renderer::Glow);
        assert!(s.chart_indicators.is_empty());
        s.choose_chart_indicators("poa2009", vec!["afg-opium-cultivation".into()]);
        s.choose_chart_indicators("synthetic-500", vec!["syn-ind-00003".into()]);
        s.save(&path).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("format_version: 3"), "{text}");
        let (back, _) = Settings::load(&path);
        assert_eq!(back, s);
        assert_eq!(back.chart_indicators["synthetic-500"], ["syn-ind-00003"]);
        assert_eq!(back.chart_indicators["poa2009"], ["afg-opium-cultivation"]);
        for i in 0..(MAX_CHART_CHOICES + 5) {
            s.choose_chart_indicators(&format!("d{i:03}"), vec!["x".into()]);
        }
        assert_eq!(s.chart_indicators.len(), MAX_CHART_CHOICES);
        assert!(
            s.chart_indicators
                .contains_key(&format!("d{:03}", MAX_CHART_CHOICES + 4))
        );
    }
}
