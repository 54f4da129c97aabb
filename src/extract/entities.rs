//! From text to entity mentions: tokenize, split sentences, tag with the embedded model, turn
//! BIO labels into mentions and clean them up (leading "the", person titles, possessives,
//! months and demonyms are never names). Document-level merging lives in `merge`.

use std::ops::Range;
use std::sync::OnceLock;

use super::context::is_honorific;
use super::features::{doc_info, TokInfo, ALLCAPS, CAP, LOWER_ELSEWHERE, PLACE_B, PLACE_I};
use super::gazetteer::{self as gz};
use super::model::{is_begin, label_kind, Model, O};
use super::tokenize::{sentence_ranges, tokenize, Token, TokenKind};
use super::{Kind, Span};

pub(super) static MODEL_BYTES: &[u8] = include_bytes!("../../assets/model/ner.bin");

/// The embedded model, parsed once. A damaged model degrades to tagging nothing.
pub fn model() -> &'static Model {
    static M: OnceLock<Model> = OnceLock::new();
    M.get_or_init(|| Model::from_bytes(MODEL_BYTES).unwrap_or_else(Model::empty))
}

/// One name occurrence: token range and byte span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub toks: Range<usize>,
    pub span: Span,
    pub kind: Kind,
}

/// Everything the document-level steps need about the text.
pub struct Tagged<'a> {
    pub text: &'a str,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Range<usize>>,
    pub info: Vec<TokInfo>,
    pub labels: Vec<u8>,
    /// The capitalised words, in order (from `doc_info`): the document-level rules that look
    /// only at those walk this list instead of every token.
    pub caps: Vec<usize>,
}

impl Tagged<'_> {
    pub fn tok(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.text(self.text))
    }
    /// A mention of `kind` over the tokens `toks`, with their byte span.
    pub fn mention(&self, toks: Range<usize>, kind: Kind) -> Mention {
        Mention {
            span: self.span(&toks),
            toks,
            kind,
        }
    }
    pub fn span(&self, r: &Range<usize>) -> Span {
        match (
            self.tokens.get(r.start),
            r.end.checked_sub(1).and_then(|e| self.tokens.get(e)),
        ) {
            (Some(a), Some(b)) if r.start < r.end => Span::new(a.span.start, b.span.end),
            _ => Span::new(0, 0),
        }
    }
    /// The lowercase hashes of tokens `r`, as the gazetteer's phrase look-ups take them.
    pub fn lowers(&self, r: &Range<usize>) -> Vec<u64> {
        self.info
            .get(r.clone())
            .map_or_else(Vec::new, |xs| xs.iter().map(|x| x.lower).collect())
    }
    /// First byte of token `i` (0 past the end): a cheap test before reading its text.
    pub fn first_byte(&self, i: usize) -> u8 {
        self.tokens
            .get(i)
            .and_then(|x| self.text.as_bytes().get(x.span.start))
            .copied()
            .unwrap_or(0)
    }
    /// `lowers` of `r` into `buf` (as many as fit), for look-ups asked of every mention.
    pub fn lowers_into<'b>(&self, r: &Range<usize>, buf: &'b mut [u64]) -> &'b [u64] {
        let xs = self.info.get(r.clone()).unwrap_or(&[]);
        let n = xs.len().min(buf.len());
        for (b, x) in buf.iter_mut().zip(xs) {
            *b = x.lower;
        }
        &buf[..n]
    }
    pub fn is_possessive(&self, i: usize) -> bool {
        // Each form starts with a straight or curly apostrophe (first byte 0xE2).
        let w = self.tok(i);
        matches!(w.as_bytes().first(), Some(b'\'' | 0xE2))
            && matches!(w, "’s" | "'s" | "’" | "'" | "’S" | "'S")
    }
}

pub fn tag<'a>(model: &Model, text: &'a str) -> Tagged<'a> {
    let tokens = tokenize(text);
    let sentences = sentence_ranges(text, &tokens);
    let (info, caps) = doc_info(text, &tokens, &sentences);
    let labels = model.tag(&info, &sentences);
    Tagged {
        text,
        tokens,
        sentences,
        info,
        labels,
        caps,
    }
}

/// Which tokens some mention holds.
pub fn covered(t: &Tagged, ms: &[Mention]) -> Vec<bool> {
    let mut covered = vec![false; t.tokens.len()];
    for m in ms {
        for c in covered.iter_mut().take(m.toks.end).skip(m.toks.start) {
            *c = true;
        }
    }
    covered
}

/// The token range of the mention over each token (the longest where mentions overlap), so a
/// rule can ask which mentions a span touches without a scan over every mention.
pub fn mention_spans(t: &Tagged, ms: &[Mention]) -> Vec<Option<Range<usize>>> {
    let mut at: Vec<Option<Range<usize>>> = vec![None; t.tokens.len()];
    for m in ms {
        for slot in at.iter_mut().take(m.toks.end).skip(m.toks.start) {
            if slot.as_ref().is_none_or(|x| x.len() < m.toks.len()) {
                *slot = Some(m.toks.clone());
            }
        }
    }
    at
}

/// True when a mention over some token of `inner` reaches outside `outer`.
pub fn reaches_outside(
    at: &[Option<Range<usize>>],
    inner: &Range<usize>,
    outer: &Range<usize>,
) -> bool {
    at.get(inner.clone())
        .into_iter()
        .flatten()
        .flatten()
        .any(|m| m.start < outer.start || m.end > outer.end)
}

pub fn is_capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Mentions from BIO labels, cleaned.
pub fn raw_mentions(t: &Tagged) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < t.labels.len() {
        let Some(k) = label_kind(t.labels[i]) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        // A name never runs on over a line break: a headline's last word is no part of the
        // dateline under it.
        while j < t.labels.len()
            && t.labels[j] != O
            && !is_begin(t.labels[j])
            && label_kind(t.labels[j]) == Some(k)
            && !t.tokens[j].line_start
        {
            j += 1;
        }
        // A possessive inside a span separates two names: "State Department’s Overseas ...";
        // so do "at" ("Advanced Development Programs at Blue Origin") and a player's
        // position ("Cleveland DL Larry Ogunjobi").
        let mut a = i;
        for p in i..=j {
            let position = p > i && is_position_abbreviation(t.tok(p)) && p + 1 < j;
            if p == j || t.is_possessive(p) || t.tok(p) == "at" || position {
                if let Some(m) = clean(t, a..p, k) {
                    out.push(m);
                }
                a = p + 1;
            }
        }
        i = j;
    }
    out
}

