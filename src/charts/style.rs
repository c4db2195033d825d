//! Fonts, colours and sizes of the charts.

use std::sync::OnceLock;

use plotters::prelude::*;
use plotters::style::{FontStyle, RGBColor};

use super::ChartError;
use crate::i18n::Language;
use crate::palette::Rgb;

/// Registers the bundled font for plotters' `sans-serif` family, once per process.
pub fn ensure_fonts() -> Result<(), ChartError> {
    static DONE: OnceLock<bool> = OnceLock::new();
    let ok = *DONE.get_or_init(|| {
        [FontStyle::Normal, FontStyle::Bold]
            .into_iter()
            .all(|style| {
                plotters::style::register_font("sans-serif", style, crate::assets::NOTO_SANS_SC)
                    .is_ok()
            })
    });
    if ok {
        Ok(())
    } else {
        Err(ChartError::Drawing(
            "the bundled chart font could not be loaded".to_owned(),
        ))
    }
}

/// A plotters colour from the palette.
#[must_use]
pub fn rgb((r, g, b): Rgb) -> RGBColor {
    RGBColor(r, g, b)
}

/// Sizes scaled for the output resolution, and the language.
pub struct Scaled {
    /// Multiplier for text, lines and margins.
    pub scale: f64,
    /// Language of labels.
    pub lang: Language,
}

impl Scaled {
    /// `v` logical pixels, scaled.
    #[must_use]
    #[expect(clippy::cast_possible_truncation, reason = "chart sizes are small")]
    pub fn px(&self, v: f64) -> i32 {
        (v * self.scale).round() as i32
    }

    /// `v` logical pixels, scaled, as an unsigned size.
    #[must_use]
    pub fn upx(&self, v: f64) -> u32 {
        self.px(v).unsigned_abs()
    }

    /// A text style of `size` logical pixels.
    #[must_use]
    pub fn font(&self, size: f64, colour: Rgb) -> TextStyle<'static> {
        ("sans-serif", size * self.scale)
            .into_font()
            .color(&rgb(colour))
    }

    /// A bold text style.
    #[must_use]
    pub fn bold(&self, size: f64, colour: Rgb) -> TextStyle<'static> {
        ("sans-serif", size * self.scale, FontStyle::Bold)
            .into_font()
            .color(&rgb(colour))
    }

    /// The text of `key` (from [`key!`](crate::key)) in the chart's language.
    #[must_use]
    pub fn tr(&self, key: &'static str) -> String {
        crate::i18n::tr_in(self.lang, key)
    }

    /// The text of `key` with arguments, in the chart's language.
    #[must_use]
    pub fn tr_args(
        &self,
        key: &'static str,
        args: &[(&str, fluent_bundle::FluentValue<'_>)],
    ) -> String {
        crate::i18n::tr_args_in(self.lang, key, args)
    }
}
