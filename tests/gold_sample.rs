//! The sample article against its gold annotation (committed in `tests/fixtures/`): the quote
//! bars of issue 4.

use std::path::Path;

use byline::eval::gold;

#[test]
fn sample_article_meets_the_quote_bars() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let r = gold::score_files(
        &root.join("tests/fixtures/isis-networks.gold.json"),
        &root.join("assets/samples/isis-networks.txt"),
    )
    .expect("gold and article load");
    assert_eq!(r.quote_recall, 1.0, "missed: {:?}", r.quotes_missed);
    assert!(r.quote_precision >= 0.95, "extra: {:?}", r.quotes_extra);
    assert!(r.speaker_accuracy >= 0.95, "wrong: {:?}", r.speakers_wrong);
    assert!(r.single_labels, "labels: {:?}", r.speaker_labels);
}

fn sample_variant(change: impl Fn(&str) -> String) -> gold::Report {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let g = gold::load(&root.join("tests/fixtures/isis-networks.gold.json")).expect("gold");
    let raw = std::fs::read_to_string(root.join("assets/samples/isis-networks.txt"))
        .expect("sample article");
    gold::score(&g, &byline::extract::analyze(&change(&raw)))
}

fn assert_bars(r: &gold::Report) {
    assert_eq!(r.quote_recall, 1.0, "missed: {:?}", r.quotes_missed);
    assert!(r.quote_precision >= 0.95, "extra: {:?}", r.quotes_extra);
    assert!(r.speaker_accuracy >= 0.95, "wrong: {:?}", r.speakers_wrong);
    assert!(r.single_labels, "labels: {:?}", r.speaker_labels);
}

/// The same article typed with straight quotation marks and apostrophes.
#[test]
fn sample_with_straight_marks_meets_the_bars() {
    let r = sample_variant(|t| t.replace(['“', '”'], "\"").replace(['‘', '’'], "'"));
    assert_bars(&r);
}

/// The same article with its paragraph breaks lost (one line), as some exports have it.
#[test]
fn sample_on_one_line_meets_the_bars() {
    let r = sample_variant(|t| t.split_whitespace().collect::<Vec<_>>().join(" "));
    assert_bars(&r);
}
