//! Help → User guide: a short guide to the desk, bundled in English and Chinese
//! (`assets/guide/`) and shown offline. The other interface languages show the English guide.

use super::command::Command;
use crate::i18n::{Language, Translator};

/// The guide in English.
pub const GUIDE_EN: &str = include_str!("../../assets/guide/en.md");
/// The guide in Chinese.
pub const GUIDE_ZH: &str = include_str!("../../assets/guide/zh.md");

/// The guide's text for the interface language.
#[must_use]
pub fn guide(lang: Language) -> &'static str {
    if lang == Language::Zh {
        GUIDE_ZH
    } else {
        GUIDE_EN
    }
}

/// The window.
pub struct GuideWindow<'a> {
    /// Interface strings (and the language the guide is shown in).
    pub t: &'a Translator,
    /// Commands out.
    pub out: &'a mut Vec<Command>,
}

impl GuideWindow<'_> {
    /// Draws the window: headings, paragraphs and points of the guide's few Markdown forms.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let t = self.t;
        let mut open = true;
        let screen = ui.ctx().content_rect();
        egui::Window::new(t.tr(key!("guide-window-title")))
            .id(egui::Id::unique("guide_window"))
            .open(&mut open)
            .collapsible(false)
            .resizable(true)
            .default_width((screen.width() * 0.5).clamp(360.0, 720.0))
            .default_height(screen.height() - 120.0)
            .show(ui.ctx(), |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("guide_scroll")
                    .show(ui, |ui| show(ui, guide(t.language())));
            });
        if !open {
            self.out.push(Command::CloseGuide);
        }
    }
}

/// Draws the guide's Markdown: `# ` a title, `## ` a heading, `- ` a point, other lines text;
/// backticks are dropped.
fn show(ui: &mut egui::Ui, text: &str) {
    for line in text.lines() {
        let line = line.replace('`', "");
        if let Some(title) = line.strip_prefix("# ") {
            ui.heading(title);
        } else if let Some(heading) = line.strip_prefix("## ") {
            ui.add_space(8.0);
            ui.strong(heading);
        } else if let Some(point) = line.strip_prefix("- ") {
            ui.horizontal_wrapped(|ui| {
                ui.label("•");
                ui.label(point);
            });
        } else if !line.trim().is_empty() {
            ui.label(line);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_guides_have_the_same_sections() {
        let headings = |g: &str| g.lines().filter(|l| l.starts_with("## ")).count();
        assert_eq!(headings(GUIDE_EN), headings(GUIDE_ZH));
        assert!(headings(GUIDE_EN) >= 6);
        assert!(guide(Language::Zh).contains("简明指南"));
        assert!(guide(Language::Fr).starts_with("# poa-review: a short guide"));
    }
}
