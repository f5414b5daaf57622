//! One-click capture from the browser: the bookmarklet puts the page on the clipboard and
//! opens a `tidyclip://clip` link; the OS starts `tidyclip` with the link, which hands it to the
//! window already open (or opens one). The window then pastes from the clipboard with the link's
//! address, as a paste by hand would.
//!
//! A link only fills the window: it carries no content and no command, and nothing is saved
//! until the person saves.

pub mod bookmarklet;
pub mod clipboard;
pub mod instance;
pub mod link;

pub use link::{CaptureLink, LinkError, is_link};
