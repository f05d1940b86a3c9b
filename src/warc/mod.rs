//! Web archives (WARC 1.0/1.1, plain or gzipped; WET) read as a stream of articles.
//!
//! Common Crawl writes each record as its own gzip member, so a record's offset in the file
//! is where its member starts, and a corrupt member can be stepped over: the reader reports
//! it (with that offset) and searches forward for the next gzip header. A member holding
//! several records is read too (offsets then name the member). Plain `.warc` files are read
//! record by record; after a corrupt record the reader searches for the next `WARC/1.` line.
//!
//! What becomes an article: a `response` record whose HTTP status is 200 and whose payload is
//! HTML (by `Content-Type`, or by content when that header is missing); a `resource` record of
//! type `text/html`; a WET `conversion` record (plain text). Every other record is skipped with
//! a [`Skip`] reason so a manifest can count it.
//!
//! Article ids: the UUID of `WARC-Record-ID` (`<urn:uuid:U>` gives `U`; another id is used
//! whole), made safe by [`crate::input::safe_id`]; a record without one gets
//! `<file stem>-<offset>`. `article.source` is `<path>@<offset>`.

pub mod record;
pub mod source;

use std::fmt;
use std::io::{BufRead, BufReader, Read, Seek};

use flate2::bufread::GzDecoder;

use crate::extract::{Article, Meta};
use crate::input::safe_id;
use record::{Head, MAX_BLOCK};
use source::Counted;

/// Where a record sits and what it claims to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordInfo {
    /// Byte offset of the record (of its gzip member, in a gzipped archive).
    pub offset: u64,
    pub warc_type: String,
    pub target_uri: Option<String>,
}

/// Why a record gave no article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skip {
    /// A record type that never holds an article (request, metadata, revisit, warcinfo...).
    RecordType(String),
    /// A response that is not an HTTP response (`Content-Type` not `application/http`).
    NotHttp,
    /// An HTTP status other than 200.
    Status(u16),
    /// A payload that is not HTML (its MIME type).
    NotHtml(String),
    /// A block larger than [`MAX_BLOCK`].
    TooLarge(u64),
    /// A `Content-Encoding` we cannot undo.
    Encoding(String),
}

impl Skip {
    /// A short stable code for counting (`record_type:request`, `status:404`, ...).
    pub fn code(&self) -> String {
        match self {
            Skip::RecordType(t) => format!("record_type:{}", t.to_ascii_lowercase()),
            Skip::NotHttp => "not_http".into(),
            Skip::Status(s) => format!("status:{s}"),
            Skip::NotHtml(_) => "not_html".into(),
            Skip::TooLarge(_) => "too_large".into(),
            Skip::Encoding(_) => "content_encoding".into(),
        }
    }
}

impl fmt::Display for Skip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Skip::RecordType(t) => write!(f, "{t} record"),
            Skip::NotHttp => write!(f, "response that is not HTTP"),
            Skip::Status(s) => write!(f, "HTTP status {s}"),
            Skip::NotHtml(m) => write!(f, "payload is not HTML ({m})"),
            Skip::TooLarge(n) => write!(f, "block of {n} bytes exceeds the {MAX_BLOCK}-byte limit"),
            Skip::Encoding(e) => write!(f, "unsupported {e}"),
        }
    }
}

/// An HTML payload not parsed yet. Parsing is the costly part of reading an archive, so the
/// reader hands pages over raw and the caller parses them ([`RawPage::into_article`]), on
/// as many threads as it likes.
#[derive(Debug, Clone)]
pub struct RawPage {
    pub id: String,
    pub source: String,
    pub body: Vec<u8>,
    /// The HTTP `Content-Type` (its charset counts when decoding).
    pub content_type: Option<String>,
    /// Where the page was fetched from (`WARC-Target-URI`).
    pub url: Option<String>,
}

impl RawPage {
    /// Decode and parse the page: its main text and metadata as an article.
    pub fn into_article(self) -> Article {
        let page = crate::html::read_page(&self.body, self.content_type.as_deref(), self.url.as_deref());
        Article {
            id: self.id,
            source: self.source,
            text: page.text,
            sha256: crate::sha256_hex(&self.body),
            meta: page.meta,
            warnings: page.warnings,
        }
    }
}

/// One record's outcome.
#[derive(Debug, Clone)]
pub enum WarcItem {
    /// A plain-text article (WET `conversion` record).
    Article { record: RecordInfo, article: Article },
    /// An HTML page, to be parsed by [`RawPage::into_article`] (or [`WarcItem::parsed`]).
    Page { record: RecordInfo, page: RawPage },
    Skipped { record: RecordInfo, reason: Skip },
}

