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

/// Pathological inputs may cost at most this many times the time per byte of ordinary input.
pub const HOSTILE_BAR: f64 = 10.0;

/// Sizes of the generated inputs; `bench hostile` uses the full ones.
#[derive(Debug, Clone, Copy)]
pub struct HostileSizes {
    /// Bytes of the ordinary, one-sentence, one-word and no-space texts.
    pub text: usize,
    /// Quotation marks and capitalised words.
    pub count: usize,
    /// Nesting depth of the deep HTML and JSON files.
    pub depth: usize,
    /// Bytes of the big HTML and JSON files.
    pub big_file: usize,
}

impl HostileSizes {
    pub const FULL: HostileSizes = HostileSizes {
        text: 1_000_000,
        count: 100_000,
        depth: 100_000,
        big_file: 50_000_000,
    };

    /// Every size times `f` (a quick look, or a second point to see how time grows).
    pub fn scaled(f: f64) -> HostileSizes {
        let s = |n: usize| ((n as f64 * f) as usize).max(1);
        let full = HostileSizes::FULL;
        HostileSizes {
            text: s(full.text),
            count: s(full.count),
            depth: s(full.depth),
            big_file: s(full.big_file),
        }
    }
}

/// One generated input: what extraction or a loader gets.
pub struct HostileCase {
    pub name: String,
    /// `None`: extraction on `bytes` as text; `Some(ext)`: a file of that extension loaded by
    /// the library, as the reader would.
    pub file_ext: Option<&'static str>,
    pub bytes: Vec<u8>,
    /// The ordinary input this one is compared with (its index in the list).
    pub baseline: usize,
}

/// The words three at a time (the last group filled with its first word), each group written
/// into one sentence of a case.
fn by_threes(words: &[String], sentence: impl Fn(&str, &str, &str) -> String) -> String {
    words
        .chunks(3)
        .map(|c| {
            let at = |k: usize| c.get(k).unwrap_or(&c[0]).as_str();
            sentence(at(0), at(1), at(2))
        })
        .collect()
}

/// `unit` repeated until the result has at least `bytes` bytes.
fn repeat_to(unit: &str, bytes: usize) -> String {
    unit.repeat(bytes.div_ceil(unit.len().max(1)).max(1))
}

/// Distinct capitalised made-up words ("Bako", "Keruni"...), so no gazetteer or cache
/// shortcut makes them cheap.
fn capitalised_word(mut i: usize) -> String {
    const SYL: [&str; 16] = [
        "ba", "ke", "ru", "mi", "so", "ta", "ne", "lo", "vi", "da", "po", "zu", "ha", "ge", "fo",
        "wi",
    ];
    let mut w = String::new();
    loop {
        w.push_str(SYL[i % SYL.len()]);
        i /= SYL.len();
        if i == 0 {
            break;
        }
    }
    let mut c = w.chars();
    c.next()
        .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
        .unwrap_or_default()
}

