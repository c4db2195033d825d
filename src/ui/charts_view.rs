//! The Charts view: pick a chart, its indicators and language; the chart is drawn by
//! [`crate::charts`] into an RGB buffer at the view's size in physical pixels and shown as a
//! texture, re-drawn only when an input or the size changes. Hovering a point shows its year,
//! value, flag and source beside the point. The export writes the same drawing to PNG or SVG.
//!
//! The trend chart's indicators are chosen per dataset: a choice made on one dataset never
//! shows on another, and a dataset without a choice (or with none of its chosen indicators
//! left) starts with [`charts::default_indicators`].
//!
//! Its files: `charts_state` (which chart, indicators, language, export size, cut-off),
//! `as_of_picker` (the information cut-off),
//! `drawing_cache` (the drawing and when to draw again), `indicator_picker` (the trend chart's
//! indicators menu) and `chart_error` (why a chart is not drawn, in words).

mod as_of_picker;
mod chart_error;
mod charts_state;
mod drawing_cache;
mod indicator_picker;

pub use charts_state::{ChartChoice, ChartsState, ExportSize};

use self::as_of_picker::AsOfPicker;
use self::chart_error::error_text;
use self::drawing_cache::Drawing;
use self::indicator_picker::IndicatorPicker;
use super::command::Command;
use super::tasks::DialogPurpose;
use super::theme;
use crate::charts::{self, RgbChart};
use crate::i18n::Language;
use crate::model::text_or_empty;
use crate::workspace::Workspace;

/// The Charts view.
pub struct ChartsView<'a> {
    /// The open review.
    pub ws: &'a Workspace,
    /// The view's state.
    pub state: &'a mut ChartsState,
    /// Interface strings.
    pub t: &'a crate::i18n::Translator,
    /// Commands out.
    pub out: &'a mut Vec<Command>,
}

