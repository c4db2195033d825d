//! The Charts view's drawing and what it was drawn from: the chart is drawn again only when
//! one of its inputs (the chart, the dataset, the review's revision) or the size on screen
//! changes.

use super::charts_state::ChartsState;
use crate::charts::{self, Chart, ChartData, RgbChart};
use crate::workspace::Workspace;

/// What a drawing was made from: when any of it changes, the chart is drawn again.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct CacheKey {
    /// The chart, with its indicators and language.
    chart: Chart,
    /// The dataset's id.
    dataset: String,
    /// The review's revision (every edit bumps it).
    revision: u64,
    /// Size in physical pixels.
    size: (u32, u32),
    /// Pixels per point, in thousandths.
    scale_milli: u32,
}

/// The chart on screen: its inputs, its pixels and their texture.
pub(super) struct Drawing {
    /// What it was drawn from.
    pub(super) key: CacheKey,
    /// Its pixels (for hovering, "Copy image" and tests).
    pub(super) image: RgbChart,
    /// Its texture, uploaded under the name `"chart"` (by which the test harness counts
    /// drawings).
    pub(super) texture: egui::TextureHandle,
}

impl ChartsState {
    /// Draws the chart of `ws` at `w` × `h` physical pixels and `ppp` pixels per point unless
    /// the last drawing was made from the same inputs; a failure is kept in `error`.
    pub(super) fn draw_if_changed(
        &mut self,
        ws: &Workspace,
        ctx: &egui::Context,
        (w, h): (u32, u32),
        ppp: f64,
    ) {
        let key = CacheKey {
            chart: self.chart(&ws.dataset),
            dataset: ws.dataset.metadata.id.clone(),
            revision: ws.revision(),
            size: (w, h),
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "scales are small"
            )]
            scale_milli: (ppp * 1000.0) as u32,
        };
        if self.cached.as_ref().is_none_or(|d| d.key != key) {
            let data = ChartData {
                dataset: &ws.dataset,
                review: Some(&ws.review),
            };
            match charts::render_rgb(&key.chart, data, w, h, ppp) {
                Ok(img) => {
                    let colour = egui::ColorImage::from_rgb(
                        [img.width as usize, img.height as usize],
                        &img.rgb,
                    );
                    let texture = ctx.load_texture("chart", colour, egui::TextureOptions::NEAREST);
                    self.cached = Some(Drawing {
                        key,
                        image: img,
                        texture,
                    });
                    self.error = None;
                    self.shown = Some((w, h, ppp));
                }
                Err(e) => {
                    self.cached = None;
                    self.error = Some(e);
                }
            }
        }
    }
}
