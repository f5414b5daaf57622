//! The clipping being edited, its undo history, and facts the editor shows about it.

use std::path::{Path, PathBuf};

use crate::clipping::Clipping;
use crate::extract::Reason;
use crate::library::DiskStamp;

/// A field of the form. Authors and tags are edited as comma-separated text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Title,
    Site,
    Authors,
    Published,
    Url,
    Tags,
}

impl Field {
    /// Every field, in the order the form shows them.
    pub const ALL: [Field; 6] = [
        Field::Title,
        Field::Site,
        Field::Authors,
        Field::Published,
        Field::Url,
        Field::Tags,
    ];

    /// The label the form shows (and AccessKit reads).
    pub fn label(self) -> &'static str {
        match self {
            Field::Title => "Title",
            Field::Site => "Site",
            Field::Authors => "Author",
            Field::Published => "Published",
            Field::Url => "URL",
            Field::Tags => "Tags",
        }
    }
}

/// The edited fields: small, so every undo step keeps a copy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fields {
    pub title: String,
    pub site: String,
    pub authors: String,
    pub published: String,
    pub url: String,
    pub tags: String,
}

/// What one undo step restores: the fields, every block's keep/trim decision and the blocks'
/// text edits (not the page's text, which never changes while editing — a 10 MB paste is not
/// copied per keystroke).
#[derive(Debug, Clone, PartialEq)]
pub struct State {
    pub fields: Fields,
    pub decisions: Vec<(bool, Reason)>,
    /// The edited blocks only, by index: few, so every step can keep a copy.
    pub edits: Vec<(usize, String)>,
}

/// What a run of keystrokes is typed into: a run is one undo step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Typing {
    Field(Field),
    /// The text of the block at this index (the block editor).
    Block(usize),
}

/// The clipping on the bench: what the person is editing and where it was saved.
#[derive(Debug, Clone)]
pub struct Document {
    pub clipping: Clipping,
    pub fields: Fields,
    /// The note this clipping was saved as or re-opened from; saving rewrites it.
    pub note: Option<PathBuf>,
    /// The note's stamp when it was opened or last saved, so a save notices edits made elsewhere.
    pub stamp: Option<DiskStamp>,
    /// What the engine decided for each block, to notice when the person trims what it kept.
    pub engine_keep: Vec<bool>,
    saved: Option<State>,
    undo: Vec<State>,
    redo: Vec<State>,
    /// What the last edit typed into, so a run of keystrokes is one undo step.
    typing_in: Option<Typing>,
    /// Kept and trimmed word counts, recomputed after each edit (cheap to show every frame).
    pub counts: WordCounts,
    /// Bumped by every change, so views cache what they derive (the preview's Markdown).
    pub revision: u64,
    /// The note a delete unlinked this clipping from, and what had been saved in it: bringing
    /// the note back links the clipping to it again.
    deleted_note: Option<(PathBuf, Option<State>)>,
}

/// Undo keeps at most this many steps; older ones are dropped.
const UNDO_LIMIT: usize = 500;
/// Block decisions kept across all undo steps: a 60,000-block page keeps fewer steps than a
/// 25-block article, so undo never holds gigabytes.
const UNDO_BUDGET: usize = 4_000_000;

/// Words in kept and trimmed body blocks.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct WordCounts {
    pub kept: usize,
    pub trimmed: usize,
    pub kept_blocks: usize,
    pub trimmed_blocks: usize,
}

impl Document {
    /// A document for a new clipping (not saved yet) or one re-opened from `note` as it was at
    /// `stamp`.
    pub fn new(clipping: Clipping, note: Option<(PathBuf, DiskStamp)>) -> Self {
        let (note, stamp) = note.unzip();
        let fields = Fields {
            title: clipping.title.clone(),
            site: clipping.site.clone().unwrap_or_default(),
            authors: clipping.authors.join(", "),
            published: clipping.published.clone().unwrap_or_default(),
            url: clipping.source.clone().unwrap_or_default(),
            tags: clipping.tags.join(", "),
        };
        let engine_keep = clipping.article.blocks.iter().map(|b| b.keep).collect();
        let mut doc = Document {
            clipping,
            fields,
            note,
            stamp,
            engine_keep,
            saved: None,
            undo: Vec::new(),
            redo: Vec::new(),
            typing_in: None,
            counts: WordCounts::default(),
            deleted_note: None,
            revision: 0,
        };
        doc.recount();
        if doc.note.is_some() {
            doc.saved = Some(doc.state());
        }
        doc
    }

