//! Attribution cues in every position: after a quotation ("…,” X said / said X), before it
//! ("X said: “…”", "X said in a statement. “…”", "According to X, “…”") and at the end of the
//! paragraph before a quotation that opens its own paragraph ("X said:").

use super::doc::Doc;
use super::lexicon as lx;
use super::phrase::{self, Np, NpKind};
use super::text::is_capitalized;
use crate::extract::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Position {
    After,
    Before,
    /// In the sentence before, within the same paragraph.
    PreviousSentence,
    /// At the end of the previous paragraph ("X said:").
    PreviousParagraph,
    /// The sentence after a quotation that is a whole sentence ("That was the verdict of X").
    NextSentence,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    pub np: Np,
    /// The cue as written: speaker phrase and verb.
    pub span: Span,
    pub position: Position,
}

fn cue_span(d: &Doc, np: &Np, verb: (usize, usize)) -> Span {
    let v = d.toks_span(verb.0, verb.1);
    Span::new(np.full.start.min(v.start), np.full.end.max(v.end))
}

/// "according to X" starting at token `i`.
fn according(d: &Doc, i: usize, hi: usize) -> Option<Cue> {
    if !d.word(i).eq_ignore_ascii_case("according") || d.word(i + 1) != "to" {
        return None;
    }
    let np = phrase::np_after(d, i + 2, hi)?;
    let span = cue_span(d, &np, (i, i + 2));
    Some(Cue {
        np,
        span,
        position: Position::After,
    })
}

fn plausible(np: &Np) -> bool {
    match &np.kind {
        NpKind::Pronoun(p) => p != "i" && p != "you",
        _ => true,
    }
}

/// The cue right after quotation `q`, within its sentence.
pub fn after(d: &Doc, q: usize) -> Option<Cue> {
    let (_, c) = d.quote_toks(q);
    if c == 0 || c >= d.toks.len() || d.para_of[c] != d.para_of[c - 1] {
        return None;
    }
    let (s_start, mut hi) = d.sentence(c - 1);
    let mut i = c;
    if hi <= c {
        // The quotation ended its sentence ("…” Smith said."): accept a next sentence that is
        // nothing but the cue.
        let (ns, ne) = d.sentence(c);
        if ns != c || d.para_of[ns] != d.para_of[c - 1] {
            return None;
        }
        let cue = after_in(d, ns, ne)?;
        let rest = told_whom(d, cue.np.toks.1.max(span_end_tok(d, &cue)), ne);
        let tail = (rest..ne)
            .filter(|&k| !d.toks[k].word || !lx::is_adverb(d.word(k)))
            .count();
        // Or a short phrase of when or where that ends the sentence: "Trump tweeted before
        // Election Day." (not "Sen. Patty Murray said in a statement that she …").
        // A longer one only without a clause of its own: "Ciobanu told reporters after the
        // signing ceremony at the Romanian Ministry of Energy."
        let clause = |k: usize| matches!(d.word(k), "that" | "which" | "who") || d.punct(k) == ",";
        let when = (tail <= 4 || tail <= 12 && !(rest..ne).any(clause))
            && !(rest..ne).any(|k| d.word(k) == "that")
            && (matches!(
                d.word(rest),
                "on" | "in" | "at" | "before" | "after" | "during" | "last" | "this" | "earlier"
            ) || lx::is_calendar_word(d.word(rest)));
        return ((tail <= 1 || when) && matches!(cue.np.kind, NpKind::Name | NpKind::Pronoun(_)))
            .then_some(cue);
    }
    let _ = s_start;
    if let Some(n) = (c..hi).find(|&k| d.opens_quote(k)) {
        hi = n;
    }
    while i < hi && matches!(d.punct(i), "," | "—" | "–" | "-" | "(" | "…" | ";") {
        i += 1;
    }
    after_in(d, i, hi)
}

