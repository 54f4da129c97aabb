//! Tokens and sentences for news text. Every token keeps its byte span into the original text,
//! so everything downstream (tagger, merge, quotes, the UI) can point back at the article.
//!
//! Choices that matter for names: apostrophes inside a word stay in it ("Bin’ali", "O'Brien"),
//! a possessive is its own token ("Trump" "’s", "ISIS" "’"), hyphenated words stay whole
//! ("al-Baghdadi"), abbreviations keep their period ("U.S.", "Gen.", "Jan.", "M."), and URLs,
//! e-mail addresses, hashtags and @handles are single tokens.

use std::sync::OnceLock;

use super::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    Punct,
    /// URL, e-mail address, hashtag or handle: never part of a name.
    Link,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// A line break (or the start of the text) precedes this token.
    pub line_start: bool,
}

impl Token {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        text.get(self.span.start..self.span.end).unwrap_or("")
    }
    /// The token's bytes, for tests that compare bytes: no `str` slice (and its character
    /// boundary checks) is made.
    pub fn bytes<'a>(&self, text: &'a str) -> &'a [u8] {
        text.as_bytes()
            .get(self.span.start..self.span.end)
            .unwrap_or(&[])
    }
}

/// Words that keep a following period: titles, months, company forms and other news staples.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "maj",
    "adm", "cmdr", "cpl", "pvt", "rev", "hon", "pres", "supt", "insp", "det", "gens", "sens",
    "reps", "jr", "sr", "st", "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    "sun", "inc", "corp", "ltd", "co", "bros", "vs", "etc", "no", "nos", "vol", "dept", "univ",
    "assn", "ave", "blvd", "rd", "approx", "est", "fig", "ariz", "calif", "colo", "conn", "fla",
    "ill", "ind", "kan", "mass", "mich", "minn", "miss", "nev", "okla", "ore", "pa", "penn",
    "tenn", "tex", "va", "wash", "wis", "wyo", "ala", "ark", "del", "ga", "ky", "la", "md", "mo",
    "mont", "neb", "vt", "al", "op", "ed", "messrs", "mme", "mlle", "sgts", "u.s", "u.k", "u.n",
    "e.u", "ald",
];

/// Abbreviations after which a capitalised word usually continues the sentence (titles).
const TITLE_ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "maj",
    "adm", "cmdr", "cpl", "pvt", "rev", "hon", "pres", "supt", "insp", "det", "gens", "sens",
    "reps", "st", "mt", "ft", "messrs", "mme", "mlle", "no", "vs", "ald",
];

fn is_abbreviation(word: &str) -> bool {
    // Every word before a period asks: a sorted list and the word's ASCII-lowercase bytes
    // give what a case-insensitive scan of the list gives.
    static SORTED: OnceLock<Vec<&'static [u8]>> = OnceLock::new();
    if word.len() > 6 {
        return false;
    }
    let mut buf = [0u8; 6];
    let low = &mut buf[..word.len()];
    low.copy_from_slice(word.as_bytes());
    low.make_ascii_lowercase();
    let sorted = SORTED.get_or_init(|| {
        let mut v: Vec<&[u8]> = ABBREVIATIONS.iter().map(|a| a.as_bytes()).collect();
        v.sort_unstable();
        v
    });
    sorted.binary_search(&&*low).is_ok()
}

/// A title before a name ("Gen.", "Mr"), with or without its period: its period never ends a
/// sentence.
pub fn is_title_abbreviation(word: &str) -> bool {
    let w = word.strip_suffix('.').unwrap_or(word);
    w.len() <= 6
        && TITLE_ABBREVIATIONS
            .iter()
            .any(|a| a.eq_ignore_ascii_case(w))
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’' || c == 'ʼ'
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\u{ad}'
}

fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|s| s.chars().next())
}

fn char_before(text: &str, i: usize) -> Option<char> {
    text.get(..i).and_then(|s| s.chars().next_back())
}

