//! The reader on a real index, without threads: `app::update` driven with the backend's
//! answers (`reader::backend::settle`). Opening through the index, the finder popup, landing on
//! a mention with `n`/`N` ready, the speaker view, a query in the search language, and the
//! bound on analyses kept in memory.

use std::path::Path;

use byline::app::finder::Stage;
use byline::app::panel::Row;
use byline::app::{self, Action, Effect, Mode, Pane, State, KEEP_ANALYSES};
use byline::config::Config;
use byline::index::{self, Index};
use byline::keymap::Command;
use byline::reader::backend::{list_action, settle};

fn write(root: &Path, rel: &str, text: &str) {
    let p = root.join(rel);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).expect("mkdir");
    }
    std::fs::write(p, text).expect("write");
}

const A: &str = "---\ntitle: Commander warns of networks\ndate: 2017-03-01\n---\n\
BRUSSELS — Curtis Scaparrotti told lawmakers in Brussels that fighters were moving again.\n\n\
The European Command released a statement about encrypted messaging apps.\n\n\
“We are watching this very closely,” Scaparrotti said.\n";

const B: &str = "---\ntitle: Allies meet in Paris\ndate: 2017-04-02\n---\n\
PARIS — Officials met in Paris on Tuesday to discuss the budget for the coming years.\n\n\
Several delegations arrived late, and the talks ran on well into the evening.\n\n\
“The threat has not gone away at all,” Curtis Scaparrotti said.\n\n\
Scaparrotti later met reporters in Paris.\n";

const C: &str = "---\ntitle: Markets calm\ndate: 2017-01-05\n---\n\
LONDON — Jane Smith said markets were calm in London.\n\n\
“Nobody expected such a quiet week here,” Jane Smith said.\n";

struct Lib {
    _lib: tempfile::TempDir,
    _cache: tempfile::TempDir,
    index: Index,
}

fn library(files: &[(&str, &str)]) -> Lib {
    let lib = tempfile::tempdir().expect("tempdir");
    let cache = tempfile::tempdir().expect("tempdir");
    for (rel, text) in files {
        write(lib.path(), rel, text);
    }
    let (index, _) = index::update_in(lib.path(), cache.path(), &|_| {}).expect("index");
    Lib {
        _lib: lib,
        _cache: cache,
        index,
    }
}

/// A reader at 120×30 showing the indexed library, its first article's body arrived.
fn reader(ix: &Index) -> State {
    let mut s = State::new(Config::default(), Default::default());
    app::update(&mut s, Action::Resize(120, 30));
    app::update(&mut s, list_action(ix, None));
    settle(ix, &mut s);
    s
}

fn cmd(s: &mut State, ix: &Index, c: Command) {
    app::update(s, Action::Command(c));
    settle(ix, s);
}

fn type_text(s: &mut State, ix: &Index, text: &str) {
    for c in text.chars() {
        app::update(s, Action::Input(c));
    }
    settle(ix, s);
}

fn submit(s: &mut State, ix: &Index) {
    app::update(s, Action::Submit);
    settle(ix, s);
}

fn visible(s: &State, offset: usize) -> bool {
    let line = s.reader.wrapped.line_of(offset);
    line >= s.reader.scroll && line < s.reader.scroll + s.reader.text_area.height as usize
}

#[test]
fn opens_through_the_index_with_bodies_loaded_on_demand() {
    let lib = library(&[("a.txt", A), ("b.txt", B), ("c.txt", C)]);
    let s = reader(&lib.index);
    assert!(s.indexed);
    assert_eq!(s.articles.len(), 3);
    // The list holds titles only; the open article's body came from the cache.
    assert!(s.articles.iter().all(|a| a.text.is_empty()));
    let a = s.article().expect("open");
    assert_eq!(a.title, "Allies meet in Paris", "newest first");
    assert!(a.text.contains("Officials met in Paris"));
    assert!(s.analysis().is_some_and(|a| !a.entities.is_empty()));
    assert!(!s.reader.wrapped.lines.is_empty());
}

