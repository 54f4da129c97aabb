//! Institutions named with "of", "for" or "on": "Organization of the Petroleum Exporting
//! Countries", "Institute for the Study of War", "Directors Guild of America", "High Court of
//! Hong Kong", "Chamber of Minerals and Energy of Western Australia". The tagger sees a few
//! words either side and cuts such names at the connecting word, naming the part after it
//! (often a place) on its own.

use super::context::{cap_word, is_stop_noun, on_a_street, replace_overlapped};
use super::entities::{Mention, Tagged};
use super::gazetteer as gz;
use super::Kind;

/// Nouns that head an institution's name and take an "of" part.
const HEADS: &[&str] = &[
    "academy",
    "administration",
    "agency",
    "alliance",
    "archdiocese",
    "assembly",
    "association",
    "authority",
    "bank",
    "board",
    "bureau",
    "center",
    "centre",
    "chamber",
    "charities",
    "church",
    "club",
    "clubs",
    "coalition",
    "college",
    "commission",
    "committee",
    "confederation",
    "conference",
    "congress",
    "corporation",
    "council",
    "court",
    "department",
    "diocese",
    "directorate",
    "federation",
    "forces",
    "foundation",
    "guild",
    "hospital",
    "institute",
    "institution",
    "league",
    "ministry",
    "movement",
    "museum",
    "office",
    "order",
    "organisation",
    "organization",
    "party",
    "port",
    "school",
    "secretariat",
    "service",
    "society",
    "staff",
    "tribunal",
    "union",
    "university",
];

/// `w` heads an institution's name ("Chamber", "Division").
pub(super) fn is_head(w: &str) -> bool {
    gz::in_list(HEADS, w)
}

/// Words that join the parts of such a name between capitalised words.
fn is_connector(w: &str) -> bool {
    matches!(w, "of" | "for" | "on" | "and" | "the" | "de" | "&" | "to")
}

/// Per token, the index of a mention in the list (that starts there, or covers it).
type MentionAt = Vec<Option<usize>>;

/// The longest such name holds at most this many tokens.
const MAX_LEN: usize = 14;

