//! The HTML5 tokenizer conformance tests for character references (html5lib-tests, MIT; the files
//! are in `tests/data/html5lib/`): every named reference of the standard with and without its
//! `;`, numeric references, and references inside attribute values.

use serde_json::Value;
use tidyclip::extract::html::{decode_attribute_entities, decode_entities};

fn tests(file: &str) -> Vec<Value> {
    let path = format!("{}/tests/data/html5lib/{file}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let json: Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
    json["tests"].as_array().expect("a tests array").clone()
}

/// The text a test expects: its Character tokens joined, if it has only those.
fn expected_text(test: &Value) -> Option<String> {
    let mut out = String::new();
    for token in test["output"].as_array()? {
        if token[0] != "Character" {
            return None;
        }
        out.push_str(token[1].as_str()?);
    }
    Some(out)
}

/// An attribute test's value and what it should decode to: `<h a="…">` and the like.
fn attribute_case(test: &Value) -> Option<(String, String)> {
    let input = test["input"].as_str()?;
    let token = test["output"].as_array()?.first()?;
    if token[0] != "StartTag" {
        return None;
    }
    let want = token[2]["a"].as_str()?.to_string();
    let raw = input.strip_prefix("<h a=")?.strip_suffix('>')?;
    let raw = match raw.chars().next()? {
        q @ ('"' | '\'') => raw.strip_prefix(q)?.strip_suffix(q)?,
        _ => raw,
    };
    Some((raw.to_string(), want))
}

fn check_text_cases(file: &str) -> usize {
    let mut failures = Vec::new();
    let mut checked = 0;
    for test in tests(file) {
        let Some(want) = expected_text(&test) else {
            continue;
        };
        let input = test["input"].as_str().expect("input");
        checked += 1;
        let got = decode_entities(input);
        if got != want {
            failures.push(format!("{input:?}: got {got:?}, want {want:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
    checked
}

#[test]
fn every_named_reference_decodes_as_the_standard_says() {
    // The named references file is large; it is kept as one JSON array per line.
    let path = format!(
        "{}/tests/data/html5lib/named-entities.jsonl",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&path).expect("named entities");
    let mut failures = Vec::new();
    let mut checked = 0;
    for line in text.lines() {
        let case: (String, String) = serde_json::from_str(line).expect("a case");
        checked += 1;
        let got = decode_entities(&case.0);
        if got != case.1 {
            failures.push(format!("{:?}: got {got:?}, want {:?}", case.0, case.1));
        }
    }
    assert_eq!(checked, 4210, "every name with and without its `;`");
    assert!(
        failures.is_empty(),
        "{} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn numeric_references_decode_as_the_standard_says() {
    assert!(check_text_cases("numericEntities.test") > 300);
}

#[test]
fn references_in_text_and_attributes_decode_as_the_standard_says() {
    assert!(check_text_cases("entities.test") > 20);
    let mut failures = Vec::new();
    let mut checked = 0;
    for test in tests("entities.test") {
        let Some((raw, want)) = attribute_case(&test) else {
            continue;
        };
        checked += 1;
        let got = decode_attribute_entities(&raw);
        if got != want {
            failures.push(format!("{raw:?}: got {got:?}, want {want:?}"));
        }
    }
    assert_eq!(checked, 9, "the file's attribute cases");
    assert!(
        failures.is_empty(),
        "{} of {checked} failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
