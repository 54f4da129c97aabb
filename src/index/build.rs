//! Building and refreshing a library's cache: scan, compare keys, analyse what is new or changed
//! in parallel, rewrite only the shards that changed, then rebuild the library-wide tables.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use rayon::prelude::*;

use super::names;
use super::scan::{self, ScannedFile};
use super::store::{
    self, ArticleEntry, CacheDir, Digest, FileEntry, Lock, Record, RecordHead, StoredArticle,
    Summary, DIGESTS_MAGIC, NAMES_MAGIC, SHARDS, SUMMARY_MAGIC, WORDS_MAGIC,
};
use super::{dates, words, Index, Progress, UpdateStats};
use crate::extract;
use crate::library;

/// Shards analysed and written per step: bounds memory to a few shards' records at a time.
const SHARDS_PER_STEP: usize = 4;

/// A cache as found on disk, when every part of it is readable and of one generation.
struct OldState {
    generation: u64,
    summary: Summary,
    digests: Vec<Digest>,
    words: Vec<u8>,
}

fn load_old(cd: &CacheDir, root: &str, fingerprint: u64) -> Option<OldState> {
    let (generation, body) = cd.read("summary.bin", SUMMARY_MAGIC)?;
    let summary: Summary = store::decode(&body).ok()?;
    if summary.root != root || summary.fingerprint != fingerprint {
        return None;
    }
    let (g, body) = cd.read("digests.bin", DIGESTS_MAGIC)?;
    if g != generation {
        return None;
    }
    let digests: Vec<Digest> = store::decode(&body).ok()?;
    if digests.len() != summary.articles.len() {
        return None;
    }
    let (g, words) = cd.read("words.bin", WORDS_MAGIC)?;
    if g != generation {
        return None;
    }
    let (g, _) = cd.read("names.bin", NAMES_MAGIC)?;
    if g != generation {
        return None;
    }
    Some(OldState {
        generation,
        summary,
        digests,
        words,
    })
}

/// The cache as it stands when every scanned file has the key it was cached under: the common
/// case of opening a library, answered from the summary and the other files' headers alone.
fn unchanged(
    cd: &CacheDir,
    root: &str,
    fingerprint: u64,
    scanned: &[ScannedFile],
) -> Option<(u64, Summary)> {
    let (generation, body) = cd.read("summary.bin", SUMMARY_MAGIC)?;
    let summary: Summary = store::decode(&body).ok()?;
    if summary.root != root
        || summary.fingerprint != fingerprint
        || summary.files.len() != scanned.len()
    {
        return None;
    }
    for name_magic in [
        ("digests.bin", DIGESTS_MAGIC),
        ("words.bin", WORDS_MAGIC),
        ("names.bin", NAMES_MAGIC),
    ] {
        if cd.generation(name_magic.0, name_magic.1)? != generation {
            return None;
        }
    }
    let same = summary
        .files
        .iter()
        .zip(scanned)
        .all(|(e, f)| e.rel == f.rel && e.size == f.size && e.mtime == f.mtime);
    same.then_some((generation, summary))
}

/// A hash of what the extractor makes of a fixed paragraph: when the extractor changes, cached
/// analyses are stale and everything is analysed again.
pub fn fingerprint() -> u64 {
    const PROBE: &str = "BRUSSELS — Gen. Curtis Scaparrotti, the head of European Command, \
        told the Senate Armed Services Committee on Tuesday that the Islamic State was \
        regrouping in Syria and Iraq. “We are watching this very closely,” Scaparrotti said. \
        “The threat has not gone away,” a second official said, speaking on condition of \
        anonymity. Maria Lopez of Reuters Institute in London and the Pentagon agreed.\n\n\
        “Nothing has been decided,” said John Smith, a spokesman for the United Nations.";
    let analysis = extract::analyze(PROBE);
    let json = serde_json::to_string(&analysis).unwrap_or_default();
    let mut bytes = json.into_bytes();
    bytes.extend_from_slice(&store::FORMAT_VERSION.to_le_bytes());
    bytes.extend_from_slice(&extract::RULES_DIGEST.to_le_bytes());
    for asset in extract::embedded_assets() {
        bytes.extend_from_slice(&xxhash_rust::xxh3::xxh3_64(asset).to_le_bytes());
    }
    xxhash_rust::xxh3::xxh3_64(&bytes)
}