/// After "told" at `rest - 1`, past whom the speaker told: "told reporters", "told the BBC",
/// "told The Associated Press". Elsewhere `rest` itself.
fn told_whom(d: &Doc, rest: usize, hi: usize) -> usize {
    if rest == 0 || !matches!(d.word(rest - 1), "told" | "tells") {
        return rest;
    }
    let mut k = rest;
    if matches!(d.word(k), "the" | "The") {
        k += 1;
    }
    if matches!(
        d.word(k),
        "reporters" | "journalists" | "him" | "her" | "them" | "us" | "me"
    ) {
        return k + 1;
    }
    let names = (k..hi).take_while(|&j| is_capitalized(d.word(j))).count();
    if names > 0 {
        k + names
    } else {
        rest
    }
}

fn span_end_tok(d: &Doc, cue: &Cue) -> usize {
    super::text::tok_at(&d.toks, cue.span.end)
}

fn after_in(d: &Doc, i: usize, hi: usize) -> Option<Cue> {
    if i >= hi {
        return None;
    }
    if let Some(c) = according(d, i, hi) {
        return Some(c);
    }
    let w = d.word(i);
    if lx::is_reporting_verb(w) {
        let mut j = i + 1;
        // "said Tuesday", "added later": skip adverbials between verb and speaker.
        while j < hi && (lx::is_calendar_word(d.word(j)) || d.word(j) == "later") {
            j += 1;
        }
        let np = phrase::np_after(d, j, hi).filter(plausible)?;
        let span = cue_span(d, &np, (i, i + 1));
        return Some(Cue {
            np,
            span,
            position: Position::After,
        });
    }
    let lim = hi.min(i + 16);
    let v = (i..lim)
        .find(|&k| (lx::is_reporting_verb(d.word(k)) && !noun_like(d, k)) || d.punct(k) == ";")?;
    if d.punct(v) == ";" {
        return None;
    }
    let np = phrase::np_before(d, i, v).filter(plausible)?;
    if relative_subject(d, np.toks.0) {
        return None;
    }
    // The phrase must start the cue; a role before a name ("Trump spokeswoman Hope Hicks
    // said") may stand between. So may a few words and a comma before a name: a role the
    // name is in apposition to ("the government’s chief negotiator, Verónica Mosquera Arango,
    // told reporters") or the end of a sentence the quotation opens ("“…” impeachment, Trump
    // said").
    let words = |a: usize, b: usize| {
        (a..b).all(|k| d.toks[k].word || matches!(d.punct(k), "’s" | "'s" | "’" | "'"))
    };
    // "Hellenic Fire Service spokesman Col. Yiannis Kostakis told": a longer role, which a
    // role's noun ends and no new clause opens (not "while Nationals WA leader Shane Love").
    let role = np.toks.0 <= i + 6
        && np.toks.0 > i
        && !matches!(
            d.word(i),
            "while" | "and" | "but" | "as" | "when" | "after" | "before" | "because" | "if"
        )
        && words(i, np.toks.0)
        && {
            let w = d.word(np.toks.0 - 1);
            !is_capitalized(w) && (lx::is_anonymous_noun(w) || lx::is_role_noun(w))
        };
    let apposed = np.kind == NpKind::Name
        && np.toks.0 > i + 1
        && np.toks.0 <= i + 9
        && d.punct(np.toks.0 - 1) == ","
        && words(i, np.toks.0 - 1);
    if np.toks.0 < i || (np.toks.0 > i + 3 || !words(i, np.toks.0)) && !apposed && !role {
        return None;
    }
    let span = cue_span(d, &np, (v, v + 1));
    Some(Cue {
        np,
        span,
        position: Position::After,
    })
}

/// The phrase at token `a` is the subject of a clause that "which" opens right after a
/// quotation ("…,” which the court has long read"). Elsewhere the clause's subject speaks:
/// "an email in which she described the transfers as “…”", "a jail in Mumbai, which she
/// described as “…”".
fn relative_subject(d: &Doc, a: usize) -> bool {
    let Some(w) = phrase::before_article(d, a) else {
        return false;
    };
    let Some(mut p) = w.checked_sub(1) else {
        return false;
    };
    if d.punct(p) == "," {
        let Some(q) = p.checked_sub(1) else {
            return false;
        };
        p = q;
    }
    d.word(w) == "which" && d.quoted(p)
}

