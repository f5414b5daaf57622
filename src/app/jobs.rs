//! Slow work off the UI thread: reading and extracting articles, scanning and loading from the
//! library, native dialogs. Each job reports back over one channel and wakes the window.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, Sender, channel};

use eframe::egui;

use crate::capture::CaptureLink;
use crate::clipping::{Clipping, FrontMatter, Original};
use crate::extract::{self, Article, Format};
use crate::library::IngestOptions;
use crate::library::{
    DiskStamp, Duplicate, ImportProgress, ImportReport, Library, LibraryChange, NoteSummary,
    SavePolicy, Saved, TrashedNote,
};

use super::doc::{Document, State};
use super::platform::{Clipboard, Dialogs};
use crate::library::Rules;

/// Turns the engine's article into a document to edit, through the library's one way in (site
/// rules and default tags applied, as `tidyclip save` and `import` apply them).
fn clipped(
    options: &IngestOptions,
    ticket: u64,
    source: Source,
    (article, original, front): (Article, Original, Option<FrontMatter>),
    started: std::time::Instant,
) -> Outcome {
    let mut ingested = crate::library::ingest(article, original, options);
    // A Markdown note opened: the fields its front matter gives, its tags among them.
    if let Some(front) = front {
        ingested.clipping.apply_front_matter(front);
    }
    // A saved page's images beside it ("Web page, complete") are copied with the note.
    if let Source::File(path) = &source {
        ingested.clipping.page_folder = path.parent().map(Path::to_path_buf);
    }
    let document = Document::new(ingested.clipping, None);
    let markdown = document.clipping.to_markdown();
    Outcome::Extracted {
        ticket,
        source,
        document: Box::new(document),
        markdown,
        by_rules: ingested.trimmed_by_rules,
        took: started.elapsed(),
    }
}

/// Where an article came from, for the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    File(PathBuf),
    Clipboard,
    /// The clipboard, filled by the bookmarklet of a page on this host (when the link named one).
    Capture {
        host: Option<String>,
    },
}

impl Source {
    /// "article.html" or "the clipboard".
    pub fn describe(&self) -> String {
        match self {
            Source::File(path) => path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            ),
            Source::Clipboard => "the clipboard".into(),
            Source::Capture { host: Some(host) } => format!("the browser's capture of {host}"),
            Source::Capture { host: None } => "the browser's capture".into(),
        }
    }
}

/// What a folder dialog was opened for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FolderPurpose {
    Library,
    Import,
}

/// How many kinds of [`Job`] there are.
const JOB_KINDS: usize = Job::WatchLibrary as usize + 1;

/// The kinds of background work, each on a thread of its own name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Job {
    DeleteNote,
    ExtractFile,
    ExtractPaste,
    FolderDialog,
    Import,
    LoadNote,
    OpenDialog,
    OpenLibrary,
    Paste,
    ReadNote,
    RenameNote,
    Save,
    SaveRules,
    SaveTarget,
    ScanLibrary,
    TagNote,
    UndoDelete,
    WatchLibrary,
}

impl Job {
    /// The thread's name (seen in a debugger or a crash report).
    pub fn thread_name(self) -> &'static str {
        match self {
            Job::DeleteNote => "delete-note",
            Job::ExtractFile => "extract-file",
            Job::ExtractPaste => "extract-paste",
            Job::FolderDialog => "folder-dialog",
            Job::Import => "import",
            Job::LoadNote => "load-note",
            Job::OpenDialog => "open-dialog",
            Job::OpenLibrary => "open-library",
            Job::Paste => "paste",
            Job::ReadNote => "read-note",
            Job::RenameNote => "rename-note",
            Job::Save => "save",
            Job::SaveRules => "save-rules",
            Job::SaveTarget => "save-target",
            Job::ScanLibrary => "scan-library",
            Job::TagNote => "tag-note",
            Job::UndoDelete => "undo-delete",
            Job::WatchLibrary => "watch-library",
        }
    }

    /// What the window was doing, for a message: "tidyclip hit a bug while …".
    pub fn doing(self) -> &'static str {
        match self {
            Job::ExtractFile | Job::ExtractPaste | Job::Paste => "reading the article",
            Job::ScanLibrary => "reading the library",
            Job::Import => "importing",
            Job::Save => "saving",
            Job::LoadNote => "opening the note",
            Job::OpenDialog | Job::FolderDialog => "showing the dialog",
            Job::OpenLibrary => "opening the library folder",
            Job::WatchLibrary => "watching the library folder",
            Job::RenameNote => "renaming the note",
            Job::TagNote => "tagging the note",
            Job::DeleteNote => "deleting the note",
            Job::UndoDelete => "bringing the note back",
            Job::SaveRules => "saving your site rules",
            Job::ReadNote => "reading the note",
            Job::SaveTarget => "naming the note",
        }
    }
}

