//! Speaker phrases at a cue: the noun phrase before a reporting verb ("the first official said")
//! or after it ("said Sen. Ted Cruz"), read from tokens without a parser.

use super::doc::Doc;
use super::lexicon as lx;
use super::text::is_capitalized;
use crate::extract::gazetteer as gz;
use crate::extract::names::is_first_name;
use crate::extract::titles::is_member;
use crate::extract::Span;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NpKind {
    /// Lower-cased personal pronoun.
    Pronoun(String),
    /// A proper name; `Np::core` is the name without titles.
    Name,
    /// A common-noun phrase: "the first official", "a spokesman for the company", "the report".
    Nominal {
        head: String,
        det: Option<String>,
        ordinal: Option<usize>,
        plural: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Np {
    pub kind: NpKind,
    /// The phrase as written (determiner and titles included).
    pub full: Span,
    /// Token range of `full`.
    pub toks: (usize, usize),
    /// For names: the name without titles, determiner or possessive. Otherwise the head phrase
    /// without its determiner.
    pub core: Span,
}

fn is_name_word(d: &Doc, i: usize) -> bool {
    let w = d.word(i);
    !w.is_empty() && (is_capitalized(w) || w.starts_with("al-") || w.starts_with("el-"))
}

/// Strip clause openers and calendar words from the front of a capitalised run.
fn trim_run_front(d: &Doc, mut a: usize, b: usize) -> usize {
    while a < b {
        let w = d.word(a);
        if lx::is_capitalized_function_word(w)
            || lx::is_calendar_word(w)
            || lx::is_determiner(w)
            || lx::is_name_particle(w)
        {
            a += 1;
        } else {
            break;
        }
    }
    a
}

/// Token `i`'s word, lowered and hashed as the gazetteer asks.
fn hashed(d: &Doc, i: usize) -> u64 {
    gz::hash_lower(d.word(i))
}

/// Whether tokens `[a, b)` are a listed place.
fn listed_place(d: &Doc, a: usize, b: usize) -> bool {
    gz::is_listed_place(&(a..b).map(|i| hashed(d, i)).collect::<Vec<_>>())
}

/// The name inside a capitalised run with person titles removed ("Army Gen. Curtis Scaparrotti"
/// → "Curtis Scaparrotti"), as a token range.
pub fn strip_titles(d: &Doc, a: usize, b: usize) -> (usize, usize) {
    // A person title among the first few words, after title words or a place ("Army Gen.",
    // "Defense Secretary", "Indiana Gov.", "Texas Sen.").
    // An office's field may take several words ("Environment and Climate Change Minister
    // Marina Silva"): a longer run before the title is stripped when a first name follows it.
    let Some(t) = (a..b.min(a + 6)).find(|&i| lx::is_person_title(d.word(i))) else {
        return (a, b);
    };
    let places = (a..t).filter(|&i| !lx::is_title_prefix(d.word(i))).count();
    let named = t + 1 < b && is_first_name(d.word(t + 1));
    if places > 1 && !(named && t >= a + 4) {
        return (a, b);
    }
    let mut i = t + 1;
    while i + 1 < b && (lx::is_person_title(d.word(i)) || lx::is_title_prefix(d.word(i))) {
        i += 1;
    }
    if i < b {
        (i, b)
    } else {
        (a, b)
    }
}

/// The possessive ending a word ("Faber’s", "Jones'"), if it has one and more before it.
pub fn possessive_suffix(w: &str) -> Option<&'static str> {
    ["’s", "'s", "’", "'"]
        .into_iter()
        .find(|suffix| w.len() > suffix.len() && w.ends_with(suffix))
}

pub fn name_core(d: &Doc, a: usize, b: usize) -> Span {
    let (x, y) = strip_titles(d, a, b);
    let mut s = d.toks_span(x, y);
    if let Some(suffix) = possessive_suffix(d.span_text(s)) {
        s.end -= suffix.len();
    }
    s
}

/// Classify tokens `[a, b)` as a speaker phrase.
pub fn classify(d: &Doc, a: usize, b: usize) -> Option<Np> {
    if a >= b || b > d.toks.len() {
        return None;
    }
    let full = d.toks_span(a, b);
    if b - a == 1 && lx::is_pronoun(d.word(a)) {
        return Some(Np {
            kind: NpKind::Pronoun(d.word(a).to_lowercase()),
            full,
            toks: (a, b),
            core: full,
        });
    }
    // "Sarah Jones MP" is her name and a member's title after it; "the Labour MP" and "the
    // Dublin Bay North TD" are a role (a party's or a seat's member), no name.
    let member = b - a >= 2 && is_member(d.word(b - 1));
    if member {
        let s = (a..b - 1).find(|&i| is_name_word(d, i));
        // A seat's name may open with a city's that is also a first name ("Dublin").
        let seat = |s: usize| listed_place(d, s, b - 1) || gz::is_major_place(&[hashed(d, s)]);
        if s.is_some_and(|s| s + 2 < b && is_first_name(d.word(s)) && !seat(s)) {
            let np = classify(d, a, b - 1)?;
            return Some(Np {
                full,
                toks: (a, b),
                ..np
            });
        }
    }
    // A name when the phrase ends in a capitalised run.
    if is_name_word(d, b - 1) && !member {
        let mut s = b - 1;
        // "of the" inside the run too: "John Smith of the NAACP", "Department of the Interior".
        let of_the = |s: usize| {
            s >= a + 3 && d.word(s - 1) == "the" && d.word(s - 2) == "of" && is_name_word(d, s - 3)
        };
        while s > a && (is_name_word(d, s - 1) || lx::is_name_particle(d.word(s - 1)) || of_the(s))
        {
            s -= 1;
        }
        let s = trim_run_front(d, s, b);
        // "The Mayor of Galway", "the Governor of Texas": an office of a place, no name (the
        // name is in the apposition after it, if anywhere).
        let office_of_place = s + 2 < b
            && lx::is_person_title(d.word(s))
            && matches!(d.word(s + 1), "of" | "for")
            && listed_place(d, s + 2, b);
        // "Ted Cruz of Texas": a person's name ends before "of"; "Department of State" does not.
        let (ts, _) = strip_titles(d, s, b);
        let of = (s..b).find(|&i| d.word(i) == "of");
        // A title, or a first name among the words before "of": "Cllr Siobhán Nagle of the
        // Green Party".
        let person = ts > s || (ts..of.unwrap_or(b)).any(|i| is_first_name(d.word(i)));
        let b = match of {
            Some(i) if person && i > ts => i,
            _ => b,
        };
        if s < b && !lx::is_pronoun(d.word(s)) && !office_of_place {
            // "a spokesman for the Pentagon" is headed by "spokesman"; "the Pentagon" and
            // "White House spokesman Josh Earnest" are names.
            let complement =
                (a..s).any(|i| matches!(d.word(i), "of" | "for" | "at" | "with" | "from" | "in"));
            if !complement {
                return Some(Np {
                    kind: NpKind::Name,
                    full,
                    toks: (a, b),
                    core: name_core(d, s, b),
                });
            }
        }
    }
    // "Sen. Andrés Felipe Garzón of the Democratic Center party": a person's name (after a
    // title, or opening with a first name), then what the person belongs to.
    let (ts, _) = strip_titles(d, a, b);
    let e = (ts..b).find(|&i| !is_name_word(d, i)).unwrap_or(b);
    if e > ts && e < b && d.word(e) == "of" && (ts > a || is_first_name(d.word(ts))) {
        return Some(Np {
            kind: NpKind::Name,
            full,
            toks: (a, e),
            core: name_core(d, ts, e),
        });
    }
    // A common-noun phrase: the head is the last word before any "of"/"for" complement.
    let mut head_end = b;
    for i in a..b {
        if matches!(d.word(i), "of" | "for" | "at" | "with" | "from" | "in") && i > a {
            head_end = i;
            break;
        }
    }
    let head_i = head_end - 1;
    let head = d.word(head_i);
    if head.is_empty() || lx::is_determiner(head) || lx::is_pronoun(head) {
        return None;
    }
    let det = (lx::is_determiner(d.word(a))).then(|| d.word(a).to_lowercase());
    let ordinal = (a..head_i).find_map(|i| lx::ordinal_index(d.word(i)));
    let lower_head = head.to_lowercase();
    let plural = lx::is_group_noun(head)
        || (lower_head.ends_with('s')
            && !lower_head.ends_with("ss")
            && !lower_head.ends_with("us")
            && !lx::is_anonymous_noun(head)
            && !lx::is_org_noun(head)
            && !lx::is_document_noun(head)
            && !lx::is_role_noun(head)
            && !matches!(
                det.as_deref(),
                Some("a" | "an" | "one" | "this" | "that" | "another")
            ));
    let core_start = if det.is_some() { a + 1 } else { a };
    Some(Np {
        kind: NpKind::Nominal {
            head: lower_head,
            det,
            ordinal,
            plural,
        },
        full,
        toks: (a, b),
        core: d.toks_span(core_start.min(head_end - 1), b),
    })
}

/// The speaker phrase ending just before token `v` (a reporting verb), not reaching below `lo`.
/// Skips adverbs ("also", "has") and an appositive between commas ("Smith, the CEO, said").
pub fn np_before(d: &Doc, lo: usize, v: usize) -> Option<Np> {
    let mut j = v;
    loop {
        while j > lo && !d.word(j - 1).is_empty() && lx::is_adverb(d.word(j - 1)) {
            j -= 1;
        }
        // "Amnesty International on Sunday urged": a day between the speaker and the verb.
        if j >= lo + 2 && d.word(j - 2) == "on" && lx::is_calendar_word(d.word(j - 1)) {
            j -= 2;
            continue;
        }
        break;
    }
    if j <= lo {
        return None;
    }
    // "Honorine Mbuyi-Kasongo, who told reporters": the relative pronoun's antecedent, the
    // name before its apposition ("Sen. Elizabeth Warren, a Massachusetts Democrat, who
    // said", "Irungu Houghton, executive director of Amnesty International Kenya, who said").
    if j >= lo + 3 && d.word(j - 1) == "who" && d.punct(j - 2) == "," {
        let np = np_before(d, lo, j - 2)?;
        let s = np.toks.0;
        let apposed =
            (s >= lo + 2 && matches!(d.word(s - 1), "a" | "an" | "the")) || after_preposition(d, s);
        if apposed {
            if let Some(name) = name_before_role(d, lo, s) {
                return Some(name);
            }
        }
        return Some(np);
    }
    // "Rep. Keith Ellison (D-Minn.) said": pass over a short parenthesis.
    if d.punct(j - 1) == ")" {
        let open = (lo..j - 1).rev().take(10).find(|&k| d.punct(k) == "(")?;
        j = open;
        if j <= lo {
            return None;
        }
    }
    let mut appositive = None;
    if d.punct(j - 1) == "," {
        // The appositive may hold commas of its own ("Cynthia Thompson, curator at the
        // University of Arkansas, Fayetteville, said"): take the nearest comma that starts a
        // plausible appositive.
        let commas: Vec<usize> = (lo..j - 1)
            .rev()
            .take(30)
            .filter(|&k| d.punct(k) == "," || d.punct(k) == "—")
            .take(3)
            .collect();
        let k = commas
            .iter()
            .copied()
            .find(|&k| appositive_start(d, k + 1, j - 1))
            .or_else(|| commas.first().copied())?;
        appositive = Some((k + 1, j - 1));
        j = k;
        // "Judge Corinne Vasquez-Hale, 52, who has served …, told": an age before the clause.
        let age = |w: &str| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
        if j >= lo + 3 && d.punct(j - 2) == "," && age(d.word(j - 1)) {
            j -= 2;
        }
        if j <= lo {
            return None;
        }
    }
    if d.quoted(j - 1) {
        return None;
    }
    let end = j;
    let last = d.word(end - 1);
    if last.is_empty() {
        return None;
    }
    let np = if lx::is_pronoun(last) {
        classify(d, end - 1, end)
    } else if is_name_word(d, end - 1) {
        let mut k = end - 1;
        loop {
            if k <= lo || d.quoted(k - 1) {
                break;
            }
            if is_name_word(d, k - 1) {
                k -= 1;
                continue;
            }
            // Particles between name words, one or several: "Mark van den Oever".
            let mut p = k;
            while p > lo && p + 3 > k && lx::is_name_particle(d.word(p - 1)) {
                p -= 1;
            }
            if p < k && p > lo && !d.quoted(p - 1) && is_name_word(d, p - 1) {
                k = p;
                continue;
            }
            // "of the" between names: "Mauricio Larraín Edwards of the Republican Party".
            if k >= lo + 3
                && d.word(k - 1) == "the"
                && d.word(k - 2) == "of"
                && !d.quoted(k - 3)
                && is_name_word(d, k - 3)
            {
                k -= 3;
                continue;
            }
            break;
        }
        // "The European Court of Human Rights in Strasbourg has ruled": the place where a
        // body sits is not the speaker.
        if k >= lo + 2 && d.word(k - 1) == "in" && is_name_word(d, k - 2) {
            np_before(d, lo, k - 1)
        } else {
            if k > lo && matches!(d.word(k - 1), "the" | "The") {
                k -= 1;
            }
            classify(d, k, end)
        }
    } else {
        nominal_back(d, lo, end)
    };
    // "Trump's running mate, Indiana Gov. Mike Pence, said": the name in the appositive; also
    // after a name that completes a role ("Iran's envoy to the IAEA, Reza Najafi, said").
    let nominal = np
        .as_ref()
        .is_none_or(|n| matches!(n.kind, NpKind::Nominal { .. }) || after_preposition(d, n.toks.0));
    if let (true, Some((x, y))) = (nominal, appositive) {
        if let Some(name) = classify(d, x, y) {
            if name.kind == NpKind::Name && y - x <= 6 {
                return Some(name);
            }
        }
        // A role between the name and the skipped apposition: the person is before the
        // role. The phrase found is the role ("France, the former colonial power, whose
        // troops …, said") or the name that completes it after its preposition ("John Smith,
        // chairman of Acme Corp., the company that makes widgets, said"); where the phrase
        // reader found none, the role ends in its noun ("Ali Mohamed, Kenya's special climate
        // envoy, who chairs …, called") or in its body's name ("president of Fraternal Order
        // of Police Lodge 7").
        let role_noun = |k: usize| lx::is_role_noun(d.word(k)) || lx::is_anonymous_noun(d.word(k));
        let role_start = match &np {
            Some(n)
                if after_preposition(d, n.toks.0) || matches!(n.kind, NpKind::Nominal { .. }) =>
            {
                Some(n.toks.0)
            }
            None if role_noun(end - 1) => Some(end - 1),
            None => (end.saturating_sub(8).max(lo)..end)
                .rev()
                .take_while(|&k| d.toks[k].word)
                .find(|&k| role_noun(k) && d.word(k + 1) == "of"),
            _ => None,
        };
        if let Some(name) = role_start.and_then(|s| name_before_role(d, lo, s)) {
            return Some(name);
        }
    }
    np
}

/// The name before the comma that opens the role ending at token `s`: "Sen. Elizabeth
/// Warren" of "Sen. Elizabeth Warren, a Massachusetts Democrat".
fn name_before_role(d: &Doc, lo: usize, s: usize) -> Option<Np> {
    let c = (s.saturating_sub(8).max(lo)..s)
        .rev()
        .take_while(|&k| d.toks[k].word || d.punct(k) == ",")
        .find(|&k| d.punct(k) == ",")?;
    np_before(d, lo, c).filter(|n| n.kind == NpKind::Name)
}

/// The token before the phrase at token `a`, past an article: "by" of "by the Trump
/// administration".
pub fn before_article(d: &Doc, a: usize) -> Option<usize> {
    let w = a.checked_sub(1)?;
    if matches!(d.word(w), "the" | "a" | "an") {
        w.checked_sub(1)
    } else {
        Some(w)
    }
}

/// Whether the phrase at token `a` follows a preposition, with or without an article: "to
/// the IAEA", "of Britain".
pub fn after_preposition(d: &Doc, a: usize) -> bool {
    let before = |k: usize| k.checked_sub(1).map_or("", |j| d.word(j));
    let mut p = before(a);
    if matches!(p, "the" | "The") {
        p = before(a - 1);
    }
    matches!(p, "to" | "of" | "for" | "at" | "from" | "with" | "in")
}

/// Whether tokens `[a, b)` read as an appositive: "the CEO of X", "70", "D-Vt.", "curator and
/// director of …", "Democratic presidential nominee" — not a bare place name ("Fayetteville").
fn appositive_start(d: &Doc, a: usize, b: usize) -> bool {
    let first = d.word(a);
    if a >= b || first.is_empty() {
        return false;
    }
    let party = first.len() > 2 && matches!(first.get(..2), Some("D-" | "R-" | "I-"));
    !is_capitalized(first)
        || first.starts_with(|c: char| c.is_ascii_digit())
        || party
        || lx::is_determiner(first)
        || (a..b).any(|k| {
            let w = d.word(k);
            !w.is_empty() && !is_capitalized(w) && !lx::is_name_particle(w)
        })
}

/// A common-noun phrase ending at `end` (exclusive), walking back to its determiner; follows
/// one "of"/"for" complement back to the head ("a spokesman for the company"). A phrase that
/// ends a relative clause gives way to the group or name the clause describes: "Families whose
/// babies died at two Leeds hospitals told the inquiry" is the families' statement.
fn nominal_back(d: &Doc, lo: usize, end: usize) -> Option<Np> {
    let (k, np) = nominal_back_from(d, lo, end)?;
    let mut r = k;
    while r > lo && k - r < 12 {
        let w = d.word(r - 1);
        if w.is_empty() || d.quoted(r - 1) || lx::is_reporting_verb(w) {
            break;
        }
        if matches!(w, "who" | "whose") {
            // Not a phrase with a determiner: "the pastor who hosted the rally" would be
            // left to the anaphora, which may pick someone else.
            let bare = nominal_back_from(d, lo, r - 1)
                .filter(|(_, n)| !matches!(n.kind, NpKind::Nominal { det: Some(_), .. }));
            return Some(bare.map_or(np, |(_, n)| n));
        }
        r -= 1;
    }
    Some(np)
}

/// `nominal_back`'s phrase without the relative clause test, with the token it starts at.
fn nominal_back_from(d: &Doc, lo: usize, end: usize) -> Option<(usize, Np)> {
    let mut k = end;
    let mut hops = 0;
    let mut steps = 0;
    while k > lo && steps < 8 {
        let w = d.word(k - 1);
        if w.is_empty() || d.quoted(k - 1) {
            break;
        }
        if lx::is_reporting_verb(w) || lx::is_np_stop(w) && !lx::is_determiner(w) {
            break;
        }
        k -= 1;
        steps += 1;
        if lx::is_determiner(w) {
            let link = d.word(k.wrapping_sub(1));
            if hops < 1
                && k >= lo + 2
                && matches!(link, "of" | "for")
                && !d.word(k - 2).is_empty()
                && !lx::is_determiner(d.word(k - 2))
            {
                k -= 1;
                hops += 1;
                continue;
            }
            break;
        }
    }
    if k >= end {
        return None;
    }
    let np = classify(d, k, end)?;
    // Without a determiner only short bare phrases ("officials", "police", "White House
    // spokesman") are speakers; longer runs are more likely the end of a clause. A person's
    // office is one however long its owner's name ("Prime Minister Benjamin Netanyahu’s
    // office").
    let owned = |head: &str| {
        matches!(head, "office" | "campaign")
            && (k..end).any(|i| possessive_suffix(d.word(i)).is_some())
    };
    match &np.kind {
        NpKind::Nominal {
            det: None, head, ..
        } if !owned(head)
            && (end - k > 3
                || !(lx::is_group_noun(head)
                    || lx::is_anonymous_noun(head)
                    || lx::is_role_noun(head)
                    || lx::is_org_noun(head))) =>
        {
            None
        }
        _ => Some((k, np)),
    }
}

/// The speaker phrase starting at token `j` after an inverted verb ("said one official who …").
pub fn np_after(d: &Doc, j: usize, hi: usize) -> Option<Np> {
    let mut k = j;
    while k < hi && k < j + 10 {
        let w = d.word(k);
        if w.is_empty() || d.quoted(k) {
            break;
        }
        // "John Smith of the NAACP": the name's "of the" runs on to the name after it.
        let of_the = w == "the" && k > j && d.word(k - 1) == "of" && is_name_word(d, k + 1);
        if k > j && lx::is_np_stop(w) && !(lx::is_determiner(w) && k == j) && !of_the {
            break;
        }
        if k > j && (lx::is_reporting_verb(w) || lx::is_adverb(w) && !is_capitalized(w)) {
            break;
        }
        // A name ends where lower-case words begin ("the Brennan Center found …"), unless
        // the word is the noun the name modifies ("a White House spokesman").
        let seen_name = (j..k).any(|i| is_name_word(d, i));
        if seen_name
            && !of_the
            && !is_capitalized(w)
            && !lx::is_name_particle(w)
            && !(lx::is_anonymous_noun(w)
                || lx::is_role_noun(w)
                || lx::is_org_noun(w)
                || lx::is_group_noun(w)
                || lx::is_document_noun(w))
        {
            break;
        }
        k += 1;
    }
    let np = classify(d, j, k)?;
    // "said a spokeswoman for the campaign, Hope Hicks."
    if matches!(np.kind, NpKind::Nominal { .. }) && d.punct(k) == "," {
        let mut m = k + 1;
        while m < hi && m < k + 6 && is_name_word(d, m) {
            m += 1;
        }
        if m > k + 1 && (m >= hi || !d.punct(m).is_empty()) {
            if let Some(name) = classify(d, k + 1, m) {
                if name.kind == NpKind::Name {
                    return Some(name);
                }
            }
        }
    }
    Some(np)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn before(t: &str) -> (NpKind, String) {
        let d = Doc::new(t);
        let v = d.toks.iter().position(|k| k.text(t) == "said").unwrap_or(0);
        let np = np_before(&d, 0, v).expect("a phrase");
        (np.kind.clone(), d.span_text(np.core).to_string())
    }

    #[test]
    fn names_lose_their_titles() {
        let (k, core) = before("Army Gen. Curtis Scaparrotti said it.");
        assert_eq!(k, NpKind::Name);
        assert_eq!(core, "Curtis Scaparrotti");
    }

    #[test]
    fn an_offices_field_of_several_words_is_stripped_before_a_first_name() {
        let (k, core) = before("Energy and Climate Change Minister Maria Costa said it.");
        assert_eq!(k, NpKind::Name);
        assert_eq!(core, "Maria Costa");
    }

    #[test]
    fn particles_between_name_words_stay_in_the_name() {
        let (k, core) = before("FDF chairman Mark van den Oever said it.");
        assert_eq!(k, NpKind::Name);
        assert_eq!(core, "Mark van den Oever");
    }

    #[test]
    fn appositive_is_skipped() {
        let (_, core) = before("Curtis Scaparrotti, commander of the command, said it.");
        assert_eq!(core, "Curtis Scaparrotti");
    }

    #[test]
    fn nominal_with_ordinal() {
        let (k, _) = before("Then the first official said it.");
        assert!(
            matches!(k, NpKind::Nominal { ref head, ordinal: Some(0), .. } if head == "official")
        );
    }

    #[test]
    fn a_relative_clause_leads_back_to_the_group_it_describes() {
        let (_, core) = before("Families whose babies died at two city hospitals said it.");
        assert_eq!(core, "Families");
        // A phrase with a determiner stays: the anaphora would have to name it.
        let (_, core) = before("The pastor who hosted the rally and the mayors said it.");
        assert_eq!(core, "mayors");
    }

    #[test]
    fn complement_leads_back_to_the_head() {
        let (k, _) = before("Later a spokesman for the company said it.");
        assert!(matches!(k, NpKind::Nominal { ref head, .. } if head == "spokesman"));
    }
}
