//! JSON articles: one object, an array of objects, or JSON Lines (one object per line).
//!
//! Each object needs a body under `text`, `content`, `body` or `articleBody`; the metadata keys
//! are those of front matter. A collection's articles are named `file.json#N` (N counts from 1),
//! and a broken item fails alone: the rest of the file still loads.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

use super::meta::{self, Meta};
use super::{html, Article};

/// One item of a JSON file: an article, or the reason it is not one.
pub type Item = (PathBuf, Result<Article, String>);

/// Parse `text` (the decoded file). `jsonl` selects line-by-line reading (`.jsonl` files).
pub fn load(path: &Path, text: &str, jsonl: bool) -> Result<Vec<Item>, String> {
    if jsonl {
        return Ok(lines(path, text));
    }
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Object(obj)) => Ok(vec![(path.to_path_buf(), article(path, &obj, None))]),
        Ok(Value::Array(items)) => {
            if items.is_empty() {
                return Err("the JSON array is empty: no article".into());
            }
            Ok(items
                .iter()
                .enumerate()
                .map(|(i, v)| {
                    let p = item_path(path, i + 1);
                    let r = match v {
                        Value::Object(obj) => article(&p, obj, Some(i + 1)),
                        other => Err(format!(
                            "item {} is {}, not an article object",
                            i + 1,
                            kind(other)
                        )),
                    };
                    (p, r)
                })
                .collect())
        }
        Ok(other) => Err(format!(
            "the file holds {}, not an article object",
            kind(&other)
        )),
        // Several top-level values one after another: JSON Lines saved as `.json`.
        Err(e) if e.is_syntax() && e.to_string().starts_with("trailing characters") => {
            Ok(lines(path, text))
        }
        Err(e) => Err(format!("invalid JSON: {}", json_error(&e))),
    }
}

/// JSON Lines: each non-blank line is one object, named by its line number.
fn lines(path: &Path, text: &str) -> Vec<Item> {
    let items: Vec<Item> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, line)| {
            let n = i + 1;
            let p = item_path(path, n);
            let r = match serde_json::from_str::<Value>(line) {
                Ok(Value::Object(obj)) => article(&p, &obj, Some(n)),
                Ok(other) => Err(format!(
                    "line {n} is {}, not an article object",
                    kind(&other)
                )),
                Err(e) => Err(format!("line {n}: invalid JSON ({})", strip_position(&e))),
            };
            (p, r)
        })
        .collect();
    if items.is_empty() {
        vec![(path.to_path_buf(), Err("no JSON object in the file".into()))]
    } else {
        items
    }
}

fn item_path(path: &Path, n: usize) -> PathBuf {
    let mut s = path.as_os_str().to_os_string();
    s.push(format!("#{n}"));
    PathBuf::from(s)
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn json_error(e: &serde_json::Error) -> String {
    format!(
        "{} at line {}, column {}",
        strip_position(e),
        e.line(),
        e.column()
    )
}

/// serde_json's message without its own " at line X column Y" suffix.
fn strip_position(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn article(path: &Path, obj: &Map<String, Value>, n: Option<usize>) -> Result<Article, String> {
    let which = n.map_or_else(String::new, |n| format!("item {n}: "));
    let body = meta::lookup(obj, meta::TEXT_KEYS)
        .ok_or_else(|| format!("{which}no \"text\", \"content\" or \"body\" field"))?;
    let raw = body_text(body).ok_or_else(|| format!("{which}the article body is not a string"))?;
    let m = Meta::from_map(obj);
    let mut text = raw;
    let mut html_title = None;
    if looks_like_html(&text) {
        let page = html::load(path, text.as_bytes())?;
        html_title = Some(page.title).filter(|t| !t.trim().is_empty());
        text = page.text;
    }
    let title = m
        .title
        .or(html_title)
        .unwrap_or_else(|| super::file_stem_title(path));
    Ok(Article {
        path: path.to_path_buf(),
        title,
        author: m.author,
        date: m.date,
        url: m.url,
        tags: m.tags,
        text,
    })
}

/// A string body, or an object wrapping one (WordPress's `{"rendered": "..."}` and the like), or
/// a list of paragraph strings.
fn body_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Object(m) => {
            meta::lookup(m, &["rendered", "text", "value", "html"]).and_then(body_text)
        }
        Value::Array(parts) => {
            let paras: Vec<String> = parts.iter().filter_map(body_text).collect();
            (!paras.is_empty()).then(|| paras.join("\n\n"))
        }
        _ => None,
    }
}

