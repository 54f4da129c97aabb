//! Behaviour of `app::update` on a hand-made article: panes, panel jumps, mentions, quotes,
//! search, list filter and sort, and the effects it asks the event loop to run.

mod common;

use byline::app::panel::Row;
use byline::app::{self, Action, Effect, Mode, Pane, SortBy};
use byline::keymap::Command;

fn cmd(s: &mut app::State, c: Command) {
    app::update(s, Action::Command(c));
}

fn select_row(s: &mut app::State, want: &Row) {
    s.focus = Pane::Panel;
    cmd(s, Command::Top);
    for _ in 0..s.panel.rows.len() {
        if s.selected_row() == Some(want) {
            return;
        }
        cmd(s, Command::Down);
    }
    panic!("row {want:?} not reachable");
}

fn top_byte(s: &app::State) -> usize {
    s.reader.wrapped.lines[s.reader.scroll].start
}

fn visible(s: &app::State, offset: usize) -> bool {
    let line = s.reader.wrapped.line_of(offset);
    line >= s.reader.scroll && line < s.reader.scroll + s.reader.text_area.height as usize
}

#[test]
fn opens_newest_article_with_its_panel() {
    let s = common::state(120, 40);
    let a = s.article().unwrap();
    assert_eq!(a.title, "Mayor promises a new pier before winter");
    assert_eq!(s.position(), (1, 3));
    assert!(matches!(s.panel.rows[0], Row::Header(..)));
    assert_eq!(
        s.selected_row(),
        Some(&Row::Entity(0)),
        "first selectable row"
    );
}

#[test]
fn focus_cycles_through_visible_panes() {
    let mut s = common::state(120, 40);
    assert_eq!(s.focus, Pane::Reader);
    cmd(&mut s, Command::FocusNext);
    assert_eq!(s.focus, Pane::Panel);
    cmd(&mut s, Command::FocusNext);
    assert_eq!(s.focus, Pane::List);
    cmd(&mut s, Command::FocusPrev);
    assert_eq!(s.focus, Pane::Panel);
    // Below 100 columns the list is hidden and skipped.
    let mut s = common::state(80, 24);
    cmd(&mut s, Command::FocusNext);
    cmd(&mut s, Command::FocusNext);
    assert_eq!(s.focus, Pane::Reader);
    // Hiding the panel moves focus off it.
    cmd(&mut s, Command::FocusNext);
    cmd(&mut s, Command::TogglePanel);
    assert_eq!(s.focus, Pane::Reader);
    assert!(s.panes.panel.is_none());
}

#[test]
fn quote_navigation_by_speaker_and_overall() {
    // A short window so jumps must scroll.
    let mut s = common::state(70, 8);
    let a = common::analysis();
    select_row(&mut s, &Row::Speaker(Some("Ana Ruiz".into()), vec![0, 2]));
    cmd(&mut s, Command::Activate);
    assert_eq!(s.quote, Some(0));
    assert!(visible(&s, a.quotes[0].start));
    cmd(&mut s, Command::NextQuoteSameSpeaker);
    assert_eq!(s.quote, Some(2), "skips Tomás Lee's quote");
    assert!(visible(&s, a.quotes[2].start));
    cmd(&mut s, Command::NextQuoteSameSpeaker);
    assert_eq!(s.quote, Some(0), "wraps around");
    cmd(&mut s, Command::PrevQuoteSameSpeaker);
    assert_eq!(s.quote, Some(2));

    // From a person under People.
    select_row(&mut s, &Row::Entity(3));
    cmd(&mut s, Command::NextQuoteSameSpeaker);
    assert_eq!(s.quote, Some(1));

    // Any speaker: the panel follows the quote.
    cmd(&mut s, Command::Cancel);
    cmd(&mut s, Command::Top);
    s.focus = Pane::Reader;
    cmd(&mut s, Command::Top);
    cmd(&mut s, Command::NextQuote);
    assert_eq!(s.quote, Some(0));
    cmd(&mut s, Command::NextQuote);
    assert_eq!(s.quote, Some(1));
    assert_eq!(s.selected_row(), Some(&Row::Quote(1)));
    cmd(&mut s, Command::PrevQuote);
    assert_eq!(s.quote, Some(0));
    // From a quote row, ]/[ walk that quote's speaker.
    cmd(&mut s, Command::NextQuoteSameSpeaker);
    assert_eq!(s.quote, Some(2));
}

