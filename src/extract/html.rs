//! HTML → blocks (DOM-aware).
//!
//! One pass over the tokens of [`tokenizer`] (the WHATWG tokenizer's states that matter for text:
//! tags and attributes, comments, doctype, raw text in `<script>`/`<style>`, RCDATA in
//! `<title>`/`<textarea>`; character references are decoded here, for the text kept) does the
//! work of a light tree builder: the tree builder's implied end tags (`<p>` closed by a block,
//! `<li>` by the next `<li>`, cells and rows, void elements). Instead of a node tree it keeps an
//! arena of elements (tag, parent, what its class and id say) and emits text blocks as
//! block-level elements open and close, each pointing at its innermost element. That is enough
//! to score containers the way Readability does, at a fraction of the cost of building a full
//! DOM (speed target: ≤ 0.6 ms per page).
//!
//! The main container is the element whose subtree holds the most prose for the least
//! non-prose text; blocks inside it are the article's candidates, and the shared classifier then
//! trims what its structure (share rows, captions, related links) or its words mark as such.

mod builder;
pub mod mathml;
mod names;
mod notes;
mod page;
mod references;
mod tex;
pub mod tokenizer;

pub use references::{decode_attribute_entities, decode_entities};

use builder::*;
use names::*;
use notes::*;
pub(super) use page::strip_site_suffix;
use page::*;
use tex::*;
use tokenizer::{Attributes, Tag, Token, Tokenizer};

use super::assemble::{CellAt, Figure, FigureKind, Shape, Structure};
use super::candidate::{Candidate, Features, Metadata};
use super::fields::dates::{parse_machine_date, published_from};
use super::fields::json_ld::JsonLd;
use super::inputs::{self, DomCues};
use super::kind::PageHints;
use super::markdown::{self, escape_inline};
use super::util::fnv::FnvBuild;
use super::util::normalise::collapse;
use super::{Article, CalloutPart, CalloutType, Form, Format, ItemPlace, MediaKind, Reason, Role};
use super::{decide, measure};

/// See `Builder::open_media`.
type OpenMedia = (u32, MediaKind, Option<String>, String);

/// Extracts an article from HTML with the rules alone, each block's inputs for the learned
/// decision, and the page's structure for writing the blocks back as Markdown.
pub fn extract_html(input: &str) -> (Article, Vec<inputs::Row>, PageHints, Structure) {
    extract_html_with(input, false, None)
}

/// [`extract_html`], reading hidden elements as if shown when `read_hidden`, with relative links
/// resolved against `address` (the page's own address, when the caller knows it) unless the page
/// names a `<base>`.
pub fn extract_html_with(
    input: &str,
    read_hidden: bool,
    address: Option<&str>,
) -> (Article, Vec<inputs::Row>, PageHints, Structure) {
    let mut page = parse(input, read_hidden, address);
    // Each JSON-LD script is parsed once, for the fields and for the page's kind.
    let ld = JsonLd::parse(&page.raw.json_ld);
    let meta = page.metadata(&ld);
    let hints = page.hints(&ld, &meta);
    let (cands, feats, dom) = page.candidates();
    let mut rows = inputs::base_rows(&cands, &feats, &dom);
    let article = decide::classify_measured(cands, &feats, meta, Format::Html);
    inputs::add_rule_verdicts(&mut rows, &article);
    let structure = Structure {
        shapes: std::mem::take(&mut page.shapes),
        figures: std::mem::take(&mut page.figures),
        set_off: Vec::new(),
    };
    (article, rows, hints, structure)
}

#[derive(Debug, Clone)]
struct Element {
    parent: Option<u32>,
    hint: Option<Reason>,
    content_hint: bool,
    /// What this element's and its ancestors' tags and class words say ([`inputs::Cue`] bits).
    cues: u64,
    depth: u16,
    /// A hash of the tags and class strings from `<html>` down to this element: elements built
    /// by the same template (a grid's cards, an article's paragraphs) share it.
    shape: u64,
    /// What kind of element it is itself ([`OwnTag`]).
    own: inputs::OwnTag,
}

#[derive(Debug, Clone)]
struct RawBlock {
    text: String,
    markdown: String,
    has_markup: bool,
    link_chars: usize,
    elem: u32,
    role: Role,
    caption: bool,
    /// Some open element's class or tag marked the block as boilerplate.
    hinted: bool,
    shape: Shape,
}

/// Where the base for relative addresses came from, weakest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum BaseSource {
    None,
    /// The browser's note of where it saved the page from.
    SavedFrom,
    /// `og:url`.
    SharedAddress,
    /// `<link rel="canonical">`.
    Canonical,
    /// The address the caller says the page was read at (the browser's tab, the clipboard's
    /// source): the document's own address, which browsers resolve against when there is no
    /// `<base>`.
    Given,
    /// `<base href>`: what browsers themselves resolve against.
    BaseTag,
}

/// What [`Builder`] remembers between MathJax drawings (see `drawn_math`).
#[derive(Debug)]
struct DrawnMath {
    /// From which input position `</mjx-container` was looked for, and where it was found.
    end: Option<(usize, Option<usize>)>,
    /// From which input position `<math` was looked for, and where it was found.
    mathml: Option<(usize, Option<usize>)>,
    /// Bytes of drawings still to be read as formulas on this page.
    budget: usize,
}

/// A page's MathJax drawings are read as formulas up to this many bytes in all (a long paper's
/// formulas are a few hundred kilobytes); past it they are read as text.
const DRAWN_MATH_BUDGET: usize = 4 << 20;

impl Default for DrawnMath {
    fn default() -> Self {
        DrawnMath {
            end: None,
            mathml: None,
            budget: DRAWN_MATH_BUDGET,
        }
    }
}

#[derive(Debug, Default)]
struct RawMeta {
    title_tag: Option<String>,
    /// The language the root element declares (`<html lang="en-US">`).
    html_lang: Option<String>,
    metas: Vec<(String, String)>,
    canonical: Option<String>,
    /// The address a browser saved the page from (Chrome's `<!-- saved from url=(0044)… -->`).
    saved_from: Option<String>,
    /// The address the caller gave for the page, when it is an http(s) address.
    given: Option<String>,
    /// The input has a page's furniture: a menu, a page header or footer, a sidebar.
    furniture: bool,
    json_ld: Vec<String>,
    time_datetime: Option<String>,
    h1: Vec<String>,
    /// The page's first `<h2>` texts: some pages head their story with one, under an `<h1>`
    /// that is the site's name or a section's.
    h2: Vec<String>,
    /// The text of elements the markup marks as the author's (`rel="author"`,
    /// `itemprop="author"`, an "author" class, a link to an author page), in document order,
    /// outside comments, navigation and related-content lists.
    author_marked: Vec<Vec<String>>,
}

struct Page {
    elements: Vec<Element>,
    blocks: Vec<RawBlock>,
    raw: RawMeta,
    /// Bytes of prose-length text runs inside hidden elements (not read unless the page shows
    /// next to nothing).
    hidden_chars: usize,
    /// Bytes of all text inside hidden elements.
    hidden_text: usize,
    /// The blocks' shapes, moved out of the blocks when they become candidates.
    shapes: Vec<Shape>,
    figures: Vec<Figure>,
}

/// An inline mark open in the current block: which element, what it marks, and where its text
/// starts in the block's Markdown twin.
#[derive(Debug, Clone, Copy)]
struct OpenMark {
    elem: u32,
    mark: Mark,
    at: usize,
}

/// Where a closed mark's delimiters sit in the block's Markdown twin.
#[derive(Debug, Clone, Copy)]
struct ClosedMark {
    open_at: usize,
    close_at: usize,
    delimiter: &'static str,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Strong,
    Emphasis,
    Code,
    Strike,
    Highlight,
    Sub,
    Sup,
}

impl Mark {
    fn of(tag: &str) -> Option<Mark> {
        Some(match tag {
            "b" | "strong" => Mark::Strong,
            "i" | "em" => Mark::Emphasis,
            "code" | "kbd" | "samp" | "tt" => Mark::Code,
            "s" | "del" | "strike" => Mark::Strike,
            "mark" => Mark::Highlight,
            "sub" => Mark::Sub,
            "sup" => Mark::Sup,
            _ => return None,
        })
    }

    /// The delimiter a mark's text goes between, for the marks written as a run of the same
    /// character on both sides (which CommonMark opens and closes by what is around them).
    fn delimiter(self) -> Option<&'static str> {
        match self {
            Mark::Strong => Some("**"),
            Mark::Emphasis => Some("*"),
            Mark::Strike => Some("~~"),
            Mark::Highlight => Some("=="),
            Mark::Code | Mark::Sub | Mark::Sup => None,
        }
    }

    /// The Markdown around a mark's text.
    fn wrap(self, core: &str) -> String {
        let (open, close) = match self {
            Mark::Strong => ("**", "**"),
            Mark::Emphasis => ("*", "*"),
            Mark::Code => return markdown::code_span(core),
            Mark::Strike => ("~~", "~~"),
            Mark::Highlight => ("==", "=="),
            Mark::Sub => ("<sub>", "</sub>"),
            Mark::Sup => ("<sup>", "</sup>"),
        };
        format!("{open}{core}{close}")
    }
}

#[derive(Debug, Clone, Copy)]
struct ListState {
    elem: u32,
    ordered: bool,
    next: u32,
}

#[derive(Debug, Clone, Copy)]
struct ItemState {
    elem: u32,
    ordered: bool,
    depth: u8,
    number: u32,
    /// Blocks of the item's own text so far (a second is a further paragraph of the item).
    blocks: u32,
    /// The item opened with a heading (`<li><h3>Title</h3><p>…`): a section, whose heading
    /// carries the item's number and whose text is written as paragraphs, not as the item's.
    headed: bool,
}

#[derive(Debug, Clone)]
struct TableState {
    elem: u32,
    /// Rows started so far.
    rows: u32,
    /// The next free column of the current row.
    col: u32,
    /// The open cell and its element.
    cell: Option<(CellAt, u32)>,
    /// How deep in callout boxes the table stands, and the box it is the first line of (see
    /// `Shape::in_callout`).
    in_callout: u8,
    opens_callout: Option<CalloutType>,
}

