//! Character classes the engine asks about often, answered without the Unicode tables where it can.

/// True for Chinese, Japanese and Korean characters (scripts written without spaces).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xAC00..=0xD7AF
        | 0x3000..=0x303F | 0xFF00..=0xFFEF)
}

/// The no-break space and the General Punctuation block (curly quotes, dashes, bullets, thin
/// spaces): common on non-ASCII pages, and neither letters nor digits.
pub fn is_punctuation_or_space(c: char) -> bool {
    matches!(c, '\u{a0}' | '\u{2000}'..='\u{206f}')
}

/// Latin letters with accents, Cyrillic, kana, CJK ideographs and Hangul: all letters
/// (alphabetic), answered without the Unicode tables (checked against them in the tests).
pub fn is_common_letter(c: char) -> bool {
    matches!(c,
        '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{f6}' | '\u{f8}'..='\u{2af}'
        | '\u{400}'..='\u{481}' | '\u{48a}'..='\u{52f}'
        | '\u{3041}'..='\u{3096}' | '\u{30a1}'..='\u{30fa}'
        | '\u{4e00}'..='\u{9fff}' | '\u{ac00}'..='\u{d7a3}')
}

/// Letters and digits, with fast answers for ASCII and for the punctuation block (curly
/// quotes, dashes, no-break spaces) that fills non-ASCII pages.
pub fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if is_punctuation_or_space(c) {
        false
    } else if is_common_letter(c) {
        true
    } else {
        c.is_alphanumeric()
    }
}

/// How many words `text.split_whitespace()` yields, counted in one pass without splitting
/// (the splitter's searcher costs several times as much on the long paragraphs the engine
/// counts).
pub fn whitespace_words(text: &str) -> usize {
    let mut count = 0;
    let mut in_word = false;
    if text.is_ascii() {
        for &b in text.as_bytes() {
            // The ASCII characters `char::is_whitespace` answers for.
            let word = !matches!(b, b'\t' | b'\n' | b'\x0B' | b'\x0C' | b'\r' | b' ');
            count += usize::from(word && !in_word);
            in_word = word;
        }
        return count;
    }
    for c in text.chars() {
        let word = !c.is_whitespace();
        count += usize::from(word && !in_word);
        in_word = word;
    }
    count
}

/// Whether `text` has at most `max` whitespace-separated words, reading no further than the
/// word after them.
pub fn at_most_words(text: &str, max: usize) -> bool {
    text.split_whitespace().nth(max).is_none()
}

/// `text` with its first letter upper-cased ("warning" -> "Warning").
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn capitalised_upper_cases_the_first_letter_only() {
        assert_eq!(super::capitalised("warning"), "Warning");
        assert_eq!(super::capitalised("éte d'or"), "Éte d'or");
        assert_eq!(super::capitalised(""), "");
    }

    use super::*;

    #[test]
    fn word_characters_agree_with_the_unicode_tables() {
        for c in (0..=0x10ffff_u32).filter_map(char::from_u32) {
            let expected = if c.is_ascii() {
                c.is_ascii_alphanumeric()
            } else {
                c.is_alphanumeric()
            };
            if is_punctuation_or_space(c) {
                assert!(!c.is_alphanumeric(), "U+{:04X}", c as u32);
            }
            if is_common_letter(c) {
                assert!(c.is_alphabetic(), "U+{:04X}", c as u32);
            }
            assert_eq!(is_word_char(c), expected, "{c:?} U+{:04X}", c as u32);
        }
    }
    #[test]
    fn word_counts_agree_with_the_splitter() {
        let samples = [
            "",
            " ",
            "one",
            " two  words ",
            "tab\tnew\nline\x0bvt\x0cff\rcr",
            "\x1c not a space \x1f",
            "caf\u{e9} au\u{a0}lait",
            "em\u{2003}space\u{3000}ideographic\u{85}next",
            "\u{200b}zero-width is no space",
            "\u{2028}\u{2029}",
        ];
        for s in samples {
            assert_eq!(whitespace_words(s), s.split_whitespace().count(), "{s:?}");
            for max in 0..6 {
                assert_eq!(
                    at_most_words(s, max),
                    s.split_whitespace().count() <= max,
                    "{s:?} {max}"
                );
            }
        }
        for c in (0..=0x10ffff_u32).filter_map(char::from_u32) {
            let s = format!("a{c}b");
            assert_eq!(
                whitespace_words(&s),
                s.split_whitespace().count(),
                "U+{:04X}",
                c as u32
            );
        }
    }
}