/// Split `text` into tokens. Total: never panics, every non-space character is covered.
pub fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut line_start = true;
    while let Some(&b) = bytes.get(i) {
        // Most of a text's whitespace is single spaces between words.
        if b == b' ' {
            i += 1;
            continue;
        }
        let c = if b.is_ascii() {
            char::from(b)
        } else {
            match char_at(text, i) {
                Some(c) => c,
                None => break,
            }
        };
        if c.is_whitespace() {
            if c == '\n' || c == '\u{2029}' || c == '\u{2028}' {
                line_start = true;
            }
            i += c.len_utf8();
            continue;
        }
        let (end, kind) = match plain_word_end(bytes, i) {
            Some(end) => (end, TokenKind::Word),
            None => scan_token(text, bytes, i, c),
        };
        let end = end.max(i + c.len_utf8());
        out.push(Token {
            span: Span::new(i, end),
            kind,
            line_start,
        });
        line_start = false;
        i = end;
    }
    out
}

/// Where `scan_token` ends a word of ASCII letters and digits opening with a letter at `i`
/// that stops at a byte no rule reads past (a space, a comma, a bracket): most words. None for
/// anything else (a URL's start, a run going on with '.', '-', an apostrophe, '@', non-ASCII
/// text), which `scan_token` reads in full.
fn plain_word_end(bytes: &[u8], i: usize) -> Option<usize> {
    let rest = bytes.get(i..)?;
    if !rest.first()?.is_ascii_alphabetic()
        || rest.starts_with(b"http://")
        || rest.starts_with(b"https://")
        || rest.starts_with(b"www.")
    {
        return None;
    }
    let n = rest
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(rest.len());
    match rest.get(n) {
        None => Some(i + n),
        Some(&d)
            if d.is_ascii() && !matches!(d, b'@' | b'.' | b'_' | b'+' | b'-' | b'\'' | b'&') =>
        {
            Some(i + n)
        }
        _ => None,
    }
}

/// End of the whitespace-free run starting at `i`.
fn run_end(text: &str, i: usize) -> usize {
    text[i..]
        .char_indices()
        .find(|(_, c)| c.is_whitespace())
        .map_or(text.len(), |(k, _)| i + k)
}

/// "pic.twitter.com/MYwRz9euaq", "bit.ly/x": a host name and a path without a scheme.
fn is_bare_url(run: &str) -> bool {
    let Some((host, _)) = run.split_once('/') else {
        return false;
    };
    let Some((name, tld)) = host.rsplit_once('.') else {
        return false;
    };
    !name.is_empty()
        && tld.len() >= 2
        && tld.bytes().all(|b| b.is_ascii_lowercase())
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
}

/// Trim closing punctuation that ends a sentence or clause off a URL/e-mail run.
fn trim_link(text: &str, start: usize, mut end: usize) -> usize {
    while end > start {
        match char_before(text, end) {
            Some(c) if ".,;:!?)]}\"'’”»".contains(c) => end -= c.len_utf8(),
            _ => break,
        }
    }
    end
}

