//! The commitment list's columns: their widths (dragged at the header's edges and remembered
//! with the window's state), the header row and its resize handles.

use egui::{Align, Layout, Sense, UiBuilder, vec2};
use serde::{Deserialize, Serialize};

use super::list_panel::ROW_HEIGHT;
use super::theme;

/// The least room a title gets beside the other columns; with less, the row stacks the
/// reference, evidence level and date above the title ("compact" rows), so no column is lost
/// off the edge of a small window.
const MIN_TITLE_W: f32 = 260.0;
/// Width of the strip between two header cells that resizes a column.
const HANDLE_W: f32 = 8.0;

/// The widths of the list's columns (the title takes the rest), resized by dragging the
/// header's edges and remembered with the window's state.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct ColumnWidths {
    /// The reference column.
    pub reference: f32,
    /// The status column.
    pub status: f32,
    /// The evidence column.
    pub evidence: f32,
    /// The last-changed column.
    pub changed: f32,
}

impl Default for ColumnWidths {
    fn default() -> Self {
        Self {
            reference: 150.0,
            status: 130.0,
            evidence: 100.0,
            changed: 85.0,
        }
    }
}

impl ColumnWidths {
    /// Where the widths are kept in egui's (persisted) memory.
    fn id() -> egui::Id {
        egui::Id::unique("poa_list_columns")
    }

    /// The widths kept for this window.
    #[must_use]
    pub fn load(ctx: &egui::Context) -> Self {
        ctx.data_mut(|d| d.get_persisted(Self::id()))
            .unwrap_or_default()
    }

    /// Keeps the widths for this window.
    pub fn store(self, ctx: &egui::Context) {
        ctx.data_mut(|d| d.insert_persisted(Self::id(), self));
    }

    /// The room left for the title in a row `row_width` wide; `None` when the title would get
    /// less than [`MIN_TITLE_W`] (the row is then drawn compact).
    pub(super) fn title_width(&self, row_width: f32, spacing: f32) -> Option<f32> {
        let w =
            row_width - self.reference - self.status - self.evidence - self.changed - 4.0 * spacing;
        (w >= MIN_TITLE_W).then_some(w)
    }
}

/// A left-aligned, truncated cell of a fixed width.
pub(super) fn cell(ui: &mut egui::Ui, width: f32, text: impl Into<egui::WidgetText>) {
    ui.allocate_ui_with_layout(
        vec2(width, ROW_HEIGHT),
        Layout::left_to_right(Align::Center),
        |ui| {
            ui.set_width(width);
            ui.add(egui::Label::new(text).truncate().selectable(false));
        },
    );
}

/// A strip at `x` in the header `rect` that resizes column `which` (0 reference, 1 status,
/// 2 evidence, 3 last changed) when dragged; named `label` for screen readers.
fn resize_handle(
    ui: &mut egui::Ui,
    rect: egui::Rect,
    x: f32,
    which: usize,
    label: &str,
    widths: &mut ColumnWidths,
) {
    let handle = egui::Rect::from_center_size(
        egui::pos2(x, rect.center().y),
        vec2(HANDLE_W, rect.height()),
    );
    let response = ui
        .interact(
            handle,
            ui.make_persistent_id(("column_handle", which)),
            Sense::drag(),
        )
        .on_hover_cursor(egui::CursorIcon::ResizeHorizontal);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Splitter, true, label));
    let stroke = if response.hovered() || response.dragged() {
        ui.visuals().widgets.hovered.fg_stroke
    } else {
        ui.visuals().widgets.noninteractive.bg_stroke
    };
    ui.painter().vline(x, rect.y_range().shrink(4.0), stroke);
    let dx = response.drag_delta().x;
    if dx != 0.0 {
        let w = match which {
            0 => &mut widths.reference,
            1 => &mut widths.status,
            2 => &mut widths.evidence,
            _ => &mut widths.changed,
        };
        // The reference grows to the right; the others, right of the title, grow to the left.
        *w = (*w + if which == 0 { dx } else { -dx }).clamp(50.0, 400.0);
    }
}

/// The column headings; in wide rows, the edges between them resize the columns.
pub fn header_ui(ui: &mut egui::Ui, t: &crate::i18n::Translator, cols: &mut ColumnWidths) {
    let spacing = ui.spacing().item_spacing.x;
    let (rect, _) = ui.allocate_exact_size(
        vec2(ui.available_width(), theme::ROW_HEIGHT),
        Sense::hover(),
    );
    let inner = rect.shrink2(vec2(4.0, 0.0));
    let mut row = ui.new_child(
        UiBuilder::new()
            .max_rect(inner)
            .layout(Layout::left_to_right(Align::Center)),
    );
    let strong = |s: String| egui::RichText::new(s).strong();
    let Some(title_w) = cols.title_width(inner.width(), spacing) else {
        // Compact rows: the reference, evidence and date sit above the title.
        let status_w = cols.status;
        let left = inner.width() - status_w - spacing;
        cell(
            &mut row,
            left,
            strong(format!(
                "{} · {}",
                t.tr(key!("column-reference")),
                t.tr(key!("column-commitment"))
            )),
        );
        let status_left = row.cursor().left();
        cell(&mut row, status_w, strong(t.tr(key!("column-status"))));
        let name = t.tr(key!("column-status"));
        let label = t.tr_args(key!("column-resize"), &[("column", name.into())]);
        let mut changed = *cols;
        resize_handle(
            ui,
            rect,
            status_left - spacing / 2.0,
            1,
            &label,
            &mut changed,
        );
        if changed != *cols {
            *cols = changed;
            cols.store(ui.ctx());
        }
        return;
    };
    let columns = [
        (t.tr(key!("column-reference")), cols.reference),
        (t.tr(key!("column-commitment")), title_w),
        (t.tr(key!("column-status")), cols.status),
        (t.tr(key!("column-evidence")), cols.evidence),
        (t.tr(key!("column-changed")), cols.changed),
    ];
    let mut edges = Vec::new();
    for (text, w) in columns {
        let left = row.cursor().left();
        cell(&mut row, w, strong(text.clone()));
        edges.push((left, left + w, text));
    }
    // Handles: the reference's right edge, and the left edges of the columns to the right
    // of the title (the title takes whatever the others leave).
    let handles = [
        (edges[0].1 + spacing / 2.0, 0usize, &edges[0].2),
        (edges[2].0 - spacing / 2.0, 1, &edges[2].2),
        (edges[3].0 - spacing / 2.0, 2, &edges[3].2),
        (edges[4].0 - spacing / 2.0, 3, &edges[4].2),
    ];
    let mut changed = *cols;
    for (x, which, name) in handles {
        resize_handle(
            ui,
            rect,
            x,
            which,
            &t.tr_args(key!("column-resize"), &[("column", name.clone().into())]),
            &mut changed,
        );
    }
    if changed != *cols {
        *cols = changed;
        cols.store(ui.ctx());
    }
}
