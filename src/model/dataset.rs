//! The dataset: commitments under the three pillars, the 2019 target areas, indicators and the
//! status scale. Prepared by a secretariat or a delegation; read-only in the application.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::texts::Texts;

/// The `format_version` this build reads and writes for datasets.
///
/// Version 2 added the optional [`Dataset::tags`] (translated tag labels). Version 3 added
/// what a citable briefing needs: the information cut-off ([`Metadata::as_of`]), what each
/// source is ([`Source::kind`], [`Source::publisher`], [`Source::published`],
/// [`Source::isbn`], [`Source::copy`]), ambiguous indicators ([`Direction::Ambiguous`]) and
/// the addressee of a commitment ([`Commitment::addressee`]). Versions 1 and 2 are still read:
/// every new field is optional, and left out of the file when unset.
pub const DATASET_FORMAT_VERSION: u32 = 3;

/// A whole dataset file (`*.dataset.ron`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Version of the file format; see [`DATASET_FORMAT_VERSION`].
    pub format_version: u32,
    /// Who made the dataset, when, and from which documents.
    pub metadata: Metadata,
    /// Units that indicators are measured in.
    #[serde(default)]
    pub units: Vec<Unit>,
    /// The three pillars of the Plan of Action and the cross-cutting groups, in display order.
    pub groups: Vec<Group>,
    /// The target areas for 2019 (paragraph 36 of the 2009 Political Declaration).
    #[serde(default)]
    pub target_areas: Vec<TargetArea>,
    /// Labels of the commitments' tags per language (format version 2; optional). A tag
    /// without a label is shown by its id. Left out of the file when empty, so a version 1
    /// dataset keeps its content hash.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<TagLabel>,
    /// The commitments under review.
    pub commitments: Vec<Commitment>,
    /// Indicators with their time series.
    #[serde(default)]
    pub indicators: Vec<Indicator>,
    /// The ordered levels used to mark progress; the first is "not assessed".
    pub status_scale: Vec<StatusLevel>,
    /// The ordered levels of evidence; the first is "no evidence".
    pub evidence_scale: Vec<EvidenceLevel>,
}

/// Dataset metadata.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Metadata {
    /// Stable identifier, e.g. `poa2009-hlr2014-sample`.
    pub id: String,
    /// Version of the dataset's content, e.g. `1.0.0`.
    pub version: String,
    /// Date the dataset was compiled.
    pub date: Date,
    /// The information cut-off of the review the dataset serves (format version 3): what was
    /// published after this day could not have been known to the review, and is shown as
    /// hindsight. For the 2014 high-level review, its opening on 13 March 2014.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<Date>,
    /// Title per language.
    pub title: Texts,
    /// A longer description per language.
    #[serde(default)]
    pub description: Texts,
    /// Documents and publications the dataset draws on; referred to by id.
    pub sources: Vec<Source>,
}

/// A source: the publication a figure or a text comes from, and the copy that was consulted.
///
/// Charts and exports cite the publication first ("UNODC, World Drug Report 2013 (2013)") and
/// the copy second, so a reader can find the figure in the original.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Identifier used by references in this dataset, e.g. `A/68/126` or `unodc-wdr2014`. An
    /// id that starts with an organisation's name (`unodc-…`) must be that organisation's
    /// publication.
    pub id: String,
    /// Whether the copy consulted is the publication itself (format version 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<SourceKind>,
    /// Who published it, per language: "UNODC", "联合国毒品和犯罪问题办公室" (format version 3).
    #[serde(default, skip_serializing_if = "Texts::is_empty")]
    pub publisher: Texts,
    /// UN document symbol, when the source is a UN document (`A/68/126`, `E/2009/28`).
    #[serde(default)]
    pub symbol: Option<String>,
    /// The publication's title per language.
    pub title: Texts,
    /// When it was published: a year, a month or a day (format version 3). Observations from
    /// a publication after [`Metadata::as_of`] are hindsight.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<Published>,
    /// ISBN or sales number, where it has one (format version 3).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub isbn: Option<String>,
    /// The copy consulted, where it is not the publisher's own: "copy on issuu.com",
    /// "press report, Fox News, 2 September 2010" (format version 3).
    #[serde(default, skip_serializing_if = "Texts::is_empty")]
    pub copy: Texts,
    /// Where the copy consulted can be read.
    #[serde(default)]
    pub url: Option<String>,
}

