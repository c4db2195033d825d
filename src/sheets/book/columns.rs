//! The columns of each sheet, and the heading row read: which column holds what, found by its
//! heading in English or Chinese (`id`, `编号`; `title (en)`, `标题（中文）`).

use std::collections::HashMap;

use super::SheetKind;
use crate::model::KNOWN_LANGUAGES;

/// A column of a sheet.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Column {
    /// The heading as written (English, lower-case): `id`, `baseline year`; for a text in
    /// several languages, the heading without its language: `title` for `title (en)`, ….
    pub key: &'static str,
    /// Other headings it is recognised by, lower-case (Chinese among them).
    pub aliases: &'static [&'static str],
    /// A text in several languages: one column per language, `key (en)`, `key (zh)`, ….
    pub texts: bool,
    /// The sheet cannot be read without it, and every row must fill it in.
    pub required: bool,
    /// Its width in the written workbook, in characters.
    pub width: f64,
}

impl Column {
    const fn required(key: &'static str, aliases: &'static [&'static str], width: f64) -> Self {
        Self {
            key,
            aliases,
            texts: false,
            required: true,
            width,
        }
    }

    const fn optional(key: &'static str, aliases: &'static [&'static str], width: f64) -> Self {
        Self {
            key,
            aliases,
            texts: false,
            required: false,
            width,
        }
    }

    const fn texts(key: &'static str, aliases: &'static [&'static str], width: f64) -> Self {
        Self {
            key,
            aliases,
            texts: true,
            required: false,
            width,
        }
    }

    /// The heading of its column in `lang` (a text column) or its only heading.
    #[must_use]
    pub fn heading(&self, lang: Option<&str>) -> String {
        match lang {
            Some(l) if self.texts => format!("{} ({l})", self.key),
            _ => self.key.to_owned(),
        }
    }
}

const ID: Column = Column::required("id", &["identifier", "编号", "标识", "代码"], 24.0);
const TITLE: Column = Column::texts("title", &["标题", "题目"], 40.0);
const LABEL: Column = Column::texts("label", &["name", "名称", "标注"], 28.0);
const DOCUMENT: Column =
    Column::required("document", &["source document", "文件", "来源文件"], 16.0);
const PARAGRAPH: Column = Column::required("paragraph", &["para", "para.", "段", "段落"], 10.0);
const LETTER: Column = Column::optional(
    "letter",
    &["sub-paragraph", "subparagraph", "分段", "字母"],
    8.0,
);
const PILLAR: Column = Column::required(
    "pillar",
    &["group", "pillar or group", "支柱", "组别", "支柱或组别"],
    16.0,
);
const INDICATORS: Column = Column::optional("indicators", &["indicator", "指标"], 28.0);

const DATASET: [Column; 6] = [
    ID,
    Column::required("version", &["版本"], 10.0),
    Column::optional("date", &["日期"], 12.0),
    Column::optional(
        "as of",
        &["information cut-off", "cut-off", "信息截止日期", "截止日期"],
        12.0,
    ),
    TITLE,
    Column::texts("description", &["描述", "简介"], 60.0),
];

const SOURCES: [Column; 9] = [
    ID,
    Column::optional("kind", &["type", "类型", "类别"], 12.0),
    Column::texts("publisher", &["出版者", "发布者", "出版机构"], 24.0),
    Column::optional(
        "symbol",
        &["document symbol", "文号", "文件编号", "文件号"],
        18.0,
    ),
    TITLE,
    Column::optional(
        "published",
        &["publication date", "date published", "出版日期", "发布日期"],
        12.0,
    ),
    Column::optional(
        "isbn",
        &["sales number", "国际标准书号", "出售品编号"],
        18.0,
    ),
    Column::texts("copy", &["copy consulted", "所查阅副本", "副本"], 28.0),
    Column::optional("url", &["link", "web address", "网址", "链接"], 40.0),
];

const UNITS: [Column; 2] = [ID, LABEL];

const PILLARS: [Column; 3] = [
    ID,
    Column::optional("kind", &["type", "类型", "类别"], 14.0),
    TITLE,
];

const SECTIONS: [Column; 3] = [ID, PILLAR, TITLE];

const TARGET_AREAS: [Column; 6] = [ID, DOCUMENT, PARAGRAPH, LETTER, TITLE, INDICATORS];

const TAGS: [Column; 2] = [ID, LABEL];

const COMMITMENTS: [Column; 13] = [
    ID,
    PILLAR,
    Column::optional("section", &["节", "部分"], 24.0),
    DOCUMENT,
    PARAGRAPH,
    LETTER,
    Column::optional("kind", &["type", "类型", "类别"], 14.0),
    Column::optional("addressee", &["addressed to", "对象", "致"], 16.0),
    TITLE,
    Column::texts("text", &["案文", "内容", "文本"], 60.0),
    Column::optional("tags", &["tag", "标签"], 24.0),
    Column::optional("target areas", &["target area", "目标领域"], 14.0),
    INDICATORS,
];

const INDICATOR_COLUMNS: [Column; 9] = [
    ID,
    Column::texts("name", &["名称"], 36.0),
    Column::required("unit", &["单位"], 12.0),
    Column::texts(
        "geography",
        &["country or area", "地理范围", "国家或地区", "地区"],
        20.0,
    ),
    Column::required("direction", &["方向", "进展方向"], 14.0),
    Column::optional("baseline year", &["baseline", "基准年", "基准年份"], 10.0),
    Column::optional("target year", &["目标年份", "目标年"], 10.0),
    Column::optional("target value", &["目标值"], 12.0),
    Column::texts("target note", &["目标说明"], 30.0),
];

const OBSERVATIONS: [Column; 7] = [
    Column::required("indicator", &["indicators", "指标"], 24.0),
    Column::required("year", &["年份", "年"], 8.0),
    Column::required("value", &["数值", "值"], 12.0),
    Column::optional("unit", &["单位"], 10.0),
    Column::optional("flag", &["标记", "数据标记"], 12.0),
    Column::required("source", &["来源"], 20.0),
    Column::optional("note", &["notes", "注", "注释", "备注"], 50.0),
];

const STATUS_SCALE: [Column; 4] = [
    ID,
    LABEL,
    Column::required("colour", &["color", "颜色"], 10.0),
    Column::optional(
        "counts as progress",
        &["progress", "计为进展", "算作进展"],
        12.0,
    ),
];

const EVIDENCE_SCALE: [Column; 2] = [ID, LABEL];

/// The columns of `sheet`.
#[must_use]
pub(super) fn of(sheet: SheetKind) -> &'static [Column] {
    match sheet {
        SheetKind::Dataset => &DATASET,
        SheetKind::Sources => &SOURCES,
        SheetKind::Units => &UNITS,
        SheetKind::Pillars => &PILLARS,
        SheetKind::Sections => &SECTIONS,
        SheetKind::TargetAreas => &TARGET_AREAS,
        SheetKind::Tags => &TAGS,
        SheetKind::Commitments => &COMMITMENTS,
        SheetKind::Indicators => &INDICATOR_COLUMNS,
        SheetKind::Observations => &OBSERVATIONS,
        SheetKind::StatusScale => &STATUS_SCALE,
        SheetKind::EvidenceScale => &EVIDENCE_SCALE,
    }
}

/// Names of the languages people write in headings, lower-case, by code.
const LANGUAGE_NAMES: [(&str, &[&str]); 6] = [
    ("en", &["english", "英文", "英语"]),
    ("zh", &["chinese", "中文", "汉语", "华文"]),
    ("fr", &["french", "français", "法文", "法语"]),
    ("es", &["spanish", "español", "西班牙文", "西班牙语"]),
    ("ru", &["russian", "русский", "俄文", "俄语"]),
    ("ar", &["arabic", "العربية", "阿拉伯文", "阿拉伯语"]),
];

/// A heading as compared: lower-case, full-width brackets made ASCII, spaces collapsed, a
/// trailing `*` or colon dropped.
#[must_use]
pub(super) fn normalise(heading: &str) -> String {
    heading
        .replace('（', "(")
        .replace('）', ")")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches(['*', ':', '：'])
        .trim()
        .to_lowercase()
}

/// The code of a language as written in a heading (`en`, `English`, `中文`), if it is one.
fn language(written: &str) -> Option<&'static str> {
    let w = written.trim().to_lowercase();
    LANGUAGE_NAMES
        .iter()
        .find(|(code, names)| *code == w || names.contains(&w.as_str()))
        .map(|(code, _)| *code)
}

/// What a heading names.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Heading {
    /// A column of the sheet, and for a text its language code.
    Column(&'static Column, Option<&'static str>),
    /// A text column without its language in brackets.
    NoLanguage,
    /// A text column with something in brackets that is not a language.
    UnknownLanguage(String),
    /// Not a heading of this sheet.
    Unknown,
}

