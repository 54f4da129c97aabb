//! Every entity mention in text order, each with its surface text and with offsets in both
//! UTF-8 bytes and Unicode scalar values: callers in languages whose strings index by
//! character (Python) can slice the text without converting, and a caller that matches by
//! surface form need not slice at all.

use serde::Serialize;

use super::{Analysis, Kind};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FlatMention<'a> {
    /// UTF-8 byte offsets into the text.
    pub start: usize,
    pub end: usize,
    /// The same span counted in Unicode scalar values (characters).
    pub char_start: usize,
    pub char_end: usize,
    pub text: &'a str,
    pub kind: Kind,
    /// Index into `Analysis::entities`.
    pub entity: usize,
}

/// The mentions of `analysis` over `text`, sorted by position.
pub fn mentions<'a>(text: &'a str, analysis: &Analysis) -> Vec<FlatMention<'a>> {
    let mut spans: Vec<(usize, usize, Kind, usize)> = analysis
        .entities
        .iter()
        .flat_map(|e| {
            e.mentions
                .iter()
                .map(move |m| (m.start, m.end, e.kind, e.id))
        })
        .filter(|&(s, e, _, _)| s < e && text.is_char_boundary(s) && text.is_char_boundary(e))
        .filter(|&(_, e, _, _)| e <= text.len())
        .collect();
    spans.sort_unstable();
    // Offsets only grow, so one walk over the text converts them all.
    let mut bounds: Vec<usize> = spans.iter().flat_map(|&(s, e, _, _)| [s, e]).collect();
    bounds.sort_unstable();
    bounds.dedup();
    let mut chars_at = Vec::with_capacity(bounds.len());
    let (mut byte, mut chars) = (0usize, 0usize);
    for &b in &bounds {
        chars += text.get(byte..b).map_or(0, |s| s.chars().count());
        byte = b;
        chars_at.push(chars);
    }
    let char_of = |b: usize| {
        bounds
            .binary_search(&b)
            .ok()
            .and_then(|i| chars_at.get(i).copied())
            .unwrap_or(0)
    };
    spans
        .into_iter()
        .map(|(start, end, kind, entity)| FlatMention {
            start,
            end,
            char_start: char_of(start),
            char_end: char_of(end),
            text: text.get(start..end).unwrap_or(""),
            kind,
            entity,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_characters_not_bytes() {
        let text = "“Quiet,” said Jane Doe in Zürich, and Jane Doe left Zürich.";
        let a = crate::extract::analyze(text);
        let ms = mentions(text, &a);
        assert!(!ms.is_empty());
        let chars: Vec<char> = text.chars().collect();
        for m in &ms {
            assert_eq!(&text[m.start..m.end], m.text);
            let by_char: String = chars[m.char_start..m.char_end].iter().collect();
            assert_eq!(by_char, m.text);
        }
        assert!(ms.windows(2).all(|w| w[0].start <= w[1].start));
        let zurich: Vec<_> = ms.iter().filter(|m| m.text == "Zürich").collect();
        assert_eq!(zurich.len(), 2);
        assert!(zurich[0].char_start < zurich[0].start);
    }
}
