//! The built-in sample: it validates clean, holds what the foundation issue asks for, and its
//! figures are the sourced values of `shared/reference/domain-facts.md`.

use poa_review::model::{CommitmentKind, Flag, GroupKind};
use poa_review::{sample, summary};

#[test]
fn the_sample_dataset_and_review_validate_without_any_problem() {
    let d = poa_review::io::dataset_from_text(sample::DATASET_NAME.as_ref(), sample::DATASET_RON)
        .unwrap();
    assert!(d.warnings.is_empty(), "{:?}", d.warnings);
    let r = poa_review::io::review_from_text(
        sample::REVIEW_NAME.as_ref(),
        sample::REVIEW_RON,
        Some(&d.doc),
    )
    .unwrap();
    assert_eq!(
        r.doc.dataset.content_hash,
        poa_review::io::content_hash(&d.doc).unwrap()
    );
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
}

#[test]
fn the_sample_holds_the_32_recommendations_and_the_five_2019_targets() {
    let d = sample::dataset().unwrap();
    let letters: Vec<String> = ('a'..='z')
        .map(String::from)
        .chain(["aa", "bb", "cc", "dd", "ee", "ff"].map(String::from))
        .collect();
    let recs: Vec<_> = d
        .commitments
        .iter()
        .filter(|c| c.kind == CommitmentKind::Recommendation)
        .collect();
    assert_eq!(recs.len(), 32);
    for (c, letter) in recs.iter().zip(&letters) {
        assert_eq!(c.id, format!("a68-126-89{letter}"));
        assert_eq!(
            d.reference(&c.source),
            format!("A/68/126, para. 89 ({letter})")
        );
        for lang in ["en", "zh"] {
            assert!(
                c.text.get(lang).is_some_and(|t| t.len() > 20),
                "{} lacks a {lang} summary",
                c.id
            );
            assert!(
                c.title.get(lang).is_some_and(|t| !t.is_empty()),
                "{} lacks a {lang} title",
                c.id
            );
        }
    }
    // Grouped as the report groups them.
    let group_of = |letter: &str| {
        d.commitment(&format!("a68-126-89{letter}"))
            .unwrap()
            .group
            .clone()
    };
    for (letters, group) in [
        (&["a", "d"][..], "general"),
        (&["e", "h"], "demand"),
        (&["i", "m"], "supply"),
        (&["n", "s"], "money-laundering"),
        (&["t", "y"], "data"),
        (&["z", "bb"], "governance"),
        (&["cc", "ff"], "ungass2016"),
    ] {
        for l in letters {
            assert_eq!(group_of(l), group, "(89 {l})");
        }
    }
    let pillars: Vec<&str> = d
        .groups
        .iter()
        .filter(|g| g.kind == GroupKind::Pillar)
        .map(|g| g.id.as_str())
        .collect();
    assert_eq!(pillars, ["demand", "supply", "money-laundering"]);
    assert_eq!(d.target_areas.len(), 5);
    let targets = d
        .commitments
        .iter()
        .filter(|c| c.kind == CommitmentKind::Target2019)
        .count();
    assert_eq!(targets, 5);
    let scale: Vec<&str> = d.status_scale.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(
        scale,
        [
            "not-assessed",
            "no-progress",
            "limited",
            "substantial",
            "achieved",
            "regressed"
        ]
    );
    let evidence: Vec<&str> = d.evidence_scale.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(evidence, ["none", "self-reported", "documented"]);
}

