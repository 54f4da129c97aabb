//! First names from the US SSA list (public domain), with the share of female births: a name
//! feature for the tagger and a gender hint for pronoun resolution.

use std::collections::HashMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

static FIRST_NAMES: &str = include_str!("../../assets/gazetteer/first-names.tsv");

fn table() -> &'static HashMap<&'static str, u8> {
    static TABLE: OnceLock<HashMap<&'static str, u8>> = OnceLock::new();
    TABLE.get_or_init(|| {
        FIRST_NAMES
            .lines()
            .filter(|l| !l.starts_with('#'))
            .filter_map(|l| {
                let (name, pf) = l.split_once('\t')?;
                Some((name, pf.parse().ok()?))
            })
            .collect()
    })
}

/// Every listed first name, as written ("Curtis").
pub fn all_first_names() -> impl Iterator<Item = &'static str> {
    table().keys().copied()
}

/// True when `word` (as written, e.g. "Curtis") is a listed first name.
pub fn is_first_name(word: &str) -> bool {
    table().contains_key(word)
}

/// The likely gender of a first name, when at least 90% of its bearers share one.
pub fn first_name_gender(word: &str) -> Option<Gender> {
    match *table().get(word)? {
        pf if pf >= 90 => Some(Gender::Female),
        pf if pf <= 10 => Some(Gender::Male),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_common_names_and_their_gender() {
        assert!(is_first_name("Curtis"));
        assert_eq!(first_name_gender("Curtis"), Some(Gender::Male));
        assert_eq!(first_name_gender("Mary"), Some(Gender::Female));
        assert_eq!(first_name_gender("Scaparrotti"), None);
    }
}
