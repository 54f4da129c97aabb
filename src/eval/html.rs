//! `byline eval html DIR`: the Article Extraction Benchmark's metric on our extractor.
//!
//! DIR holds `ground-truth.json` (`{id: {articleBody, url}}`) and `html/ID.html.gz` (or
//! `ID.html`). Text is split into tokens (runs of word characters, case kept), 4-token
//! shingles are counted per page, precision and recall are averaged over pages, and F1 is
//! computed from the two means, as the benchmark publishes it.

use std::collections::HashMap;
use std::io::Read;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::library::html;

const SHINGLE: usize = 4;

#[derive(Debug, Clone)]
pub struct PageScore {
    pub id: String,
    pub precision: f64,
    pub recall: f64,
    pub elapsed: Duration,
}

#[derive(Debug, Clone)]
pub struct Report {
    pub pages: Vec<PageScore>,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub ms_per_page: f64,
    /// CPU time of this thread per page, when the OS reports it: on a loaded machine the
    /// wall-clock figure measures the other processes too.
    pub cpu_ms_per_page: Option<f64>,
}

/// Nanoseconds this thread has run on a CPU (Linux `schedstat`).
fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// Runs of word characters, as Python's `\w+` finds them.
pub fn tokens(s: &str) -> Vec<&str> {
    s.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|t| !t.is_empty())
        .collect()
}

fn shingles(s: &str) -> HashMap<Vec<&str>, usize> {
    let t = tokens(s);
    let mut m = HashMap::new();
    if t.is_empty() {
        return m;
    }
    // Texts shorter than a shingle still count as one shingle, as in the benchmark.
    let count = t.len().saturating_sub(SHINGLE - 1).max(1);
    for i in 0..count {
        let end = (i + SHINGLE).min(t.len());
        *m.entry(t[i..end].to_vec()).or_insert(0) += 1;
    }
    m
}

/// Per-page precision and recall of `pred` against `truth`.
pub fn precision_recall(truth: &str, pred: &str) -> (f64, f64) {
    let a = shingles(truth);
    let b = shingles(pred);
    let (mut tp, mut fp, mut fn_) = (0usize, 0usize, 0usize);
    for (k, &v) in &b {
        let t = a.get(k).copied().unwrap_or(0);
        tp += v.min(t);
        fp += v.saturating_sub(t);
    }
    for (k, &v) in &a {
        fn_ += v.saturating_sub(b.get(k).copied().unwrap_or(0));
    }
    if fp == 0 && fn_ == 0 {
        return (1.0, 1.0);
    }
    if tp == 0 {
        return (0.0, 0.0);
    }
    (tp as f64 / (tp + fp) as f64, tp as f64 / (tp + fn_) as f64)
}

fn read_page(dir: &Path, id: &str) -> Result<Vec<u8>, String> {
    let gz = dir.join("html").join(format!("{id}.html.gz"));
    if gz.exists() {
        let f = std::fs::File::open(&gz).map_err(|e| format!("{}: {e}", gz.display()))?;
        let mut bytes = Vec::new();
        flate2::read::GzDecoder::new(f)
            .read_to_end(&mut bytes)
            .map_err(|e| format!("{}: {e}", gz.display()))?;
        return Ok(bytes);
    }
    let plain = dir.join("html").join(format!("{id}.html"));
    std::fs::read(&plain).map_err(|e| format!("{}: {e}", plain.display()))
}

/// Score every page of the benchmark in DIR.
pub fn evaluate(dir: &Path) -> Result<Report, String> {
    let gt_path = dir.join("ground-truth.json");
    let raw =
        std::fs::read_to_string(&gt_path).map_err(|e| format!("{}: {e}", gt_path.display()))?;
    let gt: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&raw).map_err(|e| format!("{}: {e}", gt_path.display()))?;
    let mut ids: Vec<&String> = gt.keys().collect();
    ids.sort();
    let mut pages = Vec::new();
    let mut cpu_ns = Some(0u64);
    for id in ids {
        let truth = gt[id.as_str()]["articleBody"].as_str().unwrap_or("");
        let bytes = read_page(dir, id)?;
        let cpu_start = thread_cpu_ns();
        let start = Instant::now();
        let page = html::extract_page(&bytes);
        let elapsed = start.elapsed();
        cpu_ns = match (cpu_ns, cpu_start, thread_cpu_ns()) {
            (Some(acc), Some(a), Some(b)) => Some(acc + b.saturating_sub(a)),
            _ => None,
        };
        let (precision, recall) = precision_recall(truth, &page.text);
        pages.push(PageScore {
            id: id.clone(),
            precision,
            recall,
            elapsed,
        });
    }
    if pages.is_empty() {
        return Err(format!("{}: no pages", gt_path.display()));
    }
    let n = pages.len() as f64;
    let precision = pages.iter().map(|p| p.precision).sum::<f64>() / n;
    let recall = pages.iter().map(|p| p.recall).sum::<f64>() / n;
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    let total: Duration = pages.iter().map(|p| p.elapsed).sum();
    Ok(Report {
        pages,
        precision,
        recall,
        f1,
        ms_per_page: total.as_secs_f64() * 1000.0 / n,
        cpu_ms_per_page: cpu_ns.map(|ns| ns as f64 / 1e6 / n),
    })
}

/// The command's body: print the scores (and, with `per_page`, every page, worst first).
pub fn run(dir: &Path, per_page: bool) -> Result<(), String> {
    let report = evaluate(dir)?;
    if per_page {
        let mut pages = report.pages.clone();
        pages.sort_by(|a, b| {
            let fa = f1(a.precision, a.recall);
            let fb = f1(b.precision, b.recall);
            fa.total_cmp(&fb)
        });
        for p in &pages {
            println!(
                "{}  P {:.3}  R {:.3}  {:.1} ms",
                p.id,
                p.precision,
                p.recall,
                p.elapsed.as_secs_f64() * 1000.0
            );
        }
    }
    println!("pages      {}", report.pages.len());
    println!("precision  {:.4}", report.precision);
    println!("recall     {:.4}", report.recall);
    println!("F1         {:.4}", report.f1);
    println!("ms/page    {:.2} (wall clock)", report.ms_per_page);
    if let Some(cpu) = report.cpu_ms_per_page {
        println!("ms/page    {cpu:.2} (CPU time)");
    }
    Ok(())
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identical_texts_score_one() {
        assert_eq!(precision_recall("a b c d e", "a b c d e"), (1.0, 1.0));
    }

    #[test]
    fn extra_text_lowers_precision_only() {
        let (p, r) = precision_recall("one two three four five", "one two three four five six");
        assert_eq!(r, 1.0);
        assert!((p - 2.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn tokens_are_word_runs() {
        assert_eq!(
            tokens("It’s 3.5 km—far_away!"),
            ["It", "s", "3", "5", "km", "far_away"]
        );
    }

    #[test]
    fn short_texts_are_one_shingle() {
        assert_eq!(precision_recall("hi there", "hi there"), (1.0, 1.0));
        assert_eq!(precision_recall("hi there", "hello"), (0.0, 0.0));
    }
}
