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

pub mod mathml;
mod references;
pub mod tokenizer;

pub use references::{decode_attribute_entities, decode_entities};

use tokenizer::{Attributes, Tag, Token, Tokenizer};

use super::assemble::{CellAt, Figure, Shape, Structure};
use super::candidate::{Candidate, Features, Metadata};
use super::fields::dates::{parse_machine_date, published_from};
use super::fields::json_ld::JsonLd;
use super::inputs::{self, DomCues};
use super::kind::PageHints;
use super::markdown::{self, escape_inline};
use super::util::fnv::FnvBuild;
use super::util::normalise::collapse;
use super::{Article, Form, Format, Reason, Role};
use super::{decide, measure};

/// Blocks under a boilerplate hint shorter than this cannot be prose: they get the light
/// measurement.
const LIGHT_MEASURE_MAX_BYTES: usize = 80;
/// Implied end tags are looked for this deep into the stack of open elements; the spec's
/// scopes stop earlier on real pages, and the bound keeps pathological nesting linear.
const IMPLIED_END_SEARCH: usize = 64;
/// Elements nested deeper than this are flattened into their ancestor, so a page of 100,000
/// nested `<div>`s costs no more than a flat one.
const MAX_DEPTH: usize = 256;
/// Link text inside a container counts against it with this weight, other non-prose text (lists,
/// short lines) with the second, text marked as boilerplate by its class with the third (tuned
/// on the corpus's HTML: heavier non-prose weights cut articles with lists in them).
const LINK_WEIGHT: f32 = 1.0;
const OTHER_WEIGHT: f32 = 0.3;
const HINTED_WEIGHT: f32 = 0.5;
/// `itemprop="articleBody"` or a class like "article-body" multiplies a container's score.
const CONTENT_HINT_BONUS: f32 = 1.25;
/// A structural hint (class "sidebar", …) is ignored on an element holding more than this share
/// of the page's prose: a wrapper called "content has-sidebar" is not a sidebar.
const HINT_MAX_PROSE_SHARE: f32 = 0.5;
/// Prose outside the container joins it across at most this many other blocks.
const BRIDGE_GAP_BLOCKS: usize = 3;
/// How many ancestors above a paragraph's parent receive part of its score.
const ANCESTOR_LEVELS: usize = 4;
/// A sibling of the chosen container joins it when its own score is this share of the
/// container's (Readability uses 0.2).
const SIBLING_MIN_SHARE: f32 = 0.2;
/// Prose blocks outside the chosen container, but within this many blocks of it, are pulled in
/// when they are prose (an article split across sibling elements).
const SIBLING_REACH_BLOCKS: usize = 3;
/// A table of at least this many rows and columns is data, not a caption, even in a `<figure>`
/// (smaller ones there are mostly captions laid out as tables).
const DATA_TABLE_MIN: u32 = 3;

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
    let hints = page.hints(&ld, meta.url.as_deref());
    let (cands, feats, dom) = page.candidates();
    let mut rows = inputs::base_rows(&cands, &feats, &dom);
    let article = decide::classify_measured(cands, &feats, meta, Format::Html);
    inputs::add_rule_verdicts(&mut rows, &article);
    let structure = Structure {
        shapes: std::mem::take(&mut page.shapes),
        figures: std::mem::take(&mut page.figures),
    };
    (article, rows, hints, structure)
}

// ---------------------------------------------------------------------------------------------
// Elements and what their names say
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Starts and ends a block of text.
    Block,
    /// Inline: text flows through it.
    Inline,
    /// A list item, heading, quote, table cell, caption: a block with a role.
    ListItem,
    Heading,
    Quote,
    Caption,
    Pre,
}

fn kind_of(tag: &str) -> Kind {
    match tag {
        "li" | "dd" | "dt" => Kind::ListItem,
        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => Kind::Heading,
        "blockquote" => Kind::Quote,
        "figcaption" | "caption" => Kind::Caption,
        "pre" | "listing" => Kind::Pre,
        "a" | "abbr" | "b" | "bdi" | "bdo" | "cite" | "code" | "data" | "dfn" | "em" | "font"
        | "i" | "kbd" | "mark" | "q" | "rp" | "rt" | "ruby" | "s" | "samp" | "small" | "span"
        | "strong" | "sub" | "sup" | "time" | "u" | "var" | "wbr" | "br" | "img" | "label"
        | "strike" | "tt" | "big" | "nobr" | "del" | "ins" | "acronym" | "picture" | "source" => {
            Kind::Inline
        }
        // MathJax 3 writes each formula in its own elements, inline in the sentence (a display
        // formula says so on its `<math>`).
        t if t.starts_with("mjx-") => Kind::Inline,
        t if t.contains('-') => Kind::Block,
        "html" | "head" | "body" | "div" | "p" | "section" | "article" | "main" | "aside"
        | "nav" | "header" | "footer" | "ul" | "ol" | "dl" | "table" | "tr" | "td" | "th"
        | "tbody" | "thead" | "tfoot" | "form" | "fieldset" | "figure" | "address" | "center"
        | "hr" | "details" | "summary" | "dialog" | "menu" | "hgroup" | "legend" | "option"
        | "select" | "button" | "iframe" | "video" | "audio" | "canvas" | "object" | "noscript"
        | "search" | "textarea" | "input" | "frameset" | "frame" => Kind::Block,
        _ => Kind::Inline,
    }
}

/// [`kind_of`] with what the element's attributes say: a `<code>` a highlighter marks as a
/// block ("hl lean block") stands for a `<pre>`, and a side note's toggle (a checkbox whose
/// class says "toggle") inside a sentence does not break it. (Every checkbox and radio button
/// inline cost 34 WCXB pages, product filters among them.)
fn element_kind(name: &str, tag: &Tag<'_>) -> Kind {
    match name {
        "code" if tag.attr("class").is_some_and(marks_code_block) => Kind::Pre,
        "input"
            if tag
                .attr("type")
                .is_some_and(|t| t.trim().eq_ignore_ascii_case("checkbox"))
                && tag
                    .attr("class")
                    .is_some_and(|c| mentions(&c.to_ascii_lowercase(), &[b"toggle"])) =>
        {
            Kind::Inline
        }
        _ => kind_of(name),
    }
}

fn is_void(tag: &str) -> bool {
    matches!(
        tag,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "source"
            | "track"
            | "wbr"
            | "param"
            | "keygen"
            | "basefont"
            | "bgsound"
            | "frame"
    )
}

/// Elements whose content is never article text.
fn is_skipped(tag: &str) -> bool {
    matches!(
        tag,
        "script"
            | "style"
            | "template"
            | "svg"
            | "math"
            | "iframe"
            | "object"
            | "embed"
            | "select"
            | "option"
            | "button"
            | "textarea"
            | "head"
            | "video"
            | "audio"
            | "canvas"
            | "map"
            | "datalist"
            | "noembed"
            | "noframes"
            | "xmp"
            | "dialog"
    )
}

/// Tags that close an open `<p>` when they start (the spec's "close a p element").
fn closes_p(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "center"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "header"
            | "hgroup"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "search"
            | "section"
            | "summary"
            | "ul"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "pre"
            | "listing"
            | "form"
            | "table"
            | "hr"
    )
}

/// What an element's tag, class, id and role say about its content.
/// A page's own menus, header, footer, sidebar, comments or related links (by tag, ARIA role or
/// the words of its class: a select-all of a page built of `<div class="menu">` brings those),
/// which a copied selection of its article does not hold.
fn is_page_furniture(tag: &str, role: &str, hint: Option<&Reason>) -> bool {
    matches!(tag, "nav" | "menu" | "header" | "footer" | "aside")
        || matches!(
            role,
            "navigation" | "banner" | "contentinfo" | "complementary"
        )
        || matches!(
            hint,
            Some(
                Reason::Navigation
                    | Reason::CopyrightFooter
                    | Reason::OutsideArticle
                    | Reason::RelatedLinks
                    | Reason::Comments
            )
        )
}

fn structure_hint(tag: &str, class_id: &str, role: &str) -> Option<Reason> {
    match tag {
        "nav" | "menu" => return Some(Reason::Navigation),
        "footer" => return Some(Reason::CopyrightFooter),
        "aside" => return Some(Reason::OutsideArticle),
        "figcaption" | "figure" => return Some(Reason::PhotoCaption),
        "form" | "fieldset" | "label" => return Some(Reason::OutsideArticle),
        _ => {}
    }
    match role {
        "navigation" | "menubar" | "menu" | "search" | "tablist" => {
            return Some(Reason::Navigation);
        }
        "contentinfo" => return Some(Reason::CopyrightFooter),
        "complementary" | "banner" | "dialog" | "alertdialog" => {
            return Some(Reason::OutsideArticle);
        }
        _ => {}
    }
    if class_id.is_empty() {
        return None;
    }
    let mut found = None;
    let mut buf = Vec::new();
    // Split on bytes: the separators are ASCII, and the hint words are compared as bytes.
    for word in class_id
        .as_bytes()
        .split(|b| !b.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        // Every hint word starts with one of these letters; most class words do not.
        if !matches!(
            word[0].to_ascii_lowercase(),
            b's' | b'n'
                | b'r'
                | b'o'
                | b't'
                | b'm'
                | b'c'
                | b'd'
                | b'g'
                | b'b'
                | b'p'
                | b'f'
                | b'w'
                | b'a'
        ) {
            continue;
        }
        let w: &[u8] = if word.iter().any(u8::is_ascii_uppercase) {
            buf.clear();
            buf.extend_from_slice(word);
            buf.make_ascii_lowercase();
            &buf
        } else {
            word
        };
        let r = if w.starts_with(b"share")
            || w.starts_with(b"sharing")
            || w.starts_with(b"social")
            || w == b"sociallinks"
        {
            Reason::ShareButtons
        } else if w.starts_with(b"newsletter") || w.starts_with(b"subscri") || w == b"signup" {
            Reason::NewsletterPrompt
        } else if w.starts_with(b"related")
            || w.starts_with(b"recommend")
            || w.starts_with(b"outbrain")
            || w.starts_with(b"taboola")
            || w == b"mostread"
            || w == b"mostpopular"
            || w.starts_with(b"trending")
            || w == b"readmore"
            || w == b"morestories"
            || w == b"teasers"
            || w == b"teaser"
        {
            Reason::RelatedLinks
        } else if w.starts_with(b"comment")
            || w.starts_with(b"disqus")
            || w == b"replies"
            || w == b"respond"
        {
            Reason::Comments
        } else if w.starts_with(b"cookie") || w.starts_with(b"consent") || w == b"gdpr" {
            Reason::CookieNotice
        } else if w.starts_with(b"nav") && !w.starts_with(b"navi_")
            || w.starts_with(b"menu")
            || w.starts_with(b"breadcrumb")
            || w == b"pagination"
            || w == b"pager"
            || w == b"toolbar"
            || w == b"masthead"
            || w == b"skiplink"
            || w == b"tags"
            || w == b"taglist"
            || w == b"topics"
        {
            Reason::Navigation
        } else if w.starts_with(b"footer") || w == b"copyright" {
            Reason::CopyrightFooter
        } else if w.starts_with(b"sidebar")
            || w == b"rail"
            || w.starts_with(b"widget")
            || w.starts_with(b"popup")
            || w.starts_with(b"modal")
            || w == b"overlay"
        {
            Reason::OutsideArticle
        } else if w == b"ad"
            || w == b"ads"
            || w.starts_with(b"advert")
            || w.starts_with(b"sponsor")
            || w.starts_with(b"promo")
            || w == b"dfp"
            || w == b"banner"
            || w.starts_with(b"adslot")
            || w.starts_with(b"adunit")
        {
            Reason::Advertisement
        } else if w.starts_with(b"caption")
            || w == b"credit"
            || w == b"credits"
            || w == b"figcaption"
        {
            Reason::PhotoCaption
        } else if w.starts_with(b"byline")
            || w == b"dateline"
            || w == b"timestamp"
            || w == b"author"
            || w == b"authors"
        {
            Reason::Metadata
        } else {
            continue;
        };
        found = Some(r);
        break;
    }
    found
}

fn is_content_hint(class_id: &str, itemprop: &str) -> bool {
    if itemprop.eq_ignore_ascii_case("articleBody") {
        return true;
    }
    // "article-body", "story__content", "entry-content", "articleBody", "post-text", …
    const OWNERS: &[&str] = &["article", "story", "entry", "post", "blog"];
    const PARTS: &[&str] = &["body", "content", "text"];
    let mut prev_owner = false;
    for w in class_id
        .as_bytes()
        .split(|b| !b.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        // Owners and parts start with one of these letters; most class words do not.
        if !matches!(
            w[0].to_ascii_lowercase(),
            b'a' | b's' | b'e' | b'p' | b'b' | b'c' | b't'
        ) {
            prev_owner = false;
            continue;
        }
        if prev_owner && PARTS.iter().any(|p| w.eq_ignore_ascii_case(p.as_bytes())) {
            return true;
        }
        // Joined forms: "articlebody", "storyContent".
        if w.len() > 8 {
            for o in OWNERS {
                if w.len() > o.len()
                    && w[..o.len()].eq_ignore_ascii_case(o.as_bytes())
                    && PARTS
                        .iter()
                        .any(|p| w[o.len()..].eq_ignore_ascii_case(p.as_bytes()))
                {
                    return true;
                }
            }
        }
        prev_owner = OWNERS.iter().any(|o| w.eq_ignore_ascii_case(o.as_bytes()));
    }
    false
}

// ---------------------------------------------------------------------------------------------
// The parsed page
// ---------------------------------------------------------------------------------------------

