//! The learned keep/trim decision: gradient-boosted trees over each block's features.
//!
//! The rules (`classify`) see a block and its run; they were tuned on news. On forums, docs,
//! product and listing pages they throw real content away. The model reads the same features the
//! rules measure, the rules' own verdict, the block's neighbours and (for HTML) what its
//! ancestors' tags and classes say, and gives each body block a probability of being the page's
//! main content. It was trained offline by `cargo run --release --example train` on the corpora
//! in `../shared` (pages labelled by aligning their blocks with the ground truth), and its trees
//! live beside this file as data (`model/html.json`, `model/text.json`).
//!
//! Inference is a walk down each tree: no runtime, no allocation per block beyond the row.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::assemble::Shape;
use super::decide;
use super::inputs::{WINDOW, at, flag};
use super::kind::{Declared, PageHints, PageKind};
use super::{Article, Block, Format, Reason};

// The inputs and the forest were part of this module; their names stay reachable here.
pub use super::forest::{Forest, Node};
pub use super::inputs::{
    Cue, DomCues, FEATURE_NAMES, N_FEATURES, Row, add_rule_verdicts, base_rows, class_cues,
    digit_and_upper_shares, feature, feature_index, has_cue, tag_cue,
};

/// The two stages: `blocks` scores each block from its own row; `page` re-scores it knowing
/// how the first stage scored its neighbours and the rest of the page (how much of this page
/// is content, and where).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Model {
    pub blocks: Forest,
    pub page: Forest,
    /// One forest per [`PageKind`](super::kind::PageKind), in `PageKind::ALL` order: the kind
    /// whose forest scores the page highest is its kind.
    #[serde(default)]
    pub kinds: Vec<Forest>,
    /// Scores the lines around the article's start as its headline (pasted text only).
    #[serde(default)]
    pub title: Option<Forest>,
}

impl Model {
    /// Reads a model file and checks both stages against the inputs this engine computes.
    pub fn from_json(text: &str) -> Result<Model, String> {
        let model: Model = serde_json::from_str(text).map_err(|e| e.to_string())?;
        model.blocks.check(FEATURE_NAMES)?;
        model.page.check(PAGE_FEATURE_NAMES)?;
        for forest in &model.kinds {
            forest.check(super::kind::KIND_FEATURE_NAMES)?;
        }
        if let Some(forest) = &model.title {
            forest.check(super::title::TITLE_FEATURE_NAMES)?;
        }
        Ok(model)
    }

    /// The page's kind, from the article as decided and the page's own declarations (articles when
    /// the file has no kind forests).
    pub fn kind_of(
        &self,
        article: &Article,
        rows: &[Row],
        hints: &super::kind::PageHints,
    ) -> super::kind::PageKind {
        if self.kinds.len() != super::kind::PageKind::ALL.len() {
            return super::kind::PageKind::Article;
        }
        let row = super::kind::kind_row(article, rows, hints);
        super::kind::decide(&self.kinds, &row)
    }

    /// Each block's final log-odds of being main content.
    pub fn margins(&self, rows: &[Row], declared: &Declared) -> Vec<f32> {
        let first = self.blocks.margins(rows);
        self.page.margins(&page_rows(rows, &first, declared))
    }
}

/// The inputs of the second stage, in row order.
pub const PAGE_FEATURE_NAMES: &[&str] = &[
    "margin",
    "prev_margin",
    "next_margin",
    "window_margin",
    "window_max_margin",
    "page_max_margin",
    "page_mean_margin",
    "below_max",
    "rank",
    "page_kept_share",
    "page_kept_chars_share",
    "log_run",
    "rule_keep",
    "page_rule_keep_share",
    "log_chars",
    "in_main",
    "char_position",
    "agreement",
    "kept_vs_rules",
    // What the page declares itself (the same on each of its blocks): its structured data's
    // type, and the words of its address, in the page-kind groups.
    "type_article",
    "type_forum",
    "type_product",
    "type_collection",
    "type_docs",
    "type_service",
    "url_forum",
    "url_product",
    "url_docs",
    "url_collection",
    "url_service",
    "url_article",
];

/// Number of second-stage inputs per block.
pub const N_PAGE_FEATURES: usize = PAGE_FEATURE_NAMES.len();

/// One block's second-stage inputs.
pub type PageRow = [f32; N_PAGE_FEATURES];

