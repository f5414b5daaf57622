//! Keep or trim each block, with a reason.
//!
//! Two steps, kept apart as the house style asks: [`features`] computes what can be measured about
//! a block once (length, sentence shape, stop-word density for the page's language, link density,
//! what its words say); [`classify`] decides with context: it finds the article's main run of
//! prose (jusText-style: good blocks anchor it, short blocks between good ones join it), picks the
//! header fields just above it, and gives every other block the most specific reason it can.

use std::collections::HashMap;

use super::fields::byline::parse_byline;
use super::fields::dates::{find_date, parse_date_line};
use super::fields::header::{TITLE_MAX_WORDS, assign_header_fields, set_field};
use super::fields::site::site_from_lines;
use super::lexicon::phrases::{
    ADVERTISEMENT, AFFILIATE, AUTHOR_BIO, CAPTION_MARKERS, COMMENTS, CONTACT, COOKIE,
    COOKIE_CONTEXT, COPYRIGHT, CREDIT_OPENERS, NEWSLETTER, PROMOTION, RELATED_OPENERS,
    SECOND_PERSON, SHARE_WORDS, UPDATED_OPENERS,
};
use super::lexicon::stopwords::STOP_WORDS;
use super::util::chars::{is_cjk, is_word_char};
use super::util::fnv::FnvBuild;
use super::util::lower::lowercase;
use super::util::normalise::{normalize_into, normalize_limited, normalized};
use super::{Article, Block, Format, Published, Reason, Role};

/// What the segmenter (text or HTML) knows about a candidate block before classification.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Candidate {
    pub text: String,
    /// The block as Markdown (links kept), when it differs from `text`.
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

// ---------------------------------------------------------------------------------------------
// Thresholds. Tuned on the seed and on the scrapinghub corpus's pasted text (181 pages), then
// checked against its HTML: they are deliberately round numbers, not fitted to the third digit.
// ---------------------------------------------------------------------------------------------

/// A block this long (in characters) with enough stop words is prose on its own.
const GOOD_MIN_CHARS: usize = 80;
/// Without sentence punctuation a block must be this long to be prose: headlines of teasers
/// run to ~120 characters.
const GOOD_UNPUNCTUATED_MIN_CHARS: usize = 150;
/// A block ending in sentence punctuation counts as prose from this length.
const GOOD_SENTENCE_MIN_CHARS: usize = 50;
/// jusText's "stopwords_high" halved for a mix of languages: share of words that are stop words.
const STOP_RATIO_PROSE: f32 = 0.20;
/// Below this share of stop words, even long text is a list of names or links.
const STOP_RATIO_MIN: f32 = 0.08;
/// CJK prose: characters per block (no spaces to count words by).
const CJK_GOOD_MIN_CHARS: usize = 40;
/// Blocks of at most this many words with no sentence punctuation are menu-like.
pub const SHORT_MAX_WORDS: usize = 4;
/// A run of this many non-prose blocks ends the article's main run.
const MAX_GAP_BLOCKS: usize = 6;
/// Blocks shorter than this (in bytes) are not searched for stop words: with at most a few
/// words, the class does not depend on them.
const STOP_COUNT_MIN_BYTES: usize = 24;
/// From this many words, a block's own best-fitting language is used for its stop-word ratio.
const BLOCK_LANGUAGE_MIN_WORDS: usize = 12;
/// Comment heads ("Jane on May 5, 2025 at 4:47 pm said:") are short.
const COMMENT_HEADER_MAX_WORDS: usize = 15;
/// Glued teaser headlines: the lower-case run before the capital, and how far into the block
/// the glue is looked for (headlines are under ~150 characters).
const GLUED_MIN_LOWER: usize = 4;
const GLUED_SEARCH_CHARS: usize = 160;
/// A teaser card (headline and summary) has at least this many words.
const GLUED_MIN_WORDS: usize = 6;
/// A page "uses blank lines" once this many prose blocks stand between blank lines.
const MIN_BLANK_SEPARATED_PARAGRAPHS: usize = 2;
/// On such a page, prose lines without blank lines around them count this much.
const TIGHT_LINE_WEIGHT: f32 = 0.3;
/// A second run of prose joins the best one when it has this share of its score and starts or
/// ends within `RUN_MERGE_DISTANCE` blocks of it (an article interrupted by "Most read").
const RUN_MERGE_SHARE: f32 = 0.25;
const RUN_MERGE_DISTANCE: usize = 30;
/// A comments heading only opens the comments once an article-sized run came before it (a
/// "0 Comments" link in the byline does not).
const COMMENTS_MIN_PRIOR_SCORE: f32 = 600.0;
/// One block counts for at most this many characters in a run's score, so a news ticker pasted
/// as one long line does not outweigh an article of several paragraphs.
const BLOCK_SCORE_CAP: usize = 1000;
/// Runs of prose after a comments heading are readers' comments: they count this much.
const COMMENTS_RUN_WEIGHT: f32 = 0.3;
/// Cookie notices are long but unmistakable: their rule applies up to this length.
const COOKIE_RULE_MAX_CHARS: usize = 2000;
/// In HTML, blocks whose text is more than this share links are navigation or teasers.
pub const LINK_DENSITY_MAX: f32 = 0.5;
/// Phrase rules (newsletter, cookie, …) only apply to blocks shorter than this: a long
/// paragraph that mentions a newsletter is still prose.
const PHRASE_RULE_MAX_CHARS: usize = 400;
/// A standfirst (deck) is one or two sentences: at most this many words.
const STANDFIRST_MAX_WORDS: usize = 60;
/// The longest stop word in the lists, in bytes: longer words are not looked up.
const STOP_WORD_MAX_BYTES: usize = 12;
/// Blocks with fewer words than this (menus) are not used to guess the page's language.
const LANGUAGE_SAMPLE_MIN_WORDS: usize = 10;
/// The language guess stops after this many words.
const LANGUAGE_SAMPLE_WORDS: usize = 3000;
/// Date lines are short ("Published 5 May 2025, 14:42 GMT+10 | Updated 6 May 2025").
const DATE_LINE_MAX_CHARS: usize = 120;
/// A date line inside the article has at most this many words ("Published Monday, November
/// 18, 2019 8:22AM EST by The Associated Press").
const DATE_LINE_MAX_WORDS: usize = 14;
/// "Updated at 1:23 p.m.": short lines opening with these words are page metadata.
const UPDATED_LINE_MAX_WORDS: usize = 6;
/// In HTML, a sentence this long stays in the article even when most of it is links.
const LINKED_PROSE_MIN_CHARS: usize = 150;
/// Photo credits are short: "Patrick Semansky/Associated Press".
const PHOTO_CREDIT_MAX_WORDS: usize = 8;
/// Credit lines and author biographies are short.
const CREDIT_LINE_MAX_WORDS: usize = 40;
/// Contact and "follow us" lines are short.
const CONTACT_LINE_MAX_WORDS: usize = 40;
/// A byline or date line within this many blocks of the run's start ends the header.
const HEADER_IN_RUN_BLOCKS: usize = 4;
/// A bio box's heading ("About the author") is looked for among the run's last blocks, and has
/// at most this many words.
const ABOUT_TAIL_BLOCKS: usize = 4;
const ABOUT_HEADING_MAX_WORDS: usize = 5;
/// This many rows in a row make a table that can carry a run on its own.
const LONG_TABLE_ROWS: usize = 6;
/// A headline-like line this close above the run means the run's first lines hold at most a
/// standfirst.
const HEADLINE_ABOVE_LINES: usize = 4;
/// A sentence right after the run joins it from this many words.
const EDGE_SENTENCE_MIN_WORDS: usize = 3;
/// In pasted text, a line is taken for a subheading from this many words ("Video", "Read
/// Later" are buttons).
const INFERRED_HEADING_MIN_WORDS: usize = 2;
/// Duplicates only count from this length: "Share" twice is not worth a reason.
const DUPLICATE_MIN_CHARS: usize = 20;
/// Blocks are first told apart by this many bytes of their normalised text (at least
/// `DUPLICATE_MIN_CHARS`, so a shorter prefix means a shorter text).
const DUPLICATE_PREFIX_BYTES: usize = 48;
const _: () = assert!(DUPLICATE_PREFIX_BYTES >= DUPLICATE_MIN_CHARS);

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