/// Datelines: an ALL-CAPS listed place opening a line and followed by a comma, bracket or
/// dash ("WASHINGTON (AP) —", "LONDON, March 3") is a place, whatever the tagger said; so is
/// one in ordinary case before a dash ("Indianapolis – Several thousand teachers").
pub fn datelines(t: &Tagged, ms: &mut Vec<Mention>) {
    for (i, tok) in t.tokens.iter().enumerate() {
        if !tok.line_start || t.info[i].flags & PLACE_B == 0 {
            continue;
        }
        let mut e = i + 1;
        while e < t.tokens.len() && t.info[e].flags & PLACE_I != 0 && !t.tokens[e].line_start {
            e += 1;
        }
        let dash = is_dash(t.tok(e));
        let caps = t.info[i].flags & ALLCAPS != 0;
        if !(dash || caps && matches!(t.tok(e), "," | "(" | ":")) {
            continue;
        }
        ms.retain(|m| m.toks.end <= i || m.toks.start >= e);
        ms.push(t.mention(i..e, Kind::Place));
    }
}

/// Bylines: a line that opens with "By" names its writers ("By Sarah Kim, Staff Writer",
/// "By JENNIFER SMITH and MARK JOHNSON"), and so do a wire story's credits ("Reporting by
/// Tom Haskell, Priya Raman and Olena Kovalenko"). The line is often in title case or capitals, where
/// the headline rule trusts no capital, so each writer whose name opens with a known first name
/// is a person here, whatever was made of the line before.
pub fn bylines(t: &Tagged, ms: &mut Vec<Mention>) {
    if !t.text.contains("By ") && !t.text.contains("BY ") && !t.text.contains("ing by ") {
        return;
    }
    let n = t.tokens.len();
    let mut writers = Vec::new();
    for (i, tok) in t.tokens.iter().enumerate() {
        if !t.tok(i).eq_ignore_ascii_case("by") {
            continue;
        }
        // "(Reporting by Tom Haskell and Priya Raman; Editing by Susan Fenwick)": a wire
        // story's credits list its writers too.
        let credit = i > 0
            && matches!(
                t.tok(i - 1),
                "Reporting" | "reporting" | "Editing" | "editing" | "Writing" | "writing"
            );
        if !tok.line_start && !credit {
            continue;
        }
        let mut a = i + 1;
        while a < n && !t.tokens[a].line_start {
            let mut e = a;
            while e < n && e - a < 4 && !t.tokens[e].line_start && is_byline_word(t, e) {
                e += 1;
            }
            // "Scotland Correspondent" is a desk, though "Scotland" is a first name too.
            if e - a < 2 || t.info[a].flags & gz::FIRST == 0 || is_role_noun(t.tok(e - 1)) {
                break;
            }
            writers.push(t.mention(a..e, Kind::Person));
            // A second writer follows "and" or "&" (or a comma, before a first name);
            // anything else ends the names.
            let comma =
                t.tok(e) == "," && t.info.get(e + 1).is_some_and(|x| x.flags & gz::FIRST != 0);
            if !matches!(t.tok(e), "and" | "AND" | "&") && !comma {
                // The writers' publication, after a comma or on the next line: "By Nadia
                // Whitcombe, The Ann Arbor News"; "By Jennifer Tremblay-Okafor" above "The
                // Globe and Mail".
                let p = if t.tok(e) == "," { e + 1 } else { e };
                if p == e + 1 || t.tokens.get(e).is_some_and(|x| x.line_start) {
                    writers.extend(publication(t, p));
                }
                break;
            }
            a = e + 1;
        }
    }
    super::context::replace_overlapped(t, ms, writers);
}

/// The rest of the line from `p`, when it is a publication's name: a few capitalised words
/// (with "and" or "of" between them), "The" before them left out, and no job ("Staff Writer",
/// "WA Business Editor") or date among them.
fn publication(t: &Tagged, p: usize) -> Option<Mention> {
    let n = t.tokens.len();
    let mut a = p;
    if t.tok(a) == "The" {
        a += 1;
    }
    let mut e = a;
    while e < n && !t.tokens[e].line_start && e - a < 6 {
        let w = t.tok(e);
        let word = super::context::cap_word(t, e);
        let job = t.info[e].flags & (gz::TITLE | gz::TIME) != 0
            || is_role_noun(w)
            || matches!(
                w,
                "Staff" | "Writer" | "Reporter" | "Photographer" | "Contributor"
            );
        if !(word && !job || (e > a && matches!(w, "and" | "of" | "&" | "-"))) {
            return None;
        }
        e += 1;
    }
    let line_ends = e == n || t.tokens[e].line_start;
    let last_word = e > a && super::context::cap_word(t, e - 1);
    (last_word && line_ends).then(|| t.mention(a..e, Kind::Organization))
}

/// "Kohinoor" + "Akhter Lipi": the tagger drops an unlisted first word of a long name that
/// opens a sentence, where a capitalised word says little. A word no list holds, written
/// lowercase nowhere in the text and no role, right before a name of two words or more that
/// opens with no listed first name, is its first name.
pub fn given_names_at_sentence_start(t: &Tagged, ms: &mut [Mention]) {
    use super::features::SENT_START;
    // Words that open a sentence before a name and are not stop words ("Inside El Fasher",
    // "Later Áile Somby").
    const OPENERS: &[&str] = &[
        "across",
        "afterward",
        "afterwards",
        "against",
        "along",
        "also",
        "amid",
        "among",
        "around",
        "behind",
        "beside",
        "besides",
        "beyond",
        "despite",
        "during",
        "earlier",
        "eventually",
        "finally",
        "here",
        "including",
        "inside",
        "instead",
        "later",
        "like",
        "meanwhile",
        "near",
        "now",
        "outside",
        "perhaps",
        "previously",
        "recently",
        "separately",
        "since",
        "soon",
        "still",
        "then",
        "there",
        "through",
        "today",
        "tonight",
        "toward",
        "towards",
        "under",
        "unlike",
        "until",
        "within",
        "without",
        "yesterday",
        "yet",
    ];
    // The tokens the mentions cover, made at the first candidate.
    let mut taken: Option<Vec<bool>> = None;
    for k in 0..ms.len() {
        let m = &ms[k];
        let s = m.toks.start;
        // A name that opens with a listed first name has its first name: the word before is
        // a role ("Regent Lorraine Kowalczyk", "Substitute Harvey Barnes").
        if m.kind != Kind::Person || m.toks.len() < 2 || s == 0 || t.info[s].flags & gz::FIRST != 0
        {
            continue;
        }
        let f = t.info[s - 1].flags;
        let w = t.tok(s - 1);
        let given = f & SENT_START != 0
            && f & (ALLCAPS | LOWER_ELSEWHERE) == 0
            // Any word of a listed place is a `PLACE_WORD` ("Tek" of "Toba Tek Singh"): only
            // a listed place's own match counts.
            && f & ((1 << gz::FLAG_BITS) - 1) & !(gz::FIRST | gz::SURNAME | gz::PLACE_WORD) == 0
            && f & PLACE_B == 0
            && super::context::cap_word(t, s - 1)
            && w.len() >= 3
            && w.chars().all(char::is_alphabetic)
            && !gz::in_list(OPENERS, w)
            && !is_job(t, s - 1)
            && !is_role_modifier(w)
            && !t.tokens[s].line_start;
        if given && !taken.get_or_insert_with(|| covered(t, ms))[s - 1] {
            ms[k] = t.mention(s - 1..ms[k].toks.end, Kind::Person);
        }
    }
}

