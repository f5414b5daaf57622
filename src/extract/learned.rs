//! The learned keep/trim decision: gradient-boosted trees over each block's features.
//!
//! The rules (`classify`) see a block and its run; they were tuned on news. On forums, docs,
//! product and listing pages they throw real content away. The model reads the same features the
//! rules measure, the rules' own verdict, the block's neighbours and (for HTML) what its
//! ancestors' tags and classes say, and gives each body block a probability of being the page's
//! main content. It was trained offline by `cargo run --release --example train` on the corpora
//! in `../shared` (pages labelled by aligning their blocks with the ground truth), and its trees
//! live beside this file as data (`model/html.json`, `model/text.json`).
//!
//! Inference is a walk down each tree: no runtime, no allocation per block beyond the row.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::candidate::{Candidate, Features};
use super::kind::{PageHints, PageKind};
use super::util::fnv::FnvBuild;
use super::{Article, Format, Reason, Role};

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
}

const CUE_COUNT: usize = Cue::TagDl as usize + 1;

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

// ---------------------------------------------------------------------------------------------
// Feature rows
// ---------------------------------------------------------------------------------------------

/// How many blocks either side the neighbourhood features look at.
const WINDOW: usize = 3;

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
    "page_log_blocks",
    "page_log_chars",
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
    "dom_depth",
    "in_container",
    "parent_prose_share",
    "parent_link_density",
    "container_prose_share",
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
];

/// Number of inputs per block.
pub const N_FEATURES: usize = FEATURE_NAMES.len();
const FIRST_CUE: usize = N_FEATURES - CUE_COUNT;
const _: () = assert!(CUE_COUNT <= 64);

/// One block's model inputs.
pub type Row = [f32; N_FEATURES];

/// The position of input `name` in a row. Called through [`at!`] it runs at compile time (a
/// misspelt name fails the build), so the per-block work looks nothing up.
const fn index(name: &str) -> usize {
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
        const { index($name) }
    };
}

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
    let page_log_blocks = (n as f32).ln_1p();
    let page_log_chars = (total_chars as f32).ln_1p();
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
        set(at!("page_log_blocks"), page_log_blocks);
        set(at!("page_log_chars"), page_log_chars);
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

/// Adds the rules' verdicts (each block's and its neighbours') to rows from [`base_rows`].
pub fn add_rule_verdicts(rows: &mut [Row], article: &Article) {
    let blocks = &article.blocks;
    let n = blocks.len().min(rows.len());
    let kept: Vec<bool> = blocks.iter().map(|b| b.keep && b.role.is_body()).collect();
    let kept_share = kept.iter().filter(|k| **k).count() as f32 / n.max(1) as f32;
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
        if ch.is_ascii_digit() {
            digits += 1;
        } else if ch.is_alphabetic() {
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

fn flag(b: bool) -> f32 {
    if b { 1.0 } else { 0.0 }
}

// ---------------------------------------------------------------------------------------------
// The model
// ---------------------------------------------------------------------------------------------

/// A forest of regression trees whose summed outputs are the log-odds of "main content".
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Forest {
    /// The input names the trees were trained on, in row order.
    pub features: Vec<String>,
    /// The log-odds before any tree.
    pub base: f32,
    /// Each tree as its nodes, root first. Not to be changed once the forest has scored a row:
    /// the walk reads a copy laid out on first use.
    pub trees: Vec<Vec<Node>>,
    /// The trees laid out for a branch-free walk, made on first use.
    #[serde(skip)]
    laid_out: LaidOut,
}

/// A tree node: a leaf's value, or a split `[feature, threshold, left, right]` (go to `left`
/// when `row[feature] < threshold`, else to `right`). In the file a leaf is a number and a split
/// an array, which keeps the model small enough to read.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Node {
    Leaf(f32),
    Split(u16, f32, u32, u32),
}

/// Reads a node as `#[serde(untagged)]` would (a number is a leaf, an array of four a split),
/// with the same conversions, but straight from the file: the derived form buffers every node
/// before trying each variant, which made reading the models cost as much as extracting a dozen
/// pages.
impl<'de> Deserialize<'de> for Node {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(NodeVisitor)
    }
}

struct NodeVisitor;