/// Whether a source is the publication itself or a copy or report of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SourceKind {
    /// The publication itself, from its publisher: a UNODC survey or World Drug Report, a UN
    /// document, a government's own report.
    Primary,
    /// A copy on a document-sharing site, a press report, a blog post or an NGO note that
    /// reports the publication's figures.
    Secondary,
}

/// How a publication date that cannot be read starts its error, followed by what was written.
pub const NOT_PUBLISHED: &str = "not a publication date: ";

/// When a source was published: a year, a month of a year, or a day.
///
/// Written in files as `"2013"`, `"2013-06"` or `"2013-06-26"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Published {
    /// Year.
    pub year: i16,
    /// Month (1–12), when known.
    pub month: Option<i8>,
    /// Day of the month, when known (only with a month).
    pub day: Option<i8>,
}

impl Published {
    /// The last day it may have been published on: the end of the year or month when the day
    /// is not known.
    #[must_use]
    pub fn latest(self) -> Date {
        match (self.month, self.day) {
            (Some(m), Some(d)) => Date::new(self.year, m, d).unwrap_or(Date::MAX),
            (Some(m), None) => {
                Date::new(self.year, m, 1).map_or(Date::MAX, jiff::civil::Date::last_of_month)
            }
            _ => Date::new(self.year, 12, 31).unwrap_or(Date::MAX),
        }
    }

    /// Whether it may have been published after `cutoff`: a publication known only by its year
    /// (or month) counts as after the cut-off when that year (or month) ends after it.
    #[must_use]
    pub fn after(self, cutoff: Date) -> bool {
        self.latest() > cutoff
    }
}

impl std::fmt::Display for Published {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

impl std::str::FromStr for Published {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        // The loader turns this into the translated message (see `io::document`).
        let bad = || format!("{NOT_PUBLISHED}{s}");
        let parts: Vec<&str> = s.trim().split('-').collect();
        let number = |p: &str, len: usize| -> Result<i16, String> {
            if p.len() == len && p.bytes().all(|b| b.is_ascii_digit()) {
                p.parse().map_err(|_| bad())
            } else {
                Err(bad())
            }
        };
        let year = number(parts.first().copied().unwrap_or(""), 4)?;
        let small =
            |p: &str| -> Result<i8, String> { i8::try_from(number(p, 2)?).map_err(|_| bad()) };
        let (month, day) = match parts.as_slice() {
            [_] => (None, None),
            [_, m] => (Some(small(m)?), None),
            [_, m, d] => (Some(small(m)?), Some(small(d)?)),
            _ => return Err(bad()),
        };
        if !crate::validate::YEAR_RANGE.contains(&i32::from(year)) {
            return Err(bad());
        }
        if Date::new(year, month.unwrap_or(1), day.unwrap_or(1)).is_err() {
            return Err(bad());
        }
        Ok(Self { year, month, day })
    }
}

impl Serialize for Published {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Published {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl Source {
    /// The publication as a reference cites it, in `lang`: publisher, title, year or date,
    /// symbol and ISBN where there are any ("UNODC, World Drug Report 2013 (2013-06-26)").
    #[must_use]
    pub fn citation(&self, lang: &str) -> String {
        let mut out = String::new();
        let publisher = super::texts::text_or_empty(&self.publisher, lang);
        if !publisher.is_empty() {
            out.push_str(publisher);
            out.push_str(if lang == "zh" { "，" } else { ", " });
        }
        out.push_str(super::texts::text_or_empty(&self.title, lang));
        if let Some(p) = self.published {
            out.push_str(" (");
            out.push_str(&p.to_string());
            out.push(')');
        }
        for extra in [&self.symbol, &self.isbn].into_iter().flatten() {
            if !out.contains(extra.as_str()) {
                out.push_str(if lang == "zh" { "，" } else { ", " });
                out.push_str(extra);
            }
        }
        out
    }

    /// The short name a chart's source line uses: the symbol of a UN document, else the
    /// publisher and title.
    fn short_citation(&self, lang: &str) -> String {
        if let Some(symbol) = &self.symbol {
            return symbol.clone();
        }
        let publisher = super::texts::text_or_empty(&self.publisher, lang);
        let title = super::texts::text_or_empty(&self.title, lang);
        if publisher.is_empty() {
            title.to_owned()
        } else if lang == "zh" {
            format!("{publisher}，{title}")
        } else {
            format!("{publisher}, {title}")
        }
    }