#[test]
fn mentions_of_the_selected_entity() {
    let mut s = common::state(70, 8);
    let a = common::analysis();
    select_row(&mut s, &Row::Entity(2)); // Valparaíso
    cmd(&mut s, Command::Activate);
    assert_eq!(s.mention, Some(0));
    cmd(&mut s, Command::NextMention);
    assert_eq!(s.mention, Some(1));
    assert!(visible(&s, a.entities[2].mentions[1].start));
    cmd(&mut s, Command::NextMention);
    assert_eq!(s.mention, Some(0), "wraps");
    cmd(&mut s, Command::PrevMention);
    assert_eq!(s.mention, Some(1));
    // Without an entity selected, n says what to do instead of doing nothing silently.
    select_row(&mut s, &Row::Quote(1));
    cmd(&mut s, Command::NextMention);
    assert!(s.notice.is_some());
}

#[test]
fn search_counts_and_steps_matches() {
    let mut s = common::state(120, 40);
    cmd(&mut s, Command::Search);
    assert_eq!(s.mode, Mode::Search);
    for c in "PIER".chars() {
        let ev = crossterm::event::KeyEvent::new(
            crossterm::event::KeyCode::Char(c),
            crossterm::event::KeyModifiers::SHIFT,
        );
        let action = s.key_action(ev).expect("typed chars go to the prompt");
        app::update(&mut s, action);
    }
    app::update(&mut s, Action::Submit);
    assert_eq!(s.mode, Mode::Normal);
    let n = common::TEXT.to_lowercase().matches("pier").count();
    assert_eq!(s.search.matches.len(), n);
    assert_eq!(s.search.current, Some(0));
    cmd(&mut s, Command::NextMention);
    assert_eq!(s.search.current, Some(1));
    cmd(&mut s, Command::PrevMention);
    cmd(&mut s, Command::PrevMention);
    assert_eq!(s.search.current, Some(n - 1));
    cmd(&mut s, Command::Cancel);
    assert!(s.search.matches.is_empty());
}

#[test]
fn list_filters_as_you_type_and_sorts() {
    let mut s = common::state(120, 40);
    s.focus = Pane::List;
    cmd(&mut s, Command::Search);
    assert_eq!(s.mode, Mode::Filter);
    for c in "TIDE".chars() {
        app::update(&mut s, Action::Input(c));
    }
    assert_eq!(s.list.rows.len(), 1);
    app::update(&mut s, Action::Backspace);
    app::update(&mut s, Action::Backspace);
    app::update(&mut s, Action::Backspace);
    app::update(&mut s, Action::Backspace);
    assert_eq!(s.list.rows.len(), 4, "three articles and one failure");
    app::update(&mut s, Action::Submit);

    let titles = |s: &app::State| -> Vec<String> {
        s.list
            .rows
            .iter()
            .filter_map(|r| match r {
                app::ListRow::Article(i) => Some(s.articles[*i].title.clone()),
                _ => None,
            })
            .collect()
    };
    assert_eq!(s.sort, SortBy::Date);
    assert_eq!(titles(&s)[0], "Mayor promises a new pier before winter");
    assert_eq!(titles(&s)[2], "Undated column");
    cmd(&mut s, Command::Sort);
    assert_eq!(
        titles(&s),
        vec![
            "An older note about tides",
            "Mayor promises a new pier before winter",
            "Undated column"
        ]
    );
    // Enter on a failed file explains it; Enter on an article opens it and asks for analysis.
    cmd(&mut s, Command::Bottom);
    cmd(&mut s, Command::Activate);
    assert!(s.notice.as_deref().unwrap_or("").contains("broken.json"));
    cmd(&mut s, Command::Up);
    cmd(&mut s, Command::Activate);
    assert_eq!(s.article().unwrap().title, "Undated column");
    assert_eq!(s.focus, Pane::Reader);
    let undated = s.open.unwrap();
    let fx = s.take_effects();
    assert!(fx.contains(&Effect::Analyze(undated)), "{fx:?}");
    assert!(fx.contains(&Effect::Save));
    // Opening an article also asks for the next one in the list, so it is ready when read:
    // the older note (after the pier article in date order) was requested at start.
    let older = (0..s.articles.len())
        .find(|&i| s.articles[i].title.starts_with("An older"))
        .unwrap();
    assert!(s.is_pending(older));
    s.focus = Pane::List;
    cmd(&mut s, Command::Top);
    cmd(&mut s, Command::Activate);
    assert_eq!(s.open, Some(older));
    assert!(
        !s.take_effects().contains(&Effect::Analyze(older)),
        "asked once only"
    );
}

#[test]
fn open_url_is_an_effect_and_quit_saves_position() {
    let mut s = common::state(120, 12);
    cmd(&mut s, Command::OpenUrl);
    assert_eq!(
        s.take_effects(),
        vec![Effect::OpenUrl("https://example.org/pier".into())]
    );
    cmd(&mut s, Command::PageDown);
    let top = top_byte(&s);
    assert!(top > 0);
    cmd(&mut s, Command::Quit);
    assert!(s.quit);
    assert!(s.take_effects().contains(&Effect::Save));
    let path = s.article().unwrap().path.clone();
    assert_eq!(s.saved.positions.get(&path), Some(&top));
    assert_eq!(s.saved.last_article.as_ref(), Some(&path));
}

