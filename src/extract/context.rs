//! What the words around a mention say about it. The tagger sees a few words either side;
//! these rules read the cues news writing gives explicitly and that a window of features
//! weighs too lightly: an honorific makes a person ("Mr Assange"), a street word a place
//! ("Gladstone Avenue"), a legal form or an appositive "company" an organization ("Sierra
//! Nevada Corp.", "energy company Burisma"), and an organization word after a demonym or a
//! possessive closes an organization's name ("Swedish Prosecution Authority", "County
//! Sheriff's Department").

use super::entities::{
    clean, covered, is_acronym, is_capitalised, is_position_abbreviation, is_role_modifier,
    is_role_noun, mention_spans, reaches_outside, Mention, Tagged, PUBLIC_OFFICES,
};
use super::features::SENT_START;
use super::gazetteer::{self as gz};
use super::merge::FastSet;
use super::names;
use super::tokenize::TokenKind;
use super::{Kind, Span};
use std::collections::HashSet;
use std::ops::Range;

/// Words that only ever come before a person's name.
pub fn is_honorific(w: &str) -> bool {
    const HONORIFICS: &[&str] = &[
        "dame", "dr", "hon", "miss", "mr", "mrs", "ms", "mx", "rt", "sir",
    ];
    let w = w.strip_suffix('.').unwrap_or(w);
    // Asked of the word before every mention: most are longer than any honorific.
    w.len() <= 4 && gz::in_list(HONORIFICS, w)
}

/// The kind the mention's own context states, if it states one.
pub fn stated_kind(t: &Tagged, m: &Mention) -> Option<Kind> {
    if m.toks.is_empty() {
        return None;
    }
    let generational = m.toks.len() >= 2
        && matches!(
            t.tok(m.toks.end - 1),
            "Jr." | "Jr" | "Sr." | "Sr" | "III" | "IV"
        );
    if m.toks.start > 0 && is_honorific(t.tok(m.toks.start - 1))
        || double_first_name(t, m)
        || hyphenated_given_name(t, m)
        || generational
        || leads_an_administration(t, m)
        || after_position(t, m)
        || age_after(t, m)
        || family_name(t, m)
    {
        return Some(Kind::Person);
    }
    if legal_form_at_end(t, m) {
        return Some(Kind::Organization);
    }
    if after_person_title(t, m) && !ends_org_name(t, &m.toks) {
        return Some(Kind::Person);
    }
    if resident_place(t, m)
        || place_noun_before(t, m)
        || article_place(t, m)
        || is_dateline_city(t, m)
        || compass_before(t, m)
        || listed_place_after_in(t, m)
    {
        return Some(Kind::Place);
    }
    if m.toks.len() == 1 && state_after_town(t, m.toks.start)
        || (t.tok(m.toks.end) == ","
            && state_after_town(t, m.toks.end + 1)
            && !is_byline_writer(t, m.toks.start))
    {
        return Some(Kind::Place);
    }
    // "Downing Street said", "a Holyrood spokesman": a seat of government that speaks is
    // the government.
    // Not after a preposition of place: in "his office at the Élysée Palace declined" the
    // office speaks, from the building.
    let at_place = {
        let s = m.toks.start;
        let the = s > 0 && t.tok(s - 1).eq_ignore_ascii_case("the");
        s.checked_sub(if the { 2 } else { 1 })
            .is_some_and(|p| is_place_preposition(t.tok(p)))
    };
    if is_seat_of_government(t, m) && speaks_after(t.tok(m.toks.end)) && !at_place {
        return Some(Kind::Organization);
    }
    if m.toks.len() >= 2 {
        let last = t.tok(m.toks.end - 1);
        // "Nathan Lane": a first name and a street's word may be a person.
        let person = m.toks.len() == 2 && lane_person(t, m.toks.start);
        // "Derby County" is a club.
        let county_club = last == "County" && gz::is_listed_team(&t.lowers(&m.toks));
        // "Avenue H", "Street 5": a street's word before a letter or a number.
        let lettered = m.toks.len() == 2
            && is_street_word(t.tok(m.toks.start))
            && (last.len() == 1 && last.as_bytes()[0].is_ascii_uppercase()
                || t.tokens[m.toks.end - 1].kind == TokenKind::Number);
        // "Marianne Lake", "Carla Hills": a first name before a feature's word that is also a
        // surname, unless the two are a listed place ("Crystal Lake").
        let surname_tail = m.toks.len() == 2
            && t.info[m.toks.start].flags & gz::FIRST != 0
            && matches!(last, "Lake" | "Bay" | "Hills")
            && !gz::is_listed_place(&t.lowers(&m.toks));
        // "Catholic Charities of the Rio Grande Valley": a body's head before "of" names the
        // body, whatever place ends it.
        let body_of = || names_a_field(t, &m.toks);
        if (is_street_word(last) && !person)
            || lettered
            || (is_place_tail(last) && !county_club && !surname_tail && !body_of())
            || is_venue(t, m)
        {
            return Some(Kind::Place);
        }
        // "Air Canada", "Air Astana", "Air Force": a place after "Air" names an airline or
        // an air force.
        if t.tok(m.toks.start) == "Air" {
            return Some(Kind::Organization);
        }
    }
    if m.toks.len() == 1 && is_compound_street(t.tok(m.toks.start)) {
        return Some(Kind::Place);
    }
    if after_company_noun(t, m)
        || shares_before(t, m)
        || published_by(t, m)
        // "Rockville Centre" is a town: a listed place's whole name outweighs its last word.
        || (ends_org_name(t, &m.toks) && !gz::is_listed_place(&t.lowers(&m.toks)))
        || is_district_body(t, &m.toks)
        || works_there(t, m)
        || company_after(t, m)
        || (m.kind != Kind::Organization && m.toks.clone().any(|i| is_compound_brand(t.tok(i))))
    {
        return Some(Kind::Organization);
    }
    // "the Assembly", "the Senate": an organization's word alone after "the" is the body.
    let the_before = m.toks.start > 0 && t.tok(m.toks.start - 1).eq_ignore_ascii_case("the");
    if is_newspaper(t, m) || (the_before && is_lone_org_word(t, m)) {
        return Some(Kind::Organization);
    }
    if is_team_context(t, m.toks.end) && !is_major(t, m) {
        // "Blake Treinen (1-3)": a pitcher's record is written as a team's is.
        let player = m.toks.len() >= 2
            && t.info[m.toks.start].flags & gz::FIRST != 0
            && !t.tok(m.toks.end - 1).ends_with('s')
            && is_record_after(t, m.toks.end);
        return Some(if player {
            Kind::Person
        } else {
            Kind::Organization
        });
    }
    if region_over_company(t, m) {
        return Some(Kind::Place);
    }
    // The Moon and the planets are places when they are names at all.
    if m.toks.len() == 1
        && matches!(
            t.tok(m.toks.start),
            "Moon" | "Earth" | "Mars" | "Venus" | "Jupiter" | "Saturn" | "Neptune" | "Uranus"
        )
    {
        return Some(Kind::Place);
    }
    None
}

/// "Migración Colombia, the agency that controls the border": a country the tagger named
/// alone, after a capitalised word no mention holds, and described as a body, is the end of
/// the body's name. The apposition would otherwise make the country a body wherever it
/// stands.
pub fn bodies_ending_in_a_country(t: &Tagged, ms: &mut Vec<Mention>) {
    let mut taken: Option<Vec<bool>> = None;
    let mut found = Vec::new();
    for m in ms.iter() {
        let s = m.toks.start;
        if m.kind == Kind::Person
            || s < 2
            || t.tok(m.toks.end) != ","
            || !cap_word(t, s - 1)
            || t.info[s - 1].flags & gz::STOP != 0
            || super::entities::is_opening_word(t.tok(s - 1))
            || t.tokens[s].line_start
        {
            continue;
        }
        if !is_major(t, m) || !company_after(t, m) {
            continue;
        }
        // The tokens the mentions cover, made at the first candidate.
        let taken = taken.get_or_insert_with(|| covered(t, ms));
        if !taken[s - 1] {
            found.push(t.mention(s - 1..m.toks.end, Kind::Organization));
        }
    }
    replace_overlapped(t, ms, found);
}

/// How far either side of a word the rules that need a topic's word near it look.
const NEARBY: usize = 60;

/// A word `is_topic` takes is written within `NEARBY` words of token `i`: a bounded window, so
/// a text that repeats the candidate stays linear.
fn written_near(t: &Tagged, i: usize, is_topic: impl Fn(&str) -> bool) -> bool {
    (i.saturating_sub(NEARBY)..(i + NEARBY).min(t.tokens.len())).any(|j| is_topic(t.tok(j)))
}

/// "HealthCare", "PepsiCo", "BlackRock": two words run together with a capital inside, after
/// four lowercase letters or more, is a company's coinage. People's names capitalise inside
/// after shorter prefixes ("McDonald", "DeSantis", "MacKenzie", "FitzGerald").
fn is_compound_brand(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() < 6 || !b[0].is_ascii_uppercase() {
        return false;
    }
    let mut lower = 0;
    for &c in &b[1..] {
        if c.is_ascii_lowercase() {
            lower += 1;
        } else if c.is_ascii_uppercase() && lower >= 4 {
            return true;
        } else {
            lower = 0;
        }
    }
    false
}

/// "deforestation in the Amazon", "the Brazilian Amazon": a region that is also a known
/// company's name is the region after "the" or a demonym, with forests written of nearby,
/// unless a word follows that the company would own ("the Amazon warehouse").
fn region_over_company(t: &Tagged, m: &Mention) -> bool {
    let s = m.toks.start;
    if t.info[s].flags & gz::KNOWN_ORG == 0 || m.toks.len() != 1 || s == 0 {
        return false;
    }
    let before = matches!(t.tok(s - 1), "the" | "The") || t.info[s - 1].flags & gz::DEMONYM != 0;
    const OWNED: &[&str] = &[
        "account",
        "app",
        "boss",
        "chief",
        "deal",
        "deliveries",
        "delivery",
        "device",
        "devices",
        "driver",
        "drivers",
        "employee",
        "employees",
        "executive",
        "executives",
        "facility",
        "founder",
        "marketplace",
        "order",
        "orders",
        "package",
        "packages",
        "seller",
        "sellers",
        "shares",
        "spokesman",
        "spokesperson",
        "spokeswoman",
        "stock",
        "store",
        "stores",
        "warehouse",
        "warehouses",
        "worker",
        "workers",
    ];
    let after = t
        .tokens
        .get(s + 1)
        .is_none_or(|x| x.kind != TokenKind::Word)
        || (t.first_byte(s + 1).is_ascii_lowercase() && !gz::in_list(OWNED, t.tok(s + 1)));
    // A company's story may say "the Amazon sale": the region needs its forest nearby.
    let forest = || {
        written_near(t, s, |w| {
            matches!(
                w,
                "rainforest"
                    | "deforestation"
                    | "Deforestation"
                    | "forest"
                    | "forests"
                    | "basin"
                    | "jungle"
            )
        })
    };
    before && after && gz::is_major_place(&t.lowers(&m.toks)) && forest()
}

/// "President Xi Jinping", "Defense Secretary Mark Esper", "Sen. Warren": an office that
/// only a person holds, written right before the name. Titles that also open other names
/// ("General Motors", "Major League", "Justice Department", "Crown Prince") are left out.
fn after_person_title(t: &Tagged, m: &Mention) -> bool {
    const TITLES: &[&str] = &[
        "adm",
        "admiral",
        "ambassador",
        "ayatollah",
        "bishop",
        "capt",
        "cardinal",
        "ceo",
        "chairman",
        "chairwoman",
        "chancellor",
        "cmdr",
        "col",
        "commissioner",
        "congressman",
        "congresswoman",
        "councilman",
        "councilwoman",
        "detective",
        "dictator",
        "emir",
        "gen",
        "gov",
        "governor",
        "imam",
        "judge",
        "lt",
        "mayor",
        "minister",
        "pope",
        "premier",
        "president",
        "president-elect",
        "rep",
        "rev",
        "reverend",
        "secretary",
        "sen",
        "senator",
        "sgt",
        "sheikh",
        "spokesman",
        "spokeswoman",
        "sultan",
    ];
    // The gazetteer's title flag (a wider list) settles most words before the search.
    m.toks.start > 0 && t.info[m.toks.start - 1].flags & gz::TITLE != 0 && {
        let w = t.tok(m.toks.start - 1);
        let w = w.strip_suffix('.').unwrap_or(w);
        w.len() <= 15 && gz::in_list(TITLES, w)
    }
}

/// "Travis Dean McAllister, 44, of Spokane Valley": an age between commas after a name.
fn age_after(t: &Tagged, m: &Mention) -> bool {
    let e = m.toks.end;
    t.first_byte(e) == b','
        && t.tokens
            .get(e + 1)
            .is_some_and(|x| x.kind == TokenKind::Number)
        && t.tok(e + 1).len() <= 3
        && t.tok(e + 1).bytes().all(|b| b.is_ascii_digit())
        && matches!(t.tok(e + 2), "," | "." | "–" | "—")
        && !t.tokens[e + 1].line_start
}

/// "the Trujillo family", "the Wright brothers": a family's name, though a town may bear it
/// ("an Oakland family" is the town's, `resident_place`).
fn family_name(t: &Tagged, m: &Mention) -> bool {
    let s = m.toks.start;
    s > 0
        && t.tok(s - 1) == "the"
        && t.tokens.get(m.toks.end).is_some_and(|x| !x.line_start)
        && matches!(
            t.tok(m.toks.end),
            "family" | "families" | "clan" | "dynasty" | "brothers" | "sisters"
        )
}

/// "CB Greedy Williams", "DL Devaroe Lawrence": a sports page's position written before a
/// player's full name. Not after a comma, where two capitals are a state's code ("Dover, DE").
fn after_position(t: &Tagged, m: &Mention) -> bool {
    let s = m.toks.start;
    if s == 0 {
        return false;
    }
    // Asked of every mention: the word before is most often a stop word ("the", "said"), a
    // flag test that ends it.
    if t.info[s - 1].flags & gz::STOP != 0 {
        return false;
    }
    let before = t.tok(s - 1);
    // "quarterback Patrick Mahomes", "Right-hander Dylan Cease", "loosehead Ox Nché". Words
    // that are also other things ("center", "guard", "forward") need the sport's word before
    // them: "point guard Jalen Brunson".
    // Both lists are lowercase; `in_list` lowers the word ("Right-hander").
    let plain = |w: &str| {
        !matches!(w, "center" | "centre" | "forward" | "guard")
            && (gz::in_list(POSITIONS, w) || gz::in_list(PLAYER_ROLES, w))
    };
    if plain(before)
        || (matches!(before, "guard" | "forward" | "center")
            && matches!(
                t.tok(s.wrapping_sub(2)),
                "point" | "shooting" | "power" | "small"
            ))
    {
        return true;
    }
    m.toks.len() >= 2
        && before.len() >= 2
        && is_position_abbreviation(before)
        && (s < 2 || t.tok(s - 2) != ",")
}

/// Players' roles that sports pages write before a name and that name no team's position.
const PLAYER_ROLES: &[&str] = &[
    "flanker",
    "fly-half",
    "left-hander",
    "lefty",
    "loosehead",
    "reliever",
    "right-hander",
    "righty",
    "scrum-half",
    "tighthead",
];

/// "This article was originally published by Futurism", "Provided by European Space Agency":
/// a syndication credit names a publisher; "owned by Stripe", an owner.
fn published_by(t: &Tagged, m: &Mention) -> bool {
    let s = m.toks.start;
    if s < 2 || t.tok(s - 1) != "by" {
        return false;
    }
    // "the payments firm owned by Stripe": what owns, backs or runs a firm is a firm, unless
    // its name may be a person's or a place's ("owned by Musk", "backed by China").
    let owner = || {
        m.kind != Kind::Person
            && matches!(
                t.tok(s - 2),
                "owned" | "acquired" | "backed" | "bought" | "developed" | "operated"
            )
            && t.info[s].flags & (gz::FIRST | gz::SURNAME | gz::TITLE | super::features::PLACE_B)
                == 0
    };
    matches!(
        t.tok(s - 2),
        "published" | "Published" | "provided" | "Provided"
    ) || owner()
}

/// "in Madison", "near Khan Younis": a listed place after "in" or "near" is the place. In
/// 1,000 annotated articles a person follows "in" or "near" 13 times in 2,500, 10 of them
/// before a possessive ("in Merz's own party"); a person's full name opening with a listed
/// first name is left alone too.
fn listed_place_after_in(t: &Tagged, m: &Mention) -> bool {
    let s = m.toks.start;
    s > 0
        && matches!(t.tok(s - 1), "in" | "near" | "In" | "Near")
        && !t.is_possessive(m.toks.end)
        // "in Allen v. Milligan": a case's name.
        && !matches!(t.tok(m.toks.end), "v." | "v" | "vs." | "vs")
        && !(m.toks.len() >= 2 && t.info[s].flags & gz::FIRST != 0)
        && gz::is_listed_place(&t.lowers(&m.toks))
}

/// "north Clare", "southern Lebanon", "eastern Chad": a name after a lowercase compass word
/// is a place.
pub(super) fn compass_before(t: &Tagged, m: &Mention) -> bool {
    let s = m.toks.start;
    s > 0
        && t.first_byte(s - 1).is_ascii_lowercase()
        && matches!(
            t.tok(s - 1),
            "north"
                | "south"
                | "east"
                | "west"
                | "northern"
                | "southern"
                | "eastern"
                | "western"
                | "central"
                | "northeast"
                | "northwest"
                | "southeast"
                | "southwest"
                | "northeastern"
                | "northwestern"
                | "southeastern"
                | "southwestern"
        )
}

/// "at", "in", "near": a preposition of place, also opening a sentence.
fn is_place_preposition(w: &str) -> bool {
    ["at", "in", "inside", "outside", "near", "from"]
        .iter()
        .any(|p| w.eq_ignore_ascii_case(p))
}

/// "In La Matanza, the district", "at La Moneda": a name that opens with a Spanish article,
/// after a preposition of place. Not "at El Chapo's trial", nor over a body's word ("at La
/// Liga headquarters" is left to the lists).
fn article_place(t: &Tagged, m: &Mention) -> bool {
    let s = m.toks.start;
    m.toks.len() >= 2
        && s > 0
        && matches!(t.tok(s), "La" | "El" | "Los" | "Las")
        && is_place_preposition(t.tok(s - 1))
        && !t.is_possessive(m.toks.end)
        && m.toks.clone().all(|i| t.info[i].flags & gz::ORG_WORD == 0)
        && !gz::is_listed_org(&t.lowers(&m.toks))
}

/// "the city of El Fasher", "the town of Tine": a name after a settlement's noun and "of"; "in
/// nearby Calton".
fn place_noun_before(t: &Tagged, m: &Mention) -> bool {
    // "at the foot of the Grossglockner", "the mouth of the Nass": parts of a natural
    // feature, named with its "the".
    const PARTS: &[&str] = &[
        "banks", "flanks", "foot", "mouth", "shores", "slopes", "summit",
    ];
    let s = m.toks.start;
    // "in nearby Calton": a place near the one just named. Not "nearby Stanford University".
    let nearby = s >= 1
        && t.tok(s - 1) == "nearby"
        && m.toks.clone().all(|i| t.info[i].flags & gz::ORG_WORD == 0);
    // "the MP for Bristol West", "the member for Griffith": a member's seat.
    let seat = s >= 2
        && t.tok(s - 1) == "for"
        && (super::titles::is_member(t.tok(s - 2)) || t.tok(s - 2) == "member");
    nearby
        || seat
        || after_settlement_noun(t, s)
        || (s >= 3 && t.tok(s - 1) == "the" && noun_of(t, PARTS, s - 2))
}

/// Token `s` follows a settlement's or region's noun and "of", written lowercase: "the city
/// of El Fasher", "the village of Sinnamary", "the outskirts of Kabul".
fn after_settlement_noun(t: &Tagged, s: usize) -> bool {
    const NOUNS: &[&str] = &[
        "capital",
        "city",
        "commune",
        "county",
        "hamlet",
        "island",
        "municipality",
        "outskirts",
        "parts",
        "province",
        "region",
        "settlement",
        "suburb",
        "town",
        "township",
        "village",
    ];
    s >= 2 && noun_of(t, NOUNS, s - 1)
}

/// Token `of` is "of" after a lowercase noun of `nouns`.
fn noun_of(t: &Tagged, nouns: &[&str], of: usize) -> bool {
    of >= 1
        && t.tok(of) == "of"
        && t.first_byte(of - 1).is_ascii_lowercase()
        && gz::in_list(nouns, t.tok(of - 1))
}

/// "an Oakland man", "Denver police", "Fresno residents": a listed place's name before a
/// word for its people is the place, even where the name is also a first name; and any name
/// before a word for a kind of place ("the Hilltop neighborhood").
fn resident_place(t: &Tagged, m: &Mention) -> bool {
    use super::features::PLACE_B;
    const PEOPLE: &[&str] = &[
        "boy",
        "couple",
        "family",
        "girl",
        "homeowner",
        "homeowners",
        "man",
        "men",
        "native",
        "police",
        "resident",
        "residents",
        "teen",
        "teenager",
        "woman",
        "women",
    ];
    // "the Hilltop neighborhood", "Kiryat Shmona and the villages": a word for a kind of
    // place right after the name says what it is, listed or not.
    let lower_at = |i: usize| {
        t.tokens.get(i).is_some_and(|x| !x.line_start) && t.first_byte(i).is_ascii_lowercase()
    };
    // "Illinois State Police district offices", "state Senate districts signed": a district
    // before a lowercase word is a modifier, and a body's word names no district.
    let district = |i: usize| {
        matches!(t.tok(i), "district" | "districts")
            && (lower_at(i + 1) || m.toks.clone().any(|j| t.info[j].flags & gz::ORG_WORD != 0))
    };
    let kind_of_place = |i: usize| {
        lower_at(i)
            && !district(i)
            && matches!(
                t.tok(i),
                "borough"
                    | "camp"
                    | "checkpoint"
                    | "crossing"
                    | "crossings"
                    | "counties"
                    | "district"
                    | "districts"
                    | "enclave"
                    | "municipalities"
                    | "municipality"
                    | "neighborhood"
                    | "neighborhoods"
                    | "neighbourhood"
                    | "neighbourhoods"
                    | "province"
                    | "provinces"
                    | "regions"
                    | "suburb"
                    | "suburbs"
                    | "township"
                    | "village"
                    | "villages"
                    | "ward"
                    | "wards"
                    | "constituency"
                    | "parish"
            )
    };
    let next = m.toks.end;
    if kind_of_place(next) {
        return true;
    }
    // "the Kerem Shalom and Rafah crossings": the word after a pair says what both are.
    if t.tok(next) == "and" {
        let mut i = next + 1;
        while i < next + 4 && cap_word(t, i) {
            i += 1;
        }
        if i > next + 1 && t.tok(i).ends_with('s') && kind_of_place(i) {
            return true;
        }
    }
    let lower_next = lower_at(next);
    m.toks.len() == 1
        && t.info[m.toks.start].flags & (PLACE_B | gz::KNOWN_ORG) == PLACE_B
        && lower_next
        && PEOPLE.binary_search(&t.tok(next)).is_ok()
}

/// "VENICE, Italy —", "KYIV (AP) —": a dateline's city, in capitals at a line's start.
fn is_dateline_city(t: &Tagged, m: &Mention) -> bool {
    let s = m.toks.start;
    t.tokens[s].line_start
        && m.toks
            .clone()
            .all(|i| t.info[i].flags & super::features::ALLCAPS != 0)
        && {
            // A dash or "(AP)" follows, right away or after the state or country.
            let dash = |i: usize| t.tok(i) == "(" || super::entities::is_dash(t.tok(i));
            let e = m.toks.end;
            dash(e) || (t.tok(e) == "," && (e + 2..e + 6).any(|i| dash(i) && cap_word(t, i - 1)))
        }
}

/// "the Trump administration", "the Obama presidency", "the Sanders campaign": a name between
/// "the" and one of these words is the person who leads it. A major place there ("the U.S.
/// administration", "the Kabul administration") is left to the tagger, and so is an acronym
/// ("the NDP campaign"): people are not written in capitals.
fn leads_an_administration(t: &Tagged, m: &Mention) -> bool {
    let s = m.toks.start;
    s > 0
        && t.info[s].flags & super::features::ALLCAPS == 0
        && matches!(t.tok(s - 1), "the" | "The")
        && matches!(
            t.tok(m.toks.end),
            "administration" | "administrations" | "presidency" | "campaign"
        )
        && !is_major(t, m)
}

fn is_major(t: &Tagged, m: &Mention) -> bool {
    gz::is_major_place(&t.lowers(&m.toks))
}

/// Players' positions, written after their team's name: "Huskies quarterback Marcus Childers",
/// "Pittsburgh center Maurkice Pouncey".
const POSITIONS: &[&str] = &[
    "catcher",
    "center",
    "centre",
    "cornerback",
    "defenceman",
    "defender",
    "defenseman",
    "forward",
    "goalie",
    "goalkeeper",
    "goaltender",
    "guard",
    "infielder",
    "kicker",
    "linebacker",
    "midfielder",
    "outfielder",
    "pitcher",
    "punter",
    "quarterback",
    "receiver",
    "shortstop",
    "striker",
    "tailback",
    "winger",
];

/// After a team's name: a player's position ("Huskies quarterback", "Cleveland DL") or a
/// win-loss record ("The Eagles (6-5, 3-4)").
pub(super) fn is_team_context(t: &Tagged, e: usize) -> bool {
    let record = is_record_after(t, e);
    // Asked after every mention: the capitalised word after the position is a flag test, so
    // it goes before the list searches.
    let position = cap_word(t, e + 1)
        && (POSITIONS.binary_search(&t.tok(e)).is_ok() || is_position_abbreviation(t.tok(e)));
    record || position
}

/// "(6-5", a win-loss record, at `e`.
fn is_record_after(t: &Tagged, e: usize) -> bool {
    let number = |i: usize| t.tokens.get(i).is_some_and(|x| x.kind == TokenKind::Number);
    t.tok(e) == "(" && number(e + 1) && t.tok(e + 2) == "-" && number(e + 3)
}

/// Team nicknames the tagger passed over: a capitalised plural before a record or a position
/// ("The Eagles (6-5, 3-4)", "Huskies quarterback Marcus Childers").
fn team_name(t: &Tagged, i: usize) -> bool {
    let w = t.tok(i);
    w.len() > 3
        && w.ends_with('s')
        && t.info[i].flags & (gz::DEMONYM | gz::TIME | gz::STOP) == 0
        && is_team_context(t, i + 1)
}