fn scan_token(text: &str, bytes: &[u8], i: usize, c: char) -> (usize, TokenKind) {
    let rest = &text[i..];
    // URLs.
    if (c == 'h' || c == 'w')
        && (rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www."))
    {
        let end = trim_link(text, i, run_end(text, i));
        if end > i + 4 {
            return (end, TokenKind::Link);
        }
    }
    // Hashtags and handles.
    if (c == '#' || c == '@') && char_at(text, i + 1).is_some_and(is_word_char) {
        let mut j = i + 1;
        while let Some(d) = char_at(text, j) {
            if is_word_char(d) || d == '_' {
                j += d.len_utf8();
            } else {
                break;
            }
        }
        return (j, TokenKind::Link);
    }
    if is_word_char(c) {
        // E-mail addresses: a run with an '@' followed by a dotted domain. Only looked for
        // when the letters stop at a character an address can continue with.
        let mut k = i;
        while bytes.get(k).is_some_and(|b| b.is_ascii_alphanumeric()) {
            k += 1;
        }
        if matches!(bytes.get(k), Some(b'@' | b'.' | b'_' | b'+' | b'-')) {
            let run = run_end(text, i);
            // A bare URL holds a '/', an address an '@': most runs ("al-Qaida", "U.S.") have
            // neither, and one byte scan settles them.
            if text[i..run].bytes().any(|b| b == b'/' || b == b'@') {
                if is_bare_url(&text[i..run]) {
                    return (trim_link(text, i, run), TokenKind::Link);
                }
                if let Some(at) = text[i..run].find('@') {
                    let dom = &text[i + at + 1..trim_link(text, i, run)];
                    if at > 0 && dom.contains('.') && !dom.starts_with('.') {
                        return (trim_link(text, i, run), TokenKind::Link);
                    }
                }
            }
        }
        if c.is_ascii_digit() {
            return (scan_number(text, i), TokenKind::Number);
        }
        // The ASCII letters up to `k` are the word's start: no need to read them again.
        return (scan_word(text, i, k), TokenKind::Word);
    }
    // Possessive or contraction starting with an apostrophe: "’s", "'re", "n't" is handled in
    // scan_word; a bare apostrophe after a word ending in s is a possessive too.
    if is_apostrophe(c) {
        let after = i + c.len_utf8();
        if let Some(d) = char_at(text, after) {
            let tail_end = after + d.len_utf8();
            let next = char_at(text, tail_end);
            // "U.K.'s": an abbreviation's period counts as the word before.
            let word_before = char_before(text, i).is_some_and(|p| is_word_char(p) || p == '.');
            if word_before && matches!(d, 's' | 'S' | 'd' | 'm') && !next.is_some_and(is_word_char)
            {
                return (tail_end, TokenKind::Punct);
            }
        }
        return (after, TokenKind::Punct);
    }
    // Runs of the same dash or dot ("--", "...") stay together.
    if c == '-' || c == '.' {
        let mut j = i;
        while char_at(text, j) == Some(c) {
            j += 1;
        }
        return (j, TokenKind::Punct);
    }
    (i + c.len_utf8(), TokenKind::Punct)
}

fn scan_number(text: &str, i: usize) -> usize {
    let mut j = i;
    while let Some(d) = char_at(text, j) {
        if d.is_alphanumeric() {
            j += d.len_utf8();
        } else if matches!(d, ',' | '.' | ':' | '/')
            && char_at(text, j + 1).is_some_and(|e| e.is_ascii_digit())
        {
            j += 1;
        } else {
            break;
        }
    }
    j
}

/// End of the word starting at `i`; `from` (at or after `i`, inside the word) is where reading
/// resumes.
fn scan_word(text: &str, i: usize, from: usize) -> usize {
    let mut j = from.max(i);
    // Letters, digits, internal apostrophes ("Bin’ali") and internal hyphens ("al-Baghdadi").
    let bytes = text.as_bytes();
    loop {
        while bytes.get(j).is_some_and(|b| b.is_ascii_alphanumeric()) {
            j += 1;
        }
        let d = match bytes.get(j) {
            Some(&b) if b.is_ascii() => char::from(b),
            _ => match char_at(text, j) {
                Some(d) => d,
                None => break,
            },
        };
        if is_word_char(d) {
            j += d.len_utf8();
            continue;
        }
        // Most words end at a space or a punctuation mark that joins nothing.
        if !(is_apostrophe(d) || d == '-' || d == '‐' || d == '&') {
            break;
        }
        let after = j + d.len_utf8();
        let next = char_at(text, after);
        if is_apostrophe(d) && next.is_some_and(|n| n.is_alphabetic()) {
            // Split possessives and contractions: "Trump’s", "don't", "they're".
            // The letters after the apostrophe, lowercased into a small buffer: no
            // allocation for the most common mark in news text ("Trump’s").
            let mut buf = [0u8; 3];
            let mut n = 0;
            let mut long = false;
            for c in text[after..].chars().take_while(|c| c.is_alphabetic()) {
                match buf.get_mut(n) {
                    Some(b) if c.is_ascii() => *b = c.to_ascii_lowercase() as u8,
                    _ => {
                        long = true;
                        break;
                    }
                }
                n += 1;
            }
            let lt: &[u8] = if long { b"" } else { &buf[..n] };
            if matches!(lt, b"s" | b"re" | b"ve" | b"ll" | b"d" | b"m") {
                break;
            }
            let n_before = text[..j]
                .chars()
                .next_back()
                .is_some_and(|c| c == 'n' || c == 'N');
            if lt == b"t" && n_before && j - i > 1 {
                // "don't" → "do" "n't"
                return j - 1;
            }
            j = after;
            continue;
        }
        if (d == '-' || d == '‐' || d == '&') && next.is_some_and(is_word_char) && j > i {
            j = after;
            continue;
        }
        break;
    }
    // Periods: dotted abbreviations ("U.S.", "e.g."), initials ("M."), known abbreviations.
    if bytes.get(j) == Some(&b'.') {
        let word = &text[i..j];
        let single = word.chars().count() == 1 && word.chars().all(|c| c.is_alphabetic());
        if single {
            // West Virginia's abbreviation mixes an initial and a syllable.
            if text[i..].starts_with("W.Va.") {
                return i + "W.Va.".len();
            }
            // "U.S.", "U.S.A.", "M." (an initial).
            let mut k = j + 1;
            loop {
                let mut it = text[k..].chars();
                match (it.next(), it.next()) {
                    (Some(a), Some('.')) if a.is_alphabetic() => k += a.len_utf8() + 1,
                    _ => break,
                }
            }
            if k == j + 1 && lettered(text, i, k) {
                return j;
            }
            return k;
        }
        // "Minneapolis-St. Paul", "Dallas-Ft. Worth": a hyphen joins a place to a saint's or
        // fort's abbreviated name.
        let joined_abbreviation = word
            .rsplit_once('-')
            .is_some_and(|(_, tail)| matches!(tail, "St" | "Ste" | "Ft" | "Mt"));
        if is_abbreviation(word) || joined_abbreviation {
            return j + 1;
        }
    }
    j
}

/// The letter at `i`, its period ending at `k`, is one a noun takes ("Avenue A", "Plan B",
/// "Hepatitis C"), not a middle initial, and its period ends a sentence before a capitalised
/// word: "on Avenue A. Nurses gave shots".
fn lettered(text: &str, i: usize, k: usize) -> bool {
    let noun = text[..i]
        .strip_suffix(' ')
        .and_then(|before| before.rsplit(' ').next())
        .is_some_and(|w| LETTERED.contains(&w));
    let mut after = text[k..].chars();
    noun && after.next() == Some(' ') && after.next().is_some_and(char::is_uppercase)
}

/// True when the token ends with a period that belongs to an abbreviation.
fn is_dotted(tok: &str) -> bool {
    tok.len() > 1 && tok.ends_with('.') && tok.chars().next().is_some_and(|c| c.is_alphanumeric())
}

/// Nouns written before a letter that names one of their kind: "Avenue A", "Plan B",
/// "Hepatitis C".
const LETTERED: &[&str] = &[
    "Avenue",
    "Block",
    "Building",
    "Category",
    "Class",
    "Concourse",
    "Division",
    "Exhibit",
    "Gate",
    "Group",
    "Hepatitis",
    "Lot",
    "Part",
    "Phase",
    "Pier",
    "Plan",
    "Schedule",
    "Section",
    "Street",
    "Terminal",
    "Tier",
    "Type",
    "Vitamin",
    "Wing",
    "Zone",
];

/// Words that often start a sentence: after an abbreviation they show that the sentence ended.
pub const SENTENCE_STARTERS: &[&str] = &[
    "The",
    "A",
    "An",
    "He",
    "She",
    "It",
    "They",
    "We",
    "I",
    "But",
    "In",
    "On",
    "This",
    "That",
    "There",
    "His",
    "Her",
    "Their",
    "Its",
    "And",
    "As",
    "At",
    "After",
    "When",
    "If",
    "Some",
    "Many",
    "Officials",
    "However",
    "Meanwhile",
    "Still",
    "Yet",
    "So",
    "Our",
    "For",
    "Most",
    "While",
];

/// Sentences as ranges of token indices. Boundaries: end punctuation (plus closing quotes and
/// brackets after it), an abbreviation followed by a typical sentence opener, and line breaks.
pub fn sentence_ranges(text: &str, tokens: &[Token]) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        if i > start && tokens[i].line_start {
            out.push(start..i);
            start = i;
        }
        // A boundary is a mark starting with '.', '!', '?' or the 0xE2 of '…', or a word
        // ending in '.': one byte of the text settles most tokens without slicing them out.
        let (tk, bytes) = (&tokens[i], text.as_bytes());
        let candidate = match tk.kind {
            TokenKind::Punct => matches!(bytes.get(tk.span.start), Some(b'.' | b'!' | b'?' | 0xE2)),
            TokenKind::Word => tk.span.end > 0 && bytes.get(tk.span.end - 1) == Some(&b'.'),
            _ => false,
        };
        let t = if candidate { tk.text(text) } else { "" };
        let mut boundary = false;
        if tokens[i].kind == TokenKind::Punct
            && (t.starts_with('.') || t == "!" || t == "?" || t == "…")
        {
            boundary = true;
        } else if tokens[i].kind == TokenKind::Word
            && is_dotted(t)
            && !is_title_abbreviation(t)
            && t.chars().filter(|c| c.is_alphabetic()).count() > 1
        {
            boundary = tokens
                .get(i + 1)
                .is_some_and(|n| SENTENCE_STARTERS.contains(&n.text(text)));
        }
        // "Sen. Ben Sasse, R-Neb., called": a period that a comma follows ends an
        // abbreviation, not a sentence.
        if boundary
            && tokens
                .get(i + 1)
                .is_some_and(|n| !n.line_start && matches!(n.text(text), "," | ";"))
        {
            boundary = false;
        }
        if boundary {
            let mut j = i + 1;
            while j < tokens.len()
                && !tokens[j].line_start
                && tokens[j].kind == TokenKind::Punct
                && matches!(
                    tokens[j].text(text),
                    "\"" | "”" | "’" | "'" | ")" | "]" | "»"
                )
            {
                j += 1;
            }
            out.push(start..j);
            start = j;
            i = j;
            continue;
        }
        i += 1;
    }
    if start < tokens.len() {
        out.push(start..tokens.len());
    }
    out
}

