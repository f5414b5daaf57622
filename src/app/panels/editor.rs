//! The editor: the fields form and the blocks list with their keep/trim decisions.

use chrono::Datelike;
use eframe::egui::{self, Color32, Key, Rect, Sense, Stroke, vec2};
use egui::text::{LayoutJob, TextFormat, TextWrapping};

use super::counted;
use crate::app::doc::{Document, Field};
use crate::app::keymap::{self, Command};
use crate::app::rows::{self, Row};
use crate::app::{Action, BlockFilter, Captured, RuleOffer};
use crate::extract::fields::dates::ambiguous_date;
use crate::extract::{Block, Form, Role};
use crate::library::{NoteSummary, tag_counts};

/// How far a press may travel and still be a click (egui's own default).
const CLICK_SLOP: f32 = 6.0;

/// Whether a click on a row is the one that closes the block editor: the editor is still open
/// (press and release in one frame), or the press that closed it was here.
#[derive(Clone, Copy)]
struct ClosingClick {
    editor_open: bool,
    closed_by_press_at: Option<egui::Pos2>,
}

/// What a block's row needs to know beyond its block.
struct RowContext<'a> {
    closing: ClosingClick,
    /// Where its picture may be read, for an image's thumbnail.
    images: &'a crate::app::images::ImagePlaces<'a>,
}

/// What the editor needs besides the document.
#[derive(Clone, Copy)]
pub struct EditorState<'a> {
    pub cursor: Option<usize>,
    pub scroll: ListScroll,
    pub rule_offer: Option<&'a RuleOffer>,
    /// The library's notes, for completing tags.
    pub notes: &'a [NoteSummary],
    /// The list's rows, after the filter and folding.
    pub rows: &'a [Row],
    pub filter: BlockFilter,
    /// The fields form is open (else one summary line).
    pub fields_open: bool,
    /// The cursor's row was wholly in the list's view last frame.
    pub cursor_was_in_view: bool,
    /// The block whose text is being edited in place.
    pub editing: Option<BlockEditing>,
    /// Where the press that closed the block editor was (its click goes to no row).
    pub edit_closed_by_press: Option<egui::Pos2>,
    /// The clipping came from a browser capture.
    pub captured: Option<&'a Captured>,
    /// The library's attachments folder, where a re-opened note's pictures are.
    pub attachments: Option<&'a std::path::Path>,
}

/// The block editor as the list draws it.
#[derive(Debug, Clone, Copy)]
pub struct BlockEditing {
    pub index: usize,
    /// Give the editor the keyboard focus, caret at the end (it just opened).
    pub focus: bool,
}

/// How the blocks list sets its scroll position this frame.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ListScroll {
    /// Where the person left it.
    Stay,
    /// Scroll as little as needed to show the cursor's row whole.
    ShowCursor,
    /// The rows changed: put this block's row (or the next listed one, when it left the list)
    /// at `y` from the view's top, where it was.
    Keep { block: usize, y: f32 },
}

/// Where the list was drawn, for the app to keep rows in place and for tests.
#[derive(Debug, Clone, Default)]
pub struct ListReport {
    pub view: Option<Rect>,
    pub cursor_row: Option<Rect>,
    /// The first block of each row drawn, with the row's top from the view's top.
    pub rows_in_view: Vec<(usize, f32)>,
    /// The block editor was drawn (so it took the focus it was to take).
    pub editor_drawn: bool,
}

/// Lines of a block's text a row shows; the tooltip and the preview show all of it.
const ROW_TEXT_LINES: usize = 2;
/// A block this short (a menu item, a date, a heading) gets a one-line row with its reason
/// beside it: about 50 Latin letters, or 16 CJK characters, fit in one line of the narrowest
/// editor next to the reason.
const COMPACT_BYTES: usize = 50;
/// Space between rows.
const ROW_GAP: f32 = 2.0;
/// Where a row's text starts (right of its keep box), and the margin at its right.
const ROW_TEXT_LEFT: f32 = 28.0;
const ROW_TEXT_RIGHT_MARGIN: f32 = 6.0;
/// Lines of text the block editor shows before it scrolls: a long paragraph fits, and the
/// rows around it stay in sight in a window 700 pixels high.
const EDITOR_TEXT_LINES: usize = 8;
/// The fewest lines it shows, so a one-line block still gets a box that reads as a text box.
const EDITOR_MIN_LINES: usize = 3;
/// Characters laid out to size the editor: more never fit in its lines.
const EDITOR_MEASURED_CHARS: usize = 4_000;
/// Characters of a block laid out per row: more never fit in two lines, and a 1 MB block must not
/// be laid out every frame.
const ROW_TEXT_CHARS: usize = 600;

/// The fields form (or its summary line), then the blocks. The offer to learn a site rule sits
/// under the list, so it never pushes the rows down.
pub fn editor(
    ui: &mut egui::Ui,
    doc: &Document,
    state: EditorState<'_>,
    actions: &mut Vec<Action>,
) -> ListReport {
    if let Some(captured) = state.captured {
        let age = captured.at.elapsed();
        ui.label(egui::RichText::new(captured.describe()).weak())
            .on_hover_text(
                "The bookmarklet put this page on the clipboard and tidyclip pasted it. Nothing is saved until you save.",
            );
        // The age counts up while it is in seconds and minutes.
        if age.as_secs() < 3600 {
            let step = if age.as_secs() < 60 { 1 } else { 30 };
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_secs(step));
        }
    }
    if state.fields_open {
        ui.horizontal(|ui| {
            if ui
                .small_button("Hide fields")
                .on_hover_text("Fold the fields into one line, for more room for the blocks")
                .clicked()
            {
                actions.push(Action::ShowFields(false));
            }
        });
        fields_form(ui, doc, state.notes, actions);
    } else {
        fields_summary(ui, doc, actions);
    }
    ui.separator();
    blocks_header(ui, doc, state.cursor, state.filter, actions);
    if let Some(offer) = state.rule_offer {
        egui::Panel::bottom("rule_offer")
            .show_separator_line(false)
            .show(ui, |ui| rule_offer_bar(ui, doc, offer, actions));
    }
    blocks_list(ui, doc, &state, actions)
}

/// The fields folded into one line: the title, site, author, date and tags as they will be
/// saved, and a warning when the title or the address is missing.
fn fields_summary(ui: &mut egui::Ui, doc: &Document, actions: &mut Vec<Action>) {
    let f = &doc.fields;
    let mut parts: Vec<String> = Vec::new();
    let title = if f.title.trim().is_empty() {
        // Words, as "no URL" is: egui's own fonts have no "⚠".
        "no title".to_string()
    } else {
        format!("“{}”", f.title.trim())
    };
    parts.push(title);
    for value in [&f.site, &f.authors] {
        if !value.trim().is_empty() {
            parts.push(value.trim().to_string());
        }
    }
    if !f.published.trim().is_empty() {
        parts.push(
            crate::app::doc::human_date(&f.published)
                .unwrap_or_else(|| f.published.trim().to_string()),
        );
    }
    if !f.tags.trim().is_empty() {
        parts.push(format!("tags: {}", f.tags.trim()));
    }
    if f.url.trim().is_empty() {
        parts.push("no URL".to_string());
    }
    let summary = parts.join(" · ");
    ui.horizontal(|ui| {
        if ui
            .small_button("Edit fields")
            .on_hover_text("Title, site, author, date, URL and tags")
            .clicked()
        {
            actions.push(Action::ShowFields(true));
        }
        let response = ui.add(
            egui::Label::new(summary.clone())
                .truncate()
                .sense(Sense::click()),
        );
        if response.clicked() {
            actions.push(Action::ShowFields(true));
        }
        response.on_hover_text(format!("{summary}\nClick to edit the fields."));
    });
}

fn hint(field: Field) -> &'static str {
    match field {
        Field::Title => "The article's headline",
        Field::Site => "The publication, e.g. RT.com",
        Field::Authors => "Names, comma separated",
        Field::Published => "YYYY-MM-DD",
        Field::Url => "Paste the article's address (optional)",
        Field::Tags => "Tags, comma separated",
    }
}

