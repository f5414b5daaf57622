//! The clipboard as the window's Paste and `clean` / `save --clipboard` read it, on a real X
//! server with xclip as the clipboard's owner (as a browser would own it). These run when `Xvfb`
//! and `xclip` are installed (`.ci/run` installs them); without them each says it is skipped.
//! The binary is run with the display in its environment, so the tests never touch the
//! clipboard of the desktop they run on.

mod common;

use common::{assert_ok, stderr, stdout};
use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Long enough for a slow machine; a read that hangs (the failure these tests guard) never ends.
const DEADLINE: Duration = Duration::from_secs(60);

/// An X server of our own, on the first free display; stopped when dropped.
struct Display {
    server: Child,
    name: String,
}

impl Drop for Display {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

/// One X server at a time: the tests are quick, and servers and clipboard owners started side by
/// side on a busy machine are one more thing that could go wrong.
static ONE_DISPLAY_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Starts `Xvfb` on a display it picks itself (`-displayfd`), or `None` with a line saying why
/// the test is skipped. The display is the caller's alone while it holds the returned guard.
fn start_display() -> Option<(Display, std::sync::MutexGuard<'static, ()>)> {
    // A test that failed while holding it leaves it poisoned; the next runs all the same.
    let turn = ONE_DISPLAY_AT_A_TIME
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if Command::new("xclip").arg("-version").output().is_err() {
        eprintln!("skipped: xclip is not installed (these tests need Xvfb and xclip)");
        return None;
    }
    let Ok(mut server) = Command::new("Xvfb")
        .args([
            "-displayfd",
            "1",
            "-nolisten",
            "tcp",
            "-screen",
            "0",
            "640x480x24",
        ])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
    else {
        eprintln!("skipped: Xvfb is not installed (these tests need Xvfb and xclip)");
        return None;
    };
    let announced = server.stdout.take().expect("Xvfb's output is piped");
    let (sender, number) = mpsc::channel();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = BufReader::new(announced).read_line(&mut line);
        let _ = sender.send(line);
    });
    let number = number
        .recv_timeout(DEADLINE)
        .expect("Xvfb names its display");
    let number = number.trim();
    assert!(
        !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()),
        "Xvfb wrote {number:?} for its display"
    );
    Some((
        Display {
            server,
            name: format!(":{number}"),
        },
        turn,
    ))
}

/// xclip owning the clipboard with `file`'s bytes as `target`, until dropped.
struct Owner(Child);

impl Drop for Owner {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// What xclip says goes to a file in `scratch` (the test's own folder, never the repository).
fn own_clipboard(display: &Display, target: &str, file: &Path, scratch: &Path) -> Owner {
    let log = scratch.join("xclip.log");
    let started = Instant::now();
    // xclip is started again if it ends before it owns the clipboard (a start that lost a race
    // with the new server); what it said is in the failure.
    for _attempt in 0..3 {
        let owner = Command::new("xclip")
            // `-quiet` keeps it in the foreground, so it can be stopped.
            .args(["-quiet", "-selection", "clipboard", "-t", target, "-i"])
            .arg(file)
            .env("DISPLAY", &display.name)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).expect("xclip's log"))
            .spawn()
            .expect("xclip runs");
        let mut owner = Owner(owner);
        loop {
            if offered_types(display).contains(target) {
                return owner;
            }
            if owner.0.try_wait().ok().flatten().is_some() {
                break;
            }
            assert!(
                started.elapsed() < DEADLINE,
                "xclip never took the clipboard of {}; it said: {:?}",
                display.name,
                std::fs::read_to_string(&log).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    panic!(
        "xclip ended three times before it took the clipboard of {}; it said: {:?}",
        display.name,
        std::fs::read_to_string(&log).unwrap_or_default()
    );
}

/// The types the clipboard's owner offers, as another program asks for them ("" when no owner
/// answers).
fn offered_types(display: &Display) -> String {
    let mut asking = Command::new("xclip");
    asking
        .args(["-o", "-selection", "clipboard", "-t", "TARGETS"])
        .env("DISPLAY", &display.name);
    let output = run_within(&mut asking, Duration::from_secs(10));
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Runs `command` to its end, or fails the test when it takes longer than `limit` (a hang).
fn run_within(command: &mut Command, limit: Duration) -> Output {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the command runs");
    let mut out = child.stdout.take().expect("piped");
    let mut err = child.stderr.take().expect("piped");
    let out = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = out.read_to_end(&mut bytes);
        bytes
    });
    let err = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = err.read_to_end(&mut bytes);
        bytes
    });
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("the command can be waited on") {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{command:?} was still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Output {
        status,
        stdout: out.join().expect("stdout read"),
        stderr: err.join().expect("stderr read"),
    }
}

/// `tidyclip args…` on `display` (no Wayland, so X11 is what it reads).
fn tidyclip_on(display: Option<&Display>, args: &[&str], home: &Path) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_tidyclip"));
    command
        .args(args)
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("TIDYCLIP_LIBRARY")
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_DATA_HOME", home.join("data"));
    match display {
        Some(display) => command.env("DISPLAY", &display.name),
        None => command.env_remove("DISPLAY"),
    };
    run_within(&mut command, DEADLINE)
}

/// `tidyclip clean --clipboard --format json` on `display`, which must succeed, and the one JSON
/// line it printed.
fn clean_clipboard(display: &Display, home: &Path) -> (Output, serde_json::Value) {
    let output = tidyclip_on(
        Some(display),
        &["clean", "--clipboard", "--format", "json"],
        home,
    );
    assert_ok(&output);
    let article = serde_json::from_str(stdout(&output).trim()).expect("one JSON line");
    (output, article)
}