    /// The publication, then the copy consulted where it is not the publisher's own, as a
    /// chart's source line and a tooltip name it: "UNODC, World Drug Report 2015 (copy on
    /// issuu.com)".
    #[must_use]
    pub fn cited(&self, lang: &str) -> String {
        let short = self.short_citation(lang);
        let copy = super::texts::text_or_empty(&self.copy, lang);
        if copy.is_empty() {
            short
        } else if lang == "zh" {
            format!("{short}（{copy}）")
        } else {
            format!("{short} ({copy})")
        }
    }

    /// Whether its figures were published after `cutoff` (a source with no publication date
    /// is not counted as hindsight; `validate` asks for the date).
    #[must_use]
    pub fn after(&self, cutoff: Date) -> bool {
        self.published.is_some_and(|p| p.after(cutoff))
    }
}

/// A unit of measurement.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unit {
    /// Identifier, e.g. `ha`.
    pub id: String,
    /// Name per language, used on chart axes ("Hectares", "公顷").
    pub label: Texts,
}

/// Whether a group is one of the Plan of Action's three pillars or a cross-cutting group.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum GroupKind {
    /// One of the three parts of the 2009 Plan of Action.
    Pillar,
    /// A group outside the pillars (data and research, UNODC governance, …).
    CrossCutting,
}

/// A pillar of the Plan of Action, or a cross-cutting group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// Identifier, e.g. `demand`.
    pub id: String,
    /// Pillar or cross-cutting.
    pub kind: GroupKind,
    /// Title per language.
    pub title: Texts,
    /// Sections within the group (may be empty).
    #[serde(default)]
    pub sections: Vec<Section>,
}

/// A section within a pillar or group.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// Identifier, unique in the dataset, e.g. `supply.alternative-development`.
    pub id: String,
    /// Title per language.
    pub title: Texts,
}

/// A target area for 2019.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetArea {
    /// Identifier, e.g. `pd36a`.
    pub id: String,
    /// Where the target is set.
    pub source: SourceRef,
    /// Short title per language.
    pub title: Texts,
    /// Indicators that measure it.
    #[serde(default)]
    pub indicators: Vec<String>,
}

/// The label of a tag in several languages, e.g. `money-laundering` → "Money laundering",
/// "洗钱". Search matches the labels in every language; the tag filter shows them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TagLabel {
    /// The tag as commitments write it, e.g. `money-laundering`.
    pub id: String,
    /// Label per language.
    pub label: Texts,
}

/// Where a text comes from: a document, a paragraph and an optional sub-paragraph letter.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    /// Source id (see [`Metadata::sources`]), usually the document symbol.
    pub document: String,
    /// Paragraph number.
    pub paragraph: u32,
    /// Sub-paragraph letter(s), e.g. `a` or `ff`.
    #[serde(default)]
    pub letter: Option<String>,
}

impl SourceRef {
    /// The reference as people write it: `A/68/126, para. 89 (ff)`.
    #[must_use]
    pub fn display(&self, symbol: &str) -> String {
        match &self.letter {
            Some(l) => format!("{symbol}, para. {} ({l})", self.paragraph),
            None => format!("{symbol}, para. {}", self.paragraph),
        }
    }
}

/// To whom a commitment is addressed: who can act on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Addressee {
    /// Member States, each for itself.
    MemberStates,
    /// The General Assembly (the recommendations of the Secretary-General's reports).
    GeneralAssembly,
    /// The Commission on Narcotic Drugs.
    Commission,
    /// The United Nations Office on Drugs and Crime.
    Unodc,
    /// The International Narcotics Control Board.
    Incb,
}

impl Addressee {
    /// Every addressee, in the order lists show them.
    pub const ALL: [Self; 5] = [
        Self::MemberStates,
        Self::GeneralAssembly,
        Self::Commission,
        Self::Unodc,
        Self::Incb,
    ];

    /// The translation key of its name.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::MemberStates => key!("addressee-member-states"),
            Self::GeneralAssembly => key!("addressee-general-assembly"),
            Self::Commission => key!("addressee-commission"),
            Self::Unodc => key!("addressee-unodc"),
            Self::Incb => key!("addressee-incb"),
        }
    }
}

/// What kind of commitment this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum CommitmentKind {
    /// An action of the Plan of Action.
    Action,
    /// A recommendation, e.g. of the Secretary-General to the General Assembly.
    Recommendation,
    /// A target set for 2019.
    Target2019,
}