/// The stop-word set for a language index, and the index of the language whose stop words cover
/// the most of `words`.
// A language is a bit of a `u16` and a count in `Features::per_language`: more lists would
// shift past the mask's width.
const _: () = assert!(STOP_WORDS.len() <= 16);

struct StopWords {
    map: HashMap<&'static str, u16, FnvBuild>,
}

impl StopWords {
    fn get() -> &'static StopWords {
        static SET: std::sync::OnceLock<StopWords> = std::sync::OnceLock::new();
        SET.get_or_init(|| {
            let mut map: HashMap<&'static str, u16, FnvBuild> = HashMap::default();
            for (i, (_, words)) in STOP_WORDS.iter().enumerate() {
                for w in *words {
                    *map.entry(w).or_default() |= 1 << i;
                }
            }
            StopWords { map }
        })
    }

    fn mask(&self, word: &str) -> u16 {
        if word.len() > 16 {
            return 0;
        }
        if word.bytes().all(|b| b.is_ascii_lowercase()) {
            return self.map.get(word).copied().unwrap_or(0);
        }
        if word.is_ascii() {
            let mut buf = [0u8; 16];
            let lower = &mut buf[..word.len()];
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            let lower = std::str::from_utf8(lower).unwrap_or_default();
            return self.map.get(lower).copied().unwrap_or(0);
        }
        if !word.chars().any(char::is_uppercase) {
            return self.map.get(word).copied().unwrap_or(0);
        }
        let lower = word.to_lowercase();
        self.map.get(lower.as_str()).copied().unwrap_or(0)
    }
}

/// Splits a block into words for stop-word counting: runs of word characters. `measure_with`
/// finds the same words in its one pass; this is the reference the tests hold it to.
#[cfg(test)]
fn words_of(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !is_word_char(c))
        .filter(|w| !w.is_empty())
}

/// Picks the language (as a bit mask over `STOP_WORDS`) whose stop words are most frequent in the
/// page, so a German page is measured against German stop words only.
pub fn page_language(texts: &[&str]) -> u16 {
    let feats: Vec<Features> = texts.iter().map(|t| measure(t, 0)).collect();
    page_language_of(&feats)
}

/// `page_language`'s answer when no stop-word list fits the page.
pub const UNKNOWN_LANGUAGE: u16 = 0;
/// A language's stop words must make up this share of the sampled words to be believed
/// (English prose runs at 0.4–0.5; Indonesian against the English list at ~0.05).
const LANGUAGE_MIN_COVERAGE: f32 = 0.15;

/// Computes a candidate's features against the page's language.
pub fn features(c: &Candidate, lang: u16) -> Features {
    features_of(&c.text, c.link_chars, lang)
}

/// Computes the features of a block's text, `link_chars` of which sit inside links.
pub fn features_of(text: &str, link_chars: usize, lang: u16) -> Features {
    let mut f = measure(text, link_chars);
    apply_language(&mut f, lang);
    f
}

/// The page's language from its blocks' measurements: the stop-word list that covers most of
/// the words of the longer blocks, or `UNKNOWN_LANGUAGE`.
pub fn page_language_of(feats: &[Features]) -> u16 {
    let mut counts = [0usize; 16];
    let mut seen = 0;
    for f in feats
        .iter()
        .filter(|f| f.words >= LANGUAGE_SAMPLE_MIN_WORDS)
    {
        if seen > LANGUAGE_SAMPLE_WORDS {
            break;
        }
        seen += f.words;
        for (c, n) in counts.iter_mut().zip(f.per_language) {
            *c += usize::from(n);
        }
    }
    let best = counts
        .iter()
        .enumerate()
        .take(STOP_WORDS.len())
        .max_by_key(|(_, c)| **c)
        .map_or(0, |(i, _)| i);
    if seen == 0 || (counts[best] as f32) < seen as f32 * LANGUAGE_MIN_COVERAGE {
        UNKNOWN_LANGUAGE
    } else {
        1 << best
    }
}

/// Sets the stop-word ratio of measured features for the page's language.
pub fn apply_language(f: &mut Features, lang: u16) {
    if f.cjk {
        return;
    }
    if lang == UNKNOWN_LANGUAGE {
        // No stop-word list for this language: judge by sentence shape alone.
        f.stop_ratio = if f.words >= 8 && (f.sentence_end || f.commas > 0) {
            STOP_RATIO_PROSE
        } else {
            STOP_RATIO_MIN / 2.0
        };
        return;
    }
    let mut stops = f
        .per_language
        .iter()
        .enumerate()
        .filter(|(i, _)| lang & (1 << i) != 0)
        .map(|(_, n)| usize::from(*n))
        .max()
        .unwrap_or(0);
    // A long block in another language than the page's (an English article on a page whose
    // menus are German) is measured against its own best-fitting stop words.
    if f.words >= BLOCK_LANGUAGE_MIN_WORDS {
        stops = stops.max(f.per_language.iter().copied().max().map_or(0, usize::from));
    }
    f.stop_ratio = if f.words == 0 {
        0.0
    } else {
        stops as f32 / f.words as f32
    };
}

/// Everything about a block that does not depend on the page's language.
pub fn measure(text: &str, link_chars: usize) -> Features {
    measure_with(text, link_chars, true)
}

/// [`measure`] without the phrase rules and date parsing: for short blocks that the
/// page's structure already marks as boilerplate (menus, share rows), where they decide nothing.
pub fn measure_light(text: &str, link_chars: usize) -> Features {
    measure_with(text, link_chars, false)
}

fn measure_with(text: &str, link_chars: usize, full: bool) -> Features {
    let sw = StopWords::get();
    let mut chars = 0;
    let mut cjk_chars = 0;
    let mut cjk_sentences = 0;
    let mut words = 0;
    let mut per_language = [0u16; 16];
    // Menu items and buttons: their stop words never decide anything.
    let count_stops = text.len() >= STOP_COUNT_MIN_BYTES;
    // One pass counts characters and finds the words (as `words_of` splits them): ASCII bytes
    // are answered without decoding, which is most of the text even on non-English pages.
    let bytes = text.as_bytes();
    let mut count_word = |w: &str| {
        words += 1;
        if count_stops && w.len() <= STOP_WORD_MAX_BYTES {
            let m = sw.mask(w);
            if m != 0 {
                for (l, count) in per_language.iter_mut().enumerate().take(STOP_WORDS.len()) {
                    if m & (1 << l) != 0 {
                        *count = count.saturating_add(1);
                    }
                }
            }
        }
    };
    let mut word_start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_alphanumeric() {
            word_start.get_or_insert(i);
            let run = bytes[i..]
                .iter()
                .position(|b| !b.is_ascii_alphanumeric())
                .unwrap_or(bytes.len() - i);
            chars += run;
            i += run;
            continue;
        }
        chars += 1;
        if b.is_ascii() {
            if let Some(start) = word_start.take() {
                count_word(&text[start..i]);
            }
            i += 1;
            continue;
        }
        let ch = text[i..]
            .chars()
            .next()
            .expect("i is on a character boundary inside the text");
        if is_cjk(ch) {
            cjk_chars += 1;
            if matches!(ch, '。' | '，' | '！' | '？' | '、') {
                cjk_sentences += 1;
            }
        }
        if is_word_char(ch) {
            word_start.get_or_insert(i);
        } else if let Some(start) = word_start.take() {
            count_word(&text[start..i]);
        }
        i += ch.len_utf8();
    }
    if let Some(start) = word_start {
        count_word(&text[start..]);
    }
    let cjk = cjk_chars * 3 > chars;
    let words = if cjk { words.max(cjk_chars / 2) } else { words };
    let trimmed = text.trim_end();
    let last_meaningful = trimmed
        .trim_end_matches([
            '"', '\'', '”', '’', '»', '«', ')', ']', '“', '」', '』', '）',
        ])
        .chars()
        .next_back();
    let ellipsis_end = is_truncated(trimmed);
    let sentence_end = !ellipsis_end
        && matches!(
            last_meaningful,
            Some('.' | '!' | '?' | '。' | '！' | '？' | ':' | ';' | '…')
        );
    let link_density = if chars == 0 {
        0.0
    } else {
        link_chars as f32 / chars as f32
    };
    let commas = if cjk || words < 8 {
        0
    } else {
        count_pair(text, b',')
    };
    // Korean and some Chinese pages use Latin punctuation between CJK words.
    let cjk_sentences = if cjk {
        cjk_sentences + count_pair(text, b'.') + count_pair(text, b',') + usize::from(sentence_end)
    } else {
        cjk_sentences
    };
    Features {
        chars,
        words,
        stop_ratio: 0.0,
        per_language,
        commas,
        cjk,
        cjk_sentences,
        sentence_end,
        ellipsis_end,
        glued_teaser: words >= GLUED_MIN_WORDS && glued_headline(text),
        link_density,
        junk: if full {
            junk_reason(text, chars, words)
        } else {
            None
        },
        date_line: full
            && chars < DATE_LINE_MAX_CHARS
            && text.bytes().any(|b| b.is_ascii_digit())
            && parse_date_line(text).is_some(),
    }
}

