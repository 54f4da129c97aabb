//! JSON and JSON Lines files: objects, arrays, wrapped bodies, HTML bodies.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

#[path = "check.rs"]
mod check;

fuzz_target!(|data: &[u8]| {
    let Some((&which, bytes)) = data.split_first() else { return };
    let path = if which & 1 == 0 { "f.json" } else { "f.jsonl" };
    check::report(&byline::library::load_bytes(Path::new(path), bytes));
});
