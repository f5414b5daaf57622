//! The library owns the disk: one Markdown note per clipping in a folder the person chooses, plus a
//! hidden folder holding each clipping's original input and trims so it can be re-trimmed later.
//! It knows nothing of egui.
//!
//! The notes are the truth. The hidden folder (`.tidyclip/originals/<id>.json`, keyed by the id in
//! each note's front matter) only adds re-trimming: deleting it never loses a note. An optional
//! cache of the notes' front matter lives in the OS cache folder, never in the library, so two
//! machines syncing the folder have nothing to fight over.

mod attachments;
pub mod disk_guard;
mod duplicates;
mod fingerprint;
mod front;
mod import;
mod index;
mod ingest;
mod input;
mod lock;
mod names;
mod parallel;
mod policy;
mod rules;
mod search;
mod tags;
mod trash;
mod watch;
mod write;

use std::fs;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use crate::clipping::{Clipping, FrontMatter, parse_note};
use crate::extract::Article;

pub use attachments::ATTACHMENTS_DIR;
pub use duplicates::{Duplicate, DuplicateReason, canonical_url};
#[doc(hidden)]
pub use front::exercise_front_matter;
pub use import::{IMPORT_EXTENSIONS, ImportDuplicate, ImportFailure, ImportProgress, ImportReport};
pub use ingest::{IngestOptions, Ingested, ingest, ingest_bytes};
pub use input::{InputError, MAX_INPUT_BYTES, read_input_file, read_input_stream};
pub use lock::LibraryLock;
pub use names::{
    DEFAULT_NAME_TEMPLATE, NAME_PLACEHOLDERS, NameFields, render_file_stem, render_stem,
    sanitize_file_stem,
};
pub use policy::{SavePolicy, Saved};
pub use rules::{Rules, SiteRule, is_page_furniture, site_key};
pub use search::{SearchIndex, search_bodies};
pub use tags::{clean_tags, obsidian_tag};
pub use trash::{KeptFile, TrashedNote};
pub use watch::LibraryChange;

/// The hidden folder inside the library; deleting it loses only the ability to re-trim.
pub const HIDDEN_DIR: &str = ".tidyclip";
/// Where originals live inside the hidden folder, one JSON file per clipping id.
const ORIGINALS_DIR: &str = "originals";
/// The environment variable that overrides the default library folder.
pub const LIBRARY_ENV: &str = "TIDYCLIP_LIBRARY";

/// What went wrong with the library, with the path involved, in words a person can act on.
#[derive(Debug, thiserror::Error)]
pub enum LibraryError {
    #[error("Could not create the folder {path}: {}", write::describe_io(source))]
    CreateFolder {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "Could not save {path}: {} (nothing was half-written)",
        write::describe_io(source)
    )]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("Could not read {path}: {}", write::describe_io(source))]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The note is fine but cannot be re-trimmed: show its Markdown instead.
    #[error("{path} cannot be re-trimmed: {why}")]
    NotReopenable { path: PathBuf, why: String },
    /// The note changed on disk since it was opened (another program, or another machine through
    /// a sync tool). Nothing was written; re-open it or save as a new note.
    #[error(
        "{path} was changed by another program since you opened it; nothing was saved (re-open it, or save as a new note)"
    )]
    ChangedOnDisk { path: PathBuf },
    #[error("Could not change {path}: {why}")]
    FrontMatter { path: PathBuf, why: String },
    #[error("Could not move {path} to the trash: {why}")]
    Trash { path: PathBuf, why: String },
    #[error("Could not watch {path} for changes: {why}")]
    Watch { path: PathBuf, why: String },
    /// Rename, tag and delete only touch the library's own notes; `why` says what `path` is.
    #[error("{path} is not a note in the library {library}: {why}; nothing was changed")]
    NotInLibrary {
        path: PathBuf,
        library: PathBuf,
        why: String,
    },
    #[error("No free file name is left beside {path}")]
    NoFreeName { path: PathBuf },
    /// Another process kept the library's lock (a long import, or a hung save) too long.
    #[error(
        "Another tidyclip has been saving into this library for a minute (it holds {path}); nothing was saved, try again"
    )]
    Busy { path: PathBuf },
    /// A tag Obsidian would not read as one.
    #[error("The tag {tag:?} cannot be used: {why}")]
    BadTag { tag: String, why: String },
    /// A command that only reads or changes existing notes was pointed at no library.
    #[error("No library at {path}: {why}")]
    NoLibrary { path: PathBuf, why: String },
    #[error("No folder for the library could be found: set {LIBRARY_ENV} or pass --library")]
    NoDefaultFolder,
    /// The site rules file is not valid: the rules are ignored, and kept, until it is fixed.
    #[error("Your site rules in {path} could not be read ({why}); they are ignored until fixed")]
    DamagedRules { path: PathBuf, why: String },
}

/// When a file was last written and how big it is: enough to tell that someone else changed it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
pub struct DiskStamp {
    /// Modification time, nanoseconds since the Unix epoch (0 when the OS gives none).
    pub modified_ns: u64,
    pub len: u64,
}

