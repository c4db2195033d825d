//! poa-review: a desktop review desk for the 2009 Political Declaration and Plan of Action on
//! International Cooperation towards an Integrated and Balanced Strategy to Counter the World Drug
//! Problem, and its 2014 high-level review.
//!
//! The library holds the data model ([`model`]), loading, validating and saving ([`io`],
//! [`validate`]), the review logic ([`edit`], [`workspace`], [`filter`]), analysis and charts
//! ([`analysis`], [`charts`]), the built-in sample ([`sample`]), summaries ([`summary`]) and the
//! command line ([`cli`]). None of these knows the GUI; only [`ui`] imports egui and eframe.

// First, so its `key!` macro is in scope in every module below.
#[macro_use]
pub mod i18n;
pub mod about;
pub mod aggregate;
pub mod analysis;
pub mod assets;
pub mod changes;
pub mod charts;
pub mod cli;
pub mod compare;
pub mod edit;
#[cfg(feature = "export")]
pub mod export;
pub mod filter;
pub mod io;
pub mod log_file;
pub mod merge;
pub mod model;
pub mod palette;
pub mod problem;
pub mod report;
pub mod sample;
pub mod settings;
#[cfg(feature = "export")]
pub mod sheets;
pub mod summary;
pub mod synthetic;
#[cfg(feature = "gui")]
pub mod ui;
pub mod validate;
pub mod word_map;
pub mod workspace;
