//! Offices written before people's names. News writes them capitalised ("Justice Sonia
//! Sotomayor", "Coroner Ricky Dubose", "Minister of Energy and Mines Stephen Lecce"), and a
//! document that also names the "Justice Department" or the "Ministry of Energy" teaches the
//! tagger to read the office as an organization. An office is no name: the person after it is.

use std::cell::Cell;

use super::context::{cap_word, is_lone_org_word, is_office_word, is_owner_word};
use super::entities::{is_chamber_or_place, Mention, Tagged};
use super::gazetteer as gz;
use super::Kind;

/// A title or an office ("Justice", "Mayor", "Coroner", "Chief Financial Officer"). Title
/// words that only qualify an office ("First", "Vice", "Grand") or also name a body ("Army")
/// are left out: "Marten Falls First Nation".
fn is_office_word_at(t: &Tagged, i: usize) -> bool {
    const QUALIFIERS: &[&str] = &[
        "army", "crown", "ex", "first", "former", "grand", "majority", "minority", "navy", "prime",
        "u.s", "u.s.", "vice",
    ];
    if t.tok(i) == "GM" {
        // A team's general manager ("Blackhawks GM Kyle Davidson"); "GM" alone is General
        // Motors.
        return i > 0 && (cap_word(t, i - 1) || matches!(t.tok(i - 1), "'s" | "’s" | "'" | "’"));
    }
    is_office_word(t, i) && !gz::in_list(QUALIFIERS, t.tok(i))
}

/// Where each person mention starts: one more than its index in `ms`, 0 where none does (a
/// zeroed table, which costs nothing to make).
fn person_starts(t: &Tagged, ms: &[Mention]) -> Vec<u32> {
    let mut at = vec![0u32; t.tokens.len() + 1];
    for (k, m) in ms.iter().enumerate() {
        if m.kind == Kind::Person {
            at[m.toks.start] = k as u32 + 1;
        }
    }
    at
}

