//! What the learned decision reads of each block: its row of inputs (length, sentence shape,
//! stop words, links, place, neighbours, the rules' verdicts) and, for HTML, the cues its
//! ancestors' tags and classes give. The block model, the page kind and the pasted headline all
//! read these rows.

use std::sync::OnceLock;

use super::candidate::{Candidate, Features};
use super::util::fnv::FnvBuild;
use super::{Article, Reason, Role};

/// What an HTML block's place in the page says, gathered by the segmenter.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct DomCues {
    /// Depth of the block's element below `<html>`.
    pub depth: u16,
    /// [`Cue`] bits of the block's element and all its ancestors (tags and class/id words).
    pub cues: u64,
    /// Inside the container the segmenter chose as the article (before bridging).
    pub in_container: bool,
    /// Share of the page's prose inside the block's parent element.
    pub parent_prose_share: f32,
    /// Link characters over all characters in the block's parent element.
    pub parent_link_density: f32,
    /// Share of the page's prose inside the chosen container.
    pub container_prose_share: f32,
    /// How many blocks' elements have this one's path shape (the same tags and classes from
    /// the root down: one template's output), itself included.
    pub template_blocks: f32,
    /// How many parent elements those blocks sit in: as many as the blocks for a grid's cards,
    /// one for an article's paragraphs.
    pub template_parents: f32,
    /// Those blocks' share of the page's characters.
    pub template_chars_share: f32,
    /// The kind of element holding the block's text.
    pub own_tag: OwnTag,
}

/// The element a block's text sits in, as far as the learned decision tells them apart: a
/// paragraph is written as text, a `<div>` or an inline element holding text is mostly a
/// widget's, a table cell a grid's.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum OwnTag {
    Paragraph,
    Div,
    Cell,
    Inline,
    #[default]
    Other,
}

impl OwnTag {
    /// The kind of an element named `name` (lower case).
    pub fn of(name: &str) -> OwnTag {
        match name {
            "p" => OwnTag::Paragraph,
            "div" => OwnTag::Div,
            "td" | "th" => OwnTag::Cell,
            "span" | "a" | "b" | "strong" | "em" | "i" | "font" | "small" | "label" | "button" => {
                OwnTag::Inline
            }
            _ => OwnTag::Other,
        }
    }
}

/// What the tags and class/id words of a block's ancestors say, one bit each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Cue {
    Comment,
    Post,
    Content,
    Sidebar,
    Footer,
    Header,
    Nav,
    Related,
    Share,
    Ad,
    Product,
    Meta,
    Card,
    Hidden,
    Title,
    Docs,
    Review,
    Caption,
    Newsletter,
    Cookie,
    TagArticle,
    TagMain,
    TagAside,
    TagFooter,
    TagHeader,
    TagNav,
    TagTable,
    TagList,
    TagForm,
    TagSection,
    TagPre,
    TagDl,
    /// Inside a panel the page folds until it is clicked open (a tab's panel, an accordion's or
    /// a FAQ's answer), read as shown.
    Folded,
}

const CUE_COUNT: usize = Cue::Folded as usize + 1;

impl Cue {
    /// The bit of this cue in [`DomCues::cues`].
    pub const fn bit(self) -> u64 {
        1 << self as u8
    }
}

/// The cue a class or id word gives, if any: whole short words, prefixes of longer ones.
/// The words are general page vocabulary, never a site's.
fn word_cue(w: &[u8]) -> Option<Cue> {
    let index = cue_index();
    let first = usize::from(*w.first()?);
    if let Some((_, c)) = index.words[first].iter().find(|(e, _)| w == *e) {
        return Some(*c);
    }
    if w.len() < 4 {
        return None;
    }
    index.prefixes[first]
        .iter()
        .find(|(p, _)| w.starts_with(p))
        .map(|(_, c)| *c)
}

