//! File names that are safe on Windows, macOS and Linux alike, rendered from the person's
//! file-name template.

use unicode_segmentation::UnicodeSegmentation;

use crate::clipping::Clipping;

/// The template that names a note after its title alone (tidyclip's behaviour before templates).
pub const DEFAULT_NAME_TEMPLATE: &str = "{title}";

/// The placeholders a file-name template understands, for hints and help text.
pub const NAME_PLACEHOLDERS: &[&str] = &["{title}", "{site}", "{published}", "{created}"];

/// The longest file name stem we write, in bytes, leaving room for " 99.md".
const MAX_STEM_BYTES: usize = 120;

/// Names Windows reserves whatever the extension.
const RESERVED: &[&str] = &[
    "CON", "PRN", "AUX", "NUL", "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
    "COM8", "COM9", "COM¹", "COM²", "COM³", "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6",
    "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³", "CONIN$", "CONOUT$",
];

/// Turns a title into a file name stem: no path separators, control, format or reserved
/// characters (`\ / : * ? " < > |` and Obsidian's `# ^ [ ]`; bidi controls, zero-width spaces and
/// BOMs, which would hide or reorder what the name shows), no leading dots, at most 120 bytes (cut
/// between graphemes, so an accent or an emoji sequence stays whole), never a name Windows
/// reserves for a device, never empty.
pub fn sanitize_file_stem(title: &str) -> String {
    // Composed (NFC): the same title typed on macOS (which decomposes) and elsewhere is one name.
    let title = nfc(title);
    let chars: Vec<char> = title.chars().collect();
    let mut out = String::with_capacity(title.len());
    let mut last_space = true;
    for (i, &c) in chars.iter().enumerate() {
        if is_invisible_format(c)
            || (is_joiner(c) && !joins(chars.get(i.wrapping_sub(1)), chars.get(i + 1)))
        {
            continue;
        }
        let c = if c.is_control()
            || matches!(
                c,
                '\\' | '/' | ':' | '*' | '?' | '"' | '<' | '>' | '|' | '#' | '^' | '[' | ']'
            ) {
            ' '
        } else {
            c
        };
        if c.is_whitespace() {
            if !last_space {
                out.push(' ');
            }
            last_space = true;
        } else {
            out.push(c);
            last_space = false;
        }
    }
    // Every leading dot goes, not just the first run: `../../x` must not become the hidden `.. x`.
    let mut stem = out
        .trim_start_matches(|c: char| c == '.' || c.is_whitespace())
        .trim_end()
        .to_string();
    if stem.len() > MAX_STEM_BYTES {
        stem.truncate(grapheme_cut(&stem, MAX_STEM_BYTES));
    }
    // Windows drops trailing dots and spaces, which would make two names collide.
    let stem = stem.trim_end_matches(['.', ' ']).to_string();
    if stem.is_empty() {
        return "Untitled clipping".to_string();
    }
    // Windows reserves `CON`, `nul.txt` and `con .txt` alike: the part before the first dot,
    // trailing spaces aside, names the device. A word added to that part frees the name.
    let (base, rest) = stem.split_at(stem.find('.').unwrap_or(stem.len()));
    let base = base.trim_end();
    if RESERVED.contains(&base.to_ascii_uppercase().as_str()) {
        format!("{base} clipping{rest}")
    } else {
        stem
    }
}

/// Unicode format characters that only steer or hide text: bidi marks, embeddings, overrides and
/// isolates (`abc\u{202E}txt.exe` shows as `abcexe.txt`), zero-width spaces, word joiners and
/// invisible operators, the BOM, soft hyphens and tag characters.
fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{180E}'
            | '\u{200B}'
            | '\u{200E}'
            | '\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{FEFF}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{E0000}'..='\u{E007F}'
    )
}

/// Zero-width joiner and non-joiner: they build emoji sequences and shape Persian or Indic
/// words, so they are kept between two letters or symbols of such a script, and dropped elsewhere.
fn is_joiner(c: char) -> bool {
    matches!(c, '\u{200C}' | '\u{200D}')
}

fn joins(before: Option<&char>, after: Option<&char>) -> bool {
    let joinable = |c: Option<&char>| {
        c.is_some_and(|&c| {
            !c.is_ascii() && !c.is_whitespace() && !is_invisible_format(c) && !is_joiner(c)
        })
    };
    joinable(before) && joinable(after)
}

/// The longest prefix of `text` within `max` bytes that ends between two graphemes (what a
/// person sees as one character: a letter with its accents, an emoji with its joiners and
/// modifiers). A single grapheme longer than `max` is cut between characters.
fn grapheme_cut(text: &str, max: usize) -> usize {
    let mut cut = 0;
    for (at, grapheme) in text.grapheme_indices(true) {
        if at + grapheme.len() > max {
            break;
        }
        cut = at + grapheme.len();
    }
    if cut == 0 {
        cut = max.min(text.len());
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
    }
    cut
}

