//! The `poa-review` binary: parses the command line and runs it. Everything else is in the
//! library.

use std::process::ExitCode;

use clap::Parser as _;
use poa_review::cli::{Cli, Command, run};
use poa_review::{sample, summary};

fn main() -> ExitCode {
    let cli = Cli::parse();
    let mut out = std::io::stdout().lock();
    let mut err = std::io::stderr().lock();
    let code = match (cli.command, cli.file) {
        (Some(command), _) => run(&command, &mut out, &mut err),
        // Until the desktop window lands: say so, and show a summary of the file instead.
        (None, Some(file)) => {
            eprintln!("poa-review: the desktop window is not built yet; here is the summary.\n");
            let command = Command::Summary {
                file,
                dataset: None,
                lang: "en".to_owned(),
            };
            run(&command, &mut out, &mut err)
        }
        (None, None) => {
            eprintln!("poa-review: the desktop window is not built yet; here is the summary.\n");
            show_sample()
        }
    };
    ExitCode::from(code)
}

/// Prints the summary of the built-in sample review.
fn show_sample() -> u8 {
    match (sample::dataset(), sample::review()) {
        (Ok(d), Ok(r)) => {
            println!(
                "Built-in sample: {} — {}\n",
                sample::DATASET_NAME,
                r.delegation
            );
            print!("{}", summary::render_table(&d, Some(&r), "en"));
            0
        }
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("{e}");
            1
        }
    }
}