/// Tags in the library starting with what is being typed after the last comma, most used first.
fn tag_suggestions(typed: &str, notes: &[NoteSummary]) -> Vec<String> {
    let mut parts: Vec<&str> = typed.split(',').map(str::trim).collect();
    let partial = parts.pop().unwrap_or("").to_lowercase();
    if partial.is_empty() {
        return Vec::new();
    }
    tag_counts(notes)
        .into_iter()
        .map(|(tag, _)| tag)
        .filter(|t| t.to_lowercase().starts_with(&partial) && t.to_lowercase() != partial)
        .filter(|t| !parts.iter().any(|p| p.eq_ignore_ascii_case(t)))
        .take(6)
        .collect()
}

/// Buttons completing the tag being typed with tags already in the library.
pub fn tag_completions(
    ui: &mut egui::Ui,
    typed: &str,
    notes: &[NoteSummary],
    actions: &mut Vec<Action>,
) {
    let suggestions = tag_suggestions(typed, notes);
    if suggestions.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.weak("Complete:");
        for tag in suggestions {
            if ui
                .small_button(&tag)
                .on_hover_text("A tag already in your library")
                .clicked()
            {
                actions.push(Action::CompleteTag(tag));
            }
        }
    });
}

fn fields_form(
    ui: &mut egui::Ui,
    doc: &Document,
    notes: &[NoteSummary],
    actions: &mut Vec<Action>,
) {
    let article = &doc.clipping.article;
    // Rows rather than a grid: a grid's column grows to its widest note and pushed the form out
    // under the preview in a half-screen window; here each note wraps in the editor's width.
    let label_width = 70.0;
    let indent = label_width + ui.spacing().item_spacing.x;
    let note_row = |ui: &mut egui::Ui, add: &mut dyn FnMut(&mut egui::Ui)| {
        ui.horizontal_top(|ui| {
            ui.add_space(indent);
            ui.vertical(|ui| add(ui));
        });
    };
    for field in Field::ALL {
        let mut text = doc.field(field).to_string();
        ui.horizontal(|ui| {
            let label = ui.add_sized(
                [label_width, ui.spacing().interact_size.y],
                egui::Label::new(field.label()),
            );
            let edit = egui::TextEdit::singleline(&mut text)
                .id_salt(("field", field.label()))
                .hint_text(hint(field))
                .desired_width(f32::INFINITY);
            let response = ui.add(edit).labelled_by(label.id);
            if response.changed() {
                actions.push(Action::EditField(field, text.clone()));
            }
            if response.lost_focus() {
                actions.push(Action::EndTyping);
            }
        });

        // A note under the field when there is something to say about it.
        let note: Option<(String, bool)> = match field {
            Field::Title
                if article.title_inferred
                    && article.title.as_deref().map(str::trim)
                        == Some(doc.fields.title.trim()) =>
            {
                Some(("Suggested from the summary: the page has no headline. Edit it if it reads wrong.".into(), false))
            }
            Field::Title if doc.fields.title.trim().is_empty() => Some((
                "No headline found: the note will be called “Untitled clipping”.".into(),
                true,
            )),
            Field::Published => article.published.as_ref().map(|p| {
                match ambiguous_date(&p.raw) {
                    Some((day_first, month_first)) => {
                        // The reading the engine took first (a page written for the United
                        // States is read month first), the other after.
                        let day = p.value.date().day();
                        let (taken, other) = if day_first.starts_with(&format!("{day} ")) {
                            (day_first, month_first)
                        } else {
                            (month_first, day_first)
                        };
                        (
                            format!(
                                // No warning sign: the note is in the warning colour, and egui's
                                // own fonts have no "⚠" (a box where no system font has it).
                                "From “{}”: read as {taken}, but it could be {other}. Check it.",
                                p.raw
                            ),
                            true,
                        )
                    }
                    None => (format!("From “{}” on the page", p.raw), false),
                }
            }),
            Field::Url if doc.fields.url.trim().is_empty() => Some((
                "No URL found: add one so you can get back to the source (saving works without it).".into(),
                false,
            )),
            _ => None,
        };
        if field == Field::Tags && !tag_suggestions(&doc.fields.tags, notes).is_empty() {
            note_row(ui, &mut |ui| {
                tag_completions(ui, &doc.fields.tags, notes, actions);
            });
        }
        if let Some((note, warn)) = &note {
            note_row(ui, &mut |ui| {
                let text = egui::RichText::new(note).small();
                let text = if *warn {
                    text.color(ui.visuals().warn_fg_color)
                } else {
                    text.weak()
                };
                ui.add(egui::Label::new(text).wrap());
            });
        }
    }
    // The engine's judgement of the page, read-only: it decides what counts as content
    // (every post of a thread, the specs of a product).
    ui.horizontal(|ui| {
        let label = ui.add_sized(
            [label_width, ui.spacing().interact_size.y],
            egui::Label::new("Kind"),
        );
        ui.label(format!("{} page", article.kind.name()))
            .labelled_by(label.id)
            .on_hover_text(
                "What kind of page tidyclip took this for: article, forum, product, \
                 collection, listing, documentation or service",
            );
    });
}

fn rule_offer_bar(ui: &mut egui::Ui, doc: &Document, offer: &RuleOffer, actions: &mut Vec<Action>) {
    // The rule matches folded case; show the words as the page wrote them.
    let words = offer.rule.starts_with.split(' ').count();
    let shown = doc
        .clipping
        .article
        .blocks
        .get(offer.block)
        .map(|b| {
            b.text
                .split_whitespace()
                .take(words)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_else(|| offer.rule.starts_with.clone());
    // Shown inside quotation marks: the block's own opening quote would double them.
    let shown = shown.trim_matches(['"', '\'', '“', '”', '‘', '’', '«', '»']);
    egui::Frame::group(ui.style())
        .fill(ui.visuals().faint_bg_color)
        .show(ui, |ui| {
            ui.horizontal_wrapped(|ui| {
                ui.label(format!(
                    "You trimmed a block tidyclip kept. Trim blocks starting “{shown}…” on {} from now on?",
                    offer.rule.site
                ));
                if ui
                    .button(format!("Always trim blocks like this on {}", offer.rule.site))
                    .on_hover_text("Saved in the library's .tidyclip/rules.json; remove it in Settings")
                    .clicked()
                {
                    actions.push(Action::AcceptRule);
                }
                if ui.button("Not now").clicked() {
                    actions.push(Action::DismissRule);
                }
            });
        });
}

fn blocks_header(
    ui: &mut egui::Ui,
    doc: &Document,
    cursor: Option<usize>,
    filter: BlockFilter,
    actions: &mut Vec<Action>,
) {
    let c = doc.counts;
    ui.horizontal_wrapped(|ui| {
        ui.strong("Blocks");
        ui.label(format!(
            "kept {} in {} · trimmed {} in {}",
            counted(c.kept, "word"),
            counted(c.kept_blocks, "block"),
            counted(c.trimmed, "word"),
            counted(c.trimmed_blocks, "block")
        ));
    });
    ui.horizontal_wrapped(|ui| {
        ui.label("List:");
        for (choice, text, tip) in [
            (BlockFilter::All, "All blocks", "List every block"),
            (
                BlockFilter::Kept,
                "Kept only",
                "List only the blocks that will be saved",
            ),
            (
                BlockFilter::Trimmed,
                "Trimmed only",
                "List only the trimmed blocks",
            ),
        ] {
            super::choice_button(ui, (filter, choice), text, tip, || {
                actions.push(Action::SetBlockFilter(choice));
            });
        }
        ui.separator();
        let enabled = cursor.is_some();
        let at = cursor.unwrap_or(0);
        if ui
            .add_enabled(enabled, egui::Button::new("Trim from here to the end"))
            .on_hover_text(super::with_keys(
                ui,
                "Trim the current block and every block after it",
                Command::TrimToEnd,
            ))
            .clicked()
        {
            actions.push(Action::TrimToEnd(at));
        }
        if ui
            .add_enabled(enabled, egui::Button::new("Keep only this run"))
            .on_hover_text(super::with_keys(
                ui,
                "Keep the run of blocks around the current one, trim the rest",
                Command::KeepOnlyRun,
            ))
            .clicked()
        {
            actions.push(Action::KeepOnlyRun(at));
        }
    });
}

fn role_name(role: Role) -> &'static str {
    match role {
        Role::Paragraph => "paragraph",
        Role::Heading => "heading",
        Role::ListItem => "list item",
        Role::Quote => "quote",
        Role::Title => "title",
        Role::Site => "site name",
        Role::Byline => "byline",
        Role::Date => "date",
        Role::Summary => "summary",
        Role::Boilerplate => "page furniture",
    }
}

/// What the block is, for its row: its structure when the page gave one, else its role.
fn kind_name(block: &Block) -> String {
    match &block.form {
        Form::Heading { level, .. } => format!("heading {level}"),
        Form::ListItem { ordered: true, .. } => "numbered item".to_string(),
        Form::ListItem { .. } => "list item".to_string(),
        Form::Code {
            language: Some(language),
            ..
        } => format!("code ({language})"),
        Form::Code { language: None, .. } => "code".to_string(),
        Form::Table { .. } => "table".to_string(),
        Form::Image { .. } => "image".to_string(),
        Form::Media { kind, .. } => kind.name().to_string(),
        Form::Rule => "rule".to_string(),
        Form::Footnote { label } => format!("footnote {label}"),
        Form::Verbatim { .. } => verbatim_kind(block)
            .unwrap_or_else(|| role_name(block.role))
            .to_string(),
        Form::Plain if is_formula(block) => "formula".to_string(),
        Form::Quote { .. } | Form::Plain => role_name(block.role).to_string(),
    }
}

/// Whether the block is one displayed formula (`$$…$$` and nothing else): its row names it and
/// shows its TeX in monospace, as the preview does.
fn is_formula(block: &Block) -> bool {
    block.markdown.as_deref().is_some_and(|markdown| {
        markdown
            .trim()
            .strip_prefix("$$")
            .and_then(|rest| rest.strip_suffix("$$"))
            .is_some_and(|tex| !tex.trim().is_empty() && !tex.contains("$$"))
    })
}

/// What a block of Markdown input (kept as written) is when its source is a fenced code block
/// ("code") or a table ("table"); `None` for the rest, which its role names.
fn verbatim_kind(block: &Block) -> Option<&'static str> {
    if !matches!(block.form, Form::Verbatim { .. }) {
        return None;
    }
    let source = block
        .markdown
        .as_deref()
        .unwrap_or(&block.text)
        .trim_start();
    if source.starts_with("```") || source.starts_with("~~~") {
        Some("code")
    } else if source.starts_with('|') {
        Some("table")
    } else {
        None
    }
}

