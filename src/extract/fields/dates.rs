//! Dates: finding and parsing them in a line, in the shapes and languages the engine expects.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime, TimeZone};

use crate::extract::lexicon::dates::{DATE_LINE_WORDS, MONTHS, ZONES, month_name};
use crate::extract::util::chars::is_cjk;
use crate::extract::util::fnv::FnvBuild;
use crate::extract::{Published, PublishedValue};

/// A date line must be short: at most this many words besides the date itself (tuned so that
/// "Published 05 May 2025, 14:42 GMT+10 | Updated …" passes and a sentence mentioning a date
/// does not).
pub(super) const DATE_LINE_MAX_OTHER_WORDS: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Tok<'a> {
    Num(&'a str),
    Word(&'a str),
    Punct(char),
}

pub(super) fn tokenize(s: &str) -> Vec<Tok<'_>> {
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
            let word = &s[i..end];
            // Pasted text glues a name to the date after it ("Jane DoeMarch 5, 2025"): a month
            // name after a lower-case letter is a word of its own.
            match glued_month(word) {
                Some(at) => {
                    out.push(Tok::Word(&word[..at]));
                    out.push(Tok::Word(&word[at..]));
                }
                None => out.push(Tok::Word(word)),
            }
        } else if c.is_whitespace() {
            chars.next();
        } else {
            out.push(Tok::Punct(c));
            chars.next();
        }
    }
    out
}

/// Where a month name glued to the end of a word starts ("DoeMarch" -> 3), if one is.
fn glued_month(word: &str) -> Option<usize> {
    let mut previous_lower = false;
    for (k, c) in word.char_indices() {
        if previous_lower && c.is_uppercase() && month_number(&word[k..]).is_some() {
            return Some(k);
        }
        previous_lower = c.is_lowercase();
    }
    None
}

/// The year a date written in words ends with, also when pasted text glued the next number to it
/// ("May 5, 20256 min read": 2025).
fn year_glued(n: &str) -> Option<i32> {
    match n.len() {
        4 => year_of(n),
        5..=8 => year_of(&n[..4]),
        _ => None,
    }
}

