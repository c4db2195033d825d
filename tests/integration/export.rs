//! The briefing and the matrix, read back from what was written: PDF text (pdf-extract), the
//! DOCX's XML, the XLSX through calamine, the HTML through an HTML parser, the CSV and the
//! Markdown as text. Hostile notes must come out inert and visible in every format.
#![expect(
    clippy::unwrap_used,
    reason = "in tests, a failed unwrap is a failed test"
)]

use crate::common::AppProbe as _;
use crate::{common, pdf};

use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::process::Command;

use poa_review::export::{self, Format, Options, Profile};
use poa_review::model::{Dataset, EvidenceItem, Review};
use poa_review::sample;

const HOSTILE: &str = "<script>alert(1)</script> =HYPERLINK(\"http://x\",\"y\") +cmd|' /C calc'!A0 ]]> & \"q\" 'a' \u{7}bell \u{202e}evil";
const PRIVATE: &str = "PTP7731 do not share";

fn data() -> (Dataset, Review) {
    let d = sample::dataset().unwrap();
    let mut r = sample::review().unwrap();
    let a = r.assessments.get_mut("a68-126-89g").unwrap();
    a.notes = format!("Note: {HOSTILE}");
    PRIVATE.clone_into(&mut a.talking_points);
    a.evidence.push(EvidenceItem {
        symbol: "=1+1".into(),
        paragraph: "<b>".into(),
        location: "javascript:alert(1)".into(),
        note: HOSTILE.into(),
        ..EvidenceItem::default()
    });
    r.narratives.entry("supply".into()).or_default().challenges = format!("Challenge {HOSTILE}");
    // Cells that a spreadsheet would run as formulas.
    r.assessments.get_mut("a68-126-89e").unwrap().notes = "=HYPERLINK(\"http://x\",\"y\")".into();
    r.assessments.get_mut("a68-126-89i").unwrap().notes = "+cmd|' /C calc'!A0".into();
    (d, r)
}

fn write(format: Format, profile: Profile, lang: &str) -> (tempfile::TempDir, PathBuf) {
    let (d, r) = data();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(format!("briefing.{}", format.extension()));
    let options = Options {
        profile,
        lang: lang.parse().expect("a language"),
        groups: Vec::new(),
        as_of: poa_review::analysis::Cutoff::Dataset,
    };
    let seen = std::sync::Mutex::new(Vec::new());
    export::export(&path, format, &d, &r, &options, &|p| {
        seen.lock().unwrap().push(p);
    })
    .unwrap();
    let seen = seen.into_inner().unwrap();
    assert_eq!(seen.first(), Some(&0.0));
    assert_eq!(seen.last(), Some(&1.0));
    assert!(
        seen.windows(2).all(|w| w[0] <= w[1]),
        "progress went backwards: {seen:?}"
    );
    (dir, path)
}

#[test]
fn the_pdf_has_the_pillars_in_english_and_chinese_and_keeps_private_notes_out() {
    let (_dir, en) = write(Format::Pdf, Profile::Shareable, "en");
    let bytes = std::fs::read(&en).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    let text = pdf::text(&en);
    for heading in [
        "Demand reduction and related measures",
        "Supply reduction and related measures",
        "Countering money-laundering and promoting judicial cooperation",
        "Annex 3: sources",
    ] {
        assert!(text.contains(heading), "no {heading:?} in the PDF");
    }
    assert!(
        !text.contains("PTP7731"),
        "a private talking point reached a shareable PDF"
    );
    assert!(
        text.contains("<script>alert(1)</script>"),
        "the hostile note is not shown as text"
    );
    assert!(
        text.contains("[U+202E]evil"),
        "the bidi override is not made visible"
    );
    // Page numbers, and an outline (bookmarks) from the headings.
    assert!(text.contains("1 / "), "no page numbers");
    // Every page carries "k / N" (the numbers are laid over the pages after one layout pass).
    let pages: Vec<&str> = text
        .split('\u{c}')
        .filter(|p| !p.trim().is_empty())
        .collect();
    for (i, page) in pages.iter().enumerate() {
        let number = format!("{} / {}", i + 1, pages.len());
        assert!(page.contains(&number), "page {} lacks \"{number}\"", i + 1);
    }
    let raw = String::from_utf8_lossy(&bytes);
    assert!(raw.contains("/Outlines"), "no document outline");

    let (_dir, zh) = write(Format::Pdf, Profile::Internal, "zh");
    let text = pdf::text(&zh);
    for heading in [
        "减少需求和相关措施",
        "减少供应和相关措施",
        "打击洗钱活动和促进司法合作",
        "附件三：来源",
        "附件二：指标数值及其来源",
    ] {
        assert!(text.contains(heading), "no {heading:?} in the Chinese PDF");
    }
    assert!(
        text.contains("PTP7731"),
        "the internal copy lacks the talking points"
    );
    assert!(
        text.matches("内部").count() >= 3,
        "the internal copy is not marked on every page"
    );
}

