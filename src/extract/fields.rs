//! Title, site, authors, date, url, summary: recognising field lines and parsing dates.
//!
//! Everything here is language-aware but table-driven: month names, byline words and time-zone
//! abbreviations for English, German, French, Spanish, Polish, Italian, Dutch and Portuguese, and
//! the CJK `年月日` form.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, TimeZone};

use super::lexicon::dates::{DATE_LINE_WORDS, MONTHS, ZONES};
use super::lexicon::names::{BYLINE_OPENERS, COMPANY_FORMS, NOT_NAME_WORDS};
use super::lexicon::phrases::BREADCRUMB_OPENERS;
use super::lexicon::stopwords::FUNCTION_WORDS;
use super::util::chars::is_cjk;
use super::util::fnv::FnvBuild;
use super::util::lower::lowercase;
use super::{Published, PublishedValue};

/// A date line must be short: at most this many words besides the date itself (tuned so that
/// "Published 05 May 2025, 14:42 GMT+10 | Updated …" passes and a sentence mentioning a date
/// does not).
const DATE_LINE_MAX_OTHER_WORDS: usize = 4;
/// Bylines are short: "By Jane Doe and John Roe, Reuters" has 7 words.
const BYLINE_MAX_WORDS: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok<'a> {
    Num(&'a str),
    Word(&'a str),
    Punct(char),
}

fn tokenize(s: &str) -> Vec<Tok<'_>> {
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some(&(i, c)) = chars.peek() {
        if c.is_ascii_digit() {
            let mut end = i;
            while let Some(&(j, d)) = chars.peek() {
                if d.is_ascii_digit() {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(Tok::Num(&s[i..end]));
        } else if c.is_alphabetic() && !is_cjk(c) {
            let mut end = i;
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphabetic() && !is_cjk(d) {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            out.push(Tok::Word(&s[i..end]));
        } else if c.is_whitespace() {
            chars.next();
        } else {
            out.push(Tok::Punct(c));
            chars.next();
        }
    }
    out
}

fn month_number(word: &str) -> Option<u32> {
    static TABLE: std::sync::OnceLock<std::collections::HashMap<&'static str, u32, FnvBuild>> =
        std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| MONTHS.iter().copied().collect());
    if word.len() > 14 || word.len() < 3 {
        return None;
    }
    with_lowercase(word, |lower| {
        table.get(lower.trim_end_matches('.')).copied()
    })
}

/// True for a word of `DATE_LINE_WORDS`, in any case.
fn is_date_line_word(word: &str) -> bool {
    static SET: std::sync::OnceLock<std::collections::HashSet<&'static str, FnvBuild>> =
        std::sync::OnceLock::new();
    let set = SET.get_or_init(|| DATE_LINE_WORDS.iter().copied().collect());
    with_lowercase(word, |lower| set.contains(lower))
}

/// Calls `f` with `word` in lower case: a short ASCII word is lowered on the stack, any other
/// with `str::to_lowercase`.
fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if word.len() <= buf.len() && word.is_ascii() {
        let buf = &mut buf[..word.len()];
        buf.copy_from_slice(word.as_bytes());
        buf.make_ascii_lowercase();
        // ASCII bytes stay ASCII when lowered.
        return f(std::str::from_utf8(buf).unwrap_or_default());
    }
    f(&word.to_lowercase())
}

fn zone_minutes(word: &str) -> Option<i32> {
    let lower = word.to_ascii_lowercase();
    ZONES.iter().find(|(n, _)| *n == lower).map(|&(_, m)| m)
}

fn year_of(n: &str) -> Option<i32> {
    let y: i32 = n.parse().ok()?;
    match n.len() {
        4 if (1900..=2100).contains(&y) => Some(y),
        _ => None,
    }
}

/// A date found in a line, and how much of the line was not part of it.
#[derive(Debug, Clone, PartialEq)]
pub struct FoundDate {
    pub value: PublishedValue,
    /// Words in the line that were neither the date nor date-line vocabulary.
    pub other_words: usize,
}

/// Parses the first date in `s`, in any of the supported shapes: ISO 8601 / RFC 3339,
/// "05 May 2025, 14:42 GMT+10", "May 5, 2025 2:42 PM EDT", "5. Mai 2025", "05.05.2025 14:42",
/// "05/05/2025", "2025年5月5日".
pub fn find_date(s: &str) -> Option<FoundDate> {
    if s.len() > 400 {
        return None;
    }
    // Every shape has a year of two or four digits: a line without two digits in a row holds
    // no date, and is not tokenized.
    if !s
        .as_bytes()
        .windows(2)
        .any(|w| w[0].is_ascii_digit() && w[1].is_ascii_digit())
    {
        return None;
    }
    let toks = tokenize(s);
    let mut used = vec![false; toks.len()];
    let date = find_calendar_date(&toks, &mut used)?;
    let time = find_time(&toks, &mut used);
    let value = match time {
        Some((t, Some(offset_min))) => {
            let offset = FixedOffset::east_opt(offset_min * 60)?;
            let dt: DateTime<FixedOffset> =
                offset.from_local_datetime(&date.and_time(t)).single()?;
            PublishedValue::DateTime(dt)
        }
        // A time without a zone would be a guess at the offset: keep the date alone.
        _ => PublishedValue::Date(date),
    };
    let other_words = toks
        .iter()
        .zip(&used)
        .filter(|(t, u)| {
            !**u && match t {
                Tok::Word(w) => !is_date_line_word(w) && month_number(w).is_none(),
                Tok::Num(_) => true,
                Tok::Punct(c) => is_cjk(*c) && !matches!(c, '年' | '月' | '日' | '时' | '分'),
            }
        })
        .count();
    Some(FoundDate { value, other_words })
}

/// Parses `s` as a date line: a date with at most a few other words around it.
pub fn parse_date_line(s: &str) -> Option<PublishedValue> {
    let found = find_date(s)?;
    (found.other_words <= DATE_LINE_MAX_OTHER_WORDS).then_some(found.value)
}

/// Parses a machine-readable date (meta tags, JSON-LD, `<time datetime>`), falling back to the
/// human forms.
pub fn parse_machine_date(s: &str) -> Option<PublishedValue> {
    let s = s.trim();
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(PublishedValue::DateTime(dt));
    }
    for fmt in [
        "%Y-%m-%dT%H:%M:%S%.f%z",
        "%Y-%m-%dT%H:%M%z",
        "%Y-%m-%d %H:%M:%S%.f%z",
    ] {
        if let Ok(dt) = DateTime::parse_from_str(s, fmt) {
            return Some(PublishedValue::DateTime(dt));
        }
    }
    if let Some(d) = s
        .get(..10)
        .and_then(|d| NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    {
        // "2025-05-05T14:42:00" without a zone: the date is certain, the offset is not.
        return Some(PublishedValue::Date(d));
    }
    find_date(s).map(|f| f.value)
}

fn find_calendar_date(toks: &[Tok<'_>], used: &mut [bool]) -> Option<NaiveDate> {
    let n = toks.len();
    for i in 0..n {
        match toks[i] {
            Tok::Num(a) => {
                // ISO: 2025-05-05 or 2025/05/05; CJK: 2025年5月5日.
                if let Some(y) = year_of(a) {
                    if let (
                        Some(Tok::Punct(p)),
                        Some(Tok::Num(m)),
                        Some(Tok::Punct(q)),
                        Some(Tok::Num(d)),
                    ) = (
                        toks.get(i + 1),
                        toks.get(i + 2),
                        toks.get(i + 3),
                        toks.get(i + 4),
                    ) && (*p == *q && matches!(p, '-' | '/' | '.') || (*p == '年' && *q == '月'))
                        && let Some(date) = ymd(y, m, d)
                    {
                        mark(used, i, 5);
                        if matches!(toks.get(i + 5), Some(Tok::Punct('日'))) {
                            used[i + 5] = true;
                        }
                        return Some(date);
                    }
                    // "2025 May 5"
                    if let (Some(Tok::Word(mw)), Some(Tok::Num(d))) =
                        (toks.get(i + 1), toks.get(i + 2))
                        && let Some(m) = month_number(mw)
                        && let Some(date) = num_date(y, m, d)
                    {
                        mark(used, i, 3);
                        return Some(date);
                    }
                    continue;
                }
                // Numeric day-first dates: 05.05.2025, 05/05/2025, 5-5-2025.
                if a.len() <= 2
                    && let (
                        Some(Tok::Punct(p)),
                        Some(Tok::Num(b)),
                        Some(Tok::Punct(q)),
                        Some(Tok::Num(c)),
                    ) = (
                        toks.get(i + 1),
                        toks.get(i + 2),
                        toks.get(i + 3),
                        toks.get(i + 4),
                    )
                    && p == q
                    && matches!(p, '.' | '/' | '-')
                    && b.len() <= 2
                {
                    let year = year_of(c).or_else(|| {
                        (c.len() == 2)
                            .then(|| c.parse::<i32>().ok().map(|y| 2000 + y))
                            .flatten()
                    });
                    if let Some(y) = year {
                        let (x, z): (u32, u32) = (a.parse().ok()?, b.parse().ok()?);
                        // Day first unless that is impossible (the US order then).
                        let date = NaiveDate::from_ymd_opt(y, z, x)
                            .or_else(|| NaiveDate::from_ymd_opt(y, x, z));
                        if let Some(date) = date {
                            mark(used, i, 5);
                            return Some(date);
                        }
                    }
                }
                // "05 May 2025", "5. Mai 2025", "5 de mayo de 2025"
                if a.len() <= 2 {
                    let mut j = i + 1;
                    if matches!(toks.get(j), Some(Tok::Punct('.'))) {
                        j += 1;
                    }
                    if matches!(toks.get(j), Some(Tok::Word(w)) if w.eq_ignore_ascii_case("de")) {
                        j += 1;
                    }
                    if let Some(Tok::Word(mw)) = toks.get(j)
                        && let Some(m) = month_number(mw)
                    {
                        let mut k = j + 1;
                        while matches!(toks.get(k), Some(Tok::Punct('.' | ','))) {
                            k += 1;
                        }
                        if matches!(toks.get(k), Some(Tok::Word(w)) if w.eq_ignore_ascii_case("de"))
                        {
                            k += 1;
                        }
                        if let Some(Tok::Num(y)) = toks.get(k)
                            && let Some(y) = year_of(y)
                            && let Some(date) = num_date(y, m, a)
                        {
                            mark(used, i, k + 1 - i);
                            return Some(date);
                        }
                    }
                }
            }
            Tok::Word(mw) => {
                // "May 5, 2025", "Nov. 19, 2019"
                if let Some(m) = month_number(mw) {
                    let mut j = i + 1;
                    if matches!(toks.get(j), Some(Tok::Punct('.'))) {
                        j += 1;
                    }
                    if let Some(Tok::Num(d)) = toks.get(j)
                        && d.len() <= 2
                    {
                        let mut k = j + 1;
                        if matches!(toks.get(k), Some(Tok::Word("st" | "nd" | "rd" | "th"))) {
                            k += 1;
                        }
                        while matches!(toks.get(k), Some(Tok::Punct(',' | '.'))) {
                            k += 1;
                        }
                        if let Some(Tok::Num(y)) = toks.get(k)
                            && let Some(y) = year_of(y)
                            && let Some(date) = num_date(y, m, d)
                        {
                            mark(used, i, k + 1 - i);
                            return Some(date);
                        }
                    }
                }
            }
            Tok::Punct(_) => {}
        }
    }
    None
}

fn mark(used: &mut [bool], from: usize, len: usize) {
    for u in used.iter_mut().skip(from).take(len) {
        *u = true;
    }
}

fn ymd(y: i32, m: &str, d: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m.parse().ok()?, d.parse().ok()?)
}

fn num_date(y: i32, m: u32, d: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d.parse().ok()?)
}