/// Values from `domain-facts.md` §4, written out here independently of the sample file.
const FIGURES: &[(&str, i32, f64, Flag)] = &[
    // §4.1 Afghanistan, UNODC/MCN opium surveys.
    ("afg-opium-cultivation", 2007, 193_000.0, Flag::Reported),
    ("afg-opium-cultivation", 2009, 123_000.0, Flag::Reported),
    ("afg-opium-cultivation", 2012, 154_000.0, Flag::Reported),
    ("afg-opium-cultivation", 2013, 209_000.0, Flag::Reported),
    ("afg-opium-cultivation", 2014, 224_000.0, Flag::Reported),
    ("afg-opium-production", 2007, 8_200.0, Flag::Reported),
    ("afg-opium-production", 2010, 3_600.0, Flag::Reported),
    ("afg-opium-production", 2012, 3_700.0, Flag::Reported),
    ("afg-opium-production", 2013, 5_500.0, Flag::Reported),
    // §4.2 South-East Asia.
    ("mmr-opium-cultivation", 2007, 27_700.0, Flag::Derived),
    ("mmr-opium-cultivation", 2009, 31_700.0, Flag::Derived),
    ("mmr-opium-cultivation", 2012, 51_000.0, Flag::Reported),
    ("mmr-opium-cultivation", 2013, 57_800.0, Flag::Reported),
    ("lao-opium-cultivation", 2012, 6_800.0, Flag::Reported),
    ("lao-opium-cultivation", 2013, 3_400.0, Flag::Derived),
    // §4.4 Coca bush.
    ("global-coca-cultivation", 2007, 181_600.0, Flag::Reported),
    ("global-coca-cultivation", 2010, 149_100.0, Flag::Derived),
    ("global-coca-cultivation", 2011, 155_600.0, Flag::Reported),
    ("global-coca-cultivation", 2013, 120_800.0, Flag::Reported),
    ("col-coca-cultivation", 2007, 99_000.0, Flag::Derived),
    ("col-coca-cultivation", 2013, 48_000.0, Flag::Reported),
    ("per-coca-cultivation", 2010, 61_200.0, Flag::Reported),
    ("bol-coca-cultivation", 2012, 25_300.0, Flag::Reported),
    // §4.5 Seizures.
    ("global-cocaine-seizures", 2010, 694.0, Flag::Reported),
    ("global-cocaine-seizures", 2013, 687.0, Flag::Reported),
    ("global-ats-seizures", 2010, 74.0, Flag::Reported),
    ("global-ats-seizures", 2011, 123.0, Flag::Reported),
    // §4.6 Drug use; §4.8 questionnaire replies; §4.9 budget.
    ("global-drug-users", 2010, 230.0, Flag::Estimated),
    ("global-drug-users", 2012, 243.0, Flag::Reported),
    ("global-drug-users", 2013, 246.0, Flag::Reported),
    ("arq-replies-demand", 2007, 118.0, Flag::Reported),
    ("arq-replies-supply", 2013, 100.0, Flag::Reported),
    ("unodc-consolidated-budget", 2012, 617.8, Flag::Reported),
];

#[test]
fn the_sample_figures_match_the_domain_facts() {
    let d = sample::dataset().unwrap();
    for &(id, year, value, flag) in FIGURES {
        let ind = d
            .indicator(id)
            .unwrap_or_else(|| panic!("indicator {id} missing"));
        let obs = ind
            .series
            .iter()
            .find(|o| o.year == year)
            .unwrap_or_else(|| panic!("{id} has no {year}"));
        assert!(
            (obs.value - value).abs() < 1e-9,
            "{id} {year}: {} instead of {value}",
            obs.value
        );
        assert_eq!(obs.flag, flag, "{id} {year}");
        assert!(
            d.source(&obs.source).is_some(),
            "{id} {year} cites no known source"
        );
    }
    // Every observation has a source; every derived value says how it was derived.
    for ind in &d.indicators {
        for o in &ind.series {
            assert!(d.source(&o.source).is_some(), "{} {}", ind.id, o.year);
            if o.flag != Flag::Reported {
                assert!(
                    o.note.as_ref().is_some_and(|n| n.len() > 10),
                    "{} {} is {:?} without a note",
                    ind.id,
                    o.year,
                    o.flag
                );
            }
        }
    }
}

#[test]
fn the_example_review_is_labelled_fictitious_and_assesses_about_a_third() {
    let d = sample::dataset().unwrap();
    let r = sample::review().unwrap();
    assert!(r.delegation.contains("fictitious"));
    let assessed = summary::assessed(&d, &r);
    assert!((10..=15).contains(&assessed), "{assessed} assessed");
    assert!(r.history.len() >= 3);
    // "Documented" rests on the delegation's own documents: a paragraph of A/68/126 about
    // UNODC's work is no evidence of national progress.
    let documented: Vec<_> = r
        .assessments
        .iter()
        .filter(|(_, a)| a.evidence_level == "documented")
        .collect();
    assert!(documented.len() >= 3, "{} documented", documented.len());
    for (id, a) in documented {
        assert!(
            a.evidence
                .iter()
                .any(|e| e.symbol != "A/68/126" && !(e.symbol.is_empty() && e.location.is_empty())),
            "{id} is documented only by the Secretary-General's report"
        );
    }
}

