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
