//! Whole-screen snapshots on ratatui's TestBackend at several sizes, tiny ones included, plus
//! checks on the styles the text snapshots cannot show.

mod common;

use byline::app::loader::LoadMsg;
use byline::app::panel::Row;
use byline::app::{self, Action, Pane, State};
use byline::config::Config;
use byline::keymap::Command;
use byline::ui;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::Terminal;

fn render(s: &State) -> Terminal<TestBackend> {
    let (w, h) = s.size;
    let mut t = Terminal::new(TestBackend::new(w, h)).expect("test terminal");
    t.draw(|f| ui::draw(f, s)).expect("draw");
    t
}

fn cmd(s: &mut State, c: Command) {
    app::update(s, Action::Command(c));
}

fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
    let area = buf.area;
    for y in 0..area.height {
        let line: String = (0..area.width)
            .map(|x| buf[(x, y)].symbol().to_string())
            .collect();
        if let Some(byte) = line.find(needle) {
            let x = line[..byte].chars().count() as u16;
            return Some((x, y));
        }
    }
    None
}

#[test]
fn screens_at_many_sizes() {
    for (w, h) in [(1, 1), (20, 5), (40, 12), (80, 24), (120, 40), (200, 50)] {
        let s = common::state(w, h);
        let t = render(&s);
        insta::assert_snapshot!(format!("reader_{w}x{h}"), t.backend());
    }
}

#[test]
fn panel_focused_on_a_narrow_terminal() {
    let mut s = common::state(50, 16);
    cmd(&mut s, Command::FocusNext);
    insta::assert_snapshot!("panel_narrow_50x16", render(&s).backend());
}

#[test]
fn help_overlay_is_generated_from_the_keymap() {
    let mut s = common::state(80, 30);
    cmd(&mut s, Command::Help);
    let t = render(&s);
    insta::assert_snapshot!("help_80x30", t.backend());
    // Every command's description is on screen, with its key.
    let screen = t.backend().to_string();
    for c in byline::keymap::COMMANDS.iter().take(10) {
        let desc: String = c.desc.chars().take(20).collect();
        assert!(screen.contains(&desc), "{desc} missing");
    }
    // A rebinding shows up in the help at once.
    let cfg = Config::from_sources(Some(("t", "[keys]\nnext_quote = \"Q\"\n"))).unwrap();
    let mut s2 = common::state(80, 30);
    s2.config = cfg;
    cmd(&mut s2, Command::Help);
    let screen = render(&s2).backend().to_string();
    let line = screen
        .lines()
        .find(|l| l.contains("next quote (any speaker)"))
        .expect("row");
    assert!(line.trim_start_matches('"').starts_with("│Q "), "{line}");
}

#[test]
fn quote_jump_and_search_screens() {
    let mut s = common::state(120, 20);
    s.focus = Pane::Panel;
    cmd(&mut s, Command::NextQuote);
    cmd(&mut s, Command::NextQuote);
    let t = render(&s);
    insta::assert_snapshot!("quote_jump_120x20", t.backend());

    let mut s = common::state(120, 20);
    cmd(&mut s, Command::Search);
    for c in "pier".chars() {
        app::update(&mut s, Action::Input(c));
    }
    let t = render(&s);
    insta::assert_snapshot!("search_typing_120x20", t.backend());
    assert!(t.backend().to_string().contains("match 1/"));
}

#[test]
fn loading_screen_before_any_article() {
    let mut s = State::new(Config::default(), Default::default());
    app::update(&mut s, Action::Resize(80, 10));
    app::update(&mut s, Action::Load(LoadMsg::Total(5000)));
    insta::assert_snapshot!("loading_80x10", render(&s).backend());
}

#[test]
fn mentions_quotes_and_selection_are_styled() {
    let mut s = common::state(120, 40);
    let theme = s.config.theme.clone();
    let t = render(&s);
    let buf = t.backend().buffer();
    // Entity kinds have their colours.
    let (x, y) = find(buf, "Harbor Authority in").expect("org mention on screen");
    assert_eq!(buf[(x, y)].fg, theme.organization);
    let (x, y) = find(buf, "Valparaíso on").expect("place mention");
    assert_eq!(buf[(x, y)].fg, theme.place);
    // Quotes have their own colour, outside mentions.
    let (x, y) = find(buf, "We will rebuild").expect("quote");
    assert_eq!(buf[(x, y)].fg, theme.quote);
    // The selected entity (Ana Ruiz, first row) stands out.
    assert_eq!(s.selected_row(), Some(&Row::Entity(0)));
    let (x, y) = find(buf, "Ana Ruiz met").expect("selected mention");
    assert_eq!(buf[(x, y)].bg, theme.selected);

    // A selected quote and its speaker's name at the cue stand out.
    cmd(&mut s, Command::NextQuote);
    let t = render(&s);
    let buf = t.backend().buffer();
    let (x, y) = find(buf, "We will rebuild").expect("quote");
    assert_eq!(buf[(x, y)].bg, theme.selected);
    let (x, y) = find(buf, "winter,” Ana").expect("cue");
    assert!(buf[(x + 9, y)]
        .modifier
        .contains(ratatui::style::Modifier::UNDERLINED));
    let (x, y) = find(buf, "The budget").expect("other quote");
    assert_ne!(buf[(x, y)].bg, theme.selected);
}

