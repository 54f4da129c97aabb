//! A first rule-based extractor so the reader is real from day one: runs of capitalised words
//! become entities, double-quoted passages become quotes. The trained tagger replaces it.

use super::{Entity, Kind, Span};

const STOP: &[&str] = &[
    "The",
    "A",
    "An",
    "In",
    "On",
    "At",
    "It",
    "He",
    "She",
    "They",
    "We",
    "I",
    "This",
    "That",
    "But",
    "And",
    "Or",
    "As",
    "If",
    "When",
    "While",
    "After",
    "Before",
    "Many",
    "Some",
    "No",
    "Asked",
    "Because",
    "According",
    "Meanwhile",
    "About",
    "To",
    "Our",
    "Let",
    "There",
    "His",
    "Her",
    "Their",
    "Its",
    "What",
    "Who",
    "For",
    "With",
    "From",
    "By",
    "Of",
    "Not",
    "So",
];
const ORG_CUES: &[&str] = &[
    "Department",
    "Council",
    "Command",
    "Agency",
    "Ministry",
    "Party",
    "University",
    "Inc",
    "LLC",
    "Ltd",
    "Corp",
    "Company",
    "Pentagon",
    "Committee",
    "Bank",
    "Army",
    "Court",
    "ISIS",
    "ISIL",
];
const PLACES: &[&str] = &[
    "Europe",
    "Asia",
    "Africa",
    "America",
    "Syria",
    "Iraq",
    "Iran",
    "Germany",
    "France",
    "Sweden",
    "Britain",
    "China",
    "Russia",
    "Japan",
    "India",
    "Brussels",
    "London",
    "Paris",
    "Washington",
    "United States",
    "United Kingdom",
    "Middle East",
    "Western Europe",
    "Persian Gulf",
];

fn words(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part = c.is_alphanumeric() || c == '\'' || c == '’' || c == '.' || c == '-';
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push(Span::new(s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push(Span::new(s, text.len()));
    }
    out
}

fn trim_word(text: &str, span: Span) -> Span {
    let w = &text[span.start..span.end];
    let mut end = span.end;
    for suffix in ["’s", "'s", "’", "'", "."] {
        if w.len() > suffix.len() + 1 && w.ends_with(suffix) && !w.ends_with("S.") {
            end = span.end - suffix.len();
            break;
        }
    }
    Span::new(span.start, end)
}

fn is_cap(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Entities from runs of capitalised words.
pub fn entities(text: &str) -> Vec<Entity> {
    let ws = words(text);
    let mut runs: Vec<Span> = Vec::new();
    let mut cur: Option<Span> = None;
    for (i, w) in ws.iter().enumerate() {
        let s = &text[w.start..w.end];
        let sentence_start = i == 0 || {
            let between = &text[ws[i - 1].end..w.start];
            text[ws[i - 1].start..ws[i - 1].end].ends_with('.') || between.contains('\n')
        };
        let ok = is_cap(s) && !(sentence_start && STOP.contains(&s)) && !STOP.contains(&s);
        let joinable =
            cur.is_some_and(|c| !text[c.end..w.start].chars().any(|ch| !ch.is_whitespace()));
        if ok {
            let t = trim_word(text, *w);
            cur = Some(match cur {
                Some(c) if joinable => Span::new(c.start, t.end),
                Some(c) => {
                    runs.push(c);
                    t
                }
                None => t,
            });
        } else if let Some(c) = cur.take() {
            runs.push(c);
        }
    }
    runs.extend(cur);

    let mut entities: Vec<Entity> = Vec::new();
    for r in runs {
        let name = text[r.start..r.end].to_string();
        let kind = if PLACES.contains(&name.as_str()) {
            Kind::Place
        } else if ORG_CUES.iter().any(|c| name.split(' ').any(|w| w == *c))
            || name.chars().all(|c| c.is_uppercase() || c == '.')
        {
            Kind::Organization
        } else {
            Kind::Person
        };
        let last = name.rsplit(' ').next().unwrap_or(&name).to_string();
        let found = entities.iter_mut().find(|e| {
            e.name == name
                || (e.kind == Kind::Person
                    && kind == Kind::Person
                    && e.name.ends_with(&format!(" {last}"))
                    && !name.contains(' '))
        });
        match found {
            Some(e) => {
                e.mentions.push(r);
                if !e.aliases.contains(&name) {
                    e.aliases.push(name);
                }
            }
            None => entities.push(Entity {
                id: entities.len(),
                name: name.clone(),
                kind,
                aliases: vec![name],
                mentions: vec![r],
                quotes: Vec::new(),
            }),
        }
    }

    entities
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_place() {
        let es = entities("Officials met in Brussels.\n\nThey left.");
        assert!(es
            .iter()
            .any(|e| e.name == "Brussels" && e.kind == Kind::Place));
    }
}