/// Whether `column` is called `name` (normalised).
fn called(column: &Column, name: &str) -> bool {
    column.key == name || column.aliases.iter().any(|a| normalise(a) == name)
}

/// What `heading` names among `columns`.
#[must_use]
pub(super) fn recognise(columns: &'static [Column], heading: &str) -> Heading {
    let h = normalise(heading);
    if let Some(c) = columns.iter().find(|c| !c.texts && called(c, &h)) {
        return Heading::Column(c, None);
    }
    if let Some(open) = h.rfind('(')
        && h.ends_with(')')
    {
        let base = h[..open].trim();
        let inner = &h[open + 1..h.len() - 1];
        if let Some(c) = columns.iter().find(|c| c.texts && called(c, base)) {
            return match language(inner) {
                Some(code) => Heading::Column(c, Some(code)),
                None => Heading::UnknownLanguage(inner.trim().to_owned()),
            };
        }
    }
    if columns.iter().any(|c| c.texts && called(c, &h)) {
        return Heading::NoLanguage;
    }
    Heading::Unknown
}

/// The columns found in a sheet's heading row.
#[derive(Clone, Debug, Default)]
pub(super) struct Headings {
    /// The row of the headings (from 0).
    pub row: u32,
    /// Single columns by key.
    pub single: HashMap<&'static str, u32>,
    /// Text columns by key: their languages and columns, in column order.
    pub texts: HashMap<&'static str, Vec<(&'static str, u32)>>,
    /// The headings as written, by column.
    pub written: HashMap<u32, String>,
}

