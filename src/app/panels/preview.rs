//! The preview: exactly what Save will write, rendered or as raw Markdown.

use std::path::{Path, PathBuf};

use eframe::egui;

use crate::app::Action;
use crate::app::doc::Document;
use crate::app::images::{ImagePlaces, file_url, local_image};
use std::sync::{Arc, Mutex};

use egui_commonmark::{CommonMarkCache, CommonMarkViewer};

/// Bytes of the body the rendered preview lays out; past this the raw view shows the rest.
const RENDERED_BYTES: usize = 100_000;
/// Bytes of raw Markdown the raw view shows; a 10 MB note would stall every frame.
const RAW_BYTES: usize = 200_000;

/// The preview panel. `markdown` is `doc.clipping.to_markdown()`, cached by the caller.
pub fn preview(
    ui: &mut egui::Ui,
    doc: &Document,
    markdown: &str,
    target: Option<&Path>,
    attachments: Option<&Path>,
    raw: bool,
    actions: &mut Vec<Action>,
) {
    ui.horizontal(|ui| {
        ui.strong("Preview");
        let mut raw_now = raw;
        if ui
            .checkbox(&mut raw_now, "Raw Markdown")
            .on_hover_text("Show the Markdown file exactly as it will be saved")
            .changed()
        {
            actions.push(Action::SetRawPreview(raw_now));
        }
        if ui
            .button("Copy as Markdown")
            .on_hover_text("Copy exactly what Save writes")
            .clicked()
        {
            actions.push(Action::CopyCurrentMarkdown);
        }
    });
    match target {
        Some(path) => {
            let name = path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            let verb = match doc.note.as_deref() {
                Some(note) if note == path => "Save rewrites",
                // The title or the file-name template changed: the note moves to its new name.
                Some(_) => "Save renames the note to",
                None => "Save writes",
            };
            ui.label(egui::RichText::new(format!("{verb} {name}")).small())
                .on_hover_text(path.display().to_string());
        }
        None => {
            ui.label(egui::RichText::new("No library folder: choose one in Settings.").small());
        }
    }
    ui.separator();
    egui::ScrollArea::vertical()
        // Per clipping, like the blocks list: a new article's preview starts at its top.
        .id_salt(("preview", doc.clipping.id.as_str()))
        .auto_shrink([false, false])
        .show(ui, |ui| {
            if raw {
                raw_view(ui, markdown);
            } else {
                let places = ImagePlaces::of(doc, attachments);
                rendered_view(ui, doc, markdown, &places);
            }
        });
}

fn raw_view(ui: &mut egui::Ui, markdown: &str) {
    let shown = if markdown.len() > RAW_BYTES {
        let mut cut = RAW_BYTES;
        while !markdown.is_char_boundary(cut) {
            cut -= 1;
        }
        &markdown[..cut]
    } else {
        markdown
    };
    let mut text = shown;
    let label = ui.label(egui::RichText::new("Markdown to be saved").small().weak());
    ui.add(
        egui::TextEdit::multiline(&mut text)
            .code_editor()
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id);
    if shown.len() < markdown.len() {
        ui.weak(format!(
            "… the first {} KB of {} KB shown.",
            shown.len() / 1000,
            markdown.len() / 1000
        ));
    }
}

fn rendered_view(ui: &mut egui::Ui, doc: &Document, markdown: &str, places: &ImagePlaces<'_>) {
    let c = &doc.clipping;
    ui.heading(c.display_title());
    let mut meta = Vec::new();
    if let Some(site) = &c.site {
        meta.push(site.clone());
    }
    if !c.authors.is_empty() {
        meta.push(c.authors.join(", "));
    }
    if let Some(published) = &c.published {
        meta.push(crate::app::doc::human_date(published).unwrap_or_else(|| published.clone()));
    }
    if !meta.is_empty() {
        let line = ui.weak(meta.join(" · "));
        // The exact value the note stores, behind the readable one.
        if let Some(published) = &c.published {
            line.on_hover_text(format!("published: {published}"));
        }
    }
    if let Some(url) = &c.source {
        ui.hyperlink_to(readable_address(url), url)
            .on_hover_text(url);
    }
    if !c.tags.is_empty() {
        ui.weak(format!("Tags: {}", c.tags.join(", ")));
    }
    ui.separator();
    let body = note_body(markdown);
    if body.trim().is_empty() {
        ui.weak("Every block is trimmed: the note would have front matter only.");
        return;
    }
    let shown = if body.len() > RENDERED_BYTES {
        let mut cut = RENDERED_BYTES;
        while !body.is_char_boundary(cut) {
            cut -= 1;
        }
        &body[..cut]
    } else {
        body
    };
    // The viewer's cache lives in egui's memory, beside the panel's other view state.
    let cache_id = ui.make_persistent_id(egui::IdSalt::new("preview-markdown-cache"));
    let cache: Arc<Mutex<CommonMarkCache>> = ui.data_mut(|d| {
        d.get_temp_mut_or_default::<Arc<Mutex<CommonMarkCache>>>(cache_id)
            .clone()
    });
    if let Ok(mut cache) = cache.lock() {
        let laid_out = item_fences_on_their_own_line(shown);
        let laid_out = notes_numbered(&laid_out);
        for (k, chunk) in chunks(&laid_out, places).into_iter().enumerate() {
            match chunk {
                Chunk::Markdown(text) => {
                    let text = for_viewer(text);
                    ui.push_id(k, |ui| {
                        CommonMarkViewer::new()
                            .render_math_fn(Some(&formula))
                            .show(ui, &mut cache, &text);
                    });
                }
                Chunk::Code(code) => code_block(ui, code),
                Chunk::QuotedCode { depth, code } => {
                    in_quotes(ui, depth, |ui| code_block(ui, &code));
                }
                Chunk::ItemCode { indent, code } => {
                    ui.horizontal(|ui| {
                        // About a space's width for each space of the note's indentation.
                        ui.add_space(6.0 * indent as f32);
                        ui.vertical(|ui| code_block(ui, &code));
                    });
                }
                Chunk::Table { depth, table } => in_quotes(ui, depth, |ui| {
                    egui::ScrollArea::horizontal()
                        .id_salt(("preview-table", k))
                        .show(ui, |ui| {
                            CommonMarkViewer::new()
                                .render_math_fn(Some(&formula))
                                .show(ui, &mut cache, &table);
                        });
                }),
                Chunk::HtmlTable(html) => html_table(ui, k, html),
                Chunk::Image { alt, path } => image_block(ui, &alt, &path),
            }
        }
    }
    if shown.len() < body.len() {
        ui.weak(format!(
            "… the first {} KB of {} KB shown (tick Raw Markdown to see the file).",
            shown.len() / 1000,
            body.len() / 1000
        ));
    }
}

/// The note's body: what follows its front matter.
fn note_body(note: &str) -> &str {
    note.strip_prefix("---\n")
        .and_then(|rest| rest.find("\n---\n").map(|end| &rest[end + 5..]))
        .unwrap_or(note)
        .trim_start_matches('\n')
}