/// What a file-name template's placeholders stand for, for one note.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NameFields {
    /// The title to name the file after (never empty: the fallback when the template renders to
    /// nothing).
    pub title: String,
    pub site: String,
    /// `YYYY-MM-DD`, or empty when the publication date is unknown.
    pub published: String,
    /// `YYYY-MM-DD` of the clipping.
    pub created: String,
}

impl NameFields {
    /// The fields of a clipping: its display title, site, and the dates' day parts.
    pub fn of(clipping: &Clipping) -> Self {
        NameFields {
            title: clipping.display_title().to_string(),
            site: clipping.site.as_deref().unwrap_or("").trim().to_string(),
            published: clipping
                .published
                .as_deref()
                .map_or_else(String::new, day_of),
            created: clipping.created.format("%Y-%m-%d").to_string(),
        }
    }
}

/// The `YYYY-MM-DD` day of a front matter date (RFC 3339 in its own offset, or a bare date);
/// empty when it is neither.
pub(crate) fn day_of(text: &str) -> String {
    let text = text.trim();
    if let Ok(at) = chrono::DateTime::parse_from_rfc3339(text) {
        return at.format("%Y-%m-%d").to_string();
    }
    text.get(..10)
        .and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
        .map_or_else(String::new, |d| d.format("%Y-%m-%d").to_string())
}

/// The file name stem a clipping gets under `template`: each `{title}`, `{site}`,
/// `{published}` and `{created}` replaced, then [`sanitize_file_stem`]. See [`render_stem`].
pub fn render_file_stem(template: &str, clipping: &Clipping) -> String {
    render_stem(template, &NameFields::of(clipping))
}

/// The file name stem `fields` get under `template`. A placeholder with nothing to say takes one
/// neighbouring separator (` - `, `_`, a space…) and any brackets around it with it, so
/// `{published} {site} - {title}` without a site is `2025-05-05 - Title`, never
/// `2025-05-05  - Title`. Unknown placeholders stay as written so the person sees the typo. A
/// template that renders to nothing names the file after the title.
pub fn render_stem(template: &str, fields: &NameFields) -> String {
    let mut parts = split_template(template, fields);
    for i in 0..parts.len() {
        if !matches!(&parts[i], Part::Value(v) if v.trim().is_empty()) {
            continue;
        }
        drop_brackets_around(&mut parts, i);
        let before = i.checked_sub(1);
        let after = Some(i + 1).filter(|&a| a < parts.len());
        let droppable = |p: Option<&Part>| matches!(p, Some(Part::Text(t)) if is_separator(t));
        if droppable(before.map(|b| &parts[b])) {
            parts[i - 1] = Part::Text(String::new());
        } else if droppable(after.map(|a| &parts[a])) {
            parts[i + 1] = Part::Text(String::new());
        }
    }
    let rendered: String = parts
        .iter()
        .map(|p| match p {
            Part::Text(t) | Part::Value(t) => t.as_str(),
        })
        .collect();
    let meaningful = rendered
        .chars()
        .any(|c| !(c.is_whitespace() || SEPARATOR_CHARS.contains(&c)));
    if meaningful {
        sanitize_file_stem(&rendered)
    } else {
        sanitize_file_stem(&fields.title)
    }
}

/// Characters that only join placeholders, dropped with an empty one.
const SEPARATOR_CHARS: &[char] = &[
    '-', '–', '—', '_', '.', ',', ';', ':', '|', '·', '•', '~', '+', '@',
];

/// Bracket pairs that wrap a placeholder, dropped with an empty one.
const BRACKETS: &[(char, char)] = &[('(', ')'), ('[', ']'), ('{', '}'), ('<', '>')];

/// A piece of a template: literal text, or what a placeholder stands for.
#[derive(Debug)]
enum Part {
    Text(String),
    Value(String),
}

fn is_separator(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_whitespace() || SEPARATOR_CHARS.contains(&c))
}

/// Splits `template` into literal text and placeholder values (unknown ones stay text).
fn split_template(template: &str, fields: &NameFields) -> Vec<Part> {
    let mut parts = Vec::new();
    let mut text = String::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        let (head, tail) = rest.split_at(open);
        text.push_str(head);
        let value = tail.find('}').and_then(|close| {
            let name = &tail[1..close];
            let value = match name.trim().to_ascii_lowercase().as_str() {
                "title" => &fields.title,
                "site" => &fields.site,
                "published" | "date" => &fields.published,
                "created" | "clipped" => &fields.created,
                _ => return None,
            };
            Some((value.clone(), close))
        });
        match value {
            Some((value, close)) => {
                parts.push(Part::Text(std::mem::take(&mut text)));
                parts.push(Part::Value(value));
                rest = &tail[close + 1..];
            }
            None => {
                text.push('{');
                rest = &tail[1..];
            }
        }
    }
    text.push_str(rest);
    parts.push(Part::Text(text));
    parts
}