/// The second stage's rows from the first stage's rows and margins.
pub fn page_rows(rows: &[Row], margins: &[f32], declared: &Declared) -> Vec<PageRow> {
    let n = rows.len().min(margins.len());
    if n == 0 {
        return Vec::new();
    }
    let at = |i: usize, k: usize| rows[i][k];
    let chars: Vec<f32> = (0..n).map(|i| at(i, at!("log_chars")).exp_m1()).collect();
    let total_chars: f32 = chars.iter().sum::<f32>().max(1.0);
    let kept: Vec<bool> = margins.iter().map(|&m| m > KEEP_MARGIN).collect();
    let rule: Vec<bool> = (0..n).map(|i| at(i, at!("rule_keep")) > 0.5).collect();
    let max = margins.iter().copied().fold(f32::MIN, f32::max);
    let mean = margins.iter().sum::<f32>() / n as f32;
    let kept_share = kept.iter().filter(|k| **k).count() as f32 / n as f32;
    let kept_chars: f32 = (0..n).filter(|&i| kept[i]).map(|i| chars[i]).sum();
    let rule_chars: f32 = (0..n).filter(|&i| rule[i]).map(|i| chars[i]).sum();
    let agree_chars: f32 = (0..n)
        .filter(|&i| kept[i] == rule[i])
        .map(|i| chars[i])
        .sum();
    let mut sorted = margins[..n].to_vec();
    sorted.sort_by(f32::total_cmp);
    let mut run = vec![0usize; n];
    let mut i = 0;
    while i < n {
        let start = i;
        while i < n && kept[i] == kept[start] {
            i += 1;
        }
        for r in &mut run[start..i] {
            *r = i - start;
        }
    }
    (0..n)
        .map(|i| {
            let lo = i.saturating_sub(WINDOW);
            let hi = (i + WINDOW + 1).min(n);
            let others = (lo..hi).filter(|&k| k != i);
            let count = (hi - lo - 1).max(1) as f32;
            let window = others.clone().map(|k| margins[k]).sum::<f32>() / count;
            let window_max = others.map(|k| margins[k]).fold(f32::MIN, f32::max);
            let higher = n - sorted.partition_point(|&m| m <= margins[i]);
            let mut r = [0f32; N_PAGE_FEATURES];
            let values = [
                margins[i],
                if i > 0 { margins[i - 1] } else { -5.0 },
                if i + 1 < n { margins[i + 1] } else { -5.0 },
                window,
                if window_max == f32::MIN {
                    -5.0
                } else {
                    window_max
                },
                max,
                mean,
                max - margins[i],
                higher as f32 / n as f32,
                kept_share,
                kept_chars / total_chars,
                if kept[i] {
                    (run[i] as f32).ln_1p()
                } else {
                    -(run[i] as f32).ln_1p()
                },
                flag(rule[i]),
                at(i, at!("page_rule_keep_share")),
                at(i, at!("log_chars")),
                at(i, at!("in_main")),
                at(i, at!("char_position")),
                agree_chars / total_chars,
                ((kept_chars + 1.0) / (rule_chars + 1.0)).ln(),
            ];
            r[..values.len()].copy_from_slice(&values);
            r[values.len()..].copy_from_slice(declared);
            r
        })
        .collect()
}

/// The model shipped for `format`, parsed once.
pub fn shipped(format: Format) -> Option<&'static Model> {
    static HTML: OnceLock<Option<Model>> = OnceLock::new();
    static TEXT: OnceLock<Option<Model>> = OnceLock::new();
    let (cell, text) = match format {
        Format::Html => (&HTML, include_str!("model/html.json")),
        Format::Text => (&TEXT, include_str!("model/text.json")),
        Format::Markdown => return None,
    };
    // A model file without trees (before the first training) leaves the rules to decide.
    cell.get_or_init(|| {
        Model::from_json(text)
            .ok()
            .filter(|m| !m.blocks.trees.is_empty())
    })
    .as_ref()
}

/// Log-odds above which a block is kept.
pub const KEEP_MARGIN: f32 = 0.0;
/// A block less likely than this (log-odds; a probability of about 27%) is never kept, however
/// unsure of the whole page the model is: keeping more of an uncertain page pays only down to
/// there (out of fold on WCXB's HTML pages: 0.846 with no floor, 0.851 at -1, 0.848 at -0.5
/// and -3, scrapinghub unchanged).
pub const UNLIKELY_MARGIN: f32 = -1.0;
/// Below this many blocks (a selection, a snippet) there is no page around the article for the
/// model to read, and it never saw such inputs: the rules decide alone.
pub const MIN_BLOCKS: usize = 8;

/// A paste of at most this many blocks in which the rules trimmed nothing is read as a selection
/// of the article (see [`apply_margins`]).
const SELECTION_MAX_BLOCKS: usize = 60;

/// The rules' body stands when the model keeps fewer words than this and the rules kept more.
const KEEP_RULES_MIN_WORDS: usize = 30;

/// How much of a page the model keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Selection {
    /// Every block more likely content than not.
    Threshold,
    /// The blocks that make the page's expected word-level F1 highest
    /// ([`expected_f1_choice`]), none below [`UNLIKELY_MARGIN`].
    ExpectedF1,
}