/// A piece of the note's body for the preview: Markdown for the viewer, or a fenced code block's
/// content, which the preview draws itself (the viewer's copy button needs a glyph egui's fonts
/// lack).
#[derive(Debug, PartialEq)]
enum Chunk<'a> {
    Markdown(&'a str),
    Code(&'a str),
    /// Code inside a quote (a callout box's), its `> ` markers taken off, and how many quotes
    /// deep it stands: the viewer's own code blocks carry a copy button whose icon egui's fonts
    /// lack, so the preview shows quoted code as it shows the rest.
    QuotedCode {
        depth: usize,
        code: String,
    },
    /// Code inside a list item, the spaces that put it under the item's text taken off, and how
    /// many there were: drawn as the other code is, indented as the item's text.
    ItemCode {
        indent: usize,
        code: String,
    },
    /// A table, its `> ` markers taken off when it stands inside a quote (a callout box's), and
    /// how many quotes deep it stands (0 outside one): the viewer lays a quoted table out as
    /// loose words and drops what follows it, and cuts a table wider than the preview at its
    /// edge, so the preview shows each table on its own, scrolling sideways when it is wide.
    Table {
        depth: usize,
        table: String,
    },
    /// A table written as HTML (its cells span rows or columns), from `<table>` to `</table>`:
    /// the viewer shows HTML as text, so the preview lays it out itself.
    HtmlTable(&'a str),
    /// An image on a line of its own whose file is on this computer (`alt` unescaped).
    Image {
        alt: String,
        path: PathBuf,
    },
}

/// Cuts out the images that stand on a line of their own and whose files are on this computer
/// ([`local_image`]); the rest stays Markdown (where images become links).
fn split_local_images<'a>(text: &'a str, places: &ImagePlaces<'_>) -> Vec<Chunk<'a>> {
    cut_out(text, |line, _, line_end| {
        let (alt, src) = lone_image(line.trim_end())?;
        let path = local_image(src, places)?;
        Some(Cut::Chunk(Chunk::Image { alt, path }, line_end))
    })
}

/// The note's body cut into what the preview draws: Markdown for the viewer, and the code
/// blocks, tables and pictures on this computer that it draws itself. `laid_out` is the body
/// after [`item_fences_on_their_own_line`]. Runs each frame: every step is one pass.
fn chunks<'a>(laid_out: &'a str, places: &ImagePlaces<'_>) -> Vec<Chunk<'a>> {
    item_text_after_code(split_code_blocks(laid_out))
        .into_iter()
        .flat_map(|chunk| match chunk {
            Chunk::Markdown(text) => split_html_tables(text),
            other => vec![other],
        })
        .flat_map(|chunk| match chunk {
            Chunk::Markdown(text) => split_tables(text),
            other => vec![other],
        })
        .flat_map(|chunk| match chunk {
            Chunk::Markdown(text) => split_local_images(text, places),
            other => vec![other],
        })
        .collect()
}

/// A piece of the note's Markdown as the viewer is given it: images as links, callout titles,
/// raised and lowered text, note references, an item's paragraphs as its lines.
fn for_viewer(text: &str) -> String {
    let plain = crate::app::doc::breakable(text);
    let linked = images_as_links(&plain);
    let titled = callout_titles(&linked);
    let raised = raised_and_lowered(&titled);
    let raised = note_references_without_definitions(&raised);
    item_paragraphs_as_lines(&raised).into_owned()
}

/// What [`cut_out`]'s finder makes of a line: a chunk that ends at a byte offset, or the end of
/// the search (what is left stays Markdown).
enum Cut<'a> {
    Chunk(Chunk<'a>, usize),
    Stop,
}

/// Splits `text` into Markdown and the chunks `find` cuts out, line by line: `find` gets each
/// line, where it starts and where it ends.
fn cut_out<'a>(
    text: &'a str,
    mut find: impl FnMut(&'a str, usize, usize) -> Option<Cut<'a>>,
) -> Vec<Chunk<'a>> {
    let mut chunks = Vec::new();
    let mut rest_start = 0;
    let mut at = 0;
    while at < text.len() {
        let line_end = text[at..].find('\n').map_or(text.len(), |p| at + p + 1);
        match find(&text[at..line_end], at, line_end) {
            Some(Cut::Chunk(chunk, end)) => {
                if rest_start < at {
                    chunks.push(Chunk::Markdown(&text[rest_start..at]));
                }
                chunks.push(chunk);
                rest_start = end;
                at = end;
            }
            Some(Cut::Stop) => break,
            None => at = line_end,
        }
    }
    if rest_start < text.len() {
        chunks.push(Chunk::Markdown(&text[rest_start..]));
    }
    chunks
}

/// `![alt](address)` filling a whole line, as the engine writes an image: the alt text with its
/// escapes undone, and the address.
fn lone_image(line: &str) -> Option<(String, &str)> {
    // A linked image shows as its picture; the preview follows no links.
    if let Some((alt, src, _, len)) = linked_image(line)
        && len == line.len()
    {
        return lone_image(&format!("![{alt}]({src})")).map(|(alt, _)| (alt, src));
    }
    let inner = line.strip_prefix("![")?.strip_suffix(')')?;
    let mut alt = String::new();
    let mut chars = inner.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => alt.push(chars.next()?.1),
            ']' => {
                let src = inner[i + 1..].strip_prefix('(')?;
                return (!src.contains([' ', '(', ')'])).then_some((alt, src));
            }
            _ => alt.push(c),
        }
    }
    None
}

/// An image read from this computer, no wider than the panel; while its file loads a spinner
/// stands in, and a file that cannot be read or decoded says what the image was.
fn image_block(ui: &mut egui::Ui, alt: &str, path: &Path) {
    let image = egui::Image::from_uri(file_url(path))
        .fit_to_original_size(1.0)
        .max_width(ui.available_width())
        .alt_text(alt);
    match image.load_for_size(ui.ctx(), ui.available_size()) {
        Err(_) => {
            let name = path
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            let what = if alt.is_empty() {
                name
            } else {
                format!("{alt} ({name})")
            };
            ui.weak(format!("Image not shown: {what}"))
                .on_hover_text(path.display().to_string());
        }
        // Drawn only once loaded, so egui's own error mark never stands in for the note above.
        Ok(egui::load::TexturePoll::Pending { .. }) => {
            ui.spinner();
        }
        Ok(egui::load::TexturePoll::Ready { .. }) => {
            let shown = ui.add(image);
            if !alt.is_empty() {
                shown.on_hover_text(alt);
            }
        }
    }
    ui.add_space(6.0);
}

