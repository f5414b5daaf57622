//! Keep or trim each block, with a reason: the second step, after [`measure`](super::measure).
//! [`classify`] decides with context: it finds the article's main run of prose (jusText-style:
//! good blocks anchor it, short blocks between good ones join it), picks the header fields just
//! above it, and gives every other block the most specific reason it can.

use std::collections::HashMap;

use super::assemble::Shape;
use super::candidate::{Candidate, Features, LINK_DENSITY_MAX, Metadata, SHORT_MAX_WORDS};
use super::fields::byline::parse_byline;
use super::fields::dates::find_date;
use super::fields::header::{TITLE_MAX_WORDS, assign_header_fields, set_field};
use super::fields::site::site_from_lines;
use super::lexicon::phrases::{JOINED_WORDS, POST_CONTROLS, POST_TALLIES, SKIP_LINK_OPENERS};
use super::measure::{STOP_RATIO_MIN, STOP_RATIO_PROSE};
use super::util::chars::{at_most_words, whitespace_words};
use super::util::fnv::FnvBuild;
use super::util::normalise::{collapse, normalize_into, normalize_limited, normalized};
use super::{Article, Block, CalloutPart, Form, Format, Reason, Role};

// ---------------------------------------------------------------------------------------------
// Thresholds. Tuned on the seed and on the scrapinghub corpus's pasted text (181 pages), then
// checked against its HTML: they are deliberately round numbers, not fitted to the third digit.
// ---------------------------------------------------------------------------------------------

/// A block this long (in characters) with enough stop words is prose on its own.
const GOOD_MIN_CHARS: usize = 80;
/// Without sentence punctuation a block must be this long to be prose: headlines of teasers
/// run to ~120 characters.
const GOOD_UNPUNCTUATED_MIN_CHARS: usize = 150;
/// A block ending in sentence punctuation counts as prose from this length.
const GOOD_SENTENCE_MIN_CHARS: usize = 50;
/// CJK prose: characters per block (no spaces to count words by).
const CJK_GOOD_MIN_CHARS: usize = 40;
/// A run of this many non-prose blocks ends the article's main run.
const MAX_GAP_BLOCKS: usize = 6;
/// A page "uses blank lines" once this many prose blocks stand between blank lines.
const MIN_BLANK_SEPARATED_PARAGRAPHS: usize = 2;
/// On such a page, prose lines without blank lines around them count this much.
const TIGHT_LINE_WEIGHT: f32 = 0.3;
/// A second run of prose joins the best one when it has this share of its score and starts or
/// ends within `RUN_MERGE_DISTANCE` blocks of it (an article interrupted by "Most read").
const RUN_MERGE_SHARE: f32 = 0.25;
const RUN_MERGE_DISTANCE: usize = 30;
/// A comments heading only opens the comments once an article-sized run came before it (a
/// "0 Comments" link in the byline does not).
const COMMENTS_MIN_PRIOR_SCORE: f32 = 600.0;
/// One block counts for at most this many characters in a run's score, so a news ticker pasted
/// as one long line does not outweigh an article of several paragraphs.
const BLOCK_SCORE_CAP: usize = 1000;
/// Runs of prose after a comments heading are readers' comments: they count this much.
const COMMENTS_RUN_WEIGHT: f32 = 0.3;
/// A standfirst (deck) is one or two sentences: at most this many words.
const STANDFIRST_MAX_WORDS: usize = 60;
/// A date line inside the article has at most this many words ("Published Monday, November
/// 18, 2019 8:22AM EST by The Associated Press").
const DATE_LINE_MAX_WORDS: usize = 14;
/// In HTML, a sentence this long stays in the article even when most of it is links.
const LINKED_PROSE_MIN_CHARS: usize = 150;
/// A byline or date line within this many blocks of the run's start ends the header.
const HEADER_IN_RUN_BLOCKS: usize = 4;
/// A bio box's heading ("About the author") is looked for among the run's last blocks, and has
/// at most this many words.
const ABOUT_TAIL_BLOCKS: usize = 4;
const ABOUT_HEADING_MAX_WORDS: usize = 5;
/// This many rows in a row make a table that can carry a run on its own.
const LONG_TABLE_ROWS: usize = 6;
/// A headline-like line this close above the run means the run's first lines hold at most a
/// standfirst.
const HEADLINE_ABOVE_LINES: usize = 4;
/// A sentence right after the run joins it from this many words.
const EDGE_SENTENCE_MIN_WORDS: usize = 3;
/// In pasted text, a line is taken for a subheading from this many words ("Video", "Read
/// Later" are buttons).
const INFERRED_HEADING_MIN_WORDS: usize = 2;
/// Duplicates only count from this length: "Share" twice is not worth a reason.
const DUPLICATE_MIN_CHARS: usize = 20;
/// Blocks are first told apart by this many bytes of their normalised text (at least
/// `DUPLICATE_MIN_CHARS`, so a shorter prefix means a shorter text).
const DUPLICATE_PREFIX_BYTES: usize = 48;
const _: () = assert!(DUPLICATE_PREFIX_BYTES >= DUPLICATE_MIN_CHARS);
/// A table row (cells separated by tabs, as a browser copies them) or a numbered or bulleted
/// list item.
/// Rows of a list written as lines with the same separator ("June 9 -- Coral Sky
/// Amphitheatre, West Palm Beach, FL"): the separator, if the line has one.
fn row_separator(text: &str) -> Option<&'static str> {
    // One pass over the bytes before looking for the separators themselves (0xE2 starts the
    // dashes' UTF-8).
    if !text.bytes().any(|b| matches!(b, b'-' | b'@' | b'|' | 0xE2)) {
        return None;
    }
    [" -- ", " – ", " — ", " @ ", " | "]
        .into_iter()
        .find(|s| text.contains(s))
}

/// Which blocks are rows of a table or list: structured on their own, or sharing a separator
/// with a neighbour.
fn list_rows(cands: &[Candidate]) -> Vec<bool> {
    let seps: Vec<Option<&str>> = cands.iter().map(|c| row_separator(&c.text)).collect();
    (0..cands.len())
        .map(|i| {
            is_structured_row(&cands[i].text)
                || seps[i].is_some_and(|s| {
                    (i > 0 && seps[i - 1] == Some(s)) || seps.get(i + 1) == Some(&Some(s))
                })
        })
        .collect()
}

fn is_structured_row(text: &str) -> bool {
    if text.contains('\t') {
        return true;
    }
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) && matches!(text.as_bytes().get(digits), Some(b')' | b'.')) {
        return text.as_bytes().get(digits + 1) == Some(&b' ');
    }
    text.starts_with(['•', '·', '▪', '■', '–', '*']) || text.starts_with("- ")
}

/// "About the author", "Über Max Muster", "Sobre Carlos": the heading of a bio box.
fn is_about_heading(text: &str) -> bool {
    let l = text.trim().to_lowercase();
    [
        "about ",
        "über ",
        "ueber ",
        "sobre ",
        "à propos",
        "a propos",
        "acerca de",
        "o autorze",
        "o autorce",
    ]
    .iter()
    .any(|o| l.starts_with(o))
        && !l.ends_with(['.', '?', '!'])
}

/// The hash of a normalised text's first `DUPLICATE_PREFIX_BYTES` bytes: equal texts have equal
/// keys.
fn prefix_key(bytes: &[u8]) -> u64 {
    use std::hash::{BuildHasher, Hasher};
    let mut h = FnvBuild.build_hasher();
    h.write(&bytes[..bytes.len().min(DUPLICATE_PREFIX_BYTES)]);
    h.finish()
}

/// How a block weighs in the search for the main run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Prose: anchors the main run.
    Good,
    /// Could be prose; joins the run when it sits inside it.
    Near,
    /// Short text (headings, one-line paragraphs): joins when surrounded by prose.
    Short,
    /// Recognised boilerplate or link lists.
    Bad,
}

/// A one-letter name of the class the features alone give (G good, N near, S short, B bad), for
/// `examples/eval.rs --dump`.
pub fn class_letter(f: &Features) -> char {
    match class_of_features(f) {
        Class::Good => 'G',
        Class::Near => 'N',
        Class::Short => 'S',
        Class::Bad => 'B',
    }
}

/// True when a block is prose on its own (used by the HTML path to score containers).
pub fn is_prose(f: &Features) -> bool {
    f.junk.is_none()
        && !f.ellipsis_end
        && f.link_density <= LINK_DENSITY_MAX
        && class_of_features(f) == Class::Good
}

fn class_of(f: &Features, c: &Candidate) -> Class {
    if c.structure_hint.is_some() {
        return Class::Bad;
    }
    class_of_features(f)
}

fn class_of_features(f: &Features) -> Class {
    if f.junk.is_some() || f.link_density > LINK_DENSITY_MAX {
        return Class::Bad;
    }
    if f.cjk {
        return if f.chars >= CJK_GOOD_MIN_CHARS && f.cjk_sentences > 0 {
            Class::Good
        } else if f.chars >= CJK_GOOD_MIN_CHARS / 2 && f.cjk_sentences > 0 {
            Class::Near
        } else {
            Class::Short
        };
    }
    if f.stop_ratio < STOP_RATIO_MIN && f.words > SHORT_MAX_WORDS {
        return Class::Near;
    }
    if (f.chars >= GOOD_UNPUNCTUATED_MIN_CHARS && f.stop_ratio >= STOP_RATIO_PROSE)
        || (f.sentence_end && f.chars >= GOOD_MIN_CHARS && f.stop_ratio >= STOP_RATIO_PROSE)
        || (f.sentence_end && f.chars >= GOOD_SENTENCE_MIN_CHARS && f.stop_ratio >= STOP_RATIO_MIN)
    {
        return Class::Good;
    }
    if f.words > SHORT_MAX_WORDS && (f.sentence_end || f.stop_ratio >= STOP_RATIO_PROSE) {
        return Class::Near;
    }
    Class::Short
}

/// Classifies candidates into an article: fields, and every block kept or trimmed with a reason.
pub fn classify(cands: Vec<Candidate>, meta: Metadata, format: Format) -> Article {
    let feats = super::measure::measure_page(&cands);
    classify_measured(cands, &feats, meta, format)
}

