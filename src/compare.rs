//! Comparing two reviews of one dataset (ours and a colleague's, or this week's and a saved
//! copy): only the commitments and narratives that differ, field by field, by pillar.

use std::collections::BTreeSet;

use crate::changes::{group_title, shown, subject_name};
use crate::edit::describe_evidence;
use crate::i18n::Language;
use crate::merge::field_value;
use crate::model::{Dataset, EvidenceItem, Field, Review, Subject};
use crate::report::Report;

/// One field that differs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Difference {
    /// The commitment or group.
    pub subject: Subject,
    /// Which field.
    pub field: Field,
    /// The left review's value (for evidence: the item's line, empty when it has none).
    pub left: String,
    /// The right review's value.
    pub right: String,
}

const ASSESSMENT: [Field; 4] = [
    Field::Status,
    Field::EvidenceLevel,
    Field::Notes,
    Field::TalkingPoints,
];
const NARRATIVE: [Field; 3] = [Field::Achievements, Field::Challenges, Field::Priorities];

fn item_line(items: Option<&Vec<EvidenceItem>>, id: &str) -> String {
    items
        .and_then(|v| v.iter().find(|e| e.id == id))
        .map(describe_evidence)
        .unwrap_or_default()
}

/// The differences between two reviews, by group in dataset order (commitments in dataset
/// order, then the group's narrative); `groups` keeps only those groups (empty: all).
#[must_use]
pub fn compare(
    d: &Dataset,
    left: &Review,
    right: &Review,
    groups: &[String],
) -> Vec<(String, Vec<Difference>)> {
    // The text and level fields of a subject that differ.
    let text_fields = |subject: &Subject, fields: &[Field], diffs: &mut Vec<Difference>| {
        for &field in fields {
            let (l, r) = (
                field_value(d, left, subject, field),
                field_value(d, right, subject, field),
            );
            if l != r {
                diffs.push(Difference {
                    subject: subject.clone(),
                    field,
                    left: l,
                    right: r,
                });
            }
        }
    };
    let mut out = Vec::new();
    for g in &d.groups {
        if !groups.is_empty() && !groups.contains(&g.id) {
            continue;
        }
        let mut diffs = Vec::new();
        for c in d.commitments.iter().filter(|c| c.group == g.id) {
            let subject = Subject::Commitment(c.id.clone());
            text_fields(&subject, &ASSESSMENT, &mut diffs);
            let (le, re) = (
                left.assessments.get(&c.id).map(|a| &a.evidence),
                right.assessments.get(&c.id).map(|a| &a.evidence),
            );
            let ids: BTreeSet<&str> = le
                .into_iter()
                .chain(re)
                .flatten()
                .map(|e| e.id.as_str())
                .collect();
            for id in ids {
                let (l, r) = (item_line(le, id), item_line(re, id));
                if l != r {
                    diffs.push(Difference {
                        subject: subject.clone(),
                        field: Field::Evidence,
                        left: l,
                        right: r,
                    });
                }
            }
        }
        text_fields(&Subject::Group(g.id.clone()), &NARRATIVE, &mut diffs);
        if !diffs.is_empty() {
            out.push((g.id.clone(), diffs));
        }
    }
    out
}

/// The comparison as a report whose value columns are headed by the two reviews' names.
#[must_use]
pub fn report(
    d: &Dataset,
    (left_name, left): (&str, &Review),
    (right_name, right): (&str, &Review),
    groups: &[String],
    lang: Language,
) -> Report {
    let tr = |key| crate::i18n::tr_in(lang, key);
    let groups = compare(d, left, right, groups)
        .into_iter()
        .map(|(g, diffs)| {
            let rows = diffs
                .iter()
                .map(|x| {
                    vec![
                        subject_name(d, &x.subject, lang),
                        tr(crate::merge::field_key(x.field)),
                        shown(d, x.field, &x.left, lang),
                        shown(d, x.field, &x.right, lang),
                    ]
                })
                .collect();
            (group_title(d, &g, lang), rows)
        })
        .collect();
    Report {
        title: tr(key!("compare-title")),
        subtitle: crate::i18n::tr_args_in(
            lang,
            key!("compare-subtitle"),
            &[
                ("left", left_name.to_owned().into()),
                ("right", right_name.to_owned().into()),
            ],
        ),
        columns: vec![
            tr(key!("report-col-subject")),
            tr(key!("report-col-field")),
            left_name.to_owned(),
            right_name.to_owned(),
        ],
        groups,
        empty: tr(key!("compare-none")),
        weights: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::Edit;
    use crate::sample;

    #[test]
    fn only_what_differs_is_listed_by_pillar() {
        let d = sample::dataset().expect("sample");
        let left = sample::review().expect("sample review");
        assert!(compare(&d, &left, &left, &[]).is_empty());
        let mut right = left.clone();
        let c = &d.commitments[0];
        let at = jiff::Timestamp::UNIX_EPOCH;
        Edit::Notes {
            commitment: c.id.clone(),
            text: "changed".into(),
        }
        .apply(&d, &mut right, "B", at)
        .expect("edit");
        Edit::InsertEvidence {
            commitment: c.id.clone(),
            index: 0,
            item: EvidenceItem {
                symbol: "E/CN.7/2014/7".into(),
                ..EvidenceItem::default()
            },
        }
        .apply(&d, &mut right, "B", at)
        .expect("edit");
        let diffs = compare(&d, &left, &right, &[]);
        assert_eq!(diffs.len(), 1);
        assert_eq!(diffs[0].0, c.group);
        let fields: Vec<Field> = diffs[0].1.iter().map(|x| x.field).collect();
        assert_eq!(fields, [Field::Notes, Field::Evidence]);
        assert_eq!(diffs[0].1[1].left, "");
        assert_eq!(diffs[0].1[1].right, "E/CN.7/2014/7");
        assert!(compare(&d, &left, &right, &["no-such-group".to_owned()]).is_empty());

        let r = report(
            &d,
            ("a.review.ron", &left),
            ("b.review.ron", &right),
            &[],
            Language::En,
        );
        let md = r.markdown();
        assert!(
            md.contains("| Reference | Field | a.review.ron | b.review.ron |"),
            "{md}"
        );
        assert!(md.contains("| Notes | "), "{md}");
    }
}
