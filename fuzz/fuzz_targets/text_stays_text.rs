//! Pasted text has no inline structure, so its note, every block kept, read back with every
//! extension Obsidian reads (math, strikethrough, footnotes, tables, task lists), shows no
//! emphasis, code, link, image, raw HTML, math, footnote or task marker: a page's literal text
//! stays text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tidyclip::clipping::{Clipping, Original};
use tidyclip::extract::markdown::markup_read_in;
use tidyclip::extract::{Format, extract};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut clipping = Clipping::new(extract(text, Format::Text), Original::default());
    for i in 0..clipping.article.blocks.len() {
        clipping.set_keep(i, true);
    }
    let body = clipping.body_markdown();
    let found = markup_read_in(&body);
    assert!(
        found.is_empty(),
        "{found:?} in the note {body:?} of the text {text:?}"
    );
});
