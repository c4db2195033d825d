//! The content of a briefing, built once from a review and written by every format: title
//! block, one section per pillar and group, the 2019 targets, and the annexes.

use crate::analysis;
use crate::charts::{Chart, ChartKind};
use crate::i18n::{Language, Translator};
use crate::model::{Dataset, Review, text_in, text_or_empty};
use crate::summary;

/// Who may read the copy.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Profile {
    /// For sharing: private talking points are never included.
    Shareable,
    /// For the delegation: includes talking points; every page says "Internal".
    Internal,
}

/// One row of a commitment table and of the matrix.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// Commitment id.
    pub id: String,
    /// Group title.
    pub group: String,
    /// "A/68/126, para. 89 (g)", in the briefing's language ("A/68/126，第89段(g)").
    pub reference: String,
    /// Short title (with "[en]" when shown in English for lack of the chosen language).
    pub title: String,
    /// To whom it is addressed ("General Assembly"), empty when the dataset does not say.
    pub addressee: String,
    /// The commitment's text, likewise.
    pub summary: String,
    /// Status label.
    pub status: String,
    /// Status colour `#rrggbb`.
    pub status_colour: String,
    /// Whether the status counts as progress.
    pub progress: bool,
    /// Status id.
    pub status_id: String,
    /// Evidence level label.
    pub evidence_level: String,
    /// Evidence references, one per item, in the briefing's language.
    pub evidence: Vec<String>,
    /// Shareable notes.
    pub notes: String,
    /// Private talking points: empty unless the profile is internal.
    pub talking_points: String,
}

/// A pillar or group of the briefing.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// Group id.
    pub id: String,
    /// Title in the briefing's language.
    pub title: String,
    /// Whether it is a pillar (else a cross-cutting group).
    pub pillar: bool,
    /// (status label, colour, count) per level.
    pub counts: Vec<(String, String, usize)>,
    /// The delegation's narrative: achievements, challenges, priorities.
    pub narrative: [String; 3],
    /// Commitments achieved or with substantial progress.
    pub achieved: Vec<Row>,
    /// Commitments with limited or no progress, or regressed.
    pub challenged: Vec<Row>,
    /// The group's assessed commitments, for the section's commitment table.
    pub assessed: Vec<Row>,
    /// How many of the group's commitments are not yet assessed (listed in the annex only).
    pub unassessed: usize,
    /// All the group's commitments, for the annex matrix.
    pub rows: Vec<Row>,
    /// Indicators linked to the group's commitments (for trend charts).
    pub indicators: Vec<String>,
}

/// One rated indicator of a target area.
#[derive(Clone, Debug, PartialEq)]
pub struct Rated {
    /// Indicator name and geography.
    pub name: String,
    /// The years compared and the change ("2009–2013: +70%"), naming the baseline used when it
    /// is not the baseline year, or why there is none.
    pub change: String,
    /// Rating label, or "not rated" with the reason.
    pub rating: String,
    /// Values left out because they were published after the cut-off, when there are any.
    pub note: String,
}

/// One value of an indicator, for the annex of indicator values.
#[derive(Clone, Debug, PartialEq)]
pub struct Value {
    /// Indicator name and geography.
    pub indicator: String,
    /// The year the value refers to, as the table writes it.
    pub year: String,
    /// The value with its unit ("224,000 ha").
    pub value: String,
    /// How it was obtained (reported, estimated, derived, revised).
    pub flag: String,
    /// The source: the publication first, the copy consulted second.
    pub source: String,
    /// When the source was published, and "after the cut-off" for hindsight.
    pub published: String,
    /// Whether it was published after the cut-off.
    pub hindsight: bool,
}

/// The whole briefing.
#[derive(Clone, Debug, PartialEq)]
pub struct Briefing {
    /// Language.
    pub lang: Language,
    /// Shareable or internal.
    pub profile: Profile,
    /// The document's title.
    pub title: String,
    /// Who wrote it: the review's delegation (the author in a file's properties).
    pub author: String,
    /// Title block lines (label, value).
    pub facts: Vec<(String, String)>,
    /// Pillars, then cross-cutting groups.
    pub sections: Vec<Section>,
    /// Target areas with their rated indicators.
    pub targets: Vec<(String, Vec<Rated>)>,
    /// Per addressee the dataset names: (addressee, commitments, assessed, counted as progress).
    pub addressees: Vec<(String, usize, usize, usize)>,
    /// Every commitment.
    pub matrix: Vec<Row>,
    /// The information cut-off used: values published after it are marked as hindsight.
    pub as_of: Option<jiff::civil::Date>,
    /// Every value of the indicators the briefing charts, for the annex of values.
    pub values: Vec<Value>,
    /// Sources: (the publication as cited, what was consulted, address of the copy).
    pub sources: Vec<(String, String, String)>,
}

