//! Validation of datasets and reviews: every problem, not just the first, each with the path of
//! the value it concerns and a message that says what to do. Pure functions; no I/O.

use std::collections::{HashMap, HashSet};

use crate::io::content_hash;
use crate::model::{Dataset, KNOWN_LANGUAGES, REQUIRED_LANGUAGES, Review, Subject, Texts};
use crate::problem::Finding;

/// Years outside this range are refused as typing mistakes.
pub const YEAR_RANGE: std::ops::RangeInclusive<i32> = 1900..=2100;

/// Validates a dataset.
#[must_use]
pub fn dataset(d: &Dataset) -> Vec<Finding> {
    let mut out = Vec::new();
    let f = &mut out;
    let sources = metadata(f, d);

    let units = unique_ids(f, "units", d.units.iter().map(|u| u.id.as_str()), "unit");
    for (i, u) in d.units.iter().enumerate() {
        texts_check(f, &format!("units[{i}].label"), &u.label, true);
    }
    let (groups, section_owner) = groups(f, d);
    unique_ids(f, "tags", d.tags.iter().map(|t| t.id.as_str()), "tag");
    for (i, t) in d.tags.iter().enumerate() {
        texts_check(f, &format!("tags[{i}].label"), &t.label, true);
    }
    let indicators = unique_ids(
        f,
        "indicators",
        d.indicators.iter().map(|i| i.id.as_str()),
        "indicator",
    );
    let targets = unique_ids(
        f,
        "target_areas",
        d.target_areas.iter().map(|t| t.id.as_str()),
        "target area",
    );
    for (ti, t) in d.target_areas.iter().enumerate() {
        let p = format!("target_areas[{ti}]");
        texts_check(f, &format!("{p}.title"), &t.title, true);
        dangling(
            f,
            &format!("{p}.source.document"),
            &t.source.document,
            &sources,
            "source",
            "metadata.sources",
        );
        for (k, ind) in t.indicators.iter().enumerate() {
            dangling(
                f,
                &format!("{p}.indicators[{k}]"),
                ind,
                &indicators,
                "indicator",
                "indicators",
            );
        }
    }
    let refs = Refs {
        sources: &sources,
        groups: &groups,
        section_owner: &section_owner,
        targets: &targets,
        indicators: &indicators,
    };
    commitments(f, d, &refs);
    series(f, d, &sources, &units);
    scales(f, d);
    out
}

/// Ids that references may point at.
struct Refs<'a> {
    sources: &'a HashSet<&'a str>,
    groups: &'a HashSet<&'a str>,
    section_owner: &'a HashMap<&'a str, &'a str>,
    targets: &'a HashSet<&'a str>,
    indicators: &'a HashSet<&'a str>,
}

fn metadata<'a>(f: &mut Vec<Finding>, d: &'a Dataset) -> HashSet<&'a str> {
    if d.metadata.id.trim().is_empty() {
        f.push(Finding::error(
            "metadata.id",
            "the dataset id is empty; give the dataset a stable id such as \"poa2009-review\"",
        ));
    }
    if d.metadata.version.trim().is_empty() {
        f.push(Finding::error(
            "metadata.version",
            "the dataset version is empty; give it a version such as \"1.0.0\"",
        ));
    }
    texts_check(f, "metadata.title", &d.metadata.title, true);
    texts_check(f, "metadata.description", &d.metadata.description, false);

    let sources = unique_ids(
        f,
        "metadata.sources",
        d.metadata.sources.iter().map(|s| s.id.as_str()),
        "source",
    );
    for (i, s) in d.metadata.sources.iter().enumerate() {
        texts_check(f, &format!("metadata.sources[{i}].title"), &s.title, false);
    }
    sources
}

type SectionOwners<'a> = HashMap<&'a str, &'a str>;

