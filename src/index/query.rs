//! The search box's language: `person:"Scaparrotti"`, `org:ISIS`, `place:Brussels`,
//! `said:"European Command"` (articles quoting them), `name:X` (any kind), plain words and
//! `"quoted phrases"`, all combined with AND.

use std::collections::{BTreeMap, HashMap};

use super::names::{NameTable, RowKind, Target};
use super::{words, Hit, Index, QuoteHit, SearchResult};
use crate::extract::{Analysis, Span};

/// Hits kept per article: enough to step through with `n`, bounded for pathological texts.
const MAX_HITS: usize = 500;
/// Bytes of context on each side of a hit.
const CONTEXT: usize = 60;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Term {
    /// Articles mentioning a name of one of these kinds (any kind when empty).
    Name { kinds: Vec<RowKind>, value: String },
    /// Articles quoting a speaker.
    Said(String),
    /// Articles containing a word.
    Word(String),
    /// Articles containing these words in a row.
    Phrase(Vec<String>),
}

/// A query the user must rephrase (the command line exits with status 2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueryError(pub String);

impl std::fmt::Display for QueryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for QueryError {}

fn field(key: &str) -> Option<Option<Vec<RowKind>>> {
    Some(match key.to_lowercase().as_str() {
        "person" | "people" | "who" => Some(vec![RowKind::Person]),
        "org" | "organization" | "organisation" => Some(vec![RowKind::Organization]),
        "place" | "loc" | "location" | "where" => Some(vec![RowKind::Place]),
        "name" | "entity" => Some(Vec::new()),
        "said" | "speaker" | "by" => None,
        _ => return None,
    })
}

/// Split a query into terms. Quotes group words; an unclosed quote runs to the end.
pub fn parse_query(q: &str) -> Result<Vec<Term>, QueryError> {
    let mut terms = Vec::new();
    let mut rest = q.trim_start();
    while !rest.is_empty() {
        // A `key:` prefix, when the key is one we know.
        let mut fieldspec = None;
        if let Some(colon) = rest.find(':') {
            let key = &rest[..colon];
            if !key.is_empty() && key.chars().all(|c| c.is_alphabetic()) {
                if let Some(f) = field(key) {
                    fieldspec = Some(f);
                    rest = &rest[colon + 1..];
                }
            }
        }
        let (value, quoted, next) = take_value(rest);
        rest = next.trim_start();
        let value = value.trim();
        match fieldspec {
            Some(_) if value.is_empty() => {
                return Err(QueryError(
                    "a field needs a value, e.g. person:\"Curtis Scaparrotti\"".into(),
                ))
            }
            Some(Some(kinds)) => terms.push(Term::Name {
                kinds,
                value: value.to_string(),
            }),
            Some(None) => terms.push(Term::Said(value.to_string())),
            None => {
                let ws: Vec<String> = words::spans(value)
                    .map(|(s, e)| words::fold(&value[s..e]))
                    .collect();
                if quoted && ws.len() > 1 {
                    terms.push(Term::Phrase(ws));
                } else {
                    terms.extend(ws.into_iter().map(Term::Word));
                }
            }
        }
    }
    if terms.is_empty() {
        return Err(QueryError("empty query".into()));
    }
    Ok(terms)
}

/// The next value: a quoted string (curly or straight quotes) or a run up to whitespace.
fn take_value(s: &str) -> (&str, bool, &str) {
    let mut chars = s.char_indices();
    match chars.next() {
        Some((_, open @ ('"' | '“'))) => {
            let body = &s[open.len_utf8()..];
            match body.find(['"', '”']) {
                Some(end) => {
                    let close = body[end..].chars().next().map_or(1, char::len_utf8);
                    (&body[..end], true, &body[end + close..])
                }
                None => (body, true, ""),
            }
        }
        Some(_) => {
            let end = s.find(char::is_whitespace).unwrap_or(s.len());
            (&s[..end], false, &s[end..])
        }
        None => ("", false, ""),
    }
}

/// What to highlight in an article for one term.
#[derive(Debug, Clone)]
enum Probe {
    Mentions(Target),
    Quotes(Target),
    Words(Vec<String>),
    Phrase(Vec<String>),
}

/// One term resolved against the index: the articles it can match, with what to look for.
pub(super) struct Resolved {
    articles: BTreeMap<usize, Vec<Probe>>,
    /// Word terms name candidate articles that must be confirmed in the text.
    needs_text_check: bool,
}

impl Resolved {
    pub(super) fn rows(table: &NameTable, rows: &[usize], said: bool) -> Resolved {
        let mut articles: BTreeMap<usize, Vec<Probe>> = BTreeMap::new();
        for &r in rows {
            for p in table.postings.get(r).map_or(&[][..], Vec::as_slice) {
                let probe = if said {
                    if p.quotes == 0 {
                        continue;
                    }
                    Probe::Quotes(p.target.clone())
                } else {
                    Probe::Mentions(p.target.clone())
                };
                articles.entry(p.article as usize).or_default().push(probe);
            }
        }
        Resolved {
            articles,
            needs_text_check: false,
        }
    }
}

