//! One way in for every new clipping. The window (open, paste, drop), `tidyclip save` and
//! `tidyclip import` all turn the engine's article into a [`Clipping`] here, so a site rule the
//! person taught the window trims the same blocks whichever way the article arrives.

use super::Rules;
use crate::clipping::{Clipping, Original};
use crate::extract::Article;
use crate::extract::decode::DecodeError;

/// What a new clipping starts with besides the engine's article: the library's site rules and
/// the tags every new clipping gets.
#[derive(Debug, Clone, Default)]
pub struct IngestOptions {
    pub rules: Rules,
    pub tags: Vec<String>,
}

/// A new clipping, and how many of its blocks the site rules trimmed (for the status line).
#[derive(Debug)]
pub struct Ingested {
    pub clipping: Clipping,
    pub trimmed_by_rules: usize,
}

/// The clipping of `article`, extracted from `original`: the site rules for its site trim what
/// they match, with `Reason::YourRule`, and it carries the options' tags.
pub fn ingest(mut article: Article, original: Original, options: &IngestOptions) -> Ingested {
    let trimmed_by_rules = options.rules.apply(&mut article);
    let mut clipping = Clipping::new(article, original);
    clipping.tags.clone_from(&options.tags);
    Ingested {
        clipping,
        trimmed_by_rules,
    }
}

/// [`ingest`] for the bytes of a file or of standard input; `name` helps tell the format, and
/// `address` is where the page was read, when known (see [`crate::extract::extract_at`]).
pub fn ingest_bytes(
    bytes: &[u8],
    name: &str,
    address: Option<&str>,
    options: &IngestOptions,
) -> Result<Ingested, DecodeError> {
    let (article, original, front) = Original::extract_note_at(bytes, Some(name), address)?;
    let mut ingested = ingest(article, original, options);
    if let Some(front) = front {
        ingested.clipping.apply_front_matter(front);
    }
    Ok(ingested)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::SiteRule;

    const PAGE: &str = "<html><head><meta property=\"og:site_name\" content=\"Example News\"></head><body><article>\
        <h1>A headline that is long enough</h1>\
        <p>The first paragraph of the story says what happened, to whom, and where it happened today.</p>\
        <p>Readers can reach the newsroom with tips and corrections at any hour of the day through the contact page.</p>\
        <p>The second paragraph of the story goes on with more of what happened and why it matters.</p>\
        </article></body></html>";

    #[test]
    fn site_rules_and_tags_apply_to_every_new_clipping() {
        let mut rules = Rules::default();
        rules.add(
            SiteRule::from_block(
                "Example News",
                "Readers can reach the newsroom with tips and corrections",
            )
            .expect("a rule"),
        );
        let options = IngestOptions {
            rules,
            tags: vec!["news".into()],
        };
        let ingested =
            ingest_bytes(PAGE.as_bytes(), "page.html", None, &options).expect("extracted");
        assert_eq!(ingested.trimmed_by_rules, 1);
        assert_eq!(ingested.clipping.tags, vec!["news".to_string()]);
        let markdown = ingested.clipping.to_markdown();
        assert!(!markdown.contains("reach the newsroom"), "{markdown}");
        assert!(markdown.contains("The second paragraph"), "{markdown}");

        let plain = ingest_bytes(
            PAGE.as_bytes(),
            "page.html",
            None,
            &IngestOptions::default(),
        )
        .expect("extracted");
        assert_eq!(plain.trimmed_by_rules, 0);
        assert!(plain.clipping.to_markdown().contains("reach the newsroom"));
        assert!(plain.clipping.tags.is_empty());
    }
}
