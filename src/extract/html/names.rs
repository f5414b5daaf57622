//! What an element's tag, class, id, role and style say: its kind of block, whether it is
//! hidden, skipped or page furniture, the boilerplate or content it hints at, a code block's
//! language, an author's or a comment section's mark.

use super::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
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
pub(super) fn element_kind(name: &str, tag: &Tag<'_>) -> Kind {
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

pub(super) fn is_void(tag: &str) -> bool {
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
pub(super) fn is_skipped(tag: &str) -> bool {
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
pub(super) fn closes_p(tag: &str) -> bool {
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
pub(super) fn is_page_furniture(tag: &str, role: &str, hint: Option<&Reason>) -> bool {
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

pub(super) fn structure_hint(tag: &str, class_id: &str, role: &str) -> Option<Reason> {
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
    for word in class_words(class_id) {
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

pub(super) fn is_content_hint(class_id: &str, itemprop: &str) -> bool {
    if itemprop.eq_ignore_ascii_case("articleBody") {
        return true;
    }
    // "article-body", "story__content", "entry-content", "articleBody", "post-text", …
    const OWNERS: &[&str] = &["article", "story", "entry", "post", "blog"];
    const PARTS: &[&str] = &["body", "content", "text"];
    let mut prev_owner = false;
    for w in class_words(class_id) {
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

/// A class that marks a note set beside the text it annotates (Tufte's `sidenote` and
/// `marginnote`, a toggled `footnote` span): a whole class word, not `footnote-number`.
pub(super) fn is_side_note_class(class: &str) -> bool {
    // Every such class holds "note": one search rules most classes out.
    if !contains_ignoring_case(class, "note") {
        return false;
    }
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

/// Whether and how an element is hidden from the reader: never text to read (a code listing's
/// line numbers, KaTeX's rendering, kept as TeX from its MathML instead), or hidden until shown
/// (the `hidden` attribute, `aria-hidden` on a block, an inline `display:none` or
/// `visibility:hidden`), which on a folded panel of the page's text is read as shown.
pub(super) fn is_hidden(
    tag: &Tag<'_>,
    name: &str,
    kind: Kind,
    class: &ClassHides,
    in_pre: bool,
) -> Hidden {
    // A side note hidden until its number is hovered or tapped is read, as a footnote.
    if name == "span" && class.side_note {
        return Hidden::No;
    }
    let line_numbers = if in_pre {
        class.line_numbers_in_pre
    } else {
        class.line_numbers
    };
    if (in_pre || matches!(name, "td" | "th" | "div")) && line_numbers
        || class.katex_rendering
        || class.screen_reader_only && kind != Kind::Heading
    {
        return Hidden::Never;
    }
    if tag.attr("hidden").is_some() && !is_streamed_segment(name, tag.attr("id").unwrap_or(""))
        || class.display_none
        || tag.attr("aria-hidden").is_some_and(|v| v == "true") && kind != Kind::Inline
        || tag.attr("style").is_some_and(style_hides)
    {
        return if is_folded_panel(tag) {
            Hidden::Folded
        } else {
            Hidden::UntilShown
        };
    }
    Hidden::No
}

/// Whether a hidden element is a folded panel of the page's own text: a tab's panel, an
/// accordion's or a FAQ's answer, a "show more" section. Its role or its class and id say so.
fn is_folded_panel(tag: &Tag<'_>) -> bool {
    if tag
        .attr("role")
        .is_some_and(|r| r.eq_ignore_ascii_case("tabpanel") || r.eq_ignore_ascii_case("region"))
    {
        return true;
    }
    let words = format!(
        "{} {}",
        tag.attr("class").unwrap_or(""),
        tag.attr("id").unwrap_or("")
    )
    .to_ascii_lowercase();
    mentions(
        &words,
        &[
            b"accordion",
            b"collaps",
            b"faq",
            b"tabpanel",
            b"tab-panel",
            b"tab-pane",
            b"tab-content",
            b"tabs-content",
            b"expand",
            b"answer",
        ],
    )
}

/// Whether an element is shown ([`is_hidden`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Hidden {
    No,
    /// Hidden until a click or a script shows it: a tab's panel, an accordion's answer, a menu,
    /// an article a script moves into place.
    UntilShown,
    /// A folded panel of the page's text ([`is_folded_panel`]).
    Folded,
    /// Never text to read: line numbers beside code, KaTeX's drawing of a formula it also
    /// writes as MathML.
    Never,
}

/// What a class attribute says about whether its element is shown: worked out once per class
/// string (see [`is_hidden`]).
#[derive(Debug, Clone, Default)]
pub(super) struct ClassHides {
    /// A side note ([`is_side_note_class`]).
    pub side_note: bool,
    /// Line numbers beside code, outside a listing and inside one ([`line_number_class`]).
    pub line_numbers: bool,
    pub line_numbers_in_pre: bool,
    /// KaTeX's rendering beside the MathML it writes out as TeX.
    pub katex_rendering: bool,
    /// A callout's text (`callout-content`), hidden while the box is folded.
    pub callout_content: bool,
    /// Text for screen readers only ([`is_screen_reader_only`]).
    pub screen_reader_only: bool,
    /// Not displayed on a desktop screen by a utility class ([`display_none_by_class`]).
    pub display_none: bool,
}

impl ClassHides {
    pub(super) fn of(class: &str) -> ClassHides {
        let (line_numbers, line_numbers_in_pre) = line_number_class(class);
        ClassHides {
            side_note: is_side_note_class(class),
            line_numbers,
            line_numbers_in_pre,
            katex_rendering: mentions(class, &[b"katex-html"]),
            callout_content: mentions(class, &[b"callout-content"])
                && class
                    .split_ascii_whitespace()
                    .any(|w| w.eq_ignore_ascii_case("callout-content")),
            screen_reader_only: is_screen_reader_only(class),
            display_none: display_none_by_class(class),
        }
    }
}

/// The width a clipped page is taken to be read at: a desktop browser's window. Utility classes
/// that show or hide an element from a breakpoint on are read at it.
const DESKTOP_WIDTH: u32 = 1280;

/// Whether an element's utility classes leave it undisplayed at [`DESKTOP_WIDTH`] by a breakpoint
/// or state variant: Tailwind's `lg:hidden` (a phone's copy of a menu or a headline) or
/// `not-…:hidden` (hidden unless that state holds), Bootstrap's `d-lg-none` and its older
/// `hidden-lg`. Of the display utilities that apply, the one from the widest breakpoint decides,
/// as in the frameworks' style sheets (`hidden lg:block` is shown).
fn display_none_by_class(class: &str) -> bool {
    // (rank, hidden): the applying display utility from the widest breakpoint so far.
    let mut decided: Option<(u32, bool)> = None;
    for word in class.split_ascii_whitespace() {
        let word = word.trim_start_matches('!').trim_end_matches('!');
        let Some((rank, hidden)) = tailwind_display(word).or_else(|| bootstrap_display(word))
        else {
            continue;
        };
        if decided.is_none_or(|(best, _)| rank >= best) {
            decided = Some((rank, hidden));
        }
    }
    // A plain `hidden` or `d-none` is as often a script's state (a closed tab, an accordion's
    // answer, a menu) as a page's choice; only a breakpoint or state variant's is read.
    decided.is_some_and(|(rank, hidden)| hidden && rank > 0)
}

/// A Tailwind display utility that applies at [`DESKTOP_WIDTH`]: its rank (the breakpoint it
/// starts from, 0 for none) and whether it hides the element.
fn tailwind_display(word: &str) -> Option<(u32, bool)> {
    let mut parts = word.rsplit(':');
    let utility = parts.next()?;
    let hidden = match utility {
        "hidden" => true,
        "block" | "inline" | "inline-block" | "flex" | "inline-flex" | "grid" | "inline-grid"
        | "table" | "inline-table" | "table-row" | "table-cell" | "contents" | "flow-root"
        | "list-item" => false,
        _ => return None,
    };
    let mut rank = 0;
    for variant in parts {
        rank = rank.max(variant_rank(variant)?);
    }
    Some((rank, hidden))
}

/// Whether a Tailwind variant applies on a desktop screen in the page's resting state, and if so
/// its rank: a breakpoint's width for `sm:` to `xl:`, 1 for the variants that hold at rest
/// (`max-2xl:`, `not-hover:` and other negated states).
fn variant_rank(variant: &str) -> Option<u32> {
    let breakpoint = |name: &str| match name {
        "sm" => Some(640),
        "md" => Some(768),
        "lg" => Some(1024),
        "xl" => Some(1280),
        "2xl" => Some(1536),
        _ => None,
    };
    if let Some(width) = breakpoint(variant) {
        return (width <= DESKTOP_WIDTH).then_some(width);
    }
    if let Some(below) = variant
        .strip_prefix("max-")
        .or_else(|| variant.strip_prefix("not-"))
    {
        return match breakpoint(below) {
            Some(width) => (DESKTOP_WIDTH < width).then_some(1),
            // A negated state (`not-hover:`, `not-dark:`) holds at rest; `max-[…]:` is not read.
            None => (variant.starts_with("not-") && !below.starts_with('[')).then_some(1),
        };
    }
    None
}

/// A Bootstrap display utility that applies at [`DESKTOP_WIDTH`] (`d-none`, `d-lg-block`,
/// Bootstrap 3's `hidden-lg`), ranked like [`tailwind_display`].
fn bootstrap_display(word: &str) -> Option<(u32, bool)> {
    if word.eq_ignore_ascii_case("hidden-lg") {
        return Some((1200, true));
    }
    let rest = word.strip_prefix("d-")?;
    let (breakpoint, value) = match rest.split_once('-') {
        Some((bp, value)) if !matches!(bp, "inline" | "table") => (Some(bp), value),
        _ => (None, rest),
    };
    let hidden = match value {
        "none" => true,
        "block" | "inline" | "inline-block" | "flex" | "inline-flex" | "grid" | "inline-grid"
        | "table" | "table-row" | "table-cell" | "contents" => false,
        _ => return None,
    };
    let rank = match breakpoint {
        None => 0,
        Some("sm") => 576,
        Some("md") => 768,
        Some("lg") => 992,
        Some("xl") => 1200,
        Some(_) => return None,
    };
    Some((rank, hidden))
}

/// The utility classes that keep an element's text for screen readers and off the screen
/// (clipped to a pixel: "Opens in a new tab", "Posted on", a gallery's instructions).
const SCREEN_READER_CLASSES: &[&str] = &[
    "sr-only",
    "visually-hidden",
    "visuallyhidden",
    "is-visually-hidden",
    "u-visually-hidden",
    "screen-reader-text",
    "screen-reader-only",
    "screenreader-only",
    "show-for-sr",
    "assistive-text",
    "a11y-hidden",
    "element-invisible",
];

/// Whether a class keeps its element for screen readers only: one of its words is such a
/// utility class, and none shows the element again (Tailwind's `md:not-sr-only`,
/// `focus:not-sr-only` on a skip link).
fn is_screen_reader_only(class: &str) -> bool {
    let mut hides = false;
    for word in class.split_ascii_whitespace() {
        if word.to_ascii_lowercase().ends_with("not-sr-only") {
            return false;
        }
        hides |= SCREEN_READER_CLASSES
            .iter()
            .any(|c| c.eq_ignore_ascii_case(word));
    }
    hides
}

/// Whether an inline style declares `display: none` or `visibility: hidden`. Each declaration is
/// read by its property's name: a custom property whose value mentions them
/// (`--footer-display: none`, read by the page's own CSS for one part of it) hides nothing.
pub(super) fn style_hides(style: &str) -> bool {
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
pub(super) fn style_numbers_items(style: &str) -> Option<bool> {
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
pub(super) fn is_streamed_segment(name: &str, id: &str) -> bool {
    name == "div"
        && id
            .strip_prefix("S:")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether `class` contains any of `needles`: a byte scan, cheaper on short class strings than
/// building a substring searcher per call.
pub(super) fn mentions(class: &str, needles: &[&[u8]]) -> bool {
    let hay = class.as_bytes();
    needles.iter().any(|needle| {
        let Some((&first, rest)) = needle.split_first() else {
            return false;
        };
        memchr::memchr_iter(first, hay).any(|at| hay[at + 1..].starts_with(rest))
    })
}

/// Whether an element inside a code listing is one the reader cannot select: an inline
/// `user-select: none` (any vendor prefix) or the utility class `select-none`. Highlighters and
/// chat tools draw line numbers, prompts and the toolbar with a language label and copy button
/// that way, so that copying the listing gives only the code: neither is part of it.
pub(super) fn is_unselectable(tag: &Tag<'_>, class: &str) -> bool {
    mentions(class, &[b"select-none"])
        && class
            .split_ascii_whitespace()
            .any(|t| t.eq_ignore_ascii_case("select-none"))
        || tag.attr("style").is_some_and(|style| {
            memchr::memmem::find(style.as_bytes(), b"select").is_some()
                && style.split(';').any(|declaration| {
                    declaration
                        .split_once(':')
                        .is_some_and(|(property, value)| {
                            let property = property.trim().to_ascii_lowercase();
                            (property == "user-select" || property.ends_with("-user-select"))
                                && value.trim().eq_ignore_ascii_case("none")
                        })
                })
        })
}

/// Whether a class names a popup that a highlighter puts inside code, shown while the pointer
/// rests on a name: Twoslash's type information (`twoslash-popup-container`, its completion
/// list), Verso's (`hover-info`, Lean's documentation), a tooltip. The page's style sheet hides
/// it; its text is not the listing's, and read into it each name came out with its type glued
/// on ("Nat : Type#check Nat").
pub(super) fn is_code_popup(class: &str) -> bool {
    // Most classes name no popup: one search rules them out.
    if !mentions(class, &[b"popup", b"hover", b"tooltip", b"completion"]) {
        return false;
    }
    class.split_ascii_whitespace().any(|t| {
        let t = t.to_ascii_lowercase();
        t.starts_with("twoslash-popup")
            || t == "twoslash-completion-list"
            || t == "hover-info"
            || t == "tooltip"
            || t.ends_with("-tooltip")
    })
}

/// A class naming a link to edit the page or one of its sections: a wiki's "[edit]" beside
/// each heading (`mw-editsection`, `secedit`), a blog's "Edit" shown to its author
/// (`edit-link`). Controls for whoever runs the page, never part of what it says.
pub(super) fn is_edit_control(class: &str) -> bool {
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

/// Whether a class names line numbers or a gutter beside code (highlighters' markup): outside a
/// listing, and inside one.
fn line_number_class(class: &str) -> (bool, bool) {
    // Most classes name neither: one search rules them out.
    if !mentions(class, &[b"in", b"utter", b"ln"]) {
        return (false, false);
    }
    let mut found = (false, false);
    for t in class.split_ascii_whitespace() {
        let anywhere = t.eq_ignore_ascii_case("gutter")
            || contains_ignoring_case(t, "lineno")
            || contains_ignoring_case(t, "linenumber")
            || contains_ignoring_case(t, "line-number") && !t.eq_ignore_ascii_case("line-numbers")
            || t.eq_ignore_ascii_case("hljs-ln-numbers");
        // Chroma (Hugo's highlighter) names its numbers `lnt` in the gutter's table and `ln`
        // inline; outside a listing the names mean other things (a layout's `ln` row).
        let in_listing = t.eq_ignore_ascii_case("lnt") || t.eq_ignore_ascii_case("ln");
        found.0 |= anywhere;
        found.1 |= anywhere || in_listing;
    }
    found
}

/// Whether `text` contains `part` (lowercase ASCII letters and punctuation), in any case: a
/// byte search for its first letter in either case, then a comparison.
fn contains_ignoring_case(text: &str, part: &str) -> bool {
    let (hay, part) = (text.as_bytes(), part.as_bytes());
    let Some((&first, rest)) = part.split_first() else {
        return true;
    };
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), hay).any(|at| {
        hay.get(at + 1..at + part.len())
            .is_some_and(|after| after.eq_ignore_ascii_case(rest))
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

pub(super) fn lang_of(class: &str) -> Option<String> {
    // Most classes name no language: one search rules them out.
    if !mentions(class, &[b"ang", b"ighlight", b"rush"]) {
        return None;
    }
    // A prefixed name first, wherever it stands: GitHub writes `highlight highlight-source-ts`,
    // whose word after "highlight" is not a language.
    for t in class.split_ascii_whitespace() {
        let lower = t.to_ascii_lowercase();
        for prefix in ["language-", "lang-", "highlight-source-", "highlight-"] {
            if let Some(rest) = lower.strip_prefix(prefix)
                && let Some(lang) = clean_lang(rest)
            {
                return Some(lang);
            }
        }
    }
    let mut tokens = class.split_ascii_whitespace();
    while let Some(t) = tokens.next() {
        let lower = t.to_ascii_lowercase();
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

/// The language a code listing's toolbar names, as its first word ("Python", "bash Copy
/// code"), among the common ones: a toolbar's other words ("Copy", "Wrap") are not languages.
pub(super) fn language_named(label: &str) -> Option<String> {
    const KNOWN: &[&str] = &[
        "bash",
        "c",
        "c#",
        "c++",
        "clojure",
        "cpp",
        "csharp",
        "css",
        "dart",
        "diff",
        "dockerfile",
        "elixir",
        "erlang",
        "go",
        "graphql",
        "haskell",
        "html",
        "ini",
        "java",
        "javascript",
        "js",
        "json",
        "jsx",
        "julia",
        "kotlin",
        "latex",
        "lua",
        "makefile",
        "markdown",
        "matlab",
        "nginx",
        "ocaml",
        "perl",
        "php",
        "powershell",
        "python",
        "r",
        "ruby",
        "rust",
        "scala",
        "scss",
        "sh",
        "shell",
        "sql",
        "swift",
        "tex",
        "toml",
        "ts",
        "tsx",
        "typescript",
        "vue",
        "xml",
        "yaml",
        "yml",
        "zsh",
    ];
    let first = label.split_whitespace().next()?.to_ascii_lowercase();
    KNOWN.contains(&first.as_str()).then_some(first)
}

pub(super) fn clean_lang(raw: &str) -> Option<String> {
    let lang = raw.trim().to_ascii_lowercase();
    let ok = !lang.is_empty()
        && lang.len() <= 24
        && lang
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'#' | b'-' | b'_' | b'.'))
        && !matches!(lang.as_str(), "none" | "nohighlight" | "plain" | "default");
    ok.then_some(lang)
}

/// A class or id with "author" in a word ("author-name", "authorName", "post-author", not
/// "authority" or "authored"), or a "byline" word.
pub(super) fn class_marks_author(class_id: &str) -> bool {
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
    class_words(class_id).any(test)
}

/// The words of a class or id attribute, split at anything but ASCII letters and digits. Split
/// on bytes: the separators are ASCII, and the words are compared as bytes.
fn class_words(class_id: &str) -> impl Iterator<Item = &[u8]> {
    class_id
        .as_bytes()
        .split(|b| !b.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
}

fn starts_ignoring_case(word: &[u8], prefix: &[u8]) -> bool {
    word.len() >= prefix.len() && word[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// A class naming a member's name on a forum or in comments: a class ending in "username"
/// (`username`, `bigusername`, `ipsUsername`) or a variant of it (`username-coloured`,
/// `username--staff`), not a box around the name and more (`username_container`).
pub(super) fn marks_username(class: &str) -> bool {
    mentions(class, &[b"sername"])
        && class.split_ascii_whitespace().any(|c| {
            let c = c.as_bytes();
            let name = b"username";
            c.len() >= name.len() && c[c.len() - name.len()..].eq_ignore_ascii_case(name)
                || starts_ignoring_case(c, b"username-")
        })
}

/// A class or id naming a member's signature under a post: a word "sig" or one starting with
/// "signature" (`signature`, `sig_text`, `message-signature`, `signaturecontainer`), or
/// "postsig".
pub(super) fn marks_signature(class_id: &str) -> bool {
    mentions(class_id, &[b"sig", b"Sig", b"SIG"])
        && any_class_word(class_id, |w| {
            w.eq_ignore_ascii_case(b"sig")
                || w.eq_ignore_ascii_case(b"postsig")
                || starts_ignoring_case(w, b"signature")
        })
}

/// Whether the markup marks an element as the author's, besides its class (see
/// [`class_marks_author`]): `rel="author"`, `itemprop="author"`, such an id, or a link to an
/// author's page ("/author/jane-doe").
pub(super) fn marks_author(tag: &Tag<'_>, id: &str) -> bool {
    author_attributes(tag, id)
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

/// Whether an element's attributes mark it as the author's: `rel="author"`, `itemprop="author"`
/// or such an id (see [`marks_author`], which also reads links to authors' pages).
pub(super) fn author_attributes(tag: &Tag<'_>, id: &str) -> bool {
    tag.attr("rel").is_some_and(|r| {
        r.split_ascii_whitespace()
            .any(|w| w.eq_ignore_ascii_case("author"))
    }) || tag.attr("itemprop").is_some_and(|p| {
        p.split_ascii_whitespace()
            .any(|w| w.eq_ignore_ascii_case("author"))
    }) || (!id.is_empty() && class_marks_author(id))
}

/// A comment section or one comment: a class or id word that starts with "comment" or "repl"
/// ("comment-list", "replies"), or is "disqus" or "respond".
pub(super) fn marks_comments(class_id: &str) -> bool {
    any_class_word(class_id, |w| {
        starts_ignoring_case(w, b"comment")
            || starts_ignoring_case(w, b"repl")
            || w.eq_ignore_ascii_case(b"disqus")
            || w.eq_ignore_ascii_case(b"respond")
    })
}

/// Inside an author element, the element that holds the name alone (`itemprop="name"`,
/// "username", "author-name"): read on its own, it leaves out the avatar's initials and the date.
pub(super) fn marks_name(tag: &Tag<'_>, class: &str) -> bool {
    tag.attr("itemprop")
        .is_some_and(|p| p.eq_ignore_ascii_case("name"))
        || any_class_word(class, |w| {
            w.eq_ignore_ascii_case(b"name") || w.eq_ignore_ascii_case(b"username")
        })
}

/// The callout type an Obsidian Publish callout names in `data-callout` (see [`callout_class`]
/// for the other boxes).
pub(super) fn callout_attribute(tag: &Tag<'_>) -> Option<String> {
    let kind = tag.attr("data-callout")?.trim().to_ascii_lowercase();
    let named = !kind.is_empty()
        && kind.len() <= 24
        && kind.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    Some(if named { kind } else { "note".into() })
}

/// The Obsidian callout type of an element the page draws as a box around its text, as its
/// class names it: an admonition (Sphinx, MkDocs, Hugo: `admonition warning`), a GitHub alert
/// (`markdown-alert-note`) or a Bootstrap alert (`alert alert-danger`). An Obsidian Publish
/// callout says its type in an attribute ([`callout_attribute`]). `None` for any other class.
pub(super) fn callout_class(class: &str) -> Option<&'static str> {
    // Most classes name no box: one search rules them out.
    if !mentions(class, &[b"admonition", b"alert"]) {
        return None;
    }
    let words = || class.split_ascii_whitespace();
    let has = |word: &str| words().any(|w| w.eq_ignore_ascii_case(word));
    let typed = |prefix: &str| {
        words().find_map(|w| {
            let lower = w.to_ascii_lowercase();
            lower.strip_prefix(prefix).and_then(callout_type)
        })
    };
    if has("admonition") {
        // The type is another word of the class; Sphinx's custom admonitions name none.
        return Some(typed("").unwrap_or("note"));
    }
    if has("markdown-alert") {
        return Some(typed("markdown-alert-").unwrap_or("note"));
    }
    if has("alert") {
        // Bootstrap's colours: an alert of another colour is a note; a class "alert" alone
        // names no box (a form's error line, a cookie banner's).
        return words().find_map(|w| {
            let lower = w.to_ascii_lowercase();
            let colour = lower.strip_prefix("alert-")?;
            callout_type(colour).or_else(|| {
                matches!(colour, "primary" | "secondary" | "light" | "dark").then_some("note")
            })
        });
    }
    None
}

/// An Obsidian callout type (or one of its other names), lower-case.
fn callout_type(word: &str) -> Option<&'static str> {
    const TYPES: &[&str] = &[
        "note",
        "abstract",
        "summary",
        "tldr",
        "info",
        "todo",
        "tip",
        "hint",
        "important",
        "success",
        "check",
        "done",
        "question",
        "help",
        "faq",
        "warning",
        "caution",
        "attention",
        "failure",
        "fail",
        "missing",
        "danger",
        "error",
        "bug",
        "example",
        "quote",
        "cite",
    ];
    TYPES.iter().copied().find(|t| *t == word)
}

/// A class naming a callout box's title: `admonition-title` (Sphinx, MkDocs, Hugo),
/// `callout-title` (Obsidian Publish), `markdown-alert-title` (GitHub), `alert-heading` and
/// `alert-title` (Bootstrap).
pub(super) fn is_callout_title(class: &str) -> bool {
    mentions(class, &[b"title", b"heading"])
        && class.split_ascii_whitespace().any(|w| {
            [
                "admonition-title",
                "callout-title",
                "markdown-alert-title",
                "alert-heading",
                "alert-title",
            ]
            .iter()
            .any(|t| w.eq_ignore_ascii_case(t))
        })
}

/// Which of the class readers could say yes to a class string, from one search for the words
/// each needs (in any case): most classes hold none of them, and a reader that cannot say yes is
/// not run. Each reader still checks for itself; this only rules readers out.
#[derive(Debug, Clone, Copy)]
pub(super) struct ClassMentions(u32);

/// The readers [`ClassMentions`] rules out, one bit each.
#[derive(Debug, Clone, Copy)]
pub(super) enum ClassReader {
    /// [`is_content_hint`] with no `itemprop`: a part's word ("body", "content", "text").
    Content = 1,
    /// [`class_marks_author`].
    Author = 1 << 1,
    /// [`marks_username`].
    Username = 1 << 2,
    /// [`marks_signature`].
    Signature = 1 << 3,
    /// [`marks_comments`].
    Comments = 1 << 4,
    /// [`is_edit_control`].
    EditControl = 1 << 5,
    /// [`lang_of`].
    Language = 1 << 6,
    /// [`ClassHides::of`].
    Hides = 1 << 7,
    /// [`callout_class`].
    Callout = 1 << 8,
    /// [`is_callout_title`].
    CalloutTitle = 1 << 9,
}

/// The words a reader needs, as the reader's own first search or its words' shared letters.
const CLASS_READER_NEEDLES: &[(&str, ClassReader)] = &[
    ("body", ClassReader::Content),
    ("content", ClassReader::Content),
    ("text", ClassReader::Content),
    ("author", ClassReader::Author),
    ("byline", ClassReader::Author),
    ("sername", ClassReader::Username),
    ("sig", ClassReader::Signature),
    ("comment", ClassReader::Comments),
    ("repl", ClassReader::Comments),
    ("disqus", ClassReader::Comments),
    ("respond", ClassReader::Comments),
    ("edit", ClassReader::EditControl),
    ("ang", ClassReader::Language),
    ("ighlight", ClassReader::Language),
    ("rush", ClassReader::Language),
    ("in", ClassReader::Hides),
    ("utter", ClassReader::Hides),
    ("ln", ClassReader::Hides),
    ("note", ClassReader::Hides),
    ("katex-html", ClassReader::Hides),
    ("callout-content", ClassReader::Hides),
    ("sr-only", ClassReader::Hides),
    ("show-for-sr", ClassReader::Hides),
    ("isually", ClassReader::Hides),
    ("reader", ClassReader::Hides),
    ("assistive", ClassReader::Hides),
    ("a11y", ClassReader::Hides),
    ("invisible", ClassReader::Hides),
    ("hidden", ClassReader::Hides),
    ("none", ClassReader::Hides),
    ("admonition", ClassReader::Callout),
    ("alert", ClassReader::Callout),
    ("title", ClassReader::CalloutTitle),
    ("heading", ClassReader::CalloutTitle),
];

impl ClassMentions {
    pub(super) fn of(class: &str) -> ClassMentions {
        static SEARCH: std::sync::OnceLock<aho_corasick::AhoCorasick> = std::sync::OnceLock::new();
        let search = SEARCH.get_or_init(|| {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(CLASS_READER_NEEDLES.iter().map(|(needle, _)| needle))
                .expect("the class readers' needles build")
        });
        let mut bits = 0;
        for found in search.find_overlapping_iter(class) {
            bits |= CLASS_READER_NEEDLES[found.pattern().as_usize()].1 as u32;
        }
        ClassMentions(bits)
    }

    /// Whether `reader` could say yes.
    pub(super) fn may(self, reader: ClassReader) -> bool {
        self.0 & reader as u32 != 0
    }

    /// What `read` says when `reader` could say yes, else its "no" (the type's default: false,
    /// `None`, nothing hidden) without running it.
    pub(super) fn read<T: Default>(self, reader: ClassReader, read: impl FnOnce() -> T) -> T {
        if self.may(reader) {
            read()
        } else {
            T::default()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every reader that says yes to a class is one [`ClassMentions`] leaves in; a class with
    /// none of their words rules them all out.
    #[test]
    fn the_one_search_never_rules_out_a_reader_that_would_say_yes() {
        let classes = [
            "article-body",
            "storyContent",
            "post-author vcard",
            "BYLINE",
            "ipsUsername",
            "message-signature",
            "comment-list",
            "Replies",
            "mw-editsection",
            "language-rust",
            "highlight sh",
            "brush: ruby",
            "hljs-ln-numbers",
            "Gutter",
            "sidenote",
            "katex-html",
            "callout-content",
            "admonition warning",
            "alert alert-info",
            "admonition-title",
            "sr-only",
            "Visually-Hidden",
            "screen-reader-text",
            "show-for-sr",
            "assistive-text",
            "a11y-hidden",
            "element-invisible",
            "visuallyhidden",
            "screenreader-only",
            "block lg:hidden",
            "not-machine:hidden",
            "d-lg-none",
            "hidden-lg",
        ];
        for class in classes {
            let may = ClassMentions::of(class);
            let says = [
                (ClassReader::Content, is_content_hint(class, "")),
                (ClassReader::Author, class_marks_author(class)),
                (ClassReader::Username, marks_username(class)),
                (ClassReader::Signature, marks_signature(class)),
                (ClassReader::Comments, marks_comments(class)),
                (ClassReader::EditControl, is_edit_control(class)),
                (ClassReader::Language, lang_of(class).is_some()),
                (ClassReader::Hides, {
                    let h = ClassHides::of(class);
                    h.side_note
                        || h.line_numbers
                        || h.line_numbers_in_pre
                        || h.katex_rendering
                        || h.callout_content
                        || h.screen_reader_only
                        || h.display_none
                }),
                (ClassReader::Callout, callout_class(class).is_some()),
                (ClassReader::CalloutTitle, is_callout_title(class)),
            ];
            assert!(
                says.iter().any(|&(_, yes)| yes),
                "{class}: no reader says yes, so it tests nothing"
            );
            for (reader, yes) in says {
                assert!(!yes || may.may(reader), "{class}: {reader:?} ruled out");
            }
        }
        assert_eq!(ClassMentions::of("grid row site-header").0, 0);
    }

    #[test]
    fn display_utilities_are_read_at_a_desktops_width() {
        for hidden in [
            "block lg:hidden",
            "md:hidden",
            "flex xl:hidden",
            "not-machine:hidden",
            "max-2xl:hidden",
            "not-2xl:hidden",
            "d-block d-lg-none",
            "d-md-none",
            "hidden-lg",
            "!lg:hidden",
        ] {
            assert!(display_none_by_class(hidden), "{hidden}");
        }
        for shown in [
            // A script's state, not the page's layout.
            "hidden",
            "d-none",
            // Shown again from a breakpoint a desktop reaches.
            "hidden lg:block",
            "lg:hidden xl:flex",
            "d-none d-lg-block",
            // Breakpoints and states a desktop at rest does not reach.
            "2xl:hidden",
            "max-lg:hidden",
            "not-lg:hidden",
            "hover:hidden",
            "dark:hidden",
            "d-xxl-none",
            "overflow-hidden",
            "hidden-xs",
        ] {
            assert!(!display_none_by_class(shown), "{shown}");
        }
    }
}
