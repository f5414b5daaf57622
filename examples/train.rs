//! Trains the engine's learned keep/trim decision and scores it out of fold.
//!
//! `cargo run --release --example train -- [--shared DIR] [--out DIR] [--write-models] [--only html|text]
//! [--sweep] [--dump-margins] [--seed N]`
//!
//! Reads the corpora in `../shared` (WCXB's development split and the scrapinghub news pages, as
//! HTML and as pasted text), runs the engine's rules on every page, and labels each block by
//! aligning it with the page's ground truth: a block is main content when most of its word
//! trigrams (or, for a short block, its whole word sequence) occur in the ground truth's text.
//! Pages are split into five folds by site, so no site is both trained on and scored.
//!
//! For each format (HTML, pasted text) it trains gradient-boosted trees on four folds and scores
//! the fifth, writing out-of-fold predictions to `OUT/oof-*.jsonl` (the shape of
//! `tidyclip clean --format json`, for `../shared/tools/wcxb.py`) and `OUT/oof-scrapinghub-*.json`
//! (for `../shared/tools/score.py`). Those are the learned decision alone, on the rules' fields;
//! `OUT/engine-oof-*` are the whole engine run with each page's fold model (the fields read
//! beside the decided body, the headline, the note's assembly), the out-of-fold figures to
//! report. Then it trains on all folds and, with `--write-models`,
//! writes `src/extract/model/{html,text}.json`. Same data, same weights: nothing is random.
//!
//! `--dump-margins` writes `OUT/margins-*.jsonl`: each block's out-of-fold log-odds, label, the
//! rules' verdict, text and row of inputs (in `FEATURE_NAMES` order), to study what the model
//! gets wrong on one kind of page.
//!
//! `--seed N` draws each tree's rows by another fixed hash (0, the default, is the shipped
//! draw). The trees answer a small change in their data (one page's text) with a different fit
//! throughout, which moves the out-of-fold figures by about as much as most single changes
//! measure; scoring a change over a few seeds tells its effect from that noise.

mod common;

use common::read_page;
use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde_json::{Value, json};
use tidyclip::extract::assemble::Shape;
use tidyclip::extract::kind::{self, PageHints, PageKind};
use tidyclip::extract::learned::{self, Forest, Model, Node, Row};
use tidyclip::extract::title;
use tidyclip::extract::{self, Article, Format, Measured};

/// Folds, split by site.
const FOLDS: u64 = 5;
/// Boosting rounds, tree depth, shrinkage and the L2 penalty on leaf values.
const TREES: usize = 120;
const DEPTH: usize = 5;
/// The page-kind forests are smaller: one row per page.
const KIND_TREES: usize = 60;
const KIND_DEPTH: usize = 3;
const LEARNING_RATE: f32 = 0.1;
const LAMBDA: f64 = 1.0;
/// A split leaves at least this much hessian on each side.
const MIN_CHILD_HESSIAN: f64 = 2.0;
/// Share of rows each tree sees (chosen by a fixed hash, so runs are repeatable).
const ROW_SHARE: u64 = 40;
/// The pasted title's trees are this many forests, each on its own share of rows, averaged:
/// one forest's out-of-fold count moved by about 15 from one draw of rows to the next.
const TITLE_BAG: usize = 4;
/// The `n`th forest of a bag draws its rows as rounds `n * SAMPLE_STRIDE` onwards would (no
/// forest has that many rounds), so the first draws as a forest alone does.
const SAMPLE_STRIDE: usize = 1000;
/// Seed `n` draws rows as rounds `n * SEED_STRIDE` onwards would (past any bag's draws).
const SEED_STRIDE: usize = 100_000;
/// The seed of this run's draws (`--seed`), set once at the start.
static SEED: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
/// At most this many cut points per feature.
const MAX_BINS: usize = 63;
/// How much more a news page of the scrapinghub corpus weighs than a WCXB page.
const SCRAPINGHUB_WEIGHT: f32 = 3.0;
/// A block is main content when at least this share of its trigrams is in the ground truth.
const LABEL_MIN_SHARE: f32 = 0.5;

