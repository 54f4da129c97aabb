//! Text and Markdown files: front matter (YAML and TOML), the Markdown renderer, the title rule.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

#[path = "check.rs"]
mod check;

fuzz_target!(|data: &[u8]| {
    // The first byte picks the format, so one corpus feeds both loaders.
    let Some((&which, bytes)) = data.split_first() else { return };
    let path = if which & 1 == 0 { "f.md" } else { "f.txt" };
    check::report(&byline::library::load_bytes(Path::new(path), bytes));
});
