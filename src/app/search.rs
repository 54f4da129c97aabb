//! Case-insensitive search of the article text, returning byte spans into the original.

use crate::extract::Span;

/// Every non-overlapping occurrence of `query` in `text`, ignoring case, as byte spans.
pub fn find_all(text: &str, query: &str) -> Vec<Span> {
    let needle: Vec<char> = query.chars().flat_map(char::to_lowercase).collect();
    if needle.is_empty() {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut from = 0;
    // `from` always sits on a char boundary: it only advances by whole chars or matches.
    while let Some(rest) = text.get(from..).filter(|r| !r.is_empty()) {
        match match_at(rest, &needle) {
            Some(len) => {
                out.push(Span::new(from, from + len));
                from += len;
            }
            None => from += rest.chars().next().map_or(1, char::len_utf8),
        }
    }
    out
}

/// Length in bytes of the match of `needle` (lowercased chars) at the start of `s`.
fn match_at(s: &str, needle: &[char]) -> Option<usize> {
    let mut it = s.char_indices();
    let mut pending: Vec<char> = Vec::new();
    let mut k = 0;
    let mut end = 0;
    while k < needle.len() {
        if pending.is_empty() {
            let (i, c) = it.next()?;
            end = i + c.len_utf8();
            pending = c.to_lowercase().collect();
            pending.reverse();
        }
        let c = pending.pop()?;
        if c != needle[k] {
            return None;
        }
        k += 1;
    }
    // A match must end on a whole source char.
    pending.is_empty().then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_case_insensitively() {
        let t = "Kabul and KABUL and kabul";
        let m = find_all(t, "kabul");
        assert_eq!(m.len(), 3);
        for s in m {
            assert_eq!(t[s.start..s.end].to_lowercase(), "kabul");
        }
    }

    #[test]
    fn non_ascii_and_edges() {
        assert_eq!(find_all("ÉCOLE école", "école").len(), 2);
        assert!(find_all("abc", "").is_empty());
        assert_eq!(find_all("aaaa", "aa").len(), 2);
        assert_eq!(find_all("日本語", "本"), vec![Span::new(3, 6)]);
        assert!(find_all("ab", "abc").is_empty());
    }
}
