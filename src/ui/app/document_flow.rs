//! The document flow's transitions (see [`crate::ui::flow`] for the states): open, new, close
//! and quit behind the unsaved-changes question; save and Save As; the path dialog or field;
//! recovering an autosave.

use std::path::{Path, PathBuf};
use std::time::Instant;

use super::PoaApp;
use crate::io;
use crate::ui::command::GuardChoice;
use crate::ui::detail_panel::DetailState;
use crate::ui::flow::{Flow, Pending};
use crate::ui::messages::Message;
use crate::ui::state::Selection;
use crate::ui::tasks::{DialogPurpose, TaskKind};
use crate::workspace::Workspace;

impl PoaApp {
    pub(super) fn new_sample(&mut self) {
        match Workspace::new_sample(&self.settings.editor()) {
            Ok(ws) => self.install_workspace(ws, None),
            Err(e) => self.report_load(&e),
        }
    }

    /// Makes `ws` the open review; offers recovery when an autosave is newer than the file.
    pub(super) fn install_workspace(&mut self, ws: Workspace, opened: Option<&Path>) {
        for w in &ws.warnings {
            self.messages.push(Message {
                level: w.level,
                text: w.to_string(),
            });
        }
        if let Some(path) = opened {
            self.settings.add_recent(path);
            self.save_settings();
        }
        self.ws = Some(ws);
        self.cache.clear();
        self.drafts.clear();
        self.detail = DetailState::default();
        self.view.selection = Selection::None;
        self.disk_changed = false;
        self.last_autosave = Instant::now();
        self.look_for_copies();
        self.offer_recovery();
    }

    fn offer_recovery(&mut self) {
        let Some(ws) = &self.ws else { return };
        if ws.read_only.is_some() {
            return;
        }
        let file = ws.recovery_file(&self.data_dir);
        let Ok(meta) = std::fs::metadata(&file) else {
            return;
        };
        let newer = match &ws.path {
            Some(doc) => match (
                meta.modified(),
                std::fs::metadata(doc).and_then(|m| m.modified()),
            ) {
                (Ok(r), Ok(d)) => r > d,
                _ => true,
            },
            None => true,
        };
        if !newer {
            return;
        }
        let parsed =
            io::read_text(&file).and_then(|t| io::review_from_text(&file, &t, Some(&ws.dataset)));
        match parsed {
            Ok(l) => {
                let when = meta
                    .modified()
                    .ok()
                    .and_then(|t| jiff::Timestamp::try_from(t).ok())
                    .map(|t| t.round(jiff::Unit::Second).unwrap_or(t).to_string())
                    .unwrap_or_default();
                self.flow = Flow::OfferingRecovery {
                    review: Box::new(l.doc),
                    from: file,
                    when,
                };
            }
            Err(e) => {
                self.warn(format!(
                    "{} {}",
                    self.t.tr(key!("recovery-unreadable")),
                    e.problems()
                        .first()
                        .map(ToString::to_string)
                        .unwrap_or_default()
                ));
            }
        }
    }

    /// Runs `pending` now, or after the unsaved-changes question.
    pub(super) fn guard(&mut self, pending: Pending) {
        if self.is_dirty() {
            self.flow = Flow::AskingToSave { then: pending };
        } else {
            self.run_pending(pending);
        }
    }

    pub(super) fn run_pending(&mut self, pending: Pending) {
        match pending {
            Pending::AskOpen => self.ask_path(DialogPurpose::Open, None),
            Pending::AskNewFromDataset => self.ask_path(DialogPurpose::NewFromDataset, None),
            Pending::Open(path) => self.start_open(path),
            Pending::NewFromSample => {
                self.discard_recovery();
                self.new_sample();
            }
            Pending::NewFromDataset(path) => {
                self.tasks.new_from_dataset(path, self.settings.editor());
            }
            Pending::Close => {
                self.discard_recovery();
                self.ws = None;
                self.cache.clear();
                self.drafts.clear();
            }
            Pending::Quit => {
                self.discard_recovery();
                self.allow_close = true;
            }
        }
    }

    /// The user chose to throw changes away: the autosave goes too.
    pub(super) fn discard_recovery(&mut self) {
        if let Some(ws) = &self.ws
            && ws.is_dirty()
        {
            crate::workspace::remove_recovery(&ws.recovery_file(&self.data_dir));
        }
    }