fn zip_entry(path: &Path, name: &str) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    let mut s = String::new();
    zip.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

#[test]
fn the_docx_has_heading_styles_tables_and_charts() {
    let (_dir, path) = write(Format::Docx, Profile::Shareable, "zh");
    let doc = zip_entry(&path, "word/document.xml");
    let styles = zip_entry(&path, "word/styles.xml");
    assert!(
        styles.contains("heading 2") && styles.contains("w:outlineLvl"),
        "no heading styles Word navigates by"
    );
    assert!(
        doc.contains("<w:pStyle w:val=\"Heading2\" />") || doc.contains("w:val=\"Heading2\""),
        "no Heading 2 paragraphs"
    );
    assert!(doc.contains("减少需求和相关措施"));
    let tables = doc.matches("<w:tbl>").count();
    assert!(tables > 10, "only {tables} tables");
    assert_eq!(
        doc.matches("<w:tblHeader />").count(),
        tables,
        "not every table has a repeating header row"
    );
    assert!(
        styles.contains("Table Text") && doc.contains("w:val=\"TableText\""),
        "table cells lack their 8 pt paragraph style"
    );
    assert!(doc.matches("<w:tr").count() > 2 * 37, "too few table rows");
    assert!(
        doc.contains("w:eastAsia=\"Noto Sans SC\""),
        "no East-Asian font hint"
    );
    assert!(!doc.contains("PTP7731"));
    assert!(
        doc.contains("&lt;script&gt;alert(1)&lt;/script&gt;"),
        "the hostile note is not escaped"
    );
    assert!(!doc.contains("<script>"));
    assert!(
        !doc.contains('\u{202e}') && !doc.contains('\u{7}'),
        "raw control characters reached the XML"
    );
    let mut zip = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
    let images = (0..zip.len())
        .filter(|i| {
            zip.by_index(*i)
                .unwrap()
                .name()
                .unwrap()
                .starts_with("word/media/")
        })
        .count();
    assert!(images >= 5, "only {images} charts embedded");
}

#[test]
fn the_xlsx_reads_back_with_one_sheet_per_pillar() {
    use calamine::{Reader as _, Xlsx, open_workbook};
    let (_dir, path) = write(Format::Xlsx, Profile::Shareable, "en");
    let mut wb: Xlsx<_> = open_workbook(&path).unwrap();
    let names = wb.sheet_names();
    assert_eq!(names.len(), 1 + 7, "{names:?}");
    assert!(
        names.iter().any(|n| n.starts_with("Demand reduction")),
        "{names:?}"
    );
    let sheet = wb
        .worksheet_range(
            names
                .iter()
                .find(|n| n.starts_with("Demand reduction"))
                .unwrap(),
        )
        .unwrap();
    assert_eq!(sheet.get_value((0, 0)).unwrap().to_string(), "Reference");
    let rows: Vec<String> = sheet
        .rows()
        .map(|r| {
            r.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("|")
        })
        .collect();
    let hostile = rows
        .iter()
        .find(|r| r.contains("HYPERLINK"))
        .expect("the hostile note is in the sheet");
    assert!(
        hostile.contains("=HYPERLINK(\"http://x\",\"y\")"),
        "{hostile}"
    );
    assert!(!rows.iter().any(|r| r.contains("PTP7731")));
    // Stored as text, never as a formula.
    let raw = zip_entry(&path, "xl/worksheets/sheet2.xml");
    assert!(!raw.contains("<f>"), "a formula was written");
}

