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
        let t = &self.app.t;
        ui.horizontal(|ui| {
            let Some(ws) = &self.app.ws else {
                ui.label(t.tr(key!("status-no-review")));
                return;
            };
            let d = &ws.dataset;
            let origin = match &ws.dataset_origin {
                crate::io::resolve::DatasetOrigin::BuiltIn => t.tr(key!("status-built-in")),
                crate::io::resolve::DatasetOrigin::File(p) => p.display().to_string(),
            };
            ui.label(
                t.tr_args(
                    key!("status-dataset"),
                    &[
                        (
                            "title",
                            crate::model::text_or_empty(
                                &d.metadata.title,
                                &self.app.view.content_lang,
                            )
                            .to_owned()
                            .into(),
                        ),
                        ("version", d.metadata.version.clone().into()),
                        ("origin", origin.into()),
                    ],
                ),
            );
            ui.separator();
            let total = d.commitments.len();
            let assessed = self.app.cache.assessed;
            ui.label(t.tr_args(
                key!("status-assessed"),
                &[("n", assessed.into()), ("total", total.into())],
            ));
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
                "status-read-only"
            } else if self.app.tasks.is_running("save") {
                "status-saving"
            } else if ws.is_dirty() {
                "status-unsaved"
            } else if ws.path.is_some() {
                "status-saved"
            } else {
                "status-not-saved"
            };
            ui.label(t.tr(state));
            if let Some(n) = &self.app.notice {
                ui.separator();
                ui.label(n);
            }
            if self.app.tasks.is_running("briefing") {
                ui.separator();
                ui.add(
                    egui::ProgressBar::new(self.app.export.fraction())
                        .show_percentage()
                        .desired_width(120.0),
                );
            }
            if self.app.busy() {
                ui.separator();
                ui.spinner();
                ui.label(t.tr(match self.app.tasks.running.first().copied() {
                    Some("open") => "busy-open",
                    Some("dialog") => "busy-dialog",
                    Some("save") => "status-saving",
                    Some("export") => "busy-export",
                    Some("briefing") => "export-title",
                    _ => "busy-other",
                }));
            }
        });
    }
}
