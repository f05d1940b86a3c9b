//! One WARC record: its header, and what its block holds for us.
//!
//! Only the parts denialkb needs are interpreted: the WARC header fields, and for `response`
//! records the HTTP status line and headers (status, `Content-Type`, `Transfer-Encoding`,
//! `Content-Encoding`). A block we do not want is skipped by streaming it to nowhere, so a
//! large record costs no memory.

use std::io::{self, BufRead, Read};

/// Longest WARC or HTTP header accepted.
const MAX_HEAD: u64 = 64 * 1024;
/// Largest block read into memory; larger pages are skipped (and counted).
pub const MAX_BLOCK: u64 = 32 * 1024 * 1024;

/// The header of a WARC record.
#[derive(Debug, Clone, Default)]
pub struct Head {
    pub version: String,
    pub fields: Vec<(String, String)>,
}

impl Head {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.fields.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// Why reading a record failed.
pub type Bad = String;

fn io_bad(e: io::Error) -> Bad {
    match e.kind() {
        io::ErrorKind::UnexpectedEof => "truncated (unexpected end of data)".to_string(),
        _ => e.to_string(),
    }
}

/// Read one line (up to `\n`), within what is left of the header budget.
fn line<B: BufRead>(b: &mut B, budget: &mut u64) -> Result<Option<Vec<u8>>, Bad> {
    let mut buf = Vec::new();
    let n = b.by_ref().take(*budget + 1).read_until(b'\n', &mut buf).map_err(io_bad)?;
    if n == 0 {
        return Ok(None);
    }
    if n as u64 > *budget {
        return Err(format!("header longer than {MAX_HEAD} bytes"));
    }
    *budget -= n as u64;
    while buf.last().is_some_and(|c| *c == b'\n' || *c == b'\r') {
        buf.pop();
    }
    Ok(Some(buf))
}

/// Skip CR/LF bytes (the blank lines between records).
pub fn skip_newlines<B: BufRead>(b: &mut B) -> io::Result<()> {
    loop {
        let buf = b.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        let n = buf.iter().take_while(|c| **c == b'\r' || **c == b'\n').count();
        let all = n == buf.len();
        b.consume(n);
        if !all {
            return Ok(());
        }
    }
}

/// Read a record header; `None` at a clean end of input.
pub fn read_head<B: BufRead>(b: &mut B) -> Result<Option<Head>, Bad> {
    skip_newlines(b).map_err(io_bad)?;
    let mut budget = MAX_HEAD;
    let Some(first) = line(b, &mut budget)? else { return Ok(None) };
    if !first.starts_with(b"WARC/1.") {
        let shown: String = String::from_utf8_lossy(&first[..first.len().min(40)]).escape_debug().collect();
        return Err(format!("not a WARC record (starts with \"{shown}\")"));
    }
    let mut head = Head { version: String::from_utf8_lossy(&first).into_owned(), fields: Vec::new() };
    loop {
        let Some(l) = line(b, &mut budget)? else { return Err("truncated (end of data in the WARC header)".into()) };
        if l.is_empty() {
            return Ok(Some(head));
        }
        let l = String::from_utf8_lossy(&l).into_owned();
        if l.starts_with([' ', '\t']) {
            if let Some(last) = head.fields.last_mut() {
                last.1.push(' ');
                last.1.push_str(l.trim());
            }
            continue;
        }
        let Some((k, v)) = l.split_once(':') else { return Err(format!("bad WARC header line \"{}\"", l.escape_debug())) };
        head.fields.push((k.trim().to_string(), v.trim().to_string()));
    }
}

/// The block's length from `Content-Length`.
pub fn content_length(head: &Head) -> Result<u64, Bad> {
    let v = head.get("Content-Length").ok_or("WARC header without Content-Length")?;
    v.trim().parse().map_err(|_| format!("bad Content-Length \"{}\"", v.escape_debug()))
}

/// Read exactly `len` bytes of block.
pub fn read_block<B: BufRead>(b: &mut B, len: u64) -> Result<Vec<u8>, Bad> {
    let mut buf = Vec::with_capacity(len.min(1 << 20) as usize);
    b.by_ref().take(len).read_to_end(&mut buf).map_err(io_bad)?;
    if (buf.len() as u64) < len {
        return Err(format!("truncated (block has {} of {len} bytes)", buf.len()));
    }
    Ok(buf)
}

/// Stream `len` bytes of block away.
pub fn skip_block<B: BufRead>(b: &mut B, len: u64) -> Result<(), Bad> {
    let n = io::copy(&mut b.by_ref().take(len), &mut io::sink()).map_err(io_bad)?;
    if n < len {
        return Err(format!("truncated (block has {n} of {len} bytes)"));
    }
    Ok(())
}

/// An HTTP response split into its parts.
#[derive(Debug)]
pub struct Http<'a> {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: &'a [u8],
}

impl Http<'_> {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