struct Page {
    /// The page's kind as the corpus labels it (the news corpus is all articles).
    kind: PageKind,
    /// The headline the ground truth gives (WCXB only).
    title: Option<String>,
    hints: PageHints,
    id: String,
    /// The page's file, read again for the engine's out-of-fold run.
    path: PathBuf,
    corpus: &'static str,
    fold: u64,
    article: Article,
    rows: Vec<Row>,
    /// Each block's place in the page's structure (code, table cells), for the engine's last
    /// pass over the decided blocks.
    shapes: Vec<Shape>,
    labels: Vec<f32>,
    weights: Vec<f32>,
}

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let shared = PathBuf::from(value("--shared").unwrap_or_else(|| "../shared".into()));
    let out = PathBuf::from(value("--out").unwrap_or_else(|| "target/train".into()));
    let write_models = args.iter().any(|a| a == "--write-models");
    let sweep = args.iter().any(|a| a == "--sweep");
    let dump_margins = args.iter().any(|a| a == "--dump-margins");
    let seed: usize = match value("--seed") {
        Some(n) => n.parse().context("--seed takes a whole number")?,
        None => 0,
    };
    SEED.set(seed).expect("the seed is set once");
    // `--only html` or `--only text` trains one format (quicker when working on one).
    let only = value("--only");
    std::fs::create_dir_all(&out).with_context(|| format!("Could not create {}", out.display()))?;
    let wcxb = shared.join("corpus/wcxb/dev");
    let scrapinghub = shared.join("corpus/scrapinghub");
    let domains = wcxb_domains(&shared.join("corpus/wcxb/metadata.json"))?;
    let wcxb_truth = wcxb_truth(&wcxb.join("ground-truth"))?;
    let sh_truth = scrapinghub_truth(&scrapinghub.join("ground-truth.json"))?;
    // Defuddle's fixtures (small pages of one pattern each, with the Markdown a clipper should
    // write) teach the HTML model pages of a few blocks, which the two benchmarks hardly have.
    let defuddle = shared.join("corpus/defuddle");
    let with_defuddle = !args.iter().any(|a| a == "--no-defuddle");

    for (format, name, wcxb_dir, sh_dir) in [
        (
            Format::Html,
            "html",
            wcxb.join("html"),
            scrapinghub.join("html"),
        ),
        (
            Format::Text,
            "text",
            wcxb.join("pasted"),
            scrapinghub.join("pasted"),
        ),
    ] {
        if only.as_deref().is_some_and(|o| o != name) {
            continue;
        }
        let mut pages = Vec::new();
        for (id, path) in list_pages(&wcxb_dir)? {
            let Some(truth) = wcxb_truth.get(&id) else {
                continue;
            };
            let domain = domains.get(&id).cloned().unwrap_or_else(|| id.clone());
            let mut page = load_page(&path, &id, "wcxb", &domain, &truth.text, format)?;
            page.kind = truth.kind;
            page.title = truth.title.clone();
            pages.push(page);
        }
        for (id, path) in list_pages(&sh_dir)? {
            let Some((truth, url)) = sh_truth.get(&id) else {
                continue;
            };
            pages.push(load_page(
                &path,
                &id,
                "scrapinghub",
                &host(url),
                truth,
                format,
            )?);
        }
        if format == Format::Html && with_defuddle {
            for (id, path, truth) in defuddle_pages(&defuddle)? {
                // A fixture stands for a kind of page markup: fixtures of one kind
                // ("footnotes--…", "math--…") share a fold, as a site's pages do.
                let group = id.split("--").next().unwrap_or(&id).to_string();
                pages.push(load_page(&path, &id, "defuddle", &group, &truth, format)?);
            }
        }
        let blocks: usize = pages.iter().map(|p| p.rows.len()).sum();
        let positive: f32 = pages.iter().flat_map(|p| &p.labels).sum();
        println!(
            "{name}: {} pages, {blocks} blocks, {positive:.0} labelled main content",
            pages.len()
        );

        // Out of fold: each fold scored by trees that never saw its sites. The five fold models
        // and the final one train at once, one thread each.
        let firsts = train_folds(
            &pages,
            |k| pages[k].rows.iter().map(|r| r.as_slice()).collect(),
            learned::FEATURE_NAMES,
        );
        // The second stage learns from first-stage margins the page's own trees never saw.
        let oof_first: Vec<Vec<f32>> = pages
            .iter()
            .map(|p| {
                let f = &firsts[p.fold as usize];
                p.rows.iter().map(|r| f.margin(r)).collect()
            })
            .collect();
        let page_rows: Vec<Vec<learned::PageRow>> = pages
            .iter()
            .zip(&oof_first)
            .map(|(p, m)| learned::page_rows(&p.rows, m, &declared_of(p)))
            .collect();
        let seconds = train_folds(
            &pages,
            |k| page_rows[k].iter().map(|r| r.as_slice()).collect(),
            learned::PAGE_FEATURE_NAMES,
        );
        let models: Vec<Model> = firsts
            .into_iter()
            .zip(seconds)
            .map(|(blocks, page)| Model {
                blocks,
                page,
                kinds: Vec::new(),
                title: None,
            })
            .collect();
        let model = &models[FOLDS as usize];
        let oof_margins: Vec<Vec<f32>> = pages
            .iter()
            .map(|p| models[p.fold as usize].margins(&p.rows, &declared_of(p)))
            .collect();
        let first_only: Vec<Vec<f32>> = oof_first;
        let apply_all = |margins: &[Vec<f32>], keep: f32| -> Vec<Article> {
            pages
                .iter()
                .zip(margins)
                .map(|(p, m)| {
                    let mut a = p.article.clone();
                    learned::apply_margins(&mut a, &p.rows, m, keep, learned::Selection::Threshold);
                    a
                })
                .collect()
        };
        let (in_fold, in_fold_margins): (Vec<Article>, Vec<Vec<f32>>) = pages
            .iter()
            .map(|p| {
                let mut a = p.article.clone();
                let margins = learned::apply(&mut a, &p.rows, &p.hints, model).margins;
                (a, margins)
            })
            .unzip();
        let rules: Vec<Article> = pages.iter().map(|p| p.article.clone()).collect();
        let mut oof = apply_all(&oof_margins, learned::KEEP_MARGIN);
        // The page's kind, learned from the articles as the out-of-fold model decided them (what
        // the engine will have decided when it asks).
        let kind_rows: Vec<Vec<f32>> = pages
            .iter()
            .zip(&oof)
            .map(|(p, a)| kind::kind_row(a, &p.rows, &p.hints))
            .collect();
        let kind_forests: Vec<Vec<Forest>> = PageKind::ALL
            .iter()
            .map(|&k| train_kind_folds(&pages, &kind_rows, k))
            .collect();
        let mut right = 0;
        let mut per_kind: HashMap<PageKind, (usize, usize)> = HashMap::new();
        for (((p, a), row), m) in pages.iter().zip(&mut oof).zip(&kind_rows).zip(&oof_margins) {
            let fold_forests: Vec<Forest> = kind_forests
                .iter()
                .map(|f| f[p.fold as usize].clone())
                .collect();
            let kind = kind::decide(&fold_forests, row);
            // As the engine does: the kind read, the page is decided again as suits its kind.
            let selection = learned::selection_for(format, kind);
            if selection != learned::Selection::Threshold {
                *a = p.article.clone();
                learned::apply_margins(a, &p.rows, m, learned::KEEP_MARGIN, selection);
            }
            a.kind = kind;
            let e = per_kind.entry(p.kind).or_default();
            e.0 += 1;
            if a.kind == p.kind {
                right += 1;
                e.1 += 1;
            }
        }
        let recalls: Vec<String> = PageKind::ALL
            .iter()
            .map(|k| {
                let (n, r) = per_kind.get(k).copied().unwrap_or_default();
                format!("{} {r}/{n}", k.name())
            })
            .collect();
        println!(
            "  page kind out of fold: {right}/{} right; by kind: {}",
            pages.len(),
            recalls.join(", ")
        );
        // Pasted text's headline: each short line near the article's start, scored.
        let title_folds = (format == Format::Text).then(|| {
            let forests = train_title_folds(&pages, &oof, &oof_margins);
            let oof_before_title = oof.clone();
            let mut right = 0;
            let mut asked = 0;
            for ((p, a), m) in pages.iter().zip(&mut oof).zip(&oof_margins) {
                if a.blocks.len() >= learned::MIN_BLOCKS {
                    title::choose(a, &p.rows, m, &forests[p.fold as usize]);
                }
                if let Some(t) = &p.title {
                    asked += 1;
                    right += usize::from(same_title(a.title.as_deref().unwrap_or(""), t));
                }
            }
            println!("  pasted title out of fold: {right}/{asked} right");
            if sweep {
                for min_margin in [-100.0f32, -8.0, -5.0, -4.0, -3.0, -2.0] {
                    let right: usize = pages
                        .iter()
                        .zip(&oof_before_title)
                        .zip(&oof_margins)
                        .filter_map(|((p, a), m)| {
                            let want = p.title.as_ref()?;
                            let mut a = a.clone();
                            if a.blocks.len() >= learned::MIN_BLOCKS {
                                title::choose_above(
                                    &mut a,
                                    &p.rows,
                                    m,
                                    &forests[p.fold as usize],
                                    min_margin,
                                );
                            }
                            Some(usize::from(same_title(
                                a.title.as_deref().unwrap_or(""),
                                want,
                            )))
                        })
                        .sum();
                    println!("    chosen above {min_margin}: {right}/{asked} right");
                }
            }
            forests
        });
        // Each fold's whole model (its block and page trees, page kinds and titles), for the
        // engine's own out-of-fold run.
        let fold_models: Vec<Model> = (0..=FOLDS as usize)
            .map(|fold| Model {
                kinds: kind_forests.iter().map(|f| f[fold].clone()).collect(),
                title: title_folds.as_ref().map(|forests| forests[fold].clone()),
                ..models[fold].clone()
            })
            .collect();
        let model = &fold_models[FOLDS as usize];
        // The engine itself, every pass after the decision included (the fields read beside
        // the body, the headline, the thin-body fallback, the note's assembly), run on each page
        // with the model of the folds that never saw its site: `engine-oof-*` is what
        // `tidyclip clean` would have written for a site it was not trained on.
        let engine_oof: Vec<Article> = pages
            .iter()
            .map(|p| engine_out_of_fold(p, format, &fold_models[p.fold as usize]))
            .collect::<Result<_>>()?;
        write_predictions(&out, "engine-oof", name, &pages, &engine_oof)?;
        let oof_first_stage = apply_all(&first_only, learned::KEEP_MARGIN);
        for (label, articles, margins) in [
            ("oof", &oof, &oof_margins),
            ("oof1", &oof_first_stage, &first_only),
            ("infold", &in_fold, &in_fold_margins),
            ("rules", &rules, &oof_margins),
        ] {
            // The passes the engine runs after its learned decision (`learned::keep_something`
            // once the fields are chosen, then `learned::finish`, and on a thread
            // `decide::trim_signatures` and `decide::keep_post_bylines` on HTML, and
            // `decide::trim_requoted_text` and `decide::trim_post_counters`); the rules' own
            // output has none.
            let finished: Vec<Article> = if label == "rules" {
                articles.clone()
            } else {
                pages
                    .iter()
                    .zip(articles.iter())
                    .zip(margins)
                    .map(|((p, a), m)| {
                        let mut a = a.clone();
                        learned::keep_something(&mut a, &p.rows, m);
                        learned::finish(&mut a.blocks, &p.shapes, &p.rows, format);
                        if a.kind == PageKind::Forum {
                            let mut shapes = p.shapes.clone();
                            if format == Format::Html {
                                extract::decide::trim_signatures(&mut a.blocks, &shapes);
                                extract::decide::keep_post_bylines(&mut a.blocks, &mut shapes);
                            }
                            extract::decide::trim_requoted_text(&mut a.blocks, &shapes);
                            extract::decide::trim_post_counters(&mut a.blocks, &shapes);
                        }
                        a
                    })
                    .collect()
            };
            write_predictions(&out, label, name, &pages, &finished)?;
        }
        if dump_margins {
            write_margins(&out, name, &pages, &oof_margins)?;
        }
        if sweep {
            for keep in [-1.0f32, -0.5, 0.0, 0.5, 1.0] {
                let label = format!("sweep_k{keep}");
                let articles = apply_all(&oof_margins, keep);
                write_predictions(&out, &label, name, &pages, &articles)?;
            }
        }
        print_importance(&model.blocks, learned::FEATURE_NAMES);
        print_importance(&model.page, learned::PAGE_FEATURE_NAMES);
        // The model always goes beside the predictions too, so a run can be tried in the engine
        // (copied into src/extract/model/) without training again.
        let json = model_json(model);
        let beside = out.join(format!("model-{name}.json"));
        std::fs::write(&beside, &json)
            .with_context(|| format!("Could not write {}", beside.display()))?;
        if write_models {
            let path = PathBuf::from(format!("src/extract/model/{name}.json"));
            std::fs::write(&path, &json)
                .with_context(|| format!("Could not write {}", path.display()))?;
            println!("  wrote {}", path.display());
        }
    }
    Ok(())
}

