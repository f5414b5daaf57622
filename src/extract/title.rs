//! The headline of pasted text, chosen by a learned model among the short lines around the
//! article's start.
//!
//! Pasted text has no `<title>` or `<h1>`: the headline is one line among menus, breadcrumbs and
//! teasers above the body. The rules find it when a byline or date sits beside it; otherwise they
//! fall back to the summary. The model scores each short line near the first kept block (its
//! shape, its place, whether the body repeats its words, what the rules and the block model made
//! of it) and the best one above a threshold becomes the title. The trees rank a page's
//! candidates against each other (a softmax over them), so a line's chance of being the headline
//! is its share among the page's candidates. Trained by
//! `cargo run --release --example train` with the block model; it lives in the same model file.

use std::collections::{HashMap, HashSet};

use super::assemble::Shape;
use super::fields::byline;
use super::fields::header::TITLE_NEAR_BYLINE_LINES;
use super::forest::Forest;
use super::inputs::{self, Row};
use super::model::PageKind;
use super::util::chars::{at_most_words, whitespace_words};
use super::util::fnv::FnvBuild;
use super::util::lower::lowercase;
use super::{Article, Form, Reason, Role};

/// Lines this far above the article's first kept prose ([`anchor`]), or this far into it, are
/// candidates. (The article's first kept block is often a table of contents or a lead-in well
/// below the headline, so the window reaches far up.)
const ABOVE: usize = 40;
const INSIDE: usize = 6;
/// A headline has at least this many words and at most the second.
const MIN_WORDS: usize = 1;
const MAX_WORDS: usize = 30;
/// A candidate becomes the title when its log-odds are above this. It is low: the fallback (the
/// rules' headline, often the summary's first line) is right less often than the model's best
/// guess (out of fold on WCXB's pasted pages, `train --sweep`: 795 of 1,495 right at -4 and at
/// every threshold below it down to -100, 788 at -3, 766 at -2; an earlier model 670 at -1 and
/// 600 at 0).
const TITLE_MARGIN: f32 = -4.0;

/// The title model's inputs, in row order.
pub const TITLE_FEATURE_NAMES: &[&str] = &[
    "log_chars",
    "words",
    "ends_period",
    "ends_question",
    "upper_share",
    "digits_share",
    "offset",
    "page_position",
    "margin",
    "kept",
    "rule_title",
    "rule_heading",
    "rule_field",
    "shared_words",
    "lead_shared_words",
    "same_text_count",
    "prev_short",
    "next_field",
    "stop_ratio",
    "link_density",
    "rank_from_top",
    "rank_from_bottom",
    "ends_colon",
    "ends_exclamation",
    "title_case_share",
    "date_below",
    "date_above",
    "lines_to_date_below",
    "reading_time_near",
    "is_date",
    "inside_earlier_line",
    "repeated_below",
    "repeated_near",
    "next_is_prose",
    "next_words",
    "prev_words",
    "chars_below_longest",
    "body_share_below_best",
    "lead_share_below_best",
    "title_case_below_best",
    "separated_parts",
    "kind_article",
    "kind_forum",
    "kind_product",
    "kind_collection",
    "kind_listing",
    "kind_documentation",
    "kind_service",
];

/// A line this close below or above a candidate that holds a date (or a reading time) marks a
/// headline's byline area.
const DATE_BELOW: usize = 4;
const DATE_ABOVE: usize = 3;
/// A breadcrumb that ends with the headline sits at most this many lines above it.
const BREADCRUMB_ABOVE: usize = 30;
/// A candidate whose text comes again at most this many lines away is printed twice together.
const REPEAT_NEAR: usize = 4;
/// A line of at most this many words can be a date line.
const DATE_LINE_WORDS: usize = 12;

