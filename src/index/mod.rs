//! The library index: analyses cached on disk and library-wide queries over them.
//!
//! `update` builds or refreshes a library's cache (in parallel, with progress, safe against a
//! second byline process) and returns an `Index`; `Index::open` loads an existing cache without
//! touching the library. An `Index` holds only the small summary (articles, titles, dates); the
//! name table, the word index and each article's text and analysis are read when first needed,
//! so opening is cheap enough for the reader's first frame.
//!
//! For the UI: `Index::find_names` (the popup's fuzzy list), `Index::row_articles` (articles
//! mentioning a row, with hit spans and snippets), `Index::row_quotes` (a speaker's quotes,
//! newest first), `Index::search` (the query language), `Index::load` (one article and its
//! analysis), and `watch::watch` (changed paths while the reader runs).

mod build;
pub mod cli;
pub mod dates;
pub mod names;
mod query;
pub mod scan;
pub mod store;
pub mod watch;
mod words;

use std::collections::HashMap;
use std::fs::File;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::Serialize;

use crate::extract::{self, Analysis};
use crate::library::{self, Article};

pub use build::{fingerprint, fingerprint_in, update_in};

/// Build or refresh the cache of the library at `root` in the user's cache directory (or
/// `$BYLINE_CACHE_DIR`). Safe to call from a background thread; `progress` is called from
/// worker threads as files are analysed.
pub fn update(
    root: &Path,
    progress: &(dyn Fn(Progress) + Sync),
) -> anyhow::Result<(Index, UpdateStats)> {
    update_in(root, &cache_base()?, progress)
}
pub use names::{NameTable, Row, RowKind, Target};
pub use query::{parse_query, QueryError, Term};
pub use store::{ArticleEntry, Summary};

/// Environment variable naming the cache directory (tests, benchmarks, portable installs).
pub const CACHE_ENV: &str = "BYLINE_CACHE_DIR";

/// Analysis progress: `done` of `total` new or changed files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

/// What a refresh did.
#[derive(Debug, Clone, PartialEq)]
pub struct UpdateStats {
    pub articles: usize,
    pub files: usize,
    pub new: usize,
    pub changed: usize,
    pub removed: usize,
    pub failed: usize,
    pub seconds: f64,
}

impl std::fmt::Display for UpdateStats {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} articles, {} new, {} changed, {} removed, {} failed, {:.2} s",
            self.articles, self.new, self.changed, self.removed, self.failed, self.seconds
        )
    }
}

/// Messages from `update_in_background`.
pub enum UpdateEvent {
    Progress(Progress),
    /// The refreshed index, or why it could not be built. Always the last message.
    Done(Box<Result<(Index, UpdateStats), String>>),
}

/// Refresh the library's index on a new thread, reporting progress and the result on the
/// returned channel: what the reader calls at start and when the watcher reports changes.
/// `cache`: the cache base directory, `None` for the user's (see `cache_base`).
pub fn update_in_background(
    root: PathBuf,
    cache: Option<PathBuf>,
) -> std::sync::mpsc::Receiver<UpdateEvent> {
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        // `Sender` is not `Sync`; progress comes from worker threads, so it goes through a lock.
        let progress_tx = std::sync::Mutex::new(tx.clone());
        let progress = |p| {
            if let Ok(t) = progress_tx.lock() {
                let _ = t.send(UpdateEvent::Progress(p));
            }
        };
        let result = match cache {
            Some(base) => update_in(&root, &base, &progress),
            None => update(&root, &progress),
        };
        let _ = tx.send(UpdateEvent::Done(Box::new(
            result.map_err(|e| format!("{e:#}")),
        )));
    });
    rx
}

/// One match inside an article: a byte range of its text and the line around it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub snippet: String,
}

/// An article matching a query, with every hit in text order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SearchResult {
    #[serde(skip)]
    pub article: usize,
    pub path: PathBuf,
    pub title: String,
    pub date: Option<String>,
    /// Seconds since the epoch: the article's date, else its file's modification time.
    #[serde(skip)]
    pub when: i64,
    pub hits: Vec<Hit>,
}

