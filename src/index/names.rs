//! The library-wide name table: every entity and speaker, merged across articles the way the
//! extractor merges aliases inside one, with the articles and quotes behind each row; plus name
//! matching for queries and fuzzy matching for the search popup.
//!
//! Merging is deliberately conservative. Full names and distinctive aliases (multi-word names,
//! acronyms) join rows directly. A bare surname joins a full name only when exactly one full name
//! in the whole library ends in it, so "Scaparrotti" finds "Curtis Scaparrotti" while "Smith"
//! stays apart from both "John Smith" and "Jane Smith".

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::store::Digest;
use crate::extract::wordlists::TITLES;
use crate::extract::Kind;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RowKind {
    Person,
    Organization,
    Place,
    /// A speaker the extractor could not tie to an entity ("a Pentagon spokesman").
    Speaker,
}

impl RowKind {
    pub fn label(self) -> &'static str {
        match self {
            RowKind::Person => "person",
            RowKind::Organization => "organization",
            RowKind::Place => "place",
            RowKind::Speaker => "speaker",
        }
    }

    pub fn of(kind: Kind) -> RowKind {
        match kind {
            Kind::Person => RowKind::Person,
            Kind::Organization => RowKind::Organization,
            Kind::Place => RowKind::Place,
        }
    }
}

/// One row of the popup.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    pub name: String,
    pub kind: RowKind,
    /// Surface forms across the library, most frequent first (the name included).
    pub aliases: Vec<String>,
    /// Articles mentioning or quoting it.
    pub articles: u32,
    /// Quotes attributed to it across the library.
    pub quotes: u32,
}

/// What inside an article a row refers to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Target {
    /// Index into the article's `Analysis::entities`.
    Entity(u32),
    /// Quotes whose unresolved speaker carries this label.
    Speaker(String),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Posting {
    pub article: u32,
    pub target: Target,
    pub mentions: u32,
    pub quotes: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NameTable {
    pub rows: Vec<Row>,
    /// Parallel to `rows`, sorted by article.
    pub postings: Vec<Vec<Posting>>,
}

/// Words after a name that are not part of who someone is. (Titles before a name are the
/// extractor's: `wordlists::TITLES`.)
const SUFFIXES: &[&str] = &["jr", "sr"];

/// Lower case, straight apostrophes, no leading "the", no trailing possessive, single spaces.
pub fn norm(name: &str) -> String {
    let lower = name.to_lowercase().replace(['’', '‘'], "'");
    let mut words: Vec<&str> = lower.split_whitespace().collect();
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    let mut s = words.join(" ");
    for suffix in ["'s", "'"] {
        if s.len() > suffix.len() + 1 && s.ends_with(suffix) {
            s.truncate(s.len() - suffix.len());
            break;
        }
    }
    s
}

/// A person's name without titles and punctuation: ["curtis", "scaparrotti"].
fn person_core(name: &str) -> Vec<String> {
    let n = norm(name);
    let mut words: Vec<String> = n
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                .to_string()
        })
        .filter(|w| !w.is_empty())
        .collect();
    while words.len() > 1 && TITLES.contains(&words[0].trim_end_matches('.')) {
        words.remove(0);
    }
    while words.len() > 1 && SUFFIXES.contains(&words[words.len() - 1].trim_end_matches('.')) {
        words.pop();
    }
    words
}

fn is_acronym(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && s.chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '.' || c == '&')
}

/// The key a name is merged under, per kind.
fn key(kind: RowKind, name: &str) -> String {
    match kind {
        RowKind::Person => person_core(name).join(" "),
        _ => norm(name),
    }
}

/// Whether sharing this alias is evidence enough that two entities are one.
fn distinctive(kind: RowKind, alias: &str) -> bool {
    match kind {
        RowKind::Person => person_core(alias).len() >= 2,
        _ => norm(alias).split_whitespace().count() >= 2 || is_acronym(alias.trim()),
    }
}

struct Nodes {
    ids: HashMap<(RowKind, String), usize>,
    parent: Vec<usize>,
    kinds: Vec<RowKind>,
}

