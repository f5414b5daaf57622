//! Arbitrary bytes through the engine and out as the note the app would save: never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tidyclip::clipping::{Clipping, Original, parse_note};
use tidyclip::extract::extract_bytes;

fuzz_target!(|data: &[u8]| {
    // As `clean` and a paste see it: the content alone decides the format.
    if let Ok(article) = extract_bytes(data, None) {
        let note = Clipping::new(article, Original::default()).to_markdown();
        // The library reads every note it writes back when it lists them.
        let _ = parse_note(&note);
    }
    // As an opened or imported `.md` file: Markdown kept as it was written.
    if let Ok(article) = extract_bytes(data, Some("note.md")) {
        let note = Clipping::new(article, Original::default()).to_markdown();
        let _ = parse_note(&note);
    }
    // As `save page.html` and a dropped file see it: the name breaks ties, and the original is
    // kept. With the address the page was read at (`--url`, a paste's clipboard address), which
    // its relative links resolve against.
    let address = Some("https://example.com/section/page?id=1#top");
    if let Ok((article, original)) = Original::extract_at(data, Some("page.html"), address) {
        let mut clipping = Clipping::new(article, original);
        let note = clipping.to_markdown();
        let _ = parse_note(&note);
        // As the block editor does: each editable block's text edited (a word dropped from its
        // start, the rest kept), and the note written again with the page's marks put back.
        let edits: Vec<(usize, String)> = clipping
            .article
            .blocks
            .iter()
            .enumerate()
            .filter(|(_, b)| b.is_editable())
            .take(8)
            .map(|(i, b)| {
                let text = b.page_text_for_editing();
                let rest = text.split_once(' ').map_or(text, |(_, r)| r);
                (i, format!("Edited {rest}"))
            })
            .collect();
        for (i, text) in edits {
            clipping.set_block_text(i, &text);
        }
        let _ = parse_note(&clipping.to_markdown());
    }
});
