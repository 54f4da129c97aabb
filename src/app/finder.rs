//! The library-wide finder popup (`f`): names matching what is typed, then the articles of one
//! name or of a query, or every quote of one speaker. The index answers through effects, so
//! this module only keeps what is on screen and which row is selected.

use crate::index::{NameHit, QuoteHit, RowKind, SearchResult};

/// Rows the name list asks the index for.
pub const NAME_LIMIT: usize = 200;

#[derive(Debug, Clone, PartialEq)]
pub enum Stage {
    /// Names fuzzily matching the query, below a row that searches the text for it.
    Names,
    /// Articles matching a name or a query, newest first, each with its hits in context.
    Articles {
        title: String,
        results: Vec<SearchResult>,
    },
    /// Every quote of one speaker, newest first.
    Quotes {
        speaker: String,
        quotes: Vec<QuoteHit>,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Finder {
    pub query: String,
    /// The names for `names_for`; may lag one keystroke behind `query` while the index answers.
    pub names: Vec<NameHit>,
    pub names_for: String,
    pub stage: Stage,
    /// Selected row of the name list (row 0 is "search the text").
    pub name_selected: usize,
    /// Selected row of an article or quote list.
    pub selected: usize,
    /// First visible row of the list on screen.
    pub offset: usize,
    /// Waiting for the index to answer an article or quote list.
    pub busy: Option<String>,
}

impl Finder {
    pub fn new() -> Finder {
        Finder {
            query: String::new(),
            names: Vec::new(),
            names_for: String::new(),
            stage: Stage::Names,
            name_selected: 0,
            selected: 0,
            offset: 0,
            busy: None,
        }
    }

    /// Rows of the list on screen.
    pub fn len(&self) -> usize {
        match &self.stage {
            Stage::Names => self.names.len() + 1,
            Stage::Articles { results, .. } => results.len(),
            Stage::Quotes { quotes, .. } => quotes.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The selected row of the list on screen.
    pub fn cursor(&self) -> usize {
        match self.stage {
            Stage::Names => self.name_selected,
            _ => self.selected,
        }
    }

    pub fn set_cursor(&mut self, i: usize) {
        let i = i.min(self.len().saturating_sub(1));
        match self.stage {
            Stage::Names => self.name_selected = i,
            _ => self.selected = i,
        }
    }

    /// The selected name, when a name row (not the text-search row) is selected.
    pub fn selected_name(&self) -> Option<&NameHit> {
        match self.stage {
            Stage::Names => self
                .name_selected
                .checked_sub(1)
                .and_then(|i| self.names.get(i)),
            _ => None,
        }
    }

    /// A query in the search language (`person:`, `said:`, …) is run as a search; plain text
    /// picks the best name, with the text-search row one step up.
    pub fn is_field_query(&self) -> bool {
        use crate::index::Term;
        crate::index::parse_query(&self.query).is_ok_and(|terms| {
            terms
                .iter()
                .any(|t| matches!(t, Term::Name { .. } | Term::Said(_)))
        })
    }

    /// New names for `query`: select the best one unless the query is a field query.
    pub fn set_names(&mut self, query: String, names: Vec<NameHit>) {
        self.names = names;
        self.names_for = query;
        self.name_selected = if self.is_field_query() || self.names.is_empty() {
            0
        } else {
            1
        };
        if self.stage == Stage::Names {
            self.offset = 0;
        }
    }
}

impl Default for Finder {
    fn default() -> Self {
        Finder::new()
    }
}

/// A short label for a name row's kind, as the popup shows it.
pub fn kind_label(k: RowKind) -> &'static str {
    match k {
        RowKind::Person => "person",
        RowKind::Organization => "org",
        RowKind::Place => "place",
        RowKind::Speaker => "speaker",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hit(row: usize, name: &str) -> NameHit {
        NameHit {
            row,
            name: name.into(),
            kind: RowKind::Person,
            aliases: vec![name.into()],
            articles: 1,
            quotes: 0,
        }
    }

    #[test]
    fn best_name_is_selected_unless_the_query_uses_fields() {
        let mut f = Finder::new();
        f.query = "scap".into();
        f.set_names("scap".into(), vec![hit(0, "Curtis Scaparrotti")]);
        assert_eq!(f.selected_name().map(|n| n.row), Some(0));
        f.query = "person:scap".into();
        f.set_names("person:scap".into(), vec![hit(0, "Curtis Scaparrotti")]);
        assert_eq!(f.selected_name(), None);
        f.query = "nobody".into();
        f.set_names("nobody".into(), vec![]);
        assert_eq!(f.cursor(), 0);
        assert_eq!(f.len(), 1);
    }

    #[test]
    fn cursor_stays_inside_the_list() {
        let mut f = Finder::new();
        f.set_names(String::new(), vec![hit(0, "A"), hit(1, "B")]);
        f.set_cursor(99);
        assert_eq!(f.cursor(), 2);
        f.stage = Stage::Quotes {
            speaker: "A".into(),
            quotes: vec![],
        };
        f.set_cursor(5);
        assert_eq!(f.cursor(), 0);
    }
}
