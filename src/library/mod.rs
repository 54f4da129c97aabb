//! Finds and loads articles (txt, Markdown with front matter, HTML, JSON) into one `Article`.
//!
//! Every string an `Article` carries has passed through `sanitize::for_terminal`. Nothing here
//! panics on any input, and nothing is dropped silently: a file that cannot be loaded becomes a
//! `Failure` with the reason, a file loaded with a loss (invalid UTF-8, malformed front matter)
//! also gets a `Warning`.
//!
//! Size limits (see `read`): a txt/Markdown/HTML file may be at most 16 MB, a JSON or JSON Lines
//! collection at most 64 MB, and one article's text at most 16 MB. Larger files are reported as
//! failures with their size, and the rest of the library loads.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::sanitize;

mod date;
mod frontmatter;
pub mod html;
mod json;
mod list;
mod markdown;
mod meta;
mod read;
mod samples;
mod walk;

pub use date::SortDate;
pub use list::{default_library_dir, list_command, write_listing};
pub use read::{
    human_size, MAX_ARTICLE_FILE_BYTES, MAX_ARTICLE_TEXT_BYTES, MAX_COLLECTION_FILE_BYTES,
};
pub use samples::{sample_library, samples_dir, write_samples};
pub use walk::{scan, Scan, MAX_DEPTH as MAX_FOLDER_DEPTH};

/// Titles longer than this (in characters) are cut with an ellipsis: a title is one line.
const MAX_TITLE_CHARS: usize = 300;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Article {
    /// The file, or `file.json#N` for the N-th article of a JSON array or JSON Lines file.
    pub path: PathBuf,
    pub title: String,
    pub author: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub tags: Vec<String>,
    /// The body the reader displays; analysis offsets point into it.
    pub text: String,
}

impl Article {
    /// The `date` metadata as a sortable calendar date, when it can be read.
    pub fn sort_date(&self) -> Option<SortDate> {
        self.date.as_deref().and_then(SortDate::parse)
    }

    /// The file this article came from (without a `#N` item suffix).
    pub fn file_path(&self) -> &Path {
        file_part(&self.path)
    }
}

/// `file.json#3` → `file.json`; other paths unchanged.
fn file_part(path: &Path) -> &Path {
    let s = path.as_os_str().as_encoded_bytes();
    match s.iter().rposition(|&b| b == b'#') {
        Some(i) if i + 1 < s.len() && s[i + 1..].iter().all(u8::is_ascii_digit) => {
            let stem = path.to_str().and_then(|p| p.get(..i)).map(Path::new);
            stem.unwrap_or(path)
        }
        _ => path,
    }
}

/// A file that looked like an article but could not be loaded, with the reason in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Failure {
    pub path: PathBuf,
    pub reason: String,
}

/// Something a user should know about a file that did load (or a link skipped on purpose).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub path: PathBuf,
    pub message: String,
}

#[derive(Debug, Clone, Default)]
pub struct Library {
    pub root: PathBuf,
    pub articles: Vec<Article>,
    pub failures: Vec<Failure>,
    /// Losses while loading files that did load: invalid UTF-8, malformed front matter, links
    /// not followed. The list shows a marker on the article they belong to.
    pub warnings: Vec<Warning>,
    /// True when this is the sample library embedded in the binary.
    pub is_sample: bool,
}

impl Library {
    /// The warnings about the file an article came from.
    pub fn warnings_for<'a>(&'a self, article: &'a Article) -> impl Iterator<Item = &'a Warning> {
        let file = article.file_path();
        self.warnings
            .iter()
            .filter(move |w| w.path == file || w.path == article.path)
    }

    fn absorb(&mut self, report: FileReport) {
        self.articles.extend(report.articles);
        self.failures.extend(report.failures);
        self.warnings.extend(report.warnings);
    }
}

/// Everything one file gave: its articles, the items that failed, the warnings.
#[derive(Debug, Clone, Default)]
pub struct FileReport {
    pub articles: Vec<Article>,
    pub failures: Vec<Failure>,
    pub warnings: Vec<Warning>,
}

