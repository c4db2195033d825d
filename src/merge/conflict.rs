//! The reviewer's answers to a merge's conflicts (the conflicts themselves are plain data of the
//! review: [`crate::model::Conflict`]).

/// The reviewer's answer to a conflict.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Resolution {
    /// Keep ours (what a conflict resolves to until the reviewer answers).
    #[default]
    Mine,
    /// Take the colleague's.
    Theirs,
    /// Keep both: two texts one after the other, or both versions of an evidence item. For a
    /// level (status, evidence level) this is the same as [`Resolution::Mine`].
    Both,
    /// A text the reviewer wrote (for a level: a level id of the dataset's scale).
    Edited(String),
}

/// Two texts kept one after the other, with a blank line between; an empty side adds nothing.
#[must_use]
pub fn both_texts(mine: &str, theirs: &str) -> String {
    match (mine.trim().is_empty(), theirs.trim().is_empty()) {
        (true, _) => theirs.to_owned(),
        (_, true) => mine.to_owned(),
        _ => format!("{mine}\n\n{theirs}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_texts_joins_with_a_blank_line_and_skips_empty_sides() {
        assert_eq!(both_texts("a", "b"), "a\n\nb");
        assert_eq!(both_texts("", "b"), "b");
        assert_eq!(both_texts("a", "  "), "a");
    }
}