#[derive(Debug, Clone)]
struct Element {
    parent: Option<u32>,
    hint: Option<Reason>,
    content_hint: bool,
    /// What this element's and its ancestors' tags and class words say ([`inputs::Cue`] bits).
    cues: u64,
    depth: u16,
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

/// A piece of a text node on a page that typesets TeX.
#[derive(Debug, PartialEq)]
enum TexPiece<'t> {
    Text(&'t str),
    Math { tex: &'t str, display: bool },
}

/// Splits text at MathJax's and KaTeX's delimiters: `$$…$$` and `\[…\]` are display math,
/// `\(…\)` and `$…$` inline. A lone `$` is text, and so is a `$` before a digit or a space
/// ("costs $100 per unit"), or one whose closing `$` has a space before it.
fn tex_pieces(text: &str) -> Vec<TexPiece<'_>> {
    let mut pieces = Vec::new();
    let mut plain_start = 0usize;
    let mut at = 0usize;
    let bytes = text.as_bytes();
    while at < bytes.len() {
        let here = &text[at..];
        let found = [
            ("$$", "$$", true),
            ("\\[", "\\]", true),
            ("\\(", "\\)", false),
        ]
        .iter()
        .find_map(|&(open, close, display)| {
            let body = here.strip_prefix(open)?;
            let end = body.find(close)?;
            (!body[..end].trim().is_empty()).then_some((open.len(), end, close.len(), display))
        })
        .or_else(|| {
            let body = here.strip_prefix('$')?;
            let first = body.chars().next()?;
            if first.is_whitespace() || first.is_ascii_digit() || first == '$' {
                return None;
            }
            let end = body.find(['$', '\n'])?;
            (body.as_bytes()[end] == b'$' && !body[..end].ends_with(char::is_whitespace))
                .then_some((1, end, 1, false))
        });
        match found {
            Some((open, end, close, display)) => {
                if plain_start < at {
                    pieces.push(TexPiece::Text(&text[plain_start..at]));
                }
                let tex = &text[at + open..at + open + end];
                pieces.push(TexPiece::Math { tex, display });
                at += open + end + close;
                plain_start = at;
            }
            None => {
                at += here.chars().next().map_or(1, char::len_utf8);
            }
        }
    }
    if plain_start < text.len() {
        pieces.push(TexPiece::Text(&text[plain_start..]));
    }
    pieces
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

#[derive(Debug, Default)]
struct RawMeta {
    title_tag: Option<String>,
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
}

#[derive(Debug, Clone, Copy)]
struct TableState {
    elem: u32,
    /// Rows started so far.
    rows: u32,
    /// The next free column of the current row.
    col: u32,
    /// The open cell and its element.
    cell: Option<(CellAt, u32)>,
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
    block_role: Role,
    /// Inside an `<h1>` or `<h2>`: its text is gathered for the title's choice.
    in_headline: bool,
    headline_text: String,
    /// Open author-marked elements (their element and where their text starts in
    /// `author_text`), and the text read while one is open.
    author_open: Vec<(u32, usize)>,
    author_text: String,
    /// Open elements that hold comments or replies: an author named inside is a commenter.
    comments_depth: usize,
    class_hints: std::collections::HashMap<String, ClassVerdict, FnvBuild>,
    /// What relative links and images resolve against: `<base href>`, else the canonical link.
    base: Option<url::Url>,
    /// How much `base` is believed: [`BaseSource`] order, the strongest source found so far.
    base_source: BaseSource,
    /// The page loads MathJax or KaTeX: TeX between math delimiters in its text is math.
    typesets_tex: bool,
    marks: Vec<OpenMark>,
    /// Inside `<code>` outside `<pre>`: text goes into the twin unescaped (a code span).
    code_span_depth: usize,
    lists: Vec<ListState>,
    items: Vec<ItemState>,
    tables: Vec<TableState>,
    pre_elem: Option<u32>,
    pre_lang: Option<String>,
    /// A code language named by an open element around a coming `<pre>` (its stack index).
    lang_hint: Option<(usize, u32, String)>,
    /// An open link to or from a footnote, or a note's own label (its element, where its text
    /// starts in the twin, which): written as `[^label]`, or left out.
    note_link: Option<(u32, usize, NoteLink)>,
    /// Footnote labels by the id of the note they point at.
    note_labels: std::collections::HashMap<String, String, FnvBuild>,
    /// The ids of footnote references: a link to one of them is a note's link back.
    note_ref_ids: std::collections::HashSet<String, FnvBuild>,
    /// The footnote whose definition is open (its element and label).
    note_def: Option<(u32, String)>,
    /// Images in the current block: if it ends with no text, they stand alone.
    block_images: Vec<(String, String)>,
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
        block_role: Role::Paragraph,
        in_headline: false,
        headline_text: String::new(),
        author_open: Vec::new(),
        author_text: String::new(),
        comments_depth: 0,
        class_hints: std::collections::HashMap::default(),
        base: None,
        base_source: BaseSource::None,
        typesets_tex: false,
        marks: Vec::new(),
        code_span_depth: 0,
        lists: Vec::new(),
        items: Vec::new(),
        tables: Vec::new(),
        pre_elem: None,
        pre_lang: None,
        lang_hint: None,
        block_images: Vec::new(),
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
    /// It marks comments (see [`marks_comments`]).
    comments: bool,
}

/// The attributes the engine reads; others are skipped without decoding.
const WANTED_ATTRS: &[&str] = &[
    "class",
    "id",
    "role",
    "itemprop",
    "href",
    "hidden",
    "aria-hidden",
    "style",
    "property",
    "name",
    "content",
    "rel",
    "datetime",
    "type",
    // Images, tables, lists and code, for writing the page's structure as Markdown.
    "src",
    "alt",
    "srcset",
    "data-src",
    "data-srcset",
    "data-lazy-src",
    "data-original",
    "data-image-loader",
    "width",
    "height",
    "colspan",
    "rowspan",
    "start",
    "data-lang",
    "data-language",
    "alttext",
    "display",
    // Formulas' TeX, kept by the elements that render them.
    "data-math",
    "data-latex",
    "data-tex",
    "data-entry",
];

#[inline]
fn wanted_attr(name: &str) -> Option<&'static str> {
    // Dispatch on length and first letter: most attributes (onclick, data-*, aria-*) fall out at
    // once.
    let candidates: &[&'static str] =
        match (name.len(), name.as_bytes().first()?.to_ascii_lowercase()) {
            (5, b'c') => &["class"],
            (2, b'i') => &["id"],
            (4, b'r') => &["role"],
            (8, b'i') => &["itemprop"],
            (4, b'h') => &["href"],
            (6, b'h') => &["hidden", "height"],
            (11, b'a') => &["aria-hidden"],
            (5, b's') => &["style", "start"],
            (8, b'p') => &["property"],
            (4, b'n') => &["name"],
            (7, b'c') => &["content", "colspan"],
            (3, b'r') => &["rel"],
            (8, b'd') => &["datetime", "data-src", "data-tex"],
            (4, b't') => &["type"],
            (3, b's') => &["src"],
            (3, b'a') => &["alt"],
            (6, b's') => &["srcset"],
            (11, b'd') => &["data-srcset"],
            (13, b'd') => &["data-lazy-src", "data-original", "data-language"],
            (17, b'd') => &["data-image-loader"],
            (5, b'w') => &["width"],
            (7, b'r') => &["rowspan"],
            (9, b'd') => &["data-lang", "data-math"],
            (10, b'd') => &["data-latex", "data-entry"],
            (7, b'a') => &["alttext"],
            (7, b'd') => &["display"],
            _ => return None,
        };
    debug_assert!(candidates.iter().all(|c| WANTED_ATTRS.contains(c)));
    candidates
        .iter()
        .copied()
        .find(|c| c.eq_ignore_ascii_case(name))
}

impl<'a> Builder<'a> {
    fn run(&mut self) {
        while let Some(token) = self.tok.next_token() {
            match token {
                Token::Text(raw) => self.text_run(raw),
                Token::StartTag(tag) => {
                    self.start_tag(&tag);
                    self.tok.recycle(tag.attrs);
                }
                Token::EndTag(tag) => {
                    self.end_tag(&tag.name);
                    self.tok.recycle(tag.attrs);
                }
                Token::Comment(text) => self.comment(&text),
                Token::Doctype => {}
            }
        }
    }

    /// A saved page's own address, from the comment a browser writes at its top when it saves
    /// it ("saved from url=(0044)https://…"): where the page came from, and what its relative
    /// links resolve against when it names no other base.
    fn comment(&mut self, text: &str) {
        if self.raw.saved_from.is_some() || self.elements.len() > 2 {
            return;
        }
        let Some((_, after)) = text.trim().split_once("saved from url=(") else {
            return;
        };
        let Some((_, address)) = after.split_once(')') else {
            return;
        };
        let address = address.split_whitespace().next().unwrap_or("");
        if let Ok(url) = url::Url::parse(address)
            && matches!(url.scheme(), "http" | "https")
        {
            self.raw.saved_from = Some(address.to_string());
            self.offer_base(url.as_str(), BaseSource::SavedFrom);
        }
    }

    /// Takes `address` (absolute, http or https) as the base for relative links and images when
    /// `source` is believed more than the base's so far.
    fn offer_base(&mut self, address: &str, source: BaseSource) {
        if source <= self.base_source {
            return;
        }
        if let Ok(url) = url::Url::parse(address.trim())
            && matches!(url.scheme(), "http" | "https")
        {
            self.base = Some(url);
            self.base_source = source;
        }
    }

    fn start_tag(&mut self, tag: &Tag<'a>) {
        let name = tag.name.as_ref();
        if self.unread_element(tag) {
            return;
        }
        if name == "br" {
            self.push_text_raw("\n");
            return;
        }
        if name == "img" {
            self.image(tag);
            self.picture_source = None;
            return;
        }
        if name == "picture" {
            self.picture_source = None;
        }
        if name == "source"
            && self.picture_source.is_none()
            && self.stack.iter().rev().take(4).any(|o| o.tag == "picture")
        {
            self.picture_source = largest_srcset(tag.attr("srcset"))
                .and_then(|src| markdown::safe_address(src, self.base.as_ref()));
        }
        let kind = element_kind(name, tag);
        if kind != Kind::Inline || name == "a" {
            self.implied_ends(name);
        }
        if kind != Kind::Inline {
            self.flush();
        }
        if is_void(name) {
            return;
        }
        let class = tag.attr("class").unwrap_or("");
        // Looked up once: the hint, the body mark and the cues below all read it.
        let class_verdict = self.class_verdict(class);
        let id = tag.attr("id").unwrap_or("");
        let role = tag.attr("role").unwrap_or("");
        let hidden = is_hidden(tag, name, kind, class, self.pre_depth > 0);
        let hint = element_hint(name, kind, class, id, role, class_verdict.hint);
        self.raw.furniture |= is_page_furniture(name, role, hint.as_ref());
        let itemprop = tag.attr("itemprop").unwrap_or("");
        let content_hint = kind != Kind::Inline
            && (itemprop.eq_ignore_ascii_case("articleBody")
                || class_verdict.content
                || is_content_hint(id, ""));
        if self.stack.len() >= MAX_DEPTH {
            return;
        }
        let parent = self.stack.last().map(|o| o.elem).or(Some(0));
        let elem = u32::try_from(self.elements.len()).unwrap_or(u32::MAX);
        let (parent_cues, parent_depth) = parent
            .and_then(|p| self.elements.get(p as usize))
            .map_or((0, 0), |p| (p.cues, p.depth));
        let own_cues = inputs::tag_cue(name) | class_verdict.cues | self.id_cues(id);
        self.elements.push(Element {
            parent,
            hint,
            content_hint,
            cues: parent_cues | own_cues,
            depth: parent_depth.saturating_add(1),
        });
        if !self.author_open.is_empty()
            && kind != Kind::Inline
            && self.author_text.len() < MAX_AUTHOR_TEXT
        {
            self.author_text.push('\n');
        }
        let comments = class_verdict.comments || (!id.is_empty() && marks_comments(id));
        if comments {
            self.comments_depth += 1;
        }
        if self.author_open.len() < MAX_AUTHOR_NESTING
            && self.raw.author_marked.len() < MAX_AUTHOR_MARKED
            && !hidden
            && self.comments_depth == 0
            && parent_cues & AUTHOR_ELSEWHERE_CUES == 0
            && own_cues & AUTHOR_ELSEWHERE_CUES == 0
            && (class_verdict.author
                || marks_author(tag, id)
                || !self.author_open.is_empty() && marks_name(tag, class))
        {
            self.author_open.push((elem, self.author_text.len()));
        }
        let mut skipped = is_skipped(name) || is_edit_control(class);
        // An element that keeps its formula's TeX in an attribute: the formula, and not the
        // rendering inside.
        if (kind == Kind::Inline || name == "div")
            && !skipped
            && let Some(tex) = tex_attribute(tag, class)
        {
            let display = name == "div" || mentions(class, &[b"display", b"block"]);
            self.math(tex, display);
            skipped = true;
        }
        if skipped {
            self.skip_depth += 1;
        }
        if hidden && !self.read_hidden {
            self.hidden_depth += 1;
        }
        match kind {
            Kind::Pre => self.pre_depth += 1,
            Kind::Heading => {
                self.block_role = Role::Heading;
                if name == "h1" || name == "h2" {
                    self.in_headline = true;
                    self.headline_text.clear();
                }
            }
            Kind::ListItem => self.block_role = Role::ListItem,
            Kind::Quote => self.block_role = Role::Quote,
            _ => {}
        }
        // An inline anchor a reference pointed at, at the start of a block: that block is the
        // note (`<li><a id="fn1"></a>The note…`).
        if kind == Kind::Inline
            && !self.note_labels.is_empty()
            && self.note_def.is_none()
            && self.pre_depth == 0
            && self.text.trim().is_empty()
            && let Some(label) = tag
                .attr("id")
                .or_else(|| tag.attr("name"))
                .and_then(|id| self.note_labels.get(id))
            && let Some(block) = self.stack.iter().rev().find(|o| o.kind != Kind::Inline)
        {
            self.note_def = Some((block.elem, label.clone()));
        }
        if name == "a" {
            self.open_link(tag, elem);
        }
        if name == "span" && !hidden && is_side_note_class(class) {
            self.open_side_note(elem);
        }
        self.open_structure(name, tag, elem, kind);
        self.stack.push(Open {
            tag: tag.name.clone(),
            elem,
            kind,
            hidden,
            skipped,
            comments,
        });
        if tag.self_closing && name.contains('-') {
            self.end_tag(name);
        }
    }

    /// Elements whose content is not page text: `<meta>`, `<link>` and `<base>` (read into the
    /// page's metadata and base address), raw text and RCDATA (`<script>`, `<style>`, `<title>`…:
    /// read to the matching end tag, keeping a title, JSON-LD and MathJax's TeX), and `<svg>` and
    /// `<math>` (skipped whole, keeping a formula's TeX). Returns whether it was one of these (a
    /// `<time>` leaves its `datetime` and goes on).
    fn unread_element(&mut self, tag: &Tag<'a>) -> bool {
        let name = tag.name.as_ref();
        match name {
            "meta" => {
                let key = tag
                    .attr("property")
                    .or_else(|| tag.attr("name"))
                    .or_else(|| tag.attr("itemprop"));
                // The page's address as it shares it is a base for its relative links when
                // it names no better one.
                if key.is_some_and(|k| k.eq_ignore_ascii_case("og:url"))
                    && let Some(v) = tag.attr("content")
                {
                    self.offer_base(v, BaseSource::SharedAddress);
                }
                if let (Some(k), Some(v)) = (key, tag.attr("content"))
                    && self.raw.metas.len() < 200
                {
                    self.raw.metas.push((k.to_ascii_lowercase(), v.to_string()));
                }
                return true;
            }
            "link" => {
                if tag
                    .attr("rel")
                    .is_some_and(|r| r.eq_ignore_ascii_case("canonical"))
                    && let Some(h) = tag.attr("href")
                {
                    self.raw.canonical.get_or_insert_with(|| h.to_string());
                    self.offer_base(h, BaseSource::Canonical);
                }
                return true;
            }
            "base" => {
                if self.base_source != BaseSource::BaseTag
                    && let Some(h) = tag.attr("href")
                {
                    let resolved = match &self.base {
                        Some(b) => b.join(h.trim()).ok(),
                        None => url::Url::parse(h.trim()).ok(),
                    };
                    if resolved.is_some() {
                        self.base = resolved;
                        self.base_source = BaseSource::BaseTag;
                    }
                }
                return true;
            }
            "time" => {
                if let Some(d) = tag.attr("datetime") {
                    self.raw.time_datetime.get_or_insert_with(|| d.to_string());
                }
            }
            _ => {}
        }
        // Raw text, RCDATA, script data and PLAINTEXT: read to the matching end tag.
        let Some(raw_kind) = tokenizer::raw_kind_of(name) else {
            return self.skip_foreign(tag);
        };
        if name == "iframe" {
            self.embed(tag);
        }
        // A page that loads MathJax or KaTeX writes its formulas as TeX in its text, for the
        // script to typeset: that TeX is math, not text.
        if name == "script"
            && tag.attr("src").is_some_and(|src| {
                let src = src.to_ascii_lowercase();
                src.contains("mathjax") || src.contains("katex")
            })
        {
            self.typesets_tex = true;
        }
        let content = self.tok.raw_text_as_written(raw_kind, Some(name));
        if name == "title" && self.raw.title_tag.is_none() {
            self.raw.title_tag = Some(collapse(&decode_entities(&tokenizer::replace_nul(content))));
        }
        if name == "script"
            && tag
                .attr("type")
                .is_some_and(|t| t.eq_ignore_ascii_case("application/ld+json"))
            && self.raw.json_ld.len() < 16
        {
            self.raw
                .json_ld
                .push(tokenizer::replace_nul(content).into_owned());
        }
        // MathJax 2 keeps each formula's TeX in a script.
        if name == "script"
            && let Some(kind) = tag.attr("type")
            && kind.to_ascii_lowercase().starts_with("math/tex")
        {
            self.math(
                &tokenizer::replace_nul(content),
                kind.contains("mode=display"),
            );
        }
        // The next token is the element's end tag (or nothing): it has no element to close.
        let _ = self.tok.next_token();
        true
    }

    /// `<svg>` and `<math>` are skipped whole, to their end tag (a formula keeps its TeX).
    fn skip_foreign(&mut self, tag: &Tag<'a>) -> bool {
        let name = tag.name.as_ref();
        if !matches!(name, "svg" | "math") || tag.self_closing {
            return false;
        }
        let rest = self.tok.rest();
        let bytes = rest.as_bytes();
        let close = find_end_tag(bytes, name).unwrap_or(bytes.len());
        if name == "math" {
            // MathML: its TeX annotation (KaTeX, MediaWiki, Temml…), its alttext, else the
            // formula itself written as TeX.
            let tex = tex_annotation(&rest[..close])
                .or_else(|| tag.attr("alttext").map(str::to_string))
                .or_else(|| mathml::to_tex(&rest[..close]));
            if let Some(tex) = tex {
                self.math(&tex, tag.attr("display").is_some_and(|d| d == "block"));
            }
        }
        self.tok
            .skip(memchr::memchr(b'>', &bytes[close..]).map_or(bytes.len(), |p| close + p + 1));
        true
    }

    /// An `<a>` opens: a link (its safe address), or an in-page link to a note (a reference, a
    /// note's own label, or a link back).
    fn open_link(&mut self, tag: &Tag<'a>, elem: u32) {
        self.link_depth += 1;
        let raw_href = tag.attr("href").unwrap_or("");
        let href = markdown::safe_address(raw_href, self.base.as_ref());
        // An anchor a reference pointed at, at the start of a block: that block is the note,
        // and the anchor's text is its label (or a link back), not part of it.
        let anchor = tag.attr("id").or_else(|| tag.attr("name"));
        if self.note_link.is_none() && self.pre_depth == 0 && self.text.trim().is_empty() {
            // A link at the start of a note holds its label or links back.
            if self.note_def.is_some() {
                self.start_twin();
                self.note_link = Some((elem, self.markdown.len(), NoteLink::Label));
            }
        }
        // A link to a note by the page's own address, or in another copy of the page
        // ("chapter.html#fn1").
        let raw_href = match raw_href.split_once('#') {
            Some((path, fragment))
                if !path.is_empty()
                    && self.note_link.is_none()
                    && is_note_id(fragment)
                    && (!path.contains(':') && !path.starts_with("//")
                        || self
                            .base
                            .as_ref()
                            .is_some_and(|b| b.as_str().split('#').next() == Some(path))) =>
            {
                &raw_href[path.len()..]
            }
            _ => raw_href,
        };
        // Inside a code span every character shows as written: a link there would show its
        // brackets and address, so only its text is kept.
        if self.code_span_depth > 0 {
            self.link_href.push(None);
            return;
        }
        let href = if raw_href.starts_with('#') {
            if self.block_role == Role::Heading && self.heading_anchor.is_none() {
                self.start_twin();
                self.heading_anchor = Some((elem, self.text.len(), self.markdown.len()));
            }
            None
        } else {
            href
        };
        if href.is_some() {
            self.start_twin();
            self.markdown.push('[');
        } else if let Some(target) = raw_href.strip_prefix('#')
            && self.note_link.is_none()
            && !target.is_empty()
        {
            let class = tag.attr("class").unwrap_or("").to_ascii_lowercase();
            let role = tag.attr("role").unwrap_or("");
            self.start_twin();
            let at = self.markdown.len();
            let link = if is_note_backref(target, &class)
                || role.eq_ignore_ascii_case("doc-backlink")
                || self.note_ref_ids.contains(target)
            {
                NoteLink::Back
            } else {
                NoteLink::Ref {
                    target: target.to_string(),
                    own_id: anchor.map(str::to_string),
                    sure: is_note_id(target)
                        || self.stack.iter().any(|o| o.tag == "sup")
                        || class.contains("footnote")
                        || role.eq_ignore_ascii_case("doc-noteref"),
                }
            };
            self.note_link = Some((elem, at, link));
        }
        self.link_href.push(href);
    }

    /// What a class attribute says (boilerplate hint, article-body hint). Pages repeat the same
    /// class strings hundreds of times, so each is looked at once.
    /// What a class attribute says: a boilerplate hint, whether it marks the article's body, and
    /// its [`inputs::Cue`] bits. Cached: pages repeat the same classes.
    fn class_verdict(&mut self, class: &str) -> ClassVerdict {
        if class.is_empty() {
            return ClassVerdict::default();
        }
        if let Some(v) = self.class_hints.get(class) {
            return v.clone();
        }
        let v = ClassVerdict {
            hint: structure_hint("", class, ""),
            content: is_content_hint(class, ""),
            cues: inputs::class_cues(class),
            author: class_marks_author(class),
            comments: marks_comments(class),
        };
        self.class_hints.insert(class.to_string(), v.clone());
        v
    }

    /// The cue bits of an element's id (ids are mostly unique: not cached).
    fn id_cues(&self, id: &str) -> u64 {
        if id.is_empty() {
            0
        } else {
            inputs::class_cues(id)
        }
    }

    /// The tree builder's implied end tags for a start tag.
    fn implied_ends(&mut self, name: &str) {
        let boundary = |t: &str| {
            matches!(
                t,
                "table" | "td" | "th" | "caption" | "html" | "template" | "object" | "button"
            )
        };
        let close_to =
            |stack: &[Open], want: &[&str], stop: &dyn Fn(&str) -> bool| -> Option<usize> {
                for (i, o) in stack.iter().enumerate().rev().take(IMPLIED_END_SEARCH) {
                    if want.contains(&o.tag.as_ref()) {
                        return Some(i);
                    }
                    if stop(&o.tag) {
                        return None;
                    }
                }
                None
            };
        // Only search the stack when a <p> is open at all (deeply nested pages stay linear).
        let p_open = self
            .stack
            .iter()
            .rev()
            .take(IMPLIED_END_SEARCH)
            .any(|o| o.tag == "p");
        let target = if p_open && closes_p(name) {
            close_to(&self.stack, &["p"], &boundary)
        } else {
            None
        };
        let target = target.or_else(|| match name {
            "li" => close_to(&self.stack, &["li"], &|t| {
                matches!(t, "ul" | "ol" | "table" | "td" | "th" | "html")
            }),
            "dd" | "dt" => close_to(&self.stack, &["dd", "dt"], &|t| {
                matches!(t, "dl" | "table" | "html")
            }),
            "td" | "th" => close_to(&self.stack, &["td", "th"], &|t| {
                matches!(t, "tr" | "table" | "html")
            }),
            "tr" => close_to(&self.stack, &["tr", "td", "th"], &|t| {
                matches!(t, "table" | "tbody" | "thead" | "tfoot" | "html")
            }),
            "tbody" | "thead" | "tfoot" => close_to(
                &self.stack,
                &["tbody", "thead", "tfoot", "tr", "td", "th"],
                &|t| t == "table",
            ),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => self
                .stack
                .last()
                .filter(|o| o.kind == Kind::Heading)
                .map(|_| self.stack.len() - 1),
            "a" => close_to(&self.stack, &["a"], &boundary),
            "option" => close_to(&self.stack, &["option"], &|t| t == "select"),
            // A `<head>` left open ends where the body starts.
            "body" => close_to(&self.stack, &["head"], &|t| t == "html"),
            _ => None,
        });
        if let Some(i) = target {
            self.pop_to(i);
        }
    }

    fn end_tag(&mut self, name: &str) {
        if name == "br" {
            self.push_text_raw("\n");
            return;
        }
        if name == "p" && !self.stack.iter().any(|o| o.tag == "p") {
            self.flush();
            return;
        }
        let found = self.stack.iter().rposition(|o| o.tag == name);
        if let Some(i) = found {
            self.pop_to(i);
        }
    }

    /// Pops the stack down to (and including) index `i`, closing each element.
    fn pop_to(&mut self, i: usize) {
        while self.stack.len() > i {
            // A block's text is flushed while the block is still open, so the block owns it.
            if self.stack.last().is_some_and(|o| o.kind != Kind::Inline) {
                self.flush();
            }
            let Some(open) = self.stack.pop() else { break };
            self.close(&open);
        }
    }

    fn close(&mut self, open: &Open) {
        let name = open.tag.as_ref();
        if name == "a" {
            self.link_depth = self.link_depth.saturating_sub(1);
            if let Some(Some(href)) = self.link_href.pop()
                && self.has_markup
            {
                end_link(&mut self.markdown, &href);
            }
            if let Some((_, at, link)) = self.note_link.take_if(|(e, ..)| *e == open.elem) {
                self.close_note_link(at, link);
            }
            if let Some((_, text_at, md_at)) =
                self.heading_anchor.take_if(|(e, ..)| *e == open.elem)
            {
                self.drop_permalink_glyph(text_at, md_at);
            }
        }
        self.close_structure(name, open);
        if let Some((elem, blocks, text_at, md_at, link_chars)) = self.side_note
            && elem == open.elem
        {
            self.side_note = None;
            if blocks == self.blocks.len() {
                self.end_side_note(text_at, md_at, link_chars);
            }
        }
        if !self.author_open.is_empty() {
            if open.kind != Kind::Inline && self.author_text.len() < MAX_AUTHOR_TEXT {
                self.author_text.push('\n');
            }
            if let Some((_, at)) = self.author_open.pop_if(|(e, _)| *e == open.elem) {
                // Only names are kept: a page that marks every card's date as "author-meta"
                // does not fill the list before its byline.
                if self.raw.author_marked.len() < MAX_AUTHOR_MARKED
                    && let Some(names) =
                        super::fields::byline::names_in_marked(&self.author_text[at..])
                {
                    self.raw.author_marked.push(names);
                }
                if self.author_open.is_empty() {
                    self.author_text.clear();
                }
            }
        }
        if open.comments {
            self.comments_depth = self.comments_depth.saturating_sub(1);
        }
        if open.skipped {
            self.skip_depth = self.skip_depth.saturating_sub(1);
        }
        if open.hidden && !self.read_hidden {
            self.hidden_depth = self.hidden_depth.saturating_sub(1);
        }
        match open.kind {
            Kind::Pre => {
                self.pre_depth = self.pre_depth.saturating_sub(1);
                if self.pre_depth == 0 {
                    self.pre_elem = None;
                    self.pre_lang = None;
                }
            }
            Kind::Heading if name == "h1" || name == "h2" => {
                self.in_headline = false;
                let h = collapse(&self.headline_text);
                // "Models¶": a permalink's glyph is not part of the headline.
                let h = match h.trim_end_matches(|c| HEADLINE_PERMALINK_GLYPHS.contains(&c)) {
                    kept if !kept.trim().is_empty() => kept.trim_end().to_string(),
                    _ => h,
                };
                let found = if name == "h1" {
                    &mut self.raw.h1
                } else {
                    &mut self.raw.h2
                };
                if !h.is_empty() && found.len() < 8 {
                    found.push(h);
                }
            }
            _ => {}
        }
    }

    fn text_run(&mut self, raw: &str) {
        if self.skip_depth > 0 {
            return;
        }
        if self.hidden_depth > 0 {
            let t = raw.trim();
            if t.len() >= crate::extract::fallback::PROSE_RUN_BYTES {
                self.hidden_chars += t.len();
            }
            return;
        }
        let text = super::util::normalise::without_invisible(decode_entities(raw));
        if self.typesets_tex
            && self.pre_depth == 0
            && self.code_span_depth == 0
            && text.contains(['$', '\\'])
        {
            for piece in tex_pieces(&text) {
                match piece {
                    TexPiece::Text(t) => self.push_text_raw(t),
                    TexPiece::Math { tex, display } => self.math(tex, display),
                }
            }
            return;
        }
        self.push_text_raw(&text);
    }

    fn push_text_raw(&mut self, text: &str) {
        if self.skip_depth > 0 || self.hidden_depth > 0 {
            return;
        }
        if !self.author_open.is_empty() && self.author_text.len() < MAX_AUTHOR_TEXT {
            self.author_text.push_str(text);
        }
        let in_link = self.link_depth > 0;
        let mut added = 0;
        if self.pre_depth > 0 {
            self.text.push_str(text);
            if self.has_markup {
                self.push_twin(text);
            }
            added = text.chars().count();
        } else if text == "\n" {
            // A <br>: a line break inside the block.
            while self.text.ends_with(' ') {
                self.text.pop();
            }
            if !self.text.is_empty() && !self.text.ends_with('\n') {
                self.text.push('\n');
                if self.has_markup {
                    self.markdown.push_str("  \n");
                }
            }
        } else {
            // HTML collapses runs of ASCII whitespace (not no-break spaces) into one space.
            // Most text nodes hold words separated by single spaces, between optional runs of
            // whitespace at the ends: their middle is copied whole.
            let bytes = text.as_bytes();
            let first = bytes.iter().position(|b| !b.is_ascii_whitespace());
            let last = bytes.iter().rposition(|b| !b.is_ascii_whitespace());
            let (Some(first), Some(last)) = (first, last) else {
                // Only whitespace: one space between what comes before and after.
                if !text.is_empty() {
                    self.separate();
                }
                if self.in_headline {
                    self.headline_text.push_str(text);
                }
                return;
            };
            // Both ends are ASCII bytes, so character boundaries.
            let core = &text[first..=last];
            if single_spaced(core) {
                if first > 0 {
                    self.separate();
                }
                self.text.push_str(core);
                if self.has_markup {
                    self.push_twin(core);
                }
                if in_link {
                    let spaces = memchr::memchr_iter(b' ', core.as_bytes()).count();
                    self.link_chars += core.chars().count() - spaces;
                }
                if last + 1 < text.len() {
                    self.separate();
                }
                if self.in_headline {
                    self.headline_text.push_str(text);
                }
                return;
            }
            // Split on ASCII whitespace bytes (always character boundaries), without decoding.
            let mut first = true;
            let mut start = 0;
            while start <= bytes.len() {
                let end = bytes[start..]
                    .iter()
                    .position(u8::is_ascii_whitespace)
                    .map_or(bytes.len(), |p| start + p);
                let word = &text[start..end];
                start = end + 1;
                if !first && !self.text.is_empty() && !self.text.ends_with([' ', '\n']) {
                    self.text.push(' ');
                    if self.has_markup {
                        self.markdown.push(' ');
                    }
                }
                first = false;
                if word.is_empty() {
                    continue;
                }
                self.text.push_str(word);
                if self.has_markup {
                    self.push_twin(word);
                }
                if in_link {
                    added += word.chars().count();
                }
            }
        }
        if in_link {
            self.link_chars += added;
        }
        if self.in_headline {
            self.headline_text.push_str(text);
        }
    }

    /// A space between words, unless the block is empty or already ends in one (or a break).
    fn separate(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with([' ', '\n']) {
            self.text.push(' ');
            if self.has_markup {
                self.markdown.push(' ');
            }
        } else if self.has_markup
            && self.text.ends_with(' ')
            && self.image_end == Some(self.markdown.len())
        {
            // "an icon <img> in context": the image is in the twin only, after the text's space.
            self.markdown.push(' ');
        }
    }

    /// Starts the block's Markdown twin (its text so far, escaped) if it has none yet: the twin
    /// is only built for blocks with markup (links, marks, images).
    fn start_twin(&mut self) {
        if !self.has_markup {
            self.markdown.clear();
            escape_inline(&self.text, &mut self.markdown);
            self.has_markup = true;
        }
    }

    /// A heading's permalink ("Title¶", "Title #"): the glyph its anchor showed is not part of
    /// the heading. An anchor that wraps the heading's words keeps them.
    fn drop_permalink_glyph(&mut self, text_at: usize, md_at: usize) {
        let shown = self.text.get(text_at..).map(str::trim);
        if !shown.is_some_and(|t| PERMALINK_GLYPHS.contains(&t)) {
            return;
        }
        self.text.truncate(text_at);
        // The twin started before the anchor opened, so the glyph (escaped or not) is all it
        // holds past `md_at`.
        if self.markdown.is_char_boundary(md_at) {
            self.markdown.truncate(md_at);
        }
    }

    /// Ends a link to or from a footnote: a reference becomes `[^label]` (its label, "1", from
    /// the link's text, remembered for the note's id); a link back from a note, and a note's
    /// own label, are left out. An in-page link that is not surely a note's is one when its
    /// text is a bracketed label ("[3]"), else it stays text.
    fn close_note_link(&mut self, at: usize, link: NoteLink) {
        if !self.has_markup || at > self.markdown.len() || !self.markdown.is_char_boundary(at) {
            return;
        }
        let (target, own_id, sure) = match link {
            NoteLink::Back => {
                self.markdown.truncate(at);
                return;
            }
            NoteLink::Label => {
                let inner = &self.markdown[at..];
                // A link's text, without its address.
                let inner = inner
                    .strip_prefix('[')
                    .and_then(|t| t.rfind("](").map(|end| &t[..end]))
                    .unwrap_or(inner);
                let own = self.note_def.as_ref().map(|(_, l)| l.as_str());
                let is_label = match note_label(inner) {
                    Some(l) => own == Some(l.as_str()) || l.bytes().all(|b| b.is_ascii_digit()),
                    // An arrow or caret back to the reference.
                    None => inner.trim().chars().count() <= 4,
                };
                if is_label {
                    self.markdown.truncate(at);
                }
                return;
            }
            NoteLink::Ref {
                target,
                own_id,
                sure,
            } => (target, own_id, sure),
        };
        let inner = self.markdown[at..].trim();
        // "[3]", a superscript "3", or a bare number linking to a note. A bare number linked
        // within the page is as often a count ("487" reviews), an equation or a section as a
        // note: only a target that names a note makes it one ("#mn37note03").
        let bracketed = inner.starts_with("\\[") && inner.ends_with("\\]")
            || inner.starts_with("<sup>") && inner.ends_with("</sup>")
            || (1..=3).contains(&inner.len())
                && inner.bytes().all(|b| b.is_ascii_digit())
                && names_a_note(&target);
        if !sure && !bracketed {
            return;
        }
        let Some(label) = note_label(inner) else {
            return;
        };
        self.markdown.truncate(at);
        self.markdown.push_str("[^");
        self.markdown.push_str(&label);
        self.markdown.push(']');
        if self.note_labels.len() < 10_000 {
            self.note_labels.entry(target).or_insert(label);
            if let Some(id) = own_id {
                self.note_ref_ids.insert(id);
            }
        }
    }

    /// A formula: its TeX into the text, and between `$` (or `$$` on a line of its own) into
    /// the twin.
    fn math(&mut self, tex: &str, display: bool) {
        if self.skip_depth > 0 || self.hidden_depth > 0 {
            return;
        }
        let tex = collapse(&decode_entities(tex));
        let tex = tex.trim_matches('$').trim();
        if tex.is_empty() {
            return;
        }
        self.start_twin();
        self.separate();
        self.text.push_str(tex);
        if display {
            self.markdown.push_str("$$");
            self.markdown.push_str(tex);
            self.markdown.push_str("$$");
        } else {
            self.markdown.push('$');
            self.markdown.push_str(tex);
            self.markdown.push('$');
        }
    }

    /// Page text into the twin: escaped, except code (in a `<pre>` or a code span).
    fn push_twin(&mut self, text: &str) {
        if self.pre_depth > 0 || self.code_span_depth > 0 {
            self.markdown.push_str(text);
        } else {
            escape_inline(text, &mut self.markdown);
        }
    }

    /// An `<img>`: into the twin as a Markdown image, remembered in case its block has no text.
    /// Icons, avatars, tracking pixels and images without a usable address are left out.
    /// A video or post embedded from YouTube or X (Twitter) becomes `![](address)`, which
    /// Obsidian shows as the embed itself; other frames (maps, ads, players it does not embed)
    /// are left out, as before.
    fn embed(&mut self, tag: &Tag) {
        if self.skip_depth > 0 || self.hidden_depth > 0 || self.pre_depth > 0 {
            return;
        }
        let Some(address) = tag
            .attr("data-src")
            .or_else(|| tag.attr("src"))
            .and_then(|src| markdown::safe_address(src, self.base.as_ref()))
            .and_then(|src| embed_address(&src))
        else {
            return;
        };
        self.start_twin();
        self.markdown.push_str("![](");
        self.markdown.push_str(&address);
        self.markdown.push(')');
        self.block_images.push((address, String::new()));
        self.image_end = Some(self.markdown.len());
    }

    fn image(&mut self, tag: &Tag) {
        if self.skip_depth > 0 || self.hidden_depth > 0 || self.pre_depth > 0 {
            return;
        }
        let class = tag.attr("class").unwrap_or("").to_ascii_lowercase();
        if let Some(tex) = image_tex(tag, &class) {
            let display = class.contains("display") || class.contains("center");
            self.math(&tex, display);
            return;
        }
        if [
            "avatar", "logo", "icon", "emoji", "spinner", "sprite", "pixel",
        ]
        .iter()
        .any(|w| class.contains(w))
        {
            return;
        }
        let tiny = |name: &str| {
            tag.attr(name)
                .and_then(|v| v.trim().trim_end_matches("px").parse::<f32>().ok())
                .is_some_and(|v| v <= 24.0)
        };
        if tiny("width") || tiny("height") {
            return;
        }
        let srcset = largest_srcset(tag.attr("data-srcset").or_else(|| tag.attr("srcset")));
        let candidates = [
            tag.attr("data-src"),
            tag.attr("data-lazy-src"),
            tag.attr("data-original"),
            tag.attr("data-image-loader"),
            srcset,
            tag.attr("src"),
        ];
        // A placeholder (`data:`) is refused as an address: a `<picture>`'s source stands in.
        // A file the browser saved beside the page stays relative to it, whatever the base.
        let Some(src) = candidates
            .into_iter()
            .flatten()
            .find_map(|c| {
                markdown::saved_page_file(c)
                    .or_else(|| markdown::safe_address(c, self.base.as_ref()))
            })
            .or_else(|| self.picture_source.take())
        else {
            return;
        };
        let alt = collapse(tag.attr("alt").unwrap_or(""));
        // A person's picture beside their name (a commenter's, an author's) is not the
        // article's, whatever its class: its address or its text says so.
        if mentions(&src.to_ascii_lowercase(), &[b"/avatar"])
            || alt.to_ascii_lowercase().ends_with("avatar")
        {
            return;
        }
        self.start_twin();
        self.markdown.push_str("![");
        escape_inline(&alt, &mut self.markdown);
        self.markdown.push_str("](");
        self.markdown.push_str(&src);
        self.markdown.push(')');
        self.block_images.push((src, alt));
        self.image_end = Some(self.markdown.len());
    }

    /// Keeps track of the structure an element opens: lists and items, tables and cells, code
    /// and its language, inline marks.
    fn open_structure(&mut self, name: &str, tag: &Tag, elem: u32, kind: Kind) {
        let class = tag.attr("class").unwrap_or("");
        if self.note_def.is_none()
            && kind != Kind::Inline
            && let Some(id) = tag.attr("id")
        {
            let label = self.note_labels.get(id).cloned().or_else(|| {
                (name == "li" && is_note_id(id))
                    .then(|| label_of_note_id(id))
                    .flatten()
            });
            if let Some(label) = label {
                self.note_def = Some((elem, label));
            }
        }
        let named_lang = || {
            lang_of(class).or_else(|| {
                tag.attr("data-lang")
                    .or_else(|| tag.attr("data-language"))
                    .and_then(clean_lang)
            })
        };
        match name {
            "ul" | "ol" | "menu" => {
                let start = tag
                    .attr("start")
                    .and_then(|v| v.trim().parse::<u32>().ok())
                    .unwrap_or(1);
                let shown = tag.attr("style").and_then(style_numbers_items);
                self.lists.push(ListState {
                    elem,
                    ordered: shown.unwrap_or(name == "ol"),
                    next: start,
                });
            }
            "li" => {
                let depth = u8::try_from(self.lists.len()).unwrap_or(u8::MAX);
                let shown = tag.attr("style").and_then(style_numbers_items);
                if let Some(list) = self.lists.last_mut() {
                    self.items.push(ItemState {
                        elem,
                        ordered: shown.unwrap_or(list.ordered),
                        depth,
                        number: list.next,
                    });
                    list.next = list.next.saturating_add(1);
                }
            }
            "table" => self.tables.push(TableState {
                elem,
                rows: 0,
                col: 0,
                cell: None,
            }),
            "tr" => {
                if let Some(t) = self.tables.last_mut() {
                    t.rows += 1;
                    t.col = 0;
                }
            }
            "td" | "th" => {
                let span = |a: &str| {
                    tag.attr(a)
                        .and_then(|v| v.trim().parse::<u16>().ok())
                        .unwrap_or(1)
                        .clamp(1, 1000)
                };
                if let Some(t) = self.tables.last_mut() {
                    t.rows = t.rows.max(1);
                    let cell = CellAt {
                        table: t.elem,
                        row: t.rows - 1,
                        col: t.col,
                        header: name == "th",
                        colspan: span("colspan"),
                        rowspan: span("rowspan"),
                    };
                    t.col = t.col.saturating_add(u32::from(cell.colspan));
                    t.cell = Some((cell, elem));
                }
            }
            _ => {}
        }
        if kind == Kind::Pre {
            if self.pre_depth == 1 {
                self.pre_elem = Some(elem);
                self.pre_lang = named_lang().or_else(|| {
                    self.lang_hint.as_ref().and_then(|(at, e, lang)| {
                        (self.stack.get(*at).is_some_and(|o| o.elem == *e)).then(|| lang.clone())
                    })
                });
            }
        } else if self.pre_depth > 0 {
            if name == "code" && self.pre_lang.is_none() {
                self.pre_lang = named_lang();
            }
        } else if kind != Kind::Inline
            && !class.is_empty()
            && let Some(lang) = named_lang()
        {
            self.lang_hint = Some((self.stack.len(), elem, lang));
        }
        if self.pre_depth == 0
            && self.skip_depth == 0
            && self.hidden_depth == 0
            && let Some(mark) = Mark::of(name)
        {
            let in_heading = self.stack.iter().any(|o| o.kind == Kind::Heading);
            let repeated = self.marks.iter().any(|m| m.mark == mark);
            // Inside a code span a mark's asterisks would show as written (`-H *user*`): the
            // span keeps the text alone.
            let in_code_span = self.code_span_depth > 0;
            if !(repeated || in_code_span || mark == Mark::Strong && in_heading) {
                self.start_twin();
                if mark == Mark::Code {
                    self.code_span_depth += 1;
                }
                self.marks.push(OpenMark {
                    elem,
                    mark,
                    at: self.markdown.len(),
                });
            }
        }
    }

    /// The end of what [`Builder::open_structure`] started.
    fn close_structure(&mut self, name: &str, open: &Open) {
        if self.note_def.as_ref().is_some_and(|(e, _)| *e == open.elem) {
            self.note_def = None;
        }
        if let Some(i) = self.marks.iter().rposition(|m| m.elem == open.elem) {
            let m = self.marks.remove(i);
            if m.mark == Mark::Code {
                self.code_span_depth = self.code_span_depth.saturating_sub(1);
            }
            if self.has_markup
                && m.at <= self.markdown.len()
                && self.markdown.is_char_boundary(m.at)
            {
                let inner = self.markdown.split_off(m.at);
                let core = inner.trim();
                // A footnote reference in a superscript is already marked.
                let note_ref = core.starts_with("[^") && core.ends_with(']');
                // Bold or italic around an image (or a linked one) shows nothing in Markdown, and
                // its closing `**` after the image's `)` cannot close before a word ("…)**2)"):
                // left out.
                if !core.is_empty() && !note_ref && !only_images(core) {
                    let lead = &inner[..inner.len() - inner.trim_start().len()];
                    let trail = &inner[inner.trim_end().len()..];
                    self.markdown.push_str(lead);
                    self.markdown.push_str(&m.mark.wrap(core));
                    self.markdown.push_str(trail);
                } else {
                    self.markdown.push_str(&inner);
                }
            }
        }
        match name {
            "ul" | "ol" | "menu" if self.lists.last().is_some_and(|l| l.elem == open.elem) => {
                self.lists.pop();
            }
            "li" if self.items.last().is_some_and(|i| i.elem == open.elem) => {
                self.items.pop();
            }
            "table" if self.tables.last().is_some_and(|t| t.elem == open.elem) => {
                self.tables.pop();
            }
            "td" | "th" => {
                if let Some(t) = self.tables.last_mut()
                    && t.cell.is_some_and(|(_, e)| e == open.elem)
                {
                    t.cell = None;
                }
            }
            _ => {}
        }
    }

    /// The structure of the block being flushed, from the elements open around it.
    fn shape(&self, role: Role) -> Shape {
        let form = if self.pre_depth > 0 {
            Form::Code {
                language: self.pre_lang.clone(),
            }
        } else {
            match role {
                Role::Heading => self
                    .stack
                    .iter()
                    .rev()
                    .find(|o| o.kind == Kind::Heading)
                    .and_then(|o| o.tag.as_bytes().get(1).map(|d| d.wrapping_sub(b'0')))
                    .filter(|l| (1..=6).contains(l))
                    .map_or(Form::Plain, |level| Form::Heading { level }),
                Role::ListItem => self.items.last().map_or(Form::Plain, |i| Form::ListItem {
                    ordered: i.ordered,
                    depth: i.depth.max(1),
                    number: i.number,
                }),
                Role::Quote => Form::Quote {
                    depth: u8::try_from(
                        self.stack.iter().filter(|o| o.kind == Kind::Quote).count(),
                    )
                    .unwrap_or(u8::MAX),
                },
                _ => Form::Plain,
            }
        };
        let form = match &self.note_def {
            Some((_, label)) if self.pre_depth == 0 => Form::Footnote {
                label: label.clone(),
            },
            _ => form,
        };
        Shape {
            form,
            cell: self.tables.last().and_then(|t| t.cell.map(|(c, _)| c)),
            pre: if self.pre_depth > 0 {
                self.pre_elem
            } else {
                None
            },
        }
    }

    /// A side note opens (see [`is_side_note_class`]): where its text starts is remembered.
    fn open_side_note(&mut self, elem: u32) {
        if self.side_note.is_none() && self.pre_depth == 0 {
            self.start_twin();
            self.side_note = Some((
                elem,
                self.blocks.len(),
                self.text.len(),
                self.markdown.len(),
                self.link_chars,
            ));
        }
    }

    /// A side note closes: its text leaves the block and becomes a footnote written after it,
    /// with a `[^label]` reference where it stood (its number from the note's own start, else
    /// counted). A note right after a reference to it (the page also lists its notes) is only
    /// taken out; one holding a reference is left alone.
    fn end_side_note(&mut self, text_at: usize, md_at: usize, link_chars_before: usize) {
        if text_at > self.text.len()
            || md_at > self.markdown.len()
            || !self.text.is_char_boundary(text_at)
            || !self.markdown.is_char_boundary(md_at)
            || self.markdown[md_at..].contains("[^")
        {
            return;
        }
        let note_text = self.text.split_off(text_at);
        let note_md = self.markdown.split_off(md_at);
        // The note's links are the note's: the sentence is measured without them.
        let note_link_chars = self.link_chars.saturating_sub(link_chars_before);
        self.link_chars = link_chars_before.min(self.link_chars);
        let note_text = note_text.trim();
        if note_text.is_empty() {
            return;
        }
        let before = self.markdown.trim_end();
        let referenced = before.ends_with(']')
            && before
                .rfind("[^")
                .is_some_and(|at| !before[at..].contains(char::is_whitespace));
        if referenced {
            return;
        }
        // "1 The note", "1. The note": the number is the label.
        let digits: String = note_text.chars().take_while(char::is_ascii_digit).collect();
        let (label, text) = if !digits.is_empty() && digits.len() <= 3 {
            let rest = note_text[digits.len()..].trim_start_matches(['.', ')', ':']);
            (digits, rest.trim_start())
        } else {
            self.side_note_count += 1;
            (self.side_note_count.to_string(), note_text)
        };
        if text.is_empty() {
            return;
        }
        // The note's Markdown from where its text starts (after the number and any markup
        // around it), else the text escaped.
        let head = text.split_whitespace().next().unwrap_or(text);
        let markdown = match note_md.find(&markdown::escaped(head)) {
            Some(at) => {
                // A mark or link that opens right before the first word belongs to the note.
                let opening = note_md[..at]
                    .bytes()
                    .rev()
                    .take_while(|b| matches!(b, b'*' | b'_' | b'[' | b'`' | b'~' | b'='))
                    .count();
                note_md[at - opening..].trim().to_string()
            }
            None => markdown::escaped(text),
        };
        // The label's own number, written before the note by a toggle ("reference.1"), goes:
        // the reference stands in its place.
        let trimmed = self.text.trim_end().len();
        if self.text[..trimmed].ends_with(label.as_str())
            && self.markdown.trim_end().ends_with(label.as_str())
        {
            self.text.truncate(trimmed - label.len());
            let md_trimmed = self.markdown.trim_end().len();
            self.markdown.truncate(md_trimmed - label.len());
        }
        self.markdown.push_str(&format!("[^{label}]"));
        self.side_notes
            .push((label, text.to_string(), markdown, note_link_chars));
    }

    /// Ends the current block: its text becomes a raw block owned by the innermost element.
    fn flush(&mut self) {
        // A heading's anchor still open belongs to the block that ends here.
        self.heading_anchor = None;
        // A link still open ends with this block (and opens again in the next, below): its
        // bracket never dangles, and one with nothing inside yet is left out.
        if self.has_markup {
            for href in self.link_href.iter().rev().flatten() {
                end_link(&mut self.markdown, href);
            }
        }
        // Trim in place, so the text can move into the block instead of being copied.
        let kept = self.text.trim_end().len();
        self.text.truncate(kept);
        // In a `<pre>` a line's indentation is the code's: only the line breaks before it go.
        let lead = self.text.len()
            - if self.pre_depth > 0 {
                self.text.trim_start_matches(['\n', '\r']).len()
            } else {
                self.text.trim_start().len()
            };
        if lead > 0 {
            self.text.drain(..lead);
        }
        if self.text.is_empty() && !self.block_images.is_empty() {
            let before = self.blocks.len();
            for (src, alt) in self.block_images.drain(..) {
                self.figures.push(Figure { before, src, alt });
            }
        }
        self.block_images.clear();
        if !self.text.is_empty() {
            let elem = self.stack.last().map_or(0, |o| o.elem);
            let caption = self.stack.iter().any(|o| o.kind == Kind::Caption);
            let role = if self.stack.iter().any(|o| o.kind == Kind::Heading) {
                Role::Heading
            } else if self.stack.iter().any(|o| o.kind == Kind::ListItem) {
                Role::ListItem
            } else if self.stack.iter().any(|o| o.kind == Kind::Quote) {
                Role::Quote
            } else {
                Role::Paragraph
            };
            let text = std::mem::take(&mut self.text);
            let markdown = if self.has_markup {
                self.markdown.trim().to_string()
            } else {
                String::new()
            };
            let hinted = self.stack.iter().any(|o| {
                self.elements
                    .get(o.elem as usize)
                    .is_some_and(|e| e.hint.is_some())
            });
            let shape = self.shape(role);
            self.blocks.push(RawBlock {
                text,
                markdown,
                has_markup: self.has_markup,
                link_chars: self.link_chars,
                elem,
                role,
                caption,
                hinted,
                shape,
            });
        }
        for (label, text, markdown, link_chars) in std::mem::take(&mut self.side_notes) {
            let elem = self.stack.last().map_or(0, |o| o.elem);
            self.blocks.push(RawBlock {
                text,
                markdown,
                has_markup: true,
                link_chars,
                elem,
                role: Role::Paragraph,
                caption: false,
                hinted: false,
                shape: Shape {
                    form: Form::Footnote { label },
                    cell: None,
                    pre: None,
                },
            });
        }
        self.text.clear();
        self.markdown.clear();
        self.has_markup = false;
        self.image_end = None;
        self.link_chars = 0;
        self.block_role = Role::Paragraph;
        // Open marks go on in the next block, from its start.
        for m in &mut self.marks {
            m.at = 0;
        }
        self.has_markup = !self.marks.is_empty();
        // An open link carries on into the next block.
        for _ in self.link_href.iter().flatten() {
            self.markdown.push('[');
            self.has_markup = true;
        }
    }
}

/// A class that marks a note set beside the text it annotates (Tufte's `sidenote` and
/// `marginnote`, a toggled `footnote` span): a whole class word, not `footnote-number`.
fn is_side_note_class(class: &str) -> bool {
    class.split_ascii_whitespace().any(|w| {
        [
            "sidenote",
            "marginnote",
            "side-note",
            "margin-note",
            "footnote",
            "footnotecontent",
            "footnote-content",
        ]
        .iter()
        .any(|c| w.eq_ignore_ascii_case(c))
    })
}

/// Whether `markdown` is nothing but images, each perhaps inside a link: `![alt](src)` or
/// `[![alt](src)](href)`, with spaces between.
fn only_images(markdown: &str) -> bool {
    /// The rest after one `![alt](src)` at the start of `rest`.
    fn image(rest: &str) -> Option<&str> {
        let rest = rest.strip_prefix("![")?;
        let (_, rest) = rest.split_once("](")?;
        let (_, rest) = rest.split_once(')')?;
        Some(rest)
    }
    let mut rest = markdown.trim();
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        let after = if let Some(linked) = rest.strip_prefix('[') {
            image(linked)
                .and_then(|r| r.strip_prefix("]("))
                .and_then(|r| r.split_once(')'))
                .map(|(_, r)| r)
        } else {
            image(rest)
        };
        let Some(after) = after else {
            return false;
        };
        rest = after.trim_start();
    }
    true
}

/// What a heading's permalink anchor shows instead of words.
/// The permalink glyphs that end a headline's text when its anchor follows it unspaced; not
/// `#`, which ends names such as "C#".
const HEADLINE_PERMALINK_GLYPHS: &[char] = &['¶', '§', '🔗', '⚓', '\u{fe0e}'];

const PERMALINK_GLYPHS: &[&str] = &["#", "¶", "§", "🔗", "⚓", "∞", "🔗︎", "⚓︎"];

/// Ends a link in a block's Markdown twin: `](address)`, or, when nothing was shown inside it
/// (hidden text, a left-out icon, an empty permalink anchor), no link at all rather than an
/// empty `[](…)`.
fn end_link(markdown: &mut String, href: &str) {
    if markdown.ends_with('[') && !markdown.ends_with("\\[") {
        markdown.pop();
    } else {
        // A space that ended the link's text goes after it: `[text](address) `.
        let spaced = markdown.ends_with(' ');
        let kept = markdown.trim_end_matches(' ').len();
        markdown.truncate(kept);
        markdown.push_str("](");
        markdown.push_str(href);
        markdown.push(')');
        if spaced {
            markdown.push(' ');
        }
    }
}

/// An article interrupted by a widget (newsletter box, video) continues outside its container:
/// `joinable` blocks within [`BRIDGE_GAP_BLOCKS`] of the main run, step by step, join it.
fn bridge_widget_gaps(in_main: &mut [bool], joinable: impl Fn(usize) -> bool) {
    if let (Some(first), Some(last)) = (
        in_main.iter().position(|&m| m),
        in_main.iter().rposition(|&m| m),
    ) {
        let mut gap = 0;
        for k in (0..first).rev() {
            if joinable(k) {
                in_main[k] = true;
                gap = 0;
            } else {
                gap += 1;
                if gap > BRIDGE_GAP_BLOCKS {
                    break;
                }
            }
        }
        gap = 0;
        for (k, main) in in_main.iter_mut().enumerate().skip(last + 1) {
            if joinable(k) {
                *main = true;
                gap = 0;
            } else {
                gap += 1;
                if gap > BRIDGE_GAP_BLOCKS {
                    break;
                }
            }
        }
    }
}

/// The boilerplate an element's markup announces: its role or tag (`nav`, `footer`…) with its
/// class, else its class alone (`class_hint`, cached per class), else its id. Inline elements'
/// classes ("icon", "btn") rarely say more than their block's do, so only links' count.
fn element_hint(
    name: &str,
    kind: Kind,
    class: &str,
    id: &str,
    role: &str,
    class_hint: Option<Reason>,
) -> Option<Reason> {
    let hint = if kind == Kind::Inline && name != "a" {
        None
    } else if role.is_empty()
        && !matches!(
            name,
            "nav"
                | "menu"
                | "footer"
                | "aside"
                | "figcaption"
                | "figure"
                | "form"
                | "fieldset"
                | "label"
        )
    {
        class_hint
    } else {
        structure_hint(name, class, role)
    };
    hint.or_else(|| {
        if id.is_empty() || kind == Kind::Inline {
            None
        } else {
            structure_hint("", id, "")
        }
    })
}

/// The address Obsidian embeds for a frame's `src`: a YouTube player's video, or an X (Twitter)
/// post; `None` for any other frame.
fn embed_address(src: &str) -> Option<String> {
    let url = url::Url::parse(src).ok()?;
    let host = url.host_str()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    let id_like = |id: &str, min: usize| {
        id.len() >= min
            && id.len() <= 32
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    };
    match host {
        "youtube.com" | "m.youtube.com" | "youtube-nocookie.com" => {
            let id = url.path().strip_prefix("/embed/")?.split('/').next()?;
            id_like(id, 6).then(|| format!("https://www.youtube.com/watch?v={id}"))
        }
        "platform.twitter.com" => {
            let id = url
                .query_pairs()
                .find(|(k, _)| k == "id")
                .map(|(_, v)| v.into_owned())?;
            (id_like(&id, 1) && id.bytes().all(|b| b.is_ascii_digit()))
                .then(|| format!("https://x.com/i/status/{id}"))
        }
        "x.com" | "twitter.com" => {
            let path = url.path();
            let (_, id) = path.split_once("/status/")?;
            let id = id.split('/').next()?;
            (!id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) && path.len() < 200)
                .then(|| format!("https://x.com{path}"))
        }
        _ => None,
    }
}