#[test]
fn finder_lands_on_the_mention_with_n_ready() {
    let lib = library(&[("a.txt", A), ("b.txt", B), ("c.txt", C)]);
    let ix = &lib.index;
    let mut s = reader(ix);
    // Start from another article, so opening the result really moves.
    s.focus = Pane::List;
    cmd(&mut s, ix, Command::Bottom);
    cmd(&mut s, ix, Command::Activate);
    assert_eq!(s.article().unwrap().title, "Markets calm");

    cmd(&mut s, ix, Command::Find);
    assert_eq!(s.mode, Mode::Find);
    assert!(
        !s.finder.as_ref().unwrap().names.is_empty(),
        "names shown before typing"
    );
    type_text(&mut s, ix, "scaparr");
    let f = s.finder.as_ref().unwrap();
    let best = f.selected_name().expect("a name is selected");
    assert_eq!(best.name, "Curtis Scaparrotti");
    assert_eq!(best.articles, 2);
    assert!(best.quotes >= 2, "{best:?}");

    submit(&mut s, ix);
    let f = s.finder.as_ref().unwrap();
    let Stage::Articles { results, .. } = &f.stage else {
        panic!("expected the article list, got {:?}", f.stage);
    };
    let titles: Vec<&str> = results.iter().map(|r| r.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Allies meet in Paris", "Commander warns of networks"]
    );
    assert!(results[1].hits[0].snippet.contains("Scaparrotti"));

    // The older article: it opens at its first mention, the entity selected.
    cmd(&mut s, ix, Command::Down);
    submit(&mut s, ix);
    assert_eq!(s.mode, Mode::Normal);
    assert_eq!(s.focus, Pane::Reader);
    let art = s.article().unwrap().clone();
    assert_eq!(art.title, "Commander warns of networks");
    let a = s.analysis().cloned().expect("analysis");
    let id = s.selected_entity().expect("the entity is selected");
    let e = &a.entities[id];
    assert_eq!(e.name, "Curtis Scaparrotti");
    assert_eq!(s.mention, Some(0));
    assert!(visible(&s, e.mentions[0].start));
    assert!(e.mentions.len() >= 2, "{e:?}");
    cmd(&mut s, ix, Command::NextMention);
    assert_eq!(s.mention, Some(1));
    cmd(&mut s, ix, Command::PrevMention);
    assert_eq!(s.mention, Some(0));

    // `f` again shows the same list; Esc goes back to the names, Esc again closes.
    cmd(&mut s, ix, Command::Find);
    assert!(matches!(
        s.finder.as_ref().unwrap().stage,
        Stage::Articles { .. }
    ));
    cmd(&mut s, ix, Command::Cancel);
    assert_eq!(s.finder.as_ref().unwrap().stage, Stage::Names);
    cmd(&mut s, ix, Command::Cancel);
    assert_eq!(s.mode, Mode::Normal);
    assert!(s.finder.is_none());
}

#[test]
fn search_language_in_the_finder() {
    let lib = library(&[("a.txt", A), ("b.txt", B), ("c.txt", C)]);
    let ix = &lib.index;
    let mut s = reader(ix);
    cmd(&mut s, ix, Command::Find);
    type_text(&mut s, ix, "person:Scaparrotti place:Brussels");
    assert_eq!(
        s.finder.as_ref().unwrap().cursor(),
        0,
        "a field query selects the search row"
    );
    submit(&mut s, ix);
    let Stage::Articles { results, title } = &s.finder.as_ref().unwrap().stage else {
        panic!("no results");
    };
    assert_eq!(title, "person:Scaparrotti place:Brussels");
    assert_eq!(results.len(), 1);
    assert_eq!(results[0].title, "Commander warns of networks");

    // Plain words: a text search; the hits become the article's matches for `n`.
    cmd(&mut s, ix, Command::Cancel);
    for _ in 0.."person:Scaparrotti place:Brussels".len() {
        app::update(&mut s, Action::Backspace);
    }
    type_text(&mut s, ix, "encrypted messaging");
    cmd(&mut s, ix, Command::Up);
    submit(&mut s, ix);
    let Stage::Articles { results, .. } = &s.finder.as_ref().unwrap().stage else {
        panic!("no results");
    };
    assert_eq!(results.len(), 1);
    submit(&mut s, ix);
    assert_eq!(s.article().unwrap().title, "Commander warns of networks");
    assert_eq!(s.search.matches.len(), 2, "{:?}", s.search);
    let text = s.article().unwrap().text.clone();
    let m = s.search.matches[0];
    assert_eq!(&text[m.start..m.end], "encrypted");
}

