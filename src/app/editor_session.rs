//! The editor session: the clipping on the bench and everything the editor and the preview
//! remember about it — the keyboard cursor, the block being edited, the blocks list's rows and
//! where they were drawn, the site rule offered, the preview's Markdown and the save target.

use eframe::egui;

use super::doc::Document;
use super::jobs::TargetKey;
use super::panels;
use super::rows;
use super::{Action, BlockFilter, LayoutReport, SiteRule};

/// The document revision, filter and unfolding version a list of rows was made for.
type RowsKey = (u64, BlockFilter, u64);

/// The block editor: which block's text is being edited in place.
#[derive(Debug, Clone)]
pub(super) struct BlockEditor {
    pub(super) index: usize,
    /// The block's edit when the editor opened (`None`: it had the page's text), for Esc.
    pub(super) before: Option<String>,
    /// The editor takes the keyboard focus, caret at the end, when it is next drawn.
    pub(super) focus: bool,
}

/// Where the clipping would be saved, and what that was worked out for.
pub(super) struct SaveTarget {
    pub(super) key: TargetKey,
    pub(super) path: std::path::PathBuf,
}

/// Where a clipping captured from the browser came from, and when it arrived, for "Captured
/// from example.com, 2 s ago".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Captured {
    /// The page's host, when the capture link named the page.
    pub host: Option<String>,
    pub at: std::time::Instant,
}

impl Captured {
    /// "Captured from example.com, 2 s ago".
    pub fn describe(&self) -> String {
        let from = self
            .host
            .as_deref()
            .map_or_else(|| "the browser".to_string(), str::to_string);
        format!("Captured from {from}, {} ago", ago(self.at.elapsed()))
    }
}

/// "2 s", "3 min", "1 h".
fn ago(elapsed: std::time::Duration) -> String {
    let s = elapsed.as_secs();
    match s {
        0..60 => format!("{s} s"),
        60..3600 => format!("{} min", s / 60),
        _ => format!("{} h", s / 3600),
    }
}

/// An offer to learn a rule from a block the person trimmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleOffer {
    pub rule: SiteRule,
    /// The block that prompted it, to show which one.
    pub block: usize,
}

/// The clipping being edited and what the editor keeps about it between frames. A new
/// clipping resets most of it (`set_document`); the library's notes are the library session's.
#[derive(Default)]
pub struct EditorSession {
    /// The clipping on the bench, with its undo history.
    pub(super) doc: Option<Document>,
    /// The block the keyboard acts on.
    pub(super) cursor: Option<usize>,
    /// Where a Shift-click range starts.
    pub(super) anchor: Option<usize>,
    /// The block whose text is being edited in place.
    pub(super) block_editor: Option<BlockEditor>,
    /// Where the press that closed the block editor was: the click it ends is the editor's.
    pub(super) edit_closed_by_press: Option<egui::Pos2>,
    /// The block the last plain click toggled and the document revision it left, so a
    /// double-click (whose first click toggled) can take that toggle back.
    pub(super) last_click_toggle: Option<(usize, u64)>,
    /// Which blocks the list shows: all, kept only, trimmed only.
    pub block_filter: BlockFilter,
    /// The list's rows, for the document revision, filter and unfolding they were made for.
    pub(super) rows: Option<(RowsKey, Vec<rows::Row>)>,
    /// Blocks that never fold into a run (the person opened their run or changed them).
    pub(super) unfolded: Vec<bool>,
    /// Bumped when `unfolded` changes.
    pub(super) unfold_version: u64,
    /// The rows the list last drew: when they change, a row that was in view stays where it was.
    pub(super) rows_drawn: Option<RowsKey>,
    /// The first block of each row the list last drew, with the row's top from the view's top.
    pub(super) rows_in_view: Vec<(usize, f32)>,
    /// The block whose row stays put when the rows change (the one clicked, toggled, unfolded,
    /// or the cursor's on a filter switch); without one the first row in view stays.
    pub(super) pin: Option<usize>,
    /// The list brings the cursor's row into view on its next frame.
    pub(super) scroll_to_cursor: bool,
    /// The offer to learn a site rule from the block just trimmed.
    pub(super) rule_offer: Option<RuleOffer>,
    /// The preview's Markdown for the document revision it was made from.
    pub(super) preview: Option<(u64, String)>,
    /// Where the clipping would be saved, as last worked out off the UI thread.
    pub(super) target: Option<SaveTarget>,
    /// The save target being worked out now.
    pub(super) target_asked: Option<TargetKey>,
    /// What to do once the running save lands ("Save and continue").
    pub(super) after_save: Option<Action>,
    /// The clipping came from a browser capture: from where and when (cleared by any other
    /// clipping).
    pub(super) captured: Option<Captured>,
}