/// Titles and offices the tagger named as organizations, or took into a person's name:
/// - an office alone before a person ("Justice" before "Sonia Sotomayor") is dropped, and so is
///   an organization word alone before an office and a person ("Police" in "Police
///   Superintendent Larry Snelling");
/// - an office that opens an organization's or a person's mention is cut off when a first name
///   follows it ("Mayor Diane Delaware", "District Judge Xavier Rodriguez", "Border Czar Tom
///   Homan"), or when a person's mention follows right after ("Justice Ketanji" + "Brown
///   Jackson" is one person);
/// - the field of a minister or a secretary is part of the office ("Minister for Energy and
///   Decarbonisation", "Minister of Energy and Mines Stephen Lecce").
///
/// Places are left alone: "Prince William County" is a county.
pub fn offices_before_people(t: &Tagged, ms: &mut Vec<Mention>) {
    // Whether a word is an office, worked out at its first asking: the walks below ask of
    // a word several times, and of few words in all.
    let mut memo = vec![0u8; t.tokens.len() + 1];
    let memo = Cell::from_mut(&mut memo[..]).as_slice_of_cells();
    let is_office = |i: usize| match memo.get(i).map(Cell::get) {
        Some(0) => {
            let yes = is_office_word_at(t, i);
            memo[i].set(1 + u8::from(yes));
            yes
        }
        Some(v) => v == 2,
        None => false,
    };
    let first_name = |i: usize| cap_word(t, i) && t.info[i].flags & gz::FIRST != 0;
    let starts = person_starts(t, ms);
    let person_at = |i: usize| match starts.get(i) {
        Some(&k) if k > 0 => Some(k as usize - 1),
        _ => None,
    };
    // After an office, the person's name: a first name, or a person's mention.
    let person_from = |i: usize| first_name(i) || person_at(i).is_some();
    let mut drop = vec![false; ms.len()];
    let mut joined: Vec<(usize, Mention)> = Vec::new();
    for (k, m) in ms.iter().enumerate() {
        if m.toks.is_empty() {
            continue;
        }
        let (s, e) = (m.toks.start, m.toks.end);
        if m.kind == Kind::Place {
            // "Britain's Prince William" is the prince, not the Virginia county: a royal title
            // and a first name after a country's possessive.
            let royal = e == s + 2
                && s >= 2
                && t.is_possessive(s - 1)
                && cap_word(t, s - 2)
                && matches!(t.tok(s), "Prince" | "Princess" | "King" | "Queen")
                && first_name(s + 1);
            if royal {
                joined.push((k, t.mention(s + 1..e, Kind::Person)));
            }
            continue;
        }
        let next_person = person_at(e);
        let field = minister_field(t, s);
        if field || office_of_the(t, s) {
            // The field runs to the person's first name, if one is in the mention. "Secretary
            // of the Navy" alone may name the Navy.
            match (s + 1..e.saturating_sub(1)).find(|&i| first_name(i)) {
                Some(i) => joined.push((k, t.mention(i..e, Kind::Person))),
                None if field && m.kind == Kind::Organization => drop[k] = true,
                None => {}
            }
            continue;
        }
        // Only offices: dropped when a person follows ("Justice" + "Sonia Sotomayor"); an
        // organization word alone before offices and a person is the office's field.
        if m.kind == Kind::Organization && (s..e).all(is_office) {
            // An office's abbreviation names no body even with no name after it ("the
            // Yankees' GM, Cashman").
            let abbreviation = (s..e).all(|i| super::entities::is_acronym(t.tok(i)));
            if person_from(e) || abbreviation {
                drop[k] = true;
            }
            continue;
        }
        // An office's field or owner with the office after it, then a person: "Border" (or
        // "Border Czar") before "Czar Tom Homan"; "Police" before "Superintendent Larry
        // Snelling". A field alone is dropped, and so is an organization word alone; an owner
        // ("Apple" in "Apple CEO Tim Cook") is left to `office_splits`.
        if m.kind == Kind::Organization {
            let mut o = e;
            while is_office(o) {
                o += 1;
            }
            let mut c = e;
            while c > s && is_office(c - 1) {
                c -= 1;
            }
            if (o > e || c < e) && person_from(o) {
                // "Labour MP Sarah Jones": a member's party is a name of its own.
                if o > e && is_member(t.tok(e)) {
                    continue;
                }
                let lone_word = c - s == 1 && is_lone_org_word(t, &t.mention(s..c, m.kind));
                let owned = (s..c).any(|i| is_owner_word(t, i) || is_chamber_or_place(t, i));
                if lone_word || !owned {
                    drop[k] = true;
                }
                continue;
            }
        }
        // The last office word, with a person's name after it. The name's first word is a
        // flag test, made before the office's look-up.
        let org_before_person = m.kind == Kind::Organization && next_person.is_some();
        // "PBOC Governor Pan Gongsheng": after a body's acronym and its office, two or three
        // capitalised words with no body's word in them are a person, whom no list of first
        // names may know.
        let after_acronym = |i: usize| {
            m.kind == Kind::Organization
                && i == s + 1
                && super::entities::is_acronym(t.tok(s))
                && (3..=4).contains(&(e - i))
                && (i + 1..e).all(|j| cap_word(t, j) && t.info[j].flags & gz::ORG_WORD == 0)
                && !gz::is_listed_place(&t.lowers(&(i + 1..e)))
        };
        // "Emperor Naruhito", "Sultan Ibrahim": a sovereign is named by one word.
        let sovereign =
            |i: usize| i == s && i + 2 == e && m.kind == Kind::Person && is_sovereign(t.tok(i));
        let cut = (s..e.saturating_sub(1)).rev().find(|&i| {
            (org_before_person || first_name(i + 1) || after_acronym(i) || sovereign(i))
                && is_office(i)
        });
        let Some(p) = cut.filter(|&p| !(p + 1..e).any(is_office)) else {
            continue;
        };
        let rest = p + 1..e;
        // "Sheikh Ahmed Center for Pancreatic Cancer Research", "Grand Chief Alvin Fiddler of
        // Nishnawbe Aski Nation": an organization's name, or more than a person's.
        let more_than_a_name = rest.clone().any(|i| {
            t.info[i].flags & (gz::ORG_CUE | gz::KNOWN_ORG) != 0
                || matches!(t.tok(i), "of" | "for" | "and" | "the" | "&")
        });
        if more_than_a_name {
            continue;
        }
        if m.kind == Kind::Organization {
            // "Mayor Diane Delaware"; "Justice Ketanji" before "Brown Jackson".
            let person = first_name(rest.start) || next_person.is_some() || after_acronym(p);
            if super::context::ends_org_name(t, &rest) || !person {
                continue;
            }
        } else if (rest.len() < 2 || !first_name(rest.start)) && !sovereign(p) {
            // "John Major", "Martin Luther King Jr.": a title word inside a person's name.
            continue;
        }
        let end = match next_person {
            Some(n) if m.kind == Kind::Organization => {
                drop[n] = true;
                ms[n].toks.end
            }
            _ => e,
        };
        joined.push((k, t.mention(rest.start..end, Kind::Person)));
    }
    for (k, m) in joined {
        ms[k] = m;
        drop[k] = false;
    }
    let mut k = 0;
    ms.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
}