    /// The current state, as an undo step would restore it.
    pub fn state(&self) -> State {
        State {
            fields: self.fields.clone(),
            decisions: self
                .clipping
                .article
                .blocks
                .iter()
                .map(|b| (b.keep, b.reason.clone()))
                .collect(),
            edits: self.edits(),
        }
    }

    /// The blocks the person edited, with their text.
    fn edits(&self) -> Vec<(usize, String)> {
        let blocks = self.clipping.article.blocks.iter().enumerate();
        blocks
            .filter_map(|(i, b)| b.edited.clone().map(|text| (i, text)))
            .collect()
    }

    fn restore(&mut self, state: State) {
        for (block, (keep, reason)) in self.clipping.article.blocks.iter_mut().zip(state.decisions)
        {
            block.keep = keep;
            block.reason = reason;
            block.edited = None;
        }
        for (i, text) in state.edits {
            if let Some(block) = self.clipping.article.blocks.get_mut(i) {
                block.edited = Some(text);
            }
        }
        self.fields = state.fields;
        self.sync_fields();
        self.changed();
    }

    /// True when there are edits the library does not have (a new clipping counts once edited).
    pub fn is_dirty(&self) -> bool {
        match &self.saved {
            Some(saved) => {
                // Cheap first: fields, then the decisions only when the revision moved.
                saved.fields != self.fields
                    || !self.decisions_equal(&saved.decisions)
                    || self.edits() != saved.edits
            }
            None => self.revision > 0,
        }
    }

    fn decisions_equal(&self, decisions: &[(bool, Reason)]) -> bool {
        decisions.len() == self.clipping.article.blocks.len()
            && self
                .clipping
                .article
                .blocks
                .iter()
                .zip(decisions)
                .all(|(b, (keep, reason))| b.keep == *keep && &b.reason == reason)
    }

    /// Records that the document was saved as `path`, which now has `stamp`.
    pub fn mark_saved(&mut self, path: PathBuf, stamp: Option<DiskStamp>) {
        let state = self.state();
        self.mark_saved_as(path, stamp, state);
    }

    /// Records that `state` (the document as it was when the save began; the person may have
    /// edited since) was saved as `path`.
    pub fn mark_saved_as(&mut self, path: PathBuf, stamp: Option<DiskStamp>, state: State) {
        self.stamp = stamp;
        self.note = Some(path);
        self.saved = Some(state);
        self.typing_in = None;
        // The title shows the dot again if edits arrived during the save.
        self.revision += 1;
    }

    /// Remembers the state before an edit so it can be undone. Edits typed into the same field
    /// one after another merge into one step.
    fn record(&mut self, typing: Option<Typing>) {
        if typing.is_some() && typing == self.typing_in {
            return;
        }
        self.undo.push(self.state());
        let per_step = self.clipping.article.blocks.len().max(1);
        let limit = (UNDO_BUDGET / per_step).clamp(20, UNDO_LIMIT);
        if self.undo.len() > limit {
            let excess = self.undo.len() - limit;
            self.undo.drain(..excess);
        }
        self.redo.clear();
        self.typing_in = typing;
    }

    fn changed(&mut self) {
        self.revision += 1;
        self.recount();
    }

    /// Sets the blocks in `range` to `keep`, as one undo step. Returns how many changed.
    pub fn set_keep_range(&mut self, range: std::ops::RangeInclusive<usize>, keep: bool) -> usize {
        let blocks = &self.clipping.article.blocks;
        let end = (*range.end()).min(blocks.len().saturating_sub(1));
        let start = *range.start();
        if blocks.is_empty() || start > end {
            return 0;
        }
        // Field lines (title, byline, date…) are not body: keeping or trimming them would change
        // nothing in the note, only lose the reason that says which field they gave.
        let changes = blocks[start..=end]
            .iter()
            .filter(|b| b.keep != keep && b.role.is_body())
            .count();
        if changes == 0 {
            return 0;
        }
        self.record(None);
        for i in start..=end {
            if self.clipping.article.blocks[i].role.is_body() {
                self.clipping.set_keep(i, keep);
            }
        }
        self.changed();
        changes
    }