/// Finds "14:42", "2:42 PM", "14h42", "14.42 Uhr" and a zone after it ("GMT+10", "EDT",
/// "+02:00", "Z").
fn find_time(toks: &[Tok<'_>], used: &mut [bool]) -> Option<(NaiveTime, Option<i32>)> {
    for i in 0..toks.len() {
        if used[i] {
            continue;
        }
        let Tok::Num(h) = toks[i] else { continue };
        if h.len() > 2 {
            continue;
        }
        let sep_ok = match toks.get(i + 1) {
            Some(Tok::Punct(':')) => true,
            Some(Tok::Word(w)) => w.eq_ignore_ascii_case("h"),
            Some(Tok::Punct('.')) => {
                matches!(toks.get(i + 3), Some(Tok::Word(w)) if w.eq_ignore_ascii_case("uhr"))
            }
            _ => false,
        };
        let Some(Tok::Num(mi)) = toks.get(i + 2) else {
            continue;
        };
        if !sep_ok || mi.len() != 2 {
            continue;
        }
        let mut hour: u32 = h.parse().ok()?;
        let minute: u32 = mi.parse().ok()?;
        let mut j = i + 3;
        let mut second = 0;
        if let (Some(Tok::Punct(':')), Some(Tok::Num(s))) = (toks.get(j), toks.get(j + 1)) {
            second = s.parse().ok()?;
            j += 2;
        }
        // Fractions of a second.
        if let (Some(Tok::Punct('.')), Some(Tok::Num(_))) = (toks.get(j), toks.get(j + 1)) {
            j += 2;
        }
        match toks.get(j) {
            Some(Tok::Word(w)) if w.eq_ignore_ascii_case("pm") || w.eq_ignore_ascii_case("p") => {
                if hour < 12 {
                    hour += 12;
                }
                j += 1;
            }
            Some(Tok::Word(w)) if w.eq_ignore_ascii_case("am") || w.eq_ignore_ascii_case("a") => {
                if hour == 12 {
                    hour = 0;
                }
                j += 1;
            }
            _ => {}
        }
        // "p.m." leaves ". m ." behind.
        while matches!(toks.get(j), Some(Tok::Punct('.')))
            || matches!(toks.get(j), Some(Tok::Word("m" | "M")))
        {
            j += 1;
        }
        let time = NaiveTime::from_hms_opt(hour, minute, second)?;
        mark(used, i, j - i);
        let zone = find_zone(toks, j, used);
        return Some((time, zone));
    }
    None
}

fn find_zone(toks: &[Tok<'_>], mut j: usize, used: &mut [bool]) -> Option<i32> {
    if matches!(toks.get(j), Some(Tok::Word(w)) if w.eq_ignore_ascii_case("uhr")) {
        used[j] = true;
        j += 1;
    }
    if matches!(toks.get(j), Some(Tok::Punct('('))) {
        j += 1;
    }
    let mut base = None;
    if let Some(Tok::Word(w)) = toks.get(j)
        && let Some(m) = zone_minutes(w)
    {
        used[j] = true;
        base = Some(m);
        j += 1;
    }
    // "+10", "+02:00", "+0200", "-5"
    if let (Some(Tok::Punct(sign @ ('+' | '-' | '−'))), Some(Tok::Num(n))) =
        (toks.get(j), toks.get(j + 1))
    {
        let sign = if *sign == '+' { 1 } else { -1 };
        let (h, m) = match (n.len(), toks.get(j + 2), toks.get(j + 3)) {
            (1 | 2, Some(Tok::Punct(':')), Some(Tok::Num(m))) => {
                used[j + 2] = true;
                used[j + 3] = true;
                (n.parse::<i32>().ok()?, m.parse::<i32>().ok()?)
            }
            (1 | 2, _, _) => (n.parse::<i32>().ok()?, 0),
            (4, _, _) => (n[..2].parse::<i32>().ok()?, n[2..].parse::<i32>().ok()?),
            _ => return base,
        };
        if h <= 14 && m < 60 {
            used[j] = true;
            used[j + 1] = true;
            return Some(base.unwrap_or(0) + sign * (h * 60 + m));
        }
    }
    base
}

/// A `Published` from a raw string, when it holds a date.
pub fn published_from(raw: &str, value: PublishedValue) -> Published {
    Published {
        raw: raw.trim().to_string(),
        value,
    }
}

/// Splits "By Jane Doe and John Roe" into author names, when the line is a byline.
pub fn parse_byline(line: &str) -> Option<Vec<String>> {
    // Markdown emphasis around a byline ("*By Jane Doe*") is not part of it.
    // Most lines have none, and are read in place.
    let cleaned: std::borrow::Cow<'_, str> = if line.contains(['*', '_']) {
        line.chars()
            .filter(|c| !matches!(c, '*' | '_'))
            .collect::<String>()
            .into()
    } else {
        line.into()
    };
    let trimmed = cleaned.trim();
    // A paragraph is rejected after its first few words.
    let words = trimmed
        .split_whitespace()
        .take(BYLINE_MAX_WORDS + 1)
        .count();
    if !(2..=BYLINE_MAX_WORDS).contains(&words) {
        return None;
    }
    let lower = trimmed.to_lowercase();
    let opener = BYLINE_OPENERS.iter().find(|o| {
        lower.starts_with(*o)
            && lower[o.len()..]
                .chars()
                .next()
                .is_some_and(|c| c.is_whitespace() || c == ':')
    })?;
    let rest = trimmed[opener.len()..]
        .trim_start_matches([':', ' '])
        .trim();
    // Names start with capitals (in the scripts that have them).
    let first = rest.chars().next()?;
    if first.is_lowercase() {
        return None;
    }
    if rest.ends_with(['.', '!', '?']) && !rest.ends_with(" Jr.") {
        return None;
    }
    // Drop a trailing date or role ("By Jane Doe | May 5, 2025", "By Jane Doe, Reuters").
    let names_part = rest.split(['|', '•', '·']).next().unwrap_or(rest);
    let names: Vec<String> = names_part
        .split([',', '&'])
        .flat_map(|p| {
            p.split(" and ")
                .flat_map(|q| q.split(" und "))
                .flat_map(|q| q.split(" et "))
                .flat_map(|q| q.split(" y "))
                .flat_map(|q| q.split(" i "))
        })
        .map(|n| n.trim().to_string())
        .filter(|n| {
            !n.is_empty()
                && n.chars().next().is_some_and(char::is_uppercase)
                && find_date(n).is_none()
        })
        .collect();
    (!names.is_empty()).then_some(names)
}

/// True for a line that is a site's name given as a domain ("RT.com", "bbc.co.uk").
pub fn looks_like_domain(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || t.len() > 40 || t.contains(char::is_whitespace) {
        return false;
    }
    let t = t
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.");
    let Some((name, tld)) = t.rsplit_once('.') else {
        return false;
    };
    !name.is_empty()
        && (2..=6).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_alphabetic())
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.'))
}

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
    let words = t.split_whitespace().count();
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

