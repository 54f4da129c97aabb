//! The article as the attribution rules see it: tokens, which of them are quoted, paragraphs and
//! sentences (a quotation is one unit of its sentence, whatever full stops it holds).

use super::detect::{self, Found};
use super::lexicon;
use super::text::{self, Tok};
use crate::extract::Span;

pub struct Doc<'a> {
    pub text: &'a str,
    pub toks: Vec<Tok>,
    /// Per token: the index of the quotation it belongs to (marks included).
    pub quote_of: Vec<Option<usize>>,
    pub para_of: Vec<usize>,
    pub sent_of: Vec<usize>,
    /// Sentences as token ranges, in order.
    pub sentences: Vec<(usize, usize)>,
    pub found: Vec<Found>,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Self {
        let paras = text::paragraphs(text);
        let found = detect::find(text, &paras);
        let toks = text::tokenize(text);
        let mut quote_of = vec![None; toks.len()];
        for (qi, f) in found.iter().enumerate() {
            let a = text::tok_at(&toks, f.open);
            let b = text::tok_at(&toks, f.close);
            for q in quote_of.iter_mut().take(b).skip(a) {
                *q = Some(qi);
            }
        }
        let mut para_of = vec![0; toks.len()];
        let mut pi = 0;
        for (ti, t) in toks.iter().enumerate() {
            while pi + 1 < paras.len() && t.start >= paras[pi].end {
                pi += 1;
            }
            para_of[ti] = pi;
        }
        let mut doc = Doc {
            text,
            toks,
            quote_of,
            para_of,
            sent_of: Vec::new(),
            sentences: Vec::new(),
            found,
        };
        doc.split_sentences();
        doc
    }

    pub fn word(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) if t.word => t.text(self.text),
            _ => "",
        }
    }

    pub fn punct(&self, i: usize) -> &'a str {
        match self.toks.get(i) {
            Some(t) if !t.word => t.text(self.text),
            _ => "",
        }
    }

    pub fn quoted(&self, i: usize) -> bool {
        self.quote_of.get(i).is_some_and(|q| q.is_some())
    }

    /// Whether token `i` opens a quotation (is its opening mark).
    pub fn opens_quote(&self, i: usize) -> bool {
        match (self.toks.get(i), self.quote_of.get(i).copied().flatten()) {
            (Some(t), Some(q)) => self.found.get(q).is_some_and(|f| f.open == t.start),
            _ => false,
        }
    }

    /// Whether token `i` is the closing mark of a quotation whose words end a sentence.
    fn closes_sentence_quote(&self, i: usize) -> bool {
        let (Some(t), Some(q)) = (self.toks.get(i), self.quote_of.get(i).copied().flatten()) else {
            return false;
        };
        let Some(f) = self.found.get(q) else {
            return false;
        };
        f.close == t.end
            && self
                .text
                .get(f.inner.start..f.inner.end)
                .is_some_and(|s| s.ends_with(['.', '!', '?', '…']))
    }

    fn starts_sentence(&self, i: usize) -> bool {
        let w = self.word(i);
        if !w.is_empty() {
            return text::is_capitalized(w) || w.starts_with(|c: char| c.is_ascii_digit());
        }
        self.opens_quote(i)
    }

    fn split_sentences(&mut self) {
        let n = self.toks.len();
        let mut sent_of = vec![0; n];
        let mut sentences = Vec::new();
        let mut start = 0;
        #[allow(clippy::needless_range_loop)]
        for i in 0..n {
            let last_in_para = i + 1 == n || self.para_of[i + 1] != self.para_of[i];
            let next_starts = !last_in_para && self.starts_sentence(i + 1);
            let boundary = last_in_para
                || (next_starts && {
                    let w = self.word(i);
                    let p = self.punct(i);
                    if self.quoted(i) {
                        self.closes_sentence_quote(i)
                    } else if matches!(p, "." | "!" | "?" | "…") {
                        true
                    } else if w.ends_with('.') {
                        let initial = w.chars().count() == 2 && text::is_capitalized(w);
                        !(lexicon::is_title_abbreviation(w) || initial)
                            && lexicon::SENTENCE_STARTERS.contains(&self.word(i + 1))
                    } else {
                        false
                    }
                });
            if let Some(x) = sent_of.get_mut(i) {
                *x = sentences.len();
            }
            if boundary {
                sentences.push((start, i + 1));
                start = i + 1;
            }
        }
        self.sent_of = sent_of;
        self.sentences = sentences;
    }

    /// Token range of the sentence holding token `i`.
    pub fn sentence(&self, i: usize) -> (usize, usize) {
        self.sent_of
            .get(i)
            .and_then(|&s| self.sentences.get(s).copied())
            .unwrap_or((i, i))
    }

    /// Token range `[a, b)` of quotation `q` (its marks included).
    pub fn quote_toks(&self, q: usize) -> (usize, usize) {
        match self.found.get(q) {
            Some(f) => (
                text::tok_at(&self.toks, f.open),
                text::tok_at(&self.toks, f.close),
            ),
            None => (0, 0),
        }
    }

    pub fn span_text(&self, s: Span) -> &'a str {
        self.text.get(s.start..s.end).unwrap_or("")
    }

    pub fn toks_span(&self, a: usize, b: usize) -> Span {
        match (
            self.toks.get(a),
            b.checked_sub(1).and_then(|j| self.toks.get(j)),
        ) {
            (Some(x), Some(y)) if b > a => Span::new(x.start, y.end),
            _ => Span::new(0, 0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quotation_is_one_unit_of_its_sentence() {
        let d = Doc::new("“It is hard. It is long,” he said. Then he left.");
        assert_eq!(d.sentences.len(), 2);
    }

    #[test]
    fn titles_do_not_end_sentences() {
        let d = Doc::new("Army Gen. Curtis Scaparrotti spoke in the U.S. Army base. He left.");
        assert_eq!(d.sentences.len(), 2);
    }
}