/// A finished job.
#[derive(Debug)]
pub enum Outcome {
    Extracted {
        ticket: u64,
        source: Source,
        /// The new clipping, ready to edit: built here so a 10 MB article costs the window
        /// nothing but the swap.
        document: Box<Document>,
        /// Its Markdown, for the preview.
        markdown: String,
        /// Blocks the person's site rules trimmed.
        by_rules: usize,
        took: std::time::Duration,
    },
    ExtractFailed {
        ticket: u64,
        message: String,
    },
    Scanned {
        root: PathBuf,
        notes: Result<Vec<NoteSummary>, String>,
    },
    Loaded {
        path: PathBuf,
        clipping: Result<(Box<Clipping>, DiskStamp), String>,
    },
    ImportProgress(ImportProgress),
    Imported(Result<ImportReport, String>),
    /// A save finished (or needs a question answered).
    Saved {
        /// The clipping's id when the save was asked for, to find it again.
        request_id: String,
        /// Its id as saved (a new one for "save as new", the note's for "replace").
        saved_id: String,
        /// The document's state the save wrote.
        state: Box<State>,
        result: SaveResult,
    },
    /// A job panicked (a bug); `ticket` is the extraction it belonged to.
    Crashed {
        job: Job,
        ticket: u64,
        message: String,
    },
    PickedArticle(Option<PathBuf>),
    PickedFolder(FolderPurpose, Option<PathBuf>),
    /// The dialog answered "nothing chosen" faster than a person can: there is no dialog on this
    /// desktop. `None` for the open dialog, else the folder dialog's purpose.
    NoDialog(Option<FolderPurpose>),
    /// A library folder was opened (or could not be), with its site rules.
    LibraryOpened {
        dir: PathBuf,
        opened: Result<(Library, Result<Rules, String>), String>,
    },
    /// The library folder is watched for changes (or could not be).
    Watching {
        root: PathBuf,
        watch: Result<Watch, String>,
    },
    /// A change to one note, asked for in the list, finished.
    NoteChanged(NoteChange),
    /// The site rules were written to the library (or not); `message` says what changed.
    RulesSaved {
        message: String,
        result: Result<(), String>,
    },
    /// A note's Markdown was read, to copy it.
    NoteRead {
        path: PathBuf,
        text: Result<String, String>,
    },
    /// Where the clipping would be saved now, for the preview.
    SaveTarget {
        key: TargetKey,
        target: PathBuf,
    },
}

/// A watch on the library folder: the watcher (dropped, it stops) and its changes.
pub struct Watch {
    pub watcher: Box<dyn std::any::Any + Send>,
    pub changes: Receiver<LibraryChange>,
}

impl std::fmt::Debug for Watch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Watch")
    }
}

/// A finished change to one note, with what the window needs to follow it.
#[derive(Debug)]
pub enum NoteChange {
    Renamed {
        old: PathBuf,
        title: String,
        /// The new path and its stamp.
        result: Result<(PathBuf, Option<DiskStamp>), String>,
    },
    Retagged {
        path: PathBuf,
        tags: Vec<String>,
        /// The note's stamp after the write.
        result: Result<Option<DiskStamp>, String>,
    },
    Trashed {
        path: PathBuf,
        result: Result<TrashedNote, String>,
    },
    Restored {
        note: TrashedNote,
        /// Where the note came back, and its stamp there.
        result: Result<(PathBuf, Option<DiskStamp>), String>,
    },
}

