//! The library index end to end: incremental refresh, damaged caches, library-wide queries and
//! alias merging across articles.

use std::path::Path;

use byline::index::{self, Index, RowKind, UpdateStats};

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(p, text).expect("write");
}

fn refresh(root: &Path, cache: &Path) -> (Index, UpdateStats) {
    index::update_in(root, cache, &|_| {}).expect("update")
}

const A: &str = "Commander warns of networks\n\n\
BRUSSELS — Curtis Scaparrotti told lawmakers in Brussels that fighters were moving again.\n\n\
“We are watching this very closely,” Scaparrotti said.\n\n\
The European Command released a statement about encrypted messaging apps.\n";

const B: &str = "Allies meet in Paris\n\n\
PARIS — Officials met in Paris on Tuesday to discuss the budget.\n\n\
“The threat has not gone away at all,” Scaparrotti said.\n\n\
John Smith, a diplomat, spoke briefly. Smith left early.\n";

const C: &str = "Markets calm\n\n\
LONDON — Jane Smith said markets were calm in London.\n\n\
“Nobody expected such a quiet week here,” Jane Smith said.\n";

fn library() -> (tempfile::TempDir, tempfile::TempDir) {
    let lib = tempfile::tempdir().expect("tempdir");
    let cache = tempfile::tempdir().expect("tempdir");
    write(lib.path(), "2017/a.txt", A);
    write(lib.path(), "2017/b.txt", B);
    write(lib.path(), "c.txt", C);
    (lib, cache)
}

#[test]
fn refresh_analyses_only_what_changed() {
    let (lib, cache) = library();
    let (idx, s) = refresh(lib.path(), cache.path());
    assert_eq!(
        (s.articles, s.new, s.changed, s.removed, s.failed),
        (3, 3, 0, 0, 0)
    );
    assert_eq!(idx.articles().len(), 3);

    let (_, s) = refresh(lib.path(), cache.path());
    assert_eq!((s.articles, s.new, s.changed, s.removed), (3, 0, 0, 0));

    // Same bytes, new mtime: not analysed again.
    let c = lib.path().join("c.txt");
    let f = std::fs::File::options().write(true).open(&c).expect("open");
    f.set_modified(std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(1_000_000))
        .expect("mtime");
    drop(f);
    let (_, s) = refresh(lib.path(), cache.path());
    assert_eq!((s.new, s.changed), (0, 0));

    write(lib.path(), "c.txt", &C.replace("calm", "quiet"));
    write(
        lib.path(),
        "d.txt",
        "Fresh\n\nA new article about Berlin and nothing else.\n",
    );
    std::fs::remove_file(lib.path().join("2017/b.txt")).expect("rm");
    let (idx, s) = refresh(lib.path(), cache.path());
    assert_eq!((s.articles, s.new, s.changed, s.removed), (3, 1, 1, 1));
    let titles: Vec<&str> = idx.articles().iter().map(|a| a.title.as_str()).collect();
    assert_eq!(
        titles,
        vec!["Commander warns of networks", "Markets quiet", "Fresh"]
    );

    // The word index follows the changes.
    assert!(idx.search("calm").expect("search").is_empty());
    assert_eq!(idx.search("quiet").expect("search").len(), 1);
    assert!(idx.search("diplomat").expect("search").is_empty());
    assert_eq!(idx.search("berlin").expect("search").len(), 1);
    // Untouched articles still load from the rewritten shards.
    for i in 0..idx.articles().len() {
        let l = idx.load(i).expect("load");
        assert_eq!(l.article.title, idx.articles()[i].title);
    }
}

