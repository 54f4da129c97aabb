//! Inputs the tree builder would take too long on, and the linear fallback for them.
//!
//! html5ever's scope checks walk the stack of open elements, so a page nested tens of
//! thousands of levels deep costs time quadratic in its depth. And formatting elements left
//! open (`<b id=1><b id=2>…`, distinct so the parser's limit of three copies does not apply)
//! are re-created inside every later block: 18 KB of `<p>y` after 1,000 of them built two
//! million elements and took minutes. Real pages stay far below the limits here; the rest are
//! read by the tag stripper, which is linear.

/// Deeper than any real page (browsers cap the DOM at a few hundred levels for layout).
const MAX_DEPTH: usize = 4_000;

/// The work a page may cause, in elements built, per byte of page and in any case. Each start
/// tag counts the formatting elements open (what the parser may re-create there) and a
/// fiftieth of the depth (a step of a scope check costs that much less than an element). The
/// 181 pages of `byline eval html` stay under 0.13 per byte, and under the floor.
const MAX_WORK_PER_BYTE: f64 = 0.5;
const MAX_WORK_FLOOR: f64 = 250_000.0;
const DEPTH_STEPS_PER_ELEMENT: f64 = 50.0;

/// Cheap over-estimates: nesting (start tags of non-void elements minus end tags) and the work
/// above.
pub fn parse_is_safe(html: &str) -> bool {
    let b = html.as_bytes();
    let mut depth: i64 = 0;
    let mut max: i64 = 0;
    let mut formatting: i64 = 0;
    let mut work: f64 = 0.0;
    let mut i = 0;
    while let Some(off) = memchr(b'<', &b[i..]) {
        i += off + 1;
        let closing = b.get(i) == Some(&b'/');
        let start = i + usize::from(closing);
        if !b.get(start).is_some_and(u8::is_ascii_alphabetic) {
            continue;
        }
        let name_end = b[start..]
            .iter()
            .position(|c| !c.is_ascii_alphanumeric())
            .map_or(b.len(), |n| start + n);
        let name = &b[start..name_end];
        if closing {
            depth = (depth - 1).max(0);
            if is_formatting(name) {
                formatting = (formatting - 1).max(0);
            }
            continue;
        }
        work += formatting as f64 + depth as f64 / DEPTH_STEPS_PER_ELEMENT;
        if is_formatting(name) {
            formatting += 1;
        }
        if !is_void(name) {
            depth += 1;
            max = max.max(depth);
        }
    }
    max <= MAX_DEPTH as i64 && work <= MAX_WORK_FLOOR + MAX_WORK_PER_BYTE * b.len() as f64
}

/// The elements the HTML parser re-opens after a block closes them ("active formatting").
fn is_formatting(name: &[u8]) -> bool {
    const FORMATTING: &[&[u8]] = &[
        b"a", b"b", b"big", b"code", b"em", b"font", b"i", b"nobr", b"s", b"small", b"strike",
        b"strong", b"tt", b"u",
    ];
    FORMATTING.iter().any(|f| f.eq_ignore_ascii_case(name))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_pages_are_parsed_and_bombs_are_not() {
        let ordinary = format!(
            "<html><body><nav><a href=x>Home</a></nav><article>{}</article></body></html>",
            "<div class=p><p>Some <b>bold</b> and <i>text</i>, a <a href=y>link</a>.</p></div>"
                .repeat(5_000)
        );
        assert!(parse_is_safe(&ordinary));
        let deep = format!("{}x{}", "<div>".repeat(5_000), "</div>".repeat(5_000));
        assert!(!parse_is_safe(&deep));
        // Formatting elements left open are re-created in every paragraph that follows.
        let reopened: String = (0..1_000).map(|i| format!("<b id={i}>")).collect();
        let bomb = format!("<p>{reopened}x{}", "<p>y".repeat(2_000));
        assert!(!parse_is_safe(&bomb));
        // An end tag without its start does not buy room for more nesting.
        let unbalanced = format!("{}{}", "</div>".repeat(5_000), "<div>".repeat(4_500));
        assert!(!parse_is_safe(&unbalanced));
    }
}
