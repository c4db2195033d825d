//! A bitmap backend whose text places every glyph by its own bounds. plotters 0.3.7 draws
//! `ab_glyph` text without the glyphs' side bearings, which spaces letters unevenly ("I ndicator");
//! this wrapper forwards all drawing to the inner backend and rasterises text itself.

use ab_glyph::{Font as _, FontRef, PxScale, ScaleFont as _, point};
use plotters::style::FontStyle;
use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};

/// The `DrawingBackend` methods other than text, forwarded to the wrapped backend `inner`: both
/// wrappers here change only how text is drawn.
macro_rules! forward_drawing_to_inner {
    () => {
        fn get_size(&self) -> (u32, u32) {
            self.inner.get_size()
        }

        fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            self.inner.ensure_prepared()
        }

        fn present(&mut self) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            self.inner.present()
        }

        fn draw_pixel(
            &mut self,
            point: BackendCoord,
            color: BackendColor,
        ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            self.inner.draw_pixel(point, color)
        }

        fn draw_line<S: BackendStyle>(
            &mut self,
            from: BackendCoord,
            to: BackendCoord,
            style: &S,
        ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            self.inner.draw_line(from, to, style)
        }

        fn draw_rect<S: BackendStyle>(
            &mut self,
            upper_left: BackendCoord,
            bottom_right: BackendCoord,
            style: &S,
            fill: bool,
        ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            self.inner.draw_rect(upper_left, bottom_right, style, fill)
        }

        fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
            &mut self,
            path: I,
            style: &S,
        ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            self.inner.draw_path(path, style)
        }

        fn draw_circle<S: BackendStyle>(
            &mut self,
            center: BackendCoord,
            radius: u32,
            style: &S,
            fill: bool,
        ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            self.inner.draw_circle(center, radius, style, fill)
        }

        fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
            &mut self,
            vert: I,
            style: &S,
        ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            self.inner.fill_polygon(vert, style)
        }

        fn blit_bitmap(
            &mut self,
            pos: BackendCoord,
            (iw, ih): (u32, u32),
            src: &[u8],
        ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
            self.inner.blit_bitmap(pos, (iw, ih), src)
        }
    };
}

/// Wraps a backend to draw text with correct glyph placement.
pub struct TextFix<B> {
    inner: B,
    font: FontRef<'static>,
}

impl<B> TextFix<B> {
    /// Wraps `inner`, drawing text in the bundled font.
    pub fn new(inner: B) -> Option<Self> {
        FontRef::try_from_slice(crate::assets::NOTO_SANS_SC)
            .ok()
            .map(|font| Self { inner, font })
    }
}

impl<B: DrawingBackend> DrawingBackend for TextFix<B> {
    type ErrorType = B::ErrorType;

    forward_drawing_to_inner!();

    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        let color = style.color();
        if color.alpha == 0.0 {
            return Ok(());
        }
        // The same layout box as plotters (so anchoring matches its estimates).
        let ((min_x, min_y), (max_x, max_y)) = style
            .layout_box(text)
            .map_err(|e| DrawingErrorKind::FontError(Box::new(e)))?;
        let (width, height) = (max_x - min_x, max_y - min_y);
        let dx = match style.anchor().h_pos {
            HPos::Left => 0,
            HPos::Right => -width,
            HPos::Center => -width / 2,
        };
        let dy = match style.anchor().v_pos {
            VPos::Top => 0,
            VPos::Center => -height / 2,
            VPos::Bottom => -height,
        };
        #[expect(clippy::cast_possible_truncation, reason = "font sizes are small")]
        let scale = PxScale::from(style.size() as f32);
        let font = self.font.as_scaled(scale);
        // Put the baseline so that ascent and descent fill the layout box's height.
        #[expect(clippy::cast_precision_loss, reason = "pixel sizes are small")]
        let baseline = height as f32 * font.ascent() / (font.ascent() - font.descent());
        let bold = matches!(style.style(), FontStyle::Bold);
        let trans = style.transform();
        let (w, h) = self.get_size();
        let mut caret = 0.0f32;
        let mut prev = None;
        let mut pixels: Vec<(i32, i32, f32)> = Vec::new();
        for c in text.chars() {
            let id = font.glyph_id(c);
            if let Some(p) = prev {
                caret += font.kern(p, id);
            }
            prev = Some(id);
            let glyph = id.with_scale_and_position(scale, point(caret, baseline));
            caret += font.h_advance(id);
            let Some(outline) = self.font.outline_glyph(glyph) else {
                continue;
            };
            let bounds = outline.px_bounds();
            #[expect(clippy::cast_possible_truncation, reason = "pixel positions are small")]
            outline.draw(|x, y, coverage| {
                let gx = bounds.min.x as i32 + i32::try_from(x).unwrap_or(0);
                let gy = bounds.min.y as i32 + i32::try_from(y).unwrap_or(0);
                pixels.push((gx, gy, coverage));
                if bold {
                    pixels.push((gx + 1, gy, coverage));
                }
            });
        }
        for (x, y, coverage) in pixels {
            let (x, y) = trans.transform(x + dx, y + dy);
            let (x, y) = (pos.0 + x, pos.1 + y);
            if x >= 0
                && y >= 0
                && x < i32::try_from(w).unwrap_or(i32::MAX)
                && y < i32::try_from(h).unwrap_or(i32::MAX)
            {
                let alpha = color.alpha * f64::from(coverage.min(1.0));
                self.inner.draw_pixel(
                    (x, y),
                    BackendColor {
                        alpha,
                        rgb: color.rgb,
                    },
                )?;
            }
        }
        Ok(())
    }

    fn estimate_text_size<TStyle: BackendTextStyle>(
        &self,
        text: &str,
        style: &TStyle,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        self.inner.estimate_text_size(text, style)
    }
}