/// Bodies exported from web pages often carry their markup; those go through the HTML loader.
fn looks_like_html(s: &str) -> bool {
    let lower = s.get(..s.len().min(4096)).unwrap_or(s).to_ascii_lowercase();
    ["</p>", "<p>", "<br", "</div>", "<html", "</a>"]
        .iter()
        .any(|t| lower.contains(t))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(items: &[Item]) -> Vec<&Article> {
        items.iter().filter_map(|(_, r)| r.as_ref().ok()).collect()
    }

    #[test]
    fn one_object() {
        let items = load(
            Path::new("a.json"),
            r#"{"title": "T", "content": "Body.", "author": "A", "tags": ["x"]}"#,
            false,
        )
        .unwrap();
        let a = ok(&items);
        assert_eq!(a.len(), 1);
        assert_eq!(a[0].path, Path::new("a.json"));
        assert_eq!(a[0].title, "T");
        assert_eq!(a[0].text, "Body.");
        assert_eq!(a[0].author.as_deref(), Some("A"));
    }

    #[test]
    fn array_items_are_numbered_and_fail_alone() {
        let items = load(
            Path::new("many.json"),
            r#"[{"title": "One", "text": "1"}, {"title": "No body"}, 5, {"body": "3"}]"#,
            false,
        )
        .unwrap();
        assert_eq!(items.len(), 4);
        assert_eq!(items[0].0, Path::new("many.json#1"));
        assert!(items[1].1.as_ref().unwrap_err().contains("no \"text\""));
        assert!(items[2].1.as_ref().unwrap_err().contains("a number"));
        let third = items[3].1.as_ref().unwrap();
        assert_eq!(third.path, Path::new("many.json#4"));
        assert_eq!(third.title, "many (4)");
    }

    #[test]
    fn json_lines() {
        let text =
            "{\"title\": \"A\", \"text\": \"a\"}\n\n{broken\n{\"title\": \"C\", \"text\": \"c\"}\n";
        for (name, jsonl) in [("f.jsonl", true), ("f.json", false)] {
            let items = load(Path::new(name), text, jsonl);
            if !jsonl {
                // A .json file that is not one value reads as JSON Lines only when its first
                // value parsed; here the second line is broken, which is still "trailing".
                assert!(items.is_ok());
            }
            let items = items.unwrap();
            assert_eq!(items.len(), 3);
            assert_eq!(items[2].0, PathBuf::from(format!("{name}#4")));
            assert!(items[1]
                .1
                .as_ref()
                .unwrap_err()
                .starts_with("line 3: invalid JSON"));
        }
    }

    #[test]
    fn invalid_json_names_the_position() {
        let e = load(
            Path::new("x.json"),
            "{\"title\": \"T\",\n \"text\": }",
            false,
        )
        .unwrap_err();
        assert!(e.contains("line 2"), "{e}");
        assert!(load(Path::new("x.json"), "[]", false)
            .unwrap_err()
            .contains("empty"));
        assert!(load(Path::new("x.json"), "\"just a string\"", false)
            .unwrap_err()
            .contains("a string"));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert!(load(Path::new("x.json"), &deep, false).is_err());
        let deep_obj = format!(
            "{{\"text\": \"t\", \"x\": {}{}}}",
            "[".repeat(100_000),
            "]".repeat(100_000)
        );
        assert!(load(Path::new("x.json"), &deep_obj, false).is_err());
    }

    #[test]
    fn html_bodies_and_wrapped_bodies() {
        let items = load(
            Path::new("wp.json"),
            r#"{"title": {"rendered": "x"}, "content": {"rendered": "<p>First.</p><script>evil()</script><p>Second.</p>"}}"#,
            false,
        )
        .unwrap();
        let a = ok(&items);
        assert!(a[0].text.contains("First."));
        assert!(a[0].text.contains("Second."));
        assert!(!a[0].text.contains("evil"));
        assert!(!a[0].text.contains("<p>"));
        let items = load(
            Path::new("p.json"),
            r#"{"text": ["Para one.", "Para two."]}"#,
            false,
        )
        .unwrap();
        assert_eq!(ok(&items)[0].text, "Para one.\n\nPara two.");
    }
}
