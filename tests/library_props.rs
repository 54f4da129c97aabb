//! Property tests: no input makes a loader panic, and nothing a loader returns can drive the
//! terminal.

use std::path::Path;

use byline::library::{self, Article, SortDate};
use byline::sanitize::for_terminal;
use proptest::prelude::*;

/// Pieces that matter to some parser, glued at random: fences, JSON, HTML, Markdown, escapes.
fn hostile_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("---\n"),
        Just("+++\n"),
        Just("...\n"),
        Just("title: "),
        Just("title = \""),
        Just("\"text\": \""),
        Just("{"),
        Just("}"),
        Just("["),
        Just("]"),
        Just(","),
        Just("\""),
        Just("<p>"),
        Just("</p>"),
        Just("<script>"),
        Just("<div"),
        Just(">"),
        Just("&#27;"),
        Just("# "),
        Just("> "),
        Just("- "),
        Just("1. "),
        Just("*"),
        Just("`"),
        Just("\\"),
        Just("\n"),
        Just("\n\n"),
        Just("\r"),
        Just("\t"),
        Just(" "),
        Just("\u{1b}"),
        Just("\u{1b}["),
        Just("\u{1b}]0;"),
        Just("\u{7}"),
        Just("\u{9b}"),
        Just("\u{9d}"),
        Just("\u{202e}"),
        Just("\u{feff}"),
        Just("said"),
        Just("Ann Lee"),
        Just("“"),
        Just("”"),
        Just("東京"),
        Just("\u{0}"),
        Just("&"),
        Just("*a"),
        Just("2024-03-05"),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn assert_terminal_safe(s: &str, multiline: bool) {
    for c in s.chars() {
        assert!(
            !(c.is_control() && !(multiline && c == '\n')),
            "control {c:?} in {s:?}"
        );
        assert!(
            !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'),
            "bidi {c:?} in {s:?}"
        );
    }
}

fn assert_article_safe(a: &Article) {
    assert_terminal_safe(&a.title, false);
    assert!(!a.title.is_empty());
    assert_terminal_safe(&a.text, true);
    assert!(!a.text.trim().is_empty());
    for s in [&a.author, &a.date, &a.url].into_iter().flatten() {
        assert_terminal_safe(s, false);
    }
    for t in &a.tags {
        assert_terminal_safe(t, false);
    }
}

const EXTS: [&str; 7] = ["txt", "md", "markdown", "json", "jsonl", "html", "other"];

proptest! {
    #[test]
    fn sanitized_text_is_safe_and_stable(s in any::<String>()) {
        let once = for_terminal(&s);
        assert_terminal_safe(&once, true);
        prop_assert_eq!(for_terminal(&once), once);
    }

    #[test]
    fn sanitizing_hostile_pieces(s in hostile_text()) {
        let once = for_terminal(&s);
        assert_terminal_safe(&once, true);
        prop_assert_eq!(for_terminal(&once), once);
    }

    #[test]
    fn ordinary_text_passes_unchanged(s in "[a-zA-Z0-9 .,;:!?'\"()\n“”’é東京-]{0,200}") {
        prop_assert_eq!(for_terminal(&s), s);
    }

    #[test]
    fn loaders_never_panic_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400), ext in 0..EXTS.len()) {
        let path = format!("lib/file.{}", EXTS[ext]);
        let r = library::load_bytes(Path::new(&path), &bytes);
        r.articles.iter().for_each(assert_article_safe);
        for f in &r.failures {
            prop_assert!(!f.reason.is_empty());
        }
    }

    #[test]
    fn loaders_never_panic_on_hostile_text(s in hostile_text(), ext in 0..EXTS.len()) {
        let path = format!("lib/file.{}", EXTS[ext]);
        let r = library::load_bytes(Path::new(&path), s.as_bytes());
        r.articles.iter().for_each(assert_article_safe);
        // Every input is accounted for: an article, or a failure with a reason.
        prop_assert!(!r.articles.is_empty() || !r.failures.is_empty());
    }

    #[test]
    fn dates_never_panic(s in any::<String>()) {
        if let Some(d) = SortDate::parse(&s) {
            prop_assert!((1..=12).contains(&d.month) && (1..=31).contains(&d.day));
        }
    }
}
