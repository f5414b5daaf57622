//! Writing Markdown safely: a page's text is escaped so it shows literally in Obsidian and any
//! CommonMark viewer, and only the structure the engine recognised becomes markup.
//!
//! Escaping happens in two places because only the writer knows where lines start:
//! [`escape_inline`] runs on every piece of page text as it goes into a block's Markdown (emphasis
//! and link markers, `<`, `[[`, `$`, `==`, `#tag`, entities), and [`escape_line_starts`] runs on
//! each finished line (a leading `#`, `>`, `-`, `+`, `1.`, `---` or `===`). A block's dollar signs
//! are judged once it is whole ([`relax_lone_dollars`]): only two of them make math.

/// Whether CommonMark counts `c` as punctuation beside a delimiter run: ASCII punctuation, and
/// beyond ASCII what is neither a letter, a digit, a space nor an invisible format character
/// (a zero-width joiner sits inside words). Start and end of text are not punctuation.
pub fn is_punctuation(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation();
    }
    let format =
        matches!(c, '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}');
    !(c.is_alphanumeric() || c.is_whitespace() || c.is_control() || format)
}

/// Whether `c` counts as white space beside a delimiter run (the start and end of the text do).
fn is_space(c: Option<char>) -> bool {
    c.is_none_or(char::is_whitespace)
}

/// Whether a run of `*` (or `~`, `=`) between `before` and `after` can open a mark: CommonMark's
/// left-flanking rule. `None` is the start or end of the text.
pub fn can_open(before: Option<char>, after: Option<char>) -> bool {
    !is_space(after)
        && (!after.is_some_and(is_punctuation)
            || is_space(before)
            || before.is_some_and(is_punctuation))
}

/// Whether such a run can close a mark: CommonMark's right-flanking rule.
pub fn can_close(before: Option<char>, after: Option<char>) -> bool {
    !is_space(before)
        && (!before.is_some_and(is_punctuation)
            || is_space(after)
            || after.is_some_and(is_punctuation))
}

/// Escapes the characters that would turn page text into inline markup. A `\n` (a line break
/// inside the block) becomes a Markdown hard break.
pub fn escape_inline(text: &str, out: &mut String) {
    // Right after a link's or an image's bracket, a caret would make `[^1](…)` read as a
    // footnote reference ("^1" is a marker's text on many pages).
    if text.starts_with('^') && out.ends_with('[') {
        out.push('\\');
    }
    // Most text has none of the characters that matter: copied whole.
    if !text.bytes().any(|b| {
        matches!(
            b,
            b'\\'
                | b'*'
                | b'`'
                | b'['
                | b']'
                | b'<'
                | b'$'
                | b'~'
                | b'_'
                | b'='
                | b'%'
                | b'#'
                | b'&'
                | b'\n'
                | b'\r'
        )
    }) {
        out.push_str(text);
        return;
    }
    let mut prev: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        match c {
            // A carriage return ends a line to a Markdown reader as `\n` does (and one before
            // `\n` is part of that line end): written as the same hard break, never raw.
            '\r' if next == Some('\n') => continue,
            '\n' | '\r' => {
                while out.ends_with(' ') {
                    out.pop();
                }
                out.push_str("  \n");
                prev = Some('\n');
                continue;
            }
            // Spaces and tabs that open a line show nothing in a paragraph, and after two breaks
            // (a blank line) four of them, or a tab, would make the rest a code block.
            ' ' | '\t' if prev == Some('\n') => continue,
            // Always markup: emphasis, code, links and wiki links, raw HTML and autolinks,
            // math, strikethrough.
            '\\' | '*' | '`' | '[' | ']' | '<' | '$' | '~' => out.push('\\'),
            // `_` only emphasises at a word's edge; inside snake_case it is text.
            '_' if !(prev.is_some_and(char::is_alphanumeric)
                && next.is_some_and(char::is_alphanumeric)) =>
            {
                out.push('\\');
            }
            // `==highlight==` and `%%comment%%` (Obsidian) need two in a row.
            '=' | '%' if next == Some(c) || prev == Some(c) => out.push('\\'),
            // `#tag` (Obsidian) at a word's start.
            // (All-digit "tags" like #42 are not tags.)
            '#' if prev.is_none_or(char::is_whitespace)
                && next.is_some_and(|n| !n.is_whitespace() && !n.is_ascii_digit()) =>
            {
                out.push('\\');
            }
            // A character reference (`&amp;`, `&#60;`) would be decoded by the viewer.
            '&' if looks_like_entity(&text[i + 1..]) => out.push('\\'),
            _ => {}
        }
        out.push(c);
        prev = Some(c);
    }
}

/// The text escaped for inline Markdown, as a new string.
pub fn escaped(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    escape_inline(text, &mut out);
    out
}

/// A block's finished inline Markdown with its escaped dollar signs written plainly when no two
/// of them could pair into math: "\$1,052" becomes "$1,052", while "\$5-\$10" stays escaped.
///
/// Only `$` makes math, and only in pairs: Obsidian (and pulldown-cmark, and pandoc) close
/// `$…$` only with a `$` right after a non-space, and a price's "$5 and $6" has none. (Readers
/// that let a space stand inside, as Typora and remark-math do, would read it as math: Obsidian
/// is the note's reader.) [`escape_inline`] sees one run of text at a time, so the pairing is
/// judged here, over a whole block (a paragraph, a list item, a heading, a table cell: math does
/// not cross them). When the block holds any `$` written unescaped (recognised math, a code
/// span, an address), every escape stays, so nothing written can pair with them.
pub fn relax_lone_dollars(markdown: &str) -> std::borrow::Cow<'_, str> {
    use std::borrow::Cow;
    if !markdown.contains("\\$") {
        return Cow::Borrowed(markdown);
    }
    let bytes = markdown.as_bytes();
    // The byte offsets of the escaping backslashes, in order.
    let mut escapes: Vec<usize> = Vec::new();
    let mut earlier_dollar = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if i + 1 < bytes.len() => {
                if bytes[i + 1] == b'$' {
                    // A closer needs a non-space right before it; an opener before that. Only
                    // ASCII white space is sure to count as space to every reader (a narrow
                    // no-break space before a `$` closes math in some).
                    let closes = markdown[..i]
                        .chars()
                        .next_back()
                        .is_some_and(|c| !c.is_ascii_whitespace());
                    if closes && earlier_dollar {
                        return Cow::Borrowed(markdown);
                    }
                    earlier_dollar = true;
                    escapes.push(i);
                }
                i += 2;
            }
            b'$' | b'`' => return Cow::Borrowed(markdown),
            _ => i += 1,
        }
    }
    let mut out = String::with_capacity(markdown.len());
    let mut from = 0;
    for at in escapes {
        out.push_str(&markdown[from..at]);
        from = at + 1;
    }
    out.push_str(&markdown[from..]);
    Cow::Owned(out)
}