#[test]
fn wide_characters_stay_inside_the_reader() {
    // The CJK and emoji line must wrap by cells: the panel border right of it stays intact.
    for w in [60u16, 61, 73, 80, 97] {
        let s = common::state(w, 40);
        let t = render(&s);
        let buf = t.backend().buffer();
        let panel = s.panes.panel.expect("panel");
        for y in panel.y + 1..panel.y + panel.height - 1 {
            assert_eq!(buf[(panel.x, y)].symbol(), "│", "width {w}, row {y}");
        }
    }
}

/// Canned index answers to whatever the finder asked for: names, articles (with hits at real
/// offsets of the article and past its end), or quotes.
fn answer_finder(s: &mut State, which: u64) {
    use byline::index::RowKind;
    // Whatever the finder asked, these are the answers.
    s.take_effects();
    let query = s
        .finder
        .as_ref()
        .map(|f| f.query.clone())
        .unwrap_or_default();
    let text_len = common::TEXT.len();
    let action = match which {
        0 => Action::Names {
            query,
            hits: Ok(vec![
                name(0, "Ana Ruiz", RowKind::Person, 3, 2),
                name(1, "a Harbor Authority spokesman", RowKind::Speaker, 1, 1),
            ]),
        },
        1 => {
            let mut r = hit(
                "Mayor promises a new pier before winter",
                "2024-05-02",
                &["…"],
            );
            r.hits[0].start = 6;
            r.hits[0].end = 14;
            r.hits.push(byline::index::Hit {
                start: text_len + 10,
                end: text_len + 20,
                snippet: "past the end".into(),
            });
            Action::Results {
                title: "Ana Ruiz".into(),
                results: Ok(vec![r]),
            }
        }
        _ => {
            let mut q = quote_hit("Mayor promises a new pier before winter", "2024-05-02", "x");
            q.start = text_len + 1;
            Action::Quotes {
                speaker: "Ana Ruiz".into(),
                quotes: Ok(vec![q]),
            }
        }
    };
    app::update(s, action);
}

#[test]
fn random_keys_at_random_sizes_never_panic() {
    // A fixed-seed LCG: deterministic, no extra dependency.
    let mut seed: u64 = 0x5eed;
    let mut next = |n: u64| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) % n
    };
    let commands: Vec<Command> = byline::keymap::COMMANDS
        .iter()
        .map(|c| c.command)
        .filter(|c| *c != Command::Quit)
        .collect();
    for round in 0..25 {
        let (w, h) = (next(130) as u16 + 1, next(45) as u16 + 1);
        let mut s = common::state(w, h);
        // Half the rounds stand for an indexed library: the finder opens and gets answers.
        s.indexed = round % 2 == 0;
        for _ in 0..60 {
            match next(12) {
                10 => app::update(&mut s, Action::Submit),
                11 => answer_finder(&mut s, next(3)),
                0 => app::update(&mut s, Action::Resize(next(200) as u16, next(60) as u16)),
                1 => app::update(
                    &mut s,
                    Action::Input(['a', 'é', '日', ' '][next(4) as usize]),
                ),
                2 => app::update(
                    &mut s,
                    Action::Click {
                        column: next(200) as u16,
                        row: next(60) as u16,
                    },
                ),
                _ => cmd(&mut s, commands[next(commands.len() as u64) as usize]),
            }
            if s.size.0 > 0 && s.size.1 > 0 {
                render(&s);
            }
        }
    }
}

