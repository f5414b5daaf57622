//! The library owns the disk: one Markdown note per clipping in a folder the person chooses, plus a
//! hidden folder holding each clipping's original input and trims so it can be re-trimmed later.
//! It knows nothing of egui.

mod names;

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::clipping::{Clipping, parse_note};
use crate::extract::Article;

pub use names::sanitize_file_stem;

/// The hidden folder inside the library; deleting it loses only the ability to re-trim.
pub const HIDDEN_DIR: &str = ".tidyclip";
/// Where originals live inside the hidden folder, one JSON file per clipping id.
const ORIGINALS_DIR: &str = "originals";
/// The environment variable that overrides the default library folder.
pub const LIBRARY_ENV: &str = "TIDYCLIP_LIBRARY";

/// What went wrong with the library, with the path involved.
#[derive(Debug, thiserror::Error)]
pub enum LibraryError {
    #[error("Could not create the library folder {path}: {source}")]
    CreateFolder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("Could not write {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("Could not read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{path} is not a clipping tidyclip can re-open: {why}")]
    NotReopenable { path: PathBuf, why: String },
    #[error("No folder for the library could be found: set {LIBRARY_ENV} or pass --library")]
    NoDefaultFolder,
}

/// One note in the library, as the list shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NoteSummary {
    pub path: PathBuf,
    pub title: String,
    pub site: Option<String>,
    pub published: Option<String>,
    pub created: Option<String>,
    pub tags: Vec<String>,
    pub id: Option<String>,
}

/// What the hidden folder keeps per clipping: enough to re-open it with the same trims.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct StoredOriginal {
    original: crate::clipping::Original,
    article: Article,
    created: DateTime<FixedOffset>,
}

/// A library folder.
#[derive(Debug, Clone)]
pub struct Library {
    root: PathBuf,
}

impl Library {
    /// The library at `dir`, created if missing.
    pub fn open(dir: impl Into<PathBuf>) -> Result<Self, LibraryError> {
        let root = dir.into();
        fs::create_dir_all(&root).map_err(|source| LibraryError::CreateFolder {
            path: root.clone(),
            source,
        })?;
        Ok(Library { root })
    }

    /// The folder chosen by `--library`, else `TIDYCLIP_LIBRARY`, else the OS data dir's `library`.
    pub fn default_dir(explicit: Option<&Path>) -> Result<PathBuf, LibraryError> {
        if let Some(dir) = explicit {
            return Ok(dir.to_path_buf());
        }
        if let Some(dir) = std::env::var_os(LIBRARY_ENV).filter(|d| !d.is_empty()) {
            return Ok(PathBuf::from(dir));
        }
        directories::ProjectDirs::from("", "", "tidyclip")
            .map(|dirs| dirs.data_dir().join("library"))
            .ok_or(LibraryError::NoDefaultFolder)
    }

    /// The library's folder.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Saves a clipping: its original into the hidden folder, then the note. A note already saved
    /// under this id (`existing`) is rewritten in place (renamed when the title changed); a new one
    /// never overwrites another file. Returns the note's path.
    pub fn save(
        &self,
        clipping: &Clipping,
        existing: Option<&Path>,
    ) -> Result<PathBuf, LibraryError> {
        let stored = StoredOriginal {
            original: clipping.original.clone(),
            article: clipping.article.clone(),
            created: clipping.created,
        };
        let originals = self.root.join(HIDDEN_DIR).join(ORIGINALS_DIR);
        fs::create_dir_all(&originals).map_err(|source| LibraryError::CreateFolder {
            path: originals.clone(),
            source,
        })?;
        let json = serde_json::to_vec(&stored).expect("plain data serializes to JSON");
        let original_path = originals.join(format!("{}.json", clipping.id));
        write_atomic(&original_path, &json, true)?;

        let note = clipping.to_markdown();
        let stem = sanitize_file_stem(clipping.display_title());
        match existing {
            Some(old) if old.exists() => {
                let same_name = old.file_stem().and_then(|s| s.to_str()) == Some(stem.as_str());
                if same_name {
                    write_atomic(old, note.as_bytes(), true)?;
                    Ok(old.to_path_buf())
                } else {
                    let new_path = self.write_new_note(&stem, note.as_bytes())?;
                    // The new note is safely on disk; only now drop the old name.
                    fs::remove_file(old).map_err(|source| LibraryError::Write {
                        path: old.to_path_buf(),
                        source,
                    })?;
                    Ok(new_path)
                }
            }
            _ => self.write_new_note(&stem, note.as_bytes()),
        }
    }

    /// The path a new note titled `title` would get now (after sanitizing and any collision suffix).
    pub fn path_for_new_note(&self, title: &str) -> PathBuf {
        let stem = sanitize_file_stem(title);
        (1..)
            .map(|n| self.root.join(names::numbered_file_name(&stem, n)))
            .find(|p| !p.exists())
            .expect("an unused file name exists")
    }