/// Class and id words that give a cue when they are the whole word.
const CUE_WORDS: &[(&[u8], Cue)] = &[
    (b"ad", Cue::Ad),
    (b"ads", Cue::Ad),
    (b"nav", Cue::Nav),
    (b"top", Cue::Header),
    (b"info", Cue::Meta),
    (b"meta", Cue::Meta),
    (b"date", Cue::Meta),
    (b"time", Cue::Meta),
    (b"card", Cue::Card),
    (b"item", Cue::Card),
    (b"list", Cue::Card),
    (b"grid", Cue::Card),
    (b"tile", Cue::Card),
    (b"post", Cue::Post),
    (b"text", Cue::Content),
    (b"main", Cue::Content),
    (b"body", Cue::Content),
    (b"more", Cue::Related),
    (b"code", Cue::Docs),
    (b"pre", Cue::Docs),
    (b"api", Cue::Docs),
    (b"doc", Cue::Docs),
    (b"docs", Cue::Docs),
    (b"rail", Cue::Sidebar),
    (b"tag", Cue::Nav),
    (b"tags", Cue::Nav),
    (b"menu", Cue::Nav),
    (b"user", Cue::Meta),
    (b"hide", Cue::Hidden),
];
/// Beginnings of class and id words (of 4 bytes or more) that give a cue, the first match
/// winning.
const CUE_PREFIXES: &[(&[u8], Cue)] = &[
    (b"comment", Cue::Comment),
    (b"repl", Cue::Comment),
    (b"respon", Cue::Comment),
    (b"disqus", Cue::Comment),
    (b"message", Cue::Post),
    (b"thread", Cue::Post),
    (b"topic", Cue::Post),
    (b"answer", Cue::Post),
    (b"question", Cue::Post),
    (b"forum", Cue::Post),
    (b"discussion", Cue::Post),
    (b"postbody", Cue::Post),
    (b"content", Cue::Content),
    (b"article", Cue::Content),
    (b"entry", Cue::Content),
    (b"story", Cue::Content),
    (b"prose", Cue::Content),
    (b"markdown", Cue::Content),
    (b"richtext", Cue::Content),
    (b"sidebar", Cue::Sidebar),
    (b"aside", Cue::Sidebar),
    (b"widget", Cue::Sidebar),
    (b"footer", Cue::Footer),
    (b"copyright", Cue::Footer),
    (b"legal", Cue::Footer),
    (b"header", Cue::Header),
    (b"masthead", Cue::Header),
    (b"banner", Cue::Header),
    (b"navbar", Cue::Nav),
    (b"navigation", Cue::Nav),
    (b"breadcrumb", Cue::Nav),
    (b"pagination", Cue::Nav),
    (b"pager", Cue::Nav),
    (b"toolbar", Cue::Nav),
    (b"related", Cue::Related),
    (b"recommend", Cue::Related),
    (b"trending", Cue::Related),
    (b"popular", Cue::Related),
    (b"share", Cue::Share),
    (b"sharing", Cue::Share),
    (b"social", Cue::Share),
    (b"follow", Cue::Share),
    (b"advert", Cue::Ad),
    (b"sponsor", Cue::Ad),
    (b"promo", Cue::Ad),
    (b"product", Cue::Product),
    (b"price", Cue::Product),
    (b"descr", Cue::Product),
    (b"detail", Cue::Product),
    (b"spec", Cue::Product),
    (b"feature", Cue::Product),
    (b"author", Cue::Meta),
    (b"byline", Cue::Meta),
    (b"dateline", Cue::Meta),
    (b"timestamp", Cue::Meta),
    (b"teaser", Cue::Card),
    (b"hidden", Cue::Hidden),
    (b"visually", Cue::Hidden),
    (b"sronly", Cue::Hidden),
    (b"screenreader", Cue::Hidden),
    (b"title", Cue::Title),
    (b"heading", Cue::Title),
    (b"headline", Cue::Title),
    (b"documentation", Cue::Docs),
    (b"highlight", Cue::Docs),
    (b"syntax", Cue::Docs),
    (b"review", Cue::Review),
    (b"rating", Cue::Review),
    (b"caption", Cue::Caption),
    (b"credit", Cue::Caption),
    (b"figure", Cue::Caption),
    (b"newsletter", Cue::Newsletter),
    (b"subscri", Cue::Newsletter),
    (b"signup", Cue::Newsletter),
    (b"cookie", Cue::Cookie),
    (b"consent", Cue::Cookie),
    (b"gdpr", Cue::Cookie),
];

