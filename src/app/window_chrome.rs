//! The window chrome: what the window shows around the clipping and the library — which
//! panels and tabs are open, the dialogs and the question it waits on, the status line, where
//! the last frame put things, and the window's title and theme as last sent to egui.

use std::path::PathBuf;
use std::time::Instant;

use eframe::egui;

use super::{Action, EditorTab, ThemeChoice};
use crate::library::NoteSummary;

/// Where the last frame put the window's parts: tests check that nothing overlaps, and the
/// blocks list keeps its rows where they were when the list changes.
#[derive(Debug, Clone, Default)]
pub struct LayoutReport {
    /// Each panel shown, by name ("toolbar", "status", "library", "preview", "editor"), with the
    /// rectangle its contents took.
    pub panels: Vec<(&'static str, egui::Rect)>,
    /// The blocks list's visible area.
    pub list_view: Option<egui::Rect>,
    /// The row of the block under the keyboard cursor, when it was laid out.
    pub cursor_row: Option<egui::Rect>,
    /// Whether the three columns fit (else the preview is a tab and the library a toggle).
    pub three_columns: bool,
}

/// A message in the status line.
#[derive(Debug, Clone)]
pub struct Status {
    pub text: String,
    pub error: bool,
    pub at: Instant,
}

/// A question the window is waiting on before it goes on.
#[derive(Debug)]
pub enum Prompt {
    /// Unsaved edits would be lost by `then`.
    Discard { then: Box<Action> },
    /// The note changed on disk since it was opened; saving would overwrite someone's edits.
    ChangedOnDisk { path: PathBuf },
    /// A new clipping looks like a note already in the library.
    Duplicate { existing: NoteSummary, why: String },
    /// A new title for a note in the list.
    Rename { path: PathBuf, title: String },
    /// New tags for a note in the list, comma separated.
    Tags { path: PathBuf, tags: String },
}

/// The window's own state, apart from the clipping (the editor session's) and the library (the
/// library session's).
#[derive(Default)]
pub struct WindowChrome {
    /// A narrow window shows the library sidebar (a wide one always does).
    pub show_library: bool,
    /// What a narrow window's editor area shows.
    pub editor_tab: EditorTab,
    /// The fields form is open; `None` follows the window's height.
    pub(super) fields_open: Option<bool>,
    /// Where the last frame put the window's parts.
    pub(super) layout: LayoutReport,
    /// The status line's message.
    pub(super) status: Option<Status>,
    /// The question the window waits on, if any.
    pub(super) prompt: Option<Prompt>,
    pub show_settings: bool,
    pub show_help: bool,
    /// The window may close (unsaved edits were confirmed or there are none).
    pub(super) allow_close: bool,
    /// The title last sent to the window, so it is sent again only when it changes.
    pub(super) title: String,
    /// The theme last set on egui, so it is set again only when the person changes it.
    pub(super) applied_theme: Option<ThemeChoice>,
    /// `TIDYCLIP_TIMINGS` set: print each frame's layout time and the first frame's delay to
    /// stderr, for measuring (no cost otherwise).
    pub(super) timings: Option<Instant>,
}

impl WindowChrome {
    /// A window with nothing open yet; it times its frames when `TIDYCLIP_TIMINGS` is set.
    pub(super) fn new() -> Self {
        WindowChrome {
            timings: std::env::var_os("TIDYCLIP_TIMINGS").map(|_| Instant::now()),
            ..WindowChrome::default()
        }
    }

    /// Says `text` in the status line.
    pub(super) fn info(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: false,
            at: Instant::now(),
        });
    }

    /// Says `text` in the status line, as an error.
    pub(super) fn error(&mut self, text: impl Into<String>) {
        self.status = Some(Status {
            text: text.into(),
            error: true,
            at: Instant::now(),
        });
    }

    /// Sets egui's theme to the person's choice, once per change.
    pub(super) fn apply_theme(&mut self, ctx: &egui::Context, theme: ThemeChoice) {
        if self.applied_theme == Some(theme) {
            return;
        }
        ctx.set_theme(match theme {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        });
        self.applied_theme = Some(theme);
    }

    /// Sends the window's title to egui when it changed.
    pub(super) fn set_title(&mut self, ctx: &egui::Context, title: String) {
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}
