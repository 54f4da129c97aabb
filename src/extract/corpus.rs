//! Reading `*.bio.tsv` NER corpora into documents of plain text with gold mention spans.
//!
//! The corpora are Penn-Treebank tokenised; the runtime sees raw text. So each document is
//! rebuilt as text (the `# text =` line when the tokens align with it, else a detokenisation),
//! gold mentions become byte spans, and training projects them onto our own tokens. Gold is
//! normalised to the panel's convention: no leading "the", no person titles ("President",
//! "Gen.", "Mr."), no trailing possessive.

use std::path::Path;

use super::gazetteer::{self as gz};
use super::{Kind, Span};

#[derive(Debug, Clone)]
pub struct Doc {
    pub id: String,
    pub text: String,
    pub gold: Vec<(Span, Kind)>,
}

struct Sent {
    text: Option<String>,
    toks: Vec<(String, String)>,
}

/// Documents of one corpus file, in file order.
pub fn read_file(path: &Path) -> std::io::Result<Vec<Doc>> {
    let raw = std::fs::read_to_string(path)?;
    Ok(parse(&raw))
}

pub fn parse(raw: &str) -> Vec<Doc> {
    let mut docs: Vec<(String, Vec<Sent>)> = Vec::new();
    let mut cur = Sent {
        text: None,
        toks: Vec::new(),
    };
    let flush = |docs: &mut Vec<(String, Vec<Sent>)>, cur: &mut Sent| {
        if !cur.toks.is_empty() {
            if docs.is_empty() {
                docs.push(("doc".into(), Vec::new()));
            }
            let s = std::mem::replace(
                cur,
                Sent {
                    text: None,
                    toks: Vec::new(),
                },
            );
            if let Some(d) = docs.last_mut() {
                d.1.push(s);
            }
        }
    };
    for line in raw.lines() {
        if let Some(id) = line.strip_prefix("# doc = ") {
            flush(&mut docs, &mut cur);
            if docs.last().is_none_or(|d| d.0 != id) {
                docs.push((id.to_string(), Vec::new()));
            }
        } else if let Some(t) = line.strip_prefix("# text = ") {
            cur.text = Some(t.to_string());
        } else if line.starts_with('#') && !line.contains('\t') {
            continue;
        } else if line.trim().is_empty() {
            flush(&mut docs, &mut cur);
        } else if let Some((tok, tag)) = line.split_once('\t') {
            cur.toks.push((tok.to_string(), tag.trim().to_string()));
        }
    }
    flush(&mut docs, &mut cur);
    docs.into_iter()
        .map(|(id, sents)| build_doc(id, &sents))
        .collect()
}

fn build_doc(id: String, sents: &[Sent]) -> Doc {
    let mut text = String::new();
    let mut gold = Vec::new();
    for s in sents {
        let (stext, spans) = s
            .text
            .as_deref()
            .and_then(|t| align(t, &s.toks))
            .unwrap_or_else(|| detokenize(&s.toks));
        if !text.is_empty() {
            let ends = !s.toks.is_empty() && text.ends_with(['.', '!', '?', '"', '”', '\'']);
            text.push(if ends { ' ' } else { '\n' });
        }
        let base = text.len();
        text.push_str(&stext);
        let tags: Vec<&str> = s.toks.iter().map(|(_, t)| t.as_str()).collect();
        let words: Vec<&str> = s.toks.iter().map(|(w, _)| w.as_str()).collect();
        for (a, b, kind) in mentions(&tags, &words) {
            if let (Some(sa), Some(sb)) = (spans.get(a), spans.get(b - 1)) {
                gold.push((Span::new(base + sa.start, base + sb.end), kind));
            }
        }
    }
    Doc { id, text, gold }
}

