//! The headline of pasted text: which line above the article is shaped like one and says
//! what the article says.

use super::byline::{looks_like_name_or_credit, parse_byline};
use super::dates::{
    DATE_LINE_MAX_OTHER_WORDS, Tok, find_date, is_date_line_word, month_number, tokenize,
};
use super::site::looks_like_domain;
use crate::extract::lexicon::phrases::BREADCRUMB_OPENERS;
use crate::extract::lexicon::stopwords::FUNCTION_WORDS;
use crate::extract::util::chars::{is_cjk, whitespace_words};
use crate::extract::util::fnv::FnvBuild;
use crate::extract::util::lower::lowercase;

/// Headlines have at least this many words (a shorter line is a label: "Home", "Sport")…
const HEADLINE_MIN_WORDS: usize = 3;
/// …and at most this many (longer is a standfirst or a sentence).
const HEADLINE_MAX_WORDS: usize = 25;
/// A headline has at least this many words that are not dates, times or date-line words.
const HEADLINE_MIN_TELLING_WORDS: usize = 2;
/// In scripts without spaces, the same bounds in characters.
const HEADLINE_MIN_CJK_CHARS: usize = 8;
const HEADLINE_MAX_CJK_CHARS: usize = 150;
/// A headline shares at least this many content words with the article's first paragraphs…
const HEADLINE_MIN_SHARED_WORDS: usize = 2;
/// …and at least this share of its own content words (a menu line that happens to name the
/// story's subject once does not). Tuned on the 181 scrapinghub pages against their HTML titles.
const HEADLINE_MIN_SHARED_SHARE: f32 = 0.25;
/// A headline sharing a single word with the lead must share at least this share of its words.
const HEADLINE_SHORT_MIN_SHARED_SHARE: f32 = 0.5;
/// …and stand at most this many lines above the article.
const HEADLINE_SHORT_MAX_DISTANCE: usize = 2;
/// Puts every line sharing two words or more ahead of any line sharing one.
const HEADLINE_STRONG_BONUS: f32 = 10.0;
/// Content words match when they share a prefix this long (or the whole shorter word)…
const STEM_MIN_CHARS: usize = 4;
/// …missing at most this many characters of the shorter word, so that "plague" matches
/// "plagues", "Wahl" matches "Wahlen" and "вкуса" matches "вкусом".
const STEM_MAX_ENDING_CHARS: usize = 2;
/// Words shorter than this are function words in the languages we expect.
const CONTENT_WORD_MIN_CHARS: usize = 4;
/// A line near the top of a pasted page that might be the headline, with what the classifier
/// knows about where it stands.
#[derive(Debug, Clone)]
pub struct HeadlineCandidate<'a> {
    pub text: &'a str,
    /// Lines between it and the article's first paragraph (0 for the line right above it).
    pub distance: usize,
    /// A byline or date line sits within a few lines of it: headlines stand beside them.
    pub near_byline: bool,
    /// How many lines of the page have this same text (a menu item repeats; so can a headline).
    pub occurrences: usize,
}

/// Content words of a line: lower case, longer than a function word; for CJK text, every pair
/// of neighbouring characters. Sorted and without repeats, as slices of `lower` (the line
/// already lower-cased), so that no word is copied.
pub fn content_words(lower: &str) -> Vec<&str> {
    // `chars` is the word's length in characters.
    let is_content = |word: &str, chars: usize| {
        let numeric = word.bytes().all(|b| b.is_ascii_digit());
        (numeric && chars >= 2)
            || (!numeric && chars >= CONTENT_WORD_MIN_CHARS && !is_function_word(word))
    };
    let mut out = Vec::new();
    // One pass: words end at a character that is neither a letter nor a digit, or is CJK;
    // neighbouring CJK characters make pairs. ASCII is told apart without decoding.
    let bytes = lower.as_bytes();
    let (mut start, mut chars) = (0, 0);
    // The previous character, when it was a CJK letter, with its byte offset.
    let mut prev_cjk: Option<usize> = None;
    let mut pairs = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let (len, separates) = if bytes[i].is_ascii() {
            prev_cjk = None;
            (1, !bytes[i].is_ascii_alphanumeric())
        } else {
            let c = lower[i..].chars().next().unwrap_or_default();
            if is_cjk(c) && c.is_alphanumeric() {
                if let Some(p) = prev_cjk {
                    pairs.push(&lower[p..i + c.len_utf8()]);
                }
                prev_cjk = Some(i);
            } else {
                prev_cjk = None;
            }
            (c.len_utf8(), !c.is_alphanumeric() || is_cjk(c))
        };
        if separates {
            if is_content(&lower[start..i], chars) {
                out.push(&lower[start..i]);
            }
            start = i + len;
            chars = 0;
        } else {
            chars += 1;
        }
        i += len;
    }
    if is_content(&lower[start..], chars) {
        out.push(&lower[start..]);
    }
    out.extend(pairs);
    out.sort_unstable();
    out.dedup();
    out
}

