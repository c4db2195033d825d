//! The data model: datasets and reviews. Plain data with serde; no I/O and no GUI.

pub mod dataset;
pub mod review;
pub mod texts;

pub use dataset::*;
pub use review::*;
pub use texts::{KNOWN_LANGUAGES, REQUIRED_LANGUAGES, Texts, text_in, text_or_empty, texts};
