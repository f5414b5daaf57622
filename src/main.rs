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
        Err(error) => {
            // One line a person can act on. The library's errors already say their cause in
            // words (the OS's own wording would repeat it); others get their chain joined.
            match error.downcast_ref::<tidyclip::library::LibraryError>() {
                Some(library_error) => eprintln!("tidyclip: {library_error}"),
                None => eprintln!("tidyclip: {error:#}"),
            }
            ExitCode::FAILURE
        }
    }
}
