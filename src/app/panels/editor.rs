//! The editor: the fields form and the blocks list with their keep/trim decisions.

use eframe::egui::{self, Color32, Rect, Sense, Stroke, vec2};
use egui::text::{LayoutJob, TextFormat, TextWrapping};

use super::counted;
use crate::app::doc::{Document, Field, ambiguous_date};
use crate::app::{Action, BlockFilter, RuleOffer};
use crate::extract::{Block, Form, Role};
use crate::library::{NoteSummary, tag_counts};

/// What the editor needs besides the document.
#[derive(Clone, Copy)]
pub struct EditorState<'a> {
    pub cursor: Option<usize>,
    pub scroll_to_cursor: bool,
    pub rule_offer: Option<&'a RuleOffer>,
    /// The library's notes, for completing tags.
    pub notes: &'a [NoteSummary],
    /// The blocks to list (indexes into the article's blocks), after the filter.
    pub visible: &'a [usize],
    pub filter: BlockFilter,
}

/// Lines of a block's text a row shows; the tooltip and the preview show all of it.
const ROW_TEXT_LINES: usize = 2;
/// Characters of a block laid out per row: more never fit in two lines, and a 1 MB block must not
/// be laid out every frame.
const ROW_TEXT_CHARS: usize = 600;

/// The fields form, then the blocks.
pub fn editor(
    ui: &mut egui::Ui,
    doc: &Document,
    state: EditorState<'_>,
    actions: &mut Vec<Action>,
) {
    egui::CollapsingHeader::new("Fields")
        .id_salt("fields_section")
        .default_open(true)
        .show(ui, |ui| fields_form(ui, doc, state.notes, actions));
    ui.separator();
    if let Some(offer) = state.rule_offer {
        rule_offer_bar(ui, doc, offer, actions);
    }
    blocks_header(ui, doc, state.cursor, state.filter, actions);
    blocks_list(ui, doc, &state, actions);
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
    egui::Grid::new("fields")
        .num_columns(2)
        .spacing([8.0, 4.0])
        .min_col_width(70.0)
        .show(ui, |ui| {
            for field in Field::ALL {
                let label = ui.label(field.label());
                let mut text = doc.field(field).to_string();
                let edit = egui::TextEdit::singleline(&mut text)
                    .id_salt(("field", field.label()))
                    .hint_text(hint(field))
                    .desired_width(f32::INFINITY);
                let response = ui.add(edit).labelled_by(label.id);
                if response.changed() {
                    actions.push(Action::EditField(field, text));
                }
                if response.lost_focus() {
                    actions.push(Action::EndTyping);
                }
                ui.end_row();

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
                            Some((day_first, month_first)) => (
                                format!(
                                    "⚠ From “{}”: could be {day_first} or {month_first}. Check it.",
                                    p.raw
                                ),
                                true,
                            ),
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
                    ui.label("");
                    tag_completions(ui, &doc.fields.tags, notes, actions);
                    ui.end_row();
                }
                if let Some((note, warn)) = note {
                    ui.label("");
                    let text = egui::RichText::new(note).small();
                    let text = if warn {
                        text.color(ui.visuals().warn_fg_color)
                    } else {
                        text.weak()
                    };
                    ui.label(text);
                    ui.end_row();
                }
            }
            // The engine's judgement of the page, read-only: it decides what counts as content
            // (every post of a thread, the specs of a product).
            let label = ui.label("Kind");
            ui.label(format!("{} page", article.kind.name()))
                .labelled_by(label.id)
                .on_hover_text(
                    "What kind of page tidyclip took this for: article, forum, product, \
                     collection, listing, documentation or service",
                );
            ui.end_row();
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
            if ui
                .selectable_label(filter == choice, text)
                .on_hover_text(tip)
                .clicked()
            {
                actions.push(Action::SetBlockFilter(choice));
            }
        }
        ui.separator();
        let enabled = cursor.is_some();
        let at = cursor.unwrap_or(0);
        if ui
            .add_enabled(enabled, egui::Button::new("Trim from here to the end"))
            .on_hover_text("Trim the current block and every block after it (Ctrl+E)")
            .clicked()
        {
            actions.push(Action::TrimToEnd(at));
        }
        if ui
            .add_enabled(enabled, egui::Button::new("Keep only this run"))
            .on_hover_text("Keep the run of blocks around the current one, trim the rest (Ctrl+R)")
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
        Form::Heading { level } => format!("heading {level}"),
        Form::ListItem { ordered: true, .. } => "numbered item".to_string(),
        Form::ListItem { .. } => "list item".to_string(),
        Form::Code {
            language: Some(language),
        } => format!("code ({language})"),
        Form::Code { language: None } => "code".to_string(),
        Form::Table { .. } => "table".to_string(),
        Form::Image { .. } => "image".to_string(),
        Form::Footnote { label } => format!("footnote {label}"),
        Form::Quote { .. } | Form::Plain | Form::Verbatim { .. } => {
            role_name(block.role).to_string()
        }
    }
}