impl FileReport {
    fn failed(path: &Path, reason: String) -> FileReport {
        FileReport {
            failures: vec![Failure {
                path: path.to_path_buf(),
                reason,
            }],
            ..FileReport::default()
        }
    }

    fn warn(&mut self, path: &Path, message: String) {
        self.warnings.push(Warning {
            path: path.to_path_buf(),
            message,
        });
    }

    /// Sanitise and check a loaded article, then keep it or record why not.
    fn finish(&mut self, article: Article) {
        let article = clean(article);
        if article.text.trim().is_empty() {
            self.failures.push(Failure {
                path: article.path,
                reason: "no article text (the file or item is empty)".into(),
            });
        } else if article.text.len() > MAX_ARTICLE_TEXT_BYTES {
            self.failures.push(Failure {
                reason: format!(
                    "article text is {}, over the {} limit for one article; skipped",
                    read::human_size(article.text.len() as u64),
                    read::human_size(MAX_ARTICLE_TEXT_BYTES as u64)
                ),
                path: article.path,
            });
        } else {
            self.articles.push(article);
        }
    }
}

/// Load every article in one file. A `.json` or `.jsonl` file may hold several articles.
/// An error when the file gave no article at all; see [`load_file_report`] for the details.
pub fn load_file(path: &Path) -> Result<Vec<Article>, String> {
    let report = load_file_report(path);
    if report.articles.is_empty() {
        if let Some(f) = report.failures.into_iter().next() {
            return Err(f.reason);
        }
        return Err("no article in the file".into());
    }
    Ok(report.articles)
}

/// Load one file, keeping every failure and warning.
pub fn load_file_report(path: &Path) -> FileReport {
    let limit = match Format::of(path) {
        Format::Json | Format::JsonLines => MAX_COLLECTION_FILE_BYTES,
        _ => MAX_ARTICLE_FILE_BYTES,
    };
    match read::read_limited(path, limit) {
        Ok(bytes) => load_bytes_guarded(path, &bytes),
        Err(reason) => FileReport::failed(path, message(&reason)),
    }
}

/// [`load_bytes`], with a panic in any parser (ours or a dependency's) turned into a failure
/// of this one file instead of the end of the program. No panic is expected; this is the net.
fn load_bytes_guarded(path: &Path, bytes: &[u8]) -> FileReport {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| load_bytes(path, bytes)))
        .unwrap_or_else(|_| {
            FileReport::failed(
                path,
                "internal error while loading this file (a bug in byline)".into(),
            )
        })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Markdown,
    Html,
    Json,
    JsonLines,
}

impl Format {
    /// By extension; anything unknown (such as a path given on the command line) reads as text.
    fn of(path: &Path) -> Format {
        let ext = path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase);
        match ext.as_deref() {
            Some("md" | "markdown") => Format::Markdown,
            Some("html" | "htm") => Format::Html,
            Some("json") => Format::Json,
            Some("jsonl") => Format::JsonLines,
            _ => Format::Text,
        }
    }
}

/// Load an article file's contents; `path` names it and decides the format.
pub fn load_bytes(path: &Path, bytes: &[u8]) -> FileReport {
    let mut report = load_bytes_unchecked(path, bytes);
    report
        .failures
        .iter_mut()
        .for_each(|f| f.reason = message(&f.reason));
    report
        .warnings
        .iter_mut()
        .for_each(|w| w.message = message(&w.message));
    report
}

/// Reasons and warnings may quote the file (a parser's message) or name a path, so they are
/// made as safe to print as the articles, on one line.
fn message(s: &str) -> String {
    sanitize::for_terminal(s).replace('\n', " ")
}

