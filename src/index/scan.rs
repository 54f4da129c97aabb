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

/// Every article file below `root` (the files `library::scan` finds: hidden entries skipped,
/// linked folders followed once), with size and modification time, sorted by relative path.
/// Files whose path is not UTF-8 are skipped.
pub fn scan(root: &Path) -> Vec<ScannedFile> {
    use rayon::prelude::*;
    let found = crate::library::scan(root);
    // The scanner joins names onto `root`, so a plain string prefix gives the relative path
    // (a library of 10,000 files is scanned on every search: component walks add up).
    let prefix = root
        .to_str()
        .map(|r| format!("{}/", r.trim_end_matches('/')));
    // Stat dominates on a large library: in parallel.
    let mut out: Vec<ScannedFile> = found
        .files
        .into_par_iter()
        .with_min_len(64)
        .filter_map(|abs| {
            let fast = prefix.as_deref().and_then(|p| {
                let rel = abs.to_str()?.strip_prefix(p)?;
                (std::path::MAIN_SEPARATOR == '/').then(|| rel.to_string())
            });
            let rel = fast.or_else(|| rel_path(root, &abs))?;
            let md = std::fs::metadata(&abs).ok().filter(|m| m.is_file())?;
            Some(ScannedFile {
                rel,
                size: md.len(),
                mtime: mtime_nanos(&md),
                abs,
            })
        })
        .collect();
    out.sort_unstable_by(|a, b| a.rel.cmp(&b.rel));
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
        std::fs::write(root.join(".hidden.txt"), "H").expect("write");
        let found: Vec<String> = scan(root).into_iter().map(|f| f.rel).collect();
        assert_eq!(found, vec!["b/c/a.md".to_string(), "z.txt".to_string()]);
    }
}
