//! Builds the gazetteer tables from the word lists, so the binary starts with them made, and
//! digests the extractor's source, so that a cached analysis written by another build of the
//! rules is analysed again without anyone having to remember to bump a number.

use std::path::{Path, PathBuf};

// The table builder and what it reads, shared with the library. Each module uses only part of
// what the library uses it for.
#[allow(dead_code)]
#[path = "src/extract/hashing.rs"]
mod hashing;
#[allow(dead_code)]
#[path = "src/extract/table_build.rs"]
mod table_build;
#[allow(dead_code)]
#[path = "src/extract/tables.rs"]
mod tables;
#[allow(dead_code)]
#[path = "src/extract/tokenize.rs"]
mod tokenize;
#[allow(dead_code)]
#[path = "src/extract/wordlists.rs"]
mod wordlists;

/// The tokenizer's `super::Span`: in the library it is `extract::Span`, whose serde derives
/// the build script has no use for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
}

fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// FNV-1a over `bytes`, from `hash`: the build script needs no dependency for a change
/// detector.
fn fnv(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, &b| hashing::fnv_byte(h, b))
}

fn main() {
    let root = Path::new("src/extract");
    let lists_dir = Path::new("assets/gazetteer");
    println!("cargo:rerun-if-changed={}", root.display());
    println!("cargo:rerun-if-changed={}", lists_dir.display());
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into()));
    let lists = table_build::Lists::read(lists_dir).unwrap_or_else(|e| panic!("{e}"));
    if let Err(e) = std::fs::write(out.join("gazetteer.bin"), table_build::build(&lists)) {
        panic!("writing the gazetteer tables: {e}");
    }
    let mut files = Vec::new();
    sources(root, &mut files);
    // Sorted, so the digest does not depend on the order the file system lists them in.
    files.sort();
    let mut hash = hashing::FNV_OFFSET;
    for path in &files {
        hash = fnv(hash, path.to_string_lossy().as_bytes());
        hash = fnv(hash, &std::fs::read(path).unwrap_or_default());
    }
    let code = format!("pub const RULES_DIGEST: u64 = {hash:#018x};\n");
    if let Err(e) = std::fs::write(out.join("rules_digest.rs"), code) {
        panic!("writing the rules digest: {e}");
    }
}
