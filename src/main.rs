//! `denialkb`: thin command-line glue over the library (logic lives in `run` and `validate`).
//!
//! Exit status: 0 every input processed, 1 some inputs failed (the rest written), 2 usage or
//! setup error (bad arguments, missing input, output not writable).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

use denialkb::extract::Extractor;
use denialkb::lexicon::Lexicon;
use denialkb::output::Format;
use denialkb::run::{Options, run_lexicon};
use denialkb::crawl::{self, Outcome};
use denialkb::{eval, input};

mod allocator;

#[derive(Parser)]
#[command(name = "denialkb", version, about = "Corporate denials from Indonesian news, as validated YAML records with provenance")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum FormatArg {
    /// One <id>.yaml file per article in the output directory.
    Yaml,
    /// One JSON object per article per line (stdout, or the -o file).
    Jsonl,
    /// One JSON object per denial record per line, article id attached (stdout, or -o file).
    Records,
}

#[derive(Subcommand)]
enum Command {
    /// Extract denial records from articles: .txt, .html, .warc, .warc.gz, .wet.gz files,
    /// directories of .txt files, .jsonl corpora (one {"id","text",...} per line) or `-`
    /// (JSONL on standard input).
    Extract {
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Output: a directory for `yaml` (default `out`), a file for stream formats
        /// (default standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[arg(short, long, value_enum, default_value = "yaml")]
        format: FormatArg,
        /// Write the run manifest here (default: manifest.yaml in the output directory, or
        /// standard error for stream formats).
        #[arg(long)]
        manifest: Option<PathBuf>,
        /// Worker threads (default: one per core). Output is identical for any value.
        #[arg(short = 'j', long)]
        threads: Option<usize>,
        /// No progress bar even when standard error is a terminal.
        #[arg(long)]
        no_progress: bool,
        /// Extra lexicon file(s) extending the built-in word lists.
        #[arg(long)]
        lexicon: Vec<PathBuf>,
    },
    /// Score predictions (or a fresh extraction) against gold files, like the reference scorer,
    /// with a per-rule table and the list of misses. Exit code 0 whatever the scores.
    Eval {
        /// Directory of `<id>.gold.yaml` files.
        #[arg(long)]
        gold: PathBuf,
        /// Directory of predictions `<id>.yaml`; otherwise INPUTs are extracted in memory.
        #[arg(long, conflicts_with = "inputs", required_unless_present = "inputs")]
        pred: Option<PathBuf>,
        /// Articles (.txt files or directories of them) to extract and score.
        inputs: Vec<PathBuf>,
        /// One JSON object instead of text.
        #[arg(long)]
        json: bool,
        /// Extra lexicon file(s) extending the built-in word lists.
        #[arg(long)]
        lexicon: Vec<PathBuf>,
    },
    /// Print the exact text extraction works on (evidence offsets refer to it) and the metadata.
    Text {
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Only the article with this id (e.g. one record of an archive).
        #[arg(long)]
        id: Option<String>,
        /// Print the text alone, byte for byte (needs a single article, or --id).
        #[arg(long)]
        only_text: bool,
    },
    /// Check output files (YAML, JSONL, manifest.yaml) against the schemas.
    Validate {
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
    },
    /// Compare two result sets (output directories or JSONL result files) record by record.
    /// Exit 0 when identical, 1 when different, 2 on error.
    Diff {
        old: PathBuf,
        new: PathBuf,
        #[arg(long, default_value = "text", value_parser = ["text", "json"])]
        format: String,
    },
    /// Write one self-contained HTML page showing the evidence of every value.
    Review {
        /// Article .txt files or directories, output directories/files with their sources.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        #[arg(short, long, default_value = "review.html")]
        output: PathBuf,
    },
}

fn main() -> ExitCode {
    allocator::configure();
    let cli = Cli::parse();
    match cli.command {
        Command::Extract { inputs, output, format, manifest, threads, no_progress, lexicon } => {
            let format = match format {
                FormatArg::Yaml => Format::Yaml,
                FormatArg::Jsonl => Format::Jsonl,
                FormatArg::Records => Format::Records,
            };
            let mut opts = Options::new(inputs, format);
            opts.output = output;
            opts.manifest = manifest;
            opts.threads = threads;
            opts.progress = !no_progress;
            run_extract(&opts, &lexicon)
        }
        Command::Validate { inputs } => run_validate(&inputs),
        Command::Text { inputs, id, only_text } => run_text(&inputs, id.as_deref(), only_text),
        Command::Diff { old, new, format } => ExitCode::from(denialkb::diff::main(&old, &new, &format)),
        Command::Review { inputs, output } => ExitCode::from(denialkb::review::main(&inputs, &output)),
        Command::Eval { gold, pred, inputs, json, lexicon } => match run_eval(&gold, pred, &inputs, json, &lexicon) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("denialkb: {e}");
                ExitCode::from(2)
            }
        },
    }
}

