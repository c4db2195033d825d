//! The application: owns the open review and the view state, draws the panels, and applies the
//! commands they emit after each frame.
//!
//! Split by concern, as rerun's viewer splits its app: this file holds the state, start-up and
//! the frame; `command_handling.rs` applies commands (the one place where the document changes,
//! where undo and redo live); `document_flow.rs` makes the transitions of the
//! [`Flow`](crate::ui::flow::Flow) state machine (open, save, ask before closing); `background.rs`
//! takes the results of background work, autosaves and watches the file; `panels.rs` lays out the
//! views, each of which gets only the data it draws.

mod background;
mod command_handling;
mod datasets;
mod document_flow;
mod merging;
mod panels;
mod reports;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::command::Command;
use super::commands::{self, Availability};
use super::detail_panel::DetailState;
use super::flow::{Flow, Pending};
use super::messages::Message;
use super::start_options::StartOptions;
use super::state::{Cache, Drafts, ViewState};
use super::tasks::Tasks;
use super::theme;
use super::view_context::{ViewContext, display_name};
use crate::edit::{Edit, NarrativePart};
use crate::i18n::{Language, Translator};
use crate::io::LoadError;
use crate::model::{Field, Subject};
use crate::problem::{Level, Problem};
use crate::settings::Settings;
use crate::workspace::Workspace;