#[test]
fn words_and_phrases_find_articles_with_exact_spans() {
    let (lib, cache) = library();
    let (idx, _) = refresh(lib.path(), cache.path());
    let r = idx.search("ENCRYPTED").expect("search");
    assert_eq!(r.len(), 1);
    let text = idx.load(r[0].article).expect("load").article.text;
    let h = &r[0].hits[0];
    assert_eq!(&text[h.start..h.end], "encrypted");
    assert!(h.snippet.contains("encrypted messaging"));

    let r = idx.search("\"messaging apps\"").expect("search");
    assert_eq!(r.len(), 1);
    assert_eq!(
        &text[r[0].hits[0].start..r[0].hits[0].end],
        "messaging apps"
    );
    // Both words, but not side by side.
    assert!(idx.search("\"apps messaging\"").expect("search").is_empty());

    // AND across terms.
    assert_eq!(idx.search("paris budget").expect("search").len(), 1);
    assert!(idx.search("paris encrypted").expect("search").is_empty());
    assert!(idx.search("zanzibar").expect("search").is_empty());
}

#[test]
fn entity_and_speaker_queries() {
    let (lib, cache) = library();
    let (idx, _) = refresh(lib.path(), cache.path());

    let r = idx.search("place:Brussels").expect("search");
    assert_eq!(r.len(), 1, "{r:?}");
    let text = idx.load(r[0].article).expect("load").article.text;
    assert!(r[0]
        .hits
        .iter()
        .all(|h| text[h.start..h.end].eq_ignore_ascii_case("Brussels")));

    // A surname finds the articles of the full name and of the bare surname.
    let r = idx.search("person:\"Scaparrotti\"").expect("search");
    assert_eq!(r.len(), 2, "{r:?}");
    let r = idx
        .search("person:\"Curtis Scaparrotti\" place:Brussels")
        .expect("search");
    assert_eq!(r.len(), 1);
    assert!(idx
        .search("person:Scaparrotti place:London")
        .expect("search")
        .is_empty());

    // Quotes by a speaker, each quote's text and speaker.
    let qs = idx.quotes_by("Scaparrotti").expect("quotes");
    assert_eq!(qs.len(), 2, "{qs:?}");
    assert!(qs.iter().all(|q| q.speaker == "Curtis Scaparrotti"));
    for q in &qs {
        let text = idx.load(q.article).expect("load").article.text;
        assert!(text[q.start..q.end].contains(q.text.trim_end_matches(',')));
    }
    let r = idx.search("said:Scaparrotti").expect("search");
    assert_eq!(r.len(), 2);
    let r = idx.search("said:Scaparrotti threat").expect("search");
    assert_eq!(r.len(), 1);
}

#[test]
fn aliases_merge_across_articles_but_namesakes_stay_apart() {
    let (lib, cache) = library();
    let (idx, _) = refresh(lib.path(), cache.path());
    let rows = idx.find_names("scaparrotti", 10).expect("names");
    let top = &rows[0];
    assert_eq!(top.name, "Curtis Scaparrotti");
    assert_eq!(top.kind, RowKind::Person);
    assert_eq!(top.articles, 2);
    assert_eq!(top.quotes, 2);
    assert_eq!(
        rows.iter()
            .filter(|r| r.name.contains("Scaparrotti"))
            .count(),
        1,
        "{rows:?}"
    );

    let smiths = idx.find_names("smith", 10).expect("names");
    let john = smiths
        .iter()
        .find(|r| r.name == "John Smith")
        .expect("john");
    let jane = smiths
        .iter()
        .find(|r| r.name == "Jane Smith")
        .expect("jane");
    assert_eq!((john.articles, jane.articles), (1, 1));
    assert_ne!(john.row, jane.row);

    // Choosing a row lists its articles with the mentions in context.
    let arts = idx.row_articles(top.row).expect("articles");
    assert_eq!(arts.len(), 2);
    assert!(arts
        .iter()
        .all(|a| a.hits.iter().any(|h| h.snippet.contains("Scaparrotti"))));
    let qs = idx.row_quotes(top.row).expect("quotes");
    assert_eq!(qs.len(), 2);
}

