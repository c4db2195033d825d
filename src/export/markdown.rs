//! The briefing as Markdown, with its charts written beside it as PNG files.

use std::fmt::Write as _;

use super::briefing::{Briefing, Profile, Row};
use super::text::markdown as md;

/// The Markdown text; `chart_path(name)` gives the relative path of a chart's PNG.
#[must_use]
#[expect(clippy::too_many_lines, reason = "one document, written top to bottom")]
pub fn write(b: &Briefing, chart_path: &dyn Fn(&str) -> String) -> String {
    let t = super::briefing::labels(&b.lang);
    let mut s = String::new();
    let internal = b.profile == Profile::Internal;
    if internal {
        let _ = writeln!(s, "**{}**\n", md(&t.tr("brief-internal")));
    }
    let _ = writeln!(s, "# {}\n", md(&b.title));
    for (label, value) in &b.facts {
        let _ = writeln!(s, "- **{}:** {}", md(label), md(value));
    }
    let _ = writeln!(
        s,
        "\n## {}\n\n![{}]({})\n",
        md(&t.tr("brief-overview")),
        md(&t.tr("brief-counts")),
        chart_path("status")
    );
    for sec in &b.sections {
        let _ = writeln!(s, "## {}\n", md(&sec.title));
        let _ = writeln!(
            s,
            "| {} | {} |\n|---|---:|",
            md(&t.tr("brief-status")),
            md(&t.tr("brief-commitments"))
        );
        for (label, _, n) in &sec.counts {
            let _ = writeln!(s, "| {} | {n} |", md(label));
        }
        let parts = [
            ("brief-achievements", &sec.achieved),
            ("brief-challenges", &sec.challenged),
        ];
        for (i, key) in ["brief-achievements", "brief-challenges", "brief-priorities"]
            .iter()
            .enumerate()
        {
            let _ = writeln!(s, "\n### {}\n", md(&t.tr(key)));
            let narrative = &sec.narrative[i];
            let _ = writeln!(
                s,
                "{}\n",
                if narrative.trim().is_empty() {
                    md(&t.tr("brief-narrative-empty"))
                } else {
                    md(narrative)
                }
            );
            if let Some((_, rows)) = parts.iter().find(|(k, _)| k == key) {
                let _ = write!(s, "{}: ", md(&t.tr("brief-supporting")));
                if rows.is_empty() {
                    let _ = writeln!(s, "{}", md(&t.tr("brief-none")));
                } else {
                    let refs: Vec<String> = rows
                        .iter()
                        .map(|r| format!("{} ({})", md(&r.reference), md(&r.status)))
                        .collect();
                    let _ = writeln!(s, "{}", refs.join("; "));
                }
            }
        }
        let _ = writeln!(s, "\n### {}\n", md(&t.tr("brief-assessed-table")));
        if !sec.assessed.is_empty() {
            table(&mut s, &t, &sec.assessed, internal);
        }
        if let Some(note) = super::unassessed_note(&t, sec) {
            let _ = writeln!(s, "\n*{}*", md(&note));
        }
        if !sec.indicators.is_empty() {
            let _ = writeln!(s, "\n### {}\n", md(&t.tr("brief-trends")));
            for i in &sec.indicators {
                let _ = writeln!(
                    s,
                    "![{}]({})\n",
                    md(i),
                    chart_path(&format!("{}-{i}", sec.id))
                );
            }
        }
    }
    let _ = writeln!(
        s,
        "## {}\n\n{}\n\n![{}]({})\n",
        md(&t.tr("brief-targets")),
        md(&t.tr("brief-targets-intro")),
        md(&t.tr("brief-targets")),
        chart_path("targets")
    );
    for (title, rated) in &b.targets {
        let _ = writeln!(s, "### {}\n", md(title));
        if rated.is_empty() {
            let _ = writeln!(s, "{}\n", md(&t.tr("brief-no-indicator")));
            continue;
        }
        let _ = writeln!(
            s,
            "| {} | {} | {} |\n|---|---|---|",
            md(&t.tr("brief-indicator")),
            md(&t.tr("brief-change")),
            md(&t.tr("brief-rating"))
        );
        for r in rated {
            let _ = writeln!(
                s,
                "| {} | {} | {} |",
                md(&r.name),
                md(&r.change),
                md(&r.rating)
            );
        }
        s.push('\n');
    }
    let _ = writeln!(
        s,
        "## {}\n\n{}\n",
        md(&t.tr("brief-annex-matrix")),
        md(&t.tr("brief-annex-intro"))
    );
    for sec in b.sections.iter().filter(|sec| !sec.rows.is_empty()) {
        let _ = writeln!(s, "### {}\n", md(&sec.title));
        annex_table(&mut s, &t, &sec.rows);
        s.push('\n');
    }
    let _ = writeln!(s, "\n## {}\n", md(&t.tr("brief-annex-sources")));
    for (symbol, title, url) in &b.sources {
        let _ = writeln!(
            s,
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
    s
}

fn table(s: &mut String, t: &crate::i18n::Translator, rows: &[Row], internal: bool) {
    let header = super::commitment_header(t, internal);
    let _ = writeln!(
        s,
        "| {} |",
        header.iter().map(|h| md(h)).collect::<Vec<_>>().join(" | ")
    );
    let _ = writeln!(s, "|{}", "---|".repeat(header.len()));
    for r in rows {
        let mut cells = vec![
            md(&r.reference),
            md(&r.title),
            md(&r.status),
            md(&r.evidence_level),
            md(&r.evidence.join("; ")),
            md(&r.notes),
        ];
        if internal {
            cells.push(md(&r.talking_points));
        }
        let _ = writeln!(s, "| {} |", cells.join(" | "));
    }
}

fn annex_table(s: &mut String, t: &crate::i18n::Translator, rows: &[Row]) {
    let header = super::annex_header(t);
    let _ = writeln!(
        s,
        "| {} |",
        header.iter().map(|h| md(h)).collect::<Vec<_>>().join(" | ")
    );
    let _ = writeln!(s, "|{}", "---|".repeat(header.len()));
    for r in rows {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} |",
            md(&r.reference),
            md(&r.title),
            md(&r.status),
            md(&r.evidence_level)
        );
    }
}
