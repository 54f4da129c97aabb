//! Word lists the tagger uses as features and the merge step uses as rules: first names and
//! surnames, places (GeoNames), person titles, organization cues, demonyms, months and weekdays.
//! Words are looked up by the hash of their lowercase form, so lookups never allocate. The
//! tables were built from the lists when byline was compiled (`table_build.rs`): loading
//! them is reading them in place.

use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::hashing::{hash_exact, PHRASE_SEED};
use super::tables::{Phrases, Tables};

pub use super::hashing::{
    cased_hash, fnv_byte, hash_lower, hash_lower_ascii, mix, phrase_hash, FNV_OFFSET,
};
pub use super::tables::{
    DEMONYM, FIRST, FLAG_BITS, KNOWN_ORG, MAX_ORG_WORDS, MAX_PLACE_WORDS, ORG_CUE, ORG_SUFFIX,
    ORG_WORD, PLACE_WORD, STOP, SURNAME, TIME, TITLE,
};

/// Keys are already hashes: pass them through.
#[derive(Default)]
pub struct IdHasher(u64);
impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ u64::from(b);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}
pub type IdBuild = BuildHasherDefault<IdHasher>;

/// `w`, lower-cased, is in `list`: short lowercase words in sorted order.
pub fn in_list(list: &[&str], w: &str) -> bool {
    debug_assert!(list.is_sorted(), "{list:?}");
    let mut buf = [0u8; 24];
    let Some(dst) = buf.get_mut(..w.len()) else {
        return false;
    };
    dst.copy_from_slice(w.as_bytes());
    dst.make_ascii_lowercase();
    // `str` orders by bytes: the lowered bytes are searched as they are, without a UTF-8
    // check (lowering ASCII letters keeps them valid anyway).
    list.binary_search_by(|x| x.as_bytes().cmp(dst)).is_ok()
}

/// The tables `build.rs` built from the word lists.
pub(super) static TABLES_BLOB: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/gazetteer.bin"));

fn tables() -> &'static Tables<'static> {
    static T: OnceLock<Tables<'static>> = OnceLock::new();
    // The blob is this build's own: a test reads it back (`lookups`), so it cannot be cut.
    T.get_or_init(|| Tables::parse(TABLES_BLOB).expect("the gazetteer tables built by build.rs"))
}

/// Flags of a word given the hash of its lowercase form.
#[inline]
pub fn flags(lower_hash: u64) -> u32 {
    tables()
        .words
        .get(lower_hash)
        .map_or(0, |&f| u32::from_le_bytes(f))
}

/// True when `s` (any case) carries all of `flag`.
pub fn word_has(s: &str, flag: u32) -> bool {
    flags(hash_lower(s)) & flag == flag
}

/// The share of a first name's bearers who are women, in percent, for a listed first name
/// as written ("Curtis").
pub fn first_name_share(word: &str) -> Option<u8> {
    let &[share] = tables().first_names.get(hash_exact(word))?;
    Some(share)
}

/// Length in words of the longest listed place starting at `words[0]`, or 0.
pub fn place_match(words: &[u64]) -> usize {
    let t = tables();
    let mut best = 0;
    let mut h = PHRASE_SEED;
    for (k, &w) in words.iter().take(MAX_PLACE_WORDS).enumerate() {
        // Every word of a listed place is a `PLACE_WORD`: most capitalised words are not, and
        // one look-up settles that no longer place can match.
        if flags(w) & PLACE_WORD == 0 {
            break;
        }
        h = mix(h, w);
        if t.places.contains(h) {
            best = k + 1;
        }
    }
    best
}

/// True when the words (lowercase hashes) are exactly a well-known place: a country,
/// continent, US state, capital or city over a million people.
pub fn is_major_place(words: &[u64]) -> bool {
    !words.is_empty() && tables().major_places.contains(phrase_hash(words))
}

/// A listed organization name starting at `words[0]` (lowercase hashes), longest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrgMatch {
    pub words: usize,
    /// `cased_hash` of the listed spelling.
    pub cased: u64,
    /// Distinctive enough to be a mention where the tagger found none.
    pub findable: bool,
}

/// The longest listed name of `table` starting at `words[0]`.
fn longest(table: &Phrases, words: &[u64]) -> Option<OrgMatch> {
    if !words.first().is_some_and(|&w| table.first.contains(w)) {
        return None;
    }
    let mut best = None;
    let mut h = PHRASE_SEED;
    for (k, &w) in words.iter().take(MAX_ORG_WORDS).enumerate() {
        h = mix(h, w);
        if let Some(&[a, b, c, d, e, f, g, i, findable]) = table.phrases.get(h) {
            best = Some(OrgMatch {
                words: k + 1,
                cased: u64::from_le_bytes([a, b, c, d, e, f, g, i]),
                findable: findable != 0,
            });
        }
        if !table.openings.contains(h) {
            break;
        }
    }
    best
}