fn load_bytes_unchecked(path: &Path, bytes: &[u8]) -> FileReport {
    let format = Format::of(path);
    let decoded = match read::decode(bytes) {
        Ok(d) => d,
        Err(reason) => return FileReport::failed(path, reason),
    };
    if decoded.text.trim().is_empty() {
        return FileReport::failed(path, "empty file".into());
    }
    let mut report = FileReport::default();
    if let Some(w) = decoded.warning {
        report.warn(path, w);
    }
    match format {
        // The HTML loader reads the bytes itself: it knows about declared charsets.
        Format::Html => match html::load(path, bytes) {
            Ok(a) => report.finish(a),
            Err(reason) => report.failures.push(Failure {
                path: path.to_path_buf(),
                reason,
            }),
        },
        Format::Json | Format::JsonLines => {
            let text = read::normalize_newlines(&decoded.text);
            match json::load(path, &text, format == Format::JsonLines) {
                Ok(items) => {
                    for (item_path, item) in items {
                        match item {
                            Ok(a) => report.finish(a),
                            Err(reason) => report.failures.push(Failure {
                                path: item_path,
                                reason,
                            }),
                        }
                    }
                }
                Err(reason) => report.failures.push(Failure {
                    path: path.to_path_buf(),
                    reason,
                }),
            }
        }
        Format::Text | Format::Markdown => {
            // Escape sequences go before Markdown parsing, which could otherwise take part of
            // one for markup (`ESC \,` reads as an escaped comma) and spill the rest as text.
            let text = sanitize::for_terminal(&read::normalize_newlines(&decoded.text));
            let split = frontmatter::split(&text);
            if let Some(w) = split.warning {
                report.warn(path, w);
            }
            let article = if format == Format::Markdown {
                from_markdown(path, split.meta, split.body)
            } else {
                let mut a = from_plain_text(path, split.body);
                if let Some(t) = split.meta.title.clone() {
                    // The front matter names the title, so the first line is body text.
                    a.title = t;
                    a.text = split.body.to_string();
                }
                with_meta(a, split.meta)
            };
            report.finish(article);
        }
    }
    report
}

fn from_markdown(path: &Path, meta: meta::Meta, body: &str) -> Article {
    let rendered = markdown::render(body);
    let (title, text) = match (&meta.title, rendered.leading_h1) {
        (Some(t), _) => (t.clone(), rendered.text),
        (None, Some(h1)) => (h1, rendered.text_after_h1),
        (None, None) => (file_stem_title(path), rendered.text),
    };
    with_meta(
        Article {
            path: path.to_path_buf(),
            title,
            text,
            ..Article::default()
        },
        meta,
    )
}

fn with_meta(a: Article, m: meta::Meta) -> Article {
    Article {
        title: m.title.unwrap_or(a.title),
        author: m.author.or(a.author),
        date: m.date,
        url: m.url,
        tags: m.tags,
        ..a
    }
}

/// Every string an article carries reaches the terminal, so it is sanitised once, here. Metadata
/// is one line each; the text keeps its paragraphs without blank edges.
fn clean(a: Article) -> Article {
    let line = |s: &str| one_line(&sanitize::for_terminal(s));
    let title = line(&a.title);
    Article {
        title: if title.is_empty() {
            line(&file_stem_title(&a.path))
        } else {
            title
        },
        author: a.author.as_deref().map(line).filter(|s| !s.is_empty()),
        date: a.date.as_deref().map(line).filter(|s| !s.is_empty()),
        url: a.url.as_deref().map(line).filter(|s| !s.is_empty()),
        tags: a
            .tags
            .iter()
            .map(|t| line(t))
            .filter(|s| !s.is_empty())
            .collect(),
        text: trim_blank_lines(&sanitize::for_terminal(&a.text)).to_string(),
        path: a.path,
    }
}

fn one_line(s: &str) -> String {
    let mut out = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if let Some((cut, _)) = out.char_indices().nth(MAX_TITLE_CHARS) {
        out.truncate(cut);
        out.push('…');
    }
    out
}

