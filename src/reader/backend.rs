//! Where the reader's articles come from, off the UI thread: the library's on-disk index
//! (opened at once when warm, refreshed in the background, refreshed again when the watcher
//! sees files change), or, when there is no library or no usable index, the loader that reads
//! every file (and falls back to the sample library). Everything arrives as `Action`s.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender, TryRecvError};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::app::finder::NAME_LIMIT;
use crate::app::loader::{self, LoadMsg};
use crate::app::{Action, Effect, Progress, State};
use crate::extract::{self, Analysis};
use crate::index::{self, watch, Index, UpdateEvent, UpdateStats};
use crate::library::Failure;

/// Quiet time after the last file event before the index is refreshed: an editor's save or a
/// copied folder is a burst of events.
const SETTLE: Duration = Duration::from_millis(300);

/// A piece of work for a worker thread; its answers go back to the event loop.
type Job = Box<dyn FnOnce() -> Vec<Action> + Send>;

pub struct Backend {
    root: Option<PathBuf>,
    /// Cache base directory; `None` for the user's (`index::cache_base`).
    cache: Option<PathBuf>,
    index: Option<Arc<Index>>,
    /// The warm index was opened but its list not yet handed over.
    pending_first_list: bool,
    updating: Option<Receiver<UpdateEvent>>,
    /// Files changed while a refresh ran: refresh once more when it ends.
    again: bool,
    /// Kept alive while the reader runs; it arrives from the thread that set it up (watching a
    /// deep tree takes a while, and must not delay the first frame).
    watcher: Option<watch::Watcher>,
    watcher_rx: Option<Receiver<watch::Watcher>>,
    changes: Option<Receiver<PathBuf>>,
    last_change: Option<Instant>,
    loading: Option<Receiver<LoadMsg>>,
    /// Article bodies and analyses: one thread, so the open article never waits on a query.
    articles: Sender<Job>,
    /// Library-wide queries for the finder.
    queries: Sender<Job>,
    answers: Receiver<Action>,
}

fn worker(name: &str, answers: Sender<Action>) -> std::io::Result<Sender<Job>> {
    let (tx, rx) = mpsc::channel::<Job>();
    std::thread::Builder::new()
        .name(name.into())
        .spawn(move || {
            for job in rx {
                // A panic in one job (a hostile article) becomes a notice, not a dead reader.
                let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(job))
                    .unwrap_or_else(|p| vec![Action::Notice(panic_text(&p))]);
                for a in out {
                    if answers.send(a).is_err() {
                        return;
                    }
                }
            }
        })?;
    Ok(tx)
}

fn panic_text(p: &Box<dyn std::any::Any + Send>) -> String {
    let why = p
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "internal error".into());
    format!("analysis failed: {why}")
}

impl Backend {
    /// Start on `root`: the warm index is read here, before the first frame (a few ms for a
    /// large library), and everything else runs in the background.
    pub fn start(root: Option<PathBuf>, cache: Option<PathBuf>) -> std::io::Result<Backend> {
        let (answer_tx, answers) = mpsc::channel();
        let mut b = Backend {
            root: None,
            cache,
            index: None,
            pending_first_list: false,
            updating: None,
            again: false,
            watcher: None,
            watcher_rx: None,
            changes: None,
            last_change: None,
            loading: None,
            articles: worker("articles", answer_tx.clone())?,
            queries: worker("queries", answer_tx)?,
            answers,
        };
        match root.clone().filter(|r| r.is_dir()) {
            Some(r) => {
                b.root = Some(r.clone());
                let opened = Index::open_for_reader(&r, b.cache.as_deref());
                if let Ok(ix) = opened {
                    b.index = Some(Arc::new(ix));
                    b.pending_first_list = true;
                }
                b.refresh();
                let (tx, rx) = mpsc::channel();
                let (wtx, wrx) = mpsc::channel();
                let spawned = std::thread::Builder::new()
                    .name("watch".into())
                    .spawn(move || {
                        if let Ok(w) = watch::watch(&r, tx) {
                            let _ = wtx.send(w);
                        }
                    });
                if spawned.is_ok() {
                    b.changes = Some(rx);
                    b.watcher_rx = Some(wrx);
                }
            }
            None => b.load_without_index(root),
        }
        Ok(b)
    }

