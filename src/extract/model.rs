//! The engine's data: an [`Article`] and its [`Block`]s, each with a [`Role`] and the [`Reason`]
//! it was kept or trimmed, the input [`Format`] and the [`Published`] date.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

/// What the input looked like once decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text, as a browser's copy of a selected page gives it.
    #[default]
    Text,
    /// A saved page or the clipboard's HTML flavour.
    Html,
    /// Markdown (a note from another tool, or a Markdown export).
    Markdown,
}

impl Format {
    /// The lower-case name used on the command line and in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::Markdown => "markdown",
        }
    }
}

/// An article as the engine understood it: the fields it found and every block of the input,
/// each marked keep or trim with a reason the person can read.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Article {
    pub format: Format,
    /// The headline, or when the input has none, a suggestion (see `title_inferred`).
    pub title: Option<String>,
    /// True when the title was not found as a headline but guessed (e.g. from the standfirst).
    pub title_inferred: bool,
    /// The publication's name, e.g. "RT.com".
    pub site: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<Published>,
    /// The article's address (the canonical link when the HTML has one).
    pub url: Option<String>,
    /// The standfirst or description.
    pub summary: Option<String>,
    /// What kind of page it is (article, forum, product, …), as the engine judged it.
    #[serde(default)]
    pub kind: PageKind,
    pub blocks: Vec<Block>,
}

impl Article {
    /// The kept body blocks, in order: what the clean article consists of.
    pub fn kept_body(&self) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(|b| b.keep && b.role.is_body())
    }

    /// Where the clean article starts: its first kept body block.
    pub fn first_kept_body(&self) -> Option<usize> {
        self.blocks.iter().position(|b| b.keep && b.role.is_body())
    }

    /// The kept body blocks' text joined by blank lines (no Markdown markers).
    pub fn body_text(&self) -> String {
        let parts: Vec<&str> = self
            .kept_body()
            .map(|b| b.text.as_str())
            .filter(|t| !t.is_empty())
            .collect();
        parts.join("\n\n")
    }
}

/// One paragraph-sized piece of the input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Block {
    pub text: String,
    pub role: Role,
    /// Whether the block belongs in the clean article.
    pub keep: bool,
    /// Why the engine (or the person) kept or trimmed it.
    pub reason: Reason,
    /// The block as inline Markdown (links and emphasis kept, page text escaped), for blocks
    /// from HTML with markup or from Markdown input. `None` means `text`, escaped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub markdown: Option<String>,
    /// What the block is on the page (heading level, list item, code, table, image…), when the
    /// input said more than its role does.
    #[serde(default, skip_serializing_if = "Form::is_plain")]
    pub form: Form,
    /// The person's correction of the block's text (the window's block editor), written to the
    /// note in place of the page's. `text` and `markdown` keep what the page said, so the saved
    /// original can always go back to it. The engine never sets it. For Markdown input
    /// (`Form::Verbatim`) it is Markdown source, as the block's own `markdown` is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited: Option<String>,

    /// How deep in callout boxes the block (a heading, list item, code or table) stands,
    /// written inside the box's quote; 0 outside one.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub in_callout: u8,
    /// The callout box this block (a list item, code or table) is the first line of, in a box
    /// with no title or text before it: the box's `> [!kind] Kind` line is written above it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opens_callout: Option<CalloutType>,
    /// How deep in quotes (`<blockquote>`, not callout boxes) a heading, list item or code
    /// stands, written inside the quote; 0 outside one.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub in_quote: u8,
}

/// A callout box's Obsidian type (`note`, `tip`, `warning`, …) and how it folds: `-` shown
/// folded, `+` foldable, else empty.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CalloutType {
    pub kind: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub fold: String,
}

fn is_zero(n: &u8) -> bool {
    *n == 0
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// Which part of a callout a block is. The type is Obsidian's (`note`, `info`, `tip`,
/// `warning`, `danger`, …).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CalloutPart {
    /// The box's title: `> [!kind] Title` (`[!kind]-` for a box shown folded, `+` unfolded).
    Title {
        kind: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        fold: String,
    },
    /// The box's first text, in a box without a title: `> [!kind] Kind` above it.
    Opening {
        kind: String,
        #[serde(default, skip_serializing_if = "String::is_empty")]
        fold: String,
    },
    /// Its text after the first line.
    Body,
}