/// What to include.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    /// Shareable or internal.
    pub profile: Profile,
    /// The language (dataset texts fall back to English where they lack one).
    pub lang: Language,
    /// Group ids to include; empty means all.
    pub groups: Vec<String>,
    /// The information cut-off: the dataset's, another day, or none.
    pub as_of: analysis::Cutoff,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            profile: Profile::Shareable,
            lang: Language::En,
            groups: Vec::new(),
            as_of: analysis::Cutoff::Dataset,
        }
    }
}

fn localised(texts: &crate::model::Texts, lang: &str) -> String {
    match text_in(texts, lang) {
        Some((t, true)) => format!("{t} [en]"),
        Some((t, false)) => t.to_owned(),
        None => String::new(),
    }
}

/// Builds the briefing.
#[must_use]
#[expect(clippy::too_many_lines, reason = "one briefing, built top to bottom")]
pub fn build(d: &Dataset, r: &Review, options: &Options) -> Briefing {
    let t = Translator::new(options.lang);
    let lang = options.lang.code();
    let internal = options.profile == Profile::Internal;
    let default_status = d.default_status();
    let default_evidence = d.default_evidence();
    let row = |c: &crate::model::Commitment| {
        let a = r.assessments.get(&c.id);
        let status_id = a.map_or(default_status, |a| a.status.as_str());
        let level = d.status_level(status_id);
        let evidence_id = a.map_or(default_evidence, |a| a.evidence_level.as_str());
        Row {
            id: c.id.clone(),
            group: d.group(&c.group).map_or_else(
                || c.group.clone(),
                |g| text_or_empty(&g.title, lang).to_owned(),
            ),
            reference: d.reference_in(&c.source, &t),
            title: localised(&c.title, lang),
            addressee: c.addressee.map(|a| t.tr(a.key())).unwrap_or_default(),
            summary: localised(&c.text, lang),
            status: level.map_or_else(
                || status_id.to_owned(),
                |l| text_or_empty(&l.label, lang).to_owned(),
            ),
            status_colour: level.map_or_else(|| "#9e9e9e".to_owned(), |l| l.colour.clone()),
            progress: level.is_some_and(|l| l.counts_as_progress),
            status_id: status_id.to_owned(),
            evidence_level: d
                .evidence_scale
                .iter()
                .find(|l| l.id == evidence_id)
                .map_or_else(
                    || evidence_id.to_owned(),
                    |l| text_or_empty(&l.label, lang).to_owned(),
                ),
            evidence: a
                .map(|a| {
                    a.evidence
                        .iter()
                        .map(|item| crate::edit::describe_evidence_in(item, &t))
                        .collect()
                })
                .unwrap_or_default(),
            notes: a.map(|a| a.notes.clone()).unwrap_or_default(),
            talking_points: if internal {
                a.map(|a| a.talking_points.clone()).unwrap_or_default()
            } else {
                String::new()
            },
        }
    };
    // A row belongs in its section's table when there is anything to say about it: a status,
    // evidence, a note or a talking point.
    let has_content = |r: &Row| {
        r.status_id != default_status
            || !r.evidence.is_empty()
            || !r.notes.trim().is_empty()
            || !r.talking_points.trim().is_empty()
    };
    let chosen = |id: &str| options.groups.is_empty() || options.groups.iter().any(|g| g == id);
    let counts = summary::status_counts(d, Some(r));
    let sections: Vec<Section> = d
        .groups
        .iter()
        .filter(|g| chosen(&g.id))
        .map(|g| {
            let rows: Vec<Row> = d
                .commitments
                .iter()
                .filter(|c| c.group == g.id)
                .map(row)
                .collect();
            let group_counts = counts
                .iter()
                .find(|c| c.group == g.id)
                .map(|c| c.counts.clone())
                .unwrap_or_default();
            let narrative = r.narratives.get(&g.id).cloned().unwrap_or_default();
            let mut indicators: Vec<String> = Vec::new();
            for c in d.commitments.iter().filter(|c| c.group == g.id) {
                for i in &c.indicators {
                    if !indicators.contains(i)
                        && d.indicator(i).is_some_and(|ind| !ind.series.is_empty())
                    {
                        indicators.push(i.clone());
                    }
                }
            }
            let challenged_ids = ["no-progress", "limited", "regressed"];
            Section {
                id: g.id.clone(),
                title: text_or_empty(&g.title, lang).to_owned(),
                pillar: g.kind == crate::model::GroupKind::Pillar,
                counts: d
                    .status_scale
                    .iter()
                    .zip(group_counts)
                    .map(|(l, n)| {
                        (
                            text_or_empty(&l.label, lang).to_owned(),
                            l.colour.clone(),
                            n,
                        )
                    })
                    .collect(),
                narrative: [
                    narrative.achievements,
                    narrative.challenges,
                    narrative.priorities,
                ],
                achieved: rows.iter().filter(|r| r.progress).cloned().collect(),
                challenged: rows
                    .iter()
                    .filter(|r| {
                        !r.progress
                            && r.status_id != default_status
                            && (challenged_ids.contains(&r.status_id.as_str())
                                || !d
                                    .status_scale
                                    .iter()
                                    .any(|l| l.id == r.status_id && l.counts_as_progress))
                    })
                    .cloned()
                    .collect(),
                assessed: rows.iter().filter(|r| has_content(r)).cloned().collect(),
                unassessed: rows.iter().filter(|r| !has_content(r)).count(),
                rows,
                indicators,
            }
        })
        .collect();
    let as_of = options.as_of.resolve(d);
    let targets = d
        .target_areas
        .iter()
        .map(|ta| {
            let title = format!(
                "({}) {}",
                ta.source.letter.as_deref().unwrap_or(""),
                text_or_empty(&ta.title, lang)
            );
            let rated = ta
                .indicators
                .iter()
                .filter_map(|i| d.indicator(i))
                .map(|ind| {
                    let said = analysis::describe(d, ind, as_of, options.lang);
                    Rated {
                        name: format!(
                            "{} — {}",
                            text_or_empty(&ind.name, lang),
                            text_or_empty(&ind.geography, lang)
                        ),
                        change: said.change,
                        rating: said.rating,
                        note: said.hindsight.unwrap_or_default(),
                    }
                })
                .collect();
            (title, rated)
        })
        .collect();
    let today = jiff::Timestamp::now()
        .to_zoned_datetime(jiff::tz::TimeZone::system())
        .date()
        .to_string();
    let assessed = summary::assessed(d, r);
    let facts = vec![
        (t.tr(key!("brief-delegation")), r.delegation.clone()),
        (
            t.tr(key!("brief-dataset")),
            super::output::dataset_fact(
                &t,
                &format!(
                    "{} ({})",
                    text_or_empty(&d.metadata.title, lang),
                    d.metadata.version
                ),
                d,
                r,
            ),
        ),
        (t.tr(key!("brief-date")), today),
        (
            t.tr(key!("brief-as-of")),
            as_of.map_or_else(
                || t.tr(key!("brief-as-of-none")),
                |date| crate::i18n::date_in(options.lang, date),
            ),
        ),
        (
            t.tr(key!("brief-assessed")),
            t.tr_args(
                key!("brief-assessed-value"),
                &[
                    ("n", assessed.into()),
                    ("total", d.commitments.len().into()),
                ],
            ),
        ),
        (
            t.tr(key!("brief-copy")),
            t.tr(if internal {
                key!("brief-internal")
            } else {
                key!("brief-shareable")
            }),
        ),
    ];
    Briefing {
        lang: options.lang,
        profile: options.profile,
        title: t.tr(key!("brief-title")),
        author: r.delegation.clone(),
        facts,
        targets,
        addressees: by_addressee(d, r, &options.groups, &t),
        matrix: d
            .commitments
            .iter()
            .filter(|c| chosen(&c.group))
            .map(row)
            .collect(),
        values: values(d, &sections, as_of, &t),
        as_of,
        sources: d
            .metadata
            .sources
            .iter()
            .map(|s| {
                let kind = match s.kind {
                    Some(crate::model::SourceKind::Primary) => t.tr(key!("source-primary")),
                    Some(crate::model::SourceKind::Secondary) => t.tr(key!("source-secondary")),
                    None => t.tr(key!("source-kind-unknown")),
                };
                let copy = text_or_empty(&s.copy, lang);
                let consulted = if copy.is_empty() {
                    kind
                } else {
                    format!("{kind}: {copy}")
                };
                (
                    s.citation(lang),
                    consulted,
                    s.url.clone().unwrap_or_default(),
                )
            })
            .collect(),
        sections,
    }
}

