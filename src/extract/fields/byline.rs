//! Bylines: author names from "By …" lines, and the looser forms read beside a headline.

use super::dates::{find_date, is_date_line_word, month_number};
use super::site::looks_like_domain;
use crate::extract::PublishedValue;
use crate::extract::lexicon::names::{BYLINE_OPENERS, NOT_NAME_WORDS};
use crate::extract::lexicon::stopwords::STOP_WORDS;

/// English stop words ("in", "on", "of"), the first of the stop-word lists.
const ENGLISH_STOP_WORDS: &[&str] = STOP_WORDS[0].1;
use crate::extract::util::chars::at_most_words;

/// What follows the first of `openers` (lower case) that opens `text` as a word of its own
/// ("By Jane" or "Author: Jane", not "Bylaws"), without the colon and spaces after it.
fn after_opener<'a>(text: &'a str, openers: &[&str]) -> Option<&'a str> {
    openers.iter().find_map(|o| {
        // Compared on the text's own bytes, so a letter whose lower case is shorter or longer
        // ("K", the Kelvin sign) never shifts the cut off a character's boundary.
        let head = text.get(..o.len())?;
        let after = text[o.len()..].chars().next()?;
        // Lowered a character at a time: no string per opener tried (the openers hold no
        // capital sigma, whose lower case alone depends on its neighbours).
        (head.chars().flat_map(char::to_lowercase).eq(o.chars())
            && (after.is_whitespace() || after == ':'))
            .then(|| text[o.len()..].trim_start_matches([':', ' ']).trim())
    })
}

/// "ByJane Doe": a page that sets "By" and the name in two elements spaced only by its style
/// reads as one word once copied or extracted. "By" glued to a capitalised word ("ByJane",
/// not "Byte" or "BYOB") is the opener. The line with a space put back, when it is one.
fn unglue_by(text: &str) -> Option<String> {
    let rest = text.strip_prefix("By")?;
    let mut chars = rest.chars();
    let (first, second) = (chars.next()?, chars.next()?);
    (first.is_uppercase() && second.is_lowercase()).then(|| format!("By {rest}"))
}

/// Bylines are short: "By Jane Doe and John Roe, Reuters" has 7 words.
const BYLINE_MAX_WORDS: usize = 10;
/// Splits "By Jane Doe and John Roe" into author names, when the line is a byline.
pub fn parse_byline(line: &str) -> Option<Vec<String>> {
    // Markdown emphasis around a byline ("*By Jane Doe*") is not part of it.
    // Most lines have none, and are read in place.
    // Nor are no-break spaces between its words ("Written\u{a0}by\u{a0}Jane Doe").
    let cleaned: std::borrow::Cow<'_, str> = if line.contains(['*', '_', '\u{a0}']) {
        line.chars()
            .filter(|c| !matches!(c, '*' | '_'))
            .map(|c| if c == '\u{a0}' { ' ' } else { c })
            .collect::<String>()
            .into()
    } else {
        line.into()
    };
    let trimmed = cleaned.trim();
    let unglued = unglue_by(trimmed);
    let trimmed = unglued.as_deref().unwrap_or(trimmed);
    // A paragraph is rejected after its first few words.
    let words = trimmed
        .split_whitespace()
        .take(BYLINE_MAX_WORDS + 1)
        .count();
    if !(2..=BYLINE_MAX_WORDS).contains(&words) {
        return None;
    }
    let rest = after_opener(trimmed, BYLINE_OPENERS)?;
    // Names start with capitals (in the scripts that have them).
    let first = rest.chars().next()?;
    if first.is_lowercase() {
        return None;
    }
    if rest.ends_with(['.', '!', '?']) && !rest.ends_with(" Jr.") {
        return None;
    }
    // Drop a trailing date or role ("By Jane Doe | May 5, 2025", "By Jane Doe, Reuters").
    // A dash between spaces ends the names too ("By Jane Doe - Mar 27, 2024"): inside a name
    // a hyphen has no spaces around it.
    let names_part = rest.split(['|', '•', '·']).next().unwrap_or(rest);
    // So does a gap of two spaces or more: the parts of a byline set in elements of their own,
    // spaced by the page's style, are copied so ("Posted by Jane Doe \u{a0}\u{a0} 59 Comments").
    let names_part = [" - ", " – ", " — ", "  "]
        .iter()
        .fold(names_part, |part, dash| {
            part.split(dash).next().unwrap_or(part)
        });
    let names_part = without_count(names_part);
    let names: Vec<String> = names_part
        .split([',', '&'])
        .flat_map(|p| {
            p.split(" and ")
                .flat_map(|q| q.split(" und "))
                .flat_map(|q| q.split(" et "))
                .flat_map(|q| q.split(" y "))
                .flat_map(|q| q.split(" i "))
        })
        .map(|n| without_date_label(n.trim()).to_string())
        .filter(|n| {
            !n.is_empty()
                && n.chars().next().is_some_and(char::is_uppercase)
                && find_date(n).is_none()
        })
        .collect();
    (!names.is_empty()).then_some(names)
}