/// What a save target was computed for: the note's file stem, the note it would replace, and the
/// library's list as it was (a scan may free or take a name).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetKey {
    pub stem: String,
    pub note: Option<PathBuf>,
    pub notes_version: u64,
}

/// rfd without an xdg-desktop-portal answers `None` within milliseconds (see DESKTOP.md); nobody
/// cancels a dialog they saw this fast, so a quicker `None` means none was shown.
const NO_DIALOG_WITHIN: std::time::Duration = std::time::Duration::from_millis(150);

/// How a save treats the note already on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveMode {
    /// Ask when the clipping duplicates a note or its note changed on disk.
    Checked,
    /// Overwrite the note even though it changed on disk.
    Overwrite,
    /// Write a new note, with a new id.
    AsNew,
    /// Rewrite this (duplicate) note with the clipping, under the note's id.
    Replace { path: PathBuf, id: Option<String> },
}

/// What a save came to.
#[derive(Debug)]
pub enum SaveResult {
    Saved {
        path: PathBuf,
        stamp: Option<DiskStamp>,
    },
    /// A new clipping looks like this note: ask before saving.
    Duplicate(Box<Duplicate>),
    /// The note changed on disk since it was opened: ask before overwriting.
    ChangedOnDisk(PathBuf),
    Failed(String),
}

/// Saves on the worker (a 10 MB article's original takes a few hundred milliseconds to write),
/// through the library's one duplicate-check-then-save.
fn save_clipping(
    library: &Library,
    clipping: &mut Clipping,
    existing: Option<(PathBuf, Option<DiskStamp>)>,
    mode: SaveMode,
) -> SaveResult {
    let policy = match mode {
        SaveMode::Checked => SavePolicy::Checked { note: existing },
        SaveMode::Overwrite => SavePolicy::Overwrite {
            note: existing.map(|(path, _)| path),
        },
        SaveMode::AsNew => SavePolicy::AsNew,
        SaveMode::Replace { path, id } => SavePolicy::Replace { path, id },
    };
    match library.save_with_policy(clipping, policy) {
        Ok(Saved::Note { path, stamp }) => SaveResult::Saved { path, stamp },
        Ok(Saved::Duplicate(duplicate)) => SaveResult::Duplicate(duplicate),
        Ok(Saved::ChangedOnDisk(path)) => SaveResult::ChangedOnDisk(path),
        Err(e) => SaveResult::Failed(e.to_string()),
    }
}

/// The text of a panic's payload.
fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "an unknown error".into())
}

/// The channel jobs report on, and the count of extractions in flight (for the spinner).
pub struct Jobs {
    /// Each report, with the job it ends (`None` for progress on the way).
    tx: Sender<(Option<Job>, Outcome)>,
    rx: Receiver<(Option<Job>, Outcome)>,
    /// How many jobs of each kind are running: what the window shows as busy comes from here.
    running: [u16; JOB_KINDS],
    ctx: Option<egui::Context>,
    /// The newest extraction; older ones that finish later are dropped.
    pub latest_ticket: u64,
    pub extracting: bool,
}

impl Default for Jobs {
    fn default() -> Self {
        let (tx, rx) = channel();
        Jobs {
            tx,
            rx,
            ctx: None,
            latest_ticket: 0,
            extracting: false,
            running: [0; JOB_KINDS],
        }
    }
}

impl Jobs {
    /// Remembers the context to wake when a job finishes.
    pub fn set_context(&mut self, ctx: &egui::Context) {
        if self.ctx.is_none() {
            self.ctx = Some(ctx.clone());
        }
    }