/// The row's text: the block's own (as the person edited it), or for a table, an image and a
/// video what they hold.
fn row_text(block: &Block) -> String {
    match &block.form {
        Form::Table { rows } => {
            let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
            // An empty corner cell ("", "Adult", "Child") would open the line with a bar.
            let first: Vec<&str> = rows
                .first()
                .map(|r| {
                    r.iter()
                        .map(|c| c.text.as_str())
                        .filter(|t| !t.trim().is_empty())
                        .collect()
                })
                .unwrap_or_default();
            table_summary(rows.len(), columns, &first)
        }
        // The address as a person reads it (decoded, a long one cut in the middle), and where
        // the link around the image leads.
        Form::Image { src, alt, link } => {
            let alt = if alt.is_empty() {
                "(no description)"
            } else {
                alt.as_str()
            };
            // The addresses as the note writes them, their escapes undone.
            let readable = |address: &str| {
                super::preview::readable_address(&crate::extract::markdown::unescaped_address(
                    address,
                ))
            };
            let image = format!("{alt} {}", readable(src));
            match link {
                // In words: the window's font has no arrow.
                Some(link) => format!("{image}, links to {}", readable(link)),
                None => image,
            }
        }
        // In words: a row of dashes reads as the list's own furniture.
        Form::Rule => "a line across the page, between parts of its text".to_string(),
        // What the note links to, as a person reads its address.
        Form::Media { src, label, .. } => {
            let address =
                super::preview::readable_address(&crate::extract::markdown::unescaped_address(src));
            if label.trim().is_empty() {
                address
            } else {
                format!("{} {address}", label.trim())
            }
        }
        // Nested items are indented under their parent, as in the note.
        Form::ListItem {
            ordered,
            number,
            depth,
            continues,
        } => {
            let indent = "    ".repeat(usize::from(depth.saturating_sub(1)));
            let marker = if *continues {
                // A further paragraph of the item above: under its text, no marker.
                " ".to_string()
            } else if *ordered {
                format!("{number}.")
            } else {
                "•".to_string()
            };
            // A number the page typed in the item's text is the marker.
            let text = block.current_text();
            let text = &text[block.typed_label_len(text)..];
            format!("{indent}{marker} {}", head(text, ROW_TEXT_CHARS))
        }
        Form::Footnote { label } => {
            format!("[{label}] {}", head(block.current_text(), ROW_TEXT_CHARS))
        }
        // A heading that opens a numbered item carries the item's number, as in the note.
        Form::Heading {
            number: Some(number),
            ..
        } => format!("{number}. {}", head(block.current_text(), ROW_TEXT_CHARS)),
        // A table of Markdown input, summed up as a page's table is.
        Form::Verbatim { .. } if verbatim_kind(block) == Some("table") => {
            let source = block.markdown.as_deref().unwrap_or(&block.text);
            let rows: Vec<Vec<&str>> = source
                .lines()
                .map(|line| {
                    line.trim()
                        .trim_matches('|')
                        .split('|')
                        .map(str::trim)
                        .collect()
                })
                // The line under the header (`|---|:--:|`) is no row.
                .filter(|cells: &Vec<&str>| {
                    !cells
                        .iter()
                        .all(|c| !c.is_empty() && c.chars().all(|ch| matches!(ch, '-' | ':')))
                })
                .collect();
            let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
            let first: Vec<&str> = rows
                .first()
                .map(|r| r.iter().copied().filter(|t| !t.is_empty()).collect())
                .unwrap_or_default();
            table_summary(rows.len(), columns, &first)
        }
        _ => head(block.current_text(), ROW_TEXT_CHARS).to_string(),
    }
}

/// A table in one line: its size and its first row's cells ("3 rows × 2 columns: Step | Lines").
fn table_summary(rows: usize, columns: usize, first: &[&str]) -> String {
    format!(
        "{} × {}: {}",
        counted(rows, "row"),
        counted(columns, "column"),
        first.join(" | ")
    )
}

/// The first `max` characters of `text`, cut on a character boundary.
fn head(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((i, _)) => &text[..i],
        None => text,
    }
}

/// A row's height: one line for a short block and for a folded run, two lines and the reason
/// for the rest.
fn row_height(
    ui: &egui::Ui,
    doc: &Document,
    row: Row,
    editing: Option<(usize, usize)>,
    one_line: &[bool],
) -> f32 {
    let body = ui.text_style_height(&egui::TextStyle::Body);
    let small = ui.text_style_height(&egui::TextStyle::Small);
    let compact = body + 10.0;
    match row {
        Row::Folded { .. } => compact,
        Row::Block(i) if editing.is_some_and(|(e, _)| e == i) => {
            let lines = editing.map_or(EDITOR_TEXT_LINES, |(_, lines)| lines);
            // The header line, the text box (its margins included), the buttons line.
            let spacing = ui.spacing();
            body + body * lines as f32
                + 2.0 * spacing.button_padding.y
                + 8.0
                + spacing.interact_size.y
                + 3.0 * spacing.item_spacing.y
                + 16.0
        }
        Row::Block(i) => {
            if doc.clipping.article.blocks.get(i).is_some_and(is_compact) {
                compact
            } else if one_line.get(i).copied().unwrap_or(false) {
                // The text's one line and the reason under it.
                body + small + 12.0
            } else {
                body * ROW_TEXT_LINES as f32 + small + 12.0
            }
        }
    }
}

