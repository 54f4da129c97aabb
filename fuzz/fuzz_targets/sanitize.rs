//! The terminal filter: nothing that drives a terminal survives it, and it is idempotent.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let once = byline::sanitize::for_terminal(&s);
    assert!(
        once.chars().all(|c| (!c.is_control() || c == '\n')
            && !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')),
        "{once:?}"
    );
    assert_eq!(byline::sanitize::for_terminal(&once), once);
});
