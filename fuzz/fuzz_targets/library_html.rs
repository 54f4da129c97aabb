//! Saved web pages: decoding (BOM, charset, Windows-1252), the depth guard, html5ever, metadata
//! (JSON-LD, Open Graph) and the content scorer, through the loader the library uses.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

#[path = "check.rs"]
mod check;

fuzz_target!(|data: &[u8]| {
    check::report(&byline::library::load_bytes(Path::new("f.html"), data));
});