/// Blank lines at either end are not part of the article; leading spaces of the first line are.
fn trim_blank_lines(s: &str) -> &str {
    let s = s.trim_end();
    let start = s
        .char_indices()
        .take_while(|(_, c)| c.is_whitespace())
        .filter(|(_, c)| *c == '\n')
        .last()
        .map_or(0, |(i, _)| i + 1);
    &s[start..]
}

/// Plain text: the first line is the title when a blank line follows it.
///
/// Except when that line is the article's first sentence (a lede: long, ending like a sentence),
/// as in text copied from a page without its headline. Then the text keeps it, so nothing is
/// lost to analysis, and the title is its first words.
pub fn from_plain_text(path: &Path, raw: &str) -> Article {
    let raw = read::normalize_newlines(raw);
    let raw = raw.trim_start_matches('\n');
    let mut lines = raw.splitn(3, '\n');
    let first = lines.next().unwrap_or("").trim();
    let second = lines.next();
    let blank_follows = second.is_some_and(|l| l.trim().is_empty());
    // "By Jane Doe": a byline opening the text names its writer, not the story. The text
    // keeps it, and the title comes from the file's name.
    let author = byline_name(first);
    let no_title = !blank_follows || first.is_empty() || first.chars().count() >= 200;
    let (title, text) = if no_title || author.is_some() {
        (file_stem_title(path), raw.to_string())
    } else if is_lede(first) {
        (first_words(first, 80), raw.to_string())
    } else {
        (first.to_string(), lines.next().unwrap_or("").to_string())
    };
    Article {
        path: path.to_path_buf(),
        title,
        author,
        text,
        ..Article::default()
    }
}

/// The writer's name in a byline line: "By" and two to six words of a name ("By Jane Doe",
/// "By Hannah Whitfield, Health Correspondent"), no sentence in it.
fn byline_name(line: &str) -> Option<String> {
    let rest = line.strip_prefix("By ")?;
    let name = rest.split(',').next().unwrap_or("").trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    // "By The Numbers" is a headline.
    let name_like = (2..=6).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()) || *w == "and")
        && !matches!(words[0], "The" | "A" | "An" | "Our" | "My")
        && !rest.ends_with(['.', '!', '?']);
    name_like.then(|| name.to_string())
}

/// A line that reads as a sentence of prose rather than a headline: more than eight words and
/// ending with a full stop or other clause punctuation (headlines rarely do).
fn is_lede(line: &str) -> bool {
    let end = line.trim_end_matches(['"', '\'', '”', '’', ')', ' ']);
    end.ends_with(['.', ',', ';', ':'])
        && !end.ends_with("...")
        && line.split_whitespace().count() > 8
}

/// The first words of `s`, at most about `max` characters, with an ellipsis when cut.
fn first_words(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out = String::new();
    for w in s.split_whitespace() {
        if out.chars().count() + w.chars().count() + 1 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    if out.is_empty() {
        out = s.chars().take(max).collect();
    }
    out.push('…');
    out
}

/// A title made from the file name, for articles that name none: `ai-and-jobs.txt` → `ai and jobs`.
fn file_stem_title(path: &Path) -> String {
    let file = file_part(path);
    let stem = file
        .file_stem()
        .map(|s| s.to_string_lossy().replace(['-', '_'], " "))
        .unwrap_or_default();
    match path.as_os_str().len() > file.as_os_str().len() {
        // An item of a collection: `news.json#3` → `news (3)`.
        true => {
            let n = path.to_string_lossy();
            let n = n.rsplit('#').next().unwrap_or("");
            format!("{stem} ({n})")
        }
        false => stem,
    }
}

/// Whether a file name has one of the extensions byline reads.
pub fn is_article_file(path: &Path) -> bool {
    matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("txt" | "md" | "markdown" | "html" | "htm" | "json" | "jsonl")
    )
}

/// Load every article below `root`, recursively.
pub fn load_dir(root: &Path) -> Library {
    load_dir_with(root, |_, _| {})
}