fn groups<'a>(f: &mut Vec<Finding>, d: &'a Dataset) -> (HashSet<&'a str>, SectionOwners<'a>) {
    let groups = unique_ids(f, "groups", d.groups.iter().map(|g| g.id.as_str()), "group");
    if !d
        .groups
        .iter()
        .any(|g| g.kind == crate::model::GroupKind::Pillar)
    {
        f.push(Finding::error(
            "groups",
            "no group is a pillar; a dataset needs the Plan of Action's pillars (kind: Pillar)",
        ));
    }
    let mut section_owner: HashMap<&str, &str> = HashMap::new();
    for (gi, g) in d.groups.iter().enumerate() {
        texts_check(f, &format!("groups[{gi}].title"), &g.title, true);
        for (si, s) in g.sections.iter().enumerate() {
            let path = format!("groups[{gi}].sections[{si}].id");
            check_id(f, &path, &s.id, "section");
            if let Some(other) = section_owner.insert(&s.id, &g.id) {
                f.push(Finding::error(path, format!("section id \"{}\" is used twice (also in group \"{other}\"); section ids must be unique in the dataset", s.id)));
            }
            texts_check(
                f,
                &format!("groups[{gi}].sections[{si}].title"),
                &s.title,
                true,
            );
        }
    }
    (groups, section_owner)
}

fn commitments(out: &mut Vec<Finding>, d: &Dataset, refs: &Refs<'_>) {
    let Refs {
        sources,
        groups,
        section_owner,
        targets,
        indicators,
    } = refs;
    unique_ids(
        out,
        "commitments",
        d.commitments.iter().map(|c| c.id.as_str()),
        "commitment",
    );
    if d.commitments.is_empty() {
        out.push(Finding::warning(
            "commitments",
            "the dataset has no commitments",
        ));
    }
    for (ci, commitment) in d.commitments.iter().enumerate() {
        let p = format!("commitments[{ci}]");
        if dangling(
            out,
            &format!("{p}.group"),
            &commitment.group,
            groups,
            "group",
            "groups",
        ) {
            let group = d.group(&commitment.group);
            match (&commitment.section, group) {
                (Some(s), Some(g)) => match section_owner.get(s.as_str()) {
                    None => out.push(Finding::error(format!("{p}.section"), format!("section \"{s}\" does not exist; use one of the sections of group \"{}\"", g.id))),
                    Some(owner) if *owner != g.id => out.push(Finding::error(format!("{p}.section"), format!("section \"{s}\" belongs to group \"{owner}\", not to \"{}\"; fix the group or the section", g.id))),
                    Some(_) => {}
                },
                (None, Some(g)) if !g.sections.is_empty() => out.push(Finding::warning(format!("{p}.group"), format!("commitment \"{}\" has no section, but group \"{}\" has sections; add `section: Some(\"…\")`", commitment.id, g.id))),
                _ => {}
            }
        }
        dangling(
            out,
            &format!("{p}.source.document"),
            &commitment.source.document,
            sources,
            "source",
            "metadata.sources",
        );
        texts_check(out, &format!("{p}.title"), &commitment.title, true);
        texts_check(out, &format!("{p}.text"), &commitment.text, true);
        for (k, t) in commitment.target_areas.iter().enumerate() {
            dangling(
                out,
                &format!("{p}.target_areas[{k}]"),
                t,
                targets,
                "target area",
                "target_areas",
            );
        }
        for (k, i) in commitment.indicators.iter().enumerate() {
            dangling(
                out,
                &format!("{p}.indicators[{k}]"),
                i,
                indicators,
                "indicator",
                "indicators",
            );
        }
    }
}

