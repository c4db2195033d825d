//! The bundled fonts: egui's default Latin fonts first, then Noto Sans SC (a subset covering
//! GB 2312 and every character of the interface and sample data) for Chinese. Installed once
//! when the window is created, and again by the test harness.

use std::sync::Arc;

use crate::assets::NOTO_SANS_SC;

/// Installs the bundled fonts into `ctx`.
pub fn install(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "noto_sans_sc".to_owned(),
        Arc::new(egui::FontData::from_static(NOTO_SANS_SC)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push("noto_sans_sc".to_owned());
    }
    ctx.set_fonts(fonts);
}