/// Load every article below `root`, calling `progress(files_done, files_total)` before the first
/// file and after each one, so a loading screen can show how far it is.
pub fn load_dir_with(root: &Path, mut progress: impl FnMut(usize, usize)) -> Library {
    let mut scan = scan(root);
    scan.failures
        .iter_mut()
        .for_each(|f| f.reason = message(&f.reason));
    scan.warnings
        .iter_mut()
        .for_each(|w| w.message = message(&w.message));
    let mut lib = Library {
        root: root.to_path_buf(),
        failures: scan.failures,
        warnings: scan.warnings,
        ..Library::default()
    };
    let total = scan.files.len();
    progress(0, total);
    for (i, f) in scan.files.iter().enumerate() {
        lib.absorb(load_file_report(f));
        progress(i + 1, total);
    }
    lib
}

/// A path as it may be shown on a terminal: file names are as hostile as file contents.
pub fn display_path(path: &Path) -> String {
    sanitize::for_terminal(&path.display().to_string()).replace('\n', " ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(path: &str, body: &str) -> Article {
        let r = load_bytes(Path::new(path), body.as_bytes());
        assert!(r.failures.is_empty(), "{:?}", r.failures);
        assert_eq!(r.articles.len(), 1);
        r.articles.into_iter().next().unwrap_or_default()
    }

    #[test]
    fn plain_text_title_rule() {
        let a = one("x/some-file.txt", "The Title\n\nFirst para.\n\nSecond.\n");
        assert_eq!(a.title, "The Title");
        assert_eq!(a.text, "First para.\n\nSecond.");
        let b = one(
            "x/some-file.txt",
            "No title here\ncontinues the paragraph.\n",
        );
        assert_eq!(b.title, "some file");
        assert_eq!(b.text, "No title here\ncontinues the paragraph.");
        let c = one("x/w.txt", "\r\n\r\nTitle\r\n\r\nBody\r\n");
        assert_eq!((c.title.as_str(), c.text.as_str()), ("Title", "Body"));
        // A byline first: the writer, not the title; the text keeps the line.
        let d = one(
            "x/rail-strike.txt",
            "By Hannah Whitfield, Health Correspondent\n\nNurses struck.\n",
        );
        assert_eq!(d.title, "rail strike");
        assert_eq!(d.author.as_deref(), Some("Hannah Whitfield"));
        assert!(d.text.starts_with("By Hannah Whitfield"));
        let e = one("x/w.txt", "By The Numbers\n\nBody\n");
        assert_eq!(e.title, "By The Numbers");
    }

    #[test]
    fn a_lede_first_line_stays_in_the_text() {
        let lede = "The city council voted on Thursday to rebuild the flood walls along the river.";
        let a = one(
            "x/walls.txt",
            &format!("{lede}\n\n“We were lucky,” she said.\n"),
        );
        assert_eq!(a.text, format!("{lede}\n\n“We were lucky,” she said."));
        assert_eq!(a.title, lede);
        let long = format!("{lede} It was the second vote this year.");
        let b = one("x/walls.txt", &format!("{long}\n\nMore."));
        assert_eq!(b.text, format!("{long}\n\nMore."));
        assert_eq!(b.title, format!("{lede}…"));
        // Headlines with a question mark or few words are still titles.
        let q = one(
            "x/q.txt",
            "Is this the end of the line for regional trains?\n\nBody.",
        );
        assert_eq!(q.title, "Is this the end of the line for regional trains?");
        let short = one("x/s.txt", "Mayor resigns.\n\nBody.");
        assert_eq!(short.title, "Mayor resigns.");
    }

    #[test]
    fn text_with_front_matter() {
        let a = one(
            "a.txt",
            "---\ntitle: From meta\nauthor: Ann\n---\nFirst line\n\nBody.",
        );
        assert_eq!(a.title, "From meta");
        assert_eq!(a.author.as_deref(), Some("Ann"));
        assert_eq!(a.text, "First line\n\nBody.");
        let b = one("b.txt", "+++\nauthor = \"Ann\"\n+++\nTitle line\n\nBody.");
        assert_eq!(b.title, "Title line");
        assert_eq!(b.text, "Body.");
    }

    #[test]
    fn markdown_title_from_meta_or_heading_or_name() {
        let a = one(
            "n/story.md",
            "---\ntitle: Meta title\ndate: 2024-01-02\n---\n# Heading\n\nBody *text*.",
        );
        assert_eq!(a.title, "Meta title");
        assert_eq!(a.text, "Heading\n\nBody text.");
        assert_eq!(
            a.sort_date().map(|d| d.to_string()).as_deref(),
            Some("2024-01-02")
        );
        let b = one("n/story.md", "# Heading\n\nBody.");
        assert_eq!((b.title.as_str(), b.text.as_str()), ("Heading", "Body."));
        let c = one("n/my_story.markdown", "Just **body**.");
        assert_eq!(
            (c.title.as_str(), c.text.as_str()),
            ("my story", "Just body.")
        );
    }

    #[test]
    fn metadata_is_sanitised_to_one_line() {
        let a = one(
            "a.md",
            "---\ntitle: \"Evil\\e]0;pwned\\a title\\nsecond line\"\nauthor: \"\\e[31mRed\"\n---\nBody\u{1b}]52;c;eA==\u{7} text",
        );
        assert_eq!(a.title, "Evil title second line");
        assert_eq!(a.author.as_deref(), Some("Red"));
        assert_eq!(a.text, "Body text");
    }

    #[test]
    fn long_titles_are_cut() {
        let t = "word ".repeat(200);
        let a = one("a.md", &format!("---\ntitle: {t}\n---\nBody"));
        assert_eq!(a.title.chars().count(), MAX_TITLE_CHARS + 1);
        assert!(a.title.ends_with('…'));
    }

    #[test]
    fn empty_and_blank_files_fail_with_a_reason() {
        for body in ["", "  \n\n\t "] {
            let r = load_bytes(Path::new("e.txt"), body.as_bytes());
            assert_eq!(r.failures.len(), 1);
            assert_eq!(r.failures[0].reason, "empty file");
        }
        let r = load_bytes(Path::new("e.md"), b"---\ntitle: Only meta\n---\n");
        assert!(r.failures[0].reason.contains("no article text"));
    }

    #[test]
    fn invalid_utf8_loads_with_a_warning() {
        let r = load_bytes(Path::new("bad.txt"), b"Title\n\nCaf\xE9 au lait.");
        assert_eq!(r.articles.len(), 1);
        assert_eq!(r.articles[0].text, "Caf\u{FFFD} au lait.");
        assert_eq!(r.warnings.len(), 1);
        assert!(r.warnings[0].message.contains("UTF-8"));
    }

    #[test]
    fn file_part_and_item_titles() {
        assert_eq!(file_part(Path::new("a/b.json#12")), Path::new("a/b.json"));
        assert_eq!(file_part(Path::new("a/#b.txt")), Path::new("a/#b.txt"));
        assert_eq!(file_part(Path::new("a/b#")), Path::new("a/b#"));
        assert_eq!(
            file_stem_title(Path::new("a/news-items.json#3")),
            "news items (3)"
        );
    }

    #[test]
    fn warnings_attach_to_their_articles() {
        let mut lib = Library::default();
        lib.absorb(load_bytes(
            Path::new("c.jsonl"),
            b"{\"title\":\"A\",\"text\":\"a\xff\"}\n{\"title\":\"B\",\"text\":\"b\"}",
        ));
        assert_eq!(lib.articles.len(), 2);
        for a in &lib.articles {
            assert_eq!(lib.warnings_for(a).count(), 1, "{:?}", a.path);
        }
    }

    #[test]
    fn trim_blank_lines_keeps_indentation() {
        assert_eq!(trim_blank_lines("\n \n  indented\n\n"), "  indented");
        assert_eq!(trim_blank_lines("   "), "");
    }
}
