//! Reading articles: text files, directories of them and JSON Lines corpora, decoded and
//! given safe ids.
//!
//! Decoding policy (documented in docs/scale.md): a UTF-8 BOM is dropped; UTF-16 with a BOM
//! is decoded; a NUL byte anywhere means binary and the input is rejected; invalid UTF-8 is
//! decoded lossily (U+FFFD) and a warning is recorded in the article's output. An article
//! larger than [`MAX_ARTICLE_BYTES`] is rejected, so that one input cannot exhaust memory.

pub mod jsonl;
pub mod source;

use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::extract::{Article, Meta};

/// The largest article (file or JSONL line) read, in bytes.
pub const MAX_ARTICLE_BYTES: usize = 64 << 20;

/// Decode input bytes to text. Returns the text and any warnings, or the reason it is not text.
pub fn decode(bytes: &[u8]) -> Result<(String, Vec<String>), String> {
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return decode_utf8(rest);
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        let le = bytes[0] == 0xFF;
        let body = &bytes[2..];
        if !body.len().is_multiple_of(2) {
            return Err("UTF-16 text with an odd number of bytes".into());
        }
        let units: Vec<u16> = body
            .chunks_exact(2)
            .map(|c| if le { u16::from_le_bytes([c[0], c[1]]) } else { u16::from_be_bytes([c[0], c[1]]) })
            .collect();
        let text: String = char::decode_utf16(units).map(|r| r.unwrap_or('\u{FFFD}')).collect();
        if text.contains('\0') {
            return Err("binary data (NUL character)".into());
        }
        let warn = if text.contains('\u{FFFD}') { vec!["invalid UTF-16 replaced with U+FFFD".to_string()] } else { vec![] };
        return Ok((text, warn));
    }
    decode_utf8(bytes)
}

fn decode_utf8(bytes: &[u8]) -> Result<(String, Vec<String>), String> {
    if bytes.contains(&0) {
        return Err("binary data (NUL byte)".into());
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((s.to_string(), Vec::new())),
        Err(e) => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            Ok((text, vec![format!("invalid UTF-8 at byte {}; invalid bytes replaced with U+FFFD", e.valid_up_to())]))
        }
    }
}

/// Make an id safe to use as a file name: no path separators, no `..`, no control or
/// whitespace-only names, bounded length. Unsafe characters become `_`.
pub fn safe_id(raw: &str) -> String {
    let mut s: String = raw
        .chars()
        .map(|c| if c.is_control() || matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') { '_' } else { c })
        .collect();
    s = s.trim().to_string();
    if s.chars().all(|c| c == '.') {
        s = "_".repeat(s.len());
    }
    while s.starts_with('.') {
        s.replace_range(0..1, "_");
    }
    if s.is_empty() {
        s = "_".to_string();
    }
    if s.chars().count() > 150 {
        let short: String = s.chars().take(130).collect();
        s = format!("{short}-{}", &crate::sha256_hex(raw.as_bytes())[..16]);
    }
    s
}

/// Read one text file as an article; id from the file stem.
pub fn read_text_file(path: &Path) -> Result<Article, Error> {
    let len = std::fs::metadata(path).map_err(|e| Error::io(path, e))?.len();
    if len > MAX_ARTICLE_BYTES as u64 {
        let reason = format!("file of {len} bytes exceeds the {MAX_ARTICLE_BYTES}-byte article limit");
        return Err(Error::Input { input: path.display().to_string(), reason });
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let (text, mut warnings) =
        decode(&bytes).map_err(|reason| Error::Input { input: path.display().to_string(), reason })?;
    if text.trim().is_empty() {
        warnings.push("empty text".to_string());
    }
    let stem = source::stem_of(path);
    Ok(Article {
        id: safe_id(&stem),
        source: path.display().to_string(),
        text,
        sha256: crate::sha256_hex(&bytes),
        meta: Meta::default(),
        warnings,
    })
}

/// Text files only: a directory gives its `.txt` files (recursively, sorted); a file is kept.
/// (`extract` itself uses [`source::plan`], which also knows JSONL and stdin.)
pub fn expand_paths(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, Error> {
    let mut out = Vec::new();
    for p in inputs {
        let meta = std::fs::metadata(p).map_err(|e| Error::io(p, e))?;
        if meta.is_dir() {
            let mut found = Vec::new();
            walk(p, &mut found)?;
            found.sort();
            out.extend(found);
        } else {
            out.push(p.clone());
        }
    }
    Ok(out)
}

pub(crate) fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), Error> {
    for entry in std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let path = entry.path();
        let ft = entry.file_type().map_err(|e| Error::io(&path, e))?;
        if ft.is_dir() {
            walk(&path, out)?;
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_cannot_escape_the_output_directory() {
        assert_eq!(safe_id("../../etc/passwd"), "_._.._etc_passwd");
        assert_eq!(safe_id(".."), "__");
        assert_eq!(safe_id("a\nb"), "a_b");
        assert_eq!(safe_id(""), "_");
    }

    #[test]
    fn nul_bytes_are_binary() {
        assert!(decode(b"abc\0def").is_err());
    }

    #[test]
    fn bom_is_dropped_and_utf16_decoded() {
        assert_eq!(decode(b"\xEF\xBB\xBFhalo").unwrap().0, "halo");
        let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain("hai".encode_utf16().flat_map(|u| u.to_le_bytes())).collect();
        assert_eq!(decode(&utf16).unwrap().0, "hai");
    }

    #[test]
    fn invalid_utf8_is_lossy_with_warning() {
        let (t, w) = decode(b"ab\xFFcd").unwrap();
        assert_eq!(t, "ab\u{FFFD}cd");
        assert_eq!(w.len(), 1);
    }
}
