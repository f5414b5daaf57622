//! Hostile inputs, as an attacker or a careless person would try them (issue 10): links out of
//! the library, broken encodings, pipes and devices, huge inputs, device names, file names that
//! are not UTF-8, empty pages, a reader that goes away, front matter built to stall a parser, and
//! read-only commands on a mistyped folder. Each test runs the real binary on inputs it makes.

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

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(out: &Output) -> String {
    String::from_utf8(out.stderr.clone()).expect("stderr is UTF-8")
}

fn assert_ok(out: &Output) {
    assert!(
        out.status.success(),
        "exit {:?}, stderr: {}",
        out.status.code(),
        stderr(out)
    );
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
}
