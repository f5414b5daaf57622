//! The library through its public API: what a person's clippings go through on disk.

use std::path::Path;

use tidyclip::clipping::{Clipping, Original, parse_note};
use tidyclip::extract;
use tidyclip::library::{
    DuplicateReason, HIDDEN_DIR, Library, LibraryChange, LibraryError, ListOptions, SortBy,
};

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/seeds/000_b85be92c46314c23.txt"
);

/// The seed as the CLI and the window clip it.
fn seed_clipping() -> Clipping {
    let bytes = std::fs::read(SEED).expect("the seed is in tests/data");
    let (article, original) = Original::extract(&bytes, Some(SEED)).expect("the seed is text");
    Clipping::new(article, original)
}

fn keeps(clipping: &Clipping) -> Vec<bool> {
    clipping.article.blocks.iter().map(|b| b.keep).collect()
}

fn note_text(path: &Path) -> String {
    std::fs::read_to_string(path).expect("the note is readable")
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

/// A clipping with a controlled title, address and body (independent of the engine's choices).
fn clipping(title: &str, url: Option<&str>, body: &str) -> Clipping {
    use tidyclip::extract::{Article, Block, Reason, Role};
    let article = Article {
        title: Some(title.into()),
        url: url.map(str::to_string),
        site: Some("Example News".into()),
        blocks: body
            .split("\n\n")
            .map(|p| Block::new(p, Role::Paragraph, true, Reason::ArticleText))
            .collect(),
        ..Article::default()
    };
    Clipping::new(
        article,
        Original {
            text: format!("{title}\n\n{body}"),
            format: extract::Format::Text,
        },
    )
}

/// A body of `n` distinct sentences seeded by `seed`.
fn body(seed: &str, n: usize) -> String {
    (0..n)
        .map(|i| {
            format!(
                "The {seed} report paragraph {i} says thing {} happened.",
                i * 7
            )
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn open(dir: &Path) -> Library {
    Library::open(dir)
        .expect("a temp library opens")
        .with_cache_dir(None)
}

/// The titles of every note in `library`, A to Z.
fn sorted_titles(library: &Library) -> Vec<String> {
    let mut titles: Vec<String> = library
        .list()
        .expect("the library lists")
        .into_iter()
        .map(|n| n.title)
        .collect();
    titles.sort();
    titles
}

/// A library in a new temp folder (kept while the returned `TempDir` lives).
fn temp_library() -> (tempfile::TempDir, Library) {
    let dir = tempfile::tempdir().expect("a temp folder");
    let library = open(dir.path());
    (dir, library)
}

/// Saves a new note titled `title` with three paragraphs of [`body`] seeded by `seed`.
fn save_new(library: &Library, title: &str, seed: &str) -> std::path::PathBuf {
    library
        .save(&clipping(title, None, &body(seed, 3)), None)
        .expect("a new note saves")
}

#[test]
fn hostile_titles_survive_front_matter_and_file_names() {
    let (_dir, library) = temp_library();
    let titles = [
        "A: \"quoted\" title",
        "---",
        "first line\nsecond line",
        "- leading dash",
        "# hash at start",
        "[[wiki]] | pipe ^ caret",
        "con",
        ".hidden start",
        "'single' and {braces}: yes",
        "null",
        "2025-05-05",
        // Strings a YAML 1.1 reader (PyYAML, static-site tools) would take for a boolean, a
        // number, a date or null unless they are quoted.
        "yes",
        "No",
        "on",
        "12:30",
        "~",
        ": \"",
        "- x",
        "#tag",
    ];
    let mut paths = Vec::new();
    for title in titles {
        let path = library
            .save(&clipping(title, None, &body(title, 3)), None)
            .unwrap();
        let (front, _) = parse_note(&note_text(&path));
        assert_eq!(front.expect("front matter parses").title, title);
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        assert!(!name.starts_with('.'), "{name}");
        assert!(
            !name.contains(['#', '|', '^', '[', ']', ':', '"', '\n']),
            "{name}"
        );
        assert!(!name.eq_ignore_ascii_case("con.md"));
        paths.push(path);
    }
    paths.sort();
    paths.dedup();
    assert_eq!(paths.len(), titles.len(), "every clipping got its own file");
    let listed = sorted_titles(&library);
    let mut expected: Vec<String> = titles.iter().map(|t| t.to_string()).collect();
    expected.sort();
    assert_eq!(listed, expected);
}

#[test]
fn published_dates_and_timestamps_are_kept_as_written() {
    let (_dir, library) = temp_library();
    let mut day = clipping("Day", None, &body("day", 3));
    day.published = Some("2025-05-05".into());
    let mut stamp = clipping("Stamp", None, &body("stamp", 3));
    stamp.published = Some("2025-05-05T14:42:00+10:00".into());
    let day_path = library.save(&day, None).unwrap();
    let stamp_path = library.save(&stamp, None).unwrap();
    // Quoted, so YAML 1.1 readers keep it the text it is (Obsidian reads either form as a date).
    assert!(note_text(&day_path).contains("\npublished: \"2025-05-05\"\n"));
    assert_eq!(
        library.load(&day_path).unwrap().published.as_deref(),
        Some("2025-05-05")
    );
    assert_eq!(
        library.load(&stamp_path).unwrap().published.as_deref(),
        Some("2025-05-05T14:42:00+10:00")
    );
}

#[test]
fn notes_written_by_other_tools_are_listed() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(
        root.join("Plain thoughts.md"),
        "# Plain\n\nNo front matter here.\n",
    )
    .unwrap();
    std::fs::write(
        root.join("obsidian.md"),
        "---\ntitle: From Obsidian\ntags: reading, later\naliases: [x]\n---\nBody\n",
    )
    .unwrap();
    std::fs::create_dir_all(root.join("Projects/2025")).unwrap();
    std::fs::write(root.join("Projects/2025/nested.md"), "nested note\n").unwrap();
    std::fs::create_dir_all(root.join(".obsidian")).unwrap();
    std::fs::write(root.join(".obsidian/workspace.md"), "not a note").unwrap();
    std::fs::write(root.join("todo.txt"), "not a note").unwrap();
    std::fs::write(root.join(".tidyclip-abc.tmp"), "half a save").unwrap();

    let library = open(root);
    let titles = sorted_titles(&library);
    assert_eq!(titles, vec!["From Obsidian", "Plain thoughts", "nested"]);
    let tagged = library
        .list_with(&ListOptions {
            tags: vec!["later".into()],
            ..ListOptions::default()
        })
        .unwrap();
    assert_eq!(tagged.len(), 1);
    // Not clipped by tidyclip: it cannot be re-trimmed, but its Markdown can be shown.
    let err = library.load(&root.join("Plain thoughts.md")).unwrap_err();
    assert!(matches!(err, LibraryError::NotReopenable { .. }), "{err}");
    let note = library.read_note(&root.join("Plain thoughts.md")).unwrap();
    assert!(note.body.contains("No front matter here."));
}

#[test]
fn a_note_renamed_elsewhere_reopens_and_a_lost_hidden_folder_loses_only_retrimming() {
    let (dir, library) = temp_library();
    let original = clipping("Renamed outside", None, &body("renamed", 5));
    let path = library.save(&original, None).unwrap();
    let moved = dir.path().join("My own name for it.md");
    std::fs::rename(&path, &moved).unwrap();
    let loaded = library.load(&moved).unwrap();
    assert_eq!(loaded.article, original.article);
    assert_eq!(
        library.find_by_id(&original.id).unwrap(),
        Some(moved.clone())
    );

    std::fs::remove_dir_all(dir.path().join(HIDDEN_DIR)).unwrap();
    let err = library.load(&moved).unwrap_err();
    assert!(matches!(err, LibraryError::NotReopenable { .. }), "{err}");
    assert!(err.to_string().contains("intact"), "{err}");
    assert_eq!(library.list().unwrap().len(), 1);
    let note = library.read_note(&moved).unwrap();
    assert_eq!(note.front.unwrap().title, "Renamed outside");
    assert!(note.body.contains("renamed report paragraph 4"));
}

#[test]
fn rename_changes_title_and_file_name_and_never_overwrites() {
    let (_dir, library) = temp_library();
    let a = save_new(&library, "First", "first");
    let b = save_new(&library, "Second", "second");
    // Someone added a key in Obsidian: renaming keeps it, and the body byte for byte.
    let text = note_text(&b).replacen("---\n", "---\naliases:\n- Deux\n", 1);
    std::fs::write(&b, &text).unwrap();
    let body_before = parse_note(&text).1.to_string();

    let renamed = library.rename(&b, "First").unwrap();
    assert_ne!(renamed, a, "the other note keeps its file");
    assert!(!b.exists());
    assert_eq!(renamed.file_name().unwrap(), "First 2.md");
    let new_text = note_text(&renamed);
    assert!(new_text.contains("aliases:\n- Deux\n"), "{new_text}");
    assert_eq!(parse_note(&new_text).1, body_before);
    assert_eq!(parse_note(&new_text).0.unwrap().title, "First");
    assert!(note_text(&a).contains("first report"));
    // It still re-opens (same id), and a hostile title is fine.
    let renamed = library.rename(&renamed, "Why: \"this\" # works?").unwrap();
    assert_eq!(
        library.load(&renamed).unwrap().title,
        "Why: \"this\" # works?"
    );
}

#[test]
fn tags_set_list_filter_and_complete() {
    let (_dir, library) = temp_library();
    let a = save_new(&library, "Alpha", "alpha");
    let b = save_new(&library, "Beta", "beta");
    library
        .set_tags(&a, &["news".into(), "#russia".into(), "news".into()])
        .unwrap();
    library.set_tags(&b, &["news".into()]).unwrap();
    assert_eq!(library.load(&a).unwrap().tags, vec!["news", "russia"]);
    assert_eq!(
        library.all_tags(),
        vec![("news".to_string(), 2), ("russia".to_string(), 1)]
    );
    let only = |tags: &[&str]| {
        library
            .list_with(&ListOptions {
                tags: tags.iter().map(|t| t.to_string()).collect(),
                sort: SortBy::Title,
                ..ListOptions::default()
            })
            .unwrap()
            .into_iter()
            .map(|n| n.title)
            .collect::<Vec<_>>()
    };
    assert_eq!(only(&["news"]), vec!["Alpha", "Beta"]);
    assert_eq!(only(&["news", "russia"]), vec!["Alpha"]);
    assert!(only(&["sport"]).is_empty());
}

#[test]
fn listing_sorts_by_clipped_published_title_and_site() {
    let (_dir, library) = temp_library();
    for (title, site, published, minutes) in [
        ("banana", Some("Zeta"), Some("2024-01-01"), 1),
        ("Apple", None, Some("2025-06-01T10:00:00+02:00"), 3),
        ("cherry", Some("alpha"), None, 2),
    ] {
        let mut c = clipping(title, None, &body(title, 3));
        c.site = site.map(str::to_string);
        c.published = published.map(str::to_string);
        c.created += chrono::Duration::minutes(minutes);
        library.save(&c, None).unwrap();
    }
    let titles = |sort| {
        library
            .list_with(&ListOptions {
                sort,
                ..ListOptions::default()
            })
            .unwrap()
            .into_iter()
            .map(|n| n.title)
            .collect::<Vec<_>>()
    };
    assert_eq!(titles(SortBy::Clipped), vec!["Apple", "cherry", "banana"]);
    assert_eq!(titles(SortBy::Published), vec!["Apple", "banana", "cherry"]);
    assert_eq!(titles(SortBy::Title), vec!["Apple", "banana", "cherry"]);
    assert_eq!(titles(SortBy::Site), vec!["cherry", "banana", "Apple"]);
    let zeta = library
        .list_with(&ListOptions {
            site: Some("zeta".into()),
            ..ListOptions::default()
        })
        .unwrap();
    assert_eq!(zeta.len(), 1);
}

#[test]
fn duplicates_by_address_original_or_nearly_the_same_text() {
    let (_dir, library) = temp_library();
    let first = clipping(
        "Story",
        Some("https://www.example.com/world/story-1?utm_source=x&fbclid=abc"),
        &body("story", 30),
    );
    library.save(&first, None).unwrap();
    assert_eq!(
        library.find_duplicate(&first),
        None,
        "not a duplicate of itself"
    );

    let same_url = clipping(
        "Other title",
        Some("http://example.com/world/story-1/?gclid=1"),
        &body("other", 30),
    );
    let dup = library.duplicate_of(&same_url).expect("same address");
    assert_eq!(dup.reason, DuplicateReason::SameAddress);
    assert_eq!(dup.note.title, "Story");

    let mut same_original = clipping("Retitled", None, &body("unrelated", 30));
    same_original.original = first.original.clone();
    assert_eq!(
        library.duplicate_of(&same_original).map(|d| d.reason),
        Some(DuplicateReason::SameOriginal)
    );

    // The same text with one paragraph trimmed differently and no address.
    let mut near = clipping("Story again", None, &body("story", 30));
    near.set_keep(29, false);
    assert_eq!(
        library.duplicate_of(&near).map(|d| d.reason),
        Some(DuplicateReason::SameText)
    );

    let different = clipping(
        "Different",
        Some("https://example.com/world/story-2"),
        &body("different", 30),
    );
    assert_eq!(library.find_duplicate(&different), None);
}

#[test]
fn an_edit_made_on_disk_while_open_is_never_overwritten() {
    let (_dir, library) = temp_library();
    let path = library
        .save(&clipping("Open me", None, &body("open", 4)), None)
        .unwrap();
    let (mut clipping, stamp) = library.load_for_edit(&path).unwrap();

    // Obsidian (or a sync) changes the note while tidyclip has it open.
    let edited = format!("{}\nA line added in Obsidian.\n", note_text(&path));
    std::fs::write(&path, &edited).unwrap();

    clipping.set_keep(0, false);
    let err = library
        .save_checked(&clipping, Some((&path, stamp)))
        .unwrap_err();
    assert!(matches!(err, LibraryError::ChangedOnDisk { .. }), "{err}");
    assert_eq!(note_text(&path), edited, "the other program's edit is kept");

    // Re-opened, it saves; and a second save with the returned stamp works too.
    let (mut clipping, stamp) = library.load_for_edit(&path).unwrap();
    clipping.set_keep(1, false);
    let (path, stamp) = library
        .save_checked(&clipping, Some((&path, stamp)))
        .unwrap();
    clipping.set_keep(2, false);
    library
        .save_checked(&clipping, Some((&path, stamp)))
        .unwrap();
    assert!(!note_text(&path).contains("open report paragraph 2 "));
}

#[test]
fn sync_conflict_copies_are_flagged() {
    let (dir, library) = temp_library();
    let path = save_new(&library, "Synced", "synced");
    let copy = dir
        .path()
        .join("Synced.sync-conflict-20250505-101010-ABCDEFG.md");
    std::fs::copy(&path, &copy).unwrap();
    std::fs::copy(
        &path,
        dir.path()
            .join("Synced (Jo's conflicted copy 2025-05-05).md"),
    )
    .unwrap();
    let notes = library.list().unwrap();
    assert_eq!(notes.len(), 3);
    assert_eq!(notes.iter().filter(|n| n.conflict).count(), 2);
    let id = notes[0].id.clone().unwrap();
    assert_eq!(library.find_by_id(&id).unwrap(), Some(path));
}

#[test]
fn the_list_cache_lives_outside_the_library_and_follows_the_notes() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let library = Library::open(dir.path())
        .unwrap()
        .with_cache_dir(Some(cache.path().to_path_buf()));
    let path = save_new(&library, "Cached", "cached");
    assert_eq!(library.list().unwrap()[0].title, "Cached");
    let cache_file = library.cache_file().unwrap();
    assert!(cache_file.starts_with(cache.path()) && cache_file.is_file());

    // Changed behind the library's back: the cache notices by time and size.
    library.rename(&path, "Cached and renamed").unwrap();
    std::fs::write(dir.path().join("New one.md"), "hello\n").unwrap();
    let titles = sorted_titles(&library);
    assert_eq!(titles, vec!["Cached and renamed", "New one"]);

    // A damaged cache is rebuilt from the notes.
    std::fs::write(&cache_file, b"{not json").unwrap();
    assert_eq!(library.list().unwrap().len(), 2);
    std::fs::remove_file(&cache_file).unwrap();
    assert_eq!(library.list().unwrap().len(), 2);
}

#[test]
fn importing_a_mixed_folder_reports_duplicates_and_broken_files() {
    let (_dir, library) = temp_library();
    let inbox = tempfile::tempdir().unwrap();
    let seed = std::fs::read(SEED).unwrap();
    std::fs::write(inbox.path().join("seed.txt"), &seed).unwrap();
    std::fs::write(inbox.path().join("seed copy.TXT"), &seed).unwrap();
    std::fs::write(
        inbox.path().join("page.html"),
        format!(
            "<html><head><title>A saved page</title></head><body><article><h1>A saved page</h1>{}</article></body></html>",
            (0..8)
                .map(|i| format!("<p>Paragraph {i} of a saved page tells the whole story of the river and the town in many words.</p>"))
                .collect::<String>()
        ),
    )
    .unwrap();
    std::fs::write(
        inbox.path().join("note.md"),
        format!("# A Markdown note\n\n{}", body("markdown", 6)),
    )
    .unwrap();
    let mut binary = b"%PDF-1.7\n".to_vec();
    binary.extend((0..4000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8));
    std::fs::write(inbox.path().join("broken.txt"), &binary).unwrap();
    std::fs::write(inbox.path().join("photo.jpg"), [0xff, 0xd8, 0xff]).unwrap();

    let mut seen = Vec::new();
    let report = library
        .import_folder(inbox.path(), |p| seen.push(p))
        .unwrap();
    assert_eq!(report.imported.len(), 3, "{report:#?}");
    assert_eq!(report.duplicates.len(), 1, "{report:#?}");
    assert_eq!(report.failed.len(), 1, "{report:#?}");
    assert!(report.failed[0].file.ends_with("broken.txt"));
    assert!(!report.failed[0].why.is_empty());
    assert_eq!(seen.first().map(|p| p.total), Some(5));
    assert_eq!(seen.last().map(|p| p.done), Some(5));
    assert_eq!(library.list().unwrap().len(), 3);

    // Importing again finds everything already there.
    let again = library.import_folder(inbox.path(), |_| {}).unwrap();
    assert_eq!(again.imported.len(), 0, "{again:#?}");
    assert_eq!(again.duplicates.len(), 4);
}

#[test]
fn a_deleted_note_goes_to_the_trash_and_comes_back() {
    let (_dir, library) = temp_library();
    let path = save_new(&library, "Trash me", "trash");
    let text = note_text(&path);
    let trashed = match library.delete_to_trash(&path) {
        Ok(t) => t,
        Err(e) => {
            // No usable trash on this machine: then nothing may have changed.
            assert!(path.is_file(), "{e}");
            return;
        }
    };
    assert!(!path.exists());
    assert!(library.list().unwrap().is_empty());
    let restored = library.undo_delete(&trashed).unwrap();
    assert_eq!(restored.file_name(), path.file_name());
    assert_eq!(note_text(&restored), text);
    assert_eq!(library.load(&restored).unwrap().title, "Trash me");

    // Undo never overwrites a note saved at the same path meanwhile.
    let trashed = library.delete_to_trash(&restored).unwrap();
    std::fs::write(&restored, "a newer note\n").unwrap();
    let again = library.undo_delete(&trashed).unwrap();
    assert_ne!(again, restored);
    assert_eq!(note_text(&restored), "a newer note\n");
    assert_eq!(note_text(&again), text);
}

#[test]
fn changes_made_by_other_programs_are_reported() {
    let (dir, library) = temp_library();
    let (_watcher, changes) = library.watch().unwrap();
    let path = dir.path().join("From elsewhere.md");
    std::fs::write(&path, "hello\n").unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        match changes.recv_timeout(left) {
            Ok(LibraryChange::Changed(p)) if p.file_name() == path.file_name() => break,
            Ok(_) => {}
            Err(e) => panic!("no change reported: {e}"),
        }
    }
}

#[cfg(unix)]
#[test]
fn a_read_only_library_reports_in_words_and_writes_nothing() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, library) = temp_library();
    std::fs::create_dir_all(dir.path().join(HIDDEN_DIR).join("originals")).unwrap();
    for d in [
        dir.path().to_path_buf(),
        dir.path().join(HIDDEN_DIR).join("originals"),
    ] {
        std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o555)).unwrap();
    }
    // Root ignores permissions; then there is nothing to test.
    let probe = dir.path().join("probe");
    if std::fs::write(&probe, b"x").is_ok() {
        std::fs::remove_file(&probe).unwrap();
    } else {
        let err = library
            .save(&clipping("Nope", None, &body("nope", 3)), None)
            .unwrap_err();
        assert!(err.to_string().contains("read-only"), "{err}");
        assert!(std::fs::read_dir(dir.path()).unwrap().count() == 1);
    }
    for d in [
        dir.path().to_path_buf(),
        dir.path().join(HIDDEN_DIR).join("originals"),
    ] {
        std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
}

