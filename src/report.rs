//! A small table report grouped by pillar — "what changed since", "compare two reviews" —
//! written as Markdown or a self-contained HTML page here, and as PDF, Word or Excel by
//! [`crate::export::report`].

use std::fmt::Write as _;

use crate::i18n::Language;

/// A report: a title, column headings, and rows under pillar headings.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    /// The title.
    pub title: String,
    /// A line under the title (what was compared, since when).
    pub subtitle: String,
    /// Column headings.
    pub columns: Vec<String>,
    /// Pillar or group title, and its rows (one cell per column).
    pub groups: Vec<(String, Vec<Vec<String>>)>,
    /// What to say when there are no rows.
    pub empty: String,
    /// How wide each column is relative to the others; empty for the change and comparison
    /// reports' own (see [`Report::column_weights`]).
    pub weights: Vec<f32>,
}

/// The formats a report is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ReportFormat {
    /// Markdown.
    Md,
    /// A self-contained HTML page.
    Html,
    /// PDF (A4), laid out by Typst.
    Pdf,
    /// Word.
    Docx,
    /// An Excel workbook: one table with the pillar as its first column.
    Xlsx,
}

/// Why a report could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// The PDF, Word or Excel writer failed.
    #[error("{0}")]
    Writer(String),
    /// This build has no PDF, Word or Excel writers (built without the `export` feature).
    #[error("this build cannot write {0:?} reports")]
    NotBuilt(ReportFormat),
}

impl ReportFormat {
    /// The format of a file, from its extension (`.md`, `.html`, `.htm`).
    #[must_use]
    pub fn from_path(path: &std::path::Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "md" | "markdown" => Some(Self::Md),
            "html" | "htm" => Some(Self::Html),
            "pdf" => Some(Self::Pdf),
            "docx" => Some(Self::Docx),
            "xlsx" => Some(Self::Xlsx),
            _ => None,
        }
    }

    /// The file extension.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            Self::Md => "md",
            Self::Html => "html",
            Self::Pdf => "pdf",
            Self::Docx => "docx",
            Self::Xlsx => "xlsx",
        }
    }

    /// Whether the format is text that can be printed to a terminal.
    #[must_use]
    pub fn is_text(self) -> bool {
        matches!(self, Self::Md | Self::Html)
    }
}

