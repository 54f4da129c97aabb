//! A small hand-written article with a hand-made analysis, so screen tests do not move when
//! the extractor improves. Shared by `src/app/tests.rs` (via `#[path]`) and `tests/ui_*.rs`.
#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::Arc;

use byline::app::loader::LoadMsg;
use byline::app::{self, Action, State};
use byline::config::Config;
use byline::extract::{Analysis, Entity, Kind, Quote, Span, Speaker};
use byline::library::{Article, Failure};

pub const TEXT: &str = "Mayor Ana Ruiz met the Harbor Authority in Valparaíso on Monday to talk about the old pier, which has been closed since the storm.\n\n“We will rebuild the pier before winter,” Ana Ruiz said. The Harbor Authority did not agree.\n\n“The budget is not there yet,” said Tomás Lee, a spokesman for the Harbor Authority.\n\nRuiz answered him on the steps of the town hall in Valparaíso: “Then we will find the money ourselves.”\n\n東京から来た記者 asked about the pier too 🎉, and the meeting ended late.";

fn nth(text: &str, needle: &str, n: usize) -> Span {
    let mut from = 0;
    for _ in 0..n {
        from += text[from..].find(needle).expect("needle") + needle.len();
    }
    let s = from + text[from..].find(needle).expect("needle");
    Span::new(s, s + needle.len())
}

fn quote(text: &str, words: &str, who: Option<(&str, usize)>, cue: Option<(&str, &str)>) -> Quote {
    let sp = nth(text, words, 0);
    Quote {
        start: sp.start,
        end: sp.end,
        text: words.to_string(),
        speaker: who.map(|(name, id)| Speaker {
            name: name.into(),
            entity: Some(id),
        }),
        cue: cue.map(|(c, _)| c.to_string()),
        cue_span: cue.map(|(c, name)| {
            let at = nth(text, c, 0);
            let off = c.find(name).unwrap_or(0);
            Span::new(at.start + off, at.start + off + name.len())
        }),
    }
}

pub fn analysis() -> Analysis {
    let t = TEXT;
    let ent = |id, name: &str, kind, mentions: Vec<Span>, quotes: Vec<usize>| Entity {
        id,
        name: name.into(),
        kind,
        aliases: vec![name.into()],
        mentions,
        quotes,
    };
    Analysis {
        entities: vec![
            ent(
                0,
                "Ana Ruiz",
                Kind::Person,
                vec![
                    nth(t, "Ana Ruiz", 0),
                    nth(t, "Ana Ruiz", 1),
                    nth(t, "Ruiz", 2),
                ],
                vec![0, 2],
            ),
            ent(
                1,
                "Harbor Authority",
                Kind::Organization,
                (0..3).map(|i| nth(t, "Harbor Authority", i)).collect(),
                vec![],
            ),
            ent(
                2,
                "Valparaíso",
                Kind::Place,
                (0..2).map(|i| nth(t, "Valparaíso", i)).collect(),
                vec![],
            ),
            ent(
                3,
                "Tomás Lee",
                Kind::Person,
                vec![nth(t, "Tomás Lee", 0)],
                vec![1],
            ),
        ],
        quotes: vec![
            quote(
                t,
                "We will rebuild the pier before winter,",
                Some(("Ana Ruiz", 0)),
                Some(("Ana Ruiz said", "Ana Ruiz")),
            ),
            quote(
                t,
                "The budget is not there yet,",
                Some(("Tomás Lee", 3)),
                Some(("said Tomás Lee", "Tomás Lee")),
            ),
            quote(
                t,
                "Then we will find the money ourselves.",
                Some(("Ana Ruiz", 0)),
                None,
            ),
        ],
    }
}

pub fn articles() -> Vec<Article> {
    vec![
        Article {
            path: PathBuf::from("lib/pier.txt"),
            title: "Mayor promises a new pier before winter".into(),
            author: Some("Test Writer".into()),
            date: Some("2024-05-02".into()),
            url: Some("https://example.org/pier".into()),
            text: TEXT.into(),
            ..Article::default()
        },
        Article {
            path: PathBuf::from("lib/older.txt"),
            title: "An older note about tides".into(),
            date: Some("2023-01-10".into()),
            text: "Tides were high.".into(),
            ..Article::default()
        },
        Article {
            path: PathBuf::from("lib/undated.md"),
            title: "Undated column".into(),
            text: "No date here.".into(),
            ..Article::default()
        },
    ]
}

/// A reader with the three articles loaded, the pier article open and analysed, at `w`×`h`.
pub fn state(w: u16, h: u16) -> State {
    let mut s = State::new(Config::default(), Default::default());
    app::update(&mut s, Action::Resize(w, h));
    app::update(
        &mut s,
        Action::Load(LoadMsg::Batch {
            articles: articles(),
            failures: vec![Failure {
                path: PathBuf::from("lib/broken.json"),
                reason: "expected an object with `title` and `text`".into(),
            }],
            warnings: vec![],
            done: 4,
        }),
    );
    app::update(&mut s, Action::Load(LoadMsg::Done { sample: None }));
    let open = s.open.expect("an article is open");
    app::update(&mut s, Action::Analyzed(open, Arc::new(analysis())));
    s.take_effects();
    s
}
