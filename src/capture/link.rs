//! The `tidyclip://clip?url=…&title=…` link that a browser opens after the bookmarklet has put
//! the page on the clipboard.
//!
//! A link comes from any web page (a page can open it as easily as the bookmarklet can), so it
//! is read as untrusted: it only names where the clipboard's content came from. It carries no
//! content and no command: the window fills itself from the clipboard the person just filled,
//! and nothing is saved until the person saves.

use std::fmt;

/// The scheme the OS hands to tidyclip (`x-scheme-handler/tidyclip` on Linux).
pub const SCHEME: &str = "tidyclip";

/// A whole link longer than this is refused: a page's address and title fit many times over.
pub const MAX_LINK_BYTES: usize = 8 * 1024;
/// The longest page address taken (longer addresses are nearly always tracking junk).
pub const MAX_URL_BYTES: usize = 2048;
/// The longest title taken, in characters, after its spaces are tidied.
pub const MAX_TITLE_CHARS: usize = 300;

/// What a capture link says about the clipboard's content.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CaptureLink {
    /// The page's address: http or https, as the `url` crate writes it.
    pub url: Option<String>,
    /// The page's title as the browser showed it.
    pub title: Option<String>,
}

/// Why a link was refused, in words a person can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    TooLong(usize),
    NotALink,
    OtherScheme(String),
    OtherAction(String),
    Twice(&'static str),
    UrlTooLong(usize),
    BadUrl(String),
    UrlScheme(String),
    UrlWithPassword,
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LinkError::TooLong(n) => write!(
                f,
                "the link is {n} bytes long; a capture link holds at most {MAX_LINK_BYTES}"
            ),
            LinkError::NotALink => write!(f, "this is not a link (expected {SCHEME}://clip?url=…)"),
            LinkError::OtherScheme(s) => {
                write!(f, "tidyclip opens {SCHEME}:// links only, not {s}:")
            }
            LinkError::OtherAction(a) => write!(
                f,
                "tidyclip links can only ask for a clip ({SCHEME}://clip), not “{a}”"
            ),
            LinkError::Twice(name) => write!(f, "the link gives its {name} twice"),
            LinkError::UrlTooLong(n) => write!(
                f,
                "the page address is {n} bytes long; at most {MAX_URL_BYTES} are taken"
            ),
            LinkError::BadUrl(u) => write!(f, "the page address “{u}” is not a web address"),
            LinkError::UrlScheme(s) => write!(
                f,
                "the page address must be an http or https address, not {s}:"
            ),
            LinkError::UrlWithPassword => {
                write!(f, "the page address holds a user name or password")
            }
        }
    }
}

impl std::error::Error for LinkError {}

/// Whether `arg` looks meant as a capture link (so the command line hands it here rather than
/// reading it as a subcommand or a file).
pub fn is_link(arg: &str) -> bool {
    arg.get(..SCHEME.len() + 1)
        .is_some_and(|head| head.eq_ignore_ascii_case(&format!("{SCHEME}:")))
}

impl CaptureLink {
    /// Reads `link`. Unknown parameters are ignored (a newer bookmarklet may send more);
    /// the address and title are checked and capped.
    pub fn parse(link: &str) -> Result<CaptureLink, LinkError> {
        if link.len() > MAX_LINK_BYTES {
            return Err(LinkError::TooLong(link.len()));
        }
        let parsed = url::Url::parse(link.trim()).map_err(|_| LinkError::NotALink)?;
        if !parsed.scheme().eq_ignore_ascii_case(SCHEME) {
            return Err(LinkError::OtherScheme(printable(parsed.scheme(), 20)));
        }
        // `tidyclip://clip?…` (the host is the action) or `tidyclip:clip?…` (the path is).
        let action = match parsed.host_str() {
            Some(host) => {
                if !matches!(parsed.path(), "" | "/") {
                    return Err(LinkError::OtherAction(printable(
                        &format!("{host}{}", parsed.path()),
                        40,
                    )));
                }
                host.to_string()
            }
            None => parsed.path().trim_end_matches('/').to_string(),
        };
        if !action.eq_ignore_ascii_case("clip") {
            return Err(LinkError::OtherAction(printable(&action, 40)));
        }
        let mut capture = CaptureLink::default();
        for (name, value) in parsed.query_pairs() {
            match &*name {
                "url" => {
                    if capture.url.is_some() {
                        return Err(LinkError::Twice("page address"));
                    }
                    capture.url = page_address(&value)?;
                }
                "title" => {
                    if capture.title.is_some() {
                        return Err(LinkError::Twice("title"));
                    }
                    capture.title = tidy_title(&value);
                }
                _ => {}
            }
        }
        Ok(capture)
    }

