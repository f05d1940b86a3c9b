//! Writing results: every document validated against its schema first, then written either
//! as one file per article (atomically: temporary file in the same directory, then rename, so
//! that a killed run never leaves a half-written file) or as a line of a JSONL stream.
//!
//! Formats (see docs/scale.md): `yaml` (one `<id>.yaml` per article), `jsonl` (one article
//! object per line, the same content as the YAML file) and `records` (one row per denial
//! record with its article's id and facts attached: [`records`]).

pub mod manifest;
pub mod records;

use std::io::Write;
use std::path::Path;

use crate::error::Error;
use crate::record::ArticleOutput;

/// How results are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One `<id>.yaml` file per article in an output directory.
    Yaml,
    /// One JSON object per article per line (schema/article.schema.json).
    Jsonl,
    /// One JSON object per denial record per line (schema/record-row.schema.json).
    Records,
}

impl Format {
    /// Formats written as a stream (stdout or one file) rather than a directory.
    pub fn is_stream(self) -> bool {
        !matches!(self, Format::Yaml)
    }
}

fn checked_value(out: &ArticleOutput) -> Result<serde_json::Value, Error> {
    let value = serde_json::to_value(out).map_err(|e| Error::Yaml { file: out.article.id.clone(), reason: e.to_string() })?;
    crate::schema::check(&out.article.id, &value)?;
    Ok(value)
}

/// Check an output against the schema: on its typed fields (the common, valid case), else
/// on its JSON value, which words the error.
fn check(out: &ArticleOutput) -> Result<(), Error> {
    if crate::schema::valid_output(out) {
        return Ok(());
    }
    checked_value(out).map(|_| ())
}

/// Render an article's output as YAML after checking it against the schema.
pub fn render_yaml(out: &ArticleOutput) -> Result<String, Error> {
    check(out)?;
    crate::yaml::to_string(out)
}

/// Render an article's output as one JSON line (with `\n`) after checking it against the
/// schema. Same content as [`render_yaml`]: both serialise the same value.
pub fn render_json_line(out: &ArticleOutput) -> Result<String, Error> {
    check(out)?;
    let mut s = serde_json::to_string(out).map_err(|e| Error::Yaml { file: out.article.id.clone(), reason: e.to_string() })?;
    s.push('\n');
    Ok(s)
}

/// Write bytes to `path` atomically: a killed process leaves either the old file or the new
/// one, never a mix (a leftover `.<name>.<pid>.tmp` at worst, which later runs ignore).
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::io(path, e));
    }
    Ok(())
}