/// A commitment under review.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Commitment {
    /// Stable identifier, e.g. `a68-126-89a`. Reviews refer to commitments by it.
    pub id: String,
    /// The pillar or group it belongs to.
    pub group: String,
    /// The section within the group, if the group has sections.
    #[serde(default)]
    pub section: Option<String>,
    /// Where it comes from.
    pub source: SourceRef,
    /// Action, recommendation or 2019 target.
    pub kind: CommitmentKind,
    /// To whom it is addressed (format version 3): the recommendations of A/68/126 to the
    /// General Assembly, the 2019 targets to Member States.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addressee: Option<Addressee>,
    /// A short title per language, for lists.
    pub title: Texts,
    /// The commitment's text (a summary in the dataset author's words) per language.
    pub text: Texts,
    /// Free tags, e.g. `hiv`, `precursors`.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Linked 2019 target areas.
    #[serde(default)]
    pub target_areas: Vec<String>,
    /// Linked indicators.
    #[serde(default)]
    pub indicators: Vec<String>,
}

/// Which direction of change is good for an indicator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Direction {
    /// A fall is progress (cultivation, seizures of drugs reaching users…).
    DownIsGood,
    /// A rise is progress (questionnaire replies, funding…).
    UpIsGood,
    /// Either way can be read as good or bad (format version 3): seizures rise with better
    /// enforcement and with a bigger market; absolute numbers of users grow with the
    /// population. Charted, never rated as progress or regression.
    Ambiguous,
}

/// An indicator and its time series.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    /// Identifier, e.g. `afg-opium-ha`.
    pub id: String,
    /// Name per language.
    pub name: Texts,
    /// Unit id (see [`Dataset::units`]).
    pub unit: String,
    /// Geography per language ("Afghanistan", "阿富汗", "Global").
    pub geography: Texts,
    /// Which direction of change is good.
    pub direction: Direction,
    /// The year progress is measured from (2009 for the Plan of Action).
    pub baseline_year: i32,
    /// An optional target.
    #[serde(default)]
    pub target: Option<IndicatorTarget>,
    /// The observations, one per year, in ascending year order.
    pub series: Vec<Observation>,
}

/// A target value for an indicator.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorTarget {
    /// Target year.
    pub year: i32,
    /// Target value, in the indicator's unit.
    pub value: f64,
    /// How the target was set, per language.
    #[serde(default)]
    pub note: Texts,
}

/// How an observation was obtained.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Flag {
    /// As reported by the source.
    Reported,
    /// An estimate published by the source.
    Estimated,
    /// Computed by the dataset author from other published figures.
    Derived,
    /// The value as revised by the source after first publication (the note gives the first one).
    Revised,
}

impl Flag {
    /// The translation key of its name ("reported", "estimated", …).
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Self::Reported => key!("flag-reported"),
            Self::Estimated => key!("flag-estimated"),
            Self::Derived => key!("flag-derived"),
            Self::Revised => key!("flag-revised"),
        }
    }
}

/// One value of an indicator's series.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Observation {
    /// Year the value refers to.
    pub year: i32,
    /// The value, in the indicator's unit.
    pub value: f64,
    /// How the value was obtained.
    pub flag: Flag,
    /// Source id (see [`Metadata::sources`]).
    pub source: String,
    /// The unit, only where the author wants to state it; must equal the indicator's unit.
    #[serde(default)]
    pub unit: Option<String>,
    /// A note, e.g. how a derived value was computed.
    #[serde(default)]
    pub note: Option<String>,
}

/// One level of the status scale.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusLevel {
    /// Identifier stored in reviews, e.g. `substantial`.
    pub id: String,
    /// Label per language.
    pub label: Texts,
    /// Colour as `#rrggbb`.
    pub colour: String,
    /// Whether this level counts as progress in summaries.
    pub counts_as_progress: bool,
}

/// One level of the evidence scale.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EvidenceLevel {
    /// Identifier stored in reviews, e.g. `documented`.
    pub id: String,
    /// Label per language.
    pub label: Texts,
}

impl Dataset {
    /// The group with this id.
    #[must_use]
    pub fn group(&self, id: &str) -> Option<&Group> {
        self.groups.iter().find(|g| g.id == id)
    }

    /// The label of a level on the scale of a field: the status scale for
    /// [`Field::Status`](super::Field::Status), the evidence scale for
    /// [`Field::EvidenceLevel`](super::Field::EvidenceLevel); `None` for other fields or an
    /// unknown level.
    #[must_use]
    pub fn level_label(&self, field: super::Field, id: &str) -> Option<&Texts> {
        match field {
            super::Field::Status => self.status_level(id).map(|l| &l.label),
            super::Field::EvidenceLevel => self
                .evidence_scale
                .iter()
                .find(|l| l.id == id)
                .map(|l| &l.label),
            _ => None,
        }
    }

