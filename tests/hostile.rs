//! Hostile inputs, as an attacker or a careless person would try them (issue 10): links out of
//! the library, broken encodings, pipes and devices, huge inputs, device names, file names that
//! are not UTF-8, empty pages, a reader that goes away, front matter built to stall a parser, and
//! read-only commands on a mistyped folder. Each test runs the real binary on inputs it makes.

mod common;

use common::{assert_ok, stderr, stdout};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

/// A temporary home (cache, trash) and a library folder inside it.
struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    fn new() -> Self {
        let dir = tempfile::tempdir().expect("a temp folder");
        std::fs::create_dir_all(dir.path().join("library")).expect("test setup");
        std::fs::create_dir_all(dir.path().join("home")).expect("test setup");
        Sandbox { dir }
    }

    fn lib(&self) -> PathBuf {
        self.dir.path().join("library")
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// `tidyclip --library <library> args…`, its cache and trash kept in the sandbox's home.
    fn command(&self, library: &Path, args: &[&str]) -> Command {
        let home = self.dir.path().join("home");
        let mut command = Command::new(env!("CARGO_BIN_EXE_tidyclip"));
        command
            .arg("--library")
            .arg(library)
            .args(args)
            .env_remove("TIDYCLIP_LIBRARY")
            .env("HOME", &home)
            .env("XDG_CACHE_HOME", home.join("cache"))
            .env("XDG_DATA_HOME", home.join("data"))
            .stdin(Stdio::null());
        command
    }

    fn run(&self, args: &[&str]) -> Output {
        run_within(
            &mut self.command(&self.lib(), args),
            Duration::from_secs(60),
        )
    }
}

/// Runs `command` and fails the test if it has not ended within `limit` (it hung).
fn run_within(command: &mut Command, limit: Duration) -> Output {
    let child = command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    wait_within(child, limit)
}

