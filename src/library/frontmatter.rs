//! Front matter: a YAML (`---`) or TOML (`+++`) block at the top of a Markdown or text file.
//!
//! Malformed front matter never loses the article: the body still loads and the problem comes
//! back as a warning.

use serde_json::{Map, Value};
use yaml_rust2::parser::{Event, Parser};

use super::meta::Meta;

/// Front matter longer than this is not front matter; the fence search stops there, which also
/// bounds the work a hostile block can cause.
const MAX_FRONT_MATTER_BYTES: usize = 64 * 1024;
/// Nesting deeper than this in front matter is refused (metadata is flat in practice).
const MAX_DEPTH: usize = 32;

#[derive(Debug, Default)]
pub struct Split<'a> {
    pub meta: Meta,
    pub body: &'a str,
    pub warning: Option<String>,
}

/// Separate front matter from the body. `text` has `\n` line ends.
pub fn split(text: &str) -> Split<'_> {
    let first_end = text.find('\n').unwrap_or(text.len());
    let first = text[..first_end].trim_end();
    let (kind, closers): (Kind, &[&str]) = match first {
        "---" => (Kind::Yaml, &["---", "..."]),
        "+++" => (Kind::Toml, &["+++"]),
        _ => {
            return Split {
                body: text,
                ..Split::default()
            }
        }
    };
    let block_start = (first_end + 1).min(text.len());
    let Some((block_end, body_start)) = find_closer(text, block_start, closers) else {
        return Split {
            body: text,
            warning: Some(format!(
                "front matter opened with {first} on line 1 is never closed; the file is read as text"
            )),
            ..Split::default()
        };
    };
    let block = &text[block_start..block_end];
    let body = &text[body_start..];
    let parsed = match kind {
        Kind::Yaml => parse_yaml(block),
        Kind::Toml => parse_toml(block),
    };
    match parsed {
        Ok(map) => Split {
            meta: Meta::from_map(&map),
            body,
            warning: None,
        },
        Err(e) => Split {
            body,
            warning: Some(format!(
                "malformed {} front matter ({e}); its metadata is ignored",
                kind.name()
            )),
            ..Split::default()
        },
    }
}

#[derive(Clone, Copy)]
enum Kind {
    Yaml,
    Toml,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Yaml => "YAML",
            Kind::Toml => "TOML",
        }
    }
}

/// The closing fence line: (end of the block, start of the body).
fn find_closer(text: &str, from: usize, closers: &[&str]) -> Option<(usize, usize)> {
    let mut pos = from;
    while pos < text.len() && pos - from <= MAX_FRONT_MATTER_BYTES {
        let end = text[pos..].find('\n').map_or(text.len(), |n| pos + n);
        if closers.contains(&text[pos..end].trim_end()) {
            return Some((pos, (end + 1).min(text.len())));
        }
        pos = end + 1;
    }
    None
}

fn parse_toml(block: &str) -> Result<Map<String, Value>, String> {
    let table: toml::Table = block.parse().map_err(|e: toml::de::Error| {
        // The crate's message spans several lines with a source excerpt; the first is enough.
        let msg = e
            .message()
            .lines()
            .next()
            .unwrap_or("invalid TOML")
            .to_string();
        match e.span() {
            Some(span) => format!("line {}: {msg}", line_of(block, span.start)),
            None => msg,
        }
    })?;
    Ok(table
        .into_iter()
        .map(|(k, v)| (k, toml_to_json(v, 0)))
        .collect())
}