    fn write_new_note(&self, stem: &str, bytes: &[u8]) -> Result<PathBuf, LibraryError> {
        for n in 1.. {
            let path = self.root.join(names::numbered_file_name(stem, n));
            match write_new(&path, bytes) {
                Ok(()) => return Ok(path),
                Err(LibraryError::Write { source, .. })
                    if source.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(e),
            }
        }
        unreachable!("the loop above only ends by returning")
    }

    /// Every note in the library folder (not its sub-folders' hidden ones), newest first.
    pub fn list(&self) -> Result<Vec<NoteSummary>, LibraryError> {
        let entries = fs::read_dir(&self.root).map_err(|source| LibraryError::Read {
            path: self.root.clone(),
            source,
        })?;
        let mut notes: Vec<NoteSummary> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x.eq_ignore_ascii_case("md")))
            .filter_map(|p| summarize(&p).ok())
            .collect();
        notes.sort_by(|a, b| b.created.cmp(&a.created).then(a.title.cmp(&b.title)));
        Ok(notes)
    }

    /// Notes whose title, site or tags contain every word of `query` (case-insensitive), or whose
    /// body contains the whole query.
    pub fn search(&self, query: &str) -> Result<Vec<NoteSummary>, LibraryError> {
        let query = query.trim().to_lowercase();
        let words: Vec<&str> = query.split_whitespace().collect();
        let mut hits = Vec::new();
        for note in self.list()? {
            let haystack = format!(
                "{} {} {}",
                note.title,
                note.site.as_deref().unwrap_or(""),
                note.tags.join(" ")
            )
            .to_lowercase();
            let in_fields = words.iter().all(|w| haystack.contains(w));
            let in_body = !in_fields
                && fs::read_to_string(&note.path)
                    .map(|t| parse_note(&t).1.to_lowercase().contains(&query))
                    .unwrap_or(false);
            if in_fields || in_body {
                hits.push(note);
            }
        }
        Ok(hits)
    }

    /// Re-opens a saved note for editing, with its original and trims when the hidden folder has
    /// them; the note's front matter wins for the fields (the person may have edited it elsewhere).
    pub fn load(&self, path: &Path) -> Result<Clipping, LibraryError> {
        let text = fs::read_to_string(path).map_err(|source| LibraryError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let (front, _) = parse_note(&text);
        let front = front.ok_or_else(|| LibraryError::NotReopenable {
            path: path.to_path_buf(),
            why: "it has no front matter".into(),
        })?;
        let id = front
            .id
            .clone()
            .ok_or_else(|| LibraryError::NotReopenable {
                path: path.to_path_buf(),
                why: "its front matter has no id".into(),
            })?;
        let original_path = self
            .root
            .join(HIDDEN_DIR)
            .join(ORIGINALS_DIR)
            .join(format!("{id}.json"));
        let json = fs::read(&original_path).map_err(|source| LibraryError::Read {
            path: original_path.clone(),
            source,
        })?;
        let stored: StoredOriginal =
            serde_json::from_slice(&json).map_err(|e| LibraryError::NotReopenable {
                path: original_path.clone(),
                why: e.to_string(),
            })?;
        Ok(Clipping {
            id,
            title: front.title,
            source: front.source,
            authors: front.author,
            published: front.published,
            created: stored.created,
            description: front.description,
            tags: front.tags,
            site: front.site,
            article: stored.article,
            original: stored.original,
        })
    }
}

/// Reads one note's front matter into a summary; notes without front matter are titled by file name.
pub fn summarize(path: &Path) -> Result<NoteSummary, LibraryError> {
    let text = fs::read_to_string(path).map_err(|source| LibraryError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let (front, _) = parse_note(&text);
    let front = front.unwrap_or_default();
    let title = if front.title.trim().is_empty() {
        path.file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default()
    } else {
        front.title
    };
    Ok(NoteSummary {
        path: path.to_path_buf(),
        title,
        site: front.site,
        published: front.published,
        created: front.created,
        tags: front.tags,
        id: front.id,
    })
}

/// Writes `bytes` to `path` atomically: a temp file in the same folder, flushed, then renamed over
/// (`replace`) or linked only if nothing is there yet. A crash leaves the old file or the new one,
/// never half of either.
fn write_atomic(path: &Path, bytes: &[u8], replace: bool) -> Result<(), LibraryError> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let err = |source: std::io::Error| LibraryError::Write {
        path: path.to_path_buf(),
        source,
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".tidyclip-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(err)?;
    tmp.write_all(bytes).map_err(err)?;
    tmp.as_file().sync_all().map_err(err)?;
    if replace {
        tmp.persist(path).map_err(|e| err(e.error))?;
    } else {
        tmp.persist_noclobber(path).map_err(|e| err(e.error))?;
    }
    Ok(())
}

fn write_new(path: &Path, bytes: &[u8]) -> Result<(), LibraryError> {
    write_atomic(path, bytes, false)
}
