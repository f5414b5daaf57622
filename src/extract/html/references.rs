//! Character references (`&amp;`, `&#8217;`, `&#x2019;`, `&eacute;`) decoded as the HTML
//! standard's tokenizer does: in text, and in attribute values with their legacy-name exception.
//! The tokenizer leaves references in; the engine decodes only the text and attributes it keeps.

use crate::extract::lexicon::entities;

/// The longest legacy entity name ("middot", "curren").
const LEGACY_NAME_MAX: usize = 6;

/// What a named character reference decodes to (`name` without `&` and `;`).
fn named_entity(name: &str) -> Option<&'static str> {
    entities::NAMED
        .binary_search_by(|(n, _)| n.cmp(&name))
        .ok()
        .map(|i| entities::NAMED[i].1)
}

/// Decodes character references (`&amp;`, `&#8217;`, `&#x2019;`, `&eacute;`). Unknown names stay
/// as written, as browsers show them.
pub fn decode_entities(s: &str) -> std::borrow::Cow<'_, str> {
    decode_references(s, false)
}

/// Decodes the character references in an attribute's value: as in text, except that a legacy
/// name without its `;` followed by `=` or a letter or digit stays as written ("?a=1&copy=2").
pub fn decode_attribute_entities(s: &str) -> std::borrow::Cow<'_, str> {
    decode_references(s, true)
}

fn decode_references(s: &str, in_attribute: bool) -> std::borrow::Cow<'_, str> {
    let bytes = s.as_bytes();
    let Some(first) = memchr::memchr(b'&', bytes) else {
        return std::borrow::Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..first]);
    let mut i = first;
    while i < bytes.len() {
        if bytes[i] != b'&' {
            let next = memchr::memchr(b'&', &bytes[i..]).map_or(bytes.len(), |p| i + p);
            out.push_str(&s[i..next]);
            i = next;
            continue;
        }
        let rest = &s[i + 1..];
        if let Some(num) = rest.strip_prefix('#') {
            let (hex, digits) = match num.strip_prefix(['x', 'X']) {
                Some(h) => (true, h),
                None => (false, num),
            };
            let len = digits
                .bytes()
                .take_while(|b| {
                    if hex {
                        b.is_ascii_hexdigit()
                    } else {
                        b.is_ascii_digit()
                    }
                })
                .count();
            if len > 0 {
                // Leading zeros count for nothing; past eight significant digits the number is
                // over U+10FFFF in either base, which the standard makes U+FFFD.
                let significant = digits[..len].trim_start_matches('0');
                let value = if significant.len() > 8 {
                    0x11_0000
                } else {
                    u32::from_str_radix(significant, if hex { 16 } else { 10 }).unwrap_or(0)
                };
                let c = match value {
                    0 => '\u{FFFD}',
                    // Windows-1252 C1 remaps, as the spec does.
                    0x80..=0x9F => windows_1252_c1(value),
                    v => char::from_u32(v).unwrap_or('\u{FFFD}'),
                };
                out.push(c);
                let consumed = 1 + 1 + usize::from(hex) + len;
                i += consumed;
                if bytes.get(i) == Some(&b';') {
                    i += 1;
                }
                continue;
            }
        } else {
            let len = rest
                .bytes()
                .take(32)
                .take_while(u8::is_ascii_alphanumeric)
                .count();
            if len > 0 {
                let name = &rest[..len];
                let semi = rest.as_bytes().get(len) == Some(&b';');
                if semi && let Some(value) = named_entity(name) {
                    out.push_str(value);
                    i += 2 + len;
                    continue;
                }
                // The legacy names decode without their `;`: the longest one that starts the
                // run ("&notin" is "¬in" unless followed by `;`).
                let legacy = (1..=len.min(LEGACY_NAME_MAX))
                    .rev()
                    .map(|k| &name[..k])
                    .find(|p| entities::WITHOUT_SEMICOLON.binary_search(p).is_ok());
                let after = rest.as_bytes().get(legacy.map_or(0, str::len)).copied();
                let kept_in_attribute =
                    in_attribute && after.is_some_and(|b| b == b'=' || b.is_ascii_alphanumeric());
                if let Some(prefix) = legacy.filter(|_| !kept_in_attribute)
                    && let Some(value) = named_entity(prefix)
                {
                    out.push_str(value);
                    i += 1 + prefix.len();
                    continue;
                }
            }
        }
        out.push('&');
        i += 1;
    }
    std::borrow::Cow::Owned(out)
}

fn windows_1252_c1(v: u32) -> char {
    const MAP: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8D}', 'Ž',
        '\u{8F}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9D}',
        'ž', 'Ÿ',
    ];
    MAP.get((v - 0x80) as usize).copied().unwrap_or('\u{FFFD}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("Caf&eacute; &amp; bar &#8217;s &#x2014; &unknown; &amp"),
            "Café & bar ’s — &unknown; &"
        );
        assert_eq!(decode_entities("&#150;"), "–");
    }
}
