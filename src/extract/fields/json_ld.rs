//! A page's JSON-LD, parsed once: the article's fields (`NewsArticle`, `Article`,
//! `BlogPosting`, `Report`, a `WebPage`'s), the types the page declares about itself (for its
//! kind), and authors beyond the article types: a forum thread's opening post
//! (`DiscussionForumPosting`, `SocialMediaPosting`), a question page's question (`QAPage` →
//! `mainEntity` → `Question`), and authors given as a reference (`{"@id": …}`) to a `Person`
//! elsewhere in the page's `@graph`, as site generators commonly write them.

use serde_json::Value;

use crate::extract::util::normalise::collapse;

/// How the article's fields and the page's types are found: lists and `@graph`s, this deep.
const SHALLOW: Walk = Walk {
    max_depth: 4,
    keys: &["@graph"],
};
/// How authors are found: deeper (a page's data is shallow; hostile input is not), and into a
/// page's `mainEntity` too.
const DEEP: Walk = Walk {
    max_depth: 6,
    keys: &["@graph", "mainEntity"],
};

/// The article's fields as the page's JSON-LD gives them.
#[derive(Debug, Default)]
pub struct LdFields {
    pub headline: Option<String>,
    pub description: Option<String>,
    pub date_published: Option<String>,
    pub authors: Vec<String>,
    pub publisher: Option<String>,
    pub url: Option<String>,
}

/// `json` with each control character inside a string (which JSON forbids unescaped) made a
/// space, or `None` when there is none.
fn control_characters_in_strings_as_spaces(json: &str) -> Option<String> {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped, mut changed) = (false, false, false);
    for c in json.chars() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            } else if u32::from(c) < 0x20 {
                out.push(' ');
                changed = true;
                continue;
            }
        } else if c == '"' {
            in_string = true;
        }
        out.push(c);
    }
    changed.then_some(out)
}

/// The page's JSON-LD scripts that parse, parsed.
#[derive(Debug, Default)]
pub struct JsonLd {
    values: Vec<Value>,
}

impl JsonLd {
    /// Parses each script; one that is not JSON is left out. A script whose strings hold raw
    /// line breaks or tabs (a CMS pasting an article's text in as it is; browsers' and search
    /// engines' readers accept it) is read with them as spaces.
    pub fn parse(scripts: &[String]) -> Self {
        JsonLd {
            values: scripts
                .iter()
                .filter_map(|s| {
                    let s = s.trim();
                    serde_json::from_str::<Value>(s).ok().or_else(|| {
                        let spaced = control_characters_in_strings_as_spaces(s)?;
                        serde_json::from_str::<Value>(&spaced).ok()
                    })
                })
                .collect(),
        }
    }

