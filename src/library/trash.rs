//! Deleting to the OS trash, and undoing it.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{Library, LibraryError, names, write};

/// A note moved to the trash, with its content kept so undo works even where the trash cannot be
/// read back (macOS) or was emptied meanwhile.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TrashedNote {
    /// Where the note was (its folder resolved to an absolute path).
    pub path: PathBuf,
    /// The note's bytes when it was deleted.
    pub content: Vec<u8>,
    /// Seconds since the Unix epoch when it was deleted.
    pub deleted_at: i64,
}

impl Library {
    /// Moves a note to the OS trash. Its original stays in the hidden folder, so an undone delete
    /// can still be re-trimmed. Nothing changes if the trash refuses.
    pub fn delete_to_trash(&self, path: &Path) -> Result<TrashedNote, LibraryError> {
        super::disk_guard::check("Library::delete_to_trash");
        let path = &self.resolve_note_path(path)?;
        let content = fs::read(path).map_err(|source| LibraryError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        // The trash records the resolved path; keep the same one to find the item again.
        let path = match (path.parent(), path.file_name()) {
            (Some(dir), Some(name)) => fs::canonicalize(if dir.as_os_str().is_empty() {
                Path::new(".")
            } else {
                dir
            })
            .map_or_else(|_| path.to_path_buf(), |d| d.join(name)),
            _ => path.to_path_buf(),
        };
        let deleted_at = chrono::Utc::now().timestamp();
        trash::delete(&path).map_err(|e| LibraryError::Trash {
            path: path.clone(),
            why: describe_trash_error(&e),
        })?;
        Ok(TrashedNote {
            path,
            content,
            deleted_at,
        })
    }

    /// Brings a deleted note back: from the OS trash where it can be (Linux, Windows), else by
    /// writing the kept content again. Never overwrites a note saved at that path since; then the
    /// restored note gets a numbered name beside it. Returns where it is now.
    pub fn undo_delete(&self, note: &TrashedNote) -> Result<PathBuf, LibraryError> {
        super::disk_guard::check("Library::undo_delete");
        if !note.path.exists() && restore_from_os_trash(note) {
            return Ok(note.path.clone());
        }
        let dir = note.path.parent().unwrap_or(&self.root);
        let stem = note
            .path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "Restored note".into());
        let mut last = None;
        for n in 1..=names::MAX_NUMBERED {
            let path = dir.join(names::numbered_file_name(&stem, n));
            match write::write_new(&path, &note.content) {
                Ok(()) => {
                    // The content is back; the trash's copy of it would only be clutter.
                    purge_from_os_trash(note);
                    return Ok(path);
                }
                Err(e) if write::is_already_exists(&e) => last = Some(e),
                Err(e) => return Err(e),
            }
        }
        Err(last.unwrap_or(LibraryError::NoFreeName {
            path: note.path.clone(),
        }))
    }
}

/// The trash's error in words (its own `Display` is a debug dump of the error).
fn describe_trash_error(error: &trash::Error) -> String {
    match error {
        #[cfg(all(
            unix,
            not(target_os = "macos"),
            not(target_os = "ios"),
            not(target_os = "android")
        ))]
        trash::Error::FileSystem { path, source } => {
            format!("{} ({})", write::describe_io(source), path.display())
        }
        trash::Error::CouldNotAccess { .. } => {
            "it could not be reached (it is gone, or permission was denied)".into()
        }
        trash::Error::TargetedRoot => "it is the root of a disk".into(),
        trash::Error::Os { description, .. } | trash::Error::Unknown { description } => {
            description.clone()
        }
        _ => "the trash refused it".into(),
    }
}

#[cfg(all(
    unix,
    not(target_os = "macos"),
    not(target_os = "ios"),
    not(target_os = "android")
))]
fn restore_from_os_trash(note: &TrashedNote) -> bool {
    os_trash_item(note).is_some_and(|item| trash::os_limited::restore_all([item]).is_ok())
}

#[cfg(all(
    unix,
    not(target_os = "macos"),
    not(target_os = "ios"),
    not(target_os = "android")
))]
fn purge_from_os_trash(note: &TrashedNote) {
    if let Some(item) = os_trash_item(note) {
        // Best effort: a copy left in the trash loses nothing.
        let _ = trash::os_limited::purge_all([item]);
    }
}

/// The trash's item for this delete: the latest one from that path, deleted no earlier than it
/// (a second of slack for clocks that round).
#[cfg(all(
    unix,
    not(target_os = "macos"),
    not(target_os = "ios"),
    not(target_os = "android")
))]
fn os_trash_item(note: &TrashedNote) -> Option<trash::TrashItem> {
    trash::os_limited::list()
        .ok()?
        .into_iter()
        .filter(|i| i.original_path() == note.path && i.time_deleted >= note.deleted_at - 1)
        .max_by_key(|i| i.time_deleted)
}

#[cfg(not(all(
    unix,
    not(target_os = "macos"),
    not(target_os = "ios"),
    not(target_os = "android")
)))]
fn restore_from_os_trash(_note: &TrashedNote) -> bool {
    false
}

#[cfg(not(all(
    unix,
    not(target_os = "macos"),
    not(target_os = "ios"),
    not(target_os = "android")
)))]
fn purge_from_os_trash(_note: &TrashedNote) {}

#[cfg(all(
    test,
    unix,
    not(target_os = "macos"),
    not(target_os = "ios"),
    not(target_os = "android")
))]
mod tests {
    use super::*;

    #[test]
    fn a_read_only_disk_is_reported_in_words() {
        let error = trash::Error::FileSystem {
            path: PathBuf::from("/lib/.Trash-1000"),
            source: std::io::Error::from(std::io::ErrorKind::ReadOnlyFilesystem),
        };
        let message = LibraryError::Trash {
            path: PathBuf::from("/lib/Story.md"),
            why: describe_trash_error(&error),
        }
        .to_string();
        assert_eq!(
            message,
            "Could not move /lib/Story.md to the trash: the disk is read-only (/lib/.Trash-1000)"
        );
    }
}
