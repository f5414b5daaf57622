//! tidyclip: clip articles from the web into a clean Markdown library.
//!
//! Data flows one way: input → [`extract`] → [`extract::Article`] → the person's edits →
//! [`clipping::Clipping`] → [`library`].

/// The window: state, actions, panels.
pub mod app;
/// Capture from the browser: the `tidyclip://clip` link, the bookmarklet, and the hand-over of a
/// link to the window already open.
pub mod capture;
/// The command line, thin over the engine and the library.
pub mod cli;
/// A clipping: the person's decisions on an article, and its Markdown form.
pub mod clipping;
/// The engine: bytes or text in, an `Article` (fields and blocks, each kept or trimmed with a reason) out.
pub mod extract;
/// The library folder on disk: save, list, search, re-open.
pub mod library;
