//! The `extract` run: inputs streamed through the extractor in parallel, results written in
//! input order, every input accounted for in the manifest.
//!
//! A pipeline without barriers: one thread reads the inputs in order (gunzip and WARC records,
//! JSONL lines, file names) and hands the tasks, numbered, to the workers; each worker reads
//! its task into an article (HTML pages are parsed there), extracts and renders it; the
//! calling thread puts the results back in input order and writes them. Each article's result
//! depends only on the article, so the output bytes do not depend on the thread count. Memory
//! is bounded by a window: at most [`Options::window_items`] tasks, about
//! [`Options::window_bytes`] of input, are between the reader and the writer at any time.
//!
//! [`run_lexicon`] also compiles the rules (a large share of a short run) while the first
//! pages are being read and parsed, which need no rules.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Condvar, Mutex, OnceLock};

use crate::crawl::Outcome as Outcome2;
use crate::error::Error;
use crate::extract::{Article, Extractor};
use crate::input::jsonl::{RawLine, parse_line};
use crate::input::source::{Task, Tasks, plan, total_bytes};
use crate::lexicon::Lexicon;
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
    /// Worker threads (`None`: one per core). Reading the inputs and writing the results
    /// run on two more threads, which take little CPU.
    pub threads: Option<usize>,
    /// Show a progress bar when standard error is a terminal.
    pub progress: bool,
    /// Window bounds: at most this many tasks read but not yet written ...
    pub window_items: usize,
    /// ... and about this many input bytes (JSONL lines, archive pages) among them (one task
    /// may pass the bound: a page of up to 32 MiB).
    pub window_bytes: usize,
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
            window_items: 4096,
            window_bytes: 8 << 20,
        }
    }
}

/// Run an extraction. `Err` is a usage or setup error (nothing, or not everything, could be
/// attempted: exit status 2); otherwise the counts, whose `failed` decides exit status 1.
pub fn run(ex: &Extractor, opts: &Options) -> Result<Summary, Error> {
    pipeline(&Rules::Ready(ex), opts)
}

/// [`run`] with the rules compiled from `lex` on another thread while the inputs start to be
/// read (pages parsed); workers wait for the rules only when they have an article to extract.
/// For a process's single run: the rules are left allocated at the end (not freed).
pub fn run_lexicon(lex: &Lexicon, opts: &Options) -> Result<Summary, Error> {
    let cell = Building { slot: OnceLock::new(), lock: Mutex::new(()), ready: Condvar::new(), sample: Mutex::new(None) };
    let mut panicked = None;
    let result = std::thread::scope(|s| {
        s.spawn(|| {
            let built = catch_unwind(AssertUnwindSafe(|| Extractor::new(lex)));
            let ex = match built {
                Ok(ex) => {
                    // The regex engines are built at their first search, and a worker needing
                    // one that another is building waits: the first article read is extracted
                    // here first (its result dropped), building the engines pages commonly
                    // need while the workers go on reading.
                    let sample = cell.sample.lock().unwrap_or_else(|e| e.into_inner()).take();
                    if let Some(a) = sample {
                        let _ = catch_unwind(AssertUnwindSafe(|| ex.extract(&a)));
                    }
                    Some(ex)
                }
                Err(p) => {
                    panicked = Some(p);
                    None
                }
            };
            let _ = cell.slot.set(ex);
            let _guard = cell.lock.lock();
            cell.ready.notify_all();
        });
        pipeline(&Rules::Building(&cell), opts)
    });
    // compiling the rules panicked: a bug, reported as such (the run was stopped)
    if let Some(p) = panicked {
        std::panic::resume_unwind(p);
    }
    // The rules are not freed: this is a process's one run (the command line's), and taking
    // apart thousands of automata and lexicon strings only delays its exit.
    if let Some(Some(ex)) = cell.slot.into_inner() {
        std::mem::forget(ex);
    }
    result
}

