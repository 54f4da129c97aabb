//! Organizations' names that the tagger cuts short or runs on: a national branch
//! ("Greenpeace Indonesia"), a trailing plus ("OPEC+"), a union's local ("UAW Local 862"), a
//! mission and its country ("UN Verification Mission in Colombia"), and a place that says only
//! what a body's worker studies ("who researches Sudan for Human Rights Watch").

use super::context::{cap_word, replace_overlapped};
use super::entities::{Mention, Tagged};
use super::gazetteer as gz;
use super::Kind;

/// Words after which a country that follows a body's name starts a clause of its own:
/// "told the WHO Kenya would", not a branch.
fn opens_clause(w: &str) -> bool {
    matches!(
        w,
        "is" | "was"
            | "are"
            | "were"
            | "has"
            | "had"
            | "have"
            | "would"
            | "will"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "can"
            | "did"
            | "does"
            | "do"
    )
}

/// "Greenpeace Indonesia", "Amnesty International Kenya", "Google India": a listed body (or
/// one named "International") followed straight by a country is that body's national branch,
/// one organization.
pub fn branches(t: &Tagged, ms: &mut Vec<Mention>) {
    // Places by their first token, sorted: few texts hold a candidate, and a search over the
    // places costs less than a table over every token.
    let mut places: Vec<(usize, usize)> = ms
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind == Kind::Place)
        .map(|(k, m)| (m.toks.start, k))
        .collect();
    places.sort_unstable();
    let mut found = Vec::new();
    for m in ms.iter() {
        let e = m.toks.end;
        if m.kind != Kind::Organization || m.toks.len() > 4 || !cap_word(t, e) {
            continue;
        }
        let Ok(p) = places.binary_search_by_key(&e, |&(s, _)| s) else {
            continue;
        };
        let c = &ms[places[p].1];
        let country = c.toks.len() <= 2
            && !t.tokens[c.toks.start].line_start
            && gz::is_major_place(&t.lowers(&c.toks))
            && !opens_clause(t.tok(c.toks.end))
            // "former White House Russia adviser": the country names the job's field.
            && !super::entities::is_role_noun(t.tok(c.toks.end));
        let body = gz::is_listed_org(&t.lowers(&m.toks)) || t.tok(e - 1) == "International";
        if country && body {
            found.push(t.mention(m.toks.start..c.toks.end, Kind::Organization));
        }
    }
    replace_overlapped(t, ms, found);
}

/// "OPEC+", "G7+": a plus written onto a group's acronym is part of its name. (On a company's
/// name it makes a streaming service, "Disney+", a product.)
pub fn plus_signs(t: &Tagged, ms: &mut [Mention]) {
    for m in ms.iter_mut() {
        let e = m.toks.end;
        if m.kind != Kind::Organization
            || m.toks.len() != 1
            || !super::entities::is_acronym(t.tok(m.toks.start))
            || gz::is_listed_org(&t.lowers(&m.toks))
        {
            continue;
        }
        let (Some(plus), Some(last)) = (t.tokens.get(e), t.tokens.get(e - 1)) else {
            continue;
        };
        // Not "C++" or "A+B": the plus ends the word.
        let ends = t
            .tokens
            .get(e + 1)
            .is_none_or(|x| x.span.start > plus.span.end);
        if t.tok(e) == "+" && plus.span.start == last.span.end && ends {
            *m = t.mention(m.toks.start..e + 1, m.kind);
        }
    }
}

/// "researches Sudan for Human Rights Watch": a body's name that a place and "for" open is
/// the place and the body; a body named for a place's cause keeps a head of its own ("Center
/// for Strategic and International Studies").
pub fn place_for_body(t: &Tagged, ms: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for m in ms.iter() {
        if m.kind != Kind::Organization {
            continue;
        }
        let Some(f) = m.toks.clone().skip(1).find(|&i| t.tok(i) == "for") else {
            continue;
        };
        let (place, body) = (m.toks.start..f, f + 1..m.toks.end);
        if place.len() <= 2
            && gz::is_major_place(&t.lowers(&place))
            && body.clone().any(|i| cap_word(t, i))
            && cap_word(t, body.start)
        {
            found.push(t.mention(place, Kind::Place));
            found.push(t.mention(body, Kind::Organization));
        }
    }
    replace_overlapped(t, ms, found);
}

