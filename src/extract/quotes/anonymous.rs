//! Unnamed sources as distinct speakers. "one official" / "an official" introduce a new one,
//! "a second official" / "the first official" pick one by number, "this official" / "the
//! official" mean the one mentioned last. Labels are stable: "official" while there is one,
//! "first official", "second official" once there are several.

use std::collections::HashMap;

use super::doc::Doc;
use super::lexicon as lx;
use super::text::is_capitalized;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Individual {
    pub head: String,
    pub slot: usize,
    /// A name the text gives this source ("spokesman Josh Earnest"), as a token range.
    pub name: Option<(usize, usize)>,
}

#[derive(Debug, Default)]
pub struct Table {
    pub individuals: Vec<Individual>,
    /// Head-noun token → individual.
    pub at: HashMap<usize, usize>,
    /// Head noun → number of slots in use.
    slots: HashMap<String, usize>,
    /// (head noun, slot) → individual: a document may name thousands ("ANA spokeswoman ...").
    index: HashMap<(String, usize), usize>,
}

/// Whether the word after a noun shows the noun is used as a noun ("the official said") and not
/// as a modifier ("an official visit", "source code").
pub fn noun_use(d: &Doc, next: usize) -> bool {
    let w = d.word(next);
    if w.is_empty() || d.quoted(next) || is_capitalized(w) {
        return true;
    }
    !(lx::is_document_noun(w)
        || lx::is_org_noun(w)
        || matches!(
            w,
            "visit"
                | "capacity"
                | "channels"
                | "duties"
                | "duty"
                | "title"
                | "account"
                | "documents"
                | "data"
                | "figures"
                | "figure"
                | "name"
                | "residence"
                | "language"
                | "results"
                | "count"
                | "tally"
                | "estimate"
                | "estimates"
                | "position"
                | "line"
                | "record"
                | "records"
                | "code"
                | "material"
                | "materials"
                | "states"
                | "countries"
                | "nations"
                | "stand"
                | "testimony"
                | "list"
                | "lists"
                | "status"
                | "trip"
                | "travel"
                | "business"
                | "role"
                | "version"
                | "sources"
                | "misconduct"
                | "corruption"
                | "positions"
                | "photo"
                | "portrait"
                | "seal"
                | "vehicle"
                | "car"
                | "candidate"
                | "candidates"
                | "voters"
                | "ballot"
                | "function"
                | "functions"
                | "event"
                | "events"
                | "meeting"
                | "meetings"
                | "announcement"
                | "confirmation"
                | "approval"
                | "rank"
                | "uniform"
                | "wages"
                | "pay"
                | "salary"
                | "dinner"
        ))
}

/// The determiner (and any ordinal) of the noun phrase headed at token `h`, looking back over at
/// most five modifiers.
pub fn determiner(d: &Doc, h: usize) -> Option<(usize, String, Option<usize>)> {
    let mut ordinal = None;
    let mut k = h;
    for _ in 0..5 {
        if k == 0 {
            return None;
        }
        k -= 1;
        let w = d.word(k);
        if w.is_empty() || d.quoted(k) || lx::is_reporting_verb(w) {
            return None;
        }
        if let Some(o) = lx::ordinal_index(w) {
            ordinal = Some(o);
        }
        if lx::is_determiner(w) && !(w.eq_ignore_ascii_case("one") && ordinal.is_some()) {
            return Some((k, w.to_lowercase(), ordinal));
        }
        if lx::is_np_stop(w) && !is_capitalized(w) {
            return None;
        }
    }
    None
}

/// A name right after the noun: "spokesman Josh Earnest", "a spokesman, Josh Earnest,".
fn bound_name(d: &Doc, h: usize) -> Option<(usize, usize)> {
    let mut a = h + 1;
    if d.punct(a) == "," {
        a += 1;
    }
    let mut b = a;
    while b < a + 5 && !d.word(b).is_empty() && is_capitalized(d.word(b)) && !d.quoted(b) {
        b += 1;
    }
    let name_like = b > a + 1
        || (b == a + 1 && lx::is_person_title(d.word(a)))
        || (b > a && super::super::names::is_first_name(d.word(a)));
    (name_like && !lx::is_capitalized_function_word(d.word(a))).then_some((a, b))
}

impl Table {
    fn slot_for(&mut self, head: &str, slot: Option<usize>) -> usize {
        let used = self.slots.entry(head.to_string()).or_insert(0);
        let slot = slot.unwrap_or(*used);
        *used = (*used).max(slot + 1);
        let next = self.individuals.len();
        let i = *self.index.entry((head.to_string(), slot)).or_insert(next);
        if i == next {
            self.individuals.push(Individual {
                head: head.to_string(),
                slot,
                name: None,
            });
        }
        i
    }

    pub fn build(d: &Doc) -> Table {
        let mut t = Table::default();
        let mut focus: HashMap<String, usize> = HashMap::new();
        for h in 0..d.toks.len() {
            let w = d.word(h);
            if w.is_empty() || d.quoted(h) || !lx::is_anonymous_noun(w) || is_capitalized(w) {
                continue;
            }
            let head = w.to_lowercase();
            let name = bound_name(d, h);
            if name.is_none() && !noun_use(d, h + 1) {
                continue;
            }
            let det = determiner(d, h);
            let ind = match (&det, name) {
                (None, None) => continue,
                (None, Some(_)) => t.slot_for(&head, None),
                (Some((_, det, ordinal)), _) => match (det.as_str(), ordinal) {
                    (_, Some(o)) => t.slot_for(&head, Some(*o)),
                    ("a" | "an" | "one" | "another", None) => t.slot_for(&head, None),
                    _ => match focus.get(&head) {
                        Some(&i) => i,
                        None => t.slot_for(&head, None),
                    },
                },
            };
            if let (Some(n), Some(x)) = (name, t.individuals.get_mut(ind)) {
                x.name.get_or_insert(n);
            }
            focus.insert(head, ind);
            t.at.insert(h, ind);
        }
        t
    }

    /// The individual whose head noun lies in tokens `[a, b)`.
    pub fn find(&self, a: usize, b: usize) -> Option<usize> {
        (a..b).find_map(|k| self.at.get(&k).copied())
    }

    pub fn label(&self, i: usize) -> String {
        let Some(x) = self.individuals.get(i) else {
            return String::new();
        };
        let n = self.slots.get(&x.head).copied().unwrap_or(1);
        if n > 1 {
            match lx::ORDINALS.get(x.slot) {
                Some(o) => format!("{o} {}", x.head),
                None => format!("{} {}", x.head, x.slot + 1),
            }
        } else {
            x.head.clone()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(t: &str) -> Vec<String> {
        let d = Doc::new(t);
        let tab = Table::build(&d);
        let mut keys: Vec<_> = tab.at.iter().collect();
        keys.sort();
        keys.into_iter().map(|(_, &i)| tab.label(i)).collect()
    }

    #[test]
    fn ordinals_and_focus() {
        let t = "One official said so. A second official said no. This official left. \
                 The first official said yes. The official agreed.";
        assert_eq!(
            labels(t),
            [
                "first official",
                "second official",
                "second official",
                "first official",
                "first official"
            ]
        );
    }

    #[test]
    fn a_single_source_is_unnumbered() {
        assert_eq!(
            labels("An official said so. The official left."),
            ["official", "official"]
        );
    }

    #[test]
    fn modifier_use_is_not_a_source() {
        assert!(labels("It was an official visit.").is_empty());
    }
}
