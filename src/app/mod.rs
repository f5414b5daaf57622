//! The window: state, actions, panels.

use std::path::PathBuf;

/// Opens the window. Returns a sentence for the person when there is no desktop to open it on.
pub fn run(library: Option<PathBuf>) -> Result<(), String> {
    let _ = library;
    Err("the window is not built yet".into())
}
