//! "What changed since": from a review's history, each field of each commitment (and each
//! narrative part) that changed after a date, as its value then → its value now, by whom and
//! when, grouped by pillar in dataset order. For the head of delegation's weekly brief.

use std::collections::BTreeMap;

use jiff::Timestamp;

use crate::i18n::Language;
use crate::model::{Dataset, Field, Review, Subject, text_or_empty};
use crate::report::Report;

/// One field that changed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldChange {
    /// The commitment or group.
    pub subject: Subject,
    /// Which field.
    pub field: Field,
    /// The evidence item's id, for evidence.
    pub item: Option<String>,
    /// Its value before the first change after the date (for evidence, a one-line description;
    /// empty when the item was added).
    pub old: String,
    /// Its value after the last change (empty when an item was removed).
    pub new: String,
    /// Who changed it, in the order they first did.
    pub by: Vec<String>,
    /// When it last changed.
    pub at: Timestamp,
}

/// The changes under one pillar or group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupChanges {
    /// The group's id.
    pub group: String,
    /// Its changes: commitments in dataset order, then its narrative.
    pub changes: Vec<FieldChange>,
}

/// A date (`2014-03-13`, from its start in UTC) or a time (RFC 3339); `None` for anything
/// else.
#[must_use]
pub fn parse_since(text: &str) -> Option<jiff::Timestamp> {
    let text = text.trim();
    text.parse::<jiff::Timestamp>().ok().or_else(|| {
        let day: jiff::civil::Date = text.parse().ok()?;
        day.to_zoned_datetime(jiff::tz::TimeZone::UTC)
            .ok()
            .map(|z| z.timestamp())
    })
}

/// Every field changed after `since` (history entries at or after it), by pillar. A field
/// changed and changed back is left out; merges are not changes of their own.
#[must_use]
pub fn changes_since(d: &Dataset, r: &Review, since: Timestamp) -> Vec<GroupChanges> {
    let mut found: BTreeMap<(Subject, Field, String), FieldChange> = BTreeMap::new();
    for h in r.history.iter().filter(|h| h.at >= since) {
        if matches!(h.subject, Subject::Review) || h.field == Field::Merge {
            continue;
        }
        let key = (h.subject.clone(), h.field, h.item.clone());
        let entry = found.entry(key).or_insert_with(|| FieldChange {
            subject: h.subject.clone(),
            field: h.field,
            item: (!h.item.is_empty()).then(|| h.item.clone()),
            old: h.old.clone(),
            new: h.new.clone(),
            by: Vec::new(),
            at: h.at,
        });
        h.new.clone_into(&mut entry.new);
        entry.at = entry.at.max(h.at);
        if !entry.by.contains(&h.by) {
            entry.by.push(h.by.clone());
        }
    }
    let mut order: BTreeMap<&str, usize> = BTreeMap::new();
    for (i, c) in d.commitments.iter().enumerate() {
        order.insert(&c.id, i);
    }
    let mut out: Vec<GroupChanges> = Vec::new();
    for g in &d.groups {
        let mut changes: Vec<FieldChange> = found
            .values()
            .filter(|c| c.old != c.new)
            .filter(|c| match &c.subject {
                Subject::Commitment(id) => d.commitment(id).is_some_and(|x| x.group == g.id),
                Subject::Group(id) => *id == g.id,
                Subject::Review => false,
            })
            .cloned()
            .collect();
        changes.sort_by_key(|c| match &c.subject {
            Subject::Commitment(id) => (
                0,
                order.get(id.as_str()).copied().unwrap_or(usize::MAX),
                c.field,
            ),
            _ => (1, 0, c.field),
        });
        if !changes.is_empty() {
            out.push(GroupChanges {
                group: g.id.clone(),
                changes,
            });
        }
    }
    out
}

/// A value as a delegate reads it: a level's label in `lang`, an empty value as "(empty)".
pub(crate) fn shown(d: &Dataset, field: Field, value: &str, lang: Language) -> String {
    let text = d
        .level_label(field, value)
        .map_or(value, |l| text_or_empty(l, lang.code()));
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.is_empty() {
        crate::i18n::tr_in(lang, key!("changes-empty"))
    } else {
        flat
    }
}

