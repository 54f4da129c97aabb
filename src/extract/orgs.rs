//! Organizations' names that the tagger cuts short or runs on: a national branch
//! ("Greenpeace Indonesia"), a trailing plus ("OPEC+"), a union's local ("UAW Local 862"), a
//! mission and its country ("UN Verification Mission in Colombia"), a chapter and its state
//! ("ACLU of Florida"), a committee named for a list of fields ("Senate Commerce, Science and
//! Transportation Committee"), a health trust and the places it serves, a station's call sign
//! ("WOOD-TV"), a listed body's possessive before another body ("the Smithsonian's Board of
//! Regents"), and a place that says only what a body's worker studies ("who researches Sudan
//! for Human Rights Watch"), a listed acronym written with full stops ("I.M.F."), and a listed
//! body after an office run into the name of the office's holder ("Ambassador to the European
//! Union Gordon Sondland").

use super::context::{cap_word, replace_overlapped};
use super::entities::{Mention, Tagged};
use super::gazetteer as gz;
use super::hashing::hash_lower;
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

/// The places' first tokens and indexes, sorted: few texts hold a candidate for the passes
/// that look for a place right after a name, and a search over the places costs less than a
/// table over every token.
pub(super) fn places_by_start(ms: &[Mention]) -> Vec<(usize, usize)> {
    let mut places: Vec<(usize, usize)> = ms
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind == Kind::Place)
        .map(|(k, m)| (m.toks.start, k))
        .collect();
    places.sort_unstable();
    places
}

/// The place that starts at token `i`, in a table from `places_by_start`.
pub(super) fn place_at<'m>(
    ms: &'m [Mention],
    places: &[(usize, usize)],
    i: usize,
) -> Option<&'m Mention> {
    let p = places.binary_search_by_key(&i, |&(s, _)| s).ok()?;
    Some(&ms[places[p].1])
}

/// `toks` name a public health trust: "... NHS Trust", "... NHS Foundation Trust", or
/// Northern Ireland's "... Health and Social Care Trust".
pub(super) fn is_health_trust(t: &Tagged, toks: &std::ops::Range<usize>) -> bool {
    let e = toks.end;
    t.tok(e - 1) == "Trust"
        && (toks.clone().any(|i| t.tok(i) == "NHS")
            || (e >= 3 && t.tok(e - 3) == "Social" && t.tok(e - 2) == "Care"))
}

