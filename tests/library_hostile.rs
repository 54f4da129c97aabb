//! Hostile and broken libraries (issue 6): every bad file gets a clear reason, the rest loads,
//! nothing hangs or panics. The libraries are built in temporary folders at test time.

use std::fs;
use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use byline::library::{self, Library};

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().expect("a temporary folder")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) {
    let p = dir.join(name);
    if let Some(parent) = p.parent() {
        fs::create_dir_all(parent).expect("create parent");
    }
    fs::write(p, bytes).expect("write fixture");
}

fn good(dir: &Path) {
    write(
        dir,
        "good.txt",
        b"A good article\n\nIt loads, the test said.\n",
    );
}

fn reason(lib: &Library, name: &str) -> String {
    lib.failures
        .iter()
        .find(|f| {
            f.path
                .file_name()
                .is_some_and(|n| n.to_string_lossy() == name)
        })
        .map(|f| f.reason.clone())
        .unwrap_or_else(|| panic!("no failure for {name}: {:?}", lib.failures))
}

fn has_good(lib: &Library) -> bool {
    lib.articles.iter().any(|a| a.title == "A good article")
}

#[test]
fn oversized_files_are_refused_with_their_size() {
    let d = tmp();
    good(d.path());
    // Sparse files: the size is checked before a byte is read.
    for (name, len) in [
        ("huge.txt", 100u64 << 20),
        ("big.html", 50 << 20),
        ("big.md", 17 << 20),
    ] {
        let f = fs::File::create(d.path().join(name)).expect("create");
        f.set_len(len).expect("set_len");
    }
    let lib = library::load_dir(d.path());
    assert!(has_good(&lib));
    assert_eq!(
        reason(&lib, "huge.txt"),
        "file is 100.0 MB, over the 16.0 MB limit for one file; skipped"
    );
    assert!(reason(&lib, "big.html").starts_with("file is 50.0 MB"));
    assert!(reason(&lib, "big.md").starts_with("file is 17.0 MB"));
}

#[test]
fn a_ten_megabyte_line_loads() {
    let d = tmp();
    let line = "word ".repeat(2 * 1024 * 1024);
    write(d.path(), "one-line.txt", line.as_bytes());
    let t = Instant::now();
    let lib = library::load_dir(d.path());
    let took = t.elapsed();
    assert_eq!(lib.articles.len(), 1, "{:?}", lib.failures);
    assert_eq!(lib.articles[0].title, "one line");
    assert_eq!(lib.articles[0].text.len(), line.trim_end().len());
    eprintln!("10 MB line: loaded in {took:?}");
    assert!(took < Duration::from_secs(20), "took {took:?}");
}

#[test]
fn a_fifty_megabyte_json_collection_loads() {
    let d = tmp();
    let body = "The council met on Monday, the mayor said. ".repeat(460);
    let mut f = fs::File::create(d.path().join("export.json")).expect("create");
    write!(f, "[").expect("write");
    let n = 2700;
    for i in 0..n {
        let sep = if i + 1 < n { "," } else { "" };
        writeln!(f, "{{\"title\": \"Item {i}\", \"text\": \"{body}\"}}{sep}").expect("write");
    }
    write!(f, "]").expect("write");
    drop(f);
    let size = fs::metadata(d.path().join("export.json"))
        .map(|m| m.len())
        .unwrap_or(0);
    assert!(size > 50 << 20, "{size}");
    let t = Instant::now();
    let lib = library::load_dir(d.path());
    let took = t.elapsed();
    eprintln!(
        "{:.1} MB JSON, {n} articles: loaded in {took:?} ({:.0} MB/s)",
        size as f64 / 1048576.0,
        size as f64 / 1048576.0 / took.as_secs_f64()
    );
    assert!(lib.failures.is_empty(), "{:?}", lib.failures);
    assert_eq!(lib.articles.len(), n);
    assert!(lib.articles[n - 1]
        .path
        .to_string_lossy()
        .ends_with("export.json#2700"));
}