/// A verb form used as a noun: "the British leader's remarks", "his comments".
fn noun_like(d: &Doc, v: usize) -> bool {
    let Some(p) = v.checked_sub(1) else {
        return false;
    };
    let w = d.word(p);
    w.ends_with("'s")
        || w.ends_with("’s")
        || w.ends_with("s'")
        || w.ends_with("s’")
        || matches!(
            w.to_lowercase().as_str(),
            "the"
                | "a"
                | "an"
                | "his"
                | "her"
                | "their"
                | "its"
                | "our"
                | "my"
                | "your"
                | "these"
                | "those"
                | "this"
                | "that"
                | "such"
                | "whose"
        )
}

/// The last reporting clause in tokens `[lo, hi)`: "X said", "X told reporters", "According to
/// X", "X called it".
fn clause_in(d: &Doc, lo: usize, hi: usize, naming: bool) -> Option<(Np, Span)> {
    for v in (lo..hi).rev() {
        if d.quoted(v) {
            continue;
        }
        if let Some(c) = according(d, v, hi) {
            return Some((c.np, c.span));
        }
        let w = d.word(v);
        let reporting = lx::is_reporting_verb(w);
        // "utilities in his state were being asked to build …": a passive has no speaker.
        let passive = v > lo
            && matches!(
                d.word(v - 1),
                "being" | "been" | "was" | "were" | "is" | "are" | "be"
            );
        if (reporting || (naming && lx::is_naming_verb(w))) && !noun_like(d, v) && !passive {
            // "she described it as “…” and accused him of “…”": a naming verb after "and"
            // shares the subject of the verb before it.
            if !reporting && v > lo && matches!(d.word(v - 1), "and" | "but") {
                continue;
            }
            // "…, who said", "…, saying": the subject is further back; keep looking.
            if let Some(np) = phrase::np_before(d, lo, v).filter(plausible) {
                // "China's ambassador to Britain accused …": a name after a preposition is
                // not who names or accuses.
                if !reporting && np.kind == NpKind::Name && phrase::after_preposition(d, np.toks.0)
                {
                    continue;
                }
                // "“…,” which the court has long read": a relative clause about words quoted
                // before, not the quotation's speaker.
                if relative_subject(d, np.toks.0) {
                    continue;
                }
                let span = cue_span(d, &np, (v, v + 1));
                return Some((np, span));
            }
        }
    }
    None
}

/// The cue before quotation `q`, in its own sentence.
pub fn before(d: &Doc, q: usize) -> Option<Cue> {
    before_past(d, q, &|_| false)
}

/// Where the clause before quotation `q` starts: the sentence start, or just after the previous
/// quotation in the sentence unless `passable` says that one is not a quotation (a title).
fn clause_start(d: &Doc, q: usize, o: usize, passable: &dyn Fn(usize) -> bool) -> usize {
    let (lo, _) = d.sentence(o);
    (lo..o)
        .rev()
        .find(|&k| d.quote_of[k].is_some_and(|p| p != q && !passable(p)))
        .map_or(lo, |p| p + 1)
}

/// `before`, reading past the quotations `passable` marks as titles or scare quotes.
pub fn before_past(d: &Doc, q: usize, passable: &dyn Fn(usize) -> bool) -> Option<Cue> {
    let (o, _) = d.quote_toks(q);
    let f = d.found.get(q)?;
    if d.toks.get(o).is_none_or(|t| t.start != f.open) {
        return None;
    }
    let lo = clause_start(d, q, o, passable);
    if lo >= o {
        return None;
    }
    let (np, span) = clause_in(d, lo, o, true)?;
    Some(Cue {
        np,
        span,
        position: Position::Before,
    })
}

/// A reporting clause in the sentence before quotation `q` within its paragraph, when the
/// quotation starts its sentence and that sentence holds no quotation of its own.
pub fn previous_sentence(d: &Doc, q: usize) -> Option<Cue> {
    let (o, _) = d.quote_toks(q);
    let (s, _) = d.sentence(o);
    if s != o || s == 0 || o >= d.toks.len() || d.para_of[s - 1] != d.para_of[o] {
        return None;
    }
    plain_sentence_cue(d, s - 1, Position::PreviousSentence)
}

