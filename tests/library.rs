//! The library through its public API: what a person's clippings go through on disk.

use std::path::Path;

use tidyclip::clipping::{Clipping, Original, parse_note};
use tidyclip::extract;
use tidyclip::library::Library;

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/seeds/000_b85be92c46314c23.txt"
);

/// The seed as the CLI and the window clip it.
fn seed_clipping() -> Clipping {
    let bytes = std::fs::read(SEED).unwrap();
    let decoded = extract::decode::decode(&bytes, Some(SEED)).unwrap();
    let article = extract::extract(&decoded.text, decoded.format);
    Clipping::new(
        article,
        Original {
            text: decoded.text,
            format: decoded.format,
        },
    )
}

fn keeps(clipping: &Clipping) -> Vec<bool> {
    clipping.article.blocks.iter().map(|b| b.keep).collect()
}

fn note_text(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn save_list_load_restore_a_trim_and_save_again() {
    let dir = tempfile::tempdir().unwrap();
    let library = Library::open(dir.path()).unwrap();
    let mut clipping = seed_clipping();
    clipping.tags = vec!["news".into()];
    assert!(
        clipping.article.blocks.len() >= 2,
        "the seed has several blocks"
    );

    let path = library.save(&clipping, None).unwrap();
    let notes = library.list().unwrap();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0].path, path);
    assert_eq!(notes[0].id.as_deref(), Some(clipping.id.as_str()));
    assert_eq!(notes[0].tags, vec!["news"]);

    let loaded = library.load(&path).unwrap();
    assert_eq!(loaded.id, clipping.id);
    assert_eq!(keeps(&loaded), keeps(&clipping), "same trims after load");
    assert_eq!(loaded.original, clipping.original);
    assert_eq!(loaded.to_markdown(), note_text(&path));

    // Restore a trimmed block (or trim a kept one if the engine trimmed nothing).
    let mut edited = loaded;
    let index = edited
        .article
        .blocks
        .iter()
        .position(|b| !b.keep && b.role.is_body())
        .or_else(|| edited.article.blocks.iter().position(|b| !b.keep))
        .unwrap_or(0);
    let was = edited.article.blocks[index].keep;
    assert!(edited.set_keep(index, !was));
    let path2 = library.save(&edited, Some(&path)).unwrap();
    assert_eq!(
        library.list().unwrap().len(),
        1,
        "saved in place, not twice"
    );

    let reloaded = library.load(&path2).unwrap();
    assert_eq!(reloaded.article.blocks[index].keep, !was);
    assert_eq!(keeps(&reloaded), keeps(&edited));
    assert_eq!(note_text(&path2), edited.to_markdown());
    let (front, _) = parse_note(&note_text(&path2));
    assert_eq!(front.unwrap().id.as_deref(), Some(clipping.id.as_str()));
}