impl ChartsView<'_> {
    /// Draws the view.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        self.controls_ui(ui);
        ui.separator();
        self.chart_ui(ui);
    }

    fn controls_ui(&mut self, ui: &mut egui::Ui) {
        let d = &self.ws.dataset;
        let st = &mut *self.state;
        let t = self.t;
        ui.horizontal_wrapped(|ui| {
            let l = ui.label(t.tr(key!("chart-chart")));
            egui::ComboBox::from_id_salt("chart_kind")
                .selected_text(t.tr(st.choice.key()))
                .show_ui(ui, |ui| {
                    for c in ChartChoice::ALL {
                        ui.selectable_value(&mut st.choice, c, t.tr(c.key()));
                    }
                })
                .response
                .labelled_by(l.id);
            if st.choice == ChartChoice::Trends {
                IndicatorPicker {
                    dataset: d,
                    chosen: &st.indicators(d),
                    t,
                    out: self.out,
                }
                .ui(ui);
            }
            if matches!(st.choice, ChartChoice::Trends | ChartChoice::Targets) {
                AsOfPicker {
                    state: st,
                    dataset: d,
                    t,
                }
                .ui(ui);
            }
            let l = ui.label(t.tr(key!("chart-language")));
            egui::ComboBox::from_id_salt("chart_lang")
                .selected_text(st.lang.native_name())
                .show_ui(ui, |ui| {
                    for lang in [Language::En, Language::Zh] {
                        ui.selectable_value(&mut st.lang, lang, lang.native_name());
                    }
                })
                .response
                .labelled_by(l.id);
            ui.separator();
            let l = ui.label(t.tr(key!("chart-export-size")));
            let size_text = |s: ExportSize| match s {
                ExportSize::Briefing(1) => "800 × 450 (1×)".to_owned(),
                ExportSize::Briefing(n) => {
                    format!("{} × {} ({n}×)", 800 * u32::from(n), 450 * u32::from(n))
                }
                ExportSize::Screen => t.tr(key!("chart-size-screen")),
            };
            egui::ComboBox::from_id_salt("export_size")
                .selected_text(size_text(st.export_size))
                .show_ui(ui, |ui| {
                    for s in [
                        ExportSize::Briefing(1),
                        ExportSize::Briefing(2),
                        ExportSize::Briefing(3),
                        ExportSize::Screen,
                    ] {
                        ui.selectable_value(&mut st.export_size, s, size_text(s));
                    }
                })
                .response
                .labelled_by(l.id);
            let ok = st.error.is_none();
            if ui
                .add_enabled(ok, egui::Button::new(t.tr(key!("chart-export"))))
                .on_hover_text(t.tr(key!("chart-export-tip")))
                .clicked()
            {
                self.out.push(Command::AskPath(DialogPurpose::ExportChart));
            }
            if ui
                .add_enabled(
                    ok && st.cached.is_some(),
                    egui::Button::new(t.tr(key!("chart-copy"))),
                )
                .on_hover_text(t.tr(key!("chart-copy-tip")))
                .clicked()
                && let Some(img) = st.shown_image()
            {
                ui.ctx().copy_image(egui::ColorImage::from_rgb(
                    [img.width as usize, img.height as usize],
                    &img.rgb,
                ));
            }
        });
    }

    fn chart_ui(&mut self, ui: &mut egui::Ui) {
        let avail = ui.available_size();
        let ppp = f64::from(ui.ctx().pixels_per_point());
        #[expect(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "screen sizes are small"
        )]
        let (w, h) = (
            (f64::from(avail.x.max(200.0)) * ppp) as u32,
            (f64::from(avail.y.max(150.0)) * ppp) as u32,
        );
        self.state.draw_if_changed(self.ws, ui.ctx(), (w, h), ppp);
        if let Some(err) = &self.state.error {
            ui.add_space(theme::GAP);
            // One line, however long the reason: the full text shows on hover.
            let text = error_text(err, &self.ws.dataset, self.t);
            ui.add(
                egui::Label::new(egui::RichText::new(text).color(theme::error_text(ui.visuals())))
                    .truncate(),
            );
            return;
        }
        let Some(Drawing {
            image: img,
            texture,
            ..
        }) = &self.state.cached
        else {
            return;
        };
        #[expect(clippy::cast_possible_truncation, reason = "screen sizes are small")]
        let size = egui::vec2(
            (f64::from(img.width) / ppp) as f32,
            (f64::from(img.height) / ppp) as f32,
        );
        let title = img.drawn.title.clone();
        let response = ui.add(
            egui::Image::new((texture.id(), size))
                .sense(egui::Sense::hover())
                .alt_text(&title),
        );
        if let Some(pos) = response.hover_pos() {
            let local = (pos - response.rect.min) * ui.ctx().pixels_per_point();
            if let Some((p, text)) =
                self.hover_text(img, (f64::from(local.x), f64::from(local.y)), ppp)
            {
                // The tooltip sits beside the point, not at the chart's corner.
                #[expect(clippy::cast_precision_loss, reason = "pixel positions are small")]
                let at = response.rect.min
                    + egui::vec2(p.pixel.0 as f32, p.pixel.1 as f32) / ui.ctx().pixels_per_point();
                egui::Tooltip::always_open(
                    ui.ctx().clone(),
                    response.layer_id,
                    response.id,
                    egui::Rect::from_center_size(at, egui::vec2(8.0, 8.0)),
                )
                .show(|ui| ui.label(text));
            }
        }
    }

    /// What hovering at `local` (pixels in the image) tells: the nearest point within 16
    /// points, with its year, value, unit, flag and source.
    fn hover_text<'p>(
        &self,
        img: &'p RgbChart,
        (x, y): (f64, f64),
        ppp: f64,
    ) -> Option<(&'p charts::PlottedPoint, String)> {
        let distance =
            |p: &charts::PlottedPoint| (f64::from(p.pixel.0) - x).hypot(f64::from(p.pixel.1) - y);
        let p = img
            .drawn
            .points
            .iter()
            .min_by(|a, b| distance(a).total_cmp(&distance(b)))?;
        if distance(p) > 16.0 * ppp {
            return None;
        }
        let d = &self.ws.dataset;
        let lang = self.t.language().code();
        let ind = d.indicator(&p.indicator);
        let unit = ind
            .and_then(|i| d.units.iter().find(|u| u.id == i.unit))
            .map_or(String::new(), |u| {
                text_or_empty(&u.label, lang).to_lowercase()
            });
        let flag = self.t.tr(p.flag.key());
        let geo = ind.map_or("", |i| text_or_empty(&i.geography, lang));
        let mut text = self.t.tr_args(
            key!("chart-hover"),
            &[
                ("place", geo.to_owned().into()),
                ("year", p.year.into()),
                ("value", charts::thousands(p.value).into()),
                ("unit", unit.into()),
                ("flag", flag.into()),
                ("source", p.source.clone().into()),
            ],
        );
        let cutoff = self.state.as_of.resolve(d);
        let published = ind
            .and_then(|i| i.series.iter().find(|o| o.year == p.year))
            .and_then(|o| d.source(&o.source))
            .and_then(|s| s.published);
        if let (true, Some(cutoff), Some(published)) = (p.hindsight, cutoff, published) {
            text.push('\n');
            text.push_str(&self.t.tr_args(
                key!("chart-hover-hindsight"),
                &[
                    ("published", published.to_string().into()),
                    (
                        "date",
                        crate::i18n::date_in(self.t.language(), cutoff).into(),
                    ),
                ],
            ));
        }
        Some((p, text))
    }
}
