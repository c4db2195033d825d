//! The application: owns the open review and the view state, draws the panels, and applies the
//! commands they emit after each frame — the one place where the document changes, where undo
//! and redo live, and where the unsaved-changes mark is kept.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::command::{Command, GuardChoice};
use super::commands::{self, MenuCommand};
use super::detail_panel::DetailState;
use super::state::{Cache, Drafts, Selection, ViewState};
use super::tasks::{DialogPurpose, TaskResult, Tasks};
use super::{dialogs, layout, theme};
use crate::edit::{Edit, NarrativePart};
use crate::i18n::Translator;
use crate::io::{self, LoadError};
use crate::model::{Field, Review, Subject};
use crate::problem::{Level, Problem};
use crate::settings::Settings;
use crate::workspace::{Workspace, recovery_path};

/// How often unsaved changes are written to the recovery file.
pub const AUTOSAVE_EVERY: Duration = Duration::from_secs(30);
/// How often the file on disk is checked for changes made behind our back.
const DISK_CHECK_EVERY: Duration = Duration::from_secs(2);

/// How the application starts.
#[derive(Clone, Debug)]
pub struct StartOptions {
    /// A file to open; without one, a new review of the built-in sample.
    pub file: Option<PathBuf>,
    /// Where settings are kept (`None`: not kept, as in tests).
    pub settings_path: Option<PathBuf>,
    /// Where recovery files of untitled reviews go.
    pub data_dir: PathBuf,
    /// Override the native-dialog setting (tests use the in-app path field).
    pub native_dialogs: Option<bool>,
    /// The interface language, overriding the settings and the system (tests pin it).
    pub language: Option<String>,
    /// Close the window after this many frames with the document loaded (start-up and memory
    /// measurements; `POA_REVIEW_EXIT_AFTER_FRAMES`).
    pub exit_after_frames: Option<u32>,
}

impl Default for StartOptions {
    fn default() -> Self {
        Self {
            file: None,
            settings_path: Settings::default_path(),
            data_dir: Settings::data_dir(),
            native_dialogs: None,
            language: None,
            exit_after_frames: std::env::var("POA_REVIEW_EXIT_AFTER_FRAMES")
                .ok()
                .and_then(|v| v.parse().ok()),
        }
    }
}

/// The name of the open review for titles and questions: its file name, or "Untitled review".
#[must_use]
pub fn display_name(ws: &Workspace, t: &Translator) -> String {
    if ws.path.is_some() {
        ws.display_name()
    } else {
        t.tr(key!("untitled-review"))
    }
}

/// A message in the message area.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// Error, warning (or information, as a warning without file).
    pub level: Level,
    /// The text, with file, line and column where there is one.
    pub text: String,
}

/// An action waiting for the unsaved-changes question or a save.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Pending {
    /// Ask for a file to open.
    AskOpen,
    /// Ask for a dataset for a new review.
    AskNewFromDataset,
    /// Open this file.
    Open(PathBuf),
    /// New review of the built-in sample.
    NewFromSample,
    /// New review of this dataset file.
    NewFromDataset(PathBuf),
    /// Close the review.
    Close,
    /// Quit.
    Quit,
}

/// A modal question on screen.
#[derive(Debug)]
pub enum Dialog {
    /// Save, discard or cancel before `pending`.
    Guard,
    /// Type a path (when no native dialog is available or wanted).
    PathPrompt {
        /// What for.
        purpose: DialogPurpose,
        /// The text typed.
        text: String,
        /// Why the prompt is shown instead of a dialog.
        note: Option<String>,
    },
    /// Offer to recover unsaved changes from an autosave.
    Recovery {
        /// The recovered review.
        review: Box<Review>,
        /// The recovery file.
        from: PathBuf,
        /// When it was written.
        when: String,
    },
}

