//! `denialkb review INPUT... -o review.html`: one self-contained HTML page to check what the
//! rules did, article by article, with every value highlighted where it was found.
//!
//! Researchers trust a dataset after looking at its evidence, so the page shows the article
//! text with each evidence span marked by field and rule next to the records built from it.
//! It is a single file (inline CSS, JS and SVG, a CSP that allows nothing external) so that it
//! can be mailed or archived with a dataset release and opened offline.
//!
//! Inputs: article `.txt` files or directories of them (extracted in memory with the built-in
//! lexicon), output directories / `<id>.yaml` files / JSONL result files together with their
//! sources (the text is read from `article.source`, or from a `.txt` input with the same id).
//! JSONL article corpora are not read yet: `crate::input` has no JSONL reader on this branch.
//!
//! Everything taken from an article is untrusted: it is HTML-escaped wherever it is written
//! ([`html::esc`]), and the page's CSP only lets the page's own script run.

pub mod highlight;
pub mod html;
pub mod svg;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::extract::Extractor;
use crate::record::ArticleOutput;

/// One article on the page: its output and, when found, its text.
#[derive(Debug, Clone)]
pub struct Item {
    pub output: ArticleOutput,
    pub text: Option<String>,
    /// Notes for the reader (source not found, source changed since extraction).
    pub notes: Vec<String>,
    /// True when the records were extracted for this page rather than read from an output.
    pub extracted: bool,
}

/// What was read for a page, every input accounted for.
#[derive(Debug, Clone, Default)]
pub struct Collection {
    /// Sorted by article id (then source).
    pub items: Vec<Item>,
    /// Inputs that could not be used, with the reason.
    pub failed: Vec<String>,
}

impl Collection {
    pub fn extracted(&self) -> usize {
        self.items.iter().filter(|i| i.extracted).count()
    }
}

enum Input {
    Text(PathBuf),
    Outputs(PathBuf),
}

/// Classify the inputs: directories give their `.txt` files (recursively) and their `.yaml`
/// outputs (top level); files go by extension and content.
fn classify(inputs: &[PathBuf]) -> Result<Vec<Input>, Error> {
    let mut v = Vec::new();
    for p in inputs {
        let meta = std::fs::metadata(p).map_err(|e| Error::io(p, e))?;
        if meta.is_dir() {
            v.extend(crate::diff::yaml_files(p)?.into_iter().map(Input::Outputs));
            v.extend(crate::input::expand_paths(std::slice::from_ref(p))?.into_iter().map(Input::Text));
        } else if p.extension().is_some_and(|e| e == "yaml" || e == "yml") || crate::diff::is_jsonl(p) {
            v.push(Input::Outputs(p.clone()));
        } else {
            v.push(Input::Text(p.clone()));
        }
    }
    Ok(v)
}

/// Read all inputs. Errors about one input are collected in `failed`; only an input that does
/// not exist at all is an error.
pub fn collect(inputs: &[PathBuf], ex: &Extractor) -> Result<Collection, Error> {
    let classified = classify(inputs)?;
    let mut col = Collection::default();
    let mut by_id: BTreeMap<String, Item> = BTreeMap::new();

    for inp in &classified {
        let Input::Outputs(path) = inp else { continue };
        let outs = match crate::diff::load_results(path) {
            Ok(o) => o,
            Err(e) => {
                let hint = if crate::diff::is_jsonl(path) {
                    " (JSONL article corpora are not supported by review yet; give .txt files)"
                } else {
                    ""
                };
                col.failed.push(format!("{e}{hint}"));
                continue;
            }
        };
        for (id, output) in outs {
            if by_id.contains_key(&id) {
                col.failed.push(format!("{}: article id `{id}` given twice; second one skipped", path.display()));
                continue;
            }
            let mut item = Item { output, text: None, notes: vec![], extracted: false };
            attach_source(&mut item, path);
            by_id.insert(id, item);
        }
    }

    let mut extra: Vec<Item> = Vec::new();
    for inp in &classified {
        let Input::Text(path) = inp else { continue };
        let art = match crate::input::read_text_file(path) {
            Ok(a) => a,
            Err(e) => {
                col.failed.push(e.to_string());
                continue;
            }
        };
        if let Some(item) = by_id.get_mut(&art.id) {
            // An output's source given explicitly: use its text, do not extract again.
            if item.text.is_none() {
                item.notes.retain(|n| !n.starts_with("source text not found"));
                if art.sha256 != item.output.article.sha256 {
                    item.notes.push(format!("{} differs from the text the output was made from", path.display()));
                }
                item.text = Some(art.text);
            }
            continue;
        }
        let output = ex.extract(&art);
        let mut notes = Vec::new();
        if extra.iter().any(|i| i.output.article.id == art.id) {
            notes.push(format!("another input also has id `{}`", art.id));
        }
        extra.push(Item { output, text: Some(art.text), notes, extracted: true });
    }

    col.items = by_id.into_values().chain(extra).collect();
    col.items.sort_by(|a, b| {
        (&a.output.article.id, &a.output.article.source).cmp(&(&b.output.article.id, &b.output.article.source))
    });
    Ok(col)
}

/// Find an output's text from `article.source`: as given, then relative to the output file's
/// directory and its parent (an output directory next to its source directory).
fn attach_source(item: &mut Item, output_path: &Path) {
    let source = item.output.article.source.clone();
    let raw = Path::new(&source);
    let mut candidates = vec![raw.to_path_buf()];
    if raw.is_relative() {
        let mut dir = output_path.parent();
        for _ in 0..2 {
            if let Some(d) = dir {
                candidates.push(d.join(raw));
                dir = d.parent();
            }
        }
    }
    for c in candidates {
        if !c.is_file() {
            continue;
        }
        if let Ok(art) = crate::input::read_text_file(&c) {
            if art.sha256 != item.output.article.sha256 {
                item.notes.push(format!("{} changed since the output was made (sha256 differs)", c.display()));
            }
            item.text = Some(art.text);
            return;
        }
    }
    item.notes.push(format!("source text not found: {source}"));
}

/// The `review` subcommand. Exit code 0 when every input was used, 1 when some failed (the page
/// is still written), 2 when no page could be written.
pub fn main(inputs: &[PathBuf], output: &Path) -> u8 {
    let ex = Extractor::builtin();
    let col = match collect(inputs, &ex) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("denialkb: {e}");
            return 2;
        }
    };
    for f in &col.failed {
        eprintln!("denialkb: {f}");
    }
    let page = html::render(&col);
    if let Err(e) = crate::output::write_atomic(output, page.as_bytes()) {
        eprintln!("denialkb: {e}");
        return 2;
    }
    let with = col.items.iter().filter(|i| !i.output.records.is_empty()).count();
    let records: usize = col.items.iter().map(|i| i.output.records.len()).sum();
    println!(
        "{} articles ({} extracted, {} from outputs): {with} with records, {} without; {records} records; {} inputs failed; wrote {} ({} bytes)",
        col.items.len(),
        col.extracted(),
        col.items.len() - col.extracted(),
        col.items.len() - with,
        col.failed.len(),
        output.display(),
        page.len()
    );
    if col.failed.is_empty() { 0 } else { 1 }
}