/// "Greenpeace Indonesia", "Amnesty International Kenya", "Google India": a listed body (or
/// one named "International") followed straight by a country is that body's national branch,
/// one organization.
pub fn branches(t: &Tagged, ms: &mut Vec<Mention>) {
    let places = places_by_start(ms);
    let mut found = Vec::new();
    for m in ms.iter() {
        let e = m.toks.end;
        if m.kind != Kind::Organization || m.toks.len() > 4 || !cap_word(t, e) {
            continue;
        }
        let Some(c) = place_at(ms, &places, e) else {
            continue;
        };
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
    let candidate = |m: &Mention| {
        let e = m.toks.end;
        m.kind == Kind::Organization
            && matches!(t.tok(e - 1), "Mission" | "Force")
            && t.tok(e) == "in"
    };
    if !ms.iter().any(candidate) {
        return;
    }
    let places = places_by_start(ms);
    let mut found = Vec::new();
    for m in ms.iter().filter(|m| candidate(m)) {
        let mut p = m.toks.end + 1;
        if t.tok(p) == "the" {
            p += 1;
        }
        let place = place_at(ms, &places, p).filter(|_| !t.tokens[p].line_start);
        if let Some(x) = place.filter(|x| gz::is_major_place(&t.lowers(&x.toks))) {
            found.push(t.mention(m.toks.start..x.toks.end, Kind::Organization));
        }
    }
    replace_overlapped(t, ms, found);
}

/// "WOOD-TV", "KQED-FM": an American station's call sign with its band is the station.
pub fn call_signs(t: &Tagged, ms: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for &i in &t.caps {
        let w = t.tok(i);
        if !matches!(t.first_byte(i), b'K' | b'W') || !(6..=7).contains(&w.len()) {
            continue;
        }
        let Some((letters, band)) = w.split_once('-') else {
            continue;
        };
        let sign = (3..=4).contains(&letters.len())
            && letters.bytes().all(|b| b.is_ascii_uppercase())
            && matches!(band, "TV" | "FM" | "AM" | "DT");
        if sign {
            found.push(t.mention(i..i + 1, Kind::Organization));
        }
    }
    replace_overlapped(t, ms, found);
}

/// "Leeds Teaching Hospitals NHS Trust", "Guy's and St Thomas' NHS Foundation Trust", "Belfast
/// Health and Social Care Trust": a health trust is named by the capitalised words before
/// "NHS" or "Social Care", possessives and "and" among them, which the tagger cuts off or
/// names as places.
pub fn health_trusts(t: &Tagged, ms: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for m in ms.iter() {
        let (s, e) = (m.toks.start, m.toks.end);
        if m.kind != Kind::Organization || !is_health_trust(t, &m.toks) {
            continue;
        }
        // A trust's name holds a few words before "NHS" or "Health": the walk stops at ten.
        let mut a = s;
        while a > 0 && s - a < 10 && !t.tokens[a].line_start {
            let w = a - 1;
            // Not back over another trust: "... NHS Trust and Guy's and St Thomas' ...".
            let joins = (t.is_possessive(w) || t.tok(w) == "and")
                && w > 0
                && (cap_word(t, w - 1) || t.is_possessive(w - 1))
                && t.tok(w - 1) != "Trust";
            if cap_word(t, w) && t.info[w].flags & gz::STOP == 0 || joins {
                a = w;
            } else {
                break;
            }
        }
        if a < s {
            found.push(t.mention(a..e, Kind::Organization));
        }
    }
    replace_overlapped(t, ms, found);
}

/// "the Smithsonian's Board of Regents", "Google's DeepMind unit": a listed body's possessive
/// owns the body named after it; the two are two names. ("Moody's Investors Service" is
/// listed with its possessive.)
pub fn owned_bodies(t: &Tagged, ms: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for m in ms.iter() {
        if m.kind != Kind::Organization || m.toks.len() < 3 {
            continue;
        }
        let Some(p) = m.toks.clone().skip(1).find(|&i| t.is_possessive(i)) else {
            continue;
        };
        let (owner, owned) = (m.toks.start..p, p + 1..m.toks.end);
        if !owned.is_empty()
            && cap_word(t, owned.start)
            && gz::is_listed_org(&t.lowers(&owner))
            && !gz::is_listed_org(&t.lowers(&(owner.start..p + 1)))
        {
            found.push(t.mention(owner, Kind::Organization));
            found.push(t.mention(owned, Kind::Organization));
        }
    }
    replace_overlapped(t, ms, found);
}

/// "Ambassador to the European Union Gordon Sondland and Energy Secretary Rick Perry": after
/// an office and "to the" or "of the", a listed body, then a first name and a capitalised
/// word, is the body the office serves and the person who holds it, which the tagger ran into
/// one name. The person's name ends at the first word that is no name's ("and"); what follows
/// is left to the rules for offices. Only after an office: "Yale University Art Gallery" and
/// "Toyota Motor North America" are one name each.
pub fn bodies_before_people(t: &Tagged, ms: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for m in ms.iter() {
        let (s, e) = (m.toks.start, m.toks.end);
        let after_office = s >= 3
            && t.tok(s - 1) == "the"
            && matches!(t.tok(s - 2), "to" | "of" | "at" | "for")
            && t.info[s - 3].flags & gz::TITLE != 0;
        if m.kind != Kind::Organization
            || e - s < 4
            || !after_office
            || !gz::is_org_first(t.info[s].lower)
        {
            continue;
        }
        let mut buf = [0u64; gz::MAX_ORG_WORDS];
        let Some(body) = gz::org_match(t.lowers_into(&(s..e), &mut buf)) else {
            continue;
        };
        let p = s + body.words;
        let first = p + 1 < e && t.info[p].flags & gz::FIRST != 0 && cap_word(t, p + 1);
        if !first || t.info[p + 1].flags & gz::ORG_WORD != 0 {
            continue;
        }
        let mut q = p + 2;
        while q < e && cap_word(t, q) && t.info[q].flags & gz::ORG_WORD == 0 {
            q += 1;
        }
        found.push(t.mention(s..p, Kind::Organization));
        found.push(t.mention(p..q, Kind::Person));
    }
    replace_overlapped(t, ms, found);
}

/// "ACLU of Florida", "Planned Parenthood of Greater Ohio": a listed body's chapter is named
/// with its state or country after "of", one organization.
pub fn chapters(t: &Tagged, ms: &mut Vec<Mention>) {
    let candidate = |m: &Mention| {
        m.kind == Kind::Organization && t.tok(m.toks.end) == "of" && m.toks.len() <= 4
    };
    if !ms.iter().any(candidate) {
        return;
    }
    let places = places_by_start(ms);
    let mut found = Vec::new();
    for m in ms.iter().filter(|m| candidate(m)) {
        let Some(c) = place_at(ms, &places, m.toks.end + 1) else {
            continue;
        };
        let place = !t.tokens[c.toks.start].line_start
            && !cap_word(t, c.toks.end)
            && gz::is_major_place(&t.lowers(&c.toks));
        let body =
            gz::is_listed_org(&t.lowers(&m.toks)) && !m.toks.clone().any(|i| t.tok(i) == "of");
        if place && body {
            found.push(t.mention(m.toks.start..c.toks.end, Kind::Organization));
        }
    }
    replace_overlapped(t, ms, found);
}

/// "Senate Health, Education, Labor and Pensions Committee": a committee named for a list of
/// fields, which the tagger cuts at the commas. The fields are one to three capitalised
/// words each, none of them a place or a person ("Britain, France and Security Council
/// members" is no committee).
pub fn committee_fields(t: &Tagged, ms: &mut Vec<Mention>) {
    let mut other: Option<Vec<bool>> = None;
    let mut found = Vec::new();
    for m in ms.iter() {
        let (s, e) = (m.toks.start, m.toks.end);
        // "Space and Technology Committee" after a comma: the tagger took the last two fields.
        let last_two = s >= 4 && t.tok(s - 1) == "," && m.toks.clone().any(|i| t.tok(i) == "and");
        if m.kind != Kind::Organization
            || !matches!(t.tok(e - 1), "Committee" | "Subcommittee")
            || s < 4
            || !(t.tok(s - 1) == "and" || last_two)
        {
            continue;
        }
        // Back over the fields: capitalised words, with a comma before each but the first.
        let mut i = s - 1;
        let mut fields = usize::from(last_two);
        let start = loop {
            let end = i;
            // Not back over a sentence's "The".
            while i > 0
                && end - i < 4
                && cap_word(t, i - 1)
                && !t.tokens[i - 1].line_start
                && !matches!(t.tok(i - 1), "The" | "A" | "An")
            {
                i -= 1;
            }
            if i == end || end - i > 3 {
                break None;
            }
            fields += 1;
            if i > 0 && t.tok(i - 1) == "," {
                i -= 1;
                continue;
            }
            break Some(i);
        };
        let Some(start) = start.filter(|_| fields >= 2) else {
            continue;
        };
        // The tokens other names cover, made at the first candidate.
        let other = other.get_or_insert_with(|| {
            let mut other = vec![false; t.tokens.len()];
            for x in ms.iter().filter(|x| x.kind != Kind::Organization) {
                other[x.toks.clone()].iter_mut().for_each(|o| *o = true);
            }
            other
        });
        let names_other = other[start..s].iter().any(|&o| o)
            || (start..s).any(|j| cap_word(t, j) && gz::is_major_place(&t.lowers(&(j..j + 1))));
        if !names_other {
            found.push(t.mention(start..e, Kind::Organization));
        }
    }
    replace_overlapped(t, ms, found);
}

/// "the I.M.F.", "the G.A.O.": a listed acronym written with a full stop after each letter,
/// as some papers write them. Read without its stops, the list says what it is ("U.A.E." a
/// place); an unlisted one ("C.E.O.", "G.D.P.") is left alone.
pub fn dotted_acronyms(t: &Tagged, ms: &mut Vec<Mention>) {
    let mut found = Vec::new();
    let mut taken = None;
    for &i in &t.caps {
        let w = t.tok(i);
        let b = w.as_bytes();
        // Three letters or more, each with its stop: "U.S." is listed as written.
        let dotted = b.len() >= 6
            && b.len().is_multiple_of(2)
            && b.chunks(2)
                .all(|c| c[0].is_ascii_uppercase() && c[1] == b'.');
        if !dotted {
            continue;
        }
        let bare: String = b.iter().step_by(2).map(|&c| c as char).collect();
        let word = [hash_lower(&bare)];
        let kind = if gz::is_listed_org(&word) {
            Kind::Organization
        } else if gz::is_listed_place(&word) {
            Kind::Place
        } else {
            continue;
        };
        if !taken.get_or_insert_with(|| super::entities::covered(t, ms))[i] {
            found.push(t.mention(i..i + 1, kind));
        }
    }
    replace_overlapped(t, ms, found);
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::rows;
    use crate::extract::Kind::{Organization as O, Person as P, Place as L};

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
    fn a_listed_body_after_an_office_then_its_holder_are_two_names() {
        let got = rows(
            "He met Ambassador to the European Union Gordon Sondland and Energy Secretary Rick \
             Perry. Visitors filled the Yale University Art Gallery.",
            &[
                ("European Union Gordon Sondland and Energy", O),
                ("Rick Perry", P),
                ("Yale University Art Gallery", O),
            ],
        );
        for row in [
            ("European Union", O),
            ("Gordon Sondland", P),
            ("Rick Perry", P),
            ("Yale University Art Gallery", O),
        ] {
            assert!(got.contains(&(row.0.into(), row.1)), "{row:?}: {got:?}");
        }
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

    #[test]
    fn a_committee_named_for_a_list_of_fields_is_one_name() {
        let got = rows(
            "The Senate Farming, Fisheries, Water and Forestry Committee met. Britain, Norway and \
             Security Council members spoke. The House Mining, Space and Trade Committee met.",
            &[
                ("Senate Farming", O),
                ("Forestry Committee", O),
                ("House Mining", O),
                ("Space and Trade Committee", O),
                ("Britain", L),
                ("Norway", L),
                ("Security Council", O),
            ],
        );
        assert_eq!(
            got,
            vec![
                (
                    "Senate Farming, Fisheries, Water and Forestry Committee".into(),
                    O
                ),
                ("Britain".into(), L),
                ("Norway".into(), L),
                ("Security Council".into(), O),
                ("House Mining, Space and Trade Committee".into(), O),
            ]
        );
    }

    #[test]
    fn a_listed_bodys_chapter_is_named_with_its_state() {
        let got = rows(
            "The ACLU of Vermont sued. The ACLU said so. Vermont agreed.",
            &[("ACLU", O), ("Vermont", L)],
        );
        assert_eq!(
            got,
            vec![
                ("ACLU of Vermont".into(), O),
                ("ACLU".into(), O),
                ("Vermont".into(), L),
            ]
        );
    }

    #[test]
    fn a_listed_bodys_possessive_owns_another_body() {
        let got = rows(
            "The Smithsonian's Advisory Panel met. Moody's Investors Service agreed.",
            &[
                ("Smithsonian's Advisory Panel", O),
                ("Moody's Investors Service", O),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Smithsonian".into(), O),
                ("Advisory Panel".into(), O),
                ("Moody's Investors Service".into(), O),
            ]
        );
    }

    #[test]
    fn an_nhs_trust_is_named_by_the_words_before_it() {
        let got = rows(
            "Staff at Wessex Coast Hospitals NHS Trust and Bart’s and St Aldhelm’s NHS \
             Foundation Trust were told. The Ludlow and Wrekin Hospital NHS Trust agreed; \
             Ludlow is a town.",
            &[
                ("NHS Trust", O),
                ("St Aldhelm", L),
                ("NHS Foundation Trust", O),
                ("Wrekin Hospital NHS Trust", O),
                ("Ludlow", L),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Wessex Coast Hospitals NHS Trust".into(), O),
                ("Bart’s and St Aldhelm’s NHS Foundation Trust".into(), O),
                ("Ludlow and Wrekin Hospital NHS Trust".into(), O),
                ("Ludlow".into(), L),
            ]
        );
    }

    #[test]
    fn a_northern_irish_trust_is_named_by_the_words_before_it() {
        let got = rows(
            "The Lisburn Health and Social Care Trust said so.",
            &[("Lisburn Health", O), ("Social Care Trust", O)],
        );
        assert_eq!(
            got,
            vec![("Lisburn Health and Social Care Trust".into(), O)]
        );
    }

    #[test]
    fn a_call_sign_with_its_band_is_a_station() {
        let got = rows(
            "WXYZ-TV and KQED-FM reported it from Kalamazoo. K-9 units and WIDE-ANGLE came.",
            &[("Kalamazoo", L)],
        );
        assert_eq!(
            got,
            vec![
                ("WXYZ-TV".into(), O),
                ("KQED-FM".into(), O),
                ("Kalamazoo".into(), L),
            ]
        );
    }

    #[test]
    fn a_listed_acronym_with_full_stops_is_named() {
        let got = rows(
            "The I.M.F. team met on Monday. The C.E.O. said G.D.P. rose.",
            &[],
        );
        assert_eq!(got, vec![("I.M.F.".into(), O)]);
    }
}
