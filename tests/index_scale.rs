//! The index over a generated library: every row's counts agree with what queries return, and a
//! refresh after edits across the library matches a clean build.

use byline::index::{self, RowKind};

#[test]
fn generated_library_rows_agree_with_queries() {
    let lib = tempfile::tempdir().expect("tempdir");
    let cache = tempfile::tempdir().expect("tempdir");
    byline::bench::generate(lib.path(), 240, 3).expect("generate");
    let (idx, s) = index::update_in(lib.path(), cache.path(), &|_| {}).expect("update");
    assert_eq!((s.articles, s.new, s.failed), (240, 240, 0));

    let rows = idx.find_names("", 30).expect("names");
    assert!(rows.len() >= 10);
    for r in rows.iter().take(12) {
        let arts = idx.row_articles(r.row).expect("articles");
        assert_eq!(arts.len(), r.articles as usize, "{r:?}");
        assert!(arts.iter().all(|a| !a.hits.is_empty()));
        let quotes = idx.row_quotes(r.row).expect("quotes");
        assert_eq!(quotes.len(), r.quotes as usize, "{r:?}");
        // Newest first.
        assert!(arts.windows(2).all(|w| w[0].when >= w[1].when));
        assert!(quotes.windows(2).all(|w| w[0].when >= w[1].when));
    }
    // A place query reaches at least the articles of the place's row.
    if let Some(place) = rows.iter().find(|r| r.kind == RowKind::Place) {
        let q = format!("place:\"{}\"", place.name);
        assert!(idx.search(&q).expect("search").len() >= place.articles as usize);
    }

    // Edit a tenth of the library, remove a few files, add a few; then compare with a clean build.
    let mut files: Vec<_> = index::scan::scan(lib.path());
    files.sort_by(|a, b| a.rel.cmp(&b.rel));
    for f in files.iter().step_by(10) {
        let text = std::fs::read_to_string(&f.abs).expect("read");
        std::fs::write(&f.abs, text.replace("said", "stated")).expect("write");
    }
    for f in files.iter().skip(3).step_by(37) {
        std::fs::remove_file(&f.abs).expect("rm");
    }
    byline::bench::generate(&lib.path().join("extra"), 7, 99).expect("generate");
    let (idx, s) = index::update_in(lib.path(), cache.path(), &|_| {}).expect("update");
    assert_eq!(s.new, 7);
    assert!(s.changed >= 20 && s.removed >= 6, "{s:?}");

    let clean = tempfile::tempdir().expect("tempdir");
    let (fresh, _) = index::update_in(lib.path(), clean.path(), &|_| {}).expect("update");
    assert_eq!(idx.articles(), fresh.articles());
    assert_eq!(idx.names().expect("names"), fresh.names().expect("names"));
    for q in [
        "stated",
        "encrypted messaging",
        "said:Smith",
        "person:Lopez",
    ] {
        assert_eq!(
            idx.search(q).expect("search"),
            fresh.search(q).expect("search"),
            "{q}"
        );
    }
}
