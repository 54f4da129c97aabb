//! Mention-level precision, recall and F1 per kind: a predicted mention counts when its byte
//! span and kind equal a gold mention's exactly.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use crate::extract::corpus::{self, Doc};
use crate::extract::model::Model;
use crate::extract::{self, Kind, Span};

const KINDS: [Kind; 3] = [Kind::Person, Kind::Organization, Kind::Place];

#[derive(Debug, Clone, Copy, Default)]
pub struct Counts {
    /// Per kind (person, organization, place): true positives, false positives, false negatives.
    pub by_kind: [[usize; 3]; 3],
}

fn kind_index(k: Kind) -> usize {
    match k {
        Kind::Person => 0,
        Kind::Organization => 1,
        Kind::Place => 2,
    }
}

impl Counts {
    pub fn add_doc(&mut self, gold: &[(Span, Kind)], pred: &[(Span, Kind)]) {
        let mut used = vec![false; gold.len()];
        for p in pred {
            let hit = gold
                .iter()
                .enumerate()
                .find(|(i, g)| !used[*i] && *g == p)
                .map(|(i, _)| i);
            match hit {
                Some(i) => {
                    used[i] = true;
                    self.by_kind[kind_index(p.1)][0] += 1;
                }
                None => self.by_kind[kind_index(p.1)][1] += 1,
            }
        }
        for (i, g) in gold.iter().enumerate() {
            if !used[i] {
                self.by_kind[kind_index(g.1)][2] += 1;
            }
        }
    }

    pub fn merge(&mut self, o: &Counts) {
        for k in 0..3 {
            for j in 0..3 {
                self.by_kind[k][j] += o.by_kind[k][j];
            }
        }
    }

    /// (precision, recall, F1) for one kind, or over all kinds with None.
    pub fn prf(&self, k: Option<Kind>) -> (f64, f64, f64) {
        let [tp, fp, fn_] = match k {
            Some(k) => self.by_kind[kind_index(k)],
            None => {
                let mut s = [0; 3];
                for row in &self.by_kind {
                    for j in 0..3 {
                        s[j] += row[j];
                    }
                }
                s
            }
        };
        let p = if tp + fp == 0 {
            0.0
        } else {
            tp as f64 / (tp + fp) as f64
        };
        let r = if tp + fn_ == 0 {
            0.0
        } else {
            tp as f64 / (tp + fn_) as f64
        };
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }

    pub fn rows(&self, name: &str, out: &mut String) {
        for k in KINDS.iter().map(|k| Some(*k)).chain([None]) {
            let (p, r, f) = self.prf(k);
            let [tp, fp, fn_] = match k {
                Some(k) => self.by_kind[kind_index(k)],
                None => [0, 1, 2].map(|j| self.by_kind.iter().map(|r| r[j]).sum()),
            };
            let _ = writeln!(
                out,
                "{name:<12} {:<13} {p:>6.3} {r:>6.3} {f:>6.3} {:>7}",
                k.map_or("all", |k| k.label()),
                tp + fn_
            );
            let _ = fp;
        }
    }
}

pub fn header() -> String {
    format!(
        "{:<12} {:<13} {:>6} {:>6} {:>6} {:>7}\n",
        "corpus", "kind", "P", "R", "F1", "gold"
    )
}

/// Held-out documents: a stable 10% chosen by a hash of the document id, the same for every
/// training seed, so `byline eval ner` measures documents training never saw.
pub fn is_dev(id: &str) -> bool {
    crate::extract::gazetteer::hash_lower(id).is_multiple_of(10)
}

/// Score `model` over `docs` with the full extraction pipeline.
pub fn score(model: &Model, docs: &[Doc]) -> Counts {
    let mut c = Counts::default();
    for d in docs {
        let pred = extract::entity_mentions_with(model, &d.text);
        c.add_doc(&d.gold, &pred);
    }
    c
}

/// `byline eval ner FILE...`: the per-corpus table on held-out documents (or all with `all`).
pub fn run(files: &[PathBuf], all: bool, errors: bool) -> anyhow::Result<String> {
    let model = extract::entities::model();
    let mut out = header();
    let mut total = Counts::default();
    for f in files {
        let docs = corpus::read_file(f).map_err(|e| anyhow::anyhow!("{}: {e}", f.display()))?;
        let docs: Vec<Doc> = docs.into_iter().filter(|d| all || is_dev(&d.id)).collect();
        if errors {
            for d in &docs {
                out.push_str(&doc_errors(model, d));
            }
        }
        let c = score(model, &docs);
        c.rows(&corpus_name(f), &mut out);
        total.merge(&c);
    }
    if files.len() > 1 {
        total.rows("total", &mut out);
    }
    Ok(out)
}

/// Missed and spurious mentions of one document, one per line, for error analysis.
pub fn doc_errors(model: &Model, d: &Doc) -> String {
    let pred = extract::entity_mentions_with(model, &d.text);
    let mut out = String::new();
    let show = |s: &Span| d.text.get(s.start..s.end).unwrap_or("?").replace('\n', " ");
    for g in &d.gold {
        if !pred.contains(g) {
            let _ = writeln!(out, "{}\tMISS\t{}\t{}", d.id, g.1.label(), show(&g.0));
        }
    }
    for p in &pred {
        if !d.gold.contains(p) {
            let _ = writeln!(out, "{}\tFALSE\t{}\t{}", d.id, p.1.label(), show(&p.0));
        }
    }
    out
}

pub fn corpus_name(p: &Path) -> String {
    p.file_name()
        .and_then(|s| s.to_str())
        .map_or("?", |s| s.split('.').next().unwrap_or(s))
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_exact_matches_only() {
        let g = vec![
            (Span::new(0, 5), Kind::Person),
            (Span::new(10, 15), Kind::Place),
        ];
        let p = vec![
            (Span::new(0, 5), Kind::Person),
            (Span::new(10, 14), Kind::Place),
        ];
        let mut c = Counts::default();
        c.add_doc(&g, &p);
        assert_eq!(c.prf(Some(Kind::Person)), (1.0, 1.0, 1.0));
        let (pp, rr, _) = c.prf(None);
        assert_eq!((pp, rr), (0.5, 0.5));
    }
}