/// "City" + "Hall": where "city" is written lowercase elsewhere the tagger reads the capital
/// as a sentence's and keeps "Hall", a surname. The pair is the building (or, speaking, the
/// city's government: `context::stated_kind`).
pub fn city_halls(t: &Tagged, ms: &mut [Mention]) {
    // The tokens the mentions cover, made at the first hall.
    let mut taken: Option<Vec<bool>> = None;
    for k in 0..ms.len() {
        let s = ms[k].toks.start;
        let hall = ms[k].toks.len() == 1
            && s > 0
            && t.first_byte(s) == b'H'
            && t.tok(s) == "Hall"
            && matches!(t.tok(s - 1), "City" | "Town" | "Borough" | "Village")
            && !t.tokens[s].line_start;
        if hall && !taken.get_or_insert_with(|| covered(t, ms))[s - 1] {
            ms[k] = t.mention(s - 1..s + 1, Kind::Place);
        }
    }
}

/// "Attorney General Letitia" + "James": the tagger ended an office on the first name of the
/// person it names. The first name joins the surname after it; an office left alone is no
/// name.
pub fn first_names_cut_off(t: &Tagged, ms: &mut Vec<Mention>) {
    ms.sort_by_key(|m| m.toks.start);
    // Offices left alone are dropped after the walk: removing each in it was quadratic.
    let mut dropped = vec![false; ms.len()];
    for k in 0..ms.len().saturating_sub(1) {
        let (m1, m2) = (&ms[k], &ms[k + 1]);
        let last = m1.toks.end - 1;
        // "Lorena" + "Quintana": a first name alone right before a person's surname.
        // Not "Ambassador to Britain" + "Liu Xiaming".
        let lone = m2.kind == Kind::Person
            && m1.toks.len() == 1
            && m2.toks.len() == 1
            && (m1.kind == Kind::Person || t.info[last].flags & super::features::PLACE_B == 0)
            && m1.toks.end == m2.toks.start
            && t.info[last].flags & (gz::FIRST | gz::TITLE) == gz::FIRST
            && is_capitalised(t.tok(last))
            && !t.tokens[m2.toks.start].line_start;
        // "Santiago" + "Echeverría Paz", "Guadalupe" + "Ovando Jiménez": a first name the
        // tagger read as the place it also is, right before a person's two surnames. Not
        // "ambassador to Britain" + "Liu Xiaming", nor before a name with its first name.
        let place_first = m2.kind == Kind::Person
            && t.info[m2.toks.start].flags & gz::FIRST == 0
            && (m1.toks.start == 0 || t.tok(m1.toks.start - 1) != "to")
            && m1.kind == Kind::Place
            && m1.toks.len() == 1
            && m2.toks.len() >= 2
            && m1.toks.end == m2.toks.start
            && given_name_at(t, last)
            // Not "Georgia" + "Quick Start": surnames are not words the text writes lowercase.
            && m2.toks.clone().all(|i| t.info[i].flags & LOWER_ELSEWHERE == 0);
        if lone || place_first {
            ms[k + 1] = t.mention(last..ms[k + 1].toks.end, Kind::Person);
            dropped[k] = true;
            continue;
        }
        let cut = m2.kind == Kind::Person
            && m1.kind != Kind::Person
            && m1.toks.end == m2.toks.start
            && m1.toks.len() >= 2
            && t.info[last].flags & (gz::FIRST | gz::TITLE) == gz::FIRST
            && is_capitalised(t.tok(last))
            && (m1.toks.start..last).any(|i| is_job(t, i));
        if !cut {
            continue;
        }
        ms[k + 1] = t.mention(last..ms[k + 1].toks.end, Kind::Person);
        let office = ms[k].toks.start..last;
        if office
            .clone()
            .all(|i| is_job(t, i) || is_role_modifier(t.tok(i)))
        {
            dropped[k] = true;
        } else {
            ms[k] = t.mention(office, ms[k].kind);
        }
    }
    let mut k = 0;
    ms.retain(|_| {
        k += 1;
        !dropped[k - 1]
    });
    // "those of Héctor" + "Daniel Saavedra": a listed first name no mention holds, after a
    // lowercase word, opens the person's name after it.
    for k in 0..ms.len() {
        let s = ms[k].toks.start;
        let free = k == 0 || ms[k - 1].toks.end < s;
        if ms[k].kind == Kind::Person
            && ms[k].toks.len() >= 2
            && s >= 2
            && free
            && given_name_at(t, s - 1)
            && t.tok(s - 2).starts_with(|c: char| c.is_lowercase())
        {
            ms[k] = t.mention(s - 1..ms[k].toks.end, Kind::Person);
        }
    }
}

/// A capitalised listed first name that is no title, rank or month ("Commodore"), on the
/// line of the name after it.
fn given_name_at(t: &Tagged, i: usize) -> bool {
    t.info[i].flags & (gz::FIRST | gz::TITLE | gz::TIME) == gz::FIRST
        && is_capitalised(t.tok(i))
        && !is_job(t, i)
        // Ranks the first-name list holds too.
        && !matches!(t.tok(i), "Commodore" | "Marshal" | "Deacon" | "Pastor")
        && t.tokens.get(i + 1).is_some_and(|x| !x.line_start)
}

