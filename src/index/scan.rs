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
///
/// This runs on every start and every search, so it stats entries relative to their directory
/// (`DirEntry::metadata`) rather than by full path, and builds relative paths as it descends.
pub fn scan(root: &Path) -> Vec<ScannedFile> {
    let mut out = walk(root, "");
    out.sort_unstable_by(|a, b| a.rel.cmp(&b.rel));
    out
}

/// One folder: its files' metadata and its subfolders, both in parallel (stat dominates, and a
/// library may keep everything in one folder or spread it over many).
fn walk(dir: &Path, prefix: &str) -> Vec<ScannedFile> {
    use rayon::prelude::*;
    let Ok(rd) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files = Vec::new();
    let mut dirs = Vec::new();
    for entry in rd.flatten() {
        let Ok(ft) = entry.file_type() else { continue };
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if ft.is_dir() {
            dirs.push((entry.path(), format!("{prefix}{name}/")));
        } else if is_article_file(Path::new(name)) {
            files.push((entry, format!("{prefix}{name}"), ft.is_symlink()));
        }
    }
    let mut out: Vec<ScannedFile> = files
        .into_par_iter()
        .with_min_len(64)
        .filter_map(|(entry, rel, symlink)| {
            // A symlinked file is followed; a dangling one is skipped.
            let md = if symlink {
                std::fs::metadata(entry.path())
            } else {
                entry.metadata()
            };
            let md = md.ok().filter(|m| m.is_file())?;
            Some(ScannedFile {
                rel,
                abs: entry.path(),
                size: md.len(),
                mtime: mtime_nanos(&md),
            })
        })
        .collect();
    let nested: Vec<Vec<ScannedFile>> = dirs.par_iter().map(|(d, p)| walk(d, p)).collect();
    for n in nested {
        out.extend(n);
    }
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