/// The commitments in the chosen groups per addressee, for the overview: how many, how many
/// assessed, how many counted as progress. Empty when the dataset names no addressee.
fn by_addressee(
    d: &Dataset,
    r: &Review,
    groups: &[String],
    t: &Translator,
) -> Vec<(String, usize, usize, usize)> {
    let chosen = |id: &str| groups.is_empty() || groups.iter().any(|g| g == id);
    let default_status = d.default_status();
    crate::model::Addressee::ALL
        .into_iter()
        .filter_map(|a| {
            let of: Vec<&crate::model::Commitment> = d
                .commitments
                .iter()
                .filter(|c| c.addressee == Some(a) && chosen(&c.group))
                .collect();
            if of.is_empty() {
                return None;
            }
            let status = |c: &&crate::model::Commitment| {
                r.assessments
                    .get(&c.id)
                    .map_or(default_status, |x| x.status.as_str())
            };
            let assessed = of.iter().filter(|c| status(c) != default_status).count();
            let progress = of
                .iter()
                .filter(|c| {
                    d.status_level(status(c))
                        .is_some_and(|l| l.counts_as_progress)
                })
                .count();
            Some((t.tr(a.key()), of.len(), assessed, progress))
        })
        .collect()
}

/// Every value of the indicators the sections chart, in their order, each with its source and
/// when that was published; hindsight values are marked.
fn values(
    d: &Dataset,
    sections: &[Section],
    as_of: Option<jiff::civil::Date>,
    t: &Translator,
) -> Vec<Value> {
    let lang = t.language().code();
    let mut seen: Vec<&str> = Vec::new();
    let mut out = Vec::new();
    for id in sections.iter().flat_map(|s| s.indicators.iter()) {
        if seen.contains(&id.as_str()) {
            continue;
        }
        seen.push(id);
        let Some(ind) = d.indicator(id) else { continue };
        let unit = d
            .units
            .iter()
            .find(|u| u.id == ind.unit)
            .map_or(ind.unit.as_str(), |u| text_or_empty(&u.label, lang));
        let name = format!(
            "{} — {}",
            text_or_empty(&ind.name, lang),
            text_or_empty(&ind.geography, lang)
        );
        for o in &ind.series {
            let source = d.source(&o.source);
            let hindsight = analysis::is_hindsight(d, o, as_of);
            let date = source
                .and_then(|s| s.published)
                .map_or_else(|| t.tr(key!("brief-published-unknown")), |p| p.to_string());
            let published = match (hindsight, as_of) {
                (true, Some(cutoff)) => t.tr_args(
                    key!("brief-published-hindsight"),
                    &[
                        ("published", date.into()),
                        ("date", crate::i18n::date_in(t.language(), cutoff).into()),
                    ],
                ),
                _ => date,
            };
            out.push(Value {
                indicator: name.clone(),
                year: o.year.to_string(),
                value: format!("{} {unit}", crate::charts::thousands(o.value)),
                flag: t.tr(o.flag.key()),
                source: source.map_or_else(|| o.source.clone(), |s| s.cited(lang)),
                published,
                hindsight,
            });
        }
    }
    out
}

/// The charts of a briefing, in the order the writers place them: the status of all groups,
/// each section's status, each section's indicator trends, the targets at a glance.
#[must_use]
pub fn charts(b: &Briefing) -> Vec<(String, Chart)> {
    let lang = if b.lang.is_chinese() {
        Language::Zh
    } else {
        Language::En
    };
    let mut out = vec![(
        "status".to_owned(),
        Chart {
            kind: ChartKind::StatusByPillar,
            lang,
            as_of: b.as_of,
        },
    )];
    for s in &b.sections {
        for i in &s.indicators {
            out.push((
                format!("{}-{i}", s.id),
                Chart {
                    kind: ChartKind::Trends {
                        indicators: vec![i.clone()],
                    },
                    lang,
                    as_of: b.as_of,
                },
            ));
        }
    }
    out.push((
        "targets".to_owned(),
        Chart {
            kind: ChartKind::Targets,
            lang,
            as_of: b.as_of,
        },
    ));
    out
}

/// Labels of the briefing in its language.
#[must_use]
pub fn labels(lang: Language) -> Translator {
    Translator::new(lang)
}