/// "Moneycontrol.com", "Daft.ie": a capitalised web address written as a name is the
/// company's. Any two lowercase letters are a country's domain.
fn web_name(t: &Tagged, i: usize) -> bool {
    const TLDS: &[&str] = &["com", "org", "net", "info", "io", "co"];
    let joined = |a: usize, b: usize| matches!((t.tokens.get(a), t.tokens.get(b)), (Some(x), Some(y)) if x.span.end == y.span.start);
    let tld = t.tok(i + 2);
    let country = tld.len() == 2 && tld.bytes().all(|b| b.is_ascii_lowercase());
    t.tok(i + 1) == "."
        && (country || TLDS.contains(&tld))
        && joined(i, i + 1)
        && joined(i + 1, i + 2)
}

/// Last words of newspapers' names.
fn is_masthead_word(w: &str) -> bool {
    const MASTHEADS: &[&str] = &[
        "banner",
        "bee",
        "chronicle",
        "courant",
        "courier",
        "dealer",
        "dispatch",
        "enquirer",
        "examiner",
        "gazette",
        "globe",
        "herald",
        "inquirer",
        "journal",
        "ledger",
        "news",
        "observer",
        "post",
        "register",
        "republic",
        "sentinel",
        "star",
        "sun",
        "telegraph",
        "times",
        "tribune",
    ];
    is_capitalised(w) && gz::in_list(MASTHEADS, w)
}

/// "Baltimore Sun", "Kansas City Star", "Orange County Register": a place's name and a
/// masthead word make a newspaper.
fn is_newspaper(t: &Tagged, m: &Mention) -> bool {
    let last = m.toks.end - 1;
    let s = m.toks.start;
    // "the Herald", "the Times": a masthead word alone after "the" is the paper; "the Sun" and
    // "the Star" are as often the sky's.
    let alone = m.toks.len() == 1
        && s > 0
        && t.tok(s - 1).eq_ignore_ascii_case("the")
        && !matches!(t.tok(s), "Sun" | "Star" | "Globe" | "Post" | "News");
    // "Sarasota Herald-Tribune", "Star Tribune": the last word of a hyphenated masthead, and
    // masthead words before the last, count too; a listed place ("Czech Republic") does not.
    let masthead_end = |w: &str| is_masthead_word(w.rsplit('-').next().unwrap_or(w));
    // "Courier-Post", "Star-Ledger": one hyphenated word of two mastheads.
    let hyphenated = m.toks.len() == 1
        && t.tok(s)
            .split_once('-')
            .is_some_and(|(a, b)| is_masthead_word(a) && is_masthead_word(b));
    let listed_place = || gz::is_listed_place(&t.lowers(&m.toks));
    (alone && is_masthead_word(t.tok(s)))
        || hyphenated
        || (m.toks.len() >= 2
            && masthead_end(t.tok(last))
            && (m.toks.start..last)
                .all(|i| t.info[i].flags & gz::PLACE_WORD != 0 || is_masthead_word(t.tok(i)))
            && !listed_place())
}

/// "Culpeper County" + "Circuit Court", "Kansas City" + "Chiefs": a county's or a city's
/// name right before an organization's is part of it. "Oregon" + "Legislature": so is a
/// place's name before an organization's word the tagger left alone.
pub fn local_bodies(t: &Tagged, ms: &mut Vec<Mention>) {
    ms.sort_by_key(|m| m.toks.start);
    let mut joined = Vec::new();
    let starts = starts(t, ms);
    for m in ms.iter().filter(|m| m.kind == Kind::Place) {
        let e = m.toks.end;
        let head = cap_word(t, e)
            && !t.tokens[e].line_start
            && !starts(e)
            && (t.info[e].flags & gz::ORG_CUE != 0 || t.tok(e) == "Legislature")
            && !cap_word(t, e + 1);
        if head {
            joined.push(t.mention(m.toks.start..e + 1, Kind::Organization));
        }
    }
    for w in ms.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        if a.kind == Kind::Place
            && b.kind == Kind::Organization
            && a.toks.end == b.toks.start
            && matches!(
                t.tok(a.toks.end - 1),
                "County" | "Parish" | "City" | "Borough"
            )
            && !t.tokens[b.toks.start].line_start
        {
            joined.push(t.mention(a.toks.start..b.toks.end, Kind::Organization));
        }
    }
    replace_overlapped(t, ms, joined);
}

/// "St. Augustine High School", "Saint Mary's Hospital": a saint's title opens the name of a
/// school, church, hospital or place named for the saint, though the tagger leaves it out.
/// "No. 11" (a pick, a ranking) is no name, nor is a bare "County" ("County residents park
/// free").
pub fn saints_and_bare_words(t: &Tagged, ms: &mut Vec<Mention>) {
    for m in ms.iter_mut() {
        let s = m.toks.start;
        if m.kind != Kind::Person
            && s > 0
            && matches!(t.tok(s - 1), "St." | "Saint" | "Ste.")
            && !t.tokens[s].line_start
        {
            m.toks = s - 1..m.toks.end;
            m.span = t.span(&m.toks);
        }
    }
    ms.retain(|m| {
        let s = m.toks.start;
        let number = matches!(t.tok(s), "No." | "No")
            && m.toks.len() == 2
            && t.tokens[s + 1].kind == TokenKind::Number;
        // Nor is a body's generic word alone ("the Court ruled", "the Ministry said"): a
        // reader's panel has no row for it. "Congress", "Senate" or "Parliament" alone
        // names one body, and stays.
        let bare = m.toks.len() == 1
            && matches!(
                t.tok(s),
                "County"
                    | "City"
                    | "State"
                    | "Town"
                    | "Village"
                    | "Borough"
                    | "Parish"
                    | "Court"
                    | "Council"
                    | "Ministry"
                    | "Department"
                    | "Bank"
                    | "University"
                    | "Agency"
                    | "Party"
                    | "Committee"
                    | "Board"
                    | "Justice"
                    | "Justices"
                    | "Police"
                    | "School"
                    | "College"
                    | "Church"
                    | "Authority"
                    | "Office"
                    | "Institute"
                    | "Foundation"
                    | "Company"
                    | "Corporation"
                    | "Bureau"
                    | "Tribunal"
                    | "Government"
            );
        !number && !bare
    });
}

/// "Harold “Buck” Vance", "Roland \"Boo\" Gaspard": a nickname in quotation marks between a
/// first name and a surname is part of one person's name, which the tagger cuts in three.
pub fn quoted_nicknames(t: &Tagged, ms: &mut Vec<Mention>) {
    let open = |i: usize| matches!(t.tok(i), "“" | "\"");
    let close = |i: usize| matches!(t.tok(i), "”" | "\"");
    let mut found = Vec::new();
    for &i in &t.caps {
        if t.info[i].flags & gz::FIRST == 0 || !open(i + 1) || !cap_word(t, i + 2) {
            continue;
        }
        let mut j = i + 2;
        while j < i + 4 && cap_word(t, j) {
            j += 1;
        }
        // The nickname, its closing mark, then a surname (or two words of one).
        if !close(j)
            || !cap_word(t, j + 1)
            || t.tokens[i..=j + 1].iter().skip(1).any(|x| x.line_start)
        {
            continue;
        }
        let mut e = j + 2;
        if cap_word(t, e) && !t.tokens[e].line_start {
            e += 1;
        }
        found.push(t.mention(i..e, Kind::Person));
    }
    replace_overlapped(t, ms, found);
}

/// A place the tagger closed one word early: "Orange County" before "Register".
pub fn newspapers(t: &Tagged, ms: &mut [Mention]) {
    let starts = starts(t, ms);
    for m in ms.iter_mut() {
        let e = m.toks.end;
        if m.kind == Kind::Place
            && is_masthead_word(t.tok(e))
            && cap_word(t, e)
            && !t.tokens[e].line_start
            && !cap_word(t, e + 1)
            && !starts(e)
        {
            m.toks = m.toks.start..e + 1;
            m.span = t.span(&m.toks);
            m.kind = Kind::Organization;
        }
    }
}

/// Last words that make a name an organization's ("Mayo Clinic", "Dick Clark Productions",
/// "Ceres Robotics"). Words that also end places ("Center", "Bank", "Union") are not here.
fn is_org_tail(w: &str) -> bool {
    const TAILS: &[&str] = &[
        "academy",
        "agency",
        "airline",
        "airlines",
        "airways",
        "army",
        "association",
        "athletic",
        "authority",
        "bakery",
        "ballet",
        "biosciences",
        "biosystems",
        "board",
        "brands",
        "brewery",
        "bureau",
        "capital",
        "center",
        "centre",
        "chamber",
        "cinema",
        "clinic",
        "college",
        "commission",
        "committee",
        "corporation",
        "corps",
        "council",
        "department",
        "distillery",
        "elementary",
        "enterprises",
        "entertainment",
        "federation",
        "financial",
        "foundation",
        "group",
        "guild",
        "health",
        "holdings",
        "hospital",
        "industries",
        "infirmary",
        "institute",
        "interactive",
        "investments",
        "labs",
        "league",
        "management",
        "ministry",
        "motors",
        "navy",
        "opera",
        "orchestra",
        "organisation",
        "organization",
        "partners",
        "partnership",
        "party",
        "patrol",
        "pharmaceuticals",
        "philharmonic",
        "pictures",
        "police",
        "productions",
        "records",
        "robotics",
        "rovers",
        "schools",
        "shelter",
        "society",
        "studios",
        "symphony",
        "technologies",
        "therapeutics",
        "trust",
        "university",
        "ventures",
        "wanderers",
        "winery",
    ];
    is_capitalised(w) && gz::in_list(TAILS, w)
}

/// A body's head or organization word before "of" or "for" in the name at `r`: "Catholic
/// Charities of …", "National Institute for Public Health".
fn names_a_field(t: &Tagged, r: &Range<usize>) -> bool {
    (r.start..r.end.saturating_sub(1)).any(|i| {
        matches!(t.tok(i + 1), "of" | "for")
            && (t.info[i].flags & gz::ORG_CUE != 0 || super::institutions::is_head(t.tok(i)))
    })
}

/// "Wi Sung-lac", "Kim Jong-un", "Tsai Ing-wen": a short family name, then a given name of
/// two syllables joined by a hyphen, the second in lowercase, as Korean and Chinese names are
/// romanised. Not a compound ("York-based", "Co-op", "Post-war") nor a Korean district
/// ("Gangnam-gu").
fn hyphenated_given_name(t: &Tagged, m: &Mention) -> bool {
    const PREFIXES: &[&str] = &[
        "all", "anti", "bi", "co", "cross", "de", "ex", "half", "inter", "mid", "multi", "non",
        "out", "over", "post", "pre", "pro", "re", "self", "semi", "sub", "tri", "un", "under",
        "well",
    ];
    let s = m.toks.start;
    if m.toks.len() != 2 {
        return false;
    }
    let (family, given) = (t.tok(s), t.tok(s + 1));
    let Some((a, b)) = given.split_once('-') else {
        return false;
    };
    let syllable = |x: &str, upper: bool| {
        (1..=6).contains(&x.len())
            && x.bytes().enumerate().all(|(k, c)| {
                if k == 0 && upper {
                    c.is_ascii_uppercase()
                } else {
                    c.is_ascii_lowercase()
                }
            })
    };
    (2..=5).contains(&family.len())
        && syllable(family, true)
        && syllable(a, true)
        && syllable(b, false)
        && !gz::in_list(PREFIXES, a)
        && !matches!(
            b,
            "do" | "gu" | "si" | "gun" | "dong" | "ri" | "myeon" | "eup" | "ro" | "gil"
        )
        && !super::entities::is_compound_modifier(given)
}

/// "Rose-Lynn", "Jean-Pierre": two first names joined by a hyphen open a person's name
/// (unless the pair is a listed place, as "Winston-Salem" is).
fn double_first_name(t: &Tagged, m: &Mention) -> bool {
    use super::features::PLACE_B;
    let s = m.toks.start;
    // "Thompson-Nicola Regional District": a body's word after the pair names a body;
    // "Paris-Orly Airport", a place's word a place. Asked of every mention, so the pair of
    // first names, which few have, is tested first.
    let body = || ends_org_name(t, &m.toks) || is_district_body(t, &m.toks);
    let place = || m.toks.len() >= 2 && (is_venue(t, m) || is_place_tail(t.tok(m.toks.end - 1)));
    t.info[s].flags & PLACE_B == 0
        && t.tok(s).split_once('-').is_some_and(|(a, b)| {
            names::is_first_name(a) && names::is_first_name(b) && !b.contains('-')
        })
        && !body()
        && !place()
}

/// "Walt Disney Co.", "Acme Holdings Ltd": a name ending in a company's legal form is a
/// company, whatever its first words suggest. Two-letter forms without a period ("AG", "LP")
/// are left out: "Texas AG" is an attorney general.
pub fn legal_form_at_end(t: &Tagged, m: &Mention) -> bool {
    let last = m.toks.end.saturating_sub(1);
    let w = t.tok(last);
    m.toks.len() >= 2
        && ((t.info[last].flags & gz::ORG_SUFFIX != 0
            && is_capitalised(w)
            && (w.ends_with('.') || w.len() >= 3))
            // Forms of other countries, as they are written: "Vale SA", "Volvo AB".
            || matches!(w, "SA" | "SpA" | "S.p.A." | "AB" | "ASA" | "BV" | "Oyj" | "KGaA"))
}

/// Words that end an organization's name and nothing else's: "Mayo Clinic", "Ceres Robotics".
pub fn ends_org_name(t: &Tagged, r: &Range<usize>) -> bool {
    r.len() >= 2 && is_org_tail(t.tok(r.end - 1))
}

/// "Thompson-Nicola Regional District", "Austin Independent School District": a district that
/// governs or serves is a body; a "District" alone may be a place ("Central Business
/// District").
fn is_district_body(t: &Tagged, r: &Range<usize>) -> bool {
    r.len() >= 3
        && t.tok(r.end - 1) == "District"
        && matches!(
            t.tok(r.end - 2),
            "Regional" | "School" | "Water" | "Fire" | "Sanitation" | "Irrigation" | "Transit"
        )
}

/// "strategist at Miller Tabak", "Jefferies analyst Jonathan Matuszewski": where people work.
/// The nouns before a name are the jobs of firms' staff, so "Trump adviser" is left alone.
fn works_there(t: &Tagged, m: &Mention) -> bool {
    let s = m.toks.start;
    // Every staff noun is lowercase and at least 7 bytes long: most words stop at that test.
    let staff =
        |w: &str| w.len() >= 7 && w.as_bytes()[0].is_ascii_lowercase() && STAFF.contains(&w);
    let at = s >= 2 && t.tok(s - 1) == "at" && {
        let role = t.tok(s - 2);
        // "editors at Tor" as well as "editor at Tor".
        let one = role.strip_suffix('s').unwrap_or(role);
        is_role_noun(one) || staff(role)
    };
    let full_name = m.toks.len() >= 2 && t.info[s].flags & gz::FIRST != 0;
    // "a Latin America economist" covers a region: a well-known place employs no one.
    let before = staff(t.tok(m.toks.end)) && !full_name && !is_major(t, m);
    at || before
}

/// Words that end the name of a region, an administrative division or a natural feature:
/// "Inner Mongolia Autonomous Region", "Logar Province", "Yellow Sea", "Rio Grande Valley".
fn is_place_tail(w: &str) -> bool {
    const TAILS: &[&str] = &[
        "basin",
        "bay",
        "canal",
        "canyon",
        "county",
        "creek",
        "desert",
        "estuary",
        "falls",
        "fault",
        "firth",
        "glacier",
        "governorate",
        "gulf",
        "harbor",
        "harbour",
        "hills",
        "island",
        "islands",
        "lagoon",
        "lake",
        "mountain",
        "mountains",
        "oblast",
        "ocean",
        "peninsula",
        "prefecture",
        "province",
        "range",
        "reef",
        "reefs",
        "regency",
        "region",
        "reservoir",
        "river",
        "sea",
        "shoal",
        "shoals",
        "sound",
        "strait",
        "territory",
        "valley",
        "volcano",
        "waterway",
    ];
    is_capitalised(w) && gz::in_list(TAILS, w)
}

/// "Aviva Stadium", "Ryman Auditorium", "Edmonton Convention Centre", "Mount Penteli",
/// "Heartbreak Hill": a building, ground or landmark people go to is a place, not the body
/// that runs it. "Hill", "Field", "Park" and "Temple" end people's names too ("Fiona Hill",
/// "Shirley Temple"), so a first name before them says nothing; no one is named "Gardens",
/// "Palace" or "Tower" ("Eden Gardens", "Peace Palace"). "Mount Sinai Hospital" is a hospital.
fn is_venue(t: &Tagged, m: &Mention) -> bool {
    const VENUES: &[&str] = &[
        "airport",
        "amphitheater",
        "amphitheatre",
        "arena",
        "auditorium",
        "ballpark",
        "barracks",
        "building",
        "buildings",
        "cafe",
        "café",
        "coliseum",
        "colosseum",
        "complex",
        "courthouse",
        "dome",
        "fairgrounds",
        "gardens",
        "hotel",
        "mall",
        "monument",
        "mosque",
        "palace",
        "pavilion",
        "racecourse",
        "raceway",
        "shrine",
        "speedway",
        "square",
        "stadion",
        "stadium",
        "stand",
        "station",
        "synagogue",
        "terminal",
        "theater",
        "theatre",
        "tower",
        "tunnel",
        "velodrome",
    ];
    const LANDMARKS: &[&str] = &[
        "bridge", "field", "garden", "ground", "hill", "park", "temple",
    ];
    let (s, last) = (m.toks.start, m.toks.end - 1);
    let w = t.tok(last);
    // "Department of Buildings", "Ministry of Airports": a body's field, not a building.
    let field =
        last >= s + 2 && t.tok(last - 1) == "of" && t.info[last - 2].flags & gz::ORG_CUE != 0;
    if !is_capitalised(w) || field {
        return false;
    }
    // "Fiona Hill", but "Zion National Park".
    let first_name = m.toks.len() == 2 && t.info[s].flags & gz::FIRST != 0;
    let hall = matches!(
        (t.tok(last - 1), w),
        (
            "Convention" | "Civic" | "Events" | "Exhibition",
            "Center" | "Centre"
        ) | ("Opera" | "Music" | "Concert" | "Festival", "House" | "Hall")
            | ("Civic", "Hall")
            | ("Parliament", "House")
            | ("Race", "Course")
            | ("Ship", "Channel")
            | (
                "Recreation"
                    | "Student"
                    | "Fitness"
                    | "Aquatic"
                    | "Aquatics"
                    | "Tennis"
                    | "Music"
                    | "Football"
                    | "Judicial"
                    | "Justice",
                "Center" | "Centre"
            )
            | ("Arts" | "Cultural" | "Space", "Center" | "Centre")
            | (
                "Community"
                    | "Conference"
                    | "Detention"
                    | "Entertainment"
                    | "Leisure"
                    | "Processing"
                    | "Reception"
                    | "Shopping"
                    | "Sports"
                    | "Town"
                    | "Trade"
                    | "Visitor"
                    | "Visitors",
                "Center" | "Centre"
            )
            | ("Correctional" | "Detention", "Facility" | "Institution")
            | ("Air" | "Naval" | "Army" | "Joint", "Base")
            | ("City" | "Borough" | "Town" | "Village", "Hall")
    );
    // "Mount Kenya", "Lake Tahoe", "Loch Ness", "the River Thames": a natural feature's word
    // opening the name. "River" opens people's names too (River Phoenix), so it needs the
    // "the" a person's name lacks. "Mount Zion Baptist Church", "Mount View High School" are
    // not.
    let feature = match t.tok(s) {
        "Mount" | "Mt." | "Mont" | "Monte" | "Lake" | "Loch" | "Lough" | "Isle" => true,
        "River" => s > 0 && t.tok(s - 1).eq_ignore_ascii_case("the"),
        _ => false,
    };
    let mount = feature
        && !ends_org_name(t, &m.toks)
        && m.toks.clone().all(|i| t.info[i].flags & gz::ORG_WORD == 0)
        && !gz::is_listed_team(&t.lowers(&m.toks));
    // "Barclays Center", "Kia Forum": a listed company's name on a building is a sponsor's
    // (but "Pew Research Center" is a listed body).
    let sponsored = matches!(
        w,
        "Center" | "Centre" | "Forum" | "Dome" | "Tower" | "Building"
    ) && gz::is_listed_org(&t.lowers(&(s..last)))
        && !gz::is_listed_org(&t.lowers(&m.toks));
    // "Court Philippe-Chatrier": a tennis court named for a player. "Place de la Nation": a
    // French square.
    let named_court = t.tok(s) == "Court" && t.text[m.span.start..m.span.end].contains('-');
    let square = t.tok(s) == "Place" && matches!(t.tok(s + 1), "de" | "du" | "des");
    // "Sierra de Gata", "Lac La Biche", "Villa San Giovanni": a feature's or town's word
    // before a particle or a saint, as no one's name is written.
    let romance = m.toks.len() >= 3
        && matches!(
            t.tok(s),
            "Sierra"
                | "Serra"
                | "Lac"
                | "Lago"
                | "Villa"
                | "Isla"
                | "Ilha"
                | "Puerto"
                | "Porto"
                | "Punta"
                | "Bahía"
                | "Valle"
                | "Ciudad"
                | "Costa"
        )
        && matches!(
            t.tok(s + 1),
            "de" | "del"
                | "della"
                | "di"
                | "do"
                | "da"
                | "dos"
                | "das"
                | "La"
                | "Le"
                | "San"
                | "Santa"
                | "Santo"
                | "São"
        );
    // "Crystal Palace" is a club.
    (gz::in_list(VENUES, w) && !gz::is_listed_team(&t.lowers(&m.toks)))
        // "Avenida Corrientes", "Salar de Atacama", "Rue de Rivoli".
        || (cap_word(t, s)
            && gz::in_list(super::feature_first::OPENING, t.tok(s))
            && !ends_org_name(t, &m.toks))
        || named_court
        || square
        || romance
        || hall
        || mount
        || sponsored
        || listed_venue(t, m)
        || (!first_name && gz::in_list(LANDMARKS, w))
}

/// Firms' staff, as named before or after the firm.
const STAFF: &[&str] = &[
    "analyst",
    "analysts",
    "economist",
    "economists",
    "partner",
    "partners",
    "strategist",
    "strategists",
];

/// Words that end a street's or road's name.
const STREETS: &[&str] = &[
    "ave",
    "avenue",
    "blvd",
    "boulevard",
    "drive",
    "expressway",
    "freeway",
    "highway",
    "lane",
    "parkway",
    "pike",
    "rd",
    "road",
    "st",
    "street",
    "turnpike",
];

fn is_street_word(w: &str) -> bool {
    let w = w.strip_suffix('.').unwrap_or(w);
    // Asked of every capitalised word: the first and last bytes settle most.
    matches!(
        w.as_bytes().first(),
        Some(b'A' | b'B' | b'D' | b'E' | b'F' | b'H' | b'L' | b'P' | b'R' | b'S' | b'T')
    ) && matches!(
        w.as_bytes().last(),
        Some(b'e' | b'd' | b'y' | b't' | b'E' | b'D' | b'Y' | b'T')
    ) && w.len() <= 10
        && is_capitalised(w)
        && gz::in_list(STREETS, w)
}

/// Common nouns that, right before a name, say it is a company or another organization:
/// "energy company Burisma", "tech giant Apple", "companies Astrobotic, Intuitive Machines and
/// Orbit Beyond", "the environmental group Milieudefensie".
const COMPANY_NOUNS: &[&str] = &[
    "agency",
    "airline",
    "automaker",
    "bank",
    "broadcaster",
    "brokerage",
    "carmaker",
    "carrier",
    "chain",
    "chains",
    "charity",
    "chipmaker",
    "companies",
    "company",
    "conglomerate",
    "consortium",
    "consultancy",
    "contractor",
    "cooperative",
    "developer",
    "distributor",
    "drugmaker",
    "exchange",
    "firm",
    "firms",
    "fund",
    "giant",
    "group",
    "insurer",
    "label",
    "lender",
    "magazine",
    "maker",
    "makers",
    "manufacturer",
    "miner",
    "network",
    "newspaper",
    "newspapers",
    "nonprofit",
    "operator",
    "outlet",
    "platform",
    "promoter",
    "provider",
    "publisher",
    "refiner",
    "regulator",
    "retailer",
    "service",
    "shipbuilder",
    "start-up",
    "startup",
    "startups",
    "streamer",
    "studio",
    "subsidiary",
    "supplier",
    "utility",
    "watchdog",
    "website",
    "wholesaler",
];

/// "Drugmaker Pfizer", "Rival Roche": a sentence's first word that says what kind of company
/// the name after it is, and is no part of the name.
pub(super) fn opens_with_company_noun(t: &Tagged, a: usize) -> bool {
    t.info[a].flags & super::features::SENT_START != 0
        && cap_word(t, a)
        && (4..=14).contains(&t.tok(a).len())
        && {
            // Not "Bank", "Giant" or "Fund", which open companies' own names.
            const NOUNS: &[&str] = &[
                "automaker",
                "broadcaster",
                "carmaker",
                "chipmaker",
                "conglomerate",
                "drugmaker",
                "insurer",
                "lender",
                "manufacturer",
                "miner",
                "publisher",
                "refiner",
                "regulator",
                "retailer",
                "rival",
                "rivals",
                "startup",
                "streamer",
                "supplier",
            ];
            let w = t.tok(a);
            NOUNS.iter().any(|n| n.eq_ignore_ascii_case(w))
        }
}

