//! Work that must not freeze a frame — file dialogs, loading, saving, autosave — runs on named
//! threads; results come back through a channel and wake the window.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

use crate::i18n::Translator;
use crate::io::{self, LoadError};
use crate::problem::Problem;
use crate::workspace::Workspace;

/// What a file dialog is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DialogPurpose {
    /// Open a review or dataset.
    Open,
    /// Pick a dataset for a new review.
    NewFromDataset,
    /// Choose where to save.
    SaveAs,
    /// Choose where to write a chart.
    ExportChart,
    /// Choose where to write the briefing.
    ExportBriefing,
    /// Pick a colleague's copy of the review to merge in.
    Merge,
    /// Pick another review to compare the open one with.
    Compare,
    /// Choose where to write the report on screen (comparison, changes since).
    ExportReport,
    /// Choose where to write an input pack.
    SavePack,
    /// Pick a ministry's filled-in pack.
    ImportReply,
    /// Pick a delegation's existing matrix (XLSX, XLS, ODS, CSV).
    ImportSheet,
    /// Pick a workbook to build a dataset from.
    DatasetBook,
    /// Choose where to save the dataset built from a workbook.
    SaveDataset,
    /// Choose where to write the dataset template workbook.
    SaveTemplate,
    /// Pick several delegations' reviews to aggregate.
    AggregateFiles,
    /// Pick a folder of delegations' reviews to aggregate.
    AggregateFolder,
    /// Choose where to write the aggregate briefing or long table.
    ExportAggregate,
}

impl DialogPurpose {
    /// Message key of the dialog's and the in-app path prompt's title.
    #[must_use]
    pub fn title_key(self) -> &'static str {
        match self {
            Self::Open => key!("dialog-open"),
            Self::NewFromDataset => key!("dialog-new-from-dataset"),
            Self::SaveAs => key!("dialog-save-as"),
            Self::ExportChart => key!("dialog-export-chart"),
            Self::ExportBriefing => key!("dialog-export-briefing"),
            Self::Merge => key!("dialog-merge"),
            Self::Compare => key!("dialog-compare"),
            Self::ExportReport => key!("dialog-export-report"),
            Self::SavePack => key!("dialog-save-pack"),
            Self::ImportReply => key!("dialog-import-reply"),
            Self::ImportSheet => key!("dialog-import-sheet"),
            Self::DatasetBook => key!("dialog-dataset-book"),
            Self::SaveDataset => key!("dialog-save-dataset"),
            Self::SaveTemplate => key!("dialog-save-template"),
            Self::AggregateFiles => key!("dialog-aggregate-files"),
            Self::AggregateFolder => key!("dialog-aggregate-folder"),
            Self::ExportAggregate => key!("dialog-export-aggregate"),
        }
    }
}

/// A kind of background work, as counted while it runs (the status bar names the first one
/// running; a second task of a kind that is running is refused where that matters).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TaskKind {
    /// A native file dialog is open.
    Dialog,
    /// A file is being opened (or a new review of a dataset file started).
    Open,
    /// The review is being saved.
    Save,
    /// The recovery file is being written.
    Autosave,
    /// A chart is being written.
    ChartExport,
    /// The briefing is being written.
    Briefing,
    /// A colleague's copy is being read and merged.
    Merge,
    /// Another review is being read for a comparison, or a report is being written.
    Report,
}

impl TaskKind {
    /// The name of its worker thread.
    #[must_use]
    pub fn thread_name(self) -> &'static str {
        match self {
            Self::Dialog => "poa-dialog",
            Self::Open => "poa-open",
            Self::Save => "poa-save",
            Self::Autosave => "poa-autosave",
            Self::ChartExport => "poa-export",
            Self::Briefing => "poa-briefing",
            Self::Merge => "poa-merge",
            Self::Report => "poa-report",
        }
    }
}