fn line_of(s: &str, byte: usize) -> usize {
    // The block starts on line 2 of the file.
    s.as_bytes()[..byte.min(s.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 2
}

fn toml_to_json(v: toml::Value, depth: usize) -> Value {
    if depth > MAX_DEPTH {
        return Value::Null;
    }
    match v {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => Value::String(f.to_string()),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => {
            Value::Array(a.into_iter().map(|v| toml_to_json(v, depth + 1)).collect())
        }
        toml::Value::Table(t) => Value::Object(
            t.into_iter()
                .map(|(k, v)| (k, toml_to_json(v, depth + 1)))
                .collect(),
        ),
    }
}

/// A node under construction while walking YAML events.
enum Node {
    Seq(Vec<Value>),
    Map(Map<String, Value>, Option<String>),
}

/// YAML through the event parser, building plain values. Aliases are not expanded (they become
/// null), so a "billion laughs" block costs nothing.
fn parse_yaml(block: &str) -> Result<Map<String, Value>, String> {
    let mut parser = Parser::new_from_str(block);
    let mut stack: Vec<Node> = Vec::new();
    let mut root: Option<Value> = None;
    loop {
        let (event, mark) = parser
            .next_token()
            .map_err(|e| format!("line {}: {}", e.marker().line() + 1, e.info()))?;
        let value = match event {
            Event::StreamEnd => break,
            Event::Scalar(s, style, _, _) => Some(yaml_scalar(s, style)),
            Event::Alias(_) => Some(Value::Null),
            Event::SequenceStart(..) | Event::MappingStart(..) => {
                if stack.len() >= MAX_DEPTH {
                    return Err(format!("line {}: nested too deeply", mark.line() + 1));
                }
                stack.push(if matches!(event, Event::SequenceStart(..)) {
                    Node::Seq(Vec::new())
                } else {
                    Node::Map(Map::new(), None)
                });
                None
            }
            Event::SequenceEnd | Event::MappingEnd => match stack.pop() {
                Some(Node::Seq(items)) => Some(Value::Array(items)),
                Some(Node::Map(map, _)) => Some(Value::Object(map)),
                None => None,
            },
            _ => None,
        };
        let Some(value) = value else { continue };
        match stack.last_mut() {
            Some(Node::Seq(items)) => items.push(value),
            Some(Node::Map(map, key)) => match key.take() {
                Some(k) => {
                    map.insert(k, value);
                }
                None => *key = Some(key_text(&value)),
            },
            None => {
                // Only the first document counts.
                if root.is_none() {
                    root = Some(value);
                }
            }
        }
    }
    match root {
        Some(Value::Object(map)) => Ok(map),
        None | Some(Value::Null) => Ok(Map::new()),
        Some(_) => Err("it is not a list of `key: value` lines".into()),
    }
}

fn key_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Plain scalars follow YAML's core schema for null and booleans; numbers and dates stay text,
/// which is what the metadata wants anyway.
fn yaml_scalar(s: String, style: yaml_rust2::scanner::TScalarStyle) -> Value {
    use yaml_rust2::scanner::TScalarStyle;
    if style == TScalarStyle::Plain {
        match s.as_str() {
            "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
            "true" | "True" | "TRUE" => return Value::Bool(true),
            "false" | "False" | "FALSE" => return Value::Bool(false),
            _ => {}
        }
    }
    Value::String(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_front_matter() {
        let s = split(
            "---\ntitle: \"Quoted: title\"\nauthor: Ann Lee\ndate: 2024-03-05\ntags: [a, b]\n---\nBody\n",
        );
        assert_eq!(s.meta.title.as_deref(), Some("Quoted: title"));
        assert_eq!(s.meta.author.as_deref(), Some("Ann Lee"));
        assert_eq!(s.meta.date.as_deref(), Some("2024-03-05"));
        assert_eq!(s.meta.tags, vec!["a", "b"]);
        assert_eq!(s.body, "Body\n");
        assert!(s.warning.is_none());
    }

    #[test]
    fn yaml_block_lists_and_multiline_strings() {
        let s = split("---\ntitle: >\n  Folded\n  title\ntags:\n  - one\n  - two\n...\nBody");
        assert_eq!(s.meta.title.as_deref(), Some("Folded title"));
        assert_eq!(s.meta.tags, vec!["one", "two"]);
        assert_eq!(s.body, "Body");
    }

    #[test]
    fn toml_front_matter() {
        let s = split(
            "+++\ntitle = \"T\"\ndate = 2024-03-05T10:00:00Z\ntags = [\"x\"]\n[extra]\nk = 1\n+++\n\nBody",
        );
        assert_eq!(s.meta.title.as_deref(), Some("T"));
        assert_eq!(s.meta.date.as_deref(), Some("2024-03-05T10:00:00Z"));
        assert_eq!(s.meta.tags, vec!["x"]);
        assert_eq!(s.body, "\nBody");
    }

    #[test]
    fn malformed_yaml_keeps_the_body() {
        let s = split("---\ntitle: [unclosed\nauthor: x\n---\nBody");
        assert_eq!(s.body, "Body");
        assert_eq!(s.meta, Meta::default());
        let w = s.warning.unwrap();
        assert!(w.contains("malformed YAML front matter"), "{w}");
    }

    #[test]
    fn malformed_toml_names_the_line() {
        let s = split("+++\ntitle = \"ok\"\nauthor = = x\n+++\nBody");
        assert_eq!(s.body, "Body");
        let w = s.warning.unwrap();
        assert!(w.contains("malformed TOML front matter (line 3"), "{w}");
    }

    #[test]
    fn yaml_that_is_not_a_mapping() {
        let s = split("---\n- just\n- a list\n---\nBody");
        assert!(s.warning.unwrap().contains("key: value"));
        assert_eq!(s.body, "Body");
    }

    #[test]
    fn unclosed_front_matter_reads_as_text() {
        let text = "---\ntitle: x\nno closing fence";
        let s = split(text);
        assert_eq!(s.body, text);
        assert!(s.warning.unwrap().contains("never closed"));
    }

    #[test]
    fn no_front_matter() {
        let s = split("Title\n\nBody --- with dashes\n---\n");
        assert_eq!(s.body, "Title\n\nBody --- with dashes\n---\n");
        assert!(s.warning.is_none());
    }

    #[test]
    fn empty_front_matter_is_fine() {
        let s = split("---\n---\nBody");
        assert_eq!(s.body, "Body");
        assert!(s.warning.is_none());
    }

    #[test]
    fn aliases_are_not_expanded() {
        let mut y = String::from("---\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for i in 0..20 {
            let prev = if i == 0 {
                "a".to_string()
            } else {
                format!("l{}", i - 1)
            };
            y.push_str(&format!("l{i}: &l{i} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]\n"));
        }
        y.push_str("title: Laughs\n---\nBody");
        let s = split(&y);
        assert_eq!(s.meta.title.as_deref(), Some("Laughs"));
    }

    #[test]
    fn deep_nesting_is_refused_not_a_crash() {
        let y = format!(
            "---\ntitle: {}{}\n---\nBody",
            "[".repeat(10_000),
            "]".repeat(10_000)
        );
        let s = split(&y);
        assert_eq!(s.body, "Body");
        assert!(s.warning.is_some());
        let t = format!(
            "+++\ntitle = {}{}\n+++\nBody",
            "[".repeat(10_000),
            "]".repeat(10_000)
        );
        let s = split(&t);
        assert_eq!(s.body, "Body");
    }

    #[test]
    fn oversized_front_matter_is_not_searched_forever() {
        let y = format!("---\n{}---\nBody", "k: v\n".repeat(20_000));
        let s = split(&y);
        assert!(s.warning.unwrap().contains("never closed"));
    }
}
