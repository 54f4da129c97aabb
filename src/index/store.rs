//! The on-disk cache of one library: a small summary (file keys, titles, dates), per-article
//! digests for the name table, the name table and word index, and sharded article records.
//!
//! Every file starts with a magic, the format version and a generation number; the summary is
//! written last, so a reader that finds a derived file of another generation knows the cache is
//! half-written (a crashed writer) and rebuilds. Writes go to a temporary file and are renamed into
//! place; writers hold an exclusive lock on `lock`, readers a shared one.

use std::fs::{self, File};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::names::RowKind;
use crate::extract::{Analysis, Span};

/// Bump whenever any stored structure changes shape.
pub const FORMAT_VERSION: u32 = 1;
/// Files are spread over this many shards so a changed article rewrites only a sliver of the cache.
pub const SHARDS: u32 = 64;

const HEADER_LEN: usize = 8 + 4 + 8;

/// One file of the library as last seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileEntry {
    /// Path relative to the library root, `/`-separated.
    pub rel: String,
    pub size: u64,
    /// Modification time in nanoseconds since the Unix epoch (0 when unknown).
    pub mtime: u64,
    /// xxh3 of the file's bytes.
    pub hash: u64,
    pub shard: u32,
    /// Byte range of this file's record inside its shard.
    pub offset: u64,
    pub len: u64,
    /// Why the file could not be loaded; such files have no record.
    pub failure: Option<String>,
}

/// One article (a file may hold several).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleEntry {
    /// Index into `Summary::files`.
    pub file: u32,
    /// Position of the article inside its file.
    pub sub: u32,
    pub title: String,
    pub date: Option<String>,
    /// Seconds since the epoch used for "newest first": the article's date, else the file's mtime.
    pub when: i64,
    pub entities: u32,
    pub quotes: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Canonical library root the cache belongs to.
    pub root: String,
    /// Changes when the extractor's output changes; a mismatch means re-analysing everything.
    pub fingerprint: u64,
    pub files: Vec<FileEntry>,
    pub articles: Vec<ArticleEntry>,
}

