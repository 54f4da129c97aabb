//! Word lists the tagger uses as features and the merge step uses as rules: first names and
//! surnames, places (GeoNames), person titles, organization cues, demonyms, months and weekdays.
//! Words are looked up by the hash of their lowercase form, so lookups never allocate.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::names;
use super::tokenize::tokenize;

pub const FIRST: u32 = 1 << 0;
pub const SURNAME: u32 = 1 << 1;
pub const TITLE: u32 = 1 << 2;
pub const ORG_CUE: u32 = 1 << 3;
pub const ORG_SUFFIX: u32 = 1 << 4;
pub const DEMONYM: u32 = 1 << 5;
pub const TIME: u32 = 1 << 6;
pub const STOP: u32 = 1 << 7;
pub const KNOWN_ORG: u32 = 1 << 8;
pub const PLACE_WORD: u32 = 1 << 9;
/// A word that only organizations' names hold: an organization word, a legal form, or a
/// well-known organization.
pub const ORG_WORD: u32 = ORG_CUE | ORG_SUFFIX | KNOWN_ORG;
/// Number of flag bits, for feature templates.
pub const FLAG_BITS: u32 = 10;

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

/// FNV-1a over a key's bytes: for word-keyed tables built at load time, where the standard
/// hasher's per-key cost was a third of the gazetteers' load.
pub struct FnvHasher(u64);
impl Default for FnvHasher {
    fn default() -> Self {
        FnvHasher(FNV_OFFSET)
    }
}
impl Hasher for FnvHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = fnv_byte(self.0, b);
        }
    }
}
pub type FnvBuild = BuildHasherDefault<FnvHasher>;

/// Mix two hashes (order-sensitive).
#[inline]
pub fn mix(a: u64, b: u64) -> u64 {
    let x = (a ^ 0x9e37_79b9_7f4a_7c15).wrapping_mul(0xbf58_476d_1ce4_e5b9) ^ b;
    let x = (x ^ (x >> 31)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 29)
}

/// FNV-1a over the lowercase form of `s`, without allocating. Curly apostrophes hash as
/// straight ones so "Bin’ali" and "Bin'ali" are one word.
#[inline]
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

pub fn hash_lower(s: &str) -> u64 {
    if s.is_ascii() {
        return hash_lower_ascii(s.as_bytes());
    }
    let mut h = FNV_OFFSET;
    for c in s.chars() {
        let c = if c == '’' || c == 'ʼ' { '\'' } else { c };
        for l in c.to_lowercase() {
            let mut buf = [0u8; 4];
            for &b in l.encode_utf8(&mut buf).as_bytes() {
                h = fnv_byte(h, b);
            }
        }
    }
    h
}

/// `hash_lower` of ASCII bytes.
#[inline]
pub fn hash_lower_ascii(bytes: &[u8]) -> u64 {
    bytes
        .iter()
        .fold(FNV_OFFSET, |h, &b| fnv_byte(h, b.to_ascii_lowercase()))
}

/// The start value of `hash_lower`.
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// One byte of `hash_lower`, for callers that hash a word while reading it for other things.
#[inline]
pub fn fnv_byte(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
}

/// Honorifics and roles written before a name (lower case, no dot). The index strips them too
/// when it merges names across articles.
/// Listed names that also mean a party's members or a house, not one organization, when alone.
const GROUP_WORDS: &[&str] = &[
    "democrats",
    "republicans",
    "tories",
    "houthis",
    "parliament",
    "guardian",
    "economist",
];

