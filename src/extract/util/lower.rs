//! Lower-casing with fast paths for ASCII and for scripts that lower one character at a time.

/// Lower case (as `str::to_lowercase`), with a fast path for ASCII text.
pub fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    // A capital sigma's lower case depends on where it stands in its word.
    if text.contains('Σ') {
        return text.to_lowercase();
    }
    // Otherwise each character lowers alone: ASCII runs in place, caseless scripts copied.
    let mut out = String::with_capacity(text.len());
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii() {
            let run = bytes[i..]
                .iter()
                .position(|b| !b.is_ascii())
                .unwrap_or(bytes.len() - i);
            let at = out.len();
            out.push_str(&text[i..i + run]);
            out[at..].make_ascii_lowercase();
            i += run;
            continue;
        }
        let c = text[i..]
            .chars()
            .next()
            .expect("i is on a character boundary inside the text");
        push_lower(&mut out, c);
        i += c.len_utf8();
    }
    out
}

/// The lower case of a character that lowers to one character in a common script (accented
/// Latin, Cyrillic, caseless scripts) without the Unicode tables; `None` for the rest.
pub fn lower_fast(c: char) -> Option<char> {
    let u = c as u32;
    let lower = match u {
        0xc0..=0xd6 | 0xd8..=0xde | 0x410..=0x42f => u + 0x20,
        0x400..=0x40f => u + 0x50,
        0xdf..=0xff | 0x430..=0x45f => u,
        _ if is_caseless(c) => u,
        _ => return None,
    };
    char::from_u32(lower)
}

/// Pushes `c`'s lower case.
fn push_lower(out: &mut String, c: char) {
    match lower_fast(c) {
        Some(l) => out.push(l),
        None => out.extend(c.to_lowercase()),
    }
}

/// Kana, CJK ideographs and punctuation, Hangul, general punctuation: scripts without case,
/// whose lower case is themselves (checked against the Unicode tables in the tests).
fn is_caseless(c: char) -> bool {
    matches!(c,
        '\u{2000}'..='\u{206f}' | '\u{3000}'..='\u{30ff}' | '\u{4e00}'..='\u{9fff}'
        | '\u{ac00}'..='\u{d7a3}' | '\u{ff01}'..='\u{ff20}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_lower_case_agrees_with_the_unicode_tables() {
        for c in (0..=0x10ffff_u32).filter_map(char::from_u32) {
            if let Some(l) = lower_fast(c) {
                assert!(c.to_lowercase().eq([l]), "U+{:04X}", c as u32);
            }
        }
    }

    #[test]
    fn caseless_characters_lower_to_themselves() {
        for c in (0..=0x10ffff_u32)
            .filter_map(char::from_u32)
            .filter(|&c| is_caseless(c))
        {
            assert!(c.to_lowercase().eq([c]), "U+{:04X}", c as u32);
        }
        for text in [
            "ΟΔΟΣ ΣΟΦΙΑΣ",
            "İstanbul ÇAĞ",
            "東京 Ünïcode “Quoted” ＡＢＣ",
            "ǅ ẞ Ω",
        ] {
            assert_eq!(lowercase(text), text.to_lowercase(), "{text:?}");
        }
    }
}