    /// Keeps exactly the blocks in `keep` and trims every other body block, as one undo step.
    pub fn keep_only(&mut self, keep: std::ops::RangeInclusive<usize>) {
        let wanted: Vec<bool> = (0..self.clipping.article.blocks.len())
            .map(|i| keep.contains(&i))
            .collect();
        if self
            .clipping
            .article
            .blocks
            .iter()
            .zip(&wanted)
            .all(|(b, w)| b.keep == *w || !b.role.is_body())
        {
            return;
        }
        self.record(None);
        for (i, w) in wanted.into_iter().enumerate() {
            // Field lines (title, byline…) are not body: leave the engine's decision on them.
            if self.clipping.article.blocks[i].role.is_body() {
                self.clipping.set_keep(i, w);
            }
        }
        self.changed();
    }

    /// Applies a learned rule's trims (already decided by the caller) as one undo step.
    pub fn trim_by_rule(&mut self, indexes: &[usize], site: &str) {
        if indexes.is_empty() {
            return;
        }
        self.record(None);
        for &i in indexes {
            if let Some(b) = self.clipping.article.blocks.get_mut(i) {
                b.keep = false;
                b.reason = Reason::YourRule {
                    site: site.to_string(),
                };
            }
        }
        self.changed();
    }

    /// The text of a field as the form shows it.
    pub fn field(&self, field: Field) -> &str {
        match field {
            Field::Title => &self.fields.title,
            Field::Site => &self.fields.site,
            Field::Authors => &self.fields.authors,
            Field::Published => &self.fields.published,
            Field::Url => &self.fields.url,
            Field::Tags => &self.fields.tags,
        }
    }

    /// Sets a field from the form. Returns false when nothing changed.
    pub fn set_field(&mut self, field: Field, text: String) -> bool {
        if self.field(field) == text {
            return false;
        }
        self.record(Some(Typing::Field(field)));
        let slot = match field {
            Field::Title => &mut self.fields.title,
            Field::Site => &mut self.fields.site,
            Field::Authors => &mut self.fields.authors,
            Field::Published => &mut self.fields.published,
            Field::Url => &mut self.fields.url,
            Field::Tags => &mut self.fields.tags,
        };
        *slot = text;
        self.sync_fields();
        self.changed();
        true
    }

    /// Sets block `index`'s text to what the person typed into the block editor; a run of
    /// keystrokes is one undo step. Returns false when nothing changed (or the block holds no
    /// editable text).
    pub fn set_block_text(&mut self, index: usize, text: &str) -> bool {
        let editable = self.clipping.article.blocks.get(index).is_some_and(|b| {
            b.is_editable() && b.edited.as_deref().unwrap_or(b.page_text_for_editing()) != text
        });
        if !editable {
            return false;
        }
        self.record(Some(Typing::Block(index)));
        self.clipping.set_block_text(index, text);
        self.changed();
        true
    }

    /// The block editor closed with its text kept: the edit settles to the text the note writes
    /// (part of the same undo step), and the next keystroke starts a new step.
    pub fn finish_block_edit(&mut self, index: usize) {
        if let Some(block) = self.clipping.article.blocks.get_mut(index) {
            let before = block.edited.clone();
            block.settle_edit();
            if block.edited != before {
                self.changed();
            }
        }
        self.typing_in = None;
    }

    /// The block editor closed with Esc: block `index` goes back to `before` (its edit, if any,
    /// when the editor opened). The typing is taken back rather than left as a step to undo.
    /// Returns false when there was nothing to take back.
    pub fn cancel_block_edit(&mut self, index: usize, before: Option<String>) -> bool {
        let Some(current) = self
            .clipping
            .article
            .blocks
            .get(index)
            .map(|b| b.edited.clone())
        else {
            return false;
        };
        if current == before {
            self.typing_in = None;
            return false;
        }
        if self.typing_in == Some(Typing::Block(index)) {
            // The step on top of the history is the state before this run of typing.
            self.take_back_last_step();
            return true;
        }
        // The typing was undone and redone meanwhile: going back is a step of its own.
        self.record(None);
        self.clipping.article.blocks[index].edited = before;
        self.changed();
        true
    }

    /// Puts block `index` back to the page's text, as one undo step. Returns false when it had
    /// no edit.
    pub fn restore_block_text(&mut self, index: usize) -> bool {
        let edited = self
            .clipping
            .article
            .blocks
            .get(index)
            .is_some_and(|b| b.edited.is_some());
        if !edited {
            return false;
        }
        self.record(None);
        self.clipping.restore_block_text(index);
        self.changed();
        true
    }

    /// Drops the last step as if it was never made (no redo): a double-click's first click
    /// toggled the block the person meant to edit.
    pub fn take_back_last_step(&mut self) -> bool {
        let Some(state) = self.undo.pop() else {
            return false;
        };
        self.typing_in = None;
        self.restore(state);
        true
    }

