//! The Charts view: pick a chart, its indicators and language; the chart is drawn by
//! [`crate::charts`] into an RGB buffer at the view's size in physical pixels and shown as a
//! texture, re-drawn only when an input or the size changes. Hovering a point shows its year,
//! value, flag and source. The export writes the same drawing to PNG or SVG.

use super::command::Command;
use super::tasks::DialogPurpose;
use super::theme;
use crate::charts::{self, Chart, ChartData, ChartKind, RgbChart};
use crate::model::{Flag, text_or_empty};
use crate::workspace::Workspace;

/// Which chart the view shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChartChoice {
    /// Indicator trends.
    Trends,
    /// Status by pillar.
    Status,
    /// Progress over time.
    Progress,
    /// 2019 targets at a glance.
    Targets,
}

impl ChartChoice {
    const ALL: [Self; 4] = [Self::Trends, Self::Status, Self::Progress, Self::Targets];

    fn key(self) -> &'static str {
        match self {
            Self::Trends => "chart-trends",
            Self::Status => "chart-status",
            Self::Progress => "chart-progress",
            Self::Targets => "chart-targets",
        }
    }
}

/// Export sizes: logical size times scale, or the size on screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportSize {
    /// 800 × 450 at this scale (1, 2 or 3).
    Briefing(u8),
    /// The size and resolution shown on screen.
    Screen,
}

/// The Charts view's state.
pub struct ChartsState {
    /// Which chart.
    pub choice: ChartChoice,
    /// Indicators of the trend chart.
    pub indicators: Vec<String>,
    /// Language of the chart.
    pub lang: String,
    /// Export size.
    pub export_size: ExportSize,
    /// The last drawing: its inputs, pixels and texture.
    cached: Option<(CacheKey, RgbChart, egui::TextureHandle)>,
    /// Why the chart could not be drawn.
    pub error: Option<String>,
    /// How many times the chart was drawn (for tests: re-drawing only on change).
    pub renders: usize,
    /// The size last shown: physical pixels and scale.
    pub shown: Option<(u32, u32, f64)>,
}

