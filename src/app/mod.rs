//! The reader's state and `update(&mut State, Action)`. No drawing and no I/O here: work that
//! leaves the process (analysis on a worker thread, opening a URL, saving read state) is
//! queued as an `Effect` for the event loop to carry out.

pub mod finder;
pub mod layout;
pub mod loader;
pub mod panel;
pub mod persist;
pub mod search;
pub mod wrap;

use std::collections::{HashMap, HashSet, VecDeque};
use std::path::PathBuf;
use std::sync::Arc;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Position, Rect};

use crate::config::Config;
use crate::extract::{Analysis, Span};
use crate::index::{NameHit, QuoteHit, SearchResult};
use crate::keymap::Command;
use crate::library::{Article, Failure, Warning};

use finder::{Finder, Stage};

use layout::{LayoutInput, Panes};
use loader::LoadMsg;
use panel::Row;
use persist::Saved;
use wrap::Wrapped;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pane {
    List,
    Reader,
    Panel,
}

impl Pane {
    pub fn label(self) -> &'static str {
        match self {
            Pane::List => "list",
            Pane::Reader => "reader",
            Pane::Panel => "panel",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortBy {
    Date,
    Title,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Normal,
    Help,
    /// Typing a search of the article text.
    Search,
    /// Typing a filter of the list by title.
    Filter,
    /// The library-wide finder popup.
    Find,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListRow {
    Article(usize),
    Failure(usize),
}

#[derive(Debug)]
pub enum Action {
    Command(Command),
    /// A character typed into the search or filter prompt.
    Input(char),
    Backspace,
    Submit,
    Resize(u16, u16),
    /// Mouse wheel at a cell: positive is down.
    Scroll {
        column: u16,
        row: u16,
        delta: i32,
    },
    Click {
        column: u16,
        row: u16,
    },
    Load(LoadMsg),
    Analyzed(usize, Arc<Analysis>),
    /// An article's body and analysis read from the index.
    Loaded(usize, Box<Article>, Arc<Analysis>),
    /// The index's names for a finder query.
    Names {
        query: String,
        hits: Result<Vec<NameHit>, String>,
    },
    /// Articles for the finder: a name's, or a query's.
    Results {
        title: String,
        results: Result<Vec<SearchResult>, String>,
    },
    /// One speaker's quotes across the library.
    Quotes {
        speaker: String,
        quotes: Result<Vec<QuoteHit>, String>,
    },
    Notice(String),
    /// The sample library, written to disk because there is no library folder, is what the
    /// reader indexes and shows; the text says why.
    SampleLibrary(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Get article `n`'s analysis off the UI thread: from the index (`Action::Loaded`, with its
    /// body) when the library is indexed, else by analysing its text (`Action::Analyzed`).
    Analyze(usize),
    /// Names fuzzily matching a query (`Action::Names`).
    FindNames(String),
    /// Articles mentioning or quoting a name row (`Action::Results`).
    RowArticles { row: usize, title: String },
    /// Articles matching a query (`Action::Results`).
    Search(String),
    /// Quotes of a name row (`Action::Quotes`).
    RowQuotes { row: usize, speaker: String },
    /// Quotes of a speaker named in an article (`Action::Quotes`).
    QuotesBy(String),
    /// Open a web address in the browser, without waiting.
    OpenUrl(String),
    /// Write `State::saved` to disk.
    Save,
}

#[derive(Debug, Clone, Default)]
pub struct ListView {
    pub rows: Vec<ListRow>,
    pub selected: usize,
    pub offset: usize,
    pub filter: String,
}

#[derive(Debug, Clone, Default)]
pub struct ReaderView {
    pub wrapped: Wrapped,
    pub scroll: usize,
    /// Where the wrapped text is drawn (inside the border, below the header).
    pub text_area: Rect,
}

#[derive(Debug, Clone, Default)]
pub struct PanelView {
    pub rows: Vec<Row>,
    /// Sections the user expanded past `panel::COLLAPSED_ROWS`.
    pub expanded: Vec<panel::Section>,
    pub selected: Option<usize>,
    pub offset: usize,
}

#[derive(Debug, Clone, Default)]
pub struct SearchState {
    pub query: String,
    pub matches: Vec<Span>,
    pub current: Option<usize>,
}

/// Where to land once an article opened from the finder has its analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Jump {
    /// The hits of a finder result, first one first: an entity mention lands on that entity
    /// (so `n`/`N` walk its mentions); other hits become the article's search matches.
    Hits { spans: Vec<Span>, label: String },
    /// The quote starting at this byte.
    Quote { start: usize },
}

/// Article bodies and analyses kept in memory: the open one and the last few, not the library.
pub const KEEP_ANALYSES: usize = 24;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub done: usize,
    pub total: Option<usize>,
}

pub struct State {
    pub config: Config,
    pub articles: Vec<Article>,
    pub failures: Vec<Failure>,
    /// What was lost loading files that did load; the list marks their articles.
    pub warnings: Vec<Warning>,
    /// Why the sample library is showing, when it is.
    pub sample_note: Option<String>,
    /// Why the library is the sample library written to disk, when it is: the note then stays
    /// through index refreshes.
    pub sample_on_disk: Option<String>,
    /// Some while the loader is still running.
    pub loading: Option<Progress>,
    /// The list comes from the library's index: `articles` hold titles and dates only, and an
    /// article's body arrives with its analysis (`Action::Loaded`).
    pub indexed: bool,
    /// New or changed files being analysed in the background.
    pub indexing: Option<Progress>,
    bodies: HashMap<usize, Arc<Article>>,
    /// Articles with a body or analysis in memory, least recently opened first.
    recent: VecDeque<usize>,
    pub finder: Option<Finder>,
    /// Where the article being opened from the finder should land.
    pub jump: Option<(usize, Jump)>,
    pub sort: SortBy,
    pub list: ListView,
    pub open: Option<usize>,
    pub analyses: HashMap<usize, Arc<Analysis>>,
    requested: HashSet<usize>,
    pub reader: ReaderView,
    pub panel: PanelView,
    pub show_panel: bool,
    pub focus: Pane,
    pub mode: Mode,
    pub search: SearchState,
    /// Index into the selected entity's mentions, after `n`/`N` or a jump.
    pub mention: Option<usize>,
    /// The quote in focus, after `]`/`[`/`}`/`{` or a jump.
    pub quote: Option<usize>,
    pub notice: Option<String>,
    pub size: (u16, u16),
    pub panes: Panes,
    pub saved: Saved,
    pub effects: Vec<Effect>,
    pub quit: bool,
}

impl State {
    pub fn new(config: Config, saved: Saved) -> State {
        let show_panel = config.show_panel;
        State {
            config,
            articles: Vec::new(),
            failures: Vec::new(),
            warnings: Vec::new(),
            sample_note: None,
            sample_on_disk: None,
            loading: Some(Progress {
                done: 0,
                total: None,
            }),
            indexed: false,
            indexing: None,
            bodies: HashMap::new(),
            recent: VecDeque::new(),
            finder: None,
            jump: None,
            sort: SortBy::Date,
            list: ListView::default(),
            open: None,
            analyses: HashMap::new(),
            requested: HashSet::new(),
            reader: ReaderView::default(),
            panel: PanelView::default(),
            show_panel,
            focus: Pane::Reader,
            mode: Mode::Normal,
            search: SearchState::default(),
            mention: None,
            quote: None,
            notice: None,
            size: (0, 0),
            panes: Panes::default(),
            saved,
            effects: Vec::new(),
            quit: false,
        }
    }

    pub fn take_effects(&mut self) -> Vec<Effect> {
        std::mem::take(&mut self.effects)
    }

    /// Whether article `i` was sent for analysis and the result has not come back yet.
    pub fn is_pending(&self, i: usize) -> bool {
        self.requested.contains(&i)
    }

    /// The open article: its body once it has arrived, else what the list knows of it.
    pub fn article(&self) -> Option<&Article> {
        let i = self.open?;
        self.bodies
            .get(&i)
            .map(|b| b.as_ref())
            .or_else(|| self.articles.get(i))
    }

    /// Whether the open article's text is on hand (an indexed article's body arrives later).
    pub fn body_ready(&self) -> bool {
        self.open
            .is_some_and(|i| !self.indexed || self.bodies.contains_key(&i))
    }

    /// How many articles have a body or analysis in memory.
    pub fn kept(&self) -> usize {
        self.recent.len()
    }

    pub fn analysis(&self) -> Option<&Analysis> {
        self.open
            .and_then(|i| self.analyses.get(&i))
            .map(|a| a.as_ref())
    }

    /// The loader's warnings about the file an article came from.
    pub fn warnings_for<'a>(&'a self, a: &'a Article) -> impl Iterator<Item = &'a Warning> {
        let file = a.file_path();
        self.warnings
            .iter()
            .filter(move |w| w.path == file || w.path == a.path)
    }

    pub fn selected_row(&self) -> Option<&Row> {
        self.panel.selected.and_then(|i| self.panel.rows.get(i))
    }

    /// The entity whose mentions stand out: the one selected in the panel.
    pub fn selected_entity(&self) -> Option<usize> {
        match self.selected_row()? {
            Row::Entity(id) => Some(*id),
            _ => None,
        }
    }

    /// Lines of the title in the reader header: it wraps to at most two.
    pub fn title_lines(&self, width: u16) -> u16 {
        self.article().map_or(1, |a| {
            wrap::wrap(&a.title, width).lines.len().clamp(1, 2) as u16
        })
    }

    /// Lines in the reader header: the title, a byline when there is one, and a blank line.
    pub fn header_lines(&self, width: u16) -> u16 {
        match self.article() {
            None => 1,
            Some(a) => {
                let meta = a.author.is_some() || a.date.is_some() || a.url.is_some();
                self.title_lines(width) + u16::from(meta) + 1
            }
        }
    }

    /// The reader pane split into header and text, when the reader is on screen.
    pub fn reader_parts(&self) -> Option<(Rect, Rect)> {
        self.panes.reader.map(|r| {
            let width = layout::inner(r).width;
            layout::reader_parts(r, self.header_lines(width))
        })
    }

    /// Position of the open article in the list (1-based) and the list length.
    pub fn position(&self) -> (usize, usize) {
        let n = self
            .list
            .rows
            .iter()
            .filter(|r| matches!(r, ListRow::Article(_)))
            .count();
        let pos = self
            .open
            .and_then(|o| {
                self.list
                    .rows
                    .iter()
                    .filter(|r| matches!(r, ListRow::Article(_)))
                    .position(|r| *r == ListRow::Article(o))
            })
            .map_or(0, |p| p + 1);
        (pos, n)
    }

    /// Percent of the article above the bottom of the view.
    pub fn scroll_percent(&self) -> u16 {
        let total = self.reader.wrapped.lines.len();
        let h = self.reader.text_area.height as usize;
        if total <= h || h == 0 {
            return 100;
        }
        let max = total - h;
        ((self.reader.scroll.min(max) * 100) / max) as u16
    }

    /// Translate a key press into an action, given the mode (prompts take raw characters).
    pub fn key_action(&self, ev: KeyEvent) -> Option<Action> {
        let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
        if self.mode == Mode::Find {
            // The name list takes typing; the article and quote lists take the keymap.
            let typing = self
                .finder
                .as_ref()
                .is_some_and(|f| f.stage == Stage::Names);
            return match ev.code {
                KeyCode::Char('c') if ctrl => Some(Action::Command(Command::Quit)),
                KeyCode::Esc => Some(Action::Command(Command::Cancel)),
                KeyCode::Enter => Some(Action::Submit),
                KeyCode::Up => Some(Action::Command(Command::Up)),
                KeyCode::Down => Some(Action::Command(Command::Down)),
                KeyCode::PageUp => Some(Action::Command(Command::PageUp)),
                KeyCode::PageDown => Some(Action::Command(Command::PageDown)),
                KeyCode::Tab if typing => Some(Action::Command(Command::SpeakerQuotes)),
                KeyCode::Backspace if typing => Some(Action::Backspace),
                KeyCode::Backspace => Some(Action::Command(Command::Cancel)),
                KeyCode::Char(c) if typing && !ctrl => Some(Action::Input(c)),
                _ if typing => None,
                _ => self.config.keymap.lookup(&ev).map(Action::Command),
            };
        }
        if matches!(self.mode, Mode::Search | Mode::Filter) {
            return match ev.code {
                KeyCode::Char('c') if ctrl => Some(Action::Command(Command::Quit)),
                KeyCode::Esc => Some(Action::Command(Command::Cancel)),
                KeyCode::Enter => Some(Action::Submit),
                KeyCode::Backspace => Some(Action::Backspace),
                KeyCode::Char(c) if !ctrl => Some(Action::Input(c)),
                _ => None,
            };
        }
        self.config.keymap.lookup(&ev).map(Action::Command)
    }

    fn top_byte(&self) -> usize {
        self.reader
            .wrapped
            .lines
            .get(self.reader.scroll)
            .map_or(0, |l| l.start)
    }
}

/// Notices from the background that arrive before the next key all stay in view (the latest
/// three, each once): two faults at once must not hide one another.
fn add_notice(s: &mut State, n: String) {
    const SEP: &str = " · ";
    let mut parts: Vec<String> = s
        .notice
        .take()
        .map(|old| old.split(SEP).map(str::to_string).collect())
        .unwrap_or_default();
    parts.retain(|p| *p != n);
    parts.push(n);
    let skip = parts.len().saturating_sub(3);
    s.notice = Some(parts[skip..].join(SEP));
}

pub fn update(s: &mut State, action: Action) {
    match action {
        Action::Command(c) => {
            s.notice = None;
            command(s, c);
        }
        Action::Input(c) => match s.mode {
            Mode::Find => {
                if let Some(f) = s.finder.as_mut() {
                    f.query.push(c);
                    let q = f.query.clone();
                    s.effects.push(Effect::FindNames(q));
                }
            }
            Mode::Search => {
                s.search.query.push(c);
                run_search(s);
            }
            Mode::Filter => {
                s.list.filter.push(c);
                rebuild_list(s);
            }
            _ => {}
        },
        Action::Backspace => match s.mode {
            Mode::Find => {
                if let Some(f) = s.finder.as_mut() {
                    f.query.pop();
                    let q = f.query.clone();
                    s.effects.push(Effect::FindNames(q));
                }
            }
            Mode::Search => {
                s.search.query.pop();
                run_search(s);
            }
            Mode::Filter => {
                s.list.filter.pop();
                rebuild_list(s);
            }
            _ => {}
        },
        Action::Submit if s.mode == Mode::Find => finder::submit(s),
        Action::Submit => {
            if s.mode == Mode::Search && s.search.matches.is_empty() && !s.search.query.is_empty() {
                s.notice = Some(format!("no match for “{}”", s.search.query));
            }
            if s.mode == Mode::Filter {
                s.focus = Pane::List;
            }
            s.mode = Mode::Normal;
        }
        Action::Resize(w, h) => {
            s.size = (w, h);
            relayout(s);
        }
        // The finder popup covers the panes: the mouse does not reach them.
        Action::Scroll { .. } | Action::Click { .. } if s.mode == Mode::Find => {}
        Action::Scroll { column, row, delta } => {
            if s.config.mouse {
                mouse_scroll(s, column, row, delta);
            }
        }
        Action::Click { column, row } => {
            if s.config.mouse {
                click(s, column, row);
            }
        }
        Action::Load(msg) => load(s, msg),
        Action::Analyzed(i, a) => {
            s.requested.remove(&i);
            s.analyses.insert(i, a);
            keep(s, i);
            if s.open == Some(i) {
                fill_panel(s);
                apply_jump(s);
            }
        }
        Action::Loaded(i, mut body, a) => {
            // After a refresh ids name other articles: an answer for a replaced id is dropped.
            let Some(stub) = s.articles.get(i) else {
                return;
            };
            if stub.file_path() != body.file_path() {
                return;
            }
            body.path = stub.path.clone();
            s.requested.remove(&i);
            s.bodies.insert(i, Arc::from(body));
            s.analyses.insert(i, a);
            keep(s, i);
            if s.open == Some(i) {
                body_arrived(s);
            }
        }
        Action::Names { query, hits } => match hits {
            Ok(hits) => {
                if let Some(f) = s.finder.as_mut().filter(|f| f.query == query) {
                    f.set_names(query, hits);
                }
            }
            Err(e) => s.notice = Some(format!("library search failed: {e}")),
        },
        Action::Results { title, results } => {
            let Some(f) = s.finder.as_mut() else {
                return;
            };
            f.busy = None;
            match results {
                Ok(r) if r.is_empty() => s.notice = Some(format!("no article for {title}")),
                Ok(results) => {
                    f.stage = Stage::Articles { title, results };
                    f.selected = 0;
                    f.offset = 0;
                }
                Err(e) => s.notice = Some(format!("library search failed: {e}")),
            }
        }
        Action::Quotes { speaker, quotes } => match quotes {
            Ok(q) if q.is_empty() => s.notice = Some(format!("no quotes by {speaker}")),
            Ok(quotes) => {
                let f = s.finder.get_or_insert_with(Finder::new);
                f.busy = None;
                f.stage = Stage::Quotes { speaker, quotes };
                f.selected = 0;
                f.offset = 0;
                s.mode = Mode::Find;
            }
            Err(e) => {
                if let Some(f) = s.finder.as_mut() {
                    f.busy = None;
                }
                s.notice = Some(format!("library search failed: {e}"));
            }
        },
        Action::Notice(n) => add_notice(s, n),
        Action::SampleLibrary(why) => {
            s.sample_note = Some(why.clone());
            s.sample_on_disk = Some(why);
        }
    }
}

/// Keep article `i`'s body and analysis as the most recent, dropping the oldest beyond
/// `KEEP_ANALYSES` (never the open one).
fn keep(s: &mut State, i: usize) {
    s.recent.retain(|&j| j != i);
    s.recent.push_back(i);
    while s.recent.len() > KEEP_ANALYSES {
        let Some(pos) = s.recent.iter().position(|&j| Some(j) != s.open) else {
            break;
        };
        if let Some(old) = s.recent.remove(pos) {
            s.bodies.remove(&old);
            s.analyses.remove(&old);
        }
    }
}

/// The open article's body came from the index: wrap it, fill the panel, and put the view
/// where the reader left it or where the finder said to land.
fn body_arrived(s: &mut State) {
    s.reader.wrapped = Wrapped::default();
    s.reader.scroll = 0;
    relayout(s);
    let top = s
        .article()
        .and_then(|a| s.saved.positions.get(&a.path).copied());
    if let Some(top) = top {
        s.reader.scroll = s.reader.wrapped.line_of(top).min(max_scroll(s));
    }
    fill_panel(s);
    apply_jump(s);
}

/// Land where the finder said, once the article it opened has its text and analysis.
fn apply_jump(s: &mut State) {
    let ready = matches!(s.jump, Some((i, _)) if s.open == Some(i))
        && s.body_ready()
        && s.analysis().is_some();
    if !ready {
        return;
    }
    let Some((_, jump)) = s.jump.take() else {
        return;
    };
    let Some(a) = s.analysis().cloned() else {
        return;
    };
    match jump {
        Jump::Quote { start } => {
            match a.quotes.iter().position(|q| q.start == start) {
                Some(q) => {
                    s.focus = Pane::Reader;
                    // Walking the quotes of this speaker: select the quote's row.
                    if let Some(r) = s.panel.rows.iter().position(|r| *r == Row::Quote(q)) {
                        s.panel.selected = Some(r);
                    }
                    go_to_quote(s, &a, q);
                }
                None => scroll_to(s, start),
            }
        }
        Jump::Hits { spans, label } => {
            let Some(first) = spans.first().copied() else {
                return;
            };
            let entity = a.entities.iter().enumerate().find_map(|(id, e)| {
                e.mentions
                    .iter()
                    .position(|m| m.start == first.start)
                    .map(|m| (id, m))
            });
            if let Some((id, m)) = entity {
                show_entity_row(s, &a, id);
                s.mention = Some(m);
                s.quote = None;
                scroll_to(s, first.start);
                return;
            }
            if let Some(q) = a
                .quotes
                .iter()
                .position(|q| q.start <= first.start && first.start < q.end.max(q.start + 1))
            {
                go_to_quote(s, &a, q);
                return;
            }
            // Words of a text search: `n`/`N` walk the hits like an in-article search.
            s.search = SearchState {
                query: label,
                matches: spans,
                current: Some(0),
            };
            scroll_to(s, first.start);
        }
    }
}

/// Select entity `id` in the panel, expanding its section when it sits behind "+N more".
fn show_entity_row(s: &mut State, a: &Analysis, id: usize) {
    let find = |rows: &[Row]| rows.iter().position(|r| *r == Row::Entity(id));
    if find(&s.panel.rows).is_none() {
        let section = match a.entities.get(id).map(|e| e.kind) {
            Some(crate::extract::Kind::Person) => panel::Section::People,
            Some(crate::extract::Kind::Organization) => panel::Section::Organizations,
            _ => panel::Section::Places,
        };
        s.panel.expanded.push(section);
        s.panel.rows = panel::rows(a, &s.panel.expanded);
    }
    if let Some(r) = find(&s.panel.rows) {
        s.panel.selected = Some(r);
        keep_panel_visible(s);
    }
}

fn command(s: &mut State, c: Command) {
    if s.mode == Mode::Help {
        match c {
            Command::Quit => quit(s),
            Command::Help | Command::Cancel => s.mode = Mode::Normal,
            _ => {}
        }
        return;
    }
    if s.mode == Mode::Find {
        finder::command(s, c);
        return;
    }
    match c {
        Command::Up => step(s, -1),
        Command::Down => step(s, 1),
        Command::PageUp => step(s, -page(s)),
        Command::PageDown => step(s, page(s)),
        Command::Top => step(s, i64::MIN / 2),
        Command::Bottom => step(s, i64::MAX / 2),
        Command::FocusNext => cycle_focus(s, 1),
        Command::FocusPrev => cycle_focus(s, -1),
        Command::Activate => activate(s),
        Command::NextMention => next_mention(s, true),
        Command::PrevMention => next_mention(s, false),
        Command::NextQuoteSameSpeaker => same_speaker_quote(s, true),
        Command::PrevQuoteSameSpeaker => same_speaker_quote(s, false),
        Command::NextQuote => any_quote(s, true),
        Command::PrevQuote => any_quote(s, false),
        Command::Search => {
            if s.focus == Pane::List {
                s.mode = Mode::Filter;
            } else {
                s.mode = Mode::Search;
                s.search = SearchState::default();
            }
        }
        Command::Sort => {
            s.sort = match s.sort {
                SortBy::Date => SortBy::Title,
                SortBy::Title => SortBy::Date,
            };
            rebuild_list(s);
            s.notice = Some(match s.sort {
                SortBy::Date => "sorted by date, newest first".into(),
                SortBy::Title => "sorted by title".into(),
            });
        }
        Command::TogglePanel => {
            s.show_panel = !s.show_panel;
            if !s.show_panel && s.focus == Pane::Panel {
                s.focus = Pane::Reader;
            }
            relayout(s);
        }
        Command::OpenUrl => match s.article().and_then(|a| a.url.clone()) {
            Some(u) if u.starts_with("https://") || u.starts_with("http://") => {
                s.notice = Some(format!("opening {u}"));
                s.effects.push(Effect::OpenUrl(u));
            }
            Some(_) => s.notice = Some("the article's address is not a web address".into()),
            None => s.notice = Some("this article has no web address".into()),
        },
        Command::Find => finder::open(s),
        Command::SpeakerQuotes => finder::speaker_quotes(s),
        Command::Help => s.mode = Mode::Help,
        Command::Cancel => {
            let filtering = s.mode == Mode::Filter || s.focus == Pane::List;
            if filtering && !s.list.filter.is_empty() {
                s.list.filter.clear();
                rebuild_list(s);
            }
            s.mode = Mode::Normal;
            s.search = SearchState::default();
            s.mention = None;
            s.quote = None;
        }
        Command::Quit => quit(s),
    }
}

fn quit(s: &mut State) {
    remember_position(s);
    s.effects.push(Effect::Save);
    s.quit = true;
}

fn page(s: &State) -> i64 {
    let h = match s.focus {
        Pane::Reader => s.reader.text_area.height,
        Pane::List => s.panes.list.map_or(1, |r| layout::inner(r).height),
        Pane::Panel => s.panes.panel.map_or(1, |r| layout::inner(r).height),
    };
    i64::from(h.saturating_sub(1).max(1))
}

fn step(s: &mut State, delta: i64) {
    match s.focus {
        Pane::Reader => {
            let max = max_scroll(s) as i64;
            s.reader.scroll = (s.reader.scroll as i64 + delta).clamp(0, max) as usize;
        }
        Pane::List => {
            if s.list.rows.is_empty() {
                return;
            }
            let max = s.list.rows.len() as i64 - 1;
            s.list.selected = (s.list.selected as i64 + delta).clamp(0, max) as usize;
            keep_list_visible(s);
        }
        Pane::Panel => {
            let selectable: Vec<usize> = (0..s.panel.rows.len())
                .filter(|&i| s.panel.rows[i].selectable())
                .collect();
            if selectable.is_empty() {
                return;
            }
            let cur = s
                .panel
                .selected
                .and_then(|sel| selectable.iter().position(|&i| i == sel))
                .unwrap_or(0) as i64;
            let max = selectable.len() as i64 - 1;
            let next = (cur + delta).clamp(0, max) as usize;
            select_panel_row(s, selectable[next]);
        }
    }
}

fn select_panel_row(s: &mut State, row: usize) {
    if s.panel.selected != Some(row) {
        s.mention = None;
    }
    s.panel.selected = Some(row);
    if let Some(Row::Quote(q)) = s.panel.rows.get(row) {
        s.quote = Some(*q);
    }
    keep_panel_visible(s);
}

fn max_scroll(s: &State) -> usize {
    s.reader
        .wrapped
        .lines
        .len()
        .saturating_sub(s.reader.text_area.height as usize)
}

fn focus_order(s: &State) -> Vec<Pane> {
    let mut v = Vec::new();
    if s.size.0 >= layout::LIST_MIN_WIDTH {
        v.push(Pane::List);
    }
    v.push(Pane::Reader);
    if s.show_panel {
        v.push(Pane::Panel);
    }
    v
}

fn cycle_focus(s: &mut State, dir: i64) {
    let order = focus_order(s);
    let cur = order.iter().position(|p| *p == s.focus).unwrap_or(0) as i64;
    let n = order.len() as i64;
    s.focus = order[((cur + dir).rem_euclid(n)) as usize];
    relayout(s);
}

fn activate(s: &mut State) {
    match s.focus {
        Pane::List => match s.list.rows.get(s.list.selected).copied() {
            Some(ListRow::Article(i)) => {
                open_article(s, i);
                s.focus = Pane::Reader;
                relayout(s);
            }
            Some(ListRow::Failure(i)) => {
                if let Some(f) = s.failures.get(i) {
                    s.notice = Some(format!("{}: {}", f.path.display(), f.reason));
                }
            }
            None => {}
        },
        Pane::Panel => jump_to_selection(s),
        Pane::Reader => {}
    }
}

fn jump_to_selection(s: &mut State) {
    let Some(a) = s.analysis().cloned() else {
        return;
    };
    match s.selected_row().cloned() {
        Some(Row::Entity(id)) => {
            if let Some(m) = a.entities.get(id).and_then(|e| e.mentions.first()) {
                s.mention = Some(0);
                s.quote = None;
                scroll_to(s, m.start);
            }
        }
        Some(Row::Speaker(_, qs)) => {
            if let Some(&q) = qs.first() {
                go_to_quote(s, &a, q);
            }
        }
        Some(Row::Quote(q)) => go_to_quote(s, &a, q),
        Some(Row::More(section, _)) => {
            let at = s.panel.selected.unwrap_or(0);
            s.panel.expanded.push(section);
            s.panel.rows = panel::rows(&a, &s.panel.expanded);
            // The first revealed row takes the place of "+N more".
            s.panel.selected = Some(at.min(s.panel.rows.len().saturating_sub(1)));
            keep_panel_visible(s);
        }
        _ => {}
    }
}

fn go_to_quote(s: &mut State, a: &Analysis, q: usize) {
    let Some(quote) = a.quotes.get(q) else {
        return;
    };
    s.quote = Some(q);
    s.mention = None;
    // The panel follows when a quote row (or nothing) was selected; a speaker or a person
    // stays selected so `]`/`[` keep walking that speaker's quotes.
    let keep = matches!(s.selected_row(), Some(Row::Speaker(..) | Row::Entity(_)));
    if !keep {
        if let Some(r) = s.panel.rows.iter().position(|r| *r == Row::Quote(q)) {
            s.panel.selected = Some(r);
            keep_panel_visible(s);
        }
    }
    scroll_to(s, quote.start);
}

/// Bring byte `offset` into view: leave the view alone when it is visible already, else put
/// it a third of the way down.
fn scroll_to(s: &mut State, offset: usize) {
    let line = s.reader.wrapped.line_of(offset);
    let h = s.reader.text_area.height as usize;
    let top = s.reader.scroll;
    if line < top || line >= top + h.max(1) {
        s.reader.scroll = line.saturating_sub(h / 3).min(max_scroll(s));
    }
}

fn next_mention(s: &mut State, forward: bool) {
    if !s.search.matches.is_empty() {
        let n = s.search.matches.len();
        let next = match s.search.current {
            Some(c) if forward => (c + 1) % n,
            Some(c) => (c + n - 1) % n,
            None => first_after(&s.search.matches, s.top_byte(), forward),
        };
        s.search.current = Some(next);
        let off = s.search.matches[next].start;
        scroll_to(s, off);
        return;
    }
    let Some(a) = s.analysis().cloned() else {
        return;
    };
    let entity = match s.selected_row() {
        Some(Row::Entity(id)) => Some(*id),
        Some(Row::Speaker(_, qs)) => qs
            .first()
            .and_then(|&q| a.quotes.get(q))
            .and_then(|q| q.speaker.as_ref())
            .and_then(|sp| sp.entity),
        _ => None,
    };
    let Some(e) = entity.and_then(|id| a.entities.get(id)) else {
        s.notice = Some("select a person, organization or place in the panel first".into());
        return;
    };
    if e.mentions.is_empty() {
        return;
    }
    let n = e.mentions.len();
    let next = match s.mention {
        Some(c) if forward => (c + 1) % n,
        Some(c) => (c + n - 1) % n,
        None => first_after(&e.mentions, s.top_byte(), forward),
    };
    s.mention = Some(next);
    s.quote = None;
    let off = e.mentions[next].start;
    scroll_to(s, off);
}

/// Index of the first span starting at or after `offset` (forward), or the last starting
/// before it (backward), wrapping around.
fn first_after(spans: &[Span], offset: usize, forward: bool) -> usize {
    if forward {
        spans.iter().position(|m| m.start >= offset).unwrap_or(0)
    } else {
        spans
            .iter()
            .rposition(|m| m.start < offset)
            .unwrap_or(spans.len().saturating_sub(1))
    }
}

/// The quotes `]`/`[` walk: those of the selected speaker group, quote's speaker, or person.
fn speaker_quotes(s: &State, a: &Analysis) -> Result<Vec<usize>, String> {
    let group_of = |q: usize| {
        s.panel.rows.iter().find_map(|r| match r {
            Row::Speaker(_, qs) if qs.contains(&q) => Some(qs.clone()),
            _ => None,
        })
    };
    match s.selected_row() {
        Some(Row::Speaker(_, qs)) => Ok(qs.clone()),
        Some(Row::Quote(q)) => group_of(*q).ok_or_else(String::new),
        Some(Row::Entity(id)) => {
            let e = a.entities.get(*id).ok_or_else(String::new)?;
            let mut qs = e.quotes.clone();
            qs.sort_unstable();
            if qs.is_empty() {
                Err(format!("no quotes by {}", e.name))
            } else {
                Ok(qs)
            }
        }
        _ => match s.quote.and_then(group_of) {
            Some(qs) => Ok(qs),
            None => Err("select a speaker, a quote or a person in the panel first".into()),
        },
    }
}

fn same_speaker_quote(s: &mut State, forward: bool) {
    let Some(a) = s.analysis().cloned() else {
        return;
    };
    let qs = match speaker_quotes(s, &a) {
        Ok(qs) if !qs.is_empty() => qs,
        Ok(_) => return,
        Err(msg) => {
            if !msg.is_empty() {
                s.notice = Some(msg);
            }
            return;
        }
    };
    let next = step_quote(s, &a, &qs, forward);
    go_to_quote(s, &a, next);
}

fn any_quote(s: &mut State, forward: bool) {
    let Some(a) = s.analysis().cloned() else {
        return;
    };
    if a.quotes.is_empty() {
        s.notice = Some("no quotes in this article".into());
        return;
    }
    let all: Vec<usize> = (0..a.quotes.len()).collect();
    let next = step_quote(s, &a, &all, forward);
    // Walking all quotes, the panel follows the quote.
    if let Some(r) = s.panel.rows.iter().position(|r| *r == Row::Quote(next)) {
        s.panel.selected = Some(r);
        keep_panel_visible(s);
    }
    go_to_quote(s, &a, next);
}

/// The quote after (or before) the current one in `qs`, by text position, wrapping.
fn step_quote(s: &State, a: &Analysis, qs: &[usize], forward: bool) -> usize {
    let start = |q: usize| a.quotes.get(q).map_or(0, |x| x.start);
    let mut sorted = qs.to_vec();
    sorted.sort_by_key(|&q| (start(q), q));
    let pos = match s.quote {
        Some(cur) => {
            let key = (start(cur), cur);
            if forward {
                sorted.iter().position(|&q| (start(q), q) > key)
            } else {
                sorted.iter().rposition(|&q| (start(q), q) < key)
            }
        }
        None => {
            let top = s.top_byte();
            if forward {
                sorted.iter().position(|&q| start(q) >= top)
            } else {
                sorted.iter().rposition(|&q| start(q) < top)
            }
        }
    };
    let i = pos.unwrap_or(if forward { 0 } else { sorted.len() - 1 });
    sorted[i]
}

fn run_search(s: &mut State) {
    let Some(text) = s.article().map(|a| a.text.clone()) else {
        return;
    };
    s.search.matches = search::find_all(&text, &s.search.query);
    s.search.current = None;
    if !s.search.matches.is_empty() {
        let i = first_after(&s.search.matches, s.top_byte(), true);
        s.search.current = Some(i);
        let off = s.search.matches[i].start;
        scroll_to(s, off);
    }
}

fn load(s: &mut State, msg: LoadMsg) {
    match msg {
        LoadMsg::Total(n) => {
            if s.indexed {
                // The index came up empty: the loader's list (the samples) replaces it.
                replace_library(s, Vec::new(), Vec::new(), None);
                s.indexed = false;
            }
            s.loading = Some(Progress {
                done: 0,
                total: Some(n),
            })
        }
        LoadMsg::Batch {
            articles,
            failures,
            warnings,
            done,
        } => {
            let first_new = s.articles.len();
            s.articles.extend(articles);
            s.failures.extend(failures);
            s.warnings.extend(warnings);
            if let Some(p) = s.loading.as_mut() {
                p.done = done;
            }
            rebuild_list(s);
            if s.open.is_none() {
                let last = s.saved.last_article.clone();
                let found = (first_new..s.articles.len())
                    .find(|&i| last.as_ref() == Some(&s.articles[i].path));
                match (found, last) {
                    (Some(i), _) => open_article(s, i),
                    // Nothing to return to: show something at once.
                    (None, None) if first_new < s.articles.len() => open_first(s),
                    _ => {}
                }
            }
        }
        LoadMsg::Indexing(p) => {
            // Before any list (a cold cache) the loading screen counts the analysed files.
            match s.loading.as_mut() {
                Some(l) => *l = p,
                None => s.indexing = p.total.is_some().then_some(p),
            }
        }
        LoadMsg::Indexed {
            articles,
            failures,
            note,
        } => replace_library(s, articles, failures, note),
        LoadMsg::Done { sample } => {
            s.loading = None;
            s.sample_note = sample.or_else(|| s.sample_on_disk.clone());
            if s.open.is_none() {
                open_first(s);
            }
        }
    }
}

/// The index (re)built the list: take it whole, keeping the open and selected articles by path.
fn replace_library(
    s: &mut State,
    articles: Vec<Article>,
    failures: Vec<Failure>,
    note: Option<String>,
) {
    remember_position(s);
    let open_path = s
        .article()
        .map(|a| a.path.clone())
        .or_else(|| s.saved.last_article.clone());
    let selected_path = match s.list.rows.get(s.list.selected) {
        Some(ListRow::Article(i)) => s.articles.get(*i).map(|a| a.path.clone()),
        _ => None,
    };
    s.articles = articles;
    s.failures = failures;
    s.warnings.clear();
    s.indexed = true;
    s.loading = None;
    s.indexing = None;
    s.sample_note = s.sample_on_disk.clone();
    s.bodies.clear();
    s.analyses.clear();
    s.recent.clear();
    s.requested.clear();
    s.jump = None;
    s.open = None;
    s.reader.wrapped = Wrapped::default();
    s.panel = PanelView::default();
    s.list.rows.clear();
    rebuild_list(s);
    let by_path = |s: &State, p: &Option<PathBuf>| {
        p.as_ref()
            .and_then(|p| s.articles.iter().position(|a| &a.path == p))
    };
    match by_path(s, &open_path) {
        Some(i) => open_article(s, i),
        None => open_first(s),
    }
    if let Some(r) = by_path(s, &selected_path)
        .and_then(|i| s.list.rows.iter().position(|r| *r == ListRow::Article(i)))
    {
        s.list.selected = r;
        keep_list_visible(s);
    }
    if note.is_some() {
        s.notice = note;
    }
}

fn open_first(s: &mut State) {
    if let Some(i) = s.list.rows.iter().find_map(|r| match r {
        ListRow::Article(i) => Some(*i),
        ListRow::Failure(_) => None,
    }) {
        open_article(s, i);
    }
}

fn rebuild_list(s: &mut State) {
    let keep = s
        .list
        .rows
        .get(s.list.selected)
        .copied()
        .or(s.open.map(ListRow::Article));
    let filter = s.list.filter.to_lowercase();
    let mut arts: Vec<usize> = (0..s.articles.len())
        .filter(|&i| filter.is_empty() || s.articles[i].title.to_lowercase().contains(&filter))
        .collect();
    match s.sort {
        // Newest first; undated articles last, by title.
        SortBy::Date => arts.sort_by_cached_key(|&i| {
            let a = &s.articles[i];
            (std::cmp::Reverse(a.sort_date()), a.title.to_lowercase(), i)
        }),
        SortBy::Title => arts.sort_by_cached_key(|&i| (s.articles[i].title.to_lowercase(), i)),
    }
    let fails = (0..s.failures.len()).filter(|&i| {
        filter.is_empty()
            || s.failures[i]
                .path
                .to_string_lossy()
                .to_lowercase()
                .contains(&filter)
    });
    s.list.rows = arts
        .into_iter()
        .map(ListRow::Article)
        .chain(fails.map(ListRow::Failure))
        .collect();
    s.list.selected = keep
        .and_then(|k| s.list.rows.iter().position(|r| *r == k))
        .unwrap_or(0);
    keep_list_visible(s);
}

fn remember_position(s: &mut State) {
    // An indexed article whose body has not arrived has no position worth keeping.
    if !s.body_ready() {
        return;
    }
    if let Some(a) = s.article() {
        let path = a.path.clone();
        let top = s.top_byte();
        s.saved.positions.insert(path.clone(), top);
        s.saved.last_article = Some(path);
    }
}

pub fn open_article(s: &mut State, i: usize) {
    if i >= s.articles.len() {
        return;
    }
    remember_position(s);
    s.open = Some(i);
    if s.jump.as_ref().is_some_and(|(j, _)| *j != i) {
        s.jump = None;
    }
    if s.analyses.contains_key(&i) {
        keep(s, i);
    }
    s.search = SearchState::default();
    s.mention = None;
    s.quote = None;
    if let Some(r) = s.list.rows.iter().position(|r| *r == ListRow::Article(i)) {
        s.list.selected = r;
        keep_list_visible(s);
    }
    let path = s.articles[i].path.clone();
    s.saved.read.insert(path.clone());
    s.saved.last_article = Some(path.clone());
    s.reader.wrapped = Wrapped::default();
    s.reader.scroll = 0;
    relayout(s);
    if let Some(&top) = s.saved.positions.get(&path) {
        s.reader.scroll = s.reader.wrapped.line_of(top).min(max_scroll(s));
    }
    fill_panel(s);
    let warning = s
        .warnings_for(&s.articles[i])
        .next()
        .map(|w| w.message.clone());
    if let Some(w) = warning {
        s.notice = Some(format!("note: {w}"));
    }
    request_analysis(s, i);
    // The next article in the list is the likely next read: have it ready.
    let next = s
        .list
        .rows
        .iter()
        .skip_while(|r| **r != ListRow::Article(i))
        .skip(1)
        .find_map(|r| match r {
            ListRow::Article(j) => Some(*j),
            ListRow::Failure(_) => None,
        });
    if let Some(j) = next {
        request_analysis(s, j);
    }
    s.effects.push(Effect::Save);
}

fn request_analysis(s: &mut State, i: usize) {
    if !s.analyses.contains_key(&i) && s.requested.insert(i) {
        s.effects.push(Effect::Analyze(i));
    }
}

fn fill_panel(s: &mut State) {
    s.panel = PanelView::default();
    if let Some(a) = s.analysis() {
        let rows = panel::rows(a, &[]);
        s.panel.selected = rows.iter().position(Row::selectable);
        s.panel.rows = rows;
    }
    keep_panel_visible(s);
}

/// Recompute pane geometry and, when the text width changed, the wrapping, keeping the top
/// line's text in view.
pub fn relayout(s: &mut State) {
    let area = Rect::new(0, 0, s.size.0, s.size.1);
    s.panes = layout::panes(&LayoutInput {
        area,
        show_panel: s.show_panel,
        focus: s.focus,
        list_width: s.config.list_width,
        panel_width: s.config.panel_width,
    });
    let text_area = s.reader_parts().map_or(Rect::default(), |(_, text)| text);
    s.reader.text_area = text_area;
    let width = text_area.width;
    let needs_wrap = s.reader.wrapped.width != width
        || (s.reader.wrapped.lines.is_empty() && s.article().is_some());
    if needs_wrap {
        let top = s.top_byte();
        let wrapped = match s.article() {
            Some(a) => wrap::wrap(&a.text, width),
            None => Wrapped::default(),
        };
        s.reader.wrapped = wrapped;
        s.reader.scroll = s.reader.wrapped.line_of(top);
    }
    s.reader.scroll = s.reader.scroll.min(max_scroll(s));
    keep_list_visible(s);
    keep_panel_visible(s);
}

fn keep_visible(selected: usize, offset: &mut usize, height: usize) {
    if height == 0 {
        return;
    }
    if selected < *offset {
        *offset = selected;
    } else if selected >= *offset + height {
        *offset = selected + 1 - height;
    }
}

fn keep_list_visible(s: &mut State) {
    let h = s.panes.list.map_or(0, |r| layout::inner(r).height as usize);
    keep_visible(s.list.selected, &mut s.list.offset, h);
}

fn keep_panel_visible(s: &mut State) {
    let h = s
        .panes
        .panel
        .map_or(0, |r| layout::inner(r).height as usize);
    if let Some(sel) = s.panel.selected {
        // Show the section header above the first row too.
        let first = s.panel.rows.iter().position(Row::selectable);
        let target = if first == Some(sel) { 0 } else { sel };
        keep_visible(target, &mut s.panel.offset, h);
        keep_visible(sel, &mut s.panel.offset, h);
    } else {
        s.panel.offset = 0;
    }
}

fn pane_at(s: &State, column: u16, row: u16) -> Option<(Pane, Rect)> {
    let p = Position::new(column, row);
    [
        (Pane::List, s.panes.list),
        (Pane::Reader, s.panes.reader),
        (Pane::Panel, s.panes.panel),
    ]
    .into_iter()
    .find_map(|(pane, r)| r.filter(|r| r.contains(p)).map(|r| (pane, r)))
}

fn mouse_scroll(s: &mut State, column: u16, row: u16, delta: i32) {
    let Some((pane, _)) = pane_at(s, column, row) else {
        return;
    };
    let before = s.focus;
    s.focus = pane;
    let lines = if pane == Pane::Reader { 3 } else { 1 };
    step(s, i64::from(delta) * lines);
    s.focus = before;
}

fn click(s: &mut State, column: u16, row: u16) {
    let Some((pane, rect)) = pane_at(s, column, row) else {
        return;
    };
    s.focus = pane;
    let inn = layout::inner(rect);
    if !inn.contains(Position::new(column, row)) {
        relayout(s);
        return;
    }
    let line = (row - inn.y) as usize;
    match pane {
        Pane::List => {
            let i = s.list.offset + line;
            if i < s.list.rows.len() {
                s.list.selected = i;
                activate(s);
            }
        }
        Pane::Panel => {
            let i = s.panel.offset + line;
            if s.panel.rows.get(i).is_some_and(Row::selectable) {
                select_panel_row(s, i);
                jump_to_selection(s);
            }
        }
        Pane::Reader => {}
    }
    relayout(s);
}
