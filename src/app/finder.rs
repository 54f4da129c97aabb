//! The library-wide finder popup (`f`): names matching what is typed, then the articles of one
//! name or of a query, or every quote of one speaker: what is on screen, which row is
//! selected, and what the finder's keys do. The index answers through effects.

use ratatui::layout::Rect;

use super::panel::Row;
use super::{apply_jump, layout, open_article, quit, relayout, Effect, Jump, Mode, Pane, State};
use crate::extract::Span;
use crate::index::{NameHit, QuoteHit, RowKind, SearchResult};
use crate::keymap::Command;
use crate::library::Article;

/// Rows the name list asks the index for.
pub const NAME_LIMIT: usize = 200;

#[derive(Debug, Clone, PartialEq)]
pub enum Stage {
    /// Names fuzzily matching the query, below a row that searches the text for it.
    Names,
    /// Articles matching a name or a query, newest first, each with its hits in context.
    Articles {
        title: String,
        results: Vec<SearchResult>,
    },
    /// Every quote of one speaker, newest first.
    Quotes {
        speaker: String,
        quotes: Vec<QuoteHit>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Finder {
    pub query: String,
    /// The names for `names_for`; may lag one keystroke behind `query` while the index answers.
    pub names: Vec<NameHit>,
    pub names_for: String,
    pub stage: Stage,
    /// Selected row of the name list (row 0 is "search the text").
    pub name_selected: usize,
    /// Selected row of an article or quote list.
    pub selected: usize,
    /// First visible row of the list on screen.
    pub offset: usize,
    /// Waiting for the index to answer an article or quote list.
    pub busy: Option<String>,
}

impl Finder {
    pub fn new() -> Finder {
        Finder {
            query: String::new(),
            names: Vec::new(),
            names_for: String::new(),
            stage: Stage::Names,
            name_selected: 0,
            selected: 0,
            offset: 0,
            busy: None,
        }
    }

    /// Rows of the list on screen.
    pub fn len(&self) -> usize {
        match &self.stage {
            Stage::Names => self.names.len() + 1,
            Stage::Articles { results, .. } => results.len(),
            Stage::Quotes { quotes, .. } => quotes.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The selected row of the list on screen.
    pub fn cursor(&self) -> usize {
        match self.stage {
            Stage::Names => self.name_selected,
            _ => self.selected,
        }
    }

    pub fn set_cursor(&mut self, i: usize) {
        let i = i.min(self.len().saturating_sub(1));
        match self.stage {
            Stage::Names => self.name_selected = i,
            _ => self.selected = i,
        }
    }

    /// The selected name, when a name row (not the text-search row) is selected.
    pub fn selected_name(&self) -> Option<&NameHit> {
        match self.stage {
            Stage::Names => self
                .name_selected
                .checked_sub(1)
                .and_then(|i| self.names.get(i)),
            _ => None,
        }
    }

    /// A query in the search language (`person:`, `said:`, …) is run as a search; plain text
    /// picks the best name, with the text-search row one step up.
    pub fn is_field_query(&self) -> bool {
        use crate::index::Term;
        crate::index::parse_query(&self.query).is_ok_and(|terms| {
            terms
                .iter()
                .any(|t| matches!(t, Term::Name { .. } | Term::Said(_)))
        })
    }

    /// New names for `query`: select the best one unless the query is a field query.
    pub fn set_names(&mut self, query: String, names: Vec<NameHit>) {
        self.names = names;
        self.names_for = query;
        self.name_selected = if self.is_field_query() || self.names.is_empty() {
            0
        } else {
            1
        };
        if self.stage == Stage::Names {
            self.offset = 0;
        }
    }
}

impl Default for Finder {
    fn default() -> Self {
        Finder::new()
    }
}

/// A short label for a name row's kind, as the popup shows it.
pub fn kind_label(k: RowKind) -> &'static str {
    match k {
        RowKind::Person => "person",
        RowKind::Organization => "org",
        RowKind::Place => "place",
        RowKind::Speaker => "speaker",
    }
}

pub(super) fn open(s: &mut State) {
    if !s.indexed {
        s.notice = Some(no_index_note(s));
        return;
    }
    s.mode = Mode::Find;
    if s.finder.is_none() {
        s.finder = Some(Finder::new());
        s.effects.push(Effect::FindNames(String::new()));
    }
}

fn no_index_note(s: &State) -> String {
    if s.sample_note.is_some() && s.sample_on_disk.is_none() {
        "library search needs a library folder; the sample library is not indexed".into()
    } else {
        "the library index is not ready yet".into()
    }
}

/// `S` on the panel: every quote by the selected speaker (or person) across the library.
pub(super) fn speaker_quotes(s: &mut State) {
    let Some(a) = s.analysis().cloned() else {
        return;
    };
    let name = match s.selected_row() {
        Some(Row::Speaker(Some(label), _)) => Some(label.clone()),
        Some(Row::Quote(q)) => a
            .quotes
            .get(*q)
            .and_then(|q| q.speaker.as_ref())
            .map(|sp| sp.name.clone()),
        Some(Row::Entity(id)) => a
            .entities
            .get(*id)
            .filter(|e| e.kind == crate::extract::Kind::Person || !e.quotes.is_empty())
            .map(|e| e.name.clone()),
        _ => None,
    };
    let Some(name) = name else {
        s.notice = Some("select a speaker or a quote in the panel first".into());
        return;
    };
    if !s.indexed {
        s.notice = Some(no_index_note(s));
        return;
    }
    s.notice = Some(format!("quotes by {name}…"));
    s.effects.push(Effect::QuotesBy(name));
}

/// Keys while the finder is open: move, open, go back.
pub(super) fn command(s: &mut State, c: Command) {
    let page = page(s) as i64;
    let Some(f) = s.finder.as_mut() else {
        s.mode = Mode::Normal;
        return;
    };
    let delta = match c {
        Command::Up => -1,
        Command::Down => 1,
        Command::PageUp => -page,
        Command::PageDown => page,
        Command::Top => i64::MIN / 2,
        Command::Bottom => i64::MAX / 2,
        Command::Quit => return quit(s),
        Command::Activate => return submit(s),
        Command::FocusNext | Command::SpeakerQuotes => {
            if let Some((row, name, quotes)) =
                f.selected_name().map(|n| (n.row, n.name.clone(), n.quotes))
            {
                if quotes == 0 {
                    s.notice = Some(format!("no quotes by {name}"));
                } else {
                    f.busy = Some(format!("quotes by {name}"));
                    s.effects.push(Effect::RowQuotes { row, speaker: name });
                }
            }
            return;
        }
        Command::Cancel => {
            let came_from_names = !f.query.is_empty() || !f.names.is_empty();
            if f.stage != Stage::Names && came_from_names {
                f.stage = Stage::Names;
                f.offset = 0;
            } else {
                s.mode = Mode::Normal;
                s.finder = None;
            }
            return;
        }
        _ => return,
    };
    let last = f.len().saturating_sub(1) as i64;
    let next = (f.cursor() as i64 + delta).clamp(0, last.max(0)) as usize;
    f.set_cursor(next);
    keep_visible(s);
}

/// List rows the finder shows at once (articles and quotes take two lines each).
fn page(s: &State) -> usize {
    let h = layout::popup(Rect::new(0, 0, s.size.0, s.size.1)).height;
    let lines = h.saturating_sub(4) as usize;
    let per = match s.finder.as_ref().map(|f| &f.stage) {
        Some(Stage::Names) | None => 1,
        _ => 2,
    };
    (lines / per).max(1)
}

fn keep_visible(s: &mut State) {
    let h = page(s);
    if let Some(f) = s.finder.as_mut() {
        let cur = f.cursor();
        super::keep_visible(cur, &mut f.offset, h);
    }
}

pub(super) fn submit(s: &mut State) {
    let Some(f) = s.finder.as_mut() else {
        return;
    };
    let open = match &f.stage {
        Stage::Names => {
            if let Some(n) = f.selected_name() {
                let (row, title) = (n.row, n.name.clone());
                if n.kind == crate::index::RowKind::Speaker {
                    // A speaker the extractor could not name has quotes, not mentions.
                    f.busy = Some(format!("quotes by {title}"));
                    s.effects.push(Effect::RowQuotes {
                        row,
                        speaker: title,
                    });
                } else {
                    f.busy = Some(format!("articles for {title}"));
                    s.effects.push(Effect::RowArticles { row, title });
                }
            } else if !f.query.trim().is_empty() {
                let q = f.query.clone();
                f.busy = Some(format!("articles for {q}"));
                s.effects.push(Effect::Search(q));
            }
            None
        }
        Stage::Articles { title, results } => results.get(f.selected).map(|r| {
            let spans = r.hits.iter().map(|h| Span::new(h.start, h.end)).collect();
            let label = title.clone();
            (r.article, r.path.clone(), Jump::Hits { spans, label })
        }),
        Stage::Quotes { quotes, .. } => quotes
            .get(f.selected)
            .map(|q| (q.article, q.path.clone(), Jump::Quote { start: q.start })),
    };
    if let Some((id, path, jump)) = open {
        open_result(s, id, &path, jump);
    }
}

/// Open a finder result: the article with index id `id` (found by its file when the list was
/// refreshed since), landing on `jump`. The finder keeps its list for the next `f`.
fn open_result(s: &mut State, id: usize, path: &std::path::Path, jump: Jump) {
    let file = crate::library::Article {
        path: path.to_path_buf(),
        ..Default::default()
    };
    let same = |a: &Article| a.file_path() == file.file_path();
    let local = if s.articles.get(id).is_some_and(same) {
        Some(id)
    } else {
        s.articles.iter().position(same)
    };
    let Some(i) = local else {
        s.notice = Some("that article is no longer in the library".into());
        return;
    };
    s.mode = Mode::Normal;
    s.jump = Some((i, jump));
    open_article(s, i);
    s.focus = Pane::Reader;
    relayout(s);
    apply_jump(s);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(row: usize, name: &str) -> NameHit {
        NameHit {
            row,
            name: name.into(),
            kind: RowKind::Person,
            aliases: vec![name.into()],
            articles: 1,
            quotes: 0,
        }
    }

    #[test]
    fn best_name_is_selected_unless_the_query_uses_fields() {
        let mut f = Finder::new();
        f.query = "scap".into();
        f.set_names("scap".into(), vec![hit(0, "Curtis Scaparrotti")]);
        assert_eq!(f.selected_name().map(|n| n.row), Some(0));
        f.query = "person:scap".into();
        f.set_names("person:scap".into(), vec![hit(0, "Curtis Scaparrotti")]);
        assert_eq!(f.selected_name(), None);
        f.query = "nobody".into();
        f.set_names("nobody".into(), vec![]);
        assert_eq!(f.cursor(), 0);
        assert_eq!(f.len(), 1);
    }

    #[test]
    fn cursor_stays_inside_the_list() {
        let mut f = Finder::new();
        f.set_names(String::new(), vec![hit(0, "A"), hit(1, "B")]);
        f.set_cursor(99);
        assert_eq!(f.cursor(), 2);
        f.stage = Stage::Quotes {
            speaker: "A".into(),
            quotes: vec![],
        };
        f.set_cursor(5);
        assert_eq!(f.cursor(), 0);
    }
}
