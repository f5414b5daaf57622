//! Footnotes: which ids and links name a note, its reference or its link back, and the label
//! a reference is written with.

/// An element id that names a footnote: `fn1`, `fn:1`, `footnote-1`, `cite_note-3`, `ftn2`,
/// `note-4`, `endnote5`.
pub(super) fn is_note_id(id: &str) -> bool {
    let id = id.to_ascii_lowercase();
    [
        "fn",
        "footnote",
        "cite_note",
        "cite-note",
        "ftn",
        "note",
        "endnote",
        "easy-footnote",
    ]
    .iter()
    .any(|p| {
        id.strip_prefix(p).is_some_and(|rest| {
            rest.chars()
                .next()
                .is_some_and(|c| c.is_ascii_digit() || matches!(c, ':' | '-' | '_' | '.'))
        })
    }) && !id.starts_with("fnref")
}

/// Whether an id names a note anywhere in it, ending in its number ("mn37note03", "fn-3",
/// "ftnt_ref3", a paper's bibliography item "bib.bib35" or "bib0005"): looser than
/// [`is_note_id`], for links whose text is a bare number.
pub(super) fn names_a_note(id: &str) -> bool {
    let id = id.to_ascii_lowercase();
    (id.contains("note") || id.contains("fn") || id.contains("ftn") || id.contains("bib"))
        && id.ends_with(|c: char| c.is_ascii_digit())
}

/// The label a note's id gives: its last run of letters and digits ("footnote-1" → "1").
pub(super) fn label_of_note_id(id: &str) -> Option<String> {
    let label = id
        .rsplit(|c: char| !c.is_ascii_alphanumeric())
        .next()?
        .trim_start_matches(|c: char| c.is_ascii_alphabetic());
    (!label.is_empty() && label.len() <= 12).then(|| label.to_string())
}

/// What an in-page link around a footnote's label is.
#[derive(Debug)]
pub(super) enum NoteLink {
    /// A reference to the note with the element id `target`; `own_id` is the link's own id, which
    /// the note's link back points at. `sure` when its markup says it is a note's reference.
    Ref {
        target: String,
        own_id: Option<String>,
        sure: bool,
    },
    /// A link from a note back to its reference.
    Back,
    /// The anchor at the start of a note, holding its label.
    Label,
}

/// A footnote label from a link's text ("1", "[2]", "a", "3."): its letters and digits, when
/// there are a few.
pub(super) fn note_label(text: &str) -> Option<String> {
    // The twin's text, without the `<sup>` around it.
    let text = text.replace("<sup>", "").replace("</sup>", "");
    let label: String = text
        .chars()
        .filter(|c| c.is_alphanumeric() || matches!(c, '-' | '_'))
        .collect();
    (!label.is_empty() && label.chars().count() <= 12).then_some(label)
}

/// The name of a reference's sign ("*" → "asterisk", "**" → "asterisk-asterisk", "†" →
/// "dagger"), when its text (as written in the twin) is one to three such signs and nothing else.
pub(super) fn note_sign_name(text: &str) -> Option<String> {
    let sign = text
        .replace("<sup>", "")
        .replace("</sup>", "")
        .replace('\\', "");
    let sign = sign.trim();
    if !(1..=3).contains(&sign.chars().count()) {
        return None;
    }
    let names = sign
        .chars()
        .map(|c| {
            crate::extract::lexicon::phrases::NOTE_SIGNS
                .iter()
                .find(|(s, _)| *s == c)
                .map(|(_, n)| *n)
        })
        .collect::<Option<Vec<_>>>()?;
    Some(names.join("-"))
}

/// The id of the note a link back to its reference names: the link's fragment without its
/// "ref" ("_ftnref1" names "_ftn1", "fnref:2" names "fn:2").
pub(super) fn note_id_of_backref(fragment: &str) -> Option<String> {
    let bare = fragment.trim_start_matches('_');
    let lower = bare.get(..6)?.to_ascii_lowercase();
    if !(lower.starts_with("fnref") || lower.starts_with("ftnref")) {
        return None;
    }
    let at = fragment.len() - bare.len() + lower.find("ref")?;
    Some(format!("{}{}", &fragment[..at], &fragment[at + 3..]))
}

/// The element a script's link jumps to, when it names a note or a note's reference in quotes
/// (`scrollToReference('footnote-1')`, `…('footnoteref-1')`).
pub(super) fn scripted_note_target(script: &str) -> Option<&str> {
    script.split(['\'', '"']).skip(1).step_by(2).find(|quoted| {
        let q = quoted.to_ascii_lowercase();
        is_note_id(quoted) || q.starts_with("footnoteref") || is_note_backref(quoted, "")
    })
}

/// A link from a note back to where it is referenced.
pub(super) fn is_note_backref(target: &str, class: &str) -> bool {
    let t = target.to_ascii_lowercase();
    t.starts_with("fnref")
        || t.starts_with("cite_ref")
        || t.starts_with("ftnref")
        || t.contains("footnote-ref")
        || class.contains("backref")
        || class.contains("footnote-back")
}

#[cfg(test)]
mod tests {
    use super::{note_id_of_backref, note_sign_name};

    #[test]
    fn a_reference_marked_with_signs_is_named_by_them() {
        assert_eq!(note_sign_name("\\*").as_deref(), Some("asterisk"));
        assert_eq!(
            note_sign_name("<sup>**</sup>").as_deref(),
            Some("asterisk-asterisk")
        );
        assert_eq!(note_sign_name(" † ").as_deref(), Some("dagger"));
        assert_eq!(note_sign_name("‡").as_deref(), Some("double-dagger"));
        for text in ["", "1", "*a", "****", "->"] {
            assert_eq!(note_sign_name(text), None, "{text}");
        }
    }

    #[test]
    fn a_link_back_names_its_note() {
        assert_eq!(note_id_of_backref("_ftnref1").as_deref(), Some("_ftn1"));
        assert_eq!(note_id_of_backref("fnref:2").as_deref(), Some("fn:2"));
        assert_eq!(note_id_of_backref("FNref3").as_deref(), Some("FN3"));
        assert_eq!(note_id_of_backref("references"), None);
        assert_eq!(note_id_of_backref("fn1"), None);
    }

    #[test]
    fn a_scripts_jump_to_a_note_is_read_from_its_quotes() {
        use super::scripted_note_target;
        assert_eq!(
            scripted_note_target("WIKIDOT.page.utils.scrollToReference('footnote-1')"),
            Some("footnote-1")
        );
        assert_eq!(
            scripted_note_target("go(\"footnoteref-3\")"),
            Some("footnoteref-3")
        );
        assert_eq!(scripted_note_target("track('click'); open('menu')"), None);
    }
}
