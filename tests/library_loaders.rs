//! The loaders over a small library of every format, broken files included
//! (`tests/fixtures/library/`).

use std::path::{Path, PathBuf};

use byline::library::{self, Article, Library};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/library")
}

fn lib() -> Library {
    library::load_dir(&root())
}

fn article<'a>(lib: &'a Library, rel: &str) -> &'a Article {
    let want = root().join(rel);
    lib.articles
        .iter()
        .find(|a| a.path == want)
        .unwrap_or_else(|| panic!("no article {rel}; have {:?}", paths(lib)))
}

fn paths(lib: &Library) -> Vec<String> {
    lib.articles
        .iter()
        .map(|a| {
            a.path
                .strip_prefix(root())
                .unwrap_or(&a.path)
                .display()
                .to_string()
        })
        .collect()
}

fn failure(lib: &Library, rel: &str) -> String {
    let want = root().join(rel);
    lib.failures
        .iter()
        .find(|f| f.path == want)
        .map(|f| f.reason.clone())
        .unwrap_or_else(|| panic!("no failure for {rel}; have {:?}", lib.failures))
}

#[test]
fn every_article_is_found_and_nothing_else() {
    let lib = lib();
    let mut got = paths(&lib);
    got.sort();
    assert_eq!(
        got,
        vec![
            "broken/latin1.txt",
            "dir with spaces/ünïcödé 東京.txt",
            "hostile/escapes.md",
            "html/page.htm",
            "json/array.json#1",
            "json/array.json#3",
            "json/lines.jsonl#1",
            "json/lines.jsonl#4",
            "json/one.json",
            "markdown/malformed-front-matter.md",
            "markdown/toml.markdown",
            "markdown/yaml.md",
            "plain/no-title.txt",
            "plain/with-title.txt",
        ]
    );
}

#[test]
fn failures_carry_reasons() {
    let lib = lib();
    assert_eq!(lib.failures.len(), 5, "{:?}", lib.failures);
    assert!(failure(&lib, "broken/binary.txt").contains("binary file"));
    assert_eq!(failure(&lib, "broken/empty.txt"), "empty file");
    assert!(failure(&lib, "broken/invalid.json").starts_with("invalid JSON"));
    assert!(failure(&lib, "json/array.json#2").contains("no \"text\""));
    assert!(failure(&lib, "json/lines.jsonl#3").starts_with("line 3: invalid JSON"));
}

#[test]
fn warnings_mark_lossy_loads() {
    let lib = lib();
    let latin1 = article(&lib, "broken/latin1.txt");
    assert_eq!(latin1.title, "Caf\u{FFFD} news");
    let w: Vec<_> = lib.warnings_for(latin1).collect();
    assert_eq!(w.len(), 1);
    assert!(w[0].message.contains("not valid UTF-8"));
    let broken_meta = article(&lib, "markdown/malformed-front-matter.md");
    assert_eq!(
        broken_meta.text,
        "The body still loads when the front matter is broken."
    );
    let w: Vec<_> = lib.warnings_for(broken_meta).collect();
    assert!(
        w[0].message.contains("malformed YAML front matter"),
        "{w:?}"
    );
    assert_eq!(lib.warnings.len(), 2, "{:?}", lib.warnings);
}

#[test]
fn plain_text() {
    let lib = lib();
    let a = article(&lib, "plain/with-title.txt");
    assert_eq!(a.title, "Harbor pilots end strike");
    assert!(a.text.starts_with("The pilots of the port of Antwerp"));
    let b = article(&lib, "plain/no-title.txt");
    assert_eq!(b.title, "no title");
    assert!(b.text.starts_with("No headline in this file"));
    assert!(b.text.contains("\n\nSecond paragraph."));
}

#[test]
fn markdown_with_yaml_front_matter() {
    let lib = lib();
    let a = article(&lib, "markdown/yaml.md");
    assert_eq!(a.title, "Council approves budget");
    assert_eq!(a.author.as_deref(), Some("Ana Ruiz, Tom Berg"));
    assert_eq!(a.date.as_deref(), Some("2024-03-05"));
    assert_eq!(a.url.as_deref(), Some("https://example.org/budget"));
    assert_eq!(a.tags, vec!["politics", "budget"]);
    assert_eq!(
        a.text,
        "Council approves budget\n\nThe city council approved the budget, said Mayor Ana Ruiz.\n\n\
         • Schools: 40%\n• Roads: 25%\n\n│ “It is a fair budget,” Ruiz said."
    );
}

