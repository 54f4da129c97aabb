//! Direct quotations and their speakers.
//!
//! `detect` finds the quoted passages (marks paired per paragraph), `cues` finds the reporting
//! clause of each, `resolve` turns the clause's speaker phrase into a speaker. What a quotation
//! without a cue of its own inherits is decided here: the other part of a quotation split by its
//! cue, the other paragraphs of a quotation that runs over several, and a paragraph of pure
//! quotation that continues the previous speaker.

mod anonymous;
mod cues;
mod detect;
mod doc;
mod documents;
pub(crate) mod lexicon;
mod marks;
mod phrase;
mod resolve;
mod text;

use super::{Entity, Quote, Span, Speaker};
use cues::{Cue, Position};
use doc::Doc;
use phrase::Np;
use resolve::{RefKind, Resolver};

#[derive(Clone)]
struct Attribution {
    speaker: Speaker,
    cue: Option<String>,
    cue_span: Option<Span>,
}

const SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "of", "and", "or", "in", "on", "for", "to", "at", "by", "with", "from", "vs.",
];

/// A title ("The Art of the Deal") rather than speech: every word capitalised but small words,
/// no sentence punctuation.
fn title_like(s: &str) -> bool {
    // A show or book title before a full stop: "on Fox News’ “The O’Reilly Factor.”"
    let s = s.strip_suffix('.').unwrap_or(s);
    !s.ends_with(['.', '!', '?', ',', ':', ';', '…', '—'])
        && s.split_whitespace().all(|w| {
            !w.starts_with(char::is_alphabetic)
                || text::is_capitalized(w)
                || SMALL_WORDS.contains(&w)
        })
}

/// Whether cue `c` touches quotation `q` with nothing but punctuation between.
fn adjacent(d: &Doc, q: usize, c: &Cue) -> bool {
    let Some(f) = d.found.get(q) else {
        return false;
    };
    let (lo, hi) = match c.position {
        Position::After => (f.close, c.span.start),
        Position::Before => (c.span.end, f.open),
        _ => return false,
    };
    // Before a quotation the cue is set off by a colon or comma ("X said: “No.”"); "he wrote
    // “The Art of the Deal”" names a title.
    lo <= hi
        && d.text.get(lo..hi).is_some_and(|s| {
            s.chars().all(|ch| !ch.is_alphanumeric())
                && (c.position == Position::After || s.contains([':', ',']))
        })
}

/// Scare quotes and titles of one or two words are not quotations; a short quotation is kept
/// when it is a whole utterance set off by its cue ("“No,” he said.").
fn keep(d: &Doc, q: usize, cue: Option<&Cue>) -> bool {
    let Some(f) = d.found.get(q) else {
        return false;
    };
    let inner = d.span_text(f.inner);
    let words = inner.split_whitespace().count();
    if words == 0 {
        return false;
    }
    if words <= 2 {
        let raw = d.text.get(f.inner.start..f.close).unwrap_or("");
        let punctuated = raw.contains([',', '.', '!', '?']);
        return punctuated && cue.is_some_and(|c| adjacent(d, q, c));
    }
    !title_like(inner) || cue.is_some_and(|c| adjacent(d, q, c))
}

/// Whether only the rest of quotation `p`'s sentence (its cue) stands between `p` and `q`.
fn split_by_cue(d: &Doc, p: usize, q: usize) -> bool {
    let (Some(fp), Some(fq)) = (d.found.get(p), d.found.get(q)) else {
        return false;
    };
    if fp.para != fq.para {
        return false;
    }
    let (_, pc) = d.quote_toks(p);
    let (qo, _) = d.quote_toks(q);
    let Some(last) = pc.checked_sub(1) else {
        return false;
    };
    let sent = d.sent_of.get(last).copied();
    (pc..qo).all(|k| !d.toks[k].word || d.sent_of.get(k).copied() == sent)
}

/// A paragraph with no words outside its quotations.
fn pure_paragraph(d: &Doc, q: usize) -> bool {
    let Some(f) = d.found.get(q) else {
        return false;
    };
    let para = f.para;
    let first = d.found.iter().position(|g| g.para == para) == Some(q);
    first
        && d.toks
            .iter()
            .enumerate()
            .filter(|(k, _)| d.para_of[*k] == para)
            .all(|(k, t)| !t.word || d.quoted(k))
}

fn attribute(r: &mut Resolver, d: &Doc, cue: &Cue) -> Option<Attribution> {
    attribute_by(r, d, cue, Resolver::resolve)
}

/// `attribute`, with the speaker found by `who` from the cue's phrase.
fn attribute_by<'a>(
    r: &mut Resolver<'a>,
    d: &Doc,
    cue: &Cue,
    who: impl Fn(&Resolver<'a>, &Np) -> Option<(Speaker, RefKind)>,
) -> Option<Attribution> {
    let (speaker, kind) = who(r, &cue.np)?;
    r.note(&cue.np, &speaker, kind);
    Some(Attribution {
        speaker,
        cue: Some(d.span_text(cue.span).to_string()),
        cue_span: Some(cue.np.full),
    })
}

