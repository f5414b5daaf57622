//! The command line as a person (or a script) uses it: the real binary, a temporary library.

mod common;

use common::{assert_ok, stderr, stdout};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/data/seeds/000_b85be92c46314c23.txt"
);

/// Runs `tidyclip --library <dir> args…` with no inherited library override.
fn tidyclip(library: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tidyclip"))
        .arg("--library")
        .arg(library)
        .args(args)
        .env_remove("TIDYCLIP_LIBRARY")
        // Keep the list cache and the trash of these runs out of the real home.
        .env("XDG_CACHE_HOME", library.join(".test-cache"))
        .output()
        .expect("the binary runs")
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

#[test]
fn url_resolves_the_pages_relative_links_and_names_its_source() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("post.html");
    std::fs::write(
        &page,
        "<html><head><title>Night trains</title></head><body><article><h1>Night trains</h1>\
         <p>The sleeper to the coast leaves at ten, and the <a href=\"/timetable\">timetable</a> \
         lists every stop it makes along the way before it reaches the sea at dawn.</p>\
         <p>Tickets go on sale three months ahead, and the cabins sell out within a week in the \
         summer, so most travellers book as soon as the sale opens.</p></article></body></html>",
    )
    .unwrap();
    let page = page.to_str().unwrap();
    let address = "https://trains.example/news/night";
    let out = tidyclip(
        dir.path(),
        &["clean", "--format", "markdown", "--url", address, page],
    );
    assert_ok(&out);
    let note = stdout(&out);
    assert!(
        note.contains("[timetable](https://trains.example/timetable)"),
        "{note}"
    );
    assert!(note.contains(&format!("source: {address}\n")), "{note}");
    let saved = save(dir.path(), page, &["--url", address]);
    let saved = std::fs::read_to_string(saved).unwrap();
    assert!(
        saved.contains("(https://trains.example/timetable)"),
        "{saved}"
    );
    // Anything but a web address is refused in words.
    let out = tidyclip(dir.path(), &["clean", "--url", "javascript:alert(1)", page]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("--url must be an http"),
        "{}",
        stderr(&out)
    );
}

fn titles(notes: &[serde_json::Value]) -> Vec<&str> {
    notes
        .iter()
        .map(|n| n["title"].as_str().unwrap_or(""))
        .collect()
}