/// What the text says after a name that makes it a company or another organization:
/// - an apposition: "Groq, the Mountain View startup", "Opta, the sports data company";
/// - an organization noun right after it: "the Verdi union", "the Handelsblatt newspaper"
///   (not after a place: "a Tokyo company");
/// - what only a company has, after its possessive: "Halvern's chief executive".
fn company_after(t: &Tagged, m: &Mention) -> bool {
    use super::features::PLACE_B;
    const ORG_NOUNS: &[&str] = &[
        "agency",
        "airline",
        "broadcaster",
        "company",
        "daily",
        "firm",
        "group",
        "label",
        "magazine",
        "militia",
        "newspaper",
        "party",
        "startup",
        "tabloid",
        "union",
    ];
    const COMPANY_OWN: &[&str] = &[
        "board",
        "ceo",
        "chief",
        "executive",
        "headquarters",
        "revenue",
        "shareholders",
        "shares",
        "stock",
        "subsidiary",
    ];
    let e = m.toks.end;
    let Some(next) = t.tokens.get(e) else {
        return false;
    };
    if next.line_start {
        return false;
    }
    // "the Wagner group" is an organization; "the Elon Musk company" and "John Smith, a
    // developer," name people.
    let full_name = m.toks.len() >= 2 && t.info[m.toks.start].flags & gz::FIRST != 0;
    let first = t.first_byte(e);
    if first == b',' && matches!(t.tok(e + 1), "the" | "a" | "an") {
        // The apposition's noun comes within four words and ends it: "Syria, the group will
        // focus" is a new clause; "Dräger, a global producer of medical devices" is not.
        // A country after "in" is where something is: in "in Chad, the U.N. refugee agency,
        // UNHCR, said" the noun is the next name's.
        let place_after_in =
            matches!(t.tok(m.toks.start.wrapping_sub(1)), "in" | "from" | "to") && is_major(t, m);
        // The noun heads the apposition, before any preposition: in "Thilini Ekanayake, a
        // researcher at the group," the group is where she works.
        return !full_name
            && !place_after_in
            && (e + 2..e + 6)
                .take_while(|&i| {
                    t.tokens.get(i).is_some_and(|x| x.kind == TokenKind::Word)
                        && !matches!(t.tok(i), "at" | "for" | "with" | "in" | "from" | "by")
                })
                .any(|i| {
                    let w = t.tok(i);
                    w.as_bytes()[0].is_ascii_lowercase()
                        && (COMPANY_NOUNS.binary_search(&w).is_ok()
                            || ORG_NOUNS.binary_search(&w).is_ok()
                            || matches!(w, "maker" | "supplier" | "producer" | "operator"))
                        && matches!(
                            t.tok(i + 1),
                            "," | "." | ";" | ")" | "that" | "which" | "of" | "focused" | "based"
                        )
                });
    }
    if first.is_ascii_lowercase() && ORG_NOUNS.binary_search(&t.tok(e)).is_ok() {
        // "a Palo Alto startup", "a Tokyo company": a place's firm, not a firm's name. A
        // party is named after no small place: "the ruling Morena party".
        let party = t.tok(e) == "party" && !is_major(t, m);
        let place = t.info[m.toks.start].flags & gz::DEMONYM != 0
            || (t.info[m.toks.start].flags & PLACE_B != 0
                && !party
                && gz::is_listed_place(&t.lowers(&m.toks)));
        return !place && !full_name;
    }
    // "Novo shares fell 3 percent", "Lilly rose 2.1 percent": a company's stock moving.
    // The number after the verb first: a kind test, before the list's search.
    let moved = |i: usize| {
        t.tokens
            .get(i + 1)
            .is_some_and(|x| x.kind == TokenKind::Number)
            && gz::in_list(PRICE_MOVES, t.tok(i))
    };
    // The name must be what moved: not "sales in Chicago rose 11%", nor a place's index.
    let subject = || {
        !matches!(
            t.tok(m.toks.start.wrapping_sub(1)),
            "in" | "at" | "of" | "for" | "from" | "across" | "to"
        ) && !is_major(t, m)
    };
    if (matches!(t.tok(e), "shares" | "stock") && moved(e + 1) || moved(e) && is_percent(t, e + 2))
        && subject()
    {
        return true;
    }
    t.is_possessive(e) && gz::in_list(COMPANY_OWN, t.tok(e + 1)) && {
        // "Halvern's chief executive", "Fortescue's executive chairman", but not "Trump's
        // chief of staff" or "Biden's executive order".
        match t.tok(e + 1) {
            "chief" | "Chief" => matches!(t.tok(e + 2), "executive" | "financial" | "operating"),
            "executive" => matches!(t.tok(e + 2), "chairman" | "chairwoman" | "director"),
            // "Taiwan's stock market": a country's or a city's market.
            "stock" => !matches!(t.tok(e + 2), "market" | "exchange" | "index") && !is_major(t, m),
            _ => true,
        }
    }
}

/// Verbs of a price's move, as market reports write them.
const PRICE_MOVES: &[&str] = &[
    "climbed", "dropped", "fell", "gained", "jumped", "lost", "plunged", "rose", "sank", "slid",
    "slipped", "slumped", "soared", "surged", "tumbled",
];

/// "3 percent", "2.1 per cent", "4%": a percentage after its number at `i`.
fn is_percent(t: &Tagged, i: usize) -> bool {
    match t.tok(i) {
        "percent" | "%" => true,
        "per" => t.tok(i + 1) == "cent",
        _ => t.tok(i.wrapping_sub(1)).ends_with('%'),
    }
}

/// "Shares in Fortescue", "shares of Lilly": what follows is a listed company.
fn shares_before(t: &Tagged, m: &Mention) -> bool {
    let s = m.toks.start;
    s >= 2 && matches!(t.tok(s - 1), "in" | "of") && matches!(t.tok(s - 2), "shares" | "Shares")
}

/// The mention comes right after a company noun, or after a list that does ("companies A, B
/// and C"). A full personal name the tagger saw is left alone: "the company Elon Musk founded".
pub(super) fn after_company_noun(t: &Tagged, m: &Mention) -> bool {
    let s = m.toks.start;
    // A camel-cased word is a brand's, not a person's: "fuselage maker Spirit AeroSystems".
    if m.kind == Kind::Person
        && m.toks.len() >= 2
        && t.info[s].flags & gz::FIRST != 0
        && !is_camel_case(t.tok(m.toks.end - 1))
    {
        return false;
    }
    // Walk back over earlier list items: capitalised words, commas, "and", "or".
    let mut i = s;
    let mut items = 0;
    let mut listed = 0;
    while i > 0 {
        let p = i - 1;
        let w = t.tok(p);
        if t.tokens[i].line_start {
            return false;
        }
        // Every company noun is lowercase and at least 4 bytes long (see the tests).
        if w.len() >= 4
            && w.as_bytes()[0].is_ascii_lowercase()
            && COMPANY_NOUNS.binary_search(&w).is_ok()
        {
            // A list follows a plural ("companies A, B and C"); a singular noun names the
            // one name right after it ("the label, Big Machine Records, Braun" names no Braun).
            return listed == 0 || w.ends_with('s');
        }
        let joiner = matches!(w, "," | "and" | "or");
        listed += usize::from(joiner);
        let name_word = t.tokens[p].kind == TokenKind::Word && is_capitalised(w);
        if !(joiner || name_word) || items > 24 {
            return false;
        }
        items += 1;
        i = p;
    }
    false
}

pub(super) fn cap_word(t: &Tagged, i: usize) -> bool {
    // Every rule asks this of every token: the CAP flag is `is_capitalised` of the token,
    // worked out once in `doc_info`.
    // Most tokens are not capitalised: that flag is read first.
    t.info.get(i).is_some_and(|x| x.is_cap())
        && t.tokens.get(i).is_some_and(|x| x.kind == TokenKind::Word)
}

fn is_org_cue(t: &Tagged, i: usize) -> bool {
    // Asked of every token by `possessive_orgs`: the rarer flag first.
    t.info.get(i).is_some_and(|x| x.flags & gz::ORG_CUE != 0) && cap_word(t, i)
}

/// "Kallmeyer's Hardware", "Wenzel's Bakery": a shop's word after an owner's possessive.
fn is_shop_word(t: &Tagged, i: usize) -> bool {
    cap_word(t, i)
        && matches!(
            t.tok(i),
            "Bakery" | "Hardware" | "Diner" | "Pharmacy" | "Tavern" | "Pub" | "Grill" | "Market"
        )
}

/// Which tokens open a mention (none past the end).
fn starts(t: &Tagged, ms: &[Mention]) -> impl Fn(usize) -> bool {
    let mut starts = vec![false; t.tokens.len()];
    for m in ms {
        if let Some(x) = starts.get_mut(m.toks.start) {
            *x = true;
        }
    }
    move |i| starts.get(i).copied().unwrap_or(false)
}

/// Put `found` in place of the mentions they overlap, in one pass however many there are
/// (an earlier one of two overlapping found mentions wins).
pub(super) fn replace_overlapped(t: &Tagged, ms: &mut Vec<Mention>, found: Vec<Mention>) {
    if found.is_empty() {
        return;
    }
    let mut taken = vec![false; t.tokens.len()];
    let mut kept = Vec::with_capacity(found.len());
    for m in found {
        if taken[m.toks.clone()].iter().any(|&x| x) {
            continue;
        }
        taken[m.toks.clone()].iter_mut().for_each(|x| *x = true);
        kept.push(m);
    }
    ms.retain(|x| !taken[x.toks.clone()].iter().any(|&y| y));
    ms.extend(kept);
}

/// An organization's name that holds a possessive: "Bartholomew County Sheriff's Department",
/// "Westminster Magistrate's Court". The tagger splits or drops these; a capitalised run, a
/// possessive and one organization word ending the name make one organization.
pub fn possessive_orgs(t: &Tagged, ms: &mut Vec<Mention>) {
    // The mentions ending at each token, for the owner test below; made when first needed
    // (most texts have no candidate).
    let mut ending: Option<Vec<Vec<usize>>> = None;
    let mut found = Vec::new();
    for p in 1..t.tokens.len().saturating_sub(1) {
        // The organization word first: a flag test, cheaper than reading the possessive.
        // A shop's word is asked after the possessive, which few tokens are.
        // "Indonesian Workers' Unions": a plural the cues leave out.
        let other_word = || {
            cap_word(t, p + 1)
                && t.is_possessive(p)
                && (is_shop_word(t, p + 1) || t.tok(p + 1) == "Unions")
        };
        if !(is_org_cue(t, p + 1) || other_word()) || !t.is_possessive(p) {
            continue;
        }
        // "St James's University Hospital": organization words may follow one another.
        let mut head = p + 1;
        while head < p + 3 && is_org_cue(t, head + 1) && !t.tokens[head + 1].line_start {
            head += 1;
        }
        // "King's College London", "Children's Hospital Los Angeles": a listed place may
        // close the name; any other capitalised word after the organization's word is another
        // name's.
        let place_after = if cap_word(t, head + 1) {
            match listed_place_at(t, head + 1) {
                Some(n) if !cap_word(t, head + 1 + n) => n,
                _ => continue,
            }
        } else {
            0
        };
        if t.tokens[p + 1].line_start || !cap_word(t, p - 1) {
            continue;
        }
        // "Washington State Auditor's Office": the run goes on over "State" (`is_stop_noun`).
        let s = cap_run_start(t, p);
        let e = through_of_part(t, head + 1 + place_after);
        // "Roh Moo-hyun's Cabinet": a person's office, not an organization's name; nor is
        // "NASA's Office of the Inspector General", a part of an organization with a name of
        // its own.
        let named_part = t.tok(head + 1) == "of"
            || (matches!(t.tok(head + 1), "on" | "for")
                && cap_word(t, head + 2)
                && t.info[head + 2].flags & gz::TIME == 0);
        let ending = ending.get_or_insert_with(|| {
            let mut ending = vec![Vec::new(); t.tokens.len() + 1];
            for (k, m) in ms.iter().enumerate() {
                ending[m.toks.end].push(k);
            }
            ending
        });
        let owner = ending
            .get(p)
            .into_iter()
            .flatten()
            .map(|&k| &ms[k])
            .any(|m| {
                // "Gasconade County Sheriff" before "'s Office" names an office, not its owner;
                // "Saint Mary" before "'s Hospital" a saint, for whom the hospital is named.
                let saint = matches!(t.tok(m.toks.start), "Saint" | "St." | "St");
                let person = m.kind == Kind::Person && !is_office_word(t, m.toks.end - 1) && !saint;
                m.toks.start <= s && (person || (m.kind == Kind::Organization && named_part))
            });
        // "South Korea's Ministry of Trade": a country's office is the country's, named
        // apart.
        // A shop is named for its owner: "Kallmeyer's Hardware".
        let shop = is_shop_word(t, p + 1);
        if (owner && !shop) || gz::is_major_place(&t.lowers(&(s..p))) {
            continue;
        }
        if let Some(m) = clean(t, s..e, Kind::Organization) {
            if m.toks.start < p {
                found.push(m);
            }
        }
    }
    replace_overlapped(t, ms, found);
}

/// Where the capitalised run that ends before `p` starts, within its line and after any
/// function word: the owner's name before a possessive ("Bartholomew County Sheriff" before
/// "'s Department"), the club's before its letters ("San Diego" before "FC").
pub(super) fn cap_run_start(t: &Tagged, p: usize) -> usize {
    let mut s = p - 1;
    // "New York City Comptroller": a stop word may open a listed place ("new"); "Houston
    // Police Officers": a noun among them is a name's word.
    let opens_place = |i: usize| listed_place_at(t, i).is_some_and(|n| n >= 2);
    // A name's owner is a few words long: the walk stops at eight, so a line of capitalised
    // words with a candidate in every pair stays linear.
    while s > 0
        && p - s < 8
        && cap_word(t, s - 1)
        && (t.info[s - 1].flags & gz::STOP == 0 || is_stop_noun(t.tok(s - 1)) || opens_place(s - 1))
        && !t.tokens[s].line_start
    {
        s -= 1;
    }
    s
}

/// Stop words that are nouns, which stay in names when capitalised: "Local Government",
/// "Capricorn-Bunker Group", "Houston Police Officers' Union".
pub(super) fn is_stop_noun(w: &str) -> bool {
    matches!(
        w,
        "Government" | "State" | "City" | "Police" | "Group" | "News"
    )
}

/// Where the capitalised words from `e` on end, within the line.
fn cap_run_end(t: &Tagged, mut e: usize) -> usize {
    while cap_word(t, e) && !t.tokens[e].line_start {
        e += 1;
    }
    e
}

/// "Governor's Office of Emergency Services": a name ending at `e` runs on through an "of"
/// part of capitalised words.
fn through_of_part(t: &Tagged, e: usize) -> usize {
    if t.tok(e) == "of" && cap_word(t, e + 1) {
        cap_run_end(t, e + 1)
    } else {
        e
    }
}

/// "St. James’ Park", "Hawke’s Bay", "Rae's Creek", "King's Cross", "St. Peter's Square": a
/// place named with a possessive. The tagger ends the name at the possessive and takes the
/// owner for a person; a place's word after it makes the whole one place. A country's or
/// state's possessive ("Oregon's Crater Lake") and a full person's name own what follows.
pub fn possessive_places(t: &Tagged, ms: &mut Vec<Mention>) {
    const TAILS: &[&str] = &[
        "Abbey",
        "Basilica",
        "Bay",
        "Bush",
        "Cathedral",
        "Common",
        "Cove",
        "Creek",
        "Cross",
        "Ferry",
        "Green",
        "Harbor",
        "Harbour",
        "Inn",
        "Island",
        "Landing",
        "Lynn",
        "Park",
        "Peak",
        "Point",
        "Square",
        "Vineyard",
        "Wharf",
    ];
    let mut found = Vec::new();
    // The owner's last word is capitalised: walk those, and read the possessive first.
    for &c in &t.caps {
        let p = c + 1;
        if p + 1 >= t.tokens.len()
            || !t.is_possessive(p)
            || !cap_word(t, p + 1)
            || !TAILS.contains(&t.tok(p + 1))
        {
            continue;
        }
        if t.tokens[p + 1].line_start || !cap_word(t, p - 1) || cap_word(t, p + 2) {
            continue;
        }
        let s = cap_run_start(t, p);
        let saint = matches!(t.tok(s), "St." | "St" | "Saint" | "Ste.");
        let owned = ms.iter().any(|m| {
            m.toks.end == p
                && m.toks.start <= s
                && ((m.kind == Kind::Person && m.toks.len() > 1) || m.kind == Kind::Organization)
        });
        if (owned && !saint) || gz::is_major_place(&t.lowers(&(s..p))) {
            continue;
        }
        if let Some(m) = clean(t, s..p + 2, Kind::Place) {
            if m.toks.start < p {
                found.push(m);
            }
        }
    }
    replace_overlapped(t, ms, found);
}

/// "Women’s Tennis Association", "National People's Power", "Workers' Party of Korea": a
/// group's plural possessive inside a capitalised run belongs to the name (no owner is a
/// group of women). The tagger stops at it; the run is one organization where it ends in an
/// organization's word or already holds an organization.
pub fn group_possessives(t: &Tagged, ms: &mut Vec<Mention>) {
    const GROUPS: &[&str] = &[
        "Children", "Citizens", "Farmers", "Men", "Mothers", "Nurses", "Parents", "People",
        "Teachers", "Veterans", "Women", "Workers",
    ];
    let mut found = Vec::new();
    for &c in &t.caps {
        let p = c + 1;
        if p + 1 >= t.tokens.len()
            || !t.is_possessive(p)
            || !cap_word(t, p + 1)
            || !GROUPS.contains(&t.tok(c))
        {
            continue;
        }
        if t.tokens[p + 1].line_start {
            continue;
        }
        let s = cap_run_start(t, p);
        let e = through_of_part(t, cap_run_end(t, p + 1));
        // A mention reaching outside the run ("North Memorial Health and Children") is left
        // to the passes that split lists.
        let overlapping = || ms.iter().filter(|m| m.toks.start < e && s < m.toks.end);
        if overlapping().any(|m| m.toks.start < s || e < m.toks.end) {
            continue;
        }
        let org_inside = overlapping().any(|m| m.kind == Kind::Organization);
        if !(org_inside || is_org_cue(t, e - 1)) {
            continue;
        }
        if let Some(m) = clean(t, s..e, Kind::Organization) {
            if m.toks.start < p && p < m.toks.end {
                found.push(m);
            }
        }
    }
    replace_overlapped(t, ms, found);
}

/// The number of words of the listed place that starts at `i`, if one does.
fn listed_place_at(t: &Tagged, i: usize) -> Option<usize> {
    use super::features::PLACE_B;
    if t.info.get(i)?.flags & PLACE_B == 0 {
        return None;
    }
    let mut buf = [0u64; gz::MAX_PLACE_WORDS];
    let n = gz::place_match(t.lowers_into(&(i..t.tokens.len()), &mut buf));
    (n > 0).then_some(n)
}

/// "U.K.'s University of York", "China's Ministry of Commerce": a country's possessive
/// opening a name is a place of its own before the name it owns.
pub fn country_possessives(t: &Tagged, ms: &mut Vec<Mention>) {
    let mut parts = Vec::new();
    for m in ms.iter_mut() {
        let Some(p) =
            (m.toks.start + 1..m.toks.end.saturating_sub(1)).find(|&p| t.is_possessive(p))
        else {
            continue;
        };
        if !gz::is_major_place(&t.lowers(&(m.toks.start..p))) {
            continue;
        }
        let Some(rest) = clean(t, p + 1..m.toks.end, m.kind) else {
            continue;
        };
        let place = m.toks.start..p;
        parts.push(t.mention(place, Kind::Place));
        *m = rest;
    }
    ms.extend(parts);
}

/// "Apple CEO Tim Cook", "Lexus Project Manager Fumihiko Hazama", "Bank of England Governor
/// Andrew Bailey": a company's or a place's name, an office and a person, which the tagger
/// reads as one name or whose first part it drops. Each part is named apart. Only a listed
/// organization, a name with an organization word or a listed place opens such a phrase, so
/// "Defense Secretary Mark Esper" stays one person.
pub fn office_splits(t: &Tagged, ms: &mut Vec<Mention>) {
    let mut parts = Vec::new();
    for m in ms.iter_mut() {
        if m.toks.len() < 4 {
            continue;
        }
        // The first office word, with a person's name of two words or more after it.
        let Some(p) = (m.toks.start + 1..m.toks.end - 2).find(|&p| is_office_word(t, p)) else {
            continue;
        };
        let mut q = p + 1;
        while q < m.toks.end && (is_office_word(t, q) || is_role_modifier(t.tok(q))) {
            q += 1;
        }
        if m.toks.end - q < 2 || t.info[q].flags & gz::FIRST == 0 {
            continue;
        }
        let Some(owner) = office_owner(t, m.toks.start, p) else {
            continue;
        };
        if !is_lone_org_word(t, &owner) {
            parts.push(owner);
        }
        *m = t.mention(q..m.toks.end, Kind::Person);
    }
    // The tagger left the owner out and named only the person: "Tesla Chief Executive Elon
    // Musk", "Spokane County Sheriff Ozzie Knezovich".
    let covered = covered(t, ms);
    for m in ms.iter().filter(|m| m.kind == Kind::Person) {
        let free = |i: usize| cap_word(t, i) && !covered[i] && !t.tokens[i + 1].line_start;
        // The office right before the name, then up to four words before it for its owner.
        let mut p = m.toks.start;
        while p > 0 && m.toks.start - p < 3 && free(p - 1) {
            let w = p - 1;
            if !(is_office_word(t, w) || is_role_modifier(t.tok(w))) {
                break;
            }
            p = w;
        }
        if p == m.toks.start || !(p..m.toks.start).any(|i| is_office_word(t, i)) {
            continue;
        }
        let mut a = p;
        while a > 0 && p - a < 4 && free(a - 1) {
            a -= 1;
        }
        // The owner's first word: a listed place or organization, an acronym, or any name
        // word that is not a sentence's first ("Then"), a day or a common word.
        let opens = |i: usize| {
            let f = t.info[i].flags;
            f & (super::features::PLACE_B | gz::KNOWN_ORG) != 0
                || t.tok(i).bytes().all(|b| b.is_ascii_uppercase())
                || f & (SENT_START | gz::STOP | gz::TIME) == 0
        };
        let owner = (a..p)
            .filter(|&i| opens(i))
            .find_map(|i| office_owner(t, i, p));
        // One organization word alone is the office's field: "Energy Secretary Rick Perry",
        // "National Security Adviser John Bolton".
        let field = |o: &Mention| {
            use super::features::{PLACE_B, PLACE_I};
            o.toks.clone().all(|i| {
                t.info[i].flags & (PLACE_B | PLACE_I | gz::KNOWN_ORG) == 0
                    && !t.tok(i).bytes().all(|b| b.is_ascii_uppercase())
                    && t.tok(i) != "County"
            }) && !gz::is_listed_org(&t.lowers(&o.toks))
        };
        parts.extend(owner.filter(|o| !field(o) && !is_lone_org_word(t, o)));
    }
    ms.extend(parts);
}

/// "Police" in "Police Superintendent Larry Snelling": an organization word alone names no
/// organization, and before an office it is the office's field.
pub(super) fn is_lone_org_word(t: &Tagged, m: &Mention) -> bool {
    m.toks.len() == 1 && t.info[m.toks.start].flags & (gz::ORG_CUE | gz::KNOWN_ORG) == gz::ORG_CUE
}

/// A word that names an office: a title ("President", "Gov."), a job ("Manager", "Director")
/// or an executive's abbreviation ("CEO").
pub(super) fn is_office_word(t: &Tagged, i: usize) -> bool {
    // Asked of many capitalised words: a flag test, then one look-up of the word's hash.
    cap_word(t, i)
        && (t.info[i].flags & gz::TITLE != 0 || office_words().contains(&t.info[i].lower))
}

/// The hashes of the lowercase words `is_office_word` takes beside the titles: jobs
/// ("Manager", "Director"), public offices, executives' abbreviations.
fn office_words() -> &'static HashSet<u64, gz::IdBuild> {
    static WORDS: std::sync::OnceLock<HashSet<u64, gz::IdBuild>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        const OTHERS: &[&str] = &[
            "CEO",
            "CFO",
            "COO",
            "CTO",
            "Officer",
            "Executive",
            "Founder",
            "Co-founder",
            "Speaker",
            "Leader",
            "Chair",
            "Insider",
            "Analyst",
            "Correspondent",
            "Head",
            "Emperor",
            "Empress",
            "Baron",
            "Baroness",
            // British and Irish abbreviations written without a period: "Supt Claire
            // Beddows", "Det Insp Mark Jones", "Fr Tony Flannery".
            "Supt",
            "Insp",
            "Det",
            "Fr",
        ];
        super::entities::ROLE_NOUNS
            .iter()
            .chain(PUBLIC_OFFICES)
            .chain(OTHERS)
            .chain(super::titles::MEMBERS)
            .map(|w| gz::hash_lower(w))
            .collect()
    })
}

/// A word that names an office's owner: an organization's word, a listed place, or an acronym
/// ("FEMA Administrator Deanne Criswell").
pub(super) fn is_owner_word(t: &Tagged, i: usize) -> bool {
    use super::features::{PLACE_B, PLACE_I};
    t.info[i].flags & (gz::ORG_WORD | PLACE_B | PLACE_I) != 0 || is_acronym(t.tok(i))
}

/// The name that owns an office written from `a` to `p`: the words up to the last listed
/// organization, organization word or listed place, with capitalised words (the office's
/// department: "Project", "Chief Financial") between it and `p`.
fn office_owner(t: &Tagged, a: usize, p: usize) -> Option<Mention> {
    use super::features::{PLACE_B, PLACE_I};
    // "Project Manager", "Program Director": the job's part, not the owner's name.
    let department = |e: usize| {
        e == p && gz::in_list(&["program", "programme", "project", "team"], t.tok(e - 1))
    };

    let county = |i: usize| t.tok(i) == "County";
    let e = (a + 1..=p).rev().find(|&e| {
        !department(e)
            && (is_owner_word(t, e - 1) || county(e - 1) || gz::is_listed_org(&t.lowers(&(a..e))))
    })?;
    if !(e..p).all(|i| cap_word(t, i)) || !cap_word(t, a) {
        return None;
    }
    let place = county(e - 1)
        || (a..e).all(|i| t.info[i].flags & (PLACE_B | PLACE_I) != 0)
            && (a..e).all(|i| t.info[i].flags & (gz::KNOWN_ORG | gz::ORG_CUE) == 0);
    let kind = if place {
        Kind::Place
    } else {
        Kind::Organization
    };
    clean(t, a..e, kind)
}

/// "Swedish Prosecution Authority", "the Palestinian Authority": a demonym, capitalised words
/// and an organization word, none of it tagged, is an organization. Returns where the run of
/// capitalised words from `i` ends and whether it is one.
fn demonym_org(t: &Tagged, covered: &[bool], i: usize) -> (usize, bool) {
    if t.info[i].flags & gz::DEMONYM == 0 {
        return (i + 1, false);
    }
    let mut j = i + 1;
    while cap_word(t, j) && !covered[j] && !t.tokens[j].line_start {
        j += 1;
    }
    (j, j - i >= 2 && is_org_cue(t, j - 1))
}

/// A name cut off after a connecting word ("International Court of" before "Justice", a word
/// that is also a judge's title) runs on through the capitalised words that follow; with
/// none to follow, the connecting word goes.
pub fn dangling_connectors(t: &Tagged, ms: &mut [Mention]) {
    let starts = starts(t, ms);
    for m in ms.iter_mut() {
        let last = m.toks.end - 1;
        // "Office" before "of the Inspector General", "Committee" before "on Intelligence":
        // an organization word's "of" or "on" part belongs to it.
        let e = m.toks.end;
        if is_org_cue(t, last)
            && matches!(t.tok(e), "of" | "on")
            && !starts(e + 1)
            && !on_a_street(t, e)
        {
            let mut f = e + 1;
            if t.tok(f) == "the" {
                f += 1;
            }
            let g = f;
            // Not a date: "Montreal Hockey Club on May 3".
            // Nor the next sentence: "the Civic Center on Avenue A. Nurses gave shots".
            while cap_word(t, f)
                && t.info[f].flags & (gz::TIME | SENT_START) == 0
                && !t.tokens[f].line_start
                && !starts(f)
            {
                f += 1;
            }
            if f > g {
                m.toks = m.toks.start..f;
                m.span = t.span(&m.toks);
                m.kind = Kind::Organization;
                continue;
            }
        }
        if m.toks.len() < 2 || !matches!(t.tok(last), "of" | "for" | "and" | "the" | "de") {
            continue;
        }
        let mut e = m.toks.end;
        while cap_word(t, e)
            && t.info[e].flags & SENT_START == 0
            && !t.tokens[e].line_start
            && !starts(e)
        {
            e += 1;
        }
        let r = if e > m.toks.end {
            m.toks.start..e
        } else {
            m.toks.start..last
        };
        m.span = t.span(&r);
        m.toks = r;
    }
}

