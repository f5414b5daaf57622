//! The one pass over the tokens: elements opened and closed with the tree builder's implied
//! ends, text gathered into blocks with their Markdown twins (marks, links, lists, tables, code,
//! images, notes, math), and the page's metadata read on the way.

use super::*;
use crate::extract::address::address_parts;
use crate::extract::util::fnv::{FNV_OFFSET, FNV_PRIME, fnv1a};

/// Implied end tags are looked for this deep into the stack of open elements; the spec's
/// scopes stop earlier on real pages, and the bound keeps pathological nesting linear.
const IMPLIED_END_SEARCH: usize = 64;
/// Elements nested deeper than this are flattened into their ancestor, so a page of 100,000
/// nested `<div>`s costs no more than a flat one.
const MAX_DEPTH: usize = 256;

/// The attributes the engine reads; others are skipped without decoding.
const WANTED_ATTRS: &[&str] = &[
    "class",
    "onclick",
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
    // An Obsidian Publish callout's type and whether it is folded.
    "data-callout",
    "data-callout-fold",
    // The id of the note a footnote reference opens in a pop-up (`<span data-definition="…">`).
    "data-definition",
    // The page's language (`<html lang="en-US">`): which way its numeric dates are written.
    "lang",
    // Whether a `<video>` or `<audio>` is a player the reader starts, and what it is called.
    "controls",
    "aria-label",
];

/// An address of a site's home page: its root (`/`, `https://host/`, an index file), which a
/// logo links to.
fn is_home_address(href: &str) -> bool {
    let parts = address_parts(href);
    let (absolute, rest) = match (parts.scheme, href.strip_prefix("//")) {
        (Some(_), _) => (true, parts.rest),
        (None, Some(after)) => (true, address_parts(after).rest),
        (None, None) => (false, href),
    };
    let path = rest.split(['?', '#']).next().unwrap_or("");
    (absolute && path.is_empty())
        || matches!(
            path.trim_start_matches("./").trim_start_matches('/'),
            "" | "index.html" | "index.htm" | "index.php"
        ) && !path.is_empty()
}

#[inline]
pub(super) fn wanted_attr(name: &str) -> Option<&'static str> {
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
            (10, b'a') => &["aria-label"],
            (5, b's') => &["style", "start"],
            (8, b'p') => &["property"],
            (4, b'n') => &["name"],
            (7, b'c') => &["content", "colspan"],
            (3, b'r') => &["rel"],
            (8, b'd') => &["datetime", "data-src", "data-tex"],
            (8, b'c') => &["controls"],
            (4, b't') => &["type"],
            (3, b's') => &["src"],
            (3, b'a') => &["alt"],
            (6, b's') => &["srcset"],
            (11, b'd') => &["data-srcset"],
            (13, b'd') => &["data-lazy-src", "data-original", "data-language"],
            (17, b'd') => &["data-image-loader", "data-callout-fold"],
            (5, b'w') => &["width"],
            (7, b'r') => &["rowspan"],
            (9, b'd') => &["data-lang", "data-math"],
            (10, b'd') => &["data-latex", "data-entry"],
            (12, b'd') => &["data-callout"],
            (7, b'a') => &["alttext"],
            (7, b'd') => &["display"],
            (7, b'o') => &["onclick"],
            (15, b'd') => &["data-definition"],
            (4, b'l') => &["lang"],
            _ => return None,
        };
    debug_assert!(candidates.iter().all(|c| WANTED_ATTRS.contains(c)));
    candidates
        .iter()
        .copied()
        .find(|c| c.eq_ignore_ascii_case(name))
}