#[test]
fn the_html_is_self_contained_and_escaped() {
    let (_dir, path) = write(Format::Html, Profile::Internal, "en");
    let html = std::fs::read_to_string(&path).unwrap();
    let dom = tl::parse(&html, tl::ParserOptions::default()).unwrap();
    let parser = dom.parser();
    assert!(
        dom.query_selector("script").unwrap().next().is_none(),
        "a <script> element"
    );
    assert!(
        dom.query_selector("link").unwrap().next().is_none(),
        "an external style sheet"
    );
    for node in dom.nodes() {
        if let Some(tag) = node.as_tag() {
            for (name, value) in tag.attributes().iter() {
                let value = value.unwrap_or_default();
                assert!(
                    !(name == "src" || name == "href") || !value.contains(':'),
                    "external reference {name}={value}"
                );
            }
        }
    }
    let svgs = dom.query_selector("svg").unwrap().count();
    assert!(svgs >= 5, "only {svgs} inline charts");
    let text = dom
        .nodes()
        .iter()
        .filter_map(|n| n.as_raw())
        .map(|b| b.as_utf8_str().into_owned())
        .collect::<String>();
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(
        text.contains("PTP7731"),
        "the internal copy lacks the talking points"
    );
    assert!(html.contains("@media print"));
    let _ = parser;
}

#[test]
fn the_csv_has_a_bom_and_neutralised_formulas() {
    let (_dir, path) = write(Format::Csv, Profile::Shareable, "zh");
    let bytes = std::fs::read(&path).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "no byte-order mark");
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header[1], "编号");
    let records: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(records.len(), 37);
    for record in &records {
        for cell in record {
            assert!(
                !cell.starts_with(['=', '+', '-', '@']),
                "formula-like cell {cell:?}"
            );
        }
    }
    let cells: Vec<&str> = records.iter().flat_map(|r| r.iter()).collect();
    assert!(
        cells.contains(&"'=HYPERLINK(\"http://x\",\"y\")"),
        "the formula was not neutralised"
    );
    assert!(cells.contains(&"'+cmd|' /C calc'!A0"));
    assert!(
        cells.iter().any(|c| c.contains("<script>alert(1)</script>")
            && c.contains("[U+202E]evil")
            && c.contains('\u{2407}')),
        "hostile text not kept visible"
    );
    assert!(!String::from_utf8_lossy(&bytes).contains("PTP7731"));
}

#[test]
fn the_markdown_has_its_charts_beside_it_and_escapes_notes() {
    let (dir, path) = write(Format::Md, Profile::Shareable, "en");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("# Review of the 2009 Political Declaration"));
    assert!(
        text.contains("\\<script\\>alert\\(1\\)\\</script\\>"),
        "the hostile note is not escaped"
    );
    assert!(!text.contains("PTP7731"));
    let charts: Vec<_> = std::fs::read_dir(dir.path().join("briefing_files"))
        .unwrap()
        .collect();
    assert!(charts.len() >= 5);
    for link in text.split("](briefing_files/").skip(1) {
        let file = link.split(')').next().unwrap();
        assert!(
            dir.path().join("briefing_files").join(file).exists(),
            "missing chart {file}"
        );
    }
}

#[test]
fn choosing_pillars_leaves_the_others_out() {
    let (d, r) = data();
    let b = export::briefing::build(
        &d,
        &r,
        &Options {
            profile: Profile::Shareable,
            lang: poa_review::i18n::Language::En,
            groups: vec!["supply".into()],
            ..Options::default()
        },
    );
    assert_eq!(b.sections.len(), 1);
    assert_eq!(b.matrix.len(), 8);
}