/// "on" at `on` puts what comes before on a street: "the Civic Center on Avenue A", "the
/// clinic on Main Street". What comes after is no part of a body's name.
pub(super) fn on_a_street(t: &Tagged, on: usize) -> bool {
    let f = on + 1;
    t.tok(on) == "on" && cap_word(t, f) && {
        let e = cap_run_end(t, f);
        is_street_word(t.tok(f)) || is_street_word(t.tok(e - 1))
    }
}

/// A legal form or an organization word right after a name closes an organization's name
/// that the tagger ended early: "Tyvak Systems, Inc.", "Walt Disney Co.", "Emirates
/// Airline", "BART Police". Without a comma the word must be one only organizations end with
/// (a two-letter form such as "AG" may be an attorney general).
pub fn closing_org_words(t: &Tagged, ms: &mut Vec<Mention>) {
    let mut grown = Vec::new();
    let mut taken: Option<Vec<bool>> = None;
    for m in ms.iter() {
        let e = m.toks.end;
        let s = m.toks.start;
        // "Premier Care Diagnostics LLC": a legal form closes a name whose first word the
        // tagger left out for being an office's.
        if m.kind == Kind::Organization && legal_form_at_end(t, m) {
            let taken = taken.get_or_insert_with(|| covered(t, ms));
            let office = s > 0
                && cap_word(t, s - 1)
                && !taken[s - 1]
                && !t.tokens[s].line_start
                && t.info[s - 1].flags & gz::TITLE != 0;
            if office {
                grown.push(t.mention(s - 1..e, Kind::Organization));
                continue;
            }
        }
        // "Ernst & Young", "Frost & Sullivan": an ampersand between capitalised words makes
        // one organization of them; a person's name never holds one.
        if s >= 2 && t.tok(s - 1) == "&" && cap_word(t, s - 2) && !t.tokens[s].line_start {
            let mut start = s - 2;
            while start > 0
                && cap_word(t, start - 1)
                && s - start < 4
                && !t.tokens[start].line_start
            {
                start -= 1;
            }
            let r = start..e;
            grown.push(t.mention(r, Kind::Organization));
            continue;
        }
        if t.tok(e) == "&" && cap_word(t, e + 1) && !t.tokens[e + 1].line_start {
            let mut end = e + 2;
            while cap_word(t, end) && !t.tokens[end].line_start && end - e < 4 {
                end += 1;
            }
            let r = s..end;
            grown.push(t.mention(r, Kind::Organization));
            continue;
        }
        // "the Democratic Progressive party": a party's name written with a lowercase word,
        // where the capitalised words are no name alone ("his Likud party" names Likud).
        const PARTY_WORDS: &[&str] = &[
            "communist",
            "conservative",
            "democratic",
            "green",
            "labour",
            "liberal",
            "nationalist",
            "progressive",
            "republican",
            "socialist",
        ];
        if t.tok(e) == "party"
            && m.kind != Kind::Person
            && !t.tokens[e].line_start
            && gz::in_list(PARTY_WORDS, t.tok(e - 1))
        {
            grown.push(t.mention(s..e + 1, Kind::Organization));
            continue;
        }
        // "Eli Lilly and Co.": the legal form after "and" is the name's.
        if t.tok(e) == "and"
            && matches!(t.tok(e + 1), "Co." | "Company")
            && !t.tokens[e + 1].line_start
        {
            grown.push(t.mention(s..e + 2, Kind::Organization));
            continue;
        }
        let comma = t.tok(e) == ",";
        let f = e + usize::from(comma);
        let same_line = t.tokens.get(f).is_some_and(|x| !x.line_start);
        if !same_line || !cap_word(t, f) || t.info[f].flags & SENT_START != 0 {
            continue;
        }
        let legal = t.info[f].flags & gz::ORG_SUFFIX != 0;
        let w = t.tok(f);
        let closes = if comma {
            legal
        } else {
            (legal && (w.ends_with('.') || w.len() >= 3)) || is_org_tail(w)
        };
        if closes {
            let r = m.toks.start..f + 1;
            grown.push(t.mention(r, Kind::Organization));
        }
    }
    replace_overlapped(t, ms, grown);
}

/// "Tasmania Parks" + "and" + "Wildlife Service": the tagger cuts a body's name at its "and".
/// The halves are one name when the first is no name alone (its last word ends no
/// organization's name and no list holds it) and the second ends as a body's name.
pub fn and_in_names(t: &Tagged, ms: &mut Vec<Mention>) {
    ms.sort_by_key(|m| m.toks.start);
    let mut found = Vec::new();
    for w in ms.windows(2) {
        let (a, b) = (&w[0], &w[1]);
        let and = a.toks.end;
        if t.tok(and) != "and" || b.toks.start != and + 1 || t.tokens[b.toks.start].line_start {
            continue;
        }
        let (a_last, b_last) = (a.toks.end - 1, b.toks.end - 1);
        // "Air France and ITA Airways", "Amkor Technology and Arizona State University": a
        // place's name or an acronym on either side of the "and" is a name's own word.
        let proper = |i: usize| is_acronym(t.tok(i)) || gz::is_major_place(&[t.info[i].lower]);
        let two_names = a.kind == Kind::Person
            || proper(a_last)
            || proper(b.toks.start)
            || t.info[a_last].flags & gz::ORG_WORD != 0
            || is_org_tail(t.tok(a_last))
            || gz::is_listed_place(&t.lowers(&a.toks))
            || gz::is_listed_org(&t.lowers(&a.toks));
        let body = !two_names
            && b.kind != Kind::Person
            && b.toks.len() >= 2
            && t.info[b_last].flags & gz::ORG_CUE != 0
            && cap_word(t, b_last);
        if body {
            found.push(t.mention(a.toks.start..b.toks.end, Kind::Organization));
        }
    }
    // "National Institute for Public Health" + "and the" + "Environment": a body's field
    // that runs on past "and the" to one word no list holds and that ends the name. Not
    // "the Ministry of Defence and the Army", "the Justice Department and the FBI".
    // The mentions over each token, made at the first candidate.
    let mut spans: Option<Vec<Option<Range<usize>>>> = None;
    for a in ms.iter().filter(|m| m.kind == Kind::Organization) {
        let e = a.toks.end;
        let y = e + 2;
        let one_word = t.tok(e) == "and"
            && t.tok(e + 1) == "the"
            && cap_word(t, y)
            && !cap_word(t, y + 1)
            && !t.tokens[y].line_start
            && t.info[y].flags & (gz::ORG_WORD | gz::PLACE_WORD) == 0
            && !is_acronym(t.tok(y));
        if !one_word || !names_a_field(t, &a.toks) {
            continue;
        }
        // The word is the tagger's own mention or none.
        let spans = spans.get_or_insert_with(|| super::entities::mention_spans(t, ms));
        if spans[y].as_ref().is_none_or(|r| *r == (y..y + 1)) {
            found.push(t.mention(a.toks.start..y + 1, Kind::Organization));
        }
    }
    replace_overlapped(t, ms, found);
}

/// "Irungu Houghton, executive director of Amnesty International Kenya": two capitalised
/// words the tagger passed over, before a comma and an apposition that names a person's role,
/// are a person when a first name opens them or a surname ends them.
pub fn people_before_roles(t: &Tagged, ms: &mut Vec<Mention>) {
    use super::quotes::lexicon;
    const NOT_NAMES: u32 = gz::STOP | gz::TIME | gz::DEMONYM | gz::ORG_WORD | gz::TITLE;
    let covered = covered(t, ms);
    let role = |w: &str| {
        w.bytes().next().is_some_and(|b| b.is_ascii_lowercase())
            && (is_role_noun(w) || lexicon::is_role_noun(w) || lexicon::is_anonymous_noun(w))
    };
    let mut found = Vec::new();
    for &i in &t.caps {
        let pair = i..i + 2;
        if t.tok(i + 2) != ","
            || !cap_word(t, i + 1)
            || covered.get(i..i + 2).is_none_or(|c| c.iter().any(|&x| x))
            || t.tokens[i + 1].line_start
            // The two words are the whole name, not the end of a longer capitalised run.
            || (i > 0 && cap_word(t, i - 1) && t.info[i].flags & SENT_START == 0)
            || pair.clone().any(|k| {
                t.info[k].flags & (NOT_NAMES | super::features::ALLCAPS) != 0
            })
            || (t.info[i].flags & gz::FIRST == 0 && t.info[i + 1].flags & gz::SURNAME == 0)
        {
            continue;
        }
        let words = t.lowers(&pair);
        if gz::is_listed_place(&words) || gz::is_listed_org(&words) || gz::is_listed_team(&words) {
            continue;
        }
        let mut j = i + 3;
        if matches!(t.tok(j), "a" | "an" | "the") {
            j += 1;
        }
        let apposition = (j..j + 3)
            .take_while(|&k| t.tokens.get(k).is_some_and(|x| x.kind == TokenKind::Word))
            .any(|k| {
                role(t.tok(k))
                    && matches!(
                        t.tok(k + 1),
                        "of" | "at" | "for" | "in" | "with" | "," | "."
                    )
            });
        if apposition {
            found.push(t.mention(pair, Kind::Person));
        }
    }
    ms.extend(found);
}

/// Names the tagger passed over that the text still shows, found in two passes over the
/// untagged capitalised words (each pass sees what the one before added):
/// - organizations that open with a demonym ("Swedish Prosecution Authority") and families,
///   the plural of a surname the text gives a person ("the Bidens");
/// - camel-case brands ("WeWork"), teams before a record or position ("The Eagles (6-5)"),
///   web names ("Moneycontrol.com"), also where the tagger named the word before the domain,
///   companies whose shares are traded ("shares in Fortescue") and the platform X ("in a
///   post on X"), and a settlement's name after its noun ("the village of Sinnamary").
///
/// A family's plural tagged as something else becomes people too.
pub fn untagged_names(t: &Tagged, ms: &mut Vec<Mention>) {
    let surnames: FastSet<&str> = ms
        .iter()
        .filter(|m| m.kind == Kind::Person && m.toks.len() >= 2)
        .map(|m| t.tok(m.toks.end - 1))
        .collect();
    let is_family = |i: usize| {
        !surnames.is_empty()
            && t.tok(i)
                .strip_suffix('s')
                .is_some_and(|stem| stem.len() >= 2 && surnames.contains(&stem))
    };
    for m in ms.iter_mut() {
        if m.kind != Kind::Person
            && m.toks.len() == 1
            && cap_word(t, m.toks.start)
            && is_family(m.toks.start)
        {
            m.kind = Kind::Person;
        }
        // A name the tagger cut before its domain: "AutoIndustriya" + ".com".
        if !m.toks.is_empty() && web_name(t, m.toks.end - 1) {
            *m = t.mention(m.toks.start..m.toks.end + 2, Kind::Organization);
        }
    }
    // "the Indian Army", "the Haitian National Police", "the Turkish Red Crescent", "Czech
    // Television": a country's forces and services are named with its demonym, which the
    // tagger leaves out. So are its bodies named by an organization's word ("the Kenyan
    // Football Federation", "the Serbian Academy of Sciences and Arts"): without the demonym
    // two countries' federations would be one. Not a body named on its own ("Russian
    // Gazprom"), nor after a capitalised word ("South African").
    let mut covered = covered(t, ms);
    for m in ms.iter_mut() {
        let s = m.toks.start;
        let force = || {
            matches!(
                t.tok(s),
                "Army"
                    | "Navy"
                    | "Air"
                    | "Armed"
                    | "Coast"
                    | "National"
                    | "Red"
                    | "Television"
                    | "Radio"
                    | "Broadcasting"
            )
        };
        let national_body = || {
            m.toks.clone().any(|i| is_org_cue(t, i))
                && !super::entities::ministry_of(t, s)
                && !gz::is_listed_org(&t.lowers(&m.toks))
                && (s < 2
                    || !cap_word(t, s - 2)
                    || t.info[s - 2].flags & gz::STOP != 0
                    || t.tokens[s - 1].line_start)
        };
        if s > 0
            && m.kind == Kind::Organization
            && t.info[s - 1].flags & gz::DEMONYM != 0
            && cap_word(t, s - 1)
            && !covered[s - 1]
            && !t.tokens[s].line_start
            && (force() || national_body())
        {
            covered[s - 1] = true;
            *m = t.mention(s - 1..m.toks.end, Kind::Organization);
        }
    }
    let add = |ms: &mut Vec<Mention>, covered: &mut [bool], r: Range<usize>, kind: Kind| {
        covered[r.clone()].iter_mut().for_each(|c| *c = true);
        ms.push(t.mention(r, kind));
    };
    // The demonym pass skips to the end of each capitalised run it tried; the family test
    // looks at every word.
    // Both passes read only the capitalised words (`Tagged::caps`).
    let mut demonym_from = 0;
    for &i in &t.caps {
        if covered[i] {
            continue;
        }
        if i >= demonym_from {
            let (j, org) = demonym_org(t, &covered, i);
            demonym_from = j;
            if org {
                add(ms, &mut covered, i..j, Kind::Organization);
                continue;
            }
        }
        if is_family(i) {
            add(ms, &mut covered, i..i + 1, Kind::Person);
        }
    }
    // The words of the mentions so far (not of those added below), made when first needed.
    let given = ms.len();
    let mut tagged_words: Option<HashSet<u64, gz::IdBuild>> = None;
    for &i in &t.caps {
        if covered[i] {
            continue;
        }
        let camel = t.info[i].flags & super::features::CAP_MID_ELSEWHERE != 0
            && is_camel_case(t.tok(i))
            && !tagged_words
                .get_or_insert_with(|| {
                    ms[..given]
                        .iter()
                        .flat_map(|m| m.toks.clone().map(|i| t.info[i].lower))
                        .collect()
                })
                .contains(&t.info[i].lower);
        if web_name(t, i) {
            add(ms, &mut covered, i..i + 3, Kind::Organization);
        } else if i >= 2
            && matches!(t.tok(i - 1), "in" | "of")
            && matches!(t.tok(i - 2), "shares" | "Shares")
        {
            // "Shares in Fortescue rose": a listed company.
            let mut j = i + 1;
            while cap_word(t, j) && !covered[j] && !t.tokens[j].line_start {
                j += 1;
            }
            add(ms, &mut covered, i..j, Kind::Organization);
        } else if t.tok(i) == "X"
            && i >= 2
            && t.tok(i - 1) == "on"
            && (i.saturating_sub(4)..i - 1).any(|j| {
                matches!(
                    t.tok(j),
                    "post" | "posted" | "posts" | "wrote" | "said" | "statement"
                )
            })
        {
            // "said in a post on X": the platform.
            add(ms, &mut covered, i..i + 1, Kind::Organization);
        } else if camel || team_name(t, i) {
            add(ms, &mut covered, i..i + 1, Kind::Organization);
        } else if lone_major_place(t, &covered, i) {
            add(ms, &mut covered, i..i + 1, Kind::Place);
        } else if let Some(s) = county_before(t, &covered, i) {
            add(ms, &mut covered, s..i + 1, Kind::Place);
        } else if the_legislature(t, i) || lone_labor(t, i) {
            add(ms, &mut covered, i..i + 1, Kind::Organization);
        } else if after_settlement_noun(t, i) && !t.tokens[i].line_start {
            // "the village of Sinnamary": a name the tagger passed over after its noun.
            let mut j = i + 1;
            while cap_word(t, j) && !covered[j] && !t.tokens[j].line_start {
                j += 1;
            }
            add(ms, &mut covered, i..j, Kind::Place);
        }
    }
}

/// "the Legislature", "the Republican-controlled Legislature", "in the Commons": a
/// legislature named by its word alone, which the tagger passes over.
fn the_legislature(t: &Tagged, i: usize) -> bool {
    matches!(t.tok(i), "Legislature" | "Commons")
        && !t.tokens[i].line_start
        && !cap_word(t, i + 1)
        && (1..=2).any(|k| {
            i >= k
                && t.tok(i - k).eq_ignore_ascii_case("the")
                && (i - k + 1..i).all(|j| t.first_byte(j).is_ascii_lowercase())
        })
}

/// "Labor won 77 seats", "the centrepiece of Labor's agenda": Australia's party by its one
/// word, which the tagger passes over (it knows "Labour"). Not a field in a list or a name's
/// first word ("Secretary of Labor", "Education, Labor and Pensions", "Labor Day"), nor the
/// common noun opening a sentence ("Labor relations remain tense") in a text that never
/// capitalises it elsewhere.
fn lone_labor(t: &Tagged, i: usize) -> bool {
    use super::features::{CAP_MID_ELSEWHERE, SENT_START};
    let flags = t.info[i].flags;
    let field = i > 0
        && (matches!(t.tok(i - 1), "," | "&")
            || (matches!(t.tok(i - 1), "of" | "for") && !t.is_possessive(i + 1)));
    t.tok(i) == "Labor"
        && (flags & SENT_START == 0 || flags & CAP_MID_ELSEWHERE != 0)
        && !cap_word(t, i + 1)
        && !field
        && !(t.tok(i + 1) == "and" && cap_word(t, i + 2))
}

/// "Kitsap County is poor": a county's name that nothing else in the text is read with, and
/// that no organization's word follows, is the county. Returns where its name starts.
fn county_before(t: &Tagged, covered: &[bool], i: usize) -> Option<usize> {
    if t.tok(i) != "County" || t.tokens[i].line_start || cap_word(t, i + 1) {
        return None;
    }
    let mut s = i;
    while s > 0
        && i - s < 2
        && cap_word(t, s - 1)
        && !covered[s - 1]
        && t.info[s - 1].flags & (gz::STOP | gz::TIME) == 0
        && !t.tokens[s].line_start
    {
        s -= 1;
    }
    (s < i).then_some(s)
}

/// "Czech Republic", "Bosnia and Herzegovina", "Republic of Ireland": a country or region
/// of several words, listed as one, is one place however the tagger cut it (a name that
/// reaches beyond it, "Czech Republic Embassy", keeps its own reading).
pub fn major_place_phrases(t: &Tagged, ms: &mut Vec<Mention>) {
    use super::features::PLACE_B;
    let n = t.tokens.len();
    let mut found = Vec::new();
    // Made when first needed: most texts name no country of several words.
    let mut at = None;
    let mut i = 0;
    while i < n {
        // "The Netherlands": the article is no part of the name.
        if t.info[i].flags & PLACE_B == 0 || !cap_word(t, i) || t.tok(i) == "The" {
            i += 1;
            continue;
        }
        let mut buf = [0u64; gz::MAX_PLACE_WORDS];
        let hs = t.lowers_into(&(i..n), &mut buf);
        let len = gz::place_match(hs);
        let r = i..i + len;
        if len >= 2
            && gz::is_major_place(&hs[..len])
            && !reaches_outside(at.get_or_insert_with(|| mention_spans(t, ms)), &r, &r)
        {
            found.push(t.mention(r, Kind::Place));
            i += len;
        } else {
            i += 1;
        }
    }
    replace_overlapped(t, ms, found);
}

/// A building or street whose name stands for the government in it.
fn is_seat_of_government(t: &Tagged, m: &Mention) -> bool {
    let r = &m.toks;
    match r.len() {
        1 => matches!(
            t.tok(r.start),
            "Holyrood" | "Stormont" | "Kremlin" | "Pentagon" | "Élysée" | "Elysee"
        ),
        2 => matches!(
            (t.tok(r.start), t.tok(r.start + 1)),
            ("Downing", "Street")
                | ("Élysée" | "Elysee", "Palace")
                | ("Blue", "House")
                | ("City", "Hall")
        ),
        _ => false,
    }
}

/// A word after a name that has the name speak or speak for it.
fn speaks_after(w: &str) -> bool {
    matches!(
        w,
        "said"
            | "says"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "source"
            | "sources"
            | "official"
            | "officials"
            | "announced"
            | "confirmed"
            | "denied"
            | "insisted"
            | "warned"
            | "rejected"
            | "declined"
            | "added"
    )
}

/// One word that ends in a street's word: "Helferstorferstrasse", "Okubo-dori".
fn is_compound_street(w: &str) -> bool {
    const ENDS: &[&str] = &[
        "straße", "strasse", "platz", "gasse", "allee", "damm", "straat", "plein", "gracht",
        "gatan", "vägen", "-dori", "-dōri",
    ];
    w.len() >= 8
        && ENDS.iter().any(|e| {
            w.len() > e.len() + 2
                && w.is_char_boundary(w.len() - e.len())
                && w[w.len() - e.len()..].eq_ignore_ascii_case(e)
        })
}

/// "Kaiser-Wilhelm-Straße", "Helferstorferstrasse", "Karl-Marx-Allee", "Okubo-dori": streets
/// written as one word with the street's word at its end, in languages that do so. The tagger
/// knows few of them; each is a place unless a longer name holds it.
pub fn compound_streets(t: &Tagged, ms: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for &i in &t.caps {
        if !is_compound_street(t.tok(i)) {
            continue;
        }
        match ms.iter().find(|m| m.toks.contains(&i)) {
            Some(m) if m.toks.len() > 1 || m.kind == Kind::Place => {}
            _ => found.push(t.mention(i..i + 1, Kind::Place)),
        }
    }
    replace_overlapped(t, ms, found);
}

/// A city's quarter written after a street's name: "Beacon Avenue South", "First Street NW".
const STREET_QUARTERS: &[&str] = &["East", "North", "South", "West", "NE", "NW", "SE", "SW"];

/// "12th Avenue South", "First Street NW": a street's quarter after its name is part of it.
/// Not before another name ("Main Street North Carolina" is no address).
pub fn street_quarters(t: &Tagged, ms: &mut [Mention]) {
    for m in ms.iter_mut() {
        let e = m.toks.end;
        let quarter = STREET_QUARTERS.contains(&t.tok(e));
        if m.kind == Kind::Place
            && quarter
            && is_street_word(t.tok(e - 1))
            && !t.tokens[e].line_start
            && !cap_word(t, e + 1)
        {
            *m = t.mention(m.toks.start..e + 1, Kind::Place);
        }
    }
}

/// Streets and roads named by a number: "East 116th Street", "Second Avenue", "Interstate
/// 75", "Mississippi Highway 433", "U.S. 1". The tagger reads a number as no name; these are
/// places, with the capitalised words that open them.
pub fn numbered_roads(t: &Tagged, ms: &mut Vec<Mention>) {
    const ORDINALS: &[&str] = &[
        "eighth", "fifth", "first", "fourth", "ninth", "second", "seventh", "sixth", "tenth",
        "third",
    ];
    let ordinal = |i: usize| {
        let w = t.tok(i);
        numeric_ordinal(w) || (cap_word(t, i) && gz::in_list(ORDINALS, w))
    };
    let number = |i: usize| {
        t.tokens
            .get(i)
            .is_some_and(|x| x.kind == TokenKind::Number && !x.line_start)
            && t.tok(i).len() <= 3
            && t.tok(i).bytes().all(|b| b.is_ascii_digit())
    };
    let mut found = Vec::new();
    // Read at the capitalised words only (`Tagged::caps`), each stopped by a byte test: the
    // street's word, or the road's word.
    for &j in &t.caps {
        // "116th Street": an ordinal, then a street's word (at `j`).
        // "the 27th Ward": a city's ward, named so too.
        let street = j > 0
            && (t.first_byte(j - 1).is_ascii_digit()
                || matches!(t.first_byte(j - 1), b'E' | b'F' | b'N' | b'S' | b'T'))
            && !t.tokens[j].line_start
            && ordinal(j - 1)
            && (is_street_word(t.tok(j)) || t.tok(j) == "Ward");
        // "Interstate 75", "Highway 433", "Route 9", "U.S. 1", "Ruta 3", "Calle 73"; not a
        // year ("the U.S. 2020 election").
        let road = matches!(t.first_byte(j), b'I' | b'H' | b'R' | b'U' | b'C')
            && (matches!(
                t.tok(j),
                "Interstate" | "Highway" | "Route" | "U.S." | "Ruta" | "Calle" | "Carrera"
            ) || (t.tok(j) == "Road" && j > 0 && t.tok(j - 1) == "County"))
            && number(j + 1);
        // "I-75": an interstate in one word.
        let w = t.tok(j);
        let interstate = w
            .strip_prefix("I-")
            .or_else(|| w.strip_prefix("BR-"))
            .is_some_and(|n| (1..=3).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()));
        if interstate || lettered_road(t, j) {
            found.push(t.mention(j..j + 1, Kind::Place));
            continue;
        }
        let i = if street {
            j - 1
        } else if road {
            j
        } else {
            if let Some(m) = named_street(t, j) {
                found.push(m);
            }
            continue;
        };
        // The capitalised words before it: "East", "Mississippi", "State".
        let mut s = i;
        while s > 0
            && s + 3 > i
            && cap_word(t, s - 1)
            && (t.info[s - 1].flags & (gz::STOP | SENT_START) == 0 || t.tok(s - 1) == "State")
            && !t.tokens[s].line_start
        {
            s -= 1;
        }
        found.push(t.mention(s..i + 2, Kind::Place));
    }
    replace_overlapped(t, ms, found);
}

/// "116th", "9th", "21st".
fn numeric_ordinal(w: &str) -> bool {
    let b = w.as_bytes();
    b.first().is_some_and(u8::is_ascii_digit)
        && b.len() >= 3
        && b[..b.len() - 2].iter().all(u8::is_ascii_digit)
        && matches!(&b[b.len() - 2..], b"st" | b"nd" | b"rd" | b"th")
}

