//! One input path in, a stream of outcomes out: the entry point for every kind of input
//! file denialkb reads from a crawl.
//!
//! The kind is recognised by content first (gzip magic, a `WARC/1.` first line, an HTML
//! start), then by extension (`.warc`, `.warc.gz`, `.wet.gz`, `.html`, `.htm`, `.txt`), so a
//! mislabelled file is still read right. Each archive record is accounted for: an
//! [`Outcome::Article`], an [`Outcome::Skipped`] with its reason code, or an
//! [`Outcome::Error`] naming the file and byte offset; reading goes on after errors.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::Path;

use crate::error::Error;
use crate::extract::Article;
use crate::input::safe_id;
use crate::warc::{RawPage, WarcItem, WarcReader};

/// Largest HTML page file read (an HTML page file is read whole).
const MAX_PAGE: u64 = 64 * 1024 * 1024;

/// What an input file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Text,
    Html,
    Warc,
    WarcGz,
}

/// The outcome of one article-sized unit of input.
#[derive(Debug)]
pub enum Outcome {
    Article(Article),
    /// A record that holds no article: where (`path@offset`), a stable reason code for
    /// counting (`record_type:request`, `status:404`, `not_html`...), and a readable reason.
    Skipped { source: String, code: String, reason: String },
    Error(Error),
}

fn has_ext(name: &str, exts: &[&str]) -> bool {
    let lower = name.to_ascii_lowercase();
    exts.iter().any(|e| lower.ends_with(e))
}

/// Recognise an input file by its first bytes, then its name.
pub fn kind_of(path: &Path) -> Result<Kind, Error> {
    let mut head = Vec::with_capacity(512);
    File::open(path).and_then(|f| f.take(512).read_to_end(&mut head)).map_err(|e| Error::io(path, e))?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    if head.starts_with(&[0x1f, 0x8b]) {
        let mut inner = Vec::new();
        let mut d = flate2::read::GzDecoder::new(File::open(path).map_err(|e| Error::io(path, e))?);
        let _ = (&mut d).take(16).read_to_end(&mut inner);
        if inner.starts_with(b"WARC/") || has_ext(&name, &[".warc.gz", ".wet.gz", ".arc.gz"]) {
            return Ok(Kind::WarcGz);
        }
        return Err(Error::Input { input: path.display().to_string(), reason: "gzip file that is not a WARC archive".into() });
    }
    let trimmed: Vec<u8> = head
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(&head)
        .iter()
        .skip_while(|c| c.is_ascii_whitespace())
        .map(u8::to_ascii_lowercase)
        .collect();
    if trimmed.starts_with(b"warc/1.") {
        return Ok(Kind::Warc);
    }
    if trimmed.starts_with(b"<!doctype html") || trimmed.starts_with(b"<html") || has_ext(&name, &[".html", ".htm", ".xhtml"]) {
        return Ok(Kind::Html);
    }
    if has_ext(&name, &[".warc", ".wet"]) {
        return Ok(Kind::Warc);
    }
    Ok(Kind::Text)
}

/// Is this a file the crawl reader handles (rather than plain text)?
pub fn is_crawl_input(path: &Path) -> bool {
    matches!(kind_of(path), Ok(Kind::Html | Kind::Warc | Kind::WarcGz))
}

/// An outcome, or an HTML page still to be parsed (the costly step, which the caller may
/// run on a worker thread: [`Pending::resolve`] is all it takes).
#[derive(Debug)]
pub enum Pending {
    Ready(Outcome),
    Page(RawPage),
}

impl Pending {
    pub fn resolve(self) -> Outcome {
        match self {
            Pending::Ready(o) => o,
            Pending::Page(p) => Outcome::Article(p.into_article()),
        }
    }
}

/// Every outcome of one input path, streamed, pages parsed on the calling thread.
pub fn articles_from_path(path: &Path) -> Box<dyn Iterator<Item = Outcome> + Send> {
    Box::new(pending_from_path(path).map(Pending::resolve))
}

