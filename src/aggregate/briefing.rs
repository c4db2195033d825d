//! The aggregate briefing: what a regional group or the secretariat reads about many
//! delegations' reviews of one dataset. Built here as tables ([`Report`]s) in the reader's
//! language; written as PDF, Word, HTML or Markdown by [`crate::export::aggregate`], with the
//! stacked-bar charts drawn there.

use super::{Aggregate, CommitmentSummary, Members, Sort, order};
use crate::i18n::{Language, tr_args_in, tr_in};
use crate::model::{Dataset, text_or_empty};
use crate::report::Report;

/// How many commitment references the "not assessed" table lists per delegation before it
/// says how many more there are.
const LISTED: usize = 25;

/// The aggregate briefing, in one language.
#[derive(Clone, Debug, PartialEq)]
pub struct AggregateBriefing {
    /// The title.
    pub title: String,
    /// What was read: how many reviews of which dataset, how many files left out.
    pub subtitle: String,
    /// The orders the stacked-bar charts are drawn in (one chart each).
    pub charts: Vec<Sort>,
    /// The tables, each with its heading: every commitment across delegations, the heat maps,
    /// who has not assessed what, the narratives side by side, the files left out.
    pub parts: Vec<Report>,
    /// Per part, the shade of each body cell from 0 to 1 (rows, then columns; the heat maps'
    /// share assessed), so the writers can colour the heat maps; empty for the other parts.
    pub shades: Vec<Vec<Vec<f64>>>,
}

/// How many commitments each chart draws.
pub const CHART_ROWS: usize = 25;

/// The aggregate briefing of `aggregate` in `lang`.
#[must_use]
pub fn briefing(aggregate: &Aggregate, lang: Language) -> AggregateBriefing {
    let code = lang.code();
    let (dataset, read, summaries) = (&aggregate.dataset, &aggregate.read, &aggregate.summaries);
    let mut parts = vec![commitments(dataset, summaries, read.members.len(), lang)];
    let mut shades = vec![Vec::new()];
    for (part, shade) in heat_map_parts(aggregate, lang) {
        parts.push(part);
        shades.push(shade);
    }
    parts.push(not_assessed(aggregate, lang));
    parts.extend(narratives(dataset, read, lang));
    if !read.left_out.is_empty() {
        parts.push(left_out(read, lang));
    }
    shades.resize(parts.len(), Vec::new());
    AggregateBriefing {
        title: tr_args_in(
            lang,
            key!("aggregate-title"),
            &[(
                "dataset",
                text_or_empty(&dataset.metadata.title, code).into(),
            )],
        ),
        subtitle: tr_args_in(
            lang,
            key!("aggregate-subtitle"),
            &[
                ("reviews", read.members.len().into()),
                ("dataset", dataset.metadata.id.as_str().into()),
                ("version", dataset.metadata.version.as_str().into()),
                ("left", read.files_left_out().into()),
            ],
        ),
        charts: vec![Sort::MostAssessed, Sort::MostDisagreement],
        parts,
        shades,
    }
}

/// `rows` as a report's one untitled group, or none when there are no rows (the report then
/// says its `empty` text).
fn one_group(rows: Vec<Vec<String>>) -> Vec<(String, Vec<Vec<String>>)> {
    if rows.is_empty() {
        Vec::new()
    } else {
        vec![(String::new(), rows)]
    }
}

/// A percentage of `part` in `whole`, rounded (0 when `whole` is 0).
fn percent(part: usize, whole: usize) -> usize {
    (part * 100 + whole / 2).checked_div(whole).unwrap_or(0)
}