/// Token index ranges and kinds of the normalised gold mentions of one sentence.
fn mentions(tags: &[&str], words: &[&str]) -> Vec<(usize, usize, Kind)> {
    let kind_of = |t: &str| match t.get(2..) {
        Some("PER") => Some(Kind::Person),
        Some("ORG") => Some(Kind::Organization),
        Some("LOC") => Some(Kind::Place),
        _ => None,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tags.len() {
        let Some(k) = kind_of(tags[i]) else {
            i += 1;
            continue;
        };
        let mut j = i + 1;
        while j < tags.len() && tags[j].starts_with("I-") && kind_of(tags[j]) == Some(k) {
            j += 1;
        }
        let mut a = i;
        let mut b = j;
        while a < b && is_stripped_lead(words[a], k) {
            a += 1;
        }
        while b > a && matches!(words[b - 1], "'s" | "’s" | "'" | "’") {
            b -= 1;
        }
        if a < b {
            // PTB tokenisation split an initial from its period ("Edward D" "." "Farr"), which
            // left the name in two pieces: join them again.
            let joined = k == Kind::Person
                && words.get(j) == Some(&".")
                && words[j - 1].len() == 1
                && kind_of(tags.get(j + 1).copied().unwrap_or("O")) == Some(k);
            if joined {
                let mut e = j + 2;
                while e < tags.len() && tags[e].starts_with("I-") && kind_of(tags[e]) == Some(k) {
                    e += 1;
                }
                out.push((a, e, k));
                i = e;
                continue;
            }
            out.push((a, b, k));
        }
        i = j;
    }
    out
}

/// Words dropped from the start of a mention: "the", and person titles.
pub fn is_stripped_lead(w: &str, k: Kind) -> bool {
    w.eq_ignore_ascii_case("the") || (k == Kind::Person && gz::word_has(w, gz::TITLE))
}

/// Byte spans of `toks` inside `text`, or None when they do not line up.
fn align(text: &str, toks: &[(String, String)]) -> Option<(String, Vec<Span>)> {
    let mut pos = 0;
    let mut spans = Vec::with_capacity(toks.len());
    for (t, _) in toks {
        let rest = text.get(pos..)?;
        let skip = rest.len() - rest.trim_start().len();
        pos += skip;
        if !text.get(pos..)?.starts_with(t.as_str()) {
            return None;
        }
        spans.push(Span::new(pos, pos + t.len()));
        pos += t.len();
    }
    Some((text.to_string(), spans))
}

/// Rebuild running text from PTB tokens.
fn detokenize(toks: &[(String, String)]) -> (String, Vec<Span>) {
    let mut out = String::new();
    let mut spans = Vec::with_capacity(toks.len());
    let mut no_space_next = true;
    let mut dq_open = false;
    for (t, _) in toks {
        let w: &str = match t.as_str() {
            "``" => "“",
            "''" => "”",
            "-LRB-" | "-LCB-" => "(",
            "-RRB-" | "-RCB-" => ")",
            "-LSB-" => "[",
            "-RSB-" => "]",
            other => other,
        };
        let lw = w.to_ascii_lowercase();
        let attach_left = matches!(
            w,
            "," | "." | ";" | ":" | "!" | "?" | ")" | "]" | "}" | "%" | "”" | "..."
        ) || matches!(
            lw.as_str(),
            "'s" | "n't" | "'re" | "'ve" | "'ll" | "'d" | "'m" | "'"
        ) || (w == "\"" && dq_open);
        let attach_right = matches!(w, "(" | "[" | "{" | "$" | "“") || (w == "\"" && !dq_open);
        if w == "\"" {
            dq_open = !dq_open;
        }
        if !out.is_empty() && !no_space_next && !attach_left {
            out.push(' ');
        }
        let start = out.len();
        out.push_str(w);
        spans.push(Span::new(start, out.len()));
        no_space_next = attach_right;
    }
    (out, spans)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rebuilds_text_and_normalises_gold() {
        let raw = "# doc = d1\nPresident\tB-PER\nBush\tI-PER\nvisited\tO\nthe\tB-LOC\nUnited\tI-LOC\nStates\tI-LOC\n's\tO\ncapital\tO\n,\tO\n``\tO\nhi\tO\n''\tO\n.\tO\n\n# doc = d2\n# text = Al Bin’ali, of Iraq\nAl\tB-PER\nBin’ali\tI-PER\n,\tO\nof\tO\nIraq\tB-LOC\n";
        let docs = parse(raw);
        assert_eq!(docs.len(), 2);
        let d = &docs[0];
        assert_eq!(
            d.text,
            "President Bush visited the United States's capital, “hi”."
        );
        let g: Vec<&str> = d
            .gold
            .iter()
            .map(|(s, _)| &d.text[s.start..s.end])
            .collect();
        assert_eq!(g, vec!["Bush", "United States"]);
        let d = &docs[1];
        let g: Vec<&str> = d
            .gold
            .iter()
            .map(|(s, _)| &d.text[s.start..s.end])
            .collect();
        assert_eq!(g, vec!["Al Bin’ali", "Iraq"]);
        let docs = parse("Edward\tB-PER\nD\tI-PER\n.\tO\nFarr\tB-PER\nleft\tO\n");
        let d = &docs[0];
        let g: Vec<&str> = d
            .gold
            .iter()
            .map(|(s, _)| &d.text[s.start..s.end])
            .collect();
        assert_eq!(g, vec!["Edward D. Farr"]);
    }
}