/// Whether `c` is a sign that marks a note instead of a number ("*", "†", "‡", "§", "¶").
pub fn is_note_sign(c: char) -> bool {
    crate::extract::lexicon::phrases::NOTE_SIGNS
        .iter()
        .any(|(sign, _)| *sign == c)
}

/// The sign a note's label names ("asterisk-2" → "*", "asterisk-asterisk-1" → "**"): the
/// label a note marked with a sign is given (see `html::notes::note_sign_name`).
fn note_sign_of_label(label: &str) -> Option<String> {
    let (names, number) = label.rsplit_once('-')?;
    if number.is_empty() || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut sign = String::new();
    let mut rest = names;
    while !rest.is_empty() {
        // Longest name first: "double-dagger" before "dagger".
        let (c, name) = crate::extract::lexicon::phrases::NOTE_SIGNS
            .iter()
            .filter(|(_, name)| rest.starts_with(name))
            .max_by_key(|(_, name)| name.len())?;
        sign.push(*c);
        rest = rest[name.len()..]
            .strip_prefix('-')
            .unwrap_or(&rest[name.len()..]);
    }
    (!sign.is_empty() && sign.chars().count() <= 3).then_some(sign)
}

/// Where the backtick run at byte `at` of `markdown` stops being code: past the code span it
/// opens (which runs to the next run of as many backticks), or past the run when nothing closes
/// it (the run is text).
fn past_code_span(markdown: &str, at: usize) -> usize {
    let bytes = markdown.as_bytes();
    let run = bytes[at..].iter().take_while(|&&b| b == b'`').count();
    let fence = &markdown[at..at + run];
    let mut end = at + run;
    while let Some(found) = markdown[end..].find(fence) {
        let start = end + found;
        let len = bytes[start..].iter().take_while(|&&b| b == b'`').count();
        if len == run {
            return start + run;
        }
        end = start + len;
    }
    at + run
}

/// `markdown` rewritten where it is Markdown: at each byte outside its code spans and escapes
/// (a code span's text and an escaped character are the page's, as they stand), `rewrite` may
/// say how many bytes from there it replaces, and with what.
fn rewrite_outside_code_spans(
    markdown: &str,
    mut rewrite: impl FnMut(usize) -> Option<(usize, String)>,
) -> String {
    let bytes = markdown.as_bytes();
    let mut out = String::with_capacity(markdown.len());
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'`' => i = past_code_span(markdown, i),
            _ => match rewrite(i) {
                Some((len, with)) => {
                    out.push_str(&markdown[copied..i]);
                    out.push_str(&with);
                    i += len;
                    copied = i;
                }
                None => i += 1,
            },
        }
    }
    out.push_str(&markdown[copied.min(markdown.len())..]);
    out
}

/// Where the formula opening at the `$` or `$$` at byte `at` of `markdown` ends: past its
/// closing dollar signs (one a backslash does not escape), or at the end when none closes it.
fn past_math(markdown: &str, at: usize) -> usize {
    let bytes = markdown.as_bytes();
    let delimiter = if bytes.get(at + 1) == Some(&b'$') {
        2
    } else {
        1
    };
    let mut backslashes = 0;
    let mut i = at + delimiter;
    while i < bytes.len() {
        if bytes[i] == b'\\' {
            backslashes += 1;
        } else if bytes[i] == b'$' && backslashes % 2 == 0 {
            return (i + delimiter).min(bytes.len());
        } else {
            backslashes = 0;
        }
        i += 1;
    }
    bytes.len()
}

/// `markdown` with every `from` outside its code spans replaced by `to` (a code span's text is
/// the page's, as it stands). `from` holds no backtick or backslash.
pub fn replace_outside_code_spans(markdown: &str, from: &str, to: &str) -> String {
    // Compared as bytes: an escape's second byte may be inside a character.
    rewrite_outside_code_spans(markdown, |i| {
        markdown.as_bytes()[i..]
            .starts_with(from.as_bytes())
            .then(|| (from.len(), to.to_string()))
    })
}

/// The label of the note reference `[^label]` at byte `at` of `markdown`, if one is there: a
/// word (see `html::notes`). A label holding a backslash would end at an escaped bracket, so
/// that is page text.
fn note_reference_label(markdown: &str, at: usize) -> Option<&str> {
    let rest = markdown.get(at..)?.strip_prefix("[^")?;
    rest.find(']').map(|end| &rest[..end]).filter(|label| {
        !label.is_empty() && !label.contains(|c: char| c.is_whitespace() || c == '[' || c == '\\')
    })
}

/// `markdown` with each footnote reference (`[^label]`) whose label `defined` lacks written as
/// text: a reference with no definition in the note shows as `[^5]` in Obsidian. That happens
/// when the notes were trimmed (a product's small print, or by the person) while the text citing
/// them was kept, or when a bracketed link within the page ("[options]", to a section) was read
/// as a citation. A short label is written raised, as note markers show (`<sup>5</sup>`); a
/// longer one in the brackets it was read from (`\[options\]`). A reference right before a
/// link's bracket gets a space between: `[^1][Shop](…)` reads as a reference link and shows
/// its brackets. Code spans and escaped brackets are page text and stay as they are.
pub fn settle_footnote_references(
    markdown: &str,
    defined: &std::collections::HashSet<&str>,
) -> String {
    let bytes = markdown.as_bytes();
    rewrite_outside_code_spans(markdown, |i| {
        let label = note_reference_label(markdown, i)?;
        let reference = 2 + label.len() + 1;
        if !defined.contains(label) {
            let mut out = String::new();
            if let Some(sign) = note_sign_of_label(label) {
                out.push_str("<sup>");
                out.push_str(&escape_html(&sign));
                out.push_str("</sup>");
            } else if label.chars().count() <= 3 {
                out.push_str("<sup>");
                out.push_str(&escape_html(label));
                out.push_str("</sup>");
            } else {
                out.push_str("\\[");
                escape_inline(label, &mut out);
                out.push_str("\\]");
            }
            Some((reference, out))
        } else if bytes.get(i + reference) == Some(&b'[') {
            Some((reference, format!("{} ", &markdown[i..i + reference])))
        } else {
            None
        }
    })
}

