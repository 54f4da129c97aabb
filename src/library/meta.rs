//! Article metadata (title, author, date, url, tags) picked out of a key/value map, whichever
//! format it came from: YAML or TOML front matter, or a JSON object.

use serde_json::{Map, Value};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    pub title: Option<String>,
    pub author: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub tags: Vec<String>,
}

const TITLE_KEYS: &[&str] = &["title", "headline"];
const AUTHOR_KEYS: &[&str] = &["author", "authors", "byline", "creator", "by"];
const DATE_KEYS: &[&str] = &[
    "date",
    "published",
    "publishedat",
    "publishdate",
    "pubdate",
    "datepublished",
    "publicationdate",
    "created",
    "createdat",
];
const URL_KEYS: &[&str] = &[
    "url",
    "link",
    "canonical",
    "canonicalurl",
    "permalink",
    "sourceurl",
];
const TAG_KEYS: &[&str] = &["tags", "keywords", "categories", "category", "topics"];
/// Keys that hold the article body in a JSON object.
pub const TEXT_KEYS: &[&str] = &["text", "content", "body", "articlebody"];

/// Keys compare without case, `_` or `-`: `published_at`, `publishedAt`, `Published-At` agree.
pub fn norm_key(k: &str) -> String {
    k.chars()
        .filter(|c| *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

/// The first value under any of `keys`, in the order of `keys`.
pub fn lookup<'a>(map: &'a Map<String, Value>, keys: &[&str]) -> Option<&'a Value> {
    keys.iter().find_map(|want| {
        map.iter()
            .find(|(k, v)| norm_key(k) == *want && !v.is_null())
            .map(|(_, v)| v)
    })
}

impl Meta {
    pub fn from_map(map: &Map<String, Value>) -> Meta {
        Meta {
            title: lookup(map, TITLE_KEYS).and_then(|v| match v {
                // WordPress's API wraps strings: `"title": {"rendered": "..."}`.
                Value::Object(m) => lookup(m, &["rendered", "text", "value"]).and_then(scalar),
                other => scalar(other),
            }),
            author: lookup(map, AUTHOR_KEYS).and_then(names),
            date: lookup(map, DATE_KEYS).and_then(scalar),
            url: lookup(map, URL_KEYS).and_then(url),
            tags: lookup(map, TAG_KEYS).map(tags).unwrap_or_default(),
        }
    }
}

/// A string, number or boolean as one trimmed line of text; `None` when empty or not a scalar.
pub fn scalar(v: &Value) -> Option<String> {
    let s = match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        _ => return None,
    };
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

/// One name, a list of names, or a person object (`{name: ...}`), as a comma-separated line.
fn names(v: &Value) -> Option<String> {
    let one = |v: &Value| match v {
        Value::Object(m) => lookup(m, &["name", "fullname", "displayname"]).and_then(scalar),
        other => scalar(other),
    };
    match v {
        Value::Array(items) => {
            let all: Vec<String> = items.iter().filter_map(one).collect();
            (!all.is_empty()).then(|| all.join(", "))
        }
        other => one(other),
    }
}

fn url(v: &Value) -> Option<String> {
    match v {
        Value::Object(m) => lookup(m, &["href", "url"]).and_then(scalar),
        other => scalar(other),
    }
}

/// A list of tags, or one string of comma-separated tags.
fn tags(v: &Value) -> Vec<String> {
    let items: Vec<String> = match v {
        Value::Array(items) => items
            .iter()
            .filter_map(|t| match t {
                Value::Object(m) => lookup(m, &["name", "label", "term"]).and_then(scalar),
                other => scalar(other),
            })
            .collect(),
        other => scalar(other)
            .map(|s| s.split(',').map(str::to_string).collect())
            .unwrap_or_default(),
    };
    let mut out: Vec<String> = Vec::new();
    for t in items {
        let t = t.trim().to_string();
        if !t.is_empty() && !out.contains(&t) {
            out.push(t);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn meta(v: Value) -> Meta {
        match v {
            Value::Object(m) => Meta::from_map(&m),
            _ => unreachable!("test input is an object"),
        }
    }

    #[test]
    fn plain_fields() {
        let m = meta(
            json!({"Title": " A  title ", "author": "Ann Lee", "date": "2024-03-05",
            "url": "https://example.org/a", "tags": ["x", "y", "x"]}),
        );
        assert_eq!(m.title.as_deref(), Some("A title"));
        assert_eq!(m.author.as_deref(), Some("Ann Lee"));
        assert_eq!(m.date.as_deref(), Some("2024-03-05"));
        assert_eq!(m.url.as_deref(), Some("https://example.org/a"));
        assert_eq!(m.tags, vec!["x", "y"]);
    }

    #[test]
    fn alternative_shapes() {
        let m = meta(json!({"headline": "H", "authors": [{"name": "A B"}, "C D"],
            "published_at": "2020-01-01", "keywords": "one, two,,three", "link": {"href": "u"}}));
        assert_eq!(m.title.as_deref(), Some("H"));
        assert_eq!(m.author.as_deref(), Some("A B, C D"));
        assert_eq!(m.date.as_deref(), Some("2020-01-01"));
        assert_eq!(m.tags, vec!["one", "two", "three"]);
        assert_eq!(m.url.as_deref(), Some("u"));
    }

    #[test]
    fn wrong_types_are_ignored_not_fatal() {
        let m = meta(json!({"title": {"nested": 1}, "author": [], "date": null, "tags": 7}));
        assert_eq!(m.title, None);
        assert_eq!(m.author, None);
        assert_eq!(m.date, None);
        assert_eq!(m.tags, vec!["7"]);
    }
}