/// The rules, ready or being compiled.
enum Rules<'a> {
    Ready(&'a Extractor),
    Building(&'a Building),
}

struct Building {
    /// `None`: compiling panicked.
    slot: OnceLock<Option<Extractor>>,
    lock: Mutex<()>,
    ready: Condvar,
    /// An article read while the rules were being compiled (see `run_lexicon`).
    sample: Mutex<Option<Article>>,
}

impl Rules<'_> {
    /// Are the rules built (or known not to build)? Never waits.
    fn ready(&self) -> bool {
        match self {
            Rules::Ready(_) => true,
            Rules::Building(b) => b.slot.get().is_some(),
        }
    }

    /// The rules, waiting for them if need be; `None` if they could not be built.
    fn get(&self) -> Option<&Extractor> {
        match self {
            Rules::Ready(ex) => Some(ex),
            Rules::Building(b) => {
                if let Some(ex) = b.slot.get() {
                    return ex.as_ref();
                }
                let mut guard = b.lock.lock().unwrap_or_else(|e| e.into_inner());
                loop {
                    if let Some(ex) = b.slot.get() {
                        return ex.as_ref();
                    }
                    guard = b.ready.wait(guard).unwrap_or_else(|e| e.into_inner());
                }
            }
        }
    }
}

/// Results a worker gathers before handing them to the writer (see `pipeline`).
const RESULT_BATCH: usize = 16;

/// How many tasks and bytes are between the reader and the writer.
struct Window {
    state: Mutex<(usize, usize)>,
    changed: Condvar,
    /// Set when the run must stop (the output failed, the rules could not be built).
    stop: AtomicBool,
}

impl Window {
    /// Wait until a task of `weight` bytes may enter (always, when the window is empty).
    /// After the window filled up, waits until it is half empty, so that the reader runs in
    /// bursts. `false`: the run is stopping.
    fn enter(&self, weight: usize, max_items: usize, max_bytes: usize, full: &mut bool) -> bool {
        let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        loop {
            if self.stop.load(Ordering::Relaxed) {
                return false;
            }
            let (items, bytes) = *st;
            let room = if *full { items <= max_items / 2 && bytes <= max_bytes / 2 } else { items < max_items && bytes < max_bytes };
            if items == 0 || room {
                *full = false;
                *st = (items + 1, bytes + weight);
                return true;
            }
            *full = true;
            st = self.changed.wait(st).unwrap_or_else(|e| e.into_inner());
        }
    }

    /// A task was written. The reader waits only for a window half empty (or empty), so it is
    /// woken only then: a wake-up is a system call even when no one waits.
    fn leave(&self, weight: usize, max_items: usize, max_bytes: usize) {
        let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        st.0 -= 1;
        st.1 -= weight;
        if st.0 == 0 || st.0 <= max_items / 2 && st.1 <= max_bytes / 2 {
            self.changed.notify_one();
        }
    }

    /// A task in the window now holds `by` bytes less (a page parsed, its raw bytes freed).
    fn shrink(&self, by: usize, max_items: usize, max_bytes: usize) {
        let mut st = self.state.lock().unwrap_or_else(|e| e.into_inner());
        st.1 -= by;
        if st.0 <= max_items / 2 && st.1 <= max_bytes / 2 {
            self.changed.notify_one();
        }
    }

    fn stop(&self) {
        self.stop.store(true, Ordering::Relaxed);
        let _guard = self.state.lock();
        self.changed.notify_all();
    }
}

