//! JSON Lines corpora: one article per line, `{"id", "text", "url"?, "title"?, "published"?}`.
//!
//! Lines are read one at a time with a size cap, so a corpus of any size streams through in
//! bounded memory; a malformed line is an error for that line only (the reader goes on).
//! Blank lines are not articles and are skipped. A line is decoded like a text file: a UTF-8
//! BOM on the first line is dropped, invalid UTF-8 is replaced (with a warning), and a NUL in
//! the decoded text means binary data. Unknown fields are ignored.

use std::io::BufRead;

use serde::Deserialize;

use super::{MAX_ARTICLE_BYTES, safe_id};
use crate::extract::{Article, Meta};

/// One raw line of a JSONL input, 1-based line number.
#[derive(Debug)]
pub struct RawLine {
    pub line: usize,
    pub bytes: Vec<u8>,
}

/// What reading the next line gave.
#[derive(Debug)]
pub enum Next {
    Line(RawLine),
    /// The line exceeded [`MAX_ARTICLE_BYTES`]; it was skipped up to its end.
    TooLong { line: usize, len: usize },
    End,
}

/// Reads lines of a JSONL stream with a per-line size cap.
pub struct LineReader<R> {
    reader: R,
    line: usize,
    cap: usize,
}

impl<R: BufRead> LineReader<R> {
    pub fn new(reader: R) -> Self {
        LineReader { reader, line: 0, cap: MAX_ARTICLE_BYTES }
    }

    /// The same with another cap (tests).
    pub fn with_cap(reader: R, cap: usize) -> Self {
        LineReader { reader, line: 0, cap }
    }

    /// The next line (without its `\n`), or the end of the stream.
    pub fn next_line(&mut self) -> std::io::Result<Next> {
        let mut bytes = Vec::new();
        let mut len = 0usize;
        let mut seen = false;
        loop {
            let buf = match self.reader.fill_buf() {
                Ok(b) => b,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if buf.is_empty() {
                break;
            }
            seen = true;
            let (take, done) = match memchr::memchr(b'\n', buf) {
                Some(i) => (i, true),
                None => (buf.len(), false),
            };
            len += take;
            if len <= self.cap {
                bytes.extend_from_slice(&buf[..take]);
            } else if !bytes.is_empty() {
                bytes = Vec::new();
            }
            self.reader.consume(if done { take + 1 } else { take });
            if done {
                break;
            }
        }
        if !seen {
            return Ok(Next::End);
        }
        self.line += 1;
        if len > self.cap {
            return Ok(Next::TooLong { line: self.line, len });
        }
        Ok(Next::Line(RawLine { line: self.line, bytes }))
    }
}

#[derive(Deserialize)]
struct LineFields {
    id: Option<serde_json::Value>,
    text: Option<serde_json::Value>,
    url: Option<serde_json::Value>,
    title: Option<serde_json::Value>,
    published: Option<serde_json::Value>,
    site_name: Option<serde_json::Value>,
}

/// Parse one line into an article. `origin` names the input (`corpus.jsonl`, `<stdin>`),
/// `stem` is used for the fallback id of a line without one. `Ok(None)`: a blank line.
pub fn parse_line(origin: &str, stem: &str, raw: &RawLine) -> Result<Option<Article>, String> {
    let mut bytes = raw.bytes.as_slice();
    if raw.line == 1 {
        bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    }
    if let Some(b) = bytes.strip_suffix(b"\r") {
        bytes = b;
    }
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Ok(None);
    }
    let mut warnings = Vec::new();
    let decoded = match std::str::from_utf8(bytes) {
        Ok(s) => std::borrow::Cow::Borrowed(s),
        Err(e) => {
            warnings.push(format!("invalid UTF-8 at byte {} of the line; invalid bytes replaced with U+FFFD", e.valid_up_to()));
            String::from_utf8_lossy(bytes)
        }
    };
    // An object parses straight into the fields; anything unusual (not an object, a
    // duplicate key, bad JSON) goes the long way, which words the error.
    let direct = decoded.trim_start().starts_with('{').then(|| serde_json::from_str::<LineFields>(&decoded).ok()).flatten();
    let fields = match direct {
        Some(f) => f,
        None => {
            let value: serde_json::Value = serde_json::from_str(&decoded)
                .map_err(|e| format!("malformed JSON at column {}: {}", e.column(), strip_position(&e.to_string())))?;
            if !value.is_object() {
                return Err("expected a JSON object {\"id\": ..., \"text\": ...}".into());
            }
            serde_json::from_value::<LineFields>(value).map_err(|e| format!("bad line: {e}"))?
        }
    };
    let text = match fields.text {
        Some(serde_json::Value::String(s)) => s,
        Some(_) => return Err("field \"text\" is not a string".into()),
        None => return Err("no \"text\" field".into()),
    };
    if text.contains('\0') {
        return Err("binary data (NUL character in \"text\")".into());
    }
    if text.trim().is_empty() {
        warnings.push("empty text".to_string());
    }
    let id = match fields.id {
        Some(serde_json::Value::String(s)) if !s.trim().is_empty() => safe_id(&s),
        Some(serde_json::Value::Number(n)) => safe_id(&n.to_string()),
        Some(serde_json::Value::Null) | Some(serde_json::Value::String(_)) | None => {
            warnings.push(format!("no \"id\" (or a blank one); id made from the input name and line {}", raw.line));
            safe_id(&format!("{stem}-{}", raw.line))
        }
        Some(_) => return Err("field \"id\" is not a string or number".into()),
    };
    let mut meta = Meta::default();
    for (key, value, slot) in [
        ("url", fields.url, &mut meta.url),
        ("title", fields.title, &mut meta.title),
        ("published", fields.published, &mut meta.published),
        ("site_name", fields.site_name, &mut meta.site_name),
    ] {
        match value {
            Some(serde_json::Value::String(s)) if !s.trim().is_empty() => *slot = Some(s),
            Some(serde_json::Value::String(_)) | Some(serde_json::Value::Null) | None => {}
            Some(_) => warnings.push(format!("field \"{key}\" ignored: not a string")),
        }
    }
    Ok(Some(Article {
        id,
        source: format!("{origin}:{}", raw.line),
        sha256: crate::sha256_hex(text.as_bytes()),
        text,
        meta,
        warnings,
    }))
}

