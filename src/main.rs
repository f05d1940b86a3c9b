//! `denialkb`: thin command-line glue over the library.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use denialkb::extract::Extractor;
use denialkb::lexicon::Lexicon;
use denialkb::crawl::{self, Outcome};
use denialkb::{eval, input, output, schema, yaml};

#[derive(Parser)]
#[command(name = "denialkb", version, about = "Corporate denials from Indonesian news, as validated YAML records with provenance")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract denial records from articles (.txt, .html, .warc, .warc.gz, .wet.gz files, or
    /// directories of .txt files).
    Extract {
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Output directory (one <id>.yaml per article).
        #[arg(short, long, default_value = "out")]
        output: PathBuf,
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
    /// Check output files against the schema.
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
    let cli = Cli::parse();
    match cli.command {
        Command::Extract { inputs, output, lexicon } => run_extract(&inputs, &output, &lexicon),
        Command::Validate { inputs } => run_validate(&inputs),
        Command::Diff { old, new, format } => ExitCode::from(denialkb::diff::main(&old, &new, &format)),
        Command::Review { inputs, output } => ExitCode::from(denialkb::review::main(&inputs, &output)),
        Command::Eval { gold, pred, inputs, json, lexicon } => match run_eval(&gold, pred, &inputs, json, &lexicon) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("denialkb: {e}");
                ExitCode::from(2)
            }
        },
        Command::Text { inputs, id, only_text } => run_text(&inputs, id.as_deref(), only_text),
    }
}

fn load_lexicon(files: &[PathBuf]) -> Result<Lexicon, denialkb::Error> {
    let mut lex = Lexicon::builtin();
    for f in files {
        lex.extend_from_file(f)?;
    }
    Ok(lex)
}

fn run_extract(inputs: &[PathBuf], out_dir: &PathBuf, lexicon: &[PathBuf]) -> ExitCode {
    let lex = match load_lexicon(lexicon) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("denialkb: {e}");
            return ExitCode::from(2);
        }
    };
    let paths = match input::expand_paths(inputs) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("denialkb: {e}");
            return ExitCode::from(2);
        }
    };
    if let Err(e) = std::fs::create_dir_all(out_dir) {
        eprintln!("denialkb: {}: {e}", out_dir.display());
        return ExitCode::from(2);
    }
    let ex = Extractor::new(&lex);
    let (mut with, mut without, mut skipped, mut failed) = (0usize, 0usize, 0usize, 0usize);
    for p in &paths {
        for outcome in crawl::articles_from_path(p) {
            let art = match outcome {
                Outcome::Article(a) => a,
                Outcome::Skipped { .. } => {
                    skipped += 1;
                    continue;
                }
                Outcome::Error(e) => {
                    failed += 1;
                    eprintln!("denialkb: {e}");
                    continue;
                }
            };
            let out = ex.extract(&art);
            let result = output::render_yaml(&out).and_then(|yaml| {
                output::write_atomic(&out_dir.join(format!("{}.yaml", out.article.id)), yaml.as_bytes())
            });
            match result {
                Ok(()) if out.records.is_empty() => without += 1,
                Ok(()) => with += 1,
                Err(e) => {
                    failed += 1;
                    eprintln!("denialkb: {e}");
                }
            }
        }
    }
    println!(
        "{} articles read: {with} with records, {without} without records, {failed} failed; {skipped} archive records skipped",
        with + without
    );
    if failed > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS }
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

fn run_validate(inputs: &[PathBuf]) -> ExitCode {
    let mut files = Vec::new();
    for p in inputs {
        if p.is_dir() {
            match std::fs::read_dir(p) {
                Ok(rd) => {
                    let mut v: Vec<PathBuf> = rd
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
                        .collect();
                    v.sort();
                    files.extend(v);
                }
                Err(e) => {
                    eprintln!("denialkb: {}: {e}", p.display());
                    return ExitCode::from(2);
                }
            }
        } else {
            files.push(p.clone());
        }
    }
    let mut bad = 0;
    for f in &files {
        let name = f.display().to_string();
        let text = match std::fs::read_to_string(f) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{name}: {e}");
                bad += 1;
                continue;
            }
        };
        match yaml::to_json_value(&name, &text) {
            Err(e) => {
                eprintln!("{e}");
                bad += 1;
            }
            Ok(v) => {
                let vs = schema::violations(&v);
                for x in &vs {
                    eprintln!("{name}: {}: {}", x.path, x.reason);
                }
                if !vs.is_empty() {
                    bad += 1;
                }
            }
        }
    }
    println!("{} files checked: {} valid, {bad} invalid", files.len(), files.len() - bad);
    if bad > 0 { ExitCode::from(1) } else { ExitCode::SUCCESS }
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