/// Names without a count that runs on after them ("Jane Doe 4 Comments", "Jane Doe 15 min
/// read"): a number of its own followed by a word. Not when a date runs on after them: that is
/// cut off with its label, or the line is no byline.
fn without_count(names: &str) -> &str {
    if find_date(names).is_some() {
        return names;
    }
    let mut at = 0;
    for word in names.split(' ') {
        let rest = &names[at..];
        if !word.is_empty()
            && word.bytes().all(|b| b.is_ascii_digit())
            && rest[word.len()..]
                .trim_start()
                .starts_with(|c: char| c.is_alphabetic())
        {
            return names[..at].trim_end();
        }
        at += word.len() + 1;
    }
    names
}

/// Words that label a byline's date when they run on after the name.
const DATE_LABELS: &[&str] = &["published", "updated", "posted", "modified"];

/// A name without what ran on after it: a label and its value after a colon ("Bhaval Patel Last
/// Updated: December 6", "Alphabyte1: 3:21pm"), a date after "on" ("FlowGuard EMEA on
/// 04-ago-2021"), and a date's label, spaced or glued to the name as a page sets them in two
/// elements ("Emmet White Updated", "KORIN MILLERPUBLISHED", "Emmet WhiteUpdated").
fn without_date_label(name: &str) -> &str {
    let mut name = name.split(':').next().unwrap_or(name).trim_end();
    if let Some(at) = name.find(" on ")
        && name[at + 4..].starts_with(|c: char| c.is_ascii_digit())
    {
        name = name[..at].trim_end();
    }
    let (head, last) = name.rsplit_once(' ').unwrap_or(("", name));
    let lower = last.to_lowercase();
    if !head.is_empty() && DATE_LABELS.contains(&lower.as_str()) {
        // "… Last Updated".
        let head = head.trim_end();
        return match head.rsplit_once(' ') {
            Some((before, word)) if word.eq_ignore_ascii_case("last") => before.trim_end(),
            _ => head,
        };
    }
    for label in DATE_LABELS {
        if lower.len() <= label.len() + 1 || !lower.ends_with(label) {
            continue;
        }
        let cut = name.len() - label.len();
        if !name.is_char_boundary(cut) {
            continue;
        }
        let (before, tail) = name.split_at(cut);
        if !tail.eq_ignore_ascii_case(label) {
            continue;
        }
        let mut tail_chars = tail.chars();
        let capital = tail_chars.next().is_some_and(char::is_uppercase);
        let rest_one_case =
            tail_chars.clone().all(char::is_uppercase) || tail_chars.all(char::is_lowercase);
        if capital && rest_one_case && before.chars().last().is_some_and(char::is_alphabetic) {
            return before.trim_end();
        }
    }
    name
}

/// A line near the headline may hold the byline's date along with a name or two; at most this
/// many other words ("Chris Davies - Nov 19, 2019, 10:31 pm CST").
pub(super) const NEAR_HEADLINE_DATE_MAX_OTHER_WORDS: usize = 6;
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
    // A dated line names its author without a "By": in a part of its own ("109 Comments | Jill
    // Winger | March 11, 2019") or before the date ("Tom Talbot October 14, 2025").
    if name_alone && find_date(t).is_some() {
        for part in t
            .split(['|', '·', '•', '—', '–'])
            .map(|p| p.trim_matches([' ', '\u{a0}']))
        {
            if find_date(part).is_none()
                && let Some(names) = names_near_headline(part, true)
            {
                return Some(names);
            }
        }
        let mut lead: Vec<&str> = t
            .split_whitespace()
            .take_while(|w| !w.chars().any(|c| c.is_ascii_digit()) && month_number(w).is_none())
            .collect();
        // "Sara Harberson In …": a preposition ends no name.
        while lead
            .last()
            .is_some_and(|w| ENGLISH_STOP_WORDS.contains(&w.to_lowercase().as_str()))
        {
            lead.pop();
        }
        // "Mental HealthDECEMBER 22, 2022": a label glued to a month in capitals.
        let glued_capitals = |w: &str| {
            w.chars()
                .zip(w.chars().skip(1))
                .zip(w.chars().skip(2))
                .any(|((a, b), c)| a.is_lowercase() && b.is_uppercase() && c.is_uppercase())
        };
        if (2..=3).contains(&lead.len())
            && !lead.iter().any(|w| glued_capitals(w))
            && let Some(names) = names_near_headline(&lead.join(" "), true)
        {
            return Some(names);
        }
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
        // A label's word, or a date line's long one ("Updated", "Published", "Wednesday").
        let label = name.split([' ', '-']).any(|w| {
            NOT_NAME_WORDS.contains(&w.to_lowercase().as_str())
                || w.chars().count() >= 6 && is_date_line_word(w)
        });
        if letters_only && !shouting && !label {
            return Some(vec![name.to_string()]);
        }
    }
    None
}

