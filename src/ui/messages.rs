//! The message area (errors and warnings, never blocking) and the banners (read-only, changed
//! on disk).

use super::command::Command;
use super::theme;
use super::view_context::ViewContext;
use crate::i18n::Translator;
use crate::problem::Level;

/// A message in the message area.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Message {
    /// Error, warning (or information, as a warning without file).
    pub level: Level,
    /// The text, with file, line and column where there is one.
    pub text: String,
}

/// The message area.
pub struct Messages<'a> {
    /// The messages.
    pub messages: &'a [Message],
    /// Interface strings.
    pub t: &'a Translator,
    /// Commands out.
    pub out: &'a mut Vec<Command>,
}

impl Messages<'_> {
    /// Draws the messages, newest last, each dismissible.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let t = self.t;
        egui::ScrollArea::vertical()
            .stick_to_bottom(true)
            .show(ui, |ui| {
                for (i, m) in self.messages.iter().enumerate() {
                    ui.horizontal(|ui| {
                        let (tag, colour) = match m.level {
                            Level::Error => {
                                (t.tr(key!("message-error")), theme::error_text(ui.visuals()))
                            }
                            Level::Warning => {
                                (t.tr(key!("message-warning")), ui.visuals().warn_fg_color)
                            }
                        };
                        if ui
                            .small_button(t.tr(key!("message-dismiss")))
                            .on_hover_text(t.tr(key!("message-dismiss-tip")))
                            .clicked()
                        {
                            self.out.push(Command::DismissMessage(i));
                        }
                        ui.colored_label(colour, tag);
                        ui.add(egui::Label::new(&m.text).wrap());
                    });
                }
            });
    }
}

/// The message for a file or folder that could not be shown ("Open the file", "Open its
/// folder"): names the file and the program, and says what to do instead.
#[must_use]
pub fn show_failure(
    t: &Translator,
    path: &std::path::Path,
    program: &str,
    failure: &super::tasks::ShowFailure,
) -> String {
    use super::tasks::ShowFailure;
    let path = path.display().to_string();
    let args = |extra: Option<(&'static str, String)>| {
        let mut args: Vec<(&str, fluent_bundle::FluentValue<'_>)> = vec![
            ("path", path.clone().into()),
            ("program", program.to_owned().into()),
        ];
        if let Some((name, value)) = extra {
            args.push((name, value.into()));
        }
        args
    };
    match failure {
        ShowFailure::NotFound => t.tr_args(key!("open-with-not-found"), &args(None)),
        ShowFailure::NotStarted(reason) => t.tr_args(
            key!("open-with-not-started"),
            &args(Some(("reason", reason.clone()))),
        ),
        ShowFailure::Exit(code) => t.tr_args(
            key!("open-with-failed"),
            &args(Some(("code", code.to_string()))),
        ),
        ShowFailure::Stopped => t.tr_args(key!("open-with-stopped"), &args(None)),
    }
}

impl Banners<'_> {
    /// The banners about merging: conflicts an earlier merge left, and conflict copies a synced
    /// folder put beside the review.
    fn merge_banners(&mut self, ui: &mut egui::Ui) {
        let t = self.ctx.t;
        let writable = self.ctx.ws.is_some_and(|w| w.read_only.is_none());
        if let Some(ws) = self.ctx.ws
            && !ws.review.conflicts.is_empty()
        {
            ui.horizontal_wrapped(|ui| {
                ui.strong(t.tr(key!("banner-conflicts")));
                ui.label(t.tr_args(
                    key!("banner-conflicts-text"),
                    &[("count", ws.review.conflicts.len().into())],
                ));
                if ui
                    .add_enabled(
                        writable,
                        egui::Button::new(t.tr(key!("banner-conflicts-answer"))),
                    )
                    .clicked()
                {
                    self.out.push(Command::AnswerConflicts);
                }
            });
        }
        for copy in self.ctx.copies {
            let name = copy.file_name().map_or_else(
                || copy.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            ui.horizontal_wrapped(|ui| {
                ui.strong(t.tr(key!("banner-copy")));
                ui.label(t.tr_args(key!("banner-copy-text"), &[("name", name.into())]));
                if ui
                    .add_enabled(writable, egui::Button::new(t.tr(key!("banner-copy-merge"))))
                    .clicked()
                {
                    self.out.push(Command::MergePath(copy.clone()));
                }
                if ui.button(t.tr(key!("banner-copy-ignore"))).clicked() {
                    self.out.push(Command::IgnoreCopy(copy.clone()));
                }
            });
        }
    }
}

/// Banners above the work area.
pub struct Banners<'a> {
    /// What the banners show.
    pub ctx: &'a ViewContext<'a>,
    /// Commands out.
    pub out: &'a mut Vec<Command>,
}

impl Banners<'_> {
    /// Whether any banner is due.
    #[must_use]
    pub fn any(ctx: &ViewContext<'_>) -> bool {
        ctx.disk_changed
            || !ctx.copies.is_empty()
            || ctx
                .ws
                .is_some_and(|w| w.read_only.is_some() || !w.review.conflicts.is_empty())
    }

    /// Draws the banners.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let t = self.ctx.t;
        let fill = theme::banner_fill(ui.visuals());
        egui::Frame::new()
            .fill(fill)
            .inner_margin(6.0)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                if let Some(ws) = self.ctx.ws
                    && let Some(why) = &ws.read_only
                {
                    ui.horizontal_wrapped(|ui| {
                        ui.strong(t.tr(key!("status-read-only")));
                        ui.label(match why {
                            crate::io::ReadOnly::LockedBy { holder } => t.tr_args(
                                key!("banner-read-only"),
                                &[(
                                    "holder",
                                    crate::io::lock::holder_message(holder).render(t).into(),
                                )],
                            ),
                            crate::io::ReadOnly::LockFailed { message } => t.tr_args(
                                key!("banner-read-only-lock-failed"),
                                &[("reason", message.render(t).into())],
                            ),
                        });
                        if ui.button(t.tr(key!("banner-save-copy"))).clicked() {
                            self.out
                                .push(Command::AskPath(super::tasks::DialogPurpose::SaveAs));
                        }
                    });
                }
                self.merge_banners(ui);
                if self.ctx.disk_changed {
                    ui.horizontal_wrapped(|ui| {
                        ui.strong(t.tr(key!("banner-changed")));
                        ui.label(t.tr(key!("banner-changed-text")));
                        if ui
                            .button(t.tr(key!("banner-reload")))
                            .on_hover_text(t.tr(key!("banner-reload-tip")))
                            .clicked()
                        {
                            self.out.push(Command::Reload(true));
                        }
                        if ui.button(t.tr(key!("banner-keep"))).clicked() {
                            self.out.push(Command::Reload(false));
                        }
                    });
                }
            });
    }
}
