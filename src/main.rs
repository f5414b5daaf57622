//! Parses the command line: no subcommand opens the window, a subcommand runs without one.

use std::process::ExitCode;

use clap::Parser;
use tidyclip::cli::{self, Cli};

fn main() -> ExitCode {
    let cli = Cli::parse();
    if cli.command.is_none() {
        return match tidyclip::app::run(cli.library) {
            Ok(()) => ExitCode::SUCCESS,
            Err(message) => {
                eprintln!("tidyclip: {message}");
                ExitCode::FAILURE
            }
        };
    }
    match cli::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        // The reader of the output went away (`| head`): stop quietly, as grep does.
        Err(error) if error.downcast_ref::<cli::StdoutClosed>().is_some() => ExitCode::SUCCESS,
        Err(error) => {
            // One line a person can act on.
            eprintln!("tidyclip: {}", cli::error_line(&error));
            ExitCode::FAILURE
        }
    }
}