#[test]
fn a_body_edited_in_obsidian_is_noticed_before_it_would_be_replaced() {
    let (_dir, library) = temp_library();
    let path = save_new(&library, "Edited", "edited");
    let loaded = library.load(&path).unwrap();
    assert!(!library.body_edited_elsewhere(&path, &loaded));
    let text = format!("{}\nMy own remark.\n", note_text(&path));
    std::fs::write(&path, text).unwrap();
    assert!(library.body_edited_elsewhere(&path, &loaded));
}

#[test]
fn importing_a_markdown_note_keeps_its_front_matter_fields() {
    let (_dir, library) = temp_library();
    let inbox = tempfile::tempdir().unwrap();
    std::fs::write(
        inbox.path().join("from-obsidian.md"),
        format!(
            "---\ntitle: \"Kept: title\"\nsource: https://example.org/a\ntags: [imported, reading]\n---\n\n{}",
            body("obsidian", 6)
        ),
    )
    .unwrap();
    let report = library.import_folder(inbox.path(), |_| {}).unwrap();
    assert_eq!(report.imported.len(), 1, "{report:#?}");
    let note = library.read_note(&report.imported[0]).unwrap();
    let front = note.front.unwrap();
    assert_eq!(front.title, "Kept: title");
    assert_eq!(front.source.as_deref(), Some("https://example.org/a"));
    assert_eq!(front.tags, vec!["imported", "reading"]);
    assert!(!note.body.contains("title:"), "{}", note.body);
    for i in 0..6 {
        assert!(
            note.body.contains(&format!("paragraph {i} says")),
            "{}",
            note.body
        );
    }
}