/// Cuts out the top-level fenced code blocks (a fence of three or more backticks or tildes at
/// the start of a line, closed by a like fence at least as long).
fn split_code_blocks(body: &str) -> Vec<Chunk<'_>> {
    cut_out(body, |line, _, line_end| {
        // A fence inside quotes: behind `> ` markers, closed behind the same markers; or inside
        // a list item: behind the spaces that put it under the item's text.
        let depth = line.len() - line.trim_start_matches("> ").len();
        let spaces = if depth == 0 {
            line.len() - line.trim_start_matches(' ').len()
        } else {
            0
        };
        let (marker, line) = line.split_at(depth + spaces);
        let c = line.chars().next().filter(|c| *c == '`' || *c == '~')?;
        let fence_len = line.chars().take_while(|x| *x == c).count();
        if fence_len < 3 {
            return None;
        }
        // Look for the closing fence.
        let mut close = line_end;
        while close < body.len() {
            let end = body[close..]
                .find('\n')
                .map_or(body.len(), |p| close + p + 1);
            let quoted_line = body[close..end].trim_end();
            // A blank line inside the quote is its markers alone (`>`).
            let candidate = quoted_line
                .strip_prefix(marker)
                .or_else(|| (quoted_line == marker.trim_end()).then_some(""));
            let Some(candidate) = candidate else {
                // The quote ended with the fence still open.
                return None;
            };
            if candidate.len() >= fence_len && candidate.chars().all(|x| x == c) {
                let code = body[line_end..close].trim_end_matches('\n');
                if depth == 0 && spaces == 0 {
                    return Some(Cut::Chunk(Chunk::Code(code), end));
                }
                let code = code
                    .split('\n')
                    .map(|l| l.strip_prefix(marker).unwrap_or(""))
                    .collect::<Vec<_>>()
                    .join("\n");
                if spaces > 0 {
                    let indent = spaces;
                    return Some(Cut::Chunk(Chunk::ItemCode { indent, code }, end));
                }
                let depth = depth / 2;
                return Some(Cut::Chunk(Chunk::QuotedCode { depth, code }, end));
            }
            close = end;
        }
        // An unclosed fence: nothing after it closes, so stop looking (a body of thousands of
        // unclosed fences must not cost a scan each, every frame).
        Some(Cut::Stop)
    })
}

/// The item's text right after its code (a step's "It prints its address.") as a chunk of its
/// own: the viewer, given it with the list's next item, would run "3. Next step" into it (a list
/// numbered from 3 does not interrupt a paragraph).
fn item_text_after_code(chunks: Vec<Chunk<'_>>) -> Vec<Chunk<'_>> {
    let mut out = Vec::with_capacity(chunks.len());
    let mut after_item_code = false;
    for chunk in chunks {
        match chunk {
            Chunk::Markdown(text) if after_item_code => {
                // The blank lines, then the indented lines under the item.
                let mut end = text.len() - text.trim_start_matches('\n').len();
                for line in text[end..].split_inclusive('\n') {
                    if !line.starts_with(' ') || line.trim().is_empty() {
                        break;
                    }
                    end += line.len();
                }
                if end > 0 && end < text.len() {
                    out.push(Chunk::Markdown(&text[..end]));
                    out.push(Chunk::Markdown(&text[end..]));
                } else {
                    out.push(Chunk::Markdown(text));
                }
                after_item_code = false;
            }
            other => {
                after_item_code = matches!(other, Chunk::ItemCode { .. });
                out.push(other);
            }
        }
    }
    out
}

/// Where a list item's line starts its text: after its indentation and its marker (`- ` or
/// `3. `); `None` when the line opens no item.
fn item_marker_end(line: &str) -> Option<usize> {
    let rest = line.trim_start_matches(' ');
    let after = match rest.strip_prefix("- ") {
        Some(after) => after,
        None => {
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            if digits == 0 {
                return None;
            }
            rest[digits..].strip_prefix(". ")?
        }
    };
    Some(line.len() - after.len())
}

/// A fence right after a list item's marker (`3. ```sh`, code that is the item's first line)
/// moves to the next line, under the item's text, so that [`split_code_blocks`] draws it as it
/// draws the item's other code; the marker stays with an invisible character, an item of its own.
fn item_fences_on_their_own_line(body: &str) -> std::borrow::Cow<'_, str> {
    let fence_after_marker = |line: &str| -> Option<usize> {
        let end = item_marker_end(line)?;
        let after = &line[end..];
        (after.starts_with("```") || after.starts_with("~~~")).then_some(end)
    };
    if !body.lines().any(|l| fence_after_marker(l).is_some()) {
        return std::borrow::Cow::Borrowed(body);
    }
    let mut out = String::with_capacity(body.len() + 64);
    for line in body.split_inclusive('\n') {
        match fence_after_marker(line) {
            Some(at) => {
                out.push_str(&line[..at]);
                out.push_str("\u{200b}\n");
                out.push_str(&" ".repeat(at));
                out.push_str(&line[at..]);
            }
            None => out.push_str(line),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Cuts out the tables: a row (`| … |`, or `> | … |` inside quotes) over a delimiter row
/// (`| --- |`) and the rows under them behind the same markers.
fn split_tables(text: &str) -> Vec<Chunk<'_>> {
    cut_out(text, |line, start, _| {
        let marker_len = line.len() - line.trim_start_matches("> ").len();
        if !line[marker_len..].starts_with('|') {
            return None;
        }
        let marker = &line[..marker_len];
        let delimiter = |row: &str| {
            row.contains('-') && row.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
        };
        let mut rows = Vec::new();
        let mut at = start;
        while at < text.len() {
            let end = text[at..].find('\n').map_or(text.len(), |p| at + p + 1);
            match text[at..end].trim_end().strip_prefix(marker) {
                Some(row) if row.starts_with('|') => rows.push(row),
                _ => break,
            }
            // Not a table unless its second row is the delimiter row: known there, so that a
            // run of quoted lines is not read on from each of its lines.
            if rows.len() == 2 && !delimiter(rows[1]) {
                return None;
            }
            at = end;
        }
        if rows.len() < 2 {
            return None;
        }
        let depth = marker_len / 2;
        let table = rows.join("\n");
        Some(Cut::Chunk(Chunk::Table { depth, table }, at))
    })
}

/// Cuts out the tables the note writes as HTML: a line `<table>` to a line `</table>`.
fn split_html_tables(text: &str) -> Vec<Chunk<'_>> {
    cut_out(text, |line, at, line_end| {
        if line.trim_end() != "<table>" {
            return None;
        }
        // No closing line after this one means none after any later `<table>` either: the rest
        // stays Markdown, rather than each such line searching the rest of the note again.
        let Some(close) = text[line_end..].find("\n</table>") else {
            return Some(Cut::Stop);
        };
        let end = line_end + close + "\n</table>".len();
        Some(Cut::Chunk(Chunk::HtmlTable(&text[at..end]), end))
    })
}

/// The cells of each row of a table the note writes as HTML, as a person reads them: the text
/// without tags, entities decoded, a header cell marked; a cell that spans columns is followed by
/// empty ones, and one that spans rows leaves its column empty in the rows below, so every cell
/// stays in its column.
fn html_table_rows(html: &str) -> Vec<Vec<(String, bool)>> {
    let attribute = |tag: &str, name: &str| {
        tag.split(&format!("{name}=\"")[..])
            .nth(1)
            .and_then(|v| v.split('"').next())
            .and_then(|v| v.parse::<usize>().ok())
            .unwrap_or(1)
            .clamp(1, 64)
    };
    let next_cell = |s: &str| match (s.find("<td"), s.find("<th")) {
        (Some(d), Some(h)) => Some(d.min(h)),
        (d, h) => d.or(h),
    };
    // For each column, how many more rows a cell above still covers.
    let mut covered: Vec<usize> = Vec::new();
    let mut rows = Vec::new();
    for line in html.lines().filter(|l| l.starts_with("<tr>")) {
        let mut cells: Vec<(String, bool)> = Vec::new();
        let mut rest = line;
        while let Some(open) = next_cell(rest) {
            let header = rest[open..].starts_with("<th");
            let Some(start) = rest[open..].find('>').map(|p| open + p + 1) else {
                break;
            };
            let close_tag = if header { "</th>" } else { "</td>" };
            let Some(end) = rest[start..].find(close_tag).map(|p| start + p) else {
                break;
            };
            let tag = &rest[open..start];
            let (columns, spanned_rows) = (attribute(tag, "colspan"), attribute(tag, "rowspan"));
            skip_covered(&mut cells, &mut covered);
            for k in 0..columns {
                let column = cells.len();
                if covered.len() <= column {
                    covered.resize(column + 1, 0);
                }
                covered[column] = spanned_rows - 1;
                let text = if k == 0 {
                    cell_text(&rest[start..end])
                } else {
                    String::new()
                };
                cells.push((text, header));
            }
            rest = &rest[end + close_tag.len()..];
        }
        skip_covered(&mut cells, &mut covered);
        rows.push(cells);
    }
    rows
}

/// Empty cells for the columns a cell in a row above still covers, from the next column on.
fn skip_covered(cells: &mut Vec<(String, bool)>, covered: &mut [usize]) {
    while let Some(n) = covered.get_mut(cells.len()).filter(|n| **n > 0) {
        *n -= 1;
        cells.push((String::new(), false));
    }
}

/// A cell's HTML as text: tags left out, character references decoded.
fn cell_text(html: &str) -> String {
    let mut text = String::with_capacity(html.len());
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => text.push(c),
            _ => {}
        }
    }
    crate::extract::html::decode_entities(&text).into_owned()
}

