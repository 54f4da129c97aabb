//! Sports teams. A nickname ("Wild", "Lightning", "Spurs") is a common word or a place to the
//! tagger, and a team's city before it ("Minnesota Wild") reads as a place. Where the text is
//! about sport, the listed teams (`assets/gazetteer/teams.txt`) are organizations, with the
//! place that opens their name.

use super::context::{cap_run_start, cap_word, is_team_context, replace_overlapped};
use super::entities::{mention_spans, reaches_outside, Mention, Tagged};
use super::features::{PLACE_B, PLACE_I};
use super::gazetteer::{self as gz};
use super::Kind;
use std::ops::Range;

/// Listed teams written as listed (capitalised), in text order.
fn listed_teams(t: &Tagged) -> Vec<(Range<usize>, u64)> {
    let n = t.tokens.len();
    let mut found = Vec::new();
    let mut i = 0;
    while i < n {
        if !cap_word(t, i) || !gz::is_team_first(t.info[i].lower) {
            i += 1;
            continue;
        }
        let mut buf = [0u64; gz::MAX_ORG_WORDS];
        match gz::team_match(t.lowers_into(&(i..n), &mut buf)) {
            Some(m) if gz::cased_hash((i..i + m.words).map(|j| t.tok(j))) == m.cased => {
                found.push((i..i + m.words, m.cased));
                i += m.words;
            }
            _ => i += 1,
        }
    }
    found
}

/// The start of a listed place that ends right before `start` ("New York" before
/// "Islanders"), if there is one.
fn place_before(t: &Tagged, start: usize) -> Option<usize> {
    let mut s = start;
    while s > 0 && cap_word(t, s - 1) {
        let f = t.info[s - 1].flags;
        if f & (PLACE_B | PLACE_I) == 0 {
            break;
        }
        s -= 1;
        if f & PLACE_B != 0 {
            return Some(s);
        }
    }
    None
}

/// Sport is the subject when two different listed teams are named, or one with its place
/// ("Minnesota Wild"), record or player's position. Then each listed team is an
/// organization, unless a longer name the tagger found holds it ("Tottenham Hotspur
/// Stadium").
pub fn teams(t: &Tagged, ms: &mut Vec<Mention>) {
    let found = listed_teams(t);
    let Some((_, first)) = found.first() else {
        return;
    };
    let named: Vec<(Range<usize>, Option<usize>)> = found
        .iter()
        .map(|(r, _)| (r.clone(), place_before(t, r.start)))
        .collect();
    let sport = found.iter().any(|(_, c)| c != first)
        || named
            .iter()
            .any(|(r, place)| place.is_some() || is_team_context(t, r.end));
    if !sport {
        return;
    }
    let at = mention_spans(t, ms);
    let mut teams = Vec::with_capacity(named.len());
    // "Villa" for "Aston Villa": the last word of a team of two words or more, unless it is
    // a place's name too.
    let mut short: Vec<u64> = Vec::new();
    for (r, place) in named {
        // "fans in Northern Kentucky": a team named for its region, as the region.
        let region = place.is_none()
            && r.start > 0
            && t.tok(r.start - 1) == "in"
            && !t.is_possessive(r.end)
            && r.clone()
                .any(|i| t.info[i].flags & (PLACE_B | PLACE_I) != 0);
        if region {
            continue;
        }
        let whole = place.unwrap_or(r.start)..r.end;
        if r.len() >= 2 && t.info[r.end - 1].flags & PLACE_B == 0 {
            short.push(t.info[r.end - 1].lower);
        }
        if !reaches_outside(&at, &r, &whole) {
            teams.push(t.mention(whole, Kind::Organization));
        }
    }
    replace_overlapped(t, ms, teams);
    for m in ms.iter_mut() {
        if m.toks.len() == 1 && short.contains(&t.info[m.toks.start].lower) {
            m.kind = Kind::Organization;
        }
    }
}

