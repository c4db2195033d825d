//! Command handling: what the views and the shortcuts asked for in a frame, applied after it
//! in one place — the only place where the document changes.

use super::{PoaApp, chart_language};
use crate::edit::Edit;
use crate::problem::Level;
use crate::ui::command::Command;
use crate::ui::commands::MenuCommand;
use crate::ui::detail_panel::DetailState;
use crate::ui::flow::Pending;
use crate::ui::messages::Message;
use crate::ui::state::Selection;
use crate::ui::tasks::DialogPurpose;

impl PoaApp {
    /// Applies the commands of a frame, in order.
    pub fn apply(&mut self, commands: Vec<Command>) {
        for c in commands {
            self.apply_one(c);
        }
    }

    fn apply_one(&mut self, command: Command) {
        let now = jiff::Timestamp::now();
        match command {
            Command::Menu(m) => self.menu(m),
            Command::Edit(edit) => {
                self.flush_drafts();
                if let Some(ws) = &mut self.ws
                    && let Err(e) = ws.apply(&edit, now)
                {
                    self.messages.push(Message {
                        level: Level::Error,
                        text: format!("{} {e}", self.t.tr(key!("edit-failed"))),
                    });
                }
            }
            Command::SelectCommitment(id) => {
                self.flush_drafts();
                self.detail = DetailState::default();
                self.view.selection = Selection::Commitment(id);
            }
            Command::SelectGroup { group, section } => {
                self.flush_drafts();
                self.view.filter.group.clone_from(&group);
                self.view.filter.section = section;
                self.view.selection = group.map_or(Selection::None, Selection::Group);
            }
            Command::OpenPath(path) => self.guard(Pending::Open(path)),
            Command::AskPath(purpose) => self.ask_path(purpose, None),
            Command::PathEntered(purpose, path) => self.path_entered(purpose, path),
            Command::Guard(choice) => self.answer_guard(choice),
            Command::Recover(yes) => self.answer_recovery(yes),
            Command::Reload(yes) => {
                self.disk_changed = false;
                if let Some(ws) = &mut self.ws {
                    if yes && let Some(path) = ws.path.clone() {
                        self.start_open(path);
                    } else {
                        ws.acknowledge_disk_change();
                    }
                }
            }
            Command::DismissMessage(i) => {
                if i < self.messages.len() {
                    self.messages.remove(i);
                }
            }
            Command::SetRenderer(_)
            | Command::SetNativeDialogs(_)
            | Command::SetLanguage(_)
            | Command::SetTheme(_)
            | Command::ChooseIndicators { .. } => {
                self.settings_command(command);
            }
            Command::CloseShortcuts => self.show_shortcuts = false,
            Command::CloseGuide => self.show_guide = false,
            Command::CloseAbout => self.about.open = false,
            Command::ShowFile(path) => self.tasks.show_file(path, self.opener.clone()),
            Command::ApplyMerge => self.apply_merge(),
            Command::CancelMerge => {
                self.merge.merge = None;
                if self.merge.source == crate::ui::merge_view::MergeSource::Reply {
                    self.next_reply();
                }
            }
            Command::MapMatrixWord { scale, word, level } => {
                self.settings.matrix_words.set(scale, &word, Some(&level));
                self.save_settings();
                if let Some(import) = &mut self.matrix.import {
                    import.reading = None;
                }
            }
            Command::PreviewMatrix => self.preview_matrix(),
            Command::CancelMatrix => self.matrix.import = None,
            Command::AnswerConflicts => self.answer_conflicts(),
            Command::MergePath(path) => {
                self.ignored_copies.insert(path.clone());
                self.copies.retain(|p| *p != path);
                self.start_merge(path);
            }
            Command::IgnoreCopy(path) => {
                self.ignored_copies.insert(path.clone());
                self.copies.retain(|p| *p != path);
            }
            Command::SetReviewerName(name) => {
                let name = name.trim().to_owned();
                if let Some(ws) = &mut self.ws
                    && !name.is_empty()
                {
                    ws.editor.clone_from(&name);
                }
                self.settings.editor_name = name;
                self.save_settings();
            }
            Command::CloseSettings => self.settings_window.open = false,
            Command::ShowChangesSince(text) => self.show_changes_since(&text),
            Command::CloseReport => self.report = crate::ui::report_window::ReportState::default(),
            Command::CloseAggregate => {
                self.aggregate = crate::ui::aggregate_window::AggregateState::default();
            }
        }
    }

    /// Commands that change a setting, which is then saved.
    fn settings_command(&mut self, command: Command) {
        match command {
            Command::SetRenderer(r) => {
                self.settings.renderer = r;
                self.save_settings();
            }
            Command::SetNativeDialogs(on) => {
                self.settings.native_dialogs = on;
                self.save_settings();
            }
            Command::SetLanguage(lang) => {
                self.t.set_language(lang);
                // Dataset texts follow (with the English fallback marked where one is missing).
                lang.code().clone_into(&mut self.view.content_lang);
                self.charts.lang = chart_language(lang);
                self.settings.language = Some(lang);
                self.save_settings();
            }
            Command::SetTheme(theme) => {
                self.settings.theme = theme;
                self.save_settings();
                self.look_changed = true;
            }
            Command::ChooseIndicators {
                dataset,
                indicators,
            } => {
                self.charts
                    .chosen
                    .insert(dataset.clone(), indicators.clone());
                self.settings.choose_chart_indicators(&dataset, indicators);
                self.save_settings();
            }
            _ => {}
        }
    }