/// `text` escaped for a Markdown table cell, on one line.
#[must_use]
pub fn md_cell(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace('|', "\\|")
        .replace('*', "\\*")
        .replace('_', "\\_")
        .replace('<', "&lt;")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` escaped for HTML, line breaks kept.
#[must_use]
pub fn html_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out
}

/// The shade of a heat-map cell for a share from 0 to 1, as `rrggbb`: from white to #5b8fd6,
/// light enough at 1 for dark text to stay readable (the PDF's template mixes the same).
#[must_use]
pub fn heat_hex(share: f64) -> String {
    let mix = |full: f64| {
        let v = 255.0 - (255.0 - full) * share.clamp(0.0, 1.0);
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "a colour channel from 0 to 255"
        )]
        let v = v.round() as u8;
        v
    };
    format!("{:02x}{:02x}{:02x}", mix(91.0), mix(143.0), mix(214.0))
}

/// A self-contained HTML page (no scripts, no outside resources) around `body`.
#[must_use]
pub fn html_page(lang: Language, title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <title>{}</title>\n<style>\nbody{{font-family:system-ui,\"Noto Sans SC\",sans-serif;margin:2em;max-width:70em}}\n\
         table{{border-collapse:collapse;width:100%;margin-bottom:1.5em}}\n\
         th,td{{border:1px solid #bbb;padding:.3em .5em;text-align:left;vertical-align:top}}\n\
         th{{background:#eee}}\nfigure{{margin:1em 0}}\nfigure svg{{max-width:100%;height:auto}}\n</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        lang.code(),
        html_text(title),
    )
}

impl Report {
    /// The report as Markdown: a heading per pillar and a table under it.
    #[must_use]
    pub fn markdown(&self) -> String {
        self.markdown_at(1)
    }

    /// The report as Markdown, its title a heading of `level` (its groups one level below).
    #[must_use]
    pub fn markdown_at(&self, level: usize) -> String {
        let hashes = "#".repeat(level);
        let mut out = format!("{hashes} {}\n\n", md_cell(&self.title));
        if !self.subtitle.is_empty() {
            let _ = writeln!(out, "{}\n", md_cell(&self.subtitle));
        }
        if self.groups.is_empty() {
            let _ = writeln!(out, "{}\n", md_cell(&self.empty));
            return out;
        }
        for (group, rows) in &self.groups {
            if !group.is_empty() {
                let _ = writeln!(out, "{hashes}# {}\n", md_cell(group));
            }
            let heads: Vec<String> = self.columns.iter().map(|c| md_cell(c)).collect();
            let _ = writeln!(out, "| {} |", heads.join(" | "));
            let _ = writeln!(out, "|{}", "---|".repeat(heads.len()));
            for row in rows {
                let cells: Vec<String> = row.iter().map(|c| md_cell(c)).collect();
                let _ = writeln!(out, "| {} |", cells.join(" | "));
            }
            out.push('\n');
        }
        out
    }

    /// The report as a self-contained HTML page (no scripts, no outside resources).
    #[must_use]
    pub fn html(&self, lang: Language) -> String {
        html_page(lang, &self.title, &self.html_at(1))
    }

    /// The report as a part of an HTML page: its title a heading of `level` (its groups one
    /// level below), the subtitle, and a table per group.
    #[must_use]
    pub fn html_at(&self, level: usize) -> String {
        self.html_shaded(level, &[])
    }

    /// [`Report::html_at`] with body cells shaded: `shades[row][column]` from 0 (none) to 1 (a
    /// strong blue); rows and cells without a shade are left plain.
    #[must_use]
    pub fn html_shaded(&self, level: usize, shades: &[Vec<f64>]) -> String {
        let mut out = format!("<h{level}>{}</h{level}>\n", html_text(&self.title));
        if !self.subtitle.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", html_text(&self.subtitle));
        }
        if self.groups.is_empty() {
            let _ = writeln!(out, "<p><em>{}</em></p>", html_text(&self.empty));
        }
        let sub = level + 1;
        for (group, rows) in &self.groups {
            if !group.is_empty() {
                let _ = writeln!(out, "<h{sub}>{}</h{sub}>", html_text(group));
            }
            out.push_str("<table>\n<tr>");
            for c in &self.columns {
                let _ = write!(out, "<th>{}</th>", html_text(c));
            }
            out.push_str("</tr>\n");
            for (r, row) in rows.iter().enumerate() {
                out.push_str("<tr>");
                for (c, text) in row.iter().enumerate() {
                    match shades.get(r).and_then(|s| s.get(c)) {
                        Some(&share) if share > 0.0 => {
                            let _ = write!(
                                out,
                                "<td style=\"background:#{}\">{}</td>",
                                heat_hex(share),
                                html_text(text)
                            );
                        }
                        _ => {
                            let _ = write!(out, "<td>{}</td>", html_text(text));
                        }
                    }
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</table>\n");
        }
        out
    }

    /// The report in `format`, as the bytes of its file.
    ///
    /// # Errors
    /// When the PDF, Word or Excel writer fails, or this build has none.
    pub fn render(&self, format: ReportFormat, lang: Language) -> Result<Vec<u8>, ReportError> {
        match format {
            ReportFormat::Md => Ok(self.markdown().into_bytes()),
            ReportFormat::Html => Ok(self.html(lang).into_bytes()),
            #[cfg(feature = "export")]
            _ => crate::export::report::write(self, format, lang),
            #[cfg(not(feature = "export"))]
            _ => Err(ReportError::NotBuilt(format)),
        }
    }

    /// How wide each column is relative to the others: [`Report::weights`] when it gives one
    /// per column; otherwise the reference and the two values (before and now, or the two
    /// reviews) twice as wide as the field, author and date.
    #[must_use]
    pub fn column_weights(&self) -> Vec<f32> {
        if self.weights.len() == self.columns.len() {
            return self.weights.clone();
        }
        (0..self.columns.len())
            .map(|c| if matches!(c, 0 | 2 | 3) { 2.0 } else { 1.0 })
            .collect()
    }

    /// Only the group titled `group` (all when `None`).
    #[must_use]
    pub fn only(&self, group: Option<&str>) -> Self {
        let mut out = self.clone();
        if let Some(g) = group {
            out.groups.retain(|(title, _)| title == g);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_escaped_in_both_formats() {
        let r = Report {
            title: "T <x>".into(),
            subtitle: String::new(),
            columns: vec!["A".into(), "B".into()],
            groups: vec![(
                "G".into(),
                vec![vec!["a|b *c*".into(), "<script>alert(1)</script>".into()]],
            )],
            empty: "none".into(),
            weights: Vec::new(),
        };
        let md = r.markdown();
        assert!(
            md.contains("| a\\|b \\*c\\* | &lt;script>alert(1)&lt;/script> |"),
            "{md}"
        );
        let html = r.html(Language::En);
        assert!(
            html.contains("<td>&lt;script&gt;alert(1)&lt;/script&gt;</td>"),
            "{html}"
        );
        assert!(!html.contains("<script>"));
    }
}