/// What the engine writes for `page` deciding with `model` where the page is of the format it
/// was trained for (as `examples/eval.rs` reads a page: its format sniffed from its bytes).
fn engine_out_of_fold(page: &Page, format: Format, model: &Model) -> Result<Article> {
    let bytes = read_page(&page.path)?;
    let hint = page_hint(&page.path);
    Ok(
        match extract::decode::decode_borrowed(&bytes, Some(&hint)) {
            Ok((text, sniffed)) if sniffed == format => {
                extract::extract_with_model(&text, sniffed, Some(model))
            }
            Ok((text, sniffed)) => extract::extract(&text, sniffed),
            Err(_) => Article::default(),
        },
    )
}

/// The file name the engine sniffs a page's format by (without `.gz`).
fn page_hint(path: &Path) -> String {
    path.file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("")
        .trim_end_matches(".gz")
        .to_string()
}

fn load_page(
    path: &Path,
    id: &str,
    corpus: &'static str,
    domain: &str,
    truth: &str,
    format: Format,
) -> Result<Page> {
    let bytes = read_page(path)?;
    let hint = page_hint(path);
    let Measured {
        article,
        rows,
        hints,
        structure,
    } = match extract::decode::decode_borrowed(&bytes, Some(&hint)) {
        // The pasted corpus is text even where a page's text happens to look like Markdown.
        Ok((text, _)) => extract::extract_unlearned(&text, format),
        Err(_) => Measured::default(),
    };
    let truth_tokens = tokens(truth);
    let trigrams: HashSet<[&str; 3]> = truth_tokens
        .windows(3)
        .map(|w| [w[0], w[1], w[2]])
        .collect();
    let joined = format!(" {} ", truth_tokens.join(" "));
    let mut labels = Vec::with_capacity(rows.len());
    let mut weights = Vec::with_capacity(rows.len());
    let counts: Vec<usize> = article
        .blocks
        .iter()
        .map(|b| tokens(&b.text).len())
        .collect();
    let page_tokens = counts.iter().sum::<usize>().max(1) as f32;
    for (b, &count) in article.blocks.iter().zip(&counts) {
        let toks = tokens(&b.text);
        let label = if toks.len() >= 3 {
            let found = toks
                .windows(3)
                .filter(|w| trigrams.contains(&[w[0], w[1], w[2]]))
                .count();
            found as f32 / (toks.len() - 2) as f32 >= LABEL_MIN_SHARE
        } else if toks.is_empty() {
            false
        } else {
            joined.contains(&format!(" {} ", toks.join(" ")))
        };
        labels.push(if label { 1.0 } else { 0.0 });
        // Inside a page a block weighs by its words (their F1 counts words). Every pasted page
        // weighs the same (the benchmarks average over pages). An HTML page's words weigh halfway
        // between that and the benchmark's F1, whose recall divides by the reference's words: by
        // the geometric mean of the page's words and the reference's (floored at a tenth of the
        // page and at 50 words), so a page whose article is a small part of it is not drowned by
        // its menus. Pasted text lost recall under the same weights, and keeps the plain ones.
        let per_page = if format == Format::Html {
            ((truth_tokens.len() as f32)
                .max(page_tokens / 10.0)
                .max(50.0)
                * page_tokens)
                .sqrt()
        } else {
            page_tokens
        };
        weights.push(corpus_weight(corpus) * 100.0 * (count.max(1) as f32) / per_page);
    }
    Ok(Page {
        kind: PageKind::Article,
        title: None,
        hints,
        id: id.to_string(),
        path: path.to_path_buf(),
        corpus,
        fold: fnv(domain.as_bytes()) % FOLDS,
        article,
        rows,
        shapes: structure.shapes,
        labels,
        weights,
    })
}