/// The markup a reader with Obsidian's extensions on (math, strikethrough, footnotes, tables,
/// task lists) finds in `markdown` beyond paragraphs, headings, lists, quotes and tables: emphasis,
/// code, links, images, raw HTML, math, footnotes, task markers and rules, one line each. The
/// note of pasted text has none: the engine reads no inline structure in text, so any of these
/// would be a page's words turned into markup (checked by the `text_stays_text` fuzz target and
/// the render tests).
pub fn markup_read_in(markdown: &str) -> Vec<String> {
    reader_events(markdown)
        .iter()
        .filter_map(markup_of)
        .collect()
}

/// What a reader with Obsidian's extensions on (math, strikethrough, footnotes, tables, task
/// lists) reads in `markdown`, event by event.
pub fn reader_events(markdown: &str) -> Vec<pulldown_cmark::Event<'_>> {
    use pulldown_cmark::{Options, Parser};
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_MATH;
    Parser::new_ext(markdown, options).collect()
}

/// The markup one of [`reader_events`] is, as [`markup_read_in`] lists it, or `None` for text and
/// the block structure (paragraphs, headings, lists, quotes, tables).
pub fn markup_of(event: &pulldown_cmark::Event) -> Option<String> {
    use pulldown_cmark::{Event, Tag};
    match event {
        Event::Start(
            tag @ (Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Link { .. }
            | Tag::Image { .. }
            | Tag::HtmlBlock
            | Tag::FootnoteDefinition(_)
            | Tag::CodeBlock(_)),
        ) => Some(format!("{tag:?}")),
        Event::Code(c) => Some(format!("code span {c:?}")),
        Event::InlineMath(m) | Event::DisplayMath(m) => Some(format!("math {m:?}")),
        Event::Html(h) | Event::InlineHtml(h) => Some(format!("html {h:?}")),
        Event::FootnoteReference(f) => Some(format!("footnote reference {f:?}")),
        Event::TaskListMarker(_) => Some("task list marker".to_string()),
        Event::Rule => Some("rule".to_string()),
        _ => None,
    }
}

fn looks_like_entity(after: &str) -> bool {
    let Some(semi) = after.bytes().take(33).position(|b| b == b';') else {
        return false;
    };
    let body = &after.as_bytes()[..semi];
    let name = body.strip_prefix(b"#").unwrap_or(body);
    !name.is_empty() && name.iter().all(u8::is_ascii_alphanumeric)
}

/// Escapes what would make a line a heading, quote, list item, rule or setext underline. Runs on
/// each line of a block's finished Markdown (whose inline text is already escaped).
pub fn escape_line_starts(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len() + 4);
    for (i, line) in markdown.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let trimmed = line.trim_start_matches(' ');
        out.push_str(&line[..line.len() - trimmed.len()]);
        match line_escape_at(trimmed) {
            Some(at) => {
                out.push_str(&trimmed[..at]);
                out.push('\\');
                out.push_str(&trimmed[at..]);
            }
            None => out.push_str(trimmed),
        }
    }
    out
}

/// The number a page typed at the start of a paragraph or bullet ("2. Efficiency: …",
/// "3) Ask…", a reference list's "1.Xie Y"), and how many bytes the label takes with the space
/// after it. A number followed by a digit ("3.5 million") or by nothing is not a label.
pub fn typed_number(text: &str) -> Option<(u32, usize)> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 || digits > 3 {
        return None;
    }
    let number: u32 = text[..digits].parse().ok().filter(|n| *n > 0)?;
    let mark = *text.as_bytes().get(digits)?;
    if !(mark == b'.' || mark == b')') {
        return None;
    }
    let rest = &text[digits + 1..];
    let after = rest.chars().next()?;
    if !(after.is_whitespace() || mark == b'.' && after.is_alphabetic()) {
        return None;
    }
    let label = text.len() - rest.trim_start().len();
    Some((number, label))
}

/// A callout's type as its title when the page gave it none: "warning" -> "Warning" (the note
/// writes it so, and the preview shows an untitled `[!warning]` so).
pub fn callout_name(kind: &str) -> String {
    super::util::chars::capitalised(kind)
}

/// A table cell's inline Markdown (page text escaped, the marks and links the engine
/// recognised) as HTML, for a table written as HTML: inside an HTML block a note's Markdown is
/// not read, so `**bold**` would show its asterisks. The cell's `text`, escaped, when its Markdown
/// would render as more than one paragraph.
pub fn inline_html(markdown: &str, text: &str) -> String {
    // A note reference in the cell shows raised: inside the note's HTML nothing reads `[^1]`, and
    // the page's own "[^1]" (escaped, so left alone here) must not be read as one later.
    let settled;
    let markdown = if markdown.contains("[^") {
        settled = settle_footnote_references(markdown, &std::collections::HashSet::new());
        settled.as_str()
    } else {
        markdown
    };
    let one_line = markdown.replace('\n', " ");
    let mut html = String::with_capacity(one_line.len() + 16);
    pulldown_cmark::html::push_html(
        &mut html,
        pulldown_cmark::Parser::new_ext(&one_line, pulldown_cmark::Options::ENABLE_STRIKETHROUGH),
    );
    match html
        .trim_end()
        .strip_prefix("<p>")
        .and_then(|h| h.strip_suffix("</p>"))
    {
        Some(inner) if !inner.contains("<p>") => inner.to_string(),
        _ if one_line.trim().is_empty() => String::new(),
        _ => escape_html(text),
    }
}

/// A heading's text with a trailing run of `#` (after a space, or alone) escaped: unescaped, the
/// run would be read as the heading's optional closing sequence and vanish.
pub fn escape_closing_hashes(line: &str) -> String {
    let body = line.trim_end_matches('#');
    if body.len() == line.len() || !(body.is_empty() || body.ends_with(' ')) {
        return line.to_string();
    }
    format!("{body}\\{}", &line[body.len()..])
}

/// Where a backslash keeps a line from starting a block: before its first character, or for
/// "1." before the dot (a backslash before a digit is not an escape).
fn line_escape_at(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    let &first = b.first()?;
    let spaced = |at: usize| b.get(at).is_none_or(|c| *c == b' ' || *c == b'\t');
    let at_start = match first {
        b'#' | b'>' => true,
        // A rule may have tabs between its dashes as well as spaces (`--\t-`).
        b'-' | b'+' => spaced(1) || b.iter().all(|c| *c == first || *c == b' ' || *c == b'\t'),
        b'=' => b.iter().all(|c| *c == b'=' || *c == b' '),
        b'0'..=b'9' => {
            let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
            let list =
                digits <= 9 && matches!(b.get(digits), Some(b'.' | b')')) && spaced(digits + 1);
            return list.then_some(digits);
        }
        _ => false,
    };
    at_start.then_some(0)
}