/// An embedded post's signature: "— Dianna E. Anderson (@diannaeanderson)". A name that
/// opens with a known first name, right before a bracketed handle, is its author.
pub fn post_authors(t: &Tagged, ms: &mut Vec<Mention>) {
    // Most texts embed no post: a byte search settles that before a token scan.
    if !t.text.contains("(@") {
        return;
    }
    let mut found = Vec::new();
    for i in 1..t.tokens.len().saturating_sub(2) {
        if t.first_byte(i) != b'(' || t.first_byte(i + 1) != b'@' || t.tok(i + 2) != ")" {
            continue;
        }
        // Emoji may stand between the name and the handle.
        let mut e = i;
        while e > 0 && i - e < 8 && t.first_byte(e - 1) >= 0x80 && !is_byline_word(t, e - 1) {
            e -= 1;
        }
        let mut a = e;
        while a > 0 && e - a < 4 && !t.tokens[a].line_start && is_byline_word(t, a - 1) {
            a -= 1;
        }
        if e - a >= 2 && t.info[a].flags & gz::FIRST != 0 {
            found.push(t.mention(a..e, Kind::Person));
        }
    }
    super::context::replace_overlapped(t, ms, found);
}

/// A dash, as a dateline or an aside writes it.
pub(super) fn is_dash(w: &str) -> bool {
    matches!(w, "—" | "–" | "-")
}

fn is_byline_word(t: &Tagged, i: usize) -> bool {
    let f = t.info[i].flags;
    t.tokens[i].kind == TokenKind::Word
        && f & CAP != 0
        && f & (gz::STOP | gz::TITLE | gz::ORG_CUE | gz::KNOWN_ORG) == 0
        && !t.tok(i).eq_ignore_ascii_case("and")
}

/// "Department of Criminal Justice", "Center for Social Justice": "Justice" there is a field,
/// not a judge's title.
fn is_field_of_justice(t: &Tagged, i: usize) -> bool {
    t.tok(i) == "Justice"
        && i > 0
        && matches!(
            t.tok(i - 1),
            "Criminal"
                | "Juvenile"
                | "Social"
                | "Racial"
                | "Restorative"
                | "Environmental"
                | "Climate"
                | "Economic"
                | "Transitional"
                | "Equal"
        )
}

/// Places whose "The" is part of the name ("The Hague", "The Dalles").
const THE_PLACES: &[&str] = &["Dalles", "Gambia", "Hague"];

/// True when the capitalised "The" at `a` opens a place's name.
pub fn the_opens_name(t: &Tagged, a: usize) -> bool {
    matches!(t.tok(a), "The" | "THE")
        && THE_PLACES
            .iter()
            .any(|p| t.tok(a + 1).eq_ignore_ascii_case(p))
}

/// "The Hague": the tagger leaves the "The" out, or reads the name as an organization's. A
/// longer name the place opens keeps its kind and gains the "The": "The Hague District Court".
pub fn the_places(t: &Tagged, ms: &mut Vec<Mention>) {
    let found: Vec<Mention> = t
        .caps
        .iter()
        .copied()
        .filter(|&a| a + 1 < t.tokens.len() && the_opens_name(t, a))
        .map(|a| {
            match ms
                .iter()
                .find(|m| (a..=a + 1).contains(&m.toks.start) && m.toks.end > a + 2)
            {
                Some(m) if m.kind != Kind::Place => t.mention(a..m.toks.end, m.kind),
                _ => t.mention(a..a + 2, Kind::Place),
            }
        })
        .collect();
    super::context::replace_overlapped(t, ms, found);
}