/// Every commitment across delegations, under its pillar, most assessed first.
fn commitments(
    dataset: &Dataset,
    summaries: &[CommitmentSummary],
    members: usize,
    lang: Language,
) -> Report {
    let code = lang.code();
    let counts = |levels: &[(String, usize)]| {
        levels
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(label, n)| format!("{label} {n}"))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    let order = order(summaries, Sort::MostAssessed);
    let groups = dataset
        .groups
        .iter()
        .filter_map(|g| {
            let rows: Vec<Vec<String>> = order
                .iter()
                .map(|&i| (&dataset.commitments[i], &summaries[i]))
                .filter(|(c, _)| c.group == g.id)
                .map(|(c, s)| {
                    let statuses: Vec<(String, usize)> = dataset
                        .status_scale
                        .iter()
                        .zip(&s.statuses)
                        .map(|(l, n)| (text_or_empty(&l.label, code).to_owned(), *n))
                        .collect();
                    let evidence: Vec<(String, usize)> = dataset
                        .evidence_scale
                        .iter()
                        .zip(&s.evidence)
                        .map(|(l, n)| (text_or_empty(&l.label, code).to_owned(), *n))
                        .collect();
                    vec![
                        format!(
                            "{} {}",
                            dataset.reference(&c.source),
                            text_or_empty(&c.title, code)
                        ),
                        format!("{}/{members}", s.assessed),
                        format!("{} ({}%)", s.progress, percent(s.progress, s.assessed)),
                        format!("{:.0}", s.disagreement * 100.0),
                        counts(&statuses),
                        counts(&evidence),
                    ]
                })
                .collect();
            (!rows.is_empty()).then(|| (text_or_empty(&g.title, code).to_owned(), rows))
        })
        .collect();
    Report {
        title: tr_in(lang, key!("aggregate-part-commitments")),
        subtitle: tr_in(lang, key!("aggregate-part-commitments-note")),
        columns: [
            key!("aggregate-col-commitment"),
            key!("aggregate-col-assessed"),
            key!("aggregate-col-progress"),
            key!("aggregate-col-disagreement"),
            key!("aggregate-col-statuses"),
            key!("aggregate-col-evidence"),
        ]
        .into_iter()
        .map(|k| tr_in(lang, k))
        .collect(),
        groups,
        empty: tr_in(lang, key!("aggregate-empty")),
        weights: vec![3.0, 1.0, 1.2, 1.6, 3.0, 2.2],
    }
}

/// Per pillar, delegations × sections: assessed and progress as shares of the section, with
/// each cell's share assessed as its shade (the delegation's column unshaded).
fn heat_map_parts(aggregate: &Aggregate, lang: Language) -> Vec<(Report, Vec<Vec<f64>>)> {
    let code = lang.code();
    let dataset = &aggregate.dataset;
    aggregate
        .heat_maps
        .iter()
        .map(|map| {
            let group = dataset
                .group(&map.group)
                .map_or(map.group.as_str(), |g| text_or_empty(&g.title, code));
            let section_title = |id: &Option<String>| {
                id.as_deref()
                    .and_then(|id| {
                        dataset
                            .groups
                            .iter()
                            .flat_map(|g| &g.sections)
                            .find(|s| s.id == id)
                    })
                    .map_or_else(
                        || tr_in(lang, key!("aggregate-no-section")),
                        |s| text_or_empty(&s.title, code).to_owned(),
                    )
            };
            let mut columns = vec![tr_in(lang, key!("aggregate-col-delegation"))];
            columns.extend(map.sections.iter().map(section_title));
            let rows = map
                .rows
                .iter()
                .map(|(who, cells)| {
                    let mut row = vec![who.clone()];
                    row.extend(cells.iter().map(|c| {
                        format!(
                            "{}% · {}%",
                            percent(c.assessed, c.commitments),
                            percent(c.progress, c.commitments)
                        )
                    }));
                    row
                })
                .collect::<Vec<_>>();
            let shades = map
                .rows
                .iter()
                .map(|(_, cells)| {
                    let mut row = vec![0.0];
                    row.extend(cells.iter().map(|c| c.share(c.assessed)));
                    row
                })
                .collect();
            let mut weights = vec![1.5];
            weights.extend(map.sections.iter().map(|_| 1.0));
            let report = Report {
                title: tr_args_in(
                    lang,
                    key!("aggregate-part-heat-map"),
                    &[("pillar", group.into())],
                ),
                subtitle: tr_in(lang, key!("aggregate-part-heat-map-note")),
                columns,
                groups: one_group(rows),
                empty: tr_in(lang, key!("aggregate-empty")),
                weights,
            };
            (report, shades)
        })
        .collect()
}

