//! Document-level reasoning: one entity per real-world referent.
//!
//! - Names the tagger found once are found everywhere: an untagged capitalised occurrence of a
//!   tagged form (or of a tagged person's surname) becomes a mention.
//! - An acronym in parentheses after a name is that name ("Overseas Security Advisory Council
//!   (OSAC)"), and so is an acronym that spells a name's initials.
//! - A small alias table ties well-known variants (ISIS / ISIL / Islamic State; U.S. / United
//!   States; U.K. / Britain) and fixes their kind.
//! - Surname and partial variants join the full person name ("Scaparrotti", "Al Bin’ali");
//!   shorter organization names join a longer one that ends with them ("State Department" in
//!   "U.S. State Department").
//! - Every mention of an entity gets the entity's kind, decided by a vote over its mentions.
//! - The display name is the fullest form.

use std::collections::{HashMap, HashSet};

/// Per-document maps of names: foldhash is several times cheaper than SipHash on short keys
/// and still seeded at random, so a hostile article cannot choose colliding names.
pub(super) type FastMap<K, V> = HashMap<K, V, foldhash::fast::RandomState>;
pub(super) type FastSet<K> = HashSet<K, foldhash::fast::RandomState>;

use super::context;
use super::entities::{
    clean, covered, datelines, is_acronym, is_capitalised, is_common_acronym, is_dash,
    mention_spans, raw_mentions, reaches_outside, Mention, Tagged,
};
use super::gazetteer::{self as gz, hash_lower};
use super::tokenize::TokenKind;
use super::{Entity, Kind, Span};

/// Well-known aliases: every form in a group names one referent of the given kind. Forms are
/// normalised keys (lowercase, no periods, hyphens as spaces).
const ALIASES: &[(Kind, &[&str])] = &[
    (
        Kind::Organization,
        &[
            "isis",
            "isil",
            "is",
            "daesh",
            "islamic state",
            "islamic state group",
            "islamic state of iraq and syria",
            "islamic state of iraq and the levant",
            "islamic state in iraq and syria",
        ],
    ),
    (
        Kind::Place,
        &[
            "us",
            "usa",
            "united states",
            "united states of america",
            "america",
        ],
    ),
    (
        Kind::Place,
        &["uk", "united kingdom", "britain", "great britain"],
    ),
    (Kind::Organization, &["un", "united nations"]),
    (Kind::Organization, &["eu", "european union"]),
    (Kind::Organization, &["ap", "associated press"]),
    (Kind::Organization, &["afp", "agence france presse"]),
    (
        Kind::Organization,
        &[
            "pentagon",
            "department of defense",
            "defense department",
            "dod",
        ],
    ),
    (
        Kind::Organization,
        &[
            "state department",
            "department of state",
            "us state department",
        ],
    ),
    (
        Kind::Organization,
        &["al qaeda", "al qaida", "al qa'ida", "qaeda", "qaida"],
    ),
    (
        Kind::Organization,
        &["nato", "north atlantic treaty organization"],
    ),
    (Kind::Place, &["uae", "united arab emirates"]),
    (Kind::Place, &["ussr", "soviet union"]),
    (
        Kind::Organization,
        &["fbi", "federal bureau of investigation"],
    ),
    (Kind::Organization, &["cia", "central intelligence agency"]),
    (Kind::Organization, &["nsa", "national security agency"]),
    (
        Kind::Organization,
        &[
            "dhs",
            "department of homeland security",
            "homeland security department",
        ],
    ),
    (
        Kind::Organization,
        &["doj", "justice department", "department of justice"],
    ),
    (Kind::Organization, &["who", "world health organization"]),
    (Kind::Organization, &["gop", "republican party"]),
];

/// The kind a mention votes for. A bare well-known place (country, capital, big city) the
/// tagger called an organization is a place — news uses "Brussels" or "Moscow" for their
/// governments, and annotators still mark a place — unless the text marks it as an
/// organization: a listed organization, or an organization word right after it that the
/// tagger left out ("Barcelona Club", "Moscow Ltd").
fn place_prior(t: &Tagged, m: &Mention, surnames: &FastSet<u64>) -> Kind {
    if m.kind == Kind::Place || m.toks.len() > gz::MAX_PLACE_WORDS {
        return m.kind;
    }
    // "a detention center in Dilley": one word after "in" or "near" that no first name
    // opens is a place. A person named in full elsewhere outvotes this.
    let s = m.toks.start;
    // "in La Grande": so is a name opening with an article, which a person's lacks.
    let article =
        m.toks.len() == 2 && matches!(t.tok(s), "La" | "Le" | "El" | "Los" | "Las" | "Les");
    // "in Mato Grosso": so is a name of two words that no first name opens.
    let word = if m.toks.len() == 1 || article {
        Some(m.toks.end - 1)
    } else {
        (m.toks.len() == 2).then_some(s)
    };
    if m.kind == Kind::Person
        && s > 0
        && matches!(t.tok(s - 1), "in" | "near")
        && word.is_some_and(|w| t.info[w].flags & gz::FIRST == 0)
        && !t.is_possessive(m.toks.end)
    {
        return Kind::Place;
    }
    let mut buf = [0u64; gz::MAX_PLACE_WORDS];
    let hs = t.lowers_into(&m.toks, &mut buf);
    if !gz::is_major_place(hs) {
        // "In Tel Aviv, thousands rallied": a listed place, whole, after "in" or "near" is
        // the place, unless a listed organization has its name.
        use super::features::{PLACE_B, PLACE_I};
        let e = m.toks.end;
        let listed = t.info[s].flags & PLACE_B != 0
            && (s + 1..e).all(|i| t.info[i].flags & PLACE_I != 0)
            && t.info.get(e).is_none_or(|x| x.flags & PLACE_I == 0);
        let after_in = s > 0 && matches!(t.tok(s - 1), "in" | "In" | "near" | "Near");
        let org = gz::is_listed_org(hs) || t.is_possessive(e);
        // "clinics in Asheville, Wilmington and Chapel Hill": a listed place of two words or
        // more after a listed place's word and a comma or "and" is the list's next place.
        let in_list = s >= 2
            && matches!(t.tok(s - 1), "," | "and" | "or")
            && t.info[s - 2].flags & (PLACE_B | PLACE_I) != 0
            && context::cap_word(t, s - 2);
        if m.kind == Kind::Person && listed && m.toks.len() >= 2 && (after_in || in_list) && !org {
            return Kind::Place;
        }
        return if m.kind == Kind::Organization && listed && after_in && !org {
            Kind::Place
        } else {
            m.kind
        };
    }
    if m.kind == Kind::Person {
        // "Serbia" or "Sierra Nevada" is never a person; "Hamilton" or "Jackson" alone may be,
        // as news names people by surname, where someone of that name is named in full. A
        // first name alone rarely is: "western Alabama".
        return if m.toks.len() == 1
            && t.info[s].flags & gz::SURNAME != 0
            && surnames.contains(&t.info[s].lower)
        {
            Kind::Person
        } else {
            Kind::Place
        };
    }
    let known_org =
        gz::is_listed_org(hs) || m.toks.clone().any(|i| t.info[i].flags & gz::KNOWN_ORG != 0);
    let next = m.toks.end;
    let cue_after = t.tokens.get(next).is_some_and(|x| !x.line_start)
        && is_capitalised(t.tok(next))
        && t.info[next].flags & (gz::ORG_CUE | gz::ORG_SUFFIX) != 0;
    if known_org || cue_after {
        Kind::Organization
    } else {
        Kind::Place
    }
}

/// The weight of a kind the text states around a mention.
const STATED: f32 = 1000.0;

/// One mention's say in its cluster's kind. Where its context states the kind ("Mr",
/// "Corp.", "Avenue", "energy company ...") that outweighs any number of taggings elsewhere:
/// the text said what the name is.
fn vote(c: &mut Cluster, t: &Tagged, m: &Mention, surnames: &FastSet<u64>) {
    // Part of a compound ("Indianapolis-based"): the words around speak for the compound.
    if super::entities::is_part_of_token(t, m) {
        c.votes[kind_index(m.kind)] += 1.0;
        return;
    }
    match context::stated_kind(t, m) {
        Some(k) => c.votes[kind_index(k)] += STATED,
        None => c.votes[kind_index(place_prior(t, m, surnames))] += 1.0,
    }
    if is_known_org(t, m) {
        c.votes[1] += 2.0;
        c.listed = true;
    }
    if m.kind == Kind::Organization && (2..=6).contains(&m.toks.len()) {
        let mut buf = [0u64; 6];
        c.team |= gz::is_listed_team(t.lowers_into(&m.toks, &mut buf));
    }
}

/// Well-known organizations keep their kind even when tagged otherwise.
fn is_known_org(t: &Tagged, m: &Mention) -> bool {
    (m.toks.len() == 1 && t.info[m.toks.start].flags & gz::KNOWN_ORG != 0)
        || (m.toks.len() <= gz::MAX_ORG_WORDS
            && gz::is_org_first(t.info[m.toks.start].lower)
            && gz::is_listed_org(&t.lowers(&m.toks)))
}

fn alias_group(key: &str) -> Option<(usize, Kind)> {
    ALIASES
        .iter()
        .enumerate()
        .find(|(_, (_, forms))| forms.contains(&key))
        .map(|(i, (k, _))| (i, *k))
}

