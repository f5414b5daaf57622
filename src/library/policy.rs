//! Saving with a policy for the note already there: the one place the window and `tidyclip save`
//! check for a duplicate and then save, under the library's lock so that no other save slips in
//! between the check and the write.

use std::path::PathBuf;

use super::{DiskStamp, Duplicate, Library, LibraryError};
use crate::clipping::{Clipping, Original};
use crate::extract::Article;

/// How a save treats a note already in the library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SavePolicy {
    /// A new clipping (`note` is `None`) that duplicates a note is not saved: the duplicate is
    /// returned, to ask the person. A clipping re-opened from `note` is saved over it, unless the
    /// note changed on disk since (its stamp then, when known).
    Checked {
        note: Option<(PathBuf, Option<DiskStamp>)>,
    },
    /// Save over `note` even though it changed on disk (the person said so).
    Overwrite { note: Option<PathBuf> },
    /// Save as a new note, under a new id, whatever is already there.
    AsNew,
    /// Replace the note at `path` (a duplicate), taking its id so its original is replaced too.
    Replace { path: PathBuf, id: Option<String> },
    /// Replace the note this clipping duplicates, if any; else save it as a new note.
    ReplaceDuplicate,
}

/// What a save came to.
#[derive(Debug)]
pub enum Saved {
    /// Written at `path`; its stamp, to pass to the next save of the same note.
    Note {
        path: PathBuf,
        stamp: Option<DiskStamp>,
    },
    /// Not saved: the clipping looks like this note.
    Duplicate(Box<Duplicate>),
    /// Not saved: the note changed on disk since it was opened.
    ChangedOnDisk(PathBuf),
}

impl Library {
    /// Saves `clipping` as `policy` says, holding the library's lock from the duplicate check to
    /// the written note. The clipping's id changes for [`SavePolicy::AsNew`] and takes the
    /// replaced note's for the replacing policies.
    pub fn save_with_policy(
        &self,
        clipping: &mut Clipping,
        policy: SavePolicy,
    ) -> Result<Saved, LibraryError> {
        let _lock = self.lock()?;
        let stamped = |path: PathBuf| {
            let stamp = DiskStamp::of(&path).ok();
            Saved::Note { path, stamp }
        };
        let saved = match policy {
            SavePolicy::Checked { note } => {
                if note.is_none()
                    && let Some(duplicate) = self.duplicate_of(clipping)
                {
                    return Ok(Saved::Duplicate(Box::new(duplicate)));
                }
                // Saved before its stamp was known: compare with now rather than refuse.
                let note = note.and_then(|(path, stamp)| {
                    let stamp = stamp.or_else(|| DiskStamp::of(&path).ok())?;
                    Some((path, stamp))
                });
                self.save_checked(clipping, note.as_ref().map(|(p, s)| (p.as_path(), *s)))
                    .map(|(path, stamp)| Saved::Note {
                        path,
                        stamp: Some(stamp),
                    })
            }
            SavePolicy::Overwrite { note } => self.save(clipping, note.as_deref()).map(stamped),
            SavePolicy::AsNew => {
                // A fresh id, so the other note and its original are left alone.
                clipping.id = Clipping::new(Article::default(), Original::default()).id;
                self.save(clipping, None).map(stamped)
            }
            SavePolicy::Replace { path, id } => {
                if let Some(id) = id {
                    clipping.id = id;
                }
                self.save(clipping, Some(&path)).map(stamped)
            }
            SavePolicy::ReplaceDuplicate => match self.duplicate_of(clipping) {
                Some(duplicate) => {
                    if let Some(id) = duplicate.note.id.clone() {
                        clipping.id = id;
                    }
                    self.save(clipping, Some(&duplicate.note.path)).map(stamped)
                }
                None => self.save(clipping, None).map(stamped),
            },
        };
        match saved {
            Err(LibraryError::ChangedOnDisk { path }) => Ok(Saved::ChangedOnDisk(path)),
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Format, extract};

    fn clipping(text: &str) -> Clipping {
        let original = Original {
            text: text.to_string(),
            format: Format::Text,
        };
        Clipping::new(extract(text, Format::Text), original)
    }

    const STORY: &str = "A headline about the harbour bridge\n\nThe city council voted on Tuesday night to rebuild the old harbour bridge, after two years of debate about its cost and its design.\n\nWork on the new bridge starts next spring and should take about eighteen months, the council's engineers said after the vote.\n";

    fn notes(library: &Library) -> usize {
        library.list().expect("listed").len()
    }

    #[test]
    fn a_duplicate_is_returned_unless_the_policy_says_otherwise() {
        let dir = tempfile::tempdir().expect("temp dir");
        let library = Library::open(dir.path()).expect("opened");
        let mut first = clipping(STORY);
        let saved = library
            .save_with_policy(&mut first, SavePolicy::Checked { note: None })
            .expect("saved");
        let Saved::Note { path, .. } = saved else {
            panic!("the first save writes a note: {saved:?}");
        };

        let mut again = clipping(STORY);
        let saved = library
            .save_with_policy(&mut again, SavePolicy::Checked { note: None })
            .expect("checked");
        assert!(matches!(saved, Saved::Duplicate(ref d) if d.note.path == path));
        assert_eq!(notes(&library), 1, "nothing written for a duplicate");

        let id_before = again.id.clone();
        library
            .save_with_policy(&mut again, SavePolicy::ReplaceDuplicate)
            .expect("replaced");
        assert_eq!(again.id, first.id, "the replaced note's id");
        assert_ne!(again.id, id_before);
        assert_eq!(notes(&library), 1, "replaced in place");

        let mut third = clipping(STORY);
        library
            .save_with_policy(&mut third, SavePolicy::AsNew)
            .expect("saved as new");
        assert_ne!(third.id, first.id);
        assert_eq!(notes(&library), 2, "a second note beside the first");
    }

    #[test]
    fn a_note_changed_on_disk_is_not_overwritten_without_being_told() {
        let dir = tempfile::tempdir().expect("temp dir");
        let library = Library::open(dir.path()).expect("opened");
        let mut c = clipping(STORY);
        let Saved::Note { path, stamp } = library
            .save_with_policy(&mut c, SavePolicy::Checked { note: None })
            .expect("saved")
        else {
            panic!("saved");
        };
        // Another program edits the note between the two saves.
        crate::library::write::write_atomic(
            &path,
            b"---\ntitle: Changed elsewhere\n---\n\nA longer body now.\n",
            true,
        )
        .expect("changed");
        let saved = library
            .save_with_policy(
                &mut c,
                SavePolicy::Checked {
                    note: Some((path.clone(), stamp)),
                },
            )
            .expect("checked");
        assert!(matches!(saved, Saved::ChangedOnDisk(ref p) if *p == path));
        library
            .save_with_policy(
                &mut c,
                SavePolicy::Overwrite {
                    note: Some(path.clone()),
                },
            )
            .expect("overwritten");
        let text = std::fs::read_to_string(&path).expect("read");
        assert!(text.contains("Work on the new bridge"), "{text}");
    }
}
