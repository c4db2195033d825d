//! The review desk's real window, driven headless by kittest, shared by the `desk` and `scale`
//! benchmarks.

use std::path::Path;

use egui_kittest::Harness;
use poa_review::ui::state::Selection;
use poa_review::ui::{PoaApp, StartOptions};

/// Opens the window at 1400 × 900 on `file` (the built-in sample if `None`), waits for the
/// file to load and selects the first commitment so the detail panel is drawn too.
pub(crate) fn window(dir: &Path, file: Option<&Path>) -> Harness<'static, PoaApp> {
    let options = StartOptions {
        file: file.map(Path::to_owned),
        settings_path: None,
        data_dir: dir.to_owned(),
        native_dialogs: Some(false),
        language: Some("en".to_owned()),
        exit_after_frames: None,
    };
    let mut h = Harness::builder()
        .with_size(egui::vec2(1400.0, 900.0))
        .with_max_steps(50)
        .build_eframe(move |cc| PoaApp::new(cc, options));
    // A file opens in the background.
    while h.state().busy() {
        h.step();
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    h.run();
    let first = h
        .state()
        .ws
        .as_ref()
        .map(|w| w.dataset.commitments[0].id.clone())
        .unwrap_or_default();
    h.state_mut().view.selection = Selection::Commitment(first);
    h.run();
    h
}
