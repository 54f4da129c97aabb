//! Parses the command line and wires library, extraction and the reader together.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use byline::library::{self, Article};
use byline::{extract, index};

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
    /// Train the entity tagger on `*.bio.tsv` corpora and write the model.
    Train {
        /// Folders of `*.bio.tsv` files, or files; repeat the option for more.
        #[arg(long, default_values = ["../shared/corpora", "tools/news"])]
        corpora: Vec<PathBuf>,
        #[arg(long, default_value = "assets/model/ner.bin")]
        out: PathBuf,
        /// Seed 4 is the committed model's: of seeds 1 to 4 it scored best on the real pages
        /// (README, "Training").
        #[arg(long, default_value_t = 4)]
        seed: u64,
        #[arg(long, default_value_t = 8)]
        epochs: usize,
        /// log2 of the number of weight rows.
        #[arg(long, default_value_t = 18)]
        bits: u32,
        /// Passes per epoch over the small hand-annotated corpora (GUM, wikigold, our news).
        #[arg(long, default_value_t = 3)]
        repeat_small: usize,
        /// A model to average the trained one with: the tagger of stop 2, whose features
        /// have since changed, so no seed reproduces it.
        #[arg(long, default_value = "tools/model/base-ner.bin")]
        blend_with: PathBuf,
        /// The share of `--blend-with` in the average; 0 writes the trained model alone.
        #[arg(long, default_value_t = 0.5)]
        blend_share: f32,
    },
    /// Measure extraction quality.
    #[command(subcommand)]
    Eval(EvalCommand),
    /// Build or refresh the library's index and print a one-line summary.
    Index,
    /// Articles matching a query: words, "phrases", person:, org:, place:, said: (combined: AND).
    Search {
        query: String,
        #[arg(long)]
        json: bool,
    },
    /// Every quote by one speaker across the library, newest first.
    Quotes {
        #[arg(long)]
        speaker: String,
        #[arg(long)]
        json: bool,
    },
    /// Benchmarks: extraction speed, synthetic libraries, warm start.
    #[command(subcommand)]
    Bench(BenchCommand),
}

#[derive(Subcommand)]
enum EvalCommand {
    /// Mention-level P/R/F1 per kind on held-out documents of `*.bio.tsv` files.
    Ner {
        files: Vec<PathBuf>,
        /// Score every document, not only the held-out ones.
        #[arg(long)]
        all: bool,
        /// Also list every missed and spurious mention.
        #[arg(long)]
        errors: bool,
    },
    /// Score an article's entities and quotes against a gold file (`tests/fixtures/*.gold.json`).
    Gold {
        gold: PathBuf,
        article: PathBuf,
        #[arg(long)]
        json: bool,
    },
    /// Article extraction from saved web pages: precision, recall, F1 and ms/page.
    Html {
        /// Benchmark folder with `ground-truth.json` and `html/`.
        dir: PathBuf,
        /// Print every page's scores, worst first.
        #[arg(long)]
        per_page: bool,
    },
}

#[derive(Subcommand)]
enum BenchCommand {
    /// Measure extraction speed and model load time.
    Extract {
        /// Text files to extract from (repeated until at least `--mb` megabytes).
        files: Vec<PathBuf>,
        #[arg(long, default_value_t = 5.0)]
        mb: f64,
    },
    /// Write a synthetic library of realistic news articles into DIR.
    Gen {
        #[arg(long, default_value_t = 1000)]
        articles: usize,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        dir: PathBuf,
    },
    /// Time what the reader does with a warm index before its first frame: open the index,
    /// take the list, load the open article from the cache, draw; then the finder's names.
    Open,
    /// Time pathological inputs (a 1 MB sentence, 100,000 quotation marks, HTML nested 100,000
    /// deep, 50 MB files...) per byte against ordinary ones.
    Hostile {
        /// Multiply every input size by this (1 = the sizes named above).
        #[arg(long, default_value_t = 1.0)]
        scale: f64,
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
    mentions: Vec<extract::flat::FlatMention<'a>>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("byline: {e:#}");
            // A query that cannot be run is a usage error, like a bad flag.
            if e.is::<byline::index::QueryError>() {
                ExitCode::from(2)
            } else {
                ExitCode::from(1)
            }
        }
    }
}

