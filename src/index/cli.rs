//! Bodies of `byline index`, `byline search` and `byline quotes`.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use super::{dates, update, Index, Progress, QueryError, UpdateStats};

/// The library folder: the one given, else the data dir's `library`.
pub fn library_dir(given: Option<&Path>) -> anyhow::Result<PathBuf> {
    if let Some(p) = given {
        return Ok(p.to_path_buf());
    }
    let dir = directories::ProjectDirs::from("", "", "byline")
        .map(|d| d.data_dir().join("library"))
        .ok_or_else(|| anyhow::anyhow!("no library folder: pass --library DIR"))?;
    if !dir.is_dir() {
        anyhow::bail!("no library folder at {}: pass --library DIR", dir.display());
    }
    Ok(dir)
}

/// Refresh the index, showing progress on a terminal.
fn refresh(library: &Path) -> anyhow::Result<(Index, UpdateStats)> {
    let tty = std::io::stderr().is_terminal();
    let show = move |p: Progress| {
        if tty && p.total > 0 && (p.done.is_multiple_of(50) || p.done == p.total) {
            eprint!("\ranalysing {}/{} ", p.done, p.total);
            let _ = std::io::stderr().flush();
            if p.done == p.total {
                eprint!("\r\x1b[K");
            }
        }
    };
    update(library, &show)
}

/// `ask` answered on a refreshed index. The question is put to the cache as it stands while the
/// refresh checks the library on the other core; when the refresh finds nothing new, changed or
/// removed (it wrote nothing) that answer stands, else the question is asked again. Most
/// searches thus cost the longer of the two, not their sum.
fn refreshed_answer<T: Send>(
    library: &Path,
    ask: impl Fn(&Index) -> anyhow::Result<T> + Sync,
) -> anyhow::Result<T> {
    std::thread::scope(|s| {
        let early = s.spawn(|| Index::open(library).and_then(|index| ask(&index)));
        let (index, stats) = refresh(library)?;
        let unchanged = stats.new == 0 && stats.changed == 0 && stats.removed == 0;
        match early.join() {
            Ok(Ok(answer)) if unchanged => Ok(answer),
            _ => ask(&index),
        }
    })
}

/// A closed pipe (`byline search … | head`) is not an error worth reporting.
fn quiet_pipe(r: std::io::Result<()>) -> anyhow::Result<()> {
    match r {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

fn day(date: Option<&str>, when: i64) -> String {
    date.map_or_else(|| dates::ymd(when), str::to_string)
}

pub fn cmd_index(library: Option<&Path>) -> anyhow::Result<()> {
    let dir = library_dir(library)?;
    let (_, stats) = refresh(&dir)?;
    quiet_pipe(writeln!(std::io::stdout(), "{stats}"))
}

pub fn cmd_search(library: Option<&Path>, query: &str, json: bool) -> anyhow::Result<()> {
    // Checked before any work so a bad query fails fast with a usage error.
    super::parse_query(query)?;
    let dir = library_dir(library)?;
    let results = refreshed_answer(&dir, |index| index.search(query))?;
    if results.is_empty() && !json {
        eprintln!("no articles match");
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    quiet_pipe((|| {
        if json {
            serde_json::to_writer_pretty(&mut out, &results)?;
            writeln!(out)?;
            return out.flush();
        }
        for r in &results {
            writeln!(
                out,
                "{}  {}  ({})",
                day(r.date.as_deref(), r.when),
                r.title,
                r.path.display()
            )?;
            for h in r.hits.iter().take(3) {
                writeln!(out, "    {}", h.snippet)?;
            }
            if r.hits.len() > 3 {
                writeln!(out, "    … {} more", r.hits.len() - 3)?;
            }
        }
        out.flush()
    })())
}

pub fn cmd_quotes(library: Option<&Path>, speaker: &str, json: bool) -> anyhow::Result<()> {
    if speaker.trim().is_empty() {
        return Err(QueryError("--speaker needs a name".into()).into());
    }
    let dir = library_dir(library)?;
    let quotes = refreshed_answer(&dir, |index| index.quotes_by(speaker))?;
    if quotes.is_empty() && !json {
        eprintln!("no quotes by {speaker}");
    }
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    quiet_pipe((|| {
        if json {
            serde_json::to_writer_pretty(&mut out, &quotes)?;
            writeln!(out)?;
            return out.flush();
        }
        for q in &quotes {
            writeln!(
                out,
                "{}  {}: “{}”  — {} ({})",
                day(q.date.as_deref(), q.when),
                q.speaker,
                q.text,
                q.title,
                q.path.display()
            )?;
        }
        out.flush()
    })())
}