/// How often `punct` is followed by a space (", " and ". "), counted with memchr.
fn count_pair(text: &str, punct: u8) -> usize {
    let bytes = text.as_bytes();
    memchr::memchr_iter(punct, bytes)
        .filter(|&i| bytes.get(i + 1) == Some(&b' '))
        .count()
}

/// "…the other side..." — ends in an ellipsis right after a word (not "Wait... what?").
fn is_truncated(t: &str) -> bool {
    let body = if let Some(b) = t.strip_suffix("...") {
        b
    } else if let Some(b) = t.strip_suffix('…') {
        b
    } else {
        return false;
    };
    body.trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, ',' | ')' | '"' | '”' | '’'))
}

/// Phrase groups found in one pass by a single automaton.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Phrase {
    Newsletter,
    Promotion,
    SecondPerson,
    Cookie,
    CookieContext,
    Copyright,
    Caption,
    Contact,
    Affiliate,
    AuthorBio,
}

// Phrase groups are bits of a `u32`.
const _: () = assert!((Phrase::AuthorBio as u32) < 32);

struct PhraseMatcher {
    automaton: aho_corasick::AhoCorasick,
    kinds: Vec<Phrase>,
}

impl PhraseMatcher {
    fn get() -> &'static PhraseMatcher {
        static MATCHER: std::sync::OnceLock<PhraseMatcher> = std::sync::OnceLock::new();
        MATCHER.get_or_init(|| {
            let groups: [(Phrase, &[&str]); 10] = [
                (Phrase::Affiliate, AFFILIATE),
                (Phrase::AuthorBio, AUTHOR_BIO),
                (Phrase::Contact, CONTACT),
                (Phrase::Newsletter, NEWSLETTER),
                (Phrase::Promotion, PROMOTION),
                (Phrase::SecondPerson, SECOND_PERSON),
                (Phrase::Cookie, COOKIE),
                (Phrase::CookieContext, COOKIE_CONTEXT),
                (Phrase::Copyright, COPYRIGHT),
                (Phrase::Caption, CAPTION_MARKERS),
            ];
            let mut patterns = Vec::new();
            let mut kinds = Vec::new();
            for (kind, list) in groups {
                for p in list {
                    patterns.push(*p);
                    kinds.push(kind);
                }
            }
            let automaton = aho_corasick::AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .build(&patterns)
                .expect("the phrase lists are small literal strings");
            PhraseMatcher { automaton, kinds }
        })
    }

    /// Which phrase groups occur in `lower`, as a bit set indexed by `Phrase as u32`.
    fn groups_in(&self, lower: &str) -> u32 {
        let mut found = 0u32;
        for m in self.automaton.find_iter(lower) {
            found |= 1 << (self.kinds[m.pattern().as_usize()] as u32);
        }
        found
    }
}

/// Phrases that mark a line by how it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opener {
    Related,
    Updated,
    Credit,
}

/// One anchored automaton for all line openers ("read more", "updated", "reporting by", …).
struct OpenerMatcher {
    automaton: aho_corasick::AhoCorasick,
    kinds: Vec<Opener>,
}

impl OpenerMatcher {
    fn get() -> &'static OpenerMatcher {
        static MATCHER: std::sync::OnceLock<OpenerMatcher> = std::sync::OnceLock::new();
        MATCHER.get_or_init(|| {
            let mut patterns = Vec::new();
            let mut kinds = Vec::new();
            for (kind, list) in [
                (Opener::Related, RELATED_OPENERS),
                (Opener::Updated, UPDATED_OPENERS),
                (Opener::Credit, CREDIT_OPENERS),
            ] {
                for p in list {
                    patterns.push(*p);
                    kinds.push(kind);
                }
            }
            let automaton = aho_corasick::AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .start_kind(aho_corasick::StartKind::Anchored)
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(&patterns)
                .expect("the opener lists are small literal strings");
            OpenerMatcher { automaton, kinds }
        })
    }

    /// The kind of opener `l` starts with, if any.
    fn opener_of(&self, l: &str) -> Option<Opener> {
        let input = aho_corasick::Input::new(l).anchored(aho_corasick::Anchored::Yes);
        self.automaton
            .find(input)
            .map(|m| self.kinds[m.pattern().as_usize()])
    }
}

