//! The window: one [`App`] owns the state, `show` lays it out and turns input into [`Action`]s,
//! and [`App::apply`] is the one place actions change anything — so undo, shortcuts and tests all
//! go through the same door.

mod actions;
/// The clipping being edited, its undo history, and what the editor shows about it.
pub mod doc;
/// The editor part of the window's state: the clipping, the cursor, the blocks list's rows.
mod editor_session;
mod fonts;
/// The preview's pictures, decoded off the UI thread and scaled to fit.
pub mod images;
/// Slow work on threads, reporting back over a channel.
pub mod jobs;
pub mod keymap;
mod library_jobs;
/// The library part of the window's state: the folder, its notes and rules, the sidebar's view.
mod library_session;
mod panels;
/// File dialogs and the clipboard, behind traits tests replace.
pub mod platform;
/// The blocks list's rows, with long runs of trimmed blocks folded.
pub mod rows;
/// The window part of the window's state: panels shown, dialogs, the status line, the layout.
mod window_chrome;

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::Receiver;
use std::time::Instant;

use eframe::egui;
use serde::{Deserialize, Serialize};

use crate::capture::CaptureLink;
use crate::library::{Library, NoteSummary};

pub use crate::library::{Rules, SiteRule};
pub use actions::Action;
pub use doc::{Document, Field};
pub use editor_session::{Captured, EditorSession, RuleOffer};
pub use library_session::{LibrarySession, LibraryView};
pub use platform::{Clipboard, Dialogs, NativeDialogs, Pasted, SystemClipboard};
pub use window_chrome::{LayoutReport, Prompt, Status, WindowChrome};

/// The key the settings are stored under in eframe's storage.
const SETTINGS_KEY: &str = "tidyclip.settings";

/// The colour scheme the person chose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
pub enum ThemeChoice {
    #[default]
    System,
    Light,
    Dark,
}

pub use crate::library::SortBy;

/// The sort orders, as the sidebar offers them.
pub const SORTS: [(SortBy, &str); 4] = [
    (SortBy::Clipped, "Newest clipped"),
    (SortBy::Published, "Newest published"),
    (SortBy::Title, "Title"),
    (SortBy::Site, "Site"),
];

/// Which blocks the editor lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum BlockFilter {
    #[default]
    All,
    Kept,
    Trimmed,
}

/// What the editor area shows when the window is too narrow for the preview beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum EditorTab {
    #[default]
    Blocks,
    Preview,
}

/// Below this width the library, the editor and the preview do not fit side by side: the
/// preview becomes a tab beside the editor and the library a toggle. Three columns need the
/// sidebar's 160 px, the preview's 300 and about 480 for the editor's block list and its
/// header's buttons, plus a margin for the panels' frames.
pub const THREE_COLUMNS_MIN_WIDTH: f32 = 1100.0;
/// The editor keeps at least this width beside the side panels in three columns.
const EDITOR_MIN_WIDTH: f32 = 480.0;
/// In a narrow window the opened library leaves the editor at least this width.
const NARROW_EDITOR_MIN_WIDTH: f32 = 360.0;
/// Below this height the fields form starts folded into one summary line, so the blocks get the
/// room; the person can open it (and it stays as they set it).
const FIELDS_OPEN_MIN_HEIGHT: f32 = 900.0;

/// What the person expects remembered between runs (window and panel sizes are eframe's).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The last library folder; `None` uses the default one.
    pub library: Option<PathBuf>,
    pub theme: ThemeChoice,
    /// Tags every new clipping starts with, comma separated.
    pub default_tags: String,
    /// How notes' files are named: `{title}`, `{site}`, `{published}`, `{created}`.
    pub name_template: String,
    /// Show the preview as raw Markdown instead of rendered.
    pub raw_preview: bool,
    pub sort: SortBy,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            library: None,
            theme: ThemeChoice::System,
            default_tags: String::new(),
            name_template: crate::library::DEFAULT_NAME_TEMPLATE.to_string(),
            raw_preview: false,
            sort: SortBy::Clipped,
        }
    }
}

/// What the window needs from outside: where the library is and the doors to the desktop.
pub struct AppConfig {
    /// `--library`, else the remembered or default folder.
    pub library: Option<PathBuf>,
    pub settings: Settings,
    pub dialogs: Arc<dyn Dialogs>,
    pub clipboard: Box<dyn Clipboard>,
    /// Capture links handed to this window (by a second launch, or the one it was started with).
    pub captures: Option<Receiver<CaptureLink>>,
}

