//! `byline bench`: whole-extraction throughput (tokenize, tag, merge) and model load time.

use std::path::PathBuf;
use std::time::Instant;

use crate::extract;

pub fn run(files: &[PathBuf], mb: f64) -> anyhow::Result<String> {
    let t0 = Instant::now();
    extract::entities::model();
    extract::gazetteer::warm();
    let load = t0.elapsed();
    let mut texts = Vec::new();
    for f in files {
        texts
            .push(std::fs::read_to_string(f).map_err(|e| anyhow::anyhow!("{}: {e}", f.display()))?);
    }
    if texts.is_empty() {
        texts.push(
            crate::library::sample_library()
                .articles
                .into_iter()
                .map(|a| a.text)
                .collect::<Vec<_>>()
                .join("\n\n"),
        );
    }
    let want = (mb * 1e6) as usize;
    let mut bytes = 0usize;
    let mut entities = 0usize;
    let t1 = Instant::now();
    'outer: loop {
        for t in &texts {
            if t.is_empty() {
                continue;
            }
            entities += extract::entity_mentions_with(extract::entities::model(), t).len();
            bytes += t.len();
            if bytes >= want {
                break 'outer;
            }
        }
        if texts.iter().all(|t| t.is_empty()) {
            anyhow::bail!("no text to measure");
        }
    }
    let secs = t1.elapsed().as_secs_f64();
    Ok(format!(
        "model+gazetteer load: {:.1} ms\nextracted {:.2} MB in {:.2} s: {:.2} MB/s on one core ({} mentions)\n",
        load.as_secs_f64() * 1e3,
        bytes as f64 / 1e6,
        secs,
        bytes as f64 / 1e6 / secs,
        entities
    ))
}
