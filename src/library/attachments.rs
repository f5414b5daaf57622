//! Images a saved page keeps beside it, copied into the library with its note.
//!
//! A browser's "Web page, complete" writes `Page.html` and a `Page_files/` folder holding the
//! images the page showed, and links them relatively (the engine keeps those links relative:
//! see `extract::markdown::saved_page_file`). When such a page is clipped, each image it links
//! is copied to `attachments/<note name>/` in the library, as Obsidian names attachment folders,
//! and the note links the copy, so the note shows its images offline and wherever the library is
//! synced. Nothing is downloaded: remote images stay remote links.
//!
//! Only files inside the page's own `*_files` folder are read, never through `..` or a link that
//! leads out of it; each is capped in size. A re-saved note keeps the copies it already links.
//! Deleting a note takes the copies it links with it (see `trash.rs`).

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Component, Path, PathBuf};

use super::{Library, LibraryError, names, write};
use crate::clipping::Clipping;
use crate::extract::Form;

/// The folder inside the library that holds every note's attachments, one folder per note.
pub const ATTACHMENTS_DIR: &str = "attachments";
/// A saved file larger than this is not copied (its link is left as the page wrote it).
const MAX_FILE_BYTES: u64 = 50 * 1024 * 1024;
/// At most this many files are copied for one note.
const MAX_FILES: usize = 500;

impl Library {
    /// The folder that holds every note's attachments.
    pub fn attachments_dir(&self) -> PathBuf {
        self.root.join(ATTACHMENTS_DIR)
    }

