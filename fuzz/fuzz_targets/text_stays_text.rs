//! Pasted text has no inline structure, so its note, every block kept, read back with every
//! extension Obsidian reads (math, strikethrough, footnotes, tables, task lists), shows no
//! emphasis, code, link, image, raw HTML, math, footnote or task marker: a page's literal text
//! stays text. The same text as a page's paragraphs (each line escaped into a `<p>`) too, and
//! as the page's bullets, numbered items, headings, table cells, quotes, definitions and
//! captions, where only the structure's own markup (a term in bold, the image) is written; and
//! those structures again with every block's text edited, as the block editor does.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tidyclip::clipping::{
    markup_in_note_of_edited_structures, markup_in_note_of_html_paragraphs,
    markup_in_note_of_html_structures, markup_in_note_of_text,
};

/// Each way the text is read, and what the message calls it.
type NoteOf = fn(&str) -> (String, Vec<String>);
const READINGS: [(&str, NoteOf); 4] = [
    ("text", markup_in_note_of_text),
    ("paragraphs", markup_in_note_of_html_paragraphs),
    ("structures", markup_in_note_of_html_structures),
    ("edited structures", markup_in_note_of_edited_structures),
];

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for (reading, note_of) in READINGS {
        let (body, found) = note_of(text);
        assert!(
            found.is_empty(),
            "{found:?} in the note {body:?} of the {reading} {text:?}"
        );
    }
});