/// The most specific boilerplate reason that the block's words alone give, if any.
fn junk_reason(text: &str, chars: usize, words: usize) -> Option<Reason> {
    if chars > PHRASE_RULE_MAX_CHARS {
        if chars <= COOKIE_RULE_MAX_CHARS {
            let lower = lowercase(text);
            let groups = PhraseMatcher::get().groups_in(&lower);
            let has = |p: Phrase| groups & (1 << (p as u32)) != 0;
            if has(Phrase::Cookie)
                && has(Phrase::CookieContext)
                && lower.matches("cookie").count() >= 2
            {
                return Some(Reason::CookieNotice);
            }
        }
        return None;
    }
    if agency_caption(text) {
        return Some(Reason::PhotoCaption);
    }
    let lower = lowercase(text);
    let l = lower
        .trim()
        .trim_end_matches([':', '.', '!', '»', '›', '>', '→'])
        .trim_start_matches(['»', '›', '>', '→', '•', '·', '+'])
        .trim();
    let groups = PhraseMatcher::get().groups_in(&lower);
    let has = |p: Phrase| groups & (1 << (p as u32)) != 0;
    if l.starts_with('©')
        || l.starts_with("copyright")
        || l.starts_with("(c) ")
        || has(Phrase::Copyright)
    {
        return Some(Reason::CopyrightFooter);
    }
    if has(Phrase::Cookie) && has(Phrase::CookieContext) {
        return Some(Reason::CookieNotice);
    }
    if has(Phrase::Contact) && words <= CONTACT_LINE_MAX_WORDS {
        return Some(Reason::Promotion);
    }
    if has(Phrase::Affiliate) {
        return Some(Reason::Promotion);
    }
    let opener = OpenerMatcher::get().opener_of(l);
    if words <= CREDIT_LINE_MAX_WORDS && opener == Some(Opener::Credit) {
        return Some(Reason::Metadata);
    }
    if words <= CREDIT_LINE_MAX_WORDS && (has(Phrase::AuthorBio) || has_email(l)) {
        return Some(Reason::Metadata);
    }
    if words <= CREDIT_LINE_MAX_WORDS
        && ["by ", "von ", "par ", "por "]
            .iter()
            .any(|o| l.starts_with(o))
        && l.bytes().any(|b| b.is_ascii_digit())
        && find_date(l).is_some()
    {
        return Some(Reason::Metadata);
    }
    if has(Phrase::Newsletter) && (words < 25 || has(Phrase::SecondPerson) || l.contains("our ")) {
        return Some(Reason::NewsletterPrompt);
    }
    if has(Phrase::Promotion) && (words < 8 || has(Phrase::SecondPerson)) {
        return Some(Reason::Promotion);
    }
    if words <= 2 && ADVERTISEMENT.contains(&l) {
        return Some(Reason::Advertisement);
    }
    if words <= 8 && opener == Some(Opener::Related) {
        return Some(Reason::RelatedLinks);
    }
    if lower.trim_end().ends_with(':') && is_comment_header(l, words) {
        return Some(Reason::Comments);
    }
    if words <= COMMENT_HEADER_MAX_WORDS
        && l.starts_with(|c: char| c.is_ascii_digit())
        && [
            " thoughts on ",
            " responses to ",
            " replies to ",
            " comments on ",
            " kommentare zu ",
            " commentaires sur ",
            " comentarios en ",
            " komentarzy do ",
        ]
        .iter()
        .any(|p| l.contains(p))
    {
        // "10 thoughts on “…”": the head of the comments.
        return Some(Reason::Comments);
    }
    if is_pagination(l) {
        return Some(Reason::Navigation);
    }
    if (3..=PHOTO_CREDIT_MAX_WORDS).contains(&words) && is_photo_credit(text) {
        return Some(Reason::PhotoCaption);
    }
    if is_separated_links(l) {
        return Some(Reason::Navigation);
    }
    if has_bracket_tag(text) {
        return Some(Reason::TeaserOfAnotherStory);
    }
    if words <= 4 {
        let stripped: String = l.chars().filter(|c| !c.is_ascii_digit()).collect();
        let s = stripped
            .trim()
            .trim_start_matches(['(', '['])
            .trim_end_matches([')', ']'])
            .trim();
        if COMMENTS.contains(&s) || s.starts_with("show comments") || s.starts_with("view comments")
        {
            return Some(Reason::Comments);
        }
        if s.chars().any(char::is_alphabetic)
            && s.split(|c: char| !c.is_alphanumeric() && c != '-')
                .filter(|w| !w.is_empty())
                .all(|w| share_words().contains(w))
        {
            return Some(Reason::ShareButtons);
        }
        if is_relative_time(l) {
            return Some(Reason::Metadata);
        }
        if is_reading_time(l) {
            return Some(Reason::Metadata);
        }
    }
    if words <= UPDATED_LINE_MAX_WORDS && opener == Some(Opener::Updated) {
        return Some(Reason::Metadata);
    }
    if words <= 40 && has(Phrase::Caption) && !l.ends_with('?') {
        return Some(Reason::PhotoCaption);
    }
    None
}

/// A table row (cells separated by tabs, as a browser copies them) or a numbered or bulleted
/// list item.
/// Rows of a list written as lines with the same separator ("June 9 -- Coral Sky
/// Amphitheatre, West Palm Beach, FL"): the separator, if the line has one.
fn row_separator(text: &str) -> Option<&'static str> {
    // One pass over the bytes before looking for the separators themselves (0xE2 starts the
    // dashes' UTF-8).
    if !text.bytes().any(|b| matches!(b, b'-' | b'@' | b'|' | 0xE2)) {
        return None;
    }
    [" -- ", " – ", " — ", " @ ", " | "]
        .into_iter()
        .find(|s| text.contains(s))
}

/// Which blocks are rows of a table or list: structured on their own, or sharing a separator
/// with a neighbour.
fn list_rows(cands: &[Candidate]) -> Vec<bool> {
    let seps: Vec<Option<&str>> = cands.iter().map(|c| row_separator(&c.text)).collect();
    (0..cands.len())
        .map(|i| {
            is_structured_row(&cands[i].text)
                || seps[i].is_some_and(|s| {
                    (i > 0 && seps[i - 1] == Some(s)) || seps.get(i + 1) == Some(&Some(s))
                })
        })
        .collect()
}

fn is_structured_row(text: &str) -> bool {
    if text.contains('\t') {
        return true;
    }
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) && matches!(text.as_bytes().get(digits), Some(b')' | b'.')) {
        return text.as_bytes().get(digits + 1) == Some(&b' ');
    }
    text.starts_with(['•', '·', '▪', '■', '–', '*']) || text.starts_with("- ")
}

/// `SHARE_WORDS` as a set (short lines are checked word by word).
fn share_words() -> &'static std::collections::HashSet<&'static str, FnvBuild> {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str, FnvBuild>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| SHARE_WORDS.iter().copied().collect())
}

/// "Jane on September 12, 2018 at 4:47 pm said:": the head of a reader's comment.
fn is_comment_header(l: &str, words: usize) -> bool {
    words <= COMMENT_HEADER_MAX_WORDS
        && [
            " said:",
            " says:",
            " sagt:",
            " schrieb:",
            " a dit :",
            " a écrit :",
            " dijo:",
            " escribió:",
            " napisał:",
            " napisała:",
            " ha detto:",
        ]
        .iter()
        .any(|e| l.ends_with(e.trim_end_matches(':').trim_end()))
}

/// "China furious at Macron [INSIGHT]": a link to another story tagged in capitals.
fn has_bracket_tag(text: &str) -> bool {
    let Some(open) = text.rfind('[') else {
        return false;
    };
    let Some(len) = text[open..].find(']') else {
        return false;
    };
    let tag = &text[open + 1..open + len];
    (3..=12).contains(&tag.len()) && tag.chars().all(|c| c.is_uppercase() || c == ' ')
}

/// An e-mail address in the text (a contact line or an author's note).
fn has_email(l: &str) -> bool {
    memchr::memchr(b'@', l.as_bytes()).is_some()
        && l.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphanumeric());
            w.split_once('@').is_some_and(|(user, host)| {
                !user.is_empty() && host.contains('.') && !host.ends_with('.')
            })
        })
}

/// "About the author", "Über Max Muster", "Sobre Carlos": the heading of a bio box.
fn is_about_heading(text: &str) -> bool {
    let l = text.trim().to_lowercase();
    [
        "about ",
        "über ",
        "ueber ",
        "sobre ",
        "à propos",
        "a propos",
        "acerca de",
        "o autorze",
        "o autorce",
    ]
    .iter()
    .any(|o| l.starts_with(o))
        && !l.ends_with(['.', '?', '!'])
}

/// "Doug Mills/The New York Times": a photographer and agency joined by a slash.
fn is_photo_credit(text: &str) -> bool {
    let t = text.trim();
    if memchr::memchr(b'/', t.as_bytes()).is_none() {
        return false;
    }
    if t.ends_with(['.', '!', '?'])
        || t.contains("://")
        || t.contains("www.")
        || t.contains([':', '*'])
    {
        return false;
    }
    t.match_indices('/').any(|(i, _)| {
        let before = t[..i].chars().next_back();
        let after = t[i + 1..].chars().next();
        before.is_some_and(char::is_alphabetic)
            && after.is_some_and(char::is_uppercase)
            && t[..i].split_whitespace().count() >= 2
    })
}

/// "1 2 3 4 5 6 7 8", "‹ 1 2 3 ›": page numbers.
fn is_pagination(l: &str) -> bool {
    if !l.starts_with(|c: char| c.is_ascii_digit() || "‹«<".contains(c)) {
        return false;
    }
    let tokens: Vec<&str> = l.split_whitespace().collect();
    tokens.len() >= 3
        && tokens.iter().all(|t| {
            t.chars()
                .all(|c| c.is_ascii_digit() || "‹›«»<>|….-".contains(c))
        })
        && tokens
            .iter()
            .filter(|t| t.chars().any(|c| c.is_ascii_digit()))
            .count()
            >= 3
}

/// "Posted in News | Permalink | 10 Comments": short pieces between bars.
fn is_separated_links(l: &str) -> bool {
    if !l.contains(" | ") {
        return false;
    }
    let parts: Vec<&str> = l.split(" | ").collect();
    parts.len() >= 3
        && parts
            .iter()
            .all(|p| p.split_whitespace().count() <= SHORT_MAX_WORDS)
}

