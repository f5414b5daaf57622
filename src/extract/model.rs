//! The engine's data: an [`Article`] and its [`Block`]s, each with a [`Role`] and the [`Reason`]
//! it was kept or trimmed, the input [`Format`] and the [`Published`] date.

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

use super::kind::PageKind;

/// What the input looked like once decoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text, as a browser's copy of a selected page gives it.
    #[default]
    Text,
    /// A saved page or the clipboard's HTML flavour.
    Html,
    /// Markdown (a note from another tool, or a Markdown export).
    Markdown,
}

impl Format {
    /// The lower-case name used on the command line and in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Html => "html",
            Format::Markdown => "markdown",
        }
    }
}

/// An article as the engine understood it: the fields it found and every block of the input,
/// each marked keep or trim with a reason the person can read.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Article {
    pub format: Format,
    /// The headline, or when the input has none, a suggestion (see `title_inferred`).
    pub title: Option<String>,
    /// True when the title was not found as a headline but guessed (e.g. from the standfirst).
    pub title_inferred: bool,
    /// The publication's name, e.g. "RT.com".
    pub site: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<Published>,
    /// The article's address (the canonical link when the HTML has one).
    pub url: Option<String>,
    /// The standfirst or description.
    pub summary: Option<String>,
    /// What kind of page it is (article, forum, product, …), as the engine judged it.
    #[serde(default)]
    pub kind: PageKind,
    pub blocks: Vec<Block>,
}

impl Article {
    /// The kept body blocks, in order: what the clean article consists of.
    pub fn kept_body(&self) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(|b| b.keep && b.role.is_body())
    }

    /// The kept body blocks' text joined by blank lines (no Markdown markers).
    pub fn body_text(&self) -> String {
        let parts: Vec<&str> = self.kept_body().map(|b| b.text.as_str()).collect();
        parts.join("\n\n")
    }
}

/// One paragraph-sized piece of the input.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Block {
    pub text: String,
    pub role: Role,
    /// Whether the block belongs in the clean article.
    pub keep: bool,
    /// Why the engine (or the person) kept or trimmed it.
    pub reason: Reason,
    /// For blocks that came from HTML links or Markdown: the block rendered as Markdown
    /// (links, emphasis kept). `None` means the plain `text` is the Markdown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub markdown: Option<String>,
}

impl Block {
    /// A block with the given role and decision.
    pub fn new(text: impl Into<String>, role: Role, keep: bool, reason: Reason) -> Self {
        Block {
            text: text.into(),
            role,
            keep,
            reason,
            markdown: None,
        }
    }

    /// The block as Markdown, with its role's marker (heading, list item, quote).
    pub fn to_markdown(&self) -> String {
        let inner = self.markdown.as_deref().unwrap_or(&self.text);
        match self.role {
            Role::Heading => format!("## {inner}"),
            Role::ListItem => format!("- {inner}"),
            Role::Quote => inner
                .lines()
                .map(|l| format!("> {l}"))
                .collect::<Vec<_>>()
                .join("\n"),
            _ => inner.to_string(),
        }
    }
}

/// What a block is. Field roles (title, site, byline, date, standfirst) feed the article's fields
/// and are never part of the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Paragraph,
    Heading,
    ListItem,
    Quote,
    /// The headline line.
    Title,
    /// The site's name line.
    Site,
    /// "By Jane Doe" and the like.
    Byline,
    /// The date line.
    Date,
    /// The standfirst, summary or deck under the headline.
    Summary,
    /// Menus, share rows, footers, captions, teasers: anything around the article.
    Boilerplate,
}

impl Role {
    /// True for roles whose kept blocks make up the body.
    pub fn is_body(self) -> bool {
        matches!(
            self,
            Role::Paragraph | Role::Heading | Role::ListItem | Role::Quote | Role::Boilerplate
        )
    }