/// [`classify`] for candidates whose features were already computed (one per candidate).
pub fn classify_measured(
    cands: Vec<Candidate>,
    feats: &[Features],
    meta: Metadata,
    format: Format,
) -> Article {
    let mut classes: Vec<Class> = cands
        .iter()
        .zip(feats)
        .map(|(c, f)| class_of(f, c))
        .collect();

    // Teasers in a row (two or more blocks cut off with "...") are a list of other stories.
    teasers_in_a_row(feats, &mut classes);

    let has_structure = cands.iter().any(|c| c.in_main.is_some());
    let rows = if has_structure {
        Vec::new()
    } else {
        list_rows(&cands)
    };
    let (mut start, end, extra_runs) = if has_structure {
        let (s, e) = main_region_from_structure(&cands, &classes, feats);
        (s, e, Vec::new())
    } else {
        let weights = paragraph_weights(&cands, &classes);
        main_run(&classes, feats, &weights, &rows, &cands)
    };
    // In pasted text, lines at the top of the run that are not sentences (a headline, a
    // standfirst without a full stop) belong to the header, not the body.
    if !has_structure && let (Some(s), Some(e)) = (start, end) {
        start = Some(run_start_below_header(&cands, feats, &classes, s, e));
    }

    let mut blocks: Vec<Block> = cands
        .iter()
        .map(|c| {
            // The text moves in at the end, when the candidates are done with.
            Block::new(
                String::new(),
                c.role.unwrap_or(Role::Paragraph),
                false,
                Reason::OutsideArticle,
            )
        })
        .collect();

    let mut article = Article {
        format,
        title: meta.title,
        site: meta.site,
        authors: meta.authors,
        published: meta.published,
        url: meta.url,
        summary: meta.summary,
        ..Article::default()
    };

    // Header fields: search upward from the run's start.
    // The headline is not looked for inside a run of the article above the main one.
    let title_floor = start.map_or(0, |s| {
        extra_runs
            .iter()
            .filter(|r| r.1 < s)
            .map(|r| r.1 + 1)
            .max()
            .unwrap_or(0)
    });
    let mut header_used = assign_header_fields(
        &cands,
        feats,
        &mut blocks,
        &mut article,
        (start, title_floor),
        has_structure,
    );
    if !has_structure && article.site.is_none() {
        let lines: Vec<&str> = cands.iter().map(|c| c.text.as_str()).collect();
        article.site = site_from_lines(&lines);
    }

    // Inside the run: keep prose and what sits between prose; trim what rules recognise.
    let mut ranges: Vec<(usize, usize)> = start.zip(end).into_iter().chain(extra_runs).collect();
    if !has_structure {
        // "About the author" and a bio at the end of the run are not the article.
        end_runs_before_about_the_author(&cands, feats, &mut ranges);
        // jusText's context rule: sentences right after the run (a short last paragraph) join it,
        // and so does a table or numbered list that follows it.
        extend_runs_by_context(&cands, feats, &classes, &rows, &mut ranges);
    }
    // A headline found inside a run the body keeps (a list the run took in) is the body's line.
    if !has_structure
        && let Some(pos) = header_used.iter().position(|&k| {
            blocks[k].role == Role::Title && ranges.iter().any(|r| (r.0..=r.1).contains(&k))
        })
    {
        let k = header_used.remove(pos);
        blocks[k] = Block::new(
            String::new(),
            cands[k].role.unwrap_or(Role::Paragraph),
            false,
            Reason::OutsideArticle,
        );
        article.title = None;
    }
    label_run_blocks(
        &cands,
        feats,
        &classes,
        &ranges,
        &header_used,
        &mut blocks,
        has_structure,
    );

    // Everything else: the most specific reason available.
    mark_repeats(&article, &cands, &mut blocks, has_structure);
    label_the_rest(&cands, feats, &mut blocks);

    for (b, c) in blocks.iter_mut().zip(cands) {
        b.text = c.text;
        b.markdown = c.markdown;
    }
    article.blocks = blocks;
    if article.title.is_none() {
        let guess = article.summary.clone().or_else(|| {
            article
                .kept_body()
                .next()
                .map(|b| first_words(&b.text, TITLE_MAX_WORDS))
        });
        if guess.is_some() {
            article.title = guess;
            article.title_inferred = true;
        }
    }
    article
}

/// Teasers in a row (two or more blocks cut off with "...", or headlines glued to their
/// summaries) are a list of other stories.
fn teasers_in_a_row(feats: &[Features], classes: &mut [Class]) {
    let n = classes.len();
    for i in 0..n {
        let prev = i > 0 && feats[i - 1].ellipsis_end;
        let next = i + 1 < n && feats[i + 1].ellipsis_end;
        if feats[i].ellipsis_end && (prev || next) {
            classes[i] = Class::Bad;
        }
        let prev = i > 0 && feats[i - 1].glued_teaser;
        let next = i + 1 < n && feats[i + 1].glued_teaser;
        if feats[i].glued_teaser && (prev || next) {
            classes[i] = Class::Bad;
        }
    }
}

/// In pasted text, where the main run `s..=e` really starts: lines at its top that are not
/// sentences (a headline, a standfirst without a full stop) belong to the header, not the body.
fn run_start_below_header(
    cands: &[Candidate],
    feats: &[Features],
    classes: &[Class],
    s: usize,
    e: usize,
) -> usize {
    let mut start = Some(s);
    // A byline or date line among the run's first blocks closes the header: what comes
    // before it is the headline and standfirst.
    if let Some(h) = (s..=e.min(s + HEADER_IN_RUN_BLOCKS))
        .find(|&k| feats[k].date_line || parse_byline(&cands[k].text).is_some())
        && h > s
    {
        let mut k = h;
        while k < e
            && (feats[k].date_line
                || parse_byline(&cands[k].text).is_some()
                || (classes[k] != Class::Good && feats[k].words <= SHORT_MAX_WORDS))
        {
            k += 1;
        }
        start = Some(k);
    }
    let mut s = start.unwrap_or(s);
    // Short sentences just above the run (a one-line first paragraph) are part of it.
    while s > 0
        && matches!(classes[s - 1], Class::Near | Class::Short)
        && feats[s - 1].sentence_end
        && feats[s - 1].words >= EDGE_SENTENCE_MIN_WORDS
        && feats[s - 1].junk.is_none()
        && !feats[s - 1].date_line
        && parse_byline(&cands[s - 1].text).is_none()
    {
        s -= 1;
    }
    // With a headline-like line already above, only a standfirst can be left to move.
    let headline_above = (s.saturating_sub(HEADLINE_ABOVE_LINES)..s).any(|k| {
        matches!(classes[k], Class::Near | Class::Short)
            && !feats[k].sentence_end
            && (4..=TITLE_MAX_WORDS).contains(&feats[k].words)
    });
    let max_shift = if headline_above { 1 } else { 2 };
    let from = s;
    while s < e
        && s - from < max_shift
        && !feats[s].sentence_end
        && !feats[s].ellipsis_end
        && feats[s].words <= STANDFIRST_MAX_WORDS
    {
        s += 1;
    }
    s
}

/// "About the author" and a bio at the end of a run are not the article: the run ends before them.
fn end_runs_before_about_the_author(
    cands: &[Candidate],
    feats: &[Features],
    ranges: &mut [(usize, usize)],
) {
    for r in ranges.iter_mut() {
        let tail_from = r.1.saturating_sub(ABOUT_TAIL_BLOCKS).max(r.0 + 1);
        if let Some(k) = (tail_from..=r.1).find(|&k| {
            feats[k].words <= ABOUT_HEADING_MAX_WORDS && is_about_heading(&cands[k].text)
        }) {
            r.1 = k - 1;
        }
    }
}

/// jusText's context rule: sentences right after a run (a short last paragraph) join it, and
/// so does a table or numbered list that follows it.
fn extend_runs_by_context(
    cands: &[Candidate],
    feats: &[Features],
    classes: &[Class],
    rows: &[bool],
    ranges: &mut [(usize, usize)],
) {
    let n = cands.len();
    for r in ranges.iter_mut() {
        let mut listing = cands[r.1].text.trim_end().ends_with(':');
        loop {
            let k = r.1 + 1;
            if k >= n || feats[k].junk.is_some() || feats[k].date_line {
                break;
            }
            let sentence = matches!(classes[k], Class::Near | Class::Short)
                && feats[k].sentence_end
                && feats[k].words >= EDGE_SENTENCE_MIN_WORDS;
            let row = classes[k] != Class::Bad
                && rows[k]
                && (rows[r.1] || rows.get(k + 1) == Some(&true));
            // "Dare to Play 3:" and the list of lines it introduces.
            let listed =
                listing && classes[k] != Class::Bad && feats[k].words >= EDGE_SENTENCE_MIN_WORDS;
            if !(sentence || row || listed) {
                break;
            }
            listing = listed || cands[k].text.trim_end().ends_with(':');
            r.1 = k;
        }
    }
}

/// Inside the runs: keeps prose and what sits between prose, trims what rules recognise.
fn label_run_blocks(
    cands: &[Candidate],
    feats: &[Features],
    classes: &[Class],
    ranges: &[(usize, usize)],
    header_used: &[usize],
    blocks: &mut [Block],
    has_structure: bool,
) {
    for &(s, e) in ranges {
        for i in s..=e {
            if header_used.contains(&i) || cands[i].in_main == Some(false) {
                continue;
            }
            let f = &feats[i];
            let c = &cands[i];
            let b = &mut blocks[i];
            if let Some(r) = f.junk.clone().or_else(|| c.structure_hint.clone()) {
                b.role = Role::Boilerplate;
                b.reason = r;
                continue;
            }
            if c.caption {
                b.role = Role::Boilerplate;
                b.reason = Reason::PhotoCaption;
                continue;
            }
            match classes[i] {
                Class::Good | Class::Near
                    if f.date_line && f.words <= DATE_LINE_MAX_WORDS && b.role != Role::Quote =>
                {
                    b.reason = Reason::Metadata;
                }
                Class::Good | Class::Near => {
                    b.keep = true;
                    b.reason = if b.role == Role::Heading {
                        Reason::ArticleHeading
                    } else {
                        Reason::ArticleText
                    };
                }
                Class::Short => {
                    let is_heading = b.role == Role::Heading
                        || (!f.sentence_end
                            && f.words >= INFERRED_HEADING_MIN_WORDS
                            && f.words <= TITLE_MAX_WORDS
                            && next_is_prose(classes, i, e));
                    if (f.date_line && b.role != Role::Quote)
                        || (f.ellipsis_end && f.words <= SHORT_MAX_WORDS)
                    {
                        b.reason = Reason::Metadata;
                    } else if f.link_density > LINK_DENSITY_MAX {
                        b.reason = Reason::Navigation;
                    } else if b.role == Role::ListItem
                        || b.role == Role::Quote
                        || has_structure
                        || f.sentence_end
                        || is_heading
                        || f.words > 2
                    {
                        b.keep = true;
                        if is_heading
                            && b.role == Role::Paragraph
                            && !f.sentence_end
                            && !has_structure
                        {
                            b.role = Role::Heading;
                        }
                        b.reason = if b.role == Role::Heading {
                            Reason::ArticleHeading
                        } else {
                            Reason::ArticleText
                        };
                    } else {
                        b.reason = Reason::OutsideArticle;
                    }
                }
                // In HTML: an embedded post (a quote full of links) and a sentence whose names
                // are links to profile cards are still the article's text.
                Class::Bad
                    if has_structure
                        && !feats[i].ellipsis_end
                        && (b.role == Role::Quote
                            || (f.sentence_end
                                && f.chars >= LINKED_PROSE_MIN_CHARS
                                && f.stop_ratio >= STOP_RATIO_PROSE)) =>
                {
                    b.keep = true;
                    b.reason = Reason::ArticleText;
                }
                Class::Bad => {
                    b.reason = if f.link_density > LINK_DENSITY_MAX {
                        Reason::Navigation
                    } else if f.ellipsis_end {
                        Reason::TeaserOfAnotherStory
                    } else {
                        Reason::OutsideArticle
                    };
                }
            }
        }
    }
}

