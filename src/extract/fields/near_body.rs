//! The byline and date a page shows beside its article, when its metadata gave none.
//!
//! Many pages name their author only in the visible byline ("By Jane Doe", "Jane Doe — April 12,
//! 2024") and date only in the text under the headline. Once the body is decided, the blocks
//! just above it (from the headline down) and its first lines are read for them, nearest first.

use super::byline::{
    NEAR_HEADLINE_DATE_MAX_OTHER_WORDS, date_after_publication_label, date_near_headline,
    date_opening_a_byline, is_byline_label, names_near_headline,
};
use super::dates::{
    FoundDate, ambiguous_date, find_date, is_date_line_word, month_number, published_from,
};
use super::site::looks_like_domain;
use crate::extract::lexicon::phrases::{CHANGED_WORDS, JOINED_WORDS};
use crate::extract::lexicon::stopwords::STOP_WORDS;
use crate::extract::model::PageKind;
use crate::extract::util::chars::at_most_words;

/// English stop words ("in", "on", "of"), the first of the stop-word lists.
const ENGLISH_STOP_WORDS: &[&str] = STOP_WORDS[0].1;
use crate::extract::{Article, Block, Format, Published, PublishedValue, Reason, Role};
use chrono::{NaiveDate, TimeDelta};

/// How many blocks above the article's first kept block are searched (menus can sit between a
/// headline and its byline).
const ABOVE_BLOCKS: usize = 12;
/// How many of the article's own first blocks are searched too (a byline inside the body's
/// container).
const INSIDE_BLOCKS: usize = 3;
/// How far below the article's first kept block its headline is looked for when the kept
/// blocks start above it.
const HEADLINE_BELOW_BLOCKS: usize = 12;
/// A line opening with a publication date this close above the headline dates the page.
const LABELLED_DATE_ABOVE_BLOCKS: usize = 2;
/// How many blocks under a headline far above the article are searched.
const UNDER_HEADLINE_BLOCKS: usize = 4;
/// A date alone on its line: at most a weekday or a label beside it.
const DATE_ALONE_MAX_OTHER_WORDS: usize = 1;
/// A post's date line often closes it ("Posted on April 13, 2023" under the text).
const AFTER_ARTICLE_BLOCKS: usize = 3;
/// A date line marked as metadata may name its author or post number too ("#1 jdoe, May 26").
const MARKED_DATE_MAX_OTHER_WORDS: usize = 4;
/// A byline block is short.
const BYLINE_BLOCK_MAX_CHARS: usize = 160;

/// Fills the article's authors and published date from the blocks around its start when the
/// page's metadata left them empty, and marks the blocks they came from as fields. A name read
/// from the text is never the site's own name; an author the page's metadata declares is kept
/// even when it is (a company's or a one-person blog's pages name their author so, and WCXB's
/// ground truth agrees: dropping those lost 38 of 739 authors).
pub fn fill_from_blocks(article: &mut Article) {
    tidy_authors(&mut article.authors);
    let dated_before = article.published.is_some();
    // Dated by the page's markup (its metadata, a `<time>`), not by a line the rules read.
    let dated_by_markup = article.published.as_ref().is_some_and(|p| {
        !article.blocks.iter().any(|b| {
            b.role == Role::Date
                && matches!(b.reason, Reason::UsedAsField { .. })
                && b.text.contains(p.raw.as_str())
        })
    });
    date_line_taken_for_the_summary(article);
    named_thread_starter(article);
    fill_missing(article);
    if dated_before {
        prefer_the_shown_date(article);
    }
    // A page's markup dates a thread by its first post already (WCXB dev HTML: 92 of 105 right);
    // pasted text has only the lines, and so has a page whose markup gives no date: the line
    // the rules read may be any post's.
    if article.kind == PageKind::Forum && (article.format == Format::Text || !dated_by_markup) {
        date_of_the_first_post(article);
    }
    unmark_other_days(article);
}

/// A date line the header was read for that shows another day than the published date (a
/// forum member's "joined" date, a reply's, a page's update above a story): trimmed as the page
/// metadata it is, so that its reason does not say it gave the date. Called once every field is
/// chosen, so no decision reads the new reason. A day either side is the same date (a page's
/// metadata in UTC, its text in local time), and a date that reads both day-first and
/// month-first ("8/1/2025") is left as it was, as is a line that also names the author.
fn unmark_other_days(article: &mut Article) {
    let Some(published) = article.published.as_ref().map(|p| day_of(p.value)) else {
        return;
    };
    let authors = &article.authors;
    for b in &mut article.blocks {
        if b.role == Role::Date
            && matches!(b.reason, Reason::UsedAsField { .. })
            // "By Jane Doe · Updated 6 May": the line gave the author.
            && !authors.iter().any(|a| b.text.contains(a.as_str()))
            && let Some((line, found)) = b.text.lines().find_map(|l| Some((l, find_date(l)?)))
            && ambiguous_date(line).is_none()
            && (day_of(found.value) - published).num_days().abs() > 1
        {
            b.keep = false;
            b.reason = Reason::Metadata;
        }
    }
}

/// The calendar day of a date, in the offset the page wrote it with.
fn day_of(value: PublishedValue) -> NaiveDate {
    match value {
        PublishedValue::DateTime(at) => at.date_naive(),
        PublishedValue::Date(day) => day,
    }
}

/// How many blocks under a thread's title are searched for its first post's date.
const FIRST_POST_BLOCKS: usize = 40;

/// A thread is dated by its first post: the first date line under its title (a member's "Joined"
/// date aside), whatever date the page gave elsewhere (the last reply's, the page's change).
/// An earlier date the rules read from a line that is no member's stays: a thread whose first
/// post heads itself with its own title has its date above that title (vBulletin's "30th March
/// 2025, 16:26" over "#1 … Title"), and the first date under it is a reply's.
fn date_of_the_first_post(article: &mut Article) {
    let start = article
        .blocks
        .iter()
        .position(|b| b.role == Role::Title)
        .map_or(0, |t| t + 1);
    let end = (start + FIRST_POST_BLOCKS).min(article.blocks.len());
    let first = (start..end).find_map(|i| {
        // Not a member's join date, nor a post's edit (a question's "edited Jul 5, 2020" stands
        // above its "asked Feb 4, 2014").
        date_line(&article.blocks[i], |l, f| {
            near_headline(l, f) && !dates_a_membership(l) && !dates_a_change(l)
        })
        .map(|(line, value)| (i, line, value))
    });
    let Some((i, line, value)) = first else {
        return;
    };
    // Its poster's name heads the line when the thread named no author ("jdoe January 28,
    // 2024, 3:36pm 1", a post's header pasted as one line).
    if article.authors.is_empty()
        && let Some(name) = poster_before_date(&line).filter(|n| !is_site_name(article, n))
    {
        article.authors = vec![name];
    }
    if article.published.as_ref().is_some_and(|p| {
        p.value.date() == value.date()
            || p.value.date() < value.date() && !dates_a_membership(&p.raw)
    }) {
        return;
    }
    article.published = Some(published_from(&line, value));
    if !article.blocks[i].keep && !is_field(&article.blocks[i]) {
        mark_as_date(article, i);
    }
}

