//! The one place for colours and spacing.

use egui::{Color32, Stroke, Visuals};

/// Space between groups of controls.
pub const GAP: f32 = 8.0;
/// Height of a row in the commitment list.
pub const ROW_HEIGHT: f32 = 24.0;
/// Default width of the left (tree) panel.
pub const TREE_WIDTH: f32 = 250.0;
/// Default width of the right (detail) panel.
pub const DETAIL_WIDTH: f32 = 400.0;
/// Width of the status bar's progress bars.
pub const BAR_WIDTH: f32 = 120.0;

/// An egui colour from the shared palette.
#[must_use]
#[expect(
    clippy::disallowed_methods,
    reason = "the theme is where colours are made"
)]
pub fn rgb((r, g, b): crate::palette::Rgb) -> Color32 {
    Color32::from_rgb(r, g, b)
}

/// Colour of a status level, from its `#rrggbb` in the dataset (grey if unreadable).
#[must_use]
pub fn status_colour(hex: &str) -> Color32 {
    rgb(crate::palette::parse_hex(hex))
}

/// Black or white, whichever reads better on `bg`.
#[must_use]
pub fn text_on(bg: Color32) -> Color32 {
    let [r, g, b, _] = bg.to_array();
    rgb(crate::palette::text_on((r, g, b)))
}

/// Background of the "private" talking-points box and its badge.
#[must_use]
#[expect(
    clippy::disallowed_methods,
    reason = "the theme is where colours are made"
)]
pub fn private_fill(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(0x4a, 0x2c, 0x2c)
    } else {
        Color32::from_rgb(0xfd, 0xec, 0xea)
    }
}

/// Accent of the "private" marking.
#[must_use]
#[expect(
    clippy::disallowed_methods,
    reason = "the theme is where colours are made"
)]
pub fn private_stroke(visuals: &Visuals) -> Stroke {
    Stroke::new(
        1.5,
        if visuals.dark_mode {
            Color32::from_rgb(0xef, 0x9a, 0x9a)
        } else {
            Color32::from_rgb(0xb7, 0x1c, 0x1c)
        },
    )
}

/// Background of a warning banner (read-only, changed on disk, recovery).
#[must_use]
#[expect(
    clippy::disallowed_methods,
    reason = "the theme is where colours are made"
)]
pub fn banner_fill(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgb(0x4d, 0x40, 0x10)
    } else {
        Color32::from_rgb(0xff, 0xf4, 0xc2)
    }
}

/// Fill of a status chip whose level the dataset does not have.
pub const UNKNOWN_STATUS: Color32 = Color32::GRAY;

/// Colour of error text.
#[must_use]
pub fn error_text(visuals: &Visuals) -> Color32 {
    visuals.error_fg_color
}

/// Colour of a marker for text shown in English because the chosen language is missing.
#[must_use]
pub fn fallback_marker(visuals: &Visuals) -> Color32 {
    visuals.warn_fg_color
}

/// Applies the house style to a context.
pub fn apply(ctx: &egui::Context) {
    // Zoom keys are in poa-review's command table (and the zoom is remembered), not egui's.
    ctx.options_mut(|o| o.zoom_with_keyboard = false);
    ctx.all_styles_mut(|style| {
        style.spacing.item_spacing = egui::vec2(GAP, 6.0);
        style.spacing.button_padding = egui::vec2(8.0, 3.0);
        style.interaction.selectable_labels = false;
    });
}

/// The fill of a heat-map cell for a share from 0 (the panel's faint background) to 1 (a
/// strong blue), readable in light and dark themes.
#[must_use]
#[expect(
    clippy::disallowed_methods,
    reason = "the theme is where colours are made"
)]
pub fn heat(share: f32, visuals: &Visuals) -> Color32 {
    let strong = if visuals.dark_mode {
        Color32::from_rgb(0x4f, 0x8f, 0xd9)
    } else {
        Color32::from_rgb(0x1f, 0x5f, 0xb0)
    };
    visuals
        .faint_bg_color
        .lerp_to_gamma(strong, share.clamp(0.0, 1.0))
}
