//! Builds the gazetteer tables (`tables.rs`) from the word lists. `build.rs` runs this at
//! compile time, so the binary starts with the tables made; the library compiles it only for
//! its tests.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use super::hashing::PHRASE_SEED;
use super::hashing::{cased_hash, hash_exact, hash_lower, mix, phrase_hash};
use super::tables::*;
use super::tokenize::tokenize;
use super::wordlists::*;

/// The word lists in `assets/gazetteer`, one text per file.
pub struct Lists {
    places: String,
    subdivisions: String,
    major_places: String,
    regions: String,
    organizations: String,
    teams: String,
    venues: String,
    surnames: [String; 2],
    demonyms: String,
    first_names: [String; 3],
}

impl Lists {
    /// Every file the tables are built from, in the order `read` takes them.
    pub const FILES: [&'static str; 13] = [
        "places.txt",
        "subdivisions.txt",
        "major-places.txt",
        "regions.txt",
        "organizations.txt",
        "teams.txt",
        "venues.txt",
        "surnames.txt",
        "surnames-world.txt",
        "demonyms.txt",
        "first-names.tsv",
        "first-names-intl.tsv",
        "first-names-world.tsv",
    ];

    pub fn read(dir: &Path) -> Result<Lists, String> {
        let mut texts = Vec::with_capacity(Self::FILES.len());
        for name in Self::FILES {
            let path = dir.join(name);
            texts.push(
                std::fs::read_to_string(&path)
                    .map_err(|e| format!("reading {}: {e}", path.display()))?,
            );
        }
        let [places, subdivisions, major_places, regions, organizations, teams, venues, surnames, world_surnames, demonyms, first_names, intl_first_names, world_first_names] =
            <[String; 13]>::try_from(texts).map_err(|_| "one text per list file".to_string())?;
        Ok(Lists {
            places,
            subdivisions,
            major_places,
            regions,
            organizations,
            teams,
            venues,
            surnames: [surnames, world_surnames],
            demonyms,
            first_names: [first_names, intl_first_names, world_first_names],
        })
    }
}

/// A list's lines, without its `#` comments.
fn entries(list: &str) -> impl Iterator<Item = &str> {
    list.lines().filter(|l| !l.starts_with('#'))
}

/// Listed multi-word names, as `Phrases` holds them.
#[derive(Default)]
struct PhraseLists {
    phrases: HashMap<u64, (u64, bool)>,
    first: HashSet<u64>,
    openings: HashSet<u64>,
}