pub(super) fn month_number(word: &str) -> Option<u32> {
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
pub(super) fn is_date_line_word(word: &str) -> bool {
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
                    if let [
                        Some(Tok::Punct(p)),
                        Some(Tok::Num(m)),
                        Some(Tok::Punct(q)),
                        Some(Tok::Num(d)),
                    ] = next_four(toks, i)
                        && (*p == *q && matches!(p, '-' | '/' | '.') || (*p == '年' && *q == '月'))
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
                    && let [
                        Some(Tok::Punct(p)),
                        Some(Tok::Num(b)),
                        Some(Tok::Punct(q)),
                        Some(Tok::Num(c)),
                    ] = next_four(toks, i)
                    && p == q
                    && matches!(p, '.' | '/' | '-')
                    && b.len() <= 2
                    && !numbers_run_on(toks, i, *p)
                {
                    // Dotted with a two-digit year, a date writes day and month in two digits
                    // ("03.08.11"): "3.8.11" is a version number.
                    let version_like = *p == '.' && (a.len() < 2 || b.len() < 2);
                    let year = year_of(c).or_else(|| {
                        (c.len() == 2 && !version_like)
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
                // "04-Aug-2021", "04/ago/2021": the month's name between the same two dashes
                // or slashes, the year in full.
                if a.len() <= 2
                    && let [
                        Some(Tok::Punct(p @ ('-' | '/'))),
                        Some(Tok::Word(mw)),
                        Some(Tok::Punct(q)),
                        Some(Tok::Num(y)),
                    ] = next_four(toks, i)
                    && p == q
                    && let Some(m) = month_number(mw)
                    && let Some(y) = year_of(y)
                    && let Some(date) = num_date(y, m, a)
                {
                    mark(used, i, 5);
                    return Some(date);
                }
                // "05 May 2025", "5. Mai 2025", "5 de mayo de 2025", "19th Dec 2025",
                // "15th of March 2025"
                if a.len() <= 2 {
                    let mut j = i + 1;
                    if matches!(toks.get(j), Some(Tok::Word(w)) if is_ordinal_suffix(w)) {
                        j += 1;
                    }
                    if matches!(toks.get(j), Some(Tok::Punct('.'))) {
                        j += 1;
                    }
                    if matches!(toks.get(j), Some(Tok::Word(w))
                        if w.eq_ignore_ascii_case("de") || w.eq_ignore_ascii_case("of"))
                    {
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
                            && let Some(y) = year_glued(y)
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
                        if matches!(toks.get(k), Some(Tok::Word(w)) if is_ordinal_suffix(w)) {
                            k += 1;
                        }
                        while matches!(toks.get(k), Some(Tok::Punct(',' | '.'))) {
                            k += 1;
                        }
                        if let Some(Tok::Num(y)) = toks.get(k)
                            && let Some(y) = year_glued(y)
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

/// The four tokens after `i`: a date's separator, middle part, separator and last part.
fn next_four<'t, 's>(toks: &'t [Tok<'s>], i: usize) -> [Option<&'t Tok<'s>>; 4] {
    [
        toks.get(i + 1),
        toks.get(i + 2),
        toks.get(i + 3),
        toks.get(i + 4),
    ]
}

/// An English ordinal's ending after a day's number ("2nd", "17TH").
fn is_ordinal_suffix(word: &str) -> bool {
    ["st", "nd", "rd", "th"]
        .iter()
        .any(|s| word.eq_ignore_ascii_case(s))
}

/// Whether the three numbers from `toks[i]` joined by `sep` are part of a longer run joined the
/// same way ("1.2.3.4", "2/5/10/20"): a version or a list, not a date.
fn numbers_run_on(toks: &[Tok<'_>], i: usize, sep: char) -> bool {
    let before = i >= 2
        && matches!(toks[i - 1], Tok::Punct(c) if c == sep)
        && matches!(toks[i - 2], Tok::Num(_));
    let after = matches!(toks.get(i + 5), Some(Tok::Punct(c)) if *c == sep)
        && matches!(toks.get(i + 6), Some(Tok::Num(_)));
    before || after
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

/// When a date's text could be read day-first or month-first (03/04/2025), the two readings
/// ("3 April", "4 March"), for the window to ask which the page meant. The month names come
/// from the same list the engine reads dates with.
pub fn ambiguous_date(raw: &str) -> Option<(String, String)> {
    let (a, b) = ambiguous_numbers(raw)?;
    let day_first = format!("{a} {}", month_name(b)?);
    let month_first = format!("{b} {}", month_name(a)?);
    Some((day_first, month_first))
}

/// `value` read month first when it was read day first from `raw`, a numeric date both ways
/// could mean ("03-09-2026": 3 September day first, March 9 month first); otherwise `None`.
/// Its time and offset stay.
pub fn read_month_first(raw: &str, value: PublishedValue) -> Option<PublishedValue> {
    let (first, second) = ambiguous_numbers(raw)?;
    let date = value.date();
    if (date.day(), date.month()) != (first, second) {
        return None;
    }
    let swapped = NaiveDate::from_ymd_opt(date.year(), first, second)?;
    Some(match value {
        PublishedValue::Date(_) => PublishedValue::Date(swapped),
        PublishedValue::DateTime(at) => {
            let local = swapped.and_time(at.time());
            PublishedValue::DateTime(at.timezone().from_local_datetime(&local).single()?)
        }
    })
}

/// The first two numbers of the first numeric date in `raw` that reads both day first and
/// month first ("03/04/2025" → (3, 4)).
fn ambiguous_numbers(raw: &str) -> Option<(u32, u32)> {
    let bytes: Vec<char> = raw.chars().collect();
    let mut i = 0;
    while i < bytes.len() {
        // Find "N{1,2} sep N{1,2} sep N{2,4}" with the same separator, not part of a longer number.
        if bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit()) {
            let (a, j) = leading_number(&bytes, i);
            if let Some(&sep) = bytes.get(j)
                && matches!(sep, '/' | '.' | '-')
            {
                let (b, k) = leading_number(&bytes, j + 1);
                if k > j + 1 && bytes.get(k) == Some(&sep) {
                    let (_, l) = leading_number(&bytes, k + 1);
                    let year_len = l - (k + 1);
                    let (a_len, b_len) = (j - i, k - (j + 1));
                    if (2..=4).contains(&year_len)
                        && a_len <= 2
                        && b_len <= 2
                        && (1..=12).contains(&a)
                        && (1..=12).contains(&b)
                        && a != b
                    {
                        return Some((a, b));
                    }
                }
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    None
}

fn leading_number(chars: &[char], start: usize) -> (u32, usize) {
    let mut value = 0u32;
    let mut i = start;
    while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
        value = value.saturating_mul(10).saturating_add(d);
        i += 1;
    }
    (value, i)
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
        // English ordinals, either order, in either case.
        assert_eq!(rfc("DECEMBER 17TH 2025").as_deref(), Some("2025-12-17"));
        assert_eq!(rfc("Fri, 19th Dec 2025").as_deref(), Some("2025-12-19"));
        assert_eq!(rfc("15th of March 2025").as_deref(), Some("2025-03-15"));
        assert_eq!(rfc("December 2nd, 2025").as_deref(), Some("2025-12-02"));
        // The month's name between dashes or slashes, in the languages the month lists cover.
        assert_eq!(rfc("Updated on 19-Dec-2025").as_deref(), Some("2025-12-19"));
        assert_eq!(rfc("on 04-ago-2021").as_deref(), Some("2021-08-04"));
        assert_eq!(rfc("31/DEC/2019").as_deref(), Some("2019-12-31"));
        assert_eq!(rfc("04-Aug/2021"), None);
        assert_eq!(rfc("04-Aug-21"), None);
        assert_eq!(rfc("31-Feb-2021"), None);
    }

    #[test]
    fn dates_glued_to_their_neighbours_by_pasting_are_read() {
        assert_eq!(
            rfc("By Conor AllisonJanuary 14, 202620 Mins Read").as_deref(),
            Some("2026-01-14")
        );
        assert_eq!(
            rfc("EditorialNovember 22, 2018").as_deref(),
            Some("2018-11-22")
        );
        assert_eq!(
            rfc("15 November 20181 comment").as_deref(),
            Some("2018-11-15")
        );
        // A word that only ends like a month is not cut.
        assert_eq!(rfc("Summary 5, 2025"), None);
    }

    #[test]
    fn versions_and_lists_of_numbers_are_not_dates() {
        assert_eq!(rfc("Powered by vBulletin® Version 3.8.11"), None);
        assert_eq!(rfc("2/5/10/20-Second Delay"), None);
        assert_eq!(rfc("Release 1.2.3.4"), None);
        assert_eq!(rfc("03.08.11").as_deref(), Some("2011-08-03"));
        assert_eq!(
            rfc("By Tess Bonn - 11/19/19").as_deref(),
            Some("2019-11-19")
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
    fn a_date_read_day_first_is_read_again_month_first_keeping_its_time() {
        let day_first = find_date("Post time: 01-04-2024").expect("a date").value;
        assert_eq!(
            read_month_first("Post time: 01-04-2024", day_first).map(|v| v.to_rfc3339()),
            Some("2024-01-04".to_string())
        );
        let at = PublishedValue::DateTime(
            DateTime::parse_from_rfc3339("2025-04-03T10:30:00-05:00").expect("a time"),
        );
        assert_eq!(
            read_month_first("3/4/2025 10:30", at).map(|v| v.to_rfc3339()),
            Some("2025-03-04T10:30:00-05:00".to_string())
        );
        // Nothing to read again: a date only one way, or not the day-first reading of the text.
        assert_eq!(read_month_first("13/04/2025", day_first), None);
        assert_eq!(read_month_first("2024-01-04", day_first), None);
        let month_first =
            PublishedValue::Date(NaiveDate::from_ymd_opt(2024, 1, 4).expect("a date"));
        assert_eq!(read_month_first("01-04-2024", month_first), None);
    }

    #[test]
    fn slashed_dates_with_both_parts_under_13_are_ambiguous() {
        let (day_first, month_first) = ambiguous_date("Posted 03/04/2025").expect("ambiguous");
        assert_eq!(day_first, "3 April");
        assert_eq!(month_first, "4 March");
        assert!(ambiguous_date("13/04/2025").is_none());
        assert!(ambiguous_date("2025-04-03").is_none());
        assert!(ambiguous_date("05 May 2025, 14:42").is_none());
        assert!(ambiguous_date("04/04/2025").is_none());
    }
}
