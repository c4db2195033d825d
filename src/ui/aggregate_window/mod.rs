//! The aggregate window (File → Open several reviews… or a folder of reviews): many
//! delegations' reviews of one dataset side by side. Tabs: every commitment as a stacked bar
//! of the delegations' statuses (sortable), per pillar a delegations × sections heat map, who
//! has not assessed what, the narratives side by side, and the files left out; exports to the
//! aggregate briefing (PDF, Word, HTML) and the long table (CSV, Excel).

mod commitments;
mod heat_map;
mod left_out;
mod narratives;
mod not_assessed;

use std::sync::Arc;

use super::command::Command;
use super::tasks::DialogPurpose;
use crate::aggregate::{Aggregate, Sort};
use crate::export::Format;
use crate::i18n::Translator;

/// The tabs of the window.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Tab {
    /// Every commitment across delegations.
    #[default]
    Commitments,
    /// Delegations × sections, per pillar.
    HeatMap,
    /// Who has not assessed what.
    NotAssessed,
    /// Each delegation's narrative per pillar.
    Narratives,
    /// The files left out and why.
    LeftOut,
}

/// What the heat map colours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Measure {
    /// The share of a section's commitments a delegation assessed.
    #[default]
    Assessed,
    /// The share it marked as progress.
    Progress,
}

/// The formats the window exports to: the briefing (PDF, Word, HTML) and the long table
/// (Excel, CSV).
const EXPORTS: [Format; 5] = [
    Format::Pdf,
    Format::Docx,
    Format::Html,
    Format::Xlsx,
    Format::Csv,
];

/// The aggregate on screen and how it is looked at.
#[derive(Debug, Default)]
pub struct AggregateState {
    /// The aggregate, once read.
    pub aggregate: Option<Arc<Aggregate>>,
    /// The tab shown.
    pub tab: Tab,
    /// The order of the commitments tab.
    pub sort: Sort,
    /// The pillar (group index) of the heat map and narratives tabs.
    pub group: usize,
    /// What the heat map colours.
    pub measure: Measure,
    /// The format of the next export (one of [`EXPORTS`]; PDF until another is chosen).
    pub format: Option<Format>,
}

impl AggregateState {
    /// Puts an aggregate on screen (on the commitments tab, most assessed first; the files
    /// left out tab when nothing could be read).
    pub fn show(&mut self, aggregate: Aggregate) {
        let tab = if aggregate.read.members.is_empty() {
            Tab::LeftOut
        } else {
            Tab::Commitments
        };
        *self = Self {
            aggregate: Some(Arc::new(aggregate)),
            tab,
            ..Self::default()
        };
    }

    /// The format of the next export.
    #[must_use]
    pub fn format(&self) -> Format {
        self.format.unwrap_or(Format::Pdf)
    }

    /// The file name offered for the export.
    #[must_use]
    pub fn file_name(&self) -> String {
        let id = self
            .aggregate
            .as_ref()
            .map_or("reviews", |a| a.dataset.metadata.id.as_str());
        let base = crate::io::safe_name::component(&format!("aggregate-{id}"));
        format!("{base}.{}", self.format().extension())
    }
}

/// The window.
pub struct AggregateWindow<'a> {
    /// Its state.
    pub state: &'a mut AggregateState,
    /// Whether an aggregate is being read or written.
    pub busy: bool,
    /// The language of the dataset's texts.
    pub lang: &'a str,
    /// Interface strings.
    pub t: &'a Translator,
    /// Commands out.
    pub out: &'a mut Vec<Command>,
}