fn resolve(index: &Index, term: &Term) -> anyhow::Result<Resolved> {
    Ok(match term {
        Term::Name { kinds, value } => {
            let t = index.names()?;
            Resolved::rows(t, &t.matching(value, kinds), false)
        }
        Term::Said(value) => {
            let t = index.names()?;
            Resolved::rows(t, &t.matching(value, &[]), true)
        }
        Term::Word(w) => by_words(
            index,
            std::slice::from_ref(w),
            Probe::Words(vec![w.clone()]),
        )?,
        Term::Phrase(ws) => by_words(index, ws, Probe::Phrase(ws.clone()))?,
    })
}

fn by_words(index: &Index, ws: &[String], probe: Probe) -> anyhow::Result<Resolved> {
    let bytes = index.words()?;
    let mut files: Option<Vec<u32>> = None;
    for w in ws {
        let ids = words::lookup(bytes, w)
            .ok_or_else(|| anyhow::anyhow!("the word index is damaged; run `byline index`"))?;
        files = Some(match files {
            None => ids,
            Some(prev) => intersect(&prev, &ids),
        });
    }
    let mut articles = BTreeMap::new();
    for f in files.unwrap_or_default() {
        for &a in index.articles_of_file(f) {
            articles.insert(a, vec![probe.clone()]);
        }
    }
    Ok(Resolved {
        articles,
        needs_text_check: true,
    })
}

fn intersect(a: &[u32], b: &[u32]) -> Vec<u32> {
    let (mut i, mut j, mut out) = (0, 0, Vec::new());
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

pub(super) fn search(index: &Index, q: &str) -> anyhow::Result<Vec<SearchResult>> {
    let terms = parse_query(q)?;
    let resolved = terms
        .iter()
        .map(|t| resolve(index, t))
        .collect::<anyhow::Result<Vec<_>>>()?;
    run_terms(index, &resolved)
}

/// Articles every term matches, each with the hits of all terms, newest first.
pub(super) fn run_terms(index: &Index, terms: &[Resolved]) -> anyhow::Result<Vec<SearchResult>> {
    let Some(first) = terms.first() else {
        return Ok(Vec::new());
    };
    // Start from the smallest set.
    let mut order: Vec<&Resolved> = terms.iter().collect();
    order.sort_by_key(|r| r.articles.len());
    let mut ids: Vec<usize> = order[0].articles.keys().copied().collect();
    for r in &order[1..] {
        ids.retain(|a| r.articles.contains_key(a));
    }
    let _ = first;
    let loaded = index.load_many(&ids);
    let mut out = Vec::with_capacity(loaded.len());
    for (id, l) in loaded {
        let mut hits: Vec<Span> = Vec::new();
        let mut every_term_seen = true;
        for r in terms {
            let probes = r.articles.get(&id).map_or(&[][..], Vec::as_slice);
            let before = hits.len();
            for p in probes {
                probe_spans(&l.article.text, &l.analysis, p, &mut hits);
            }
            if r.needs_text_check && hits.len() == before {
                every_term_seen = false;
            }
        }
        if !every_term_seen {
            continue;
        }
        hits.sort();
        hits.dedup();
        hits.truncate(MAX_HITS);
        let Some(entry) = index.articles().get(id) else {
            continue;
        };
        out.push((
            entry.when,
            SearchResult {
                article: id,
                path: l.article.path.clone(),
                title: entry.title.clone(),
                date: entry.date.clone(),
                when: entry.when,
                hits: hits
                    .into_iter()
                    .map(|s| Hit {
                        start: s.start,
                        end: s.end,
                        snippet: snippet(&l.article.text, s),
                    })
                    .collect(),
            },
        ));
    }
    out.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.path.cmp(&b.1.path)));
    Ok(out.into_iter().map(|(_, r)| r).collect())
}

fn quote_targets<'a>(a: &'a Analysis, t: &'a Target) -> impl Iterator<Item = usize> + 'a {
    a.quotes.iter().enumerate().filter_map(move |(i, q)| {
        let s = q.speaker.as_ref()?;
        let hit = match t {
            Target::Entity(e) => s.entity == Some(*e as usize),
            Target::Speaker(label) => {
                s.name == *label && s.entity.is_none_or(|e| e >= a.entities.len())
            }
        };
        hit.then_some(i)
    })
}

