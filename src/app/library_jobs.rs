//! The window's changes to the library: each one starts a job (the folder may be synced or on a
//! network, and a frame must never wait on it) and is followed up when the job reports back.

use std::path::{Path, PathBuf};

use super::App;
use super::doc::split_list;
use super::jobs::{self, NoteChange, TargetKey, Watch};
use crate::library::Rules;
use crate::library::{Library, TrashedNote};

/// The file name of `path`, for messages.
fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

impl App {
    /// Opens the library folder at start-up, before the first frame (a job once the window
    /// shows: [`App::library_opened`] takes both).
    pub(super) fn open_library(&mut self, dir: PathBuf) {
        let opened = Library::open(&dir)
            .map(|library| {
                let library = library.with_name_template(self.settings.name_template.clone());
                let rules = Rules::load(library.root()).map_err(|e| e.to_string());
                (library, rules)
            })
            .map_err(|e| e.to_string());
        self.library_opened(dir, opened, false);
    }

    /// Takes a library folder the person chose (`announce`) or the start-up one.
    pub(super) fn library_opened(
        &mut self,
        dir: PathBuf,
        opened: Result<(Library, Result<Rules, String>), String>,
        announce: bool,
    ) {
        match opened {
            Ok((library, rules)) => {
                match rules {
                    Ok(rules) => {
                        self.library.rules = rules;
                        self.library.rules_unreadable = false;
                        if announce {
                            self.info(format!("Library: {}", library.root().display()));
                        }
                    }
                    Err(e) => {
                        self.library.rules = Rules::default();
                        self.library.rules_unreadable = true;
                        self.error(e);
                    }
                }
                self.jobs.scan(&library);
                self.settings.library = Some(dir);
                self.library.watcher = None;
                self.library.changes = None;
                self.editor.target = None;
                self.library.current = Some(library);
            }
            Err(e) => {
                self.library.current = None;
                self.editor.target = None;
                // Through `set_notes`, so the search index and filters forget the old notes.
                self.library.set_notes(Vec::new(), self.settings.sort);
                self.error(e);
            }
        }
    }

    /// Starts watching the library folder once there is a context to wake.
    pub(super) fn watch_library(&mut self) {
        if self.library.watcher.is_some() || self.jobs.context().is_none() {
            return;
        }
        let Some(library) = &self.library.current else {
            return;
        };
        // Asked for: nothing more until the job reports.
        self.library.watcher = Some(Box::new(()));
        self.jobs.watch(library);
    }

    pub(super) fn watching(&mut self, root: &Path, watch: Result<Watch, String>) {
        // A watch on a folder that is no longer the library is dropped (and so stopped).
        if self
            .library
            .current
            .as_ref()
            .is_none_or(|l| l.root() != root)
        {
            return;
        }
        match watch {
            Ok(watch) => {
                self.library.watcher = Some(watch.watcher);
                self.library.changes = Some(watch.changes);
                // A note written between the first scan's read of the folder and this watch
                // starting sent no event: one more scan, now that every later change does.
                if self.jobs.running(jobs::Job::ScanLibrary) {
                    self.library.rescan_pending = true;
                } else if let Some(library) = &self.library.current {
                    self.jobs.scan(library);
                }
            }
            // Without a watch the list still refreshes after each save and on Refresh.
            Err(e) => self.error(format!("{e} (the list refreshes on Refresh instead)")),
        }
    }

    pub(super) fn delete_note(&mut self, path: PathBuf) {
        if let Some(library) = &self.library.current {
            self.jobs.delete(library, path);
        }
    }

    pub(super) fn undo_delete(&mut self) {
        if let (Some(library), Some(trashed)) = (&self.library.current, self.library.trashed.take())
        {
            self.jobs.undo_delete(library, trashed);
        }
    }

    pub(super) fn set_note_tags(&mut self, path: PathBuf, tags: &str) {
        if let Some(library) = &self.library.current {
            self.jobs.set_tags(library, path, split_list(tags));
        }
    }

    pub(super) fn rename(&mut self, path: PathBuf, title: String) {
        if title.trim().is_empty() {
            self.error("A note needs a title.");
            return;
        }
        if let Some(library) = &self.library.current {
            self.jobs.rename(library, path, title);
        }
    }