/// Trim a candidate mention to its proper-name core; None when nothing name-like is left.
pub fn clean(t: &Tagged, r: Range<usize>, mut k: Kind) -> Option<Mention> {
    let (mut a, mut b) = (r.start, r.end);
    loop {
        if a + 1 < b && is_honorific(t.tok(a)) {
            // "Mr Assange": whatever the tagger made of it, a person.
            k = Kind::Person;
            a += 1;
        } else if a + 1 < b && is_lowercase_modifier(t.tok(a)) {
            // "southern Syria", "northwest Syria": a lowercase word before a name describes it;
            // name particles ("al", "de", "van") stay.
            a += 1;
        } else if a < b
            && ((t.tok(a).eq_ignore_ascii_case("the") && !the_opens_name(t, a))
                || (k == Kind::Person && is_title(t, a)))
        {
            a += 1;
        } else if a + 1 < b && is_job(t, a) && t.tok(a + 1) == "of" {
            // "CEO of Global Security International": the office, not the name.
            a += 2;
        } else if a + 2 < b && is_job_before_name(t, a) {
            // "Prosecutor Kelsey Van Wyk": the office before the name.
            a += 1;
        } else if a + 1 < b && a > 0 && t.tok(a) == "Charge" && t.tok(a - 1) == "in" {
            // "Special Agent in Charge Lorena Quintana": the office's last word.
            a += 1;
            k = Kind::Person;
        } else if a + 1 < b && super::context::opens_with_company_noun(t, a) {
            a += 1;
            k = Kind::Organization;
        } else if a < b && is_opening_word(t.tok(a)) {
            // "Following Assange's arrest", "Unlike Beijing": a sentence's first word that
            // never begins a name.
            a += 1;
        } else if a + 3 < b
            && k == Kind::Organization
            && t.info[a].flags & gz::DEMONYM != 0
            && ministry_of(t, a + 1)
        {
            // "the French Ministry for Europe and Foreign Affairs": the ministry's name opens
            // with "Ministry"; the demonym says whose it is.
            a += 1;
        } else if a + 1 < b && k == Kind::Organization && matches!(t.tok(a), "Interim" | "Acting") {
            // "Interim BART Police" before "Chief Ed Alvarez": the office's word.
            a += 1;
        } else if a + 2 < b && a > 0 && t.tok(a) == "Executive" && t.tok(a - 1) == "Chief" {
            // "Chief Executive Sundar Pichai": the rest of the office; a person follows it.
            a += 1;
            k = Kind::Person;
        } else if a + 2 < b
            && matches!(
                t.tok(a),
                "Democrat"
                    | "Democrats"
                    | "Republican"
                    | "Republicans"
                    | "Independent"
                    | "Libertarian"
            )
            && t.info[a + 1].flags & gz::FIRST != 0
        {
            // "Democrat Rosa Villaseñor": the party is no part of her name.
            a += 1;
            k = Kind::Person;
        } else if a < b && is_compound_modifier(t.tok(a)) {
            // "London-based Amnesty International", "Saudi-led coalition": the modifier
            // describes the name and is not part of it.
            a += 1;
        } else {
            break;
        }
    }
    // Trailing possessives, punctuation, and titles ("Bank of England Governor").
    // "Chile 3-0": a score after a place or a person is not part of the name.
    // "beat Newcastle United 3-1": nor after a team.
    let score = |b: usize| {
        k != Kind::Organization
            || t.tokens.get(b).is_some_and(|x| {
                x.span.start == t.tokens[b - 1].span.end && matches!(t.first_byte(b), b'-' | 0xE2)
            })
    };
    while b - a > 1
        && t.tokens
            .get(b - 1)
            .is_some_and(|x| x.kind == TokenKind::Number)
        && score(b)
    {
        b -= 1;
    }
    while b > a
        && (t.is_possessive(b - 1)
            || (b - a > 1 && is_honorific(t.tok(b - 1)))
            // "Fiona Abernethy KC", "Daniel Bernoulli FRS": letters after a name.
            || (b - a > 1 && k == Kind::Person && is_post_nominal(t.tok(b - 1)))
            || (b - a > 1 && is_party_member(t.tok(b - 1)) && is_chamber_or_place(t, b - 2))
            || (b - a > 1 && is_job_before_name(t, b - 1))
            || matches!(t.tokens.get(b - 1).map(|x| x.kind), Some(TokenKind::Punct))
            || (b - a > 1
                && is_title(t, b - 1)
                && (!t.tok(b - 1).ends_with('.') || is_office_abbreviation(t.tok(b - 1)))
                && !is_surname_after_first_name(t, b - 1)
                && !is_field_of_justice(t, b - 1)))
    {
        b -= 1;
    }
    // "Scotland Correspondent", "Europe Editor": a place's desk is the place.
    if b - a > 1
        && is_role_noun(t.tok(b - 1))
        && is_capitalised(t.tok(b - 1))
        && gz::is_listed_place(&t.lowers(&(a..b - 1)))
    {
        b -= 1;
        k = Kind::Place;
    }
    // "the Black Sea coast": a lowercase word after a listed place is no part of its name.
    // Not a name's particle or a part of it ("Ali al-Haidari", "Abu Bakr bin Laden").
    if b - a > 1
        && t.tok(b - 1).len() >= 4
        && t.tok(b - 1).bytes().all(|c| c.is_ascii_lowercase())
        && gz::is_listed_place(&t.lowers(&(a..b - 1)))
    {
        b -= 1;
        k = Kind::Place;
    }
    // "White House Press" before "Secretary Stephanie Grisham": the last words open the title.
    while b - a > 1 && b > 0 && is_title(t, b) && is_role_modifier(t.tok(b - 1)) {
        b -= 1;
    }
    // "U.S. District" before "Judge William Pauley": a court's rank opens the judge's title.
    if b - a > 1
        && matches!(t.tok(b), "Judge" | "Judges")
        && matches!(
            t.tok(b - 1),
            "District" | "Circuit" | "Magistrate" | "Bankruptcy" | "Appeals" | "Superior"
        )
    {
        b -= 1;
    }
    while a < b && matches!(t.tokens.get(a).map(|x| x.kind), Some(TokenKind::Punct)) {
        a += 1;
    }
    // "F Hamidou Diallo", "DL Sheldon Richardson": a position written before a name is not an
    // initial, and the name is a player's.
    if b - a >= 3 && is_position_abbreviation(t.tok(a)) {
        a += 1;
        k = Kind::Person;
    }
    // "Chief Strategy Officer": an office's middle word.
    if b - a == 1 && a > 0 && t.tok(a - 1) == "Chief" && t.tok(b) == "Officer" {
        return None;
    }
    // "$300M", "2.5B": an amount, not a name.
    if b - a == 1 && is_amount(t.tok(a)) {
        return None;
    }
    // "St." or "Mt." alone is the first word of a name the tagger cut ("St." + "Martin's").
    if b - a == 1 && matches!(t.tok(a), "St." | "St" | "Mt." | "Ft." | "No." | "Nos.") {
        return None;
    }
    // "Spokane" + "County Prosecutor": the tagger left out the county's own name, often a
    // sentence's first word. The county alone is a place.
    if a > 0
        && t.tok(a) == "County"
        && !t.tokens[a].line_start
        && t.tokens[a - 1].kind == TokenKind::Word
        && is_capitalised(t.tok(a - 1))
        && t.info[a - 1].flags & gz::STOP == 0
    {
        a -= 1;
        if b - a == 2 {
            k = Kind::Place;
        }
    }
    // The tagger named the position alone: "CB" before "Greedy Williams".
    if b - a == 1
        && t.tok(a).len() >= 2
        && is_position_abbreviation(t.tok(a))
        && t.tokens.get(b).is_some_and(|x| x.kind == TokenKind::Word)
        && is_capitalised(t.tok(b))
    {
        return None;
    }
    let after_number = a > 0 && t.tokens[a - 1].kind == TokenKind::Number;
    if a >= b
        || (b - a == 1
            && (is_common_acronym(t.tok(a)) || after_number && is_counted_abbreviation(t, a)))
    {
        return None;
    }
    let words = a..b;
    // Months, weekdays and demonyms alone are not names; neither is all-lowercase text.
    if words.clone().all(|i| {
        t.info
            .get(i)
            .is_some_and(|x| x.flags & (gz::TIME | gz::DEMONYM) != 0)
    }) {
        return None;
    }
    // Words for peoples and groups that news capitalises: "Indigenous groups", "Dalit voters".
    if b - a == 1
        && matches!(
            t.tok(a),
            "Indigenous"
                | "Aboriginal"
                | "Hispanic"
                | "Hispanics"
                | "Latino"
                | "Latinos"
                | "Latina"
                | "Latinx"
                | "Dalit"
                | "Dalits"
        )
    {
        return None;
    }
    if !words
        .clone()
        .any(|i| t.tok(i).chars().any(|c| c.is_uppercase()))
    {
        return None;
    }
    if words
        .clone()
        .any(|i| t.tokens.get(i).is_some_and(|x| x.kind == TokenKind::Link))
    {
        return None;
    }
    // The second word of a hashtag written with a space ("#Middle East") is not a name.
    if a > 0
        && t.tokens.get(a - 1).is_some_and(|x| {
            x.kind == TokenKind::Link && t.tok(a - 1).starts_with('#') && !t.tokens[a].line_start
        })
    {
        return None;
    }
    // US party-and-state labels ("D-N.Y.", "R-Ky.", "R-AL" however tokenized) are not places.
    let surface = t
        .text
        .get(t.span(&words).start..t.span(&words).end)
        .unwrap_or("");
    let first = surface.as_bytes();
    if first.len() >= 3
        && first.len() <= 10
        && matches!(first[0], b'D' | b'R' | b'I')
        && first[1] == b'-'
    {
        return None;
    }
    // Prizes and events are not people, organizations or places: "Philip K. Dick Award",
    // "Davis Cup".
    if is_event_word(t.tok(b - 1)) {
        return None;
    }
    // A capitalised job description ("Human Trafficking Expert") is not an organization.
    if k == Kind::Organization && is_role_noun(t.tok(b - 1)) {
        return None;
    }
    Some(t.mention(words, k))
}