/// [`CUE_WORDS`] and [`CUE_PREFIXES`] by their first byte, each group in list order, so that a
/// word is compared only with the entries that can match it (and the first match is the one
/// the whole list would give). Built once: pages have thousands of class words.
struct CueIndex {
    words: [Vec<(&'static [u8], Cue)>; 256],
    prefixes: [Vec<(&'static [u8], Cue)>; 256],
}

fn cue_index() -> &'static CueIndex {
    static INDEX: OnceLock<CueIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let group = |list: &[(&'static [u8], Cue)]| {
            let mut groups: [Vec<(&'static [u8], Cue)>; 256] = std::array::from_fn(|_| Vec::new());
            for &(entry, cue) in list {
                if let Some(&first) = entry.first() {
                    groups[usize::from(first)].push((entry, cue));
                }
            }
            groups
        };
        CueIndex {
            words: group(CUE_WORDS),
            prefixes: group(CUE_PREFIXES),
        }
    })
}

/// The cue bits of an element's class and id (words split on non-alphanumerics, lower-cased).
pub fn class_cues(class_id: &str) -> u64 {
    let index = cue_index();
    let mut bits = 0;
    // Lower-cased words go on the stack (class words are short), longer ones on the heap.
    let mut short = [0u8; 32];
    let mut long = Vec::new();
    for word in class_id
        .as_bytes()
        .split(|b| !b.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        // No cue word starts with this letter (most class words): nothing to look up.
        let first = usize::from(word[0].to_ascii_lowercase());
        if index.words[first].is_empty() && index.prefixes[first].is_empty() {
            continue;
        }
        let lower: &[u8] = if !word.iter().any(u8::is_ascii_uppercase) {
            word
        } else if let Some(short) = short.get_mut(..word.len()) {
            short.copy_from_slice(word);
            short.make_ascii_lowercase();
            short
        } else {
            long.clear();
            long.extend(word.iter().map(u8::to_ascii_lowercase));
            &long
        };
        if let Some(c) = word_cue(lower) {
            bits |= c.bit();
        }
    }
    bits
}

/// The cue bit of an element's tag.
pub fn tag_cue(tag: &str) -> u64 {
    let cue = match tag {
        "article" => Cue::TagArticle,
        "main" => Cue::TagMain,
        "aside" => Cue::TagAside,
        "footer" => Cue::TagFooter,
        "header" => Cue::TagHeader,
        "nav" | "menu" => Cue::TagNav,
        "table" | "td" | "th" | "tr" => Cue::TagTable,
        "ul" | "ol" | "li" => Cue::TagList,
        "form" | "fieldset" | "button" | "select" | "label" => Cue::TagForm,
        "section" => Cue::TagSection,
        "pre" | "code" => Cue::TagPre,
        "dl" | "dt" | "dd" => Cue::TagDl,
        _ => return 0,
    };
    cue.bit()
}

/// How many blocks either side the neighbourhood features look at.
pub(crate) const WINDOW: usize = 3;

/// The names of the model's inputs, in row order (the model file repeats them, and loading checks
/// that they agree).
pub const FEATURE_NAMES: &[&str] = &[
    "log_chars",
    "log_words",
    "stop_ratio",
    "link_density",
    "sentence_end",
    "ellipsis_end",
    "glued_teaser",
    "date_line",
    "cjk",
    "commas_per_word",
    "cjk_sentences_per_100",
    "junk",
    "junk_promo",
    "junk_share",
    "junk_footer",
    "junk_comments",
    "junk_related",
    "junk_caption",
    "role_heading",
    "role_list_item",
    "role_quote",
    "class_good",
    "class_near",
    "class_short",
    "structure_hint",
    "caption",
    "in_main",
    "after_blank",
    "digits_share",
    "upper_share",
    "ends_colon",
    "position",
    "char_position",
    "window_stop_ratio",
    "window_link_density",
    "window_prose",
    "window_log_chars",
    "prev_prose",
    "next_prose",
    "blocks_to_prose",
    // Not the page's size (its blocks, its characters): a site's pages share it, and trees that
    // read it learned the sites they were shown more than the pages (out of fold, pasted text
    // 0.817 -> 0.820 and HTML 0.863 -> 0.864 without it).
    "page_prose_share",
    "same_text_count",
    "rule_keep",
    "rule_field",
    "rule_navigation",
    "rule_outside",
    "rule_repeat",
    "rule_hint_or_junk",
    "window_rule_keep",
    "page_rule_keep_share",
    "run_rule_keep",
    "from_title",
    "dom_depth",
    "in_container",
    "parent_prose_share",
    "parent_link_density",
    "container_prose_share",
    "template_log_blocks",
    "template_parent_share",
    "template_chars_share",
    "own_p",
    "own_div",
    "own_cell",
    "own_inline",
    "cue_comment",
    "cue_post",
    "cue_content",
    "cue_sidebar",
    "cue_footer",
    "cue_header",
    "cue_nav",
    "cue_related",
    "cue_share",
    "cue_ad",
    "cue_product",
    "cue_meta",
    "cue_card",
    "cue_hidden",
    "cue_title",
    "cue_docs",
    "cue_review",
    "cue_caption",
    "cue_newsletter",
    "cue_cookie",
    "tag_article",
    "tag_main",
    "tag_aside",
    "tag_footer",
    "tag_header",
    "tag_nav",
    "tag_table",
    "tag_list",
    "tag_form",
    "tag_section",
    "tag_pre",
    "tag_dl",
    "folded",
];

/// Number of inputs per block.
pub const N_FEATURES: usize = FEATURE_NAMES.len();
const FIRST_CUE: usize = N_FEATURES - CUE_COUNT;
const _: () = assert!(CUE_COUNT <= 64);

/// One block's model inputs.
pub type Row = [f32; N_FEATURES];

/// The position of input `name` in a row. Called through [`at!`] it runs at compile time (a
/// misspelt name fails the build), so the per-block work looks nothing up.
pub(crate) const fn index(name: &str) -> usize {
    let mut i = 0;
    while i < FEATURE_NAMES.len() {
        if same(FEATURE_NAMES[i].as_bytes(), name.as_bytes()) {
            return i;
        }
        i += 1;
    }
    panic!("no such feature")
}

const fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The row position of a feature named by a literal, computed at compile time.
macro_rules! at {
    ($name:literal) => {
        const { $crate::extract::inputs::index($name) }
    };
}
pub(crate) use at;

/// The input called `name` of a block's row.
pub fn feature(row: &Row, name: &str) -> f32 {
    row[index(name)]
}

/// The row position of the input called `name` (look it up once, outside a loop over rows).
pub fn feature_index(name: &str) -> usize {
    index(name)
}

/// Whether the block's element or an ancestor carries `cue`.
pub fn has_cue(row: &Row, cue: Cue) -> bool {
    row[FIRST_CUE + cue as usize] > 0.5
}

/// What the rules knew about the blocks before deciding: the inputs that do not depend on
/// the rules' verdict. `dom` is empty for pasted text.
pub fn base_rows(cands: &[Candidate], feats: &[Features], dom: &[DomCues]) -> Vec<Row> {
    let n = cands.len();
    let prose: Vec<bool> = feats.iter().map(super::decide::is_prose).collect();
    let total_chars: usize = feats.iter().map(|f| f.chars).sum();
    let prose_chars: usize = feats
        .iter()
        .zip(&prose)
        .filter(|(_, p)| **p)
        .map(|(f, _)| f.chars)
        .sum();
    let mut text_counts: std::collections::HashMap<&str, u32, FnvBuild> =
        std::collections::HashMap::default();
    for c in cands {
        *text_counts.entry(c.text.trim()).or_default() += 1;
    }
    let to_prose = blocks_to_nearest(&prose);
    // Each block's log length, once: the window below reads each of them six times.
    let log_chars: Vec<f32> = feats.iter().map(|f| (f.chars as f32).ln_1p()).collect();
    let mut chars_before = 0usize;
    let mut rows = Vec::with_capacity(n);
    for i in 0..n {
        let f = &feats[i];
        let c = &cands[i];
        let mut r = [0f32; N_FEATURES];
        set_own_inputs(&mut r, f, c, log_chars[i]);
        let mut set = |k: usize, v: f32| r[k] = v;
        set(at!("position"), i as f32 / n.max(1) as f32);
        set(
            at!("char_position"),
            chars_before as f32 / total_chars.max(1) as f32,
        );
        chars_before += f.chars;
        let lo = i.saturating_sub(WINDOW);
        let hi = (i + WINDOW + 1).min(n);
        let span = (hi - lo - 1).max(1) as f32;
        let others = (lo..hi).filter(|&k| k != i);
        let (mut stop, mut links, mut pro, mut lchars) = (0f32, 0f32, 0f32, 0f32);
        for k in others {
            stop += feats[k].stop_ratio;
            links += feats[k].link_density;
            pro += flag(prose[k]);
            lchars += log_chars[k];
        }
        set(at!("window_stop_ratio"), stop / span);
        set(at!("window_link_density"), links / span);
        set(at!("window_prose"), pro / span);
        set(at!("window_log_chars"), lchars / span);
        set(at!("prev_prose"), flag(i > 0 && prose[i - 1]));
        set(at!("next_prose"), flag(i + 1 < n && prose[i + 1]));
        set(
            at!("blocks_to_prose"),
            (to_prose[i].min(100) as f32).ln_1p(),
        );
        set(
            at!("page_prose_share"),
            prose_chars as f32 / total_chars.max(1) as f32,
        );
        set(
            at!("same_text_count"),
            text_counts.get(c.text.trim()).copied().unwrap_or(1) as f32,
        );
        if let Some(d) = dom.get(i) {
            set(at!("dom_depth"), f32::from(d.depth));
            set(at!("in_container"), flag(d.in_container));
            set(at!("parent_prose_share"), d.parent_prose_share);
            set(at!("parent_link_density"), d.parent_link_density);
            set(at!("container_prose_share"), d.container_prose_share);
            set(at!("template_log_blocks"), d.template_blocks.ln_1p());
            set(
                at!("template_parent_share"),
                d.template_parents / d.template_blocks.max(1.0),
            );
            set(at!("template_chars_share"), d.template_chars_share);
            let own = match d.own_tag {
                OwnTag::Paragraph => Some(at!("own_p")),
                OwnTag::Div => Some(at!("own_div")),
                OwnTag::Cell => Some(at!("own_cell")),
                OwnTag::Inline => Some(at!("own_inline")),
                OwnTag::Other => None,
            };
            if let Some(k) = own {
                set(k, 1.0);
            }
            for bit in 0..CUE_COUNT {
                r[FIRST_CUE + bit] = flag(d.cues & (1 << bit) != 0);
            }
        }
        rows.push(r);
    }
    rows
}

/// The inputs a block gives by itself: its measures, the rules' junk verdict, its role and
/// element, and its characters.
fn set_own_inputs(r: &mut Row, f: &Features, c: &Candidate, log_chars: f32) {
    let mut set = |k: usize, v: f32| r[k] = v;
    set(at!("log_chars"), log_chars);
    set(at!("log_words"), (f.words as f32).ln_1p());
    set(at!("stop_ratio"), f.stop_ratio);
    set(at!("link_density"), f.link_density);
    set(at!("sentence_end"), flag(f.sentence_end));
    set(at!("ellipsis_end"), flag(f.ellipsis_end));
    set(at!("glued_teaser"), flag(f.glued_teaser));
    set(at!("date_line"), flag(f.date_line));
    set(at!("cjk"), flag(f.cjk));
    set(
        at!("commas_per_word"),
        f.commas as f32 / f.words.max(1) as f32,
    );
    set(
        at!("cjk_sentences_per_100"),
        f.cjk_sentences as f32 * 100.0 / f.chars.max(1) as f32,
    );
    set(at!("junk"), flag(f.junk.is_some()));
    if let Some(j) = &f.junk {
        let name = match j {
            Reason::NewsletterPrompt | Reason::Promotion | Reason::Advertisement => "junk_promo",
            Reason::ShareButtons => "junk_share",
            Reason::CopyrightFooter | Reason::CookieNotice => "junk_footer",
            Reason::Comments => "junk_comments",
            Reason::RelatedLinks | Reason::TeaserOfAnotherStory | Reason::Navigation => {
                "junk_related"
            }
            Reason::PhotoCaption => "junk_caption",
            _ => "junk",
        };
        set(index(name), 1.0);
    }
    match c.role {
        Some(Role::Heading) => set(at!("role_heading"), 1.0),
        Some(Role::ListItem) => set(at!("role_list_item"), 1.0),
        Some(Role::Quote) => set(at!("role_quote"), 1.0),
        _ => {}
    }
    match super::decide::class_letter(f) {
        'G' => set(at!("class_good"), 1.0),
        'N' => set(at!("class_near"), 1.0),
        'S' => set(at!("class_short"), 1.0),
        _ => {}
    }
    set(at!("structure_hint"), flag(c.structure_hint.is_some()));
    set(at!("caption"), flag(c.caption));
    set(at!("in_main"), c.in_main.map_or(0.5, flag));
    set(at!("after_blank"), flag(c.after_blank));
    let (digits_share, upper_share) = digit_and_upper_shares(&c.text);
    set(at!("digits_share"), digits_share);
    set(at!("upper_share"), upper_share);
    set(at!("ends_colon"), flag(c.text.trim_end().ends_with(':')));
}

/// For each of `marks`, how many places away the nearest marked one is (`usize::MAX` when
/// none is), found in two sweeps.
fn blocks_to_nearest(marks: &[bool]) -> Vec<usize> {
    let n = marks.len();
    let mut distance = vec![usize::MAX; n];
    let mut last = None;
    for i in 0..n {
        if marks[i] {
            last = Some(i);
        }
        if let Some(l) = last {
            distance[i] = i - l;
        }
    }
    last = None;
    for i in (0..n).rev() {
        if marks[i] {
            last = Some(i);
        }
        if let Some(l) = last {
            distance[i] = distance[i].min(l - i);
        }
    }
    distance
}

/// `from_title` counts blocks from the rules' headline up to this far either way; a page without
/// one gets [`NO_TITLE`], past both ends.
const FROM_TITLE_MAX: f32 = 50.0;
const NO_TITLE: f32 = 99.0;

/// Adds the rules' verdicts (each block's and its neighbours') to rows from [`base_rows`].
pub fn add_rule_verdicts(rows: &mut [Row], article: &Article) {
    let blocks = &article.blocks;
    let n = blocks.len().min(rows.len());
    let kept: Vec<bool> = blocks.iter().map(|b| b.keep && b.role.is_body()).collect();
    let kept_share = kept.iter().filter(|k| **k).count() as f32 / n.max(1) as f32;
    // The headline the rules chose: the article's text starts just under it, and what sits far
    // above it is the page's header.
    let title_at = blocks[..n].iter().position(|b| b.role == Role::Title);
    // Length of the run of rule-kept blocks each block belongs to (or sits next to).
    let mut run = vec![0usize; n];
    let mut i = 0;
    while i < n {
        if kept[i] {
            let start = i;
            while i < n && kept[i] {
                i += 1;
            }
            for r in &mut run[start..i] {
                *r = i - start;
            }
        } else {
            i += 1;
        }
    }
    for i in 0..n {
        let b = &blocks[i];
        let r = &mut rows[i];
        let mut set = |k: usize, v: f32| r[k] = v;
        set(at!("rule_keep"), flag(kept[i]));
        match &b.reason {
            Reason::UsedAsField { .. } => set(at!("rule_field"), 1.0),
            Reason::Navigation => set(at!("rule_navigation"), 1.0),
            Reason::OutsideArticle => set(at!("rule_outside"), 1.0),
            Reason::DuplicateOf { .. } | Reason::RepeatsSummary => set(at!("rule_repeat"), 1.0),
            Reason::ArticleText | Reason::ArticleHeading | Reason::KeptByYou => {}
            _ => set(at!("rule_hint_or_junk"), 1.0),
        }
        let lo = i.saturating_sub(WINDOW);
        let hi = (i + WINDOW + 1).min(n);
        let around = (lo..hi).filter(|&k| k != i && kept[k]).count();
        set(
            at!("window_rule_keep"),
            around as f32 / (hi - lo - 1).max(1) as f32,
        );
        set(at!("page_rule_keep_share"), kept_share);
        set(at!("run_rule_keep"), (run[i] as f32).ln_1p());
        set(
            at!("from_title"),
            title_at.map_or(NO_TITLE, |t| {
                (i as f32 - t as f32).clamp(-FROM_TITLE_MAX, FROM_TITLE_MAX)
            }),
        );
    }
}

/// Digits among a text's digits and letters, and capitals among its letters: a price list, a
/// date or a shouted menu item stand out from prose.
pub fn digit_and_upper_shares(text: &str) -> (f32, f32) {
    let (mut digits, mut upper, mut letters) = (0usize, 0usize, 0usize);
    if text.is_ascii() {
        // The same tests on bytes: in ASCII the alphabetic characters are the ASCII letters and
        // the upper-case ones A to Z.
        for b in text.bytes() {
            if b.is_ascii_digit() {
                digits += 1;
            } else if b.is_ascii_alphabetic() {
                letters += 1;
                if b.is_ascii_uppercase() {
                    upper += 1;
                }
            }
        }
        return (
            digits as f32 / (digits + letters).max(1) as f32,
            upper as f32 / letters.max(1) as f32,
        );
    }
    for ch in text.chars() {
        if ch.is_ascii() {
            // Mostly-ASCII text with a curly quote or a dash: its ASCII letters by the byte tests.
            if ch.is_ascii_digit() {
                digits += 1;
            } else if ch.is_ascii_alphabetic() {
                letters += 1;
                upper += usize::from(ch.is_ascii_uppercase());
            }
        } else if super::util::chars::is_punctuation_or_space(ch) {
            // Curly quotes, dashes and no-break spaces: no letters, known without the tables.
        } else if super::util::chars::is_common_letter(ch) || ch.is_alphabetic() {
            letters += 1;
            if ch.is_uppercase() {
                upper += 1;
            }
        }
    }
    (
        digits as f32 / (digits + letters).max(1) as f32,
        upper as f32 / letters.max(1) as f32,
    )
}

pub(crate) fn flag(b: bool) -> f32 {
    if b { 1.0 } else { 0.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn class_words_give_cues() {
        let bits = class_cues("post-message js-comment-body");
        assert!(bits & Cue::Post.bit() != 0);
        assert!(bits & Cue::Comment.bit() != 0);
        assert!(bits & Cue::Content.bit() != 0);
        // "header" is a header, not an ad; "read" is nothing.
        assert_eq!(class_cues("header read"), Cue::Header.bit());
    }

    #[test]
    fn blocks_count_from_the_rules_headline() {
        let block = |role: Role| super::super::Block::new("text", role, true, Reason::ArticleText);
        let mut article = Article {
            blocks: vec![
                block(Role::Boilerplate),
                block(Role::Title),
                block(Role::Paragraph),
            ],
            ..Article::default()
        };
        let mut rows = vec![[0.0; N_FEATURES]; 3];
        add_rule_verdicts(&mut rows, &article);
        let from_title: Vec<f32> = rows.iter().map(|r| r[at!("from_title")]).collect();
        assert_eq!(from_title, vec![-1.0, 0.0, 1.0]);

        // Without a headline, every block is past both ends.
        article.blocks[1].role = Role::Paragraph;
        add_rule_verdicts(&mut rows, &article);
        assert!(rows.iter().all(|r| r[at!("from_title")] == NO_TITLE));
    }

    #[test]
    fn feature_names_are_unique() {
        let mut names = FEATURE_NAMES.to_vec();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), N_FEATURES);
        assert_eq!(FEATURE_NAMES[FIRST_CUE], "cue_comment");
    }
}
