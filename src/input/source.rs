//! The inputs of a run as one ordered stream of work items.
//!
//! A run reads its inputs in the order given (directories sorted). Text files are read by the
//! worker that processes them (parallel I/O); JSONL lines and archive records are read here,
//! in order, by the run's reader thread, which stops while its window of unwritten tasks is
//! full ([`crate::run`]), so that memory stays bounded whatever the corpus size.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

use super::jsonl::{LineReader, Next};
use super::{MAX_ARTICLE_BYTES, walk};
use crate::error::Error;

/// One input named on the command line, after directory expansion.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// A text file: one article.
    Text(PathBuf),
    /// A `.jsonl` file: one article per line.
    Jsonl(PathBuf),
    /// Standard input, read as JSONL (`-`).
    Stdin,
    /// An HTML page or a WARC/WET archive (by content or name: [`crate::crawl::kind_of`]).
    Crawl(PathBuf),
}

/// The name `-` stands for standard input in manifests and `article.source`.
pub const STDIN_NAME: &str = "<stdin>";

/// Expand command-line inputs: `-` is stdin (JSONL), a directory gives its `.txt` files
/// (recursively, sorted), a `.jsonl` file is a corpus, any other file one article. A missing
/// input or a second `-` is a usage error.
pub fn plan(inputs: &[PathBuf]) -> Result<Vec<Source>, Error> {
    let mut out = Vec::new();
    let mut stdin = false;
    for p in inputs {
        if p.as_os_str() == "-" {
            if stdin {
                return Err(Error::Input { input: "-".into(), reason: "standard input named twice".into() });
            }
            stdin = true;
            out.push(Source::Stdin);
            continue;
        }
        let meta = std::fs::metadata(p).map_err(|e| Error::io(p, e))?;
        if meta.is_dir() {
            let mut found = Vec::new();
            walk(p, &mut found)?;
            found.sort();
            out.extend(found.into_iter().map(Source::Text));
        } else if p.extension().is_some_and(|e| e == "jsonl") {
            out.push(Source::Jsonl(p.clone()));
        } else if crate::crawl::is_crawl_input(p) {
            out.push(Source::Crawl(p.clone()));
        } else {
            out.push(Source::Text(p.clone()));
        }
    }
    Ok(out)
}

/// Total input bytes when known (no stdin), for a progress bar.
pub fn total_bytes(sources: &[Source]) -> Option<u64> {
    let mut sum = 0;
    for s in sources {
        match s {
            Source::Text(p) | Source::Jsonl(p) | Source::Crawl(p) => sum += std::fs::metadata(p).map(|m| m.len()).unwrap_or(0),
            Source::Stdin => return None,
        }
    }
    Some(sum)
}

/// One unit of work: an article to read and extract, or an input that already failed.
#[derive(Debug)]
pub enum Task {
    File(PathBuf),
    Line { origin: String, stem: String, line: usize, bytes: Vec<u8> },
    /// A unit of an HTML page or web archive (page to parse, article, skip or error).
    Crawl(crate::crawl::Pending),
    /// Failed before it could become an article (unreadable stream, line too long).
    Failed { input: String, line: Option<usize>, reason: String },
}

impl Task {
    /// Bytes this task stands for (for the run's window and progress).
    pub fn weight(&self) -> usize {
        match self {
            Task::Line { bytes, .. } => bytes.len() + 1,
            Task::Crawl(crate::crawl::Pending::Page(p)) => p.body.len(),
            Task::Crawl(_) | Task::File(_) | Task::Failed { .. } => 1,
        }
    }
}

struct Open {
    origin: String,
    stem: String,
    reader: LineReader<Box<dyn BufRead + Send>>,
}

/// Hands out the tasks of all sources, in order.
pub struct Tasks {
    sources: std::vec::IntoIter<Source>,
    open: Option<Open>,
    crawl: Option<Box<dyn Iterator<Item = crate::crawl::Pending> + Send>>,
    cap: usize,
}

impl Tasks {
    pub fn new(sources: Vec<Source>) -> Tasks {
        Tasks { sources: sources.into_iter(), open: None, crawl: None, cap: MAX_ARTICLE_BYTES }
    }

    /// The same with another per-line cap (tests).
    pub fn with_line_cap(sources: Vec<Source>, cap: usize) -> Tasks {
        Tasks { cap, ..Tasks::new(sources) }
    }

    /// The next task, in input order (`None`: all inputs done).
    pub fn next_task(&mut self) -> Option<Task> {
        loop {
            if let Some(it) = &mut self.crawl {
                match it.next() {
                    Some(p) => return Some(Task::Crawl(p)),
                    None => self.crawl = None,
                }
                continue;
            }
            if let Some(open) = &mut self.open {
                match open.reader.next_line() {
                    Ok(Next::Line(l)) => {
                        return Some(Task::Line {
                            origin: open.origin.clone(),
                            stem: open.stem.clone(),
                            line: l.line,
                            bytes: l.bytes,
                        });
                    }
                    Ok(Next::TooLong { line, len }) => {
                        let reason = format!("line of {len} bytes exceeds the {}-byte article limit", self.cap);
                        return Some(Task::Failed { input: open.origin.clone(), line: Some(line), reason });
                    }
                    Ok(Next::End) => self.open = None,
                    Err(e) => {
                        let t = Task::Failed { input: open.origin.clone(), line: None, reason: format!("read error: {e}") };
                        self.open = None;
                        return Some(t);
                    }
                }
                continue;
            }
            match self.sources.next()? {
                Source::Text(p) => return Some(Task::File(p)),
                Source::Crawl(p) => self.crawl = Some(crate::crawl::pending_from_path(&p)),
                Source::Stdin => {
                    let reader: Box<dyn BufRead + Send> = Box::new(BufReader::with_capacity(1 << 16, std::io::stdin()));
                    self.open = Some(Open {
                        origin: STDIN_NAME.into(),
                        stem: "stdin".into(),
                        reader: LineReader::with_cap(reader, self.cap),
                    });
                }
                Source::Jsonl(p) => match File::open(&p) {
                    Ok(f) => {
                        let reader: Box<dyn BufRead + Send> = Box::new(BufReader::with_capacity(1 << 16, f));
                        self.open = Some(Open {
                            origin: p.display().to_string(),
                            stem: stem_of(&p),
                            reader: LineReader::with_cap(reader, self.cap),
                        });
                    }
                    Err(e) => {
                        return Some(Task::Failed { input: p.display().to_string(), line: None, reason: e.to_string() });
                    }
                },
            }
        }
    }
}

/// The file stem of a path, lossily as text.
pub fn stem_of(p: &Path) -> String {
    p.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default()
}
