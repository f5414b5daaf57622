//! `Clipping`: the person's decisions on an [`Article`] — edited fields, tags, keep/trim per block,
//! blocks' text corrected — and its Markdown form (YAML front matter in Obsidian Web Clipper's key order, then the body).

use chrono::{DateTime, FixedOffset, Local};
use serde::{Deserialize, Serialize};

use crate::extract::{Article, CalloutPart, Form, Format, Reason};

/// The input a clipping was made from, kept so its trims can be changed later.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Original {
    pub text: String,
    pub format: Format,
}

impl Original {
    /// Decodes `bytes` (`name` helps guess the format) and runs the engine on the text: the
    /// article and the input it came from, which every way in (open, drop, `save`) needs both of.
    pub fn extract(
        bytes: &[u8],
        name: Option<&str>,
    ) -> Result<(Article, Original), crate::extract::decode::DecodeError> {
        Self::extract_at(bytes, name, None)
    }

    /// [`Original::extract`] for a page read at a known `address` (see
    /// [`crate::extract::extract_at`]).
    pub fn extract_at(
        bytes: &[u8],
        name: Option<&str>,
        address: Option<&str>,
    ) -> Result<(Article, Original), crate::extract::decode::DecodeError> {
        Self::extract_note_at(bytes, name, address)
            .map(|(article, original, _)| (article, original))
    }

    /// [`Original::extract_at`], and a Markdown note's front matter (a note from Obsidian or
    /// another clipper, opened or saved): only its body goes through the engine and is kept as
    /// the original, and its fields are returned for [`Clipping::apply_front_matter`]. The
    /// front matter had been read as the note's first paragraphs.
    pub fn extract_note_at(
        bytes: &[u8],
        name: Option<&str>,
        address: Option<&str>,
    ) -> Result<(Article, Original, Option<FrontMatter>), crate::extract::decode::DecodeError> {
        let decoded = crate::extract::decode::decode(bytes, name)?;
        let (front, text) = if decoded.format == Format::Markdown {
            match parse_note(&decoded.text) {
                (Some(front), body) => (Some(front), body.to_string()),
                (None, _) => (None, decoded.text),
            }
        } else {
            (None, decoded.text)
        };
        let mut article = crate::extract::extract_at(&text, decoded.format, address);
        // The note's `# ` headline, taken for the title, is the note's own text when its front
        // matter names another title: it goes back to the body as its heading.
        if let Some(front) = &front
            && !front.title.trim().is_empty()
            && let Some(headline) = article.blocks.first_mut()
            && headline.role == crate::extract::Role::Title
            && headline
                .markdown
                .as_deref()
                .is_some_and(|m| m.starts_with("# "))
            && headline.text.trim() != front.title.trim()
        {
            headline.role = crate::extract::Role::Heading;
            headline.form = Form::Verbatim { joined: false };
            headline.keep_as_article_text();
        }
        let original = Original {
            text,
            format: decoded.format,
        };
        Ok((article, original, front))
    }
}

/// An article as the person wants it kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Clipping {
    /// Stable id: survives renames of the note, keys the original in the library's hidden folder.
    pub id: String,
    pub title: String,
    /// The article's url (`source` in the front matter, as Obsidian Web Clipper names it).
    pub source: Option<String>,
    pub authors: Vec<String>,
    /// `YYYY-MM-DD`, or RFC 3339 when a time is known.
    pub published: Option<String>,
    /// When the clipping was first saved, RFC 3339 in local time.
    pub created: DateTime<FixedOffset>,
    pub description: Option<String>,
    pub tags: Vec<String>,
    pub site: Option<String>,
    /// The blocks with the person's keep/trim decisions and text edits (`Block::edited`, beside
    /// the page's text, which stays as it was).
    pub article: Article,
    pub original: Original,
    /// The folder of the file the page was opened from, where a browser saved its images beside
    /// it (`Page_files/`): the library copies them with the note. Known only while the file is
    /// open, never stored.
    #[serde(skip)]
    pub page_folder: Option<std::path::PathBuf>,
}

/// The front matter, in the order Obsidian Web Clipper writes its keys.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct FrontMatter {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default)]
    pub author: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

impl Clipping {
    /// The fields a note's own front matter gives, over what the engine guessed; its tags
    /// replace the default ones.
    pub fn apply_front_matter(&mut self, front: FrontMatter) {
        let given = |s: Option<String>| s.filter(|s| !s.trim().is_empty());
        if !front.title.trim().is_empty() {
            self.title = front.title;
        }
        if let Some(source) = given(front.source) {
            self.source = Some(source);
        }
        if !front.author.is_empty() {
            self.authors = front.author;
        }
        if let Some(published) = given(front.published) {
            self.published = Some(published);
        }
        if let Some(description) = given(front.description) {
            self.description = Some(description);
        }
        if let Some(site) = given(front.site) {
            self.site = Some(site);
        }
        self.tags = front.tags;
    }

    /// A new clipping from the engine's article and the input it came from, with the engine's
    /// fields and decisions as the starting point.
    pub fn new(article: Article, original: Original) -> Self {
        let created = Local::now().fixed_offset();
        Clipping {
            id: new_id(&original.text, created),
            title: article.title.clone().unwrap_or_default(),
            source: article.url.clone(),
            authors: article.authors.clone(),
            published: article.published.as_ref().map(|p| p.value.to_rfc3339()),
            created,
            description: article.summary.clone(),
            tags: Vec::new(),
            site: article.site.clone(),
            article,
            original,
            page_folder: None,
        }
    }

    /// The title to show and to name the file after: the edited title, else "Untitled clipping".
    pub fn display_title(&self) -> &str {
        let t = self.title.trim();
        if t.is_empty() { "Untitled clipping" } else { t }
    }

    /// Keeps or trims block `index`, recording that the person decided it.
    /// Returns false when there is no such block.
    pub fn set_keep(&mut self, index: usize, keep: bool) -> bool {
        let Some(block) = self.article.blocks.get_mut(index) else {
            return false;
        };
        if block.keep != keep {
            block.keep = keep;
            block.reason = if keep {
                Reason::KeptByYou
            } else {
                Reason::TrimmedByYou
            };
        }
        true
    }

    /// Sets block `index`'s text to what the person typed (the page's text is kept beside it);
    /// text equal to the page's removes the edit. Returns false when there is no such block, it
    /// holds no editable text (a table, an image), or nothing changed.
    pub fn set_block_text(&mut self, index: usize, text: &str) -> bool {
        match self.article.blocks.get_mut(index) {
            Some(block) if block.is_editable() => block.set_edited(text),
            _ => false,
        }
    }

    /// Puts block `index` back to the page's text. Returns false when it had no edit.
    pub fn restore_block_text(&mut self, index: usize) -> bool {
        self.article
            .blocks
            .get_mut(index)
            .is_some_and(|block| block.edited.take().is_some())
    }

    /// The front matter this clipping writes.
    pub fn front_matter(&self) -> FrontMatter {
        FrontMatter {
            title: self.display_title().to_string(),
            source: non_empty(self.source.as_deref()),
            author: self.authors.clone(),
            published: non_empty(self.published.as_deref()),
            created: Some(
                self.created
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
            ),
            description: non_empty(self.description.as_deref()),
            tags: self.tags.clone(),
            site: non_empty(self.site.as_deref()),
            id: Some(self.id.clone()),
        }
    }