    /// Asks for a path for `purpose` (native dialog or in-app field); `then` runs once the
    /// review is saved there (Save As from the unsaved-changes question).
    pub(super) fn ask_path(&mut self, purpose: DialogPurpose, then: Option<Pending>) {
        if self.settings.native_dialogs {
            if self.tasks.is_running(TaskKind::Dialog) {
                return;
            }
            let start = if purpose == DialogPurpose::SaveDataset {
                self.built_dataset_path()
                    .and_then(|p| p.parent().map(Path::to_owned))
            } else {
                self.ws
                    .as_ref()
                    .and_then(|w| w.path.as_ref())
                    .and_then(|p| p.parent())
                    .map(Path::to_owned)
            };
            let name = match purpose {
                DialogPurpose::SaveAs => Some(
                    self.ws
                        .as_ref()
                        .and_then(|w| w.path.as_ref())
                        .and_then(|p| p.file_name())
                        .map_or_else(
                            || "review.review.ron".to_owned(),
                            |n| n.to_string_lossy().into_owned(),
                        ),
                ),
                DialogPurpose::ExportChart => Some(self.chart_file_name()),
                DialogPurpose::ExportBriefing => Some(self.export.file_name()),
                DialogPurpose::ExportReport => Some(self.report.file_name()),
                DialogPurpose::ExportAggregate => Some(self.aggregate.file_name()),
                DialogPurpose::SavePack => Some(self.pack.file_name()),
                DialogPurpose::SaveDataset => self
                    .built_dataset_path()
                    .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned())),
                DialogPurpose::SaveTemplate => Some(TEMPLATE_NAME.to_owned()),
                DialogPurpose::DatasetBook
                | DialogPurpose::Open
                | DialogPurpose::NewFromDataset
                | DialogPurpose::Merge
                | DialogPurpose::Compare
                | DialogPurpose::AggregateFiles
                | DialogPurpose::AggregateFolder
                | DialogPurpose::ImportReply
                | DialogPurpose::ImportSheet => None,
            };
            self.tasks.file_dialog(purpose, start, name, &self.t);
            // A dialog opened from a question (or from nothing) becomes the flow's state; one
            // opened by a shortcut while a question is on screen leaves the question there.
            if then.is_some() || matches!(self.flow, Flow::Idle) {
                self.flow = Flow::ChoosingPath { purpose, then };
            }
        } else {
            self.show_path_prompt(purpose, None, then);
        }
    }

    pub(super) fn show_path_prompt(
        &mut self,
        purpose: DialogPurpose,
        note: Option<String>,
        then: Option<Pending>,
    ) {
        let text = match (purpose, self.ws.as_ref().and_then(|w| w.path.as_ref())) {
            (DialogPurpose::SaveAs, Some(p)) => p.display().to_string(),
            (DialogPurpose::ExportBriefing, doc) => beside(doc, &self.export.file_name()),
            (DialogPurpose::ExportChart, doc) => beside(doc, &self.chart_file_name()),
            (DialogPurpose::ExportReport, doc) => beside(doc, &self.report.file_name()),
            (DialogPurpose::SavePack, doc) => beside(doc, &self.pack.file_name()),
            (DialogPurpose::SaveDataset, _) => self
                .built_dataset_path()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            (DialogPurpose::SaveTemplate, doc) => beside(doc, TEMPLATE_NAME),
            _ => String::new(),
        };
        self.flow = Flow::TypingPath {
            purpose,
            text,
            note,
            then,
        };
    }

    pub(super) fn start_open(&mut self, path: PathBuf) {
        // A spreadsheet is not a review: say which menu item takes it (a matrix, a dataset
        // workbook), rather than that it is not UTF-8 text.
        let spreadsheet = path.extension().and_then(|e| e.to_str()).is_some_and(|e| {
            ["xlsx", "xls", "xlsb", "ods", "csv"]
                .iter()
                .any(|x| e.eq_ignore_ascii_case(x))
        });
        if spreadsheet {
            self.error(&crate::problem::Problem::file_error(
                &path,
                msg!("open-spreadsheet"),
            ));
            return;
        }
        // Reopening our own file: let go of its lock, or we would find it held (by us).
        if let Some(ws) = &mut self.ws
            && ws.path.as_deref() == Some(path.as_path())
        {
            ws.release_lock();
        }
        self.tasks.open(path, self.settings.editor());
    }

    /// Saves to `path` on a worker thread; `then` runs when it is written.
    fn start_save(&mut self, path: PathBuf, then: Option<Pending>) {
        self.flush_drafts();
        let Some(ws) = &mut self.ws else { return };
        // A missing folder or a folder given as the file: said in the window's language, naming
        // the path, before anything is tried (as for exports).
        let place = crate::export::output::check_place(&path).map_err(|e| e.to_problem(&self.t));
        if let Err(p) = place.and_then(|()| ws.prepare_save(&path)) {
            self.error(&p);
            return;
        }
        match ws.canonical_text() {
            Ok(text) => {
                self.tasks.save(path, text, ws.revision());
                if let Some(then) = then {
                    self.flow = Flow::Saving { then };
                }
            }
            Err(p) => self.error(&p),
        }
    }

    /// Saves to the review's own file, or asks where when it has none or is read-only; `then`
    /// runs when it is written.
    pub(super) fn save(&mut self, then: Option<Pending>) {
        let Some(ws) = &self.ws else { return };
        match (&ws.path, &ws.read_only) {
            (Some(path), None) => self.start_save(path.clone(), then),
            _ => self.ask_path(DialogPurpose::SaveAs, then),
        }
    }

    /// A path was chosen for `purpose`; `then` runs after a save there.
    pub(super) fn path_chosen(
        &mut self,
        purpose: DialogPurpose,
        path: PathBuf,
        then: Option<Pending>,
    ) {
        match purpose {
            DialogPurpose::Open => self.run_pending(Pending::Open(path)),
            DialogPurpose::NewFromDataset => self.run_pending(Pending::NewFromDataset(path)),
            DialogPurpose::SaveAs => {
                let path = if path.extension().is_none() {
                    path.with_extension("review.ron")
                } else {
                    path
                };
                self.start_save(path, then);
            }
            DialogPurpose::ExportChart => {
                let path = if path.extension().is_none() {
                    path.with_extension("png")
                } else {
                    path
                };
                self.start_export(path);
            }
            DialogPurpose::ExportBriefing => self.start_briefing(path),
            DialogPurpose::Merge => self.start_merge(path),
            DialogPurpose::Compare => self.tasks.read_review(path),
            DialogPurpose::ExportReport => self.write_report(path),
            DialogPurpose::SavePack => self.start_pack(path),
            DialogPurpose::ImportReply => self.start_import_reply(path),
            DialogPurpose::ImportSheet => self.start_read_sheet(path),
            DialogPurpose::DatasetBook => self.tasks.build_dataset(path),
            DialogPurpose::SaveDataset => self.save_built_dataset(path),
            DialogPurpose::SaveTemplate => self.start_template(path),
            DialogPurpose::AggregateFiles | DialogPurpose::AggregateFolder => {
                self.tasks.aggregate(vec![path]);
            }
            DialogPurpose::ExportAggregate => self.write_aggregate(path),
        }
    }

    /// The unsaved-changes question was answered.
    pub(super) fn answer_guard(&mut self, choice: GuardChoice) {
        let then = match std::mem::take(&mut self.flow) {
            Flow::AskingToSave { then } => Some(then),
            _ => None,
        };
        match choice {
            GuardChoice::Cancel => {}
            GuardChoice::Discard => {
                if let Some(then) = then {
                    self.discard_recovery();
                    self.run_pending(then);
                }
            }
            GuardChoice::Save => self.save(then),
        }
    }

    /// The in-app path field was answered (`None`: cancelled).
    pub(super) fn path_entered(&mut self, purpose: DialogPurpose, path: Option<PathBuf>) {
        let then = match &self.flow {
            Flow::TypingPath { .. } => self.flow.take_waiting(),
            _ => None,
        };
        let Some(path) = path else { return };
        // Several replies may be typed at once, separated by ";".
        let text = path.to_string_lossy().into_owned();
        if purpose == DialogPurpose::ImportReply && !path.exists() && text.contains(';') {
            let mut paths = text
                .split(';')
                .map(str::trim)
                .filter(|p| !p.is_empty())
                .map(PathBuf::from);
            if let Some(first) = paths.next() {
                self.reply_queue.extend(paths);
                self.path_chosen(purpose, first, then);
            }
            return;
        }
        self.path_chosen(purpose, path, then);
    }

    /// A native file dialog closed; `instant` (no path, returned at once): probably none could
    /// be shown, so the in-app field is offered instead.
    pub(super) fn dialog_closed(
        &mut self,
        purpose: DialogPurpose,
        path: Option<PathBuf>,
        more: Vec<PathBuf>,
        instant: bool,
    ) {
        let then = match &self.flow {
            Flow::ChoosingPath { .. } => self.flow.take_waiting(),
            _ => None,
        };
        if purpose == DialogPurpose::ImportReply {
            self.reply_queue.extend(more);
        } else if purpose == DialogPurpose::AggregateFiles
            && let Some(first) = &path
            && !more.is_empty()
        {
            let mut inputs = vec![first.clone()];
            inputs.extend(more);
            self.tasks.aggregate(inputs);
            return;
        }
        match path {
            Some(path) => self.path_chosen(purpose, path, then),
            None if instant => {
                let note = self.t.tr(key!("no-native-dialog"));
                self.show_path_prompt(purpose, Some(note), then);
            }
            None => {}
        }
    }

    /// A save finished: the action waiting for it runs, or (if it failed) is dropped.
    pub(super) fn save_finished(&mut self, saved: bool) {
        if let Flow::Saving { .. } = self.flow {
            let then = self.flow.take_waiting();
            if saved && let Some(then) = then {
                self.run_pending(then);
            }
        }
    }

    /// The recovery offer was answered.
    pub(super) fn answer_recovery(&mut self, recover: bool) {
        if !matches!(self.flow, Flow::OfferingRecovery { .. }) {
            return;
        }
        if let Flow::OfferingRecovery { review, from, .. } = std::mem::take(&mut self.flow) {
            if recover {
                if let Some(ws) = &mut self.ws {
                    ws.recover(*review);
                }
                self.cache.clear();
                self.drafts.clear();
            } else {
                crate::workspace::remove_recovery(&from);
            }
        }
    }
}

/// `name` in the folder of the open document (`doc`), or as it is without one: the path the
/// in-app prompt suggests for an export.
/// The name offered for the dataset template workbook.
const TEMPLATE_NAME: &str = "dataset-template.xlsx";

fn beside(doc: Option<&std::path::PathBuf>, name: &str) -> String {
    let dir = doc
        .and_then(|p| p.parent())
        .map(Path::to_owned)
        .unwrap_or_default();
    dir.join(name).display().to_string()
}