impl DiskStamp {
    /// The stamp of the file at `path` now.
    pub fn of(path: &Path) -> Result<Self, LibraryError> {
        disk_guard::check("DiskStamp::of");
        fs::metadata(path)
            .map(|m| DiskStamp::from_metadata(&m))
            .map_err(|source| LibraryError::Read {
                path: path.to_path_buf(),
                source,
            })
    }

    fn from_metadata(meta: &fs::Metadata) -> Self {
        let modified_ns = meta
            .modified()
            .ok()
            .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
            .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX));
        DiskStamp {
            modified_ns,
            len: meta.len(),
        }
    }
}

/// A path as JSON text: a name that is not UTF-8 (possible on Linux) gets U+FFFD for its bad
/// bytes instead of failing the whole listing.
pub(crate) fn serialize_path_lossy<S: serde::Serializer>(
    path: &Path,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&path.to_string_lossy())
}

/// Paths as JSON text, see [`serialize_path_lossy`].
pub(crate) fn serialize_paths_lossy<S: serde::Serializer>(
    paths: &[PathBuf],
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_seq(paths.iter().map(|p| p.to_string_lossy()))
}

/// One note in the library, as the list shows it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct NoteSummary {
    /// Serialized as text, with U+FFFD for the bytes of a name that is not UTF-8.
    #[serde(serialize_with = "serialize_path_lossy")]
    pub path: PathBuf,
    pub title: String,
    /// The article's address.
    #[serde(default)]
    pub source: Option<String>,
    pub site: Option<String>,
    pub published: Option<String>,
    pub created: Option<String>,
    pub tags: Vec<String>,
    pub id: Option<String>,
    /// A sync tool's conflict copy (Syncthing `.sync-conflict-`, Dropbox "conflicted copy"):
    /// the person should compare it with the note and keep one.
    #[serde(default)]
    pub conflict: bool,
    /// The file's stamp when it was read, for [`Library::save_checked`].
    #[serde(skip)]
    pub stamp: DiskStamp,
}

impl NoteSummary {
    /// The day to show beside the note in a list: when it was published, else when it was
    /// clipped (`YYYY-MM-DD`, the time cut off); empty when neither is known.
    pub fn list_date(&self) -> &str {
        self.published
            .as_deref()
            .or(self.created.as_deref())
            .map_or("", |d| d.get(..10).unwrap_or(d))
    }

    /// [`Self::list_date`] for a person to read: a clip date says so ("clipped 2025-05-05"), so
    /// it is never taken for the day the page was published.
    pub fn list_date_label(&self) -> String {
        let date = self.list_date();
        if self.published.is_none() && !date.is_empty() {
            format!("clipped {date}")
        } else {
            date.to_string()
        }
    }
}

/// A note listed by its file name only, though it has front matter: too big or nested too deep
/// to read safely. Worth a warning, so the person can fix or remove it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteWarning {
    pub path: PathBuf,
    /// What is wrong, in words (starting "its front matter…").
    pub why: String,
}

/// A note as it is on disk, for showing its Markdown when it cannot be re-trimmed.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub path: PathBuf,
    /// The front matter, when the note has one that parses.
    pub front: Option<FrontMatter>,
    /// The Markdown after the front matter.
    pub body: String,
    pub stamp: DiskStamp,
}

/// The order of a listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SortBy {
    /// Newest clipping first.
    #[default]
    Clipped,
    /// Newest publication first; undated last.
    Published,
    /// A to Z, ignoring case.
    Title,
    /// By site A to Z (no site last), then title.
    Site,
}

/// Which notes a listing shows, in which order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ListOptions {
    pub sort: SortBy,
    /// Only notes carrying every one of these tags (case-insensitive; `reading` also finds the
    /// nested `reading/later`).
    pub tags: Vec<String>,
    /// Only notes from this site (case-insensitive).
    pub site: Option<String>,
}

/// What the hidden folder keeps per clipping: enough to re-open it with the same trims.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct StoredOriginal {
    /// Written first so a scan can read it from the file's first bytes (see `index`).
    #[serde(default)]
    text_hash: Option<String>,
    original: crate::clipping::Original,
    article: Article,
    created: DateTime<FixedOffset>,
}

/// A library folder.
#[derive(Debug, Clone)]
pub struct Library {
    root: PathBuf,
    /// The folder for the list cache; `None` reads every note each time.
    cache_dir: Option<PathBuf>,
    /// How new and renamed notes are named (see [`names::render_stem`]).
    name_template: String,
}

impl Library {
    /// The library at `dir`, created if missing, with its list cache in the OS cache folder.
    /// Temp files left by a killed save are cleared (in the folder and among the originals).
    pub fn open(dir: impl Into<PathBuf>) -> Result<Self, LibraryError> {
        disk_guard::check("Library::open");
        let library = Library::at(dir.into());
        fs::create_dir_all(&library.root).map_err(|source| LibraryError::CreateFolder {
            path: library.root.clone(),
            source,
        })?;
        write::remove_stale_temp_files(&library.root);
        // Originals are the biggest files written, so a killed save leaves its largest temp here.
        write::remove_stale_temp_files(&library.originals_dir());
        Ok(library)
    }