/// `fingerprint()`, remembered under `base` per executable: the extractor is compiled into the
/// binary, so the same file (path, size, modification time) gives the same fingerprint, and a
/// warm `byline index` or `byline search` need not load the model to compute it (a third of
/// their time on a 10,000-article library).
pub fn fingerprint_in(base: &Path) -> u64 {
    let exe_key = std::env::current_exe().ok().and_then(|exe| {
        let md = std::fs::metadata(&exe).ok()?;
        let key = format!(
            "{}\0{}\0{}\0{}",
            exe.display(),
            md.len(),
            scan::mtime_nanos(&md),
            store::FORMAT_VERSION
        );
        Some(xxhash_rust::xxh3::xxh3_64(key.as_bytes()))
    });
    let Some(key) = exe_key else {
        return fingerprint();
    };
    let path = base.join("extractors").join(format!("{key:016x}"));
    if let Some(fp) = std::fs::read(&path)
        .ok()
        .and_then(|b| <[u8; 8]>::try_from(b.as_slice()).ok())
    {
        return u64::from_le_bytes(fp);
    }
    let fp = fingerprint();
    // A cache that cannot be written only costs the next run the probe.
    if let Some(dir) = path.parent() {
        if std::fs::create_dir_all(dir).is_ok() {
            let _ = store::write_atomic(&path, &fp.to_le_bytes());
        }
    }
    fp
}

pub fn shard_of(rel: &str) -> u32 {
    (xxhash_rust::xxh3::xxh3_64(rel.as_bytes()) % u64::from(SHARDS)) as u32
}

/// What became of one scanned file.
enum Outcome {
    /// New size or mtime but the same bytes: the old record (or failure) stays.
    Same,
    Analysed(Fresh),
    Failed {
        hash: u64,
        reason: String,
    },
}

struct Fresh {
    hash: u64,
    record: Vec<u8>,
    articles: Vec<(ArticleEntry, Digest)>,
    words: Vec<String>,
}

fn analyse_file(f: &ScannedFile, bytes: &[u8]) -> Outcome {
    let hash = xxhash_rust::xxh3::xxh3_64(bytes);
    let arts = match library::load_file(&f.abs) {
        Ok(a) => a,
        Err(reason) => return Outcome::Failed { hash, reason },
    };
    let mut stored = Vec::with_capacity(arts.len());
    let mut articles = Vec::with_capacity(arts.len());
    let mut all_words: Vec<String> = Vec::new();
    for (sub, a) in arts.into_iter().enumerate() {
        let analysis = extract::analyze(&a.text);
        let digest = Digest::of(&analysis);
        let json = match serde_json::to_string(&analysis) {
            Ok(j) => j,
            Err(e) => {
                return Outcome::Failed {
                    hash,
                    reason: format!("analysis could not be stored: {e}"),
                }
            }
        };
        all_words.extend(words::distinct(&a.text));
        all_words.extend(words::distinct(&a.title));
        let when = a
            .date
            .as_deref()
            .and_then(dates::parse)
            .unwrap_or((f.mtime / 1_000_000_000) as i64);
        articles.push((
            ArticleEntry {
                file: 0,
                sub: store::count(sub),
                title: a.title.clone(),
                date: a.date.clone(),
                when,
                entities: store::count(analysis.entities.len()),
                quotes: store::count(analysis.quotes.len()),
            },
            digest,
        ));
        stored.push(StoredArticle {
            cue_spans: analysis.quotes.iter().map(|q| q.cue_span).collect(),
            title: a.title,
            author: a.author,
            date: a.date,
            url: a.url,
            tags: a.tags,
            text: a.text,
            analysis: json,
        });
    }
    all_words.sort_unstable();
    all_words.dedup();
    let record = Record {
        rel: f.rel.clone(),
        hash,
        articles: stored,
    };
    match store::encode(&record) {
        Ok(record) => Outcome::Analysed(Fresh {
            hash,
            record,
            articles,
            words: all_words,
        }),
        Err(e) => Outcome::Failed {
            hash,
            reason: format!("record could not be stored: {e}"),
        },
    }
}