/// A marked author element is short: "Written by Jane Doe, Senior Editor" has 6 words.
const MARKED_MAX_CHARS: usize = 80;
/// An author box of more lines than this holds a bio or a list, not a byline.
const MARKED_MAX_LINES: usize = 4;
/// Labels that open an author element's text before the name ("Author Jane Doe").
const MARKED_LABELS: &[&str] = &["written by", "posted by", "authors", "author", "by"];
/// Words a name in an author element never starts with: an article, a brand's "From", and the
/// controls that author boxes hold ("Find", "Search", "Menu").
const MARKED_NOT_FIRST_WORDS: &[&str] = &[
    "the", "a", "from", "find", "search", "menu", "home", "login", "about", "contact", "view",
    "all", "see", "more", "follow", "share",
];

/// The author names in the text of an element the markup marks as the author's ("Jane Doe",
/// "By Jane Doe and John Roe", "Author: Jane Doe", a user name like "jdoe42"), or `None` when
/// it reads as something else (a bio, "View all posts", a date).
pub fn names_in_marked(text: &str) -> Option<Vec<String>> {
    // The element's own blocks are lines ("Author" above "Jane Doe", a date below): each is read
    // alone, then all of them as one line.
    let lines: Vec<String> = text
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .take(MARKED_MAX_LINES + 1)
        .collect();
    if lines.len() > MARKED_MAX_LINES {
        return None;
    }
    if lines.len() > 1
        && let Some(names) = lines.iter().find_map(|l| names_in_marked_line(l))
    {
        return Some(names);
    }
    names_in_marked_line(&lines.join(" "))
}

fn names_in_marked_line(t: &str) -> Option<Vec<String>> {
    if t.is_empty() || t.chars().count() > MARKED_MAX_CHARS {
        return None;
    }
    // A label alone ("Written By" over the name's own line) names no one.
    if is_byline_label(t) {
        return None;
    }
    if let Some(names) = parse_byline(t) {
        return Some(names);
    }
    let rest = after_opener(t, MARKED_LABELS).unwrap_or(t);
    // "The Author", "Topic Author", "From Apple" (a product's brand), "reset-author".
    let lower_rest = rest.to_lowercase();
    let mut rest_words = lower_rest.split(|c: char| !c.is_alphanumeric());
    if lower_rest.contains("author")
        || rest_words
            .next()
            .is_some_and(|w| MARKED_NOT_FIRST_WORDS.contains(&w))
        || looks_like_domain(rest)
    {
        return None;
    }
    if let Some(names) = names_near_headline(rest, true) {
        return Some(names);
    }
    // A name before its date ("Jane Doe December 17, 2025").
    if find_date(rest).is_some() {
        let name_words = rest
            .split_whitespace()
            .take_while(|w| {
                w.chars().next().is_some_and(char::is_uppercase)
                    && !w.chars().any(|c| c.is_ascii_digit())
                    && month_number(w.trim_end_matches(['.', ','])).is_none()
            })
            .count();
        if (2..=3).contains(&name_words) {
            let name: Vec<&str> = rest.split_whitespace().take(name_words).collect();
            if let Some(names) = names_near_headline(&name.join(" "), true) {
                return Some(names);
            }
        }
        return None;
    }
    // A user name on its own: one word of letters and digits that is no label.
    let handle = !rest.is_empty()
        && !rest.contains(char::is_whitespace)
        && (3..=30).contains(&rest.chars().count())
        && rest.chars().any(char::is_alphabetic)
        && rest
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '_' | '-' | '.'))
        && !NOT_NAME_WORDS.contains(&lower_rest.as_str())
        && !MARKED_NOT_FIRST_WORDS.contains(&lower_rest.as_str())
        && find_date(rest).is_none();
    handle.then(|| vec![rest.to_string()])
}