/// A block's structure as the page gave it, for writing it back as Markdown.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(tag = "form", rename_all = "snake_case")]
pub enum Form {
    /// Nothing beyond the block's role.
    #[default]
    Plain,
    Heading {
        level: u8,
        /// The number of the list item the heading opens (`<ol><li><h3>Title</h3><p>…`): a
        /// numbered list of sections, written `### 3. Title` with the item's text under it.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        number: Option<u32>,
    },
    ListItem {
        ordered: bool,
        /// 1 for a top-level item, 2 for an item of a list inside an item, …
        depth: u8,
        /// The item's number in an ordered list.
        number: u32,
        /// A further paragraph of the item above it (the page's item holds more than one): written
        /// under that item's text, indented to it, with no marker of its own.
        #[serde(default, skip_serializing_if = "is_false")]
        continues: bool,
    },
    Quote {
        depth: u8,
        /// Part of a callout (`> [!note] Title`, as Obsidian writes one): an admonition, alert
        /// or callout box the page drew around its text.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        callout: Option<CalloutPart>,
    },
    /// Preformatted code: the block's text is the code, exactly.
    Code {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        language: Option<String>,
        /// The list item the code stands in (a step's command): written inside the item,
        /// indented to its text, or after its marker when the code is the item's first line.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        item: Option<ItemPlace>,
    },
    /// A table: each cell's inline Markdown, row by row. The block's text is the cells' text.
    Table { rows: Vec<Vec<TableCell>> },
    /// Markdown input, written back exactly as it came (`markdown` holds the source).
    Verbatim {
        /// No blank line came before it: it continues the previous block (a list, a table).
        joined: bool,
    },
    /// A footnote's definition, written `[^label]: …`.
    Footnote { label: String },
    /// An image, with its address resolved and its alternative text. The block's text is empty.
    Image {
        src: String,
        alt: String,
        /// Where the page's link around the image leads (a full-size copy, the story it
        /// illustrates): written `[![alt](src)](link)`. Boxed: every block carries a `Form`, and
        /// an unboxed address made this the largest variant (72 bytes instead of 64).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        link: Option<Box<String>>,
    },
    /// A video, a recording or a player the page embeds (`<video controls>`, `<audio
    /// controls>`, a Vimeo or Spotify frame), with its address resolved: the note links to it
    /// (`<https://vimeo.com/…>`, or `[label](…)` when the page names it), as Obsidian shows only
    /// pictures, YouTube and X inline from an address. The block's text is empty.
    Media {
        kind: MediaKind,
        src: String,
        /// What the page calls the player for those who cannot see it (its `aria-label`), like
        /// a picture's alternative text; empty when it names none.
        #[serde(default, skip_serializing_if = "String::is_empty")]
        label: String,
    },
    /// A thematic break the page drew between parts of its text (`<hr>`), written `---`. The
    /// block's text is empty.
    Rule,
}

/// What a [`Form::Media`] block plays.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MediaKind {
    Video,
    Audio,
    /// A page of its own shown in a frame (a CodePen demo).
    Embed,
}

impl MediaKind {
    /// The word the block list shows for it.
    pub fn name(self) -> &'static str {
        match self {
            MediaKind::Video => "video",
            MediaKind::Audio => "audio",
            MediaKind::Embed => "embedded page",
        }
    }
}

/// Where a block stands in a list: its item's kind, depth (1 at the top level) and number, and
/// whether the block is the item's first line (written after the item's marker).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemPlace {
    pub ordered: bool,
    pub depth: u8,
    pub number: u32,
    #[serde(default, skip_serializing_if = "is_false")]
    pub opens: bool,
}

impl ItemPlace {
    /// The item's marker (`3.` or `-`).
    pub fn marker(&self) -> String {
        if self.ordered {
            format!("{}.", self.number)
        } else {
            "-".to_string()
        }
    }

