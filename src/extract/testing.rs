//! Test support: text labelled as if by the tagger, so a document-level rule is tested on the
//! labels it is meant to correct.

use super::entities::{tag, Tagged};
use super::merge::entities;
use super::model::{begin_of, Model};
use super::{Entity, Kind};

/// `text` as if the tagger had labelled every occurrence of each surface form with its kind,
/// so each rule is tested on the labels it is meant to correct.
pub fn tagged<'a>(text: &'a str, labels: &[(&str, Kind)]) -> Tagged<'a> {
    let mut t = tag(&Model::empty(), text);
    for (surface, kind) in labels {
        let words: Vec<&str> = super::tokenize::tokenize(surface)
            .iter()
            .map(|x| x.text(surface))
            .collect();
        for i in 0..t.tokens.len() {
            // Earlier (longer) forms keep their tokens.
            if i + words.len() <= t.tokens.len()
                && words.iter().enumerate().all(|(k, w)| t.tok(i + k) == *w)
                && t.labels[i..i + words.len()].iter().all(|&l| l == 0)
            {
                let b = begin_of(*kind);
                t.labels[i] = b;
                for l in &mut t.labels[i + 1..i + words.len()] {
                    *l = b + 1;
                }
            }
        }
    }
    t
}

pub fn rows(text: &str, labels: &[(&str, Kind)]) -> Vec<(String, Kind)> {
    entities(&tagged(text, labels))
        .into_iter()
        .map(|e: Entity| (e.name, e.kind))
        .collect()
}
