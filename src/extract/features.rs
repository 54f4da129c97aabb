//! Tagger features. Each feature is a hash of (template, value) and indexes a row of the
//! weight table; nothing is allocated per feature. Features look at the token, its shape and
//! affixes, its neighbours within the sentence, gazetteer membership, and document-level
//! evidence: how the same word is capitalised elsewhere in the document, so that Title-Case
//! headlines and ALL-CAPS lines do not make every word look like a name.

use super::gazetteer::{self as gz, fnv_byte, hash_lower, hash_lower_ascii, mix, FNV_OFFSET};
use super::tokenize::{Token, TokenKind};

// Per-token boolean properties (beyond the gazetteer flags, which use the low bits).
pub const CAP: u32 = 1 << 16;
pub const ALLCAPS: u32 = 1 << 17;
pub const SENT_START: u32 = 1 << 18;
pub const LOWER_ELSEWHERE: u32 = 1 << 19;
pub const CAP_MID_ELSEWHERE: u32 = 1 << 20;
const HEADLINE: u32 = 1 << 21;
pub const PLACE_B: u32 = 1 << 22;
pub const PLACE_I: u32 = 1 << 23;
const DOTTED: u32 = 1 << 24;
const LINK: u32 = 1 << 25;
pub const AFTER_QUOTE: u32 = 1 << 26;
const HAS_DIGIT: u32 = 1 << 27;
const HAS_UPPER: u32 = 1 << 28;
/// Not scored: the token and both neighbours have no capital letter, so no name can cover it
/// (names with three lowercase words in a row do not occur in news). Tagged O; this keeps
/// most of a text out of the weight table and makes tagging several times faster.
pub const SKIP: u32 = 1 << 29;
/// The token is ASCII, so its affixes are hashed from its bytes. Not a feature: the templates
/// read other bits.
const ASCII: u32 = 1 << 30;
const PROPS: [u32; 12] = [
    CAP,
    ALLCAPS,
    SENT_START,
    LOWER_ELSEWHERE,
    CAP_MID_ELSEWHERE,
    HEADLINE,
    PLACE_B,
    PLACE_I,
    DOTTED,
    LINK,
    AFTER_QUOTE,
    HAS_DIGIT,
];

/// `PROPS[k]` is bit `PROPS_SHIFT + k`.
const PROPS_SHIFT: u32 = 16;
const _: () = {
    let mut k = 0;
    while k < PROPS.len() {
        assert!(PROPS[k] == 1 << (PROPS_SHIFT + k as u32));
        k += 1;
    }
};

/// What the feature templates need to know about one token.
#[derive(Debug, Clone, Copy, Default)]
pub struct TokInfo {
    pub lower: u64,
    pub shape: u64,
    pub suf2: u64,
    pub suf3: u64,
    pub suf4: u64,
    pub pre3: u64,
    pub flags: u32,
    /// Contexts the same word has elsewhere in the document (`DOC_*`).
    pub doc: u8,
}

/// Somewhere in the document the word follows a person title ("Gen. Scaparrotti").
const DOC_AFTER_TITLE: u8 = 1;
/// ... follows a capitalised first name ("Curtis Scaparrotti").
const DOC_AFTER_FIRST: u8 = 2;
/// ... follows "in", "at", "from", "near" ("in Brussels").
const DOC_AFTER_IN: u8 = 4;
/// ... is followed by "said", "says", "told" ("Scaparrotti said").
const DOC_BEFORE_SAID: u8 = 8;
/// ... follows a lowercase "the" ("the Pentagon").
const DOC_AFTER_THE: u8 = 16;
/// ... comes before a capitalised organization word ("Disney Channel", "Apple Inc").
const DOC_BEFORE_ORG: u8 = 32;

impl TokInfo {
    pub fn is_cap(&self) -> bool {
        self.flags & CAP != 0
    }
}

/// A shape hash, then whether the first character is uppercase, whether every letter is (and
/// there is one), whether a digit occurs and whether an uppercase letter does.
type ShapeFacts = (u64, bool, bool, bool, bool);

