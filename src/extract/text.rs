//! Pasted text → blocks.
//!
//! A browser's copy of a page (`innerText`) puts every block element on its own line, so the
//! segmenter's unit is the line. Markdown input keeps its structure: `#` headings, list items and
//! quotes get their roles, and their markers are stripped from the text.

use super::assemble::{Shape, Structure};
use super::candidate::{Candidate, Metadata};
use super::decide;
use super::inputs;
use super::kind::PageHints;
use super::measure;
use super::util::normalise::without_invisible;
use super::{Article, Form, Format, Reason, Role};

/// Lines longer than this are cut into pieces at sentence ends, so a 20 MB line cannot make one
/// block that every later step has to scan whole.
const MAX_BLOCK_BYTES: usize = 64 * 1024;

/// Splits pasted text (or Markdown) into blocks and classifies them with the rules alone; also
/// returns each block's inputs for the learned decision.
pub fn extract_text(
    input: &str,
    format: Format,
) -> (Article, Vec<inputs::Row>, PageHints, Structure) {
    let (cands, shapes) = if format == Format::Markdown {
        segment_markdown(input)
    } else {
        (segment(input, format), Vec::new())
    };
    let set_off = if format == Format::Text {
        (0..cands.len()).map(|i| stands_apart(&cands, i)).collect()
    } else {
        Vec::new()
    };
    let feats = measure::measure_page(&cands);
    let mut rows = inputs::base_rows(&cands, &feats, &[]);
    let article = decide::classify_measured(cands, &feats, Metadata::default(), format);
    inputs::add_rule_verdicts(&mut rows, &article);
    let structure = Structure {
        shapes,
        figures: Vec::new(),
        set_off,
    };
    (article, rows, PageHints::default(), structure)
}

/// Splits Markdown into blocks, each keeping its source line as written (indentation, list
/// markers and numbers, table pipes) so the note gets back exactly the Markdown it came with; a
/// fenced code block is one block. The text the engine decides on has the markers stripped.
pub fn segment_markdown(input: &str) -> (Vec<Candidate>, Vec<Shape>) {
    let mut cands: Vec<Candidate> = Vec::new();
    let mut shapes = Vec::new();
    let mut after_blank = true;
    let mut lines = input.lines();
    while let Some(raw) = lines.next() {
        let raw = raw
            .trim_end_matches(['\r', '\0'])
            .trim_start_matches('\u{feff}');
        let line = raw.trim();
        if line.is_empty() {
            after_blank = true;
            continue;
        }
        // A quote's blank line (`>` alone) parts its paragraphs: it stays in the source of the
        // line above, so the quote is written back with its paragraphs apart (left out, the
        // next line would join the paragraph above it).
        if line.starts_with('>') && line.chars().all(|c| matches!(c, '>' | ' ' | '\t')) {
            if !after_blank && let Some(source) = cands.last_mut().and_then(|c| c.markdown.as_mut())
            {
                source.push('\n');
                source.push_str(raw);
            }
            continue;
        }
        let fence = line.chars().next().filter(|c| *c == '`' || *c == '~');
        let fence_len = fence.map_or(0, |c| line.chars().take_while(|x| *x == c).count());
        let (text, role, source) = if let Some(c) = fence
            && fence_len >= 3
        {
            // A fenced code block, to its closing fence (or the end).
            let mut code = Vec::new();
            let mut source = vec![raw.to_string()];
            for inner in lines.by_ref() {
                let inner = inner.trim_end_matches(['\r', '\0']);
                source.push(inner.to_string());
                let t = inner.trim();
                if t.len() >= fence_len && t.chars().all(|x| x == c) {
                    break;
                }
                code.push(inner);
            }
            (code.join("\n"), Role::Paragraph, source.join("\n"))
        } else if line.starts_with('|') {
            // A table: its rows stay together, as written.
            let mut source = vec![raw.to_string()];
            let mut rows = vec![line.trim_matches('|').to_string()];
            while let Some(next) = lines.clone().next()
                && next.trim().starts_with('|')
            {
                lines.next();
                source.push(next.trim_end_matches(['\r', '\0']).to_string());
                rows.push(next.trim().trim_matches('|').to_string());
            }
            (rows.join("\n"), Role::Paragraph, source.join("\n"))
        } else {
            let (text, role) = markdown_line(line);
            // A line of plain text right under another is the same paragraph (CommonMark's
            // soft line break): one block, written back with its line breaks; up to
            // MAX_BLOCK_BYTES, past which a file of unbroken lines goes on in a new block.
            if role.is_none()
                && !after_blank
                && let Some(previous) = cands.last_mut()
                && previous.text.len() + text.len() < MAX_BLOCK_BYTES
                && continues_paragraph(previous)
            {
                previous.text.push(' ');
                previous.text.push_str(text);
                if let Some(source) = previous.markdown.as_mut() {
                    source.push('\n');
                    source.push_str(raw);
                }
                continue;
            }
            (
                text.to_string(),
                role.unwrap_or(Role::Paragraph),
                raw.to_string(),
            )
        };
        if text.trim().is_empty() && role != Role::Paragraph {
            continue;
        }
        let mut c = Candidate::text(text);
        c.markdown = Some(source);
        c.role = Some(role);
        c.after_blank = after_blank;
        shapes.push(Shape {
            form: Form::Verbatim {
                joined: !after_blank,
            },
            ..Shape::default()
        });
        cands.push(c);
        after_blank = false;
    }
    (cands, shapes)
}