/// A finished piece of background work.
pub enum TaskResult {
    /// A file dialog closed. `None` with `instant` set: probably no dialog could be shown.
    Dialog {
        /// What it was for.
        purpose: DialogPurpose,
        /// The chosen path.
        path: Option<PathBuf>,
        /// Further files chosen, where the dialog lets several be picked (replies).
        more: Vec<PathBuf>,
        /// Whether it returned so fast that no dialog was likely shown.
        instant: bool,
    },
    /// A file was opened (or failed to).
    Opened {
        /// The file.
        path: PathBuf,
        /// The workspace, or why not.
        result: Result<Box<Workspace>, LoadError>,
    },
    /// A save finished.
    Saved {
        /// Where.
        path: PathBuf,
        /// Which revision was written.
        revision: u64,
        /// Success, or the problem.
        result: Result<(), Problem>,
    },
    /// An autosave to the recovery file finished.
    Autosaved(Result<(), Problem>),
    /// A briefing was exported.
    BriefingExported(Result<crate::export::Written, Problem>),
    /// A colleague's copy was read and merged with the open review (or could not be).
    Merged {
        /// The colleague's file.
        path: PathBuf,
        /// The name the merge goes under (the file's, or the ministry's and the file's).
        label: String,
        /// What it is: a colleague's review, a ministry's reply, a matrix.
        source: crate::ui::merge_view::MergeSource,
        /// The merge, or why not (unreadable, invalid, of another dataset).
        result: Result<Box<crate::merge::Merge>, LoadError>,
    },
    /// A matrix's cells were read for the mapping screen (or could not be).
    SheetRead {
        /// The file.
        path: PathBuf,
        /// Its sheets, or why not.
        result: Result<Box<crate::sheets::matrix::MatrixBook>, Problem>,
    },
    /// A workbook was read as a dataset (or could not be).
    DatasetBuilt {
        /// The workbook.
        path: PathBuf,
        /// The dataset and its warnings, or every problem found.
        result: Result<Box<crate::sheets::book::Built>, crate::sheets::book::BookError>,
    },
    /// A dataset built from a workbook was written.
    DatasetWritten {
        /// Where.
        path: PathBuf,
        /// Success, or the problem.
        result: Result<(), Problem>,
    },
    /// Many reviews were read as an aggregate (or could not be).
    Aggregated {
        /// The files and folders chosen.
        inputs: Vec<PathBuf>,
        /// The aggregate, or why there is none.
        result: Result<Box<crate::aggregate::Aggregate>, Vec<Problem>>,
    },
    /// Another review was read for a comparison (or could not be).
    Compared {
        /// The other review.
        path: PathBuf,
        /// It, or why not.
        result: Result<Box<crate::model::Review>, LoadError>,
    },
    /// The open review's file and folder were looked at (see [`Tasks::look_at_disk`]).
    DiskLooked {
        /// The review's path.
        path: PathBuf,
        /// What the workspace had last read or written when the look started.
        before: Option<crate::workspace::DiskStamp>,
        /// The file as it is now.
        now: Option<crate::workspace::DiskStamp>,
        /// Conflict copies beside it (see [`io::conflict_copies`]).
        copies: Vec<PathBuf>,
    },
    /// A report (comparison, changes since) was written.
    ReportWritten {
        /// Where.
        path: PathBuf,
        /// Success, or the problem.
        result: Result<(), Problem>,
    },
    /// A chart was exported.
    Exported {
        /// Where.
        path: PathBuf,
        /// The size in pixels, or why not.
        result: Result<(u32, u32), crate::charts::ChartError>,
    },
    /// A file or folder could not be shown with the system's program (see [`Tasks::show_file`]).
    ShowFailed {
        /// The file or folder.
        path: PathBuf,
        /// The program that was to show it.
        program: String,
        /// What went wrong.
        failure: ShowFailure,
    },
}

/// Why a file or folder could not be shown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShowFailure {
    /// The program is not installed.
    NotFound,
    /// The program could not be started for another reason.
    NotStarted(String),
    /// The program ended with this exit code (`xdg-open` says 3 when no program for the kind
    /// of file is installed, 4 when the one found failed).
    Exit(i32),
    /// The program was stopped by a signal.
    Stopped,
}

/// The program that shows a file or folder with the system's program for it.
#[must_use]
pub fn system_opener() -> &'static str {
    if cfg!(target_os = "windows") {
        "explorer"
    } else if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    }
}