pub const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "professor",
    "president",
    "vice",
    "gen",
    "general",
    "sen",
    "senator",
    "rep",
    "representative",
    "gov",
    "governor",
    "lt",
    "lieutenant",
    "col",
    "colonel",
    "sgt",
    "sergeant",
    "capt",
    "captain",
    "maj",
    "major",
    "adm",
    "admiral",
    "cmdr",
    "commander",
    "secretary",
    "minister",
    "prime",
    "chancellor",
    "king",
    "queen",
    "prince",
    "princess",
    "sheikh",
    "sheik",
    "ayatollah",
    "pope",
    "rev",
    "reverend",
    "judge",
    "justice",
    "mayor",
    "ambassador",
    "chairman",
    "chairwoman",
    "ceo",
    "lord",
    "lady",
    "sir",
    "dame",
    "premier",
    "emir",
    "imam",
    "cardinal",
    "bishop",
    "deputy",
    "spokesman",
    "spokeswoman",
    "pvt",
    "cpl",
    "private",
    "corporal",
    "officer",
    "chief",
    "director",
    "coach",
    "sultan",
    "crown",
    "congressman",
    "congresswoman",
    "councilman",
    "councilwoman",
    "attorney",
    "detective",
    "inspector",
    "sens",
    "reps",
    "gens",
    "messrs",
    "mme",
    "president-elect",
    "dictator",
    "commissioner",
    "superintendent",
    "rabbi",
    "mullah",
    "marshal",
    "army",
    "navy",
    "u.s",
    "former",
    "speaker",
    "leader",
    "majority",
    "minority",
    "envoy",
    "treasurer",
    "whip",
    "secretary-general",
    "vice-president",
    "ex-president",
    "first",
    "archbishop",
    "patriarch",
    "pastor",
    "father",
    "sister",
    "brother",
    "dean",
    "cr",
    "taoiseach",
    "tánaiste",
];

const ORG_CUES: &[&str] = &[
    "group",
    "company",
    "companies",
    "department",
    "ministry",
    "council",
    "command",
    "agency",
    "party",
    "university",
    "college",
    "institute",
    "school",
    "bank",
    "committee",
    "commission",
    "association",
    "union",
    "federation",
    "confederation",
    "organization",
    "organisation",
    "foundation",
    "court",
    "army",
    "navy",
    "force",
    "forces",
    "police",
    "office",
    "bureau",
    "board",
    "authority",
    "service",
    "services",
    "administration",
    "center",
    "centre",
    "society",
    "church",
    "club",
    "league",
    "network",
    "news",
    "times",
    "post",
    "journal",
    "press",
    "airlines",
    "airways",
    "motors",
    "systems",
    "technologies",
    "holdings",
    "partners",
    "fund",
    "trust",
    "hospital",
    "academy",
    "assembly",
    "parliament",
    "congress",
    "senate",
    "cabinet",
    "tribunal",
    "brigade",
    "battalion",
    "regiment",
    "corps",
    "guard",
    "front",
    "movement",
    "alliance",
    "coalition",
    "international",
    "security",
    "reserve",
    "exchange",
    "museum",
    "records",
    "studios",
    "entertainment",
    "media",
    "capital",
    "energy",
    "petroleum",
    "pharmaceuticals",
    "laboratories",
    "labs",
    "industries",
    "enterprises",
    "team",
    "fc",
    "united",
    "mission",
    "directorate",
    "secretariat",
    "program",
    "programme",
    "initiative",
    "project",
    "institution",
    "conference",
];

const ORG_SUFFIXES: &[&str] = &[
    "inc",
    "inc.",
    "corp",
    "corp.",
    "corporation",
    "ltd",
    "ltd.",
    "llc",
    "l.l.c.",
    "plc",
    "co.",
    "gmbh",
    "ag",
    "s.a.",
    "n.v.",
    "llp",
    "lp",
    "pty",
    "bhd",
    "limited",
];

const KNOWN_ORGS: &[&str] = &[
    "isis",
    "isil",
    "daesh",
    "nato",
    "un",
    "u.n.",
    "fbi",
    "cia",
    "nsa",
    "dhs",
    "eu",
    "e.u.",
    "pentagon",
    "interpol",
    "europol",
    "hamas",
    "hezbollah",
    "hizbollah",
    "taliban",
    "al-qaeda",
    "al-qaida",
    "qaeda",
    "qaida",
    "kremlin",
    "unicef",
    "unesco",
    "who",
    "imf",
    "opec",
    "wto",
    "nasa",
    "google",
    "facebook",
    "twitter",
    "linkedin",
    "apple",
    "microsoft",
    "amazon",
    "reuters",
    "ap",
    "afp",
    "bbc",
    "cnn",
    "nbc",
    "cbs",
    "abc",
    "fox",
    "msnbc",
    "npr",
    "pbs",
    "al-shabab",
    "al-shabaab",
    "boko",
    "haram",
    "ira",
    "plo",
    "fatah",
    "kgb",
    "fsb",
    "mi5",
    "mi6",
    "gop",
    "eucom",
    "centcom",
    "africom",
    "osac",
    "asean",
    "oecd",
    "icc",
    "iaea",
    "tesla",
    "uber",
    "netflix",
    "walmart",
    "boeing",
    "airbus",
    "samsung",
    "toyota",
    "volkswagen",
    "gazprom",
    "instagram",
    "youtube",
    "whatsapp",
    "tiktok",
    "telegram",
    "wikileaks",
    "openai",
];

