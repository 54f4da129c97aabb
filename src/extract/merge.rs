//! Document-level reasoning: one entity per real-world referent.

use super::entities::{raw_mentions, Tagged};
use super::Entity;

pub fn entities(t: &Tagged) -> Vec<Entity> {
    let mut out: Vec<Entity> = Vec::new();
    for m in raw_mentions(t) {
        let s = t.text[m.span.start..m.span.end].to_string();
        match out.iter_mut().find(|e| e.name == s) {
            Some(e) => e.mentions.push(m.span),
            None => out.push(Entity {
                id: out.len(),
                name: s.clone(),
                kind: m.kind,
                aliases: vec![s],
                mentions: vec![m.span],
                quotes: Vec::new(),
            }),
        }
    }
    out
}
