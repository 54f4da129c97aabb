//! Quotation spans: marks paired within each paragraph, so an unbalanced mark costs at most its
//! own paragraph; a paragraph left open that the next one reopens continues the same quotation.

use super::lexicon;
use super::marks::{self, Family, Mark, Role};
use crate::extract::Span;

/// One quoted passage as found in the text, before attribution.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Offset of the opening mark (the paragraph start when the opener is missing).
    pub open: usize,
    /// Offset just past the closing mark (the paragraph end when the closer is missing).
    pub close: usize,
    /// The quoted words, without marks, surrounding space or a trailing comma.
    pub inner: Span,
    pub para: usize,
    /// Pieces of one quotation that runs over several paragraphs share a chain number.
    pub chain: Option<usize>,
}

fn trim_inner(text: &str, mut s: usize, mut e: usize) -> Span {
    let inner = text.get(s..e).unwrap_or("");
    let lead = inner.len() - inner.trim_start().len();
    s += lead;
    loop {
        let cur = text.get(s..e).unwrap_or("");
        let t = cur.trim_end().trim_end_matches(',');
        if t.len() == cur.len() {
            break;
        }
        e = s + t.len();
    }
    Span::new(s, e.max(s))
}

fn first_opener(text: &str, para: Span) -> bool {
    let p = text.get(para.start..para.end).unwrap_or("");
    let trimmed = p.trim_start();
    let off = para.start + (p.len() - trimmed.len());
    marks::marks(trimmed, off)
        .first()
        .is_some_and(|m| m.pos == off && m.family == Family::Double && m.role != Role::Close)
}

/// Whether a reporting verb follows within a few words (a cue after a lost opening mark).
fn cue_follows(text: &str, from: usize) -> bool {
    text.get(from..)
        .unwrap_or("")
        .split_whitespace()
        .take(5)
        .any(|w| lexicon::is_reporting_verb(w.trim_matches(|c: char| !c.is_alphanumeric())))
}

/// Longest stretch an unclosed quotation may run before it is cut at a sentence end.
const MAX_UNCLOSED: usize = 1500;

fn cap_unclosed(text: &str, start: usize, end: usize) -> usize {
    if end <= start + MAX_UNCLOSED {
        return end;
    }
    let mut lim = start + MAX_UNCLOSED;
    while !text.is_char_boundary(lim) {
        lim -= 1;
    }
    let window = text.get(start..lim).unwrap_or("");
    window
        .char_indices()
        .filter(|&(i, c)| {
            matches!(c, '.' | '!' | '?') && window[i + 1..].starts_with(char::is_whitespace)
        })
        .map(|(i, _)| start + i + 1)
        .next_back()
        .unwrap_or(lim)
}

struct Pair {
    open: Mark,
    close: Option<Mark>,
}

fn pair_doubles(ms: &[Mark]) -> (Vec<Pair>, Vec<Mark>) {
    let mut pairs = Vec::new();
    let mut strays = Vec::new();
    let mut open: Option<Mark> = None;
    for m in ms.iter().filter(|m| m.family == Family::Double) {
        match (m.role, open) {
            (Role::Open, Some(o)) => {
                // A second opener while one is open: the first one lost its closer.
                pairs.push(Pair {
                    open: o,
                    close: None,
                });
                open = Some(*m);
            }
            (Role::Open, None) | (Role::Either, None) => open = Some(*m),
            (Role::Close, Some(o)) | (Role::Either, Some(o)) => {
                pairs.push(Pair {
                    open: o,
                    close: Some(*m),
                });
                open = None;
            }
            (Role::Close, None) => strays.push(*m),
            (Role::None, _) => {}
        }
    }
    if let Some(o) = open {
        pairs.push(Pair {
            open: o,
            close: None,
        });
    }
    (pairs, strays)
}

/// Single marks used as primary quotation marks, outside any double quotation.
fn pair_singles(ms: &[Mark], doubles: &[Span]) -> Vec<Pair> {
    let mut pairs = Vec::new();
    let mut open: Option<Mark> = None;
    for m in ms.iter().filter(|m| m.family == Family::Single) {
        if doubles.iter().any(|d| d.start <= m.pos && m.pos < d.end) {
            continue;
        }
        match (m.role, open) {
            (Role::Open, None) => open = Some(*m),
            (Role::Close, Some(o)) => {
                pairs.push(Pair {
                    open: o,
                    close: Some(*m),
                });
                open = None;
            }
            _ => {}
        }
    }
    pairs
}

