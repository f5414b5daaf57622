//! The layering that ARCHITECTURE.md states, checked over the source: the engine does no I/O and
//! knows nothing above it; the clipping, the library and the command line know no window.
//!
//! A plain word search over `src/`, line by line, with comment lines left out: enough to catch a
//! `use std::fs` or a `crate::app` creeping into a layer below the window, which is how layers
//! usually break.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `path` (or `path` itself when it is a file), sorted.
fn rust_files(path: &Path) -> Vec<PathBuf> {
    if path.is_file() {
        return vec![path.to_path_buf()];
    }
    let mut out = Vec::new();
    for entry in std::fs::read_dir(path).expect("src/ is readable") {
        let path = entry.expect("src/ is readable").path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether `line` names `word` on its own (so "egui" is not found in the Italian "seguici").
fn names(line: &str, word: &str) -> bool {
    line.match_indices(word).any(|(at, _)| {
        let before = line[..at].chars().next_back();
        let after = line[at + word.len()..].chars().next();
        !before.is_some_and(is_word_char) && !after.is_some_and(is_word_char)
    })
}

/// The lines of the files under `parts` (relative to `src/`), less the files `except`, that name
/// any of `forbidden`.
fn violations(parts: &[&str], except: &[&str], forbidden: &[&str]) -> Vec<String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut out = Vec::new();
    for part in parts {
        let files = rust_files(&src.join(part));
        assert!(!files.is_empty(), "src/{part} holds Rust files");
        for file in files {
            let relative = file.strip_prefix(&src).unwrap_or(&file).to_path_buf();
            if except.iter().any(|e| relative == Path::new(e)) {
                continue;
            }
            let text = std::fs::read_to_string(&file).expect("source is UTF-8");
            for (n, line) in text.lines().enumerate() {
                if line.trim_start().starts_with("//") {
                    continue;
                }
                for word in forbidden.iter().filter(|w| names(line, w)) {
                    let (at, line) = (n + 1, line.trim());
                    out.push(format!(
                        "src/{}:{at}: names {word}: {line}",
                        relative.display()
                    ));
                }
            }
        }
    }
    out
}

/// The window's crates and module: what only `src/app` may name.
const WINDOW: &[&str] = &[
    "egui",
    "eframe",
    "egui_kittest",
    "rfd",
    "arboard",
    "crate::app",
];

#[test]
fn the_engine_does_no_io_and_knows_nothing_above_it() {
    let io = [
        "std::fs",
        "std::io",
        "std::net",
        "std::process",
        "std::env",
        "File",
        "println",
        "eprintln",
        "tempfile",
        "directories",
        "notify",
        "trash",
    ];
    let above = ["crate::clipping", "crate::library", "crate::cli"];
    let forbidden: Vec<&str> = io.iter().chain(&above).chain(WINDOW).copied().collect();
    let found = violations(&["extract"], &[], &forbidden);
    assert!(
        found.is_empty(),
        "the engine must stay pure (bytes or text in, Article out):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_clipping_library_and_command_line_know_no_window() {
    let found = violations(&["clipping.rs", "library", "cli.rs"], &[], WINDOW);
    assert!(
        found.is_empty(),
        "only src/app may use the window's crates:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_clipping_and_the_library_know_no_command_line() {
    let mut found = violations(&["clipping.rs"], &[], &["crate::library", "crate::cli"]);
    found.extend(violations(&["library"], &[], &["crate::cli"]));
    assert!(
        found.is_empty(),
        "data flows one way (extract, clipping, library, then cli and app):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_library_writes_files_only_through_its_atomic_writer() {
    // write.rs holds the one writer (a temp file in the same folder, synced, then renamed over the
    // target); lock.rs opens its lock file, which holds no data.
    let found = violations(
        &["clipping.rs", "library", "cli.rs"],
        &["library/write.rs", "library/lock.rs"],
        &[
            "fs::write",
            "File::create",
            "OpenOptions",
            "persist",
            "persist_noclobber",
        ],
    );
    assert!(
        found.is_empty(),
        "a note or cache written in place can be left half-written by a crash:\n{}",
        found.join("\n")
    );
}