/// A byline's opener on a line of its own ("By", "Written by:", "Author"), the name on the next.
pub fn is_byline_label(line: &str) -> bool {
    let t = line.trim().trim_end_matches(':').trim().to_lowercase();
    !t.is_empty() && (BYLINE_OPENERS.contains(&t.as_str()) || MARKED_LABELS.contains(&t.as_str()))
        || t == "article written by"
}

/// The date on a line beside the headline, allowing a name or two around it, or anything short
/// in another part of the line ("Dec. 19, 2025 · Jane Doe on behalf of the docs team").
pub fn date_near_headline(line: &str) -> Option<PublishedValue> {
    let found = find_date(line)?;
    if found.other_words <= NEAR_HEADLINE_DATE_MAX_OTHER_WORDS {
        return Some(found.value);
    }
    if let Some(value) = date_after_publication_label(line) {
        return Some(value);
    }
    if !at_most_words(line, NEAR_HEADLINE_PARTED_MAX_WORDS) {
        return None;
    }
    // A part of its own that is a date and nothing else, between the line's separators.
    line.split(['·', '⋅', '|', '•', '—', '–'])
        .filter_map(find_date)
        .find(|part| part.other_words == 0)
        .map(|part| part.value)
}

/// Words that open a line with the day a post was published.
const PUBLICATION_LABELS: &[&str] = &[
    "posted",
    "published",
    "veröffentlicht",
    "publié",
    "publicado",
    "pubblicato",
    "gepubliceerd",
];

/// A date, with its time, this many words long at most.
const LABELLED_DATE_MAX_WORDS: usize = 9;

/// The date right after a publication label that opens the line, whatever follows it: "Posted
/// on December 20, 2025 by Jane Doe - 5 Comments on …", "Published on May 02, 2024 07:44 PM IST
/// Updated …". The label's own words ("on", "am", "le") may sit between; anything else (a
/// category, "Posted in News on …") and it is not read.
pub(super) fn date_after_publication_label(line: &str) -> Option<PublishedValue> {
    let words: Vec<&str> = line
        .split_whitespace()
        .take(LABELLED_DATE_MAX_WORDS + 1)
        .collect();
    let label = words.first()?.trim_end_matches(':').to_lowercase();
    if !PUBLICATION_LABELS.contains(&label.as_str()) {
        return None;
    }
    // The longest run of the line's first words that is a date and nothing else.
    leading_date(&words).map(|(value, _)| value)
}

/// The longest run of `words`' first words that is a date and nothing else, and how many words
/// it takes.
fn leading_date(words: &[&str]) -> Option<(PublishedValue, usize)> {
    (2..=words.len()).rev().find_map(|n| {
        let found = find_date(&words[..n].join(" "))?;
        (found.other_words == 0).then_some((found.value, n))
    })
}

/// A byline line this many words long at most can open with its date.
const DATE_FIRST_BYLINE_MAX_WORDS: usize = 12;

/// The date of a short line that opens with it and goes on with its byline: "May 3, 2017 By
/// Jane Doe 4 Comments", "Dec. 19, 2025 · Jane Doe on behalf of the docs team".
pub(super) fn date_opening_a_byline(line: &str) -> Option<PublishedValue> {
    let words: Vec<&str> = line
        .split_whitespace()
        .take(DATE_FIRST_BYLINE_MAX_WORDS + 1)
        .collect();
    if words.len() > DATE_FIRST_BYLINE_MAX_WORDS {
        return None;
    }
    let (value, n) = leading_date(&words[..words.len().min(LABELLED_DATE_MAX_WORDS)])?;
    let separator = |w: &str| matches!(w, "·" | "|" | "•" | "⋅");
    // The date's run may have taken the separator after it (it is no word).
    let next = words.get(n)?;
    (next.eq_ignore_ascii_case("by") || separator(next) || separator(words[n - 1])).then_some(value)
}

