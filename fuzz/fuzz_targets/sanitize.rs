//! The terminal filter: nothing that drives a terminal survives it, and it is idempotent.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "check.rs"]
mod check;

fuzz_target!(|data: &[u8]| {
    check::sanitized(&String::from_utf8_lossy(data));
});