#[test]
fn newest_first_by_date_then_mtime() {
    let lib = tempfile::tempdir().expect("tempdir");
    let cache = tempfile::tempdir().expect("tempdir");
    for (name, secs) in [
        ("old.txt", 1_000_000_000u64),
        ("new.txt", 1_600_000_000),
        ("mid.txt", 1_300_000_000),
    ] {
        write(
            lib.path(),
            name,
            &format!("{name}\n\nThe Senate met in Rome today.\n"),
        );
        let f = std::fs::File::options()
            .write(true)
            .open(lib.path().join(name))
            .expect("open");
        f.set_modified(std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(secs))
            .expect("mtime");
    }
    let (idx, _) = refresh(lib.path(), cache.path());
    let r = idx.search("rome").expect("search");
    let titles: Vec<&str> = r.iter().map(|a| a.title.as_str()).collect();
    assert_eq!(titles, vec!["new.txt", "mid.txt", "old.txt"]);
}

#[test]
fn damaged_or_old_caches_are_rebuilt_quietly() {
    let (lib, cache) = library();
    refresh(lib.path(), cache.path());
    let dir = std::fs::read_dir(cache.path().join("libraries"))
        .expect("libraries")
        .flatten()
        .next()
        .expect("one library")
        .path();

    // Garbage summary: everything is analysed again.
    std::fs::write(dir.join("summary.bin"), b"not a cache").expect("write");
    let (_, s) = refresh(lib.path(), cache.path());
    assert_eq!((s.articles, s.new), (3, 3));

    // Another format version.
    let mut raw = std::fs::read(dir.join("summary.bin")).expect("read");
    raw[8] = raw[8].wrapping_add(1);
    std::fs::write(dir.join("summary.bin"), &raw).expect("write");
    let (_, s) = refresh(lib.path(), cache.path());
    assert_eq!(s.new, 3);

    // A derived file from another generation (a writer that crashed half-way).
    let mut raw = std::fs::read(dir.join("names.bin")).expect("read");
    raw[12] ^= 0xff;
    std::fs::write(dir.join("names.bin"), &raw).expect("write");
    let (idx, s) = refresh(lib.path(), cache.path());
    assert_eq!(s.new, 3);
    assert_eq!(idx.search("person:Scaparrotti").expect("search").len(), 2);

    // Damaged shards: queries fall back to the article files, a refresh re-analyses them.
    for e in std::fs::read_dir(&dir).expect("dir").flatten() {
        if e.file_name().to_string_lossy().starts_with("shard-") {
            std::fs::write(e.path(), b"BYLSHARD garbage garbage garbage").expect("write");
        }
    }
    let idx = Index::open_in(lib.path(), cache.path()).expect("open");
    assert_eq!(idx.search("person:Scaparrotti").expect("search").len(), 2);
    assert_eq!(idx.search("encrypted").expect("search").len(), 1);
    write(
        lib.path(),
        "e.txt",
        "Extra\n\nAnother short piece about Madrid.\n",
    );
    let (idx, s) = refresh(lib.path(), cache.path());
    assert_eq!(s.articles, 4);
    for i in 0..idx.articles().len() {
        idx.load(i).expect("load");
    }
}

#[test]
fn concurrent_refreshes_do_not_corrupt_the_cache() {
    let (lib, cache) = library();
    for i in 0..40 {
        write(
            lib.path(),
            &format!("more/{i}.txt"),
            &format!("Piece {i}\n\nMaria Lopez visited Lisbon on day {i}.\n"),
        );
    }
    std::thread::scope(|s| {
        let a = s.spawn(|| index::update_in(lib.path(), cache.path(), &|_| {}));
        let b = s.spawn(|| index::update_in(lib.path(), cache.path(), &|_| {}));
        let (a, b) = (a.join().expect("thread"), b.join().expect("thread"));
        let (_, sa) = a.expect("a");
        let (_, sb) = b.expect("b");
        // One of them did the work; the other found it done.
        assert_eq!(sa.new + sb.new, 43, "{sa:?} {sb:?}");
    });
    let (idx, s) = refresh(lib.path(), cache.path());
    assert_eq!((s.articles, s.new, s.changed), (43, 0, 0));
    assert_eq!(idx.search("lisbon").expect("search").len(), 40);
}