/// Every pathological input the issue names, next to the ordinary ones they are measured
/// against. Deterministic.
pub fn hostile_cases(sizes: HostileSizes) -> Vec<HostileCase> {
    let sample = crate::library::sample_library()
        .articles
        .into_iter()
        .map(|a| a.text)
        .collect::<Vec<_>>()
        .join("\n\n");
    let n = sizes.count;
    let text = |name: &str, s: String| HostileCase {
        name: name.to_string(),
        file_ext: None,
        bytes: s.into_bytes(),
        baseline: 0,
    };
    let paragraphs: String = sample
        .split("\n\n")
        .map(|p| format!("<p>{}</p>\n", p.replace('&', "&amp;").replace('<', "&lt;")))
        .collect();
    let page = |body: &str| {
        format!(
            "<html><head><title>Ordinary page</title></head><body><article>{body}</article></body></html>"
        )
    };
    let json_article = serde_json::json!({"title": "Ordinary", "text": sample}).to_string();
    let json_array = |bytes: usize| {
        let count = bytes.div_ceil(json_article.len() + 1).max(1);
        format!("[{}]", vec![json_article.as_str(); count].join(","))
    };
    let one_sentence: String = sample
        .chars()
        .map(|c| match c {
            '.' | '!' | '?' | '"' | '“' | '”' | '\n' | ';' | ':' => ' ',
            c => c,
        })
        .collect();
    let caps: Vec<String> = (0..n).map(capitalised_word).collect();
    let mut cases = vec![
        text(
            "ordinary text (sample articles)",
            repeat_to(&(sample.clone() + "\n\n"), sizes.text),
        ),
        text("one sentence", repeat_to(&(one_sentence + " "), sizes.text)),
        text("straight quotes, balanced", "\"word\" ".repeat(n / 2)),
        text("straight quotes, unbalanced", "\"word ".repeat(n)),
        text("straight quotes, nothing else", "\"".repeat(n)),
        text("curly quotes, balanced", "“word” ".repeat(n / 2)),
        text("curly quotes, unbalanced", "“word ".repeat(n)),
        text("curly quotes, closing only", "” said ".repeat(n)),
        text(
            "quotes with named speakers",
            "“We will act,” said Mayor Ana Ruiz. ".repeat(n / 2),
        ),
        text(
            "quotes with titled speakers",
            "“Not yet,” the senator said. ".repeat(n / 2),
        ),
        // A listed organization's name in two cases ("ANA", "Ana") and an anonymous speaker's
        // noun, each thousands of times.
        text(
            "quotes by a listed body's spokeswoman",
            "“We will act,” said ANA spokeswoman Ana Ruiz. ".repeat(n / 2),
        ),
        text("capitalised words", caps.join(" ")),
        text("capitalised words, one sentence each", caps.join(". ")),
        text(
            "ALL-CAPS lines naming people",
            caps.chunks(2)
                .map(|c| format!("SAYS MARIA {}", c.join(" ")).to_uppercase())
                .collect::<Vec<_>>()
                .join(".\n"),
        ),
        text("one word repeated", repeat_to("Paris ", sizes.text)),
        // Each of these names a thing several document-level rules look up across the text.
        text(
            "countries of several words and teams",
            "Bosnia and Herzegovina beat the Czech Republic; the Wild beat the Sabres in Minnesota. "
                .repeat(n / 8),
        ),
        text(
            "acronyms spelled out, titles, states and counties",
            by_threes(&caps, |a, b, c| {
                format!("the sea surface salinity (SSS) of {0}, Calif. rose, said President {1} von {2}, in {0} and {1} counties. ", a, b, c)
            }),
        ),
        text(
            "bylines, offices, courts and name particles",
            by_threes(&caps, |a, b, c| {
                format!("By {0} {1} and {2} {0}\n{0} County Sheriff {1} {2}, 44, of the {0} union told {1} van der {2} in U.S. District Court for the Eastern District of {0}. ", a, b, c)
            }),
        ),
        text(
            "offices, institutions, lists and credits",
            by_threes(&caps, |a, b, c| {
                format!("Justice {0} {1} and Mayor {2} {0} met the Institute for the Study of {1} of the {2} Council on {0}, {1} and {2}. Shares in {0} rose 3 percent in Paris, {1}, {2} and {0}. {0} {1} of {2} spoke.\n(Reporting by {0} {1}, {2} {0} and {1} {2})\n", a, b, c)
            })
                // One list of every name, after a place.
                + "In Paris, "
                + &caps.join(", ")
                + " and Rome.",
        ),
        text(
            "roads, trusts, committees and chapters",
            by_threes(&caps, |a, b, c| {
                format!("The {0} and {1} Hospital NHS Trust, the A320 at Airbus and the M6 northbound near the Amazon rainforest; the Senate {0}, {1}, {2} and {0} Committee; the ACLU of Texas; Aduanas Chile, the agency, said so in north {2}. ", a, b, c)
            }),
        ),
        text(
            "hyphenated pairs, circuits, halls and fields",
            by_threes(&caps, |a, b, c| {
                format!("The Israel-{0} talks and the Japan-South Korea summit; the 9th Circuit and {1} City Hall; the Institute for {0} and the Environment at {1} and the {2} northbound. {0} {1} {2}, 52, who chairs the {1} Council, said it was “a failure,” which the court read, with {2} calling it “a plan.” ", a, b, c)
            }),
        ),
        text(
            "feature-first places, members' seats and named sources",
            by_threes(&caps, |a, b, c| {
                format!("Along Avenue {0} {1} near the village of {2}, the I.M.F. and the {0} family met. “It will not hold when the river floods.” That was the verdict of {1} {2} {0}, who sells fish. {0}, the {1} MLA for Upper {2}, and Mr. ap {0} said the {1} and {2} Sharks were in La {0}. ", a, b, c)
            }),
        ),
        text(
            "members' titles, national bodies, lettered streets and introduced speakers",
            by_threes(&caps, |a, b, c| {
                format!("The {0} MP and {1} {2} MP met the Kenyan {0} Federation at the {1} Civic Center on Avenue A. {2} {0}, a nurse from {1} College, had taken two buses to {0}'s disease clinic on 12th Avenue South. “We waited.” Minister of {1} and {2} {0} {1} told reporters. ", a, b, c)
            }),
        ),
        text(
            "no spaces",
            repeat_to("abcdefghijklmnopqrstuvwxyz", sizes.text),
        ),
        text(
            "no spaces, capitalised",
            repeat_to("AbcDefGhiJkl", sizes.text),
        ),
    ];
    let file = |name: &str, ext, s: String, baseline| HostileCase {
        name: name.to_string(),
        file_ext: Some(ext),
        bytes: s.into_bytes(),
        baseline,
    };
    let html_base = cases.len();
    cases.push(file(
        "ordinary HTML page",
        "html",
        page(&repeat_to(&paragraphs, sizes.text)),
        html_base,
    ));
    cases.push(file(
        "HTML nested deep",
        "html",
        page(&format!(
            "{}<p>{}</p>{}",
            "<div>".repeat(sizes.depth),
            sample.replace('<', "&lt;"),
            "</div>".repeat(sizes.depth)
        )),
        html_base,
    ));
    cases.push(file(
        "HTML nested deep, never closed",
        "html",
        page(&"<div><span>a".repeat(sizes.depth)),
        html_base,
    ));
    let reopened: String = (0..sizes.depth / 100)
        .map(|i| format!("<b id={i}>"))
        .collect();
    cases.push(file(
        "HTML, open formatting re-made in every paragraph",
        "html",
        page(&format!("<p>{reopened}x{}", repeat_to("<p>y", sizes.text))),
        html_base,
    ));
    cases.push(file(
        "HTML, largest file loaded",
        "html",
        page(&repeat_to(
            &paragraphs,
            (crate::library::MAX_ARTICLE_FILE_BYTES as usize - 100_000).min(sizes.big_file),
        )),
        html_base,
    ));
    cases.push(file(
        "HTML, big file",
        "html",
        page(&repeat_to(&paragraphs, sizes.big_file)),
        html_base,
    ));
    let json_base = cases.len();
    cases.push(file(
        "ordinary JSON array",
        "json",
        json_array(sizes.text),
        json_base,
    ));
    cases.push(file(
        "JSON, big file",
        "json",
        json_array(sizes.big_file),
        json_base,
    ));
    cases.push(file(
        "JSON nested deep",
        "json",
        format!("{}{}", "[".repeat(sizes.depth), "]".repeat(sizes.depth)),
        json_base,
    ));
    let huge = serde_json::json!({"title": "Huge", "text": repeat_to(&sample, sizes.text)});
    cases.push(file(
        "JSON Lines, one huge line",
        "jsonl",
        huge.to_string(),
        json_base,
    ));
    for c in &mut cases {
        c.name = match c.file_ext {
            None => format!(
                "{} ({})",
                c.name,
                crate::library::human_size(c.bytes.len() as u64)
            ),
            Some(ext) => format!(
                "{} (.{ext}, {})",
                c.name,
                crate::library::human_size(c.bytes.len() as u64)
            ),
        };
    }
    cases
}