impl<'de> serde::de::Visitor<'de> for NodeVisitor {
    type Value = Node;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a leaf value or a split [feature, threshold, left, right]")
    }

    // A leaf converts its number as `f32`'s own `Deserialize` does.
    fn visit_f64<E>(self, v: f64) -> Result<Node, E> {
        Ok(Node::Leaf(v as f32))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Node, E> {
        Ok(Node::Leaf(v as f32))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Node, E> {
        Ok(Node::Leaf(v as f32))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Node, A::Error> {
        use serde::de::Error;
        let missing = |i| A::Error::invalid_length(i, &"a split of four numbers");
        let feature = seq.next_element::<u16>()?.ok_or_else(|| missing(0))?;
        let threshold = seq.next_element::<AnyF32>()?.ok_or_else(|| missing(1))?.0;
        let left = seq.next_element::<u32>()?.ok_or_else(|| missing(2))?;
        let right = seq.next_element::<u32>()?.ok_or_else(|| missing(3))?;
        if seq.next_element::<serde::de::IgnoredAny>()?.is_some() {
            return Err(A::Error::invalid_length(5, &"a split of four numbers"));
        }
        Ok(Node::Split(feature, threshold, left, right))
    }
}

/// A number read as the untagged form reads it (whatever JSON number it is, then converted to
/// `f32` as `f32`'s `Deserialize` converts), not through the parser's own `f32` path, which a
/// serde_json feature can change.
struct AnyF32(f32);

impl<'de> Deserialize<'de> for AnyF32 {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = AnyF32;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a number")
            }
            fn visit_f64<E>(self, v: f64) -> Result<AnyF32, E> {
                Ok(AnyF32(v as f32))
            }
            fn visit_u64<E>(self, v: u64) -> Result<AnyF32, E> {
                Ok(AnyF32(v as f32))
            }
            fn visit_i64<E>(self, v: i64) -> Result<AnyF32, E> {
                Ok(AnyF32(v as f32))
            }
        }
        deserializer.deserialize_any(V)
    }
}

impl Forest {
    /// A forest of `trees` over the inputs `features`, starting from the log-odds `base`.
    pub fn new(features: Vec<String>, base: f32, trees: Vec<Vec<Node>>) -> Self {
        Forest {
            features,
            base,
            trees,
            laid_out: LaidOut::default(),
        }
    }

    /// Checks that the trees read the inputs `names` (in that order) and that every split stays
    /// inside its tree and its row.
    pub fn check(&self, names: &[&str]) -> Result<(), String> {
        if self
            .features
            .iter()
            .map(String::as_str)
            .ne(names.iter().copied())
        {
            return Err("the model's inputs are not the engine's".into());
        }
        for tree in &self.trees {
            for node in tree {
                if let Node::Split(feature, _, left, right) = node
                    && (usize::from(*feature) >= names.len()
                        || *left as usize >= tree.len()
                        || *right as usize >= tree.len())
                {
                    return Err("a tree points outside itself".into());
                }
            }
        }
        Ok(())
    }

    /// The log-odds that the block of `row` is main content.
    pub fn margin(&self, row: &[f32]) -> f32 {
        match self.laid_out.0.get_or_init(|| Padded::of(&self.trees)) {
            Some(padded) => padded.margin(self.base, row),
            None => self.walk(row),
        }
    }

    /// [`Forest::margin`] by following each tree's nodes (for trees too deep, or too odd, to pad).
    fn walk(&self, row: &[f32]) -> f32 {
        let mut sum = self.base;
        for tree in &self.trees {
            let mut at = 0usize;
            // Trees are finite and acyclic by construction; the bound keeps a corrupt file finite.
            for _ in 0..tree.len() {
                match tree[at] {
                    Node::Leaf(v) => {
                        sum += v;
                        break;
                    }
                    Node::Split(feature, threshold, left, right) => {
                        let v = row.get(usize::from(feature)).copied().unwrap_or(0.0);
                        at = if v < threshold {
                            left as usize
                        } else {
                            right as usize
                        };
                    }
                }
            }
        }
        sum
    }
}

/// A forest's trees padded to one depth, made on first use: the cache stays out of comparisons
/// and copies (a copy lays its trees out again).
#[derive(Debug, Default)]
struct LaidOut(OnceLock<Option<Padded>>);

impl Clone for LaidOut {
    fn clone(&self) -> Self {
        LaidOut::default()
    }
}

impl PartialEq for LaidOut {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// Trees deeper than this are walked node by node (the shipped ones are 5 deep): padding doubles
/// a tree's size with each level.
const MAX_PADDED_DEPTH: usize = 8;

/// Every tree of a forest as a complete binary tree of the same depth, stored breadth first
/// (the children of split `k` are `2k + 1` and `2k + 2`). A leaf above the bottom is repeated
/// under splits that lead to it either way, so each walk is `depth` steps of index arithmetic:
/// no jumps that depend on the row, which the processor would mispredict about half the time.
/// It adds the same leaves in the same order as the node walk, so the sums are bit for bit equal.
#[derive(Debug)]
struct Padded {
    depth: usize,
    /// `2^depth` splits per tree: `2^depth - 1` and a spare that is never read.
    splits: Vec<PaddedSplit>,
    /// `2^depth` leaf values per tree.
    leaves: Vec<f32>,
}

#[derive(Debug, Clone, Copy)]
struct PaddedSplit {
    feature: u8,
    threshold: f32,
}

impl Padded {
    /// The padded form of `trees`, or `None` when a tree is deeper than [`MAX_PADDED_DEPTH`],
    /// reads an input past the 256th, or is not a tree (a node reached twice, an index out of
    /// range: a corrupt file).
    fn of(trees: &[Vec<Node>]) -> Option<Padded> {
        let mut depth = 1;
        for tree in trees {
            let mut seen = vec![false; tree.len()];
            depth = depth.max(tree_depth(tree, 0, 0, &mut seen)?);
        }
        let leaves = 1 << depth;
        let mut padded = Padded {
            depth,
            splits: Vec::with_capacity(trees.len() * leaves),
            leaves: Vec::with_capacity(trees.len() * leaves),
        };
        for tree in trees {
            let (from_split, from_leaf) = (padded.splits.len(), padded.leaves.len());
            padded.splits.resize(
                from_split + leaves,
                PaddedSplit {
                    feature: 0,
                    threshold: 0.0,
                },
            );
            padded.leaves.resize(from_leaf + leaves, 0.0);
            place(
                tree,
                0,
                0,
                depth,
                &mut padded.splits[from_split..],
                &mut padded.leaves[from_leaf..],
            );
        }
        Some(padded)
    }

