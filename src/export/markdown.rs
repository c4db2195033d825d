//! The briefing as Markdown, with its charts written beside it as PNG files.

use std::fmt::Write as _;

use super::briefing::Briefing;
use super::markup::{Cell, Kind, Markup};
use super::text::markdown as md;

/// The Markdown text; `chart_path(name)` gives the relative path of a chart's PNG.
#[must_use]
pub fn write(b: &Briefing, chart_path: &dyn Fn(&str) -> String) -> String {
    let mut markdown = Markdown {
        s: String::new(),
        chart_path,
    };
    super::markup::walk(&mut markdown, b);
    markdown.s
}

/// The Markdown being written.
struct Markdown<'a> {
    s: String,
    chart_path: &'a dyn Fn(&str) -> String,
}

impl Markup for Markdown<'_> {
    fn start(&mut self, b: &Briefing, banner: Option<&str>) {
        if let Some(banner) = banner {
            let _ = writeln!(self.s, "**{}**\n", md(banner));
        }
        let _ = writeln!(self.s, "# {}\n", md(&b.title));
        for (label, value) in &b.facts {
            let _ = writeln!(self.s, "- **{}:** {}", md(label), md(value));
        }
        self.s.push('\n');
    }

    fn heading(&mut self, level: u8, text: &str, _anchor: Option<&str>) {
        let _ = writeln!(self.s, "{} {}\n", "#".repeat(usize::from(level)), md(text));
    }

    fn paragraph(&mut self, text: &str) {
        let _ = writeln!(self.s, "{}\n", md(text));
    }

    fn remark(&mut self, text: &str) {
        let _ = writeln!(self.s, "*{}*\n", md(text));
    }

    fn labelled(&mut self, label: &str, text: &str) {
        let _ = writeln!(self.s, "*{}:* {}\n", md(label), md(text));
    }

    fn chart(&mut self, name: &str, alt: &str) {
        let _ = writeln!(self.s, "![{}]({})\n", md(alt), (self.chart_path)(name));
    }

    fn table(&mut self, _kind: Kind, header: &[String], rows: &[Vec<Cell<'_>>]) {
        let _ = writeln!(
            self.s,
            "| {} |",
            header.iter().map(|h| md(h)).collect::<Vec<_>>().join(" | ")
        );
        let align: Vec<&str> = header
            .iter()
            .enumerate()
            .map(|(i, _)| {
                if matches!(rows.first().and_then(|r| r.get(i)), Some(Cell::Count(_))) {
                    "---:"
                } else {
                    "---"
                }
            })
            .collect();
        let _ = writeln!(self.s, "|{}|", align.join("|"));
        for row in rows {
            let cells: Vec<String> = row
                .iter()
                .map(|cell| match cell {
                    Cell::Text(text) | Cell::Private(text) | Cell::Status(text, _) => md(text),
                    Cell::Titled(title, text) => format!("**{}**<br>{}", md(title), md(text)),
                    Cell::Lines(items) => md(&items.join("; ")),
                    Cell::Count(n) => n.to_string(),
                })
                .collect();
            let _ = writeln!(self.s, "| {} |", cells.join(" | "));
        }
        self.s.push('\n');
    }

    fn sources(&mut self, sources: &[(String, String, String)]) {
        for (symbol, title, url) in sources {
            let _ = writeln!(
                self.s,
                "- **{}** — {}{}",
                md(symbol),
                md(title),
                if url.is_empty() {
                    String::new()
                } else {
                    format!(" <{}>", url.replace(['<', '>', ' '], ""))
                }
            );
        }
    }

    fn finish(&mut self) {}
}
