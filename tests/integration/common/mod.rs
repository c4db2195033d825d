//! The app's real window for the integration tests, driven headless by kittest: start options,
//! waiting for background work, and answering the in-app file prompt.
#![allow(
    dead_code,
    reason = "each test file includes this module and uses a part of it"
)]

use std::path::{Path, PathBuf};
use std::time::Duration;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use poa_review::ui::{PoaApp, StartOptions};

/// Start options for a test: English, no native dialogs, settings kept only in memory, recovery
/// files in `data_dir`, opening `file` (the built-in sample if `None`).
pub fn options(data_dir: &Path, file: Option<PathBuf>) -> StartOptions {
    StartOptions {
        file,
        settings_path: None,
        data_dir: data_dir.to_owned(),
        native_dialogs: Some(false),
        language: Some("en".to_owned()),
        exit_after_frames: None,
    }
}

/// The window at 1400 × 900 with `options`, once its first file has loaded.
pub fn window(options: StartOptions) -> Harness<'static, PoaApp> {
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(12)
        .build_eframe(move |cc| PoaApp::new(cc, options));
    settle(&mut h);
    h
}

/// The window on `file` (the built-in sample if `None`), with recovery files in `data_dir`.
pub fn open(data_dir: &Path, file: Option<PathBuf>) -> Harness<'static, PoaApp> {
    window(options(data_dir, file))
}

/// Steps until background work (open, save, export) has finished, then settles.
pub fn settle(h: &mut Harness<'_, PoaApp>) {
    for _ in 0..1000 {
        h.step();
        if !h.state().busy() {
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(!h.state().busy(), "background work did not finish");
    h.run();
}

/// Answers the in-app file prompt: replaces the suggested path with `path`, presses `button`
/// ("Save", "Open", "Export") and waits for the work to finish.
pub fn answer_path_prompt(h: &mut Harness<'_, PoaApp>, path: &Path, button: &str) {
    h.get_by_label("File path").focus();
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    h.get_by_label("File path")
        .type_text(path.to_str().expect("a UTF-8 path"));
    h.run();
    h.get_by_label(button).click();
    settle(h);
}
