//! The Charts view: pick a chart, its indicators and language; the chart is drawn by
//! [`crate::charts`] into an RGB buffer at the view's size in physical pixels and shown as a
//! texture, re-drawn only when an input or the size changes. Hovering a point shows its year,
//! value, flag and source beside the point. The export writes the same drawing to PNG or SVG.
//!
//! The trend chart's indicators are chosen per dataset: a choice made on one dataset never
//! shows on another, and a dataset without a choice (or with none of its chosen indicators
//! left) starts with [`charts::default_indicators`].

use std::collections::BTreeMap;

use super::command::Command;
use super::tasks::DialogPurpose;
use super::theme;
use crate::charts::{self, Chart, ChartData, ChartError, ChartKind, RgbChart, TrendsProblem};
use crate::i18n::{Language, Translator};
use crate::model::{Dataset, Flag, text_or_empty};
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
            Self::Trends => key!("chart-trends"),
            Self::Status => key!("chart-status"),
            Self::Progress => key!("chart-progress"),
            Self::Targets => key!("chart-targets"),
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
    /// The trend chart's indicators chosen, by dataset id (kept in the settings).
    pub chosen: BTreeMap<String, Vec<String>>,
    /// Language of the chart.
    pub lang: Language,
    /// Export size.
    pub export_size: ExportSize,
    /// The last drawing: its inputs, pixels and texture.
    cached: Option<(CacheKey, RgbChart, egui::TextureHandle)>,
    /// Why the chart could not be drawn.
    pub error: Option<ChartError>,
    /// How many times the chart was drawn (for tests: re-drawing only on change).
    pub renders: usize,
    /// The size last shown: physical pixels and scale.
    pub shown: Option<(u32, u32, f64)>,
}

impl Default for ChartsState {
    fn default() -> Self {
        Self {
            choice: ChartChoice::Trends,
            chosen: BTreeMap::new(),
            lang: Language::En,
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
    /// The trend chart's indicators for `dataset`: those chosen for it that it has, or, when
    /// none is chosen or left, [`charts::default_indicators`].
    #[must_use]
    pub fn indicators(&self, dataset: &Dataset) -> Vec<String> {
        let kept: Vec<String> = self
            .chosen
            .get(&dataset.metadata.id)
            .into_iter()
            .flatten()
            .filter(|id| dataset.indicator(id).is_some())
            .cloned()
            .collect();
        if kept.is_empty() {
            charts::default_indicators(dataset)
        } else {
            kept
        }
    }

    /// The chart the view shows for `dataset`.
    #[must_use]
    pub fn chart(&self, dataset: &Dataset) -> Chart {
        let kind = match self.choice {
            ChartChoice::Trends => ChartKind::Trends {
                indicators: self.indicators(dataset),
            },
            ChartChoice::Status => ChartKind::StatusByPillar,
            ChartChoice::Progress => ChartKind::Progress,
            ChartChoice::Targets => ChartKind::Targets,
        };
        Chart {
            kind,
            lang: self.lang,
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
                indicators_menu_ui(ui, d, &st.indicators(d), t, self.out);
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
            chart: self.state.chart(&self.ws.dataset),
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
                    self.state.error = Some(e);
                }
            }
        }
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
        let flag = self.t.tr(match p.flag {
            Flag::Reported => key!("flag-reported"),
            Flag::Estimated => key!("flag-estimated"),
            Flag::Derived => key!("flag-derived"),
            Flag::Revised => key!("flag-revised"),
        });
        let geo = ind.map_or("", |i| text_or_empty(&i.geography, lang));
        let text = self.t.tr_args(
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
        Some((p, text))
    }
}

/// The menu of the trend chart's indicators for the dataset `d`: ticking one adds it to the
/// dataset's choice, unticking removes it (the last one stays: a chart needs one).
fn indicators_menu_ui(
    ui: &mut egui::Ui,
    d: &Dataset,
    chosen: &[String],
    t: &Translator,
    out: &mut Vec<Command>,
) {
    let lang = t.language().code();
    // The menu stays open while indicators are ticked, until a click outside it.
    egui::containers::menu::MenuButton::new(
        t.tr_args(key!("chart-indicators"), &[("n", chosen.len().into())]),
    )
    .config(
        egui::containers::menu::MenuConfig::new()
            .close_behavior(egui::PopupCloseBehavior::CloseOnClickOutside),
    )
    .ui(ui, |ui| {
        egui::ScrollArea::vertical()
            .max_height(400.0)
            .show(ui, |ui| {
                for ind in &d.indicators {
                    let was_on = chosen.contains(&ind.id);
                    let mut on = was_on;
                    let label = format!(
                        "{} — {}",
                        text_or_empty(&ind.name, lang),
                        text_or_empty(&ind.geography, lang)
                    );
                    // The last one stays: a chart needs an indicator.
                    let last = was_on && chosen.len() == 1;
                    let r = ui
                        .add_enabled(!last, egui::Checkbox::new(&mut on, label))
                        .on_disabled_hover_text(t.tr(key!("chart-indicators-last")));
                    if r.changed() {
                        let mut next = chosen.to_vec();
                        if on {
                            next.push(ind.id.clone());
                        } else {
                            next.retain(|i| *i != ind.id);
                        }
                        out.push(Command::ChooseIndicators {
                            dataset: d.metadata.id.clone(),
                            indicators: next,
                        });
                    }
                }
            });
    });
}

/// Why the chart is not drawn, in one line in the interface language.
fn error_text(e: &ChartError, d: &Dataset, t: &Translator) -> String {
    let unit = |id: &str| {
        d.units
            .iter()
            .find(|u| u.id == id)
            .map_or(id, |u| text_or_empty(&u.label, t.language().code()))
            .to_lowercase()
    };
    // An indicator as the list of indicators names it.
    let indicator = |id: &str| {
        d.indicator(id).map_or_else(
            || id.to_owned(),
            |i| {
                format!(
                    "{} — {}",
                    text_or_empty(&i.name, t.language().code()),
                    text_or_empty(&i.geography, t.language().code())
                )
            },
        )
    };
    match e {
        ChartError::Trends(TrendsProblem::NoneChosen) => {
            if d.indicators.iter().all(|i| i.series.is_empty()) {
                t.tr(key!("chart-error-no-data"))
            } else {
                t.tr(key!("chart-error-no-indicator"))
            }
        }
        ChartError::Trends(TrendsProblem::Unknown { id, .. }) => {
            t.tr_args(key!("chart-error-unknown"), &[("id", id.clone().into())])
        }
        ChartError::Trends(TrendsProblem::MixedUnits {
            first,
            first_unit,
            other,
            other_unit,
        }) => t.tr_args(
            key!("chart-error-units"),
            &[
                ("first", indicator(first).into()),
                ("first_unit", unit(first_unit).into()),
                ("other", indicator(other).into()),
                ("other_unit", unit(other_unit).into()),
            ],
        ),
        ChartError::Trends(TrendsProblem::NoValues) => t.tr(key!("chart-error-no-values")),
        other => t.tr_args(
            key!("chart-error-other"),
            &[("reason", other.to_string().replace('\n', " ").into())],
        ),
    }
}
