//! Watching the library folder while the reader runs: changed article paths arrive on a channel,
//! and the reader answers them with `index::update` on a background thread.

use std::path::{Path, PathBuf};
use std::sync::mpsc::Sender;

use notify::{EventKind, RecursiveMode, Watcher as _};

use crate::library::is_article_file;

/// Stops watching when dropped.
pub struct Watcher {
    _inner: notify::RecommendedWatcher,
}

/// Send the path of every article file (and every folder) created, changed, renamed or removed
/// under `root`. Events arrive in bursts (an editor's save is several); refresh once per burst.
pub fn watch(root: &Path, tx: Sender<PathBuf>) -> anyhow::Result<Watcher> {
    let mut inner = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        let Ok(event) = res else { return };
        if matches!(event.kind, EventKind::Access(_) | EventKind::Other) {
            return;
        }
        for p in event.paths {
            // A folder removed or renamed takes its articles with it; its path has no extension.
            if is_article_file(&p) || p.extension().is_none() {
                let _ = tx.send(p);
            }
        }
    })?;
    inner.watch(root, RecursiveMode::Recursive)?;
    Ok(Watcher { _inner: inner })
}