impl Default for ChartsState {
    fn default() -> Self {
        Self {
            choice: ChartChoice::Trends,
            indicators: vec![
                "afg-opium-cultivation".to_owned(),
                "mmr-opium-cultivation".to_owned(),
                "lao-opium-cultivation".to_owned(),
            ],
            lang: "en".to_owned(),
            export_size: ExportSize::Briefing(2),
            cached: None,
            error: None,
            renders: 0,
            shown: None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
struct CacheKey {
    chart: Chart,
    dataset: String,
    revision: u64,
    size: (u32, u32),
    scale_milli: u32,
}

impl ChartsState {
    /// The chart the view shows.
    #[must_use]
    pub fn chart(&self) -> Chart {
        let kind = match self.choice {
            ChartChoice::Trends => ChartKind::Trends {
                indicators: self.indicators.clone(),
            },
            ChartChoice::Status => ChartKind::StatusByPillar,
            ChartChoice::Progress => ChartKind::Progress,
            ChartChoice::Targets => ChartKind::Targets,
        };
        Chart {
            kind,
            lang: self.lang.clone(),
        }
    }

    /// The pixels on screen, for tests and for "Copy image".
    #[must_use]
    pub fn shown_image(&self) -> Option<&RgbChart> {
        self.cached.as_ref().map(|(_, img, _)| img)
    }

    /// Logical size and scale of an export.
    #[must_use]
    pub fn export_geometry(&self) -> (u32, u32, f64) {
        match (self.export_size, self.shown) {
            (ExportSize::Screen, Some((w, h, scale))) => {
                #[expect(
                    clippy::cast_possible_truncation,
                    clippy::cast_sign_loss,
                    reason = "screen sizes are small"
                )]
                let logical = |v: u32| (f64::from(v) / scale).round() as u32;
                (logical(w), logical(h), scale)
            }
            (ExportSize::Briefing(n), _) => (800, 450, f64::from(n)),
            (ExportSize::Screen, None) => (800, 450, 1.0),
        }
    }
}

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
        let lang = t.language().to_owned();
        ui.horizontal_wrapped(|ui| {
            let l = ui.label(t.tr("chart-chart"));
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
                ui.menu_button(
                    t.tr_args("chart-indicators", &[("n", st.indicators.len().into())]),
                    |ui| {
                        egui::ScrollArea::vertical()
                            .max_height(400.0)
                            .show(ui, |ui| {
                                for ind in &d.indicators {
                                    let mut on = st.indicators.contains(&ind.id);
                                    let label = format!(
                                        "{} — {}",
                                        text_or_empty(&ind.name, &lang),
                                        text_or_empty(&ind.geography, &lang)
                                    );
                                    if ui.checkbox(&mut on, label).changed() {
                                        if on {
                                            st.indicators.push(ind.id.clone());
                                        } else {
                                            st.indicators.retain(|i| *i != ind.id);
                                        }
                                    }
                                }
                            });
                    },
                );
            }
            let l = ui.label(t.tr("chart-language"));
            egui::ComboBox::from_id_salt("chart_lang")
                .selected_text(if st.lang == "zh" { "中文" } else { "English" })
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut st.lang, "en".to_owned(), "English");
                    ui.selectable_value(&mut st.lang, "zh".to_owned(), "中文");
                })
                .response
                .labelled_by(l.id);
            ui.separator();
            let l = ui.label(t.tr("chart-export-size"));
            let size_text = |s: ExportSize| match s {
                ExportSize::Briefing(1) => "800 × 450 (1×)".to_owned(),
                ExportSize::Briefing(n) => {
                    format!("{} × {} ({n}×)", 800 * u32::from(n), 450 * u32::from(n))
                }
                ExportSize::Screen => t.tr("chart-size-screen"),
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
                .add_enabled(ok, egui::Button::new(t.tr("chart-export")))
                .on_hover_text(t.tr("chart-export-tip"))
                .clicked()
            {
                self.out.push(Command::AskPath(DialogPurpose::ExportChart));
            }
            if ui
                .add_enabled(
                    ok && st.cached.is_some(),
                    egui::Button::new(t.tr("chart-copy")),
                )
                .on_hover_text(t.tr("chart-copy-tip"))
                .clicked()
                && let Some((_, img, _)) = &st.cached
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
        let key = CacheKey {
            chart: self.state.chart(),
            dataset: self.ws.dataset.metadata.id.clone(),
            revision: self.ws.revision(),
            size: (w, h),
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "scales are small"
            )]
            scale_milli: (ppp * 1000.0) as u32,
        };
        if self.state.cached.as_ref().is_none_or(|(k, _, _)| *k != key) {
            let data = ChartData {
                dataset: &self.ws.dataset,
                review: Some(&self.ws.review),
            };
            self.state.renders += 1;
            match charts::render_rgb(&key.chart, data, w, h, ppp) {
                Ok(img) => {
                    let colour = egui::ColorImage::from_rgb(
                        [img.width as usize, img.height as usize],
                        &img.rgb,
                    );
                    let texture =
                        ui.ctx()
                            .load_texture("chart", colour, egui::TextureOptions::NEAREST);
                    self.state.cached = Some((key, img, texture));
                    self.state.error = None;
                    self.state.shown = Some((w, h, ppp));
                }
                Err(e) => {
                    self.state.cached = None;
                    self.state.error = Some(e.to_string());
                }
            }
        }
        if let Some(err) = &self.state.error {
            ui.add_space(theme::GAP);
            ui.colored_label(theme::error_text(ui.visuals()), err);
            return;
        }
        let Some((_, img, texture)) = &self.state.cached else {
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
            if let Some(text) = self.hover_text(img, (f64::from(local.x), f64::from(local.y)), ppp)
            {
                response.on_hover_text(text);
            }
        }
    }

    /// What hovering at `local` (pixels in the image) tells: the nearest point within 16
    /// points, with its year, value, unit, flag and source.
    fn hover_text(&self, img: &RgbChart, (x, y): (f64, f64), ppp: f64) -> Option<String> {
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
        let lang = self.t.language();
        let ind = d.indicator(&p.indicator);
        let unit = ind
            .and_then(|i| d.units.iter().find(|u| u.id == i.unit))
            .map_or(String::new(), |u| {
                text_or_empty(&u.label, lang).to_lowercase()
            });
        let flag = self.t.tr(match p.flag {
            Flag::Reported => "flag-reported",
            Flag::Estimated => "flag-estimated",
            Flag::Derived => "flag-derived",
            Flag::Revised => "flag-revised",
        });
        let geo = ind.map_or("", |i| text_or_empty(&i.geography, lang));
        Some(self.t.tr_args(
            "chart-hover",
            &[
                ("place", geo.to_owned().into()),
                ("year", p.year.into()),
                ("value", charts::thousands(p.value).into()),
                ("unit", unit.into()),
                ("flag", flag.into()),
                ("source", p.source.clone().into()),
            ],
        ))
    }
}