    /// What arrived since the last call: the list on start, progress, refreshed lists, answers.
    pub fn poll(&mut self) -> Vec<Action> {
        let mut out = Vec::new();
        if let Some(ix) = self.index.as_ref().filter(|_| self.pending_first_list) {
            // The warm index is shown at once, before the refresh finishes.
            out.push(list_action(ix, None));
            self.pending_first_list = false;
        }
        if let Some(w) = self.watcher_rx.as_ref().and_then(|rx| rx.try_recv().ok()) {
            self.watcher = Some(w);
            self.watcher_rx = None;
        }
        self.poll_loader(&mut out);
        self.poll_update(&mut out);
        self.poll_changes();
        while let Ok(a) = self.answers.try_recv() {
            out.push(a);
        }
        out
    }

    fn poll_loader(&mut self, out: &mut Vec<Action>) {
        let Some(rx) = &self.loading else {
            return;
        };
        loop {
            match rx.try_recv() {
                Ok(msg) => out.push(Action::Load(msg)),
                Err(TryRecvError::Empty) => return,
                Err(TryRecvError::Disconnected) => {
                    self.loading = None;
                    return;
                }
            }
        }
    }

    fn poll_update(&mut self, out: &mut Vec<Action>) {
        let Some(rx) = &self.updating else {
            return;
        };
        let done = loop {
            match rx.try_recv() {
                Ok(UpdateEvent::Progress(p)) if p.total > 0 => {
                    out.push(Action::Load(LoadMsg::Indexing(Progress {
                        done: p.done,
                        total: Some(p.total),
                    })));
                }
                Ok(UpdateEvent::Progress(_)) => {}
                Ok(UpdateEvent::Done(r)) => break *r,
                Err(TryRecvError::Empty) => return,
                Err(TryRecvError::Disconnected) => {
                    break Err("the index refresh stopped early".into());
                }
            }
        };
        self.updating = None;
        // The refresh is over, whatever became of it.
        out.push(Action::Load(LoadMsg::Indexing(Progress {
            done: 0,
            total: None,
        })));
        match done {
            Ok((ix, stats)) => self.refreshed(ix, &stats, out),
            Err(e) => {
                if self.index.is_none() && self.loading.is_none() {
                    // No index at all (an unwritable cache dir): read the files instead.
                    out.push(Action::Notice(format!(
                        "library index unavailable ({e}); reading the files directly"
                    )));
                    self.load_without_index(self.root.clone());
                } else {
                    out.push(Action::Notice(format!("library refresh failed: {e}")));
                }
            }
        }
        if self.again {
            self.again = false;
            self.refresh();
        }
    }

    fn refreshed(&mut self, ix: Index, stats: &UpdateStats, out: &mut Vec<Action>) {
        let first = self.index.is_none();
        let changed = stats.new + stats.changed + stats.removed > 0;
        if ix.articles().is_empty() {
            // Nothing to read in the folder: the loader explains why and shows the samples.
            self.index = None;
            if self.loading.is_none() {
                self.load_without_index(self.root.clone());
            }
            return;
        }
        let ix = Arc::new(ix);
        self.index = Some(ix.clone());
        if first || changed || self.pending_first_list {
            let note = (!first && changed).then(|| {
                format!(
                    "library updated: {} new, {} changed, {} removed",
                    stats.new, stats.changed, stats.removed
                )
            });
            self.pending_first_list = false;
            out.push(list_action(&ix, note));
        }
    }

    fn poll_changes(&mut self) {
        if let Some(rx) = &self.changes {
            while rx.try_recv().is_ok() {
                self.last_change = Some(Instant::now());
            }
        }
        if self.last_change.is_some_and(|t| t.elapsed() >= SETTLE) {
            self.last_change = None;
            if self.updating.is_some() {
                self.again = true;
            } else {
                self.refresh();
            }
        }
    }

    /// Refresh the index in the background.
    fn refresh(&mut self) {
        if let Some(r) = &self.root {
            self.updating = Some(index::update_in_background(r.clone(), self.cache.clone()));
        }
    }

    fn load_without_index(&mut self, root: Option<PathBuf>) {
        let (tx, rx) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("loader".into())
            .spawn(move || loader::load(root, tx));
        if spawned.is_ok() {
            self.loading = Some(rx);
        }
    }

    /// Whether a background refresh or file load is still running.
    pub fn busy(&self) -> bool {
        self.updating.is_some() || self.loading.is_some() || self.last_change.is_some()
    }

