//! Spreadsheets in and out: input packs that ministries fill in without poa-review
//! ([`pack`]) and their replies read back as a colleague's changes for the merge screen
//! ([`reply`]), and a delegation's existing matrix imported ([`matrix`]).

pub mod book;
pub mod cells;
pub mod identity;
pub mod matrix;
pub mod pack;
pub mod reply;
pub mod workbook;

pub use identity::{PackIdentity, SentAssessment};
pub use pack::{PackError, PackOptions};
pub use reply::{Reply, ReplyError};