/// Normalised words of a surface form: lowercase, curly apostrophes straight, periods
/// dropped, hyphens split.
fn words_of(s: &str) -> Vec<String> {
    if s.is_ascii() {
        // Most names: the same words, each built at its final size.
        return s
            .split(|c: char| c.is_whitespace() || c == '-')
            .map(|piece| {
                let mut w = String::with_capacity(piece.len());
                w.extend(
                    piece
                        .bytes()
                        .filter(|&b| b != b'.')
                        .map(|b| char::from(b.to_ascii_lowercase())),
                );
                w
            })
            .filter(|w| !w.is_empty())
            .collect();
    }
    let mut out = Vec::new();
    let mut cur = String::new();
    for c in s.chars() {
        match c {
            '.' => {}
            '’' | 'ʼ' => cur.push('\''),
            c if c.is_whitespace() || c == '-' || c == '‐' => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            c if c.is_ascii() => cur.push(c.to_ascii_lowercase()),
            c => cur.extend(c.to_lowercase()),
        }
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// A name's words without a generational suffix: "Patrick W. Carlineo Jr." ends in "carlineo"
/// for the surname alone to find it.
fn name_core(words: &[String]) -> &[String] {
    match words.split_last() {
        Some((last, rest))
            if !rest.is_empty() && matches!(last.as_str(), "jr" | "sr" | "ii" | "iii" | "iv") =>
        {
            rest
        }
        _ => words,
    }
}

/// Words shaped as a person's full name: a first name, then words no organization's cue,
/// stop word or place word is ("Sahra Wagenknecht", not "Wayne State").
fn full_name_words(words: &[String]) -> bool {
    (2..=3).contains(&words.len())
        && word_flags(&words[0]) & gz::FIRST != 0
        && words[1..]
            .iter()
            .all(|w| word_flags(w) & (gz::ORG_WORD | gz::STOP | gz::PLACE_WORD) == 0)
}

/// The gazetteer's flags of a word as written.
fn word_flags(w: &str) -> u32 {
    gz::flags(hash_lower(w))
}

/// An organization's name without its legal form: "Eli Lilly and Co." → "Eli Lilly".
fn org_core(words: &[String]) -> &[String] {
    // The words have lost their periods: "co", not "co.".
    let legal =
        |w: &str| matches!(w, "and" | "co" | "company") || word_flags(w) & gz::ORG_SUFFIX != 0;
    let mut n = words.len();
    while n > 1 && legal(&words[n - 1]) {
        n -= 1;
    }
    &words[..n]
}

fn kind_index(k: Kind) -> usize {
    match k {
        Kind::Person => 0,
        Kind::Organization => 1,
        Kind::Place => 2,
    }
}

const KINDS: [Kind; 3] = [Kind::Person, Kind::Organization, Kind::Place];

struct Cluster {
    words: Vec<String>,
    members: Vec<usize>,
    votes: [f32; 3],
    fixed: Option<Kind>,
    /// Index of the cluster this one was merged into.
    parent: Option<usize>,
    /// A mention is a listed organization's name ("Eli Lilly").
    listed: bool,
    /// A mention is a listed team of two words or more that the teams pass named an
    /// organization ("Aston Villa"): its short forms tagged as a person ("Villa led 2-0") do
    /// not make it one.
    team: bool,
}

impl Cluster {
    fn kind(&self) -> Kind {
        if let Some(k) = self.fixed {
            return k;
        }
        let mut best = 0;
        for i in 1..3 {
            if self.votes[i] > self.votes[best] {
                best = i;
            }
        }
        if best == 0 && self.team {
            return Kind::Organization;
        }
        KINDS[best]
    }
}

/// Acronyms in parentheses right after a mention: "(OSAC)". Returns (acronym key, long key)
/// pairs and adds the acronym as a mention when the tagger missed it.
fn parenthesised_acronyms(t: &Tagged, ms: &mut Vec<Mention>) -> Vec<(String, String)> {
    let mut links = Vec::new();
    let mut extra = Vec::new();
    for m in ms.iter_mut() {
        let e = m.toks.end;
        if t.tok(e) != "(" || t.tok(e + 2) != ")" {
            continue;
        }
        let acr = t.tok(e + 1);
        // "ANCHORAGE, Alaska (AP) —": a dateline's wire credit spells nothing.
        if matches!(acr, "AP" | "AFP" | "UPI" | "CNN" | "PA" | "DPA") || is_dash(t.tok(e + 3)) {
            continue;
        }
        let letters: Vec<char> = acr.chars().filter(|c| c.is_alphabetic()).collect();
        // Mostly capitals, as "OSAC" or "AfD" and "PiS" are.
        let upper = letters.iter().filter(|c| c.is_uppercase()).count();
        if letters.len() < 2 || upper < 2 || upper * 2 <= letters.len() || is_common_acronym(acr) {
            continue;
        }
        let first = |m: &Mention| {
            t.text[m.span.start..m.span.end]
                .chars()
                .next()
                .and_then(|c| c.to_uppercase().next())
        };
        if first(m) != letters.first().copied() {
            // "Sudanese Armed Forces (SAF)": the acronym's first letter is the word before,
            // which the tagger left out of the name.
            let s = m.toks.start;
            let before = s > 0
                && !t.tokens[s].line_start
                && t.tokens[s - 1].kind == TokenKind::Word
                && is_capitalised(t.tok(s - 1))
                && t.info[s - 1].flags & gz::STOP == 0;
            if !before {
                continue;
            }
            let longer = t.mention(s - 1..e, m.kind);
            if initials(&t.text[longer.span.start..longer.span.end]) != acr.to_lowercase() {
                continue;
            }
            *m = longer;
        }
        let long = &t.text[m.span.start..m.span.end];
        links.push((words_of(acr).join(" "), words_of(long).join(" ")));
        extra.push((e + 1, m.kind));
    }
    for (i, kind) in extra {
        if !ms.iter().any(|x| x.toks.start == i) {
            ms.push(t.mention(i..i + 1, kind));
        }
    }
    links
}

/// Another name the text gives a named thing: "Mohamed Hamdan Dagalo, widely known as
/// Hemedti", "an industry group known as Ibram", "the Oswaldo Cruz Foundation, or Fiocruz,".
/// The short name is the same entity, of the same kind, whatever the tagger made of it.
/// Returns (short key, long key) pairs, as acronyms in brackets do.
fn stated_aliases(t: &Tagged, ms: &mut Vec<Mention>) -> Vec<(String, String)> {
    // Most texts give no other name: a byte search settles that before a token scan.
    if !t.text.contains("known as") && !t.text.contains(", or ") {
        return Vec::new();
    }
    let n = t.tokens.len();
    // The mention of two words or more ending before each token (the last such in `ms`), so
    // each alias finds its name without a scan over every mention.
    let mut ending: Vec<Option<usize>> = vec![None; n + 1];
    for (k, m) in ms.iter().enumerate().filter(|(_, m)| m.toks.len() >= 2) {
        ending[m.toks.end] = Some(k);
    }
    let mut found: Vec<(Kind, Span, usize, usize)> = Vec::new();
    for i in 2..n {
        // The alias: one or two capitalised words, after "known as" or ", or".
        let after_known = t.tok(i - 1) == "as" && t.tok(i - 2) == "known";
        let after_or = t.tok(i - 1) == "or" && t.tok(i - 2) == ",";
        if !(after_known || after_or) || !is_capitalised(t.tok(i)) {
            continue;
        }
        let mut e = i + 1;
        if e < n && is_capitalised(t.tok(e)) && !t.tokens[e].line_start {
            e += 1;
        }
        if t.tokens[i..e].iter().any(|x| x.kind != TokenKind::Word) {
            continue;
        }
        // ", or Fiocruz," closes as an apposition does.
        if after_or && !matches!(t.tok(e), "," | ")") {
            continue;
        }
        // The named thing ends within a few words before (right before ", or").
        let reach = if after_or { 0 } else { 4 };
        let before = i - 2 - usize::from(after_known && i >= 3 && t.tok(i - 3) == ",");
        let named = (before.saturating_sub(reach)..=before)
            .rev()
            .find_map(|end| ending[end]);
        if let Some(k) = named {
            found.push((ms[k].kind, ms[k].span, i, e));
        }
    }
    let mut links = Vec::new();
    let mut aliases = Vec::with_capacity(found.len());
    for (kind, long, i, e) in found {
        let alias = t.mention(i..e, kind);
        links.push((
            words_of(&t.text[alias.span.start..alias.span.end]).join(" "),
            words_of(&t.text[long.start..long.end]).join(" "),
        ));
        aliases.push(alias);
    }
    context::replace_overlapped(t, ms, aliases);
    links
}

/// "hypersensitivity pneumonitis (HP)", "photovoltaic (PV)", "FIRE (financial independence,
/// retire early)": an acronym the text spells out in lowercase words names a thing, not a
/// person, organization or place, wherever it occurs.
fn lowercase_acronyms(t: &Tagged, ms: &mut Vec<Mention>) {
    let mut terms: HashSet<u64, gz::IdBuild> = HashSet::default();
    for i in 1..t.tokens.len().saturating_sub(1) {
        if t.first_byte(i + 1) == b'(' && spelled_after(t, i) {
            terms.insert(t.info[i].lower);
            continue;
        }
        if t.first_byte(i - 1) != b'(' || t.first_byte(i + 1) != b')' {
            continue;
        }
        let acr = t.tok(i);
        if t.tok(i - 1) != "(" || t.tok(i + 1) != ")" || !is_acronym(acr) {
            continue;
        }
        let open = i - 1;
        let want: Vec<char> = acr.chars().map(|c| c.to_ascii_lowercase()).collect();
        let mut s = open;
        while s > 0 && open - s < 5 && is_lower_word(t, s - 1) {
            s -= 1;
            // The letters in order, the first opening the phrase: "gigawatts" spells "gw".
            let mut letters = (s..open).flat_map(|j| t.tok(j).chars());
            if t.tok(s).starts_with(want[0]) && want.iter().all(|&c| letters.any(|x| x == c)) {
                terms.insert(t.info[i].lower);
                break;
            }
        }
    }
    if !terms.is_empty() {
        ms.retain(|m| m.toks.len() != 1 || !terms.contains(&t.info[m.toks.start].lower));
    }
}

fn is_lower_word(t: &Tagged, j: usize) -> bool {
    t.tokens.get(j).is_some_and(|x| x.kind == TokenKind::Word)
        && t.tok(j).starts_with(|c: char| c.is_lowercase())
}

/// An acronym at `i` followed by its spelling in brackets, the initials of the lowercase
/// words exactly: "FIRE (financial independence, retire early)".
fn spelled_after(t: &Tagged, i: usize) -> bool {
    let acr = t.tok(i);
    if t.tok(i + 1) != "(" || !is_acronym(acr) {
        return false;
    }
    let mut initials = String::new();
    let mut j = i + 2;
    while j < t.tokens.len() && initials.len() < acr.len() {
        if is_lower_word(t, j) {
            initials.extend(t.tok(j).chars().next().map(|c| c.to_ascii_uppercase()));
        } else if t.tok(j) != "," {
            return false;
        }
        j += 1;
    }
    initials == acr && t.tok(j) == ")"
}

/// Initials of the capitalised words of a name ("Overseas Security Advisory Council" → "osac"),
/// or nothing when fewer than two words are capitalised.
fn initials(surface: &str) -> String {
    let mut out = String::new();
    let mut caps = 0;
    for w in surface.split(|c: char| c.is_whitespace() || c == '-') {
        if let Some(c) = w.chars().next().filter(|c| c.is_uppercase()) {
            caps += 1;
            out.extend(c.to_lowercase());
        }
    }
    if caps < 2 {
        out.clear();
    }
    out
}

/// Listed organizations written exactly as listed and distinctive ("Goldman Sachs", "HSBC")
/// are mentions even where the tagger missed them or cut them up ("Goldman" + "Sachs", a
/// place "New York" inside "New York Times"). A tagged name that reaches beyond the listed
/// one ("Goldman Sachs Group") is left as it is.
fn listed_orgs(t: &Tagged, ms: &mut Vec<Mention>) {
    let n = t.tokens.len();
    let mut extra = Vec::new();
    let mut at = None;
    let mut i = 0;
    while i < n {
        if !gz::is_org_first(t.info[i].lower) {
            i += 1;
            continue;
        }
        let mut buf = [0u64; gz::MAX_ORG_WORDS];
        let Some(m) = gz::org_match(t.lowers_into(&(i..n), &mut buf)) else {
            i += 1;
            continue;
        };
        let mut r = i..i + m.words;
        // A listed name that is only a prior ("Roche", also a surname) is a mention after a
        // noun for a company: "rival Roche", "drugmaker Roche".
        let named_as_company = || {
            i > 0
                && (context::opens_with_company_noun(t, i - 1)
                    || context::after_company_noun(t, &t.mention(r.clone(), Kind::Organization)))
        };
        let exact = (m.findable || named_as_company())
            && !t.tokens[r.start + 1..r.end].iter().any(|x| x.line_start)
            && gz::cased_hash(r.clone().map(|j| t.tok(j))) == m.cased;
        if !exact {
            i += 1;
            continue;
        }
        // "Country Garden Holdings", "Fortescue Ltd": the group's or the legal form's word
        // after a listed name is part of it.
        while r.end < n
            && r.len() < m.words + 2
            && context::cap_word(t, r.end)
            && !t.tokens[r.end].line_start
            && (t.info[r.end].flags & gz::ORG_SUFFIX != 0
                || matches!(t.tok(r.end), "Holdings" | "Group"))
        {
            r.end += 1;
        }
        // A table of the mentions over each token, made at the first exact match: a listed
        // name may recur thousands of times.
        let at = at.get_or_insert_with(|| mention_spans(t, ms));
        if reaches_outside(at, &r, &r) {
            i += 1;
            continue;
        }
        extra.push(t.mention(r.clone(), Kind::Organization));
        i = r.end;
    }
    if extra.is_empty() {
        return;
    }
    // The mentions inside the listed names give way to them, in one pass.
    let taken = covered(t, &extra);
    ms.retain(|x| !taken[x.toks.clone()].iter().any(|&y| y));
    ms.extend(extra);
}

/// "Steelers and Browns", "Bernoulli and Euler": two names joined by "and" that the tagger
/// read as one. A person's name never holds an "and"; other names may ("Food and Drug
/// Administration", "Bosnia and Herzegovina"), so those split only when the text shows a part
/// standing alone elsewhere, or both parts are places and the whole is not one.
fn split_coordinations(t: &Tagged, ms: &mut Vec<Mention>) {
    let conj = |m: &Mention| {
        m.toks
            .clone()
            .find(|&i| i > m.toks.start && i + 1 < m.toks.end && t.tok(i) == "and")
    };
    if !ms.iter().any(|m| conj(m).is_some()) {
        return;
    }
    let alone: FastSet<Vec<u64>> = ms
        .iter()
        .filter(|m| conj(m).is_none())
        .map(|m| t.lowers(&m.toks))
        .collect();
    let mut out = Vec::with_capacity(ms.len() + 4);
    for m in ms.drain(..) {
        // "Shrewsbury and Telford Hospital NHS Trust": trusts are named for the places
        // they serve (`orgs::health_trusts`).
        let Some(p) = conj(&m).filter(|_| !super::orgs::is_health_trust(t, &m.toks)) else {
            out.push(m);
            continue;
        };
        let (left, right) = (m.toks.start..p, p + 1..m.toks.end);
        let (hl, hr, whole) = (t.lowers(&left), t.lowers(&right), t.lowers(&m.toks));
        // "Ceres Robotics and Tyvak Systems Inc": a left part that ends as only an
        // organization's name ends is a whole name.
        // "Intel Corp. and Qualcomm Inc.", "University of Michigan and Michigan State
        // University": two parts that are each shaped as an organization's whole name.
        let org_shaped = |r: &std::ops::Range<usize>| {
            context::ends_org_name(t, r)
                || context::legal_form_at_end(t, &t.mention(r.clone(), m.kind))
                || (r.len() >= 3
                    && t.tok(r.start + 1) == "of"
                    && t.info[r.start].flags & gz::ORG_CUE != 0
                    && is_capitalised(t.tok(r.start)))
        };
        // "Metula and Kiryat Shmona": capitalised words with no organization's word among
        // them, one part of two words or more and one a listed place, are two places.
        // ("Procter and Gamble" and "Trinidad and Tobago" stay whole.)
        let plain = |r: &std::ops::Range<usize>| r.clone().all(|i| is_capitalised(t.tok(i)));
        // "Aryna Sabalenka and Iga Swiatek": two people's full names.
        let person = |r: &std::ops::Range<usize>| {
            (2..=3).contains(&r.len())
                && t.info[r.start].flags & gz::FIRST != 0
                && plain(r)
                && r.clone().all(|i| t.info[i].flags & gz::ORG_WORD == 0)
                && !gz::is_listed_place(&t.lowers(r))
        };
        if m.kind != Kind::Person && person(&left) && person(&right) {
            out.extend(
                [left, right]
                    .into_iter()
                    .filter_map(|r| clean(t, r, Kind::Person)),
            );
            continue;
        }
        let two_places = m.kind != Kind::Person
            && plain(&left)
            && plain(&right)
            && left.len().max(right.len()) >= 2
            && m.toks.clone().all(|i| t.info[i].flags & gz::ORG_WORD == 0)
            && !gz::is_listed_org(&whole)
            && !gz::is_major_place(&whole)
            && (gz::is_listed_place(&hl)
                || gz::is_listed_place(&hr)
                // "parts of Bani Suheila and Abasan": the words around say they are places.
                || context::stated_kind(t, &m) == Some(Kind::Place));
        if two_places {
            out.extend(
                [left, right]
                    .into_iter()
                    .filter_map(|r| clean(t, r, Kind::Place)),
            );
            continue;
        }
        // "Eli Lilly and Co.": a legal form alone is no name.
        let legal_form = right.len() == 1 && t.info[right.start].flags & gz::ORG_SUFFIX != 0;
        // "Continental Resources and Devon Energy": two parts of two words or more that each
        // end as companies' names end. ("House Energy and Commerce Committee" ends otherwise.)
        const COMPANY_TAILS: &[&str] = &[
            "energy",
            "group",
            "holdings",
            "industries",
            "mines",
            "partners",
            "pharmaceuticals",
            "power",
            "products",
            "resources",
            "services",
            "systems",
            "technologies",
        ];
        let company = |r: &std::ops::Range<usize>| {
            r.len() >= 2 && plain(r) && gz::in_list(COMPANY_TAILS, t.tok(r.end - 1))
        };
        // "Gold Butte National Monument and Avi Kwa Ame National Monument": two names of two
        // words or more that end in the same word are two of a kind.
        let same_head = left.len() >= 2
            && right.len() >= 2
            && plain(&left)
            && plain(&right)
            && t.tok(left.end - 1) == t.tok(right.end - 1);
        // "Gare de Lyon and Gare Saint-Lazare", "Court Suzanne-Lenglen and Court
        // Simonne-Mathieu": two names that open with the same word.
        let same_opening = left.len() >= 2
            && right.len() >= 2
            && is_capitalised(t.tok(left.start))
            && t.tok(left.start) == t.tok(right.start);
        // "Bank of Fukuoka and Juhachi-Shinwa Bank": one body's word opens the left part
        // before "of" and closes the right.
        let mirrored = left.len() >= 3
            && right.len() >= 2
            && t.tok(left.start + 1) == "of"
            && is_capitalised(t.tok(left.start))
            && t.tok(left.start) == t.tok(right.end - 1);
        // "Todd Boehly and Clearlake Capital": a person's name (a first name and a surname)
        // and a body's.
        let person_and_body = left.len() == 2
            && person(&left)
            && t.info[left.start + 1].flags & gz::SURNAME != 0
            && (org_shaped(&right) || company(&right));
        let split = !legal_form
            && (m.kind == Kind::Person
                || same_head
                || same_opening
                || mirrored
                || person_and_body
                || (m.kind == Kind::Organization && company(&left) && company(&right))
                || (plain(&left) && context::ends_org_name(t, &left))
                || (m.kind == Kind::Organization
                    && org_shaped(&left)
                    && org_shaped(&right)
                    && !super::institutions::office_and_field(t, &left, &right))
                || (!gz::is_major_place(&whole)
                    && !gz::is_listed_org(&whole)
                    && (alone.contains(&hl)
                        || alone.contains(&hr)
                        // "Microsoft and Wayfair", "Drug Enforcement Administration and
                        // Homeland Security Investigations": a listed organization is no first
                        // half of a name, nor a listed one-word one a second half ("Peace and
                        // Security Council" is one).
                        || gz::is_listed_org(&hl)
                        || (hr.len() == 1 && gz::is_listed_org(&hr))
                        || (gz::is_listed_place(&hl) && gz::is_listed_place(&hr))
                        // "Exeter Chiefs and Sale Sharks": two listed teams.
                        || (gz::is_listed_team(&hl) && gz::is_listed_team(&hr)))));
        if person_and_body {
            out.extend(clean(t, left, Kind::Person));
            out.extend(clean(t, right, Kind::Organization));
        } else if split {
            out.extend(
                [left, right]
                    .into_iter()
                    .filter_map(|r| clean(t, r, m.kind)),
            );
        } else {
            out.push(m);
        }
    }
    *ms = out;
}

/// A lone capitalised word at a sentence start that the document otherwise writes in lower
/// case, and never capitalises mid-sentence, is a common word: "Brick kilns ...", "Story".
///
/// A lone word taken for a person where a sentence or quotation opens ("“Water will come
/// again,” he said"), that no list knows as a name and no other mention in the text contains,
/// is not a person either: people in news are introduced by their full name.
fn sentence_start_words(t: &Tagged, ms: &mut Vec<Mention>) {
    use super::features::{AFTER_QUOTE, ALLCAPS, CAP_MID_ELSEWHERE, LOWER_ELSEWHERE, SENT_START};
    let in_longer: HashSet<u64, gz::IdBuild> = ms
        .iter()
        .filter(|m| m.toks.len() > 1)
        .flat_map(|m| m.toks.clone().map(|i| t.info[i].lower))
        .collect();
    ms.retain(|m| {
        if m.toks.len() != 1 {
            return true;
        }
        let i = m.toks.start;
        let f = t.info[i].flags;
        if f & (CAP_MID_ELSEWHERE | ALLCAPS) != 0 {
            return true;
        }
        let common = f & (SENT_START | LOWER_ELSEWHERE) == (SENT_START | LOWER_ELSEWHERE);
        // A well-known place or a listed organization the tagger read as a person is still a
        // name: "Norway's sovereign wealth fund", "Bechtel and Hyundai won".
        let unknown_person = m.kind == Kind::Person
            && f & (SENT_START | AFTER_QUOTE) != 0
            && f & (gz::FIRST | gz::TITLE) == 0
            && !in_longer.contains(&t.info[i].lower)
            && !gz::is_major_place(&[t.info[i].lower])
            && !gz::is_listed_org(&[t.info[i].lower]);
        !(common || unknown_person)
    });
}

/// Words that only say what a company does: "Airlines", "Ratings", "Holdings".
const DOES: &[&str] = &[
    "air",
    "airlines",
    "airways",
    "brands",
    "co",
    "co.",
    "communications",
    "company",
    "corp",
    "corp.",
    "corporation",
    "electronics",
    "entertainment",
    "foods",
    "group",
    "holdings",
    "inc",
    "inc.",
    "industries",
    "lines",
    "motor",
    "motors",
    "networks",
    "pharmaceuticals",
    "ratings",
    "studios",
    "systems",
    "technologies",
    "therapeutics",
];

/// Every word says only what a company does ("Air Lines", "Ratings").
fn says_what_it_does<'a>(mut words: impl Iterator<Item = &'a str>) -> bool {
    words.all(|w| gz::in_list(DOES, w))
}

/// "Southwest" for "Southwest Airlines", "Fitch" for "Fitch Ratings": a company named by one
/// word and words that only say what it does is called by that word. Not a first name
/// ("Walt Disney Co."), a demonym ("American Airlines") or a big place ("Alaska Airlines").
fn company_short_form(t: &Tagged, m: &Mention) -> Option<usize> {
    let s = m.toks.start;
    let ok = m.kind == Kind::Organization
        && (2..=3).contains(&m.toks.len())
        && says_what_it_does((s + 1..m.toks.end).map(|i| t.tok(i)))
        && context::cap_word(t, s)
        && t.info[s].flags & (gz::STOP | gz::TIME | gz::TITLE | gz::FIRST | gz::DEMONYM) == 0
        && !gz::is_major_place(&[t.info[s].lower]);
    ok.then_some(s)
}

/// Untagged capitalised occurrences of forms tagged elsewhere in the document.
fn propagate(t: &Tagged, ms: &mut Vec<Mention>) {
    let covered = covered(t, ms);
    // Forms by the hash of their words, each with the kind of its first mention; and per first
    // word, the lengths its forms have, longest first. A word is then tried once per length,
    // not once per form: many forms may open with one word ("Institute for the Study of ...").
    // Sized for every mention up front: growing the tables cost more than filling them.
    let mut forms: HashMap<u64, Kind, gz::IdBuild> =
        HashMap::with_capacity_and_hasher(ms.len(), gz::IdBuild::default());
    let mut lengths: HashMap<u64, Vec<usize>, gz::IdBuild> =
        HashMap::with_capacity_and_hasher(ms.len(), gz::IdBuild::default());
    let mut add = |hs: &[u64], k: Kind| {
        let Some(&f) = hs.first() else { return };
        forms.entry(gz::phrase_hash(hs)).or_insert(k);
        let v = lengths.entry(f).or_default();
        if !v.contains(&hs.len()) {
            v.push(hs.len());
        }
    };
    // Most mentions repeat a form already added: one buffer for their words.
    let mut hs: Vec<u64> = Vec::new();
    let mut short_forms: Vec<u64> = Vec::new();
    for m in ms.iter() {
        hs.clear();
        hs.extend(m.toks.clone().map(|i| t.info[i].lower));
        if m.kind == Kind::Person && hs.len() >= 2 {
            let last = m.toks.end - 1;
            let f = t.info[last].flags;
            if f & (gz::STOP | gz::TIME | gz::TITLE) == 0 && is_capitalised(t.tok(last)) {
                add(&[t.info[last].lower], Kind::Person);
            }
        }
        if let Some(short) = company_short_form(t, m) {
            add(&[t.info[short].lower], Kind::Organization);
            short_forms.push(t.info[short].lower);
        }
        add(&hs, m.kind);
    }
    for v in lengths.values_mut() {
        v.sort_unstable_by(|a, b| b.cmp(a));
    }
    let mut extra = Vec::new();
    // Capitalised words (`Tagged::caps`) from `next` on: a form found ends where the next one
    // may start.
    let mut next = 0;
    for &i in &t.caps {
        if i < next || covered[i] {
            continue;
        }
        let Some(lens) = lengths.get(&t.info[i].lower) else {
            continue;
        };
        let hit = lens.iter().find_map(|&n| {
            let end = i + n;
            // "the Philippine coast guard" after "the Philippine Coast Guard" describes; a
            // name's lowercase words are short particles or function words ("de", "of the").
            let free = end <= t.tokens.len()
                && (i..end).all(|j| !covered[j])
                && !t.tokens[i + 1..end].iter().any(|x| x.line_start)
                && !(i + 1..end).any(|j| {
                    let w = t.tok(j);
                    w.len() > 3
                        && w.starts_with(|c: char| c.is_lowercase())
                        && t.info[j].flags & gz::STOP == 0
                });
            if !free {
                return None;
            }
            hs.clear();
            hs.extend((i..end).map(|j| t.info[j].lower));
            forms.get(&gz::phrase_hash(&hs)).map(|&k| (end, k))
        });
        // "drought hit the Southwest.": a company's short form after "the" and before no
        // noun is the region.
        let region = |end: usize| {
            end == i + 1
                && i > 0
                && t.tok(i - 1).eq_ignore_ascii_case("the")
                && !t.tok(end).starts_with(|c: char| c.is_lowercase())
                && short_forms.contains(&t.info[i].lower)
        };
        if let Some((end, k)) = hit.filter(|&(end, _)| !region(end)) {
            extra.push(t.mention(i..end, k));
            next = end;
        }
    }
    ms.extend(extra);
}

/// A title-case headline capitalises every word, so capitals there say nothing about names:
/// "Trump Escalates Attacks on Clinton Ahead of Debate". Inside such a line a mention keeps only
/// the words the rest of the document also capitalises mid-sentence (or known places and
/// acronyms); a mention left with none is dropped. An ALL-CAPS line ("TOYOTA RAV4 HYBRID")
/// says even less: there a word counts only when the rest of the document capitalises it
/// mid-sentence, names it in a mention, or it is a known place.
fn headline_mentions(t: &Tagged, ms: &mut Vec<Mention>) {
    use super::features::{title_line, ALLCAPS, CAP_MID_ELSEWHERE, PLACE_B, PLACE_I};
    #[derive(Clone, Copy, PartialEq)]
    enum Line {
        Title,
        Caps,
    }
    let line_kind = |r: &std::ops::Range<usize>| match title_line(t.text, &t.tokens, &t.info, r)? {
        (words, all) if words >= 2 && all == words => Some(Line::Caps),
        (words, _) if words >= 4 => Some(Line::Title),
        _ => None,
    };
    let lines: Vec<(std::ops::Range<usize>, Line)> = t
        .sentences
        .iter()
        .filter_map(|r| line_kind(r).map(|k| (r.clone(), k)))
        .collect();
    if lines.is_empty() {
        return;
    }
    // Sentences are in text order and disjoint: a binary search, so a text of many short
    // ALL-CAPS lines stays linear.
    let line_of = |i: usize| {
        let at = lines.partition_point(|(r, _)| r.end <= i);
        lines
            .get(at)
            .filter(|(r, _)| r.contains(&i))
            .map(|(_, k)| *k)
    };
    // Words that mentions outside ALL-CAPS lines contain.
    let named: HashSet<u64, gz::IdBuild> = ms
        .iter()
        .filter(|m| line_of(m.toks.start) != Some(Line::Caps))
        .flat_map(|m| m.toks.clone().map(|i| t.info[i].lower))
        .collect();
    let attested = |i: usize, k: Line| {
        let f = t.info[i].flags;
        t.tokens[i].kind != TokenKind::Word
            || f & (CAP_MID_ELSEWHERE | PLACE_B | PLACE_I) != 0
            || match k {
                Line::Title => f & ALLCAPS != 0,
                Line::Caps => named.contains(&t.info[i].lower),
            }
    };
    ms.retain_mut(|m| {
        let Some(k) = line_of(m.toks.start) else {
            return true;
        };
        let (mut a, mut b) = (m.toks.start, m.toks.end);
        while a < b && (!attested(a, k) || t.tokens[a].kind != TokenKind::Word) {
            a += 1;
        }
        while b > a && (!attested(b - 1, k) || t.tokens[b - 1].kind != TokenKind::Word) {
            b -= 1;
        }
        if a >= b || !(a..b).all(|i| attested(i, k)) {
            return false;
        }
        m.toks = a..b;
        m.span = Span::new(t.tokens[a].span.start, t.tokens[b - 1].span.end);
        true
    });
}

/// The text puts something in the place or names it as one: a preposition of place before
/// the mention ("in Bayfield", "near Amherst"), a state after its comma ("Bayfield, Wis."),
/// a listed place before it in a list ("Natick, Wellesley and Newton"), or a cue that it is
/// a place ("the member for Griffith").
fn in_the_place(t: &Tagged, m: &Mention) -> bool {
    use super::features::{PLACE_B, PLACE_I};
    let s = m.toks.start;
    let before = s > 0
        && matches!(
            t.tok(s - 1),
            "in" | "near" | "outside" | "from" | "around" | "to" | "In" | "Near" | "Outside"
        );
    let listed = s >= 2
        && matches!(t.tok(s - 1), "," | "and")
        && t.info[s - 2].flags & (PLACE_B | PLACE_I) != 0;
    before
        || listed
        || (t.tok(m.toks.end) == "," && context::cap_word(t, m.toks.end + 1))
        || context::stated_kind(t, m) == Some(Kind::Place)
}

/// "Hong" and "Kong Polytechnic University": two names the tagger cut inside a listed place
/// are one, of the kind of the second, which holds the name's head.
fn join_split_places(t: &Tagged, ms: &mut Vec<Mention>) {
    use super::features::{PLACE_B, PLACE_I};
    ms.sort_by_key(|m| m.toks.start);
    let mut out: Vec<Mention> = Vec::with_capacity(ms.len());
    for m in ms.drain(..) {
        let s = m.toks.start;
        let inside_place = t.info[s].flags & PLACE_I != 0
            && s > 0
            && t.info[s - 1].flags & (PLACE_B | PLACE_I) != 0;
        // "Cox’s Bazar": a listed place's possessive, which cut the tagger's name.
        let next_to = |prev: &Mention| {
            let e = prev.toks.end;
            e == s || (e + 1 == s && t.is_possessive(e) && t.info[e].flags & PLACE_I != 0)
        };
        match out.last_mut() {
            Some(prev) if inside_place && next_to(prev) => {
                prev.toks = prev.toks.start..m.toks.end;
                prev.span = t.span(&prev.toks);
                prev.kind = m.kind;
            }
            _ => out.push(m),
        }
    }
    *ms = out;
}

/// The word before the last of a name of three or more words that no first name is:
/// "Zuluaga" of "Esteban Zuluaga Mejía", as Spanish names put the father's surname before the
/// mother's, and news calls him "Zuluaga". Not "Ann" of "Mary Ann Smith".
fn paternal_surname(words: &[String]) -> Option<&String> {
    let core = name_core(words);
    let w = core.get(core.len().checked_sub(2)?)?;
    (core.len() >= 3 && word_flags(w) & gz::FIRST == 0).then_some(w)
}

/// "the Tapajós" after "the Tapajós River", "the Mississippi" after "the Mississippi River":
/// a river's, lake's or range's name written alone is the same place.
fn feature_heads(t: &Tagged, ms: &mut [Mention]) {
    const FEATURES: &[&str] = &["lake", "mountains", "range", "river", "sea", "valley"];
    let heads: FastSet<u64> = ms
        .iter()
        .filter(|m| m.kind == Kind::Place && m.toks.len() == 2)
        .filter(|m| gz::in_list(FEATURES, t.tok(m.toks.end - 1)))
        .map(|m| t.info[m.toks.start].lower)
        .collect();
    if heads.is_empty() {
        return;
    }
    for m in ms.iter_mut() {
        let i = m.toks.start;
        if m.toks.len() == 1 && heads.contains(&t.info[i].lower) && !is_capitalised(t.tok(i + 1)) {
            m.kind = Kind::Place;
        }
    }
}

pub fn entities(t: &Tagged) -> Vec<Entity> {
    let mut ms = raw_mentions(t);
    join_split_places(t, &mut ms);
    super::entities::first_names_cut_off(t, &mut ms);
    super::entities::given_names_at_sentence_start(t, &mut ms);
    super::entities::city_halls(t, &mut ms);
    super::titles::offices_before_people(t, &mut ms);
    super::titles::members(t, &mut ms);
    super::titles::states_attorneys(t, &mut ms);
    feature_heads(t, &mut ms);
    datelines(t, &mut ms);
    super::entities::the_places(t, &mut ms);
    context::possessive_orgs(t, &mut ms);
    context::group_possessives(t, &mut ms);
    context::possessive_places(t, &mut ms);
    context::country_possessives(t, &mut ms);
    context::office_splits(t, &mut ms);
    context::dangling_connectors(t, &mut ms);
    super::institutions::of_phrases(t, &mut ms);
    super::institutions::campuses(t, &mut ms);
    context::court_districts(t, &mut ms);
    context::local_bodies(t, &mut ms);

    context::newspapers(t, &mut ms);
    context::role_places(t, &mut ms);
    headline_mentions(t, &mut ms);
    super::entities::bylines(t, &mut ms);
    super::entities::post_authors(t, &mut ms);
    listed_orgs(t, &mut ms);
    split_coordinations(t, &mut ms);
    super::lists::people_of(t, &mut ms);
    sentence_start_words(t, &mut ms);
    super::teams::teams(t, &mut ms);
    super::teams::club_letters(t, &mut ms);
    context::place_lists(t, &mut ms);
    context::numbered_roads(t, &mut ms);
    super::feature_first::feature_first_places(t, &mut ms);
    context::named_for_people(t, &mut ms);
    context::feature_of_phrases(t, &mut ms);
    context::particle_places(t, &mut ms);
    context::major_place_phrases(t, &mut ms);
    context::untagged_names(t, &mut ms);
    context::people_before_roles(t, &mut ms);
    super::orgs::branches(t, &mut ms);
    super::orgs::place_for_body(t, &mut ms);
    super::orgs::plus_signs(t, &mut ms);
    super::orgs::union_locals(t, &mut ms);
    super::orgs::missions(t, &mut ms);
    super::orgs::committee_fields(t, &mut ms);
    super::orgs::chapters(t, &mut ms);
    super::orgs::owned_bodies(t, &mut ms);
    super::orgs::bodies_before_people(t, &mut ms);
    super::orgs::health_trusts(t, &mut ms);
    super::orgs::call_signs(t, &mut ms);
    super::orgs::dotted_acronyms(t, &mut ms);
    context::bodies_ending_in_a_country(t, &mut ms);
    context::compound_streets(t, &mut ms);
    context::street_quarters(t, &mut ms);
    context::stat_lines(t, &mut ms);
    let mut links = parenthesised_acronyms(t, &mut ms);
    propagate(t, &mut ms);
    lowercase_acronyms(t, &mut ms);
    context::closing_org_words(t, &mut ms);
    context::and_in_names(t, &mut ms);
    // Again: a legal form just joined may close the first of two names ("JPMorgan Chase &
    // Co. and Wintrust Financial Corp.").
    split_coordinations(t, &mut ms);
    super::lists::place_runs(t, &mut ms);
    context::name_particles(t, &mut ms);
    context::quoted_nicknames(t, &mut ms);
    // After the rules that complete names: the long name must be whole.
    links.extend(stated_aliases(t, &mut ms));
    super::entities::compound_modifiers(t, &mut ms);
    context::saints_and_bare_words(t, &mut ms);
    super::eponyms::conditions(t, &mut ms);
    super::entities::hyphenated_pairs(t, &mut ms);
    let acronyms: FastMap<String, String> = links.into_iter().collect();
    // By bytes: the two names of a hyphenated pair share the token that joins them.
    ms.sort_by_key(|m| m.span.start);
    ms.dedup_by(|a, b| a.span.start < b.span.end);

    // The last words of people named in full: "Hamilton" alone is the person where "Lewis
    // Hamilton" is named, the place elsewhere.
    let surnames: FastSet<u64> = ms
        .iter()
        .filter(|m| m.kind == Kind::Person && m.toks.len() >= 2)
        .map(|m| t.info[m.toks.end - 1].lower)
        .collect();
    // Exact-form clusters, keyed by canonical form.
    let mut clusters: Vec<Cluster> = Vec::new();
    // Both maps are sized for every mention up front: growing them cost more than filling.
    let mut by_key: FastMap<String, usize> =
        FastMap::with_capacity_and_hasher(ms.len(), <_>::default());
    // A name recurs: its cluster is looked up once per distinct surface form.
    let mut by_surface: FastMap<&str, usize> =
        FastMap::with_capacity_and_hasher(ms.len(), <_>::default());
    for (mi, m) in ms.iter().enumerate() {
        let surface = &t.text[m.span.start..m.span.end];
        if let Some(&ci) = by_surface.get(surface) {
            let c = &mut clusters[ci];
            c.members.push(mi);
            vote(c, t, m, &surnames);
            continue;
        }
        let words = words_of(surface);
        let key = words.join(" ");
        let (ckey, fixed) = match alias_group(&key) {
            Some((g, k)) => (format!("\u{1}alias{g}"), Some(k)),
            None => match acronyms.get(&key) {
                Some(long) => match alias_group(long) {
                    Some((g, k)) => (format!("\u{1}alias{g}"), Some(k)),
                    None => (long.clone(), None),
                },
                None => (key, None),
            },
        };
        let ci = *by_key.entry(ckey).or_insert_with(|| {
            clusters.push(Cluster {
                words: Vec::new(),
                members: Vec::new(),
                votes: [0.0; 3],
                fixed,
                parent: None,
                listed: false,
                team: false,
            });
            clusters.len() - 1
        });
        let c = &mut clusters[ci];
        if words.len() > c.words.len() {
            c.words = words;
        }
        c.members.push(mi);
        vote(c, t, m, &surnames);
        by_surface.insert(surface, ci);
    }

    // Attach shorter clusters to longer ones they are a variant of.
    let mut order: Vec<usize> = (0..clusters.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(clusters[i].words.len()));
    // Candidate partners by first word, last word and initials, so long texts stay linear.
    let mut rank = vec![0usize; clusters.len()];
    let mut by_word: FastMap<String, Vec<usize>> =
        FastMap::with_capacity_and_hasher(clusters.len(), <_>::default());
    for (pos, &ci) in order.iter().enumerate() {
        rank[ci] = pos;
        let c = &clusters[ci];
        if c.words.len() < 2 {
            continue;
        }
        let mut keys: Vec<String> = Vec::new();
        keys.extend(c.words.first().cloned());
        keys.extend(name_core(&c.words).last().cloned());
        keys.extend(paternal_surname(&c.words).cloned());
        keys.extend(org_core(&c.words).last().cloned());
        if let Some(&mi) = c.members.first() {
            let ini = initials(&t.text[ms[mi].span.start..ms[mi].span.end]);
            if !ini.is_empty() {
                keys.push(ini);
            }
        }
        keys.dedup();
        for k in keys {
            by_word.entry(k).or_default().push(ci);
        }
    }
    for (pos, &ci) in order.iter().enumerate() {
        if clusters[ci].fixed.is_some() {
            continue;
        }
        let short = &clusters[ci];
        let sk = short.kind();
        let sw = &short.words;
        let first_surface = short
            .members
            .first()
            .map(|&mi| &t.text[ms[mi].span.start..ms[mi].span.end])
            .unwrap_or("");
        // A surname that is also some town ("Granollers") still joins the person named in
        // full; a country or big city ("Washington") does not.
        let looks_major_place = || gz::is_major_place(&t.lowers(&ms[short.members[0]].toks));
        // "Walt Disney Co.", not "Air Zermatt": the long name opens with a first name.
        let opens_with_first_name = |long: &Cluster| {
            long.members
                .first()
                .is_some_and(|&mi| t.info[ms[mi].toks.start].flags & gz::FIRST != 0)
        };
        // A place named apart from a body that governs or looks after it ("McDowell County"
        // beside "McDowell County Commission", "Great Barrier Reef" beside "Great Barrier Reef
        // Foundation"); but "Copper Canyon" after "Copper Canyon Press" is the publisher.
        let said_place = |long: &Cluster| {
            const BODIES: &[&str] = &[
                "agency",
                "alliance",
                "association",
                "authority",
                "board",
                "commission",
                "conservancy",
                "council",
                "court",
                "department",
                "district",
                "foundation",
                "institute",
                "police",
                "service",
                "sheriff",
                "trust",
            ];
            // "north Clare" beside "Clare Champion": a compass word says so of any body.
            let compass = || {
                short
                    .members
                    .iter()
                    .any(|&mi| context::compass_before(t, &ms[mi]))
            };
            short.votes[2] >= STATED
                && (long.words[sw.len()..]
                    .iter()
                    .any(|w| gz::in_list(BODIES, w))
                    || compass())
        };
        let mut target = None;
        // Each list is in rank order, longest names first: only its head can hold a longer
        // name. A text that gives one word to thousands of names ("Institute for the Study
        // of ...") would otherwise make this quadratic; past `MAX_PARTNERS` candidates no real
        // text has, the rest are not tried.
        const MAX_PARTNERS: usize = 256;
        let mut cands: Vec<usize> = [sw.first(), sw.last()]
            .into_iter()
            .flatten()
            .filter_map(|w| by_word.get(w))
            .flat_map(|list| {
                let longer = list.partition_point(|&li| clusters[li].words.len() > sw.len());
                list[..longer].iter().take(MAX_PARTNERS)
            })
            .copied()
            .filter(|&li| rank[li] < pos)
            .collect();
        cands.sort_by_key(|&li| rank[li]);
        cands.dedup();
        // "Yeung said" after "Yeung Sze-wing ..." and then "Maggie Yeung ...": of two people
        // the short name fits, the one named last before it. Other names keep their order
        // after the people.
        let people = || {
            cands
                .iter()
                .filter(|&&li| clusters[li].kind() == Kind::Person)
                .count()
        };
        if sk == Kind::Person && people() > 1 {
            let at = short.members.first().map_or(0, |&mi| ms[mi].toks.start);
            let last_before = |li: usize| {
                clusters[li]
                    .members
                    .iter()
                    .map(|&mi| ms[mi].toks.start)
                    .filter(|&p| p < at)
                    .max()
            };
            cands.sort_by_key(|&li| {
                let person = clusters[li].kind() == Kind::Person;
                (
                    !person,
                    person.then(|| std::cmp::Reverse(last_before(li))),
                    rank[li],
                )
            });
        }
        // A father's surname ("Zuluaga" of "Esteban Zuluaga Mejía") only where no person's
        // name ends in the word ("Pruitt" is Curtis Lee Pruitt's, not Kelly Pruitt Hays's).
        let paternal = sw.len() == 1
            && !cands.iter().any(|&li| {
                clusters[li].kind() == Kind::Person && name_core(&clusters[li].words).ends_with(sw)
            });
        for li in cands {
            let long = &clusters[li];
            if long.parent.is_some() || long.words.len() <= sw.len() {
                continue;
            }
            let suffix = name_core(&long.words).ends_with(sw)
                || (paternal
                    && paternal_surname(&long.words) == sw.first()
                    && long.kind() == Kind::Person);
            // A person-tagged surname variant of a name tagged otherwise: the name is a person.
            // A listed company named for a person ("Eli Lilly") stays a company.
            // So is a two-word name whose first word alone is a person: a family name
            // written first ("Xi" after "met Xi Jinping", which the tagger read as a body),
            // when the first is no first name, body's word or place and the second no body's
            // or place's word.
            let family_first = || {
                let plain = |w: &str, mask: u32| word_flags(w) & mask == 0;
                sw.len() == 1
                    && long.words.len() == 2
                    && long.words[0] == sw[0]
                    && long.votes[1] < STATED
                    && long.votes[2] < STATED
                    && plain(&sw[0], gz::FIRST | gz::ORG_WORD)
                    && plain(&long.words[1], gz::ORG_WORD | gz::PLACE_WORD)
                    && !gz::is_listed_place(&t.lowers(&ms[short.members[0]].toks))
            };
            let lk = if sk == Kind::Person
                && (suffix || family_first())
                && long.fixed.is_none()
                && !long.listed
            {
                Kind::Person
            } else {
                long.kind()
            };
            let ok = match lk {
                Kind::Person => {
                    // The surname, or one word that opens the full name: a first name
                    // ("Curtis") or a family name written first ("Xi" after "Xi Jinping").
                    (suffix || (sw.len() == 1 && long.words.first() == sw.first()))
                        && (sk == Kind::Person || !looks_major_place())
                }
                Kind::Organization => {
                    (sk == Kind::Organization && sw.len() >= 2 && suffix)
                        // "Villa" after "Aston Villa": a listed team's last word.
                        || (sk == Kind::Organization && sw.len() == 1 && suffix && long.team)
                        // "Southwest" after "Southwest Airlines" (see `company_short_form`).
                        || (sk == Kind::Organization
                            && sw.len() == 1
                            && (2..=3).contains(&long.words.len())
                            && long.words.first() == sw.first()
                            && says_what_it_does(long.words[1..].iter().map(String::as_str)))
                        // "Alden" after "the private equity firm Alden Capital": the text
                        // said the long form is an organization, so its first word is too.
                        || (sw.len() == 1
                            && sk != Kind::Place
                            && long.votes[1] >= STATED
                            && long.words.first() == sw.first()
                            && word_flags(first_surface) & gz::PLACE_WORD == 0)
                        // "Reform" after "Reform UK": a listed organization's first word,
                        // read alone as a place that no country or big city has, or as a
                        // person though no name list holds the word ("Plaid" after "Plaid
                        // Cymru"). ("Seattle" beside "Seattle Times" is the city.)
                        || (sw.len() == 1
                            && (sk == Kind::Place
                                || (sk == Kind::Person
                                    && word_flags(first_surface) & (gz::FIRST | gz::SURNAME)
                                        == 0))
                            && long.listed
                            && long.words.first() == sw.first()
                            && !looks_major_place()
                            && !gz::is_listed_place(&t.lowers(&ms[short.members[0]].toks))
                            && !said_place(long))
                        // "Bayfield" after "Bayfield College": a college called by its
                        // town's name, where the text never puts anything in the town. A
                        // big city stays itself ("Boston" beside "Boston College").
                        || (sw.len() == 1
                            && long.words.len() == 2
                            && long.words.first() == sw.first()
                            && gz::in_list(&["college", "university"], &long.words[1])
                            && !looks_major_place()
                            && !short.members.iter().any(|&mi| in_the_place(t, &ms[mi])))
                        // "Lilly" after "Eli Lilly and Co.", "Disney" after "Walt Disney Co.":
                        // a company named for a person is called by the surname.
                        || (sw.len() == 1
                            && sk != Kind::Place
                            && (long.votes[1] >= STATED || long.listed)
                            && org_core(&long.words).len() >= 2
                            && org_core(&long.words).last() == sw.first()
                            && (long.listed || opens_with_first_name(long)))
                        // "Apple" and "Apple Inc.": the name without its legal form.
                        || (long.words.starts_with(sw)
                            && org_core(&long.words).len() <= sw.len()
                            && !said_place(long))
                        // "Wayne State" after "Wayne State University", "Jindal Steel" after
                        // "Jindal Steel International": the name without its head words.
                        // ("Fort Worth" is no short form of "Fort Worth Police").
                        // ("Sahra Wagenknecht" is no short form of "Sahra Wagenknecht
                        // Alliance": a person's full name, tagged so, names the person.)
                        || (sw.len() >= 2
                            && !(sk == Kind::Person && full_name_words(sw))
                            && long.words.starts_with(sw)
                            && long.words[sw.len()..]
                                .iter()
                                .all(|w| word_flags(w) & gz::ORG_CUE != 0)
                            && !gz::is_listed_place(&t.lowers(&ms[short.members[0]].toks))
                            && !said_place(long))
                        || (sw.len() == 1
                            && sw[0].len() >= 3
                            && first_surface.chars().all(|c| !c.is_lowercase())
                            && long
                                .members
                                .first()
                                .map(|&mi| initials(&t.text[ms[mi].span.start..ms[mi].span.end]))
                                .is_some_and(|ini| ini == sw[0]))
                }
                // "Yosemite" after "Yosemite National Park": a park's, river's or lake's
                // first word alone, when it names no person, is the place.
                Kind::Place => {
                    const FEATURES: &[&str] = &[
                        "canyon",
                        "forest",
                        "lake",
                        "mountains",
                        "park",
                        "river",
                        "valley",
                    ];
                    sw.len() == 1
                        && sk != Kind::Organization
                        && long.words.first() == sw.first()
                        && long.words.last().is_some_and(|w| gz::in_list(FEATURES, w))
                        && short.members.iter().all(|&mi| {
                            t.info[ms[mi].toks.start].flags & (gz::FIRST | gz::SURNAME) == 0
                        })
                }
            };
            if ok {
                target = Some((li, lk));
                break;
            }
        }
        if let Some((li, lk)) = target {
            clusters[ci].parent = Some(li);
            let (mut votes, members) = (clusters[ci].votes, clusters[ci].members.clone());
            // A short form joined as an organization's or a place's ("Lilly", "Yosemite")
            // speaks for it, however the tagger read it alone.
            match lk {
                Kind::Organization => votes = [0.0, votes.iter().sum(), 0.0],
                Kind::Place => votes = [0.0, 0.0, votes.iter().sum()],
                Kind::Person => {}
            }
            let l = &mut clusters[li];
            for (lv, v) in l.votes.iter_mut().zip(votes) {
                *lv += v;
            }
            // Surname variants are how people are referred to.
            if l.kind() == Kind::Person || votes[0] > 0.0 {
                l.votes[0] += 1.0;
            }
            l.members.extend(members);
        }
    }

    // Build entities in order of first mention.
    let mut out: Vec<Entity> = Vec::new();
    let mut roots: Vec<&Cluster> = clusters.iter().filter(|c| c.parent.is_none()).collect();
    roots.sort_by_key(|c| c.members.iter().map(|&mi| ms[mi].toks.start).min());
    for c in roots {
        let kind = c.kind();
        let mut members = c.members.clone();
        members.sort_by_key(|&mi| ms[mi].toks.start);
        let mut mentions: Vec<Span> = members.iter().map(|&mi| ms[mi].span).collect();
        mentions.dedup();
        let mut aliases: Vec<String> = Vec::new();
        for &mi in &members {
            let surface = &t.text[ms[mi].span.start..ms[mi].span.end];
            // Most mentions repeat an alias already kept: compared before any copy is made.
            if !surface.contains('\n') {
                if !aliases.iter().any(|a| a == surface) {
                    aliases.push(surface.to_string());
                }
                continue;
            }
            let s = surface.replace('\n', " ");
            if !aliases.contains(&s) {
                aliases.push(s);
            }
        }
        let name = display_name(&aliases);
        if let Some(p) = aliases.iter().position(|a| *a == name) {
            let n = aliases.remove(p);
            aliases.insert(0, n);
        }
        out.push(Entity {
            id: out.len(),
            name,
            kind,
            aliases,
            mentions,
            quotes: Vec::new(),
        });
    }
    out
}

/// The fullest proper form: most words, then not all-caps, then first seen.
fn display_name(aliases: &[String]) -> String {
    if let [only] = aliases {
        return only.clone();
    }
    aliases
        .iter()
        .enumerate()
        .max_by_key(|(i, a)| {
            let words = a.split_whitespace().count();
            let mixed = a.chars().any(|c| c.is_lowercase());
            (words, mixed, std::cmp::Reverse(*i))
        })
        .map(|(_, a)| a.clone())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use crate::extract::testing::rows;
    use crate::extract::Kind;

    #[test]
    fn names_that_open_alike_or_a_person_and_a_firm_are_two() {
        let got = rows(
            "Pickets closed the Gare de Brest and Gare Vautrin. Halvorsen Sports is owned by \
             Mark Davis and Brightwater Capital. The Nurses and Midwives Board met. The Bank \
             of Tarvo and Ostrel-Mina Bank merged.",
            &[
                ("Gare de Brest and Gare Vautrin", Kind::Place),
                ("Halvorsen Sports", Kind::Organization),
                ("Mark Davis and Brightwater Capital", Kind::Organization),
                ("Nurses and Midwives Board", Kind::Organization),
                ("Bank of Tarvo and Ostrel-Mina Bank", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Gare de Brest".into(), Kind::Place),
                ("Gare Vautrin".into(), Kind::Place),
                ("Halvorsen Sports".into(), Kind::Organization),
                ("Mark Davis".into(), Kind::Person),
                ("Brightwater Capital".into(), Kind::Organization),
                ("Nurses and Midwives Board".into(), Kind::Organization),
                ("Bank of Tarvo".into(), Kind::Organization),
                ("Ostrel-Mina Bank".into(), Kind::Organization),
            ]
        );
    }

    #[test]
    fn a_person_stays_apart_from_the_party_named_for_her() {
        let got = rows(
            "Marta Kowalczyk founded the Marta Kowalczyk Alliance. Kowalczyk said it would win.",
            &[
                ("Marta Kowalczyk Alliance", Kind::Organization),
                ("Marta Kowalczyk", Kind::Person),
                ("Kowalczyk", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Marta Kowalczyk".into(), Kind::Person),
                ("Marta Kowalczyk Alliance".into(), Kind::Organization),
            ]
        );
    }

    #[test]
    fn a_college_is_called_by_its_towns_name_unless_the_text_is_in_the_town() {
        let got = rows(
            "Applicants sued Bayfield College. Her mother attended Bayfield, she said. Students \
             at Amherst College met; police in Amherst watched. Wellesley College staff ran \
             through Natick, Wellesley and Newton.",
            &[
                ("Bayfield College", Kind::Organization),
                ("Bayfield", Kind::Place),
                ("Amherst College", Kind::Organization),
                ("Amherst", Kind::Place),
                ("Wellesley College", Kind::Organization),
                ("Natick", Kind::Place),
                ("Wellesley", Kind::Place),
                ("Newton", Kind::Place),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Bayfield College".into(), Kind::Organization),
                ("Amherst College".into(), Kind::Organization),
                ("Amherst".into(), Kind::Place),
                ("Wellesley College".into(), Kind::Organization),
                ("Natick".into(), Kind::Place),
                ("Wellesley".into(), Kind::Place),
                ("Newton".into(), Kind::Place),
            ]
        );
    }

    #[test]
    fn a_place_after_a_compass_word_is_no_short_form_of_a_body() {
        let got = rows(
            "The Clare Champion reported it. Jobs went to north Clare, the council said.",
            &[
                ("Clare Champion", Kind::Organization),
                ("Clare", Kind::Place),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Clare Champion".into(), Kind::Organization),
                ("Clare".into(), Kind::Place),
            ]
        );
    }

    #[test]
    fn a_groups_word_after_a_listed_name_is_part_of_it() {
        let got = rows(
            "Country Garden Holdings said creditors agreed. Country Garden shares rose.",
            &[("Garden Holdings", Kind::Organization)],
        );
        assert_eq!(
            got,
            vec![("Country Garden Holdings".into(), Kind::Organization)]
        );
    }

    #[test]
    fn a_company_is_called_by_its_first_word() {
        let got = rows(
            "Zephyrine Airlines added flights. A Zephyrine jet landed. Walt Disney Co. agreed; \
             Walt was away.",
            &[
                ("Zephyrine Airlines", Kind::Organization),
                ("Walt Disney Co.", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Zephyrine Airlines".into(), Kind::Organization),
                ("Walt Disney Co.".into(), Kind::Organization),
            ]
        );
        let t = crate::extract::testing::tagged(
            "Zephyrine Airlines added flights. A Zephyrine jet landed.",
            &[("Zephyrine Airlines", Kind::Organization)],
        );
        let e = super::entities(&t);
        assert_eq!(e[0].mentions.len(), 2, "{e:?}");
        // After "the" and before no noun, the word is the region the company is named for.
        let t = crate::extract::testing::tagged(
            "Zephyrine Airlines added flights. Storms hit the Zephyrine.",
            &[("Zephyrine Airlines", Kind::Organization)],
        );
        let e = super::entities(&t);
        assert_eq!(e.len(), 1, "{e:?}");
        assert_eq!(e[0].mentions.len(), 1, "{e:?}");
        // The short form the tagger named itself joins the company's row.
        let got = rows(
            "Zephyrine Air Lines said so. Zephyrine flew on.",
            &[
                ("Zephyrine Air Lines", Kind::Organization),
                ("Zephyrine", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![("Zephyrine Air Lines".into(), Kind::Organization)]
        );
    }

    #[test]
    fn a_listed_place_in_a_list_of_places_is_a_place() {
        let got = rows(
            "Offices in Boise, Spokane and Port Arthur closed.",
            &[
                ("Boise", Kind::Place),
                ("Spokane", Kind::Place),
                ("Port Arthur", Kind::Person),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Boise".into(), Kind::Place),
                ("Spokane".into(), Kind::Place),
                ("Port Arthur".into(), Kind::Place)
            ]
        );
        // After a person's name the list says nothing.
        let got = rows(
            "John Smith and Port Arthur agreed.",
            &[("John Smith", Kind::Person), ("Port Arthur", Kind::Person)],
        );
        assert_eq!(got[1], ("Port Arthur".into(), Kind::Person));
    }

    #[test]
    fn the_name_in_a_compound_is_a_mention() {
        let text = "The Indianapolis-based firm and a New York-based fund, like Acme, met \
                    Acme-backed groups. LED-based lamps lit Vexlor-made chips.";
        let t = crate::extract::testing::tagged(text, &[("Acme", Kind::Organization)]);
        let got: Vec<(String, Kind)> = super::entities(&t)
            .into_iter()
            .flat_map(|e| {
                e.mentions
                    .iter()
                    .map(|s| (text[s.start..s.end].to_string(), e.kind))
                    .collect::<Vec<_>>()
            })
            .collect();
        assert_eq!(
            got,
            vec![
                ("Indianapolis".into(), Kind::Place),
                ("New York".into(), Kind::Place),
                ("Acme".into(), Kind::Organization),
                ("Acme".into(), Kind::Organization)
            ]
        );
        // The tagger's reading of a compound, or of the words before it, gives way to the
        // place in it.
        let text = "A San Francisco-based group sued. The Hong Kong-listed firm fell.";
        let got = rows(
            text,
            &[("San", Kind::Place), ("Hong Kong-listed", Kind::Place)],
        );
        assert_eq!(
            got,
            vec![
                ("San Francisco".into(), Kind::Place),
                ("Hong Kong".into(), Kind::Place)
            ]
        );
    }

    #[test]
    fn a_name_written_again_in_lowercase_is_a_description() {
        let text = "The Philippine Coast Guard said so. Two Philippine coast guard ships left. \
                    The Institute for the Study of War agreed.";
        let t = crate::extract::testing::tagged(
            text,
            &[
                ("Philippine Coast Guard", Kind::Organization),
                ("Institute for the Study of War", Kind::Organization),
            ],
        );
        let got: Vec<&str> = super::entities(&t)
            .iter()
            .flat_map(|e| e.mentions.iter().map(|s| &text[s.start..s.end]))
            .collect();
        assert_eq!(
            got,
            vec!["Philippine Coast Guard", "Institute for the Study of War"]
        );
    }

    #[test]
    fn two_companies_joined_by_and_are_two() {
        let got = rows(
            "Continental Resources and Devon Energy merged. The House Energy and Commerce \
             Committee met. Gold Butte National Monument and Avi Kwa Ame National Monument \
             were named.",
            &[
                ("Continental Resources and Devon Energy", Kind::Organization),
                ("House Energy and Commerce Committee", Kind::Organization),
                (
                    "Gold Butte National Monument and Avi Kwa Ame National Monument",
                    Kind::Place,
                ),
            ],
        );
        let want: Vec<(String, Kind)> = vec![
            ("Continental Resources".into(), Kind::Organization),
            ("Devon Energy".into(), Kind::Organization),
            (
                "House Energy and Commerce Committee".into(),
                Kind::Organization,
            ),
            ("Gold Butte National Monument".into(), Kind::Place),
            ("Avi Kwa Ame National Monument".into(), Kind::Place),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn a_listed_company_is_no_half_of_a_name() {
        let got = rows(
            "Sales moved to Microsoft and Wayfair.",
            &[("Microsoft and Wayfair", Kind::Organization)],
        );
        assert_eq!(
            got,
            vec![
                ("Microsoft".into(), Kind::Organization),
                ("Wayfair".into(), Kind::Organization)
            ]
        );
    }

    #[test]
    fn an_imposed_or_brokered_compound_names_its_place() {
        let got = rows(
            "He was charged under the Beijing-imposed National Security Law in a \
             Qatar-brokered deal.",
            &[("Beijing-imposed National Security Law", Kind::Organization)],
        );
        assert!(
            got.contains(&("Beijing".into(), Kind::Place))
                && got.contains(&("Qatar".into(), Kind::Place))
                && got.contains(&("National Security Law".into(), Kind::Organization)),
            "{got:?}"
        );
    }

    #[test]
    fn a_shared_surname_goes_to_the_person_named_last() {
        let text = "Yeung Sze-wing sat in the dock. Prosecutor Maggie Yeung spoke next. Yeung \
                    said it was a plan.";
        let t = crate::extract::testing::tagged(
            text,
            &[
                ("Yeung Sze-wing", Kind::Person),
                ("Maggie Yeung", Kind::Person),
                ("Yeung", Kind::Person),
            ],
        );
        let got: Vec<(String, usize)> = super::entities(&t)
            .into_iter()
            .map(|e| (e.name, e.mentions.len()))
            .collect();
        assert_eq!(
            got,
            vec![("Yeung Sze-wing".into(), 1), ("Maggie Yeung".into(), 2)]
        );
    }

    #[test]
    fn a_listed_team_is_no_person_for_its_short_form() {
        let got = rows(
            "Wolves lost 4-0 to Aston Villa on Saturday. Villa led 2-0 at half-time, and Villa \
             scored twice more.",
            &[("Wolves", Kind::Organization), ("Villa", Kind::Person)],
        );
        assert!(
            got.contains(&("Aston Villa".into(), Kind::Organization)),
            "{got:?}"
        );
    }

    #[test]
    fn two_listed_teams_joined_by_and_are_two() {
        let got = rows(
            "Bath Rugby, Exeter Chiefs and Sale Sharks made inquiries.",
            &[
                ("Bath Rugby", Kind::Organization),
                ("Exeter Chiefs and Sale Sharks", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Bath Rugby".into(), Kind::Organization),
                ("Exeter Chiefs".into(), Kind::Organization),
                ("Sale Sharks".into(), Kind::Organization),
            ]
        );
    }

    #[test]
    fn a_listed_company_named_for_a_person_stays_a_company() {
        let got = rows(
            "Rivals such as Eli Lilly are ahead. Lilly said its drug works. Lilly hired.",
            &[("Eli Lilly", Kind::Person), ("Lilly", Kind::Person)],
        );
        assert_eq!(got, vec![("Eli Lilly".into(), Kind::Organization)]);
    }

    #[test]
    fn a_well_known_place_or_listed_body_opening_a_sentence_stays_a_name() {
        // An unknown word the tagger read as a person at a sentence's start is dropped; a
        // country is not unknown.
        let got = rows(
            "Norway's wealth fund sold shares. Yesterday was calm.",
            &[("Norway", Kind::Person), ("Yesterday", Kind::Person)],
        );
        assert_eq!(got, vec![("Norway".into(), Kind::Place)]);
        // Nor is a listed organization.
        let got = rows(
            "Bechtel and Hyundai won the contracts.",
            &[("Bechtel", Kind::Person), ("Hyundai", Kind::Organization)],
        );
        assert!(
            got.contains(&("Bechtel".into(), Kind::Organization)),
            "{got:?}"
        );
    }

    #[test]
    fn a_listed_name_that_is_only_a_prior_is_a_mention_after_a_company_noun() {
        let got = rows(
            "Rival Roche fell. Credit rating agency Fitch downgraded it. Roche spoke.",
            &[],
        );
        assert!(
            got.contains(&("Roche".into(), Kind::Organization)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Fitch".into(), Kind::Organization)),
            "{got:?}"
        );
    }

    #[test]
    fn a_fathers_surname_alone_is_the_person_where_no_name_ends_in_it() {
        let got = rows(
            "President Esteban Zuluaga Mejía spoke. Zuluaga left.",
            &[
                ("Esteban Zuluaga Mejía", Kind::Person),
                ("Zuluaga", Kind::Person),
            ],
        );
        assert_eq!(got, vec![("Esteban Zuluaga Mejía".into(), Kind::Person)]);
        // "Pruitt" ends Curtis Lee Pruitt's name: his, not Kelly Pruitt Hays's.
        let t = crate::extract::testing::tagged(
            "Curtis Lee Pruitt and Kelly Pruitt Hays spoke. Pruitt left.",
            &[
                ("Curtis Lee Pruitt", Kind::Person),
                ("Kelly Pruitt Hays", Kind::Person),
                ("Pruitt", Kind::Person),
            ],
        );
        let es = super::entities(&t);
        let curtis = es
            .iter()
            .find(|e| e.name == "Curtis Lee Pruitt")
            .expect("Curtis");
        assert_eq!(curtis.mentions.len(), 2, "{es:?}");
    }

    #[test]
    fn the_hague_keeps_its_the() {
        let got = rows(
            "Judges in The Hague ruled. The court met.",
            &[("Hague", Kind::Organization)],
        );
        assert_eq!(got, vec![("The Hague".into(), Kind::Place)]);
        // A longer name the place opens keeps its kind and the "The".
        let got = rows(
            "The hearing at The Hague District Court opened.",
            &[("Hague District Court", Kind::Organization)],
        );
        assert_eq!(
            got,
            vec![("The Hague District Court".into(), Kind::Organization)]
        );
    }

    #[test]
    fn two_words_after_in_that_no_first_name_opens_are_a_place() {
        let got = rows(
            "Boats anchored near Qurvel Jiao. Investors lost confidence in Jerome Powell.",
            &[
                ("Qurvel Jiao", Kind::Person),
                ("Jerome Powell", Kind::Person),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Qurvel Jiao".into(), Kind::Place),
                ("Jerome Powell".into(), Kind::Person)
            ]
        );
    }

    #[test]
    fn a_parks_first_word_alone_is_the_park() {
        let got = rows(
            "Rangers at Yosemite National Park searched. Yosemite rangers found him. Voters \
             in La Grande agreed.",
            &[
                ("Yosemite National Park", Kind::Place),
                ("Yosemite", Kind::Person),
                ("La Grande", Kind::Person),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Yosemite National Park".into(), Kind::Place),
                ("La Grande".into(), Kind::Place)
            ]
        );
    }

    #[test]
    fn a_name_without_its_head_words_is_the_same() {
        let text = "Wayne State University hired her. Wayne State said so. The Fort Worth \
                    Police came to Fort Worth.";
        let got = rows(
            text,
            &[
                ("Wayne State University", Kind::Organization),
                ("Wayne State", Kind::Place),
                ("Fort Worth Police", Kind::Organization),
                ("Fort Worth", Kind::Place),
            ],
        );
        assert!(!got.iter().any(|(n, _)| n == "Wayne State"), "{got:?}");
        assert!(got.contains(&("Fort Worth".into(), Kind::Place)), "{got:?}");
        let got = rows(
            "She joined Maria Lopez and Jane Doyle at the top.",
            &[("Maria Lopez and Jane Doyle", Kind::Organization)],
        );
        assert_eq!(
            got,
            vec![
                ("Maria Lopez".into(), Kind::Person),
                ("Jane Doyle".into(), Kind::Person)
            ]
        );
    }

    #[test]
    fn a_datelines_wire_credit_is_no_acronym_of_the_state() {
        let got = rows(
            "ANCHORAGE, Alaska (AP) — Officials said. PHOENIX, Ariz. (XP) — They agreed.",
            &[
                ("ANCHORAGE", Kind::Place),
                ("Alaska", Kind::Place),
                ("AP", Kind::Organization),
                ("PHOENIX", Kind::Place),
                ("Ariz.", Kind::Place),
                ("XP", Kind::Organization),
            ],
        );
        for (name, kind) in [
            ("Alaska", Kind::Place),
            ("AP", Kind::Organization),
            ("Ariz.", Kind::Place),
            ("XP", Kind::Organization),
        ] {
            assert!(got.contains(&(name.into(), kind)), "{name}: {got:?}");
        }
    }

    #[test]
    fn a_listed_bodys_first_word_read_as_no_listed_name_is_the_body() {
        let got = rows(
            "Gethin Rhys speaks for Plaid Cymru. Plaid will not be asked, he said. Dominion \
             Energy filed. Dominion has told us so. Morgan Stanley rose. Morgan Jones spoke.",
            &[
                ("Gethin Rhys", Kind::Person),
                ("Plaid Cymru", Kind::Organization),
                ("Plaid", Kind::Person),
                ("Dominion Energy", Kind::Organization),
                ("Dominion", Kind::Person),
                ("Morgan Stanley", Kind::Organization),
                ("Morgan Jones", Kind::Person),
            ],
        );
        assert!(
            !got.iter().any(|(n, _)| n == "Plaid" || n == "Dominion"),
            "{got:?}"
        );
        assert!(
            got.contains(&("Morgan Jones".into(), Kind::Person)),
            "{got:?}"
        );
    }

    #[test]
    fn a_listed_partys_first_word_alone_is_the_party() {
        let got = rows(
            "Reform UK came second. Reform took votes from the Tories.",
            &[("Reform UK", Kind::Organization), ("Reform", Kind::Place)],
        );
        assert_eq!(got[0], ("Reform UK".into(), Kind::Organization));
        assert!(!got.iter().any(|(n, _)| n == "Reform"), "{got:?}");
        // A listed place is no listed body's first word alone.
        let got = rows(
            "Fans in Seattle cheered. The Seattle Times reported.",
            &[
                ("Seattle", Kind::Place),
                ("Seattle Times", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Seattle".into(), Kind::Place),
                ("Seattle Times".into(), Kind::Organization)
            ]
        );
    }

    #[test]
    fn a_town_stays_a_place_beside_the_firms_named_for_it() {
        let text = "Rescuers from Air Zermatt flew. The Zermatt Bergbahnen closed its lifts. \
                    Zermatt was cut off.";
        let got = rows(
            text,
            &[
                ("Air Zermatt", Kind::Organization),
                ("Zermatt Bergbahnen", Kind::Organization),
                ("Zermatt", Kind::Place),
            ],
        );
        assert!(got.contains(&("Zermatt".into(), Kind::Place)), "{got:?}");
    }

    #[test]
    fn a_listed_place_after_in_is_the_place() {
        let got = rows(
            "In Tel Aviv, thousands rallied.",
            &[("Tel Aviv", Kind::Organization)],
        );
        assert_eq!(got, vec![("Tel Aviv".into(), Kind::Place)]);
        // A possessive after it may be the club's or the firm's.
        let got = rows(
            "Fans cheered in Derby's stand.",
            &[("Derby", Kind::Organization)],
        );
        assert_eq!(got, vec![("Derby".into(), Kind::Organization)]);
    }

    #[test]
    fn offices_parties_and_scores_are_cut_from_names() {
        let text = "Chief Executive Sundar Pichai said it. Democrat Rosa Villaseñor won. \
                    Fellow Democrats Alicia Johnson and others agreed. \
                    Arsenal beat Newcastle United 3-1 on Saturday.";
        let got = rows(
            text,
            &[
                ("Executive Sundar Pichai", Kind::Organization),
                ("Democrat Rosa Villaseñor", Kind::Person),
                ("Democrats Alicia Johnson", Kind::Person),
                ("Arsenal", Kind::Organization),
                ("Newcastle United 3", Kind::Organization),
            ],
        );
        for (name, kind) in [
            ("Sundar Pichai", Kind::Person),
            ("Rosa Villaseñor", Kind::Person),
            ("Alicia Johnson", Kind::Person),
            ("Newcastle United", Kind::Organization),
        ] {
            assert!(got.contains(&(name.into(), kind)), "{name}: {got:?}");
        }
    }

    #[test]
    fn names_joined_by_and_split_when_the_text_shows_them_apart() {
        let text = "The Steelers and Browns met on Thursday. The Browns lost.";
        let got = rows(
            text,
            &[
                ("Steelers and Browns", Kind::Organization),
                ("Browns", Kind::Organization),
            ],
        );
        assert!(
            got.contains(&("Steelers".into(), Kind::Organization)),
            "{got:?}"
        );
        assert!(!got.iter().any(|(n, _)| n.contains(" and ")), "{got:?}");
        // People never have an "and" inside their name.
        let got = rows(
            "Letters by Bernoulli and Euler survive.",
            &[("Bernoulli and Euler", Kind::Person)],
        );
        assert_eq!(got.len(), 2, "{got:?}");
        // A name with "and" inside, and no sign of its parts alone, stays whole.
        let text = "The Food and Drug Administration approved the drug.";
        let got = rows(
            text,
            &[("Food and Drug Administration", Kind::Organization)],
        );
        assert_eq!(
            got,
            vec![("Food and Drug Administration".into(), Kind::Organization)]
        );
    }

    #[test]
    fn an_acronym_spelled_out_in_lowercase_is_no_name() {
        let text =
            "He had hypersensitivity pneumonitis (HP). HP is rare. It adds 10 gigawatts (GW).";
        let got = rows(text, &[("HP", Kind::Organization), ("GW", Kind::Place)]);
        assert!(got.is_empty(), "{got:?}");
        // An organization's acronym after its capitalised name stays.
        let text = "The Overseas Security Advisory Council (OSAC) met. OSAC said so.";
        let got = rows(
            text,
            &[("Overseas Security Advisory Council", Kind::Organization)],
        );
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_name_cut_inside_a_listed_place_is_one_name() {
        let got = rows(
            "Hong Kong Polytechnic University was besieged.",
            &[
                ("Hong", Kind::Place),
                ("Kong Polytechnic University", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![(
                "Hong Kong Polytechnic University".into(),
                Kind::Organization
            )]
        );
    }

    #[test]
    fn a_family_name_written_first_joins_the_full_name() {
        let got = rows(
            "Xi Jinping spoke. Later Xi said no.",
            &[("Xi Jinping", Kind::Person), ("Xi", Kind::Place)],
        );
        assert_eq!(got, vec![("Xi Jinping".into(), Kind::Person)]);
        // The full name read as a body: the family name alone says it is a person.
        let got = rows(
            "He met Xi Jinping in Beijing. Xi said no.",
            &[
                ("Xi Jinping", Kind::Organization),
                ("Beijing", Kind::Place),
                ("Xi", Kind::Person),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Xi Jinping".into(), Kind::Person),
                ("Beijing".into(), Kind::Place)
            ]
        );
        // Not a company's first word: "Hanwha Ocean" stays a body.
        let got = rows(
            "Hanwha Ocean Co. won. Hanwha said so.",
            &[
                ("Hanwha Ocean Co.", Kind::Organization),
                ("Hanwha", Kind::Person),
            ],
        );
        assert_eq!(got[0], ("Hanwha Ocean Co.".into(), Kind::Organization));
    }

    #[test]
    fn a_legal_form_makes_a_company_and_a_country_is_no_person() {
        let text = "Walt Disney Co. said profits rose.";
        let got = rows(text, &[("Walt Disney Co.", Kind::Person)]);
        assert_eq!(got, vec![("Walt Disney Co.".into(), Kind::Organization)]);
        let text = "Djokovic and Serbia beat Croatia.";
        let got = rows(text, &[("Serbia", Kind::Person)]);
        // "Croatia", tagged nowhere, is a country all the same.
        assert_eq!(
            got,
            vec![
                ("Serbia".into(), Kind::Place),
                ("Croatia".into(), Kind::Place)
            ]
        );
        // Two letters without a period are not a legal form: "Texas AG" is an office.
        let got = rows("The Texas AG sued.", &[("Texas AG", Kind::Person)]);
        assert_eq!(got, vec![("Texas AG".into(), Kind::Person)]);
    }

    #[test]
    fn a_modifier_before_a_name_is_not_part_of_it() {
        let text = "The London-based Amnesty International said so.";
        let got = rows(
            text,
            &[("London-based Amnesty International", Kind::Organization)],
        );
        // The city in the compound is a mention of its own.
        assert_eq!(
            got,
            vec![
                ("London".into(), Kind::Place),
                ("Amnesty International".into(), Kind::Organization)
            ]
        );
    }

    #[test]
    fn all_caps_lines_keep_only_names_the_text_confirms() {
        let text = "TOYOTA RAV4 WINS AGAIN\n\nSales at Toyota rose on Tuesday.";
        let got = rows(
            text,
            &[
                ("TOYOTA RAV4 WINS AGAIN", Kind::Person),
                ("Toyota", Kind::Organization),
            ],
        );
        assert!(!got.iter().any(|(n, _)| n.contains("WINS")), "{got:?}");
        assert!(
            got.contains(&("Toyota".into(), Kind::Organization)),
            "{got:?}"
        );
    }

    #[test]
    fn a_rivers_name_alone_is_the_river_and_a_peoples_word_no_name() {
        let got = rows(
            "Permits along the Tapajós River stopped where the Tapajós meets it. Indigenous groups cheered.",
            &[
                ("Tapajós River", Kind::Place),
                ("Tapajós", Kind::Organization),
                ("Indigenous", Kind::Place),
            ],
        );
        assert_eq!(
            got,
            // One river, named twice.
            vec![("Tapajós River".to_string(), Kind::Place)]
        );
    }

    #[test]
    fn another_name_the_text_gives_is_the_same_entity() {
        let text = "Mohamed Hamdan Dagalo, widely known as Hemedti, spoke. The Oswaldo Cruz \
                    Foundation, or Fiocruz, agreed. Hemedti left.";
        let t = crate::extract::testing::tagged(
            text,
            &[
                ("Mohamed Hamdan Dagalo", Kind::Person),
                ("Hemedti", Kind::Place),
                ("Oswaldo Cruz Foundation", Kind::Organization),
                ("Fiocruz", Kind::Place),
            ],
        );
        let got: Vec<(String, Kind, Vec<String>)> = super::entities(&t)
            .into_iter()
            .map(|e| (e.name, e.kind, e.aliases))
            .collect();
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(
            got[0].2.contains(&"Hemedti".to_string()) && got[0].1 == Kind::Person,
            "{got:?}"
        );
        assert!(
            got[1].2.contains(&"Fiocruz".to_string()) && got[1].1 == Kind::Organization,
            "{got:?}"
        );
    }

    #[test]
    fn another_name_at_the_very_start_of_a_text_is_no_fault() {
        let got = rows("known as Hemedti, he said.", &[("Hemedti", Kind::Person)]);
        assert_eq!(got, vec![("Hemedti".to_string(), Kind::Person)]);
    }

    #[test]
    fn a_common_word_opening_a_sentence_is_not_a_name() {
        let text = "Smog covers the city. Brick kilns burn coal. Each brick costs little.";
        assert!(rows(text, &[("Brick", Kind::Person)]).is_empty());
        // A word the text also capitalises mid-sentence stays a name.
        let text = "Rice spoke first. Later Rice left, and rice prices fell.";
        let got = rows(text, &[("Rice", Kind::Person)]);
        assert_eq!(got, vec![("Rice".into(), Kind::Person)]);
    }

    #[test]
    fn a_lone_unknown_person_opening_a_quotation_is_not_a_person() {
        let text = "“Water will come again,” he said.";
        assert!(rows(text, &[("Water", Kind::Person)]).is_empty());
        // A first name there is a person, and so is a word the text also names in full.
        let text = "“Maria will come again,” he said.";
        assert_eq!(rows(text, &[("Maria", Kind::Person)]).len(), 1);
        let text = "Ana Ruiz spoke. “Ruiz will come again,” he said.";
        let got = rows(text, &[("Ana Ruiz", Kind::Person), ("Ruiz", Kind::Person)]);
        assert_eq!(got, vec![("Ana Ruiz".into(), Kind::Person)]);
    }

    #[test]
    fn a_surname_that_is_also_a_town_joins_the_person() {
        let text = "Marcel Granollers won. Later Granollers said he was tired.";
        let got = rows(
            text,
            &[
                ("Marcel Granollers", Kind::Person),
                ("Granollers", Kind::Place),
            ],
        );
        assert_eq!(got, vec![("Marcel Granollers".into(), Kind::Person)]);
    }

    #[test]
    fn a_surname_joins_a_name_with_a_generational_suffix() {
        let text =
            "Patrick W. Carlineo Jr. pleaded guilty. Carlineo faces prison. Carlineo said no.";
        let got = rows(
            text,
            &[
                ("Patrick W. Carlineo Jr.", Kind::Person),
                ("Carlineo", Kind::Organization),
            ],
        );
        assert_eq!(
            got,
            vec![("Patrick W. Carlineo Jr.".to_string(), Kind::Person)]
        );
    }

    #[test]
    fn a_first_name_that_is_a_state_alone_is_the_state() {
        // "Alabama" is a listed first name; "Hamilton" a surname, and people are named by it.
        let got = rows(
            "Storms crossed western Alabama. Ian Hamilton spoke. Hamilton said it was bad.",
            &[
                ("Alabama", Kind::Person),
                ("Ian Hamilton", Kind::Person),
                ("Hamilton", Kind::Person),
            ],
        );
        assert_eq!(
            got,
            vec![
                ("Alabama".to_string(), Kind::Place),
                ("Ian Hamilton".to_string(), Kind::Person),
            ]
        );
    }

    #[test]
    fn a_surname_that_is_a_well_known_place_is_the_place_where_nobody_bears_it() {
        let got = rows(
            "The inspectorate for Wales said so. Hamilton was flooded.",
            &[("Wales", Kind::Person), ("Hamilton", Kind::Person)],
        );
        assert_eq!(
            got,
            vec![
                ("Wales".to_string(), Kind::Place),
                ("Hamilton".to_string(), Kind::Place),
            ]
        );
    }

    #[test]
    fn a_company_named_for_a_person_is_called_by_the_surname() {
        let got = rows(
            "Eli Lilly approved. The pill is Eli Lilly and Co.'s first. Lilly said so.",
            &[("Eli Lilly", Kind::Person), ("Lilly", Kind::Person)],
        );
        assert_eq!(
            got,
            vec![("Eli Lilly and Co.".to_string(), Kind::Organization)]
        );
    }

    #[test]
    fn places_joined_by_and_are_two_places() {
        let got = rows(
            "Troops patrol Del Rio and Eagle Pass. Procter and Gamble sells soap.",
            &[
                ("Del Rio and Eagle Pass", Kind::Organization),
                ("Procter and Gamble", Kind::Organization),
            ],
        );
        assert!(
            got.contains(&("Eagle Pass".to_string(), Kind::Place)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Del Rio".to_string(), Kind::Place)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Procter and Gamble".to_string(), Kind::Organization)),
            "{got:?}"
        );
    }

    #[test]
    fn letters_and_offices_around_a_name_are_not_the_name() {
        let text = "Fiona Abernethy KC, for the defence, spoke. Special Agent in Charge Lorena \
                    Quintana said so. The Drug Enforcement Administration and Homeland Security \
                    Investigations agreed, and the Peace and Security Council met.";
        let got = rows(
            text,
            &[
                ("Fiona Abernethy KC", Kind::Person),
                ("Charge Lorena", Kind::Place),
                ("Quintana", Kind::Person),
                (
                    "Drug Enforcement Administration and Homeland Security Investigations",
                    Kind::Organization,
                ),
                ("Peace and Security Council", Kind::Organization),
            ],
        );
        for (name, kind) in [
            ("Fiona Abernethy", Kind::Person),
            ("Lorena Quintana", Kind::Person),
            ("Drug Enforcement Administration", Kind::Organization),
            ("Homeland Security Investigations", Kind::Organization),
            ("Peace and Security Council", Kind::Organization),
        ] {
            assert!(got.contains(&(name.into(), kind)), "{name}: {got:?}");
        }
    }

    #[test]
    fn a_place_apart_from_the_body_named_for_it() {
        let text = "The Great Barrier Reef Foundation paid. The Great Barrier Reef bleached. \
                    Copper Canyon Press will publish it; her editor at Copper Canyon said so. \
                    Refugees in Cox’s Bazar waited by the Black Sea coast. Africa Corps came to \
                    Taipei Main Station.";
        let got = rows(
            text,
            &[
                ("Great Barrier Reef Foundation", Kind::Organization),
                ("Great Barrier Reef", Kind::Organization),
                ("Copper Canyon Press", Kind::Organization),
                ("Copper Canyon", Kind::Place),
                ("Cox", Kind::Place),
                ("Bazar", Kind::Place),
                ("Black Sea coast", Kind::Organization),
                ("Africa Corps", Kind::Place),
                ("Taipei Main Station", Kind::Organization),
            ],
        );
        for (name, kind) in [
            ("Great Barrier Reef Foundation", Kind::Organization),
            ("Great Barrier Reef", Kind::Place),
            ("Copper Canyon Press", Kind::Organization),
            ("Cox’s Bazar", Kind::Place),
            ("Black Sea", Kind::Place),
            ("Africa Corps", Kind::Organization),
            ("Taipei Main Station", Kind::Place),
        ] {
            assert!(got.contains(&(name.into(), kind)), "{name}: {got:?}");
        }
        assert!(!got.iter().any(|(n, _)| n == "Copper Canyon"), "{got:?}");
    }

    #[test]
    fn a_wire_and_its_name_are_one_row() {
        let text = "ALBANY, N.Y. (AP) — The diocese settled. Associated Press writer Jane Roe \
                    contributed. Mass was said at the Cathedral of the Immaculate Conception.";
        let got = rows(
            text,
            &[
                ("AP", Kind::Organization),
                ("Associated Press", Kind::Organization),
                ("Jane Roe", Kind::Person),
                ("Cathedral", Kind::Place),
                ("Immaculate Conception", Kind::Organization),
            ],
        );
        assert!(
            got.contains(&("Associated Press".into(), Kind::Organization)),
            "{got:?}"
        );
        assert!(!got.iter().any(|(n, _)| n == "AP"), "{got:?}");
        assert!(
            got.contains(&("Cathedral of the Immaculate Conception".into(), Kind::Place)),
            "{got:?}"
        );
    }
}