/// A teaser card's headline run into its summary without a space: a lower-case word of at least
/// `GLUED_MIN_LOWER` letters directly followed by a capitalised word ("PossibleThe").
fn glued_headline(text: &str) -> bool {
    // "…travelers in 2019  Armenia has been named…": headline and summary joined by two spaces.
    if let Some(p) = text.find("  ")
        && p < GLUED_SEARCH_CHARS
        && text[..p].split_whitespace().count() >= 3
        && !text[..p].ends_with(['.', '!', '?', ':', ';', ','])
        && text[p..]
            .trim_start()
            .chars()
            .next()
            .is_some_and(char::is_uppercase)
    {
        return true;
    }
    let mut lower_run = 0;
    let mut prev_lower = false;
    let mut chars = text.chars().take(GLUED_SEARCH_CHARS).peekable();
    while let Some(c) = chars.next() {
        if c.is_lowercase() {
            lower_run += 1;
            prev_lower = true;
            continue;
        }
        let after_punct = matches!(c, '?' | '!' | '.' | ':') && prev_lower && lower_run >= 2;
        let next = if after_punct { chars.next() } else { Some(c) };
        if let Some(n) = next
            && n.is_uppercase()
            && (lower_run >= GLUED_MIN_LOWER || after_punct)
            && prev_lower
            && chars.peek().is_some_and(|c| c.is_lowercase() || *c == ' ')
        {
            return true;
        }
        lower_run = 0;
        prev_lower = false;
    }
    false
}

/// "2h ago", "5 minutes ago", "vor 2 Stunden", "il y a 3 heures", "hace 2 horas".
fn is_relative_time(l: &str) -> bool {
    let has_digit = l.bytes().any(|b| b.is_ascii_digit());
    has_digit
        && (l.ends_with(" ago")
            || l.starts_with("vor ")
            || l.starts_with("il y a ")
            || l.starts_with("hace ")
            || l.ends_with(" temu"))
}

fn is_reading_time(l: &str) -> bool {
    // Every phrase below holds "min", "lesezeit" or "lectura": one byte scan rules most out.
    let b = l.as_bytes();
    l.len() < 40
        && memchr::memchr2_iter(b'm', b'l', b).any(|i| {
            let rest = &b[i..];
            rest.starts_with(b"min")
                || rest.starts_with(b"lesezeit")
                || rest.starts_with(b"lectura")
        })
        && (l.contains("min read")
            || l.contains("minute read")
            || l.contains("lesezeit")
            || l.contains("min de lecture")
            || l.contains("min. czytania")
            || l.contains("de lectura"))
}

/// "(250505) -- BOLOGNA, May 5, 2025 (Xinhua) -- …": a news agency's photo caption.
pub fn agency_caption(text: &str) -> bool {
    let t = text.trim_start();
    let Some(rest) = t.strip_prefix('(') else {
        return false;
    };
    let Some((digits, rest)) = rest.split_once(')') else {
        return false;
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let rest = rest.trim_start();
    let Some(rest) = rest.strip_prefix("--").or_else(|| rest.strip_prefix('—')) else {
        return false;
    };
    // Then "CITY, date (Agency) --".
    let Some((head, _)) = rest.split_once("--") else {
        return false;
    };
    head.contains('(') && head.contains(')') && head.contains(',') && head.len() < 80
}

/// "WASHINGTON (AP) —", "New Delhi [India], May 5 (ANI):", "BERLIN, 5. Mai (dpa) -": a wire
/// story's dateline opening.
pub fn starts_with_dateline(text: &str) -> bool {
    let head: String = text.chars().take(60).collect();
    let Some(open) = head.find('(') else {
        return false;
    };
    let Some(close) = head[open..].find(')') else {
        return false;
    };
    let agency = &head[open + 1..open + close];
    let after = head[open + close + 1..].trim_start();
    let place = head[..open].trim();
    !agency.is_empty()
        && agency.len() <= 12
        && agency
            .chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '/')
        && agency.chars().next().is_some_and(char::is_uppercase)
        && (after.starts_with(':')
            || after.starts_with('-')
            || after.starts_with('—')
            || after.starts_with('–'))
        && !place.is_empty()
        && place.chars().next().is_some_and(char::is_uppercase)
}

/// The hash of a normalised text's first `DUPLICATE_PREFIX_BYTES` bytes: equal texts have equal
/// keys.
fn prefix_key(bytes: &[u8]) -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = FnvBuild.build_hasher();
    h.write(&bytes[..bytes.len().min(DUPLICATE_PREFIX_BYTES)]);
    h.finish()
}

/// How a block weighs in the search for the main run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Prose: anchors the main run.
    Good,
    /// Could be prose; joins the run when it sits inside it.
    Near,
    /// Short text (headings, one-line paragraphs): joins when surrounded by prose.
    Short,
    /// Recognised boilerplate or link lists.
    Bad,
}

/// A one-letter name of the class the features alone give (G good, N near, S short, B bad), for
/// `examples/eval.rs --dump`.
pub fn class_letter(f: &Features) -> char {
    match class_of_features(f) {
        Class::Good => 'G',
        Class::Near => 'N',
        Class::Short => 'S',
        Class::Bad => 'B',
    }
}

/// True when a block is prose on its own (used by the HTML path to score containers).
pub fn is_prose(f: &Features) -> bool {
    f.junk.is_none()
        && !f.ellipsis_end
        && f.link_density <= LINK_DENSITY_MAX
        && class_of_features(f) == Class::Good
}

fn class_of(f: &Features, c: &Candidate) -> Class {
    if c.structure_hint.is_some() {
        return Class::Bad;
    }
    class_of_features(f)
}

fn class_of_features(f: &Features) -> Class {
    if f.junk.is_some() || f.link_density > LINK_DENSITY_MAX {
        return Class::Bad;
    }
    if f.cjk {
        return if f.chars >= CJK_GOOD_MIN_CHARS && f.cjk_sentences > 0 {
            Class::Good
        } else if f.chars >= CJK_GOOD_MIN_CHARS / 2 && f.cjk_sentences > 0 {
            Class::Near
        } else {
            Class::Short
        };
    }
    if f.stop_ratio < STOP_RATIO_MIN && f.words > SHORT_MAX_WORDS {
        return Class::Near;
    }
    if (f.chars >= GOOD_UNPUNCTUATED_MIN_CHARS && f.stop_ratio >= STOP_RATIO_PROSE)
        || (f.sentence_end && f.chars >= GOOD_MIN_CHARS && f.stop_ratio >= STOP_RATIO_PROSE)
        || (f.sentence_end && f.chars >= GOOD_SENTENCE_MIN_CHARS && f.stop_ratio >= STOP_RATIO_MIN)
    {
        return Class::Good;
    }
    if f.words > SHORT_MAX_WORDS && (f.sentence_end || f.stop_ratio >= STOP_RATIO_PROSE) {
        return Class::Near;
    }
    Class::Short
}

/// Classifies candidates into an article: fields, and every block kept or trimmed with a reason.
pub fn classify(cands: Vec<Candidate>, meta: Metadata, format: Format) -> Article {
    let mut feats: Vec<Features> = cands
        .iter()
        .map(|c| measure(&c.text, c.link_chars))
        .collect();
    let lang = page_language_of(&feats);
    for f in &mut feats {
        apply_language(f, lang);
    }
    classify_measured(cands, &feats, meta, format)
}