/// The whole window's state, in parts: what is remembered between runs, the library, the
/// clipping being edited, and the window around them, plus the doors out (jobs, dialogs, the
/// clipboard). Panels are handed only the parts they show.
pub struct App {
    /// What is remembered between runs (saved by eframe).
    pub settings: Settings,
    /// The library, its notes and rules, and the sidebar's view of them.
    pub library: LibrarySession,
    /// The clipping being edited and what the editor and the preview keep about it.
    pub editor: EditorSession,
    /// What the window shows around the clipping: panels, tabs, dialogs, the status line.
    pub window: WindowChrome,
    /// Slow and disk work on threads, for every part (the window never waits on the disk).
    jobs: jobs::Jobs,
    /// File and folder dialogs (a fake in tests).
    dialogs: Arc<dyn Dialogs>,
    /// The clipboard, shared with the paste job (a fake in tests).
    clipboard: Arc<std::sync::Mutex<Box<dyn Clipboard>>>,
    /// Capture links from the browser, read each frame.
    captures: Option<Receiver<CaptureLink>>,
    /// A capture that arrived while a question was open.
    pending_capture: Option<CaptureLink>,
    /// The clipping whose pictures egui's loaders hold: another clipping's are let go, so memory
    /// holds one clipping's pictures at most.
    pictures_of: Option<String>,
}

impl App {
    /// A window over the library at `config.library` (created if missing).
    pub fn new(config: AppConfig) -> Self {
        let mut app = App {
            settings: config.settings,
            library: LibrarySession::default(),
            editor: EditorSession::default(),
            window: WindowChrome::new(),
            jobs: jobs::Jobs::default(),
            dialogs: config.dialogs,
            clipboard: Arc::new(std::sync::Mutex::new(config.clipboard)),
            captures: config.captures,
            pending_capture: None,
            pictures_of: None,
        };
        // --library, then TIDYCLIP_LIBRARY, then the folder used last time, then the default.
        let from_env = std::env::var_os(crate::library::LIBRARY_ENV)
            .filter(|d| !d.is_empty())
            .map(PathBuf::from);
        let dir = config
            .library
            .or(from_env)
            .or_else(|| app.settings.library.clone())
            .map_or_else(|| Library::default_dir(None), Ok);
        match dir {
            Ok(dir) => app.open_library(dir),
            Err(e) => app.error(e.to_string()),
        }
        app
    }

    /// A capture link from the browser: the window comes forward and pastes with the link's
    /// address (asking first when unsaved edits would be lost). Of several waiting, the last
    /// wins: each replaces the clipping, and the clipboard holds only the last page.
    /// A capture that arrives while the window waits on a question waits too (the question
    /// comes first), and goes on once it is answered.
    fn poll_captures(&mut self, ctx: &egui::Context) {
        if let Some(link) = self.captures.as_ref().and_then(|c| c.try_iter().last()) {
            ctx.send_viewport_cmd(egui::ViewportCommand::Minimized(false));
            ctx.send_viewport_cmd(egui::ViewportCommand::Focus);
            if self.window.prompt.is_some() {
                let from = link.from_where();
                self.info(format!(
                    "A capture from {from} is waiting: answer the question first."
                ));
            }
            self.pending_capture = Some(link);
        }
        if self.window.prompt.is_none()
            && let Some(link) = self.pending_capture.take()
        {
            self.apply(Action::Capture(link));
        }
    }

    /// Where the clipping on the bench came from, when a browser capture brought it.
    pub fn captured(&self) -> Option<&Captured> {
        self.editor.captured.as_ref()
    }

    /// The clipping being edited.
    pub fn document(&self) -> Option<&Document> {
        self.editor.doc.as_ref()
    }

    /// The block whose text is being edited in place, if any.
    pub fn block_being_edited(&self) -> Option<usize> {
        self.editor.block_being_edited()
    }

    /// The library's notes as last scanned.
    pub fn notes(&self) -> &[NoteSummary] {
        &self.library.notes
    }

    /// The open library.
    pub fn library(&self) -> Option<&Library> {
        self.library.current.as_ref()
    }

    /// The learned site rules.
    pub fn rules(&self) -> &Rules {
        &self.library.rules
    }

    /// The status line's text.
    pub fn status(&self) -> Option<&Status> {
        self.window.status.as_ref()
    }

    /// The question the window waits on, if any.
    pub fn prompt(&self) -> Option<&Prompt> {
        self.window.prompt.as_ref()
    }

