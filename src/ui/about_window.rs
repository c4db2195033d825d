//! Help → About: the version, the build date, the licence, and every third-party licence of
//! what is compiled in (the crates', from the list the package installs; the bundled font's),
//! which mission IT departments ask for.

use super::command::Command;
use crate::about;
use crate::i18n::Translator;

/// The crates' licences, read once when the window opens.
#[derive(Debug, Default)]
pub struct AboutState {
    /// Whether the window is open.
    pub open: bool,
    /// The installed list of the crates' licences and where it was read from; `None` when
    /// there is none (a development build).
    pub third_party: Option<(std::path::PathBuf, String)>,
}

impl AboutState {
    /// Opens the window, reading the installed licences.
    pub fn show(&mut self) {
        *self = Self {
            open: true,
            third_party: about::third_party_licences(),
        };
    }
}

/// The window.
pub struct AboutWindow<'a> {
    /// Its state.
    pub state: &'a AboutState,
    /// Interface strings.
    pub t: &'a Translator,
    /// Commands out.
    pub out: &'a mut Vec<Command>,
}

impl AboutWindow<'_> {
    /// Draws the window.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let t = self.t;
        let mut open = true;
        let screen = ui.ctx().content_rect();
        egui::Window::new(t.tr(key!("about-title")))
            .id(egui::Id::unique("about_window"))
            .open(&mut open)
            .collapsible(false)
            .resizable(true)
            .default_width((screen.width() * 0.6).clamp(360.0, 760.0))
            .default_height(screen.height() - 140.0)
            .show(ui.ctx(), |ui| {
                ui.heading(format!("poa-review {}", about::VERSION));
                ui.label(match about::build_date() {
                    Some(date) => t.tr_args(key!("about-built"), &[("date", date.into())]),
                    None => t.tr(key!("about-development-build")),
                });
                ui.label(t.tr_args(key!("about-licence"), &[("licence", about::LICENCE.into())]));
                ui.separator();
                egui::ScrollArea::vertical()
                    .id_salt("about_scroll")
                    .auto_shrink([false, false])
                    .show(ui, |ui| {
                        egui::CollapsingHeader::new(t.tr(key!("about-font")))
                            .id_salt("about_font")
                            .show(ui, |ui| {
                                ui.add(
                                    egui::Label::new(
                                        egui::RichText::new(about::FONT_LICENCE).monospace(),
                                    )
                                    .wrap(),
                                );
                            });
                        match &self.state.third_party {
                            Some((path, text)) => {
                                egui::CollapsingHeader::new(t.tr(key!("about-third-party")))
                                    .id_salt("about_crates")
                                    .default_open(true)
                                    .show(ui, |ui| {
                                        ui.weak(path.display().to_string());
                                        sections(ui, text);
                                    });
                            }
                            None => {
                                ui.label(t.tr(key!("about-third-party-missing")));
                            }
                        }
                    });
            });
        if !open {
            self.out.push(Command::CloseAbout);
        }
    }
}

/// The list of the crates' licences (hundreds of kilobytes): what comes before the first
/// licence (the overview) as text, then each `## ` licence folded under its name, so only what
/// is opened is laid out.
fn sections(ui: &mut egui::Ui, text: &str) {
    let mut parts = text.split("\n## ");
    if let Some(head) = parts.next() {
        let head = head.trim().trim_start_matches("# ");
        ui.add(egui::Label::new(head).wrap());
    }
    for (i, part) in parts.enumerate() {
        let (title, body) = part.split_once('\n').unwrap_or((part, ""));
        // The same licence comes in several texts: the crates that use each tell them apart.
        let used_by = body
            .trim_start()
            .lines()
            .next()
            .and_then(|l| l.strip_prefix("Used by: "))
            .map(|crates| {
                let short: String = crates.chars().take(80).collect();
                if short.len() < crates.len() {
                    format!(" — {short}…")
                } else {
                    format!(" — {short}")
                }
            })
            .unwrap_or_default();
        egui::CollapsingHeader::new(format!("{}{used_by}", title.trim()))
            .id_salt(("about_licence", i))
            .show(ui, |ui| {
                ui.add(egui::Label::new(egui::RichText::new(body.trim()).monospace()).wrap());
            });
    }
}
