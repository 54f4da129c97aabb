//! Documents that speak ("the report said", "the statement read") and who wrote them: "a report
//! by X", "an X report", "X’s statement", "X said in a statement", "X released a report".

use std::collections::HashMap;

use super::anonymous::{determiner, noun_use};
use super::doc::Doc;
use super::lexicon as lx;
use super::phrase::{self, Np, NpKind};
use super::text::is_capitalized;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub head: String,
    pub author: Option<Np>,
}

#[derive(Debug, Default)]
pub struct Table {
    pub docs: Vec<Document>,
    /// Head-noun token → document.
    pub at: HashMap<usize, usize>,
}

/// "by X", "from X", "released by X" after the head at `h`.
fn author_after(d: &Doc, h: usize) -> Option<Np> {
    let mut k = h + 1;
    if matches!(
        d.word(k),
        "released" | "issued" | "published" | "prepared" | "written" | "compiled" | "produced"
    ) {
        k += 1;
    }
    if !matches!(d.word(k), "by" | "from") {
        return None;
    }
    let (_, end) = d.sentence(h);
    let np = phrase::np_after(d, k + 1, end)?;
    matches!(np.kind, NpKind::Name | NpKind::Nominal { .. }).then_some(np)
}

/// A capitalised author right before the head: "the OSAC report", "X’s statement".
fn author_before(d: &Doc, h: usize, det_at: Option<usize>) -> Option<Np> {
    let lo = det_at.map_or(h.saturating_sub(6), |k| k + 1);
    let mut a = h;
    while a > lo && !d.word(a - 1).is_empty() && is_capitalized(d.word(a - 1)) {
        a -= 1;
    }
    if a == h || lx::is_calendar_word(d.word(h - 1)) {
        return None;
    }
    let np = phrase::classify(d, a, h)?;
    (np.kind == NpKind::Name).then_some(np)
}

/// "In a statement, X said …": the subject of the clause after the comma.
fn author_after_comma(d: &Doc, det_at: usize, h: usize) -> Option<Np> {
    let prep_at = det_at.checked_sub(1)?;
    if !d.word(prep_at).eq_ignore_ascii_case("in") || d.punct(h + 1) != "," {
        return None;
    }
    // "The Trump campaign, in a statement, said …": the subject stands before the comma.
    if let Some(c) = prep_at.checked_sub(1).filter(|&c| d.punct(c) == ",") {
        let (s, _) = d.sentence(c);
        return phrase::np_before(d, s, c);
    }
    let (_, end) = d.sentence(h);
    let v = (h + 2..end.min(h + 14)).find(|&k| lx::is_reporting_verb(d.word(k)))?;
    phrase::np_before(d, h + 2, v)
}

/// "X said in a statement", "X released a report", "X said in its report".
fn author_by_verb(d: &Doc, det_at: usize) -> Option<Np> {
    let mut v = det_at.checked_sub(1)?;
    if d.word(v) == "in" {
        v = v.checked_sub(1)?;
    }
    let w = d.word(v);
    let verbish = lx::is_reporting_verb(w)
        || matches!(
            w,
            "released" | "issued" | "published" | "sent" | "posted" | "put" | "wrote" | "filed"
        );
    if !verbish {
        return None;
    }
    let (s, _) = d.sentence(v);
    phrase::np_before(d, s, v)
}

impl Table {
    pub fn build(d: &Doc) -> Table {
        let mut t = Table::default();
        let mut focus: HashMap<String, usize> = HashMap::new();
        for h in 0..d.toks.len() {
            let w = d.word(h);
            if w.is_empty() || d.quoted(h) || !lx::is_document_noun(w) || is_capitalized(w) {
                continue;
            }
            if !noun_use(d, h + 1) {
                continue;
            }
            let head = w.to_lowercase();
            let det = determiner(d, h);
            let det_at = det.as_ref().map(|x| x.0);
            let author = author_after(d, h)
                .or_else(|| author_before(d, h, det_at))
                .or_else(|| det_at.and_then(|k| author_by_verb(d, k)))
                .or_else(|| det_at.and_then(|k| author_after_comma(d, k, h)));
            let fresh = matches!(
                det.as_ref().map(|x| x.1.as_str()),
                Some("a" | "an" | "one" | "another")
            );
            let di = match focus.get(&head) {
                Some(&i) if !fresh && det.is_some() => i,
                _ if det.is_none() && author.is_none() => continue,
                _ => {
                    t.docs.push(Document {
                        head: head.clone(),
                        author: None,
                    });
                    t.docs.len() - 1
                }
            };
            if let (Some(a), Some(doc)) = (author, t.docs.get_mut(di)) {
                doc.author.get_or_insert(a);
            }
            focus.insert(head, di);
            t.at.insert(h, di);
        }
        t
    }

    pub fn find(&self, a: usize, b: usize) -> Option<usize> {
        (a..b).find_map(|k| self.at.get(&k).copied())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn author(t: &str) -> Option<String> {
        let d = Doc::new(t);
        let tab = Table::build(&d);
        let last = tab.at.iter().max_by_key(|(k, _)| **k).map(|(_, &v)| v)?;
        let np = tab.docs.get(last)?.author.clone()?;
        Some(d.span_text(np.core).to_string())
    }

    #[test]
    fn report_by_author_carries_over_to_the_report() {
        let t = "A report by the State Department noted a rise. The danger grows, according to \
                 the June 7 report. The report said more.";
        assert_eq!(author(t), Some("State Department".into()));
    }

    #[test]
    fn said_in_a_statement() {
        let t = "The Pentagon said in a statement that he died. The statement added more.";
        assert_eq!(author(t), Some("Pentagon".into()));
    }
}