/// Which selection suits a page of this format and kind. On HTML, keeping by expected F1 is
/// as good on articles (WCXB and the news pages alike, out of fold) and better on every other
/// kind. On pasted text, where a page's comment thread and teasers are plain lines like its
/// article, an uncertain model keeps them on news pages (out of fold on the news corpus 0.919
/// -> 0.907): there articles keep the fixed threshold.
pub fn selection_for(format: Format, kind: PageKind) -> Selection {
    if format == Format::Text && kind == PageKind::Article {
        Selection::Threshold
    } else {
        Selection::ExpectedF1
    }
}

/// Re-decides the body blocks of `article` with `model`, and tells the page's kind: the body
/// is first decided with the fixed threshold, the kind read from that, and a page that is not an
/// article decided again by expected F1. Blocks used as fields are left alone. A block the model
/// trims keeps the rules' reason when the rules trimmed it too; otherwise it gets the reason its
/// strongest trait gives.
pub fn apply(article: &mut Article, rows: &[Row], hints: &PageHints, model: &Model) -> Applied {
    let margins = model.margins(rows, &super::kind::declared(hints, article.url.as_deref()));
    let by_the_rules: Vec<decide::RulesVerdict> = article
        .blocks
        .iter()
        .map(|b| (b.keep, b.role, b.reason.clone()))
        .collect();
    apply_margins(article, rows, &margins, KEEP_MARGIN, Selection::Threshold);
    // A few paragraphs, or a selection copied from a page, with nothing around them (no
    // address, no title, no declared type) say too little to tell a shop or a service from an
    // article: the model, trained on whole pages, guessed "service page" for two paragraphs
    // pasted from Google Docs, "documentation" for a copied packing list and "forum" for a
    // copied release table. A page that declares itself is still read.
    let undeclared =
        hints.url.is_none() && hints.types.is_empty() && hints.document_title.is_none();
    let kind = if (rows.len() < MIN_BLOCKS || hints.selection) && undeclared {
        PageKind::Article
    } else {
        model.kind_of(article, rows, hints)
    };
    let selection = selection_for(article.format, kind);
    if selection != Selection::Threshold {
        for (b, (keep, role, reason)) in article.blocks.iter_mut().zip(&by_the_rules) {
            b.keep = *keep;
            b.role = *role;
            b.reason = reason.clone();
        }
        apply_margins(article, rows, &margins, KEEP_MARGIN, selection);
    }
    Applied {
        margins,
        kind,
        by_the_rules,
    }
}

/// What [`apply`] decided besides the blocks.
pub struct Applied {
    /// Each block's margin (log-odds of being the article's).
    pub margins: Vec<f32>,
    /// The page's kind.
    pub kind: PageKind,
    /// Each block as the rules left it, before the model decided.
    pub by_the_rules: Vec<decide::RulesVerdict>,
}

/// [`apply`] with the margins already computed, a keep threshold and a selection (training
/// scores pages with fold models and tries thresholds).
pub fn apply_margins(
    article: &mut Article,
    rows: &[Row],
    margins: &[f32],
    keep_margin: f32,
    selection: Selection,
) {
    if rows.len() < MIN_BLOCKS {
        return;
    }
    let body: Vec<usize> = (0..article.blocks.len().min(margins.len()))
        .filter(|&i| {
            let b = &article.blocks[i];
            b.role.is_body() && !matches!(b.reason, Reason::UsedAsField { .. })
        })
        .collect();
    let body_margins: Vec<f32> = body.iter().map(|&i| margins[i] - keep_margin).collect();
    let body_words: Vec<usize> = match selection {
        Selection::Threshold => Vec::new(),
        Selection::ExpectedF1 => body
            .iter()
            .map(|&i| word_count(&article.blocks[i].text))
            .collect(),
    };
    let mut keep = match selection {
        Selection::Threshold => body_margins.iter().map(|&m| m > 0.0).collect(),
        Selection::ExpectedF1 => {
            let mut keep = expected_f1_choice(&body_margins, &body_words);
            for (k, &m) in keep.iter_mut().zip(&body_margins) {
                *k &= m > UNLIKELY_MARGIN;
            }
            keep
        }
    };
    // The rules' article, when the model would keep next to none of it: a short page of short
    // paragraphs (no block long enough to look like a news story's prose) reads to the model as
    // a menu, while the rules found its one container of text.
    let model_kept = body.iter().zip(&keep).filter(|(_, k)| **k).map(|(&i, _)| i);
    let rules_kept = body.iter().copied().filter(|&i| article.blocks[i].keep);
    // A selection copied from a page: a short paste in which the rules found nothing that is
    // not the article, where the model (trained on whole pages, menus and all) keeps under half
    // of it. A pasted story with a byline, a list and a small table kept its first paragraph
    // alone. No page of the benchmarks is such a paste (WCXB, news and Defuddle unchanged).
    let selection_the_model_cut = article.blocks.len() <= SELECTION_MAX_BLOCKS
        && body.iter().all(|&i| {
            let b = &article.blocks[i];
            b.keep || word_count(&b.text) == 0
        })
        && 2 * words_in(article, model_kept.clone()) < words_in(article, rules_kept.clone());
    if selection_the_model_cut
        || !has_words(article, model_kept, KEEP_RULES_MIN_WORDS)
            && has_words(article, rules_kept, KEEP_RULES_MIN_WORDS)
    {
        for (k, &i) in keep.iter_mut().zip(&body) {
            *k |= article.blocks[i].keep;
        }
    }
    // Never an empty clipping: when the model keeps nothing, the most likely blocks stay.
    if !keep.iter().any(|k| *k) {
        keep = most_likely(&body, rows, margins);
    }
    for (&i, &k) in body.iter().zip(&keep) {
        let row = &rows[i];
        let b = &mut article.blocks[i];
        // What the rules recognised stays trimmed.
        if k == b.keep || (k && recognised(row)) {
            continue;
        }
        if k {
            b.keep_as_article_text();
        } else {
            b.keep = false;
            b.reason = trim_reason(row);
        }
    }
}

