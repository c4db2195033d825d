//! Loading, validating and saving documents; no GUI.

pub mod conflict_copies;
pub mod document;
pub mod lock;
pub mod open;
pub mod resolve;
pub mod ron_positions;
pub mod safe_name;
pub mod save;

pub use document::{
    DocKind, LoadError, LoadPhase, LoadProgress, Loaded, MAX_FILE_BYTES, content_hash,
    dataset_from_text, leading_comment, load_dataset, load_review, load_review_hashed,
    locate_findings, read_text, read_text_with_progress, review_from_text, to_ron_string,
};
pub use lock::{DocumentLock, LockError, ReadOnly, lock_path};
pub use open::{OpenError, OpenOptions, Opened, OpenedReview, ReviewDataset, open};
pub use save::{
    SaveError, SaveStep, backup_path, save_document, write_atomic, write_atomic_with, write_export,
};