/// The news pages are few beside WCXB's and their ground truth is stricter about what is not
/// the story (captions, teasers, boxes): they weigh more so that the model keeps their lesson.
fn corpus_weight(corpus: &str) -> f32 {
    if corpus == "scrapinghub" {
        SCRAPINGHUB_WEIGHT
    } else {
        1.0
    }
}

/// Words as the benchmarks count them (`\w+`, lower-cased), with Chinese and Japanese split into
/// characters so that a block of CJK text can be aligned piece by piece.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let cjk = is_cjk(c);
        if c.is_alphanumeric() && !cjk || c == '_' {
            start.get_or_insert(i);
            continue;
        }
        if let Some(s) = start.take() {
            out.push(&text[s..i]);
        }
        if cjk {
            out.push(&text[i..i + c.len_utf8()]);
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    // Lower-casing would allocate; the corpora's case differences are rare enough at trigram
    // level that exact matching on the text as written labels the same blocks.
    out
}

// ---------------------------------------------------------------------------------------------
// Gradient-boosted trees (logistic loss, histogram splits)
// ---------------------------------------------------------------------------------------------

/// The title test of `../shared/tools/wcxb.py`: the same words, or the reference's words inside
/// a title at most 1.5 times as long.
fn same_title(got: &str, want: &str) -> bool {
    let words = |s: &str| {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric() && c != '_')
            .filter(|w| !w.is_empty())
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (g, w) = (words(got), words(want));
    g == w || (!w.is_empty() && g.contains(&w) && (g.len() as f32) < 1.5 * w.len() as f32)
}

