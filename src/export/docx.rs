//! The briefing as a Word document (docx-rs): real heading styles, so Word's navigation pane
//! and table of contents work; tables whose header row repeats on every page; charts as
//! embedded PNG; East-Asian font hints on every run and the document's languages (`w:lang`,
//! East Asian `zh-CN`), so Chinese is set in a Chinese font and not a Japanese one; title,
//! author and dates in the file's properties; page numbers in the footer and "Internal" in the
//! header of an internal copy. What docx-rs cannot write is added to the XML it builds.

use docx_rs::{
    AlignmentType, Docx, Footer, Header, LineSpacing, PageNum, Paragraph, Pic, Run, RunFonts,
    Shading, ShdType, Style, StyleType, Table, TableCell, TableRow, WidthType,
};

use super::briefing::{Briefing, Profile, Row};
use super::text::{visible, xml};

/// The East-Asian font: the family of the font bundled for the charts and the PDF. Word and
/// `LibreOffice` use it where it is installed; the font table names `Microsoft YaHei` as its
/// alternative for Windows without it.
const EAST_ASIAN_FONT: &str = "Noto Sans SC";

/// A chart image: PNG bytes and its size in pixels.
pub struct Image {
    /// PNG bytes.
    pub png: Vec<u8>,
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
}

fn fonts() -> RunFonts {
    RunFonts::new()
        .ascii("Calibri")
        .hi_ansi("Calibri")
        .east_asia(EAST_ASIAN_FONT)
        .hint("eastAsia")
}

pub(super) fn run(text: &str) -> Run {
    Run::new().add_text(visible(text)).fonts(fonts())
}

pub(super) fn para(text: &str) -> Paragraph {
    // Line breaks inside a text become breaks inside the paragraph.
    let mut p = Paragraph::new();
    for (i, line) in visible(text).split('\n').enumerate() {
        let mut r = Run::new().fonts(fonts());
        if i > 0 {
            r = r.add_break(docx_rs::BreakType::TextWrapping);
        }
        p = p.add_run(r.add_text(line));
    }
    p
}

/// A heading, kept on the page of what follows it.
pub(super) fn heading(level: usize, text: &str) -> Paragraph {
    Paragraph::new()
        .style(&format!("Heading{level}"))
        .keep_next(true)
        .add_run(run(text))
}

/// A heading style, with space above it and between it and what follows (a table too), in
/// twentieths of a point.
fn heading_style(level: usize, size: usize, before: u32, after: u32) -> Style {
    Style::new(format!("Heading{level}"), StyleType::Paragraph)
        .name(format!("heading {level}"))
        .based_on("Normal")
        .next("Normal")
        .q_format(true)
        .outline_lvl(level - 1)
        .size(size)
        .bold()
        .color("1F3864")
        .fonts(fonts())
        .line_spacing(LineSpacing::new().before(before).after(after))
}

/// The paragraph style of table cells: 8 pt, so six or seven columns fit across A4 portrait
/// without breaking words, as in the PDF.
const TABLE_TEXT: &str = "TableText";

fn table_text_style() -> Style {
    Style::new(TABLE_TEXT, StyleType::Paragraph)
        .name("Table Text")
        .based_on("Normal")
        .size(16)
        .fonts(fonts())
        .line_spacing(LineSpacing::new().before(0).after(0))
}

pub(super) fn cell(text: &str, header: bool) -> TableCell {
    // A header row is kept with the first row under it.
    let mut c = TableCell::new().add_paragraph(
        if header {
            Paragraph::new().keep_next(true).add_run(run(text).bold())
        } else {
            para(text)
        }
        .style(TABLE_TEXT),
    );
    if header {
        c = c.shading(Shading::new().shd_type(ShdType::Clear).fill("ECEFF1"));
    }
    c
}

/// A table's header row. It cannot split across pages, and [`repeat_header_rows`] marks it to
/// repeat at the top of every page the table runs onto. Only header rows are made with
/// `cant_split`, which is how they are found.
pub(super) fn header_row(cells: Vec<TableCell>) -> TableRow {
    TableRow::new(cells).cant_split()
}

/// Marks header rows (see [`header_row`]) as repeating: docx-rs cannot write `w:tblHeader`, so
/// it is added to the built `document.xml` beside each header row's `w:cantSplit`.
fn repeat_header_rows(document: &[u8]) -> Vec<u8> {
    String::from_utf8_lossy(document)
        .replace("<w:cantSplit />", "<w:cantSplit /><w:tblHeader />")
        .into_bytes()
}

