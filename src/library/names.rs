//! File names that are safe on Windows, macOS and Linux alike.

/// The longest file name stem we write, in bytes, leaving room for " 99.md".
const MAX_STEM_BYTES: usize = 120;

/// Names Windows reserves whatever the extension.
const RESERVED: &[&str] = &[
    "CON", "PRN", "AUX", "NUL", "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
    "COM8", "COM9", "COM¹", "COM²", "COM³", "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6",
    "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³", "CONIN$", "CONOUT$",
];

/// Turns a title into a file name stem: no path separators, control or reserved characters
/// (`\ / : * ? " < > |` and Obsidian's `# ^ [ ]`), no leading dots, at most 120 bytes (cut on a
/// character boundary), never a reserved Windows name, never empty.
pub fn sanitize_file_stem(title: &str) -> String {
    let mut out = String::with_capacity(title.len());
    let mut last_space = true;
    for c in title.chars() {
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
    let mut stem = out.trim().trim_start_matches('.').trim().to_string();
    if stem.len() > MAX_STEM_BYTES {
        let mut cut = MAX_STEM_BYTES;
        while !stem.is_char_boundary(cut) {
            cut -= 1;
        }
        stem.truncate(cut);
    }
    // Windows drops trailing dots and spaces, which would make two names collide.
    let stem = stem.trim_end_matches(['.', ' ']).to_string();
    // Windows also reserves `CON.txt` and `nul .md`: compare the part before the first dot.
    let base = stem
        .split('.')
        .next()
        .unwrap_or("")
        .trim_end()
        .to_ascii_uppercase();
    if stem.is_empty() {
        "Untitled clipping".to_string()
    } else if RESERVED.contains(&base.as_str()) {
        format!("{stem} clipping")
    } else {
        stem
    }
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
    fn strips_separators_reserved_characters_and_leading_dots() {
        assert_eq!(sanitize_file_stem("../etc/passwd"), "etc passwd");
        assert_eq!(sanitize_file_stem("A: b? [c] #d |e ^f"), "A b c d e f");
        assert_eq!(sanitize_file_stem("line\nbreak\ttab"), "line break tab");
        assert_eq!(sanitize_file_stem("..."), "Untitled clipping");
        assert_eq!(sanitize_file_stem("con"), "con clipping");
        assert_eq!(sanitize_file_stem("Ends with dot."), "Ends with dot");
        assert_eq!(sanitize_file_stem("NUL.tar"), "NUL.tar clipping");
        assert_eq!(sanitize_file_stem("com¹"), "com¹ clipping");
        assert_eq!(sanitize_file_stem("\u{0}\u{1b}[31mred"), "31mred");
        assert_eq!(sanitize_file_stem("  .env  "), "env");
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

    #[test]
    fn long_titles_are_cut_on_a_character_boundary() {
        let title = "é".repeat(200);
        let stem = sanitize_file_stem(&title);
        assert!(stem.len() <= MAX_STEM_BYTES);
        assert!(stem.chars().all(|c| c == 'é'));
    }
}