/// Up to this many blocks, each longer block's text is laid out to find those that take one
/// line, whose rows then take one line of text and the reason (every such row took two lines of
/// height, and a one-line paragraph stood over an empty line). Past it every longer row takes
/// two: laying out tens of thousands of rows again after each change would slow the window.
const MEASURED_BLOCKS_MAX: usize = 3_000;

/// Which blocks' text fits one line of a row `width` wide, by block index (empty past
/// [`MEASURED_BLOCKS_MAX`] blocks). Kept until the width or the document changes. Compact rows,
/// tables, code and images (whose thumbnail narrows the text) are not measured.
fn one_line_blocks(ui: &egui::Ui, doc: &Document, width: f32) -> std::sync::Arc<Vec<bool>> {
    type Measured = ((u32, u64), std::sync::Arc<Vec<bool>>);
    let blocks = &doc.clipping.article.blocks;
    if blocks.len() > MEASURED_BLOCKS_MAX {
        return std::sync::Arc::default();
    }
    let id = egui::Id::unique(("one-line blocks", doc.clipping.id.as_str()));
    let key = (width.to_bits(), doc.revision);
    if let Some((at, measured)) = ui.data(|d| d.get_temp::<Measured>(id))
        && at == key
    {
        return measured;
    }
    // As `paint_block_row` lays a longer block's text out: from the box's right to the row's
    // right margin.
    let text_width = (width - ROW_TEXT_LEFT - ROW_TEXT_RIGHT_MARGIN).max(20.0);
    let painter = ui.painter();
    let measured: Vec<bool> = blocks
        .iter()
        .map(|b| {
            // A table's or a code block's row shows a line of it as any block's does (a table's
            // summary, "9 rows × 2 columns: …"); an image's row holds its thumbnail.
            if is_compact(b) || matches!(b.form, Form::Image { .. }) {
                return false;
            }
            let galley = painter.layout_job(row_text_job(ui, b, false, text_width, Color32::GRAY));
            galley.rows.len() == 1 && !galley.elided
        })
        .collect();
    let measured = std::sync::Arc::new(measured);
    ui.data_mut(|d| d.insert_temp::<Measured>(id, (key, measured.clone())));
    measured
}

/// A block short enough for a one-line row.
fn is_compact(block: &Block) -> bool {
    let text = block.current_text();
    text.len() <= COMPACT_BYTES
        && !text.contains('\n')
        && !matches!(
            block.form,
            Form::Table { .. }
                | Form::Image { .. }
                | Form::Media { .. }
                | Form::Rule
                | Form::Code { .. }
        )
        && verbatim_kind(block).is_none()
}

fn blocks_list(
    ui: &mut egui::Ui,
    doc: &Document,
    state: &EditorState<'_>,
    actions: &mut Vec<Action>,
) -> ListReport {
    let rows = state.rows;
    let mut report = ListReport::default();
    if doc.clipping.article.blocks.is_empty() {
        ui.weak("The article has no blocks.");
        return report;
    }
    if rows.is_empty() {
        ui.weak(match state.filter {
            BlockFilter::Kept => "Every block is trimmed.",
            _ => "No block is trimmed.",
        });
        return report;
    }
    // Each row's top, and the list's height: rows differ in height, so egui's show_rows (one
    // height for all) cannot place them.
    let editing = state.editing.map(|e| {
        (
            e.index,
            editor_lines(ui, doc, e.index, ui.available_width()),
        )
    });
    // Measured in the narrower of the widths the rows get (a scroll bar may take its share):
    // a text on one line there is on one line in the rows.
    let one_line = one_line_blocks(
        ui,
        doc,
        ui.available_width() - ui.spacing().scroll.allocated_width(),
    );
    let mut tops = Vec::with_capacity(rows.len() + 1);
    let mut y = 0.0;
    for &row in rows {
        tops.push(y);
        y += row_height(ui, doc, row, editing, &one_line) + ROW_GAP;
    }
    let total = (y - ROW_GAP).max(0.0);
    tops.push(total + ROW_GAP);
    let row_span = |r: usize| (tops[r], tops[r + 1] - ROW_GAP);

    // One scroll position per clipping: a new article starts at its top, not where the last
    // one's list was scrolled to.
    let salt = ("blocks", doc.clipping.id.as_str());
    let id = ui.make_persistent_id(egui::IdSalt::new(salt));
    let view = ui.available_height();
    let max_offset = (total - view).max(0.0);
    let stored = egui::scroll_area::State::load(ui.ctx(), id).map_or(0.0, |s| s.clamped_offset().y);
    let cursor_row = state.cursor.and_then(|c| rows::row_of(rows, c));
    let offset = wanted_offset(state, &tops, cursor_row, stored, view, max_offset);
    // egui bounds an offset by the content and view sizes of the frame before: when the view
    // just shrank, an offset past the old bound springs back. Such an offset is set once more in
    // the next frame, when egui knows the new sizes.
    let retry_id = id.with("retry_offset");
    let retry = ui.data_mut(|d| d.remove_temp::<f32>(retry_id));
    let (offset, is_retry) = match (offset, retry) {
        (Some(o), _) => (Some(o.clamp(0.0, max_offset)), false),
        (None, Some(o)) => (Some(o.clamp(0.0, max_offset)), true),
        (None, None) => (None, false),
    };
    let mut area = egui::ScrollArea::vertical()
        .id_salt(salt)
        .auto_shrink([false, false]);
    if let Some(offset) = offset {
        area = area.vertical_scroll_offset(offset);
    }
    // No rubber band: a spring back from an offset past egui's stale bound leaves a velocity
    // that carries the list on past the offset set the next frame.
    let rubber_band = std::mem::replace(&mut ui.spacing_mut().scroll.kinetic.rubber_band, false);
    let mut editor_drawn = false;
    let images = crate::app::images::ImagePlaces::of(doc, state.attachments);
    let output = area.show_viewport(ui, |ui, viewport| {
        ui.set_height(total);
        let origin = ui.max_rect().min;
        let width = ui.available_width();
        let first = tops
            .partition_point(|&t| t < viewport.min.y)
            .saturating_sub(1);
        let mut r = first;
        while r < rows.len() && tops[r] < viewport.max.y {
            let (top, bottom) = row_span(r);
            let rect = Rect::from_min_max(origin + vec2(0.0, top), origin + vec2(width, bottom));
            match rows[r] {
                Row::Block(i) if editing.is_some_and(|(e, _)| e == i) => {
                    let focus = state.editing.is_some_and(|e| e.focus);
                    let lines = editing.map_or(EDITOR_TEXT_LINES, |(_, lines)| lines);
                    block_editor_row(ui, doc, i, rect, lines, focus, actions);
                    editor_drawn = true;
                }
                Row::Block(i) => {
                    let closing = ClosingClick {
                        editor_open: state.editing.is_some(),
                        closed_by_press_at: state.edit_closed_by_press,
                    };
                    let is_cursor = state.cursor == Some(i);
                    let row = RowContext {
                        closing,
                        images: &images,
                    };
                    block_row(ui, doc, i, rect, is_cursor, &row, actions);
                }
                Row::Folded { first, last } => {
                    let is_cursor = cursor_row == Some(r);
                    folded_row(ui, doc, first, last, rect, is_cursor, actions);
                }
            }
            r += 1;
        }
    });
    ui.spacing_mut().scroll.kinetic.rubber_band = rubber_band;
    let view_rect = output.inner_rect;
    let shown_offset = output.state.clamped_offset().y;
    if let Some(want) = offset
        && !is_retry
        && (shown_offset - want).abs() > 0.5
    {
        ui.data_mut(|d| d.insert_temp(retry_id, want));
        ui.ctx().request_repaint();
    }
    report.view = Some(view_rect);
    report.editor_drawn = editor_drawn;
    let screen = |r: usize| {
        let (top, bottom) = row_span(r);
        Rect::from_x_y_ranges(
            view_rect.x_range(),
            view_rect.top() + top - shown_offset..=view_rect.top() + bottom - shown_offset,
        )
    };
    report.cursor_row = cursor_row.map(screen);
    let first = tops
        .partition_point(|&t| t <= shown_offset)
        .saturating_sub(1);
    for (r, row) in rows.iter().enumerate().skip(first) {
        let rect = screen(r);
        if rect.top() >= view_rect.bottom() {
            break;
        }
        report
            .rows_in_view
            .push((row.first_block(), rect.top() - view_rect.top()));
    }
    report
}

