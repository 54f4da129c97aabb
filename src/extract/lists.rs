//! Names the tagger read together that the text writes side by side: lists joined by commas
//! and "and" ("in Brussels, Antwerp and Ghent", "states such as Zamfara, Yobe and Taraba"),
//! where a place's neighbours are places, as news lists hold names of one kind; and a person
//! with where the person belongs ("Florian Lipowitz of Red Bull-Bora-Hansgrohe").

use super::context::{cap_word, stated_kind};
use super::entities::{Mention, Tagged};
use super::features::PLACE_B;
use super::gazetteer as gz;
use super::tokenize::TokenKind;
use super::Kind;

/// A mention of capitalised words joined by one "and", cut in two: "Antwerp and Ghent".
fn halves(t: &Tagged, m: &Mention) -> Option<(Mention, Mention)> {
    let p = (m.toks.start + 1..m.toks.end.saturating_sub(1)).find(|&i| t.tok(i) == "and")?;
    // Names only, with no organization's word, and the list's end after them: not "Customs
    // and Border Protection processing center".
    let plain = |r: std::ops::Range<usize>| {
        r.len() <= 3
            && r.clone()
                .all(|i| cap_word(t, i) && t.info[i].flags & gz::ORG_WORD == 0)
    };
    let e = m.toks.end;
    let ends = t.tokens.get(e).is_none_or(|x| {
        x.line_start
            || x.kind == TokenKind::Punct
            || matches!(
                t.tok(e),
                "and"
                    | "or"
                    | "in"
                    | "on"
                    | "at"
                    | "to"
                    | "for"
                    | "with"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "have"
                    | "has"
                    | "had"
                    | "said"
            )
    });
    if !ends {
        return None;
    }
    (plain(m.toks.start..p) && plain(p + 1..m.toks.end)).then(|| {
        (
            t.mention(m.toks.start..p, m.kind),
            t.mention(p + 1..m.toks.end, m.kind),
        )
    })
}

/// In a list of three names or more, or of two after "in", where one is a place, every name
/// that its own words do not state otherwise is a place too. A person named in full ends the
/// list's say: "in Paris, Berlin and John Smith's office" is no list of places.
pub fn place_runs(t: &Tagged, ms: &mut Vec<Mention>) {
    if !ms.iter().any(|m| m.kind == Kind::Place) {
        return;
    }
    ms.sort_by_key(|m| m.toks.start);
    // The separator between two items: ",", "and", "or", ", and", ", or". The second value
    // says it closes the list.
    let sep = |a: usize, b: usize| -> Option<bool> {
        match (t.tok(a), b - a) {
            ("," | "and" | "or", 1) => Some(t.tok(a) != ","),
            (",", 2) if matches!(t.tok(a + 1), "and" | "or") => Some(true),
            _ => None,
        }
    };
    let mut out: Vec<Mention> = Vec::with_capacity(ms.len() + 4);
    // One buffer for every list's items: most runs are one mention long, and make none.
    let mut items: Vec<Mention> = Vec::new();
    let mut k = 0;
    while k < ms.len() {
        // The run is ms[k..j], consecutive mentions with separators between them.
        let mut j = k + 1;
        let mut closed = false;
        while let Some(next) = ms.get(j) {
            let end = ms[j - 1].toks.end;
            if next.toks.start <= end || t.tokens[next.toks.start].line_start {
                break;
            }
            match sep(end, next.toks.start) {
                Some(ends) => {
                    j += 1;
                    if ends {
                        closed = true;
                        break;
                    }
                }
                None => break,
            }
        }
        // A lone mention without "and" in it is no list.
        let last_halves = if closed { None } else { halves(t, &ms[j - 1]) };
        if j - k == 1 && last_halves.is_none() {
            out.push(ms[k].clone());
            k = j;
            continue;
        }
        // The items, a joined pair at the end cut in two: its "and" closes the list.
        items.clear();
        // "in Padstow, Rock and Fowey": a word the tagger passed over may open the list.
        let mut first = ms[k].toks.start;
        let prev_end = out.last().map_or(0, |m: &Mention| m.toks.end);
        if first >= 3
            && prev_end <= first - 2
            && t.tok(first - 1) == ","
            && matches!(t.tok(first - 3), "in" | "near")
            && cap_word(t, first - 2)
            && t.info[first - 2].flags & (gz::STOP | gz::TIME | gz::DEMONYM | gz::TITLE) == 0
            && !t.tokens[first - 2].line_start
        {
            first -= 2;
            items.push(t.mention(first..first + 1, Kind::Place));
        }
        let opened = items.len();
        items.extend(ms[k..j - 1].iter().cloned());
        match last_halves {
            Some((a, b)) => {
                items.extend([a, b]);
                closed = true;
            }
            None => items.push(ms[j - 1].clone()),
        }
        let after_in = first > 0 && matches!(t.tok(first - 1), "in" | "near");
        let is_place = |m: &Mention| {
            m.kind == Kind::Place
                || (m.toks.len() <= gz::MAX_PLACE_WORDS
                    && t.info[m.toks.start].flags & PLACE_B != 0
                    && gz::is_major_place(&t.lowers(&m.toks)))
        };
        let full_name = |m: &Mention| {
            m.kind == Kind::Person
                && m.toks.len() >= 2
                && t.info[m.toks.start].flags & gz::FIRST != 0
        };
        let list = closed && (items.len() >= 3 || (items.len() == 2 && after_in));
        // The word that opened the list is a place only if the rest are one.
        let listed = &items[opened..];
        if list && listed.iter().any(is_place) && !items.iter().any(full_name) {
            for m in &mut items {
                if m.kind != Kind::Place && stated_kind(t, m).is_none() {
                    m.kind = Kind::Place;
                }
            }
            out.append(&mut items);
        } else {
            out.extend(ms[k..j].iter().cloned());
        }
        k = j;
    }
    *ms = out;
}