    /// Writes the site rules into the library; `message` says what changed.
    pub(super) fn save_rules(&mut self, message: String) {
        let Some(library) = &self.library.current else {
            self.error("Open a library folder to keep your site rules.");
            return;
        };
        if self.library.rules_unreadable {
            self.error(format!(
                "Not saved: {} could not be read when the library opened, and saving would replace it. Fix or remove it, then choose the library again.",
                library.root().join(crate::library::HIDDEN_DIR).join("rules.json").display()
            ));
            return;
        }
        self.jobs
            .save_rules(library, self.library.rules.clone(), message);
    }

    /// Follows a finished change to a note: the open clipping, the list and the status line.
    pub(super) fn note_changed(&mut self, change: NoteChange) {
        match change {
            NoteChange::Renamed { old, title, result } => match result {
                Ok((new_path, stamp)) => {
                    if let Some(doc) = self.editor.doc.as_mut()
                        && doc.note.as_deref() == Some(old.as_path())
                    {
                        doc.renamed(new_path.clone(), &title, stamp);
                    }
                    self.info(format!("Renamed to {}.", file_name(&new_path)));
                }
                Err(e) => self.error(e),
            },
            NoteChange::Retagged { path, tags, result } => match result {
                Ok(stamp) => {
                    // The open clipping follows, without counting as an edit.
                    if let Some(doc) = self.editor.doc.as_mut()
                        && doc.note.as_deref() == Some(path.as_path())
                    {
                        doc.retagged(&tags, stamp);
                    }
                    self.info(format!("Tagged {}: {}.", file_name(&path), tags.join(", ")));
                }
                Err(e) => self.error(e),
            },
            NoteChange::Trashed { path, result } => match result {
                Ok(trashed) => {
                    if let Some(doc) = self.editor.doc.as_mut()
                        && doc.note.as_deref() == Some(path.as_path())
                    {
                        doc.note_deleted(trashed.path.clone());
                    }
                    self.info(format!("Moved {} to the trash.", file_name(&path)));
                    self.library.trashed = Some(trashed);
                }
                Err(e) => self.error(e),
            },
            NoteChange::Restored { note, result } => match result {
                Ok((path, stamp)) => {
                    // The open clipping that delete unlinked is the note's again.
                    if let Some(doc) = self.editor.doc.as_mut() {
                        doc.note_restored(&note.path, path.clone(), stamp);
                    }
                    self.info(format!("Brought back {}.", file_name(&path)));
                }
                Err(e) => {
                    self.error(e);
                    self.restore_undo(note);
                }
            },
        }
        if let Some(library) = &self.library.current {
            self.jobs.scan(library);
        }
    }

    /// An undo that failed stays available (unless another delete came since).
    fn restore_undo(&mut self, note: TrashedNote) {
        if self.library.trashed.is_none() {
            self.library.trashed = Some(note);
        }
    }

    pub(super) fn copy_note(&mut self, path: &Path, text: Result<String, String>) {
        match text {
            Ok(text) => {
                if let Some(ctx) = self.jobs.context() {
                    ctx.copy_text(text);
                }
                self.info(format!("Copied {} as Markdown.", file_name(path)));
            }
            Err(e) => self.error(format!("Could not copy {}: {e}", file_name(path))),
        }
    }

    /// Where the open clipping would be saved, as last worked out, and a new job to work it out
    /// when its name, its note or the library's notes changed since.
    pub(super) fn save_target(&mut self) -> Option<PathBuf> {
        let doc = self.editor.doc.as_ref()?;
        let Some(library) = &self.library.current else {
            return doc.note.clone();
        };
        let key = TargetKey {
            stem: library.stem_for(&doc.clipping),
            note: doc.note.clone(),
            notes_version: self.library.notes_version,
        };
        let known = self.editor.target.as_ref().filter(|t| t.key == key);
        if known.is_none() && self.editor.target_asked.as_ref() != Some(&key) {
            self.editor.target_asked = Some(key.clone());
            self.jobs.save_target(library, key);
        }
        // While a new answer is worked out, the last one stands (the name rarely moves).
        self.editor.target.as_ref().map(|t| t.path.clone())
    }

    pub(super) fn save_target_found(&mut self, key: TargetKey, path: PathBuf) {
        if self.editor.target_asked.as_ref() == Some(&key) {
            self.editor.target_asked = None;
        }
        self.editor.target = Some(super::editor_session::SaveTarget { key, path });
    }
}