    /// The link that says this, as the bookmarklet writes it.
    pub fn to_link(&self) -> String {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        if let Some(u) = &self.url {
            query.append_pair("url", u);
        }
        if let Some(t) = &self.title {
            query.append_pair("title", t);
        }
        let query = query.finish();
        if query.is_empty() {
            format!("{SCHEME}://clip")
        } else {
            format!("{SCHEME}://clip?{query}")
        }
    }

    /// Gives `article` the browser's title, less the site's tail as a page's `<title>` loses
    /// it, when the article has no headline of its own (a selection has no `<title>`): the
    /// browser's title beats a guess.
    pub fn fill_title(&self, article: &mut crate::extract::Article) {
        let no_headline =
            article.title_inferred || article.title.as_deref().is_none_or(|t| t.trim().is_empty());
        if no_headline && let Some(title) = &self.title {
            article.title = Some(crate::extract::headline_of_page_title(
                title,
                article.site.as_deref(),
            ));
            article.title_inferred = false;
        }
    }

    /// Where the capture came from, for "from …": the page's host, else "the browser".
    pub fn from_where(&self) -> String {
        self.host().unwrap_or_else(|| "the browser".to_string())
    }

    /// The page's host, for "from example.com" (without a leading `www.`).
    pub fn host(&self) -> Option<String> {
        let parsed = url::Url::parse(self.url.as_deref()?).ok()?;
        let host = parsed.host_str()?;
        Some(host.strip_prefix("www.").unwrap_or(host).to_string())
    }
}

/// The page address of a link, or `None` when it is empty.
fn page_address(value: &str) -> Result<Option<String>, LinkError> {
    let value = value.trim();
    if value.is_empty() {
        return Ok(None);
    }
    if value.len() > MAX_URL_BYTES {
        return Err(LinkError::UrlTooLong(value.len()));
    }
    let parsed = url::Url::parse(value).map_err(|_| LinkError::BadUrl(printable(value, 60)))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(LinkError::UrlScheme(printable(parsed.scheme(), 20)));
    }
    if !parsed.username().is_empty() || parsed.password().is_some() {
        return Err(LinkError::UrlWithPassword);
    }
    // As written out (spaces and the like percent-encoded), so that it reads back the same.
    if parsed.as_str().len() > MAX_URL_BYTES {
        return Err(LinkError::UrlTooLong(parsed.as_str().len()));
    }
    Ok(Some(parsed.to_string()))
}

/// A title with its control characters dropped and its spaces tidied, at most
/// [`MAX_TITLE_CHARS`] long; `None` when nothing is left.
fn tidy_title(value: &str) -> Option<String> {
    let words: Vec<&str> = value
        .split(|c: char| c.is_whitespace() || c.is_control())
        .filter(|w| !w.is_empty())
        .collect();
    let tidy = words.join(" ");
    let capped: String = tidy.chars().take(MAX_TITLE_CHARS).collect();
    let capped = capped.trim_end().to_string();
    (!capped.is_empty()).then_some(capped)
}

