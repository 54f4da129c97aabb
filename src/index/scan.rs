//! The library's article files with the size and modification time that key the cache.

use std::path::{Path, PathBuf};

/// One article file found under the library root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScannedFile {
    /// Relative to the root, `/`-separated: the cache key, stable across machines and mounts.
    pub rel: String,
    pub abs: PathBuf,
    pub size: u64,
    /// Nanoseconds since the Unix epoch; 0 when the platform cannot tell.
    pub mtime: u64,
}

/// The extensions `library::load_dir` reads.
pub fn is_article_file(path: &Path) -> bool {
    matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("txt" | "md" | "markdown" | "html" | "htm" | "json" | "jsonl")
    )
}

/// Every article file below `root`, sorted by relative path. Directory symlinks are not followed,
/// so a link cycle cannot trap the walk. Files whose path is not UTF-8 are skipped.
pub fn scan(root: &Path) -> Vec<ScannedFile> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in rd.flatten() {
            let Ok(ft) = entry.file_type() else { continue };
            let p = entry.path();
            if ft.is_dir() {
                stack.push(p);
                continue;
            }
            if !is_article_file(&p) {
                continue;
            }
            // `metadata` follows a file symlink; a dangling one is skipped.
            let Ok(md) = std::fs::metadata(&p) else {
                continue;
            };
            if !md.is_file() {
                continue;
            }
            let Some(rel) = rel_path(root, &p) else {
                continue;
            };
            out.push(ScannedFile {
                rel,
                abs: p,
                size: md.len(),
                mtime: mtime_nanos(&md),
            });
        }
    }
    out.sort_by(|a, b| a.rel.cmp(&b.rel));
    out
}

pub fn rel_path(root: &Path, path: &Path) -> Option<String> {
    let rel = path.strip_prefix(root).ok()?;
    let parts: Option<Vec<&str>> = rel.components().map(|c| c.as_os_str().to_str()).collect();
    Some(parts?.join("/"))
}

pub fn mtime_nanos(md: &std::fs::Metadata) -> u64 {
    md.modified()
        .ok()
        .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
        .map_or(0, |d| u64::try_from(d.as_nanos()).unwrap_or(u64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_article_files_recursively_sorted() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let root = tmp.path();
        std::fs::create_dir_all(root.join("b/c")).expect("mkdir");
        std::fs::write(root.join("z.txt"), "Z\n\nbody").expect("write");
        std::fs::write(root.join("b/c/a.md"), "A").expect("write");
        std::fs::write(root.join("b/skip.png"), "x").expect("write");
        let found: Vec<String> = scan(root).into_iter().map(|f| f.rel).collect();
        assert_eq!(found, vec!["b/c/a.md".to_string(), "z.txt".to_string()]);
    }
}