#[derive(Debug, Clone)]
struct Open<'a> {
    tag: std::borrow::Cow<'a, str>,
    elem: u32,
    kind: Kind,
    hidden: bool,
    skipped: bool,
    /// Opens a comment section (see [`marks_comments`]).
    comments: bool,
    /// Marks an author's name (see [`Shape::post_author`]).
    post_author: bool,
    /// Marks a member's signature (see [`Shape::signature`]).
    signature: bool,
}

/// A callout box being read: an admonition, alert or callout the page drew around its text.
struct OpenCallout {
    /// Its element's place on the stack.
    at: usize,
    /// Its Obsidian type.
    kind: String,
    /// `-` when it is shown folded, `+` when it can be folded, else empty (Obsidian Publish's
    /// `data-callout-fold`).
    fold: String,
    /// Its title element's place on the stack, while it is open.
    title_at: Option<usize>,
    /// Its first line (title, or first text) is written.
    started: bool,
}

struct Builder<'a> {
    elements: Vec<Element>,
    stack: Vec<Open<'a>>,
    blocks: Vec<RawBlock>,
    raw: RawMeta,
    text: String,
    markdown: String,
    has_markup: bool,
    link_chars: usize,
    link_depth: usize,
    link_href: Vec<Option<String>>,
    pre_depth: usize,
    skip_depth: usize,
    hidden_depth: usize,
    /// Read hidden elements as if shown (a page whose script reveals everything).
    read_hidden: bool,
    hidden_chars: usize,
    /// Bytes of all text inside hidden elements that were not read.
    hidden_text: usize,
    block_role: Role,
    /// Inside an `<h1>` or `<h2>`: its text is gathered for the title's choice.
    in_headline: bool,
    headline_text: String,
    /// Some of the open headline's text is outside a link to the site's home page: it is not
    /// only the site's logo.
    headline_off_home: bool,
    /// Open author-marked elements (their element and where their text starts in
    /// `author_text`), and the text read while one is open.
    author_open: Vec<(u32, usize)>,
    author_text: String,
    /// Open elements that hold comments or replies: an author named inside is a commenter.
    comments_depth: usize,
    /// How many open elements mark an author's name, and how many bytes of the block being
    /// read were written inside one (see [`Shape::post_author`]).
    post_author_depth: usize,
    post_author_bytes: usize,
    /// A tag came between the last text and the next (see [`glued_across_tags`]).
    tag_since_text: bool,
    /// How many open elements mark a member's signature.
    signature_depth: usize,
    class_hints: std::collections::HashMap<String, ClassVerdict, FnvBuild>,
    /// What relative links and images resolve against: `<base href>`, else the canonical link.
    base: Option<url::Url>,
    /// How much `base` is believed: [`BaseSource`] order, the strongest source found so far.
    base_source: BaseSource,
    /// The page loads MathJax or KaTeX: TeX between math delimiters in its text is math.
    typesets_tex: bool,
    /// MathJax drawings (`<mjx-container>`): where the next container end and the next
    /// MathML inside one were last looked for from, and where they were found, so that a page
    /// of containers that never close is read once rather than once per container.
    drawn_math: DrawnMath,
    /// Open callout boxes (admonitions, alerts), innermost last.
    callouts: Vec<OpenCallout>,
    marks: Vec<OpenMark>,
    /// A mark just closed whose closing delimiter may not be able to close, depending on the
    /// character that follows it (settled when that character comes).
    unsettled_mark: Option<ClosedMark>,
    /// The last mark written with delimiters in this block, which the same mark right after it
    /// extends.
    last_delimited: Option<ClosedMark>,
    /// The last code span written in this block: where it starts and ends in the twin, and its
    /// code.
    last_code_span: Option<(usize, usize, String)>,
    /// Inside `<code>` outside `<pre>`: text goes into the twin unescaped (a code span).
    code_span_depth: usize,
    lists: Vec<ListState>,
    items: Vec<ItemState>,
    tables: Vec<TableState>,
    pre_elem: Option<u32>,
    pre_lang: Option<String>,
    /// The text of a code listing's toolbar (an element inside `<pre>` that cannot be selected,
    /// left out of the code) while it is open, with the skip depth it opened at: a toolbar that
    /// names a language ("Python") names the listing's, when no class did.
    pre_label: Option<(usize, String)>,
    /// A code language named by an open element around a coming `<pre>` (its stack index).
    lang_hint: Option<(usize, u32, String)>,
    /// An open link to or from a footnote, or a note's own label (its element, where its text
    /// starts in the twin and in the text, which): written as `[^label]`, or left out.
    note_link: Option<(u32, usize, usize, NoteLink)>,
    /// Footnote labels by the id of the note they point at.
    note_labels: std::collections::HashMap<String, String, FnvBuild>,
    /// The ids of footnote references: a link to one of them is a note's link back.
    note_ref_ids: std::collections::HashSet<String, FnvBuild>,
    /// The footnote whose definition is open (its element and label).
    note_def: Option<(u32, String)>,
    /// How many notes marked with a sign were named so far (the number in "asterisk-2").
    signed_notes: usize,
    /// An inline element that names the note its reference opens (`data-definition="fn3"`, a
    /// pop-up footnote whose link goes nowhere: `href="#"`): its element and the note's id.
    note_named_by: Option<(u32, String)>,
    /// The note in [`Builder::note_def`] began at a heading holding only its label (Texinfo's
    /// "(1)" over each note): its text is what follows in the heading's parent, until another
    /// note begins.
    note_def_after_label: bool,
    /// The labels of bare superscript numbers seen so far outside links (`<sup>2</sup>`): a
    /// margin note numbered 2 in an `<aside>` is the note they refer to.
    bare_sups: std::collections::HashSet<String, FnvBuild>,
    /// Images and videos in the current block: if it ends with no text, they stand alone (each
    /// placed before the next block when the block ends).
    block_images: Vec<Figure>,
    /// The `<video controls>` or `<audio controls>` open: its element, what it plays, its
    /// address once its `src` or a `<source>` inside names one, and what the page calls it.
    open_media: Option<OpenMedia>,
    /// The largest image of the last `<picture>`'s first `<source>`, for its `<img>` when that
    /// holds only a placeholder.
    picture_source: Option<String>,
    figures: Vec<Figure>,
    /// Where the twin ended after the last image written into it: text after the image that
    /// starts with a space keeps it there (the plain text already ends with one).
    image_end: Option<usize>,
    /// An open side note (`<span class="sidenote">` beside the text it annotates): its element,
    /// the block count, where its text starts in the text and the twin, and the block's link
    /// characters so far, when it opened.
    side_note: Option<(u32, usize, usize, usize, usize)>,
    /// A link to a place on the page inside a heading: its element, and where the block's text
    /// and twin stood when it opened. A permalink glyph it shows ("#", "¶") is dropped at its end.
    heading_anchor: Option<(u32, usize, usize)>,
    /// Side notes taken out of the current block, as (label, text, Markdown, link characters):
    /// written after it as footnote definitions.
    side_notes: Vec<(String, String, String, usize)>,
    side_note_count: usize,
    tok: Tokenizer<'a>,
}

fn parse(input: &str, read_hidden: bool, address: Option<&str>) -> Page {
    // The input stream's preprocessing: a `<pre>` written with CR LF keeps one line break a line.
    let input = tokenizer::normalize_newlines(input);
    let input: &str = &input;
    let root = Element {
        parent: None,
        hint: None,
        content_hint: false,
        cues: 0,
        depth: 0,
        shape: super::util::fnv::FNV_OFFSET,
        own: inputs::OwnTag::Other,
    };
    let mut b = Builder {
        elements: vec![root],
        stack: Vec::new(),
        blocks: Vec::new(),
        raw: RawMeta::default(),
        text: String::new(),
        markdown: String::new(),
        has_markup: false,
        link_chars: 0,
        link_depth: 0,
        link_href: Vec::new(),
        pre_depth: 0,
        skip_depth: 0,
        hidden_depth: 0,
        read_hidden,
        hidden_chars: 0,
        hidden_text: 0,
        block_role: Role::Paragraph,
        in_headline: false,
        headline_text: String::new(),
        headline_off_home: false,
        author_open: Vec::new(),
        author_text: String::new(),
        comments_depth: 0,
        post_author_depth: 0,
        post_author_bytes: 0,
        tag_since_text: false,
        signature_depth: 0,
        class_hints: std::collections::HashMap::default(),
        base: None,
        base_source: BaseSource::None,
        typesets_tex: false,
        drawn_math: DrawnMath::default(),
        callouts: Vec::new(),
        marks: Vec::new(),
        unsettled_mark: None,
        last_delimited: None,
        last_code_span: None,
        code_span_depth: 0,
        lists: Vec::new(),
        items: Vec::new(),
        tables: Vec::new(),
        pre_elem: None,
        pre_lang: None,
        pre_label: None,
        lang_hint: None,
        block_images: Vec::new(),
        open_media: None,
        picture_source: None,
        figures: Vec::new(),
        image_end: None,
        side_note: None,
        heading_anchor: None,
        side_notes: Vec::new(),
        side_note_count: 0,
        tok: Tokenizer::new(input, Attributes::Wanted),
        note_link: None,
        note_labels: std::collections::HashMap::default(),
        note_ref_ids: std::collections::HashSet::default(),
        note_def: None,
        note_named_by: None,
        signed_notes: 0,
        note_def_after_label: false,
        bare_sups: std::collections::HashSet::default(),
    };
    if let Some(address) = address {
        b.offer_base(address, BaseSource::Given);
        if b.base_source == BaseSource::Given {
            b.raw.given = b.base.as_ref().map(|u| u.to_string());
        }
    }
    b.run();
    b.flush();
    Page {
        elements: b.elements,
        blocks: b.blocks,
        raw: b.raw,
        shapes: Vec::new(),
        figures: b.figures,
        hidden_chars: b.hidden_chars,
        hidden_text: b.hidden_text,
    }
}