/// The document's languages on the default run properties: East Asian text is `zh-CN`, so
/// programs choose a Simplified Chinese font for it (without, `LibreOffice` set it in a Japanese
/// one). Latin-script text (`w:val`) is `en-GB` in both briefings: in a Chinese briefing it is
/// the English of notes and symbols, and marked `zh-CN` `LibreOffice` broke its words anywhere.
/// docx-rs writes no `w:lang`.
fn add_languages(styles: &[u8]) -> Vec<u8> {
    String::from_utf8_lossy(styles)
        .replacen(
            "</w:rPr></w:rPrDefault>",
            "<w:lang w:val=\"en-GB\" w:eastAsia=\"zh-CN\" /></w:rPr></w:rPrDefault>",
            1,
        )
        .into_bytes()
}

/// The East-Asian font in the font table, with the character set of Simplified Chinese and
/// `Microsoft YaHei` as the alternative where it is not installed.
fn add_east_asian_font(font_table: &[u8]) -> Vec<u8> {
    String::from_utf8_lossy(font_table)
        .replacen(
            "</w:fonts>",
            &format!(
                "<w:font w:name=\"{EAST_ASIAN_FONT}\"><w:altName w:val=\"Microsoft YaHei\" /><w:charset w:val=\"86\" /><w:family w:val=\"swiss\" /><w:pitch w:val=\"variable\" /></w:font></w:fonts>"
            ),
            1,
        )
        .into_bytes()
}

/// The core properties: title, author (the delegation), language and the time of writing as
/// created and modified. docx-rs writes "unknown" and 1970-01-01 and has no title.
fn core_properties(title: &str, author: &str, chinese: bool) -> Vec<u8> {
    let now = jiff::Timestamp::now()
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    let lang = if chinese { "zh-CN" } else { "en-GB" };
    let author = xml(author);
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>{}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy><dc:language>{lang}</dc:language><dcterms:created xsi:type=\"dcterms:W3CDTF\">{now}</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{now}</dcterms:modified><cp:revision>1</cp:revision></cp:coreProperties>",
        xml(title)
    )
    .into_bytes()
}

/// A cell coloured like the status in the app.
fn status_cell(r: &Row) -> TableCell {
    let fill = r.status_colour.trim_start_matches('#').to_uppercase();
    let (fr, fg, fb) = crate::palette::text_on(crate::palette::parse_hex(&r.status_colour));
    TableCell::new()
        .add_paragraph(
            Paragraph::new()
                .style(TABLE_TEXT)
                .add_run(run(&r.status).color(format!("{fr:02X}{fg:02X}{fb:02X}"))),
        )
        .shading(Shading::new().shd_type(ShdType::Clear).fill(fill))
}

/// The annex matrix of one pillar or group: one line per commitment.
fn annex_table(t: &crate::i18n::Translator, rows: &[Row]) -> Table {
    let widths = [1600, 4000, 1400, 1500, 1100];
    let sized = |cells: [TableCell; 5]| -> Vec<TableCell> {
        cells
            .into_iter()
            .zip(widths)
            .map(|(c, w)| c.width(w, WidthType::Dxa))
            .collect()
    };
    let mut table_rows = vec![header_row(sized(
        super::annex_header(t).map(|h| cell(&h, true)),
    ))];
    for r in rows {
        table_rows.push(TableRow::new(sized([
            cell(&r.reference, false),
            cell(&r.title, false),
            cell(&r.addressee, false),
            status_cell(r),
            cell(&r.evidence_level, false),
        ])));
    }
    Table::new(table_rows)
        .set_grid(widths.to_vec())
        .width(widths.iter().sum(), WidthType::Dxa)
}

fn table(t: &crate::i18n::Translator, rows: &[Row], internal: bool) -> Table {
    let header = super::commitment_header(t, internal);
    // Column widths in twentieths of a point, filling the A4 text width (about 9,600).
    let widths = if internal {
        vec![1200, 1900, 1250, 1300, 1300, 1250, 1400]
    } else {
        vec![1250, 2700, 1250, 1300, 1650, 1450]
    };
    let sized = |cells: Vec<TableCell>| -> Vec<TableCell> {
        cells
            .into_iter()
            .zip(&widths)
            .map(|(c, w)| c.width(*w, WidthType::Dxa))
            .collect()
    };
    let mut table_rows = vec![header_row(sized(
        header.iter().map(|h| cell(h, true)).collect(),
    ))];
    for r in rows {
        let mut cells = vec![
            cell(&r.reference, false),
            cell(&format!("{}\n{}", r.title, r.summary), false),
            status_cell(r),
            cell(&r.evidence_level, false),
            cell(&r.evidence.join("\n"), false),
            cell(&r.notes, false),
        ];
        if internal {
            cells.push(
                cell(&r.talking_points, false)
                    .shading(Shading::new().shd_type(ShdType::Clear).fill("FDECEA")),
            );
        }
        table_rows.push(TableRow::new(sized(cells)));
    }
    Table::new(table_rows)
        .set_grid(widths.clone())
        .width(widths.iter().sum(), WidthType::Dxa)
}

