//! What the window shows, apart from the document: selection, filter, language, text being
//! typed, and caches of derived data.

use std::collections::HashMap;

use crate::filter::{Filter, SearchIndex};
use crate::model::Field;
use crate::model::Subject;
use crate::summary::{self, GroupCounts};
use crate::workspace::Workspace;

/// What is selected.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Selection {
    /// Nothing.
    #[default]
    None,
    /// A commitment, by id.
    Commitment(String),
    /// A pillar or group, by id: its narrative is shown for editing.
    Group(String),
}

/// What the centre of the window shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Central {
    /// The commitment list.
    #[default]
    Commitments,
    /// Charts.
    Charts,
}

/// View settings and selection.
#[derive(Debug)]
pub struct ViewState {
    /// What is selected.
    pub selection: Selection,
    /// The list filter.
    pub filter: Filter,
    /// Language of dataset texts.
    pub content_lang: String,
    /// The second language of the side-by-side view.
    pub second_lang: String,
    /// Show two languages side by side.
    pub side_by_side: bool,
    /// Move keyboard focus to the search box this frame.
    pub focus_search: bool,
    /// Scroll the list to the selected row this frame.
    pub scroll_to_selected: bool,
    /// The "changed since" date as typed (`YYYY-MM-DD`).
    pub changed_since_text: String,
    /// What the centre shows.
    pub central: Central,
}

impl Default for ViewState {
    fn default() -> Self {
        Self {
            selection: Selection::None,
            filter: Filter::default(),
            content_lang: "en".to_owned(),
            second_lang: "zh".to_owned(),
            side_by_side: false,
            focus_search: false,
            scroll_to_selected: false,
            changed_since_text: String::new(),
            central: Central::Commitments,
        }
    }
}

/// Derived data, recomputed only when the document or the filter changes.
#[derive(Debug, Default)]
pub struct Cache {
    key: Option<(String, u64, Filter)>,
    index_of: Option<String>,
    /// The search index of the dataset.
    pub index: SearchIndex,
    /// Indices of the commitments that pass the filter.
    pub rows: Vec<usize>,
    /// Counts per group and status level.
    pub counts: Vec<GroupCounts>,
    /// Counts per section and status level.
    pub section_counts: HashMap<String, Vec<usize>>,
    /// Commitments assessed.
    pub assessed: usize,
    /// Every tag of the dataset, sorted.
    pub tags: Vec<String>,
    /// A number that changes whenever the rows come from another filter or dataset (not from
    /// an edit), so the list starts again at the top of a new search.
    pub rows_generation: u64,
    /// Position of each commitment in the dataset, by id.
    pub by_id: HashMap<String, usize>,
    /// Position of each commitment in `rows`, by its index in the dataset.
    row_of: HashMap<usize, usize>,
}

impl Cache {
    /// Brings the cache up to date with the workspace and filter.
    pub fn refresh(&mut self, ws: &Workspace, filter: &Filter) {
        let dataset_key = format!("{}@{}", ws.dataset.metadata.id, ws.dataset.metadata.version);
        if self.index_of.as_deref() != Some(&dataset_key) {
            self.index = SearchIndex::new(&ws.dataset);
            self.index_of = Some(dataset_key.clone());
            self.key = None;
            let mut tags: Vec<String> = ws
                .dataset
                .commitments
                .iter()
                .flat_map(|c| c.tags.iter().cloned())
                .collect();
            tags.sort();
            tags.dedup();
            self.tags = tags;
            self.by_id = ws
                .dataset
                .commitments
                .iter()
                .enumerate()
                .map(|(i, c)| (c.id.clone(), i))
                .collect();
        }
        let key = (dataset_key, ws.revision(), filter.clone());
        if self.key.as_ref() == Some(&key) {
            return;
        }
        let counts_stale = self
            .key
            .as_ref()
            .is_none_or(|(d, r, _)| *d != key.0 || *r != key.1);
        if self
            .key
            .as_ref()
            .is_none_or(|(d, _, f)| *d != key.0 || f != filter)
        {
            self.rows_generation += 1;
        }
        self.rows = filter.apply(&ws.dataset, &ws.review, &self.index);
        self.row_of = self
            .rows
            .iter()
            .enumerate()
            .map(|(row, &i)| (i, row))
            .collect();
        if counts_stale {
            self.counts = summary::status_counts(&ws.dataset, Some(&ws.review));
            self.assessed = summary::assessed(&ws.dataset, &ws.review);
            self.section_counts.clear();
            for c in &ws.dataset.commitments {
                if let Some(s) = &c.section {
                    let status = summary::status_of(&ws.dataset, Some(&ws.review), &c.id);
                    let entry = self
                        .section_counts
                        .entry(s.clone())
                        .or_insert_with(|| vec![0; ws.dataset.status_scale.len()]);
                    if let Some(i) = ws.dataset.status_scale.iter().position(|l| l.id == status) {
                        entry[i] += 1;
                    }
                }
            }
        }
        self.key = Some(key);
    }

    /// Forget everything (another document).
    pub fn clear(&mut self) {
        *self = Self::default();
    }

    /// The row of the commitment with this id, if it passes the filter.
    #[must_use]
    pub fn row_of_id(&self, id: &str) -> Option<usize> {
        self.by_id.get(id).and_then(|i| self.row_of.get(i)).copied()
    }
}

/// Text being typed into a notes, talking-points or narrative field, before it becomes an edit.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft {
    /// The model's value when the draft started.
    pub base: String,
    /// The text in the field.
    pub text: String,
}

/// Drafts by what they edit.
#[derive(Debug, Default)]
pub struct Drafts {
    map: HashMap<(Subject, Field), Draft>,
}

impl Drafts {
    /// The draft for a field showing `model`; follows the model (after an undo, say) as long as
    /// nothing was typed.
    pub fn get(&mut self, subject: &Subject, field: Field, model: &str) -> &mut Draft {
        let d = self
            .map
            .entry((subject.clone(), field))
            .or_insert_with(|| Draft {
                base: model.to_owned(),
                text: model.to_owned(),
            });
        if d.base != model && d.text == d.base {
            model.clone_into(&mut d.base);
            model.clone_into(&mut d.text);
        }
        d
    }

    /// Whether any draft has typed text that is not in the model yet.
    #[must_use]
    pub fn has_changed(&self) -> bool {
        self.map.values().any(|d| d.text != d.base)
    }

    /// Drafts with typed text that is not in the model yet; marks them as taken.
    pub fn take_changed(&mut self) -> Vec<(Subject, Field, String)> {
        let mut out: Vec<(Subject, Field, String)> = self
            .map
            .iter_mut()
            .filter(|(_, d)| d.text != d.base)
            .map(|((s, f), d)| {
                d.base = d.text.clone();
                (s.clone(), *f, d.text.clone())
            })
            .collect();
        out.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
        out
    }

    /// Forget all drafts (another document).
    pub fn clear(&mut self) {
        self.map.clear();
    }
}