#[test]
fn resize_keeps_the_reading_place() {
    let mut s = common::state(120, 12);
    cmd(&mut s, Command::PageDown);
    let top = top_byte(&s);
    app::update(&mut s, Action::Resize(70, 12));
    let now = top_byte(&s);
    assert!(now <= top && visible(&s, top), "{now} vs {top}");
}

#[test]
fn help_overlay_swallows_keys_until_closed() {
    let mut s = common::state(120, 40);
    cmd(&mut s, Command::Help);
    assert_eq!(s.mode, Mode::Help);
    cmd(&mut s, Command::Down);
    assert_eq!(s.reader.scroll, 0);
    cmd(&mut s, Command::Cancel);
    assert_eq!(s.mode, Mode::Normal);
}

#[test]
fn mouse_wheel_and_clicks() {
    let mut s = common::state(120, 12);
    let r = s.panes.reader.unwrap();
    app::update(
        &mut s,
        Action::Scroll {
            column: r.x + 2,
            row: r.y + 2,
            delta: 1,
        },
    );
    assert_eq!(s.reader.scroll, 3);
    let p = s.panes.panel.unwrap();
    // Row 2 of the panel (under the People header) is Tomás Lee or Ana Ruiz.
    app::update(
        &mut s,
        Action::Click {
            column: p.x + 2,
            row: p.y + 2,
        },
    );
    assert_eq!(s.focus, Pane::Panel);
    assert_eq!(s.selected_row(), Some(&s.panel.rows[1].clone()));
}

#[test]
fn nothing_panics_at_tiny_sizes() {
    for (w, h) in [(0, 0), (1, 1), (2, 2), (5, 3), (20, 5), (59, 4), (99, 3)] {
        let mut s = common::state(w, h);
        for c in byline::keymap::COMMANDS.iter().map(|c| c.command) {
            if c != Command::Quit {
                cmd(&mut s, c);
                cmd(&mut s, Command::Cancel);
            }
        }
        for c in [Command::FocusNext, Command::Down, Command::Activate] {
            cmd(&mut s, c);
        }
    }
}

/// What the list would look like coming from the index: titles and dates, no text.
fn stubs() -> Vec<byline::library::Article> {
    common::articles()
        .into_iter()
        .map(|a| byline::library::Article {
            text: String::new(),
            ..a
        })
        .collect()
}

fn indexed_state() -> app::State {
    use byline::app::loader::LoadMsg;
    let mut s = app::State::new(byline::config::Config::default(), Default::default());
    app::update(&mut s, Action::Resize(120, 30));
    app::update(
        &mut s,
        Action::Load(LoadMsg::Indexed {
            articles: stubs(),
            failures: vec![],
            note: None,
        }),
    );
    s
}

#[test]
fn indexed_list_shows_at_once_and_the_body_arrives_later() {
    use std::sync::Arc;
    let mut s = indexed_state();
    assert!(s.indexed && s.loading.is_none());
    let open = s.open.expect("the newest article opens");
    assert_eq!(
        s.article().unwrap().title,
        "Mayor promises a new pier before winter"
    );
    assert!(!s.body_ready());
    assert!(s.take_effects().contains(&Effect::Analyze(open)));
    // An answer for another file (the list was refreshed meanwhile) is dropped.
    let mut wrong = common::articles()[1].clone();
    wrong.text = "stale".into();
    app::update(
        &mut s,
        Action::Loaded(open, Box::new(wrong), Arc::new(common::analysis())),
    );
    assert!(!s.body_ready());
    let body = common::articles()[0].clone();
    app::update(
        &mut s,
        Action::Loaded(open, Box::new(body), Arc::new(common::analysis())),
    );
    assert!(s.body_ready());
    assert_eq!(s.article().unwrap().text, common::TEXT);
    assert!(!s.reader.wrapped.lines.is_empty());
    assert_eq!(s.selected_row(), Some(&Row::Entity(0)));
}