    /// `clipping` as its note at `note` should be written: each image its page saved beside it
    /// (`Page_files/…`) copied to `attachments/<note name>/` and linked there. An image whose file
    /// cannot be read keeps the copy `old_note` (the note's text before this save) links by the
    /// same file name, else its link as the page wrote it.
    pub(crate) fn attach<'c>(
        &self,
        clipping: &'c Clipping,
        note: &Path,
        old_note: Option<&str>,
    ) -> Result<Cow<'c, Clipping>, LibraryError> {
        let local: Vec<usize> = clipping
            .article
            .blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| matches!(&b.form, Form::Image { src, .. } if is_saved_page_file(src)))
            .map(|(i, _)| i)
            .take(MAX_FILES)
            .collect();
        if local.is_empty() {
            return Ok(Cow::Borrowed(clipping));
        }
        let note_dir = note.parent().unwrap_or(&self.root);
        let stem = note
            .file_stem()
            .map_or_else(|| "Untitled clipping".into(), |s| s.to_string_lossy());
        let folder = self.attachments_dir().join(stem.as_ref());
        let to_root = relative_to_root(&self.root, note_dir);
        // What the note linked before: reused by file name, and the only files an identical copy
        // may be shared with (another note's copy is never taken over).
        let linked_before: HashMap<String, String> = old_note
            .map(|text| {
                linked_attachments(text)
                    .into_iter()
                    .filter_map(|link| Some((file_name_of(&link)?, link)))
                    .collect()
            })
            .unwrap_or_default();
        let mut taken: HashSet<String> = HashSet::new();
        let mut out = clipping.clone();
        for i in local {
            let Form::Image { src, .. } = &mut out.article.blocks[i].form else {
                continue;
            };
            let saved = clipping
                .page_folder
                .as_deref()
                .and_then(|dir| read_saved_file(dir, src));
            let link = match saved {
                // The note already links this very file (a re-save, perhaps under a new name):
                // the copy stays where it is.
                Some((name, bytes))
                    if linked_before
                        .get(&name)
                        .is_some_and(|link| same_file_at(note_dir, link, &bytes)) =>
                {
                    linked_before.get(&name).cloned()
                }
                Some((name, bytes)) => {
                    let name = self.place(&folder, &name, &bytes, &mut taken)?;
                    Some(format!(
                        "{to_root}{ATTACHMENTS_DIR}/{}/{}",
                        link_part(&stem),
                        link_part(&name)
                    ))
                }
                None => saved_name(src).and_then(|name| linked_before.get(&name).cloned()),
            };
            if let Some(link) = link {
                *src = link;
            }
        }
        Ok(Cow::Owned(out))
    }

    /// Writes `bytes` as `name` in `folder`, or numbered (`photo 2.jpg`) when another file holds
    /// the name: another note's copy is never written over or shared. Returns the name used.
    fn place(
        &self,
        folder: &Path,
        name: &str,
        bytes: &[u8],
        taken: &mut HashSet<String>,
    ) -> Result<String, LibraryError> {
        fs::create_dir_all(folder).map_err(|source| LibraryError::CreateFolder {
            path: folder.to_path_buf(),
            source,
        })?;
        let (stem, ext) = match name.rsplit_once('.') {
            Some((s, e)) => (s, format!(".{e}")),
            None => (name, String::new()),
        };
        for n in 1..=names::MAX_NUMBERED {
            let candidate = if n == 1 {
                name.to_string()
            } else {
                format!("{stem} {n}{ext}")
            };
            if taken.contains(&candidate) {
                continue;
            }
            let path = folder.join(&candidate);
            match write::write_new(&path, bytes) {
                Ok(()) => {
                    taken.insert(candidate.clone());
                    return Ok(candidate);
                }
                Err(e) if write::is_already_exists(&e) => continue,
                Err(e) => return Err(e),
            }
        }
        Err(LibraryError::NoFreeName {
            path: folder.join(name),
        })
    }

    /// A re-opened clipping's images its page saved beside it, linked as its note (`note_text`)
    /// links their copies: the window then shows, and a re-save writes, the copies' addresses.
    pub(crate) fn relink_saved_images(clipping: &mut Clipping, note_text: &str) {
        let linked: HashMap<String, String> = linked_attachments(note_text)
            .into_iter()
            .filter_map(|link| Some((file_name_of(&link)?, link)))
            .collect();
        if linked.is_empty() {
            return;
        }
        for block in &mut clipping.article.blocks {
            if let Form::Image { src, .. } = &mut block.form
                && is_saved_page_file(src)
                && let Some(link) = saved_name(src).and_then(|name| linked.get(&name))
            {
                src.clone_from(link);
            }
        }
    }

    /// The attachment files a note's text links, as paths inside the library's attachments
    /// folder (links that lead anywhere else are left out).
    pub(crate) fn attachments_of(&self, note: &Path, text: &str) -> Vec<PathBuf> {
        let note_dir = note.parent().unwrap_or(&self.root);
        let Ok(inside) = fs::canonicalize(self.attachments_dir()) else {
            return Vec::new();
        };
        let mut seen = HashSet::new();
        linked_attachments(text)
            .into_iter()
            .filter_map(|link| {
                let decoded = percent_encoding::percent_decode_str(&link)
                    .decode_utf8()
                    .ok()?;
                let path = fs::canonicalize(note_dir.join(decoded.as_ref())).ok()?;
                (path.starts_with(&inside) && path.is_file() && seen.insert(path.clone()))
                    .then_some(path)
            })
            .collect()
    }
}

/// Whether the file a note in `note_dir` links as `link` holds exactly `bytes`.
fn same_file_at(note_dir: &Path, link: &str, bytes: &[u8]) -> bool {
    percent_encoding::percent_decode_str(link)
        .decode_utf8()
        .is_ok_and(|path| fs::read(note_dir.join(path.as_ref())).is_ok_and(|old| old == bytes))
}

/// Whether an image address is a file saved beside the page (relative, into a `*_files` folder).
fn is_saved_page_file(src: &str) -> bool {
    crate::extract::markdown::saved_page_file(src).is_some_and(|s| s == src)
}

/// The saved file an image address names, read from the page's folder `page_dir`: its name for
/// the library and its bytes. `None` when it is missing, too large, not a plain file, or leads
/// out of the page's `*_files` folder.
fn read_saved_file(page_dir: &Path, src: &str) -> Option<(String, Vec<u8>)> {
    let decoded = percent_encoding::percent_decode_str(src)
        .decode_utf8()
        .ok()?;
    let relative = Path::new(decoded.as_ref());
    if !relative
        .components()
        .all(|c| matches!(c, Component::Normal(_)))
    {
        return None;
    }
    let folder = relative.components().next()?;
    let folder = fs::canonicalize(page_dir.join(folder)).ok()?;
    let file = fs::canonicalize(page_dir.join(relative)).ok()?;
    if !file.starts_with(&folder) {
        return None;
    }
    let meta = fs::metadata(&file).ok()?;
    if !meta.is_file() || meta.len() > MAX_FILE_BYTES {
        return None;
    }
    let bytes = fs::read(&file).ok()?;
    Some((saved_name(src)?, bytes))
}