/// Who has not assessed what: per delegation, how many and which commitments, most first.
fn not_assessed(aggregate: &Aggregate, lang: Language) -> Report {
    let total = aggregate.dataset.commitments.len();
    let rows: Vec<Vec<String>> = aggregate
        .gaps
        .iter()
        .map(|(who, list)| {
            let mut shown = list
                .iter()
                .take(LISTED)
                .cloned()
                .collect::<Vec<_>>()
                .join(", ");
            if list.len() > LISTED {
                shown.push_str(&tr_args_in(
                    lang,
                    key!("aggregate-and-more"),
                    &[("count", (list.len() - LISTED).into())],
                ));
            }
            vec![who.clone(), format!("{}/{total}", list.len()), shown]
        })
        .collect();
    Report {
        title: tr_in(lang, key!("aggregate-part-not-assessed")),
        subtitle: String::new(),
        columns: [
            key!("aggregate-col-delegation"),
            key!("aggregate-col-not-assessed"),
            key!("aggregate-col-commitments"),
        ]
        .into_iter()
        .map(|k| tr_in(lang, k))
        .collect(),
        groups: one_group(rows),
        empty: tr_in(lang, key!("aggregate-all-assessed")),
        weights: vec![1.5, 1.0, 6.0],
    }
}

/// Each delegation's narrative per pillar, side by side.
fn narratives(dataset: &Dataset, read: &Members, lang: Language) -> Vec<Report> {
    let code = lang.code();
    dataset
        .groups
        .iter()
        .map(|g| {
            let rows: Vec<Vec<String>> = read
                .members
                .iter()
                .filter_map(|m| {
                    let n = m.review.narratives.get(&g.id)?;
                    let texts = [&n.achievements, &n.challenges, &n.priorities];
                    texts.iter().any(|t| !t.trim().is_empty()).then(|| {
                        let mut row = vec![m.review.delegation.clone()];
                        row.extend(texts.iter().map(|t| t.trim().to_owned()));
                        row
                    })
                })
                .collect();
            Report {
                title: tr_args_in(
                    lang,
                    key!("aggregate-part-narratives"),
                    &[("pillar", text_or_empty(&g.title, code).into())],
                ),
                subtitle: String::new(),
                columns: [
                    key!("aggregate-col-delegation"),
                    key!("narrative-achievements"),
                    key!("narrative-challenges"),
                    key!("narrative-priorities"),
                ]
                .into_iter()
                .map(|k| tr_in(lang, k))
                .collect(),
                groups: one_group(rows),
                empty: tr_in(lang, key!("aggregate-no-narratives")),
                weights: vec![1.0, 3.0, 3.0, 3.0],
            }
        })
        .collect()
}

/// The files left out, each with its place and problem.
fn left_out(read: &Members, lang: Language) -> Report {
    let rows = read
        .left_out
        .iter()
        .map(|p| {
            vec![
                p.file.display().to_string(),
                match (p.line, p.col) {
                    (Some(l), Some(c)) => format!("{l}:{c}"),
                    (Some(l), None) => l.to_string(),
                    _ => String::new(),
                },
                p.message.render_in(lang),
            ]
        })
        .collect();
    Report {
        title: tr_in(lang, key!("aggregate-part-left-out")),
        subtitle: String::new(),
        columns: [
            key!("aggregate-col-file"),
            key!("aggregate-col-line"),
            key!("aggregate-col-problem"),
        ]
        .into_iter()
        .map(|k| tr_in(lang, k))
        .collect(),
        groups: vec![(String::new(), rows)],
        empty: String::new(),
        weights: vec![3.0, 1.0, 5.0],
    }
}