    fn spawn(&mut self, job: Job, work: impl FnOnce() -> Outcome + Send + 'static) {
        self.running[job as usize] += 1;
        let tx = self.tx.clone();
        let ctx = self.ctx.clone();
        let ticket = self.latest_ticket;
        let run = move || {
            // A bug in the engine or the library must not leave the window waiting forever (or
            // take it down): the panic becomes a message.
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work))
                .unwrap_or_else(|panic| Outcome::Crashed {
                    job,
                    ticket,
                    message: panic_message(panic.as_ref()),
                });
            // The receiver lives as long as the window; a send error only means it closed.
            let _ = tx.send((Some(job), outcome));
            if let Some(ctx) = ctx {
                ctx.request_repaint();
            }
        };
        if let Err(e) = std::thread::Builder::new()
            .name(job.thread_name().to_string())
            .spawn(run)
        {
            self.running[job as usize] -= 1;
            let _ = self.tx.send((
                None,
                Outcome::Crashed {
                    job,
                    ticket,
                    message: format!("could not start a thread: {e}"),
                },
            ));
        }
    }

    /// The window's context, once the first frame ran.
    pub fn context(&self) -> Option<&egui::Context> {
        self.ctx.as_ref()
    }

    /// Finished jobs, oldest first.
    pub fn poll(&mut self) -> Vec<Outcome> {
        let mut outcomes = Vec::new();
        for (ended, outcome) in self.rx.try_iter() {
            if let Some(job) = ended {
                self.running[job as usize] = self.running[job as usize].saturating_sub(1);
            }
            outcomes.push(outcome);
        }
        outcomes
    }

    /// Whether a job of this kind is running.
    pub fn running(&self, job: Job) -> bool {
        self.running[job as usize] > 0
    }

    /// Drops the result of any extraction still running.
    pub fn cancel_extraction(&mut self) {
        self.latest_ticket += 1;
        self.extracting = false;
    }

    fn next_ticket(&mut self) -> u64 {
        self.latest_ticket += 1;
        self.extracting = true;
        self.latest_ticket
    }

    /// Reads and extracts a file.
    pub fn extract_file(&mut self, path: PathBuf, ingest: IngestOptions) {
        let ticket = self.next_ticket();
        self.spawn(Job::ExtractFile, move || {
            let started = std::time::Instant::now();
            let name = path.file_name().map_or_else(
                || path.display().to_string(),
                |n| n.to_string_lossy().into_owned(),
            );
            let bytes = match std::fs::read(&path) {
                Ok(bytes) => bytes,
                Err(e) => {
                    return Outcome::ExtractFailed {
                        ticket,
                        message: format!("Could not read {name}: {e}"),
                    };
                }
            };
            match Original::extract_note_at(&bytes, Some(&name), None) {
                Ok((article, original, front)) => clipped(
                    &ingest,
                    ticket,
                    Source::File(path),
                    (article, original, front),
                    started,
                ),
                Err(e) => Outcome::ExtractFailed {
                    ticket,
                    message: format!("Could not open {name}: {e}"),
                },
            }
        });
    }

    /// Reads the clipboard and extracts it. With a capture `link` (the bookmarklet's), the page's
    /// address and title come from the link when the clipboard lacks them.
    pub fn paste(
        &mut self,
        clipboard: &Arc<std::sync::Mutex<Box<dyn Clipboard>>>,
        ingest: IngestOptions,
        link: Option<CaptureLink>,
    ) {
        let ticket = self.next_ticket();
        let clipboard = Arc::clone(clipboard);
        self.spawn(Job::Paste, move || {
            let started = std::time::Instant::now();
            // A poisoned lock only means an earlier read panicked; the clipboard is still usable.
            let read = match clipboard.lock() {
                Ok(mut c) => c.read(),
                Err(poisoned) => poisoned.into_inner().read(),
            };
            match read {
                Ok(mut pasted) => {
                    pasted.text = extract::decode::repair_text(pasted.text);
                    // The page's own address: relative links resolve against it, and it is the
                    // url the page lacks. A capture link's names the page the bookmarklet ran on;
                    // else the browser's note beside the selection (which may be from an earlier
                    // copy). A selection, not a whole page, is trimmed lightly.
                    let address = link
                        .as_ref()
                        .and_then(|l| l.url.as_deref())
                        .or(pasted.source.as_deref());
                    let mut article = extract::extract_pasted(&pasted.text, pasted.format, address);
                    let source = match &link {
                        Some(link) => {
                            link.fill_title(&mut article);
                            Source::Capture { host: link.host() }
                        }
                        None => Source::Clipboard,
                    };
                    // The format the paste was read as (Markdown text is read as Markdown).
                    let original = Original {
                        text: pasted.text,
                        format: article.format,
                    };
                    clipped(&ingest, ticket, source, (article, original, None), started)
                }
                Err(message) if link.is_some() => Outcome::ExtractFailed {
                    ticket,
                    message: format!(
                        "A capture from the browser arrived, but the clipboard could not be read ({message}). The page may have blocked the bookmarklet's copy: select the article, copy it, and paste it here."
                    ),
                },
                Err(message) => Outcome::ExtractFailed { ticket, message },
            }
        });
    }

    /// Extracts pasted text.
    pub fn extract_text(&mut self, text: String, format: Format, ingest: IngestOptions) {
        let ticket = self.next_ticket();
        self.spawn(Job::ExtractPaste, move || {
            let started = std::time::Instant::now();
            if text.trim().is_empty() {
                return Outcome::ExtractFailed {
                    ticket,
                    message: "Nothing to clip: the clipboard is empty.".into(),
                };
            }
            let text = extract::decode::repair_text(text);
            let article = extract::extract_pasted(&text, format, None);
            let format = article.format;
            clipped(
                &ingest,
                ticket,
                Source::Clipboard,
                (article, Original { text, format }, None),
                started,
            )
        });
    }

    /// Saves a copy of the clipping as it is now.
    pub fn save(
        &mut self,
        library: &Library,
        mut clipping: Clipping,
        existing: Option<(PathBuf, Option<DiskStamp>)>,
        mode: SaveMode,
        state: State,
    ) {
        let library = library.clone();
        self.spawn(Job::Save, move || {
            let request_id = clipping.id.clone();
            let result = save_clipping(&library, &mut clipping, existing, mode);
            Outcome::Saved {
                request_id,
                saved_id: clipping.id,
                state: Box::new(state),
                result,
            }
        });
    }

    /// Lists the library's notes.
    pub fn scan(&mut self, library: &Library) {
        let library = library.clone();
        self.spawn(Job::ScanLibrary, move || Outcome::Scanned {
            root: library.root().to_path_buf(),
            notes: library.list().map_err(|e| e.to_string()),
        });
    }

    /// Re-opens a saved note.
    pub fn load(&mut self, library: &Library, path: &Path) {
        let library = library.clone();
        let path = path.to_path_buf();
        self.extracting = true;
        self.spawn(Job::LoadNote, move || Outcome::Loaded {
            clipping: library
                .load_for_edit(&path)
                .map(|(c, stamp)| (Box::new(c), stamp))
                .map_err(|e| e.to_string()),
            path,
        });
    }

    /// Imports a folder of saved pages and notes, reporting progress file by file.
    pub fn import(&mut self, library: &Library, dir: PathBuf) {
        let library = library.clone();
        let progress_tx = self.tx.clone();
        let progress_ctx = self.ctx.clone();
        self.spawn(Job::Import, move || {
            let report = library.import_folder(&dir, |progress| {
                let _ = progress_tx.send((None, Outcome::ImportProgress(progress)));
                if let Some(ctx) = &progress_ctx {
                    ctx.request_repaint();
                }
            });
            Outcome::Imported(report.map_err(|e| e.to_string()))
        });
    }

    /// Opens a library folder (creating it if needed) and reads its site rules.
    pub fn open_library(&mut self, dir: PathBuf, name_template: String) {
        self.spawn(Job::OpenLibrary, move || Outcome::LibraryOpened {
            opened: Library::open(&dir)
                .map(|library| {
                    let library = library.with_name_template(name_template);
                    let rules = Rules::load(library.root()).map_err(|e| e.to_string());
                    (library, rules)
                })
                .map_err(|e| e.to_string()),
            dir,
        });
    }

    /// Starts watching the library folder (a recursive watch walks the whole tree).
    pub fn watch(&mut self, library: &Library) {
        let library = library.clone();
        let wake = self.ctx.clone();
        self.spawn(Job::WatchLibrary, move || Outcome::Watching {
            root: library.root().to_path_buf(),
            watch: library
                .watch_with(move || {
                    if let Some(ctx) = &wake {
                        ctx.request_repaint();
                    }
                })
                .map(|(watcher, changes)| Watch {
                    watcher: Box::new(watcher),
                    changes,
                })
                .map_err(|e| e.to_string()),
        });
    }

    /// Renames a note (its title and file name).
    pub fn rename(&mut self, library: &Library, old: PathBuf, title: String) {
        let library = library.clone();
        self.spawn(Job::RenameNote, move || {
            let result = library
                .rename(&old, &title)
                .map(|new| {
                    let stamp = DiskStamp::of(&new).ok();
                    (new, stamp)
                })
                .map_err(|e| e.to_string());
            Outcome::NoteChanged(NoteChange::Renamed { old, title, result })
        });
    }

    /// Replaces a note's tags.
    pub fn set_tags(&mut self, library: &Library, path: PathBuf, tags: Vec<String>) {
        let library = library.clone();
        self.spawn(Job::TagNote, move || {
            let result = library
                .set_tags(&path, &tags)
                .map(|()| DiskStamp::of(&path).ok())
                .map_err(|e| e.to_string());
            Outcome::NoteChanged(NoteChange::Retagged { path, tags, result })
        });
    }

    /// Moves a note to the trash.
    pub fn delete(&mut self, library: &Library, path: PathBuf) {
        let library = library.clone();
        self.spawn(Job::DeleteNote, move || {
            let result = library.delete_to_trash(&path).map_err(|e| e.to_string());
            Outcome::NoteChanged(NoteChange::Trashed { path, result })
        });
    }

    /// Brings a deleted note back.
    pub fn undo_delete(&mut self, library: &Library, note: TrashedNote) {
        let library = library.clone();
        self.spawn(Job::UndoDelete, move || {
            let result = library
                .undo_delete(&note)
                .map(|path| {
                    let stamp = DiskStamp::of(&path).ok();
                    (path, stamp)
                })
                .map_err(|e| e.to_string());
            Outcome::NoteChanged(NoteChange::Restored { note, result })
        });
    }

    /// Writes the site rules into the library.
    pub fn save_rules(&mut self, library: &Library, rules: Rules, message: String) {
        let root = library.root().to_path_buf();
        self.spawn(Job::SaveRules, move || Outcome::RulesSaved {
            message,
            result: rules.save(&root).map_err(|e| e.to_string()),
        });
    }

    /// Reads a note's Markdown (to copy it).
    pub fn read_note(&mut self, path: PathBuf) {
        self.spawn(Job::ReadNote, move || Outcome::NoteRead {
            text: crate::library::read_note_text(&path).map_err(|e| e.to_string()),
            path,
        });
    }

    /// Works out where the clipping would be saved: free names are a look at the folder.
    pub fn save_target(&mut self, library: &Library, key: TargetKey) {
        let library = library.clone();
        self.spawn(Job::SaveTarget, move || Outcome::SaveTarget {
            target: library.save_target_for_stem(&key.stem, key.note.as_deref()),
            key,
        });
    }

    /// Shows the open dialog.
    pub fn pick_article(&mut self, dialogs: &Arc<dyn Dialogs>) {
        let dialogs = Arc::clone(dialogs);
        self.spawn(Job::OpenDialog, move || {
            let asked = std::time::Instant::now();
            match dialogs.pick_article() {
                None if asked.elapsed() < NO_DIALOG_WITHIN => Outcome::NoDialog(None),
                picked => Outcome::PickedArticle(picked),
            }
        });
    }

    /// Shows a folder dialog.
    pub fn pick_folder(&mut self, dialogs: &Arc<dyn Dialogs>, purpose: FolderPurpose) {
        let dialogs = Arc::clone(dialogs);
        self.spawn(Job::FolderDialog, move || {
            let title = match purpose {
                FolderPurpose::Library => "Choose the library folder",
                FolderPurpose::Import => "Import notes from a folder",
            };
            let asked = std::time::Instant::now();
            match dialogs.pick_folder(title) {
                None if asked.elapsed() < NO_DIALOG_WITHIN => Outcome::NoDialog(Some(purpose)),
                picked => Outcome::PickedFolder(purpose, picked),
            }
        });
    }
}
