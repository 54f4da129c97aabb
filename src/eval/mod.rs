//! Measurements the README quotes: `byline eval ner` scores entity mentions on `*.bio.tsv`
//! corpora; `byline eval gold` scores an article's panel and quotes against a gold file;
//! `byline eval html` scores article extraction from saved web pages.

pub mod bench;
pub mod gold;
pub mod html;
pub mod ner;