    /// Every `@type` the page's items declare, lower-cased, in document order.
    pub fn types(&self) -> Vec<String> {
        let mut types = Vec::new();
        for item in self.items(SHALLOW) {
            match &item["@type"] {
                Value::String(t) => types.push(t.to_ascii_lowercase()),
                Value::Array(a) => types.extend(
                    a.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_ascii_lowercase),
                ),
                _ => {}
            }
        }
        types
    }

    /// The article's fields: the first article-like item's (a `WebPage` only fills what no
    /// article gave), with [`JsonLd::authors`] when the article names none.
    pub fn article_fields(&self) -> LdFields {
        let mut out = LdFields::default();
        for item in self.items(SHALLOW) {
            let ty = match &item["@type"] {
                Value::String(t) => t.clone(),
                Value::Array(a) => a
                    .iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join(" "),
                _ => String::new(),
            };
            if !(ty.contains("Article")
                || ty.contains("BlogPosting")
                || ty.contains("Report")
                || ty.contains("WebPage"))
            {
                continue;
            }
            let text = |k: &str| item[k].as_str().map(collapse).filter(|t| !t.is_empty());
            if ty.contains("WebPage") && out.headline.is_some() {
                continue;
            }
            out.headline = out.headline.take().or_else(|| text("headline"));
            out.description = out.description.take().or_else(|| text("description"));
            out.date_published = out.date_published.take().or_else(|| text("datePublished"));
            out.url = out.url.take().or_else(|| text("url"));
            if out.authors.is_empty() {
                let names = |a: &Value| -> Option<String> {
                    a.as_str()
                        .map(str::to_string)
                        .or_else(|| a["name"].as_str().map(str::to_string))
                };
                match &item["author"] {
                    Value::Array(list) => out.authors = list.iter().filter_map(names).collect(),
                    a @ (Value::Object(_) | Value::String(_)) => {
                        out.authors = names(a).into_iter().collect();
                    }
                    _ => {}
                }
                out.authors
                    .retain(|a| !a.is_empty() && !a.starts_with("http"));
            }
            if out.publisher.is_none() {
                out.publisher = item["publisher"]["name"].as_str().map(str::to_string);
            }
        }
        if out.authors.is_empty() {
            out.authors = self.authors();
        }
        if out.date_published.is_none() {
            // A forum thread's opening post or a question page's question dates the page.
            out.date_published = self.items(DEEP).into_iter().find_map(|node| {
                is_main_item(node)
                    .then(|| {
                        node["datePublished"]
                            .as_str()
                            .or(node["dateCreated"].as_str())
                    })
                    .flatten()
                    .map(collapse)
                    .filter(|t| !t.is_empty())
            });
        }
        out
    }

    /// The authors declared for the page's main item, in order; empty when none is found.
    pub fn authors(&self) -> Vec<String> {
        let nodes = self.items(DEEP);
        let named = |id: &str| -> Option<String> {
            nodes
                .iter()
                .find(|n| n["@id"].as_str() == Some(id) && n["name"].is_string())
                .and_then(|n| n["name"].as_str())
                .map(str::to_string)
        };
        let name_of = |a: &Value| -> Option<String> {
            match a {
                Value::String(s) => Some(s.clone()),
                Value::Object(_) => a["name"]
                    .as_str()
                    .map(str::to_string)
                    .or_else(|| a["@id"].as_str().and_then(named)),
                _ => None,
            }
        };
        for node in &nodes {
            if !is_main_item(node) {
                continue;
            }
            let found: Vec<String> = match &node["author"] {
                Value::Array(list) => list.iter().filter_map(name_of).collect(),
                a @ (Value::Object(_) | Value::String(_)) => name_of(a).into_iter().collect(),
                _ => Vec::new(),
            };
            let found: Vec<String> = found
                .iter()
                .map(|n| collapse(n))
                .filter(|n| !n.is_empty() && !n.starts_with("http"))
                .collect();
            if !found.is_empty() {
                return found;
            }
        }
        Vec::new()
    }

    /// Every object node the walk reaches, script by script, in document order.
    fn items(&self, walk: Walk) -> Vec<&Value> {
        let mut out = Vec::new();
        for v in &self.values {
            walk.collect(v, &mut out, 0);
        }
        out
    }
}

/// The item a page is about: an article or post, a forum thread's opening post, a question.
fn is_main_item(node: &Value) -> bool {
    let is = |t: &str| {
        t.contains("Article")
            || t.contains("BlogPosting")
            || t.contains("Report")
            || matches!(
                t,
                "DiscussionForumPosting" | "SocialMediaPosting" | "Question"
            )
    };
    match &node["@type"] {
        Value::String(t) => is(t),
        Value::Array(a) => a.iter().filter_map(Value::as_str).any(is),
        _ => false,
    }
}

/// How far a walk over a script's items goes: how deep, and through which keys of an object.
#[derive(Debug, Clone, Copy)]
struct Walk {
    max_depth: usize,
    keys: &'static [&'static str],
}