fn wait_within(mut child: Child, limit: Duration) -> Output {
    let deadline = Instant::now() + limit;
    while child
        .try_wait()
        .expect("the child can be waited on")
        .is_none()
    {
        if Instant::now() > deadline {
            let _ = child.kill();
            let out = child
                .wait_with_output()
                .expect("the child can be waited on");
            panic!(
                "still running after {limit:?} (hung); stderr: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child
        .wait_with_output()
        .expect("the child can be waited on")
}

/// Exit 1 with one line on stderr, which is returned.
fn assert_refused(out: &Output) -> String {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(1), "stderr: {err}");
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    err
}

#[cfg(unix)]
fn is_link(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

#[cfg(unix)]
fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .expect("test setup")
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A link outside the library to one of its notes: the note is what changes, never the link or
/// the folder the link is in.
#[cfg(unix)]
#[test]
fn a_link_from_outside_acts_on_the_note_inside_the_library() {
    let sandbox = Sandbox::new();
    let real = sandbox.lib().join("Real note.md");
    std::fs::write(&real, "---\ntitle: Real note\n---\n\nThe body.\n").unwrap();
    let outside = sandbox.path("outside");
    std::fs::create_dir(&outside).unwrap();
    let link = outside.join("link.md");
    std::os::unix::fs::symlink(&real, &link).unwrap();

    assert_ok(&sandbox.run(&["tag", link.to_str().unwrap(), "kept"]));
    assert!(is_link(&link), "tag replaced the link with a copy");
    assert!(std::fs::read_to_string(&real).unwrap().contains("- kept"));

    let out = sandbox.run(&["rename", link.to_str().unwrap(), "Renamed note"]);
    assert_ok(&out);
    let renamed = sandbox.lib().join("Renamed note.md");
    assert_eq!(stdout(&out).trim_end(), renamed.display().to_string());
    assert!(renamed.is_file());
    assert_eq!(names_in(&outside), vec!["link.md"], "rename wrote outside");
    assert!(is_link(&link));

    std::fs::remove_file(&link).unwrap();
    std::os::unix::fs::symlink(&renamed, &link).unwrap();
    assert_ok(&sandbox.run(&["delete", link.to_str().unwrap()]));
    assert!(!renamed.exists(), "the note itself went to the trash");
    assert!(is_link(&link), "the link outside was not what was trashed");
}

/// A link inside the library to a file outside, and a note in a hidden folder: refused with the
/// reason, nothing changed.
#[cfg(unix)]
#[test]
fn a_link_to_a_file_outside_and_hidden_notes_are_refused_with_the_reason() {
    let sandbox = Sandbox::new();
    let outside = sandbox.path("outside");
    std::fs::create_dir(&outside).unwrap();
    let secret = outside.join("secret.md");
    let content = "---\ntitle: Secret\n---\n\nNot the library's.\n";
    std::fs::write(&secret, content).unwrap();
    let link = sandbox.lib().join("Evil.md");
    std::os::unix::fs::symlink(&secret, &link).unwrap();
    let hidden = sandbox.lib().join(".trash");
    std::fs::create_dir(&hidden).unwrap();
    std::fs::write(hidden.join("Old.md"), content).unwrap();

    for args in [
        &["tag", "Evil.md", "x"][..],
        &["rename", "Evil.md", "Taken"][..],
        &["delete", "Evil.md"][..],
    ] {
        let err = assert_refused(&sandbox.run(args));
        assert!(err.contains("outside the library"), "{args:?}: {err}");
        assert!(is_link(&link), "{args:?}");
        assert_eq!(std::fs::read_to_string(&secret).unwrap(), content);
        assert_eq!(names_in(&outside), vec!["secret.md"], "{args:?}");
    }
    let err = assert_refused(&sandbox.run(&["delete", ".trash/Old.md"]));
    assert!(err.contains("hidden"), "{err}");
    assert!(hidden.join("Old.md").is_file());

    // Nor do the list and search read the file the link leads to; a note of the library's
    // own, linked from inside it, is still listed.
    let inside = sandbox.lib().join("Inside.md");
    std::fs::write(&inside, "---\ntitle: Inside\n---\n\nThe library's own.\n").unwrap();
    std::os::unix::fs::symlink(&inside, sandbox.lib().join("Alias.md")).unwrap();
    let listed = sandbox.run(&["list"]);
    assert_ok(&listed);
    let listed = stdout(&listed);
    assert!(
        !listed.contains("Secret") && !listed.contains("Evil"),
        "{listed}"
    );
    assert!(listed.contains("Alias.md"), "{listed}");
    let found = sandbox.run(&["search", "library's"]);
    let found = stdout(&found);
    assert!(!found.contains("Evil"), "{found}");
    assert!(found.contains("Inside"), "{found}");
}

impl Sandbox {
    /// Saves `input` and returns the printed path.
    fn save(&self, input: &Path, extra: &[&str]) -> PathBuf {
        let mut args = vec!["save", input.to_str().expect("a UTF-8 path")];
        args.extend_from_slice(extra);
        let out = self.run(&args);
        assert_ok(&out);
        PathBuf::from(stdout(&out).trim_end())
    }
}

const PARAGRAPHS: &[&str] = &[
    "The river that runs through the old town rose by almost two metres overnight, and by morning the lower streets near the market square were under water for the first time in thirty years.",
    "Shopkeepers spent the early hours carrying stock to upper floors while volunteers filled sandbags outside the town hall, where the mayor promised that emergency funds would reach every family affected.",
    "Engineers from the regional water authority said the embankments had held, but warned that another storm expected at the weekend could push the level higher than the defences were built to withstand.",
    "Residents who remember the flood of the nineteen nineties said the water had come faster this time, and several asked why the new pumping station on the northern bank had not yet been switched on.",
    "The authority said the station would be running by Friday, and that the town would be reviewing its plans for the coming winter once the water had gone down and the damage could be assessed properly.",
];

/// A news page as bytes, with `inject` placed inside its second paragraph.
fn page(title: &str, inject: &[u8]) -> Vec<u8> {
    let mut html = format!(
        "<!doctype html><html><head><meta charset=\"utf-8\"><title>{title}</title></head><body><article><h1>{title}</h1>"
    )
    .into_bytes();
    for (i, p) in PARAGRAPHS.iter().enumerate() {
        html.extend_from_slice(b"<p>");
        if i == 1 {
            let (head, tail) = p.split_at(40);
            html.extend_from_slice(head.as_bytes());
            html.extend_from_slice(inject);
            html.extend_from_slice(tail.as_bytes());
        } else {
            html.extend_from_slice(p.as_bytes());
        }
        html.extend_from_slice(b"</p>\n");
    }
    html.extend_from_slice(b"</article></body></html>\n");
    html
}

fn clean_json(sandbox: &Sandbox, input: &Path) -> serde_json::Value {
    let out = sandbox.run(&["clean", input.to_str().expect("a UTF-8 path")]);
    assert_ok(&out);
    serde_json::from_str(stdout(&out).trim_end()).expect("one JSON line")
}

#[test]
fn utf8_with_a_stray_invalid_byte_stays_utf8() {
    let sandbox = Sandbox::new();
    let input = sandbox.path("stray.html");
    std::fs::write(&input, page("Café society in Zürich", b"\xFF")).unwrap();
    let json = clean_json(&sandbox, &input);
    assert_eq!(json["title"], "Café society in Zürich");
    let body = json["body"].as_str().unwrap();
    assert!(body.contains('\u{FFFD}'), "{body}");
    assert!(!body.contains('Ã'), "read as cp1252: {body}");
    for p in [PARAGRAPHS[0], PARAGRAPHS[4]] {
        assert!(body.contains(p), "paragraph lost: {body}");
    }
    let note = sandbox.save(&input, &[]);
    assert_eq!(note.file_name().unwrap(), "Café society in Zürich.md");
    assert!(
        std::fs::read_to_string(&note)
            .unwrap()
            .contains(PARAGRAPHS[2])
    );
}

#[test]
fn stray_nul_bytes_are_dropped_but_binaries_are_still_refused() {
    let sandbox = Sandbox::new();
    let input = sandbox.path("nul.html");
    let mut bytes = page("Flood in the old town", b"\0");
    bytes.splice(20..20, *b"\0\0");
    std::fs::write(&input, bytes).unwrap();
    let json = clean_json(&sandbox, &input);
    let body = json["body"].as_str().unwrap();
    assert!(!body.contains('\0'));
    assert!(body.contains(PARAGRAPHS[3]), "{body}");
    assert!(body.contains("The river that runs through"), "{body}");

    // Noise: what a compressed or encrypted file looks like to a reader.
    let mut state = 0x2545_F491_4F6C_DD1Du64;
    let noise: Vec<u8> = (0..4096)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    for (name, bytes, says) in [
        ("doc.pdf", b"%PDF-1.7\n%\xE2\xE3\n1 0 obj\n".to_vec(), "PDF"),
        ("img.png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".to_vec(), "PNG"),
        ("a.zip", b"PK\x03\x04\x14\0\0\0\x08\0".to_vec(), "ZIP"),
        ("noise.html", noise, "not text"),
    ] {
        let path = sandbox.path(name);
        std::fs::write(&path, bytes).unwrap();
        let err = assert_refused(&sandbox.run(&["clean", path.to_str().unwrap()]));
        assert!(err.contains(says), "{name}: {err}");
    }
}

fn write_page(path: &Path, title: &str) -> PathBuf {
    std::fs::write(path, page(title, b"")).expect("test setup");
    path.to_path_buf()
}

#[cfg(unix)]
#[test]
fn a_fifo_a_device_and_a_folder_are_refused_without_waiting() {
    let sandbox = Sandbox::new();
    let fifo = sandbox.path("pipe.html");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success());
    let limit = Duration::from_secs(20);
    for (input, says) in [
        (fifo.as_path(), "not a regular file"),
        (Path::new("/dev/zero"), "not a regular file"),
        (sandbox.lib().as_path(), "folder"),
    ] {
        let mut command = sandbox.command(&sandbox.lib(), &["clean", input.to_str().unwrap()]);
        let err = assert_refused(&run_within(&mut command, limit));
        assert!(err.contains(says), "{}: {err}", input.display());
    }
    let mut command = sandbox.command(&sandbox.lib(), &["save", fifo.to_str().unwrap()]);
    assert_refused(&run_within(&mut command, limit));
}

#[test]
fn inputs_over_64_mb_are_refused_naming_the_cap() {
    let sandbox = Sandbox::new();
    let big = sandbox.path("big.html");
    std::fs::File::create(&big)
        .unwrap()
        .set_len(65 * 1024 * 1024)
        .unwrap();
    let err = assert_refused(&sandbox.run(&["clean", big.to_str().unwrap()]));
    assert!(err.contains("64 MB"), "{err}");

    let mut command = sandbox.command(&sandbox.lib(), &["clean", "-"]);
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let chunk = vec![0u8; 1024 * 1024];
        for _ in 0..65 {
            // The reader stops at the cap and goes away: a failed write is expected.
            if stdin.write_all(&chunk).is_err() {
                break;
            }
        }
    });
    let out = wait_within(child, Duration::from_secs(120));
    writer.join().unwrap();
    let err = assert_refused(&out);
    assert!(
        err.contains("64 MB") && err.contains("standard input"),
        "{err}"
    );
}