pub(super) static DEMONYMS: &str = include_str!("../../assets/gazetteer/demonyms.txt");

const TIMES: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "jan.",
    "feb",
    "feb.",
    "mar.",
    "apr",
    "apr.",
    "jun.",
    "jul.",
    "aug",
    "aug.",
    "sep",
    "sep.",
    "sept",
    "sept.",
    "oct",
    "oct.",
    "nov",
    "nov.",
    "dec",
    "dec.",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon.",
    "tue.",
    "tues.",
    "wed.",
    "thu.",
    "thurs.",
    "fri.",
    "sat.",
    "sun.",
    "today",
    "yesterday",
    "tomorrow",
    "christmas",
    "easter",
    "ramadan",
    "spring",
    "summer",
    "autumn",
    "winter",
    "am",
    "pm",
    "a.m.",
    "p.m.",
    "gmt",
    "utc",
    "est",
    "edt",
    "pst",
];

const STOPWORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "or",
    "of",
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    "by",
    "from",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "but",
    "if",
    "when",
    "as",
    "is",
    "was",
    "are",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "said",
    "says",
    "not",
    "no",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "your",
    "who",
    "what",
    "which",
    "where",
    "why",
    "how",
    "there",
    "here",
    "after",
    "before",
    "while",
    "about",
    "also",
    "asked",
    "according",
    "all",
    "some",
    "many",
    "more",
    "most",
    "one",
    "two",
    "three",
    "first",
    "last",
    "new",
    "other",
    "such",
    "than",
    "then",
    "so",
    "yet",
    "still",
    "however",
    "meanwhile",
    "because",
    "although",
    "though",
    "during",
    "over",
    "under",
    "into",
    "out",
    "up",
    "down",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "do",
    "does",
    "did",
    "them",
    "him",
    "us",
    "me",
    "each",
    "every",
    "any",
    "both",
    "few",
    "several",
    "officials",
    "official",
    "people",
    "year",
    "years",
    "week",
    "day",
    "government",
    "state",
    "city",
    "country",
    "president",
    "police",
    "group",
    "news",
    "report",
    "reports",
    "like",
    "just",
];

struct Tables {
    words: HashMap<u64, u32, IdBuild>,
    places: HashSet<u64, IdBuild>,
    /// Countries, continents, US states, capitals and cities over a million people.
    major_places: HashSet<u64, IdBuild>,
    orgs: PhraseTable,
    /// Sports teams' nicknames and club names (`teams.txt`).
    teams: PhraseTable,
    /// Arenas and halls whose last word does not say so (`venues.txt`).
    venues: HashSet<u64, IdBuild>,
}

/// Listed multi-word names: by phrase hash, the exact-case hash of the listed spelling and
/// whether it is findable, plus the lowercase hashes of their first words.
#[derive(Default)]
struct PhraseTable {
    phrases: HashMap<u64, (u64, bool), IdBuild>,
    first: HashSet<u64, IdBuild>,
    /// A bit per `first` word (by `first_bit`): asked of every token, most of which open no
    /// listed name, so a clear bit settles the question before the set is probed.
    first_bits: Vec<u64>,
    /// The hashes of every listed name's shorter openings ("National", "National Weather"),
    /// so the walk after a common first word stops where no listed name goes on.
    openings: HashSet<u64, IdBuild>,
}

/// Bits in `PhraseTable::first_bits`: many times the number of listed first words, so few
/// other words share a set bit.
const FIRST_BITS: usize = 1 << 17;

