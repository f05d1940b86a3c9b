//! The run manifest: every input of a run and its one outcome (records, no denial, or error
//! with its reason), then the summary counts. Entries are written as they are decided, in
//! input order, so the manifest streams in bounded memory like the results.
//!
//! Where it goes: `manifest.yaml` in the output directory for `--format yaml` (written to a
//! temporary file and renamed when the run ends), standard error for stream formats, or the
//! file given with `--manifest`.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::Error;

/// What became of one input.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Written, with at least one denial record.
    Records,
    /// Written, no denial found.
    NoDenial,
    /// Not written: the reason says why.
    Error,
    /// A web-archive record that holds no article (request, redirect, not HTML): not counted
    /// as an article; the reason says which.
    Skipped,
}

/// One manifest line: an input (a file, or a line of a JSONL input) and its outcome.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// The file (or `<stdin>`) read.
    pub input: String,
    /// 1-based line number within a JSONL input.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// The article id written (absent when the input failed before it had one).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub outcome: Outcome,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub records: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Decoding problems, id changes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// The counts of a run. `articles == with_records + without_records + failed`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    pub articles: usize,
    pub with_records: usize,
    pub without_records: usize,
    pub failed: usize,
    /// Denial records written in all.
    pub records: usize,
    /// Web-archive records without an article (not among `articles`).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub skipped: usize,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

impl Summary {
    pub fn add(&mut self, e: &Entry) {
        if e.outcome == Outcome::Skipped {
            self.skipped += 1;
            return;
        }
        self.articles += 1;
        match e.outcome {
            Outcome::Records => self.with_records += 1,
            Outcome::NoDenial => self.without_records += 1,
            Outcome::Error => self.failed += 1,
            Outcome::Skipped => {}
        }
        self.records += e.records.unwrap_or(0);
    }

    /// The one-line summary printed at the end of a run.
    pub fn line(&self) -> String {
        let skipped = if self.skipped > 0 { format!("; {} archive records skipped", self.skipped) } else { String::new() };
        format!(
            "{} articles read: {} with records, {} without records, {} failed{skipped} ({} records)",
            self.articles, self.with_records, self.without_records, self.failed, self.records
        )
    }
}

/// A whole manifest, as read back (tests, tools).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    pub denialkb: String,
    pub format: String,
    pub output: String,
    pub inputs: Vec<Entry>,
    pub summary: Summary,
}

#[derive(Serialize)]
struct Header<'a> {
    denialkb: &'a str,
    format: &'a str,
    output: &'a str,
}

#[derive(Serialize)]
struct Footer<'a> {
    summary: &'a Summary,
}

enum Sink {
    File { tmp: PathBuf, path: PathBuf, w: std::io::BufWriter<std::fs::File> },
    Direct(std::io::BufWriter<std::fs::File>, PathBuf),
    Stderr(std::io::Stderr),
}

/// Writes a manifest entry by entry.
pub struct ManifestWriter {
    sink: Sink,
    entries: usize,
    pub summary: Summary,
    /// The last input name and its `- input: ...` line(s) as the serializer writes them.
    input_head: Option<(String, String)>,
}

impl ManifestWriter {
    /// A manifest written to `path` when [`finish`](Self::finish) is called (atomically).
    /// A path that exists but is no regular file (`/dev/null`, a FIFO) is written directly.
    pub fn to_file(path: &Path, format: &str, output: &str) -> Result<ManifestWriter, Error> {
        if std::fs::metadata(path).is_ok_and(|m| !m.is_file()) {
            let f = std::fs::OpenOptions::new().write(true).open(path).map_err(|e| Error::io(path, e))?;
            return ManifestWriter::start(Sink::Direct(std::io::BufWriter::new(f), path.to_path_buf()), format, output);
        }
        let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
        let f = std::fs::File::create(&tmp).map_err(|e| Error::io(&tmp, e))?;
        let sink = Sink::File { tmp, path: path.to_path_buf(), w: std::io::BufWriter::new(f) };
        ManifestWriter::start(sink, format, output)
    }