    /// The body as Markdown: kept body blocks, headings, lists and quotes marked.
    pub fn body_markdown(&self) -> String {
        let mut out = String::new();
        let mut previous_was_list = false;
        // How deep the last list item was written, and how many of the page's levels above it
        // are not written.
        let mut list_depth = 0u8;
        let mut list_shift = 0u8;
        let mut previous: Option<usize> = None;
        let mut previous_was_text = false;
        let mut previous_written_in_box = false;
        // How deep on the page the last list item written stood (0: the last block written was
        // no list item's text).
        let mut previous_page_depth = 0u8;
        // The notes the note defines: a reference to any other is written as the text the page
        // showed (`settle_footnote_references`).
        let defined_notes: std::collections::HashSet<&str> = self
            .article
            .blocks
            .iter()
            .filter(|b| b.keep && b.role.is_body())
            .filter(|b| !b.edited.as_deref().is_some_and(|t| t.trim().is_empty()))
            .filter_map(|b| match &b.form {
                Form::Footnote { label } => Some(label.as_str()),
                _ => None,
            })
            .collect();
        // Where the last rule written starts and ends in `out`, and whether only footnotes
        // were written after it.
        let (mut rule_starts_at, mut rule_ends_at) = (0, None);
        let mut only_notes_after_rule = false;
        let kept = self.article.blocks.iter().enumerate();
        for (index, block) in kept.filter(|(_, b)| b.keep && b.role.is_body()) {
            // A block the person emptied writes nothing, not a bare list marker or a blank line.
            if block.edited.as_deref().is_some_and(|t| t.trim().is_empty()) {
                continue;
            }
            // A rule stands between parts of the note: not above all of it, nor right under
            // another (the text between them trimmed), nor under a heading (a line the page
            // draws under its headings: the heading sets its part apart already).
            if block.form == Form::Rule
                && (out.is_empty()
                    || rule_ends_at == Some(out.len())
                    || previous.is_some_and(|p| {
                        let before = &self.article.blocks[p];
                        before.role == crate::extract::Role::Heading
                            || matches!(before.form, Form::Heading { .. })
                    }))
            {
                continue;
            }
            let is_list = block.role == crate::extract::Role::ListItem;
            // A further paragraph of an item goes under the item only right after it (or after
            // items nested in it); anywhere else it is written as an item of its own, since
            // indented text under anything but its item would read as code.
            let continues = matches!(
                block.form,
                Form::ListItem {
                    continues: true,
                    ..
                }
            );
            let continuation = continues
                && is_list
                && previous_was_list
                && previous_page_depth > 0
                && block.list_depth().is_some_and(|d| d <= previous_page_depth);
            let as_item;
            let block = if continues && !continuation {
                let mut item = block.clone();
                if let Form::ListItem { continues, .. } = &mut item.form {
                    *continues = false;
                }
                as_item = item;
                &as_item
            } else {
                block
            };
            // Code after its item's text, right under it: written inside the item, indented to
            // its text (a step's command), as a further paragraph is.
            let code_place = match &block.form {
                Form::Code {
                    item: Some(place), ..
                } if block.in_callout == 0 => Some(*place),
                _ => None,
            };
            let code_item = code_place.filter(|place| {
                !place.opens
                    && previous_was_list
                    && previous_page_depth > 0
                    && place.depth <= previous_page_depth
            });
            // Code that is its item's first line is written after the item's marker.
            let code_opens_item = code_place.filter(|place| place.opens);
            let is_list = is_list || code_opens_item.is_some();
            // (0 after a list's other code or a table: what follows is not under an item's text.)
            previous_page_depth = match (&block.form, code_place) {
                (Form::ListItem { depth, .. }, _) if is_list => (*depth).max(1),
                (_, Some(place)) if code_item.is_some() || code_opens_item.is_some() => place.depth,
                _ => 0,
            };
            let item_depth = match code_opens_item {
                Some(place) => Some(place.depth),
                None => block.list_depth().filter(|_| is_list),
            };
            let markdown = match (code_item, item_depth) {
                (Some(place), _) => {
                    list_depth = place
                        .depth
                        .saturating_sub(list_shift)
                        .min(list_depth)
                        .max(1);
                    place.write(list_depth, &block.to_markdown(), false)
                }
                (None, depth) => match depth {
                    // A list is written from its first kept item's level, and an item nests at most
                    // one level below the item before it: where the page's outer item is not in the
                    // note (trimmed, or a heading between), four spaces more would make the item code.
                    Some(depth) => {
                        if !previous_was_list || depth <= list_shift {
                            list_shift = depth - 1;
                            list_depth = 0;
                        }
                        // A further paragraph stands no deeper than the item written before it
                        // (deeper, after a blank line, it would read as code).
                        let deepest = if continuation {
                            list_depth
                        } else {
                            list_depth.saturating_add(1)
                        };
                        list_depth = (depth - list_shift).min(deepest).max(1);
                        match code_opens_item {
                            Some(place) => place.write(list_depth, &block.to_markdown(), true),
                            None => block.to_markdown_nested(Some(list_depth)),
                        }
                    }
                    None => block.to_markdown(),
                },
            };
            let markdown = match block.form {
                Form::Code { .. } | Form::Verbatim { .. } => markdown,
                // A table written as HTML settled its cells' references when it was written;
                // what reads `[^1]` in it now is the page's text.
                Form::Table { .. } if markdown.starts_with("<table>") => markdown,
                _ if markdown.contains("[^") => {
                    crate::extract::markdown::settle_footnote_references(&markdown, &defined_notes)
                }
                _ => markdown,
            };
            // Markdown input keeps its own line breaks (a list's items), when the line it
            // continues is kept too.
            let joined = matches!(block.form, Form::Verbatim { joined: true })
                && previous.is_some_and(|p| p + 1 == index);
            // A callout's text goes on in the same quote: right under its title, or after a
            // quoted blank line between its paragraphs; so do a heading, list or code inside
            // the box.
            let previous_block = previous
                .filter(|p| p + 1 == index)
                .map(|p| &self.article.blocks[p]);
            let previous_in_box = previous_block.is_some() && previous_written_in_box;
            let quote_line =
                |depth: u8| format!("\n{}\n", "> ".repeat(usize::from(depth)).trim_end());
            let callout_goes_on = match &block.form {
                Form::Quote {
                    depth,
                    callout: Some(CalloutPart::Body),
                } if previous_in_box => match previous_block.map(|p| &p.form) {
                    Some(Form::Quote {
                        callout: Some(CalloutPart::Title { .. }),
                        ..
                    }) => Some("\n".to_string()),
                    _ => Some(quote_line(*depth)),
                },
                // The box's first line is this list item or code: it opens the box's quote.
                _ if block.in_callout > 0 && block.opens_callout.is_some() => None,
                _ if block.in_callout > 0 && previous_in_box => {
                    Some(if is_list && previous_was_list && !continuation {
                        "\n".to_string()
                    } else {
                        quote_line(block.in_callout)
                    })
                }
                // A quote's next paragraph, or a quote, list, heading or code inside it, goes on
                // in the same quote after a quoted blank line (its list's next item on the next
                // line): a bare blank line would end the quote, and the page's one quote of three
                // paragraphs would read as three quotes.
                _ if quote_depth(block) > 0 => match previous_block.map(quote_depth) {
                    Some(before) if before > 0 => {
                        Some(if is_list && previous_was_list && !continuation {
                            "\n".to_string()
                        } else {
                            quote_line(quote_depth(block).min(before))
                        })
                    }
                    _ => None,
                },
                _ => None,
            };
            let opening = block
                .opens_callout
                .as_ref()
                .filter(|_| block.in_callout > 0);
            let markdown = match (&callout_goes_on, opening) {
                // A blank line under the box's line: a table, or a list numbered from other
                // than 1, does not interrupt a paragraph.
                (_, Some(callout)) => quoted(
                    &format!(
                        "[!{}]{} {}\n\n{markdown}",
                        callout.kind,
                        callout.fold,
                        crate::extract::markdown::callout_name(&callout.kind)
                    ),
                    block.in_callout,
                ),
                (Some(_), _) if block.in_callout > 0 => quoted(&markdown, block.in_callout),
                // A heading, list item or code inside a quote: behind the quote's markers.
                _ if block.in_callout == 0
                    && block.in_quote > 0
                    && !matches!(block.form, Form::Quote { .. }) =>
                {
                    quoted(&markdown, block.in_quote)
                }
                _ => markdown,
            };
            // Whether this block is written inside a box's quote (its text, or a heading, list
            // or code quoted under it): only then does the next block of the box go on in it.
            previous_written_in_box = matches!(
                block.form,
                Form::Quote {
                    callout: Some(_),
                    ..
                }
            ) || block.in_callout > 0
                && (callout_goes_on.is_some() || opening.is_some());
            previous = Some(index);
            let fence_under_text = matches!(block.form, Form::Code { .. })
                && code_opens_item.is_none()
                && previous_was_text;
            if !out.is_empty() {
                // Consecutive list items form one list, and a code fence sits right under the
                // line that introduces it; everything else is its own paragraph.
                if let Some(separator) = &callout_goes_on {
                    out.push_str(separator);
                } else {
                    // Items inside a quote and items outside it are two lists.
                    let same_quote = previous.is_some_and(|p| {
                        quote_depth(&self.article.blocks[p]) == quote_depth(block)
                    });
                    out.push_str(
                        if opening.is_none()
                            && (is_list && previous_was_list && !continuation && same_quote
                                || joined
                                || fence_under_text)
                        {
                            "\n"
                        } else {
                            "\n\n"
                        },
                    );
                }
            }
            let starts_at = out.len();
            out.push_str(&markdown);
            previous_was_list = is_list || code_item.is_some();
            previous_was_text = ends_in_text_line(block, &markdown);
            if block.form == Form::Rule {
                rule_starts_at = starts_at;
                rule_ends_at = Some(out.len());
                only_notes_after_rule = true;
            } else if !matches!(block.form, Form::Footnote { .. }) {
                only_notes_after_rule = false;
            }
        }
        // ... nor under all of it, nor over only the footnotes (a page's line above its notes:
        // a reader shows the notes apart, under their own line, wherever they are written).
        if let Some(end) = rule_ends_at
            && only_notes_after_rule
        {
            if end == out.len() {
                out.truncate(rule_starts_at);
                out.truncate(out.trim_end().len());
            } else if out[end..].starts_with("\n\n") {
                out.replace_range(rule_starts_at..end + 2, "");
            }
        }
        out
    }

    /// The whole note: front matter between `---` lines, then the body.
    pub fn to_markdown(&self) -> String {
        note_markdown(&self.front_matter(), &self.body_markdown())
    }
}

/// How deep in plain quotes (not callout boxes) `block` is written: a quote's own paragraph,
/// or a heading, list item or code inside one.
fn quote_depth(block: &crate::extract::Block) -> u8 {
    if block.in_callout > 0 {
        return 0;
    }
    match block.form {
        Form::Quote {
            depth,
            callout: None,
        } => depth,
        Form::Quote { .. } => 0,
        _ => block.in_quote,
    }
}

