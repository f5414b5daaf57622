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

#[cfg(test)]
mod tests {
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
}
