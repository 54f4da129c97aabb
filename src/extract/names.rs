//! First names from the US SSA list (public domain), with the share of female births, names
//! of many other countries the US list lacks (gender-guesser, GNU FDL), and names of South
//! Asia, Africa, the Middle East, Asia, Europe and the Americas that both lack (written for
//! byline): a name feature for the tagger and a gender hint for pronoun resolution. The
//! lists are compiled into the gazetteer tables (`table_build.rs`).

use super::gazetteer::first_name_share;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

/// True when `word` (as written, e.g. "Curtis") is a listed first name.
pub fn is_first_name(word: &str) -> bool {
    first_name_share(word).is_some()
}

/// The likely gender of a first name, when at least 90% of its bearers share one.
pub fn first_name_gender(word: &str) -> Option<Gender> {
    match first_name_share(word)? {
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

    #[test]
    fn first_names_of_other_countries_are_listed_but_not_their_places() {
        assert!(is_first_name("Curtis") && is_first_name("Nikolaj") && is_first_name("Semyon"));
        assert!(!is_first_name("Bratislava") && !is_first_name("Nissan"));
        assert_eq!(first_name_gender("Semyon"), Some(Gender::Male));
        // Names neither list holds, from byline's own list; no title ("Ayatollah") among them.
        assert!(is_first_name("Shahidul") && is_first_name("Hidilyn"));
        assert_eq!(first_name_gender("Hidilyn"), Some(Gender::Female));
        assert!(!is_first_name("Ayatollah") && !is_first_name("Lagos"));
    }
}
