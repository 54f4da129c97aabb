//! Title, author, date, canonical URL and language from `<meta>`, JSON-LD and Open Graph.

use scraper::node::Node;
use scraper::Html;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Meta {
    pub title: Option<String>,
    pub author: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub lang: Option<String>,
    /// The `<title>` element, which often repeats the headline beside the site's name.
    pub doc_title: Option<String>,
}

/// Candidates found in one pass, ranked later: JSON-LD and Open Graph describe the article
/// itself, `<title>` often carries the site name too.
#[derive(Default)]
struct Found {
    og_title: Option<String>,
    meta_title: Option<String>,
    ld_title: Option<String>,
    doc_title: Option<String>,
    h1: Option<String>,
    meta_author: Option<String>,
    ld_author: Option<String>,
    meta_date: Option<String>,
    ld_date: Option<String>,
    time_date: Option<String>,
    canonical: Option<String>,
    og_url: Option<String>,
    ld_url: Option<String>,
    html_lang: Option<String>,
    meta_lang: Option<String>,
}

pub fn extract(doc: &Html) -> Meta {
    let mut f = Found::default();
    for node in doc.tree.root().descendants() {
        let Node::Element(el) = node.value() else {
            continue;
        };
        match el.name() {
            "html" => set(&mut f.html_lang, el.attr("lang").or(el.attr("xml:lang"))),
            "title" if f.doc_title.is_none() => {
                f.doc_title = clean(&text_of(node));
            }
            "h1" if f.h1.is_none() => f.h1 = clean(&text_of(node)),
            "link" => {
                let rel = el.attr("rel").unwrap_or("").to_ascii_lowercase();
                if rel.split_whitespace().any(|r| r == "canonical") {
                    set(&mut f.canonical, el.attr("href"));
                }
            }
            "time" => set(&mut f.time_date, el.attr("datetime")),
            "script" => {
                let kind = el.attr("type").unwrap_or("").to_ascii_lowercase();
                if kind.trim() == "application/ld+json" {
                    json_ld(&text_of(node), &mut f);
                }
            }
            "meta" => {
                let key = el
                    .attr("property")
                    .or(el.attr("name"))
                    .or(el.attr("itemprop"))
                    .or(el.attr("http-equiv"))
                    .unwrap_or("")
                    .to_ascii_lowercase();
                let content = el.attr("content");
                match key.as_str() {
                    "og:title" | "twitter:title" => set(&mut f.og_title, content),
                    "title" | "headline" | "dc.title" | "sailthru.title" => {
                        set(&mut f.meta_title, content)
                    }
                    "author" | "article:author" | "dc.creator" | "byl" | "parsely-author"
                    | "sailthru.author"
                        // article:author is often a profile URL; a name is wanted.
                        if content.is_some_and(|c| !c.trim_start().starts_with("http")) =>
                    {
                        set(
                            &mut f.meta_author,
                            content.map(|c| c.trim_start_matches("By ")),
                        )
                    }
                    "article:published_time"
                    | "datepublished"
                    | "date"
                    | "dc.date"
                    | "dc.date.issued"
                    | "pubdate"
                    | "publishdate"
                    | "og:published_time"
                    | "parsely-pub-date"
                    | "sailthru.date" => set(&mut f.meta_date, content),
                    "og:url" => set(&mut f.og_url, content),
                    "og:locale" | "content-language" | "language" | "dc.language" => {
                        set(&mut f.meta_lang, content)
                    }
                    _ => {}
                }
            }
            _ => {}
        }
    }
    Meta {
        doc_title: f.doc_title.clone(),
        title: f
            .og_title
            .or(f.ld_title)
            .or(f.meta_title)
            .or(f.h1)
            .or(f.doc_title),
        author: f.ld_author.or(f.meta_author),
        date: f.ld_date.or(f.meta_date).or(f.time_date),
        url: f.canonical.or(f.og_url).or(f.ld_url),
        lang: f.html_lang.or(f.meta_lang).map(|l| l.replace('_', "-")),
    }
}

fn set(slot: &mut Option<String>, value: Option<&str>) {
    if slot.is_none() {
        *slot = value.and_then(clean);
    }
}