impl<'a> Builder<'a> {
    pub(super) fn run(&mut self) {
        while let Some(token) = self.tok.next_token() {
            match token {
                Token::Text(raw) => {
                    let before = self.text.len();
                    self.text_run(raw);
                    if self.post_author_depth > 0 {
                        self.post_author_bytes += self.text.len().saturating_sub(before);
                    }
                }
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
    pub(super) fn offer_base(&mut self, address: &str, source: BaseSource) {
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

    /// Where the MathJax drawing starting at the tokenizer's position ends (in bytes of
    /// [`Tokenizer::rest`]), when it is one to read as a formula: it closes, holds no MathML
    /// (assistive MathML is read as MathML), and the page's budget for drawings allows it. The
    /// next end tag and the next `<math` are looked for once for every container before them.
    fn drawn_formula_end(&mut self) -> Option<usize> {
        let at = self.tok.position();
        let bytes = self.tok.rest().as_bytes();
        let next = |cache: &mut Option<(usize, Option<usize>)>,
                    find: &dyn Fn() -> Option<usize>| {
            match *cache {
                Some((from, found)) if from <= at && found.is_none_or(|f| at <= f) => found,
                _ => {
                    let found = find().map(|p| at + p);
                    *cache = Some((at, found));
                    found
                }
            }
        };
        let end = next(&mut self.drawn_math.end, &|| {
            find_end_tag(bytes, "mjx-container")
        })?;
        let mathml = next(&mut self.drawn_math.mathml, &|| {
            memchr::memmem::find(bytes, b"<math")
        });
        if mathml.is_some_and(|m| m < end) {
            return None;
        }
        let len = end - at;
        self.drawn_math.budget = self.drawn_math.budget.checked_sub(len)?;
        Some(len)
    }

    /// Whether `address` is this page's: the address it was read at or resolves against, or the
    /// one it names as its own (its canonical link, `og:url`). A page read at an address with a
    /// campaign's query (`?utm_source=…`) links its notes by its clean, canonical one.
    fn is_own_address(&self, address: &str) -> bool {
        let same = |own: &str| own.trim().split('#').next() == Some(address);
        self.base.as_ref().is_some_and(|b| same(b.as_str()))
            || self.raw.canonical.as_deref().is_some_and(same)
            || self
                .raw
                .metas
                .iter()
                .any(|(key, value)| key == "og:url" && same(value))
    }

    fn start_tag(&mut self, tag: &Tag<'a>) {
        self.tag_since_text = true;
        let name = tag.name.as_ref();
        if self.unread_element(tag) {
            return;
        }
        if name == "html"
            && self.raw.html_lang.is_none()
            && let Some(lang) = tag.attr("lang")
        {
            self.raw.html_lang = Some(lang.trim().chars().take(35).collect());
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
            && self
                .open_media
                .as_ref()
                .is_some_and(|(_, _, src, _)| src.is_none())
        {
            let address = tag.attr("src").and_then(|src| self.media_address(src));
            if let Some((_, _, src, _)) = &mut self.open_media {
                *src = address;
            }
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
        if name == "hr" {
            self.rule(tag);
        }
        if is_void(name) {
            return;
        }
        let class = tag.attr("class").unwrap_or("");
        // Looked up once: the hint, the body mark and the cues below all read it.
        let class_verdict = self.class_verdict(class);
        let id = tag.attr("id").unwrap_or("");
        let role = tag.attr("role").unwrap_or("");
        // A folded callout's text is hidden until its title is clicked: it is the box's text.
        let folded_callout_text = class_verdict.hides.callout_content && !self.callouts.is_empty();
        let hiding = if folded_callout_text {
            Hidden::No
        } else {
            is_hidden(tag, name, kind, &class_verdict.hides, self.pre_depth > 0)
        };
        // A folded panel is read as shown, its blocks marked: the model learned how often such
        // panels hold the article (a tab's text, an accordion's answer) on WCXB.
        // A note that a reference named is read though hidden: a pop-up footnote's text stays
        // hidden until its reference is clicked, and it is the note.
        let named_note =
            kind != Kind::Inline && !id.is_empty() && self.note_labels.contains_key(id);
        let hidden = match hiding {
            Hidden::No | Hidden::Folded => false,
            Hidden::UntilShown => !self.read_hidden,
            Hidden::Never => true,
        } && !named_note;
        let hint = element_hint(name, kind, id, role, class_verdict.hint);
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
        let (parent_cues, parent_depth, parent_shape) = parent
            .and_then(|p| self.elements.get(p as usize))
            .map_or((0, 0, FNV_OFFSET), |p| (p.cues, p.depth, p.shape));
        let own_cues = inputs::tag_cue(name)
            | class_verdict.cues
            | self.id_cues(id)
            | if hiding == Hidden::Folded {
                inputs::Cue::Folded.bit()
            } else {
                0
            };
        self.elements.push(Element {
            parent,
            hint,
            content_hint,
            cues: parent_cues | own_cues,
            depth: parent_depth.saturating_add(1),
            shape: shape_below(parent_shape, name, class_verdict.hash),
            own: inputs::OwnTag::of(name),
        });
        if kind == Kind::Inline
            && let Some(target) = tag.attr("data-definition").map(str::trim)
            && !target.is_empty()
        {
            self.note_named_by = Some((elem, target.to_string()));
        }
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
        // A name, not a member's whole box (a thread's `itemprop="author"` cell holds the
        // member's title and post count too): a username's element, or an author's mark on a
        // link, a span or a heading (a forum links its members' pages, not "/author/" ones).
        let post_author = class_verdict.username
            || matches!(kind, Kind::Inline | Kind::Heading)
                && (class_verdict.author || author_attributes(tag, id));
        if post_author {
            self.post_author_depth += 1;
        }
        let signature = class_verdict.signature || !id.is_empty() && marks_signature(id);
        if signature {
            self.signature_depth += 1;
        }
        let toolbar = self.pre_depth > 0 && is_unselectable(tag, class);
        let popup = self.pre_depth > 0 && is_code_popup(class);
        let mut skipped = is_skipped(name) || class_verdict.edit_control || toolbar || popup;
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
        // A player the reader starts (`controls`): a video or recording of the article. One
        // without controls plays on its own, muted, behind a banner, or stays hidden.
        if matches!(name, "video" | "audio")
            && self.skip_depth == 0
            && self.hidden_depth == 0
            && !hidden
            && self.pre_depth == 0
            && self.open_media.is_none()
            && tag.attr("controls").is_some()
        {
            let kind = if name == "video" {
                MediaKind::Video
            } else {
                MediaKind::Audio
            };
            let src = tag.attr("src").and_then(|src| self.media_address(src));
            let label = tag.attr("aria-label").map(collapse).unwrap_or_default();
            self.open_media = Some((elem, kind, src, label));
        }
        if skipped {
            self.skip_depth += 1;
            if toolbar && self.pre_lang.is_none() && self.pre_label.is_none() {
                self.pre_label = Some((self.skip_depth, String::new()));
            }
        }
        if hidden {
            self.hidden_depth += 1;
        }
        match kind {
            Kind::Pre => self.pre_depth += 1,
            Kind::Heading => {
                self.block_role = Role::Heading;
                if name == "h1" || name == "h2" {
                    self.in_headline = true;
                    self.headline_text.clear();
                    self.headline_off_home = false;
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
            && (self.note_def.is_none() || self.note_def_after_label)
            && self.pre_depth == 0
            && self.text.trim().is_empty()
            && let Some(label) = self.anchored_note_label(tag).or_else(|| {
                // Or a link back to the note's reference, which names the note: Word's
                // "#_ftnref1" starts note "_ftn1" (pasted into a page, behind an address
                // that is no page's).
                let (_, fragment) = tag.attr("href")?.rsplit_once('#')?;
                self.note_labels.get(&note_id_of_backref(fragment)?)
            })
            && let Some(block) = self.stack.iter().rev().find(|o| o.kind != Kind::Inline)
        {
            self.note_def = Some((block.elem, label.clone()));
            self.note_def_after_label = false;
        }
        // Notes run together in one paragraph, each after a line break and starting at its own
        // anchor (`…↩<br><br><a name="two"><sup>2</sup></a> The next note`): the block ends
        // there and the next note begins.
        if kind == Kind::Inline
            && self.pre_depth == 0
            && let Some((def_elem, def_label)) = &self.note_def
            && self.text.trim_end_matches([' ', '\t']).ends_with('\n')
            && let Some(label) = self.anchored_note_label(tag)
            && label != def_label
        {
            let (def_elem, label) = (*def_elem, label.clone());
            self.flush();
            self.note_def = Some((def_elem, label));
            self.note_def_after_label = false;
        }
        if name == "a" {
            self.open_link(tag, elem);
        }
        if name == "span" && !hidden && class_verdict.hides.side_note {
            self.open_side_note(elem);
        }
        self.open_structure(name, tag, elem, kind, class_verdict.lang.as_deref());
        if kind != Kind::Inline && self.pre_depth == 0 {
            self.open_callout(tag, class_verdict.callout, class_verdict.callout_title);
        }
        self.stack.push(Open {
            tag: tag.name.clone(),
            elem,
            kind,
            hidden,
            skipped,
            comments,
            post_author,
            signature,
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

    /// `<svg>` and `<math>` are skipped whole, to where a browser ends them (a formula keeps its
    /// TeX).
    fn skip_foreign(&mut self, tag: &Tag<'a>) -> bool {
        let name = tag.name.as_ref();
        if !matches!(name, "svg" | "math" | "mjx-container") || tag.self_closing {
            return false;
        }
        let rest = self.tok.rest();
        let bytes = rest.as_bytes();
        if name == "mjx-container" {
            // MathJax 3's drawing of a formula. With its assistive MathML the `<math>` inside
            // is read as any other; without it, the drawing itself is written back as TeX.
            let Some(close) = self.drawn_formula_end() else {
                return false;
            };
            let Some(tex) = mathml::chtml_to_tex(&rest[..close]) else {
                return false;
            };
            self.math(&tex, tag.attr("display").is_some_and(|d| d == "true"));
            self.tok
                .skip(memchr::memchr(b'>', &bytes[close..]).map_or(bytes.len(), |p| close + p + 1));
            return true;
        }
        let (close, resume) = foreign_element_end(rest, name);
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
        self.tok.skip(resume);
        true
    }

    /// An `<a>` opens: a link (its safe address), or an in-page link to a note (a reference, a
    /// note's own label, or a link back).
    /// The label of the note a reference pointed at this element by its `id` (or an old
    /// anchor's `name`).
    fn anchored_note_label(&self, tag: &Tag<'_>) -> Option<&String> {
        tag.attr("id")
            .or_else(|| tag.attr("name"))
            .and_then(|id| self.note_labels.get(id))
    }

    fn open_link(&mut self, tag: &Tag<'a>, elem: u32) {
        self.link_depth += 1;
        let raw_href = tag.attr("href").unwrap_or("");
        // A link a script follows to a note or back (Wikidot's `href="javascript:;"` with
        // `onclick="…scrollToReference('footnote-1')"`) goes where the script says.
        let scripted = raw_href
            .trim_start()
            .get(..11)
            .filter(|scheme| scheme.eq_ignore_ascii_case("javascript:"))
            .and_then(|_| tag.attr("onclick"))
            .and_then(scripted_note_target)
            .map(|target| format!("#{target}"));
        // A pop-up footnote's link that goes nowhere (`href="#"`) inside an element naming its
        // note (`<span data-definition="fna0">`) goes to that note.
        let named = self
            .note_named_by
            .as_ref()
            .filter(|(by, _)| {
                matches!(raw_href.trim(), "" | "#") && self.stack.iter().any(|o| o.elem == *by)
            })
            .map(|(_, target)| format!("#{target}"));
        let named_by_attribute = named.is_some();
        let raw_href = scripted.as_deref().or(named.as_deref()).unwrap_or(raw_href);
        let href = markdown::safe_address(raw_href, self.base.as_ref());
        // An anchor a reference pointed at, at the start of a block: that block is the note,
        // and the anchor's text is its label (or a link back), not part of it.
        let anchor = tag.attr("id").or_else(|| tag.attr("name"));
        if self.note_link.is_none() && self.pre_depth == 0 && self.text.trim().is_empty() {
            // A link at the start of a note holds its label or links back.
            if self.note_def.is_some() {
                self.start_twin();
                self.note_link =
                    Some((elem, self.markdown.len(), self.text.len(), NoteLink::Label));
            }
        }
        // A link to a note by the page's own address, or in another copy of the page
        // ("chapter.html#fn1").
        let raw_href = match raw_href.split_once('#') {
            Some((path, fragment))
                if !path.is_empty()
                    && self.note_link.is_none()
                    && (is_note_id(fragment) || names_a_note(fragment))
                    && (!path.contains(':') && !path.starts_with("//")
                        || self.is_own_address(path)) =>
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
        } else if raw_href == "#" && self.note_def.is_some() && self.note_link.is_none() {
            // A note's arrow back that a script follows (`href="#"`, `history.back()`): left out
            // when it is an arrow; words stay.
            self.start_twin();
            self.note_link = Some((elem, self.markdown.len(), self.text.len(), NoteLink::Label));
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
                    sure: named_by_attribute
                        || is_note_id(target)
                        || self.stack.iter().any(|o| o.tag == "sup")
                        || class.contains("footnote")
                        || role.eq_ignore_ascii_case("doc-noteref"),
                }
            };
            self.note_link = Some((elem, at, self.text.len(), link));
        }
        self.link_href.push(href);
    }

    /// What a class attribute says: a boilerplate hint, whether it marks the article's body, its
    /// [`inputs::Cue`] bits and what the other class readers find. Pages repeat the same class
    /// strings hundreds of times, so each is read once, and only by the readers
    /// [`ClassMentions`] leaves in.
    fn class_verdict(&mut self, class: &str) -> ClassVerdict {
        if class.is_empty() {
            return ClassVerdict::default();
        }
        if let Some(v) = self.class_hints.get(class) {
            return v.clone();
        }
        let may = ClassMentions::of(class);
        let v = ClassVerdict {
            hint: structure_hint("", class, ""),
            content: may.read(ClassReader::Content, || is_content_hint(class, "")),
            cues: inputs::class_cues(class),
            author: may.read(ClassReader::Author, || class_marks_author(class)),
            username: may.read(ClassReader::Username, || marks_username(class)),
            signature: may.read(ClassReader::Signature, || marks_signature(class)),
            comments: may.read(ClassReader::Comments, || marks_comments(class)),
            edit_control: may.read(ClassReader::EditControl, || is_edit_control(class)),
            lang: may.read(ClassReader::Language, || lang_of(class)),
            hides: may.read(ClassReader::Hides, || ClassHides::of(class)),
            callout: may.read(ClassReader::Callout, || callout_class(class)),
            callout_title: may.read(ClassReader::CalloutTitle, || is_callout_title(class)),
            hash: fnv1a(class.as_bytes()),
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

    /// A callout box opening (see [`callout_class`] and [`callout_attribute`]), or its title inside one that has not
    /// written its first line. Called before the element goes on the stack.
    /// `class_callout` and `class_titles`: what the element's class says (its verdict's).
    fn open_callout(&mut self, tag: &Tag, class_callout: Option<&str>, class_titles: bool) {
        let at = self.stack.len();
        if let Some(kind) = callout_attribute(tag).or_else(|| class_callout.map(str::to_string)) {
            let fold = match tag.attr("data-callout-fold").map(str::trim) {
                Some(sign @ ("-" | "+")) => sign.to_string(),
                _ => String::new(),
            };
            self.callouts.push(OpenCallout {
                at,
                kind,
                fold,
                title_at: None,
                started: false,
            });
        } else if let Some(callout) = self.callouts.last_mut()
            && !callout.started
            && callout.title_at.is_none()
            && class_titles
        {
            callout.title_at = Some(at);
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
        self.tag_since_text = true;
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
            // The element closed held the place the stack now ends at.
            let at = self.stack.len();
            if self.callouts.last().is_some_and(|c| c.at == at) {
                self.callouts.pop();
            } else if let Some(callout) = self.callouts.last_mut()
                && callout.title_at == Some(at)
            {
                callout.title_at = None;
            }
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
            if let Some((_, at, text_at, link)) = self.note_link.take_if(|(e, ..)| *e == open.elem)
            {
                self.close_note_link(at, text_at, link);
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
                        crate::extract::fields::byline::names_in_marked(&self.author_text[at..])
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
        if open.post_author {
            self.post_author_depth = self.post_author_depth.saturating_sub(1);
        }
        if open.signature {
            self.signature_depth = self.signature_depth.saturating_sub(1);
        }
        if open.skipped {
            let depth = self.skip_depth;
            if let Some((_, label)) = self.pre_label.take_if(|(d, _)| *d == depth)
                && self.pre_lang.is_none()
            {
                self.pre_lang = language_named(&label);
            }
            self.skip_depth = self.skip_depth.saturating_sub(1);
        }
        if let Some((_, kind, src, label)) =
            self.open_media.take_if(|(elem, ..)| *elem == open.elem)
            && let Some(src) = src
        {
            // A block of its own, as the element was.
            self.media_link(kind, src, label);
            self.flush();
        }
        if open.hidden {
            self.hidden_depth = self.hidden_depth.saturating_sub(1);
        }
        match open.kind {
            Kind::Pre => {
                self.pre_depth = self.pre_depth.saturating_sub(1);
                if self.pre_depth == 0 {
                    self.pre_elem = None;
                    self.pre_lang = None;
                    self.pre_label = None;
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
                // A heading that is only a link home is the site's logo, not a headline.
                if !h.is_empty() && self.headline_off_home && found.len() < 8 {
                    found.push(h);
                }
            }
            _ => {}
        }
    }

    fn text_run(&mut self, raw: &str) {
        if self.skip_depth > 0 {
            if let Some((_, label)) = &mut self.pre_label
                && label.len() < 64
            {
                label.push_str(raw);
                label.push(' ');
            }
            return;
        }
        if self.hidden_depth > 0 {
            let t = raw.trim();
            self.hidden_text += t.len();
            if t.len() >= crate::extract::fallback::PROSE_RUN_BYTES {
                self.hidden_chars += t.len();
            }
            return;
        }
        let text = crate::extract::util::normalise::without_invisible(decode_entities(raw));
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
        let after_tag = std::mem::take(&mut self.tag_since_text);
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
                    self.headline_push(text);
                }
                return;
            };
            // Both ends are ASCII bytes, so character boundaries.
            let core = &text[first..=last];
            // Not inside a code span, where a highlighter's `<span>`s cut identifiers
            // ("get<span>Value</span>").
            if first == 0
                && after_tag
                && self.code_span_depth == 0
                && glued_across_tags(&self.text, core)
            {
                self.separate();
            }
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
                    self.headline_push(text);
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
            self.headline_push(text);
        }
    }

    /// Text read inside an `<h1>` or `<h2>`, gathered for the title's choice.
    fn headline_push(&mut self, text: &str) {
        self.headline_text.push_str(text);
        if !self.headline_off_home
            && !text.trim().is_empty()
            && !self
                .link_href
                .iter()
                .any(|href| href.as_deref().is_some_and(is_home_address))
        {
            self.headline_off_home = true;
        }
    }

    /// A space between words, unless the block is empty or already ends in one (or a break).
    fn separate(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with([' ', '\n']) {
            self.text.push(' ');
            if self.has_markup {
                // A link whose text starts with a space ("to<a> cover design</a>"): the space
                // goes before its bracket, `to [cover design](…)`, as it shows. (Page text's
                // brackets are escaped: a bare `[` at the end is a link's.)
                if self.link_depth > 0
                    && self.markdown.ends_with('[')
                    && !self.markdown.ends_with("\\[")
                {
                    self.markdown.pop();
                    self.markdown.push(' ');
                    let bracket = self.markdown.len();
                    self.markdown.push('[');
                    // What opened inside the link opened after its bracket, which moved.
                    self.move_places(bracket, bracket + 1);
                } else {
                    self.markdown.push(' ');
                }
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
    fn close_note_link(&mut self, at: usize, text_at: usize, link: NoteLink) {
        if !self.has_markup || at > self.markdown.len() || !self.markdown.is_char_boundary(at) {
            return;
        }
        let (target, own_id, sure) = match link {
            NoteLink::Back => {
                // A heading that links back to the table of contents (a documentation page's
                // "toc-backref") keeps its words; a note's arrow back to its reference goes.
                let words = self.markdown[at..].trim().chars().count() > 4;
                if !(words && self.block_role == Role::Heading) {
                    self.markdown.truncate(at);
                    // An arrow ("↩", "^") goes from the text too, so the block list and the
                    // body read as the note does; words back to the text, and a label that
                    // links back ("[1]", which the note's label reading takes out), stay there.
                    if self.text.get(text_at..).is_some_and(|t| {
                        t.trim().chars().count() <= 4 && !t.chars().any(char::is_alphanumeric)
                    }) {
                        self.text.truncate(text_at);
                    }
                }
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
        let label = match note_label(inner) {
            Some(label) => label,
            // A note marked with a sign ("*", "†") rather than a number or letter: a Markdown
            // label is a word, and a page reuses its sign for each note, so the note is named by
            // its sign and the order its references come ("asterisk-1", "dagger-2"), apart from
            // any numbered notes; a reference whose note is not kept shows its sign again.
            None if sure && let Some(name) = note_sign_name(inner) => {
                match self.note_labels.get(&target) {
                    Some(label) => label.clone(),
                    None => {
                        self.signed_notes += 1;
                        format!("{name}-{}", self.signed_notes)
                    }
                }
            }
            None => return,
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
        if !super::tex::delimitable(tex) {
            // A bare `$` inside would end the formula early and the rest read as Markdown.
            self.push_twin(tex);
            return;
        }
        // `[^` would read as a note reference to the passes after (and to a reader that finds
        // references before math); TeX reads `[ ^` the same, spaces being nothing in math.
        let tex = tex.replace("[^", "[ ^");
        let delimiter = if display { "$$" } else { "$" };
        self.markdown.push_str(delimiter);
        self.markdown.push_str(&tex);
        self.markdown.push_str(delimiter);
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
        let Some(src) = tag
            .attr("data-src")
            .or_else(|| tag.attr("src"))
            .and_then(|src| markdown::safe_address(src, self.base.as_ref()))
        else {
            return;
        };
        // A frame of any other site (an advertisement, a form, a tracker) is left out.
        let Some(address) = embed_address(&src) else {
            if let Some((kind, address)) = player_address(&src) {
                // A frame's title is mostly its site's ("YouTube video player"): not a name.
                self.media_link(kind, address, String::new());
            }
            return;
        };
        self.start_twin();
        self.markdown.push_str("![](");
        self.markdown.push_str(&address);
        self.markdown.push(')');
        self.block_images.push(Figure {
            before: 0,
            src: address,
            alt: String::new(),
            link: None,
            kind: FigureKind::Picture,
        });
        self.image_end = Some(self.markdown.len());
    }

    /// A thematic break between the page's paragraphs: a block of its own. Not inside a list,
    /// a quote, a table, a caption or a callout box, where a `---` line would end the structure
    /// it stands in; not a hidden one.
    fn rule(&mut self, tag: &Tag) {
        if self.skip_depth > 0
            || self.hidden_depth > 0
            || self.pre_depth > 0
            || !self.tables.is_empty()
            || !self.callouts.is_empty()
            || self
                .stack
                .iter()
                .any(|o| matches!(o.kind, Kind::ListItem | Kind::Quote | Kind::Caption))
            || tag.attr("hidden").is_some()
            || tag.attr("style").is_some_and(style_hides)
        {
            return;
        }
        self.block_images.push(Figure {
            before: 0,
            src: String::new(),
            alt: String::new(),
            link: None,
            kind: FigureKind::Rule,
        });
        self.flush();
    }

    /// A video, a recording or a player at `address`, written as a link to it (`label` its
    /// text when the page names it).
    fn media_link(&mut self, kind: MediaKind, address: String, label: String) {
        self.start_twin();
        self.markdown
            .push_str(&markdown::media_link(&address, &label));
        self.block_images.push(Figure {
            before: 0,
            src: address,
            alt: label,
            link: None,
            kind: FigureKind::Media(kind),
        });
        self.image_end = Some(self.markdown.len());
    }

    /// The address a `<video>` or `<audio>` (or a `<source>` inside one) plays, when it is a
    /// web address (a `blob:` a script made, or a relative path with nothing to resolve it
    /// against, is nothing a note can link to).
    fn media_address(&self, src: &str) -> Option<String> {
        markdown::safe_address(src, self.base.as_ref())
            .filter(|address| markdown::is_web_address(address))
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
        // A link to a file saved beside the page (its full-size copy) would not follow the note
        // into the library, where only the images it shows are copied.
        let link = self
            .link_href
            .last()
            .cloned()
            .flatten()
            .filter(|link| markdown::saved_page_file(link).is_none());
        self.block_images.push(Figure {
            before: 0,
            src,
            alt,
            link,
            kind: FigureKind::Picture,
        });
        self.image_end = Some(self.markdown.len());
    }

    /// Keeps track of the structure an element opens: lists and items, tables and cells, code
    /// and its language, inline marks.
    /// `class_lang`: the language the element's class names ([`lang_of`]).
    fn open_structure(
        &mut self,
        name: &str,
        tag: &Tag,
        elem: u32,
        kind: Kind,
        class_lang: Option<&str>,
    ) {
        let class = tag.attr("class").unwrap_or("");
        if (self.note_def.is_none() || self.note_def_after_label)
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
                self.note_def_after_label = false;
            }
        }
        let named_lang = || {
            class_lang.map(str::to_string).or_else(|| {
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
                // A list inside a section written from a headed item stands where the section's
                // text does: one level up for each.
                let sections = self.items.iter().filter(|i| i.headed).count();
                let depth =
                    u8::try_from(self.lists.len().saturating_sub(sections)).unwrap_or(u8::MAX);
                let shown = tag.attr("style").and_then(style_numbers_items);
                if let Some(list) = self.lists.last_mut() {
                    let ordered = shown.unwrap_or(list.ordered);
                    let number = list.next;
                    self.items.push(ItemState {
                        elem,
                        ordered,
                        depth,
                        number,
                        blocks: 0,
                        headed: false,
                    });
                    list.next = list.next.saturating_add(1);
                    // A numbered margin note (`<aside><ol start="2"><li>`) that a bare
                    // superscript 2 in the text above refers to is that footnote.
                    if ordered
                        && !self.bare_sups.is_empty()
                        && self.note_def.is_none()
                        && self.bare_sups.contains(&number.to_string())
                        && self.stack.iter().any(|o| o.tag.as_ref() == "aside")
                    {
                        self.note_def = Some((elem, number.to_string()));
                    }
                }
            }
            "table" => {
                // A table in a callout box is written inside the box's quote (a layout table's
                // cells are paragraphs, and a box's first paragraph in one opens it as usual).
                let (in_callout, opens_callout) = match self.callouts.last() {
                    Some(callout) if self.tables.is_empty() => {
                        let opens = (!callout.started).then(|| CalloutType {
                            kind: callout.kind.clone(),
                            fold: callout.fold.clone(),
                        });
                        (self.callout_depth(), opens)
                    }
                    _ => (0, None),
                };
                self.tables.push(TableState {
                    elem,
                    rows: 0,
                    col: 0,
                    cell: None,
                    in_callout,
                    opens_callout,
                });
            }
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
            && let Some(mark) = styled_mark(name, tag)
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
        if let Some((_, label)) = self.note_def.take_if(|(e, _)| *e == open.elem) {
            // A heading that is a note's label only: the note goes on in its parent.
            let heading = matches!(name, "h1" | "h2" | "h3" | "h4" | "h5" | "h6");
            // Its label taken out of its Markdown, nothing is left (a heading of plain words
            // has no Markdown of its own).
            let label_only = self.blocks.last().is_some_and(|b| {
                b.elem == open.elem && b.has_markup && b.markdown.trim().is_empty()
            });
            if heading
                && label_only
                && let Some(parent) = self.stack.last()
            {
                self.note_def = Some((parent.elem, label));
                self.note_def_after_label = true;
            } else {
                self.note_def_after_label = false;
            }
        }
        // What follows a mark closed earlier in this block may have come: whether it closes.
        self.settle_mark(false);
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
                    // A mark closed inside this one is followed by this one's delimiter, which
                    // lets it close; its place moves.
                    if self.unsettled_mark.is_some_and(|u| u.open_at >= m.at) {
                        self.unsettled_mark = None;
                    }
                    if m.mark == Mark::Sup
                        && self.link_depth == 0
                        && (1..=3).contains(&core.len())
                        && core.bytes().all(|b| b.is_ascii_digit())
                    {
                        self.bare_sups.insert(core.to_string());
                    }
                    match m.mark.delimiter() {
                        Some(delimiter) => self.push_delimited(delimiter, core, trail.is_empty()),
                        None if m.mark == Mark::Code => self.push_code_span(core),
                        None => self.markdown.push_str(&m.mark.wrap(core)),
                    }
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

    /// `core` between two `delimiter`s, when CommonMark would read them as a mark there: a
    /// run of `*`, `~` or `=` opens only before a character that starts the text the right way
    /// ("a**[b](…)**" does not open, nor "**a****b**" a second time), and one after punctuation
    /// closes only before a space or punctuation ("**Us$**11" does not close). Where it could
    /// not, the text is written without the mark: literal asterisks in a note are worse than a
    /// word not in bold. Whether the closing delimiter closes waits for the next character
    /// ([`Builder::settle_mark`]) when `at_end` says nothing of this mark's follows yet.
    fn push_delimited(&mut self, delimiter: &'static str, core: &str, at_end: bool) {
        // The same mark again right after the last one closed ("<b>B</b><b>reakfast</b>", as
        // page builders split words): one mark around both.
        if let Some(last) = self.last_delimited
            && last.delimiter == delimiter
            && last.close_at + delimiter.len() == self.markdown.len()
            && self
                .markdown
                .get(last.open_at..last.open_at + delimiter.len())
                == Some(delimiter)
            && self.markdown.ends_with(delimiter)
        {
            self.markdown.truncate(last.close_at);
            self.push_closing(last.open_at, delimiter, core, at_end);
            return;
        }
        let before = self.markdown.chars().next_back();
        let first = core.chars().next();
        let runs_into = before.is_some_and(|c| delimiter.starts_with(c));
        if runs_into || !markdown::can_open(before, first) {
            self.markdown.push_str(core);
            return;
        }
        let open_at = self.markdown.len();
        self.markdown.push_str(delimiter);
        self.push_closing(open_at, delimiter, core, at_end);
    }

    /// A code span; one right after another (`<code>U+00DF</code><code>0x C3</code>`) joins
    /// it, since two backtick runs side by side would read as one.
    fn push_code_span(&mut self, code: &str) {
        let open_at = match self.last_code_span.take() {
            Some((open_at, end, mut before))
                if end == self.markdown.len()
                    && self.markdown.get(open_at..end) == Some(&markdown::code_span(&before)) =>
            {
                before.push_str(code);
                self.markdown.truncate(open_at);
                self.markdown.push_str(&markdown::code_span(&before));
                self.last_code_span = Some((open_at, self.markdown.len(), before));
                return;
            }
            _ => self.markdown.len(),
        };
        self.markdown.push_str(&markdown::code_span(code));
        self.last_code_span = Some((open_at, self.markdown.len(), code.to_string()));
    }

    /// `core` and the closing `delimiter` of a mark opened at `open_at`, remembered for
    /// [`Builder::settle_mark`] when it may not close.
    fn push_closing(&mut self, open_at: usize, delimiter: &'static str, core: &str, at_end: bool) {
        self.markdown.push_str(core);
        let close_at = self.markdown.len();
        self.markdown.push_str(delimiter);
        let mark = ClosedMark {
            open_at,
            close_at,
            delimiter,
        };
        self.last_delimited = Some(mark);
        if at_end
            && core
                .chars()
                .next_back()
                .is_some_and(markdown::is_punctuation)
        {
            self.unsettled_mark = Some(mark);
        }
    }

    /// Decides whether the mark that closed last can close, once the character after it is
    /// known (or, with `at_end`, the block ends there): if not, its delimiters come out and its
    /// text stays. A mark whose delimiters are no longer where they were (the Markdown after
    /// them was cut since) is left as it is.
    pub(super) fn settle_mark(&mut self, at_end: bool) {
        let Some(mark) = self.unsettled_mark else {
            return;
        };
        let len = mark.delimiter.len();
        let close_end = mark.close_at + len;
        let intact = self.markdown.get(mark.open_at..mark.open_at + len) == Some(mark.delimiter)
            && self.markdown.get(mark.close_at..close_end) == Some(mark.delimiter);
        if !intact {
            self.unsettled_mark = None;
            return;
        }
        let after = self.markdown[close_end..].chars().next();
        if after.is_none() && !at_end {
            return;
        }
        self.unsettled_mark = None;
        let before = self.markdown[..mark.close_at].chars().next_back();
        if !markdown::can_close(before, after) {
            self.cut_markdown(mark.close_at, len);
            self.cut_markdown(mark.open_at, len);
        }
    }

    /// Takes `len` bytes at `at` out of the block's Markdown twin, moving every place remembered
    /// in it past them (open marks, a note's link, a heading's anchor, a side note, an image's
    /// end) back with the text.
    fn cut_markdown(&mut self, at: usize, len: usize) {
        self.markdown.replace_range(at..at + len, "");
        self.move_places(at + len, at);
    }

    /// Moves the places remembered in the Markdown twin at or past `from` by `to - from` (the
    /// text between `to` and `from` having been taken out, or `to - from` bytes put in before).
    fn move_places(&mut self, from: usize, to: usize) {
        let moved = |p: &mut usize| {
            if *p >= from {
                *p = *p - from + to;
            } else if *p > to {
                *p = to;
            }
        };
        for m in &mut self.marks {
            moved(&mut m.at);
        }
        if let Some((_, p, _, _)) = &mut self.note_link {
            moved(p);
        }
        if let Some((_, _, p)) = &mut self.heading_anchor {
            moved(p);
        }
        if let Some((_, _, _, p, _)) = &mut self.side_note {
            moved(p);
        }
        if let Some(p) = &mut self.image_end {
            moved(p);
        }
    }

    /// The structure of the block being flushed, from the elements open around it.
    /// Whether the block now ending is a numbered item's own number drawn by the page
    /// (`<li><div class="stepnum">1</div><p>…`, where the style sheet hides the list's marker):
    /// the item's marker says it, so the note does not say it twice ("1. 1"). A number that
    /// links elsewhere is something else that happens to be the same number (a comment's votes).
    fn is_item_number_badge(&self) -> bool {
        self.pre_depth == 0
            && self.tables.is_empty()
            && !(self.has_markup && self.markdown.contains("]("))
            && self.items.last().is_some_and(|item| {
                item.ordered && item.blocks == 0 && !item.headed && {
                    let text = self.text.trim_end_matches(['.', ')']);
                    !text.is_empty() && text.parse::<u32>() == Ok(item.number)
                }
            })
    }

    /// The open list item, when a heading now would open it: its first text, outside a table
    /// or a box.
    fn item_opened_by_heading(&self) -> Option<&ItemState> {
        self.items.last().filter(|i| {
            i.blocks == 0 && !i.headed && self.tables.is_empty() && self.callouts.is_empty()
        })
    }

    fn shape(&self, role: Role) -> Shape {
        // Text of a callout box inside a list item (a Sphinx warning under one step) is the
        // box's, written as a box under the item's text; its role stays the list item's, which
        // is what the decision reads.
        let role = if role == Role::ListItem && self.callout_in_item().is_some() {
            Role::Paragraph
        } else {
            role
        };
        let form = if self.pre_depth > 0 {
            Form::Code {
                language: self.pre_lang.clone(),
                // Code in a list item is the item's (outside a table or a box).
                item: self
                    .items
                    .last()
                    .filter(|i| !i.headed && self.tables.is_empty() && self.callouts.is_empty())
                    .map(|i| ItemPlace {
                        ordered: i.ordered,
                        depth: i.depth.max(1),
                        number: i.number,
                        opens: i.blocks == 0,
                    }),
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
                    .map_or(Form::Plain, |level| Form::Heading {
                        level,
                        number: self
                            .item_opened_by_heading()
                            .and_then(|i| i.ordered.then_some(i.number)),
                    }),
                Role::ListItem => self.items.last().map_or(Form::Plain, |i| Form::ListItem {
                    ordered: i.ordered,
                    depth: i.depth.max(1),
                    number: i.number,
                    continues: i.blocks > 0,
                }),
                Role::Quote => Form::Quote {
                    depth: u8::try_from(
                        self.stack.iter().filter(|o| o.kind == Kind::Quote).count(),
                    )
                    .unwrap_or(u8::MAX),
                    callout: None,
                },
                _ => Form::Plain,
            }
        };
        let form = match form {
            // Text in a callout box is a line of the callout (a heading, list or code inside it
            // keeps its own form).
            Form::Plain | Form::Quote { .. }
                if self.tables.is_empty()
                    && matches!(role, Role::Paragraph | Role::Quote)
                    && let Some(callout) = self.callouts.last() =>
            {
                let part = if callout.started {
                    CalloutPart::Body
                } else if callout.title_at.is_some() {
                    CalloutPart::Title {
                        kind: callout.kind.clone(),
                        fold: callout.fold.clone(),
                    }
                } else {
                    CalloutPart::Opening {
                        kind: callout.kind.clone(),
                        fold: callout.fold.clone(),
                    }
                };
                Form::Quote {
                    depth: self.callout_depth(),
                    callout: Some(part),
                }
            }
            // A heading that is the box's title (Kubernetes' `<h4 class="alert-heading">`), or
            // its first line.
            Form::Heading { .. }
                if self.tables.is_empty() && self.callouts.last().is_some_and(|c| !c.started) =>
            {
                Form::Quote {
                    depth: self.callout_depth(),
                    callout: self.callouts.last().map(|c| CalloutPart::Title {
                        kind: c.kind.clone(),
                        fold: c.fold.clone(),
                    }),
                }
            }
            other => other,
        };
        // A heading, list item or code line inside a box stays in the box's quote; a list item
        // or code that is the box's first line opens it (its `[!kind]` line written above).
        let (in_callout, opens_callout) = match (&form, self.callouts.last()) {
            (Form::Heading { .. } | Form::ListItem { .. } | Form::Code { .. }, Some(callout))
                if self.tables.is_empty() =>
            {
                let opens = (!callout.started).then(|| CalloutType {
                    kind: callout.kind.clone(),
                    fold: callout.fold.clone(),
                });
                (self.callout_depth(), opens)
            }
            // A table's cells carry where the table stands, for the table they make.
            _ => self.tables.last().map_or((0, None), |table| {
                (table.in_callout, table.opens_callout.clone())
            }),
        };
        let form = match &self.note_def {
            Some((_, label)) if self.pre_depth == 0 => Form::Footnote {
                label: label.clone(),
            },
            _ => form,
        };
        // A heading, list item or code line inside a quote (a letter's list) stays in the
        // quote. Inside a callout box the box's quote holds it already. Only the quotes around
        // its list count: a quote inside a list's item (a forum's post under its poster's
        // name, numbered) is the item's text, written after its marker.
        let in_quote = if self.callouts.is_empty()
            && self.tables.is_empty()
            && matches!(
                form,
                Form::Heading { .. } | Form::ListItem { .. } | Form::Code { .. }
            ) {
            let outside_lists = self
                .stack
                .iter()
                .position(|o| o.kind == Kind::ListItem)
                .unwrap_or(self.stack.len());
            u8::try_from(
                self.stack[..outside_lists]
                    .iter()
                    .filter(|o| o.kind == Kind::Quote)
                    .count(),
            )
            .unwrap_or(u8::MAX)
        } else {
            0
        };
        Shape {
            form,
            cell: self.tables.last().and_then(|t| t.cell.map(|(c, _)| c)),
            pre: if self.pre_depth > 0 {
                self.pre_elem
            } else {
                None
            },
            in_callout,
            opens_callout,
            in_quote,
            // Set by the caller, which has the block's text.
            post_author: false,
            names_post_author: false,
            signature: self.signature_depth > 0,
            definition: (role == Role::ListItem)
                .then(|| self.stack.iter().rev().find(|o| o.kind == Kind::ListItem))
                .flatten()
                .and_then(|o| match &*o.tag {
                    "dt" => Some(true),
                    "dd" => Some(false),
                    _ => None,
                }),
        }
    }

    /// How deep in quotes a line of the open callout box is written: the quotes and boxes
    /// around it. A box inside a list item is written as a box of its own under the item's text,
    /// so only the boxes inside the item and the quotes from the outermost of them count.
    fn callout_depth(&self) -> u8 {
        let (quotes, callouts) = match self.callout_in_item() {
            Some(item) => {
                // The boxes inside the item: the innermost ones, since boxes open in order.
                let first = self
                    .callouts
                    .iter()
                    .position(|c| c.at > item)
                    .unwrap_or(self.callouts.len());
                let from = self.callouts.get(first).map_or(item, |c| c.at);
                let quotes = self.stack[from..].iter().filter(|o| o.kind == Kind::Quote);
                (quotes.count(), self.callouts.len() - first)
            }
            None => {
                let quotes = self.stack.iter().filter(|o| o.kind == Kind::Quote);
                (quotes.count(), self.callouts.len())
            }
        };
        u8::try_from(quotes + callouts).unwrap_or(u8::MAX)
    }

    /// When the innermost callout box stands inside the innermost open list item (a Sphinx
    /// warning under a step), the item's place on the stack: the box's text is the box's, not
    /// more of the item.
    fn callout_in_item(&self) -> Option<usize> {
        let item = self.stack.iter().rposition(|o| o.kind == Kind::ListItem)?;
        self.callouts.last().filter(|c| c.at > item).map(|_| item)
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
    pub(super) fn flush(&mut self) {
        // A heading's anchor still open belongs to the block that ends here.
        self.heading_anchor = None;
        self.settle_mark(true);
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
            for figure in self.block_images.drain(..) {
                self.figures.push(Figure { before, ..figure });
            }
        }
        self.block_images.clear();
        if self.is_item_number_badge() {
            self.text.clear();
        }
        if !self.text.is_empty() {
            let elem = self.stack.last().map_or(0, |o| o.elem);
            let caption = self.stack.iter().any(|o| o.kind == Kind::Caption);
            let role = if self.stack.iter().any(|o| o.kind == Kind::Heading) {
                Role::Heading
            } else if self.stack.iter().any(|o| o.kind == Kind::ListItem)
                && !self.items.last().is_some_and(|i| i.headed)
            {
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
            let mut shape = self.shape(role);
            shape.post_author = self.post_author_bytes * 2 >= text.len();
            shape.names_post_author = self.post_author_bytes > 0;
            if role == Role::Heading && self.item_opened_by_heading().is_some() {
                // A heading that already says its number ("1. Getting Started" in a list
                // whose numbers the style sheet hides) is not numbered again.
                if let Form::Heading { number, .. } = &mut shape.form
                    && number.is_some_and(|n| starts_with_number(&text, n))
                {
                    *number = None;
                }
                if let Some(item) = self.items.last_mut() {
                    item.headed = true;
                    item.blocks += 1;
                }
            }
            if (shape.opens_callout.is_some()
                || matches!(
                    shape.form,
                    Form::Quote {
                        callout: Some(_),
                        ..
                    }
                ))
                && let Some(callout) = self.callouts.last_mut()
            {
                callout.started = true;
            }
            if matches!(
                shape.form,
                Form::ListItem { .. } | Form::Code { item: Some(_), .. }
            ) && let Some(item) = self.items.last_mut()
            {
                item.blocks += 1;
            }
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
                    ..Shape::default()
                },
            });
        }
        self.text.clear();
        self.post_author_bytes = 0;
        self.markdown.clear();
        self.unsettled_mark = None;
        self.last_delimited = None;
        self.last_code_span = None;
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

/// Whether `markdown` is nothing but images, each perhaps inside a link: `![alt](src)` or
/// `[![alt](src)](href)`, with spaces between.
pub(super) fn only_images(markdown: &str) -> bool {
    /// The rest after one `![alt](src)` at the start of `rest`.
    fn image(rest: &str) -> Option<&str> {
        let rest = rest.strip_prefix("![")?;
        let (_, rest) = rest.split_once("](")?;
        past_destination(rest)
    }
    /// The rest after an address and its closing parenthesis.
    fn past_destination(rest: &str) -> Option<&str> {
        let end = crate::extract::markdown::link_destination_end(rest)?;
        Some(&rest[end + 1..])
    }
    let mut rest = markdown.trim();
    if rest.is_empty() {
        return false;
    }
    while !rest.is_empty() {
        let after = if let Some(linked) = rest.strip_prefix('[') {
            image(linked)
                .and_then(|r| r.strip_prefix("]("))
                .and_then(past_destination)
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
        // A space or a line break (`<br>`, a hard break) that ended the link's text goes after
        // it: `[text](address) `, `[text](address)  ⏎`, not inside the brackets. (Outside
        // code, the twin's line feeds are all hard breaks; a code block is written from its
        // text.)
        let kept = markdown.trim_end_matches([' ', '\n']).len();
        let broken = markdown[kept..].contains('\n');
        let spaced = kept < markdown.len();
        if markdown[..kept].ends_with('[') && !markdown[..kept].ends_with("\\[") {
            // Nothing shown in the link but the break: no link, the break stays.
            markdown.remove(kept - 1);
            return;
        }
        markdown.truncate(kept);
        markdown.push_str("](");
        markdown.push_str(href);
        markdown.push(')');
        if broken {
            markdown.push_str("  \n");
        } else if spaced {
            markdown.push(' ');
        }
    }
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

/// A frame's host, the words of its path before the id, what it plays, and the address its
/// site shares the id at (see [`player_address`]).
const PLAYER_PAGES: &[(&str, &[&str], MediaKind, &str)] = &[
    (
        "dailymotion.com",
        &["embed", "video"],
        MediaKind::Video,
        "https://www.dailymotion.com/video/",
    ),
    (
        "loom.com",
        &["embed"],
        MediaKind::Video,
        "https://www.loom.com/share/",
    ),
    (
        "embed.ted.com",
        &["talks"],
        MediaKind::Video,
        "https://www.ted.com/talks/",
    ),
    (
        "videopress.com",
        &["embed"],
        MediaKind::Video,
        "https://videopress.com/v/",
    ),
];

/// The page a frame from a video, audio or code site plays, as that site shares it (Vimeo's
/// `player.vimeo.com/video/1?h=ab` is `vimeo.com/1/ab`), and what it plays. Only those sites:
/// most other frames are advertisements, forms and trackers.
fn player_address(src: &str) -> Option<(MediaKind, String)> {
    let url = url::Url::parse(src).ok()?;
    let host = url.host_str()?.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    let id_like = |id: &str| {
        (1..=64).contains(&id.len())
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    };
    let mut path = url.path_segments()?.filter(|s| !s.is_empty());
    let mut next = || path.next().filter(|s| id_like(s));
    let query = |key: &str| {
        url.query_pairs()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.into_owned())
            .filter(|v| id_like(v))
    };
    // Sites whose frame's path is fixed words and then the id, and where they share it.
    if let Some((_, words, kind, page)) = PLAYER_PAGES.iter().find(|(site, ..)| *site == host) {
        for word in *words {
            (next()? == *word).then_some(())?;
        }
        return Some((*kind, format!("{page}{}", next()?)));
    }
    match host {
        "player.vimeo.com" => {
            (next()? == "video").then_some(())?;
            let id = next()?;
            id.bytes().all(|b| b.is_ascii_digit()).then_some(())?;
            // An unlisted video's address carries its key.
            let address = match query("h") {
                Some(key) => format!("https://vimeo.com/{id}/{key}"),
                None => format!("https://vimeo.com/{id}"),
            };
            Some((MediaKind::Video, address))
        }
        "open.spotify.com" => {
            (next()? == "embed").then_some(())?;
            let what = next()?;
            ["episode", "show", "track", "album", "playlist"]
                .contains(&what)
                .then_some(())?;
            let id = next()?;
            Some((
                MediaKind::Audio,
                format!("https://open.spotify.com/{what}/{id}"),
            ))
        }
        "codepen.io" => {
            let user = next()?;
            (next()? == "embed").then_some(())?;
            let pen = next().filter(|p| *p != "preview")?;
            Some((
                MediaKind::Embed,
                format!("https://codepen.io/{user}/pen/{pen}"),
            ))
        }
        _ => None,
    }
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

/// HTML start tags that foreign content cannot hold: one closes the `<svg>` or `<math>` it
/// appears in (the HTML standard's list, less `<font>`, which breaks out only with some
/// attributes).
const BREAKS_OUT_OF_FOREIGN: &[&str] = &[
    "b",
    "big",
    "blockquote",
    "body",
    "br",
    "center",
    "code",
    "dd",
    "div",
    "dl",
    "dt",
    "em",
    "embed",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "hr",
    "i",
    "img",
    "li",
    "listing",
    "menu",
    "meta",
    "nobr",
    "ol",
    "p",
    "pre",
    "ruby",
    "s",
    "small",
    "span",
    "strong",
    "strike",
    "sub",
    "sup",
    "table",
    "tt",
    "u",
    "ul",
    "var",
];

/// How deep elements inside a drawing or a formula are told apart by name.
const MAX_FOREIGN_NESTING: usize = 64;

/// Where the foreign element `root` (`svg` or `math`) whose start tag was just read ends, as a
/// browser's tree builder ends it: at its own end tag, or where the page's HTML breaks out of it.
/// An icon's `<svg>` left unclosed inside a link ends at the link's `</a>` (an end tag of nothing
/// open inside it), and a `<div>` or `<p>` after it (a start tag foreign content cannot hold)
/// closes it, so the article after it is read. Inside the elements that hold HTML (SVG's
/// `foreignObject`, `desc` and `title`, MathML's token elements and `annotation-xml`) HTML is
/// nested as usual. Returns the length of the element's content in `rest` and how much of `rest`
/// to skip: past its end tag, or up to the tag that broke out of it, which is read next.
fn foreign_element_end(rest: &str, root: &str) -> (usize, usize) {
    let mut tokens = Tokenizer::new(rest, Attributes::Wanted);
    // The elements open inside `root`, each with whether HTML is read inside it.
    let mut open: Vec<(std::borrow::Cow<'_, str>, bool)> = vec![(root.into(), false)];
    // Elements opened past [`MAX_FOREIGN_NESTING`]: counted, not named, and closed by the next
    // end tags, so that each end tag searches a short list (a page nesting thousands of elements
    // in a drawing, then closing none, would otherwise cost the square of their number).
    let mut unnamed = 0usize;
    loop {
        let at = tokens.position();
        let Some(token) = tokens.next_token() else {
            return (rest.len(), rest.len());
        };
        let html_inside = open.last().is_some_and(|(_, html)| *html);
        match token {
            Token::StartTag(tag) => {
                let name = tag.name.as_ref();
                if !html_inside && BREAKS_OUT_OF_FOREIGN.contains(&name) {
                    return (at, at);
                }
                let holds_html = html_inside
                    || matches!(
                        name,
                        "foreignobject"
                            | "desc"
                            | "title"
                            | "mi"
                            | "mo"
                            | "mn"
                            | "ms"
                            | "mtext"
                            | "annotation-xml"
                    );
                if !(tag.self_closing || html_inside && is_void(name)) {
                    if open.len() < MAX_FOREIGN_NESTING {
                        open.push((tag.name.clone(), holds_html));
                    } else {
                        unnamed += 1;
                    }
                }
                tokens.recycle(tag.attrs);
            }
            Token::EndTag(tag) => {
                if unnamed > 0 {
                    unnamed -= 1;
                } else if let Some(depth) = open.iter().rposition(|(name, _)| *name == tag.name) {
                    open.truncate(depth);
                    if open.is_empty() {
                        return (at, tokens.position());
                    }
                } else if !html_inside {
                    return (at, at);
                }
            }
            _ => {}
        }
    }
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

/// The inline mark an element makes: its tag's (`<b>`, `<em>`…), unless its style says its
/// weight is normal (a Google Docs copy wraps the whole document in `<b style="font-weight:
/// normal">`); for a `<span>`, what its style says (editors and Google Docs write bold as
/// `font-weight:700` and italics as `font-style:italic` on spans). Bold wins when a span says both.
fn styled_mark(name: &str, tag: &Tag) -> Option<Mark> {
    // Only these elements' styles make or unmake a mark: no other element's style is read.
    if !matches!(name, "span" | "b" | "strong") {
        return Mark::of(name);
    }
    let style = tag
        .attr("style")
        .filter(|s| memchr::memmem::find(s.as_bytes(), b"font-").is_some());
    // The last declaration of a property wins, as in CSS.
    let declared = |property: &str| {
        style?.split(';').rev().find_map(|declaration| {
            let (key, value) = declaration.split_once(':')?;
            key.trim().eq_ignore_ascii_case(property).then(|| {
                value
                    .trim()
                    .trim_end_matches("!important")
                    .trim()
                    .to_ascii_lowercase()
            })
        })
    };
    let bold = || {
        declared("font-weight").map(|w| match w.as_str() {
            "bold" | "bolder" => true,
            _ => w.parse::<u32>().is_ok_and(|n| n >= 600),
        })
    };
    match Mark::of(name) {
        Some(Mark::Strong) if bold() == Some(false) => None,
        Some(mark) => Some(mark),
        None if name == "span" && style.is_some() => {
            if bold() == Some(true) {
                Some(Mark::Strong)
            } else if declared("font-style").is_some_and(|s| s == "italic" || s == "oblique") {
                Some(Mark::Emphasis)
            } else {
                None
            }
        }
        None => None,
    }
}

/// Whether `text` starts with the number `n` as a list's number is written ("3.", "3)", "3 ",
/// "#3"), not as the start of a longer number or of a year.
fn starts_with_number(text: &str, n: u32) -> bool {
    let text = text.trim_start().trim_start_matches('#');
    text.strip_prefix(n.to_string().as_str())
        .is_some_and(|rest| !rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// The path shape of an element named `name` whose class string hashes to `class_hash` (cached
/// with the class's verdict, as pages repeat their classes) under a parent of `parent_shape`:
/// FNV-1a over the parent's hash and the name, then the class's hash mixed in.
fn shape_below(parent_shape: u64, name: &str, class_hash: u64) -> u64 {
    let mut hash = parent_shape;
    for b in name.bytes().chain([b'.']) {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(FNV_PRIME);
    }
    hash ^= class_hash;
    hash = hash.wrapping_mul(FNV_PRIME);
    hash ^ (hash >> 29)
}

/// Whether text that follows a tag with no space would glue a word to the one before it as no
/// page shows it: a lower-case letter then a capital that opens a phrase ("Jobs" in a link, then
/// "Latest post 1 day ago" in a `<span>` the page's style sets on a line of its own). A browser's
/// copy of such a page breaks the line there. The text after the tag must be a phrase, not one
/// word: a word styled in parts ("i<span>Phone</span>", "Java<b>Script</b>") stays whole, as
/// does a capital after a capital (a drop cap, "<b>W</b>ord").
fn glued_across_tags(before: &str, next: &str) -> bool {
    let mut chars = next.chars();
    before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_ascii_lowercase())
        && chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && next.contains(' ')
}
