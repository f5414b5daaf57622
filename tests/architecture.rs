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
fn the_clipboard_is_read_in_one_place() {
    let found = violations(
        &[
            "extract",
            "clipping.rs",
            "library",
            "cli.rs",
            "app",
            "main.rs",
        ],
        &[],
        &["arboard", "x11rb", "wl_clipboard_rs", "clipboard_win"],
    );
    assert!(
        found.is_empty(),
        "the window and the command line read the clipboard through capture::clipboard:\n{}",
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

/// The sibling modules of `src/<part>/` (a file `x.rs` or a folder `x/`) that each names, by
/// `super::x`, `super::super::x` (from inside a folder) or `crate::<part>::x`, outside its tests
/// and comments. A folder is one module: its files' names are its own.
fn module_graph(part: &str) -> std::collections::BTreeMap<String, Vec<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(part);
    let mut modules: Vec<String> = std::fs::read_dir(&root)
        .expect("the part is a folder")
        .filter_map(|e| {
            let path = e.ok()?.path();
            let name = path.file_stem()?.to_str()?.to_string();
            (name != "mod" && (path.is_dir() || path.extension().is_some_and(|x| x == "rs")))
                .then_some(name)
        })
        .collect();
    modules.sort();
    modules.dedup();
    let mut graph = std::collections::BTreeMap::new();
    for module in &modules {
        let mut names = Vec::new();
        let folder = root.join(module);
        let files = if folder.is_dir() {
            rust_files(&folder)
        } else {
            vec![root.join(format!("{module}.rs"))]
        };
        for file in files {
            let text = std::fs::read_to_string(&file).expect("source is UTF-8");
            // Tests may reach anywhere; only the code counts.
            let code = text.split("#[cfg(test)]\nmod tests").next().unwrap_or("");
            let inside_folder = file.parent() != Some(root.as_path());
            for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
                for other in modules.iter().filter(|m| *m != module) {
                    let prefixes = [
                        if inside_folder {
                            format!("super::super::{other}")
                        } else {
                            format!("super::{other}")
                        },
                        format!("crate::{part}::{other}"),
                    ];
                    if prefixes.iter().any(|p| names_path(line, p)) && !names.contains(other) {
                        names.push(other.clone());
                    }
                }
            }
        }
        graph.insert(module.clone(), names);
    }
    graph
}

/// Whether `line` names the path `path` (followed by `::`, `;`, `,` or `}`, not a longer name).
fn names_path(line: &str, path: &str) -> bool {
    line.match_indices(path).any(|(at, _)| {
        let before = line[..at].chars().next_back();
        let after = line[at + path.len()..].chars().next();
        !before.is_some_and(|c| is_word_char(c) || c == ':')
            && matches!(after, Some(':' | ';' | ',' | '}' | ' ') | None)
    })
}

/// A cycle in `graph`, as the modules along it, if there is one.
fn a_cycle(graph: &std::collections::BTreeMap<String, Vec<String>>) -> Option<Vec<String>> {
    fn visit(
        node: &str,
        graph: &std::collections::BTreeMap<String, Vec<String>>,
        path: &mut Vec<String>,
        done: &mut std::collections::BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_string());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_string());
        None
    }
    let mut done = std::collections::BTreeSet::new();
    graph
        .keys()
        .find_map(|node| visit(node, graph, &mut Vec::new(), &mut done))
}

#[test]
fn no_two_modules_of_the_engine_or_the_library_import_each_other() {
    for part in ["extract", "library", "app"] {
        let graph = module_graph(part);
        assert!(graph.len() > 5, "src/{part} was read: {graph:?}");
        if let Some(cycle) = a_cycle(&graph) {
            panic!(
                "src/{part} has an import cycle: {} (move what both need into a module of its own)",
                cycle.join(" -> ")
            );
        }
    }
}

#[test]
fn a_cycle_is_found_when_there_is_one() {
    let graph = [
        ("a", vec!["b"]),
        ("b", vec!["c"]),
        ("c", vec!["a"]),
        ("d", vec![]),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.into_iter().map(String::from).collect()))
    .collect();
    assert_eq!(
        a_cycle(&graph),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    assert!(names_path("use super::kind::{PageHints};", "super::kind"));
    assert!(!names_path("use super::kinds;", "super::kind"));
    assert!(!names_path("use super::super::kind;", "super::kind"));
}
