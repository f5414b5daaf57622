//! The command line as a person (or a script) uses it: the real binary, a temporary library.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/seeds/000_b85be92c46314c23.txt"
);

/// Runs `tidyclip --library <dir> args…` with no inherited library override.
fn tidyclip(library: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tidyclip"))
        .arg("--library")
        .arg(library)
        .args(args)
        .env_remove("TIDYCLIP_LIBRARY")
        .output()
        .expect("the binary runs")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

fn assert_ok(out: &Output) {
    assert!(
        out.status.success(),
        "exit {:?}, stderr: {}",
        out.status.code(),
        stderr(out)
    );
}

/// Saves `input` and returns the printed path.
fn save(library: &Path, input: &str, extra: &[&str]) -> PathBuf {
    let mut args = vec!["save", input];
    args.extend_from_slice(extra);
    let out = tidyclip(library, &args);
    assert_ok(&out);
    let printed = stdout(&out);
    let path = PathBuf::from(printed.trim_end());
    assert!(path.is_file(), "save printed {printed:?}, not a file");
    path
}

fn list_json(library: &Path, extra: &[&str]) -> Vec<serde_json::Value> {
    let mut args = vec!["list", "--json"];
    args.extend_from_slice(extra);
    let out = tidyclip(library, &args);
    assert_ok(&out);
    serde_json::from_str(&stdout(&out)).expect("list --json prints a JSON array")
}

#[test]
fn saving_the_seed_lists_and_finds_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = save(dir.path(), SEED, &["--tag", "news", "--tag", "russia"]);
    assert_eq!(path.parent(), Some(dir.path()));
    assert_eq!(path.extension().and_then(|e| e.to_str()), Some("md"));

    let note = std::fs::read_to_string(&path).unwrap();
    assert!(note.starts_with("---\n"), "{note}");
    let (front, body) = tidyclip::clipping::parse_note(&note);
    let front = front.expect("the saved note has front matter");
    assert!(!front.title.trim().is_empty());
    assert_eq!(front.tags, vec!["news", "russia"]);
    assert!(front.created.is_some());
    let id = front.id.expect("the note has an id");
    assert!(!body.trim().is_empty());

    let notes = list_json(dir.path(), &[]);
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert_eq!(notes[0]["path"], path.display().to_string());
    assert_eq!(notes[0]["id"], id.as_str());
    assert_eq!(notes[0]["title"], front.title.as_str());

    let out = tidyclip(dir.path(), &["search", "russia", "--json"]);
    assert_ok(&out);
    let hits: Vec<serde_json::Value> = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(hits.len(), 1, "search by tag: {hits:?}");
    assert_eq!(hits[0]["id"], id.as_str());

    let out = tidyclip(dir.path(), &["search", &front.title, "--json"]);
    assert_ok(&out);
    let hits: Vec<serde_json::Value> = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(hits.len(), 1, "search by title: {hits:?}");

    let out = tidyclip(dir.path(), &["search", "zzqqxxnothing", "--json"]);
    assert_ok(&out);
    assert_eq!(stdout(&out).trim(), "[]");

    // The plain listing is one tab-separated line per note ending in its path.
    let out = tidyclip(dir.path(), &["list"]);
    assert_ok(&out);
    let text = stdout(&out);
    assert_eq!(text.lines().count(), 1);
    assert!(
        text.trim_end().ends_with(&path.display().to_string()),
        "{text}"
    );
}

#[test]
fn a_missing_input_fails_with_one_line_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no such article.txt");
    let out = tidyclip(dir.path(), &["save", missing.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains("no such article.txt"), "{err}");
    assert!(stdout(&out).is_empty());
}

#[test]
fn bad_usage_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["frobnicate"][..],
        &["search"][..],
        &["list", "--no-such-flag"][..],
    ] {
        let out = tidyclip(dir.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
    }
}