/// Each capitalised head followed by "of", "for" or "on" and a capitalised word makes one
/// organization of the capitalised words before it, itself, and what follows up to the first
/// word that is neither capitalised nor a connector between capitalised words. Mentions inside
/// are taken in, unless one is a person ("the Foundation for Ted Cruz" is not one name); an
/// "and" never joins a second mention ("the Bank of England and Barclays").
pub fn of_phrases(t: &Tagged, ms: &mut Vec<Mention>) {
    let n = t.tokens.len();
    // Mentions by their start and by each token they cover, made at the first candidate.
    let mut index: Option<(MentionAt, MentionAt)> = None;
    let mut found = Vec::new();
    let mut from = 0;
    for &h in &t.caps {
        if h < from || !matches!(t.tok(h + 1), "of" | "for" | "on") || !is_head(t.tok(h)) {
            continue;
        }
        // A listed place is no institution: "Port of Spain". ("University Park" is listed
        // too, and says nothing of "University of Hong Kong".)
        if t.info[h].flags & super::features::PLACE_B != 0 {
            let mut buf = [0u64; gz::MAX_PLACE_WORDS];
            if gz::place_match(t.lowers_into(&(h..n), &mut buf)) > 2 {
                continue;
            }
        }
        let mut f = h + 2;
        if matches!(t.tok(f), "the" | "a") {
            f += 1;
        }
        if !cap_word(t, f) || t.tokens[h + 1..=f].iter().any(|x| x.line_start) {
            continue;
        }
        let (start_at, cover) = index.get_or_insert_with(|| {
            let mut start_at = vec![None; n + 1];
            let mut cover = vec![None; n + 1];
            for (k, m) in ms.iter().enumerate() {
                start_at[m.toks.start] = Some(k);
                for i in m.toks.clone() {
                    cover[i] = Some(k);
                }
            }
            (start_at, cover)
        });
        // "the city council on Wood Quay": a body's name takes no place after "on".
        if t.tok(h + 1) == "on"
            && (start_at[f].is_some_and(|k| ms[k].kind == Kind::Place) || on_a_street(t, h + 1))
        {
            continue;
        }
        // The start: the mention holding the head, or the capitalised words before it.
        let s = match cover[h] {
            Some(k) if ms[k].kind == Kind::Person => continue,
            Some(k) => ms[k].toks.start,
            None => {
                let mut s = h;
                while s > 0
                    && cap_word(t, s - 1)
                    && cover[s - 1].is_none()
                    && t.info[s - 1].flags & (gz::STOP | super::features::SENT_START) == 0
                    && !t.tokens[s].line_start
                {
                    s -= 1;
                }
                s
            }
        };
        // The end: capitalised words, whole mentions, and connectors between them.
        let mut e = f;
        let mut person = false;
        // A list of fields was taken: its "and" joins the last field, a mention or not.
        let mut fields = false;
        loop {
            // Nor into the next sentence ("… on Avenue A. Nurses gave shots").
            if e - s > MAX_LEN
                || e >= n
                || t.tokens[e].line_start
                || (e > f && t.info[e].flags & super::features::SENT_START != 0)
            {
                break;
            }
            if let Some(k) = start_at[e] {
                person |= ms[k].kind == Kind::Person;
                e = ms[k].toks.end;
            } else if cap_word(t, e)
                && t.info[e].flags & gz::TIME == 0
                && (t.info[e].flags & gz::TITLE == 0 || (e == f && t.tok(h + 1) == "of"))
            {
                // Not an office after the name: "Bank of England Governor"; but an office's
                // word right after "of" is the field ("Court of Justice").
                e += 1;
            } else if fields && t.tok(e) == "and" {
                e = the_after(t, e + 1);
                fields = false;
            } else if is_connector(t.tok(e)) {
                // A connector joins only when a capitalised word comes after it (after
                // "of the" as well); "and" or "to" never before a mention of its own.
                let mut g = e + 1;
                if t.tok(g) == "the" && matches!(t.tok(e), "of" | "for" | "on") {
                    g += 1;
                }
                // A government office's second field may be a mention of its own to the
                // tagger: "Department of Civil Protection and Emergency Management".
                let own_mention =
                    start_at[g].is_some_and(|k| !(is_office_head(t.tok(h)) && is_field(t, &ms[k])));
                let ok = cap_word(t, g)
                    && !t.tokens[e + 1..=g].iter().any(|x| x.line_start)
                    && !(matches!(t.tok(e), "and" | "to") && own_mention);
                if !ok {
                    break;
                }
                e = g;
            } else if t.tok(e) == "," && listed_fields(t, ms, e, start_at, is_office_head(t.tok(h)))
            {
                // "Ministry of Trade, Industry and Energy".
                e += 1;
                fields = true;
            } else if t.tokens[e].kind == super::tokenize::TokenKind::Number
                && matches!(
                    t.tok(e - 1),
                    "Lodge" | "Local" | "District" | "Chapter" | "Post" | "No."
                )
            {
                // "Fraternal Order of Police Lodge 7", "UAW Local 600", "Lodge No. 9".
                e += 1;
                break;
            } else {
                break;
            }
        }
        // The head's own mention may reach past the point the walk began, and is not cut.
        let own_end = cover[h].map_or(f, |k| ms[k].toks.end);
        e = e.max(own_end);
        // The walk stops on a connector with no capitalised word after it, or before an
        // office: "Church of Our" before "Lady". Neither ends a name.
        // "Local Government" does end one: a noun among the stop words is a name's word.
        while e > f.max(own_end)
            && (is_connector(t.tok(e - 1))
                || t.tok(e - 1) == ","
                || (t.info[e - 1].flags & gz::STOP != 0 && !is_stop_noun(t.tok(e - 1))))
        {
            e -= 1;
        }
        if person || e - s > MAX_LEN || e <= f {
            continue;
        }
        found.push(t.mention(s..e, Kind::Organization));
        from = e;
    }
    replace_overlapped(t, ms, found);
}

/// Heads of government offices and committees, whose names list fields ("Ministry of
/// Agriculture and Rural Development", "Committee on Health, Education, Labor and Pensions").
fn is_office_head(w: &str) -> bool {
    matches!(
        w,
        "Department"
            | "Ministry"
            | "Office"
            | "Agency"
            | "Bureau"
            | "Directorate"
            | "Secretariat"
            | "Committee"
            | "Subcommittee"
    )
}

