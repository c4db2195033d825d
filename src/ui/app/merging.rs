//! Merging a colleague's copy into the open review: reading it in the background, the merge
//! screen, and applying the answers as one undoable step.

use std::path::PathBuf;

use super::PoaApp;
use crate::edit::Edit;
use crate::merge::Merge;
use crate::ui::merge_view::MergeSource;
use crate::ui::tasks::TaskKind;

impl PoaApp {
    /// Reads `path` and merges it with the open review, in the background.
    pub(super) fn start_merge(&mut self, path: PathBuf) {
        self.flush_drafts();
        let Some(ws) = &self.ws else { return };
        if self.tasks.is_running(TaskKind::Merge) || ws.read_only.is_some() {
            return;
        }
        self.tasks
            .merge(path, ws.dataset.clone(), ws.review.clone());
    }

    /// A merge came back from the background: on screen, or its problems said.
    pub(super) fn merged(&mut self, merged: crate::ui::tasks::TaskResult) {
        let crate::ui::tasks::TaskResult::Merged {
            label,
            source,
            result,
            ..
        } = merged
        else {
            return;
        };
        match result {
            Ok(merge) => {
                if merge.is_noop() {
                    self.notice = Some(msg!("merge-nothing", theirs = label));
                } else {
                    self.merge.show(*merge, label);
                    self.merge.source = source;
                    return;
                }
            }
            Err(e) => self.report_load(&e),
        }
        if source == MergeSource::Reply {
            self.next_reply();
        }
    }

    /// The next of the replies chosen together, if any, onto the merge screen.
    pub(super) fn next_reply(&mut self) {
        if let Some(path) = self.reply_queue.pop_front() {
            self.start_import_reply(path);
        }
    }

    /// The conflicts an earlier merge (on the command line, or git's) left in the review, on
    /// the merge screen.
    pub(super) fn answer_conflicts(&mut self) {
        self.flush_drafts();
        let Some(ws) = &self.ws else { return };
        if ws.review.conflicts.is_empty() {
            return;
        }
        let label = self.t.tr(key!("merge-pending-label"));
        self.merge.show(Merge::pending(&ws.review), label);
    }

    /// Looks beside the open review for copies a synced folder made of it.
    pub(super) fn look_for_copies(&mut self) {
        let Some(path) = self.ws.as_ref().and_then(|w| w.path.as_ref()) else {
            self.copies.clear();
            return;
        };
        let mut copies = crate::io::conflict_copies::conflict_copies(path);
        copies.retain(|p| !self.ignored_copies.contains(p));
        self.copies = copies;
    }

    /// The file and folder of the open review as a worker found them: a change by another
    /// program, conflict copies. Ignored when another review is open now, or this one was
    /// saved (or reread) meanwhile, which makes `before` out of date.
    pub(super) fn looked_at_disk(
        &mut self,
        path: &std::path::Path,
        before: Option<crate::workspace::DiskStamp>,
        now: Option<crate::workspace::DiskStamp>,
        mut copies: Vec<std::path::PathBuf>,
    ) {
        self.looking_at_disk = false;
        let Some(ws) = &self.ws else { return };
        if ws.path.as_deref() != Some(path)
            || ws.disk_stamp() != before
            || self.tasks.is_running(crate::ui::tasks::TaskKind::Save)
        {
            return;
        }
        if ws.differs_from(now) {
            self.disk_changed = true;
        }
        copies.retain(|p| !self.ignored_copies.contains(p));
        self.copies = copies;
    }

    /// Reads a ministry's filled-in pack and merges it with the open review, in the background.
    pub(super) fn start_import_reply(&mut self, path: PathBuf) {
        self.flush_drafts();
        let Some(ws) = &self.ws else { return };
        if self.tasks.is_running(TaskKind::Merge) || ws.read_only.is_some() {
            return;
        }
        self.tasks
            .import_reply(path, ws.dataset.clone(), ws.review.clone());
    }

    /// Reads a matrix's first sheet in the background, for the mapping screen.
    pub(super) fn start_read_sheet(&mut self, path: PathBuf) {
        self.flush_drafts();
        let Some(ws) = &self.ws else { return };
        if self.tasks.is_running(TaskKind::Merge) || ws.read_only.is_some() {
            return;
        }
        self.tasks.read_sheet(path);
    }

    /// The matrix on the mapping screen, made into a merge in the background: the merge
    /// screen shows what would change.
    pub(super) fn preview_matrix(&mut self) {
        let Some(ws) = &self.ws else { return };
        let Some(import) = &self.matrix.import else {
            return;
        };
        let Some(matrix) = import.ready() else { return };
        if self.tasks.is_running(TaskKind::Merge) {
            return;
        }
        self.tasks.import_matrix(
            import.book.path.clone(),
            matrix.clone(),
            ws.dataset.clone(),
            ws.review.clone(),
        );
    }

    /// Writes the input pack chosen in the "Send for input" window to `path`.
    pub(super) fn start_pack(&mut self, path: PathBuf) {
        self.flush_drafts();
        let Some(ws) = &self.ws else { return };
        let path = if path.extension().is_none() {
            path.with_extension("xlsx")
        } else {
            path
        };
        let options = crate::sheets::PackOptions {
            scope: self.pack.scope.clone(),
            lang: self.pack.lang,
            recipient: self.pack.recipient.trim().to_owned(),
            review_file: ws
                .path
                .as_deref()
                .and_then(|p| p.file_name())
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            sent: jiff::Timestamp::now(),
        };
        self.pack.open = false;
        self.tasks
            .write_pack(path, ws.dataset.clone(), ws.review.clone(), options);
    }

    /// "Apply merge": the merged review, with the answers, replaces the open one in one step.
    pub(super) fn apply_merge(&mut self) {
        let answers = self.merge.final_answers();
        let Some(merge) = self.merge.merge.take() else {
            return;
        };
        let Some(ws) = &mut self.ws else { return };
        let now = jiff::Timestamp::now();
        let review = merge.finish(&answers, &ws.editor, now, &self.merge.label);
        if let Err(e) = ws.apply(&Edit::Replace(Box::new(review)), now) {
            log::warn!("{e}");
        }
        self.notice = Some(msg!("merge-applied", theirs = self.merge.label.clone()));
        match self.merge.source {
            MergeSource::Matrix => self.matrix.import = None,
            MergeSource::Reply => self.next_reply(),
            MergeSource::Colleague => {}
        }
    }
}