#[test]
fn progress_is_reported_for_every_new_file() {
    let (lib, cache) = library();
    let seen = std::sync::Mutex::new(Vec::new());
    index::update_in(lib.path(), cache.path(), &|p| {
        if let Ok(mut v) = seen.lock() {
            v.push(p);
        }
    })
    .expect("update");
    let seen = seen.into_inner().expect("lock");
    assert_eq!(seen.first().map(|p| (p.done, p.total)), Some((0, 3)));
    assert_eq!(seen.iter().map(|p| p.done).max(), Some(3));
}

#[test]
fn unreadable_and_odd_files_are_failures_not_errors() {
    let (lib, cache) = library();
    std::fs::write(
        lib.path().join("binary.txt"),
        [0xffu8, 0xfe, 0, 1, 2, 0x1b, b'[', b'2', b'J'],
    )
    .expect("write");
    std::fs::write(lib.path().join("empty.md"), b"").expect("write");
    let (idx, s) = refresh(lib.path(), cache.path());
    assert!(s.articles >= 3);
    for i in 0..idx.articles().len() {
        idx.load(i).expect("load");
    }
    let err = idx.search("person:\"\"").expect_err("empty value");
    assert!(err.is::<index::QueryError>());
}

#[test]
fn background_update_reports_progress_then_the_index() {
    let (lib, cache) = library();
    let lib_path = lib.path().to_path_buf();
    let rx = index::update_in_background(lib_path.clone(), Some(cache.path().to_path_buf()));
    let mut progress = Vec::new();
    let idx = loop {
        match rx
            .recv_timeout(std::time::Duration::from_secs(60))
            .expect("a message")
        {
            index::UpdateEvent::Progress(p) => progress.push(p.done),
            index::UpdateEvent::Done(r) => break r.expect("indexed").0,
        }
    };
    assert_eq!(progress.iter().max(), Some(&3));
    assert_eq!(idx.articles().len(), 3);
    let a = idx.article_at(&lib_path.join("c.txt")).expect("found");
    assert_eq!(idx.articles()[a].title, "Markets calm");
    assert_eq!(idx.article_at(&lib_path.join("nope.txt")), None);
}

#[test]
fn watcher_reports_new_articles() {
    let lib = tempfile::tempdir().expect("tempdir");
    let (tx, rx) = std::sync::mpsc::channel();
    let Ok(_w) = index::watch::watch(lib.path(), tx) else {
        // No file-watching facility on this system (e.g. inotify exhausted): nothing to test.
        return;
    };
    write(lib.path(), "new.txt", "New\n\nBody.\n");
    let got = rx
        .recv_timeout(std::time::Duration::from_secs(10))
        .expect("an event");
    assert!(
        got.ends_with("new.txt") || got.starts_with(lib.path()),
        "{got:?}"
    );
}

#[test]
fn extractor_fingerprint_is_remembered_per_executable() {
    let base = tempfile::tempdir().expect("tempdir");
    let fp = index::fingerprint();
    assert_eq!(index::fingerprint_in(base.path()), fp);
    let dir = base.path().join("extractors");
    let files: Vec<_> = std::fs::read_dir(&dir).expect("remembered").collect();
    assert_eq!(files.len(), 1);
    let file = files[0].as_ref().expect("entry").path();
    // A remembered value is used as is…
    std::fs::write(&file, 7u64.to_le_bytes()).expect("write");
    assert_eq!(index::fingerprint_in(base.path()), 7);
    // …and a damaged one is computed again.
    std::fs::write(&file, b"short").expect("write");
    assert_eq!(index::fingerprint_in(base.path()), fp);
}