/// Where the blocks list should be scrolled to this frame, or `None` to leave egui's own
/// scrolling be. `tops` holds each row's top and, last, the list's end plus a gap; `stored` is
/// the offset egui has, `view` the list's visible height.
fn wanted_offset(
    state: &EditorState<'_>,
    tops: &[f32],
    cursor_row: Option<usize>,
    stored: f32,
    view: f32,
    max_offset: f32,
) -> Option<f32> {
    let rows = state.rows;
    let row_span = |r: usize| (tops[r], tops[r + 1] - ROW_GAP);
    // When the rows change the offset is set from what is known now, never left for egui to
    // clamp after drawing: a list drawn at one offset and then clamped to another jumps on the
    // next frame, under the pointer. Otherwise egui's own scrolling (wheel, drag) runs as is.
    let cursor_fits = |offset: f32| {
        cursor_row.is_none_or(|c| {
            let (top, bottom) = row_span(c);
            top >= offset - 0.5 && bottom <= offset + view + 0.5
        })
    };
    // The view shrank (the offer to learn a rule opened under it) and would cut off the
    // cursor's row that was whole in it: show it whole again.
    let scroll = match state.scroll {
        ListScroll::Stay if state.cursor_was_in_view && !cursor_fits(stored) => {
            ListScroll::ShowCursor
        }
        other => other,
    };
    match scroll {
        ListScroll::Stay => None,
        ListScroll::ShowCursor => match cursor_row {
            Some(r) => {
                let (top, bottom) = row_span(r);
                if top < stored {
                    Some(top)
                } else if bottom > stored + view {
                    Some(bottom - view)
                } else {
                    Some(stored)
                }
            }
            None => Some(stored),
        },
        ListScroll::Keep { block, y } => {
            let r = rows::row_at_or_after(rows, block).min(rows.len() - 1);
            let mut at = (tops[r] - y).clamp(0.0, max_offset);
            // Where the list's end stops the row from staying put, the cursor's row is still
            // shown whole.
            if let Some(c) = cursor_row {
                let (top, bottom) = row_span(c);
                if bottom > at + view {
                    at = bottom - view;
                }
                if top < at {
                    at = top;
                }
            }
            Some(at)
        }
    }
}

/// The cursor's highlight, or the hover's, and the keyboard focus ring, behind a row.
fn row_background(ui: &egui::Ui, rect: Rect, response: &egui::Response, is_cursor: bool) {
    let visuals = ui.visuals();
    let painter = ui.painter();
    if is_cursor {
        painter.rect_filled(rect, 4.0, visuals.selection.bg_fill.gamma_multiply(0.35));
        painter.rect_stroke(
            rect,
            4.0,
            Stroke::new(1.0, visuals.selection.stroke.color),
            egui::StrokeKind::Inside,
        );
    } else if response.hovered() {
        painter.rect_filled(rect, 4.0, visuals.faint_bg_color);
    }
    if response.has_focus() {
        painter.rect_stroke(
            rect,
            4.0,
            visuals.selection.stroke,
            egui::StrokeKind::Inside,
        );
    }
}

/// A run of trimmed blocks as one row: how many, why, and the first few of them; a click (or
/// Space on it) lists them one by one.
fn folded_row(
    ui: &mut egui::Ui,
    doc: &Document,
    first: usize,
    last: usize,
    rect: Rect,
    is_cursor: bool,
    actions: &mut Vec<Action>,
) {
    let blocks = &doc.clipping.article.blocks[first..=last];
    let id = ui.scope_id().with(("folded", first));
    let response = ui.interact(rect, id, Sense::click());
    let reasons = rows::run_reasons(blocks);
    let why = reasons
        .iter()
        .take(3)
        .map(|(r, n)| {
            if reasons.len() == 1 {
                r.clone()
            } else {
                format!("{r} {n}")
            }
        })
        .collect::<Vec<_>>()
        .join(", ");
    let more = if reasons.len() > 3 { ", …" } else { "" };
    let label = format!(
        "{} {}–{}: {} trimmed ({why}{more})",
        if blocks.len() == 1 { "Block" } else { "Blocks" },
        first + 1,
        last + 1,
        counted(blocks.len(), "block"),
    );
    if ui.is_rect_visible(rect) {
        row_background(ui, rect, &response, is_cursor);
        let visuals = ui.visuals();
        let painter = ui.painter();
        // A closed disclosure triangle where the other rows have their box.
        let c = egui::pos2(rect.left() + 13.0, rect.center().y);
        painter.add(egui::Shape::convex_polygon(
            vec![
                c + vec2(-3.0, -5.0),
                c + vec2(4.0, 0.0),
                c + vec2(-3.0, 5.0),
            ],
            visuals.weak_text_color(),
            Stroke::NONE,
        ));
        let color = warn_tint(visuals.warn_fg_color, visuals.weak_text_color());
        let mut job = LayoutJob::single_section(
            format!("{label} · click to list them"),
            TextFormat {
                font_id: egui::TextStyle::Body.resolve(ui.style()),
                color,
                italics: true,
                ..TextFormat::default()
            },
        );
        job.wrap = TextWrapping::truncate_at_width(rect.width() - 34.0);
        let galley = painter.layout_job(job);
        let pos = egui::pos2(rect.left() + 28.0, rect.center().y - galley.size().y / 2.0);
        painter.galley(pos, galley, color);
    }
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
    let sample: Vec<&str> = blocks.iter().take(8).map(|b| head(&b.text, 60)).collect();
    let response = response.on_hover_text(format!(
        "{label}.\nStarts: {}{}\nClick to list them one by one.",
        sample.join(" · "),
        if blocks.len() > sample.len() {
            " · …"
        } else {
            ""
        }
    ));
    if response.clicked() {
        actions.push(Action::Unfold { first, last });
    } else if response.gained_focus() && !is_cursor {
        actions.push(Action::SetCursor(first));
    }
}

fn block_row(
    ui: &mut egui::Ui,
    doc: &Document,
    index: usize,
    rect: Rect,
    is_cursor: bool,
    context: &RowContext<'_>,
    actions: &mut Vec<Action>,
) {
    let closing = context.closing;
    let block = &doc.clipping.article.blocks[index];
    // The id follows the block, not the row's place on screen: focus and hover stay on the
    // block while the list scrolls.
    let id = ui.scope_id().with(("block", index));
    // Enter on a focused row edits it: read before the row's own click, which would take Enter
    // as a click and toggle the block.
    if ui.memory(|m| m.has_focus(id))
        && let Some(key) = keymap::shortcut_of(Command::EditBlock)
        && ui.input_mut(|i| i.consume_shortcut(&key))
    {
        actions.push(Action::EditBlock {
            index,
            double_click: false,
        });
    }
    let response = ui.interact(rect, id, Sense::click());
    // An image on this computer shows as a thumbnail at the row's right, once loaded.
    let thumbnail = match &block.form {
        Form::Image { src, alt, .. } => crate::app::images::local_image(src, context.images)
            .and_then(|path| thumbnail(ui, &path, alt, rect))
            // Faded when trimmed, as the row's text is greyed.
            .map(|(at, image)| {
                if block.keep {
                    (at, image)
                } else {
                    (at, image.tint(egui::Color32::from_white_alpha(90)))
                }
            }),
        _ => None,
    };
    let text_right = thumbnail.as_ref().map(|(at, _)| at.left() - 8.0);
    let (text_tip, reason_rect) =
        paint_block_row(ui, block, index, rect, &response, is_cursor, text_right);
    if let Some((at, image)) = thumbnail
        && ui.is_rect_visible(at)
    {
        ui.place(at, image);
    }
    row_tooltips(ui, &response, block, text_tip, reason_rect);
    row_clicks(ui, &response, index, is_cursor, closing, actions);
    block_menu(&response, block, index, actions);
}

