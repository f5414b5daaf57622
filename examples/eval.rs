//! Runs the engine over a folder of pages for `score.py`.
//!
//! `cargo run --release --example eval -- DIR OUT.json [--dump ID]`
//!
//! DIR holds `.txt`, `.md`, `.html` or `.html.gz` pages; OUT.json gets `{id: {"articleBody": …}}`.
//! Prints milliseconds per page (median and total), timing only the engine, not file reading.
//! `--dump ID` also prints that page's blocks with their decisions, for looking at mistakes.
//! `--repeat N` runs each page N times and keeps its fastest time (steadier on a busy machine).
//! `--stages` also times, per page and as fast as `--repeat` allows, the decoding and the rules'
//! reading (the page parsed into blocks, measured and judged: what the model reads), and prints
//! their medians beside the rest (the model and the fields read after it), to show where a
//! page's time goes.
//! `--jsonl FILE` also writes one line per page exactly as `tidyclip clean --format json` prints it
//! (fields, body and every block's decision), for `../shared/tools/wcxb.py` and for checking that a
//! refactoring leaves the output byte-identical.

mod common;

use common::read_page;
use std::time::Instant;

use anyhow::{Context, Result};
use serde_json::{Map, Value, json};
use tidyclip::extract;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), Some(out)) = (args.first(), args.get(1)) else {
        anyhow::bail!(
            "usage: eval DIR OUT.json [--dump ID] [--repeat N] [--stages] [--jsonl FILE]"
        );
    };
    let dump = args
        .iter()
        .position(|a| a == "--dump")
        .and_then(|i| args.get(i + 1));
    let mut pages = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .with_context(|| format!("Could not list {dir}"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort();
    for path in entries {
        let Some(name) = path
            .file_name()
            .and_then(|n| n.to_str())
            .map(str::to_string)
        else {
            continue;
        };
        let Some(id) = [".html.gz", ".html", ".htm", ".txt", ".md"]
            .iter()
            .find_map(|ext| name.strip_suffix(ext))
        else {
            continue;
        };
        let bytes = read_page(&path)?;
        let hint = name.trim_end_matches(".gz").to_string();
        pages.push((id.to_string(), hint, bytes));
    }
    let repeat: usize = args
        .iter()
        .position(|a| a == "--repeat")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(1);
    let jsonl_path = args
        .iter()
        .position(|a| a == "--jsonl")
        .and_then(|i| args.get(i + 1));
    let stages = args.iter().any(|a| a == "--stages");
    let mut jsonl = String::new();
    let mut times = Vec::with_capacity(pages.len());
    // Per page: decoding, the rules' reading, and what is left of the whole (model and fields).
    let mut stage_times: [Vec<f64>; 3] = Default::default();
    let mut predictions = Map::new();
    for (id, hint, bytes) in &pages {
        let mut best = f64::INFINITY;
        let mut result = Err(extract::DecodeError::Empty);
        for _ in 0..repeat.max(1) {
            let start = Instant::now();
            result = extract::extract_bytes(bytes, Some(hint));
            best = best.min(start.elapsed().as_secs_f64() * 1000.0);
        }
        times.push(best);
        if stages && let Ok((text, format)) = extract::decode::decode_borrowed(bytes, Some(hint)) {
            let (mut decoding, mut reading) = (f64::INFINITY, f64::INFINITY);
            for _ in 0..repeat.max(1) {
                let start = Instant::now();
                std::hint::black_box(extract::decode::decode_borrowed(bytes, Some(hint)).ok());
                decoding = decoding.min(start.elapsed().as_secs_f64() * 1000.0);
                let start = Instant::now();
                std::hint::black_box(extract::extract_unlearned(&text, format));
                reading = reading.min(start.elapsed().as_secs_f64() * 1000.0);
            }
            stage_times[0].push(decoding);
            stage_times[1].push(reading);
            stage_times[2].push((best - decoding - reading).max(0.0));
        }
        if jsonl_path.is_some() {
            let line = match &result {
                Ok(article) => serde_json::to_string(&tidyclip::cli::CleanOutput::new(
                    format!("{id}.{}", hint.rsplit('.').next().unwrap_or("txt")),
                    article,
                ))?,
                Err(e) => json!({ "file": id, "error": e.to_string() }).to_string(),
            };
            jsonl.push_str(&line);
            jsonl.push('\n');
        }
        let body = match &result {
            Ok(article) => article.body_text(),
            Err(e) => {
                eprintln!("{id}: {e}");
                String::new()
            }
        };
        if dump.is_some_and(|d| d == "all" || id.starts_with(d.as_str()))
            && let Ok(article) = &result
        {
            println!("=== {id}");
            println!(
                "title={:?} inferred={} site={:?} authors={:?} published={:?} url={:?}\nsummary={:?}",
                article.title,
                article.title_inferred,
                article.site,
                article.authors,
                article.published.as_ref().map(|p| p.value.to_rfc3339()),
                article.url,
                article.summary
            );
            let texts: Vec<&str> = article.blocks.iter().map(|b| b.text.as_str()).collect();
            let lang = extract::measure::page_language(&texts);
            for (i, b) in article.blocks.iter().enumerate() {
                let text: String = b.text.chars().take(110).collect();
                let f = extract::measure::features(
                    &extract::candidate::Candidate::text(b.text.clone()),
                    lang,
                );
                println!(
                    "{i:4} {} {}{:3.0} {:<10} {:<24} {text}",
                    if b.keep { "KEEP" } else { "    " },
                    extract::decide::class_letter(&f),
                    f.stop_ratio * 100.0,
                    b.role.name(),
                    b.reason.to_string()
                );
            }
        }
        predictions.insert(id.clone(), json!({ "articleBody": body }));
    }
    std::fs::write(
        out,
        serde_json::to_string_pretty(&Value::Object(predictions))?,
    )
    .with_context(|| format!("Could not write {out}"))?;
    if let Some(path) = jsonl_path {
        std::fs::write(path, jsonl).with_context(|| format!("Could not write {path}"))?;
    }
    let total: f64 = times.iter().sum();
    times.sort_by(f64::total_cmp);
    let median = times.get(times.len() / 2).copied().unwrap_or(0.0);
    let max = times.last().copied().unwrap_or(0.0);
    println!(
        "pages={} median_ms={median:.3} mean_ms={:.3} max_ms={max:.3} total_ms={total:.1}",
        times.len(),
        total / times.len().max(1) as f64
    );
    if stages {
        let [decoding, reading, rest] = stage_times.map(|mut t| {
            t.sort_by(f64::total_cmp);
            t.get(t.len() / 2).copied().unwrap_or(0.0)
        });
        println!(
            "stages (median per page): decode_ms={decoding:.3} rules_reading_ms={reading:.3} model_and_fields_ms={rest:.3}"
        );
    }
    Ok(())
}