/// A word's first `STEM_MIN_CHARS` characters, which [`same_stem`] words share; `None` for a
/// shorter word (which only matches itself).
fn stem_start(word: &str) -> Option<&str> {
    match word.char_indices().nth(STEM_MIN_CHARS) {
        Some((end, _)) => Some(&word[..end]),
        None => (word.chars().count() == STEM_MIN_CHARS).then_some(word),
    }
}

/// `FUNCTION_WORDS` as a set: every word of every candidate headline is looked up.
fn is_function_word(word: &str) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str, FnvBuild>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| FUNCTION_WORDS.iter().copied().collect())
        .contains(word)
}

/// True when `word` is one of `lead_words` (sorted) or a form of one: only the lead's words
/// that start alike are compared.
fn shares_stem_with(word: &str, lead_words: &[&str]) -> bool {
    if lead_words.binary_search(&word).is_ok() {
        return true;
    }
    let Some(start) = stem_start(word) else {
        return false;
    };
    let from = lead_words.partition_point(|l| *l < start);
    lead_words[from..]
        .iter()
        .take_while(|l| l.starts_with(start))
        .any(|l| same_stem(word, l))
}

/// True when two content words are forms of one word: equal, or sharing all but the ending.
fn same_stem(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let shorter = a.chars().count().min(b.chars().count());
    common >= STEM_MIN_CHARS && common + STEM_MAX_ENDING_CHARS >= shorter
}

/// True for a line shaped like a headline: a few words (or CJK characters), not a date line, a
/// byline, a breadcrumb, a photo credit or a person's name alone, not cut off or introducing a
/// list.
pub fn headline_shaped(text: &str) -> bool {
    let t = text.trim();
    let words = whitespace_words(t);
    let cjk = t.chars().filter(|&c| is_cjk(c)).count();
    let sized = if cjk * 2 >= t.chars().count() {
        (HEADLINE_MIN_CJK_CHARS..=HEADLINE_MAX_CJK_CHARS).contains(&t.chars().count())
    } else {
        (HEADLINE_MIN_WORDS..=HEADLINE_MAX_WORDS).contains(&words)
    };
    // A full stop ends a sentence (a standfirst, a caption), not a headline.
    if !sized || t.ends_with(['…', ':', ',', ';', '.']) {
        return false;
    }
    if find_date(t).is_some_and(|d| d.other_words <= DATE_LINE_MAX_OTHER_WORDS + 2)
        || parse_byline(t).is_some()
        || looks_like_domain(t)
    {
        return false;
    }
    // Two sentences ("… des Kochens. Ihre Werke …") make a standfirst, not a headline.
    let sentence_break = t
        .split_whitespace()
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| {
            let word = w[0].trim_end_matches('.');
            w[0].ends_with('.')
                && word.chars().count() >= 3
                && word.chars().all(char::is_lowercase)
                && w[1].chars().next().is_some_and(char::is_uppercase)
        });
    if sentence_break {
        return false;
    }
    // "Updated Nov 19, 6:55 AM": date words and numbers, even without a year.
    let telling_words = tokenize(t)
        .iter()
        .filter(|tok| match tok {
            Tok::Word(w) => month_number(w).is_none() && !is_date_line_word(w),
            _ => false,
        })
        .count();
    if telling_words < HEADLINE_MIN_TELLING_WORDS && cjk * 2 < t.chars().count() {
        return false;
    }
    let lower = t.to_lowercase();
    let breadcrumb = t.contains(['>', '»', '›'])
        || BREADCRUMB_OPENERS.iter().any(|o| {
            lower.starts_with(o)
                && lower[o.len()..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric())
        });
    !breadcrumb && !looks_like_name_or_credit(t)
}