/// Of the blocks `body`, those the model found most likely (within one log-odds unit of the
/// best), among those the rules did not recognise as furniture (which stay trimmed).
fn most_likely(body: &[usize], rows: &[Row], margins: &[f32]) -> Vec<bool> {
    let best = body
        .iter()
        .filter(|&&i| !recognised(&rows[i]))
        .map(|&i| margins[i])
        .max_by(f32::total_cmp);
    body.iter()
        .map(|&i| best.is_some_and(|best| margins[i] >= best - 1.0 && !recognised(&rows[i])))
        .collect()
}

/// What the rules recognised by its words (a newsletter prompt, a cookie notice, a share row)
/// or by a teaser card's shape (a headline glued to a summary cut off with "…"): those signs
/// are precise, and a person expects such blocks gone.
fn recognised(row: &Row) -> bool {
    row[at!("junk")] > 0.5 || (row[at!("glued_teaser")] > 0.5 && row[at!("ellipsis_end")] > 0.5)
}

/// Never an empty clipping, once the fields are chosen: a page whose one likely block became
/// its title (a shop's product name over lines of specifications) keeps its next most likely
/// blocks rather than an empty body.
pub fn keep_something(article: &mut Article, rows: &[Row], margins: &[f32]) {
    if rows.len() < MIN_BLOCKS || article.kept_body().any(|b| !b.text.trim().is_empty()) {
        return;
    }
    let body: Vec<usize> = (0..article.blocks.len().min(margins.len()).min(rows.len()))
        .filter(|&i| {
            let b = &article.blocks[i];
            b.role.is_body()
                && !matches!(b.reason, Reason::UsedAsField { .. })
                && !b.text.trim().is_empty()
                && !decide::is_script_data(&b.text)
        })
        .collect();
    for (&i, keep) in body.iter().zip(most_likely(&body, rows, margins)) {
        if keep {
            article.blocks[i].keep_as_article_text();
        }
    }
}

/// The passes after the learned decision, in order, as the engine runs them and as training
/// scores its folds: headings inside kept text (HTML only: only HTML says which lines are
/// headings; in pasted text a "heading" is a short line, and keeping them lost 15 of WCXB's 19
/// pasted pages that changed), repeats, callout titles above kept box text, one-block holes, a small page's `<article>`, and prose
/// beside kept text (pasted text only).
pub fn finish(blocks: &mut [Block], shapes: &[Shape], rows: &[Row], format: Format) {
    if format == Format::Html {
        decide::keep_headings_inside_kept_text(blocks, shapes);
    }
    decide::trim_kept_repeats(blocks, shapes);
    trim_the_rest_of_a_teaser_run(blocks, rows);
    decide::keep_callout_titles(blocks, shapes);
    decide::fill_one_block_holes(blocks);
    keep_small_page_text(blocks, rows);
    if format == Format::Text {
        decide::keep_prose_beside_kept_text(blocks);
    }
}

/// Blocks in a row that are cut off with "…" are other stories' teasers. When the model
/// trimmed most of such a run but kept one or two of it (most often its first, right under the
/// article's last paragraph), those go too: the run is one list, and one teaser kept under an
/// article reads as its last paragraph cut short.
fn trim_the_rest_of_a_teaser_run(blocks: &mut [Block], rows: &[Row]) {
    if rows.len() < MIN_BLOCKS {
        return;
    }
    let text: Vec<usize> = (0..blocks.len().min(rows.len()))
        .filter(|&i| {
            let b = &blocks[i];
            b.role.is_body()
                && !matches!(b.reason, Reason::UsedAsField { .. })
                && !b.text.trim().is_empty()
        })
        .collect();
    let cut_short = |i: usize| rows[i][at!("ellipsis_end")] > 0.5;
    let mut start = 0;
    while start < text.len() {
        let mut end = start;
        while end < text.len() && cut_short(text[end]) {
            end += 1;
        }
        if end == start {
            start += 1;
            continue;
        }
        let run = &text[start..end];
        let kept = run.iter().filter(|&&i| blocks[i].keep).count();
        // (A run with something kept and more trimmed has three blocks or more.)
        if 2 * kept < run.len() {
            for &i in run {
                if blocks[i].keep {
                    blocks[i].keep = false;
                    blocks[i].reason = Reason::TeaserOfAnotherStory;
                }
            }
        }
        start = end;
    }
}

