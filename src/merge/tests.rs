//! Properties of the merge, over reviews made by random edits (a seeded generator, so a failure
//! names the seed that shows it): merging with itself changes nothing; merging an ancestor in
//! changes nothing; the two directions agree with the sides swapped; and every change of either
//! side ends up in the result or in a conflict.
#![expect(
    clippy::many_single_char_names,
    reason = "d, a, b, m, r: dataset, the two sides, the merge and its result"
)]

use std::collections::BTreeMap;

use jiff::Timestamp;

use super::*;
use crate::edit::{Edit, NarrativePart};
use crate::model::{DatasetRef, Narrative};
use crate::sample;

/// xorshift64*: small, seeded, good enough to pick edits.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n as u64).unwrap_or(0)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const TEXTS: [&str; 4] = [
    "",
    "Agreed in capital.",
    "Check with the ministry.",
    "论据充分。",
];

fn random_edit(rng: &mut Rng, d: &Dataset, r: &Review) -> Edit {
    let commitment = rng.pick(&d.commitments).id.clone();
    let evidence = r
        .assessments
        .get(&commitment)
        .map_or(0, |a| a.evidence.len());
    let item = |rng: &mut Rng| EvidenceItem {
        symbol: (*rng.pick(&["A/68/126", "E/CN.7/2014/7", ""])).to_owned(),
        paragraph: rng.below(90).to_string(),
        note: (*rng.pick(&TEXTS)).to_owned(),
        ..EvidenceItem::default()
    };
    match rng.below(8) {
        0 => Edit::Status {
            commitment,
            status: rng.pick(&d.status_scale).id.clone(),
        },
        1 => Edit::EvidenceLevel {
            commitment,
            level: rng.pick(&d.evidence_scale).id.clone(),
        },
        2 => Edit::Notes {
            commitment,
            text: (*rng.pick(&TEXTS)).to_owned(),
        },
        3 => Edit::TalkingPoints {
            commitment,
            text: (*rng.pick(&TEXTS)).to_owned(),
        },
        4 if evidence > 0 => Edit::UpdateEvidence {
            commitment,
            index: rng.below(evidence),
            item: item(rng),
        },
        5 if evidence > 0 => Edit::RemoveEvidence {
            commitment,
            index: rng.below(evidence),
        },
        6 => Edit::Narrative {
            group: rng.pick(&d.groups).id.clone(),
            part: *rng.pick(&NarrativePart::ALL),
            text: (*rng.pick(&TEXTS)).to_owned(),
        },
        _ => Edit::InsertEvidence {
            index: rng.below(evidence + 1),
            commitment,
            item: item(rng),
        },
    }
}

fn edited(rng: &mut Rng, d: &Dataset, mut r: Review, by: &str, edits: usize, t0: i64) -> Review {
    for i in 0..edits {
        let edit = random_edit(rng, d, &r);
        let at = Timestamp::from_second(t0 + i64::try_from(i).unwrap_or(0)).unwrap_or_default();
        edit.apply(d, &mut r, by, at).unwrap_or_default();
    }
    r
}

/// A base and two copies of it edited by two people.
fn three(seed: u64, d: &Dataset) -> (Review, Review, Review) {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let dataset = DatasetRef {
        id: d.metadata.id.clone(),
        version: d.metadata.version.clone(),
        content_hash: crate::io::content_hash(d).unwrap_or_default(),
    };
    let base = edited(
        &mut rng,
        d,
        Review::new("Test", dataset),
        "base",
        25,
        1_000_000,
    );
    let n = 1 + rng.below(15);
    let a = edited(&mut rng, d, base.clone(), "A", n, 2_000_000);
    let n = 1 + rng.below(15);
    let b = edited(&mut rng, d, base.clone(), "B", n, 2_000_500);
    (base, a, b)
}

/// A review's values, whoever made them when: absent and default assessments alike, evidence
/// sorted by id.
type Values = (
    BTreeMap<String, (String, String, String, String, Vec<EvidenceItem>)>,
    BTreeMap<String, Narrative>,
);

fn values(r: &Review, d: &Dataset) -> Values {
    let mut assessments = BTreeMap::new();
    for (id, a) in &r.assessments {
        let mut evidence = a.evidence.clone();
        evidence.sort_by(|x, y| x.id.cmp(&y.id));
        let v = (
            a.status.clone(),
            a.evidence_level.clone(),
            a.notes.clone(),
            a.talking_points.clone(),
            evidence,
        );
        let default = (
            d.default_status().to_owned(),
            d.default_evidence().to_owned(),
            String::new(),
            String::new(),
            Vec::new(),
        );
        if v != default {
            assessments.insert(id.clone(), v);
        }
    }
    let narratives = r
        .narratives
        .iter()
        .filter(|(_, n)| **n != Narrative::default())
        .map(|(k, n)| (k.clone(), n.clone()))
        .collect();
    (assessments, narratives)
}