    /// `markdown` as this item's, `written_depth` deep (1 for the top level): its first line
    /// after the item's marker (`with_marker`) or under the item's text like the other lines,
    /// which stand under the text (the marker's width and one space in); blank lines stay blank.
    pub fn write(&self, written_depth: u8, markdown: &str, with_marker: bool) -> String {
        let indent = "    ".repeat(usize::from(written_depth.max(1) - 1));
        let marker = self.marker();
        let under = format!("{indent}{}", " ".repeat(marker.len() + 1));
        let mut out = String::with_capacity(markdown.len() + 16);
        for (i, line) in markdown.split('\n').enumerate() {
            if i > 0 {
                out.push('\n');
            }
            if i == 0 && with_marker {
                out.push_str(&format!("{indent}{marker} {line}"));
            } else if !line.is_empty() {
                out.push_str(&under);
                out.push_str(line);
            }
        }
        out
    }
}

/// One cell of a [`Form::Table`].
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct TableCell {
    /// The cell's text.
    pub text: String,
    /// The cell as inline Markdown (already escaped).
    pub markdown: String,
    pub header: bool,
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub colspan: u16,
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub rowspan: u16,
}

fn one() -> u16 {
    1
}

fn is_one(n: &u16) -> bool {
    *n == 1
}

impl Form {
    pub fn is_plain(&self) -> bool {
        *self == Form::Plain
    }
}

impl Block {
    /// A line the engine read as one of the note's fields (its title, site, byline, date or
    /// summary): it goes into the front matter, whatever its keep flag says.
    pub fn is_field_line(&self) -> bool {
        !self.role.is_body()
    }

    /// Kept as the article's text: a heading stays a heading, page furniture becomes a
    /// paragraph, and the reason says which.
    pub(crate) fn keep_as_article_text(&mut self) {
        self.keep = true;
        if self.role == Role::Boilerplate {
            self.role = Role::Paragraph;
        }
        self.reason = if self.role == Role::Heading {
            Reason::ArticleHeading
        } else {
            Reason::ArticleText
        };
    }

    /// A block with the given role and decision.
    pub fn new(text: impl Into<String>, role: Role, keep: bool, reason: Reason) -> Self {
        Block {
            text: text.into(),
            role,
            keep,
            reason,
            markdown: None,
            form: Form::Plain,
            edited: None,
            in_callout: 0,
            opens_callout: None,
            in_quote: 0,
        }
    }

    /// Whether the person can edit the block's text: a table's text is its cells' and an image
    /// or a video has none, so those are not.
    pub fn is_editable(&self) -> bool {
        !matches!(
            self.form,
            Form::Table { .. } | Form::Image { .. } | Form::Media { .. } | Form::Rule
        )
    }

    /// What the block editor starts from when the block has no edit: the page's text, or for
    /// Markdown input its Markdown line as written (which is what the note writes for it).
    pub fn page_text_for_editing(&self) -> &str {
        match (&self.form, &self.markdown) {
            (Form::Verbatim { .. }, Some(source)) => source,
            _ => &self.text,
        }
    }

    /// The block's text as the note will have it: the person's edit, else the page's.
    pub fn current_text(&self) -> &str {
        self.edited.as_deref().unwrap_or(&self.text)
    }

    /// Records the person's text for the block as typed (a trailing space mid-word stays, so
    /// typing is not fought); text equal to the page's removes the edit. Returns false when
    /// nothing changed. The note always writes it cleaned up (see [`Block::to_markdown`]).
    pub fn set_edited(&mut self, text: &str) -> bool {
        let edited = (text != self.page_text_for_editing()).then(|| text.to_string());
        if edited == self.edited {
            return false;
        }
        self.edited = edited;
        true
    }

    /// Settles a finished edit to the text the note writes, so what is stored is what is shown;
    /// an edit that comes out as the page's text is no edit.
    pub fn settle_edit(&mut self) {
        if let Some(edited) = self.edited.take() {
            let cleaned = edited_text(&self.form, self.role, &edited);
            if cleaned != self.page_text_for_editing() {
                self.edited = Some(cleaned);
            }
        }
    }

    /// How many bytes at the start of `text` are the number of an item the page numbered in its
    /// text (see `assemble::number_typed_lists`): the list marker shows that number, so the
    /// item's line and the block list leave it out. 0 for any other block.
    pub fn typed_label_len(&self, text: &str) -> usize {
        match self.form {
            Form::ListItem {
                ordered: true,
                number,
                ..
            } => match super::markdown::typed_number(text) {
                Some((typed, label)) if typed == number => label,
                _ => 0,
            },
            _ => 0,
        }
    }

