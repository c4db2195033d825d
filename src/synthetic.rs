//! Synthetic datasets and reviews of any size, shaped like the sample, for benchmarks and
//! scale tests.

use std::fmt::Write as _;

use crate::model::{
    Assessment, Commitment, CommitmentKind, DatasetRef, EvidenceItem, Indicator, Observation,
    Review, SourceRef, texts,
};
use crate::model::{Dataset, Direction, Flag};

/// A dataset like the sample with `commitments` commitments and about `points` indicator points
/// (spread over indicators of 20 years each).
///
/// # Panics
/// If the built-in sample is invalid, which its tests rule out.
#[must_use]
pub fn dataset(commitments: usize, points: usize) -> Dataset {
    let mut d = crate::sample::dataset().expect("the built-in sample is valid");
    d.metadata.id = format!("synthetic-{commitments}");
    let groups: Vec<(String, Option<String>)> = d
        .groups
        .iter()
        .flat_map(|g| {
            let sections: Vec<Option<String>> = if g.sections.is_empty() {
                vec![None]
            } else {
                g.sections.iter().map(|s| Some(s.id.clone())).collect()
            };
            sections.into_iter().map(move |s| (g.id.clone(), s))
        })
        .collect();
    let template = d.commitments.clone();
    d.commitments = (0..commitments)
        .map(|i| {
            let t = &template[i % template.len()];
            let (group, section) = groups[i % groups.len()].clone();
            let mut title = String::new();
            write!(
                title,
                "{} #{i}",
                t.title.get("en").map_or("", String::as_str)
            )
            .ok();
            Commitment {
                id: format!("syn-{i:06}"),
                group,
                section,
                source: SourceRef {
                    document: "A/68/126".into(),
                    paragraph: u32::try_from(i / 32 + 1).unwrap_or(u32::MAX),
                    letter: Some(format!(
                        "{}",
                        char::from(b'a' + u8::try_from(i % 26).unwrap_or(0))
                    )),
                },
                kind: CommitmentKind::Action,
                addressee: t.addressee,
                title: texts([
                    ("en", &title),
                    (
                        "zh",
                        &format!("{} 第{i}项", t.title.get("zh").map_or("", String::as_str)),
                    ),
                ]),
                text: t.text.clone(),
                tags: t.tags.clone(),
                target_areas: t.target_areas.clone(),
                indicators: Vec::new(),
            }
        })
        .collect();
    let n_indicators = points.div_ceil(20);
    let unit = d.units.first().map(|u| u.id.clone()).unwrap_or_default();
    let source = d
        .metadata
        .sources
        .first()
        .map(|s| s.id.clone())
        .unwrap_or_default();
    d.indicators = (0..n_indicators)
        .map(|k| Indicator {
            id: format!("syn-ind-{k:05}"),
            name: texts([
                ("en", &format!("Synthetic indicator {k}")),
                ("zh", &format!("合成指标 {k}")),
            ]),
            unit: unit.clone(),
            geography: texts([("en", "Global"), ("zh", "全球")]),
            direction: match k % 3 {
                0 => Direction::DownIsGood,
                1 => Direction::UpIsGood,
                _ => Direction::Ambiguous,
            },
            baseline_year: 2009,
            target: None,
            series: (0..20)
                .map(|y| Observation {
                    year: 2000 + y,
                    value: f64::from(1000 + (y * 37 + i32::try_from(k % 1000).unwrap_or(0)) % 500),
                    flag: if y % 7 == 0 {
                        Flag::Estimated
                    } else {
                        Flag::Reported
                    },
                    source: source.clone(),
                    unit: None,
                    note: (y % 7 == 0).then(|| "synthetic estimate".to_owned()),
                })
                .collect(),
        })
        .collect();
    for t in &mut d.target_areas {
        t.indicators.clear();
    }
    d
}

/// A review of `dataset` with every third commitment assessed, each with an evidence item.
#[must_use]
pub fn review(dataset: &Dataset) -> Review {
    let mut r = Review::new(
        "Synthetic delegation",
        DatasetRef {
            id: dataset.metadata.id.clone(),
            version: dataset.metadata.version.clone(),
            content_hash: crate::io::content_hash(dataset).unwrap_or_default(),
        },
    );
    let at: jiff::Timestamp = "2026-11-20T09:00:00Z".parse().unwrap_or_default();
    let levels = &dataset.status_scale;
    for (i, c) in dataset
        .commitments
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 3 == 0)
    {
        r.assessments.insert(
            c.id.clone(),
            Assessment {
                status: levels[1 + i % (levels.len() - 1)].id.clone(),
                // Every third commitment is assessed, so cycle on i / 3 to use every level.
                evidence_level: dataset.evidence_scale[(i / 3) % dataset.evidence_scale.len()]
                    .id
                    .clone(),
                evidence: vec![EvidenceItem {
                    symbol: "A/68/126".into(),
                    paragraph: format!("{}", i % 89 + 1),
                    location: String::new(),
                    note: "synthetic evidence".into(),
                    ..EvidenceItem::default()
                }],
                notes: format!("Note on {}", c.id),
                talking_points: String::new(),
                updated_at: Some(at),
                updated_by: "Synthetic".into(),
            },
        );
    }
    r
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_synthetic_review_is_valid_and_uses_every_status_and_evidence_level() {
        let d = super::dataset(120, 400);
        assert_eq!(d.commitments.len(), 120);
        assert_eq!(d.indicators.len(), 20);
        assert!(crate::validate::dataset(&d).is_empty());
        let r = super::review(&d);
        assert_eq!(r.assessments.len(), 40);
        let findings = crate::validate::review(&r, Some(&d));
        assert!(
            findings
                .iter()
                .all(|f| f.level != crate::problem::Level::Error),
            "{findings:?}"
        );
        for level in &d.evidence_scale {
            assert!(
                r.assessments.values().any(|a| a.evidence_level == level.id),
                "no assessment at evidence level {}",
                level.id
            );
        }
        for level in d.status_scale.iter().skip(1) {
            assert!(
                r.assessments.values().any(|a| a.status == level.id),
                "no assessment at status {}",
                level.id
            );
        }
    }
}
