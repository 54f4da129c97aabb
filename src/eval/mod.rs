//! Measurements the README quotes: `byline eval ner` scores entity mentions on `*.bio.tsv`
//! corpora.

pub mod bench;
pub mod ner;