    /// The library at `dir`, which must exist: for commands that only read or change notes
    /// already there (list, search, rename…), so a mistyped folder is reported instead of
    /// created. Nothing is written.
    pub fn open_existing(dir: impl Into<PathBuf>) -> Result<Self, LibraryError> {
        let library = Library::at(dir.into());
        let root = &library.root;
        match fs::metadata(root) {
            Ok(meta) if meta.is_dir() => Ok(library),
            Ok(_) => Err(LibraryError::NoLibrary {
                path: root.clone(),
                why: "it is a file, not a folder".into(),
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(LibraryError::NoLibrary {
                path: root.clone(),
                why:
                    "the folder does not exist (check the path; saving a clipping there creates it)"
                        .into(),
            }),
            Err(source) => Err(LibraryError::Read {
                path: root.clone(),
                source,
            }),
        }
    }

    fn at(root: PathBuf) -> Self {
        // Absolute (symlinks kept as the person named them), so notes' paths and the cache's key
        // do not depend on the working folder.
        let root = std::path::absolute(&root).unwrap_or(root);
        let cache_dir =
            directories::ProjectDirs::from("", "", "tidyclip").map(|d| d.cache_dir().to_path_buf());
        Library {
            root,
            cache_dir,
            name_template: DEFAULT_NAME_TEMPLATE.to_string(),
        }
    }

    /// The same library naming notes after `template` (`{title}`, `{site}`, `{published}`,
    /// `{created}`), e.g. `{published} {site} - {title}`. The default, `{title}`, names a note
    /// after its title alone.
    #[must_use]
    pub fn with_name_template(mut self, template: impl Into<String>) -> Self {
        self.name_template = template.into();
        self
    }

    /// The file-name template notes are named after.
    pub fn name_template(&self) -> &str {
        &self.name_template
    }

    /// The file name stem `clipping` gets under this library's template.
    pub fn stem_for(&self, clipping: &Clipping) -> String {
        render_file_stem(&self.name_template, clipping)
    }

    /// The same library with its list cache in `dir` instead, or without a cache (`None`).
    #[must_use]
    pub fn with_cache_dir(mut self, dir: Option<PathBuf>) -> Self {
        self.cache_dir = dir;
        self
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

    /// The list cache's file, when the library has one.
    pub fn cache_file(&self) -> Option<PathBuf> {
        self.cache_dir
            .as_deref()
            .map(|d| index::cache_file(d, &self.root))
    }

    /// The note `path` names, resolved (symlinks followed) and checked to be a Markdown file inside
    /// the library folder, outside its hidden folders: the path to act on, under the library's
    /// root as the person named it. Anything else is refused with the reason, so a mistyped path
    /// or a link never renames, re-tags or trashes a file elsewhere, and a link from elsewhere to
    /// a note changes the note, not the link.
    pub(crate) fn resolve_note_path(&self, path: &Path) -> Result<PathBuf, LibraryError> {
        let refuse = |why: String| LibraryError::NotInLibrary {
            path: path.to_path_buf(),
            library: self.root.clone(),
            why,
        };
        let root = fs::canonicalize(&self.root).map_err(|source| LibraryError::Read {
            path: self.root.clone(),
            source,
        })?;
        let note = fs::canonicalize(path).map_err(|source| LibraryError::Read {
            path: path.to_path_buf(),
            source,
        })?;
        let inside = match note.strip_prefix(&root) {
            Ok(inside) if !inside.as_os_str().is_empty() => inside,
            Ok(_) => return Err(refuse("it is the library folder itself".into())),
            Err(_) if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) => {
                return Err(refuse(format!(
                    "it links to {}, outside the library",
                    note.display()
                )));
            }
            Err(_) => return Err(refuse("it is outside the library".into())),
        };
        let hidden = inside
            .parent()
            .into_iter()
            .flat_map(Path::components)
            .find(|c| c.as_os_str().to_string_lossy().starts_with('.'));
        if let Some(hidden) = hidden {
            return Err(refuse(format!(
                "it is in the hidden folder {}, which the library does not list",
                hidden.as_os_str().to_string_lossy()
            )));
        }
        if !note
            .extension()
            .is_some_and(|x| x.eq_ignore_ascii_case("md"))
        {
            return Err(refuse("it is not a Markdown (.md) note".into()));
        }
        Ok(self.root.join(inside))
    }

    fn originals_dir(&self) -> PathBuf {
        self.root.join(HIDDEN_DIR).join(ORIGINALS_DIR)
    }

    fn original_path(&self, id: &str) -> PathBuf {
        self.originals_dir().join(format!("{id}.json"))
    }

    /// Saves a clipping: its original into the hidden folder, then the note, named by the
    /// library's template. A note already saved under this id (`existing`) is rewritten in place
    /// (renamed when its rendered name changed, e.g. a new title), keeping
    /// front matter keys other tools added; a new one never overwrites another file. Returns the
    /// note's path. Does not check for changes made on disk meanwhile: the window uses
    /// [`Library::save_checked`].
    pub fn save(
        &self,
        clipping: &Clipping,
        existing: Option<&Path>,
    ) -> Result<PathBuf, LibraryError> {
        self.write_original(clipping)?;
        let stem = self.stem_for(clipping);
        // The images its page saved beside it go into the note's attachments folder first, named
        // after the note's file, so the note never links a copy that is not there yet.
        let target = self.save_target_for_stem(&stem, existing);
        let old_text = existing.and_then(|old| fs::read_to_string(old).ok());
        let attached = self.attach(clipping, &target, old_text.as_deref())?;
        let clipping = attached.as_ref();
        match existing {
            Some(old) if old.exists() => {
                let note = self.note_text_keeping_foreign_keys(clipping, old);
                let same_name = old
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .is_some_and(|s| names::is_name_for(s, &stem));
                if same_name {
                    write::write_atomic(old, note.as_bytes(), true)?;
                    Ok(old.to_path_buf())
                } else {
                    let dir = old.parent().unwrap_or(&self.root);
                    let new_path = write_new_note(dir, &stem, note.as_bytes(), Some(old))?;
                    // The new note is safely on disk; only now drop the old name.
                    fs::remove_file(old).map_err(|source| LibraryError::Write {
                        path: old.to_path_buf(),
                        source,
                    })?;
                    Ok(new_path)
                }
            }
            _ => write_new_note(&self.root, &stem, clipping.to_markdown().as_bytes(), None),
        }
    }

    /// Like [`Library::save`], but refuses with [`LibraryError::ChangedOnDisk`] when the note at
    /// `existing` is no longer as it was when opened (`known`, from [`Library::load_for_edit`] or
    /// a previous `save_checked`), or was moved and is now elsewhere. Returns the saved path and
    /// its new stamp, to pass to the next save.
    pub fn save_checked(
        &self,
        clipping: &Clipping,
        existing: Option<(&Path, DiskStamp)>,
    ) -> Result<(PathBuf, DiskStamp), LibraryError> {
        if let Some((path, known)) = existing {
            match DiskStamp::of(path) {
                Ok(now) if now != known => {
                    return Err(LibraryError::ChangedOnDisk {
                        path: path.to_path_buf(),
                    });
                }
                Ok(_) => {}
                // Gone: renamed or moved elsewhere in the library? Then that note is the one.
                Err(_) => {
                    if let Some(moved) = self.find_by_id(&clipping.id)? {
                        return Err(LibraryError::ChangedOnDisk { path: moved });
                    }
                }
            }
        }
        let path = self.save(clipping, existing.map(|(p, _)| p))?;
        let stamp = DiskStamp::of(&path)?;
        Ok((path, stamp))
    }

    fn write_original(&self, clipping: &Clipping) -> Result<(), LibraryError> {
        let stored = StoredOriginal {
            text_hash: fingerprint::text_hash(&clipping.original.text).map(|h| format!("{h:016x}")),
            original: clipping.original.clone(),
            article: clipping.article.clone(),
            created: clipping.created,
        };
        let originals = self.originals_dir();
        fs::create_dir_all(&originals).map_err(|source| LibraryError::CreateFolder {
            path: originals.clone(),
            source,
        })?;
        let json = serde_json::to_vec(&stored).expect("plain data serializes to JSON");
        write::write_atomic(&self.original_path(&clipping.id), &json, true)
    }

    /// The clipping's note, with any front matter keys of the note at `old` that tidyclip does not
    /// own (`aliases`, `cssclasses`…) carried over.
    fn note_text_keeping_foreign_keys(&self, clipping: &Clipping, old: &Path) -> String {
        let merged = fs::read_to_string(old).ok().and_then(|text| {
            let (map, _) = front::read_mapping(&text).ok()?;
            front::merge_foreign_keys(&clipping.front_matter(), &map)
        });
        match merged {
            Some(map) => front::render(&map, &clipping.body_markdown()),
            None => clipping.to_markdown(),
        }
    }

    /// Where [`Library::save`] would write `clipping` now: `existing` when its name still fits
    /// the template, else the path of a new note.
    pub fn save_target(&self, clipping: &Clipping, existing: Option<&Path>) -> PathBuf {
        self.save_target_for_stem(&self.stem_for(clipping), existing)
    }

    /// [`Library::save_target`] for a note whose file stem is already known (from
    /// [`Library::stem_for`], which needs no disk): the part that looks at the folder.
    pub fn save_target_for_stem(&self, stem: &str, existing: Option<&Path>) -> PathBuf {
        match existing {
            Some(old)
                if old
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .is_some_and(|s| names::is_name_for(s, stem)) =>
            {
                old.to_path_buf()
            }
            Some(old) => {
                let dir = old.parent().unwrap_or(&self.root);
                first_free_path(dir, stem, Some(old))
            }
            None => first_free_path(&self.root, stem, None),
        }
    }

    /// The path `clipping` would get as a new note now (its name from the template, sanitized,
    /// with any collision suffix).
    pub fn path_for_new_note(&self, clipping: &Clipping) -> PathBuf {
        first_free_path(&self.root, &self.stem_for(clipping), None)
    }

    /// Every note in the library folder and its visible sub-folders, newest clipping first —
    /// tidyclip's and any other tool's `.md` files, with or without front matter.
    pub fn list(&self) -> Result<Vec<NoteSummary>, LibraryError> {
        self.list_with(&ListOptions::default())
    }

    /// The notes matching `options`' filters, in its order.
    pub fn list_with(&self, options: &ListOptions) -> Result<Vec<NoteSummary>, LibraryError> {
        Ok(self.list_with_warnings(options)?.0)
    }

    /// [`Library::list_with`], and a warning for each listed note whose front matter could not be
    /// read safely.
    pub fn list_with_warnings(
        &self,
        options: &ListOptions,
    ) -> Result<(Vec<NoteSummary>, Vec<NoteWarning>), LibraryError> {
        disk_guard::check("Library::list");
        let (mut notes, warnings) = self.scan_with_warnings()?;
        notes.retain(|n| {
            options
                .tags
                .iter()
                .all(|t| n.tags.iter().any(|nt| tag_matches(nt, t)))
                && options.site.as_deref().is_none_or(|s| {
                    n.site
                        .as_deref()
                        .is_some_and(|ns| ns.to_lowercase() == s.to_lowercase())
                })
        });
        sort_notes(&mut notes, options.sort);
        let warnings = warnings_for(&notes, warnings);
        Ok((notes, warnings))
    }

    fn scan(&self) -> Result<Vec<index::IndexedNote>, LibraryError> {
        index::scan(&self.root, self.cache_file().as_deref())
    }

    /// Every note's summary, and the warnings of the scan.
    fn scan_with_warnings(&self) -> Result<(Vec<NoteSummary>, Vec<NoteWarning>), LibraryError> {
        let mut warnings = Vec::new();
        let notes = self
            .scan()?
            .into_iter()
            .map(|n| {
                if let Some(why) = n.warning {
                    warnings.push(NoteWarning {
                        path: n.summary.path.clone(),
                        why,
                    });
                }
                n.summary
            })
            .collect();
        Ok((notes, warnings))
    }

    /// Notes matching `query`: fuzzy matches on title, site and tags first (best first), then
    /// notes whose body holds every word of the query. For typing-speed search in the window,
    /// keep a [`SearchIndex`] over the listed notes instead.
    pub fn search(&self, query: &str) -> Result<Vec<NoteSummary>, LibraryError> {
        Ok(self.search_with_warnings(query)?.0)
    }

    /// [`Library::search`], and a warning for each note found whose front matter could not be
    /// read safely.
    pub fn search_with_warnings(
        &self,
        query: &str,
    ) -> Result<(Vec<NoteSummary>, Vec<NoteWarning>), LibraryError> {
        let (found, warnings) = self.list_with_warnings(&ListOptions::default())?;
        let found = search_notes(found, query);
        let warnings = warnings_for(&found, warnings);
        Ok((found, warnings))
    }

    /// Every tag in the library with how many notes carry it, most used first: for completion.
    /// A library that cannot be read has no tags to offer.
    pub fn all_tags(&self) -> Vec<(String, usize)> {
        self.list()
            .map(|notes| tag_counts(&notes))
            .unwrap_or_default()
    }

    /// The note whose front matter carries `id`, wherever it now is (renamed or moved outside
    /// the app). Conflict copies are passed over for the real note.
    pub fn find_by_id(&self, id: &str) -> Result<Option<PathBuf>, LibraryError> {
        let mut found: Vec<NoteSummary> = self
            .scan()?
            .into_iter()
            .map(|n| n.summary)
            .filter(|n| n.id.as_deref() == Some(id))
            .collect();
        found.sort_by_key(|n| n.conflict);
        Ok(found.into_iter().next().map(|n| n.path))
    }

    /// The note `clipping` would duplicate: the same address once tracking parameters are
    /// dropped, the same original text, or a nearly identical body. Its own note is not a
    /// duplicate.
    pub fn find_duplicate(&self, clipping: &Clipping) -> Option<NoteSummary> {
        self.duplicate_of(clipping).map(|d| d.note)
    }

    /// Like [`Library::find_duplicate`], saying why.
    pub fn duplicate_of(&self, clipping: &Clipping) -> Option<Duplicate> {
        disk_guard::check("Library::duplicate_of");
        let notes = self.scan().ok()?;
        duplicates::DuplicateIndex::new(notes).find(clipping)
    }

    /// A note as it is on disk: its front matter and Markdown body.
    pub fn read_note(&self, path: &Path) -> Result<Note, LibraryError> {
        let stamp = DiskStamp::of(path)?;
        let text = read_text(path)?;
        let (front, body) = parse_note(&text);
        Ok(Note {
            path: path.to_path_buf(),
            front,
            body: body.to_string(),
            stamp,
        })
    }

    /// Re-opens a saved note for editing, with its original and trims from the hidden folder
    /// (found by the id in its front matter, so a note renamed elsewhere still re-opens); the
    /// note's front matter wins for the fields (the person may have edited it elsewhere).
    /// [`LibraryError::NotReopenable`] when the note has no id or its original is gone — the note
    /// itself is fine: show it with [`Library::read_note`].
    pub fn load(&self, path: &Path) -> Result<Clipping, LibraryError> {
        let text = read_text(path)?;
        let (front, _) = parse_note(&text);
        let front = front.ok_or_else(|| LibraryError::NotReopenable {
            path: path.to_path_buf(),
            why: "it has no front matter, so it was not clipped by tidyclip".into(),
        })?;
        let id = front
            .id
            .clone()
            .ok_or_else(|| LibraryError::NotReopenable {
                path: path.to_path_buf(),
                why: "its front matter has no id, so it was not clipped by tidyclip".into(),
            })?;
        let original_path = self.original_path(&id);
        let json = match fs::read(&original_path) {
            Ok(json) => json,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                return Err(LibraryError::NotReopenable {
                    path: path.to_path_buf(),
                    why: format!(
                        "its original is not in the library's hidden {HIDDEN_DIR} folder (deleted, or not synced yet); the note itself is intact"
                    ),
                });
            }
            Err(source) => {
                return Err(LibraryError::Read {
                    path: original_path,
                    source,
                });
            }
        };
        let stored: StoredOriginal =
            serde_json::from_slice(&json).map_err(|e| LibraryError::NotReopenable {
                path: path.to_path_buf(),
                why: format!("its original {} is damaged ({e})", original_path.display()),
            })?;
        let mut clipping = Clipping {
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
            page_folder: None,
        };
        Library::relink_saved_images(&mut clipping, &text);
        Ok(clipping)
    }

    /// True when the note's body is no longer what tidyclip wrote for `clipping` (the person
    /// edited the text in Obsidian or elsewhere): saving the clipping again would replace those
    /// edits with the trimmed article, so the window should ask first.
    pub fn body_edited_elsewhere(&self, path: &Path, clipping: &Clipping) -> bool {
        let Ok(text) = read_text(path) else {
            return false;
        };
        let (_, body) = parse_note(&text);
        body.trim_end() != clipping.body_markdown().trim_end()
    }

    /// [`Library::load`] and the note's stamp taken just before reading it, for
    /// [`Library::save_checked`].
    pub fn load_for_edit(&self, path: &Path) -> Result<(Clipping, DiskStamp), LibraryError> {
        disk_guard::check("Library::load_for_edit");
        let stamp = DiskStamp::of(path)?;
        Ok((self.load(path)?, stamp))
    }

    /// Gives a note a new title: the front matter's `title` changes (other keys and the body stay
    /// byte for byte) and the file takes the name the template gives it with the new title,
    /// numbered if that name is taken — never overwriting another note. Returns the new path.
    pub fn rename(&self, path: &Path, new_title: &str) -> Result<PathBuf, LibraryError> {
        let path = &self.resolve_note_path(path)?;
        let new_title = new_title.trim();
        let text = read_text(path)?;
        let note =
            front::edit(&text, |map| front::set_text(map, "title", new_title)).map_err(|why| {
                LibraryError::FrontMatter {
                    path: path.to_path_buf(),
                    why,
                }
            })?;
        let front = parse_note(&text).0.unwrap_or_default();
        let title = if new_title.is_empty() {
            "Untitled clipping"
        } else {
            new_title
        };
        let fields = NameFields {
            title: title.to_string(),
            site: front.site.unwrap_or_default().trim().to_string(),
            published: front
                .published
                .as_deref()
                .map_or_else(String::new, names::day_of),
            created: front
                .created
                .as_deref()
                .map_or_else(String::new, names::day_of),
        };
        let stem = render_stem(&self.name_template, &fields);
        if path
            .file_stem()
            .and_then(|s| s.to_str())
            .is_some_and(|s| names::is_name_for(s, &stem))
        {
            write::write_atomic(path, note.as_bytes(), true)?;
            return Ok(path.to_path_buf());
        }
        let dir = path.parent().unwrap_or(&self.root);
        let new_path = write_new_note(dir, &stem, note.as_bytes(), Some(path))?;
        fs::remove_file(path).map_err(|source| LibraryError::Write {
            path: path.to_path_buf(),
            source,
        })?;
        Ok(new_path)
    }

    /// Replaces a note's tags, cleaned into tags Obsidian reads (see [`clean_tags`]; a tag that
    /// cannot be one is refused and nothing changes); other keys and the body stay byte for byte.
    pub fn set_tags(&self, path: &Path, tags: &[String]) -> Result<(), LibraryError> {
        let path = &self.resolve_note_path(path)?;
        let clean = clean_tags(tags)?;
        let text = read_text(path)?;
        let note =
            front::edit(&text, |map| front::set_list(map, "tags", &clean)).map_err(|why| {
                LibraryError::FrontMatter {
                    path: path.to_path_buf(),
                    why,
                }
            })?;
        write::write_atomic(path, note.as_bytes(), true)
    }
}

/// The notes matching `query`, best first (see [`Library::search`]).
fn search_notes(notes: Vec<NoteSummary>, query: &str) -> Vec<NoteSummary> {
    if query.trim().is_empty() {
        return notes;
    }
    let mut order = SearchIndex::new(&notes).search(query);
    let mut seen = vec![false; notes.len()];
    for &i in &order {
        seen[i] = true;
    }
    order.extend(
        search_bodies(&notes, query)
            .into_iter()
            .filter(|&i| !seen[i]),
    );
    order.into_iter().map(|i| notes[i].clone()).collect()
}

/// The warnings about notes among `notes`.
fn warnings_for(notes: &[NoteSummary], warnings: Vec<NoteWarning>) -> Vec<NoteWarning> {
    if warnings.is_empty() {
        return warnings;
    }
    let shown: std::collections::HashSet<&Path> = notes.iter().map(|n| n.path.as_path()).collect();
    warnings
        .into_iter()
        .filter(|w| shown.contains(w.path.as_path()))
        .collect()
}

/// Whether a note's tag answers a filter: the same tag ignoring case and a leading `#`, or a tag
/// nested under it (Obsidian's `reading/later` is found by `reading`).
fn tag_matches(tag: &str, filter: &str) -> bool {
    let filter = filter.trim().trim_start_matches('#');
    let tag = tag.trim_start_matches('#');
    tag.eq_ignore_ascii_case(filter)
        || (tag.len() > filter.len()
            && tag.is_char_boundary(filter.len())
            && tag[..filter.len()].eq_ignore_ascii_case(filter)
            && tag[filter.len()..].starts_with('/'))
}

/// Every tag in `notes` with its count, most used first, then A to Z.
pub fn tag_counts(notes: &[NoteSummary]) -> Vec<(String, usize)> {
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for tag in notes.iter().flat_map(|n| &n.tags) {
        *counts.entry(tag.as_str()).or_default() += 1;
    }
    let mut out: Vec<(String, usize)> = counts
        .into_iter()
        .map(|(t, n)| (t.to_string(), n))
        .collect();
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out
}

/// Sorts a listing; ties fall back to the title so the order is stable.
pub fn sort_notes(notes: &mut [NoteSummary], sort: SortBy) {
    let title = |n: &NoteSummary| n.title.to_lowercase();
    // Newest first and undated last: the undated flag leads, then the instant reversed.
    let newest_first = |when: Option<i64>| (when.is_none(), std::cmp::Reverse(when));
    match sort {
        SortBy::Clipped => notes.sort_by_cached_key(|n| {
            (
                newest_first(n.created.as_deref().and_then(instant)),
                title(n),
            )
        }),
        SortBy::Published => notes.sort_by_cached_key(|n| {
            (
                newest_first(n.published.as_deref().and_then(instant)),
                title(n),
            )
        }),
        SortBy::Title => notes.sort_by_cached_key(|n| (title(n), n.path.clone())),
        SortBy::Site => notes.sort_by_cached_key(|n| {
            (
                n.site.is_none(),
                n.site.as_deref().map(str::to_lowercase),
                title(n),
            )
        }),
    }
}

/// A front matter date as seconds since the epoch: RFC 3339 with its own offset (so clippings
/// made in different time zones order correctly), or a bare `YYYY-MM-DD` taken as midnight UTC.
fn instant(text: &str) -> Option<i64> {
    let text = text.trim();
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.timestamp())
        .ok()
        .or_else(|| {
            chrono::NaiveDate::parse_from_str(text.get(..10)?, "%Y-%m-%d")
                .ok()
                .and_then(|d| d.and_hms_opt(0, 0, 0))
                .map(|t| t.and_utc().timestamp())
        })
}