/// Parse an HTTP response block (status line, headers, body).
pub fn parse_http(block: &[u8]) -> Result<Http<'_>, Bad> {
    // a bare "\n\n" counts only before the first "\r\n\r\n" (searched there alone: the
    // body after it may be large and hold neither)
    let crlf = find(block, b"\r\n\r\n");
    let (head_len, sep) = match (crlf, find(&block[..crlf.unwrap_or(block.len())], b"\n\n")) {
        (_, Some(b)) => (b, 2),
        (Some(a), None) => (a, 4),
        (None, None) => return Err("HTTP response without the end of its headers".into()),
    };
    let head = String::from_utf8_lossy(&block[..head_len]);
    let mut lines = head.lines();
    let status_line = lines.next().unwrap_or_default();
    if !status_line.starts_with("HTTP/") {
        return Err(format!("bad HTTP status line \"{}\"", status_line.escape_debug()));
    }
    let status = status_line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("bad HTTP status line \"{}\"", status_line.escape_debug()))?;
    let headers = lines
        .filter_map(|l| l.split_once(':').map(|(k, v)| (k.trim().to_string(), v.trim().to_string())))
        .collect();
    Ok(Http { status, headers, body: &block[head_len + sep..] })
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// Undo `Transfer-Encoding: chunked`; `None` if the body is not well-formed chunks.
pub fn dechunk(body: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(body.len());
    let mut rest = body;
    loop {
        let eol = find(rest, b"\n")?;
        let size_line = std::str::from_utf8(&rest[..eol]).ok()?.trim();
        let size_hex = size_line.split(';').next()?.trim();
        let size = usize::from_str_radix(size_hex, 16).ok()?;
        rest = &rest[eol + 1..];
        if size == 0 {
            return Some(out);
        }
        if rest.len() < size {
            return None;
        }
        out.extend_from_slice(&rest[..size]);
        rest = &rest[size..];
        rest = rest.strip_prefix(b"\r\n").or_else(|| rest.strip_prefix(b"\n")).unwrap_or(rest);
    }
}

/// Undo `Content-Encoding` (gzip, deflate); `Err` names an encoding we cannot undo.
pub fn decode_content(body: Vec<u8>, encoding: Option<&str>) -> Result<Vec<u8>, String> {
    let enc = encoding.map(|e| e.trim().to_ascii_lowercase()).unwrap_or_default();
    let mut out = Vec::new();
    let res = match enc.as_str() {
        "" | "identity" => return Ok(body),
        "gzip" | "x-gzip" => flate2::read::MultiGzDecoder::new(&body[..]).take(MAX_BLOCK).read_to_end(&mut out),
        "deflate" => flate2::read::ZlibDecoder::new(&body[..]).take(MAX_BLOCK).read_to_end(&mut out).or_else(|_| {
            out.clear();
            flate2::read::DeflateDecoder::new(&body[..]).take(MAX_BLOCK).read_to_end(&mut out)
        }),
        other => return Err(format!("content encoding {other}")),
    };
    res.map(|_| out).map_err(|e| format!("content encoding {enc}: {e}"))
}

/// Is this MIME type an HTML page?
pub fn is_html_type(content_type: &str) -> bool {
    let mime = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    mime == "text/html" || mime == "application/xhtml+xml"
}

/// Does this body look like HTML (for responses without a `Content-Type`)?
pub fn looks_like_html(body: &[u8]) -> bool {
    let start = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    let start: Vec<u8> = start.iter().skip_while(|c| c.is_ascii_whitespace()).take(256).map(u8::to_ascii_lowercase).collect();
    start.starts_with(b"<!doctype html") || start.starts_with(b"<html") || start.starts_with(b"<!--") || start.starts_with(b"<head")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Cursor;

    #[test]
    fn reads_a_header_with_continuation_lines() {
        let mut c = Cursor::new(b"\r\nWARC/1.0\r\nWARC-Type: response\r\nX-Long: a\r\n  b\r\nContent-Length: 3\r\n\r\nabc".to_vec());
        let h = read_head(&mut c).unwrap().unwrap();
        assert_eq!(h.get("warc-type"), Some("response"));
        assert_eq!(h.get("X-Long"), Some("a b"));
        assert_eq!(content_length(&h), Ok(3));
        assert_eq!(read_block(&mut c, 3).unwrap(), b"abc");
        assert!(read_head(&mut c).unwrap().is_none());
    }

    #[test]
    fn rejects_what_is_not_warc_and_truncation() {
        assert!(read_head(&mut Cursor::new(b"GET / HTTP/1.1\r\n".to_vec())).unwrap_err().contains("not a WARC record"));
        assert!(read_head(&mut Cursor::new(b"WARC/1.0\r\nWARC-Type: x\r\n".to_vec())).unwrap_err().contains("truncated"));
        assert!(read_block(&mut Cursor::new(b"ab".to_vec()), 5).unwrap_err().contains("2 of 5"));
    }

    #[test]
    fn http_status_headers_and_body() {
        let h = parse_http(b"HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<p>x</p>").unwrap();
        assert_eq!(h.status, 404);
        assert_eq!(h.header("content-type"), Some("text/html"));
        assert_eq!(h.body, b"<p>x</p>");
        assert!(parse_http(b"garbage\r\n\r\n").is_err());
    }

    #[test]
    fn chunked_and_gzip_bodies_are_undone() {
        assert_eq!(dechunk(b"4\r\nWiki\r\n5;x=1\r\npedia\r\n0\r\n\r\n").unwrap(), b"Wikipedia");
        assert_eq!(dechunk(b"zz\r\n"), None);
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        std::io::Write::write_all(&mut gz, b"<html>halo</html>").unwrap();
        let gz = gz.finish().unwrap();
        assert_eq!(decode_content(gz, Some("gzip")).unwrap(), b"<html>halo</html>");
        assert!(decode_content(b"x".to_vec(), Some("br")).unwrap_err().contains("br"));
    }

    #[test]
    fn html_is_recognised_by_type_or_content() {
        assert!(is_html_type("text/html; charset=UTF-8"));
        assert!(!is_html_type("application/pdf"));
        assert!(looks_like_html(b"\n  <!DOCTYPE html><html>"));
        assert!(!looks_like_html(b"%PDF-1.4"));
    }
}