/// A Markdown file without front matter (a post written elsewhere) is imported whole: every line
/// of it is in the note, its headings, code, lists, table, quote and footnote as written.
#[test]
fn importing_a_markdown_file_keeps_every_line_of_it() {
    let (_dir, library) = temp_library();
    let inbox = tempfile::tempdir().unwrap();
    let source = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/markdown/post.md"
    ))
    .unwrap();
    std::fs::write(inbox.path().join("post.md"), &source).unwrap();
    let report = library.import_folder(inbox.path(), |_| {}).unwrap();
    assert_eq!(report.imported.len(), 1, "{report:#?}");
    let note = library.read_note(&report.imported[0]).unwrap();
    assert_eq!(
        note.front.unwrap().title,
        "Building a tiny HTTP server in Rust"
    );
    for line in source.lines().skip(1).filter(|l| !l.trim().is_empty()) {
        assert!(note.body.contains(line), "{line:?} lost:\n{}", note.body);
    }
}

#[test]
fn a_missing_library_folder_is_created_even_after_it_was_removed() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("Clippings").join("Inbox");
    let library = open(&root);
    assert!(root.is_dir());
    std::fs::remove_dir_all(&root).unwrap();
    let path = save_new(&library, "Back again", "back");
    assert!(path.starts_with(&root) && path.is_file());
}

