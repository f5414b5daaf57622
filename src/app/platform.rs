//! The window's doors to the desktop: file dialogs and the clipboard, behind small traits so tests
//! inject fakes and never open a dialog or touch the real clipboard. The clipboard's door is
//! [`crate::capture::clipboard`], which the command line's `--clipboard` reads too.

use std::path::PathBuf;

pub use crate::capture::clipboard::{Clipboard, Pasted, SystemClipboard};

/// Native file and folder pickers. Called from a worker thread, so the window keeps painting while
/// a dialog is open.
pub trait Dialogs: Send + Sync {
    /// Asks for an article file to open; `None` when the person cancels (or no dialog is available).
    fn pick_article(&self) -> Option<PathBuf>;
    /// Asks for a folder (the library, or a folder to import).
    fn pick_folder(&self, title: &str) -> Option<PathBuf>;
}

/// rfd's native dialogs (the xdg portal on Linux; returns `None` quickly when there is none).
pub struct NativeDialogs;

impl Dialogs for NativeDialogs {
    fn pick_article(&self) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_title("Open an article")
            .add_filter("Articles", &["txt", "html", "htm", "md"])
            .add_filter("All files", &["*"])
            .pick_file()
    }

    fn pick_folder(&self, title: &str) -> Option<PathBuf> {
        rfd::FileDialog::new().set_title(title).pick_folder()
    }
}