fn html_table(ui: &mut egui::Ui, k: usize, html: &str) {
    egui::ScrollArea::horizontal()
        .id_salt(("preview-html-table", k))
        .show(ui, |ui| {
            egui::Grid::new(("preview-html-table-grid", k))
                .striped(true)
                .show(ui, |ui| {
                    for row in html_table_rows(html) {
                        for (text, header) in row {
                            if header {
                                ui.label(egui::RichText::new(text).strong());
                            } else {
                                ui.label(text);
                            }
                        }
                        ui.end_row();
                    }
                });
        });
    ui.add_space(6.0);
}

/// Images as links to them ("Image: alt"): the preview loads nothing, from the network or the
/// disk, and says what each image is and where it comes from. An image with no description is
/// named by its file ("Image: chart.png"), not left a link with no words. A linked image
/// (`[![alt](src)](link)`) becomes one link to where a click on it leads: a link inside a link
/// is not Markdown, and the viewer would show the outer one's brackets and address as text.
fn images_as_links(markdown: &str) -> std::borrow::Cow<'_, str> {
    if !markdown.contains("![") {
        return std::borrow::Cow::Borrowed(markdown);
    }
    let mut out = String::with_capacity(markdown.len() + 16);
    let mut escaped = false;
    let mut chars = markdown.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if c == '['
            && !escaped
            && let Some((alt, src, link, len)) = linked_image(&markdown[at..])
        {
            out.push_str("[Image: ");
            match image_file_name(src).filter(|_| alt.is_empty()) {
                Some(name) => out.push_str(&crate::extract::markdown::escaped(&name)),
                None => out.push_str(alt),
            }
            out.push_str("](");
            out.push_str(link);
            out.push(')');
            while chars.peek().is_some_and(|(next, _)| *next < at + len) {
                chars.next();
            }
            continue;
        }
        if c == '!' && !escaped && chars.peek().is_some_and(|(_, next)| *next == '[') {
            chars.next();
            out.push_str("[Image: ");
            // The address ends at its unescaped `)`; one that holds a space, a bracket or an
            // unescaped parenthesis first is no address the engine wrote (it encodes or
            // escapes them), and the search stops there rather than run on through the note
            // from every such image.
            if let Some(name) = markdown[at..]
                .strip_prefix("![](")
                .and_then(|rest| {
                    let bytes = rest.as_bytes();
                    let mut end = 0;
                    while end < bytes.len() {
                        match bytes[end] {
                            b'\\' => end += 2,
                            b')' => return Some(&rest[..end]),
                            b'(' | b'[' | b']' => return None,
                            b if b.is_ascii_whitespace() => return None,
                            _ => end += 1,
                        }
                    }
                    None
                })
                .and_then(image_file_name)
            {
                out.push_str(&crate::extract::markdown::escaped(&name));
            }
            continue;
        }
        escaped = c == '\\' && !escaped;
        out.push(c);
    }
    std::borrow::Cow::Owned(out)
}

/// A linked image at the start of `text`, as the engine writes one: `[![alt](src)](link)`, its
/// alternative text (as written, escapes and all), address, link and length in bytes. The alt
/// text the engine writes has its brackets escaped, so the search for its end stops at an
/// unescaped `[` too: a note of `[![[![…` cannot make each position search the rest of it.
fn linked_image<'a>(text: &'a str) -> Option<(&'a str, &'a str, &'a str, usize)> {
    let rest = text.strip_prefix("[![")?;
    let mut alt_end = None;
    let mut escaped = false;
    for (i, c) in rest.char_indices() {
        if !escaped && c == '[' {
            return None;
        }
        if c == ']' && !escaped {
            alt_end = Some(i);
            break;
        }
        escaped = c == '\\' && !escaped;
    }
    let alt_end = alt_end?;
    let alt = &rest[..alt_end];
    // The addresses end at their first unescaped parenthesis (`Plug-in_\(computing\)`).
    let split_destination = |rest: &'a str| {
        let end = crate::extract::markdown::link_destination_end(rest)?;
        Some((&rest[..end], &rest[end + 1..]))
    };
    let after_alt = rest[alt_end..].strip_prefix("](")?;
    let (src, after_src) = split_destination(after_alt)?;
    let (link, after_link) = split_destination(after_src.strip_prefix("](")?)?;
    if src.contains(char::is_whitespace) || link.contains(char::is_whitespace) {
        return None;
    }
    Some((alt, src, link, text.len() - after_link.len()))
}

/// The file name at the end of an image's address, decoded (`chart%202.png` is
/// `chart 2.png`), without its query or fragment; `None` when the address ends in no name.
fn image_file_name(address: &str) -> Option<String> {
    let unescaped = crate::extract::markdown::unescaped_address(address);
    let path = unescaped.split(['?', '#']).next().unwrap_or("");
    let name = path.trim_end_matches('/').rsplit('/').next()?;
    let name = percent_encoding::percent_decode_str(name).decode_utf8_lossy();
    let name: String = name.chars().filter(|c| !c.is_control()).collect();
    (!name.trim().is_empty() && !path.ends_with(':')).then_some(name)
}

/// A list item's further paragraphs as lines of its first: the viewer runs an item's
/// paragraphs together ("Install the tool.It takes a minute"), so in the preview the blank line
/// before an indented paragraph under an item becomes a line break. The note keeps its
/// paragraphs.
fn item_paragraphs_as_lines(markdown: &str) -> std::borrow::Cow<'_, str> {
    if !markdown.contains("\n\n ") {
        return std::borrow::Cow::Borrowed(markdown);
    }
    let lines: Vec<&str> = markdown.split('\n').collect();
    let mut out = String::with_capacity(markdown.len() + 16);
    let mut in_item = false;
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if item_marker_end(line).is_some() {
            in_item = true;
        } else if !line.is_empty() && !line.starts_with(' ') {
            in_item = false;
        }
        // An item's line, a blank line, then a line indented under the item.
        let continued = in_item
            && !line.is_empty()
            && lines.get(i + 1) == Some(&"")
            && lines
                .get(i + 2)
                .is_some_and(|next| next.starts_with("  ") && !next.trim().is_empty());
        out.push_str(line);
        if continued {
            out.push_str("  \n");
            i += 2;
            continue;
        }
        if i + 1 < lines.len() {
            out.push('\n');
        }
        i += 1;
    }
    std::borrow::Cow::Owned(out)
}