/// The candidate lines (block indices) around the article's start.
pub fn candidates(article: &Article) -> Vec<usize> {
    let Some(first) = anchor(article) else {
        return Vec::new();
    };
    let from = first.saturating_sub(ABOVE);
    let to = (first + INSIDE).min(article.blocks.len());
    (from..to)
        .filter(|&i| {
            // At most one word past the longest candidate is counted.
            let words = article.blocks[i]
                .text
                .split_whitespace()
                .take(MAX_WORDS + 1)
                .count();
            (MIN_WORDS..=MAX_WORDS).contains(&words) && !article.blocks[i].text.contains('\n')
        })
        .collect()
}

/// A kept block of at least this many words is the article's prose.
const ANCHOR_WORDS: usize = 25;

/// Where the candidate window is measured from: the first kept block of prose, else the first
/// kept block. A pasted page's first kept lines are often not its article yet (a cookie notice, a
/// promotion, a menu the model kept): measured from them, the window missed headlines further
/// down (out of fold on WCXB's pasted pages, headlines in the window 1,026 -> 1,064 of the 1,199
/// that are a line of the paste; titles right 744 -> 762 of 1,495).
fn anchor(article: &Article) -> Option<usize> {
    let first = article.first_kept_body()?;
    Some(
        (first..article.blocks.len())
            .find(|&i| {
                let b = &article.blocks[i];
                b.keep
                    && b.role.is_body()
                    && b.text.split_whitespace().nth(ANCHOR_WORDS - 1).is_some()
            })
            .unwrap_or(first),
    )
}

