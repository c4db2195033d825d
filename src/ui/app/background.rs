//! Results of background work, the autosave and the check for changes on disk, and starting
//! the exports.

use std::path::PathBuf;
use std::time::Instant;

use super::{AUTOSAVE_EVERY, DISK_CHECK_EVERY, PoaApp};
use crate::i18n::Language;
use crate::problem::Level;
use crate::ui::messages::Message;
use crate::ui::tasks::{TaskKind, TaskResult};

impl PoaApp {
    /// A save finished: the workspace notes it (and an untitled review's recovery file goes),
    /// or the problem is said.
    fn saved(
        &mut self,
        path: &std::path::Path,
        revision: u64,
        result: Result<(), crate::problem::Problem>,
    ) {
        match result {
            Ok(()) => {
                if let Some(ws) = &mut self.ws {
                    // An untitled review's autosave lives in the data folder, not beside the
                    // file: it goes too, or the next untitled review would be offered changes
                    // that are saved.
                    let untitled = ws.path.is_none().then(|| ws.recovery_file(&self.data_dir));
                    ws.finish_save(path, revision);
                    if let Some(r) = untitled {
                        crate::workspace::remove_recovery(&r);
                    }
                }
                self.settings.add_recent(path);
                self.save_settings();
                self.save_finished(true);
            }
            Err(p) => {
                self.error(&p);
                self.save_finished(false);
            }
        }
    }

    /// Takes the results of finished background work.
    pub(super) fn handle_tasks(&mut self) {
        for result in self.tasks.poll() {
            match result {
                TaskResult::Dialog {
                    purpose,
                    path,
                    more,
                    instant,
                } => self.dialog_closed(purpose, path, more, instant),
                TaskResult::Opened { path, result } => match result {
                    Ok(ws) => {
                        self.discard_recovery();
                        self.install_workspace(*ws, Some(&path));
                    }
                    Err(e) => {
                        self.report_load(&e);
                        if let Some(ws) = &mut self.ws {
                            ws.relock();
                        }
                    }
                },
                merged @ TaskResult::Merged { .. } => self.merged(merged),
                TaskResult::SheetRead { result, .. } => match result {
                    Ok(book) => {
                        self.matrix.import =
                            Some(crate::ui::matrix_window::MatrixImport::new(*book));
                    }
                    Err(p) => self.error(&p),
                },
                TaskResult::Compared { path, result } => self.compared(&path, result),
                TaskResult::Aggregated { inputs, result } => self.aggregated(&inputs, result),
                TaskResult::DatasetBuilt { path, result } => self.dataset_built(&path, result),
                TaskResult::DatasetWritten { path, result } => self.dataset_written(path, result),
                TaskResult::ReportWritten { path, result } => self.report_written(&path, result),
                TaskResult::Saved {
                    path,
                    revision,
                    result,
                } => self.saved(&path, revision, result),
                TaskResult::BriefingExported(result) => match result {
                    Ok(written) => {
                        self.notice = written
                            .files
                            .first()
                            .map(|f| msg!("export-done", path = f.display().to_string()));
                        if let Some(main) = written.files.first() {
                            for failed in &written.chart_failures {
                                let warning = failed.to_problem(main, &self.t);
                                self.error(&warning);
                            }
                        }
                        self.export.last = written.files;
                    }
                    Err(p) => self.error(&p),
                },
                TaskResult::Exported { path, result } => match result {
                    Ok((w, h)) => {
                        self.notice = Some(msg!(
                            "chart-written",
                            path = path.display().to_string(),
                            size = format!("{w} × {h}")
                        ));
                    }
                    Err(crate::charts::ChartError::Write(p)) => self.error(&p),
                    Err(other) => {
                        self.error(&crate::problem::Problem::file_error(&path, other.message()));
                    }
                },
                TaskResult::DiskLooked {
                    path,
                    before,
                    now,
                    copies,
                } => self.looked_at_disk(&path, before, now, copies),
                TaskResult::ShowFailed {
                    path,
                    program,
                    failure,
                } => {
                    let text =
                        crate::ui::messages::show_failure(&self.t, &path, &program, &failure);
                    self.messages.push(Message {
                        level: Level::Error,
                        text,
                    });
                }
                TaskResult::Autosaved(r) => {
                    if let Err(p) = r {
                        self.error(&p);
                    }
                }
            }
        }
    }

    /// A file name for the chart on view, from its English title and its language.
    pub(super) fn chart_file_name(&self) -> String {
        let Some(ws) = &self.ws else {
            return "chart.png".to_owned();
        };
        let mut chart = self.charts.chart(&ws.dataset);
        chart.lang = Language::En;
        let slug: String = crate::charts::title(&chart, &ws.dataset)
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        let slug = slug
            .split('-')
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join("-");
        crate::io::safe_name::component(&format!("{slug}-{}.png", self.charts.lang))
    }

    /// Starts the briefing export to `path` (its extension names the format if it has one).
    pub(super) fn start_briefing(&mut self, path: PathBuf) {
        self.flush_drafts();
        let Some(ws) = &self.ws else { return };
        let format = crate::export::Format::from_path(&path).unwrap_or(self.export.format);
        let path = if crate::export::Format::from_path(&path).is_none() {
            path.with_extension(format.extension())
        } else {
            path
        };
        if let Err(refused) = crate::ui::export_dialog::check_output(ws, &path, format) {
            let problem = refused.to_problem(&self.t);
            self.error(&problem);
            return;
        }
        self.export.last.clear();
        // The briefing uses the information cut-off the Charts view shows.
        let options = crate::export::Options {
            as_of: self.charts.as_of,
            ..self.export.options(ws)
        };
        self.tasks.export_briefing(
            path,
            format,
            ws.dataset.clone(),
            ws.review.clone(),
            options,
            self.export.progress.clone(),
        );
    }

    /// Starts writing the chart on view to `path`.
    pub(super) fn start_export(&mut self, path: PathBuf) {
        let Some(ws) = &self.ws else { return };
        if let Err(refused) = crate::export::output::check_place(&path) {
            let problem = refused.to_problem(&self.t);
            self.error(&problem);
            return;
        }
        let geometry = self.charts.export_geometry();
        self.tasks.export_chart(
            path,
            self.charts.chart(&ws.dataset),
            ws.dataset.clone(),
            ws.review.clone(),
            geometry,
        );
    }

    /// The autosave and the check for changes on disk, when they are due.
    pub(super) fn background_checks(&mut self) {
        let Some(ws) = &self.ws else { return };
        if self.last_disk_check.elapsed() >= DISK_CHECK_EVERY && !self.looking_at_disk {
            self.last_disk_check = Instant::now();
            if let Some(path) = &ws.path {
                self.looking_at_disk = true;
                self.tasks.look_at_disk(path.clone(), ws.disk_stamp());
            }
        }
        if self.last_autosave.elapsed() >= AUTOSAVE_EVERY {
            self.last_autosave = Instant::now();
            self.autosave_now();
        }
    }

    /// Writes unsaved changes to the recovery file now (normally every 30 s).
    pub fn autosave_now(&mut self) {
        self.flush_drafts();
        let Some(ws) = &self.ws else { return };
        if !ws.is_dirty() || ws.read_only.is_some() || self.tasks.is_running(TaskKind::Autosave) {
            return;
        }
        match ws.canonical_text() {
            Ok(text) => self.tasks.autosave(ws.recovery_file(&self.data_dir), text),
            Err(p) => self.error(&p),
        }
    }
}
