//! The `poa-review` binary: parses the command line and runs it. Everything else is in the
//! library.

use std::process::ExitCode;

use clap::Parser as _;
use poa_review::cli::{Cli, run};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let Some(command) = &cli.command else {
        let what = cli.file.as_ref().map_or_else(
            || "the built-in sample".to_owned(),
            |f| f.display().to_string(),
        );
        eprintln!(
            "poa-review: the desktop window is not built yet, so {what} cannot be opened in it.\n\
             Use `poa-review validate FILE` or `poa-review summary FILE`; see `poa-review --help`."
        );
        return ExitCode::from(2);
    };
    let code = run(
        command,
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    );
    ExitCode::from(code)
}