/// "Florian Lipowitz of Red Bull-Bora-Hansgrohe", "Alvin Fiddler of Nishnawbe Aski Nation",
/// "Felix Auger-Aliassime of Canada": a person's full name, "of" and where the person belongs,
/// read as one name. The two are named apart.
pub fn people_of(t: &Tagged, ms: &mut Vec<Mention>) {
    let mut parts = Vec::new();
    for m in ms.iter_mut() {
        let Some(p) = (m.toks.start + 2..m.toks.end.saturating_sub(1)).find(|&i| t.tok(i) == "of")
        else {
            continue;
        };
        let (left, right) = (m.toks.start..p, p + 1..m.toks.end);
        // Not an institution's name: "Ontario Chamber of Commerce", "Columbus Division of
        // Police".
        let institution = super::institutions::is_head(t.tok(p - 1))
            || t.tok(p - 1) == "Division"
            || gz::is_major_place(&[t.info[left.start].lower]);
        let person = left.len() <= 4
            && !institution
            && t.info[left.start].flags & gz::FIRST != 0
            && left
                .clone()
                .all(|i| cap_word(t, i) && t.info[i].flags & (gz::ORG_WORD | gz::TITLE) == 0);
        if !person || !cap_word(t, right.start) {
            continue;
        }
        let place = right.len() <= gz::MAX_PLACE_WORDS && gz::is_major_place(&t.lowers(&right));
        let kind = if place {
            Kind::Place
        } else {
            Kind::Organization
        };
        parts.push(t.mention(right, kind));
        *m = t.mention(left, Kind::Person);
    }
    ms.extend(parts);
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::rows;
    use crate::extract::Kind::{Organization as O, Person as P, Place as L};

    #[test]
    fn a_word_the_tagger_passed_over_may_open_a_list_of_places() {
        let got = rows(
            "Homes in Polwenna, Rock and Truro sold. Offices in Carver, Smith and Jones opened.",
            &[("Rock", P), ("Truro", L), ("Smith", P), ("Jones", P)],
        );
        assert_eq!(
            got,
            vec![
                ("Polwenna".into(), L),
                ("Rock".into(), L),
                ("Truro".into(), L),
                ("Smith".into(), P),
                ("Jones".into(), P),
            ]
        );
    }

    #[test]
    fn a_places_neighbours_in_a_list_are_places() {
        let text =
            "Markets in Brussels, Antwerp and Ghent were shut. States such as Zamfara, Yobe \
                    and Taraba wait. Attacks in Lille and Cologne failed. Apple, Google and \
                    Amazon fell. He met Mary Jones, Tom Hill and Paris.";
        let got = rows(
            text,
            &[
                ("Brussels", L),
                ("Antwerp and Ghent", O),
                ("Zamfara", L),
                ("Yobe", P),
                ("Taraba", L),
                ("Lille", L),
                ("Cologne", O),
                ("Apple", O),
                ("Google", O),
                ("Amazon", O),
                ("Mary Jones", P),
                ("Tom Hill", P),
            ],
        );
        for name in ["Antwerp", "Ghent", "Yobe", "Cologne", "Paris"] {
            assert!(got.contains(&(name.into(), L)), "{name}: {got:?}");
        }
        assert!(got.contains(&("Amazon".into(), O)), "{got:?}");
        assert!(got.contains(&("Tom Hill".into(), P)), "{got:?}");
    }

    #[test]
    fn a_person_of_a_team_or_a_country_is_named_apart() {
        let text = "Florian Lipowitz of Red Bull-Bora-Hansgrohe was second, ahead of Felix Auger \
                    of Canada. The Bank of America and the Church of Jesus Christ of Latter-day \
                    Saints agreed.";
        let got = rows(
            text,
            &[
                ("Florian Lipowitz of Red Bull-Bora-Hansgrohe", O),
                ("Felix Auger of Canada", P),
                ("Bank of America", O),
                ("Church of Jesus Christ of Latter-day Saints", O),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Florian Lipowitz".into(), P),
                ("Red Bull-Bora-Hansgrohe".into(), O),
                ("Felix Auger".into(), P),
                ("Canada".into(), L),
                ("Bank of America".into(), O),
                ("Church of Jesus Christ of Latter-day Saints".into(), O),
            ]
        );
    }
}