/// Paints a block's row (unless it is out of view): the keep box, the text (struck through when
/// trimmed) and the reason. Returns where cut-off text and the reason were painted, for their
/// tooltips.
fn paint_block_row(
    ui: &egui::Ui,
    block: &Block,
    index: usize,
    rect: Rect,
    response: &egui::Response,
    is_cursor: bool,
    text_right: Option<f32>,
) -> (Option<Rect>, Option<Rect>) {
    let visuals = ui.visuals();
    let keep = block.keep;
    let field = block.is_field_line();
    let compact = is_compact(block);
    // Where the text and the reason were painted, for their tooltips.
    let mut text_tip: Option<Rect> = None;
    let mut reason_rect: Option<Rect> = None;

    if ui.is_rect_visible(rect) {
        row_background(ui, rect, response, is_cursor);
        let painter = ui.painter();

        // A field line has no keep box: it is in the note's front matter, not its body.
        if !field {
            paint_keep_box(painter, rect, compact, keep, visuals);
        }

        let text_left = rect.left() + ROW_TEXT_LEFT;
        let reason_color = if keep || field {
            visuals.weak_text_color()
        } else {
            warn_tint(visuals.warn_fg_color, visuals.weak_text_color())
        };
        let mark = if keep { "kept" } else { "trimmed" };
        let words = crate::app::doc::word_count(block.current_text());
        let small = egui::TextStyle::Small.resolve(ui.style());
        // "edited" in the accent colour: the person's text is in this block, not the page's.
        let reason_job = |wrap: TextWrapping| {
            let format = |color| TextFormat {
                font_id: small.clone(),
                color,
                ..TextFormat::default()
            };
            let mut job = LayoutJob {
                wrap,
                ..LayoutJob::default()
            };
            let kind = kind_name(block);
            let reason = &block.reason;
            let line = if field {
                format!("{} · {reason} · {kind} · ", index + 1)
            } else {
                format!("{} · {mark}: {reason} · {kind} · ", index + 1)
            };
            job.append(&line, 0.0, format(reason_color));
            if block.edited.is_some() {
                job.append("edited", 0.0, format(visuals.selection.stroke.color));
                job.append(" · ", 0.0, format(reason_color));
            }
            job.append(&counted(words, "word"), 0.0, format(reason_color));
            job
        };

        // A short block's reason sits at the row's right, on the text's line; it gets at most
        // half the row, cut with "…" (its tooltip has it whole).
        let mut text_right = text_right.unwrap_or(rect.right() - ROW_TEXT_RIGHT_MARGIN);
        if compact {
            let job = reason_job(TextWrapping::truncate_at_width((rect.width() - 34.0) * 0.5));
            let galley = painter.layout_job(job);
            let pos = egui::pos2(
                rect.right() - 6.0 - galley.size().x,
                rect.center().y - galley.size().y / 2.0,
            );
            reason_rect = Some(Rect::from_min_size(pos, galley.size()));
            text_right = pos.x - 12.0;
            painter.galley(pos, galley, reason_color);
        }

        // The text: two lines at most (one in a short row), struck through and greyed when
        // trimmed.
        let text_width = (text_right - text_left).max(20.0);
        let color = if keep && !field {
            visuals.text_color()
        } else {
            visuals.weak_text_color()
        };
        let job = row_text_job(ui, block, compact, text_width, color);
        let galley = painter.layout_job(job);
        let text_pos = if compact {
            egui::pos2(text_left, rect.center().y - galley.size().y / 2.0)
        } else {
            egui::pos2(text_left, rect.top() + 4.0)
        };
        if galley.elided {
            text_tip = Some(Rect::from_min_size(text_pos, galley.size()));
        }
        let text_bottom = text_pos.y + galley.size().y;
        painter.galley(text_pos, galley, color);

        // A longer block's reason, small, right under the text: a one-line block's reason
        // pinned to the row's bottom read as the next block's.
        if !compact {
            let small_height = ui.text_style_height(&egui::TextStyle::Small);
            let galley = painter.layout_job(reason_job(TextWrapping::truncate_at_width(
                (text_right - text_left).max(20.0),
            )));
            let pos = egui::pos2(
                text_left,
                (text_bottom + 2.0).min(rect.bottom() - 4.0 - small_height),
            );
            reason_rect = Some(Rect::from_min_size(pos, galley.size()));
            painter.galley(pos, galley, reason_color);
        }
    }
    (text_tip, reason_rect)
}

/// Where an image's thumbnail goes in its row (at the right, as tall as the row allows, at most
/// twice as wide, never enlarged) and the widget that shows it; `None` until its picture is
/// loaded, or when it cannot be. Loading it starts here, off the UI thread.
fn thumbnail<'a>(
    ui: &egui::Ui,
    path: &std::path::Path,
    alt: &str,
    row: Rect,
) -> Option<(Rect, egui::Image<'a>)> {
    let image = egui::Image::from_uri(crate::app::images::file_url(path)).alt_text(alt);
    let Ok(egui::load::TexturePoll::Ready { texture }) = image.load_for_size(ui.ctx(), row.size())
    else {
        return None;
    };
    let height = (row.height() - 8.0).max(8.0);
    let scale = (height / texture.size.y)
        .min(2.0 * height / texture.size.x)
        .min(1.0);
    let size = texture.size * scale;
    let at = Rect::from_min_size(
        egui::pos2(row.right() - 6.0 - size.x, row.center().y - size.y / 2.0),
        size,
    );
    Some((at, image.fit_to_exact_size(size)))
}

/// A row's accessible label, and tooltips only over its reason and over cut-off text: a
/// tooltip over the whole row would cover the rows below it while the person works down the list.
fn row_tooltips(
    ui: &egui::Ui,
    response: &egui::Response,
    block: &Block,
    text_tip: Option<Rect>,
    reason_rect: Option<Rect>,
) {
    let keep = block.keep;
    let field = block.is_field_line();
    let label = crate::app::doc::breakable(head(&row_text(block), 200)).into_owned();
    if field {
        let label = format!("{label} ({})", block.reason);
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, &label));
    } else {
        response
            .widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, true, keep, &label));
    }
    if let Some(r) = reason_rect
        && field
    {
        ui.interact(r, response.id.with("reason"), Sense::hover())
            .on_hover_text(format!(
                "{}: in the note's front matter, not its body.\nChange it with Edit fields.",
                crate::extract::util::chars::capitalised(&block.reason.to_string())
            ));
    } else if let Some(r) = reason_rect {
        let state = if keep { "Kept" } else { "Trimmed" };
        let edited = if block.edited.is_some() {
            "\nYou edited its text; right-click to restore the page's."
        } else {
            ""
        };
        let edit = if block.is_editable() {
            " · double-click or Enter to edit its text"
        } else {
            ""
        };
        ui.interact(r, response.id.with("reason"), Sense::hover())
            .on_hover_text(format!(
                "{state}: {}.{edited}\nClick the block to change it · Shift-click for a range{edit} · right-click for more",
                block.reason
            ));
    }
    if let Some(r) = text_tip {
        ui.interact(r, response.id.with("text"), Sense::hover())
            .on_hover_ui(|ui| {
                ui.set_max_width(480.0);
                ui.label(crate::app::doc::breakable(head(block.current_text(), 1200)));
            });
    }
}

