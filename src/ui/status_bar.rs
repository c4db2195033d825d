//! The status bar: dataset and version, review progress, saved state, background work.

use super::app::PoaApp;
use super::theme;

/// The status bar.
pub struct StatusBar<'a> {
    /// The app.
    pub app: &'a PoaApp,
}

impl StatusBar<'_> {
    /// Draws the bar.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            let Some(ws) = &self.app.ws else {
                ui.label("No review open");
                return;
            };
            let d = &ws.dataset;
            ui.label(format!(
                "Dataset: {} {} ({})",
                crate::model::text_or_empty(&d.metadata.title, "en"),
                d.metadata.version,
                ws.dataset_origin
            ));
            ui.separator();
            let total = d.commitments.len();
            let assessed = self.app.cache.assessed;
            ui.label(format!("Assessed {assessed} / {total}"));
            #[expect(clippy::cast_precision_loss, reason = "counts are far below 2^23")]
            let fraction = if total == 0 {
                0.0
            } else {
                assessed as f32 / total as f32
            };
            ui.add(
                egui::ProgressBar::new(fraction)
                    .desired_width(theme::BAR_WIDTH)
                    .desired_height(10.0),
            );
            ui.separator();
            let state = if ws.read_only.is_some() {
                "Read-only"
            } else if self.app.tasks.is_running("save") {
                "Saving…"
            } else if ws.is_dirty() {
                "Unsaved changes"
            } else if ws.path.is_some() {
                "Saved"
            } else {
                "Not saved yet"
            };
            ui.label(state);
            if let Some(n) = &self.app.notice {
                ui.separator();
                ui.label(n);
            }
            if self.app.busy() {
                ui.separator();
                ui.spinner();
                ui.label(match self.app.tasks.running.first().copied() {
                    Some("open") => "Opening…",
                    Some("dialog") => "Waiting for the file dialog…",
                    Some("save") => "Saving…",
                    Some("export") => "Exporting the chart…",
                    _ => "Working…",
                });
            }
        });
    }
}