/// The title model's inputs for each candidate.
pub fn title_rows(
    article: &Article,
    rows: &[Row],
    margins: &[f32],
    cands: &[usize],
) -> Vec<Vec<f32>> {
    let first = anchor(article).unwrap_or(0);
    // The body's words (its first 400 of four letters or more) and its lead's (the first three
    // kept blocks), lower-cased a block at a time: a word's lower case is the same read alone or
    // in its line, and one string per block spares an allocation per word.
    let lowered_body: Vec<String> = article
        .kept_body()
        .take(40)
        .map(|b| lowercase(&b.text))
        .collect();
    let mut body: HashSet<&str, FnvBuild> = HashSet::with_capacity_and_hasher(400, FnvBuild);
    let mut lead: HashSet<&str, FnvBuild> = HashSet::default();
    let mut body_words = 0;
    'blocks: for (k, text) in lowered_body.iter().enumerate() {
        for w in text.split_whitespace() {
            if body_words >= 400 {
                break 'blocks;
            }
            if has_four_letters(w) {
                if k < 3 {
                    lead.insert(w);
                }
                body.insert(w);
                body_words += 1;
            }
        }
    }
    let n = article.blocks.len().max(1) as f32;
    let blocks = &article.blocks;
    // What the lines around the candidates are, computed once: a date line, a reading time
    // ("5 min read"), the lower-cased text.
    let lo = cands
        .first()
        .map_or(0, |&i| i.saturating_sub(BREADCRUMB_ABOVE));
    let hi = cands
        .last()
        .map_or(0, |&i| (i + DATE_BELOW + 2).min(blocks.len()));
    let is_date: Vec<bool> = (lo..hi).map(|k| is_date_line(&blocks[k].text)).collect();
    let is_reading_time: Vec<bool> = (lo..hi).map(|k| is_reading_time(&blocks[k].text)).collect();
    let lower: Vec<String> = (lo..hi).map(|k| lowercase(blocks[k].text.trim())).collect();
    let date_at = |k: usize| k >= lo && k < hi && is_date[k - lo];
    // Where each candidate's text occurs last on the page, found in one pass over the blocks
    // (a candidate repeated below is a menu item or a teaser, rarely the headline).
    let mut last_seen: HashMap<&str, usize, FnvBuild> =
        cands.iter().map(|&i| (blocks[i].text.trim(), i)).collect();
    // A line longer than every candidate is none of them: not hashed.
    let longest = last_seen.keys().map(|t| t.len()).max().unwrap_or(0);
    for (k, b) in blocks.iter().enumerate() {
        let text = b.text.trim();
        if text.len() <= longest
            && let Some(last) = last_seen.get_mut(text)
        {
            *last = k;
        }
    }
    let count = cands.len();
    let mut out: Vec<Vec<f32>> = cands
        .iter()
        .enumerate()
        .map(|(rank, &i)| {
            let b = &article.blocks[i];
            let text = b.text.trim();
            // The line lower-cased once, above, for the breadcrumb search below.
            let own = &lower[i - lo];
            let words = own.split_whitespace().count();
            let long: Vec<&str> = own
                .split_whitespace()
                .filter(|w| has_four_letters(w))
                .collect();
            let share = |pool: &HashSet<&str, FnvBuild>| {
                if long.is_empty() {
                    0.0
                } else {
                    long.iter().filter(|w| pool.contains(*w)).count() as f32 / long.len() as f32
                }
            };
            let (digits_share, upper_share) = inputs::digit_and_upper_shares(text);
            let row = rows.get(i);
            let feat = |at: usize| row.map_or(0.0, |r| r[at]);
            let prev_words = i
                .checked_sub(1)
                .map_or(0, |k| whitespace_words(&blocks[k].text));
            let next_words = next_words(blocks, i);
            let is_field = |k: usize| {
                article
                    .blocks
                    .get(k)
                    .is_some_and(|b| matches!(b.role, Role::Byline | Role::Date))
            };
            vec![
                (text.len() as f32).ln_1p(),
                words as f32,
                flag(text.ends_with('.')),
                flag(text.ends_with('?')),
                upper_share,
                digits_share,
                i as f32 - first as f32,
                i as f32 / n,
                margins.get(i).copied().unwrap_or(0.0),
                flag(b.keep),
                flag(b.role == Role::Title),
                flag(b.role == Role::Heading),
                flag(matches!(b.reason, Reason::UsedAsField { .. })),
                share(&body),
                share(&lead),
                feat(inputs::at!("same_text_count")),
                flag(i > 0 && prev_words <= 3),
                flag(is_field(i + 1) || is_field(i + 2)),
                feat(inputs::at!("stop_ratio")),
                feat(inputs::at!("link_density")),
                rank as f32,
                (count - 1 - rank) as f32,
                flag(text.ends_with(':')),
                flag(text.ends_with('!')),
                title_case_share(text),
                flag((i + 1..=i + DATE_BELOW).any(date_at)),
                flag((i.saturating_sub(DATE_ABOVE)..i).any(date_at)),
                (i + 1..=i + DATE_BELOW + 1)
                    .find(|&k| date_at(k))
                    .map_or(9.0, |k| (k - i) as f32),
                flag(
                    (i.saturating_sub(DATE_ABOVE)..=i + DATE_BELOW)
                        .any(|k| k >= lo && k < hi && is_reading_time[k - lo]),
                ),
                flag(date_at(i)),
                flag({
                    // One searcher for the up to 30 lines above, some of them paragraphs, made
                    // when a line is long enough to hold the candidate and more.
                    let mut finder = None;
                    (i.saturating_sub(BREADCRUMB_ABOVE).max(lo)..i).any(|k| {
                        let line = &lower[k - lo];
                        line.len() > own.len() + 3
                            && finder
                                .get_or_insert_with(|| memchr::memmem::Finder::new(own.as_bytes()))
                                .find(line.as_bytes())
                                .is_some()
                    })
                }),
                flag(last_seen.get(text).is_some_and(|&last| last > i)),
                // A headline the page prints twice close together (a phone's copy and a
                // desktop's, a title over its share bar), where a menu's item comes back far away.
                flag(
                    (i.saturating_sub(REPEAT_NEAR)..(i + REPEAT_NEAR + 1).min(blocks.len()))
                        .any(|k| k != i && blocks[k].text.trim() == text),
                ),
                flag(next_words >= 20),
                next_words as f32,
                prev_words as f32,
                separated_parts(text) as f32,
            ]
            .into_iter()
            // The page's kind: a listing is headed by its section's name, an article by its
            // story's headline.
            .chain(PageKind::ALL.map(|k| flag(article.kind == k)))
            .collect()
        })
        .collect();
    // How each candidate compares with the page's others: the headline is a choice among them,
    // and its measures mean most next to theirs (the longest line, the one sharing most words
    // with the body).
    for (name, own) in [
        ("chars_below_longest", at_title("log_chars")),
        ("body_share_below_best", at_title("shared_words")),
        ("lead_share_below_best", at_title("lead_shared_words")),
        ("title_case_below_best", at_title("title_case_share")),
    ] {
        let best = out.iter().map(|r| r[own]).fold(f32::MIN, f32::max);
        let at = at_title(name);
        for r in &mut out {
            r.insert(at, best - r[own]);
        }
    }
    out
}