/// Whether an element is hidden from the reader: the `hidden` attribute, `aria-hidden` on a
/// block, an inline `display:none` or `visibility:hidden`, a code listing's line numbers, or
/// KaTeX's rendering (kept as TeX from its MathML instead).
fn is_hidden(tag: &Tag<'_>, name: &str, kind: Kind, class: &str, in_pre: bool) -> bool {
    // A side note hidden until its number is hovered or tapped is read, as a footnote.
    if name == "span" && is_side_note_class(class) {
        return false;
    }
    tag.attr("hidden").is_some() && !is_streamed_segment(name, tag.attr("id").unwrap_or(""))
        || tag.attr("aria-hidden").is_some_and(|v| v == "true") && kind != Kind::Inline
        || tag.attr("style").is_some_and(style_hides)
        || (in_pre || matches!(name, "td" | "th" | "div"))
            && is_line_number_class(class)
        // KaTeX's rendering beside the MathML it writes out as TeX.
        || mentions(class, &[b"katex-html"])
}

/// Whether an inline style declares `display: none` or `visibility: hidden`. Each declaration is
/// read by its property's name: a custom property whose value mentions them
/// (`--footer-display: none`, read by the page's own CSS for one part of it) hides nothing.
fn style_hides(style: &str) -> bool {
    let bytes = style.as_bytes();
    let maybe = memchr::memmem::find(bytes, b"none").is_some()
        || memchr::memmem::find(bytes, b"hidden").is_some()
        || bytes.iter().any(u8::is_ascii_uppercase);
    maybe
        && style.split(';').any(|declaration| {
            let Some((property, value)) = declaration.split_once(':') else {
                return false;
            };
            let value = value.trim();
            let value = value
                .strip_suffix("!important")
                .map_or(value, str::trim_end);
            match property.trim() {
                p if p.eq_ignore_ascii_case("display") => value.eq_ignore_ascii_case("none"),
                p if p.eq_ignore_ascii_case("visibility") => value.eq_ignore_ascii_case("hidden"),
                _ => false,
            }
        })
}

