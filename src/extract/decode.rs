//! Bytes → text: BOMs, UTF-16, declared charsets, detection of legacy encodings; format sniffing.
//!
//! The order follows the HTML spec's encoding sniffing, with one pragmatic change: bytes that are
//! valid UTF-8 and use it are read as UTF-8 even when a `<meta charset>` says otherwise, because
//! saved pages are often re-encoded without their declaration being updated, and legacy-encoded
//! text is almost never valid UTF-8 by accident.

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

use super::Format;

/// Why input could not be turned into text.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum DecodeError {
    #[error("it is not text (looks like {0})")]
    Binary(String),
    #[error("it is empty")]
    Empty,
}

/// Decoded input and the format it was sniffed as.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub format: Format,
}

/// How far into the input the charset declaration and the format are looked for.
const SNIFF_BYTES: usize = 8 * 1024;
/// UTF-16 without a BOM: at least this share of the even (or odd) bytes of the head are NUL.
const UTF16_NUL_SHARE: f32 = 0.3;
/// Tags that make the content HTML when at least `HTML_MIN_TAGS` of them open in the head.
const HTML_TAGS: &[&str] = &[
    "html", "head", "body", "div", "p", "span", "a", "br", "h1", "h2", "h3", "ul", "li", "table",
    "article", "section", "meta", "title", "script", "img", "strong", "em", "b", "i",
];
const HTML_MIN_TAGS: usize = 3;
/// Markdown when the head's lines carry at least this many kinds of Markdown marker (a heading
/// and a link, a fence and a quote). One kind alone is what a copied web page holds too: a code
/// sample's `# comment` lines, a forum's rules of dashes, a post's `**` lines (20 of the 1,678
/// pasted pages of WCXB and the news corpus had two markers of one kind; Markdown input keeps
/// every line, so a page read as Markdown would keep its menus).
const MARKDOWN_MIN_MARKER_KINDS: usize = 2;
/// Input with NULs is binary when more than one byte in this many is a control byte (random or
/// compressed data has about one in nine; a page with a few stray NULs, far fewer).
const BINARY_CONTROL_SHARE: usize = 50;

/// Decodes bytes into text and sniffs the format.
pub fn decode(bytes: &[u8], name_hint: Option<&str>) -> Result<Decoded, DecodeError> {
    let (text, format) = decode_borrowed(bytes, name_hint)?;
    Ok(Decoded {
        text: text.into_owned(),
        format,
    })
}

/// [`decode`] without copying input that is already UTF-8 (the engine's own entry point).
pub fn decode_borrowed<'a>(
    bytes: &'a [u8],
    name_hint: Option<&str>,
) -> Result<(std::borrow::Cow<'a, str>, Format), DecodeError> {
    if let Some(kind) = binary_kind(bytes) {
        return Err(DecodeError::Binary(kind.to_string()));
    }
    let text = decode_text(bytes)?;
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    let format = sniff_format(&text, name_hint);
    Ok((text, format))
}

/// Names the kind of a binary file from its magic number.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF", "a PDF"),
        (b"\x89PNG", "a PNG image"),
        (b"GIF8", "a GIF image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"PK\x03\x04", "a ZIP archive or an office document"),
        (b"\x1F\x8B", "gzip-compressed data"),
        (b"RIFF", "a RIFF media file"),
        (b"\x7FELF", "a program"),
        (b"MZ", "a Windows program"),
        (b"\xD0\xCF\x11\xE0", "an old Office document"),
        (b"7z\xBC\xAF", "a 7-Zip archive"),
        (b"Rar!", "a RAR archive"),
        (b"OggS", "an Ogg media file"),
        (b"ID3", "an MP3 file"),
        (b"\x00\x00\x00\x18ftyp", "an MP4 video"),
        (b"\x00\x00\x00\x20ftyp", "an MP4 video"),
        (b"SQLite format 3", "an SQLite database"),
    ];
    if let Some((_, kind)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Some(kind);
    }
    None
}