    /// The pending offer to learn a site rule.
    pub fn rule_offer(&self) -> Option<&RuleOffer> {
        self.editor.rule_offer.as_ref()
    }

    /// The block the keyboard acts on.
    pub fn cursor(&self) -> Option<usize> {
        self.editor.cursor
    }

    /// Where the last frame put the window's parts.
    pub fn layout(&self) -> &LayoutReport {
        &self.window.layout
    }

    /// True while an article is being read or extracted, or the library scanned.
    pub fn is_busy(&self) -> bool {
        use jobs::Job;
        self.jobs.extracting
            || [
                Job::ScanLibrary,
                Job::Save,
                Job::OpenLibrary,
                Job::RenameNote,
                Job::TagNote,
                Job::DeleteNote,
                Job::UndoDelete,
                Job::SaveRules,
                Job::ReadNote,
            ]
            .into_iter()
            .any(|job| self.jobs.running(job))
    }

    /// The window's title: the clipping's title, and a dot while there are unsaved edits.
    pub fn title(&self) -> String {
        match &self.editor.doc {
            None => "tidyclip".into(),
            Some(doc) => {
                let dot = if doc.is_dirty() { " •" } else { "" };
                format!("{} — tidyclip{dot}", doc.clipping.display_title())
            }
        }
    }

    fn info(&mut self, text: impl Into<String>) {
        self.window.info(text);
    }

    fn error(&mut self, text: impl Into<String>) {
        self.window.error(text);
    }

    /// Takes in finished background work and changes to the library folder.
    fn poll_jobs(&mut self) {
        for outcome in self.jobs.poll() {
            self.apply(Action::Finished(Box::new(outcome)));
        }
        self.watch_library();
        let changed = self
            .library
            .changes
            .as_ref()
            .is_some_and(|rx| rx.try_iter().count() > 0);
        if changed {
            if self.jobs.running(jobs::Job::ScanLibrary) {
                self.library.rescan_pending = true;
            } else if let Some(library) = &self.library.current {
                self.jobs.scan(library);
            }
        }
    }

    /// Lays out the whole window and applies what the person did. Tests call this directly.
    pub fn show(&mut self, ui: &mut egui::Ui) {
        // Every file operation is a job: a library on a synced or network folder must never
        // freeze a frame (debug builds, and so every UI test, check it).
        let _no_disk = crate::library::disk_guard::forbid_disk_on_this_thread();
        let frame_started = Instant::now();
        let showing = self.editor.doc.as_ref().map(|d| &d.clipping.id);
        if showing != self.pictures_of.as_ref() {
            self.pictures_of = showing.cloned();
            ui.ctx().forget_all_images();
        }
        self.show_inner(ui);
        if let Some(created) = self.window.timings {
            let ms = frame_started.elapsed().as_secs_f64() * 1000.0;
            let since_start = created.elapsed().as_secs_f64() * 1000.0;
            eprintln!("tidyclip-timing frame {ms:.2} ms at {since_start:.0} ms");
        }
    }