/// A chart as a paragraph 16 cm wide.
pub(super) fn picture(image: &Image) -> Paragraph {
    // 16 cm wide, in EMU (914,400 per inch).
    let width_emu: u32 = 5_760_000;
    let height_emu = u32::try_from(
        u64::from(width_emu) * u64::from(image.height) / u64::from(image.width.max(1)),
    )
    .unwrap_or(width_emu);
    Paragraph::new().add_run(
        Run::new().add_image(
            Pic::new_with_dimensions(image.png.clone(), image.width, image.height)
                .size(width_emu, height_emu),
        ),
    )
}

/// The document's bytes; `chart(name)` gives a chart's image.
#[expect(clippy::too_many_lines, reason = "one document, written top to bottom")]
pub fn write(
    b: &Briefing,
    chart: &dyn Fn(&str) -> Option<Image>,
) -> Result<Vec<u8>, docx_rs::DocxError> {
    let t = super::briefing::labels(b.lang);
    let internal = b.profile == Profile::Internal;
    let mut doc = document();
    if internal {
        doc = doc.header(
            Header::new().add_paragraph(
                Paragraph::new()
                    .align(AlignmentType::Right)
                    .add_run(run(&t.tr(key!("brief-internal"))).bold().color("B71C1C")),
            ),
        );
    }
    doc = doc.add_paragraph(heading(1, &b.title));
    for (label, value) in &b.facts {
        doc = doc.add_paragraph(
            Paragraph::new()
                .add_run(run(&format!("{label}: ")).bold())
                .add_run(run(value)),
        );
    }
    doc = doc.add_paragraph(heading(2, &t.tr(key!("brief-overview"))));
    if let Some(img) = chart("status") {
        doc = doc.add_paragraph(picture(&img));
    }
    if !b.addressees.is_empty() {
        doc = doc
            .add_paragraph(heading(3, &t.tr(key!("brief-by-addressee"))))
            .add_paragraph(para(&t.tr(key!("brief-by-addressee-intro"))));
        let mut rows = vec![header_row(
            super::addressee_header(&t)
                .iter()
                .map(|h| cell(h, true))
                .collect(),
        )];
        for (a, n, assessed, progress) in &b.addressees {
            rows.push(TableRow::new(vec![
                cell(a, false),
                cell(&n.to_string(), false),
                cell(&assessed.to_string(), false),
                cell(&progress.to_string(), false),
            ]));
        }
        doc = doc.add_table(Table::new(rows).width(3500, WidthType::Pct));
    }
    for sec in &b.sections {
        doc = doc.add_paragraph(heading(2, &sec.title));
        let mut count_rows = vec![header_row(vec![
            cell(&t.tr(key!("brief-status")), true),
            cell(&t.tr(key!("brief-commitments")), true),
        ])];
        for (label, _, n) in &sec.counts {
            count_rows.push(TableRow::new(vec![
                cell(label, false),
                cell(&n.to_string(), false),
            ]));
        }
        doc = doc.add_table(Table::new(count_rows).width(2500, WidthType::Pct));
        let supporting = [Some(&sec.achieved), Some(&sec.challenged), None];
        for (i, key) in [
            key!("brief-achievements"),
            key!("brief-challenges"),
            key!("brief-priorities"),
        ]
        .iter()
        .enumerate()
        {
            doc = doc.add_paragraph(heading(3, &t.tr(key)));
            let n = &sec.narrative[i];
            doc = doc.add_paragraph(para(if n.trim().is_empty() { "" } else { n }));
            if n.trim().is_empty() {
                doc = doc.add_paragraph(
                    Paragraph::new().add_run(run(&t.tr(key!("brief-narrative-empty"))).italic()),
                );
            }
            if let Some(rows) = supporting[i] {
                doc = doc.add_paragraph(
                    Paragraph::new()
                        .add_run(run(&format!("{}: ", t.tr(key!("brief-supporting")))).italic())
                        .add_run(run(&super::supporting(&t, rows))),
                );
            }
        }
        doc = doc.add_paragraph(heading(3, &t.tr(key!("brief-assessed-table"))));
        if !sec.assessed.is_empty() {
            doc = doc.add_table(table(&t, &sec.assessed, internal));
        }
        if let Some(note) = super::unassessed_note(&t, sec) {
            doc = doc.add_paragraph(Paragraph::new().add_run(run(&note).italic()));
        }
        if !sec.indicators.is_empty() {
            doc = doc.add_paragraph(heading(3, &t.tr(key!("brief-trends"))));
            for i in &sec.indicators {
                if let Some(img) = chart(&format!("{}-{i}", sec.id)) {
                    doc = doc.add_paragraph(picture(&img));
                }
            }
        }
    }
    doc = doc
        .add_paragraph(heading(2, &t.tr(key!("brief-targets"))))
        .add_paragraph(para(&t.tr(key!("brief-targets-intro"))));
    if let Some(img) = chart("targets") {
        doc = doc.add_paragraph(picture(&img));
    }
    for (title, rated) in &b.targets {
        doc = doc.add_paragraph(heading(3, title));
        if rated.is_empty() {
            doc = doc.add_paragraph(para(&t.tr(key!("brief-no-indicator"))));
            continue;
        }
        let mut rows = vec![header_row(
            super::targets_header(&t)
                .iter()
                .map(|h| cell(h, true))
                .collect(),
        )];
        for r in rated {
            rows.push(TableRow::new(vec![
                cell(&r.name, false),
                cell(&r.change, false),
                cell(&r.rating, false),
                cell(&r.note, false),
            ]));
        }
        doc = doc.add_table(Table::new(rows).width(5000, WidthType::Pct));
    }
    doc = doc
        .add_paragraph(heading(2, &t.tr(key!("brief-annex-matrix"))))
        .add_paragraph(para(&t.tr(key!("brief-annex-intro"))).keep_next(true));
    for sec in b.sections.iter().filter(|sec| !sec.rows.is_empty()) {
        doc = doc
            .add_paragraph(heading(3, &sec.title))
            .add_table(annex_table(&t, &sec.rows));
    }
    if !b.values.is_empty() {
        doc = doc
            .add_paragraph(heading(2, &t.tr(key!("brief-annex-values"))))
            .add_paragraph(para(&super::values_intro(&t, b)).keep_next(true));
        let mut rows = vec![header_row(
            super::values_header(&t)
                .iter()
                .map(|h| cell(h, true))
                .collect(),
        )];
        for v in &b.values {
            rows.push(TableRow::new(
                [
                    &v.indicator,
                    &v.year,
                    &v.value,
                    &v.flag,
                    &v.source,
                    &v.published,
                ]
                .into_iter()
                .map(|c| cell(c, false))
                .collect(),
            ));
        }
        doc = doc.add_table(Table::new(rows).width(5000, WidthType::Pct));
    }
    doc = doc.add_paragraph(heading(2, &t.tr(key!("brief-annex-sources"))));
    for (symbol, title, url) in &b.sources {
        let address = if url.is_empty() {
            String::new()
        } else {
            format!(" ({url})")
        };
        doc = doc.add_paragraph(
            Paragraph::new()
                .add_run(run(symbol).bold())
                .add_run(run(&format!(" — {title}")))
                .add_run(run(&address).italic()),
        );
    }
    finish(doc, &b.title, &b.author, b.lang.is_chinese())
}