/// Word and bit of `PhraseTable::first_bits` for a lowercase hash.
fn first_bit(h: u64) -> (usize, u64) {
    let b = (h >> 40) as usize % FIRST_BITS;
    (b / 64, 1 << (b % 64))
}

impl PhraseTable {
    fn insert(&mut self, toks: &[&str], hs: &[u64], findable: bool) {
        let (w, b) = first_bit(hs[0]);
        if self.first_bits.is_empty() {
            self.first_bits = vec![0; FIRST_BITS / 64];
        }
        self.first_bits[w] |= b;
        self.first.insert(hs[0]);
        let mut h = PHRASE_SEED;
        for &x in &hs[..hs.len() - 1] {
            h = mix(h, x);
            self.openings.insert(h);
        }
        self.phrases.insert(
            phrase_hash(hs),
            (cased_hash(toks.iter().copied()), findable),
        );
    }

    /// True when some listed name starts with this word (lowercase hash).
    fn opens(&self, word: u64) -> bool {
        let (w, b) = first_bit(word);
        self.first_bits.get(w).is_some_and(|x| x & b != 0) && self.first.contains(&word)
    }

    /// The longest listed name starting at `words[0]`.
    fn longest(&self, words: &[u64]) -> Option<OrgMatch> {
        if !words.first().is_some_and(|&w| self.opens(w)) {
            return None;
        }
        let mut best = None;
        let mut h = PHRASE_SEED;
        for (k, &w) in words.iter().take(MAX_ORG_WORDS).enumerate() {
            h = mix(h, w);
            if let Some(&(cased, findable)) = self.phrases.get(&h) {
                best = Some(OrgMatch {
                    words: k + 1,
                    cased,
                    findable,
                });
            }
            if !self.openings.contains(&h) {
                break;
            }
        }
        best
    }
}

/// Words of each listed line (`#` lines are comments) with their lowercase hashes.
fn listed_lines(list: &str) -> impl Iterator<Item = (Vec<&str>, Vec<u64>)> {
    list.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let toks = listed_words(l);
            let hs: Vec<u64> = toks.iter().map(|w| hash_lower(w)).collect();
            (!hs.is_empty() && hs.len() <= MAX_ORG_WORDS).then_some((toks, hs))
        })
}

/// A listed name's words as the tokenizer splits them. Most names are letters and spaces,
/// which it splits at the spaces: those skip it, as places do (`place_words`).
fn listed_words(l: &str) -> Vec<&str> {
    if l.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ') {
        l.split(' ').filter(|w| !w.is_empty()).collect()
    } else {
        tokenize(l).iter().map(|t| t.text(l)).collect()
    }
}

pub(super) static PLACES: &str = include_str!("../../assets/gazetteer/places.txt");
pub(super) static MAJOR_PLACES: &str = include_str!("../../assets/gazetteer/major-places.txt");
pub(super) static REGIONS: &str = include_str!("../../assets/gazetteer/regions.txt");
pub(super) static ORGANIZATIONS: &str = include_str!("../../assets/gazetteer/organizations.txt");
pub(super) static TEAMS: &str = include_str!("../../assets/gazetteer/teams.txt");
pub(super) static VENUES: &str = include_str!("../../assets/gazetteer/venues.txt");
pub(super) static SURNAMES: &str = include_str!("../../assets/gazetteer/surnames.txt");
pub(super) static WORLD_SURNAMES: &str = include_str!("../../assets/gazetteer/surnames-world.txt");

/// The hash a phrase's word hashes are mixed into, starting from this.
const PHRASE_SEED: u64 = 0x51_7cc1_b727_220a;