/// What a class attribute says, worked out once per distinct class string.
#[derive(Debug, Clone, Default)]
struct ClassVerdict {
    /// A boilerplate hint.
    hint: Option<Reason>,
    /// It marks the article's body.
    content: bool,
    /// Its [`inputs::Cue`] bits.
    cues: u64,
    /// It marks an author's name or box (see [`class_marks_author`]).
    author: bool,
    /// It names a member's name (see [`marks_username`]).
    username: bool,
    /// It names a member's signature (see [`marks_signature`]).
    signature: bool,
    /// It marks comments (see [`marks_comments`]).
    comments: bool,
    /// It names a link to edit the page (see [`is_edit_control`]).
    edit_control: bool,
    /// The code language it names (see [`lang_of`]).
    lang: Option<String>,
    /// What [`is_hidden`] reads of it, besides the tag and its other attributes.
    hides: ClassHides,
    /// The callout box it makes its element (see [`callout_class`]).
    callout: Option<&'static str>,
    /// It names a callout box's title ([`is_callout_title`]).
    callout_title: bool,
    /// The class string's hash, for its elements' path shape (0 for no class).
    hash: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text of each block of `html`, in order.
    fn block_texts(html: &str) -> Vec<String> {
        extract_html(html)
            .0
            .blocks
            .into_iter()
            .map(|b| b.text)
            .collect()
    }

    /// The blocks' Markdown (their text where they have no markup left) of an article whose
    /// paragraphs are `paragraphs`.
    fn article_markdown(paragraphs: &[&str]) -> String {
        let mut html = String::from(
            "<html><body><article><p>A long enough paragraph that is plainly the article's own \
             text and nothing else at all.</p>",
        );
        for p in paragraphs {
            html.push_str(&format!("<p>{p}</p>"));
        }
        html.push_str(
            "<p>Another paragraph of the article with enough words in it to count as the \
             text.</p></article></body></html>",
        );
        extract_html(&html)
            .0
            .blocks
            .iter()
            .map(|b| b.markdown.clone().unwrap_or_else(|| b.text.clone()))
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn words_a_pages_style_sets_apart_are_not_glued_and_split_words_stay_whole() {
        let markdown = article_markdown(&[
            "<a href=\"https://example.com/jobs\">Programming Jobs</a><span>Latest post 1 day ago</span>",
            "Get a Rental Quote<span>Call us on the number below at any hour</span>",
            // A capital after a capital, a word cut by a page builder, an identifier cut by a
            // highlighter inside code: as written.
            "<b>W</b>ord by word the <b>B</b>reakfast club met on Sundays at the old mill.",
            "The i<span>Phone</span> and Java<b>Script</b> are written as the page wrote them.",
            "Call <code>get<span>Value</span>()</code> to read the setting back from the store.",
        ]);
        assert!(
            markdown.contains("[Programming Jobs](https://example.com/jobs) Latest post 1 day ago"),
            "{markdown}"
        );
        assert!(
            markdown.contains("Get a Rental Quote Call us on"),
            "{markdown}"
        );
        assert!(
            markdown.contains("**W**ord by word the **B**reakfast"),
            "{markdown}"
        );
        assert!(markdown.contains("`getValue()`"), "{markdown}");
        assert!(
            markdown.contains("The iPhone and Java**Script**"),
            "{markdown}"
        );
    }

    #[test]
    fn a_mark_commonmark_could_not_read_is_left_out_and_split_marks_join() {
        let markdown = article_markdown(&[
            // Punctuation inside, a letter outside: the asterisks would show as written.
            "Monthly plan: <b>Us$</b>14.99 per month, billed once a year for everyone.",
            "It aims to answer <em>what can be done</em><em>.</em> and nothing more than that.",
            "Then use layers<s>,</s> overhead fixtures and candles at every level of the room.",
            "Support from editing to<b><a href=\"https://example.com/c\"> cover design</a></b> is here.",
            // One word split over two marks by a page builder.
            "<b>B</b><b>reakfast:</b> choose a main dish per person plus two sides for each guest.",
            // Ordinary marks stay.
            "A <b>bold</b> word, an <em>emphasised one</em>, and <b>Note:</b> before more words.",
            "The letter is <code>U+00DF</code><code>0x C3 9F</code> in two code elements side by side.",
            "<b>Ends with a stop.</b>",
        ]);
        assert!(
            markdown.contains("Us\\$**14.99**") || markdown.contains("Us\\$14.99"),
            "{markdown}"
        );
        assert!(!markdown.contains("**Us"), "{markdown}");
        assert!(markdown.contains("*what can be done.* and"), "{markdown}");
        assert!(markdown.contains("layers, overhead"), "{markdown}");
        assert!(!markdown.contains("~~"), "{markdown}");
        assert!(
            markdown.contains("to **[cover design](https://example.com/c)** is"),
            "{markdown}"
        );
        assert!(markdown.contains("**Breakfast:** choose"), "{markdown}");
        assert!(
            markdown.contains("A **bold** word, an *emphasised one*, and **Note:** before"),
            "{markdown}"
        );
        assert!(markdown.contains("**Ends with a stop.**"), "{markdown}");
        assert!(markdown.contains("is `U+00DF0x C3 9F` in"), "{markdown}");
    }

    #[test]
    fn spaces_and_line_breaks_at_a_links_ends_go_outside_its_brackets() {
        let markdown = article_markdown(&[
            "<b>Recommended:</b> <a href=\"https://example.com/a\">Best classes in town<br></a>\
             <b>Recommended:</b> <a href=\"https://example.com/b\">Best bootcamps</a>",
            "Read the guide<a href=\"https://example.com/c\"> on pricing </a>before you start.",
            "A sentence that ends with a link holding only a break.<a href=\"https://example.com/d\"><br></a>",
        ]);
        assert!(
            markdown.contains(
                "[Best classes in town](https://example.com/a)  \n**Recommended:** [Best bootcamps]"
            ),
            "{markdown}"
        );
        assert!(
            markdown.contains("guide [on pricing](https://example.com/c) before"),
            "{markdown}"
        );
        assert!(!markdown.contains("example.com/d"), "{markdown}");
        assert!(!markdown.contains("[]("), "{markdown}");
    }

    #[test]
    fn a_heading_linking_back_to_the_contents_keeps_its_words() {
        let html = "<html><body><main><h1>Monitoring guide</h1>\
            <h2><a class=\"toc-backref\" href=\"#id3\" role=\"doc-backlink\">Introduction</a>\
            <a class=\"headerlink\" href=\"#introduction\">¶</a></h2>\
            <p>There are several tools available to monitor and inspect the clusters you run.</p>\
            <p>This document describes some of these, as well as features related to them.</p>\
            </main></body></html>";
        let article = extract_html(html).0;
        let heading = article
            .blocks
            .iter()
            .find(|b| b.text.contains("Introduction"))
            .expect("the heading is a block");
        assert_eq!(heading.to_markdown(), "## Introduction");
    }

    #[test]
    fn bold_around_an_image_is_left_out() {
        assert!(only_images("![](a.jpg)"));
        assert!(only_images("[![A cat](a.jpg)](b.jpg) ![](c.png)"));
        // A page's parentheses are escaped in its addresses.
        assert!(only_images(
            "[![A cat](a_\\(1\\).jpg)](b_\\(2\\).jpg) ![](c\\(3\\).png)"
        ));
        assert!(!only_images("![](a_\\(1\\).jpg) and text"));
        assert!(!only_images("![](a.jpg) and text"));
        assert!(!only_images("[a link](b.html)"));
        assert!(!only_images(""));
        let html = "<html><body><article>\
            <p>A long enough paragraph that is plainly the article's own text and nothing else.</p>\
            <p>1) A set<br><strong><a href=\"https://example.com/1.jpg\"><img src=\"https://example.com/1s.jpg\" alt=\"\"></a></strong><br>\
            2) Another set, <strong>bold</strong> as it was.</p>\
            <p>Another paragraph of the article with enough words in it to count as the text.</p>\
            </article></body></html>";
        let article = extract_html(html).0;
        let markdown: String = article
            .blocks
            .iter()
            .filter_map(|b| b.markdown.clone())
            .collect::<Vec<_>>()
            .join("\n");
        assert!(
            markdown.contains("[![](https://example.com/1s.jpg)](https://example.com/1.jpg)"),
            "{markdown}"
        );
        assert!(!markdown.contains("**[!["), "{markdown}");
        assert!(markdown.contains("**bold**"), "{markdown}");
    }

    #[test]
    fn a_code_language_is_read_from_its_class() {
        for (class, language) in [
            ("language-rust", Some("rust")),
            ("hljs lang-py", Some("py")),
            // GitHub: the word after "highlight" is the prefixed name, not a language.
            ("highlight highlight-source-ts notranslate", Some("ts")),
            // Hexo: the word after "highlight" is the language.
            ("highlight sh", Some("sh")),
            ("brush: perl;", Some("perl")),
            ("notranslate position-relative", None),
        ] {
            assert_eq!(names::lang_of(class).as_deref(), language, "{class}");
        }
    }

    #[test]
    fn a_code_line_in_an_element_of_its_own_keeps_its_indentation() {
        let html = "<html><body><article><h1>Config</h1>\
            <p>The configuration below connects as root on the default port, as most images expect.</p>\
            <pre><div>connection {</div><div>  type = \"ssh\"</div><div>}</div></pre>\
            <p>That is all it takes: the provisioner reaches the machine whenever the plan runs.</p>\
            </article></body></html>";
        let code: Vec<String> = crate::extract::kept_markdown(html)
            .into_iter()
            .filter(|m| m.starts_with("```"))
            .collect();
        assert_eq!(code, ["```\nconnection {\n  type = \"ssh\"\n}\n```"]);
    }

    /// The index of the first block whose text starts with `text`.
    fn block_starting(article: &Article, text: &str) -> usize {
        article
            .blocks
            .iter()
            .position(|b| b.text.starts_with(text))
            .unwrap_or_else(|| panic!("no block starts with {text:?}"))
    }

    #[test]
    fn blocks_built_by_one_template_are_counted_with_their_parents() {
        use crate::extract::inputs::at;
        let card = |n: u32| {
            format!(
                "<div class=\"card\"><h3>Story number {n}</h3>\
                 <p>A teaser for the story, two lines long.</p></div>"
            )
        };
        let page = format!(
            "<html><body><article><h1>The headline</h1>\
             <p>The first paragraph of the story, long enough to be read as prose.</p>\
             <p>The second paragraph of the story, also long enough to be prose.</p>\
             <p>The third paragraph, which ends the story for now.</p></article>\
             <div class=\"grid\">{}{}{}{}</div></body></html>",
            card(1),
            card(2),
            card(3),
            card(4)
        );
        let (article, rows, ..) = extract_html(&page);
        let row_of = |text: &str| &rows[block_starting(&article, text)];
        let paragraph = row_of("The second paragraph");
        let teaser = row_of("A teaser");
        let heading = row_of("Story number 3");
        // Three paragraphs in one parent; four teasers, each in a card of its own.
        assert_eq!(paragraph[at!("template_log_blocks")], 3f32.ln_1p());
        assert_eq!(paragraph[at!("template_parent_share")], 1.0 / 3.0);
        assert_eq!(teaser[at!("template_log_blocks")], 4f32.ln_1p());
        assert_eq!(teaser[at!("template_parent_share")], 1.0);
        assert_eq!(heading[at!("template_parent_share")], 1.0);
        let page_chars: usize = article.blocks.iter().map(|b| b.text.chars().count()).sum();
        let teasers = 4.0 * "A teaser for the story, two lines long.".len() as f32;
        assert!((teaser[at!("template_chars_share")] - teasers / page_chars as f32).abs() < 0.05);
    }

    #[test]
    fn each_block_says_which_kind_of_element_holds_its_text() {
        use crate::extract::inputs::at;
        let (article, rows, ..) = extract_html(
            "<html><body><article><h1>The headline</h1>\
             <p>Text in a paragraph of the story.</p>\
             <div>Text straight in a division.</div>\
             <table><tr><td>Text in a table cell.</td></tr></table>\
             <a href=\"/more\">Text in a link<div>around a division.</div></a>\
             </article></body></html>",
        );
        let own = |text: &str| {
            let i = block_starting(&article, text);
            ["own_p", "own_div", "own_cell", "own_inline"]
                .into_iter()
                .zip([
                    rows[i][at!("own_p")],
                    rows[i][at!("own_div")],
                    rows[i][at!("own_cell")],
                    rows[i][at!("own_inline")],
                ])
                .filter(|(_, v)| *v == 1.0)
                .map(|(name, _)| name)
                .collect::<Vec<_>>()
        };
        assert_eq!(own("Text in a paragraph"), ["own_p"]);
        assert_eq!(own("Text straight in a division"), ["own_div"]);
        assert_eq!(own("Text in a table cell"), ["own_cell"]);
        assert_eq!(own("Text in a link"), ["own_inline"]);
        assert!(own("The headline").is_empty());
    }

    #[test]
    fn a_posts_name_and_a_members_signature_are_marked_and_the_members_box_is_not() {
        let html = "<html><body><article class=\"message\"><div class=\"message-user\" \
            itemprop=\"author\"><h4 class=\"message-name\"><a class=\"username\" \
            href=\"/members/ann.1/\">Ann</a></h4><h5 class=\"userTitle\">Senior Member</h5>\
            <dl><dt>Messages</dt><dd>1,234</dd></dl></div><div class=\"message-content\">\
            <p>The tent held up in gales on the ridge, though the poles bent a little.</p>\
            <div class=\"message-signature\"><p>Walking the hills since 1999.</p></div>\
            </div></article><p>Posted by <span class=\"byline\"><a href=\"/u/bob\">Bob</a>\
            </span> on the third of May, after a long day on the hill with the club.</p>\
            <p><span itemprop=\"author\">Cat</span></p></body></html>";
        let (article, _, _, structure) = extract_html(html);
        let marks = |text: &str| {
            let i = article
                .blocks
                .iter()
                .position(|b| b.text == text || b.text.starts_with(text))
                .unwrap_or_else(|| panic!("{text}"));
            (
                structure.shapes[i].post_author,
                structure.shapes[i].signature,
            )
        };
        assert_eq!(marks("Ann"), (true, false));
        assert_eq!(marks("Cat"), (true, false));
        // The member's box around the name is marked `itemprop="author"` too: its other lines
        // are not the name.
        assert_eq!(marks("Senior Member"), (false, false));
        assert_eq!(marks("1,234"), (false, false));
        assert_eq!(marks("The tent held up"), (false, false));
        assert_eq!(marks("Walking the hills"), (false, true));
        // A name inside a sentence is not the block's.
        assert_eq!(marks("Posted by Bob"), (false, false));
    }

    #[test]
    fn a_heading_that_only_links_home_is_the_sites_logo_not_the_title() {
        let page = |logo: &str| {
            format!(
                "<html><head><title>Hill Walkers on the ridge: which tent for the winter? / Gear / Hill Walkers Forum\
                 </title></head><body><div id=\"top\">{logo}</div>\
                 <div class=\"post\"><p>I am planning the crossing in February and wonder \
                 which tent copes with the wind up there; the one I have flaps all night.</p>\
                 <p>Any advice from those who went last year is welcome, thank you all.</p>\
                 </div></body></html>"
            )
        };
        for logo in [
            "<h1><a href=\"/\">Hill Walkers</a></h1>",
            "<h1><a href=\"https://walkers.example/\"><img src=\"logo.png\" alt=\"\"> Hill Walkers</a></h1>",
            "<h2><a href=\"index.html\">Hill Walkers</a></h2>",
        ] {
            // The title the page's fields give, before the learned decision: a page read as a
            // service is then named by its document title, whatever its headings say.
            let (article, ..) = extract_html(&page(logo));
            assert_eq!(
                article.title.as_deref(),
                Some("Hill Walkers on the ridge: which tent for the winter?"),
                "{logo}"
            );
        }
        // A headline that links to its own story is still the headline.
        let own = "<h1><a href=\"/gear/which-tent\">Hill Walkers on the ridge: which tent for the winter?</a></h1>";
        assert_eq!(
            extract_html(&page(own)).0.title.as_deref(),
            Some("Hill Walkers on the ridge: which tent for the winter?")
        );
    }

    #[test]
    fn a_highlighters_wrapper_around_one_listing_is_not_the_article() {
        // Some highlighters wrap `<pre>` in an outer `<code>`: the longest listing's wrapper
        // held the most "prose", and the paragraphs and the other listing fell outside it.
        let html = "<html><body><article><h1>Quickstart</h1>\
            <p>Install the package and run your first job:</p>\
            <code class=\"wrap\"><pre><code>npm install example-sdk\n\n\
            const sdk = require('example-sdk');\n\
            const result = await sdk.run({ task: 'hello', retries: 3, timeout: 30 });\n\
            console.log(result);</code></pre></code>\
            <p>You can also pass options:</p>\
            <code class=\"wrap\"><pre><code>interface Options {\n  task: string;\n  retries?: number;\n  \\
            timeout?: number;\n}</code></pre></code>\
            </article></body></html>";
        let kept = crate::extract::kept_markdown(html);
        assert!(
            kept.iter().any(|m| m.starts_with("Install the package")),
            "{kept:?}"
        );
        assert!(
            kept.iter().any(|m| m.contains("interface Options")),
            "{kept:?}"
        );
    }

