//! Editing a note's front matter in place: change the keys tidyclip owns, keep every other key and
//! the body byte for byte (the note may be Obsidian's as much as ours).

use serde_norway::{Mapping, Value};

use crate::clipping::{FrontMatter, front_matter_yaml};

/// The keys tidyclip writes; any other key in a note is the person's or another tool's and is kept.
/// `url` is the key other clippers use for `source`.
const OWN_KEYS: &[&str] = &[
    "title",
    "source",
    "url",
    "author",
    "published",
    "created",
    "description",
    "tags",
    "site",
    "id",
];

/// Splits a note into its raw YAML front matter and its body (exactly as written, not trimmed).
/// `None` when the note has no front matter block.
pub(crate) fn split(text: &str) -> Option<(&str, &str)> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let rest = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))?;
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            return Some((&rest[..offset], &rest[offset + line.len()..]));
        }
        offset += line.len();
    }
    None
}

/// The note's front matter as a mapping (empty when it has none) and its body.
/// Errs with a reason when there is a block that is not a YAML mapping.
pub(crate) fn read_mapping(text: &str) -> Result<(Mapping, &str), String> {
    let Some((yaml, body)) = split(text) else {
        return Ok((
            Mapping::new(),
            text.strip_prefix('\u{feff}').unwrap_or(text),
        ));
    };
    if let Some(why) = crate::clipping::front_matter_out_of_bounds(yaml) {
        return Err(format!("{why}, so it is not read"));
    }
    match serde_norway::from_str::<Value>(yaml) {
        Ok(Value::Mapping(map)) => Ok((map, body)),
        Ok(Value::Null) => Ok((Mapping::new(), body)),
        Ok(_) => Err("its front matter is not a list of keys".into()),
        Err(e) => Err(format!("its front matter is not valid YAML ({e})")),
    }
}

/// Renders a note from a mapping and a body, in the same shape as `Clipping::to_markdown`.
pub(crate) fn render(map: &Mapping, body: &str) -> String {
    // A mapping of plain values always serializes; keep the note readable if it somehow did not.
    // Strings YAML 1.1 readers would misread come out quoted, the person's own keys' values too.
    let yaml = front_matter_yaml(map).unwrap_or_default();
    let mut out = String::with_capacity(yaml.len() + body.len() + 16);
    out.push_str("---\n");
    out.push_str(&yaml);
    if !yaml.ends_with('\n') {
        out.push('\n');
    }
    out.push_str("---\n");
    if !body.starts_with(['\n', '\r']) {
        out.push('\n');
    }
    out.push_str(body);
    out
}

/// Applies `edit` to a note's front matter, keeping other keys and the body as they are.
pub(crate) fn edit(text: &str, edit: impl FnOnce(&mut Mapping)) -> Result<String, String> {
    let (mut map, body) = read_mapping(text)?;
    edit(&mut map);
    Ok(render(&map, body))
}

/// `front` as a mapping in Obsidian Web Clipper order, followed by the keys of `existing` that
/// tidyclip does not own (so re-saving a clipping keeps `aliases:` or `cssclasses:` added in
/// Obsidian). Returns `None` when `existing` has no such keys.
pub(crate) fn merge_foreign_keys(front: &FrontMatter, existing: &Mapping) -> Option<Mapping> {
    let foreign: Vec<(&Value, &Value)> = existing
        .iter()
        .filter(|(k, _)| !k.as_str().is_some_and(|k| OWN_KEYS.contains(&k)))
        .collect();
    if foreign.is_empty() {
        return None;
    }
    let Ok(Value::Mapping(mut map)) = serde_norway::to_value(front) else {
        return None;
    };
    for (k, v) in foreign {
        map.insert(k.clone(), v.clone());
    }
    Some(map)
}

/// Sets a string key.
pub(crate) fn set_text(map: &mut Mapping, key: &str, value: &str) {
    map.insert(Value::from(key), Value::from(value));
}

/// Sets a list-of-strings key.
pub(crate) fn set_list(map: &mut Mapping, key: &str, values: &[String]) {
    let list = values.iter().map(|v| Value::from(v.as_str())).collect();
    map.insert(Value::from(key), Value::Sequence(list));
}

/// Every way the library reads and edits a note's front matter, on one note's text, with the
/// results dropped: what `list` (the bounds check, the summary), `rename` and `tag` (read, edit,
/// render) and a re-save (keeping foreign keys) do with it. For the fuzz target in `fuzz/`, which
/// checks that no note's text makes them panic or stall; not part of the library's API.
#[doc(hidden)]
pub fn exercise_front_matter(text: &str) {
    if let Some((yaml, body)) = split(text) {
        let _ = crate::clipping::front_matter_out_of_bounds(yaml);
        let _ = body.len();
    }
    let _ = crate::clipping::parse_note(text);
    if let Ok((map, body)) = read_mapping(text) {
        let _ = merge_foreign_keys(&FrontMatter::default(), &map);
        let _ = render(&map, body);
    }
    let _ = edit(text, |map| set_text(map, "title", "Renamed: \"it\""));
    let _ = edit(text, |map| {
        set_list(map, "tags", &["a/b".into(), "2025".into()]);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editing_keeps_foreign_keys_and_the_body_exactly() {
        let note = "---\ntitle: Old\naliases:\n- x\n---\n\nBody  with  spaces\n\n\n";
        let out = edit(note, |m| set_text(m, "title", "New: \"t\"")).unwrap();
        assert!(out.contains("aliases:\n- x\n"), "{out}");
        assert!(out.ends_with("\nBody  with  spaces\n\n\n"), "{out}");
        let (front, _) = crate::clipping::parse_note(&out);
        assert_eq!(front.unwrap().title, "New: \"t\"");
    }

    #[test]
    fn a_note_without_front_matter_gains_one() {
        let out = edit("# Heading\n\ntext\n", |m| {
            set_list(m, "tags", &["a".into()]);
        })
        .unwrap();
        assert_eq!(out, "---\ntags:\n- a\n---\n\n# Heading\n\ntext\n");
    }

    #[test]
    fn strings_that_yaml_1_1_misreads_are_quoted_and_real_booleans_are_not() {
        let note = "---\ntitle: Old\ndraft: true\n'on': 'yes'\nrating: 4\n---\nBody\n";
        let out = edit(note, |m| {
            set_text(m, "title", "Off");
            set_list(
                m,
                "tags",
                &["y".into(), "2025-05-05".into(), "plain".into()],
            );
        })
        .unwrap();
        assert_eq!(
            out,
            "---\ntitle: \"Off\"\ndraft: true\n\"on\": \"yes\"\nrating: 4\n\
             tags:\n- \"y\"\n- \"2025-05-05\"\n- plain\n---\n\nBody\n"
        );
    }

    #[test]
    fn broken_yaml_is_refused_not_rewritten() {
        assert!(edit("---\ntitle: [unclosed\n---\nbody", |_| {}).is_err());
    }
}