/// Whether an inline style shows a list's items numbered (`list-style-type: decimal`, a recipe
/// plugin's steps in a `<ul>`) or with bullets (`disc`), when it says either: the note numbers
/// what the page numbers.
fn style_numbers_items(style: &str) -> Option<bool> {
    if !style
        .as_bytes()
        .windows(b"list-style".len())
        .any(|w| w.eq_ignore_ascii_case(b"list-style"))
    {
        return None;
    }
    style.split(';').rev().find_map(|declaration| {
        let (property, value) = declaration.split_once(':')?;
        let property = property.trim();
        if !property.eq_ignore_ascii_case("list-style-type")
            && !property.eq_ignore_ascii_case("list-style")
        {
            return None;
        }
        value.split_ascii_whitespace().find_map(|word| {
            let word = word.to_ascii_lowercase();
            let word = word.trim_end_matches("!important");
            if matches!(word, "disc" | "circle" | "square") {
                Some(false)
            } else if word.starts_with("decimal")
                || word.ends_with("-roman")
                || word.ends_with("-alpha")
                || word.ends_with("-latin")
                || word.ends_with("-greek")
            {
                Some(true)
            } else {
                None
            }
        })
    })
}

/// A chunk of a streamed server render (React's `<div hidden id="S:0">`): the page's script
/// moves it into place as soon as it arrives, so a reader sees it. It is read where it stands
/// (at the end of the page rather than where its placeholder is): on WCXB dev's 33 pages with
/// such chunks, 6 gained (a product's specifications and two articles were in them), 4 lost.
fn is_streamed_segment(name: &str, id: &str) -> bool {
    name == "div"
        && id
            .strip_prefix("S:")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// An element id that names a footnote: `fn1`, `fn:1`, `footnote-1`, `cite_note-3`, `ftn2`,
/// `note-4`, `endnote5`.
fn is_note_id(id: &str) -> bool {
    let id = id.to_ascii_lowercase();
    [
        "fn",
        "footnote",
        "cite_note",
        "cite-note",
        "ftn",
        "note",
        "endnote",
        "easy-footnote",
    ]
    .iter()
    .any(|p| {
        id.strip_prefix(p).is_some_and(|rest| {
            rest.chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit() || matches!(c, ':' | '-' | '_' | '.'))
        })
    }) && !id.starts_with("fnref")
}