/// On a page of fewer blocks than the learned decision reads ([`MIN_BLOCKS`]), a block inside
/// the page's `<article>` or `<main>` that the rules put outside the article is the article's:
/// among a handful of blocks the rules' choice of container is a guess (a post's hero `<div>`
/// taken for the article, its last paragraph left out). Defuddle's fixtures: text F1 0.935 ->
/// 0.938 (5 up, 1 down: a "Latest news" list inside `<article>`); no WCXB or news page is that
/// small.
pub fn keep_small_page_text(blocks: &mut [Block], rows: &[Row]) {
    if rows.len() >= MIN_BLOCKS {
        return;
    }
    for (b, row) in blocks.iter_mut().zip(rows) {
        let in_article = row[at!("tag_article")] > 0.5 || row[at!("tag_main")] > 0.5;
        if in_article && !b.keep && b.role.is_body() && b.reason == Reason::OutsideArticle {
            b.keep_as_article_text();
        }
    }
}

/// Whether `blocks` of `article` hold at least `n` words, counted only as far as `n` (most pages
/// reach it within a block or two).
fn has_words(article: &Article, mut blocks: impl Iterator<Item = usize>, n: usize) -> bool {
    let mut words = 0;
    blocks.any(|i| {
        words += word_count(&article.blocks[i].text);
        words >= n
    })
}

/// Words in `blocks` (indices into the article's blocks), as [`word_count`] counts them.
fn words_in(article: &Article, blocks: impl Iterator<Item = usize>) -> usize {
    blocks.map(|i| word_count(&article.blocks[i].text)).sum()
}

/// Words in a block as the benchmarks count them: runs of letters and digits.
fn word_count(text: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    if text.is_ascii() {
        for b in text.bytes() {
            let word_char = b.is_ascii_alphanumeric() || b == b'_';
            count += usize::from(word_char && !in_word);
            in_word = word_char;
        }
        return count;
    }
    for c in text.chars() {
        // Mostly-ASCII text with a curly quote or a dash: its ASCII characters by the byte test.
        let word_char = c == '_' || super::util::chars::is_word_char(c);
        count += usize::from(word_char && !in_word);
        in_word = word_char;
    }
    count
}

/// Which blocks to keep so that the page's expected word-level F1 is highest, given each block's
/// log-odds of being main content and its word count.
///
/// A fixed threshold keeps every block the model is more sure of than not. But how much of a
/// page to keep depends on the page: where the model is unsure of most of it (a listing, a
/// product page), leaving out a block that is content costs more than keeping one that isn't.
/// With probabilities `p` and word counts `w`, keeping a set `S` has expected F1 of about
/// `2·Σ_S p·w / (Σ_S w + Σ_all p·w)`; the best set is the most likely blocks down to some
/// rank, so each prefix of the blocks sorted by probability is tried. (The best prefix keeps a
/// block when its probability is above half the F1 it reaches: on a page the model is sure of
/// that is the usual threshold; on an uncertain page it keeps more.)
pub fn expected_f1_choice(margins: &[f32], words: &[usize]) -> Vec<bool> {
    let n = margins.len().min(words.len());
    let probability: Vec<f64> = margins[..n]
        .iter()
        .map(|&m| 1.0 / (1.0 + (-f64::from(m)).exp()))
        .collect();
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&a, &b| probability[b].total_cmp(&probability[a]).then(a.cmp(&b)));
    let expected_content: f64 = (0..n).map(|i| probability[i] * words[i] as f64).sum();
    let mut best = (0.0f64, 0usize);
    let mut hits = 0.0f64;
    let mut kept_words = 0.0f64;
    for (rank, &i) in order.iter().enumerate() {
        hits += probability[i] * words[i] as f64;
        kept_words += words[i] as f64;
        let denominator = kept_words + expected_content;
        if denominator > 0.0 {
            let f1 = 2.0 * hits / denominator;
            if f1 > best.0 {
                best = (f1, rank + 1);
            }
        }
    }
    let mut keep = vec![false; n];
    for &i in &order[..best.1] {
        keep[i] = true;
    }
    keep
}

/// How unsure of a block the model must be for the page's own end to keep it.
pub const TAIL_MARGIN: f32 = -2.0;