    /// The block as the note writes it with the person's text in place of the page's: same
    /// kind and structure, the text escaped like page text (or, for Markdown input, as written).
    fn with_edit_applied(&self, edited: &str) -> Block {
        let text = edited_text(&self.form, self.role, edited);
        // A numbered item whose number the page typed (see `assemble::number_typed_lists`)
        // shows its text with the number; the list marker writes it.
        let shown = &text[self.typed_label_len(&text)..];
        let markdown = match (&self.form, &self.markdown) {
            (Form::Verbatim { .. }, _) => Some(text.clone()),
            // Links and emphasis around words the edit left as they were stay.
            (
                Form::Code { .. }
                | Form::Table { .. }
                | Form::Image { .. }
                | Form::Media { .. }
                | Form::Rule,
                _,
            ) => None,
            (_, Some(page_markdown)) => {
                Some(super::markdown::escaped_keeping_marks(shown, page_markdown))
            }
            (_, None) if shown.len() < text.len() => Some(super::markdown::escaped(shown)),
            (_, None) => None,
        };
        Block {
            text,
            markdown,
            edited: None,
            ..self.clone()
        }
    }

    /// The block's inline Markdown: its Markdown twin, or its text escaped so that it shows
    /// literally (a dollar sign that cannot pair into math written plainly: the block is whole
    /// here, so its dollars are judged here and not in its pieces).
    pub fn inline_markdown(&self) -> String {
        let inline = self.escaped_inline();
        super::markdown::escape_line_starts(&super::markdown::relax_lone_dollars(&inline))
    }

    /// The block's inline Markdown twin, or its text escaped when it has none.
    fn escaped_inline(&self) -> String {
        match &self.markdown {
            Some(m) => m.clone(),
            None => super::markdown::escaped(&self.text),
        }
    }

    /// The block's inline Markdown on one line, for a heading or a table cell: there it cannot
    /// start a list, a quote or a heading, so "1. Self-portraits" needs no backslash; a run of
    /// `#` at its end would close a heading, so that one is escaped.
    pub fn one_line_markdown(&self) -> String {
        let line = self
            .escaped_inline()
            .split('\n')
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        super::markdown::escape_closing_hashes(&line)
    }

    /// [`Block::one_line_markdown`] as a heading or a callout's title writes it: the line is
    /// whole, so its dollar signs are judged here (a table's cells, each once it is whole, when
    /// the table is written).
    fn written_line(&self) -> String {
        super::markdown::relax_lone_dollars(&self.one_line_markdown()).into_owned()
    }

    /// The block as Markdown, with its structure's markers (heading, list item, quote, code
    /// fence, table, image).
    pub fn to_markdown(&self) -> String {
        self.to_markdown_nested(None)
    }

    /// How deep this block sits in a list (1 for a top-level item), or `None` if it is not a
    /// list item.
    pub fn list_depth(&self) -> Option<u8> {
        match self.form {
            Form::ListItem { depth, .. } => Some(depth.max(1)),
            _ => (self.role == Role::ListItem).then_some(1),
        }
    }

