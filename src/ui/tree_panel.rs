//! The left panel: pillars and cross-cutting groups, their sections, each with its count and a
//! bar of progress by status.

use super::command::Command;
use super::state::{Cache, Selection, ViewState};
use super::status_bar_widget::stacked_bar;
use super::theme;
use crate::model::{GroupKind, text_or_empty};
use crate::workspace::Workspace;

/// The pillar tree.
pub struct TreePanel<'a> {
    /// The open review.
    pub ws: &'a Workspace,
    /// Selection and filter.
    pub view: &'a ViewState,
    /// Counts.
    pub cache: &'a Cache,
    /// Interface strings.
    pub t: &'a crate::i18n::Translator,
    /// Commands out.
    pub out: &'a mut Vec<Command>,
}

impl TreePanel<'_> {
    /// Draws the tree.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        let lang = self.view.content_lang.as_str();
        let d = &self.ws.dataset;
        ui.add_space(theme::GAP / 2.0);
        ui.heading(self.t.tr(key!("tree-heading")));
        egui::ScrollArea::vertical()
            .auto_shrink([false, false])
            .show(ui, |ui| {
                let all_selected = self.view.filter.group.is_none();
                let total: Vec<usize> = (0..d.status_scale.len())
                    .map(|i| self.cache.counts.iter().map(|c| c.counts[i]).sum())
                    .collect();
                self.node(
                    ui,
                    &self
                        .t
                        .tr_args(key!("tree-all"), &[("n", d.commitments.len().into())]),
                    all_selected,
                    &total,
                    None,
                    None,
                );
                let mut shown_cross_heading = false;
                for (g, counts) in d.groups.iter().zip(&self.cache.counts) {
                    if g.kind == GroupKind::CrossCutting && !shown_cross_heading {
                        ui.add_space(theme::GAP);
                        ui.weak(self.t.tr(key!("tree-outside")));
                        shown_cross_heading = true;
                    }
                    let selected = self.view.filter.group.as_deref() == Some(&g.id)
                        && self.view.filter.section.is_none();
                    let label = format!("{} ({})", text_or_empty(&g.title, lang), counts.total());
                    self.node(ui, &label, selected, &counts.counts, Some(&g.id), None);
                    for s in &g.sections {
                        let section_counts = self
                            .cache
                            .section_counts
                            .get(&s.id)
                            .cloned()
                            .unwrap_or_default();
                        let n: usize = section_counts.iter().sum();
                        let selected = self.view.filter.section.as_deref() == Some(&s.id);
                        ui.indent(("section", &s.id), |ui| {
                            let label = format!("{} ({n})", text_or_empty(&s.title, lang));
                            self.node(
                                ui,
                                &label,
                                selected,
                                &section_counts,
                                Some(&g.id),
                                Some(&s.id),
                            );
                        });
                    }
                }
            });
    }

    fn node(
        &mut self,
        ui: &mut egui::Ui,
        label: &str,
        selected: bool,
        counts: &[usize],
        group: Option<&str>,
        section: Option<&str>,
    ) {
        let selected = selected
            && (group.is_none()
                || matches!(&self.view.selection, Selection::Group(_))
                || self.view.filter.group.as_deref() == group);
        let response = ui.add(egui::Button::selectable(selected, label).wrap());
        if response.clicked() {
            self.out.push(Command::SelectGroup {
                group: group.map(str::to_owned),
                section: section.map(str::to_owned),
            });
        }
        let width = ui.available_width().min(theme::BAR_WIDTH * 2.0);
        stacked_bar(
            ui,
            &self.ws.dataset,
            counts,
            width,
            &self.view.content_lang,
            self.t,
        );
        ui.add_space(2.0);
    }
}
