//! Conditions named for people: "Parkinson's disease", "Hodgkin's lymphoma", "Tourette's
//! syndrome". The name in them is no one the article is about, and the tagger, which knows it
//! as a name, marks it wherever the condition is written, also alone later ("patients with
//! Parkinson's").

use super::entities::{Mention, Tagged};
use super::gazetteer as gz;
use super::merge::FastSet;

/// Nouns a person's possessive names a condition with, written lowercase.
fn is_condition(w: &str) -> bool {
    matches!(
        w,
        "disease" | "diseases" | "syndrome" | "disorder" | "palsy" | "lymphoma" | "sarcoma"
    )
}

/// Drops the names of conditions: a name before a possessive and a condition's noun, and
/// the same one-word name before a possessive elsewhere in the text.
pub fn conditions(t: &Tagged, ms: &mut Vec<Mention>) {
    // A listed place's or body's disease is its own: "Inner Mongolia's disease prevention
    // centre", "the WHO's disease surveillance".
    let named = |m: &Mention| {
        let e = m.toks.end;
        t.is_possessive(e)
            && is_condition(t.tok(e + 1))
            && !gz::is_listed_place(&t.lowers(&m.toks))
            && !gz::is_listed_org(&t.lowers(&m.toks))
    };
    let words: FastSet<u64> = ms
        .iter()
        .filter(|m| named(m))
        .map(|m| t.info[m.toks.end - 1].lower)
        .collect();
    if words.is_empty() {
        return;
    }
    ms.retain(|m| {
        let e = m.toks.end;
        let alone = m.toks.len() == 1 && t.is_possessive(e) && words.contains(&t.info[e - 1].lower);
        !(named(m) || alone)
    });
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::rows;
    use crate::extract::Kind::{Person as P, Place as L};

    #[test]
    fn a_condition_named_for_a_person_names_no_one() {
        let got = rows(
            "Patients with Parkinson's disease joined the trial in Basel. Parkinson's affects \
             millions, said Anna Keller.",
            &[("Parkinson", L), ("Basel", L), ("Anna Keller", P)],
        );
        assert_eq!(got, vec![("Basel".into(), L), ("Anna Keller".into(), P)]);
    }

    #[test]
    fn a_persons_possessive_before_other_nouns_stays_a_name() {
        let got = rows(
            "Hodgkin's lymphoma was diagnosed. Parkinson's office said Parkinson's plan stood. \
             Inner Mongolia's disease control centre agreed.",
            &[("Hodgkin", P), ("Parkinson", P), ("Inner Mongolia", L)],
        );
        assert_eq!(
            got,
            vec![("Parkinson".into(), P), ("Inner Mongolia".into(), L)]
        );
    }
}
