//! Wrapping article text to a pane width by display cells (CJK and emoji take two).
//! A wrapped line is a byte range into the text, so analysis offsets map straight onto lines.

use unicode_width::UnicodeWidthChar;

/// One screen line: `text[start..end]`, always on char boundaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Line {
    pub start: usize,
    pub end: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Wrapped {
    pub width: u16,
    pub lines: Vec<Line>,
}

impl Wrapped {
    /// The line holding byte `offset` (the last line starting at or before it).
    pub fn line_of(&self, offset: usize) -> usize {
        match self.lines.binary_search_by(|l| l.start.cmp(&offset)) {
            Ok(mut i) => {
                // Empty lines share a start with the next paragraph's first line.
                while i + 1 < self.lines.len() && self.lines[i + 1].start == offset {
                    i += 1;
                }
                i
            }
            Err(0) => 0,
            Err(i) => i - 1,
        }
    }
}

pub fn char_width(c: char) -> usize {
    c.width().unwrap_or(0)
}

pub fn str_width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// Wrap `text` to `width` cells: every `\n` ends a line (so paragraphs and blank lines stay),
/// long lines break at spaces, and a word wider than the pane breaks between characters.
pub fn wrap(text: &str, width: u16) -> Wrapped {
    let mut lines = Vec::new();
    if width > 0 {
        let mut start = 0;
        for para in text.split('\n') {
            wrap_paragraph(para, start, width as usize, &mut lines);
            start += para.len() + 1;
        }
    }
    Wrapped { width, lines }
}

fn wrap_paragraph(para: &str, base: usize, width: usize, out: &mut Vec<Line>) {
    let push = |out: &mut Vec<Line>, s: usize, e: usize| {
        out.push(Line {
            start: base + s,
            end: base + e.max(s),
        })
    };
    // Leading spaces are indentation, kept unless they would fill the line.
    let indent = para.len() - para.trim_start_matches(' ').len();
    let (mut line_start, mut line_end, mut line_w) = if indent < width {
        (0, indent, indent)
    } else {
        (indent, indent, 0)
    };
    let mut has_words = false;
    let mut pending = 0usize; // spaces between the line so far and the next word
    let mut chars = para[indent..]
        .char_indices()
        .map(|(i, c)| (i + indent, c))
        .peekable();
    while let Some(&(i, c)) = chars.peek() {
        if c == ' ' {
            pending += 1;
            chars.next();
            continue;
        }
        let word_start = i;
        let mut word_end = i;
        let mut word_w = 0;
        while let Some(&(j, d)) = chars.peek() {
            if d == ' ' {
                break;
            }
            word_end = j + d.len_utf8();
            word_w += char_width(d);
            chars.next();
        }
        let needed = line_w + if has_words { pending } else { 0 } + word_w;
        pending = 0;
        if needed <= width {
            line_end = word_end;
            line_w = needed;
            has_words = true;
            continue;
        }
        if has_words {
            push(out, line_start, line_end);
        }
        // The word starts a new line, broken between characters if wider than the pane.
        let (mut s, mut e, mut w) = (word_start, word_start, 0);
        for (j, d) in para[word_start..word_end].char_indices() {
            let dw = char_width(d);
            if w + dw > width && e > s {
                push(out, s, e);
                s = e;
                w = 0;
            }
            w += dw;
            e = word_start + j + d.len_utf8();
        }
        line_start = s;
        line_end = e;
        line_w = w;
        has_words = true;
    }
    push(out, line_start, line_end);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(text: &str, width: u16) -> Vec<String> {
        wrap(text, width)
            .lines
            .iter()
            .map(|l| text[l.start..l.end].to_string())
            .collect()
    }

    #[test]
    fn wraps_at_spaces_and_keeps_paragraphs() {
        let t = "the quick brown fox\n\njumps over";
        assert_eq!(
            render(t, 10),
            vec!["the quick", "brown fox", "", "jumps over"]
        );
    }

    #[test]
    fn breaks_long_words() {
        assert_eq!(render("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
    }

    #[test]
    fn cjk_counts_two_cells() {
        let t = "日本語のテキスト";
        let lines = render(t, 6);
        assert_eq!(lines, vec!["日本語", "のテキ", "スト"]);
        for l in &lines {
            assert!(str_width(l) <= 6);
        }
    }

    #[test]
    fn emoji_and_mixed_never_exceed_width() {
        let t = "hi 👋🏽 there, 你好 world — “quoted” text 🎉🎉🎉🎉";
        for w in 1..30u16 {
            for l in render(t, w) {
                // A single char wider than the pane is allowed alone on its line.
                assert!(
                    str_width(&l) <= w as usize || l.chars().count() == 1,
                    "{w}: {l:?}"
                );
            }
        }
    }

    #[test]
    fn indentation_is_kept() {
        assert_eq!(render("  indented text", 20), vec!["  indented text"]);
    }

    #[test]
    fn zero_width_has_no_lines_and_nothing_panics() {
        assert!(wrap("abc", 0).lines.is_empty());
        assert_eq!(render("", 5), vec![""]);
        assert_eq!(render("\n", 5), vec!["", ""]);
    }

    #[test]
    fn every_byte_outside_breaks_is_covered_in_order() {
        let t = "one two three four five six seven eight nine ten";
        let w = wrap(t, 9);
        let mut last = 0;
        for l in &w.lines {
            assert!(l.start >= last);
            assert!(t[last..l.start].chars().all(|c| c == ' '));
            last = l.end;
        }
        assert_eq!(last, t.len());
    }

    #[test]
    fn line_of_finds_the_line() {
        let t = "aaa bbb\n\nccc";
        let w = wrap(t, 3);
        assert_eq!(w.line_of(0), 0);
        assert_eq!(w.line_of(4), 1);
        assert_eq!(w.line_of(t.find("ccc").unwrap()), 3);
    }
}
