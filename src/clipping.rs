//! `Clipping`: the person's decisions on an [`Article`] — edited fields, tags, keep/trim per block —
//! and its Markdown form (YAML front matter in Obsidian Web Clipper's key order, then the body).

use chrono::{DateTime, FixedOffset, Local};
use serde::{Deserialize, Serialize};

use crate::extract::{Article, Format, Reason};

/// The input a clipping was made from, kept so its trims can be changed later.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Original {
    pub text: String,
    pub format: Format,
}

/// An article as the person wants it kept.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Clipping {
    /// Stable id: survives renames of the note, keys the original in the library's hidden folder.
    pub id: String,
    pub title: String,
    /// The article's url (`source` in the front matter, as Obsidian Web Clipper names it).
    pub source: Option<String>,
    pub authors: Vec<String>,
    /// `YYYY-MM-DD`, or RFC 3339 when a time is known.
    pub published: Option<String>,
    /// When the clipping was first saved, RFC 3339 in local time.
    pub created: DateTime<FixedOffset>,
    pub description: Option<String>,
    pub tags: Vec<String>,
    pub site: Option<String>,
    /// The blocks with the person's keep/trim decisions.
    pub article: Article,
    pub original: Original,
}

/// The front matter, in the order Obsidian Web Clipper writes its keys.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct FrontMatter {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default)]
    pub author: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
}

impl Clipping {
    /// A new clipping from the engine's article and the input it came from, with the engine's
    /// fields and decisions as the starting point.
    pub fn new(article: Article, original: Original) -> Self {
        let created = Local::now().fixed_offset();
        Clipping {
            id: new_id(&original.text, created),
            title: article.title.clone().unwrap_or_default(),
            source: article.url.clone(),
            authors: article.authors.clone(),
            published: article.published.as_ref().map(|p| p.value.to_rfc3339()),
            created,
            description: article.summary.clone(),
            tags: Vec::new(),
            site: article.site.clone(),
            article,
            original,
        }
    }

    /// The title to show and to name the file after: the edited title, else "Untitled clipping".
    pub fn display_title(&self) -> &str {
        let t = self.title.trim();
        if t.is_empty() { "Untitled clipping" } else { t }
    }

    /// Keeps or trims block `index`, recording that the person decided it.
    /// Returns false when there is no such block.
    pub fn set_keep(&mut self, index: usize, keep: bool) -> bool {
        let Some(block) = self.article.blocks.get_mut(index) else {
            return false;
        };
        if block.keep != keep {
            block.keep = keep;
            block.reason = if keep {
                Reason::KeptByYou
            } else {
                Reason::TrimmedByYou
            };
        }
        true
    }

    /// The front matter this clipping writes.
    pub fn front_matter(&self) -> FrontMatter {
        FrontMatter {
            title: self.display_title().to_string(),
            source: non_empty(self.source.as_deref()),
            author: self.authors.clone(),
            published: non_empty(self.published.as_deref()),
            created: Some(
                self.created
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
            ),
            description: non_empty(self.description.as_deref()),
            tags: self.tags.clone(),
            site: non_empty(self.site.as_deref()),
            id: Some(self.id.clone()),
        }
    }

    /// The body as Markdown: kept body blocks, headings, lists and quotes marked.
    pub fn body_markdown(&self) -> String {
        let mut out = String::new();
        let mut previous_was_list = false;
        for block in self.article.kept_body() {
            let is_list = block.role == crate::extract::Role::ListItem;
            if !out.is_empty() {
                // Consecutive list items form one list; everything else is its own paragraph.
                out.push_str(if is_list && previous_was_list {
                    "\n"
                } else {
                    "\n\n"
                });
            }
            out.push_str(&block.to_markdown());
            previous_was_list = is_list;
        }
        out
    }

    /// The whole note: front matter between `---` lines, then the body.
    pub fn to_markdown(&self) -> String {
        note_markdown(&self.front_matter(), &self.body_markdown())
    }
}

/// Renders a note from its front matter and body.
pub fn note_markdown(front: &FrontMatter, body: &str) -> String {
    // Serializing plain strings and lists cannot fail; fall back to a title-only block if it ever did.
    let yaml =
        serde_norway::to_string(front).unwrap_or_else(|_| format!("title: {:?}\n", front.title));
    let mut out = String::with_capacity(yaml.len() + body.len() + 16);
    out.push_str("---\n");
    out.push_str(&yaml);
    if !yaml.ends_with('\n') {
        out.push('\n');
    }
    out.push_str("---\n\n");
    out.push_str(body);
    if !body.ends_with('\n') {
        out.push('\n');
    }
    out
}

/// Splits a note into its front matter (if it has one that parses) and its body.
pub fn parse_note(markdown: &str) -> (Option<FrontMatter>, &str) {
    let text = markdown.strip_prefix('\u{feff}').unwrap_or(markdown);
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return (None, text);
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            let yaml = &rest[..offset];
            let body = rest[offset + line.len()..].trim_start_matches(['\r', '\n']);
            return (parse_front_matter(yaml), body);
        }
        offset += line.len();
    }
    (None, text)
}