    /// A manifest written to standard error.
    pub fn to_stderr(format: &str, output: &str) -> Result<ManifestWriter, Error> {
        ManifestWriter::start(Sink::Stderr(std::io::stderr()), format, output)
    }

    fn start(sink: Sink, format: &str, output: &str) -> Result<ManifestWriter, Error> {
        let mut m = ManifestWriter { sink, entries: 0, summary: Summary::default(), input_head: None };
        let head = crate::yaml::to_string(&Header { denialkb: env!("CARGO_PKG_VERSION"), format, output })?;
        m.write(&format!("# denialkb run manifest: every input and its outcome\n{head}"))?;
        Ok(m)
    }

    /// True when the manifest goes to standard error.
    pub fn on_stderr(&self) -> bool {
        matches!(self.sink, Sink::Stderr(_))
    }

    fn write(&mut self, s: &str) -> Result<(), Error> {
        let r = match &mut self.sink {
            Sink::File { w, .. } | Sink::Direct(w, _) => w.write_all(s.as_bytes()),
            Sink::Stderr(e) => e.write_all(s.as_bytes()),
        };
        r.map_err(|e| Error::io(self.path(), e))
    }

    fn path(&self) -> &Path {
        match &self.sink {
            Sink::File { path, .. } | Sink::Direct(_, path) => path,
            Sink::Stderr(_) => Path::new("<stderr>"),
        }
    }

    /// Add one input's entry (and count it).
    pub fn add(&mut self, e: &Entry) -> Result<(), Error> {
        self.summary.add(e);
        let mut s = String::new();
        if self.entries == 0 {
            s.push_str("inputs:\n");
        }
        self.entries += 1;
        match self.quick_entry(e)? {
            Some(quick) => s.push_str(&quick),
            None => s.push_str(&crate::yaml::to_string(&[e])?),
        }
        self.write(&s)
    }

    /// `yaml::to_string(&[e])` without the serializer for the common entry (no reason, no
    /// warnings, a plain id): an entry streams by for every article. The input name is the
    /// same for every line of a JSONL input, so its line is rendered by the serializer once
    /// (as the head of an entry holding only it) and reused. `None`: use the serializer.
    fn quick_entry(&mut self, e: &Entry) -> Result<Option<String>, Error> {
        use std::fmt::Write as _;
        if e.reason.is_some() || !e.warnings.is_empty() || e.id.as_deref().is_some_and(|id| !crate::yaml::is_plain(id)) {
            return Ok(None);
        }
        if self.input_head.as_ref().is_none_or(|(input, _)| *input != e.input) {
            let only = Entry { input: e.input.clone(), line: None, id: None, outcome: Outcome::Error, records: None, reason: None, warnings: Vec::new() };
            let full = crate::yaml::to_string(&[only])?;
            let Some(head) = full.strip_suffix("  outcome: error\n") else { return Ok(None) };
            self.input_head = Some((e.input.clone(), head.to_string()));
        }
        let head = self.input_head.as_ref().map(|(_, h)| h.as_str()).unwrap_or_default();
        let outcome = match e.outcome {
            Outcome::Records => "records",
            Outcome::NoDenial => "no_denial",
            Outcome::Error => "error",
            Outcome::Skipped => "skipped",
        };
        let mut s = String::with_capacity(head.len() + 80);
        s.push_str(head);
        if let Some(l) = e.line {
            let _ = writeln!(s, "  line: {l}");
        }
        if let Some(id) = &e.id {
            let _ = writeln!(s, "  id: {id}");
        }
        let _ = writeln!(s, "  outcome: {outcome}");
        if let Some(r) = e.records {
            let _ = writeln!(s, "  records: {r}");
        }
        Ok(Some(s))
    }

