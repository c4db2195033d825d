//! The desktop window. The only part of poa-review that knows egui and eframe: it draws the
//! state of a [`crate::workspace::Workspace`] and turns clicks and keys into commands.

pub mod about_window;
pub mod aggregate_window;
pub mod app;
pub mod charts_view;
pub mod chip;
pub mod command;
pub mod commands;
pub mod detail_panel;
pub mod dialogs;
pub mod evidence_panel;
pub mod exit_after_frames;
pub mod export_dialog;
pub mod flow;
pub mod fonts;
pub mod guide_window;
pub mod layout;
pub mod list_columns;
pub mod list_panel;
pub mod matrix_window;
pub mod menu_bar;
pub mod merge_view;
pub mod messages;
pub mod narrative_panel;
pub mod pack_window;
pub mod report_window;
pub mod run;
pub mod settings_window;
pub mod start_options;
pub mod state;
pub mod status_bar;
pub mod status_bar_widget;
pub mod tasks;
pub mod theme;
pub mod tree_panel;
pub mod view_context;
pub mod welcome;

pub use app::PoaApp;
pub use run::run;
pub use start_options::StartOptions;