/// Blocks that repeat the title, the summary or another block: the headline and standfirst
/// inside the article's container become the fields, other copies are trimmed.
fn mark_repeats(article: &Article, cands: &[Candidate], blocks: &mut [Block], has_structure: bool) {
    let n = cands.len();
    let summary_norm = article
        .summary
        .as_deref()
        .map(normalized)
        .filter(|s| s.len() >= DUPLICATE_MIN_CHARS);
    let title_norm = article
        .title
        .as_deref()
        .map(normalized)
        .filter(|s| s.len() >= DUPLICATE_MIN_CHARS);
    // The headline inside the article's container is the title field, not body.
    if has_structure
        && let Some(title) = article.title.as_deref().map(normalized)
        && let Some(b) = blocks
            .iter_mut()
            .zip(cands)
            .find(|(b, c)| b.keep && b.role == Role::Heading && normalized(&c.text) == title)
            .map(|(b, _)| b)
    {
        set_field(b, Role::Title, "title");
    }
    // Blocks are compared by a hash of their normalised text (no string per block kept).
    // Most blocks are unlike every other: the start of their normalised text tells them apart,
    // and only blocks whose starts meet another's (or the title's or summary's) are normalised
    // in full.
    let mut norm = Vec::new();
    let prefix_keys: Vec<Option<u64>> = cands
        .iter()
        .map(|c| {
            if c.text.len() < DUPLICATE_MIN_CHARS {
                return None;
            }
            normalize_limited(&c.text, &mut norm, DUPLICATE_PREFIX_BYTES);
            // The prefix stops short only of a long text, so this is the whole text's length test.
            (norm.len() >= DUPLICATE_MIN_CHARS).then(|| prefix_key(&norm))
        })
        .collect();
    let mut prefix_counts: HashMap<u64, u32, FnvBuild> = HashMap::default();
    for key in prefix_keys.iter().flatten() {
        *prefix_counts.entry(*key).or_default() += 1;
    }
    let mut seen: HashMap<u64, usize> = HashMap::new();
    for i in 0..n {
        let Some(prefix) = prefix_keys[i] else {
            continue;
        };
        if prefix_counts.get(&prefix).copied().unwrap_or(0) < 2 {
            if title_norm.is_none() && summary_norm.is_none() {
                continue;
            }
            // No other block starts alike, so none repeats this one; only the title and the
            // summary are left to compare it with.
            normalize_limited(&cands[i].text, &mut norm, DUPLICATE_PREFIX_BYTES);
            let meets = |field: &Option<String>| {
                field.as_ref().is_some_and(|f| {
                    let common = f.len().min(norm.len());
                    f.as_bytes()[..common] == norm[..common]
                })
            };
            if !meets(&title_norm) && !meets(&summary_norm) {
                continue;
            }
        }
        normalize_into(&cands[i].text, &mut norm);
        let key = {
            use std::hash::{BuildHasher, Hasher};
            let mut h = FnvBuild.build_hasher();
            h.write(&norm);
            h.finish()
        };
        let b = &mut blocks[i];
        let is_field = matches!(b.reason, Reason::UsedAsField { .. });
        if !is_field {
            let repeats = |field: &Option<String>| {
                field
                    .as_ref()
                    .is_some_and(|s| norm.starts_with(s.as_bytes()))
            };
            // The page's description often is its first paragraph: inside the article that is
            // text, outside it a teaser.
            let is_body = b.keep && has_structure;
            let is_title = title_norm.as_deref().map(str::as_bytes) == Some(norm.as_slice());
            // A paragraph the description repeats word for word inside the article's container
            // is the article's lead (a story's first paragraph, a thread's question): it stays
            // in the body, and the description is the summary too. Against taking it out as
            // the summary field: 31 WCXB pages won and 10 lost (0.879 -> 0.881), news pages
            // 0.978 -> 0.981; out of fold, the 76 pages it touches gained 1.6 points in all.
            if is_body
                && !is_title
                && summary_norm.as_deref().map(str::as_bytes) == Some(norm.as_slice())
            {
                seen.entry(key).or_insert(i);
                continue;
            }
            if is_body && is_title {
                set_field(b, Role::Title, "title");
                seen.entry(key).or_insert(i);
                continue;
            }
            if (!is_body || is_title) && (repeats(&summary_norm) || repeats(&title_norm)) {
                b.keep = false;
                b.role = Role::Boilerplate;
                b.reason = Reason::RepeatsSummary;
                continue;
            }
            // Repetition inside the article (a product's features listed for each product) is
            // the article's; outside it, a second copy of something seen.
            // The same text twice in a row is a caption shown twice (gallery and image).
            if let Some(&first) = seen.get(&key)
                && (!b.keep || first + 1 == i)
            {
                b.keep = false;
                b.role = Role::Boilerplate;
                b.reason = Reason::DuplicateOf { of: first };
                continue;
            }
        }
        seen.entry(key).or_insert(i);
    }
}

/// A kept block shorter than this many words may repeat ("Add to cart", "Read more"): only
/// longer ones are compared.
const KEPT_REPEAT_MIN_WORDS: usize = 3;

/// A post's text starts at most this many blocks below the name heading it (its author's title,
/// join date and post count between, and the quote it answers). WCXB's forum pages: 8 and 14
/// score the same (0.8002 and 0.8003); 14 names the author of a reply under a long quote.
const POST_AUTHOR_REACH: usize = 14;
/// A member's join date's label in a block of its own ("Joined", "Member since") has at most
/// this many words.
const JOINED_LABEL_MAX_WORDS: usize = 2;
/// A name heading a post has at most this many words.
const POST_AUTHOR_MAX_WORDS: usize = 4;
/// A post's header line giving its name and date together has at most this many words.
const POST_HEADER_MAX_WORDS: usize = 12;

/// A post's date line has at most this many words besides the date ("Mar 27, 2025 at 9:14
/// PM", "Posted 2 June 2024").
const POST_DATE_OTHER_WORDS: usize = 3;

/// The thread's first poster: the first name the page marks as a post's author that heads a
/// kept post (after [`keep_post_bylines`]), a few words at most. A thread's author is who opened
/// it.
pub fn first_poster(blocks: &[Block], shapes: &[Shape]) -> Option<String> {
    // A first post may head itself with the thread's title, under its author's name: the names
    // a post's reach above the title count.
    let start = blocks
        .iter()
        .position(|b| b.role == Role::Title)
        .map_or(0, |t| t.saturating_sub(POST_AUTHOR_REACH));
    (start..blocks.len().min(shapes.len()))
        .find(|&i| {
            shapes[i].post_author
                && blocks[i].keep
                && blocks[i].role.is_body()
                && at_most_words(&blocks[i].text, POST_AUTHOR_MAX_WORDS)
                && !blocks[i].text.trim().is_empty()
        })
        .map(|i| collapse(&blocks[i].text))
}

/// On a thread, the name heading each post is kept with the post, and the post's date line
/// between them: who said what, and when, is part of a discussion (the model trimmed these
/// short lines as menu lines). A name is the page's own mark of an author
/// ([`Shape::post_author`]), a few words at most, and heads a kept block of text below it,
/// before the next such name: a list of members elsewhere on the page heads none.
pub fn keep_post_bylines(blocks: &mut [Block], shapes: &mut [Shape]) {
    let n = blocks.len().min(shapes.len());
    // A name alone, or a post's header line holding the name with the post's date (and its
    // number): "Ann January 28, 2024, 4:31pm 2".
    let heads_post = |b: &Block, shape: &Shape| {
        if !b.role.is_body() {
            return false;
        }
        let words = b
            .text
            .split_whitespace()
            .take(POST_HEADER_MAX_WORDS + 1)
            .count();
        if words == 0 {
            return false;
        }
        if shape.post_author {
            return words <= POST_AUTHOR_MAX_WORDS;
        }
        shape.names_post_author
            && words <= POST_HEADER_MAX_WORDS
            && find_date(&b.text).is_some_and(|d| d.other_words <= POST_AUTHOR_MAX_WORDS)
    };
    for i in 0..n {
        if !heads_post(&blocks[i], &shapes[i]) {
            continue;
        }
        let Some(post) = (i + 1..n.min(i + 1 + POST_AUTHOR_REACH))
            .take_while(|&k| !shapes[k].post_author && !heads_post(&blocks[k], &shapes[k]))
            .find(|&k| blocks[k].keep && blocks[k].role.is_body())
        else {
            continue;
        };
        // A name the decision kept already keeps its reason; its date is read all the same.
        if !blocks[i].keep {
            blocks[i].keep = true;
            blocks[i].reason = Reason::PostByline;
        }
        // The date nearest the post: a member's box above it dates the member ("Joined",
        // often with the word in a block of its own, just above the date).
        let says_joined = |text: &str| {
            let lower = text.to_lowercase();
            JOINED_WORDS.iter().any(|w| lower.contains(w))
        };
        let dated = (i + 1..post).rev().find(|&k| {
            let line = &blocks[k];
            line.role.is_body()
                && line
                    .text
                    .split_whitespace()
                    .nth(POST_DATE_OTHER_WORDS + 6)
                    .is_none()
                && find_date(&line.text).is_some_and(|d| d.other_words <= POST_DATE_OTHER_WORDS)
                && !says_joined(&line.text)
                && !(at_most_words(&blocks[k - 1].text, JOINED_LABEL_MAX_WORDS)
                    && says_joined(&blocks[k - 1].text))
        });
        if let Some(k) = dated
            && !blocks[k].keep
        {
            blocks[k].keep = true;
            blocks[k].reason = Reason::PostByline;
            // Forum software lists a post's date, number and links as a row of list items: the
            // date alone is a line under the name, not a list of one.
            if matches!(shapes[k].form, Form::ListItem { .. }) {
                shapes[k].form = Form::Plain;
                blocks[k].role = Role::Paragraph;
            }
        }
    }
}

/// On a thread, a member's signature is trimmed: the same lines under each of their posts, never
/// what a post says ([`Shape::signature`]).
pub fn trim_signatures(blocks: &mut [Block], shapes: &[Shape]) {
    for (b, shape) in blocks.iter_mut().zip(shapes) {
        if shape.signature && b.keep && b.role.is_body() {
            b.keep = false;
            b.reason = Reason::Signature;
        }
    }
}