#[test]
fn one_article_over_the_text_limit_fails_alone() {
    let d = tmp();
    good(d.path());
    let text = "x".repeat(17 << 20);
    write(
        d.path(),
        "giant.json",
        format!("[{{\"title\": \"Giant\", \"text\": \"{text}\"}}, {{\"title\": \"Small\", \"text\": \"ok\"}}]").as_bytes(),
    );
    let lib = library::load_dir(d.path());
    assert!(has_good(&lib));
    assert_eq!(
        reason(&lib, "giant.json#1"),
        "article text is 17.0 MB, over the 16.0 MB limit for one article; skipped"
    );
    assert!(lib.articles.iter().any(|a| a.title == "Small"));
}

#[test]
fn deeply_nested_html_and_json() {
    let d = tmp();
    good(d.path());
    let html = format!(
        "<html><body>{}<p>Deep text, the page said.</p>{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    write(d.path(), "deep.html", html.as_bytes());
    let json = format!(
        "{{\"text\": \"t\", \"x\": {}{}}}",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    write(d.path(), "deep.json", json.as_bytes());
    let md = format!("{}Deep quote.", "> ".repeat(100_000));
    write(d.path(), "deep.md", md.as_bytes());
    let lib = library::load_dir(d.path());
    assert!(has_good(&lib));
    assert!(
        lib.articles.iter().any(|a| a.text.contains("Deep text")),
        "{:?}",
        lib.failures
    );
    assert!(
        lib.articles.iter().any(|a| a.text.contains("Deep quote.")),
        "{:?}",
        lib.failures
    );
    assert!(reason(&lib, "deep.json").contains("recursion limit"));
}

#[test]
fn binary_empty_and_broken_files() {
    let d = tmp();
    good(d.path());
    write(
        d.path(),
        "image.txt",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x10",
    );
    write(d.path(), "empty.md", b"");
    write(d.path(), "blank.txt", b"\n\n   \n");
    write(d.path(), "bad.json", b"{\"title\": ");
    write(d.path(), "bad.jsonl", b"not json at all\n");
    write(
        d.path(),
        "latin1.txt",
        b"T\xedtulo\n\nEl caf\xe9 reabri\xf3, dijo el due\xf1o.",
    );
    write(
        d.path(),
        "front.md",
        b"+++\ntitle = = \n+++\nBody survives.",
    );
    write(
        d.path(),
        "unclosed.md",
        b"---\ntitle: never closed\n\nBody.",
    );
    let lib = library::load_dir(d.path());
    assert!(has_good(&lib));
    assert!(reason(&lib, "image.txt").contains("binary file"));
    assert_eq!(reason(&lib, "empty.md"), "empty file");
    assert_eq!(reason(&lib, "blank.txt"), "empty file");
    assert!(reason(&lib, "bad.json").contains("invalid JSON"));
    assert!(reason(&lib, "bad.jsonl#1").contains("line 1: invalid JSON"));
    let latin = lib.articles.iter().find(|a| a.title == "T\u{FFFD}tulo");
    assert!(latin.is_some_and(|a| a.text.contains("caf\u{FFFD}")));
    assert!(lib.articles.iter().any(|a| a.text == "Body survives."));
    assert!(lib
        .articles
        .iter()
        .any(|a| a.text.contains("title: never closed")));
    let warned: Vec<String> = lib
        .warnings
        .iter()
        .map(|w| {
            w.path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(warned.len(), 3, "{:?}", lib.warnings);
    for name in ["latin1.txt", "front.md", "unclosed.md"] {
        assert!(warned.iter().any(|w| w == name), "{name} in {warned:?}");
    }
}

#[cfg(unix)]
#[test]
fn symlink_loops_and_broken_links() {
    use std::os::unix::fs::symlink;
    let d = tmp();
    good(d.path());
    write(d.path(), "sub/inner.txt", b"Inner\n\nText, it said.");
    symlink(d.path(), d.path().join("sub/back-to-root")).expect("symlink");
    symlink("sub", d.path().join("sub-again")).expect("symlink");
    symlink("self.txt", d.path().join("self.txt")).expect("symlink");
    symlink("nowhere.txt", d.path().join("gone.txt")).expect("symlink");
    symlink("nowhere", d.path().join("gone-dir")).expect("symlink");
    let t = Instant::now();
    let lib = library::load_dir(d.path());
    assert!(t.elapsed() < Duration::from_secs(10));
    assert!(has_good(&lib));
    // Each real file once, whichever path reached it first.
    assert_eq!(
        lib.articles.len(),
        2,
        "{:?}",
        lib.articles.iter().map(|a| &a.path).collect::<Vec<_>>()
    );
    assert!(reason(&lib, "self.txt").contains("symbolic link loop"));
    assert!(reason(&lib, "gone.txt").contains("broken link"));
    assert!(
        lib.warnings
            .iter()
            .any(|w| w.message.contains("already read")),
        "{:?}",
        lib.warnings
    );
}

#[test]
fn a_file_removed_while_loading() {
    let d = tmp();
    good(d.path());
    write(d.path(), "vanishing.txt", b"Gone\n\nSoon.");
    let victim = d.path().join("vanishing.txt");
    let lib = library::load_dir_with(d.path(), |done, _| {
        if done == 0 {
            let _ = fs::remove_file(&victim);
        }
    });
    assert!(has_good(&lib));
    assert!(reason(&lib, "vanishing.txt").contains("not found"));
}

#[cfg(unix)]
#[test]
fn unreadable_files_and_folders() {
    use std::os::unix::fs::PermissionsExt;
    let d = tmp();
    good(d.path());
    write(d.path(), "locked.txt", b"Locked\n\nText.");
    write(d.path(), "closed/inside.txt", b"Inside\n\nText.");
    let set = |p: &Path, mode: u32| fs::set_permissions(p, fs::Permissions::from_mode(mode));
    set(&d.path().join("locked.txt"), 0o000).expect("chmod");
    set(&d.path().join("closed"), 0o000).expect("chmod");
    let lib = library::load_dir(d.path());
    // Restore so the temporary folder can be removed.
    let _ = set(&d.path().join("closed"), 0o755);
    assert!(has_good(&lib));
    if fs::read(d.path().join("locked.txt")).is_ok() {
        // Running as root: permissions do not apply, nothing to observe.
        return;
    }
    assert!(reason(&lib, "locked.txt").contains("permission denied"));
    assert!(reason(&lib, "closed").contains("permission denied"));
}

#[cfg(unix)]
#[test]
fn a_pipe_named_like_an_article_does_not_block() {
    let d = tmp();
    good(d.path());
    let fifo = d.path().join("pipe.txt");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        return; // no mkfifo on this system
    }
    let lib = library::load_dir(d.path());
    assert!(has_good(&lib));
    assert!(reason(&lib, "pipe.txt").contains("not a regular file"));
}

#[cfg(unix)]
#[test]
fn hostile_file_names() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let d = tmp();
    let evil = OsStr::from_bytes(b"\x1b]0;pwned\x07 bad \xff name.txt");
    fs::write(
        d.path().join(evil),
        b"Evil name\n\nThe name is hostile, the test said.",
    )
    .expect("write");
    let lib = library::load_dir(d.path());
    assert_eq!(lib.articles.len(), 1);
    let shown = library::display_path(&lib.articles[0].path);
    assert!(!shown.chars().any(char::is_control), "{shown:?}");
    assert!(shown.ends_with(" bad \u{FFFD} name.txt"), "{shown:?}");
}

#[test]
fn deep_folders_stop_with_a_warning() {
    let d = tmp();
    let mut p = d.path().to_path_buf();
    for _ in 0..(library::MAX_FOLDER_DEPTH + 3) {
        p.push("d");
    }
    fs::create_dir_all(&p).expect("mkdir");
    fs::write(p.join("deep.txt"), b"Deep\n\nText.").expect("write");
    good(d.path());
    let lib = library::load_dir(d.path());
    assert!(has_good(&lib));
    assert!(lib
        .warnings
        .iter()
        .any(|w| w.message.contains("nested more than")));
}

#[test]
fn empty_and_missing_libraries() {
    let d = tmp();
    let lib = library::load_dir(d.path());
    assert!(lib.articles.is_empty() && lib.failures.is_empty());
    let missing = library::load_dir(&d.path().join("missing"));
    assert!(missing.articles.is_empty());
    assert!(missing.failures[0].reason.contains("cannot be opened"));
}