/// Runs `program path` and waits for it, so that it never lingers as a defunct process; says
/// why not when it could not show the file. `explorer` ends with 1 even when it worked, so on
/// Windows only a failure to start counts.
fn show_with(program: &str, path: &std::path::Path) -> Result<(), ShowFailure> {
    let mut child = std::process::Command::new(program)
        .arg(path)
        .stdin(std::process::Stdio::null())
        .spawn()
        .map_err(|e| {
            if e.kind() == std::io::ErrorKind::NotFound {
                ShowFailure::NotFound
            } else {
                ShowFailure::NotStarted(e.to_string())
            }
        })?;
    let status = child
        .wait()
        .map_err(|e| ShowFailure::NotStarted(e.to_string()))?;
    if status.success() || cfg!(target_os = "windows") {
        return Ok(());
    }
    Err(status
        .code()
        .map_or(ShowFailure::Stopped, ShowFailure::Exit))
}

/// The background workers and the channel their results come back on.
pub struct Tasks {
    tx: Sender<TaskResult>,
    rx: Receiver<TaskResult>,
    /// The tasks running, by kind, for the progress display.
    running: Vec<TaskKind>,
    /// The file being opened and how far that has come, for the loading screen.
    pub loading: Option<(PathBuf, std::sync::Arc<io::LoadProgress>)>,
    ctx: egui::Context,
}

/// Dialogs that return faster than this were probably never shown (no portal, no zenity).
const INSTANT: Duration = Duration::from_millis(300);

impl Tasks {
    /// Workers that wake `ctx` when done.
    #[must_use]
    pub fn new(ctx: egui::Context) -> Self {
        let (tx, rx) = channel();
        Self {
            tx,
            rx,
            running: Vec::new(),
            loading: None,
            ctx,
        }
    }

