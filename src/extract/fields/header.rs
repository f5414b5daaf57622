//! The header above the article's main run: which blocks are the headline, standfirst, byline,
//! date and site, and the article fields they fill.

use super::byline::{date_near_headline, names_near_headline, parse_byline};
use super::dates::{find_date, parse_date_line, published_from};
use super::headline::{HeadlineCandidate, choose_headline};
use super::site::looks_like_domain;
use crate::extract::candidate::{Candidate, Features, LINK_DENSITY_MAX, SHORT_MAX_WORDS};
use crate::extract::util::normalise::normalized;
use crate::extract::{Article, Block, Reason, Role};

/// Headlines have at most this many words (the seed's 17-word standfirst is not one).
pub const TITLE_MAX_WORDS: usize = 15;
/// How many lines above the main run are searched for the headline, byline, date and standfirst.
const HEADER_SEARCH_LINES: usize = 12;
/// The headline of pasted text is looked for this many lines above the run (a gallery's or a
/// share row's lines can stand between them).
const TITLE_SEARCH_LINES: usize = 20;
/// The headline is compared with this many blocks from the run's start (the first paragraphs).
const TITLE_LEAD_BLOCKS: usize = 6;
/// A byline or date within this many lines of a line makes it more likely the headline.
pub const TITLE_NEAR_BYLINE_LINES: usize = 3;
/// Looks above the main run for the headline, standfirst, byline, date and site lines; marks the
/// blocks used and fills the article's empty fields. Returns the indices used.
pub fn assign_header_fields(
    cands: &[Candidate],
    feats: &[Features],
    blocks: &mut [Block],
    article: &mut Article,
    (start, title_floor): (Option<usize>, usize),
    has_structure: bool,
) -> Vec<usize> {
    let mut used = Vec::new();
    let Some(start) = start else { return used };
    let lo = start.saturating_sub(HEADER_SEARCH_LINES);
    let mut prose_lines: Vec<usize> = Vec::new();
    let mut i = start;
    // In text, the run's first block may itself be the standfirst; the header is what is above it.
    while i > lo {
        i -= 1;
        let c = &cands[i];
        let f = &feats[i];
        if f.date_line
            && let Some(v) = parse_date_line(&c.text)
        {
            if article.published.is_none() {
                article.published = Some(published_from(&c.text, v));
            }
            // "By Jane Doe · 5 May 2025", "Jane Doe | May 5, 2025": the byline and the date on
            // one line.
            if article.authors.is_empty()
                && let Some(names) = names_near_headline(&c.text, true)
            {
                article.authors = names;
            }
            set_field(&mut blocks[i], Role::Date, "date");
            used.push(i);
            continue;
        }
        if let Some(names) = parse_byline(&c.text) {
            if article.authors.is_empty() {
                article.authors = names;
            }
            // "By Jane Doe - Mar 27, 2024": a byline that is not a date line may still end
            // with the date.
            if article.published.is_none()
                && let Some(v) = date_near_headline(&c.text)
            {
                article.published = Some(published_from(c.text.trim(), v));
            }
            set_field(&mut blocks[i], Role::Byline, "author");
            used.push(i);
            continue;
        }
        if f.junk.is_some() || c.structure_hint.is_some() {
            continue;
        }
        if looks_like_domain(&c.text) {
            if article.site.is_none() {
                article.site = Some(c.text.trim().to_string());
            }
            set_field(&mut blocks[i], Role::Site, "site");
            used.push(i);
            continue;
        }
        if has_structure {
            // Titles in HTML come from metadata and headings; mark the heading that matches.
            if let Some(t) = &article.title
                && normalized(t) == normalized(&c.text)
            {
                set_field(&mut blocks[i], Role::Title, "title");
                used.push(i);
            }
            continue;
        }
        let long_enough = f.words >= 3 || (f.cjk && f.chars >= 8);
        if long_enough && prose_lines.len() < 2 && f.link_density <= LINK_DENSITY_MAX {
            prose_lines.push(i);
        } else if prose_lines.is_empty() && f.words <= SHORT_MAX_WORDS {
            // Short lines (a counter, "0 comments") between the header and the body.
            continue;
        } else if !prose_lines.is_empty() {
            break;
        }
    }
    if has_structure {
        return used;
    }
    // Above-run prose lines, nearest first: [standfirst?, title?]. A lone line is the title if it
    // is headline-sized, the standfirst otherwise.
    let is_headline = |k: usize| feats[k].words <= TITLE_MAX_WORDS && !feats[k].ellipsis_end;
    // The headline itself is chosen below, among all the lines above the run.
    match prose_lines.as_slice() {
        [one] if !is_headline(*one) || feats[*one].sentence_end => {
            take_summary(article, blocks, &mut used, cands, *one);
        }
        [near, far] if is_headline(*far) || !is_headline(*near) => {
            take_summary(article, blocks, &mut used, cands, *near);
        }
        _ => {}
    }
    let mut title = choose_title_line(
        cands,
        feats,
        &used,
        (title_floor, start),
        article.summary.as_deref(),
    );
    // Without a headline above it, a headline-sized "standfirst" with no full stop is the
    // headline after all.
    if title.is_none()
        && let Some(k) = used.last().copied()
        && blocks[k].role == Role::Summary
        && is_headline(k)
        && !feats[k].sentence_end
    {
        let others = &used[..used.len() - 1];
        title =
            choose_title_line(cands, feats, others, (title_floor, start), None).filter(|&t| t == k);
        if title.is_some() {
            used.pop();
            article.summary = None;
        }
    }
    if let Some(k) = title {
        take_title(article, blocks, &mut used, cands, k);
        // Bylines and dates in looser forms, read only where a headline vouches for them.
        let near =
            k.saturating_sub(TITLE_NEAR_BYLINE_LINES)..start.min(k + 1 + TITLE_NEAR_BYLINE_LINES);
        for j in near.filter(|&j| j != k && !used.contains(&j)) {
            let text = &cands[j].text;
            // A name alone on its line is a byline right under the headline or beside a date
            // line; elsewhere near a headline such a line is a category, a section or a button
            // ("Customer Care", "Show Caption", "Smokeless Fire Pits").
            let dated = |m: usize| {
                m < cands.len()
                    && (feats[m].date_line || date_near_headline(&cands[m].text).is_some())
            };
            let name_alone = j > k && (j == k + 1 || dated(j + 1) || dated(j - 1));
            let mut byline = false;
            if article.authors.is_empty()
                && let Some(names) = names_near_headline(text, name_alone)
            {
                article.authors = names;
                byline = true;
            }
            if article.published.is_none()
                // The line that gave the author dates the story, whatever else it holds
                // ("Camille Cunningham 25 March 2025 Google algorithm, SEO basics").
                && let Some(v) = date_near_headline(text)
                    .or_else(|| byline.then(|| find_date(text).map(|f| f.value)).flatten())
            {
                article.published = Some(published_from(text, v));
            }
        }
    }
    // A site line at the very top ("RT.com") when nothing above was one.
    used
}

