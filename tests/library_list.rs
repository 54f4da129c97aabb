//! `byline list` as a user runs it: output, messages and exit codes.

use std::path::Path;
use std::process::{Command, Output};

fn byline(args: &[&str], data_home: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        // The default library lives in the data dir; point it at an empty temporary folder.
        .env("XDG_DATA_HOME", data_home)
        .env("HOME", data_home)
        .output()
        .expect("run byline")
}

fn fixtures() -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/library")
        .display()
        .to_string()
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn lists_articles_failures_and_warnings() {
    let home = tempfile::tempdir().expect("tempdir");
    let out = byline(&["list", "--library", &fixtures()], home.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.starts_with("14 articles in "), "{s}");
    assert!(s.contains("  markdown/yaml.md "), "{s}");
    assert!(s.contains("2024-03-05  Council approves budget"), "{s}");
    assert!(s.contains("json/array.json#3"), "{s}");
    assert!(s.contains("broken/latin1.txt"), "{s}");
    assert!(s.contains("Caf\u{FFFD} news [!]"), "{s}");
    assert!(s.contains("\n5 failed:\n"), "{s}");
    assert!(s.contains("  FAILED broken/binary.txt: binary file"), "{s}");
    assert!(s.contains("  FAILED broken/empty.txt: empty file"), "{s}");
    assert!(s.contains("\n2 warnings:\n"), "{s}");
    assert!(
        s.contains("[!] markdown/malformed-front-matter.md: malformed YAML front matter"),
        "{s}"
    );
    assert!(!s.chars().any(|c| c.is_control() && c != '\n'), "{s:?}");
    assert!(out.stderr.is_empty());
}

#[test]
fn the_global_flag_may_come_first() {
    let home = tempfile::tempdir().expect("tempdir");
    let out = byline(&["--library", &fixtures(), "list"], home.path());
    assert_eq!(out.status.code(), Some(0));
    assert!(text(&out.stdout).starts_with("14 articles in "));
}

#[test]
fn without_a_library_the_samples_are_listed() {
    let home = tempfile::tempdir().expect("tempdir");
    let out = byline(&["list"], home.path());
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let s = text(&out.stdout);
    assert!(s.contains("showing the sample library"), "{s}");
    assert!(
        s.contains("5 articles in the sample library (built in)"),
        "{s}"
    );
    assert!(s.contains("isis-networks.txt"), "{s}");
    assert!(!s.contains("FAILED"), "{s}");
}

#[test]
fn an_empty_default_library_falls_back_to_samples() {
    let home = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(home.path().join("byline/library")).expect("mkdir");
    let out = byline(&["list"], home.path());
    assert_eq!(out.status.code(), Some(0));
    let s = text(&out.stdout);
    assert!(s.starts_with("no article in "), "{s}");
    assert!(s.contains("sample library"), "{s}");
}

#[test]
fn a_missing_library_is_a_runtime_error() {
    let home = tempfile::tempdir().expect("tempdir");
    let missing = home.path().join("no such folder");
    let out = byline(
        &["list", "--library", &missing.display().to_string()],
        home.path(),
    );
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("byline: library folder not found: "),
        "{err}"
    );
    assert!(out.stdout.is_empty());
}

#[test]
fn a_file_as_library_is_a_runtime_error() {
    let home = tempfile::tempdir().expect("tempdir");
    let file = format!("{}/plain/with-title.txt", fixtures());
    let out = byline(&["list", "--library", &file], home.path());
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("byline: library is not a folder: "));
}

#[test]
fn usage_errors_exit_two() {
    let home = tempfile::tempdir().expect("tempdir");
    let out = byline(&["list", "--no-such-flag"], home.path());
    assert_eq!(out.status.code(), Some(2));
    let out = byline(&["list", "--library"], home.path());
    assert_eq!(out.status.code(), Some(2));
}
