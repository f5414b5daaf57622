//! Parses the command line: no subcommand opens the window, a subcommand runs without one.

use std::process::ExitCode;

use clap::Parser;
use tidyclip::capture::{self, CaptureLink, instance::HandOver};
use tidyclip::cli::{self, Cli};

fn main() -> ExitCode {
    // The OS opens a `tidyclip://clip?…` link as `tidyclip LINK`: hand it to the open window,
    // or open one with it.
    // `args_os`: `args` would panic on an argument (or a program path) that is not UTF-8.
    if let Some(link) = std::env::args_os()
        .nth(1)
        .and_then(|a| a.into_string().ok())
        .filter(|a| capture::is_link(a))
    {
        return open_link(&link);
    }
    let cli = Cli::parse();
    if cli.command.is_none() {
        return match tidyclip::app::run(cli.library, None) {
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

/// A capture link from the browser: refused in words when it is not one tidyclip takes, handed
/// to the window already open, or else opened in a new window.
fn open_link(link: &str) -> ExitCode {
    let capture = match CaptureLink::parse(link) {
        Ok(capture) => capture,
        Err(e) => {
            eprintln!("tidyclip: {e}");
            return ExitCode::FAILURE;
        }
    };
    match capture::instance::hand_over(link) {
        Ok(HandOver::Delivered) => return ExitCode::SUCCESS,
        Ok(HandOver::Refused(why)) => {
            eprintln!("tidyclip: the open window refused the link: {why}");
            return ExitCode::FAILURE;
        }
        Ok(HandOver::NoWindow) => {}
        // A window that does not answer is as good as none: open one.
        Err(e) => eprintln!("tidyclip: the open window did not answer ({e}); opening a new one"),
    }
    match tidyclip::app::run(None, Some(capture)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("tidyclip: {message}");
            ExitCode::FAILURE
        }
    }
}
