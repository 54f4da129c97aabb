//! Loads the library on its own thread, sending progress and articles over a channel so the
//! first frame appears before a large library has finished loading.

use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;

use crate::library::{self, Article, Failure};

#[derive(Debug)]
pub enum LoadMsg {
    /// How many files will be read.
    Total(usize),
    /// Articles from some files, and how many files are done so far.
    Batch {
        articles: Vec<Article>,
        failures: Vec<Failure>,
        done: usize,
    },
    /// Loading is over. `sample` says the sample library was loaded instead of `root`, and why.
    Done { sample: Option<String> },
}

/// The file types the loader understands (see `library::load_file`).
const EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm", "json", "jsonl"];

fn is_article_file(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase)
        .is_some_and(|e| EXTENSIONS.contains(&e.as_str()))
}

/// Every candidate file under `root`, sorted; hidden folders skipped, links not followed.
/// A `root` that is itself a file is a library of that one file.
pub fn article_files(root: &Path) -> Vec<PathBuf> {
    if root.is_file() {
        return vec![root.to_path_buf()];
    }
    let mut files = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in rd.flatten() {
            let Ok(ft) = entry.file_type() else { continue };
            let p = entry.path();
            let hidden = entry.file_name().to_string_lossy().starts_with('.');
            if ft.is_dir() && !hidden {
                stack.push(p);
            } else if ft.is_file() && is_article_file(&p) {
                files.push(p);
            }
        }
    }
    files.sort();
    files
}

/// Load `root` (or the sample library when `root` is None, missing or empty), sending
/// messages to `tx`. Stops early when the receiver is gone.
pub fn load(root: Option<PathBuf>, tx: Sender<LoadMsg>) {
    let files = root.as_deref().map(article_files).unwrap_or_default();
    let _ = tx.send(LoadMsg::Total(files.len()));
    let mut found = 0;
    let mut batch = (Vec::new(), Vec::new());
    let total = files.len();
    for (i, f) in files.into_iter().enumerate() {
        match library::load_file(&f) {
            Ok(arts) => {
                found += arts.len();
                batch.0.extend(arts);
            }
            Err(reason) => batch.1.push(Failure { path: f, reason }),
        }
        if batch.0.len() + batch.1.len() >= 32 || i + 1 == total {
            let (articles, failures) = std::mem::take(&mut batch);
            let msg = LoadMsg::Batch {
                articles,
                failures,
                done: i + 1,
            };
            if tx.send(msg).is_err() {
                return;
            }
        }
    }
    let sample = if found > 0 {
        None
    } else {
        let why = match &root {
            None => "no library folder".to_string(),
            Some(r) if !r.exists() => format!("{} not found", r.display()),
            Some(r) => format!("no articles in {}", r.display()),
        };
        let lib = library::sample_library();
        let _ = tx.send(LoadMsg::Batch {
            articles: lib.articles,
            failures: lib.failures,
            done: total,
        });
        Some(why)
    };
    let _ = tx.send(LoadMsg::Done { sample });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_folder_falls_back_to_the_sample_library() {
        let dir = std::env::temp_dir().join(format!("byline-loader-empty-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        load(Some(dir.clone()), tx);
        let msgs: Vec<LoadMsg> = rx.iter().collect();
        let n: usize = msgs
            .iter()
            .map(|m| match m {
                LoadMsg::Batch { articles, .. } => articles.len(),
                _ => 0,
            })
            .sum();
        assert!(n > 0);
        assert!(matches!(
            msgs.last(),
            Some(LoadMsg::Done { sample: Some(_) })
        ));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn a_single_file_is_a_library() {
        let dir = std::env::temp_dir().join(format!("byline-loader-one-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let f = dir.join("one.txt");
        std::fs::write(&f, "Only one\n\nBody.").unwrap();
        assert_eq!(article_files(&f), vec![f.clone()]);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn loads_files_and_reports_progress() {
        let dir = std::env::temp_dir().join(format!("byline-loader-files-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("sub")).unwrap();
        std::fs::write(dir.join("a.txt"), "Title A\n\nBody one.").unwrap();
        std::fs::write(dir.join("sub/b.txt"), "Title B\n\nBody two.").unwrap();
        std::fs::write(dir.join("ignored.png"), [0u8, 1, 2]).unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        load(Some(dir.clone()), tx);
        let msgs: Vec<LoadMsg> = rx.iter().collect();
        assert!(matches!(msgs[0], LoadMsg::Total(2)));
        let titles: Vec<String> = msgs
            .iter()
            .flat_map(|m| match m {
                LoadMsg::Batch { articles, .. } => {
                    articles.iter().map(|a| a.title.clone()).collect()
                }
                _ => vec![],
            })
            .collect();
        assert_eq!(titles, vec!["Title A", "Title B"]);
        assert!(matches!(msgs.last(), Some(LoadMsg::Done { sample: None })));
        let _ = std::fs::remove_dir_all(&dir);
    }
}