/// The page's last paragraphs, where the rules saw no page furniture after them: the model
/// learned that a page's last blocks are its footer, and a page saved without one (or a
/// selection) lost its closing paragraph. When the rules kept every block after the last one
/// kept, those of them that are prose and that the model trimmed without conviction are kept.
pub fn keep_unfootered_tail(article: &mut Article, rows: &[Row], margins: &[f32]) {
    let n = article.blocks.len().min(rows.len()).min(margins.len());
    let Some(last_kept) = (0..n).rev().find(|&i| article.blocks[i].keep) else {
        return;
    };
    if !(last_kept + 1..n).all(|i| rows[i][at!("rule_keep")] > 0.5) {
        return;
    }
    for i in last_kept + 1..n {
        let b = &mut article.blocks[i];
        if b.role.is_body()
            && rows[i][at!("class_good")] > 0.5
            && margins[i] > TAIL_MARGIN
            && b.reason == Reason::OutsideArticle
        {
            b.keep = true;
            b.reason = Reason::ArticleText;
        }
    }
}

/// The reason a person reads for a block the model trimmed: its most telling trait.
fn trim_reason(row: &Row) -> Reason {
    let at = |k: usize| row[k];
    let cue = |c: Cue| has_cue(row, c);
    if at(at!("link_density")) > 0.5 || cue(Cue::Nav) || cue(Cue::TagNav) {
        Reason::Navigation
    } else if cue(Cue::Comment) {
        Reason::Comments
    } else if cue(Cue::Related) || cue(Cue::Card) {
        Reason::RelatedLinks
    } else if cue(Cue::Share) {
        Reason::ShareButtons
    } else if cue(Cue::Footer) || cue(Cue::TagFooter) {
        Reason::CopyrightFooter
    } else if cue(Cue::Ad) {
        Reason::Advertisement
    } else if at(at!("date_line")) > 0.5 || cue(Cue::Meta) {
        Reason::Metadata
    } else if at(at!("same_text_count")) > 1.5 {
        Reason::RelatedLinks
    } else {
        Reason::OutsideArticle
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_page_without_a_footer_keeps_its_last_paragraph() {
        // Saved without the site's footer: the last paragraph is where a footer would be.
        let html = "<html><head><title>Two ways to run the ferry</title></head><body><article>\
            <h1>Two ways to run the ferry</h1>\
            <p>The first way keeps one boat on the crossing all day.</p>\
            <p>The second way runs two smaller boats at peak hours.</p>\
            <p>Both have their defenders in the harbour office.</p><h2>The first way</h2>\
            <p>One boat means one crew, one timetable and one place to wait, which is simple to \
            explain to visitors.</p><ul><li>Lower running costs.</li>\
            <li>Fewer missed connections.</li></ul><h2>The second way</h2>\
            <p>Two boats carry the morning rush without queues, and either can cover when the \
            other is in for repairs.</p>\
            <p>It costs more to run in winter, when the boats sail half empty, but the council \
            thinks the summer makes up for it.</p></article></body></html>";
        let kept = crate::extract::kept_markdown(html);
        assert!(
            kept.iter().any(|m| m.starts_with("It costs more")),
            "{kept:?}"
        );
    }

    #[test]
    fn expected_f1_keeps_more_of_an_uncertain_page() {
        // A page the model is sure of: the usual threshold.
        assert_eq!(
            expected_f1_choice(&[4.0, 3.0, -3.0, -4.0], &[50, 40, 30, 20]),
            vec![true, true, false, false]
        );
        // Unsure of everything: a block a little less likely than not is still worth keeping.
        assert_eq!(
            expected_f1_choice(&[0.4, -0.3, -4.0], &[50, 40, 30]),
            vec![true, true, false]
        );
        // Nothing likely: the likeliest block alone, never nothing.
        assert_eq!(
            expected_f1_choice(&[-5.0, -3.0], &[10, 10]),
            vec![false, true]
        );
        assert_eq!(word_count("Hello, wide world_2 — ok"), 4);
    }

    use super::*;
    use crate::extract::{Block, Role};

    #[test]
    fn a_page_whose_likely_block_became_its_title_keeps_its_next_likely_ones() {
        let line = |text: &str| Block::new(text, Role::Boilerplate, false, Reason::Navigation);
        let mut article = Article {
            blocks: [
                "Women",
                "Faux leather jacket",
                "Subscribe to our newsletter",
                "Outer fabric: polyester",
                "Care: machine wash at 30 °C",
                "Size guide",
                "Men",
                "Kids",
            ]
            .into_iter()
            .map(line)
            .collect(),
            ..Article::default()
        };
        article.blocks[1].role = Role::Title;
        article.blocks[1].reason = Reason::UsedAsField {
            field: "title".into(),
        };
        let mut rows = vec![[0.0; N_FEATURES]; 8];
        // The newsletter prompt the rules recognised stays trimmed, however likely.
        rows[2][at!("junk")] = 1.0;
        let margins = [-6.0, 2.0, -1.0, -2.0, -2.5, -3.5, -6.0, -6.0];
        keep_something(&mut article, &rows, &margins);
        let kept: Vec<&str> = article.kept_body().map(|b| b.text.as_str()).collect();
        assert_eq!(
            kept,
            ["Outer fabric: polyester", "Care: machine wash at 30 °C"]
        );

        // A page with a kept body is left as it is.
        let before = article.clone();
        keep_something(&mut article, &rows, &margins);
        assert_eq!(article, before);
    }

    #[test]
    fn the_teaser_the_model_kept_from_a_run_it_trimmed_goes_too() {
        let kept = |text: &str| Block::new(text, Role::Paragraph, true, Reason::ArticleText);
        let trimmed = |text: &str| Block::new(text, Role::Paragraph, false, Reason::OutsideArticle);
        let mut blocks = vec![
            kept("The harbour office will decide on the timetable in the spring."),
            kept("It has asked the ferry's passengers to write in before March."),
            kept(
                "PORTSMOUTH: The council is recalling its winter timetable over a fault in the...",
            ),
            trimmed("Two new boats will join the fleet next year, bringing the number of..."),
            trimmed("The mayor said on Monday that the crossing would stay open through the..."),
            trimmed("Fares on the night boat rise in April, the operator said, after a year..."),
            trimmed("Contact us"),
        ];
        blocks.extend((0..3).map(|_| trimmed("Menu")));
        let mut rows = vec![[0f32; N_FEATURES]; blocks.len()];
        for row in &mut rows[2..6] {
            row[at!("ellipsis_end")] = 1.0;
        }
        let mut run_kept = blocks.clone();
        trim_the_rest_of_a_teaser_run(&mut run_kept, &rows);
        assert!(!run_kept[2].keep);
        assert_eq!(run_kept[2].reason, Reason::TeaserOfAnotherStory);
        assert!(run_kept[0].keep && run_kept[1].keep);

        // A listing whose cut summaries the model mostly kept keeps them all.
        for b in &mut blocks[3..5] {
            b.keep = true;
            b.reason = Reason::ArticleText;
        }
        let before = blocks.clone();
        trim_the_rest_of_a_teaser_run(&mut blocks, &rows);
        assert_eq!(blocks, before);
    }

    #[test]
    fn the_rules_body_stands_when_the_model_would_keep_next_to_none_of_it() {
        // A short post of short paragraphs: the rules kept them all, the model only a heading.
        let paragraph = "A short paragraph of plain words, as a small blog writes them.";
        let mut blocks = vec![Block::new(
            "Notes",
            Role::Heading,
            true,
            Reason::ArticleHeading,
        )];
        blocks.extend(
            (0..8).map(|_| Block::new(paragraph, Role::Paragraph, true, Reason::ArticleText)),
        );
        let n = blocks.len();
        let mut article = Article {
            blocks,
            ..Article::default()
        };
        let rows = vec![[0f32; N_FEATURES]; n];
        let mut margins = vec![-3.0f32; n];
        margins[0] = 2.0;
        let mut decided = article.clone();
        apply_margins(
            &mut decided,
            &rows,
            &margins,
            KEEP_MARGIN,
            Selection::Threshold,
        );
        assert!(
            decided.blocks.iter().all(|b| b.keep),
            "{:?}",
            decided.blocks
        );
        // With the rules' body as short as the model's, the model decides.
        for b in &mut article.blocks[3..] {
            b.keep = false;
        }
        apply_margins(
            &mut article,
            &rows,
            &margins,
            KEEP_MARGIN,
            Selection::Threshold,
        );
        assert_eq!(article.blocks.iter().filter(|b| b.keep).count(), 1);
    }

    #[test]
    fn the_shipped_models_load() {
        for format in [Format::Html, Format::Text] {
            let model = shipped(format).expect("the model files parse and match the engine");
            assert!(!model.blocks.trees.is_empty());
        }
    }

    #[test]
    fn a_forest_walks_to_its_leaves() {
        let features: Vec<String> = FEATURE_NAMES.iter().map(|s| s.to_string()).collect();
        let forest = Forest::new(
            features,
            0.5,
            vec![vec![
                Node::Split(2, 0.2, 1, 2),
                Node::Leaf(-1.0),
                Node::Leaf(2.0),
            ]],
        );
        let mut row = [0f32; N_FEATURES];
        assert_eq!(forest.margin(&row), -0.5);
        row[2] = 0.3;
        assert_eq!(forest.margin(&row), 2.5);
        assert_eq!(forest.check(FEATURE_NAMES), Ok(()));
        assert!(forest.check(PAGE_FEATURE_NAMES).is_err());
        let mut broken = forest.clone();
        broken.trees[0][0] = Node::Split(2, 0.2, 7, 2);
        assert!(broken.check(FEATURE_NAMES).is_err());
    }

    #[test]
    fn padded_trees_add_what_the_node_walk_adds() {
        // An uneven tree (a leaf at the first level, splits below the other side) and rows that
        // fall on thresholds, either side of them, out of the row, and NaN.
        let forest = Forest::new(
            vec!["a".into(), "b".into()],
            0.25,
            vec![
                vec![
                    Node::Split(0, 0.5, 1, 2),
                    Node::Leaf(-1.5),
                    Node::Split(1, 2.0, 3, 4),
                    Node::Split(0, 3.0, 5, 6),
                    Node::Leaf(0.75),
                    Node::Leaf(0.125),
                    Node::Leaf(-0.0625),
                ],
                vec![Node::Leaf(0.3)],
            ],
        );
        let rows = [
            vec![0.0, 0.0],
            vec![0.5, 2.0],
            vec![3.0, 1.0],
            vec![2.9, 1.9],
            vec![f32::NAN, 1.0],
            vec![1.0, f32::NAN],
            vec![1.0],
            vec![],
            vec![3.0, 3.0],
        ];
        for row in &rows {
            assert_eq!(
                forest.margin(row).to_bits(),
                forest.walk(row).to_bits(),
                "{row:?}"
            );
        }
        // In a batch, a shorter row after a longer one reads zeros past its end, as alone.
        let batch: Vec<u32> = forest.margins(&rows).iter().map(|m| m.to_bits()).collect();
        let alone: Vec<u32> = rows.iter().map(|r| forest.walk(r).to_bits()).collect();
        assert_eq!(batch, alone);
        // The shipped forests, on rows made of their own thresholds.
        for format in [Format::Html, Format::Text] {
            let model = shipped(format).expect("the model files parse and match the engine");
            let forests = [&model.blocks, &model.page]
                .into_iter()
                .chain(&model.kinds)
                .chain(&model.title);
            for forest in forests {
                let thresholds: Vec<f32> = forest
                    .trees
                    .iter()
                    .flatten()
                    .filter_map(|n| match n {
                        Node::Split(_, t, _, _) => Some(*t),
                        Node::Leaf(_) => None,
                    })
                    .collect();
                // 40 rows: two whole batches of rows walked together and a part batch.
                let rows: Vec<Vec<f32>> = (0..40)
                    .map(|shift| {
                        (0..forest.features.len())
                            .map(|k| thresholds[(k * 7 + shift * 13) % thresholds.len()])
                            .collect()
                    })
                    .collect();
                for row in &rows {
                    assert_eq!(forest.margin(row).to_bits(), forest.walk(row).to_bits());
                }
                let batch: Vec<u32> = forest.margins(&rows).iter().map(|m| m.to_bits()).collect();
                let alone: Vec<u32> = rows.iter().map(|r| forest.walk(r).to_bits()).collect();
                assert_eq!(batch, alone);
            }
        }
    }

    #[test]
    fn nodes_read_as_the_untagged_form_reads_them() {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Untagged {
            Leaf(f32),
            Split(u16, f32, u32, u32),
        }
        #[derive(Deserialize)]
        struct Trees {
            trees: Vec<Vec<Untagged>>,
        }
        let same = |node: &Node, untagged: &Untagged| match (node, untagged) {
            (Node::Leaf(a), Untagged::Leaf(b)) => a.to_bits() == b.to_bits(),
            (Node::Split(f, t, l, r), Untagged::Split(g, u, m, s)) => {
                (f, t.to_bits(), l, r) == (g, u.to_bits(), m, s)
            }
            _ => false,
        };
        for file in [
            include_str!("model/html.json"),
            include_str!("model/text.json"),
        ] {
            let model = Model::from_json(file).expect("the model parses");
            let raw: serde_json::Value = serde_json::from_str(file).expect("JSON");
            let forests = [&model.blocks, &model.page]
                .into_iter()
                .chain(&model.kinds)
                .chain(&model.title);
            let raw_forests = [&raw["blocks"], &raw["page"]]
                .into_iter()
                .chain(raw["kinds"].as_array().into_iter().flatten())
                .chain(Some(&raw["title"]).filter(|t| !t.is_null()));
            let mut count = 0;
            for (forest, raw) in forests.zip(raw_forests) {
                let untagged = Trees::deserialize(raw).expect("the untagged form parses");
                assert_eq!(forest.trees.len(), untagged.trees.len());
                for (tree, other) in forest.trees.iter().zip(&untagged.trees) {
                    assert_eq!(tree.len(), other.len());
                    assert!(tree.iter().zip(other).all(|(a, b)| same(a, b)));
                }
                count += 1;
            }
            assert_eq!(
                count,
                2 + model.kinds.len() + usize::from(model.title.is_some())
            );
        }
        for (text, ok) in [
            ("0", true),
            ("-2", true),
            ("0.5", true),
            ("[1, 0.5, 1, 2]", true),
            ("[1, 0.5, 1]", false),
            ("[1, 0.5, 1, 2, 3]", false),
            ("[70000, 0.5, 1, 2]", false),
            ("\"x\"", false),
        ] {
            assert_eq!(serde_json::from_str::<Node>(text).is_ok(), ok, "{text}");
        }
    }
}