/// Short shape: character classes with runs collapsed, at most 5 classes: "Xx", "X.X.", "d",
/// "Xx-Xx".
fn shape_hash(s: &str) -> ShapeFacts {
    let mut h: u64 = 0x1234_5678;
    let mut last = 0u8;
    let mut n = 0;
    let mut upper = 0;
    let mut lower = 0;
    let mut digit = false;
    for c in s.chars() {
        let cls = if c.is_uppercase() {
            upper += 1;
            b'X'
        } else if c.is_lowercase() {
            lower += 1;
            b'x'
        } else if c.is_numeric() {
            digit = true;
            b'd'
        } else if c == '’' {
            b'\''
        } else if c.is_ascii() {
            c as u8
        } else {
            b'?'
        };
        if cls != last && n < 5 {
            h = mix(h, u64::from(cls));
            n += 1;
            last = cls;
        }
    }
    let first_upper = s.chars().next().is_some_and(|c| c.is_uppercase());
    (h, first_upper, upper > 0 && lower == 0, digit, upper > 0)
}

const UPPER: u8 = 1;
const LOWER: u8 = 2;
const DIGIT: u8 = 4;

/// Per ASCII byte: its `shape_hash` class (`X`, `x`, `d`, or the byte itself), whether it is
/// an uppercase letter, a lowercase letter or a digit, and its lowercase form.
const ASCII_CLASS: [(u8, u8, u8); 128] = {
    let mut t = [(0u8, 0u8, 0u8); 128];
    let mut b = 0u8;
    while b < 128 {
        t[b as usize] = if b.is_ascii_uppercase() {
            (b'X', UPPER, b.to_ascii_lowercase())
        } else if b.is_ascii_lowercase() {
            (b'x', LOWER, b)
        } else if b.is_ascii_digit() {
            (b'd', DIGIT, b)
        } else {
            (b, 0, b)
        };
        b += 1;
    }
    t
};

/// `hash_lower`, `shape_hash` and the casing flags of a token (`HAS_UPPER`, `CAP`, `ALLCAPS`,
/// `HAS_DIGIT`). Most tokens are ASCII: those are read once, byte by byte, with the same
/// results as the general route. `bytes` are the token's; `s` gives them as a `str`, which only
/// the general route needs.
#[inline(always)]
fn word_facts<'a>(bytes: &[u8], s: impl FnOnce() -> &'a str) -> (u64, u64, u32) {
    let (lower, (shape, cap, allcaps, digit, upper), long, mut flags) =
        match ascii_word_facts(bytes) {
            Some((lower, facts)) => (lower, facts, bytes.len() > 1, ASCII),
            None => {
                let s = s();
                (hash_lower(s), shape_hash(s), s.chars().nth(1).is_some(), 0)
            }
        };
    if upper {
        flags |= HAS_UPPER;
    }
    if cap {
        flags |= CAP;
    }
    if allcaps && long {
        flags |= ALLCAPS;
    }
    if digit {
        flags |= HAS_DIGIT;
    }
    (lower, shape, flags)
}

/// `hash_lower` and `shape_hash` of an ASCII word in one pass; None at the first other byte
/// (the caller then takes the general route), so no separate ASCII test reads the word first.
#[inline(always)]
fn ascii_word_facts(bytes: &[u8]) -> Option<(u64, ShapeFacts)> {
    let (mut lower, mut shape) = (FNV_OFFSET, 0x1234_5678u64);
    let (mut last, mut n) = (0u8, 0);
    let mut seen = 0u8;
    let mut rest = bytes.iter();
    // The shape takes at most five classes: past the fifth, only the hash and the casing are
    // left to read.
    for &b in &mut rest {
        let (cls, kind, low) = *ASCII_CLASS.get(usize::from(b))?;
        seen |= kind;
        lower = fnv_byte(lower, low);
        if cls != last {
            shape = mix(shape, u64::from(cls));
            n += 1;
            last = cls;
            if n == 5 {
                break;
            }
        }
    }
    for &b in rest {
        let (_, kind, low) = *ASCII_CLASS.get(usize::from(b))?;
        seen |= kind;
        lower = fnv_byte(lower, low);
    }
    let cap = bytes.first().is_some_and(u8::is_ascii_uppercase);
    let upper = seen & UPPER != 0;
    Some((
        lower,
        (
            shape,
            cap,
            upper && seen & LOWER == 0,
            seen & DIGIT != 0,
            upper,
        ),
    ))
}

/// The affix hashes `[suf2, suf3, suf4, pre3]` of a token whose `hash_lower` is `lower`: as
/// `affix`, without walking characters for an ASCII token.
fn affixes(s: &str, lower: u64) -> [u64; 4] {
    if !s.is_ascii() {
        return [
            affix(s, 2, true),
            affix(s, 3, true),
            affix(s, 4, true),
            affix(s, 3, false),
        ];
    }
    ascii_affixes(s.as_bytes(), lower)
}