/// The poa-review window.
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent flags of the window's state"
)]
pub struct PoaApp {
    /// The open review, if any.
    pub ws: Option<Workspace>,
    /// Selection, filter, languages.
    pub view: ViewState,
    /// Derived data.
    pub cache: Cache,
    /// Text being typed.
    pub drafts: Drafts,
    /// The evidence form.
    pub detail: DetailState,
    /// Settings that outlive the session.
    pub settings: Settings,
    /// Messages (errors, warnings).
    pub messages: Vec<Message>,
    /// The modal question on screen.
    pub dialog: Option<Dialog>,
    /// Whether the shortcuts window is open.
    pub show_shortcuts: bool,
    /// The file changed on disk behind our back.
    pub disk_changed: bool,
    /// Background work.
    pub tasks: Tasks,
    /// Interface strings in the chosen language.
    pub t: Translator,
    /// The Charts view.
    pub charts: super::charts_view::ChartsState,
    /// The Export dialog.
    pub export: super::export_dialog::ExportState,
    /// A short notice for the status bar (a finished export).
    pub notice: Option<String>,
    /// The program that shows an exported file or its folder ("Open the file").
    pub opener: String,
    settings_path: Option<PathBuf>,
    data_dir: PathBuf,
    pending: Option<Pending>,
    resume_after_save: bool,
    last_autosave: Instant,
    last_disk_check: Instant,
    title: String,
    allow_close: bool,
    look_changed: bool,
    exit_after_frames: Option<u32>,
}

impl PoaApp {
    /// Creates the app inside eframe (fonts, theme, settings, first document).
    #[must_use]
    pub fn new(cc: &eframe::CreationContext<'_>, options: StartOptions) -> Self {
        Self::with_context(&cc.egui_ctx, options)
    }

    /// Creates the app for a context (used by [`Self::new`] and by tests).
    #[must_use]
    pub fn with_context(ctx: &egui::Context, options: StartOptions) -> Self {
        super::fonts::install(ctx);
        theme::apply(ctx);
        let (mut settings, settings_problem) = options
            .settings_path
            .as_deref()
            .map_or_else(|| (Settings::default(), None), Settings::load);
        if let Some(native) = options.native_dialogs {
            settings.native_dialogs = native;
        }
        let language = match (&options.language, settings.language.is_empty()) {
            (Some(l), _) => l.clone(),
            (None, true) => crate::i18n::system_language(),
            (None, false) => settings.language.clone(),
        };
        let mut app = Self {
            ws: None,
            view: ViewState::default(),
            cache: Cache::default(),
            drafts: Drafts::default(),
            detail: DetailState::default(),
            settings,
            messages: Vec::new(),
            dialog: None,
            show_shortcuts: false,
            disk_changed: false,
            tasks: Tasks::new(ctx.clone()),
            t: Translator::new("en"),
            charts: super::charts_view::ChartsState::default(),
            export: super::export_dialog::ExportState::default(),
            notice: None,
            opener: super::tasks::system_opener().to_owned(),
            settings_path: options.settings_path,
            data_dir: options.data_dir,
            pending: None,
            resume_after_save: false,
            last_autosave: Instant::now(),
            last_disk_check: Instant::now(),
            title: String::new(),
            allow_close: false,
            look_changed: false,
            exit_after_frames: options.exit_after_frames,
        };
        app.t.set_language(&language);
        app.view.content_lang.clone_from(&language);
        app.charts.chosen.clone_from(&app.settings.chart_indicators);
        app.charts.lang = if language == "zh" {
            "zh".to_owned()
        } else {
            "en".to_owned()
        };
        app.apply_look(ctx);
        if let Some(p) = settings_problem {
            app.warn(p);
        }
        match options.file {
            // Opened in the background: a large file must not hold up the first frame.
            Some(path) => app.start_open(path),
            None => app.new_sample(),
        }
        app
    }

    // ------------------------------------------------------------------------------------
    // Messages

    fn error(&mut self, p: &Problem) {
        self.messages.push(Message {
            level: p.level,
            text: p.to_string(),
        });
    }

    fn warn(&mut self, text: impl Into<String>) {
        self.messages.push(Message {
            level: Level::Warning,
            text: text.into(),
        });
    }

    fn report_load(&mut self, e: &LoadError) {
        for p in e.problems() {
            self.error(p);
        }
    }

    // ------------------------------------------------------------------------------------
    // Documents

    fn new_sample(&mut self) {
        match Workspace::new_sample(&self.settings.editor()) {
            Ok(ws) => self.install_workspace(ws, None),
            Err(e) => self.report_load(&e),
        }
    }