    fn margin(&self, base: f32, row: &[f32]) -> f32 {
        // The depth as a constant, so that each walk unrolls into straight-line code.
        match self.depth {
            1 => self.margin_with::<2>(base, row),
            2 => self.margin_with::<4>(base, row),
            3 => self.margin_with::<8>(base, row),
            4 => self.margin_with::<16>(base, row),
            5 => self.margin_with::<32>(base, row),
            6 => self.margin_with::<64>(base, row),
            7 => self.margin_with::<128>(base, row),
            _ => self.margin_with::<256>(base, row),
        }
    }

    /// [`Padded::margin`] for trees of `LEAVES` leaves (`LEAVES - 1` splits and a spare, so that
    /// both have the same power-of-two stride and indices need no bounds checks).
    fn margin_with<const LEAVES: usize>(&self, base: f32, row: &[f32]) -> f32 {
        debug_assert_eq!(LEAVES, 1 << self.depth);
        // The row in a table as long as a split can index, zeros past its end (a node walk reads
        // 0 there too): reading it needs no bounds check.
        let mut inputs = [0f32; 1 << u8::BITS];
        let n = row.len().min(inputs.len());
        inputs[..n].copy_from_slice(&row[..n]);
        let mut sum = base;
        for (splits, leaves) in self
            .splits
            .chunks_exact(LEAVES)
            .zip(self.leaves.chunks_exact(LEAVES))
        {
            let (Ok(splits), Ok(leaves)) = (
                <&[PaddedSplit; LEAVES]>::try_from(splits),
                <&[f32; LEAVES]>::try_from(leaves),
            ) else {
                continue;
            };
            let mut k = 0;
            for _ in 0..LEAVES.trailing_zeros() {
                let split = splits[k & (LEAVES - 1)];
                let v = inputs[usize::from(split.feature)];
                // Left (`2k + 1`) when `v < threshold`, else right (`2k + 2`), as in the node
                // walk: "not less" on purpose, so that a NaN goes right (one `setbe`; the
                // forms clippy suggests compile to more instructions).
                #[allow(clippy::neg_cmp_op_on_partial_ord)]
                let right = !(v < split.threshold);
                k = 2 * k + 1 + usize::from(right);
            }
            sum += leaves[(k - (LEAVES - 1)) & (LEAVES - 1)];
        }
        sum
    }
}

/// The depth of the subtree at `at` (`level` splits below the root), or `None` when it is not a
/// tree or cannot be padded.
fn tree_depth(tree: &[Node], at: usize, level: usize, seen: &mut [bool]) -> Option<usize> {
    if level > MAX_PADDED_DEPTH || *seen.get(at)? {
        return None;
    }
    seen[at] = true;
    match tree[at] {
        Node::Leaf(_) => Some(level),
        // A padded split names its input in a byte.
        Node::Split(feature, ..) if u8::try_from(feature).is_err() => None,
        Node::Split(_, _, left, right) => Some(
            tree_depth(tree, left as usize, level + 1, seen)?.max(tree_depth(
                tree,
                right as usize,
                level + 1,
                seen,
            )?),
        ),
    }
}

/// Writes the subtree at node `at` into slot `slot` of a padded tree `depth` deep and below it.
fn place(
    tree: &[Node],
    at: usize,
    slot: usize,
    depth: usize,
    splits: &mut [PaddedSplit],
    leaves: &mut [f32],
) {
    let inner = (1 << depth) - 1;
    if slot >= inner {
        if let Node::Leaf(v) = tree[at] {
            leaves[slot - inner] = v;
        }
        return;
    }
    let (left, right) = match tree[at] {
        // A leaf above the bottom: both ways lead to it (the split stays a dummy).
        Node::Leaf(_) => (at, at),
        Node::Split(feature, threshold, left, right) => {
            splits[slot] = PaddedSplit {
                feature: u8::try_from(feature).unwrap_or(u8::MAX),
                threshold,
            };
            (left as usize, right as usize)
        }
    };
    place(tree, left, 2 * slot + 1, depth, splits, leaves);
    place(tree, right, 2 * slot + 2, depth, splits, leaves);
}

/// The two stages: `blocks` scores each block from its own row; `page` re-scores it knowing
/// how the first stage scored its neighbours and the rest of the page (how much of this page
/// is content, and where).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Model {
    pub blocks: Forest,
    pub page: Forest,
    /// One forest per [`PageKind`](super::kind::PageKind), in `PageKind::ALL` order: the kind
    /// whose forest scores the page highest is its kind.
    #[serde(default)]
    pub kinds: Vec<Forest>,
    /// Scores the lines around the article's start as its headline (pasted text only).
    #[serde(default)]
    pub title: Option<Forest>,
}