/// Trees scoring candidate lines as the page's headline, one per fold and a last one on every
/// page, trained on the articles as the out-of-fold block model left them.
///
/// The trees rank a page's candidates against each other (softmax over the page's candidates,
/// the loss the log of the right lines' share): the question is which line is the headline,
/// not whether each line is one. Pages none of whose candidates is right teach nothing here.
/// Each fold's trees are [`TITLE_BAG`] forests, each drawing its own rows, averaged.
fn train_title_folds(pages: &[Page], articles: &[Article], margins: &[Vec<f32>]) -> Vec<Forest> {
    // (fold, page, inputs, label)
    let mut rows: Vec<(u64, u32, Vec<f32>, f32)> = Vec::new();
    for (k, ((p, a), m)) in pages.iter().zip(articles).zip(margins).enumerate() {
        let Some(want) = &p.title else {
            continue;
        };
        let cands = title::candidates(a);
        let labels: Vec<bool> = cands
            .iter()
            .map(|&i| same_title(&a.blocks[i].text, want))
            .collect();
        if !labels.contains(&true) {
            continue;
        }
        for (r, label) in title::title_rows(a, &p.rows, m, &cands)
            .into_iter()
            .zip(labels)
        {
            rows.push((p.fold, k as u32, r, if label { 1.0 } else { 0.0 }));
        }
    }
    (0..=FOLDS)
        .map(|fold| {
            let train: Vec<&(u64, u32, Vec<f32>, f32)> =
                rows.iter().filter(|r| r.0 != fold).collect();
            let x: Vec<&[f32]> = train.iter().map(|r| r.2.as_slice()).collect();
            let y: Vec<f32> = train.iter().map(|r| r.3).collect();
            let groups: Vec<u32> = train.iter().map(|r| r.1).collect();
            let members: Vec<Forest> = (0..TITLE_BAG)
                .map(|sample| {
                    train_boosted(
                        &x,
                        &y,
                        Loss::Ranking(&groups),
                        title::TITLE_FEATURE_NAMES,
                        (2 * KIND_TREES, KIND_DEPTH + 2),
                        sample,
                    )
                })
                .collect();
            averaged(&members)
        })
        .collect()
}

/// One forest whose margin is the mean of `members`' (trained on the same rows and inputs).
fn averaged(members: &[Forest]) -> Forest {
    let share = 1.0 / members.len() as f32;
    let trees = members
        .iter()
        .flat_map(|f| &f.trees)
        .map(|tree| {
            tree.iter()
                .map(|node| match node {
                    Node::Leaf(v) => Node::Leaf(v * share),
                    split => *split,
                })
                .collect()
        })
        .collect();
    let base = members.iter().map(|f| f.base * share).sum();
    Forest::new(members[0].features.clone(), base, trees)
}

/// Trees for one page kind against the rest: one per fold and a last one on every page.
fn train_kind_folds(pages: &[Page], rows: &[Vec<f32>], kind: PageKind) -> Vec<Forest> {
    (0..=FOLDS)
        .map(|fold| {
            // Defuddle's fixtures have no page kind to learn from.
            let train: Vec<usize> = (0..pages.len())
                .filter(|&k| pages[k].fold != fold && pages[k].corpus != "defuddle")
                .collect();
            let x: Vec<&[f32]> = train.iter().map(|&k| rows[k].as_slice()).collect();
            let y: Vec<f32> = train
                .iter()
                .map(|&k| if pages[k].kind == kind { 1.0 } else { 0.0 })
                .collect();
            let w = vec![1.0; train.len()];
            train_forest(&x, &y, &w, kind::KIND_FEATURE_NAMES, KIND_TREES, KIND_DEPTH)
        })
        .collect()
}

/// Trains one forest per fold (on the other folds) and a last one on every page, in parallel.
fn train_folds<'a>(
    pages: &'a [Page],
    rows_of: impl Fn(usize) -> Vec<&'a [f32]> + Sync,
    names: &[&str],
) -> Vec<Forest> {
    let rows_of = &rows_of;
    std::thread::scope(|scope| {
        let jobs: Vec<_> = (0..=FOLDS)
            .map(|fold| {
                scope.spawn(move || {
                    let train: Vec<usize> = (0..pages.len())
                        .filter(|&k| pages[k].fold != fold)
                        .collect();
                    let rows: Vec<&[f32]> = train.iter().flat_map(|&k| rows_of(k)).collect();
                    let labels: Vec<f32> = train
                        .iter()
                        .flat_map(|&k| pages[k].labels.iter().copied())
                        .collect();
                    let weights: Vec<f32> = train
                        .iter()
                        .flat_map(|&k| pages[k].weights.iter().copied())
                        .collect();
                    train_forest(&rows, &labels, &weights, names, TREES, DEPTH)
                })
            })
            .collect();
        jobs.into_iter()
            .map(|j| j.join().expect("training does not panic"))
            .collect()
    })
}

fn train_forest(
    rows: &[&[f32]],
    labels: &[f32],
    weights: &[f32],
    names: &[&str],
    n_trees: usize,
    depth: usize,
) -> Forest {
    train_boosted(
        rows,
        labels,
        Loss::Logistic(weights),
        names,
        (n_trees, depth),
        0,
    )
}