#[test]
fn markdown_with_toml_front_matter() {
    let lib = lib();
    let a = article(&lib, "markdown/toml.markdown");
    assert_eq!(a.title, "Bridge reopens");
    assert_eq!(
        a.sort_date().map(|d| d.to_string()).as_deref(),
        Some("2023-11-20")
    );
    assert_eq!(a.tags, vec!["transport"]);
    assert_eq!(
        a.text,
        "The bridge over the Vltava reopened in Prague on Monday."
    );
}

#[test]
fn json_object_array_and_lines() {
    let lib = lib();
    let one = article(&lib, "json/one.json");
    assert_eq!(one.title, "Drought hits farms");
    assert_eq!(one.author.as_deref(), Some("Lucía Gómez"));
    assert_eq!(
        one.sort_date().map(|d| d.to_string()).as_deref(),
        Some("2024-03-05")
    );
    assert_eq!(one.tags, vec!["climate", "farming"]);
    assert_eq!(
        article(&lib, "json/array.json#3").text,
        "The third article of the array."
    );
    assert_eq!(article(&lib, "json/lines.jsonl#4").title, "Line four");
    assert_eq!(
        article(&lib, "json/array.json#1").file_path(),
        root().join("json/array.json")
    );
}

#[test]
fn html_goes_through_the_html_loader() {
    let lib = lib();
    let a = article(&lib, "html/page.htm");
    assert_eq!(a.title, "Museum reopens");
    assert!(a.text.contains("The museum in Porto reopened"));
    assert!(!a.text.contains("tracking"));
}

#[test]
fn paths_with_spaces_and_non_ascii_names() {
    let lib = lib();
    let a = article(&lib, "dir with spaces/ünïcödé 東京.txt");
    assert_eq!(a.title, "Ünïcödé path");
}

#[test]
fn hostile_strings_are_sanitised_everywhere() {
    let lib = lib();
    let a = article(&lib, "hostile/escapes.md");
    assert_eq!(a.title, "Hostile title");
    assert_eq!(a.author.as_deref(), Some("Mallory"));
    for s in [&a.title, &a.text] {
        assert!(
            !s.chars()
                .any(|c| (c.is_control() && c != '\n') || ('\u{202A}'..='\u{202E}').contains(&c)),
            "{s:?}"
        );
    }
    assert!(
        a.text
            .contains("a red word, an link, a bell, a reversed run"),
        "{:?}",
        a.text
    );
    assert!(a.text.contains("backspace"), "{:?}", a.text);
    assert!(a.text.contains("a C1  clear and a"), "{:?}", a.text);
    assert!(a.text.ends_with(" tab."), "{:?}", a.text);
    assert!(!a.text.contains("evil.example"));
}

#[test]
fn hidden_files_and_other_formats_are_ignored() {
    let lib = lib();
    let all = format!("{:?}{:?}{:?}", paths(&lib), lib.failures, lib.warnings);
    assert!(!all.contains("secret"), "{all}");
    assert!(!all.contains("paper.pdf"), "{all}");
    assert!(!all.contains("README"), "{all}");
}

#[test]
fn progress_is_reported_for_every_file() {
    let mut calls = Vec::new();
    let lib = library::load_dir_with(&root(), |done, total| calls.push((done, total)));
    let scan = library::scan(&root());
    let total = scan.files.len();
    assert_eq!(total, 15);
    assert_eq!(calls.first(), Some(&(0, total)));
    assert_eq!(calls.last(), Some(&(total, total)));
    assert_eq!(calls.len(), total + 1);
    assert_eq!(lib.articles.len(), 14);
}

#[test]
fn load_file_keeps_its_simple_contract() {
    let arts = library::load_file(&root().join("json/array.json")).unwrap_or_default();
    assert_eq!(arts.len(), 2);
    let err = library::load_file(&root().join("broken/empty.txt")).unwrap_err();
    assert_eq!(err, "empty file");
    let err = library::load_file(&root().join("nope.txt")).unwrap_err();
    assert!(err.contains("not found"), "{err}");
}
