//! The site's name: a domain line at the top, or the copyright owner the header confirms.

use crate::extract::lexicon::names::COMPANY_FORMS;
use crate::extract::util::chars::{at_most_words, whitespace_words};

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
    // Every label holds something: "Accessibility...Help" is two menu words glued by an
    // ellipsis, not a domain (brands write real ones as "Earth.Org" or "GardenWith.Me").
    !name.is_empty()
        && (2..=6).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_alphabetic())
        && name.split('.').all(|label| !label.is_empty())
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.'))
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
    if (1..=3).contains(&whitespace_words(before)) {
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
    if (1..=SITE_MAX_WORDS).contains(&whitespace_words(owner)) {
        out.push(owner.to_string());
    }
    out
}

/// Separators between a page title's headline and its section or site ("Headline | Site").
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " / ", " :: ", " · ", " • "];

/// A site name that is the page's whole title ("resource block reference | Terraform |
/// HashiCorp Developer" as `og:site_name`, a template's mistake) is the title's last part, the
/// name the site signs its titles with.
pub fn site_not_the_title(site: String, titles: &[Option<&str>]) -> String {
    let is_title = titles
        .iter()
        .flatten()
        .any(|t| t.trim().eq_ignore_ascii_case(site.trim()));
    if !is_title {
        return site;
    }
    TITLE_SEPARATORS
        .iter()
        .filter_map(|sep| site.rfind(sep).map(|at| at + sep.len()))
        .max()
        .map(|from| site[from..].trim().to_string())
        .filter(|tail| !tail.is_empty())
        .unwrap_or(site)
}

/// Whether a page heading only names the site: it is the site's name, or the page's `<title>`
/// (or OpenGraph title) holds it only after a headline and a separator ("Thread title / Forum /
/// Arch Linux Forums" and an `<h1>` logo "Arch Linux"). Such a heading is the site's logo, not
/// the headline.
pub fn heading_names_the_site(heading: &str, reference: Option<&str>, site: Option<&str>) -> bool {
    let h = heading.trim().to_lowercase();
    if h.is_empty() {
        return false;
    }
    if site.is_some_and(|s| s.trim().to_lowercase() == h) {
        return true;
    }
    let Some(r) = reference else {
        return false;
    };
    let r = r.to_lowercase();
    let first_sep = TITLE_SEPARATORS.iter().filter_map(|sep| r.find(sep)).min();
    // The title's head must read as a headline itself: a short head is a section label
    // ("Opinion | Headline", "Products - Air Purifiers") and the heading after it the headline,
    // and a head that is the site's own name ("Example Science Studio | Headline") puts the
    // headline after it, unless that is one word ("The Corner Store - Shop", a section's name).
    let head_is_site = |head: &str| {
        site.is_some_and(|s| head.trim() == s.trim().to_lowercase()) && !at_most_words(&h, 1)
    };
    first_sep.is_some_and(|at| {
        !at_most_words(&r[..at], TITLE_HEAD_MIN_WORDS - 1)
            && !head_is_site(&r[..at])
            && !r[..at].contains(&h)
            && r[at..].contains(&h)
    })
}

/// A page title's head of at least this many words is its headline, not a section label.
const TITLE_HEAD_MIN_WORDS: usize = 3;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_name_that_is_the_whole_title_is_its_last_part() {
        let title = "resource block reference | Terraform | HashiCorp Developer";
        assert_eq!(
            site_not_the_title(title.into(), &[Some(title), None]),
            "HashiCorp Developer"
        );
        assert_eq!(
            site_not_the_title("The Verge".into(), &[Some("The Verge")]),
            "The Verge"
        );
        assert_eq!(
            site_not_the_title("Walkers | Forum".into(), &[Some("A thread | Walkers")]),
            "Walkers | Forum"
        );
    }

    #[test]
    fn a_heading_after_the_sites_own_name_in_the_title_is_the_headline() {
        let site = Some("Example Science Studio");
        let title = Some("Example Science Studio | Rainfall over the northern plains");
        assert!(!heading_names_the_site(
            "Rainfall over the northern plains",
            title,
            site
        ));
        assert!(heading_names_the_site(
            "Example Science Studio",
            title,
            site
        ));
        // One word after the site's name is a section's.
        let shop = Some("The Corner Store - Shop");
        assert!(heading_names_the_site(
            "Shop",
            shop,
            Some("The Corner Store")
        ));
        // Without the site's name, a long head still reads as the headline.
        assert!(heading_names_the_site(
            "Arch Linux",
            Some("Thread title here / Forum / Arch Linux"),
            None
        ));
    }

    #[test]
    fn domains() {
        assert!(looks_like_domain("RT.com"));
        assert!(!looks_like_domain("Mr. Smith"));
        assert!(!looks_like_domain("Hello world.com"));
        assert!(looks_like_domain("IMDb.com"));
        assert!(looks_like_domain("BBC.CO.UK"));
        assert!(looks_like_domain("www.example.co.uk"));
        assert!(!looks_like_domain("Accessibility...Help"));
        assert!(looks_like_domain("Earth.Org"));
        assert!(!looks_like_domain(".com"));
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
    fn a_heading_that_only_names_the_site_is_its_logo() {
        let r =
            Some("Open source forum software for old forums? / Newbie Corner / Arch Linux Forums");
        assert!(heading_names_the_site("Arch Linux", r, None));
        assert!(!heading_names_the_site(
            "Open source forum software for old forums?",
            r,
            None
        ));
        assert!(heading_names_the_site("Bombas", None, Some("bombas")));
        // A headline inside a title without separators, or before them, is the headline.
        assert!(!heading_names_the_site(
            "Big news",
            Some("Big news today"),
            None
        ));
        assert!(!heading_names_the_site(
            "Big news",
            Some("Big news | Example"),
            None
        ));
        // After a section label, the heading is the headline.
        assert!(!heading_names_the_site(
            "Is football violence a crime?",
            Some("Opinion | Is Football Violence a Crime?"),
            None
        ));
    }
}