#[test]
fn temp_files_of_killed_saves_are_cleared_once_old() {
    let dir = tempfile::tempdir().unwrap();
    let old = dir.path().join(".tidyclip-killed.tmp");
    let fresh = dir.path().join(".tidyclip-saving-now.tmp");
    std::fs::write(&old, "half").unwrap();
    std::fs::write(&fresh, "half").unwrap();
    let two_hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(2 * 3600);
    std::fs::File::options()
        .write(true)
        .open(&old)
        .unwrap()
        .set_modified(two_hours_ago)
        .unwrap();
    let library = open(dir.path());
    assert!(!old.exists(), "an old temp file is gone");
    assert!(
        fresh.exists(),
        "another process may still be writing a fresh one"
    );
    assert!(library.list().unwrap().is_empty());
}

#[test]
fn a_note_deleted_by_another_program_is_reported() {
    let (_dir, library) = temp_library();
    let path = save_new(&library, "Going away", "away");
    let (_watcher, changes) = library.watch().unwrap();
    std::fs::remove_file(&path).unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let left = deadline.saturating_duration_since(std::time::Instant::now());
        match changes.recv_timeout(left) {
            Ok(LibraryChange::Removed(p)) if p.file_name() == path.file_name() => break,
            Ok(_) => {}
            Err(e) => panic!("no removal reported: {e}"),
        }
    }
}