/// Whether an id names a note anywhere in it, ending in its number ("mn37note03", "fn-3",
/// "ftnt_ref3"): looser than [`is_note_id`], for links whose text is a bare number.
fn names_a_note(id: &str) -> bool {
    let id = id.to_ascii_lowercase();
    (id.contains("note") || id.contains("fn") || id.contains("ftn"))
        && id.ends_with(|c: char| c.is_ascii_digit())
}

/// The label a note's id gives: its last run of letters and digits ("footnote-1" → "1").
fn label_of_note_id(id: &str) -> Option<String> {
    let label = id
        .rsplit(|c: char| !c.is_ascii_alphanumeric())
        .next()?
        .trim_start_matches(|c: char| c.is_ascii_alphabetic());
    (!label.is_empty() && label.len() <= 12).then(|| label.to_string())
}

/// What an in-page link around a footnote's label is.
#[derive(Debug)]
enum NoteLink {
    /// A reference to the note with the element id `target`; `own_id` is the link's own id, which
    /// the note's link back points at. `sure` when its markup says it is a note's reference.
    Ref {
        target: String,
        own_id: Option<String>,
        sure: bool,
    },
    /// A link from a note back to its reference.
    Back,
    /// The anchor at the start of a note, holding its label.
    Label,
}

/// A footnote label from a link's text ("1", "[2]", "a", "3."): its letters and digits, when
/// there are a few.
fn note_label(text: &str) -> Option<String> {
    // The twin's text, without the `<sup>` around it.
    let text = text.replace("<sup>", "").replace("</sup>", "");
    let label: String = text
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_'))
        .collect();
    (!label.is_empty() && label.chars().count() <= 12).then_some(label)
}