/// Every outcome of one input path, streamed, with HTML pages left unparsed so that a caller
/// can parse them in parallel (keeping input order if it wants deterministic output).
pub fn pending_from_path(path: &Path) -> Box<dyn Iterator<Item = Pending> + Send> {
    let one = |o: Outcome| -> Box<dyn Iterator<Item = Pending> + Send> { Box::new(std::iter::once(Pending::Ready(o))) };
    let kind = match kind_of(path) {
        Ok(k) => k,
        Err(e) => return one(Outcome::Error(e)),
    };
    match kind {
        Kind::Text => one(match crate::input::read_text_file(path) {
            Ok(a) => Outcome::Article(a),
            Err(e) => Outcome::Error(e),
        }),
        Kind::Html => match raw_html_file(path) {
            Ok(p) => Box::new(std::iter::once(Pending::Page(p))),
            Err(e) => one(Outcome::Error(e)),
        },
        Kind::Warc | Kind::WarcGz => match File::open(path) {
            Err(e) => one(Outcome::Error(Error::io(path, e))),
            Ok(f) => {
                let name = path.display().to_string();
                let reader = WarcReader::new(f, &name, kind == Kind::WarcGz);
                Box::new(reader.map(move |item| match item {
                    Ok(WarcItem::Page { page, .. }) => Pending::Page(page),
                    Ok(WarcItem::Article { article, .. }) => Pending::Ready(Outcome::Article(article)),
                    Ok(WarcItem::Skipped { record, reason }) => Pending::Ready(Outcome::Skipped {
                        source: format!("{name}@{}", record.offset),
                        code: reason.code(),
                        reason: reason.to_string(),
                    }),
                    Err(e) => Pending::Ready(Outcome::Error(Error::Input {
                        input: format!("{name}@{}", e.offset),
                        reason: e.reason,
                    })),
                }))
            }
        },
    }
}

/// Read one saved HTML page as an article; id from the file stem.
pub fn read_html_file(path: &Path) -> Result<Article, Error> {
    raw_html_file(path).map(RawPage::into_article)
}

fn raw_html_file(path: &Path) -> Result<RawPage, Error> {
    let f = File::open(path).map_err(|e| Error::io(path, e))?;
    let mut bytes = Vec::new();
    BufReader::new(f).take(MAX_PAGE + 1).read_to_end(&mut bytes).map_err(|e| Error::io(path, e))?;
    if bytes.len() as u64 > MAX_PAGE {
        return Err(Error::Input { input: path.display().to_string(), reason: format!("page larger than {MAX_PAGE} bytes") });
    }
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    Ok(RawPage { id: safe_id(&stem), source: path.display().to_string(), body: bytes, content_type: None, url: None })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn file(dir: &Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
        let p = dir.join(name);
        std::fs::write(&p, bytes).unwrap();
        p
    }

    #[test]
    fn kinds_by_content_beat_extensions() {
        let d = tempfile::tempdir().unwrap();
        assert_eq!(kind_of(&file(d.path(), "a.txt", b"  <!DOCTYPE html><p>x")).unwrap(), Kind::Html);
        assert_eq!(kind_of(&file(d.path(), "a.html", b"WARC/1.0\r\n")).unwrap(), Kind::Warc);
        assert_eq!(kind_of(&file(d.path(), "b.htm", b"<div>x</div>")).unwrap(), Kind::Html);
        assert_eq!(kind_of(&file(d.path(), "c.txt", b"Jakarta - teks")).unwrap(), Kind::Text);
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"WARC/1.0\r\n").unwrap();
        assert_eq!(kind_of(&file(d.path(), "noext", &gz.finish().unwrap())).unwrap(), Kind::WarcGz);
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all(b"hello").unwrap();
        assert!(kind_of(&file(d.path(), "x.gz", &gz.finish().unwrap())).is_err());
    }

    #[test]
    fn html_files_become_articles_with_stem_ids() {
        let d = tempfile::tempdir().unwrap();
        let p = file(d.path(), "berita 1.html", b"<html><body><p>Teks berita.</p></body></html>");
        let out: Vec<_> = articles_from_path(&p).collect();
        let [Outcome::Article(a)] = &out[..] else { panic!("{out:?}") };
        assert_eq!(a.id, "berita 1");
        assert_eq!(a.text, "Teks berita.");
    }

    #[test]
    fn a_missing_file_is_one_error() {
        let out: Vec<_> = articles_from_path(Path::new("/nonexistent/x.warc.gz")).collect();
        assert!(matches!(&out[..], [Outcome::Error(_)]));
    }
}
