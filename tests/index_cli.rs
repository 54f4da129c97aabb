//! `byline index`, `byline search` and `byline quotes` as a user runs them.

use std::path::Path;
use std::process::Command;

fn byline(cache: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_byline"))
        .args(args)
        .env("BYLINE_CACHE_DIR", cache)
        .output()
        .expect("run byline");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn library() -> (tempfile::TempDir, tempfile::TempDir) {
    let lib = tempfile::tempdir().expect("tempdir");
    let cache = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        lib.path().join("a.txt"),
        "Commander warns\n\nCurtis Scaparrotti spoke in Brussels on Monday.\n\n\
         “We are watching this very closely,” Scaparrotti said.\n",
    )
    .expect("write");
    std::fs::write(
        lib.path().join("b.txt"),
        "Budget talks\n\nOfficials met in Paris.\n\n\
         “The threat has not gone away at all,” Scaparrotti said.\n",
    )
    .expect("write");
    (lib, cache)
}

#[test]
fn index_prints_a_one_line_summary() {
    let (lib, cache) = library();
    let dir = lib.path().to_str().expect("utf-8");
    let (code, out, _) = byline(cache.path(), &["index", "--library", dir]);
    assert_eq!(code, 0);
    assert_eq!(out.lines().count(), 1);
    assert!(
        out.starts_with("2 articles, 2 new, 0 changed, 0 removed, 0 failed, "),
        "{out}"
    );
    let (_, out, _) = byline(cache.path(), &["index", "--library", dir]);
    assert!(out.starts_with("2 articles, 0 new, 0 changed"), "{out}");
}

#[test]
fn search_json_has_the_documented_shape() {
    let (lib, cache) = library();
    let dir = lib.path().to_str().expect("utf-8");
    let (code, out, err) = byline(
        cache.path(),
        &["search", "--library", dir, "place:Brussels", "--json"],
    );
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let arr = v.as_array().expect("array");
    assert_eq!(arr.len(), 1);
    let a = &arr[0];
    let mut keys: Vec<&str> = a
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort();
    assert_eq!(keys, vec!["date", "hits", "path", "title"]);
    assert_eq!(a["title"], "Commander warns");
    let h = &a["hits"][0];
    assert!(h["start"].as_u64().is_some() && h["end"].as_u64().is_some());
    assert!(h["snippet"].as_str().expect("snippet").contains("Brussels"));

    let (code, out, _) = byline(
        cache.path(),
        &["search", "--library", dir, "nothinglikethis", "--json"],
    );
    assert_eq!(code, 0);
    assert_eq!(out.trim(), "[]");
}

#[test]
fn quotes_json_has_the_documented_shape() {
    let (lib, cache) = library();
    let dir = lib.path().to_str().expect("utf-8");
    let (code, out, err) = byline(
        cache.path(),
        &[
            "quotes",
            "--library",
            dir,
            "--speaker",
            "Curtis Scaparrotti",
            "--json",
        ],
    );
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    let arr = v.as_array().expect("array");
    assert_eq!(arr.len(), 2, "{out}");
    for q in arr {
        let mut keys: Vec<&str> = q
            .as_object()
            .expect("object")
            .keys()
            .map(String::as_str)
            .collect();
        keys.sort();
        assert_eq!(keys, vec!["date", "path", "speaker", "text", "title"]);
        assert_eq!(q["speaker"], "Curtis Scaparrotti");
    }
}

#[test]
fn exit_codes() {
    let (lib, cache) = library();
    let dir = lib.path().to_str().expect("utf-8");
    // A query that cannot be run: usage error.
    let (code, _, err) = byline(cache.path(), &["search", "--library", dir, "   "]);
    assert_eq!(code, 2, "{err}");
    let (code, _, _) = byline(cache.path(), &["quotes", "--library", dir, "--speaker", ""]);
    assert_eq!(code, 2);
    // A library that is not there: runtime error.
    let missing = lib.path().join("missing");
    let (code, _, err) = byline(
        cache.path(),
        &["index", "--library", missing.to_str().expect("utf-8")],
    );
    assert_eq!(code, 1);
    assert!(err.contains("missing"), "{err}");
}

#[test]
fn two_processes_indexing_one_library_agree() {
    let (lib, cache) = library();
    for i in 0..30 {
        std::fs::write(
            lib.path().join(format!("n{i}.txt")),
            format!("Note {i}\n\nMaria Lopez visited Lisbon on day {i}.\n"),
        )
        .expect("write");
    }
    let dir = lib.path().to_str().expect("utf-8");
    let spawn = || {
        Command::new(env!("CARGO_BIN_EXE_byline"))
            .args(["index", "--library", dir])
            .env("BYLINE_CACHE_DIR", cache.path())
            .output()
            .expect("spawn")
    };
    let (a, b) = std::thread::scope(|s| {
        let a = s.spawn(spawn);
        let b = s.spawn(spawn);
        (a.join().expect("a"), b.join().expect("b"))
    });
    assert!(a.status.success() && b.status.success());
    let new = |o: &std::process::Output| -> usize {
        let s = String::from_utf8_lossy(&o.stdout).into_owned();
        s.split(", ")
            .find_map(|p| p.strip_suffix(" new"))
            .and_then(|n| n.parse().ok())
            .unwrap_or(usize::MAX)
    };
    assert_eq!(new(&a) + new(&b), 32);
    let (code, out, _) = byline(
        cache.path(),
        &["search", "--library", dir, "lisbon", "--json"],
    );
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v.as_array().map(Vec::len), Some(30));
}