/// Build or refresh the cache of the library at `root`, keeping caches under `base`.
pub fn update_in(
    root: &Path,
    base: &Path,
    progress: &(dyn Fn(Progress) + Sync),
) -> anyhow::Result<(Index, UpdateStats)> {
    let started = Instant::now();
    let (root, cd) = super::locate(root, base)?;
    let _lock = Lock::exclusive(&cd.dir)?;
    let root_str = root.to_string_lossy().into_owned();
    let fp = fingerprint_in(base);
    let scanned = scan::scan(&root);
    if let Some((generation, summary)) = unchanged(&cd, &root_str, fp, &scanned) {
        let index = Index::from_parts(root, cd, generation, summary);
        let stats = stats_of(&index, 0, 0, 0, started);
        return Ok((index, stats));
    }
    let (old_generation, old_summary, mut old_digests, old_words) =
        match load_old(&cd, &root_str, fp) {
            Some(o) => (Some(o.generation), o.summary, o.digests, Some(o.words)),
            None => {
                clear(&cd);
                (None, Summary::default(), Vec::new(), None)
            }
        };
    let old_by_rel: HashMap<&str, usize> = old_summary
        .files
        .iter()
        .enumerate()
        .map(|(i, f)| (f.rel.as_str(), i))
        .collect();

    // For each scanned file: its old entry, and whether its key changed.
    let plan: Vec<Option<usize>> = scanned
        .iter()
        .map(|f| old_by_rel.get(f.rel.as_str()).copied())
        .collect();
    let is_candidate: Vec<bool> = scanned
        .iter()
        .zip(&plan)
        .map(|(f, o)| match o.map(|o| &old_summary.files[o]) {
            Some(e) => e.size != f.size || e.mtime != f.mtime,
            None => true,
        })
        .collect();
    let mut kept_old = vec![false; old_summary.files.len()];
    for o in plan.iter().flatten() {
        kept_old[*o] = true;
    }
    let removed = kept_old.iter().filter(|k| !**k).count();
    let total = is_candidate.iter().filter(|c| **c).count();

    if let Some(generation) = old_generation {
        if total == 0 && removed == 0 {
            let index = Index::from_parts(root, cd, generation, old_summary);
            let stats = stats_of(&index, 0, 0, 0, started);
            return Ok((index, stats));
        }
    }

    // Shards that change: those of new, changed and removed files (all of them on a rebuild).
    let mut touched = vec![old_generation.is_none(); SHARDS as usize];
    for (f, _) in scanned.iter().zip(&is_candidate).filter(|(_, c)| **c) {
        touched[shard_of(&f.rel) as usize] = true;
    }
    for (f, _) in old_summary
        .files
        .iter()
        .zip(&kept_old)
        .filter(|(_, k)| !**k)
    {
        touched[shard_of(&f.rel) as usize] = true;
    }
    let mut by_shard: Vec<Vec<usize>> = vec![Vec::new(); SHARDS as usize];
    for (i, f) in scanned.iter().enumerate() {
        by_shard[shard_of(&f.rel) as usize].push(i);
    }

    let done = AtomicUsize::new(0);
    progress(Progress { done: 0, total });
    let mut entries: Vec<Option<FileEntry>> = (0..scanned.len()).map(|_| None).collect();
    // Per scanned file: freshly analysed articles, or `None` when the old ones stay.
    let mut fresh_articles: Vec<Option<Vec<(ArticleEntry, Digest)>>> =
        (0..scanned.len()).map(|_| None).collect();
    // Word → scan positions of freshly analysed files; merged as each step finishes so the word
    // lists of thousands of articles are never held at once.
    let mut fresh_words: HashMap<String, Vec<u32>> = HashMap::new();

    let shard_ids: Vec<usize> = (0..SHARDS as usize).collect();
    for step in shard_ids.chunks(SHARDS_PER_STEP) {
        // Old records of files in touched shards are copied into the new shard; a record that
        // fails its check is analysed again like a changed file.
        let mut old_bytes: HashMap<usize, Vec<u8>> = HashMap::new();
        let mut work: Vec<usize> = Vec::new();
        for &s in step {
            if !touched[s] {
                // Untouched: records stay where they are; only keys are carried over.
                for &i in &by_shard[s] {
                    if let Some(o) = plan[i] {
                        entries[i] = Some(old_summary.files[o].clone());
                    }
                }
                continue;
            }
            let shard_file = std::fs::read(cd.shard_path(s as u32)).unwrap_or_default();
            for &i in &by_shard[s] {
                let old = plan[i].map(|o| &old_summary.files[o]);
                let bytes = old.and_then(|e| slice_record(&shard_file, e));
                if let Some(b) = bytes {
                    old_bytes.insert(i, b.to_vec());
                }
                let old_failed = old.is_some_and(|e| e.failure.is_some());
                if is_candidate[i] || (bytes.is_none() && !old_failed) {
                    work.push(i);
                }
            }
        }
        let results: Vec<(usize, Outcome)> = work
            .par_iter()
            .map(|&i| {
                let f = &scanned[i];
                let out = match std::fs::read(&f.abs) {
                    Err(e) => Outcome::Failed {
                        hash: 0,
                        reason: e.to_string(),
                    },
                    Ok(bytes) => {
                        let hash = xxhash_rust::xxh3::xxh3_64(&bytes);
                        let same = plan[i].map(|o| &old_summary.files[o]).is_some_and(|e| {
                            e.hash == hash && (e.failure.is_some() || old_bytes.contains_key(&i))
                        });
                        if same {
                            Outcome::Same
                        } else {
                            analyse_file(f, &bytes)
                        }
                    }
                };
                if is_candidate[i] {
                    let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                    progress(Progress { done: n, total });
                }
                (i, out)
            })
            .collect();
        let mut outcomes: HashMap<usize, Outcome> = results.into_iter().collect();
        for &s in step {
            if !touched[s] {
                continue;
            }
            let mut bytes = store::shard_header();
            for &i in &by_shard[s] {
                let f = &scanned[i];
                let old = plan[i].map(|o| &old_summary.files[o]);
                let mut entry = FileEntry {
                    rel: f.rel.clone(),
                    size: f.size,
                    mtime: f.mtime,
                    hash: 0,
                    shard: s as u32,
                    offset: 0,
                    len: 0,
                    failure: None,
                };
                match outcomes.remove(&i) {
                    Some(Outcome::Analysed(fresh)) => {
                        entry.hash = fresh.hash;
                        entry.offset = bytes.len() as u64;
                        entry.len = fresh.record.len() as u64;
                        bytes.extend_from_slice(&fresh.record);
                        for w in fresh.words {
                            fresh_words.entry(w).or_default().push(store::count(i));
                        }
                        fresh_articles[i] = Some(fresh.articles);
                    }
                    Some(Outcome::Failed { hash, reason }) => {
                        entry.hash = hash;
                        entry.failure = Some(reason);
                        fresh_articles[i] = Some(Vec::new());
                    }
                    Some(Outcome::Same) | None => {
                        let Some(e) = old else { continue };
                        entry.hash = e.hash;
                        entry.failure = e.failure.clone();
                        if let Some(b) = old_bytes.remove(&i) {
                            entry.offset = bytes.len() as u64;
                            entry.len = b.len() as u64;
                            bytes.extend_from_slice(&b);
                        }
                    }
                }
                entries[i] = Some(entry);
            }
            store::write_atomic(&cd.shard_path(s as u32), &bytes)?;
        }
    }

    // The new summary, digests and word index, in scan order.
    let mut summary = Summary {
        root: root_str,
        fingerprint: fp,
        files: Vec::with_capacity(scanned.len()),
        articles: Vec::new(),
    };
    let mut digests: Vec<Digest> = Vec::new();
    let mut old_articles_of: Vec<Vec<usize>> = vec![Vec::new(); old_summary.files.len()];
    for (ai, a) in old_summary.articles.iter().enumerate() {
        if let Some(v) = old_articles_of.get_mut(a.file as usize) {
            v.push(ai);
        }
    }
    let mut file_map: Vec<Option<u32>> = vec![None; old_summary.files.len()];
    let mut new_file_id: Vec<Option<u32>> = vec![None; scanned.len()];
    let (mut new, mut changed) = (0usize, 0usize);
    for (i, entry) in entries.into_iter().enumerate() {
        let Some(entry) = entry else { continue };
        let fid = store::count(summary.files.len());
        new_file_id[i] = Some(fid);
        match fresh_articles[i].take() {
            Some(fresh) => {
                if plan[i].is_some() {
                    changed += 1;
                } else {
                    new += 1;
                }
                for (mut a, d) in fresh {
                    a.file = fid;
                    summary.articles.push(a);
                    digests.push(d);
                }
            }
            None => {
                if let Some(o) = plan[i] {
                    file_map[o] = Some(fid);
                    for &ai in &old_articles_of[o] {
                        let mut a = old_summary.articles[ai].clone();
                        a.file = fid;
                        if a.date.as_deref().and_then(dates::parse).is_none() {
                            a.when = (entry.mtime / 1_000_000_000) as i64;
                        }
                        summary.articles.push(a);
                        digests.push(std::mem::take(&mut old_digests[ai]));
                    }
                }
            }
        }
        summary.files.push(entry);
    }

    let mut postings: HashMap<String, Vec<u32>> = HashMap::new();
    if let Some(old_words) = old_words.as_deref().and_then(words::decode_all) {
        for (w, ids) in old_words {
            let ids: Vec<u32> = ids
                .into_iter()
                .filter_map(|o| file_map.get(o as usize).copied().flatten())
                .collect();
            if !ids.is_empty() {
                postings.insert(w, ids);
            }
        }
    }
    for (w, positions) in fresh_words {
        let ids = postings.entry(w).or_default();
        ids.extend(
            positions
                .into_iter()
                .filter_map(|i| new_file_id.get(i as usize).copied().flatten()),
        );
    }
    let postings: BTreeMap<String, Vec<u32>> = postings
        .into_iter()
        .map(|(w, mut ids)| {
            ids.sort_unstable();
            ids.dedup();
            (w, ids)
        })
        .collect();

    let table = names::build(&digests);
    let generation = store::new_generation();
    cd.write(
        "digests.bin",
        DIGESTS_MAGIC,
        generation,
        &store::encode(&digests)?,
    )?;
    cd.write(
        "words.bin",
        WORDS_MAGIC,
        generation,
        &words::encode(&postings),
    )?;
    cd.write(
        "names.bin",
        NAMES_MAGIC,
        generation,
        &store::encode(&table)?,
    )?;
    // Last: the summary's generation is what makes the files above current.
    cd.write(
        "summary.bin",
        SUMMARY_MAGIC,
        generation,
        &store::encode(&summary)?,
    )?;

    let index = Index::from_parts(root, cd, generation, summary);
    let stats = stats_of(&index, new, changed, removed, started);
    Ok((index, stats))
}