/// Honours and offices written as letters after a person's name.
fn is_post_nominal(w: &str) -> bool {
    matches!(
        w,
        "KC" | "QC" | "MP" | "MEP" | "MSP" | "FRS" | "OBE" | "CBE" | "MBE" | "KBE" | "DBE"
    )
}

/// Last words of prizes' and events' names.
fn is_event_word(w: &str) -> bool {
    const EVENTS: &[&str] = &[
        "Award",
        "Awards",
        "Prize",
        "Prizes",
        "Medal",
        "Trophy",
        "Cup",
        "Championship",
        "Championships",
        "Olympics",
        "Festival",
    ];
    EVENTS.contains(&w)
}

/// A lowercase word that is not a name particle: the span's real start is after it.
fn is_lowercase_modifier(w: &str) -> bool {
    const PARTICLES: &[&str] = &[
        "al", "el", "de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le",
        "bin", "ibn", "ben", "abu", "y", "e", "dos", "das", "do", "st",
    ];
    w.chars().next().is_some_and(char::is_lowercase)
        && w.chars().all(char::is_alphabetic)
        && !PARTICLES.contains(&w)
}

/// A title or a job that opens "... of X": "CEO of Global Security International", "Head of
/// Research".
pub(super) fn is_job(t: &Tagged, i: usize) -> bool {
    is_title(t, i) || is_role_noun(t.tok(i)) || t.tok(i) == "Head"
}

/// "Kevin King", "Jane Bishop": a title word after a first name is the surname.
fn is_surname_after_first_name(t: &Tagged, i: usize) -> bool {
    i > 0
        && t.info[i].flags & gz::SURNAME != 0
        && t.info[i - 1].flags & gz::FIRST != 0
        && t.info[i - 1].flags & gz::TITLE == 0
}

/// Players' positions as sports pages abbreviate them.
pub fn is_position_abbreviation(w: &str) -> bool {
    const POSITIONS: &[&str] = &[
        "F", "G", "C", "QB", "RB", "WR", "TE", "DL", "DE", "DT", "LB", "OLB", "ILB", "CB", "OL",
        "OT", "OG", "FS", "SS", "LS", "NT",
    ];
    POSITIONS.contains(&w)
}

