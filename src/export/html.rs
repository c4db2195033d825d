//! The briefing as one self-contained HTML file: styles inline, charts as inline SVG, no
//! external request of any kind, and a print style sheet for A4.

use std::fmt::Write as _;

use super::briefing::Briefing;
use super::markup::{Cell, Kind, Markup};
use super::text::xml;

const STYLE: &str = r"
body { font-family: 'Noto Sans SC', 'Noto Sans', 'Segoe UI', 'Microsoft YaHei', sans-serif; margin: 2em auto; max-width: 60em; color: #212121; line-height: 1.45; }
h1 { font-size: 1.7em; } h2 { border-bottom: 2px solid #1565c0; padding-bottom: .2em; margin-top: 2em; } h3 { margin-top: 1.4em; }
table { border-collapse: collapse; width: 100%; margin: .6em 0; font-size: .92em; }
th, td { border: 1px solid #bdbdbd; padding: .3em .5em; vertical-align: top; text-align: left; }
th { background: #eceff1; }
table.commitments td:nth-child(1) { min-width: 6.5em; } table.commitments td:nth-child(4) { min-width: 4.5em; }
.chip { display: inline-block; padding: 0 .6em; border-radius: .8em; white-space: nowrap; }
.internal { border: 2px solid #b71c1c; color: #b71c1c; padding: .3em .6em; font-weight: bold; }
.private { background: #fdecea; }
figure { margin: 1em 0; } figure svg { width: 100%; height: auto; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2em 1em; } dl.facts dt { font-weight: bold; }
@media print {
  @page { size: A4; margin: 18mm 15mm; }
  body { margin: 0; max-width: none; font-size: 10pt; }
  h2 { break-before: page; } h2:first-of-type { break-before: auto; }
  figure, tr { break-inside: avoid; } thead { display: table-header-group; }
  .internal { position: running(header); }
}
";

/// The HTML text; `svg(name)` gives a chart's SVG.
#[must_use]
pub fn write(b: &Briefing, svg: &dyn Fn(&str) -> String) -> String {
    let mut html = Html {
        s: String::new(),
        svg,
    };
    super::markup::walk(&mut html, b);
    html.s
}

/// The HTML being written.
struct Html<'a> {
    s: String,
    svg: &'a dyn Fn(&str) -> String,
}

impl Markup for Html<'_> {
    fn start(&mut self, b: &Briefing, banner: Option<&str>) {
        let lang = if b.lang.is_chinese() {
            "zh-Hans"
        } else {
            b.lang.code()
        };
        let _ = write!(
            self.s,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
            xml(lang),
            xml(&b.title)
        );
        if let Some(banner) = banner {
            let _ = writeln!(self.s, "<p class=\"internal\">{}</p>", xml(banner));
        }
        let _ = writeln!(self.s, "<h1>{}</h1>\n<dl class=\"facts\">", xml(&b.title));
        for (label, value) in &b.facts {
            let _ = writeln!(self.s, "<dt>{}</dt><dd>{}</dd>", xml(label), xml(value));
        }
        self.s.push_str("</dl>\n");
    }

    fn heading(&mut self, level: u8, text: &str, anchor: Option<&str>) {
        let id = anchor.map_or_else(String::new, |a| format!(" id=\"{}\"", xml(a)));
        let _ = writeln!(self.s, "<h{level}{id}>{}</h{level}>", xml(text));
    }

    fn paragraph(&mut self, text: &str) {
        let _ = writeln!(self.s, "<p>{}</p>", lines(text));
    }

    fn remark(&mut self, text: &str) {
        let _ = writeln!(self.s, "<p><em>{}</em></p>", lines(text));
    }

    fn labelled(&mut self, label: &str, text: &str) {
        let _ = writeln!(self.s, "<p><em>{}:</em> {}</p>", xml(label), lines(text));
    }

    fn chart(&mut self, name: &str, _alt: &str) {
        // The SVG carries its own title and text.
        let _ = writeln!(self.s, "<figure>{}</figure>", (self.svg)(name));
    }

    fn table(&mut self, kind: Kind, header: &[String], rows: &[Vec<Cell<'_>>]) {
        self.s.push_str(if kind == Kind::Commitments {
            "<table class=\"commitments\"><thead><tr>"
        } else {
            "<table><thead><tr>"
        });
        for h in header {
            let _ = write!(self.s, "<th>{}</th>", xml(h));
        }
        self.s.push_str("</tr></thead><tbody>\n");
        for row in rows {
            self.s.push_str("<tr>");
            for cell in row {
                let _ = match cell {
                    Cell::Text(text) => write!(self.s, "<td>{}</td>", lines(text)),
                    Cell::Titled(title, text) => write!(
                        self.s,
                        "<td><strong>{}</strong><br>{}</td>",
                        xml(title),
                        lines(text)
                    ),
                    Cell::Status(label, colour) => {
                        write!(self.s, "<td>{}</td>", chip(label, colour))
                    }
                    Cell::Lines(items) => write!(
                        self.s,
                        "<td>{}</td>",
                        items
                            .iter()
                            .map(|e| xml(e))
                            .collect::<Vec<_>>()
                            .join("<br>")
                    ),
                    Cell::Private(text) => {
                        write!(self.s, "<td class=\"private\">{}</td>", lines(text))
                    }
                    Cell::Count(n) => write!(self.s, "<td>{n}</td>"),
                };
            }
            self.s.push_str("</tr>\n");
        }
        self.s.push_str("</tbody></table>\n");
    }

    fn sources(&mut self, sources: &[(String, String, String)]) {
        self.s.push_str("<ul>\n");
        for (symbol, title, url) in sources {
            // Addresses are shown, not linked: the file makes no requests, even on a click.
            let _ = writeln!(
                self.s,
                "<li><strong>{}</strong> — {}{}</li>",
                xml(symbol),
                xml(title),
                if url.is_empty() {
                    String::new()
                } else {
                    format!(" <code>{}</code>", xml(url))
                }
            );
        }
        self.s.push_str("</ul>\n");
    }

    fn finish(&mut self) {
        self.s.push_str("</body>\n</html>\n");
    }
}

/// Escaped text with its line breaks as `<br>`.
fn lines(text: &str) -> String {
    xml(text).replace('\n', "<br>")
}

fn chip(label: &str, colour: &str) -> String {
    let c = crate::palette::parse_hex(colour);
    let fg = crate::palette::text_on(c);
    format!(
        "<span class=\"chip\" style=\"background:#{:02x}{:02x}{:02x};color:#{:02x}{:02x}{:02x}\">{}</span>",
        c.0,
        c.1,
        c.2,
        fg.0,
        fg.1,
        fg.2,
        xml(label)
    )
}
