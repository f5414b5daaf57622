//! Arbitrary bytes as a note's text (as `list` reads a note arriving through sync) through every
//! way the library reads and edits front matter: never a panic, never a stall (`-timeout`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // The library reads notes lossily, as `list` does.
    let text = String::from_utf8_lossy(data);
    tidyclip::library::exercise_front_matter(&text);
});