/// On a thread, text a later post repeats word for word is trimmed as a copy of its first
/// showing: a post quoted again in each reply, a member's unmarked signature under each of their
/// posts. [`trim_kept_repeats`] leaves text shown three times or more, which on an article is its
/// own pattern; on a thread it is one post quoted by several replies. A post's name and date line,
/// headings ("Re: …" on each post), code and table cells stay.
pub fn trim_requoted_text(blocks: &mut [Block], shapes: &[Shape]) {
    let comparable = |i: usize, b: &Block| {
        may_repeat(b, shapes.get(i))
            && b.reason != Reason::PostByline
            && !shapes.get(i).is_some_and(|s| s.post_author)
            && !is_dated_line(&b.text)
    };
    let mut first_of: HashMap<u64, usize, FnvBuild> = HashMap::default();
    let mut norm = Vec::new();
    for (i, b) in blocks.iter_mut().enumerate() {
        if !comparable(i, b) {
            continue;
        }
        let Some(key) = repeat_key(&b.text, &mut norm) else {
            continue;
        };
        match first_of.entry(key) {
            std::collections::hash_map::Entry::Occupied(first) => trim_as_copy(b, *first.get()),
            std::collections::hash_map::Entry::Vacant(slot) => {
                slot.insert(i);
            }
        }
    }
    // A line too short to compare alone ("Wide stage" in a quoted list of longer items) is a
    // copy when the block beside it copies the block beside its first showing: the quote is
    // trimmed whole, not left as a stray item. Backwards, then forwards, so that runs extend.
    let copy_of = |b: &Block| match b.reason {
        Reason::DuplicateOf { of } if !b.keep => Some(of),
        _ => None,
    };
    for i in (0..blocks.len().saturating_sub(1)).rev() {
        if let Some(of) = copy_of(&blocks[i + 1])
            && let Some(first) = of.checked_sub(1)
            && first < i
            && blocks[first].keep
            && comparable(i, &blocks[i])
            && normalized(&blocks[first].text) == normalized(&blocks[i].text)
        {
            trim_as_copy(&mut blocks[i], first);
        }
    }
    for i in 1..blocks.len() {
        if let Some(of) = copy_of(&blocks[i - 1])
            && of + 1 < i
            && blocks[of + 1].keep
            && comparable(i, &blocks[i])
            && normalized(&blocks[of + 1].text) == normalized(&blocks[i].text)
        {
            trim_as_copy(&mut blocks[i], of + 1);
        }
    }
    // A copy's attribution ("Ann said:", and the date line under it on some forums) goes with
    // it; so does the attribution of a quote nested around it. Backwards, so that they chain.
    for i in (0..blocks.len().saturating_sub(1)).rev() {
        let b = &blocks[i];
        if !b.keep || !b.role.is_body() {
            continue;
        }
        let quoted = if is_attribution(&b.text) {
            copy_of(&blocks[i + 1]).or_else(|| {
                (is_dated_line(&blocks[i + 1].text) && blocks[i + 1].keep)
                    .then(|| blocks.get(i + 2).and_then(copy_of))
                    .flatten()
            })
        } else {
            None
        };
        if let Some(of) = quoted {
            if is_dated_line(&blocks[i + 1].text) && blocks[i + 1].keep {
                trim_as_copy(&mut blocks[i + 1], of);
            }
            trim_as_copy(&mut blocks[i], of);
        }
    }
    // So does the control that opens a long quote ("Click to expand...") right under it.
    for i in 1..blocks.len() {
        if let Some(of) = copy_of(&blocks[i - 1])
            && blocks[i].keep
            && blocks[i].role.is_body()
            && is_expander(&blocks[i].text)
        {
            trim_as_copy(&mut blocks[i], of);
        }
    }
}

/// A control that opens a cut quote: a few words ending in an ellipsis ("Click to expand...").
fn is_expander(text: &str) -> bool {
    let text = text.trim();
    at_most_words(text, EXPANDER_MAX_WORDS) && (text.ends_with("...") || text.ends_with('…'))
}

/// The most words of a quote's expander ([`is_expander`]).
const EXPANDER_MAX_WORDS: usize = 4;

/// A quote's attribution line ("Ann said:", "Bob wrote: ↑", "On 6/14/2024 at 9:14 AM, Cat
/// said:"): short, ending in a colon (a jump-to-post arrow after it).
fn is_attribution(text: &str) -> bool {
    at_most_words(text, ATTRIBUTION_MAX_WORDS)
        && text
            .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '↑' | '⬆' | '▲'))
            .ends_with(':')
}

/// The longest quote attribution line [`is_attribution`] reads ("On 6/14/2024 at 9:14 AM,
/// Lisias said:" is seven words).
const ATTRIBUTION_MAX_WORDS: usize = 8;

/// On a thread, a kept line that is a post's counter rather than its words: a bare number (a
/// reaction count, a member's message count), a post's number ("#12"), a tally ("Posts:
/// 1,234", "12 likes", "Replies 154"), or a button or label alone ("Quote", "Joined"). Pasted
/// threads keep these lines among the posts.
pub fn trim_post_counters(blocks: &mut [Block], shapes: &[Shape]) {
    for (i, b) in blocks.iter_mut().enumerate() {
        let code_or_cell = shapes.get(i).is_some_and(is_code_or_cell);
        if b.keep && b.role.is_body() && !code_or_cell && is_post_counter(&b.text) {
            b.keep = false;
            b.role = Role::Boilerplate;
            b.reason = Reason::Metadata;
        }
    }
}

/// A kept block that is a script's data written out as text, not code the page shows: a JSON
/// object or array on one line (a shop's prices for its buy box, a product grid's settings),
/// which the page hides with a class of its own that no reader knows (a browser never shows it).
/// Trimmed as page metadata. HTML only: pasted text cannot tell a code listing from a line of
/// prose, and a documentation page's one-line JSON example is its content.
pub fn trim_script_data(blocks: &mut [Block], shapes: &[Shape]) {
    for (i, b) in blocks.iter_mut().enumerate() {
        let code_or_cell = shapes.get(i).is_some_and(is_code_or_cell);
        if b.keep && b.role.is_body() && !code_or_cell && is_script_data(&b.text) {
            b.keep = false;
            b.role = Role::Boilerplate;
            b.reason = Reason::Metadata;
        }
    }
}

/// A kept skip link ("Skip to content", "Skip to product information"): the first link of a
/// page, for keyboard and screen reader users to jump past its menus, never its text. Trimmed as
/// navigation, in HTML and pasted text alike.
pub fn trim_skip_links(blocks: &mut [Block]) {
    for b in blocks.iter_mut() {
        if b.keep && b.role.is_body() && is_skip_link(&b.text) {
            b.keep = false;
            b.role = Role::Boilerplate;
            b.reason = Reason::Navigation;
        }
    }
}

/// A skip link has at most this many words ("Skip to this park's information section").
const SKIP_LINK_MAX_WORDS: usize = 8;

/// See [`trim_skip_links`].
fn is_skip_link(text: &str) -> bool {
    let text = text.trim();
    if !may_open_skip_link(text) || !at_most_words(text, SKIP_LINK_MAX_WORDS) {
        return false;
    }
    let head: String = text.chars().take(40).collect::<String>().to_lowercase();
    SKIP_LINK_OPENERS.iter().any(|o| head.starts_with(o))
}

/// Whether `text` opens with a letter one of [`SKIP_LINK_OPENERS`] opens with: most lines are
/// passed over on their first byte, before anything is lower-cased.
fn may_open_skip_link(text: &str) -> bool {
    match text.as_bytes().first() {
        Some(b) if b.is_ascii() => b"sjzdapivng".contains(&b.to_ascii_lowercase()),
        Some(_) => text.starts_with(['п', 'П']),
        None => false,
    }
}

/// Shorter JSON is an example a sentence may well show (`{"id": 7}`).
const SCRIPT_DATA_MIN_BYTES: usize = 80;

/// See [`trim_script_data`]: an object or array of objects whose first key is quoted, all of
/// it valid JSON, on one line.
pub fn is_script_data(text: &str) -> bool {
    let text = text.trim();
    let shaped = text.starts_with("{\"") && text.ends_with('}')
        || text.starts_with("[{\"") && text.ends_with(']');
    shaped
        && text.len() >= SCRIPT_DATA_MIN_BYTES
        && !text.contains('\n')
        && serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok()
}

/// See [`trim_post_counters`].
fn is_post_counter(text: &str) -> bool {
    let text = text.trim();
    if text.is_empty() || !at_most_words(text, POST_COUNTER_MAX_WORDS) {
        return false;
    }
    // "1,234", "1.9k", "#12".
    let count = |w: &str| {
        let w = w.strip_prefix('#').unwrap_or(w);
        w.starts_with(|c: char| c.is_ascii_digit())
            && w.chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | 'k' | 'K' | 'm' | 'M'))
    };
    let tally = |w: &str| {
        let w = w.trim().trim_end_matches(':').to_lowercase();
        POST_TALLIES.contains(&w.as_str())
    };
    if count(text) {
        return true;
    }
    // A post's button or a member box's label on a line of its own ("Quote", "Joined").
    if POST_CONTROLS.contains(&text.to_lowercase().trim_end_matches(':')) {
        return true;
    }
    // "12 likes", or a label and its count ("Posts: 1,234", "Likes received: 5").
    match (text.split_once(' '), text.rsplit_once(' ')) {
        (Some((first, rest)), Some((label, last))) => {
            count(first) && tally(rest) || count(last) && tally(label)
        }
        _ => false,
    }
}

/// At most this many words make a post's counter ("Likes received: 1,234").
const POST_COUNTER_MAX_WORDS: usize = 4;

/// Trims `block` as a copy of block `first`.
fn trim_as_copy(block: &mut Block, first: usize) {
    block.keep = false;
    block.role = Role::Boilerplate;
    block.reason = Reason::DuplicateOf { of: first };
}

/// A heading the learned decision trimmed between two kept blocks of the article's text is a
/// section heading of that text ("1. [First Item]", a listicle's linked headings, which read as
/// link-dense menu lines to the model): it is kept, as the text it heads is. A heading is told
/// by its element as well as by its role: the rules' labelling of what they left outside the
/// article makes a short heading page furniture ("Without thead" over a kept table, trimmed as
/// navigation), and it is a heading again once kept.
pub fn keep_headings_inside_kept_text(blocks: &mut [Block], shapes: &[Shape]) {
    let text_kept =
        |b: &Block| b.keep && matches!(b.role, Role::Paragraph | Role::ListItem | Role::Quote);
    for i in 1..blocks.len().saturating_sub(1) {
        let b = &blocks[i];
        let heading_element = matches!(shapes.get(i).map(|s| &s.form), Some(Form::Heading { .. }));
        if b.keep
            || !(b.role == Role::Heading || (b.role == Role::Boilerplate && heading_element))
            || !matches!(b.reason, Reason::Navigation | Reason::RelatedLinks)
            || !at_most_words(&b.text, HEADING_KEPT_MAX_WORDS)
        {
            continue;
        }
        if text_kept(&blocks[i - 1]) && text_kept(&blocks[i + 1]) {
            blocks[i].keep = true;
            blocks[i].role = Role::Heading;
            blocks[i].reason = Reason::ArticleHeading;
        }
    }
}

/// A callout box's title the decision trimmed (a one-word "Note", read as a menu entry) while
/// it kept the box's text right under it: the title is kept, as the box's first line (without it
/// the box is written as a plain quote, its type lost).
pub fn keep_callout_titles(blocks: &mut [Block], shapes: &[Shape]) {
    let part = |i: usize| match shapes.get(i).map(|s| &s.form) {
        Some(Form::Quote {
            callout: Some(part),
            ..
        }) => Some(part),
        _ => None,
    };
    for i in 0..blocks.len().saturating_sub(1) {
        if !blocks[i].keep
            && blocks[i].role.is_body()
            && blocks[i + 1].keep
            && matches!(part(i), Some(CalloutPart::Title { .. }))
            && matches!(part(i + 1), Some(CalloutPart::Body))
        {
            blocks[i].keep_as_article_text();
        }
    }
}