/// What the trees are fitted to.
#[derive(Clone, Copy)]
enum Loss<'a> {
    /// Each row's own label (log-odds), each row weighted.
    Logistic(&'a [f32]),
    /// Rows grouped (consecutive rows of one group id): the softmax over a group's rows, the
    /// loss minus the log of the share its rows labelled 1 get.
    Ranking(&'a [u32]),
}

fn train_boosted(
    rows: &[&[f32]],
    labels: &[f32],
    loss: Loss,
    names: &[&str],
    (n_trees, depth): (usize, usize),
    sample: usize,
) -> Forest {
    let n_features = names.len();
    let n = rows.len();
    // Cut points per feature from the sorted distinct values (quantiles when there are many).
    let mut cuts: Vec<Vec<f32>> = Vec::with_capacity(n_features);
    let mut bins: Vec<Vec<u8>> = Vec::with_capacity(n_features);
    for f in 0..n_features {
        let mut values: Vec<f32> = rows.iter().map(|r| r[f]).collect();
        values.sort_by(f32::total_cmp);
        values.dedup();
        let c: Vec<f32> = if values.len() <= MAX_BINS + 1 {
            values.windows(2).map(|w| (w[0] + w[1]) / 2.0).collect()
        } else {
            let mut c: Vec<f32> = (1..=MAX_BINS)
                .map(|k| values[k * values.len() / (MAX_BINS + 1)])
                .collect();
            c.dedup();
            c
        };
        bins.push(
            rows.iter()
                .map(|r| c.partition_point(|&cut| cut <= r[f]) as u8)
                .collect(),
        );
        cuts.push(c);
    }
    let base = match loss {
        Loss::Logistic(weights) => {
            let total_w: f64 = weights.iter().map(|&w| f64::from(w)).sum();
            let pos_w: f64 = labels
                .iter()
                .zip(weights)
                .map(|(&y, &w)| f64::from(y * w))
                .sum();
            let mean = (pos_w / total_w).clamp(1e-6, 1.0 - 1e-6);
            (mean / (1.0 - mean)).ln() as f32
        }
        // A ranking is the same whatever is added to every score.
        Loss::Ranking(_) => 0.0,
    };
    let mut margin = vec![base; n];
    let mut trees = Vec::with_capacity(n_trees);
    let mut grad = vec![0f64; n];
    let mut hess = vec![0f64; n];
    for t in 0..n_trees {
        match loss {
            Loss::Logistic(weights) => {
                for i in 0..n {
                    let p = 1.0 / (1.0 + (-f64::from(margin[i])).exp());
                    let w = f64::from(weights[i]);
                    grad[i] = (p - f64::from(labels[i])) * w;
                    hess[i] = (p * (1.0 - p)).max(1e-6) * w;
                }
            }
            Loss::Ranking(groups) => {
                ranking_gradients(&margin, labels, groups, &mut grad, &mut hess);
            }
        }
        let sample: Vec<u32> = (0..n as u32)
            .filter(|&i| {
                let round =
                    t + sample * SAMPLE_STRIDE + SEED.get().copied().unwrap_or(0) * SEED_STRIDE;
                fnv(&[round.to_le_bytes(), (i as usize).to_le_bytes()].concat()) % 100 < ROW_SHARE
            })
            .collect();
        let tree = grow_tree(&bins, &cuts, &grad, &hess, sample, depth);
        for (i, m) in margin.iter_mut().enumerate() {
            *m += leaf_value(&tree, |f| rows[i][f]);
        }
        trees.push(tree);
    }
    Forest::new(names.iter().map(|s| s.to_string()).collect(), base, trees)
}

/// The softmax ranking loss's gradient and (diagonal) hessian for each row: within its group,
/// a row's share `p` of the softmax, and the share `P` the rows labelled 1 get together; the
/// loss `-ln P` has gradient `p - y p / P`.
fn ranking_gradients(
    margin: &[f32],
    labels: &[f32],
    groups: &[u32],
    grad: &mut [f64],
    hess: &mut [f64],
) {
    let mut start = 0;
    while start < margin.len() {
        let end = (start..margin.len())
            .find(|&i| groups[i] != groups[start])
            .unwrap_or(margin.len());
        let top = margin[start..end]
            .iter()
            .copied()
            .fold(f32::NEG_INFINITY, f32::max);
        let e: Vec<f64> = margin[start..end]
            .iter()
            .map(|&m| f64::from(m - top).exp())
            .collect();
        let z: f64 = e.iter().sum();
        let right: f64 = e
            .iter()
            .zip(&labels[start..end])
            .filter(|(_, y)| **y > 0.5)
            .map(|(e, _)| e / z)
            .sum::<f64>()
            .max(1e-12);
        for (k, e) in e.iter().enumerate() {
            let p = e / z;
            let y = f64::from(labels[start + k] > 0.5);
            grad[start + k] = p - y * p / right;
            hess[start + k] = (p * (1.0 - p)).max(1e-6);
        }
        start = end;
    }
}

fn leaf_value(tree: &[Node], value: impl Fn(usize) -> f32) -> f32 {
    let mut at = 0;
    loop {
        match tree[at] {
            Node::Leaf(v) => return v,
            Node::Split(feature, threshold, left, right) => {
                at = if value(usize::from(feature)) < threshold {
                    left as usize
                } else {
                    right as usize
                };
            }
        }
    }
}

fn grow_tree(
    bins: &[Vec<u8>],
    cuts: &[Vec<f32>],
    grad: &[f64],
    hess: &[f64],
    rows: Vec<u32>,
    max_depth: usize,
) -> Vec<Node> {
    let mut nodes = vec![Node::Leaf(0.0)];
    // (node index, its rows, depth)
    let mut open = vec![(0usize, rows, 0usize)];
    while let Some((at, rows, depth)) = open.pop() {
        let g: f64 = rows.iter().map(|&i| grad[i as usize]).sum();
        let h: f64 = rows.iter().map(|&i| hess[i as usize]).sum();
        // Rounded so the model file stays short; the margins are updated with the rounded value.
        let leaf = ((-g / (h + LAMBDA)) as f32 * LEARNING_RATE * 1e4).round() / 1e4;
        nodes[at] = Node::Leaf(leaf);
        if depth >= max_depth || h < 2.0 * MIN_CHILD_HESSIAN {
            continue;
        }
        let parent_gain = g * g / (h + LAMBDA);
        let mut best: Option<(f64, usize, usize)> = None;
        let mut hist_g = [0f64; MAX_BINS + 1];
        let mut hist_h = [0f64; MAX_BINS + 1];
        for (f, column) in bins.iter().enumerate() {
            let n_bins = cuts[f].len() + 1;
            if n_bins < 2 {
                continue;
            }
            hist_g[..n_bins].fill(0.0);
            hist_h[..n_bins].fill(0.0);
            for &i in &rows {
                let b = column[i as usize] as usize;
                hist_g[b] += grad[i as usize];
                hist_h[b] += hess[i as usize];
            }
            let (mut gl, mut hl) = (0f64, 0f64);
            for b in 0..n_bins - 1 {
                gl += hist_g[b];
                hl += hist_h[b];
                let (gr, hr) = (g - gl, h - hl);
                if hl < MIN_CHILD_HESSIAN || hr < MIN_CHILD_HESSIAN {
                    continue;
                }
                let gain = gl * gl / (hl + LAMBDA) + gr * gr / (hr + LAMBDA) - parent_gain;
                if gain > 1e-9 && best.is_none_or(|(bg, _, _)| gain > bg) {
                    best = Some((gain, f, b));
                }
            }
        }
        let Some((_, f, b)) = best else {
            continue;
        };
        let (left_rows, right_rows): (Vec<u32>, Vec<u32>) = rows
            .iter()
            .partition(|&&i| (bins[f][i as usize] as usize) <= b);
        let left = nodes.len();
        nodes.push(Node::Leaf(0.0));
        nodes.push(Node::Leaf(0.0));
        nodes[at] = Node::Split(f as u16, cuts[f][b], left as u32, left as u32 + 1);
        open.push((left, left_rows, depth + 1));
        open.push((left + 1, right_rows, depth + 1));
    }
    nodes
}

/// The model file: readable JSON, one tree per line.
fn model_json(model: &Model) -> String {
    let forest_json = |forest: &Forest| {
        let trees: Vec<String> = forest
            .trees
            .iter()
            .map(|t| serde_json::to_string(t).unwrap_or_default())
            .collect();
        format!(
            "{{\n\"features\": {},\n\"base\": {},\n\"trees\": [\n{}\n]\n}}",
            serde_json::to_string(&forest.features).unwrap_or_default(),
            forest.base,
            trees.join(",\n")
        )
    };
    let kinds: Vec<String> = model.kinds.iter().map(forest_json).collect();
    let title = model
        .title
        .as_ref()
        .map_or_else(|| "null".to_string(), forest_json);
    format!(
        "{{\n\"blocks\": {},\n\"page\": {},\n\"kinds\": [\n{}\n],\n\"title\": {}\n}}\n",
        forest_json(&model.blocks),
        forest_json(&model.page),
        kinds.join(",\n"),
        title
    )
}

/// How often each input is split on in the final forest: what weighed most.
fn print_importance(forest: &Forest, names: &[&str]) {
    let mut counts = vec![0usize; names.len()];
    for tree in &forest.trees {
        for node in tree {
            if let Node::Split(feature, ..) = node {
                counts[usize::from(*feature)] += 1;
            }
        }
    }
    let mut order: Vec<usize> = (0..names.len()).collect();
    order.sort_by_key(|&f| std::cmp::Reverse(counts[f]));
    let top: Vec<String> = order
        .iter()
        .take(15)
        .map(|&f| format!("{} {}", names[f], counts[f]))
        .collect();
    println!("  most used inputs: {}", top.join(", "));
}

// ---------------------------------------------------------------------------------------------
// Corpora
// ---------------------------------------------------------------------------------------------

fn write_predictions(
    out: &Path,
    label: &str,
    format: &str,
    pages: &[Page],
    articles: &[Article],
) -> Result<()> {
    let mut jsonl = String::new();
    let mut sh = serde_json::Map::new();
    let mut defuddle = String::new();
    for (p, a) in pages.iter().zip(articles) {
        if p.corpus == "defuddle" {
            let line = json!({ "file": format!("{}.md", p.id), "body": a.body_text() });
            defuddle.push_str(&line.to_string());
            defuddle.push('\n');
        } else if p.corpus == "wcxb" {
            let line = tidyclip::cli::CleanOutput::new(format!("{}.{format}", p.id), a);
            jsonl.push_str(&serde_json::to_string(&line)?);
            jsonl.push('\n');
        } else {
            sh.insert(p.id.clone(), json!({ "articleBody": a.body_text() }));
        }
    }
    let wcxb_path = out.join(format!("{label}-wcxb-{format}.jsonl"));
    std::fs::write(&wcxb_path, jsonl)
        .with_context(|| format!("Could not write {}", wcxb_path.display()))?;
    let sh_path = out.join(format!("{label}-scrapinghub-{format}.json"));
    std::fs::write(&sh_path, serde_json::to_string(&Value::Object(sh))?)
        .with_context(|| format!("Could not write {}", sh_path.display()))?;
    if !defuddle.is_empty() {
        let path = out.join(format!("{label}-defuddle-{format}.jsonl"));
        std::fs::write(&path, defuddle)
            .with_context(|| format!("Could not write {}", path.display()))?;
    }
    Ok(())
}

/// Each page's out-of-fold margins beside its blocks as the rules left them, one JSON line a page,
/// for trying page-level choices (how much of a page to keep) without retraining.
fn write_margins(out: &Path, format: &str, pages: &[Page], margins: &[Vec<f32>]) -> Result<()> {
    let mut jsonl = String::new();
    for (p, m) in pages.iter().zip(margins) {
        let blocks: Vec<Value> = p
            .article
            .blocks
            .iter()
            .zip(m)
            .zip(&p.labels)
            .zip(&p.rows)
            .map(|(((b, &margin), &label), row)| {
                let body = b.role.is_body()
                    && !matches!(b.reason, tidyclip::extract::Reason::UsedAsField { .. });
                json!({ "m": margin, "body": body, "rule": b.keep, "label": label, "text": b.text, "row": row.to_vec() })
            })
            .collect();
        let line = json!({
            "id": p.id, "corpus": p.corpus, "kind": p.kind.name(), "fold": p.fold, "blocks": blocks,
        });
        jsonl.push_str(&line.to_string());
        jsonl.push('\n');
    }
    let path = out.join(format!("margins-{format}.jsonl"));
    std::fs::write(&path, jsonl).with_context(|| format!("Could not write {}", path.display()))
}

fn list_pages(dir: &Path) -> Result<Vec<(String, PathBuf)>> {
    let mut out = Vec::new();
    for entry in
        std::fs::read_dir(dir).with_context(|| format!("Could not list {}", dir.display()))?
    {
        let path = entry?.path();
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            continue;
        };
        if let Some(id) = [".html.gz", ".txt"]
            .iter()
            .find_map(|e| name.strip_suffix(e))
        {
            out.push((id.to_string(), path.clone()));
        }
    }
    out.sort();
    Ok(out)
}

