//! Replays every saved input under `tests/fixtures/fuzz/TARGET/` through the same code and the
//! same checks as the fuzz target of that name (`fuzz/`): what crashed or timed out a target
//! (copied from `fuzz/artifacts/TARGET/`), or was found by review and would have. Slow inputs
//! are timed by `byline bench hostile`, not here.

use std::path::Path;

#[path = "../fuzz/fuzz_targets/check.rs"]
mod check;

/// What the fuzz target `target` does with `data`, as in `fuzz/fuzz_targets/TARGET.rs`.
fn run(target: &str, data: &[u8]) {
    let load = |path: &str, bytes: &[u8]| {
        check::report(&byline::library::load_bytes(Path::new(path), bytes));
    };
    match target {
        "library_front_matter" | "library_json" => {
            let Some((&which, bytes)) = data.split_first() else {
                return;
            };
            let ext = match (target, which & 1) {
                ("library_json", 0) => "json",
                ("library_json", _) => "jsonl",
                (_, 0) => "md",
                _ => "txt",
            };
            load(&format!("f.{ext}"), bytes);
        }
        "library_html" => load("f.html", data),
        "sanitize" => check::sanitized(&String::from_utf8_lossy(data)),
        "extract" => {
            let text = String::from_utf8_lossy(data);
            check::analysis(&text, &byline::extract::analyze(&text));
        }
        other => panic!("tests/fixtures/fuzz/{other}: no fuzz target of that name"),
    }
}

#[test]
fn every_saved_fuzz_input_passes_its_target() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut seen = 0;
    for dir in std::fs::read_dir(&root)
        .expect("tests/fixtures/fuzz")
        .flatten()
    {
        let target = dir.file_name().to_string_lossy().into_owned();
        for f in std::fs::read_dir(dir.path())
            .expect("target folder")
            .flatten()
        {
            let data = std::fs::read(f.path()).expect("input");
            run(&target, &data);
            seen += 1;
        }
    }
    assert!(seen > 0, "no saved input under {}", root.display());
}
