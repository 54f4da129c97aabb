//! Places named the way French, Spanish, Portuguese, Italian and Romanian name them: the
//! street's, square's or feature's word first ("Avenue Gaston Monnerville", "Îles du Salut",
//! "Valle de la Luna", "Strada Mihai Eminescu"). The tagger reads the words after it as a
//! person, or misses them; the opening word says what the whole is.

use super::context::{cap_word, ends_org_name, replace_overlapped};
use super::entities::{mention_spans, reaches_outside, Mention, Tagged};
use super::features::SENT_START;
use super::gazetteer::{self as gz};
use super::hashing::hash_lower;
use super::Kind;
use std::sync::OnceLock;

/// Words that open a place's name in the languages that put them first, lowered as
/// `gz::in_list` asks. ("Casa" opens shelters' and charities' names as often as buildings'.)
pub(super) const OPENING: &[&str] = &[
    "avenida",
    "avenue",
    "boulevard",
    "bulevardul",
    "calea",
    "calle",
    "cerro",
    "corso",
    "estadio",
    "estádio",
    "gare",
    "laguna",
    "paseo",
    "piazza",
    "piața",
    "plaza",
    "praça",
    "quai",
    "rua",
    "rue",
    "salar",
    "stade",
    "strada",
    "viale",
];

/// Features' words that open a place's name only before a particle: "Valle de la Luna", "Îles
/// du Salut", "Via della Conciliazione", but "Valle Sereno Farms", "Isla Fisher", "Via
/// Twitter".
const BEFORE_PARTICLE: &[&str] = &[
    "ilha", "ilhas", "isla", "islas", "isola", "valle", "via", "Île", "Îles",
];

/// The opening words' lowercase hashes, sorted.
fn opening_hashes() -> &'static [u64] {
    static HASHES: OnceLock<Vec<u64>> = OnceLock::new();
    HASHES.get_or_init(|| {
        let mut v: Vec<u64> = OPENING
            .iter()
            .chain(BEFORE_PARTICLE)
            .map(|w| hash_lower(w))
            .collect();
        v.sort_unstable();
        v
    })
}

/// Lowercase words that join a place's name in those languages: "de la", "du", "dos".
fn is_particle(w: &str) -> bool {
    matches!(
        w,
        "de" | "del"
            | "della"
            | "des"
            | "di"
            | "do"
            | "dos"
            | "da"
            | "das"
            | "du"
            | "la"
            | "las"
            | "los"
            | "le"
    )
}

/// An opening word, then capitalised words and the particles between them, is one place.
/// Not where a capitalised word comes before the opening one ("Park Avenue", "Sunset
/// Boulevard" put it last, the English way), nor over an organization's word ("Plaza
/// Bank").
pub fn feature_first_places(t: &Tagged, ms: &mut Vec<Mention>) {
    let mut found = Vec::new();
    let mut at = None;
    for &i in &t.caps {
        // Asked of every capitalised word: the word's hash settles nearly all of them.
        if opening_hashes().binary_search(&t.info[i].lower).is_err() {
            continue;
        }
        let w = t.tok(i);
        let particle_first = gz::in_list(BEFORE_PARTICLE, w);
        if !(particle_first || gz::in_list(OPENING, w))
            || (i > 0 && cap_word(t, i - 1) && !opens_sentence_before_place(t, i - 1))
            || (particle_first
                && !t
                    .tokens
                    .get(i + 1)
                    .is_some_and(|x| !x.line_start && is_particle(t.tok(i + 1))))
        {
            continue;
        }
        let mut e = i + 1;
        loop {
            let mut p = e;
            while p < e + 2
                && t.tokens.get(p).is_some_and(|x| !x.line_start)
                && is_particle(t.tok(p))
            {
                p += 1;
            }
            // Not into the next sentence: "on Avenue A. Nurses gave shots".
            if !cap_word(t, p)
                || t.tokens[p].line_start
                || t.info[p].flags & (gz::ORG_WORD | SENT_START) != 0
            {
                break;
            }
            e = p + 1;
        }
        if e == i + 1 {
            continue;
        }
        let r = i..e;
        let at = at.get_or_insert_with(|| mention_spans(t, ms));
        if !reaches_outside(at, &r, &r) && !ends_org_name(t, &r) {
            found.push(t.mention(r, Kind::Place));
        }
    }
    replace_overlapped(t, ms, found);
}

/// "Along Avenue Gaston Monnerville", "In Calle Florida": a small word capitalised only as it
/// opens the sentence.
fn opens_sentence_before_place(t: &Tagged, i: usize) -> bool {
    const PREPOSITIONS: &[&str] = &[
        "across", "along", "behind", "beyond", "down", "inside", "near", "off", "outside", "past",
        "through", "up",
    ];
    t.info[i].flags & SENT_START != 0
        && (t.info[i].flags & gz::STOP != 0 || gz::in_list(PREPOSITIONS, t.tok(i)))
}

#[cfg(test)]
mod tests {
    use super::super::testing::rows;
    use super::*;

    #[test]
    fn a_street_or_island_word_first_opens_a_place() {
        let text = "Along Avenue Gaston Monnerville shops closed. Divers sailed to the Îles du \
                    Salut, shopped on Corso Garibaldi and hiked the Valle de la Luna. Crowds \
                    filled Strada Mihai Eminescu and the Via della Conciliazione.";
        let got = rows(
            text,
            &[
                ("Gaston Monnerville", Kind::Person),
                ("Îles", Kind::Organization),
                ("Salut", Kind::Person),
                ("Mihai Eminescu", Kind::Person),
                ("Conciliazione", Kind::Organization),
            ],
        );
        for name in [
            "Avenue Gaston Monnerville",
            "Îles du Salut",
            "Corso Garibaldi",
            "Valle de la Luna",
            "Strada Mihai Eminescu",
            "Via della Conciliazione",
        ] {
            assert!(
                got.contains(&(name.to_string(), Kind::Place)),
                "{name}: {got:?}"
            );
        }
        assert!(
            !got.iter().any(|(n, _)| n == "Gaston Monnerville"),
            "{got:?}"
        );
    }

    #[test]
    fn an_english_street_word_last_or_a_body_is_no_such_place() {
        let text = "He walked down Park Avenue Gardens. Plaza Bank lent money. Valle Sereno Farms \
                    grew it. Rue Capital Partners bought it. Plaza Bakery sold bread.";
        assert_eq!(rows(text, &[]), vec![]);
        let got = rows("Via Twitter he said so.", &[]);
        assert!(!got.iter().any(|(n, _)| n.contains("Via")), "{got:?}");
    }
}