fn probe_spans(text: &str, a: &Analysis, p: &Probe, out: &mut Vec<Span>) {
    let valid = |s: &Span| {
        s.start < s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    match p {
        Probe::Mentions(Target::Entity(e)) => {
            if let Some(ent) = a.entities.get(*e as usize) {
                out.extend(ent.mentions.iter().copied().filter(valid));
            }
        }
        Probe::Mentions(t @ Target::Speaker(_)) | Probe::Quotes(t) => {
            out.extend(
                quote_targets(a, t)
                    .filter_map(|i| a.quotes.get(i).map(|q| q.span()))
                    .filter(valid),
            );
        }
        Probe::Words(ws) => {
            out.extend(
                words::spans(text)
                    .filter(|(s, e)| ws.iter().any(|w| words::fold(&text[*s..*e]) == *w))
                    .map(|(s, e)| Span::new(s, e)),
            );
        }
        Probe::Phrase(ws) => {
            let spans: Vec<(usize, usize)> = words::spans(text).collect();
            if ws.is_empty() {
                return;
            }
            for win in spans.windows(ws.len()) {
                if win
                    .iter()
                    .zip(ws)
                    .all(|((s, e), w)| words::fold(&text[*s..*e]) == *w)
                {
                    out.push(Span::new(win[0].0, win[win.len() - 1].1));
                }
            }
        }
    }
}

/// The hit with some words either side, on one line.
pub fn snippet(text: &str, s: Span) -> String {
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let s = Span::new(floor(s.start), floor(s.end.max(s.start)));
    let mut start = s.start.saturating_sub(CONTEXT);
    while start > 0 && !text.is_char_boundary(start) {
        start -= 1;
    }
    let mut end = (s.end + CONTEXT).min(text.len());
    while end < text.len() && !text.is_char_boundary(end) {
        end += 1;
    }
    // Cut at word boundaries so the snippet does not start or end mid-word.
    if start > 0 {
        if let Some(sp) = text[start..s.start].find(char::is_whitespace) {
            start += sp;
        }
    }
    if end < text.len() {
        if let Some(sp) = text[s.end..end].rfind(char::is_whitespace) {
            end = s.end + sp;
        }
    }
    let body = text[start..end]
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    format!(
        "{}{}{}",
        if start > 0 { "…" } else { "" },
        body,
        if end < text.len() { "…" } else { "" }
    )
}

pub(super) fn quotes_of_rows(index: &Index, rows: &[usize]) -> anyhow::Result<Vec<QuoteHit>> {
    let table = index.names()?;
    let mut wanted: BTreeMap<usize, Vec<(Target, usize)>> = BTreeMap::new();
    for &r in rows {
        for p in table.postings.get(r).map_or(&[][..], Vec::as_slice) {
            if p.quotes > 0 {
                wanted
                    .entry(p.article as usize)
                    .or_default()
                    .push((p.target.clone(), r));
            }
        }
    }
    let ids: Vec<usize> = wanted.keys().copied().collect();
    let mut out: Vec<(i64, QuoteHit)> = Vec::new();
    let loaded: HashMap<usize, super::Loaded> = index.load_many(&ids).into_iter().collect();
    for id in ids {
        let (Some(l), Some(entry)) = (loaded.get(&id), index.articles().get(id)) else {
            continue;
        };
        let mut seen = Vec::new();
        for (t, r) in wanted.get(&id).map_or(&[][..], Vec::as_slice) {
            for qi in quote_targets(&l.analysis, t) {
                if seen.contains(&qi) {
                    continue;
                }
                seen.push(qi);
                let Some(q) = l.analysis.quotes.get(qi) else {
                    continue;
                };
                out.push((
                    entry.when,
                    QuoteHit {
                        article: id,
                        path: l.article.path.clone(),
                        title: entry.title.clone(),
                        date: entry.date.clone(),
                        when: entry.when,
                        text: q.text.clone(),
                        speaker: table.rows.get(*r).map_or_else(
                            || {
                                q.speaker
                                    .as_ref()
                                    .map(|s| s.name.clone())
                                    .unwrap_or_default()
                            },
                            |row| row.name.clone(),
                        ),
                        start: q.start,
                        end: q.end,
                    },
                ));
            }
        }
    }
    out.sort_by(|a, b| {
        b.0.cmp(&a.0)
            .then_with(|| a.1.path.cmp(&b.1.path))
            .then_with(|| a.1.start.cmp(&b.1.start))
    });
    Ok(out.into_iter().map(|(_, q)| q).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_fields_quotes_and_words() {
        let t = parse_query(r#"person:"Curtis Scaparrotti" org:ISIS said:“European Command” Brussels "travel networks" x:y"#)
            .expect("parses");
        assert_eq!(
            t,
            vec![
                Term::Name {
                    kinds: vec![RowKind::Person],
                    value: "Curtis Scaparrotti".into()
                },
                Term::Name {
                    kinds: vec![RowKind::Organization],
                    value: "ISIS".into()
                },
                Term::Said("European Command".into()),
                Term::Word("brussels".into()),
                Term::Phrase(vec!["travel".into(), "networks".into()]),
                Term::Word("x".into()),
                Term::Word("y".into()),
            ]
        );
    }

    #[test]
    fn rejects_empty_queries_and_fields() {
        assert!(parse_query("   ").is_err());
        assert!(parse_query("person:").is_err());
        assert!(parse_query("\"").is_err());
        assert!(parse_query("person:\"unclosed value").is_ok());
    }

    #[test]
    fn snippet_keeps_char_boundaries_and_one_line() {
        let text = "Első sor.\n\nA “quoted” word in Brüssel, and then — much more text follows here to cut.";
        let start = text.find("Brüssel").expect("found");
        let s = snippet(text, Span::new(start, start + "Brüssel".len()));
        assert!(s.contains("Brüssel"));
        assert!(!s.contains('\n'));
        for i in 0..text.len() {
            let _ = snippet(text, Span::new(i, (i + 3).min(text.len())));
        }
    }
}
