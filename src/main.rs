//! The `poa-review` binary: the command line, and the window when no command is given.
//! Everything else is in the library.

use std::process::ExitCode;

use clap::Parser as _;
use poa_review::cli::{Cli, run};
use poa_review::log_file;
use poa_review::settings::Settings;
use poa_review::ui::{self, StartOptions};

/// Starts another window of this program on `file` with this one's window options, not
/// waiting for it.
fn open_elsewhere(file: &std::path::Path, cli: &Cli) -> std::io::Result<()> {
    let mut command = std::process::Command::new(std::env::current_exe()?);
    command.arg(file).stdin(std::process::Stdio::null());
    if cli.no_native_dialogs {
        command.arg("--no-native-dialogs");
    }
    if let Some(r) = cli.renderer {
        command.arg("--renderer").arg(match r {
            poa_review::settings::Renderer::Wgpu => "wgpu",
            poa_review::settings::Renderer::Glow => "glow",
        });
    }
    command.spawn().map(drop)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let env = env_logger::Env::default().default_filter_or("warn");
    if let Some(command) = &cli.command {
        env_logger::Builder::from_env(env).init();
        let code = run(
            command,
            &mut std::io::stdout().lock(),
            &mut std::io::stderr().lock(),
        );
        return ExitCode::from(code);
    }
    // Files opened together: the first here, each other in a window (a process) of its own;
    // the lock keeps two windows from writing one file.
    for other in cli.files.iter().skip(1) {
        if let Err(e) = open_elsewhere(other, &cli) {
            eprintln!("poa-review: {}: {e}", other.display());
        }
    }
    let options = StartOptions {
        file: cli.files.first().cloned(),
        native_dialogs: cli.no_native_dialogs.then_some(false),
        ..StartOptions::default()
    };
    // The window's log also goes to the support log in the data folder (Help → Open log
    // folder); without it (a read-only home), to the terminal only.
    let file = log_file::open(&log_file::folder(&options.data_dir)).ok();
    env_logger::Builder::from_env(env)
        .target(env_logger::Target::Pipe(Box::new(log_file::Tee::new(
            std::io::stderr(),
            file,
        ))))
        .init();
    let mut settings = options
        .settings_path
        .as_deref()
        .map(|p| Settings::load(p).0)
        .unwrap_or_default();
    if let Some(r) = cli.renderer {
        settings.renderer = r;
        if let Some(p) = &options.settings_path
            && let Err(e) = settings.save(p)
        {
            log::warn!("{e}");
        }
    }
    // Start-up and memory measurements (.ci/measure-startup): close after this many frames.
    let exit_after_frames = std::env::var("POA_REVIEW_EXIT_AFTER_FRAMES")
        .ok()
        .and_then(|v| v.parse().ok());
    match ui::run(options, settings.renderer, exit_after_frames) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("poa-review: the window could not be opened: {e}");
            ExitCode::from(2)
        }
    }
}