fn decode_text(bytes: &[u8]) -> Result<std::borrow::Cow<'_, str>, DecodeError> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok(strip_nul(text.into_owned()).into());
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(bytes);
        return Ok(strip_nul(text.into_owned()).into());
    }
    if memchr::memchr(0, bytes).is_some() {
        if looks_binary(bytes) {
            return Err(DecodeError::Binary(
                "binary data (it has many NUL and control bytes)".to_string(),
            ));
        }
        // A few stray NULs in text (a bad export, a broken server) are dropped, as browsers
        // show such a page without them.
        let text: Vec<u8> = bytes.iter().copied().filter(|&b| b != 0).collect();
        return Ok(decode_8bit(&text).into_owned().into());
    }
    Ok(decode_8bit(bytes))
}

/// Text without a BOM or NULs: UTF-8 when it is (or nearly is), else the declared or detected
/// legacy encoding.
fn decode_8bit(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return repair_double_encoding(text).map_or(text.into(), Into::into);
    }
    if mostly_utf8(bytes) {
        // Each invalid sequence becomes one U+FFFD, as browsers decode UTF-8.
        let text = String::from_utf8_lossy(bytes);
        return match repair_double_encoding(&text) {
            Some(repaired) => repaired.into(),
            None => text,
        };
    }
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    let enc = declared_charset(head)
        .filter(|e| *e != UTF_8)
        .unwrap_or_else(|| {
            let mut detector =
                chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(bytes, true);
            detector.guess(None, chardetng::Utf8Detection::Deny)
        });
    let (text, _, _) = enc.decode(bytes);
    text.into_owned().into()
}

/// `text` with what [`repair_double_encoding`] repairs: for text that arrives as a string (the
/// clipboard), as [`decode`] does for bytes.
pub fn repair_text(text: String) -> String {
    repair_double_encoding(&text).unwrap_or(text)
}

/// A text needs at least this many double-encoded characters to be repaired: one alone may be
/// a page quoting mojibake ("Ã©" in an article about encodings).
const DOUBLE_ENCODED_MIN: usize = 2;
/// A text encoded three times over is repaired at most this many times.
const DOUBLE_ENCODED_MAX_PASSES: usize = 3;

/// Text that was UTF-8, read once as Latin-1 or Windows-1252 and written out as UTF-8 again
/// ("donâ€™t" for "don't", "Ã©tÃ©" for "été"), decoded once more: a badly configured server or
/// a crawler does this to whole pages, and the note would carry the garbage. Only sequences that
/// read back as valid UTF-8 change (a lead character, then the continuation characters it
/// needs); `None` when there are fewer than [`DOUBLE_ENCODED_MIN`] of them.
fn repair_double_encoding(text: &str) -> Option<String> {
    let mut repaired: Option<String> = None;
    for _ in 0..DOUBLE_ENCODED_MAX_PASSES {
        let current = repaired.as_deref().unwrap_or(text);
        match repair_once(current) {
            Some(next) => repaired = Some(next),
            None => break,
        }
    }
    repaired
}

/// One pass of [`repair_double_encoding`].
fn repair_once(text: &str) -> Option<String> {
    // Every lead character (U+00C2 to U+00F4) is written 0xC3 then a byte, and 0xC3 only ever
    // starts a character: the search jumps from one to the next, so a long page without any
    // costs one byte scan.
    let bytes = text.as_bytes();
    let mut found = Vec::new();
    let mut next = 0;
    for at in memchr::memchr_iter(0xC3, bytes) {
        if at < next {
            continue;
        }
        if let Some((len, repaired)) = double_encoded_at(&text[at..]) {
            found.push((at, len, repaired));
            next = at + len;
        }
    }
    if found.len() < DOUBLE_ENCODED_MIN {
        return None;
    }
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for (at, len, repaired) in found {
        out.push_str(&text[from..at]);
        out.push(repaired);
        from = at + len;
    }
    out.push_str(&text[from..]);
    Some(out)
}

/// When `text` starts with one UTF-8 character's bytes read as Windows-1252 (Latin-1 for the
/// bytes it leaves undefined), that character and how many bytes of `text` spell it.
fn double_encoded_at(text: &str) -> Option<(usize, char)> {
    let mut chars = text.chars();
    let lead = u8::try_from(u32::from(chars.next()?)).ok()?;
    let len = match lead {
        0xC2..=0xDF => 2,
        0xE0..=0xEF => 3,
        0xF0..=0xF4 => 4,
        _ => return None,
    };
    let mut utf8 = [lead, 0, 0, 0];
    let mut spelled = 2; // the lead character's own two bytes
    for slot in &mut utf8[1..len] {
        let c = chars.next()?;
        let byte = windows_1252_byte(c)?;
        if !(0x80..=0xBF).contains(&byte) {
            return None;
        }
        *slot = byte;
        spelled += c.len_utf8();
    }
    let decoded = std::str::from_utf8(&utf8[..len]).ok()?.chars().next()?;
    Some((spelled, decoded))
}