/// How often unsaved changes are written to the recovery file.
pub const AUTOSAVE_EVERY: Duration = Duration::from_secs(30);
/// How often the file on disk is checked for changes made behind our back.
const DISK_CHECK_EVERY: Duration = Duration::from_secs(2);

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
    /// Where the document flow is (the question on screen, the action waiting for a save).
    pub flow: Flow,
    /// Whether the shortcuts window is open.
    pub show_shortcuts: bool,
    /// Whether the user guide is shown.
    pub show_guide: bool,
    /// Help → About.
    pub about: super::about_window::AboutState,
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
    /// The merge screen.
    pub merge: super::merge_view::MergeState,
    /// The Settings window.
    pub settings_window: super::settings_window::SettingsWindowState,
    /// The "Send for input" window's choices.
    pub pack: super::pack_window::PackState,
    /// The mapping screen of a matrix being imported.
    pub matrix: super::matrix_window::MatrixState,
    /// A dataset built from a workbook (and the workbook), waiting for where to save it.
    pub built_dataset: Option<(PathBuf, Box<crate::model::Dataset>)>,
    /// Replies chosen together, waiting for the one on the merge screen to be answered.
    pub reply_queue: std::collections::VecDeque<PathBuf>,
    /// The report window (comparison, changes since).
    pub report: super::report_window::ReportState,
    /// The aggregate window: many reviews of one dataset.
    pub aggregate: super::aggregate_window::AggregateState,
    /// A short notice for the status bar (a finished export), kept as a message so that it
    /// follows a change of language.
    pub notice: Option<crate::i18n::Localised>,
    /// The program that shows an exported file or its folder ("Open the file").
    pub opener: String,
    /// Conflict copies of the open review beside it (see `io::conflict_copies`), not ignored.
    pub copies: Vec<PathBuf>,
    /// Conflict copies the reviewer chose to ignore (or merged) this session.
    pub ignored_copies: std::collections::BTreeSet<PathBuf>,
    settings_path: Option<PathBuf>,
    data_dir: PathBuf,
    last_autosave: Instant,
    last_disk_check: Instant,
    /// A worker is looking at the review's file and folder (see `Tasks::look_at_disk`).
    looking_at_disk: bool,
    title: String,
    allow_close: bool,
    look_changed: bool,
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
        let language = options
            .language
            .as_deref()
            .and_then(Language::from_code)
            .or(settings.language)
            .unwrap_or_else(crate::i18n::system_language);
        let mut app = Self {
            ws: None,
            view: ViewState::default(),
            cache: Cache::default(),
            drafts: Drafts::default(),
            detail: DetailState::default(),
            settings,
            messages: Vec::new(),
            flow: Flow::Idle,
            show_shortcuts: false,
            show_guide: false,
            about: super::about_window::AboutState::default(),
            disk_changed: false,
            tasks: Tasks::new(ctx.clone()),
            t: Translator::new(Language::En),
            charts: super::charts_view::ChartsState::default(),
            export: super::export_dialog::ExportState::default(),
            merge: super::merge_view::MergeState::default(),
            settings_window: super::settings_window::SettingsWindowState::default(),
            pack: super::pack_window::PackState::default(),
            matrix: super::matrix_window::MatrixState::default(),
            reply_queue: std::collections::VecDeque::new(),
            built_dataset: None,
            report: super::report_window::ReportState::default(),
            aggregate: super::aggregate_window::AggregateState::default(),
            notice: None,
            opener: super::tasks::system_opener().to_owned(),
            copies: Vec::new(),
            ignored_copies: std::collections::BTreeSet::new(),
            settings_path: options.settings_path,
            data_dir: options.data_dir,
            last_autosave: Instant::now(),
            last_disk_check: Instant::now(),
            looking_at_disk: false,
            title: String::new(),
            allow_close: false,
            look_changed: false,
        };
        app.t.set_language(language);
        language.code().clone_into(&mut app.view.content_lang);
        app.charts.chosen.clone_from(&app.settings.chart_indicators);
        app.charts.lang = chart_language(language);
        app.apply_look(ctx);
        if let Some(p) = settings_problem {
            app.warn(p.render(&app.t));
        }
        // First use: ask for the name that goes with every change (not in tests, which keep
        // no settings).
        if app.settings_path.is_some() && app.settings.needs_name() {
            app.settings_window.ask_name();
        }
        match options.file {
            // Opened in the background: a large file must not hold up the first frame.
            Some(path) => app.start_open(path),
            None => app.new_sample(),
        }
        app
    }

    // ------------------------------------------------------------------------------------
    // Messages and settings

    fn error(&mut self, p: &Problem) {
        self.messages.push(Message {
            level: p.level,
            text: p.render(&self.t),
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

    /// The status bar's notice (a finished export, a merge) in the window's language.
    #[must_use]
    pub fn notice_text(&self) -> Option<String> {
        self.notice.as_ref().map(|n| n.render(&self.t))
    }

    /// What the command table needs to know to enable a command now.
    fn availability(&self) -> Availability {
        let ws = self.ws.as_ref();
        Availability {
            has_review: ws.is_some(),
            writable: ws.is_some_and(|w| w.read_only.is_none()),
            can_undo: ws.is_some_and(Workspace::can_undo) || self.drafts.has_changed(),
            can_redo: ws.is_some_and(Workspace::can_redo),
        }
    }

    /// The read-only context of the menu bar, status bar and banners.
    fn view_context(&self) -> ViewContext<'_> {
        ViewContext {
            ws: self.ws.as_ref(),
            t: &self.t,
            settings: &self.settings,
            content_lang: &self.view.content_lang,
            assessed: self.cache.assessed,
            disk_changed: self.disk_changed,
            notice: self.notice_text(),
            tasks: &self.tasks,
            briefing_fraction: self.export.fraction(),
            available: self.availability(),
            copies: &self.copies,
        }
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
        let mut out: Vec<Command> = commands::pressed(ui.ctx(), &self.availability())
            .into_iter()
            .map(Command::Menu)
            .collect();
        if let Some(path) = ui.input(|i| i.raw.dropped_files.first().map(|f| f.path().to_owned())) {
            out.push(Command::OpenPath(path));
        }
        if let Some(ws) = &self.ws {
            self.cache.refresh(ws, &self.view.filter);
        }
        self.panels(ui, &mut out);
        self.apply(out);
        if std::mem::take(&mut self.look_changed) {
            self.apply_look(ui.ctx());
        }
        let title = self.window_title();
        if title != self.title {
            ui.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
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
        if self.tasks.is_busy() {
            ctx.request_repaint_after(Duration::from_millis(100));
        } else if self.ws.as_ref().is_some_and(Workspace::is_dirty) {
            ctx.request_repaint_after(AUTOSAVE_EVERY);
        }
        ctx.request_repaint_after(DISK_CHECK_EVERY);
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

/// The language charts and briefings start in for an interface language: Chinese for Chinese,
/// else English (they offer those two).
fn chart_language(lang: Language) -> Language {
    if lang.is_chinese() {
        Language::Zh
    } else {
        Language::En
    }
}