    /// The note was renamed from the library list: follow it, and take its new title as saved.
    pub fn renamed(&mut self, path: PathBuf, title: &str, stamp: Option<DiskStamp>) {
        let title = title.trim().to_string();
        self.fields.title.clone_from(&title);
        self.clipping.title = title.clone();
        if let Some(saved) = self.saved.as_mut() {
            saved.fields.title = title;
        }
        self.note = Some(path);
        self.stamp = stamp;
        self.changed();
    }

    /// The note's tags were set from the library list: take them as saved.
    pub fn retagged(&mut self, tags: &[String], stamp: Option<DiskStamp>) {
        let text = tags.join(", ");
        self.fields.tags.clone_from(&text);
        self.clipping.tags = tags.to_vec();
        if let Some(saved) = self.saved.as_mut() {
            saved.fields.tags = text;
        }
        self.stamp = stamp;
        self.changed();
    }

    /// The note was deleted from the library (the trash knows it as `trashed_as`): the clipping
    /// is unsaved again.
    pub fn note_deleted(&mut self, trashed_as: PathBuf) {
        self.note = None;
        self.deleted_note = Some((trashed_as, self.saved.take()));
        self.stamp = None;
        self.saved = None;
        self.changed();
    }

    /// The note deleted from `deleted` came back as `path` (undo): a clipping that delete had
    /// unlinked is that note's again, unsaved only if it was edited since it was last saved.
    /// Whether it was.
    pub fn note_restored(
        &mut self,
        deleted: &Path,
        path: PathBuf,
        stamp: Option<DiskStamp>,
    ) -> bool {
        if self.note.is_some()
            || self
                .deleted_note
                .as_ref()
                .is_none_or(|(note, _)| note.as_path() != deleted)
        {
            return false;
        }
        let Some((_, saved)) = self.deleted_note.take() else {
            return false;
        };
        self.note = Some(path);
        self.stamp = stamp;
        self.saved = saved;
        self.revision += 1;
        true
    }

    /// Ends a run of typing, so the next keystroke starts a new undo step.
    pub fn end_typing(&mut self) {
        self.typing_in = None;
    }

    /// Copies the form's text into the clipping.
    fn sync_fields(&mut self) {
        let f = &self.fields;
        let c = &mut self.clipping;
        c.title = f.title.trim().to_string();
        c.site = non_empty(&f.site);
        c.authors = split_list(&f.authors);
        c.published = non_empty(&f.published);
        c.source = non_empty(&f.url);
        c.tags = split_list(&f.tags);
    }

    /// True when there is an edit to undo (the toolbar's Undo is enabled).
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// True when there is an undone edit to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Undoes the last step. Returns false when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        let Some(state) = self.undo.pop() else {
            return false;
        };
        self.redo.push(self.state());
        self.typing_in = None;
        self.restore(state);
        true
    }

    /// Redoes the last undone step. Returns false when there is nothing to redo.
    pub fn redo(&mut self) -> bool {
        let Some(state) = self.redo.pop() else {
            return false;
        };
        self.undo.push(self.state());
        self.typing_in = None;
        self.restore(state);
        true
    }

    fn recount(&mut self) {
        let mut counts = WordCounts::default();
        for block in &self.clipping.article.blocks {
            if !block.role.is_body() {
                continue;
            }
            let words = word_count(block.current_text());
            if block.keep {
                counts.kept += words;
                counts.kept_blocks += 1;
            } else {
                counts.trimmed += words;
                counts.trimmed_blocks += 1;
            }
        }
        self.counts = counts;
    }
}

/// Words in `text` as a reader counts them: runs of letters between spaces, and each Chinese
/// character or Japanese kana on its own (those scripts put no spaces between words, so a whole
/// paragraph would otherwise count as "1 word"). CJK punctuation counts as nothing.
pub fn word_count(text: &str) -> usize {
    let mut words = 0;
    for token in text.split_whitespace() {
        let mut in_word = false;
        for c in token.chars() {
            if is_ideograph_or_kana(c) {
                words += 1;
                in_word = false;
            } else if is_cjk_punctuation(c) {
                in_word = false;
            } else if !in_word {
                words += 1;
                in_word = true;
            }
        }
    }
    words
}