/// When the empty value at `i` sits in brackets (`({site})`), removes them from the texts around it.
fn drop_brackets_around(parts: &mut [Part], i: usize) {
    let (Some(before), Some(after)) = (i.checked_sub(1), Some(i + 1).filter(|&a| a < parts.len()))
    else {
        return;
    };
    let open = match &parts[before] {
        Part::Text(t) => t.trim_end().chars().last(),
        Part::Value(_) => None,
    };
    let close = match &parts[after] {
        Part::Text(t) => t.trim_start().chars().next(),
        Part::Value(_) => None,
    };
    let (Some(open), Some(close)) = (open, close) else {
        return;
    };
    if !BRACKETS.contains(&(open, close)) {
        return;
    }
    if let Part::Text(t) = &mut parts[before] {
        let kept = t.trim_end().len() - open.len_utf8();
        t.truncate(kept);
    }
    if let Part::Text(t) = &mut parts[after] {
        *t = t.trim_start()[close.len_utf8()..].to_string();
    }
}

/// `text` in Unicode normalization form C.
pub fn nfc(text: &str) -> std::borrow::Cow<'_, str> {
    icu_normalizer::ComposingNormalizerBorrowed::new_nfc().normalize(text)
}

/// What makes two file names one on macOS and Windows: case, and composed or decomposed accents.
pub fn name_key(name: &str) -> String {
    nfc(name).to_lowercase()
}

/// How many numbered names (`stem 2.md`…) are tried before giving up.
pub const MAX_NUMBERED: usize = 10_000;

/// `stem.md` for the first try, `stem 2.md`, `stem 3.md`… after.
pub fn numbered_file_name(stem: &str, n: usize) -> String {
    if n <= 1 {
        format!("{stem}.md")
    } else {
        format!("{stem} {n}.md")
    }
}

