//! Golden tests for extraction, run through the real binary (`tidyclip clean --format json`).
//!
//! - The seed (copied from `../shared/seeds` into `tests/data/seeds`) must come out exactly as its
//!   ground truth says: every field, the body word for word, and the trimmed lines, each with a
//!   reason.
//! - A handful of corpus pages have their expected output in `tests/golden/*.json` (the input
//!   path is relative to the crate; HTML pages are copied beside their JSON, uncompressed, and an
//!   input under `../shared/` is read from its copy under `tests/data/`); run with
//!   `UPDATE_GOLDEN=1` to rewrite them after a deliberate change, and review the diff.
//! - The corpus F1 floor needs the whole scrapinghub corpus, so it runs only when `../shared` is
//!   beside the crate (CI has it) and otherwise says in one line that it was skipped.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{Value, json};

fn crate_dir() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn shared() -> PathBuf {
    crate_dir().join("../shared")
}

/// Says in one line that a check was skipped. Written to stderr directly, not with `eprintln!`,
/// so the line shows in `cargo test`'s output even though the test passes (the harness only
/// captures the print macros).
fn skipped(why: &str) {
    use std::io::Write;
    let _ = writeln!(std::io::stderr(), "skipped: {why}");
}

/// The copies of `../shared`'s seed and few corpus pages that the tests need, in the same layout,
/// so a bare clone passes.
fn data() -> PathBuf {
    crate_dir().join("tests/data")
}

/// Where a golden file's input is read: relative to the crate, except that `../shared/…` is read
/// from its copy at `tests/data/…`.
fn input_path(input: &str) -> PathBuf {
    match input.strip_prefix("../shared/") {
        Some(rest) => data().join(rest),
        None => crate_dir().join(input),
    }
}

fn clean_json(path: &Path) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_tidyclip"))
        .args(["clean", "--format", "json"])
        .arg(path)
        .output()
        .expect("the tidyclip binary runs");
    assert!(
        out.status.success(),
        "tidyclip clean failed on {}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("clean prints one JSON object")
}

#[test]
fn seed_matches_its_ground_truth() {
    let seeds = data().join("seeds");
    let truth: Value = serde_json::from_str(
        &std::fs::read_to_string(seeds.join("ground-truth.json"))
            .expect("ground truth is readable"),
    )
    .expect("ground truth is JSON");
    let truth = truth.as_object().expect("ground truth maps ids to pages");
    assert!(!truth.is_empty());
    for (id, want) in truth {
        let got = clean_json(&seeds.join(format!("{id}.txt")));
        for field in [
            "title",
            "title_inferred",
            "summary",
            "site",
            "author",
            "published",
        ] {
            assert_eq!(got[field], want[field], "{id}: field {field}");
        }
        assert_eq!(got["url"], Value::Null, "{id}: no url in pasted text");
        assert_eq!(got["body"], want["articleBody"], "{id}: body");

        let blocks = got["blocks"].as_array().expect("blocks is a list");
        let trimmed: BTreeSet<&str> = blocks
            .iter()
            .filter(|b| b["keep"] == json!(false))
            .map(|b| b["text"].as_str().expect("block text"))
            .collect();
        let want_trimmed: BTreeSet<&str> = want["trimmed"]
            .as_array()
            .expect("trimmed is a list")
            .iter()
            .map(|t| t.as_str().expect("trimmed text"))
            .collect();
        assert_eq!(trimmed, want_trimmed, "{id}: trimmed blocks");
        for b in blocks {
            let reason = b["reason"].as_str().unwrap_or("");
            assert!(!reason.is_empty(), "{id}: block without a reason: {b}");
        }
    }
}

/// The part of the output a golden file pins down.
fn golden_view(input: &str, got: &Value) -> Value {
    json!({
        "input": input,
        "title": got["title"],
        "published": got["published"],
        "body": got["body"],
    })
}

#[test]
fn corpus_pages_match_their_golden_files() {
    let dir = crate_dir().join("tests/golden");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/golden exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(
        files.len() >= 5,
        "expected the golden files in {}",
        dir.display()
    );
    let mut failures = Vec::new();
    for file in files {
        let want: Value =
            serde_json::from_str(&std::fs::read_to_string(&file).expect("golden file is readable"))
                .expect("golden file is JSON");
        let input = want["input"]
            .as_str()
            .expect("golden file names its input")
            .to_string();
        let got = golden_view(&input, &clean_json(&input_path(&input)));
        if update {
            let text = serde_json::to_string_pretty(&got).expect("JSON serialises") + "\n";
            std::fs::write(&file, text).expect("golden file is writable");
        } else if got != want {
            failures.push(format!("{}:\n{}", file.display(), diff(&want, &got)));
        }
    }
    assert!(
        failures.is_empty(),
        "golden mismatches (UPDATE_GOLDEN=1 to accept):\n{}",
        failures.join("\n")
    );
}

/// A line diff of two JSON values' body paragraphs and fields, enough to see what changed.
fn diff(want: &Value, got: &Value) -> String {
    let mut out = String::new();
    for field in ["title", "published"] {
        if want[field] != got[field] {
            out += &format!("  {field}: {} -> {}\n", want[field], got[field]);
        }
    }
    let paras = |v: &Value| -> Vec<String> {
        v["body"]
            .as_str()
            .unwrap_or("")
            .split("\n\n")
            .map(str::to_string)
            .collect()
    };
    let (w, g) = (paras(want), paras(got));
    for p in &w {
        if !g.contains(p) {
            out += &format!("  - {}\n", p.chars().take(120).collect::<String>());
        }
    }
    for p in &g {
        if !w.contains(p) {
            out += &format!("  + {}\n", p.chars().take(120).collect::<String>());
        }
    }
    out
}

