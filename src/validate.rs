//! Validation of datasets and reviews: every problem, not just the first, each with the path of
//! the value it concerns and a message that says what to do. Pure functions; no I/O.

use std::collections::{HashMap, HashSet};

use crate::i18n::{Arg, Localised};
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

    let units = unique_ids(
        f,
        "units",
        d.units.iter().map(|u| u.id.as_str()),
        key!("term-unit"),
    );
    for (i, u) in d.units.iter().enumerate() {
        texts_check(f, &format!("units[{i}].label"), &u.label, true);
    }
    let (groups, section_owner) = groups(f, d);
    unique_ids(
        f,
        "tags",
        d.tags.iter().map(|t| t.id.as_str()),
        key!("term-tag"),
    );
    for (i, t) in d.tags.iter().enumerate() {
        texts_check(f, &format!("tags[{i}].label"), &t.label, true);
    }
    let indicators = unique_ids(
        f,
        "indicators",
        d.indicators.iter().map(|i| i.id.as_str()),
        key!("term-indicator"),
    );
    let targets = unique_ids(
        f,
        "target_areas",
        d.target_areas.iter().map(|t| t.id.as_str()),
        key!("term-target-area"),
    );
    for (ti, t) in d.target_areas.iter().enumerate() {
        let p = format!("target_areas[{ti}]");
        texts_check(f, &format!("{p}.title"), &t.title, true);
        dangling(
            f,
            &format!("{p}.source.document"),
            &t.source.document,
            &sources,
            key!("term-source"),
            "metadata.sources",
        );
        for (k, ind) in t.indicators.iter().enumerate() {
            dangling(
                f,
                &format!("{p}.indicators[{k}]"),
                ind,
                &indicators,
                key!("term-indicator"),
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
            msg!("validate-dataset-id-empty"),
        ));
    }
    if d.metadata.version.trim().is_empty() {
        f.push(Finding::error(
            "metadata.version",
            msg!("validate-dataset-version-empty"),
        ));
    }
    texts_check(f, "metadata.title", &d.metadata.title, true);
    texts_check(f, "metadata.description", &d.metadata.description, false);

    let sources = unique_ids(
        f,
        "metadata.sources",
        d.metadata.sources.iter().map(|s| s.id.as_str()),
        key!("term-source"),
    );
    for (i, s) in d.metadata.sources.iter().enumerate() {
        texts_check(f, &format!("metadata.sources[{i}].title"), &s.title, false);
        if d.format_version >= 3 {
            source_description(f, i, s);
        }
    }
    sources
}

/// Organisations whose name a source id may start with, and the names that say a publisher is
/// that organisation.
const ORGANISATIONS: [(&str, &[&str]); 10] = [
    (
        "unodc",
        &["UNODC", "United Nations Office on Drugs and Crime"],
    ),
    ("incb", &["INCB", "International Narcotics Control Board"]),
    ("cnd", &["CND", "Commission on Narcotic Drugs"]),
    ("who", &["WHO", "World Health Organization"]),
    ("unaids", &["UNAIDS"]),
    ("idpc", &["IDPC", "International Drug Policy Consortium"]),
    ("fatf", &["FATF", "Financial Action Task Force"]),
    (
        "emcdda",
        &[
            "EMCDDA",
            "European Monitoring Centre for Drugs and Drug Addiction",
        ],
    ),
    ("unga", &["General Assembly"]),
    ("un", &["United Nations", "UN "]),
];

/// What format version 3 asks of a source: what it is, who published it and when; a copy
/// described when it is secondary; an id naming an organisation only for its publication.
fn source_description(f: &mut Vec<Finding>, i: usize, s: &crate::model::Source) {
    let p = format!("metadata.sources[{i}]");
    if s.kind.is_none() {
        f.push(Finding::warning(
            format!("{p}.id"),
            msg!("validate-source-no-kind", id = &s.id),
        ));
    }
    if s.published.is_none() {
        f.push(Finding::warning(
            format!("{p}.id"),
            msg!("validate-source-no-date", id = &s.id),
        ));
    }
    if s.kind == Some(crate::model::SourceKind::Secondary) && s.copy.is_empty() {
        f.push(Finding::warning(
            format!("{p}.kind"),
            msg!("validate-source-no-copy", id = &s.id),
        ));
    }
    if !s.publisher.is_empty() {
        texts_check(f, &format!("{p}.publisher"), &s.publisher, false);
    }
    let first =
        s.id.split(['-', '/', '_', '.'])
            .next()
            .unwrap_or("")
            .to_lowercase();
    if let Some((_, names)) = ORGANISATIONS.iter().find(|(prefix, _)| *prefix == first) {
        let publisher = s.publisher.get("en").map_or("", String::as_str);
        let padded = format!("{publisher} ");
        if !names.iter().any(|n| padded.contains(n)) {
            f.push(Finding::warning(
                format!("{p}.id"),
                msg!(
                    "validate-source-not-theirs",
                    id = &s.id,
                    organisation = names[0],
                    publisher = if publisher.is_empty() {
                        "—"
                    } else {
                        publisher
                    }
                ),
            ));
        }
    }
}