/// "Jane Doe", "Jane Doe, Reuters", "John Smith Submitted photo": a name at the head of a short
/// line with nothing but capitalised words (or a credit) after a comma.
fn looks_like_name_or_credit(t: &str) -> bool {
    let head = t.split(',').next().unwrap_or(t).trim();
    let words: Vec<&str> = head.split_whitespace().collect();
    let capitalised = |w: &&str| {
        w.chars().next().is_some_and(char::is_uppercase) && !w.chars().any(|c| c.is_ascii_digit())
    };
    (2..=3).contains(&words.len()) && words.iter().all(capitalised) && {
        let rest = t[head.len()..].trim_start_matches(',').trim();
        rest.is_empty() || rest.split_whitespace().count() <= 3
    }
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

/// A line near the headline may hold the byline's date along with a name or two; at most this
/// many other words ("Chris Davies - Nov 19, 2019, 10:31 pm CST").
const NEAR_HEADLINE_DATE_MAX_OTHER_WORDS: usize = 6;

/// Author names from a line beside the headline, in the forms a strict byline misses: a byline
/// after a date or before a separator ("11/19/2019 by Lars Brandle", "By Tess Bonn - 11/19/19"),
/// and, when `name_alone` (the line stands between the headline and the article), a name on
/// its own or before a credit ("Natasha Turak", "Charlie Wood, Business Insider").
pub fn names_near_headline(line: &str, name_alone: bool) -> Option<Vec<String>> {
    let t = line.trim();
    if let Some(names) = parse_byline(t) {
        return Some(names);
    }
    for sep in [" - ", " — ", " – ", " | ", " • ", " · "] {
        if let Some((head, _)) = t.split_once(sep)
            && let Some(names) = names_near_headline(head, name_alone)
        {
            return Some(names);
        }
    }
    let lower = t.to_ascii_lowercase();
    if let Some(at) = lower.find(" by ")
        && let Some(names) = parse_byline(&t[at + 1..])
    {
        return Some(names);
    }
    if name_alone && looks_like_name_or_credit(t) && find_date(t).is_none() {
        let name = t.split(',').next().unwrap_or(t).trim();
        // A name is two or three words of letters (and initials), not a label in capitals.
        let letters_only = name
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '.' | '-' | '\''));
        let shouting = name
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        let label = name
            .split([' ', '-'])
            .any(|w| NOT_NAME_WORDS.contains(&w.to_lowercase().as_str()));
        if letters_only && !shouting && !label {
            return Some(vec![name.to_string()]);
        }
    }
    None
}

