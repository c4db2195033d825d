//! A status chip: the level's colour with its name on it (never colour alone).

use egui::{Sense, vec2};

use super::theme;
use crate::model::{StatusLevel, text_or_empty};

/// Draws a status chip `width` wide.
pub fn status_chip(
    ui: &mut egui::Ui,
    level: Option<&StatusLevel>,
    lang: &str,
    width: f32,
) -> egui::Response {
    let (rect, response) = ui.allocate_exact_size(vec2(width, 18.0), Sense::hover());
    if ui.is_rect_visible(rect) {
        let (fill, text) = level.map_or((super::theme::UNKNOWN_STATUS, "?"), |l| {
            (
                theme::status_colour(&l.colour),
                text_or_empty(&l.label, lang),
            )
        });
        ui.painter().rect_filled(rect, 9.0, fill);
        let galley = ui.painter().layout(
            text.to_owned(),
            egui::FontId::proportional(12.5),
            theme::text_on(fill),
            rect.width() - 8.0,
        );
        let pos = rect.center() - galley.size() / 2.0;
        ui.painter().galley(pos, galley, theme::text_on(fill));
    }
    response
}