/// What a click, a double-click or a focus change on a row asks for.
fn row_clicks(
    ui: &egui::Ui,
    response: &egui::Response,
    index: usize,
    is_cursor: bool,
    closing: ClosingClick,
    actions: &mut Vec<Action>,
) {
    if response.double_clicked() {
        // Its first click toggled the block; `EditBlock` takes that back.
        actions.push(Action::EditBlock {
            index,
            double_click: true,
        });
    } else if response.clicked() {
        let shift = ui.input(|i| i.modifiers.shift);
        let at = ui.input(|i| i.pointer.interact_pos());
        let pressed_to_close = closing
            .closed_by_press_at
            .zip(at)
            .is_some_and(|(closed, at)| closed.distance(at) <= CLICK_SLOP);
        if closing.editor_open || pressed_to_close {
            // The click that closed the block editor: this row becomes the current one only.
            actions.push(Action::ClickClosedBlockEdit(index));
        } else {
            actions.push(Action::ClickBlock { index, shift });
        }
    } else if response.gained_focus() && !is_cursor {
        // Tab and the arrow keys move egui's focus between rows: the cursor follows.
        actions.push(Action::SetCursor(index));
    }
}

/// The block editor in place of a block's row: the block's text in a box (caret at the end when
/// it opens), Done, Cancel and — once edited — the page's text back. Ctrl+Enter or a click
/// elsewhere keeps the text, Esc goes back.
/// The text the block editor shows for block `index`: the person's edit, else the page's.
fn editor_text(block: &Block) -> &str {
    block
        .edited
        .as_deref()
        .unwrap_or_else(|| block.page_text_for_editing())
}

fn editor_font(block: &Block) -> egui::TextStyle {
    if matches!(block.form, Form::Code { .. } | Form::Verbatim { .. }) {
        egui::TextStyle::Monospace
    } else {
        egui::TextStyle::Body
    }
}

/// Lines the block editor shows for block `index` in a list `width` wide: its text as wrapped
/// there and a line to type on, between [`EDITOR_MIN_LINES`] and [`EDITOR_TEXT_LINES`] (it
/// scrolls past that).
fn editor_lines(ui: &egui::Ui, doc: &Document, index: usize, width: f32) -> usize {
    let Some(block) = doc.clipping.article.blocks.get(index) else {
        return EDITOR_TEXT_LINES;
    };
    // The row's and the text box's margins, and the scroll bar.
    let wrap_width = (width - 48.0).max(40.0);
    let font = editor_font(block).resolve(ui.style());
    let text = head(editor_text(block), EDITOR_MEASURED_CHARS).to_string();
    let galley = ui
        .painter()
        .layout(text, font, Color32::PLACEHOLDER, wrap_width);
    (galley.rows.len() + 1).clamp(EDITOR_MIN_LINES, EDITOR_TEXT_LINES)
}

fn block_editor_row(
    ui: &mut egui::Ui,
    doc: &Document,
    index: usize,
    rect: Rect,
    lines: usize,
    focus: bool,
    actions: &mut Vec<Action>,
) {
    let block = &doc.clipping.article.blocks[index];
    let visuals = ui.visuals();
    ui.painter()
        .rect_filled(rect, 4.0, visuals.selection.bg_fill.gamma_multiply(0.2));
    ui.painter().rect_stroke(
        rect,
        4.0,
        Stroke::new(1.0, visuals.selection.stroke.color),
        egui::StrokeKind::Inside,
    );
    // Read before the box sees them: Esc is what makes it give up the focus, Tab moves it on.
    let (escape, tab) = ui.input(|i| (i.key_pressed(Key::Escape), i.key_pressed(Key::Tab)));
    let inner = rect.shrink2(vec2(8.0, 6.0));
    let mut ui = ui.new_child(
        egui::UiBuilder::new()
            .max_rect(inner)
            .layout(egui::Layout::top_down(egui::Align::Min)),
    );
    let ui = &mut ui;
    let label = ui
        .horizontal(|ui| {
            let label = ui.strong("Block text");
            let note = match block.form {
                Form::Code { .. } => "code, written exactly as typed",
                Form::Verbatim { .. } => "Markdown, written to the note as typed",
                // Its Markdown twin holds links, emphasis, code or note references: they come back
                // around the words (and numbers) an edit leaves as they were
                // (`markdown::escaped_keeping_marks`), not elsewhere.
                _ if block.markdown.is_some() => {
                    "links, emphasis, code and note marks stay on the words you leave as they were"
                }
                _ => "written to the note as text",
            };
            ui.add(
                egui::Label::new(
                    egui::RichText::new(format!(
                        "block {} · {} · {note}",
                        index + 1,
                        kind_name(block)
                    ))
                    .small()
                    .weak(),
                )
                .truncate(),
            );
            label
        })
        .inner;
    let mut text = editor_text(block).to_string();
    let font = editor_font(block);
    let editor_id = egui::Id::unique(("block_editor", doc.clipping.id.as_str(), index));
    let body = ui.text_style_height(&egui::TextStyle::Body);
    let output = egui::ScrollArea::vertical()
        .id_salt(("block_editor_scroll", index))
        .max_height(body * lines as f32 + 8.0)
        .show(ui, |ui| {
            egui::TextEdit::multiline(&mut text)
                .id(editor_id)
                .font(font)
                .desired_width(f32::INFINITY)
                .desired_rows(lines)
                .show(ui)
        })
        .inner;
    let response = output.response.response.labelled_by(label.id);
    if focus {
        response.request_focus();
        let mut state = output.state;
        let end = egui::text::CCursor::new(text.chars().count());
        state
            .cursor
            .set_char_range(Some(egui::text::CCursorRange::one(end)));
        state.store(ui.ctx(), editor_id);
    }
    if response.changed() {
        actions.push(Action::EditBlockText {
            index,
            text: text.clone(),
        });
    }
    if response.lost_focus() {
        if escape {
            actions.push(Action::CancelBlockEdit);
        } else if tab {
            actions.push(Action::FinishBlockEdit);
        } else if !ui.rect_contains_pointer(rect) {
            // A click on the editor's own buttons is theirs to answer; one elsewhere only closes
            // the editor (on another row it must not also toggle that block).
            match ui.input(|i| i.pointer.interact_pos()) {
                Some(at) => actions.push(Action::FinishBlockEditByPress(at)),
                None => actions.push(Action::FinishBlockEdit),
            }
        }
    }
    ui.horizontal(|ui| {
        if ui
            .button("Done")
            .on_hover_text(super::with_keys(
                ui,
                "Keep this text (clicking elsewhere does too)",
                Command::FinishBlockEdit,
            ))
            .clicked()
        {
            actions.push(Action::FinishBlockEdit);
        }
        if ui
            .button("Cancel")
            .on_hover_text("Go back to the text the block had (Esc)")
            .clicked()
        {
            actions.push(Action::CancelBlockEdit);
        }
        if block.edited.is_some()
            && ui
                .button("Restore the page's text")
                .on_hover_text("Drop your edit: the note gets the page's text for this block")
                .clicked()
        {
            actions.push(Action::RestoreBlockText(index));
        }
        ui.weak("Enter: new line");
    });
}

/// The keep/trim box at a row's left: ticked when the block is kept.
fn paint_keep_box(
    painter: &egui::Painter,
    rect: Rect,
    compact: bool,
    keep: bool,
    visuals: &egui::Visuals,
) {
    let box_top = if compact {
        rect.center().y - 7.0
    } else {
        rect.top() + 7.0
    };
    let box_rect = Rect::from_min_size(egui::pos2(rect.left() + 6.0, box_top), vec2(14.0, 14.0));
    let box_color = if keep {
        visuals.selection.stroke.color
    } else {
        visuals.weak_text_color()
    };
    painter.rect_stroke(
        box_rect,
        2.0,
        Stroke::new(1.5, box_color),
        egui::StrokeKind::Inside,
    );
    if keep {
        let r = box_rect.shrink(3.0);
        painter.line_segment(
            [
                egui::pos2(r.left(), r.center().y),
                egui::pos2(r.center().x - 1.0, r.bottom()),
            ],
            Stroke::new(2.0, box_color),
        );
        painter.line_segment(
            [
                egui::pos2(r.center().x - 1.0, r.bottom()),
                egui::pos2(r.right(), r.top()),
            ],
            Stroke::new(2.0, box_color),
        );
    }
}