impl Model {
    /// Reads a model file and checks both stages against the inputs this engine computes.
    pub fn from_json(text: &str) -> Result<Model, String> {
        let model: Model = serde_json::from_str(text).map_err(|e| e.to_string())?;
        model.blocks.check(FEATURE_NAMES)?;
        model.page.check(PAGE_FEATURE_NAMES)?;
        for forest in &model.kinds {
            forest.check(super::kind::KIND_FEATURE_NAMES)?;
        }
        if let Some(forest) = &model.title {
            forest.check(super::title::TITLE_FEATURE_NAMES)?;
        }
        Ok(model)
    }

    /// The page's kind, from the article as decided and the page's own declarations (articles when
    /// the file has no kind forests).
    pub fn kind_of(
        &self,
        article: &Article,
        rows: &[Row],
        hints: &super::kind::PageHints,
    ) -> super::kind::PageKind {
        if self.kinds.len() != super::kind::PageKind::ALL.len() {
            return super::kind::PageKind::Article;
        }
        let row = super::kind::kind_row(article, rows, hints);
        super::kind::decide(&self.kinds, &row)
    }

    /// Each block's final log-odds of being main content.
    pub fn margins(&self, rows: &[Row]) -> Vec<f32> {
        let first: Vec<f32> = rows.iter().map(|r| self.blocks.margin(r)).collect();
        page_rows(rows, &first)
            .iter()
            .map(|r| self.page.margin(r))
            .collect()
    }
}

/// The inputs of the second stage, in row order.
pub const PAGE_FEATURE_NAMES: &[&str] = &[
    "margin",
    "prev_margin",
    "next_margin",
    "window_margin",
    "window_max_margin",
    "page_max_margin",
    "page_mean_margin",
    "below_max",
    "rank",
    "page_kept_share",
    "page_kept_chars_share",
    "log_run",
    "rule_keep",
    "page_rule_keep_share",
    "log_chars",
    "in_main",
    "char_position",
    "agreement",
    "kept_vs_rules",
    "page_log_chars",
];

/// Number of second-stage inputs per block.
pub const N_PAGE_FEATURES: usize = PAGE_FEATURE_NAMES.len();

/// One block's second-stage inputs.
pub type PageRow = [f32; N_PAGE_FEATURES];

/// The second stage's rows from the first stage's rows and margins.
pub fn page_rows(rows: &[Row], margins: &[f32]) -> Vec<PageRow> {
    let n = rows.len().min(margins.len());
    if n == 0 {
        return Vec::new();
    }
    let at = |i: usize, k: usize| rows[i][k];
    let chars: Vec<f32> = (0..n).map(|i| at(i, at!("log_chars")).exp_m1()).collect();
    let total_chars: f32 = chars.iter().sum::<f32>().max(1.0);
    let kept: Vec<bool> = margins.iter().map(|&m| m > KEEP_MARGIN).collect();
    let rule: Vec<bool> = (0..n).map(|i| at(i, at!("rule_keep")) > 0.5).collect();
    let max = margins.iter().copied().fold(f32::MIN, f32::max);
    let mean = margins.iter().sum::<f32>() / n as f32;
    let kept_share = kept.iter().filter(|k| **k).count() as f32 / n as f32;
    let kept_chars: f32 = (0..n).filter(|&i| kept[i]).map(|i| chars[i]).sum();
    let rule_chars: f32 = (0..n).filter(|&i| rule[i]).map(|i| chars[i]).sum();
    let agree_chars: f32 = (0..n)
        .filter(|&i| kept[i] == rule[i])
        .map(|i| chars[i])
        .sum();
    let mut sorted = margins[..n].to_vec();
    sorted.sort_by(f32::total_cmp);
    let mut run = vec![0usize; n];
    let mut i = 0;
    while i < n {
        let start = i;
        while i < n && kept[i] == kept[start] {
            i += 1;
        }
        for r in &mut run[start..i] {
            *r = i - start;
        }
    }
    (0..n)
        .map(|i| {
            let lo = i.saturating_sub(WINDOW);
            let hi = (i + WINDOW + 1).min(n);
            let others = (lo..hi).filter(|&k| k != i);
            let count = (hi - lo - 1).max(1) as f32;
            let window = others.clone().map(|k| margins[k]).sum::<f32>() / count;
            let window_max = others.map(|k| margins[k]).fold(f32::MIN, f32::max);
            let higher = n - sorted.partition_point(|&m| m <= margins[i]);
            let mut r = [0f32; N_PAGE_FEATURES];
            let values = [
                margins[i],
                if i > 0 { margins[i - 1] } else { -5.0 },
                if i + 1 < n { margins[i + 1] } else { -5.0 },
                window,
                if window_max == f32::MIN {
                    -5.0
                } else {
                    window_max
                },
                max,
                mean,
                max - margins[i],
                higher as f32 / n as f32,
                kept_share,
                kept_chars / total_chars,
                if kept[i] {
                    (run[i] as f32).ln_1p()
                } else {
                    -(run[i] as f32).ln_1p()
                },
                flag(rule[i]),
                at(i, at!("page_rule_keep_share")),
                at(i, at!("log_chars")),
                at(i, at!("in_main")),
                at(i, at!("char_position")),
                agree_chars / total_chars,
                ((kept_chars + 1.0) / (rule_chars + 1.0)).ln(),
                at(i, at!("page_log_chars")),
            ];
            r.copy_from_slice(&values);
            r
        })
        .collect()
}