    fn show_inner(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        self.jobs.set_context(&ctx);
        self.poll_jobs();
        self.poll_captures(&ctx);
        self.library.refresh_view(self.settings.sort);
        self.window.apply_theme(&ctx, self.settings.theme);

        let mut actions = Vec::new();
        panels::shortcuts(&ctx, &self.window, &self.editor, &mut actions);
        panels::window_events(&ctx, &self.window, self.editor.doc.as_ref(), &mut actions);

        let width = ui.available_width();
        let three_columns = width >= THREE_COLUMNS_MIN_WIDTH;
        let mut layout = LayoutReport {
            three_columns,
            ..LayoutReport::default()
        };
        let toolbar = egui::Panel::top("toolbar").show(ui, |ui| {
            panels::toolbar(
                ui,
                &self.window,
                self.editor.doc.as_ref(),
                self.is_busy(),
                three_columns,
                &mut actions,
            );
        });
        layout.panels.push(("toolbar", toolbar.response.rect));
        let status = egui::Panel::bottom("status").show(ui, |ui| {
            panels::status_line(
                ui,
                self.window.status.as_ref(),
                self.editor.doc.as_ref(),
                self.is_busy(),
            );
        });
        layout.panels.push(("status", status.response.rect));
        if let Some(rect) = self.library_panel(ui, three_columns, width, &mut actions) {
            layout.panels.push(("library", rect));
        }
        if three_columns && self.editor.doc.is_some() {
            let max = (ui.available_width() - EDITOR_MIN_WIDTH).clamp(200.0, 900.0);
            let preview = egui::Panel::right("preview")
                .resizable(true)
                .default_size(380.0)
                .size_range(200.0..=max)
                .show(ui, |ui| {
                    self.preview_panel(ui, &mut actions);
                });
            layout.panels.push(("preview", preview.response.rect));
        }
        self.editor.refresh_rows();
        let scroll = self.editor.list_scroll();
        let fields_open = self
            .window
            .fields_open
            .unwrap_or(ui.ctx().content_rect().height() >= FIELDS_OPEN_MIN_HEIGHT);
        let editor = egui::CentralPanel::default().show(ui, |ui| {
            self.editor_area(ui, three_columns, scroll, fields_open, &mut actions)
        });
        layout.panels.push(("editor", editor.response.rect));
        self.editor.list_drawn(editor.inner, &mut layout);
        // A view that changed size this frame (a panel that grew to fit new content) is drawn
        // once more at once, so the list settles before the person acts on it.
        let view_height = |l: &LayoutReport| l.list_view.map(|r| r.height());
        if view_height(&layout) != view_height(&self.window.layout) {
            ctx.request_repaint();
        }
        self.window.layout = layout;

        panels::prompts(
            &ctx,
            self.window.prompt.as_ref(),
            self.editor.doc.as_ref(),
            &self.library.notes,
            &mut actions,
        );
        if self.window.show_settings {
            panels::settings_window(&ctx, &self.settings, &self.library, &mut actions);
        }
        if self.window.show_help {
            panels::help_window(&ctx, &mut actions);
        }

        for action in actions {
            self.apply(action);
        }

        self.window.set_title(&ctx, self.title());
    }

    /// The central panel: the welcome page before there is a clipping, else the fields and the
    /// blocks (or, in a narrow window, the preview when its tab is chosen). Reports where the
    /// blocks list was drawn; `None` when it was not.
    fn editor_area(
        &mut self,
        ui: &mut egui::Ui,
        three_columns: bool,
        scroll: panels::ListScroll,
        fields_open: bool,
        actions: &mut Vec<Action>,
    ) -> Option<panels::ListReport> {
        if self.editor.doc.is_none() {
            panels::welcome(ui, self.jobs.extracting, actions);
            return None;
        }
        if !three_columns {
            panels::editor_tabs(ui, self.window.editor_tab, actions);
            if self.window.editor_tab == EditorTab::Preview {
                self.preview_panel(ui, actions);
                return None;
            }
        }
        let doc = self.editor.doc.as_ref()?;
        let attachments = self.library.current.as_ref().map(|l| l.attachments_dir());
        let rows = self
            .editor
            .rows
            .as_ref()
            .map_or(&[][..], |(_, r)| r.as_slice());
        Some(panels::editor(
            ui,
            doc,
            panels::EditorState {
                cursor: self.editor.cursor,
                scroll,
                rule_offer: self.editor.rule_offer.as_ref(),
                notes: &self.library.notes,
                rows,
                filter: self.editor.block_filter,
                fields_open,
                cursor_was_in_view: self
                    .window
                    .layout
                    .list_view
                    .zip(self.window.layout.cursor_row)
                    .is_some_and(|(view, row)| view.expand(0.5).contains_rect(row)),
                editing: self
                    .editor
                    .block_editor
                    .as_ref()
                    .map(|e| panels::BlockEditing {
                        index: e.index,
                        focus: e.focus,
                    }),
                edit_closed_by_press: self.editor.edit_closed_by_press,
                captured: self.editor.captured.as_ref(),
                attachments: attachments.as_deref(),
            },
            actions,
        ))
    }

    /// The library sidebar, when there is room for it or the person asked for it; its rect.
    fn library_panel(
        &mut self,
        ui: &mut egui::Ui,
        three_columns: bool,
        width: f32,
        actions: &mut Vec<Action>,
    ) -> Option<egui::Rect> {
        if !(three_columns || self.window.show_library) {
            return None;
        }
        // The sidebar never takes the room the editor needs beside it.
        let (default, max) = if three_columns {
            (260.0, width - EDITOR_MIN_WIDTH - 300.0)
        } else {
            (220.0, width - NARROW_EDITOR_MIN_WIDTH)
        };
        let library = egui::Panel::left("library")
            .resizable(true)
            .default_size(default)
            .size_range(160.0..=max.clamp(160.0, 600.0))
            .show(ui, |ui| {
                panels::sidebar(
                    ui,
                    panels::SidebarState {
                        notes: &self.library.notes,
                        sort: self.settings.sort,
                        library: self.library.current.as_ref(),
                        open_note: self.editor.doc.as_ref().and_then(|d| d.note.as_deref()),
                        scanning: self.jobs.running(jobs::Job::ScanLibrary),
                        import: self.library.import.as_ref(),
                        trashed: self.library.trashed.as_ref(),
                    },
                    &mut self.library.view,
                    actions,
                );
            });
        Some(library.response.rect)
    }