    /// Makes `ws` the open review; offers recovery when an autosave is newer than the file.
    fn install_workspace(&mut self, ws: Workspace, opened: Option<&Path>) {
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
                self.dialog = Some(Dialog::Recovery {
                    review: Box::new(l.doc),
                    from: file,
                    when,
                });
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

    fn save_settings(&mut self) {
        if let Some(path) = &self.settings_path
            && let Err(p) = self.settings.save(path)
        {
            log::warn!("{p}");
        }
    }

    /// Turns typed text into edits (before saving, selecting something else, undoing…).
    fn flush_drafts(&mut self) {
        let Some(ws) = &mut self.ws else { return };
        let now = jiff::Timestamp::now();
        for (subject, field, text) in self.drafts.take_changed() {
            let edit = match (subject, field) {
                (Subject::Commitment(c), Field::Notes) => Edit::Notes {
                    commitment: c,
                    text,
                },
                (Subject::Commitment(c), Field::TalkingPoints) => Edit::TalkingPoints {
                    commitment: c,
                    text,
                },
                (Subject::Group(g), Field::Achievements) => Edit::Narrative {
                    group: g,
                    part: NarrativePart::Achievements,
                    text,
                },
                (Subject::Group(g), Field::Challenges) => Edit::Narrative {
                    group: g,
                    part: NarrativePart::Challenges,
                    text,
                },
                (Subject::Group(g), Field::Priorities) => Edit::Narrative {
                    group: g,
                    part: NarrativePart::Priorities,
                    text,
                },
                _ => continue,
            };
            if let Err(e) = ws.apply(&edit, now) {
                log::warn!("{e}");
            }
        }
    }

    /// Whether the open review has unsaved changes (typed text included).
    #[must_use]
    pub fn is_dirty(&mut self) -> bool {
        self.flush_drafts();
        self.ws.as_ref().is_some_and(Workspace::is_dirty)
    }

    /// Runs `pending` now, or after the unsaved-changes question.
    fn guard(&mut self, pending: Pending) {
        if self.is_dirty() {
            self.pending = Some(pending);
            self.dialog = Some(Dialog::Guard);
        } else {
            self.run_pending(pending);
        }
    }

    fn run_pending(&mut self, pending: Pending) {
        match pending {
            Pending::AskOpen => self.ask_path(DialogPurpose::Open),
            Pending::AskNewFromDataset => self.ask_path(DialogPurpose::NewFromDataset),
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
    fn discard_recovery(&mut self) {
        if let Some(ws) = &self.ws
            && ws.is_dirty()
        {
            crate::workspace::remove_recovery(&ws.recovery_file(&self.data_dir));
        }
    }

    fn ask_path(&mut self, purpose: DialogPurpose) {
        if self.settings.native_dialogs {
            if self.tasks.is_running("dialog") {
                return;
            }
            let start = self
                .ws
                .as_ref()
                .and_then(|w| w.path.as_ref())
                .and_then(|p| p.parent())
                .map(Path::to_owned);
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
                DialogPurpose::Open | DialogPurpose::NewFromDataset => None,
            };
            self.tasks.file_dialog(purpose, start, name, &self.t);
        } else {
            self.show_path_prompt(purpose, None);
        }
    }

    fn show_path_prompt(&mut self, purpose: DialogPurpose, note: Option<String>) {
        let text = match (purpose, self.ws.as_ref().and_then(|w| w.path.as_ref())) {
            (DialogPurpose::SaveAs, Some(p)) => p.display().to_string(),
            (DialogPurpose::ExportBriefing, doc) => {
                let dir = doc
                    .and_then(|p| p.parent())
                    .map(Path::to_owned)
                    .unwrap_or_default();
                dir.join(self.export.file_name()).display().to_string()
            }
            (DialogPurpose::ExportChart, doc) => {
                let dir = doc
                    .and_then(|p| p.parent())
                    .map(Path::to_owned)
                    .unwrap_or_default();
                dir.join(self.chart_file_name()).display().to_string()
            }
            _ => String::new(),
        };
        self.dialog = Some(Dialog::PathPrompt {
            purpose,
            text,
            note,
        });
    }

    fn start_open(&mut self, path: PathBuf) {
        // Reopening our own file: let go of its lock, or we would find it held (by us).
        if let Some(ws) = &mut self.ws
            && ws.path.as_deref() == Some(path.as_path())
        {
            ws.release_lock();
        }
        self.tasks.open(path, self.settings.editor());
    }

    fn start_save(&mut self, path: PathBuf) {
        self.flush_drafts();
        let Some(ws) = &mut self.ws else { return };
        // A missing folder or a folder given as the file: said in the window's language, naming
        // the path, before anything is tried (as for exports).
        let place = crate::export::output::check_place(&path).map_err(|e| e.to_problem(&self.t));
        if let Err(p) = place.and_then(|()| ws.prepare_save(&path)) {
            self.error(&p);
            self.resume_after_save = false;
            self.pending = None;
            return;
        }
        match ws.canonical_text() {
            Ok(text) => self.tasks.save(path, text, ws.revision()),
            Err(p) => self.error(&p),
        }
    }

    fn save(&mut self) {
        let Some(ws) = &self.ws else { return };
        match (&ws.path, &ws.read_only) {
            (Some(path), None) => self.start_save(path.clone()),
            _ => self.ask_path(DialogPurpose::SaveAs),
        }
    }

    // ------------------------------------------------------------------------------------
    // Background results, autosave, disk checks

    fn handle_tasks(&mut self) {
        for result in self.tasks.poll() {
            match result {
                TaskResult::Dialog {
                    purpose,
                    path,
                    instant,
                } => match path {
                    Some(path) => self.path_chosen(purpose, path),
                    None if instant => {
                        self.show_path_prompt(purpose, Some(self.t.tr(key!("no-native-dialog"))));
                    }
                    None => {
                        self.pending = None;
                        self.resume_after_save = false;
                    }
                },
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
                TaskResult::Saved {
                    path,
                    revision,
                    result,
                } => match result {
                    Ok(()) => {
                        if let Some(ws) = &mut self.ws {
                            // An untitled review's autosave lives in the data folder, not
                            // beside the file: it goes too, or the next untitled review
                            // would be offered changes that are saved.
                            let untitled =
                                ws.path.is_none().then(|| ws.recovery_file(&self.data_dir));
                            ws.finish_save(&path, revision);
                            if let Some(r) = untitled {
                                crate::workspace::remove_recovery(&r);
                            }
                        }
                        self.settings.add_recent(&path);
                        self.save_settings();
                        if std::mem::take(&mut self.resume_after_save)
                            && let Some(p) = self.pending.take()
                        {
                            self.run_pending(p);
                        }
                    }
                    Err(p) => {
                        self.error(&p);
                        self.resume_after_save = false;
                        self.pending = None;
                    }
                },
                TaskResult::BriefingExported(result) => match result {
                    Ok(written) => {
                        self.notice = written.files.first().map(|f| {
                            self.t.tr_args(
                                key!("export-done"),
                                &[("path", f.display().to_string().into())],
                            )
                        });
                        self.export.last = written.files;
                    }
                    Err(p) => self.error(&p),
                },
                TaskResult::Exported { path, result } => match result {
                    Ok((w, h)) => {
                        self.notice = Some(self.t.tr_args(
                            key!("chart-written"),
                            &[
                                ("path", path.display().to_string().into()),
                                ("size", format!("{w} × {h}").into()),
                            ],
                        ));
                    }
                    Err(text) => self.messages.push(Message {
                        level: Level::Error,
                        text,
                    }),
                },
                TaskResult::ShowFailed {
                    path,
                    program,
                    failure,
                } => {
                    let text = super::messages::show_failure(&self.t, &path, &program, &failure);
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

    fn path_chosen(&mut self, purpose: DialogPurpose, path: PathBuf) {
        match purpose {
            DialogPurpose::Open => self.run_pending(Pending::Open(path)),
            DialogPurpose::NewFromDataset => self.run_pending(Pending::NewFromDataset(path)),
            DialogPurpose::SaveAs => {
                let path = if path.extension().is_none() {
                    path.with_extension("review.ron")
                } else {
                    path
                };
                self.start_save(path);
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
        }
    }

    /// A file name for the chart on view, from its English title and its language.
    fn chart_file_name(&self) -> String {
        let Some(ws) = &self.ws else {
            return "chart.png".to_owned();
        };
        let mut chart = self.charts.chart(&ws.dataset);
        "en".clone_into(&mut chart.lang);
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
    fn start_briefing(&mut self, path: PathBuf) {
        self.flush_drafts();
        let Some(ws) = &self.ws else { return };
        let format = crate::export::Format::from_path(&path).unwrap_or(self.export.format);
        let path = if crate::export::Format::from_path(&path).is_none() {
            path.with_extension(format.extension())
        } else {
            path
        };
        if let Err(refused) = super::export_dialog::check_output(ws, &path, format) {
            let problem = refused.to_problem(&self.t);
            self.error(&problem);
            return;
        }
        self.export.last.clear();
        let options = self.export.options(ws);
        self.tasks.export_briefing(
            path,
            format,
            ws.dataset.clone(),
            ws.review.clone(),
            options,
            self.export.progress.clone(),
        );
    }

    fn start_export(&mut self, path: PathBuf) {
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

    fn background_checks(&mut self) {
        let Some(ws) = &self.ws else { return };
        if self.last_disk_check.elapsed() >= DISK_CHECK_EVERY {
            self.last_disk_check = Instant::now();
            if !self.tasks.is_running("save") && ws.changed_on_disk() {
                self.disk_changed = true;
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
        if !ws.is_dirty() || ws.read_only.is_some() || self.tasks.is_running("autosave") {
            return;
        }
        match ws.canonical_text() {
            Ok(text) => self.tasks.autosave(ws.recovery_file(&self.data_dir), text),
            Err(p) => self.error(&p),
        }
    }

    // ------------------------------------------------------------------------------------
    // Commands

    /// Applies the commands of a frame, in order.
    pub fn apply(&mut self, commands: Vec<Command>) {
        for c in commands {
            self.apply_one(c);
        }
    }

    fn apply_one(&mut self, command: Command) {
        let now = jiff::Timestamp::now();
        match command {
            Command::Menu(m) => self.menu(m),
            Command::Edit(edit) => {
                self.flush_drafts();
                if let Some(ws) = &mut self.ws
                    && let Err(e) = ws.apply(&edit, now)
                {
                    self.messages.push(Message {
                        level: Level::Error,
                        text: format!("{} {e}", self.t.tr(key!("edit-failed"))),
                    });
                }
            }
            Command::SelectCommitment(id) => {
                self.flush_drafts();
                self.detail = DetailState::default();
                self.view.selection = Selection::Commitment(id);
            }
            Command::SelectGroup { group, section } => {
                self.flush_drafts();
                self.view.filter.group.clone_from(&group);
                self.view.filter.section = section;
                self.view.selection = group.map_or(Selection::None, Selection::Group);
            }
            Command::OpenPath(path) => self.guard(Pending::Open(path)),
            Command::NewFromSample => self.guard(Pending::NewFromSample),
            Command::NewFromDataset(path) => self.guard(Pending::NewFromDataset(path)),
            Command::SaveTo(path) => self.start_save(path),
            Command::AskPath(purpose) => self.ask_path(purpose),
            Command::PathEntered(purpose, path) => {
                self.dialog = None;
                if let Some(p) = path {
                    self.path_chosen(purpose, p);
                } else {
                    self.pending = None;
                    self.resume_after_save = false;
                }
            }
            Command::Guard(choice) => {
                self.dialog = None;
                match choice {
                    GuardChoice::Cancel => self.pending = None,
                    GuardChoice::Discard => {
                        if let Some(p) = self.pending.take() {
                            self.discard_recovery();
                            self.run_pending(p);
                        }
                    }
                    GuardChoice::Save => {
                        self.resume_after_save = true;
                        self.save();
                    }
                }
            }
            Command::Recover(yes) => {
                if let Some(Dialog::Recovery { review, from, .. }) = self.dialog.take() {
                    if yes {
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
            Command::Reload(yes) => {
                self.disk_changed = false;
                if let Some(ws) = &mut self.ws {
                    if yes && let Some(path) = ws.path.clone() {
                        self.start_open(path);
                    } else {
                        ws.acknowledge_disk_change();
                    }
                }
            }
            Command::DismissMessage(i) => {
                if i < self.messages.len() {
                    self.messages.remove(i);
                }
            }
            Command::SetRenderer(_)
            | Command::SetNativeDialogs(_)
            | Command::SetLanguage(_)
            | Command::SetTheme(_)
            | Command::ChooseIndicators { .. } => {
                self.settings_command(command);
            }
            Command::CloseShortcuts => self.show_shortcuts = false,
            Command::ShowFile(path) => self.tasks.show_file(path, self.opener.clone()),
        }
    }

    /// Commands that change a setting, which is then saved.
    fn settings_command(&mut self, command: Command) {
        match command {
            Command::SetRenderer(r) => {
                self.settings.renderer = r;
                self.save_settings();
            }
            Command::SetNativeDialogs(on) => {
                self.settings.native_dialogs = on;
                self.save_settings();
            }
            Command::SetLanguage(code) => {
                self.t.set_language(&code);
                // Dataset texts follow (with the English fallback marked where one is missing).
                self.view.content_lang.clone_from(&code);
                self.charts.lang = if code == "zh" {
                    "zh".to_owned()
                } else {
                    "en".to_owned()
                };
                self.settings.language = code;
                self.save_settings();
            }
            Command::SetTheme(theme) => {
                self.settings.theme = theme;
                self.save_settings();
                self.look_changed = true;
            }
            Command::ChooseIndicators {
                dataset,
                indicators,
            } => {
                self.charts
                    .chosen
                    .insert(dataset.clone(), indicators.clone());
                self.settings.choose_chart_indicators(&dataset, indicators);
                self.save_settings();
            }
            _ => {}
        }
    }

    fn menu(&mut self, m: MenuCommand) {
        let now = jiff::Timestamp::now();
        match m {
            MenuCommand::NewSample => self.guard(Pending::NewFromSample),
            MenuCommand::NewReview => self.guard(Pending::AskNewFromDataset),
            MenuCommand::Open => self.guard(Pending::AskOpen),
            MenuCommand::Save => self.save(),
            MenuCommand::SaveAs => self.ask_path(DialogPurpose::SaveAs),
            MenuCommand::Close => {
                if self.ws.is_some() {
                    self.guard(Pending::Close);
                }
            }
            MenuCommand::Quit => self.guard(Pending::Quit),
            MenuCommand::Export => {
                if self.ws.is_some() {
                    self.export.open = true;
                    self.export.lang = if self.t.language() == "zh" {
                        "zh".to_owned()
                    } else {
                        "en".to_owned()
                    };
                }
            }
            MenuCommand::Undo | MenuCommand::Redo => {
                self.flush_drafts();
                let Some(ws) = &mut self.ws else { return };
                let result = if m == MenuCommand::Undo {
                    ws.undo(now)
                } else {
                    ws.redo(now)
                };
                match result {
                    Ok(Some(edit)) => {
                        if let Some(c) = edit.commitment() {
                            self.view.selection = Selection::Commitment(c.to_owned());
                            self.view.scroll_to_selected = true;
                        } else if let Edit::Narrative { group, .. } = &edit {
                            self.view.selection = Selection::Group(group.clone());
                        }
                    }
                    Ok(None) => {}
                    Err(e) => self.messages.push(Message {
                        level: Level::Error,
                        text: format!("{} {e}", self.t.tr(key!("undo-failed"))),
                    }),
                }
            }
            MenuCommand::Find => self.view.focus_search = true,
            MenuCommand::NextRow | MenuCommand::PreviousRow => {
                self.move_selection(m == MenuCommand::NextRow);
            }
            MenuCommand::SetStatus(n) => {
                if let (Some(ws), Selection::Commitment(c)) = (&self.ws, &self.view.selection)
                    && let Some(level) = ws.dataset.status_scale.get(usize::from(n))
                {
                    let edit = Edit::Status {
                        commitment: c.clone(),
                        status: level.id.clone(),
                    };
                    self.apply_one(Command::Edit(edit));
                }
            }
            MenuCommand::Shortcuts => self.show_shortcuts = !self.show_shortcuts,
            MenuCommand::ZoomIn | MenuCommand::ZoomOut | MenuCommand::ZoomReset => {
                let zoom = match m {
                    MenuCommand::ZoomIn => (self.settings.zoom * 1.1).min(3.0),
                    MenuCommand::ZoomOut => (self.settings.zoom / 1.1).max(0.5),
                    _ => 1.0,
                };
                self.settings.zoom = (zoom * 100.0).round() / 100.0;
                self.save_settings();
                self.look_changed = true;
            }
        }
    }

    fn move_selection(&mut self, forward: bool) {
        let Some(ws) = &self.ws else { return };
        let rows = &self.cache.rows;
        if rows.is_empty() {
            return;
        }
        let current = match &self.view.selection {
            Selection::Commitment(id) => self.cache.row_of_id(id),
            _ => None,
        };
        let next = match (current, forward) {
            (None, _) => 0,
            (Some(i), true) => (i + 1).min(rows.len() - 1),
            (Some(i), false) => i.saturating_sub(1),
        };
        let id = ws.dataset.commitments[rows[next]].id.clone();
        self.apply_one(Command::SelectCommitment(id));
        self.view.scroll_to_selected = true;
    }

    // ------------------------------------------------------------------------------------
    // Frame

    fn window_title(&self) -> String {
        match &self.ws {
            None => "poa-review".to_owned(),
            Some(ws) => format!(
                "{}{}{} — poa-review",
                if ws.is_dirty() { "● " } else { "" },
                display_name(ws, &self.t),
                if ws.read_only.is_some() {
                    format!(" [{}]", self.t.tr(key!("read-only")))
                } else {
                    String::new()
                }
            ),
        }
    }

    /// Applies the theme and zoom from the settings.
    fn apply_look(&self, ctx: &egui::Context) {
        ctx.set_theme(match self.settings.theme {
            crate::settings::ThemeChoice::System => egui::ThemePreference::System,
            crate::settings::ThemeChoice::Light => egui::ThemePreference::Light,
            crate::settings::ThemeChoice::Dark => egui::ThemePreference::Dark,
        });
        ctx.set_zoom_factor(self.settings.zoom);
    }

    /// Draws one frame and applies what it asked for.
    pub fn frame(&mut self, ui: &mut egui::Ui) {
        let mut out: Vec<Command> = commands::pressed(ui.ctx())
            .into_iter()
            .map(Command::Menu)
            .collect();
        if let Some(path) = ui.input(|i| i.raw.dropped_files.first().map(|f| f.path().to_owned())) {
            out.push(Command::OpenPath(path));
        }
        if let Some(ws) = &self.ws {
            self.cache.refresh(ws, &self.view.filter);
        }
        layout::ui(self, ui, &mut out);
        dialogs::ui(self, ui, &mut out);
        self.apply(out);
        if std::mem::take(&mut self.look_changed) {
            self.apply_look(ui.ctx());
        }
        let title = self.window_title();
        if title != self.title {
            ui.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        if let Some(n) = &mut self.exit_after_frames
            && self.ws.is_some()
            && self.tasks.running.is_empty()
        {
            *n = n.saturating_sub(1);
            if *n == 0 {
                self.allow_close = true;
            }
            ui.request_repaint();
        }
        if self.allow_close {
            ui.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    /// Background results, autosave, the close request; runs before each frame.
    pub fn tick(&mut self, ctx: &egui::Context) {
        self.handle_tasks();
        self.background_checks();
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close {
            if self.is_dirty() {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.guard(Pending::Quit);
            } else {
                self.save_settings();
            }
        }
        if !self.tasks.running.is_empty() {
            ctx.request_repaint_after(Duration::from_millis(100));
        } else if self.ws.as_ref().is_some_and(Workspace::is_dirty) {
            ctx.request_repaint_after(AUTOSAVE_EVERY);
        }
        ctx.request_repaint_after(DISK_CHECK_EVERY);
    }

    /// The message texts, for tests.
    #[must_use]
    pub fn message_texts(&self) -> Vec<String> {
        self.messages.iter().map(|m| m.text.clone()).collect()
    }

    /// Whether background work is running.
    #[must_use]
    pub fn busy(&self) -> bool {
        !self.tasks.running.is_empty()
    }

    /// The recovery file of a review file, for tests.
    #[must_use]
    pub fn recovery_of(path: &Path) -> PathBuf {
        recovery_path(path)
    }
}

impl eframe::App for PoaApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        self.tick(ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.save_settings();
    }
}