/// Defuddle's fixtures with the text of their expected Markdown (what a reader of the note sees:
/// front matter left out, markup read by a CommonMark reader). None when the corpus is absent.
fn defuddle_pages(dir: &Path) -> Result<Vec<(String, PathBuf, String)>> {
    let fixtures = dir.join("fixtures");
    if !fixtures.is_dir() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for (id, path) in files_ending(&fixtures, ".html")? {
        let expected = dir.join("expected").join(format!("{id}.md"));
        let Ok(md) = std::fs::read_to_string(&expected) else {
            continue;
        };
        out.push((id.to_string(), path.clone(), markdown_text(&md)));
    }
    out.sort();
    Ok(out)
}

/// The text a Markdown note shows, its metadata left out (the fixtures give it as a leading JSON
/// code block; a note's YAML front matter is split off as the library splits it).
fn markdown_text(md: &str) -> String {
    use pulldown_cmark::{Event, Options, Parser};
    let md = md.trim_start_matches('\u{feff}');
    let body = md
        .strip_prefix("```json")
        .and_then(|rest| rest.find("\n```").map(|end| &rest[end + "\n```".len()..]))
        .unwrap_or_else(|| tidyclip::clipping::parse_note(md).1);
    let mut text = String::new();
    for event in Parser::new_ext(body, Options::ENABLE_TABLES | Options::ENABLE_FOOTNOTES) {
        match event {
            Event::Text(t) | Event::Code(t) | Event::InlineMath(t) | Event::DisplayMath(t) => {
                text.push_str(&t);
            }
            _ => text.push(' '),
        }
    }
    text
}