#[test]
fn sections_show_what_was_assessed_and_the_annex_lists_every_commitment() {
    let (d, mut r) = data();
    // Not assessed, but with a note: it has something to say, so it stays in its section.
    r.assessments.insert(
        "a68-126-89f".into(),
        poa_review::model::Assessment {
            status: d.default_status().to_owned(),
            evidence_level: d.default_evidence().to_owned(),
            notes: "NOTE5150 asked the ministry".into(),
            ..Default::default()
        },
    );
    let b = export::briefing::build(&d, &r, &Options::default());
    let total: usize = b.sections.iter().map(|s| s.rows.len()).sum();
    assert_eq!(total, 37);
    for s in &b.sections {
        assert_eq!(s.assessed.len() + s.unassessed, s.rows.len(), "{}", s.id);
    }
    let demand = b.sections.iter().find(|s| s.id == "demand").unwrap();
    let ids: Vec<&str> = demand.assessed.iter().map(|r| r.id.as_str()).collect();
    assert!(ids.contains(&"a68-126-89f"), "{ids:?}");
    assert!(!ids.contains(&"a68-126-89h"), "{ids:?}");
    assert_eq!(demand.unassessed, 1);

    let unassessed = "HIV services in prisons and other closed settings";
    let dir = tempfile::tempdir().unwrap();
    for format in [Format::Md, Format::Pdf] {
        let path = dir.path().join(format!("b.{}", format.extension()));
        export::export(&path, format, &d, &r, &Options::default(), &|_| {}).unwrap();
        // In content order (a wrapped cell's lines stay together), one space between words.
        let text = if format == Format::Pdf {
            pdf::text(&path)
        } else {
            std::fs::read_to_string(&path).unwrap()
        };
        let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let (body, annex) = text.split_once("Annex 1: the matrix").unwrap();
        assert!(body.contains("NOTE5150"), "{format:?}");
        assert!(
            !body.contains(unassessed),
            "{format:?}: an unassessed row in its section"
        );
        assert!(
            body.contains("Commitments not yet assessed (listed in Annex 1 only): 1")
                || body.contains("Commitments not yet assessed \\(listed in Annex 1 only\\): 1"),
            "{format:?}: no count of the unassessed"
        );
        assert!(annex.contains(unassessed), "{format:?}");
        for c in &d.commitments {
            let reference = d.reference(&c.source);
            let reference = if format == Format::Md {
                reference.replace('(', "\\(").replace(')', "\\)")
            } else {
                reference
            };
            assert!(
                annex.contains(&reference),
                "{format:?}: {reference} is missing from the annex"
            );
        }
    }
}

#[test]
fn long_lists_of_supporting_commitments_stop_after_forty() {
    let d = poa_review::synthetic::dataset(3_000, 100);
    let r = poa_review::synthetic::review(&d);
    let b = export::briefing::build(&d, &r, &Options::default());
    let most = b.sections.iter().map(|s| s.achieved.len()).max().unwrap();
    assert!(most > 40, "{most}");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.md");
    export::export(&path, Format::Md, &d, &r, &Options::default(), &|_| {}).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    let line = text
        .lines()
        .find(|l| l.contains(&format!("and {} more, all in the table below", most - 40)))
        .expect("no cut list");
    assert!(line.starts_with("*Supporting commitments:*"), "{line}");
    assert_eq!(line.matches("para.").count(), 40, "{line}");
}