impl Nodes {
    fn node(&mut self, kind: RowKind, key: String) -> usize {
        let next = self.parent.len();
        let id = *self.ids.entry((kind, key)).or_insert(next);
        if id == next {
            self.parent.push(next);
            self.kinds.push(kind);
        }
        id
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            // The smaller id wins so the result does not depend on hash order.
            let (lo, hi) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[hi] = lo;
        }
    }
}

/// Build the table from every article's digest (index = article id).
pub fn build(digests: &[Digest]) -> NameTable {
    let mut nodes = Nodes {
        ids: HashMap::new(),
        parent: Vec::new(),
        kinds: Vec::new(),
    };
    // Pass 1: every entity's node, joined with its distinctive aliases.
    let mut entity_node: Vec<Vec<usize>> = Vec::with_capacity(digests.len());
    for d in digests {
        let mut per = Vec::with_capacity(d.entities.len());
        for e in &d.entities {
            let kind = e.kind;
            let k = key(kind, &e.name);
            let main = nodes.node(kind, if k.is_empty() { norm(&e.name) } else { k });
            for a in &e.aliases {
                if distinctive(kind, a) {
                    let ak = key(kind, a);
                    if !ak.is_empty() {
                        let n = nodes.node(kind, ak);
                        nodes.union(main, n);
                    }
                }
            }
            per.push(main);
        }
        entity_node.push(per);
    }
    // Pass 2: a bare surname joins the only full name that carries it.
    let mut by_surname: HashMap<String, Vec<usize>> = HashMap::new();
    let person_keys: Vec<(String, usize)> = nodes
        .ids
        .iter()
        .filter(|((k, _), _)| *k == RowKind::Person)
        .map(|((_, s), &id)| (s.clone(), id))
        .collect();
    for (k, id) in &person_keys {
        let words: Vec<&str> = k.split(' ').collect();
        if words.len() >= 2 {
            let root = nodes.find(*id);
            let v = by_surname
                .entry(words[words.len() - 1].to_string())
                .or_default();
            if !v.contains(&root) {
                v.push(root);
            }
        }
    }
    for (k, id) in &person_keys {
        if !k.contains(' ') {
            if let Some([only]) = by_surname.get(k).map(Vec::as_slice) {
                nodes.union(*id, *only);
            }
        }
    }
    // Pass 3: unresolved speakers join an entity row they name unambiguously.
    let mut speaker_node: Vec<Vec<usize>> = Vec::with_capacity(digests.len());
    for d in digests {
        let mut per = Vec::with_capacity(d.speakers.len());
        for s in &d.speakers {
            let mut hits: Vec<usize> = Vec::new();
            for kind in [RowKind::Person, RowKind::Organization, RowKind::Place] {
                if let Some(&id) = nodes.ids.get(&(kind, key(kind, &s.label))) {
                    let r = nodes.find(id);
                    if !hits.contains(&r) {
                        hits.push(r);
                    }
                }
            }
            if hits.is_empty() {
                let core = person_core(&s.label);
                if let [one] = core.as_slice() {
                    if let Some([only]) = by_surname.get(one).map(Vec::as_slice) {
                        hits.push(nodes.find(*only));
                    }
                }
            }
            let n = match hits.as_slice() {
                [one] => *one,
                _ => nodes.node(RowKind::Speaker, norm(&s.label)),
            };
            per.push(n);
        }
        speaker_node.push(per);
    }

    // Gather rows.
    let mut acc = Acc::default();
    for (article, d) in digests.iter().enumerate() {
        let art = super::store::count(article);
        for (i, e) in d.entities.iter().enumerate() {
            let row = acc.row_for(&mut nodes, entity_node[article][i]);
            let quality = name_quality(e.kind, &e.name);
            let n = acc.names[row].entry(e.name.clone()).or_insert((0, quality));
            n.0 += 1;
            for a in &e.aliases {
                acc.add_form(row, a);
            }
            acc.add_form(row, &e.name);
            acc.postings[row].push(Posting {
                article: art,
                target: Target::Entity(super::store::count(i)),
                mentions: e.mentions,
                quotes: e.quotes,
            });
        }
        for (i, s) in d.speakers.iter().enumerate() {
            let row = acc.row_for(&mut nodes, speaker_node[article][i]);
            let n = acc.names[row].entry(s.label.clone()).or_insert((0, 0));
            n.0 += 1;
            acc.add_form(row, &s.label);
            acc.postings[row].push(Posting {
                article: art,
                target: Target::Speaker(s.label.clone()),
                mentions: 0,
                quotes: s.quotes,
            });
        }
    }
    let Acc {
        mut rows,
        mut postings,
        names,
        forms,
        ..
    } = acc;
    for (row, r) in rows.iter_mut().enumerate() {
        // The display name: a full name over a bare one, then the commonest, then the longest.
        r.name = names[row]
            .iter()
            .max_by(|a, b| (a.1 .1, a.1 .0, a.0.len(), b.0).cmp(&(b.1 .1, b.1 .0, b.0.len(), a.0)))
            .map(|(n, _)| n.clone())
            .unwrap_or_default();
        let mut fs: Vec<(String, u32)> = forms[row].values().cloned().collect();
        fs.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        r.aliases = fs.into_iter().map(|(f, _)| f).take(16).collect();
        let p = &postings[row];
        let mut arts: Vec<u32> = p.iter().map(|p| p.article).collect();
        arts.dedup();
        r.articles = super::store::count(arts.len());
        r.quotes = p.iter().map(|p| p.quotes).fold(0u32, u32::saturating_add);
    }
    // Most-mentioned first, so an empty popup shows who matters.
    let mut order: Vec<usize> = (0..rows.len()).collect();
    order.sort_by(|&a, &b| {
        rows[b]
            .articles
            .cmp(&rows[a].articles)
            .then_with(|| rows[a].name.cmp(&rows[b].name))
    });
    let mut table = NameTable::default();
    for i in order {
        table.rows.push(std::mem::replace(
            &mut rows[i],
            Row {
                name: String::new(),
                kind: RowKind::Speaker,
                aliases: Vec::new(),
                articles: 0,
                quotes: 0,
            },
        ));
        table.postings.push(std::mem::take(&mut postings[i]));
    }
    table
}

