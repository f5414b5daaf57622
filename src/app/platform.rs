//! The window's doors to the desktop: file dialogs and the clipboard, behind small traits so tests
//! inject fakes and never open a dialog or touch the real clipboard.

use std::path::PathBuf;

use crate::extract::Format;

/// Native file and folder pickers. Called from a worker thread, so the window keeps painting while
/// a dialog is open.
pub trait Dialogs: Send + Sync {
    /// Asks for an article file to open; `None` when the person cancels (or no dialog is available).
    fn pick_article(&self) -> Option<PathBuf>;
    /// Asks for a folder (the library, or a folder to import).
    fn pick_folder(&self, title: &str) -> Option<PathBuf>;
}

/// What the clipboard held when the person pasted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pasted {
    pub text: String,
    /// `Html` when the clipboard's HTML flavour was read, else `Text`.
    pub format: Format,
}

/// The system clipboard. Read on a worker thread: a big selection can take seconds to arrive.
pub trait Clipboard: Send {
    /// The HTML flavour when there is one, else the text. Errors are sentences for the status line.
    fn read(&mut self) -> Result<Pasted, String>;
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

/// arboard's clipboard, opened per use: it fails without a display, and that must not be fatal.
pub struct SystemClipboard;

impl Clipboard for SystemClipboard {
    fn read(&mut self) -> Result<Pasted, String> {
        let mut clipboard =
            arboard::Clipboard::new().map_err(|e| format!("Could not open the clipboard: {e}"))?;
        // Browsers put an HTML flavour beside the text; it keeps headings, lists and links.
        // With only text on the clipboard arboard reports an `Unknown` error, not
        // `ContentNotAvailable`, so any error here means "try the text".
        if let Ok(html) = clipboard.get().html()
            && !html.trim().is_empty()
        {
            return Ok(Pasted {
                text: html,
                format: Format::Html,
            });
        }
        match clipboard.get_text() {
            Ok(text) if !text.trim().is_empty() => Ok(Pasted {
                text,
                format: Format::Text,
            }),
            Ok(_) => Err("The clipboard is empty: copy an article first.".into()),
            Err(arboard::Error::ContentNotAvailable) => {
                Err("The clipboard holds no text: copy an article first.".into())
            }
            Err(e) => Err(format!("Could not read the clipboard: {e}")),
        }
    }
}