/// A row's text laid out: two lines at most (one in a short row), code in monospace, headings
/// strong, struck through when trimmed (`color` is already greyed then).
fn row_text_job(
    ui: &egui::Ui,
    block: &Block,
    compact: bool,
    text_width: f32,
    color: Color32,
) -> LayoutJob {
    let visuals = ui.visuals();
    let keep = block.keep;
    let mut job = LayoutJob {
        wrap: TextWrapping {
            max_width: text_width,
            max_rows: if compact { 1 } else { ROW_TEXT_LINES },
            break_anywhere: compact,
            overflow_character: Some('…'),
        },
        ..LayoutJob::default()
    };
    // Code shows in monospace, as it will in the note, and so does a formula's TeX, as in the
    // preview.
    let body_font = if matches!(block.form, Form::Code { .. })
        || verbatim_kind(block) == Some("code")
        || matches!(block.form, Form::Plain) && is_formula(block)
    {
        egui::TextStyle::Monospace.resolve(ui.style())
    } else {
        egui::TextStyle::Body.resolve(ui.style())
    };
    let mut format = TextFormat {
        font_id: body_font,
        color,
        ..TextFormat::default()
    };
    if block.role == Role::Heading {
        format.color = if keep {
            visuals.strong_text_color()
        } else {
            color
        };
    }
    if !keep && !block.is_field_line() {
        format.strikethrough = Stroke::new(1.0, color.gamma_multiply(0.8));
    }
    // Newlines inside a block would eat the two lines: show them as spaces.
    // No-break spaces wrap as spaces in the view (see `doc::breakable`).
    let shown = head(&row_text(block), ROW_TEXT_CHARS).replace(['\n', '\u{a0}'], " ");
    job.append(&shown, 0.0, format);
    job
}

/// A block's right-click menu.
fn block_menu(response: &egui::Response, block: &Block, index: usize, actions: &mut Vec<Action>) {
    let keep = block.keep;
    response.context_menu(|ui| {
        let (text, keep_to) = if keep {
            ("Trim", false)
        } else {
            ("Keep", true)
        };
        if ui.button(text).clicked() {
            actions.push(Action::SetKeep {
                index,
                keep: keep_to,
            });
        }
        if ui.button("Trim from here to the end").clicked() {
            actions.push(Action::TrimToEnd(index));
        }
        if ui.button("Keep only this run").clicked() {
            actions.push(Action::KeepOnlyRun(index));
        }
        if block.is_editable() {
            ui.separator();
            let tip = super::with_keys(ui, "Edit the block's text in place", Command::EditBlock);
            if ui.button("Edit text").on_hover_text(tip).clicked() {
                actions.push(Action::EditBlock {
                    index,
                    double_click: false,
                });
            }
        }
        if block.edited.is_some() && ui.button("Restore the page's text").clicked() {
            actions.push(Action::RestoreBlockText(index));
        }
    });
}

/// A reason colour for trimmed blocks: the warning colour, softened toward the weak text colour.
fn warn_tint(warn: Color32, weak: Color32) -> Color32 {
    weak.lerp_to_gamma(warn, 0.6)
}

#[cfg(test)]
mod tests {
    use super::{is_compact, kind_name, row_text};
    use crate::extract::{Block, Form, Reason, Role};

    #[test]
    fn markdown_inputs_code_and_tables_are_named_as_such() {
        let verbatim = |text: &str, source: &str| {
            let mut block = Block::new(text, Role::Paragraph, true, Reason::ArticleText);
            block.form = Form::Verbatim { joined: false };
            block.markdown = Some(source.to_string());
            block
        };
        let code = verbatim("let x = 1;", "```rust\nlet x = 1;\n```");
        assert_eq!(kind_name(&code), "code");
        // Short, but a code block's row is never a one-line row.
        assert!(!is_compact(&code));
        let table = verbatim(
            " Step | Lines \n---|---\n Listen | 5 ",
            "| Step | Lines |\n|---|:---:|\n| Listen | 5 |\n| Threads | 20 |",
        );
        assert_eq!(kind_name(&table), "table");
        assert_eq!(row_text(&table), "3 rows × 2 columns: Step | Lines");
        assert_eq!(
            kind_name(&verbatim("A line of text.", "A line of text.")),
            "paragraph"
        );
    }

    #[test]
    fn a_displayed_formula_is_named_a_formula() {
        let mut formula = Block::new("s_{n} = x_{1}", Role::Paragraph, true, Reason::ArticleText);
        formula.markdown = Some("$$s_{n} = x_{1}$$".to_string());
        assert_eq!(kind_name(&formula), "formula");
        // Text around it, or two formulas, make a paragraph.
        formula.markdown = Some("Where $$s_{n} = x_{1}$$ holds.".to_string());
        assert_eq!(kind_name(&formula), "paragraph");
        formula.markdown = Some("$$a$$ and $$b$$".to_string());
        assert_eq!(kind_name(&formula), "paragraph");
        formula.markdown = Some("$$ $$".to_string());
        assert_eq!(kind_name(&formula), "paragraph");
    }

    fn item(text: &str, number: u32) -> Block {
        let mut block = Block::new(text, Role::ListItem, true, Reason::ArticleText);
        block.form = Form::ListItem {
            ordered: true,
            depth: 1,
            number,
            continues: false,
        };
        block
    }

    #[test]
    fn a_heading_that_opens_a_numbered_item_shows_its_number() {
        let mut heading = Block::new("Phoneography", Role::Heading, true, Reason::ArticleText);
        heading.form = Form::Heading {
            level: 3,
            number: Some(1),
        };
        assert_eq!(row_text(&heading), "1. Phoneography");
        heading.form = Form::Heading {
            level: 3,
            number: None,
        };
        assert_eq!(row_text(&heading), "Phoneography");
    }

    #[test]
    fn a_numbered_row_shows_its_number_once() {
        // The page typed the number in the item's text: it is the marker, not shown twice.
        assert_eq!(
            row_text(&item("2. Clone the repository", 2)),
            "2. Clone the repository"
        );
        // A list the page numbered with `<ol>`: the marker is added.
        assert_eq!(
            row_text(&item("Clone the repository", 2)),
            "2. Clone the repository"
        );
        // Text that starts with another number keeps it after the marker.
        assert_eq!(row_text(&item("5. Clone", 2)), "2. 5. Clone");
    }

    #[test]
    fn a_tables_row_names_its_header_without_an_empty_corner() {
        let cell = |text: &str| crate::extract::TableCell {
            text: text.into(),
            markdown: text.into(),
            header: false,
            colspan: 1,
            rowspan: 1,
        };
        let mut table = Block::new("", Role::Paragraph, true, Reason::ArticleText);
        table.form = Form::Table {
            rows: vec![
                vec![cell(""), cell("Adult"), cell("Child")],
                vec![cell("Single"), cell("2.50"), cell("1.20")],
            ],
        };
        assert_eq!(row_text(&table), "2 rows × 3 columns: Adult | Child");
    }

    #[test]
    fn an_images_row_names_its_address_and_where_its_link_leads() {
        let mut image = Block::new("", Role::Paragraph, true, Reason::ArticleText);
        image.form = Form::Image {
            src: "https://example.com/thumbs/harbour.jpg".into(),
            alt: "The harbour".into(),
            link: Some(Box::new("https://example.com/full/harbour.jpg".into())),
        };
        assert_eq!(
            row_text(&image),
            "The harbour example.com/thumbs/harbour.jpg, links to example.com/full/harbour.jpg"
        );
        image.form = Form::Image {
            src: "https://example.com/boats.jpg".into(),
            alt: String::new(),
            link: None,
        };
        assert_eq!(row_text(&image), "(no description) example.com/boats.jpg");
        // A page's parentheses, escaped in the note, read as the page wrote them.
        image.form = Form::Image {
            src: "https://example.com/boat_\\(1\\).jpg".into(),
            alt: String::new(),
            link: Some(Box::new("https://example.org/wiki/Boat_\\(ship\\)".into())),
        };
        assert_eq!(
            row_text(&image),
            "(no description) example.com/boat_(1).jpg, links to example.org/wiki/Boat_(ship)"
        );
    }
}
