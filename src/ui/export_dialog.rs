//! The Export dialog: format, profile, language and pillars; the export itself runs in the
//! background with a progress bar, and when it is done the window offers to open the file or
//! its folder.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicU32, Ordering};

use super::command::Command;
use crate::export::{Format, Profile};
use crate::i18n::{Language, Translator};
use crate::model::text_or_empty;
use crate::workspace::Workspace;

/// The Export dialog's choices and the progress of a running export.
#[derive(Debug)]
pub struct ExportState {
    /// Whether the dialog is open.
    pub open: bool,
    /// Output format.
    pub format: Format,
    /// Shareable or internal.
    pub profile: Profile,
    /// `en` or `zh`.
    pub lang: Language,
    /// Group ids left out (none: all included).
    pub excluded: BTreeSet<String>,
    /// Progress of the running export, in thousandths.
    pub progress: Arc<AtomicU32>,
    /// The files of the last finished export.
    pub last: Vec<PathBuf>,
}

impl Default for ExportState {
    fn default() -> Self {
        Self {
            open: false,
            format: Format::Pdf,
            profile: Profile::Shareable,
            lang: Language::En,
            excluded: BTreeSet::new(),
            progress: Arc::new(AtomicU32::new(0)),
            last: Vec::new(),
        }
    }
}

impl ExportState {
    /// The options for the export.
    #[must_use]
    pub fn options(&self, ws: &Workspace) -> crate::export::Options {
        let groups = if self.excluded.is_empty() {
            Vec::new()
        } else {
            ws.dataset
                .groups
                .iter()
                .filter(|g| !self.excluded.contains(&g.id))
                .map(|g| g.id.clone())
                .collect()
        };
        crate::export::Options {
            profile: self.profile,
            lang: self.lang,
            groups,
            as_of: crate::analysis::Cutoff::Dataset,
        }
    }

    /// Fraction done of the running export.
    #[must_use]
    pub fn fraction(&self) -> f32 {
        #[expect(clippy::cast_precision_loss, reason = "thousandths")]
        let f = self.progress.load(Ordering::Relaxed) as f32 / 1000.0;
        f
    }

    /// A file name for the export.
    #[must_use]
    pub fn file_name(&self) -> String {
        format!(
            "briefing-{}-{}.{}",
            self.lang,
            if self.profile == Profile::Internal {
                "internal"
            } else {
                "shareable"
            },
            self.format.extension()
        )
    }
}

/// Checks that an export of the open review may write to `path` (see
/// [`crate::export::output::check`]): the review and its dataset file are the files read.
pub fn check_output(
    ws: &Workspace,
    path: &Path,
    format: Format,
) -> Result<(), crate::export::output::OutputProblem> {
    let mut read: Vec<&Path> = Vec::new();
    if let Some(p) = &ws.path {
        read.push(p);
    }
    if let crate::io::resolve::DatasetOrigin::File(p) = &ws.dataset_origin {
        read.push(p);
    }
    crate::export::output::check(path, format, &read)
}

/// The warning shown in the dialog when the review was made on another version of the
/// dataset than the one open.
#[must_use]
pub fn other_version_warning(ws: &Workspace, t: &Translator) -> Option<String> {
    crate::export::output::other_version(&ws.dataset, &ws.review).map(|o| {
        t.tr_args(
            key!("export-other-version"),
            &[
                ("id", o.id.into()),
                ("review", o.review.into()),
                ("dataset", o.dataset.into()),
            ],
        )
    })
}

fn format_name(f: Format) -> &'static str {
    match f {
        Format::Pdf => "PDF",
        Format::Docx => "Word (.docx)",
        Format::Html => "HTML",
        Format::Md => "Markdown",
        Format::Xlsx => "Excel (.xlsx)",
        Format::Csv => "CSV",
    }
}

/// The dialog.
pub struct ExportDialog<'a> {
    /// The open review.
    pub ws: &'a Workspace,
    /// Choices.
    pub state: &'a mut ExportState,
    /// Whether an export is running.
    pub busy: bool,
    /// The information cut-off the briefing uses: the Charts view's.
    pub as_of: crate::analysis::Cutoff,
    /// Interface strings.
    pub t: &'a Translator,
    /// Commands out.
    pub out: &'a mut Vec<Command>,
}

