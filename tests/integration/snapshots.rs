//! Screenshots of the main screens in English and Chinese, light and dark, rendered with wgpu on
//! the CPU (Mesa's lavapipe, `mesa-vulkan-drivers`) and compared with the references committed
//! in `tests/snapshots/`. Update them after a deliberate change with
//! `UPDATE_SNAPSHOTS=force cargo test --test integration snapshots::`, and look at every image
//! before committing it.
#![expect(
    clippy::unwrap_used,
    reason = "in tests, a failed unwrap is a failed test"
)]

use crate::common;

use egui_kittest::kittest::Queryable as _;
use egui_kittest::{Harness, SnapshotResults};
use poa_review::ui::PoaApp;

fn window(lang: &str, theme: egui::Theme) -> Harness<'static, PoaApp> {
    let dir = tempfile::tempdir().unwrap().keep();
    let mut options = common::options(
        &dir,
        Some("sample_data/example-delegation.review.ron".into()),
    );
    options.language = Some(lang.to_owned());
    let builder = common::builder(egui::vec2(1200.0, 720.0))
        .with_theme(theme)
        .wgpu();
    let mut h = common::start(builder, options);
    common::settle(&mut h);
    h
}

#[test]
fn main_screens_in_english_and_chinese_light_and_dark() {
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
            let mut h = window(lang, theme);
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