/// [`classify`] for candidates whose features were already computed (one per candidate).
pub fn classify_measured(
    cands: Vec<Candidate>,
    feats: &[Features],
    meta: Metadata,
    format: Format,
) -> Article {
    let mut classes: Vec<Class> = cands
        .iter()
        .zip(feats)
        .map(|(c, f)| class_of(f, c))
        .collect();
    let n = cands.len();

    // Teasers in a row (two or more blocks cut off with "...") are a list of other stories.
    for i in 0..n {
        let prev = i > 0 && feats[i - 1].ellipsis_end;
        let next = i + 1 < n && feats[i + 1].ellipsis_end;
        if feats[i].ellipsis_end && (prev || next) {
            classes[i] = Class::Bad;
        }
        let prev = i > 0 && feats[i - 1].glued_teaser;
        let next = i + 1 < n && feats[i + 1].glued_teaser;
        if feats[i].glued_teaser && (prev || next) {
            classes[i] = Class::Bad;
        }
    }

    let has_structure = cands.iter().any(|c| c.in_main.is_some());
    let rows = if has_structure {
        Vec::new()
    } else {
        list_rows(&cands)
    };
    let (mut start, end, extra_runs) = if has_structure {
        let (s, e) = main_region_from_structure(&cands, &classes, feats);
        (s, e, Vec::new())
    } else {
        let weights = paragraph_weights(&cands, &classes);
        main_run(&classes, feats, &weights, &rows, &cands)
    };
    // In pasted text, lines at the top of the run that are not sentences (a headline, a
    // standfirst without a full stop) belong to the header, not the body.
    if !has_structure && let (Some(s), Some(e)) = (start, end) {
        // A byline or date line among the run's first blocks closes the header: what comes
        // before it is the headline and standfirst.
        if let Some(h) = (s..=e.min(s + HEADER_IN_RUN_BLOCKS))
            .find(|&k| feats[k].date_line || parse_byline(&cands[k].text).is_some())
            && h > s
        {
            let mut k = h;
            while k < e
                && (feats[k].date_line
                    || parse_byline(&cands[k].text).is_some()
                    || (classes[k] != Class::Good && feats[k].words <= SHORT_MAX_WORDS))
            {
                k += 1;
            }
            start = Some(k);
        }
        let mut s = start.unwrap_or(s);
        // Short sentences just above the run (a one-line first paragraph) are part of it.
        while s > 0
            && matches!(classes[s - 1], Class::Near | Class::Short)
            && feats[s - 1].sentence_end
            && feats[s - 1].words >= EDGE_SENTENCE_MIN_WORDS
            && feats[s - 1].junk.is_none()
            && !feats[s - 1].date_line
            && parse_byline(&cands[s - 1].text).is_none()
        {
            s -= 1;
        }
        // With a headline-like line already above, only a standfirst can be left to move.
        let headline_above = (s.saturating_sub(HEADLINE_ABOVE_LINES)..s).any(|k| {
            matches!(classes[k], Class::Near | Class::Short)
                && !feats[k].sentence_end
                && (4..=TITLE_MAX_WORDS).contains(&feats[k].words)
        });
        let max_shift = if headline_above { 1 } else { 2 };
        let from = s;
        while s < e
            && s - from < max_shift
            && !feats[s].sentence_end
            && !feats[s].ellipsis_end
            && feats[s].words <= STANDFIRST_MAX_WORDS
        {
            s += 1;
        }
        start = Some(s);
    }

    let mut blocks: Vec<Block> = cands
        .iter()
        .map(|c| {
            // The text moves in at the end, when the candidates are done with.
            Block::new(
                String::new(),
                c.role.unwrap_or(Role::Paragraph),
                false,
                Reason::OutsideArticle,
            )
        })
        .collect();

    let mut article = Article {
        format,
        title: meta.title,
        site: meta.site,
        authors: meta.authors,
        published: meta.published,
        url: meta.url,
        summary: meta.summary,
        ..Article::default()
    };

    // Header fields: search upward from the run's start.
    // The headline is not looked for inside a run of the article above the main one.
    let title_floor = start.map_or(0, |s| {
        extra_runs
            .iter()
            .filter(|r| r.1 < s)
            .map(|r| r.1 + 1)
            .max()
            .unwrap_or(0)
    });
    let mut header_used = assign_header_fields(
        &cands,
        feats,
        &mut blocks,
        &mut article,
        (start, title_floor),
        has_structure,
    );
    if !has_structure && article.site.is_none() {
        let lines: Vec<&str> = cands.iter().map(|c| c.text.as_str()).collect();
        article.site = site_from_lines(&lines);
    }

    // Inside the run: keep prose and what sits between prose; trim what rules recognise.
    let mut ranges: Vec<(usize, usize)> = start.zip(end).into_iter().chain(extra_runs).collect();
    // "About the author" and a bio at the end of the run are not the article.
    for r in ranges.iter_mut().filter(|_| !has_structure) {
        let tail_from = r.1.saturating_sub(ABOUT_TAIL_BLOCKS).max(r.0 + 1);
        if let Some(k) = (tail_from..=r.1).find(|&k| {
            feats[k].words <= ABOUT_HEADING_MAX_WORDS && is_about_heading(&cands[k].text)
        }) {
            r.1 = k - 1;
        }
    }
    // jusText's context rule: sentences right after the run (a short last paragraph) join it,
    // and so does a table or numbered list that follows it.
    if !has_structure {
        for r in &mut ranges {
            let mut listing = cands[r.1].text.trim_end().ends_with(':');
            loop {
                let k = r.1 + 1;
                if k >= n || feats[k].junk.is_some() || feats[k].date_line {
                    break;
                }
                let sentence = matches!(classes[k], Class::Near | Class::Short)
                    && feats[k].sentence_end
                    && feats[k].words >= EDGE_SENTENCE_MIN_WORDS;
                let row = classes[k] != Class::Bad
                    && rows[k]
                    && (rows[r.1] || rows.get(k + 1) == Some(&true));
                // "Dare to Play 3:" and the list of lines it introduces.
                let listed = listing
                    && classes[k] != Class::Bad
                    && feats[k].words >= EDGE_SENTENCE_MIN_WORDS;
                if !(sentence || row || listed) {
                    break;
                }
                listing = listed || cands[k].text.trim_end().ends_with(':');
                r.1 = k;
            }
        }
    }
    // A headline found inside a run the body keeps (a list the run took in) is the body's line.
    if !has_structure
        && let Some(pos) = header_used.iter().position(|&k| {
            blocks[k].role == Role::Title && ranges.iter().any(|r| (r.0..=r.1).contains(&k))
        })
    {
        let k = header_used.remove(pos);
        blocks[k] = Block::new(
            String::new(),
            cands[k].role.unwrap_or(Role::Paragraph),
            false,
            Reason::OutsideArticle,
        );
        article.title = None;
    }
    for &(s, e) in &ranges {
        for i in s..=e {
            if header_used.contains(&i) || cands[i].in_main == Some(false) {
                continue;
            }
            let f = &feats[i];
            let c = &cands[i];
            let b = &mut blocks[i];
            if let Some(r) = f.junk.clone().or_else(|| c.structure_hint.clone()) {
                b.role = Role::Boilerplate;
                b.reason = r;
                continue;
            }
            if c.caption {
                b.role = Role::Boilerplate;
                b.reason = Reason::PhotoCaption;
                continue;
            }
            match classes[i] {
                Class::Good | Class::Near
                    if f.date_line && f.words <= DATE_LINE_MAX_WORDS && b.role != Role::Quote =>
                {
                    b.reason = Reason::Metadata;
                }
                Class::Good | Class::Near => {
                    b.keep = true;
                    b.reason = if b.role == Role::Heading {
                        Reason::ArticleHeading
                    } else {
                        Reason::ArticleText
                    };
                }
                Class::Short => {
                    let is_heading = b.role == Role::Heading
                        || (!f.sentence_end
                            && f.words >= INFERRED_HEADING_MIN_WORDS
                            && f.words <= TITLE_MAX_WORDS
                            && next_is_prose(&classes, i, e));
                    if (f.date_line && b.role != Role::Quote)
                        || (f.ellipsis_end && f.words <= SHORT_MAX_WORDS)
                    {
                        b.reason = Reason::Metadata;
                    } else if f.link_density > LINK_DENSITY_MAX {
                        b.reason = Reason::Navigation;
                    } else if b.role == Role::ListItem
                        || b.role == Role::Quote
                        || has_structure
                        || f.sentence_end
                        || is_heading
                        || f.words > 2
                    {
                        b.keep = true;
                        if is_heading
                            && b.role == Role::Paragraph
                            && !f.sentence_end
                            && !has_structure
                        {
                            b.role = Role::Heading;
                        }
                        b.reason = if b.role == Role::Heading {
                            Reason::ArticleHeading
                        } else {
                            Reason::ArticleText
                        };
                    } else {
                        b.reason = Reason::OutsideArticle;
                    }
                }
                // In HTML: an embedded post (a quote full of links) and a sentence whose names
                // are links to profile cards are still the article's text.
                Class::Bad
                    if has_structure
                        && !feats[i].ellipsis_end
                        && (b.role == Role::Quote
                            || (f.sentence_end
                                && f.chars >= LINKED_PROSE_MIN_CHARS
                                && f.stop_ratio >= STOP_RATIO_PROSE)) =>
                {
                    b.keep = true;
                    b.reason = Reason::ArticleText;
                }
                Class::Bad => {
                    b.reason = if f.link_density > LINK_DENSITY_MAX {
                        Reason::Navigation
                    } else if f.ellipsis_end {
                        Reason::TeaserOfAnotherStory
                    } else {
                        Reason::OutsideArticle
                    };
                }
            }
        }
    }

    // Everything else: the most specific reason available.
    let summary_norm = article
        .summary
        .as_deref()
        .map(normalized)
        .filter(|s| s.len() >= DUPLICATE_MIN_CHARS);
    let title_norm = article
        .title
        .as_deref()
        .map(normalized)
        .filter(|s| s.len() >= DUPLICATE_MIN_CHARS);
    // The headline inside the article's container is the title field, not body.
    if has_structure
        && let Some(title) = article.title.as_deref().map(normalized)
        && let Some(b) = blocks
            .iter_mut()
            .zip(&cands)
            .find(|(b, c)| b.keep && b.role == Role::Heading && normalized(&c.text) == title)
            .map(|(b, _)| b)
    {
        set_field(b, Role::Title, "title");
    }
    // Blocks are compared by a hash of their normalised text (no string per block kept).
    // Most blocks are unlike every other: the start of their normalised text tells them apart,
    // and only blocks whose starts meet another's (or the title's or summary's) are normalised
    // in full.
    let mut norm = Vec::new();
    let prefix_keys: Vec<Option<u64>> = cands
        .iter()
        .map(|c| {
            if c.text.len() < DUPLICATE_MIN_CHARS {
                return None;
            }
            normalize_limited(&c.text, &mut norm, DUPLICATE_PREFIX_BYTES);
            // The prefix stops short only of a long text, so this is the whole text's length test.
            (norm.len() >= DUPLICATE_MIN_CHARS).then(|| prefix_key(&norm))
        })
        .collect();
    let mut prefix_counts: HashMap<u64, u32, FnvBuild> = HashMap::default();
    for key in prefix_keys.iter().flatten() {
        *prefix_counts.entry(*key).or_default() += 1;
    }
    let mut seen: HashMap<u64, usize> = HashMap::new();
    for i in 0..n {
        let Some(prefix) = prefix_keys[i] else {
            continue;
        };
        if prefix_counts.get(&prefix).copied().unwrap_or(0) < 2 {
            if title_norm.is_none() && summary_norm.is_none() {
                continue;
            }
            // No other block starts alike, so none repeats this one; only the title and the
            // summary are left to compare it with.
            normalize_limited(&cands[i].text, &mut norm, DUPLICATE_PREFIX_BYTES);
            let meets = |field: &Option<String>| {
                field.as_ref().is_some_and(|f| {
                    let common = f.len().min(norm.len());
                    f.as_bytes()[..common] == norm[..common]
                })
            };
            if !meets(&title_norm) && !meets(&summary_norm) {
                continue;
            }
        }
        normalize_into(&cands[i].text, &mut norm);
        let key = {
            use std::hash::{BuildHasher, Hasher};
            let mut h = FnvBuild.build_hasher();
            h.write(&norm);
            h.finish()
        };
        let b = &mut blocks[i];
        let is_field = matches!(b.reason, Reason::UsedAsField { .. });
        if !is_field {
            let repeats = |field: &Option<String>| {
                field
                    .as_ref()
                    .is_some_and(|s| norm.starts_with(s.as_bytes()))
            };
            // The page's description often is its first paragraph: inside the article that is
            // text, outside it a teaser.
            let is_body = b.keep && has_structure;
            let is_title = title_norm.as_deref().map(str::as_bytes) == Some(norm.as_slice());
            // A standfirst repeated word for word inside the article's container is the field.
            if is_body
                && !is_title
                && summary_norm.as_deref().map(str::as_bytes) == Some(norm.as_slice())
            {
                set_field(b, Role::Summary, "summary");
                seen.entry(key).or_insert(i);
                continue;
            }
            if is_body && is_title {
                set_field(b, Role::Title, "title");
                seen.entry(key).or_insert(i);
                continue;
            }
            if (!is_body || is_title) && (repeats(&summary_norm) || repeats(&title_norm)) {
                b.keep = false;
                b.role = Role::Boilerplate;
                b.reason = Reason::RepeatsSummary;
                continue;
            }
            // Repetition inside the article (a product's features listed for each product) is
            // the article's; outside it, a second copy of something seen.
            // The same text twice in a row is a caption shown twice (gallery and image).
            if let Some(&first) = seen.get(&key)
                && (!b.keep || first + 1 == i)
            {
                b.keep = false;
                b.role = Role::Boilerplate;
                b.reason = Reason::DuplicateOf { of: first };
                continue;
            }
        }
        seen.entry(key).or_insert(i);
    }
    for i in 0..n {
        let b = &mut blocks[i];
        if b.keep || b.reason != Reason::OutsideArticle {
            continue;
        }
        b.role = Role::Boilerplate;
        let f = &feats[i];
        b.reason = if let Some(r) = f.junk.clone().or_else(|| cands[i].structure_hint.clone()) {
            r
        } else if cands[i].caption {
            Reason::PhotoCaption
        } else if f.ellipsis_end {
            Reason::TeaserOfAnotherStory
        } else if f.date_line {
            Reason::Metadata
        } else if f.link_density > LINK_DENSITY_MAX
            || (f.words <= SHORT_MAX_WORDS && !f.sentence_end)
        {
            Reason::Navigation
        } else {
            Reason::OutsideArticle
        };
    }

    for (b, c) in blocks.iter_mut().zip(cands) {
        b.text = c.text;
        b.markdown = c.markdown;
    }
    article.blocks = blocks;
    if article.title.is_none() {
        let guess = article.summary.clone().or_else(|| {
            article
                .kept_body()
                .next()
                .map(|b| first_words(&b.text, TITLE_MAX_WORDS))
        });
        if guess.is_some() {
            article.title = guess;
            article.title_inferred = true;
        }
    }
    article
}

fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().take(n + 1).collect();
    if words.len() > n {
        format!("{}…", words[..n].join(" "))
    } else {
        words.join(" ")
    }
}

fn next_is_prose(classes: &[Class], i: usize, end: usize) -> bool {
    classes[i + 1..=end.max(i)]
        .iter()
        .take(2)
        .any(|c| matches!(c, Class::Good | Class::Near))
}

/// The article's main run in pasted text: the stretch of blocks, bridged over gaps of at most
/// `MAX_GAP_BLOCKS` non-prose blocks, that holds the most prose. A comments heading ends a run,
/// and runs after it (the comments themselves) count for less.
fn main_run(
    classes: &[Class],
    feats: &[Features],
    weights: &[f32],
    rows: &[bool],
    cands: &[Candidate],
) -> (Option<usize>, Option<usize>, Vec<(usize, usize)>) {
    let n = classes.len();
    let mut best: Option<(f32, usize, usize)> = None; // (score, start, end)
    let mut runs: Vec<(f32, usize, usize)> = Vec::new();
    let weighted = |j: usize| {
        let consecutive = classes[j] == Class::Good
            && ((j > 0 && classes[j - 1] == Class::Good)
                || classes.get(j + 1) == Some(&Class::Good));
        let w = if consecutive { 1.0 } else { weights[j] };
        (feats[j].chars.min(BLOCK_SCORE_CAP) as f32 * w) as usize
    };
    // A long table or list (a standings table, a race calendar) can be the article itself: its
    // rows anchor a run.
    let mut long_rows = vec![false; n];
    let mut k = 0;
    while k < n {
        let mut m = k;
        while m < n && rows[m] && classes[m] != Class::Bad {
            m += 1;
        }
        if m - k >= LONG_TABLE_ROWS {
            long_rows[k..m].iter_mut().for_each(|r| *r = true);
        }
        k = m.max(k + 1);
    }
    let mut in_comments = false;
    let mut i = 0;
    while i < n {
        // "0 Comments" says that none follow.
        let zero_count = cands[i].text.split_whitespace().next() == Some("0");
        if feats[i].junk == Some(Reason::Comments) && !zero_count && best.is_some() {
            // A reader's comment head ("Jane on May 5 at 4:47 pm said:") is unmistakable; a
            // "Comments" link needs an article-sized run before it.
            let head = cands[i].text.trim_end().ends_with(':');
            if head || best.is_some_and(|(s, _, _)| s >= COMMENTS_MIN_PRIOR_SCORE) {
                in_comments = true;
            }
        }
        // On a page that sets paragraphs apart with blank lines, only such a paragraph starts a
        // run, and prose packed line by line (teaser cards) does not carry one on.
        // Consecutive prose lines are paragraphs even without blank lines (a CNN-style page).
        let anchors = |j: usize| {
            long_rows[j]
                || classes[j] == Class::Good
                    && (weights[j] >= 1.0
                        || (j > 0 && classes[j - 1] == Class::Good)
                        || classes.get(j + 1) == Some(&Class::Good))
        };
        if !anchors(i) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        let mut score = 0usize;
        let mut pending = 0usize;
        let mut j = i;
        let mut gap = 0;
        while j < n {
            // A table or list inside the article does not break its run.
            let row = classes[j] != Class::Bad && rows[j];
            match classes[j] {
                _ if long_rows[j] => {
                    score += feats[j].chars.min(BLOCK_SCORE_CAP) + pending;
                    pending = 0;
                    end = j;
                    gap = 0;
                }
                _ if row => pending += weighted(j) / 4,
                Class::Good if !anchors(j) => {
                    gap += 1;
                    pending += weighted(j);
                }
                Class::Good => {
                    score += weighted(j) + pending;
                    pending = 0;
                    end = j;
                    gap = 0;
                }
                Class::Near => {
                    gap += 1;
                    pending += weighted(j) / 2;
                }
                Class::Short => gap += 1,
                Class::Bad if feats[j].junk == Some(Reason::Comments) => break,
                Class::Bad => gap += 2,
            }
            if gap > MAX_GAP_BLOCKS {
                break;
            }
            j += 1;
        }
        let weight = if in_comments {
            COMMENTS_RUN_WEIGHT
        } else {
            1.0
        };
        let score = score as f32 * weight;
        if best.is_none_or(|(s, _, _)| score > s) {
            best = Some((score, start, end));
        }
        if !in_comments {
            runs.push((score, start, end));
        }
        i = j.max(i + 1);
    }
    let Some((best_score, s, e)) = best else {
        return (None, None, Vec::new());
    };
    // An article cut in two by a box of teasers: a strong run close to the best one is part of
    // the article too.
    let extra = runs
        .iter()
        .filter(|&&(score, rs, re)| {
            (rs, re) != (s, e)
                && re > rs
                && score >= RUN_MERGE_SHARE * best_score
                && (rs.abs_diff(e) <= RUN_MERGE_DISTANCE || re.abs_diff(s) <= RUN_MERGE_DISTANCE)
        })
        .map(|&(_, rs, re)| (rs, re))
        .collect();
    (Some(s), Some(e), extra)
}

