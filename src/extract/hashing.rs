//! The hashes words and phrases are looked up by. The gazetteer tables are built with these at
//! compile time (`build.rs`) and probed with them at run time, so both read this one file.

/// The start value of `hash_lower`.
pub const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// One byte of `hash_lower`, for callers that hash a word while reading it for other things.
#[inline]
pub fn fnv_byte(h: u64, b: u8) -> u64 {
    (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
}

/// FNV-1a over the lowercase form of `s`, without allocating. Curly apostrophes hash as
/// straight ones so "Bin’ali" and "Bin'ali" are one word.
#[inline]
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

/// FNV-1a over a word's bytes as written, case and all.
#[inline]
pub fn hash_exact(s: &str) -> u64 {
    s.bytes().fold(FNV_OFFSET, fnv_byte)
}

/// Mix two hashes (order-sensitive).
#[inline]
pub fn mix(a: u64, b: u64) -> u64 {
    let x = (a ^ 0x9e37_79b9_7f4a_7c15).wrapping_mul(0xbf58_476d_1ce4_e5b9) ^ b;
    let x = (x ^ (x >> 31)).wrapping_mul(0x94d0_49bb_1331_11eb);
    x ^ (x >> 29)
}

/// The hash a phrase's word hashes are mixed into, starting from this.
pub const PHRASE_SEED: u64 = 0x51_7cc1_b727_220a;

/// Hash of a phrase from its words' lowercase hashes.
pub fn phrase_hash(words: &[u64]) -> u64 {
    words.iter().fold(PHRASE_SEED, |h, &w| mix(h, w))
}

/// Case-sensitive hash of a phrase's words (curly apostrophes as straight ones).
pub fn cased_hash<'a>(words: impl Iterator<Item = &'a str>) -> u64 {
    let mut h: u64 = FNV_OFFSET;
    for w in words {
        for c in w.chars() {
            let c = if c == '’' || c == 'ʼ' { '\'' } else { c };
            h = (h ^ u64::from(c)).wrapping_mul(0x100_0000_01b3);
        }
        h = (h ^ 0x20).wrapping_mul(0x100_0000_01b3);
    }
    h
}
