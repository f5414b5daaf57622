//! What kind of page this is: an article, a forum or Q&A thread, documentation, a product, a
//! listing, a collection or a service page.
//!
//! A person clipping a forum thread wants every post, from a doc page its code and tables, from
//! a product its description and specs. The kind is told from what the page says about itself
//! (schema.org and OpenGraph types, the words of its address), the shape of its blocks (how much
//! is prose, lists, links, code; what its containers' classes say) and a few words that name the
//! kind in many pages ("reply", "add to cart", "parameters"). A small learned model, trained with
//! the block model by `cargo run --release --example train`, weighs them; it lives in the same
//! model file.

use super::forest::Forest;
use super::inputs::{self, Cue, Row, at};
// The kind itself is part of the data model (an `Article` carries it).
pub use super::model::PageKind;
use super::util::lower::lowercase;
use super::{Article, Role};

/// What a page says about itself outside its text: its address and its declared types
/// (JSON-LD `@type`, OpenGraph `og:type`), lower-cased.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageHints {
    pub url: Option<String>,
    pub types: Vec<String>,
    /// Bytes of prose-length text inside hidden elements that were not read (see
    /// [`super::fallback`]).
    pub hidden_prose: usize,
    /// Bytes of all text inside hidden elements that were not read.
    pub hidden_text: usize,
    /// The page's `<title>` up to its first " | ", " - " or like separator: what a page names
    /// itself, without the site. A service page's `<h1>` is often a slogan ("Insurance to help
    /// protect you") where this names the service.
    pub document_title: Option<String>,
    /// The headline the metadata chose (an `<h1>`) and the part of the page's title that holds
    /// it and says a little more: the note's title when the headline stays the title.
    pub title_in_full: Option<(String, String)>,
    /// HTML with no `<title>` and none of a page's furniture (menus, page header and footer,
    /// sidebars): a selection copied from a page, not the page.
    pub selection: bool,
    /// The page declares itself written for the United States (`<html lang="en-US">`,
    /// `og:locale` `en_US`), where a numeric date is written month first ("03-09-2026" is
    /// March 9).
    pub month_first: bool,
}

/// Words that name a kind, in groups; a group's feature is how many of its words the page's text
/// holds (the page's own words, never a site's).
const PHRASES: &[(&str, &[&str])] = &[
    (
        "forum",
        &[
            "reply",
            "replies",
            "posts:",
            "joined:",
            "member",
            "quote",
            "thread",
            "answered",
            "asked",
            "votes",
            "upvote",
            "forum",
            "topic",
            "moderator",
            "registered",
            "antworten",
            "beitrag",
            "réponse",
            "respuesta",
        ],
    ),
    (
        "product",
        &[
            "add to cart",
            "add to bag",
            "add to basket",
            "in stock",
            "out of stock",
            "sku",
            "shipping",
            "buy now",
            "quantity",
            "in den warenkorb",
            "ajouter au panier",
            "añadir al carrito",
            "free delivery",
            "warranty",
            "specifications",
        ],
    ),
    (
        "docs",
        &[
            "parameters",
            "returns",
            "example",
            "function",
            "install",
            "documentation",
            "syntax",
            "configuration",
            "reference",
            "deprecated",
            "arguments",
            "api",
        ],
    ),
    (
        "service",
        &[
            "contact us",
            "our services",
            "get a quote",
            "free consultation",
            "appointment",
            "request a",
            "call us",
            "our team",
            "get started",
            "pricing",
            "solutions",
            "book a",
        ],
    ),
    (
        "listing",
        &[
            "read more",
            "next page",
            "sort by",
            "filter",
            "showing",
            "results",
            "load more",
            "view all",
            "previous",
            "older posts",
            "weiterlesen",
            "lire la suite",
        ],
    ),
    (
        "article",
        &[
            "min read",
            "minutes read",
            "published",
            "updated",
            "written by",
            "posted by",
            "share this",
            "related articles",
            "comments",
        ],
    ),
];

/// Words of a page's address that name a kind.
const URL_WORDS: &[(&str, &[&str])] = &[
    (
        "forum",
        &[
            "forum",
            "forums",
            "thread",
            "threads",
            "topic",
            "topics",
            "questions",
            "community",
            "discuss",
            "discussion",
            "t",
            "showthread",
            "viewtopic",
            "answers",
        ],
    ),
    (
        "product",
        &[
            "product", "products", "shop", "item", "p", "dp", "buy", "store", "produkt", "produit",
        ],
    ),
    (
        "docs",
        &[
            "docs",
            "doc",
            "documentation",
            "api",
            "reference",
            "manual",
            "guide",
            "guides",
            "learn",
            "tutorial",
            "wiki",
            "help",
            "kb",
            "support",
        ],
    ),
    (
        "collection",
        &[
            "category",
            "categories",
            "collections",
            "collection",
            "tag",
            "tags",
            "archive",
            "search",
            "c",
            "list",
            "shop-all",
            "catalog",
        ],
    ),
    (
        "service",
        &[
            "services",
            "service",
            "solutions",
            "pricing",
            "about",
            "contact",
            "company",
            "features",
            "plans",
            "careers",
        ],
    ),
    (
        "article",
        &[
            "blog", "news", "article", "articles", "story", "post", "posts", "stories",
        ],
    ),
];

