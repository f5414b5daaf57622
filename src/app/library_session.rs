//! The library session: the folder open in the window, its notes and learned rules, the
//! sidebar's search over them, and the library work in flight (an import, an undo of a delete,
//! the folder watch).

use std::collections::BTreeSet;
use std::sync::mpsc::Receiver;

use crate::library::{
    ImportProgress, Library, LibraryChange, NoteSummary, Rules, SearchIndex, SortBy, TrashedNote,
};

/// The search, tag, site, sort and notes version a list was computed for.
type ViewKey = (String, Option<String>, Option<String>, SortBy, u64);

/// The library list's search box and filters, and the notes they let through.
#[derive(Debug, Default)]
pub struct LibraryView {
    pub query: String,
    pub tag: Option<String>,
    pub site: Option<String>,
    /// Indexes into the notes, in the order shown.
    pub shown: Vec<usize>,
    /// What `shown` was computed for; recomputed when any of it changes.
    shown_for: Option<ViewKey>,
    index: Option<SearchIndex>,
    /// Every tag and every site in the library, sorted, for the filter menus.
    pub tag_choices: Vec<String>,
    pub site_choices: Vec<String>,
    /// The notes version the choices were gathered for: gathering walks every note, which a
    /// frame of a 50,000-note library cannot afford each time.
    choices_for: Option<u64>,
}

/// Everything the window knows about the library: what is in it, what the sidebar shows of it,
/// and the library work it waits on. The open clipping is the editor's
/// ([`super::EditorSession`]), even when it is one of these notes.
#[derive(Default)]
pub struct LibrarySession {
    /// The library open now; `None` when its folder could not be opened.
    pub(super) current: Option<Library>,
    /// The library's notes as last scanned, sorted as the person chose.
    pub(super) notes: Vec<NoteSummary>,
    /// Bumped when the notes list is replaced.
    pub(super) notes_version: u64,
    /// The sidebar's search and filters, and the notes they let through.
    pub view: LibraryView,
    /// The learned site rules, stored in the library's hidden folder.
    pub(super) rules: Rules,
    /// The rules file could not be read: never overwrite it with the (empty) rules in memory.
    pub(super) rules_unreadable: bool,
    /// The last note deleted, for Undo.
    pub(super) trashed: Option<TrashedNote>,
    /// Where a running import is.
    pub(super) import: Option<ImportProgress>,
    /// The library folder watch: kept alive while the library is open.
    pub(super) watcher: Option<Box<dyn std::any::Any>>,
    /// The folder watch's changes, once it runs.
    pub(super) changes: Option<Receiver<LibraryChange>>,
    /// A change arrived while a scan was running: scan again when it lands.
    pub(super) rescan_pending: bool,
}

impl LibrarySession {
    /// Replaces the notes list, sorted by `sort`.
    pub(super) fn set_notes(&mut self, mut notes: Vec<NoteSummary>, sort: SortBy) {
        crate::library::sort_notes(&mut notes, sort);
        self.notes = notes;
        self.notes_version += 1;
        self.view.index = None;
    }

    /// Recomputes the sidebar's list when the search, filters, sort or notes changed.
    pub(super) fn refresh_view(&mut self, sort: SortBy) {
        if self.view.choices_for != Some(self.notes_version) {
            let tags: BTreeSet<&str> = self
                .notes
                .iter()
                .flat_map(|n| n.tags.iter().map(String::as_str))
                .collect();
            let sites: BTreeSet<&str> = self
                .notes
                .iter()
                .filter_map(|n| n.site.as_deref())
                .collect();
            self.view.tag_choices = tags.into_iter().map(str::to_string).collect();
            self.view.site_choices = sites.into_iter().map(str::to_string).collect();
            self.view.choices_for = Some(self.notes_version);
        }
        let key = (
            self.view.query.clone(),
            self.view.tag.clone(),
            self.view.site.clone(),
            sort,
            self.notes_version,
        );
        if self.view.shown_for.as_ref() == Some(&key) {
            return;
        }
        let index = self
            .view
            .index
            .get_or_insert_with(|| SearchIndex::new(&self.notes));
        let hits = index.search(&self.view.query);
        let view = &self.view;
        let same = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
        let shown: Vec<usize> = hits
            .into_iter()
            .filter(|&i| {
                let n = &self.notes[i];
                view.tag
                    .as_ref()
                    .is_none_or(|t| n.tags.iter().any(|x| same(x, t)))
                    && view
                        .site
                        .as_ref()
                        .is_none_or(|s| n.site.as_deref().is_some_and(|x| same(x, s)))
            })
            .collect();
        self.view.shown = shown;
        self.view.shown_for = Some(key);
    }
}