impl Headings {
    /// The column of the heading `key` (`id`) or `key (lang)` (`title (en)`), if there is one.
    #[must_use]
    pub fn column(&self, key: &str, lang: Option<&str>) -> Option<u32> {
        match lang {
            None => self.single.get(key).copied(),
            Some(l) => self
                .texts
                .get(key)
                .and_then(|v| v.iter().find(|(code, _)| *code == l))
                .map(|(_, c)| *c),
        }
    }

    /// The heading of column `col` as written, or `fallback`.
    #[must_use]
    pub fn written(&self, col: u32, fallback: &str) -> String {
        self.written
            .get(&col)
            .cloned()
            .unwrap_or_else(|| fallback.to_owned())
    }
}

/// Every language code a text column may have, for messages.
#[must_use]
pub(super) fn codes() -> String {
    KNOWN_LANGUAGES.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headings_are_recognised_in_english_and_chinese_with_their_language() {
        let c = of(SheetKind::Commitments);
        let key = |h: &str| match recognise(c, h) {
            Heading::Column(col, lang) => Some((col.key, lang)),
            _ => None,
        };
        assert_eq!(key("id"), Some(("id", None)));
        assert_eq!(key(" ID "), Some(("id", None)));
        assert_eq!(key("编号"), Some(("id", None)));
        assert_eq!(key("Title (en)"), Some(("title", Some("en"))));
        assert_eq!(key("title(zh)"), Some(("title", Some("zh"))));
        assert_eq!(key("标题（中文）"), Some(("title", Some("zh"))));
        assert_eq!(key("案文 (English)"), Some(("text", Some("en"))));
        assert_eq!(key("Target areas"), Some(("target areas", None)));
        assert_eq!(key("支柱"), Some(("pillar", None)));
        assert_eq!(key("指标"), Some(("indicators", None)));
        assert_eq!(key("paragraph *"), Some(("paragraph", None)));
        assert_eq!(recognise(c, "title"), Heading::NoLanguage);
        assert_eq!(
            recognise(c, "title (de)"),
            Heading::UnknownLanguage("de".into())
        );
        assert_eq!(recognise(c, "comments"), Heading::Unknown);
        let o = of(SheetKind::Observations);
        assert!(
            matches!(recognise(o, "指标"), Heading::Column(col, None) if col.key == "indicator")
        );
        assert!(matches!(recognise(o, "年份"), Heading::Column(col, None) if col.key == "year"));
    }

    #[test]
    fn sheets_are_found_by_name_in_english_or_chinese() {
        assert!(SheetKind::Commitments.is_named("commitments"));
        assert!(SheetKind::Commitments.is_named("承诺"));
        assert!(SheetKind::TargetAreas.is_named("Target_areas"));
        assert!(SheetKind::StatusScale.is_named(" Status  scale "));
        assert!(!SheetKind::Commitments.is_named("Instructions"));
        for kind in SheetKind::ALL {
            assert!(kind.is_named(kind.name()), "{kind:?}");
            assert!(
                of(kind).iter().any(|c| c.required),
                "{kind:?} has a required column"
            );
        }
    }
}