/// Every direct quotation in `text`, in order, attributed against `entities` where possible.
pub fn find_quotes(text: &str, entities: &[Entity]) -> Vec<Quote> {
    let d = Doc::new(text);
    let mut r = Resolver::new(&d, entities);
    let n = d.found.len();
    let own: Vec<Option<Cue>> = (0..n).map(|q| cues::own(&d, q)).collect();
    let kept: Vec<bool> = (0..n).map(|q| keep(&d, q, own[q].as_ref())).collect();
    let mut attr: Vec<Option<Attribution>> = vec![None; n];

    for q in 0..n {
        if !kept[q] {
            continue;
        }
        let chain = d.found[q].chain;
        let chain_cue = || {
            chain.and_then(|c| {
                (0..n)
                    .filter(|&k| k != q && d.found[k].chain == Some(c))
                    .find_map(|k| own[k].clone())
            })
        };
        let passable = |p: usize| !kept[p];
        let own_cue = own[q]
            .clone()
            .or_else(|| cues::before_past(&d, q, &passable));
        if let Some(c) = own_cue.or_else(chain_cue) {
            attr[q] = attribute(&mut r, &d, &c);
            if attr[q].is_some() {
                continue;
            }
        }
        if let Some((a, v)) = cues::participle(&d, q, &passable) {
            // "She disputed the report, calling them “…”": a pronoun opening the sentence is
            // its subject.
            let pronoun = || {
                let np = phrase::classify(&d, a, a + 1)
                    .filter(|np| matches!(np.kind, phrase::NpKind::Pronoun(_)))?;
                r.resolve(&np)
            };
            if let Some((speaker, _)) = r.subject(a, v).or_else(pronoun) {
                attr[q] = Some(Attribution {
                    speaker,
                    cue: Some(d.span_text(d.toks_span(v, v + 1)).to_string()),
                    cue_span: None,
                });
                continue;
            }
        }
        let prev = (0..q).rev().find(|&p| kept[p]);
        if let Some(p) = prev {
            if split_by_cue(&d, p, q) && attr[p].is_some() {
                attr[q] = attr[p].clone();
                continue;
            }
        }
        if let Some(c) = cues::next_sentence(&d, q).or_else(|| cues::previous_sentence(&d, q)) {
            attr[q] = attribute(&mut r, &d, &c);
            if attr[q].is_some() {
                continue;
            }
        }
        if let Some(c) = cues::introduced(&d, q) {
            attr[q] = attribute_by(&mut r, &d, &c, Resolver::person);
            if attr[q].is_some() {
                continue;
            }
        }
        if pure_paragraph(&d, q) {
            attr[q] = continued(&mut r, &d, q, &kept, &attr);
        }
    }

    (0..n)
        .filter(|&q| kept[q])
        .map(|q| {
            let f = &d.found[q];
            let a = attr[q].clone();
            Quote {
                start: f.inner.start,
                end: f.inner.end,
                text: d.span_text(f.inner).to_string(),
                speaker: a.as_ref().map(|a| a.speaker.clone()),
                cue: a.as_ref().and_then(|a| a.cue.clone()),
                cue_span: a.and_then(|a| a.cue_span),
            }
        })
        .collect()
}

/// The speaker a paragraph of pure quotation continues: the last speech in the paragraph just
/// before it, a quotation with a speaker or a reporting clause, whichever comes later.
fn continued(
    r: &mut Resolver,
    d: &Doc,
    q: usize,
    kept: &[bool],
    attr: &[Option<Attribution>],
) -> Option<Attribution> {
    let para = d.found.get(q)?.para;
    let prev_para = para.checked_sub(1)?;
    let last_quote = (0..q)
        .rev()
        .take_while(|&p| d.found[p].para >= prev_para)
        .find(|&p| kept[p] && d.found[p].para == prev_para && attr[p].is_some());
    let (o, _) = d.quote_toks(q);
    let last_tok = o.checked_sub(1)?;
    if d.para_of.get(last_tok) != Some(&prev_para) {
        return None;
    }
    let (ls, le) = d.sentence(last_tok);
    let clause_after_quote = last_quote.is_none_or(|p| d.quote_toks(p).1 <= ls);
    if clause_after_quote && !(ls..le).any(|k| d.quoted(k)) {
        if let Some(c) = cues::clause(d, ls, le) {
            if let Some(a) = attribute(r, d, &c) {
                return Some(a);
            }
        }
    }
    last_quote.and_then(|p| attr[p].clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(t: &str) -> (String, Option<String>) {
        let qs = find_quotes(t, &[]);
        assert_eq!(qs.len(), 1, "{qs:?}");
        (qs[0].text.clone(), qs[0].speaker.clone().map(|s| s.name))
    }

    #[test]
    fn finds_a_quote() {
        assert_eq!(
            one("“We will act now,” said John Smith."),
            ("We will act now".into(), Some("John Smith".into()))
        );
    }

    #[test]
    fn scare_quotes_are_not_quotes() {
        assert!(find_quotes("He called it a “witch hunt” and left.", &[]).is_empty());
    }

    #[test]
    fn short_utterance_with_cue_is_a_quote() {
        assert_eq!(
            one("“Absolutely not,” she said."),
            ("Absolutely not".into(), None)
        );
    }

    #[test]
    fn titles_are_not_quotes() {
        assert!(find_quotes("He wrote “The Art of the Deal” in 1987.", &[]).is_empty());
    }
}