/// The Windows-1252 byte that reads as `c` (a Latin-1 character is its own byte, as are the
/// five bytes Windows-1252 leaves undefined, which Latin-1 reads as control characters).
fn windows_1252_byte(c: char) -> Option<u8> {
    if let Ok(byte) = u8::try_from(u32::from(c)) {
        return Some(byte);
    }
    let (mut utf8, mut out) = ([0u8; 4], [0u8; 4]);
    let (result, _, written) = encoding_rs::WINDOWS_1252
        .new_encoder()
        .encode_from_utf8_without_replacement(c.encode_utf8(&mut utf8), &mut out, true);
    (result == encoding_rs::EncoderResult::InputEmpty && written == 1 && out[0] >= 0x80)
        .then_some(out[0])
}

/// UTF-8 with a few stray bytes: at least as many valid multi-byte characters as invalid
/// sequences. Legacy encodings almost never form valid multi-byte UTF-8 by accident, so text in
/// them has (nearly) none, and every non-ASCII byte of it is an invalid sequence.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multibyte, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        // A multi-byte character's lead byte is 0xC0 or above; continuation bytes are below.
        multibyte += chunk.valid().bytes().filter(|&b| b >= 0xC0).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    multibyte > 0 && invalid <= multibyte
}

/// Binary data rather than text with stray NULs: more than one byte in fifty is NUL or
/// another control byte that text does not use (tabs, line breaks, form feeds and escapes
/// aside).
fn looks_binary(bytes: &[u8]) -> bool {
    let controls = bytes
        .iter()
        .filter(|&&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0C | 0x1B)) || b == 0x7F)
        .count();
    controls.saturating_mul(BINARY_CONTROL_SHARE) > bytes.len()
}

fn strip_nul(mut text: String) -> String {
    if text.contains('\0') {
        text.retain(|c| c != '\0');
    }
    text
}

/// UTF-16 without a BOM shows as NUL bytes on one side of each code unit (for Latin text).
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES) & !1];
    if head.len() < 4 {
        return None;
    }
    let pairs = head.len() / 2;
    let even = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    let share = |n: usize| n as f32 / pairs as f32;
    if share(even) >= UTF16_NUL_SHARE && odd == 0 {
        Some(UTF_16BE)
    } else if share(odd) >= UTF16_NUL_SHARE && even == 0 {
        Some(UTF_16LE)
    } else {
        None
    }
}

/// The charset an HTML head declares: `<meta charset=…>` or
/// `<meta http-equiv="Content-Type" content="…; charset=…">` (also an XML declaration's).
fn declared_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = memchr::memmem::find(&lower[from..], b"charset") {
        let at = from + pos + b"charset".len();
        from = at;
        let rest = &lower[at..];
        let rest = rest.trim_ascii_start();
        let Some(rest) = rest.strip_prefix(b"=") else {
            continue;
        };
        let rest = rest.trim_ascii_start();
        let rest = rest
            .strip_prefix(b"\"")
            .or_else(|| rest.strip_prefix(b"'"))
            .unwrap_or(rest);
        let end = rest
            .iter()
            .position(|&b| {
                matches!(
                    b,
                    b'"' | b'\'' | b';' | b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r'
                )
            })
            .unwrap_or(rest.len());
        if let Some(enc) = Encoding::for_label(&rest[..end]) {
            // A page that declares UTF-16 in its text is not UTF-16 (the spec says: UTF-8).
            return Some(if enc == UTF_16LE || enc == UTF_16BE {
                UTF_8
            } else {
                enc
            });
        }
    }
    None
}

