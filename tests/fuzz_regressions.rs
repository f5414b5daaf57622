//! The fuzz targets in `fuzz/` replayed on stable: their seed corpora and every input the fuzzer
//! found a crash or a stall with (`tests/data/fuzz/<target>/`), through the same calls.
//! See `fuzz/README.md` for running the fuzzers themselves.

use std::path::Path;
use std::time::{Duration, Instant};

use tidyclip::clipping::{Clipping, Original, parse_note};
use tidyclip::extract::extract_bytes;

/// What `fuzz/fuzz_targets/extract.rs` does with one input.
fn extract_target(data: &[u8]) {
    if let Ok(article) = extract_bytes(data, None) {
        let note = Clipping::new(article, Original::default()).to_markdown();
        let _ = parse_note(&note);
    }
    if let Ok((article, original)) = Original::extract(data, Some("page.html")) {
        let note = Clipping::new(article, original).to_markdown();
        let _ = parse_note(&note);
    }
}

/// What `fuzz/fuzz_targets/front_matter.rs` does with one input.
fn front_matter_target(data: &[u8]) {
    tidyclip::library::exercise_front_matter(&String::from_utf8_lossy(data));
}

/// Every file in `dir` (none when it does not exist), sorted by name.
fn inputs(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .filter(|e| e.path().is_file())
        .map(|e| e.path())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let bytes = std::fs::read(&p).expect("fuzz input reads");
            (p.display().to_string(), bytes)
        })
        .collect()
}

/// Runs `target` on the seeds and the found inputs of `name`; each within `limit` (the fuzzers
/// run with `-timeout=2`; a debug build is slower, hence the margin).
fn replay(name: &str, target: fn(&[u8]), limit: Duration) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut all = inputs(&root.join("fuzz/seeds").join(name));
    all.extend(inputs(&root.join("tests/data/fuzz").join(name)));
    assert!(!all.is_empty(), "no inputs for {name}");
    for (path, bytes) in all {
        let start = Instant::now();
        target(&bytes);
        let took = start.elapsed();
        assert!(took < limit, "{path} took {took:?}");
    }
}

#[test]
fn extract_seeds_and_found_inputs_do_not_panic_or_stall() {
    replay("extract", extract_target, Duration::from_secs(10));
}

#[test]
fn front_matter_seeds_and_found_inputs_do_not_panic_or_stall() {
    replay("front_matter", front_matter_target, Duration::from_secs(10));
}