/// "San Diego FC", "Inter Miami CF", "FC Cincinnati": a club's letters make the capitalised
/// run beside them one club, which the tagger often reads as a place and a stray "FC".
pub fn club_letters(t: &Tagged, ms: &mut Vec<Mention>) {
    const AFTER: &[&str] = &["FC", "F.C.", "CF", "AFC", "A.F.C."];
    let run_ok = |i: usize| cap_word(t, i) && t.info[i].flags & gz::STOP == 0;
    let mut found = Vec::new();
    for &i in &t.caps {
        let w = t.tok(i);
        if !w.starts_with(['F', 'C', 'A']) {
            continue;
        }
        let r = if AFTER.contains(&w) && i > 0 && run_ok(i - 1) && !t.tokens[i].line_start {
            cap_run_start(t, i)..i + 1
        } else if w == "FC" && run_ok(i + 1) && !t.tokens[i + 1].line_start {
            let mut e = i + 1;
            while run_ok(e + 1) && !t.tokens[e + 1].line_start {
                e += 1;
            }
            i..e + 1
        } else {
            continue;
        };
        found.push(t.mention(r, Kind::Organization));
    }
    replace_overlapped(t, ms, found);
}

#[cfg(test)]
mod tests {
    use super::super::testing::rows;
    use super::*;

    #[test]
    fn listed_teams_are_organizations_where_the_text_is_about_sport() {
        let text = "The Wild beat the Sabres. Zach Parise scored for Minnesota Wild fans.";
        let got = rows(
            text,
            &[
                ("Wild", Kind::Place),
                ("Sabres", Kind::Person),
                ("Minnesota", Kind::Place),
                ("Zach Parise", Kind::Person),
            ],
        );
        let want = |n: &str| got.iter().any(|(x, k)| x == n && *k == Kind::Organization);
        assert!(want("Minnesota Wild") && want("Sabres"), "{got:?}");
        assert!(!got.iter().any(|(x, _)| x == "Minnesota"), "{got:?}");
        // A team named for its region, after "in", is the region.
        let text = "The Bengals beat the Browns. Fans in Northern Kentucky cheered.";
        let got = rows(
            text,
            &[
                ("Bengals", Kind::Person),
                ("Browns", Kind::Person),
                ("Northern Kentucky", Kind::Place),
            ],
        );
        assert!(
            got.contains(&("Northern Kentucky".into(), Kind::Place)),
            "{got:?}"
        );
    }

    #[test]
    fn a_teams_last_word_alone_is_the_team() {
        let got = rows(
            "Aston Villa beat the Sabres at home. The win gave Villa a lift.",
            &[("Aston Villa", Kind::Organization), ("Villa", Kind::Place)],
        );
        // One row: the short name is the team's.
        assert_eq!(
            got,
            vec![
                ("Aston Villa".into(), Kind::Organization),
                ("Sabres".into(), Kind::Organization),
            ]
        );
    }

    #[test]
    fn a_clubs_letters_join_its_name() {
        let text = "San Diego FC beat FC Cincinnati and Inter Miami CF. FC Dallas lost.";
        let got = rows(
            text,
            &[
                ("San Diego", Kind::Place),
                ("FC", Kind::Organization),
                ("Cincinnati", Kind::Place),
                ("Inter Miami", Kind::Place),
                ("Dallas", Kind::Place),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("San Diego FC".into(), Kind::Organization),
                ("FC Cincinnati".into(), Kind::Organization),
                ("Inter Miami CF".into(), Kind::Organization),
                ("FC Dallas".into(), Kind::Organization),
            ]
        );
    }

    #[test]
    fn one_nickname_alone_is_left_to_the_tagger() {
        let got = rows(
            "The Senators voted on Tuesday in Washington.",
            &[("Washington", Kind::Place)],
        );
        assert!(!got.iter().any(|(x, _)| x == "Senators"), "{got:?}");
    }

    #[test]
    fn a_longer_name_holding_a_team_keeps_its_words() {
        let text = "Spurs and Chelsea met at Tottenham Hotspur Stadium.";
        let got = rows(text, &[("Tottenham Hotspur Stadium", Kind::Place)]);
        assert!(
            got.iter().any(|(x, _)| x == "Tottenham Hotspur Stadium"),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|(x, k)| x == "Chelsea" && *k == Kind::Organization),
            "{got:?}"
        );
    }
}
