//! `byline eval gold GOLD.json ARTICLE`: score an analysis against a gold file in the format of
//! `tests/fixtures/isis-networks.gold.json` (measures described in `../shared/README.md`).

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::extract::{self, Analysis, Kind};
use crate::library;

#[derive(Debug, Clone, Deserialize)]
pub struct GoldEntity {
    pub kind: Kind,
    #[serde(default)]
    pub name: String,
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct GoldQuote {
    pub starts: String,
    pub speaker: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Gold {
    #[serde(default)]
    pub entities: Vec<GoldEntity>,
    #[serde(default)]
    pub optional: Vec<GoldEntity>,
    #[serde(default)]
    pub speakers: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub quotes: Vec<GoldQuote>,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct SpeakerLabels {
    pub speaker: String,
    pub labels: Vec<String>,
    pub single: bool,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Report {
    pub entity_rows: usize,
    pub entity_correct: usize,
    pub entity_optional: usize,
    pub entity_wrong: Vec<String>,
    pub entity_duplicates: Vec<String>,
    pub entity_missed: Vec<String>,
    pub entity_precision: f64,
    pub entity_recall: f64,
    pub quotes_found: usize,
    pub quotes_gold: usize,
    pub quotes_matched: usize,
    pub quote_recall: f64,
    pub quote_precision: f64,
    pub quotes_missed: Vec<String>,
    pub quotes_extra: Vec<String>,
    pub speakers_scored: usize,
    pub speakers_right: usize,
    pub speaker_accuracy: f64,
    pub speakers_wrong: Vec<String>,
    pub speaker_labels: Vec<SpeakerLabels>,
    /// Every gold speaker's quotes carry one label.
    pub single_labels: bool,
}

/// Curly and straight apostrophes and any run of white space compare equal.
fn norm(s: &str) -> String {
    s.replace(['’', '‘'], "'")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

pub fn load(path: &Path) -> anyhow::Result<Gold> {
    let raw =
        std::fs::read_to_string(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    serde_json::from_str(&raw).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
}

pub fn score(gold: &Gold, a: &Analysis) -> Report {
    let mut r = Report::default();

    // Entities: a row is right when its name is an alias of a gold entity of the same kind.
    let mut matched = vec![false; gold.entities.len()];
    for e in &a.entities {
        r.entity_rows += 1;
        let name = norm(&e.name);
        let hit = gold
            .entities
            .iter()
            .position(|g| g.kind == e.kind && g.aliases.iter().any(|x| norm(x) == name));
        match hit {
            Some(i) if matched[i] => r.entity_duplicates.push(e.name.clone()),
            Some(i) => {
                matched[i] = true;
                r.entity_correct += 1;
            }
            None => {
                let optional = gold
                    .optional
                    .iter()
                    .any(|g| g.kind == e.kind && g.aliases.iter().any(|x| norm(x) == name));
                if optional {
                    r.entity_optional += 1;
                } else {
                    r.entity_wrong
                        .push(format!("{} ({})", e.name, e.kind.label()));
                }
            }
        }
    }
    r.entity_missed = gold
        .entities
        .iter()
        .zip(&matched)
        .filter(|(_, m)| !**m)
        .map(|(g, _)| g.name.clone())
        .collect();
    r.entity_precision = ratio(r.entity_correct, r.entity_rows - r.entity_optional);
    r.entity_recall = ratio(matched.iter().filter(|m| **m).count(), gold.entities.len());

    // Quotes: one found quotation per gold quotation, matched by its first words.
    let texts: Vec<String> = a.quotes.iter().map(|q| norm(&q.text)).collect();
    let mut used = vec![false; a.quotes.len()];
    let mut labels: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for g in &gold.quotes {
        let starts = norm(&g.starts);
        let Some(qi) = (0..texts.len()).find(|&i| !used[i] && texts[i].contains(&starts)) else {
            r.quotes_missed.push(g.starts.clone());
            continue;
        };
        used[qi] = true;
        r.quotes_matched += 1;
        let Some(key) = &g.speaker else {
            continue;
        };
        let q = &a.quotes[qi];
        let mut names: Vec<String> = gold.speakers.get(key).cloned().unwrap_or_default();
        names.push(key.clone());
        let names: Vec<String> = names.iter().map(|n| norm(n)).collect();
        let mut said: Vec<String> = Vec::new();
        if let Some(s) = &q.speaker {
            said.push(s.name.clone());
            if let Some(e) = s.entity.and_then(|i| a.entities.get(i)) {
                said.push(e.name.clone());
                said.extend(e.aliases.iter().cloned());
            }
        }
        let right = said.iter().any(|s| {
            let s = norm(s);
            names.contains(&s) || names.contains(&norm(s.trim_start_matches("the ")))
        });
        r.speakers_scored += 1;
        if right {
            r.speakers_right += 1;
        } else {
            r.speakers_wrong.push(format!(
                "{} → {} (gold {key})",
                g.starts,
                q.speaker.as_ref().map_or("none", |s| s.name.as_str())
            ));
        }
        labels.entry(key.clone()).or_default().insert(
            q.speaker
                .as_ref()
                .map_or_else(|| "none".to_string(), |s| s.name.clone()),
        );
    }
    r.quotes_found = a.quotes.len();
    r.quotes_gold = gold.quotes.len();
    r.quotes_extra = a
        .quotes
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(q, _)| q.text.clone())
        .collect();
    r.quote_recall = ratio(r.quotes_matched, r.quotes_gold);
    r.quote_precision = ratio(r.quotes_matched, r.quotes_found);
    r.speaker_accuracy = ratio(r.speakers_right, r.speakers_scored);
    r.speaker_labels = labels
        .into_iter()
        .map(|(speaker, l)| SpeakerLabels {
            speaker,
            single: l.len() == 1,
            labels: l.into_iter().collect(),
        })
        .collect();
    r.single_labels = r.speaker_labels.iter().all(|s| s.single);
    r
}

/// Analyse `article` and score it against `gold`.
pub fn score_files(gold: &Path, article: &Path) -> anyhow::Result<Report> {
    let g = load(gold)?;
    let mut arts =
        library::load_file(article).map_err(|e| anyhow::anyhow!("{}: {e}", article.display()))?;
    if arts.is_empty() {
        anyhow::bail!("{}: no article in file", article.display());
    }
    let art = arts.swap_remove(0);
    Ok(score(&g, &extract::analyze(&art.text)))
}

/// The report as a table, with the rows behind each measure.
pub fn print(r: &Report, out: &mut impl Write) -> std::io::Result<()> {
    let mut row = |name: &str, value: String| writeln!(out, "{name:<22} {value}");
    row("measure", "value".to_string())?;
    row(
        "entity precision",
        format!(
            "{:.3} ({} right of {} rows, {} optional)",
            r.entity_precision, r.entity_correct, r.entity_rows, r.entity_optional
        ),
    )?;
    row("entity recall", format!("{:.3}", r.entity_recall))?;
    row("duplicate rows", r.entity_duplicates.len().to_string())?;
    row(
        "quote recall",
        format!(
            "{:.3} ({}/{})",
            r.quote_recall, r.quotes_matched, r.quotes_gold
        ),
    )?;
    row(
        "quote precision",
        format!(
            "{:.3} ({}/{})",
            r.quote_precision, r.quotes_matched, r.quotes_found
        ),
    )?;
    row(
        "speaker accuracy",
        format!(
            "{:.3} ({}/{})",
            r.speaker_accuracy, r.speakers_right, r.speakers_scored
        ),
    )?;
    row(
        "single labels",
        if r.single_labels { "yes" } else { "no" }.to_string(),
    )?;
    let lists: [(&str, &[String]); 6] = [
        ("wrong entity rows", &r.entity_wrong),
        ("duplicate entity rows", &r.entity_duplicates),
        ("missed entities", &r.entity_missed),
        ("missed quotes", &r.quotes_missed),
        ("extra quotes", &r.quotes_extra),
        ("wrong speakers", &r.speakers_wrong),
    ];
    for (title, items) in lists {
        if !items.is_empty() {
            writeln!(out, "\n{title}:")?;
            for i in items {
                writeln!(out, "  {i}")?;
            }
        }
    }
    for s in r.speaker_labels.iter().filter(|s| !s.single) {
        writeln!(
            out,
            "\nspeaker {} carries labels: {}",
            s.speaker,
            s.labels.join(", ")
        )?;
    }
    Ok(())
}

/// The `byline eval gold` command.
pub fn run(gold: &Path, article: &Path, json: bool) -> anyhow::Result<()> {
    let r = score_files(gold, article)?;
    let mut out = std::io::stdout().lock();
    let written = if json {
        serde_json::to_string_pretty(&r)
            .map_err(std::io::Error::other)
            .and_then(|s| writeln!(out, "{s}"))
    } else {
        print(&r, &mut out)
    };
    match written {
        // A closed pipe (`| head`) is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::{Entity, Quote, Speaker};

    fn gold() -> Gold {
        serde_json::from_str(
            r#"{"entities":[{"kind":"person","name":"Ann Lee","aliases":["Ann Lee","Lee"]}],
                "optional":[{"kind":"place","aliases":["West"]}],
                "speakers":{"Ann Lee":["Ann Lee","Lee"]},
                "quotes":[{"starts":"We will","speaker":"Ann Lee"},
                          {"starts":"Not now","speaker":"Ann Lee"}]}"#,
        )
        .expect("gold parses")
    }

    fn quote(text: &str, who: Option<(&str, Option<usize>)>) -> Quote {
        Quote {
            start: 0,
            end: 0,
            text: text.into(),
            speaker: who.map(|(n, e)| Speaker {
                name: n.into(),
                entity: e,
            }),
            cue: None,
            cue_span: None,
        }
    }

    #[test]
    fn scores_rows_quotes_and_speakers() {
        let ent = |name: &str, kind| Entity {
            id: 0,
            name: name.into(),
            kind,
            aliases: vec![name.into()],
            mentions: vec![],
            quotes: vec![],
        };
        let a = Analysis {
            entities: vec![
                ent("Ann Lee", Kind::Person),
                ent("Lee", Kind::Person),
                ent("West", Kind::Place),
                ent("Tuesday", Kind::Person),
            ],
            quotes: vec![
                quote("We will win", Some(("Ann Lee", Some(0)))),
                quote("Not now, not ever", Some(("she", None))),
                quote("stray words here", None),
            ],
        };
        let r = score(&gold(), &a);
        assert_eq!(r.entity_correct, 1);
        assert_eq!(r.entity_duplicates, ["Lee"]);
        assert_eq!(r.entity_optional, 1);
        assert_eq!(r.entity_wrong.len(), 1);
        assert!((r.entity_precision - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(r.quotes_matched, 2);
        assert!((r.quote_precision - 2.0 / 3.0).abs() < 1e-9);
        assert_eq!(r.speakers_right, 1);
        assert!(!r.single_labels);
    }
}