/// Whether a note's file stem is already the name for `stem`: `stem` itself or a numbered
/// `stem 2`, `stem 3`… (so re-saving `Story 2.md` keeps its name instead of moving on to 3).
pub fn is_name_for(file_stem: &str, stem: &str) -> bool {
    file_stem == stem
        || file_stem
            .strip_prefix(stem)
            .and_then(|rest| rest.strip_prefix(' '))
            .and_then(|n| n.parse::<usize>().ok())
            .is_some_and(|n| n >= 2 && !n.to_string().starts_with('0'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composed_and_decomposed_accents_make_one_name() {
        let decomposed = "Cafe\u{301} menu";
        assert_eq!(sanitize_file_stem(decomposed), "Café menu");
        assert_eq!(name_key("CAFE\u{301}.md"), name_key("café.md"));
    }

    #[test]
    fn strips_separators_reserved_characters_and_leading_dots() {
        assert_eq!(sanitize_file_stem("../etc/passwd"), "etc passwd");
        assert_eq!(sanitize_file_stem("A: b? [c] #d |e ^f"), "A b c d e f");
        assert_eq!(sanitize_file_stem("line\nbreak\ttab"), "line break tab");
        assert_eq!(sanitize_file_stem("..."), "Untitled clipping");
        assert_eq!(sanitize_file_stem("con"), "con clipping");
        assert_eq!(sanitize_file_stem("Ends with dot."), "Ends with dot");
        assert_eq!(sanitize_file_stem("NUL.tar"), "NUL clipping.tar");
        assert_eq!(sanitize_file_stem("con .txt"), "con clipping.txt");
        assert_eq!(sanitize_file_stem("COM1.txt"), "COM1 clipping.txt");
        assert_eq!(sanitize_file_stem("com¹"), "com¹ clipping");
        assert_eq!(sanitize_file_stem("\u{0}\u{1b}[31mred"), "31mred");
        assert_eq!(sanitize_file_stem("  .env  "), "env");
        assert_eq!(sanitize_file_stem("../../etc/passwd"), "etc passwd");
    }

    #[test]
    fn numbered_names_belong_to_their_stem() {
        assert!(is_name_for("Story", "Story"));
        assert!(is_name_for("Story 2", "Story"));
        assert!(is_name_for("Story 12", "Story"));
        assert!(!is_name_for("Story 1", "Story"));
        assert!(!is_name_for("Story 2b", "Story"));
        assert!(!is_name_for("Story time", "Story"));
        assert!(!is_name_for("Story 2", "Story 2 3"));
    }

    fn fields(title: &str, site: &str, published: &str) -> NameFields {
        NameFields {
            title: title.into(),
            site: site.into(),
            published: published.into(),
            created: "2025-06-01".into(),
        }
    }

    #[test]
    fn the_default_template_is_the_sanitized_title() {
        let f = fields("A: story?", "RT.com", "2025-05-05");
        assert_eq!(render_stem(DEFAULT_NAME_TEMPLATE, &f), "A story");
    }

    #[test]
    fn placeholders_are_filled_and_sanitized() {
        let f = fields("Title", "RT.com", "2025-05-05");
        assert_eq!(
            render_stem("{published} {site} - {title}", &f),
            "2025-05-05 RT.com - Title"
        );
        assert_eq!(render_stem("{created}_{title}", &f), "2025-06-01_Title");
        assert_eq!(render_stem("{title} ({site})", &f), "Title (RT.com)");
        assert_eq!(render_stem("{ Title }", &f), "Title");
    }

    #[test]
    fn missing_parts_take_their_separator_with_them() {
        let no_site = fields("Title", "", "2025-05-05");
        assert_eq!(
            render_stem("{published} {site} - {title}", &no_site),
            "2025-05-05 - Title"
        );
        assert_eq!(render_stem("{title} - {site}", &no_site), "Title");
        assert_eq!(render_stem("{title} ({site})", &no_site), "Title");
        assert_eq!(render_stem("{site} - {title}", &no_site), "Title");
        let neither = fields("Title", "", "");
        assert_eq!(
            render_stem("{published} {site} - {title}", &neither),
            "Title"
        );
        assert_eq!(render_stem("{published}_{site}_{title}", &neither), "Title");
    }

    #[test]
    fn an_empty_rendering_falls_back_to_the_title() {
        let f = fields("Title", "", "");
        assert_eq!(render_stem("", &f), "Title");
        assert_eq!(render_stem("{site}", &f), "Title");
        assert_eq!(render_stem(" - {published} - ", &f), "Title");
    }

    #[test]
    fn hostile_values_and_templates_cannot_leave_the_folder() {
        let f = fields("What? A: \"story\" <b>", "evil/site:", "2025-05-05");
        assert_eq!(
            render_stem("{site} - {title}", &f),
            "evil site - What A story b"
        );
        let f = fields("../../etc/passwd", "evil/site:", "2025-05-05");
        assert_eq!(render_stem("{title}", &f), "etc passwd");
        assert_eq!(render_stem("../{title}", &f), "etc passwd");
        assert_eq!(
            render_stem("{site}/{published}", &f),
            "evil site 2025-05-05"
        );
        assert_eq!(render_stem("con", &f), "con clipping");
        // An unknown placeholder stays visible so the typo can be seen and fixed.
        assert_eq!(render_stem("{titel}", &f), "{titel}");
    }

    #[test]
    fn dates_keep_their_day_part() {
        assert_eq!(day_of("2025-05-05T23:30:00-07:00"), "2025-05-05");
        assert_eq!(day_of("2025-05-05"), "2025-05-05");
        assert_eq!(day_of("May 2025"), "");
    }

    #[test]
    fn long_titles_are_cut_on_a_character_boundary() {
        let title = "é".repeat(200);
        let stem = sanitize_file_stem(&title);
        assert!(stem.len() <= MAX_STEM_BYTES);
        assert!(stem.chars().all(|c| c == 'é'));
    }

    #[test]
    fn invisible_format_characters_go_and_joiners_stay_only_inside_a_sequence() {
        assert_eq!(sanitize_file_stem("abc\u{202E}txt.exe"), "abctxt.exe");
        assert_eq!(sanitize_file_stem("\u{FEFF}a\u{200B}b\u{2066}c"), "abc");
        assert_eq!(sanitize_file_stem("a\u{200D}b \u{200D}"), "ab");
        let family = "👨\u{200D}👩\u{200D}👧";
        assert_eq!(sanitize_file_stem(family), family);
        assert_eq!(sanitize_file_stem("nul\u{200B}.txt"), "nul clipping.txt");
    }

    #[test]
    fn long_titles_are_cut_between_graphemes() {
        let flag = "🇺🇦";
        let stem = sanitize_file_stem(&flag.repeat(40));
        assert_eq!(stem, flag.repeat(stem.len() / flag.len()));
        // x with an acute has no composed form: it stays two characters, one grapheme.
        let decomposed = "x\u{301}".repeat(50);
        let stem = sanitize_file_stem(&decomposed);
        assert!(stem.ends_with('\u{301}'), "{stem}");
    }
}