/// The name a saved file gets in the library: its own, made safe as a file name (no
/// separators or reserved characters, a short plain extension).
fn saved_name(src: &str) -> Option<String> {
    let decoded = percent_encoding::percent_decode_str(src).decode_utf8_lossy();
    let last = decoded.rsplit('/').next()?;
    let (stem, ext) = match last.rsplit_once('.') {
        Some((s, e))
            if !s.is_empty()
                && (1..=8).contains(&e.len())
                && e.bytes().all(|b| b.is_ascii_alphanumeric()) =>
        {
            (s, Some(e.to_ascii_lowercase()))
        }
        _ => (last, None),
    };
    let stem = names::sanitize_file_stem(stem);
    Some(match ext {
        Some(ext) => format!("{stem}.{ext}"),
        None => stem,
    })
}

/// The file name at the end of a link, decoded.
fn file_name_of(link: &str) -> Option<String> {
    let decoded = percent_encoding::percent_decode_str(link)
        .decode_utf8()
        .ok()?;
    decoded
        .rsplit('/')
        .next()
        .filter(|n| !n.is_empty())
        .map(str::to_string)
}

/// The image and link addresses in a note's text that lead into an attachments folder, as
/// written.
fn linked_attachments(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("](") {
        let after = &rest[at + 2..];
        let end = after.find([')', '\n']).unwrap_or(after.len());
        let address = after[..end].trim();
        let inner = address.trim_start_matches("../");
        if inner.starts_with(&format!("{ATTACHMENTS_DIR}/")) {
            out.push(address.to_string());
        }
        rest = &after[end..];
    }
    out
}

/// `../` once for each folder between the library's root and `dir` (empty at the root).
fn relative_to_root(root: &Path, dir: &Path) -> String {
    let depth = dir
        .strip_prefix(root)
        .map_or(0, |inside| inside.components().count());
    "../".repeat(depth)
}

/// A name as part of a Markdown link address: what would end it or be read as an escape,
/// percent-encoded.
fn link_part(name: &str) -> String {
    percent_encoding::utf8_percent_encode(name, LINK_PART).to_string()
}

/// Bytes percent-encoded in a link's path part: controls, space, and what Markdown or a URL
/// would read as syntax.
const LINK_PART: &percent_encoding::AsciiSet = &percent_encoding::CONTROLS
    .add(b' ')
    .add(b'%')
    .add(b'(')
    .add(b')')
    .add(b'<')
    .add(b'>')
    .add(b'[')
    .add(b']')
    .add(b'#')
    .add(b'?')
    .add(b'"')
    .add(b'`')
    .add(b'\\')
    .add(b'^')
    .add(b'{')
    .add(b'}')
    .add(b'|');

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saved_names_are_safe_file_names() {
        assert_eq!(
            saved_name("Page_files/photo%20(1).JPG").as_deref(),
            Some("photo (1).jpg")
        );
        assert_eq!(
            saved_name("Page_files/a:b?.png").as_deref(),
            Some("a b.png")
        );
        assert_eq!(saved_name("Page_files/noext").as_deref(), Some("noext"));
    }

    #[test]
    fn links_into_attachments_are_found_and_nothing_else() {
        let text = "![a](attachments/My%20Note/a.png) [x](https://example.com/attachments/b.png)\n\
                    ![b](../attachments/My%20Note/b%202.png)\n![c](Page_files/c.png)";
        assert_eq!(
            linked_attachments(text),
            vec![
                "attachments/My%20Note/a.png".to_string(),
                "../attachments/My%20Note/b%202.png".to_string()
            ]
        );
        assert_eq!(link_part("My Note (2)#"), "My%20Note%20%282%29%23");
    }
}
