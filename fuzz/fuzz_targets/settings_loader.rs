//! Any text as the settings file: the window must start with defaults, never crash.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (settings, _problem) = poa_review::settings::Settings::parse(Path::new("settings.ron"), text);
    let _ = settings.editor();
});