/// Two to six ASCII capitals: "FEMA", "HP", "OSAC".
pub(super) fn is_acronym(w: &str) -> bool {
    (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// Capitalised abbreviations of things that are not names: "HIV", "IPO", "CEO", "OK".
pub(super) fn is_common_acronym(w: &str) -> bool {
    // Sorted for a binary search: asked of every one-word mention.
    const ACRONYMS: &[&str] = &[
        "3G", "4G", "4K", "5G", "AI", "AIDS", "API", "ATM", "CAGR", "CCTV", "CDMA", "CEO", "CFO",
        "COO", "CPU", "CTO", "DLC", "DNA", "DUI", "DVD", "EBITDA", "ECG", "EKG", "EPS", "ETF",
        "EV", "FAQ", "FPS", "GDP", "GPS", "GPU", "GSM", "HDMI", "HDR", "HIV", "HVAC", "ICU", "IPO",
        "IQ", "LCD", "LED", "LGBT", "LGBTQ", "LTE", "MRI", "MVP", "NFC", "NFT", "OK", "OLED", "PC",
        "PDF", "PPI", "PhD", "RAM", "RNA", "RPG", "SIM", "SMS", "SSD", "SUV", "TV", "URL", "USB",
        "VIP", "VOD", "VPN", "VR", "WTF", "Wi-Fi", "WiFi",
    ];
    debug_assert!(ACRONYMS.is_sorted());
    // Plurals too: "ICUs", "EVs".
    let w = w.strip_suffix('s').filter(|s| s.len() >= 2).unwrap_or(w);
    w.len() <= 6 && ACRONYMS.binary_search(&w).is_ok()
}

/// "the Kentucky Republican", "Senate Democrats": a party's members after a state or a
/// chamber are no part of its name.
fn is_party_member(w: &str) -> bool {
    matches!(
        w,
        "Republican" | "Republicans" | "Democrat" | "Democrats" | "Conservatives" | "Liberals"
    )
}

/// A state or a chamber, whose party members a name may close with ("the Kentucky
/// Republican", "Senate Democrats"); "Liberal Democrat" is a party's own name.
pub(super) fn is_chamber_or_place(t: &Tagged, i: usize) -> bool {
    gz::is_major_place(&[t.info[i].lower]) || matches!(t.tok(i), "Senate" | "House" | "Assembly")
}

/// A job written right before a person's name: it ends the owner's name before it
/// ("Spokane County Prosecutor" before "Larry Haskell", "FEMA Administrator") and is no part
/// of the person's ("Deputy Prosecutor Kelsey Van Wyk").
fn is_job_before_name(t: &Tagged, i: usize) -> bool {
    // The first name after it is a flag test, asked before the lists.
    t.info.get(i + 1).is_some_and(|x| x.flags & gz::FIRST != 0)
        && (PUBLIC_OFFICES.contains(&t.tok(i)) || matches!(t.tok(i), "Director" | "Manager"))
        && t.tokens
            .get(i + 1)
            .is_some_and(|x| x.kind == TokenKind::Word && !x.line_start)
        && is_capitalised(t.tok(i + 1))
}

/// Offices of counties, cities and agencies that news writes capitalised before a name
/// ("Sheriff Ozzie Knezovich", "FEMA Administrator Deanne Criswell") and the title list lacks.
pub(super) const PUBLIC_OFFICES: &[&str] = &[
    "Administrator",
    "Cllr",
    "Commissioner",
    "Coroner",
    "Councillor",
    "Councilor",
    "Czar",
    "Prosecutor",
    "Sheriff",
    "Superintendent",
    "Treasurer",
];

/// "Massachusetts Gov.", "Utah Sen.": abbreviated offices that end no name.
fn is_office_abbreviation(w: &str) -> bool {
    matches!(
        w,
        "Gov." | "Sen." | "Rep." | "Gen." | "Lt." | "Col." | "Sgt." | "Capt." | "Adm." | "Cmdr."
    )
}

/// "10 GW", "300 HP", and a sports page's "1 TFL, 2 QH": a unit, or a capitalised
/// abbreviation no list knows, after a count is no name. After a year it may be one ("the
/// 2019 NFL Draft", "a 2020 BBC documentary").
fn is_counted_abbreviation(t: &Tagged, i: usize) -> bool {
    let w = t.tok(i);
    let year = {
        let n = t.tok(i - 1);
        n.len() == 4 && (n.starts_with("19") || n.starts_with("20"))
    };
    is_unit(w)
        || (!year
            && (2..=4).contains(&w.len())
            && w.bytes().all(|c| c.is_ascii_uppercase())
            && t.info[i].flags & gz::KNOWN_ORG == 0)
}

/// An amount written with a magnitude letter: "300M", "1.2bn", "40K".
fn is_amount(w: &str) -> bool {
    let digits = w.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
    digits.len() < w.len()
        && w.starts_with(|c: char| c.is_ascii_digit())
        && matches!(digits, "M" | "B" | "K" | "m" | "k" | "bn" | "mn" | "tn")
}

/// Units of measure.
fn is_unit(w: &str) -> bool {
    const UNITS: &[&str] = &[
        "AM", "BTU", "GB", "GHz", "GW", "GWh", "Gbps", "HP", "KB", "KW", "MB", "MHz", "MPH", "MW",
        "MWh", "Mbps", "PM", "TB", "TW", "TWh", "kW", "kWh",
    ];
    UNITS.binary_search(&w).is_ok()
}

/// Prepositions and conjunctions that open sentences and never a name.
pub(super) fn is_opening_word(w: &str) -> bool {
    const WORDS: &[&str] = &[
        "according",
        "although",
        "amid",
        "despite",
        "during",
        "following",
        "including",
        "meanwhile",
        "unlike",
        "whereas",
        "whether",
        "while",
    ];
    // Asked of every mention's first word: its first letter settles most.
    matches!(
        w.as_bytes().first(),
        Some(b'A' | b'D' | b'F' | b'I' | b'M' | b'U' | b'W')
    ) && w.len() <= 9
        && gz::in_list(WORDS, w)
}

/// Words that open a title: "Press Secretary", "Deputy Director", "Vice President".
pub(super) fn is_role_modifier(w: &str) -> bool {
    const MODIFIERS: &[&str] = &[
        "acting",
        "assistant",
        "associate",
        "chief",
        "deputy",
        "executive",
        "interim",
        "managing",
        "press",
        "senior",
        "vice",
    ];
    gz::in_list(MODIFIERS, w)
}

/// "London-based", "Saudi-led", "German-born": a word that modifies the name after it.
/// "Indianapolis-based Lilly", "an Iran-backed militia", "TSMC-made chips", "New York-based":
/// the name before a compound's tail is a mention of its own, a part of one token. Named only
/// when it is a listed place (with the capitalised words before it), a listed organization,
/// or a name the text gives elsewhere, whose kind it takes ("LED-based" is none of these).
pub fn compound_modifiers(t: &Tagged, ms: &mut Vec<Mention>) {
    // Most texts have no such compound: the tables below are made only for one that has.
    if !t.text.contains('-')
        || !t
            .caps
            .iter()
            .any(|&i| t.first_byte(i) != b'-' && is_compound_modifier(t.tok(i)))
    {
        return;
    }
    let spans = mention_spans(t, ms);
    // The kinds of the names the text gives, by surface, made when first asked.
    let mut named: Option<std::collections::HashMap<&str, Kind>> = None;
    let mut found = Vec::new();
    // The tagger's readings a found name replaces: "Hong Kong-listed" whole, or "San" before
    // "Francisco-based".
    let mut replaced: Vec<Range<usize>> = Vec::new();
    for &i in &t.caps {
        let w = t.tok(i);
        if !is_compound_modifier(w) {
            continue;
        }
        // A mention that runs on past the compound holds it as a modifier ("London-based
        // Amnesty International", which `clean` trims); one that ends with it, or before it,
        // is the tagger's reading of the name in it.
        let ours = |k: usize| {
            spans[k]
                .as_ref()
                .is_none_or(|r| r.end == i || r.end == i + 1)
        };
        if !ours(i) {
            continue;
        }
        let Some(cut) = w.rfind('-') else { continue };
        let name = &w[..cut];
        if name.is_empty() || name.contains('-') {
            continue;
        }
        let h = gz::hash_lower(name);
        // "New York-based": the listed place may open with the words before.
        let start = place_ending_in(t, i, h, ours, gz::is_listed_place);
        let (s, place) = start.map_or((i, false), |s| (s, true));
        let kind = if place {
            Kind::Place
        } else if gz::is_listed_org(&[h]) {
            Kind::Organization
        } else if let Some(&k) = named
            .get_or_insert_with(|| {
                ms.iter()
                    .map(|m| (&t.text[m.span.start..m.span.end], m.kind))
                    .collect()
            })
            .get(name)
        {
            k
        } else {
            continue;
        };
        replaced.extend((s..=i).filter_map(|k| spans[k].clone()));
        let start = t.tokens[s].span.start;
        let end = t.tokens[i].span.start + cut;
        found.push(Mention {
            toks: s..i + 1,
            span: Span::new(start, end),
            kind,
        });
    }
    remove_replaced(ms, replaced);
    ms.extend(found);
}

/// "the Israel-Hamas war", "a Japan-China summit", "US-South Korea drills": two names joined
/// by a hyphen are a mention each, parts of the token that joins them: a well-known place (with
/// the capitalised words before it: "North Korea"), then a well-known place or a listed
/// organization (with the words after it: "South Korea"). Not a place listed whole
/// ("Guinea-Bissau"), a lesser place's pair ("Paris-Orly", "Virginia-Highland"), a branch
/// ("WWF-Australia"), nor the middle of a longer name the tagger read ("Air France-KLM",
/// "University of Wisconsin-Madison").
pub fn hyphenated_pairs(t: &Tagged, ms: &mut Vec<Mention>) {
    let kind_of = |hs: &[u64]| {
        if gz::is_major_place(hs) {
            Some(Kind::Place)
        } else if gz::is_listed_org(hs) {
            Some(Kind::Organization)
        } else {
            None
        }
    };
    // Hyphens are common and such pairs rare: the mentions' spans are made at the first pair.
    let mut spans: Option<Vec<Option<Range<usize>>>> = None;
    let mut found = Vec::new();
    let mut replaced: Vec<Range<usize>> = Vec::new();
    // Read at the hyphens, which are far fewer than the capitalised words.
    let mut last = usize::MAX;
    for (pos, _) in t.text.match_indices('-') {
        // The second name is capitalised: most hyphens ("two-day", "al-Qaida") stop here.
        let next = t.text.as_bytes().get(pos + 1).copied().unwrap_or(0);
        if !(next.is_ascii_uppercase() || next >= 0x80) {
            continue;
        }
        let i = t.tokens.partition_point(|x| x.span.end <= pos);
        if i == last || !super::context::cap_word(t, i) || t.tokens[i].span.start > pos {
            continue;
        }
        last = i;
        let w = t.tok(i);
        let Some(cut) = w.find('-') else { continue };
        let (a, b) = (&w[..cut], &w[cut + 1..]);
        if a.is_empty() || !is_capitalised(b) || b.contains('-') {
            continue;
        }
        // The longest well-known place ending in `a`, with up to two capitalised words before.
        let on_line = |k: usize| !t.tokens[k + 1].line_start;
        let Some(s) = place_ending_in(t, i, gz::hash_lower(a), on_line, gz::is_major_place) else {
            continue;
        };
        let whole = [t.info[i].lower];
        if gz::is_listed_place(&whole) || gz::is_listed_org(&whole) {
            continue;
        }
        let mut hs = [gz::hash_lower(b), 0, 0];
        let mut right = kind_of(&hs[..1]).map(|k| (i + 1, k));
        for ahead in 1..=2 {
            let e = i + ahead;
            if !super::context::cap_word(t, e) || t.tokens[e].line_start {
                break;
            }
            hs[ahead] = t.info[e].lower;
            if let Some(k) = kind_of(&hs[..=ahead]) {
                right = Some((e + 1, k));
            }
        }
        let Some((e, kb)) = right else { continue };
        let spans = spans.get_or_insert_with(|| mention_spans(t, ms));
        if reaches_outside(spans, &(s..e), &(s..e)) {
            continue;
        }
        replaced.extend((s..e).filter_map(|k| spans[k].clone()));
        let joint = t.tokens[i].span.start + cut;
        found.push(Mention {
            toks: s..i + 1,
            span: Span::new(t.tokens[s].span.start, joint),
            kind: Kind::Place,
        });
        found.push(Mention {
            toks: i..e,
            span: Span::new(joint + 1, t.tokens[e - 1].span.end),
            kind: kb,
        });
    }
    remove_replaced(ms, replaced);
    ms.extend(found);
}

/// The start of the longest place (by `is_place`) that ends in the part of token `i` hashed
/// `h`, taking in up to two capitalised words before it that `may_take` allows: "New" of
/// "New York-based".
fn place_ending_in(
    t: &Tagged,
    i: usize,
    h: u64,
    may_take: impl Fn(usize) -> bool,
    is_place: impl Fn(&[u64]) -> bool,
) -> Option<usize> {
    let mut start = is_place(&[h]).then_some(i);
    for back in 1..=2 {
        if i < back || !super::context::cap_word(t, i - back) || !may_take(i - back) {
            break;
        }
        let mut hs = [0u64; 3];
        for (slot, k) in hs.iter_mut().zip(i - back..i) {
            *slot = t.info[k].lower;
        }
        hs[back] = h;
        if is_place(&hs[..=back]) {
            start = Some(i - back);
        }
    }
    start
}

/// Drops the mentions whose tokens are one of `replaced`, looked up sorted, so that a text of
/// many compounds is not quadratic.
fn remove_replaced(ms: &mut Vec<Mention>, mut replaced: Vec<Range<usize>>) {
    if replaced.is_empty() {
        return;
    }
    replaced.sort_unstable_by_key(|r| (r.start, r.end));
    ms.retain(|m| {
        replaced
            .binary_search_by_key(&(m.toks.start, m.toks.end), |r| (r.start, r.end))
            .is_err()
    });
}

/// A mention that ends inside its last token, as `compound_modifiers` makes them.
pub fn is_part_of_token(t: &Tagged, m: &Mention) -> bool {
    m.toks.end > 0 && m.span.end < t.tokens[m.toks.end - 1].span.end
}

pub(super) fn is_compound_modifier(w: &str) -> bool {
    const TAILS: &[&str] = &[
        "-based",
        "-born",
        "-led",
        "-backed",
        "-owned",
        "-funded",
        "-run",
        "-linked",
        "-allied",
        "-affiliated",
        "-controlled",
        "-made",
        "-bred",
        "-raised",
        "-area",
        "-imposed",
        "-appointed",
        "-installed",
        "-sponsored",
        "-supported",
        "-aligned",
        "-brokered",
        "-headquartered",
        "-listed",
        "-flagged",
        "-registered",
    ];
    // Every tail starts with a hyphen: a word without one is settled by a byte search.
    w.len() < 40
        && w.bytes().any(|b| b == b'-')
        && TAILS.iter().any(|tail| {
            w.len() > tail.len()
                && w.is_char_boundary(w.len() - tail.len())
                && w[w.len() - tail.len()..].eq_ignore_ascii_case(tail)
        })
}

/// "Ministry of Energy", "Department for Education" at `i`: a ministry's name that opens with
/// its word, so a demonym before it says whose it is and is no part of it.
pub(super) fn ministry_of(t: &Tagged, i: usize) -> bool {
    matches!(t.tok(i), "Ministry" | "Department") && matches!(t.tok(i + 1), "of" | "for")
}

/// Singular nouns for a person's role: a span ending in one names a job, not an organization.
pub fn is_role_noun(w: &str) -> bool {
    gz::in_list(ROLE_NOUNS, w)
}

pub(super) const ROLE_NOUNS: &[&str] = &[
    "adviser",
    "advisor",
    "analyst",
    "author",
    "columnist",
    "consultant",
    "contributor",
    "coordinator",
    "correspondent",
    "director",
    "economist",
    "editor",
    "engineer",
    "envoy",
    "expert",
    "fellow",
    "instructor",
    "investigator",
    "lecturer",
    "manager",
    "negotiator",
    "official",
    "operative",
    "producer",
    "professor",
    "reporter",
    "researcher",
    "scientist",
    "speaker",
    "specialist",
    "strategist",
    "trainer",
    "writer",
];

pub fn is_title(t: &Tagged, i: usize) -> bool {
    t.info.get(i).is_some_and(|x| x.flags & gz::TITLE != 0)
        && t.tok(i).chars().next().is_some_and(|c| c.is_uppercase())
}