#[test]
fn a_refreshed_list_keeps_the_open_article_and_says_what_changed() {
    use byline::app::loader::LoadMsg;
    use std::sync::Arc;
    let mut s = indexed_state();
    // Open the older note and give it its body.
    let older = (0..s.articles.len())
        .find(|&i| s.articles[i].title.starts_with("An older"))
        .unwrap();
    app::open_article(&mut s, older);
    app::update(
        &mut s,
        Action::Loaded(
            older,
            Box::new(common::articles()[1].clone()),
            Arc::new(byline::extract::Analysis::default()),
        ),
    );
    app::update(
        &mut s,
        Action::Load(LoadMsg::Indexing(app::Progress {
            done: 1,
            total: Some(2),
        })),
    );
    assert_eq!(s.indexing.map(|p| p.done), Some(1));
    // A new file arrives first in path order: every id moves.
    let mut list = stubs();
    list.insert(
        0,
        byline::library::Article {
            path: "lib/aaa-new.txt".into(),
            title: "A new arrival".into(),
            ..Default::default()
        },
    );
    app::update(
        &mut s,
        Action::Load(LoadMsg::Indexed {
            articles: list,
            failures: vec![],
            note: Some("library updated: 1 new, 0 changed, 0 removed".into()),
        }),
    );
    assert_eq!(s.articles.len(), 4);
    assert_eq!(s.article().unwrap().title, "An older note about tides");
    assert_eq!(s.open, Some(older + 1));
    assert!(s.indexing.is_none());
    assert!(s.notice.as_deref().unwrap_or("").contains("1 new"));
    assert!(s.take_effects().contains(&Effect::Analyze(older + 1)));
}

#[test]
fn finder_keys_and_effects() {
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let mut s = indexed_state();
    s.take_effects();
    cmd(&mut s, Command::Find);
    assert_eq!(s.mode, Mode::Find);
    assert_eq!(s.take_effects(), vec![Effect::FindNames(String::new())]);
    // Letters are typed into the box, even those bound to commands.
    let key = |c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE);
    assert!(matches!(s.key_action(key('q')), Some(Action::Input('q'))));
    assert!(matches!(s.key_action(key('n')), Some(Action::Input('n'))));
    app::update(&mut s, Action::Input('r'));
    assert_eq!(s.take_effects(), vec![Effect::FindNames("r".into())]);
    // An answer for an older query is ignored.
    app::update(
        &mut s,
        Action::Names {
            query: "old".into(),
            hits: Ok(vec![]),
        },
    );
    assert_eq!(s.finder.as_ref().unwrap().names_for, "");
    // Nothing matched by name: Enter searches the text.
    app::update(
        &mut s,
        Action::Names {
            query: "r".into(),
            hits: Ok(vec![]),
        },
    );
    app::update(&mut s, Action::Submit);
    assert_eq!(s.take_effects(), vec![Effect::Search("r".into())]);
    // No article: a notice, and the box stays.
    app::update(
        &mut s,
        Action::Results {
            title: "r".into(),
            results: Ok(vec![]),
        },
    );
    assert_eq!(s.mode, Mode::Find);
    assert!(s.notice.as_deref().unwrap_or("").contains("no article"));
    // Esc closes; the mouse does not reach the panes under the popup.
    cmd(&mut s, Command::Find);
    app::update(&mut s, Action::Click { column: 5, row: 3 });
    assert_eq!(s.mode, Mode::Find);
    cmd(&mut s, Command::Cancel);
    assert_eq!(s.mode, Mode::Normal);
}

#[test]
fn speaker_key_asks_for_the_selected_speakers_quotes() {
    let mut s = common::state(120, 30);
    s.indexed = true;
    select_row(&mut s, &Row::Speaker(Some("Ana Ruiz".into()), vec![0, 2]));
    cmd(&mut s, Command::SpeakerQuotes);
    assert_eq!(s.take_effects(), vec![Effect::QuotesBy("Ana Ruiz".into())]);
    // Not indexed (the sample library): a notice instead.
    s.indexed = false;
    cmd(&mut s, Command::SpeakerQuotes);
    assert!(s.take_effects().is_empty());
    assert!(s.notice.is_some());
}

#[test]
fn notices_that_arrive_together_all_show_until_a_key() {
    let mut s = indexed_state();
    app::update(&mut s, Action::Notice("cache is read-only".into()));
    app::update(&mut s, Action::Notice("config: unknown key".into()));
    app::update(&mut s, Action::Notice("cache is read-only".into()));
    let n = s.notice.clone().unwrap_or_default();
    assert!(n.contains("config: unknown key"), "{n}");
    assert_eq!(n.matches("cache is read-only").count(), 1, "{n}");
    for k in 0..5 {
        app::update(&mut s, Action::Notice(format!("fault {k}")));
    }
    let n = s.notice.clone().unwrap_or_default();
    assert_eq!(
        n.split(" · ").collect::<Vec<_>>(),
        ["fault 2", "fault 3", "fault 4"]
    );
    // A key clears them.
    cmd(&mut s, Command::Down);
    assert!(s.notice.is_none());
}