impl EditorSession {
    /// The block whose text is being edited in place, if any.
    pub(super) fn block_being_edited(&self) -> Option<usize> {
        self.block_editor.as_ref().map(|e| e.index)
    }

    /// The clipping and its Markdown for the preview. The Markdown is rebuilt only when the
    /// document changed: a 10 MB article must not be rendered to Markdown (or copied) every
    /// frame.
    pub(super) fn preview_markdown(&mut self) -> Option<(&Document, &str)> {
        let doc = self.doc.as_ref()?;
        if self
            .preview
            .as_ref()
            .is_none_or(|(r, _)| *r != doc.revision)
        {
            self.preview = Some((doc.revision, doc.clipping.to_markdown()));
        }
        let markdown = self.preview.as_ref().map_or("", |(_, m)| m.as_str());
        Some((doc, markdown))
    }

    /// Closes the clipping: a blank bench, the list showing every block.
    pub(super) fn close_document(&mut self) {
        self.doc = None;
        self.block_editor = None;
        self.cursor = None;
        self.anchor = None;
        self.block_filter = BlockFilter::All;
        self.rule_offer = None;
        self.captured = None;
    }

    /// Recomputes the list's rows when the document, the filter or the unfolding changed.
    pub(super) fn refresh_rows(&mut self) {
        let Some(doc) = &self.doc else {
            self.rows = None;
            return;
        };
        let key = (doc.revision, self.block_filter, self.unfold_version);
        if matches!(&self.rows, Some((k, _)) if *k == key) {
            return;
        }
        let rows = rows::build(
            &doc.clipping.article.blocks,
            self.block_filter,
            &self.unfolded,
        );
        self.rows = Some((key, rows));
    }

    /// The list's rows as last refreshed.
    pub(super) fn current_rows(&mut self) -> &[rows::Row] {
        self.refresh_rows();
        self.rows.as_ref().map_or(&[][..], |(_, r)| r.as_slice())
    }

    /// The first block of the row `delta` rows from the cursor's (or from where it would be
    /// listed).
    fn block_after_cursor(&mut self, delta: isize) -> Option<usize> {
        let cursor = self.cursor;
        let rows = self.current_rows();
        let last = rows.len().checked_sub(1)?;
        let at = match cursor {
            None => 0,
            Some(c) => {
                let p = rows::row_at_or_after(rows, c) as isize;
                let exact = rows::row_of(rows, c).is_some();
                if exact || delta <= 0 {
                    p + delta
                } else {
                    p + delta - 1
                }
            }
        };
        rows.get(at.clamp(0, last as isize) as usize)
            .map(|r| r.first_block())
    }

    /// After the cursor's block left the list (trimmed in "Kept only", kept in "Trimmed only"),
    /// the cursor moves on to the next listed block, else the one before.
    pub(super) fn keep_cursor_listed(&mut self) {
        let Some(cursor) = self.cursor else {
            return;
        };
        let rows = self.current_rows();
        if rows::row_of(rows, cursor).is_some() {
            return;
        }
        let at = rows::row_at_or_after(rows, cursor);
        let next = rows
            .get(at)
            .or_else(|| at.checked_sub(1).and_then(|p| rows.get(p)))
            .map(|r| r.first_block());
        if next.is_some() {
            self.cursor = next;
            self.anchor = next;
        }
    }