/// "Cook County State's Attorney Eileen Burke", "Assistant State's Attorney": the office of an
/// American county's prosecutor, whose "State" the tagger takes into the county's name or
/// names alone. The county before it is a place.
pub fn states_attorneys(t: &Tagged, ms: &mut Vec<Mention>) {
    ms.retain_mut(|m| {
        let e = m.toks.end;
        let office = t.tok(e - 1) == "State"
            && t.is_possessive(e)
            && matches!(t.tok(e + 1), "Attorney" | "Attorneys");
        if !office {
            return true;
        }
        let s = m.toks.start;
        let Some(last) = (s..e - 1)
            .rev()
            .find(|&i| !is_office_word_at(t, i) && !super::entities::is_role_modifier(t.tok(i)))
        else {
            return false;
        };
        let kind = if t.tok(last) == "County" {
            Kind::Place
        } else {
            m.kind
        };
        *m = t.mention(s..last + 1, kind);
        true
    });
}

/// "Labour MPs", "Liberal MPs": members of a parliament are no part of a name. The party
/// before them stays where the tagger named it a body; a person's name never ends so, and a
/// party's adjective ("Liberal", "Tory") is no name. Inside a body's name the member's title
/// parts the party from the seat or the member: "the Ulster Unionist MLA for Upper Bann",
/// "Labour MP Sarah Jones".
pub fn members(t: &Tagged, ms: &mut Vec<Mention>) {
    let plural = |i: usize| t.tok(i).strip_suffix('s').is_some_and(is_member);
    let mut parts = Vec::new();
    ms.retain_mut(|m| {
        let e = m.toks.end;
        if plural(e - 1) {
            if m.kind != Kind::Organization || m.toks.len() == 1 {
                return false;
            }
            *m = t.mention(m.toks.start..e - 1, m.kind);
            return true;
        }
        if m.toks.len() >= 2 && is_member(t.tok(e - 1)) {
            *m = member_before_title(t, m);
            return true;
        }
        if m.kind != Kind::Organization || m.toks.len() < 3 {
            return true;
        }
        let Some(p) = (m.toks.start + 1..e - 1).find(|&i| is_member(t.tok(i))) else {
            return true;
        };
        let (rest, kind) = if t.tok(p + 1) == "for" {
            (p + 2..e, Kind::Place)
        } else {
            (p + 1..e, Kind::Person)
        };
        if !rest.is_empty() {
            parts.push(t.mention(rest, kind));
        }
        *m = t.mention(m.toks.start..p, Kind::Organization);
        true
    });
    ms.extend(parts);
}