/// `affixes` of an ASCII token's bytes.
fn ascii_affixes(b: &[u8], lower: u64) -> [u64; 4] {
    let suffix = |n: usize| match b.len().checked_sub(n) {
        Some(cut) if cut > 0 => mix(hash_lower_ascii(&b[cut..]), n as u64 + 100),
        _ => lower ^ n as u64,
    };
    let pre3 = match b.get(..3) {
        Some(p) if b.len() > 3 => mix(hash_lower_ascii(p), 203),
        _ => lower ^ 3,
    };
    [suffix(2), suffix(3), suffix(4), pre3]
}

/// Hash of the lowercase first/last `n` characters.
fn affix(s: &str, n: usize, suffix: bool) -> u64 {
    if s.is_ascii() {
        if s.len() <= n {
            return hash_lower(s) ^ (n as u64);
        }
        let part = if suffix { &s[s.len() - n..] } else { &s[..n] };
        return mix(
            hash_lower(part),
            (n as u64) + if suffix { 100 } else { 200 },
        );
    }
    let count = s.chars().count();
    if count <= n {
        return hash_lower(s) ^ (n as u64);
    }
    let cut = if suffix {
        s.char_indices().nth(count - n).map_or(0, |(i, _)| i)
    } else {
        s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
    };
    let part = if suffix { &s[cut..] } else { &s[..cut] };
    mix(
        hash_lower(part),
        (n as u64) + if suffix { 100 } else { 200 },
    )
}

/// A line of its own whose words are all capitalised but for a headline's small words
/// ("Trump Escalates Attacks on Clinton Ahead of Debate"): how many capitalised words it has
/// other than small ones, and how many of those are ALL-CAPS. A sentence that shares its line
/// with others ("Rep. Alexandria Smith, D-N.Y., wrote ...") is no headline, however
/// capitalised.
pub fn title_line(
    text: &str,
    tokens: &[Token],
    info: &[TokInfo],
    r: &std::ops::Range<usize>,
) -> Option<(usize, usize)> {
    const SMALL: &[&str] = &[
        "a", "an", "the", "of", "on", "in", "at", "to", "for", "and", "or", "by", "with", "as",
        "from", "into", "over", "after", "vs", "is", "be", "but", "its", "up",
    ];
    let whole_line = tokens.get(r.start).is_some_and(|x| x.line_start)
        && tokens.get(r.end).is_none_or(|x| x.line_start);
    if !whole_line {
        return None;
    }
    let (mut words, mut all) = (0usize, 0usize);
    for i in r.clone() {
        let tok = &tokens[i];
        if tok.kind != TokenKind::Word {
            continue;
        }
        let w = tok.text(text);
        if !info[i].is_cap() {
            // Most sentences stop here, at their first lowercase word.
            if SMALL.contains(&w) {
                continue;
            }
            return None;
        }
        if SMALL.iter().any(|s| s.eq_ignore_ascii_case(w)) {
            continue;
        }
        words += 1;
        all += usize::from(!w.chars().any(char::is_lowercase));
    }
    Some((words, all))
}