fn load_lexicon(files: &[PathBuf]) -> Result<Lexicon, denialkb::Error> {
    let mut lex = Lexicon::builtin();
    for f in files {
        lex.extend_from_file(f)?;
    }
    Ok(lex)
}

fn run_extract(opts: &Options, lexicon: &[PathBuf]) -> ExitCode {
    let summary = load_lexicon(lexicon).and_then(|lex| run_lexicon(&lex, opts));
    match summary {
        Err(e) => {
            eprintln!("denialkb: {e}");
            ExitCode::from(2)
        }
        Ok(s) => {
            // Standard output carries the data of stream formats; with `yaml` it is free.
            if opts.format.is_stream() {
                eprintln!("denialkb: {}", s.line());
            } else {
                println!("{}", s.line());
            }
            if s.failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS }
        }
    }
}

fn run_validate(inputs: &[PathBuf]) -> ExitCode {
    match denialkb::validate::validate(inputs) {
        Err(e) => {
            eprintln!("denialkb: {e}");
            ExitCode::from(2)
        }
        Ok(r) => {
            for p in &r.problems {
                eprintln!("{p}");
            }
            println!("{}", r.line());
            if r.invalid > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS }
        }
    }
}

fn run_eval(gold: &Path, pred: Option<PathBuf>, inputs: &[PathBuf], json: bool, lexicon: &[PathBuf]) -> Result<(), denialkb::Error> {
    if !gold.is_dir() {
        return Err(denialkb::Error::Input { input: gold.display().to_string(), reason: "gold directory not found".into() });
    }
    let golds = eval::load_gold_dir(gold)?;
    if golds.is_empty() {
        eprintln!("denialkb: {}: no *.gold.yaml files", gold.display());
    }
    let preds = match pred {
        Some(dir) if !dir.is_dir() => {
            return Err(denialkb::Error::Input { input: dir.display().to_string(), reason: "prediction directory not found".into() });
        }
        Some(dir) => eval::Predictions::Dir(dir),
        None => {
            let ex = Extractor::new(&load_lexicon(lexicon)?);
            let docs = eval::predict(&ex, &input::expand_paths(inputs)?)?;
            let ungraded = docs.keys().filter(|id| !golds.iter().any(|g| &g.id == *id)).count();
            if ungraded > 0 {
                eprintln!("denialkb: {ungraded} of {} articles have no gold file and are not scored", docs.len());
            }
            eval::Predictions::Docs(docs)
        }
    };
    let report = eval::evaluate(&golds, &preds)?;
    let text = if json { eval::render_json(&report) } else { eval::render_text(&report) };
    // A closed pipe (`| head`) is not an error of the evaluation.
    let _ = std::io::Write::write_all(&mut std::io::stdout(), text.as_bytes());
    Ok(())
}

fn run_text(inputs: &[PathBuf], id: Option<&str>, only_text: bool) -> ExitCode {
    let mut articles = Vec::new();
    let mut failed = 0;
    for p in inputs {
        for outcome in crawl::articles_from_path(p) {
            match outcome {
                Outcome::Article(a) if id.is_none_or(|i| i == a.id) => articles.push(a),
                Outcome::Article(_) | Outcome::Skipped { .. } => {}
                Outcome::Error(e) => {
                    failed += 1;
                    eprintln!("denialkb: {e}");
                }
            }
        }
    }
    if only_text {
        if articles.len() != 1 {
            eprintln!("denialkb: --only-text needs exactly one article, found {} (choose one with --id)", articles.len());
            return ExitCode::from(2);
        }
        print!("{}", articles[0].text);
    } else {
        for a in &articles {
            println!("=== article {}", a.id);
            println!("source: {}", a.source);
            let m = &a.meta;
            for (field, value) in [
                ("url", &m.url),
                ("canonical_url", &m.canonical_url),
                ("title", &m.title),
                ("published", &m.published),
                ("site_name", &m.site_name),
            ] {
                if let Some(v) = value {
                    println!("{field}: {} [{}]", v.escape_debug(), m.key_of(field));
                }
            }
            for w in &a.warnings {
                println!("warning: {w}");
            }
            println!("--- text ({} characters; offsets count characters from 0) ---", a.text.chars().count());
            println!("{}", a.text);
        }
    }
    if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS }
}