/// A name that a member's title ends ("the Labour MP", "Fianna Fáil TD", "the Hartlepool
/// MP", "Sarah Jones MP"), without the title. The words before it are a party or a seat
/// whatever the tagger read: a listed body or place says which, and a person's name opens
/// with a first name; otherwise the tagger's kind stands, a person's becoming the party.
fn member_before_title(t: &Tagged, m: &Mention) -> Mention {
    let rest = m.toks.start..m.toks.end - 1;
    let words = t.lowers(&rest);
    let kind = if gz::is_listed_org(&words) {
        Kind::Organization
    } else if gz::is_listed_place(&words) {
        Kind::Place
    } else if m.kind != Kind::Person {
        m.kind
    } else if rest.len() >= 2 && t.info[rest.start].flags & gz::FIRST != 0 {
        Kind::Person
    } else {
        Kind::Organization
    };
    t.mention(rest, kind)
}

/// `s` follows "Minister of", "Minister for", "Secretary of State for" and the like: the
/// words from `s` are the office's field. Also where `s` opens the field's last part
/// ("Minister of Mining and Energy Jelena Radulović").
fn minister_field(t: &Tagged, mut s: usize) -> bool {
    if s >= 2 && matches!(t.tok(s - 1), "and" | "&" | ",") {
        let mut a = s - 1;
        while a > 0 && s - a < 8 && (cap_word(t, a - 1) || matches!(t.tok(a - 1), "and" | ",")) {
            a -= 1;
        }
        s = a;
    }
    s >= 2
        && matches!(t.tok(s - 1), "of" | "for")
        && (matches!(
            t.tok(s - 2),
            "Minister" | "Ministers" | "Secretary" | "Secretaries" | "Commissioner"
        ) || (s >= 4 && t.tok(s - 2) == "State" && t.tok(s - 4) == "Secretary"))
}

/// Titles of those whom news names by one word after the title.
fn is_sovereign(w: &str) -> bool {
    matches!(
        w,
        "Emperor" | "Empress" | "King" | "Queen" | "Sultan" | "Emir" | "Pope" | "Tsar"
    )
}

/// Members of parliaments, written before a member's name: "Labour MP Sarah Jones",
/// "Sinn Féin TD Pat Ryan".
pub(super) const MEMBERS: &[&str] = &["MP", "MEP", "MSP", "MLA", "MPP", "TD"];

pub(crate) fn is_member(w: &str) -> bool {
    MEMBERS.contains(&w)
}

/// `is_member` however the title is cased ("the mp for …" in a lowercased quote cue).
pub(crate) fn is_member_in_any_case(w: &str) -> bool {
    w.len() <= 3 && MEMBERS.iter().any(|m| m.eq_ignore_ascii_case(w))
}