    /// Lets `block` (and its run) list its blocks one by one, and keeps them so.
    pub(super) fn unfold(&mut self, first: usize, last: usize) {
        if let Some(doc) = &self.doc {
            self.unfolded
                .resize(doc.clipping.article.blocks.len(), false);
        }
        for i in first..=last {
            if let Some(u) = self.unfolded.get_mut(i) {
                *u = true;
            }
        }
        self.unfold_version += 1;
    }

    /// What the drawn block list reported: where it and the cursor's row are, which rows were
    /// in view; `None` when it was not drawn (the preview tab).
    pub(super) fn list_drawn(
        &mut self,
        list: Option<panels::ListReport>,
        layout: &mut LayoutReport,
    ) {
        match list {
            Some(list) => {
                layout.list_view = list.view;
                layout.cursor_row = list.cursor_row;
                self.rows_in_view = list.rows_in_view;
                self.rows_drawn = self.rows.as_ref().map(|(k, _)| *k);
                // The editor took the focus when drawn; later frames leave the focus be.
                if list.editor_drawn
                    && let Some(editor) = self.block_editor.as_mut()
                {
                    editor.focus = false;
                }
            }
            // The list was not drawn (the preview tab): when it comes back, it shows the cursor.
            None => self.scroll_to_cursor |= self.doc.is_some(),
        }
    }

    /// How the blocks list scrolls this frame: rows that changed under it keep the anchor's row
    /// where it was; a cursor moved by the keyboard (or a new filter) is brought into view.
    pub(super) fn list_scroll(&mut self) -> panels::ListScroll {
        let want_cursor = std::mem::take(&mut self.scroll_to_cursor);
        let pin = self.pin.take();
        let rows_changed = self.rows.as_ref().map(|(k, _)| *k) != self.rows_drawn;
        if rows_changed {
            let y_of = |block: usize| {
                self.rows_in_view
                    .iter()
                    .find(|(b, _)| *b == block)
                    .map(|&(_, y)| (block, y))
            };
            let kept = pin.and_then(y_of).or_else(|| {
                // Nothing pinned in view: the top row stays, unless the cursor is wanted.
                (!want_cursor)
                    .then(|| self.rows_in_view.first().copied())
                    .flatten()
            });
            if let Some((block, y)) = kept {
                return panels::ListScroll::Keep { block, y };
            }
        }
        if want_cursor {
            panels::ListScroll::ShowCursor
        } else {
            panels::ListScroll::Stay
        }
    }

    pub(super) fn move_cursor(&mut self, delta: isize) {
        if let Some(next) = self.block_after_cursor(delta) {
            self.cursor = Some(next);
            self.anchor = Some(next);
            self.scroll_to_cursor = true;
        }
    }

    pub(super) fn set_block_filter(&mut self, filter: BlockFilter) {
        self.pin = self.cursor;
        self.block_filter = filter;
        self.scroll_to_cursor = true;
        // The cursor's block may not be listed under the new filter.
        self.keep_cursor_listed();
    }

    pub(super) fn block_keep(&self, index: usize) -> Option<bool> {
        self.doc
            .as_ref()
            .and_then(|d| d.clipping.article.blocks.get(index))
            .map(|b| b.keep)
    }

    pub(super) fn set_document(&mut self, doc: Document) {
        self.rows = None;
        self.rows_drawn = None;
        self.rows_in_view.clear();
        self.pin = None;
        // Each article starts with every block listed, its runs folded, and the cursor on the
        // first block kept (where the story starts), scrolled into view.
        self.block_filter = BlockFilter::All;
        self.unfolded = vec![false; doc.clipping.article.blocks.len()];
        self.unfold_version += 1;
        let blocks = &doc.clipping.article.blocks;
        let first_kept = blocks.iter().position(|b| b.keep && b.role.is_body());
        self.cursor = first_kept.or((!blocks.is_empty()).then_some(0));
        self.scroll_to_cursor = true;
        self.anchor = self.cursor;
        self.rule_offer = None;
        self.preview = None;
        self.block_editor = None;
        self.captured = None;
        self.doc = Some(doc);
    }
}