/// True when some listed organization starts with this word (lowercase hash): a cheap test
/// before `org_match`.
#[inline]
pub fn is_org_first(word: u64) -> bool {
    tables().orgs.first.contains(word)
}

pub fn org_match(words: &[u64]) -> Option<OrgMatch> {
    longest(&tables().orgs, words)
}

/// True when the words (lowercase hashes) are exactly a listed place.
pub fn is_listed_place(words: &[u64]) -> bool {
    !words.is_empty() && place_match(words) == words.len()
}

/// True when the words (lowercase hashes) are exactly a listed organization.
pub fn is_listed_org(words: &[u64]) -> bool {
    !words.is_empty() && tables().orgs.phrases.contains(phrase_hash(words))
}

/// True when some listed sports team starts with this word (lowercase hash).
#[inline]
pub fn is_team_first(word: u64) -> bool {
    tables().teams.first.contains(word)
}

/// The longest listed sports team starting at `words[0]` (lowercase hashes).
pub fn team_match(words: &[u64]) -> Option<OrgMatch> {
    longest(&tables().teams, words)
}

/// True when the words (lowercase hashes) are exactly a listed arena or hall.
pub fn is_listed_venue(words: &[u64]) -> bool {
    !words.is_empty() && tables().venues.contains(phrase_hash(words))
}

/// True when the words (lowercase hashes) are exactly a listed sports team.
pub fn is_listed_team(words: &[u64]) -> bool {
    !words.is_empty() && team_match(words).is_some_and(|m| m.words == words.len())
}

/// Force the tables to load (for timing model load).
pub fn warm() {
    let _ = tables();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookups() {
        assert!(word_has("Curtis", FIRST));
        assert!(word_has("smith", SURNAME));
        assert!(word_has("Gen.", TITLE));
        assert!(word_has("Bahraini", DEMONYM));
        assert!(word_has("Ministry", ORG_CUE));
        assert!(word_has("LLC", ORG_SUFFIX));
        assert!(word_has("Tuesday", TIME));
        let hs: Vec<u64> = ["New", "York", "City", "is"]
            .iter()
            .map(|w| hash_lower(w))
            .collect();
        assert_eq!(place_match(&hs), 3);
        let hs: Vec<u64> = ["Middle", "East"].iter().map(|w| hash_lower(w)).collect();
        assert_eq!(place_match(&hs), 2);
        assert_eq!(hash_lower("Bin’ali"), hash_lower("bin'ali"));
        let major =
            |p: &[&str]| is_major_place(&p.iter().map(|w| hash_lower(w)).collect::<Vec<_>>());
        let hs = |p: &[&str]| p.iter().map(|w| hash_lower(w)).collect::<Vec<_>>();
        assert!(major(&["Brussels"]));
        assert!(major(&["New", "York"]));
        assert!(!major(&["Aabenraa"]));
        assert!(major(&["West", "Bank"]));
        // As news spells them, where GeoNames writes "Khān Yūnis".
        assert!(major(&["Khan", "Younis"]) && major(&["Rafah"]) && major(&["Palawan"]));
        // Unaccented as English news writes them; a first name is kept out of places.
        assert!(major(&["Montreal"]) && major(&["Sao", "Paulo"]));
        assert_eq!(place_match(&hs(&["Bogota"])), 1);
        assert_eq!(place_match(&hs(&["Gloria"])), 0);
        assert!(in_list(&["avenue", "street"], "Street"));
        assert!(!in_list(&["avenue", "street"], "Streets"));
        assert!(!in_list(&["avenue"], "a very long word beyond the buffer"));
        assert!(!major(&[]));
        let m = org_match(&hs(&["Goldman", "Sachs", "said"])).expect("listed");
        assert_eq!(m.words, 2);
        assert!(m.findable);
        assert_eq!(m.cased, cased_hash(["Goldman", "Sachs"].into_iter()));
        assert_ne!(m.cased, cased_hash(["GOLDMAN", "SACHS"].into_iter()));
        assert!(org_match(&hs(&["HSBC"])).is_some_and(|m| m.findable));
        assert!(org_match(&hs(&["Facebook"])).is_some_and(|m| m.findable));
        // A listed word that is also a surname or a party's members is only a prior.
        assert!(org_match(&hs(&["Dell"])).is_some_and(|m| !m.findable));
        assert!(org_match(&hs(&["Democrats"])).is_some_and(|m| !m.findable));
        assert!(is_listed_org(&hs(&["morgan", "stanley"])));
        assert!(!is_listed_org(&hs(&["Morgan"])));
    }
}