    #[test]
    fn marks_and_links_inside_a_code_span_keep_only_their_text() {
        let html = "<html><body><article><h1>systemctl</h1>\
            <p>Use the <code>-H <i>user</i>@<b>host</b></code> switch to reach a remote machine, \
            and see <code><a href=\"/docs/String\">String</a>::new</code> for the type, \
            or <a href=\"/docs/Vec\"><code>Vec</code></a> for a growable list of any length.</p>\
            <p>A second paragraph so that the article has some more text in it than one line.</p>\
            </article></body></html>";
        let markdown = crate::extract::kept_markdown(html).join("\n");
        assert!(markdown.contains("`-H user@host`"), "{markdown}");
        assert!(markdown.contains("`String::new`"), "{markdown}");
        assert!(markdown.contains("[`Vec`](/docs/Vec)"), "{markdown}");
    }

    #[test]
    fn a_list_styled_with_numbers_is_numbered() {
        assert_eq!(style_numbers_items("list-style-type: decimal;"), Some(true));
        assert_eq!(
            style_numbers_items("margin:0; LIST-STYLE: Lower-Roman inside"),
            Some(true)
        );
        assert_eq!(
            style_numbers_items("list-style-type: disc !important"),
            Some(false)
        );
        assert_eq!(style_numbers_items("list-style: none"), None);
        assert_eq!(style_numbers_items("--list-style-type: decimal"), None);
        assert_eq!(style_numbers_items("display: block"), None);
        let html = "<html><body><article><h1>Bread</h1>\
            <p>A loaf that takes a night to rise and an hour to bake, with a crust that crackles.</p>\
            <ul class=\"instructions\"><li style=\"list-style-type: decimal;\">Whisk the water and starter.</li>\
            <li style=\"list-style-type: decimal;\">Add the flour and salt.</li></ul>\
            <ol style=\"list-style: disc\"><li>Flour</li><li>Salt</li></ol>\
            <p>Bake it at the hottest your oven goes, then let it cool before you cut it.</p>\
            </article></body></html>";
        let markdown = crate::extract::kept_markdown(html).join("\n");
        assert!(
            markdown.contains("1. Whisk the water and starter."),
            "{markdown}"
        );
        assert!(
            markdown.contains("2. Add the flour and salt."),
            "{markdown}"
        );
        assert!(markdown.contains("- Flour"), "{markdown}");
    }

    #[test]
    fn a_sections_edit_link_is_left_out() {
        let html = "<html><body><article><h1>Languages</h1>\
            <p>An index of notable languages, in current or historical use, with a line on each.</p>\
            <div class=\"mw-heading\"><h2 id=\"A\">A</h2><span class=\"mw-editsection\">\
            <span class=\"mw-editsection-bracket\">[</span>\
            <a href=\"/w/index.php?title=Languages&amp;action=edit&amp;section=1\">edit</a>\
            <span class=\"mw-editsection-bracket\">]</span></span></div>\
            <p>A.NET, A-0 System, A+ and ABAP, each with its own page and a line on where it ran.</p>\
            <p>Written by the team.<span class=\"edit-link\"><a href=\"/wp-admin/post.php\">Edit</a></span></p>\
            <p class=\"credit-editsectionless\">The editors keep this list current once a month.</p>\
            </article></body></html>";
        let article = extract_html(html).0;
        let text: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(text.contains(&"A"), "{text:?}");
        assert!(text.contains(&"Written by the team."), "{text:?}");
        assert!(
            !text
                .iter()
                .any(|t| t.contains("[") || *t == "edit" || t.contains("Edit")),
            "{text:?}"
        );
        // A class that only mentions editing among other words is not a control.
        assert!(is_edit_control("mw-editsection"));
        assert!(is_edit_control("Edit-Link"));
        assert!(!is_edit_control("editorial-content"));
        assert!(!is_edit_control("editor-picks"));
    }