fn sorted(mut conflicts: Vec<Conflict>) -> Vec<Conflict> {
    let key = |c: &Conflict| match &c.values {
        ConflictValues::Text { .. } => (c.subject.clone(), c.field, String::new()),
        ConflictValues::Evidence { item, .. } => (c.subject.clone(), c.field, item.clone()),
    };
    conflicts.sort_by_key(key);
    conflicts
}

const SEEDS: u64 = 300;

fn at() -> Timestamp {
    Timestamp::from_second(3_000_000).unwrap_or_default()
}

#[test]
fn merging_a_review_with_itself_changes_nothing() {
    let d = sample::dataset().expect("sample");
    for seed in 0..SEEDS {
        let (_, a, _) = three(seed, &d);
        let m = merge(&d, &a, &a, None).expect("same dataset");
        assert!(m.is_noop(), "seed {seed}: {:?}", m.conflicts);
        assert_eq!(m.finish(&[], "M", at(), "copy"), a, "seed {seed}");
    }
}

#[test]
fn merging_the_ancestor_in_changes_nothing_and_the_other_way_takes_everything() {
    let d = sample::dataset().expect("sample");
    for seed in 0..SEEDS {
        let (base, a, _) = three(seed, &d);
        for given in [None, Some(&base)] {
            let m = merge(&d, &a, &base, given).expect("same dataset");
            assert!(m.conflicts.is_empty(), "seed {seed}: {:?}", m.conflicts);
            assert!(m.taken.is_empty(), "seed {seed}: {:?}", m.taken);
            assert_eq!(m.finish(&[], "M", at(), "base"), a, "seed {seed}");

            let m = merge(&d, &base, &a, given).expect("same dataset");
            assert!(m.conflicts.is_empty(), "seed {seed}: {:?}", m.conflicts);
            let r = m.finish(&[], "M", at(), "a");
            assert_eq!(values(&r, &d), values(&a, &d), "seed {seed}");
            // One entry for the merge, when A brought anything.
            let brought = usize::from(a.history.len() > base.history.len());
            assert_eq!(r.history.len(), a.history.len() + brought, "seed {seed}");
        }
    }
}

#[test]
fn both_directions_agree_with_the_sides_swapped() {
    let d = sample::dataset().expect("sample");
    let mut conflicts = 0;
    for seed in 0..SEEDS {
        let (base, a, b) = three(seed, &d);
        for given in [None, Some(&base)] {
            let ab = merge(&d, &a, &b, given).expect("same dataset");
            let ba = merge(&d, &b, &a, given).expect("same dataset");
            let swapped = ba.conflicts.iter().map(Conflict::swapped).collect();
            assert_eq!(sorted(ab.conflicts.clone()), sorted(swapped), "seed {seed}");
            let mine = vec![Resolution::Mine; ab.conflicts.len()];
            let theirs = vec![Resolution::Theirs; ba.conflicts.len()];
            assert_eq!(
                values(&ab.resolve(&mine, "M", at()), &d),
                values(&ba.resolve(&theirs, "M", at()), &d),
                "seed {seed}"
            );
            let mut ids_ab: Vec<_> = ab.merged.history.iter().map(|h| &h.id).collect();
            let mut ids_ba: Vec<_> = ba.merged.history.iter().map(|h| &h.id).collect();
            ids_ab.sort();
            ids_ba.sort();
            assert_eq!(
                ids_ab, ids_ba,
                "seed {seed}: both histories, each entry once"
            );
            conflicts += ab.conflicts.len();
        }
    }
    assert!(conflicts > 0, "the generator makes conflicts");
}

