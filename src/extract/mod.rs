//! Text in, `Analysis` out: tokens, sentences, entities with mentions and aliases, quotes with
//! speakers. Pure functions of text; no UI and no I/O beyond the embedded model.

pub mod context;
pub mod corpus;
pub mod entities;
mod eponyms;
mod feature_first;
pub mod features;
pub mod flat;
pub mod gazetteer;
mod hashing;
mod institutions;
mod lists;
pub mod merge;
pub mod model;
pub mod names;
mod orgs;
pub mod quotes;
#[cfg(test)]
mod table_build;
mod tables;
mod teams;
#[cfg(test)]
mod testing;
mod titles;
pub mod tokenize;
pub mod train;
pub mod wordlists;

use serde::{Deserialize, Serialize};

/// A half-open UTF-8 byte range into the analysed text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    pub fn contains(&self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Person,
    Organization,
    Place,
}

impl Kind {
    pub fn label(self) -> &'static str {
        match self {
            Kind::Person => "person",
            Kind::Organization => "organization",
            Kind::Place => "place",
        }
    }
}

/// One real-world referent in a document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entity {
    pub id: usize,
    /// Display name: the fullest proper form, without a leading "the" or a possessive.
    pub name: String,
    pub kind: Kind,
    /// Distinct surface forms seen in the text (the name included).
    pub aliases: Vec<String>,
    /// Proper-name occurrences, in text order.
    pub mentions: Vec<Span>,
    /// Indices into `Analysis::quotes` attributed to this entity.
    pub quotes: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// Label shown in the panel: an entity's display name, or a stable anonymous label
    /// such as "first official".
    pub name: String,
    /// Index into `Analysis::entities` when the speaker resolved to one.
    pub entity: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Span of the quoted words, without the quotation marks.
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub speaker: Option<Speaker>,
    /// The attribution cue as written ("the first official said"), when there is one.
    pub cue: Option<String>,
    /// Byte span of the speaker's name at the cue, for highlighting. Not part of the JSON shape.
    #[serde(skip)]
    pub cue_span: Option<Span>,
}

impl Quote {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Analysis {
    pub entities: Vec<Entity>,
    pub quotes: Vec<Quote>,
}

impl Analysis {
    /// Speaker labels in order of first quote, each with the indices of its quotes.
    pub fn quotes_by_speaker(&self) -> Vec<(Option<String>, Vec<usize>)> {
        let mut groups: Vec<(Option<String>, Vec<usize>)> = Vec::new();
        for (i, q) in self.quotes.iter().enumerate() {
            let label = q.speaker.as_ref().map(|s| s.name.clone());
            match groups.iter_mut().find(|(l, _)| *l == label) {
                Some((_, v)) => v.push(i),
                None => groups.push((label, vec![i])),
            }
        }
        groups
    }
}

// `RULES_DIGEST`: a digest of every source file under `src/extract`, written by `build.rs`. A
// cached analysis is kept while the extractor reads a fixed paragraph the same way and its
// embedded lists are the same, which a rule for rarer text ("Indianapolis-based", "Bay of
// Biscay") does not change; the digest makes such a rule stale the caches written before it.
include!(concat!(env!("OUT_DIR"), "/rules_digest.rs"));

/// The embedded model and gazetteer tables: a change to either changes what the extractor
/// makes of some text, whether or not a rule changed. The tables are built from every word
/// list (`table_build::Lists::FILES`).
pub fn embedded_assets() -> [&'static [u8]; 2] {
    [entities::MODEL_BYTES, gazetteer::TABLES_BLOB]
}

/// Analyse one article's text. Deterministic and total: never panics on any input.
pub fn analyze(text: &str) -> Analysis {
    let mut entities = merge::entities(&entities::tag(entities::model(), text));
    let quotes = quotes::find_quotes(text, &entities);
    link_quotes(&mut entities, &quotes);
    Analysis { entities, quotes }
}

/// Mention spans and kinds after document-level merging, with a given model (for evaluation
/// and training reports).
pub fn entity_mentions_with(model: &model::Model, text: &str) -> Vec<(Span, Kind)> {
    let entities = merge::entities(&entities::tag(model, text));
    let mut out = Vec::with_capacity(entities.iter().map(|e| e.mentions.len()).sum());
    for e in &entities {
        out.extend(e.mentions.iter().map(|&m| (m, e.kind)));
    }
    out.sort_unstable();
    out
}

/// Fill each entity's `quotes` from the quotes' resolved speakers.
fn link_quotes(entities: &mut [Entity], quotes: &[Quote]) {
    for e in entities.iter_mut() {
        e.quotes.clear();
    }
    for (qi, q) in quotes.iter().enumerate() {
        if let Some(e) = q
            .speaker
            .as_ref()
            .and_then(|s| s.entity)
            .and_then(|id| entities.get_mut(id))
        {
            e.quotes.push(qi);
        }
    }
}

#[cfg(test)]
mod assets_tests {
    /// Every model file is among `embedded_assets`, so a model added later cannot be left out
    /// of the index's extractor fingerprint (the word lists are, through the tables built from
    /// them: `table_build` tests that every list file is read).
    #[test]
    fn every_model_file_is_in_the_fingerprint() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/model");
        let embedded = super::embedded_assets();
        for entry in std::fs::read_dir(root).expect("assets folder") {
            let path = entry.expect("entry").path();
            let bytes = std::fs::read(&path).expect("asset");
            assert!(embedded.contains(&bytes.as_slice()), "{}", path.display());
        }
    }
}
