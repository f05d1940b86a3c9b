//! The `extract` run: inputs streamed through the extractor in parallel, results written in
//! input order, every input accounted for in the manifest.
//!
//! Work flows in bounded chunks (a few thousand articles or a few MB of JSONL): while rayon
//! extracts chunk k on all threads, chunk k-1 is written and chunk k+1 read. Each article's
//! result depends only on the article, and results are written in input order, so the output
//! bytes do not depend on the thread count; memory holds three chunks whatever the corpus size.

use std::io::{IsTerminal, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::crawl::Outcome as Outcome2;
use crate::error::Error;
use crate::extract::{Article, Extractor};
use crate::input::jsonl::{RawLine, parse_line};
use crate::input::source::{Task, Tasks, plan, total_bytes};
use crate::output::manifest::{Entry, ManifestWriter, Outcome, Summary};
use crate::output::{Format, records, render_json_line, render_yaml, write_atomic};
use crate::record::ArticleOutput;

/// Everything an `extract` run needs to know.
#[derive(Debug, Clone)]
pub struct Options {
    /// Files, directories, `.jsonl` corpora, `-` for standard input.
    pub inputs: Vec<PathBuf>,
    pub format: Format,
    /// Output directory (`yaml`, default `out`) or file (stream formats, default stdout; `-`
    /// is stdout too).
    pub output: Option<PathBuf>,
    /// Where to write the manifest instead of the default place.
    pub manifest: Option<PathBuf>,
    /// Worker threads (`None`: one per core).
    pub threads: Option<usize>,
    /// Show a progress bar when standard error is a terminal.
    pub progress: bool,
    /// Chunk bounds: at most this many articles ...
    pub chunk_items: usize,
    /// ... and about this many bytes of JSONL per chunk.
    pub chunk_bytes: usize,
}

impl Options {
    pub fn new(inputs: Vec<PathBuf>, format: Format) -> Options {
        Options {
            inputs,
            format,
            output: None,
            manifest: None,
            threads: None,
            progress: true,
            chunk_items: 2048,
            chunk_bytes: 4 << 20,
        }
    }
}

/// Run an extraction. `Err` is a usage or setup error (nothing, or not everything, could be
/// attempted: exit status 2); otherwise the counts, whose `failed` decides exit status 1.
pub fn run(ex: &Extractor, opts: &Options) -> Result<Summary, Error> {
    let sources = plan(&opts.inputs)?;
    let progress = progress_bar(opts.progress, total_bytes(&sources));
    let mut writer = Writer::open(opts)?;
    let mut builder = rayon::ThreadPoolBuilder::new();
    if let Some(n) = opts.threads {
        builder = builder.num_threads(n);
    }
    let pool = builder
        .build()
        .map_err(|e| Error::Input { input: "--threads".into(), reason: e.to_string() })?;
    let format = opts.format;
    let (items, bytes) = (opts.chunk_items.max(1), opts.chunk_bytes.max(1));
    pool.install(|| -> Result<(), Error> {
        let mut tasks = Tasks::new(sources);
        let mut next = tasks.next_chunk(items, bytes);
        let mut pending: Option<Vec<Done>> = None;
        while !next.is_empty() || pending.is_some() {
            let chunk = std::mem::take(&mut next);
            let (done, (read, written)) = rayon::join(
                || chunk.into_par_iter().map(|t| process(ex, format, t)).collect::<Vec<Done>>(),
                || {
                    let written = match pending.take() {
                        Some(p) => writer.write_chunk(p, progress.as_ref()),
                        None => Ok(()),
                    };
                    (tasks.next_chunk(items, bytes), written)
                },
            );
            written?;
            next = read;
            pending = (!done.is_empty()).then_some(done);
        }
        Ok(())
    })?;
    if let Some(pb) = &progress {
        pb.finish_and_clear();
    }
    writer.finish()
}

fn progress_bar(wanted: bool, total: Option<u64>) -> Option<indicatif::ProgressBar> {
    if !wanted || !std::io::stderr().is_terminal() {
        return None;
    }
    let pb = match total {
        Some(t) => indicatif::ProgressBar::new(t).with_style(
            indicatif::ProgressStyle::with_template("{bar:40} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} eta {eta} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        ),
        None => indicatif::ProgressBar::new_spinner().with_style(
            indicatif::ProgressStyle::with_template("{spinner} {binary_bytes} {binary_bytes_per_sec} {msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        ),
    };
    Some(pb)
}

/// The result of one task, ready to be written.
struct Done {
    /// `None` for a blank JSONL line (not an article, not counted).
    entry: Option<Entry>,
    /// The extraction (kept for `yaml`, where an id collision means rendering again).
    out: Option<ArticleOutput>,
    rendered: String,
    /// Input bytes consumed (progress).
    bytes: usize,
}

fn error_entry(input: String, line: Option<usize>, reason: String) -> Entry {
    Entry { input, line, id: None, outcome: Outcome::Error, records: None, reason: Some(reason), warnings: Vec::new() }
}

/// The input an error names.
fn input_of(e: &Error) -> String {
    match e {
        Error::Input { input, .. } => input.clone(),
        Error::Io { path, .. } => path.display().to_string(),
        other => other.to_string(),
    }
}

/// The reason of an error without the input name it starts with.
fn reason_of(e: &Error) -> String {
    match e {
        Error::Input { reason, .. } => reason.clone(),
        Error::Io { source, .. } => source.to_string(),
        Error::Schema { path, reason, .. } => format!("output fails the schema at {path}: {reason}"),
        other => other.to_string(),
    }
}

fn process(ex: &Extractor, format: Format, task: Task) -> Done {
    let (article, input, line, bytes) = match task {
        Task::File(p) => {
            let input = p.display().to_string();
            let read = match crate::crawl::kind_of(&p) {
                Ok(crate::crawl::Kind::Html) => crate::crawl::read_html_file(&p),
                _ => crate::input::read_text_file(&p),
            };
            match read {
                Ok(a) => {
                    let n = a.text.len();
                    (a, input, None, n)
                }
                Err(e) => return failed(error_entry(input, None, reason_of(&e)), 0),
            }
        }
        Task::Line { origin, stem, line, bytes } => {
            let n = bytes.len() + 1;
            match parse_line(&origin, &stem, &RawLine { line, bytes }) {
                Ok(Some(a)) => (a, origin, Some(line), n),
                Ok(None) => return Done { entry: None, out: None, rendered: String::new(), bytes: n },
                Err(reason) => return failed(error_entry(origin, Some(line), reason), n),
            }
        }
        Task::Crawl(pending) => {
            let n = match &pending {
                crate::crawl::Pending::Page(p) => p.body.len(),
                _ => 0,
            };
            match pending.resolve() {
                Outcome2::Article(a) => {
                    let input = a.source.clone();
                    (a, input, None, n)
                }
                Outcome2::Skipped { source, code, reason } => {
                    let e = Entry { outcome: Outcome::Skipped, reason: Some(format!("{code}: {reason}")), ..error_entry(source, None, String::new()) };
                    return failed(e, n);
                }
                Outcome2::Error(e) => return failed(error_entry(input_of(&e), None, reason_of(&e)), n),
            }
        }
        Task::Failed { input, line, reason } => return failed(error_entry(input, line, reason), 0),
    };
    let mut entry = Entry {
        input,
        line,
        id: Some(article.id.clone()),
        outcome: Outcome::NoDenial,
        records: Some(0),
        reason: None,
        warnings: article.warnings.clone(),
    };
    // The records view has nothing to write for an article without a denial cue.
    if format == Format::Records && !ex.may_hold_denial(&article.text) {
        return Done { entry: Some(entry), out: None, rendered: String::new(), bytes };
    }
    let out = match extract_guarded(ex, &article) {
        Ok(o) => o,
        Err(reason) => return failed(Entry { id: None, ..error_entry(entry.input, line, reason) }, bytes),
    };
    let rendered = match format {
        Format::Yaml => render_yaml(&out),
        Format::Jsonl => render_json_line(&out),
        Format::Records => records::render_lines(&out),
    };
    match rendered {
        Ok(rendered) => {
            let n = out.records.len();
            entry.records = Some(n);
            if n > 0 {
                entry.outcome = Outcome::Records;
            }
            let keep = (format == Format::Yaml).then_some(out);
            Done { entry: Some(entry), out: keep, rendered, bytes }
        }
        Err(e) => failed(Entry { id: None, ..error_entry(entry.input, line, reason_of(&e)) }, bytes),
    }
}

fn failed(entry: Entry, bytes: usize) -> Done {
    Done { entry: Some(entry), out: None, rendered: String::new(), bytes }
}

/// Extraction must not take the run down: a panic (a bug) fails this article only.
fn extract_guarded(ex: &Extractor, article: &Article) -> Result<ArticleOutput, String> {
    catch_unwind(AssertUnwindSafe(|| ex.extract(article))).map_err(|p| {
        let msg = p
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| p.downcast_ref::<String>().cloned())
            .unwrap_or_default();
        format!("internal error: extraction panicked: {msg}")
    })
}

/// Where results go.
enum Target {
    Dir { dir: PathBuf, taken: std::collections::HashSet<String> },
    Stream { name: String, w: std::io::BufWriter<Box<dyn Write + Send>> },
}

struct Writer {
    target: Target,
    manifest: ManifestWriter,
}

const FORMAT_NAMES: [(Format, &str); 3] = [(Format::Yaml, "yaml"), (Format::Jsonl, "jsonl"), (Format::Records, "records")];

impl Writer {
    fn open(opts: &Options) -> Result<Writer, Error> {
        let fmt = FORMAT_NAMES.iter().find(|(f, _)| *f == opts.format).map(|(_, n)| *n).unwrap_or("?");
        let stdout = opts.output.as_ref().is_none_or(|p| p.as_os_str() == "-");
        if !opts.format.is_stream() {
            let dir = opts.output.clone().unwrap_or_else(|| PathBuf::from("out"));
            std::fs::create_dir_all(&dir).map_err(|e| Error::io(&dir, e))?;
            let mpath = opts.manifest.clone().unwrap_or_else(|| dir.join("manifest.yaml"));
            let manifest = ManifestWriter::to_file(&mpath, fmt, &dir.display().to_string())?;
            // `manifest.yaml` must never be taken by an article (any case, for case-folding
            // file systems).
            let taken = ["manifest".to_string()].into_iter().collect();
            return Ok(Writer { target: Target::Dir { dir, taken }, manifest });
        }
        // `-o DIR` (an existing directory) for a stream format: DIR/<format>.jsonl and
        // DIR/manifest.yaml.
        let into_dir = opts.output.as_deref().filter(|p| !stdout && p.is_dir());
        let (name, sink): (String, Box<dyn Write + Send>) = if stdout {
            ("<stdout>".into(), Box::new(std::io::stdout()))
        } else {
            let p = opts.output.as_deref().unwrap_or(Path::new("-"));
            let p = match into_dir {
                Some(d) => d.join(format!("{}.jsonl", if opts.format == Format::Records { "records" } else { "articles" })),
                None => p.to_path_buf(),
            };
            let f = std::fs::File::create(&p).map_err(|e| Error::io(&p, e))?;
            (p.display().to_string(), Box::new(f))
        };
        let manifest = match (&opts.manifest, into_dir) {
            (Some(m), _) => ManifestWriter::to_file(m, fmt, &name)?,
            (None, Some(d)) => ManifestWriter::to_file(&d.join("manifest.yaml"), fmt, &name)?,
            (None, None) => ManifestWriter::to_stderr(fmt, &name)?,
        };
        let w = std::io::BufWriter::with_capacity(1 << 20, sink);
        Ok(Writer { target: Target::Stream { name, w }, manifest })
    }

    /// Write one chunk's results in order and their manifest entries. `Err`: the output
    /// stream (or manifest) itself failed, which ends the run.
    fn write_chunk(&mut self, chunk: Vec<Done>, pb: Option<&indicatif::ProgressBar>) -> Result<(), Error> {
        for done in chunk {
            if let Some(pb) = pb {
                pb.inc(done.bytes as u64);
            }
            let Some(mut entry) = done.entry else { continue };
            if matches!(entry.outcome, Outcome::Records | Outcome::NoDenial) {
                match &mut self.target {
                    Target::Stream { name, w } => {
                        w.write_all(done.rendered.as_bytes()).map_err(|e| Error::io(Path::new(name), e))?;
                    }
                    Target::Dir { dir, taken } => {
                        if let Err(reason) = write_file(dir, taken, &mut entry, done.out, done.rendered) {
                            entry = Entry { id: None, ..error_entry(entry.input, entry.line, reason) };
                        }
                    }
                }
            }
            if entry.outcome == Outcome::Error && !self.manifest.on_stderr() {
                let at = entry.line.map(|l| format!(":{l}")).unwrap_or_default();
                let line = format!("denialkb: {}{at}: {}", entry.input, entry.reason.as_deref().unwrap_or(""));
                match pb {
                    Some(pb) => pb.suspend(|| eprintln!("{line}")),
                    None => eprintln!("{line}"),
                }
            }
            match pb {
                Some(pb) => pb.suspend(|| self.manifest.add(&entry))?,
                None => self.manifest.add(&entry)?,
            }
        }
        Ok(())
    }

    fn finish(self) -> Result<Summary, Error> {
        if let Target::Stream { name, mut w } = self.target {
            w.flush().map_err(|e| Error::io(Path::new(&name), e))?;
        }
        self.manifest.finish()
    }
}

/// Write one article's YAML file, giving it a fresh id if an earlier article of this run took
/// its id (case-insensitively): `<id>~2`, `<id>~3`, ... with a warning in the article and the
/// manifest. Never overwrites a file of this run.
fn write_file(
    dir: &Path,
    taken: &mut std::collections::HashSet<String>,
    entry: &mut Entry,
    out: Option<ArticleOutput>,
    mut rendered: String,
) -> Result<(), String> {
    let mut out = out.ok_or("internal error: no output kept")?;
    let id = out.article.id.clone();
    if taken.contains(&id.to_lowercase()) {
        let fresh = (2..)
            .map(|n| format!("{id}~{n}"))
            .find(|c| !taken.contains(&c.to_lowercase()))
            .unwrap_or_default();
        let warning = format!("id \"{id}\" already used by an earlier input of this run; written as \"{fresh}\"");
        out.article.id = fresh.clone();
        out.article.warnings.push(warning.clone());
        rendered = render_yaml(&out).map_err(|e| reason_of(&e))?;
        entry.id = Some(fresh);
        entry.warnings.push(warning);
    }
    let id = out.article.id;
    write_atomic(&dir.join(format!("{id}.yaml")), rendered.as_bytes()).map_err(|e| format!("cannot write output: {}", reason_of(&e)))?;
    taken.insert(id.to_lowercase());
    Ok(())
}
