//! Shown when no review is open.

use std::path::PathBuf;

use super::command::Command;
use super::commands::MenuCommand;
use super::theme;
use crate::i18n::Translator;

/// The welcome screen.
pub struct Welcome<'a> {
    /// Recent files.
    pub recent: &'a [PathBuf],
    /// Interface strings.
    pub t: &'a Translator,
    /// Commands out.
    pub out: &'a mut Vec<Command>,
}

impl Welcome<'_> {
    /// Draws it.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let t = self.t;
        ui.vertical_centered(|ui| {
            ui.add_space(60.0);
            ui.heading("poa-review");
            ui.label(t.tr(key!("welcome-text")));
            ui.add_space(theme::GAP * 2.0);
            for c in [
                MenuCommand::NewSample,
                MenuCommand::NewReview,
                MenuCommand::Open,
            ] {
                if ui.button(c.text(t).0).clicked() {
                    self.out.push(Command::Menu(c));
                }
            }
            if !self.recent.is_empty() {
                ui.add_space(theme::GAP * 2.0);
                ui.strong(t.tr(key!("welcome-recent")));
                for p in self.recent {
                    if ui.link(p.display().to_string()).clicked() {
                        self.out.push(Command::OpenPath(p.clone()));
                    }
                }
            }
        });
    }
}

/// Shown while a file opens: its name, what is being done, and how much of it is read.
pub struct Loading<'a> {
    /// The file.
    pub path: &'a std::path::Path,
    /// How far it has come.
    pub progress: &'a crate::io::LoadProgress,
    /// Interface strings.
    pub t: &'a Translator,
}

/// A size in bytes as people read it: `512 B`, `64.0 KB`, `12.3 MB`.
fn human_bytes(n: u64) -> String {
    #[expect(clippy::cast_precision_loss, reason = "a size shown to one decimal")]
    let f = n as f64;
    if n < 1000 {
        format!("{n} B")
    } else if n < 1_000_000 {
        format!("{:.1} KB", f / 1e3)
    } else {
        format!("{:.1} MB", f / 1e6)
    }
}

impl Loading<'_> {
    /// Draws it.
    pub fn ui(&self, ui: &mut egui::Ui) {
        use crate::io::LoadPhase;
        let t = self.t;
        let name = self.path.file_name().map_or_else(
            || self.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let (read, total) = self.progress.bytes();
        let phase = self.progress.phase();
        ui.vertical_centered(|ui| {
            ui.add_space(60.0);
            ui.heading(t.tr_args(key!("loading-title"), &[("name", name.into())]));
            ui.weak(self.path.display().to_string());
            ui.add_space(theme::GAP * 2.0);
            ui.add(egui::Spinner::new().size(24.0));
            ui.add_space(theme::GAP);
            let text = match phase {
                LoadPhase::Reading if total > 0 => t.tr_args(
                    key!("loading-reading-of"),
                    &[
                        ("read", human_bytes(read).into()),
                        ("total", human_bytes(total).into()),
                    ],
                ),
                LoadPhase::Reading => t.tr_args(
                    key!("loading-reading"),
                    &[("read", human_bytes(read).into())],
                ),
                LoadPhase::Parsing => t.tr(key!("loading-parsing")),
                // Once read, the dataset is parsed and checked: say "looking for" again.
                LoadPhase::FindingDataset if total > 0 && read < total => t.tr_args(
                    key!("loading-dataset-of"),
                    &[
                        ("read", human_bytes(read).into()),
                        ("total", human_bytes(total).into()),
                    ],
                ),
                LoadPhase::FindingDataset => t.tr(key!("loading-dataset")),
                LoadPhase::Checking => t.tr(key!("loading-checking")),
            };
            // Reading is measured in bytes; the later phases are steps of a known order.
            #[expect(clippy::cast_precision_loss, reason = "a fraction for a bar")]
            let fraction = match phase {
                LoadPhase::Reading if total > 0 => 0.4 * (read as f32 / total as f32).min(1.0),
                LoadPhase::Reading => 0.0,
                LoadPhase::Parsing => 0.45,
                LoadPhase::FindingDataset if total > 0 => {
                    0.45 + 0.3 * (read as f32 / total as f32).min(1.0)
                }
                LoadPhase::FindingDataset => 0.6,
                LoadPhase::Checking => 0.8,
            };
            ui.add(
                egui::ProgressBar::new(fraction)
                    .desired_width(360.0_f32.min(ui.available_width()))
                    .text(text),
            );
        });
    }
}