/// A link from a note back to where it is referenced.
fn is_note_backref(target: &str, class: &str) -> bool {
    let t = target.to_ascii_lowercase();
    t.starts_with("fnref")
        || t.starts_with("cite_ref")
        || t.starts_with("ftnref")
        || t.contains("footnote-ref")
        || class.contains("backref")
        || class.contains("footnote-back")
}

/// The TeX an element keeps in `data-math`, `data-latex` or `data-tex` (or `data-entry` on an
/// element whose class says it is TeX).
fn tex_attribute<'t>(tag: &'t Tag, class: &str) -> Option<&'t str> {
    let tex = tag
        .attr("data-math")
        .or_else(|| tag.attr("data-latex"))
        .or_else(|| tag.attr("data-tex"))
        .or_else(|| {
            tag.attr("data-entry")
                .filter(|_| mentions(class, &[b"tex", b"math"]))
        })?;
    (!tex.trim().is_empty()).then_some(tex)
}

/// The TeX of a formula drawn as an image: from a TeX-rendering service's address
/// (`latex.php?latex=…`, `…/png.latex?\\frac…`, `chart?cht=tx&chl=…`), or the alternative text
/// of an image marked as a formula (class `latex`, `tex`, `math`) or written in TeX.
fn image_tex(tag: &Tag, class: &str) -> Option<String> {
    let src = tag.attr("src").unwrap_or("");
    if let Some((path, query)) = src.split_once('?') {
        let lower = path.to_ascii_lowercase();
        let service =
            lower.contains("latex") || lower.contains("codecogs") || lower.ends_with("/chart");
        if service {
            let pairs: Vec<(String, String)> = url::form_urlencoded::parse(query.as_bytes())
                .map(|(k, v)| (k.into_owned(), v.into_owned()))
                .collect();
            let tex = pairs
                .iter()
                .find(|(k, _)| matches!(k.as_str(), "latex" | "chl" | "tex" | "eq"))
                .map(|(_, v)| v.clone())
                .or_else(|| match pairs.as_slice() {
                    [(k, v)] if v.is_empty() && k.contains('\\') => Some(k.clone()),
                    _ => None,
                });
            if let Some(tex) = tex.filter(|t| !t.trim().is_empty()) {
                return Some(tex);
            }
        }
    }
    let alt = tag.attr("alt")?.trim();
    if alt.is_empty() {
        return None;
    }
    let marked = class
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| matches!(w, "latex" | "tex" | "math" | "equation"))
        || class.contains("math-fallback");
    if marked || looks_like_tex(alt) {
        // MediaWiki wraps its alternative text in `{\displaystyle …}`.
        let alt = alt
            .strip_prefix("{\\displaystyle")
            .and_then(|a| a.strip_suffix('}'))
            .unwrap_or(alt);
        return Some(alt.trim().to_string());
    }
    None
}

/// Text written in TeX: a command (`\\frac`, `\\operatorname`) and a brace, script or equals.
fn looks_like_tex(text: &str) -> bool {
    let command = text
        .as_bytes()
        .windows(2)
        .any(|w| w[0] == b'\\' && w[1].is_ascii_alphabetic());
    command && text.bytes().any(|b| matches!(b, b'{' | b'^' | b'_' | b'='))
}

