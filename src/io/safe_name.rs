//! File names made from data: every one goes through [`component`], which returns a single
//! safe path component whatever the data says.
//!
//! A dataset is written by others and can name anything; an export names its chart files after
//! ids in it (`brief_files/supply-opium.png`). Without this, an indicator id `../../x` would make
//! an export write outside its folder, and `CON` or a name with `:` would fail on Windows.

use std::fmt::Write as _;

use sha2::{Digest as _, Sha256};

/// The longest name [`component`] returns, in bytes: far below the 255 that file systems allow,
/// so that the temporary (`.NAME.tmp-PID-N`) and backup names made from it fit too.
pub const MAX_LEN: usize = 100;

/// Names Windows reserves for devices, with or without an extension (`CON`, `nul.png`).
const RESERVED: [&str; 4] = ["CON", "PRN", "AUX", "NUL"];

/// A single safe path component for `name` (which may end in an extension such as `.png`).
///
/// The result has only ASCII letters, digits, `-`, `_` and single dots; it is never empty,
/// never starts or ends with a dot (so never `.` or `..`, never hidden), has no two dots in a
/// row, no separator, no control character, is no reserved Windows device name (`CON`, `PRN`,
/// `AUX`, `NUL`, `COM0`–`COM9`, `LPT0`–`LPT9`, in any case and with any extension) and is at
/// most [`MAX_LEN`] bytes. A name that is already safe comes back unchanged. Any other name gets
/// eight hex digits of its SHA-256 before its extension, so that two different names (`a/b`,
/// `a:b`) never end up as the same file.
#[must_use]
pub fn component(name: &str) -> String {
    let (stem, ext) = split_extension(name);
    let mut clean_stem = clean(stem);
    let reserved = is_reserved(&clean_stem);
    let changed = clean_stem != stem || reserved;
    let room = MAX_LEN - if ext.is_empty() { 0 } else { ext.len() + 1 };
    if !changed && clean_stem.len() <= room {
        return name.to_owned();
    }
    if reserved {
        // `con.png` would still be `CON` to Windows with a tag after it: `_con-….png` is not.
        clean_stem.insert(0, '_');
    }
    let digest = Sha256::digest(name.as_bytes());
    let mut tag = String::with_capacity(8);
    for b in digest.iter().take(4) {
        write!(tag, "{b:02x}").ok();
    }
    // Room for "-" and the tag; the stem is ASCII, so any byte index is a char boundary.
    clean_stem.truncate(room - tag.len() - 1);
    let mut out = clean_stem.trim_end_matches('.').to_owned();
    if out.is_empty() {
        out.push('_');
    }
    out.push('-');
    out.push_str(&tag);
    if !ext.is_empty() {
        out.push('.');
        out.push_str(ext);
    }
    out
}

/// The stem and the extension: the part after the last dot when it is one to eight ASCII letters
/// or digits (`png`, `svg`), else none. The extension is therefore always safe as it is.
fn split_extension(name: &str) -> (&str, &str) {
    match name.rsplit_once('.') {
        Some((stem, ext))
            if !stem.is_empty()
                && (1..=8).contains(&ext.len())
                && ext.bytes().all(|b| b.is_ascii_alphanumeric()) =>
        {
            (stem, ext)
        }
        _ => (name, ""),
    }
}

/// Every character outside `A-Z a-z 0-9 - _ .` becomes `_`, as does a dot that starts or ends
/// the text or follows another dot; empty text becomes `_`.
fn clean(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        let dot_ok = c == '.' && i > 0 && i + 1 < chars.len() && chars[i - 1] != '.';
        if c.is_ascii_alphanumeric() || c == '-' || c == '_' || dot_ok {
            out.push(c);
        } else {
            out.push('_');
        }
    }
    if out.is_empty() {
        out.push('_');
    }
    out
}

/// Whether a cleaned stem is a Windows device name (checked on the part before any dot, as
/// Windows does: `con.backup` is reserved too).
fn is_reserved(stem: &str) -> bool {
    let base = stem.split('.').next().unwrap_or(stem).to_ascii_uppercase();
    if RESERVED.contains(&base.as_str()) {
        return true;
    }
    base.len() == 4
        && (base.starts_with("COM") || base.starts_with("LPT"))
        && base.as_bytes()[3].is_ascii_digit()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a single safe component must satisfy.
    fn assert_safe(raw: &str, got: &str) {
        assert!(!got.is_empty(), "{raw:?} gave an empty name");
        assert!(got.len() <= MAX_LEN, "{raw:?} gave {} bytes", got.len());
        assert!(
            got.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"-_.".contains(&b)),
            "{raw:?} gave {got:?}"
        );
        assert!(!got.starts_with('.') && !got.ends_with('.'), "{got:?}");
        assert!(!got.contains(".."), "{got:?}");
        assert!(!is_reserved(split_extension(got).0), "{got:?} is reserved");
        let p = std::path::Path::new(got);
        assert_eq!(p.components().count(), 1, "{got:?}");
        assert_eq!(p.file_name().and_then(|n| n.to_str()), Some(got));
    }

    #[test]
    fn hostile_names_become_one_safe_component() {
        let long = "x".repeat(300);
        let hostile = [
            "../../x",
            "supply-../../x.png",
            "..",
            ".",
            "",
            ".hidden",
            "a/b",
            "a\\b",
            "C:\\Windows\\x",
            "/etc/passwd",
            "a\0b",
            "tab\there",
            "new\nline",
            "CON",
            "con.png",
            "Nul",
            "com1.txt",
            "LPT9",
            "aux.tar.gz",
            "trailing.",
            "trailing ",
            "名字",
            "\u{202e}gnp.exe",
            "a:b",
            "a*b?c",
            long.as_str(),
            &format!("{long}.png"),
        ];
        for raw in hostile {
            assert_safe(raw, &component(raw));
        }
        for raw in ["supply-../../x.png", &format!("{long}.png")] {
            let name = component(raw);
            let path = std::path::Path::new(&name);
            assert_eq!(
                path.extension().and_then(|e| e.to_str()),
                Some("png"),
                "{name}"
            );
        }
    }

    #[test]
    fn safe_names_are_kept_and_different_names_stay_different() {
        for ok in [
            "status.png",
            "supply-afg-opium-cultivation.png",
            "chart-a_b.svg",
            "x",
        ] {
            assert_eq!(component(ok), ok);
        }
        let names = [
            "a/b", "a\\b", "a:b", "a_b", "a b", "a..b", "CON", "con", "_con",
        ];
        let out: std::collections::HashSet<String> = names.iter().map(|n| component(n)).collect();
        assert_eq!(out.len(), names.len(), "{out:?}");
    }
}
