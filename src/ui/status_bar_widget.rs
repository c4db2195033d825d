//! A horizontal bar split by status level, in the scale's colours, with a text description for
//! screen readers and hover (status is never shown by colour alone).

use egui::{Rect, Sense, vec2};

use super::theme;
use crate::model::{Dataset, text_or_empty};

/// Draws a stacked bar of `counts` (one per status level) `width` wide.
pub fn stacked_bar(
    ui: &mut egui::Ui,
    dataset: &Dataset,
    counts: &[usize],
    width: f32,
    lang: &str,
    t: &crate::i18n::Translator,
) -> egui::Response {
    let total: usize = counts.iter().sum();
    let (rect, response) = ui.allocate_exact_size(vec2(width, 8.0), Sense::hover());
    let description: Vec<String> = dataset
        .status_scale
        .iter()
        .zip(counts)
        .filter(|(_, n)| **n > 0)
        .map(|(l, n)| format!("{} {n}", text_or_empty(&l.label, lang)))
        .collect();
    let description = if description.is_empty() {
        t.tr(key!("tree-no-commitments"))
    } else {
        description.join(", ")
    };
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::ProgressIndicator, true, &description)
    });
    if ui.is_rect_visible(rect) {
        let painter = ui.painter();
        painter.rect_filled(rect, 2.0, ui.visuals().extreme_bg_color);
        if total > 0 {
            let mut x = rect.left();
            for (level, n) in dataset.status_scale.iter().zip(counts) {
                #[expect(clippy::cast_precision_loss, reason = "counts are far below 2^23")]
                let w = rect.width() * (*n as f32) / (total as f32);
                if w > 0.0 {
                    let r = Rect::from_min_size(egui::pos2(x, rect.top()), vec2(w, rect.height()));
                    painter.rect_filled(r, 0.0, theme::status_colour(&level.colour));
                    x += w;
                }
            }
        }
    }
    response.on_hover_text(description)
}