#[cfg(unix)]
#[test]
fn import_passes_over_a_fifo_and_imports_the_rest() {
    let sandbox = Sandbox::new();
    let inbox = sandbox.path("inbox");
    std::fs::create_dir(&inbox).unwrap();
    write_page(&inbox.join("good.html"), "Flood in the old town");
    let made = Command::new("mkfifo")
        .arg(inbox.join("pipe.html"))
        .status()
        .unwrap();
    assert!(made.success());
    let mut command = sandbox.command(
        &sandbox.lib(),
        &["import", inbox.to_str().unwrap(), "--json"],
    );
    let out = run_within(&mut command, Duration::from_secs(30));
    assert_ok(&out);
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["imported"].as_array().unwrap().len(), 1, "{report}");
    let failed = report["failed"].to_string();
    assert!(failed.contains("pipe.html"), "{report}");
    assert!(failed.contains("not a regular file"), "{report}");
}

#[test]
fn clean_reports_each_bad_input_and_goes_on() {
    let sandbox = Sandbox::new();
    let a = write_page(&sandbox.path("a.html"), "First page");
    let empty = sandbox.path("empty.txt");
    std::fs::write(&empty, "").unwrap();
    let missing = sandbox.path("missing.html");
    let b = write_page(&sandbox.path("b.html"), "Second page");
    let out = sandbox.run(&[
        "clean",
        a.to_str().unwrap(),
        empty.to_str().unwrap(),
        missing.to_str().unwrap(),
        b.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let printed: Vec<serde_json::Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let titles: Vec<&str> = printed
        .iter()
        .map(|j| j["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, vec!["First page", "Second page"]);
    let err = stderr(&out);
    assert!(
        err.contains("empty.txt") && err.contains("it is empty"),
        "{err}"
    );
    assert!(err.contains("missing.html"), "{err}");
    assert!(!err.contains("a.html") && !err.contains("b.html"), "{err}");
}

const DEVICES: &[&str] = &[
    "CON", "PRN", "AUX", "NUL", "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
    "COM8", "COM9", "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// Unicode format characters a file name must not carry: bidi controls, zero-width space, word
/// joiner, BOM.
fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{061C}')
}

#[test]
fn windows_device_names_and_invisible_characters_never_name_a_file() {
    let sandbox = Sandbox::new();
    let input = write_page(&sandbox.path("page.html"), "Flood in the old town");
    for title in [
        "nul.txt",
        "COM1.txt",
        "con .txt",
        "Aux",
        "lpt9 . txt",
        "PRN.",
        "CoM3 .tar.gz",
        "nul\u{200B}.txt",
    ] {
        let note = sandbox.save(&input, &["--force", "--title", title]);
        let name = note.file_name().unwrap().to_str().unwrap().to_string();
        let base = name
            .split('.')
            .next()
            .unwrap()
            .trim_end_matches([' ', '.'])
            .to_ascii_uppercase();
        assert!(!DEVICES.contains(&base.as_str()), "{title:?} gave {name:?}");
        assert!(note.is_file());
    }
    for (title, expected) in [
        ("abc\u{202E}txt.exe", "abctxt.exe.md"),
        (
            "\u{FEFF}Zero\u{200B}width\u{2060} title\u{200F}",
            "Zerowidth title.md",
        ),
    ] {
        let note = sandbox.save(&input, &["--force", "--title", title]);
        let name = note.file_name().unwrap().to_str().unwrap();
        assert!(!name.chars().any(is_invisible), "{name:?}");
        assert_eq!(name, expected);
    }
}

#[test]
fn long_titles_are_cut_between_graphemes() {
    let sandbox = Sandbox::new();
    let input = write_page(&sandbox.path("page.html"), "Flood in the old town");
    let family = "👨\u{200D}👩\u{200D}👧\u{200D}👦";
    let note = sandbox.save(&input, &["--force", "--title", &family.repeat(40)]);
    let stem = note.file_stem().unwrap().to_str().unwrap();
    let whole = stem.len() / family.len();
    assert!(whole >= 1, "{stem:?}");
    assert_eq!(stem, family.repeat(whole), "a family was cut apart");

    // x with an acute has no composed form, so it stays a letter and a combining accent.
    let accented = "x\u{301}".repeat(60);
    let note = sandbox.save(&input, &["--force", "--title", &accented]);
    let stem = note.file_stem().unwrap().to_str().unwrap();
    assert!(
        stem.ends_with('\u{301}'),
        "an accent was cut from its letter"
    );
    assert_eq!(stem, "x\u{301}".repeat(stem.len() / 3));
}

#[cfg(unix)]
#[test]
fn a_file_name_that_is_not_utf8_is_listed_and_the_cache_written() {
    use std::os::unix::ffi::OsStrExt;
    let sandbox = Sandbox::new();
    let odd = sandbox
        .lib()
        .join(std::ffi::OsStr::from_bytes(b"caf\xE9 notes.md"));
    std::fs::write(&odd, "---\ntitle: Cafe notes\n---\n\nAbout coffee.\n").unwrap();
    std::fs::write(
        sandbox.lib().join("Plain notes.md"),
        "---\ntitle: Plain notes\n---\n\nAbout tea.\n",
    )
    .unwrap();
    for args in [&["list", "--json"][..], &["search", "notes", "--json"][..]] {
        let out = sandbox.run(args);
        assert_ok(&out);
        let notes: Vec<serde_json::Value> = serde_json::from_str(&stdout(&out)).unwrap();
        assert_eq!(notes.len(), 2, "{args:?}: {notes:?}");
        assert!(
            notes.iter().any(|n| n["path"]
                .as_str()
                .unwrap()
                .ends_with("caf\u{FFFD} notes.md")),
            "{notes:?}"
        );
    }
    let cache = sandbox.path("home").join("cache").join("tidyclip");
    let written = std::fs::read_dir(&cache).map_or(0, |d| {
        d.filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().starts_with("library-"))
            .count()
    });
    assert_eq!(written, 1, "the list cache was not written");
    // A second listing is served from the cache and still names the note.
    let out = sandbox.run(&["list"]);
    assert_ok(&out);
    assert!(stdout(&out).contains("Cafe notes"));
}

impl Sandbox {
    fn notes(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.lib())
            .expect("test setup")
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".md"))
            .collect();
        names.sort();
        names
    }
}

