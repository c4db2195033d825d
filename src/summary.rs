//! Counting: how many commitments of each pillar or group stand at each status level.

use crate::i18n::Language;
use crate::model::{Dataset, Review, text_or_empty};

/// Counts for one group (a pillar or a cross-cutting group).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupCounts {
    /// The group's id.
    pub group: String,
    /// Count per status level, in the order of the dataset's status scale.
    pub counts: Vec<usize>,
}

impl GroupCounts {
    /// All commitments in the group.
    #[must_use]
    pub fn total(&self) -> usize {
        self.counts.iter().sum()
    }
}

/// The status of a commitment in a review: its assessment's status, or the scale's first level.
#[must_use]
pub fn status_of<'a>(
    dataset: &'a Dataset,
    review: Option<&'a Review>,
    commitment: &str,
) -> &'a str {
    review
        .and_then(|r| r.assessments.get(commitment))
        .map_or_else(|| dataset.default_status(), |a| a.status.as_str())
}

/// Counts per group and status level, groups in the dataset's order.
#[must_use]
pub fn status_counts(dataset: &Dataset, review: Option<&Review>) -> Vec<GroupCounts> {
    dataset
        .groups
        .iter()
        .map(|g| {
            let mut counts = vec![0; dataset.status_scale.len()];
            for c in dataset.commitments.iter().filter(|c| c.group == g.id) {
                let status = status_of(dataset, review, &c.id);
                if let Some(i) = dataset.status_scale.iter().position(|l| l.id == status) {
                    counts[i] += 1;
                }
            }
            GroupCounts {
                group: g.id.clone(),
                counts,
            }
        })
        .collect()
}

/// How many commitments have been assessed (status other than the scale's first level).
#[must_use]
pub fn assessed(dataset: &Dataset, review: &Review) -> usize {
    dataset
        .commitments
        .iter()
        .filter(|c| status_of(dataset, Some(review), &c.id) != dataset.default_status())
        .count()
}

/// Width of text in a terminal: East Asian wide characters take two columns.
#[must_use]
pub fn display_width(s: &str) -> usize {
    s.chars()
        .map(|c| {
            let c = c as u32;
            let wide = (0x1100..=0x115F).contains(&c)
                || (0x2E80..=0xA4CF).contains(&c)
                || (0xAC00..=0xD7A3).contains(&c)
                || (0xF900..=0xFAFF).contains(&c)
                || (0xFE30..=0xFE4F).contains(&c)
                || (0xFF00..=0xFF60).contains(&c)
                || (0xFFE0..=0xFFE6).contains(&c);
            if wide { 2 } else { 1 }
        })
        .sum()
}

/// A plain-text table of [`status_counts`], in `lang`.
#[must_use]
pub fn render_table(dataset: &Dataset, review: Option<&Review>, language: Language) -> String {
    let lang = language.code();
    let rows = status_counts(dataset, review);
    let total_label = crate::i18n::tr_in(language, key!("summary-total"));
    let mut header: Vec<String> = vec![String::new()];
    header.extend(
        dataset
            .status_scale
            .iter()
            .map(|l| text_or_empty(&l.label, lang).to_owned()),
    );
    header.push(total_label.clone());
    let mut table: Vec<Vec<String>> = vec![header];
    let mut totals = vec![0; dataset.status_scale.len()];
    for row in &rows {
        let title = dataset
            .group(&row.group)
            .map_or(row.group.as_str(), |g| text_or_empty(&g.title, lang));
        let mut line = vec![title.to_owned()];
        for (i, n) in row.counts.iter().enumerate() {
            totals[i] += n;
            line.push(n.to_string());
        }
        line.push(row.total().to_string());
        table.push(line);
    }
    let mut last = vec![total_label];
    last.extend(totals.iter().map(ToString::to_string));
    last.push(totals.iter().sum::<usize>().to_string());
    table.push(last);

    let cols = table[0].len();
    let widths: Vec<usize> = (0..cols)
        .map(|c| {
            table
                .iter()
                .map(|r| display_width(&r[c]))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in &table {
        let mut line = String::new();
        for (c, cell) in row.iter().enumerate() {
            let pad = widths[c] - display_width(cell);
            if c == 0 {
                line.push_str(cell);
                line.push_str(&" ".repeat(pad));
            } else {
                line.push_str("  ");
                line.push_str(&" ".repeat(pad));
                line.push_str(cell);
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