/// Declared types that name a kind (JSON-LD `@type`, `og:type`).
const TYPE_WORDS: &[(&str, &[&str])] = &[
    (
        "article",
        &[
            "article",
            "newsarticle",
            "blogposting",
            "report",
            "recipe",
            "reportagenewsarticle",
        ],
    ),
    (
        "forum",
        &[
            "qapage",
            "discussionforumposting",
            "question",
            "answer",
            "socialmediaposting",
        ],
    ),
    (
        "product",
        &[
            "product",
            "offer",
            "aggregateoffer",
            "productgroup",
            "og:product",
        ],
    ),
    (
        "collection",
        &[
            "collectionpage",
            "itemlist",
            "searchresultspage",
            "offercatalog",
            "blog",
        ],
    ),
    ("docs", &["techarticle", "apireference", "howto", "faqpage"]),
    (
        "service",
        &[
            "service",
            "localbusiness",
            "organization",
            "professionalservice",
            "corporation",
            "website",
        ],
    ),
];

/// The inputs of the kind model, in row order.
pub const KIND_FEATURE_NAMES: &[&str] = &[
    "log_blocks",
    "log_chars",
    "kept_share",
    "kept_chars_share",
    "prose_share",
    "heading_share",
    "list_share",
    "kept_list_share",
    "quote_share",
    "mean_link_density",
    "teaser_share",
    "repeated_share",
    "digits_share",
    "has_author",
    "has_date",
    "has_url",
    "cue_post",
    "cue_comment",
    "cue_product",
    "cue_docs",
    "cue_card",
    "cue_review",
    "cue_content",
    "tag_pre",
    "tag_table",
    "tag_article",
    "tag_form",
    "phrase_forum",
    "phrase_product",
    "phrase_docs",
    "phrase_service",
    "phrase_listing",
    "phrase_article",
    "url_forum",
    "url_product",
    "url_docs",
    "url_collection",
    "url_service",
    "url_article",
    "url_depth",
    "url_has_year",
    "url_root",
    "type_article",
    "type_forum",
    "type_product",
    "type_collection",
    "type_docs",
    "type_service",
    "price_marks",
    "grid_share",
    "largest_template_share",
    "linked_heading_share",
];

/// A card grid's template repeats at least this many times…
const GRID_MIN_BLOCKS: f32 = 6.0;
/// …nearly each time in a parent of its own.
const GRID_MIN_PARENT_SHARE: f32 = 0.8;