/// Whether line `i` of pasted text can be a heading by how it was copied: a browser sets a
/// heading off from the paragraph under it with a blank line, where a list's items, a box's
/// lines and a table's rows follow each other with a line break only (a table's cells with
/// tabs). A list's first item stands after a blank line too, but has its next item right
/// under it. The decisions read a short line above prose as a heading either way (it weighs
/// as one); a heading not set off is written as a line of text. On WCXB's pasted pages, of the headings inferred, those that are headings in the
/// reference 4,457 -> 4,125, those that are its list items, table rows or plain text 4,196 ->
/// 2,934.
pub fn stands_apart(cands: &[Candidate], i: usize) -> bool {
    let after_blank = |k: usize| cands.get(k).is_none_or(|c| c.after_blank);
    let set_off = after_blank(i + 1) || (cands[i].after_blank && after_blank(i + 2));
    set_off && !cands[i].text.contains('\t')
}

/// Splits the input into candidate blocks: one per non-empty line.
pub fn segment(input: &str, format: Format) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut after_blank = true;
    let mut in_fence = false;
    // A lone carriage return ends a line too (an old Mac file, a copy that mixed them).
    let lines = input
        .split('\n')
        .flat_map(|l| l.strip_suffix('\r').unwrap_or(l).split('\r'));
    for raw in lines {
        let raw = if format == Format::Markdown {
            std::borrow::Cow::Borrowed(raw)
        } else {
            without_invisible(std::borrow::Cow::Borrowed(raw))
        };
        let line = raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}' || c == '\0');
        if line.is_empty() {
            after_blank = true;
            continue;
        }
        let (text, role) = if format == Format::Markdown {
            if line.starts_with("```") {
                in_fence = !in_fence;
                continue;
            }
            if in_fence {
                (line, Some(Role::Paragraph))
            } else {
                markdown_line(line)
            }
        } else {
            (line, None)
        };
        if text.is_empty() {
            continue;
        }
        for piece in split_long(text) {
            let mut c = Candidate::text(piece);
            // Markdown input is already Markdown: written back as it came, not escaped.
            if format == Format::Markdown {
                c.markdown = Some(piece.to_string());
            }
            c.role = role;
            c.after_blank = after_blank;
            out.push(c);
        }
        after_blank = false;
    }
    out
}

/// Markdown input is a document already written (a note, a page another tool saved as
/// Markdown): its text stays. The rules read it as a pasted page and kept one run of it, trimming
/// the rest as outside the article and short lines (its headings, list items) as menu entries: an
/// opened or imported note lost all but a paragraph. Those blocks are kept, with the role their
/// Markdown gives them, and the paragraph taken for the description stays in the text too (the
/// description keeps it). What the rules trimmed for what it says (a newsletter prompt, a cookie
/// notice, share buttons, a repeat) stays trimmed, with its reason.
pub fn keep_the_markdown_document(article: &mut Article) {
    for block in &mut article.blocks {
        let weak = matches!(block.reason, Reason::OutsideArticle | Reason::Navigation);
        let summary =
            block.role == Role::Summary && matches!(block.reason, Reason::UsedAsField { .. });
        if !(summary || !block.keep && weak && block.role.is_body()) {
            continue;
        }
        block.role = block
            .markdown
            .as_deref()
            .and_then(|source| source.lines().next())
            .and_then(|first| markdown_line(first.trim()).1)
            .unwrap_or(Role::Paragraph);
        block.keep_as_article_text();
    }
    title_from_first_heading(article);
}

/// A Markdown document that opens with a level-one heading is titled by it, as Obsidian and the
/// clippers write a note, when the rules named no title or only suggested one (a paragraph taken
/// for a standfirst, "Books and posts I want to get to…" over "# Reading list").
fn title_from_first_heading(article: &mut Article) {
    if article.title.is_some() && !article.title_inferred {
        return;
    }
    let Some(first) = article.blocks.first_mut() else {
        return;
    };
    if !first
        .markdown
        .as_deref()
        .is_some_and(|source| source.starts_with("# "))
    {
        return;
    }
    article.title = Some(first.text.trim().to_string());
    article.title_inferred = false;
    super::fields::header::set_field(first, Role::Title, "title");
}

/// Whether a Markdown block is a paragraph a next plain line continues: not a heading, list
/// item, quote, fenced code or table (their next lines are written back as they came).
fn continues_paragraph(block: &Candidate) -> bool {
    block.role == Some(Role::Paragraph)
        && block.markdown.as_deref().is_some_and(|source| {
            let first = source.trim_start();
            !first.starts_with('|')
                && !first.starts_with("```")
                && !first.starts_with("~~~")
                && markdown_line(first.lines().next().unwrap_or("").trim())
                    .1
                    .is_none()
        })
}

