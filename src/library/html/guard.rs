//! Inputs the tree builder would take too long on, and the linear fallback for them.
//!
//! html5ever's scope checks walk the stack of open elements, so a page nested tens of
//! thousands of levels deep costs time quadratic in its depth. Real pages stay far below
//! the limit here; deeper ones are read by the tag stripper, which is linear.

/// Deeper than any real page (browsers cap the DOM at a few hundred levels for layout).
const MAX_DEPTH: usize = 2_000;

/// Cheap over-estimate of nesting: start tags of non-void elements minus end tags.
pub fn parse_is_safe(html: &str) -> bool {
    let b = html.as_bytes();
    let mut depth: i64 = 0;
    let mut max: i64 = 0;
    let mut i = 0;
    while let Some(off) = memchr(b'<', &b[i..]) {
        i += off + 1;
        match b.get(i) {
            Some(b'/') => depth -= 1,
            Some(c) if c.is_ascii_alphabetic() => {
                let name_end = b[i..]
                    .iter()
                    .position(|c| !c.is_ascii_alphanumeric())
                    .map_or(b.len(), |n| i + n);
                let name = &b[i..name_end];
                if !is_void(name) {
                    depth += 1;
                    max = max.max(depth);
                }
            }
            _ => {}
        }
    }
    max <= MAX_DEPTH as i64
}

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&c| c == needle)
}

fn is_void(name: &[u8]) -> bool {
    const VOID: &[&[u8]] = &[
        b"area", b"base", b"br", b"col", b"embed", b"hr", b"img", b"input", b"link", b"meta",
        b"source", b"track", b"wbr", b"p", b"li", b"option", b"td", b"tr", b"th", b"dd", b"dt",
    ];
    // `p`, `li` and table cells close themselves implicitly; counting them would flag
    // ordinary pages that never write their end tags.
    VOID.iter().any(|v| v.eq_ignore_ascii_case(name))
}

/// Drop scripts, styles and tags; keep block boundaries as paragraph breaks. Linear time.
pub fn strip_tags(raw: &str) -> String {
    let lower = raw.to_ascii_lowercase();
    let mut text = String::new();
    let mut i = 0;
    while i < raw.len() {
        if raw.as_bytes()[i] == b'<' {
            let close = raw[i..].find('>').map_or(raw.len(), |n| i + n + 1);
            let tag: String = lower[i..close]
                .trim_start_matches('<')
                .split([' ', '>', '/', '\n', '\t'])
                .next()
                .unwrap_or("")
                .to_string();
            i = close;
            if matches!(
                tag.as_str(),
                "script" | "style" | "nav" | "header" | "footer" | "noscript"
            ) {
                i = lower[i..]
                    .find(&format!("</{tag}"))
                    .map_or(raw.len(), |n| i + n);
            } else if matches!(
                tag.as_str(),
                "p" | "div" | "br" | "h1" | "h2" | "h3" | "h4" | "li" | "blockquote" | "section"
            ) {
                text.push_str("\n\n");
            }
        } else {
            let next = raw[i..].find('<').map_or(raw.len(), |n| i + n);
            text.push_str(&raw[i..next]);
            i = next;
        }
    }
    text.split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}