#[test]
fn resaving_a_numbered_note_keeps_its_name() {
    let (_dir, library) = temp_library();
    let first = save_new(&library, "Same", "one");
    let mut second = clipping("Same", None, &body("two", 3));
    let path = library.save(&second, None).unwrap();
    assert_eq!(path.file_name().unwrap(), "Same 2.md");
    second.set_keep(0, false);
    assert_eq!(library.save(&second, Some(&path)).unwrap(), path);
    assert_eq!(library.rename(&path, "Same").unwrap(), path);
    assert!(first.is_file());
    assert_eq!(library.list().unwrap().len(), 2);
}

#[test]
fn manage_commands_never_touch_files_outside_the_library() {
    let (dir, library) = temp_library();
    let elsewhere = tempfile::tempdir().unwrap();
    let outside = elsewhere.path().join("Not mine.md");
    std::fs::write(&outside, "---\ntitle: Not mine\n---\nbody\n").unwrap();
    let not_a_note = dir.path().join("notes.txt");
    std::fs::write(&not_a_note, "plain").unwrap();
    for path in [&outside, &not_a_note] {
        let err = library.rename(path, "Taken").unwrap_err();
        assert!(matches!(err, LibraryError::NotInLibrary { .. }), "{err}");
        assert!(library.set_tags(path, &["x".into()]).is_err());
        assert!(library.delete_to_trash(path).is_err());
        assert!(path.is_file());
    }
    assert_eq!(
        std::fs::read_to_string(&outside).unwrap(),
        "---\ntitle: Not mine\n---\nbody\n"
    );
}

