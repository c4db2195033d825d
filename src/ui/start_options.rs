//! How the window starts: the file to open, where settings and recovery files go, and what
//! tests pin (language, in-app path field).

use std::path::PathBuf;

use crate::settings::Settings;

/// How the application starts.
#[derive(Clone, Debug)]
pub struct StartOptions {
    /// A file to open; without one, a new review of the built-in sample.
    pub file: Option<PathBuf>,
    /// Where settings are kept (`None`: not kept, as in tests).
    pub settings_path: Option<PathBuf>,
    /// Where recovery files of untitled reviews go.
    pub data_dir: PathBuf,
    /// Override the native-dialog setting (tests use the in-app path field).
    pub native_dialogs: Option<bool>,
    /// The interface language, overriding the settings and the system (tests pin it).
    pub language: Option<String>,
}

impl Default for StartOptions {
    fn default() -> Self {
        Self {
            file: None,
            settings_path: Settings::default_path(),
            data_dir: Settings::data_dir(),
            native_dialogs: None,
            language: None,
        }
    }
}