/// The position of the title model's input `name`.
fn at_title(name: &str) -> usize {
    TITLE_FEATURE_NAMES
        .iter()
        .position(|n| *n == name)
        .expect("a title input")
}

/// How many parts a line's separators cut it into: "|", "›" and "»" anywhere, and " > ", " / ",
/// " - " and " – " between spaces. A breadcrumb ("Home | Blog | Packing Tips") or a page title
/// with the site's name has two or more. One pass over the line's characters.
fn separated_parts(text: &str) -> usize {
    let mut parts = 0;
    let mut in_part = false;
    let mut chars = text.chars().peekable();
    let mut previous = ' ';
    while let Some(c) = chars.next() {
        let spaced = previous == ' ' && chars.peek() == Some(&' ');
        let separator =
            matches!(c, '|' | '›' | '»') || spaced && matches!(c, '>' | '/' | '-' | '–');
        if separator {
            in_part = false;
        } else if !c.is_whitespace() && !in_part {
            in_part = true;
            parts += 1;
        }
        previous = c;
    }
    parts.max(1)
}

/// Whether `word` has four characters or more, told from its length in bytes when that settles
/// it (a character takes one to four bytes).
fn has_four_letters(word: &str) -> bool {
    word.len() >= 16 || word.len() >= 4 && word.chars().nth(3).is_some()
}

/// Words in the line below `i`.
fn next_words(blocks: &[super::Block], i: usize) -> usize {
    blocks.get(i + 1).map_or(0, |b| whitespace_words(&b.text))
}

/// A short line holding a date ("August 25, 2025", "Updated 05.05.2025").
fn is_date_line(text: &str) -> bool {
    at_most_words(text, DATE_LINE_WORDS) && super::fields::dates::find_date(text).is_some()
}

/// A short line giving a reading time: a number followed by a word starting "min" ("5 min read",
/// "12 minutes").
fn is_reading_time(text: &str) -> bool {
    // Most lines are longer than a reading time: counted without collecting the words.
    if text.split_whitespace().nth(6).is_some() {
        return false;
    }
    let minutes = |w: &str| w.get(..3).is_some_and(|m| m.eq_ignore_ascii_case("min"));
    let mut after_number = false;
    for w in text.split_whitespace() {
        let digits = w.bytes().take_while(u8::is_ascii_digit).count();
        if (after_number || digits > 0) && minutes(&w[digits..]) {
            return true;
        }
        after_number = digits > 0 && digits == w.len();
    }
    false
}

/// Share of the line's words (those starting with a letter) that start with a capital: headlines
/// are often in title case.
fn title_case_share(text: &str) -> f32 {
    let mut letters = 0;
    let mut capitals = 0;
    for w in text.split_whitespace() {
        if let Some(c) = w.chars().next().filter(|c| c.is_alphabetic()) {
            letters += 1;
            capitals += usize::from(c.is_uppercase());
        }
    }
    if letters == 0 {
        0.0
    } else {
        capitals as f32 / letters as f32
    }
}