/// The TeX of a MathML formula: its `<annotation encoding="application/x-tex">`.
fn tex_annotation(mathml: &str) -> Option<String> {
    let at = memchr::memmem::find(mathml.as_bytes(), b"application/x-tex")?;
    let open_end = at + mathml[at..].find('>')? + 1;
    let close = open_end + mathml[open_end..].find("</annotation")?;
    Some(mathml[open_end..close].to_string())
}

/// Whether `class` contains any of `needles`: a byte scan, cheaper on short class strings than
/// building a substring searcher per call.
fn mentions(class: &str, needles: &[&[u8]]) -> bool {
    let hay = class.as_bytes();
    needles.iter().any(|needle| {
        let Some((&first, rest)) = needle.split_first() else {
            return false;
        };
        memchr::memchr_iter(first, hay).any(|at| hay[at + 1..].starts_with(rest))
    })
}

/// A class naming a link to edit the page or one of its sections: a wiki's "[edit]" beside
/// each heading (`mw-editsection`, `secedit`), a blog's "Edit" shown to its author
/// (`edit-link`). Controls for whoever runs the page, never part of what it says.
fn is_edit_control(class: &str) -> bool {
    // Most classes name no editing: one search rules them out.
    if !mentions(class, &[b"edit", b"Edit", b"EDIT"]) {
        return false;
    }
    class.split_ascii_whitespace().any(|t| {
        let t = t.to_ascii_lowercase();
        t.ends_with("editsection")
            || t.ends_with("edit-section")
            || t == "secedit"
            || t == "edit-link"
            || t == "post-edit-link"
    })
}

/// A class naming line numbers or a gutter beside code (highlighters' markup).
fn is_line_number_class(class: &str) -> bool {
    // Most classes name neither: one search rules them out.
    if !mentions(class, &[b"in", b"utter", b"ln-"]) {
        return false;
    }
    class.split_ascii_whitespace().any(|t| {
        let t = t.to_ascii_lowercase();
        t == "gutter"
            || t.contains("lineno")
            || t.contains("linenumber")
            || t.contains("line-number") && t != "line-numbers"
            || t == "hljs-ln-numbers"
    })
}

/// The code language a class names: `language-rust`, `lang-rust`, `highlight-source-rust`,
/// `highlight-rust`, `brush: rust`.
/// Whether a `<code>` element's class marks it as a block of code of its own (a class word
/// "block", "code-block" or "codeblock"), not a span in a sentence.
fn marks_code_block(class: &str) -> bool {
    class.split_ascii_whitespace().any(|w| {
        w.eq_ignore_ascii_case("block")
            || w.eq_ignore_ascii_case("code-block")
            || w.eq_ignore_ascii_case("codeblock")
    })
}

fn lang_of(class: &str) -> Option<String> {
    // Most classes name no language: one search rules them out.
    if !mentions(class, &[b"ang", b"ighlight", b"rush"]) {
        return None;
    }
    let mut tokens = class.split_ascii_whitespace();
    while let Some(t) = tokens.next() {
        let lower = t.to_ascii_lowercase();
        for prefix in ["language-", "lang-", "highlight-source-", "highlight-"] {
            if let Some(rest) = lower.strip_prefix(prefix)
                && let Some(lang) = clean_lang(rest)
            {
                return Some(lang);
            }
        }
        // Hexo's `<figure class="highlight sh">`: the language is the word after.
        if lower == "highlight"
            && let Some(lang) = tokens.clone().next().and_then(clean_lang)
        {
            return Some(lang);
        }
        if lower == "brush:" {
            return tokens
                .next()
                .and_then(|n| clean_lang(n.trim_end_matches(';')));
        }
        if let Some(rest) = lower.strip_prefix("brush:") {
            return clean_lang(rest.trim_end_matches(';'));
        }
    }
    None
}

fn clean_lang(raw: &str) -> Option<String> {
    let lang = raw.trim().to_ascii_lowercase();
    let ok = !lang.is_empty()
        && lang.len() <= 24
        && lang
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'#' | b'-' | b'_' | b'.'))
        && !matches!(lang.as_str(), "none" | "nohighlight" | "plain" | "default");
    ok.then_some(lang)
}

/// The address of the widest (or densest) candidate of a `srcset`.
fn largest_srcset(srcset: Option<&str>) -> Option<&str> {
    let mut best: Option<(f32, &str)> = None;
    for candidate in srcset?.split(", ") {
        let mut parts = candidate.split_ascii_whitespace();
        let Some(url) = parts.next() else { continue };
        let size = parts
            .next()
            .and_then(|d| d.strip_suffix(['w', 'x', 'W', 'X']))
            .and_then(|n| n.parse::<f32>().ok())
            .unwrap_or(1.0);
        if best.is_none_or(|(s, _)| size > s) {
            best = Some((size, url));
        }
    }
    best.map(|(_, url)| url)
}

/// Finds `</name` (any case) followed by a tag-ending character.
fn find_end_tag(hay: &[u8], name: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(p) = memchr::memmem::find(&hay[from..], b"</") {
        let at = from + p;
        let after = &hay[at + 2..];
        if after.len() >= name.len()
            && after[..name.len()].eq_ignore_ascii_case(name.as_bytes())
            && after
                .get(name.len())
                .is_none_or(|b| matches!(b, b'>' | b' ' | b'\t' | b'\n' | b'\r' | b'/' | b'\x0C'))
        {
            return Some(at);
        }
        from = at + 2;
    }
    None
}

/// No ASCII whitespace but single spaces: the text needs no collapsing.
fn single_spaced(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr3(b'\n', b'\t', b'\r', b).is_none()
        && memchr::memchr(0x0c, b).is_none()
        && memchr::memmem::find(b, b"  ").is_none()
}

/// Author-marked elements read per page, how deep they nest, and how much text they hold: a
/// byline is short, and a page that marks every card's author need not be read to the end.
const MAX_AUTHOR_MARKED: usize = 8;
const MAX_AUTHOR_NESTING: usize = 4;
const MAX_AUTHOR_TEXT: usize = 2_000;
/// Inside these, an author's name is a related article's or a menu's. (Comments are told by
/// [`marks_comments`]: the learned Comment cue also fires on "responsive".)
const AUTHOR_ELSEWHERE_CUES: u64 =
    inputs::Cue::Related.bit() | inputs::Cue::Nav.bit() | inputs::Cue::TagNav.bit();

/// A class or id with "author" in a word ("author-name", "authorName", "post-author", not
/// "authority" or "authored"), or a "byline" word.
fn class_marks_author(class_id: &str) -> bool {
    any_class_word(class_id, |w| {
        starts_ignoring_case(w, b"byline")
            || w.windows(6).enumerate().any(|(at, six)| {
                six.eq_ignore_ascii_case(b"author")
                    && !starts_ignoring_case(&w[at + 6..], b"i")
                    && !starts_ignoring_case(&w[at + 6..], b"ed")
            })
    })
}

/// Whether a word of a class or id attribute (split at anything but ASCII letters and digits)
/// passes `test`.
fn any_class_word(class_id: &str, test: impl Fn(&[u8]) -> bool) -> bool {
    class_id
        .as_bytes()
        .split(|b| !b.is_ascii_alphanumeric())
        .any(test)
}