/// A line beside the headline split into parts by separators is at most this many words.
const NEAR_HEADLINE_PARTED_MAX_WORDS: usize = 16;

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
        rest.is_empty() || at_most_words(rest, 3)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_read_without_the_date_label_that_runs_on_after_it() {
        let names = |l: &str| parse_byline(l).unwrap_or_default();
        assert_eq!(names("By KORIN MILLERPUBLISHED: JAN 29"), ["KORIN MILLER"]);
        assert_eq!(names("By Emmet WhiteUpdated: Feb 5"), ["Emmet White"]);
        assert_eq!(
            names("By Bhaval Patel Last Updated: December 6"),
            ["Bhaval Patel"]
        );
        assert_eq!(names("By Emmet White Updated"), ["Emmet White"]);
        assert_eq!(
            names("Posted by FlowGuard EMEA on 04-ago-2021"),
            ["FlowGuard EMEA"]
        );
        assert_eq!(names("By Alphabyte1: 3:21pm On Mar 09"), ["Alphabyte1"]);
        // Names that only look like it stay whole.
        assert_eq!(names("By Audiophile On"), ["Audiophile On"]);
        assert_eq!(names("By Jane Posted"), ["Jane"]);
        assert_eq!(names("By Ann Updatedson"), ["Ann Updatedson"]);
        assert_eq!(names("By Kate Unpublished"), ["Kate Unpublished"]);
    }

    #[test]
    fn a_gap_of_spaces_ends_the_names_as_a_dash_does() {
        let names = |l: &str| parse_byline(l).unwrap_or_default();
        assert_eq!(
            names("Posted by John Scalzi \u{a0}\u{a0} \u{a0} 59 Comments"),
            ["John Scalzi"]
        );
        assert_eq!(
            names("By A. J. Neal    View In Digital Edition"),
            ["A. J. Neal"]
        );
        assert_eq!(names("By Jane Doe and John Roe"), ["Jane Doe", "John Roe"]);
    }

    #[test]
    fn a_count_after_the_names_is_no_part_of_them() {
        let names = |l: &str| parse_byline(l).unwrap_or_default();
        assert_eq!(names("By Erin Spain 4 Comments"), ["Erin Spain"]);
        assert_eq!(names("By Kyle Howells 15 min read"), ["Kyle Howells"]);
        // A number inside a user's name stays; a date after the names goes with its label.
        assert_eq!(names("By Agent 47"), ["Agent 47"]);
        assert_eq!(names("By Jane Doe on 12 March 2024"), ["Jane Doe"]);
    }

    #[test]
    fn a_short_line_opening_with_its_date_and_going_on_with_its_byline_is_dated() {
        let date = |l: &str| date_opening_a_byline(l).map(|d| d.to_rfc3339());
        assert_eq!(
            date("May 3, 2017 By Jane Doe 4 Comments").as_deref(),
            Some("2017-05-03")
        );
        assert_eq!(
            date("Dec. 19, 2025 · Jane Doe on behalf of the docs team").as_deref(),
            Some("2025-12-19")
        );
        // A sentence that opens with a date, or a date followed by anything but a byline.
        assert_eq!(
            date("May 3, 2017 was the day the council finally agreed to the new plan for the park"),
            None
        );
        assert_eq!(date("May 3, 2017 Council meeting minutes"), None);
    }

    #[test]
    fn a_publication_label_dates_the_line_it_opens_whatever_follows() {
        let date = |l: &str| date_after_publication_label(l).map(|d| d.to_rfc3339());
        assert_eq!(
            date(
                "Posted on December 20, 2025 by Jane Doe (Example) - 5 Comments on Do you need 14 \
                 USB ports?"
            )
            .as_deref(),
            Some("2025-12-20")
        );
        assert_eq!(
            date("Posted on December 18, 2025 \u{a0}\u{a0} Posted by John Scalzi 59 Comments")
                .as_deref(),
            Some("2025-12-18")
        );
        assert_eq!(
            date("Published on 25.Jun.2019 in Vol 7, No 6 (2019): June").as_deref(),
            Some("2019-06-25")
        );
        assert_eq!(
            date("Veröffentlicht am 5. Mai 2025 von Jane Doe").as_deref(),
            Some("2025-05-05")
        );
        // Something between the label and the date, or no label at all: not read so.
        assert_eq!(date("Posted in News on May 5, 2025 by Jane Doe"), None);
        assert_eq!(date("Updated on May 5, 2025 by Jane Doe"), None);
        assert_eq!(date("Posted by Jane Doe"), None);
        // Beside a headline such a line is a date line.
        assert!(date_near_headline("Posted on May 5, 2025 by Jane Doe - 5 Comments").is_some());
    }

    #[test]
    fn an_author_elements_label_alone_names_no_one() {
        assert_eq!(names_in_marked("Written By"), None);
        assert_eq!(
            names_in_marked("Written By\nTony Bishop"),
            Some(vec!["Tony Bishop".to_string()])
        );
    }

    #[test]
    fn a_dated_line_under_the_headline_names_its_author_without_a_by() {
        let names = |l: &str| names_near_headline(l, true);
        assert_eq!(
            names("Tom Talbot October 14, 2025"),
            Some(vec!["Tom Talbot".to_string()])
        );
        assert_eq!(
            names("109 Comments | Jill Winger |   Last Updated: March 11, 2019"),
            Some(vec!["Jill Winger".to_string()])
        );
        assert_eq!(names("Last Updated: March 11, 2019"), None);
        assert_eq!(names("Released Wednesday, March 4, 2025"), None);
        assert_eq!(names("Mental HealthDECEMBER 22, 2022"), None);
        assert_eq!(
            names("Jane Doe In May 5, 2025"),
            Some(vec!["Jane Doe".to_string()])
        );
        // Only where the caller says a name may stand alone there.
        assert_eq!(
            names_near_headline("Tom Talbot October 14, 2025", false),
            None
        );
    }

    #[test]
    fn a_date_in_a_part_of_its_own_beside_the_headline_is_read() {
        let date = |l: &str| date_near_headline(l).map(|d| d.to_rfc3339());
        assert_eq!(
            date("Dec. 19, 2025 · Jane Doe on behalf of the documentation team").as_deref(),
            Some("2025-12-19")
        );
        assert_eq!(
            date("Jane Doe on behalf of the documentation team | March 3, 2025").as_deref(),
            Some("2025-03-03")
        );
        assert_eq!(
            date("By Jane Doe ⋅ Founder and Editor-in-Chief ⋅ May 6, 2025").as_deref(),
            Some("2025-05-06")
        );
        // A sentence that mentions a day is no date line, parted or not.
        assert_eq!(
            date("On March 3, 2025 the council met and agreed the plan after a long debate"),
            None
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
        // A capital whose lower case is shorter in bytes does not cut inside a character.
        assert_eq!(parse_byline("\u{212A}by Jane Doe"), None);
        assert_eq!(names_in_marked("\u{212A}uthor: Jane Doe"), None);
        assert_eq!(
            parse_byline("Written\u{a0}by\u{a0}Rebecca Lake"),
            Some(vec!["Rebecca Lake".to_string()])
        );
        // A dash between spaces closes the names; a hyphen inside a name does not.
        assert_eq!(
            parse_byline("By Dr. Vahid Osman - Mar 27, 2024"),
            Some(vec!["Dr. Vahid Osman".to_string()])
        );
        assert_eq!(
            parse_byline("By Anne-Marie Smith-Jones"),
            Some(vec!["Anne-Marie Smith-Jones".to_string()])
        );
        // "By" and the name set apart only by the page's style, as copied or extracted.
        assert_eq!(
            parse_byline("ByNina Pineda"),
            Some(vec!["Nina Pineda".to_string()])
        );
        assert_eq!(
            parse_byline("ByShivya Nath | 12th February 2025"),
            Some(vec!["Shivya Nath".to_string()])
        );
        for not_a_byline in ["ByteDance Ltd", "BYOB Night", "Bypass Road"] {
            assert_eq!(parse_byline(not_a_byline), None, "{not_a_byline}");
        }
        assert!(is_byline_label("Written by:"));
        assert!(is_byline_label("By"));
        assert!(!is_byline_label("Bylaws"));
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

    #[test]
    fn names_in_author_elements() {
        let one = |n: &str| Some(vec![n.to_string()]);
        assert_eq!(
            names_in_marked("Author\nIsaiah Shelton"),
            one("Isaiah Shelton")
        );
        assert_eq!(names_in_marked("By Emily Norwood"), one("Emily Norwood"));
        assert_eq!(
            names_in_marked("Luke Kim December 17, 2025"),
            one("Luke Kim")
        );
        assert_eq!(names_in_marked("KumikoGoingCrAzY"), one("KumikoGoingCrAzY"));
        assert_eq!(names_in_marked("Topic Author"), None);
        assert_eq!(names_in_marked("From Apple"), None);
        assert_eq!(names_in_marked("example.com"), None);
        assert_eq!(names_in_marked("Dec 17, 2025"), None);
        assert_eq!(
            names_in_marked(
                "Jane Doe writes about bicycles, repairs and long rides across the hills of Wales."
            ),
            None
        );
    }
}
