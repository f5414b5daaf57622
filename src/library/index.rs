//! Finding and summarizing the library's notes, with an optional cache in the OS cache folder.
//!
//! The notes are the truth: the cache is keyed by the library's path, holds one entry per note
//! checked against the file's modification time and size, and can be deleted at any time. It lives
//! outside the library so two machines syncing the folder never fight over it.

use std::collections::HashMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::fingerprint::{self, Signature};
use super::{DiskStamp, HIDDEN_DIR, NoteSummary, ORIGINALS_DIR, front, parallel, write};
use crate::clipping::parse_note;

/// Bump when `IndexedNote` changes shape or meaning; an older cache is then ignored and rebuilt.
const CACHE_VERSION: u32 = 5;
/// A cache not rewritten for this long belongs to a library no longer used.
const ABANDONED_CACHE_AGE: std::time::Duration = std::time::Duration::from_secs(60 * 60 * 24 * 60);
/// How deep sub-folders are searched for notes (Obsidian vaults nest a few levels).
const MAX_DEPTH: usize = 16;
/// Reading threads per core for a scan without the cache.
const READS_PER_CORE: usize = 4;
/// At most this many reading threads.
const MAX_READ_THREADS: usize = 16;
/// How many bytes of an original's JSON hold its `text_hash` (it is written first).
const ORIGINAL_HASH_PREFIX: usize = 64;

/// A note with what the library needs beyond the summary: when it was read, and its fingerprints
/// for duplicate detection.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct IndexedNote {
    /// Its `path` is written to the cache as text; a name that is not UTF-8 keeps its exact
    /// bytes in `path_bytes` so the cache still finds the note.
    pub summary: NoteSummary,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_bytes: Option<Vec<u8>>,
    pub stamp: DiskStamp,
    pub signature: Option<Signature>,
    pub original_hash: Option<u64>,
    /// Why the note is listed by its file name though it has front matter (too big or nested
    /// too deep to read), for a warning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warning: Option<String>,
}

#[derive(Deserialize)]
struct CacheFile {
    version: u32,
    /// The library's path as text (lossy, like the notes' paths).
    root: String,
    notes: Vec<IndexedNote>,
}

/// Where the cache for the library at `root` lives inside `cache_dir`.
pub(crate) fn cache_file(cache_dir: &Path, root: &Path) -> PathBuf {
    let root = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let key = fingerprint::fnv1a(root.to_string_lossy().as_bytes());
    cache_dir.join(format!("library-{key:016x}.json"))
}

/// Every note under `root`, read from the cache where the file has not changed.
pub(crate) fn scan(
    root: &Path,
    cache: Option<&Path>,
) -> Result<Vec<IndexedNote>, super::LibraryError> {
    let files = note_files(root)?;
    let mut cached = cache.map(|c| load_cache(c, root)).unwrap_or_default();
    let mut notes = Vec::with_capacity(files.len());
    let mut to_read = Vec::new();
    for (path, stamp) in files {
        match cached.remove(&path) {
            Some(mut note) if note.stamp == stamp => {
                note.summary.stamp = stamp;
                notes.push(note);
            }
            _ => to_read.push((path, stamp)),
        }
    }
    // Anything left in `cached` is a note that is gone.
    let changed = !to_read.is_empty() || !cached.is_empty();
    notes.extend(read_all(root, &to_read));
    if changed && let Some(cache) = cache {
        save_cache(cache, root, &notes);
    }
    Ok(notes)
}

