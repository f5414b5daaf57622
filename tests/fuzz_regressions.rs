//! The fuzz targets in `fuzz/` replayed on stable: their seed corpora and every input the fuzzer
//! found a crash or a stall with (`tests/data/fuzz/<target>/`), through the same calls.
//! See `fuzz/README.md` for running the fuzzers themselves.

use std::path::Path;
use std::time::{Duration, Instant};

use tidyclip::clipping::{Clipping, Original, parse_note};
use tidyclip::extract::extract_bytes;
use tidyclip::extract::html::decode_entities;
use tidyclip::extract::html::tokenizer::{
    Attributes, RawKind, Token, Tokenizer, normalize_newlines, raw_kind_of,
};

/// What `fuzz/fuzz_targets/extract.rs` does with one input.
fn extract_target(data: &[u8]) {
    if let Ok(article) = extract_bytes(data, None) {
        let note = Clipping::new(article, Original::default()).to_markdown();
        let _ = parse_note(&note);
    }
    if let Ok(article) = extract_bytes(data, Some("note.md")) {
        let note = Clipping::new(article, Original::default()).to_markdown();
        let _ = parse_note(&note);
    }
    if let Ok((article, original)) = Original::extract(data, Some("page.html")) {
        let note = Clipping::new(article, original).to_markdown();
        let _ = parse_note(&note);
    }
}

/// What `fuzz/fuzz_targets/text_stays_text.rs` checks of one input: the note of the text, every
/// block kept, shows no markup, nor the text's lines as a page's paragraphs or structures.
fn text_stays_text_target(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    use tidyclip::clipping::{
        markup_in_note_of_edited_structures, markup_in_note_of_html_paragraphs,
        markup_in_note_of_html_structures, markup_in_note_of_text,
    };
    type NoteOf = fn(&str) -> (String, Vec<String>);
    let readings: [NoteOf; 4] = [
        markup_in_note_of_text,
        markup_in_note_of_html_paragraphs,
        markup_in_note_of_html_structures,
        markup_in_note_of_edited_structures,
    ];
    for note_of in readings {
        let (body, found) = note_of(text);
        assert!(found.is_empty(), "{found:?} in the note {body:?}");
    }
}

/// What `fuzz/fuzz_targets/front_matter.rs` does with one input.
fn front_matter_target(data: &[u8]) {
    tidyclip::library::exercise_front_matter(&String::from_utf8_lossy(data));
}

/// What `fuzz/fuzz_targets/tokenizer_diff.rs` reads with our tokenizer (its html5ever side is
/// not a dependency here): the tokens as the engine reads them, written one a line: `T` text
/// (adjacent text merged), `S` a start tag (name, sorted attributes, `/` if self-closing), `E` an
/// end tag, `C` a comment. Doctypes are dropped.
fn tokenizer_diff_ours(data: &[u8]) -> Vec<String> {
    let input = String::from_utf8_lossy(data);
    let input = normalize_newlines(&input);
    let mut tok = Tokenizer::new(&input, Attributes::All);
    let mut out: Vec<String> = Vec::new();
    let text = |out: &mut Vec<String>, t: &str| {
        if t.is_empty() {
            return;
        }
        match out.last_mut() {
            Some(last) if last.starts_with("T ") => last.push_str(t),
            _ => out.push(format!("T {t}")),
        }
    };
    while let Some(token) = tok.next_token() {
        match token {
            Token::Text(raw) => text(&mut out, &decode_entities(raw)),
            Token::StartTag(tag) => {
                let mut attrs: Vec<String> = tag
                    .attrs
                    .iter()
                    .map(|(n, v)| format!("{n}={v:?}"))
                    .collect();
                attrs.sort();
                let close = if tag.self_closing { " /" } else { "" };
                out.push(format!("S {} {}{close}", tag.name, attrs.join(" ")));
                if let Some(kind) = raw_kind_of(&tag.name) {
                    let raw = tok.raw_text(kind, Some(&tag.name));
                    if kind == RawKind::Rcdata {
                        text(&mut out, &decode_entities(&raw));
                    } else {
                        text(&mut out, &raw);
                    }
                }
            }
            Token::EndTag(tag) => out.push(format!("E {}", tag.name)),
            Token::Comment(c) => out.push(format!("C {c}")),
            Token::Doctype => {}
        }
    }
    out
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
fn text_seeds_and_found_inputs_stay_text() {
    replay(
        "text_stays_text",
        text_stays_text_target,
        Duration::from_secs(10),
    );
}

#[test]
fn extract_seeds_and_found_inputs_do_not_panic_or_stall() {
    replay("extract", extract_target, Duration::from_secs(10));
}

/// Inputs too large to keep as files, built here: each once cost the square of its size.
#[test]
fn generated_inputs_do_not_stall() {
    let nested = 100_000;
    let inputs = [
        // Thousands of elements opened inside a drawing's HTML, then end tags closing none:
        // each end tag searched every element open inside the drawing.
        format!(
            "<p>x</p><svg><foreignObject>{}{}",
            "<span>".repeat(nested),
            "</zz>".repeat(nested)
        ),
        format!(
            "<p>x</p><math><mtext>{}{}",
            "<b>".repeat(nested),
            "</q>".repeat(nested)
        ),
    ];
    for input in inputs {
        let start = Instant::now();
        extract_target(input.as_bytes());
        let took = start.elapsed();
        assert!(
            took < Duration::from_secs(10),
            "{} took {took:?}",
            &input[..40]
        );
    }
}

#[test]
fn front_matter_seeds_and_found_inputs_do_not_panic_or_stall() {
    replay("front_matter", front_matter_target, Duration::from_secs(10));
}

#[test]
fn tokenizer_diff_seeds_and_found_inputs_do_not_panic_or_stall() {
    replay(
        "tokenizer_diff",
        |data| {
            tokenizer_diff_ours(data);
        },
        Duration::from_secs(10),
    );
}