/// Words around a name in a post's header that are no part of it ("Post by jdoe »", "asked Feb
/// 4, 2014").
const POST_HEADER_WORDS: &[&str] = &[
    "asked",
    "answered",
    "commented",
    "replied",
    "posted",
    "wrote",
    "post",
    "by",
    "quote",
];

/// The member name a post's date line opens with: its words before the date (none holding a
/// digit after the first, which starts with a letter; none a date's label), after a "Post by",
/// without a repeat in brackets ("raoul (raoul)"), a few words at most.
fn poster_before_date(line: &str) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    for word in line.split_whitespace() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        let label = POST_HEADER_WORDS
            .iter()
            .any(|w| bare.eq_ignore_ascii_case(w));
        if label && words.is_empty() {
            continue;
        }
        if bare.is_empty()
            || label
            || month_number(bare).is_some()
            || is_date_line_word(bare)
            || (words.is_empty() && !word.starts_with(char::is_alphabetic))
            || (!words.is_empty() && word.chars().any(|c| c.is_ascii_digit()))
        {
            break;
        }
        if !(word.starts_with('(') && word.ends_with(')')) {
            words.push(word);
        }
    }
    let name = words.join(" ");
    (!words.is_empty() && words.len() <= MEMBER_NAME_MAX_WORDS && find_date(&name).is_none())
        .then_some(name)
}

/// Whether a date line says when a member joined ("Joined: Dec 17, 2023").
fn dates_a_membership(line: &str) -> bool {
    let lower = line.to_lowercase();
    JOINED_WORDS.iter().any(|w| lower.contains(w))
}

/// A line the rules took for the standfirst that is the story's date line: one opening with
/// a publication label and the date ("Posted on December 18, 2025 · Posted by Jane Doe · 59
/// Comments"), or in pasted text a short one opening with the date and going on with the byline
/// ("May 3, 2017 By Jane Doe 4 Comments"). It dates the story and names its author, and
/// describes nothing. Read here, once the body is decided, and not where the rules read the
/// header: the learned decision's inputs are the rules' fields as they were trained on.
fn date_line_taken_for_the_summary(article: &mut Article) {
    let Some(i) = article
        .blocks
        .iter()
        .position(|b| b.role == Role::Summary && matches!(b.reason, Reason::UsedAsField { .. }))
    else {
        return;
    };
    let text = article.blocks[i].text.trim().to_string();
    if text.contains('\n') || article.summary.as_deref().is_some_and(|s| s.trim() != text) {
        return;
    }
    let Some(value) = date_after_publication_label(&text).or_else(|| {
        (article.format == Format::Text)
            .then(|| date_opening_a_byline(&text))
            .flatten()
    }) else {
        return;
    };
    article.summary = None;
    if article.published.is_none() {
        article.published = Some(published_from(&text, value));
    }
    if article.authors.is_empty()
        && let Some(names) = names_near_headline(&text, true)
    {
        // Never the site's own name, as everywhere else.
        article.authors = names
            .into_iter()
            .filter(|n| !looks_like_domain(n) && !is_site_name(article, n))
            .collect();
    }
    mark_as_date(article, i);
}

/// Whether `line` of block `i`, right under the headline, is a name alone over a date line
/// ("Jane Doe" over "November 14, 2025"): not the headline's own words again, not a thread's
/// (whose first post names its poster), not a heading that opens with a preposition ("About
/// Physical Activity") or a menu's words run together ("OrganizationOfficePapers").
fn name_over_date(article: &Article, i: usize, line: &str) -> bool {
    article.kind != PageKind::Forum
        && article
            .title
            .as_deref()
            .is_none_or(|t| !key(t).contains(&key(line)))
        && line
            .split_whitespace()
            .next()
            .is_some_and(|w| !ENGLISH_STOP_WORDS.contains(&w.to_lowercase().as_str()))
        && !line.split_whitespace().any(|w| {
            w.chars().filter(|c| c.is_uppercase()).count() >= 3 && w.chars().any(char::is_lowercase)
        })
        && (i + 1..(i + 3).min(article.blocks.len())).any(|k| {
            article.blocks[k]
                .text
                .lines()
                .any(|l| date_near_headline(l).is_some())
        })
}

/// Whether `name` is the site's own name, which is never the author.
fn is_site_name(article: &Article, name: &str) -> bool {
    article.site.as_deref().is_some_and(|s| key(s) == key(name))
}

/// Labels forum software writes before the name of who opened a thread.
const THREAD_STARTER_LABELS: &[&str] = &["thread starter", "discussion starter"];
/// A forum's member name is a few words at most.
const MEMBER_NAME_MAX_WORDS: usize = 4;

/// A thread's author as its page labels them, when nothing else named one: "Thread starter
/// jdoe" (a member's name, in whatever case it was registered) or "Discussion in 'Hosting' started
/// by jdoe, May 26, 2025." among the lines from the headline to its first post.
fn named_thread_starter(article: &mut Article) {
    if !article.authors.is_empty() {
        return;
    }
    let start = article
        .blocks
        .iter()
        .position(|b| b.role == Role::Title)
        .unwrap_or(0);
    let end = (start + FIRST_POST_BLOCKS).min(article.blocks.len());
    let name = article.blocks[start..end]
        .iter()
        .filter(|b| b.text.chars().count() <= BYLINE_BLOCK_MAX_CHARS)
        .flat_map(|b| b.text.lines())
        .find_map(|line| {
            let t = line.trim_matches(|c: char| c.is_whitespace());
            let after = THREAD_STARTER_LABELS
                .iter()
                .find_map(|label| {
                    t.get(..label.len())
                        .filter(|head| head.eq_ignore_ascii_case(label))
                        .map(|_| &t[label.len()..])
                })
                .or_else(|| {
                    let at = t.to_ascii_lowercase().find(" started by ")?;
                    t[at + " started by ".len()..].split(',').next()
                })?;
            let name = after
                .trim_start_matches(|c: char| c == ':' || c.is_whitespace())
                .trim_end_matches(|c: char| c == '.' || c.is_whitespace());
            (!name.is_empty()
                && at_most_words(name, MEMBER_NAME_MAX_WORDS)
                && find_date(name).is_none())
            .then(|| name.to_string())
        });
    if let Some(name) = name.filter(|n| !is_site_name(article, n)) {
        article.authors = vec![name];
    }
}

