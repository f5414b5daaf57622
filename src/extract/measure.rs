//! What can be measured about a block once: the first of two steps, kept apart as the house style
//! asks. [`features`] computes length, sentence shape, stop-word density for the page's
//! language, link density and what its words say; `decide` then keeps or trims
//! each block with context.

use std::collections::HashMap;

use super::Reason;
use super::candidate::{Candidate, Features, SHORT_MAX_WORDS};
use super::fields::dates::{find_date, parse_date_line};
use super::lexicon::phrases::{
    ADVERTISEMENT, AFFILIATE, AUTHOR_BIO, CAPTION_MARKERS, COMMENTS, CONTACT, COOKIE,
    COOKIE_CONTEXT, COPYRIGHT, CREDIT_OPENERS, NEWSLETTER, PROMOTION, RELATED_OPENERS,
    SECOND_PERSON, SHARE_WORDS, UPDATED_OPENERS,
};
use super::lexicon::stopwords::STOP_WORDS;
use super::util::chars::{at_most_words, is_cjk, is_word_char};
use super::util::fnv::FnvBuild;
use super::util::lower::lowercase;

// ---------------------------------------------------------------------------------------------
// Thresholds. Tuned on the seed and on the scrapinghub corpus's pasted text (181 pages), then
// checked against its HTML: they are deliberately round numbers, not fitted to the third digit.
// ---------------------------------------------------------------------------------------------

/// jusText's "stopwords_high" halved for a mix of languages: share of words that are stop words.
pub const STOP_RATIO_PROSE: f32 = 0.20;
/// Below this share of stop words, even long text is a list of names or links.
pub const STOP_RATIO_MIN: f32 = 0.08;
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
/// Cookie notices are long but unmistakable: their rule applies up to this length.
const COOKIE_RULE_MAX_CHARS: usize = 2000;
/// Phrase rules (newsletter, cookie, …) only apply to blocks shorter than this: a long
/// paragraph that mentions a newsletter is still prose.
const PHRASE_RULE_MAX_CHARS: usize = 400;
/// The longest stop word in the lists, in bytes: longer words are not looked up.
const STOP_WORD_MAX_BYTES: usize = 12;
/// Blocks with fewer words than this (menus) are not used to guess the page's language.
const LANGUAGE_SAMPLE_MIN_WORDS: usize = 10;
/// The language guess stops after this many words.
const LANGUAGE_SAMPLE_WORDS: usize = 3000;
/// Date lines are short ("Published 5 May 2025, 14:42 GMT+10 | Updated 6 May 2025").
const DATE_LINE_MAX_CHARS: usize = 120;
/// "Updated at 1:23 p.m.": short lines opening with these words are page metadata.
const UPDATED_LINE_MAX_WORDS: usize = 6;
/// Photo credits are short: "Patrick Semansky/Associated Press".
const PHOTO_CREDIT_MAX_WORDS: usize = 8;
/// Credit lines and author biographies are short.
const CREDIT_LINE_MAX_WORDS: usize = 40;
/// Contact and "follow us" lines are short.
const CONTACT_LINE_MAX_WORDS: usize = 40;

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

/// Every candidate's features, with the stop words of the page's language.
pub fn measure_page(cands: &[Candidate]) -> Vec<Features> {
    let mut feats: Vec<Features> = cands
        .iter()
        .map(|c| measure(&c.text, c.link_chars))
        .collect();
    let lang = page_language_of(&feats);
    for f in &mut feats {
        apply_language(f, lang);
    }
    feats
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
    let ellipsis_end = is_truncated(trimmed);
    let sentence_end = !ellipsis_end && ends_with_stop(trimmed);
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

/// Whether `text` ends a sentence: a full stop, question or exclamation mark, colon, semicolon or
/// ellipsis, before any closing quotes and brackets, and not cut short ("Read more...").
pub(crate) fn ends_a_sentence(text: &str) -> bool {
    let trimmed = text.trim_end();
    !is_truncated(trimmed) && ends_with_stop(trimmed)
}

/// Whether `trimmed` ends with a sentence's stop, before any closing quotes and brackets.
fn ends_with_stop(trimmed: &str) -> bool {
    let last_meaningful = trimmed
        .trim_end_matches([
            '"', '\'', '”', '’', '»', '«', ')', ']', '“', '」', '』', '）',
        ])
        .chars()
        .next_back();
    matches!(
        last_meaningful,
        Some('.' | '!' | '?' | '。' | '！' | '？' | ':' | ';' | '…')
    )
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

    /// Which phrase groups occur in `lower`, as a bit set indexed by `Phrase as u32`. Overlapping
    /// matches: a phrase inside a longer one ("your" in "in your inbox") hid the longer one from
    /// a search that resumes after each match, and the newsletter prompts written with "your"
    /// went unread.
    fn groups_in(&self, lower: &str) -> u32 {
        let mut found = 0u32;
        for m in self.automaton.find_overlapping_iter(lower) {
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
            && !at_most_words(&t[..i], 1)
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
    parts.len() >= 3 && parts.iter().all(|p| at_most_words(p, SHORT_MAX_WORDS))
}

/// A teaser card's headline run into its summary without a space: a lower-case word of at least
/// `GLUED_MIN_LOWER` letters directly followed by a capitalised word ("PossibleThe").
fn glued_headline(text: &str) -> bool {
    // "…travelers in 2019  Armenia has been named…": headline and summary joined by two spaces.
    if let Some(p) = text.find("  ")
        && p < GLUED_SEARCH_CHARS
        && !at_most_words(&text[..p], 2)
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
        let prompt = "Boost your garden's soil with my guide! It's part of my free library. \
                      Enter your best email for instant access! >>";
        assert_eq!(
            junk_reason(prompt, prompt.len(), 21),
            Some(Reason::NewsletterPrompt)
        );
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