pub fn find(text: &str, paras: &[Span]) -> Vec<Found> {
    let mut out: Vec<Found> = Vec::new();
    let mut chains = 0;
    let mut carried: Option<usize> = None;
    for (pi, para) in paras.iter().enumerate() {
        let body = text.get(para.start..para.end).unwrap_or("");
        let ms = marks::marks(body, para.start);
        let (pairs, strays) = pair_doubles(&ms);
        // Where each double quotation ends. One left open ends where the next one opens (a
        // quotation running over paragraphs in text whose paragraph breaks were lost), else at
        // the paragraph end, but never more than a long stretch past its opening.
        let ends: Vec<(usize, usize, bool)> = pairs
            .iter()
            .enumerate()
            .map(|(i, p)| match (p.close, pairs.get(i + 1)) {
                (Some(c), _) => (c.pos, c.pos + c.len, false),
                (None, Some(n)) => (n.open.pos, n.open.pos, true),
                (None, None) => {
                    let e = cap_unclosed(text, p.open.pos + p.open.len, para.end);
                    (e, e, false)
                }
            })
            .collect();
        let double_spans: Vec<Span> = pairs
            .iter()
            .zip(&ends)
            .map(|(p, e)| Span::new(p.open.pos, e.1))
            .collect();
        let mut found: Vec<Found> = Vec::new();

        // A closer with no opener before it, at the start of a paragraph: the opener was lost
        // (or the previous paragraph's quotation runs on without reopening).
        if let Some(s) = strays.first() {
            let before_any = double_spans.iter().all(|d| d.start > s.pos);
            if before_any && (carried.is_some() || cue_follows(text, s.pos + s.len)) {
                found.push(Found {
                    open: para.start,
                    close: s.pos + s.len,
                    inner: trim_inner(text, para.start, s.pos),
                    para: pi,
                    chain: None,
                });
            }
        }
        let mut link: Option<usize> = None;
        for (p, &(end, close, interrupted)) in pairs.iter().zip(&ends) {
            let mut chain = link.take();
            if interrupted {
                let c = *chain.get_or_insert_with(|| {
                    chains += 1;
                    chains - 1
                });
                link = Some(c);
            }
            found.push(Found {
                open: p.open.pos,
                close,
                inner: trim_inner(text, p.open.pos + p.open.len, end),
                para: pi,
                chain,
            });
        }
        for p in pair_singles(&ms, &double_spans) {
            let Some(c) = p.close else { continue };
            found.push(Found {
                open: p.open.pos,
                close: c.pos + c.len,
                inner: trim_inner(text, p.open.pos + p.open.len, c.pos),
                para: pi,
                chain: None,
            });
        }
        found.sort_by_key(|f| f.open);
        found.retain(|f| !f.inner.is_empty());

        // Chain a quotation left open at the end of the previous paragraph with this one's
        // first quotation when this paragraph opens with a mark.
        if let (Some(prev), Some(first)) = (carried, found.first_mut()) {
            if first.open == para.start || first_opener(text, *para) {
                let c = out.get(prev).and_then(|f| f.chain);
                // Pieces already chained inside this paragraph join the carried chain.
                if let Some(old) = first.chain {
                    for f in found.iter_mut().filter(|f| f.chain == Some(old)) {
                        f.chain = c;
                    }
                } else {
                    first.chain = c;
                }
            }
        }
        carried = None;
        let base = out.len();
        let last_open = pairs.last().is_some_and(|p| p.close.is_none());
        out.extend(found);
        if last_open && out.len() > base {
            let next_opens = paras.get(pi + 1).is_some_and(|n| first_opener(text, *n));
            if next_opens {
                let li = out.len() - 1;
                if out[li].chain.is_none() {
                    out[li].chain = Some(chains);
                    chains += 1;
                }
                carried = Some(li);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quotes::text::paragraphs;

    fn texts(t: &str) -> Vec<String> {
        find(t, &paragraphs(t))
            .iter()
            .map(|f| t[f.inner.start..f.inner.end].to_string())
            .collect()
    }

    #[test]
    fn pairs_curly_and_straight() {
        assert_eq!(
            texts("“One two three,” he said. He said \"four five six.\""),
            ["One two three", "four five six."]
        );
    }

    #[test]
    fn unbalanced_mark_stays_in_its_paragraph() {
        let t = "He said \"oops and more words\n\n\"Later quote here,\" she said.";
        assert_eq!(texts(t), ["oops and more words", "Later quote here"]);
    }

    #[test]
    fn multi_paragraph_quotation_is_chained() {
        let t = "“First part goes on\n\n“Second part ends,” he said.";
        let f = find(t, &paragraphs(t));
        assert_eq!(f.len(), 2);
        assert!(f[0].chain.is_some());
        assert_eq!(f[0].chain, f[1].chain);
    }

    #[test]
    fn nested_single_marks_stay_inside() {
        assert_eq!(
            texts("“He called it ‘the caliphate,’ and left,” she said."),
            ["He called it ‘the caliphate,’ and left"]
        );
    }
}
