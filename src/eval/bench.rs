//! `byline bench`: whole-extraction throughput (tokenize, tag, merge) and model load time.

use std::path::PathBuf;
use std::time::Instant;

use crate::extract;

/// CPU time of this thread in seconds, when Linux exposes it; the machine is shared, so wall
/// time alone would measure the neighbours too.
fn thread_cpu() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: f64 = s.split_whitespace().next()?.parse().ok()?;
    Some(ns / 1e9)
}

pub fn run(files: &[PathBuf], mb: f64) -> anyhow::Result<String> {
    let t0 = Instant::now();
    let c0 = thread_cpu();
    extract::entities::model();
    let c1 = thread_cpu();
    extract::gazetteer::warm();
    let c2 = thread_cpu();
    let load = t0.elapsed();
    let mut texts = Vec::new();
    for f in files {
        if f.to_string_lossy().ends_with(".bio.tsv") {
            // A corpus: each document's rebuilt text is one call.
            let docs = crate::extract::corpus::read_file(f)
                .map_err(|e| anyhow::anyhow!("{}: {e}", f.display()))?;
            texts.extend(docs.into_iter().map(|d| d.text));
        } else {
            texts.push(
                std::fs::read_to_string(f).map_err(|e| anyhow::anyhow!("{}: {e}", f.display()))?,
            );
        }
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
    let c3 = thread_cpu();
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
    let mut out = format!(
        "load (model + gazetteers): {:.1} ms wall\nextracted {:.2} MB in {:.2} s wall: {:.2} MB/s ({} mentions)\n",
        load.as_secs_f64() * 1e3,
        bytes as f64 / 1e6,
        secs,
        bytes as f64 / 1e6 / secs,
        entities
    );
    if let (Some(c0), Some(c1), Some(c2), Some(c3), Some(c4)) = (c0, c1, c2, c3, thread_cpu()) {
        out.push_str(&format!(
            "cpu: model load {:.1} ms, gazetteer load {:.1} ms, extraction {:.2} MB/s per core\n",
            (c1 - c0) * 1e3,
            (c2 - c1) * 1e3,
            bytes as f64 / 1e6 / (c4 - c3).max(1e-9)
        ));
    }
    Ok(out)
}
