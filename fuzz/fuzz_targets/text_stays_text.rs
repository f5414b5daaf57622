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

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let (body, found) = markup_in_note_of_text(text);
    assert!(
        found.is_empty(),
        "{found:?} in the note {body:?} of the text {text:?}"
    );
    let (body, found) = markup_in_note_of_html_paragraphs(text);
    assert!(
        found.is_empty(),
        "{found:?} in the note {body:?} of the paragraphs {text:?}"
    );
    let (body, found) = markup_in_note_of_html_structures(text);
    assert!(
        found.is_empty(),
        "{found:?} in the note {body:?} of the structures {text:?}"
    );
    let (body, found) = markup_in_note_of_edited_structures(text);
    assert!(
        found.is_empty(),
        "{found:?} in the note {body:?} of the edited structures {text:?}"
    );
});