/// Token information for a whole document: per-token properties plus document-level
/// capitalisation evidence; and the indices of the capitalised words (`TokInfo::is_cap` of a
/// word), which the document-level steps walk instead of every token. `sentences` are token
/// index ranges.
pub fn doc_info(
    text: &str,
    tokens: &[Token],
    sentences: &[std::ops::Range<usize>],
) -> (Vec<TokInfo>, Vec<usize>) {
    let mut info: Vec<TokInfo> = tokens
        .iter()
        .map(|t| {
            let b = t.bytes(text);
            let (lower, shape, mut flags) = word_facts(b, || t.text(text));
            if b.len() > 1 && b.last() == Some(&b'.') {
                flags |= DOTTED;
            }
            if t.kind == TokenKind::Link {
                flags |= LINK;
            }
            TokInfo {
                lower,
                shape,
                flags,
                ..TokInfo::default()
            }
        })
        .collect();

    // Per sentence: its start, whether it reads as a headline (most words capitalised), the
    // token after each quote opening, and which tokens are not scored (`SKIP`).
    for r in sentences {
        let Some(first) = info.get_mut(r.start) else {
            continue;
        };
        first.flags |= SENT_START;
        let (mut words, mut caps) = (0usize, 0usize);
        for i in r.clone() {
            if tokens[i].kind == TokenKind::Word {
                words += 1;
                caps += usize::from(info[i].is_cap());
            }
        }
        // "Valley Votes on Lithium Mine as Test for Government": a title-case first line is
        // the headline however many small words it holds. Only the first: a credit line
        // ("Reporting by Lin Mei-hua in Taipei and …") is written the same way, and its
        // names are named nowhere else.
        let title =
            || r.start == 0 && title_line(text, tokens, &info, r).is_some_and(|(w, _)| w >= 4);
        let headline = if words >= 3 && caps * 10 >= words * 7 || title() {
            HEADLINE
        } else {
            0
        };
        let up = |info: &[TokInfo], j: usize| r.contains(&j) && info[j].flags & HAS_UPPER != 0;
        // `up` of the token before, the token and the one after, slid along the sentence.
        let (mut before, mut here) = (false, up(&info, r.start));
        for i in r.clone() {
            info[i].flags |= headline;
            // Each of these marks starts with one of four bytes; most tokens stop at that test,
            // made on the text's byte without slicing the token out.
            if matches!(
                text.as_bytes().get(tokens[i].span.start),
                Some(0xE2 | b'"' | b'(' | b':')
            ) && matches!(
                tokens[i].text(text),
                "“" | "\"" | "‘" | "(" | ":" | "—" | "–"
            ) {
                if let Some(n) = info.get_mut(i + 1) {
                    n.flags |= AFTER_QUOTE;
                }
            }
            let after = up(&info, i + 1);
            // Punctuation other than the few marks that occur inside names never does.
            let punct = tokens[i].kind == TokenKind::Punct
                && !matches!(tokens[i].text(text), "&" | "-" | "/" | "+");
            if punct || !(before || here || after) {
                info[i].flags |= SKIP;
            }
            (before, here) = (here, after);
        }
    }

    // Document-level casing evidence per word: seen lowercase anywhere; seen capitalised in
    // the middle of a normal (non-headline) sentence.
    // A pair of bitsets indexed by word hash stands in for a map: a rare false "seen" costs
    // far less than hashing every token into a table.
    let nbits = (tokens.len() * 16).next_power_of_two().max(1024);
    let mask = (nbits - 1) as u64;
    let mut lower_seen = vec![0u64; nbits / 64];
    let mut capmid_seen = vec![0u64; nbits / 64];
    let bit = |h: u64| (((h >> 7) & mask) as usize / 64, 1u64 << ((h >> 7) & 63));

    // One pass, as every sentence's flags are now set, for three things per token:
    // - gazetteer flags, which matter for scored tokens and, as neighbours, the tokens next to
    //   them: looking up only those keeps most of a text out of the (cache-missing) word
    //   table (gazetteer flags never touch SKIP, so the pass can test and set);
    // - affixes, which only matter for scored tokens;
    // - the casing evidence above.
    let scored = |x: &TokInfo| x.flags & SKIP == 0;
    let (mut before, mut here) = (false, info.first().is_some_and(scored));
    for (i, t) in tokens.iter().enumerate() {
        let after = info.get(i + 1).is_some_and(scored);
        let ti = &mut info[i];
        if before || here || after {
            ti.flags |= gz::flags(ti.lower);
        }
        (before, here) = (here, after);
        if ti.flags & SKIP == 0 {
            [ti.suf2, ti.suf3, ti.suf4, ti.pre3] = if ti.flags & ASCII != 0 {
                ascii_affixes(t.bytes(text), ti.lower)
            } else {
                affixes(t.text(text), ti.lower)
            };
        }
        if t.kind == TokenKind::Word {
            let f = ti.flags;
            let (w, b) = bit(ti.lower);
            if f & CAP == 0 {
                lower_seen[w] |= b;
            } else if f & (SENT_START | HEADLINE | AFTER_QUOTE | ALLCAPS) == 0 {
                capmid_seen[w] |= b;
            }
        }
    }
    let caps: Vec<usize> = (tokens.iter().zip(&info).enumerate())
        .filter(|(_, (t, x))| t.kind == TokenKind::Word && x.is_cap())
        .map(|(i, _)| i)
        .collect();
    for &i in &caps {
        let (w, b) = bit(info[i].lower);
        if lower_seen[w] & b != 0 {
            info[i].flags |= LOWER_ELSEWHERE;
        }
        if capmid_seen[w] & b != 0 {
            info[i].flags |= CAP_MID_ELSEWHERE;
        }
    }

    doc_contexts(text, tokens, &caps, &mut info);

    // Gazetteer places, longest match, on capitalised starts.
    for r in sentences {
        let mut i = r.start;
        while i < r.end {
            // Every word of a listed place is a `PLACE_WORD`, and a capitalised word is scored,
            // so its gazetteer flags are known: the rest of the words are read only after one.
            if info[i].is_cap() && info[i].flags & gz::PLACE_WORD != 0 {
                let mut hs = [0u64; gz::MAX_PLACE_WORDS];
                let m = (r.end - i).min(gz::MAX_PLACE_WORDS);
                for (k, h) in hs.iter_mut().enumerate().take(m) {
                    *h = info[i + k].lower;
                }
                let n = gz::place_match(&hs[..m]);
                if n > 0 {
                    info[i].flags |= PLACE_B;
                    for t in &mut info[i + 1..i + n] {
                        t.flags |= PLACE_I;
                    }
                    i += n;
                    continue;
                }
            }
            i += 1;
        }
    }
    (info, caps)
}