/// Hash of a phrase from its words' lowercase hashes.
pub fn phrase_hash(words: &[u64]) -> u64 {
    words.iter().fold(PHRASE_SEED, |h, &w| mix(h, w))
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        // Sized for the words of the lists, so the table is never rebuilt while it fills.
        let mut words: HashMap<u64, u32, IdBuild> =
            HashMap::with_capacity_and_hasher(1 << 17, IdBuild::default());
        let mut add = |w: &str, f: u32| *words.entry(hash_lower(w)).or_insert(0) |= f;
        for n in names::all_first_names() {
            add(n, FIRST);
        }
        for s in [SURNAMES, WORLD_SURNAMES]
            .iter()
            .flat_map(|list| list.lines())
            .filter(|l| !l.starts_with('#'))
        {
            add(s, SURNAME);
        }
        for t in TITLES {
            add(t, TITLE);
            add(&format!("{t}."), TITLE);
        }
        for w in ORG_CUES {
            add(w, ORG_CUE);
        }
        for w in ORG_SUFFIXES {
            add(w, ORG_SUFFIX);
        }
        for w in KNOWN_ORGS {
            add(w, KNOWN_ORG);
        }
        for w in DEMONYMS.lines().filter(|l| !l.starts_with('#')) {
            add(w, DEMONYM);
        }
        for w in TIMES {
            add(w, TIME);
        }
        for w in STOPWORDS {
            add(w, STOP);
        }
        let mut places: HashSet<u64, IdBuild> =
            HashSet::with_capacity_and_hasher(1 << 16, IdBuild::default());
        let mut hs = Vec::with_capacity(MAX_PLACE_WORDS + 1);
        // Regions are places too, for the place features and the place-name rules.
        for p in PLACES
            .lines()
            .chain(REGIONS.lines())
            .filter(|l| !l.starts_with('#'))
        {
            place_words(p, &mut hs);
            if hs.is_empty() || hs.len() > MAX_PLACE_WORDS {
                continue;
            }
            for &h in &hs {
                *words.entry(h).or_insert(0) |= PLACE_WORD;
            }
            places.insert(phrase_hash(&hs));
        }
        let mut phrases = |list: &str| -> HashSet<u64, IdBuild> {
            list.lines()
                .filter(|l| !l.starts_with('#'))
                .map(|p| {
                    place_words(p, &mut hs);
                    phrase_hash(&hs)
                })
                .collect()
        };
        let mut orgs = PhraseTable::default();
        for (toks, hs) in listed_lines(ORGANIZATIONS) {
            // Several words, or one with inner capitals, digits or symbols ("HSBC", "eBay",
            // "3M"), are distinctive; a plain capitalised word ("Congress") is only a prior.
            // A plain word no other list knows ("Facebook", "Citigroup") is distinctive
            // too; one that is also a name, a place or a group ("Dell", "Democrats") is not.
            const OTHER: u32 = FIRST | SURNAME | TITLE | PLACE_WORD | DEMONYM | STOP | TIME;
            let findable = toks.len() > 1
                || toks[0]
                    .chars()
                    .skip(1)
                    .any(|c| c.is_uppercase() || !c.is_alphabetic())
                || toks[0].chars().next().is_some_and(|c| !c.is_uppercase())
                || (words.get(&hs[0]).copied().unwrap_or(0) & OTHER == 0
                    && !GROUP_WORDS.iter().any(|g| hash_lower(g) == hs[0]));
            orgs.insert(&toks, &hs, findable);
        }
        let mut teams = PhraseTable::default();
        for (toks, hs) in listed_lines(TEAMS) {
            teams.insert(&toks, &hs, true);
        }
        Tables {
            words,
            places,
            major_places: phrases(MAJOR_PLACES)
                .into_iter()
                .chain(phrases(REGIONS))
                .collect(),
            orgs,
            teams,
            venues: listed_lines(VENUES)
                .map(|(_, hs)| phrase_hash(&hs))
                .collect(),
        }
    })
}

pub const MAX_PLACE_WORDS: usize = 5;

/// The lowercase hashes of a listed place's words, as the tokenizer splits them. Most places
/// are letters and spaces, which the tokenizer splits at the spaces: those skip it (it was
/// a third of the gazetteers' load time).
fn place_words(p: &str, hs: &mut Vec<u64>) {
    hs.clear();
    if p.bytes().all(|b| b.is_ascii_alphabetic() || b == b' ') {
        hs.extend(
            p.split(' ')
                .filter(|w| !w.is_empty())
                .map(|w| hash_lower_ascii(w.as_bytes())),
        );
    } else {
        hs.extend(tokenize(p).iter().map(|t| hash_lower(t.text(p))));
    }
}