impl AggregateWindow<'_> {
    /// Draws the window.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let Some(aggregate) = self.state.aggregate.clone() else {
            return;
        };
        let t = self.t;
        let title = t.tr_args(
            key!("aggregate-window-title"),
            &[(
                "dataset",
                crate::model::text_or_empty(&aggregate.dataset.metadata.title, self.lang)
                    .to_owned()
                    .into(),
            )],
        );
        let mut open = true;
        let screen = ui.ctx().content_rect();
        egui::Window::new(title)
            .id(egui::Id::unique("aggregate_window"))
            .open(&mut open)
            .collapsible(false)
            .default_width((screen.width() - 80.0).clamp(400.0, 1200.0))
            .default_height((screen.height() - 120.0).max(240.0))
            // The tabs differ in height; a floor keeps the window from jumping between them.
            .min_size([
                (screen.width() - 80.0).clamp(300.0, 900.0),
                (screen.height() - 140.0).clamp(200.0, 560.0),
            ])
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ui.ctx(), |ui| {
                self.header(ui, &aggregate);
                ui.separator();
                match self.state.tab {
                    Tab::Commitments => commitments::Commitments {
                        aggregate: &aggregate,
                        sort: &mut self.state.sort,
                        lang: self.lang,
                        t,
                    }
                    .ui(ui),
                    Tab::HeatMap => heat_map::HeatMapView {
                        aggregate: &aggregate,
                        group: &mut self.state.group,
                        measure: &mut self.state.measure,
                        lang: self.lang,
                        t,
                    }
                    .ui(ui),
                    Tab::NotAssessed => not_assessed::NotAssessed {
                        aggregate: &aggregate,
                        t,
                    }
                    .ui(ui),
                    Tab::Narratives => narratives::Narratives {
                        aggregate: &aggregate,
                        group: &mut self.state.group,
                        lang: self.lang,
                        t,
                    }
                    .ui(ui),
                    Tab::LeftOut => left_out::LeftOut {
                        aggregate: &aggregate,
                        t,
                    }
                    .ui(ui),
                }
            });
        if !open {
            self.out.push(Command::CloseAggregate);
        }
    }

    /// What was read, the tabs and the export.
    fn header(&mut self, ui: &mut egui::Ui, aggregate: &Aggregate) {
        let t = self.t;
        let left = aggregate.read.files_left_out();
        ui.label(t.tr_args(
            key!("aggregate-window-read"),
            &[
                ("reviews", aggregate.read.members.len().into()),
                ("files", aggregate.files.into()),
                ("dataset", aggregate.dataset.metadata.id.as_str().into()),
                (
                    "version",
                    aggregate.dataset.metadata.version.as_str().into(),
                ),
                ("left", left.into()),
            ],
        ));
        ui.horizontal_wrapped(|ui| {
            for (tab, key) in [
                (Tab::Commitments, key!("aggregate-tab-commitments")),
                (Tab::HeatMap, key!("aggregate-tab-heat-map")),
                (Tab::NotAssessed, key!("aggregate-tab-not-assessed")),
                (Tab::Narratives, key!("aggregate-tab-narratives")),
                (Tab::LeftOut, key!("aggregate-tab-left-out")),
            ] {
                let text = if tab == Tab::LeftOut {
                    format!("{} ({left})", t.tr(key))
                } else {
                    t.tr(key)
                };
                ui.selectable_value(&mut self.state.tab, tab, text);
            }
            ui.separator();
            let l = ui.label(t.tr(key!("aggregate-export-as")));
            let name = |f: Format| match f {
                Format::Pdf => t.tr(key!("aggregate-export-pdf")),
                Format::Docx => t.tr(key!("aggregate-export-docx")),
                Format::Html => t.tr(key!("aggregate-export-html")),
                Format::Md => t.tr(key!("report-export-md")),
                Format::Xlsx => t.tr(key!("aggregate-export-xlsx")),
                Format::Csv => t.tr(key!("aggregate-export-csv")),
            };
            egui::ComboBox::from_id_salt("aggregate_format")
                .selected_text(name(self.state.format()))
                .show_ui(ui, |ui| {
                    for f in EXPORTS {
                        ui.selectable_value(&mut self.state.format, Some(f), name(f));
                    }
                })
                .response
                .labelled_by(l.id);
            if ui
                .add_enabled(
                    !self.busy && !aggregate.read.members.is_empty(),
                    egui::Button::new(t.tr(key!("aggregate-export"))),
                )
                .clicked()
            {
                self.out
                    .push(Command::AskPath(DialogPurpose::ExportAggregate));
            }
        });
    }
}

/// The pillar picker of the heat map and narratives tabs: a choice among the dataset's groups.
fn group_picker(
    ui: &mut egui::Ui,
    aggregate: &Aggregate,
    group: &mut usize,
    lang: &str,
    t: &Translator,
) {
    let groups = &aggregate.dataset.groups;
    if groups.is_empty() {
        return;
    }
    *group = (*group).min(groups.len() - 1);
    let title = |i: usize| crate::model::text_or_empty(&groups[i].title, lang).to_owned();
    let l = ui.label(t.tr(key!("merge-pillar")));
    egui::ComboBox::from_id_salt("aggregate_group")
        .selected_text(title(*group))
        .show_ui(ui, |ui| {
            for i in 0..groups.len() {
                ui.selectable_value(group, i, title(i));
            }
        })
        .response
        .labelled_by(l.id);
}

/// `add` in a cell `width` × `height`, from its left edge, vertically centred.
fn left_aligned(ui: &mut egui::Ui, width: f32, height: f32, add: impl FnOnce(&mut egui::Ui)) {
    ui.allocate_ui_with_layout(
        egui::vec2(width, height),
        egui::Layout::left_to_right(egui::Align::Center),
        |ui| {
            ui.set_width(width);
            add(ui);
        },
    );
}