#[test]
fn saving_a_duplicate_names_the_existing_note_unless_forced_or_replacing() {
    let dir = tempfile::tempdir().unwrap();
    let first = save(dir.path(), SEED, &[]);

    let out = tidyclip(dir.path(), &["save", SEED, "--title", "Again"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains(&first.display().to_string()), "{err}");
    assert_eq!(list_json(dir.path(), &[]).len(), 1);

    let forced = save(dir.path(), SEED, &["--force", "--title", "Second copy"]);
    assert_ne!(forced, first);
    assert_eq!(list_json(dir.path(), &[]).len(), 2);

    let out = tidyclip(dir.path(), &["save", SEED, "--force", "--replace"]);
    assert_eq!(out.status.code(), Some(2), "--force and --replace conflict");

    let replaced = save(
        dir.path(),
        SEED,
        &["--replace", "--title", "Replaced", "--tag", "x"],
    );
    let notes = list_json(dir.path(), &[]);
    assert_eq!(notes.len(), 2, "replaced in place: {notes:?}");
    assert!(titles(&notes).contains(&"Replaced"));
    assert!(replaced.is_file());
}

#[test]
fn list_sorts_and_filters_and_the_manage_commands_work() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = tempfile::tempdir().unwrap();
    for (name, text) in [
        (
            "b.md",
            "---\ntitle: Banana\nsite: Zeta\npublished: 2024-01-01\ntags: [fruit]\n---\nbanana\n",
        ),
        (
            "a.md",
            "---\ntitle: apple\nsite: Alpha\npublished: 2025-01-01\ntags: [fruit, red]\n---\napple\n",
        ),
        (
            "c.md",
            "---\ntitle: Carrot\ntags: [veg]\n---\ncarrot body mentions orange\n",
        ),
    ] {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let by = |sort: &str| {
        list_json(dir.path(), &["--sort", sort])
            .iter()
            .map(|n| n["title"].as_str().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(by("title"), vec!["apple", "Banana", "Carrot"]);
    assert_eq!(by("published"), vec!["apple", "Banana", "Carrot"]);
    assert_eq!(by("site"), vec!["apple", "Banana", "Carrot"]);
    assert_eq!(
        titles(&list_json(
            dir.path(),
            &["--tag", "fruit", "--sort", "title"]
        )),
        vec!["apple", "Banana"]
    );
    assert_eq!(
        titles(&list_json(dir.path(), &["--site", "zeta"])),
        vec!["Banana"]
    );
    let out = tidyclip(dir.path(), &["list", "--sort", "size"]);
    assert_eq!(out.status.code(), Some(2));

    // Full text finds a word only the body has.
    let out = tidyclip(dir.path(), &["search", "orange", "--json"]);
    assert_ok(&out);
    let hits: Vec<serde_json::Value> = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(titles(&hits), vec!["Carrot"]);

    // Rename by file name inside the library.
    let out = tidyclip(dir.path(), &["rename", "c.md", "Carrots: a \"history\""]);
    assert_ok(&out);
    let renamed = PathBuf::from(stdout(&out).trim_end());
    assert!(renamed.is_file() && !dir.path().join("c.md").exists());
    assert_eq!(renamed.file_name().unwrap(), "Carrots a history.md");

    // Tags: replace, add, remove.
    let out = tidyclip(
        dir.path(),
        &["tag", renamed.to_str().unwrap(), "veg", "root"],
    );
    assert_ok(&out);
    let out = tidyclip(
        dir.path(),
        &[
            "tag",
            renamed.to_str().unwrap(),
            "--add",
            "orange",
            "--remove",
            "veg",
        ],
    );
    assert_ok(&out);
    assert_eq!(stdout(&out).trim(), "root, orange");
    let out = tidyclip(dir.path(), &["tag", "no such note.md", "x"]);
    assert_eq!(out.status.code(), Some(1));

    // Delete moves to the trash (a temporary one here).
    let out = Command::new(env!("CARGO_BIN_EXE_tidyclip"))
        .arg("--library")
        .arg(dir.path())
        .args(["delete", "b.md"])
        .env("XDG_DATA_HOME", inbox.path())
        .env("XDG_CACHE_HOME", inbox.path().join("cache"))
        .output()
        .unwrap();
    assert_ok(&out);
    assert!(!dir.path().join("b.md").exists());
    assert!(inbox.path().join("Trash/files/b.md").is_file());
    assert_eq!(list_json(dir.path(), &[]).len(), 2);
}

#[test]
fn import_prints_the_counts() {
    let dir = tempfile::tempdir().unwrap();
    let inbox = tempfile::tempdir().unwrap();
    std::fs::copy(SEED, inbox.path().join("one.txt")).unwrap();
    std::fs::copy(SEED, inbox.path().join("two.txt")).unwrap();
    std::fs::write(
        inbox.path().join("bad.html"),
        [0u8, 159, 146, 150, 0, 0, 1, 2, 3, 0],
    )
    .unwrap();
    let out = tidyclip(dir.path(), &["import", inbox.path().to_str().unwrap()]);
    assert_ok(&out);
    let text = stdout(&out);
    assert_eq!(
        text.lines().next(),
        Some("imported 1, duplicates 1, failed 1"),
        "{text}"
    );
    assert!(text.contains("bad.html"), "{text}");
    let out = tidyclip(dir.path(), &["import", "/no/such/folder"]);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn a_save_killed_at_any_moment_leaves_whole_notes_only() {
    let dir = tempfile::tempdir().unwrap();
    let mut finished = 0;
    for i in 0..40u64 {
        let mut child = Command::new(env!("CARGO_BIN_EXE_tidyclip"))
            .arg("--library")
            .arg(dir.path())
            .args(["save", SEED, "--force", "--title", &format!("Killed {i}")])
            .env_remove("TIDYCLIP_LIBRARY")
            .env("XDG_CACHE_HOME", dir.path().join(".test-cache"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        // Spread the kills over a save's whole run (about 20 ms in a debug build).
        std::thread::sleep(std::time::Duration::from_micros(i * 600));
        let _ = child.kill();
        if child.wait().unwrap().success() {
            finished += 1;
        }
    }
    let library = tidyclip::library::Library::open(dir.path())
        .unwrap()
        .with_cache_dir(None);
    let mut notes = 0;
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue; // .tidyclip/, the test cache, temp files of killed saves: never listed
        }
        assert!(name.ends_with(".md"), "stray file {name}");
        notes += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        let (front, body) = tidyclip::clipping::parse_note(&text);
        let front = front.unwrap_or_else(|| panic!("{name} is cut short:\n{text}"));
        assert!(front.title.starts_with("Killed "), "{name}");
        assert!(!body.trim().is_empty(), "{name}");
        // The original is written before the note, so every note re-opens.
        library.load(&path).unwrap();
    }
    eprintln!("{notes} notes, {finished} of 40 saves finished before the kill");
    assert!(
        notes >= finished,
        "{notes} notes, {finished} saves finished"
    );
    assert_eq!(library.list().unwrap().len(), notes);
}

#[test]
fn save_names_the_file_after_the_name_template() {
    let dir = tempfile::tempdir().unwrap();
    let path = save(
        dir.path(),
        SEED,
        &[
            "--title",
            "A: title?",
            "--name-template",
            "{created} {site} - {title}",
        ],
    );
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let today = name.get(..10).unwrap_or_default();
    assert!(
        chrono::NaiveDate::parse_from_str(today, "%Y-%m-%d").is_ok(),
        "{name} starts with the clipping's day"
    );
    assert!(name.ends_with(" - A title.md"), "{name}");
    assert!(!name.contains("  "), "{name}");
}

/// A page of one site with a paragraph the person would teach the window to trim.
const RULE_PAGE: &str = "<html><head><title>Council votes on the bridge</title>\
    <meta property=\"og:site_name\" content=\"Harbour Gazette\"></head><body><article>\
    <h1>Council votes on the bridge</h1>\
    <p>The city council voted on Tuesday night to rebuild the old harbour bridge, after two years of debate about its cost and its design.</p>\
    <p>Readers can reach the newsroom with tips and corrections at any hour of the day through the contact page of this website.</p>\
    <p>Work on the new bridge starts next spring and should take about eighteen months, the council's engineers said after the vote.</p>\
    </article></body></html>";

#[test]
fn save_and_import_apply_the_site_rules_the_window_taught() {
    let dir = tempfile::tempdir().unwrap();
    let library = dir.path().join("library");
    let inbox = dir.path().join("inbox");
    std::fs::create_dir_all(&inbox).unwrap();
    let page = dir.path().join("bridge.html");
    std::fs::write(&page, RULE_PAGE).unwrap();
    std::fs::write(inbox.join("bridge.html"), RULE_PAGE).unwrap();

    // What the window does when the person trims the block and accepts the offer of a rule.
    let article = tidyclip::extract::extract_bytes(RULE_PAGE.as_bytes(), Some("bridge.html"))
        .expect("extracted");
    let block = article
        .blocks
        .iter()
        .find(|b| b.text.starts_with("Readers can reach the newsroom"))
        .expect("the block");
    assert!(
        block.keep,
        "kept without a rule, so the rule has work to do"
    );
    let site = tidyclip::library::site_key(article.site.as_deref(), article.url.as_deref())
        .expect("the page names its site");
    let mut rules = tidyclip::library::Rules::default();
    rules.add(tidyclip::library::SiteRule::from_block(&site, &block.text).expect("a rule"));
    std::fs::create_dir_all(&library).unwrap();
    rules.save(&library).expect("rules saved");

    let saved = std::fs::read_to_string(save(&library, page.to_str().unwrap(), &[])).unwrap();
    assert!(!saved.contains("Readers can reach the newsroom"), "{saved}");
    assert!(saved.contains("Work on the new bridge"), "{saved}");

    // The import of the same page into another library with the same rule trims it too.
    let other = dir.path().join("other");
    std::fs::create_dir_all(&other).unwrap();
    rules.save(&other).expect("rules saved");
    assert_ok(&tidyclip(&other, &["import", inbox.to_str().unwrap()]));
    let notes: Vec<PathBuf> = std::fs::read_dir(&other)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    assert_eq!(notes.len(), 1, "{notes:?}");
    let imported = std::fs::read_to_string(&notes[0]).unwrap();
    assert!(
        !imported.contains("Readers can reach the newsroom"),
        "{imported}"
    );
    assert!(imported.contains("Work on the new bridge"), "{imported}");
}

/// Runs `tidyclip LINK` as the OS does for a `tidyclip://` link, with its runtime folder (where
/// a window's socket lives) at `runtime` and no desktop.
fn open_link(runtime: &Path, link: &str) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tidyclip"))
        .arg(link)
        .env("XDG_RUNTIME_DIR", runtime)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("TIDYCLIP_LIBRARY")
        .env("XDG_CACHE_HOME", runtime.join(".test-cache"))
        .output()
        .expect("the binary runs")
}

#[cfg(unix)]
#[test]
fn a_capture_link_reaches_the_open_window_from_a_second_process() {
    let runtime = tempfile::tempdir().expect("temp dir");
    // The open window's listener, at the place the second launch looks.
    let socket = runtime.path().join("tidyclip").join("window.sock");
    let (sent, got) = std::sync::mpsc::channel();
    let _window = tidyclip::capture::instance::Listener::bind(&socket, move |link| {
        let _ = sent.send(link);
    })
    .expect("listens");
    let out = open_link(
        runtime.path(),
        "tidyclip://clip?url=https%3A%2F%2Fexample.com%2Fstory&title=The%20story",
    );
    assert_ok(&out);
    let link = got
        .recv_timeout(std::time::Duration::from_secs(10))
        .expect("the window got the link");
    assert_eq!(link.url.as_deref(), Some("https://example.com/story"));
    assert_eq!(link.title.as_deref(), Some("The story"));
}

#[test]
fn a_bad_capture_link_is_refused_in_words_and_opens_nothing() {
    let runtime = tempfile::tempdir().expect("temp dir");
    for (link, says) in [
        ("tidyclip://clip?url=javascript:alert(1)", "http or https"),
        ("tidyclip://delete?path=/home", "can only ask for a clip"),
    ] {
        let out = open_link(runtime.path(), link);
        assert!(!out.status.success(), "{link}");
        let err = stderr(&out);
        assert!(err.contains(says), "{link}: {err}");
        assert_eq!(err.lines().count(), 1, "one line: {err}");
    }
}

#[test]
fn a_capture_link_with_no_window_and_no_desktop_says_so() {
    let runtime = tempfile::tempdir().expect("temp dir");
    let out = open_link(runtime.path(), "tidyclip://clip?url=https://example.com/");
    assert!(!out.status.success());
    assert!(stderr(&out).contains("desktop session"), "{}", stderr(&out));
}

#[cfg(unix)]
#[test]
fn an_argument_that_is_not_utf8_gets_an_answer_not_a_panic() {
    use std::os::unix::ffi::OsStrExt;
    let runtime = tempfile::tempdir().expect("temp dir");
    let out = Command::new(env!("CARGO_BIN_EXE_tidyclip"))
        .arg(std::ffi::OsStr::from_bytes(b"page-\xff.html"))
        .env("XDG_RUNTIME_DIR", runtime.path())
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .output()
        .expect("the binary runs");
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "{err}");
    assert!(!err.is_empty(), "it says what went wrong");
}

/// The note `tidyclip clean --format markdown` writes for `tests/data/NAME`.
fn clean_to_markdown(name: &str) -> String {
    clean_file_to_markdown(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data")
            .join(name),
    )
}

/// A note's front matter (without its opening `---` line) and its body.
fn front_and_body(note: &str) -> (&str, &str) {
    note.strip_prefix("---\n")
        .and_then(|rest| rest.split_once("\n---\n"))
        .expect("the note opens with front matter")
}

/// The note `tidyclip clean --format markdown` writes for the file `path`.
fn clean_file_to_markdown(path: &Path) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_tidyclip"))
        .args(["clean", "--format", "markdown"])
        .arg(path)
        .output()
        .expect("the binary runs");
    assert_ok(&out);
    stdout(&out)
}

/// A forum thread (`tests/data/forum-thread.html`: three posts, each under its member's box with
/// a title and a post count, the last with its member's signature, and a "Members online" list
/// beside them): the note says who wrote each post, and leaves out the signature and the list.
/// (Which lines of the members' boxes are kept is the learned decision's, and on so small a page
/// it keeps them; which elements mark a name is checked in `src/extract/html.rs`.)
#[test]
fn a_thread_names_each_posts_author_and_not_a_signature_the_members_online_or_a_quoted_copy() {
    let note = clean_to_markdown("forum-thread.html");
    let body = note
        .rsplit_once("\n---\n")
        .map_or(note.as_str(), |(_, b)| b);
    for (name, post) in [
        ("Ann", "I bought the two-person tent"),
        ("Bob", "We went in February"),
        ("Cat", "I would add that condensation"),
    ] {
        let named = body
            .find(&format!("[{name}]("))
            .unwrap_or_else(|| panic!("{name}: {body}"));
        let said = body.find(post).unwrap_or_else(|| panic!("{post}: {body}"));
        assert!(named < said, "{name} heads the post: {body}");
    }
    for other in ["a flask of tea", "Members online", "Dan", "Eve"] {
        assert!(!body.contains(other), "{other}: {body}");
    }
    // Fay's and Gil's replies quote Bob: his post is in the note once, their own words stay, and
    // the quotes' "Bob said:" go with the copies.
    assert_eq!(body.matches("We went in February").count(), 1, "{body}");
    assert!(body.contains("Seconded on the guy lines"), "{body}");
    assert!(body.contains("Which geodesic one was it?"), "{body}");
    assert!(!body.contains("Bob said:"), "{body}");
}

/// A short story pasted as text (`tests/data/pasted-fares.txt`: a byline, a date, two lines
/// under a colon, a small table a browser copied with tabs between its cells, a subheading):
/// the note keeps all of it, the table as a table and the subheading as a heading.
#[test]
fn a_pasted_story_keeps_its_table_as_a_table_and_all_its_text() {
    let note = clean_to_markdown("pasted-fares.txt");
    assert!(
        note.contains("title: Council agrees new bus fares"),
        "{note}"
    );
    assert!(note.contains("- Jane Example"), "{note}");
    assert!(
        note.contains(
            "|  | Adult | Child |\n| --- | --- | --- |\n| Single | 2.50 | 1.20 |\n\
             | Day pass | 6.00 | 3.00 |\n| Week pass | 20.00 | 10.00 |"
        ),
        "{note}"
    );
    assert!(note.contains("\n## What happens next\n"), "{note}");
    for line in [
        "New buses on the ring road",
        "Riders' groups welcomed the day pass",
        "The fares will be reviewed in the spring",
    ] {
        assert!(note.contains(line), "{line}: {note}");
    }
    // The lines under the colon are not headings.
    assert!(!note.contains("## New buses"), "{note}");
}

/// A Markdown file is a document already written: its note holds every line of it as it was,
/// the `#` headline taken for the title. (The rules read it as a pasted page and had kept one
/// paragraph of it.)
#[test]
fn a_markdown_file_is_written_back_as_it_was() {
    let source = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/markdown/post.md"),
    )
    .expect("the post is in tests/data");
    let note = clean_to_markdown("markdown/post.md");
    assert!(
        note.contains("\ntitle: Building a tiny HTTP server in Rust\n"),
        "{note}"
    );
    let body = note
        .split_once("\n---\n\n")
        .map_or(note.as_str(), |(_, body)| body);
    let without_headline = source
        .strip_prefix("# Building a tiny HTTP server in Rust\n\n")
        .expect("the post opens with its headline");
    assert_eq!(body.trim_end(), without_headline.trim_end());
}