/// One quote of a speaker somewhere in the library.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuoteHit {
    #[serde(skip)]
    pub article: usize,
    pub path: PathBuf,
    pub title: String,
    pub date: Option<String>,
    #[serde(skip)]
    pub when: i64,
    pub text: String,
    pub speaker: String,
    /// Byte range of the quote in the article's text, to open the article at it.
    #[serde(skip)]
    pub start: usize,
    #[serde(skip)]
    pub end: usize,
}

/// A row of the popup's list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NameHit {
    /// Pass to `row_articles` / `row_quotes`.
    pub row: usize,
    pub name: String,
    pub kind: RowKind,
    pub aliases: Vec<String>,
    pub articles: u32,
    pub quotes: u32,
}

/// An article read back from the cache.
#[derive(Debug, Clone)]
pub struct Loaded {
    pub article: Article,
    pub analysis: Analysis,
}

/// The directory under which every library's cache lives.
pub fn cache_base() -> anyhow::Result<PathBuf> {
    if let Some(dir) = std::env::var_os(CACHE_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("", "", "byline")
        .map(|d| d.cache_dir().to_path_buf())
        .ok_or_else(|| anyhow::anyhow!("no cache directory: set {CACHE_ENV}"))
}

/// The canonical library root and its cache directory (one per library, named by its path).
fn locate(root: &Path, base: &Path) -> anyhow::Result<(PathBuf, store::CacheDir)> {
    let canon =
        std::fs::canonicalize(root).map_err(|e| anyhow::anyhow!("{}: {e}", root.display()))?;
    if !canon.is_dir() {
        anyhow::bail!("{}: not a folder", root.display());
    }
    let key = xxhash_rust::xxh3::xxh3_64(canon.to_string_lossy().as_bytes());
    let dir = base.join("libraries").join(format!("{key:016x}"));
    Ok((canon, store::CacheDir { dir }))
}

pub struct Index {
    root: PathBuf,
    cache: store::CacheDir,
    generation: u64,
    summary: Summary,
    names: OnceLock<NameTable>,
    words: OnceLock<Vec<u8>>,
    /// Article ids per file, for the word index (which names files).
    by_file: OnceLock<Vec<Vec<usize>>>,
}

impl Index {
    fn from_parts(
        root: PathBuf,
        cache: store::CacheDir,
        generation: u64,
        summary: Summary,
    ) -> Self {
        Index {
            root,
            cache,
            generation,
            summary,
            names: OnceLock::new(),
            words: OnceLock::new(),
            by_file: OnceLock::new(),
        }
    }

    /// Open the existing cache of the library at `root` without looking at the library.
    pub fn open(root: &Path) -> anyhow::Result<Index> {
        Index::open_in(root, &cache_base()?)
    }

    /// `open` with the cache under `base` instead of the user's cache directory.
    pub fn open_in(root: &Path, base: &Path) -> anyhow::Result<Index> {
        Index::open_checked(root, base, true)
    }

    /// The existing cache even when another version of the extractor wrote it, without
    /// running the extractor to find out: the reader shows it at once (running the extractor's
    /// probe means loading its model, most of the time to a first frame) while its background
    /// refresh, which does check, re-analyses a stale library and replaces the list.
    pub fn open_for_reader(root: &Path, base: Option<&Path>) -> anyhow::Result<Index> {
        match base {
            Some(b) => Index::open_checked(root, b, false),
            None => Index::open_checked(root, &cache_base()?, false),
        }
    }

    fn open_checked(root: &Path, base: &Path, check_extractor: bool) -> anyhow::Result<Index> {
        let (root, cache) = locate(root, base)?;
        let (generation, body) = cache
            .read("summary.bin", store::SUMMARY_MAGIC)
            .ok_or_else(|| anyhow::anyhow!("{}: not indexed yet", root.display()))?;
        let summary: Summary = store::decode(&body)?;
        if summary.root != root.to_string_lossy()
            || (check_extractor && summary.fingerprint != fingerprint_in(base))
        {
            anyhow::bail!("{}: the index is out of date", root.display());
        }
        Ok(Index::from_parts(root, cache, generation, summary))
    }

    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Articles in path order (titles, dates); ids are positions in this slice.
    pub fn articles(&self) -> &[ArticleEntry] {
        &self.summary.articles
    }

    /// Files that could not be loaded, with reasons.
    pub fn failures(&self) -> impl Iterator<Item = (PathBuf, &str)> + '_ {
        self.summary
            .files
            .iter()
            .filter_map(|f| f.failure.as_deref().map(|r| (self.root.join(&f.rel), r)))
    }

    /// The id of the (first) article loaded from `path`, e.g. for a path the watcher reported.
    pub fn article_at(&self, path: &Path) -> Option<usize> {
        let rel = scan::rel_path(&self.root, path)
            .or_else(|| scan::rel_path(&self.root, &std::fs::canonicalize(path).ok()?))?;
        let file = self.summary.files.iter().position(|f| f.rel == rel)?;
        self.summary
            .articles
            .iter()
            .position(|a| a.file as usize == file)
    }

    /// Every article as the reader's list needs it: path, title and date, no text. An article
    /// of a file holding several is named `file#N`, as the library names it.
    pub fn stubs(&self) -> Vec<Article> {
        let mut per_file = vec![0u32; self.summary.files.len()];
        for a in &self.summary.articles {
            if let Some(n) = per_file.get_mut(a.file as usize) {
                *n += 1;
            }
        }
        self.summary
            .articles
            .iter()
            .enumerate()
            .map(|(id, a)| {
                let mut path = self.path(id).unwrap_or_default();
                if a.sub > 0 || per_file.get(a.file as usize).is_some_and(|&n| n > 1) {
                    let mut s = path.into_os_string();
                    s.push(format!("#{}", a.sub));
                    path = PathBuf::from(s);
                }
                Article {
                    path,
                    title: a.title.clone(),
                    date: a.date.clone(),
                    ..Article::default()
                }
            })
            .collect()
    }

    pub fn path(&self, article: usize) -> Option<PathBuf> {
        let a = self.summary.articles.get(article)?;
        let f = self.summary.files.get(a.file as usize)?;
        Some(self.root.join(&f.rel))
    }

    /// One article and its analysis, from the cache; from the file itself when the cache entry
    /// is missing or damaged.
    pub fn load(&self, article: usize) -> anyhow::Result<Loaded> {
        let mut files = HashMap::new();
        self.load_with(article, &mut files)
    }

    fn load_with(&self, article: usize, files: &mut HashMap<u32, File>) -> anyhow::Result<Loaded> {
        let a = self
            .summary
            .articles
            .get(article)
            .ok_or_else(|| anyhow::anyhow!("no article {article}"))?;
        let f = self
            .summary
            .files
            .get(a.file as usize)
            .ok_or_else(|| anyhow::anyhow!("no file for article {article}"))?;
        let path = self.root.join(&f.rel);
        if let Some(l) = self.cached(f, a.sub as usize, &path, files) {
            return Ok(l);
        }
        let mut arts =
            library::load_file(&path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        if (a.sub as usize) >= arts.len() {
            anyhow::bail!("{}: article {} is gone", path.display(), a.sub);
        }
        let article = arts.swap_remove(a.sub as usize);
        let analysis = extract::analyze(&article.text);
        Ok(Loaded { article, analysis })
    }

    fn cached(
        &self,
        f: &store::FileEntry,
        sub: usize,
        path: &Path,
        files: &mut HashMap<u32, File>,
    ) -> Option<Loaded> {
        if f.failure.is_some() || f.len == 0 {
            return None;
        }
        let file = match files.entry(f.shard) {
            std::collections::hash_map::Entry::Occupied(o) => o.into_mut(),
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(File::open(self.cache.shard_path(f.shard)).ok()?)
            }
        };
        let bytes = store::read_range(file, f.offset, f.len)?;
        let mut record: store::Record = store::decode(&bytes).ok()?;
        if record.rel != f.rel || record.hash != f.hash || sub >= record.articles.len() {
            return None;
        }
        let s = record.articles.swap_remove(sub);
        let mut analysis: Analysis = serde_json::from_str(&s.analysis).ok()?;
        for (q, cue) in analysis.quotes.iter_mut().zip(s.cue_spans) {
            q.cue_span = cue;
        }
        Some(Loaded {
            article: Article {
                path: path.to_path_buf(),
                title: s.title,
                author: s.author,
                date: s.date,
                url: s.url,
                tags: s.tags,
                text: s.text,
            },
            analysis,
        })
    }

    /// Several articles at once, in parallel; failures are dropped.
    fn load_many(&self, ids: &[usize]) -> Vec<(usize, Loaded)> {
        use rayon::prelude::*;
        let chunk = ids
            .len()
            .div_ceil(rayon::current_num_threads().max(1))
            .max(1);
        ids.par_chunks(chunk)
            .flat_map_iter(|part| {
                let mut files = HashMap::new();
                part.iter()
                    .filter_map(|&id| self.load_with(id, &mut files).ok().map(|l| (id, l)))
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    /// The library-wide name table (read on first use).
    pub fn names(&self) -> anyhow::Result<&NameTable> {
        if let Some(t) = self.names.get() {
            return Ok(t);
        }
        let body = self.read_current("names.bin", store::NAMES_MAGIC)?;
        let table: NameTable = store::decode(&body)?;
        Ok(self.names.get_or_init(|| table))
    }

    fn words(&self) -> anyhow::Result<&[u8]> {
        if let Some(w) = self.words.get() {
            return Ok(w);
        }
        let body = self.read_current("words.bin", store::WORDS_MAGIC)?;
        Ok(self.words.get_or_init(|| body))
    }

    fn articles_of_file(&self, file: u32) -> &[usize] {
        let by_file = self.by_file.get_or_init(|| {
            let mut v = vec![Vec::new(); self.summary.files.len()];
            for (i, a) in self.summary.articles.iter().enumerate() {
                if let Some(slot) = v.get_mut(a.file as usize) {
                    slot.push(i);
                }
            }
            v
        });
        by_file.get(file as usize).map_or(&[], Vec::as_slice)
    }

    /// A derived file of this index's generation; another process may have replaced it since.
    /// No lock is taken: files are replaced by rename, so a read sees one whole file, and the
    /// generation says whether it is ours. A reader never waits for a long index build.
    fn read_current(&self, name: &str, magic: &[u8; 8]) -> anyhow::Result<Vec<u8>> {
        match self.cache.read(name, magic) {
            Some((g, body)) if g == self.generation => Ok(body),
            _ => anyhow::bail!("the index changed on disk; refresh it and try again"),
        }
    }

    /// The popup's list: rows whose name or an alias fuzzily matches `query`, best first.
    pub fn find_names(&self, query: &str, limit: usize) -> anyhow::Result<Vec<NameHit>> {
        let t = self.names()?;
        Ok(t.fuzzy(query, limit)
            .into_iter()
            .filter_map(|row| {
                let r = t.rows.get(row)?;
                Some(NameHit {
                    row,
                    name: r.name.clone(),
                    kind: r.kind,
                    aliases: r.aliases.clone(),
                    articles: r.articles,
                    quotes: r.quotes,
                })
            })
            .collect())
    }

    /// Every article mentioning or quoting a row, newest first, each hit with its context.
    pub fn row_articles(&self, row: usize) -> anyhow::Result<Vec<SearchResult>> {
        query::run_terms(self, &[query::Resolved::rows(self.names()?, &[row], false)])
    }

    /// Every quote attributed to a row, newest first.
    pub fn row_quotes(&self, row: usize) -> anyhow::Result<Vec<QuoteHit>> {
        query::quotes_of_rows(self, &[row])
    }

    /// Articles matching a query such as `person:"Scaparrotti" org:ISIS Brussels`, newest first.
    pub fn search(&self, q: &str) -> anyhow::Result<Vec<SearchResult>> {
        query::search(self, q)
    }

    /// Every quote by the speaker `name` (a name, alias or speaker label), newest first.
    pub fn quotes_by(&self, name: &str) -> anyhow::Result<Vec<QuoteHit>> {
        let rows = self.names()?.matching(name, &[]);
        query::quotes_of_rows(self, &rows)
    }
}