/// Picks the headline among `cands`: the headline-shaped line that shares the most content
/// words with `lead` (the standfirst and first paragraphs), preferring lines close to the
/// article, beside its byline, and not repeated as menu items. None when no line shares enough
/// with the lead to be its headline.
pub fn choose_headline(cands: &[HeadlineCandidate<'_>], lead: &str) -> Option<usize> {
    let lead_lower = lowercase(lead);
    // Sorted: the lead's words that start alike (and so may share a stem) stand together.
    let lead_words = content_words(&lead_lower);
    let mut best: Option<(f32, usize)> = None;
    for (i, c) in cands.iter().enumerate() {
        let lower = lowercase(c.text);
        let words = content_words(&lower);
        let shared = words
            .iter()
            .filter(|w| shares_stem_with(w, &lead_words))
            .count();
        let share = shared as f32 / words.len().max(1) as f32;
        let strong = shared >= HEADLINE_MIN_SHARED_WORDS && share >= HEADLINE_MIN_SHARED_SHARE;
        // A short headline ("A headline about the council") may share a single word, if that
        // is half of what it says and it stands right above the article, beside its byline or
        // date; it wins only when no line shares more.
        let weak = shared >= 1
            && share >= HEADLINE_SHORT_MIN_SHARED_SHARE
            && c.distance <= HEADLINE_SHORT_MAX_DISTANCE
            && c.near_byline;
        // The shape is the dearer test: only for lines that share enough with the lead.
        if (!strong && !weak) || !headline_shaped(c.text) {
            continue;
        }
        let letters: Vec<char> = c.text.chars().filter(|c| c.is_alphabetic()).collect();
        let shouting = letters.len() > 3 && letters.iter().all(|c| !c.is_lowercase());
        let score = share
            + 0.05 * shared.min(6) as f32
            + 0.3 / (1.0 + c.distance as f32 / 4.0)
            + if c.near_byline { 0.2 } else { 0.0 }
            - if c.occurrences > 2 { 0.3 } else { 0.0 }
            - if shouting { 0.2 } else { 0.0 }
            + if strong { HEADLINE_STRONG_BONUS } else { 0.0 };
        if best.is_none_or(|(s, _)| score > s) {
            best = Some((score, i));
        }
    }
    best.map(|(_, i)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs the whole text path on a synthetic pasted page.
    fn pasted(page: &str) -> crate::extract::Article {
        crate::extract::text::extract_text(page, crate::extract::Format::Text).0
    }

    const BRIDGE_BODY: &str = "The city council voted on Tuesday to approve the new river bridge, \
ending a debate that had lasted almost ten years and divided residents on both banks of the river.

Supporters of the bridge said the crossing would cut travel times for thousands of commuters and \
bring new shops to the quieter northern bank, which has lost several businesses in recent years.

Opponents had argued that the council should repair the old bridge instead, and that the cost of \
the new one would leave little money for schools, parks and the library over the coming decade.

Construction is expected to begin next spring, and the council said the bridge should open to \
traffic within three years if the weather and the suppliers cooperate with the planned schedule.";

    #[test]
    fn the_headline_is_found_among_menus_share_rows_and_gallery_lines() {
        let page = format!(
            "Skip to content\nNews\nSport\nBusiness\nHome > News > Local\nBack to Gallery\n\
             Image 1 of 5\nShare this article\nShare\nTweet\nEmail\n\
             Council approves new river bridge after years of delay\nBy Jane Doe\n\
             May 5, 2025\n\n{BRIDGE_BODY}\n\nMore from News\nShare\nTweet\n"
        );
        let a = pasted(&page);
        assert_eq!(
            a.title.as_deref(),
            Some("Council approves new river bridge after years of delay")
        );
        assert!(!a.title_inferred);
        assert_eq!(a.authors, vec!["Jane Doe".to_string()]);
    }

    #[test]
    fn a_german_headline_beside_its_byline() {
        let page = "Zurück zur Übersicht\nStartseite > Politik\nTeilen\nDrucken\n\
            Stadtrat beschließt neue Brücke über den Fluss\nVon Max Muster\n5. Mai 2025\n\n\
            Der Stadtrat hat am Dienstag den Bau der neuen Brücke über den Fluss beschlossen und \
            damit eine Debatte beendet, die fast zehn Jahre gedauert hatte.\n\n\
            Befürworter der Brücke sagen, dass die neue Verbindung die Wege für tausende Pendler \
            verkürzt und dem nördlichen Ufer neue Geschäfte bringen wird.\n\n\
            Gegner hatten gefordert, dass der Stadtrat stattdessen die alte Brücke repariert, weil \
            die Kosten der neuen Brücke für Schulen und Parks fehlen würden.\n\n\
            Der Bau soll im nächsten Frühjahr beginnen, und die Brücke soll in drei Jahren für den \
            Verkehr freigegeben werden, wenn das Wetter mitspielt.\n";
        let a = pasted(page);
        assert_eq!(
            a.title.as_deref(),
            Some("Stadtrat beschließt neue Brücke über den Fluss")
        );
        assert!(!a.title_inferred);
    }

    #[test]
    fn a_french_headline_above_its_standfirst() {
        let page = "Accueil > Actualités > Région\nPartager\nNewsletter\n\
            Le conseil municipal approuve le nouveau pont sur la rivière\n\
            Par Marie Dupont\nPublié le 5 mai 2025 à 14h42\n\n\
            Le conseil municipal a approuvé mardi la construction du nouveau pont sur la rivière, \
            mettant fin à un débat qui durait depuis presque dix ans dans la ville.\n\n\
            Les partisans du pont affirment que la traversée réduira les trajets de milliers de \
            personnes et apportera de nouveaux commerces sur la rive nord.\n\n\
            Les opposants demandaient au conseil de réparer plutôt l'ancien pont, dont la \
            rénovation aurait coûté bien moins cher que la construction du nouveau.\n\n\
            Les travaux doivent commencer au printemps prochain, et le pont devrait ouvrir à la \
            circulation dans trois ans si le calendrier est respecté.\n";
        let a = pasted(page);
        assert_eq!(
            a.title.as_deref(),
            Some("Le conseil municipal approuve le nouveau pont sur la rivière")
        );
        assert!(!a.title_inferred);
    }

    #[test]
    fn without_a_headline_the_title_is_inferred_not_taken_from_a_menu() {
        let page = format!(
            "Skip to content\nLatest stories from around the world\nShare Close extra sharing options\n\
             Breaking News Emails\nJane Doe\n\n{BRIDGE_BODY}\n"
        );
        let a = pasted(&page);
        assert!(a.title_inferred, "title {:?}", a.title);
    }

    #[test]
    fn headline_shape_rejects_fields_and_labels() {
        assert!(headline_shaped("Council approves new river bridge"));
        assert!(!headline_shaped("Adam Clark Estes"));
        assert!(!headline_shaped("Patrick Semansky, ASSOCIATED PRESS"));
        assert!(!headline_shaped("Home News Science & Astronomy"));
        assert!(!headline_shaped("you are here: HomeNewsBusiness"));
        assert!(!headline_shaped(
            "Updated Nov 19, 6:55 AM;Posted Nov 19, 6:51 AM"
        ));
        assert!(!headline_shaped("By Jane Doe and John Roe"));
        assert!(!headline_shaped(
            "The council voted on Tuesday to approve it."
        ));
        assert!(headline_shaped("市议会批准在河上新建一座大桥"));
        assert!(!headline_shaped(
            "Sie sind wahre Meister der Küche geworden. Ihre Werke begeistern"
        ));
        assert!(headline_shaped("U.S. Forces Leave the Base"));
    }

    #[test]
    fn inflected_words_count_as_shared() {
        let lead = "Вкусом и красотой поражают самые популярные фудблогеры";
        let cands = [
            HeadlineCandidate {
                text: "Советы хозяйке на каждый день",
                distance: 1,
                near_byline: false,
                occurrences: 1,
            },
            HeadlineCandidate {
                text: "Мастера вкуса: самых крутых фудблогера",
                distance: 3,
                near_byline: true,
                occurrences: 1,
            },
        ];
        assert_eq!(choose_headline(&cands, lead), Some(1));
    }
}