/// A record's bytes inside its shard, when they are there and are the record expected.
fn slice_record<'a>(shard: &'a [u8], e: &FileEntry) -> Option<&'a [u8]> {
    if e.failure.is_some() || e.len == 0 || shard.get(..8)? != store::SHARD_MAGIC {
        return None;
    }
    let start = usize::try_from(e.offset).ok()?;
    let end = start.checked_add(usize::try_from(e.len).ok()?)?;
    let b = shard.get(start..end)?;
    let head: RecordHead = store::decode_prefix(b)?;
    (head.rel == e.rel && head.hash == e.hash).then_some(b)
}

fn stats_of(
    index: &Index,
    new: usize,
    changed: usize,
    removed: usize,
    started: Instant,
) -> UpdateStats {
    UpdateStats {
        articles: index.summary.articles.len(),
        files: index.summary.files.len(),
        new,
        changed,
        removed,
        failed: index
            .summary
            .files
            .iter()
            .filter(|f| f.failure.is_some())
            .count(),
        seconds: started.elapsed().as_secs_f64(),
    }
}

/// Remove every cache file but the lock, for a clean rebuild.
fn clear(cd: &CacheDir) {
    let Ok(rd) = std::fs::read_dir(&cd.dir) else {
        return;
    };
    for e in rd.flatten() {
        if e.file_name() != "lock" {
            let _ = std::fs::remove_file(e.path());
        }
    }
}