/// The indices of the body blocks that show any text (images and empty blocks are no neighbours).
fn body_text_blocks(blocks: &[Block]) -> Vec<usize> {
    (0..blocks.len())
        .filter(|&i| blocks[i].role.is_body() && !blocks[i].text.trim().is_empty())
        .collect()
}

/// Fills a hole of one block in the kept text: a block the learned decision trimmed for no sign of
/// its own ("outside the article": no menu, prompt, caption or other cue named it), alone between
/// two kept blocks, is the article's (a short paragraph, a list item or a line of a recipe that
/// reads to the model like a menu entry); a short dated line there is a byline's stamp and stays
/// trimmed. Out of fold (the same fold models, with and without it): WCXB HTML 0.8530 -> 0.8536
/// (24 pages won, 17 lost), pasted 0.8096 -> 0.8104 (56 won, 13 lost), news 0.960 -> 0.961 and
/// 0.930 -> 0.931. The shipped model, scored on the pages it was trained on, loses a little (WCXB
/// 0.881 -> 0.880, pasted 0.834 -> 0.833, pasted news 0.961 -> 0.959): there it already knows
/// which lone blocks are not the article's, which on pages it has not seen it does not.
pub fn fill_one_block_holes(blocks: &mut [Block]) {
    let text = body_text_blocks(blocks);
    for w in text.windows(3) {
        let (before, hole, after) = (w[0], w[1], w[2]);
        if !blocks[before].keep
            || !blocks[after].keep
            || blocks[hole].keep
            || blocks[hole].reason != Reason::OutsideArticle
            || is_dated_line(&blocks[hole].text)
        {
            continue;
        }
        blocks[hole].keep_as_article_text();
    }
}

/// In pasted text, a paragraph of prose the learned decision trimmed with no cue of its own,
/// right beside a kept block, is the kept text's own (an article's opening or closing paragraph
/// that the model, reading lines without markup, put just outside the run). Only paragraphs of
/// [`EDGE_PROSE_MIN_WORDS`] words or more: a line of a menu or a card is shorter. Out of fold on
/// the same fold models, with and without it: WCXB pasted 0.8104 -> 0.8113 (36 pages won, 17
/// lost), news pasted 0.931 unchanged; the shipped model on its own training pages loses a
/// little (0.833 -> 0.832, news 0.959 -> 0.957). HTML, whose runs follow the markup, lost with it.
pub fn keep_prose_beside_kept_text(blocks: &mut [Block]) {
    let text = body_text_blocks(blocks);
    let beside_kept: Vec<usize> = (0..text.len())
        .filter(|&k| {
            let b = &blocks[text[k]];
            let after_kept = k > 0 && blocks[text[k - 1]].keep;
            let before_kept = text.get(k + 1).is_some_and(|&n| blocks[n].keep);
            let long = !at_most_words(&b.text, EDGE_PROSE_MIN_WORDS - 1);
            !b.keep
                && b.reason == Reason::OutsideArticle
                && (long && (after_kept || before_kept)
                    || after_kept && closes_text(blocks, &text, k))
        })
        .map(|k| text[k])
        .collect();
    for i in beside_kept {
        blocks[i].keep_as_article_text();
    }
}

/// Whether the body block `text[k]`, right after the kept text, is its closing paragraph: a
/// sentence of [`CLOSING_MIN_WORDS`] words or more, and the next block is what follows an article
/// (a "Read also" list, a teaser, share buttons, a newsletter prompt, comments): the article runs
/// until they begin. Before a menu or a copyright line, such a sentence is as often the site's own
/// blurb ("A gift shop located at…").
fn closes_text(blocks: &[Block], text: &[usize], k: usize) -> bool {
    let b = &blocks[text[k]];
    let article_end_next = text.get(k + 1).is_some_and(|&n| {
        !blocks[n].keep
            && matches!(
                blocks[n].reason,
                Reason::RelatedLinks
                    | Reason::TeaserOfAnotherStory
                    | Reason::ShareButtons
                    | Reason::NewsletterPrompt
                    | Reason::Promotion
                    | Reason::Comments
            )
    });
    article_end_next
        && !at_most_words(&b.text, CLOSING_MIN_WORDS - 1)
        && super::measure::ends_a_sentence(&b.text)
}

/// The fewest words of a closing paragraph [`closes_text`] keeps.
const CLOSING_MIN_WORDS: usize = 10;

/// The fewest words of a paragraph [`keep_prose_beside_kept_text`] keeps.
const EDGE_PROSE_MIN_WORDS: usize = 40;

/// A short line holding a date: a byline's or a post's stamp ("Text: Jane Doe · 24 September
/// 2018"), metadata between two paragraphs rather than a hole in them.
fn is_dated_line(text: &str) -> bool {
    text.split_whitespace().nth(HOLE_DATE_LINE_WORDS).is_none()
        && super::fields::dates::find_date(text).is_some()
}

/// A dated line this long or shorter is metadata to [`fill_one_block_holes`].
const HOLE_DATE_LINE_WORDS: usize = 12;

/// The longest heading [`keep_headings_inside_kept_text`] keeps.
const HEADING_KEPT_MAX_WORDS: usize = 20;

/// Trims the second copy of a kept block that the page shows exactly twice word for word: a
/// tab's text shown again for small screens, a product's description in a second panel, a
/// quoted post. Text shown three times or more is the article's own pattern (an interview's
/// question to each guest, a meal plan's "Eat every 2–3 hours") and stays; so do code and
/// table cells. On WCXB dev this lifted body F1 0.874 -> 0.878 (HTML) and 0.825 -> 0.828
/// (pasted), forums and products most; trimming every repeat lifted WCXB more but cost
/// scrapinghub's news pages.
pub fn trim_kept_repeats(blocks: &mut [Block], shapes: &[Shape]) {
    let mut keys: Vec<Option<u64>> = vec![None; blocks.len()];
    let mut counts: HashMap<u64, (u32, usize), FnvBuild> = HashMap::default();
    let mut norm = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        // A heading shown twice is a table of contents' entry and the heading itself: both stay.
        if !may_repeat(b, shapes.get(i)) {
            continue;
        }
        let Some(key) = repeat_key(&b.text, &mut norm) else {
            continue;
        };
        keys[i] = Some(key);
        counts.entry(key).or_insert((0, i)).0 += 1;
    }
    for (i, (b, key)) in blocks.iter_mut().zip(keys).enumerate() {
        if let Some(&(2, first)) = key.as_ref().and_then(|k| counts.get(k))
            && first != i
        {
            trim_as_copy(b, first);
        }
    }
}

/// Whether a block is one [`trim_kept_repeats`] and [`trim_requoted_text`] compare: kept text of
/// the body, not a heading (a table of contents repeats its headings), code or a table's cell.
fn may_repeat(b: &Block, shape: Option<&Shape>) -> bool {
    b.keep && b.role.is_body() && b.role != Role::Heading && !shape.is_some_and(is_code_or_cell)
}

/// Whether a block is code or a table's (a listing's lines and a table's cells repeat and hold
/// bare numbers on purpose).
fn is_code_or_cell(s: &Shape) -> bool {
    s.pre.is_some() || s.cell.is_some() || matches!(s.form, Form::Code { .. } | Form::Table { .. })
}

/// What two blocks with the same words share: the hash of the normalised text, for a text of at
/// least [`KEPT_REPEAT_MIN_WORDS`] words ("Add to cart" may repeat). `norm` is scratch space.
fn repeat_key(text: &str, norm: &mut Vec<u8>) -> Option<u64> {
    use std::hash::{BuildHasher, Hasher};
    normalize_into(text, norm);
    if memchr::memchr_iter(b' ', norm).count() + 1 < KEPT_REPEAT_MIN_WORDS {
        return None;
    }
    let mut h = FnvBuild.build_hasher();
    h.write(norm);
    Some(h.finish())
}

/// Every block outside the article still unlabelled gets the most specific reason available.
fn label_the_rest(cands: &[Candidate], feats: &[Features], blocks: &mut [Block]) {
    let n = cands.len();
    for i in 0..n {
        let b = &mut blocks[i];
        if b.keep || b.reason != Reason::OutsideArticle {
            continue;
        }
        b.role = Role::Boilerplate;
        let f = &feats[i];
        b.reason = if let Some(r) = f.junk.clone().or_else(|| cands[i].structure_hint.clone()) {
            r
        } else if cands[i].caption {
            Reason::PhotoCaption
        } else if f.ellipsis_end {
            Reason::TeaserOfAnotherStory
        } else if f.date_line {
            Reason::Metadata
        } else if f.link_density > LINK_DENSITY_MAX
            || (f.words <= SHORT_MAX_WORDS && !f.sentence_end)
        {
            Reason::Navigation
        } else {
            Reason::OutsideArticle
        };
    }
}

fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().take(n + 1).collect();
    if words.len() > n {
        format!("{}…", words[..n].join(" "))
    } else {
        words.join(" ")
    }
}

fn next_is_prose(classes: &[Class], i: usize, end: usize) -> bool {
    classes[i + 1..=end.max(i)]
        .iter()
        .take(2)
        .any(|c| matches!(c, Class::Good | Class::Near))
}