impl ExportDialog<'_> {
    /// Draws the dialog.
    #[expect(clippy::too_many_lines, reason = "one dialog, drawn top to bottom")]
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let t = self.t;
        let st = &mut *self.state;
        let mut open = st.open;
        egui::Window::new(t.tr(key!("export-title")))
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ui.ctx(), |ui| {
                egui::Grid::new("export_grid")
                    .num_columns(2)
                    .spacing([12.0, 8.0])
                    .show(ui, |ui| {
                        let l = ui.label(t.tr(key!("export-format")));
                        egui::ComboBox::from_id_salt("export_format")
                            .selected_text(format_name(st.format))
                            .show_ui(ui, |ui| {
                                for f in Format::ALL {
                                    ui.selectable_value(&mut st.format, f, format_name(f));
                                }
                            })
                            .response
                            .labelled_by(l.id);
                        ui.end_row();
                        ui.label(t.tr(key!("export-profile")));
                        ui.vertical(|ui| {
                            ui.radio_value(
                                &mut st.profile,
                                Profile::Shareable,
                                t.tr(key!("export-shareable")),
                            );
                            ui.radio_value(
                                &mut st.profile,
                                Profile::Internal,
                                t.tr(key!("export-internal")),
                            );
                        });
                        ui.end_row();
                        ui.label(t.tr(key!("export-language")));
                        ui.horizontal(|ui| {
                            for lang in [Language::En, Language::Zh] {
                                ui.radio_value(&mut st.lang, lang, lang.native_name());
                            }
                        });
                        ui.end_row();
                        ui.label(t.tr(key!("brief-as-of")));
                        let cutoff = self.as_of.resolve(&self.ws.dataset).map_or_else(
                            || t.tr(key!("brief-as-of-none")),
                            |date| crate::i18n::date_in(t.language(), date),
                        );
                        ui.label(&cutoff)
                            .on_hover_text(t.tr(key!("export-as-of-tip")));
                        ui.end_row();
                        ui.label(t.tr(key!("export-pillars")));
                        ui.vertical(|ui| {
                            for g in &self.ws.dataset.groups {
                                let mut on = !st.excluded.contains(&g.id);
                                if ui
                                    .checkbox(&mut on, text_or_empty(&g.title, t.language().code()))
                                    .changed()
                                {
                                    if on {
                                        st.excluded.remove(&g.id);
                                    } else {
                                        st.excluded.insert(g.id.clone());
                                    }
                                }
                            }
                        });
                        ui.end_row();
                    });
                if st.profile == Profile::Internal {
                    ui.colored_label(
                        ui.visuals().warn_fg_color,
                        t.tr(key!("export-internal-warning")),
                    );
                }
                if let Some(warning) = other_version_warning(self.ws, t) {
                    ui.add(
                        egui::Label::new(
                            egui::RichText::new(warning)
                                .strong()
                                .color(ui.visuals().warn_fg_color),
                        )
                        .wrap(),
                    );
                }
                ui.separator();
                ui.horizontal(|ui| {
                    let all_out = st.excluded.len() == self.ws.dataset.groups.len();
                    if ui
                        .add_enabled(
                            !self.busy && !all_out,
                            egui::Button::new(t.tr(key!("export-go"))),
                        )
                        .clicked()
                    {
                        self.out.push(Command::AskPath(
                            super::tasks::DialogPurpose::ExportBriefing,
                        ));
                    }
                    if self.busy {
                        ui.add(
                            egui::ProgressBar::new(st.fraction())
                                .show_percentage()
                                .desired_width(160.0),
                        );
                    }
                });
                if !self.busy && !st.last.is_empty() {
                    let file = st.last[0].clone();
                    ui.label(t.tr_args(
                        key!("export-done"),
                        &[("path", file.display().to_string().into())],
                    ));
                    ui.horizontal(|ui| {
                        if ui.button(t.tr(key!("export-open-file"))).clicked() {
                            self.out.push(Command::ShowFile(file.clone()));
                        }
                        if ui.button(t.tr(key!("export-open-folder"))).clicked() {
                            // A bare file name's folder is the current one.
                            let dir = file
                                .parent()
                                .filter(|d| !d.as_os_str().is_empty())
                                .unwrap_or_else(|| Path::new("."));
                            self.out.push(Command::ShowFile(dir.to_owned()));
                        }
                    });
                }
            });
        st.open = open;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::output::OutputProblem;

    #[test]
    fn the_window_refuses_to_export_over_its_review_and_says_so_in_its_language() {
        let dir = tempfile::tempdir().expect("folder");
        let review = dir.path().join("mine.review.ron");
        std::fs::copy("sample_data/example-delegation.review.ron", &review).expect("copied");
        let ws = Workspace::open(&review, "tester").expect("opens");
        let refused = check_output(
            &ws,
            &dir.path().join(".").join("mine.review.ron"),
            Format::Pdf,
        )
        .expect_err("the review is refused");
        assert!(
            matches!(refused, OutputProblem::IsInput { .. }),
            "{refused:?}"
        );
        let zh = Translator::new(Language::Zh);
        assert!(
            refused.message(&zh).contains("就是导出所读取的"),
            "{}",
            refused.message(&zh)
        );
        let missing = dir.path().join("nope").join("b.pdf");
        let refused = check_output(&ws, &missing, Format::Pdf).expect_err("no folder");
        assert_eq!(
            refused.message(&Translator::new(Language::En)),
            format!(
                "The folder {} does not exist; create it or choose another folder.",
                dir.path().join("nope").display()
            )
        );
        check_output(&ws, &dir.path().join("b.pdf"), Format::Pdf).expect("a new file is fine");
    }

    #[test]
    fn the_dialog_warns_of_a_review_made_on_another_dataset_version() {
        let mut ws = Workspace::new_sample("tester").expect("the sample");
        let t = Translator::new(Language::En);
        assert_eq!(other_version_warning(&ws, &t), None);
        "1.0.0".clone_into(&mut ws.review.dataset.version);
        let warning = other_version_warning(&ws, &t).expect("a warning");
        assert!(
            warning.starts_with("This review was made on version 1.0.0 of dataset “poa2009-hlr2014-sample”, and the dataset open is version 2.0.0."),
            "{warning}"
        );
    }
}