#[test]
fn a_page_with_nothing_to_clip_is_not_saved() {
    let sandbox = Sandbox::new();
    let input = sandbox.path("script.html");
    std::fs::write(
        &input,
        "<!doctype html><html><head><script>var tracker = 1;</script></head>\
         <body><script>document.write('hello');</script></body></html>",
    )
    .unwrap();
    let err = assert_refused(&sandbox.run(&["save", input.to_str().unwrap()]));
    assert!(err.contains("nothing to clip"), "{err}");
    assert!(sandbox.notes().is_empty(), "{:?}", sandbox.notes());
}

#[test]
fn a_reader_that_goes_away_ends_the_output_quietly() {
    let sandbox = Sandbox::new();
    let words = "a rather long title about the flood in the old town and what it did ".repeat(2);
    for i in 0..600 {
        std::fs::write(
            sandbox.lib().join(format!("Note {i}.md")),
            format!("---\ntitle: Note {i} {words}\n---\n\nBody {i}.\n"),
        )
        .unwrap();
    }
    let page = write_page(&sandbox.path("page.html"), "Flood in the old town");
    let pages: Vec<&str> = std::iter::repeat_n(page.to_str().unwrap(), 60).collect();
    let clean: Vec<&str> = std::iter::once("clean").chain(pages).collect();
    for args in [&["search", "note"][..], &["list"][..], &clean[..]] {
        let mut child = sandbox
            .command(&sandbox.lib(), args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The reader (`head -0`) goes away before reading anything.
        drop(child.stdout.take());
        let out = wait_within(child, Duration::from_secs(60));
        assert_eq!(stderr(&out), "", "{:?}", &args[..1]);
        assert!(out.status.success(), "{:?}: {:?}", &args[..1], out.status);
    }
}

#[test]
fn front_matter_that_is_huge_or_deeply_nested_is_listed_by_its_file_name() {
    let sandbox = Sandbox::new();
    let nested = format!(
        "---\ntitle: {}{}\n---\n\nbody\n",
        "[".repeat(30_000),
        "]".repeat(30_000)
    );
    std::fs::write(sandbox.lib().join("nested.md"), nested).unwrap();
    let huge = format!(
        "---\ntitle: Big\ndescription: \"{}\"\n---\n\nbody\n",
        "word ".repeat(20_000)
    );
    std::fs::write(sandbox.lib().join("huge.md"), huge).unwrap();
    std::fs::write(
        sandbox.lib().join("plain.md"),
        "---\ntitle: Plain\n---\n\nbody\n",
    )
    .unwrap();

    let started = Instant::now();
    let out = sandbox.run(&["list", "--json", "--sort", "title"]);
    assert_ok(&out);
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    let notes: Vec<serde_json::Value> = serde_json::from_str(&stdout(&out)).unwrap();
    let titles: Vec<&str> = notes.iter().map(|n| n["title"].as_str().unwrap()).collect();
    assert_eq!(titles, vec!["huge", "nested", "Plain"]);
    let err = stderr(&out);
    assert!(
        err.contains("nested.md") && err.contains("huge.md"),
        "{err}"
    );
    assert!(!err.contains("plain.md"), "{err}");

    let started = Instant::now();
    let page = write_page(&sandbox.path("page.html"), "Flood in the old town");
    sandbox.save(&page, &[]);
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "{:?}",
        started.elapsed()
    );
    let err = assert_refused(&sandbox.run(&["tag", "nested.md", "x"]));
    assert!(err.contains("nested.md"), "{err}");
}

