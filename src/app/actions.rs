//! What the person does, as values, and the one place they are applied.

use std::path::PathBuf;

use eframe::egui;

use super::doc::{Document, Field, State, split_list};
use super::images::file_url;
use super::jobs::{FolderPurpose, Job, Outcome, SaveMode, SaveResult, Source};
use super::panels::counted;
use super::rows;
use super::{App, BlockFilter, Captured, EditorTab, Prompt, RuleOffer, SortBy, ThemeChoice};
use crate::capture::CaptureLink;
use crate::library::IngestOptions;
use crate::library::{SiteRule, is_page_furniture, site_key};

/// Everything the person can do in the window.
#[derive(Debug)]
pub enum Action {
    /// Show the open dialog.
    OpenDialog,
    /// Open an article file (from the dialog, a drop, or a test).
    Open(PathBuf),
    /// Paste what the clipboard holds (its HTML flavour when present).
    Paste,
    /// Paste this text (egui's paste event carries plain text).
    PasteText(String),
    /// The browser's bookmarklet filled the clipboard and sent this link: paste, with the
    /// link's address and title.
    Capture(CaptureLink),
    /// Close the clipping and start afresh.
    New,
    /// Save the clipping into the library.
    Save,
    /// Save even though the note changed on disk (the person said so).
    SaveOverwriting,
    /// Save as a new note next to the one that changed on disk, or despite a duplicate.
    SaveAsNew,
    /// Replace the duplicate note with this clipping.
    SaveReplacing(PathBuf),
    /// Open the existing note instead of saving a duplicate (drops the new clipping).
    OpenExisting(PathBuf),
    /// Delete a note to the trash (Undo brings it back).
    DeleteNote(PathBuf),
    UndoDelete,
    /// Ask for a note's new title.
    StartRename(PathBuf),
    /// The new title being typed.
    RenameText(String),
    ConfirmRename,
    /// Ask for a note's tags.
    StartEditTags(PathBuf),
    /// The tags being typed for a note in the list.
    TagsText(String),
    ConfirmTags,
    /// Complete the tag being typed in the Tags field with this one.
    CompleteTag(String),
    /// Show the folder dialog and import what it holds.
    ImportDialog,
    /// A block was clicked: toggle it; with Shift, set the range from the anchor to its state.
    ClickBlock {
        index: usize,
        shift: bool,
    },
    /// Keep or trim one block.
    SetKeep {
        index: usize,
        keep: bool,
    },
    /// Toggle the block under the keyboard cursor.
    ToggleCursor,
    /// Open the block editor on this block's text (Enter, or a double-click: then the toggle
    /// its first click made is taken back).
    EditBlock {
        index: usize,
        double_click: bool,
    },
    /// The text typed into the block editor.
    EditBlockText {
        index: usize,
        text: String,
    },
    /// Close the block editor keeping its text (Ctrl+Enter, Done, or a click elsewhere).
    FinishBlockEdit,
    /// The block editor closed because the pointer was pressed outside it, at this point: the
    /// click that press ends closes the editor and goes no further (a row under it only becomes
    /// the current one, it is not toggled).
    FinishBlockEditByPress(egui::Pos2),
    /// The click whose press closed the block editor landed on this block's row: it becomes the
    /// current block, untouched.
    ClickClosedBlockEdit(usize),
    /// Close the block editor going back to the text the block had when it opened (Esc).
    CancelBlockEdit,
    /// Put a block's text back to the page's.
    RestoreBlockText(usize),
    /// Put the keyboard cursor on a block (it got keyboard focus).
    SetCursor(usize),
    /// Move the keyboard cursor by this many listed blocks.
    MoveCursor(isize),
    /// List all blocks, only the kept ones, or only the trimmed ones.
    SetBlockFilter(BlockFilter),
    /// List the folded run of trimmed blocks `first..=last` one by one.
    Unfold {
        first: usize,
        last: usize,
    },
    /// Open the fields form, or fold it into its summary line.
    ShowFields(bool),
    /// Show or hide the library sidebar (a narrow window's toggle).
    ShowLibrary(bool),
    /// Show the blocks or the preview (a narrow window's tabs).
    ShowTab(EditorTab),
    /// Trim this block and every one after it.
    TrimToEnd(usize),
    /// Keep only the run of same-state blocks around this one.
    KeepOnlyRun(usize),
    /// A field was edited in the form.
    EditField(Field, String),
    /// A field lost focus: the next keystroke starts a new undo step.
    EndTyping,
    Undo,
    Redo,
    /// Learn the offered rule and apply it.
    AcceptRule,
    DismissRule,
    RemoveRule(usize),
    /// Re-open a note from the library for editing.
    Reopen(PathBuf),
    RefreshLibrary,
    /// Show the library folder in the file manager.
    OpenLibraryFolder,
    /// Put a note's Markdown on the clipboard.
    CopyMarkdown(PathBuf),
    /// Put the bookmarklet's `javascript:` link on the clipboard.
    CopyBookmarklet,
    /// Put the clipping's Markdown (exactly what Save writes) on the clipboard.
    CopyCurrentMarkdown,
    ChooseLibraryFolder,
    SetLibrary(PathBuf),
    SetTheme(ThemeChoice),
    SetDefaultTags(String),
    /// The file-name template new and renamed notes get (`{published} {site} - {title}`).
    SetNameTemplate(String),
    SetRawPreview(bool),
    SetSort(SortBy),
    ShowSettings(bool),
    ShowHelp(bool),
    /// The person answered the unsaved-edits question: go on and lose them.
    ConfirmDiscard,
    /// The person answered the unsaved-edits question: save first, then go on.
    SaveThenContinue,
    /// The person backed out of a question.
    CancelPrompt,
    /// Close the window (asks first when there are unsaved edits).
    Quit,
    /// Background work finished.
    Finished(Box<Outcome>),
}