    /// [`Block::to_markdown`], a list item written `written_depth` deep (1 for the top level) when one
    /// is given, rather than as deep as it was on the page (see `Clipping::body_markdown`).
    pub fn to_markdown_nested(&self, written_depth: Option<u8>) -> String {
        use super::markdown;
        if let Some(edited) = &self.edited {
            return self
                .with_edit_applied(edited)
                .to_markdown_nested(written_depth);
        }
        match &self.form {
            Form::Code { language, .. } => {
                return markdown::code_block(&self.text, language.as_deref());
            }
            Form::Table { rows } => return table_markdown(rows),
            Form::Verbatim { .. } => {
                return self.markdown.clone().unwrap_or_else(|| self.text.clone());
            }
            Form::Image { src, alt, link } => {
                // Escaped after its bracket, as the HTML reader writes it (a leading caret).
                let mut image = String::from("![");
                markdown::escape_inline(alt, &mut image);
                let image = format!("{}]({src})", image.replace('\n', " "));
                return match link {
                    Some(link) => format!("[{image}]({link})"),
                    None => image,
                };
            }
            Form::Media { src, label, .. } => return markdown::media_link(src, label),
            Form::Rule => return "---".to_string(),
            _ => {}
        }
        let inner = self.inline_markdown();
        match (&self.form, self.role) {
            (Form::Heading { level, number }, _) => {
                let level = usize::from((*level).clamp(1, 6));
                let number = number.map(|n| format!("{n}. ")).unwrap_or_default();
                format!("{} {number}{}", "#".repeat(level), self.written_line())
            }
            (
                Form::ListItem {
                    ordered,
                    depth,
                    number,
                    continues,
                },
                _,
            ) => {
                let place = ItemPlace {
                    ordered: *ordered,
                    depth: *depth,
                    number: *number,
                    opens: false,
                };
                place.write(written_depth.unwrap_or(*depth), &inner, !*continues)
            }
            (Form::Quote { depth, callout }, _) => {
                let depth = usize::from((*depth).max(1));
                match callout {
                    Some(CalloutPart::Title { kind, fold }) => {
                        quoted(&format!("[!{kind}]{fold} {}", self.written_line()), depth)
                    }
                    Some(CalloutPart::Opening { kind, fold }) => quoted(
                        &format!("[!{kind}]{fold} {}\n{inner}", markdown::callout_name(kind)),
                        depth,
                    ),
                    _ => quoted(&inner, depth),
                }
            }
            (Form::Footnote { label }, _) => {
                format!("[^{label}]: {}", inner.replace('\n', "\n    "))
            }
            (_, Role::Heading) => format!("## {}", self.written_line()),
            (_, Role::ListItem) => format!("- {inner}"),
            (_, Role::Quote) => quoted(&inner, 1),
            _ => inner,
        }
    }
}

/// The person's text for a block of this kind, cleaned up so the block stays one block of its
/// kind in the note: code keeps its lines exactly; Markdown input keeps what was typed; a
/// heading is one line; any other block keeps its lines but not blank ones (a blank line would
/// start a new paragraph and end a list item or a quote) nor their leading spaces (four would
/// make code of text).
fn edited_text(form: &Form, role: Role, text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    match form {
        Form::Code { .. } => text.trim_end_matches('\n').to_string(),
        Form::Verbatim { .. } => text.trim_matches('\n').trim_end().to_string(),
        Form::Heading { .. } => text.split_whitespace().collect::<Vec<_>>().join(" "),
        _ if role == Role::Heading => text.split_whitespace().collect::<Vec<_>>().join(" "),
        _ => text
            .lines()
            .map(str::trim)
            .filter(|line| !line.is_empty())
            .collect::<Vec<_>>()
            .join("\n"),
    }
}

