//! Text helpers for drawing: fitting strings to a number of cells, and styling a wrapped line
//! of the article by the spans that cover it (mentions, quotes, selection, search).

use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span as TSpan};

use crate::app::panel::Row;
use crate::app::wrap::{self, char_width};
use crate::app::State;
use crate::extract::Span;

use super::kind_color;

pub fn width(s: &str) -> usize {
    wrap::str_width(s)
}

/// `s` cut to at most `w` cells, ending in "…" when cut.
pub fn fit(s: &str, w: usize) -> String {
    if width(s) <= w {
        return s.to_string();
    }
    if w == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let cw = char_width(c);
        if used + cw > w - 1 {
            break;
        }
        out.push(c);
        used += cw;
    }
    out.push('…');
    out
}

/// `left` and `right` on one line of `w` cells, `right` flush right; `left` is cut first,
/// and `right` dropped when there is no room for both.
pub fn fit_left_right(left: &str, right: &str, w: usize) -> String {
    let rw = width(right);
    if right.is_empty() || rw + 2 > w {
        return fit(left, w);
    }
    let left = fit(left, w - rw - 1);
    let pad = w - rw - width(&left);
    format!("{left}{}{right}", " ".repeat(pad))
}

/// A styled range of the article text. Higher `prio` wins where ranges overlap.
pub struct Mark {
    pub span: Span,
    pub style: Style,
    pub prio: u8,
}

/// Everything that colours the reader, in ascending priority.
pub fn marks(s: &State) -> Vec<Mark> {
    let mut out = Vec::new();
    let Some(a) = s.analysis() else {
        return search_marks(s, out);
    };
    let t = &s.config.theme;
    for q in &a.quotes {
        out.push(Mark {
            span: q.span(),
            style: Style::new().fg(t.quote).add_modifier(Modifier::ITALIC),
            prio: 0,
        });
    }
    for e in &a.entities {
        for m in &e.mentions {
            out.push(Mark {
                span: *m,
                style: Style::new().fg(kind_color(s, e.kind)),
                prio: 1,
            });
        }
    }
    let selected = Style::new().bg(t.selected).add_modifier(Modifier::BOLD);
    if let Some(e) = s.selected_entity().and_then(|id| a.entities.get(id)) {
        for (i, m) in e.mentions.iter().enumerate() {
            let style = if s.mention == Some(i) {
                selected.add_modifier(Modifier::REVERSED)
            } else {
                selected
            };
            out.push(Mark {
                span: *m,
                style,
                prio: 2,
            });
        }
    }
    // The quote in focus, or every quote of the selected speaker group.
    let mut focus_quotes: Vec<usize> = s.quote.into_iter().collect();
    if let Some(Row::Speaker(_, qs)) = s.selected_row() {
        if s.quote.is_none() {
            focus_quotes.extend(qs.iter().copied());
        }
    }
    for q in focus_quotes.iter().filter_map(|&q| a.quotes.get(q)) {
        out.push(Mark {
            span: q.span(),
            style: Style::new().bg(t.selected),
            prio: 2,
        });
        if let Some(cue) = q.cue_span {
            out.push(Mark {
                span: cue,
                style: Style::new()
                    .bg(t.selected)
                    .add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
                prio: 3,
            });
        }
    }
    search_marks(s, out)
}

fn search_marks(s: &State, mut out: Vec<Mark>) -> Vec<Mark> {
    let t = &s.config.theme;
    for (i, m) in s.search.matches.iter().enumerate() {
        let style = if s.search.current == Some(i) {
            Style::new()
                .bg(t.search)
                .add_modifier(Modifier::REVERSED | Modifier::BOLD)
        } else {
            Style::new().bg(t.search)
        };
        out.push(Mark {
            span: *m,
            style,
            prio: 4,
        });
    }
    out.sort_by_key(|m| m.prio);
    out
}

/// One wrapped line of `text` cut into spans by the marks covering it.
pub fn styled_line(text: &str, line: wrap::Line, marks: &[Mark]) -> Line<'static> {
    let (ls, le) = (line.start, line.end);
    let Some(slice) = text.get(ls..le) else {
        return Line::default();
    };
    let covering: Vec<&Mark> = marks
        .iter()
        .filter(|m| m.span.start < le && m.span.end > ls)
        .collect();
    if covering.is_empty() {
        return Line::from(slice.to_string());
    }
    // Cut points: the line's ends and every mark edge inside it, on char boundaries only
    // (an offset inside a character is ignored rather than trusted).
    let mut cuts: Vec<usize> = vec![ls, le];
    for m in &covering {
        for p in [m.span.start, m.span.end] {
            if p > ls && p < le && text.is_char_boundary(p) {
                cuts.push(p);
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup();
    let spans = cuts
        .windows(2)
        .filter_map(|w| {
            let (a, b) = (w[0], w[1]);
            let piece = text.get(a..b)?;
            let style = covering
                .iter()
                .filter(|m| m.span.start <= a && m.span.end >= b)
                .fold(Style::new(), |st, m| st.patch(m.style));
            Some(TSpan::styled(piece.to_string(), style))
        })
        .collect::<Vec<_>>();
    Line::from(spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fit_cuts_by_cells() {
        assert_eq!(fit("hello", 10), "hello");
        assert_eq!(fit("hello world", 6), "hello…");
        assert_eq!(fit("日本語です", 5), "日本…");
        assert_eq!(fit("abc", 0), "");
        assert_eq!(fit("abc", 1), "…");
    }

    #[test]
    fn left_right() {
        assert_eq!(fit_left_right("ab", "12", 8), "ab    12");
        assert_eq!(fit_left_right("abcdefgh", "12", 8), "abcd… 12");
        assert_eq!(fit_left_right("ab", "12", 3), "ab");
    }

    #[test]
    fn styled_line_splits_at_marks_and_ignores_bad_offsets() {
        let text = "say “héllo” now";
        let marks = vec![
            Mark {
                span: Span::new(4, 13),
                style: Style::new().add_modifier(Modifier::ITALIC),
                prio: 0,
            },
            // Inside the two-byte 'é': must not panic or split the char.
            Mark {
                span: Span::new(9, 10),
                style: Style::new().add_modifier(Modifier::BOLD),
                prio: 1,
            },
            Mark {
                span: Span::new(500, 600),
                style: Style::new(),
                prio: 1,
            },
        ];
        let l = styled_line(
            text,
            wrap::Line {
                start: 0,
                end: text.len(),
            },
            &marks,
        );
        let joined: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
        assert_eq!(joined, text);
    }
}