#[cfg(test)]
mod separated_parts_tests {
    #[test]
    fn a_breadcrumb_is_cut_into_its_parts() {
        assert_eq!(
            super::separated_parts("| Resources | Blog | Packing Tips Guide"),
            3
        );
        assert_eq!(super::separated_parts("Sudo - ArchWiki"), 2);
        assert_eq!(super::separated_parts("Home › Glossary › Mobile App"), 3);
        assert_eq!(super::separated_parts("What is a Mobile App?"), 1);
        assert_eq!(super::separated_parts("|"), 1);
    }
}

fn flag(b: bool) -> f32 {
    if b { 1.0 } else { 0.0 }
}

/// Sets the article's title to the best candidate when the model is sure enough, marking its
/// block as the title field (out of the body).
pub fn choose(article: &mut Article, rows: &[Row], margins: &[f32], forest: &Forest) {
    choose_above(article, rows, margins, forest, TITLE_MARGIN);
}

/// [`choose`] with the log-odds a candidate must pass (training tries several).
pub fn choose_above(
    article: &mut Article,
    rows: &[Row],
    margins: &[f32],
    forest: &Forest,
    min_margin: f32,
) {
    let cands = candidates(article);
    if cands.is_empty() {
        return;
    }
    let scored = title_rows(article, rows, margins, &cands);
    let scores = forest.margins(&scored);
    let Some((best, top)) = cands
        .iter()
        .copied()
        .zip(scores.iter().copied())
        .max_by(|a, b| a.1.total_cmp(&b.1))
    else {
        return;
    };
    let score = log_odds_of_best(&scores, top);
    if score <= min_margin {
        return;
    }
    // The rules suggest the standfirst they read as the summary as the title (marked inferred):
    // the chooser's pick of that very line does not make it one the page printed as a headline.
    // (A pick of the standfirst the rules read beside another headline is taken: an unsure one
    // was left alone for the per-line trees, and the ranking trees' out of fold read 799 with
    // that, 803 without it, at every threshold of "unsure" from -1 down.)
    if article.blocks[best].role == Role::Summary
        && article.title_inferred
        && article.title.as_deref() == Some(article.blocks[best].text.trim())
    {
        return;
    }
    forget_name_beside_rules_headline(article, best);
    take_as_title(article, best);
}

/// The trees rank a page's candidates against each other: the best one's chance of being the
/// headline is its share of the softmax over the page's candidates, given here as log-odds.
fn log_odds_of_best(scores: &[f32], top: f32) -> f32 {
    let others: f32 = scores.iter().map(|&s| (s - top).exp()).sum::<f32>() - 1.0;
    // ln(p / (1 - p)) with p = 1 / (1 + others)
    -others.max(f32::MIN_POSITIVE).ln()
}

/// For HTML that names no document title (what a browser puts on the clipboard, or a page
/// saved without its `<head>`): the headline is the last top-level heading at or above the
/// article's first kept block, not the first `<h1>` of the page, which is often the site's
/// logo or a menu's ("Blog", "Search").
pub fn headline_above_body(article: &mut Article, shapes: &[Shape]) {
    let Some(first) = article.first_kept_body() else {
        return;
    };
    let headline = (0..=first).rev().find(|&i| {
        shapes
            .get(i)
            .is_some_and(|s| matches!(s.form, Form::Heading { level: 1, .. }))
            && !article.blocks[i].text.trim().is_empty()
    });
    if let Some(best) = headline
        && article.blocks[best].role != Role::Title
    {
        take_as_title(article, best);
    }
}