/// The row's text: the block's own, or for a table and an image what they hold.
fn row_text(block: &Block) -> String {
    match &block.form {
        Form::Table { rows } => {
            let columns = rows.iter().map(Vec::len).max().unwrap_or(0);
            let first: Vec<&str> = rows
                .first()
                .map(|r| r.iter().map(|c| c.text.as_str()).collect())
                .unwrap_or_default();
            format!(
                "{} × {}: {}",
                counted(rows.len(), "row"),
                counted(columns, "column"),
                first.join(" | ")
            )
        }
        Form::Image { src, alt } if alt.is_empty() => format!("(no description) {src}"),
        Form::Image { src, alt } => format!("{alt} {src}"),
        // Nested items are indented under their parent, as in the note.
        Form::ListItem {
            ordered,
            number,
            depth,
        } => {
            let indent = "    ".repeat(usize::from(depth.saturating_sub(1)));
            let marker = if *ordered {
                format!("{number}.")
            } else {
                "•".to_string()
            };
            format!("{indent}{marker} {}", head(&block.text, ROW_TEXT_CHARS))
        }
        Form::Footnote { label } => format!("[{label}] {}", head(&block.text, ROW_TEXT_CHARS)),
        _ => head(&block.text, ROW_TEXT_CHARS).to_string(),
    }
}

/// The first `max` characters of `text`, cut on a character boundary.
fn head(text: &str, max: usize) -> &str {
    match text.char_indices().nth(max) {
        Some((i, _)) => &text[..i],
        None => text,
    }
}

fn blocks_list(
    ui: &mut egui::Ui,
    doc: &Document,
    state: &EditorState<'_>,
    actions: &mut Vec<Action>,
) {
    let visible = state.visible;
    if doc.clipping.article.blocks.is_empty() {
        ui.weak("The article has no blocks.");
        return;
    }
    if visible.is_empty() {
        ui.weak(match state.filter {
            BlockFilter::Kept => "Every block is trimmed.",
            _ => "No block is trimmed.",
        });
        return;
    }
    let body_height = ui.text_style_height(&egui::TextStyle::Body);
    let small_height = ui.text_style_height(&egui::TextStyle::Small);
    let row_height = body_height * ROW_TEXT_LINES as f32 + small_height + 12.0;
    let stride = row_height + ui.spacing().item_spacing.y;

    // One scroll position per clipping: a new article starts at its top, not where the last
    // one's list was scrolled to.
    let salt = ("blocks", doc.clipping.id.as_str());
    let mut area = egui::ScrollArea::vertical()
        .id_salt(salt)
        .auto_shrink([false, false]);
    if state.scroll_to_cursor
        && let Some(cursor) = state.cursor
    {
        // Only the visible rows exist, so scroll by arithmetic rather than scroll_to_rect.
        let row = visible.partition_point(|&v| v < cursor);
        let id = ui.make_persistent_id(egui::IdSalt::new(salt));
        let offset =
            egui::scroll_area::State::load(ui.ctx(), id).map_or(0.0, |s| s.clamped_offset().y);
        let view = ui.available_height();
        let top = row as f32 * stride;
        let bottom = top + row_height;
        if top < offset {
            area = area.vertical_scroll_offset(top);
        } else if bottom > offset + view {
            area = area.vertical_scroll_offset(bottom - view);
        }
    }
    area.show_rows(ui, row_height, visible.len(), |ui, rows| {
        for row in rows {
            if let Some(&i) = visible.get(row) {
                block_row(ui, doc, i, state.cursor == Some(i), row_height, actions);
            }
        }
    });
}