/// A code span around `code`: enough backticks that none inside can close it.
pub fn code_span(code: &str) -> String {
    let ticks = "`".repeat(longest_run(code, '`') + 1);
    let pad = if code.starts_with('`') || code.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{ticks}{pad}{code}{pad}{ticks}")
}

/// A fenced code block: a fence longer than any backtick run inside, with the language.
pub fn code_block(code: &str, language: Option<&str>) -> String {
    let ticks = "`".repeat(longest_run(code, '`').max(2) + 1);
    let language = language.unwrap_or("");
    format!("{ticks}{language}\n{code}\n{ticks}")
}

fn longest_run(s: &str, c: char) -> usize {
    let mut best = 0;
    let mut run = 0;
    for ch in s.chars() {
        if ch == c {
            run += 1;
            best = best.max(run);
        } else {
            run = 0;
        }
    }
    best
}

/// The address of a file a browser saved beside the page ("Web page, complete" writes
/// `Title_files/photo.jpg`, Chrome `./Title_files/photo.jpg`): relative, inside a folder whose
/// name ends in `_files`, never climbing out of it. Kept relative (the library copies the file
/// into the note's attachments), with what would end the address early percent-encoded.
pub fn saved_page_file(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let path = raw.strip_prefix("./").unwrap_or(raw);
    let (folder, rest) = path.split_once('/')?;
    let named = folder.len() > "_files".len() && folder.ends_with("_files");
    let inside = !rest.is_empty()
        && !path.contains(['\\', '?', '#', ':'])
        && path.split('/').all(|seg| !matches!(seg, "" | "." | ".."));
    if !(named && inside) {
        return None;
    }
    Some(encoded(path.to_string(), Parentheses::Encoded))
}

/// A link or image address safe to write: http(s) and mailto addresses and relative paths,
/// resolved against `base` when one is known; `None` for other schemes (`javascript:`, `data:`,
/// `file:`, …). Characters that would end the address early are percent-encoded, and its
/// parentheses escaped.
pub fn safe_address(raw: &str, base: Option<&url::Url>) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() || raw.starts_with('#') {
        return None;
    }
    // A scheme is what comes before a ':' that precedes any '/', '?' or '#'.
    let scheme_end = raw
        .find([':', '/', '?', '#'])
        .filter(|&at| raw.as_bytes()[at] == b':');
    let address = match scheme_end {
        Some(at) => {
            let scheme = &raw[..at];
            if !["http", "https", "mailto"]
                .iter()
                .any(|s| s.eq_ignore_ascii_case(scheme))
            {
                return None;
            }
            // Absolute: written as the page wrote it (no punycode or added slash).
            raw.to_string()
        }
        None => match base {
            // Most relative links are paths from the site's root: no parsing needed.
            Some(b) if raw.starts_with('/') && !raw.starts_with("//") => {
                format!("{}{raw}", &b[..url::Position::BeforePath])
            }
            Some(b) => match b.join(raw) {
                Ok(u) if matches!(u.scheme(), "http" | "https") => u.to_string(),
                Ok(_) => return None,
                Err(_) => raw.to_string(),
            },
            None => raw.to_string(),
        },
    };
    Some(encoded(address, Parentheses::Escaped))
}

/// `address` (as [`safe_address`] writes it) as an autolink, `<https://…>`: the address is its
/// own text. Nothing is escaped inside an autolink, so its parentheses are percent-encoded (a
/// backslash would be part of the address) and an address that is not absolute, or holds what
/// would end the autolink, is written as a link whose text is the address.
pub fn autolink(address: &str) -> String {
    let plain = encoded(
        unescaped_address(address).into_owned(),
        Parentheses::Encoded,
    );
    if is_web_address(&plain) && !plain.contains(['<', '>', ' ']) {
        return format!("<{plain}>");
    }
    let mut text = String::new();
    escape_inline(&plain, &mut text);
    format!("[{text}]({address})")
}

/// A link to a video, a recording or a player at `address`: its `label` (what the page calls
/// it, escaped as page text) as the link's text, or the address itself ([`autolink`]) when the
/// page names it nothing.
pub fn media_link(address: &str, label: &str) -> String {
    let label = label.trim();
    if label.is_empty() {
        return autolink(address);
    }
    let mut text = String::new();
    escape_inline(label, &mut text);
    format!("[{}]({address})", text.replace('\n', " "))
}

/// Whether `address` is absolute with an `http` or `https` scheme.
pub fn is_web_address(address: &str) -> bool {
    ["http://", "https://"].iter().any(|scheme| {
        address
            .get(..scheme.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(scheme))
    })
}

/// How an address's parentheses are written in a Markdown link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Parentheses {
    /// Escaped with a backslash, as Obsidian Web Clipper writes a page's addresses
    /// (`Plug-in_\(computing\)`): the address reads as the page wrote it.
    Escaped,
    /// Percent-encoded (`%28`, `%29`), for a file's path, which Obsidian resolves on the disk.
    Encoded,
}