// ----------------------------------------------------------------------------

/// A private-use character that opens a text's placeholder in the SVG being written.
const MARK_OPEN: char = '\u{e000}';
/// And closes it.
const MARK_CLOSE: char = '\u{e001}';

/// A text style at another size: the SVG backend writes `font-size` as `size / 1.24`, which is
/// not the em size the text was measured at.
struct Resized<'a, S> {
    inner: &'a S,
    size: f64,
}

impl<S: BackendTextStyle> BackendTextStyle for Resized<'_, S> {
    type FontError = S::FontError;

    fn color(&self) -> BackendColor {
        self.inner.color()
    }

    fn size(&self) -> f64 {
        self.size
    }

    fn transform(&self) -> plotters_backend::FontTransform {
        self.inner.transform()
    }

    fn style(&self) -> plotters_backend::FontStyle {
        self.inner.style()
    }

    fn anchor(&self) -> plotters_backend::text_anchor::Pos {
        self.inner.anchor()
    }

    fn family(&self) -> plotters_backend::FontFamily<'_> {
        self.inner.family()
    }

    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), Self::FontError> {
        self.inner.layout_box(text)
    }

    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        text: &str,
        pos: BackendCoord,
        draw: F,
    ) -> Result<Result<(), E>, Self::FontError> {
        self.inner.draw(text, pos, draw)
    }
}

/// Wraps plotters' SVG backend so that text in the SVG takes the room the chart measured for
/// it. Charts measure text with `ab_glyph`, whose size is the font's whole height (ascent plus
/// descent); the SVG backend writes it as a CSS font size (the em), so in a browser the text
/// came out about 17 % wider than measured and ran under bars and into the next legend
/// swatch. This writes each text at the em size it was measured at and with its measured width
/// as `textLength`, so it fits even where the reader's font differs. Texts go through the inner
/// backend as numbered placeholders, which [`finish_svg`] replaces.
pub struct SvgText<B> {
    inner: B,
    font: FontRef<'static>,
    texts: std::rc::Rc<std::cell::RefCell<Vec<(String, f32)>>>,
}

/// The texts an [`SvgText`] drew, with their measured widths, for [`finish_svg`].
pub type SvgTexts = std::rc::Rc<std::cell::RefCell<Vec<(String, f32)>>>;

impl<B> SvgText<B> {
    /// Wraps `inner`; the drawn texts are collected in the returned list.
    pub fn new(inner: B) -> Option<(Self, SvgTexts)> {
        let texts = SvgTexts::default();
        FontRef::try_from_slice(crate::assets::NOTO_SANS_SC)
            .ok()
            .map(|font| {
                (
                    Self {
                        inner,
                        font,
                        texts: texts.clone(),
                    },
                    texts,
                )
            })
    }
}

/// The SVG with every placeholder replaced by its text, escaped, and its measured width as the
/// `textLength` of the `<text>` element around it.
#[must_use]
pub fn finish_svg(svg: &str, texts: &SvgTexts) -> String {
    use std::fmt::Write as _;
    let texts = texts.borrow();
    let mut out = String::with_capacity(svg.len() + texts.len() * 48);
    let mut rest = svg;
    while let Some(start) = rest.find(MARK_OPEN) {
        let after = &rest[start + MARK_OPEN.len_utf8()..];
        let Some(end) = after.find(MARK_CLOSE) else {
            break;
        };
        let Some((text, width)) = after[..end]
            .parse::<usize>()
            .ok()
            .and_then(|i| texts.get(i))
        else {
            break;
        };
        let before = &rest[..start];
        match before.rfind("<text") {
            Some(tag) => {
                out.push_str(&before[..tag + 5]);
                let _ = write!(
                    out,
                    " textLength=\"{width:.1}\" lengthAdjust=\"spacingAndGlyphs\""
                );
                out.push_str(&before[tag + 5..]);
            }
            None => out.push_str(before),
        }
        for c in text.chars() {
            match c {
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '&' => out.push_str("&amp;"),
                c => out.push(c),
            }
        }
        rest = &after[end + MARK_CLOSE.len_utf8()..];
    }
    out.push_str(rest);
    out
}

impl<B: DrawingBackend> DrawingBackend for SvgText<B> {
    type ErrorType = B::ErrorType;

    forward_drawing_to_inner!();

    fn draw_text<TStyle: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &TStyle,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Self::ErrorType>> {
        #[expect(clippy::cast_possible_truncation, reason = "font sizes are small")]
        let scale = PxScale::from(style.size() as f32);
        let font = self.font.as_scaled(scale);
        // The width as the charts measure it (plotters' estimate): advances and kerning.
        let mut width = 0.0f32;
        let mut prev = None;
        for c in text.chars() {
            let id = font.glyph_id(c);
            if let Some(p) = prev {
                width += font.kern(p, id);
            }
            width += font.h_advance(id);
            prev = Some(id);
        }
        // The em at that size; the backend divides what it is given by 1.24.
        let em = self.font.units_per_em().unwrap_or(1000.0);
        let size = style.size() * f64::from(em / self.font.height_unscaled()) * 1.24;
        let index = {
            let mut texts = self.texts.borrow_mut();
            texts.push((text.to_owned(), width));
            texts.len() - 1
        };
        self.inner.draw_text(
            &format!("{MARK_OPEN}{index}{MARK_CLOSE}"),
            &Resized { inner: style, size },
            pos,
        )
    }

    fn estimate_text_size<TStyle: BackendTextStyle>(
        &self,
        text: &str,
        style: &TStyle,
    ) -> Result<(u32, u32), DrawingErrorKind<Self::ErrorType>> {
        self.inner.estimate_text_size(text, style)
    }
}