/// A note's text as it is on disk (to copy it whole), or a clear error.
pub fn read_note_text(path: &Path) -> Result<String, LibraryError> {
    read_text(path)
}

/// Reads a note: UTF-8, or a clear error.
fn read_text(path: &Path) -> Result<String, LibraryError> {
    disk_guard::check("reading a note");
    fs::read_to_string(path).map_err(|source| LibraryError::Read {
        path: path.to_path_buf(),
        source,
    })
}

/// The first of `stem.md`, `stem 2.md`… in `dir` that nothing uses yet, ignoring case (see
/// [`names_in_any_case`]); `replacing` is the note about to give up its name.
fn first_free_path(dir: &Path, stem: &str, replacing: Option<&Path>) -> PathBuf {
    disk_guard::check("finding a free note name");
    let taken = names_in_any_case(dir, replacing);
    (1..)
        .map(|n| names::numbered_file_name(stem, n))
        .find(|name| !taken.contains(&names::name_key(name)) && !dir.join(name).exists())
        .map(|name| dir.join(name))
        .expect("an unused file name exists")
}

/// Writes a new note named after `stem` in `dir`, numbering the name until one is free, ignoring
/// case; `replacing` is the note it replaces (a rename), whose name does not count as taken.
fn write_new_note(
    dir: &Path,
    stem: &str,
    bytes: &[u8],
    replacing: Option<&Path>,
) -> Result<PathBuf, LibraryError> {
    let taken = names_in_any_case(dir, replacing);
    for n in 1..=names::MAX_NUMBERED {
        let name = names::numbered_file_name(stem, n);
        if taken.contains(&names::name_key(&name)) {
            continue;
        }
        let path = dir.join(name);
        match write::write_new(&path, bytes) {
            Ok(()) => return Ok(path),
            Err(e) if write::is_already_exists(&e) => {}
            Err(e) => return Err(e),
        }
    }
    Err(LibraryError::NoFreeName {
        path: dir.join(names::numbered_file_name(stem, 1)),
    })
}