#[test]
fn speaker_view_from_the_panel_and_from_the_finder() {
    let lib = library(&[("a.txt", A), ("b.txt", B), ("c.txt", C)]);
    let ix = &lib.index;
    let mut s = reader(ix);
    // Select Scaparrotti's quote in the panel, then ask for all his quotes.
    let a = s.analysis().cloned().unwrap();
    let q = a
        .quotes
        .iter()
        .position(|q| {
            q.speaker
                .as_ref()
                .is_some_and(|sp| sp.name.contains("Scaparrotti"))
        })
        .expect("a quote by Scaparrotti");
    s.focus = Pane::Panel;
    let row = s
        .panel
        .rows
        .iter()
        .position(|r| *r == Row::Quote(q))
        .unwrap();
    s.panel.selected = Some(row);
    app::update(&mut s, Action::Command(Command::SpeakerQuotes));
    let fx = s.take_effects();
    assert!(
        matches!(&fx[..], [Effect::QuotesBy(n)] if n.contains("Scaparrotti")),
        "{fx:?}"
    );
    for e in &fx {
        for a in byline::reader::backend::answer(ix, &s, e) {
            app::update(&mut s, a);
        }
    }
    assert_eq!(s.mode, Mode::Find);
    let Stage::Quotes { quotes, .. } = &s.finder.as_ref().unwrap().stage else {
        panic!("no speaker view");
    };
    let titles: Vec<&str> = quotes.iter().map(|q| q.title.as_str()).collect();
    assert_eq!(
        titles,
        ["Allies meet in Paris", "Commander warns of networks"]
    );
    assert!(quotes[1].text.contains("watching this very closely"));
    // Enter on the older quote opens its article at that quote.
    cmd(&mut s, ix, Command::Down);
    submit(&mut s, ix);
    assert_eq!(s.article().unwrap().title, "Commander warns of networks");
    let a = s.analysis().cloned().unwrap();
    let at = s.quote.expect("a quote in focus");
    assert!(a.quotes[at].text.contains("watching this very closely"));
    assert!(visible(&s, a.quotes[at].start));
    // `]` walks on from there.
    cmd(&mut s, ix, Command::NextQuoteSameSpeaker);
    assert!(s.quote.is_some());

    // From the finder: Tab on a name with quotes.
    cmd(&mut s, ix, Command::Find);
    cmd(&mut s, ix, Command::Cancel);
    cmd(&mut s, ix, Command::Cancel);
    cmd(&mut s, ix, Command::Find);
    type_text(&mut s, ix, "jane smith");
    cmd(&mut s, ix, Command::SpeakerQuotes);
    let Stage::Quotes { quotes, speaker } = &s.finder.as_ref().unwrap().stage else {
        panic!("no speaker view");
    };
    assert_eq!(speaker, "Jane Smith");
    assert_eq!(quotes.len(), 1);
}

#[test]
fn only_a_few_analyses_stay_in_memory() {
    let files: Vec<(String, String)> = (0..KEEP_ANALYSES + 8)
        .map(|i| {
            (
                format!("n{i:03}.txt"),
                format!("Note {i}\n\nMaria Lopez visited Madrid on day {i}."),
            )
        })
        .collect();
    let refs: Vec<(&str, &str)> = files
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let lib = library(&refs);
    let ix = &lib.index;
    let mut s = reader(ix);
    s.focus = Pane::List;
    for _ in 0..files.len() {
        cmd(&mut s, ix, Command::Down);
        cmd(&mut s, ix, Command::Activate);
        s.focus = Pane::List;
        assert!(s.kept() <= KEEP_ANALYSES, "{}", s.kept());
        assert!(
            s.analysis().is_some(),
            "the open article keeps its analysis"
        );
    }
    // Going back to the first one reads it from the cache again.
    cmd(&mut s, ix, Command::Top);
    cmd(&mut s, ix, Command::Activate);
    assert!(s.article().unwrap().text.contains("Maria Lopez"));
}

#[test]
fn the_sample_library_has_no_finder() {
    let mut s = State::new(Config::default(), Default::default());
    app::update(&mut s, Action::Resize(100, 30));
    app::update(
        &mut s,
        Action::Load(byline::app::loader::LoadMsg::Done {
            sample: Some("no library folder".into()),
        }),
    );
    app::update(&mut s, Action::Command(Command::Find));
    assert_eq!(s.mode, Mode::Normal);
    assert!(s.notice.as_deref().unwrap_or("").contains("sample library"));
    assert!(s.take_effects().is_empty());
}
