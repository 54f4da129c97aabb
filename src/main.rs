//! Parses the command line and wires library, extraction and the reader together.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use byline::extract;
use byline::library::{self, Article};

#[derive(Parser)]
#[command(
    name = "byline",
    version,
    about = "A terminal news reader that knows who is who and who said what"
)]
struct Cli {
    /// Library folder (default: `library` in the config, else the data dir's `library`).
    #[arg(long, global = true)]
    library: Option<PathBuf>,
    /// Config file (default: the config dir's `config.toml`).
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Print the analysis of one article (`-` reads plain text from standard input).
    Extract {
        path: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// List the articles found and the files that failed, with reasons.
    List,
    /// Measure a component against a benchmark.
    Eval {
        #[command(subcommand)]
        which: EvalCommand,
    },
}

#[derive(Subcommand)]
enum EvalCommand {
    /// Article extraction from saved web pages: precision, recall, F1 and ms/page.
    Html {
        /// Benchmark folder with `ground-truth.json` and `html/`.
        dir: PathBuf,
        /// Print every page's scores, worst first.
        #[arg(long)]
        per_page: bool,
    },
}

#[derive(serde::Serialize)]
struct ExtractJson<'a> {
    path: String,
    title: &'a str,
    author: Option<&'a str>,
    date: Option<&'a str>,
    url: Option<&'a str>,
    text: &'a str,
    #[serde(flatten)]
    analysis: &'a extract::Analysis,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("byline: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    match cli.command {
        Some(Command::Extract { path, json }) => cmd_extract(&path, json),
        Some(Command::List) => {
            let lib = match &cli.library {
                Some(dir) => library::load_dir(dir),
                None => library::sample_library(),
            };
            for a in &lib.articles {
                println!("{}\t{}", a.path.display(), a.title);
            }
            for f in &lib.failures {
                println!("FAILED {}\t{}", f.path.display(), f.reason);
            }
            Ok(())
        }
        Some(Command::Eval {
            which: EvalCommand::Html { dir, per_page },
        }) => byline::eval::html::run(&dir, per_page).map_err(anyhow::Error::msg),
        None => anyhow::bail!("the reader is not built yet"),
    }
}

fn cmd_extract(path: &Path, json: bool) -> anyhow::Result<()> {
    let article = if path.as_os_str() == "-" {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text)?;
        Article {
            path: "-".into(),
            text,
            ..Article::default()
        }
    } else {
        let mut arts =
            library::load_file(path).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
        if arts.is_empty() {
            anyhow::bail!("{}: no article in file", path.display());
        }
        arts.swap_remove(0)
    };
    let analysis = extract::analyze(&article.text);
    if json {
        let out = ExtractJson {
            path: article.path.display().to_string(),
            title: &article.title,
            author: article.author.as_deref(),
            date: article.date.as_deref(),
            url: article.url.as_deref(),
            text: &article.text,
            analysis: &analysis,
        };
        println!("{}", serde_json::to_string_pretty(&out)?);
    } else {
        println!("{}", article.title);
        for e in &analysis.entities {
            println!(
                "{:<13} {} ({} mentions)",
                e.kind.label(),
                e.name,
                e.mentions.len()
            );
        }
        for q in &analysis.quotes {
            let who = q.speaker.as_ref().map_or("?", |s| s.name.as_str());
            println!("quote [{who}] {}", q.text);
        }
    }
    Ok(())
}
