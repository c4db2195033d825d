//! The report window's work: "what changed since" made from the open review, a comparison with
//! another review read in the background, and the report written where the reviewer chose.

use std::path::{Path, PathBuf};

use super::PoaApp;
use crate::io::LoadError;
use crate::model::Review;
use crate::problem::Problem;
use crate::report::ReportFormat;

impl PoaApp {
    /// "What changed since" the date typed: the report, or why the date is not one.
    pub(super) fn show_changes_since(&mut self, text: &str) {
        self.flush_drafts();
        let Some(ws) = &self.ws else { return };
        let Some(since) = crate::changes::parse_since(text) else {
            let message = self.t.tr_args(
                key!("cli-bad-date"),
                &[("date", text.trim().to_owned().into())],
            );
            self.warn(message);
            return;
        };
        let report = crate::changes::report(&ws.dataset, &ws.review, since, self.t.language());
        let name = format!("changes-since-{}", since.strftime("%Y-%m-%d"));
        self.report.asking_since = false;
        self.report.show(report, &name);
    }

    /// Another review came back from the background: compared with the open one, or why not.
    pub(super) fn compared(&mut self, path: &Path, result: Result<Box<Review>, LoadError>) {
        self.flush_drafts();
        let Some(ws) = &self.ws else { return };
        let other = match result {
            Ok(r) => r,
            Err(e) => return self.report_load(&e),
        };
        if let Err(e) = crate::merge::same_dataset(&ws.review, &other) {
            return self.error(&Problem::file_error(path, e.message()));
        }
        let name = |p: Option<&Path>| {
            p.and_then(Path::file_name).map_or_else(
                || self.t.tr(key!("untitled-review")),
                |n| n.to_string_lossy().into_owned(),
            )
        };
        let (mine, theirs) = (name(ws.path.as_deref()), name(Some(path)));
        let report = crate::compare::report(
            &ws.dataset,
            (&mine, &ws.review),
            (&theirs, &other),
            &[],
            self.t.language(),
        );
        self.report.show(report, "comparison");
    }

    /// A report was written (or could not be).
    pub(super) fn report_written(&mut self, path: &Path, result: Result<(), Problem>) {
        match result {
            Ok(()) => {
                self.notice = Some(msg!("export-done", path = path.display().to_string()));
            }
            Err(p) => self.error(&p),
        }
    }

    /// Writes the report on screen to `path` in the chosen format (its extension wins).
    pub(super) fn write_report(&mut self, path: PathBuf) {
        let Some(report) = &self.report.report else {
            return;
        };
        let chosen = self.report.format.unwrap_or(ReportFormat::Html);
        let format = ReportFormat::from_path(&path).unwrap_or(chosen);
        let path = if ReportFormat::from_path(&path).is_none() {
            let mut name = path.into_os_string();
            name.push(".");
            name.push(format.extension());
            PathBuf::from(name)
        } else {
            path
        };
        // What is on screen: the pillar chosen, or all.
        let report = report.only(self.report.group.as_deref());
        self.tasks
            .write_report(path, report, format, self.t.language());
    }

    /// Many reviews came back from the background as an aggregate: on screen, with the files
    /// left out named (and logged); or why there is none.
    pub(super) fn aggregated(
        &mut self,
        inputs: &[PathBuf],
        result: Result<Box<crate::aggregate::Aggregate>, Vec<Problem>>,
    ) {
        match result {
            Ok(a) => {
                for p in &a.read.left_out {
                    log::warn!("aggregate: left out {}", p.file.display());
                }
                if !a.read.left_out.is_empty() {
                    let files = a.read.files_left_out();
                    self.warn(self.t.tr_args(
                        key!("aggregate-left-out-warning"),
                        &[("left", files.into()), ("files", a.files.into())],
                    ));
                }
                self.aggregate.show(*a);
            }
            Err(problems) => {
                log::warn!("aggregate of {} inputs failed", inputs.len());
                for p in &problems {
                    self.error(p);
                }
            }
        }
    }

    /// Writes the aggregate on screen to `path`: the briefing (PDF, Word, HTML) or the long
    /// table (CSV, Excel), by the extension, or in the format chosen when there is none.
    pub(super) fn write_aggregate(&mut self, path: PathBuf) {
        let Some(aggregate) = self.aggregate.aggregate.clone() else {
            return;
        };
        let (path, format) = if let Some(format) = crate::export::Format::from_path(&path) {
            (path, format)
        } else {
            let format = self.aggregate.format();
            let mut name = path.into_os_string();
            name.push(".");
            name.push(format.extension());
            (PathBuf::from(name), format)
        };
        self.tasks
            .write_aggregate(path, aggregate, format, self.t.language());
    }
}
