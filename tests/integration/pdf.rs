//! Reading back the PDFs the exports write, in Rust (no poppler): the text of each page and
//! the width at which each image is drawn.

use std::path::Path;

use lopdf::content::Content;
use lopdf::{Dictionary, Document, Object};

/// The text of every page, each page followed by a form feed (as `pdftotext` writes it), with
/// a line break between lines of text.
pub fn text(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let pages = pdf_extract::extract_text_from_mem_by_pages(&bytes)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut text = String::new();
    for page in &pages {
        text.push_str(page);
        text.push('\u{c}');
    }
    text
}

/// A PDF transformation matrix `[a b c d e f]`.
type Matrix = [f64; 6];

const IDENTITY: Matrix = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0];

/// `m` applied first, then `n` (PDF's `m × n`).
fn then(m: &Matrix, n: &Matrix) -> Matrix {
    [
        m[0] * n[0] + m[1] * n[2],
        m[0] * n[1] + m[1] * n[3],
        m[2] * n[0] + m[3] * n[2],
        m[2] * n[1] + m[3] * n[3],
        m[4] * n[0] + m[5] * n[2] + n[4],
        m[4] * n[1] + m[5] * n[3] + n[5],
    ]
}

fn matrix(operands: &[Object]) -> Option<Matrix> {
    let v: Vec<f64> = operands
        .iter()
        .filter_map(|o| o.as_float().ok().map(f64::from))
        .collect();
    <[f64; 6]>::try_from(v).ok()
}

/// The width in inches at which every image of the PDF is drawn, page by page (what
/// `pdfimages -list` gives as width ÷ x-ppi).
pub fn image_widths_in_inches(path: &Path) -> Vec<f64> {
    let doc = Document::load(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut widths = Vec::new();
    for page in doc.get_pages().into_values() {
        let content = doc.get_and_decode_page_content(page).expect("page content");
        let resources = page_resources(&doc, page);
        draw(&doc, &content, &resources, IDENTITY, &mut widths, 0);
    }
    widths
}

/// The page's resources, merged from the page and the page-tree nodes it inherits from.
fn page_resources(doc: &Document, page: lopdf::ObjectId) -> Dictionary {
    let (own, inherited) = doc.get_page_resources(page).expect("page resources");
    let mut all = Dictionary::new();
    for dict in own.into_iter().chain(
        inherited
            .iter()
            .filter_map(|id| doc.get_dictionary(*id).ok()),
    ) {
        for (k, v) in dict {
            if !all.has(k) {
                all.set(k.clone(), v.clone());
            }
        }
    }
    all
}

/// Follows the content's `q`, `Q` and `cm` and records each image it draws, also inside forms
/// (form `XObject`s).
fn draw(
    doc: &Document,
    content: &Content,
    resources: &Dictionary,
    base: Matrix,
    widths: &mut Vec<f64>,
    depth: usize,
) {
    assert!(depth < 16, "form XObjects nested too deep");
    let xobjects = resources
        .get(b"XObject")
        .ok()
        .and_then(|o| doc.dereference(o).ok())
        .and_then(|(_, o)| o.as_dict().ok());
    let mut stack = Vec::new();
    let mut ctm = base;
    for op in &content.operations {
        match op.operator.as_str() {
            "q" => stack.push(ctm),
            "Q" => ctm = stack.pop().unwrap_or(base),
            "cm" => {
                if let Some(m) = matrix(&op.operands) {
                    ctm = then(&m, &ctm);
                }
            }
            "Do" => {
                let Some(stream) = op
                    .operands
                    .first()
                    .and_then(|n| n.as_name().ok())
                    .and_then(|n| xobjects?.get(n).ok())
                    .and_then(|o| doc.dereference(o).ok())
                    .and_then(|(_, o)| o.as_stream().ok())
                else {
                    continue;
                };
                let subtype = stream.dict.get(b"Subtype").and_then(Object::as_name);
                match subtype {
                    Ok(b"Image") => widths.push(ctm[0].hypot(ctm[1]) / 72.0),
                    Ok(b"Form") => {
                        let m = stream
                            .dict
                            .get(b"Matrix")
                            .ok()
                            .and_then(|o| o.as_array().ok())
                            .and_then(|a| matrix(a))
                            .unwrap_or(IDENTITY);
                        let own = stream
                            .dict
                            .get(b"Resources")
                            .ok()
                            .and_then(|o| doc.dereference(o).ok())
                            .and_then(|(_, o)| o.as_dict().ok());
                        let data = stream
                            .decompressed_content()
                            .unwrap_or_else(|_| stream.content.clone());
                        let inner = Content::decode(&data).expect("form content");
                        draw(
                            doc,
                            &inner,
                            own.unwrap_or(resources),
                            then(&m, &ctm),
                            widths,
                            depth + 1,
                        );
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
}