/// The kind model's inputs for one page.
pub fn kind_row(article: &Article, rows: &[Row], hints: &PageHints) -> Vec<f32> {
    let mut r = vec![0f32; KIND_FEATURE_NAMES.len()];
    let mut set = |name: &str, v: f32| {
        if let Some(i) = KIND_FEATURE_NAMES.iter().position(|n| *n == name) {
            r[i] = v;
        }
    };
    let blocks = &article.blocks;
    let n = blocks.len().max(1) as f32;
    let chars: usize = blocks.iter().map(|b| b.text.len()).sum();
    let kept: Vec<_> = article.kept_body().collect();
    let kept_chars: usize = kept.iter().map(|b| b.text.len()).sum();
    set("log_blocks", n.ln_1p());
    set("log_chars", (chars as f32).ln_1p());
    set("kept_share", kept.len() as f32 / n);
    set("kept_chars_share", kept_chars as f32 / chars.max(1) as f32);
    let share =
        |f: &dyn Fn(&super::Block) -> bool| blocks.iter().filter(|b| f(b)).count() as f32 / n;
    set("heading_share", share(&|b| b.role == Role::Heading));
    set("list_share", share(&|b| b.role == Role::ListItem));
    set("quote_share", share(&|b| b.role == Role::Quote));
    set(
        "kept_list_share",
        kept.iter().filter(|b| b.role == Role::ListItem).count() as f32 / kept.len().max(1) as f32,
    );
    let rows_n = rows.len().max(1) as f32;
    let mean = |name: &str| {
        let k = inputs::feature_index(name);
        rows.iter().map(|r| r[k]).sum::<f32>() / rows_n
    };
    let repeats = inputs::feature_index("same_text_count");
    set("prose_share", mean("class_good"));
    set("mean_link_density", mean("link_density"));
    set("teaser_share", mean("ellipsis_end"));
    set(
        "repeated_share",
        rows.iter().filter(|r| r[repeats] > 1.5).count() as f32 / rows_n,
    );
    set("digits_share", mean("digits_share"));
    // A grid of cards (a listing's teasers, a shop's products): many blocks of one template, each
    // in a parent of its own; and headings that are links (each card's title).
    let (mut grid, mut largest_template, mut headings, mut linked_headings) = (0usize, 0f32, 0, 0);
    for r in rows {
        grid += usize::from(
            r[at!("template_log_blocks")] >= GRID_MIN_BLOCKS.ln_1p()
                && r[at!("template_parent_share")] >= GRID_MIN_PARENT_SHARE,
        );
        largest_template = largest_template.max(r[at!("template_chars_share")]);
        if r[at!("role_heading")] > 0.5 {
            headings += 1;
            linked_headings += usize::from(r[at!("link_density")] > 0.5);
        }
    }
    set("grid_share", grid as f32 / rows_n);
    set("largest_template_share", largest_template);
    set(
        "linked_heading_share",
        linked_headings as f32 / headings.max(1) as f32,
    );
    for (name, cue) in [
        ("cue_post", Cue::Post),
        ("cue_comment", Cue::Comment),
        ("cue_product", Cue::Product),
        ("cue_docs", Cue::Docs),
        ("cue_card", Cue::Card),
        ("cue_review", Cue::Review),
        ("cue_content", Cue::Content),
        ("tag_pre", Cue::TagPre),
        ("tag_table", Cue::TagTable),
        ("tag_article", Cue::TagArticle),
        ("tag_form", Cue::TagForm),
    ] {
        set(
            name,
            rows.iter().filter(|r| inputs::has_cue(r, cue)).count() as f32 / rows_n,
        );
    }
    set("has_author", flag(!article.authors.is_empty()));
    set("has_date", flag(article.published.is_some()));
    set(
        "has_url",
        flag(hints.url.is_some() || article.url.is_some()),
    );

    // The page's words, lower-cased once, for the phrase groups (a bounded prefix: the words
    // that tell the kind sit in menus, buttons and the first posts).
    let mut text = String::new();
    for b in blocks {
        if text.len() > 60_000 {
            break;
        }
        if b.text.is_ascii() {
            // The same as `to_lowercase` for ASCII, without a string per block.
            let start = text.len();
            text.push_str(&b.text);
            text[start..].make_ascii_lowercase();
        } else {
            text.push_str(&lowercase(&b.text));
        }
        text.push('\n');
    }
    let found = PhraseIndex::get().found_in(&text);
    let mut entry = 0;
    for (group, words) in PHRASES {
        let hits = words
            .iter()
            .zip(&PhraseIndex::get().entry_pattern[entry..])
            .filter(|(_, p)| found[**p])
            .count();
        entry += words.len();
        set(&format!("phrase_{group}"), hits as f32);
    }
    set("price_marks", (price_marks(&text) as f32).ln_1p());

    let url = page_address(hints, article.url.as_deref());
    let path = super::address::path_and_after(url).to_ascii_lowercase();
    let segments = path_words(&path);
    let declared = declared_from(hints, &segments);
    let (types, urls) = declared.split_at(TYPE_WORDS.len());
    for ((group, _), &hit) in URL_WORDS.iter().zip(urls) {
        set(&format!("url_{group}"), hit);
    }
    set(
        "url_depth",
        path.split('/').filter(|s| !s.is_empty()).count() as f32,
    );
    set(
        "url_has_year",
        flag(segments.iter().any(|s| {
            s.len() == 4 && (s.starts_with("19") || s.starts_with("20")) && s.parse::<u16>().is_ok()
        })),
    );
    set("url_root", flag(!url.is_empty() && segments.is_empty()));
    for ((group, _), &hit) in TYPE_WORDS.iter().zip(types) {
        set(&format!("type_{group}"), hit);
    }
    r
}

fn flag(b: bool) -> f32 {
    if b { 1.0 } else { 0.0 }
}