    /// The commitment with this id.
    #[must_use]
    pub fn commitment(&self, id: &str) -> Option<&Commitment> {
        self.commitments.iter().find(|c| c.id == id)
    }

    /// The indicator with this id.
    #[must_use]
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }

    /// The source with this id.
    #[must_use]
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.metadata.sources.iter().find(|s| s.id == id)
    }

    /// The label of a tag in `lang` (English when `lang` is missing), or the tag itself when
    /// the dataset gives it no label.
    #[must_use]
    pub fn tag_label<'a>(&'a self, tag: &'a str, lang: &str) -> &'a str {
        self.tags
            .iter()
            .find(|t| t.id == tag)
            .and_then(|t| super::texts::text_in(&t.label, lang))
            .map_or(tag, |(label, _)| label)
    }

    /// The status level with this id.
    #[must_use]
    pub fn status_level(&self, id: &str) -> Option<&StatusLevel> {
        self.status_scale.iter().find(|l| l.id == id)
    }

    /// The first status level ("not assessed"), which every commitment starts at.
    #[must_use]
    pub fn default_status(&self) -> &str {
        self.status_scale.first().map_or("", |l| l.id.as_str())
    }

    /// The first evidence level ("no evidence").
    #[must_use]
    pub fn default_evidence(&self) -> &str {
        self.evidence_scale.first().map_or("", |l| l.id.as_str())
    }

    /// The reference of a commitment as people write it, using the source's document symbol.
    #[must_use]
    pub fn reference(&self, r: &SourceRef) -> String {
        let symbol = self
            .source(&r.document)
            .and_then(|s| s.symbol.as_deref())
            .unwrap_or(&r.document);
        r.display(symbol)
    }

    /// The reference as people write it in `t`'s language: `A/68/126, para. 89 (g)` in
    /// English, `A/68/126，第89段(g)` in Chinese. [`Self::reference`] is the English form that
    /// search and the history keep.
    #[must_use]
    pub fn reference_in(&self, r: &SourceRef, t: &crate::i18n::Translator) -> String {
        let symbol = self
            .source(&r.document)
            .and_then(|s| s.symbol.as_deref())
            .unwrap_or(&r.document);
        let paragraph = r.paragraph.to_string();
        match &r.letter {
            Some(letter) => t.tr_args(
                key!("ref-paragraph-letter"),
                &[
                    ("symbol", symbol.into()),
                    ("paragraph", paragraph.into()),
                    ("letter", letter.as_str().into()),
                ],
            ),
            None => t.tr_args(
                key!("ref-paragraph"),
                &[("symbol", symbol.into()), ("paragraph", paragraph.into())],
            ),
        }
    }
}

/// The default status scale: not assessed, no progress, limited, substantial, achieved, regressed.
#[must_use]
pub fn default_status_scale() -> Vec<StatusLevel> {
    use super::texts::texts;
    let level = |id: &str, en: &str, zh: &str, colour: &str, progress: bool| StatusLevel {
        id: id.to_owned(),
        label: texts([("en", en), ("zh", zh)]),
        colour: colour.to_owned(),
        counts_as_progress: progress,
    };
    vec![
        level("not-assessed", "Not assessed", "未评估", "#9e9e9e", false),
        level("no-progress", "No progress", "无进展", "#d84315", false),
        level("limited", "Limited progress", "进展有限", "#f9a825", false),
        level(
            "substantial",
            "Substantial progress",
            "进展显著",
            "#7cb342",
            true,
        ),
        level("achieved", "Achieved", "已实现", "#2e7d32", true),
        level("regressed", "Regressed", "倒退", "#6a1b9a", false),
    ]
}

/// The default evidence scale: no evidence, self-reported, documented.
#[must_use]
pub fn default_evidence_scale() -> Vec<EvidenceLevel> {
    use super::texts::texts;
    let level = |id: &str, en: &str, zh: &str| EvidenceLevel {
        id: id.to_owned(),
        label: texts([("en", en), ("zh", zh)]),
    };
    vec![
        level("none", "No evidence", "无证据"),
        level("self-reported", "Self-reported", "自行报告"),
        level("documented", "Documented", "有文件佐证"),
    ]
}
