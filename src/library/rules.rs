//! Learned site rules: "always trim blocks like this on <site>". Stored in the library's hidden
//! folder (`.tidyclip/rules.json`) so they travel with the library, and applied to each new
//! article from that site with `Reason::YourRule`.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{HIDDEN_DIR, LibraryError, disk_guard, write};
use crate::extract::address::address_parts;
use crate::extract::{Article, Reason};

/// How many leading words of a block make a rule: enough to recognise a recurring prompt
/// ("Get a daily dose of …") without matching ordinary prose.
const PATTERN_WORDS: usize = 6;

/// One rule: on `site`, trim body blocks whose text starts with `starts_with` (compared with
/// case and spacing folded).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SiteRule {
    pub site: String,
    pub starts_with: String,
}

impl SiteRule {
    /// The rule that recognises blocks like `text` on `site`; `None` for a block with no words.
    pub fn from_block(site: &str, text: &str) -> Option<Self> {
        let words: Vec<String> = normalize(text)
            .split(' ')
            .filter(|w| !w.is_empty())
            .take(PATTERN_WORDS)
            .map(str::to_string)
            .collect();
        if words.is_empty() || site.trim().is_empty() {
            return None;
        }
        Some(SiteRule {
            site: site.trim().to_string(),
            starts_with: words.join(" "),
        })
    }

    fn matches(&self, site: &str, text: &str) -> bool {
        self.site.eq_ignore_ascii_case(site.trim())
            && normalize(text).starts_with(&self.starts_with)
    }
}

/// A block of at most this many words is short enough to be page furniture (a label, a
/// prompt, a link line) rather than the article's prose.
const FURNITURE_MAX_WORDS: usize = 12;
/// A line without a sentence's final punctuation, up to this many words, reads as a label.
const LABEL_MAX_WORDS: usize = 25;

/// Whether block `index` of `article` looks like page furniture that recurs on a site (a
/// newsletter line, "Follow us on …", a link line), worth a rule: it is short, mostly link text,
/// repeated on the page, or a line with no sentence ending. An ordinary paragraph is not: a rule
/// made from it would never match again.
pub fn is_page_furniture(article: &Article, index: usize) -> bool {
    let Some(block) = article.blocks.get(index) else {
        return false;
    };
    let words = block.text.split_whitespace().count();
    if words == 0 {
        return false;
    }
    let text = block.text.trim_end_matches(['"', '\'', '”', '’', '»', ')']);
    let ends_sentence = text.ends_with(['.', '!', '?', '…', '。', '！', '？']);
    let link_chars = block.markdown.as_deref().map_or(0, link_text_chars);
    let key = normalize(&block.text);
    let repeated = article
        .blocks
        .iter()
        .enumerate()
        .any(|(i, b)| i != index && normalize(&b.text) == key);
    // A bare address ("http://amzn.to/2hXQPDr") is link-like and short, but its rule would match
    // only that one address again; the same address repeated on the page is furniture.
    let bare_address = words == 1
        && ["http://", "https://", "www."]
            .iter()
            .any(|p| key.starts_with(p));
    if bare_address && !repeated {
        return false;
    }
    words <= FURNITURE_MAX_WORDS
        || link_chars * 2 >= block.text.chars().count()
        || repeated
        || (!ends_sentence && words <= LABEL_MAX_WORDS)
}

/// Characters of link text in a block's Markdown (`[text](address)`).
fn link_text_chars(markdown: &str) -> usize {
    let mut total = 0;
    let mut rest = markdown;
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(close) = after.find("](") else {
            break;
        };
        total += after[..close].chars().count();
        rest = &after[close + 2..];
    }
    total
}

/// Lower-cased, whitespace collapsed.
fn normalize(text: &str) -> String {
    text.split_whitespace()
        .take(PATTERN_WORDS * 4)
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// The site an article's rules are keyed on: its site name, else its url's host.
pub fn site_key(site: Option<&str>, url: Option<&str>) -> Option<String> {
    if let Some(site) = site.map(str::trim).filter(|s| !s.is_empty()) {
        return Some(site.to_string());
    }
    let host = address_parts(url?.trim())
        .authority
        .trim_start_matches("www.");
    (!host.is_empty()).then(|| host.to_string())
}

/// The rules of one library.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rules {
    pub rules: Vec<SiteRule>,
}

impl Rules {
    fn path(library: &Path) -> PathBuf {
        library.join(HIDDEN_DIR).join("rules.json")
    }