/// `address` with what would end a Markdown link's address early escaped or percent-encoded
/// (spaces, parentheses, angle brackets, a backslash, which would escape the closing
/// parenthesis of an address ending in one, and control characters, which no address may
/// hold) and line breaks and tabs dropped.
fn encoded(address: String, parentheses: Parentheses) -> String {
    if !address
        .bytes()
        .any(|b| matches!(b, b' ' | b'(' | b')' | b'<' | b'>' | b'\\') || b.is_ascii_control())
    {
        return address;
    }
    let mut out = String::with_capacity(address.len() + 8);
    for c in address.chars() {
        match c {
            ' ' => out.push_str("%20"),
            '(' | ')' if parentheses == Parentheses::Escaped => {
                out.push('\\');
                out.push(c);
            }
            '(' => out.push_str("%28"),
            ')' => out.push_str("%29"),
            '<' => out.push_str("%3C"),
            '>' => out.push_str("%3E"),
            '\\' => out.push_str("%5C"),
            '\n' | '\r' | '\t' => {}
            c if c.is_ascii_control() => out.push_str(&format!("%{:02X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out
}

/// Where the address of a link the engine wrote ends in `rest` (the text after its `](`): at
/// the first parenthesis that is not escaped (`Plug-in_\(computing\)`).
pub fn link_destination_end(rest: &str) -> Option<usize> {
    let bytes = rest.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b')' => return Some(i),
            _ => i += 1,
        }
    }
    None
}

/// An address as the note writes it (see [`safe_address`]) as a reader takes it: its backslash
/// escapes (a page's parentheses) undone.
pub fn unescaped_address(address: &str) -> std::borrow::Cow<'_, str> {
    if !address.contains('\\') {
        return std::borrow::Cow::Borrowed(address);
    }
    let mut out = String::with_capacity(address.len());
    let mut chars = address.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.extend(chars.next()),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Text for inside an HTML element (a cell of a table written as HTML).
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// A span of inline Markdown the engine wrote around page text: a link, strong or emphasised
/// text, struck or highlighted text, code, or a note's reference.
#[derive(Debug, Clone, PartialEq, Eq)]
struct MarkedSpan<'a> {
    open: &'a str,
    inner: &'a str,
    close: &'a str,
    kind: SpanKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SpanKind {
    /// Marks around page text, which an edit holds escaped as it is.
    Around,
    /// A code span: `inner` is the page's text as it stands (page text elsewhere is escaped, so
    /// an edit holds it escaped).
    Code,
    /// A note's reference `[^label]`: an edit holds what the page showed for it (the label's
    /// number, bracketed or not, or its sign), right after a word.
    NoteReference,
}

impl MarkedSpan<'_> {
    /// The texts an edit's escaped text may hold for the span, the likeliest first, and what
    /// the span writes in their place.
    fn in_edit(&self) -> (Vec<String>, String) {
        let written = format!("{}{}{}", self.open, self.inner, self.close);
        let texts = match self.kind {
            SpanKind::Around => vec![self.inner.to_string()],
            SpanKind::Code => vec![escaped(self.inner)],
            SpanKind::NoteReference => {
                let mut texts = vec![escaped(&format!("[{}]", self.inner))];
                if self.inner.bytes().all(|b| b.is_ascii_digit()) {
                    texts.push(self.inner.to_string());
                } else if let Some(sign) = note_sign_of_label(self.inner) {
                    texts.push(escaped(&sign));
                }
                texts
            }
        };
        (texts, written)
    }

    /// Whether the span's text found at `at..end` of an edit stands where the span can: a
    /// reference's bare number not inside a longer number or word (a year's "1" is not note 1).
    fn fits(&self, edit: &str, at: usize, end: usize) -> bool {
        if self.kind != SpanKind::NoteReference {
            return true;
        }
        let before = edit[..at].chars().next_back();
        let after = edit[end..].chars().next();
        let digits = edit[at..end].bytes().all(|b| b.is_ascii_digit());
        let inside_a_number = digits && before.is_some_and(|c| c.is_ascii_digit());
        let inside_a_word = after.is_some_and(char::is_alphanumeric);
        !inside_a_number && !inside_a_word
    }
}

/// The spans of `markdown` (the engine's own inline Markdown, page text escaped in it) that wrap
/// text: `[text](address)`, `**text**`, `*text*`, `~~text~~`, `==text==`, and a code span whose
/// text has nothing to escape. An escaped marker (`\*`) is text, not a span, and so is a marker
/// inside a code span.
fn marked_spans(markdown: &str) -> Vec<MarkedSpan<'_>> {
    let bytes = markdown.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => {
                i += 2;
                continue;
            }
            b'$' => {
                // A formula the engine wrote (a page's own dollar signs are escaped): its TeX
                // holds no marks, and an edit does not bring it back.
                i = past_math(markdown, i);
                continue;
            }
            b'`' => {
                // A code span's text is the page's as it stands: no span inside it.
                let end = past_code_span(markdown, i);
                let run = bytes[i..].iter().take_while(|&&b| b == b'`').count();
                if end > i + run {
                    spans.push(MarkedSpan {
                        open: &markdown[i..i + run],
                        inner: &markdown[i + run..end - run],
                        close: &markdown[end - run..end],
                        kind: SpanKind::Code,
                    });
                }
                i = end;
                continue;
            }
            b'[' if let Some(label) = note_reference_label(markdown, i) => {
                spans.push(MarkedSpan {
                    open: "[^",
                    inner: label,
                    close: "]",
                    kind: SpanKind::NoteReference,
                });
                i += 2 + label.len() + 1;
                continue;
            }
            b'[' => {
                // The link's text runs to the first unescaped "](", its address to the ")".
                let mut j = i + 1;
                while j + 1 < bytes.len() && !(bytes[j] == b']' && bytes[j + 1] == b'(') {
                    j += if bytes[j] == b'\\' { 2 } else { 1 };
                }
                if j + 1 < bytes.len()
                    && let Some(end) = link_destination_end(&markdown[j + 2..])
                {
                    let close_end = j + 2 + end + 1;
                    spans.push(MarkedSpan {
                        open: "[",
                        inner: &markdown[i + 1..j],
                        close: &markdown[j..close_end],
                        kind: SpanKind::Around,
                    });
                    i = close_end;
                    continue;
                }
            }
            b'*' | b'~' | b'=' => {
                let marker: &str = match (bytes[i], bytes.get(i + 1)) {
                    (b'*', Some(b'*')) => "**",
                    (b'*', _) => "*",
                    (b'~', Some(b'~')) => "~~",
                    (b'=', Some(b'=')) => "==",
                    _ => {
                        i += 1;
                        continue;
                    }
                };
                let start = i + marker.len();
                if let Some(len) = markdown[start..].find(marker)
                    && len > 0
                    && !markdown[start..start + len].ends_with('\\')
                {
                    spans.push(MarkedSpan {
                        open: marker,
                        inner: &markdown[start..start + len],
                        close: marker,
                        kind: SpanKind::Around,
                    });
                    i = start + len + marker.len();
                    continue;
                }
            }
            _ => {}
        }
        i += 1;
    }
    spans
}

