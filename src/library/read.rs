//! Reading one file's bytes and turning them into text, defensively: every byte is untrusted.

use std::io::Read;
use std::path::Path;

/// The largest single-article file (txt, Markdown, HTML) byline loads. A news article is tens of
/// kilobytes; past this size the file is reported, not loaded, so one stray dump cannot stall the
/// reader or exhaust memory.
pub const MAX_ARTICLE_FILE_BYTES: u64 = 16 * 1024 * 1024;
/// JSON and JSON Lines files may hold a whole collection of articles, so they get more room.
pub const MAX_COLLECTION_FILE_BYTES: u64 = 64 * 1024 * 1024;
/// The longest text one article may have, whatever file it came from.
pub const MAX_ARTICLE_TEXT_BYTES: usize = 16 * 1024 * 1024;

/// How many leading bytes are inspected to decide whether a file is binary.
const SNIFF_BYTES: usize = 8192;

/// Text decoded from a file, with a note when the decoding lost something.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub warning: Option<String>,
}

/// Read a regular file of at most `limit` bytes.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, String> {
    // `metadata` follows links, so a link to a pipe or device is caught here, before `open`
    // could block on a pipe forever.
    let meta = std::fs::metadata(path).map_err(|e| io_reason(&e))?;
    if meta.is_dir() {
        return Err("is a folder, not a file".into());
    }
    if !meta.is_file() {
        return Err("not a regular file (a pipe, socket or device); skipped".into());
    }
    if meta.len() > limit {
        return Err(too_big(meta.len(), limit));
    }
    let file = std::fs::File::open(path).map_err(|e| io_reason(&e))?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| io_reason(&e))?;
    if bytes.len() as u64 > limit {
        return Err(format!(
            "{} (it grew while being read)",
            too_big(limit + 1, limit)
        ));
    }
    Ok(bytes)
}

fn too_big(len: u64, limit: u64) -> String {
    format!(
        "file is {}, over the {} limit for one file; skipped",
        human_size(len),
        human_size(limit)
    )
}

/// A size in the unit a person would use.
pub fn human_size(bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    if bytes >= MB {
        format!("{:.1} MB", bytes as f64 / MB as f64)
    } else if bytes >= 1024 {
        format!("{:.1} KB", bytes as f64 / 1024.0)
    } else {
        format!("{bytes} bytes")
    }
}

/// An I/O error in words a reader of the article list understands.
pub fn io_reason(e: &std::io::Error) -> String {
    use std::io::ErrorKind;
    match e.kind() {
        ErrorKind::NotFound => "file not found (removed, or a broken link)".into(),
        ErrorKind::PermissionDenied => "permission denied: the file cannot be read".into(),
        _ if is_link_loop(e) => "symbolic link loop: the link points back to itself".into(),
        _ => format!("cannot read: {e}"),
    }
}

fn is_link_loop(e: &std::io::Error) -> bool {
    // ELOOP is 40 on Linux, 62 on the BSDs and macOS.
    let eloop = if cfg!(target_os = "linux") { 40 } else { 62 };
    cfg!(unix) && e.raw_os_error() == Some(eloop)
}

/// Decode a file's bytes: UTF-8 (a BOM is dropped), UTF-16 with a BOM, anything else as UTF-8
/// with invalid sequences replaced (and a warning saying so). Binary files are refused.
pub fn decode(bytes: &[u8]) -> Result<Decoded, String> {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return decode_utf8(rest);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return Ok(decode_utf16(rest, u16::from_le_bytes));
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return Ok(decode_utf16(rest, u16::from_be_bytes));
    }
    decode_utf8(bytes)
}

fn decode_utf8(bytes: &[u8]) -> Result<Decoded, String> {
    if let Some(reason) = binary_reason(bytes) {
        return Err(reason);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(Decoded {
            text: s.to_string(),
            warning: None,
        }),
        Err(first) => {
            let bad = bytes
                .utf8_chunks()
                .filter(|c| !c.invalid().is_empty())
                .count();
            Ok(Decoded {
                text: String::from_utf8_lossy(bytes).into_owned(),
                warning: Some(format!(
                    "not valid UTF-8: {bad} invalid byte sequence{} (the first at byte {}) shown as \u{FFFD}",
                    if bad == 1 { "" } else { "s" },
                    first.valid_up_to()
                )),
            })
        }
    }
}

fn decode_utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Decoded {
    let units: Vec<u16> = bytes.chunks_exact(2).map(|p| unit([p[0], p[1]])).collect();
    let bad = char::decode_utf16(units.iter().copied())
        .filter(Result::is_err)
        .count()
        + bytes.len() % 2;
    Decoded {
        text: String::from_utf16_lossy(&units),
        warning: (bad > 0)
            .then(|| format!("not valid UTF-16: {bad} invalid code unit(s) shown as \u{FFFD}")),
    }
}

/// Why these bytes are not text, if they are not. A NUL byte never appears in text files, and
/// a high share of other control bytes means a format such as an image or an archive.
fn binary_reason(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(SNIFF_BYTES)];
    if let Some(pos) = bytes.iter().position(|&b| b == 0) {
        return Some(format!(
            "binary file (a NUL byte at byte {pos}), not text; skipped"
        ));
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c | 0x1b))
        .count();
    if head.len() >= 32 && controls * 10 > head.len() {
        return Some("binary file (mostly control bytes), not text; skipped".into());
    }
    None
}

/// CRLF and lone CR become LF, so every loader sees one kind of line end.
pub fn normalize_newlines(s: &str) -> String {
    if !s.contains('\r') {
        return s.to_string();
    }
    s.replace("\r\n", "\n").replace('\r', "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode(b"caf\xC3\xA9").unwrap().text, "café");
        let d = decode(b"\xEF\xBB\xBFhello").unwrap();
        assert_eq!(d.text, "hello");
        assert!(d.warning.is_none());
    }

    #[test]
    fn invalid_utf8_is_lossy_with_a_warning() {
        let d = decode(b"ab\xFF\xFEcd\xC3").unwrap();
        assert_eq!(d.text, "ab\u{FFFD}\u{FFFD}cd\u{FFFD}");
        let w = d.warning.unwrap();
        assert!(w.contains("not valid UTF-8"), "{w}");
        assert!(w.contains("byte 2"), "{w}");
    }

    #[test]
    fn utf16_with_bom() {
        let mut le = vec![0xFF, 0xFE];
        le.extend("Hé 東".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le).unwrap().text, "Hé 東");
        let mut be = vec![0xFE, 0xFF];
        be.extend("Hé".encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be).unwrap().text, "Hé");
        let odd = decode(&[0xFF, 0xFE, b'a', 0, b'b']).unwrap();
        assert!(odd.warning.is_some());
    }

    #[test]
    fn binary_is_refused() {
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        assert!(decode(png).unwrap_err().contains("binary"));
        let noisy: Vec<u8> = (0..200u8).map(|i| i % 20).collect();
        assert!(decode(&noisy).unwrap_err().contains("binary"));
    }

    #[test]
    fn text_with_some_escapes_is_not_binary() {
        let s = "Title\n\n\u{1b}]0;pwned\u{7}Body text that is long enough to sniff.".repeat(3);
        assert!(decode(s.as_bytes()).is_ok());
    }

    #[test]
    fn newlines_normalised() {
        assert_eq!(normalize_newlines("a\r\nb\rc\n"), "a\nb\nc\n");
    }

    #[test]
    fn sizes_read_like_a_person_would_say_them() {
        assert_eq!(human_size(100), "100 bytes");
        assert_eq!(human_size(16 * 1024 * 1024), "16.0 MB");
    }
}
