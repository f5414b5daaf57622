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
/// "ftnt_ref3"): looser than [`is_note_id`], for links whose text is a bare number.
pub(super) fn names_a_note(id: &str) -> bool {
    let id = id.to_ascii_lowercase();
    (id.contains("note") || id.contains("fn") || id.contains("ftn"))
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