fn starts_ignoring_case(word: &[u8], prefix: &[u8]) -> bool {
    word.len() >= prefix.len() && word[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// Whether the markup marks an element as the author's, besides its class (see
/// [`class_marks_author`]): `rel="author"`, `itemprop="author"`, such an id, or a link to an
/// author's page ("/author/jane-doe").
fn marks_author(tag: &Tag<'_>, id: &str) -> bool {
    tag.attr("rel").is_some_and(|r| {
        r.split_ascii_whitespace()
            .any(|w| w.eq_ignore_ascii_case("author"))
    }) || tag.attr("itemprop").is_some_and(|p| {
        p.split_ascii_whitespace()
            .any(|w| w.eq_ignore_ascii_case("author"))
    }) || (!id.is_empty() && class_marks_author(id))
        || tag.name == "a"
            && tag.attr("href").is_some_and(|h| {
                let h = h.as_bytes();
                [
                    &b"/author/"[..],
                    b"/authors/",
                    b"/autor/",
                    b"/auteur/",
                    b"/autore/",
                ]
                .iter()
                .any(|p| memchr::memmem::find(h, p).is_some())
            })
}

/// A comment section or one comment: a class or id word that starts with "comment" or "repl"
/// ("comment-list", "replies"), or is "disqus" or "respond".
fn marks_comments(class_id: &str) -> bool {
    any_class_word(class_id, |w| {
        starts_ignoring_case(w, b"comment")
            || starts_ignoring_case(w, b"repl")
            || w.eq_ignore_ascii_case(b"disqus")
            || w.eq_ignore_ascii_case(b"respond")
    })
}

/// Inside an author element, the element that holds the name alone (`itemprop="name"`,
/// "username", "author-name"): read on its own, it leaves out the avatar's initials and the date.
fn marks_name(tag: &Tag<'_>, class: &str) -> bool {
    tag.attr("itemprop")
        .is_some_and(|p| p.eq_ignore_ascii_case("name"))
        || any_class_word(class, |w| {
            w.eq_ignore_ascii_case(b"name") || w.eq_ignore_ascii_case(b"username")
        })
}

// ---------------------------------------------------------------------------------------------
// Choosing the article and building candidates
// ---------------------------------------------------------------------------------------------

impl Page {
    fn candidates(&mut self) -> (Vec<Candidate>, Vec<Features>, Vec<DomCues>) {
        let (mut feats, lang) = self.measured();
        let n_el = self.elements.len();
        let mut block_prose = Vec::with_capacity(self.blocks.len());
        let mut total_prose = 0f32;
        let mut prose_all = vec![0f32; n_el];
        for (b, f) in self.blocks.iter().zip(&feats) {
            let is_prose = decide::is_prose(f);
            block_prose.push(is_prose);
            if is_prose {
                let chars = f.chars as f32;
                total_prose += chars;
                let mut e = Some(b.elem);
                while let Some(i) = e {
                    prose_all[i as usize] += chars;
                    e = self.elements[i as usize].parent;
                }
            }
        }
        // Hints on elements that hold most of the page's prose are not believed.
        for (i, el) in self.elements.iter_mut().enumerate() {
            if el.hint.is_some()
                && total_prose > 0.0
                && prose_all[i] / total_prose > HINT_MAX_PROSE_SHARE
            {
                el.hint = None;
            }
        }
        let hint_of = self.effective_hints();
        // Blocks measured lightly whose hint was not believed get the full measurement.
        for (k, b) in self.blocks.iter().enumerate() {
            if b.hinted && hint_of[b.elem as usize].is_none() && feats[k].junk.is_none() {
                let mut f = measure::measure(&b.text, b.link_chars);
                measure::apply_language(&mut f, lang);
                block_prose[k] = decide::is_prose(&f);
                feats[k] = f;
            }
        }
        // Each container's score: its prose, less its links, other text and boilerplate.
        let mut score = vec![0f32; n_el];
        let mut has_prose = vec![false; n_el];
        // Every element's text and link characters, gathered on the same walk up.
        let mut text_all = vec![0f32; n_el];
        let mut links_all = vec![0f32; n_el];
        for (k, b) in self.blocks.iter().enumerate() {
            let f = &feats[k];
            let chars = f.chars as f32;
            let links = (b.link_chars as f32).min(chars);
            let value = if hint_of[b.elem as usize].is_some() {
                -HINTED_WEIGHT * chars
            } else if block_prose[k] {
                chars - LINK_WEIGHT * links
            } else {
                -LINK_WEIGHT * links - OTHER_WEIGHT * (chars - links)
            };
            let counts_as_prose = block_prose[k] && hint_of[b.elem as usize].is_none();
            let mut e = Some(b.elem);
            while let Some(i) = e {
                let i = i as usize;
                score[i] += value;
                text_all[i] += chars;
                links_all[i] += links;
                if counts_as_prose {
                    has_prose[i] = true;
                }
                e = self.elements[i].parent;
            }
        }
        for (s, el) in score.iter_mut().zip(&self.elements) {
            if el.content_hint && *s > 0.0 {
                *s *= CONTENT_HINT_BONUS;
            }
        }
        let near_score = self.near_scores(&feats, &block_prose, &hint_of);
        let container_score = |i: usize| {
            let density = if text_all[i] > 0.0 {
                links_all[i] / text_all[i]
            } else {
                0.0
            };
            let bonus = if self.elements[i].content_hint {
                CONTENT_HINT_BONUS
            } else {
                1.0
            };
            near_score[i] * (1.0 - density) * bonus
        };
        let best = (0..n_el)
            .filter(|&i| hint_of[i].is_none() && has_prose[i])
            .max_by(|&a, &b| container_score(a).total_cmp(&container_score(b)))
            .unwrap_or(0);
        let joined = self.joined_siblings(best, &hint_of, &score);
        // Is `elem` inside the container (or a joined sibling)?
        let mut inside = vec![false; n_el];
        for i in 0..n_el {
            inside[i] = joined[i] || self.elements[i].parent.is_some_and(|p| inside[p as usize]);
        }
        let mut in_main: Vec<bool> = self
            .blocks
            .iter()
            .map(|b| inside[b.elem as usize])
            .collect();
        // Prose paragraphs outside the container that may continue its article.
        let joinable = |k: usize| {
            block_prose[k]
                && hint_of[self.blocks[k].elem as usize].is_none()
                && self.blocks[k].role == Role::Paragraph
        };
        bridge_widget_gaps(&mut in_main, joinable);
        let share = |x: f32| {
            if total_prose > 0.0 {
                x / total_prose
            } else {
                0.0
            }
        };
        let container_prose_share = share(prose_all[best]);
        let dom: Vec<DomCues> = self
            .blocks
            .iter()
            .map(|b| {
                let el = &self.elements[b.elem as usize];
                let parent = el.parent.map_or(b.elem as usize, |p| p as usize);
                DomCues {
                    depth: el.depth,
                    cues: el.cues,
                    in_container: inside[b.elem as usize],
                    parent_prose_share: share(prose_all[parent]),
                    parent_link_density: if text_all[parent] > 0.0 {
                        links_all[parent] / text_all[parent]
                    } else {
                        0.0
                    },
                    container_prose_share,
                }
            })
            .collect();
        let cands = self.take_candidates(&in_main, &block_prose, &hint_of);
        (cands, feats, dom)
    }

    /// Readability's way to find the article's own container: each prose paragraph counts fully
    /// for its parent, half for its grandparent and less above, so the element that directly
    /// holds the paragraphs wins over a wrapper that also holds teasers.
    fn near_scores(
        &self,
        feats: &[Features],
        block_prose: &[bool],
        hint_of: &[Option<Reason>],
    ) -> Vec<f32> {
        let mut near_score = vec![0f32; self.elements.len()];
        for (k, b) in self.blocks.iter().enumerate() {
            let chars = feats[k].chars as f32;
            if !block_prose[k] || hint_of[b.elem as usize].is_some() {
                continue;
            }
            let mut e = self.elements[b.elem as usize].parent;
            let mut level = 0;
            while let Some(i) = e {
                let weight = match level {
                    0 => 1.0,
                    1 => 0.5,
                    l => 1.0 / (l as f32 * 3.0),
                };
                near_score[i as usize] += chars * weight;
                level += 1;
                if level > ANCESTOR_LEVELS {
                    break;
                }
                e = self.elements[i as usize].parent;
            }
        }
        near_score
    }

    /// The blocks as the candidates the rules and the model decide on (their shapes kept for
    /// the Markdown): in the main run, or prose near it with no boilerplate hint.
    fn take_candidates(
        &mut self,
        in_main: &[bool],
        block_prose: &[bool],
        hint_of: &[Option<Reason>],
    ) -> Vec<Candidate> {
        let first = in_main.iter().position(|&m| m);
        let last = in_main.iter().rposition(|&m| m);
        // Tables of at least three rows and three columns: a data table, even in a `<figure>`.
        let mut table_extent: std::collections::HashMap<u32, (u32, u32), FnvBuild> =
            std::collections::HashMap::default();
        for cell in self.blocks.iter().filter_map(|b| b.shape.cell) {
            let extent = table_extent.entry(cell.table).or_default();
            extent.0 = extent.0.max(cell.row + 1);
            extent.1 = extent.1.max(cell.col + u32::from(cell.colspan));
        }
        let data_table = |cell: Option<CellAt>| {
            cell.and_then(|c| table_extent.get(&c.table))
                .is_some_and(|&(rows, cols)| rows >= DATA_TABLE_MIN && cols >= DATA_TABLE_MIN)
        };
        let mut cands = Vec::with_capacity(self.blocks.len());
        let mut shapes = Vec::with_capacity(self.blocks.len());
        for (k, b) in self.blocks.drain(..).enumerate() {
            let near = match (first, last) {
                (Some(f), Some(l)) => {
                    k + SIBLING_REACH_BLOCKS >= f && k <= l + SIBLING_REACH_BLOCKS
                }
                _ => false,
            };
            let main = in_main[k] || (near && block_prose[k] && hint_of[b.elem as usize].is_none());
            let shape = b.shape;
            let markdown = (b.has_markup && b.markdown != b.text).then_some(b.markdown);
            cands.push(Candidate {
                text: b.text,
                markdown,
                role: Some(b.role),
                link_chars: b.link_chars,
                // An embedded post (a blockquote inside a "social" wrapper) is quoted text, not
                // a row of share buttons.
                // Code or a table in a `<figure>` (highlighters and editors wrap them in one) is
                // not a caption.
                structure_hint: hint_of[b.elem as usize].clone().filter(|h| {
                    !(b.role == Role::Quote && *h == Reason::ShareButtons
                        || (shape.pre.is_some() || data_table(shape.cell))
                            && *h == Reason::PhotoCaption)
                }),
                in_main: Some(main),
                caption: b.caption && shape.pre.is_none(),
                after_blank: true,
            });
            shapes.push(shape);
        }
        self.shapes = shapes;
        cands
    }

    /// Each block's measurements (a short block in a hinted element lightly), in the page's
    /// language, and that language.
    fn measured(&self) -> (Vec<Features>, u16) {
        let mut feats: Vec<Features> = self
            .blocks
            .iter()
            .map(|b| {
                if b.hinted && b.role != Role::Quote && b.text.len() < LIGHT_MEASURE_MAX_BYTES {
                    measure::measure_light(&b.text, b.link_chars)
                } else {
                    measure::measure(&b.text, b.link_chars)
                }
            })
            .collect();
        let lang = measure::page_language_of(&feats);
        for f in &mut feats {
            measure::apply_language(f, lang);
        }
        (feats, lang)
    }

    /// Each element's hint: its own, or its nearest hinted ancestor's.
    fn effective_hints(&self) -> Vec<Option<Reason>> {
        let mut hint_of: Vec<Option<Reason>> = Vec::with_capacity(self.elements.len());
        for i in 0..self.elements.len() {
            let h = self.elements[i].hint.clone().or_else(|| {
                self.elements[i]
                    .parent
                    .and_then(|p| hint_of.get(p as usize).cloned().flatten())
            });
            hint_of.push(h);
        }
        hint_of
    }

    /// The container `best`, and its siblings that hold prose of their own (an article split
    /// around an advertisement).
    fn joined_siblings(&self, best: usize, hint_of: &[Option<Reason>], score: &[f32]) -> Vec<bool> {
        let parent = self.elements[best].parent.map(|p| p as usize);
        let mut joined = vec![false; self.elements.len()];
        joined[best] = true;
        if let Some(p) = parent {
            for i in 0..self.elements.len() {
                if self.elements[i].parent.map(|q| q as usize) == Some(p)
                    && i != best
                    && hint_of[i].is_none()
                    && score[i] > 0.0
                    && score[i] >= SIBLING_MIN_SHARE * score[best]
                {
                    joined[i] = true;
                }
            }
        }
        joined
    }

    /// What the page declares about its kind: its address and its JSON-LD and OpenGraph types.
    fn hints(&self, ld: &JsonLd, url: Option<&str>) -> PageHints {
        let mut types = ld.types();
        for (name, value) in &self.raw.metas {
            if name == "og:type" {
                let v = value.trim().to_ascii_lowercase();
                types.push(if v == "product" {
                    "og:product".into()
                } else {
                    v
                });
            }
        }
        PageHints {
            selection: self.raw.title_tag.is_none() && !self.raw.furniture,
            url: url.map(str::to_string),
            types,
            hidden_prose: self.hidden_chars,
            document_title: self
                .raw
                .title_tag
                .as_deref()
                .and_then(title_before_separator),
        }
    }

    fn metadata(&self, ld: &JsonLd) -> Metadata {
        let raw = &self.raw;
        let meta = |keys: &[&str]| -> Option<String> {
            keys.iter().find_map(|k| {
                raw.metas
                    .iter()
                    .find(|(n, v)| n == k && !v.trim().is_empty())
                    .map(|(_, v)| collapse(v))
            })
        };
        let mut m = Metadata::default();
        let ld = ld.article_fields();
        // A Twitter handle ("@CBSNews") is the last resort, without its "@".
        m.site = meta(&["og:site_name", "application-name"])
            .or(ld.publisher.clone())
            .or_else(|| meta(&["twitter:site"]).map(|s| s.trim_start_matches('@').to_string()))
            .filter(|s| !s.is_empty());
        let og_title = meta(&["og:title", "twitter:title"]).or(ld.headline.clone());
        m.title = pick_title(
            og_title.as_deref(),
            raw.title_tag.as_deref(),
            &raw.h1,
            &raw.h2,
            m.site.as_deref(),
        );
        m.summary = meta(&["og:description", "description", "twitter:description"])
            .or(ld.description.clone());
        m.url = raw
            .canonical
            .clone()
            .or_else(|| meta(&["og:url"]))
            .or(ld.url.clone())
            .or_else(|| raw.given.clone())
            .or_else(|| raw.saved_from.clone())
            .filter(|u| u.starts_with("http"));
        // The first of the page's date fields that reads as a date: a field written in words
        // ("July 17, 2025") is read as such, and one that reads as nothing gives way to the next.
        let date_fields = [
            "article:published_time",
            "datepublished",
            "date",
            "pubdate",
            "publishdate",
            "dc.date.issued",
            "dc.date",
            "sailthru.date",
            "parsely-pub-date",
            "article.published",
            "og:published_time",
            "og:article:published_time",
            "og:publish_date",
            "article:published",
            "published",
            "published_at",
            "pub_date",
            "cxenseparse:publishtime",
            "citation_publication_date",
            "citation_date",
            "dcterms.date",
            "dcterms.created",
        ];
        m.published = date_fields
            .iter()
            .filter_map(|k| meta(&[k]))
            .chain(ld.date_published.clone())
            .chain(raw.time_datetime.clone())
            .find_map(|d| parse_machine_date(&d).map(|v| published_from(&d, v)));
        let author = meta(&[
            "author",
            "article:author",
            "parsely-author",
            "dc.creator",
            "byl",
        ])
        .filter(|a| !a.starts_with("http"));
        m.authors = if ld.authors.is_empty() {
            author
                .map(|a| {
                    let a = a
                        .strip_prefix("By ")
                        .or_else(|| a.strip_prefix("by "))
                        .unwrap_or(&a)
                        .to_string();
                    vec![a]
                })
                .unwrap_or_default()
        } else {
            ld.authors
        };
        if m.authors.is_empty() {
            // The site's own name in an author box ("By Example News") is no byline.
            let key = |s: &str| -> String {
                s.chars()
                    .filter(|c| c.is_alphanumeric())
                    .flat_map(char::to_lowercase)
                    .collect()
            };
            let site = m.site.as_deref().map(key);
            m.authors = raw
                .author_marked
                .iter()
                .find(|names| names.iter().all(|n| Some(key(n)) != site))
                .cloned()
                .unwrap_or_default();
        }
        m
    }
}

/// A document title up to its first separator between spaced words ("Private Music Lessons |
/// Example School" gives "Private Music Lessons"; "GAAP Compliance: Applying …" stays whole).
fn title_before_separator(title: &str) -> Option<String> {
    const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " · ", " • ", " : ", " » "];
    let title = collapse(title);
    let end = SEPARATORS
        .iter()
        .filter_map(|s| title.find(s))
        .min()
        .unwrap_or(title.len());
    let head = title[..end].trim();
    (!head.is_empty()).then(|| head.to_string())
}

/// The headline: the page's `<h1>` when it agrees with the `<title>` or OpenGraph title, else the
/// OpenGraph title, else the `<title>` without its " | Site" suffix.
fn pick_title(
    og: Option<&str>,
    title_tag: Option<&str>,
    h1: &[String],
    h2: &[String],
    site: Option<&str>,
) -> Option<String> {
    let reference = og.or(title_tag);
    let logo = |h: &str| super::fields::site::heading_names_the_site(h, reference, site);
    if let Some(r) = reference {
        let rl = r.to_lowercase();
        if let Some(h) = h1
            .iter()
            .find(|h| h.chars().count() > 3 && rl.contains(&h.to_lowercase()) && !logo(h))
        {
            return Some(h.clone());
        }
        // No `<h1>` agrees, but an `<h2>` is the title itself, less the site's name: that is
        // the headline, and an `<h1>` is a section's heading or the site's.
        let headline = strip_site_suffix(r, site);
        if let Some(h) = h2
            .iter()
            .find(|h| h.chars().count() > 3 && h.eq_ignore_ascii_case(&headline))
        {
            return Some(h.clone());
        }
    }
    // A page with one headline shows it as its title; the OpenGraph title is often written
    // for sharing ("These Are the 25 Hottest…") and differs from it. A lone `<h1>` that is only
    // the site's name (a logo) is not the headline.
    let headlines: Vec<&String> = h1.iter().filter(|h| h.chars().count() > 3).collect();
    if let [only] = headlines.as_slice()
        && only.split_whitespace().count() >= 2
        && !site.is_some_and(|s| s.eq_ignore_ascii_case(only.trim()))
        && !logo(only)
    {
        return Some((*only).clone());
    }
    if let Some(o) = og {
        return Some(strip_site_suffix(o, site));
    }
    title_tag
        .map(|t| strip_site_suffix(t, site))
        .filter(|t| !t.is_empty())
        .or_else(|| h1.first().cloned())
}

pub(super) fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    let mut title = title.trim();
    // "Headline | Section | Site": every short tail goes, one at a time.
    'strip: loop {
        for sep in [
            " | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / ", " » ",
        ] {
            if let Some((head, tail)) = title.rsplit_once(sep) {
                let tail_is_site = site
                    .is_some_and(|s| tail.to_lowercase().contains(&s.to_lowercase()))
                    || tail.split_whitespace().count() <= 4 && head.split_whitespace().count() >= 3;
                if tail_is_site {
                    title = head.trim();
                    continue 'strip;
                }
            }
        }
        return title.to_string();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bold_around_an_image_is_left_out() {
        assert!(only_images("![](a.jpg)"));
        assert!(only_images("[![A cat](a.jpg)](b.jpg) ![](c.png)"));
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
        let text: Vec<String> = extract_html(html)
            .0
            .blocks
            .into_iter()
            .map(|b| b.text)
            .collect();
        assert!(text.iter().any(|t| t == "0.8 litres"), "{text:?}");
        assert!(text.iter().all(|t| !t.contains("Sign up")), "{text:?}");
        assert!(!is_streamed_segment("div", "S:"));
        assert!(!is_streamed_segment("div", "S:main"));
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
        let head = |t: &str| title_before_separator(t);
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
}