#[test]
fn hostile_file_names_are_cleaned_before_drawing() {
    let mut s = common::state(120, 20);
    app::update(
        &mut s,
        Action::Load(LoadMsg::Batch {
            articles: vec![],
            failures: vec![byline::library::Failure {
                path: "lib/evil\u{1b}]0;pwned\u{7}.json".into(),
                reason: "bad \u{1b}[2J json".into(),
            }],
            warnings: vec![],
            done: 5,
        }),
    );
    let screen = render(&s).backend().to_string();
    assert!(!screen.contains('\u{1b}'));
    assert!(screen.contains("✗evil.json: bad  json"), "{screen}");
}

fn name(
    row: usize,
    name: &str,
    kind: byline::index::RowKind,
    arts: u32,
    qts: u32,
) -> byline::index::NameHit {
    byline::index::NameHit {
        row,
        name: name.into(),
        kind,
        aliases: vec![name.into()],
        articles: arts,
        quotes: qts,
    }
}

fn hit(title: &str, date: &str, snippets: &[&str]) -> byline::index::SearchResult {
    byline::index::SearchResult {
        article: 0,
        path: "lib/pier.txt".into(),
        title: title.into(),
        date: Some(date.into()),
        when: 0,
        hits: snippets
            .iter()
            .map(|s| byline::index::Hit {
                start: 0,
                end: 0,
                snippet: (*s).into(),
            })
            .collect(),
    }
}

fn quote_hit(title: &str, date: &str, text: &str) -> byline::index::QuoteHit {
    byline::index::QuoteHit {
        article: 0,
        path: "lib/pier.txt".into(),
        title: title.into(),
        date: Some(date.into()),
        when: 0,
        text: text.into(),
        speaker: "Ana Ruiz".into(),
        start: 0,
        end: 0,
    }
}

/// The finder popup's three screens: names as typed, a name's articles, a speaker's quotes.
#[test]
fn finder_popup_screens() {
    use byline::app::finder::Stage;
    use byline::index::RowKind;
    let mut s = common::state(100, 24);
    // The hand-made library stands for an indexed one: the index's answers are fed in below.
    s.indexed = true;
    cmd(&mut s, Command::Find);
    assert_eq!(s.mode, app::Mode::Find);
    for c in "ruiz".chars() {
        app::update(&mut s, Action::Input(c));
    }
    app::update(
        &mut s,
        Action::Names {
            query: "ruiz".into(),
            hits: Ok(vec![
                name(3, "Ana Ruiz", RowKind::Person, 14, 9),
                name(8, "Ruiz Shipping Company", RowKind::Organization, 2, 0),
                name(11, "Puerto Ruiz", RowKind::Place, 1, 0),
            ]),
        },
    );
    let t = render(&s);
    insta::assert_snapshot!("finder_names_100x24", t.backend());
    assert!(find(t.backend().buffer(), "› ruiz").is_some());
    assert!(s
        .take_effects()
        .iter()
        .all(|e| matches!(e, app::Effect::FindNames(_))));

    app::update(&mut s, Action::Submit);
    assert_eq!(
        s.take_effects(),
        vec![app::Effect::RowArticles {
            row: 3,
            title: "Ana Ruiz".into()
        }]
    );
    app::update(
        &mut s,
        Action::Results {
            title: "Ana Ruiz".into(),
            results: Ok(vec![
                hit(
                    "Mayor promises a new pier before winter",
                    "2024-05-02",
                    &[
                        "Mayor Ana Ruiz met the Harbor Authority in Valparaíso on Monday",
                        "x",
                    ],
                ),
                hit(
                    "Council backs the harbour plan",
                    "2024-03-18",
                    &["The council voted 7–2 for the plan that Ruiz put forward"],
                ),
            ]),
        },
    );
    app::update(&mut s, Action::Command(Command::Down));
    let t = render(&s);
    insta::assert_snapshot!("finder_articles_100x24", t.backend());
    assert!(matches!(
        s.finder.as_ref().unwrap().stage,
        Stage::Articles { .. }
    ));

    app::update(
        &mut s,
        Action::Quotes {
            speaker: "Ana Ruiz".into(),
            quotes: Ok(vec![
                quote_hit(
                    "Mayor promises a new pier before winter",
                    "2024-05-02",
                    "We will rebuild the pier before winter,",
                ),
                quote_hit(
                    "Council backs the harbour plan",
                    "2024-03-18",
                    "This is the vote the harbour\nhas waited for.",
                ),
            ]),
        },
    );
    let t = render(&s);
    insta::assert_snapshot!("finder_quotes_100x24", t.backend());
    // Tiny screens draw without panicking.
    for (w, h) in [(1, 1), (10, 4), (30, 8)] {
        app::update(&mut s, Action::Resize(w, h));
        render(&s);
    }
}
