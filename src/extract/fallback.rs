//! Never an empty clipping: what the engine does when the page's visible text is not where its
//! article is.
//!
//! Some pages ship their whole article inside hidden elements and reveal it with a script (a
//! streamed server render keeps each chunk in a `hidden` element until it is moved into place; a
//! page hides its body until its fonts load). Read as written, they show nothing. When the
//! visible prose is far less than the hidden prose, the page is read again with hidden elements
//! shown, as the browser would after its scripts ran.

use super::inputs::{self, Cue, Row};
use super::{Article, Reason, Role};

/// A hidden text run this long (bytes) counts as prose: menu items and labels are shorter.
pub const PROSE_RUN_BYTES: usize = 80;
/// A body with fewer words than this is thin: the page is read again when it hides prose.
const THIN_BODY_WORDS: usize = 100;
/// Hidden prose worth reading: at least about a hundred words, so that a hidden dialog or menu
/// alone does not cost a second reading.
const HIDDEN_MIN_BYTES: usize = 600;

/// Hidden text of any length worth reading for a thin body: a page whose script moves a grid of
/// short items (a shop's listings, each a title and a price) into place hides no prose run, but
/// a few pages of them. (On WCXB dev at 2,000 bytes two pages are read again, both better; at
/// 500 bytes two more were lost to the hidden menus read with them.)
const HIDDEN_TEXT_MIN_BYTES: usize = 2_000;

/// Whether the article came out thin while the page hid `hidden_prose` bytes of prose and
/// `hidden_text` bytes of text in all. An empty body is worth a second reading for any hidden
/// prose at all (a post shown in an overlay that a script opens): the alternative is an empty
/// clipping.
pub fn worth_reading_hidden(article: &Article, hidden_prose: usize, hidden_text: usize) -> bool {
    // Most pages hide no prose: the body's words are counted only when it matters.
    hidden_prose >= HIDDEN_MIN_BYTES && kept_words_below(article, THIN_BODY_WORDS).is_some()
        || hidden_prose >= PROSE_RUN_BYTES && !has_kept_words(article)
        || hidden_text >= HIDDEN_TEXT_MIN_BYTES
            && kept_words_below(article, THIN_BODY_WORDS).is_some()
}

/// Whether the kept body holds a word at all (any text that is not white space counts as one).
fn has_kept_words(article: &Article) -> bool {
    kept_words_below(article, 1).is_none()
}

/// A kept body under this many words is thin enough to widen to the page's `<article>`.
const THIN_KEPT_WORDS: usize = 30;
/// The `<article>`'s own text must hold at least this many words to be worth keeping instead.
const ARTICLE_MIN_WORDS: usize = 50;

/// When the decision kept almost nothing of a page whose `<article>` element holds prose (a short
/// post of short paragraphs, which reads to the model like a menu), keeps what that element
/// holds, less what the rules measured as junk (share rows, prompts, captions): the person gets
/// the page's own article rather than a line of it.
pub fn widen_thin_body(article: &mut Article, rows: &[Row]) {
    let Some(kept) = kept_words_below(article, THIN_KEPT_WORDS) else {
        return;
    };
    if rows.len() != article.blocks.len() {
        return;
    }
    let inside: Vec<usize> = (0..rows.len())
        .filter(|&i| {
            let b = &article.blocks[i];
            inputs::has_cue(&rows[i], Cue::TagArticle)
                && rows[i][inputs::at!("junk")] < 0.5
                && !matches!(b.reason, Reason::UsedAsField { .. })
                && matches!(
                    b.role,
                    Role::Paragraph
                        | Role::Heading
                        | Role::ListItem
                        | Role::Quote
                        | Role::Boilerplate
                )
        })
        .collect();
    let words_inside: usize = inside.iter().map(|&i| words(&article.blocks[i].text)).sum();
    if words_inside < ARTICLE_MIN_WORDS || words_inside <= kept {
        return;
    }
    for i in inside {
        let row = &rows[i];
        let b = &mut article.blocks[i];
        if b.keep {
            continue;
        }
        b.keep = true;
        b.reason = Reason::ArticleText;
        b.role = if row[inputs::at!("role_heading")] > 0.5 {
            Role::Heading
        } else if row[inputs::at!("role_list_item")] > 0.5 {
            Role::ListItem
        } else if row[inputs::at!("role_quote")] > 0.5 {
            Role::Quote
        } else {
            Role::Paragraph
        };
    }
}