/// Every `.md` file under `root`, skipping hidden folders (`.tidyclip`, `.obsidian`, `.trash`…) and
/// hidden files (temp files of a save in progress), with their stamps.
fn note_files(root: &Path) -> Result<Vec<(PathBuf, DiskStamp)>, super::LibraryError> {
    let mut out = Vec::new();
    // A linked note is listed when what it links to is inside the library: a link to a file
    // elsewhere would have the list and search read (and show) a file the library does not own,
    // which every other operation already refuses to touch.
    let canonical_root = fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    let mut dirs = vec![(root.to_path_buf(), 0)];
    while let Some((dir, depth)) = dirs.pop() {
        let entries = match fs::read_dir(&dir) {
            Ok(entries) => entries,
            // The library folder itself must be readable; an unreadable sub-folder is skipped.
            Err(source) if dir == root => {
                return Err(super::LibraryError::Read { path: dir, source });
            }
            Err(_) => continue,
        };
        for entry in entries.filter_map(Result::ok) {
            let name = entry.file_name();
            if name.to_string_lossy().starts_with('.') {
                continue;
            }
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() {
                if depth < MAX_DEPTH {
                    dirs.push((path, depth + 1));
                }
                continue;
            }
            let is_md = path
                .extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("md"));
            if !is_md {
                continue;
            }
            // `fs::metadata` follows a symlinked note; `entry.metadata` would describe the link.
            let meta = if kind.is_symlink() {
                if !fs::canonicalize(&path).is_ok_and(|target| target.starts_with(&canonical_root))
                {
                    continue;
                }
                fs::metadata(&path)
            } else {
                entry.metadata()
            };
            if let Ok(meta) = meta
                && meta.is_file()
            {
                out.push((path, DiskStamp::from_metadata(&meta)));
            }
        }
    }
    Ok(out)
}

/// Reads the notes in parallel (the cold start of a big library is I/O and YAML parsing).
fn read_all(root: &Path, files: &[(PathBuf, DiskStamp)]) -> Vec<IndexedNote> {
    // A cold start waits on the disk more than on the CPU: several reads in flight per core
    // keep the disk busy (measured on 2 cores: 16.5 s with 2 threads, see the bench).
    let threads = std::thread::available_parallelism()
        .map_or(2, std::num::NonZero::get)
        .saturating_mul(READS_PER_CORE)
        .min(MAX_READ_THREADS);
    // Under 64 notes, starting threads costs more than it saves.
    let threads = if files.len() < 64 { 1 } else { threads };
    parallel::filter_map_in_parallel(files, threads, |_, (path, stamp)| {
        read_note(root, path.clone(), *stamp)
    })
}

/// One note's entry; `None` when it cannot be read (it vanished, or permissions).
pub(crate) fn read_note(root: &Path, path: PathBuf, stamp: DiskStamp) -> Option<IndexedNote> {
    let bytes = fs::read(&path).ok()?;
    // Validating as UTF-8 is much faster than the lossy walk; only broken notes take that one.
    let text = String::from_utf8(bytes)
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
    let warning = front_matter_warning(&text);
    let mut summary = summary_from_text(path, &text);
    summary.stamp = stamp;
    let body = front::split(&text).map_or(&*text, |(_, b)| b);
    let signature = fingerprint::signature_of(body);
    let original_hash = summary
        .id
        .as_deref()
        .and_then(|id| read_original_hash(root, id));
    Some(IndexedNote {
        path_bytes: non_utf8_path_bytes(&summary.path),
        summary,
        stamp,
        signature,
        original_hash,
        warning,
    })
}

/// Why a note with front matter is listed by its file name: its front matter is too big or
/// nested too deep to be read safely.
fn front_matter_warning(text: &str) -> Option<String> {
    let (yaml, _) = front::split(text)?;
    let why = crate::clipping::front_matter_out_of_bounds(yaml)?;
    Some(format!(
        "{why}, so it was not read; the note is listed by its file name"
    ))
}

/// A note's summary from its text; a note without front matter is titled by its file name.
pub(crate) fn summary_from_text(path: PathBuf, text: &str) -> NoteSummary {
    let (front, _) = parse_note(text);
    let front = front.unwrap_or_default();
    let title = if front.title.trim().is_empty() {
        path.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    } else {
        front.title
    };
    let conflict = path
        .file_name()
        .is_some_and(|n| is_conflict_copy(&n.to_string_lossy()));
    NoteSummary {
        title,
        source: front.source,
        site: front.site,
        published: front.published,
        created: front.created,
        tags: front.tags,
        id: front.id,
        conflict,
        path,
        stamp: DiskStamp::default(),
    }
}