/// How many `$`, `€`, `£` and `¥` signs `text` holds, found by their UTF-8 bytes (a character's
/// bytes never appear inside another's) rather than by decoding every character.
fn price_marks(text: &str) -> usize {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(b'$', 0xC2, 0xE2, bytes)
        .filter(|&i| match bytes[i] {
            b'$' => true,
            // "£" and "¥".
            0xC2 => matches!(bytes.get(i + 1), Some(0xA3 | 0xA5)),
            // "€".
            _ => bytes.get(i + 1..i + 3) == Some(&[0x82, 0xAC][..]),
        })
        .count()
}

/// All of [`PHRASES`] in one automaton: one pass over the page's text tells which of them occur,
/// instead of a pass per phrase.
struct PhraseIndex {
    automaton: aho_corasick::AhoCorasick,
    /// Each entry of [`PHRASES`], group after group: its pattern (each distinct phrase is one).
    entry_pattern: Vec<usize>,
    patterns: usize,
}

impl PhraseIndex {
    fn get() -> &'static PhraseIndex {
        static INDEX: std::sync::OnceLock<PhraseIndex> = std::sync::OnceLock::new();
        INDEX.get_or_init(|| {
            let mut patterns: Vec<&str> = Vec::new();
            let mut entry_pattern = Vec::new();
            for word in PHRASES.iter().flat_map(|(_, words)| words.iter()) {
                let p = patterns.iter().position(|q| q == word).unwrap_or_else(|| {
                    patterns.push(word);
                    patterns.len() - 1
                });
                entry_pattern.push(p);
            }
            // Standard semantics: overlapping search then reports every occurrence of every
            // phrase, so a phrase inside another's match is still seen (as `contains` sees it).
            let automaton = aho_corasick::AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(&patterns)
                .expect("the phrase lists are small literal strings");
            PhraseIndex {
                automaton,
                entry_pattern,
                patterns: patterns.len(),
            }
        })
    }

    /// Whether each phrase (by pattern) occurs in `text`.
    fn found_in(&self, text: &str) -> Vec<bool> {
        let mut found = vec![false; self.patterns];
        for m in self.automaton.find_overlapping_iter(text) {
            found[m.pattern().as_usize()] = true;
        }
        found
    }
}

/// The kind whose forest gives the page the highest margin.
pub fn decide(forests: &[Forest], row: &[f32]) -> PageKind {
    forests
        .iter()
        .zip(PageKind::ALL)
        .map(|(f, k)| (f.margin(row), k))
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map_or(PageKind::Article, |(_, k)| k)
}

/// How many of a page's declarations [`declared`] reads.
pub const N_DECLARED: usize = TYPE_WORDS.len() + URL_WORDS.len();

/// What a page declares itself, the same for each of its blocks: a flag for each page-kind group
/// its structured data's types fall in, then for each its address's words fall in.
pub type Declared = [f32; N_DECLARED];

/// The page's [`Declared`] flags from its hints and its address (`url` when the hints have none).
pub fn declared(hints: &PageHints, url: Option<&str>) -> Declared {
    let path = super::address::path_and_after(page_address(hints, url)).to_ascii_lowercase();
    declared_from(hints, &path_words(&path))
}

/// [`declared`] from the words of the page's address path ([`path_words`]), for a caller that
/// has them already.
fn declared_from(hints: &PageHints, segments: &[&str]) -> Declared {
    let mut flags = [0f32; N_DECLARED];
    for (flag_of, (_, words)) in flags.iter_mut().zip(TYPE_WORDS) {
        *flag_of = flag(hints.types.iter().any(|t| words.contains(&t.as_str())));
    }
    for (flag_of, (_, words)) in flags[TYPE_WORDS.len()..].iter_mut().zip(URL_WORDS) {
        *flag_of = flag(segments.iter().any(|s| words.contains(s)));
    }
    flags
}

/// Whether the page's structured data calls it an article (a news article, a blog post, a
/// recipe…) and not a thread or a question.
pub fn declares_an_article(hints: &PageHints) -> bool {
    let declares = |group: &str| {
        TYPE_WORDS
            .iter()
            .filter(|(g, _)| *g == group)
            .any(|(_, words)| hints.types.iter().any(|t| words.contains(&t.as_str())))
    };
    declares("article") && !declares("forum")
}

/// The page's address: the one its hints give, else `url` (the metadata's), else none.
fn page_address<'a>(hints: &'a PageHints, url: Option<&'a str>) -> &'a str {
    hints.url.as_deref().or(url).unwrap_or("")
}