#[test]
fn a_file_name_template_names_notes_and_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let library = open(dir.path()).with_name_template("{published} {site} - {title}");
    let dated = |title: &str, site: Option<&str>, seed: &str| {
        let mut c = clipping(title, None, &body(seed, 3));
        c.site = site.map(str::to_string);
        c.published = Some("2025-05-05T09:30:00+03:00".into());
        c
    };

    let first = dated("Title: part 1?", Some("RT.com"), "one");
    let path = library.save(&first, None).unwrap();
    assert_eq!(
        path.file_name().unwrap(),
        "2025-05-05 RT.com - Title part 1.md"
    );
    assert_eq!(
        library.path_for_new_note(&first),
        dir.path().join("2025-05-05 RT.com - Title part 1 2.md")
    );

    // The same name again is numbered; the first note keeps its text.
    let second = dated("Title: part 1?", Some("RT.com"), "two");
    let path2 = library.save(&second, None).unwrap();
    assert_eq!(
        path2.file_name().unwrap(),
        "2025-05-05 RT.com - Title part 1 2.md"
    );
    assert!(note_text(&path).contains("one report"));

    // No site: the separator goes with it.
    let siteless = dated("Other", None, "three");
    let path3 = library.save(&siteless, None).unwrap();
    assert_eq!(path3.file_name().unwrap(), "2025-05-05 - Other.md");

    // Re-saving keeps the file while the rendered name is the same, renames when it changes.
    let mut edited = first.clone();
    edited.set_keep(0, false);
    assert_eq!(library.save(&edited, Some(&path)).unwrap(), path);
    edited.site = Some("Example".into());
    let moved = library.save(&edited, Some(&path)).unwrap();
    assert_eq!(
        moved.file_name().unwrap(),
        "2025-05-05 Example - Title part 1.md"
    );
    assert!(!path.exists());
    assert!(path2.is_file(), "the other note is untouched");

    // Renaming a note follows the template too, numbered rather than overwriting.
    let renamed = library.rename(&path3, "Title: part 1?").unwrap();
    assert_eq!(renamed.file_name().unwrap(), "2025-05-05 - Title part 1.md");
    assert_eq!(library.list().unwrap().len(), 3);

    // The window's preview target agrees with where Save writes.
    let plain = open(dir.path());
    assert_eq!(
        plain.save_target(&edited, Some(&moved)),
        dir.path().join("Title part 1.md")
    );
}

#[test]
fn a_japanese_article_saved_again_with_a_paragraph_trimmed_is_a_duplicate() {
    let (_dir, library) = temp_library();
    let paragraphs = [
        "市政府は火曜日、来年度に三つの新しいバス路線を建設するための資金を投入すると発表した。",
        "当局者によると、新しい路線は主要な住宅地と商業地区を結ぶという。",
        "計画には主要な交差点での自転車レーンと横断歩道の増設も含まれている。",
        "歩行者と自転車利用者の安全性を高めることが目的だと市は説明した。",
        "市民はおおむねこの計画を歓迎しており、工事は秋に始まる予定だ。",
        "費用の大部分は国の補助金でまかなわれる見通しである。",
        "詳しい路線図は来月、市のウェブサイトで公開される。",
    ];
    // Fourteen paragraphs: each sentence twice, as the first and the second half of the story.
    let body: Vec<String> = (0..14)
        .map(|i| format!("{}部{}", if i < 7 { "前" } else { "後" }, paragraphs[i % 7]))
        .collect();
    let first = clipping("バス路線", None, &body.join("\n\n"));
    library.save(&first, None).unwrap();
    let mut again = clipping("新しいバス路線", None, &body[..13].join("\n\n"));
    again.original.text.push('.');
    assert_eq!(
        library.duplicate_of(&again).map(|d| d.reason),
        Some(DuplicateReason::SameText)
    );
    let other = clipping(
        "天気",
        None,
        "東京の天気は明日から崩れる見込みで、週末にかけて広い範囲で雨が降るでしょう。\n\n\
         気象庁は、土砂災害や河川の増水に注意するよう呼びかけています。\n\n\
         お出かけの際は雨具をお持ちください。来週は晴れの日が多くなりそうです。",
    );
    assert_eq!(library.duplicate_of(&other), None);
}

#[test]
fn a_blocks_edited_text_is_saved_and_reopened_while_the_original_keeps_the_pages() {
    let dir = tempfile::tempdir().unwrap();
    let library = Library::open(dir.path()).unwrap();
    let mut clipping = seed_clipping();
    let index = clipping
        .article
        .blocks
        .iter()
        .position(|b| b.keep && b.role.is_body() && b.text.len() > 40)
        .expect("the seed keeps a paragraph");
    let page_text = clipping.article.blocks[index].text.clone();
    assert!(clipping.set_block_text(index, "A corrected paragraph [with brackets]."));
    let path = library.save(&clipping, None).unwrap();

    let note = note_text(&path);
    assert!(
        note.contains("A corrected paragraph \\[with brackets\\]."),
        "the note has the edit, escaped as page text is:\n{note}"
    );
    assert!(!note.contains(&page_text), "the note drops the page's text");
    // The hidden original keeps the page's input whole, and the page's text of the block.
    let stored = std::fs::read_to_string(
        dir.path()
            .join(HIDDEN_DIR)
            .join("originals")
            .join(format!("{}.json", clipping.id)),
    )
    .unwrap();
    let stored: serde_json::Value = serde_json::from_str(&stored).unwrap();
    assert_eq!(stored["original"]["text"], clipping.original.text.as_str());
    assert_eq!(
        stored["article"]["blocks"][index]["text"],
        page_text.as_str()
    );

    // Re-opened to re-trim: the edit is on the same block, beside the page's text, and
    // trimming another block keeps it.
    let mut reopened = library.load(&path).unwrap();
    let block = &reopened.article.blocks[index];
    assert_eq!(block.text, page_text);
    assert_eq!(
        block.edited.as_deref(),
        Some("A corrected paragraph [with brackets].")
    );
    assert_eq!(reopened.to_markdown(), note);
    let other = reopened
        .article
        .blocks
        .iter()
        .enumerate()
        .position(|(i, b)| i != index && b.keep && b.role.is_body())
        .expect("another kept block");
    assert!(reopened.set_keep(other, false));
    let (_, stamp) = library.load_for_edit(&path).unwrap();
    let (path, _) = library
        .save_checked(&reopened, Some((&path, stamp)))
        .unwrap();
    let again = library.load(&path).unwrap();
    assert_eq!(
        again.article.blocks[index].edited.as_deref(),
        Some("A corrected paragraph [with brackets].")
    );
    assert!(!again.article.blocks[other].keep);
    assert!(note_text(&path).contains("A corrected paragraph \\[with brackets\\]."));

    // Back to the page's text: the note has it again.
    assert!(reopened.restore_block_text(index));
    assert!(reopened.to_markdown().contains(&page_text));
}