    /// Write the summary and put the manifest in place. Returns the counts.
    pub fn finish(mut self) -> Result<Summary, Error> {
        let mut s = String::new();
        if self.entries == 0 {
            s.push_str("inputs: []\n");
        }
        s.push_str(&crate::yaml::to_string(&Footer { summary: &self.summary })?);
        self.write(&s)?;
        match self.sink {
            Sink::File { tmp, path, w } => {
                let f = w.into_inner().map_err(|e| Error::io(&path, e.into_error()))?;
                f.sync_all().map_err(|e| Error::io(&path, e))?;
                std::fs::rename(&tmp, &path).map_err(|e| Error::io(&path, e))?;
            }
            Sink::Direct(mut w, path) => w.flush().map_err(|e| Error::io(&path, e))?,
            Sink::Stderr(mut e) => {
                let _ = e.flush();
            }
        }
        Ok(self.summary)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_round_trips_and_counts_add_up() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("manifest.yaml");
        let mut m = ManifestWriter::to_file(&path, "yaml", "out").unwrap();
        let entries = [
            Entry { input: "a.txt".into(), line: None, id: Some("a".into()), outcome: Outcome::Records, records: Some(2), reason: None, warnings: vec![] },
            Entry { input: "c.jsonl".into(), line: Some(4), id: None, outcome: Outcome::Error, records: None, reason: Some("malformed JSON: x".into()), warnings: vec![] },
            Entry { input: "c.jsonl".into(), line: Some(5), id: Some("b".into()), outcome: Outcome::NoDenial, records: Some(0), reason: None, warnings: vec!["w: \"x\"".into()] },
        ];
        for e in &entries {
            m.add(e).unwrap();
        }
        assert!(!path.exists(), "manifest appears only when finished");
        let s = m.finish().unwrap();
        assert_eq!((s.articles, s.with_records, s.without_records, s.failed, s.records), (3, 1, 1, 1, 2));
        let back: Manifest = crate::yaml::from_str("m", &std::fs::read_to_string(&path).unwrap()).unwrap();
        assert_eq!(back.inputs, entries);
        assert_eq!(back.summary, s);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file left");
    }

    #[test]
    fn quick_entries_are_what_the_serializer_writes() {
        let mut m = ManifestWriter::to_stderr("jsonl", "-").unwrap();
        let inputs = ["/tmp/c.jsonl", "<stdin>", "a b: c.jsonl", "dir/é #1.txt", "true", &"long/path ".repeat(20), "x'y\"z"];
        let ids = [None, Some("art0000001"), Some("000_7ca47e1cb5074f21"), Some("true"), Some("0123"), Some("a b"), Some("é")];
        let outcomes = [Outcome::Records, Outcome::NoDenial, Outcome::Error, Outcome::Skipped];
        let mut quick = 0;
        for input in inputs {
            for id in ids {
                for (k, outcome) in outcomes.iter().enumerate() {
                    let e = Entry {
                        input: input.to_string(),
                        line: (k % 2 == 0).then_some(k * 1000 + 7),
                        id: id.map(String::from),
                        outcome: *outcome,
                        records: (k != 2).then_some(k),
                        reason: None,
                        warnings: vec![],
                    };
                    let want = crate::yaml::to_string(&[&e]).unwrap();
                    if let Some(got) = m.quick_entry(&e).unwrap() {
                        assert_eq!(got, want, "{e:?}");
                        quick += 1;
                    }
                }
            }
        }
        assert!(quick >= 4 * 3 * inputs.len(), "the common entries take the quick way ({quick})");
        let warned = Entry { input: "a".into(), line: None, id: None, outcome: Outcome::Error, records: None, reason: Some("r".into()), warnings: vec![] };
        assert!(m.quick_entry(&warned).unwrap().is_none());
    }

    #[test]
    fn empty_run_manifest_parses() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("manifest.yaml");
        ManifestWriter::to_file(&path, "yaml", "out").unwrap().finish().unwrap();
        let back: Manifest = crate::yaml::from_str("m", &std::fs::read_to_string(&path).unwrap()).unwrap();
        assert!(back.inputs.is_empty());
    }
}
