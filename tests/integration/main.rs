//! The integration tests, in one test binary: linking eframe, wgpu and typst once instead of
//! once per file is most of the build time. Each module is one area; run one with
//! `cargo test --test integration <module>::` (for example `export::`).
//!
//! `common` is the app's window driven headless by kittest, shared with the benches; `pdf`
//! reads back the exported PDFs (text and image widths) in Rust, with no system program.

mod common;

mod aggregate;
mod bad_input;
mod charts;
mod cli;
mod crash;
mod cutoff;
mod dataset_book;
mod dataset_window;
mod desk;
mod desktop;
mod documents;
mod export;
mod fonts;
mod guide;
mod i18n;
mod log_folder;
mod matrix;
mod matrix_window;
mod merge;
mod merge_window;
mod packs;
mod pdf;
mod reports;
mod sample;
mod snapshots;
