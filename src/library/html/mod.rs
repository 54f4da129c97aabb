//! Saved web pages: the article's main text and metadata.

use std::path::Path;

use super::Article;

/// A first cut: drop scripts, styles and tags, keep block boundaries as paragraph breaks.
pub fn load(path: &Path, bytes: &[u8]) -> Result<Article, String> {
    let raw = String::from_utf8_lossy(bytes);
    let lower = raw.to_ascii_lowercase();
    let title = lower
        .find("<title")
        .and_then(|s| Some((s, lower[s..].find('>')? + s + 1)))
        .and_then(|(_, open)| Some((open, lower[open..].find("</title")? + open)))
        .map(|(a, b)| raw[a..b].trim().to_string())
        .unwrap_or_default();
    let mut text = String::new();
    let mut i = 0;
    while i < raw.len() {
        if raw.as_bytes()[i] == b'<' {
            let close = raw[i..].find('>').map_or(raw.len(), |n| i + n + 1);
            let tag = lower[i..close]
                .trim_start_matches('<')
                .split([' ', '>', '/'])
                .next()
                .unwrap_or("")
                .to_string();
            i = close;
            if matches!(
                tag.as_str(),
                "script" | "style" | "nav" | "header" | "footer"
            ) {
                i = lower[i..]
                    .find(&format!("</{tag}"))
                    .map_or(raw.len(), |n| i + n);
            } else if matches!(
                tag.as_str(),
                "p" | "div" | "br" | "h1" | "h2" | "h3" | "li" | "blockquote"
            ) {
                text.push_str("\n\n");
            }
        } else {
            let next = raw[i..].find('<').map_or(raw.len(), |n| i + n);
            text.push_str(&raw[i..next]);
            i = next;
        }
    }
    let text = text
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    Ok(Article {
        path: path.to_path_buf(),
        title,
        text,
        ..Article::default()
    })
}