/// The article's main run in pasted text: the stretch of blocks, bridged over gaps of at most
/// `MAX_GAP_BLOCKS` non-prose blocks, that holds the most prose. A comments heading ends a run,
/// and runs after it (the comments themselves) count for less.
fn main_run(
    classes: &[Class],
    feats: &[Features],
    weights: &[f32],
    rows: &[bool],
    cands: &[Candidate],
) -> (Option<usize>, Option<usize>, Vec<(usize, usize)>) {
    let n = classes.len();
    let mut best: Option<(f32, usize, usize)> = None; // (score, start, end)
    let mut runs: Vec<(f32, usize, usize)> = Vec::new();
    let weighted = |j: usize| {
        let consecutive = classes[j] == Class::Good
            && ((j > 0 && classes[j - 1] == Class::Good)
                || classes.get(j + 1) == Some(&Class::Good));
        let w = if consecutive { 1.0 } else { weights[j] };
        (feats[j].chars.min(BLOCK_SCORE_CAP) as f32 * w) as usize
    };
    // A long table or list (a standings table, a race calendar) can be the article itself: its
    // rows anchor a run.
    let mut long_rows = vec![false; n];
    let mut k = 0;
    while k < n {
        let mut m = k;
        while m < n && rows[m] && classes[m] != Class::Bad {
            m += 1;
        }
        if m - k >= LONG_TABLE_ROWS {
            long_rows[k..m].iter_mut().for_each(|r| *r = true);
        }
        k = m.max(k + 1);
    }
    let mut in_comments = false;
    let mut i = 0;
    while i < n {
        // "0 Comments" says that none follow.
        let zero_count = cands[i].text.split_whitespace().next() == Some("0");
        if feats[i].junk == Some(Reason::Comments) && !zero_count && best.is_some() {
            // A reader's comment head ("Jane on May 5 at 4:47 pm said:") is unmistakable; a
            // "Comments" link needs an article-sized run before it.
            let head = cands[i].text.trim_end().ends_with(':');
            if head || best.is_some_and(|(s, _, _)| s >= COMMENTS_MIN_PRIOR_SCORE) {
                in_comments = true;
            }
        }
        // On a page that sets paragraphs apart with blank lines, only such a paragraph starts a
        // run, and prose packed line by line (teaser cards) does not carry one on.
        // Consecutive prose lines are paragraphs even without blank lines (a CNN-style page).
        let anchors = |j: usize| {
            long_rows[j]
                || classes[j] == Class::Good
                    && (weights[j] >= 1.0
                        || (j > 0 && classes[j - 1] == Class::Good)
                        || classes.get(j + 1) == Some(&Class::Good))
        };
        if !anchors(i) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        let mut score = 0usize;
        let mut pending = 0usize;
        let mut j = i;
        let mut gap = 0;
        while j < n {
            // A table or list inside the article does not break its run.
            let row = classes[j] != Class::Bad && rows[j];
            match classes[j] {
                _ if long_rows[j] => {
                    score += feats[j].chars.min(BLOCK_SCORE_CAP) + pending;
                    pending = 0;
                    end = j;
                    gap = 0;
                }
                _ if row => pending += weighted(j) / 4,
                Class::Good if !anchors(j) => {
                    gap += 1;
                    pending += weighted(j);
                }
                Class::Good => {
                    score += weighted(j) + pending;
                    pending = 0;
                    end = j;
                    gap = 0;
                }
                Class::Near => {
                    gap += 1;
                    pending += weighted(j) / 2;
                }
                Class::Short => gap += 1,
                Class::Bad if feats[j].junk == Some(Reason::Comments) => break,
                Class::Bad => gap += 2,
            }
            if gap > MAX_GAP_BLOCKS {
                break;
            }
            j += 1;
        }
        let weight = if in_comments {
            COMMENTS_RUN_WEIGHT
        } else {
            1.0
        };
        let score = score as f32 * weight;
        if best.is_none_or(|(s, _, _)| score > s) {
            best = Some((score, start, end));
        }
        if !in_comments {
            runs.push((score, start, end));
        }
        i = j.max(i + 1);
    }
    let Some((best_score, s, e)) = best else {
        return (None, None, Vec::new());
    };
    // An article cut in two by a box of teasers: a strong run close to the best one is part of
    // the article too.
    let extra = runs
        .iter()
        .filter(|&&(score, rs, re)| {
            (rs, re) != (s, e)
                && re > rs
                && score >= RUN_MERGE_SHARE * best_score
                && (rs.abs_diff(e) <= RUN_MERGE_DISTANCE || re.abs_diff(s) <= RUN_MERGE_DISTANCE)
        })
        .map(|&(_, rs, re)| (rs, re))
        .collect();
    (Some(s), Some(e), extra)
}

/// How much each block's text counts in the search for the main run. A browser's copy puts a
/// blank line around paragraphs (`<p>` has margins) but not between the items of a menu or a
/// list of teasers, so on a page that uses blank lines, prose without them counts for less.
fn paragraph_weights(cands: &[Candidate], classes: &[Class]) -> Vec<f32> {
    let n = cands.len();
    let isolated: Vec<bool> = (0..n)
        .map(|i| cands[i].after_blank || cands.get(i + 1).is_none_or(|c| c.after_blank))
        .collect();
    let good_isolated = (0..n)
        .filter(|&i| classes[i] == Class::Good && isolated[i])
        .count();
    if good_isolated < MIN_BLANK_SEPARATED_PARAGRAPHS {
        return vec![1.0; n];
    }
    isolated
        .iter()
        .map(|&iso| if iso { 1.0 } else { TIGHT_LINE_WEIGHT })
        .collect()
}

/// For HTML, the region is given by the structure: the first and last blocks inside the chosen
/// container that are not boilerplate.
fn main_region_from_structure(
    cands: &[Candidate],
    classes: &[Class],
    feats: &[Features],
) -> (Option<usize>, Option<usize>) {
    let inside: Vec<usize> = cands
        .iter()
        .enumerate()
        .filter(|(i, c)| c.in_main == Some(true) && classes[*i] != Class::Bad)
        .map(|(i, _)| i)
        .collect();
    // The region ends with its last prose block, or the list or quote right after it: short
    // lines after the prose are the container's widgets ("Top Video", "Don't Miss").
    let widget_like = |i: usize| {
        classes[i] == Class::Short
            && cands[i].role != Some(Role::ListItem)
            && (cands[i].role == Some(Role::Heading)
                || (feats[i].words <= SHORT_MAX_WORDS && !feats[i].sentence_end))
    };
    let mut end = inside.len();
    while end > 1 && widget_like(inside[end - 1]) {
        end -= 1;
    }
    (
        inside.first().copied(),
        end.checked_sub(1).map(|e| inside[e]),
    )
}

/// A block as the rules left it: kept or not, its role and its reason.
pub type RulesVerdict = (bool, Role, Reason);

/// The words a story keeps above its comment section, at least.
const STORY_ABOVE_COMMENTS_MIN_WORDS: usize = 50;

