//! Importing a folder of saved pages and notes: each file through the engine, duplicates skipped,
//! failures kept with their reason.

use std::path::{Path, PathBuf};

use serde::Serialize;

use super::duplicates::{Duplicate, DuplicateIndex};
use super::{Library, LibraryError, index};
use crate::clipping::{Clipping, Original};

/// File extensions import reads (case-insensitive).
pub const IMPORT_EXTENSIONS: &[&str] = &["txt", "html", "htm", "md", "markdown"];

/// Where an import is, sent before each file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProgress {
    /// Files finished so far.
    pub done: usize,
    /// Files to import in all.
    pub total: usize,
    /// The file being imported now.
    pub current: PathBuf,
}

/// A file that was already in the library.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportDuplicate {
    #[serde(serialize_with = "super::serialize_path_lossy")]
    pub file: PathBuf,
    pub existing: Duplicate,
}

/// A file that could not be imported, and why in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ImportFailure {
    #[serde(serialize_with = "super::serialize_path_lossy")]
    pub file: PathBuf,
    pub why: String,
}

/// What an import did, file by file.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct ImportReport {
    /// The notes written.
    #[serde(serialize_with = "super::serialize_paths_lossy")]
    pub imported: Vec<PathBuf>,
    pub duplicates: Vec<ImportDuplicate>,
    pub failed: Vec<ImportFailure>,
}

impl Library {
    /// Imports every `.txt`, `.html`, `.htm` and `.md` file under `dir` (hidden folders skipped):
    /// extracts each, skips duplicates of the library or of files imported earlier in the same
    /// run, and saves the rest as new notes. One bad file never stops the import; it is reported.
    /// Slow for big folders: call it from a thread (everything here is `Send`).
    pub fn import_folder(
        &self,
        dir: &Path,
        mut progress: impl FnMut(ImportProgress),
    ) -> Result<ImportReport, LibraryError> {
        super::disk_guard::check("Library::import_folder");
        let files = import_files(dir)?;
        // A save from another process meanwhile must not slip between a check and a write.
        let _lock = self.lock()?;
        let mut duplicates = DuplicateIndex::new(self.scan()?);
        // The library's site rules trim imported articles as they trim the window's; a damaged
        // rules file trims nothing (the window says so when it opens the library).
        let options = super::IngestOptions {
            rules: super::Rules::load(&self.root).unwrap_or_default(),
            tags: Vec::new(),
        };
        let mut report = ImportReport::default();
        let total = files.len();
        for (done, file) in files.into_iter().enumerate() {
            progress(ImportProgress {
                done,
                total,
                current: file.clone(),
            });
            if is_not_regular_file(&file) {
                report.failed.push(ImportFailure {
                file,
                why: "it is not a regular file (a pipe, a socket or a device), so it was not read"
                    .into(),
            });
                continue;
            }
            let clipping = match clip_file(&file, &options) {
                Ok(c) => c,
                Err(why) => {
                    report.failed.push(ImportFailure { file, why });
                    continue;
                }
            };
            if let Some(existing) = duplicates.find(&clipping) {
                report.duplicates.push(ImportDuplicate { file, existing });
                continue;
            }
            match self.save(&clipping, None) {
                Ok(path) => {
                    let stamp = super::DiskStamp::of(&path).unwrap_or_default();
                    if let Some(note) = index::read_note(&self.root, path.clone(), stamp) {
                        duplicates.add(note);
                    }
                    report.imported.push(path);
                }
                Err(e) => report.failed.push(ImportFailure {
                    file,
                    why: e.to_string(),
                }),
            }
        }
        progress(ImportProgress {
            done: total,
            total,
            current: PathBuf::new(),
        });
        Ok(report)
    }
}

/// Reads and extracts one file into a clipping titled by its file name when it has no title.
/// A Markdown note's own front matter (from Obsidian or another clipper) fills the fields, and
/// only its body goes through the engine.
fn clip_file(file: &Path, options: &super::IngestOptions) -> Result<Clipping, String> {
    let bytes = super::read_input_file(file).map_err(|e| match e {
        super::InputError::Io { source, .. } => {
            format!("could not read it: {}", super::write::describe_io(&source))
        }
        other => other.to_string(),
    })?;
    let name = file.to_string_lossy();
    let (article, original, front) =
        Original::extract_note_at(&bytes, Some(&name), None).map_err(|e| e.to_string())?;
    if article.body_text().trim().is_empty() {
        return Err("no article text was found in it".into());
    }
    let mut clipping = super::ingest(article, original, options).clipping;
    // A saved page's images beside it ("Web page, complete") are copied with the note.
    clipping.page_folder = file.parent().map(Path::to_path_buf);
    if let Some(front) = front {
        clipping.apply_front_matter(front);
    }
    if clipping.title.trim().is_empty()
        && let Some(stem) = file.file_stem()
    {
        clipping.title = stem.to_string_lossy().into_owned();
    }
    Ok(clipping)
}

/// A FIFO, socket or device (links followed). Never opens it: opening a FIFO waits for a writer.
fn is_not_regular_file(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| !m.is_file())
}

/// The importable files under `dir`, sorted so reports and progress are stable.
fn import_files(dir: &Path) -> Result<Vec<PathBuf>, LibraryError> {
    let mut files = Vec::new();
    let mut dirs = vec![dir.to_path_buf()];
    while let Some(current) = dirs.pop() {
        let entries = std::fs::read_dir(&current).map_err(|source| LibraryError::Read {
            path: current.clone(),
            source,
        })?;
        for entry in entries.filter_map(Result::ok) {
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let path = entry.path();
            // `file_type` does not follow symlinks, so a link loop cannot trap the walk.
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                dirs.push(path);
            } else if path
                .extension()
                .is_some_and(|x| IMPORT_EXTENSIONS.iter().any(|e| x.eq_ignore_ascii_case(e)))
            {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}