/// What the name table needs from one article, kept apart from the heavy records so a refresh
/// can rebuild library-wide tables without reading every article again.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Digest {
    /// Position = the entity's index in the article's `Analysis::entities`.
    pub entities: Vec<DigestEntity>,
    /// Speakers that did not resolve to an entity, by label.
    pub speakers: Vec<DigestSpeaker>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DigestEntity {
    pub name: String,
    /// Our own enum, not the extractor's: a reordered or extended `extract::Kind` must not
    /// silently change what stored digests mean.
    pub kind: RowKind,
    pub aliases: Vec<String>,
    pub mentions: u32,
    pub quotes: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DigestSpeaker {
    pub label: String,
    pub quotes: u32,
}

impl Digest {
    pub fn of(analysis: &Analysis) -> Digest {
        let entities = analysis
            .entities
            .iter()
            .map(|e| DigestEntity {
                name: e.name.clone(),
                kind: RowKind::of(e.kind),
                aliases: e.aliases.clone(),
                mentions: count(e.mentions.len()),
                quotes: count(e.quotes.len()),
            })
            .collect();
        let mut speakers: Vec<DigestSpeaker> = Vec::new();
        for q in &analysis.quotes {
            let Some(s) = &q.speaker else { continue };
            if s.entity.is_some_and(|i| i < analysis.entities.len()) {
                continue;
            }
            match speakers.iter_mut().find(|d| d.label == s.name) {
                Some(d) => d.quotes += 1,
                None => speakers.push(DigestSpeaker {
                    label: s.name.clone(),
                    quotes: 1,
                }),
            }
        }
        Digest { entities, speakers }
    }
}

pub fn count(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The first fields of a record, decodable without the rest: used to check that an offset still
/// points at the record it should.
#[derive(Debug, Serialize, Deserialize)]
pub struct RecordHead {
    pub rel: String,
    pub hash: u64,
}

/// Everything cached for one file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Record {
    pub rel: String,
    pub hash: u64,
    pub articles: Vec<StoredArticle>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct StoredArticle {
    pub title: String,
    pub author: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub tags: Vec<String>,
    pub text: String,
    /// The analysis as JSON: self-describing, so serde attributes the extractor adds later
    /// (skipped or optional fields) cannot make the cache unreadable.
    pub analysis: String,
    /// `Quote::cue_span` is not serialised by the extractor; kept here so highlighting survives.
    pub cue_spans: Vec<Option<Span>>,
}

pub fn encode<T: Serialize>(value: &T) -> anyhow::Result<Vec<u8>> {
    Ok(postcard::to_stdvec(value)?)
}

pub fn decode<T: DeserializeOwned>(bytes: &[u8]) -> anyhow::Result<T> {
    Ok(postcard::from_bytes(bytes)?)
}

/// Decode a value from the front of `bytes`, ignoring what follows.
pub fn decode_prefix<T: DeserializeOwned>(bytes: &[u8]) -> Option<T> {
    postcard::take_from_bytes(bytes).ok().map(|(v, _)| v)
}

/// The directory holding one library's cache.
#[derive(Debug, Clone)]
pub struct CacheDir {
    pub dir: PathBuf,
}

impl CacheDir {
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    pub fn shard_path(&self, shard: u32) -> PathBuf {
        self.dir.join(format!("shard-{shard:02}.bin"))
    }

    /// Write a file with the standard header, atomically.
    pub fn write(
        &self,
        name: &str,
        magic: &[u8; 8],
        generation: u64,
        body: &[u8],
    ) -> anyhow::Result<()> {
        let mut bytes = Vec::with_capacity(HEADER_LEN + body.len());
        bytes.extend_from_slice(magic);
        bytes.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
        bytes.extend_from_slice(&generation.to_le_bytes());
        bytes.extend_from_slice(body);
        write_atomic(&self.path(name), &bytes)
    }

    /// The generation of a file written by `write`, reading only its header.
    pub fn generation(&self, name: &str, magic: &[u8; 8]) -> Option<u64> {
        let mut head = [0u8; HEADER_LEN];
        File::open(self.path(name))
            .ok()?
            .read_exact(&mut head)
            .ok()?;
        check_header(&head, magic).map(|(g, _)| g)
    }

    /// Read a file written by `write`: its generation and body, or `None` when it is missing,
    /// foreign, of another format version or truncated.
    pub fn read(&self, name: &str, magic: &[u8; 8]) -> Option<(u64, Vec<u8>)> {
        let mut bytes = fs::read(self.path(name)).ok()?;
        let (generation, start) = check_header(&bytes, magic)?;
        bytes.drain(..start);
        Some((generation, bytes))
    }
}

fn check_header(bytes: &[u8], magic: &[u8; 8]) -> Option<(u64, usize)> {
    if bytes.len() < HEADER_LEN || &bytes[..8] != magic {
        return None;
    }
    let version = u32::from_le_bytes(bytes[8..12].try_into().ok()?);
    if version != FORMAT_VERSION {
        return None;
    }
    let generation = u64::from_le_bytes(bytes[12..20].try_into().ok()?);
    Some((generation, HEADER_LEN))
}

pub const SUMMARY_MAGIC: &[u8; 8] = b"BYLSUMRY";
pub const DIGESTS_MAGIC: &[u8; 8] = b"BYLDIGST";
pub const NAMES_MAGIC: &[u8; 8] = b"BYLNAMES";
pub const WORDS_MAGIC: &[u8; 8] = b"BYLWORDS";
pub const SHARD_MAGIC: &[u8; 8] = b"BYLSHARD";

/// Shard files start with a bare header (magic and version); records follow back to back.
pub fn shard_header() -> Vec<u8> {
    let mut h = Vec::with_capacity(HEADER_LEN);
    h.extend_from_slice(SHARD_MAGIC);
    h.extend_from_slice(&FORMAT_VERSION.to_le_bytes());
    h.extend_from_slice(&0u64.to_le_bytes());
    h
}

/// Read one record's bytes from a shard, checking the shard header first.
pub fn read_range(file: &mut File, offset: u64, len: u64) -> Option<Vec<u8>> {
    if offset < HEADER_LEN as u64 {
        return None;
    }
    let mut head = [0u8; HEADER_LEN];
    file.seek(SeekFrom::Start(0)).ok()?;
    file.read_exact(&mut head).ok()?;
    check_header(&head, SHARD_MAGIC)?;
    let len = usize::try_from(len).ok()?;
    let mut buf = vec![0u8; len];
    file.seek(SeekFrom::Start(offset)).ok()?;
    file.read_exact(&mut buf).ok()?;
    Some(buf)
}

/// Replace `path` with `bytes` so readers see either the old or the new file, never a mix.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> anyhow::Result<()> {
    let dir = path
        .parent()
        .ok_or_else(|| anyhow::anyhow!("{}: no parent directory", path.display()))?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut f = File::create(&tmp)?;
        f.write_all(bytes)?;
        // No fsync: the cache can always be rebuilt, and a file left empty or short by a crash
        // fails its header or record checks and is rebuilt. Syncing 70 files made a cold index
        // of a small library take seconds on a busy disk.
        fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result.map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))
}