/// The headline of pasted text: among the lines above the run that no other field took, the
/// headline-shaped one most like the standfirst and first paragraphs (see
/// [`choose_headline`]).
fn choose_title_line(
    cands: &[Candidate],
    feats: &[Features],
    used: &[usize],
    (floor, start): (usize, usize),
    summary: Option<&str>,
) -> Option<usize> {
    let mut lead = summary.unwrap_or_default().to_string();
    for c in cands[start..].iter().take(TITLE_LEAD_BLOCKS) {
        lead.push('\n');
        lead.push_str(&c.text);
    }
    let lo = start.saturating_sub(TITLE_SEARCH_LINES).max(floor);
    let near_field = |k: usize| {
        used.iter().any(|&u| {
            u.abs_diff(k) <= TITLE_NEAR_BYLINE_LINES
                && (feats[u].date_line || parse_byline(&cands[u].text).is_some())
        })
    };
    let lines: Vec<usize> = (lo..start)
        .filter(|&k| {
            !used.contains(&k)
                && feats[k].junk.is_none()
                && cands[k].structure_hint.is_none()
                && !feats[k].date_line
                && !feats[k].ellipsis_end
                && feats[k].link_density <= LINK_DENSITY_MAX
        })
        .collect();
    let headline_cands: Vec<HeadlineCandidate<'_>> = lines
        .iter()
        .map(|&k| HeadlineCandidate {
            text: &cands[k].text,
            distance: start - 1 - k,
            near_byline: near_field(k),
            occurrences: cands.iter().filter(|c| c.text == cands[k].text).count(),
        })
        .collect();
    choose_headline(&headline_cands, &lead).map(|i| lines[i])
}

fn take_title(
    article: &mut Article,
    blocks: &mut [Block],
    used: &mut Vec<usize>,
    cands: &[Candidate],
    i: usize,
) {
    if article.title.is_none() {
        article.title = Some(cands[i].text.trim().to_string());
    }
    set_field(&mut blocks[i], Role::Title, "title");
    used.push(i);
}