/// A note from Obsidian or another clipper, cleaned or saved: its front matter gives the fields
/// (its tags too) and stays out of the body, where it had been read as the first paragraphs.
#[test]
fn a_markdown_notes_front_matter_gives_its_fields_and_not_its_body() {
    let dir = tempfile::tempdir().expect("temp dir");
    let note = dir.path().join("from-obsidian.md");
    std::fs::write(
        &note,
        "---\ntitle: \"My note: on tents\"\ntags: [camping, gear]\nsource: https://example.org/tents\n---\n\n\
         Some text of the note, a sentence or two about tents.\n\n- the first item\n- the second item\n",
    )
    .expect("write the note");
    let cleaned = clean_file_to_markdown(&note);
    let library = dir.path().join("library");
    let saved = std::fs::read_to_string(save(&library, &note.to_string_lossy(), &[]))
        .expect("the saved note");
    for written in [&cleaned, &saved] {
        let (front, body) = front_and_body(written);
        assert!(front.contains("title: 'My note: on tents'"), "{written}");
        assert!(
            front.contains("source: https://example.org/tents"),
            "{written}"
        );
        assert!(body.contains("- the second item"), "{written}");
        assert!(
            !body.contains("tags:") && !body.contains("---"),
            "{written}"
        );
    }
    assert!(saved.contains("- camping\n- gear"), "{saved}");
}

/// A Markdown document's opening `# ` heading is its title; a note whose front matter names
/// another title keeps that heading in its body.
#[test]
fn a_markdown_documents_first_heading_is_its_title_unless_its_front_matter_names_another() {
    let dir = tempfile::tempdir().expect("temp dir");
    let clean = |name: &str, text: &str| -> String {
        let file = dir.path().join(name);
        std::fs::write(&file, text).expect("write");
        clean_file_to_markdown(&file)
    };
    let plain = clean(
        "trip.md",
        "# Trip notes\n\nWe left early.\n\n## Day one\n\nRain all day.\n",
    );
    let (front, body) = front_and_body(&plain);
    assert!(front.contains("title: Trip notes"), "{plain}");
    assert_eq!(body.trim(), "We left early.\n\n## Day one\n\nRain all day.");
    let titled = clean(
        "camping.md",
        "---\ntitle: Camping 2026\n---\n\n# Trip notes\n\nWe left early.\n",
    );
    let (front, body) = front_and_body(&titled);
    assert!(front.contains("title: Camping 2026"), "{titled}");
    assert_eq!(body.trim(), "# Trip notes\n\nWe left early.");
}
