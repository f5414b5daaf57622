//! Telling the window when another program (Obsidian, Syncthing, a script) changes the library.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender, channel};

use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};

use super::{Library, LibraryError};

/// A change to the library seen on disk.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LibraryChange {
    /// A note was created or modified (re-read it; if it is open, it changed under the person).
    Changed(PathBuf),
    /// A note was deleted or moved away.
    Removed(PathBuf),
    /// Too much happened to say what (events were lost): re-list the library.
    Rescan,
}

impl Library {
    /// Watches the library folder. Keep the watcher alive as long as changes are wanted; dropping
    /// it stops the watch and closes the channel.
    pub fn watch(&self) -> Result<(RecommendedWatcher, Receiver<LibraryChange>), LibraryError> {
        self.watch_with(|| {})
    }

    /// Like [`Library::watch`], calling `wake` after each change is sent (e.g. egui's
    /// `request_repaint`, so the window polls the channel).
    pub fn watch_with(
        &self,
        wake: impl Fn() + Send + 'static,
    ) -> Result<(RecommendedWatcher, Receiver<LibraryChange>), LibraryError> {
        super::disk_guard::check("Library::watch");
        let (tx, rx) = channel();
        let roots = [
            self.root.clone(),
            std::fs::canonicalize(&self.root).unwrap_or_else(|_| self.root.clone()),
        ];
        let watch_err = |e: notify::Error| LibraryError::Watch {
            path: self.root.clone(),
            why: e.to_string(),
        };
        let mut watcher = notify::recommended_watcher(move |event: notify::Result<Event>| {
            if send_changes(&tx, &roots, event) {
                wake();
            }
        })
        .map_err(watch_err)?;
        watcher
            .watch(&self.root, RecursiveMode::Recursive)
            .map_err(watch_err)?;
        Ok((watcher, rx))
    }
}

/// Sends what an event means for the notes; true when something was sent.
fn send_changes(
    tx: &Sender<LibraryChange>,
    roots: &[PathBuf],
    event: notify::Result<Event>,
) -> bool {
    let Ok(event) = event else {
        return tx.send(LibraryChange::Rescan).is_ok();
    };
    if event.need_rescan() {
        return tx.send(LibraryChange::Rescan).is_ok();
    }
    if matches!(event.kind, EventKind::Access(_)) {
        return false;
    }
    let mut sent = false;
    for path in event.paths.iter().filter(|p| is_note_path(roots, p)) {
        let change = if path.exists() {
            LibraryChange::Changed(path.clone())
        } else {
            LibraryChange::Removed(path.clone())
        };
        sent |= tx.send(change).is_ok();
    }
    sent
}

/// A visible `.md` file outside hidden folders (not a temp file of a save, not `.tidyclip/`).
/// Only the part inside the library counts: the library itself may sit in a hidden folder.
fn is_note_path(roots: &[PathBuf], path: &Path) -> bool {
    let inside = roots
        .iter()
        .find_map(|r| path.strip_prefix(r).ok())
        .unwrap_or_else(|| Path::new(path.file_name().unwrap_or_default()));
    path.extension()
        .is_some_and(|x| x.eq_ignore_ascii_case("md"))
        && !inside
            .components()
            .any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_count_inside_a_hidden_library_folder_but_not_hidden_ones_in_it() {
        let roots = [PathBuf::from("/home/jo/.local/share/tidyclip/library")];
        let note = |p: &str| is_note_path(&roots, Path::new(p));
        assert!(note("/home/jo/.local/share/tidyclip/library/Story.md"));
        assert!(note(
            "/home/jo/.local/share/tidyclip/library/Projects/Story.MD"
        ));
        assert!(!note(
            "/home/jo/.local/share/tidyclip/library/.tidyclip/originals/x.json"
        ));
        assert!(!note(
            "/home/jo/.local/share/tidyclip/library/.tidyclip-a1b2.tmp"
        ));
        assert!(!note(
            "/home/jo/.local/share/tidyclip/library/.obsidian/workspace.md"
        ));
        assert!(!note("/home/jo/.local/share/tidyclip/library/picture.png"));
    }
}