/// Under a story's comment section ("109 Comments", "34 responses to …"), the readers'
/// comments the rules trimmed stay trimmed: the model, which learned from threads whose
/// replies are their content, kept "Amy says / February 5, 2019 at 11:30 am / … / Reply" under
/// a pasted recipe. Only where the rules read the section as the page's end: its header is the
/// first line they gave to comments below the article's start, it does not say "0 comments"
/// (a listing's teasers count theirs too) or end with a colon (a comment's own head, or the
/// article's "Here is what he says:"), and they kept under it at most a quarter
/// of the words they kept above, and at least [`STORY_ABOVE_COMMENTS_MIN_WORDS`] are kept above
/// it. `by_the_rules` is each block's keep and reason before the model decided. WCXB's pasted
/// articles 0.926 -> 0.928 (9 pages up, 1 down: a post's "Leave a comment" button mid-way), the
/// news pages pasted 0.953 -> 0.959.
pub fn trim_comment_thread(blocks: &mut [Block], by_the_rules: &[RulesVerdict]) {
    let Some(first_kept) = blocks.iter().position(|b| b.keep && b.role.is_body()) else {
        return;
    };
    let n = blocks.len().min(by_the_rules.len());
    let Some(header) = (first_kept + 1..n).find(|&i| by_the_rules[i].2 == Reason::Comments) else {
        return;
    };
    let text = blocks[header].text.trim();
    if text.split_whitespace().next() == Some("0") || text.ends_with(':') {
        return;
    }
    // The words of the body blocks in `range` that `kept` keeps.
    let words = |range: std::ops::Range<usize>, kept: &dyn Fn(usize) -> bool| -> usize {
        range
            .filter(|&i| kept(i) && blocks[i].role.is_body())
            .map(|i| whitespace_words(&blocks[i].text))
            .sum()
    };
    let by_rules = |i: usize| by_the_rules[i].0;
    if words(header + 1..n, &by_rules) * 4 > words(0..header, &by_rules)
        // An article's worth of text above it: a thread's opening post under a count of its
        // replies is not a story.
        || words(0..header, &|i| blocks[i].keep) < STORY_ABOVE_COMMENTS_MIN_WORDS
    {
        return;
    }
    for i in header + 1..n {
        let b = &mut blocks[i];
        if b.keep
            && !by_the_rules[i].0
            && b.role.is_body()
            && !matches!(b.reason, Reason::UsedAsField { .. })
        {
            b.keep = false;
            b.reason = by_the_rules[i].2.clone();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kept(text: &str) -> Block {
        Block::new(text, Role::Paragraph, true, Reason::ArticleText)
    }

    fn trimmed(text: &str) -> Block {
        Block::new(text, Role::Paragraph, false, Reason::Navigation)
    }

    #[test]
    fn a_threads_author_is_the_name_heading_its_first_kept_post() {
        let title = |text: &str| Block::new(text, Role::Title, true, Reason::ArticleText);
        let mut blocks = vec![kept("sidebar_member")];
        // A member list far above the thread is no post's.
        blocks.extend((0..POST_AUTHOR_REACH).map(|_| trimmed("Menu")));
        blocks.extend([
            title("Turning off all LED of RPi 5"),
            trimmed("Locked"),
            kept("b.scherer"),
            kept("Hi, I just got my new board and I wanted to disable all its lights."),
            kept("jahboater"),
            kept("This works on the Pi 5 to turn off the bright lights."),
        ]);
        let at = |text: &str| blocks.iter().position(|b| b.text == text).expect("a block");
        let mut shapes = vec![Shape::default(); blocks.len()];
        for name in ["sidebar_member", "b.scherer", "jahboater"] {
            shapes[at(name)].post_author = true;
        }
        assert_eq!(first_poster(&blocks, &shapes).as_deref(), Some("b.scherer"));
        // No name the page marks: no author from here.
        assert_eq!(
            first_poster(&blocks, &vec![Shape::default(); blocks.len()]),
            None
        );
        // A first post headed by the thread's title, under its author's name.
        let blocks = vec![
            kept("microfast"),
            trimmed("Registered User"),
            title("Wrong refresh rate"),
            kept("Hi to all, I have tested a new card with a movie and it stutters."),
        ];
        let mut shapes = vec![Shape::default(); blocks.len()];
        shapes[0].post_author = true;
        assert_eq!(first_poster(&blocks, &shapes).as_deref(), Some("microfast"));
    }

    #[test]
    fn a_heading_between_kept_text_is_kept_as_a_heading_whatever_the_rules_called_it() {
        let furniture = |text: &str| Block::new(text, Role::Boilerplate, false, Reason::Navigation);
        let mut blocks = vec![
            kept("Each language has its strengths and trade-offs."),
            // An `<h2>` the rules labelled as a menu line once they left it out of the article.
            furniture("Without thead"),
            kept("Name Score Alice 95 Bob 87"),
            // A short line that is no heading element stays trimmed between kept text.
            furniture("Share"),
            kept("The second table lists each student."),
            // A heading above trimmed text stays trimmed.
            furniture("Related"),
            trimmed("Another story"),
        ];
        let heading = Shape {
            form: Form::Heading {
                level: 2,
                number: None,
            },
            ..Shape::default()
        };
        let mut shapes = vec![Shape::default(); blocks.len()];
        shapes[1] = heading.clone();
        shapes[5] = heading;
        keep_headings_inside_kept_text(&mut blocks, &shapes);
        assert!(blocks[1].keep);
        assert_eq!(blocks[1].role, Role::Heading);
        assert_eq!(blocks[1].reason, Reason::ArticleHeading);
        assert!(!blocks[3].keep);
        assert_eq!(blocks[3].role, Role::Boilerplate);
        assert!(!blocks[5].keep);
    }

    #[test]
    fn skip_links_are_trimmed_and_sentences_about_skipping_stay() {
        let mut blocks = vec![
            kept("Skip to product information"),
            kept("Skip to: main content"),
            kept("Zum Inhalt springen"),
            kept("Aller au contenu principal"),
            kept(
                "Skip to the end of this recipe if you only want the timings and the oven's heat.",
            ),
            kept("Skipping breakfast is a habit many people fall into when mornings are busy."),
            kept("Skip"),
        ];
        trim_skip_links(&mut blocks);
        let kept: Vec<bool> = blocks.iter().map(|b| b.keep).collect();
        assert_eq!(kept, [false, false, false, false, true, true, true]);
        assert_eq!(blocks[0].reason, Reason::Navigation);
        // The first-letter filter lets every opener through, in either case.
        for opener in SKIP_LINK_OPENERS {
            assert!(may_open_skip_link(opener), "{opener}");
            assert!(may_open_skip_link(&opener.to_uppercase()), "{opener}");
        }
    }

    #[test]
    fn a_script_data_line_is_trimmed_and_json_a_page_shows_stays() {
        let data = r#"{"buybox_group":[{"displayPrice":"EUR 15.49","priceAmount":15.49,"currencySymbol":"EUR","locale":"en-US"}]}"#;
        let listed =
            r#"[{"painterId":"AsinGridWidget","hostPageType":"BROWSE","asins":["B0CX1","B0CX2"]}]"#;
        let example = r#"{"id": 7, "name": "A short example"}"#;
        let prose = r#"{"This looks like data": but it is a sentence a page wrote, with a brace at each end of it}"#;
        let pretty = "{\n  \"id\": \"ch_3MmlLrLkdIwHu7ix0snN0B15\",\n  \"object\": \"charge\",\n  \"amount\": 1099\n}";
        let mut blocks = vec![
            kept(data),
            kept(listed),
            kept(example),
            kept(prose),
            kept(pretty),
        ];
        let mut shapes = vec![Shape::default(); blocks.len()];
        // The same data inside `<pre>` is a code listing the page shows.
        blocks.push(kept(data));
        shapes.push(Shape {
            pre: Some(1),
            ..Shape::default()
        });
        trim_script_data(&mut blocks, &shapes);
        let kept: Vec<bool> = blocks.iter().map(|b| b.keep).collect();
        assert_eq!(kept, [false, false, true, true, true, true]);
        assert_eq!(blocks[0].reason, Reason::Metadata);
        assert_eq!(blocks[0].reason.to_string(), "page metadata");
    }

    #[test]
    fn readers_comments_under_a_pasted_story_stay_trimmed() {
        let story = "The spray keeps cabbage worms and aphids off the leaves for a week or two at a \
                     time, and it costs next to nothing to make from what is in the kitchen.";
        let lines = [
            story,
            story,
            "109 Comments",
            "Amy says",
            "February 5, 2019 at 11:30 am",
            "That is interesting! Mine were really lacey last year.",
            "Reply",
        ];
        // The rules kept the story and trimmed the section; the model kept it all.
        let by_the_rules: Vec<RulesVerdict> = lines
            .iter()
            .enumerate()
            .map(|(i, _)| match i {
                0 | 1 => (true, Role::Paragraph, Reason::ArticleText),
                2 => (false, Role::Paragraph, Reason::Comments),
                _ => (false, Role::Boilerplate, Reason::OutsideArticle),
            })
            .collect();
        let decided = |header: &str| {
            let mut blocks: Vec<Block> = lines.iter().map(|t| kept(t)).collect();
            blocks[2] = Block::new(header, Role::Paragraph, false, Reason::Comments);
            trim_comment_thread(&mut blocks, &by_the_rules);
            blocks.iter().map(|b| b.keep).collect::<Vec<_>>()
        };
        assert_eq!(
            decided("109 Comments"),
            [true, true, false, false, false, false, false]
        );
        // "0 comments" heads nothing, and a line ending with a colon may be the story's own.
        assert!(decided("0 comments")[3..].iter().all(|&k| k));
        assert!(decided("Here is what my son says:")[3..].iter().all(|&k| k));
        // A thread's short opening post under a count of its replies is not a story.
        let mut blocks: Vec<Block> = lines.iter().map(|t| kept(t)).collect();
        blocks[0].text = "Which spray works on aphids?".into();
        blocks[1].text = "Mine are everywhere.".into();
        blocks[2] = Block::new("12 replies", Role::Paragraph, false, Reason::Comments);
        trim_comment_thread(&mut blocks, &by_the_rules);
        assert!(blocks[3..].iter().all(|b| b.keep));
    }

    #[test]
    fn a_post_quoted_by_two_replies_is_kept_once_and_each_reply_keeps_its_own_words() {
        let question = "Which tent held up best in the winter storms last year?";
        let heading = |text: &str| Block::new(text, Role::Heading, true, Reason::ArticleHeading);
        let quote = |text: &str| Block::new(text, Role::Quote, true, Reason::ArticleText);
        let mut blocks = vec![
            heading("Re: winter tents for the hills"),
            kept("Mar 27, 2025"),
            kept(question),
            heading("Re: winter tents for the hills"),
            kept("Mar 27, 2025"),
            quote(question),
            kept("The geodesic one, no contest."),
            heading("Re: winter tents for the hills"),
            kept("Mar 27, 2025"),
            quote(question),
            kept("Mine folded in the first gale."),
            // Code is shown twice on purpose.
            kept("cargo run --release --example train"),
            kept("cargo run --release --example train"),
        ];
        let mut shapes = vec![Shape::default(); blocks.len()];
        for code in &mut shapes[11..] {
            code.form = Form::Code {
                language: None,
                item: None,
            };
        }
        trim_requoted_text(&mut blocks, &shapes);
        let trimmed: Vec<usize> = (0..blocks.len()).filter(|&i| !blocks[i].keep).collect();
        assert_eq!(trimmed, [5, 9]);
        assert_eq!(blocks[5].reason, Reason::DuplicateOf { of: 2 });
        assert_eq!(blocks[9].reason, Reason::DuplicateOf { of: 2 });
    }

    #[test]
    fn a_quoted_list_is_trimmed_whole_with_its_items_too_short_to_compare_alone() {
        let item = |text: &str| Block::new(text, Role::ListItem, true, Reason::ArticleText);
        let mut blocks = vec![
            kept("My profile for the new headphones, in order of what matters most:"),
            item("Closed back"),
            item("Wide stage"),
            item("Good instrument separation"),
            item("Neutral sound profile"),
            kept("Thanks a lot in advance, and happy listening to all of you."),
            // A reply quoting the list, then its own words.
            kept("My profile for the new headphones, in order of what matters most:"),
            item("Closed back"),
            item("Wide stage"),
            item("Good instrument separation"),
            item("Neutral sound profile"),
            kept("Wide stage"),
            kept("Might also consider the open ones, they are lovely."),
        ];
        let shapes = vec![Shape::default(); blocks.len()];
        trim_requoted_text(&mut blocks, &shapes);
        let trimmed: Vec<usize> = (0..blocks.len()).filter(|&i| !blocks[i].keep).collect();
        // The reply's own "Wide stage" follows no copy's neighbour: it stays.
        assert_eq!(trimmed, [6, 7, 8, 9, 10]);
        assert_eq!(blocks[7].reason, Reason::DuplicateOf { of: 1 });
        assert_eq!(blocks[8].reason, Reason::DuplicateOf { of: 2 });
    }

    #[test]
    fn a_trimmed_quotes_attribution_its_date_and_its_expander_go_with_it() {
        let post = "The geodesic tent held up in the gales, the tunnel one did not.";
        let mut blocks = vec![
            kept(post),
            // A reply quoting a reply that quotes the post, with phpBB's date under the name.
            kept("Bob wrote: ↑"),
            kept("Sun Dec 17, 2023 11:23 am"),
            kept("Ann wrote:"),
            kept(post),
            kept("Click to expand..."),
            kept("Mine folded in the first gale, so I agree with both of you:"),
            kept("Buy the geodesic one and keep the receipt for the other."),
        ];
        let shapes = vec![Shape::default(); blocks.len()];
        trim_requoted_text(&mut blocks, &shapes);
        let trimmed: Vec<usize> = (0..blocks.len()).filter(|&i| !blocks[i].keep).collect();
        // A line of the reply's own ending in a colon stays: what follows is not a copy.
        assert_eq!(trimmed, [1, 2, 3, 4, 5]);
        assert!(
            trimmed
                .iter()
                .all(|&i| blocks[i].reason == Reason::DuplicateOf { of: 0 })
        );
    }

    #[test]
    fn a_threads_counters_are_trimmed_and_a_posts_words_and_code_are_not() {
        let mut blocks = vec![
            kept("#12"),
            kept("1,234"),
            kept("Posts: 98"),
            kept("3 Likes"),
            kept("Likes received: 1.9k"),
            kept("Replies 154"),
            kept("42"),
            kept("We went in February with a geodesic tent and it was fine."),
            kept("3 tents"),
            kept("Posts from the ridge"),
            kept("Quote"),
            kept("Joined:"),
        ];
        let mut shapes = vec![Shape::default(); blocks.len()];
        // A listing's line that is a number stays.
        shapes[6].form = Form::Code {
            language: None,
            item: None,
        };
        trim_post_counters(&mut blocks, &shapes);
        let trimmed: Vec<usize> = (0..blocks.len()).filter(|&i| !blocks[i].keep).collect();
        assert_eq!(trimmed, [0, 1, 2, 3, 4, 5, 10, 11]);
        assert_eq!(blocks[2].reason, Reason::Metadata);
    }

    #[test]
    fn a_members_join_date_under_a_joined_label_is_not_the_posts_date() {
        let name = Shape {
            post_author: true,
            ..Shape::default()
        };
        let mut blocks = vec![
            trimmed("Mar 27, 2025 at 9:14 PM Post #2 of 7"),
            trimmed("Ann"),
            trimmed("Joined"),
            trimmed("Feb 16, 2015"),
            kept("Might also consider adding the closed ones to that list."),
        ];
        let mut shapes = vec![Shape::default(); blocks.len()];
        shapes[1] = name;
        keep_post_bylines(&mut blocks, &mut shapes);
        assert!(blocks[1].keep);
        assert!(!blocks[3].keep, "the member's join date is not the post's");
    }

    #[test]
    fn a_name_the_decision_kept_gets_its_posts_date_and_keeps_its_reason() {
        let name = Shape {
            post_author: true,
            ..Shape::default()
        };
        let mut blocks = vec![
            kept("Bob"),
            trimmed("Mar 28, 2025"),
            kept("We went in February with a geodesic tent and it was fine."),
        ];
        let mut shapes = vec![name, Shape::default(), Shape::default()];
        keep_post_bylines(&mut blocks, &mut shapes);
        assert_eq!(blocks[0].reason, Reason::ArticleText);
        assert!(blocks[1].keep);
        assert_eq!(blocks[1].reason, Reason::PostByline);
    }

    #[test]
    fn a_posts_header_line_with_its_name_and_date_is_kept_over_its_post() {
        // The name is a link inside the line; the date and the post's number follow it.
        let header = Shape {
            names_post_author: true,
            ..Shape::default()
        };
        let mut blocks = vec![
            kept("Ann January 28, 2024, 3:36pm 1"),
            kept("We order certificates for our customers through an ACME client."),
            trimmed("Bob January 28, 2024, 4:31pm 2"),
            kept("Have you seen the announcement? It should answer your question."),
            // A line naming a member without a date is not a post's header.
            trimmed("Bob and Cat answered these questions over many years"),
            kept("A paragraph under a line that names members."),
            // Over a post the decision trimmed, the header stays trimmed too.
            trimmed("Dan January 29, 2024, 6:17am 3"),
            trimmed("Buy our certificates at the shop, ten per cent off this week."),
        ];
        let mut shapes = vec![
            header.clone(),
            Shape::default(),
            header.clone(),
            Shape::default(),
            header.clone(),
            Shape::default(),
            header,
            Shape::default(),
        ];
        keep_post_bylines(&mut blocks, &mut shapes);
        let kept: Vec<bool> = blocks.iter().map(|b| b.keep).collect();
        assert_eq!(kept, [true, true, true, true, false, true, false, false]);
        assert_eq!(blocks[0].reason, Reason::ArticleText);
        assert_eq!(blocks[2].reason, Reason::PostByline);
    }

    #[test]
    fn a_members_signature_under_a_post_is_trimmed() {
        let signed = Shape {
            signature: true,
            ..Shape::default()
        };
        let mut blocks = vec![
            kept("We went in February with a geodesic tent and it was fine."),
            kept("Walking the hills since 1999, with a flask of tea for every summit."),
        ];
        let shapes = vec![Shape::default(), signed];
        trim_signatures(&mut blocks, &shapes);
        assert!(blocks[0].keep);
        assert!(!blocks[1].keep);
        assert_eq!(blocks[1].reason, Reason::Signature);
        assert_eq!(blocks[1].reason.to_string(), "a member's signature");
    }

    #[test]
    fn a_kept_posts_name_and_date_are_kept_and_a_list_of_members_is_not() {
        let name = Shape {
            post_author: true,
            ..Shape::default()
        };
        let plain = Shape::default();
        // Forum software lists the post's date as an item of a row of links.
        let listed = Shape {
            form: Form::ListItem {
                ordered: false,
                depth: 0,
                number: 0,
                continues: false,
            },
            ..Shape::default()
        };
        let mut blocks = vec![
            trimmed("Ann"),
            trimmed("Member"),
            trimmed("Joined"),
            trimmed("Oct 25, 2017"),
            trimmed("Mar 27, 2025"),
            kept("I bought the two-person tent last spring and it held up in gales."),
            trimmed("Bob"),
            kept("We went in February with a geodesic tent and it was fine."),
            // A name whose post the decision trimmed heads nothing kept.
            trimmed("Cat"),
            trimmed("Buy our tents at the shop, ten per cent off this week."),
            trimmed("Members online"),
            trimmed("Dan"),
            trimmed("Eve"),
            // Longer than a name: an author's box with more in it.
            trimmed("Fay joined in 2019 and posts about gear"),
            kept("A last kept paragraph of the page, below the members' list."),
        ];
        let shapes = [
            &name, &plain, &plain, &plain, &listed, &plain, &name, &plain, &name, &plain, &plain,
            &name, &name, &name, &plain,
        ]
        .map(Shape::clone);
        let mut shapes = shapes;
        keep_post_bylines(&mut blocks, &mut shapes);
        let bylines: Vec<&str> = blocks
            .iter()
            .filter(|b| b.keep && b.reason == Reason::PostByline)
            .map(|b| b.text.as_str())
            .collect();
        // The post's date, not the member's.
        assert_eq!(bylines, ["Ann", "Mar 27, 2025", "Bob"]);
        // The date is a line under the name, not a list of one.
        assert_eq!(shapes[4].form, Form::Plain);
        assert_eq!(blocks[4].role, Role::Paragraph);
        assert!(blocks.iter().filter(|b| b.keep).all(|b| b.text != "Dan"));
    }

    #[test]
    fn a_kept_block_shown_twice_keeps_its_first_copy_and_a_pattern_stays() {
        let twice = "Superfine fibres feel soft and help regulate temperature.";
        let pattern = "What inspired you to start cooking?";
        let mut blocks = vec![
            kept(twice),
            kept(pattern),
            kept("I always loved to cook for friends."),
            kept(pattern),
            kept("My grandmother taught me."),
            kept(pattern),
            kept(twice),
            kept("Buy now"),
            kept("Buy now"),
            kept("cargo build --release"),
            kept("cargo build --release"),
            Block::new(
                "Prepare the USB stick",
                Role::Heading,
                true,
                Reason::ArticleHeading,
            ),
            Block::new(
                "Prepare the USB stick",
                Role::Heading,
                true,
                Reason::ArticleHeading,
            ),
        ];
        let mut shapes = vec![Shape::default(); blocks.len()];
        let code = Form::Code {
            language: None,
            item: None,
        };
        shapes[9].form = code.clone();
        shapes[10].form = code;
        trim_kept_repeats(&mut blocks, &shapes);
        let trimmed: Vec<usize> = (0..blocks.len()).filter(|&i| !blocks[i].keep).collect();
        assert_eq!(trimmed, vec![6]);
        assert_eq!(blocks[6].reason, Reason::DuplicateOf { of: 0 });
        assert_eq!(blocks[6].role, Role::Boilerplate);
    }

    #[test]
    fn a_callout_title_stays_above_its_kept_text() {
        let title = || Form::Quote {
            depth: 1,
            callout: Some(CalloutPart::Title {
                kind: "note".into(),
                fold: String::new(),
            }),
        };
        let body = Form::Quote {
            depth: 1,
            callout: Some(CalloutPart::Body),
        };
        let menu = |text: &str| Block::new(text, Role::Boilerplate, false, Reason::Navigation);
        let mut blocks = vec![
            kept("The decorator fills in the comparison methods a class leaves out."),
            menu("Note"),
            kept("It does come at the cost of slower execution."),
            // A box whose text is trimmed too stays trimmed, and so does a trimmed "Note" that
            // is no box's title.
            menu("Warning"),
            menu("Deprecated since 3.2."),
            menu("Note"),
            kept("Added in version 3.2."),
        ];
        let mut shapes = vec![Shape::default(); blocks.len()];
        shapes[1].form = title();
        shapes[2].form = body.clone();
        shapes[3].form = title();
        shapes[4].form = body;
        keep_callout_titles(&mut blocks, &shapes);
        let kept: Vec<usize> = (0..blocks.len()).filter(|&i| blocks[i].keep).collect();
        assert_eq!(kept, vec![0, 1, 2, 6]);
        assert_eq!(blocks[1].reason, Reason::ArticleText);
    }

    #[test]
    fn a_hole_of_one_block_in_the_kept_text_is_filled() {
        let trimmed =
            |text: &str, reason: Reason| Block::new(text, Role::Boilerplate, false, reason);
        let mut blocks = vec![
            kept("The soup simmers for an hour while the beans soften."),
            trimmed("Add salt to taste.", Reason::OutsideArticle),
            kept("Serve it hot with bread."),
            // A block a cue named (a newsletter prompt) stays trimmed.
            trimmed(
                "Sign up for our recipes newsletter",
                Reason::NewsletterPrompt,
            ),
            kept("Leftovers keep for three days in the fridge."),
            // Two trimmed blocks in a row are not a hole of one.
            trimmed("More soups", Reason::OutsideArticle),
            trimmed("Tomato soup", Reason::OutsideArticle),
            kept("Freeze it in portions for up to a month."),
            // A byline's stamp between two paragraphs is metadata, not a hole.
            trimmed("By Jane Doe · 5 May 2025", Reason::OutsideArticle),
            kept("Reheat it gently, with a splash of water."),
            // Nothing kept after it: not a hole.
            trimmed("Comments are closed.", Reason::OutsideArticle),
        ];
        fill_one_block_holes(&mut blocks);
        let kept: Vec<usize> = (0..blocks.len()).filter(|&i| blocks[i].keep).collect();
        assert_eq!(kept, vec![0, 1, 2, 4, 7, 9]);
        assert_eq!(blocks[1].role, Role::Paragraph);
        assert_eq!(blocks[1].reason, Reason::ArticleText);
    }

    #[test]
    fn pasted_prose_beside_the_kept_text_is_kept() {
        let prose = "The valley's farmers have planted the same three crops for a century, and \
                     this year the co-operative asked them to try a fourth, a drought-hardy \
                     millet, on a tenth of their land, with seed and advice paid for by the \
                     region and a buyer already signed for the harvest.";
        let trimmed =
            |text: &str, reason: Reason| Block::new(text, Role::Boilerplate, false, reason);
        let mut blocks = vec![
            trimmed("Home", Reason::Navigation),
            trimmed(prose, Reason::OutsideArticle),
            kept("Most said yes within a week."),
            kept("The first sowing is in March."),
            // Short: a line of a menu or a card, not the article's paragraph.
            trimmed("More from the valley", Reason::OutsideArticle),
            trimmed(prose, Reason::OutsideArticle),
            kept("The harvest is sold before it is sown."),
            // Named by a cue: stays trimmed beside kept text.
            trimmed(prose, Reason::Comments),
            // Beside no kept block: stays trimmed.
            trimmed(prose, Reason::OutsideArticle),
        ];
        keep_prose_beside_kept_text(&mut blocks);
        let kept: Vec<usize> = (0..blocks.len()).filter(|&i| blocks[i].keep).collect();
        assert_eq!(kept, vec![1, 2, 3, 5, 6]);
        assert_eq!(blocks[1].role, Role::Paragraph);
    }

    #[test]
    fn a_closing_sentence_before_named_furniture_is_kept() {
        let closing = "Residents had asked for a safe route into town for years and welcomed the \
                       decision.";
        let trimmed =
            |text: &str, reason: Reason| Block::new(text, Role::Boilerplate, false, reason);
        let page = |closing: &str, next: Reason| {
            let mut blocks = vec![
                kept("The council voted on Tuesday to build the new cycle path."),
                trimmed(closing, Reason::OutsideArticle),
                trimmed("Read also:", next),
            ];
            keep_prose_beside_kept_text(&mut blocks);
            blocks[1].keep
        };
        // Under the kept text, before a "Read also" list: the article's last paragraph.
        assert!(page(closing, Reason::RelatedLinks));
        // Before a block no cue named, the article may have ended already.
        assert!(!page(closing, Reason::OutsideArticle));
        // A line cut short, or too short to be a paragraph, is a teaser or a menu entry.
        assert!(!page(
            "Residents had asked for a safe route into town for years and...",
            Reason::RelatedLinks
        ));
        assert!(!page("More from the council.", Reason::RelatedLinks));
    }

    #[test]
    fn a_paragraph_the_description_repeats_stays_in_the_body() {
        // The page's description is its lead paragraph, word for word (a news story's first
        // paragraph, a forum thread's question): the paragraph is the article's first, and the
        // description goes to the summary as well.
        let lead = "WASHINGTON — The ambassador, the most anticipated witness of the inquiry, is \
                    likely to be unpredictable when he faces questions on Wednesday.";
        let html = format!(
            "<html><head><title>Witness to testify</title>\
             <meta name=\"description\" content=\"{lead}\"></head><body><article>\
             <h1>Witness to testify</h1><p>{lead}</p>\
             <p>He is more directly entangled than any witness yet in the efforts the inquiry \
             looks into, and his account has changed twice since the hearings began.</p>\
             <p>The committee expects him to answer every question it sends him in writing \
             before the public session, his lawyer said on Monday evening.</p>\
             </article></body></html>"
        );
        let article = crate::extract::extract(&html, crate::extract::Format::Html);
        assert_eq!(article.summary.as_deref(), Some(lead));
        let body: Vec<&str> = article.kept_body().map(|b| b.text.as_str()).collect();
        assert_eq!(body.first().copied(), Some(lead), "{body:#?}");
    }
}
