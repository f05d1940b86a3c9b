//! Which encoding an HTML page is in, and its text.
//!
//! The order follows the HTML standard's "encoding sniffing" in the part that matters for
//! saved pages and archives: a byte-order mark wins, then the charset of the HTTP
//! `Content-Type` header (from a WARC response), then a `<meta charset>` or
//! `<meta http-equiv="Content-Type">` in the first 4 KiB. Labels are resolved by
//! `encoding_rs` as browsers do (so `iso-8859-1` means windows-1252). With none of these the
//! page is read as UTF-8; invalid bytes become U+FFFD and a warning says so.

use std::sync::LazyLock;

use encoding_rs::{Encoding, UTF_8};
use regex::bytes::Regex;

/// How many leading bytes are searched for a `<meta>` charset declaration.
const PRESCAN: usize = 4096;

/// Where the encoding came from (shown in warnings and by `denialkb text`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    Bom,
    HttpHeader,
    MetaTag,
    Default,
}

/// The charset parameter of a `Content-Type` value (`text/html; charset=ISO-8859-1`).
pub fn charset_param(content_type: &str) -> Option<&str> {
    content_type.split(';').skip(1).find_map(|p| {
        let (k, v) = p.split_once('=')?;
        k.trim().eq_ignore_ascii_case("charset").then(|| v.trim().trim_matches(|c| c == '"' || c == '\''))
    })
}

static META_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i-u)<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)"#).expect("valid regex")
});

/// The charset declared by a `<meta>` tag near the top of the page.
fn meta_charset(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(PRESCAN)];
    let label = META_CHARSET.captures(head)?.get(1)?.as_bytes();
    let enc = Encoding::for_label(label)?;
    // A page that reached us as bytes cannot be UTF-16 by a <meta> claim (HTML standard).
    Some(if enc == encoding_rs::UTF_16LE || enc == encoding_rs::UTF_16BE { UTF_8 } else { enc })
}

/// Choose the encoding of a page.
pub fn sniff(bytes: &[u8], http_content_type: Option<&str>) -> (&'static Encoding, Source) {
    if let Some((enc, _)) = Encoding::for_bom(bytes) {
        return (enc, Source::Bom);
    }
    if let Some(enc) = http_content_type.and_then(charset_param).and_then(|l| Encoding::for_label(l.as_bytes())) {
        return (enc, Source::HttpHeader);
    }
    if let Some(enc) = meta_charset(bytes) {
        return (enc, Source::MetaTag);
    }
    (UTF_8, Source::Default)
}

/// Decode a page: its text and any warnings.
pub fn decode(bytes: &[u8], http_content_type: Option<&str>) -> (String, Vec<String>) {
    let (enc, source) = sniff(bytes, http_content_type);
    // `decode` strips a BOM of any Unicode encoding and, for a BOM, switches to its encoding.
    let (text, used, had_errors) = enc.decode(bytes);
    let mut warnings = Vec::new();
    if had_errors {
        let how = match source {
            Source::Default => "no charset declared; page read as UTF-8",
            _ => "page read with its declared charset",
        };
        warnings.push(format!("{how} ({}): invalid bytes replaced with U+FFFD", used.name()));
    }
    (text.into_owned(), warnings)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_beats_header_and_meta() {
        let page = b"\xEF\xBB\xBF<meta charset=windows-1252><p>caf\xC3\xA9</p>";
        assert_eq!(sniff(page, Some("text/html; charset=iso-8859-1")).1, Source::Bom);
        assert!(decode(page, None).0.contains("café"));
    }

    #[test]
    fn http_header_beats_meta() {
        let page = b"<meta charset=utf-8><p>caf\xE9</p>";
        let (text, warnings) = decode(page, Some("text/html; charset=\"ISO-8859-1\""));
        assert!(text.contains("café"));
        assert!(warnings.is_empty());
    }

    #[test]
    fn meta_tags_of_both_kinds_are_read() {
        let a = b"<html><head><meta charset=\"windows-1252\"></head><p>\x93kutip\x94</p>";
        assert!(decode(a, None).0.contains("\u{201C}kutip\u{201D}"));
        let b = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><p>\x93x\x94</p>";
        assert_eq!(sniff(b, None), (encoding_rs::WINDOWS_1252, Source::MetaTag));
    }

    #[test]
    fn undeclared_invalid_utf8_is_lossy_with_a_warning() {
        let (text, warnings) = decode(b"<p>caf\xE9</p>", None);
        assert!(text.contains("caf\u{FFFD}"));
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0].contains("no charset declared"));
    }

    #[test]
    fn unknown_labels_fall_through() {
        assert_eq!(sniff(b"<meta charset=klingon>", Some("text/html; charset=nope")).1, Source::Default);
        assert_eq!(charset_param("text/html"), None);
    }
}