/// Document-level context evidence per capitalised word, by the same bitset trick as the
/// casing evidence: what precedes or follows the word anywhere in the document is shared by
/// all its occurrences, so a name introduced as "Gen. Scaparrotti" is a person everywhere.
fn doc_contexts(text: &str, tokens: &[Token], caps: &[usize], info: &mut [TokInfo]) {
    let nbits = (tokens.len() * 4).next_power_of_two().max(1024);
    let mask = (nbits - 1) as u64;
    let mut seen = vec![0u8; nbits];
    let slot = |h: u64| ((h >> 11) & mask) as usize;
    for &i in caps {
        let mut d = 0u8;
        if i > 0 {
            let p = &info[i - 1];
            if p.flags & CAP != 0 && p.flags & gz::TITLE != 0 {
                d |= DOC_AFTER_TITLE;
            }
            if p.flags & CAP != 0 && p.flags & gz::FIRST != 0 && p.flags & gz::TITLE == 0 {
                d |= DOC_AFTER_FIRST;
            }
            let before = tokens[i - 1].bytes(text);
            if matches!(before, b"in" | b"at" | b"from" | b"near" | b"to") {
                d |= DOC_AFTER_IN;
            }
            if before == b"the" {
                d |= DOC_AFTER_THE;
            }
        }
        if let Some(x) = info.get(i + 1) {
            if x.flags & CAP != 0 && x.flags & (gz::ORG_CUE | gz::ORG_SUFFIX) != 0 {
                d |= DOC_BEFORE_ORG;
            }
        }
        if let Some(n) = tokens.get(i + 1) {
            if matches!(n.bytes(text), b"said" | b"says" | b"told" | b"added") {
                d |= DOC_BEFORE_SAID;
            }
        }
        seen[slot(info[i].lower)] |= d;
    }
    for i in 0..tokens.len() {
        if info[i].flags & CAP != 0 {
            info[i].doc = seen[slot(info[i].lower)];
        }
    }
}

const NEIGHBOUR_BITS: u32 = gz::FIRST
    | gz::SURNAME
    | gz::TITLE
    | gz::ORG_CUE
    | gz::ORG_SUFFIX
    | gz::DEMONYM
    | gz::KNOWN_ORG
    | gz::STOP
    | CAP
    | ALLCAPS
    | PLACE_B
    | PLACE_I
    | DOTTED;

