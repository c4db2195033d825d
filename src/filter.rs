//! Searching and filtering the commitment list. Pure functions over the model, so the window,
//! the tests and the benchmarks all use the same code.

use std::collections::BTreeSet;

use jiff::Timestamp;

use crate::model::{Dataset, Review};

/// A lower-cased text per commitment holding everything a search may match: id, reference,
/// titles and texts in every language, its tags with their labels in every language, and the
/// names of its section and pillar in every language. Built once per dataset.
///
/// Tags, sections and pillars are searched in every language because a translation may word a
/// commitment differently: `洗钱` finds every commitment tagged `money-laundering` through the
/// tag's Chinese label, even where the Chinese text says it another way.
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    haystacks: Vec<String>,
}

impl SearchIndex {
    /// Builds the index of a dataset.
    #[must_use]
    pub fn new(dataset: &Dataset) -> Self {
        let haystacks = dataset
            .commitments
            .iter()
            .map(|c| {
                let mut s = String::new();
                s.push_str(&c.id);
                s.push('\n');
                s.push_str(&dataset.reference(&c.source));
                let tag_labels = c.tags.iter().flat_map(|tag| {
                    dataset
                        .tags
                        .iter()
                        .filter(move |l| l.id == *tag)
                        .flat_map(|l| l.label.values())
                });
                let group = dataset.group(&c.group);
                let group_titles = group.into_iter().flat_map(|g| g.title.values());
                let section_titles = group
                    .zip(c.section.as_ref())
                    .and_then(|(g, id)| g.sections.iter().find(|s| s.id == *id))
                    .into_iter()
                    .flat_map(|s| s.title.values());
                for t in c
                    .title
                    .values()
                    .chain(c.text.values())
                    .chain(c.tags.iter())
                    .chain(tag_labels)
                    .chain(section_titles)
                    .chain(group_titles)
                {
                    s.push('\n');
                    s.push_str(t);
                }
                s.to_lowercase()
            })
            .collect();
        Self { haystacks }
    }

    /// Whether commitment `index` matches every word of the (lower-cased) query.
    #[must_use]
    pub fn matches(&self, index: usize, words: &[String]) -> bool {
        self.haystacks
            .get(index)
            .is_some_and(|h| words.iter().all(|w| h.contains(w.as_str())))
    }
}

/// What the list shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    /// Words to look for in English and Chinese text, ids and references; all must match.
    pub query: String,
    /// Status level ids to show (empty: all).
    pub statuses: BTreeSet<String>,
    /// Evidence level ids to show (empty: all).
    pub evidence: BTreeSet<String>,
    /// Only this group (pillar or cross-cutting group).
    pub group: Option<String>,
    /// Only this section.
    pub section: Option<String>,
    /// Only commitments with this tag.
    pub tag: Option<String>,
    /// Only commitments addressed to them (the General Assembly, Member States, …).
    pub addressee: Option<crate::model::Addressee>,
    /// Only commitments whose assessment changed at or after this time.
    pub changed_since: Option<Timestamp>,
    /// Only commitments that are assessed but have no evidence (no items, or evidence level at
    /// the scale's first level).
    pub assessed_without_evidence: bool,
}