/// A page saved as "Web page, complete": `Saved page.html` beside `Saved page_files/`, with an
/// image outside that folder it must never read.
fn saved_page(dir: &Path) -> std::path::PathBuf {
    let files = dir.join("Saved page_files");
    std::fs::create_dir_all(&files).expect("the page's folder");
    std::fs::write(files.join("photo one.jpg"), b"\xFF\xD8 a photo").expect("write a saved file");
    std::fs::write(files.join("chart.png"), b"\x89PNG a chart").expect("write a saved file");
    std::fs::write(dir.join("secret.png"), b"not for the note").expect("write a saved file");
    let para = "The council met on Tuesday and agreed that the new cycle lanes would go ahead \
                as proposed by the mayor, after a long debate about their cost. ";
    let page = format!(
        "<!-- saved from url=(0031)https://news.example.com/story -->\
         <html><head><title>Cycle lanes approved</title></head><body><article>\
         <h1>Cycle lanes approved</h1><p>First, {para}</p>\
         <figure><img src=\"./Saved%20page_files/photo%20one.jpg\" alt=\"The council\"></figure>\
         <p>Second, {para}</p><p><img src=\"Saved page_files/chart.png\" alt=\"Costs\"></p>\
         <p><img src=\"Saved page_files/../secret.png\" alt=\"Secret\"></p>\
         <p>Third, {para}</p></article></body></html>"
    );
    let path = dir.join("Saved page.html");
    std::fs::write(&path, page).expect("write a saved file");
    path
}

#[test]
fn a_saved_pages_images_are_copied_into_the_notes_attachments() {
    let (_dir, library) = temp_library();
    let page_dir = tempfile::tempdir().unwrap();
    let page = saved_page(page_dir.path());
    let bytes = std::fs::read(&page).unwrap();
    let (article, original) = Original::extract(&bytes, Some("Saved page.html")).unwrap();
    let mut clipping = Clipping::new(article, original);
    clipping.page_folder = Some(page_dir.path().to_path_buf());
    let note = library.save(&clipping, None).unwrap();
    let stem = note.file_stem().unwrap().to_string_lossy().into_owned();
    let folder = library.attachments_dir().join(&stem);
    let text = note_text(&note);
    let encoded = stem.replace(' ', "%20");
    assert!(
        text.contains(&format!(
            "![The council](attachments/{encoded}/photo%20one.jpg)"
        )),
        "{text}"
    );
    assert!(
        text.contains(&format!("![Costs](attachments/{encoded}/chart.png)")),
        "{text}"
    );
    assert_eq!(
        std::fs::read(folder.join("photo one.jpg")).unwrap(),
        b"\xFF\xD8 a photo"
    );
    assert_eq!(
        std::fs::read(folder.join("chart.png")).unwrap(),
        b"\x89PNG a chart"
    );
    // Nothing outside the page's own folder is read, and no remote address was made up for it.
    assert!(!folder.join("secret.png").exists());
    assert!(!text.contains("news.example.com/Saved"), "{text}");
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 2);

    // Saved again under a new title while the page is still open: the note is renamed and keeps
    // linking the copies it has; nothing is copied twice.
    clipping.title = "Cycle lanes approved after a long debate".into();
    let note = library.save(&clipping, Some(&note)).unwrap();
    assert_ne!(note.file_stem().unwrap().to_string_lossy(), stem);
    assert!(note_text(&note).contains(&format!("(attachments/{encoded}/photo%20one.jpg)")));
    assert_eq!(
        std::fs::read_dir(library.attachments_dir())
            .unwrap()
            .count(),
        1
    );

    // Re-trimmed later from the kept original (the page's folder is gone by then): the note
    // keeps linking the copies, and no second copy is made.
    drop(page_dir);
    let mut again = library.load(&note).unwrap();
    // Re-opened, it shows the copies' addresses, as its note has them.
    assert!(again.to_markdown().contains(&format!(
        "![The council](attachments/{encoded}/photo%20one.jpg)"
    )));
    again.title.push_str(" (edited)");
    let resaved = library.save(&again, Some(&note)).unwrap();
    let text = note_text(&resaved);
    assert!(
        text.contains(&format!("(attachments/{encoded}/photo%20one.jpg)")),
        "{text}"
    );
    assert_eq!(std::fs::read_dir(&folder).unwrap().count(), 2);

    // Deleted, the note takes its attachments to the trash; undo brings them back.
    let trashed = match library.delete_to_trash(&resaved) {
        Ok(t) => t,
        Err(e) => {
            assert!(resaved.is_file(), "{e}");
            return;
        }
    };
    assert!(!folder.join("photo one.jpg").exists());
    assert!(!folder.exists(), "the emptied folder goes too");
    library.undo_delete(&trashed).unwrap();
    assert_eq!(
        std::fs::read(folder.join("photo one.jpg")).unwrap(),
        b"\xFF\xD8 a photo"
    );
    assert!(folder.join("chart.png").is_file());
}