/// The model shipped for `format`, parsed once.
pub fn shipped(format: Format) -> Option<&'static Model> {
    static HTML: OnceLock<Option<Model>> = OnceLock::new();
    static TEXT: OnceLock<Option<Model>> = OnceLock::new();
    let (cell, text) = match format {
        Format::Html => (&HTML, include_str!("model/html.json")),
        Format::Text => (&TEXT, include_str!("model/text.json")),
        Format::Markdown => return None,
    };
    // A model file without trees (before the first training) leaves the rules to decide.
    cell.get_or_init(|| {
        Model::from_json(text)
            .ok()
            .filter(|m| !m.blocks.trees.is_empty())
    })
    .as_ref()
}

/// Log-odds above which a block is kept.
pub const KEEP_MARGIN: f32 = 0.0;
/// A block less likely than this (log-odds; a probability of about 27%) is never kept, however
/// unsure of the whole page the model is: keeping more of an uncertain page pays only down to
/// there (out of fold on WCXB's HTML pages: 0.846 with no floor, 0.851 at -1, 0.848 at -0.5
/// and -3, scrapinghub unchanged).
pub const UNLIKELY_MARGIN: f32 = -1.0;
/// Below this many blocks (a selection, a snippet) there is no page around the article for the
/// model to read, and it never saw such inputs: the rules decide alone.
pub const MIN_BLOCKS: usize = 8;

/// The rules' body stands when the model keeps fewer words than this and the rules kept more.
const KEEP_RULES_MIN_WORDS: usize = 30;

/// How much of a page the model keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    /// Every block more likely content than not.
    Threshold,
    /// The blocks that make the page's expected word-level F1 highest
    /// ([`expected_f1_choice`]), none below [`UNLIKELY_MARGIN`].
    ExpectedF1,
}

/// Which selection suits a page of this format and kind. On HTML, keeping by expected F1 is
/// as good on articles (WCXB and the news pages alike, out of fold) and better on every other
/// kind. On pasted text, where a page's comment thread and teasers are plain lines like its
/// article, an uncertain model keeps them on news pages (out of fold on the news corpus 0.919
/// -> 0.907): there articles keep the fixed threshold.
pub fn selection_for(format: Format, kind: PageKind) -> Selection {
    if format == Format::Text && kind == PageKind::Article {
        Selection::Threshold
    } else {
        Selection::ExpectedF1
    }
}

/// Re-decides the body blocks of `article` with `model`, and tells the page's kind: the body
/// is first decided with the fixed threshold, the kind read from that, and a page that is not an
/// article decided again by expected F1. Blocks used as fields are left alone. A block the model
/// trims keeps the rules' reason when the rules trimmed it too; otherwise it gets the reason its
/// strongest trait gives.
pub fn apply(
    article: &mut Article,
    rows: &[Row],
    hints: &PageHints,
    model: &Model,
) -> (Vec<f32>, PageKind) {
    let margins = model.margins(rows);
    let as_the_rules_left_them: Vec<(bool, Role, Reason)> = article
        .blocks
        .iter()
        .map(|b| (b.keep, b.role, b.reason.clone()))
        .collect();
    apply_margins(article, rows, &margins, KEEP_MARGIN, Selection::Threshold);
    let kind = model.kind_of(article, rows, hints);
    let selection = selection_for(article.format, kind);
    if selection != Selection::Threshold {
        for (b, (keep, role, reason)) in article.blocks.iter_mut().zip(as_the_rules_left_them) {
            b.keep = keep;
            b.role = role;
            b.reason = reason;
        }
        apply_margins(article, rows, &margins, KEEP_MARGIN, selection);
    }
    (margins, kind)
}