/// The words of an address's path (lower-cased by the caller), split at anything but letters,
/// digits and hyphens.
fn path_words(path: &str) -> Vec<&str> {
    path.split(|c: char| !c.is_ascii_alphanumeric() && c != '-')
        .filter(|s| !s.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_article_is_what_the_structured_data_calls_one_and_not_a_thread() {
        let typed = |types: &[&str]| PageHints {
            types: types.iter().map(|t| t.to_string()).collect(),
            ..PageHints::default()
        };
        assert!(declares_an_article(&typed(&["newsarticle"])));
        assert!(declares_an_article(&typed(&[
            "blogposting",
            "organization"
        ])));
        assert!(!declares_an_article(&typed(&[
            "article",
            "discussionforumposting"
        ])));
        assert!(!declares_an_article(&typed(&["product"])));
        assert!(!declares_an_article(&PageHints::default()));
    }

    #[test]
    fn price_marks_are_counted_as_characters() {
        for text in [
            "",
            "$5, €6, £7 and ¥8",
            "€€$$££¥¥",
            "no prices: ¢ ₤ ₹ Â£ ©",
            "café – “quoted” $",
        ] {
            assert_eq!(
                price_marks(text),
                text.matches(['$', '€', '£', '¥']).count(),
                "{text}"
            );
        }
    }

    #[test]
    fn a_grid_of_linked_cards_is_measured_from_the_blocks_templates() {
        use crate::extract::inputs::{N_FEATURES, feature_index};
        // Twelve cards, each a linked heading and a blurb in a parent of its own (one template
        // of 24 blocks, 60% of the page's characters), and a paragraph and a heading of text.
        let mut rows = Vec::new();
        for _ in 0..12 {
            for heading in [true, false] {
                let mut r = [0f32; N_FEATURES];
                r[feature_index("template_log_blocks")] = 24f32.ln_1p();
                r[feature_index("template_parent_share")] = 1.0;
                r[feature_index("template_chars_share")] = 0.6;
                r[feature_index("role_heading")] = if heading { 1.0 } else { 0.0 };
                r[feature_index("link_density")] = if heading { 1.0 } else { 0.0 };
                rows.push(r);
            }
        }
        let mut prose = [0f32; N_FEATURES];
        prose[feature_index("template_log_blocks")] = 1f32.ln_1p();
        prose[feature_index("template_parent_share")] = 1.0;
        prose[feature_index("template_chars_share")] = 0.3;
        rows.push(prose);
        prose[feature_index("role_heading")] = 1.0;
        rows.push(prose);
        let row = kind_row(&Article::default(), &rows, &PageHints::default());
        let at = |name: &str| row[KIND_FEATURE_NAMES.iter().position(|n| *n == name).unwrap()];
        assert_eq!(at("grid_share"), 24.0 / 26.0);
        assert_eq!(at("largest_template_share"), 0.6);
        assert_eq!(at("linked_heading_share"), 12.0 / 13.0);
    }

    #[test]
    fn kinds_round_trip_their_names() {
        for k in PageKind::ALL {
            assert_eq!(PageKind::from_name(k.name()), Some(k));
        }
        assert_eq!(PageKind::from_name("category"), Some(PageKind::Collection));
        assert_eq!(PageKind::from_name("blog"), None);
    }

    #[test]
    fn the_address_and_declared_types_are_read() {
        let hints = PageHints {
            selection: false,
            hidden_prose: 0,
            hidden_text: 0,
            document_title: None,
            title_in_full: None,
            url: Some("https://example.org/forum/threads/how-to-fix-a-bike.123/".into()),
            types: vec!["qapage".into()],
            month_first: false,
        };
        let row = kind_row(&Article::default(), &[], &hints);
        let at = |name: &str| {
            row[KIND_FEATURE_NAMES
                .iter()
                .position(|n| *n == name)
                .expect("named")]
        };
        assert_eq!(at("url_forum"), 1.0);
        assert_eq!(at("url_product"), 0.0);
        assert_eq!(at("type_forum"), 1.0);
        assert_eq!(at("url_depth"), 3.0);
    }

    #[test]
    fn the_second_stage_names_the_declarations_in_the_order_they_are_read() {
        let names: Vec<String> = TYPE_WORDS
            .iter()
            .map(|(group, _)| format!("type_{group}"))
            .chain(URL_WORDS.iter().map(|(group, _)| format!("url_{group}")))
            .collect();
        let tail = &crate::extract::learned::PAGE_FEATURE_NAMES
            [crate::extract::learned::N_PAGE_FEATURES - N_DECLARED..];
        assert_eq!(tail, names);

        let hints = PageHints {
            types: vec!["product".into()],
            ..PageHints::default()
        };
        let flags = declared(&hints, Some("https://shop.example/docs/widget"));
        let raised: Vec<&String> = names
            .iter()
            .zip(flags)
            .filter(|(_, f)| *f == 1.0)
            .map(|(n, _)| n)
            .collect();
        assert_eq!(raised, ["type_product", "url_docs"]);
    }
}