    /// The snake_case name used in JSON.
    pub fn name(self) -> &'static str {
        match self {
            Role::Paragraph => "paragraph",
            Role::Heading => "heading",
            Role::ListItem => "list_item",
            Role::Quote => "quote",
            Role::Title => "title",
            Role::Site => "site",
            Role::Byline => "byline",
            Role::Date => "date",
            Role::Summary => "summary",
            Role::Boilerplate => "boilerplate",
        }
    }
}

/// Why a block was kept or trimmed — data, shown to the person in words via `Display`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Reason {
    // Reasons to keep.
    /// Prose in the article's main run.
    ArticleText,
    /// A heading inside the article.
    ArticleHeading,
    /// The line was used for one of the article's fields ("title", "site", …).
    UsedAsField {
        field: String,
    },
    /// The person chose to keep it.
    KeptByYou,

    // Reasons to trim.
    Navigation,
    ShareButtons,
    NewsletterPrompt,
    /// Promotional or self-advertising text ("submit a news release", "subscribe", …).
    Promotion,
    /// A truncated teaser of another story ("…" at the end, a list of headlines).
    TeaserOfAnotherStory,
    PhotoCaption,
    /// Repeats block `of` (0-based index into `Article::blocks`).
    DuplicateOf {
        of: usize,
    },
    /// Repeats the standfirst or title.
    RepeatsSummary,
    CopyrightFooter,
    Comments,
    CookieNotice,
    Advertisement,
    /// "Related stories", "Most read", "Read more" and the like.
    RelatedLinks,
    /// A timestamp, reading time, or other metadata line that is not a field.
    Metadata,
    /// Short or link-like text outside the article's main run of prose.
    OutsideArticle,
    /// The person chose to trim it.
    TrimmedByYou,
    /// A rule the person made for this site.
    YourRule {
        site: String,
    },
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Reason::ArticleText => f.write_str("article text"),
            Reason::ArticleHeading => f.write_str("heading in the article"),
            Reason::UsedAsField { field } => write!(f, "used as the {field}"),
            Reason::KeptByYou => f.write_str("kept by you"),
            Reason::Navigation => f.write_str("navigation"),
            Reason::ShareButtons => f.write_str("share buttons"),
            Reason::NewsletterPrompt => f.write_str("newsletter prompt"),
            Reason::Promotion => f.write_str("promotion"),
            Reason::TeaserOfAnotherStory => f.write_str("teaser of another story"),
            Reason::PhotoCaption => f.write_str("photo caption"),
            Reason::DuplicateOf { of } => write!(f, "duplicate of block {}", of + 1),
            Reason::RepeatsSummary => f.write_str("repeats the summary"),
            Reason::CopyrightFooter => f.write_str("copyright footer"),
            Reason::Comments => f.write_str("comments"),
            Reason::CookieNotice => f.write_str("cookie notice"),
            Reason::Advertisement => f.write_str("advertisement"),
            Reason::RelatedLinks => f.write_str("related links"),
            Reason::Metadata => f.write_str("page metadata"),
            Reason::OutsideArticle => f.write_str("outside the article"),
            Reason::TrimmedByYou => f.write_str("trimmed by you"),
            Reason::YourRule { site } => write!(f, "your rule for {site}"),
        }
    }
}

/// A published date as found: the text it came from and what it means.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    /// The text the date was read from, shown beside the parsed value.
    pub raw: String,
    pub value: PublishedValue,
}

/// A date with its time and the page's own offset, or a date alone when no time was given.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum PublishedValue {
    DateTime(DateTime<FixedOffset>),
    Date(NaiveDate),
}

impl PublishedValue {
    /// RFC 3339 with the text's own offset, or `YYYY-MM-DD` for a date without a time.
    pub fn to_rfc3339(&self) -> String {
        match self {
            PublishedValue::DateTime(dt) => dt.to_rfc3339(),
            PublishedValue::Date(d) => d.format("%Y-%m-%d").to_string(),
        }
    }

    /// The calendar date, for sorting and for `YYYY-MM-DD` displays.
    pub fn date(&self) -> NaiveDate {
        match self {
            PublishedValue::DateTime(dt) => dt.date_naive(),
            PublishedValue::Date(d) => *d,
        }
    }
}
