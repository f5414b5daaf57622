//! The bookmarklet that Settings offers to copy: `assets/bookmarklet.js`, made into a
//! `javascript:` link a person can paste as a bookmark's address.

use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};

/// The bookmarklet's readable source (tested by `tests/bookmarklet/`).
pub const SOURCE: &str = include_str!("../../assets/bookmarklet.js");

/// What a browser would read differently in a `javascript:` address: spaces, quotes, `#` (a
/// fragment), `%` (an escape) and anything non-ASCII.
const IN_ADDRESS: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'<')
    .add(b'>')
    .add(b'`')
    .add(b'{')
    .add(b'}')
    .add(b'|')
    .add(b'\\')
    .add(b'^');

/// The bookmarklet as a `javascript:` link: comment lines and indentation dropped, lines joined
/// with a space (every statement in the source ends with a semicolon or a brace), and
/// percent-encoded where an address needs it. Made once (Settings shows its length each frame).
pub fn link() -> &'static str {
    static LINK: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    LINK.get_or_init(make_link)
}

fn make_link() -> String {
    let script: Vec<&str> = SOURCE
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//"))
        .collect();
    let script = script.join(" ");
    format!("javascript:{}", utf8_percent_encode(&script, IN_ADDRESS))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_link_is_the_source_without_comments_in_one_line() {
        let link = link();
        assert!(
            link.starts_with("javascript:(function%20()%20%7B"),
            "{link}"
        );
        assert!(link.ends_with("%7D)();"), "{link}");
        assert!(!link.contains(' ') && !link.contains('\n') && !link.contains('#'));
        assert!(!link.contains("//%20"), "comment lines are dropped");
        // Decoded, it is the source's statements in order.
        let decoded = percent_encoding::percent_decode_str(&link["javascript:".len()..])
            .decode_utf8()
            .expect("UTF-8");
        assert!(decoded.contains("document.execCommand('copy')"));
        assert!(decoded.contains("location.href = 'tidyclip://clip?url='"));
        // Small enough for every browser's bookmark address.
        assert!(link.len() < 2500, "{} bytes", link.len());
    }

    #[test]
    fn the_source_has_no_line_comment_after_code() {
        // Joining lines would turn code after a trailing `//` comment into comment.
        for line in SOURCE.lines().map(str::trim) {
            if !line.starts_with("//") {
                assert!(
                    !line.contains(" //") && !line.contains("; //"),
                    "a trailing comment: {line}"
                );
            }
        }
    }
}