impl Walk {
    /// Every object node: the top level, lists, and the values under `keys`, in document order.
    fn collect<'v>(self, v: &'v Value, out: &mut Vec<&'v Value>, depth: usize) {
        if depth > self.max_depth {
            return;
        }
        match v {
            Value::Array(a) => a.iter().for_each(|x| self.collect(x, out, depth + 1)),
            Value::Object(o) => {
                out.push(v);
                for key in self.keys {
                    if let Some(g) = o.get(*key) {
                        self.collect(g, out, depth + 1);
                    }
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> Vec<String> {
        JsonLd::parse(&[s.to_string()]).authors()
    }

    #[test]
    fn a_script_with_raw_line_breaks_in_its_strings_is_read_and_a_broken_one_is_not() {
        let raw = "{\"@type\":\"Article\",\"articleBody\":\"First line.\n\n\tSecond.\",\
                   \"author\":{\"name\":\"Jane Doe\"}}";
        assert!(
            serde_json::from_str::<Value>(raw).is_err(),
            "strict JSON refuses it"
        );
        assert_eq!(one(raw), ["Jane Doe"]);
        // An escaped quote before the break keeps the string open; a break between items is
        // JSON's own whitespace and stays.
        let escaped = "{\"@type\":\"Article\",\"headline\":\"A \\\"quoted\\\" word\n\",\n\
                       \"author\":{\"name\":\"Ann\"}}";
        assert_eq!(one(escaped), ["Ann"]);
        assert!(one("{\"@type\":\"Article\",\"author\":{\"name\":\"Bob\"},}").is_empty());
    }

    #[test]
    fn a_forum_threads_opening_post_names_its_author() {
        assert_eq!(
            one(
                r#"{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Which card?","author":{"@type":"Person","name":"pelex"},"comment":[{"@type":"Comment","author":{"name":"someone"}}]}"#
            ),
            vec!["pelex".to_string()]
        );
    }

    #[test]
    fn a_thread_or_a_question_dates_the_page_when_no_article_does() {
        let date = |s: &str| {
            JsonLd::parse(&[s.to_string()])
                .article_fields()
                .date_published
        };
        assert_eq!(
            date(
                r#"{"@type":"DiscussionForumPosting","headline":"Which card?","datePublished":"2024-04-18T00:13:04+0300","comment":[{"@type":"Comment","datePublished":"2024-04-19"}]}"#
            )
            .as_deref(),
            Some("2024-04-18T00:13:04+0300")
        );
        assert_eq!(
            date(r#"{"@type":"QAPage","mainEntity":{"@type":"Question","name":"How?","dateCreated":"2023-01-02"}}"#)
                .as_deref(),
            Some("2023-01-02")
        );
        // An article's own date comes first; a comment alone dates nothing.
        assert_eq!(
            date(r#"[{"@type":"Article","datePublished":"2020-05-05"},{"@type":"DiscussionForumPosting","datePublished":"2024-01-01"}]"#)
                .as_deref(),
            Some("2020-05-05")
        );
        assert_eq!(
            date(r#"{"@type":"Comment","datePublished":"2024-01-01"}"#),
            None
        );
    }

    #[test]
    fn a_question_page_names_the_asker() {
        assert_eq!(
            one(
                r#"{"@type":"QAPage","mainEntity":{"@type":"Question","name":"How?","author":{"@type":"Person","name":"tinterweb"},"acceptedAnswer":{"@type":"Answer","author":{"name":"helper"}}}}"#
            ),
            vec!["tinterweb".to_string()]
        );
    }

    #[test]
    fn an_author_given_by_reference_is_found_in_the_graph() {
        assert_eq!(
            one(
                r##"{"@graph":[{"@type":"Article","author":{"@id":"https://example.org/#/person/1"}},{"@type":"WebSite","name":"Example"},{"@type":"Person","@id":"https://example.org/#/person/1","name":"Sara  Brown"}]}"##
            ),
            vec!["Sara Brown".to_string()]
        );
        // A reference to nothing gives nothing, and so does a page without an article.
        assert!(one(r##"{"@type":"Article","author":{"@id":"#nobody"}}"##).is_empty());
        assert!(one(r#"{"@type":"Product","author":{"name":"x"}}"#).is_empty());
        assert!(one("not json").is_empty());
    }
}