/// Word 4-gram shingles as `../shared/tools/score.py` counts them (`\w+`, lower case).
fn shingles(text: &str) -> std::collections::HashMap<Vec<String>, usize> {
    let words: Vec<String> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut out = std::collections::HashMap::new();
    if words.len() < 4 {
        if !words.is_empty() {
            out.insert(words, 1);
        }
        return out;
    }
    for w in words.windows(4) {
        *out.entry(w.to_vec()).or_insert(0) += 1;
    }
    out
}

/// Precision and recall of one page, the benchmark's way.
fn page_scores(truth: &str, predicted: &str) -> (f64, f64) {
    let (t, p) = (shingles(truth), shingles(predicted));
    let tp: usize = t
        .iter()
        .map(|(k, n)| (*n).min(*p.get(k).unwrap_or(&0)))
        .sum();
    let fp = p.values().sum::<usize>() - tp;
    let fn_ = t.values().sum::<usize>() - tp;
    if fp == 0 && fn_ == 0 {
        return (1.0, 1.0);
    }
    let precision = if tp + fp > 0 {
        tp as f64 / (tp + fp) as f64
    } else {
        0.0
    };
    let recall = if tp + fn_ > 0 {
        tp as f64 / (tp + fn_) as f64
    } else {
        0.0
    };
    (precision, recall)
}

/// The corpus's F1 for one input kind ("pasted" text or "html" pages), through the library.
fn corpus_f1(corpus: &Path, kind: &str) -> f64 {
    use std::io::Read;
    let truth: Value = serde_json::from_str(
        &std::fs::read_to_string(corpus.join("ground-truth.json")).expect("corpus ground truth"),
    )
    .expect("corpus ground truth is JSON");
    let truth = truth.as_object().expect("ids map to pages");
    let (mut ps, mut rs) = (0.0, 0.0);
    for (id, page) in truth {
        let (path, name) = if kind == "html" {
            (
                corpus.join(format!("html/{id}.html.gz")),
                format!("{id}.html"),
            )
        } else {
            (corpus.join(format!("pasted/{id}.txt")), format!("{id}.txt"))
        };
        let raw = std::fs::read(&path).expect("corpus page is readable");
        let bytes = if kind == "html" {
            let mut out = Vec::new();
            flate2::read::GzDecoder::new(raw.as_slice())
                .read_to_end(&mut out)
                .expect("corpus page gunzips");
            out
        } else {
            raw
        };
        let body = tidyclip::extract::extract_bytes(&bytes, Some(&name))
            .map(|a| a.body_text())
            .unwrap_or_default();
        let (p, r) = page_scores(page["articleBody"].as_str().unwrap_or(""), &body);
        ps += p;
        rs += r;
    }
    let n = truth.len() as f64;
    let (p, r) = (ps / n, rs / n);
    2.0 * p * r / (p + r)
}

/// The engine's quality on the scrapinghub corpus does not slip (measured: pasted 0.954, HTML
/// 0.976 at the time of writing; the floors leave room for rounding, not for regressions).
#[test]
fn corpus_f1_stays_above_its_floor() {
    let corpus = shared().join("corpus/scrapinghub");
    if !corpus.join("ground-truth.json").is_file() {
        skipped(&format!(
            "{} not found, so the corpus F1 floor was not checked (it needs the whole corpus)",
            corpus.display()
        ));
        return;
    }
    let text = corpus_f1(&corpus, "pasted");
    let html = corpus_f1(&corpus, "html");
    assert!(text >= 0.95, "pasted text F1 fell to {text:.3}");
    assert!(html >= 0.97, "HTML F1 fell to {html:.3}");
}

/// Hostile input (tag soup, deep nesting, NUL bytes, cut UTF-8, one long line) gives an article
/// or a decode error, never a panic (debug builds check arithmetic overflow too).
#[test]
fn hostile_input_does_not_panic() {
    use tidyclip::extract::{Format, extract, extract_bytes};
    let long_line = "word the and ".repeat(20_000);
    let inputs: Vec<Vec<u8>> = vec![
        Vec::new(),
        vec![0u8; 4096],
        vec![b'<'; 10_000],
        "<div>".repeat(5_000).into_bytes(),
        "<a><b><i><p>".repeat(2_000).into_bytes(),
        b"<<<>>><a <b c=\"unterminated &#99999999999; &#x; &".to_vec(),
        vec![0xe4, 0xb8],
        vec![0xff, 0xfe, 0x00],
        vec![0xef, 0xbb, 0xbf, 0xe4, 0xb8],
        b"<p>\0\0\0 By \0 Jan 1, 99999 \0</p><time datetime=\"9999999999999\">".to_vec(),
        long_line.clone().into_bytes(),
        format!("<p>{long_line}</p>").into_bytes(),
        "ΟΔΟΣ İSTANBUL 東京。".repeat(500).into_bytes(),
    ];
    for bytes in &inputs {
        for hint in [None, Some("page.html"), Some("page.txt")] {
            let _ = extract_bytes(bytes, hint);
        }
        let text = String::from_utf8_lossy(bytes);
        for format in [Format::Html, Format::Text, Format::Markdown] {
            let _ = extract(&text, format);
        }
    }
}