/// Seconds of CPU (wall when Linux does not say) that `f` takes, repeated until the total is
/// long enough to measure, per run.
fn time_per_run(mut f: impl FnMut()) -> f64 {
    let mut runs = 0u32;
    let (t0, c0) = (Instant::now(), thread_cpu());
    loop {
        f();
        runs += 1;
        let spent = match (c0, thread_cpu()) {
            (Some(a), Some(b)) => b - a,
            _ => t0.elapsed().as_secs_f64(),
        };
        if spent >= 0.3 || runs >= 50 {
            return spent / f64::from(runs);
        }
    }
}

/// `byline bench hostile`: time per byte of every pathological input against ordinary input of
/// its kind. Files are written to a temporary folder and loaded as the reader loads them (size
/// limits included); text goes straight to `extract::analyze`.
pub fn hostile(sizes: HostileSizes) -> anyhow::Result<String> {
    extract::entities::model();
    extract::gazetteer::warm();
    let cases = hostile_cases(sizes);
    let dir = std::env::temp_dir().join(format!("byline-bench-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let mut per_byte = Vec::with_capacity(cases.len());
    let mut out = format!(
        "{:<66} {:>10} {:>9} {:>7}  (bar: ≤ {HOSTILE_BAR}× ordinary)\n",
        "input", "ms/run", "ns/byte", "×"
    );
    let mut worst: f64 = 0.0;
    for (i, c) in cases.iter().enumerate() {
        let (secs, note) = match c.file_ext {
            None => {
                let text = String::from_utf8_lossy(&c.bytes);
                let mut found = 0;
                let secs = time_per_run(|| found = extract::analyze(&text).entities.len());
                (secs, format!("{found} entities"))
            }
            Some(ext) => {
                let path = dir.join(format!("case-{i}.{ext}"));
                std::fs::write(&path, &c.bytes)?;
                let mut report = crate::library::FileReport::default();
                let secs = time_per_run(|| report = crate::library::load_file_report(&path));
                let _ = std::fs::remove_file(&path);
                let note = match report.failures.first() {
                    Some(f) if report.articles.is_empty() => format!("refused: {}", f.reason),
                    _ => format!("{} articles", report.articles.len()),
                };
                (secs, note)
            }
        };
        let ns = secs * 1e9 / c.bytes.len().max(1) as f64;
        per_byte.push(ns);
        let ratio = ns / per_byte[c.baseline].max(1e-12);
        if c.baseline != i {
            worst = worst.max(ratio);
        }
        let mark = if ratio > HOSTILE_BAR { "  OVER" } else { "" };
        out.push_str(&format!(
            "{:<66} {:>10.1} {:>9.1} {:>7.2}{mark}  {note}\n",
            c.name,
            secs * 1e3,
            ns,
            ratio
        ));
    }
    let _ = std::fs::remove_dir_all(&dir);
    out.push_str(&format!(
        "worst: {worst:.2}× the time per byte of ordinary input ({})\n",
        if worst <= HOSTILE_BAR {
            "within the bar"
        } else {
            "OVER the bar"
        }
    ));
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_inputs_are_what_they_claim() {
        let sizes = HostileSizes {
            text: 10_000,
            count: 1_000,
            depth: 500,
            big_file: 30_000,
        };
        let cases = hostile_cases(sizes);
        let find = |prefix: &str| {
            cases
                .iter()
                .find(|c| c.name.starts_with(prefix))
                .map(|c| String::from_utf8_lossy(&c.bytes).into_owned())
                .unwrap_or_else(|| panic!("no case {prefix}"))
        };
        let sentence = find("one sentence");
        assert!(sentence.len() >= 10_000 && !sentence.contains(['.', '\n']));
        for q in [
            "straight quotes",
            "curly quotes, balanced",
            "curly quotes, unbalanced",
        ] {
            let marks = find(q)
                .chars()
                .filter(|c| matches!(c, '"' | '“' | '”'))
                .count();
            assert_eq!(marks, 1_000, "{q}");
        }
        let caps = find("capitalised words (");
        assert_eq!(caps.split(' ').count(), 1_000);
        assert!(caps
            .split(' ')
            .all(|w| w.starts_with(|c: char| c.is_ascii_uppercase())));
        assert!(!find("no spaces (").contains(' '));
        assert_eq!(find("HTML nested deep (").matches("<div>").count(), 500);
        assert!(find("JSON, big file").len() >= 30_000);
        for c in &cases {
            assert!(c.baseline <= cases.len() && cases[c.baseline].baseline == c.baseline);
        }
    }
}