/// Flags of a word given the hash of its lowercase form.
#[inline]
pub fn flags(lower_hash: u64) -> u32 {
    tables().words.get(&lower_hash).copied().unwrap_or(0)
}

/// True when `s` (any case) carries all of `flag`.
pub fn word_has(s: &str, flag: u32) -> bool {
    flags(hash_lower(s)) & flag == flag
}

/// Length in words of the longest listed place starting at `words[0]`, or 0.
pub fn place_match(words: &[u64]) -> usize {
    let t = tables();
    let mut best = 0;
    let mut h = PHRASE_SEED;
    for (k, &w) in words.iter().take(MAX_PLACE_WORDS).enumerate() {
        // Every word of a listed place is a `PLACE_WORD`: most capitalised words are not, and
        // one look-up settles that no longer place can match.
        if t.words.get(&w).is_none_or(|f| f & PLACE_WORD == 0) {
            break;
        }
        h = mix(h, w);
        if t.places.contains(&h) {
            best = k + 1;
        }
    }
    best
}

/// True when the words (lowercase hashes) are exactly a well-known place: a country,
/// continent, US state, capital or city over a million people.
pub fn is_major_place(words: &[u64]) -> bool {
    !words.is_empty() && tables().major_places.contains(&phrase_hash(words))
}

pub const MAX_ORG_WORDS: usize = 7;

/// Case-sensitive hash of a phrase's words (curly apostrophes as straight ones).
pub fn cased_hash<'a>(words: impl Iterator<Item = &'a str>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for w in words {
        for c in w.chars() {
            let c = if c == '’' || c == 'ʼ' { '\'' } else { c };
            h = (h ^ u64::from(c)).wrapping_mul(0x100_0000_01b3);
        }
        h = (h ^ 0x20).wrapping_mul(0x100_0000_01b3);
    }
    h
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

/// True when some listed organization starts with this word (lowercase hash): a cheap test
/// before `org_match`.
#[inline]
pub fn is_org_first(word: u64) -> bool {
    tables().orgs.opens(word)
}

pub fn org_match(words: &[u64]) -> Option<OrgMatch> {
    tables().orgs.longest(words)
}

/// True when the words (lowercase hashes) are exactly a listed place.
pub fn is_listed_place(words: &[u64]) -> bool {
    !words.is_empty() && place_match(words) == words.len()
}

/// True when the words (lowercase hashes) are exactly a listed organization.
pub fn is_listed_org(words: &[u64]) -> bool {
    !words.is_empty() && tables().orgs.phrases.contains_key(&phrase_hash(words))
}

/// True when some listed sports team starts with this word (lowercase hash).
#[inline]
pub fn is_team_first(word: u64) -> bool {
    tables().teams.opens(word)
}

/// The longest listed sports team starting at `words[0]` (lowercase hashes).
pub fn team_match(words: &[u64]) -> Option<OrgMatch> {
    tables().teams.longest(words)
}

/// True when the words (lowercase hashes) are exactly a listed arena or hall.
pub fn is_listed_venue(words: &[u64]) -> bool {
    !words.is_empty() && tables().venues.contains(&phrase_hash(words))
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
    fn place_words_split_as_the_tokenizer_does() {
        let mut hs = Vec::new();
        for p in [PLACES, REGIONS, MAJOR_PLACES]
            .iter()
            .flat_map(|list| list.lines())
            .filter(|l| !l.starts_with('#'))
        {
            place_words(p, &mut hs);
            let want: Vec<u64> = tokenize(p).iter().map(|t| hash_lower(t.text(p))).collect();
            assert_eq!(hs, want, "{p}");
        }
    }

    #[test]
    fn listed_words_split_as_the_tokenizer_does() {
        for l in [ORGANIZATIONS, TEAMS, VENUES]
            .iter()
            .flat_map(|list| list.lines())
            .filter(|l| !l.starts_with('#'))
        {
            let want: Vec<&str> = tokenize(l).iter().map(|t| t.text(l)).collect();
            assert_eq!(listed_words(l), want, "{l}");
        }
    }

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