/// "the M6", "the A14 near Girton", "the N67": British and Irish roads, a letter and a
/// number, which also name chips, phones, aircraft and paper sizes ("the M1 chip", "the A320
/// family"). A road follows "the" or is followed by a road's word, and no product's word
/// follows it.
fn lettered_road(t: &Tagged, j: usize) -> bool {
    let b = t.tok(j).as_bytes();
    let shaped = matches!(b.first(), Some(b'A' | b'M' | b'N'))
        && (2..=5).contains(&b.len())
        && b[1] != b'0'
        && b[1..].iter().all(u8::is_ascii_digit);
    if !shaped || j == 0 {
        return false;
    }
    const ROAD: &[&str] = &[
        "carriageway",
        "eastbound",
        "junction",
        "motorway",
        "northbound",
        "road",
        "southbound",
        "westbound",
    ];
    // Words that may follow a road's name where a product's would follow a model's.
    const AFTER: &[&str] = &[
        "and", "at", "between", "closed", "from", "in", "is", "near", "on", "remained", "reopened",
        "through", "to", "toward", "towards", "was", "were",
    ];
    let next = t.tok(j + 1);
    if gz::in_list(ROAD, next) {
        return true;
    }
    let word_after = t
        .tokens
        .get(j + 1)
        .is_some_and(|x| x.kind == TokenKind::Word);
    // "the A320 was grounded": Airbus's aircraft, with the maker named nearby.
    let aircraft = b[0] == b'A'
        && b.len() == 4
        && matches!(b[1], b'2' | b'3')
        && written_near(t, j, |w| w == "Airbus");
    matches!(t.tok(j - 1), "the" | "The") && (!word_after || AFTER.contains(&next)) && !aircraft
}

/// "São Félix do Xingu", "San Juan de los Lagos": two places the tagger named apart across a
/// Portuguese or Spanish particle are one place's name.
pub fn particle_places(t: &Tagged, ms: &mut Vec<Mention>) {
    let particle = |i: usize| {
        matches!(
            t.tok(i),
            "do" | "da" | "dos" | "das" | "de" | "del" | "los" | "las"
        )
    };
    // The places by their first token, made at the first candidate.
    let mut places: Option<Vec<(usize, usize)>> = None;
    let mut found = Vec::new();
    for a in ms.iter() {
        let e = a.toks.end;
        if a.kind != Kind::Place || !particle(e) {
            continue;
        }
        let g = if particle(e + 1) { e + 2 } else { e + 1 };
        let places = places.get_or_insert_with(|| super::orgs::places_by_start(ms));
        let same_line = t.tokens.get(g).is_some_and(|x| !x.line_start);
        if let (true, Some(b)) = (same_line, super::orgs::place_at(ms, places, g)) {
            found.push(t.mention(a.toks.start..b.toks.end, Kind::Place));
        }
    }
    replace_overlapped(t, ms, found);
}

/// "Bay of Biscay", "Strait of Hormuz", "Isle of Man", "Lake of the Woods", "Cathedral of the
/// Immaculate Conception": a feature's or a sacred building's word,
/// "of" and capitalised words make one place, which the tagger cuts at "of".
pub fn feature_of_phrases(t: &Tagged, ms: &mut Vec<Mention>) {
    const FEATURES: &[&str] = &[
        "basilica",
        "bay",
        "bridge",
        "cape",
        "cathedral",
        "cliffs",
        "gulf",
        "isle",
        "isles",
        "lake",
        "sea",
        "shrine",
        "strait",
        "straits",
    ];
    let mut found = Vec::new();
    for &h in &t.caps {
        if t.tok(h + 1) != "of" || !gz::in_list(FEATURES, t.tok(h)) {
            continue;
        }
        let mut e = h + 2;
        if t.tok(e) == "the" {
            e += 1;
        }
        let first = e;
        while e < first + 3
            && cap_word(t, e)
            && !t.tokens[e].line_start
            && t.info[e].flags & (gz::TIME | gz::TITLE) == 0
        {
            e += 1;
        }
        if e > first && !t.tokens[h + 1].line_start {
            found.push(t.mention(h..e, Kind::Place));
        }
    }
    replace_overlapped(t, ms, found);
}

/// "Main Street", "West Davis Street", "Beacon Avenue South": capitalised words and a street's
/// word (at `j`) name a street, which the tagger often leaves out or reads as a person. Not
/// when a capitalised word follows ("Wall Street Journal"), nor a first name and a surname
/// that is also a street's word ("Nathan Lane"), nor "St." before a name ("St. Louis").
fn named_street(t: &Tagged, j: usize) -> Option<Mention> {
    let w = t.tok(j);
    if j == 0 || !is_street_word(w) || t.tokens[j].line_start || !cap_word(t, j - 1) {
        return None;
    }
    let mut e = j + 1;
    if STREET_QUARTERS.contains(&t.tok(e)) && !t.tokens[e].line_start {
        e += 1;
    }
    if cap_word(t, e) && !t.tokens[e].line_start || (w.starts_with("St") && cap_word(t, j + 1)) {
        return None;
    }
    // "Martin Luther King Jr. Boulevard": a person's name may take four words.
    let longest = if matches!(t.tok(j - 1), "Jr." | "Jr" | "Sr." | "Sr") {
        4
    } else {
        3
    };
    let mut s = j;
    while s > 0
        && j - s < longest
        && cap_word(t, s - 1)
        && (t.info[s - 1].flags & (gz::STOP | SENT_START) == 0
            || STREET_QUARTERS.contains(&t.tok(s - 1)))
        && !t.tokens[s].line_start
    {
        s -= 1;
    }
    let person = j - s == 1 && lane_person(t, s);
    (s < j && !person).then(|| t.mention(s..e, Kind::Place))
}

/// "Ronald Reagan Washington National Airport", "James T. Foley U.S. Courthouse", "Thurgood
/// Marshall Middle School": a person's full name right before a building's or a street's name
/// is what the building is named for, not the person. The tagger ends the person at the
/// surname and starts the building after it, or leaves the building's word alone.
pub fn named_for_people(t: &Tagged, ms: &mut Vec<Mention>) {
    const INSTITUTIONS: &[&str] = &["academy", "college", "hospital", "library", "school"];
    // A full name, then a capitalised word on the same line.
    let candidate = |p: &Mention| {
        let e = p.toks.end;
        p.kind == Kind::Person
            && p.toks.len() >= 2
            && t.info[p.toks.start].flags & gz::FIRST != 0
            && cap_word(t, e)
            && !t.tokens[e].line_start
    };
    // Most texts have none: the tables below are made only for those that do.
    if !ms.iter().any(candidate) {
        return;
    }
    let starting = {
        let mut v = vec![None; t.tokens.len() + 1];
        for (k, m) in ms.iter().enumerate() {
            v[m.toks.start] = Some(k);
        }
        v
    };
    let taken = covered(t, ms);
    let mut found = Vec::new();
    // A full name only: a lone word may be a place before a place ("Boston Logan").
    for p in ms.iter().filter(|p| candidate(p)) {
        let e = p.toks.end;
        let end = match starting[e].map(|k| &ms[k]) {
            Some(m) if m.kind != Kind::Person => m.toks.end,
            Some(_) => continue,
            // The building's own words, none of them in a name.
            None => match (e..e + 3)
                .take_while(|&i| cap_word(t, i) && !taken[i] && !t.tokens[i].line_start)
                .last()
            {
                Some(h) if !cap_word(t, h + 1) => h + 1,
                _ => continue,
            },
        };
        let whole = t.mention(p.toks.start..end, Kind::Place);
        let last = t.tok(end - 1);
        if is_street_word(last) || is_venue(t, &whole) {
            found.push(whole);
        } else if gz::in_list(INSTITUTIONS, last) {
            found.push(t.mention(whole.toks, Kind::Organization));
        }
    }
    replace_overlapped(t, ms, found);
}

/// A listed arena or hall ("United Center"). Asked of every mention of two words or more:
/// only names that end as the list's do are looked up, with no allocation.
fn listed_venue(t: &Tagged, m: &Mention) -> bool {
    let last = t.tok(m.toks.end - 1);
    if m.toks.len() > 5
        || !matches!(
            last,
            "Center"
                | "Centre"
                | "Garden"
                | "Place"
                | "Forum"
                | "Dome"
                | "Fieldhouse"
                | "FieldHouse"
                | "Superdome"
                | "Saddledome"
        )
    {
        return false;
    }
    let mut buf = [0u64; 5];
    gz::is_listed_venue(t.lowers_into(&m.toks, &mut buf))
}

/// "Nathan Lane": a first name before a street's word that is also a surname.
fn lane_person(t: &Tagged, s: usize) -> bool {
    t.info[s].flags & gz::FIRST != 0 && matches!(t.tok(s + 1), "Lane" | "Pike")
}

/// Places that lists and addresses show: a town and its state ("Denver, CO", "Salt Lake City,
/// UT", "Hayward, Calif.") and the names before "counties" ("Barry, Berrien and Van Buren
/// counties").
pub fn place_lists(t: &Tagged, ms: &mut Vec<Mention>) {
    // "The county's unit": a sentence's "The" names no county.
    let run_before = |e: usize| {
        let mut s = e;
        while s > 0
            && e - s < 4
            && cap_word(t, s - 1)
            && !matches!(t.tok(s - 1), "The" | "A" | "An" | "By")
            && (s == e || !t.tokens[s].line_start)
        {
            s -= 1;
        }
        s
    };
    let mut found = Vec::new();
    let mut states = Vec::new();
    let mut place = |r: Range<usize>| {
        if !r.is_empty() {
            found.push(t.mention(r, Kind::Place));
        }
    };
    for i in 0..t.tokens.len() {
        if state_after_town(t, i) {
            let s = run_before(i - 1);
            if is_byline_writer(t, s) {
                continue;
            }
            place(s..i - 1);
            states.push(i);
        } else if t.first_byte(i) == b'c' && matches!(t.tok(i), "counties" | "county") {
            // Walk back over the list: names, commas and "and".
            let mut e = i;
            loop {
                let s = run_before(e);
                if s == e {
                    break;
                }
                place(s..e);
                let sep = s.checked_sub(1).map(|p| t.tok(p));
                if t.tok(i) == "county" || !matches!(sep, Some("," | "and")) {
                    break;
                }
                e = s - 1;
                if e > 0 && t.tok(e - 1) == "," {
                    e -= 1;
                }
            }
        }
    }
    replace_overlapped(t, ms, found);
    // The state itself, where no name holds it already.
    if states.is_empty() {
        return;
    }
    let covered = covered(t, ms);
    for i in states.into_iter().filter(|&i| !covered[i]) {
        let mut m = t.mention(i..i + 1, Kind::Place);
        // "Harrisburg, PA.": the tokenizer kept the sentence's period on the code.
        let w = t.tok(i);
        if w.len() == 3
            && w.ends_with('.')
            && w.get(..2).is_some_and(|c| POSTAL_STATES.contains(&c))
        {
            m.span = Span::new(m.span.start, m.span.end - 1);
        }
        ms.push(m);
    }
}

/// A name at `s` opens a byline: "By Bridget Tane, WA Business Editor" names a writer, whatever
/// the code after the comma.
fn is_byline_writer(t: &Tagged, s: usize) -> bool {
    s > 0 && t.tokens[s - 1].line_start && t.tok(s - 1).eq_ignore_ascii_case("by")
}

/// US states as AP style abbreviates them (without the final period) and their postal codes.
const AP_STATES: &[&str] = &[
    "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "D.C", "Del", "Fla", "Ga", "Ill", "Ind", "Kan",
    "Ky", "La", "Mass", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "N.C", "N.D", "N.H", "N.J",
    "N.M", "N.Y", "Neb", "Nev", "Okla", "Ore", "Pa", "R.I", "S.C", "S.D", "Tenn", "Va", "Vt",
    "W.Va", "Wash", "Wis", "Wyo",
];
/// With Canada's provinces ("Clarkston, MI", "Toronto, ON").
const POSTAL_STATES: &[&str] = &[
    "AB", "AK", "AL", "AR", "AZ", "BC", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "HI", "IA", "ID",
    "IL", "IN", "KS", "KY", "LA", "MA", "MB", "MD", "ME", "MI", "MN", "MO", "MS", "MT", "NB", "NC",
    "ND", "NE", "NH", "NJ", "NL", "NM", "NS", "NV", "NY", "OH", "OK", "ON", "OR", "PA", "PE", "QC",
    "RI", "SC", "SD", "SK", "TN", "TX", "UT", "VA", "VT", "WA", "WI", "WV", "WY",
];

/// "Hayward, Calif.", "Sioux Falls, SD": a US state's abbreviation after a town and a comma.
fn state_after_town(t: &Tagged, i: usize) -> bool {
    // Asked of every token and every mention: the comma before settles most at once.
    if i < 2 || t.first_byte(i - 1) != b',' || !cap_word(t, i) || !cap_word(t, i - 2) {
        return false;
    }
    let w = t.tok(i);
    // A sentence's period may stay on the code: "in Harrisburg, PA."
    let (stem, dotted) = match w.strip_suffix('.') {
        Some(stem) => (stem, true),
        None => (w, t.tok(i + 1) == "."),
    };
    // "Samsung Electronics, SK Hynix": a code that opens a name is no state.
    let opens_name = cap_word(t, i + 1) && t.tokens.get(i + 1).is_some_and(|x| !x.line_start);
    let postal = POSTAL_STATES.binary_search(&stem).is_ok() && (dotted || !opens_name);
    (dotted && AP_STATES.binary_search(&stem).is_ok()) || postal
}

/// A sports roundup's lines: "Tolivert 25 points. Davis 17 points.", "Jordan Munoz 8 saves.".
/// A name right before a count of a player's statistic is the player's, where the text holds
/// two such counts or more.
pub fn stat_lines(t: &Tagged, ms: &mut Vec<Mention>) {
    const STATS: &[&str] = &[
        "assist",
        "assists",
        "blocks",
        "goal",
        "goals",
        "points",
        "rebounds",
        "save",
        "saves",
        "steals",
        "strikeouts",
        "tackles",
        "touchdowns",
        "yards",
    ];
    let n = t.tokens.len();
    let mut found = Vec::new();
    for i in 1..n.saturating_sub(1) {
        if t.tokens[i].kind != TokenKind::Number
            || !t.first_byte(i + 1).is_ascii_lowercase()
            || STATS.binary_search(&t.tok(i + 1)).is_err()
        {
            continue;
        }
        // The name: up to three capitalised words (and hyphens between them) before the count.
        let mut a = i;
        while a > 0 && i - a < 5 && !t.tokens[a].line_start {
            let p = a - 1;
            let hyphen = t.tok(p) == "-" && a < i && p > 0 && cap_word(t, p - 1);
            if !(cap_word(t, p) || hyphen) {
                break;
            }
            a = p;
        }
        if a < i && cap_word(t, a) && t.info[a].flags & (gz::STOP | gz::TIME) == 0 {
            found.push(t.mention(a..i, Kind::Person));
        }
    }
    if found.len() >= 2 {
        replace_overlapped(t, ms, found);
    }
}

/// A country, state or big city written alone mid-sentence is a place even where the tagger
/// passed it over ("south of the capital Kabul.").
fn lone_major_place(t: &Tagged, covered: &[bool], i: usize) -> bool {
    // "If Wales can": a sentence's capitalised function word is no name's.
    let before = i.wrapping_sub(1);
    let opener =
        i > 0 && t.info[before].flags & SENT_START != 0 && t.info[before].flags & gz::STOP != 0;
    t.info[i].flags & SENT_START == 0
        && !covered.get(i + 1).copied().unwrap_or(false)
        && !cap_word(t, i + 1)
        && (!cap_word(t, before) || opener)
        && gz::is_major_place(&[t.info[i].lower])
        && !super::entities::is_common_acronym(t.tok(i))
}

fn is_camel_case(w: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von", "O'", "O’",
    ];
    let mut chars = w.chars();
    let starts_upper = chars.next().is_some_and(|c| c.is_uppercase());
    // An uppercase letter right after a lowercase one, past the first letter.
    let mut inner_upper = || {
        let mut prev_lower = false;
        chars.any(|c| {
            let hit = c.is_uppercase() && prev_lower;
            prev_lower = c.is_lowercase();
            hit
        })
    };
    starts_upper
        && inner_upper()
        && w.chars().all(char::is_alphanumeric)
        && !PREFIXES.iter().any(|p| {
            w.strip_prefix(p)
                .is_some_and(|r| r.chars().next().is_some_and(char::is_uppercase))
        })
}

/// "von Weizsäcker", "Ludwig van Beethoven", "Mohammed bin Salman", "Mr. ap Dafydd": a
/// lowercase particle before a surname belongs to the person's name. The tagger leaves it
/// out, or splits the name there.
pub fn name_particles(t: &Tagged, ms: &mut Vec<Mention>) {
    const PARTICLES: &[&str] = &[
        "al", "ap", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "do", "dos",
        "du", "ibn", "la", "los", "ter", "van", "von",
    ];
    // Asked before every mention: the first byte and the length settle most words.
    let is_particle = |i: usize| {
        matches!(
            t.first_byte(i),
            b'a' | b'b' | b'd' | b'i' | b'l' | b't' | b'v'
        ) && t.tok(i).len() <= 5
            && gz::in_list(PARTICLES, t.tok(i))
    };
    // Where the particles before token `s` begin: "van der", "de la", "dos".
    let run_start = |s: usize| {
        let mut p = s;
        while p > 0 && s - p < 2 && is_particle(p - 1) {
            p -= 1;
        }
        p
    };
    if !ms.iter().any(|m| run_start(m.toks.start) < m.toks.start) {
        return;
    }
    // Person mentions by their end; one the tagger ended on a particle ("Ingrid van") is
    // found at the particle too.
    let mut ends: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
    for (k, m) in ms
        .iter()
        .enumerate()
        .filter(|(_, m)| m.kind == Kind::Person)
    {
        let mut e = m.toks.end;
        ends.insert(e, k);
        while e > m.toks.start + 1 && is_particle(e - 1) {
            e -= 1;
            ends.insert(e, k);
        }
    }
    let mut joined = Vec::new();
    for m in ms.iter() {
        let s = m.toks.start;
        let p = run_start(s);
        if p == s {
            continue;
        }
        let start = match ends.get(&p) {
            Some(&k) => ms[k].toks.start,
            // "de la Fuente told", "Mr. ap Dafydd": a surname with its particles, the first
            // name not written.
            None if m.kind == Kind::Person
                && (p == 0 || !cap_word(t, p - 1) || is_honorific(t.tok(p - 1))) =>
            {
                p
            }
            None => continue,
        };
        joined.push(t.mention(start..m.toks.end, Kind::Person));
    }
    replace_overlapped(t, ms, joined);
}

/// "U.S. District Court for the Eastern District of Washington", "U.S. Court of Appeals for
/// the 9th Circuit": a federal court's district or circuit belongs to its name, which the
/// tagger cuts at "for the".
pub fn court_districts(t: &Tagged, ms: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for m in ms.iter().filter(|m| m.kind == Kind::Organization) {
        let e = m.toks.end;
        if !matches!(t.tok(e - 1), "Court" | "Appeals")
            || t.tok(e) != "for"
            || t.tok(e + 1) != "the"
        {
            continue;
        }
        let mut j = e + 2;
        let mut seat = false;
        while j < t.tokens.len() && j - e < 6 && !t.tokens[j].line_start {
            let w = t.tok(j);
            let ordinal = t.tokens[j].kind == TokenKind::Number || w.ends_with("th");
            if !(cap_word(t, j) || ordinal) {
                break;
            }
            seat |= matches!(w, "District" | "Circuit");
            j += 1;
        }
        if !seat {
            continue;
        }
        if t.tok(j) == "of" && cap_word(t, j + 1) {
            j += 1;
            while j < t.tokens.len() && cap_word(t, j) && !t.tokens[j].line_start {
                j += 1;
            }
        }
        found.push(t.mention(m.toks.start..j, Kind::Organization));
    }
    // "the 9th Circuit": an appeals court named by its circuit alone, which the tagger reads
    // as no name for its number.
    let mut taken: Option<Vec<bool>> = None;
    for &j in &t.caps {
        let numbered = j > 0
            && t.first_byte(j) == b'C'
            && t.tok(j) == "Circuit"
            && numeric_ordinal(t.tok(j - 1));
        if numbered && !taken.get_or_insert_with(|| covered(t, ms))[j] {
            found.push(t.mention(j - 1..j + 1, Kind::Organization));
        }
    }
    replace_overlapped(t, ms, found);
}

/// "White House Russia adviser", "National Security Council Ukraine expert": a country
/// between an organization and a job is the job's subject, a place of its own.
pub fn role_places(t: &Tagged, ms: &mut Vec<Mention>) {
    let mut places = Vec::new();
    for m in ms.iter_mut() {
        let last = m.toks.end - 1;
        let next = m.toks.end;
        if m.kind != Kind::Organization
            || m.toks.len() < 2
            || !gz::is_major_place(&[t.info[last].lower])
            || !t.tok(next).starts_with(|c: char| c.is_lowercase())
            || !is_role_noun(t.tok(next))
        {
            continue;
        }
        places.push(t.mention(last..next, Kind::Place));
        m.toks = m.toks.start..last;
        m.span = t.span(&m.toks);
    }
    ms.extend(places);
}