/// Han ideographs and kana: scripts written without spaces, where a character is about a word.
/// Hangul is left out: Korean puts spaces between its words.
fn is_ideograph_or_kana(c: char) -> bool {
    matches!(c as u32, 0x3040..=0x30FF | 0x31F0..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// CJK punctuation and full-width forms' punctuation (、。「」，！ and the like).
fn is_cjk_punctuation(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x303F | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40
        | 0xFF5B..=0xFF65)
}

/// A published date as a person reads it ("5 May 2025, 14:42" for
/// `2025-05-05T14:42:00+10:00`, "5 May 2025" for `2025-05-05`), in the page's own time zone;
/// `None` when it is not one of the two forms the note stores, to be shown as written.
pub fn human_date(value: &str) -> Option<String> {
    let value = value.trim();
    if let Ok(dt) = chrono::DateTime::parse_from_rfc3339(value) {
        return Some(dt.format("%-d %b %Y, %H:%M").to_string());
    }
    chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
        .ok()
        .map(|d| d.format("%-d %b %Y").to_string())
}

/// Text to show in the window with its no-break spaces as plain ones, so a line wraps where
/// the page's spaces are (a page full of `&nbsp;` otherwise runs past the panel's edge). The
/// note keeps the page's own characters; only the view changes.
pub fn breakable(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('\u{a0}') {
        text.replace('\u{a0}', " ").into()
    } else {
        text.into()
    }
}

fn non_empty(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_string())
}