fn series(f: &mut Vec<Finding>, d: &Dataset, sources: &HashSet<&str>, units: &HashSet<&str>) {
    for (ii, ind) in d.indicators.iter().enumerate() {
        let p = format!("indicators[{ii}]");
        texts_check(f, &format!("{p}.name"), &ind.name, true);
        texts_check(f, &format!("{p}.geography"), &ind.geography, false);
        dangling(f, &format!("{p}.unit"), &ind.unit, units, "unit", "units");
        year_check(f, &format!("{p}.baseline_year"), ind.baseline_year);
        if let Some(t) = &ind.target {
            year_check(f, &format!("{p}.target.year"), t.year);
            if !t.value.is_finite() {
                f.push(Finding::error(
                    format!("{p}.target.value"),
                    "the target value is not a finite number",
                ));
            }
        }
        if ind.series.is_empty() {
            f.push(Finding::warning(
                format!("{p}.series"),
                format!("indicator \"{}\" has no observations", ind.id),
            ));
        }
        let mut seen_years = HashSet::new();
        let mut last_year = i32::MIN;
        for (oi, o) in ind.series.iter().enumerate() {
            let op = format!("{p}.series[{oi}]");
            year_check(f, &format!("{op}.year"), o.year);
            if !seen_years.insert(o.year) {
                f.push(Finding::error(
                    format!("{op}.year"),
                    format!(
                        "year {} appears twice in the series of \"{}\"; keep one value per year",
                        o.year, ind.id
                    ),
                ));
            } else if o.year < last_year {
                f.push(Finding::warning(format!("{op}.year"), format!("the series of \"{}\" is not in year order ({} after {last_year}); sort it by year", ind.id, o.year)));
            }
            last_year = last_year.max(o.year);
            if !o.value.is_finite() {
                f.push(Finding::error(
                    format!("{op}.value"),
                    "the value is not a finite number",
                ));
            }
            if let Some(u) = &o.unit
                && *u != ind.unit
            {
                f.push(Finding::error(format!("{op}.unit"), format!("the series of \"{}\" mixes units: this value is in \"{u}\" but the indicator is in \"{}\"; convert the value or make a separate indicator", ind.id, ind.unit)));
            }
            dangling(
                f,
                &format!("{op}.source"),
                &o.source,
                sources,
                "source",
                "metadata.sources",
            );
        }
    }
}

fn scales(f: &mut Vec<Finding>, d: &Dataset) {
    unique_ids(
        f,
        "status_scale",
        d.status_scale.iter().map(|l| l.id.as_str()),
        "status level",
    );
    if d.status_scale.len() < 2 {
        f.push(Finding::error(
            "status_scale",
            "the status scale needs at least two levels: \"not assessed\" first, then the marks",
        ));
    }
    for (li, l) in d.status_scale.iter().enumerate() {
        texts_check(f, &format!("status_scale[{li}].label"), &l.label, true);
        if !is_hex_colour(&l.colour) {
            f.push(Finding::error(
                format!("status_scale[{li}].colour"),
                format!(
                    "\"{}\" is not a colour; write it as \"#rrggbb\", e.g. \"#2e7d32\"",
                    l.colour
                ),
            ));
        }
    }
    unique_ids(
        f,
        "evidence_scale",
        d.evidence_scale.iter().map(|l| l.id.as_str()),
        "evidence level",
    );
    if d.evidence_scale.is_empty() {
        f.push(Finding::error(
            "evidence_scale",
            "the evidence scale is empty; it needs at least \"no evidence\"",
        ));
    }
    for (li, l) in d.evidence_scale.iter().enumerate() {
        texts_check(f, &format!("evidence_scale[{li}].label"), &l.label, true);
    }
}

