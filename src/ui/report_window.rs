//! The report window: a comparison with another review, or what changed since a date, as
//! tables by pillar, with a pillar filter and export to HTML, Markdown, PDF, Word or Excel (of
//! the pillar shown, or of all).

use super::command::Command;
use super::tasks::DialogPurpose;
use crate::i18n::Translator;
use crate::report::{Report, ReportFormat};

/// The report on screen, or the question before it.
#[derive(Debug, Default)]
pub struct ReportState {
    /// The report, once made.
    pub report: Option<Report>,
    /// Asking for the date of "what changed since".
    pub asking_since: bool,
    /// The date typed.
    pub since: String,
    /// Only this pillar's table (its title); `None`: all.
    pub group: Option<String>,
    /// The format the next export is written in.
    pub format: Option<ReportFormat>,
    /// A file name for the export.
    pub name: String,
}

impl ReportState {
    /// Whether the window is open.
    #[must_use]
    pub fn is_open(&self) -> bool {
        self.report.is_some() || self.asking_since
    }

    /// Opens the window on the date question.
    pub fn ask_since(&mut self) {
        *self = Self {
            asking_since: true,
            ..Self::default()
        };
    }

    /// Puts a report on screen; `name` is the file name offered for its export.
    pub fn show(&mut self, report: Report, name: &str) {
        self.report = Some(report);
        self.group = None;
        name.clone_into(&mut self.name);
    }

    /// The file name offered for the export, with the chosen format's extension.
    #[must_use]
    pub fn file_name(&self) -> String {
        let ext = self.format.unwrap_or(ReportFormat::Html).extension();
        format!("{}.{ext}", self.name)
    }
}

/// The window.
pub struct ReportWindow<'a> {
    /// Its state.
    pub state: &'a mut ReportState,
    /// Whether a report is being read or written.
    pub busy: bool,
    /// Interface strings.
    pub t: &'a Translator,
    /// Commands out.
    pub out: &'a mut Vec<Command>,
}

impl ReportWindow<'_> {
    /// Draws the window.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let t = self.t;
        let title = self
            .state
            .report
            .as_ref()
            .map_or_else(|| t.tr(key!("cmd-changes-since")), |r| r.title.clone());
        let mut open = true;
        let screen = ui.ctx().content_rect();
        egui::Window::new(title)
            .id(egui::Id::unique("report_window"))
            .open(&mut open)
            .collapsible(false)
            .default_width((screen.width() - 120.0).clamp(400.0, 1000.0))
            .default_height((screen.height() - 160.0).max(240.0))
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ui.ctx(), |ui| {
                if self.state.asking_since {
                    self.since_question(ui);
                }
                if self.state.report.is_some() {
                    self.report(ui);
                }
            });
        if !open {
            self.out.push(Command::CloseReport);
        }
    }

    fn since_question(&mut self, ui: &mut egui::Ui) {
        let t = self.t;
        ui.horizontal(|ui| {
            let l = ui.label(t.tr(key!("report-since")));
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut self.state.since)
                        .hint_text("YYYY-MM-DD")
                        .desired_width(120.0),
                )
                .labelled_by(l.id);
            if self.state.since.is_empty() && !r.has_focus() {
                r.request_focus();
            }
            let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.button(t.tr(key!("report-show"))).clicked() || enter {
                self.out
                    .push(Command::ShowChangesSince(self.state.since.clone()));
            }
        });
    }

    fn report(&mut self, ui: &mut egui::Ui) {
        let t = self.t;
        let Some(report) = &self.state.report else {
            return;
        };
        if !report.subtitle.is_empty() {
            ui.label(&report.subtitle);
        }
        ui.horizontal_wrapped(|ui| {
            let l = ui.label(t.tr(key!("merge-pillar")));
            let all = t.tr(key!("merge-all-pillars"));
            egui::ComboBox::from_id_salt("report_group")
                .selected_text(self.state.group.clone().unwrap_or_else(|| all.clone()))
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut self.state.group, None, all);
                    for (g, _) in &report.groups {
                        ui.selectable_value(&mut self.state.group, Some(g.clone()), g);
                    }
                })
                .response
                .labelled_by(l.id);
            ui.separator();
            for (format, key) in [
                (ReportFormat::Html, key!("report-export-html")),
                (ReportFormat::Pdf, key!("report-export-pdf")),
                (ReportFormat::Docx, key!("report-export-docx")),
                (ReportFormat::Xlsx, key!("report-export-xlsx")),
                (ReportFormat::Md, key!("report-export-md")),
            ] {
                if ui
                    .add_enabled(!self.busy, egui::Button::new(t.tr(key)))
                    .clicked()
                {
                    self.state.format = Some(format);
                    self.out.push(Command::AskPath(DialogPurpose::ExportReport));
                }
            }
        });
        ui.separator();
        if report.groups.is_empty() {
            ui.label(&report.empty);
            return;
        }
        egui::ScrollArea::both()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                for (i, (group, rows)) in report.groups.iter().enumerate() {
                    if self.state.group.as_ref().is_some_and(|g| g != group) {
                        continue;
                    }
                    ui.strong(group);
                    let weights = report.column_weights();
                    #[expect(clippy::cast_precision_loss, reason = "a handful of columns")]
                    let gaps = 12.0 * weights.len() as f32;
                    let unit =
                        ((ui.available_width() - gaps) / weights.iter().sum::<f32>()).max(40.0);
                    let cell = |ui: &mut egui::Ui, c: usize, text: &str, strong: bool| {
                        ui.vertical(|ui| {
                            ui.set_width(unit * weights[c]);
                            let text = if strong {
                                egui::RichText::new(text).strong()
                            } else {
                                egui::RichText::new(text)
                            };
                            ui.add(egui::Label::new(text).wrap());
                        });
                    };
                    egui::Grid::new(("report_table", i))
                        .striped(true)
                        .spacing([12.0, 4.0])
                        .show(ui, |ui| {
                            for (c, head) in report.columns.iter().enumerate() {
                                cell(ui, c, head, true);
                            }
                            ui.end_row();
                            for row in rows {
                                for (c, text) in row.iter().enumerate() {
                                    cell(ui, c, text, false);
                                }
                                ui.end_row();
                            }
                        });
                    ui.add_space(8.0);
                }
            });
    }
}
