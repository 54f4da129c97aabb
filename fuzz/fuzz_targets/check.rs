//! Shared by the library targets: what every loaded article must satisfy.

use byline::library::FileReport;

fn terminal_safe(s: &str, multiline: bool) -> bool {
    s.chars().all(|c| {
        !(c.is_control() && !(multiline && c == '\n'))
            && !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    })
}

pub fn report(r: &FileReport) {
    assert!(!r.articles.is_empty() || !r.failures.is_empty(), "input neither loaded nor failed");
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