/// A quotation that is a whole sentence, whose speaker the next sentence names: "“…” That was
/// the verdict of Guadalupe Ovando", "The warning came from Renate Vögeli", "So said Femke de
/// Groot", "That was Representative Coleman Ashby", or opens by introducing someone with an
/// age ("Sue Pritchard, 50, was among …"). Only a name: "That was the view of many residents"
/// names no one.
pub fn next_sentence(d: &Doc, q: usize) -> Option<Cue> {
    let (o, c) = d.quote_toks(q);
    if c == 0 || c >= d.toks.len() || d.sentence(o).0 != o || d.sentence(c - 1).1 > c {
        return None;
    }
    let (ns, ne) = d.sentence(c);
    if ns != c || d.para_of[ns] != d.para_of[c - 1] {
        return None;
    }
    let opens = |w: &str| d.word(ns).eq_ignore_ascii_case(w);
    let at = if opens("so") && d.word(ns + 1) == "said" {
        ns + 2
    } else if ["that", "this", "such", "those", "these", "the"]
        .iter()
        .any(|w| opens(w))
    {
        // "That was", "The words were those of", "The assessment came from", "That memory
        // belongs to".
        let v = (ns + 1..(ns + 4).min(ne)).find(|&k| {
            matches!(
                d.word(k),
                "was" | "were" | "is" | "came" | "belongs" | "belonged"
            )
        })?;
        // "to" only after "belongs": "The letter was sent to Jane Doe" names whom it reached.
        let belongs = matches!(d.word(v), "belongs" | "belonged");
        let source =
            |k: usize| matches!(d.word(k), "of" | "from") || (belongs && d.word(k) == "to");
        match (v + 1..(v + 7).min(ne)).find(|&k| source(k)) {
            Some(k) => k + 1,
            None => v + 1,
        }
    } else {
        // "“…” Sue Pritchard, 50, was among the supporters": a person introduced with an age
        // opens the next sentence.
        let np = phrase::np_after(d, ns, ne).filter(|np| np.kind == NpKind::Name)?;
        let e = np.toks.1;
        let age =
            d.toks.get(e + 1).map(|t| t.text(d.text)).is_some_and(|w| {
                (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
            });
        if !(d.punct(e) == "," && age && d.punct(e + 2) == ",") {
            return None;
        }
        let span = np.full;
        return Some(Cue {
            np,
            span,
            position: Position::NextSentence,
        });
    };
    if (ns..at).any(|k| d.quoted(k)) {
        return None;
    }
    let np = phrase::np_after(d, at, ne).filter(|np| np.kind == NpKind::Name)?;
    let span = cue_span(d, &np, (ns, at));
    Some(Cue {
        np,
        span,
        position: Position::NextSentence,
    })
}

/// A quotation that is a whole sentence with no cue, after a sentence of its paragraph that
/// opens with someone's name: "Eleanor Thwaite, a retired nurse, had taken two buses to sit
/// in the gallery. “I’ve paid council tax …”". The nearest such sentence, three back at most,
/// none of them quoting.
pub fn introduced(d: &Doc, q: usize) -> Option<Cue> {
    let (o, _) = d.quote_toks(q);
    if o >= d.toks.len() || d.sentence(o).0 != o {
        return None;
    }
    let para = d.para_of[o];
    let mut k = o;
    for _ in 0..3 {
        if k == 0 || d.para_of[k - 1] != para {
            return None;
        }
        let (ps, pe) = d.sentence(k - 1);
        if (ps..pe).any(|j| d.quoted(j)) {
            return None;
        }
        // The name opens the sentence; a phrase of place or time does not ("In South Uist",
        // "Outside the Civic Hall"), though a surname that is also a pronoun may ("He
        // Jianxiong").
        let opener = d.word(ps);
        let np = phrase::np_after(d, ps, pe)
            .filter(|np| np.kind == NpKind::Name && np.toks.0 == ps)
            .filter(|_| !lx::is_capitalized_function_word(opener) || lx::is_pronoun(opener));
        if let Some(np) = np {
            let span = np.core;
            return Some(Cue {
                np,
                span,
                position: Position::PreviousSentence,
            });
        }
        k = ps;
    }
    None
}

/// "X said:" ending the paragraph before a quotation that opens its own paragraph.
pub fn previous_paragraph(d: &Doc, q: usize) -> Option<Cue> {
    let (o, _) = d.quote_toks(q);
    if o == 0 || o >= d.toks.len() || d.para_of[o - 1] == d.para_of[o] || d.punct(o - 1) != ":" {
        return None;
    }
    plain_sentence_cue(d, o - 1, Position::PreviousParagraph)
}

/// The reporting clause of the sentence holding token `k`, when that sentence quotes nothing.
fn plain_sentence_cue(d: &Doc, k: usize, position: Position) -> Option<Cue> {
    let (ps, pe) = d.sentence(k);
    if (ps..pe).any(|k| d.quoted(k)) {
        return None;
    }
    let (np, span) = clause_in(d, ps, pe, false)?;
    Some(Cue { np, span, position })
}

/// A reporting clause anywhere in tokens `[lo, hi)` (a paragraph's closing sentence).
pub fn clause(d: &Doc, lo: usize, hi: usize) -> Option<Cue> {
    let (np, span) = clause_in(d, lo, hi, false)?;
    Some(Cue {
        np,
        span,
        position: Position::PreviousParagraph,
    })
}

/// A participle of speech before the quotation in its sentence ("…, calling her plan “a
/// disaster”"): the speaker is the subject of the sentence. Returns the sentence start and the
/// participle's token.
pub fn participle(d: &Doc, q: usize, passable: &dyn Fn(usize) -> bool) -> Option<(usize, usize)> {
    let (o, _) = d.quote_toks(q);
    let (start, _) = d.sentence(o);
    let lo = clause_start(d, q, o, passable);
    // "…, with Fitzhugh calling the process “…”": the name before the participle speaks.
    let with_name = |k: usize| {
        // "with Saudi Foreign Minister Prince Faisal bin Farhan telling": titles and
        // particles too.
        let a = (k.saturating_sub(8)..k)
            .rev()
            .take_while(|&i| is_capitalized(d.word(i)) || lx::is_name_particle(d.word(i)))
            .last()?;
        (a > lo && d.word(a - 1) == "with").then_some(a)
    };
    // A participle, or a verb sharing the sentence's subject ("… but says it “has grown”").
    let v = (lo..o).rev().find(|&k| {
        // A participle set off from its clause ("…, calling it"), not one modifying the noun
        // before it ("the leader's remarks suggesting …").
        let w = d.word(k);
        let before = k.checked_sub(1).map_or("", |p| d.toks[p].text(d.text));
        (lx::is_participle(w)
            && matches!(
                before,
                "," | "—" | "–" | "while" | "when" | "after" | "before" | "by" | "in"
            ))
            || ((lx::is_reporting_verb(w) || lx::is_naming_verb(w))
                && matches!(before, "and" | "but"))
            || (lx::is_participle(w) && with_name(k).is_some())
    })?;
    if let Some(a) = with_name(v) {
        return Some((a, v));
    }
    (v > start).then_some((start, v))
}

/// The quotation's own cue, strongest position first.
pub fn own(d: &Doc, q: usize) -> Option<Cue> {
    after(d, q)
        .or_else(|| before(d, q))
        .or_else(|| previous_paragraph(d, q))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cue_text(t: &str) -> Option<String> {
        let d = Doc::new(t);
        own(&d, 0).map(|c| d.span_text(c.span).to_string())
    }

    #[test]
    fn cue_after_both_orders() {
        assert_eq!(
            cue_text("“We are ready to go,” the first official said."),
            Some("the first official said".into())
        );
        assert_eq!(
            cue_text("“We are ready to go,” said one official who noted more."),
            Some("said one official".into())
        );
    }

    #[test]
    fn cue_before_with_colon() {
        assert_eq!(
            cue_text("Smith told reporters: “We are ready to go.”"),
            Some("Smith told".into())
        );
    }

    #[test]
    fn according_to() {
        assert_eq!(
            cue_text("“Things are bad out there,” according to the report."),
            Some("according to the report".into())
        );
    }
}