/// Splits "a, b,, c" into ["a", "b", "c"].
pub fn split_list(s: &str) -> Vec<String> {
    s.split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn published_dates_read_as_a_person_writes_them() {
        assert_eq!(
            human_date("2025-05-05T14:42:00+10:00").as_deref(),
            Some("5 May 2025, 14:42")
        );
        assert_eq!(human_date("2025-05-05").as_deref(), Some("5 May 2025"));
        assert_eq!(human_date("last Tuesday"), None);
    }

    #[test]
    fn no_break_spaces_wrap_in_the_view() {
        assert_eq!(breakable("Written\u{a0}by\u{a0}Jane"), "Written by Jane");
        assert!(matches!(
            breakable("plain"),
            std::borrow::Cow::Borrowed("plain")
        ));
    }
    use crate::clipping::Original;
    use crate::extract::{Article, Block, Role};

    fn doc() -> Document {
        let blocks = (0..6)
            .map(|i| {
                Block::new(
                    format!("Block {i} text"),
                    Role::Paragraph,
                    i != 3,
                    Reason::ArticleText,
                )
            })
            .collect();
        let article = Article {
            title: Some("Title".into()),
            blocks,
            ..Article::default()
        };
        Document::new(Clipping::new(article, Original::default()), None)
    }

    #[test]
    fn a_deleted_note_brought_back_holds_the_clipping_again_with_its_edits_still_unsaved() {
        let mut d = doc();
        let note = PathBuf::from("/library/Title.md");
        d.mark_saved(note.clone(), None);
        d.set_field(Field::Tags, "later".into());
        d.note_deleted(note.clone());
        assert!(d.note.is_none() && d.is_dirty());
        // Another note coming back is not this clipping's.
        assert!(!d.note_restored(Path::new("/library/Other.md"), note.clone(), None));
        assert!(d.note.is_none());
        let back = PathBuf::from("/library/Title 2.md");
        assert!(d.note_restored(&note, back.clone(), None));
        assert_eq!(d.note.as_deref(), Some(back.as_path()));
        // The tag typed after the save is still to be saved; without it, nothing is.
        assert!(d.is_dirty());
        assert!(d.undo());
        assert!(!d.is_dirty());
        assert!(!d.note_restored(&note, back, None), "only once");
    }

    #[test]
    fn typing_in_one_field_is_one_undo_step_and_redo_restores_it() {
        let mut d = doc();
        assert!(!d.is_dirty());
        d.set_field(Field::Tags, "a".into());
        d.set_field(Field::Tags, "ab".into());
        d.set_field(Field::Tags, "ab, c".into());
        assert_eq!(d.clipping.tags, vec!["ab", "c"]);
        assert!(d.is_dirty());
        d.set_field(Field::Site, "S".into());
        assert!(d.undo());
        assert_eq!(d.fields.site, "");
        assert!(d.undo());
        assert_eq!(d.fields.tags, "");
        assert!(d.clipping.tags.is_empty());
        assert!(!d.undo());
        assert!(d.redo());
        assert_eq!(d.clipping.tags, vec!["ab", "c"]);
    }

    #[test]
    fn ranges_and_runs_are_single_steps() {
        let mut d = doc();
        assert_eq!(d.set_keep_range(1..=4, false), 3);
        assert!(d.clipping.article.blocks[1..=4].iter().all(|b| !b.keep));
        assert_eq!(d.counts.kept_blocks, 2);
        assert!(d.undo());
        assert!(d.clipping.article.blocks[1].keep && !d.clipping.article.blocks[3].keep);
        d.keep_only(4..=5);
        let keeps: Vec<bool> = d.clipping.article.blocks.iter().map(|b| b.keep).collect();
        assert_eq!(keeps, vec![false, false, false, false, true, true]);
        assert!(d.undo());
        assert!(d.clipping.article.blocks[0].keep);
    }

    #[test]
    fn a_range_of_trims_leaves_field_lines_as_the_engine_read_them() {
        let mut d = doc();
        let site = Block::new(
            "Example Times",
            Role::Site,
            true,
            Reason::UsedAsField {
                field: "site".into(),
            },
        );
        d.clipping.article.blocks[0] = site.clone();
        assert_eq!(d.set_keep_range(0..=0, false), 0, "nothing to trim");
        assert!(!d.is_dirty());
        assert_eq!(d.set_keep_range(0..=2, false), 2);
        assert_eq!(d.clipping.article.blocks[0], site);
        assert!(!d.clipping.article.blocks[1].keep);
    }

    #[test]
    fn a_saved_document_is_clean_until_edited_again() {
        let mut d = doc();
        d.set_keep_range(0..=0, false);
        d.mark_saved(PathBuf::from("/tmp/x.md"), None);
        assert!(!d.is_dirty());
        d.set_keep_range(0..=0, true);
        assert!(d.is_dirty());
        d.undo();
        assert!(!d.is_dirty(), "undoing back to the saved state is clean");
    }

    #[test]
    fn typing_a_blocks_text_is_one_undo_step_and_cancel_takes_it_back() {
        let mut d = doc();
        assert!(d.set_block_text(1, "B"));
        assert!(d.set_block_text(1, "Be "));
        assert!(!d.set_block_text(1, "Be "), "the same text changes nothing");
        assert!(d.is_dirty());
        d.finish_block_edit(1);
        let blocks = &d.clipping.article.blocks;
        assert_eq!(
            blocks[1].edited.as_deref(),
            Some("Be"),
            "settled as written"
        );
        assert_eq!(blocks[1].text, "Block 1 text", "the page's text is kept");
        assert_eq!(d.counts.kept, 1 + 3 * 4, "counts read the edited text");
        assert!(d.undo(), "one step for the whole run of typing");
        assert_eq!(d.clipping.article.blocks[1].edited, None);
        assert!(!d.undo());
        assert!(d.redo());
        assert_eq!(d.clipping.article.blocks[1].edited.as_deref(), Some("Be"));

        // Esc: the typing is gone and leaves no step behind.
        d.set_keep_range(0..=0, false);
        d.set_block_text(1, "Something else");
        d.cancel_block_edit(1, Some("Be".into()));
        assert_eq!(d.clipping.article.blocks[1].edited.as_deref(), Some("Be"));
        assert!(d.undo());
        assert!(
            d.clipping.article.blocks[0].keep,
            "the trim before was the last step"
        );

        // Restoring the page's text is a step of its own.
        assert!(d.restore_block_text(1));
        assert_eq!(d.clipping.article.blocks[1].edited, None);
        assert!(!d.restore_block_text(1));
        assert!(d.undo());
        assert_eq!(d.clipping.article.blocks[1].edited.as_deref(), Some("Be"));
    }

    #[test]
    fn a_saved_document_with_an_edit_is_dirty_once_the_edit_changes() {
        let mut d = doc();
        d.set_block_text(2, "Edited");
        d.finish_block_edit(2);
        d.mark_saved(PathBuf::from("/tmp/x.md"), None);
        assert!(!d.is_dirty());
        d.restore_block_text(2);
        assert!(d.is_dirty());
        d.undo();
        assert!(!d.is_dirty());
    }

    #[test]
    fn chinese_and_japanese_count_a_word_per_character() {
        assert_eq!(word_count("The quick brown fox"), 4);
        // "Chinese paragraphs count as 1 word" (issue 11): each character counts.
        assert_eq!(word_count("我们今天去北京。"), 7);
        assert_eq!(word_count("東京タワーは高い"), 8);
        assert_eq!(word_count("iPhone手机"), 3);
        // Korean has spaces between words.
        assert_eq!(word_count("한국어 문장입니다"), 2);
        assert_eq!(word_count("「」、。"), 0);
    }
}