#[test]
fn the_sample_is_dated_before_the_review_and_never_in_2026() {
    for (name, text) in [
        (sample::DATASET_NAME, sample::DATASET_RON),
        (sample::REVIEW_NAME, sample::REVIEW_RON),
    ] {
        assert!(!text.contains("2026"), "{name} has a 2026 date");
    }
    let d = sample::dataset().unwrap();
    assert_eq!(d.metadata.as_of, Some(jiff::civil::date(2014, 3, 13)));
    // The example review was prepared before the review opened.
    let r = sample::review().unwrap();
    let opening: jiff::Timestamp = "2014-03-13T00:00:00Z".parse().unwrap();
    for h in &r.history {
        assert!(h.at < opening, "history entry at {}", h.at);
        assert!(
            h.at > "2014-01-01T00:00:00Z".parse().unwrap(),
            "history entry at {}",
            h.at
        );
    }
    for (id, a) in &r.assessments {
        assert!(
            a.updated_at.is_none_or(|t| t < opening),
            "{id} updated {:?}",
            a.updated_at
        );
    }
}

#[test]
fn every_sample_source_says_what_it_is_and_when_it_was_published() {
    let d = sample::dataset().unwrap();
    let readme = std::fs::read_to_string("sample_data/README.md").unwrap();
    for s in &d.metadata.sources {
        assert!(s.kind.is_some(), "{} has no kind", s.id);
        assert!(!s.publisher.is_empty(), "{} has no publisher", s.id);
        let published = s
            .published
            .unwrap_or_else(|| panic!("{} has no date", s.id));
        assert!(published.year <= 2017, "{} published {published}", s.id);
        if s.kind == Some(poa_review::model::SourceKind::Secondary) {
            assert!(!s.copy.is_empty(), "{} is secondary without its copy", s.id);
        }
        assert!(
            readme.contains(&format!("`{}`", s.id)),
            "sample_data/README.md does not list {}",
            s.id
        );
    }
    // Later figures are kept and marked: the sample has hindsight at its own cut-off.
    let late = d
        .indicators
        .iter()
        .flat_map(|i| i.series.iter())
        .filter(|o| poa_review::analysis::is_hindsight(&d, o, d.metadata.as_of))
        .count();
    assert!(late >= 3, "{late} values after the cut-off");
}

#[test]
fn every_sample_commitment_says_to_whom_it_is_addressed() {
    use poa_review::model::Addressee;
    let d = sample::dataset().unwrap();
    for c in &d.commitments {
        let expected = match c.kind {
            CommitmentKind::Recommendation => Addressee::GeneralAssembly,
            _ => Addressee::MemberStates,
        };
        assert_eq!(c.addressee, Some(expected), "{}", c.id);
    }
}

#[test]
fn the_summary_counts_add_up() {
    let d = sample::dataset().unwrap();
    let r = sample::review().unwrap();
    let counts = summary::status_counts(&d, Some(&r));
    assert_eq!(
        counts
            .iter()
            .map(summary::GroupCounts::total)
            .sum::<usize>(),
        d.commitments.len()
    );
    let not_assessed: usize = counts.iter().map(|c| c.counts[0]).sum();
    assert_eq!(
        not_assessed,
        d.commitments.len() - summary::assessed(&d, &r)
    );
    let table = summary::render_table(&d, Some(&r), poa_review::i18n::Language::Zh);
    assert!(table.contains("减少需求和相关措施"), "{table}");
    assert!(
        table
            .lines()
            .last()
            .unwrap()
            .ends_with(&format!(" {}", d.commitments.len())),
        "{table}"
    );
}

#[test]
fn every_tag_of_the_sample_has_an_english_and_a_chinese_label() {
    let d = sample::dataset().unwrap();
    assert_eq!(d.format_version, 3);
    let mut used: Vec<&str> = d
        .commitments
        .iter()
        .flat_map(|c| c.tags.iter().map(String::as_str))
        .collect();
    used.sort_unstable();
    used.dedup();
    for tag in used {
        let label = d
            .tags
            .iter()
            .find(|t| t.id == tag)
            .unwrap_or_else(|| panic!("the tag {tag} has no label"));
        for lang in ["en", "zh"] {
            assert!(
                label.label.get(lang).is_some_and(|l| !l.trim().is_empty()),
                "{tag} has no {lang} label"
            );
        }
    }
    assert_eq!(d.tag_label("money-laundering", "zh"), "洗钱");
}