fn wcxb_domains(path: &Path) -> Result<HashMap<String, String>> {
    let v: Value = serde_json::from_slice(
        &std::fs::read(path).with_context(|| format!("Could not read {}", path.display()))?,
    )?;
    let mut out = HashMap::new();
    if let Some(files) = v.get("files").and_then(Value::as_object) {
        for (id, f) in files {
            if let Some(d) = f.get("domain").and_then(Value::as_str) {
                out.insert(id.clone(), d.trim_start_matches("www.").to_string());
            }
        }
    }
    Ok(out)
}

/// The files in `dir` whose names end with `suffix`, each with its name before the suffix.
fn files_ending(dir: &Path, suffix: &str) -> Result<Vec<(String, PathBuf)>> {
    let mut out = Vec::new();
    for entry in
        std::fs::read_dir(dir).with_context(|| format!("Could not list {}", dir.display()))?
    {
        let path = entry?.path();
        if let Some(id) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(suffix))
        {
            out.push((id.to_string(), path.clone()));
        }
    }
    Ok(out)
}

/// What WCXB's ground truth says of one page.
struct WcxbTruth {
    text: String,
    kind: PageKind,
    title: Option<String>,
}

fn wcxb_truth(dir: &Path) -> Result<HashMap<String, WcxbTruth>> {
    let mut out = HashMap::new();
    for (id, path) in files_ending(dir, ".json")? {
        let v: Value = serde_json::from_slice(&std::fs::read(&path)?)?;
        if let Some(text) = v
            .pointer("/ground_truth/main_content")
            .and_then(Value::as_str)
        {
            let kind = v
                .pointer("/_internal/page_type/primary")
                .or_else(|| v.pointer("/_internal/page_type"))
                .and_then(Value::as_str)
                .and_then(PageKind::from_name)
                .unwrap_or_default();
            let title = v
                .pointer("/ground_truth/title")
                .and_then(Value::as_str)
                .filter(|t| !t.trim().is_empty())
                .map(str::to_string);
            out.insert(
                id.to_string(),
                WcxbTruth {
                    text: text.to_string(),
                    kind,
                    title,
                },
            );
        }
    }
    Ok(out)
}

fn scrapinghub_truth(path: &Path) -> Result<HashMap<String, (String, String)>> {
    let v: Value = serde_json::from_slice(
        &std::fs::read(path).with_context(|| format!("Could not read {}", path.display()))?,
    )?;
    let mut out = HashMap::new();
    if let Some(pages) = v.as_object() {
        for (id, p) in pages {
            let body = p.get("articleBody").and_then(Value::as_str).unwrap_or("");
            let url = p.get("url").and_then(Value::as_str).unwrap_or("");
            out.insert(id.clone(), (body.to_string(), url.to_string()));
        }
    }
    Ok(out)
}

fn host(url: &str) -> String {
    let rest = url.split("://").nth(1).unwrap_or(url);
    rest.split('/')
        .next()
        .unwrap_or(rest)
        .trim_start_matches("www.")
        .to_string()
}

/// Chinese, Japanese and Korean characters: aligned one by one, since their text has no spaces.
fn is_cjk(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{9fff}' | '\u{ac00}'..='\u{d7af}' | '\u{f900}'..='\u{faff}')
}

fn fnv(bytes: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// What the page declares itself, as the engine reads it beside its blocks.
fn declared_of(page: &Page) -> tidyclip::extract::kind::Declared {
    tidyclip::extract::kind::declared(&page.hints, page.article.url.as_deref())
}
