//! Texts reduced to lower-case words, for comparing blocks with each other and with the fields.

use super::chars::is_word_char;
use super::lower::lower_fast;

/// Characters a browser does not show (a soft hyphen only at a line's break, which a note has
/// none of): left in, they split words for search and counting. Joiners that shape scripts and
/// emoji stay.
pub const INVISIBLE: &[char] = &['\u{ad}', '\u{200b}', '\u{2060}', '\u{feff}'];

/// The text without the characters a browser does not show.
pub fn without_invisible(text: std::borrow::Cow<'_, str>) -> std::borrow::Cow<'_, str> {
    if text.is_ascii() || !text.contains(INVISIBLE) {
        return text;
    }
    std::borrow::Cow::Owned(text.chars().filter(|c| !INVISIBLE.contains(c)).collect())
}

/// Whether a browser shows anything of `text`: a character that is neither whitespace, nor
/// one of [`INVISIBLE`], nor a joiner (U+200C, U+200D) with nothing around it to join. Some site
/// builders write a paragraph holding only a zero-width joiner as a spacer.
pub fn shows_anything(text: &str) -> bool {
    text.chars().any(|c| {
        !c.is_whitespace() && !INVISIBLE.contains(&c) && !matches!(c, '\u{200c}' | '\u{200d}')
    })
}

/// Blocks are compared (duplicates, repeats of the summary) on at most this many characters.
const NORMALIZED_MAX_CHARS: usize = 1000;
/// Text with every run of whitespace made one space and none at the ends (case and
/// punctuation kept): a metadata value as a person reads it.
pub fn collapse(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text reduced to lower-case letters and digits separated by single spaces, for comparing
/// blocks.
pub fn normalized(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len());
    normalize_into(text, &mut out);
    String::from_utf8(out).expect("normalising writes whole characters")
}

/// [`normalized`] into a reused buffer.
pub fn normalize_into(text: &str, out: &mut Vec<u8>) {
    normalize_limited(text, out, usize::MAX);
}

/// [`normalize_into`] stopping once `out` holds at least `max_bytes` bytes: what it holds is
/// always the start of the whole normalised text.
pub fn normalize_limited(text: &str, out: &mut Vec<u8>, max_bytes: usize) {
    out.clear();
    let mut space = false;
    // A long block is told apart by its first thousand characters.
    let mut budget = NORMALIZED_MAX_CHARS;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() && budget > 0 && out.len() < max_bytes {
        let b = bytes[i];
        budget -= 1;
        if b.is_ascii() {
            i += 1;
            if b.is_ascii_alphanumeric() {
                if space && !out.is_empty() {
                    out.push(b' ');
                }
                space = false;
                out.push(b.to_ascii_lowercase());
            } else if b.is_ascii_whitespace() {
                space = true;
            }
            continue;
        }
        let c = text[i..]
            .chars()
            .next()
            .expect("i is on a character boundary inside the text");
        if is_word_char(c) {
            if space && !out.is_empty() {
                out.push(b' ');
            }
            space = false;
            let mut utf8 = [0u8; 4];
            match lower_fast(c) {
                Some(l) => out.extend_from_slice(l.encode_utf8(&mut utf8).as_bytes()),
                None => {
                    for l in c.to_lowercase() {
                        out.extend_from_slice(l.encode_utf8(&mut utf8).as_bytes());
                    }
                }
            }
        } else if c.is_whitespace() {
            space = true;
        }
        i += c.len_utf8();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_go_and_joiners_stay() {
        assert_eq!(without_invisible("C# and F#".into()), "C# and F#");
        assert_eq!(
            without_invisible("defin\u{ad}itive infor\u{200b}mation\u{feff}".into()),
            "definitive information"
        );
        assert_eq!(
            without_invisible("ZWJ: 👩\u{200d}💻".into()),
            "ZWJ: 👩\u{200d}💻"
        );
    }

    #[test]
    fn a_joiner_alone_shows_nothing_and_one_inside_an_emoji_does() {
        assert!(!shows_anything("\u{200d}"));
        assert!(!shows_anything(" \u{200c}\u{feff}\u{a0}\n"));
        assert!(!shows_anything(""));
        assert!(shows_anything("👩\u{200d}💻"));
        assert!(shows_anything("\u{200d}."));
    }

    /// The character-by-character normalisation the run-based one replaced.
    fn normalized_slowly(text: &str) -> String {
        let mut out = String::new();
        let mut space = false;
        for c in text.chars().take(NORMALIZED_MAX_CHARS) {
            if is_word_char(c) {
                if space && !out.is_empty() {
                    out.push(' ');
                }
                space = false;
                out.extend(c.to_lowercase());
            } else if c.is_whitespace() {
                space = true;
            }
        }
        out
    }

    #[test]
    fn normalising_copies_runs_like_the_character_walk() {
        let long = "Word ".repeat(300) + "Ünïcode Straße 東京 — end";
        for text in [
            "",
            "  Hello, World!  ",
            "ABC\u{a0}def\tGHI\n\nx",
            "Grüße aus Köln: ÄÖÜ İstanbul",
            "東京は、晴れ。 Seoul 서울",
            long.as_str(),
            &"x".repeat(2500),
            &("é".repeat(999) + "abc"),
        ] {
            assert_eq!(normalized(text), normalized_slowly(text), "{text:?}");
        }
    }

    /// The character walk with a limit on the bytes written: it checks the limit before each
    /// character, so a space and the next word's first character may both go past it.
    fn limited_slowly(text: &str, max_bytes: usize) -> Vec<u8> {
        let mut out = Vec::new();
        let mut space = false;
        for c in text.chars().take(NORMALIZED_MAX_CHARS) {
            if out.len() >= max_bytes {
                break;
            }
            if is_word_char(c) {
                if space && !out.is_empty() {
                    out.push(b' ');
                }
                space = false;
                out.extend(c.to_lowercase().collect::<String>().bytes());
            } else if c.is_whitespace() {
                space = true;
            }
        }
        out
    }

    #[test]
    fn a_limited_normalisation_stops_where_the_character_walk_stops() {
        let long = "Word ".repeat(300);
        let mut out = Vec::new();
        for text in [
            "Hello, World! Again",
            "ab cd ef gh ij kl mn op",
            "Grüße aus Köln: ÄÖÜ",
            long.as_str(),
            &"x".repeat(2500),
        ] {
            for max_bytes in [
                0,
                1,
                2,
                3,
                5,
                6,
                7,
                8,
                11,
                12,
                40,
                999,
                1000,
                1001,
                usize::MAX,
            ] {
                normalize_limited(text, &mut out, max_bytes);
                assert_eq!(out, limited_slowly(text, max_bytes), "{text:?} {max_bytes}");
            }
        }
    }
}