/// A lock on a library's cache, released on drop.
pub struct Lock {
    file: File,
}

impl Lock {
    pub fn exclusive(dir: &Path) -> anyhow::Result<Lock> {
        let file = open_lock_file(dir)?;
        fs4::FileExt::lock(&file)
            .map_err(|e| anyhow::anyhow!("{}: cannot lock the cache: {e}", dir.display()))?;
        Ok(Lock { file })
    }

    /// A shared lock when the cache exists; `None` when there is nothing to lock yet.
    pub fn shared(dir: &Path) -> anyhow::Result<Option<Lock>> {
        if !dir.is_dir() {
            return Ok(None);
        }
        let file = open_lock_file(dir)?;
        fs4::FileExt::lock_shared(&file)
            .map_err(|e| anyhow::anyhow!("{}: cannot lock the cache: {e}", dir.display()))?;
        Ok(Some(Lock { file }))
    }
}

fn open_lock_file(dir: &Path) -> anyhow::Result<File> {
    fs::create_dir_all(dir).map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))?;
    File::options()
        .create(true)
        .truncate(false)
        .write(true)
        .read(true)
        .open(dir.join("lock"))
        .map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))
}

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = fs4::FileExt::unlock(&self.file);
    }
}

/// A number that differs between two writes of the cache (time-based, mixed with the process id).
pub fn new_generation() -> u64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as u64);
    xxhash_rust::xxh3::xxh3_64(
        &[
            nanos.to_le_bytes(),
            u64::from(std::process::id()).to_le_bytes(),
        ]
        .concat(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_round_trip_and_rejects_other_versions() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let cd = CacheDir {
            dir: tmp.path().to_path_buf(),
        };
        cd.write("x.bin", SUMMARY_MAGIC, 42, b"body")
            .expect("write");
        assert_eq!(
            cd.read("x.bin", SUMMARY_MAGIC),
            Some((42, b"body".to_vec()))
        );
        assert_eq!(cd.read("x.bin", NAMES_MAGIC), None);
        let mut raw = fs::read(cd.path("x.bin")).expect("read");
        raw[8] ^= 0xff;
        fs::write(cd.path("x.bin"), &raw).expect("write");
        assert_eq!(cd.read("x.bin", SUMMARY_MAGIC), None);
        fs::write(cd.path("x.bin"), b"BYL").expect("write");
        assert_eq!(cd.read("x.bin", SUMMARY_MAGIC), None);
    }

    #[test]
    fn record_head_decodes_from_a_record_prefix() {
        let r = Record {
            rel: "a/b.txt".into(),
            hash: 7,
            articles: Vec::new(),
        };
        let bytes = encode(&r).expect("encode");
        let head: RecordHead = decode_prefix(&bytes).expect("head");
        assert_eq!(head.rel, "a/b.txt");
        assert_eq!(head.hash, 7);
    }
}
