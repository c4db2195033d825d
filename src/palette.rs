//! Colours that are not part of a dataset, as plain RGB so the charts (no GUI) and the window's
//! theme share them. Status colours come from the dataset's status scale.

/// An RGB colour.
pub type Rgb = (u8, u8, u8);

/// Series colours for charts: the Okabe–Ito palette, readable with colour-vision deficiencies.
pub const SERIES: [Rgb; 8] = [
    (0x00, 0x72, 0xb2),
    (0xd5, 0x5e, 0x00),
    (0x00, 0x9e, 0x73),
    (0xcc, 0x79, 0xa7),
    (0xe6, 0x9f, 0x00),
    (0x56, 0xb4, 0xe9),
    (0x33, 0x33, 0x33),
    (0xf0, 0xe4, 0x42),
];

/// Chart background.
pub const CHART_BACKGROUND: Rgb = (0xff, 0xff, 0xff);
/// Chart text.
pub const CHART_TEXT: Rgb = (0x21, 0x21, 0x21);
/// Secondary chart text (source line, axis descriptions).
pub const CHART_MUTED: Rgb = (0x61, 0x61, 0x61);
/// Grid lines.
pub const CHART_GRID: Rgb = (0xe0, 0xe0, 0xe0);
/// The baseline and target markers.
pub const CHART_MARKER: Rgb = (0x75, 0x75, 0x75);
/// Rating colours: progress, stagnation, regression, no data, not rated (ambiguous).
pub const RATING: [Rgb; 5] = [
    (0x2e, 0x7d, 0x32),
    (0xf9, 0xa8, 0x25),
    (0xc6, 0x28, 0x28),
    (0x9e, 0x9e, 0x9e),
    (0x5c, 0x6b, 0xc0),
];

/// Parses `#rrggbb` (grey when unreadable).
#[must_use]
pub fn parse_hex(hex: &str) -> Rgb {
    let channel = |i: usize| {
        hex.get(i..i + 2)
            .and_then(|h| u8::from_str_radix(h, 16).ok())
    };
    match (
        hex.starts_with('#') && hex.len() == 7,
        channel(1),
        channel(3),
        channel(5),
    ) {
        (true, Some(r), Some(g), Some(b)) => (r, g, b),
        _ => (0x9e, 0x9e, 0x9e),
    }
}

/// Black or white, whichever reads better on `bg`.
#[must_use]
pub fn text_on(bg: Rgb) -> Rgb {
    let luma = 0.299 * f32::from(bg.0) + 0.587 * f32::from(bg.1) + 0.114 * f32::from(bg.2);
    if luma > 150.0 {
        (0, 0, 0)
    } else {
        (0xff, 0xff, 0xff)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_colours() {
        assert_eq!(parse_hex("#2e7d32"), (0x2e, 0x7d, 0x32));
        assert_eq!(parse_hex("green"), (0x9e, 0x9e, 0x9e));
        assert_eq!(text_on((0xf9, 0xa8, 0x25)), (0, 0, 0));
        assert_eq!(text_on((0x6a, 0x1b, 0x9a)), (0xff, 0xff, 0xff));
    }
}