/// Validates a review, and its references into `dataset` when one is given.
#[must_use]
pub fn review(r: &Review, dataset: Option<&Dataset>) -> Vec<Finding> {
    let mut out = Vec::new();
    let f = &mut out;
    if r.delegation.trim().is_empty() {
        f.push(Finding::warning(
            "delegation",
            "the delegation name is empty",
        ));
    }
    let mut last = None;
    for (i, h) in r.history.iter().enumerate() {
        if last.is_some_and(|t| h.at < t) {
            f.push(Finding::warning(format!("history[{i}].at"), "this history entry is older than the one before it; the history should be in time order"));
        }
        last = Some(h.at);
    }
    let Some(d) = dataset else {
        return out;
    };
    if r.dataset.id != d.metadata.id {
        f.push(Finding::error("dataset.id", format!("this review is of dataset \"{}\", but the dataset given is \"{}\"; open the review with its own dataset", r.dataset.id, d.metadata.id)));
        return out;
    }
    if r.dataset.version != d.metadata.version {
        f.push(Finding::warning("dataset.version", format!("this review was made on version {} of the dataset, and the dataset is now version {}; check the assessments of changed commitments", r.dataset.version, d.metadata.version)));
    } else if let Ok(hash) = content_hash(d)
        && hash != r.dataset.content_hash
    {
        f.push(Finding::warning("dataset.content_hash", format!("the dataset's content changed since this review was made, though its version ({}) did not; check the assessments", d.metadata.version)));
    }
    let statuses: HashSet<&str> = d.status_scale.iter().map(|l| l.id.as_str()).collect();
    let evidence: HashSet<&str> = d.evidence_scale.iter().map(|l| l.id.as_str()).collect();
    let commitments: HashSet<&str> = d.commitments.iter().map(|c| c.id.as_str()).collect();
    let groups: HashSet<&str> = d.groups.iter().map(|g| g.id.as_str()).collect();
    for (id, a) in &r.assessments {
        let p = format!("assessments[{id:?}]");
        if !commitments.contains(id.as_str()) {
            f.push(Finding::error(p.clone(), format!("the review assesses commitment \"{id}\", which the dataset does not have; remove the assessment or use the dataset it was made on")));
        }
        if !statuses.contains(a.status.as_str()) {
            f.push(Finding::error(
                format!("{p}.status"),
                format!(
                    "status \"{}\" is not on the dataset's status scale ({})",
                    a.status,
                    list(
                        &d.status_scale
                            .iter()
                            .map(|l| l.id.as_str())
                            .collect::<Vec<_>>()
                    )
                ),
            ));
        }
        if !evidence.contains(a.evidence_level.as_str()) {
            f.push(Finding::error(
                format!("{p}.evidence_level"),
                format!(
                    "evidence level \"{}\" is not on the dataset's evidence scale ({})",
                    a.evidence_level,
                    list(
                        &d.evidence_scale
                            .iter()
                            .map(|l| l.id.as_str())
                            .collect::<Vec<_>>()
                    )
                ),
            ));
        }
    }
    for id in r.narratives.keys() {
        if !groups.contains(id.as_str()) {
            f.push(Finding::error(
                format!("narratives[{id:?}]"),
                format!(
                    "the review has a narrative for group \"{id}\", which the dataset does not have"
                ),
            ));
        }
    }
    for (i, h) in r.history.iter().enumerate() {
        let (known, what, id) = match &h.subject {
            Subject::Commitment(id) => (commitments.contains(id.as_str()), "commitment", id),
            Subject::Group(id) => (groups.contains(id.as_str()), "group", id),
        };
        if !known {
            f.push(Finding::warning(format!("history[{i}].subject"), format!("history entry about {what} \"{id}\", which the dataset does not have (kept, since history is never rewritten)")));
        }
    }
    out
}

fn list(ids: &[&str]) -> String {
    ids.join(", ")
}

/// The longest id accepted, in characters.
pub const MAX_ID_LEN: usize = 64;

fn check_id(f: &mut Vec<Finding>, path: &str, id: &str, what: &str) {
    if id.trim().is_empty() {
        f.push(Finding::error(path, format!("a {what} has an empty id")));
    } else if id.trim() != id {
        f.push(Finding::error(
            path,
            format!("{what} id \"{id}\" has spaces at its start or end"),
        ));
    } else if let Some(why) = unsafe_id(id, what == "source") {
        f.push(Finding::error(
            path,
            format!("{what} id \"{}\" {why}", id.escape_debug()),
        ));
    }
}

