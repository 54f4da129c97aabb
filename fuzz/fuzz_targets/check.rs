//! What every target's output must satisfy; shared with `tests/fuzz_regressions.rs`, which
//! replays the inputs the fuzzers found.
#![allow(dead_code)]

use byline::extract::Analysis;
use byline::library::FileReport;

fn terminal_safe(s: &str, multiline: bool) -> bool {
    s.chars().all(|c| {
        !(c.is_control() && !(multiline && c == '\n'))
            && !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    })
}

pub fn report(r: &FileReport) {
    assert!(
        !r.articles.is_empty() || !r.failures.is_empty(),
        "input neither loaded nor failed"
    );
    for a in &r.articles {
        assert!(terminal_safe(&a.title, false), "title {:?}", a.title);
        assert!(terminal_safe(&a.text, true), "text {:?}", a.text);
        assert!(!a.text.trim().is_empty());
        for s in [&a.author, &a.date, &a.url].into_iter().flatten() {
            assert!(terminal_safe(s, false), "meta {s:?}");
        }
        for t in &a.tags {
            assert!(terminal_safe(t, false), "tag {t:?}");
        }
        let _ = a.sort_date();
    }
}

/// Every offset the reader slices with is a char boundary inside the text, every index points
/// at something.
pub fn analysis(text: &str, a: &Analysis) {
    let span_ok = |s: usize, e: usize| {
        s <= e && e <= text.len() && text.is_char_boundary(s) && text.is_char_boundary(e)
    };
    for (i, e) in a.entities.iter().enumerate() {
        assert_eq!(e.id, i);
        assert!(!e.name.is_empty());
        for m in &e.mentions {
            assert!(span_ok(m.start, m.end) && m.start < m.end, "mention {m:?}");
        }
        for &q in &e.quotes {
            assert!(q < a.quotes.len(), "quote index {q}");
        }
    }
    for q in &a.quotes {
        assert!(span_ok(q.start, q.end), "quote {}..{}", q.start, q.end);
        if let Some(c) = q.cue_span {
            assert!(span_ok(c.start, c.end), "cue {c:?}");
        }
        if let Some(id) = q.speaker.as_ref().and_then(|s| s.entity) {
            assert!(id < a.entities.len(), "speaker entity {id}");
        }
    }
}

/// The terminal filter: nothing that drives a terminal survives it, and it is idempotent.
pub fn sanitized(input: &str) {
    let once = byline::sanitize::for_terminal(input);
    assert!(terminal_safe(&once, true), "{once:?}");
    assert_eq!(byline::sanitize::for_terminal(&once), once);
}
