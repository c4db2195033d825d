//! The mapping screen of File → Import a spreadsheet…: which column holds what (found by the
//! headings, changeable), the first rows as they will be read, the words that are not on a
//! scale to be mapped (remembered in the settings) or left out, and the rows that match no
//! commitment. "Show the changes…" puts the import on the merge screen, the dry run; applying
//! it there is one undoable step. See [`crate::sheets::matrix`].

use std::collections::BTreeSet;

use super::command::Command;
use crate::i18n::Translator;
use crate::model::{Dataset, text_or_empty};
use crate::problem::Problem;
use crate::sheets::matrix::{Column, Layout, Matrix, MatrixBook, Scale, WordMap};

/// How many rows the preview shows.
const PREVIEW_ROWS: usize = 8;
/// How many unmatched rows are listed by name.
const LISTED: usize = 200;

/// A matrix on the mapping screen.
#[derive(Debug)]
pub struct MatrixImport {
    /// The workbook's cells as read.
    pub book: MatrixBook,
    /// The heading row and the columns, as found or as the reviewer chose.
    pub layout: Layout,
    /// Words left out this time (their cells are not imported); not remembered.
    pub left_out: BTreeSet<(Scale, String)>,
    /// The sheet read with the layout and the words as they are now; `None` after a change.
    pub reading: Option<Result<Matrix, Vec<Problem>>>,
}

impl MatrixImport {
    /// A matrix just read: the columns found by their headings, or none chosen yet.
    #[must_use]
    pub fn new(book: MatrixBook) -> Self {
        let layout = book.detect().unwrap_or_default();
        Self {
            book,
            layout,
            left_out: BTreeSet::new(),
            reading: None,
        }
    }

    /// The words still to be mapped or left out.
    #[must_use]
    pub fn unmapped(&self) -> usize {
        match &self.reading {
            Some(Ok(m)) => m
                .unknown_words
                .keys()
                .filter(|k| !self.left_out.contains(k))
                .count(),
            _ => 0,
        }
    }

    /// The reading, when it can be imported: read without errors, every word mapped or left
    /// out, and at least one row matched.
    #[must_use]
    pub fn ready(&self) -> Option<&Matrix> {
        match &self.reading {
            Some(Ok(m)) if self.unmapped() == 0 && !m.rows.is_empty() => Some(m),
            _ => None,
        }
    }
}

/// The mapping screen's state.
#[derive(Debug, Default)]
pub struct MatrixState {
    /// The matrix on screen, if any.
    pub import: Option<MatrixImport>,
}

/// The window.
pub struct MatrixWindow<'a> {
    /// Its state (with a matrix in it).
    pub import: &'a mut MatrixImport,
    /// The open dataset (commitments and scales).
    pub dataset: &'a Dataset,
    /// Words mapped before (the settings).
    pub words: &'a WordMap,
    /// The language dataset texts are shown in.
    pub content_lang: &'a str,
    /// Whether the import is being made into a merge.
    pub busy: bool,
    /// Interface strings.
    pub t: &'a Translator,
    /// Commands out.
    pub out: &'a mut Vec<Command>,
}