/// An empty A4 document with the heading and table styles and page numbers in the footer.
pub(super) fn document() -> Docx {
    Docx::new()
        .page_size(11906, 16838) // A4 in twentieths of a point
        .default_fonts(fonts())
        .default_line_spacing(LineSpacing::new().after(100))
        .add_style(heading_style(1, 36, 0, 240))
        .add_style(heading_style(2, 30, 360, 160))
        .add_style(heading_style(3, 25, 240, 120))
        .add_style(table_text_style())
        .footer(
            Footer::new().add_paragraph(
                Paragraph::new()
                    .align(AlignmentType::Center)
                    .add_page_num(PageNum::new()),
            ),
        )
}

/// The file's bytes: `doc` with what docx-rs cannot write added (repeating header rows, the
/// languages, the East-Asian font, the core properties).
pub(super) fn finish(
    doc: Docx,
    title: &str,
    author: &str,
    chinese: bool,
) -> Result<Vec<u8>, docx_rs::DocxError> {
    let mut parts = doc.build();
    parts.document = repeat_header_rows(&parts.document);
    parts.styles = add_languages(&parts.styles);
    parts.font_table = add_east_asian_font(&parts.font_table);
    parts.doc_props.core = core_properties(title, author, chinese);
    let mut out = std::io::Cursor::new(Vec::new());
    parts.pack(&mut out)?;
    Ok(out.into_inner())
}