/// The kept body's words when they are fewer than `limit`, else `None`: a full body is not
/// counted to its end (most pages' bodies are far past the limits asked about).
fn kept_words_below(article: &Article, limit: usize) -> Option<usize> {
    let mut count = 0;
    for b in article.blocks.iter().filter(|b| b.keep && b.role.is_body()) {
        count += words(&b.text);
        if count >= limit {
            return None;
        }
    }
    Some(count)
}

/// Words in the kept body (CJK characters count as a word each).
pub fn kept_words(article: &Article) -> usize {
    article
        .blocks
        .iter()
        .filter(|b| b.keep && b.role.is_body())
        .map(|b| words(&b.text))
        .sum()
}

fn words(text: &str) -> usize {
    let spaced = super::util::chars::whitespace_words(text);
    // CJK characters are not ASCII: most blocks need no second pass.
    let cjk = if text.is_ascii() {
        0
    } else {
        text.chars()
            .filter(|&c| super::util::chars::is_cjk(c))
            .count()
    };
    spaced.max(cjk)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Format, extract};

    #[test]
    fn a_thin_body_widens_to_the_pages_article() {
        // Short paragraphs, each beside an aside, read to the model like a menu.
        let html = "<html><head><title>Notes on a library</title></head><body><article>\
            <div class=\"with-aside\"><div><p>We built a new library.<sup>1</sup></p>\
            <p>If that was enough of a pitch, <a href=\"https://example.com/docs\">read the docs</a>.</p>\
            <p>If not, let me explain why it matters.</p></div><aside><ol><li>A joke.</li></ol></aside></div>\
            <h2>What is property-based testing?</h2>\
            <div class=\"with-aside\"><div><p>The main<sup>2</sup> benefits are:</p><ul>\
            <li>Generators for building test inputs.</li><li>Shrinking to minimal failing examples.</li>\
            <li>A database that replays failures fast.</li></ul></div>\
            <aside><ol start=\"2\"><li>There are other benefits too, but these come first.</li></ol></aside></div>\
            <div class=\"with-aside\"><div><p>Shrinking is remarkably useful in practice.</p></div></div>\
            </article></body></html>";
        let article = extract(html, Format::Html);
        let body = article.body_text();
        assert!(kept_words(&article) >= 50, "{body}");
        assert!(
            body.contains("If not, let me explain why it matters."),
            "{body}"
        );
        assert!(
            body.contains("Shrinking is remarkably useful in practice."),
            "{body}"
        );
        assert!(
            article
                .kept_body()
                .any(|b| b.role == Role::Heading && b.text == "What is property-based testing?")
        );
    }

    #[test]
    fn a_grid_a_script_moves_into_place_is_read_when_the_page_shows_nothing_else() {
        // The page's header is all it shows; its listings wait in a hidden element for a script.
        // Each is a title and a price: no prose run, but pages of text.
        let mut html = String::from(
            "<html><head><title>Comic books for sale</title></head><body><header><a href=\"/\">\
             Home</a> <a href=\"/sell\">Sell</a> <a href=\"/help\">Help</a></header>\
             <div id=\"placeholder\"></div><div id=\"listings\" style=\"display:none\">\
             <h2>Comic books</h2><ul>",
        );
        for i in 1..=60 {
            html.push_str(&format!(
                "<li><h3>Vintage comic book lot number {i}, near mint</h3><span>${i}.00</span></li>"
            ));
        }
        html.push_str("</ul></div></body></html>");
        let article = extract(&html, Format::Html);
        let kept: Vec<&str> = article.kept_body().map(|b| b.text.as_str()).collect();
        assert!(
            kept.iter()
                .filter(|t| t.starts_with("Vintage comic book lot"))
                .count()
                > 30,
            "{kept:?}"
        );
    }

    #[test]
    fn words_are_counted_in_the_kept_body_only() {
        use crate::extract::{Block, Reason, Role};
        let a = Article {
            blocks: vec![
                Block::new("one two three", Role::Paragraph, true, Reason::ArticleText),
                Block::new("four five", Role::Paragraph, false, Reason::Navigation),
                Block::new("市政府周二宣布", Role::Paragraph, true, Reason::ArticleText),
            ],
            ..Article::default()
        };
        assert_eq!(kept_words(&a), 3 + 7);
        // Counted up to a limit: the count under it, nothing at or past it.
        assert_eq!(kept_words_below(&a, 11), Some(10));
        assert_eq!(kept_words_below(&a, 10), None);
        assert_eq!(kept_words_below(&a, 3), None);
        assert!(worth_reading_hidden(&a, 5_000, 5_000));
        assert!(!worth_reading_hidden(&a, 300, 300));
        // Short items only (a grid of titles and prices): no prose run, but pages of text.
        assert!(worth_reading_hidden(&a, 0, 3_000));
        assert!(!worth_reading_hidden(&a, 0, 1_000));
    }

    #[test]
    fn an_article_a_script_would_reveal_is_not_lost() {
        let para = "<p>The council met on Tuesday and agreed that the new cycle lane on the ring road would be built this autumn, at a cost the treasurer called reasonable.</p>";
        let html = format!(
            "<html><head><title>Cycle lane approved</title></head><body>\
             <div style=\"visibility:hidden\"><article><h1>Cycle lane approved</h1>{}</article></div>\
             <div hidden><p>Subscribe</p></div></body></html>",
            para.repeat(8)
        );
        let a = extract(&html, Format::Html);
        assert!(
            a.body_text().contains("The council met on Tuesday"),
            "{:?}",
            a.body_text()
        );
        // A page with its article in view never reads a hidden dialog.
        let shown = format!(
            "<html><body><article>{}</article><div hidden><p>{}</p></div></body></html>",
            para.repeat(8),
            "A hidden dialog with a long message that nobody sees on the page at all. ".repeat(3)
        );
        let a = extract(&shown, Format::Html);
        assert!(!a.body_text().contains("hidden dialog"));
        // A short post in an overlay a script opens (`aria-hidden` until then), on a page that
        // shows nothing else: two paragraphs, under the hundred words that make a second reading
        // worth it when the page shows some text of its own.
        let overlay = format!(
            "<html><body><div class=\"banner\"><a href=\"/news\">NEWS</a></div>\
             <div class=\"overlay\" aria-hidden=\"true\"><div role=\"dialog\">{para}\
             <p>Work starts in September and the lane should open to cyclists before the end of \
             the year, the council said.</p></div></div></body></html>"
        );
        let a = extract(&overlay, Format::Html);
        assert!(
            a.body_text().contains("The council met on Tuesday"),
            "{:?}",
            a.body_text()
        );
    }

    #[test]
    fn a_head_left_open_ends_where_the_body_starts() {
        let html = format!(
            "<html><head><title>Frameworks</title><link rel=stylesheet href=a.css><body><article>{}</article></body></html>",
            "<p>Lumen is a smaller, faster and lighter framework for building simple web services and small applications quickly.</p>".repeat(6)
        );
        let a = extract(&html, Format::Html);
        assert!(
            a.body_text().contains("Lumen is a smaller"),
            "{:?}",
            a.body_text()
        );
    }

    #[test]
    fn a_cdata_marker_in_html_hides_nothing_after_it() {
        let html = format!(
            "<html><body><![CDATA[\n<div><article>{}</article></div></body></html>",
            "<p>The forum thread asks which graphics card is the best value this year, and the replies compare them.</p>".repeat(6)
        );
        let a = extract(&html, Format::Html);
        assert!(a.body_text().contains("best value"), "{:?}", a.body_text());
    }
}