    /// The library's rules; none when the file is missing. A damaged file is an error to show
    /// (the rules are then ignored, and not written over, until it is fixed).
    pub fn load(library: &Path) -> Result<Self, LibraryError> {
        disk_guard::check("loading the site rules");
        let path = Self::path(library);
        match std::fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).map_err(|e| LibraryError::DamagedRules {
                path: path.clone(),
                why: e.to_string(),
            }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Rules::default()),
            Err(source) => Err(LibraryError::Read { path, source }),
        }
    }

    /// Writes the rules atomically, as notes are written (a temp file the sweeper knows, then
    /// renamed over).
    pub fn save(&self, library: &Path) -> Result<(), LibraryError> {
        disk_guard::check("saving the site rules");
        let path = Self::path(library);
        let dir = path.parent().unwrap_or(library);
        std::fs::create_dir_all(dir).map_err(|source| LibraryError::CreateFolder {
            path: dir.to_path_buf(),
            source,
        })?;
        let json = serde_json::to_vec_pretty(self).expect("plain data serializes to JSON");
        write::write_atomic(&path, &json, true)
    }

    /// Adds a rule unless an equal one exists. Returns false when it was already there.
    pub fn add(&mut self, rule: SiteRule) -> bool {
        if self.rules.contains(&rule) {
            return false;
        }
        self.rules.push(rule);
        true
    }

    /// The indexes of kept body blocks that a rule for `site` trims.
    pub fn matching_blocks(&self, site: &str, article: &Article) -> Vec<usize> {
        let rules: Vec<&SiteRule> = self
            .rules
            .iter()
            .filter(|r| r.site.eq_ignore_ascii_case(site.trim()))
            .collect();
        if rules.is_empty() {
            return Vec::new();
        }
        article
            .blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| b.keep && b.role.is_body())
            .filter(|(_, b)| rules.iter().any(|r| r.matches(site, &b.text)))
            .map(|(i, _)| i)
            .collect()
    }

    /// Trims what the rules for the article's site say to trim, with `Reason::YourRule`.
    /// Returns how many blocks were trimmed.
    pub fn apply(&self, article: &mut Article) -> usize {
        let Some(site) = site_key(article.site.as_deref(), article.url.as_deref()) else {
            return 0;
        };
        let hits = self.matching_blocks(&site, article);
        for &i in &hits {
            let block = &mut article.blocks[i];
            block.keep = false;
            block.reason = Reason::YourRule { site: site.clone() };
        }
        hits.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Block, Role};

    #[test]
    fn only_page_furniture_is_worth_a_rule() {
        let para = |t: &str| Block::new(t, Role::Paragraph, true, Reason::ArticleText);
        let mut linked =
            para("Read more: Council approves the new cycle lanes after a long debate");
        linked.markdown = Some(
            "Read more: [Council approves the new cycle lanes after a long debate](/x)".into(),
        );
        let article = Article {
            blocks: vec![
                para("Follow us on Telegram"),
                para(
                    "In March, the foreign minister criticized the president for comments he \
                     made about the talks, saying they would not help anyone reach a settlement.",
                ),
                linked,
                para(
                    "Get a daily dose of local news through our daily email, it is free and you \
                     can unsubscribe at any time",
                ),
                para(
                    "\"We understand that not everyone welcomes the revival of these ties, and \
                     some will try to derail the process,\" the spokesman said on Monday.\"",
                ),
            ],
            ..Article::default()
        };
        let furniture: Vec<bool> = (0..5).map(|i| is_page_furniture(&article, i)).collect();
        assert_eq!(furniture, vec![true, false, true, true, false]);
    }

    #[test]
    fn a_bare_address_is_worth_a_rule_only_when_the_page_repeats_it() {
        let para = |t: &str| Block::new(t, Role::Paragraph, true, Reason::ArticleText);
        let article = Article {
            blocks: vec![
                para("http://amzn.to/2hXQPDr"),
                para("https://shop.example/"),
                para("Prices as of Monday."),
                para("https://shop.example/"),
            ],
            ..Article::default()
        };
        let furniture: Vec<bool> = (0..4).map(|i| is_page_furniture(&article, i)).collect();
        assert_eq!(furniture, vec![false, true, true, true]);
    }

    #[test]
    fn a_rule_trims_the_same_prompt_on_the_same_site_only() {
        let rule = SiteRule::from_block(
            "RT.com",
            "Get a daily dose of Yorkshire Observer news through our daily email",
        )
        .expect("rule");
        let mut rules = Rules::default();
        assert!(rules.add(rule.clone()));
        assert!(!rules.add(rule));
        let mut article = Article {
            site: Some("rt.com".into()),
            blocks: vec![
                Block::new("Real text.", Role::Paragraph, true, Reason::ArticleText),
                Block::new(
                    "Get a  daily dose of Yorkshire Observer news, free",
                    Role::Paragraph,
                    true,
                    Reason::ArticleText,
                ),
            ],
            ..Article::default()
        };
        let mut other = article.clone();
        other.site = Some("Other".into());
        assert_eq!(rules.apply(&mut article), 1);
        assert_eq!(
            article.blocks[1].reason,
            Reason::YourRule {
                site: "rt.com".into()
            }
        );
        assert!(article.blocks[0].keep);
        assert_eq!(rules.apply(&mut other), 0);
    }

    #[test]
    fn rules_round_trip_through_the_hidden_folder() {
        let dir = tempfile::tempdir().expect("temp dir");
        assert_eq!(
            Rules::load(dir.path()).expect("no rules yet"),
            Rules::default()
        );
        let mut rules = Rules::default();
        rules.add(SiteRule::from_block("a.com", "Subscribe now").expect("rule"));
        rules.save(dir.path()).expect("saved");
        assert_eq!(Rules::load(dir.path()).expect("read back"), rules);
        assert_eq!(
            site_key(None, Some("https://www.example.com/a/b")).as_deref(),
            Some("example.com")
        );
    }
}