/// "Office of Flood Preparedness" and "Emergency Management": a government office and a
/// second field of its own, one name.
pub(super) fn office_and_field(
    t: &Tagged,
    left: &std::ops::Range<usize>,
    right: &std::ops::Range<usize>,
) -> bool {
    left.len() >= 3
        && is_office_head(t.tok(left.start))
        && t.tok(left.start + 1) == "of"
        && is_field(t, &t.mention(right.clone(), Kind::Organization))
}

/// A field's name the tagger read as a body's: a few capitalised words with no organization's
/// word, not a listed organization ("Emergency Management", not "Foreign Office" or
/// "Barclays").
fn is_field(t: &Tagged, m: &Mention) -> bool {
    // Words that end bodies' names but also name an office's field ("Emergency Management",
    // "Consumer Affairs").
    const FIELDS: &[&str] = &[
        "affairs",
        "development",
        "energy",
        "management",
        "planning",
        "protection",
        "resources",
        "safety",
        "security",
        "services",
        "welfare",
    ];
    m.kind == Kind::Organization
        && m.toks.len() <= 3
        && m.toks.clone().all(|i| {
            cap_word(t, i) && (t.info[i].flags & gz::ORG_WORD == 0 || gz::in_list(FIELDS, t.tok(i)))
        })
        && !gz::is_listed_org(&t.lowers(&m.toks))
}

/// After the comma at `c`, more fields of the same office, the last after "and", not names of
/// their own: ", Industry and Energy" but not ", Barclays and HSBC". A government office's
/// last field may be a mention of its own to the tagger (", Culture and Creative Arts").
fn listed_fields(
    t: &Tagged,
    ms: &[Mention],
    c: usize,
    start_at: &[Option<usize>],
    office: bool,
) -> bool {
    // The tagger may have named the last fields: "Environment and Water".
    let last_fields = |j: usize| {
        start_at[j].is_some_and(|k| {
            ms[k].kind == Kind::Organization && ms[k].toks.clone().any(|i| t.tok(i) == "and")
        })
    };
    // A field the tagger named alone is one of an office's fields.
    let field = |j: usize| start_at[j].filter(|&k| office && is_field(t, &ms[k]));
    // "Ministry of Land, Infrastructure, Transport and Tourism": more fields, each after a
    // comma, before the last.
    // "Climate Change, Energy, the Environment and Water": a government office's field may
    // take "the"; after another body's name, "the" opens the next name ("the NAACP, the
    // American Civil Liberties Union and Fair Fight").
    let skip_the = |i: usize| if office { the_after(t, i) } else { i };
    let mut j = skip_the(c + 1);
    loop {
        let from = j;
        if last_fields(j) {
            return true;
        }
        while cap_word(t, j) && !t.tokens[j].line_start {
            match (start_at[j], field(j)) {
                (None, _) => j += 1,
                (Some(_), Some(k)) if !ms[k].toks.clone().any(|i| t.tok(i) == "and") => {
                    j = ms[k].toks.end
                }
                _ => break,
            }
        }
        let next = skip_the(j + 1);
        if j == from || t.tok(j) != "," || !cap_word(t, next) || j - c > 12 {
            break;
        }
        j = next;
    }
    let last = skip_the(j + 1);
    j > c + 1
        && t.tok(j) == "and"
        && cap_word(t, last)
        && (start_at[last].is_none() || field(last).is_some())
}

/// The token after an optional "the" at `i`.
fn the_after(t: &Tagged, i: usize) -> usize {
    if t.tok(i) == "the" {
        i + 1
    } else {
        i
    }
}

