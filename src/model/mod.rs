//! The data model: datasets and reviews. Plain data with serde; no I/O and no GUI.

pub mod conflict;
pub mod dataset;
pub mod ids;
pub mod review;
pub mod texts;

pub use conflict::{Conflict, ConflictValues};
pub use dataset::*;
pub use ids::new_id;
pub use review::*;
pub use texts::{KNOWN_LANGUAGES, REQUIRED_LANGUAGES, Texts, text_in, text_or_empty, texts};
