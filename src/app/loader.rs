//! Loads the library on its own thread, sending progress and articles over a channel so the
//! first frame appears before a large library has finished loading.

use std::path::PathBuf;
use std::sync::mpsc::Sender;

use super::Progress;
use crate::library::{self, Article, Failure, Warning};

#[derive(Debug)]
pub enum LoadMsg {
    /// How many files will be read.
    Total(usize),
    /// Articles from some files, and how many files are done so far.
    Batch {
        articles: Vec<Article>,
        failures: Vec<Failure>,
        warnings: Vec<Warning>,
        done: usize,
    },
    /// Loading is over. `sample` says the sample library was loaded instead of `root`, and why.
    Done { sample: Option<String> },
    /// The library's index is analysing new or changed files; `total: None` when it is done.
    Indexing(Progress),
    /// The whole list from the library's index, replacing what was shown: titles and dates
    /// only (bodies come with `Action::Loaded`). `note` says what changed, after a refresh.
    Indexed {
        articles: Vec<Article>,
        failures: Vec<Failure>,
        note: Option<String>,
    },
}

/// Load `root` (or the sample library when `root` is None, missing or empty), sending
/// messages to `tx`. Stops early when the receiver is gone.
pub fn load(root: Option<PathBuf>, tx: Sender<LoadMsg>) {
    let exists = root.as_deref().is_some_and(|r| r.exists());
    // A missing folder is not a failed file: it only means the sample library shows.
    let scan = match &root {
        Some(r) if exists => library::scan(r),
        _ => library::Scan::default(),
    };
    let total = scan.files.len();
    let _ = tx.send(LoadMsg::Total(total));
    let mut found = 0;
    let mut batch = (Vec::new(), scan.failures, scan.warnings);
    for (i, f) in scan.files.into_iter().enumerate() {
        let report = library::load_file_report(&f);
        found += report.articles.len();
        batch.0.extend(report.articles);
        batch.1.extend(report.failures);
        batch.2.extend(report.warnings);
        if batch.0.len() + batch.1.len() >= 32 || i + 1 == total {
            let (articles, failures, warnings) = std::mem::take(&mut batch);
            let msg = LoadMsg::Batch {
                articles,
                failures,
                warnings,
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
            Some(r) if !exists => format!("{} not found", library::display_path(r)),
            Some(r) => format!("no articles in {}", library::display_path(r)),
        };
        let lib = library::sample_library();
        // Whatever the scan could not read still shows (an unreadable sub-folder).
        let (_, mut failures, mut warnings) = batch;
        failures.extend(lib.failures);
        warnings.extend(lib.warnings);
        let _ = tx.send(LoadMsg::Batch {
            articles: lib.articles,
            failures,
            warnings,
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
    fn broken_files_are_reported_not_dropped() {
        let dir = std::env::temp_dir().join(format!("byline-loader-bad-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("good.txt"), "Good\n\nBody text.").unwrap();
        std::fs::write(dir.join("bad.json"), "{ not json").unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        load(Some(dir.clone()), tx);
        let (mut arts, mut fails) = (0, Vec::new());
        for m in rx.iter() {
            if let LoadMsg::Batch {
                articles, failures, ..
            } = m
            {
                arts += articles.len();
                fails.extend(failures);
            }
        }
        assert_eq!(arts, 1);
        assert_eq!(fails.len(), 1);
        assert!(fails[0].path.ends_with("bad.json"));
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