/// "Local 234", "UAW Local 862": a union's local is named by its number, with the union's
/// name before it when the text gives one.
pub fn union_locals(t: &Tagged, ms: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for &i in &t.caps {
        let number = t
            .tokens
            .get(i + 1)
            .is_some_and(|x| x.kind == super::tokenize::TokenKind::Number && !x.line_start);
        if t.tok(i) != "Local" || !number || t.tokens[i].line_start {
            continue;
        }
        // "SEIU Local 73" named whole already.
        if ms
            .iter()
            .any(|m| m.toks.contains(&i) && m.toks.contains(&(i + 1)))
        {
            continue;
        }
        // The union's own mention, right before or ending with "Local": "UAW", "AAUP-AFT".
        let start = ms
            .iter()
            .find(|m| {
                m.kind == Kind::Organization
                    && (m.toks.end == i || (m.toks.end == i + 1 && m.toks.start < i))
            })
            .map_or(i, |m| m.toks.start);
        found.push(t.mention(start..i + 2, Kind::Organization));
    }
    replace_overlapped(t, ms, found);
}

/// "United Nations Interim Force in Lebanon", "UN Verification Mission in Colombia": a
/// mission or force is named with the country it serves in.
pub fn missions(t: &Tagged, ms: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for m in ms.iter() {
        let e = m.toks.end;
        if m.kind != Kind::Organization
            || !matches!(t.tok(e - 1), "Mission" | "Force")
            || t.tok(e) != "in"
        {
            continue;
        }
        let mut p = e + 1;
        if t.tok(p) == "the" {
            p += 1;
        }
        let place = ms
            .iter()
            .find(|x| x.toks.start == p && x.kind == Kind::Place && !t.tokens[p].line_start);
        if let Some(x) = place.filter(|x| gz::is_major_place(&t.lowers(&x.toks))) {
            found.push(t.mention(m.toks.start..x.toks.end, Kind::Organization));
        }
    }
    replace_overlapped(t, ms, found);
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::rows;
    use crate::extract::Kind::{Organization as O, Place as L};

    #[test]
    fn a_listed_body_and_a_country_are_its_branch() {
        let got = rows(
            "Greenpeace Indonesia said so. A report told Greenpeace Kenya was wrong. The former \
             Greenpeace Chile adviser spoke.",
            &[
                ("Greenpeace", O),
                ("Indonesia", L),
                ("Kenya", L),
                ("Chile", L),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Greenpeace Indonesia".into(), O),
                ("Greenpeace".into(), O),
                ("Kenya".into(), L),
                ("Chile".into(), L),
            ]
        );
    }

    #[test]
    fn a_plus_written_onto_a_name_is_part_of_it() {
        let got = rows(
            "OPEC+ will meet. The Zorbex + Partners deal closed. Disney+ carries it.",
            &[("OPEC", O), ("Zorbex", O), ("Disney", O)],
        );
        assert_eq!(
            got,
            vec![
                ("OPEC+".into(), O),
                ("Zorbex".into(), O),
                ("Disney".into(), O)
            ]
        );
    }

    #[test]
    fn a_place_before_for_is_no_part_of_the_body() {
        let got = rows(
            "She researches Sudan for Human Rights Watch. The Center for Kenya Studies agreed.",
            &[
                ("Sudan for Human Rights Watch", O),
                ("Center for Kenya Studies", O),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Sudan".into(), L),
                ("Human Rights Watch".into(), O),
                ("Center for Kenya Studies".into(), O),
            ]
        );
    }

    #[test]
    fn a_unions_local_is_named_by_its_number() {
        let got = rows(
            "Members of Local 234 and of UAW Local 862 voted. Local officials agreed.",
            &[("UAW Local", O)],
        );
        assert_eq!(
            got,
            vec![("Local 234".into(), O), ("UAW Local 862".into(), O)]
        );
    }

    #[test]
    fn a_mission_is_named_with_its_country() {
        let got = rows(
            "The United Nations Interim Force in Lebanon said so. A task force in Kenya met.",
            &[
                ("United Nations Interim Force", O),
                ("Lebanon", L),
                ("Kenya", L),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("United Nations Interim Force in Lebanon".into(), O),
                ("Kenya".into(), L),
            ]
        );
    }
}
