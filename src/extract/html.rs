//! HTML → blocks (DOM-aware).

use super::{Article, Format};

/// Extracts an article from HTML.
pub fn extract_html(input: &str) -> Article {
    super::text::extract_text(input, Format::Html)
}