fn run(cli: Cli) -> anyhow::Result<()> {
    // `--library`, else the config file's `library`; the config is read only by the commands
    // that need a library, so a broken config never stops `extract`.
    let (given, config_path) = (cli.library.clone(), cli.config.clone());
    let library = || -> anyhow::Result<Option<PathBuf>> {
        if given.is_some() {
            return Ok(given.clone());
        }
        let config = byline::config::load(config_path.as_deref())
            .map_err(|e| anyhow::anyhow!("invalid config: {e}"))?;
        Ok(config.library)
    };
    match cli.command {
        Some(Command::Extract { path, json }) => cmd_extract(&path, json),
        Some(Command::List) => library::list_command(library()?.as_deref()),
        Some(Command::Train {
            corpora,
            out,
            seed,
            epochs,
            bits,
            repeat_small,
            blend_with,
            blend_share,
        }) => {
            let opts = byline::extract::train::Options {
                corpora,
                out,
                seed,
                epochs,
                bits,
                repeat_small,
                blend_with,
                blend_share,
            };
            let report = byline::extract::train::run(&opts, &mut |m| eprintln!("{m}"))?;
            print!("{report}");
            Ok(())
        }
        Some(Command::Eval(EvalCommand::Ner { files, all, errors })) => {
            print!("{}", byline::eval::ner::run(&files, all, errors)?);
            Ok(())
        }
        Some(Command::Bench(BenchCommand::Extract { files, mb })) => {
            print!("{}", byline::eval::bench::run(&files, mb)?);
            Ok(())
        }
        Some(Command::Eval(EvalCommand::Gold {
            gold,
            article,
            json,
        })) => byline::eval::gold::run(&gold, &article, json),
        Some(Command::Eval(EvalCommand::Html { dir, per_page })) => {
            byline::eval::html::run(&dir, per_page).map_err(anyhow::Error::msg)
        }
        Some(Command::Index) => index::cli::cmd_index(library()?.as_deref()),
        Some(Command::Search { query, json }) => {
            index::cli::cmd_search(library()?.as_deref(), &query, json)
        }
        Some(Command::Quotes { speaker, json }) => {
            index::cli::cmd_quotes(library()?.as_deref(), &speaker, json)
        }
        Some(Command::Bench(BenchCommand::Gen {
            articles,
            seed,
            dir,
        })) => byline::bench::cmd_gen(&dir, articles, seed),
        Some(Command::Bench(BenchCommand::Hostile { scale })) => {
            let sizes = byline::eval::bench::HostileSizes::scaled(scale);
            print!("{}", byline::eval::bench::hostile(sizes)?);
            Ok(())
        }
        Some(Command::Bench(BenchCommand::Open)) => {
            byline::bench::cmd_open(&index::cli::library_dir(library()?.as_deref())?)
        }
        None => {
            let config = byline::config::load(cli.config.as_deref())
                .map_err(|e| anyhow::anyhow!("invalid config: {e}"))?;
            byline::reader::run(cli.library, config)
        }
    }
}

fn cmd_extract(path: &Path, json: bool) -> anyhow::Result<()> {
    let article = if path.as_os_str() == "-" {
        // Standard input is kept byte for byte (invalid UTF-8 aside) so that the offsets
        // printed match the caller's own copy of the text; JSON escapes every control character.
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes)?;
        Article {
            path: "-".into(),
            text: String::from_utf8_lossy(&bytes).into_owned(),
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
    let mut out = std::io::stdout().lock();
    let written = if json {
        let doc = ExtractJson {
            path: article.path.display().to_string(),
            title: &article.title,
            author: article.author.as_deref(),
            date: article.date.as_deref(),
            url: article.url.as_deref(),
            text: &article.text,
            analysis: &analysis,
            mentions: extract::flat::mentions(&article.text, &analysis),
        };
        serde_json::to_writer_pretty(&mut out, &doc)
            .map_err(std::io::Error::from)
            .and_then(|()| writeln!(out))
    } else {
        write_listing(&mut out, &article, &analysis)
    };
    match written {
        // A reader that stops early (`| head`) is not an error.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}

fn write_listing(
    out: &mut impl Write,
    article: &Article,
    analysis: &extract::Analysis,
) -> std::io::Result<()> {
    use byline::sanitize::for_terminal as clean;
    writeln!(out, "{}", clean(&article.title))?;
    for e in &analysis.entities {
        let kind = e.kind.label();
        let (name, n) = (clean(&e.name), e.mentions.len());
        writeln!(out, "{kind:<13} {name} ({n} mentions)")?;
    }
    for q in &analysis.quotes {
        let who = q
            .speaker
            .as_ref()
            .map_or("?".to_string(), |s| clean(&s.name));
        writeln!(out, "quote [{who}] {}", clean(&q.text))?;
    }
    Ok(())
}
