//! Writing files so that a crash, a full disk or a kill leaves the old file or the new one, never
//! half of either, and never a stray file that looks like a note.

use std::fs;
use std::io::{self, Write};
use std::path::Path;
use std::time::{Duration, SystemTime};

use super::LibraryError;

/// Temp files start with a dot and end in `.tmp`, so neither the library nor Obsidian lists them.
pub(crate) const TEMP_PREFIX: &str = ".tidyclip-";
pub(crate) const TEMP_SUFFIX: &str = ".tmp";
/// A temp file this old was left by a killed save (saves take milliseconds), so it can go.
const STALE_TEMP_AGE: Duration = Duration::from_secs(60 * 60);

/// Writes `bytes` to `path` atomically: a temp file in the same folder, flushed and synced, then
/// renamed over (`replace`) or moved only if nothing is there yet. The folder is synced after, so
/// the rename itself survives a power cut.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8], replace: bool) -> Result<(), LibraryError> {
    super::disk_guard::check("an atomic write");
    let dir = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let err = |source: io::Error| LibraryError::Write {
        path: path.to_path_buf(),
        source,
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // tempfile's private 0600 would hide notes from other users and sync tools; keep the
        // replaced note's mode, else the usual 0644 (less the umask).
        let mode = fs::metadata(path)
            .ok()
            .filter(|_| replace)
            .map_or(0o644, |m| m.permissions().mode() & 0o777);
        builder.permissions(fs::Permissions::from_mode(mode));
    }
    let mut tmp = builder.tempfile_in(dir).map_err(err)?;
    tmp.write_all(bytes).map_err(err)?;
    tmp.flush().map_err(err)?;
    tmp.as_file().sync_all().map_err(err)?;
    if replace {
        tmp.persist(path).map_err(|e| err(e.error))?;
    } else {
        tmp.persist_noclobber(path).map_err(|e| err(e.error))?;
    }
    sync_dir(dir);
    Ok(())
}

/// A new file at `path`; fails with `AlreadyExists` inside `LibraryError::Write` if one is there.
pub(crate) fn write_new(path: &Path, bytes: &[u8]) -> Result<(), LibraryError> {
    write_atomic(path, bytes, false)
}

/// True for the write error that means "that name is taken".
pub(crate) fn is_already_exists(error: &LibraryError) -> bool {
    matches!(error, LibraryError::Write { source, .. } if source.kind() == io::ErrorKind::AlreadyExists)
}

#[cfg(unix)]
fn sync_dir(dir: &Path) {
    // Best effort: the data is already safe in the renamed file; this only hardens the rename
    // against a power cut, and some file systems refuse to fsync a directory.
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) {}

/// Removes temp files a killed save left in `dir` (only old ones: another process may be saving).
pub(crate) fn remove_stale_temp_files(dir: &Path) {
    // A temp file that cannot be removed is hidden and harmless; nothing to report.
    remove_old_files(dir, STALE_TEMP_AGE, |name| {
        name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)
    });
}

/// Best effort: removes the files directly in `dir` whose name `ours` recognises and that were
/// last modified more than `age` ago. Anything unreadable or not removable is left alone.
pub(crate) fn remove_old_files(dir: &Path, age: Duration, ours: impl Fn(&str) -> bool) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let now = SystemTime::now();
    for entry in entries.filter_map(Result::ok) {
        let name = entry.file_name();
        if !name.to_str().is_some_and(&ours) {
            continue;
        }
        let old = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|a| a > age);
        if old {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// An I/O error in words a person can act on.
pub(crate) fn describe_io(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::PermissionDenied => {
            "permission denied (the folder or file is read-only)".into()
        }
        io::ErrorKind::ReadOnlyFilesystem => "the disk is read-only".into(),
        io::ErrorKind::StorageFull => "the disk is full".into(),
        io::ErrorKind::QuotaExceeded => "your disk quota is used up".into(),
        io::ErrorKind::NotFound => "it does not exist".into(),
        io::ErrorKind::NotADirectory => "a part of the path is a file, not a folder".into(),
        io::ErrorKind::AlreadyExists => "a file with that name already exists".into(),
        io::ErrorKind::InvalidData => "it is not UTF-8 text".into(),
        _ => error.to_string(),
    }
}
