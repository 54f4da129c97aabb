//! Plain-word search: a tokenizer shared by indexing and querying, and a compact inverted index
//! (sorted words, each with delta-encoded varint article ids) that is searched without decoding
//! any posting list but the ones asked for.

use std::collections::BTreeMap;

/// Words longer than this are noise (URLs, hashes) and are not indexed.
const MAX_WORD: usize = 40;

/// Byte spans of the words in `text`: runs of letters and digits.
pub fn spans(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut iter = text.char_indices().peekable();
    std::iter::from_fn(move || {
        let start = loop {
            let (i, c) = iter.next()?;
            if c.is_alphanumeric() {
                break i;
            }
        };
        let mut end = text.len();
        while let Some(&(i, c)) = iter.peek() {
            if !c.is_alphanumeric() {
                end = i;
                break;
            }
            iter.next();
        }
        Some((start, end))
    })
}

/// The form words are indexed and compared under.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

fn fold_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        out.push_str(&word.to_lowercase());
    }
}

/// The distinct folded words of a text, sorted.
pub fn distinct(text: &str) -> Vec<String> {
    // Seeded foldhash: a fraction of SipHash's cost on short words, still not predictable.
    let mut set: std::collections::HashSet<String, foldhash::fast::RandomState> =
        std::collections::HashSet::default();
    let mut buf = String::new();
    for (s, e) in spans(text) {
        if e - s > MAX_WORD {
            continue;
        }
        fold_into(&text[s..e], &mut buf);
        if !set.contains(buf.as_str()) {
            set.insert(buf.clone());
        }
    }
    let mut v: Vec<String> = set.into_iter().collect();
    v.sort_unstable();
    v
}

fn put_varint(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn get_varint(bytes: &[u8], pos: &mut usize) -> Option<u64> {
    let mut v: u64 = 0;
    let mut shift = 0;
    loop {
        let b = *bytes.get(*pos)?;
        *pos += 1;
        if shift >= 64 {
            return None;
        }
        v |= u64::from(b & 0x7f) << shift;
        if b & 0x80 == 0 {
            return Some(v);
        }
        shift += 7;
    }
}

/// Encode word → sorted article ids.
pub fn encode(postings: &BTreeMap<String, Vec<u32>>) -> Vec<u8> {
    let mut out = Vec::new();
    put_varint(&mut out, postings.len() as u64);
    let mut list = Vec::new();
    for (word, ids) in postings {
        put_varint(&mut out, word.len() as u64);
        out.extend_from_slice(word.as_bytes());
        list.clear();
        let mut prev = 0u32;
        for (i, &id) in ids.iter().enumerate() {
            let delta = if i == 0 { id } else { id.saturating_sub(prev) };
            put_varint(&mut list, u64::from(delta));
            prev = id;
        }
        put_varint(&mut out, ids.len() as u64);
        put_varint(&mut out, list.len() as u64);
        out.extend_from_slice(&list);
    }
    out
}

/// Walk the encoded entries: (word, number of ids, encoded ids).
fn entries(bytes: &[u8]) -> impl Iterator<Item = Option<(&[u8], usize, &[u8])>> + '_ {
    let mut pos = 0usize;
    let mut left: Option<u64> = None;
    std::iter::from_fn(move || {
        let n = match left {
            Some(n) => n,
            None => match get_varint(bytes, &mut pos) {
                Some(n) => n,
                None => {
                    left = Some(0);
                    return Some(None);
                }
            },
        };
        if n == 0 {
            return None;
        }
        left = Some(n - 1);
        let entry = (|| {
            let wl = usize::try_from(get_varint(bytes, &mut pos)?).ok()?;
            let word = bytes.get(pos..pos.checked_add(wl)?)?;
            pos += wl;
            let count = usize::try_from(get_varint(bytes, &mut pos)?).ok()?;
            let ll = usize::try_from(get_varint(bytes, &mut pos)?).ok()?;
            let list = bytes.get(pos..pos.checked_add(ll)?)?;
            pos += ll;
            Some((word, count, list))
        })();
        if entry.is_none() {
            left = Some(0);
        }
        Some(entry)
    })
}

fn decode_ids(list: &[u8], count: usize) -> Option<Vec<u32>> {
    let mut ids = Vec::with_capacity(count.min(list.len()));
    let mut pos = 0;
    let mut prev = 0u32;
    for i in 0..count {
        let d = u32::try_from(get_varint(list, &mut pos)?).ok()?;
        let id = if i == 0 { d } else { prev.checked_add(d)? };
        ids.push(id);
        prev = id;
    }
    Some(ids)
}

/// Article ids holding `word` (already folded); `None` when the index is damaged.
pub fn lookup(bytes: &[u8], word: &str) -> Option<Vec<u32>> {
    for e in entries(bytes) {
        let (w, count, list) = e?;
        if w == word.as_bytes() {
            return decode_ids(list, count);
        }
    }
    Some(Vec::new())
}

/// Everything, for an incremental rebuild; `None` when the index is damaged.
pub fn decode_all(bytes: &[u8]) -> Option<BTreeMap<String, Vec<u32>>> {
    let mut out = BTreeMap::new();
    for e in entries(bytes) {
        let (w, count, list) = e?;
        let word = std::str::from_utf8(w).ok()?.to_string();
        out.insert(word, decode_ids(list, count)?);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_split_on_punctuation_and_keep_offsets() {
        let t = "Bin’ali said: “Go, now!” 2017";
        let ws: Vec<&str> = spans(t).map(|(s, e)| &t[s..e]).collect();
        assert_eq!(ws, vec!["Bin", "ali", "said", "Go", "now", "2017"]);
    }

    #[test]
    fn folding_matches_lowercase_everywhere() {
        for w in ["Brussels", "ÉTAT", "İstanbul", "ΟΔΟΣ", "mIxEd123"] {
            assert_eq!(fold(w), w.to_lowercase());
        }
        assert_eq!(distinct("The the THE cat, Cat."), vec!["cat", "the"]);
    }

    #[test]
    fn round_trip_and_lookup() {
        let mut p = BTreeMap::new();
        p.insert("brussels".to_string(), vec![0, 5, 300, 70000]);
        p.insert("said".to_string(), vec![2]);
        let bytes = encode(&p);
        assert_eq!(lookup(&bytes, "brussels"), Some(vec![0, 5, 300, 70000]));
        assert_eq!(lookup(&bytes, "paris"), Some(vec![]));
        assert_eq!(decode_all(&bytes), Some(p));
    }

    #[test]
    fn damaged_bytes_do_not_panic() {
        let mut p = BTreeMap::new();
        p.insert("word".to_string(), vec![1, 2, 3]);
        let bytes = encode(&p);
        for cut in 0..bytes.len() {
            let _ = lookup(&bytes[..cut], "word");
            let _ = decode_all(&bytes[..cut]);
        }
        assert_eq!(decode_all(&[0xff; 12]), None);
    }
}