fn pipeline(rules: &Rules, opts: &Options) -> Result<Summary, Error> {
    let sources = plan(&opts.inputs)?;
    let progress = progress_bar(opts.progress, total_bytes(&sources));
    let mut writer = Writer::open(opts)?;
    let workers = opts.threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get())).max(1);
    let format = opts.format;
    let (max_items, max_bytes) = (opts.window_items.max(1), opts.window_bytes.max(1));
    let window = Window { state: Mutex::new((0, 0)), changed: Condvar::new(), stop: AtomicBool::new(false) };
    let (task_tx, task_rx) = mpsc::channel::<(u64, usize, Task)>();
    let task_rx = Mutex::new(task_rx);
    let (done_tx, done_rx) = mpsc::channel::<Vec<(u64, usize, Done)>>();
    let written = std::thread::scope(|s| -> Result<(), Error> {
        let window = &window;
        s.spawn(move || {
            let mut tasks = Tasks::new(sources);
            let mut full = false;
            let mut seq = 0u64;
            while let Some(task) = tasks.next_task() {
                let weight = task.weight();
                if !window.enter(weight, max_items, max_bytes, &mut full) || task_tx.send((seq, weight, task)).is_err() {
                    return;
                }
                seq += 1;
            }
        });
        for _ in 0..workers {
            let (task_rx, done_tx) = (&task_rx, done_tx.clone());
            s.spawn(move || {
                // Results go to the writer in batches: each send wakes the writer (a system
                // call and a switch of threads), which costs more than writing a page. A batch
                // is sent when full and before waiting for a task, so no result waits on one
                // (the writer may need it to make room for the next tasks). The queue is
                // locked by a worker waiting for a task when it is empty: then this one sends
                // its batch before it waits for the lock.
                //
                // While the rules are being compiled, articles read are parked and the worker
                // goes on reading (parsing pages needs no rules); they are extracted as soon
                // as the rules are ready, or when there is nothing more to read now.
                let mut batch: Vec<(u64, usize, Done)> = Vec::new();
                let mut parked: Vec<(u64, usize, Read)> = Vec::new();
                // the parked articles extracted and their results sent; `false`: stop
                let unpark = |parked: &mut Vec<(u64, usize, Read)>, batch: &mut Vec<(u64, usize, Done)>| -> bool {
                    if parked.is_empty() {
                        return true;
                    }
                    for (seq, weight, read) in parked.drain(..) {
                        let Some(done) = finish(rules, format, read) else {
                            window.stop();
                            return false;
                        };
                        batch.push((seq, weight, done));
                    }
                    done_tx.send(std::mem::take(batch)).is_ok()
                };
                loop {
                    let ready = match task_rx.try_lock() {
                        Ok(rx) => rx.try_recv(),
                        Err(std::sync::TryLockError::Poisoned(rx)) => rx.into_inner().try_recv(),
                        Err(std::sync::TryLockError::WouldBlock) => Err(mpsc::TryRecvError::Empty),
                    };
                    let next = match ready {
                        Err(mpsc::TryRecvError::Empty) => {
                            if !unpark(&mut parked, &mut batch) || !batch.is_empty() && done_tx.send(std::mem::take(&mut batch)).is_err() {
                                return;
                            }
                            task_rx.lock().unwrap_or_else(|e| e.into_inner()).recv().ok()
                        }
                        other => other.ok(),
                    };
                    let Some((seq, weight, task)) = next else {
                        if unpark(&mut parked, &mut batch) && !batch.is_empty() {
                            let _ = done_tx.send(batch);
                        }
                        return;
                    };
                    if window.stop.load(Ordering::Relaxed) {
                        return;
                    }
                    let read = read_guarded(task);
                    if !rules.ready() && matches!(read, Read::Article(..)) {
                        if let (Rules::Building(b), Read::Article(a, ..)) = (rules, &read) {
                            b.sample.lock().unwrap_or_else(|e| e.into_inner()).get_or_insert_with(|| a.clone());
                        }
                        // the page's raw bytes are freed: the window holds its article only
                        let kept = match &read {
                            Read::Article(a, ..) => a.text.len().min(weight),
                            Read::Done(_) => weight,
                        };
                        window.shrink(weight - kept, max_items, max_bytes);
                        parked.push((seq, kept, read));
                        continue;
                    }
                    if !unpark(&mut parked, &mut batch) {
                        return;
                    }
                    let Some(done) = finish(rules, format, read) else {
                        window.stop();
                        return;
                    };
                    batch.push((seq, weight, done));
                    if batch.len() >= RESULT_BATCH && done_tx.send(std::mem::take(&mut batch)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done_tx);
        // Results come in any order; they are written in input order.
        let mut waiting: BTreeMap<u64, (usize, Done)> = BTreeMap::new();
        let mut next = 0u64;
        for batch in done_rx.iter() {
            for (seq, weight, done) in batch {
                waiting.insert(seq, (weight, done));
            }
            while let Some((weight, done)) = waiting.remove(&next) {
                if let Err(e) = writer.write_one(done, progress.as_ref()) {
                    window.stop();
                    return Err(e);
                }
                window.leave(weight, max_items, max_bytes);
                next += 1;
            }
        }
        Ok(())
    });
    written?;
    if window.stop.load(Ordering::Relaxed) {
        // only the rules failing stops a run without an error of its own: `run_lexicon` reports it
        return Err(Error::Input { input: "rules".into(), reason: "internal error: the rules could not be compiled".into() });
    }
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

/// A task read: its article (with the input name, line and bytes it stands for), or already
/// its result (a blank line, a skipped record, an input that failed).
enum Read {
    Article(Article, String, Option<usize>, usize),
    Done(Done),
}

/// The input name (and line) a task stands for, to report a panic while reading it.
fn task_name(task: &Task) -> (String, Option<usize>) {
    match task {
        Task::File(p) => (p.display().to_string(), None),
        Task::Line { origin, line, .. } => (origin.clone(), Some(*line)),
        Task::Crawl(crate::crawl::Pending::Page(p)) => (p.source.clone(), None),
        Task::Crawl(crate::crawl::Pending::Ready(_)) => (String::new(), None),
        Task::Failed { input, line, .. } => (input.clone(), *line),
    }
}

/// Read a task into an article: a file read, a JSONL line parsed, an HTML page parsed.
fn read_task(task: Task) -> Read {
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
                Err(e) => return Read::Done(failed(error_entry(input, None, reason_of(&e)), 0)),
            }
        }
        Task::Line { origin, stem, line, bytes } => {
            let n = bytes.len() + 1;
            match parse_line(&origin, &stem, &RawLine { line, bytes }) {
                Ok(Some(a)) => (a, origin, Some(line), n),
                Ok(None) => return Read::Done(Done { entry: None, out: None, rendered: String::new(), bytes: n }),
                Err(reason) => return Read::Done(failed(error_entry(origin, Some(line), reason), n)),
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
                    return Read::Done(failed(e, n));
                }
                Outcome2::Error(e) => return Read::Done(failed(error_entry(input_of(&e), None, reason_of(&e)), n)),
            }
        }
        Task::Failed { input, line, reason } => return Read::Done(failed(error_entry(input, line, reason), 0)),
    };
    Read::Article(article, input, line, bytes)
}

