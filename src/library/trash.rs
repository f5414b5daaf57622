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
    /// The attachments the note linked (its saved page's images), deleted with it.
    #[serde(default)]
    pub attachments: Vec<KeptFile>,
}

/// A file deleted with a note, with its bytes to bring it back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeptFile {
    pub path: PathBuf,
    pub content: Vec<u8>,
}

/// At most this many bytes of a note's attachments are kept for undo (the rest stay in the OS
/// trash, where the person can still restore them).
const MAX_KEPT_ATTACHMENT_BYTES: usize = 200 * 1024 * 1024;

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
        let linked = self.attachments_of(&path, &String::from_utf8_lossy(&content));
        trash::delete(&path).map_err(|e| LibraryError::Trash {
            path: path.clone(),
            why: describe_trash_error(&e),
        })?;
        let attachments = self.trash_attachments(linked);
        Ok(TrashedNote {
            path,
            content,
            deleted_at,
            attachments,
        })
    }

    /// Moves a deleted note's attachments to the trash too (best effort: one the trash refuses
    /// stays where it is, still linked by nothing), and removes their folder once it is empty.
    fn trash_attachments(&self, files: Vec<PathBuf>) -> Vec<KeptFile> {
        let mut kept = Vec::new();
        let mut kept_bytes = 0;
        let mut folders = Vec::new();
        for path in files {
            let content = fs::read(&path).ok();
            if trash::delete(&path).is_err() {
                continue;
            }
            if let Some(dir) = path.parent()
                && !folders.iter().any(|f: &PathBuf| f == dir)
            {
                folders.push(dir.to_path_buf());
            }
            if let Some(content) = content
                && kept_bytes + content.len() <= MAX_KEPT_ATTACHMENT_BYTES
            {
                kept_bytes += content.len();
                kept.push(KeptFile { path, content });
            }
        }
        // The files' paths are resolved (see `attachments_of`): so is the folder they are in.
        if let Ok(attachments) = fs::canonicalize(self.attachments_dir()) {
            for dir in folders {
                if dir != attachments && dir.starts_with(&attachments) {
                    // Only an empty folder is removed; one with other files in it stays.
                    let _ = fs::remove_dir(&dir);
                }
            }
        }
        kept
    }

    /// Writes back the attachments deleted with `note` that are not there again already.
    fn restore_attachments(&self, note: &TrashedNote) -> Result<(), LibraryError> {
        for file in &note.attachments {
            if file.path.exists() {
                continue;
            }
            if let Some(dir) = file.path.parent() {
                fs::create_dir_all(dir).map_err(|source| LibraryError::CreateFolder {
                    path: dir.to_path_buf(),
                    source,
                })?;
            }
            match write::write_new(&file.path, &file.content) {
                Ok(()) => {}
                Err(e) if write::is_already_exists(&e) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// Brings a deleted note back: from the OS trash where it can be (Linux, Windows), else by
    /// writing the kept content again. Never overwrites a note saved at that path since; then the
    /// restored note gets a numbered name beside it. Returns where it is now.
    pub fn undo_delete(&self, note: &TrashedNote) -> Result<PathBuf, LibraryError> {
        super::disk_guard::check("Library::undo_delete");
        let restored = self.undo_note(note)?;
        self.restore_attachments(note)?;
        Ok(restored)
    }

    /// [`Library::undo_delete`] for the note itself.
    fn undo_note(&self, note: &TrashedNote) -> Result<PathBuf, LibraryError> {
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
