//! Text helpers: number formatting and wrapping to a width.

use plotters::coord::Shift;
use plotters::prelude::*;

/// A number with thousands separators: `193000` → `193,000`; one decimal below 100 when it has
/// one (`617.8`).
#[must_use]
pub fn thousands(v: f64) -> String {
    let negative = v < 0.0;
    let v = v.abs();
    let decimals = usize::from(v < 100.0 && (v.fract() * 10.0).round() != 0.0);
    let s = format!("{v:.decimals$}");
    let (int, frac) = s
        .split_once('.')
        .map_or((s.as_str(), None), |(i, f)| (i, Some(f)));
    let mut out = String::new();
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if let Some(f) = frac {
        out.push('.');
        out.push_str(f);
    }
    if negative { format!("-{out}") } else { out }
}

/// Splits `text` into lines no wider than `width` pixels in `style` (words for Latin text, any
/// character for Chinese).
pub fn wrap<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    text: &str,
    style: &TextStyle<'_>,
    width: u32,
) -> Vec<String> {
    let fits = |s: &str| {
        area.estimate_text_size(s, style)
            .map_or(true, |(w, _)| w <= width)
    };
    let mut lines = Vec::new();
    let mut line = String::new();
    for token in tokens(text) {
        let candidate = format!("{line}{token}");
        if line.is_empty() || fits(candidate.trim_end()) {
            line = candidate;
        } else {
            lines.push(line.trim_end().to_owned());
            token.trim_start().clone_into(&mut line);
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    lines
}

/// Words with their trailing space, and single CJK characters.
fn tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for ch in text.chars() {
        let cjk =
            ('\u{2e80}'..='\u{9fff}').contains(&ch) || ('\u{ff00}'..='\u{ffef}').contains(&ch);
        if cjk {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            out.push(ch.to_string());
        } else {
            word.push(ch);
            if ch == ' ' {
                out.push(std::mem::take(&mut word));
            }
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_thousands() {
        assert_eq!(thousands(193_000.0), "193,000");
        assert_eq!(thousands(1_234_567.0), "1,234,567");
        assert_eq!(thousands(617.8), "618");
        assert_eq!(thousands(61.8), "61.8");
        assert_eq!(thousands(0.0), "0");
        assert_eq!(thousands(-2500.0), "-2,500");
    }

    #[test]
    fn tokenises_latin_by_words_and_chinese_by_characters() {
        assert_eq!(tokens("Opium poppy"), ["Opium ", "poppy"]);
        assert_eq!(tokens("罂粟 ha"), ["罂", "粟", " ", "ha"]);
    }
}