/// In pasted text, a name alone beside the rules' headline was read as the byline only because
/// that line was taken for the headline ("Lost Wages" under a section heading): when the headline
/// is `best`, elsewhere, the name goes too (the lines under the new one are read for a byline
/// later).
fn forget_name_beside_rules_headline(article: &mut Article, best: usize) {
    let old_titles: Vec<usize> = (0..article.blocks.len())
        .filter(|&i| article.blocks[i].role == Role::Title && i != best)
        .collect();
    if !article.authors.is_empty()
        && old_titles
            .iter()
            .all(|&t| t.abs_diff(best) > TITLE_NEAR_BYLINE_LINES)
        && old_titles.iter().any(|&t| {
            let near = t.saturating_sub(TITLE_NEAR_BYLINE_LINES)
                ..(t + 1 + TITLE_NEAR_BYLINE_LINES).min(article.blocks.len());
            near.filter(|&j| j != t).any(|j| {
                let line = article.blocks[j].text.trim();
                byline::parse_byline(line).is_none()
                    && byline::names_near_headline(line, j > t).as_ref() == Some(&article.authors)
            })
        })
    {
        article.authors.clear();
    }
}

/// Makes block `best` the article's title.
fn take_as_title(article: &mut Article, best: usize) {
    let text = article.blocks[best].text.trim().to_string();
    // The line the rules had taken for the title goes back to being outside the article (and
    // trimmed: as the title it was out of the body, whatever its keep flag said).
    for b in &mut article.blocks {
        if b.role == Role::Title {
            b.keep = false;
            b.role = Role::Boilerplate;
            b.reason = Reason::OutsideArticle;
        }
    }
    let b = &mut article.blocks[best];
    b.keep = false;
    b.role = Role::Title;
    b.reason = Reason::UsedAsField {
        field: "title".into(),
    };
    article.title = Some(text);
    article.title_inferred = false;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_best_candidates_chance_is_its_share_among_the_pages_candidates() {
        // e^2 against 1 + 1: log-odds 2 - ln 2.
        let lo = log_odds_of_best(&[0.0, 2.0, 0.0], 2.0);
        assert!((lo - (2.0 - 2f32.ln())).abs() < 1e-5, "{lo}");
        // Two lines ranked alike: even odds, whatever their scores.
        assert!(log_odds_of_best(&[-7.0, -7.0], -7.0).abs() < 1e-5);
        // A page's one candidate is sure, and its odds stay finite.
        let alone = log_odds_of_best(&[-3.0], -3.0);
        assert!(alone.is_finite() && alone > 0.0);
    }

    #[test]
    fn a_name_read_beside_a_headline_that_was_not_one_goes_with_it() {
        use super::super::{Block, Format};
        let line = |text: &str, role| Block::new(text, role, false, Reason::OutsideArticle);
        let page = |authors: &[&str]| Article {
            format: Format::Text,
            authors: authors.iter().map(|a| a.to_string()).collect(),
            blocks: vec![
                line(
                    "Gym Injury Lawsuits: We Can Do the Heavy Lifting",
                    Role::Boilerplate,
                ),
                line("Call us today for a free case review", Role::Boilerplate),
                line(
                    "Many people are hurt at the gym every year.",
                    Role::Paragraph,
                ),
                line("Another paragraph of the page's own text.", Role::Paragraph),
                line("A third paragraph before the section.", Role::Paragraph),
                line("Damages You Can Claim", Role::Title),
                line("Lost Wages", Role::Boilerplate),
                line(
                    "If your injury keeps you from work, you may recover them.",
                    Role::Paragraph,
                ),
            ],
            ..Article::default()
        };
        // The headline moves from the section heading to the page's headline: the name beside
        // the section heading was no byline.
        let mut a = page(&["Lost Wages"]);
        forget_name_beside_rules_headline(&mut a, 0);
        take_as_title(&mut a, 0);
        assert!(a.authors.is_empty());
        assert_eq!(a.blocks[5].role, Role::Boilerplate);
        // A byline read in its own right ("By …") stays, and so does a name when the headline
        // only moves a line.
        let mut by = page(&["Lost Wages"]);
        by.blocks[6].text = "By Lost Wages".into();
        forget_name_beside_rules_headline(&mut by, 0);
        take_as_title(&mut by, 0);
        assert_eq!(by.authors, vec!["Lost Wages".to_string()]);
        let mut near = page(&["Lost Wages"]);
        forget_name_beside_rules_headline(&mut near, 4);
        take_as_title(&mut near, 4);
        assert_eq!(near.authors, vec!["Lost Wages".to_string()]);
    }

    #[test]
    fn html_without_a_title_is_headed_by_the_h1_above_its_text() {
        let para = "Packing a whole house takes longer than anyone plans for, so start with the \
                    rooms you use least and leave the kitchen for the last two days before the move.";
        let html = format!(
            "<html><body><header><h1><a href=\"/\">Blog</a></h1><nav><ul><li><a href=\"/\">Home</a></li>\
             <li><a href=\"/tips\">Tips</a></li><li><a href=\"/about\">About</a></li></ul></nav></header>\
             <main><article><h1>Packing Tips Guide</h1><p>{para}</p><p>{para}</p><p>{para}</p>\
             <p>{para}</p></article></main><footer><p>© 2025 Example Movers</p></footer></body></html>"
        );
        let article = crate::extract::extract(&html, crate::extract::Format::Html);
        assert_eq!(article.title.as_deref(), Some("Packing Tips Guide"));
        // With a document title the rules' choice stands as before.
        let titled = html.replace(
            "<html>",
            "<html><head><title>Packing Tips Guide | Blog</title></head>",
        );
        let article = crate::extract::extract(&titled, crate::extract::Format::Html);
        assert_eq!(article.title.as_deref(), Some("Packing Tips Guide"));
    }

    #[test]
    fn reading_times_are_told_from_other_short_lines() {
        for line in ["5 min read", "12 minutes", "Lesezeit: 4 Min.", "15min"] {
            assert!(is_reading_time(line), "{line}");
        }
        for line in [
            "Minimum order 5",
            "Top 10 trends to watch in 2025 for every minimalist home",
            "5 reasons",
        ] {
            assert!(!is_reading_time(line), "{line}");
        }
    }

    #[test]
    fn the_line_the_rules_took_for_the_title_is_trimmed_when_another_is_chosen() {
        let names = TITLE_FEATURE_NAMES.iter().map(|n| n.to_string()).collect();
        // Every candidate scores the same: the last one in the window wins.
        let forest = Forest::new(
            names,
            1.0,
            vec![vec![crate::extract::forest::Node::Leaf(0.0)]],
        );
        let body = "The council met on Tuesday and agreed that the plan would go ahead after a long \
                    debate about its cost, its timing and who would pay for the new bridge over the \
                    river."
            .to_string();
        let mut article = Article {
            blocks: vec![
                super::super::Block::new("Home", Role::Boilerplate, false, Reason::Navigation),
                super::super::Block::new(
                    "Ten trends for 2025",
                    Role::Title,
                    true,
                    Reason::UsedAsField {
                        field: "title".into(),
                    },
                ),
                super::super::Block::new(
                    "Ten Trends to Watch",
                    Role::Boilerplate,
                    false,
                    Reason::OutsideArticle,
                ),
                super::super::Block::new(body, Role::Paragraph, true, Reason::ArticleText),
            ],
            ..Article::default()
        };
        choose(&mut article, &[], &[], &forest);
        assert_eq!(article.title.as_deref(), Some("Ten Trends to Watch"));
        let old = &article.blocks[1];
        assert!(!old.keep, "{old:?}");
        assert_eq!(old.role, Role::Boilerplate);
        assert!(!article.body_text().contains("Ten trends for 2025"));
    }

    #[test]
    fn title_case_and_date_lines() {
        assert_eq!(title_case_share("Ten Trends to Watch"), 0.75);
        assert_eq!(title_case_share("42 — 17"), 0.0);
        assert!(is_date_line("Updated October 8, 2025"));
        assert!(!is_date_line("Ten trends to watch"));
    }
}