/// How good a display name is: a full name without a title (2) over a titled one (1) over a
/// bare surname or speaker label (0).
fn name_quality(kind: RowKind, name: &str) -> u8 {
    if kind != RowKind::Person {
        return 2;
    }
    let core = person_core(name).len();
    let words = name.split_whitespace().count();
    match (core >= 2, core == words) {
        (true, true) => 2,
        (true, false) => 1,
        _ => 0,
    }
}

/// Rows being gathered, one per union-find root.
#[derive(Default)]
struct Acc {
    row_of_root: HashMap<usize, usize>,
    rows: Vec<Row>,
    postings: Vec<Vec<Posting>>,
    /// Display names seen: (count, `name_quality`).
    names: Vec<HashMap<String, (u32, u8)>>,
    /// Surface forms by normal form: (first spelling seen, count).
    forms: Vec<HashMap<String, (String, u32)>>,
}

impl Acc {
    fn row_for(&mut self, nodes: &mut Nodes, n: usize) -> usize {
        let r = nodes.find(n);
        if let Some(&row) = self.row_of_root.get(&r) {
            return row;
        }
        self.rows.push(Row {
            name: String::new(),
            kind: nodes.kinds[r],
            aliases: Vec::new(),
            articles: 0,
            quotes: 0,
        });
        self.postings.push(Vec::new());
        self.names.push(HashMap::new());
        self.forms.push(HashMap::new());
        let row = self.rows.len() - 1;
        self.row_of_root.insert(r, row);
        row
    }

    fn add_form(&mut self, row: usize, f: &str) {
        let e = self.forms[row]
            .entry(norm(f))
            .or_insert_with(|| (f.trim().to_string(), 0));
        e.1 += 1;
    }
}