/// A note imported with a front matter title keeps its own `# ` heading when that names
/// something else; without front matter, the heading is its title.
#[test]
fn an_imported_notes_heading_is_its_title_or_stays_in_its_body() {
    let (_dir, library) = temp_library();
    let inbox = tempfile::tempdir().unwrap();
    std::fs::write(
        inbox.path().join("camping.md"),
        "---\ntitle: Camping 2026\n---\n\n# Trip notes\n\nWe left early, before the rain came in.\n",
    )
    .unwrap();
    std::fs::write(
        inbox.path().join("garden.md"),
        "# Garden plan\n\nTomatoes move to the south bed this year, after the beans.\n",
    )
    .unwrap();
    let report = library.import_folder(inbox.path(), |_| {}).unwrap();
    assert_eq!(report.imported.len(), 2, "{report:#?}");
    let mut notes: Vec<_> = report
        .imported
        .iter()
        .map(|p| library.read_note(p).unwrap())
        .map(|n| (n.front.unwrap().title, n.body))
        .collect();
    notes.sort();
    assert_eq!(notes[0].0, "Camping 2026");
    assert!(notes[0].1.contains("# Trip notes"), "{}", notes[0].1);
    assert_eq!(notes[1].0, "Garden plan");
    assert!(!notes[1].1.contains("# Garden plan"), "{}", notes[1].1);
}

/// Every sixth page of each corpus in `../shared` (WCXB's HTML and pasted pages, the news pages,
/// Defuddle's fixtures), when it is beside the crate.
fn corpus_sample() -> Vec<std::path::PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    let mut sample = Vec::new();
    for dir in [
        "wcxb/dev/html",
        "wcxb/dev/pasted",
        "scrapinghub/html",
        "defuddle/fixtures",
    ] {
        let Ok(entries) = std::fs::read_dir(root.join(dir)) else {
            continue;
        };
        let mut paths: Vec<_> = entries.flatten().map(|e| e.path()).collect();
        paths.sort();
        sample.extend(paths.into_iter().step_by(6));
    }
    sample
}

/// What the library does to one corpus page, as a list of what went wrong (`None` for an empty
/// paste, which has nothing to save): saved, loaded and written again it reads as saved; saved
/// again unchanged it is the same bytes; with every third block's keep toggled, saved and
/// loaded, it has the same trims and reads as saved.
fn round_trip_problems(library: &Library, page: &Path) -> Option<Vec<String>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    let read = if page.extension().is_some_and(|e| e == "gz") {
        std::fs::File::open(page)
            .and_then(|file| flate2::read::GzDecoder::new(file).read_to_end(&mut bytes))
            .is_ok()
    } else {
        std::fs::read(page).map(|b| bytes = b).is_ok()
    };
    let name = if page.extension().is_some_and(|e| e == "txt") {
        "page.txt"
    } else {
        "page.html"
    };
    if !read {
        return Some(vec!["not read".to_string()]);
    }
    let Ok((article, original)) = Original::extract(&bytes, Some(name)) else {
        return bytes
            .iter()
            .any(|b| !b.is_ascii_whitespace())
            .then(|| vec!["not read".into()]);
    };
    let mut problems = Vec::new();
    let path = match library.save(&Clipping::new(article, original), None) {
        Ok(path) => path,
        Err(err) => return Some(vec![format!("not saved: {err}")]),
    };
    let saved = note_text(&path);
    match library.load(&path) {
        Ok(loaded) => {
            if loaded.to_markdown() != saved {
                problems.push("loaded, it reads otherwise".to_string());
            }
            match library.save(&loaded, Some(&path)) {
                Ok(again) if note_text(&again) != saved => {
                    problems.push("saved again unchanged, other bytes".to_string());
                }
                Ok(_) => {}
                Err(err) => problems.push(format!("not saved again: {err}")),
            }
        }
        Err(err) => problems.push(format!("not loaded: {err}")),
    }
    if let Ok(mut edited) = library.load(&path) {
        for i in (0..edited.article.blocks.len()).step_by(3) {
            let keep = edited.article.blocks[i].keep;
            edited.set_keep(i, !keep);
        }
        match library
            .save(&edited, Some(&path))
            .and_then(|p| library.load(&p).map(|back| (p, back)))
        {
            Ok((edited_path, back)) => {
                if keeps(&back) != keeps(&edited) {
                    problems.push("trims toggled, other trims loaded".to_string());
                }
                if back.to_markdown() != note_text(&edited_path) {
                    problems.push("trims toggled, loaded, it reads otherwise".to_string());
                }
            }
            Err(err) => problems.push(format!("trims toggled, not saved or loaded: {err}")),
        }
    }
    let _ = std::fs::remove_file(&path);
    Some(problems)
}

/// Real pages of every kind, not only the seed, go through the library whole: what the person
/// saves is what they re-open, and re-saving what they did not change writes the same bytes.
#[test]
fn corpus_pages_round_trip_through_the_library() {
    let sample = corpus_sample();
    if sample.is_empty() {
        eprintln!("skipped: ../shared/corpus not found");
        return;
    }
    // Half the pages on each of two threads, each with a library of its own: how many were
    // saved, and what went wrong.
    let (half, rest) = sample.split_at(sample.len() / 2);
    let check = |pages: &[std::path::PathBuf]| {
        let dir = tempfile::tempdir().unwrap();
        let library = Library::open(dir.path()).unwrap();
        let mut saved = 0;
        let mut problems = Vec::new();
        for page in pages {
            if let Some(found) = round_trip_problems(&library, page) {
                saved += 1;
                problems.extend(
                    found
                        .into_iter()
                        .map(|p| format!("{}: {p}", page.display())),
                );
            }
        }
        (saved, problems)
    };
    let ((saved, mut problems), (saved_other, other)) = std::thread::scope(|scope| {
        let other = scope.spawn(|| check(rest));
        (check(half), other.join().expect("the other half's thread"))
    });
    problems.extend(other);
    assert!(saved + saved_other > 500, "only {saved} pages saved");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
