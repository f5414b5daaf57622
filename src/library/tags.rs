//! Tags as Obsidian reads them: letters, digits, `_`, `-` and `/` for nesting, no spaces, at
//! least one character that is not a digit.

use super::LibraryError;

/// Cleans the tags a person typed into tags Obsidian reads: a leading `#` dropped, spaces and
/// punctuation turned into `-`, one entry split at commas and line breaks (`news, politics` is
/// two tags), repeats removed. A blank entry (which would silently clear every tag) and a tag
/// Obsidian cannot read (`2024`, `###`) are refused with the reason.
pub fn clean_tags(tags: &[String]) -> Result<Vec<String>, LibraryError> {
    let mut clean: Vec<String> = Vec::new();
    for entry in tags {
        let parts: Vec<&str> = entry
            .split([',', '\n', '\r'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        if parts.is_empty() {
            return Err(LibraryError::BadTag {
                tag: entry.clone(),
                why: "it is empty".into(),
            });
        }
        for part in parts {
            let tag = obsidian_tag(part).map_err(|why| LibraryError::BadTag {
                tag: part.to_string(),
                why,
            })?;
            if !clean.iter().any(|t| t.to_lowercase() == tag.to_lowercase()) {
                clean.push(tag);
            }
        }
    }
    Ok(clean)
}

/// One tag as Obsidian reads it, or why it cannot be one.
pub fn obsidian_tag(text: &str) -> Result<String, String> {
    let text = text.trim().trim_start_matches('#');
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() || is_invisible(c) {
            continue;
        }
        let keep = c.is_alphanumeric() || matches!(c, '_' | '-' | '/') || !c.is_ascii();
        out.push(if keep && !c.is_whitespace() { c } else { '-' });
    }
    // Nesting: `a / b` is `a/b`; empty levels and dashes at the ends of a level go.
    let tag = out
        .split('/')
        .map(collapse_dashes)
        .filter(|level| !level.is_empty())
        .collect::<Vec<_>>()
        .join("/");
    if tag.is_empty() {
        return Err("it has no letters or digits".into());
    }
    if tag.chars().all(|c| c.is_ascii_digit() || c == '/') {
        return Err("Obsidian needs at least one character that is not a digit".into());
    }
    Ok(tag)
}

/// `a--b-` → `a-b`.
fn collapse_dashes(level: &str) -> String {
    let mut out = String::with_capacity(level.len());
    for c in level.chars() {
        if c == '-' && (out.is_empty() || out.ends_with('-')) {
            continue;
        }
        out.push(c);
    }
    out.trim_end_matches('-').to_string()
}

/// Format characters that would hide inside a tag (zero-width, bidi, BOM).
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{FEFF}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_become_what_obsidian_reads() {
        assert_eq!(obsidian_tag("#read later").as_deref(), Ok("read-later"));
        assert_eq!(obsidian_tag("a:b").as_deref(), Ok("a-b"));
        assert_eq!(
            obsidian_tag(" deep / nested /x ").as_deref(),
            Ok("deep/nested/x")
        );
        assert_eq!(obsidian_tag("café_2024").as_deref(), Ok("café_2024"));
        assert!(obsidian_tag("2024").is_err());
        assert!(obsidian_tag("###").is_err());
        assert!(obsidian_tag("?!").is_err());
    }

    #[test]
    fn entries_split_at_commas_and_blanks_are_refused() {
        let tags = clean_tags(&["news, politics".into(), "News".into()]).unwrap();
        assert_eq!(tags, vec!["news", "politics"]);
        assert!(clean_tags(&[" ".into()]).is_err());
        assert_eq!(clean_tags(&[]).unwrap(), Vec::<String>::new());
    }
}
