//! Screenshots of the main screens in English and Chinese, light and dark, rendered with wgpu on
//! the CPU (Mesa's lavapipe, `mesa-vulkan-drivers`) and compared with the references committed
//! in `tests/snapshots/`. Update them after a deliberate change with
//! `UPDATE_SNAPSHOTS=force cargo test --test integration snapshots::`, and look at every image
//! before committing it.
//!
//! Where wgpu finds no adapter (no Vulkan driver installed), the test says so in one line on
//! stderr and passes without comparing, unless `POA_REVIEW_REQUIRE_GPU=1` (set by `.ci/run`)
//! makes a missing adapter a failure.
#![expect(
    clippy::unwrap_used,
    reason = "in tests, a failed unwrap is a failed test"
)]

use std::io::Write as _;

use crate::common;

use eframe::egui_wgpu;
use egui_kittest::kittest::Queryable as _;
use egui_kittest::wgpu::WgpuTestRenderer;
use egui_kittest::{Harness, SnapshotResults};
use poa_review::ui::PoaApp;

/// Set to `1` to make a missing wgpu adapter fail the test instead of skipping it.
const REQUIRE_GPU: &str = "POA_REVIEW_REQUIRE_GPU";

/// A fresh wgpu renderer set up exactly as kittest's `.wgpu()` does (its adapter choice, which
/// prefers a CPU rasteriser such as lavapipe, and predictable rendering), or wgpu's reason
/// why there is none.
fn renderer() -> Result<WgpuTestRenderer, egui_wgpu::WgpuError> {
    let setup = egui_kittest::wgpu::default_wgpu_setup();
    let instance = pollster::block_on(setup.new_instance());
    let state = pollster::block_on(egui_wgpu::RenderState::create(
        &egui_wgpu::WgpuConfiguration {
            wgpu_setup: setup,
            ..Default::default()
        },
        &instance,
        None,
        egui_wgpu::RendererOptions::PREDICTABLE,
    ))?;
    Ok(WgpuTestRenderer::from_render_state(state))
}

fn window(lang: &str, theme: egui::Theme, renderer: WgpuTestRenderer) -> Harness<'static, PoaApp> {
    let dir = tempfile::tempdir().unwrap().keep();
    let mut options = common::options(
        &dir,
        Some("sample_data/example-delegation.review.ron".into()),
    );
    options.language = Some(lang.to_owned());
    let builder = common::builder(egui::vec2(1200.0, 720.0))
        .with_theme(theme)
        .renderer(renderer);
    let mut h = common::start(builder, options);
    common::settle(&mut h);
    h
}

#[test]
fn main_screens_in_english_and_chinese_light_and_dark() {
    // Probed once: without an adapter there is nothing to compare.
    let first = match renderer() {
        Ok(renderer) => renderer,
        Err(e) if std::env::var(REQUIRE_GPU).as_deref() != Ok("1") => {
            writeln!(
                std::io::stderr(),
                "snapshots: skipped, no usable wgpu adapter ({e}); install mesa-vulkan-drivers, \
                 or set {REQUIRE_GPU}=1 to make this a failure"
            )
            .ok();
            return;
        }
        Err(e) => panic!("{REQUIRE_GPU}=1 but there is no usable wgpu adapter: {e}"),
    };
    let mut renderers = std::iter::once(first).chain(std::iter::repeat_with(|| {
        renderer().expect("a second renderer on the adapter found first")
    }));
    let mut results = SnapshotResults::new();
    for (lang, row, narrative) in [
        (
            "en",
            "A/68/126, para. 89 (g) — ",
            "Demand reduction and related measures (5)",
        ),
        ("zh", "A/68/126，第89段(g) — ", "减少需求和相关措施 (5)"),
    ] {
        for (theme, name) in [(egui::Theme::Light, "light"), (egui::Theme::Dark, "dark")] {
            let renderer = renderers.next().unwrap();
            let mut h = window(lang, theme, renderer);
            h.get_by_label_contains(row).click();
            h.run();
            results.add(h.try_snapshot(format!("desk_{lang}_{name}")));
            if theme == egui::Theme::Light {
                h.get_by_label(narrative).click();
                h.run();
                results.add(h.try_snapshot(format!("narrative_{lang}_{name}")));
            }
        }
    }
}