/// Guesses the format from the content, using the file name only to break ties.
pub fn sniff_format(text: &str, name_hint: Option<&str>) -> Format {
    let mut end = text.len().min(SNIFF_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let head = &text[..end];
    let lower = head.trim_start().to_ascii_lowercase();
    if lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || lower.starts_with("<?xml") && lower.contains("<html")
    {
        return Format::Html;
    }
    let extension = name_hint
        .and_then(|n| n.rsplit_once('.'))
        .map(|(_, ext)| ext.to_ascii_lowercase());
    // A `.txt` file is text, whatever tags or Markdown-like lines its words hold (a tutorial's
    // code samples, a "# comment"): it is HTML only when markup fills it, most of its lines
    // starting with a tag (a fragment saved under that name).
    if extension.as_deref() == Some("txt") {
        let (mut lines, mut tagged) = (0, 0);
        for line in head.lines().map(str::trim).filter(|l| !l.is_empty()) {
            lines += 1;
            tagged += usize::from(line.starts_with('<'));
        }
        return if count_html_tags(&lower) >= HTML_MIN_TAGS && 2 * tagged >= lines {
            Format::Html
        } else {
            Format::Text
        };
    }
    if count_html_tags(&lower) >= HTML_MIN_TAGS {
        return Format::Html;
    }
    if markdown_marker_kinds(head) >= MARKDOWN_MIN_MARKER_KINDS {
        return Format::Markdown;
    }
    match extension.as_deref() {
        Some("md" | "markdown") => Format::Markdown,
        Some("html" | "htm" | "xhtml") if lower.contains('<') => Format::Html,
        _ => Format::Text,
    }
}

fn count_html_tags(lower: &str) -> usize {
    let bytes = lower.as_bytes();
    let mut count = 0;
    for pos in memchr::memchr_iter(b'<', bytes) {
        let rest = &bytes[pos + 1..];
        let rest = rest.strip_prefix(b"/").unwrap_or(rest);
        let name_len = rest
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if name_len == 0 {
            continue;
        }
        let after = rest.get(name_len).copied();
        if matches!(after, Some(b'>' | b' ' | b'/' | b'\n' | b'\t'))
            && let Ok(name) = std::str::from_utf8(&rest[..name_len])
            && HTML_TAGS.contains(&name)
        {
            count += 1;
            if count >= HTML_MIN_TAGS {
                break;
            }
        }
    }
    count
}

/// How many kinds of Markdown marker the head's lines carry: headings, fences, quotes, links,
/// bold lines, rules.
fn markdown_marker_kinds(head: &str) -> usize {
    let mut kinds = [false; 6];
    for line in head.lines() {
        let t = line.trim_start();
        let kind = if t.starts_with('#') && t.trim_start_matches('#').starts_with(' ') {
            0
        } else if t.starts_with("```") {
            1
        } else if t.starts_with("> ") {
            2
        } else if t.contains("](") && t.contains('[') {
            3
        } else if t.starts_with("**") && t[2..].contains("**") {
            4
        } else if t.starts_with("---") && t.trim_end_matches('-').is_empty() && t.len() >= 3 {
            5
        } else {
            continue;
        };
        kinds[kind] = true;
    }
    kinds.iter().filter(|&&k| k).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_encoded_twice_is_read_as_it_was_written() {
        let page = "<p>It wasn’t the café’s fault — “naïve” €5 😀 deal.</p>";
        // UTF-8 read as Windows-1252 ("â€™"), and as Latin-1 (control characters), re-encoded.
        let (cp1252, _, _) = encoding_rs::WINDOWS_1252.decode(page.as_bytes());
        let latin1: String = page.bytes().map(char::from).collect();
        for garbled in [cp1252.to_string(), latin1] {
            assert_ne!(garbled, page);
            assert_eq!(decode(garbled.as_bytes(), None).expect("text").text, page);
        }
        // Three times over.
        let (twice, _, _) = encoding_rs::WINDOWS_1252.decode(cp1252.as_bytes());
        assert_eq!(decode(twice.as_bytes(), None).expect("text").text, page);
        // Read again, the repaired text stays as it is.
        assert_eq!(repair_double_encoding(page), None);
    }

    #[test]
    fn text_that_only_looks_encoded_twice_is_left_alone() {
        for text in [
            // One sequence: a page about encodings quoting what "é" becomes.
            "Read as Latin-1, é shows as Ã© in the browser.",
            // Latin-1 text that no UTF-8 could give: "Ã" before a letter, "Â" alone.
            "SÃO PAULO, Â bientôt, Ðóáß ÷ ×",
            "Straße № 5 — 25 °C ± 2 « quoted »",
        ] {
            assert_eq!(repair_double_encoding(text), None, "{text}");
            assert_eq!(decode(text.as_bytes(), None).expect("text").text, text);
        }
    }

    #[test]
    fn boms_and_utf16() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("Grüße".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le, None).map(|d| d.text), Ok("Grüße".to_string()));
        let be: Vec<u8> = "Hello, world"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(
            decode(&be, None).map(|d| d.text),
            Ok("Hello, world".to_string())
        );
        let bom8 = b"\xEF\xBB\xBFhello";
        assert_eq!(decode(bom8, None).map(|d| d.text), Ok("hello".to_string()));
    }

    #[test]
    fn declared_and_detected_legacy_charsets() {
        let html =
            b"<html><head><meta charset=\"windows-1252\"></head><body><p>caf\xE9</p></body></html>";
        assert!(
            decode(html, None)
                .map(|d| d.text.contains("café"))
                .unwrap_or(false)
        );
        let http_equiv = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-2\"><p>Zaj\xB1c</p><p>x</p>";
        assert!(
            decode(http_equiv, None)
                .map(|d| d.text.contains("Zając"))
                .unwrap_or(false)
        );
        let german = "Die Straße führt über die Brücke nach Köln, schöne Grüße.".as_bytes();
        let (latin1, _, _) =
            encoding_rs::WINDOWS_1252.encode(std::str::from_utf8(german).unwrap_or(""));
        assert!(
            decode(&latin1, None)
                .map(|d| d.text.contains("Straße"))
                .unwrap_or(false)
        );
    }

    #[test]
    fn binary_input_is_named() {
        assert_eq!(
            decode(b"%PDF-1.7\n...", None),
            Err(DecodeError::Binary("a PDF".into()))
        );
        assert_eq!(
            decode(b"\x89PNG\r\n\x1a\n", None),
            Err(DecodeError::Binary("a PNG image".into()))
        );
        assert!(matches!(
            decode(b"abc\0def\0\0\0\x01", None),
            Err(DecodeError::Binary(_))
        ));
        assert_eq!(decode(b"  \n ", None), Err(DecodeError::Empty));
    }

    #[test]
    fn utf8_with_stray_bytes_stays_utf8_and_stray_nuls_are_dropped() {
        let stray = b"Caf\xC3\xA9 in Z\xC3\xBCrich \xFF and more";
        assert_eq!(
            decode(stray, None).map(|d| d.text),
            Ok("Café in Zürich \u{FFFD} and more".to_string())
        );
        let line = "A line of an article, long enough to be read as one. ";
        let nuls = format!("{line}Stray\0 NULs\0 here. {line}{line}");
        assert_eq!(
            decode(nuls.as_bytes(), None).map(|d| d.text),
            Ok(format!("{line}Stray NULs here. {line}{line}"))
        );
    }

    #[test]
    fn format_is_sniffed_from_content() {
        assert_eq!(
            sniff_format("<div><p>Hi</p><p>there</p></div>", Some("x.txt")),
            Format::Html
        );
        assert_eq!(
            sniff_format("# Title\n\nSome [link](http://x)\n", None),
            Format::Markdown
        );
        assert_eq!(
            sniff_format("Just words.\nMore words.", Some("a.md")),
            Format::Markdown
        );
        assert_eq!(sniff_format("Just words.\nMore words.", None), Format::Text);
        // A copied page with a code sample's comments: one kind of marker, text.
        assert_eq!(
            sniff_format(
                "Menu\nNews\nRun the script:\n# install it first\npip install x\n# then run\n",
                None
            ),
            Format::Text
        );
        // Text copied from a tutorial, with its code samples' tags and a "# comment": text.
        let tutorial = "Flexbox lays items out in a row.\nThe markup is a wrapper and three boxes:\n\
            <div class=\"wrapper\">\n<div>One</div>\n<div>Two</div>\n<div>Three</div>\n</div>\n\
            Set display: flex on the wrapper, and the boxes line up.\n# a comment in the code\n\
            The first box keeps its width while the others grow to fill the row.\n\
            Change the direction to column and they stack instead.\nThat is all it takes.\n\
            Next, the items can wrap onto a second line.\nRead on for how.";
        assert_eq!(sniff_format(tutorial, Some("flexbox.txt")), Format::Text);
    }
}