/// What is wrong with an id's characters, if anything. Ids name files (an export names its
/// chart files after group and indicator ids), so they keep to a safe set: ASCII letters,
/// digits, `-`, `_` and `.`, starting with a letter or digit, no `..`, at most
/// [`MAX_ID_LEN`] characters. Source ids may also have `/`, for UN document symbols such as
/// `A/68/126`. (File names are made safe again where they are made, see
/// `io::safe_name::component`; this tells the dataset's author early.)
#[must_use]
pub fn unsafe_id(id: &str, document_symbol: bool) -> Option<String> {
    let allowed = |c: char| {
        c.is_ascii_alphanumeric()
            || c == '-'
            || c == '_'
            || c == '.'
            || (document_symbol && c == '/')
    };
    if let Some(c) = id.chars().find(|c| !allowed(*c)) {
        let extra = if document_symbol { ", `/`" } else { "" };
        return Some(format!(
            "has the character {c:?}; ids may only have ASCII letters, digits, `-`, `_`{extra} and `.`"
        ));
    }
    if !id.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return Some("must start with a letter or a digit".to_owned());
    }
    if id.contains("..") || id.contains("/.") {
        return Some("must not have `..` or a `.` after `/`".to_owned());
    }
    let n = id.chars().count();
    if n > MAX_ID_LEN {
        return Some(format!(
            "is {n} characters long; ids may have at most {MAX_ID_LEN}"
        ));
    }
    None
}

/// Checks ids in a list are non-empty and unique; returns the set of ids.
fn unique_ids<'a>(
    f: &mut Vec<Finding>,
    list_path: &str,
    ids: impl Iterator<Item = &'a str>,
    what: &str,
) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        let path = format!("{list_path}[{i}].id");
        check_id(f, &path, id, what);
        if !seen.insert(id) {
            f.push(Finding::error(
                path,
                format!("{what} id \"{id}\" is used twice; every {what} needs its own id"),
            ));
        }
    }
    seen
}

/// Checks a reference; returns whether it resolves.
fn dangling(
    f: &mut Vec<Finding>,
    path: &str,
    id: &str,
    known: &HashSet<&str>,
    what: &str,
    where_: &str,
) -> bool {
    if known.contains(id) {
        return true;
    }
    f.push(Finding::error(
        path,
        format!("{what} \"{id}\" does not exist; add it to `{where_}` or fix the reference"),
    ));
    false
}

fn year_check(f: &mut Vec<Finding>, path: &str, year: i32) {
    if !YEAR_RANGE.contains(&year) {
        f.push(Finding::error(
            path,
            format!(
                "year {year} is out of range ({}–{}); is it a typing mistake?",
                YEAR_RANGE.start(),
                YEAR_RANGE.end()
            ),
        ));
    }
}

/// Language codes must be known; `required` texts need English (error) and Chinese (warning).
fn texts_check(f: &mut Vec<Finding>, path: &str, t: &Texts, required: bool) {
    for lang in t.keys() {
        if !KNOWN_LANGUAGES.contains(&lang.as_str()) {
            f.push(Finding::error(
                format!("{path}[{lang:?}]"),
                format!(
                    "unknown language code \"{lang}\"; use one of {}",
                    KNOWN_LANGUAGES.join(", ")
                ),
            ));
        }
    }
    if !required {
        return;
    }
    for lang in REQUIRED_LANGUAGES {
        if t.get(lang).is_none_or(|s| s.trim().is_empty()) {
            if lang == "en" {
                f.push(Finding::error(path, "the English text (\"en\") is missing; every text needs English, which is shown when a language is missing"));
            } else {
                f.push(Finding::warning(path, format!("the \"{lang}\" text is missing; the English text will be shown with a marker")));
            }
        }
    }
}

fn is_hex_colour(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].chars().all(|c| c.is_ascii_hexdigit())
}