/// Reads front matter leniently: other tools write `author` and `tags` as a string or a list.
fn parse_front_matter(yaml: &str) -> Option<FrontMatter> {
    let value: serde_norway::Value = serde_norway::from_str(yaml).ok()?;
    let map = value.as_mapping()?;
    let get = |key: &str| map.get(serde_norway::Value::from(key));
    let text = |key: &str| -> Option<String> {
        match get(key)? {
            serde_norway::Value::String(s) => Some(s.clone()),
            serde_norway::Value::Number(n) => Some(n.to_string()),
            serde_norway::Value::Bool(b) => Some(b.to_string()),
            _ => None,
        }
    };
    let list = |key: &str| -> Vec<String> {
        match get(key) {
            Some(serde_norway::Value::Sequence(items)) => items
                .iter()
                .filter_map(|v| match v {
                    serde_norway::Value::String(s) => Some(s.clone()),
                    serde_norway::Value::Number(n) => Some(n.to_string()),
                    _ => None,
                })
                .collect(),
            Some(serde_norway::Value::String(s)) => s
                .split(',')
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
                .collect(),
            _ => Vec::new(),
        }
    };
    Some(FrontMatter {
        title: text("title").unwrap_or_default(),
        source: text("source").or_else(|| text("url")),
        author: list("author"),
        published: text("published"),
        created: text("created"),
        description: text("description"),
        tags: list("tags"),
        site: text("site"),
        id: text("id"),
    })
}

fn non_empty(s: Option<&str>) -> Option<String> {
    s.map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

/// A 16-hex-digit id from the time and the content: unique enough for one person's library.
fn new_id(text: &str, at: DateTime<FixedOffset>) -> String {
    use std::hash::{BuildHasher, Hasher};
    // RandomState is seeded per process, so two saves of the same text get different ids.
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write(text.as_bytes());
    hasher.write_i64(at.timestamp_nanos_opt().unwrap_or_default());
    format!("{:016x}", hasher.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Block, Role};

    fn sample() -> Clipping {
        let article = Article {
            title: Some("A: \"quoted\" title\n---".into()),
            site: Some("Example".into()),
            blocks: vec![
                Block::new(
                    "First paragraph.",
                    Role::Paragraph,
                    true,
                    Reason::ArticleText,
                ),
                Block::new("Share this", Role::Boilerplate, false, Reason::ShareButtons),
                Block::new("Point one", Role::ListItem, true, Reason::ArticleText),
                Block::new("Point two", Role::ListItem, true, Reason::ArticleText),
            ],
            ..Article::default()
        };
        Clipping::new(article, Original::default())
    }

    #[test]
    fn hostile_title_round_trips_through_front_matter() {
        let clipping = sample();
        let note = clipping.to_markdown();
        let (front, body) = parse_note(&note);
        let front = front.expect("front matter parses");
        assert_eq!(front.title, "A: \"quoted\" title\n---");
        assert_eq!(front.id.as_deref(), Some(clipping.id.as_str()));
        assert_eq!(body, "First paragraph.\n\n- Point one\n- Point two\n");
    }

    #[test]
    fn keys_follow_obsidian_web_clipper_order() {
        let mut clipping = sample();
        clipping.source = Some("https://example.com/a".into());
        clipping.published = Some("2025-05-05".into());
        clipping.description = Some("Deck".into());
        clipping.tags = vec!["news".into()];
        let note = clipping.to_markdown();
        let positions: Vec<usize> = [
            "title:",
            "source:",
            "author:",
            "published:",
            "created:",
            "description:",
            "tags:",
            "site:",
            "id:",
        ]
        .iter()
        .map(|k| {
            note.find(&format!("\n{k}"))
                .unwrap_or_else(|| panic!("{k} missing"))
        })
        .collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{note}");
    }

    #[test]
    fn trimming_a_block_removes_it_from_the_body_and_says_who() {
        let mut clipping = sample();
        assert!(clipping.set_keep(0, false));
        assert_eq!(clipping.article.blocks[0].reason, Reason::TrimmedByYou);
        assert!(!clipping.body_markdown().contains("First paragraph"));
        assert!(!clipping.set_keep(99, false));
    }

    #[test]
    fn notes_without_front_matter_are_read_as_body() {
        let (front, body) = parse_note("# Just a note\n\ntext");
        assert!(front.is_none());
        assert_eq!(body, "# Just a note\n\ntext");
        let (front, _) = parse_note("---\nauthor: Jane\ntags: a, b\n---\nbody");
        let front = front.expect("lenient front matter");
        assert_eq!(front.author, vec!["Jane"]);
        assert_eq!(front.tags, vec!["a", "b"]);
    }
}
