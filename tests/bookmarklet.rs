//! The bookmarklet's own tests (`tests/bookmarklet/*.test.mjs`, Node's test runner), run from
//! `cargo test` when `node` is installed; without it they are skipped with a line saying so.

use std::process::Command;

#[test]
fn the_bookmarklet_copies_the_page_and_opens_the_capture_link() {
    // The file itself, not its folder: Node 18 reads a folder, later versions read patterns.
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/bookmarklet/bookmarklet.test.mjs");
    let version = Command::new("node").arg("--version").output();
    let Some(version) = version.ok().filter(|o| o.status.success()) else {
        eprintln!("skipped: node is not installed (the bookmarklet's tests need Node 18 or later)");
        return;
    };
    let output = Command::new("node")
        .arg("--test")
        .arg(&file)
        .output()
        .expect("node runs");
    let report = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "node {} --test {}:\n{report}\n{}",
        String::from_utf8_lossy(&version.stdout).trim(),
        file.display(),
        String::from_utf8_lossy(&output.stderr)
    );
    // The runner found and passed the tests (not an empty folder).
    assert!(report.contains("# pass 8"), "{report}");
}