impl Action {
    /// True for actions that replace the clipping on the bench (and so lose unsaved edits).
    fn replaces_document(&self) -> bool {
        matches!(
            self,
            Action::Open(_)
                | Action::Paste
                | Action::PasteText(_)
                | Action::Capture(_)
                | Action::New
                | Action::Reopen(_)
                | Action::Quit
        )
    }
}

impl App {
    /// Applies one action. The only place the window's state changes in response to the person.
    pub fn apply(&mut self, action: Action) {
        if action.replaces_document() && self.window.prompt.is_some() {
            // A question is open (e.g. Ctrl+N pressed under it): answer it first.
            return;
        }
        if action.replaces_document() && self.editor.doc.as_ref().is_some_and(Document::is_dirty) {
            self.window.prompt = Some(Prompt::Discard {
                then: Box::new(action),
            });
            return;
        }
        self.apply_confirmed(action);
    }

    fn apply_confirmed(&mut self, action: Action) {
        // By area: each handles its own actions and hands the others on.
        let Some(action) = self.apply_document_action(action) else {
            return;
        };
        let Some(action) = self.apply_block_action(action) else {
            return;
        };
        let Some(action) = self.apply_library_action(action) else {
            return;
        };
        self.apply_window_action(action);
    }

    /// Actions on the open document as a whole: open, paste, save, its fields, undo, prompts; `Some` hands on an action of another area.
    fn apply_document_action(&mut self, action: Action) -> Option<Action> {
        match action {
            Action::OpenDialog => self.jobs.pick_article(&self.dialogs),
            Action::Open(path) => self.open_file(path),
            Action::Paste => {
                self.info("Reading the clipboard…");
                self.jobs.paste(&self.clipboard, self.ingest(), None);
            }
            Action::Capture(link) => {
                let from = link.from_where();
                self.info(format!("A capture from {from}: reading the clipboard…"));
                self.jobs.paste(&self.clipboard, self.ingest(), Some(link));
            }
            Action::PasteText(text) => {
                let format = crate::extract::decode::sniff_format(&text, None);
                self.jobs.extract_text(text, format, self.ingest());
            }
            Action::New => self.new_clipping(),
            Action::Save => {
                self.save(SaveMode::Checked);
            }
            Action::SaveOverwriting => {
                self.window.prompt = None;
                self.save(SaveMode::Overwrite);
            }
            Action::SaveAsNew => {
                self.window.prompt = None;
                self.save(SaveMode::AsNew);
            }
            Action::SaveReplacing(path) => self.save_replacing(path),
            Action::OpenExisting(path) => {
                self.window.prompt = None;
                self.apply_confirmed(Action::Reopen(path));
            }
            Action::EditField(field, text) => {
                if let Some(doc) = self.editor.doc.as_mut() {
                    doc.set_field(field, text);
                }
            }
            Action::EndTyping => {
                if let Some(doc) = self.editor.doc.as_mut() {
                    doc.end_typing();
                }
            }
            Action::Undo => self.undo(),
            Action::Redo => self.redo(),
            Action::Reopen(path) => {
                if let Some(library) = &self.library.current {
                    self.jobs.load(library, &path);
                }
            }
            Action::ConfirmDiscard => {
                if let Some(Prompt::Discard { then }) = self.window.prompt.take() {
                    self.apply_confirmed(*then);
                }
            }
            Action::SaveThenContinue => self.save_then_continue(),
            Action::CancelPrompt => self.window.prompt = None,
            Action::Quit => {
                self.window.allow_close = true;
                if let Some(ctx) = self.jobs.context() {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
            Action::Finished(outcome) => self.finished(*outcome),
            other => return Some(other),
        }
        None
    }

    /// Actions on the document's blocks: trim and keep, the cursor, editing a block's text, site rule offers.
    fn apply_block_action(&mut self, action: Action) -> Option<Action> {
        match action {
            Action::ClickBlock { index, shift } => {
                self.editor.edit_closed_by_press = None;
                self.editor.pin = Some(index);
                self.click_block(index, shift);
                // Remembered so a double-click can take this toggle back.
                self.editor.last_click_toggle = (!shift)
                    .then(|| self.editor.doc.as_ref().map(|d| (index, d.revision)))
                    .flatten();
            }
            Action::EditBlock {
                index,
                double_click,
            } => self.edit_block(index, double_click),
            Action::EditBlockText { index, text } => {
                if let Some(doc) = self.editor.doc.as_mut() {
                    doc.set_block_text(index, &text);
                }
            }
            Action::FinishBlockEdit => self.finish_block_edit(),
            Action::FinishBlockEditByPress(at) => {
                // Only a press that closes an open editor owns the click it begins.
                if self.editor.block_editor.is_some() {
                    self.finish_block_edit();
                    self.editor.edit_closed_by_press = Some(at);
                }
            }
            Action::ClickClosedBlockEdit(index) => {
                self.finish_block_edit();
                self.editor.edit_closed_by_press = None;
                // Nothing was toggled for a double-click to take back.
                self.editor.last_click_toggle = None;
                self.apply(Action::SetCursor(index));
            }
            Action::CancelBlockEdit => {
                if let Some(editor) = self.editor.block_editor.take()
                    && let Some(doc) = self.editor.doc.as_mut()
                    && doc.cancel_block_edit(editor.index, editor.before)
                {
                    self.info(format!(
                        "Block {}'s edit cancelled: it has its text as before.",
                        editor.index + 1
                    ));
                }
            }
            Action::RestoreBlockText(index) => self.restore_block_text(index),
            Action::SetKeep { index, keep } => self.set_keep(index, keep),
            Action::ToggleCursor => self.toggle_cursor(),
            Action::MoveCursor(delta) => self.editor.move_cursor(delta),
            Action::SetCursor(index) => {
                self.editor.cursor = Some(index);
                self.editor.anchor = Some(index);
            }
            Action::SetBlockFilter(filter) => self.editor.set_block_filter(filter),
            Action::Unfold { first, last } => {
                self.editor.pin = Some(first);
                self.editor.unfold(first, last);
                self.editor.cursor = Some(first);
                self.editor.anchor = Some(first);
            }
            Action::TrimToEnd(index) => self.trim_to_end(index),
            Action::KeepOnlyRun(index) => self.keep_only_run(index),
            Action::AcceptRule => self.accept_rule(),
            Action::DismissRule => self.editor.rule_offer = None,
            other => return Some(other),
        }
        None
    }

    /// Actions on the library: notes' names, tags and deletes, import, the folder, site rules kept.
    fn apply_library_action(&mut self, action: Action) -> Option<Action> {
        match action {
            Action::DeleteNote(path) => self.delete_note(path),
            Action::UndoDelete => self.undo_delete(),
            Action::StartRename(path) => self.start_rename(path),
            Action::RenameText(text) => {
                if let Some(Prompt::Rename { title, .. }) = self.window.prompt.as_mut() {
                    *title = text;
                }
            }
            Action::ConfirmRename => {
                if let Some(Prompt::Rename { path, title }) = self.window.prompt.take() {
                    self.rename(path, title);
                }
            }
            Action::StartEditTags(path) => self.start_edit_tags(path),
            Action::TagsText(text) => {
                if let Some(Prompt::Tags { tags, .. }) = self.window.prompt.as_mut() {
                    *tags = text;
                }
            }
            Action::ConfirmTags => {
                if let Some(Prompt::Tags { path, tags }) = self.window.prompt.take() {
                    self.set_note_tags(path, &tags);
                }
            }
            Action::CompleteTag(tag) => self.complete_tag(&tag),
            Action::ImportDialog => self.import_dialog(),
            Action::RemoveRule(i) => self.remove_rule(i),
            Action::RefreshLibrary => {
                if let Some(library) = &self.library.current {
                    self.jobs.scan(library);
                }
            }
            Action::OpenLibraryFolder => self.open_library_folder(),
            Action::CopyMarkdown(path) => self.jobs.read_note(path),
            Action::CopyBookmarklet => {
                if let Some(ctx) = self.jobs.context() {
                    ctx.copy_text(crate::capture::bookmarklet::link().to_string());
                }
                self.info("Copied the bookmarklet: make a bookmark and paste it as the bookmark's address.");
            }
            Action::CopyCurrentMarkdown => self.copy_current_markdown(),
            Action::ChooseLibraryFolder => {
                self.jobs.pick_folder(&self.dialogs, FolderPurpose::Library);
            }
            Action::SetLibrary(dir) => {
                self.info(format!("Opening the library {}…", dir.display()));
                self.jobs
                    .open_library(dir, self.settings.name_template.clone());
            }
            other => return Some(other),
        }
        None
    }

    /// What the window shows: panels, tabs, settings and the help overlay.
    fn apply_window_action(&mut self, action: Action) {
        match action {
            Action::ShowFields(open) => self.window.fields_open = Some(open),
            Action::ShowLibrary(show) => self.window.show_library = show,
            Action::ShowTab(tab) => self.window.editor_tab = tab,
            Action::SetTheme(theme) => self.settings.theme = theme,
            Action::SetDefaultTags(tags) => self.settings.default_tags = tags,
            Action::SetNameTemplate(template) => self.set_name_template(template),
            Action::SetRawPreview(raw) => self.settings.raw_preview = raw,
            Action::SetSort(sort) => {
                self.settings.sort = sort;
                let notes = std::mem::take(&mut self.library.notes);
                self.library.set_notes(notes, self.settings.sort);
            }
            Action::ShowSettings(show) => self.window.show_settings = show,
            Action::ShowHelp(show) => self.window.show_help = show,
            // Every other action was handled before it came here; one that no area handles is
            // a bug that tests in debug builds catch.
            other => debug_assert!(false, "an action no area handles: {other:?}"),
        }
    }

    fn open_file(&mut self, path: PathBuf) {
        self.info(format!(
            "Opening {}…",
            Source::File(path.clone()).describe()
        ));
        self.jobs.extract_file(path, self.ingest());
    }

    fn new_clipping(&mut self) {
        // An article still being read would replace the blank page when it lands.
        self.jobs.cancel_extraction();
        self.editor.close_document();
        self.info("Started a new clipping: open a file or paste an article.");
    }

    fn save_replacing(&mut self, path: PathBuf) {
        self.window.prompt = None;
        let id = self
            .library
            .notes
            .iter()
            .find(|n| n.path == path)
            .and_then(|n| n.id.clone());
        self.save(SaveMode::Replace { path, id });
    }

    fn start_rename(&mut self, path: PathBuf) {
        let title = self
            .library
            .notes
            .iter()
            .find(|n| n.path == path)
            .map(|n| n.title.clone())
            .unwrap_or_default();
        self.window.prompt = Some(Prompt::Rename { path, title });
    }

    fn start_edit_tags(&mut self, path: PathBuf) {
        let tags = self
            .library
            .notes
            .iter()
            .find(|n| n.path == path)
            .map(|n| n.tags.join(", "))
            .unwrap_or_default();
        self.window.prompt = Some(Prompt::Tags { path, tags });
    }

    fn complete_tag(&mut self, tag: &str) {
        if let Some(Prompt::Tags { tags, .. }) = self.window.prompt.as_mut() {
            *tags = complete_last_tag(tags, tag);
            return;
        }
        if let Some(doc) = self.editor.doc.as_mut() {
            let text = complete_last_tag(&doc.fields.tags, tag);
            doc.set_field(Field::Tags, text);
            doc.end_typing();
        }
    }

    fn import_dialog(&mut self) {
        if self.library.import.is_some() {
            self.info("An import is already running.");
        } else {
            self.jobs.pick_folder(&self.dialogs, FolderPurpose::Import);
        }
    }

    fn toggle_cursor(&mut self) {
        let Some(i) = self.editor.cursor else {
            return;
        };
        self.editor.pin = Some(i);
        // Space on a folded run lists its blocks; toggling them all at once would be
        // a large change made by a key meant for one block.
        let folded = rows::row_of(self.editor.current_rows(), i)
            .and_then(|r| self.editor.current_rows().get(r).copied());
        if let Some(rows::Row::Folded { first, last }) = folded {
            self.editor.unfold(first, last);
        } else if let Some(keep) = self.editor.block_keep(i) {
            self.set_keep(i, !keep);
            self.editor.keep_cursor_listed();
        }
    }

    fn edit_block(&mut self, index: usize, double_click: bool) {
        if self
            .editor
            .block_editor
            .as_ref()
            .is_some_and(|e| e.index == index)
        {
            return;
        }
        // One editor at a time: the one open keeps what was typed into it.
        self.finish_block_edit();
        let Some(doc) = self.editor.doc.as_mut() else {
            return;
        };
        if double_click
            && let Some((clicked, revision)) = self.editor.last_click_toggle.take()
            && clicked == index
            && revision == doc.revision
        {
            // The double-click's first click toggled the block; the person meant to edit it,
            // not teach a rule by trimming it.
            doc.take_back_last_step();
            self.editor.rule_offer = None;
        }
        let Some(block) = doc.clipping.article.blocks.get(index) else {
            return;
        };
        if !block.is_editable() {
            let what = match block.form {
                crate::extract::Form::Image { .. } => "An image has no text to edit",
                crate::extract::Form::Media { .. } => "A video or recording has no text to edit",
                crate::extract::Form::Rule => "A rule has no text to edit",
                _ => "A table's cells cannot be edited here",
            };
            self.info(format!(
                "{what}: keep or trim it, and edit the note in your Markdown editor."
            ));
            return;
        }
        self.editor.block_editor = Some(super::editor_session::BlockEditor {
            index,
            before: block.edited.clone(),
            focus: true,
        });
        self.editor.cursor = Some(index);
        self.editor.anchor = Some(index);
        self.editor.pin = Some(index);
        self.editor.scroll_to_cursor = true;
    }

    /// Closes the block editor, keeping its text.
    fn finish_block_edit(&mut self) {
        let Some(editor) = self.editor.block_editor.take() else {
            return;
        };
        if let Some(doc) = self.editor.doc.as_mut() {
            doc.finish_block_edit(editor.index);
            let edited = doc
                .clipping
                .article
                .blocks
                .get(editor.index)
                .and_then(|b| b.edited.clone());
            if edited != editor.before {
                self.info(match edited {
                    Some(text) if text.trim().is_empty() => format!(
                        "Block {} is now empty and writes nothing; Undo or “Restore the page's text” brings it back.",
                        editor.index + 1
                    ),
                    Some(_) => format!("Edited block {}'s text.", editor.index + 1),
                    None => format!("Block {} has the page's text again.", editor.index + 1),
                });
            }
        }
    }

    fn restore_block_text(&mut self, index: usize) {
        if self
            .editor
            .block_editor
            .as_ref()
            .is_some_and(|e| e.index == index)
        {
            self.editor.block_editor = None;
        }
        if let Some(doc) = self.editor.doc.as_mut()
            && doc.restore_block_text(index)
        {
            doc.end_typing();
            self.info(format!("Block {} has the page's text again.", index + 1));
        }
    }

    fn trim_to_end(&mut self, index: usize) {
        if let Some(doc) = self.editor.doc.as_mut() {
            let last = doc.clipping.article.blocks.len().saturating_sub(1);
            let n = doc.set_keep_range(index..=last, false);
            self.info(format!(
                "Trimmed {n} blocks from block {} to the end.",
                index + 1
            ));
        }
    }

    fn keep_only_run(&mut self, index: usize) {
        if let Some(doc) = self.editor.doc.as_mut()
            && let Some(run) = same_state_run(doc, index)
        {
            let (start, end) = (*run.start(), *run.end());
            doc.keep_only(run);
            self.info(format!("Kept only blocks {} to {}.", start + 1, end + 1));
        }
    }

    fn undo(&mut self) {
        // The trim that prompted a rule offer may be the one undone.
        self.editor.rule_offer = None;
        if let Some(doc) = self.editor.doc.as_mut() {
            if doc.undo() {
                self.info("Undone.");
            } else {
                self.info("Nothing to undo.");
            }
        }
    }

    fn redo(&mut self) {
        if let Some(doc) = self.editor.doc.as_mut() {
            if doc.redo() {
                self.info("Redone.");
            } else {
                self.info("Nothing to redo.");
            }
        }
    }

    fn remove_rule(&mut self, i: usize) {
        if i < self.library.rules.rules.len() {
            let rule = self.library.rules.rules.remove(i);
            self.save_rules(format!(
                "Removed your rule for {} (“{}…”).",
                rule.site, rule.starts_with
            ));
        }
    }

    fn open_library_folder(&mut self) {
        if let Some(library) = &self.library.current
            && let Some(ctx) = self.jobs.context()
        {
            ctx.open_url(egui::OpenUrl::new_tab(file_url(library.root())));
        }
    }

    fn copy_current_markdown(&mut self) {
        if let Some(doc) = &self.editor.doc {
            let text = doc.clipping.to_markdown();
            if let Some(ctx) = self.jobs.context() {
                ctx.copy_text(text);
            }
            self.info("Copied the clipping as Markdown.");
        }
    }

    fn set_name_template(&mut self, template: String) {
        self.library.current = self
            .library
            .current
            .take()
            .map(|l| l.with_name_template(template.clone()));
        self.settings.name_template = template;
    }

    fn save_then_continue(&mut self) {
        if let Some(Prompt::Discard { then }) = self.window.prompt.take()
            && self.save(SaveMode::Checked)
        {
            // Goes on once the save lands; a question or an error drops it.
            self.editor.after_save = Some(*then);
        }
    }

    /// What a new clipping starts with: a snapshot of the rules and default tags.
    fn ingest(&self) -> IngestOptions {
        IngestOptions {
            rules: self.library.rules.clone(),
            tags: split_list(&self.settings.default_tags),
        }
    }

    fn click_block(&mut self, index: usize, shift: bool) {
        match (shift, self.editor.anchor) {
            (true, Some(anchor)) if anchor != index => {
                // The range takes the anchor's state: trim one block, Shift-click another, and
                // everything between is trimmed too.
                let Some(keep) = self.editor.block_keep(anchor) else {
                    return;
                };
                if let Some(doc) = self.editor.doc.as_mut() {
                    let range = anchor.min(index)..=anchor.max(index);
                    let n = doc.set_keep_range(range, keep);
                    let verb = if keep { "Kept" } else { "Trimmed" };
                    self.info(format!(
                        "{verb} {n} blocks ({} to {}).",
                        anchor.min(index) + 1,
                        anchor.max(index) + 1
                    ));
                }
                self.editor.cursor = Some(index);
            }
            _ => {
                self.editor.cursor = Some(index);
                self.editor.anchor = Some(index);
                if let Some(keep) = self.editor.block_keep(index) {
                    self.set_keep(index, !keep);
                    self.editor.keep_cursor_listed();
                }
            }
        }
    }

    fn set_keep(&mut self, index: usize, keep: bool) {
        let Some(doc) = self.editor.doc.as_mut() else {
            return;
        };
        if doc.set_keep_range(index..=index, keep) == 0 {
            return;
        }
        // A block changed on its own stays a row of its own: trimming a fifth neighbour must
        // not fold the four above it away from under the pointer.
        self.editor.unfold(index, index);
        let Some(doc) = self.editor.doc.as_mut() else {
            return;
        };
        // Trimming furniture the engine kept is a hint the site repeats this junk: offer a rule.
        // An ordinary paragraph is not offered: its rule would never match again.
        let engine_kept = doc.engine_keep.get(index).copied().unwrap_or(false);
        self.editor.rule_offer = None;
        if !keep
            && engine_kept
            && is_page_furniture(&doc.clipping.article, index)
            && let Some(site) =
                site_key(doc.clipping.site.as_deref(), doc.clipping.source.as_deref())
            && let Some(rule) = doc
                .clipping
                .article
                .blocks
                .get(index)
                .and_then(|b| SiteRule::from_block(&site, &b.text))
            && !self.library.rules.rules.contains(&rule)
        {
            self.editor.rule_offer = Some(RuleOffer { rule, block: index });
        }
    }

    fn accept_rule(&mut self) {
        let Some(offer) = self.editor.rule_offer.take() else {
            return;
        };
        let site = offer.rule.site.clone();
        self.library.rules.add(offer.rule);
        // Apply it to the rest of this article too.
        if let Some(doc) = self.editor.doc.as_mut() {
            let hits = self
                .library
                .rules
                .matching_blocks(&site, &doc.clipping.article);
            doc.trim_by_rule(&hits, &site);
        }
        self.save_rules(format!(
            "Learned: blocks like this are trimmed on {site}. Manage rules in Settings."
        ));
    }

    /// Saves the clipping into the library on the worker, asking first when it duplicates a
    /// note or its note changed on disk. Returns false when nothing was started.
    fn save(&mut self, mode: SaveMode) -> bool {
        // A block being edited is saved as typed so far: the editor closes, as after Ctrl+Enter.
        self.finish_block_edit();
        if self.jobs.running(Job::Save) {
            self.info("Still saving…");
            return false;
        }
        let Some(library) = self.library.current.clone() else {
            self.error("There is no library folder to save into: choose one in Settings.");
            return false;
        };
        let Some(doc) = self.editor.doc.as_ref() else {
            self.info("Nothing to save yet: open a file or paste an article.");
            return false;
        };
        let existing = match mode {
            SaveMode::AsNew => None,
            _ => doc.note.clone().map(|path| (path, doc.stamp)),
        };
        self.jobs
            .save(&library, doc.clipping.clone(), existing, mode, doc.state());
        self.info("Saving…");
        true
    }

    fn saved(&mut self, request_id: &str, saved_id: String, state: State, result: SaveResult) {
        let then = self.editor.after_save.take();
        match result {
            SaveResult::Saved { path, stamp } => {
                if let Some(doc) = self.editor.doc.as_mut()
                    && doc.clipping.id == request_id
                {
                    doc.clipping.id = saved_id;
                    doc.mark_saved_as(path.clone(), stamp, state);
                }
                let root = self
                    .library
                    .current
                    .as_ref()
                    .map(|l| l.root().display().to_string())
                    .unwrap_or_default();
                self.info(format!("Saved {} in {root}", file_name(&path)));
                if let Some(library) = &self.library.current {
                    self.jobs.scan(library);
                }
                if let Some(then) = then {
                    self.apply_confirmed(then);
                }
            }
            SaveResult::Duplicate(duplicate) => {
                // Not "Saving…" while the question waits: nothing is being written.
                self.info("Not saved yet: this looks like a note already in your library.");
                self.window.prompt = Some(Prompt::Duplicate {
                    why: duplicate.reason.to_string(),
                    existing: duplicate.note,
                });
            }
            SaveResult::ChangedOnDisk(path) => {
                self.info("Not saved yet: the note changed on disk since you opened it.");
                self.window.prompt = Some(Prompt::ChangedOnDisk { path });
            }
            SaveResult::Failed(e) => self.error(e),
        }
    }

    fn finished(&mut self, outcome: Outcome) {
        match outcome {
            Outcome::Extracted {
                ticket,
                source,
                document,
                markdown,
                by_rules,
                took,
            } => self.extracted(ticket, &source, *document, markdown, by_rules, took),
            Outcome::Saved {
                request_id,
                saved_id,
                state,
                result,
            } => self.saved(&request_id, saved_id, *state, result),
            Outcome::Crashed {
                job,
                ticket,
                message,
            } => self.crashed(job, ticket, &message),
            Outcome::ExtractFailed { ticket, message } => {
                if ticket == self.jobs.latest_ticket {
                    self.jobs.extracting = false;
                }
                self.error(message);
            }
            Outcome::Scanned { root, notes } => {
                let current = self.library.current.as_ref().map(|l| l.root().to_path_buf());
                if current.as_deref() != Some(root.as_path()) {
                    return;
                }
                match notes {
                    Ok(notes) => self.library.set_notes(notes, self.settings.sort),
                    Err(e) => self.error(e),
                }
                if std::mem::take(&mut self.library.rescan_pending)
                    && let Some(library) = &self.library.current
                {
                    self.jobs.scan(library);
                }
            }
            Outcome::Loaded { path, clipping } => {
                self.jobs.extracting = false;
                match clipping {
                    Ok((clipping, stamp)) => {
                        let title = clipping.display_title().to_string();
                        self.editor.set_document(Document::new(*clipping, Some((path, stamp))));
                        self.info(format!("Re-opened “{title}”."));
                    }
                    Err(e) => self.error(e),
                }
            }
            Outcome::PickedArticle(Some(path)) => self.apply(Action::Open(path)),
            Outcome::PickedArticle(None) | Outcome::PickedFolder(_, None) => {}
            // Without a word the button would seem to do nothing.
            Outcome::NoDialog(purpose) => self.error(match purpose {
                None => "No file dialog is available on this desktop (no xdg-desktop-portal): drop the file on the window, or copy the page and paste it.",
                Some(FolderPurpose::Library) => "No folder dialog is available on this desktop (no xdg-desktop-portal): start tidyclip with --library DIR, or set TIDYCLIP_LIBRARY, to use another library.",
                Some(FolderPurpose::Import) => "No folder dialog is available on this desktop (no xdg-desktop-portal): run “tidyclip import DIR” to import a folder.",
            }),
            Outcome::PickedFolder(FolderPurpose::Library, Some(dir)) => {
                self.apply(Action::SetLibrary(dir));
            }
            Outcome::PickedFolder(FolderPurpose::Import, Some(dir)) => {
                if let Some(library) = &self.library.current {
                    self.library.import = Some(crate::library::ImportProgress {
                        done: 0,
                        total: 0,
                        current: dir.clone(),
                    });
                    self.jobs.import(library, dir);
                }
            }
            Outcome::ImportProgress(progress) => {
                if self.library.import.is_some() {
                    self.library.import = Some(progress);
                }
            }
            Outcome::Imported(report) => {
                self.library.import = None;
                match report {
                    Ok(report) => {
                        let mut text = format!("Imported {} notes", report.imported.len());
                        if !report.duplicates.is_empty() {
                            text.push_str(&format!(
                                ", skipped {} already in the library",
                                report.duplicates.len()
                            ));
                        }
                        if let Some(first) = report.failed.first() {
                            text.push_str(&format!(
                                "; {} could not be read (e.g. {}: {})",
                                report.failed.len(),
                                file_name(&first.file),
                                first.why
                            ));
                        }
                        text.push('.');
                        self.info(text);
                    }
                    Err(e) => self.error(e),
                }
                if let Some(library) = &self.library.current {
                    self.jobs.scan(library);
                }
            }
            Outcome::LibraryOpened { dir, opened } => self.library_opened(dir, opened, true),
            Outcome::Watching { root, watch } => self.watching(&root, watch),
            Outcome::NoteChanged(change) => self.note_changed(change),
            Outcome::RulesSaved { message, result } => match result {
                Ok(()) => self.info(message),
                Err(e) => self.error(e),
            },
            Outcome::NoteRead { path, text } => self.copy_note(&path, text),
            Outcome::SaveTarget { key, target } => self.save_target_found(key, target),
        }
    }

    /// An article was read and extracted: it becomes the clipping (unless a newer one was asked
    /// for since), and the status line says what the engine made of it.
    fn extracted(
        &mut self,
        ticket: u64,
        source: &Source,
        document: Document,
        markdown: String,
        by_rules: usize,
        took: std::time::Duration,
    ) {
        if ticket != self.jobs.latest_ticket {
            return;
        }
        self.jobs.extracting = false;
        let blocks = document.clipping.article.blocks.len();
        let counts = document.counts;
        let revision = document.revision;
        self.editor.set_document(document);
        self.editor.preview = Some((revision, markdown));
        if let Source::Capture { host } = source {
            self.editor.captured = Some(Captured {
                host: host.clone(),
                at: std::time::Instant::now(),
            });
        }
        if blocks == 0 {
            // An empty list says nothing of why: most often a page saved before its script
            // drew the text, or a clipboard holding only a picture.
            let how = match source {
                Source::File(_) => {
                    "A page whose text is drawn by a script has none until it is open in a \
                     browser: open it there, select all, copy, and Paste."
                }
                Source::Clipboard | Source::Capture { .. } => {
                    "The copy held no text (only pictures or empty markup): select the \
                     article's text in the browser, copy it, and Paste again."
                }
            };
            self.info(format!(
                "No text to clip in {} ({} ms). {how}",
                source.describe(),
                took.as_millis(),
            ));
            return;
        }
        // The same counts as the blocks header, and the rest named: the header counts
        // body blocks only, so the blocks that became fields are said apart.
        let fields = blocks.saturating_sub(counts.kept_blocks + counts.trimmed_blocks);
        let mut message = format!(
            "Clipped {} from {} in {} ms: {} kept, {} trimmed",
            counted(blocks, "block"),
            source.describe(),
            took.as_millis(),
            counts.kept_blocks,
            counts.trimmed_blocks,
        );
        if fields > 0 {
            message.push_str(&format!(", {fields} used as fields"));
        }
        message.push('.');
        if by_rules > 0 {
            message.push_str(&format!(" Your rules trimmed {by_rules}."));
        }
        self.info(message);
    }

    /// A job panicked: whatever it held busy is freed, and the person is told in words.
    fn crashed(&mut self, job: Job, ticket: u64, message: &str) {
        match job {
            Job::Import => self.library.import = None,
            Job::Save => self.editor.after_save = None,
            Job::LoadNote => self.jobs.extracting = false,
            Job::ExtractFile | Job::ExtractPaste | Job::Paste => {
                if ticket == self.jobs.latest_ticket {
                    self.jobs.extracting = false;
                }
            }
            // Not asked again for the same name: the preview shows the last target known.
            Job::SaveTarget
            | Job::ScanLibrary
            | Job::OpenDialog
            | Job::FolderDialog
            | Job::OpenLibrary
            | Job::WatchLibrary
            | Job::RenameNote
            | Job::TagNote
            | Job::DeleteNote
            | Job::UndoDelete
            | Job::SaveRules
            | Job::ReadNote => {}
        }
        self.error(format!(
            "tidyclip hit a bug while {} ({message}). Nothing was changed; please report it with the article.",
            job.doing()
        ));
    }
}

/// "a, b, fo" completed with "foreign" → "a, b, foreign, ".
fn complete_last_tag(tags: &str, tag: &str) -> String {
    let mut parts: Vec<&str> = tags.split(',').map(str::trim).collect();
    parts.pop();
    parts.retain(|p| !p.is_empty());
    parts.push(tag);
    format!("{}, ", parts.join(", "))
}

/// The run of neighbouring blocks sharing block `index`'s keep state.
fn same_state_run(doc: &Document, index: usize) -> Option<std::ops::RangeInclusive<usize>> {
    let blocks = &doc.clipping.article.blocks;
    let keep = blocks.get(index)?.keep;
    let same = |b: &crate::extract::Block| b.keep == keep || !b.role.is_body();
    let start = blocks[..index]
        .iter()
        .rposition(|b| !same(b))
        .map_or(0, |p| p + 1);
    let end = blocks[index..]
        .iter()
        .position(|b| !same(b))
        .map_or(blocks.len() - 1, |p| index + p - 1);
    Some(start..=end)
}

fn file_name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folder_urls_are_percent_encoded() {
        assert_eq!(
            file_url(std::path::Path::new("/home/me/My Notes #1/é")),
            "file:///home/me/My%20Notes%20%231/%C3%A9"
        );
        assert_eq!(complete_last_tag("a, b, fo", "foreign"), "a, b, foreign, ");
    }
}
