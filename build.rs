//! Digests the extractor's source, so that a cached analysis written by another build of the
//! rules is analysed again without anyone having to remember to bump a number.

use std::path::{Path, PathBuf};

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

/// FNV-1a: the build script needs no dependency for a change detector.
fn fnv(hash: &mut u64, bytes: &[u8]) {
    for &b in bytes {
        *hash ^= u64::from(b);
        *hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
}

fn main() {
    let root = Path::new("src/extract");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut files = Vec::new();
    sources(root, &mut files);
    // Sorted, so the digest does not depend on the order the file system lists them in.
    files.sort();
    let mut hash = 0xcbf2_9ce4_8422_2325_u64;
    for path in &files {
        fnv(&mut hash, path.to_string_lossy().as_bytes());
        fnv(&mut hash, &std::fs::read(path).unwrap_or_default());
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap_or_else(|_| ".".into()));
    let code = format!("pub const RULES_DIGEST: u64 = {hash:#018x};\n");
    if let Err(e) = std::fs::write(out.join("rules_digest.rs"), code) {
        panic!("writing the rules digest: {e}");
    }
}