/// [`apply`] with the margins already computed, a keep threshold and a selection (training
/// scores pages with fold models and tries thresholds).
pub fn apply_margins(
    article: &mut Article,
    rows: &[Row],
    margins: &[f32],
    keep_margin: f32,
    selection: Selection,
) {
    if rows.len() < MIN_BLOCKS {
        return;
    }
    let body: Vec<usize> = (0..article.blocks.len().min(margins.len()))
        .filter(|&i| {
            let b = &article.blocks[i];
            b.role.is_body() && !matches!(b.reason, Reason::UsedAsField { .. })
        })
        .collect();
    let body_margins: Vec<f32> = body.iter().map(|&i| margins[i] - keep_margin).collect();
    let body_words: Vec<usize> = match selection {
        Selection::Threshold => Vec::new(),
        Selection::ExpectedF1 => body
            .iter()
            .map(|&i| word_count(&article.blocks[i].text))
            .collect(),
    };
    let mut keep = match selection {
        Selection::Threshold => body_margins.iter().map(|&m| m > 0.0).collect(),
        Selection::ExpectedF1 => {
            let mut keep = expected_f1_choice(&body_margins, &body_words);
            for (k, &m) in keep.iter_mut().zip(&body_margins) {
                *k &= m > UNLIKELY_MARGIN;
            }
            keep
        }
    };
    // The rules' article, when the model would keep next to none of it: a short page of short
    // paragraphs (no block long enough to look like a news story's prose) reads to the model as
    // a menu, while the rules found its one container of text.
    let model_kept = body.iter().zip(&keep).filter(|(_, k)| **k).map(|(&i, _)| i);
    let rules_kept = body.iter().copied().filter(|&i| article.blocks[i].keep);
    if !has_words(article, model_kept, KEEP_RULES_MIN_WORDS)
        && has_words(article, rules_kept, KEEP_RULES_MIN_WORDS)
    {
        for (k, &i) in keep.iter_mut().zip(&body) {
            *k |= article.blocks[i].keep;
        }
    }
    // Never an empty clipping: when the model keeps nothing, the most likely blocks stay.
    if !keep.iter().any(|k| *k)
        && let Some(best) = body.iter().map(|&i| margins[i]).max_by(f32::total_cmp)
    {
        for (k, &i) in keep.iter_mut().zip(&body) {
            *k = margins[i] >= best - 1.0;
        }
    }
    for (&i, &k) in body.iter().zip(&keep) {
        let row = &rows[i];
        let b = &mut article.blocks[i];
        // What the rules recognised by its words (a newsletter prompt, a cookie notice, a share
        // row) or by a teaser card's shape (a headline glued to a summary cut off with "…")
        // stays trimmed: those signs are precise, and a person expects such blocks gone.
        let recognised = row[at!("junk")] > 0.5
            || (row[at!("glued_teaser")] > 0.5 && row[at!("ellipsis_end")] > 0.5);
        if k == b.keep || (k && recognised) {
            continue;
        }
        b.keep = k;
        if k {
            b.reason = if b.role == Role::Heading {
                Reason::ArticleHeading
            } else {
                Reason::ArticleText
            };
            if b.role == Role::Boilerplate {
                b.role = Role::Paragraph;
            }
        } else {
            b.reason = trim_reason(row);
        }
    }
}

/// Whether `blocks` of `article` hold at least `n` words, counted only as far as `n` (most pages
/// reach it within a block or two).
fn has_words(article: &Article, mut blocks: impl Iterator<Item = usize>, n: usize) -> bool {
    let mut words = 0;
    blocks.any(|i| {
        words += word_count(&article.blocks[i].text);
        words >= n
    })
}

/// Words in a block as the benchmarks count them: runs of letters and digits.
fn word_count(text: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    if text.is_ascii() {
        for b in text.bytes() {
            let word_char = b.is_ascii_alphanumeric() || b == b'_';
            count += usize::from(word_char && !in_word);
            in_word = word_char;
        }
        return count;
    }
    for c in text.chars() {
        let word_char = c.is_alphanumeric() || c == '_';
        count += usize::from(word_char && !in_word);
        in_word = word_char;
    }
    count
}

/// Which blocks to keep so that the page's expected word-level F1 is highest, given each block's
/// log-odds of being main content and its word count.
///
/// A fixed threshold keeps every block the model is more sure of than not. But how much of a
/// page to keep depends on the page: where the model is unsure of most of it (a listing, a
/// product page), leaving out a block that is content costs more than keeping one that isn't.
/// With probabilities `p` and word counts `w`, keeping a set `S` has expected F1 of about
/// `2·Σ_S p·w / (Σ_S w + Σ_all p·w)`; the best set is the most likely blocks down to some
/// rank, so each prefix of the blocks sorted by probability is tried. (The best prefix keeps a
/// block when its probability is above half the F1 it reaches: on a page the model is sure of
/// that is the usual threshold; on an uncertain page it keeps more.)
pub fn expected_f1_choice(margins: &[f32], words: &[usize]) -> Vec<bool> {
    let n = margins.len().min(words.len());
    let probability: Vec<f64> = margins[..n]
        .iter()
        .map(|&m| 1.0 / (1.0 + (-f64::from(m)).exp()))
        .collect();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| probability[b].total_cmp(&probability[a]).then(a.cmp(&b)));
    let expected_content: f64 = (0..n).map(|i| probability[i] * words[i] as f64).sum();
    let mut best = (0.0f64, 0usize);
    let mut hits = 0.0f64;
    let mut kept_words = 0.0f64;
    for (rank, &i) in order.iter().enumerate() {
        hits += probability[i] * words[i] as f64;
        kept_words += words[i] as f64;
        let denominator = kept_words + expected_content;
        if denominator > 0.0 {
            let f1 = 2.0 * hits / denominator;
            if f1 > best.0 {
                best = (f1, rank + 1);
            }
        }
    }
    let mut keep = vec![false; n];
    for &i in &order[..best.1] {
        keep[i] = true;
    }
    keep
}