/// serde_json appends " at line L column C"; the line is always 1 here.
fn strip_position(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(line: usize, s: &[u8]) -> RawLine {
        RawLine { line, bytes: s.to_vec() }
    }

    #[test]
    fn fields_become_article_and_meta() {
        let l = raw(3, br#"{"id":"a/1","text":"Halo","url":"https://x.id/a","published":"2021-02-03","extra":1}"#);
        let a = parse_line("c.jsonl", "c", &l).unwrap().unwrap();
        assert_eq!(a.id, "a_1");
        assert_eq!(a.source, "c.jsonl:3");
        assert_eq!(a.text, "Halo");
        assert_eq!(a.meta.url.as_deref(), Some("https://x.id/a"));
        assert_eq!(a.meta.published.as_deref(), Some("2021-02-03"));
        assert_eq!(a.sha256, crate::sha256_hex(b"Halo"));
        assert!(a.warnings.is_empty());
    }

    #[test]
    fn missing_id_falls_back_with_warning() {
        let a = parse_line("c.jsonl", "c", &raw(7, br#"{"text":"x","id":null}"#)).unwrap().unwrap();
        assert_eq!(a.id, "c-7");
        assert_eq!(a.warnings.len(), 1);
        let a = parse_line("c.jsonl", "c", &raw(8, br#"{"text":"x","id":" "}"#)).unwrap().unwrap();
        assert_eq!(a.id, "c-8", "a blank id is no id");
        let a = parse_line("c.jsonl", "c", &raw(7, br#"{"text":"x","id":42}"#)).unwrap().unwrap();
        assert_eq!(a.id, "42");
    }

    #[test]
    fn bad_lines_are_errors_blank_lines_skipped() {
        assert!(parse_line("c", "c", &raw(1, b"  \r")).unwrap().is_none());
        let e = parse_line("c", "c", &raw(2, b"{\"id\": \"a\", \"text\": ")).unwrap_err();
        assert!(e.starts_with("malformed JSON at column"), "{e}");
        assert!(parse_line("c", "c", &raw(2, b"[1,2]")).unwrap_err().contains("object"));
        assert!(parse_line("c", "c", &raw(2, br#"{"id":"a"}"#)).unwrap_err().contains("text"));
        assert!(parse_line("c", "c", &raw(2, br#"{"id":"a","text":5}"#)).unwrap_err().contains("text"));
        assert!(parse_line("c", "c", &raw(2, br#"{"id":"a","text":"a\u0000b"}"#)).unwrap_err().contains("NUL"));
    }

    #[test]
    fn bom_crlf_and_invalid_utf8() {
        let a = parse_line("c", "c", &raw(1, b"\xEF\xBB\xBF{\"id\":\"a\",\"text\":\"x\"}\r")).unwrap().unwrap();
        assert_eq!(a.text, "x");
        let a = parse_line("c", "c", &raw(2, b"{\"id\":\"a\",\"text\":\"x\xFFy\"}")).unwrap().unwrap();
        assert_eq!(a.text, "x\u{FFFD}y");
        assert_eq!(a.warnings.len(), 1);
    }

    #[test]
    fn reader_numbers_lines_and_caps_length() {
        let data = b"one\n\nthree-is-long\nfour";
        let mut r = LineReader::with_cap(&data[..], 5);
        let mut got = Vec::new();
        loop {
            match r.next_line().unwrap() {
                Next::Line(l) => got.push(format!("{}:{}", l.line, String::from_utf8(l.bytes).unwrap())),
                Next::TooLong { line, len } => got.push(format!("{line}:too long {len}")),
                Next::End => break,
            }
        }
        assert_eq!(got, ["1:one", "2:", "3:too long 13", "4:four"]);
    }
}
