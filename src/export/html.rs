//! The briefing as one self-contained HTML file: styles inline, charts as inline SVG, no
//! external request of any kind, and a print style sheet for A4.

use std::fmt::Write as _;

use super::briefing::{Briefing, Profile, Row};
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
#[expect(clippy::too_many_lines, reason = "one document, written top to bottom")]
pub fn write(b: &Briefing, svg: &dyn Fn(&str) -> String) -> String {
    let t = super::briefing::labels(&b.lang);
    let internal = b.profile == Profile::Internal;
    let mut s = String::new();
    let lang = if b.lang == "zh" {
        "zh-Hans"
    } else {
        b.lang.as_str()
    };
    let _ = write!(
        s,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
        xml(lang),
        xml(&b.title)
    );
    if internal {
        let _ = writeln!(
            s,
            "<p class=\"internal\">{}</p>",
            xml(&t.tr("brief-internal"))
        );
    }
    let _ = writeln!(s, "<h1>{}</h1>\n<dl class=\"facts\">", xml(&b.title));
    for (label, value) in &b.facts {
        let _ = writeln!(s, "<dt>{}</dt><dd>{}</dd>", xml(label), xml(value));
    }
    let _ = writeln!(
        s,
        "</dl>\n<h2>{}</h2>\n<figure>{}</figure>",
        xml(&t.tr("brief-overview")),
        svg("status")
    );
    for sec in &b.sections {
        let _ = writeln!(s, "<h2 id=\"{}\">{}</h2>", xml(&sec.id), xml(&sec.title));
        let _ = writeln!(
            s,
            "<table><thead><tr><th>{}</th><th>{}</th></tr></thead><tbody>",
            xml(&t.tr("brief-status")),
            xml(&t.tr("brief-commitments"))
        );
        for (label, colour, n) in &sec.counts {
            let _ = writeln!(s, "<tr><td>{}</td><td>{n}</td></tr>", chip(label, colour));
        }
        s.push_str("</tbody></table>\n");
        let supporting = [Some(&sec.achieved), Some(&sec.challenged), None];
        for (i, key) in ["brief-achievements", "brief-challenges", "brief-priorities"]
            .iter()
            .enumerate()
        {
            let _ = writeln!(s, "<h3>{}</h3>", xml(&t.tr(key)));
            let n = &sec.narrative[i];
            let _ = writeln!(
                s,
                "<p>{}</p>",
                if n.trim().is_empty() {
                    xml(&t.tr("brief-narrative-empty"))
                } else {
                    xml(n).replace('\n', "<br>")
                }
            );
            if let Some(rows) = supporting[i] {
                let refs: Vec<String> = rows
                    .iter()
                    .map(|r| format!("{} ({})", xml(&r.reference), xml(&r.status)))
                    .collect();
                let _ = writeln!(
                    s,
                    "<p><em>{}:</em> {}</p>",
                    xml(&t.tr("brief-supporting")),
                    if refs.is_empty() {
                        xml(&t.tr("brief-none"))
                    } else {
                        refs.join("; ")
                    }
                );
            }
        }
        let _ = writeln!(s, "<h3>{}</h3>", xml(&t.tr("brief-assessed-table")));
        if !sec.assessed.is_empty() {
            table(&mut s, &t, &sec.assessed, internal);
        }
        if let Some(note) = super::unassessed_note(&t, sec) {
            let _ = writeln!(s, "<p><em>{}</em></p>", xml(&note));
        }
        if !sec.indicators.is_empty() {
            let _ = writeln!(s, "<h3>{}</h3>", xml(&t.tr("brief-trends")));
            for i in &sec.indicators {
                let _ = writeln!(s, "<figure>{}</figure>", svg(&format!("{}-{i}", sec.id)));
            }
        }
    }
    let _ = writeln!(
        s,
        "<h2>{}</h2>\n<p>{}</p>\n<figure>{}</figure>",
        xml(&t.tr("brief-targets")),
        xml(&t.tr("brief-targets-intro")),
        svg("targets")
    );
    for (title, rated) in &b.targets {
        let _ = writeln!(s, "<h3>{}</h3>", xml(title));
        if rated.is_empty() {
            let _ = writeln!(s, "<p>{}</p>", xml(&t.tr("brief-no-indicator")));
            continue;
        }
        let _ = writeln!(
            s,
            "<table><thead><tr><th>{}</th><th>{}</th><th>{}</th></tr></thead><tbody>",
            xml(&t.tr("brief-indicator")),
            xml(&t.tr("brief-change")),
            xml(&t.tr("brief-rating"))
        );
        for r in rated {
            let _ = writeln!(
                s,
                "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
                xml(&r.name),
                xml(&r.change),
                xml(&r.rating)
            );
        }
        s.push_str("</tbody></table>\n");
    }
    let _ = writeln!(
        s,
        "<h2>{}</h2>\n<p>{}</p>",
        xml(&t.tr("brief-annex-matrix")),
        xml(&t.tr("brief-annex-intro"))
    );
    for sec in b.sections.iter().filter(|sec| !sec.rows.is_empty()) {
        let _ = writeln!(s, "<h3>{}</h3>", xml(&sec.title));
        annex_table(&mut s, &t, &sec.rows);
    }
    let _ = writeln!(s, "<h2>{}</h2>\n<ul>", xml(&t.tr("brief-annex-sources")));
    for (symbol, title, url) in &b.sources {
        // Addresses are shown, not linked: the file makes no requests, even on a click.
        let _ = writeln!(
            s,
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
    s.push_str("</ul>\n</body>\n</html>\n");
    s
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

fn table(s: &mut String, t: &crate::i18n::Translator, rows: &[Row], internal: bool) {
    let header = super::commitment_header(t, internal);
    s.push_str("<table class=\"commitments\"><thead><tr>");
    for h in &header {
        let _ = write!(s, "<th>{}</th>", xml(h));
    }
    s.push_str("</tr></thead><tbody>\n");
    for r in rows {
        let _ = write!(
            s,
            "<tr><td>{}</td><td><strong>{}</strong><br>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>",
            xml(&r.reference),
            xml(&r.title),
            xml(&r.summary),
            chip(&r.status, &r.status_colour),
            xml(&r.evidence_level),
            r.evidence
                .iter()
                .map(|e| xml(e))
                .collect::<Vec<_>>()
                .join("<br>"),
            xml(&r.notes).replace('\n', "<br>")
        );
        if internal {
            let _ = write!(
                s,
                "<td class=\"private\">{}</td>",
                xml(&r.talking_points).replace('\n', "<br>")
            );
        }
        s.push_str("</tr>\n");
    }
    s.push_str("</tbody></table>\n");
}

fn annex_table(s: &mut String, t: &crate::i18n::Translator, rows: &[Row]) {
    s.push_str("<table><thead><tr>");
    for h in &super::annex_header(t) {
        let _ = write!(s, "<th>{}</th>", xml(h));
    }
    s.push_str("</tr></thead><tbody>\n");
    for r in rows {
        let _ = writeln!(
            s,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            xml(&r.reference),
            xml(&r.title),
            chip(&r.status, &r.status_colour),
            xml(&r.evidence_level),
        );
    }
    s.push_str("</tbody></table>\n");
}