    /// A command of the menu table; one that is not enabled now (see
    /// [`MenuCommand::enabled`]) does nothing, whether it came from the menu or a shortcut.
    fn menu(&mut self, m: MenuCommand) {
        if !m.enabled(&self.availability()) {
            return;
        }
        let now = jiff::Timestamp::now();
        match m {
            MenuCommand::NewSample => self.guard(Pending::NewFromSample),
            MenuCommand::NewReview => self.guard(Pending::AskNewFromDataset),
            MenuCommand::Open => self.guard(Pending::AskOpen),
            MenuCommand::Save => self.save(None),
            MenuCommand::SaveAs => self.ask_path(DialogPurpose::SaveAs, None),
            MenuCommand::Close => {
                if self.ws.is_some() {
                    self.guard(Pending::Close);
                }
            }
            MenuCommand::Quit => self.guard(Pending::Quit),
            MenuCommand::Merge => self.ask_path(DialogPurpose::Merge, None),
            MenuCommand::Settings => self.settings_window.show(&self.settings),
            MenuCommand::Compare => self.ask_path(DialogPurpose::Compare, None),
            MenuCommand::OpenReviews => self.ask_path(DialogPurpose::AggregateFiles, None),
            MenuCommand::OpenReviewFolder => self.ask_path(DialogPurpose::AggregateFolder, None),
            MenuCommand::ChangesSince => self.report.ask_since(),
            MenuCommand::SendForInput => {
                self.pack.open = true;
                self.pack.lang = self.t.language();
            }
            MenuCommand::ImportReply => self.ask_path(DialogPurpose::ImportReply, None),
            MenuCommand::ImportSheet => self.ask_path(DialogPurpose::ImportSheet, None),
            MenuCommand::NewDatasetFromSheet => self.ask_path(DialogPurpose::DatasetBook, None),
            MenuCommand::SaveDatasetTemplate => self.ask_path(DialogPurpose::SaveTemplate, None),
            MenuCommand::UserGuide => self.show_guide = true,
            MenuCommand::About => self.about.show(),
            MenuCommand::OpenLogFolder => {
                let dir = crate::log_file::folder(&self.data_dir);
                if let Err(e) = std::fs::create_dir_all(&dir) {
                    log::warn!("{}: {e}", dir.display());
                }
                self.tasks.show_file(dir, self.opener.clone());
            }
            MenuCommand::Export => {
                if self.ws.is_some() {
                    self.export.open = true;
                    self.export.lang = chart_language(self.t.language());
                }
            }
            MenuCommand::Undo | MenuCommand::Redo => {
                self.flush_drafts();
                let Some(ws) = &mut self.ws else { return };
                let result = if m == MenuCommand::Undo {
                    ws.undo(now)
                } else {
                    ws.redo(now)
                };
                match result {
                    Ok(Some(edit)) => {
                        if let Some(c) = edit.commitment() {
                            self.view.selection = Selection::Commitment(c.to_owned());
                            self.view.scroll_to_selected = true;
                        } else if let Edit::Narrative { group, .. } = &edit {
                            self.view.selection = Selection::Group(group.clone());
                        }
                    }
                    Ok(None) => {}
                    Err(e) => self.messages.push(Message {
                        level: Level::Error,
                        text: format!("{} {e}", self.t.tr(key!("undo-failed"))),
                    }),
                }
            }
            MenuCommand::Find => self.view.focus_search = true,
            MenuCommand::NextRow | MenuCommand::PreviousRow => {
                self.move_selection(m == MenuCommand::NextRow);
            }
            MenuCommand::SetStatus(n) => {
                if let (Some(ws), Selection::Commitment(c)) = (&self.ws, &self.view.selection)
                    && let Some(level) = ws.dataset.status_scale.get(usize::from(n))
                {
                    let edit = Edit::Status {
                        commitment: c.clone(),
                        status: level.id.clone(),
                    };
                    self.apply_one(Command::Edit(edit));
                }
            }
            MenuCommand::Shortcuts => self.show_shortcuts = !self.show_shortcuts,
            MenuCommand::ZoomIn | MenuCommand::ZoomOut | MenuCommand::ZoomReset => {
                let zoom = match m {
                    MenuCommand::ZoomIn => (self.settings.zoom * 1.1).min(3.0),
                    MenuCommand::ZoomOut => (self.settings.zoom / 1.1).max(0.5),
                    _ => 1.0,
                };
                self.settings.zoom = (zoom * 100.0).round() / 100.0;
                self.save_settings();
                self.look_changed = true;
            }
        }
    }

    fn move_selection(&mut self, forward: bool) {
        let Some(ws) = &self.ws else { return };
        let rows = &self.cache.rows;
        if rows.is_empty() {
            return;
        }
        let current = match &self.view.selection {
            Selection::Commitment(id) => self.cache.row_of_id(id),
            _ => None,
        };
        let next = match (current, forward) {
            (None, _) => 0,
            (Some(i), true) => (i + 1).min(rows.len() - 1),
            (Some(i), false) => i.saturating_sub(1),
        };
        let id = ws.dataset.commitments[rows[next]].id.clone();
        self.apply_one(Command::SelectCommitment(id));
        self.view.scroll_to_selected = true;
    }
}
