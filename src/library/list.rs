//! `byline list`: the articles a library holds and the files that failed, with reasons.

use std::io::Write;
use std::path::{Path, PathBuf};

use unicode_width::UnicodeWidthStr;

use super::{display_path, load_dir, sample_library, Library};

/// Paths wider than this are not used to align the title column.
const MAX_PATH_COLUMN: usize = 40;

/// The default library folder: `<data dir>/library` (project "byline"), when the platform has
/// a data dir. The config file's `library` key, when set, comes before this.
pub fn default_library_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "byline").map(|d| d.data_dir().join("library"))
}

/// Run `byline list`. With `dir` the folder must exist (else a one-line error, exit 1); without
/// it the default folder is used, or the sample library when that holds no article.
pub fn list_command(dir: Option<&Path>) -> anyhow::Result<()> {
    let (lib, note) = match dir {
        Some(d) => {
            match std::fs::metadata(d) {
                Ok(m) if m.is_dir() => {}
                Ok(_) => anyhow::bail!("library is not a folder: {}", display_path(d)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    anyhow::bail!("library folder not found: {}", display_path(d))
                }
                Err(e) => anyhow::bail!("cannot open library folder {}: {e}", display_path(d)),
            }
            (load_dir(d), None)
        }
        None => match default_library_dir() {
            Some(d) if d.is_dir() => {
                let lib = load_dir(&d);
                if lib.articles.is_empty() {
                    let note = format!(
                        "no article in {}; showing the sample library",
                        display_path(&d)
                    );
                    (sample_library(), Some(note))
                } else {
                    (lib, None)
                }
            }
            _ => (
                sample_library(),
                Some("no library folder (use --library DIR); showing the sample library".into()),
            ),
        },
    };
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match write_listing(&lib, note.as_deref(), &mut out).and_then(|()| out.flush()) {
        Ok(()) => Ok(()),
        // `byline list | head` closes the pipe early; that is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// The listing: a header, one line per article (path, date, title), then failures and warnings.
pub fn write_listing(
    lib: &Library,
    note: Option<&str>,
    out: &mut impl Write,
) -> std::io::Result<()> {
    if let Some(n) = note {
        writeln!(out, "{n}")?;
    }
    let root = if lib.is_sample {
        "the sample library (built in)".to_string()
    } else {
        display_path(&lib.root)
    };
    let rel = |p: &Path| display_path(p.strip_prefix(&lib.root).unwrap_or(p));
    writeln!(
        out,
        "{} article{} in {root}",
        lib.articles.len(),
        plural(lib.articles.len())
    )?;
    let rows: Vec<(String, String, &str, bool)> = lib
        .articles
        .iter()
        .map(|a| {
            let date = a
                .sort_date()
                .map_or_else(|| "----------".into(), |d| d.to_string());
            (
                rel(&a.path),
                date,
                a.title.as_str(),
                lib.warnings_for(a).next().is_some(),
            )
        })
        .collect();
    let width = rows
        .iter()
        .map(|r| r.0.width())
        .filter(|&w| w <= MAX_PATH_COLUMN)
        .max()
        .unwrap_or(0);
    for (path, date, title, warned) in &rows {
        let pad = width.saturating_sub(path.width());
        let mark = if *warned { " [!]" } else { "" };
        writeln!(out, "  {path}{:pad$}  {date}  {title}{mark}", "")?;
    }
    if !lib.failures.is_empty() {
        writeln!(out, "\n{} failed:", lib.failures.len())?;
        for f in &lib.failures {
            writeln!(out, "  FAILED {}: {}", rel(&f.path), one_line(&f.reason))?;
        }
    }
    if !lib.warnings.is_empty() {
        writeln!(
            out,
            "\n{} warning{}:",
            lib.warnings.len(),
            plural(lib.warnings.len())
        )?;
        for w in &lib.warnings {
            writeln!(out, "  [!] {}: {}", rel(&w.path), one_line(&w.message))?;
        }
    }
    Ok(())
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Reasons may quote file content (a parser's message), so they are sanitised like it.
fn one_line(s: &str) -> String {
    crate::sanitize::for_terminal(s).replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::{Article, Failure, Warning};

    #[test]
    fn listing_shows_articles_failures_and_warnings() {
        let lib = Library {
            root: PathBuf::from("/lib"),
            articles: vec![
                Article {
                    path: "/lib/a.md".into(),
                    title: "First".into(),
                    date: Some("5 March 2024".into()),
                    ..Article::default()
                },
                Article {
                    path: "/lib/sub/b.json#2".into(),
                    title: "Second".into(),
                    ..Article::default()
                },
            ],
            failures: vec![Failure {
                path: "/lib/x.txt".into(),
                reason: "binary file\u{1b}]0;t\u{7}".into(),
            }],
            warnings: vec![Warning {
                path: "/lib/sub/b.json".into(),
                message: "not valid UTF-8".into(),
            }],
            is_sample: false,
        };
        let mut out = Vec::new();
        write_listing(&lib, None, &mut out).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert_eq!(
            s,
            "2 articles in /lib\n  a.md          2024-03-05  First\n  sub/b.json#2  ----------  Second [!]\n\n1 failed:\n  FAILED x.txt: binary file\n\n1 warning:\n  [!] sub/b.json: not valid UTF-8\n"
        );
    }
}
