//! Direct quotations and their speakers.

use super::{Entity, Quote, Speaker};

/// Every direct quotation in `text`, in order, attributed against `entities` where possible.
pub fn find_quotes(text: &str, entities: &[Entity]) -> Vec<Quote> {
    let mut quotes = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.char_indices() {
        match (c, open) {
            ('“', _) | ('"', None) => open = Some(i + c.len_utf8()),
            ('”', Some(s)) | ('"', Some(s)) => {
                let inner = &text[s..i];
                open = None;
                if inner.split_whitespace().count() < 3 {
                    continue;
                }
                let after =
                    &text[i + c.len_utf8()..text[i..].find('\n').map_or(text.len(), |n| i + n)];
                let speaker = cue_speaker(after, entities);
                quotes.push(Quote {
                    start: s,
                    end: i,
                    text: inner.to_string(),
                    cue: speaker.as_ref().map(|(_, cue)| cue.clone()),
                    speaker: speaker.map(|(sp, _)| sp),
                    cue_span: None,
                });
            }
            ('\n', _) => open = None,
            _ => {}
        }
    }
    quotes
}

fn cue_speaker(after: &str, entities: &[Entity]) -> Option<(Speaker, String)> {
    let head: String = after.chars().take(80).collect();
    let said = head.find(" said")?;
    let who = head[..said].trim_start_matches([',', ' ']).trim();
    if who.is_empty() || who.split(' ').count() > 4 {
        return None;
    }
    let entity = entities
        .iter()
        .find(|e| e.aliases.iter().any(|a| who.ends_with(a.as_str())));
    let name = match entity {
        Some(e) => e.name.clone(),
        None => who.trim_start_matches("the ").to_string(),
    };
    Some((
        Speaker {
            name,
            entity: entity.map(|e| e.id),
        },
        format!("{who} said"),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_a_quote() {
        let qs = find_quotes("“We will act now,” said John Smith.", &[]);
        assert_eq!(qs.len(), 1);
        assert_eq!(qs[0].text, "We will act now,");
    }
}