impl MatrixWindow<'_> {
    /// Draws the window; reads the sheet again first if the columns or the words changed.
    pub fn ui(&mut self, ui: &mut egui::Ui) {
        if self.import.reading.is_none() {
            self.import.reading = Some(Matrix::interpret(
                &self.import.book,
                &self.import.layout,
                self.dataset,
                self.words,
            ));
        }
        let t = self.t;
        let mut open = true;
        let screen = ui.ctx().content_rect();
        egui::Window::new(t.tr(key!("matrix-window-title")))
            .id(egui::Id::unique("matrix_window"))
            .open(&mut open)
            .collapsible(false)
            .resizable(true)
            .default_width((screen.width() - 120.0).clamp(420.0, 1000.0))
            .default_height(screen.height() - 80.0)
            .max_height(screen.height() - 60.0)
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
            .show(ui.ctx(), |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("matrix_window_scroll")
                    .show(ui, |ui| self.contents(ui));
            });
        if !open {
            self.out.push(Command::CancelMatrix);
        }
    }

    fn contents(&mut self, ui: &mut egui::Ui) {
        let t = self.t;
        let file = self.import.book.path.file_name().map_or_else(
            || self.import.book.path.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        let (read, _) = self.import.book.alike(&self.import.layout);
        let names: Vec<&str> = read.iter().map(|s| s.name.as_str()).collect();
        let rows: usize = read.iter().map(|s| s.cells.len()).sum();
        ui.label(t.tr_args(
            key!("matrix-window-file"),
            &[
                ("file", file.into()),
                ("sheet", names.join("”, “").into()),
                ("sheets", names.len().into()),
                ("rows", rows.into()),
            ],
        ));
        ui.weak(t.tr(key!("matrix-window-intro")));
        ui.add_space(6.0);
        self.columns(ui);
        ui.add_space(6.0);
        ui.strong(t.tr(key!("matrix-preview")));
        self.preview(ui);
        ui.add_space(6.0);
        self.findings(ui);
        ui.separator();
        ui.horizontal(|ui| {
            let ready = self.import.ready().is_some() && !self.busy;
            if ui
                .add_enabled(ready, egui::Button::new(t.tr(key!("matrix-show-changes"))))
                .clicked()
            {
                self.out.push(Command::PreviewMatrix);
            }
            if ui.button(t.tr(key!("button-cancel"))).clicked() {
                self.out.push(Command::CancelMatrix);
            }
            if self.busy {
                ui.spinner();
            }
        });
    }

    /// The heading row and a choice of column for each kind.
    fn columns(&mut self, ui: &mut egui::Ui) {
        let t = self.t;
        let rows = self.import.book.main().cells.len().max(1);
        let headings = self.import.book.main().texts(self.import.layout.header_row);
        let width = self.import.book.main().width();
        let name = |c: usize| {
            let heading = headings.get(c).map_or("", |h| h.trim());
            format!(
                "{}: {}",
                crate::sheets::cells::column_name(u32::try_from(c).unwrap_or(u32::MAX)),
                heading
            )
        };
        let mut changed = false;
        egui::Grid::new("matrix_columns")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                if self.import.book.sheets.len() > 1 {
                    let l = ui.label(t.tr(key!("matrix-sheet")));
                    let mut chosen = self.import.book.chosen;
                    egui::ComboBox::from_id_salt("matrix_sheet")
                        .selected_text(self.import.book.main().name.clone())
                        .width(260.0)
                        .show_ui(ui, |ui| {
                            for (i, s) in self.import.book.sheets.iter().enumerate() {
                                ui.selectable_value(&mut chosen, i, s.name.clone());
                            }
                        })
                        .response
                        .labelled_by(l.id);
                    if chosen != self.import.book.chosen {
                        self.import.book.chosen = chosen;
                        self.import.layout = self.import.book.detect().unwrap_or_default();
                        changed = true;
                    }
                    ui.end_row();
                }
                let l = ui.label(t.tr(key!("matrix-heading-row")));
                let mut row = self.import.layout.header_row + 1;
                if ui
                    .add(egui::DragValue::new(&mut row).range(1..=rows.min(50)))
                    .labelled_by(l.id)
                    .changed()
                {
                    self.import.layout.header_row = row - 1;
                    changed = true;
                }
                ui.end_row();
                for kind in Column::ALL {
                    let l = ui.label(t.tr(kind.label_key()));
                    let current = self.import.layout.columns.get(&kind).copied();
                    let mut chosen = current;
                    let none = t.tr(key!("matrix-column-none"));
                    egui::ComboBox::from_id_salt(("matrix_column", kind))
                        .selected_text(current.map_or_else(|| none.clone(), name))
                        .width(260.0)
                        .show_ui(ui, |ui| {
                            ui.selectable_value(&mut chosen, None, none.clone());
                            for c in 0..width {
                                ui.selectable_value(&mut chosen, Some(c), name(c));
                            }
                        })
                        .response
                        .labelled_by(l.id);
                    if chosen != current {
                        match chosen {
                            Some(c) => {
                                // A column holds one kind: choosing it here frees it there.
                                self.import.layout.columns.retain(|_, v| *v != c);
                                self.import.layout.columns.insert(kind, c);
                            }
                            None => {
                                self.import.layout.columns.remove(&kind);
                            }
                        }
                        changed = true;
                    }
                    ui.end_row();
                }
            });
        if changed {
            self.import.reading = None;
            self.import.left_out.clear();
        }
    }

    /// The first rows after the headings, as they will be read.
    fn preview(&self, ui: &mut egui::Ui) {
        let t = self.t;
        let Some(Ok(reading)) = &self.import.reading else {
            return;
        };
        let layout = &self.import.layout;
        let shown = [
            Column::Reference,
            Column::Status,
            Column::EvidenceLevel,
            Column::Notes,
            Column::Evidence,
        ];
        egui::ScrollArea::horizontal()
            .id_salt("matrix_preview_scroll")
            .show(ui, |ui| {
                egui::Grid::new("matrix_preview")
                    .striped(true)
                    .num_columns(shown.len() + 2)
                    .spacing([12.0, 4.0])
                    .show(ui, |ui| {
                        ui.strong(t.tr(key!("matrix-preview-row")));
                        ui.strong(t.tr(key!("matrix-preview-commitment")));
                        for kind in shown {
                            ui.strong(t.tr(kind.label_key()));
                        }
                        ui.end_row();
                        let main = self.import.book.main();
                        let rows = (layout.header_row + 1..main.cells.len())
                            .filter(|r| main.texts(*r).iter().any(|c| !c.trim().is_empty()))
                            .take(PREVIEW_ROWS);
                        for r in rows {
                            self.preview_row(ui, reading, r, &shown);
                        }
                    });
            });
    }

    fn preview_row(&self, ui: &mut egui::Ui, reading: &Matrix, r: usize, shown: &[Column]) {
        let t = self.t;
        let texts = self.import.book.main().texts(r);
        let raw = |kind: Column| {
            self.import
                .layout
                .columns
                .get(&kind)
                .and_then(|c| texts.get(*c))
                .map_or("", |s| s.trim())
        };
        let sheet = &self.import.book.main().name;
        let row = reading
            .rows
            .iter()
            .find(|m| m.row == r && m.sheet == *sheet);
        ui.label((r + 1).to_string());
        match row {
            Some(m) => {
                ui.label(&m.commitment);
            }
            None => {
                ui.colored_label(
                    super::theme::error_text(ui.visuals()),
                    t.tr(key!("matrix-preview-unmatched")),
                );
            }
        }
        for kind in shown {
            let text = raw(*kind);
            let read = row.and_then(|m| match kind {
                Column::Status => m.status.as_deref().and_then(|id| {
                    self.dataset
                        .level_label(crate::model::Field::Status, id)
                        .map(|l| text_or_empty(l, self.content_lang).to_owned())
                }),
                Column::EvidenceLevel => m.evidence_level.as_deref().and_then(|id| {
                    self.dataset
                        .level_label(crate::model::Field::EvidenceLevel, id)
                        .map(|l| text_or_empty(l, self.content_lang).to_owned())
                }),
                _ => None,
            });
            let short: String = text.chars().take(40).collect();
            let short = if short.len() < text.len() {
                format!("{short}…")
            } else {
                short
            };
            match read {
                Some(label) if label != text => {
                    ui.label(format!("{short} → {label}"));
                }
                _ => {
                    ui.label(short);
                }
            }
        }
        ui.end_row();
    }

    /// What the reading found: counts, words to map, rows not matched, errors.
    fn findings(&mut self, ui: &mut egui::Ui) {
        let t = self.t;
        let reading = match &self.import.reading {
            Some(Ok(m)) => m,
            Some(Err(problems)) => {
                for p in problems {
                    ui.colored_label(super::theme::error_text(ui.visuals()), p.render(t));
                }
                return;
            }
            None => return,
        };
        // Sheets not read are said on their own; the rest are rows left out.
        let (sheets, rows): (Vec<&Problem>, Vec<&Problem>) = reading
            .warnings
            .iter()
            .partition(|w| w.message.key() == "matrix-sheet-skipped");
        let unmatched = rows.len();
        let left_out: Vec<String> = rows
            .iter()
            .take(LISTED)
            .map(|w| w.message.render(t))
            .collect();
        let sheets_not_read: Vec<String> = sheets.iter().map(|w| w.message.render(t)).collect();
        let matched = reading.rows.len();
        let words: Vec<((Scale, String), Vec<String>)> = reading
            .unknown_words
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        ui.label(t.tr_args(
            key!("matrix-summary"),
            &[
                ("matched", matched.into()),
                ("unmatched", unmatched.into()),
                ("words", self.import.unmapped().into()),
            ],
        ));
        for s in &sheets_not_read {
            ui.weak(s);
        }
        if !words.is_empty() {
            ui.add_space(4.0);
            ui.strong(t.tr(key!("matrix-words-title")));
            egui::Grid::new("matrix_words")
                .num_columns(2)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    for ((scale, word), cells) in &words {
                        self.word_row(ui, *scale, word, cells);
                        ui.end_row();
                    }
                });
        }
        if unmatched > 0 {
            let title = t.tr_args(
                key!("matrix-unmatched-title"),
                &[("count", unmatched.into())],
            );
            egui::CollapsingHeader::new(title)
                .id_salt("matrix_unmatched")
                .show(ui, |ui| {
                    egui::ScrollArea::vertical()
                        .id_salt("matrix_unmatched_list")
                        .max_height(140.0)
                        .show(ui, |ui| {
                            for w in &left_out {
                                ui.label(w);
                            }
                            if unmatched > LISTED {
                                ui.weak(t.tr_args(
                                    key!("matrix-and-more"),
                                    &[("count", (unmatched - LISTED).into())],
                                ));
                            }
                        });
                });
        }
    }

    /// A word not on a scale: where it is, and a choice of level (or leaving it out).
    fn word_row(&mut self, ui: &mut egui::Ui, scale: Scale, word: &str, cells: &[String]) {
        let t = self.t;
        let shown: Vec<&str> = cells.iter().take(3).map(String::as_str).collect();
        let more = if cells.len() > 3 {
            format!(" (+{})", cells.len() - 3)
        } else {
            String::new()
        };
        let scale_name = t.tr(match scale {
            Scale::Status => key!("matrix-column-status"),
            Scale::Evidence => key!("matrix-column-evidence-level"),
        });
        let l = ui.label(t.tr_args(
            key!("matrix-word"),
            &[
                ("word", word.to_owned().into()),
                ("scale", scale_name.into()),
                ("cells", format!("{}{more}", shown.join(", ")).into()),
            ],
        ));
        let levels: Vec<(String, String)> = match scale {
            Scale::Status => self
                .dataset
                .status_scale
                .iter()
                .map(|l| {
                    (
                        l.id.clone(),
                        text_or_empty(&l.label, self.content_lang).to_owned(),
                    )
                })
                .collect(),
            Scale::Evidence => self
                .dataset
                .evidence_scale
                .iter()
                .map(|l| {
                    (
                        l.id.clone(),
                        text_or_empty(&l.label, self.content_lang).to_owned(),
                    )
                })
                .collect(),
        };
        let key = (scale, word.to_owned());
        let left_out = self.import.left_out.contains(&key);
        let leave = t.tr(key!("matrix-word-leave-out"));
        let selected = if left_out {
            leave.clone()
        } else {
            t.tr(key!("matrix-word-choose"))
        };
        egui::ComboBox::from_id_salt(("matrix_word", scale, word))
            .selected_text(selected)
            .width(220.0)
            .show_ui(ui, |ui| {
                for (id, label) in &levels {
                    if ui.selectable_label(false, label).clicked() {
                        self.import.left_out.remove(&key);
                        self.out.push(Command::MapMatrixWord {
                            scale,
                            word: word.to_owned(),
                            level: id.clone(),
                        });
                    }
                }
                if ui.selectable_label(left_out, leave.clone()).clicked() {
                    self.import.left_out.insert(key.clone());
                }
            })
            .response
            .labelled_by(l.id);
    }
}