    #[test]
    fn callout_boxes_are_told_by_their_markup() {
        let tag = |attrs: &[(&'static str, &'static str)]| Tag {
            name: "div".into(),
            self_closing: false,
            attrs: attrs
                .iter()
                .map(|(n, v)| ((*n).into(), (*v).into()))
                .collect(),
        };
        // What makes a box: Obsidian Publish's attribute, else the class.
        let callout_kind = |tag: &Tag<'_>, class: &str| {
            names::callout_attribute(tag)
                .or_else(|| names::callout_class(class).map(str::to_string))
        };
        let kind = |class: &str| callout_kind(&tag(&[]), class);
        assert_eq!(kind("admonition note").as_deref(), Some("note"));
        assert_eq!(
            kind("details admonition Warning open").as_deref(),
            Some("warning")
        );
        // Sphinx's custom admonition names no type.
        assert_eq!(
            kind("admonition-discovery admonition").as_deref(),
            Some("note")
        );
        assert_eq!(
            kind("markdown-alert markdown-alert-tip").as_deref(),
            Some("tip")
        );
        assert_eq!(kind("alert alert-danger").as_deref(), Some("danger"));
        assert_eq!(kind("alert alert-primary").as_deref(), Some("note"));
        assert_eq!(kind("alert"), None);
        assert_eq!(kind("alert-heading"), None);
        assert_eq!(kind("admonition-title"), None);
        assert_eq!(kind("cookie-alert-banner"), None);
        let obsidian = tag(&[("data-callout", "FAQ")]);
        assert_eq!(callout_kind(&obsidian, "callout").as_deref(), Some("faq"));
        // A folded box's text is read, and the fold kept on its title line.
        let page = r#"<html><body><article><h1>Questions</h1>
            <p>The answers below are folded on the page until a title is clicked by the reader.</p>
            <div data-callout="faq" data-callout-fold="-" class="callout">
            <div class="callout-title"><div class="callout-title-inner">Is this foldable?</div></div>
            <div class="callout-content" style="display: none;"><p>Yes, it is hidden.</p></div>
            </div><p>More prose after the box, long enough for the engine to keep as text.</p>
            </article></body></html>"#;
        let article = crate::extract::extract(page, Format::Html);
        let folded: Vec<String> = article
            .blocks
            .iter()
            .filter(|b| b.keep && b.role == Role::Quote)
            .map(crate::extract::Block::to_markdown)
            .collect();
        assert_eq!(
            folded,
            vec!["> [!faq]- Is this foldable?", "> Yes, it is hidden."],
            "{:?}",
            article.blocks
        );
        let odd = tag(&[("data-callout", "]] <x>")]);
        assert_eq!(callout_kind(&odd, "callout").as_deref(), Some("note"));
        assert!(names::is_callout_title("details-summary admonition-title"));
        assert!(names::is_callout_title("callout-title"));
        assert!(!names::is_callout_title("callout-title-inner"));
        assert!(!names::is_callout_title("title"));
    }

    #[test]
    fn what_a_class_says_about_hiding_is_read_once_per_class_string() {
        // Line numbers: some names anywhere, Chroma's `ln` and `lnt` only inside a listing.
        let lines = |class: &str| {
            let h = names::ClassHides::of(class);
            (h.line_numbers, h.line_numbers_in_pre)
        };
        assert_eq!(lines("hljs-ln-numbers"), (true, true));
        assert_eq!(lines("code LineNumbers"), (true, true));
        assert_eq!(lines("gutter"), (true, true));
        assert_eq!(lines("row ln"), (false, true));
        assert_eq!(lines("lnt"), (false, true));
        assert_eq!(lines("line-numbers"), (false, false));
        assert_eq!(lines("main inner"), (false, false));
        // Side notes: a whole class word, in any case.
        assert!(names::ClassHides::of("SideNote").side_note);
        assert!(names::ClassHides::of("x margin-note").side_note);
        assert!(!names::ClassHides::of("footnote-number").side_note);
        assert!(!names::ClassHides::of("notes").side_note);
        assert!(names::ClassHides::of("katex-html").katex_rendering);
        assert!(!names::ClassHides::of("").katex_rendering);
    }

    #[test]
    fn a_headings_permalink_glyph_is_not_part_of_it() {
        let html = "<html><body><article><h1>Notes</h1>\
            <p>An opening paragraph long enough to be the article's text, with a few more words.</p>\
            <h2 id=\"setup\">Setup<a class=\"headerlink\" href=\"#setup\" title=\"Permanent link\">¶</a></h2>\
            <p>The setup takes ten minutes and needs nothing but a terminal and a text editor.</p>\
            <h2 id=\"use\"><a href=\"#use\">#</a> Use</h2>\
            <p>Run the command once a day; it keeps the last seven days and drops the rest.</p>\
            <h2 id=\"more\"><a class=\"heading-anchor\" href=\"#more\">More</a></h2>\
            <p>The rest of the manual covers the options one by one, with an example each.</p>\
            </article></body></html>";
        let article = extract_html(html).0;
        let headings: Vec<(String, Option<String>)> = article
            .blocks
            .iter()
            .filter(|b| b.role == Role::Heading)
            .map(|b| (b.text.clone(), b.markdown.clone()))
            .collect();
        let texts: Vec<&str> = headings.iter().map(|(t, _)| t.as_str()).collect();
        // An anchor around the heading's words keeps them.
        assert_eq!(texts, ["Setup", "Use", "More"], "{headings:?}");
        for (_, markdown) in &headings {
            let markdown = markdown.as_deref().unwrap_or("");
            assert!(
                !markdown.contains('¶') && !markdown.contains('#'),
                "{markdown}"
            );
        }
    }

    #[test]
    fn an_h2_that_is_the_title_heads_the_page_over_a_section_h1() {
        let p =
            "A paragraph of the post that is long enough to be read as its text, with more words.";
        let html = format!(
            "<html><head><title>What do people love about it? | Example Blog</title></head><body>\
             <article><h2>What do people love about it?</h2><p>{p}</p>\
             <h1>But what they love is the sense of empowerment</h1><p>{p}</p></article></body></html>"
        );
        let article = extract_html(&html).0;
        assert_eq!(
            article.title.as_deref(),
            Some("What do people love about it?")
        );
    }

    #[test]
    fn invisible_characters_and_a_headlines_glyph_are_left_out() {
        let html = "<html><head><title>Models | Example documentation</title></head><body><article>\
            <h1>Models<a class=\"headerlink\" href=\"#models\">¶</a></h1>\
            <p>A model is the single, defin&shy;itive source of infor\u{200b}mation about your data, \
            and this para\u{feff}graph says so at some length.</p></article></body></html>";
        let article = extract_html(html).0;
        assert_eq!(article.title.as_deref(), Some("Models"));
        let body: String = article.kept_body().map(|b| b.text.clone()).collect();
        assert!(
            body.contains("definitive source of information about your data, and this paragraph"),
            "{body}"
        );
    }

    #[test]
    fn noscript_content_is_read_as_a_page_without_scripts_shows_it() {
        // Forum software serves its posts to readers without JavaScript inside <noscript>.
        let html = "<html><body><noscript><div id=\"main-outlet\"><h1>Printer stopped working</h1>\
            <div class=\"post\"><p>Since the last update my printer does not print anything at all, \
            and the queue shows every job as finished although no page comes out of it.</p></div>\
            <div class=\"post\"><p>Try removing the printer and adding it again: the update changed \
            the driver, and the old queue keeps pointing at a driver that is no longer there.</p></div>\
            </div></noscript><script>start()</script></body></html>";
        let body = extract_html(html).0.body_text();
        assert!(body.contains("my printer does not print"), "{body}");
        assert!(body.contains("adding it again"), "{body}");
    }

    #[test]
    fn a_streamed_renders_hidden_chunks_are_read_as_the_browser_shows_them() {
        // The specifications arrive in a hidden chunk that the page's script moves into the
        // placeholder; a hidden dialog stays hidden.
        let html = "<html><body><main><h1>Travel kettle</h1><template id=\"B:0\"></template></main>\
            <div hidden id=\"S:0\"><h2>Specifications</h2><p>Capacity</p><p>0.8 litres</p>\
            <p>The kettle folds flat for travel and boils a cup of water in under two minutes.</p>\
            </div><div hidden id=\"dialog\"><p>Sign up for offers</p></div>\
            <script>$RC(\"B:0\",\"S:0\")</script></body></html>";
        let text = block_texts(html);
        assert!(text.iter().any(|t| t == "0.8 litres"), "{text:?}");
        assert!(text.iter().all(|t| !t.contains("Sign up")), "{text:?}");
        assert!(!is_streamed_segment("div", "S:"));
        assert!(!is_streamed_segment("div", "S:main"));
    }

    #[test]
    fn a_share_cards_written_by_line_names_the_author() {
        let authors = |head: &str| {
            let page = format!(
                "<html><head><title>Movers</title>{head}</head><body><article><h1>Movers</h1>\
                 <p>The first paragraph is long enough to count as prose, and the crew arrived \
                 early on Tuesday to start.</p></article></body></html>"
            );
            extract_html(&page).0.authors
        };
        let card = |label: &str, data: &str| {
            format!(
                "<meta name=\"twitter:label1\" content=\"Est. reading time\">\
                 <meta name=\"twitter:data1\" content=\"16 minutes\">\
                 <meta name=\"twitter:label2\" content=\"{label}\">\
                 <meta name=\"twitter:data2\" content=\"{data}\">"
            )
        };
        assert_eq!(authors(&card("Written by", "Tyler Brown")), ["Tyler Brown"]);
        assert_eq!(
            authors(&card("Geschrieben von", "Jana Roth")),
            ["Jana Roth"]
        );
        // Another label, or the site's default account, names no one.
        assert!(authors(&card("Filed under", "Student Achievement")).is_empty());
        assert!(authors(&card("Written by", "admin")).is_empty());
    }

    #[test]
    fn text_for_screen_readers_only_is_not_the_pages_text() {
        let html = "<html><body><main><h1>Arrival T-Shirt</h1>\
            <p class=\"sr-only\">This is an image gallery carousel with clickable slides.</p>\
            <p>The shirt is made for training, with a <a href=\"https://e.org/fit\">slim fit\
            <span class=\"visually-hidden\"> (opens in a new tab)</span></a> and a light \
            fabric that dries fast.</p>\
            <a class=\"sr-only focus:not-sr-only\" href=\"#main\">Skip to the sizes</a>\
            <p class=\"sr-only md:not-sr-only\">Sizes and fit</p>\
            <h2 class=\"sr-only\">Reviews</h2></main></body></html>";
        let text = block_texts(html);
        let all = text.join("\n");
        assert!(!all.contains("carousel"), "{text:?}");
        assert!(!all.contains("new tab"), "{text:?}");
        assert!(all.contains("slim fit and a light fabric"), "{text:?}");
        // Shown again on focus or on wider screens: still the page's.
        assert!(all.contains("Skip to the sizes"), "{text:?}");
        assert!(all.contains("Sizes and fit"), "{text:?}");
        // A heading for screen readers names a section: it stays.
        assert!(all.contains("Reviews"), "{text:?}");
    }

    #[test]
    fn a_copy_for_phones_only_is_not_the_pages_text_on_a_desktop() {
        let html = "<html><body><main><h1>Scaling the queue</h1>\
            <p class=\"block lg:hidden\">Scaling the queue (the phone's copy)</p>\
            <p class=\"hidden lg:block\">How we redesigned our message queue to carry ten \
            times the load.</p>\
            <h3><span class=\"not-machine:hidden\">### </span>The old design</h3>\
            <p class=\"d-lg-none\">Tap to read more</p>\
            <p class=\"hidden\">A closed tab's text, which a script shows.</p>\
            <p>The broker kept every message on one disk, and that disk filled each night.</p>\
            </main></body></html>";
        let text = block_texts(html);
        let all = text.join("\n");
        assert!(!all.contains("phone's copy"), "{text:?}");
        assert!(!all.contains("Tap to read"), "{text:?}");
        assert!(!all.contains("###"), "{text:?}");
        assert!(text.iter().any(|t| t == "The old design"), "{text:?}");
        // Shown from a desktop's width on: the page's.
        assert!(all.contains("ten times the load"), "{text:?}");
        // A plain `hidden` is read as the `hidden` attribute is not: often a script's state.
        assert!(all.contains("closed tab"), "{text:?}");
    }

    #[test]
    fn a_utc_date_gives_way_to_the_same_moment_in_the_pages_own_zone() {
        let published = |head: &str, body: &str| {
            let page = format!(
                "<html><head>{head}</head><body><article><h1>Big news</h1>{body}<p>The first \
                 paragraph is long enough to count as prose, and the council met on Tuesday.</p>\
                 </article></body></html>"
            );
            extract_html(&page)
                .0
                .published
                .map(|p| p.value.to_rfc3339())
        };
        let utc =
            "<meta property=\"article:published_time\" content=\"2025-12-19T03:05:00+00:00\">";
        assert_eq!(
            published(
                utc,
                "<time datetime=\"2025-12-18T19:05:00-08:00\">Dec 18</time>"
            )
            .as_deref(),
            Some("2025-12-18T19:05:00-08:00")
        );
        // Another moment, or no other date, leaves the metadata's.
        assert_eq!(
            published(
                utc,
                "<time datetime=\"2025-12-18T10:00:00-08:00\">Dec 18</time>"
            )
            .as_deref(),
            Some("2025-12-19T03:05:00+00:00")
        );
        assert_eq!(
            published(utc, "").as_deref(),
            Some("2025-12-19T03:05:00+00:00")
        );
    }

    #[test]
    fn a_publication_date_under_its_plain_meta_names_is_read() {
        for name in ["published-date", "publish_date", "publishedDate"] {
            let page = format!(
                "<html><head><meta name=\"{name}\" content=\"2021-02-16\"></head><body><article>\
                 <h1>Big news</h1><p>The first paragraph is long enough to count as prose, and \
                 the council met on Tuesday.</p></article></body></html>"
            );
            let published = extract_html(&page).0.published.map(|p| p.value.date());
            assert_eq!(
                published.map(|d| d.to_string()).as_deref(),
                Some("2021-02-16")
            );
        }
    }

    #[test]
    fn a_saved_page_is_dated_from_and_links_resolve_against_the_address_it_was_saved_from() {
        let page = |head: &str| {
            format!(
                "<!-- saved from url=(0040)https://example.com/blog/post -->\n<html><head>{head}</head><body><article>\
                 <h1>Big news</h1><p>The first paragraph is long enough to count as prose, and it has \
                 <a href=\"other\">a relative link</a> in it, which a note must keep working.</p></article></body></html>"
            )
        };
        let linked = |a: &Article| {
            a.blocks
                .iter()
                .find(|b| b.text.contains("a relative link"))
                .and_then(|b| b.markdown.clone())
                .unwrap_or_default()
        };
        let a = extract_html(&page("")).0;
        assert_eq!(a.url.as_deref(), Some("https://example.com/blog/post"));
        assert!(
            linked(&a).contains("(https://example.com/blog/other)"),
            "{}",
            linked(&a)
        );
        // The page's own address beats the browser's note, and its canonical link beats both.
        let shared = "<meta property=\"og:url\" content=\"https://www.example.com/posts/1\">";
        let a = extract_html(&page(shared)).0;
        assert!(linked(&a).contains("(https://www.example.com/posts/other)"));
        let canonical = format!("{shared}<link rel=canonical href=\"https://example.org/p/1\">");
        let a = extract_html(&page(&canonical)).0;
        assert!(linked(&a).contains("(https://example.org/p/other)"));
    }

    #[test]
    fn links_resolve_against_the_address_the_page_was_read_at_unless_it_names_a_base() {
        let page = |head: &str| {
            format!(
                "<html><head>{head}</head><body><article><h1>Big news</h1><p>The first paragraph \
                 is long enough to count as prose, and it has <a href=\"/posts/2\">a relative \
                 link</a> in it, which a note must keep working.</p></article></body></html>"
            )
        };
        let linked = |head: &str, address: Option<&str>| {
            let a = extract_html_with(&page(head), false, address).0;
            let link = a
                .blocks
                .iter()
                .find(|b| b.text.contains("a relative"))
                .and_then(|b| b.markdown.clone())
                .unwrap_or_default();
            (link, a.url)
        };
        let canonical = "<link rel=canonical href=\"https://www.example.org/p/1\">";
        // The tab's address is what the browser resolved the link against; the canonical link
        // stays the article's url.
        let (link, url) = linked(canonical, Some("https://example.org/p/1?ref=feed"));
        assert!(link.contains("(https://example.org/posts/2)"), "{link}");
        assert_eq!(url.as_deref(), Some("https://www.example.org/p/1"));
        // Without a canonical link the given address is the url.
        let (_, url) = linked("", Some("https://example.org/p/1"));
        assert_eq!(url.as_deref(), Some("https://example.org/p/1"));
        // A `<base>` is what browsers resolve against, whatever the address.
        let base = "<base href=\"https://cdn.example.net/\">";
        let (link, _) = linked(base, Some("https://example.org/p/1"));
        assert!(link.contains("(https://cdn.example.net/posts/2)"), "{link}");
        // Only a web address is taken.
        let (link, url) = linked("", Some("javascript:alert(1)"));
        assert!(!link.contains("javascript"), "{link}");
        assert_eq!(url, None);
    }

    #[test]
    fn notes_linked_by_the_pages_canonical_address_are_notes_when_read_at_a_tagged_address() {
        // Substack's notes link by the post's full address; the tab's address carries a
        // campaign's query, the canonical link does not.
        let own = "https://writer.example.com/p/latent-variables";
        let html = format!(
            "<html><head><link rel=\"canonical\" href=\"{own}\"></head><body><article>\
             <h1>Latent variables</h1><p>A model that learns a joint distribution can sample new \
             data from what it learned, which is why such models are called generative by the \
             people who write about them.<a id=\"footnote-anchor-1\" href=\"{own}#footnote-1\" \
             class=\"footnote-anchor\">1</a></p><p>The rest of the post explains how the authors \
             train the model and what the latent variable ends up holding after training.</p>\
             <div class=\"footnote\"><a id=\"footnote-1\" href=\"{own}#footnote-anchor-1\" \
             class=\"footnote-number\">1</a><div class=\"footnote-content\"><p>The line between \
             the two kinds of model is blurred.</p></div></div></article></body></html>"
        );
        let read_at = format!("{own}?utm_source=newsletter&utm_medium=email");
        let article = extract_html_with(&html, false, Some(&read_at)).0;
        let note: Vec<String> = article
            .blocks
            .iter()
            .filter(|b| b.keep)
            .map(crate::extract::Block::inline_markdown)
            .collect();
        let note = note.join("\n\n");
        assert!(
            note.contains("generative by the people who write about them.[^1]"),
            "{note}"
        );
        // The note itself is kept (written as `[^1]:` with the note's structure).
        assert!(
            note.contains("The line between the two kinds of model is blurred."),
            "{note}"
        );
        assert!(!note.contains("#footnote"), "{note}");
    }

    #[test]
    fn a_mathjax_drawing_is_written_as_tex_once() {
        let formula = |extra: &str| {
            format!(
                "<mjx-container class=\"MathJax\" jax=\"CHTML\"><mjx-math><mjx-msup><mjx-mi>\
                 <mjx-c>&#x1D465;</mjx-c></mjx-mi><mjx-script><mjx-mn><mjx-c>2</mjx-c></mjx-mn>\
                 </mjx-script></mjx-msup></mjx-math>{extra}</mjx-container>"
            )
        };
        let sentence = |formula: &str| {
            let html = format!(
                "<html><body><article><h1>Squares</h1><p>The square {formula} of a number grows \
                 faster than the number itself, as any table of squares printed in a school book \
                 shows to the readers who care to look at it for a while.</p></article></body></html>"
            );
            extract_html(&html)
                .0
                .blocks
                .iter()
                .find(|b| b.text.contains("square"))
                .map(crate::extract::Block::inline_markdown)
                .unwrap_or_default()
        };
        // Drawn without assistive MathML: the drawing is read as the formula.
        let drawn = sentence(&formula(""));
        assert!(drawn.contains("The square $x^{2}$ of"), "{drawn}");
        // With it, the MathML is read and the drawing's characters are not written twice.
        let assisted = sentence(&formula(
            "<mjx-assistive-mml><math><msup><mi>y</mi><mn>3</mn></msup></math></mjx-assistive-mml>",
        ));
        assert!(assisted.contains("$y^{3}$"), "{assisted}");
        assert!(!assisted.contains("x^{2}"), "{assisted}");
    }

    #[test]
    fn mathjax_drawings_that_never_close_are_read_as_text() {
        // Each container that never closes is read as it stands (its letters), not as a
        // formula running to the end of the page; and one holding MathML is read as MathML.
        let drawings = "<mjx-container><mjx-mi><mjx-c>q</mjx-c></mjx-mi>".repeat(300);
        let html = format!(
            "<html><body><article><h1>Unclosed</h1><p>A paragraph long enough to be the article \
             on its own, with a few more words to be sure of it, before the drawings {drawings} \
             end.</p><p><mjx-container><math><mi>z</mi></math></mjx-container> closes.</p>\
             </article></body></html>"
        );
        let article = extract_html(&html).0;
        let text: String = article.blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(text.contains(&"q".repeat(300)), "{text}");
        assert!(text.contains("end."), "{text}");
        assert!(!text.contains("$$"), "{text}");
    }

    #[test]
    fn tex_openings_that_never_close_are_text_and_a_later_formula_is_math() {
        let text = format!("{} then \\(x^2\\) and $$y$$.", "\\(a ".repeat(2000));
        let pieces = tex_pieces(&text);
        // The first opening runs to the first closing, as MathJax reads it; the display
        // formula after it is a formula of its own.
        let math: Vec<&TexPiece> = pieces
            .iter()
            .filter(|p| matches!(p, TexPiece::Math { .. }))
            .collect();
        assert_eq!(math.len(), 2, "{math:?}");
        assert_eq!(
            math[1],
            &TexPiece::Math {
                tex: "y",
                display: true
            }
        );
        let unclosed = format!("{}end", "\\[b ".repeat(2000));
        assert_eq!(tex_pieces(&unclosed), vec![TexPiece::Text(&unclosed)]);
    }

    #[test]
    fn tex_written_for_a_typesetting_script_is_math_and_prices_are_text() {
        let pieces =
            tex_pieces("Let $x$ be \\(n^2\\) and $$\\sum_i a_i$$ cost $100, not $ 5$ or a lone $.");
        assert_eq!(
            pieces,
            vec![
                TexPiece::Text("Let "),
                TexPiece::Math {
                    tex: "x",
                    display: false
                },
                TexPiece::Text(" be "),
                TexPiece::Math {
                    tex: "n^2",
                    display: false
                },
                TexPiece::Text(" and "),
                TexPiece::Math {
                    tex: "\\sum_i a_i",
                    display: true
                },
                TexPiece::Text(" cost $100, not $ 5$ or a lone $."),
            ]
        );
        let page = |head: &str| {
            format!(
                "<html><head>{head}</head><body><article><h1>Attention</h1><p>The attention of \
                 each node is $h_i = \\sum_j a_{{ij}} v_j$ over its neighbours, and it costs $100 \
                 per unit to compute on the machines we rented for the whole month.</p></article></body></html>"
            )
        };
        let md = |html: &str| {
            extract_html(html)
                .0
                .blocks
                .iter()
                .find(|b| b.text.contains("neighbours"))
                .map(crate::extract::Block::inline_markdown)
                .unwrap_or_default()
        };
        let typeset = md(&page(
            "<script src=\"https://cdn.jsdelivr.net/npm/mathjax@3/es5/tex-mml-chtml.js\"></script>",
        ));
        assert!(typeset.contains("$h_i = \\sum_j a_{ij} v_j$"), "{typeset}");
        assert!(typeset.contains("\\$100"), "{typeset}");
        // Without the script the same text is text.
        let plain = md(&page(""));
        assert!(plain.contains("\\$h_i = \\\\sum"), "{plain}");
    }

    #[test]
    fn paragraphs_links_and_implied_ends() {
        let html = "<html><head><title>Big news - Example</title><meta property=\"og:site_name\" content=\"Example\">\
            <link rel=canonical href=\"https://example.com/a\"></head><body><nav><a href=/>Home</a><a href=/x>World</a></nav>\
            <article><h1>Big news</h1><p>The first paragraph is long enough to count as prose, and it says what happened in the town.\
            <p>The second one has <a href=\"https://x.org\">a link</a> inside, and it is also a sentence of some length.\
            <ul><li>One thing<li>Another thing</ul><footer>© Example 2025</footer></article></body></html>";
        let a = extract_html(html).0;
        assert_eq!(a.title.as_deref(), Some("Big news"));
        assert_eq!(a.site.as_deref(), Some("Example"));
        assert_eq!(a.url.as_deref(), Some("https://example.com/a"));
        let body = a.body_text();
        assert!(body.contains("The first paragraph"), "{body}");
        assert!(body.contains("Another thing"), "{body}");
        assert!(!body.contains("World"), "{body}");
        assert!(!body.contains("© Example"), "{body}");
        let linked = a
            .blocks
            .iter()
            .find(|b| b.text.contains("a link"))
            .and_then(|b| b.markdown.clone());
        assert!(linked.is_some_and(|m| m.contains("[a link](https://x.org)")));
    }

    /// Prose enough for the article's body, around what a test is about.
    const PROSE: &str = "The first paragraph is long enough to count as prose, and it says what \
        happened in the town when the river rose over the old bridge last spring.";

    #[test]
    fn a_script_that_writes_a_script_does_not_end_at_the_inner_end_tag() {
        // Script data's double-escaped state: inside `<!-- <script>`, `</script>` is the inner
        // script's, and the page's script goes on to the next one.
        let html = format!(
            "<article><p>{PROSE}</p><script><!-- document.write('<script>x()</script>'); \
             var leaked = 'SCRIPT TEXT'; --></script><p>{PROSE} Second.</p></article>"
        );
        let body = extract_html(&html).0.body_text();
        assert!(body.contains("Second."), "{body}");
        assert!(!body.contains("SCRIPT TEXT"), "{body}");
    }

    #[test]
    fn crlf_line_breaks_in_a_pre_are_one_line_break_each() {
        let html = format!(
            "<article><p>{PROSE}</p><pre><code>let a = 1;\r\nlet b = 2;\rlet c = 3;</code></pre>\
             <p>{PROSE}</p></article>"
        );
        let article = extract_html(&html).0;
        let code = article
            .blocks
            .iter()
            .find(|b| b.text.contains("let a"))
            .expect("the code block");
        assert!(!code.text.contains('\r'), "{:?}", code.text);
        assert!(
            code.text.contains("let a = 1;\nlet b = 2;\nlet c = 3;"),
            "{:?}",
            code.text
        );
    }

    #[test]
    fn comments_end_where_the_standard_ends_them() {
        // `--!>` ends a comment: before, the page waited for a `-->` that never came.
        let html =
            format!("<article><!-- a --!><p>{PROSE} First.</p><p>{PROSE} Second.</p></article>");
        let body = extract_html(&html).0.body_text();
        assert!(
            body.contains("First.") && body.contains("Second."),
            "{body}"
        );
        // `<!-->` is an empty comment: before, it ran on to the next comment's `-->`.
        let html = format!(
            "<article><!--><p>{PROSE} First.</p><!-- b --><p>{PROSE} Second.</p></article>"
        );
        let body = extract_html(&html).0.body_text();
        assert!(
            body.contains("First.") && body.contains("Second."),
            "{body}"
        );
    }

    #[test]
    fn deep_nesting_and_garbage_do_not_panic() {
        let deep = "<div>".repeat(100_000) + "text" + &"</div>".repeat(100_000);
        let _ = extract_html(&deep);
        let _ = extract_html("<<<>>><a <b c=\"unterminated");
        let _ = extract_html("<script>never closed");
        let _ = extract_html("&#xFFFFFFFF; &#0; &");
    }

    #[test]
    fn the_author_comes_from_the_element_marked_as_the_authors_not_from_a_comment() {
        let page = |byline: &str| {
            format!(
                r#"<html><head><title>Fixing a bike chain</title></head><body>
                <div class="post-header responsive-hide"><h1>Fixing a bike chain</h1>{byline}</div>
                <p>A chain that skips under load is usually worn, and a worn chain wears the cassette with it, so it pays to measure it every few hundred miles.</p>
                <section id="comments"><div class="comment"><span class="comment-author">Dana Reader</span><p>Thanks, this helped me a lot with my old bike.</p></div></section>
                </body></html>"#
            )
        };
        let authors = |byline: &str| extract_html(&page(byline)).0.authors;
        assert_eq!(
            authors(
                r#"<div class="author-box"><div>Written by</div><div class="author-name">Jane Doe</div></div>"#
            ),
            vec!["Jane Doe".to_string()]
        );
        assert_eq!(
            authors(
                r#"<p class="meta"><a href="/author/jdoe/">Jane Doe</a> December 17, 2025</p>"#
            ),
            vec!["Jane Doe".to_string()]
        );
        assert_eq!(
            authors(
                r#"<div itemprop="author"><span class="avatar">J</span> <span itemprop="name">jdoe42</span></div>"#
            ),
            vec!["jdoe42".to_string()]
        );
        // Without a byline, the commenter is not taken for the author, nor is a label.
        assert!(authors("").is_empty());
        assert!(authors(r#"<div class="author">The Author</div>"#).is_empty());
    }

    #[test]
    fn author_marks_by_the_hundred_thousand_are_read_once_each() {
        // Nested author boxes, each holding text and blocks, then as many author links: every
        // element's text is gathered at most once and the page still has its author.
        let nested = "<div class=\"author\"><p>x</p>".repeat(100_000) + &"</div>".repeat(100_000);
        let links = "<a href=\"/author/jdoe\">Jane Doe</a> ".repeat(100_000);
        let page = format!(
            "<html><body><p>A paragraph long enough to be the article, about the town council and its plans for the river.</p>{nested}{links}</body></html>"
        );
        let a = extract_html(&page).0;
        assert!(a.authors.len() <= 1);
    }

    #[test]
    fn an_inline_style_hides_by_its_display_and_visibility_not_a_custom_propertys_value() {
        assert!(style_hides("display:none"));
        assert!(style_hides("color: red; DISPLAY : None !important"));
        assert!(style_hides("visibility: hidden"));
        assert!(!style_hides(
            "--footer-display: none; --graph-controls-display: none;"
        ));
        assert!(!style_hides("display: block; overflow: hidden"));
        assert!(!style_hides("visibility: visible"));
    }

    #[test]
    fn a_titles_site_and_section_tails_go_whatever_the_separator() {
        assert_eq!(
            strip_site_suffix("A brief intro to git • Jane Example", None),
            "A brief intro to git"
        );
        assert_eq!(
            strip_site_suffix(
                "Which forum software suits an old forum? / Software Talk / Example Forums",
                None
            ),
            "Which forum software suits an old forum?"
        );
        // A slash inside a word is not a separator, and a short title keeps its words.
        assert_eq!(
            strip_site_suffix("Setting up TCP/IP on a new router", None),
            "Setting up TCP/IP on a new router"
        );
        assert_eq!(strip_site_suffix("News / Sport", None), "News / Sport");
    }

    #[test]
    fn a_document_title_before_its_site() {
        let head = |t: &str| name_in_title(t, None);
        assert_eq!(
            head("Private Music Lessons | Example School").as_deref(),
            Some("Private Music Lessons")
        );
        assert_eq!(
            head("GAAP Compliance: Applying Best Practices").as_deref(),
            Some("GAAP Compliance: Applying Best Practices")
        );
        assert_eq!(
            head("Pest Control - Queen Creek, AZ – Example").as_deref(),
            Some("Pest Control")
        );
        assert_eq!(head("   ").as_deref(), None);
    }

    #[test]
    fn a_brand_opening_the_title_keeps_what_follows_it() {
        let name = |t: &str, address: &str| name_in_title(t, Some(address));
        assert_eq!(
            name(
                "Todoist | A To-Do List to Organize Your Work & Life",
                "https://www.todoist.com/"
            )
            .as_deref(),
            Some("Todoist | A To-Do List to Organize Your Work & Life")
        );
        // Up to the next separator: the site's suffix after the tagline stays out.
        assert_eq!(
            name(
                "Alma — Simplifying Access to Therapy | Alma",
                "https://helloalma.com/"
            )
            .as_deref(),
            Some("Alma — Simplifying Access to Therapy")
        );
        // A headline first, or a brand the address does not name: the part before the separator.
        assert_eq!(
            name(
                "Free screen recorder for Mac and PC | Loom",
                "https://www.loom.com/"
            )
            .as_deref(),
            Some("Free screen recorder for Mac and PC")
        );
        assert_eq!(
            name(
                "Gym Equipment Rental | Movie Studios",
                "https://gymprovisions.com/"
            )
            .as_deref(),
            Some("Gym Equipment Rental")
        );
        assert_eq!(
            name_in_title("Todoist | A To-Do List", None).as_deref(),
            Some("Todoist")
        );
    }

    #[test]
    fn german_article_page() {
        let html = r#"<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
            <title>Stadtrat beschließt Radweg | Beispiel Zeitung</title>
            <meta property="og:site_name" content="Beispiel Zeitung">
            <meta property="article:published_time" content="2025-05-05T14:42:00+02:00">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Stadtrat beschließt Radweg","author":{"@type":"Person","name":"Max Mustermann"}}</script>
            </head><body>
            <header><nav class="hauptnavigation"><ul><li><a href="/">Startseite</a></li><li><a href="/politik">Politik</a></li></ul></nav></header>
            <main><article>
            <h1>Stadtrat beschließt Radweg</h1>
            <p class="byline">Von Max Mustermann</p>
            <p>Der Stadtrat hat am Dienstag mit großer Mehrheit beschlossen, dass an der Ringstraße ein neuer Radweg gebaut wird. Die Arbeiten sollen im Herbst beginnen.</p>
            <div class="ad-container"><span>Anzeige</span></div>
            <p>Die Kosten liegen nach Angaben der Verwaltung bei rund zwei Millionen Euro, die zum großen Teil vom Land &uuml;bernommen werden.</p>
            <h2>Anwohner begrüßen die Pläne</h2>
            <p>Anwohner hatten sich seit Jahren für eine sichere Verbindung in die Innenstadt eingesetzt und begrüßten die Entscheidung.</p>
            <figure><img src="a.jpg"><figcaption>Die Ringstraße am Morgen. Foto: dpa</figcaption></figure>
            <aside class="related"><h3>Mehr zum Thema</h3><ul><li><a href="/x">Neue Buslinie ab Juni</a></li></ul></aside>
            </article></main>
            <footer><p>© 2025 Beispiel Zeitung. Alle Rechte vorbehalten.</p></footer>
            </body></html>"#;
        let a = extract_html(html).0;
        assert_eq!(a.title.as_deref(), Some("Stadtrat beschließt Radweg"));
        assert_eq!(a.site.as_deref(), Some("Beispiel Zeitung"));
        assert_eq!(a.authors, vec!["Max Mustermann".to_string()]);
        assert_eq!(
            a.published
                .as_ref()
                .map(|p| p.value.to_rfc3339())
                .as_deref(),
            Some("2025-05-05T14:42:00+02:00")
        );
        let body = a.body_text();
        assert!(body.starts_with("Der Stadtrat hat am Dienstag"), "{body}");
        assert!(body.contains("vom Land übernommen"), "{body}");
        assert!(body.contains("Anwohner begrüßen die Pläne"), "{body}");
        for junk in [
            "Anzeige",
            "Foto: dpa",
            "Mehr zum Thema",
            "Startseite",
            "Alle Rechte",
            "Von Max",
        ] {
            assert!(!body.contains(junk), "{junk} in {body}");
        }
    }

    #[test]
    fn an_svg_ends_where_a_browser_ends_it() {
        let text = |html: &str| {
            extract_html(html)
                .0
                .blocks
                .iter()
                .map(|b| b.text.clone())
                .collect::<Vec<_>>()
                .join("\n")
        };
        let prose = "For thirty years the firm has advised companies on how to keep their \
                     networks safe, and this page says how it works with yours.";
        // An icon left open inside a link: the link's end tag closes it, and the article after
        // it is read (it was skipped to the next `</svg>`, or to the end of the page).
        let unclosed = text(&format!(
            "<html><body><nav><a href=\"/lang\"><svg width=\"18\" height=\"18\"></a></nav>\
             <main><h1>Consulting services</h1><p>{prose}</p></main>\
             <footer><svg><path d=\"M0 0\"/></svg></footer></body></html>"
        ));
        assert!(unclosed.contains("Consulting services"), "{unclosed}");
        assert!(unclosed.contains(prose), "{unclosed}");
        // A paragraph cannot be part of a drawing: it closes the `<svg>` before it.
        let broken_out = text(&format!(
            "<html><body><article><svg viewBox=\"0 0 9 9\"><path d=\"M0 0\"/><p>{prose}</p>\
             </article></body></html>"
        ));
        assert!(broken_out.contains(prose), "{broken_out}");
        // What a drawing holds stays out, HTML in its foreignObject too, and its own end tag
        // ends it there.
        let closed = text(&format!(
            "<html><body><article><p>{prose}</p><svg><g><text>Chart label</text></g>\
             <foreignObject><div><p>Inside the drawing</p></div></foreignObject></svg>\
             <p>After the drawing, the article goes on with a second paragraph of its own \
             text.</p></article></body></html>"
        ));
        assert!(!closed.contains("Chart label"), "{closed}");
        assert!(!closed.contains("Inside the drawing"), "{closed}");
        assert!(closed.contains("After the drawing"), "{closed}");
    }

    #[test]
    fn a_folded_panel_is_read_as_shown_and_marked() {
        let answer = "Yes: the course is free to take, and the certificate costs nothing either \
                      when you finish every module.";
        let menu = "Courses Degrees Certificates Business Teams Sign in";
        let page = format!(
            "<html><body><nav><div class=\"mega-menu\" style=\"display:none\"><p>{menu}</p>\
             </div></nav><article><h1>Free courses</h1><p>Each course below is taught by a \
             university and open to anyone who signs up for it online.</p>\
             <div class=\"faq\"><button>Is it free?</button>\
             <div class=\"faq__answer\" style=\"display: none;\"><p>{answer}</p></div>\
             <div role=\"tabpanel\" hidden><p>The second tab's text.</p></div></div>\
             </article></body></html>"
        );
        let (article, rows, _, _) = extract_html(&page);
        let at = |text: &str| article.blocks.iter().position(|b| b.text == text);
        // The answer and the tab's panel are the page's text, folded until clicked: read, and
        // marked for the model.
        let answer_at = at(answer).expect("the folded answer is read");
        assert!(inputs::has_cue(&rows[answer_at], inputs::Cue::Folded));
        let tab_at = at("The second tab's text.").expect("the hidden tab panel is read");
        assert!(inputs::has_cue(&rows[tab_at], inputs::Cue::Folded));
        let intro_at = article
            .blocks
            .iter()
            .position(|b| b.text.starts_with("Each course below"))
            .expect("the visible paragraph is read");
        assert!(!inputs::has_cue(&rows[intro_at], inputs::Cue::Folded));
        // A hidden menu is not a folded panel: it stays unread.
        assert_eq!(at(menu), None);
    }
}