/// `text` cut to `max` characters with controls replaced, for quoting in a message.
fn printable(text: &str, max: usize) -> String {
    let mut out: String = text
        .chars()
        .take(max)
        .map(|c| if c.is_control() { '?' } else { c })
        .collect();
    if text.chars().count() > max {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bookmarklet_link_gives_the_address_and_title() {
        let link = "tidyclip://clip?url=https%3A%2F%2Fexample.com%2Fnews%2Fstory%3Fid%3D7&title=A%20story%20%E2%80%94%20Example";
        let capture = CaptureLink::parse(link).expect("a good link");
        assert_eq!(
            capture.url.as_deref(),
            Some("https://example.com/news/story?id=7")
        );
        assert_eq!(capture.title.as_deref(), Some("A story — Example"));
        assert_eq!(capture.host().as_deref(), Some("example.com"));
    }

    #[test]
    fn the_link_written_reads_back_the_same() {
        let capture = CaptureLink {
            url: Some("https://www.example.org/a b?q=1&r=2#top".replace(' ', "%20")),
            title: Some("Fish & chips: “a history”".to_string()),
        };
        let again = CaptureLink::parse(&capture.to_link()).expect("its own link");
        assert_eq!(again, capture);
        assert_eq!(again.host().as_deref(), Some("example.org"));
    }

    #[test]
    fn the_scheme_and_action_are_read_in_any_case_and_either_form() {
        for link in [
            "TIDYCLIP://CLIP?url=http://example.com/",
            "tidyclip:clip?url=http://example.com/",
            "tidyclip://clip/?url=http://example.com/",
        ] {
            let capture = CaptureLink::parse(link).unwrap_or_else(|e| panic!("{link}: {e}"));
            assert_eq!(
                capture.url.as_deref(),
                Some("http://example.com/"),
                "{link}"
            );
        }
        assert_eq!(
            CaptureLink::parse("tidyclip://clip").expect("a bare clip link"),
            CaptureLink::default()
        );
    }

    #[test]
    fn other_schemes_and_actions_are_refused() {
        assert!(matches!(
            CaptureLink::parse("https://clip?url=http://example.com/"),
            Err(LinkError::OtherScheme(_))
        ));
        for link in [
            "tidyclip://save?url=http://example.com/",
            "tidyclip://delete",
            "tidyclip://clip/../../etc/passwd",
            "tidyclip:open",
        ] {
            assert!(
                matches!(CaptureLink::parse(link), Err(LinkError::OtherAction(_))),
                "{link}"
            );
        }
        assert!(matches!(
            CaptureLink::parse("not a link"),
            Err(LinkError::NotALink)
        ));
        assert!(!is_link("clean"));
        assert!(!is_link("tidy"));
        assert!(is_link("TidyClip://clip"));
    }

    #[test]
    fn the_page_address_must_be_a_plain_web_address() {
        for (url, want) in [
            ("javascript:alert(1)", "UrlScheme"),
            ("file:///etc/passwd", "UrlScheme"),
            ("data:text/html,hi", "UrlScheme"),
            ("https://user:secret@example.com/", "UrlWithPassword"),
            ("not an address", "BadUrl"),
        ] {
            let link = CaptureLink {
                url: Some(url.to_string()),
                title: None,
            }
            .to_link();
            let got = CaptureLink::parse(&link);
            assert!(
                format!("{got:?}").contains(want),
                "{url}: {got:?} (wanted {want})"
            );
            // Every refusal reads as a sentence.
            assert!(!got.expect_err("refused").to_string().is_empty());
        }
        let twice = "tidyclip://clip?url=http://a.example/&url=http://b.example/";
        assert_eq!(
            CaptureLink::parse(twice),
            Err(LinkError::Twice("page address"))
        );
    }

    #[test]
    fn over_long_values_are_refused_or_capped() {
        let long_url = format!("https://example.com/{}", "a".repeat(MAX_URL_BYTES));
        let link = format!("tidyclip://clip?url={long_url}");
        assert!(matches!(
            CaptureLink::parse(&link),
            Err(LinkError::UrlTooLong(_))
        ));
        let huge = format!("tidyclip://clip?title={}", "x".repeat(MAX_LINK_BYTES));
        assert!(matches!(
            CaptureLink::parse(&huge),
            Err(LinkError::TooLong(_))
        ));
        // 2,000 bytes that percent-encoding makes 4,000: too long as the address is written.
        let spaced = format!("https://example.com/{}", " a".repeat(1000));
        let link = CaptureLink {
            url: Some(spaced),
            title: None,
        }
        .to_link();
        assert!(matches!(
            CaptureLink::parse(&link),
            Err(LinkError::UrlTooLong(_))
        ));
        let title = format!("tidyclip://clip?title={}", "é".repeat(1000));
        let capture = CaptureLink::parse(&title).expect("a long title is capped");
        assert_eq!(
            capture.title.map(|t| t.chars().count()),
            Some(MAX_TITLE_CHARS)
        );
    }

    #[test]
    fn a_title_loses_its_control_characters_and_extra_spaces() {
        let link = "tidyclip://clip?title=%20Line%0Aone%09%1B%5B31m%20two%00%20%20";
        let capture = CaptureLink::parse(link).expect("a link");
        assert_eq!(capture.title.as_deref(), Some("Line one [31m two"));
        let empty = CaptureLink::parse("tidyclip://clip?title=%20%0A&url=").expect("a link");
        assert_eq!(empty, CaptureLink::default());
    }

    #[test]
    fn the_browsers_title_stands_in_only_for_a_missing_or_guessed_headline() {
        let link = CaptureLink {
            url: None,
            title: Some("Notes from the ridge | Trips".into()),
        };
        let mut guessed = crate::extract::Article {
            title: Some("The second night".into()),
            title_inferred: true,
            ..Default::default()
        };
        link.fill_title(&mut guessed);
        assert_eq!(guessed.title.as_deref(), Some("Notes from the ridge"));
        assert!(!guessed.title_inferred);
        let mut headed = crate::extract::Article {
            title: Some("Ridge".into()),
            ..Default::default()
        };
        link.fill_title(&mut headed);
        assert_eq!(headed.title.as_deref(), Some("Ridge"));
    }

    #[test]
    fn unknown_parameters_are_ignored() {
        let capture =
            CaptureLink::parse("tidyclip://clip?url=https://example.com/&selection=1&v=2")
                .expect("a link");
        assert_eq!(capture.url.as_deref(), Some("https://example.com/"));
    }
}
