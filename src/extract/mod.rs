//! The engine: bytes or text in, [`Article`] out. Pure — no I/O, no egui, no knowledge of the library.
//!
//! The pipeline, in the order it runs: [`decode`] the bytes into text and sniff the [`Format`];
//! segment the text (or HTML) into candidate blocks; compute each block's features and
//! [`classify`] it as keep or trim with a [`Reason`]; pull the [`fields`] (title, site, author,
//! date, url, summary) out of the blocks and metadata.

pub mod classify;
pub mod decode;
pub mod fields;
pub mod html;
pub mod kind;
pub mod learned;
pub mod text;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

pub use decode::DecodeError;

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

/// Decodes `bytes` and extracts the article. `name_hint` (a file name) only breaks ties when
/// sniffing the format; the content decides.
pub fn extract_bytes(bytes: &[u8], name_hint: Option<&str>) -> Result<Article, DecodeError> {
    let (text, format) = decode::decode_borrowed(bytes, name_hint)?;
    Ok(extract(&text, format))
}

/// Extracts the article from already-decoded input of a known format: the rules, then the
/// learned decision on top (see [`learned`]).
pub fn extract(input: &str, format: Format) -> Article {
    let (mut article, rows) = extract_unlearned(input, format);
    if let Some(forest) = learned::shipped(format) {
        learned::apply(&mut article, &rows, forest);
    }
    article
}

/// The article as the rules alone decide it, with each block's inputs for the learned decision
/// (for training and for measuring what the model adds).
pub fn extract_unlearned(input: &str, format: Format) -> (Article, Vec<learned::Row>) {
    let (mut article, rows) = match format {
        Format::Html => html::extract_html(input),
        Format::Text | Format::Markdown => text::extract_text(input, format),
    };
    article.format = format;
    (article, rows)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn huge_and_hostile_inputs_do_not_panic() {
        let para =
            "The council met on Tuesday and agreed that the plan would go ahead as proposed. ";
        let one_line = para.repeat(20_000_000 / para.len());
        let article = extract_bytes(one_line.as_bytes(), Some("line.txt")).expect("text decodes");
        assert!(!article.body_text().is_empty());

        let mut ten_mb = String::new();
        while ten_mb.len() < 10_000_000 {
            ten_mb.push_str(para);
            ten_mb.push_str("\n\nHome\nNews\n\n");
        }
        assert!(extract_bytes(ten_mb.as_bytes(), None).is_ok());

        let deep = "<div>".repeat(200_000) + "<p>Deep text.</p>" + &"</div>".repeat(200_000);
        assert!(extract_bytes(deep.as_bytes(), Some("deep.html")).is_ok());

        assert!(matches!(
            extract_bytes(b"some text\0with a NUL", None),
            Err(DecodeError::Binary(_))
        ));
    }

    #[test]
    fn field_lines_are_not_body() {
        let text = "Example.com\n5. Mai 2025, 14:42 MESZ\nA headline about the council\n\n\
            The council met on Tuesday and agreed that the plan would go ahead as proposed by the mayor.\n\n\
            It will cost more than expected, the treasurer said, but the money is already set aside.\n";
        let a = extract(text, Format::Text);
        assert_eq!(a.site.as_deref(), Some("Example.com"));
        assert_eq!(
            a.published
                .as_ref()
                .map(|p| p.value.to_rfc3339())
                .as_deref(),
            Some("2025-05-05T14:42:00+02:00")
        );
        assert_eq!(a.title.as_deref(), Some("A headline about the council"));
        assert!(a.body_text().starts_with("The council met"));
        assert!(!a.body_text().contains("Example.com"));
    }

    #[test]
    fn german_page_pasted() {
        let text = "Startseite\nPolitik\nWirtschaft\nSport\nKultur\n\n\
            Stadtrat beschließt neuen Radweg an der Ringstraße\n\
            Von Max Mustermann\n\
            5. Mai 2025, 14:42 Uhr\n\n\
            Der Stadtrat hat am Dienstag mit großer Mehrheit beschlossen, dass an der Ringstraße ein neuer Radweg gebaut wird. Die Arbeiten sollen im Herbst beginnen.\n\n\
            Die Kosten liegen nach Angaben der Verwaltung bei rund zwei Millionen Euro, die zum großen Teil vom Land übernommen werden.\n\n\
            Anwohner hatten sich seit Jahren für eine sichere Verbindung in die Innenstadt eingesetzt und begrüßten die Entscheidung.\n\n\
            Lesen Sie auch:\n\
            Neue Buslinie ab Juni: Das ändert sich für Pendler in der Region...\n\
            Baustelle am Bahnhof: Sperrung dauert länger als geplant...\n\
            © 2025 Beispiel Zeitung. Alle Rechte vorbehalten.\n";
        let a = extract(text, Format::Text);
        assert_eq!(
            a.title.as_deref(),
            Some("Stadtrat beschließt neuen Radweg an der Ringstraße")
        );
        assert_eq!(a.authors, vec!["Max Mustermann".to_string()]);
        assert_eq!(
            a.published
                .as_ref()
                .map(|p| p.value.to_rfc3339())
                .as_deref(),
            Some("2025-05-05")
        );
        let body = a.body_text();
        assert!(body.starts_with("Der Stadtrat hat am Dienstag"), "{body}");
        assert!(body.ends_with("begrüßten die Entscheidung."), "{body}");
        for b in a.blocks.iter().filter(|b| !b.keep) {
            assert!(!b.reason.to_string().is_empty());
        }
    }

    #[test]
    fn chinese_page_pasted() {
        let text = "首页\n新闻\n体育\n\n\
            市政府宣布新的公共交通计划\n\n\
            市政府周二宣布，将在明年投入资金建设三条新的公交线路，以缓解市中心的交通拥堵问题。官员表示，新线路将连接主要住宅区和商业区。\n\n\
            据介绍，该计划还包括在主要路口增设自行车道和人行横道，以提高行人和骑车人的安全。市民普遍对这一计划表示欢迎。\n\n\
            版权所有 © 2025 示例新闻\n";
        let a = extract(text, Format::Text);
        let body = a.body_text();
        assert!(body.starts_with("市政府周二宣布"), "{body}");
        assert!(body.contains("市民普遍"), "{body}");
        assert!(!body.contains("版权所有"), "{body}");
    }
}
