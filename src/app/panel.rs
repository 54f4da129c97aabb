//! The side panel's rows, built from an analysis: People, Organizations, Places (entities by
//! mention count) and Quotes (grouped by speaker).

use crate::extract::{Analysis, Kind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    People,
    Organizations,
    Places,
    Quotes,
}

impl Section {
    pub fn title(self) -> &'static str {
        match self {
            Section::People => "People",
            Section::Organizations => "Organizations",
            Section::Places => "Places",
            Section::Quotes => "Quotes",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Row {
    Header(Section, usize),
    /// "none found" under an empty section.
    Empty,
    /// Index into `Analysis::entities`.
    Entity(usize),
    /// A speaker group: its label (None for unattributed) and its quote indices.
    Speaker(Option<String>, Vec<usize>),
    /// Index into `Analysis::quotes`.
    Quote(usize),
    /// "+N more" at the end of a collapsed section; activating it shows the rest.
    More(Section, usize),
}

impl Row {
    pub fn selectable(&self) -> bool {
        matches!(
            self,
            Row::Entity(_) | Row::Speaker(..) | Row::Quote(_) | Row::More(..)
        )
    }
}

/// Entity rows a section shows before it collapses the rest into "+N more", so all four
/// section headers stay on screen for a long article.
pub const COLLAPSED_ROWS: usize = 5;

pub fn rows(a: &Analysis, expanded: &[Section]) -> Vec<Row> {
    let mut rows = Vec::new();
    for (section, kind) in [
        (Section::People, Kind::Person),
        (Section::Organizations, Kind::Organization),
        (Section::Places, Kind::Place),
    ] {
        let mut ids: Vec<usize> = (0..a.entities.len())
            .filter(|&i| a.entities[i].kind == kind)
            .collect();
        ids.sort_by(|&x, &y| {
            let (ex, ey) = (&a.entities[x], &a.entities[y]);
            ey.mentions
                .len()
                .cmp(&ex.mentions.len())
                .then_with(|| ex.name.cmp(&ey.name))
        });
        rows.push(Row::Header(section, ids.len()));
        if ids.is_empty() {
            rows.push(Row::Empty);
        }
        let n = ids.len();
        if n > COLLAPSED_ROWS + 1 && !expanded.contains(&section) {
            rows.extend(ids.into_iter().take(COLLAPSED_ROWS).map(Row::Entity));
            rows.push(Row::More(section, n - COLLAPSED_ROWS));
        } else {
            rows.extend(ids.into_iter().map(Row::Entity));
        }
    }
    rows.push(Row::Header(Section::Quotes, a.quotes.len()));
    if a.quotes.is_empty() {
        rows.push(Row::Empty);
    }
    for (label, qs) in a.quotes_by_speaker() {
        rows.push(Row::Speaker(label, qs.clone()));
        rows.extend(qs.into_iter().map(Row::Quote));
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Entity, Quote, Span, Speaker};

    #[test]
    fn sections_in_order_with_entities_by_count() {
        let ent = |id, name: &str, kind, n| Entity {
            id,
            name: name.into(),
            kind,
            aliases: vec![name.into()],
            mentions: (0..n).map(|i| Span::new(i, i + 1)).collect(),
            quotes: vec![],
        };
        let a = Analysis {
            entities: vec![
                ent(0, "Ann", Kind::Person, 1),
                ent(1, "Bob", Kind::Person, 3),
                ent(2, "Paris", Kind::Place, 2),
            ],
            quotes: vec![Quote {
                start: 0,
                end: 1,
                text: "x".into(),
                speaker: Some(Speaker {
                    name: "Bob".into(),
                    entity: Some(1),
                }),
                cue: None,
                cue_span: None,
            }],
        };
        let r = rows(&a, &[]);
        assert_eq!(r[0], Row::Header(Section::People, 2));
        assert_eq!(r[1], Row::Entity(1));
        assert_eq!(r[2], Row::Entity(0));
        assert_eq!(r[3], Row::Header(Section::Organizations, 0));
        assert_eq!(r[4], Row::Empty);
        assert_eq!(r[6], Row::Entity(2));
        assert_eq!(r[7], Row::Header(Section::Quotes, 1));
        assert_eq!(r[8], Row::Speaker(Some("Bob".into()), vec![0]));
        assert_eq!(r[9], Row::Quote(0));
    }

    #[test]
    fn long_sections_collapse_until_expanded() {
        let a = Analysis {
            entities: (0..9)
                .map(|id| Entity {
                    id,
                    name: format!("P{id}"),
                    kind: Kind::Person,
                    aliases: vec![],
                    mentions: vec![],
                    quotes: vec![],
                })
                .collect(),
            quotes: vec![],
        };
        let r = rows(&a, &[]);
        assert_eq!(r[COLLAPSED_ROWS + 1], Row::More(Section::People, 4));
        let r = rows(&a, &[Section::People]);
        assert!(!r.iter().any(|x| matches!(x, Row::More(..))));
        assert_eq!(r.iter().filter(|x| matches!(x, Row::Entity(_))).count(), 9);
    }
}