fn block_row(
    ui: &mut egui::Ui,
    doc: &Document,
    index: usize,
    is_cursor: bool,
    height: f32,
    actions: &mut Vec<Action>,
) {
    let block = &doc.clipping.article.blocks[index];
    let width = ui.available_width();
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::click());
    let visuals = ui.visuals();
    let keep = block.keep;
    // Where the text and the reason were painted, for their tooltips.
    let mut text_tip: Option<Rect> = None;
    let mut reason_rect: Option<Rect> = None;

    if ui.is_rect_visible(rect) {
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

        // The keep/trim box.
        let box_rect = Rect::from_min_size(rect.min + vec2(6.0, 7.0), vec2(14.0, 14.0));
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

        // The text: two lines at most, struck through and greyed when trimmed.
        let text_left = rect.left() + 28.0;
        let text_width = (rect.right() - 6.0 - text_left).max(20.0);
        let color = if keep {
            visuals.text_color()
        } else {
            visuals.weak_text_color()
        };
        let mut job = LayoutJob {
            wrap: TextWrapping {
                max_width: text_width,
                max_rows: ROW_TEXT_LINES,
                break_anywhere: false,
                overflow_character: Some('…'),
            },
            ..LayoutJob::default()
        };
        // Code shows in monospace, as it will in the note.
        let body_font = if matches!(block.form, Form::Code { .. }) {
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
        if !keep {
            format.strikethrough = Stroke::new(1.0, color.gamma_multiply(0.8));
        }
        // Newlines inside a block would eat the two lines: show them as spaces.
        let shown = head(&row_text(block), ROW_TEXT_CHARS).replace('\n', " ");
        job.append(&shown, 0.0, format);
        let galley = painter.layout_job(job);
        let text_pos = egui::pos2(text_left, rect.top() + 4.0);
        if galley.elided {
            text_tip = Some(Rect::from_min_size(text_pos, galley.size()));
        }
        let text_bottom = text_pos.y + galley.size().y;
        painter.galley(text_pos, galley, color);

        // The reason, small, right under the text: rows are tall enough for two lines, and a
        // one-line block's reason pinned to the row's bottom read as the next block's.
        let words = block.text.split_whitespace().count();
        let reason_color = if keep {
            visuals.weak_text_color()
        } else {
            warn_tint(visuals.warn_fg_color, visuals.weak_text_color())
        };
        let mark = if keep { "kept" } else { "trimmed" };
        let small_height = ui.text_style_height(&egui::TextStyle::Small);
        reason_rect = Some(painter.text(
            egui::pos2(
                text_left,
                (text_bottom + 2.0).min(rect.bottom() - 4.0 - small_height),
            ),
            egui::Align2::LEFT_TOP,
            format!(
                "{} · {mark}: {} · {} · {}",
                index + 1,
                block.reason,
                kind_name(block),
                counted(words, "word")
            ),
            egui::TextStyle::Small.resolve(ui.style()),
            reason_color,
        ));
    }

    let label = head(&row_text(block), 200).to_string();
    response.widget_info(|| egui::WidgetInfo::selected(egui::Role::CheckBox, true, keep, &label));
    // Tooltips only over the reason and over cut-off text: a tooltip over the whole row would
    // cover the rows below it while the person works down the list.
    if let Some(r) = reason_rect {
        let state = if keep { "Kept" } else { "Trimmed" };
        ui.interact(r, response.id.with("reason"), Sense::hover())
            .on_hover_text(format!(
                "{state}: {}.\nClick the block to change it · Shift-click for a range · right-click for more",
                block.reason
            ));
    }
    if let Some(r) = text_tip {
        ui.interact(r, response.id.with("text"), Sense::hover())
            .on_hover_ui(|ui| {
                ui.set_max_width(480.0);
                ui.label(head(&block.text, 1200));
            });
    }
    if response.clicked() {
        let shift = ui.input(|i| i.modifiers.shift);
        actions.push(Action::ClickBlock { index, shift });
    } else if response.gained_focus() && !is_cursor {
        // Tab and the arrow keys move egui's focus between rows: the cursor follows.
        actions.push(Action::SetCursor(index));
    }
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
    });
}

/// A reason colour for trimmed blocks: the warning colour, softened toward the weak text colour.
fn warn_tint(warn: Color32, weak: Color32) -> Color32 {
    weak.lerp_to_gamma(warn, 0.6)
}