#[cfg(test)]
mod tests {
    #[test]
    fn word_lists_are_sorted_for_binary_search() {
        use super::*;
        for list in [
            COMPANY_NOUNS,
            POSITIONS,
            PLAYER_ROLES,
            AP_STATES,
            POSTAL_STATES,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        // The pre-tests before the company-noun and staff look-ups.
        for w in COMPANY_NOUNS {
            assert!(w.len() >= 4 && w.as_bytes()[0].is_ascii_lowercase(), "{w}");
        }
        for w in STAFF {
            assert!(w.len() >= 7 && w.as_bytes()[0].is_ascii_lowercase(), "{w}");
        }
        // The byte tests before the street-word look-up let every street word through,
        // capitalised and dotted.
        for w in STREETS {
            let cap = format!("{}{}", w[..1].to_uppercase(), &w[1..]);
            assert!(
                is_street_word(&cap) && is_street_word(&format!("{cap}.")),
                "{w}"
            );
            assert!(is_street_word(&w.to_uppercase()), "{w}");
        }
    }

    use crate::extract::testing::rows;
    use crate::extract::Kind;

    #[test]
    fn what_only_a_listed_company_does_makes_a_company() {
        let got = rows(
            "Sales in Chicago rose 11% in October. Japan rose 2 percent.",
            &[
                ("Chicago", Kind::Organization),
                ("Japan", Kind::Organization),
            ],
        );
        assert!(got.iter().all(|(_, k)| *k == Kind::Place), "{got:?}");
        let text = "Novo shares fell 3 percent, while Lilly rose 2.1 percent. Vale SA bid. \
                    Boeing owns fuselage maker Spirit AeroSystems. Shares in Fortescue rose. \
                    He said Halvern's executive chairman quit and Trump's executive order stood.";
        let got = rows(
            text,
            &[
                ("Novo", Kind::Person),
                ("Lilly", Kind::Person),
                ("Vale SA", Kind::Person),
                ("Boeing", Kind::Organization),
                ("Spirit AeroSystems", Kind::Person),
                ("Halvern", Kind::Person),
                ("Trump", Kind::Person),
            ],
        );
        let org = |n: &str| (n.to_string(), Kind::Organization);
        for name in [
            "Novo",
            "Lilly",
            "Vale SA",
            "Spirit AeroSystems",
            "Fortescue",
            "Halvern",
        ] {
            assert!(got.contains(&org(name)), "{name}: {got:?}");
        }
        assert!(got.contains(&("Trump".into(), Kind::Person)), "{got:?}");
    }

    #[test]
    fn an_honorific_makes_a_person_whatever_the_tagger_said() {
        let got = rows(
            "The threat Mr Assange warned about is real.",
            &[("Mr Assange", Kind::Organization)],
        );
        assert_eq!(got, vec![("Assange".to_string(), Kind::Person)]);
        let got = rows(
            "The threat Mr Assange warned about is real.",
            &[("Assange", Kind::Place)],
        );
        assert_eq!(got, vec![("Assange".to_string(), Kind::Person)]);
    }

    #[test]
    fn the_leader_of_an_administration_is_a_person() {
        let text = "Officials in the Biden administration disagreed with the Johnson campaign.";
        let got = rows(
            text,
            &[("Biden", Kind::Place), ("Johnson", Kind::Organization)],
        );
        assert!(got.iter().all(|(_, k)| *k == Kind::Person), "{got:?}");
        let text = "Officials in the U.S. administration disagreed.";
        let got = rows(text, &[("U.S.", Kind::Place)]);
        assert_eq!(got, vec![("U.S.".to_string(), Kind::Place)]);
    }

    #[test]
    fn a_street_word_makes_a_place() {
        let got = rows(
            "He was stopped near Gladstone Avenue on Monday.",
            &[("Gladstone Avenue", Kind::Person)],
        );
        assert_eq!(got, vec![("Gladstone Avenue".to_string(), Kind::Place)]);
    }

    #[test]
    fn a_legal_form_outvotes_the_short_forms() {
        let text = "Sierra Nevada Corp. won. Sierra Nevada said so. Sierra Nevada is glad.";
        let got = rows(
            text,
            &[
                ("Sierra Nevada Corp.", Kind::Organization),
                ("Sierra Nevada", Kind::Person),
            ],
        );
        assert!(got.iter().all(|(_, k)| *k == Kind::Organization), "{got:?}");
    }

    #[test]
    fn a_company_noun_before_a_name_or_a_list_makes_organizations() {
        let text = "It hired energy company Burisma. Burisma paid. Burisma grew.";
        let got = rows(text, &[("Burisma", Kind::Place)]);
        assert_eq!(got, vec![("Burisma".to_string(), Kind::Organization)]);
        // Not only companies: "the environmental group Milieudefensie".
        let text = "Lawyers for the environmental group Milieudefensie spoke.";
        let got = rows(text, &[("Milieudefensie", Kind::Person)]);
        assert_eq!(
            got,
            vec![("Milieudefensie".to_string(), Kind::Organization)]
        );
        // Consultancies, services, exchanges and their like: "the Paris consultancy Céréalis
        // Conseil", "the ride-hailing service Bolt".
        let text = "Said the Paris consultancy Céréalis Conseil. She drives for the ride-hailing \
                    service Bolt.";
        let got = rows(
            text,
            &[("Céréalis Conseil", Kind::Person), ("Bolt", Kind::Person)],
        );
        for name in ["Céréalis Conseil", "Bolt"] {
            assert!(
                got.contains(&(name.into(), Kind::Organization)),
                "{name}: {got:?}"
            );
        }
        let text = "It chose companies Astrobotic, Intuitive Machines and Orbit Beyond.";
        let got = rows(
            text,
            &[
                ("Astrobotic", Kind::Place),
                ("Intuitive Machines", Kind::Organization),
                ("Orbit Beyond", Kind::Person),
            ],
        );
        assert!(got.iter().all(|(_, k)| *k == Kind::Organization), "{got:?}");
        // A full personal name after the noun is still a person.
        let got = rows(
            "He ran the company Elon Musk founded.",
            &[("Elon Musk", Kind::Person)],
        );
        assert_eq!(got, vec![("Elon Musk".to_string(), Kind::Person)]);
    }

    #[test]
    fn a_possessive_inside_an_organization_name_keeps_it_whole() {
        let text = "The Governor's Office of Emergency Services said so.";
        let got = rows(text, &[]);
        assert_eq!(
            got,
            vec![(
                "Governor's Office of Emergency Services".to_string(),
                Kind::Organization
            )]
        );
        let text = "A Bartholomew County Sheriff’s Department dog found it.";
        let got = rows(text, &[("Sheriff", Kind::Person)]);
        assert_eq!(
            got,
            vec![(
                "Bartholomew County Sheriff’s Department".to_string(),
                Kind::Organization
            )]
        );
        // A noun among the stop words stays in the run, and "Unions" follows a possessive.
        let got = rows(
            "The Tarvo Police Officers’ Union and the Federation of Ostrel Workers’ Unions met.",
            &[],
        );
        assert_eq!(
            got,
            vec![
                (
                    "Tarvo Police Officers’ Union".to_string(),
                    Kind::Organization
                ),
                (
                    "Federation of Ostrel Workers’ Unions".to_string(),
                    Kind::Organization
                )
            ]
        );
        // A place's stop word opens the owner's run: "New" of "New York City".
        let got = rows("The New York City Comptroller's Office said so.", &[]);
        assert_eq!(
            got,
            vec![(
                "New York City Comptroller's Office".to_string(),
                Kind::Organization
            )]
        );
        let got = rows(
            "Roh Moo-hyun's Cabinet met.",
            &[("Roh Moo-hyun", Kind::Person)],
        );
        assert_eq!(got, vec![("Roh Moo-hyun".to_string(), Kind::Person)]);
        // Only one organization word after the possessive: "Britain’s Foreign Office" is a
        // place and an office.
        let got = rows(
            "Britain’s Foreign Office said so.",
            &[
                ("Britain", Kind::Place),
                ("Foreign Office", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Britain".to_string(), Kind::Place),
                ("Foreign Office".to_string(), Kind::Organization)
            ]
        );
    }

    #[test]
    fn a_demonym_and_an_organization_word_make_an_organization() {
        let got = rows("The Swedish Prosecution Authority said so.", &[]);
        assert_eq!(
            got,
            vec![(
                "Swedish Prosecution Authority".to_string(),
                Kind::Organization
            )]
        );
        // A demonym before an ordinary noun is not a name.
        assert!(rows("The Swedish Prosecution said so.", &[]).is_empty());
    }

    #[test]
    fn a_legal_form_or_organization_word_right_after_a_name_closes_it() {
        let got = rows(
            "A Walt Disney Co. executive met Emirates Airline staff.",
            &[("Walt Disney", Kind::Person), ("Emirates", Kind::Place)],
        );
        let want = |n: &str| got.iter().any(|(x, k)| x == n && *k == Kind::Organization);
        assert!(
            want("Walt Disney Co.") && want("Emirates Airline"),
            "{got:?}"
        );
        let got = rows(
            "It won awards from Frost & Sullivan and Ernst & Young.",
            &[
                ("Frost", Kind::Person),
                ("Ernst", Kind::Person),
                ("Young", Kind::Person),
            ],
        );
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, vec!["Frost & Sullivan", "Ernst & Young"], "{got:?}");
        assert!(got.iter().all(|(_, k)| *k == Kind::Organization), "{got:?}");
        // A two-letter form without a period is no legal form there.
        let got = rows("Texas AG Ken Paxton spoke.", &[("Texas", Kind::Place)]);
        assert!(got.contains(&("Texas".to_string(), Kind::Place)), "{got:?}");
    }

    #[test]
    fn a_region_or_feature_word_makes_a_place_and_air_an_airline() {
        let got = rows(
            "He lived in Inner Mongolia Autonomous Region and flew Air Astana.",
            &[
                ("Inner Mongolia Autonomous Region", Kind::Organization),
                ("Air Astana", Kind::Place),
            ],
        );
        assert!(
            got.contains(&("Inner Mongolia Autonomous Region".to_string(), Kind::Place)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Air Astana".to_string(), Kind::Organization)),
            "{got:?}"
        );
    }

    #[test]
    fn a_particle_before_a_surname_is_part_of_the_name() {
        let got = rows(
            "The talk was led by von Weizsäcker at the clinic.",
            &[("Weizsäcker", Kind::Person)],
        );
        assert_eq!(got, vec![("von Weizsäcker".to_string(), Kind::Person)]);
        let got = rows(
            "Crown Prince Mohammed bin Salman spoke.",
            &[("Mohammed", Kind::Person), ("Salman", Kind::Person)],
        );
        assert_eq!(got, vec![("Mohammed bin Salman".to_string(), Kind::Person)]);
    }

    #[test]
    fn a_state_abbreviation_after_a_town_is_a_place() {
        let got = rows(
            "HAYWARD, Calif. (AP) — A man from Sioux Falls, SD, and one from Albany, N.Y. met.",
            &[
                ("HAYWARD", Kind::Place),
                ("Sioux Falls", Kind::Place),
                ("Albany", Kind::Place),
            ],
        );
        for want in ["Calif.", "SD", "N.Y."] {
            assert!(
                got.iter().any(|(x, k)| x == want && *k == Kind::Place),
                "{want}: {got:?}"
            );
        }
        // A sentence's period is no part of a postal code.
        let got = rows("The show is in Harrisburg, PA. It opens today.", &[]);
        assert!(got.contains(&("PA".to_string(), Kind::Place)), "{got:?}");
        // Not after a town: an honorific, not Mississippi.
        let got = rows("He met Miss. Jones.", &[]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_country_or_capital_the_tagger_passed_over_is_a_place() {
        let got = rows("It crashed south of the capital Kabul.", &[]);
        assert_eq!(got, vec![("Kabul".to_string(), Kind::Place)]);
        // Not where a sentence opens, nor inside a capitalised run.
        let got = rows("Kabul Bank failed. Kabul is calm.", &[]);
        assert!(got.is_empty(), "{got:?}");
        // After a sentence's capitalised function word, it is.
        let got = rows("It rained. If Wales can, so can we.", &[]);
        assert_eq!(got, vec![("Wales".to_string(), Kind::Place)]);
    }

    #[test]
    fn a_publisher_or_an_owner_after_by_is_an_organization() {
        let got = rows(
            "The story was published by Quorvex. Paystack, owned by Zelvora, grew. A firm \
             owned by Musk rose.",
            &[
                ("Quorvex", Kind::Place),
                ("Paystack", Kind::Organization),
                ("Zelvora", Kind::Place),
                ("Musk", Kind::Person),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Quorvex".to_string(), Kind::Organization),
                ("Paystack".to_string(), Kind::Organization),
                ("Zelvora".to_string(), Kind::Organization),
                ("Musk".to_string(), Kind::Person),
            ]
        );
    }

    #[test]
    fn a_partnership_is_an_organization() {
        let got = rows(
            "The Greater Tarvo Partnership endorsed him.",
            &[("Greater Tarvo Partnership", Kind::Place)],
        );
        assert_eq!(
            got,
            vec![("Greater Tarvo Partnership".to_string(), Kind::Organization)]
        );
    }

    #[test]
    fn a_party_is_named_after_no_small_place() {
        // "Morena" is a listed town in India and a surname too.
        let got = rows(
            "The ruling Morena party won. The Texas party chairman spoke.",
            &[("Morena", Kind::Person), ("Texas", Kind::Place)],
        );
        assert_eq!(
            got,
            vec![
                ("Morena".to_string(), Kind::Organization),
                ("Texas".to_string(), Kind::Place),
            ]
        );
    }

    #[test]
    fn labor_alone_is_the_party_but_not_a_field_or_the_noun() {
        let got = rows("Labor won the seat. It was the core of Labor's plan.", &[]);
        assert_eq!(got, vec![("Labor".to_string(), Kind::Organization)]);
        for text in [
            "Labor relations remain tense.",
            "The Secretary of Labor spoke.",
            "The Health, Education, Labor and Pensions panel met.",
        ] {
            let got = rows(text, &[]);
            assert!(got.is_empty(), "{text}: {got:?}");
        }
    }

    #[test]
    fn a_guild_is_a_body_and_hills_and_shoals_are_places() {
        let got = rows(
            "The Tarvo Police Officers Guild sued. Growers in Qurvel Hills sold tea near the \
             Ostrel Shoals. Carla Hills spoke.",
            &[
                ("Tarvo Police Officers Guild", Kind::Person),
                ("Qurvel Hills", Kind::Person),
                ("Ostrel Shoals", Kind::Organization),
                ("Carla Hills", Kind::Person),
            ],
        );
        assert_eq!(
            got,
            vec![
                (
                    "Tarvo Police Officers Guild".to_string(),
                    Kind::Organization
                ),
                ("Qurvel Hills".to_string(), Kind::Place),
                ("Ostrel Shoals".to_string(), Kind::Place),
                ("Carla Hills".to_string(), Kind::Person),
            ]
        );
    }

    #[test]
    fn the_commons_alone_is_the_house() {
        let got = rows("She will raise it in the Commons next week.", &[]);
        assert_eq!(got, vec![("Commons".to_string(), Kind::Organization)]);
    }

    #[test]
    fn an_office_only_a_person_holds_makes_a_person() {
        let text = "President Xi Jinping spoke. Xi Jinping left.";
        let got = rows(text, &[("Xi Jinping", Kind::Place)]);
        assert_eq!(got, vec![("Xi Jinping".to_string(), Kind::Person)]);
        // An office before an institution's name leaves it alone.
        let got = rows(
            "Secretary General Motors Council met.",
            &[("General Motors Council", Kind::Organization)],
        );
        assert_eq!(
            got,
            vec![("General Motors Council".to_string(), Kind::Organization)]
        );
    }

    #[test]
    fn opening_words_and_trailing_honorifics_are_no_part_of_a_name() {
        let got = rows(
            "Following Assange's arrest, the Speaker Rt. Hon. Funke Adedoyin spoke.",
            &[
                ("Following Assange", Kind::Person),
                ("Funke Adedoyin", Kind::Person),
            ],
        );
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert!(
            names.contains(&"Assange") && names.contains(&"Funke Adedoyin"),
            "{got:?}"
        );
    }

    #[test]
    fn towns_before_states_and_names_before_counties_are_places() {
        let text = "August 30 – Denver, CO @ Pepsi Center\nSeptember 2 – Salt Lake City, UT\n\
                    Cases were found in Barry, Berrien, Cass and Van Buren counties. Samsung \
                    Electronics, SK Hynix and Toyota Motor sent executives.";
        let got = rows(
            text,
            &[
                ("Lake City", Kind::Person),
                ("Cass", Kind::Person),
                ("Samsung Electronics", Kind::Organization),
                ("SK Hynix", Kind::Organization),
                ("Toyota Motor", Kind::Organization),
            ],
        );
        assert!(
            got.contains(&("Samsung Electronics".into(), Kind::Organization)),
            "{got:?}"
        );
        for want in [
            "Denver",
            "CO",
            "Salt Lake City",
            "UT",
            "Barry",
            "Berrien",
            "Cass",
            "Van Buren",
        ] {
            assert!(
                got.iter().any(|(x, k)| x == want && *k == Kind::Place),
                "{want}: {got:?}"
            );
        }
    }

    #[test]
    fn a_country_of_several_words_is_one_place() {
        let got = rows(
            "Bosnia and Herzegovina and the Czech Republic drew.",
            &[
                ("Bosnia", Kind::Place),
                ("Herzegovina", Kind::Place),
                ("Republic", Kind::Place),
            ],
        );
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            vec!["Bosnia and Herzegovina", "Czech Republic"],
            "{got:?}"
        );
    }

    #[test]
    fn units_offices_and_a_countrys_possessive_are_no_part_of_a_name() {
        let got = rows(
            "It adds 10 GW a year, said Massachusetts Gov. Charlie Baker.",
            &[
                ("GW", Kind::Place),
                ("Massachusetts Gov.", Kind::Organization),
            ],
        );
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, vec!["Massachusetts"], "{got:?}");
        let got = rows(
            "The U.K.'s University of York said so.",
            &[("U.K.'s University of York", Kind::Organization)],
        );
        assert!(
            got.contains(&("U.K.".to_string(), Kind::Place))
                && got.contains(&("University of York".to_string(), Kind::Organization)),
            "{got:?}"
        );
        let got = rows(
            "South Korea's Ministry of Trade said so.",
            &[
                ("South Korea", Kind::Place),
                ("Ministry of Trade", Kind::Organization),
            ],
        );
        assert!(
            got.contains(&("South Korea".to_string(), Kind::Place))
                && got.contains(&("Ministry of Trade".to_string(), Kind::Organization)),
            "{got:?}"
        );
    }

    #[test]
    fn a_legal_form_after_a_comma_ends_the_name() {
        let got = rows(
            "It picked Tyvak Systems, Inc. to fly.",
            &[
                ("Tyvak Systems", Kind::Person),
                ("Inc.", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![("Tyvak Systems, Inc.".to_string(), Kind::Organization)]
        );
    }

    #[test]
    fn an_office_between_an_owner_and_a_person_splits_the_name() {
        let got = rows(
            "Apple CEO Tim Cook and Lexus Project Manager Fumihiko Hazama spoke.",
            &[
                ("Apple CEO Tim Cook", Kind::Person),
                ("Lexus Project Manager Fumihiko Hazama", Kind::Person),
            ],
        );
        for want in [
            ("Apple", Kind::Organization),
            ("Tim Cook", Kind::Person),
            ("Lexus", Kind::Organization),
            ("Fumihiko Hazama", Kind::Person),
        ] {
            assert!(got.contains(&(want.0.to_string(), want.1)), "{got:?}");
        }
        // The tagger named only the person: the listed company before the office is named too.
        let got = rows(
            "On Monday Tesla Chief Executive Elon Musk spoke.",
            &[("Elon Musk", Kind::Person)],
        );
        assert!(
            got.contains(&("Tesla".to_string(), Kind::Organization)),
            "{got:?}"
        );
        // A county's sheriff; the office's field is no owner ("Energy Secretary").
        let got = rows(
            "Then Spokane County Sheriff Ozzie Knezovich and Energy Secretary Rick Perry spoke.",
            &[
                ("Ozzie Knezovich", Kind::Person),
                ("Rick Perry", Kind::Person),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Spokane County".to_string(), Kind::Place),
                ("Ozzie Knezovich".to_string(), Kind::Person),
                ("Rick Perry".to_string(), Kind::Person)
            ]
        );
        // A party's members after a state are no part of its name.
        let got = rows(
            "Sen. Rand Paul, the Kentucky Republican, spoke.",
            &[
                ("Rand Paul", Kind::Person),
                ("Kentucky Republican", Kind::Organization),
            ],
        );
        assert!(
            got.contains(&("Kentucky".to_string(), Kind::Place)),
            "{got:?}"
        );
        // An office with no owner's name before it stays one person.

        let got = rows(
            "Defense Secretary Mark Esper spoke.",
            &[("Mark Esper", Kind::Person)],
        );
        assert_eq!(got, vec![("Mark Esper".to_string(), Kind::Person)]);
    }

    #[test]
    fn a_sports_position_before_a_full_name_makes_a_player() {
        let got = rows(
            "1 pass defended. CB Greedy Williams 73 99%. It was rough for Greedy Williams.",
            &[
                ("CB", Kind::Organization),
                ("Greedy Williams", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![("Greedy Williams".to_string(), Kind::Person)],
            "{got:?}"
        );
    }

    #[test]
    fn a_domain_after_a_tagged_name_belongs_to_it() {
        let got = rows(
            "He told AutoIndustriya.com about it.",
            &[("AutoIndustriya", Kind::Person)],
        );
        assert_eq!(
            got,
            vec![("AutoIndustriya.com".to_string(), Kind::Organization)]
        );
    }

    #[test]
    fn a_byline_names_its_writers_in_any_case() {
        let got = rows(
            "By Sarah Kim, Staff Writer | Updated Nov. 3\nThe mayor spoke.",
            &[("Kim", Kind::Person)],
        );
        assert_eq!(got, vec![("Sarah Kim".to_string(), Kind::Person)]);
        let got = rows(
            "By JENNIFER SMITH and MARK JOHNSON\nThe mayor spoke.",
            &[("JENNIFER SMITH and MARK JOHNSON", Kind::Organization)],
        );
        assert_eq!(
            got,
            vec![
                ("JENNIFER SMITH".to_string(), Kind::Person),
                ("MARK JOHNSON".to_string(), Kind::Person)
            ]
        );
        // No first name, no writer: "By Staff Writer", "By The Associated Press".
        let got = rows("By Staff Writer\nThe mayor spoke.", &[]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_players_role_or_record_makes_a_person() {
        let got = rows(
            "He homered off Blake Treinen (1-3). Right-hander Dylan Cease starts against \
             loosehead Ox Niche and point guard Jalen Brunson. The Eagles (6-5) won.",
            &[
                ("Blake Treinen", Kind::Organization),
                ("Dylan Cease", Kind::Organization),
                ("Ox Niche", Kind::Place),
                ("Jalen Brunson", Kind::Organization),
                ("Eagles", Kind::Person),
            ],
        );
        for name in ["Blake Treinen", "Dylan Cease", "Ox Niche", "Jalen Brunson"] {
            assert!(
                got.contains(&(name.into(), Kind::Person)),
                "{name}: {got:?}"
            );
        }
        assert!(
            got.contains(&("Eagles".into(), Kind::Organization)),
            "{got:?}"
        );
    }

    #[test]
    fn firms_places_and_datelines_stated_by_their_words() {
        let text = "VENICE, Italy (AP) — The Venice jury met. A round was led by Sequoia \
                    Capital, and Martin Casado, a general partner at Andreessen Horowitz, \
                    spoke. He lives in the Hilltop neighborhood. Firms bet on AI and Türkiye.";
        let got = rows(
            text,
            &[
                ("VENICE", Kind::Organization),
                ("Venice", Kind::Organization),
                ("Sequoia", Kind::Person),
                ("Andreessen Horowitz", Kind::Person),
                ("Martin Casado", Kind::Person),
                ("Hilltop", Kind::Organization),
            ],
        );
        let has = |n: &str, k: Kind| got.contains(&(n.to_string(), k));
        assert!(has("Venice", Kind::Place), "{got:?}");
        assert!(has("Sequoia Capital", Kind::Organization), "{got:?}");
        assert!(has("Andreessen Horowitz", Kind::Organization), "{got:?}");
        assert!(has("Hilltop", Kind::Place), "{got:?}");
        assert!(has("Türkiye", Kind::Place), "{got:?}");
        assert!(!got.iter().any(|(n, _)| n == "AI"), "{got:?}");
    }

    #[test]
    fn shops_wineries_and_a_sheriffs_office_are_organizations() {
        let text = "Crowds filled Kallmeyer's Hardware and Stone Hill Winery. The Gasconade \
                    County Sheriff's Office and the Missouri State Highway Patrol directed cars.";
        let got = rows(
            text,
            &[
                ("Kallmeyer", Kind::Person),
                ("Stone Hill Winery", Kind::Person),
                ("Gasconade County Sheriff", Kind::Person),
                ("Office", Kind::Organization),
                ("Missouri State Highway Patrol", Kind::Place),
            ],
        );
        for name in [
            "Kallmeyer's Hardware",
            "Stone Hill Winery",
            "Gasconade County Sheriff's Office",
            "Missouri State Highway Patrol",
        ] {
            assert!(
                got.contains(&(name.into(), Kind::Organization)),
                "{name}: {got:?}"
            );
        }
    }

    #[test]
    fn streets_and_roads_named_by_a_number_are_places() {
        let got = rows(
            "He stood on East 116th Street near 125th Street and Second Avenue, then took \
             Interstate 75 and Mississippi Highway 433 to U.S. 1 with 3 friends after the U.S. \
             2020 election.",
            &[("East", Kind::Place), ("Mississippi Highway", Kind::Place)],
        );
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "East 116th Street",
                "125th Street",
                "Second Avenue",
                "Interstate 75",
                "Mississippi Highway 433",
                "U.S. 1",
                "U.S."
            ]
        );
        assert!(got.iter().all(|(_, k)| *k == Kind::Place), "{got:?}");
    }

    #[test]
    fn a_wire_storys_credits_name_its_writers() {
        let got = rows(
            "Oil rose.\n(Reporting by Tom Haskell, Priya Raman and Olena Kovalenko; Editing by \
             Susan Fenwick)",
            &[("Priya Raman and Olena Kovalenko", Kind::Organization)],
        );
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "Tom Haskell",
                "Priya Raman",
                "Olena Kovalenko",
                "Susan Fenwick"
            ]
        );
        assert!(got.iter().all(|(_, k)| *k == Kind::Person), "{got:?}");
    }

    #[test]
    fn a_byline_names_its_publication() {
        let org = |n: &str| (n.to_string(), Kind::Organization);
        for text in [
            "By Jennifer Tremblay\nThe Globe and Mail\n\nTORONTO - The mayor spoke.",
            "By Nadia Whitcombe, The Globe and Mail\n\nThe mayor spoke.",
        ] {
            let got = rows(text, &[("Jennifer Tremblay", Kind::Person)]);
            assert!(got.contains(&org("Globe and Mail")), "{got:?}");
        }
        let got = rows(
            "By Bridget Tane, WA Business Editor\n\nThe mayor spoke.",
            &[],
        );
        assert!(got.iter().all(|(_, k)| *k == Kind::Person), "{got:?}");
        // A place's desk is no second writer, though "Scotland" is a first name too, and no
        // person when the tagger reads it as one.
        for labels in [vec![], vec![("Scotland Correspondent", Kind::Person)]] {
            let got = rows(
                "By Fiona MacLeod, Scotland Correspondent\n\nFormer Ald. Edward Burke spoke.",
                &labels,
            );
            assert!(
                !got.iter()
                    .any(|(n, _)| n.contains("Correspondent") || n.starts_with("Ald")),
                "{got:?}"
            );
            assert!(
                got.contains(&("Fiona MacLeod".to_string(), Kind::Person)),
                "{got:?}"
            );
        }
        let got = rows(
            "Former Ald. Edward Burke spoke.",
            &[("Ald", Kind::Person), ("Edward Burke", Kind::Person)],
        );
        assert_eq!(got, vec![("Edward Burke".to_string(), Kind::Person)]);
    }

    #[test]
    fn abbreviations_after_a_count_and_technical_terms_are_no_names() {
        let got = rows(
            "He had 1 sack, 2 TFL and 3 QH with GSM phones in 4K. The 2019 NFL Draft is over.",
            &[
                ("TFL", Kind::Organization),
                ("QH", Kind::Organization),
                ("GSM", Kind::Organization),
                ("4K", Kind::Organization),
                ("NFL", Kind::Organization),
            ],
        );
        assert_eq!(got, vec![("NFL".to_string(), Kind::Organization)]);
    }

    #[test]
    fn a_place_before_a_word_for_its_people_is_the_place() {
        let got = rows(
            "A 34-year-old Oakland man was held, Oakland police said.",
            &[("Oakland", Kind::Person)],
        );
        assert_eq!(got, vec![("Oakland".to_string(), Kind::Place)]);
    }

    #[test]
    fn a_mixed_case_acronym_in_brackets_names_the_name_before_it() {
        let got = rows(
            "The Alternative for Germany (AfD) made gains. The AfD won.",
            &[
                ("Alternative for Germany", Kind::Organization),
                ("AfD", Kind::Place),
            ],
        );
        assert_eq!(
            got,
            vec![("Alternative for Germany".to_string(), Kind::Organization)],
            "{got:?}"
        );
    }

    #[test]
    fn what_follows_a_name_can_say_it_is_a_company_or_a_person() {
        let got = rows(
            "Groq, the Mountain View startup, has a chip. Halvern's chief executive left. \
             The Verdi union struck. Travis Dean McAllister, 44, of Spokane, was held.",
            &[
                ("Groq", Kind::Place),
                ("Halvern", Kind::Place),
                ("Verdi", Kind::Person),
                ("Travis Dean McAllister", Kind::Organization),
            ],
        );
        for want in [
            ("Groq", Kind::Organization),
            ("Halvern", Kind::Organization),
            ("Verdi", Kind::Organization),
            ("Travis Dean McAllister", Kind::Person),
        ] {
            assert!(got.contains(&(want.0.to_string(), want.1)), "{got:?}");
        }
        // An apposition whose noun another phrase follows; a person's apposition.
        let got = rows(
            "Dräger, a global producer of medical devices, grew. John Smith, a developer, left.",
            &[("Dräger", Kind::Place), ("John Smith", Kind::Person)],
        );
        assert!(
            got.contains(&("Dräger".to_string(), Kind::Organization))
                && got.contains(&("John Smith".to_string(), Kind::Person)),
            "{got:?}"
        );
        // A new clause after a comma is no apposition; a chief of staff is no company's.
        let got = rows(
            "As ISIS loses Syria, the group will plot. Delhi's Chief Minister spoke.",
            &[("Syria", Kind::Place), ("Delhi", Kind::Place)],
        );
        assert!(
            got.contains(&("Syria".to_string(), Kind::Place))
                && got.contains(&("Delhi".to_string(), Kind::Place)),
            "{got:?}"
        );
    }

    #[test]
    fn particles_join_a_name_and_a_court_its_district() {
        let got = rows(
            "Ingrid van der Linden spoke. A suit in U.S. District Court for the Eastern District of Washington.",
            &[
                ("Ingrid van", Kind::Person),
                ("Linden", Kind::Place),
                ("U.S. District Court", Kind::Organization),
                ("Eastern District of Washington", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Ingrid van der Linden".to_string(), Kind::Person),
                (
                    "U.S. District Court for the Eastern District of Washington".to_string(),
                    Kind::Organization
                )
            ]
        );
    }

    #[test]
    fn a_posts_signature_and_a_first_name_cut_off_by_an_office_name_people() {
        let got = rows(
            "Huh.\n— Dianna E. Anderson 🏳️‍🌈 (@diannaeanderson) November 18, 2019\n\
             It was sent to Attorney General Letitia James' office.",
            &[
                ("E. Anderson", Kind::Person),
                ("Attorney General Letitia", Kind::Organization),
                ("James", Kind::Person),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Dianna E. Anderson".to_string(), Kind::Person),
                ("Letitia James".to_string(), Kind::Person)
            ]
        );
    }

    #[test]
    fn a_name_before_a_count_of_a_statistic_is_a_player() {
        let got = rows(
            "Palm Bay (1-0): Tolivert 25 points. Davis 17 points. The Dow fell 300 points.",
            &[("Palm Bay", Kind::Place), ("Davis", Kind::Place)],
        );
        assert!(
            got.contains(&("Tolivert".to_string(), Kind::Person))
                && got.contains(&("Davis".to_string(), Kind::Person))
                && !got.iter().any(|(n, _)| n == "Dow"),
            "{got:?}"
        );
        // One such count alone is no roundup.
        let got = rows("Apple 10 points higher.", &[]);
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn the_plural_of_a_surname_is_a_family() {
        let got = rows(
            "Joe Biden spoke. The Bidens left.",
            &[("Joe Biden", Kind::Person), ("Bidens", Kind::Place)],
        );
        assert!(
            got.contains(&("Bidens".to_string(), Kind::Person)),
            "{got:?}"
        );
    }

    #[test]
    fn a_camel_case_word_tagged_nowhere_is_an_organization() {
        let text = "Staff at WeWork were told by WeWork to sign. Adam McKinley agreed.";
        let got = rows(text, &[("Adam McKinley", Kind::Person)]);
        assert!(
            got.contains(&("WeWork".to_string(), Kind::Organization)),
            "{got:?}"
        );
        assert_eq!(got.len(), 2, "{got:?}");
        // Only where the text also capitalises it mid-sentence, and never a surname prefix.
        assert!(rows("DeSantis spoke. He left.", &[]).is_empty());
    }

    #[test]
    fn an_organization_word_at_the_end_makes_an_organization() {
        let got = rows(
            "It is run by Dick Clark Productions, they said.",
            &[("Dick Clark Productions", Kind::Person)],
        );
        assert_eq!(
            got,
            vec![("Dick Clark Productions".to_string(), Kind::Organization)]
        );
    }

    #[test]
    fn a_place_and_a_masthead_word_make_a_newspaper() {
        let got = rows(
            "It owns the Baltimore Sun and the Orange County Register now.",
            &[
                ("Baltimore Sun", Kind::Person),
                ("Orange County", Kind::Place),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Baltimore Sun".to_string(), Kind::Organization),
                ("Orange County Register".to_string(), Kind::Organization)
            ]
        );
    }

    #[test]
    fn a_country_before_a_job_is_a_place_of_its_own() {
        let got = rows(
            "He was the White House Russia adviser then.",
            &[("White House Russia", Kind::Organization)],
        );
        assert_eq!(
            got,
            vec![
                ("White House".to_string(), Kind::Organization),
                ("Russia".to_string(), Kind::Place)
            ]
        );
    }

    #[test]
    fn a_surname_that_is_a_title_stays_with_the_first_name() {
        let got = rows(
            "American Kevin King was freed.",
            &[("Kevin King", Kind::Person)],
        );
        assert_eq!(got, vec![("Kevin King".to_string(), Kind::Person)]);
        // An office after a name is still cut: "Bank of England Governor".
        let got = rows(
            "The Bank of England Governor spoke.",
            &[("Bank of England Governor", Kind::Organization)],
        );
        assert_eq!(
            got,
            vec![("Bank of England".to_string(), Kind::Organization)]
        );
        // But "Justice" after "Criminal" is the body's field.
        let got = rows(
            "The Texas Department of Criminal Justice spoke.",
            &[("Texas Department of Criminal Justice", Kind::Organization)],
        );
        assert_eq!(
            got,
            vec![(
                "Texas Department of Criminal Justice".to_string(),
                Kind::Organization
            )]
        );
    }

    #[test]
    fn box_score_letters_and_common_acronyms_are_not_names() {
        let got = rows(
            "Thunder: F Hamidou Diallo missed his third game.",
            &[("F Hamidou Diallo", Kind::Organization)],
        );
        assert_eq!(got, vec![("Hamidou Diallo".to_string(), Kind::Person)]);
        let got = rows(
            "An HIV campaign before the IPO.",
            &[("HIV", Kind::Organization), ("IPO", Kind::Organization)],
        );
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_first_word_joins_the_organization_the_text_named() {
        let text = "The equity firm Alden Capital bought it. Alden said so. Alden paid.";
        let got = rows(
            text,
            &[
                ("Alden Capital", Kind::Organization),
                ("Alden", Kind::Person),
            ],
        );
        assert_eq!(got, vec![("Alden Capital".to_string(), Kind::Organization)]);
    }

    #[test]
    fn two_untagged_words_before_a_role_are_a_person() {
        let got = rows(
            "Irungu Houghton, executive director of the group, spoke. Goldman Sachs, an \
             adviser to the deal, declined. Kenya Airways, the carrier, agreed.",
            &[("Goldman Sachs", Kind::Organization)],
        );
        assert!(
            got.contains(&("Irungu Houghton".to_string(), Kind::Person)),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|(n, k)| *k == Kind::Person && n != "Irungu Houghton"),
            "{got:?}"
        );
    }

    #[test]
    fn where_people_work_is_an_organization() {
        let got = rows(
            "Matt Maley, equity strategist at Miller Tabak, says so.",
            &[("Matt Maley", Kind::Person), ("Miller Tabak", Kind::Person)],
        );
        assert!(
            got.contains(&("Miller Tabak".to_string(), Kind::Organization)),
            "{got:?}"
        );
        let got = rows(
            "Jefferies analyst Jonathan Matuszewski said so.",
            &[
                ("Jefferies", Kind::Place),
                ("Jonathan Matuszewski", Kind::Person),
            ],
        );
        assert!(
            got.contains(&("Jefferies".to_string(), Kind::Organization)),
            "{got:?}"
        );
        // A region's analyst covers it.
        let got = rows(
            "He is a Latin America economist.",
            &[("Latin America", Kind::Organization)],
        );
        assert_eq!(got, vec![("Latin America".to_string(), Kind::Place)]);
    }

    #[test]
    fn an_organization_word_runs_on_through_its_of_part() {
        let text = "NASA’s Office of the Inspector General released two reports.";
        let got = rows(
            text,
            &[("NASA", Kind::Organization), ("Office", Kind::Organization)],
        );
        assert_eq!(
            got,
            vec![
                ("NASA".to_string(), Kind::Organization),
                (
                    "Office of the Inspector General".to_string(),
                    Kind::Organization
                )
            ]
        );
    }

    #[test]
    fn names_split_at_and_after_a_whole_organization_name_and_at_at() {
        let got = rows(
            "The agency chose Ceres Robotics and Tyvak Systems Inc to fly.",
            &[("Ceres Robotics and Tyvak Systems Inc", Kind::Organization)],
        );
        assert_eq!(got.len(), 2, "{got:?}");
        let got = rows(
            "He heads Advanced Programs at Blue Origin now.",
            &[("Advanced Programs at Blue Origin", Kind::Person)],
        );
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(!got.iter().any(|(n, _)| n.contains(" at ")), "{got:?}");
    }

    #[test]
    fn teams_are_named_before_records_and_positions() {
        let text = "The Eagles (6-5, 3-4) beat them. Huskies quarterback Marcus Childers fell. \
                    Eastern Michigan quarterback Mike Glass threw.";
        let got = rows(
            text,
            &[
                ("Marcus Childers", Kind::Person),
                ("Eastern Michigan", Kind::Place),
                ("Mike Glass", Kind::Person),
            ],
        );
        for team in ["Eagles", "Huskies", "Eastern Michigan"] {
            assert!(
                got.contains(&(team.to_string(), Kind::Organization)),
                "{team}: {got:?}"
            );
        }
        let got = rows(
            "Cleveland DL Larry Ogunjobi was banned.",
            &[("Cleveland DL Larry Ogunjobi", Kind::Person)],
        );
        assert_eq!(
            got,
            vec![
                ("Cleveland".to_string(), Kind::Organization),
                ("Larry Ogunjobi".to_string(), Kind::Person)
            ]
        );
        // A country before a position is still a country: "the Brazil forward Neymar".
        let got = rows(
            "The Brazil forward Neymar scored.",
            &[("Brazil", Kind::Place), ("Neymar", Kind::Person)],
        );
        assert!(
            got.contains(&("Brazil".to_string(), Kind::Place)),
            "{got:?}"
        );
    }

    #[test]
    fn a_capitalised_web_address_is_a_company() {
        let got = rows("Experts on Moneycontrol.com said so.", &[]);
        assert_eq!(
            got,
            vec![("Moneycontrol.com".to_string(), Kind::Organization)]
        );
        let got = rows("It told Polygraph.info so.", &[]);
        assert_eq!(
            got,
            vec![("Polygraph.info".to_string(), Kind::Organization)]
        );
        let got = rows("Property website Daft.ie said so.", &[]);
        assert_eq!(got, vec![("Daft.ie".to_string(), Kind::Organization)]);
    }

    #[test]
    fn two_first_names_joined_make_a_person() {
        let text = "Rose-Lynn Harlan sings. Where does Rose-Lynn live?";
        let got = rows(
            text,
            &[
                ("Rose-Lynn Harlan", Kind::Place),
                ("Rose-Lynn", Kind::Place),
            ],
        );
        assert!(got.iter().all(|(_, k)| *k == Kind::Person), "{got:?}");
        // A place's word after the pair: an airport named for its city and a district.
        let got = rows(
            "Flights left Paris-Orly Airport.",
            &[("Paris-Orly Airport", Kind::Place)],
        );
        assert_eq!(got, vec![("Paris-Orly Airport".into(), Kind::Place)]);
    }

    #[test]
    fn a_masthead_word_after_the_is_a_newspaper() {
        let got = rows(
            "He told the Herald that the Sun was hot.",
            &[("Herald", Kind::Person), ("Sun", Kind::Place)],
        );
        assert_eq!(
            got,
            vec![
                ("Herald".to_string(), Kind::Organization),
                ("Sun".to_string(), Kind::Place)
            ]
        );
    }

    #[test]
    fn lowercase_modifiers_and_scores_are_not_part_of_a_name() {
        let got = rows(
            "Forces in southern Syria held. Chile 3-0 was the score. He met al-Assad.",
            &[
                ("southern Syria", Kind::Place),
                ("Chile 3", Kind::Place),
                ("al-Assad", Kind::Person),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Syria".to_string(), Kind::Place),
                ("Chile".to_string(), Kind::Place),
                ("al-Assad".to_string(), Kind::Person)
            ]
        );
    }

    #[test]
    fn planets_are_places_and_prizes_are_not_names() {
        let text = "NASA will land on the Moon. He won the Philip K. Dick Award and the Davis Cup.";
        let got = rows(
            text,
            &[
                ("NASA", Kind::Organization),
                ("Moon", Kind::Organization),
                ("Philip K. Dick Award", Kind::Person),
                ("Davis Cup", Kind::Person),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("NASA".to_string(), Kind::Organization),
                ("Moon".to_string(), Kind::Place)
            ]
        );
        assert!(rows(
            "Rep. Robert Aderholt (R-AL) said so.",
            &[("R-AL", Kind::Person)]
        )
        .iter()
        .all(|(n, _)| n != "R-AL"));
    }

    #[test]
    fn a_name_cut_off_after_of_runs_on_or_loses_the_of() {
        let text = "He cited the International Court of Justice on Monday.";
        let got = rows(text, &[("International Court of", Kind::Organization)]);
        assert_eq!(
            got,
            vec![(
                "International Court of Justice".to_string(),
                Kind::Organization
            )]
        );
        let text = "He cited the Grossman Bank of on Monday.";
        let got = rows(text, &[("Grossman Bank of", Kind::Organization)]);
        assert_eq!(got, vec![("Grossman Bank".to_string(), Kind::Organization)]);
    }

    #[test]
    fn venues_landmarks_and_features_are_places() {
        let text = "Fans left the Aviva Stadium for the Harbour Convention Centre. Crews on \
                    Mount Kelder watched runners climb Heartbreak Hill, and Fiona Hill waved. \
                    Ships crossed the Bay of Biscay and the Sea of Japan. Marines left \
                    Robertson Barracks for the Moray Firth; protesters marched from Leeds Civic \
                    Hall to Parliament House.";
        let got = rows(
            text,
            &[
                ("Robertson Barracks", Kind::Person),
                ("Moray Firth", Kind::Person),
                ("Leeds Civic Hall", Kind::Organization),
                ("Parliament House", Kind::Organization),
                ("Aviva Stadium", Kind::Organization),
                ("Harbour Convention Centre", Kind::Organization),
                ("Mount Kelder", Kind::Organization),
                ("Heartbreak Hill", Kind::Person),
                ("Fiona Hill", Kind::Person),
                ("Bay", Kind::Place),
                ("Biscay", Kind::Place),
                ("Sea", Kind::Place),
                ("Japan", Kind::Place),
            ],
        );
        let place = |n: &str| (n.to_string(), Kind::Place);
        for name in [
            "Aviva Stadium",
            "Harbour Convention Centre",
            "Mount Kelder",
            "Heartbreak Hill",
            "Bay of Biscay",
            "Sea of Japan",
            "Robertson Barracks",
            "Moray Firth",
            "Leeds Civic Hall",
            "Parliament House",
        ] {
            assert!(got.contains(&place(name)), "{name}: {got:?}");
        }
        assert!(
            got.contains(&("Fiona Hill".into(), Kind::Person)),
            "{got:?}"
        );
        assert!(!got.iter().any(|(n, _)| n == "Biscay"), "{got:?}");
        // Domes and grounds; and "Gardens", which no first name before it makes a person's.
        let text = "They played the KSPO Dome, the Bank of England Sports Ground and Eden \
                    Gardens.";
        let got = rows(
            text,
            &[
                ("KSPO Dome", Kind::Organization),
                ("Bank of England Sports Ground", Kind::Organization),
                ("Eden Gardens", Kind::Organization),
            ],
        );
        assert!(got.iter().all(|(_, k)| *k == Kind::Place), "{got:?}");
        // Nor "Palace", but a club named for one is the club.
        let got = rows(
            "It was read at the Peace Palace. Crystal Palace won.",
            &[
                ("Peace Palace", Kind::Organization),
                ("Crystal Palace", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Peace Palace".into(), Kind::Place),
                ("Crystal Palace".into(), Kind::Organization)
            ]
        );
        let got = rows(
            "They climbed Stone Mountain.",
            &[("Stone Mountain", Kind::Person)],
        );
        assert_eq!(got, vec![("Stone Mountain".into(), Kind::Place)]);
        let got = rows(
            "Boats reached Second Thomas Shoal.",
            &[("Second Thomas Shoal", Kind::Person)],
        );
        assert_eq!(got, vec![("Second Thomas Shoal".into(), Kind::Place)]);
    }

    #[test]
    fn canals_malls_and_school_systems() {
        let got = rows(
            "Ships left the Suez Canal for the Hylebos Waterway. Crowds filled the National \
             Mall. Chicago Public Schools closed.",
            &[
                ("Suez Canal", Kind::Organization),
                ("Hylebos Waterway", Kind::Organization),
                ("National Mall", Kind::Organization),
                ("Chicago Public Schools", Kind::Place),
            ],
        );
        for (name, kind) in [
            ("Suez Canal", Kind::Place),
            ("Hylebos Waterway", Kind::Place),
            ("National Mall", Kind::Place),
            ("Chicago Public Schools", Kind::Organization),
        ] {
            assert!(got.contains(&(name.into(), kind)), "{name}: {got:?}");
        }
    }

    #[test]
    fn streets_named_by_words() {
        let text = "Shops along Main Street and West Davis Street closed, and Beacon Avenue \
                    South flooded. Nathan Lane sang. The Wall Street Journal said so.";
        let got = rows(
            text,
            &[
                ("Davis", Kind::Person),
                ("Beacon Avenue", Kind::Organization),
                ("Nathan Lane", Kind::Person),
                ("Wall Street Journal", Kind::Organization),
            ],
        );
        for (name, kind) in [
            ("Main Street", Kind::Place),
            ("West Davis Street", Kind::Place),
            ("Beacon Avenue South", Kind::Place),
            ("Nathan Lane", Kind::Person),
            ("Wall Street Journal", Kind::Organization),
        ] {
            assert!(got.contains(&(name.into(), kind)), "{name}: {got:?}");
        }
    }

    #[test]
    fn theatres_orchestras_basins_and_local_bodies() {
        let text = "The Vienna Philharmonic played the Shubert Theatre near Mont Belvieu, by the \
                    Permian Basin, Multnomah Falls and Puget Sound. The Culpeper County Circuit \
                    Court ruled, and the Haitian National Police came. The Oregon Legislature met.";
        let got = rows(
            text,
            &[
                ("Vienna Philharmonic", Kind::Place),
                ("Shubert Theatre", Kind::Organization),
                ("Mont Belvieu", Kind::Person),
                ("Permian Basin", Kind::Organization),
                ("Multnomah Falls", Kind::Organization),
                ("Puget Sound", Kind::Organization),
                ("Culpeper County", Kind::Place),
                ("Circuit Court", Kind::Organization),
                ("National Police", Kind::Organization),
                ("Oregon", Kind::Place),
            ],
        );
        for (name, kind) in [
            ("Vienna Philharmonic", Kind::Organization),
            ("Shubert Theatre", Kind::Place),
            ("Mont Belvieu", Kind::Place),
            ("Permian Basin", Kind::Place),
            ("Multnomah Falls", Kind::Place),
            ("Puget Sound", Kind::Place),
            ("Culpeper County Circuit Court", Kind::Organization),
            ("Haitian National Police", Kind::Organization),
            ("Oregon Legislature", Kind::Organization),
        ] {
            assert!(got.contains(&(name.into(), kind)), "{name}: {got:?}");
        }
    }

    #[test]
    fn a_streets_quarter_is_part_of_its_name() {
        let got = rows(
            "The raid was on 12th Avenue South in Minneapolis. Crews closed Lake Street SW, and \
             Main Street North Carolina is no street.",
            &[
                ("12th Avenue", Kind::Place),
                ("Minneapolis", Kind::Place),
                ("Lake Street", Kind::Place),
                ("Main Street", Kind::Place),
                ("North Carolina", Kind::Place),
            ],
        );
        for name in [
            "12th Avenue South",
            "Minneapolis",
            "Lake Street SW",
            "Main Street",
            "North Carolina",
        ] {
            assert!(got.contains(&(name.into(), Kind::Place)), "{name}: {got:?}");
        }
    }

    #[test]
    fn a_body_on_a_street_ends_before_it() {
        let got = rows(
            "A clinic opened in the lot of the Gaines County Civic Center on Avenue A. Nurses \
             gave shots. The Committee on Intelligence met, and so did the Harbor Relief Council \
             on Main Street.",
            &[
                ("Gaines County Civic Center", Kind::Place),
                ("Committee", Kind::Organization),
                ("Harbor Relief Council", Kind::Organization),
            ],
        );
        for (name, kind) in [
            ("Gaines County Civic Center", Kind::Place),
            ("Avenue A", Kind::Place),
            ("Committee on Intelligence", Kind::Organization),
            ("Harbor Relief Council", Kind::Organization),
            ("Main Street", Kind::Place),
        ] {
            assert!(got.contains(&(name.into(), kind)), "{name}: {got:?}");
        }
        assert_eq!(got.len(), 5, "{got:?}");
    }

    #[test]
    fn a_demonym_opens_a_national_bodys_name() {
        let got = rows(
            "The Kenyan Football Federation and the Nigerian Football Federation met. The \
             Serbian Academy of Sciences and Arts wrote. Officials at the Romanian Ministry of \
             Energy agreed. German Deutsche Bank fell.",
            &[
                ("Football Federation", Kind::Organization),
                ("Academy of Sciences and Arts", Kind::Organization),
                ("Ministry of Energy", Kind::Organization),
                ("Deutsche Bank", Kind::Organization),
            ],
        );
        for name in [
            "Kenyan Football Federation",
            "Nigerian Football Federation",
            "Serbian Academy of Sciences and Arts",
            "Ministry of Energy",
            "Deutsche Bank",
        ] {
            assert!(
                got.contains(&(name.into(), Kind::Organization)),
                "{name}: {got:?}"
            );
        }
        assert_eq!(got.len(), 5, "{got:?}");
    }

    #[test]
    fn a_listed_towns_name_outweighs_its_last_word() {
        let got = rows(
            "Police in Brooklyn Center said so. The Pew Research Center agreed.",
            &[
                ("Brooklyn Center", Kind::Organization),
                ("Pew Research Center", Kind::Place),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Brooklyn Center".into(), Kind::Place),
                ("Pew Research Center".into(), Kind::Organization),
            ]
        );
    }

    #[test]
    fn a_company_noun_opening_a_sentence_is_no_part_of_the_name() {
        let got = rows(
            "Drugmaker Pfizer said so. Giant Eagle agreed.",
            &[
                ("Drugmaker Pfizer", Kind::Person),
                ("Giant Eagle", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Pfizer".into(), Kind::Organization),
                ("Giant Eagle".into(), Kind::Organization),
            ]
        );
    }

    #[test]
    fn a_place_named_with_a_possessive_is_one_place() {
        let text =
            "Fans left St. James’ Park. Floods hit Hawke's Bay. Oregon's Crater Lake froze. \
                    Tom Smith's Creek ran dry.";
        let got = rows(
            text,
            &[
                ("St. James", Kind::Place),
                ("Park", Kind::Place),
                ("Hawke", Kind::Person),
                ("Bay", Kind::Place),
                ("Oregon", Kind::Place),
                ("Crater Lake", Kind::Place),
                ("Tom Smith", Kind::Person),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("St. James’ Park".into(), Kind::Place),
                ("Hawke's Bay".into(), Kind::Place),
                ("Oregon".into(), Kind::Place),
                ("Crater Lake".into(), Kind::Place),
                ("Tom Smith".into(), Kind::Person),
            ]
        );
    }

    #[test]
    fn a_groups_possessive_belongs_to_the_name() {
        let text = "The Women’s Tennis Association ruled. The National People's Power party won. \
                    She joined the Women's March.";
        let got = rows(
            text,
            &[
                ("Tennis Association", Kind::Organization),
                ("National People", Kind::Organization),
                ("Power", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Women’s Tennis Association".into(), Kind::Organization),
                ("National People's Power".into(), Kind::Organization),
            ]
        );
    }

    #[test]
    fn hotels_shrines_centres_and_streets_named_first_are_places() {
        let text = "They met at the Jingxi Hotel. He prayed at Yasukuni Shrine. Crowds filled \
                    the Stawell Entertainment Centre and Avenida Corrientes. Mining near the \
                    Salar de Atacama grew. Shirley Temple sang. Avenue H flooded.";
        let got = rows(
            text,
            &[
                ("Jingxi Hotel", Kind::Organization),
                ("Yasukuni Shrine", Kind::Organization),
                ("Stawell Entertainment Centre", Kind::Organization),
                ("Avenida Corrientes", Kind::Organization),
                ("Salar de Atacama", Kind::Organization),
                ("Shirley Temple", Kind::Person),
                ("Avenue H", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Jingxi Hotel".into(), Kind::Place),
                ("Yasukuni Shrine".into(), Kind::Place),
                ("Stawell Entertainment Centre".into(), Kind::Place),
                ("Avenida Corrientes".into(), Kind::Place),
                ("Salar de Atacama".into(), Kind::Place),
                ("Shirley Temple".into(), Kind::Person),
                ("Avenue H".into(), Kind::Place),
            ]
        );
    }

    #[test]
    fn sponsored_arenas_race_courses_and_mastheads() {
        let text = "Fans left Barclays Center. The Bulls play at the United Center. Races ran at \
                    Pimlico Race Course near Trump Tower. He wrote for the Sarasota \
                    Herald-Tribune and the Arizona Republic from the Czech Republic. The Pew \
                    Research Center polled.";
        let got = rows(
            text,
            &[
                ("Pew Research Center", Kind::Organization),
                ("Barclays Center", Kind::Organization),
                ("United Center", Kind::Organization),
                ("Pimlico Race Course", Kind::Organization),
                ("Trump Tower", Kind::Person),
                ("Sarasota Herald-Tribune", Kind::Place),
                ("Arizona Republic", Kind::Place),
                ("Czech Republic", Kind::Place),
            ],
        );
        for (name, kind) in [
            ("Barclays Center", Kind::Place),
            ("United Center", Kind::Place),
            ("Pimlico Race Course", Kind::Place),
            ("Trump Tower", Kind::Place),
            ("Sarasota Herald-Tribune", Kind::Organization),
            ("Arizona Republic", Kind::Organization),
            ("Czech Republic", Kind::Place),
            ("Pew Research Center", Kind::Organization),
        ] {
            assert!(got.contains(&(name.into(), kind)), "{name}: {got:?}");
        }
    }

    #[test]
    fn a_seat_of_government_that_speaks_is_the_government() {
        let got = rows(
            "Downing Street said talks would go on. A Downing Street spokesman agreed. \
             Protesters stood on Bow Street.",
            &[("Downing Street", Kind::Place), ("Bow Street", Kind::Place)],
        );
        assert_eq!(
            got,
            vec![
                ("Downing Street".into(), Kind::Organization),
                ("Bow Street".into(), Kind::Place),
            ]
        );
        // The building, where someone else speaks from it.
        let got = rows(
            "His office at the Élysée Palace declined to comment.",
            &[("Élysée Palace", Kind::Organization)],
        );
        assert_eq!(got, vec![("Élysée Palace".into(), Kind::Place)]);
    }

    #[test]
    fn a_first_name_before_lake_is_a_person() {
        let got = rows(
            "Finance chief Dorothea Lake said costs rose. Tourists left Crystal Lake.",
            &[
                ("Dorothea Lake", Kind::Person),
                ("Crystal Lake", Kind::Place),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Dorothea Lake".into(), Kind::Person),
                ("Crystal Lake".into(), Kind::Place),
            ]
        );
    }

    #[test]
    fn streets_written_as_one_word_are_places() {
        let got = rows(
            "Police closed the Lindenbergstrasse and Karl-Marx-Allee. Crowds filled Sakura-dori \
             near the Hotel Rosenplatz. The Renegade Brigade marched.",
            &[
                ("Karl-Marx-Allee", Kind::Person),
                ("Hotel Rosenplatz", Kind::Place),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Lindenbergstrasse".into(), Kind::Place),
                ("Karl-Marx-Allee".into(), Kind::Place),
                ("Sakura-dori".into(), Kind::Place),
                ("Hotel Rosenplatz".into(), Kind::Place),
            ]
        );
    }

    #[test]
    fn a_bodys_generic_word_alone_is_no_row() {
        let got = rows(
            "The Court ruled for the Ministry. Congress and the Rexford Savings Bank disagreed.",
            &[
                ("Court", Kind::Organization),
                ("Ministry", Kind::Organization),
                ("Congress", Kind::Organization),
                ("Rexford Savings Bank", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Congress".into(), Kind::Organization),
                ("Rexford Savings Bank".into(), Kind::Organization),
            ]
        );
    }

    #[test]
    fn saints_interstates_halls_and_picks() {
        let text = "Students at St. Augustine High School and Saint Mary's Hospital waited on \
                    I-75 near Borough Hall. He was the No. 11 pick. The Courier-Post said. \
                    County residents park free near the Truman Sports Complex.";
        let got = rows(
            text,
            &[
                ("Augustine High School", Kind::Organization),
                ("Saint Mary", Kind::Person),
                ("Hospital", Kind::Organization),
                ("Borough Hall", Kind::Organization),
                ("No. 11", Kind::Organization),
                ("Courier-Post", Kind::Place),
                ("County", Kind::Organization),
                ("Truman Sports Complex", Kind::Organization),
            ],
        );
        for (name, kind) in [
            ("St. Augustine High School", Kind::Organization),
            ("Saint Mary's Hospital", Kind::Organization),
            ("I-75", Kind::Place),
            ("Borough Hall", Kind::Place),
            ("Courier-Post", Kind::Organization),
            ("Truman Sports Complex", Kind::Place),
        ] {
            assert!(got.contains(&(name.into(), kind)), "{name}: {got:?}");
        }
        assert!(
            !got.iter()
                .any(|(n, _)| n.starts_with("No.") || n == "County"),
            "{got:?}"
        );
    }

    #[test]
    fn parks_palaces_music_centers_and_clubs() {
        let text = "Rangers at Zion National Park met at Merdeka Palace and the Severance Music \
                    Center. Wigan Athletic lost.";
        let got = rows(
            text,
            &[
                ("Zion National Park", Kind::Person),
                ("Merdeka Palace", Kind::Organization),
                ("Severance Music Center", Kind::Organization),
                ("Wigan Athletic", Kind::Place),
            ],
        );
        for (name, kind) in [
            ("Zion National Park", Kind::Place),
            ("Merdeka Palace", Kind::Place),
            ("Severance Music Center", Kind::Place),
            ("Wigan Athletic", Kind::Organization),
        ] {
            assert!(got.contains(&(name.into(), kind)), "{name}: {got:?}");
        }
    }

    #[test]
    fn a_quoted_nickname_is_part_of_the_name() {
        let got = rows(
            "President Harold “Buck” Vance said it. Vance agreed.",
            &[
                ("Harold", Kind::Person),
                ("Buck", Kind::Person),
                ("Vance", Kind::Organization),
            ],
        );
        assert_eq!(got, vec![("Harold “Buck” Vance".into(), Kind::Person)]);
    }

    #[test]
    fn a_feature_word_opening_a_name_is_a_place() {
        let got = rows(
            "Boats sank on the River Tarrow and Lake Ouvane. River Holloway starred. Staff at \
             Mount Carrow Baptist Church prayed. Guides climb Monte Verra and the slopes of the \
             Brunnhorn.",
            &[
                ("River Tarrow", Kind::Organization),
                ("Lake Ouvane", Kind::Organization),
                ("River Holloway", Kind::Person),
                ("Mount Carrow Baptist Church", Kind::Organization),
                ("Monte Verra", Kind::Person),
                ("Brunnhorn", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("River Tarrow".into(), Kind::Place),
                ("Lake Ouvane".into(), Kind::Place),
                ("River Holloway".into(), Kind::Person),
                ("Mount Carrow Baptist Church".into(), Kind::Organization),
                ("Monte Verra".into(), Kind::Place),
                ("Brunnhorn".into(), Kind::Place),
            ]
        );
    }

    #[test]
    fn a_plural_place_word_after_a_pair_names_both() {
        let got = rows(
            "Officials in Ben Thuan and Tra Lanh provinces sent water. The Drexton State \
             Police district offices and the state Senate districts were named.",
            &[
                ("Ben Thuan", Kind::Person),
                ("Tra Lanh", Kind::Organization),
                ("Drexton State Police", Kind::Organization),
                ("Senate", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Ben Thuan".into(), Kind::Place),
                ("Tra Lanh".into(), Kind::Place),
                ("Drexton State Police".into(), Kind::Organization),
                ("Senate".into(), Kind::Organization),
            ]
        );
    }

    #[test]
    fn a_district_that_governs_is_a_body_even_after_two_first_names() {
        let got = rows(
            "The Thompson-Nicola Regional District ordered it. Anne-Marie Dubois agreed.",
            &[
                ("Thompson-Nicola Regional District", Kind::Person),
                ("Anne-Marie Dubois", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![
                (
                    "Thompson-Nicola Regional District".into(),
                    Kind::Organization
                ),
                ("Anne-Marie Dubois".into(), Kind::Person),
            ]
        );
    }

    #[test]
    fn crossings_and_bodies_named_by_one_word() {
        let got = rows(
            "Trucks used the Kerem Shalom crossing. Democrats gained seats in the Assembly.",
            &[
                ("Kerem Shalom", Kind::Organization),
                ("Assembly", Kind::Place),
            ],
        );
        assert!(
            got.contains(&("Kerem Shalom".into(), Kind::Place)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Assembly".into(), Kind::Organization)),
            "{got:?}"
        );
    }

    #[test]
    fn a_countrys_forces_keep_its_demonym() {
        let got = rows(
            "Teams from the Indian Army were deployed.",
            &[("Army", Kind::Organization)],
        );
        assert_eq!(got, vec![("Indian Army".into(), Kind::Organization)]);
        let got = rows(
            "He told Czech Television so.",
            &[("Television", Kind::Organization)],
        );
        assert_eq!(got, vec![("Czech Television".into(), Kind::Organization)]);
    }

    #[test]
    fn an_acronym_before_campaign_is_no_person() {
        let got = rows(
            "A recount was requested by the NDP campaign and the Sanders campaign.",
            &[("NDP", Kind::Organization), ("Sanders", Kind::Organization)],
        );
        assert!(got.contains(&("NDP".into(), Kind::Organization)), "{got:?}");
        assert!(got.contains(&("Sanders".into(), Kind::Person)), "{got:?}");
    }

    #[test]
    fn buildings_and_streets_named_for_people() {
        let text = "The case went to the James T. Foley U.S. Courthouse. He flew into Ronald \
                    Reagan Washington National Airport, marched down Martin Luther King Jr. \
                    Boulevard to Robert F. Wagner Jr. Park and taught at Eleanor Roosevelt \
                    Middle School. Maria Lopez Sunday said so.";
        let got = rows(
            text,
            &[
                ("James T. Foley", Kind::Person),
                ("U.S. Courthouse", Kind::Place),
                ("Ronald Reagan", Kind::Person),
                ("Washington National Airport", Kind::Place),
                ("Martin Luther King Jr.", Kind::Person),
                ("Robert F. Wagner Jr.", Kind::Person),
                ("Eleanor Roosevelt", Kind::Person),
                ("Maria Lopez", Kind::Person),
            ],
        );
        for (name, kind) in [
            ("James T. Foley U.S. Courthouse", Kind::Place),
            ("Ronald Reagan Washington National Airport", Kind::Place),
            ("Martin Luther King Jr. Boulevard", Kind::Place),
            ("Robert F. Wagner Jr. Park", Kind::Place),
            ("Eleanor Roosevelt Middle School", Kind::Organization),
            ("Maria Lopez", Kind::Person),
        ] {
            assert!(got.contains(&(name.into(), kind)), "{name}: {got:?}");
        }
    }

    #[test]
    fn counties_ranges_reefs_and_tunnels_are_places_but_county_clubs_are_not() {
        let text = "Kitsap County is poor, and Kitsap County officials said so. The McDowell \
                    County Commission met; McDowell County residents came. Snow fell on the \
                    Front Range and the Great Barrier Reef bleached. Traffic in the Brooklyn Battery \
                    Tunnel. Derby County beat Stoke City 2-1.";
        let got = rows(
            text,
            &[
                ("McDowell County Commission", Kind::Organization),
                ("McDowell County", Kind::Organization),
                ("Front Range", Kind::Organization),
                ("Great Barrier Reef", Kind::Organization),
                ("Brooklyn Battery Tunnel", Kind::Organization),
                ("Derby County", Kind::Organization),
                ("Stoke City", Kind::Organization),
            ],
        );
        for (name, kind) in [
            ("Kitsap County", Kind::Place),
            ("McDowell County", Kind::Place),
            ("McDowell County Commission", Kind::Organization),
            ("Front Range", Kind::Place),
            ("Great Barrier Reef", Kind::Place),
            ("Brooklyn Battery Tunnel", Kind::Place),
            ("Derby County", Kind::Organization),
        ] {
            assert!(got.contains(&(name.into(), kind)), "{name}: {got:?}");
        }
    }

    #[test]
    fn a_country_has_a_stock_market() {
        let text = "Taiwan's stock market fell 1.8%. Analysts said Halvern's stock fell.";
        let got = rows(text, &[("Taiwan", Kind::Place), ("Halvern", Kind::Person)]);
        assert!(got.contains(&("Taiwan".into(), Kind::Place)), "{got:?}");
        assert!(
            got.contains(&("Halvern".into(), Kind::Organization)),
            "{got:?}"
        );
    }

    #[test]
    fn names_of_bodies_that_hold_an_and() {
        let text = "The Tasmania Parks and Wildlife Service and the Minneapolis Parks and \
                    Recreation Board agreed. The FBI and Homeland Security Investigations \
                    acted. The Air France and ITA Airways deal closed. Texas and Oklahoma Police \
                    came.";
        let got = rows(
            text,
            &[
                ("Tasmania Parks", Kind::Place),
                ("Wildlife Service", Kind::Organization),
                ("Minneapolis Parks", Kind::Place),
                ("Recreation Board", Kind::Organization),
                ("FBI", Kind::Organization),
                ("Homeland Security Investigations", Kind::Organization),
                ("Air France", Kind::Organization),
                ("ITA Airways", Kind::Organization),
                ("Texas", Kind::Place),
                ("Oklahoma Police", Kind::Organization),
            ],
        );
        for (name, kind) in [
            ("Tasmania Parks and Wildlife Service", Kind::Organization),
            ("Minneapolis Parks and Recreation Board", Kind::Organization),
            ("FBI", Kind::Organization),
            ("Homeland Security Investigations", Kind::Organization),
            ("Air France", Kind::Organization),
            ("ITA Airways", Kind::Organization),
            ("Texas", Kind::Place),
        ] {
            assert!(got.contains(&(name.into(), kind)), "{name}: {got:?}");
        }
    }

    #[test]
    fn a_legal_form_keeps_an_office_word_that_opens_the_name() {
        let text = "Prosecutors said Premier Care Diagnostics LLC billed for tests. Students \
                    at Highland Elementary went home.";
        let got = rows(
            text,
            &[
                ("Care Diagnostics LLC", Kind::Organization),
                ("Highland", Kind::Place),
            ],
        );
        for (name, kind) in [
            ("Premier Care Diagnostics LLC", Kind::Organization),
            ("Highland Elementary", Kind::Organization),
        ] {
            assert!(got.contains(&(name.into(), kind)), "{name}: {got:?}");
        }
    }

    #[test]
    fn a_legislature_and_a_league_are_organizations() {
        let text = "He said the Legislature would act on it. Bradford City were relegated from \
                    the National League. The Broadway League said sales rose.";
        let got = rows(
            text,
            &[
                ("National League", Kind::Place),
                ("Broadway League", Kind::Place),
            ],
        );
        for name in ["Legislature", "National League", "Broadway League"] {
            assert!(
                got.contains(&(name.into(), Kind::Organization)),
                "{name}: {got:?}"
            );
        }
    }

    #[test]
    fn a_possessive_name_may_end_in_a_listed_place() {
        let text = "She studied at King's College London. He was taken to Children's Hospital \
                    Los Angeles. The President's Council Chairman spoke.";
        let got = rows(
            text,
            &[
                ("College London", Kind::Organization),
                ("Hospital Los Angeles", Kind::Place),
            ],
        );
        for name in ["King's College London", "Children's Hospital Los Angeles"] {
            assert!(
                got.contains(&(name.into(), Kind::Organization)),
                "{name}: {got:?}"
            );
        }
        assert!(!got.iter().any(|(n, _)| n.contains("Chairman")), "{got:?}");
    }

    #[test]
    fn lettered_roads_are_places_and_models_are_not() {
        let got = rows(
            "The M9 was closed northbound after a crash on the A417 near Stroud. Her M2 chip \
             and the A350 family sold well, Airbus said. Print it on A5 paper.",
            &[("Stroud", Kind::Place), ("Airbus", Kind::Organization)],
        );
        assert_eq!(
            got,
            vec![
                ("M9".into(), Kind::Place),
                ("A417".into(), Kind::Place),
                ("Stroud".into(), Kind::Place),
                ("Airbus".into(), Kind::Organization),
            ]
        );
    }

    #[test]
    fn a_region_that_is_a_company_is_the_region_where_forests_are_written_of_nearby() {
        let forest = rows(
            "Deforestation in the Amazon rose. The Peruvian Amazon lost forest.",
            &[("Amazon", Kind::Organization)],
        );
        assert_eq!(forest, vec![("Amazon".into(), Kind::Place)]);
        let company = rows(
            "Amazon said sales rose. Workers at the Amazon warehouse in the forest struck.",
            &[("Amazon", Kind::Organization)],
        );
        assert_eq!(company, vec![("Amazon".into(), Kind::Organization)]);
    }

    #[test]
    fn a_country_after_in_is_not_the_next_names_apposition() {
        let got = rows(
            "Across the border in Chad, the U.N. refugee agency, UNHCR, said arrivals rose.",
            &[
                ("Chad", Kind::Place),
                ("U.N.", Kind::Organization),
                ("UNHCR", Kind::Organization),
            ],
        );
        assert!(got.contains(&("Chad".into(), Kind::Place)), "{got:?}");
    }

    #[test]
    fn a_pair_before_a_plural_place_word_is_two_places() {
        let got = rows(
            "Trucks used the Qaser Dalim and Tell Moura crossings. Orders covered parts of Beit \
             Qarun and Sawafi.",
            &[
                ("Qaser Dalim", Kind::Organization),
                ("Tell Moura", Kind::Person),
                ("Beit Qarun and Sawafi", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Qaser Dalim".into(), Kind::Place),
                ("Tell Moura".into(), Kind::Place),
                ("Beit Qarun".into(), Kind::Place),
                ("Sawafi".into(), Kind::Place),
            ]
        );
    }

    #[test]
    fn a_saints_hospital_keeps_its_possessive_and_its_words() {
        let got = rows(
            "Patients at St Agatha’s University Hospital waited. A tennis match moved to Court \
             Ilse-Brandt.",
            &[
                ("St Agatha", Kind::Place),
                ("University Hospital", Kind::Organization),
                ("Court Ilse-Brandt", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("St Agatha’s University Hospital".into(), Kind::Organization),
                ("Court Ilse-Brandt".into(), Kind::Place),
            ]
        );
    }

    #[test]
    fn british_abbreviated_titles_and_peers_are_offices() {
        let got = rows(
            "Supt Lorna Beddall spoke. Baroness Ruth Aldane agreed, as did Fr Tomas Greally.",
            &[
                ("Supt Lorna Beddall", Kind::Person),
                ("Baroness Ruth Aldane", Kind::Organization),
                ("Fr Tomas Greally", Kind::Person),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Lorna Beddall".into(), Kind::Person),
                ("Ruth Aldane".into(), Kind::Person),
                ("Tomas Greally".into(), Kind::Person),
            ]
        );
    }

    #[test]
    fn a_run_together_brand_is_a_company() {
        let got = rows(
            "Genovia HealthWorks said so. Gov. Ron DeSantis and Ellen MacKenzie agreed.",
            &[
                ("Genovia HealthWorks", Kind::Person),
                ("Ron DeSantis", Kind::Person),
                ("Ellen MacKenzie", Kind::Person),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Genovia HealthWorks".into(), Kind::Organization),
                ("Ron DeSantis".into(), Kind::Person),
                ("Ellen MacKenzie".into(), Kind::Person),
            ]
        );
    }

    #[test]
    fn places_across_a_particle_and_named_squares_bridges_and_roads() {
        let got = rows(
            "Fires reached Santa Rita do Araguaia. Marchers left Place de la Bastille for the \
             Bridge of the Isles, then County Road 12 and the Lenner Football Center.",
            &[
                ("Santa Rita", Kind::Place),
                ("Araguaia", Kind::Place),
                ("Place de la Bastille", Kind::Person),
                ("Bridge", Kind::Place),
                ("Isles", Kind::Place),
                ("County Road", Kind::Place),
                ("Lenner Football Center", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Santa Rita do Araguaia".into(), Kind::Place),
                ("Place de la Bastille".into(), Kind::Place),
                ("Bridge of the Isles".into(), Kind::Place),
                ("County Road 12".into(), Kind::Place),
                ("Lenner Football Center".into(), Kind::Place),
            ]
        );
    }

    #[test]
    fn a_country_closing_a_described_bodys_name_is_the_bodys() {
        let got = rows(
            "Officials agree. Aduanas Chile, the agency that runs the ports, said so. Chile \
             voted. Meanwhile Peru, the group said, will vote.",
            &[("Chile", Kind::Place), ("Peru", Kind::Place)],
        );
        assert_eq!(
            got,
            vec![
                ("Aduanas Chile".into(), Kind::Organization),
                ("Chile".into(), Kind::Place),
                ("Peru".into(), Kind::Place),
            ]
        );
    }

    #[test]
    fn a_state_office_and_a_councils_committee_with_possessives() {
        let got = rows(
            "The Oregon State Treasurer's Office agreed. The City Council’s Committee on \
             Zoning met. Westminster Magistrates’ Court on Thursday heard it. Voters in the \
             14th Ward shop at Lakeview Town Center.",
            &[
                ("Oregon State", Kind::Organization),
                ("City Council", Kind::Organization),
                ("Committee", Kind::Organization),
                ("Westminster Magistrates", Kind::Organization),
                ("Lakeview Town Center", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Oregon State Treasurer's Office".into(), Kind::Organization),
                ("City Council".into(), Kind::Organization),
                ("Committee on Zoning".into(), Kind::Organization),
                ("Westminster Magistrates’ Court".into(), Kind::Organization),
                ("14th Ward".into(), Kind::Place),
                ("Lakeview Town Center".into(), Kind::Place),
            ]
        );
    }

    #[test]
    fn a_listed_place_after_in_is_the_place() {
        let got = rows(
            "Flooding hit homes in Madison. Critics of Kavanagh, in Lincoln's words, and the \
             ruling in Bristol v. Jones spoke.",
            &[
                ("Madison", Kind::Person),
                ("Lincoln", Kind::Person),
                ("Kavanagh", Kind::Person),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Madison".into(), Kind::Place),
                ("Kavanagh".into(), Kind::Person),
                ("Lincoln".into(), Kind::Person),
            ]
        );
    }

    #[test]
    fn an_unlisted_first_word_opening_a_sentence_opens_the_name() {
        let got = rows(
            "Kohinoor Akhter Lipi, 34, said the factory closed. Regent Lorraine Kowalczyk \
             voted no.",
            &[
                ("Akhter Lipi", Kind::Person),
                ("Lorraine Kowalczyk", Kind::Person),
            ],
        );
        assert!(
            got.contains(&("Kohinoor Akhter Lipi".into(), Kind::Person)),
            "{got:?}"
        );
        // A name opening with a listed first name has its first name.
        assert!(
            got.contains(&("Lorraine Kowalczyk".into(), Kind::Person)),
            "{got:?}"
        );
    }

    #[test]
    fn city_hall_is_one_name() {
        let got = rows(
            "The city said it would. A spokesperson for City Hall said no.",
            &[("Hall", Kind::Person)],
        );
        assert_eq!(got, vec![("City Hall".into(), Kind::Organization)]);
    }

    #[test]
    fn a_feature_word_before_a_particle_is_a_place() {
        let got = rows(
            "Fires burned in the Sierra de Gata. Residents of Lac La Biche fled to Villa San \
             Giovanni.",
            &[
                ("Sierra de Gata", Kind::Person),
                ("Lac La Biche", Kind::Person),
                ("Villa San Giovanni", Kind::Person),
            ],
        );
        for name in ["Sierra de Gata", "Lac La Biche", "Villa San Giovanni"] {
            assert!(got.contains(&(name.into(), Kind::Place)), "{name}: {got:?}");
        }
    }

    #[test]
    fn a_circuit_named_by_its_number_is_a_court() {
        let got = rows(
            "The 9th Circuit, based in San Francisco, hears appeals.",
            &[],
        );
        assert_eq!(got, vec![("9th Circuit".into(), Kind::Organization)]);
    }

    #[test]
    fn names_joined_by_a_hyphen_are_each_named() {
        let got = rows(
            "The Israel-Hamas war shadowed the Japan-South Korea summit. Air France-KLM flew \
             from Guinea-Bissau.",
            &[
                ("Japan-South Korea", Kind::Place),
                ("Air France-KLM", Kind::Organization),
                ("Guinea-Bissau", Kind::Place),
            ],
        );
        for (name, kind) in [
            ("Israel", Kind::Place),
            ("Hamas", Kind::Organization),
            ("Japan", Kind::Place),
            ("South Korea", Kind::Place),
            ("Air France-KLM", Kind::Organization),
            ("Guinea-Bissau", Kind::Place),
        ] {
            assert!(got.contains(&(name.into(), kind)), "{name}: {got:?}");
        }
        assert_eq!(got.len(), 6, "{got:?}");
    }

    #[test]
    fn a_romanised_given_name_makes_a_person() {
        let got = rows(
            "Wi Sung-lac, the adviser, spoke. Wi said no, according to Wi. Stocks fell in \
             New York-based trading.",
            &[("Wi Sung-lac", Kind::Person), ("Wi", Kind::Organization)],
        );
        let people: Vec<_> = got.iter().filter(|(_, k)| *k == Kind::Person).collect();
        assert_eq!(people, [&("Wi Sung-lac".into(), Kind::Person)], "{got:?}");
    }

    #[test]
    fn a_bodys_field_is_no_building() {
        let got = rows(
            "The Chicago Department of Buildings said so. They met at the Lakeview Building.",
            &[
                ("Chicago Department of Buildings", Kind::Organization),
                ("Lakeview Building", Kind::Organization),
            ],
        );
        assert!(
            got.contains(&("Chicago Department of Buildings".into(), Kind::Organization)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Lakeview Building".into(), Kind::Place)),
            "{got:?}"
        );
    }

    #[test]
    fn a_bodys_field_runs_past_and_the() {
        let got = rows(
            "The National Institute for Public Health and the Environment said so. The \
             Ministry of Defence and the Army disagreed.",
            &[
                ("National Institute for Public Health", Kind::Organization),
                ("Environment", Kind::Organization),
                ("Ministry of Defence", Kind::Organization),
                ("Army", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![
                (
                    "National Institute for Public Health and the Environment".into(),
                    Kind::Organization
                ),
                ("Ministry of Defence".into(), Kind::Organization),
                ("Army".into(), Kind::Organization),
            ]
        );
    }

    #[test]
    fn a_charity_of_a_valley_is_the_charity() {
        let got = rows(
            "Volunteers from Catholic Charities of the Rio Grande Valley handed out food.",
            &[
                ("Catholic Charities", Kind::Organization),
                ("Rio Grande Valley", Kind::Place),
            ],
        );
        assert_eq!(
            got,
            vec![(
                "Catholic Charities of the Rio Grande Valley".into(),
                Kind::Organization
            )]
        );
    }

    #[test]
    fn a_first_name_before_a_persons_surnames_opens_the_name() {
        let got = rows(
            "They asked about Santiago Echeverría Paz, the prop. The words were those of Héctor \
             Daniel Saavedra, a leader. China's ambassador to Britain Liu Xiaming spoke. \
             Sailors saluted Commodore Lundyn Salisbury.",
            &[
                ("Santiago", Kind::Place),
                ("Echeverría Paz", Kind::Person),
                ("Daniel Saavedra", Kind::Person),
                ("Britain", Kind::Place),
                ("Liu Xiaming", Kind::Person),
                ("Lundyn Salisbury", Kind::Person),
            ],
        );
        for name in [
            "Santiago Echeverría Paz",
            "Héctor Daniel Saavedra",
            "Liu Xiaming",
            "Lundyn Salisbury",
        ] {
            assert!(
                got.contains(&(name.into(), Kind::Person)),
                "{name}: {got:?}"
            );
        }
        assert!(got.contains(&("Britain".into(), Kind::Place)), "{got:?}");
    }

    #[test]
    fn a_familys_name_is_a_persons_and_a_ward_a_place() {
        let got = rows(
            "For years the Trujillo family sold coffee. An Oakland family moved. Rita Duffy, a \
             councilor for the Calton ward, spoke.",
            &[
                ("Trujillo", Kind::Place),
                ("Oakland", Kind::Person),
                ("Rita Duffy", Kind::Person),
                ("Calton", Kind::Person),
            ],
        );
        for (name, kind) in [
            ("Trujillo", Kind::Person),
            ("Oakland", Kind::Place),
            ("Calton", Kind::Place),
        ] {
            assert!(got.contains(&(name.into(), kind)), "{name}: {got:?}");
        }
        // Each document on its own: one place word is enough to make the name a place.
        let got = rows(
            "Neighbors in nearby Calton agreed. Students at nearby Stanford University left.",
            &[
                ("Calton", Kind::Person),
                ("Stanford University", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Calton".into(), Kind::Place),
                ("Stanford University".into(), Kind::Organization)
            ]
        );
    }

    #[test]
    fn a_name_opening_with_a_spanish_article_after_in_or_at_is_a_place() {
        let got = rows(
            "In La Matanza, the district, prices rose. She spoke at La Moneda, the palace. At \
             El Chapo's trial he wept.",
            &[
                ("La Matanza", Kind::Person),
                ("La Moneda", Kind::Organization),
                ("El Chapo", Kind::Person),
            ],
        );
        assert!(got.contains(&("La Matanza".into(), Kind::Place)), "{got:?}");
        assert!(got.contains(&("La Moneda".into(), Kind::Place)), "{got:?}");
        assert!(got.contains(&("El Chapo".into(), Kind::Person)), "{got:?}");
    }

    #[test]
    fn spanish_numbered_roads_are_places() {
        let got = rows("Trucks blocked Ruta 3 and Calle 73 on Monday.", &[]);
        assert_eq!(
            got,
            vec![
                ("Ruta 3".into(), Kind::Place),
                ("Calle 73".into(), Kind::Place)
            ]
        );
    }

    #[test]
    fn a_particle_after_an_honorific_belongs_to_the_surname() {
        let got = rows("“No,” Mr. ap Dafydd said.", &[("Dafydd", Kind::Person)]);
        assert_eq!(got, vec![("ap Dafydd".into(), Kind::Person)]);
    }

    #[test]
    fn a_time_adverb_opening_a_sentence_is_no_first_name() {
        let got = rows("Later Áile Somby spoke.", &[("Áile Somby", Kind::Person)]);
        assert_eq!(got, vec![("Áile Somby".into(), Kind::Person)]);
    }

    #[test]
    fn a_settlements_name_after_its_noun_is_a_place() {
        let got = rows(
            "The rocket flew between Kourou and the village of Sinnamary. The City of London \
             Corporation met.",
            &[("Kourou", Kind::Place)],
        );
        assert!(got.contains(&("Sinnamary".into(), Kind::Place)), "{got:?}");
        assert!(!got.iter().any(|(n, _)| n == "London"), "{got:?}");
    }
}
