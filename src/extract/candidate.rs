//! What the segmenters hand to the engine's later stages: each [`Candidate`] block, the page's
//! [`Metadata`], and the [`Features`] measured once per block, with the thresholds on those
//! features that every stage reads.

use super::{Published, Reason, Role};

/// What the segmenter (text or HTML) knows about a candidate block before classification.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Candidate {
    pub text: String,
    /// The block as inline Markdown (links and marks kept, page text escaped); `None` when that
    /// is just `text` escaped.
    pub markdown: Option<String>,
    /// The structural role: Paragraph, Heading, ListItem or Quote.
    pub role: Option<Role>,
    /// Characters of the text that sit inside links (HTML only).
    pub link_chars: usize,
    /// A boilerplate verdict from the page's structure (`<nav>`, class "share", …), HTML only.
    pub structure_hint: Option<Reason>,
    /// For HTML: whether the block lies inside the container chosen as the article.
    pub in_main: Option<bool>,
    /// For HTML: the block is a `<figcaption>` or similar.
    pub caption: bool,
    /// For pasted text: a blank line came before this line.
    pub after_blank: bool,
}

impl Candidate {
    /// A plain paragraph candidate.
    pub fn text(text: impl Into<String>) -> Self {
        Candidate {
            text: text.into(),
            ..Candidate::default()
        }
    }
}

/// Fields known from the page's metadata before looking at the blocks (HTML `<meta>`, JSON-LD).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Metadata {
    pub title: Option<String>,
    pub site: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<Published>,
    pub url: Option<String>,
    pub summary: Option<String>,
}

/// Blocks of at most this many words with no sentence punctuation are menu-like.
pub const SHORT_MAX_WORDS: usize = 4;
/// In HTML, blocks whose text is more than this share links are navigation or teasers.
pub const LINK_DENSITY_MAX: f32 = 0.5;
/// Measurements of one block, computed once.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Features {
    pub chars: usize,
    pub words: usize,
    pub stop_ratio: f32,
    pub cjk: bool,
    /// Stop words of each language in `STOP_WORDS` order.
    pub per_language: [u16; 16],
    /// ", " occurrences (sentence shape for languages without a stop-word list).
    pub commas: usize,
    /// CJK sentence punctuation marks (。，！？、) in the block.
    pub cjk_sentences: usize,
    /// Ends in sentence punctuation (., !, ?, 。, …, or a closing quote after them).
    pub sentence_end: bool,
    /// Ends in "..." or "…" right after a word: a truncated teaser.
    pub ellipsis_end: bool,
    /// A headline glued to its summary ("…Strike PossibleThe United Auto Workers…"): the
    /// `innerText` of a teaser card.
    pub glued_teaser: bool,
    pub link_density: f32,
    /// A rule recognised what the block is (newsletter prompt, copyright line, …).
    pub junk: Option<Reason>,
    /// The block parses as a date line.
    pub date_line: bool,
}
