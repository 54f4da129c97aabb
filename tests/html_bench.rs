//! The extraction benchmark as a regression guard. It needs `../shared/bench/html`, which a
//! fresh clone does not have, and takes a while in a debug build, so it is opt-in:
//! `cargo test --release --test html_bench -- --ignored`.

use std::path::Path;

#[test]
#[ignore = "needs ../shared/bench/html; run with --release -- --ignored"]
fn benchmark_f1_stays_above_the_bar() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/bench/html");
    if !dir.join("ground-truth.json").exists() {
        eprintln!("skipped: {} is missing", dir.display());
        return;
    }
    let report = byline::eval::html::evaluate(&dir).expect("benchmark runs");
    assert_eq!(report.pages.len(), 181);
    assert!(report.f1 >= 0.96, "F1 {:.4}", report.f1);
}