impl NameTable {
    /// Rows a query value names, optionally restricted to some kinds: exact names and aliases,
    /// a surname for every full name it ends (a search may be broad where merging may not),
    /// else rows whose names contain the value's words in order.
    pub fn matching(&self, value: &str, kinds: &[RowKind]) -> Vec<usize> {
        let want = norm(value);
        if want.is_empty() {
            return Vec::new();
        }
        let want_core = person_core(value).join(" ");
        let allowed = |r: &Row| kinds.is_empty() || kinds.contains(&r.kind);
        let mut exact = Vec::new();
        for (i, r) in self.rows.iter().enumerate() {
            if !allowed(r) {
                continue;
            }
            let hit = r.aliases.iter().chain(std::iter::once(&r.name)).any(|a| {
                norm(a) == want
                    || (r.kind == RowKind::Person && {
                        let core = person_core(a);
                        core.join(" ") == want_core
                            || (!want_core.contains(' ')
                                && core.len() >= 2
                                && core.last().is_some_and(|l| *l == want_core))
                    })
            });
            if hit {
                exact.push(i);
            }
        }
        if !exact.is_empty() {
            return exact;
        }
        let want_words: Vec<&str> = want.split_whitespace().collect();
        self.rows
            .iter()
            .enumerate()
            .filter(|(_, r)| allowed(r))
            .filter(|(_, r)| {
                r.aliases.iter().any(|a| {
                    let n = norm(a);
                    let words: Vec<&str> = n.split_whitespace().collect();
                    words
                        .windows(want_words.len())
                        .any(|w| w == want_words.as_slice())
                })
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// Rows whose name or an alias fuzzily matches `query`, best first (an empty query lists the
    /// most-mentioned rows).
    pub fn fuzzy(&self, query: &str, limit: usize) -> Vec<usize> {
        let q: Vec<char> = query
            .to_lowercase()
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect();
        if q.is_empty() {
            return (0..self.rows.len().min(limit)).collect();
        }
        let mut scored: Vec<(i64, usize)> = self
            .rows
            .iter()
            .enumerate()
            .filter_map(|(i, r)| {
                let best = r
                    .aliases
                    .iter()
                    .chain(std::iter::once(&r.name))
                    .filter_map(|a| fuzzy_score(&q, a))
                    .max()?;
                Some((best, i))
            })
            .collect();
        scored.sort_by(|a, b| {
            b.0.cmp(&a.0)
                .then_with(|| self.rows[b.1].articles.cmp(&self.rows[a.1].articles))
                .then_with(|| a.1.cmp(&b.1))
        });
        scored.into_iter().take(limit).map(|(_, i)| i).collect()
    }
}

/// Subsequence match of `q` (lower case, no spaces) in `cand`, rewarding matches at the start of
/// words and runs of consecutive characters; `None` when `q` is not a subsequence. Every place the
/// first character matches is tried, so "scapar" finds the word "Scaparrotti" rather than the "s"
/// ending "Curtis".
pub fn fuzzy_score(q: &[char], cand: &str) -> Option<i64> {
    let c: Vec<char> = cand.to_lowercase().chars().collect();
    let first = *q.first()?;
    let mut best: Option<i64> = None;
    for begin in (0..c.len()).filter(|&i| c[i] == first) {
        let at_word = begin == 0 || !c[begin - 1].is_alphanumeric();
        let mut score: i64 = if at_word { 0 } else { -(begin as i64).min(5) };
        let mut qi = 0;
        let mut prev: Option<usize> = None;
        for (i, ch) in c.iter().enumerate().skip(begin) {
            if qi == q.len() {
                break;
            }
            if *ch != q[qi] {
                continue;
            }
            score += 1;
            if i == 0 || !c[i - 1].is_alphanumeric() {
                score += 8;
            }
            match prev {
                Some(p) if p + 1 == i => score += 5,
                Some(p) => score -= ((i - p - 1) as i64).min(5),
                None => {}
            }
            prev = Some(i);
            qi += 1;
        }
        if qi == q.len() && best.is_none_or(|b| score > b) {
            best = Some(score);
        }
    }
    let mut score = best?;
    let compact: String = c.iter().filter(|ch| !ch.is_whitespace()).collect();
    let qs: String = q.iter().collect();
    if compact == qs {
        score += 100;
    } else if compact.starts_with(&qs) {
        score += 30;
    } else if c
        .split(|ch| !ch.is_alphanumeric())
        .any(|w| w.starts_with(q))
    {
        // The query is the start of some word: "scapar" in "Curtis Scaparrotti".
        score += 20;
    }
    // Shorter candidates win ties: "ISIS" before "ISIS fighters in Syria".
    Some(score * 4 - (c.len() as i64).min(60) / 4)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::index::store::{DigestEntity, DigestSpeaker};

    fn ent(name: &str, kind: Kind, aliases: &[&str], quotes: u32) -> DigestEntity {
        let mut a: Vec<String> = aliases.iter().map(|s| s.to_string()).collect();
        if !a.iter().any(|x| x == name) {
            a.insert(0, name.to_string());
        }
        DigestEntity {
            name: name.to_string(),
            kind: RowKind::of(kind),
            aliases: a,
            mentions: 1,
            quotes,
        }
    }

    fn digest(es: Vec<DigestEntity>) -> Digest {
        Digest {
            entities: es,
            speakers: Vec::new(),
        }
    }

    fn row<'a>(t: &'a NameTable, name: &str) -> Option<&'a Row> {
        t.rows.iter().find(|r| r.name == name)
    }

    #[test]
    fn bare_surname_joins_the_only_full_name() {
        let t = build(&[
            digest(vec![ent("Scaparrotti", Kind::Person, &[], 2)]),
            digest(vec![ent(
                "Curtis Scaparrotti",
                Kind::Person,
                &["Scaparrotti"],
                1,
            )]),
            digest(vec![ent("Gen. Curtis Scaparrotti", Kind::Person, &[], 0)]),
        ]);
        let r = row(&t, "Curtis Scaparrotti").expect("one row");
        assert_eq!(r.articles, 3);
        assert_eq!(r.quotes, 3);
        assert_eq!(t.rows.len(), 1);
    }

    #[test]
    fn shared_surname_of_two_people_does_not_merge() {
        let t = build(&[
            digest(vec![ent("John Smith", Kind::Person, &["Smith"], 0)]),
            digest(vec![ent("Jane Smith", Kind::Person, &["Smith"], 0)]),
            digest(vec![ent("Smith", Kind::Person, &[], 0)]),
        ]);
        assert_eq!(t.rows.len(), 3);
        assert_eq!(row(&t, "John Smith").map(|r| r.articles), Some(1));
        assert_eq!(row(&t, "Jane Smith").map(|r| r.articles), Some(1));
        // A search for the surname reaches everyone who carries it.
        assert_eq!(t.matching("Smith", &[RowKind::Person]).len(), 3);
    }

    #[test]
    fn organisations_merge_through_a_shared_acronym() {
        let t = build(&[
            digest(vec![ent(
                "Islamic State",
                Kind::Organization,
                &["ISIS", "ISIL"],
                0,
            )]),
            digest(vec![ent("ISIS", Kind::Organization, &[], 0)]),
            digest(vec![ent("Department", Kind::Organization, &[], 0)]),
        ]);
        let r = row(&t, "Islamic State")
            .or_else(|| row(&t, "ISIS"))
            .expect("row");
        assert_eq!(r.articles, 2);
        assert_eq!(t.matching("isil", &[]).len(), 1);
        assert_eq!(t.rows.len(), 2);
    }

    #[test]
    fn unresolved_speaker_joins_a_named_row() {
        let mut d = digest(vec![]);
        d.speakers.push(DigestSpeaker {
            label: "European Command".into(),
            quotes: 2,
        });
        d.speakers.push(DigestSpeaker {
            label: "first official".into(),
            quotes: 1,
        });
        let t = build(&[
            digest(vec![ent("European Command", Kind::Organization, &[], 0)]),
            d,
        ]);
        let r = row(&t, "European Command").expect("row");
        assert_eq!((r.articles, r.quotes), (2, 2));
        assert_eq!(
            row(&t, "first official").map(|r| r.kind),
            Some(RowKind::Speaker)
        );
    }

    #[test]
    fn fuzzy_prefers_word_starts_and_exact_names() {
        let t = build(&[digest(vec![
            ent("Curtis Scaparrotti", Kind::Person, &[], 0),
            ent("Brussels", Kind::Place, &[], 0),
            ent("Scarlett Parrot", Kind::Person, &[], 0),
        ])]);
        let top = t.fuzzy("scapar", 3);
        assert_eq!(t.rows[top[0]].name, "Curtis Scaparrotti");
        let top = t.fuzzy("bru", 3);
        assert_eq!(t.rows[top[0]].name, "Brussels");
        assert!(t.fuzzy("zzz", 3).is_empty());
        assert_eq!(t.fuzzy("", 10).len(), 3);
    }
}
