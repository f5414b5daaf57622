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
    // As `save page.html` and a dropped file see it: the name breaks ties, and the original is kept.
    if let Ok((article, original)) = Original::extract(data, Some("page.html")) {
        let note = Clipping::new(article, original).to_markdown();
        let _ = parse_note(&note);
    }
});