/// Warnings for every observation published after the information cut-off `as_of`: hindsight
/// that a review at that date could not have known. `validate` on the command line adds them;
/// charts and exports mark the values.
#[must_use]
pub fn hindsight(d: &Dataset, as_of: jiff::civil::Date) -> Vec<Finding> {
    let mut out = Vec::new();
    for (ii, ind) in d.indicators.iter().enumerate() {
        for (oi, o) in ind.series.iter().enumerate() {
            let Some(source) = d.source(&o.source) else {
                continue;
            };
            let Some(published) = source.published.filter(|p| p.after(as_of)) else {
                continue;
            };
            out.push(Finding::warning(
                format!("indicators[{ii}].series[{oi}].source"),
                msg!(
                    "validate-hindsight",
                    indicator = &ind.id,
                    year = o.year,
                    source = &source.id,
                    published = published.to_string(),
                    date = as_of.to_string()
                ),
            ));
        }
    }
    out
}

type SectionOwners<'a> = HashMap<&'a str, &'a str>;

fn groups<'a>(f: &mut Vec<Finding>, d: &'a Dataset) -> (HashSet<&'a str>, SectionOwners<'a>) {
    let groups = unique_ids(
        f,
        "groups",
        d.groups.iter().map(|g| g.id.as_str()),
        key!("term-group"),
    );
    if !d
        .groups
        .iter()
        .any(|g| g.kind == crate::model::GroupKind::Pillar)
    {
        f.push(Finding::error("groups", msg!("validate-no-pillar")));
    }
    let mut section_owner: HashMap<&str, &str> = HashMap::new();
    for (gi, g) in d.groups.iter().enumerate() {
        texts_check(f, &format!("groups[{gi}].title"), &g.title, true);
        for (si, s) in g.sections.iter().enumerate() {
            let path = format!("groups[{gi}].sections[{si}].id");
            check_id(f, &path, &s.id, key!("term-section"));
            if let Some(other) = section_owner.insert(&s.id, &g.id) {
                f.push(Finding::error(
                    path,
                    msg!("validate-section-twice", id = &s.id, group = other),
                ));
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
        key!("term-commitment"),
    );
    if d.commitments.is_empty() {
        out.push(Finding::warning(
            "commitments",
            msg!("validate-no-commitments"),
        ));
    }
    for (ci, commitment) in d.commitments.iter().enumerate() {
        let p = format!("commitments[{ci}]");
        if d.format_version >= 3 && commitment.addressee.is_none() {
            out.push(Finding::warning(
                format!("{p}.id"),
                msg!("validate-no-addressee", id = &commitment.id),
            ));
        }
        if dangling(
            out,
            &format!("{p}.group"),
            &commitment.group,
            groups,
            key!("term-group"),
            "groups",
        ) {
            let group = d.group(&commitment.group);
            match (&commitment.section, group) {
                (Some(s), Some(g)) => match section_owner.get(s.as_str()) {
                    None => out.push(Finding::error(
                        format!("{p}.section"),
                        msg!("validate-section-unknown", section = s, group = &g.id),
                    )),
                    Some(owner) if *owner != g.id => out.push(Finding::error(
                        format!("{p}.section"),
                        msg!(
                            "validate-section-other-group",
                            section = s,
                            owner = *owner,
                            group = &g.id
                        ),
                    )),
                    Some(_) => {}
                },
                (None, Some(g)) if !g.sections.is_empty() => out.push(Finding::warning(
                    format!("{p}.group"),
                    msg!(
                        "validate-no-section",
                        commitment = &commitment.id,
                        group = &g.id
                    ),
                )),
                _ => {}
            }
        }
        dangling(
            out,
            &format!("{p}.source.document"),
            &commitment.source.document,
            sources,
            key!("term-source"),
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
                key!("term-target-area"),
                "target_areas",
            );
        }
        for (k, i) in commitment.indicators.iter().enumerate() {
            dangling(
                out,
                &format!("{p}.indicators[{k}]"),
                i,
                indicators,
                key!("term-indicator"),
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
        dangling(
            f,
            &format!("{p}.unit"),
            &ind.unit,
            units,
            key!("term-unit"),
            "units",
        );
        year_check(f, &format!("{p}.baseline_year"), ind.baseline_year);
        if let Some(t) = &ind.target {
            year_check(f, &format!("{p}.target.year"), t.year);
            if !t.value.is_finite() {
                f.push(Finding::error(
                    format!("{p}.target.value"),
                    msg!("validate-target-not-finite"),
                ));
            }
        }
        if ind.series.is_empty() {
            f.push(Finding::warning(
                format!("{p}.series"),
                msg!("validate-no-observations", indicator = &ind.id),
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
                    msg!("validate-year-twice", year = o.year, indicator = &ind.id),
                ));
            } else if o.year < last_year {
                f.push(Finding::warning(
                    format!("{op}.year"),
                    msg!(
                        "validate-year-order",
                        indicator = &ind.id,
                        year = o.year,
                        last = last_year
                    ),
                ));
            }
            last_year = last_year.max(o.year);
            if !o.value.is_finite() {
                f.push(Finding::error(
                    format!("{op}.value"),
                    msg!("validate-value-not-finite"),
                ));
            }
            if let Some(u) = &o.unit
                && *u != ind.unit
            {
                f.push(Finding::error(
                    format!("{op}.unit"),
                    msg!(
                        "validate-mixed-units",
                        indicator = &ind.id,
                        unit = u,
                        indicator_unit = &ind.unit
                    ),
                ));
            }
            dangling(
                f,
                &format!("{op}.source"),
                &o.source,
                sources,
                key!("term-source"),
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
        key!("term-status-level"),
    );
    if d.status_scale.len() < 2 {
        f.push(Finding::error(
            "status_scale",
            msg!("validate-status-scale-short"),
        ));
    }
    for (li, l) in d.status_scale.iter().enumerate() {
        texts_check(f, &format!("status_scale[{li}].label"), &l.label, true);
        if !is_hex_colour(&l.colour) {
            f.push(Finding::error(
                format!("status_scale[{li}].colour"),
                msg!("validate-not-colour", colour = &l.colour),
            ));
        }
    }
    unique_ids(
        f,
        "evidence_scale",
        d.evidence_scale.iter().map(|l| l.id.as_str()),
        key!("term-evidence-level"),
    );
    if d.evidence_scale.is_empty() {
        f.push(Finding::error(
            "evidence_scale",
            msg!("validate-evidence-scale-empty"),
        ));
    }
    for (li, l) in d.evidence_scale.iter().enumerate() {
        texts_check(f, &format!("evidence_scale[{li}].label"), &l.label, true);
    }
}

/// Validates a review, and its references into `dataset` when one is given.
#[must_use]
pub fn review(r: &Review, dataset: Option<&Dataset>) -> Vec<Finding> {
    review_hashed(r, dataset, None)
}

/// [`review`], given the dataset's [`content_hash`] when it is already known (an aggregate
/// checks many reviews against one dataset, and hashing it is most of the work of checking a
/// review).
#[must_use]
pub fn review_hashed(r: &Review, dataset: Option<&Dataset>, hash: Option<&str>) -> Vec<Finding> {
    let mut out = Vec::new();
    let f = &mut out;
    if r.delegation.trim().is_empty() {
        f.push(Finding::warning(
            "delegation",
            msg!("validate-delegation-empty"),
        ));
    }
    let mut last = None;
    for (i, h) in r.history.iter().enumerate() {
        if last.is_some_and(|t| h.at < t) {
            f.push(Finding::warning(
                format!("history[{i}].at"),
                msg!("validate-history-order"),
            ));
        }
        last = Some(h.at);
    }
    let Some(d) = dataset else {
        return out;
    };
    if r.dataset.id != d.metadata.id {
        f.push(Finding::error(
            "dataset.id",
            msg!(
                "validate-other-dataset",
                review_dataset = &r.dataset.id,
                dataset = &d.metadata.id
            ),
        ));
        return out;
    }
    if r.dataset.version != d.metadata.version {
        f.push(Finding::warning(
            "dataset.version",
            msg!(
                "validate-other-version",
                review_version = &r.dataset.version,
                version = &d.metadata.version
            ),
        ));
    } else if let Some(hash) = hash.map(str::to_owned).or_else(|| content_hash(d).ok())
        && hash != r.dataset.content_hash
    {
        f.push(Finding::warning(
            "dataset.content_hash",
            msg!("validate-content-changed", version = &d.metadata.version),
        ));
    }
    let commitments: HashSet<&str> = d.commitments.iter().map(|c| c.id.as_str()).collect();
    let groups: HashSet<&str> = d.groups.iter().map(|g| g.id.as_str()).collect();
    assessments(f, r, d, &commitments);
    for id in r.narratives.keys() {
        if !groups.contains(id.as_str()) {
            f.push(Finding::error(
                format!("narratives[{id:?}]"),
                msg!("validate-unknown-narrative", id = id),
            ));
        }
    }
    for (i, h) in r.history.iter().enumerate() {
        let (known, what, id) = match &h.subject {
            Subject::Commitment(id) => (
                commitments.contains(id.as_str()),
                key!("term-commitment"),
                id,
            ),
            Subject::Group(id) => (groups.contains(id.as_str()), key!("term-group"), id),
            Subject::Review => continue,
        };
        if !known {
            f.push(Finding::warning(
                format!("history[{i}].subject"),
                msg!("validate-unknown-history", what = Arg::Term(what), id = id),
            ));
        }
    }
    out
}

/// Checks that every assessment is of a commitment of `d`, on its status and evidence scales.
fn assessments(f: &mut Vec<Finding>, r: &Review, d: &Dataset, commitments: &HashSet<&str>) {
    let statuses: HashSet<&str> = d.status_scale.iter().map(|l| l.id.as_str()).collect();
    let evidence: HashSet<&str> = d.evidence_scale.iter().map(|l| l.id.as_str()).collect();
    for (id, a) in &r.assessments {
        let p = format!("assessments[{id:?}]");
        if !commitments.contains(id.as_str()) {
            f.push(Finding::error(
                p.clone(),
                msg!("validate-unknown-assessed", id = id),
            ));
        }
        if !statuses.contains(a.status.as_str()) {
            f.push(Finding::error(
                format!("{p}.status"),
                msg!(
                    "validate-unknown-status",
                    status = &a.status,
                    levels = list(
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
                msg!(
                    "validate-unknown-evidence",
                    level = &a.evidence_level,
                    levels = list(
                        &d.evidence_scale
                            .iter()
                            .map(|l| l.id.as_str())
                            .collect::<Vec<_>>()
                    )
                ),
            ));
        }
    }
}

fn list(ids: &[&str]) -> String {
    ids.join(", ")
}

/// The longest id accepted, in characters.
pub const MAX_ID_LEN: usize = 64;

fn check_id(f: &mut Vec<Finding>, path: &str, id: &str, what: &'static str) {
    if id.trim().is_empty() {
        f.push(Finding::error(
            path,
            msg!("validate-id-empty", what = Arg::Term(what)),
        ));
    } else if id.trim() != id {
        f.push(Finding::error(
            path,
            msg!("validate-id-spaces", what = Arg::Term(what), id = id),
        ));
    } else if let Some(why) = unsafe_id(id, what == key!("term-source")) {
        f.push(Finding::error(
            path,
            why.arg("what", Arg::Term(what))
                .arg("id", id.escape_debug().to_string()),
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
pub fn unsafe_id(id: &str, document_symbol: bool) -> Option<Localised> {
    let allowed = |c: char| {
        c.is_ascii_alphanumeric()
            || c == '-'
            || c == '_'
            || c == '.'
            || (document_symbol && c == '/')
    };
    if let Some(c) = id.chars().find(|c| !allowed(*c)) {
        return Some(if document_symbol {
            msg!("validate-id-character-symbol", character = format!("{c:?}"))
        } else {
            msg!("validate-id-character", character = format!("{c:?}"))
        });
    }
    if !id.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return Some(msg!("validate-id-start"));
    }
    if id.contains("..") || id.contains("/.") {
        return Some(msg!("validate-id-dots"));
    }
    let n = id.chars().count();
    if n > MAX_ID_LEN {
        return Some(msg!("validate-id-long", n = n, max = MAX_ID_LEN));
    }
    None
}

/// Checks ids in a list are non-empty and unique; returns the set of ids.
fn unique_ids<'a>(
    f: &mut Vec<Finding>,
    list_path: &str,
    ids: impl Iterator<Item = &'a str>,
    what: &'static str,
) -> HashSet<&'a str> {
    let mut seen = HashSet::new();
    for (i, id) in ids.enumerate() {
        let path = format!("{list_path}[{i}].id");
        check_id(f, &path, id, what);
        if !seen.insert(id) {
            f.push(Finding::error(
                path,
                msg!("validate-id-twice", what = Arg::Term(what), id = id),
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
    what: &'static str,
    where_: &str,
) -> bool {
    if known.contains(id) {
        return true;
    }
    f.push(Finding::error(
        path,
        msg!(
            "validate-dangling",
            what = Arg::Term(what),
            id = id,
            list = where_
        ),
    ));
    false
}

fn year_check(f: &mut Vec<Finding>, path: &str, year: i32) {
    if !YEAR_RANGE.contains(&year) {
        f.push(Finding::error(
            path,
            msg!(
                "validate-year-range",
                year = year,
                first = *YEAR_RANGE.start(),
                last = *YEAR_RANGE.end()
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
                msg!(
                    "validate-unknown-language",
                    code = lang,
                    codes = KNOWN_LANGUAGES.join(", ")
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
                f.push(Finding::error(path, msg!("validate-english-missing")));
            } else {
                f.push(Finding::warning(
                    path,
                    msg!("validate-text-missing", code = lang),
                ));
            }
        }
    }
}

fn is_hex_colour(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].chars().all(|c| c.is_ascii_hexdigit())
}