#[test]
fn the_docx_names_its_title_author_date_and_languages() {
    let this_year = jiff::Timestamp::now().strftime("%Y").to_string();
    // East Asian text is Simplified Chinese; Latin text is English in both briefings (the
    // notes and symbols of a Chinese one too: marked Chinese, its words broke anywhere).
    for (lang, val) in [("zh", "en-GB"), ("en", "en-GB")] {
        let (_dir, path) = write(Format::Docx, Profile::Shareable, lang);
        let core = zip_entry(&path, "docProps/core.xml");
        let title = poa_review::i18n::Translator::new(lang.parse().expect("a language"))
            .tr(poa_review::key!("brief-title"));
        assert!(
            core.contains(&format!("<dc:title>{title}</dc:title>")),
            "{lang}: no title: {core}"
        );
        let (_, r) = data();
        assert!(
            core.contains(&format!("<dc:creator>{}</dc:creator>", r.delegation)),
            "{lang}: the author is not the delegation: {core}"
        );
        assert!(
            !core.contains("unknown") && !core.contains("1970"),
            "{core}"
        );
        let created = core
            .split("<dcterms:created xsi:type=\"dcterms:W3CDTF\">")
            .nth(1)
            .unwrap();
        assert!(created.starts_with(&this_year), "created {created}");
        let styles = zip_entry(&path, "word/styles.xml");
        let defaults = styles.split("</w:rPrDefault>").next().unwrap();
        assert!(
            defaults.contains(&format!("<w:lang w:val=\"{val}\" w:eastAsia=\"zh-CN\" />")),
            "{lang}: no document languages: {defaults}"
        );
        assert!(
            defaults.contains("w:eastAsia=\"Noto Sans SC\""),
            "{lang}: the default East-Asian font is not the bundled one: {defaults}"
        );
        let fonts = zip_entry(&path, "word/fontTable.xml");
        assert!(
            fonts.contains("<w:font w:name=\"Noto Sans SC\">"),
            "{fonts}"
        );
        // Space between a heading and the table under it.
        let heading2 = styles
            .split("w:styleId=\"Heading2\"")
            .nth(1)
            .unwrap()
            .split("</w:style>")
            .next()
            .unwrap();
        assert!(
            heading2.contains("w:after=\"160\""),
            "no space after a heading: {heading2}"
        );
    }
}

#[test]
fn the_pdf_keeps_tabs_in_notes_as_spaces() {
    let (d, mut r) = data();
    r.assessments.get_mut("a68-126-89g").unwrap().notes = "TABCOLA\tTABCOLB".into();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("b.pdf");
    export::export(&path, Format::Pdf, &d, &r, &Options::default(), &|_| {}).unwrap();
    let text = export_text(Format::Pdf, &path);
    assert!(!text.contains("TABCOLATABCOLB"), "the tab was dropped");
    let words: Vec<&str> = text.split_whitespace().collect();
    assert!(
        words.windows(2).any(|w| w == ["TABCOLA", "TABCOLB"]),
        "the note is not in the PDF"
    );
}

#[test]
fn the_pdf_sets_trend_charts_two_a_row_without_pages_of_charts_alone() {
    let (d, r) = data();
    let (_dir, path) = write(Format::Pdf, Profile::Shareable, "en");
    let b = export::briefing::build(&d, &r, &Options::default());
    let trends: usize = b.sections.iter().map(|s| s.indicators.len()).sum();
    assert!(trends >= 8, "{trends}");
    // The width each chart is drawn at (as `pdfimages -list` gives it: width ÷ x-ppi).
    let inches: Vec<f64> = pdf::image_widths_in_inches(&path);
    // The text is 17.6 cm (6.9 in) wide: a chart of a two-column row is under half of it.
    let half = inches.iter().filter(|w| **w < 3.5).count();
    assert_eq!(half, trends, "charts by width in inches: {inches:?}");
    // Charts no longer fill page after page: never two pages in a row without text.
    let text = pdf::text(&path);
    let bare: Vec<bool> = text
        .strip_suffix('\u{c}')
        .unwrap_or(&text)
        .split('\u{c}')
        .map(|page| page.split_whitespace().count() <= 3) // "6 / 16"
        .collect();
    assert!(
        !bare.windows(2).any(|w| w[0] && w[1]),
        "pages without text (charts alone): {bare:?}"
    );
}

/// The value of attribute `name` in an XML start tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    tag[start..].split('"').next()
}