/// The names in `dir` as macOS and Windows compare them ([`names::name_key`]: case and accents'
/// composition aside), but `except`'s. `Budget.md` beside `BUDGET.md`, or `Café.md` composed
/// beside `Café.md` decomposed, is two notes on Linux and one file on macOS and Windows, where a
/// sync tool would make a conflict of them.
fn names_in_any_case(dir: &Path, except: Option<&Path>) -> std::collections::HashSet<String> {
    let except = except.and_then(Path::file_name);
    fs::read_dir(dir)
        .into_iter()
        .flatten()
        .filter_map(Result::ok)
        .map(|entry| entry.file_name())
        .filter(|name| Some(name.as_os_str()) != except)
        .map(|name| names::name_key(&name.to_string_lossy()))
        .collect()
}

/// Reads one note's front matter into a summary; notes without front matter are titled by file name.
pub fn summarize(path: &Path) -> Result<NoteSummary, LibraryError> {
    let stamp = DiskStamp::of(path)?;
    let bytes = fs::read(path).map_err(|source| LibraryError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    let mut summary =
        index::summary_from_text(path.to_path_buf(), &String::from_utf8_lossy(&bytes));
    summary.stamp = stamp;
    Ok(summary)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The window runs scans, imports and searches on threads and sends results back.
    #[test]
    fn library_types_can_cross_threads() {
        fn send<T: Send + 'static>() {}
        send::<Library>();
        send::<LibraryError>();
        send::<NoteSummary>();
        send::<ImportReport>();
        send::<ImportProgress>();
        send::<SearchIndex>();
        send::<TrashedNote>();
        send::<LibraryChange>();
    }

    #[test]
    fn tag_filters_ignore_case_and_hash_and_find_nested_tags() {
        assert!(tag_matches("Reading", "#reading"));
        assert!(tag_matches("reading/later", "reading"));
        assert!(!tag_matches("readings", "reading"));
        assert!(!tag_matches("reading", "reading/later"));
    }

    #[test]
    fn clipped_order_compares_instants_not_text() {
        let note = |title: &str, created: Option<&str>| NoteSummary {
            title: title.into(),
            created: created.map(str::to_string),
            ..NoteSummary::default()
        };
        // 10:00 at +10:00 is midnight UTC: earlier than 09:00 UTC though it sorts later as text.
        let mut notes = vec![
            note("undated", None),
            note("sydney", Some("2025-05-05T10:00:00+10:00")),
            note("london", Some("2025-05-05T09:00:00+00:00")),
        ];
        sort_notes(&mut notes, SortBy::Clipped);
        let titles: Vec<&str> = notes.iter().map(|n| n.title.as_str()).collect();
        assert_eq!(titles, vec!["london", "sydney", "undated"]);
    }

    #[test]
    fn a_clip_date_in_the_list_says_it_is_one() {
        let clipped = NoteSummary {
            created: Some("2025-05-05T10:00:00+10:00".into()),
            ..NoteSummary::default()
        };
        assert_eq!(clipped.list_date_label(), "clipped 2025-05-05");
        let published = NoteSummary {
            published: Some("2024-01-31".into()),
            ..clipped.clone()
        };
        assert_eq!(published.list_date_label(), "2024-01-31");
        assert_eq!(NoteSummary::default().list_date_label(), "");
    }

    #[test]
    fn write_errors_say_what_to_do_in_words() {
        let full = LibraryError::Write {
            path: PathBuf::from("/lib/Story.md"),
            source: std::io::Error::from(std::io::ErrorKind::StorageFull),
        };
        assert_eq!(
            full.to_string(),
            "Could not save /lib/Story.md: the disk is full (nothing was half-written)"
        );
        let read_only = LibraryError::Write {
            path: PathBuf::from("/lib/Story.md"),
            source: std::io::Error::from(std::io::ErrorKind::ReadOnlyFilesystem),
        };
        assert!(read_only.to_string().contains("the disk is read-only"));
    }
}