    /// Carry out one of the state's requests that needs the library.
    pub fn run(&self, state: &State, effect: &Effect) {
        match effect {
            Effect::Analyze(i) => {
                let i = *i;
                match (&self.index, state.indexed) {
                    (Some(ix), true) => {
                        let ix = ix.clone();
                        self.article_job(Box::new(move || load_article(&ix, i)));
                    }
                    _ => {
                        if let Some(text) = state.articles.get(i).map(|a| a.text.clone()) {
                            self.article_job(Box::new(move || {
                                vec![Action::Analyzed(i, Arc::new(extract::analyze(&text)))]
                            }));
                        }
                    }
                }
            }
            Effect::FindNames(q) => {
                let q = q.clone();
                self.query(move |ix| {
                    let hits = ix.find_names(&q, NAME_LIMIT).map_err(|e| format!("{e:#}"));
                    Action::Names { query: q, hits }
                });
            }
            Effect::RowArticles { row, title } => {
                let (row, title) = (*row, title.clone());
                self.query(move |ix| {
                    let results = ix.row_articles(row).map_err(|e| format!("{e:#}"));
                    Action::Results { title, results }
                });
            }
            Effect::Search(q) => {
                let q = q.clone();
                self.query(move |ix| {
                    let results = ix.search(&q).map_err(|e| format!("{e:#}"));
                    Action::Results { title: q, results }
                });
            }
            Effect::RowQuotes { row, speaker } => {
                let (row, speaker) = (*row, speaker.clone());
                self.query(move |ix| {
                    let quotes = ix.row_quotes(row).map_err(|e| format!("{e:#}"));
                    Action::Quotes { speaker, quotes }
                });
            }
            Effect::QuotesBy(name) => {
                let speaker = name.clone();
                self.query(move |ix| {
                    let quotes = ix.quotes_by(&speaker).map_err(|e| format!("{e:#}"));
                    Action::Quotes { speaker, quotes }
                });
            }
            Effect::OpenUrl(_) | Effect::Save => {}
        }
    }

    fn article_job(&self, job: Job) {
        let _ = self.articles.send(job);
    }

    fn query(&self, f: impl FnOnce(&Index) -> Action + Send + 'static) {
        let Some(ix) = self.index.clone() else {
            return;
        };
        let _ = self.queries.send(Box::new(move || vec![f(&ix)]));
    }
}

fn load_article(ix: &Index, i: usize) -> Vec<Action> {
    match ix.load(i) {
        Ok(l) => vec![Action::Loaded(i, Box::new(l.article), Arc::new(l.analysis))],
        Err(e) => vec![
            Action::Analyzed(i, Arc::new(Analysis::default())),
            Action::Notice(format!("could not read the article: {e:#}")),
        ],
    }
}

/// The whole list from an index, as the state takes it.
pub fn list_action(ix: &Index, note: Option<String>) -> Action {
    let failures = ix
        .failures()
        .map(|(path, reason)| Failure {
            path,
            reason: reason.to_string(),
        })
        .collect();
    Action::Load(LoadMsg::Indexed {
        articles: ix.stubs(),
        failures,
        note,
    })
}

/// Answer one effect synchronously against `ix`, as the event loop's workers would: for tests
/// and benchmarks that drive `app::update` without threads.
pub fn answer(ix: &Index, state: &State, effect: &Effect) -> Vec<Action> {
    match effect {
        Effect::Analyze(i) if state.indexed => load_article(ix, *i),
        Effect::Analyze(i) => state
            .articles
            .get(*i)
            .map(|a| vec![Action::Analyzed(*i, Arc::new(extract::analyze(&a.text)))])
            .unwrap_or_default(),
        Effect::FindNames(q) => vec![Action::Names {
            query: q.clone(),
            hits: ix.find_names(q, NAME_LIMIT).map_err(|e| format!("{e:#}")),
        }],
        Effect::RowArticles { row, title } => vec![Action::Results {
            title: title.clone(),
            results: ix.row_articles(*row).map_err(|e| format!("{e:#}")),
        }],
        Effect::Search(q) => vec![Action::Results {
            title: q.clone(),
            results: ix.search(q).map_err(|e| format!("{e:#}")),
        }],
        Effect::RowQuotes { row, speaker } => vec![Action::Quotes {
            speaker: speaker.clone(),
            quotes: ix.row_quotes(*row).map_err(|e| format!("{e:#}")),
        }],
        Effect::QuotesBy(name) => vec![Action::Quotes {
            speaker: name.clone(),
            quotes: ix.quotes_by(name).map_err(|e| format!("{e:#}")),
        }],
        Effect::OpenUrl(_) | Effect::Save => Vec::new(),
    }
}

/// Run `state`'s library effects against `ix` until none is left (tests, `bench open`).
pub fn settle(ix: &Index, state: &mut State) -> Vec<Effect> {
    let mut others = Vec::new();
    for _ in 0..64 {
        let effects = state.take_effects();
        if effects.is_empty() {
            break;
        }
        for e in effects {
            let answers = answer(ix, state, &e);
            if answers.is_empty() {
                others.push(e);
            }
            for a in answers {
                crate::app::update(state, a);
            }
        }
    }
    others
}