impl WarcItem {
    /// The item with its page (if any) parsed into an article.
    pub fn parsed(self) -> WarcItem {
        match self {
            WarcItem::Page { record, page } => WarcItem::Article { record, article: page.into_article() },
            other => other,
        }
    }
}

/// A record (or gzip member) that could not be read; reading goes on after it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WarcError {
    pub offset: u64,
    pub reason: String,
}

impl fmt::Display for WarcError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "at byte {}: {}", self.offset, self.reason)
    }
}

enum State<R: Read> {
    Plain(Counted<R>),
    /// Gzipped, at a member boundary.
    Between(Counted<R>),
    /// Gzipped, inside the member that starts at `start`.
    Member { dec: Box<BufReader<GzDecoder<Counted<R>>>>, start: u64 },
    Done,
}

/// A streaming reader of a WARC (or WET) file: an iterator of items and errors.
pub struct WarcReader<R: Read + Seek> {
    /// The path as shown in `article.source` and ids.
    name: String,
    stem: String,
    state: State<R>,
    /// After an error, failures while looking for the next good member are not reported again.
    resyncing: bool,
}

const GZIP_MAGIC: &[u8] = &[0x1f, 0x8b, 0x08];

impl<R: Read + Seek> WarcReader<R> {
    /// A reader over `inner`; `gzipped` says whether it is a sequence of gzip members.
    pub fn new(inner: R, name: &str, gzipped: bool) -> WarcReader<R> {
        let src = Counted::new(inner);
        let stem = std::path::Path::new(name)
            .file_name()
            .map(|s| s.to_string_lossy().split('.').next().unwrap_or_default().to_string())
            .unwrap_or_default();
        WarcReader {
            name: name.to_string(),
            stem,
            state: if gzipped { State::Between(src) } else { State::Plain(src) },
            resyncing: false,
        }
    }

    /// Read one record from `b`: `None` at the end of the (member's) data.
    fn record<B: BufRead>(&self, b: &mut B, offset: u64) -> Result<Option<WarcItem>, String> {
        let Some(head) = record::read_head(b)? else { return Ok(None) };
        let len = record::content_length(&head)?;
        let info = RecordInfo {
            offset,
            warc_type: head.get("WARC-Type").unwrap_or("(none)").to_string(),
            target_uri: head.get("WARC-Target-URI").map(|u| u.trim_matches(|c| c == '<' || c == '>').to_string()),
        };
        let skip = |b: &mut B, reason: Skip| -> Result<Option<WarcItem>, String> {
            record::skip_block(b, len)?;
            Ok(Some(WarcItem::Skipped { record: info.clone(), reason }))
        };
        let block_type = head.get("Content-Type").unwrap_or("").to_ascii_lowercase();
        let kind = info.warc_type.to_ascii_lowercase();
        match kind.as_str() {
            "response" if block_type.starts_with("application/http") => {}
            "response" => return skip(b, Skip::NotHttp),
            "resource" if record::is_html_type(&block_type) => {}
            "conversion" => {}
            _ => return skip(b, Skip::RecordType(info.warc_type.clone())),
        }
        if len > MAX_BLOCK {
            return skip(b, Skip::TooLarge(len));
        }
        let block = record::read_block(b, len)?;
        let result = match kind.as_str() {
            "response" => self.response(&head, &info, &block).map(|page| WarcItem::Page { record: info.clone(), page }),
            "resource" => {
                let page = self.page(&head, &info, block, Some(&block_type));
                Ok(WarcItem::Page { record: info.clone(), page })
            }
            _ => Ok(WarcItem::Article { record: info.clone(), article: self.plain_text(&head, &info, &block) }),
        };
        Ok(Some(result.unwrap_or_else(|reason| WarcItem::Skipped { record: info, reason })))
    }

    fn response(&self, head: &Head, info: &RecordInfo, block: &[u8]) -> Result<RawPage, Skip> {
        let http = record::parse_http(block).map_err(|_| Skip::NotHttp)?;
        if http.status != 200 {
            return Err(Skip::Status(http.status));
        }
        let ctype = http.header("Content-Type").map(str::to_string);
        match &ctype {
            Some(t) if !record::is_html_type(t) => return Err(Skip::NotHtml(t.clone())),
            None if !record::looks_like_html(http.body) => return Err(Skip::NotHtml("no Content-Type".into())),
            _ => {}
        }
        let mut body = http.body.to_vec();
        let chunked = http.header("Transfer-Encoding").is_some_and(|t| t.to_ascii_lowercase().contains("chunked"));
        if let Some(d) = chunked.then(|| record::dechunk(&body)).flatten() {
            body = d;
        }
        let body = record::decode_content(body, http.header("Content-Encoding")).map_err(Skip::Encoding)?;
        Ok(self.page(head, info, body, ctype.as_deref()))
    }

