//! Paragraphs and word tokens: just enough structure to read attribution cues without a parser.

use super::lexicon;
use crate::extract::Span;

/// Paragraphs as byte spans. Blank lines separate paragraphs; inside a block, each line is its own
/// paragraph unless the block looks hard-wrapped (many lines of similar, moderate length), because
/// plain-text news exports often put one paragraph per line with no blank line between.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let mut lines: Vec<Span> = Vec::new();
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if c == '\n' {
            lines.push(Span::new(start, i));
            start = i + 1;
        }
    }
    lines.push(Span::new(start, text.len()));

    let mut out = Vec::new();
    let mut block: Vec<Span> = Vec::new();
    let flush = |block: &mut Vec<Span>, out: &mut Vec<Span>| {
        if block.is_empty() {
            return;
        }
        let lens: Vec<usize> = block
            .iter()
            .map(|l| text[l.start..l.end].chars().count())
            .collect();
        let wrapped = block.len() >= 2
            && lens.iter().all(|&n| n <= 100)
            && lens.iter().filter(|&&n| n >= 40).count() * 10 >= lens.len() * 6;
        if wrapped {
            out.push(Span::new(block[0].start, block[block.len() - 1].end));
        } else {
            out.extend(block.iter().copied());
        }
        block.clear();
    };
    for l in lines {
        if text[l.start..l.end].trim().is_empty() {
            flush(&mut block, &mut out);
        } else {
            block.push(l);
        }
    }
    flush(&mut block, &mut out);
    out
}

/// A word (letters and digits with inner apostrophes, hyphens and dots) or one punctuation mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    pub start: usize,
    pub end: usize,
    pub word: bool,
}

impl Tok {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

fn joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '‑' | '.' | '&' | '/')
}

pub fn tokenize(text: &str) -> Vec<Tok> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |j: usize| chars.get(j).map_or(text.len(), |x| x.0);
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (pos, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Tok {
                start: pos,
                end: pos + c.len_utf8(),
                word: false,
            });
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() {
            let c = chars[j].1;
            if c.is_alphanumeric() {
                j += 1;
            } else if joiner(c) && chars.get(j + 1).is_some_and(|n| n.1.is_alphanumeric()) {
                j += 2;
            } else if c == ','
                && chars[j - 1].1.is_ascii_digit()
                && chars.get(j + 1).is_some_and(|n| n.1.is_ascii_digit())
            {
                // "160,000": a thousands separator, not a clause's comma.
                j += 2;
            } else {
                break;
            }
        }
        let mut end = at(j);
        if chars.get(j).is_some_and(|x| x.1 == '.') && lexicon::is_abbreviation(&text[pos..end]) {
            end += 1;
            j += 1;
        }
        out.push(Tok {
            start: pos,
            end,
            word: true,
        });
        i = j;
    }
    out
}

pub fn is_capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Index of the first token starting at or after `pos`.
pub fn tok_at(toks: &[Tok], pos: usize) -> usize {
    toks.partition_point(|t| t.start < pos)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_per_paragraph_and_blank_lines() {
        let t = "First para.\nSecond para.\n\nThird.";
        let ps = paragraphs(t);
        assert_eq!(ps.len(), 3);
        assert_eq!(&t[ps[1].start..ps[1].end], "Second para.");
    }

    #[test]
    fn hard_wrapped_block_is_one_paragraph() {
        let line = "word ".repeat(14);
        let t = format!("{line}\n{line}\n{line}\n\nNext.");
        assert_eq!(paragraphs(&t).len(), 2);
    }

    #[test]
    fn tokens_keep_names_and_abbreviations() {
        let t = "Gen. Curtis said Bin’ali left the U.S. Army.";
        let ws: Vec<&str> = tokenize(t).iter().map(|k| k.text(t)).collect();
        assert_eq!(
            ws,
            [
                "Gen.",
                "Curtis",
                "said",
                "Bin’ali",
                "left",
                "the",
                "U.S.",
                "Army",
                "."
            ]
        );
    }

    #[test]
    fn a_thousands_separator_is_inside_the_number() {
        let t = "SAG-AFTRA, which represents 160,000 actors, said in 2019, 300 left.";
        let ws: Vec<&str> = tokenize(t).iter().map(|k| k.text(t)).collect();
        assert!(ws.contains(&"160,000"), "{ws:?}");
        assert!(ws.contains(&"2019") && ws.contains(&"300"), "{ws:?}");
    }
}