/// The authors and date the article still lacks, from the blocks around its start.
fn fill_missing(article: &mut Article) {
    let site_key = article.site.as_deref().map(key);
    // An author that is only the site's own name is a fallback: a byline in the text wins.
    let site_as_author = !article.authors.is_empty()
        && site_key
            .as_ref()
            .is_some_and(|s| article.authors.iter().all(|a| key(a) == *s));
    let need_author = article.authors.is_empty() || site_as_author;
    let need_date = article.published.is_none();
    if !need_author && !need_date {
        return;
    }
    let Some(first) = article.first_kept_body() else {
        return;
    };
    // The headline: the block used as the title, or, on a story or a thread, the page's own
    // `<h1>` trimmed as a repeat of the title its metadata gave. (On shops' collection pages the
    // lines under such a heading are filters, "Price" and "Brand", not a byline.)
    let title_key = matches!(article.kind, PageKind::Article | PageKind::Forum)
        .then(|| article.title.as_deref().map(key))
        .flatten();
    let title = article.blocks[..first].iter().rposition(|b| {
        b.role == Role::Title
            || b.reason == Reason::RepeatsSummary
                && title_key.as_ref().is_some_and(|t| key(&b.text) == *t)
    });
    let from = title.map_or(first.saturating_sub(ABOVE_BLOCKS), |t| {
        t.max(first.saturating_sub(ABOVE_BLOCKS))
    });
    // A kept kicker or breadcrumb just above the headline ("Fitness") is not where the article
    // starts: the headline is, and its own first blocks follow it. Pictures between them are not
    // counted among those blocks. A headline kept as the article's first text (its `<h1>`, the
    // title read from the metadata) counts too, with its repeat under it: the byline and date
    // follow that (WCXB dev HTML: dates 680 -> 681 of 782, nothing else changed).
    let len = article.blocks.len();
    let headline_inside = (first..(first + INSIDE_BLOCKS).min(len))
        .rev()
        .find(|&k| {
            let b = &article.blocks[k];
            b.role == Role::Title || title_key.as_ref().is_some_and(|t| key(&b.text) == *t)
        })
        // The headline further down, under kept lines that are not the article's yet (a
        // pasted shop's promotion and breadcrumb kept above a blog post's headline): its byline
        // and date follow it, after every line read before.
        .or_else(|| {
            (first..(first + HEADLINE_BELOW_BLOCKS).min(len))
                .find(|&k| article.blocks[k].role == Role::Title)
        });
    let mut to = headline_inside.map_or(first, |t| t + 1);
    let mut text_blocks = 0;
    while to < len && text_blocks < INSIDE_BLOCKS {
        text_blocks += usize::from(!article.blocks[to].text.trim().is_empty());
        to += 1;
    }
    // A headline far above the article's start (a table of contents, a lead-in or a banner
    // between them) has its byline and date just under it: those lines are read first.
    let under_headline = title
        .filter(|&t| t + 1 < from)
        .map_or(0..0, |t| t + 1..(t + 1 + UNDER_HEADLINE_BLOCKS).min(from));
    // Then nearest the article's start first: below the headline, the byline is the first short
    // block that reads as one.
    let order = under_headline.chain((from..first).rev()).chain(first..to);
    let mut found_author = !need_author;
    let mut found_date = !need_date;
    for i in order {
        let block = &article.blocks[i];
        if block.text.chars().count() > BYLINE_BLOCK_MAX_CHARS || is_field(block) {
            continue;
        }
        let mut used = None;
        let lines: Vec<&str> = block.text.lines().collect();
        for (l, line) in lines.iter().enumerate() {
            // "Written by" on its own line, the name on the next (in this block or the next).
            let names = if found_author {
                None
            } else if is_byline_label(line) {
                lines
                    .get(l + 1)
                    .copied()
                    .or_else(|| {
                        article
                            .blocks
                            .get(i + 1)
                            .and_then(|b| b.text.lines().next())
                    })
                    .and_then(|next| names_near_headline(next, true))
            } else {
                // A dated line right under the headline names its author without a "By"
                // ("Aaron Ricadela | Senior Writer | July 2, 2025"), as does a name alone over
                // a date line.
                let dated_under_headline = title.is_some_and(|t| i == t + 1)
                    && (date_near_headline(line).is_some() || name_over_date(article, i, line));
                names_near_headline(line, dated_under_headline)
            };
            if let Some(names) = names {
                let names: Vec<String> = names
                    .into_iter()
                    .filter(|n| Some(key(n)) != site_key && !looks_like_domain(n))
                    .collect();
                if !names.is_empty() {
                    article.authors = names;
                    found_author = true;
                    used = Some(("author", Role::Byline));
                }
            }
            if !found_date && let Some(value) = date_near_headline(line) {
                article.published = Some(published_from(line.trim(), value));
                found_date = true;
                used = used.or(Some(("published date", Role::Date)));
            }
        }
        if let Some((field, role)) = used {
            let b = &mut article.blocks[i];
            // A kept block that also holds the article's text stays text.
            if !b.keep {
                b.role = role;
                b.reason = Reason::UsedAsField {
                    field: field.to_string(),
                };
            }
        }
        if found_author && found_date {
            break;
        }
    }
    if !found_date {
        found_date = date_alone_above(article, title.unwrap_or(first));
    }
    if !found_date {
        found_date = date_marked_as_metadata(article, first);
    }
    if !found_date {
        only_date_marked_as_metadata(article);
    }
}

/// The date a page shows under its headline is the one its reader goes by: where the page's
/// metadata says another day (a republished page's first date, a template's date), the shown one
/// wins. Only a date line between the headline and the article's first blocks counts, or else a
/// date alone on the line right above the headline (WCXB dev HTML: dates 681 -> 683, none lost),
/// and not one that dates a change ("Updated …").
fn prefer_the_shown_date(article: &mut Article) {
    let Some(meta) = article.published.as_ref().map(|p| p.value.date()) else {
        return;
    };
    // A UTC time, or a time with no zone (a server's clock), gives the page's own day only up
    // to a day: the day the page shows settles it, when some time zone (UTC-12 to UTC+14) has
    // that day at that moment.
    let zone_may_show = |shown: NaiveDate| match article.published.as_ref() {
        Some(Published {
            value: PublishedValue::DateTime(dt),
            ..
        }) if dt.offset().local_minus_utc() == 0 => {
            let utc = dt.naive_utc();
            (utc - TimeDelta::hours(12)).date() <= shown
                && shown <= (utc + TimeDelta::hours(14)).date()
        }
        Some(Published {
            value: PublishedValue::Date(_),
            raw,
        }) => raw.contains(':'),
        _ => false,
    };
    let Some(first) = article
        .blocks
        .iter()
        .position(|b| b.keep && b.role.is_body() && !is_field(b))
    else {
        return;
    };
    let Some(title) = article.blocks[..first]
        .iter()
        .rposition(|b| b.role == Role::Title)
    else {
        return;
    };
    let to = (first + INSIDE_BLOCKS).min(article.blocks.len());
    let shown = (title + 1..to)
        .find_map(|i| {
            date_line(&article.blocks[i], near_headline).map(|(line, value)| (i, line, value))
        })
        .or_else(|| {
            // A date alone on the line right above the headline (a dateline over it).
            let i = title.checked_sub(1)?;
            date_line(&article.blocks[i], alone_on_its_line).map(|(line, value)| (i, line, value))
        });
    let Some((i, line, value)) = shown else {
        return;
    };
    // A day apart is the same moment told in two time zones; "Updated …" dates the page's last
    // change (the metadata's first publication is as likely what is wanted: on WCXB's pages it
    // was 14 times to 11); and "8/1/2025" may be either day, which the metadata settles.
    let days_apart = (value.date() - meta).num_days().abs();
    let same_moment_elsewhere = days_apart == 0 || days_apart == 1 && !zone_may_show(value.date());
    if same_moment_elsewhere || dates_a_change(&line) || ambiguous_date(&line).is_some() {
        return;
    }
    article.published = Some(published_from(&line, value));
    // A line already read for another field (the byline) keeps its role; one the article keeps
    // as text stays text.
    if !article.blocks[i].keep && !is_field(&article.blocks[i]) {
        mark_as_date(article, i);
    }
}