fn markdown_line(line: &str) -> (&str, Option<Role>) {
    let hashes = line.chars().take_while(|&c| c == '#').count();
    if (1..=6).contains(&hashes) && line[hashes..].starts_with(' ') {
        return (line[hashes..].trim(), Some(Role::Heading));
    }
    for marker in ["- ", "* ", "+ "] {
        if let Some(rest) = line.strip_prefix(marker) {
            return (rest.trim(), Some(Role::ListItem));
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits < 4 && line[digits..].starts_with(". ") {
        return (line[digits + 2..].trim(), Some(Role::ListItem));
    }
    if let Some(rest) = line.strip_prefix('>') {
        return (rest.trim(), Some(Role::Quote));
    }
    (line, None)
}

/// Cuts an over-long line at sentence ends (or anywhere, at a char boundary, if it has none).
fn split_long(text: &str) -> Vec<&str> {
    if text.len() <= MAX_BLOCK_BYTES {
        return vec![text];
    }
    let mut pieces = Vec::new();
    let mut rest = text;
    while rest.len() > MAX_BLOCK_BYTES {
        let mut cut = MAX_BLOCK_BYTES;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let window = &rest[..cut];
        let at = window
            .rfind(". ")
            .map(|p| p + 2)
            .filter(|&p| p > MAX_BLOCK_BYTES / 2)
            .unwrap_or(cut);
        pieces.push(rest[..at].trim());
        rest = &rest[at..];
    }
    if !rest.trim().is_empty() {
        pieces.push(rest.trim());
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_markers_become_roles() {
        let c = segment("# Title\n\n- item\n> quoted\nplain", Format::Markdown);
        let roles: Vec<_> = c.iter().map(|c| c.role).collect();
        assert_eq!(
            roles,
            vec![
                Some(Role::Heading),
                Some(Role::ListItem),
                Some(Role::Quote),
                None
            ]
        );
        assert_eq!(c[0].text, "Title");
    }

    #[test]
    fn a_markdown_paragraphs_lines_are_one_block_and_other_lines_stay_apart() {
        let input = "A paragraph that wraps\nonto a second line\nand a third.\n\n\
                     - an item\n- another item\n\n\
                     > a quote\n> goes on\n\n\
                     | a | b |\n|---|---|\n| 1 | 2 |\n\n\
                     ```\ncode line\nmore code\n```\n\n\
                     Last paragraph.";
        let (cands, _) = segment_markdown(input);
        let texts: Vec<&str> = cands.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "A paragraph that wraps onto a second line and a third.",
                "an item",
                "another item",
                "a quote",
                "goes on",
                " a | b \n---|---\n 1 | 2 ",
                "code line\nmore code",
                "Last paragraph.",
            ]
        );
        // Written back as it came, line breaks and all.
        assert_eq!(
            cands[0].markdown.as_deref(),
            Some("A paragraph that wraps\nonto a second line\nand a third.")
        );
        // A file of unbroken lines is not one block: blocks stop at MAX_BLOCK_BYTES.
        let lines = "A line of a long paragraph that never stops.\n".repeat(10_000);
        let (cands, _) = segment_markdown(&lines);
        assert!(cands.len() > 1);
        assert!(cands.iter().all(|c| c.text.len() <= MAX_BLOCK_BYTES));
    }

    #[test]
    fn a_pasted_heading_is_set_off_and_a_lists_lines_are_not() {
        let text = "Why the plan helps:\n\n\
            Steady growth in riders\n\
            Low use of the depots\n\
            Slow journeys at rush hour\n\n\
            The council met on Tuesday and agreed to the plan.\n\n\
            District\tShare\n\
            North side\t40 per cent\n\n\
            What happens next\n\n\
            Work starts in the spring.\n\
            The Last Line Of A Box\n\n\
            Closing words of the story, after the box.\n";
        let cands = segment(text, Format::Text);
        let apart = |line: &str| {
            let i = cands.iter().position(|c| c.text == line).expect(line);
            stands_apart(&cands, i)
        };
        // A heading has a blank line under it.
        assert!(apart("What happens next"));
        // A list's items, its first one too (its next item is right under it).
        assert!(!apart("Steady growth in riders"));
        assert!(!apart("Low use of the depots"));
        // A table's row, even set off.
        assert!(!apart("North side\t40 per cent"));
        // A line glued under text above, and with a blank line under it, can still be one: a
        // browser copies a heading right under a list or a box's last line.
        assert!(apart("The Last Line Of A Box"));
    }

    #[test]
    fn a_huge_line_is_cut_into_pieces() {
        let line = "word ".repeat(100_000);
        let c = segment(&line, Format::Text);
        assert!(c.len() > 1);
        assert!(c.iter().all(|c| c.text.len() <= MAX_BLOCK_BYTES));
    }
}
