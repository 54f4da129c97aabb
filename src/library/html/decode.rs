//! Bytes to text the way a browser would: BOM first, then the declared charset, then UTF-8,
//! and Windows-1252 when the bytes are not valid UTF-8 and nothing was declared.

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};

/// How far into the page a `<meta charset>` is looked for (browsers use 1024; pages in the
/// wild put long `<script>` blocks first, so look further).
const SNIFF_LEN: usize = 8192;

pub fn decode(bytes: &[u8]) -> String {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let body = bytes.get(bom_len..).unwrap_or_default();
        return enc.decode_without_bom_handling(body).0.into_owned();
    }
    let enc = declared(bytes).unwrap_or_else(|| {
        if std::str::from_utf8(bytes).is_ok() {
            UTF_8
        } else {
            WINDOWS_1252
        }
    });
    enc.decode_without_bom_handling(bytes).0.into_owned()
}

/// The charset named by `<meta charset=...>` or `<meta http-equiv content="...; charset=...">`.
fn declared(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(SNIFF_LEN)];
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(pos) = find(&lower[from..], b"charset") {
        let at = from + pos + b"charset".len();
        from = at;
        // Only inside a <meta ...> tag: the nearest '<' before must open a meta tag.
        let tag_start = lower[..at].iter().rposition(|&b| b == b'<')?;
        let closed = lower[tag_start..at].contains(&b'>');
        if closed || !lower[tag_start..].starts_with(b"<meta") {
            continue;
        }
        let rest = &lower[at..];
        let rest = skip(rest, |b| b.is_ascii_whitespace());
        let Some(rest) = rest.strip_prefix(b"=") else {
            continue;
        };
        let rest = skip(rest, |b| b.is_ascii_whitespace() || b == b'"' || b == b'\'');
        let len = rest
            .iter()
            .position(|&b| !(b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':' | b'.')))
            .unwrap_or(rest.len());
        if let Some(enc) = Encoding::for_label(&rest[..len]) {
            // A page that says UTF-16 but reached us as ASCII-compatible bytes is lying.
            if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE {
                return Some(UTF_8);
            }
            // Pages labelled UTF-8 that are not are common; Windows-1252 is the browser guess.
            if enc == UTF_8 && std::str::from_utf8(bytes).is_err() && mostly_invalid(bytes) {
                return Some(WINDOWS_1252);
            }
            return Some(enc);
        }
    }
    None
}

/// True when invalid sequences are frequent enough that the page is surely not UTF-8
/// (a single stray byte in a UTF-8 page is decoded lossily instead).
fn mostly_invalid(bytes: &[u8]) -> bool {
    let (mut bad, mut good_multi) = (0usize, 0usize);
    let mut rest = bytes;
    while !rest.is_empty() {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                good_multi += s.chars().filter(|c| !c.is_ascii()).count();
                break;
            }
            Err(e) => {
                let valid = e.valid_up_to();
                good_multi += std::str::from_utf8(&rest[..valid])
                    .map(|s| s.chars().filter(|c| !c.is_ascii()).count())
                    .unwrap_or(0);
                bad += 1;
                let skip = valid + e.error_len().unwrap_or(rest.len() - valid).max(1);
                rest = rest.get(skip..).unwrap_or_default();
            }
        }
    }
    bad > good_multi
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn skip(s: &[u8], pred: impl Fn(u8) -> bool) -> &[u8] {
    let n = s.iter().position(|&b| !pred(b)).unwrap_or(s.len());
    &s[n..]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_bom_is_dropped() {
        assert_eq!(decode(b"\xEF\xBB\xBFcaf\xC3\xA9"), "café");
    }

    #[test]
    fn utf16_bom() {
        assert_eq!(decode(b"\xFF\xFEh\x00i\x00"), "hi");
    }

    #[test]
    fn declared_windows_1252() {
        let page = b"<html><head><meta charset=\"windows-1252\"></head><p>\x93Hi\x94 \x80</p>";
        assert!(decode(page).contains("\u{201c}Hi\u{201d} \u{20ac}"));
    }

    #[test]
    fn http_equiv_latin1() {
        let page = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>na\xEFve</p>";
        assert!(decode(page).contains("naïve"));
    }

    #[test]
    fn undeclared_invalid_utf8_falls_back_to_1252() {
        assert!(decode(b"<p>caf\xE9</p>").contains("café"));
    }

    #[test]
    fn charset_outside_meta_is_ignored() {
        let page = "<p>charset=iso-8859-7 is Greek</p><p>é</p>".as_bytes();
        assert!(decode(page).contains('é'));
    }
}
