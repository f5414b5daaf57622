//! Authors from a page's JSON-LD beyond the article types `html` reads first: a forum thread's
//! opening post (`DiscussionForumPosting`, `SocialMediaPosting`), a question page's question
//! (`QAPage` → `mainEntity` → `Question`), and authors given as a reference (`{"@id": …}`) to a
//! `Person` elsewhere in the page's `@graph`, as site generators commonly write them.

use serde_json::Value;

/// How deep the search walks into nested JSON-LD (a page's data is shallow; hostile input is
/// not).
const MAX_DEPTH: usize = 6;

/// The authors the JSON-LD `scripts` declare for the page's main item, in order; empty when
/// none is found.
pub fn authors(scripts: &[String]) -> Vec<String> {
    let values: Vec<Value> = scripts
        .iter()
        .filter_map(|s| serde_json::from_str::<Value>(s.trim()).ok())
        .collect();
    let mut nodes: Vec<&Value> = Vec::new();
    for v in &values {
        collect(v, &mut nodes, 0);
    }
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
            .into_iter()
            .map(|n| n.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|n| !n.is_empty() && !n.starts_with("http"))
            .collect();
        if !found.is_empty() {
            return found;
        }
    }
    Vec::new()
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

/// Every object node: the top level, lists, `@graph` and a page's `mainEntity`, in document
/// order.
fn collect<'v>(v: &'v Value, out: &mut Vec<&'v Value>, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| collect(x, out, depth + 1)),
        Value::Object(o) => {
            out.push(v);
            for key in ["@graph", "mainEntity"] {
                if let Some(g) = o.get(key) {
                    collect(g, out, depth + 1);
                }
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(s: &str) -> Vec<String> {
        authors(&[s.to_string()])
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