/// Syncthing's `name.sync-conflict-20240101-101010-ABCDEFG.md`, Dropbox's `name (Jo's conflicted
/// copy 2024-01-01).md`, and Dropbox's `(Case Conflict)`.
pub(crate) fn is_conflict_copy(file_name: &str) -> bool {
    let lower = file_name.to_lowercase();
    lower.contains(".sync-conflict-")
        || lower.contains("conflicted copy")
        || lower.contains("(case conflict")
}

/// The original's text hash, read from the first bytes of its JSON (where it is written first)
/// so a cold scan does not parse every original.
fn read_original_hash(root: &Path, id: &str) -> Option<u64> {
    let path = root
        .join(HIDDEN_DIR)
        .join(ORIGINALS_DIR)
        .join(format!("{id}.json"));
    let mut buf = [0u8; ORIGINAL_HASH_PREFIX];
    let mut file = fs::File::open(path).ok()?;
    let n = file.read(&mut buf).ok()?;
    let head = std::str::from_utf8(&buf[..n]).ok()?;
    let rest = head.strip_prefix("{\"text_hash\":\"")?;
    u64::from_str_radix(rest.get(..16)?, 16).ok()
}

/// The bytes of a path that is not UTF-8, which its lossy text in the cache would lose.
#[cfg(unix)]
fn non_utf8_path_bytes(path: &Path) -> Option<Vec<u8>> {
    use std::os::unix::ffi::OsStrExt;
    path.to_str()
        .is_none()
        .then(|| path.as_os_str().as_bytes().to_vec())
}

/// Elsewhere a path that is not Unicode is read again on each scan instead of cached by name.
#[cfg(not(unix))]
fn non_utf8_path_bytes(_path: &Path) -> Option<Vec<u8>> {
    None
}

#[cfg(unix)]
fn path_from_bytes(bytes: &[u8]) -> Option<PathBuf> {
    use std::os::unix::ffi::OsStrExt;
    Some(PathBuf::from(std::ffi::OsStr::from_bytes(bytes)))
}

#[cfg(not(unix))]
fn path_from_bytes(_bytes: &[u8]) -> Option<PathBuf> {
    None
}

fn load_cache(cache: &Path, root: &Path) -> HashMap<PathBuf, IndexedNote> {
    let Ok(bytes) = fs::read(cache) else {
        return HashMap::new();
    };
    match serde_json::from_slice::<CacheFile>(&bytes) {
        Ok(file) if file.version == CACHE_VERSION && file.root == root.to_string_lossy() => file
            .notes
            .into_iter()
            .map(|mut n| {
                if let Some(path) = n.path_bytes.as_deref().and_then(path_from_bytes) {
                    n.summary.path = path;
                }
                (n.summary.path.clone(), n)
            })
            .collect(),
        // A cache from another version or a damaged one is simply rebuilt.
        _ => HashMap::new(),
    }
}

fn save_cache(cache: &Path, root: &Path, notes: &[IndexedNote]) {
    #[derive(Serialize)]
    struct CacheRef<'a> {
        version: u32,
        #[serde(serialize_with = "super::serialize_path_lossy")]
        root: &'a Path,
        notes: &'a [IndexedNote],
    }
    let Ok(json) = serde_json::to_vec(&CacheRef {
        version: CACHE_VERSION,
        root,
        notes,
    }) else {
        return;
    };
    // The cache only saves time; a cache folder that cannot be written costs a slower start.
    if let Some(dir) = cache.parent()
        && fs::create_dir_all(dir).is_ok()
    {
        let _ = write::write_atomic(cache, &json, true);
        remove_abandoned_caches(dir);
    }
}

/// Caches of libraries not listed for a long while (moved, deleted, a test's temp folder) only
/// take space; each is rebuilt if its library comes back.
fn remove_abandoned_caches(dir: &Path) {
    write::remove_old_files(dir, ABANDONED_CACHE_AGE, |name| {
        name.starts_with("library-") && name.ends_with(".json")
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sync_conflict_copies_are_recognised() {
        assert!(is_conflict_copy(
            "Story.sync-conflict-20250101-101010-ABCDEFG.md"
        ));
        assert!(is_conflict_copy(
            "Story (Jo's conflicted copy 2025-01-01).md"
        ));
        assert!(!is_conflict_copy("Conflict in Sudan.md"));
    }
}