fn clean(s: &str) -> Option<String> {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

fn text_of(node: ego_tree::NodeRef<'_, Node>) -> String {
    let mut out = String::new();
    for d in node.descendants() {
        if let Node::Text(t) = d.value() {
            out.push_str(t);
        }
    }
    out
}

/// The article object of a JSON-LD block: the first node whose `@type` names an article or
/// a web page, searched through arrays and `@graph` without recursion.
fn json_ld(raw: &str, f: &mut Found) {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(raw.trim()) else {
        return;
    };
    let mut stack = vec![&value];
    let mut seen = 0;
    while let Some(v) = stack.pop() {
        seen += 1;
        if seen > 10_000 {
            break;
        }
        match v {
            serde_json::Value::Array(items) => stack.extend(items.iter().rev()),
            serde_json::Value::Object(map) => {
                if let Some(g) = map.get("@graph") {
                    stack.push(g);
                }
                if is_article_type(map.get("@type")) {
                    set(
                        &mut f.ld_title,
                        map.get("headline").and_then(|h| h.as_str()),
                    );
                    set(
                        &mut f.ld_date,
                        map.get("datePublished").and_then(|d| d.as_str()),
                    );
                    if f.ld_author.is_none() {
                        f.ld_author = map.get("author").and_then(person_names);
                    }
                    let url = map
                        .get("url")
                        .or_else(|| match map.get("mainEntityOfPage") {
                            Some(serde_json::Value::Object(m)) => m.get("@id"),
                            other => other,
                        });
                    set(&mut f.ld_url, url.and_then(|u| u.as_str()));
                }
            }
            _ => {}
        }
    }
}

fn is_article_type(t: Option<&serde_json::Value>) -> bool {
    let is = |s: &str| s.ends_with("Article") || s == "BlogPosting" || s == "Report";
    match t {
        Some(serde_json::Value::String(s)) => is(s),
        Some(serde_json::Value::Array(a)) => a.iter().filter_map(|v| v.as_str()).any(is),
        _ => false,
    }
}

/// `"author"` may be a string, a Person, or a list of either.
fn person_names(v: &serde_json::Value) -> Option<String> {
    let one = |v: &serde_json::Value| -> Option<String> {
        match v {
            serde_json::Value::String(s) => clean(s),
            serde_json::Value::Object(m) => m.get("name").and_then(|n| n.as_str()).and_then(clean),
            _ => None,
        }
    };
    match v {
        serde_json::Value::Array(items) => {
            let names: Vec<String> = items.iter().filter_map(one).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        other => one(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_ld_graph_author_list() {
        let page = r#"<html lang="en_GB"><head><title>Site | Story</title>
        <script type="application/ld+json">{"@graph":[{"@type":"WebSite","url":"https://x.example/"},
        {"@type":["NewsArticle"],"headline":"Story","datePublished":"2024-01-02",
         "author":[{"@type":"Person","name":"Ann Lee"},{"name":"Bo Chan"}],
         "mainEntityOfPage":{"@id":"https://x.example/story"}}]}</script></head><body></body></html>"#;
        let m = extract(&Html::parse_document(page));
        assert_eq!(m.title.as_deref(), Some("Story"));
        assert_eq!(m.author.as_deref(), Some("Ann Lee, Bo Chan"));
        assert_eq!(m.date.as_deref(), Some("2024-01-02"));
        assert_eq!(m.url.as_deref(), Some("https://x.example/story"));
        assert_eq!(m.lang.as_deref(), Some("en-GB"));
    }

    #[test]
    fn open_graph_and_meta() {
        let page = r#"<head><meta property="og:title" content="  The  Title "><meta name="author" content="By Jo Ray">
        <meta property="article:published_time" content="2020-05-06T07:08:09Z">
        <link rel="canonical" href="https://n.example/a"></head>"#;
        let m = extract(&Html::parse_document(page));
        assert_eq!(m.title.as_deref(), Some("The Title"));
        assert_eq!(m.author.as_deref(), Some("Jo Ray"));
        assert_eq!(m.date.as_deref(), Some("2020-05-06T07:08:09Z"));
        assert_eq!(m.url.as_deref(), Some("https://n.example/a"));
        assert_eq!(m.lang, None);
    }
}