fn quoted(inner: &str, depth: usize) -> String {
    let marker = "> ".repeat(depth);
    inner
        .lines()
        .map(|l| format!("{marker}{l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A table as GFM when every cell spans one row and column, else as plain HTML (GFM cannot
/// span). The first row is the header row GFM requires.
fn table_markdown(rows: &[Vec<TableCell>]) -> String {
    let spans = rows
        .iter()
        .flatten()
        .any(|c| c.colspan > 1 || c.rowspan > 1);
    if spans {
        let mut out = String::from("<table>\n");
        for row in rows {
            out.push_str("<tr>");
            for cell in row {
                let tag = if cell.header { "th" } else { "td" };
                out.push('<');
                out.push_str(tag);
                if cell.colspan > 1 {
                    out.push_str(&format!(" colspan=\"{}\"", cell.colspan));
                }
                if cell.rowspan > 1 {
                    out.push_str(&format!(" rowspan=\"{}\"", cell.rowspan));
                }
                out.push('>');
                out.push_str(&super::markdown::inline_html(&cell.markdown, &cell.text));
                out.push_str(&format!("</{tag}>"));
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</table>");
        return out;
    }
    let width = rows.iter().map(Vec::len).max().unwrap_or(0).max(1);
    let mut out = String::new();
    for (i, row) in rows.iter().enumerate() {
        out.push('|');
        for k in 0..width {
            let cell = row.get(k).map_or("", |c| c.markdown.as_str());
            // A table splits its rows into cells before it reads what is in them, so a cell's
            // dollars pair only among themselves: judged once the cell is whole.
            let cell = super::markdown::relax_lone_dollars(cell);
            out.push(' ');
            out.push_str(&cell.replace('|', "\\|").replace('\n', " "));
            out.push_str(" |");
        }
        if i == 0 {
            out.push_str("\n|");
            for _ in 0..width {
                out.push_str(" --- |");
            }
        }
        if i + 1 < rows.len() {
            out.push('\n');
        }
    }
    out
}

/// What a block is. Field roles (title, site, byline, date, standfirst) feed the article's fields
/// and are never part of the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Paragraph,
    Heading,
    ListItem,
    Quote,
    /// The headline line.
    Title,
    /// The site's name line.
    Site,
    /// "By Jane Doe" and the like.
    Byline,
    /// The date line.
    Date,
    /// The standfirst, summary or deck under the headline.
    Summary,
    /// Menus, share rows, footers, captions, teasers: anything around the article.
    Boilerplate,
}

impl Role {
    /// True for roles whose kept blocks make up the body.
    pub fn is_body(self) -> bool {
        matches!(
            self,
            Role::Paragraph | Role::Heading | Role::ListItem | Role::Quote | Role::Boilerplate
        )
    }

    /// The snake_case name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Role::Paragraph => "paragraph",
            Role::Heading => "heading",
            Role::ListItem => "list_item",
            Role::Quote => "quote",
            Role::Title => "title",
            Role::Site => "site",
            Role::Byline => "byline",
            Role::Date => "date",
            Role::Summary => "summary",
            Role::Boilerplate => "boilerplate",
        }
    }
}

/// Why a block was kept or trimmed — data, shown to the person in words via `Display`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    // Reasons to keep.
    /// Prose in the article's main run.
    ArticleText,
    /// A heading inside the article.
    ArticleHeading,
    /// The line was used for one of the article's fields ("title", "site", …).
    UsedAsField {
        field: String,
    },
    /// The person chose to keep it.
    KeptByYou,
    /// The name heading a post of a thread (its author, as the page marks it), or the post's
    /// date under it.
    PostByline,

    // Reasons to trim.
    Navigation,
    ShareButtons,
    NewsletterPrompt,
    /// Promotional or self-advertising text ("submit a news release", "subscribe", …).
    Promotion,
    /// A truncated teaser of another story ("…" at the end, a list of headlines).
    TeaserOfAnotherStory,
    PhotoCaption,
    /// Repeats block `of` (0-based index into `Article::blocks`).
    DuplicateOf {
        of: usize,
    },
    /// Repeats the standfirst or title.
    RepeatsSummary,
    CopyrightFooter,
    Comments,
    CookieNotice,
    Advertisement,
    /// "Related stories", "Most read", "Read more" and the like.
    RelatedLinks,
    /// A timestamp, reading time, or other metadata line that is not a field.
    Metadata,
    /// A small picture that decorates rather than shows: an icon, an arrow, a check mark.
    Decoration,
    /// Short or link-like text outside the article's main run of prose.
    OutsideArticle,
    /// A member's signature under a post of a thread.
    Signature,
    /// The person chose to trim it.
    TrimmedByYou,
    /// A rule the person made for this site.
    YourRule {
        site: String,
    },
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reason::ArticleText => f.write_str("article text"),
            Reason::ArticleHeading => f.write_str("heading in the article"),
            Reason::UsedAsField { field } => write!(f, "used as the {field}"),
            Reason::KeptByYou => f.write_str("kept by you"),
            Reason::PostByline => f.write_str("a post's byline"),
            Reason::Navigation => f.write_str("navigation"),
            Reason::ShareButtons => f.write_str("share buttons"),
            Reason::NewsletterPrompt => f.write_str("newsletter prompt"),
            Reason::Promotion => f.write_str("promotion"),
            Reason::TeaserOfAnotherStory => f.write_str("teaser of another story"),
            Reason::PhotoCaption => f.write_str("photo caption"),
            Reason::DuplicateOf { of } => write!(f, "duplicate of block {}", of + 1),
            Reason::RepeatsSummary => f.write_str("repeats the summary"),
            Reason::CopyrightFooter => f.write_str("copyright footer"),
            Reason::Comments => f.write_str("comments"),
            Reason::CookieNotice => f.write_str("cookie notice"),
            Reason::Advertisement => f.write_str("advertisement"),
            Reason::RelatedLinks => f.write_str("related links"),
            Reason::Metadata => f.write_str("page metadata"),
            Reason::Decoration => f.write_str("an icon"),
            Reason::Signature => f.write_str("a member's signature"),
            Reason::OutsideArticle => f.write_str("outside the article"),
            Reason::TrimmedByYou => f.write_str("trimmed by you"),
            Reason::YourRule { site } => write!(f, "your rule for {site}"),
        }
    }
}