/// The person's edited text, escaped, with the links, emphasis, code spans and note references
/// of the block's own Markdown put back around the words that still read as they did: a span
/// whose text occurs exactly once in the edit is wrapped again (a reference where the page
/// showed its number or sign); one whose text was changed or removed is left out (the edit
/// stays text). Only Markdown the engine wrote ever comes back.
pub fn escaped_keeping_marks(edited: &str, original_markdown: &str) -> String {
    let mut out = escaped(edited);
    // Byte ranges of `out` already wrapped: a later span may not reach into them.
    let mut wrapped: Vec<(usize, usize)> = Vec::new();
    for span in marked_spans(original_markdown) {
        if span.inner.trim().is_empty() {
            continue;
        }
        let (texts, written) = span.in_edit();
        // The first of the span's texts that the edit holds, where it fits, exactly once.
        let Some((at, end)) = texts.iter().find_map(|text| {
            let mut hits = out
                .match_indices(text.as_str())
                .map(|(at, _)| (at, at + text.len()))
                .filter(|&(at, end)| span.fits(&out, at, end));
            match (hits.next(), hits.next()) {
                (Some(hit), None) => Some(hit),
                _ => None,
            }
        }) else {
            continue;
        };
        if wrapped.iter().any(|&(s, e)| at < e && s < end) {
            continue;
        }
        out.replace_range(at..end, &written);
        // The ranges wrapped before lie wholly before this one or wholly after it.
        for range in &mut wrapped {
            if range.0 >= end {
                range.0 = range.0 + written.len() - (end - at);
                range.1 = range.1 + written.len() - (end - at);
            }
        }
        wrapped.push((at, at + written.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_autolink_is_its_address_and_anything_else_a_link_showing_it() {
        assert_eq!(
            autolink(r"https://example.com/Plug-in_\(computing\).mp4"),
            "<https://example.com/Plug-in_%28computing%29.mp4>"
        );
        // Not absolute: an autolink cannot hold it, so a link shows the address as text.
        assert_eq!(autolink("media/a_b.mp4"), "[media/a_b.mp4](media/a_b.mp4)");
        assert_eq!(autolink("[x]*.mp4"), r"[\[x\]\*.mp4]([x]*.mp4)");
    }

    #[test]
    fn a_file_saved_beside_the_page_stays_relative_and_inside_its_folder() {
        assert_eq!(
            saved_page_file("./My Page_files/photo (1).jpg").as_deref(),
            Some("My%20Page_files/photo%20%281%29.jpg")
        );
        assert_eq!(
            saved_page_file("Page_files/img/a.png").as_deref(),
            Some("Page_files/img/a.png")
        );
        for refused in [
            "_files/a.png",
            "Page_files/",
            "Page_files/../../secret.png",
            "Page_files/./a.png",
            "Page_files//a.png",
            "images/a.png",
            "/Page_files/a.png",
            "https://example.com/Page_files/a.png",
            "Page_files\\..\\a.png",
        ] {
            assert_eq!(saved_page_file(refused), None, "{refused}");
        }
    }

    fn line(text: &str) -> String {
        escape_line_starts(&escaped(text))
    }

    #[test]
    fn a_headings_closing_hashes_are_escaped_and_nothing_else() {
        assert_eq!(escape_closing_hashes("Learn C #"), "Learn C \\#");
        assert_eq!(escape_closing_hashes("###"), "\\###");
        assert_eq!(escape_closing_hashes("Learn C#"), "Learn C#");
        assert_eq!(
            escape_closing_hashes("1. Self-portraits"),
            "1. Self-portraits"
        );
    }

    #[test]
    fn literal_markup_in_page_text_stays_text() {
        assert_eq!(
            line("<img src=x onerror=alert(1)>"),
            "\\<img src=x onerror=alert(1)>"
        );
        assert_eq!(line("<script>x</script>"), "\\<script>x\\</script>");
        assert_eq!(
            line("![](http://tracker/p.png)"),
            "!\\[\\](http://tracker/p.png)"
        );
        assert_eq!(line("[[Secret note]]"), "\\[\\[Secret note\\]\\]");
        assert_eq!(line("# not a heading"), "\\# not a heading");
        assert_eq!(line("1. not a list"), "1\\. not a list");
        assert_eq!(line("2024. A year in review"), "2024\\. A year in review");
        assert_eq!(line("2) nor this"), "2\\) nor this");
        assert_eq!(line("> not a quote"), "\\> not a quote");
        assert_eq!(line("- nor a bullet"), "\\- nor a bullet");
        assert_eq!(line("+ nor this"), "\\+ nor this");
        assert_eq!(line("---"), "\\---");
        assert_eq!(line("--\t-"), "\\--\t-");
        assert_eq!(line("==="), "\\=\\=\\=");
        assert_eq!(line("*stars* and _under_"), "\\*stars\\* and \\_under\\_");
        assert_eq!(line("a `tick`"), "a \\`tick\\`");
        assert_eq!(line("costs $5 or $6"), "costs \\$5 or \\$6");
        // A carriage return breaks the line as a newline does, and what opens the next line
        // cannot make it code.
        assert_eq!(escaped("a\rb\r\nc"), "a  \nb  \nc");
        assert_eq!(
            escaped("a\r\r\tcode\n\n    more"),
            "a  \n  \ncode  \n  \nmore"
        );
        assert_eq!(
            line("==marked== %%hidden%%"),
            "\\=\\=marked\\=\\= \\%\\%hidden\\%\\%"
        );
        assert_eq!(line("~~struck~~"), "\\~\\~struck\\~\\~");
        assert_eq!(line("a #tag here"), "a \\#tag here");
        assert_eq!(line("&amp; &#60; AT&T"), "\\&amp; \\&#60; AT&T");
    }

    #[test]
    fn a_reference_to_a_note_the_note_lacks_is_written_raised() {
        let defined: std::collections::HashSet<&str> = ["1"].into_iter().collect();
        assert_eq!(
            settle_footnote_references("Up[^1] and down[^2].", &defined),
            "Up[^1] and down<sup>2</sup>."
        );
        // Page text and code are not references.
        assert_eq!(
            settle_footnote_references("\\[^2\\] and `a[^2]b` and ``x`[^2]``", &defined),
            "\\[^2\\] and `a[^2]b` and ``x`[^2]``"
        );
        // A lone backtick is text; what follows it is still read.
        assert_eq!(
            settle_footnote_references("a ` b[^3]", &defined),
            "a ` b<sup>3</sup>"
        );
        // Not a label: empty, spaced, unclosed.
        for text in ["[^] x", "[^a b] x", "[^7"] {
            assert_eq!(settle_footnote_references(text, &defined), text);
        }
        assert_eq!(
            settle_footnote_references("é[^<b>]", &defined),
            "é<sup>&lt;b&gt;</sup>"
        );
        // A kept reference right before a link is set apart from it.
        assert_eq!(
            settle_footnote_references("Watch.[^1][Shop](https://e.com) and[^1] [x](y)", &defined),
            "Watch.[^1] [Shop](https://e.com) and[^1] [x](y)"
        );
        // A word read as a citation goes back in its brackets, as text.
        assert_eq!(
            settle_footnote_references("the [^options] section", &defined),
            "the \\[options\\] section"
        );
        // A note marked with a sign shows its sign again.
        assert_eq!(
            settle_footnote_references(
                "a[^asterisk-1] b[^dagger-2] c[^double-dagger-3] d[^asterisk-asterisk-4]",
                &defined
            ),
            "a<sup>*</sup> b<sup>†</sup> c<sup>‡</sup> d<sup>**</sup>"
        );
        // A word that only starts like a sign's name is a word.
        assert_eq!(
            settle_footnote_references("the [^asterisks-1] and [^dagger] notes", &defined),
            "the \\[asterisks-1\\] and \\[dagger\\] notes"
        );
        // A bracket closing a label must not be escaped: `![^1\], x](…)` is an image.
        let image = "![^1\\], x](https://e.com/a.png)";
        assert_eq!(settle_footnote_references(image, &defined), image);
    }

    #[test]
    fn replacing_outside_code_spans_leaves_code_and_escapes_alone() {
        assert_eq!(
            replace_outside_code_spans(
                "a<sup>3</sup> `x<sup>3</sup>` \\<sup>3</sup> ``y`<sup>3</sup>`` ` é\\é <sup>3</sup>",
                "<sup>3</sup>",
                "[^3]"
            ),
            "a[^3] `x<sup>3</sup>` \\<sup>3</sup> ``y`<sup>3</sup>`` ` é\\é [^3]"
        );
    }

    #[test]
    fn a_cell_of_a_table_written_as_html_raises_its_references_and_keeps_the_pages_brackets() {
        assert_eq!(
            inline_html(
                "A claim[^1] and \\[^2\\] as written",
                "A claim1 and [^2] as written"
            ),
            "A claim<sup>1</sup> and [^2] as written"
        );
    }

    #[test]
    fn a_caret_opening_a_links_text_is_not_a_footnote_reference() {
        let mut link = String::from("[");
        escape_inline("^1", &mut link);
        link.push_str("](https://e.com/source)");
        assert_eq!(link, "[\\^1](https://e.com/source)");
        let mut image = String::from("![");
        escape_inline("^2", &mut image);
        image.push_str("](https://e.com/a.png)");
        assert_eq!(image, "![\\^2](https://e.com/a.png)");
        let defined = std::collections::HashSet::new();
        for markdown in [&link, &image] {
            assert_eq!(&settle_footnote_references(markdown, &defined), markdown);
            assert!(
                markup_read_in(markdown)
                    .iter()
                    .all(|m| m.starts_with("Link") || m.starts_with("Image")),
                "{markdown}"
            );
        }
        // Elsewhere a caret is text as it stands.
        assert_eq!(escaped("x^2"), "x^2");
    }

    #[test]
    fn dollars_stay_escaped_only_where_two_could_pair_into_math() {
        let relaxed = |text: &str| relax_lone_dollars(&escaped(text)).into_owned();
        // A price, or prices whose later `$` follows a space, cannot close math.
        assert_eq!(relaxed("It costs $1,052."), "It costs $1,052.");
        assert_eq!(relaxed("Prices are $5 and $6"), "Prices are $5 and $6");
        assert_eq!(relaxed("US$ 20"), "US$ 20");
        // A later `$` right after a non-space closes what an earlier one opened.
        assert_eq!(relaxed("$5-$10 a night"), "\\$5-\\$10 a night");
        assert_eq!(relaxed("from $5 to 6$"), "from \\$5 to 6\\$");
        assert_eq!(relaxed("$$"), "\\$\\$");
        assert_eq!(relaxed("$5 and\u{202f}$6"), "\\$5 and\u{202f}\\$6");
        // A page's own backslash before a dollar stays a backslash, and the dollar text.
        assert_eq!(relaxed("a \\$5"), "a \\\\$5");
        // Math the engine wrote, or a code span, keeps every escape beside it.
        assert_eq!(relax_lone_dollars("$x$ costs \\$5"), "$x$ costs \\$5");
        assert_eq!(
            relax_lone_dollars("`$HOME` costs \\$5"),
            "`$HOME` costs \\$5"
        );
        // Whatever is relaxed reads back as the same text, with no math in it.
        for text in [
            "It costs $1,052.",
            "Prices are $5 and $6",
            "a \\$5 \\\\ and $ 6",
        ] {
            let md = relax_lone_dollars(&escaped(text)).into_owned();
            let events: Vec<_> =
                pulldown_cmark::Parser::new_ext(&md, pulldown_cmark::Options::ENABLE_MATH)
                    .collect();
            let shown: String = events
                .iter()
                .map(|e| match e {
                    pulldown_cmark::Event::Text(t) => t.to_string(),
                    pulldown_cmark::Event::Start(pulldown_cmark::Tag::Paragraph)
                    | pulldown_cmark::Event::End(pulldown_cmark::TagEnd::Paragraph) => {
                        String::new()
                    }
                    other => panic!("{other:?} in {md:?}"),
                })
                .collect();
            assert_eq!(shown, text, "{md}");
        }
    }

    #[test]
    fn delimiter_runs_open_and_close_as_commonmark_reads_them() {
        // Start and end of the text count as spaces.
        assert!(can_open(None, Some('a')) && can_close(Some('a'), None));
        assert!(!can_open(Some('a'), Some(' ')) && !can_close(Some(' '), Some('a')));
        // Inside a word, either way.
        assert!(can_open(Some('a'), Some('b')) && can_close(Some('a'), Some('b')));
        // Punctuation inside needs a space or punctuation outside.
        assert!(!can_open(Some('s'), Some('$')) && can_open(Some(' '), Some('$')));
        assert!(!can_close(Some('$'), Some('1')) && can_close(Some('$'), Some(' ')));
        assert!(can_close(Some(':'), None) && can_close(Some('.'), Some(')')));
        // Beyond ASCII: symbols and punctuation are punctuation, letters and joiners are not.
        assert!(is_punctuation('…') && is_punctuation('€') && is_punctuation('“'));
        assert!(!is_punctuation('é') && !is_punctuation('漢') && !is_punctuation('\u{200D}'));
        assert!(!is_punctuation('\u{A0}') && !can_open(None, Some('\u{A0}')));
    }

    #[test]
    fn ordinary_text_is_left_alone() {
        for text in [
            "The council met on Tuesday, and agreed (again).",
            "snake_case_name stays",
            "Issue #42 and C# and 3 = 3",
            "2024 was a year",
            "100% sure - or not",
        ] {
            assert_eq!(line(text), text, "{text}");
        }
    }

    #[test]
    fn line_breaks_become_hard_breaks() {
        assert_eq!(escaped("one \ntwo"), "one  \ntwo");
        assert_eq!(line("first\n# second"), "first  \n\\# second");
    }

    #[test]
    fn code_spans_and_blocks_outlast_backticks_inside() {
        assert_eq!(code_span("toml"), "`toml`");
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`x"), "`` `x ``");
        assert_eq!(
            code_block("fn main() {}", Some("rust")),
            "```rust\nfn main() {}\n```"
        );
        assert_eq!(code_block("```\nx\n```", None), "````\n```\nx\n```\n````");
    }

    #[test]
    fn addresses_keep_only_safe_schemes_and_resolve_against_the_base() {
        let base = url::Url::parse("https://example.com/blog/post.html").ok();
        let base = base.as_ref();
        assert_eq!(
            safe_address("img/a b.png", base).as_deref(),
            Some("https://example.com/blog/img/a%20b.png")
        );
        assert_eq!(
            safe_address("/x_(y)", base).as_deref(),
            Some("https://example.com/x_\\(y\\)")
        );
        // A control character ends a link's address; a backslash at the end would escape the
        // link's closing parenthesis.
        assert_eq!(
            safe_address("https://example.com/a\u{4}b\u{7f}", base).as_deref(),
            Some("https://example.com/a%04b%7F")
        );
        assert_eq!(
            safe_address("mailto:x@y.z?subject=a\\", base).as_deref(),
            Some("mailto:x@y.z?subject=a%5C")
        );
        assert_eq!(
            safe_address("mailto:a@b.c", base).as_deref(),
            Some("mailto:a@b.c")
        );
        assert_eq!(safe_address("javascript:alert(1)", base), None);
        assert_eq!(safe_address("JavaScript:alert(1)", None), None);
        assert_eq!(safe_address("data:image/png;base64,AAAA", base), None);
        assert_eq!(safe_address("file:///etc/passwd", base), None);
        assert_eq!(safe_address("#section", base), None);
        assert_eq!(
            safe_address("img/a.png", None).as_deref(),
            Some("img/a.png")
        );
        assert_eq!(safe_address("vbscript:x", None), None);
    }

    #[test]
    fn an_edit_keeps_the_links_and_emphasis_around_words_it_left_alone() {
        let page = "Read [the report](https://example.com/r) and the **full** text, *now*.";
        assert_eq!(
            escaped_keeping_marks("Junk. Read the report and the full text, now.", page),
            "Junk. Read [the report](https://example.com/r) and the **full** text, *now*."
        );
        // A link whose words were changed, or that now occur twice, is left as text.
        assert_eq!(
            escaped_keeping_marks("Read the paper and the full text.", page),
            "Read the paper and the **full** text."
        );
        assert_eq!(
            escaped_keeping_marks("the report, the report", page),
            "the report, the report"
        );
        // What the person typed stays text, and escaped markers in the page are not spans.
        assert_eq!(
            escaped_keeping_marks("A [link](x) *typed*", "Plain \\*text\\* only"),
            "A \\[link\\](x) \\*typed\\*"
        );
        // A formula's TeX holds no marks: its backticks are no code span.
        assert_eq!(
            escaped_keeping_marks("x `a` y, more", "$x `a` y$"),
            "x \\`a\\` y, more"
        );
        // A code span's text is the page's: its asterisks are no emphasis, and it comes back
        // as code, written as it stands.
        assert_eq!(
            escaped_keeping_marks(
                "Set toml, then a*s, b* and x<sup>3</sup> stay, more.",
                "Set `toml`, then `a*s, b*` and `x<sup>3</sup>` stay."
            ),
            "Set `toml`, then `a*s, b*` and `x<sup>3</sup>` stay, more."
        );
    }

    #[test]
    fn an_edit_keeps_the_note_references_it_left_alone() {
        // A reference shows as its number, its bracketed number or its sign.
        assert_eq!(
            escaped_keeping_marks(
                "As things1 say, see the report. More.",
                "As things[^1] say, see [the report](https://example.com/r)."
            ),
            "As things[^1] say, see [the report](https://example.com/r). More."
        );
        assert_eq!(
            escaped_keeping_marks("As shown[2], more.", "As shown[^2]."),
            "As shown[^2], more."
        );
        assert_eq!(
            escaped_keeping_marks("A claim* and more.", "A claim[^asterisk-1]."),
            "A claim[^asterisk-1] and more."
        );
        // A number inside another, a reference the edit removed or one it now shows twice
        // stays text.
        assert_eq!(
            escaped_keeping_marks("In 2019 it rose.", "In 2019 it rose[^1]."),
            "In 2019 it rose."
        );
        assert_eq!(
            escaped_keeping_marks("Page1 and page1.", "Page[^1] and more."),
            "Page1 and page1."
        );
        assert_eq!(
            escaped_keeping_marks("Note1a here.", "Note[^1] here."),
            "Note1a here."
        );
    }

    #[test]
    fn a_pages_parentheses_are_escaped_in_its_addresses_and_links_end_past_them() {
        let address = safe_address("https://en.wikipedia.org/wiki/Plug-in_(computing)", None);
        assert_eq!(
            address.as_deref(),
            Some("https://en.wikipedia.org/wiki/Plug-in_\\(computing\\)")
        );
        // A file saved beside the page keeps them percent-encoded: Obsidian finds it on the disk.
        assert_eq!(
            saved_page_file("Page_files/a (1).png").as_deref(),
            Some("Page_files/a%20%281%29.png")
        );
        assert_eq!(link_destination_end("x_\\(y\\)) more"), Some(7));
        assert_eq!(unescaped_address("x_\\(y\\)"), "x_(y)");
        assert_eq!(link_destination_end("a\\\\) b"), Some(3));
        assert_eq!(link_destination_end("no end \\)"), None);
        // An edit keeps such a link whole.
        let page =
            "See [the plug-in page](https://en.wikipedia.org/wiki/Plug-in_\\(computing\\)) now.";
        assert_eq!(
            escaped_keeping_marks("See the plug-in page now, and later.", page),
            "See [the plug-in page](https://en.wikipedia.org/wiki/Plug-in_\\(computing\\)) now, and later."
        );
        // Read back, the link's address is the page's, byte for byte.
        let links: Vec<String> = reader_events(page)
            .into_iter()
            .filter_map(|e| match e {
                pulldown_cmark::Event::Start(pulldown_cmark::Tag::Link { dest_url, .. }) => {
                    Some(dest_url.to_string())
                }
                _ => None,
            })
            .collect();
        assert_eq!(links, ["https://en.wikipedia.org/wiki/Plug-in_(computing)"]);
    }

    #[test]
    fn odd_markdown_in_an_edit_never_panics() {
        // Cut-off or odd Markdown (the person's text is anything) never panics.
        for page in [
            "\\é[", "[é](", "**", "*", "[a](", "~~é~~", "==", "\\", "[é]()é", "`é", "``é`", "[^",
            "[^]", "a[^é", "[^1",
        ] {
            for edit in ["é", "", "a é [", "**"] {
                let _ = escaped_keeping_marks(edit, page);
            }
        }
    }
}