/// How much each block's text counts in the search for the main run. A browser's copy puts a
/// blank line around paragraphs (`<p>` has margins) but not between the items of a menu or a
/// list of teasers, so on a page that uses blank lines, prose without them counts for less.
fn paragraph_weights(cands: &[Candidate], classes: &[Class]) -> Vec<f32> {
    let n = cands.len();
    let isolated: Vec<bool> = (0..n)
        .map(|i| cands[i].after_blank || cands.get(i + 1).is_none_or(|c| c.after_blank))
        .collect();
    let good_isolated = (0..n)
        .filter(|&i| classes[i] == Class::Good && isolated[i])
        .count();
    if good_isolated < MIN_BLANK_SEPARATED_PARAGRAPHS {
        return vec![1.0; n];
    }
    isolated
        .iter()
        .map(|&iso| if iso { 1.0 } else { TIGHT_LINE_WEIGHT })
        .collect()
}

/// For HTML, the region is given by the structure: the first and last blocks inside the chosen
/// container that are not boilerplate.
fn main_region_from_structure(
    cands: &[Candidate],
    classes: &[Class],
    feats: &[Features],
) -> (Option<usize>, Option<usize>) {
    let inside: Vec<usize> = cands
        .iter()
        .enumerate()
        .filter(|(i, c)| c.in_main == Some(true) && classes[*i] != Class::Bad)
        .map(|(i, _)| i)
        .collect();
    // The region ends with its last prose block, or the list or quote right after it: short
    // lines after the prose are the container's widgets ("Top Video", "Don't Miss").
    let widget_like = |i: usize| {
        classes[i] == Class::Short
            && cands[i].role != Some(Role::ListItem)
            && (cands[i].role == Some(Role::Heading)
                || (feats[i].words <= SHORT_MAX_WORDS && !feats[i].sentence_end))
    };
    let mut end = inside.len();
    while end > 1 && widget_like(inside[end - 1]) {
        end -= 1;
    }
    (
        inside.first().copied(),
        end.checked_sub(1).map(|e| inside[e]),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agency_captions_and_datelines() {
        assert!(agency_caption(
            "(250505) -- BOLOGNA, May 5, 2025 (Xinhua) -- Players celebrate"
        ));
        assert!(!agency_caption(
            "(1) The first point, as agreed -- no more."
        ));
        assert!(starts_with_dateline(
            "WASHINGTON (AP) — Ambassador Gordon Sondland"
        ));
        assert!(starts_with_dateline(
            "New Delhi [India], May 5 (ANI): BJP leader"
        ));
        assert!(!starts_with_dateline("He said (again) that it was fine."));
    }

    #[test]
    fn junk_phrases_in_several_languages() {
        assert_eq!(junk_reason("Share", 5, 1), Some(Reason::ShareButtons));
        assert_eq!(
            junk_reason("Lesen Sie auch:", 15, 3),
            Some(Reason::RelatedLinks)
        );
        assert_eq!(
            junk_reason("© 2025 Example Media. All rights reserved.", 42, 6),
            Some(Reason::CopyrightFooter)
        );
        assert_eq!(junk_reason("Anzeige", 7, 1), Some(Reason::Advertisement));
    }

    #[test]
    fn teasers_are_truncated_after_a_word() {
        assert!(is_truncated("bringing together..."));
        assert!(is_truncated("the other side…"));
        assert!(!is_truncated("Wait..."[..4].trim()));
        assert!(!is_truncated("A full sentence."));
    }
}

#[cfg(test)]
mod fast_path_tests {
    use super::*;

    #[test]
    fn one_pass_measure_counts_like_split_words() {
        for text in [
            "The cat sat on the mat, and the dog was in it.",
            "Der Hund und die Katze sind nicht im Haus, sagt er.",
            "  ¿Qué tal?  — «Très bien», l'homme dit…",
            "東京は、晴れ。雨が降る！",
            "a",
            "",
            "x\u{0}y\u{feff}z",
        ] {
            let f = measure(text, 0);
            assert_eq!(f.chars, text.chars().count(), "{text:?}");
            assert_eq!(
                f.words,
                if f.cjk {
                    f.words
                } else {
                    words_of(text).count()
                },
                "{text:?}"
            );
        }
    }
}
