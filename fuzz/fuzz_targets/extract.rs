//! Extraction on any text: arbitrary UTF-8 as it is, other bytes decoded lossily (as the
//! loaders do).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "check.rs"]
mod check;

fuzz_target!(|data: &[u8]| {
    // Valid UTF-8 passes through `from_utf8_lossy` unchanged, so this covers both.
    let text = String::from_utf8_lossy(data);
    check::analysis(&text, &byline::extract::analyze(&text));
});