    /// The one place where the window starts a worker thread.
    #[expect(
        clippy::disallowed_methods,
        reason = "the task module is where worker threads are started"
    )]
    fn spawn(&mut self, kind: TaskKind, work: impl FnOnce() -> TaskResult + Send + 'static) {
        let tx = self.tx.clone();
        let ctx = self.ctx.clone();
        self.running.push(kind);
        let spawned = std::thread::Builder::new()
            .name(kind.thread_name().to_owned())
            .spawn(move || {
                tx.send(work()).ok();
                ctx.request_repaint();
            });
        if let Err(e) = spawned {
            log::error!("could not start a worker thread: {e}");
            self.running.retain(|k| *k != kind);
        }
    }

    /// Shows a native file dialog on a worker thread.
    pub fn file_dialog(
        &mut self,
        purpose: DialogPurpose,
        start_dir: Option<PathBuf>,
        file_name: Option<String>,
        t: &Translator,
    ) {
        // Texts are looked up here: the translator stays on the UI thread.
        let title = t.tr(purpose.title_key());
        let filters: Vec<(String, &'static [&'static str])> = match purpose {
            DialogPurpose::Open => vec![
                (t.tr(key!("filter-reviews-datasets")), &["ron"]),
                (t.tr(key!("filter-all-files")), &["*"]),
            ],
            DialogPurpose::NewFromDataset | DialogPurpose::SaveDataset => {
                vec![(t.tr(key!("filter-datasets")), &["ron"])]
            }
            DialogPurpose::SaveAs
            | DialogPurpose::Merge
            | DialogPurpose::Compare
            | DialogPurpose::AggregateFiles => {
                vec![(t.tr(key!("filter-reviews")), &["ron"])]
            }
            DialogPurpose::AggregateFolder => Vec::new(),
            DialogPurpose::ExportAggregate => vec![(
                t.tr(key!("filter-aggregate")),
                &["pdf", "docx", "html", "xlsx", "csv"],
            )],
            DialogPurpose::ExportReport => vec![(
                t.tr(key!("filter-report")),
                &["html", "pdf", "docx", "xlsx", "md"],
            )],
            DialogPurpose::ExportChart => vec![
                (t.tr(key!("filter-png")), &["png"]),
                (t.tr(key!("filter-svg")), &["svg"]),
            ],
            DialogPurpose::ExportBriefing => vec![(
                t.tr(key!("filter-briefing")),
                &["pdf", "docx", "html", "md", "xlsx", "csv"],
            )],
            DialogPurpose::SavePack | DialogPurpose::SaveTemplate => {
                vec![(t.tr(key!("filter-workbooks")), &["xlsx"])]
            }
            DialogPurpose::ImportReply => vec![
                (t.tr(key!("filter-workbooks")), &["xlsx", "xls", "ods"]),
                (t.tr(key!("filter-all-files")), &["*"]),
            ],
            DialogPurpose::DatasetBook => vec![
                (
                    t.tr(key!("filter-workbooks")),
                    &["xlsx", "xls", "xlsb", "ods"],
                ),
                (t.tr(key!("filter-all-files")), &["*"]),
            ],
            DialogPurpose::ImportSheet => vec![
                (
                    t.tr(key!("filter-spreadsheets")),
                    &["xlsx", "xls", "ods", "csv"],
                ),
                (t.tr(key!("filter-all-files")), &["*"]),
            ],
        };
        self.spawn(TaskKind::Dialog, move || {
            let mut d = rfd::FileDialog::new().set_title(title);
            for (name, extensions) in &filters {
                d = d.add_filter(name, extensions);
            }
            if let Some(dir) = start_dir {
                d = d.set_directory(dir);
            }
            if let Some(name) = file_name {
                d = d.set_file_name(name);
            }
            let started = Instant::now();
            let mut more = Vec::new();
            let path = match purpose {
                DialogPurpose::AggregateFolder => d.pick_folder(),
                DialogPurpose::ImportReply | DialogPurpose::AggregateFiles => {
                    d.pick_files().and_then(|mut files| {
                        let first = (!files.is_empty()).then(|| files.remove(0));
                        more = files;
                        first
                    })
                }
                DialogPurpose::SaveAs
                | DialogPurpose::ExportChart
                | DialogPurpose::ExportBriefing
                | DialogPurpose::ExportReport
                | DialogPurpose::ExportAggregate
                | DialogPurpose::SavePack
                | DialogPurpose::SaveDataset
                | DialogPurpose::SaveTemplate => d.save_file(),
                DialogPurpose::Open
                | DialogPurpose::NewFromDataset
                | DialogPurpose::Merge
                | DialogPurpose::Compare
                | DialogPurpose::ImportSheet
                | DialogPurpose::DatasetBook => d.pick_file(),
            };
            let instant = path.is_none() && started.elapsed() < INSTANT;
            TaskResult::Dialog {
                purpose,
                path,
                more,
                instant,
            }
        });
    }

    /// Opens a file on a worker thread.
    pub fn open(&mut self, path: PathBuf, editor: String) {
        let progress = std::sync::Arc::new(io::LoadProgress::default());
        self.loading = Some((path.clone(), progress.clone()));
        self.spawn(TaskKind::Open, move || {
            let result = Workspace::open_with_progress(&path, &editor, &progress).map(Box::new);
            TaskResult::Opened { path, result }
        });
    }

    /// Starts a new review of a dataset file on a worker thread.
    pub fn new_from_dataset(&mut self, path: PathBuf, editor: String) {
        let progress = std::sync::Arc::new(io::LoadProgress::default());
        self.loading = Some((path.clone(), progress.clone()));
        self.spawn(TaskKind::Open, move || {
            let result = Workspace::new_from_dataset_file_with_progress(&path, &editor, &progress)
                .map(Box::new);
            TaskResult::Opened { path, result }
        });
    }

    /// Writes a review's text atomically on a worker thread.
    pub fn save(&mut self, path: PathBuf, text: String, revision: u64) {
        self.spawn(TaskKind::Save, move || {
            let result = io::write_atomic(&path, text.as_bytes());
            TaskResult::Saved {
                path,
                revision,
                result,
            }
        });
    }

    /// Writes the recovery file on a worker thread.
    pub fn autosave(&mut self, path: PathBuf, text: String) {
        self.spawn(TaskKind::Autosave, move || {
            if let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).ok();
            }
            // A recovery file is itself the backup: it keeps no `.bak` of its own (one that
            // earlier versions left is ours, and goes).
            TaskResult::Autosaved(io::write_export(&path, text.as_bytes(), &|_| true))
        });
    }

    /// Shows a file or folder with `program` (see [`system_opener`]) on a thread of its own,
    /// which waits for the program to end (a viewer may stay open for hours, so this is not
    /// counted as running work) and reports only a failure.
    #[expect(
        clippy::disallowed_methods,
        reason = "the task module is where worker threads are started"
    )]
    pub fn show_file(&self, path: PathBuf, program: String) {
        let tx = self.tx.clone();
        let ctx = self.ctx.clone();
        let (p, prog) = (path.clone(), program.clone());
        let spawned = std::thread::Builder::new()
            .name("poa_show".to_owned())
            .spawn(move || {
                if let Err(failure) = show_with(&prog, &p) {
                    tx.send(TaskResult::ShowFailed {
                        path: p,
                        program: prog,
                        failure,
                    })
                    .ok();
                    ctx.request_repaint();
                }
            });
        if let Err(e) = spawned {
            self.tx
                .send(TaskResult::ShowFailed {
                    path,
                    program,
                    failure: ShowFailure::NotStarted(e.to_string()),
                })
                .ok();
        }
    }

    /// Looks at the open review's file (changed by another program?) and its folder (conflict
    /// copies from a synced folder, where a network folder may take seconds to list) on a
    /// thread of its own. Not counted as running work: it is not the reviewer's, and runs every
    /// few seconds.
    #[expect(
        clippy::disallowed_methods,
        reason = "the task module is where worker threads are started"
    )]
    pub fn look_at_disk(&self, path: PathBuf, before: Option<crate::workspace::DiskStamp>) {
        let tx = self.tx.clone();
        let ctx = self.ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("poa_disk".to_owned())
            .spawn(move || {
                let now = crate::workspace::stamp(&path);
                let copies = io::conflict_copies::conflict_copies(&path);
                tx.send(TaskResult::DiskLooked {
                    path,
                    before,
                    now,
                    copies,
                })
                .ok();
                ctx.request_repaint();
            });
        if let Err(e) = spawned {
            log::warn!("could not look at the review's file: {e}");
        }
    }

    /// Writes a chart on a worker thread.
    pub fn export_chart(
        &mut self,
        path: PathBuf,
        chart: crate::charts::Chart,
        dataset: crate::model::Dataset,
        review: crate::model::Review,
        (w, h, scale): (u32, u32, f64),
    ) {
        self.spawn(TaskKind::ChartExport, move || {
            let data = crate::charts::ChartData {
                dataset: &dataset,
                review: Some(&review),
            };
            let result = crate::charts::export(&path, &chart, data, w, h, scale);
            TaskResult::Exported { path, result }
        });
    }

    /// Reads a colleague's copy of the review and merges it with ours on a worker thread.
    pub fn merge(
        &mut self,
        path: PathBuf,
        dataset: crate::model::Dataset,
        mine: crate::model::Review,
    ) {
        self.spawn(TaskKind::Merge, move || {
            let result = io::load_review(&path, None).and_then(|theirs| {
                crate::merge::merge(&dataset, &mine, &theirs.doc, None)
                    .map(Box::new)
                    .map_err(|e| LoadError::Invalid(vec![Problem::file_error(&path, e.message())]))
            });
            let label = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            TaskResult::Merged {
                path,
                label,
                source: crate::ui::merge_view::MergeSource::Colleague,
                result,
            }
        });
    }

    /// Reads a ministry's filled-in pack and merges its changes since the pack was sent with
    /// ours, on a worker thread.
    pub fn import_reply(
        &mut self,
        path: PathBuf,
        dataset: crate::model::Dataset,
        mine: crate::model::Review,
    ) {
        self.spawn(TaskKind::Merge, move || {
            let (label, result) = match crate::sheets::Reply::read(&path, &dataset, &mine) {
                Ok(reply) => {
                    let merged = reply
                        .merge(&dataset, &mine, jiff::Timestamp::now())
                        .map(Box::new)
                        .map_err(|e| {
                            LoadError::Invalid(vec![Problem::file_error(&path, e.message())])
                        });
                    (reply.label(), merged)
                }
                Err(e) => (String::new(), Err(LoadError::Invalid(e.0))),
            };
            TaskResult::Merged {
                path,
                label,
                source: crate::ui::merge_view::MergeSource::Reply,
                result,
            }
        });
    }

    /// Reads the first sheet of a matrix on a worker thread, for the mapping screen.
    pub fn read_sheet(&mut self, path: PathBuf) {
        self.spawn(TaskKind::Merge, move || {
            let result = crate::sheets::matrix::MatrixBook::read(&path).map(Box::new);
            TaskResult::SheetRead { path, result }
        });
    }

    /// Makes the review with a matrix's values and merges it with ours on a worker thread:
    /// the merge screen is the dry run, "Apply merge" the one step.
    pub fn import_matrix(
        &mut self,
        path: PathBuf,
        matrix: crate::sheets::matrix::Matrix,
        dataset: crate::model::Dataset,
        mine: crate::model::Review,
    ) {
        self.spawn(TaskKind::Merge, move || {
            let label = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            let theirs = matrix.theirs(&dataset, &mine, &label, jiff::Timestamp::now());
            let result = crate::merge::merge(&dataset, &mine, &theirs, Some(&mine))
                .map(Box::new)
                .map_err(|e| LoadError::Invalid(vec![Problem::file_error(&path, e.message())]));
            TaskResult::Merged {
                path,
                label,
                source: crate::ui::merge_view::MergeSource::Matrix,
                result,
            }
        });
    }

    /// Writes an input pack on a worker thread.
    pub fn write_pack(
        &mut self,
        path: PathBuf,
        dataset: crate::model::Dataset,
        review: crate::model::Review,
        options: crate::sheets::PackOptions,
    ) {
        self.spawn(TaskKind::Report, move || {
            let result = crate::sheets::pack::write(&dataset, &review, &options)
                .map_err(|e| Problem::file_error(&path, e.message()))
                .and_then(|bytes| io::write_export(&path, &bytes, &|_| false));
            TaskResult::ReportWritten { path, result }
        });
    }

    /// Reads a workbook as a dataset and checks it on a worker thread.
    pub fn build_dataset(&mut self, path: PathBuf) {
        self.spawn(TaskKind::Report, move || {
            let result = crate::sheets::book::read(&path).map(Box::new);
            TaskResult::DatasetBuilt { path, result }
        });
    }

    /// Writes a dataset (built from a workbook) atomically on a worker thread.
    pub fn save_dataset(&mut self, path: PathBuf, dataset: crate::model::Dataset) {
        self.spawn(TaskKind::Save, move || {
            let result = io::save_document(&path, &dataset);
            TaskResult::DatasetWritten { path, result }
        });
    }

    /// Writes the dataset template workbook on a worker thread.
    pub fn write_template(&mut self, path: PathBuf, lang: crate::i18n::Language) {
        self.spawn(TaskKind::Report, move || {
            let result = crate::sheets::book::template(lang)
                .map_err(|e| Problem::file_error(&path, e.message()))
                .and_then(|bytes| io::write_export(&path, &bytes, &|_| false));
            TaskResult::ReportWritten { path, result }
        });
    }

    /// Reads another review for a comparison on a worker thread.
    pub fn read_review(&mut self, path: PathBuf) {
        self.spawn(TaskKind::Report, move || {
            let result = io::load_review(&path, None).map(|l| Box::new(l.doc));
            TaskResult::Compared { path, result }
        });
    }

    /// Renders a report and writes it on a worker thread (atomically, no `.bak`: a report is
    /// handed on).
    pub fn write_report(
        &mut self,
        path: PathBuf,
        report: crate::report::Report,
        format: crate::report::ReportFormat,
        lang: crate::i18n::Language,
    ) {
        self.spawn(TaskKind::Report, move || {
            let result = report
                .render(format, lang)
                .map_err(|e| {
                    Problem::file_error(&path, msg!("report-failed", reason = e.to_string()))
                })
                .and_then(|bytes| io::write_export(&path, &bytes, &|_| false));
            TaskResult::ReportWritten { path, result }
        });
    }

    /// Reads many reviews as an aggregate on a worker thread (see [`crate::aggregate::open`]).
    pub fn aggregate(&mut self, inputs: Vec<PathBuf>) {
        self.spawn(TaskKind::Report, move || {
            let result = crate::aggregate::open(&inputs, None).map(Box::new);
            TaskResult::Aggregated { inputs, result }
        });
    }

    /// Writes the aggregate briefing (PDF, Word, HTML, Markdown) or the long table (CSV,
    /// Excel) on a worker thread.
    pub fn write_aggregate(
        &mut self,
        path: PathBuf,
        aggregate: std::sync::Arc<crate::aggregate::Aggregate>,
        format: crate::export::Format,
        lang: crate::i18n::Language,
    ) {
        self.spawn(TaskKind::Report, move || {
            let result = crate::export::aggregate::render(&aggregate, format, lang)
                .map_err(|reason| {
                    Problem::file_error(&path, msg!("export-failed", reason = reason))
                })
                .and_then(|bytes| io::write_export(&path, &bytes, &|_| false));
            TaskResult::ReportWritten { path, result }
        });
    }

    /// Writes the briefing on a worker thread, reporting progress in thousandths.
    pub fn export_briefing(
        &mut self,
        path: PathBuf,
        format: crate::export::Format,
        dataset: crate::model::Dataset,
        review: crate::model::Review,
        options: crate::export::Options,
        progress: std::sync::Arc<std::sync::atomic::AtomicU32>,
    ) {
        progress.store(0, std::sync::atomic::Ordering::Relaxed);
        let ctx = self.ctx.clone();
        self.spawn(TaskKind::Briefing, move || {
            let report = |f: f32| {
                #[expect(
                    clippy::cast_possible_truncation,
                    clippy::cast_sign_loss,
                    reason = "a fraction in thousandths"
                )]
                progress.store(
                    (f.clamp(0.0, 1.0) * 1000.0) as u32,
                    std::sync::atomic::Ordering::Relaxed,
                );
                ctx.request_repaint();
            };
            TaskResult::BriefingExported(crate::export::export_owned(
                &path, format, dataset, review, &options, &report,
            ))
        });
    }

    /// Results that have arrived.
    pub fn poll(&mut self) -> Vec<TaskResult> {
        let results: Vec<TaskResult> = self.rx.try_iter().collect();
        for r in &results {
            let kind = match r {
                TaskResult::Dialog { .. } => TaskKind::Dialog,
                TaskResult::Opened { .. } => TaskKind::Open,
                TaskResult::Saved { .. } | TaskResult::DatasetWritten { .. } => TaskKind::Save,
                TaskResult::Autosaved(_) => TaskKind::Autosave,
                TaskResult::Exported { .. } => TaskKind::ChartExport,
                TaskResult::BriefingExported(_) => TaskKind::Briefing,
                TaskResult::Merged { .. } | TaskResult::SheetRead { .. } => TaskKind::Merge,
                TaskResult::Compared { .. }
                | TaskResult::Aggregated { .. }
                | TaskResult::ReportWritten { .. }
                | TaskResult::DatasetBuilt { .. } => TaskKind::Report,
                TaskResult::ShowFailed { .. } | TaskResult::DiskLooked { .. } => continue,
            };
            if let Some(i) = self.running.iter().position(|k| *k == kind) {
                self.running.remove(i);
            }
            if kind == TaskKind::Open {
                self.loading = None;
            }
        }
        results
    }

    /// Whether a task of this kind is running.
    #[must_use]
    pub fn is_running(&self, kind: TaskKind) -> bool {
        self.running.contains(&kind)
    }

    /// Whether any background work is running.
    #[must_use]
    pub fn is_busy(&self) -> bool {
        !self.running.is_empty()
    }

    /// The task that started first among those running (the status bar names it).
    #[must_use]
    pub fn first_running(&self) -> Option<TaskKind> {
        self.running.first().copied()
    }
}