#[test]
fn read_only_commands_create_no_folders() {
    let sandbox = Sandbox::new();
    let typo = sandbox.path("typo").join("deeper");
    for args in [&["list"][..], &["search", "x"][..], &["list", "--json"][..]] {
        let out = run_within(&mut sandbox.command(&typo, args), Duration::from_secs(60));
        let err = assert_refused(&out);
        assert!(err.contains("does not exist"), "{err}");
        assert!(!sandbox.path("typo").exists(), "{args:?} created folders");
    }
}

#[cfg(unix)]
#[test]
fn a_delete_the_trash_refuses_is_reported_in_words() {
    let sandbox = Sandbox::new();
    let note = sandbox.lib().join("Story.md");
    std::fs::write(&note, "---\ntitle: Story\n---\n\nbody\n").unwrap();
    // The trash lives under a path whose parent is a file: it cannot be created.
    let blocker = sandbox.path("blocker");
    std::fs::write(&blocker, "").unwrap();
    let out = run_within(
        sandbox
            .command(&sandbox.lib(), &["delete", "Story.md"])
            .env("XDG_DATA_HOME", blocker.join("data")),
        Duration::from_secs(60),
    );
    let err = assert_refused(&out);
    assert!(err.starts_with("tidyclip: Could not move"), "{err}");
    for debug in ["{", "Os ", "kind:", "FileSystem"] {
        assert!(!err.contains(debug), "a debug dump: {err}");
    }
    assert!(note.is_file());
}