#[test]
fn the_xlsx_overview_wraps_its_headings_and_fits_the_pillar_names() {
    let (_dir, path) = write(Format::Xlsx, Profile::Internal, "en");
    // The overview: its first column is as wide as the longest pillar name (63 characters,
    // about 54 units), and the row of status headings grows for "Substantial progress" to wrap
    // in its 12-character column instead of running into the next heading.
    let overview = zip_entry(&path, "xl/worksheets/sheet1.xml");
    let first_col = overview.split("<col ").nth(1).expect("column widths");
    let width: f64 = attribute(&format!(" {first_col}"), "width")
        .unwrap()
        .parse()
        .unwrap();
    assert!(width >= 54.0, "the overview's first column is {width} wide");
    let tall_rows = overview
        .split("<row ")
        .skip(1)
        .filter_map(|row| {
            attribute(&format!(" {}", row.split('>').next().unwrap()), "ht")
                .and_then(|h| h.parse::<f64>().ok())
        })
        .filter(|h| *h >= 28.0)
        .count();
    assert!(
        tall_rows >= 1,
        "no overview row grows for its wrapped headings"
    );
}

#[test]
fn the_xlsx_prints_one_page_wide_with_rows_as_tall_as_their_text() {
    let (_dir, path) = write(Format::Xlsx, Profile::Internal, "en");
    let workbook = zip_entry(&path, "xl/workbook.xml");
    let names: Vec<String> = workbook
        .split("<sheet ")
        .skip(1)
        .map(|s| attribute(&format!(" {s}"), "name").unwrap().to_owned())
        .collect();
    assert_eq!(names.len(), 8, "{names:?}");
    // "Preparations for the 2016 special session" is longer than a sheet name may be.
    assert!(
        names.iter().any(|n| n == "Preparations for the 2016…"),
        "{names:?}"
    );
    for name in &names {
        assert!(
            !name.ends_with(' ') && name.chars().count() <= 31,
            "{name:?}"
        );
    }
    assert_eq!(
        workbook.matches("_xlnm.Print_Titles").count(),
        7,
        "the header row does not repeat on every printed page"
    );
    for n in 1..=8 {
        let sheet = zip_entry(&path, &format!("xl/worksheets/sheet{n}.xml"));
        assert!(
            sheet.contains("fitToPage=\"1\"")
                && sheet.contains("orientation=\"landscape\"")
                && sheet.contains("fitToHeight=\"0\"")
                && sheet.contains("paperSize=\"9\""),
            "sheet{n}: no A4 landscape one page wide"
        );
        let header = sheet.split("<oddHeader>").nth(1).unwrap_or_default();
        assert!(
            header
                .split("</oddHeader>")
                .next()
                .unwrap()
                .contains("Internal"),
            "sheet{n}: the internal copy is not marked on its printed pages"
        );
    }
    // Every commitment row is as tall as its wrapped text: the demand sheet's texts run over
    // several lines of the 60-character summary column.
    let demand = zip_entry(&path, "xl/worksheets/sheet2.xml");
    let heights: Vec<f64> = demand
        .split("<row ")
        .skip(2)
        .map(|row| {
            let tag = format!(" {}", row.split('>').next().unwrap());
            assert_eq!(attribute(&tag, "customHeight"), Some("1"), "{tag}");
            attribute(&tag, "ht").unwrap().parse().unwrap()
        })
        .collect();
    assert!(heights.len() >= 5, "{heights:?}");
    assert!(
        heights.iter().all(|h| *h >= 30.0),
        "rows too short for their text: {heights:?}"
    );
    // Formula-like text is a string cell with a quote prefix, so editing keeps it text.
    let strings = zip_entry(&path, "xl/sharedStrings.xml");
    let index = strings
        .split("<si>")
        .skip(1)
        .position(|si| si.contains("<t>=HYPERLINK"))
        .expect("the formula-like note is a shared string");
    let styles = zip_entry(&path, "xl/styles.xml");
    let xfs: Vec<&str> = styles
        .split("<cellXfs")
        .nth(1)
        .unwrap()
        .split("</cellXfs>")
        .next()
        .unwrap()
        .split("<xf ")
        .skip(1)
        .collect();
    let mut found = 0;
    for n in 2..=8 {
        let sheet = zip_entry(&path, &format!("xl/worksheets/sheet{n}.xml"));
        for cell in sheet.split("<c ").skip(1) {
            if cell.contains(&format!("<v>{index}</v>")) {
                let tag = format!(" {}", cell.split('>').next().unwrap());
                assert_eq!(attribute(&tag, "t"), Some("s"), "not a string cell: {tag}");
                let style: usize = attribute(&tag, "s").unwrap().parse().unwrap();
                assert!(
                    xfs[style].contains("quotePrefix=\"1\""),
                    "no quote prefix on the formula-like cell: {}",
                    xfs[style]
                );
                found += 1;
            }
        }
    }
    assert_eq!(found, 1);
}

