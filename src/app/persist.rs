//! Read state and the last opened article, kept in the data dir as JSON and written
//! atomically (temporary file, then rename) so a crash never leaves a torn file.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Saved {
    /// Path of the article open when the reader last quit.
    pub last_article: Option<PathBuf>,
    /// Articles the reader has opened.
    pub read: BTreeSet<PathBuf>,
    /// Byte offset of the top line in each article, so the place survives a resize.
    pub positions: BTreeMap<PathBuf, usize>,
}

/// `<data dir>/state.json` for project "byline".
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "byline").map(|d| d.data_dir().join("state.json"))
}

/// A missing or unreadable file is a fresh start, never an error: it is only convenience.
pub fn load(path: &Path) -> Saved {
    std::fs::read(path)
        .ok()
        .and_then(|b| serde_json::from_slice(&b).ok())
        .unwrap_or_default()
}

pub fn save(path: &Path, saved: &Saved) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let json = serde_json::to_vec_pretty(saved).map_err(std::io::Error::other)?;
    let tmp = path.with_extension(format!("json.tmp{}", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(&json)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_tolerates_garbage() {
        let dir = std::env::temp_dir().join(format!("byline-persist-{}", std::process::id()));
        let p = dir.join("sub").join("state.json");
        let mut s = Saved {
            last_article: Some("a/b.txt".into()),
            ..Saved::default()
        };
        s.read.insert("a/b.txt".into());
        s.positions.insert("a/b.txt".into(), 42);
        save(&p, &s).unwrap();
        assert_eq!(load(&p), s);
        let leftovers: Vec<_> = std::fs::read_dir(p.parent().unwrap())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name() != "state.json")
            .collect();
        assert!(leftovers.is_empty(), "temporary file left behind");
        std::fs::write(&p, b"{not json").unwrap();
        assert_eq!(load(&p), Saved::default());
        assert_eq!(load(&dir.join("missing.json")), Saved::default());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