/// Feature hashes of token `i` in sentence `r`, each handed to `emit`.
#[inline]
pub fn token_features(
    info: &[TokInfo],
    r: &std::ops::Range<usize>,
    i: usize,
    mut emit: impl FnMut(u64),
) {
    let out = &mut emit;
    #[inline(always)]
    fn push(out: &mut impl FnMut(u64), template: u64, value: u64) {
        out(mix(template.wrapping_mul(0x2545_f491_4f6c_dd1d), value));
    }
    const NONE: TokInfo = TokInfo {
        lower: 7,
        shape: 7,
        suf2: 7,
        suf3: 7,
        suf4: 7,
        pre3: 7,
        flags: 0,
        doc: 0,
    };
    let at = |k: isize| -> &TokInfo {
        let j = i as isize + k;
        if j < r.start as isize || j >= r.end as isize {
            &NONE
        } else {
            info.get(j as usize).unwrap_or(&NONE)
        }
    };
    let t = at(0);
    let (p1, p2, n1, n2) = (at(-1), at(-2), at(1), at(2));
    let f = t.flags;
    push(out, 1, 0);
    push(out, 2, t.lower);
    push(out, 3, p1.lower);
    push(out, 4, n1.lower);
    push(out, 5, p2.lower);
    push(out, 6, n2.lower);
    push(out, 7, mix(p1.lower, t.lower));
    push(out, 8, mix(t.lower, n1.lower));
    push(out, 9, t.shape);
    push(out, 10, p1.shape);
    push(out, 11, n1.shape);
    push(out, 12, mix(p1.shape, t.shape));
    push(out, 13, mix(t.shape, n1.shape));
    push(out, 14, t.suf2);
    push(out, 15, t.suf3);
    push(out, 16, t.suf4);
    push(out, 17, t.pre3);
    // Casing evidence in context: sentence start, headline, seen lowercase / capitalised.
    let ctx = u64::from(
        f & (CAP
            | ALLCAPS
            | SENT_START
            | LOWER_ELSEWHERE
            | CAP_MID_ELSEWHERE
            | HEADLINE
            | AFTER_QUOTE),
    );
    push(out, 18, ctx);
    push(out, 19, mix(ctx, t.shape));
    push(out, 20, mix(ctx, u64::from(f & 0x3ff)));
    // The set bits only, in ascending order: gazetteer flags, then `PROPS` (bits 16..28).
    let mut bits = f & ((1 << gz::FLAG_BITS) - 1);
    while bits != 0 {
        push(out, 30 + u64::from(bits.trailing_zeros()), 1);
        bits &= bits - 1;
    }
    let mut bits = (f >> PROPS_SHIFT) & ((1 << PROPS.len()) - 1);
    while bits != 0 {
        push(out, 50 + u64::from(bits.trailing_zeros()), 1);
        bits &= bits - 1;
    }
    if t.doc != 0 {
        push(out, 90, u64::from(t.doc));
        push(out, 91, mix(u64::from(t.doc), t.shape));
    }
    push(out, 70, u64::from(p1.flags & NEIGHBOUR_BITS));
    push(out, 71, u64::from(n1.flags & NEIGHBOUR_BITS));
    push(
        out,
        74,
        mix(
            u64::from(p1.flags & NEIGHBOUR_BITS),
            u64::from(f & NEIGHBOUR_BITS),
        ),
    );
    push(
        out,
        75,
        mix(
            u64::from(f & NEIGHBOUR_BITS),
            u64::from(n1.flags & NEIGHBOUR_BITS),
        ),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ASCII fast routes give exactly what the general ones give.
    #[test]
    fn fast_routes_match_the_general_ones() {
        let words = [
            "",
            "a",
            "A",
            "ab",
            "Ab",
            "AB",
            "abc",
            "U.S.",
            "Gen.",
            "al-Baghdadi",
            "O'Brien",
            "Scaparrotti",
            "3,000.5",
            "#ISIS",
            "x\u{0}y",
            "NATO",
            "eBay",
            "R2-D2",
            "...",
            "’s",
            "Bin’ali",
            "Zürich",
            "ÉTATS",
            "naïve",
            "東京",
            "İstanbul",
            "ǅemal",
        ];
        let every_ascii: Vec<String> = (0u8..128)
            .flat_map(|b| {
                let c = char::from(b);
                [format!("{c}"), format!("a{c}Z"), format!("{c}{c}9")]
            })
            .collect();
        for w in words
            .iter()
            .copied()
            .chain(every_ascii.iter().map(String::as_str))
        {
            let (lower, shape, flags) = word_facts(w.as_bytes(), || w);
            let (sh, cap, allcaps, digit, upper) = shape_hash(w);
            assert_eq!(lower, hash_lower(w), "{w}");
            assert_eq!(shape, sh, "{w}");
            assert_eq!(flags & CAP != 0, cap, "{w}");
            assert_eq!(
                flags & ALLCAPS != 0,
                allcaps && w.chars().count() > 1,
                "{w}"
            );
            assert_eq!(flags & HAS_DIGIT != 0, digit, "{w}");
            assert_eq!(flags & HAS_UPPER != 0, upper, "{w}");
            let general = [
                affix(w, 2, true),
                affix(w, 3, true),
                affix(w, 4, true),
                affix(w, 3, false),
            ];
            assert_eq!(affixes(w, hash_lower(w)), general, "{w}");
            assert_eq!(flags & ASCII != 0, w.is_ascii(), "{w}");
        }
    }
}