fn front_tags(note: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(note).expect("the note is readable");
    tidyclip::clipping::parse_note(&text)
        .0
        .expect("the note has front matter")
        .tags
}

#[test]
fn tags_are_made_valid_for_obsidian_or_refused() {
    let sandbox = Sandbox::new();
    let input = write_page(&sandbox.path("page.html"), "Flood in the old town");
    let note = sandbox.save(
        &input,
        &[
            "--tag",
            "read later",
            "--tag",
            "news, politics",
            "--tag",
            "#a:b",
        ],
    );
    assert_eq!(
        front_tags(&note),
        vec!["read-later", "news", "politics", "a-b"]
    );

    let name = note.file_name().unwrap().to_str().unwrap();
    let out = sandbox.run(&[
        "tag",
        name,
        "--add",
        "deep / nested /x",
        "--remove",
        "read later",
    ]);
    assert_ok(&out);
    assert_eq!(
        front_tags(&note),
        vec!["news", "politics", "a-b", "deep/nested/x"]
    );
    for bad in ["", "2024", "###"] {
        let err = assert_refused(&sandbox.run(&["tag", name, bad]));
        assert!(err.contains("cannot be used"), "{bad:?}: {err}");
        assert_eq!(front_tags(&note).len(), 4, "{bad:?} changed the tags");
    }
}

