//! Bylines: author names from "By …" lines, and the looser forms read beside a headline.

use super::dates::find_date;
use crate::extract::PublishedValue;
use crate::extract::lexicon::names::{BYLINE_OPENERS, NOT_NAME_WORDS};

/// Bylines are short: "By Jane Doe and John Roe, Reuters" has 7 words.
const BYLINE_MAX_WORDS: usize = 10;
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

/// "Jane Doe", "Jane Doe, Reuters", "John Smith Submitted photo": a name at the head of a short
/// line with nothing but capitalised words (or a credit) after a comma.
pub(super) fn looks_like_name_or_credit(t: &str) -> bool {
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

#[cfg(test)]
mod tests {
    use super::*;

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
