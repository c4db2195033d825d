//! Making text from many hands safe for every format: control and bidirectional-override
//! characters become visible marks, so nothing a note holds can hide text, reorder a line or
//! break a file; formula-looking cells are neutralised for spreadsheets.

use std::fmt::Write as _;

/// `text` with control characters shown as Unicode control pictures (U+2400…) and bidi controls
/// shown as `[U+202E]`; line breaks and tabs are kept.
#[must_use]
pub fn visible(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\t' => out.push(c),
            '\r' => {}
            c if (c as u32) < 0x20 => {
                out.push(char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}'));
            }
            '\u{7f}' => out.push('\u{2421}'),
            '\u{200e}'
            | '\u{200f}'
            | '\u{202a}'..='\u{202e}'
            | '\u{2066}'..='\u{2069}'
            | '\u{061c}' => {
                let _ = write!(out, "[U+{:04X}]", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// [`visible`] text with each tab as four spaces, for layouts without tab stops: Typst sets a
/// tab as nothing at all, so "2013\t41 ha" came out as "201341 ha" in the PDF.
#[must_use]
pub fn visible_spaced(text: &str) -> String {
    visible(text).replace('\t', "    ")
}

/// Whether a spreadsheet would read `text` as a formula when it is typed or edited: it starts
/// with `=`, `+`, `-`, `@`, a tab or a carriage return (the OWASP list for CSV injection).
#[must_use]
pub fn formula_like(text: &str) -> bool {
    text.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

/// A spreadsheet cell that cannot run as a formula: [`formula_like`] text gets a leading
/// apostrophe (the OWASP advice for CSV injection).
#[must_use]
pub fn cell(text: &str) -> String {
    let v = visible(text);
    if formula_like(&v) { format!("'{v}") } else { v }
}

/// Escapes text for HTML and XML (element content and attribute values).
#[must_use]
pub fn xml(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in visible(text).chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes text for Markdown, where `*`, `_`, `[`, `]`, `<`, `|`, `#` and friends would otherwise
/// format or link.
#[must_use]
pub fn markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in visible(text).chars() {
        match c {
            '\\' | '`' | '*' | '_' | '{' | '}' | '[' | ']' | '(' | ')' | '#' | '+' | '!' | '|'
            | '<' | '>' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '&' => out.push_str("&amp;"),
            '\n' => out.push_str("<br>"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOSTILE: &str =
        "<script>alert(1)</script> =HYPERLINK(\"http://x\",\"y\") ]]> & 'q' \u{7}\u{202e}abc";

    #[test]
    fn hostile_text_is_inert_and_visible() {
        assert_eq!(visible("a\u{7}b\u{202e}c\r\nd"), "a\u{2407}b[U+202E]c\nd");
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
        assert_eq!(cell("-2"), "'-2");
        assert_eq!(cell("plain"), "plain");
        let x = xml(HOSTILE);
        assert!(
            !x.contains('<')
                && !x.contains("]]>")
                && x.contains("&lt;script&gt;")
                && x.contains("[U+202E]")
        );
        let m = markdown("*bold* [link](http://x) <b>");
        assert_eq!(m, "\\*bold\\* \\[link\\]\\(http://x\\) \\<b\\>");
    }
}
