//! The app's real window driven headless by kittest, for the integration tests and the benches
//! (they include this file with `#[path]`): start options, building the window, waiting for
//! background work, and answering the in-app file prompt.
#![allow(
    dead_code,
    reason = "the tests and each bench include this module and use a part of it"
)]

use std::path::{Path, PathBuf};
use std::time::Duration;

use egui_kittest::kittest::Queryable as _;
use egui_kittest::{Harness, HarnessBuilder};
use poa_review::ui::state::Selection;
use poa_review::ui::{PoaApp, StartOptions};

/// What the tests read from the app beyond its public state, built here in the harness from
/// read-only public fields and methods (the messages, `Tasks::is_busy`, the workspace's recovery
/// path) so that the app itself carries no test-only methods. `use common::AppProbe as _;`.
pub trait AppProbe {
    /// The message texts, oldest first.
    fn message_texts(&self) -> Vec<String>;
    /// Whether background work (open, save, export, a dialog) is running.
    fn busy(&self) -> bool;
    /// The recovery file of a review file.
    fn recovery_of(path: &Path) -> PathBuf
    where
        Self: Sized;
}

impl AppProbe for PoaApp {
    fn message_texts(&self) -> Vec<String> {
        self.messages.iter().map(|m| m.text.clone()).collect()
    }

    fn busy(&self) -> bool {
        self.tasks.is_busy()
    }

    fn recovery_of(path: &Path) -> PathBuf {
        poa_review::workspace::recovery_path(path)
    }
}

/// Counts the charts the Charts view draws, from outside the app: every drawing is uploaded as
/// a new texture named `"chart"` (the old one is freed), so a texture id never seen before at
/// the end of a pass is one more drawing. Registered on every window by [`start`]; read with
/// [`chart_draws`].
#[derive(Default)]
pub struct ChartDraws {
    seen: std::collections::HashSet<egui::TextureId>,
}

impl egui::Plugin for ChartDraws {
    fn debug_name(&self) -> &'static str {
        "ChartDraws"
    }

    fn on_end_pass(&mut self, ui: &mut egui::Ui) {
        let textures = ui.ctx().tex_manager();
        for (id, meta) in textures.read().allocated() {
            if meta.name == "chart" {
                self.seen.insert(*id);
            }
        }
    }
}

/// How many times the Charts view has drawn its chart since the window started.
pub fn chart_draws(h: &Harness<'_, PoaApp>) -> usize {
    h.ctx
        .with_plugin(|c: &mut ChartDraws| c.seen.len())
        .expect("the window was built by `start`")
}

/// Start options for a test: English, no native dialogs, settings kept only in memory, recovery
/// files in `data_dir`, opening `file` (the built-in sample if `None`).
pub fn options(data_dir: &Path, file: Option<PathBuf>) -> StartOptions {
    StartOptions {
        file,
        settings_path: None,
        data_dir: data_dir.to_owned(),
        native_dialogs: Some(false),
        language: Some("en".to_owned()),
    }
}

/// The window's size unless a test asks for another.
pub const SIZE: egui::Vec2 = egui::vec2(1400.0, 900.0);

/// A harness builder for the window at `size`; add a theme or a renderer, then [`start`].
pub fn builder(size: egui::Vec2) -> HarnessBuilder<PoaApp> {
    Harness::builder().with_size(size).with_max_steps(12)
}

/// The window built by `builder` with `options`, before anything has loaded (the first frame
/// has not run yet).
pub fn start(builder: HarnessBuilder<PoaApp>, options: StartOptions) -> Harness<'static, PoaApp> {
    builder.build_eframe(move |cc| {
        cc.egui_ctx.add_plugin(ChartDraws::default());
        PoaApp::new(cc, options)
    })
}

/// The window at `size` with `options`, once its first file has loaded.
pub fn window_at(size: egui::Vec2, options: StartOptions) -> Harness<'static, PoaApp> {
    let mut h = start(builder(size), options);
    settle(&mut h);
    h
}

/// The window at 1400 × 900 with `options`, once its first file has loaded.
pub fn window(options: StartOptions) -> Harness<'static, PoaApp> {
    window_at(SIZE, options)
}

/// The window on `file` (the built-in sample if `None`), with recovery files in `data_dir`.
pub fn open(data_dir: &Path, file: Option<PathBuf>) -> Harness<'static, PoaApp> {
    window(options(data_dir, file))
}

/// The window on `file` (the built-in sample if `None`) with its first commitment selected, so
/// the detail panel is drawn too: the whole desk, as the benches measure it.
pub fn desk(data_dir: &Path, file: Option<PathBuf>) -> Harness<'static, PoaApp> {
    let mut h = open(data_dir, file);
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
