//! The status bar: dataset and version, review progress, saved state, background work.

use super::tasks::TaskKind;
use super::theme;
use super::view_context::ViewContext;

/// The status bar.
pub struct StatusBar<'a> {
    /// What the bar shows.
    pub ctx: &'a ViewContext<'a>,
}

impl StatusBar<'_> {
    /// Draws the bar.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let t = self.ctx.t;
        ui.horizontal(|ui| {
            let Some(ws) = self.ctx.ws else {
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
                            crate::model::text_or_empty(&d.metadata.title, self.ctx.content_lang)
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
            let assessed = self.ctx.assessed;
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
            let tasks = self.ctx.tasks;
            let state = if ws.read_only.is_some() {
                key!("status-read-only")
            } else if tasks.is_running(TaskKind::Save) {
                key!("status-saving")
            } else if ws.is_dirty() {
                key!("status-unsaved")
            } else if ws.path.is_some() {
                key!("status-saved")
            } else {
                key!("status-not-saved")
            };
            ui.label(t.tr(state));
            if let Some(n) = &self.ctx.notice {
                ui.separator();
                ui.label(n);
            }
            if tasks.is_running(TaskKind::Briefing) {
                ui.separator();
                ui.add(
                    egui::ProgressBar::new(self.ctx.briefing_fraction)
                        .show_percentage()
                        .desired_width(120.0),
                );
            }
            if let Some(kind) = tasks.first_running() {
                ui.separator();
                ui.spinner();
                ui.label(t.tr(match kind {
                    TaskKind::Open => key!("busy-open"),
                    TaskKind::Dialog => key!("busy-dialog"),
                    TaskKind::Save => key!("status-saving"),
                    TaskKind::ChartExport => key!("busy-export"),
                    TaskKind::Briefing => key!("export-title"),
                    TaskKind::Autosave | TaskKind::Report => key!("busy-other"),
                    TaskKind::Merge => key!("busy-merge"),
                }));
            }
        });
    }
}