/// Sentence byte spans of `text`.
pub fn sentences(text: &str) -> Vec<Span> {
    let tokens = tokenize(text);
    sentence_ranges(text, &tokens)
        .into_iter()
        .filter_map(|r| {
            let a = tokens.get(r.start)?;
            let b = tokens.get(r.end.checked_sub(1)?)?;
            Some(Span::new(a.span.start, b.span.end))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn bare_urls_are_links() {
        let text = "use them pic.twitter.com/MYwRz9euaq and/or Moneycontrol.com.";
        let toks = tokenize(text);
        let links: Vec<&str> = toks
            .iter()
            .filter(|t| t.kind == TokenKind::Link)
            .map(|t| t.text(text))
            .collect();
        assert_eq!(links, vec!["pic.twitter.com/MYwRz9euaq"]);
    }

    #[test]
    fn a_hyphen_joins_a_place_to_an_abbreviated_saint() {
        assert_eq!(
            toks("Minneapolis-St. Paul and Dallas-Ft. Worth. Ends-St."),
            [
                "Minneapolis-St.",
                "Paul",
                "and",
                "Dallas-Ft.",
                "Worth",
                ".",
                "Ends-St."
            ]
        );
        let text = "Planes left Minneapolis-St. Paul. The next day was dry.";
        assert_eq!(sentences(text).len(), 2);
    }

    #[test]
    fn west_virginias_abbreviation_is_one_token() {
        let text = "WELCH, W.Va. — Water rose.";
        let toks: Vec<&str> = tokenize(text).iter().map(|t| t.text(text)).collect();
        assert_eq!(toks[..4], ["WELCH", ",", "W.Va.", "—"]);
    }

    #[test]
    fn possessive_after_an_abbreviation() {
        let text = "the U.K.'s University";
        let toks: Vec<&str> = tokenize(text).iter().map(|t| t.text(text)).collect();
        assert_eq!(toks, vec!["the", "U.K.", "'s", "University"]);
    }

    #[test]
    fn names_apostrophes_and_possessives() {
        assert_eq!(
            toks("Turki al Bin’ali’s aide and ISIS’ own men, O'Brien's dog."),
            vec![
                "Turki",
                "al",
                "Bin’ali",
                "’s",
                "aide",
                "and",
                "ISIS",
                "’",
                "own",
                "men",
                ",",
                "O'Brien",
                "'s",
                "dog",
                "."
            ]
        );
        assert_eq!(toks("don't"), vec!["do", "n't"]);
    }

    #[test]
    fn abbreviations_initials_and_links() {
        assert_eq!(
            toks(
                "Gen. Curtis M. Scaparrotti told the U.S. Senate on Jan. 5 (see https://x.org/a)."
            ),
            vec![
                "Gen.",
                "Curtis",
                "M.",
                "Scaparrotti",
                "told",
                "the",
                "U.S.",
                "Senate",
                "on",
                "Jan.",
                "5",
                "(",
                "see",
                "https://x.org/a",
                ")",
                "."
            ]
        );
        assert_eq!(
            toks("Mail a.b@c.com, #ISIS and @user — al-Baghdadi\u{a0}said 3,000.5"),
            vec![
                "Mail",
                "a.b@c.com",
                ",",
                "#ISIS",
                "and",
                "@user",
                "—",
                "al-Baghdadi",
                "said",
                "3,000.5"
            ]
        );
    }

    #[test]
    fn sentences_respect_abbreviations_and_quotes() {
        let t = "Mr. Smith went to the U.S. He said “Go.” Then he left.\nHeadline Here\nNext";
        let s: Vec<&str> = sentences(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(
            s,
            vec![
                "Mr. Smith went to the U.S.",
                "He said “Go.”",
                "Then he left.",
                "Headline Here",
                "Next"
            ]
        );
    }

    #[test]
    fn a_letter_after_its_noun_ends_a_sentence_and_a_middle_initial_does_not() {
        let t =
            "The clinic is on Avenue A. Nurses gave shots. John F. Kennedy had Plan B. The rest \
                 waited.";
        let s: Vec<&str> = sentences(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(
            s,
            vec![
                "The clinic is on Avenue A.",
                "Nurses gave shots.",
                "John F. Kennedy had Plan B.",
                "The rest waited."
            ]
        );
    }

    #[test]
    fn a_period_before_a_comma_ends_no_sentence() {
        let t = "Sen. Ben Sasse, R-Neb., called it a crisis. He left.";
        let s: Vec<&str> = sentences(t).iter().map(|s| &t[s.start..s.end]).collect();
        assert_eq!(
            s,
            vec!["Sen. Ben Sasse, R-Neb., called it a crisis.", "He left."]
        );
    }

    #[test]
    fn abbreviation_lookup_is_a_case_insensitive_list_scan() {
        let scan =
            |w: &str| w.len() <= 6 && ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(w));
        let mut words: Vec<String> = ABBREVIATIONS
            .iter()
            .flat_map(|a| {
                [
                    a.to_string(),
                    a.to_uppercase(),
                    format!("{a}x"),
                    a[1..].to_string(),
                ]
            })
            .collect();
        words.extend(
            ["", "Gen", "U.S", "É", "Mrs", "mr.", "calif", "CALIFS", "Ωm"].map(String::from),
        );
        for w in &words {
            assert_eq!(is_abbreviation(w), scan(w), "{w}");
        }
    }

    /// The plain-word shortcut ends a word where `scan_token` does.
    #[test]
    fn plain_words_end_where_scan_token_ends_them() {
        let text = "He was in www.x.org and http://a.b, e-mail a@b.co; don't U.S. R2D2 x_y a+b \
                    al-Qaida O'Brien Bin’ali naïve Zürich 3rd (Reuters) \"quoted\" end";
        let bytes = text.as_bytes();
        for i in 0..text.len() {
            if let (Some(end), Some(c)) = (plain_word_end(bytes, i), char_at(text, i)) {
                assert_eq!(scan_token(text, bytes, i, c), (end, TokenKind::Word), "{i}");
            }
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        for t in [
            "", "’", "a’", "'s", "...", "U.", "@", "#", "x@", "é.", "\u{a0}\n", "1.", "A.B",
        ] {
            let tk = tokenize(t);
            for k in &tk {
                assert!(k.span.end <= t.len());
            }
            let _ = sentences(t);
        }
    }
}
