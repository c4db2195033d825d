//! The briefing walked once for the text markups. HTML and Markdown differ only in how they write
//! a heading, a paragraph, a table or a chart; the order and content of the briefing are here, so
//! a change to the briefing is made in one place for both.

use super::briefing::{Briefing, Profile, Row, Section};
use crate::i18n::Translator;

/// One table cell, written by each markup in its own way. Texts are raw: the markup escapes them.
pub enum Cell<'a> {
    /// Plain text; line breaks are kept.
    Text(&'a str),
    /// A commitment: its title in bold, then its text.
    Titled(&'a str, &'a str),
    /// A status: label and colour `#rrggbb`.
    Status(&'a str, &'a str),
    /// Items, one per line.
    Lines(&'a [String]),
    /// A private talking point, marked as such.
    Private(&'a str),
    /// A count, aligned right.
    Count(usize),
}

/// What a table holds, for markups that style tables by kind.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Counts, ratings and the annex.
    Plain,
    /// A section's commitment table: wide, with the commitments' texts.
    Commitments,
}

/// A text markup the briefing can be written in.
pub trait Markup {
    /// The document's start: the internal banner when there is one, the title and the title
    /// block's (label, value) lines.
    fn start(&mut self, b: &Briefing, banner: Option<&str>);
    /// A heading of `level` 2 or 3, with an anchor where the markup has them.
    fn heading(&mut self, level: u8, text: &str, anchor: Option<&str>);
    /// A paragraph of text, line breaks kept.
    fn paragraph(&mut self, text: &str);
    /// A remark about the document, in italics.
    fn remark(&mut self, text: &str);
    /// A paragraph that starts with a label in italics.
    fn labelled(&mut self, label: &str, text: &str);
    /// A chart, by name (`status`, `targets` or `<group>-<indicator>`), with alternative text.
    fn chart(&mut self, name: &str, alt: &str);
    /// A table with a header row.
    fn table(&mut self, kind: Kind, header: &[String], rows: &[Vec<Cell<'_>>]);
    /// The list of sources: (symbol or id, title, address).
    fn sources(&mut self, sources: &[(String, String, String)]);
    /// The document's end.
    fn finish(&mut self);
}

/// Writes the briefing `b` with `m`.
pub fn walk(m: &mut impl Markup, b: &Briefing) {
    let t = super::briefing::labels(b.lang);
    let internal = b.profile == Profile::Internal;
    m.start(b, internal.then(|| t.tr(key!("brief-internal"))).as_deref());
    m.heading(2, &t.tr(key!("brief-overview")), None);
    m.chart("status", &t.tr(key!("brief-counts")));
    if !b.addressees.is_empty() {
        m.heading(3, &t.tr(key!("brief-by-addressee")), None);
        m.paragraph(&t.tr(key!("brief-by-addressee-intro")));
        let rows: Vec<Vec<Cell<'_>>> = b
            .addressees
            .iter()
            .map(|(a, n, assessed, progress)| {
                vec![
                    Cell::Text(a),
                    Cell::Count(*n),
                    Cell::Count(*assessed),
                    Cell::Count(*progress),
                ]
            })
            .collect();
        m.table(Kind::Plain, &super::addressee_header(&t), &rows);
    }
    for sec in &b.sections {
        section(m, &t, sec, internal);
    }
    targets(m, &t, b);
    annex(m, &t, b);
    values(m, &t, b);
    m.heading(2, &t.tr(key!("brief-annex-sources")), None);
    m.sources(&b.sources);
    m.finish();
}

/// One pillar or group: counts, narrative with supporting commitments, the commitment table and
/// the trend charts.
fn section(m: &mut impl Markup, t: &Translator, sec: &Section, internal: bool) {
    m.heading(2, &sec.title, Some(&sec.id));
    let counts: Vec<Vec<Cell<'_>>> = sec
        .counts
        .iter()
        .map(|(label, colour, n)| vec![Cell::Status(label, colour), Cell::Count(*n)])
        .collect();
    m.table(
        Kind::Plain,
        &[t.tr(key!("brief-status")), t.tr(key!("brief-commitments"))],
        &counts,
    );
    let supporting = [Some(&sec.achieved), Some(&sec.challenged), None];
    for (i, key) in [
        key!("brief-achievements"),
        key!("brief-challenges"),
        key!("brief-priorities"),
    ]
    .iter()
    .enumerate()
    {
        m.heading(3, &t.tr(key), None);
        let narrative = &sec.narrative[i];
        if narrative.trim().is_empty() {
            m.paragraph(&t.tr(key!("brief-narrative-empty")));
        } else {
            m.paragraph(narrative);
        }
        if let Some(rows) = supporting[i] {
            m.labelled(&t.tr(key!("brief-supporting")), &super::supporting(t, rows));
        }
    }
    m.heading(3, &t.tr(key!("brief-assessed-table")), None);
    if !sec.assessed.is_empty() {
        commitments(m, t, &sec.assessed, internal);
    }
    if let Some(note) = super::unassessed_note(t, sec) {
        m.remark(&note);
    }
    if !sec.indicators.is_empty() {
        m.heading(3, &t.tr(key!("brief-trends")), None);
        for i in &sec.indicators {
            m.chart(&format!("{}-{i}", sec.id), i);
        }
    }
}

/// The 2019 target areas with their rated indicators.
fn targets(m: &mut impl Markup, t: &Translator, b: &Briefing) {
    m.heading(2, &t.tr(key!("brief-targets")), None);
    m.paragraph(&t.tr(key!("brief-targets-intro")));
    m.chart("targets", &t.tr(key!("brief-targets")));
    let header = super::targets_header(t);
    for (title, rated) in &b.targets {
        m.heading(3, title, None);
        if rated.is_empty() {
            m.paragraph(&t.tr(key!("brief-no-indicator")));
            continue;
        }
        let rows: Vec<Vec<Cell<'_>>> = rated
            .iter()
            .map(|r| {
                vec![
                    Cell::Text(&r.name),
                    Cell::Text(&r.change),
                    Cell::Text(&r.rating),
                    Cell::Text(&r.note),
                ]
            })
            .collect();
        m.table(Kind::Plain, &header, &rows);
    }
}

/// Annex 1: every commitment by pillar and group, one line each.
fn annex(m: &mut impl Markup, t: &Translator, b: &Briefing) {
    m.heading(2, &t.tr(key!("brief-annex-matrix")), None);
    m.paragraph(&t.tr(key!("brief-annex-intro")));
    let header = super::annex_header(t);
    for sec in b.sections.iter().filter(|sec| !sec.rows.is_empty()) {
        m.heading(3, &sec.title, None);
        let rows: Vec<Vec<Cell<'_>>> = sec
            .rows
            .iter()
            .map(|r| {
                vec![
                    Cell::Text(&r.reference),
                    Cell::Text(&r.title),
                    Cell::Text(&r.addressee),
                    Cell::Status(&r.status, &r.status_colour),
                    Cell::Text(&r.evidence_level),
                ]
            })
            .collect();
        m.table(Kind::Plain, &header, &rows);
    }
}

/// Annex 2: every value of the charted indicators with its source; hindsight values marked.
fn values(m: &mut impl Markup, t: &Translator, b: &Briefing) {
    if b.values.is_empty() {
        return;
    }
    m.heading(2, &t.tr(key!("brief-annex-values")), None);
    m.paragraph(&super::values_intro(t, b));
    let rows: Vec<Vec<Cell<'_>>> = b
        .values
        .iter()
        .map(|v| {
            vec![
                Cell::Text(&v.indicator),
                Cell::Text(&v.year),
                Cell::Text(&v.value),
                Cell::Text(&v.flag),
                Cell::Text(&v.source),
                Cell::Text(&v.published),
            ]
        })
        .collect();
    m.table(Kind::Plain, &super::values_header(t), &rows);
}

/// A section's commitment table.
fn commitments(m: &mut impl Markup, t: &Translator, rows: &[Row], internal: bool) {
    let rows: Vec<Vec<Cell<'_>>> = rows
        .iter()
        .map(|r| {
            let mut cells = vec![
                Cell::Text(&r.reference),
                Cell::Titled(&r.title, &r.summary),
                Cell::Status(&r.status, &r.status_colour),
                Cell::Text(&r.evidence_level),
                Cell::Lines(&r.evidence),
                Cell::Text(&r.notes),
            ];
            if internal {
                cells.push(Cell::Private(&r.talking_points));
            }
            cells
        })
        .collect();
    m.table(
        Kind::Commitments,
        &super::commitment_header(t, internal),
        &rows,
    );
}