#[test]
fn parallel_saves_of_one_article_leave_one_note() {
    let sandbox = Sandbox::new();
    let input = write_page(&sandbox.path("page.html"), "Flood in the old town");
    let children: Vec<Child> = (0..20)
        .map(|_| {
            sandbox
                .command(&sandbox.lib(), &["save", input.to_str().unwrap()])
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let outs: Vec<Output> = children
        .into_iter()
        .map(|c| wait_within(c, Duration::from_secs(120)))
        .collect();
    let saved = outs.iter().filter(|o| o.status.success()).count();
    assert_eq!(saved, 1, "{saved} of 20 saves wrote a note");
    for out in outs.iter().filter(|o| !o.status.success()) {
        assert!(
            stderr(out).contains("Already in the library"),
            "{}",
            stderr(out)
        );
    }
    assert_eq!(sandbox.notes().len(), 1, "{:?}", sandbox.notes());
}

#[test]
fn temp_files_of_killed_saves_are_swept_from_the_originals_too() {
    let sandbox = Sandbox::new();
    let originals = sandbox.lib().join(".tidyclip").join("originals");
    std::fs::create_dir_all(&originals).unwrap();
    let old = originals.join(".tidyclip-killed.tmp");
    let fresh = originals.join(".tidyclip-saving-now.tmp");
    for temp in [&old, &fresh] {
        std::fs::write(temp, vec![b'x'; 1024 * 1024]).unwrap();
    }
    let two_hours_ago = std::time::SystemTime::now() - Duration::from_secs(2 * 3600);
    std::fs::File::options()
        .write(true)
        .open(&old)
        .unwrap()
        .set_modified(two_hours_ago)
        .unwrap();
    let page = write_page(&sandbox.path("page.html"), "Flood in the old town");
    sandbox.save(&page, &[]);
    assert!(!old.exists(), "a killed save's temp file is left");
    assert!(
        fresh.exists(),
        "another process may still be writing a fresh one"
    );
}

#[test]
fn names_that_differ_only_in_case_never_share_a_folder() {
    let sandbox = Sandbox::new();
    let page = write_page(&sandbox.path("page.html"), "Flood in the old town");
    let first = sandbox.save(&page, &["--title", "Budget"]);
    let second = sandbox.save(&page, &["--force", "--title", "BUDGET"]);
    assert_eq!(first.file_name().unwrap(), "Budget.md");
    assert_eq!(second.file_name().unwrap(), "BUDGET 2.md");
    // A rename that only changes the case keeps the plain name.
    let out = sandbox.run(&["rename", "Budget.md", "budget"]);
    assert_ok(&out);
    assert_eq!(
        stdout(&out).trim_end(),
        sandbox.lib().join("budget.md").display().to_string()
    );
    assert_eq!(sandbox.notes(), vec!["BUDGET 2.md", "budget.md"]);
}

#[test]
fn composed_and_decomposed_accents_never_make_two_names() {
    let sandbox = Sandbox::new();
    let page = write_page(&sandbox.path("page.html"), "Flood in the old town");
    // Typed on macOS, the title arrives decomposed; the file name is written composed.
    let first = sandbox.save(&page, &["--title", "Cafe\u{301} prices"]);
    assert_eq!(first.file_name().unwrap(), "Café prices.md");
    // The same title composed, and a note synced in with a decomposed name, get their own
    // numbered names instead of a second "Café prices.md" that macOS and Windows would merge.
    let second = sandbox.save(&page, &["--force", "--title", "Café prices"]);
    assert_eq!(second.file_name().unwrap(), "Café prices 2.md");
    std::fs::write(
        sandbox.lib().join("Cafe\u{301} menu.md"),
        "---\ntitle: Menu\n---\n\nSynced.\n",
    )
    .expect("write a synced note");
    let third = sandbox.save(&page, &["--force", "--title", "Café menu"]);
    assert_eq!(third.file_name().unwrap(), "Café menu 2.md");
}