/// Superscripts and subscripts as the viewer can show them: the note writes them as `<sup>` and
/// `<sub>` (Obsidian renders them; the viewer shows inline HTML as its text). Digits and the
/// signs that have raised or lowered letters of their own become those ("note¹", "H₂O");
/// anything else is written after a caret or an underscore in brackets ("^(a)", "_(max)").
/// Tags inside code spans and escaped ones (page text) stay as they are.
fn raised_and_lowered(markdown: &str) -> std::borrow::Cow<'_, str> {
    if !markdown.contains("<sup>") && !markdown.contains("<sub>") {
        return std::borrow::Cow::Borrowed(markdown);
    }
    std::borrow::Cow::Owned(rewrite_outside_code(markdown, '<', |rest| {
        let (name, inner, len) = ["sup", "sub"].into_iter().find_map(|name| {
            let inner = rest.strip_prefix(&format!("<{name}>"))?;
            // A raised or lowered run is a few characters (a note's number, an exponent): its
            // end is looked for that far, not through the rest of the note from every `<sup>`.
            let end = head_bytes(inner, SCRIPT_MAX_BYTES).find(&format!("</{name}>"))?;
            Some((name, &inner[..end], name.len() * 2 + 5 + end))
        })?;
        let raised = name == "sup";
        // A note's sign ("*", "†") already stands high: shown as it is (the asterisk escaped,
        // or the viewer reads it as emphasis), not as "^(*)".
        let signs = raised
            && !inner.is_empty()
            && inner.chars().all(crate::extract::markdown::is_note_sign);
        if signs {
            return Some((inner.replace('*', "\\*"), len));
        }
        let script = (!inner.is_empty())
            .then(|| scripted(inner, raised))
            .flatten()
            .unwrap_or_else(|| format!("{}({inner})", if raised { "^" } else { "\\_" }));
        Some((script, len))
    }))
}

/// The note's footnotes numbered in the order their references come, as Obsidian shows them: a
/// label is a word in the file (`[^asterisk-1]`, `[^a]`), and the reader sees 1, 2, 3 (the
/// viewer showed the label itself, and cut a long one at the margin of its note). A note no
/// reference names comes after them. Labels already in that order leave the note as it is.
/// Escaped text, code spans and tables written as HTML stay as they are.
fn notes_numbered(markdown: &str) -> std::borrow::Cow<'_, str> {
    if !markdown.contains("[^") {
        return std::borrow::Cow::Borrowed(markdown);
    }
    // A label after `[^`, whether it is a definition's (`[^a]:`), and the bytes `[^a]` takes.
    let label_at = |rest: &str| -> Option<(String, bool, usize)> {
        let after = rest.strip_prefix("[^")?;
        let end = head_bytes(after, SCRIPT_MAX_BYTES).find(']')?;
        let label = &after[..end];
        if label.is_empty() || label.contains(|c: char| c.is_whitespace() || c == '[') {
            return None;
        }
        let is_definition = after[end + 1..].starts_with(':');
        Some((label.to_string(), is_definition, end + 3))
    };
    let (mut referenced, mut defined) = (Vec::new(), Vec::new());
    for chunk in split_html_tables(markdown) {
        let Chunk::Markdown(text) = chunk else {
            continue;
        };
        rewrite_outside_code(text, '[', |rest| {
            if let Some((label, is_definition, _)) = label_at(rest) {
                if is_definition {
                    defined.push(label);
                } else {
                    referenced.push(label);
                }
            }
            None
        });
    }
    let mut numbers: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for label in referenced.into_iter().chain(defined) {
        let next = numbers.len() + 1;
        numbers.entry(label).or_insert(next);
    }
    if numbers.iter().all(|(label, n)| *label == n.to_string()) {
        return std::borrow::Cow::Borrowed(markdown);
    }
    std::borrow::Cow::Owned(outside_html_tables(markdown, |text| {
        rewrite_outside_code(text, '[', |rest| {
            let (label, _, len) = label_at(rest)?;
            let n = numbers.get(&label)?;
            Some((format!("[^{n}]"), len))
        })
    }))
}

/// `markdown` with `rewrite` applied to each stretch outside the tables the note writes as HTML,
/// which stay as they are: nothing inside an HTML block is read as Markdown, so a `[^1]` there
/// is the page's text.
fn outside_html_tables(markdown: &str, mut rewrite: impl FnMut(&str) -> String) -> String {
    let mut out = String::with_capacity(markdown.len());
    for chunk in split_html_tables(markdown) {
        match chunk {
            Chunk::HtmlTable(html) => out.push_str(html),
            Chunk::Markdown(text) => out.push_str(&rewrite(text)),
            // Nothing else is cut out by `split_html_tables`.
            _ => {}
        }
    }
    out
}

/// Footnote references whose definition is not in the same piece of the note (the viewer is
/// given the note in pieces, cut at code blocks and tables, and reads a reference only beside
/// its definition) shown as the viewer shows the others: the label raised ("¹", "^(a)"), not
/// `[^1]`. Escaped text and code spans stay as they are.
fn note_references_without_definitions(markdown: &str) -> std::borrow::Cow<'_, str> {
    if !markdown.contains("[^") {
        return std::borrow::Cow::Borrowed(markdown);
    }
    // The labels defined here, gathered once (a long note has many references).
    let defined: std::collections::HashSet<&str> = markdown
        .lines()
        .filter_map(|line| {
            line.strip_prefix("[^")?
                .split_once("]:")
                .map(|(label, _)| label)
        })
        .collect();
    let defined = |label: &str| defined.contains(label);
    std::borrow::Cow::Owned(rewrite_outside_code(markdown, '[', |rest| {
        let after = rest.strip_prefix("[^")?;
        let end = head_bytes(after, SCRIPT_MAX_BYTES).find(']')?;
        let label = &after[..end];
        let is_definition = after[end + 1..].starts_with(':');
        if label.is_empty()
            || label.contains(char::is_whitespace)
            || is_definition
            || defined(label)
        {
            return None;
        }
        let raised = scripted(label, true).unwrap_or_else(|| format!("^({label})"));
        Some((raised, end + 3))
    }))
}

/// How far the end of a `<sup>`, a `<sub>` or a note's label is looked for.
const SCRIPT_MAX_BYTES: usize = 256;

/// At most the first `max` bytes of `text`, cut at a character's boundary.
fn head_bytes(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut cut = max;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    &text[..cut]
}