/// A date on a line of its own often stands above the headline (a kicker, a dateline), or
/// above the article when the headline was not found: when nothing nearer gave one, the nearest
/// such line above `above` (the headline, or the article's start) does. Whether one was found.
fn date_alone_above(article: &mut Article, above: usize) -> bool {
    for i in (0..above).rev() {
        let block = &article.blocks[i];
        if block.keep || is_field(block) {
            continue;
        }
        // Right above it, a line opening with its publication date ("Posted on December 20,
        // 2025 by …") whatever follows the date.
        let right_above = i + LABELLED_DATE_ABOVE_BLOCKS >= above;
        let Some((line, value)) = date_line(block, |l, found| {
            alone_on_its_line(l, found) || right_above && date_after_publication_label(l).is_some()
        }) else {
            continue;
        };
        article.published = Some(published_from(&line, value));
        mark_as_date(article, i);
        return true;
    }
    false
}

/// Further away, a date line the page's markup marks as metadata (a "post-date" or "meta"
/// element: a byline box under the article, a forum's first post) dates the page: the first
/// one before the article's end or just after it. `first` is the article's first kept block.
fn date_marked_as_metadata(article: &mut Article, first: usize) -> bool {
    let end = article
        .blocks
        .iter()
        .rposition(|b| b.keep && b.role.is_body())
        .unwrap_or(first);
    for i in 0..(end + 1 + AFTER_ARTICLE_BLOCKS).min(article.blocks.len()) {
        let block = &article.blocks[i];
        if block.reason != Reason::Metadata {
            continue;
        }
        let Some((line, value)) =
            date_line(block, |_, f| f.other_words <= MARKED_DATE_MAX_OTHER_WORDS)
        else {
            continue;
        };
        article.published = Some(published_from(&line, value));
        mark_as_date(article, i);
        return true;
    }
    false
}

/// Anywhere on an article or a thread, a date line the markup marks as metadata dates the page
/// when it is the only one: a post's "Published" box far below its text, or above a long table
/// of contents. Two or more (a list of other posts, each dated) date nothing, and neither does a
/// line that dates a change ("Last updated: …") or gives a time of day (a comment's stamp).
/// Product, service and documentation pages are left undated: their lone dates are reviews,
/// offers and revisions.
fn only_date_marked_as_metadata(article: &mut Article) {
    if !matches!(article.kind, PageKind::Article | PageKind::Forum) {
        return;
    }
    let mut dated = article.blocks.iter().enumerate().filter_map(|(i, b)| {
        if b.reason != Reason::Metadata {
            return None;
        }
        date_line(b, |l, f| {
            f.other_words <= MARKED_DATE_MAX_OTHER_WORDS && !dates_a_change(l) && !has_clock_time(l)
        })
        .map(|(line, value)| (i, line, value))
    });
    let (Some((i, line, value)), None) = (dated.next(), dated.next()) else {
        return;
    };
    article.published = Some(published_from(&line, value));
    mark_as_date(article, i);
}

/// Whether a line holds a time of day ("11:15"): far from the article's start, a dated and timed
/// line is a comment's or a reply's more often than the page's.
fn has_clock_time(line: &str) -> bool {
    line.as_bytes()
        .windows(3)
        .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit())
}

/// Whether a date line says when the page changed: a word for it before the date's year (the
/// first run of four digits), or anywhere in a line without one ("Updated 6 May"). A count
/// before it ("109 Comments | Last Updated: March 11, 2019") is not the date; a change after
/// the year ("December 3, 2025. Updated: December 7, 2025") dates another moment.
fn dates_a_change(line: &str) -> bool {
    let bytes = line.as_bytes();
    let year_at = (0..bytes.len().saturating_sub(3)).find(|&i| {
        bytes[i..i + 4].iter().all(u8::is_ascii_digit)
            && (i == 0 || !bytes[i - 1].is_ascii_digit())
            && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit())
    });
    let before_date = &line[..year_at.unwrap_or(line.len())];
    let lower = before_date.to_lowercase();
    CHANGED_WORDS.iter().any(|w| lower.contains(w))
}

/// The first line of a short block holding a date that `accept` takes (the line and what was
/// found in it): the line, trimmed, and its date. Every search for a date line here reads blocks
/// so.
fn date_line(
    block: &Block,
    accept: impl Fn(&str, &FoundDate) -> bool,
) -> Option<(String, PublishedValue)> {
    if block.text.chars().count() > BYLINE_BLOCK_MAX_CHARS {
        return None;
    }
    block.text.lines().find_map(|l| {
        let found = find_date(l)?;
        accept(l, &found).then(|| (l.trim().to_string(), found.value))
    })
}

/// A date on a line of its own: at most a weekday or a label beside it.
fn alone_on_its_line(_: &str, found: &FoundDate) -> bool {
    found.other_words <= DATE_ALONE_MAX_OTHER_WORDS
}

/// A date line beside a headline: a name or two around the date at most.
fn near_headline(_: &str, found: &FoundDate) -> bool {
    found.other_words <= NEAR_HEADLINE_DATE_MAX_OTHER_WORDS
}

/// Shows block `i` as the date line the published date was read from.
fn mark_as_date(article: &mut Article, i: usize) {
    let b = &mut article.blocks[i];
    b.role = Role::Date;
    b.reason = Reason::UsedAsField {
        field: "published date".to_string(),
    };
}

/// Authors as a page's metadata wrote them, made readable: an entity left escaped in the
/// markup ("Maria &amp; Katerina") is decoded, stray separators at the ends go, and an empty
/// name is dropped.
fn tidy_authors(authors: &mut Vec<String>) {
    for a in authors.iter_mut() {
        if a.contains("&amp;") {
            *a = a.replace("&amp;", "&");
        }
        let t = a.trim_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '|' | '-'));
        if t.len() != a.len() {
            *a = t.to_string();
        }
    }
    authors.retain(|a| !a.is_empty());
}