/// `s` follows "Chancellor of the", "Secretary of the", "Minister for the" ("Chancellor of the
/// Exchequer Rachel Reeves").
fn office_of_the(t: &Tagged, s: usize) -> bool {
    s >= 3
        && t.tok(s - 1) == "the"
        && matches!(t.tok(s - 2), "of" | "for")
        && matches!(
            t.tok(s - 3),
            "Chancellor" | "Minister" | "Secretary" | "Commissioner" | "Comptroller"
        )
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::rows;
    use crate::extract::Kind::{Organization as O, Person as P, Place as L};

    #[test]
    fn a_person_after_an_acronym_and_an_office_needs_no_listed_first_name() {
        let got = rows(
            "ZRB Governor Qaro Venlitz said so. The ZRB Governing Council Office agreed.",
            &[
                ("ZRB Governor Qaro Venlitz", O),
                ("ZRB Governing Council Office", O),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("ZRB".into(), O),
                ("Qaro Venlitz".into(), P),
                ("ZRB Governing Council Office".into(), O),
            ]
        );
    }

    #[test]
    fn a_members_party_is_a_name_of_its_own() {
        let got = rows(
            "Labour MP Sarah Jones agreed. Green Party MP Jane Doe said. Two Labour MPs left; \
             Tory MPs stayed.",
            &[
                ("Labour", O),
                ("Sarah Jones", P),
                ("Green Party MP Jane Doe", P),
                ("Labour MPs", O),
                ("Tory MPs", P),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Labour".into(), O),
                ("Sarah Jones".into(), P),
                ("Green Party".into(), O),
                ("Jane Doe".into(), P),
            ]
        );
    }

    #[test]
    fn an_office_before_a_person_is_no_organization() {
        let text = "The Justice Department filed a brief. Justice Sonia Sotomayor asked. \
                    Justice Ketanji Brown Jackson agreed. Police Superintendent Larry Snelling \
                    spoke. Coroner Ricky Dubose counted.";
        let r = rows(
            text,
            &[
                ("Justice Department", O),
                ("Justice Ketanji", O),
                ("Justice", O),
                ("Police", O),
                ("Coroner", O),
                ("Sonia Sotomayor", P),
                ("Brown Jackson", P),
                ("Larry Snelling", P),
                ("Ricky Dubose", P),
            ],
        );
        assert_eq!(
            r,
            vec![
                ("Justice Department".into(), O),
                ("Sonia Sotomayor".into(), P),
                ("Ketanji Brown Jackson".into(), P),
                ("Larry Snelling".into(), P),
                ("Ricky Dubose".into(), P),
            ]
        );
    }

    #[test]
    fn an_office_opening_a_mention_is_cut_off() {
        let text = "She toured the city with Mayor Diane Delaware. Chief Financial Officer \
                    Colette Kress said sales rose. She met Border Czar Tom Homan. Former prime \
                    minister John Major spoke. The General Motors plant closed.";
        let r = rows(
            text,
            &[
                ("Mayor Diane Delaware", O),
                ("Financial Officer Colette Kress", P),
                ("Border Czar Tom Homan", P),
                ("John Major", P),
                ("General Motors", O),
            ],
        );
        assert_eq!(
            r,
            vec![
                ("Diane Delaware".into(), P),
                ("Colette Kress".into(), P),
                ("Tom Homan".into(), P),
                ("John Major".into(), P),
                ("General Motors".into(), O),
            ]
        );
    }

    #[test]
    fn a_ministers_field_is_part_of_the_office() {
        let text = "The state's Minister for Energy and Decarbonisation, Amber Sanderson, spoke. \
                    Ontario Minister of Energy and Mines Stephen Lecce said so. The Ministry of \
                    Energy agreed.";
        let r = rows(
            text,
            &[
                ("Energy and Decarbonisation", O),
                ("Amber Sanderson", P),
                ("Energy and Mines Stephen Lecce", P),
                ("Ministry of Energy", O),
            ],
        );
        assert_eq!(
            r,
            vec![
                ("Amber Sanderson".into(), P),
                ("Stephen Lecce".into(), P),
                ("Ministry of Energy".into(), O),
            ]
        );
    }

    #[test]
    fn irish_and_australian_offices_are_titles() {
        let r = rows(
            "Tánaiste Simon Harris spoke. Cr Pellegrino objected.",
            &[("Tánaiste Simon Harris", P), ("Cr Pellegrino", P)],
        );
        assert_eq!(
            r,
            vec![("Simon Harris".into(), P), ("Pellegrino".into(), P)]
        );
    }

    #[test]
    fn an_office_of_the_field_is_cut_before_the_person() {
        let text = "Chancellor of the Exchequer Harriet Langbourne spoke. The Secretary of the \
                    Navy said so.";
        let r = rows(text, &[("Exchequer Harriet Langbourne", O), ("Navy", O)]);
        assert_eq!(
            r,
            vec![("Harriet Langbourne".into(), P), ("Navy".into(), O)]
        );
    }

    #[test]
    fn a_teams_gm_is_an_office_and_general_motors_is_not() {
        let got = rows(
            "Falcons GM Darnell Hoke said so. The Falcons' GM, Hoke, agreed.",
            &[
                ("Falcons", O),
                ("GM Darnell Hoke", P),
                ("GM", O),
                ("Hoke", P),
            ],
        );
        assert_eq!(got, vec![("Falcons".into(), O), ("Darnell Hoke".into(), P)]);
        let got = rows("GM said sales rose.", &[("GM", O)]);
        assert_eq!(got, vec![("GM".into(), O)]);
    }

    #[test]
    fn a_sovereign_is_named_by_one_word_after_the_title() {
        let got = rows(
            "Emperor Tokihiro and Sultan Qamar met Nat King Cole.",
            &[
                ("Emperor Tokihiro", P),
                ("Sultan Qamar", P),
                ("Nat King Cole", P),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Tokihiro".into(), P),
                ("Qamar".into(), P),
                ("Nat King Cole".into(), P),
            ]
        );
    }

    #[test]
    fn a_states_attorney_is_an_office_after_the_county() {
        let got = rows(
            "Lake County State’s Attorney Dana Wirth spoke. Assistant State’s Attorney Omar \
             Reyes argued.",
            &[
                ("Lake County State", O),
                ("Dana Wirth", P),
                ("Assistant State", O),
                ("Omar Reyes", P),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Lake County".into(), L),
                ("Dana Wirth".into(), P),
                ("Omar Reyes".into(), P),
            ]
        );
    }

    #[test]
    fn a_demonym_before_a_ministry_of_is_no_part_of_its_name() {
        let got = rows(
            "The French Ministry of Culture said so. The Lebanese Health Ministry agreed.",
            &[
                ("French Ministry of Culture", O),
                ("Lebanese Health Ministry", O),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Ministry of Culture".into(), O),
                ("Lebanese Health Ministry".into(), O),
            ]
        );
    }

    #[test]
    fn a_royal_title_after_a_countrys_possessive_is_no_county() {
        let got = rows(
            "Britain's Prince William visited. Residents of Prince William County voted.",
            &[
                ("Britain", L),
                ("Prince William County", L),
                ("Prince William", L),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Britain".into(), L),
                ("William".into(), P),
                ("Prince William County".into(), L),
            ]
        );
    }

    #[test]
    fn a_field_of_two_parts_before_a_person_is_the_office() {
        // The tagger named the field's last part with the person.
        let got = rows(
            "Minister of Mining and Energy Jelena Radulović said so. Smith and Energy Transfer \
             met.",
            &[
                ("Energy Jelena Radulović", O),
                ("Smith", P),
                ("Energy Transfer", O),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Jelena Radulović".into(), P),
                ("Smith".into(), P),
                ("Energy Transfer".into(), O)
            ]
        );
    }

    #[test]
    fn a_members_title_after_a_party_a_seat_or_a_name_is_no_part_of_it() {
        let got = rows(
            "The Labour MP spoke. Seán Ó Broin, a Fianna Fáil TD, met the Dublin Bay North TD \
             and an Aontú TD. Sarah Jones MP agreed. So did the MP for Bristol West and the \
             member for Griffith.",
            &[
                ("Labour MP", O),
                ("Seán Ó Broin", P),
                ("Fianna Fáil TD", P),
                ("Dublin Bay North TD", L),
                ("Aontú TD", P),
                ("Sarah Jones MP", P),
                ("Bristol West", P),
                ("Griffith", P),
            ],
        );
        for row in [
            ("Labour", O),
            ("Seán Ó Broin", P),
            ("Fianna Fáil", O),
            ("Dublin Bay North", L),
            ("Aontú", O),
            ("Sarah Jones", P),
            ("Bristol West", L),
            ("Griffith", L),
        ] {
            assert!(got.contains(&(row.0.into(), row.1)), "{row:?}: {got:?}");
        }
        assert_eq!(got.len(), 8, "{got:?}");
    }

    #[test]
    fn a_members_title_inside_a_bodys_name_parts_party_and_seat() {
        let got = rows(
            "Robin Dunlop, the Ulster Unionist MLA for Upper Bann, spoke. He met Sinn Féin TD Pat \
             Ryan.",
            &[
                ("Robin Dunlop", P),
                ("Ulster Unionist MLA for Upper Bann", O),
                ("Sinn Féin TD Pat Ryan", O),
            ],
        );
        for row in [
            ("Robin Dunlop", P),
            ("Ulster Unionist", O),
            ("Upper Bann", L),
            ("Sinn Féin", O),
            ("Pat Ryan", P),
        ] {
            assert!(got.contains(&(row.0.into(), row.1)), "{row:?}: {got:?}");
        }
        assert_eq!(got.len(), 5, "{got:?}");
    }
}
