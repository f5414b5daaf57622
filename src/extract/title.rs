//! The headline of pasted text, chosen by a learned model among the short lines around the
//! article's start.
//!
//! Pasted text has no `<title>` or `<h1>`: the headline is one line among menus, breadcrumbs and
//! teasers above the body. The rules find it when a byline or date sits beside it; otherwise they
//! fall back to the summary. The model scores each short line near the first kept block (its
//! shape, its place, whether the body repeats its words, what the rules and the block model made
//! of it) and the best one above a threshold becomes the title. Trained by
//! `cargo run --release --example train` with the block model; it lives in the same model file.

use std::collections::HashSet;

use super::learned::{self, Forest, Row};
use super::util::fnv::FnvBuild;
use super::{Article, Reason, Role};

/// Lines this far above the article's first kept block, or this far into it, are candidates.
const ABOVE: usize = 15;
const INSIDE: usize = 3;
/// A headline has at least this many words and at most the second.
const MIN_WORDS: usize = 2;
const MAX_WORDS: usize = 30;
/// A candidate becomes the title when its log-odds are above this.
const TITLE_MARGIN: f32 = 0.0;

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
];

/// The candidate lines (block indices) around the article's start.
pub fn candidates(article: &Article) -> Vec<usize> {
    let Some(first) = article
        .blocks
        .iter()
        .position(|b| b.keep && b.role.is_body())
    else {
        return Vec::new();
    };
    let from = first.saturating_sub(ABOVE);
    let to = (first + INSIDE).min(article.blocks.len());
    (from..to)
        .filter(|&i| {
            let words = article.blocks[i].text.split_whitespace().count();
            (MIN_WORDS..=MAX_WORDS).contains(&words) && !article.blocks[i].text.contains('\n')
        })
        .collect()
}

/// The title model's inputs for each candidate.
pub fn title_rows(
    article: &Article,
    rows: &[Row],
    margins: &[f32],
    cands: &[usize],
) -> Vec<Vec<f32>> {
    let first = article
        .blocks
        .iter()
        .position(|b| b.keep && b.role.is_body())
        .unwrap_or(0);
    // The body's words (its first 400) and its lead's (the first three kept blocks), lower-cased.
    let mut body = Vec::new();
    let mut lead = Vec::new();
    'blocks: for (k, b) in article.kept_body().take(40).enumerate() {
        for w in b.text.split_whitespace() {
            if body.len() >= 400 {
                // Full: no later word is taken, so none needs lower-casing.
                break 'blocks;
            }
            let w = w.to_lowercase();
            if w.chars().count() >= 4 {
                if k < 3 {
                    lead.push(w.clone());
                }
                body.push(w);
            }
        }
    }
    // Looked up once per candidate word: sets, not the lists (whether a word is in them is all
    // that counts).
    let body: HashSet<&str, FnvBuild> = body.iter().map(String::as_str).collect();
    let lead: HashSet<&str, FnvBuild> = lead.iter().map(String::as_str).collect();
    let n = article.blocks.len().max(1) as f32;
    cands
        .iter()
        .enumerate()
        .map(|(rank, &i)| {
            let b = &article.blocks[i];
            let text = b.text.trim();
            let words: Vec<String> = text.split_whitespace().map(str::to_lowercase).collect();
            let long: Vec<&String> = words.iter().filter(|w| w.chars().count() >= 4).collect();
            let share = |pool: &HashSet<&str, FnvBuild>| {
                if long.is_empty() {
                    0.0
                } else {
                    long.iter().filter(|w| pool.contains(w.as_str())).count() as f32
                        / long.len() as f32
                }
            };
            let (digits_share, upper_share) = learned::digit_and_upper_shares(text);
            let row = rows.get(i);
            let feat = |name: &str| row.map_or(0.0, |r| learned::feature(r, name));
            let is_field = |k: usize| {
                article
                    .blocks
                    .get(k)
                    .is_some_and(|b| matches!(b.role, Role::Byline | Role::Date))
            };
            vec![
                (text.len() as f32).ln_1p(),
                words.len() as f32,
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
                feat("same_text_count"),
                flag(i > 0 && article.blocks[i - 1].text.split_whitespace().count() <= 3),
                flag(is_field(i + 1) || is_field(i + 2)),
                feat("stop_ratio"),
                feat("link_density"),
                rank as f32,
            ]
        })
        .collect()
}

fn flag(b: bool) -> f32 {
    if b { 1.0 } else { 0.0 }
}

/// Sets the article's title to the best candidate when the model is sure enough, marking its
/// block as the title field (out of the body).
pub fn choose(article: &mut Article, rows: &[Row], margins: &[f32], forest: &Forest) {
    let cands = candidates(article);
    if cands.is_empty() {
        return;
    }
    let scored = title_rows(article, rows, margins, &cands);
    let Some((best, score)) = cands
        .iter()
        .zip(&scored)
        .map(|(&i, r)| (i, forest.margin(r)))
        .max_by(|a, b| a.1.total_cmp(&b.1))
    else {
        return;
    };
    if score <= TITLE_MARGIN {
        return;
    }
    let text = article.blocks[best].text.trim().to_string();
    // The line the rules had taken for the title goes back to being outside the article.
    for b in &mut article.blocks {
        if b.role == Role::Title {
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