fn is_field(b: &Block) -> bool {
    matches!(b.reason, Reason::UsedAsField { .. })
}

/// Letters and digits only, lower-cased: "The Verge" and "theverge" compare equal.
fn key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Published, PublishedValue};

    fn block(text: &str, keep: bool, reason: Reason) -> Block {
        Block::new(text, Role::Paragraph, keep, reason)
    }

    /// The line the rules took for the headline.
    fn headline(text: &str) -> Block {
        Block::new(
            text,
            Role::Title,
            false,
            Reason::UsedAsField {
                field: "title".into(),
            },
        )
    }

    /// The article's first kept paragraph.
    /// An article of 31 kept paragraphs.
    fn long_article() -> Vec<Block> {
        let mut blocks = vec![article_text()];
        blocks.extend((0..30).map(|i| {
            block(
                &format!("The work went on through the autumn, step {i} of the plan."),
                true,
                Reason::ArticleText,
            )
        }));
        blocks
    }

    /// The article's date as RFC 3339, as the tests compare it.
    fn published(a: &Article) -> Option<String> {
        a.published.as_ref().map(|p| p.value.to_rfc3339())
    }

    /// A date the page gave as `raw`, read as the day `y-m-d`.
    fn published_on(raw: &str, y: i32, m: u32, d: u32) -> Published {
        Published {
            raw: raw.into(),
            value: PublishedValue::Date(
                chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a real day"),
            ),
        }
    }

    fn published_at(raw: &str) -> Published {
        let value = crate::extract::fields::dates::parse_machine_date(raw).expect("a date");
        published_from(raw, value)
    }

    fn article_text() -> Block {
        block(
            "The council met on Tuesday and agreed that the plan would go ahead.",
            true,
            Reason::ArticleText,
        )
    }

    /// A date line the rules marked as the date's source.
    fn date_line(text: &str) -> Block {
        Block::new(
            text,
            Role::Date,
            true,
            Reason::UsedAsField {
                field: "date".into(),
            },
        )
    }

    #[test]
    fn date_lines_of_other_days_are_page_metadata_not_the_date() {
        let mut a = Article {
            // The page's metadata, in UTC: the thread started on the evening of 26 March where
            // it was written.
            published: Some(published_at("2025-03-27T02:21:10+00:00")),
            blocks: vec![
                headline("You and your friends against the world"),
                date_line("Mar 26, 2025"),
                date_line("Joined Oct 25, 2017"),
                date_line("By Tess Bonn · Updated May 2, 2025"),
                date_line("8/1/2025"),
                article_text(),
            ],
            authors: vec!["Tess Bonn".into()],
            ..Article::default()
        };
        fill_from_blocks(&mut a);
        // The day the page shows is preferred to its metadata's.
        assert_eq!(published(&a).as_deref(), Some("2025-03-26"));
        // What the date was read from.
        assert!(a.blocks[1].keep);
        assert!(matches!(a.blocks[1].reason, Reason::UsedAsField { .. }));
        // A member's join date is not.
        assert!(!a.blocks[2].keep);
        assert_eq!(a.blocks[2].reason, Reason::Metadata);
        assert_eq!(a.blocks[2].role, Role::Date);
        // The line that gave the author stays a field; so does a date read two ways.
        assert!(matches!(a.blocks[3].reason, Reason::UsedAsField { .. }));
        assert!(matches!(a.blocks[4].reason, Reason::UsedAsField { .. }));
    }

    #[test]
    fn a_byline_above_the_body_gives_author_and_date() {
        let mut a = Article {
            site: Some("Example News".into()),
            blocks: vec![
                block("Home", false, Reason::Navigation),
                block("By Daniel Renfrow\nApril 12, 2024", false, Reason::Metadata),
                article_text(),
            ],
            ..Article::default()
        };
        fill_from_blocks(&mut a);
        assert_eq!(a.authors, vec!["Daniel Renfrow".to_string()]);
        assert_eq!(published(&a).as_deref(), Some("2024-04-12"));
        assert_eq!(a.blocks[1].role, Role::Byline);
        assert!(!a.blocks[1].keep);
    }

    #[test]
    fn a_dated_line_right_under_the_headline_names_its_author_without_a_by() {
        let page = |under: &str| {
            let mut a = Article {
                blocks: vec![
                    headline("How AI is transforming healthcare"),
                    block(under, false, Reason::Metadata),
                    article_text(),
                ],
                ..Article::default()
            };
            fill_from_blocks(&mut a);
            a
        };
        let a = page("Aaron Ricadela | Senior Writer | July 2, 2025");
        assert_eq!(a.authors, ["Aaron Ricadela"]);
        assert_eq!(published(&a).as_deref(), Some("2025-07-02"));
        // Without a date the line may be a kicker or a section's name.
        assert!(page("Aaron Ricadela | Senior Writer").authors.is_empty());
    }

    #[test]
    fn a_name_alone_under_the_headline_over_a_date_line_is_the_author() {
        let page = |name: &str, title: &str| {
            let mut a = Article {
                title: Some(title.into()),
                blocks: vec![
                    block("Home", false, Reason::Navigation),
                    headline(title),
                    block(name, false, Reason::Navigation),
                    block("November 14, 2025", false, Reason::Metadata),
                    article_text(),
                ],
                format: Format::Text,
                ..Article::default()
            };
            fill_from_blocks(&mut a);
            a.authors
        };
        let title = "How machine learning is shaping online shops";
        assert_eq!(page("Chirag Bhardwaj", title), ["Chirag Bhardwaj"]);
        // The headline again, a heading opening with a preposition, a menu's words run together.
        assert!(page("Online Shops", "Online Shops").is_empty());
        assert!(page("About Physical Activity", title).is_empty());
        assert!(page("Digital OrganizationOfficePapers", title).is_empty());
    }

    #[test]
    fn a_kept_kicker_above_the_headline_moves_the_articles_start_to_the_headline() {
        let picture = Block {
            form: crate::extract::Form::Image {
                src: "https://example.com/gym.jpg".into(),
                alt: String::new(),
                link: None,
            },
            ..block("", true, Reason::ArticleText)
        };
        let mut a = Article {
            blocks: vec![
                block("Home", false, Reason::Navigation),
                block("Fitness", true, Reason::ArticleText),
                headline("How To Use Gym Equipment"),
                block(
                    "Confused by the cable machine or the squat rack? Here is how to start.",
                    true,
                    Reason::ArticleText,
                ),
                picture,
                block("Sweat", true, Reason::ArticleText),
                block(
                    "August 16, 2019 - Updated July 9, 2025",
                    true,
                    Reason::ArticleText,
                ),
                article_text(),
            ],
            ..Article::default()
        };
        fill_from_blocks(&mut a);
        assert_eq!(published(&a).as_deref(), Some("2019-08-16"));
        // The line is kept: it holds the article's text as well, as far as the engine knows.
        assert!(a.blocks[6].keep);
    }

    #[test]
    fn a_headline_under_kept_lines_that_are_not_the_article_has_its_date_under_it() {
        // A pasted blog post under a shop's menu: a promotion and the breadcrumb were kept, the
        // headline was chosen below them, and its date line follows it.
        let mut a = Article {
            blocks: vec![
                block("Learn more", false, Reason::Navigation),
                block("Out of this world focus.", true, Reason::ArticleText),
                block("Learn more", false, Reason::Navigation),
                block("Home / Blog /", true, Reason::ArticleText),
                block("overlaylink", true, Reason::ArticleText),
                headline("The Best 75% Mechanical Keyboards to Buy in 2025"),
                block("June 10, 2025 | 13 min read", true, Reason::ArticleText),
                article_text(),
            ],
            ..Article::default()
        };
        fill_from_blocks(&mut a);
        assert_eq!(published(&a).as_deref(), Some("2025-06-10"));
        // Kept lines were read first: a date among them would have won, as before.
        let mut b = a.clone();
        b.published = None;
        b.blocks[3] = block("Home / Blog / May 1, 2025", true, Reason::ArticleText);
        fill_from_blocks(&mut b);
        assert_eq!(published(&b).as_deref(), Some("2025-05-01"));
    }

    #[test]
    fn a_headline_kept_as_text_and_repeated_is_where_its_byline_area_starts() {
        // The page's `<h1>` is kept as the article's first block and written again under it;
        // the byline, a topic and the dates follow, then the article.
        let mut a = Article {
            title: Some("Private Cloud Providers Compared".into()),
            kind: PageKind::Article,
            blocks: vec![
                block("Blog", false, Reason::Navigation),
                block(
                    "Private Cloud Providers Compared",
                    true,
                    Reason::ArticleText,
                ),
                block(
                    "Private Cloud Providers Compared",
                    false,
                    Reason::RepeatsSummary,
                ),
                block("", false, Reason::OutsideArticle),
                block("Emmanuel Oyibo", false, Reason::OutsideArticle),
                block("#Cloud Computing", false, Reason::OutsideArticle),
                block(
                    "Published on Oct 21, 2025 Updated on Mar 9, 2026",
                    false,
                    Reason::OutsideArticle,
                ),
                article_text(),
            ],
            ..Article::default()
        };
        fill_from_blocks(&mut a);
        assert_eq!(published(&a).as_deref(), Some("2025-10-21"));
    }

    #[test]
    fn a_date_line_marked_as_metadata_far_from_the_start_dates_the_page() {
        let mut blocks = long_article();
        // A date under the article, in prose, is not read; the marked line is.
        blocks.push(block(
            "The plan was first drafted on May 3, 2019 and changed twice since.",
            true,
            Reason::ArticleText,
        ));
        blocks.push(block("Posted on April 13, 2023", false, Reason::Metadata));
        blocks.push(block("Footer", false, Reason::Navigation));
        let mut a = Article {
            blocks,
            ..Article::default()
        };
        fill_from_blocks(&mut a);
        assert_eq!(published(&a).as_deref(), Some("2023-04-13"));
        assert_eq!(a.blocks[32].role, Role::Date);
    }

    #[test]
    fn a_byline_label_on_its_own_line_names_the_author_on_the_next() {
        for blocks in [
            vec![
                block("Written by:", false, Reason::Metadata),
                block("Rebecca Lake", false, Reason::Metadata),
                article_text(),
            ],
            vec![
                block("By\nKaavya Shah", false, Reason::Metadata),
                article_text(),
            ],
        ] {
            let mut a = Article {
                blocks,
                ..Article::default()
            };
            fill_from_blocks(&mut a);
            assert_eq!(a.authors.len(), 1, "{:?}", a.blocks);
            assert!(["Rebecca Lake", "Kaavya Shah"].contains(&a.authors[0].as_str()));
        }
    }

    #[test]
    fn a_byline_in_the_text_wins_over_the_site_named_as_author() {
        let mut a = Article {
            site: Some("Example Clinic".into()),
            authors: vec!["Example Clinic".into()],
            blocks: vec![
                block("By Holly Wilgus", false, Reason::Metadata),
                article_text(),
            ],
            ..Article::default()
        };
        fill_from_blocks(&mut a);
        assert_eq!(a.authors, vec!["Holly Wilgus".to_string()]);
        // With no byline in the text, the metadata's author stays.
        let mut b = Article {
            site: Some("Example Clinic".into()),
            authors: vec!["Example Clinic".into()],
            blocks: vec![article_text()],
            ..Article::default()
        };
        fill_from_blocks(&mut b);
        assert_eq!(b.authors, vec!["Example Clinic".to_string()]);
    }

    #[test]
    fn escaped_and_stray_characters_leave_metadata_authors() {
        let mut a = Article {
            authors: vec![
                "Maria &amp; Katerina".into(),
                ", ".into(),
                "Jane Doe,".into(),
            ],
            ..Article::default()
        };
        fill_from_blocks(&mut a);
        assert_eq!(
            a.authors,
            vec!["Maria & Katerina".to_string(), "Jane Doe".to_string()]
        );
    }

    #[test]
    fn the_byline_under_a_headline_far_above_the_article_is_read() {
        let mut blocks = vec![
            block("Blog", false, Reason::Navigation),
            headline("Ten trends to watch"),
            block("Kelia Reinoso", false, Reason::OutsideArticle),
            block("August 25, 2025", false, Reason::OutsideArticle),
        ];
        // A table of contents longer than the window above the article's start.
        for k in 0..ABOVE_BLOCKS + 3 {
            blocks.push(block(&format!("Section {k}"), false, Reason::Navigation));
        }
        blocks.push(article_text());
        let mut a = Article {
            blocks,
            ..Article::default()
        };
        fill_from_blocks(&mut a);
        assert_eq!(published(&a).as_deref(), Some("2025-08-25"));
        assert_eq!(a.blocks[3].role, Role::Date);
    }

    #[test]
    fn the_date_under_a_pages_own_heading_of_the_metadatas_title_is_read_on_a_story_only() {
        let page = |kind: PageKind| {
            let mut blocks = vec![
                block("Blog", false, Reason::Navigation),
                // The `<h1>`, trimmed as a repeat of the title the metadata gave.
                block("Ten trends to watch", false, Reason::RepeatsSummary),
                block("Published on Oct 21, 2025", false, Reason::OutsideArticle),
            ];
            // A table of contents longer than the window above the article's start, with a
            // teaser's date in it nearer the article.
            for k in 0..ABOVE_BLOCKS + 3 {
                blocks.push(block(&format!("Section {k}"), false, Reason::Navigation));
            }
            blocks.push(block("March 11, 2026", false, Reason::Metadata));
            blocks.push(article_text());
            let mut a = Article {
                title: Some("Ten Trends to Watch".into()),
                kind,
                blocks,
                ..Article::default()
            };
            fill_from_blocks(&mut a);
            published(&a)
        };
        assert_eq!(page(PageKind::Article).as_deref(), Some("2025-10-21"));
        // A shop's heading has its filters under it, not a byline: it is not read as one.
        assert_eq!(page(PageKind::Collection).as_deref(), Some("2026-03-11"));
    }

    #[test]
    fn a_date_alone_above_the_headline_is_read_when_none_is_below() {
        let mut a = Article {
            blocks: vec![
                block("Home", false, Reason::Navigation),
                block("August 25, 2025", false, Reason::Metadata),
                block("15 min read", false, Reason::Navigation),
                headline("Top ten trends to watch"),
                article_text(),
            ],
            ..Article::default()
        };
        fill_from_blocks(&mut a);
        assert_eq!(published(&a).as_deref(), Some("2025-08-25"));
        assert_eq!(a.blocks[1].role, Role::Date);
        // A sentence that mentions a date above the headline is not the article's date.
        let mut b = Article {
            blocks: vec![
                block(
                    "Sales rose sharply after March 3, 2024 across the region",
                    false,
                    Reason::OutsideArticle,
                ),
                headline("Headline"),
                article_text(),
            ],
            ..Article::default()
        };
        fill_from_blocks(&mut b);
        assert!(b.published.is_none());
    }

    #[test]
    fn without_a_headline_the_nearest_date_alone_above_the_article_is_read() {
        let mut filler: Vec<Block> = (0..20)
            .map(|i| block(&format!("Menu item {i}"), false, Reason::Navigation))
            .collect();
        filler.insert(
            0,
            block("Friday, December 19, 2025", false, Reason::Metadata),
        );
        filler.insert(0, block("March 3, 2021", false, Reason::Metadata));
        filler.push(article_text());
        let mut a = Article {
            blocks: filler,
            ..Article::default()
        };
        fill_from_blocks(&mut a);
        assert_eq!(published(&a).as_deref(), Some("2025-12-19"));
    }

    #[test]
    fn metadata_authors_are_kept_and_text_far_away_is_not_read() {
        let mut a = Article {
            authors: vec!["Jane Doe".into()],
            blocks: vec![article_text()],
            ..Article::default()
        };
        fill_from_blocks(&mut a);
        assert_eq!(a.authors, vec!["Jane Doe".to_string()]);
        assert!(a.published.is_none());
    }

    #[test]
    fn the_only_marked_date_far_below_an_article_dates_it_and_two_date_nothing() {
        let page = |metadata: &[&str], kind: PageKind| {
            let mut blocks = long_article();
            blocks.extend((0..10).map(|_| block("Subscribe", false, Reason::Navigation)));
            for m in metadata {
                blocks.push(block(m, false, Reason::Metadata));
            }
            let mut a = Article {
                blocks,
                kind,
                ..Article::default()
            };
            fill_from_blocks(&mut a);
            a.published.map(|p| p.value.to_rfc3339())
        };
        assert_eq!(
            page(&["Feb 2, 2023"], PageKind::Article).as_deref(),
            Some("2023-02-02")
        );
        assert_eq!(
            page(&["Feb 2, 2023", "Mar 9, 2024"], PageKind::Article),
            None
        );
        assert_eq!(
            page(&["Last updated: Feb 2, 2023"], PageKind::Article),
            None
        );
        assert_eq!(page(&["Feb 2, 2023"], PageKind::Product), None);
        assert_eq!(page(&["Guest 11:15 05.10.18"], PageKind::Article), None);
    }

    #[test]
    fn the_date_shown_under_the_headline_wins_over_another_day_in_the_metadata() {
        let page = |shown: &str| {
            let mut a = Article {
                blocks: vec![
                    headline("A headline about the council"),
                    block(shown, false, Reason::Metadata),
                    article_text(),
                    article_text(),
                ],
                published: Some(published_at("2024-09-06T13:12:36+00:00")),
                ..Article::default()
            };
            fill_from_blocks(&mut a);
            a.published.map(|p| p.value.date().to_string())
        };
        assert_eq!(page("November 14, 2025").as_deref(), Some("2025-11-14"));
        // A change, a day's difference (time zones) and an either-way date leave the metadata's.
        assert_eq!(
            page("Updated November 14, 2025").as_deref(),
            Some("2024-09-06")
        );
        assert_eq!(page("09/06/2024").as_deref(), Some("2024-09-06"));
        // 13:12 UTC is already the next day from UTC+10:48 on, never the day before: the page's
        // zone is told by the day it shows.
        assert_eq!(page("September 7, 2024").as_deref(), Some("2024-09-07"));
        assert_eq!(page("September 5, 2024").as_deref(), Some("2024-09-06"));
    }

    #[test]
    fn a_date_alone_right_above_the_headline_is_the_date_shown() {
        let page = |above: &str, between: Option<&str>| {
            let mut blocks = vec![block(above, false, Reason::Metadata)];
            blocks.extend(between.map(|b| block(b, false, Reason::Navigation)));
            blocks.extend([
                headline("A headline about the council"),
                article_text(),
                article_text(),
            ]);
            let mut a = Article {
                blocks,
                published: Some(published_at("2024-07-05T14:20:08+00:00")),
                ..Article::default()
            };
            fill_from_blocks(&mut a);
            a.published.map(|p| p.value.date().to_string())
        };
        assert_eq!(page("March 1, 2024", None).as_deref(), Some("2024-03-01"));
        // Not across a menu, not a change, not a line of other words with a date in it.
        assert_eq!(
            page("March 1, 2024", Some("Nutrition")).as_deref(),
            Some("2024-07-05")
        );
        assert_eq!(
            page("Last updated March 1, 2024", None).as_deref(),
            Some("2024-07-05")
        );
        assert_eq!(
            page("Examples: Monday, today, last week, Mar 26, 3/26/04", None).as_deref(),
            Some("2024-07-05")
        );
    }

    #[test]
    fn a_day_apart_from_a_time_with_its_zone_is_the_same_moment() {
        let mut a = Article {
            blocks: vec![
                headline("A headline about the council"),
                block("September 7, 2024", false, Reason::Metadata),
                article_text(),
                article_text(),
            ],
            published: Some(published_at("2024-09-06T13:12:36-07:00")),
            ..Article::default()
        };
        fill_from_blocks(&mut a);
        assert_eq!(
            a.published.map(|p| p.value.to_rfc3339()).as_deref(),
            Some("2024-09-06T13:12:36-07:00")
        );
    }

    #[test]
    fn a_pasted_thread_is_dated_by_its_first_post() {
        let mut a = Article {
            blocks: vec![
                headline("Which telescope should I buy first?"),
                block("stargazer42", false, Reason::Metadata),
                block("Joined: Sun Dec 17, 2023 11:18 am", false, Reason::Metadata),
                block("Jan 28, 2024, 3:36pm", false, Reason::Metadata),
                article_text(),
                block("Feb 2, 2024, 9:10am", false, Reason::Metadata),
                article_text(),
            ],
            kind: PageKind::Forum,
            format: Format::Text,
            published: Some(published_on("Feb 2, 2024, 9:10am", 2024, 2, 2)),
            ..Article::default()
        };
        fill_from_blocks(&mut a);
        assert_eq!(
            a.published.map(|p| p.value.date().to_string()).as_deref(),
            Some("2024-01-28")
        );
        assert_eq!(a.blocks[3].role, Role::Date);
    }

    #[test]
    fn a_threads_starter_named_by_its_label_is_its_author() {
        let thread = |line: &str| {
            let mut a = Article {
                blocks: vec![
                    block("Forums", false, Reason::Navigation),
                    headline("Best laptop for a student on a budget?"),
                    block(line, false, Reason::Metadata),
                    article_text(),
                ],
                kind: PageKind::Forum,
                format: Format::Text,
                ..Article::default()
            };
            fill_from_blocks(&mut a);
            a.authors
        };
        // Member names keep the case they were registered in.
        assert_eq!(thread(" Thread starter felixen"), ["felixen"]);
        assert_eq!(thread("Discussion starter: Jane Doe"), ["Jane Doe"]);
        assert_eq!(
            thread("Discussion in 'Hosting Advice' started by pelex, May 26, 2025."),
            ["pelex"]
        );
        assert!(thread("Thread starter").is_empty());
        // Never the site's own name.
        let mut a = Article {
            site: Some("Example Forums".into()),
            blocks: vec![
                headline("Best laptop for a student on a budget?"),
                block("Thread starter Example Forums", false, Reason::Metadata),
                article_text(),
            ],
            kind: PageKind::Forum,
            format: Format::Text,
            ..Article::default()
        };
        fill_from_blocks(&mut a);
        assert!(a.authors.is_empty());
        assert!(thread("Started by the council in 2019, the plan has run for years.").is_empty());
    }

    #[test]
    fn a_first_posts_date_line_names_its_poster() {
        assert_eq!(
            poster_before_date("TatyanaBol January 28, 2024, 3:36pm 1").as_deref(),
            Some("TatyanaBol")
        );
        assert_eq!(
            poster_before_date("raoul (raoul) May 3, 2024, 8:45am 1").as_deref(),
            Some("raoul")
        );
        assert_eq!(
            poster_before_date("hayley.p 2 May 2025 18:48 1").as_deref(),
            Some("hayley.p")
        );
        assert_eq!(
            poster_before_date("Post by jdoe » Sat Feb 24, 2024 12:41 pm").as_deref(),
            Some("jdoe")
        );
        assert_eq!(poster_before_date("asked Feb 4, 2014 at 13:02"), None);
        assert_eq!(poster_before_date("2025年12月18日 GMT+8 16:54"), None);
        assert_eq!(poster_before_date("2nd March 2024"), None);
        assert_eq!(poster_before_date("May 3, 2024"), None);
    }

    #[test]
    fn a_questions_edit_does_not_date_the_thread() {
        let mut a = Article {
            blocks: vec![
                headline("Why is \"except: pass\" a bad programming practice?"),
                article_text(),
                block("edited Jul 5, 2020 at 10:00", false, Reason::Metadata),
                block("asked Feb 4, 2014 at 13:02", false, Reason::Metadata),
                article_text(),
                block("answered Feb 4, 2014 at 13:27", false, Reason::Metadata),
            ],
            kind: PageKind::Forum,
            format: Format::Text,
            ..Article::default()
        };
        fill_from_blocks(&mut a);
        assert_eq!(
            a.published.map(|p| p.value.date().to_string()).as_deref(),
            Some("2014-02-04")
        );
        assert_eq!(a.blocks[3].role, Role::Date);
        // The edit's line is page metadata, not what the date was read from.
        assert_eq!(a.blocks[2].reason, Reason::Metadata);
    }

    #[test]
    fn a_thread_dated_by_a_line_is_dated_by_its_first_post_unless_that_line_is_earlier() {
        let date = |blocks: Vec<Block>, published: Published| {
            let mut a = Article {
                blocks,
                kind: PageKind::Forum,
                format: Format::Html,
                published: Some(published),
                ..Article::default()
            };
            fill_from_blocks(&mut a);
            a.published.map(|p| p.value.date().to_string())
        };
        let thread = |rules_line: &str| {
            vec![
                headline("Turning off all LED of RPi 5"),
                block("Joined: Sun Dec 17, 2023 11:18 am", false, Reason::Metadata),
                block("Sun Dec 17, 2023 11:23 am", false, Reason::Metadata),
                article_text(),
                block("Mon Jan 22, 2024 6:07 pm", false, Reason::Metadata),
                article_text(),
                // Where the rules read the date: a reply's or a member's line far below.
                date_line(rules_line),
            ]
        };
        // The rules read a reply's date, or a member's: the first post's.
        let reply = "Mon Jan 22, 2024 6:07 pm";
        assert_eq!(
            date(thread(reply), published_on(reply, 2024, 1, 22)).as_deref(),
            Some("2023-12-17")
        );
        let member = "Registered: 2011-11-29";
        assert_eq!(
            date(thread(member), published_on(member, 2011, 11, 29)).as_deref(),
            Some("2023-12-17")
        );
        // The first post headed by its own title, its date above it: that earlier date stays.
        let header = "30th November 2023, 16:26";
        let blocks = vec![
            date_line(header),
            headline("Wrong refresh rate"),
            article_text(),
            block(
                "Hi to all, I have tested a new card with a movie.",
                false,
                Reason::Metadata,
            ),
            block("Registered User", false, Reason::Metadata),
            block("Posts: 1", false, Reason::Metadata),
            block("2nd December 2023, 13:59", false, Reason::Metadata),
            article_text(),
        ];
        assert_eq!(
            date(blocks, published_on(header, 2023, 11, 30)).as_deref(),
            Some("2023-11-30")
        );
    }

    #[test]
    fn a_change_is_told_by_the_words_before_the_dates_year() {
        // A count before the label is not the date's start.
        assert!(dates_a_change(
            "109 Comments | Jill Winger | Last Updated: March 11, 2019"
        ));
        assert!(dates_a_change("2 min read · Updated Jan 5, 2025"));
        assert!(dates_a_change("Updated 6 May"));
        // The publication first, its change after: the line dates the publication.
        assert!(!dates_a_change(
            "December 3, 2025. Updated: December 7, 2025"
        ));
        assert!(!dates_a_change("Posted 12/05/2025, updated 13/05"));
        assert!(!dates_a_change("By Jane Doe · March 11, 2019"));
    }
}