/// A university's campus is part of its name: "University of Texas at Austin", "University of
/// California, San Francisco", "Washington University in St. Louis". Another place after a
/// university ("Harvard University in Cambridge") stays a place of its own.
pub fn campuses(t: &Tagged, ms: &mut Vec<Mention>) {
    const UC: &[&str] = &[
        "Berkeley",
        "Davis",
        "Irvine",
        "Los Angeles",
        "Merced",
        "Riverside",
        "San Diego",
        "San Francisco",
        "Santa Barbara",
        "Santa Cruz",
    ];
    let mut found = Vec::new();
    for m in ms.iter().filter(|m| m.kind == Kind::Organization) {
        let (s, e) = (m.toks.start, m.toks.end);
        let words = |r: std::ops::Range<usize>| t.text.get(t.span(&r).start..t.span(&r).end);
        let name = words(s..e).unwrap_or("");
        if !name.contains("University") {
            continue;
        }
        // The campus: capitalised words from `c`, on the same line.
        let run = |c: usize| {
            let mut j = c;
            while cap_word(t, j) && !t.tokens[j].line_start && j - c < 3 {
                j += 1;
            }
            j
        };
        let end = match t.tok(e) {
            "at" if name.starts_with("University of") => Some(run(e + 1)),
            "in" if name == "Washington University" => Some(run(e + 1)),
            "," if name == "University of California" => {
                let j = run(e + 1);
                words(e + 1..j).filter(|w| UC.contains(w)).map(|_| j)
            }
            _ => None,
        };
        if let Some(j) = end.filter(|&j| j > e + 1 && t.info[e + 1].flags & gz::TIME == 0) {
            found.push(t.mention(s..j, Kind::Organization));
        }
    }
    replace_overlapped(t, ms, found);
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::rows;
    use crate::extract::Kind::{Organization as O, Person as P, Place as L};

    #[test]
    fn an_office_list_of_fields_may_hold_the_and_end_in_government() {
        let got = rows(
            "The Department of Climate Change, Energy, the Environment and Water said so. The \
             Ministry of Housing, Communities and Local Government agreed. Leaders of the Ohio \
             Conference of the NAACP, the Sierra Club and Fair Fight met.",
            &[
                ("Department of Climate Change", O),
                ("Energy", O),
                ("Environment and Water", O),
                ("Ministry of Housing", O),
                ("Communities and Local Government", O),
                ("Ohio Conference", O),
                ("NAACP", O),
                ("Sierra Club and Fair Fight", O),
            ],
        );
        assert_eq!(
            got,
            vec![
                (
                    "Department of Climate Change, Energy, the Environment and Water".into(),
                    O
                ),
                (
                    "Ministry of Housing, Communities and Local Government".into(),
                    O
                ),
                ("Ohio Conference of the NAACP".into(), O),
                ("Sierra Club".into(), O),
                ("Fair Fight".into(), O),
            ]
        );
    }

    #[test]
    fn an_institution_runs_on_through_its_of_part() {
        let text = "The Organization of the Petroleum Exporting Countries met. A petition was \
                    filed in the High Court of Hong Kong. The Directors Guild of America agreed \
                    with the Institute for the Study of War. South Korea's Ministry of Trade, \
                    Industry and Energy and the Fraternal Order of Police Lodge 7 agreed. So \
                    did the Fraternal Order of Police Capital City Lodge No. 9.";
        let got = rows(
            text,
            &[
                ("Petroleum Exporting Countries", O),
                ("High Court", O),
                ("Hong Kong", L),
                ("America", L),
                ("South Korea", L),
            ],
        );
        assert_eq!(
            got,
            vec![
                (
                    "Organization of the Petroleum Exporting Countries".into(),
                    O
                ),
                ("High Court of Hong Kong".into(), O),
                ("Directors Guild of America".into(), O),
                ("Institute for the Study of War".into(), O),
                ("South Korea".into(), L),
                ("Ministry of Trade, Industry and Energy".into(), O),
                ("Fraternal Order of Police Lodge 7".into(), O),
                (
                    "Fraternal Order of Police Capital City Lodge No. 9".into(),
                    O
                ),
            ]
        );
    }

    #[test]
    fn a_port_authority_but_not_a_listed_place() {
        let got = rows(
            "The Port of Tacoma reopened. She flew to Port of Spain. The Diocese of Albany \
             and the Court of Justice of the European Union agreed.",
            &[
                ("Port", L),
                ("Tacoma", L),
                ("Port of Spain", L),
                ("Albany", L),
                ("Court of Justice", O),
                ("European Union", O),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Port of Tacoma".into(), O),
                ("Port of Spain".into(), L),
                ("Diocese of Albany".into(), O),
                ("Court of Justice of the European Union".into(), O)
            ]
        );
    }

    #[test]
    fn an_offices_second_field_is_part_of_its_name() {
        let got = rows(
            "The Ministry of Deregulation and State Transformation said so. The Bank of England \
             and Barclays agreed. The Office of Flood Preparedness and Emergency Management \
             spoke.",
            &[
                ("Ministry of Deregulation", O),
                ("State Transformation", O),
                ("Bank of England", O),
                ("Barclays", O),
                ("Office of Flood Preparedness", O),
                ("Emergency Management", O),
            ],
        );
        assert_eq!(
            got,
            vec![
                (
                    "Ministry of Deregulation and State Transformation".into(),
                    O
                ),
                ("Bank of England".into(), O),
                ("Barclays".into(), O),
                (
                    "Office of Flood Preparedness and Emergency Management".into(),
                    O
                ),
            ]
        );
    }

    #[test]
    fn an_offices_listed_fields_take_a_last_field_the_tagger_named() {
        let got = rows(
            "The Ministry of Lakes, Forests and Mountain Trails said so. The Bank of Ruritania, \
             Acme and Globex Holdings agreed.",
            &[
                ("Ministry of Lakes", O),
                ("Mountain Trails", O),
                ("Bank of Ruritania", O),
                ("Globex Holdings", O),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Ministry of Lakes, Forests and Mountain Trails".into(), O),
                ("Bank of Ruritania".into(), O),
                ("Globex Holdings".into(), O),
            ]
        );
    }

    #[test]
    fn a_body_takes_no_place_after_on() {
        let got = rows(
            "The Brackley Town Council on Mill Lane voted. The Council on Foreign Trade agreed.",
            &[
                ("Brackley Town Council", O),
                ("Mill Lane", L),
                ("Council", O),
                ("Foreign Trade", O),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Brackley Town Council".into(), O),
                ("Mill Lane".into(), L),
                ("Council on Foreign Trade".into(), O),
            ]
        );
    }

    #[test]
    fn an_offices_fields_may_be_several_after_commas() {
        let got = rows(
            "The Ministry of Lakes, Forests, Roads and Mountain Trails said so.",
            &[
                ("Ministry of Lakes", O),
                ("Forests", O),
                ("Roads and Mountain Trails", O),
            ],
        );
        assert_eq!(
            got,
            vec![(
                "Ministry of Lakes, Forests, Roads and Mountain Trails".into(),
                O
            )]
        );
    }

    #[test]
    fn a_committees_fields_may_be_several_after_commas() {
        let got = rows(
            "The Senate Committee on Farms, Forests, Labor and Fisheries met.",
            &[("Senate Committee on Farms", O), ("Fisheries", O)],
        );
        assert_eq!(
            got,
            vec![(
                "Senate Committee on Farms, Forests, Labor and Fisheries".into(),
                O
            )]
        );
    }

    #[test]
    fn a_head_that_opens_a_listed_place_still_takes_its_of_part() {
        // "University Park" and "University Place" are listed places.
        let got = rows(
            "She spoke for the Chinese University of Hong Kong. He teaches at the University \
             of Missouri-Kansas City now.",
            &[("Hong Kong", L), ("University of Missouri-Kansas City", O)],
        );
        assert_eq!(
            got,
            vec![
                ("Chinese University of Hong Kong".into(), O),
                ("University of Missouri-Kansas City".into(), O),
            ]
        );
    }

    #[test]
    fn a_universitys_campus_is_part_of_its_name() {
        let text = "She works at the University of California, San Francisco, and at \
                    Washington University in St. Louis, not the University of Texas at Austin \
                    or Harvard University in Cambridge.";
        let got = rows(
            text,
            &[
                ("University of California", O),
                ("San Francisco", L),
                ("Washington University", O),
                ("St. Louis", L),
                ("University of Texas", O),
                ("Austin", L),
                ("Harvard University", O),
                ("Cambridge", L),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("University of California, San Francisco".into(), O),
                ("Washington University in St. Louis".into(), O),
                ("University of Texas at Austin".into(), O),
                ("Harvard University".into(), O),
                ("Cambridge".into(), L),
            ]
        );
    }

    #[test]
    fn an_and_or_a_person_ends_it() {
        let text = "The Bank of England and Barclays agreed. He spoke at the Chamber of \
                    Minerals and Energy of Western Australia on Monday. The Foundation for Ted \
                    Cruz paid.";
        let got = rows(
            text,
            &[
                ("Bank of England", O),
                ("Barclays", O),
                ("Minerals and Energy of Western Australia", O),
                ("Ted Cruz", P),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Bank of England".into(), O),
                ("Barclays".into(), O),
                (
                    "Chamber of Minerals and Energy of Western Australia".into(),
                    O
                ),
                ("Ted Cruz".into(), P),
            ]
        );
    }
}