/// The date on a line beside the headline, allowing a name or two around it.
pub fn date_near_headline(line: &str) -> Option<PublishedValue> {
    let found = find_date(line)?;
    (found.other_words <= NEAR_HEADLINE_DATE_MAX_OTHER_WORDS).then_some(found.value)
}

/// The site's name is looked for among this many lines at the top of the page…
const SITE_TOP_LINES: usize = 6;
/// …and a copyright owner must appear as a whole line among this many, where a page's header
/// and logo are (a footer's owner is often the parent company, not the site).
const SITE_CONFIRM_LINES: usize = 15;
/// Copyright lines are footers: short lines in the page's second half.
const COPYRIGHT_LINE_MAX_CHARS: usize = 200;
/// A site's name has at most this many words.
const SITE_MAX_WORDS: usize = 5;

/// The site's name in pasted text: a domain on one of the first lines ("RT.com"), or the owner
/// of the footer's copyright notice when the page's header shows the same name as a line
/// ("Billboard" … "© 2019 Billboard. All Rights Reserved."). None when neither holds: a wrong
/// site is worse than none, and a footer's owner alone is often a parent company or a news
/// agency.
pub fn site_from_lines(lines: &[&str]) -> Option<String> {
    if let Some(domain) = lines
        .iter()
        .take(SITE_TOP_LINES)
        .find(|l| looks_like_domain(l))
    {
        return Some(domain.trim().to_string());
    }
    for line in &lines[lines.len() / 2..] {
        if line.len() > COPYRIGHT_LINE_MAX_CHARS || !has_copyright_mark(line) {
            continue;
        }
        for owner in copyright_owners(line) {
            let key = site_key(&owner);
            if key.chars().count() < 3 {
                continue;
            }
            let in_header = || {
                lines
                    .iter()
                    .take(SITE_CONFIRM_LINES)
                    .any(|l| has_site_key(l.trim().trim_end_matches(".com"), &key))
            };
            if looks_like_domain(&owner) || in_header() {
                return Some(owner);
            }
        }
    }
    None
}