impl PhraseLists {
    fn insert(&mut self, toks: &[&str], hs: &[u64], findable: bool) {
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

    fn write(&self, out: &mut Vec<u8>) {
        write_map(
            out,
            self.phrases.iter().map(|(&k, &(cased, findable))| {
                let mut v = [0u8; 9];
                v[..8].copy_from_slice(&cased.to_le_bytes());
                v[8] = u8::from(findable);
                (k, v)
            }),
        );
        write_set(out, &self.first);
        write_set(out, &self.openings);
    }
}

/// Writes a map, its entries sorted so that the same lists always give the same bytes.
fn write_map<const W: usize>(out: &mut Vec<u8>, entries: impl Iterator<Item = (u64, [u8; W])>) {
    let mut entries: Vec<(u64, [u8; W])> = entries.collect();
    entries.sort_unstable();
    assert!(
        entries.first().is_none_or(|e| e.0 != 0),
        "a key hashed to 0, the empty slot's mark"
    );
    let refs: Vec<(u64, &[u8])> = entries.iter().map(|(k, v)| (*k, &v[..])).collect();
    write_table(out, W, &refs);
}

fn write_set(out: &mut Vec<u8>, keys: &HashSet<u64>) {
    write_map::<0>(out, keys.iter().map(|&k| (k, [])));
}

/// Words of each listed line with their lowercase hashes.
fn listed_lines(list: &str) -> impl Iterator<Item = (Vec<&str>, Vec<u64>)> {
    entries(list).filter_map(|l| {
        let toks = listed_words(l);
        let hs: Vec<u64> = toks.iter().map(|w| hash_lower(w)).collect();
        (!hs.is_empty() && hs.len() <= MAX_ORG_WORDS).then_some((toks, hs))
    })
}

/// A listed name's words as the tokenizer splits them.
fn listed_words(l: &str) -> Vec<&str> {
    tokenize(l).iter().map(|t| t.text(l)).collect()
}

/// The lowercase hashes of a listed place's words, as the tokenizer splits them.
fn place_words(p: &str, hs: &mut Vec<u64>) {
    hs.clear();
    hs.extend(tokenize(p).iter().map(|t| hash_lower(t.text(p))));
}

/// The tables, laid out as `Tables::parse` reads them.
pub fn build(lists: &Lists) -> Vec<u8> {
    let mut words: HashMap<u64, u32> = HashMap::new();
    let mut add = |w: &str, f: u32| *words.entry(hash_lower(w)).or_insert(0) |= f;
    // By the name as written: the share of female bearers. No list holds a name another
    // holds, so none overrides another.
    let mut first_names: HashMap<u64, u8> = HashMap::new();
    for l in lists.first_names.iter().flat_map(|list| entries(list)) {
        let Some((name, share)) = l.split_once('\t') else {
            continue;
        };
        let Ok(share) = share.parse::<u8>() else {
            continue;
        };
        first_names.insert(hash_exact(name), share);
        add(name, FIRST);
    }
    for s in lists.surnames.iter().flat_map(|list| entries(list)) {
        add(s, SURNAME);
    }
    for t in TITLES {
        add(t, TITLE);
        add(&format!("{t}."), TITLE);
    }
    for (list, flag) in [
        (ORG_CUES, ORG_CUE),
        (ORG_SUFFIXES, ORG_SUFFIX),
        (KNOWN_ORGS, KNOWN_ORG),
    ] {
        for w in list {
            add(w, flag);
        }
    }
    for w in entries(&lists.demonyms) {
        add(w, DEMONYM);
    }
    for w in TIMES {
        add(w, TIME);
    }
    for w in STOPWORDS {
        add(w, STOP);
    }
    let mut places = HashSet::new();
    let mut hs = Vec::with_capacity(MAX_PLACE_WORDS + 1);
    // Regions are places too, for the place features and the place-name rules.
    for p in entries(&lists.places)
        .chain(entries(&lists.subdivisions))
        .chain(entries(&lists.regions))
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
    let mut major_places = HashSet::new();
    for p in entries(&lists.major_places).chain(entries(&lists.regions)) {
        place_words(p, &mut hs);
        major_places.insert(phrase_hash(&hs));
    }
    let mut orgs = PhraseLists::default();
    for (toks, hs) in listed_lines(&lists.organizations) {
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
    let mut teams = PhraseLists::default();
    for (toks, hs) in listed_lines(&lists.teams) {
        teams.insert(&toks, &hs, true);
    }
    let venues: HashSet<u64> = listed_lines(&lists.venues)
        .map(|(_, hs)| phrase_hash(&hs))
        .collect();

    let mut out = Vec::new();
    write_map(&mut out, words.iter().map(|(&k, &f)| (k, f.to_le_bytes())));
    write_set(&mut out, &places);
    write_set(&mut out, &major_places);
    orgs.write(&mut out);
    teams.write(&mut out);
    write_set(&mut out, &venues);
    write_map(&mut out, first_names.iter().map(|(&k, &s)| (k, [s])));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lists() -> Lists {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/gazetteer");
        Lists::read(&dir).expect("the word lists")
    }

    #[test]
    fn the_compiled_tables_are_the_lists_built_now() {
        assert!(build(&lists()) == super::super::gazetteer::TABLES_BLOB);
    }

    #[test]
    fn every_list_file_is_read() {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/gazetteer");
        for entry in std::fs::read_dir(dir).expect("assets/gazetteer") {
            let name = entry.expect("entry").file_name();
            let name = name.to_string_lossy();
            assert!(Lists::FILES.contains(&&*name), "{name} is read by no table");
        }
    }
}
