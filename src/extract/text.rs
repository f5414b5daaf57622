//! Pasted text → blocks.

use super::{Article, Block, Format, Reason, Role};

/// Splits pasted text (or Markdown) into blocks and classifies them.
pub fn extract_text(input: &str, format: Format) -> Article {
    let blocks = input
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|l| Block::new(l, Role::Paragraph, true, Reason::ArticleText))
        .collect();
    Article {
        format,
        blocks,
        ..Article::default()
    }
}
