//! Saved web pages: the article's main text and metadata.
//!
//! Pipeline: `decode` (BOM, declared charset, Windows-1252 guess) → html5ever parse →
//! `meta` (JSON-LD, Open Graph, `<meta>`) → `dom::flatten` → `content::extract` (our own
//! readability-style scorer, chosen over the crates by `byline eval html`). When scoring
//! finds nothing, or the result is tiny, the page's whole visible text is used instead.

use std::path::Path;

use scraper::Html;

use super::Article;

mod content;
mod decode;
mod dom;
mod guard;
mod meta;

pub use meta::Meta;

/// Below this many characters the scorer probably picked a fragment; the whole-page text
/// is more useful to a reader than a caption.
const MIN_ARTICLE_CHARS: usize = 200;

/// A saved page reduced to what the reader shows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Page {
    pub meta: Meta,
    pub text: String,
}

/// The library loader's entry point.
pub fn load(path: &Path, bytes: &[u8]) -> Result<Article, String> {
    let page = extract_page(bytes);
    let title = page.meta.title.clone().unwrap_or_else(|| {
        path.file_stem()
            .map(|s| s.to_string_lossy().replace(['-', '_'], " "))
            .unwrap_or_default()
    });
    let mut tags = Vec::new();
    if let Some(lang) = &page.meta.lang {
        tags.push(format!("lang:{lang}"));
    }
    Ok(Article {
        path: path.to_path_buf(),
        title,
        author: page.meta.author,
        date: page.meta.date,
        url: page.meta.url,
        tags,
        text: page.text,
    })
}

/// Decode, parse and extract one page. Never panics; pathological pages get the linear
/// tag stripper.
pub fn extract_page(bytes: &[u8]) -> Page {
    let html = decode::decode(bytes);
    if !guard::parse_is_safe(&html) {
        return Page {
            meta: Meta::default(),
            text: guard::strip_tags(&html),
        };
    }
    let result = std::panic::catch_unwind(|| {
        let doc = Html::parse_document(&html);
        let meta = meta::extract(&doc);
        let items = dom::flatten(&doc);
        let titles: Vec<&str> = [&meta.title, &meta.doc_title]
            .into_iter()
            .filter_map(|t| t.as_deref())
            .collect();
        let text = match content::extract(&items, &titles) {
            Some(t) if t.chars().count() >= MIN_ARTICLE_CHARS => t,
            scored => {
                let all = content::all_text(&items);
                match scored {
                    Some(t) if t.len() * 3 >= all.len() || all.is_empty() => t,
                    _ => all,
                }
            }
        };
        Page { meta, text }
    });
    result.unwrap_or_else(|_| Page {
        meta: Meta::default(),
        text: guard::strip_tags(&html),
    })
}