    fn preview_panel(&mut self, ui: &mut egui::Ui, actions: &mut Vec<Action>) {
        let target = self.save_target();
        let Some((doc, markdown)) = self.editor.preview_markdown() else {
            return;
        };
        let attachments = self.library.current.as_ref().map(|l| l.attachments_dir());
        panels::preview(
            ui,
            doc,
            markdown,
            target.as_deref(),
            attachments.as_deref(),
            self.settings.raw_preview,
            actions,
        );
    }
}

impl eframe::App for App {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.show(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.settings);
    }
}

/// The app's icon, decoded from the PNG in `assets/`.
fn icon() -> Option<egui::IconData> {
    let bytes = include_bytes!("../../assets/icon.png");
    eframe::icon_data::from_png_bytes(bytes).ok()
}

/// Opens the window. Returns a sentence for the person when there is no desktop to open it on.
///
/// `first` is the capture link the window was started with (the OS opened a `tidyclip://` link
/// and no window was open). The window then takes the links later launches hand over.
pub fn run(library: Option<PathBuf>, first: Option<CaptureLink>) -> Result<(), String> {
    let started = Instant::now();
    let no_display = std::env::var_os("DISPLAY").is_none_or(|d| d.is_empty())
        && std::env::var_os("WAYLAND_DISPLAY").is_none_or(|d| d.is_empty());
    if no_display && cfg!(target_os = "linux") {
        return Err(NO_DESKTOP.into());
    }
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("tidyclip")
        .with_app_id("tidyclip")
        .with_inner_size([1200.0, 760.0])
        .with_min_inner_size([640.0, 400.0])
        .with_drag_and_drop(true);
    if let Some(icon) = icon() {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        ..eframe::NativeOptions::default()
    };
    let (sender, captures) = std::sync::mpsc::channel();
    if let Some(link) = first {
        let _ = sender.send(link);
    }
    // The listener starts before the window exists; the window's context, once made, is how a
    // link arriving wakes it.
    let waker: Arc<std::sync::OnceLock<egui::Context>> = Arc::default();
    let wake = Arc::clone(&waker);
    let socket = crate::capture::instance::socket_path();
    let listener = crate::capture::instance::Listener::bind(&socket, move |link| {
        let _ = sender.send(link);
        if let Some(ctx) = wake.get() {
            ctx.request_repaint();
        }
    });
    if let Err(e) = &listener
        && e.kind() != std::io::ErrorKind::AddrInUse
    {
        // The window works without it; only links from the browser cannot reach it.
        eprintln!("tidyclip: capture links cannot reach this window ({e})");
    }
    let result = eframe::run_native(
        "tidyclip",
        options,
        Box::new(move |cc| {
            if std::env::var_os("TIDYCLIP_TIMINGS").is_some() {
                let ms = started.elapsed().as_secs_f64() * 1000.0;
                eprintln!("tidyclip-timing window created {ms:.1} ms after start");
            }
            fonts::load_fallbacks(&cc.egui_ctx);
            // The preview shows a saved page's images and a note's attachments from the disk
            // (read and decoded off the UI thread); nothing is fetched from the network.
            images::install(&cc.egui_ctx);
            let _ = waker.set(cc.egui_ctx.clone());
            let settings: Settings = cc
                .storage
                .and_then(|s| eframe::get_value(s, SETTINGS_KEY))
                .unwrap_or_default();
            Ok(Box::new(App::new(AppConfig {
                library,
                settings,
                dialogs: Arc::new(NativeDialogs),
                clipboard: Box::new(SystemClipboard),
                captures: Some(captures),
            })))
        }),
    );
    drop(listener);
    result.map_err(|e| {
        let text = e.to_string();
        if text.contains("DISPLAY") || text.contains("display") {
            format!("{NO_DESKTOP} ({text})")
        } else {
            format!("Could not open the window: {text}")
        }
    })
}

const NO_DESKTOP: &str = "The window needs a desktop session (DISPLAY or WAYLAND_DISPLAY is not set). \
     The subcommands (clean, save, list, search) work without one.";