/// A published date as found: the text it came from and what it means.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    /// The text the date was read from, shown beside the parsed value.
    pub raw: String,
    pub value: PublishedValue,
}

/// A date with its time and the page's own offset, or a date alone when no time was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum PublishedValue {
    DateTime(DateTime<FixedOffset>),
    Date(NaiveDate),
}

impl PublishedValue {
    /// RFC 3339 with the text's own offset, or `YYYY-MM-DD` for a date without a time.
    pub fn to_rfc3339(&self) -> String {
        match self {
            PublishedValue::DateTime(dt) => dt.to_rfc3339(),
            PublishedValue::Date(d) => d.format("%Y-%m-%d").to_string(),
        }
    }

    /// The calendar date, for sorting and for `YYYY-MM-DD` displays.
    pub fn date(&self) -> NaiveDate {
        match self {
            PublishedValue::DateTime(dt) => dt.date_naive(),
            PublishedValue::Date(d) => *d,
        }
    }
}

/// The kinds of page the engine tells apart (WCXB's seven).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum PageKind {
    #[default]
    Article,
    Forum,
    Product,
    Collection,
    Listing,
    Documentation,
    Service,
}

impl PageKind {
    /// Every kind, in the order of the model's forests.
    pub const ALL: [PageKind; 7] = [
        PageKind::Article,
        PageKind::Forum,
        PageKind::Product,
        PageKind::Collection,
        PageKind::Listing,
        PageKind::Documentation,
        PageKind::Service,
    ];

    /// The lower-case name used in JSON and shown in the window.
    pub fn name(self) -> &'static str {
        match self {
            PageKind::Article => "article",
            PageKind::Forum => "forum",
            PageKind::Product => "product",
            PageKind::Collection => "collection",
            PageKind::Listing => "listing",
            PageKind::Documentation => "documentation",
            PageKind::Service => "service",
        }
    }

    /// The kind named `name` (as [`PageKind::name`] gives it; "category" is a collection).
    pub fn from_name(name: &str) -> Option<PageKind> {
        let name = if name == "category" {
            "collection"
        } else {
            name
        };
        PageKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_numbered_heading_or_cell_keeps_its_number_without_a_backslash() {
        let heading = |text: &str, level: u8| {
            let mut b = Block::new(text, Role::Heading, true, Reason::ArticleHeading);
            b.form = Form::Heading {
                level,
                number: None,
            };
            b.to_markdown()
        };
        assert_eq!(heading("1. Self-portraits", 2), "## 1. Self-portraits");
        assert_eq!(heading("- Film\nis back", 2), "## - Film is back");
        assert_eq!(heading("Learn C #", 3), "### Learn C \\#");
        assert_eq!(heading("#hashtag", 2), "## \\#hashtag");
        let cell = |text: &str| TableCell {
            text: text.into(),
            markdown: Block::new(text, Role::Paragraph, true, Reason::ArticleText)
                .one_line_markdown(),
            header: false,
            colspan: 1,
            rowspan: 1,
        };
        let table = Block {
            form: Form::Table {
                rows: vec![
                    vec![cell("Rank"), cell("Trend")],
                    vec![cell("1."), cell("> Self-portraits")],
                ],
            },
            ..Block::new("", Role::Paragraph, true, Reason::ArticleText)
        };
        assert_eq!(
            table.to_markdown(),
            "| Rank | Trend |\n| --- | --- |\n| 1. | > Self-portraits |"
        );
        // Outside a heading or a cell, a line that would start a list still gets its backslash.
        let paragraph = Block::new(
            "1. Self-portraits",
            Role::Paragraph,
            true,
            Reason::ArticleText,
        );
        assert_eq!(paragraph.to_markdown(), "1\\. Self-portraits");
    }
}