/// `markdown` inside `depth` quotes: each line behind `> ` markers (a blank line behind `>`
/// alone), as a callout box's heading, list or code is written inside the box.
fn quoted(markdown: &str, depth: u8) -> String {
    let marker = "> ".repeat(usize::from(depth));
    markdown
        .trim_end_matches('\n')
        .split('\n')
        .map(|line| {
            if line.is_empty() {
                marker.trim_end().to_string()
            } else {
                format!("{marker}{line}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Whether a block written as `markdown` ends in a line of text (a paragraph's, a heading's, a
/// list item's) that a code fence may directly follow. A fence interrupts such a line in
/// CommonMark, while after raw HTML, a table, a quote or a math block it needs the blank line.
/// Written tight, a fence reads as code to line-based readers too: a reader that lets a fence's
/// indentation span a blank line pairs a fence written after one with the next one.
fn ends_in_text_line(block: &crate::extract::Block, markdown: &str) -> bool {
    let text_form = matches!(
        block.form,
        Form::Plain
            | Form::Heading { .. }
            | Form::ListItem { .. }
            | Form::Image { .. }
            | Form::Media { .. }
    );
    // A callout's line of text: a fence under it closes the quote (a fence is never a lazy
    // continuation line), so the code follows the box as it follows a paragraph.
    if matches!(
        block.form,
        Form::Quote {
            callout: Some(_),
            ..
        }
    ) {
        return markdown.lines().next_back().is_some_and(|l| {
            let text = l.trim_start_matches(['>', ' ']);
            !text.is_empty() && !text.starts_with(['<', '|', '$', '`', '~'])
        });
    }
    let last = markdown.lines().next_back().unwrap_or("").trim();
    let marks: Vec<char> = last.chars().filter(|c| *c != ' ').collect();
    let thematic_break =
        marks.len() >= 3 && "-*_".contains(marks[0]) && marks.iter().all(|c| *c == marks[0]);
    text_form && !last.is_empty() && !thematic_break && !last.starts_with(['<', '|', '>', '$'])
}

/// The body of the note pasted `text` gives with every block kept, and the markup a reader with
/// Obsidian's extensions finds in it ([`crate::extract::markdown::markup_read_in`]): none, as
/// pasted text has no inline structure. What the `text_stays_text` fuzz target and the render
/// tests check.
pub fn markup_in_note_of_text(text: &str) -> (String, Vec<String>) {
    markup_in_note_of(crate::extract::extract(text, Format::Text))
}

/// [`markup_in_note_of_text`] for the same text as a page's paragraphs: each line escaped into a
/// `<p>` of an HTML page, so the HTML reader's escaping is what keeps it text.
pub fn markup_in_note_of_html_paragraphs(text: &str) -> (String, Vec<String>) {
    let mut html = String::from("<html><body><article>");
    for line in text.lines() {
        html.push_str("<p>");
        html.push_str(&crate::extract::markdown::escape_html(line));
        html.push_str("</p>\n");
    }
    html.push_str("</article></body></html>");
    markup_in_note_of(crate::extract::extract(&html, Format::Html))
}

/// The image every line of [`markup_in_note_of_html_structures`] captions, and the page its links
/// go to.
const STRUCTURES_IMAGE: &str = "https://example.com/figure.png";
const STRUCTURES_LINK: &str = "https://example.com/page";

/// [`markup_in_note_of_html_paragraphs`] with each line put in turn into each structure the engine
/// writes as Markdown: a bullet, a numbered item, a heading, a table's cells, a quote, a definition
/// list's term and description, an image's alt text and caption, a code listing, a code span, a
/// link's text, emphasis, strong emphasis, a strikethrough, the end of a link's address, a cell
/// of a table written as HTML (one cell spans two columns), a nested bullet and a footnote.
/// Whatever structure a line lands in, its text stays text: the only markup found is what the
/// structure itself writes (a term in bold, the image, the listing, the code span or the mark
/// holding the line, the link, the HTML table's own tags, the footnotes' references and
/// definitions), and none of that is listed; and every link whose address holds a line is read
/// as a link.
pub fn markup_in_note_of_html_structures(text: &str) -> (String, Vec<String>) {
    structures_note(text, false)
}

/// [`markup_in_note_of_html_structures`] after the person edited every block they can (as the
/// block editor does): each block's text followed by one of the lines. The edit is escaped like
/// page text, and only the page's own marks around words left as they were come back.
pub fn markup_in_note_of_edited_structures(text: &str) -> (String, Vec<String>) {
    structures_note(text, true)
}

/// The note of the page of structures holding `text`'s lines, every block kept and, when
/// `edited`, every editable block's text lengthened by a line; and the markup found beyond the
/// structures' own.
fn structures_note(text: &str, edited: bool) -> (String, Vec<String>) {
    use crate::extract::markdown::escape_html;
    let mut html = String::from("<html><body><article>");
    let mut written = Written::default();
    // The notes the lines in footnotes become, written after the text.
    let mut notes = String::new();
    for (i, line) in text.lines().enumerate() {
        let escaped = escape_html(line);
        let element = match i % 17 {
            15 => format!("<ul><li>Outer<ul><li>{escaped}</li></ul></li></ul>"),
            16 => {
                written.notes += 1;
                let n = written.notes;
                notes.push_str(&format!(
                    "<li id=\"note-{n}\">{escaped} <a href=\"#cite-{n}\">↩</a></li>"
                ));
                format!(
                    "<p>A claim<sup id=\"cite-{n}\"><a href=\"#note-{n}\">{n}</a></sup> here.</p>"
                )
            }
            0 => format!("<ul><li>{escaped}</li></ul>"),
            1 => format!("<ol start=\"3\"><li>{escaped}</li></ol>"),
            2 => format!("<h2>{escaped}</h2>"),
            3 => format!(
                "<table><tr><th>Line</th><th>Again</th></tr>\
                 <tr><td>{escaped}</td><td>{escaped}</td></tr></table>"
            ),
            4 => format!("<blockquote><p>{escaped}</p></blockquote>"),
            5 => {
                written.terms.push(letters_and_digits(line));
                format!("<dl><dt>{escaped}</dt><dd>Meaning: {escaped}</dd></dl>")
            }
            6 => {
                // Alternative text written in TeX is a formula drawn as a picture: its math.
                written.formulas.push(letters_and_digits(line));
                format!(
                    "<figure><img src=\"{STRUCTURES_IMAGE}\" alt=\"{escaped}\">\
                     <figcaption>Caption: {escaped}</figcaption></figure>"
                )
            }
            7 => {
                written.code.push(letters_and_digits(line));
                format!("<pre><code>{escaped}</code></pre>")
            }
            8 => {
                written.code.push(letters_and_digits(line));
                format!("<p>Run <code>{escaped}</code> now.</p>")
            }
            9 => format!("<p>See <a href=\"{STRUCTURES_LINK}\">{escaped}</a> there.</p>"),
            14 => {
                // A cell spanning two columns: the table is written as HTML.
                written.html_tables = true;
                format!(
                    "<table><tr><th colspan=\"2\">Line</th></tr>\
                     <tr><td>{escaped}</td><td>{escaped}</td></tr></table>"
                )
            }
            13 => {
                // The line as the end of a link's address: whatever it holds, the link forms.
                written.addresses += 1;
                format!("<p>See <a href=\"{STRUCTURES_LINK}/{escaped}\">Address</a> there.</p>")
            }
            mark => {
                written.marked.push(letters_and_digits(line));
                let tag = ["em", "strong", "s"][mark - 10];
                format!("<p>A <{tag}>{escaped}</{tag}> mark.</p>")
            }
        };
        html.push_str(&element);
        html.push('\n');
    }
    if !notes.is_empty() {
        html.push_str(&format!("<ol class=\"footnotes\">{notes}</ol>"));
    }
    html.push_str("</article></body></html>");
    let mut clipping = Clipping::new(
        crate::extract::extract(&html, Format::Html),
        Original::default(),
    );
    let lines: Vec<&str> = text.lines().collect();
    for i in 0..clipping.article.blocks.len() {
        clipping.set_keep(i, true);
        if edited && !lines.is_empty() {
            let typed = format!(
                "{} {}",
                clipping.article.blocks[i].text,
                lines[i % lines.len()]
            );
            clipping.set_block_text(i, &typed);
        }
    }
    written.edited = edited;
    let body = clipping.body_markdown();
    let found = written.markup_beyond(&body);
    (body, found)
}

/// What a page of [`markup_in_note_of_html_structures`] has the note write on purpose, each line
/// by its letters and digits: its definitions' terms, its code, its marked text and its pictures'
/// alternative texts (math when written in TeX).
#[derive(Default)]
struct Written {
    terms: Vec<String>,
    code: Vec<String>,
    marked: Vec<String>,
    formulas: Vec<String>,
    /// Links whose address ends with a line, each reading "Address".
    addresses: usize,
    /// Whether a table is written as HTML, whose tags are read as HTML.
    html_tables: bool,
    /// Footnotes, numbered from 1: their references and definitions are read as such.
    notes: usize,
    /// Whether every block's text was lengthened by a line: a listing then holds its line and
    /// more, a term's bold may no longer fill its paragraph, and a link whose text the edit
    /// repeats is left out.
    edited: bool,
}

impl Written {
    /// The markup read in `body` ([`crate::extract::markdown::markup_read_in`]) less what the page
    /// writes on purpose: a term in bold as a paragraph of its own, a listing or a code span
    /// holding one of the code lines, a mark holding one of the marked lines, the image or its
    /// alternative text as math, and the link.
    fn markup_beyond(&self, body: &str) -> Vec<String> {
        use crate::extract::markdown::{markup_of, reader_events};
        use pulldown_cmark::{Event, Tag, TagEnd};
        let events = reader_events(body);
        // The letters and digits of the text events after `at`, up to the end `until` matches.
        let text_until = |at: usize, until: fn(&Event) -> bool| -> (String, usize) {
            let inner: Vec<&Event> = events[at + 1..].iter().take_while(|e| !until(e)).collect();
            let words = inner
                .iter()
                .map(|e| match e {
                    Event::Text(t) => letters_and_digits(t),
                    _ => String::new(),
                })
                .collect();
            (words, at + 1 + inner.len())
        };
        let mut found = Vec::new();
        let mut addresses = 0;
        for (i, event) in events.iter().enumerate() {
            let expected = match event {
                Event::Start(Tag::Image { dest_url, .. }) => dest_url.as_ref() == STRUCTURES_IMAGE,
                Event::Start(Tag::Link { dest_url, .. })
                    if dest_url.as_ref() == STRUCTURES_LINK =>
                {
                    true
                }
                Event::Start(Tag::Link { dest_url, .. })
                    if dest_url.starts_with(STRUCTURES_LINK)
                        && text_until(i, |e| matches!(e, Event::End(TagEnd::Link))).0
                            == "Address" =>
                {
                    addresses += 1;
                    true
                }
                Event::Code(code) => self.code.contains(&letters_and_digits(code)),
                Event::Start(Tag::HtmlBlock) => self.html_tables,
                Event::FootnoteReference(label) | Event::Start(Tag::FootnoteDefinition(label)) => {
                    label
                        .parse::<usize>()
                        .is_ok_and(|n| (1..=self.notes).contains(&n))
                }
                Event::Html(html) => self.html_tables && only_table_tags(html),
                Event::InlineMath(tex) | Event::DisplayMath(tex) => {
                    self.formulas.contains(&letters_and_digits(tex))
                }
                Event::Start(Tag::CodeBlock(_)) => {
                    let (words, _) = text_until(i, |e| matches!(e, Event::End(TagEnd::CodeBlock)));
                    self.code.contains(&words)
                        || self.edited && self.code.iter().any(|c| words.starts_with(c.as_str()))
                }
                Event::Start(Tag::Strong) if i > 0 => {
                    let (words, end) = text_until(i, |e| matches!(e, Event::End(TagEnd::Strong)));
                    let term = matches!(events[i - 1], Event::Start(Tag::Paragraph))
                        && matches!(events.get(end + 1), Some(Event::End(TagEnd::Paragraph)))
                        && self.terms.contains(&words);
                    term || self.marked.contains(&words)
                        || self.edited && self.terms.contains(&words)
                }
                Event::Start(Tag::Emphasis) => {
                    let (words, _) = text_until(i, |e| matches!(e, Event::End(TagEnd::Emphasis)));
                    self.marked.contains(&words)
                }
                Event::Start(Tag::Strikethrough) => {
                    let (words, _) =
                        text_until(i, |e| matches!(e, Event::End(TagEnd::Strikethrough)));
                    self.marked.contains(&words)
                }
                _ => false,
            };
            if !expected && let Some(markup) = markup_of(event) {
                found.push(markup);
            }
        }
        if addresses != self.addresses && !self.edited {
            found.push(format!(
                "{addresses} of {} links with a line in their address",
                self.addresses
            ));
        }
        found
    }
}

/// Whether every tag in `html` is a table's (`<table>`, `<tr>`, `<th>`, `<td>`, their ends): a
/// cell's text in a table written as HTML has its `<` escaped, so any other tag would be text
/// turned into markup.
fn only_table_tags(html: &str) -> bool {
    html.split('<').skip(1).all(|tag| {
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(char::is_ascii_alphanumeric)
            .collect();
        matches!(name.as_str(), "table" | "tr" | "th" | "td") && tag.contains('>')
    })
}

/// A text's letters and digits alone: how a definition's term is recognised in the note whatever
/// spacing and escaping it was written with.
fn letters_and_digits(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The body of `article`'s note with every block kept, and the markup read in it.
fn markup_in_note_of(article: Article) -> (String, Vec<String>) {
    let body = note_body_with_every_block(article);
    let found = crate::extract::markdown::markup_read_in(&body);
    (body, found)
}

/// The body of `article`'s note with every block kept.
fn note_body_with_every_block(article: Article) -> String {
    let mut clipping = Clipping::new(article, Original::default());
    for i in 0..clipping.article.blocks.len() {
        clipping.set_keep(i, true);
    }
    clipping.body_markdown()
}

/// Renders a note from its front matter and body.
pub fn note_markdown(front: &FrontMatter, body: &str) -> String {
    // Serializing plain strings and lists cannot fail; fall back to a title-only block if it ever did.
    let yaml = front_matter_yaml(front).unwrap_or_else(|_| format!("title: {:?}\n", front.title));
    let mut out = String::with_capacity(yaml.len() + body.len() + 16);
    out.push_str("---\n");
    out.push_str(&yaml);
    if !yaml.ends_with('\n') {
        out.push('\n');
    }
    out.push_str("---\n\n");
    out.push_str(body);
    if !body.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// Serializes front matter (or any front matter mapping) for a note, quoting every string that a
/// YAML 1.1 reader would take for something else.
///
/// `serde_norway` follows YAML 1.2, where `yes`, `on`, `2025-05-05` and `12:30` are strings, so
/// it writes them plain; PyYAML, Jekyll and many static-site tools follow YAML 1.1 and read those
/// as a boolean, a date or the number 750, so a title "Yes" or a tag "on" would change type. Only
/// scalars the serializer wrote plain are touched, and they are re-quoted by a serializer too.
///
/// Dates are quoted too (`published: "2025-05-05"`): Obsidian reads front matter as YAML 1.2,
/// where a plain date is the same string as a quoted one, and its Date and Date & time properties
/// parse that string either way; Dataview turns ISO 8601 text into dates whether quoted or not.
/// Quoting makes every other reader agree that the value is the text that was written.
pub(crate) fn front_matter_yaml<T: Serialize + ?Sized>(
    value: &T,
) -> Result<String, serde_norway::Error> {
    let yaml = serde_norway::to_string(value)?;
    Ok(quote_yaml11_lookalikes(&yaml))
}

/// Rewrites `yaml` (block-style output of `serde_norway`) with plain string scalars quoted where
/// [`yaml11_reads_as_non_string`] says so. Returns `yaml` unchanged if the rewrite would read
/// back differently, so a shape this scan does not foresee costs quoting, never data.
fn quote_yaml11_lookalikes(yaml: &str) -> String {
    let mut out = String::with_capacity(yaml.len() + 32);
    // The column a block scalar (`|-`, `>`) hangs from: its lines are indented deeper.
    let mut block_scalar_under: Option<usize> = None;
    let mut changed = false;
    for line in yaml.split_inclusive('\n') {
        let content = line.trim_end_matches('\n');
        let indent = content.len() - content.trim_start_matches(' ').len();
        if block_scalar_under.is_some_and(|column| content.is_empty() || indent > column) {
            out.push_str(line);
            continue;
        }
        let requoted = requote_line(content, indent);
        block_scalar_under = requoted.block_scalar_under;
        match requoted.text {
            Some(text) => {
                changed = true;
                out.push_str(&text);
                out.push_str(&line[content.len()..]);
            }
            None => out.push_str(line),
        }
    }
    if !changed {
        return out;
    }
    let reads_the_same = matches!(
        (
            serde_norway::from_str::<serde_norway::Value>(yaml),
            serde_norway::from_str::<serde_norway::Value>(&out),
        ),
        (Ok(before), Ok(after)) if before == after
    );
    if reads_the_same {
        out
    } else {
        yaml.to_string()
    }
}

/// What [`requote_line`] made of one line.
struct Requoted {
    /// The line with its scalars quoted, or `None` when nothing needed quoting.
    text: Option<String>,
    /// When the line opens a block scalar: the column its content is indented beyond.
    block_scalar_under: Option<usize>,
}

/// Quotes the plain key and the plain value on one line of block YAML
/// (`key: value`, `- value`, `- key: value`, `? key`, `: value`).
fn requote_line(line: &str, indent: usize) -> Requoted {
    let mut column = indent;
    let mut rest = &line[indent..];
    // `- - x`: each dash opens a sequence entry; a block scalar in the last hangs from its dash.
    let mut owner = column;
    while let Some(after) = rest.strip_prefix("- ") {
        owner = column;
        column += rest.len() - after.len();
        rest = after;
    }
    let mut pieces: Vec<String> = vec![line[..column].to_string()];
    // (the key, whether a `:` follows it, the value)
    let (key, colon, value) = if let Some(after) = rest.strip_prefix("? ") {
        pieces.push("? ".into());
        (Some(after), false, None)
    } else if let Some(after) = rest.strip_prefix(": ") {
        pieces.push(": ".into());
        (None, false, Some(after))
    } else if let Some(split) = key_end(rest) {
        owner = column;
        let (key, after) = rest.split_at(split);
        let value = after.strip_prefix(':').unwrap_or(after);
        let value = value.strip_prefix(' ').unwrap_or(value);
        (Some(key), true, Some(value).filter(|v| !v.is_empty()))
    } else {
        (None, false, Some(rest))
    };
    let mut changed = false;
    let mut block_scalar_under = None;
    let mut add = |scalar: &str, pieces: &mut Vec<String>| {
        if scalar.starts_with(['|', '>']) {
            block_scalar_under = Some(owner);
        }
        let quoted = quote_if_misread(scalar);
        changed |= quoted.is_some();
        pieces.push(quoted.unwrap_or_else(|| scalar.to_string()));
    };
    if let Some(key) = key {
        add(key, &mut pieces);
        if colon {
            pieces.push(":".into());
        }
    }
    if let Some(value) = value {
        if colon {
            pieces.push(" ".into());
        }
        add(value, &mut pieces);
    }
    Requoted {
        text: changed.then(|| pieces.concat()),
        block_scalar_under,
    }
}

/// Where the key ends in `key: value` or `key:` (a plain or quoted key), if the line has one.
/// A plain scalar as the serializer writes it never holds `": "` nor ends in `:`.
fn key_end(text: &str) -> Option<usize> {
    let end = match text.chars().next()? {
        '"' => closing_double_quote(text)? + 1,
        '\'' => closing_single_quote(text)? + 1,
        _ => {
            return text
                .find(": ")
                .or_else(|| text.ends_with(':').then(|| text.len() - 1));
        }
    };
    let after = &text[end..];
    (after == ":" || after.starts_with(": ")).then_some(end)
}

fn closing_double_quote(text: &str) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in text.char_indices().skip(1) {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            '"' => return Some(i),
            _ => {}
        }
    }
    None
}

fn closing_single_quote(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 1;
    while i < bytes.len() {
        if bytes[i] == b'\'' {
            // `''` is an escaped quote inside the scalar.
            if bytes.get(i + 1) == Some(&b'\'') {
                i += 2;
                continue;
            }
            return Some(i);
        }
        i += 1;
    }
    None
}

/// `scalar` in double quotes when it is a plain scalar holding a string (as YAML 1.2 and our own
/// reader see it) that a YAML 1.1 reader would resolve to something else.
fn quote_if_misread(scalar: &str) -> Option<String> {
    let plain =
        !scalar.is_empty() && !scalar.starts_with(['\'', '"', '|', '>', '[', '{', '!', '&', '*']);
    if !plain || !yaml11_reads_as_non_string(scalar) {
        return None;
    }
    // A plain `true` or `12` is a real boolean or number (a string would have been quoted).
    let is_string = matches!(
        serde_norway::from_str::<serde_norway::Value>(scalar),
        Ok(serde_norway::Value::String(_))
    );
    // JSON's string syntax is a subset of YAML's double-quoted one: the escaping stays a
    // serializer's. Serializing a `&str` to JSON cannot fail.
    is_string
        .then(|| serde_json::to_string(scalar).ok())
        .flatten()
}

/// Would a YAML 1.1 reader (PyYAML, Ruby's Psych, js-yaml's default schema) resolve this plain
/// scalar to a boolean, null, number, date or merge key rather than a string?
///
/// Follows the implicit types of yaml.org/type (bool, null, int, float, timestamp, merge, value),
/// read generously: quoting a string that did not need it changes nothing for any reader, while
/// missing one changes its type. So `Yes`/`yEs`, `1.2.3` and `12:75` are all quoted.
pub(crate) fn yaml11_reads_as_non_string(scalar: &str) -> bool {
    const WORDS: &[&str] = &[
        // bool
        "y", "yes", "n", "no", "true", "false", "on", "off", // null
        "~", "null", // float
        ".inf", "+.inf", "-.inf", ".nan", // merge and value keys
        "<<", "=",
    ];
    let s = scalar.trim();
    s.is_empty()
        || WORDS.iter().any(|w| s.eq_ignore_ascii_case(w))
        || looks_numeric(s)
        || looks_like_timestamp(s)
}

/// Ints and floats of YAML 1.1 and 1.2 in all their bases: `0x1F`, `0b101`, `0o17`, `017`,
/// `1_000`, `.5`, `1.`, `6.8e+5`, and sexagesimal `12:30` or `1:20:30.5`.
fn looks_numeric(s: &str) -> bool {
    let s = s.strip_prefix(['-', '+']).unwrap_or(s);
    let radix_digits = |prefix: &str, ok: fn(char) -> bool| {
        s.strip_prefix(prefix)
            .is_some_and(|d| !d.is_empty() && d.chars().all(|c| c == '_' || ok(c)))
    };
    if radix_digits("0x", |c| c.is_ascii_hexdigit())
        || radix_digits("0b", |c| matches!(c, '0' | '1'))
        || radix_digits("0o", |c| matches!(c, '0'..='7'))
    {
        return true;
    }
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let exponent_ok = exponent.is_none_or(|e| {
        let digits = e.strip_prefix(['-', '+']).unwrap_or(e);
        !digits.is_empty() && digits.chars().all(|c| c.is_ascii_digit())
    });
    exponent_ok
        && mantissa.chars().any(|c| c.is_ascii_digit())
        && mantissa
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '_' | '.' | ':'))
        && !mantissa.starts_with(':')
}

/// A YAML 1.1 timestamp: `2025-05-05`, or a date followed by `T` or spaces and a time
/// (`2025-05-05T10:00:00+10:00`, `2001-12-14 21:59:43.10 -5`). Anything after the time is
/// accepted, since readers differ on the zone forms they take.
fn looks_like_timestamp(s: &str) -> bool {
    let digits = |s: &str, min: usize, max: usize| -> Option<usize> {
        let n = s.bytes().take_while(u8::is_ascii_digit).count();
        (min..=max).contains(&n).then_some(n)
    };
    let Some(year) = digits(s, 4, 4) else {
        return false;
    };
    let Some(rest) = s[year..].strip_prefix('-') else {
        return false;
    };
    let Some(month) = digits(rest, 1, 2) else {
        return false;
    };
    let Some(rest) = rest[month..].strip_prefix('-') else {
        return false;
    };
    let Some(day) = digits(rest, 1, 2) else {
        return false;
    };
    let rest = &rest[day..];
    if rest.is_empty() {
        return true;
    }
    let time = rest
        .strip_prefix(['T', 't'])
        .unwrap_or_else(|| rest.trim_start_matches([' ', '\t']));
    if time.len() == rest.len() {
        return false;
    }
    let Some(hour) = digits(time, 1, 2) else {
        return false;
    };
    time[hour..].starts_with(':') && digits(&time[hour + 1..], 2, 2).is_some()
}

/// Splits a note into its front matter (if it has one that parses) and its body.
pub fn parse_note(markdown: &str) -> (Option<FrontMatter>, &str) {
    let text = markdown.strip_prefix('\u{feff}').unwrap_or(markdown);
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return (None, text);
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            let yaml = &rest[..offset];
            let body = rest[offset + line.len()..].trim_start_matches(['\r', '\n']);
            return (parse_front_matter(yaml), body);
        }
        offset += line.len();
    }
    (None, text)
}

/// The most front matter that is parsed, in bytes: far more than any note's keys, little enough
/// that a note built to stall the YAML parser cannot.
pub const MAX_FRONT_MATTER_BYTES: usize = 64 * 1024;
/// The deepest nesting of lists and maps in front matter that is parsed (`[[[…` or `- - -…`).
pub const MAX_FRONT_MATTER_DEPTH: usize = 64;

/// Why front matter is not parsed at all (too big, or nested too deep), in words; `None` when it
/// is within bounds. Checked before parsing: a note arriving through sync with 100,000 nested
/// `[` would otherwise stall every scan of the library.
pub fn front_matter_out_of_bounds(yaml: &str) -> Option<String> {
    if yaml.len() > MAX_FRONT_MATTER_BYTES {
        return Some(format!(
            "its front matter is over {} KB",
            MAX_FRONT_MATTER_BYTES / 1024
        ));
    }
    let too_deep = || {
        Some(format!(
            "its front matter nests deeper than {MAX_FRONT_MATTER_DEPTH} levels"
        ))
    };
    // Flow collections: brackets counted whether quoted or not, which only errs on the safe side.
    let mut depth = 0usize;
    for b in yaml.bytes() {
        match b {
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_FRONT_MATTER_DEPTH {
                    return too_deep();
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    // Block collections opened on one line: `- - - x`, `? ? x`.
    for line in yaml.lines() {
        let mut rest = line.trim_start();
        let mut nested = 0;
        while let Some(after) = rest.strip_prefix("- ").or_else(|| rest.strip_prefix("? ")) {
            nested += 1;
            if nested > MAX_FRONT_MATTER_DEPTH {
                return too_deep();
            }
            rest = after.trim_start();
        }
    }
    None
}

/// Reads front matter leniently: other tools write `author` and `tags` as a string or a list.
/// Front matter out of bounds (see [`front_matter_out_of_bounds`]) is not read.
fn parse_front_matter(yaml: &str) -> Option<FrontMatter> {
    if front_matter_out_of_bounds(yaml).is_some() {
        return None;
    }
    let value: serde_norway::Value = serde_norway::from_str(yaml).ok()?;
    let map = value.as_mapping()?;
    let get = |key: &str| map.get(serde_norway::Value::from(key));
    let text = |key: &str| -> Option<String> {
        match get(key)? {
            serde_norway::Value::String(s) => Some(s.clone()),
            serde_norway::Value::Number(n) => Some(n.to_string()),
            serde_norway::Value::Bool(b) => Some(b.to_string()),
            _ => None,
        }
    };
    let list = |key: &str| -> Vec<String> {
        match get(key) {
            Some(serde_norway::Value::Sequence(items)) => items
                .iter()
                .filter_map(|v| match v {
                    serde_norway::Value::String(s) => Some(s.clone()),
                    serde_norway::Value::Number(n) => Some(n.to_string()),
                    _ => None,
                })
                .collect(),
            Some(serde_norway::Value::String(s)) => s
                .split(',')
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
                .collect(),
            _ => Vec::new(),
        }
    };
    Some(FrontMatter {
        title: text("title").unwrap_or_default(),
        source: text("source").or_else(|| text("url")),
        author: list("author"),
        published: text("published"),
        created: text("created"),
        description: text("description"),
        tags: list("tags"),
        site: text("site"),
        id: text("id"),
    })
}

fn non_empty(s: Option<&str>) -> Option<String> {
    s.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// A 16-hex-digit id from the time and the content: unique enough for one person's library.
fn new_id(text: &str, at: DateTime<FixedOffset>) -> String {
    use std::hash::{BuildHasher, Hasher};
    // RandomState is seeded per process, so two saves of the same text get different ids.
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write(text.as_bytes());
    hasher.write_i64(at.timestamp_nanos_opt().unwrap_or_default());
    format!("{:016x}", hasher.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Block, Role};

    fn sample() -> Clipping {
        let article = Article {
            title: Some("A: \"quoted\" title\n---".into()),
            site: Some("Example".into()),
            blocks: vec![
                Block::new(
                    "First paragraph.",
                    Role::Paragraph,
                    true,
                    Reason::ArticleText,
                ),
                Block::new("Share this", Role::Boilerplate, false, Reason::ShareButtons),
                Block::new("Point one", Role::ListItem, true, Reason::ArticleText),
                Block::new("Point two", Role::ListItem, true, Reason::ArticleText),
            ],
            ..Article::default()
        };
        Clipping::new(article, Original::default())
    }

    #[test]
    fn a_reference_whose_note_is_trimmed_is_written_as_the_raised_label() {
        let prose = "and the words around it run on long enough to read as an article's paragraph";
        let html = format!(
            "<html><body><article><h1>Notes</h1>\
             <p>One claim<sup><a href=\"#fn1\" id=\"r1\">1</a></sup> and another<sup><a href=\"#fn2\" id=\"r2\">2</a></sup> {prose}, {prose}.</p>\
             <p>More text {prose}, {prose}.</p>\
             <ol class=\"footnotes\"><li id=\"fn1\">The first source. <a href=\"#r1\">↩</a></li>\
             <li id=\"fn2\">The second source. <a href=\"#r2\">↩</a></li></ol>\
             </article></body></html>"
        );
        let article = crate::extract::extract_bytes(html.as_bytes(), Some("page.html")).unwrap();
        let mut clipping = Clipping::new(article, Original::default());
        let note = clipping.to_markdown();
        assert!(note.contains("claim[^1] and another[^2]"), "{note}");
        assert!(note.contains("[^2]: The second source."), "{note}");
        // The person trims the second note: its reference shows the page's raised 2.
        let second = clipping
            .article
            .blocks
            .iter()
            .position(|b| matches!(&b.form, Form::Footnote { label } if label == "2"))
            .expect("the second note");
        assert!(clipping.set_keep(second, false));
        let note = clipping.to_markdown();
        assert!(note.contains("claim[^1] and another<sup>2</sup>"), "{note}");
        assert!(note.contains("[^1]: The first source."), "{note}");
        assert!(!note.contains("[^2]"), "{note}");
    }

    #[test]
    fn hostile_title_round_trips_through_front_matter() {
        let clipping = sample();
        let note = clipping.to_markdown();
        let (front, body) = parse_note(&note);
        let front = front.expect("front matter parses");
        assert_eq!(front.title, "A: \"quoted\" title\n---");
        assert_eq!(front.id.as_deref(), Some(clipping.id.as_str()));
        assert_eq!(body, "First paragraph.\n\n- Point one\n- Point two\n");
    }

    #[test]
    fn strings_a_yaml_1_1_reader_would_retype_are_quoted_in_every_field() {
        let hostile = [
            "yes",
            "No",
            "on",
            "OFF",
            "y",
            "n",
            "~",
            "null",
            "2025-05-05",
            "2025-05-05T10:00:00+10:00",
            "12:30",
            "0x1F",
            "1_000",
            ".5",
            "1.2.3",
            "<<",
            "=",
        ];
        for text in hostile {
            let mut clipping = sample();
            clipping.title = text.into();
            clipping.source = Some(text.into());
            clipping.authors = vec![text.into()];
            clipping.published = Some(text.into());
            clipping.description = Some(text.into());
            clipping.tags = vec![text.into()];
            clipping.site = Some(text.into());
            let note = clipping.to_markdown();
            let yaml = note.split("---\n").nth(1).expect("front matter");
            for line in yaml.lines().filter(|l| !l.starts_with("id: ")) {
                let value = line
                    .strip_prefix("- ")
                    .or_else(|| line.split_once(": ").map(|(_, v)| v))
                    .unwrap_or("\"");
                assert!(
                    value.starts_with(['"', '\'']) || value == "[]",
                    "{text:?} left plain in {line:?}:\n{note}"
                );
            }
            let front = parse_note(&note).0.expect("front matter parses");
            assert_eq!(front.title, text);
            assert_eq!(front.author, vec![text]);
            assert_eq!(front.tags, vec![text]);
            assert_eq!(front.published.as_deref(), Some(text));
            assert_eq!(front.site.as_deref(), Some(text));
        }
    }

    #[test]
    fn ordinary_text_and_real_booleans_and_numbers_stay_plain() {
        let yaml = "title: Yesterday's news\ndraft: true\nrating: 4\ncount: 1.5\nnothing: null\n";
        let value: serde_norway::Value = serde_norway::from_str(yaml).unwrap();
        assert_eq!(front_matter_yaml(&value).unwrap(), yaml);
        for text in [
            "Yesterday",
            "note",
            "2025 in review",
            "3:10 to Yuma",
            "v1.2",
            "12.5%",
        ] {
            assert!(!yaml11_reads_as_non_string(text), "{text}");
        }
    }

    #[test]
    fn nested_keys_block_scalars_and_long_keys_are_quoted_only_where_plain() {
        let mut map = serde_norway::Mapping::new();
        let s = serde_norway::Value::from;
        map.insert(s("multi"), s("yes\nno\n  on"));
        map.insert(s("on"), s("off"));
        map.insert(
            s("list"),
            serde_norway::Value::Sequence(vec![s("a\nyes"), s("no"), s("x: y")]),
        );
        let mut inner = serde_norway::Mapping::new();
        inner.insert(s("when"), s("2025-05-05"));
        inner.insert(s("text"), s("line\nnull"));
        map.insert(
            s("nested"),
            serde_norway::Value::Sequence(vec![serde_norway::Value::Mapping(inner)]),
        );
        map.insert(serde_norway::Value::String("k".repeat(200)), s("y"));
        map.insert(s("off\nyes"), s("n"));
        let value = serde_norway::Value::Mapping(map);
        let yaml = front_matter_yaml(&value).unwrap();
        assert_eq!(
            serde_norway::from_str::<serde_norway::Value>(&yaml).unwrap(),
            value
        );
        for quoted in [
            "\"on\": \"off\"",
            "- \"no\"",
            "when: \"2025-05-05\"",
            ": \"y\"",
            ": \"n\"",
        ] {
            assert!(yaml.contains(quoted), "{quoted} in\n{yaml}");
        }
        // Lines inside block scalars are text, not YAML: left exactly as written.
        assert!(yaml.contains("\n  yes\n  no\n    on\n"), "{yaml}");
        assert!(yaml.contains("\n    null\n"), "{yaml}");
    }

    #[test]
    fn keys_follow_obsidian_web_clipper_order() {
        let mut clipping = sample();
        clipping.source = Some("https://example.com/a".into());
        clipping.published = Some("2025-05-05".into());
        clipping.description = Some("Deck".into());
        clipping.tags = vec!["news".into()];
        let note = clipping.to_markdown();
        let positions: Vec<usize> = [
            "title:",
            "source:",
            "author:",
            "published:",
            "created:",
            "description:",
            "tags:",
            "site:",
            "id:",
        ]
        .iter()
        .map(|k| {
            note.find(&format!("\n{k}"))
                .unwrap_or_else(|| panic!("{k} missing"))
        })
        .collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{note}");
    }

    #[test]
    fn trimming_a_block_removes_it_from_the_body_and_says_who() {
        let mut clipping = sample();
        assert!(clipping.set_keep(0, false));
        assert_eq!(clipping.article.blocks[0].reason, Reason::TrimmedByYou);
        assert!(!clipping.body_markdown().contains("First paragraph"));
        assert!(!clipping.set_keep(99, false));
    }

    #[test]
    fn an_edited_block_writes_the_persons_text_as_text_and_keeps_the_pages() {
        let mut clipping = sample();
        assert!(clipping.set_block_text(0, "Fixed *paragraph*\n\n# not a heading\n"));
        assert_eq!(
            clipping.article.blocks[0].text, "First paragraph.",
            "the page's text stays beside the edit"
        );
        let body = clipping.body_markdown();
        assert!(
            body.starts_with("Fixed \\*paragraph\\*  \n\\# not a heading\n\n- Point one"),
            "escaped like page text, one paragraph with a line break: {body}"
        );
        // A list item stays an item of the same list.
        assert!(clipping.set_block_text(2, "Point one, corrected"));
        assert!(
            clipping
                .body_markdown()
                .contains("\n\n- Point one, corrected\n- Point two")
        );
        // The page's text again is no edit; restoring drops an edit.
        assert!(clipping.set_block_text(2, "Point one"));
        assert_eq!(clipping.article.blocks[2].edited, None);
        assert!(clipping.restore_block_text(0));
        assert!(!clipping.restore_block_text(0));
        assert_eq!(clipping.body_markdown(), sample().body_markdown());
    }

    #[test]
    fn an_edit_keeps_the_pages_links_around_the_words_it_left_alone() {
        let mut clipping = sample();
        let block = &mut clipping.article.blocks[0];
        block.text = "Read the report today.".into();
        block.markdown = Some("Read [the report](https://example.com/r) today.".into());
        assert!(clipping.set_block_text(0, "Hover card junk. Read the report today."));
        assert!(
            clipping
                .body_markdown()
                .starts_with("Hover card junk. Read [the report](https://example.com/r) today."),
            "{}",
            clipping.body_markdown()
        );
    }

    #[test]
    fn an_edit_keeps_the_pages_note_references_where_it_left_them() {
        let html = "<html><body><article><h1>A study</h1>\
            <p>The claim is made by people who study these things<sup id=\"c1\">\
            <a href=\"#n1\">1</a></sup>, as <a href=\"https://example.com/r\">the report</a> \
            says in a long paragraph of real prose that any reader would keep.</p>\
            <p>Another paragraph of real prose goes on with the article for a while longer.</p>\
            <ol><li id=\"n1\">Where the claim comes from. <a href=\"#c1\">↩</a></li></ol>\
            </article></body></html>";
        let article = crate::extract::extract_bytes(html.as_bytes(), Some("page.html")).unwrap();
        let mut clipping = Clipping::new(article, Original::default());
        let index = clipping
            .article
            .blocks
            .iter()
            .position(|b| b.text.starts_with("The claim"))
            .expect("the paragraph is a block");
        let text = clipping.article.blocks[index].text.clone();
        assert!(text.contains("things1,"), "{text}");
        assert!(clipping.set_block_text(index, &format!("{text} Added by me.")));
        let body = clipping.body_markdown();
        assert!(
            body.contains("these things[^1], as [the report](https://example.com/r) says"),
            "{body}"
        );
        assert!(body.contains("[^1]: Where the claim comes from."), "{body}");
        assert!(body.contains("Added by me."), "{body}");
    }

    #[test]
    fn editing_keeps_a_blocks_kind_headings_one_line_code_exact() {
        let mut heading = Block::new("Old title", Role::Heading, true, Reason::ArticleText);
        heading.form = Form::Heading {
            level: 3,
            number: None,
        };
        let mut code = Block::new("let a = 1;", Role::Paragraph, true, Reason::ArticleText);
        code.form = Form::Code {
            language: Some("rust".into()),
            item: None,
        };
        let mut linked = Block::new("See the docs", Role::Paragraph, true, Reason::ArticleText);
        linked.markdown = Some("See [the docs](https://example.org)".into());
        let article = Article {
            blocks: vec![heading, code, linked],
            ..Article::default()
        };
        let mut clipping = Clipping::new(article, Original::default());
        clipping.set_block_text(0, "New\n  title");
        clipping.set_block_text(1, "fn main() {\n    println!(\"```\");\n}\n");
        clipping.set_block_text(2, "See the manual");
        assert_eq!(
            clipping.body_markdown(),
            "### New title\n````rust\nfn main() {\n    println!(\"```\");\n}\n````\n\nSee the manual"
        );
        // A table or an image holds no text to edit.
        clipping.article.blocks[2].form = Form::Image {
            src: "https://example.org/a.png".into(),
            alt: String::new(),
            link: None,
        };
        clipping.article.blocks[2].edited = None;
        assert!(!clipping.set_block_text(2, "words"));
    }

    #[test]
    fn a_nested_item_whose_parent_is_not_in_the_note_is_not_indented_into_code() {
        let item = |text: &str, depth: u8, keep: bool| {
            let mut b = Block::new(text, Role::ListItem, keep, Reason::ArticleText);
            b.form = Form::ListItem {
                ordered: false,
                depth,
                number: 1,
                continues: false,
            };
            b
        };
        let article = Article {
            blocks: vec![
                Block::new("Refine by:", Role::Heading, true, Reason::ArticleHeading),
                item("Price", 1, false),
                item("Under 100", 2, true),
                item("Over 100", 2, true),
                item("Deep", 4, true),
                item("Colour", 1, true),
                item("Red", 2, true),
            ],
            ..Article::default()
        };
        let clipping = Clipping::new(article, Original::default());
        assert_eq!(
            clipping.body_markdown(),
            "## Refine by:\n\n- Under 100\n- Over 100\n    - Deep\n- Colour\n    - Red"
        );
    }

    #[test]
    fn an_emptied_block_writes_nothing() {
        let mut clipping = sample();
        clipping.set_block_text(2, "  ");
        assert_eq!(clipping.body_markdown(), "First paragraph.\n\n- Point two");
    }

    #[test]
    fn markdown_input_is_edited_as_the_markdown_it_was_written_in() {
        let source = "Some text that is long enough to be kept as prose by the engine, surely.\n\n\
            ## A heading\n\n\
            More text that is long enough to be kept as prose by the engine, surely so.";
        let article = crate::extract::extract(source, Format::Markdown);
        let original = Original {
            text: source.to_string(),
            format: Format::Markdown,
        };
        let mut clipping = Clipping::new(article, original);
        let at = clipping
            .article
            .blocks
            .iter()
            .position(|b| b.text == "A heading")
            .expect("the heading is a block");
        assert_eq!(
            clipping.article.blocks[at].page_text_for_editing(),
            "## A heading"
        );
        clipping.set_block_text(at, "### A *better* heading\n");
        assert_eq!(
            clipping.body_markdown(),
            source.replace("## A heading", "### A *better* heading")
        );
    }

    #[test]
    fn notes_without_front_matter_are_read_as_body() {
        let (front, body) = parse_note("# Just a note\n\ntext");
        assert!(front.is_none());
        assert_eq!(body, "# Just a note\n\ntext");
        let (front, _) = parse_note("---\nauthor: Jane\ntags: a, b\n---\nbody");
        let front = front.expect("lenient front matter");
        assert_eq!(front.author, vec!["Jane"]);
        assert_eq!(front.tags, vec!["a", "b"]);
    }

    #[test]
    fn markdown_input_keeps_its_structure_as_written() {
        let source = "Some *text* with a [link](https://x.org) that is long enough to be kept as prose by the engine.\n\n\
            1. first item\n2. second item\n   - nested item\n\n\
            | a | b |\n| --- | --- |\n| 1 | 2 |\n\n\
            ```rust\nfn main() {\n    let x = 1;\n}\n```\n\n\
            Another paragraph of prose that ends the note and is long enough to count as article text.";
        // A fence right under the line that introduces it, as the notes write it.
        let tight = "Run this in the folder that holds the project, before anything else:\n\
            ```sh\ncargo build\n```\n\n\
            Another paragraph of prose that ends the note and is long enough to count as article text.";
        // A quote of two paragraphs holding a list, as the notes write one, and a rule.
        let quoted = "The letter arrived on a Tuesday, and the editor printed it in full the next day.\n\n\
            > I have read your paper for years.\n>\n> This week it let me down:\n>\n\
            > - the crossword\n> - the weather\n\n---\n\n\
            Another paragraph of prose that ends the note and is long enough to count as article text.";
        for note in [source, tight, quoted] {
            let article = crate::extract::extract(note, Format::Markdown);
            let original = Original {
                text: note.to_string(),
                format: Format::Markdown,
            };
            assert_eq!(Clipping::new(article, original).body_markdown(), note);
        }
    }

    #[test]
    fn a_code_fence_sits_under_its_line_of_text_but_not_under_a_table_or_quote() {
        let block = |text: &str, form: Form| {
            let mut block = Block::new(text, Role::Paragraph, true, Reason::ArticleText);
            block.form = form;
            block
        };
        let code = || {
            block(
                "make",
                Form::Code {
                    language: None,
                    item: None,
                },
            )
        };
        let cell = |text: &str| crate::extract::TableCell {
            text: text.into(),
            markdown: text.into(),
            ..Default::default()
        };
        let table = block(
            "a b",
            Form::Table {
                rows: vec![vec![cell("a"), cell("b")]],
            },
        );
        let quote = {
            let mut quote = block(
                "Said so.",
                Form::Quote {
                    depth: 1,
                    callout: None,
                },
            );
            quote.role = Role::Quote;
            quote
        };
        let article = Article {
            blocks: vec![
                block("Build it:", Form::Plain),
                code(),
                table,
                code(),
                quote,
                code(),
                code(),
            ],
            ..Article::default()
        };
        let body = Clipping::new(article, Original::default()).body_markdown();
        assert!(body.starts_with("Build it:\n```\nmake\n```\n\n|"), "{body}");
        assert!(body.contains("|\n\n```\nmake"), "{body}");
        assert!(
            body.ends_with("> Said so.\n\n```\nmake\n```\n\n```\nmake\n```"),
            "{body}"
        );
    }
    #[test]
    fn a_callout_box_is_one_quote_under_its_title() {
        let page = r#"<html><body><article><h1>Setting up</h1>
            <p>Install the tool first, then start it with the settings below, as the guide says.</p>
            <div class="admonition warning"><p class="admonition-title">Mind the port</p>
            <p>The server listens on every address.</p><p>Keep it behind a firewall.</p></div>
            <div class="alert alert-info"><p>A note without a title of its own.</p></div>
            <div class="alert"><p>An alert of no colour is no box.</p></div>
            <p>After the boxes the guide goes on with more steps to follow, one by one.</p>
            </article></body></html>"#;
        let article = crate::extract::extract(page, Format::Html);
        let body = Clipping::new(article, Original::default()).body_markdown();
        assert!(
            body.contains(
                "> [!warning] Mind the port\n> The server listens on every address.\n>\n> Keep it behind a firewall.\n\n"
            ),
            "{body}"
        );
        assert!(
            body.contains("> [!info] Info\n> A note without a title of its own.\n\n"),
            "{body}"
        );
        assert!(
            body.contains("\n\nAn alert of no colour is no box.\n\n"),
            "{body}"
        );
        // Read back as CommonMark: each box is one quote, its paragraphs inside it (the title
        // line and the first line under it make one paragraph, as Obsidian reads a callout).
        let (quotes, inside) = read_quotes(&body);
        assert_eq!((quotes, inside), (2, vec!["paragraph"; 3]), "{body}");
    }

    #[test]
    fn a_quote_of_several_paragraphs_and_a_quote_inside_it_is_one_quote() {
        let page = r#"<html><body><article><h1>Letters</h1>
            <p>The letter arrived on a Tuesday, and the editor printed it in full the next day.</p>
            <blockquote><p>I have read your paper for years.</p><p>This week it let me down.</p>
            <blockquote><p>Your reply to my last letter.</p></blockquote>
            <p>Yours, a reader.</p></blockquote>
            <p>The editor answered the letter the following week, at some length and with care.</p>
            <blockquote><p>A second letter, alone.</p></blockquote>
            </article></body></html>"#;
        let article = crate::extract::extract(page, Format::Html);
        let body = Clipping::new(article, Original::default()).body_markdown();
        assert!(
            body.contains(
                "> I have read your paper for years.\n>\n> This week it let me down.\n>\n\
                 > > Your reply to my last letter.\n>\n> Yours, a reader.\n\n"
            ),
            "{body}"
        );
        // Read back as CommonMark: two quotes on the page, one inside the first, and each
        // paragraph in its quote.
        let (quotes, inside) = read_quotes(&body);
        assert_eq!((quotes, inside), (3, vec!["paragraph"; 5]), "{body}");
    }

    #[test]
    fn a_heading_list_and_code_inside_a_quote_stay_in_it() {
        let page = r#"<html><body><article><h1>Advice</h1>
            <p>The column closes each week with a box of things to do, set apart from the text.</p>
            <blockquote><h3>What to do</h3><ul><li>Audit the workflows.</li>
            <li>Set the guardrails.<ul><li>With legal.</li></ul></li></ul>
            <pre><code>run --check</code></pre></blockquote>
            <ul><li>A list after the quote, its own.</li></ul>
            <p>The column goes on after the box with the rest of the week's advice, at length.</p>
            </article></body></html>"#;
        let article = crate::extract::extract(page, Format::Html);
        let body = Clipping::new(article, Original::default()).body_markdown();
        assert!(
            body.contains(
                "> ### What to do\n>\n> - Audit the workflows.\n> - Set the guardrails.\n\
                 >     - With legal.\n>\n> ```\n> run --check\n> ```\n\n- A list after"
            ),
            "{body}"
        );
        let (quotes, inside) = read_quotes(&body);
        assert_eq!(
            (quotes, inside),
            (1, vec!["list", "list", "code"]),
            "{body}"
        );
    }

    #[test]
    fn a_rule_between_parts_of_the_text_is_written_and_a_decorative_one_is_not() {
        let page = r##"<html><body><article><h1>Field notes</h1>
            <h2>Monday</h2><hr>
            <p>The first part of the notes runs for a while, with enough words to be the article's.</p>
            <hr>
            <p>The second part starts after a line, as the author drew it on the page, at length.</p>
            <ul><li>An item<hr></li><li>Another item</li></ul>
            <p>The third part closes the notes<sup><a href="#fn1" id="r1">1</a></sup>, after which
            the page draws a line above its notes, as many do.</p>
            <hr><hr>
            <ol><li id="fn1">The note. <a href="#r1">↩</a></li></ol>
            </article></body></html>"##;
        let article = crate::extract::extract(page, Format::Html);
        let body = Clipping::new(article, Original::default()).body_markdown();
        assert!(
            body.contains("the article's.\n\n---\n\nThe second part"),
            "{body}"
        );
        // One rule: not under the heading, not in the list, not above the notes alone.
        assert_eq!(body.matches("---").count(), 1, "{body}");
        assert!(body.contains("- An item\n- Another item"), "{body}");
        assert!(body.contains("as many do.\n\n[^1]: The note."), "{body}");
    }

    /// How many quotes a note's body has, read as CommonMark with tables, and the paragraphs,
    /// lists, code blocks and tables that start inside them, in order.
    fn read_quotes(body: &str) -> (usize, Vec<&'static str>) {
        use pulldown_cmark::{Event, Tag, TagEnd};
        let mut depth = 0;
        let mut quotes = 0;
        let mut inside = Vec::new();
        let tables = pulldown_cmark::Options::ENABLE_TABLES;
        for event in pulldown_cmark::Parser::new_ext(body, tables) {
            match event {
                Event::Start(Tag::BlockQuote(_)) => {
                    depth += 1;
                    quotes += 1;
                }
                Event::End(TagEnd::BlockQuote(_)) => depth -= 1,
                Event::Start(Tag::Paragraph) if depth > 0 => inside.push("paragraph"),
                Event::Start(Tag::List(_)) if depth > 0 => inside.push("list"),
                Event::Start(Tag::CodeBlock(_)) if depth > 0 => inside.push("code"),
                Event::Start(Tag::Table(_)) if depth > 0 => inside.push("table"),
                _ => {}
            }
        }
        (quotes, inside)
    }

    #[test]
    fn a_list_and_code_inside_a_callout_stay_in_its_quote() {
        let page = r#"<html><body><article><h1>Setting up</h1>
            <p>Install the tool first, then start it with the settings below, as the guide says.</p>
            <div class="admonition tip"><p class="admonition-title">Before you start</p>
            <p>Check two things on the machine you install it on.</p>
            <ul><li>The port is free.</li><li>The folder is writable.</li></ul>
            <pre><code class="language-sh">tool --check</code></pre>
            <p>Then go on with the steps below.</p></div>
            <p>After the box the guide goes on with more steps to follow, one by one.</p>
            </article></body></html>"#;
        let article = crate::extract::extract(page, Format::Html);
        let body = Clipping::new(article, Original::default()).body_markdown();
        assert!(
            body.contains(
                "> [!tip] Before you start\n> Check two things on the machine you install it on.\n>\n\
                 > - The port is free.\n> - The folder is writable.\n>\n\
                 > ```sh\n> tool --check\n> ```\n>\n\
                 > Then go on with the steps below.\n\n"
            ),
            "{body}"
        );
        // Read back as CommonMark: one quote holding the list and the code among its
        // paragraphs (list items are tight: no paragraphs of their own).
        let (quotes, inside) = read_quotes(&body);
        assert_eq!(
            (quotes, inside),
            (1, vec!["paragraph", "list", "code", "paragraph"]),
            "{body}"
        );
    }

    #[test]
    fn a_box_that_opens_with_a_list_code_or_table_is_one_callout() {
        let page = r#"<html><body><article><h1>Setting up</h1>
            <p>Install the tool first, then start it with the settings below, as the guide says.</p>
            <div class="admonition tip"><ul><li>The port is free.</li><li>The folder is writable.</li></ul>
            <p>Then go on.</p></div>
            <div class="admonition warning"><pre><code class="language-sh">tool --check</code></pre></div>
            <div class="admonition note"><table><tr><th>Flag</th><th>Use</th></tr>
            <tr><td>-v</td><td>Say more</td></tr></table><p>Below the table.</p></div>
            <div class="admonition info"><ol start="3"><li>Three.</li><li>Four.</li></ol></div>
            <p>After the boxes the guide goes on with more steps to follow, one by one.</p>
            </article></body></html>"#;
        let article = crate::extract::extract(page, Format::Html);
        let body = Clipping::new(article, Original::default()).body_markdown();
        for expected in [
            "> [!tip] Tip\n>\n> - The port is free.\n> - The folder is writable.\n>\n> Then go on.\n\n",
            "> [!warning] Warning\n>\n> ```sh\n> tool --check\n> ```\n\n",
            "> [!note] Note\n>\n> | Flag | Use |\n> | --- | --- |\n> | -v | Say more |\n>\n> Below the table.\n\n",
            "> [!info] Info\n>\n> 3. Three.\n> 4. Four.\n\n",
        ] {
            assert!(body.contains(expected), "{expected:?} in\n{body}");
        }
        // Read back as CommonMark: four quotes, each with its list, code or table inside (a
        // list numbered from 3 is a list only after a blank line).
        let (quotes, inside) = read_quotes(&body);
        assert_eq!(quotes, 4, "{body}");
        assert_eq!(
            inside,
            vec![
                "paragraph",
                "list",
                "paragraph",
                "paragraph",
                "code",
                "paragraph",
                "table",
                "paragraph",
                "paragraph",
                "list"
            ],
            "{body}"
        );
    }

    #[test]
    fn a_box_inside_a_list_item_is_a_box_under_the_item() {
        // As Sphinx writes a warning under one command of a list.
        let page = r#"<html><body><article><h1>Commands</h1>
            <p>The tool has a few commands you run from the shell, each described below in turn.</p>
            <ol><li><p><strong>purge</strong>: Purge messages from all configured task queues.</p>
            <blockquote><div><p>This command will remove all messages from the queues.</p>
            <div class="admonition warning"><p class="admonition-title">Warning</p>
            <p>There is no undo for this operation.</p></div></div></blockquote></li>
            <li><p><strong>inspect</strong>: Look at the workers.</p></li></ol>
            <p>After the list the guide goes on with more steps to follow, one by one, as before.</p>
            </article></body></html>"#;
        let article = crate::extract::extract(page, Format::Html);
        let body = Clipping::new(article, Original::default()).body_markdown();
        assert!(
            body.contains("\n\n> [!warning] Warning\n> There is no undo for this operation.\n\n"),
            "{body}"
        );
        assert!(!body.contains("- Warning"), "{body}");
    }

    #[test]
    fn an_items_paragraphs_and_code_stay_in_the_item() {
        let page = r#"<html><body><article><h1>Steps</h1>
            <p>Follow these steps in order; each one builds on the one before it, so do not skip.</p>
            <ol><li><p>Install the tool.</p><p>It takes a minute on most machines.</p></li>
            <li><p>Run it.</p><pre><code class="language-sh">tool run
  --fast</code></pre><p>It prints its address.</p></li>
            <li><pre><code>tool stop</code></pre></li></ol>
            <p>That is all there is to it, and the rest of the guide covers the settings.</p>
            </article></body></html>"#;
        let article = crate::extract::extract(page, Format::Html);
        let body = Clipping::new(article, Original::default()).body_markdown();
        assert!(
            body.contains(
                "1. Install the tool.\n\n   It takes a minute on most machines.\n\
                 2. Run it.\n   ```sh\n   tool run\n     --fast\n   ```\n\n   It prints its address.\n"
            ),
            "{body}"
        );
        // Code that is an item's first line is written after the item's marker.
        assert!(body.contains("\n3. ```\n   tool stop\n   ```"), "{body}");
        // Read back as CommonMark: the second item holds its code.
        use pulldown_cmark::{Event, Tag};
        let mut depth = 0;
        let mut code_in_item = 0;
        for event in pulldown_cmark::Parser::new(&body) {
            match event {
                Event::Start(Tag::Item) => depth += 1,
                Event::End(pulldown_cmark::TagEnd::Item) => depth -= 1,
                Event::Start(Tag::CodeBlock(_)) if depth > 0 => code_in_item += 1,
                _ => {}
            }
        }
        assert_eq!(code_in_item, 2, "{body}");
    }

    #[test]
    fn a_list_cut_off_from_its_box_is_written_as_itself() {
        let page = r#"<html><body><article><h1>Setting up</h1>
            <p>Install the tool first, then start it with the settings below, as the guide says.</p>
            <div class="admonition tip"><p class="admonition-title">Before you start</p>
            <p>Check two things on the machine you install it on.</p>
            <ul><li>The port is free.</li><li>The folder is writable.</li></ul>
            <p>Then go on with the steps below.</p></div>
            <p>After the box the guide goes on with more steps to follow, one by one.</p>
            </article></body></html>"#;
        let article = crate::extract::extract(page, Format::Html);
        let mut clipping = Clipping::new(article, Original::default());
        // The person trims the box's first paragraph: its list no longer follows the box.
        let first = clipping
            .article
            .blocks
            .iter()
            .position(|b| b.text.starts_with("Check two things"))
            .expect("the box's paragraph");
        assert!(clipping.set_keep(first, false));
        let body = clipping.body_markdown();
        assert!(
            body.contains("\n\n- The port is free.\n- The folder is writable.\n\n"),
            "{body}"
        );
        let (_, inside) = read_quotes(&body);
        assert!(!inside.contains(&"list"), "{body}");
    }
}