/// The reason a person reads for a block the model trimmed: its most telling trait.
fn trim_reason(row: &Row) -> Reason {
    let at = |k: usize| row[k];
    let cue = |c: Cue| has_cue(row, c);
    if at(at!("link_density")) > 0.5 || cue(Cue::Nav) || cue(Cue::TagNav) {
        Reason::Navigation
    } else if cue(Cue::Comment) {
        Reason::Comments
    } else if cue(Cue::Related) || cue(Cue::Card) {
        Reason::RelatedLinks
    } else if cue(Cue::Share) {
        Reason::ShareButtons
    } else if cue(Cue::Footer) || cue(Cue::TagFooter) {
        Reason::CopyrightFooter
    } else if cue(Cue::Ad) {
        Reason::Advertisement
    } else if at(at!("date_line")) > 0.5 || cue(Cue::Meta) {
        Reason::Metadata
    } else if at(at!("same_text_count")) > 1.5 {
        Reason::RelatedLinks
    } else {
        Reason::OutsideArticle
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn expected_f1_keeps_more_of_an_uncertain_page() {
        // A page the model is sure of: the usual threshold.
        assert_eq!(
            expected_f1_choice(&[4.0, 3.0, -3.0, -4.0], &[50, 40, 30, 20]),
            vec![true, true, false, false]
        );
        // Unsure of everything: a block a little less likely than not is still worth keeping.
        assert_eq!(
            expected_f1_choice(&[0.4, -0.3, -4.0], &[50, 40, 30]),
            vec![true, true, false]
        );
        // Nothing likely: the likeliest block alone, never nothing.
        assert_eq!(
            expected_f1_choice(&[-5.0, -3.0], &[10, 10]),
            vec![false, true]
        );
        assert_eq!(word_count("Hello, wide world_2 — ok"), 4);
    }

    use super::*;
    use crate::extract::Block;

    #[test]
    fn the_rules_body_stands_when_the_model_would_keep_next_to_none_of_it() {
        // A short post of short paragraphs: the rules kept them all, the model only a heading.
        let paragraph = "A short paragraph of plain words, as a small blog writes them.";
        let mut blocks = vec![Block::new(
            "Notes",
            Role::Heading,
            true,
            Reason::ArticleHeading,
        )];
        blocks.extend(
            (0..8).map(|_| Block::new(paragraph, Role::Paragraph, true, Reason::ArticleText)),
        );
        let n = blocks.len();
        let mut article = Article {
            blocks,
            ..Article::default()
        };
        let rows = vec![[0f32; N_FEATURES]; n];
        let mut margins = vec![-3.0f32; n];
        margins[0] = 2.0;
        let mut decided = article.clone();
        apply_margins(
            &mut decided,
            &rows,
            &margins,
            KEEP_MARGIN,
            Selection::Threshold,
        );
        assert!(
            decided.blocks.iter().all(|b| b.keep),
            "{:?}",
            decided.blocks
        );
        // With the rules' body as short as the model's, the model decides.
        for b in &mut article.blocks[3..] {
            b.keep = false;
        }
        apply_margins(
            &mut article,
            &rows,
            &margins,
            KEEP_MARGIN,
            Selection::Threshold,
        );
        assert_eq!(article.blocks.iter().filter(|b| b.keep).count(), 1);
    }

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
    fn feature_names_are_unique() {
        let mut names = FEATURE_NAMES.to_vec();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), N_FEATURES);
        assert_eq!(FEATURE_NAMES[FIRST_CUE], "cue_comment");
    }

    #[test]
    fn a_forest_walks_to_its_leaves() {
        let features: Vec<String> = FEATURE_NAMES.iter().map(|s| s.to_string()).collect();
        let forest = Forest::new(
            features,
            0.5,
            vec![vec![
                Node::Split(2, 0.2, 1, 2),
                Node::Leaf(-1.0),
                Node::Leaf(2.0),
            ]],
        );
        let mut row = [0f32; N_FEATURES];
        assert_eq!(forest.margin(&row), -0.5);
        row[2] = 0.3;
        assert_eq!(forest.margin(&row), 2.5);
        assert_eq!(forest.check(FEATURE_NAMES), Ok(()));
        assert!(forest.check(PAGE_FEATURE_NAMES).is_err());
        let mut broken = forest.clone();
        broken.trees[0][0] = Node::Split(2, 0.2, 7, 2);
        assert!(broken.check(FEATURE_NAMES).is_err());
    }

    #[test]
    fn padded_trees_add_what_the_node_walk_adds() {
        // An uneven tree (a leaf at the first level, splits below the other side) and rows that
        // fall on thresholds, either side of them, out of the row, and NaN.
        let forest = Forest::new(
            vec!["a".into(), "b".into()],
            0.25,
            vec![
                vec![
                    Node::Split(0, 0.5, 1, 2),
                    Node::Leaf(-1.5),
                    Node::Split(1, 2.0, 3, 4),
                    Node::Split(0, 3.0, 5, 6),
                    Node::Leaf(0.75),
                    Node::Leaf(0.125),
                    Node::Leaf(-0.0625),
                ],
                vec![Node::Leaf(0.3)],
            ],
        );
        for row in [
            vec![0.0, 0.0],
            vec![0.5, 2.0],
            vec![3.0, 1.0],
            vec![2.9, 1.9],
            vec![f32::NAN, 1.0],
            vec![1.0, f32::NAN],
            vec![1.0],
            vec![],
        ] {
            assert_eq!(
                forest.margin(&row).to_bits(),
                forest.walk(&row).to_bits(),
                "{row:?}"
            );
        }
        // The shipped forests, on rows made of their own thresholds.
        for format in [Format::Html, Format::Text] {
            let model = shipped(format).expect("the model files parse and match the engine");
            let forests = [&model.blocks, &model.page]
                .into_iter()
                .chain(&model.kinds)
                .chain(&model.title);
            for forest in forests {
                let thresholds: Vec<f32> = forest
                    .trees
                    .iter()
                    .flatten()
                    .filter_map(|n| match n {
                        Node::Split(_, t, _, _) => Some(*t),
                        Node::Leaf(_) => None,
                    })
                    .collect();
                for shift in 0..40 {
                    let row: Vec<f32> = (0..forest.features.len())
                        .map(|k| thresholds[(k * 7 + shift * 13) % thresholds.len()])
                        .collect();
                    assert_eq!(forest.margin(&row).to_bits(), forest.walk(&row).to_bits());
                }
            }
        }
    }

    #[test]
    fn nodes_read_as_the_untagged_form_reads_them() {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Untagged {
            Leaf(f32),
            Split(u16, f32, u32, u32),
        }
        #[derive(Deserialize)]
        struct Trees {
            trees: Vec<Vec<Untagged>>,
        }
        let same = |node: &Node, untagged: &Untagged| match (node, untagged) {
            (Node::Leaf(a), Untagged::Leaf(b)) => a.to_bits() == b.to_bits(),
            (Node::Split(f, t, l, r), Untagged::Split(g, u, m, s)) => {
                (f, t.to_bits(), l, r) == (g, u.to_bits(), m, s)
            }
            _ => false,
        };
        for file in [
            include_str!("model/html.json"),
            include_str!("model/text.json"),
        ] {
            let model = Model::from_json(file).expect("the model parses");
            let raw: serde_json::Value = serde_json::from_str(file).expect("JSON");
            let forests = [&model.blocks, &model.page]
                .into_iter()
                .chain(&model.kinds)
                .chain(&model.title);
            let raw_forests = [&raw["blocks"], &raw["page"]]
                .into_iter()
                .chain(raw["kinds"].as_array().into_iter().flatten())
                .chain(Some(&raw["title"]).filter(|t| !t.is_null()));
            let mut count = 0;
            for (forest, raw) in forests.zip(raw_forests) {
                let untagged = Trees::deserialize(raw).expect("the untagged form parses");
                assert_eq!(forest.trees.len(), untagged.trees.len());
                for (tree, other) in forest.trees.iter().zip(&untagged.trees) {
                    assert_eq!(tree.len(), other.len());
                    assert!(tree.iter().zip(other).all(|(a, b)| same(a, b)));
                }
                count += 1;
            }
            assert_eq!(
                count,
                2 + model.kinds.len() + usize::from(model.title.is_some())
            );
        }
        for (text, ok) in [
            ("0", true),
            ("-2", true),
            ("0.5", true),
            ("[1, 0.5, 1, 2]", true),
            ("[1, 0.5, 1]", false),
            ("[1, 0.5, 1, 2, 3]", false),
            ("[70000, 0.5, 1, 2]", false),
            ("\"x\"", false),
        ] {
            assert_eq!(serde_json::from_str::<Node>(text).is_ok(), ok, "{text}");
        }
    }

    #[test]
    fn the_shipped_models_load() {
        for format in [Format::Html, Format::Text] {
            let model = shipped(format).expect("the model files parse and match the engine");
            assert!(!model.blocks.trees.is_empty());
        }
    }
}