/// A quick test for what [`copyright_owners`] looks for ("©", "(c)", "copyright"), so that
/// most lines are passed over without lower-casing them.
fn has_copyright_mark(line: &str) -> bool {
    let bytes = line.as_bytes();
    memchr::memchr3_iter(b'(', b'c', b'C', bytes).any(|i| {
        bytes[i] == b'('
            || bytes[i..]
                .get(.."copyright".len())
                .is_some_and(|w| w.eq_ignore_ascii_case(b"copyright"))
    }) || memchr::memmem::find(bytes, "©".as_bytes()).is_some()
}

/// A name reduced to its lower-case letters and digits, for comparing.
fn site_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// True when `site_key(s)` is `key`, found without building it: a long line fails at its
/// first differing character.
fn has_site_key(s: &str, key: &str) -> bool {
    let mut want = key.chars();
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .all(|c| want.next() == Some(c))
        && want.next().is_none()
}

/// The names a copyright line gives: the words before "©" ("Wccftech © 2019 …") and the owner
/// after it, without years, "All rights reserved" or the company form.
fn copyright_owners(line: &str) -> Vec<String> {
    // ASCII lower-casing keeps byte offsets, so they index `line` too.
    let lower = line.to_ascii_lowercase();
    let Some((at, mark_len)) = ["©", "(c)", "(с)", "copyright"]
        .iter()
        .filter_map(|m| lower.find(m).map(|i| (i, m.len())))
        .min()
    else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let before = line[..at].trim().trim_matches(['|', '-', '–']).trim();
    if (1..=3).contains(&before.split_whitespace().count()) {
        out.push(before.to_string());
    }
    let mut rest = &line[at + mark_len..];
    // "© Copyright 2005-2019 by" before the name.
    loop {
        let t = rest.trim_start_matches(|c: char| {
            c.is_whitespace() || c.is_ascii_digit() || matches!(c, '©' | ',' | '-' | '–' | '—')
        });
        let lower = t.to_ascii_lowercase();
        rest = match ["copyright", "(c)", "by "]
            .iter()
            .find(|p| lower.starts_with(*p))
        {
            Some(p) => &t[p.len()..],
            None => t,
        };
        if rest.len() == t.len() {
            break;
        }
    }
    let mut name = Vec::new();
    for word in rest.split_whitespace() {
        let bare = word.trim_end_matches([',', '.', ';']).to_lowercase();
        if COMPANY_FORMS.contains(&bare.as_str())
            || word.starts_with(['|', '(', '•', '-', '–'])
            || (bare.len() == 4 && bare.chars().all(|c| c.is_ascii_digit()))
            || bare == "all"
        {
            break;
        }
        name.push(word);
        // A full stop or comma after a word ends the name, unless it is a domain's dot.
        if word.ends_with([',', ';']) || (word.ends_with('.') && !looks_like_domain(word)) {
            break;
        }
    }
    let owner = name.join(" ");
    let owner = owner.trim_end_matches([',', '.', ';']).trim();
    if (1..=SITE_MAX_WORDS).contains(&owner.split_whitespace().count()) {
        out.push(owner.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rfc(s: &str) -> Option<String> {
        find_date(s).map(|f| f.value.to_rfc3339())
    }

    #[test]
    fn parses_dates_in_many_shapes() {
        assert_eq!(
            rfc("05 May 2025, 14:42 GMT+10").as_deref(),
            Some("2025-05-05T14:42:00+10:00")
        );
        assert_eq!(
            rfc("May 5, 2025 2:42 PM EDT").as_deref(),
            Some("2025-05-05T14:42:00-04:00")
        );
        assert_eq!(rfc("5. Mai 2025").as_deref(), Some("2025-05-05"));
        assert_eq!(rfc("05/05/2025").as_deref(), Some("2025-05-05"));
        assert_eq!(
            rfc("Nov. 19, 2019 8:03 am ET").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(
            rfc("2025-05-05T14:42:00+02:00").as_deref(),
            Some("2025-05-05T14:42:00+02:00")
        );
        assert_eq!(rfc("2025年5月5日 14:42").as_deref(), Some("2025-05-05"));
        assert_eq!(rfc("5 de mayo de 2025").as_deref(), Some("2025-05-05"));
        assert_eq!(rfc("5 maja 2025 r.").as_deref(), Some("2025-05-05"));
        assert_eq!(
            rfc("Publié le 5 mai 2025 à 14h42 CEST").as_deref(),
            Some("2025-05-05T14:42:00+02:00")
        );
    }

    #[test]
    fn a_sentence_with_a_date_is_not_a_date_line() {
        assert!(parse_date_line("05 May 2025, 14:42 GMT+10").is_some());
        assert!(
            parse_date_line(
                "The company said on May 5, 2025 that profits had fallen sharply again."
            )
            .is_none()
        );
    }

    #[test]
    fn bylines() {
        assert_eq!(
            parse_byline("By Sarah E. Needleman"),
            Some(vec!["Sarah E. Needleman".to_string()])
        );
        assert_eq!(
            parse_byline("Von Max Muster und Erika Musterfrau").map(|v| v.len()),
            Some(2)
        );
        assert_eq!(parse_byline("by the way, this is a sentence."), None);
    }

    #[test]
    fn domains() {
        assert!(looks_like_domain("RT.com"));
        assert!(!looks_like_domain("Mr. Smith"));
        assert!(!looks_like_domain("Hello world.com"));
    }

    /// Runs the whole text path on a synthetic pasted page.
    fn pasted(page: &str) -> crate::extract::Article {
        crate::extract::text::extract_text(page, crate::extract::Format::Text)
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

    #[test]
    fn the_site_is_a_top_domain_or_a_copyright_owner_the_header_shows() {
        let footer = |owner: &str| {
            let mut lines = vec!["Menu", "Example Daily", "News"];
            lines.extend(std::iter::repeat_n("Some paragraph of the article.", 20));
            lines.push(owner);
            lines.iter().map(|s| s.to_string()).collect::<Vec<_>>()
        };
        let lines = footer("© 2019 Example Daily. All rights reserved.");
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        assert_eq!(site_from_lines(&refs).as_deref(), Some("Example Daily"));
        // A parent company the header does not show is not the site.
        let lines = footer("Copyright © 2019 Big Media Holdings, Inc. All rights reserved.");
        let refs: Vec<&str> = lines.iter().map(String::as_str).collect();
        assert_eq!(site_from_lines(&refs), None);
        assert_eq!(
            site_from_lines(&["RT.com", "05 May 2025"]).as_deref(),
            Some("RT.com")
        );
    }

    #[test]
    fn names_and_dates_beside_the_headline() {
        let names = |l: &str, alone: bool| names_near_headline(l, alone);
        assert_eq!(
            names("By Tess Bonn - 11/19/19 06:56 AM EST", false),
            Some(vec!["Tess Bonn".to_string()])
        );
        assert_eq!(
            names("11/19/2019 by Lars Brandle", false),
            Some(vec!["Lars Brandle".to_string()])
        );
        assert_eq!(
            names("Charlie Wood, Business Insider", true),
            Some(vec!["Charlie Wood".to_string()])
        );
        assert_eq!(names("Charlie Wood, Business Insider", false), None);
        assert_eq!(names("Getty Images", true), None);
        assert_eq!(names("Previous Post", true), None);
        assert!(date_near_headline("Chris Davies - Nov 19, 2019, 10:31 pm CST").is_some());
    }
}