/// `markdown` with what `replace` makes of the text at each `start` character outside code
/// spans and escapes: `Some((replacement, bytes replaced))`, or `None` to leave it.
fn rewrite_outside_code(
    markdown: &str,
    start: char,
    mut replace: impl FnMut(&str) -> Option<(String, usize)>,
) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut rest = markdown;
    let mut in_code = false;
    while let Some(at) = rest.find(['`', '\\', start]) {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if let Some(after) = rest.strip_prefix('\\') {
            // An escaped character is the page's text.
            let escaped = after.chars().next().map_or(0, char::len_utf8);
            out.push_str(&rest[..1 + escaped]);
            rest = &after[escaped..];
            continue;
        }
        if rest.starts_with('`') {
            let run = rest.len() - rest.trim_start_matches('`').len();
            out.push_str(&rest[..run]);
            rest = &rest[run..];
            in_code = !in_code;
            continue;
        }
        match (!in_code).then(|| replace(rest)).flatten() {
            Some((replacement, len)) => {
                out.push_str(&replacement);
                rest = &rest[len..];
            }
            None => {
                out.push(start);
                rest = &rest[start.len_utf8()..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// `text` raised or lowered letter by letter, when every letter has such a form.
fn scripted(text: &str, raised: bool) -> Option<String> {
    text.chars().map(|c| script_char(c, raised)).collect()
}

/// The raised (superscript) or lowered (subscript) letter for `c`, when Unicode has one that
/// every font the window uses draws.
fn script_char(c: char, raised: bool) -> Option<char> {
    let digit = c.to_digit(10);
    if raised {
        match (c, digit) {
            (_, Some(1)) => Some('¹'),
            (_, Some(2)) => Some('²'),
            (_, Some(3)) => Some('³'),
            (_, Some(d)) => char::from_u32(0x2070 + d),
            ('+', _) => Some('⁺'),
            ('-' | '−', _) => Some('⁻'),
            ('=', _) => Some('⁼'),
            ('(', _) => Some('⁽'),
            (')', _) => Some('⁾'),
            ('n', _) => Some('ⁿ'),
            _ => None,
        }
    } else {
        match (c, digit) {
            (_, Some(d)) => char::from_u32(0x2080 + d),
            ('+', _) => Some('₊'),
            ('-' | '−', _) => Some('₋'),
            ('=', _) => Some('₌'),
            ('(', _) => Some('₍'),
            (')', _) => Some('₎'),
            _ => None,
        }
    }
}

/// Callout boxes as the viewer can show them: the `> [!type] Title` line Obsidian reads as a
/// box's type and title becomes the title alone, in bold, above the box's text (the viewer
/// would show the marker as text, run into the box's first line).
fn callout_titles(markdown: &str) -> std::borrow::Cow<'_, str> {
    if !markdown.contains("[!") {
        return std::borrow::Cow::Borrowed(markdown);
    }
    let mut out = String::with_capacity(markdown.len() + 16);
    for line in markdown.split_inclusive('\n') {
        let content = line.trim_end_matches('\n');
        let text = content.trim_start_matches(['>', ' ']);
        let prefix = &content[..content.len() - text.len()];
        let callout = text.strip_prefix("[!").and_then(|after| {
            let close = after.find(']')?;
            let kind = &after[..close];
            (!kind.is_empty() && kind.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')).then(
                || {
                    (
                        kind,
                        after[close + 1..].trim_start_matches(['-', '+']).trim(),
                    )
                },
            )
        });
        match callout {
            Some((kind, title)) if prefix.contains('>') => {
                let title = if title.is_empty() {
                    crate::extract::markdown::callout_name(kind)
                } else {
                    title.to_string()
                };
                out.push_str(&format!("{prefix}**{title}**\n{}\n", prefix.trim_end()));
            }
            _ => out.push_str(line),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A code block as the note's viewer shows one: monospace on a tinted frame.
/// A formula (`$…$`, `$$…$$`, found as Obsidian finds them): egui typesets no TeX, so the
/// preview shows its source whole, in the code style. Read as Markdown, its `_` and `*` made
/// emphasis of half a formula and its `\\` one backslash.
fn formula(ui: &mut egui::Ui, tex: &str, inline: bool) {
    let tex = tex.trim();
    // A displayed formula stands on a line of its own, as Obsidian sets it (a new line only
    // when text stands before it on this one: at a paragraph's start that is an empty line).
    if !inline && ui.cursor().left() > ui.max_rect().left() + 1.0 {
        ui.end_row();
    }
    ui.code(tex)
        .on_hover_text("A formula in TeX: Obsidian typesets it");
    if !inline {
        ui.end_row();
    }
}

fn code_block(ui: &mut egui::Ui, code: &str) {
    egui::Frame::new()
        .fill(ui.visuals().code_bg_color)
        .inner_margin(egui::Margin::same(6))
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(egui::RichText::new(code).monospace());
        });
    ui.add_space(6.0);
}

/// What `add_contents` draws, inside `depth` quotes: behind a bar for each quote, as the viewer
/// draws the quote's text around it.
fn in_quotes(ui: &mut egui::Ui, depth: usize, add_contents: impl FnOnce(&mut egui::Ui)) {
    const INDENT: f32 = 12.0;
    let bar = ui.visuals().widgets.noninteractive.bg_stroke;
    let response = ui.horizontal(|ui| {
        ui.add_space(INDENT * depth as f32);
        ui.vertical(add_contents);
    });
    let rect = response.response.rect;
    for level in 0..depth {
        let x = rect.left() + INDENT * level as f32 + 2.0;
        ui.painter().vline(
            x,
            rect.top()..=rect.bottom(),
            egui::Stroke::new(3.0, bar.color),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_cut_out_and_out_of_their_quotes() {
        let body = "> [!note] Note\n>\n> | Flag | Use |\n> | --- | :-: |\n> | -v | Say more |\n>\n> Below.\n\n| a |\n| --- |\n";
        assert_eq!(
            split_tables(body),
            vec![
                Chunk::Markdown("> [!note] Note\n>\n"),
                Chunk::Table {
                    depth: 1,
                    table: "| Flag | Use |\n| --- | :-: |\n| -v | Say more |".to_string()
                },
                Chunk::Markdown(">\n> Below.\n\n"),
                // And one outside quotes, on its own.
                Chunk::Table {
                    depth: 0,
                    table: "| a |\n| --- |".to_string()
                },
            ]
        );
        // A quoted line that starts with a bar but has no delimiter row under it is text.
        let text = "> | not a table |\n> nor this\n";
        assert_eq!(split_tables(text), vec![Chunk::Markdown(text)]);
    }

    #[test]
    fn code_in_a_list_item_is_cut_out_under_its_text() {
        let body = "2. Run it.\n   ```sh\n   tool run\n\n     --fast\n   ```\n\n   It prints its address.\n";
        assert_eq!(
            split_code_blocks(body),
            vec![
                Chunk::Markdown("2. Run it.\n"),
                Chunk::ItemCode {
                    indent: 3,
                    code: "tool run\n\n  --fast".to_string()
                },
                Chunk::Markdown("\n   It prints its address.\n"),
            ]
        );
    }

    #[test]
    fn an_items_text_after_its_code_is_a_chunk_of_its_own() {
        let body =
            "2. Run it.\n   ```\n   tool run\n   ```\n\n   It prints its address.\n3. Stop it.\n";
        assert_eq!(
            item_text_after_code(split_code_blocks(body)),
            vec![
                Chunk::Markdown("2. Run it.\n"),
                Chunk::ItemCode {
                    indent: 3,
                    code: "tool run".to_string()
                },
                Chunk::Markdown("\n   It prints its address.\n"),
                Chunk::Markdown("3. Stop it.\n"),
            ]
        );
    }

    #[test]
    fn a_fence_after_an_items_marker_goes_under_it() {
        let body = "1. ```sh\n   tool init\n   ```\n2. Run it.\n- ```\n  x\n  ```\n";
        assert_eq!(
            item_fences_on_their_own_line(body),
            "1. \u{200b}\n   ```sh\n   tool init\n   ```\n2. Run it.\n- \u{200b}\n  ```\n  x\n  ```\n"
        );
        assert_eq!(item_fences_on_their_own_line("a ```b"), "a ```b");
    }

    #[test]
    fn code_in_a_callout_is_cut_out_of_its_quote() {
        let body = "> [!tip] Check\n> First this.\n>\n> ```sh\n> tool --check\n>\n> tool --run\n> ```\n>\n> Then this.\n";
        assert_eq!(
            split_code_blocks(body),
            vec![
                Chunk::Markdown("> [!tip] Check\n> First this.\n>\n"),
                Chunk::QuotedCode {
                    depth: 1,
                    code: "tool --check\n\ntool --run".to_string()
                },
                Chunk::Markdown(">\n> Then this.\n"),
            ]
        );
        // A quote that ends before its fence closes is left to the viewer.
        let open = "> ```sh\n> tool --check\n\nAfter the quote.\n";
        assert_eq!(split_code_blocks(open), vec![Chunk::Markdown(open)]);
    }

    #[test]
    fn fenced_code_is_cut_out_of_the_markdown() {
        let body = "Intro\n\n```rust\nfn main() {}\n```\n\nAfter\n\n````\n```\ninner\n````\n";
        assert_eq!(
            split_code_blocks(body),
            vec![
                Chunk::Markdown("Intro\n\n"),
                Chunk::Code("fn main() {}"),
                Chunk::Markdown("\nAfter\n\n"),
                Chunk::Code("```\ninner"),
            ]
        );
        // An unclosed fence is left to the viewer.
        assert_eq!(
            split_code_blocks("a\n```\nb"),
            vec![Chunk::Markdown("a\n```\nb")]
        );
    }

    #[test]
    fn a_table_written_as_html_is_laid_out_by_the_preview() {
        let table = "<table>\n<tr><th>Version</th><th>Notes</th></tr>\n\
            <tr><td rowspan=\"2\"><strong>2.0</strong></td><td><a href=\"https://x.org\">Notes</a> &amp; a &lt;b&gt;</td></tr>\n\
            <tr><td colspan=\"2\">Both</td><td>After</td></tr>\n</table>";
        let body = format!("Intro\n\n{table}\n\nAfter");
        assert_eq!(
            split_html_tables(&body),
            vec![
                Chunk::Markdown("Intro\n\n"),
                Chunk::HtmlTable(table),
                Chunk::Markdown("\n\nAfter"),
            ]
        );
        let cell = |t: &str, h: bool| (t.to_string(), h);
        assert_eq!(
            html_table_rows(table),
            vec![
                vec![cell("Version", true), cell("Notes", true)],
                vec![cell("2.0", false), cell("Notes & a <b>", false)],
                // The row below the spanning cell starts in its second column.
                vec![
                    cell("", false),
                    cell("Both", false),
                    cell("", false),
                    cell("After", false)
                ],
            ]
        );
        // No closing line: left to the viewer.
        assert_eq!(
            split_html_tables("<table>\n<tr>"),
            vec![Chunk::Markdown("<table>\n<tr>")]
        );
    }

    #[test]
    fn images_become_links_and_escaped_text_stays() {
        assert_eq!(
            images_as_links("See ![A chart](https://x.org/c.png) and !\\[not\\](y)"),
            "See [Image: A chart](https://x.org/c.png) and !\\[not\\](y)"
        );
        // A linked image is one link, to where a click on it leads.
        assert_eq!(
            images_as_links(
                "[![The harbour](https://x.org/t.jpg)](https://x.org/full.jpg) and [![](https://x.org/b%201.png)](https://x.org/boats)."
            ),
            "[Image: The harbour](https://x.org/full.jpg) and [Image: b 1.png](https://x.org/boats)."
        );
        // Brackets the engine did not write are text, and are read in one pass.
        let hostile = "[![".repeat(200_000);
        assert!(images_as_links(&hostile).starts_with("[[Image: [[Image: "));
        let hostile = "![](".repeat(200_000);
        assert!(images_as_links(&hostile).starts_with("[Image: ]([Image: ]("));
        // No description: the file's name says which image it is.
        assert_eq!(
            images_as_links(
                "![](https://x.org/img/sales_2024%20q1.png?w=800) and ![](attachments/a/)"
            ),
            "[Image: sales_2024 q1.png](https://x.org/img/sales_2024%20q1.png?w=800) and [Image: a](attachments/a/)"
        );
        // A page's parentheses are escaped in its addresses, as Obsidian Web Clipper writes them.
        assert_eq!(
            images_as_links(
                "![](https://x.org/chart_\\(2024\\).png) and [![A map](https://x.org/t_\\(s\\).jpg)](https://x.org/Map_\\(full\\)) end"
            ),
            "[Image: chart\\_(2024).png](https://x.org/chart_\\(2024\\).png) and [Image: A map](https://x.org/Map_\\(full\\)) end"
        );
    }

    #[test]
    fn an_items_further_paragraphs_show_as_its_lines() {
        let note = "1. Install the tool.\n\n   It takes a minute.\n    - On Linux.\n\n      Or build it.\n2. Run it.\n\nAfter.\n\n  Not under an item.";
        assert_eq!(
            item_paragraphs_as_lines(note),
            "1. Install the tool.  \n   It takes a minute.\n    - On Linux.  \n      Or build it.\n2. Run it.\n\nAfter.\n\n  Not under an item."
        );
        assert_eq!(item_paragraphs_as_lines("a\n\nb"), "a\n\nb");
    }

    #[test]
    fn superscripts_and_subscripts_show_as_raised_and_lowered_text() {
        assert_eq!(
            raised_and_lowered("A claim.<sup>12</sup> H<sub>2</sub>O, x<sup>n+1</sup>"),
            "A claim.¹² H₂O, xⁿ⁺¹"
        );
        assert_eq!(
            raised_and_lowered("Note<sup>a</sup> and x<sub>max</sub>"),
            "Note^(a) and x\\_(max)"
        );
        // A note's sign stands high as it is; an asterisk escaped, not read as emphasis.
        assert_eq!(
            raised_and_lowered("Prices.<sup>*</sup> Terms.<sup>†</sup> Care.<sup>**</sup>"),
            "Prices.\\* Terms.† Care.\\*\\*"
        );
        // Page text (escaped) and code keep their tags; an unclosed tag is left alone.
        assert_eq!(
            raised_and_lowered("\\<sup>1</sup> and `<sup>2</sup>` and <sup>3"),
            "\\<sup>1</sup> and `<sup>2</sup>` and <sup>3"
        );
    }

    #[test]
    fn notes_are_numbered_in_the_order_their_references_come() {
        let note = "Six threads.[^asterisk-1] A welcome addition.[^asterisk-2] Again.[^asterisk-1]\n\n\
                    [^asterisk-2]: The old guard.\n\n[^asterisk-1]: By my count.\n\n[^x]: Unnamed.";
        assert_eq!(
            notes_numbered(note),
            "Six threads.[^1] A welcome addition.[^2] Again.[^1]\n\n\
             [^2]: The old guard.\n\n[^1]: By my count.\n\n[^3]: Unnamed."
        );
        // Already in order: the note as it is.
        let numbered = "One[^1] two[^2].\n\n[^1]: A.\n\n[^2]: B.";
        assert!(matches!(
            notes_numbered(numbered),
            std::borrow::Cow::Borrowed(_)
        ));
        // Escaped text and code spans are not references.
        assert_eq!(
            notes_numbered("A\\[^b\\] `[^b]` c[^b]\n\n[^b]: B."),
            "A\\[^b\\] `[^b]` c[^1]\n\n[^1]: B."
        );
        // A table written as HTML holds the page's text: its "[^b]" is no reference.
        assert_eq!(
            notes_numbered(
                "c[^b]\n\n<table>\n<tr><td>[^b] as written</td></tr>\n</table>\n\n[^b]: B."
            ),
            "c[^1]\n\n<table>\n<tr><td>[^b] as written</td></tr>\n</table>\n\n[^1]: B."
        );
    }

    #[test]
    fn a_note_reference_away_from_its_definition_shows_raised() {
        assert_eq!(
            note_references_without_definitions("The files[^1] and more[^a]."),
            "The files¹ and more^(a)."
        );
        // Beside its definition the viewer draws it; escaped and code text stay.
        let with_definition = "A claim[^2].\n\n[^2]: The source.";
        assert_eq!(
            note_references_without_definitions(with_definition),
            with_definition
        );
        assert_eq!(
            note_references_without_definitions("\\[^1\\] and `[^1]`"),
            "\\[^1\\] and `[^1]`"
        );
    }

    #[test]
    fn a_callouts_type_line_shows_as_its_title() {
        let note =
            "Before.\n\n> [!warning] Mind the port\n> Keep it closed.\n\n> [!info]\n> Untitled.";
        assert_eq!(
            callout_titles(note),
            "Before.\n\n> **Mind the port**\n>\n> Keep it closed.\n\n> **Info**\n>\n> Untitled."
        );
        // Text that only looks like a marker, outside a quote, stays as it is.
        assert_eq!(
            callout_titles("[!note] said the page"),
            "[!note] said the page"
        );
    }

    #[test]
    fn only_an_image_alone_on_its_line_that_is_on_this_computer_is_cut_out() {
        let page = Path::new("/p");
        let places = ImagePlaces {
            page_folder: Some(page),
            ..ImagePlaces::default()
        };
        let body = "Intro\n\n![The \\[new\\] lanes](Story_files/map.png)\n\nText ![x](Story_files/a.png) inline\n\n![Remote](https://x.org/c.png)\n";
        assert_eq!(
            split_local_images(body, &places),
            vec![
                Chunk::Markdown("Intro\n\n"),
                Chunk::Image {
                    alt: "The [new] lanes".into(),
                    path: page.join("Story_files/map.png"),
                },
                Chunk::Markdown(
                    "\nText ![x](Story_files/a.png) inline\n\n![Remote](https://x.org/c.png)\n"
                ),
            ]
        );
        assert_eq!(lone_image("![a](b c)"), None);
        assert_eq!(lone_image("![a](b) tail"), None);
        // A linked picture on this computer shows as the picture.
        assert_eq!(
            lone_image("[![The \\[new\\] lanes](Story_files/map.png)](https://x.org/map)"),
            Some(("The [new] lanes".to_string(), "Story_files/map.png"))
        );
        assert_eq!(lone_image("[![a](b)](c) tail"), None);
    }

    #[test]
    fn the_body_follows_the_front_matter() {
        assert_eq!(note_body("---\ntitle: x\n---\n\nBody"), "Body");
        assert_eq!(note_body("No front matter"), "No front matter");
    }

    /// Every step that prepares the note for the viewer (each frame), on notes made of one marker
    /// repeated to the size the preview lays out: each takes one pass, not one per marker. Before,
    /// a quoted table's lines, `<sup>`s and `<sub>`s never closed, and linked images' brackets
    /// took 1 to 60 seconds (release build), `<table>` lines never closed half a second; now
    /// milliseconds. The limit only catches a stall.
    #[test]
    fn a_note_of_one_marker_repeated_is_prepared_in_one_pass() {
        let places = ImagePlaces::default();
        for marker in [
            "![](",
            "[![",
            "![a](b)",
            "[![a](b)](c)",
            "<table>",
            "<tr><td>",
            "```\n",
            "> ",
            "> |a|\n",
            "- ",
            "1. ",
            "   ",
            "\n\n   ",
            "[^1]",
            "[^1]: ",
            "<sup>",
            "<sub>1",
            "[!note]",
            "> [!note]\n",
            "|",
            "| a |\n",
            "\\",
            "`",
            "~~~\n",
            "- ```\n",
            "\n",
            "[^",
            "<sup>1",
            "> | a |\n> |---|\n",
            "<table>\n",
            "<table>\n<tr>\n",
            "> ```\n",
            "1. ```\n",
            "   ```\n",
            "> > | a |\n",
            "[^a]: b\n",
            "    - a\n\n      b\n",
            "**",
            "<sup>\n",
        ] {
            let note = marker.repeat(RENDERED_BYTES / marker.len());
            let started = std::time::Instant::now();
            let laid_out = item_fences_on_their_own_line(&note);
            let mut prepared = 0;
            for chunk in chunks(&laid_out, &places) {
                prepared += match chunk {
                    Chunk::Markdown(text) => for_viewer(text).len(),
                    _ => 1,
                };
            }
            assert!(prepared > 0, "{marker:?}: nothing to show");
            assert!(
                started.elapsed() < std::time::Duration::from_secs(10),
                "{marker:?} took {:?}",
                started.elapsed()
            );
        }
    }
}

/// A source address as a person reads it: no scheme or "www.", percent-escapes decoded
/// ("/caf%C3%A9" reads "/café"), and a long one cut in the middle, so it takes one line instead
/// of fourteen. The link itself keeps the exact address.
pub(super) fn readable_address(url: &str) -> String {
    const SHOWN_CHARS: usize = 80;
    const TAIL_CHARS: usize = 20;
    let bare = url
        .trim()
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.");
    let decoded = percent_encoding::percent_decode_str(bare).decode_utf8_lossy();
    // Decoded text is shown, never followed: controls and line breaks become spaces.
    let decoded: String = decoded
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let count = decoded.chars().count();
    if count <= SHOWN_CHARS {
        return decoded;
    }
    let head: String = decoded.chars().take(SHOWN_CHARS - TAIL_CHARS - 1).collect();
    let tail: String = decoded.chars().skip(count - TAIL_CHARS).collect();
    format!("{head}…{tail}")
}

#[cfg(test)]
mod address_tests {
    use super::readable_address;

    #[test]
    fn source_addresses_read_decoded_and_short() {
        assert_eq!(
            readable_address("https://www.example.org/caf%C3%A9/menu"),
            "example.org/café/menu"
        );
        let long = format!("https://example.org/{}", "%E6%97%A5%E6%9C%AC".repeat(60));
        let shown = readable_address(&long);
        assert_eq!(shown.chars().count(), 80);
        assert!(shown.starts_with("example.org/日本"));
        assert!(shown.contains('…'));
        assert_eq!(
            readable_address("https://example.org/a%0Ab"),
            "example.org/a b"
        );
    }
}
