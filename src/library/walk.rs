//! Finding article files below a folder, recursively, without looping on links and without
//! dropping anything silently: every folder or link it cannot follow is reported.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use super::read::io_reason;
use super::{is_article_file, Failure, Warning};

/// Folders nested deeper than this below the library root are not read (and said so).
pub const MAX_DEPTH: usize = 64;

/// The article files below a root, and what could not be looked at.
#[derive(Debug, Default, Clone)]
pub struct Scan {
    /// Article files, sorted by path.
    pub files: Vec<PathBuf>,
    /// Folders or links that could not be read, so articles may be missing.
    pub failures: Vec<Failure>,
    /// Things skipped on purpose that a user may want to know about (a link loop).
    pub warnings: Vec<Warning>,
}

/// Walk `root`. Hidden entries (names starting with `.`) are skipped, as every file manager
/// does; links to folders are followed once (a link back to a folder already visited is noted,
/// not followed).
pub fn scan(root: &Path) -> Scan {
    let mut scan = Scan::default();
    match std::fs::metadata(root) {
        Ok(m) if m.is_dir() => {}
        Ok(_) if is_article_file(root) => {
            scan.files.push(root.to_path_buf());
            return scan;
        }
        Ok(_) => {
            scan.failures.push(Failure {
                path: root.to_path_buf(),
                reason: "the library is not a folder".into(),
            });
            return scan;
        }
        Err(e) => {
            scan.failures.push(Failure {
                path: root.to_path_buf(),
                reason: format!("the library folder cannot be opened: {}", dir_reason(&e)),
            });
            return scan;
        }
    }
    let mut visited: HashSet<PathBuf> = HashSet::new();
    if let Ok(c) = std::fs::canonicalize(root) {
        visited.insert(c);
    }
    let mut stack = vec![(root.to_path_buf(), 0usize)];
    while let Some((dir, depth)) = stack.pop() {
        let entries = match std::fs::read_dir(&dir) {
            Ok(rd) => rd,
            Err(e) => {
                scan.failures.push(Failure {
                    path: dir,
                    reason: format!("folder cannot be read: {}", dir_reason(&e)),
                });
                continue;
            }
        };
        for entry in entries {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    scan.failures.push(Failure {
                        path: dir.clone(),
                        reason: format!("folder listing broke off: {}", dir_reason(&e)),
                    });
                    break;
                }
            };
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let path = entry.path();
            let Ok(file_type) = entry.file_type() else {
                // The entry vanished between listing and looking; nothing to load.
                continue;
            };
            let is_dir = if file_type.is_symlink() {
                match std::fs::metadata(&path) {
                    Ok(m) => m.is_dir(),
                    Err(e) => {
                        if is_article_file(&path) {
                            scan.failures.push(Failure {
                                path,
                                reason: format!("broken link: {}", io_reason(&e)),
                            });
                        }
                        continue;
                    }
                }
            } else {
                file_type.is_dir()
            };
            if is_dir {
                if depth + 1 > MAX_DEPTH {
                    scan.warnings.push(Warning {
                        path,
                        message: format!(
                            "folder nested more than {MAX_DEPTH} levels deep; not read"
                        ),
                    });
                    continue;
                }
                match std::fs::canonicalize(&path) {
                    Ok(real) => {
                        if visited.insert(real.clone()) {
                            stack.push((path, depth + 1));
                        } else if file_type.is_symlink() {
                            scan.warnings.push(Warning {
                                path,
                                message: format!(
                                    "link to a folder already read ({}); not followed again",
                                    real.display()
                                ),
                            });
                        }
                    }
                    Err(e) => scan.failures.push(Failure {
                        path,
                        reason: format!("folder cannot be opened: {}", dir_reason(&e)),
                    }),
                }
            } else if is_article_file(&path) {
                scan.files.push(path);
            }
        }
    }
    scan.files.sort();
    scan
}

fn dir_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "not found".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}