#[test]
fn every_change_of_either_side_is_in_the_result_or_in_a_conflict() {
    let d = sample::dataset().expect("sample");
    let defaults = Defaults {
        status: d.default_status().to_owned(),
        evidence_level: d.default_evidence().to_owned(),
    };
    for seed in 0..SEEDS {
        let (base, a, b) = three(seed, &d);
        let m = merge(&d, &a, &b, None).expect("same dataset");
        let r = &m.merged;
        for side in [&a, &b] {
            for c in &d.commitments {
                let subject = Subject::Commitment(c.id.clone());
                for field in ASSESSMENT_FIELDS {
                    let v = text_of(side, &subject, field, &defaults);
                    if v == text_of(&base, &subject, field, &defaults) {
                        continue;
                    }
                    let kept = text_of(r, &subject, field, &defaults) == v
                        || m.conflicts.iter().any(|k| {
                            k.subject == subject
                                && k.field == field
                                && matches!(&k.values, ConflictValues::Text { mine, theirs, .. }
                                    if *mine == v || *theirs == v)
                        });
                    assert!(kept, "seed {seed}: {} {field:?} = {v:?} was lost", c.id);
                }
                let items = side.assessments.get(&c.id).map(|a| &a.evidence);
                for e in items.into_iter().flatten() {
                    if item_of(&base, &c.id, &e.id) == Some(e) {
                        continue;
                    }
                    let kept = item_of(r, &c.id, &e.id) == Some(e)
                        || m.conflicts.iter().any(|k| {
                            matches!(&k.values, ConflictValues::Evidence { mine, theirs, .. }
                                if mine.as_ref() == Some(e) || theirs.as_ref() == Some(e))
                        });
                    assert!(kept, "seed {seed}: evidence {} of {} was lost", e.id, c.id);
                }
            }
            for g in &d.groups {
                let subject = Subject::Group(g.id.clone());
                for field in NARRATIVE_FIELDS {
                    let v = text_of(side, &subject, field, &defaults);
                    if v == text_of(&base, &subject, field, &defaults) {
                        continue;
                    }
                    let kept = text_of(r, &subject, field, &defaults) == v
                        || m.conflicts
                            .iter()
                            .any(|k| k.subject == subject && k.field == field);
                    assert!(kept, "seed {seed}: {} {field:?} was lost", g.id);
                }
            }
        }
    }
}

#[test]
fn answers_are_applied_and_the_merge_is_recorded_once() {
    let d = sample::dataset().expect("sample");
    let commitment = d.commitments[0].id.clone();
    let (base, mut a, mut b) = three(7, &d);
    let t = |s| Timestamp::from_second(s).unwrap_or_default();
    Edit::Notes {
        commitment: commitment.clone(),
        text: "ours".into(),
    }
    .apply(&d, &mut a, "A", t(2_100_000))
    .expect("edit");
    Edit::Notes {
        commitment: commitment.clone(),
        text: "theirs".into(),
    }
    .apply(&d, &mut b, "B", t(2_100_001))
    .expect("edit");
    let m = merge(&d, &a, &b, Some(&base)).expect("same dataset");
    let i = m
        .conflicts
        .iter()
        .position(|c| c.field == Field::Notes && c.commitment() == Some(commitment.as_str()))
        .expect("a notes conflict");
    let mut answers = vec![Resolution::Mine; m.conflicts.len()];
    let notes = |r: &Review| r.assessments[&commitment].notes.clone();
    answers[i] = Resolution::Both;
    assert_eq!(notes(&m.resolve(&answers, "M", at())), "ours\n\ntheirs");
    answers[i] = Resolution::Theirs;
    assert_eq!(notes(&m.resolve(&answers, "M", at())), "theirs");
    answers[i] = Resolution::Edited("both agreed".into());
    let r = m.finish(&answers, "M. Merger", at(), "b.review.ron");
    assert_eq!(notes(&r), "both agreed");
    assert_eq!(r.assessments[&commitment].updated_by, "M. Merger");
    let merges: Vec<_> = r
        .history
        .iter()
        .filter(|h| h.field == Field::Merge)
        .collect();
    assert_eq!(merges.len(), 1);
    assert_eq!(merges[0].new, "b.review.ron");
    assert!(r.history.iter().any(|h| h.by == "A") && r.history.iter().any(|h| h.by == "B"));
}

#[test]
fn reviews_of_other_datasets_are_refused_naming_both() {
    let d = sample::dataset().expect("sample");
    let (_, a, mut b) = three(1, &d);
    b.dataset.version = "3.0.0".into();
    let e = merge(&d, &a, &b, None).expect_err("other version");
    let text = e.to_string();
    assert!(
        text.contains(&format!("{} {}", a.dataset.id, a.dataset.version)),
        "{text}"
    );
    assert!(text.contains(&format!("{} 3.0.0", a.dataset.id)), "{text}");
}

#[test]
fn merging_a_side_again_after_the_merge_changes_nothing() {
    let d = sample::dataset().expect("sample");
    for seed in 0..SEEDS {
        let (_, a, b) = three(seed, &d);
        let m = merge(&d, &a, &b, None).expect("same dataset");
        for answer in [Resolution::Mine, Resolution::Theirs, Resolution::Both] {
            let answers = vec![answer.clone(); m.conflicts.len()];
            let r = m.finish(&answers, "M", at(), "b");
            for side in [&a, &b] {
                let again = merge(&d, &r, side, None).expect("same dataset");
                assert!(
                    again.is_noop(),
                    "seed {seed}, {answer:?}: {:?} {:?}",
                    again.conflicts,
                    again.taken
                );
            }
        }
    }
}