    fn page(&self, head: &Head, info: &RecordInfo, body: Vec<u8>, ctype: Option<&str>) -> RawPage {
        RawPage {
            id: self.id(head, info),
            source: format!("{}@{}", self.name, info.offset),
            body,
            content_type: ctype.map(str::to_string),
            url: info.target_uri.clone(),
        }
    }

    fn plain_text(&self, head: &Head, info: &RecordInfo, block: &[u8]) -> Article {
        let mut warnings = Vec::new();
        let text = match std::str::from_utf8(block) {
            Ok(t) => t.to_string(),
            Err(e) => {
                warnings.push(format!("invalid UTF-8 at byte {}; invalid bytes replaced with U+FFFD", e.valid_up_to()));
                String::from_utf8_lossy(block).into_owned()
            }
        };
        let mut meta = Meta::default();
        if let Some(u) = &info.target_uri {
            meta.url = Some(u.clone());
            meta.keys.insert("url".into(), "warc:WARC-Target-URI".into());
        }
        // `WARC-Date` is the crawl date, not the publication date: it is not `published`.
        Article {
            id: self.id(head, info),
            source: format!("{}@{}", self.name, info.offset),
            text,
            sha256: crate::sha256_hex(block),
            meta,
            warnings,
        }
    }

    fn id(&self, head: &Head, info: &RecordInfo) -> String {
        match head.get("WARC-Record-ID").map(|r| r.trim().trim_start_matches('<').trim_end_matches('>')) {
            Some(r) if !r.is_empty() => safe_id(r.strip_prefix("urn:uuid:").unwrap_or(r)),
            _ => safe_id(&format!("{}-{}", self.stem, info.offset)),
        }
    }

    fn error(&mut self, offset: u64, reason: String) -> Option<Result<WarcItem, WarcError>> {
        let first = !self.resyncing;
        self.resyncing = true;
        first.then_some(Err(WarcError { offset, reason }))
    }
}

impl<R: Read + Seek> Iterator for WarcReader<R> {
    type Item = Result<WarcItem, WarcError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            match std::mem::replace(&mut self.state, State::Done) {
                State::Done => return None,
                State::Plain(mut src) => {
                    if let Err(e) = record::skip_newlines(&mut src) {
                        let at = src.pos();
                        return self.error(at, e.to_string());
                    }
                    let offset = src.pos();
                    match self.record(&mut src, offset) {
                        Ok(None) => return None,
                        Ok(Some(item)) => {
                            self.resyncing = false;
                            self.state = State::Plain(src);
                            return Some(Ok(item));
                        }
                        Err(reason) => {
                            let report = self.error(offset, reason);
                            let found = src.find_from(offset + 1, b"WARC/1.", |w| w.starts_with(b"WARC/1."));
                            if let Ok(Some(_)) = found {
                                self.state = State::Plain(src);
                            }
                            if report.is_some() {
                                return report;
                            }
                        }
                    }
                }
                State::Between(mut src) => match src.fill_buf() {
                    Ok([]) => return None,
                    Ok(_) => {
                        let start = src.pos();
                        self.state = State::Member { dec: Box::new(BufReader::new(GzDecoder::new(src))), start };
                    }
                    Err(e) => {
                        let at = src.pos();
                        return self.error(at, e.to_string());
                    }
                },
                State::Member { mut dec, start } => {
                    let outcome = self.record(&mut dec, start).and_then(|item| {
                        // Read on to the member's end (which checks its CRC) before trusting the record.
                        record::skip_newlines(&mut dec).map_err(|e| e.to_string())?;
                        let at_end = dec.fill_buf().map_err(|e| e.to_string())?.is_empty();
                        Ok((item, at_end))
                    });
                    match outcome {
                        Ok((item, at_end)) => {
                            self.state = if at_end || item.is_none() {
                                State::Between(dec.into_inner().into_inner())
                            } else {
                                State::Member { dec, start }
                            };
                            if let Some(item) = item {
                                self.resyncing = false;
                                return Some(Ok(item));
                            }
                        }
                        Err(reason) => {
                            let report = self.error(start, format!("gzip member: {reason}"));
                            let mut src = dec.into_inner().into_inner();
                            let valid_header = |w: &[u8]| w.len() >= 4 && w[3] & 0xE0 == 0;
                            if let Ok(Some(_)) = src.find_from(start + 1, GZIP_MAGIC, valid_header) {
                                self.state = State::Between(src);
                            }
                            if report.is_some() {
                                return report;
                            }
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests;
