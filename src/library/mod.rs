//! Finds and loads articles (txt, Markdown with front matter, HTML, JSON) into one `Article`.

use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::sanitize;

pub mod html;

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Article {
    pub path: PathBuf,
    pub title: String,
    pub author: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    pub tags: Vec<String>,
    /// The body the reader displays; analysis offsets point into it.
    pub text: String,
}

/// A file that looked like an article but could not be loaded, with the reason in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Failure {
    pub path: PathBuf,
    pub reason: String,
}

#[derive(Debug, Clone, Default)]
pub struct Library {
    pub root: PathBuf,
    pub articles: Vec<Article>,
    pub failures: Vec<Failure>,
    /// True when this is the sample library embedded in the binary.
    pub is_sample: bool,
}

/// Load every article file in one file. A `.json` file may hold several articles.
pub fn load_file(path: &Path) -> Result<Vec<Article>, String> {
    let bytes = std::fs::read(path).map_err(|e| e.to_string())?;
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let article = match ext.as_deref() {
        Some("html" | "htm") => html::load(path, &bytes)?,
        _ => from_plain_text(path, &String::from_utf8_lossy(&bytes)),
    };
    Ok(vec![clean(article)])
}

/// Every string an article carries reaches the terminal, so it is sanitised once, here.
fn clean(a: Article) -> Article {
    Article {
        title: sanitize::for_terminal(&a.title),
        author: a.author.as_deref().map(sanitize::for_terminal),
        date: a.date.as_deref().map(sanitize::for_terminal),
        url: a.url.as_deref().map(sanitize::for_terminal),
        tags: a.tags.iter().map(|t| sanitize::for_terminal(t)).collect(),
        text: sanitize::for_terminal(&a.text),
        path: a.path,
    }
}

/// Plain text: the first line is the title when a blank line follows it.
pub fn from_plain_text(path: &Path, raw: &str) -> Article {
    let raw = raw.replace("\r\n", "\n");
    let mut lines = raw.splitn(3, '\n');
    let first = lines.next().unwrap_or("").trim();
    let second = lines.next();
    let (title, text) = match second {
        Some(l) if l.trim().is_empty() && !first.is_empty() && first.len() < 200 => {
            (first.to_string(), lines.next().unwrap_or("").to_string())
        }
        _ => (String::new(), raw.clone()),
    };
    let title = if title.is_empty() {
        file_stem_title(path)
    } else {
        title
    };
    Article {
        path: path.to_path_buf(),
        title,
        text,
        ..Article::default()
    }
}

fn file_stem_title(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().replace(['-', '_'], " "))
        .unwrap_or_default()
}

fn is_article_file(path: &Path) -> bool {
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
    let mut lib = Library {
        root: root.to_path_buf(),
        ..Library::default()
    };
    let mut stack = vec![root.to_path_buf()];
    let mut files = Vec::new();
    while let Some(dir) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in rd.flatten() {
            let p = entry.path();
            if p.is_dir() {
                stack.push(p);
            } else if is_article_file(&p) {
                files.push(p);
            }
        }
    }
    files.sort();
    for f in files {
        match load_file(&f) {
            Ok(mut a) => lib.articles.append(&mut a),
            Err(reason) => lib.failures.push(Failure { path: f, reason }),
        }
    }
    lib
}

/// The sample library shipped inside the binary.
pub fn sample_library() -> Library {
    let samples: &[(&str, &str)] = &[(
        "isis-networks.txt",
        include_str!("../../assets/samples/isis-networks.txt"),
    )];
    let articles = samples
        .iter()
        .map(|(name, body)| clean(from_plain_text(Path::new(&format!("samples/{name}")), body)))
        .collect();
    Library {
        root: PathBuf::from("samples"),
        articles,
        failures: Vec::new(),
        is_sample: true,
    }
}