/// The text of every shared string (XLSX), of the document (DOCX) or of the file, for checks
/// on the words an export uses.
fn export_text(format: Format, path: &Path) -> String {
    match format {
        Format::Pdf => pdf::text(path),
        Format::Docx => zip_entry(path, "word/document.xml"),
        Format::Xlsx => zip_entry(path, "xl/sharedStrings.xml"),
        _ => std::fs::read_to_string(path).unwrap(),
    }
}

#[test]
fn chinese_exports_write_references_in_chinese() {
    for format in Format::ALL {
        let (_dir, path) = write(format, Profile::Shareable, "zh");
        let text = export_text(format, &path);
        assert!(
            !text.contains("para."),
            "{format:?}: 'para.' {} times in a Chinese export",
            text.matches("para.").count()
        );
        // A wrapped PDF cell splits the reference over lines: compare without white space.
        let joined: String = text.split_whitespace().collect();
        let expected = if format == Format::Md {
            "A/68/126，第89段\\(g\\)"
        } else {
            "A/68/126，第89段(g)"
        };
        assert!(joined.contains(expected), "{format:?}: no {expected}");
    }
    // English keeps the English form.
    let (_dir, path) = write(Format::Html, Profile::Shareable, "en");
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("A/68/126, para. 89 (g)")
    );
}

/// Converts the DOCX and XLSX to PDF with `LibreOffice`, proving they open. Opt-in:
/// `cargo test --test integration export::libreoffice -- --ignored` (needs `soffice`).
#[test]
#[ignore = "needs LibreOffice (soffice); run with --ignored"]
fn libreoffice_opens_the_docx_and_the_xlsx() {
    for format in [Format::Docx, Format::Xlsx] {
        let (dir, path) = write(format, Profile::Internal, "zh");
        let status = Command::new("soffice")
            .args([
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                dir.path().to_str().unwrap(),
                path.to_str().unwrap(),
            ])
            .status()
            .unwrap();
        assert!(status.success());
        let converted = path.with_extension("pdf");
        let text = pdf::text(&converted);
        assert!(
            text.contains("减少需求和相关措施"),
            "{format:?}: the converted PDF lacks the pillar"
        );
    }
}

#[test]
fn the_export_dialog_writes_the_briefing_in_the_background() {
    use egui_kittest::kittest::Queryable as _;
    let dir = tempfile::tempdir().unwrap();
    let mut h = common::open(dir.path(), None);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    h.run();
    h.get_by_label("Export briefing");
    h.get_by_label("Internal: includes talking points, marked on every page")
        .click();
    h.run();
    h.get_by_label("This copy will contain private talking points.");
    h.get_by_label("Export…").click();
    h.run();
    let path = dir.path().join("brief.html");
    common::answer_path_prompt(&mut h, &path, "Export");
    assert!(
        h.state().message_texts().is_empty(),
        "{:?}",
        h.state().message_texts()
    );
    let html = std::fs::read_to_string(&path).unwrap();
    assert!(
        html.contains("Internal: contains private talking points"),
        "the internal profile was not used"
    );
    assert_eq!(h.state().export.last.first(), Some(&path));
    h.get_by_label("Open the file");
    h.get_by_label("Open its folder");
    assert!(
        (h.state().export.fraction() - 1.0).abs() < 1e-6,
        "the progress did not reach the end"
    );
}
