//! Issue 8's check: the five seed articles wrapped as simple HTML pages in a gzipped WARC
//! give the same records (same company, allegation, denial quote, date, outlet) as the text
//! files. The WARC is built here, at test time, from `seeds/*.txt`.

use std::io::Write;
use std::path::{Path, PathBuf};

use denialkb::crawl::{Outcome, articles_from_path};
use denialkb::extract::{Article, Extractor};

fn seeds() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut v: Vec<PathBuf> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    v.sort();
    v
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// A simple page: each non-empty line of the text one `<p>`.
fn wrap(id: &str, text: &str) -> String {
    let body: String = text.lines().filter(|l| !l.trim().is_empty()).map(|l| format!("<p>{}</p>\n", escape(l))).collect();
    format!("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{id}</title></head>\n<body><article>\n{body}</article></body></html>\n")
}

fn member(record: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(record).unwrap();
    e.finish().unwrap()
}

fn response(n: usize, id: &str, html: &str) -> Vec<u8> {
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {}\r\n\r\n{html}", html.len());
    let mut r = format!(
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{n:08}-0000-4000-8000-000000000000>\r\n\
         WARC-Target-URI: https://seed.example/{id}\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n\
         Content-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
        http.len()
    )
    .into_bytes();
    r.extend_from_slice(http.as_bytes());
    r.extend_from_slice(b"\r\n\r\n");
    r
}

/// Whitespace runs as one space (HTML does not keep runs of spaces).
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn paragraphs(text: &str) -> Vec<String> {
    text.lines().map(squash).filter(|l| !l.is_empty()).collect()
}

/// The five field values of each record, whitespace squashed.
fn fields(ex: &Extractor, a: &Article) -> Vec<[Option<String>; 5]> {
    ex.extract(a)
        .records
        .iter()
        .map(|r| {
            [Some(r.company.clone()), r.allegation.clone(), r.denial_quote.clone(), r.date.clone(), r.outlet.clone()]
                .map(|v| v.map(|s| squash(&s)))
        })
        .collect()
}

#[test]
fn seeds_wrapped_in_a_warc_give_the_same_records_as_the_text_files() {
    let seeds = seeds();
    assert_eq!(seeds.len(), 5);
    let mut warc = member(b"WARC/1.1\r\nWARC-Type: warcinfo\r\nContent-Type: application/warc-fields\r\nContent-Length: 0\r\n\r\n\r\n\r\n");
    let mut texts = Vec::new();
    for (n, p) in seeds.iter().enumerate() {
        let art = denialkb::input::read_text_file(p).unwrap();
        warc.extend(member(&response(n, &art.id, &wrap(&art.id, &art.text))));
        texts.push(art);
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("seeds.warc.gz");
    std::fs::write(&path, &warc).unwrap();

    let mut from_warc = Vec::new();
    let mut skipped = 0;
    for o in articles_from_path(&path) {
        match o {
            Outcome::Article(a) => from_warc.push(a),
            Outcome::Skipped { code, .. } => {
                assert_eq!(code, "record_type:warcinfo");
                skipped += 1;
            }
            Outcome::Error(e) => panic!("{e}"),
        }
    }
    assert_eq!((from_warc.len(), skipped), (5, 1));

    let ex = Extractor::builtin();
    for (t, w) in texts.iter().zip(&from_warc) {
        assert_eq!(w.meta.url.as_deref(), Some(format!("https://seed.example/{}", t.id).as_str()));
        assert_eq!(paragraphs(&w.text), paragraphs(&t.text), "{}: the page's text is the file's, paragraph for paragraph", t.id);
        assert_eq!(fields(&ex, w), fields(&ex, t), "{}: records differ", t.id);
    }
}