/// The name of a change's subject: the commitment's reference and short title, or the group's
/// title for its narrative.
pub(crate) fn subject_name(d: &Dataset, subject: &Subject, lang: Language) -> String {
    match subject {
        Subject::Commitment(id) => d.commitment(id).map_or_else(
            || id.clone(),
            |c| format!("{id} — {}", text_or_empty(&c.title, lang.code())),
        ),
        Subject::Group(id) => d.group(id).map_or_else(
            || id.clone(),
            |g| text_or_empty(&g.title, lang.code()).to_owned(),
        ),
        Subject::Review => String::new(),
    }
}

/// The changes as a report: a table per pillar of commitment (or narrative), field, the value
/// at the date, the value now, by whom and when; in `lang`.
#[must_use]
pub fn report(d: &Dataset, r: &Review, since: Timestamp, lang: Language) -> Report {
    let day = since.strftime("%Y-%m-%d").to_string();
    let tr = |key| crate::i18n::tr_in(lang, key);
    let groups = changes_since(d, r, since)
        .iter()
        .map(|g| {
            let rows = g
                .changes
                .iter()
                .map(|c| {
                    vec![
                        subject_name(d, &c.subject, lang),
                        tr(crate::merge::field_key(c.field)),
                        shown(d, c.field, &c.old, lang),
                        shown(d, c.field, &c.new, lang),
                        c.by.join(", "),
                        c.at.strftime("%Y-%m-%d %H:%M").to_string(),
                    ]
                })
                .collect();
            (group_title(d, &g.group, lang), rows)
        })
        .collect();
    Report {
        title: crate::i18n::tr_args_in(
            lang,
            key!("changes-title"),
            &[
                ("delegation", r.delegation.clone().into()),
                ("since", day.clone().into()),
            ],
        ),
        subtitle: String::new(),
        columns: vec![
            tr(key!("report-col-subject")),
            tr(key!("report-col-field")),
            tr(key!("report-col-before")),
            tr(key!("report-col-now")),
            tr(key!("report-col-by")),
            tr(key!("report-col-when")),
        ],
        groups,
        empty: crate::i18n::tr_args_in(lang, key!("changes-none"), &[("since", day.into())]),
        weights: Vec::new(),
    }
}

/// A pillar's or group's title in `lang` (its id when the dataset has no such group).
pub(crate) fn group_title(d: &Dataset, id: &str, lang: Language) -> String {
    d.group(id).map_or_else(
        || id.to_owned(),
        |g| text_or_empty(&g.title, lang.code()).to_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Edit;
    use crate::sample;

    #[test]
    fn changes_since_a_date_are_old_to_new_by_whom_and_when() {
        let d = sample::dataset().expect("sample");
        let mut r = sample::review().expect("sample review");
        let t = |s: i64| Timestamp::from_second(1_900_000_000 + s).expect("time");
        let c = d.commitments[0].id.clone();
        let before = r
            .assessments
            .get(&c)
            .map_or_else(|| d.default_status().to_owned(), |a| a.status.clone());
        let notes = r
            .assessments
            .get(&c)
            .map(|a| a.notes.clone())
            .unwrap_or_default();
        let status = |s: &str| Edit::Status {
            commitment: c.clone(),
            status: s.to_owned(),
        };
        status(&d.status_scale[1].id)
            .apply(&d, &mut r, "Ana", t(0))
            .expect("edit");
        status(&d.status_scale[2].id)
            .apply(&d, &mut r, "Bo", t(10))
            .expect("edit");
        Edit::Notes {
            commitment: c.clone(),
            text: "x".into(),
        }
        .apply(&d, &mut r, "Ana", t(20))
        .expect("edit");
        Edit::Notes {
            commitment: c.clone(),
            text: notes,
        }
        .apply(&d, &mut r, "Ana", t(30))
        .expect("edit");

        let all = changes_since(&d, &r, t(0));
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].group, d.commitments[0].group);
        let ch = &all[0].changes;
        assert_eq!(
            ch.len(),
            1,
            "notes changed and changed back are left out: {ch:?}"
        );
        assert_eq!(ch[0].field, Field::Status);
        assert_eq!(
            (ch[0].old.as_str(), ch[0].new.as_str()),
            (before.as_str(), d.status_scale[2].id.as_str())
        );
        assert_eq!(ch[0].by, ["Ana", "Bo"]);
        assert_eq!(ch[0].at, t(10));

        let later = changes_since(&d, &r, t(5));
        assert_eq!(
            later[0].changes[0].old, d.status_scale[1].id,
            "the value at the date"
        );
        assert!(changes_since(&d, &r, t(31)).is_empty());
    }
}
