//! The layout of the gazetteer's hash tables. `build.rs` builds them from the word lists
//! (`table_build.rs`) and the binary reads them in place: start-up hashes and inserts nothing.
//!
//! The blob is a sequence of open-addressing tables, each `slots` (a power of two) and the
//! width of a value as little-endian `u64`s, then `slots` slots of a key (8 bytes) and its
//! value.
//! A key is a 64-bit hash and 0 marks an empty slot; a key is found by a linear probe from its
//! Fibonacci slot, and at most half the slots are full, so a probe soon meets a gap.

/// Flags of a word in the word table.
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

/// The most words a listed place has.
pub const MAX_PLACE_WORDS: usize = 5;
/// The most words a listed organization or team has.
pub const MAX_ORG_WORDS: usize = 7;

/// The first slot probed for `key` in a table of `1 << (64 - shift)` slots.
#[inline]
pub fn home_slot(key: u64, shift: u32) -> usize {
    (key.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> shift) as usize
}

/// A map from hashes to values of `W` bytes, each slot `S = 8 + W` bytes: the key, then its
/// value, so a look-up that finds its key has its value in the same cache line.
#[derive(Clone, Copy)]
pub struct Map<'a, const S: usize, const W: usize> {
    slots: &'a [[u8; S]],
    shift: u32,
}

/// A set of hashes: a map without values.
pub type Set<'a> = Map<'a, 8, 0>;

impl<'a, const S: usize, const W: usize> Map<'a, S, W> {
    /// The slot holding `key`.
    #[inline]
    fn find(&self, key: u64) -> Option<&'a [u8; S]> {
        let mask = self.slots.len().wrapping_sub(1);
        let mut i = home_slot(key, self.shift);
        // Bounded, so even a table with no gap ends the probe.
        for _ in 0..self.slots.len() {
            let slot = self.slots.get(i)?;
            match u64::from_le_bytes(*slot.first_chunk::<8>()?) {
                k if k == key => return Some(slot),
                0 => return None,
                _ => i = (i + 1) & mask,
            }
        }
        None
    }

    #[inline]
    pub fn get(&self, key: u64) -> Option<&'a [u8; W]> {
        self.find(key)?.get(8..)?.first_chunk::<W>()
    }

    #[inline]
    pub fn contains(&self, key: u64) -> bool {
        self.find(key).is_some()
    }
}

/// Listed multi-word names (organizations, teams).
#[derive(Clone, Copy)]
pub struct Phrases<'a> {
    /// By phrase hash: the exact-case hash of the listed spelling (8 bytes) and whether the
    /// name is findable (1 byte).
    pub phrases: Map<'a, 17, 9>,
    /// The lowercase hashes of the names' first words.
    pub first: Set<'a>,
    /// The phrase hashes of every listed name's shorter openings ("National", "National
    /// Weather"), so the walk after a common first word stops where no listed name goes on.
    pub openings: Set<'a>,
}

/// Every table, in the order the blob holds them.
#[derive(Clone, Copy)]
pub struct Tables<'a> {
    /// Flags (`u32`) of words by the hash of their lowercase form.
    pub words: Map<'a, 12, 4>,
    /// Phrase hashes of listed places and regions.
    pub places: Set<'a>,
    /// Countries, continents, US states, capitals and cities over a million people.
    pub major_places: Set<'a>,
    pub orgs: Phrases<'a>,
    /// Sports teams' nicknames and club names (`teams.txt`).
    pub teams: Phrases<'a>,
    /// Arenas and halls whose last word does not say so (`venues.txt`).
    pub venues: Set<'a>,
    /// First names by `hash_exact`: the share of female bearers, in percent.
    pub first_names: Map<'a, 9, 1>,
}

impl<'a> Tables<'a> {
    /// The tables of a blob `table_build::build` wrote; `None` when it is cut short.
    pub fn parse(blob: &'a [u8]) -> Option<Tables<'a>> {
        let mut r = Reader(blob);
        let tables = Tables {
            words: r.map()?,
            places: r.set()?,
            major_places: r.set()?,
            orgs: r.phrases()?,
            teams: r.phrases()?,
            venues: r.set()?,
            first_names: r.map()?,
        };
        r.0.is_empty().then_some(tables)
    }
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let (head, rest) = self.0.split_at_checked(n)?;
        self.0 = rest;
        Some(head)
    }

    fn word(&mut self) -> Option<usize> {
        let b = self.take(8)?;
        usize::try_from(u64::from_le_bytes(b.try_into().ok()?)).ok()
    }

    /// A table of `S`-byte slots holding values of `W` bytes.
    fn map<const S: usize, const W: usize>(&mut self) -> Option<Map<'a, S, W>> {
        let slots = self.word()?;
        if S != 8 + W || !slots.is_power_of_two() || slots < 2 || self.word()? != W {
            return None;
        }
        let (slots_bytes, _) = self.take(slots.checked_mul(S)?)?.as_chunks::<S>();
        Some(Map {
            slots: slots_bytes,
            shift: 64 - slots.trailing_zeros(),
        })
    }

    fn set(&mut self) -> Option<Set<'a>> {
        self.map()
    }

    fn phrases(&mut self) -> Option<Phrases<'a>> {
        Some(Phrases {
            phrases: self.map()?,
            first: self.set()?,
            openings: self.set()?,
        })
    }
}

/// Writes one table of the layout above: `entries` are distinct non-zero keys with their
/// values of `width` bytes each. Only `build.rs` writes tables (through `table_build`); the
/// library reads them.
#[cfg_attr(not(test), allow(dead_code))]
pub fn write_table(out: &mut Vec<u8>, width: usize, entries: &[(u64, &[u8])]) {
    let slots = (entries.len() * 2).next_power_of_two().max(16);
    let shift = 64 - slots.trailing_zeros();
    let size = 8 + width;
    let mut table = vec![0u8; slots * size];
    let key_at = |table: &[u8], i: usize| {
        u64::from_le_bytes(table[i * size..i * size + 8].try_into().unwrap_or([0; 8]))
    };
    for &(key, val) in entries {
        let mut i = home_slot(key, shift);
        while key_at(&table, i) != 0 {
            i = (i + 1) & (slots - 1);
        }
        table[i * size..i * size + 8].copy_from_slice(&key.to_le_bytes());
        table[i * size + 8..(i + 1) * size].copy_from_slice(val);
    }
    out.extend_from_slice(&(slots as u64).to_le_bytes());
    out.extend_from_slice(&(width as u64).to_le_bytes());
    out.extend_from_slice(&table);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_table_reads_back() {
        let entries: Vec<(u64, [u8; 1])> = (1..=100u64)
            .map(|k| (k.wrapping_mul(0x1234_5678_9abc_def1), [k as u8]))
            .collect();
        let refs: Vec<(u64, &[u8])> = entries.iter().map(|(k, v)| (*k, &v[..])).collect();
        let mut blob = Vec::new();
        write_table(&mut blob, 1, &refs);
        let mut r = Reader(&blob);
        let map: Map<9, 1> = r.map().expect("table");
        assert!(r.0.is_empty());
        for (k, v) in &entries {
            assert_eq!(map.get(*k), Some(v));
        }
        assert_eq!(map.get(7), None);
        // A cut blob is refused, not read past its end.
        assert!(Reader(&blob[..blob.len() - 1]).map::<9, 1>().is_none());
        assert!(Reader(&blob).set().is_none(), "a map is not read as a set");
    }
}