fn take_summary(
    article: &mut Article,
    blocks: &mut [Block],
    used: &mut Vec<usize>,
    cands: &[Candidate],
    i: usize,
) {
    if article.summary.is_none() {
        article.summary = Some(cands[i].text.trim().to_string());
    }
    set_field(&mut blocks[i], Role::Summary, "summary");
    used.push(i);
}

/// The rules take the line above their main run of prose for the standfirst, which opens the
/// article. When the run started mid-article (after a list, a table, a pull quote), the learned
/// decision keeps the article's text above that line, and the "standfirst" is one of its lines
/// ("Test disaster recovery procedures", a list's last item), which left the body for the note's
/// description. With any article text kept above it, such a line goes back to the article's
/// blocks, kept or trimmed as the learned decision (`model_keeps`, by block index) decides, and
/// the description is emptied. On WCXB's pasted pages one summary in four was such a line: body
/// 0.8330 -> 0.8338 (a threshold of 10 to 150 kept words above gained less); no news page changed.
pub fn return_standfirst_inside_article(
    article: &mut Article,
    model_keeps: impl Fn(usize) -> bool,
) {
    let Some(at) = article
        .blocks
        .iter()
        .position(|b| b.role == Role::Summary && matches!(b.reason, Reason::UsedAsField { .. }))
    else {
        return;
    };
    let text_above = article.blocks[..at]
        .iter()
        .any(|b| b.keep && b.role.is_body() && !b.text.trim().is_empty());
    if !text_above {
        return;
    }
    let block = &mut article.blocks[at];
    if article.summary.as_deref().map(str::trim) == Some(block.text.trim()) {
        article.summary = None;
    }
    block.role = Role::Paragraph;
    if model_keeps(at) {
        block.keep_as_article_text();
    } else {
        block.keep = false;
        block.reason = Reason::OutsideArticle;
    }
}

pub fn set_field(b: &mut Block, role: Role, field: &str) {
    b.role = role;
    b.keep = true;
    b.reason = Reason::UsedAsField {
        field: field.to_string(),
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(text: &str, role: Role, name: &str) -> Block {
        let mut b = Block::new(text, Role::Paragraph, true, Reason::ArticleText);
        set_field(&mut b, role, name);
        b
    }

    fn text(line: &str) -> Block {
        Block::new(line, Role::Paragraph, true, Reason::ArticleText)
    }

    /// A headline, then `above` (the article's text the model kept above the rules' standfirst),
    /// the standfirst the rules took, and a paragraph under it.
    fn article_with(above: Vec<Block>) -> Article {
        let standfirst = "Test disaster recovery procedures";
        let mut blocks = vec![field("Go ahead, self-host Postgres", Role::Title, "title")];
        blocks.extend(above);
        blocks.push(field(standfirst, Role::Summary, "summary"));
        blocks.push(text(
            "As far as I'm concerned this is roughly comparable to the time you spend.",
        ));
        Article {
            summary: Some(standfirst.into()),
            blocks,
            ..Article::default()
        }
    }

    #[test]
    fn a_standfirst_under_kept_article_text_is_a_line_of_the_article() {
        let mut article = article_with(vec![
            text("Self-hosting a database sounds terrifying."),
            text("Update monitoring dashboards"),
        ]);
        return_standfirst_inside_article(&mut article, |_| true);
        assert_eq!(article.summary, None);
        let line = &article.blocks[3];
        assert_eq!(
            (line.role, line.keep, &line.reason),
            (Role::Paragraph, true, &Reason::ArticleText)
        );
        assert!(
            article
                .kept_body()
                .any(|b| b.text.starts_with("Test disaster"))
        );
    }

    #[test]
    fn the_model_decides_whether_the_returned_line_is_kept() {
        let mut article = article_with(vec![text("Self-hosting a database sounds terrifying.")]);
        return_standfirst_inside_article(&mut article, |i| i != 2);
        assert_eq!(article.summary, None);
        let line = &article.blocks[2];
        assert_eq!(
            (line.role, line.keep, &line.reason),
            (Role::Paragraph, false, &Reason::OutsideArticle)
        );
    }

    #[test]
    fn a_standfirst_right_under_the_headline_stays_the_description() {
        // Only fields and trimmed page furniture above it.
        let menu = Block::new("Home | Notes", Role::Boilerplate, false, Reason::Navigation);
        let mut article = article_with(vec![menu]);
        let before = article.clone();
        return_standfirst_inside_article(&mut article, |_| true);
        assert_eq!(article, before);
    }
}