impl Filter {
    /// Whether nothing is filtered.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// The indices (into `dataset.commitments`) of the commitments that pass, in dataset order.
    #[must_use]
    pub fn apply(&self, dataset: &Dataset, review: &Review, index: &SearchIndex) -> Vec<usize> {
        let words: Vec<String> = self
            .query
            .to_lowercase()
            .split_whitespace()
            .map(str::to_owned)
            .collect();
        let default_status = dataset.default_status();
        let default_evidence = dataset.default_evidence();
        dataset
            .commitments
            .iter()
            .enumerate()
            .filter(|(i, c)| {
                if self.group.as_ref().is_some_and(|g| *g != c.group)
                    || self
                        .section
                        .as_ref()
                        .is_some_and(|s| c.section.as_ref() != Some(s))
                    || self.tag.as_ref().is_some_and(|t| !c.tags.contains(t))
                    || self.addressee.is_some_and(|a| c.addressee != Some(a))
                {
                    return false;
                }
                let a = review.assessments.get(&c.id);
                let status = a.map_or(default_status, |a| a.status.as_str());
                let evidence = a.map_or(default_evidence, |a| a.evidence_level.as_str());
                if !self.statuses.is_empty() && !self.statuses.contains(status) {
                    return false;
                }
                if !self.evidence.is_empty() && !self.evidence.contains(evidence) {
                    return false;
                }
                if let Some(since) = self.changed_since
                    && a.and_then(|a| a.updated_at).is_none_or(|t| t < since)
                {
                    return false;
                }
                if self.assessed_without_evidence {
                    let assessed = status != default_status;
                    let has_evidence =
                        a.is_some_and(|a| !a.evidence.is_empty()) && evidence != default_evidence;
                    if !assessed || has_evidence {
                        return false;
                    }
                }
                words.is_empty() || index.matches(*i, &words)
            })
            .map(|(i, _)| i)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample;

    fn ids(d: &Dataset, v: &[usize]) -> Vec<String> {
        v.iter().map(|&i| d.commitments[i].id.clone()).collect()
    }

    #[test]
    fn searches_english_chinese_and_references() {
        let d = sample::dataset().unwrap();
        let r = sample::review().unwrap();
        let idx = SearchIndex::new(&d);
        let f = |q: &str| {
            ids(
                &d,
                &Filter {
                    query: q.into(),
                    ..Filter::default()
                }
                .apply(&d, &r, &idx),
            )
        };
        assert_eq!(f("para. 89 (ff)"), ["a68-126-89ff"]);
        assert!(f("PRISON").contains(&"a68-126-89h".to_owned()));
        assert!(f("监狱").contains(&"a68-126-89h".to_owned()));
        assert!(f("替代发展").contains(&"a68-126-89l".to_owned()));
        assert!(f("no-such-word-anywhere").is_empty());
        assert_eq!(f("").len(), d.commitments.len());
    }

    #[test]
    fn the_addressee_filter_keeps_those_addressed_to_it() {
        let d = sample::dataset().unwrap();
        let r = sample::review().unwrap();
        let idx = SearchIndex::new(&d);
        let of = |a| {
            ids(
                &d,
                &Filter {
                    addressee: Some(a),
                    ..Filter::default()
                }
                .apply(&d, &r, &idx),
            )
        };
        let states = of(crate::model::Addressee::MemberStates);
        assert_eq!(
            states,
            [
                "pd2009-36a",
                "pd2009-36b",
                "pd2009-36c",
                "pd2009-36d",
                "pd2009-36e"
            ]
        );
        assert_eq!(of(crate::model::Addressee::GeneralAssembly).len(), 32);
        assert!(of(crate::model::Addressee::Incb).is_empty());
    }

    #[test]
    fn chinese_search_finds_every_commitment_through_its_tag_section_and_pillar() {
        let d = sample::dataset().unwrap();
        let r = sample::review().unwrap();
        let idx = SearchIndex::new(&d);
        let f = |q: &str| {
            Filter {
                query: q.into(),
                ..Filter::default()
            }
            .apply(&d, &r, &idx)
        };
        let tagged: Vec<usize> = (0..d.commitments.len())
            .filter(|&i| {
                d.commitments[i]
                    .tags
                    .iter()
                    .any(|t| t == "money-laundering")
            })
            .collect();
        assert!(tagged.len() >= 7, "{tagged:?}");
        // Two of them word it differently in Chinese; the tag's label still finds them.
        let found = f("洗钱");
        for i in &tagged {
            assert!(found.contains(i), "洗钱 misses {}", d.commitments[*i].id);
        }
        assert_eq!(
            f("money laundering").len(),
            f("洗钱").len(),
            "English and Chinese find the same"
        );
        // A pillar's name finds its commitments in either language.
        let demand = d.group("demand").unwrap();
        let in_demand = d.commitments.iter().filter(|c| c.group == "demand").count();
        assert_eq!(f(&demand.title["zh"]).len(), in_demand);
        assert_eq!(f(&demand.title["en"]).len(), in_demand);
        // And a section's name finds the commitments of that section.
        let section = &d.groups.iter().flat_map(|g| &g.sections).next().unwrap();
        let in_section: Vec<usize> = (0..d.commitments.len())
            .filter(|&i| d.commitments[i].section.as_ref() == Some(&section.id))
            .collect();
        let by_name = f(&section.title["zh"]);
        for i in &in_section {
            assert!(
                by_name.contains(i),
                "{} misses {}",
                section.title["zh"],
                d.commitments[*i].id
            );
        }
    }

    #[test]
    fn filters_combine() {
        let d = sample::dataset().unwrap();
        let r = sample::review().unwrap();
        let idx = SearchIndex::new(&d);
        let demand = Filter {
            group: Some("demand".into()),
            ..Filter::default()
        }
        .apply(&d, &r, &idx);
        assert_eq!(demand.len(), 5);
        let assessed: BTreeSet<String> = d
            .status_scale
            .iter()
            .skip(1)
            .map(|l| l.id.clone())
            .collect();
        let n = Filter {
            statuses: assessed,
            ..Filter::default()
        }
        .apply(&d, &r, &idx)
        .len();
        assert_eq!(n, crate::summary::assessed(&d, &r));
        let without = Filter {
            assessed_without_evidence: true,
            ..Filter::default()
        }
        .apply(&d, &r, &idx);
        for i in &without {
            let a = &r.assessments[&d.commitments[*i].id];
            assert!(a.evidence.is_empty() || a.evidence_level == "none", "{a:?}");
        }
        let future: Timestamp = "2030-01-01T00:00:00Z".parse().unwrap();
        assert!(
            Filter {
                changed_since: Some(future),
                ..Filter::default()
            }
            .apply(&d, &r, &idx)
            .is_empty()
        );
        let tagged = Filter {
            tag: Some("hiv".into()),
            ..Filter::default()
        }
        .apply(&d, &r, &idx);
        assert!(
            tagged
                .iter()
                .all(|&i| d.commitments[i].tags.contains(&"hiv".to_owned()))
        );
        assert!(!tagged.is_empty());
    }
}