const HEADLINE: &str = "The river town that rebuilt its bridge";
const SENTENCE: &str = "The new bridge opened on a cold morning, and the whole town walked across it before the first car did.";

/// An article as a browser's HTML flavour gives it (no `<title>`), carrying 2 MB of a page's
/// script data: big enough that xclip sends it in parts (INCR), as browsers do for big
/// selections.
fn big_selection() -> String {
    let data = "{\"k\":\"0123456789abcdef\"},".repeat(2_000_000 / 25);
    format!(
        "<html><body><script>var data = [{data}];</script><article><h1>{HEADLINE}</h1>\
         <p>{SENTENCE}</p>\
         <p>Engineers had worked through two winters to finish it, pouring the last span in the \
         spring while the old crossing stood closed a mile downstream.</p>\
         <p>Shops on both banks stayed open late that night, and the mayor thanked the crews by \
         name in a short speech at the middle of the span.</p></article></body></html>"
    )
}

#[test]
fn a_big_html_selection_is_read_whole_and_its_owner_still_answers_after() {
    let Some((display, _turn)) = start_display() else {
        return;
    };
    let dir = tempfile::tempdir().expect("a temporary folder");
    let page = dir.path().join("selection.html");
    std::fs::write(&page, big_selection()).expect("the page is written");
    let _owner = own_clipboard(&display, "text/html", &page, dir.path());

    let (output, article) = clean_clipboard(&display, dir.path());
    assert_eq!(article["format"], "html", "{}", stdout(&output));
    assert_eq!(article["file"], "clipboard");
    assert_eq!(article["title"], HEADLINE);
    let body = article["body"].as_str().expect("a body");
    assert!(body.contains(SENTENCE), "{body}");
    assert!(!body.contains("0123456789abcdef"), "{body}");
    // xclip answered the page-address question with its page sent in parts and then waited for
    // ever on it: the next paste hung until xclip was killed.
    assert!(
        offered_types(&display).contains("text/html"),
        "the clipboard's owner stopped answering after the paste"
    );
    let (again, _) = clean_clipboard(&display, dir.path());
    assert_eq!(stdout(&again), stdout(&output));
}

#[test]
fn text_on_the_clipboard_is_saved_as_a_note() {
    let Some((display, _turn)) = start_display() else {
        return;
    };
    let dir = tempfile::tempdir().expect("a temporary folder");
    let library = dir.path().join("library");
    let seed =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/seeds/000_b85be92c46314c23.txt");
    let _owner = own_clipboard(&display, "UTF8_STRING", &seed, dir.path());

    let library_arg = library.to_str().expect("a UTF-8 path");
    let output = tidyclip_on(
        Some(&display),
        &[
            "--library",
            library_arg,
            "save",
            "--clipboard",
            "--tag",
            "from-clipboard",
        ],
        dir.path(),
    );
    assert_ok(&output);
    let note = stdout(&output).trim().to_string();
    assert!(Path::new(&note).starts_with(&library), "{note}");
    let written = std::fs::read_to_string(&note).expect("the note is on disk");
    let seed_text = std::fs::read_to_string(&seed).expect("the seed");
    let first_long_line = seed_text
        .lines()
        .find(|l| l.split_whitespace().count() > 25)
        .expect("the seed has a paragraph");
    assert!(written.contains(first_long_line.trim()), "{written}");
    assert!(written.contains("- from-clipboard"), "{written}");
}

#[test]
fn a_big_text_on_the_clipboard_is_read_as_text_and_its_owner_still_answers_after() {
    let Some((display, _turn)) = start_display() else {
        return;
    };
    let dir = tempfile::tempdir().expect("a temporary folder");
    let text = dir.path().join("selection.txt");
    // 2 MB of plain text: asked for as HTML, xclip sent it in parts of the text's type, which
    // read as an empty HTML flavour and left xclip waiting, so the text read after it hung.
    let filler = "A line of a long pasted notebook, copied whole from an editor.\n".repeat(32_000);
    std::fs::write(&text, format!("{HEADLINE}\n\n{SENTENCE}\n\n{filler}")).expect("written");
    let _owner = own_clipboard(&display, "UTF8_STRING", &text, dir.path());

    let (_, article) = clean_clipboard(&display, dir.path());
    assert_eq!(article["format"], "text");
    let blocks = article["blocks"].as_array().expect("blocks");
    assert!(
        blocks.iter().any(|b| b["text"] == SENTENCE),
        "the paste's first paragraph is a block"
    );
    assert!(
        offered_types(&display).contains("UTF8_STRING"),
        "the clipboard's owner stopped answering after the paste"
    );
}

#[test]
fn a_copied_picture_is_no_text_to_clip() {
    let Some((display, _turn)) = start_display() else {
        return;
    };
    let dir = tempfile::tempdir().expect("a temporary folder");
    let picture = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/icon.png");
    let _owner = own_clipboard(&display, "image/png", &picture, dir.path());

    let output = tidyclip_on(Some(&display), &["clean", "--clipboard"], dir.path());
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        "tidyclip: The clipboard holds no text: copy an article first.\n"
    );
}

#[test]
fn without_a_display_the_clipboard_read_fails_in_words() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let output = tidyclip_on(None, &["clean", "--clipboard"], dir.path());
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(
        stderr(&output).starts_with("tidyclip: Could not open the clipboard"),
        "{}",
        stderr(&output)
    );
    assert!(stdout(&output).is_empty());
}

#[test]
fn a_file_and_the_clipboard_are_not_read_together() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let output = tidyclip_on(None, &["clean", "--clipboard", "page.html"], dir.path());
    assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
    assert!(
        stderr(&output).contains("cannot be used with"),
        "{}",
        stderr(&output)
    );
}