/// A task read into an article, or its result if it has no article to extract.
fn read_guarded(task: Task) -> Read {
    let (name, at) = task_name(&task);
    match catch_unwind(AssertUnwindSafe(|| read_task(task))) {
        Ok(read) => read,
        // a bug, in a parser say: this input fails, the run goes on
        Err(p) => Read::Done(failed(error_entry(name, at, format!("internal error: reading panicked: {}", panic_message(&*p))), 0)),
    }
}

/// A read task's result; `None` when the rules could not be built (the run stops).
fn finish(rules: &Rules, format: Format, read: Read) -> Option<Done> {
    match read {
        Read::Done(done) => Some(done),
        Read::Article(article, input, line, bytes) => Some(extract_one(rules.get()?, format, article, input, line, bytes)),
    }
}

fn extract_one(ex: &Extractor, format: Format, article: Article, input: String, line: Option<usize>, bytes: usize) -> Done {
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
    catch_unwind(AssertUnwindSafe(|| ex.extract(article))).map_err(|p| format!("internal error: extraction panicked: {}", panic_message(&*p)))
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| p.downcast_ref::<String>().cloned()).unwrap_or_default()
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

    /// Write one result (the next in input order) and its manifest entry. `Err`: the output
    /// stream (or manifest) itself failed, which ends the run.
    fn write_one(&mut self, done: Done, pb: Option<&indicatif::ProgressBar>) -> Result<(), Error> {
        {
            if let Some(pb) = pb {
                pb.inc(done.bytes as u64);
            }
            let Some(mut entry) = done.entry else { return Ok(()) };
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
