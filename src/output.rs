//! Writing results: every file validated against the schema first, then written atomically
//! (temporary file in the same directory, then rename) so that a killed run never leaves a
//! half-written file.

use std::io::Write;
use std::path::Path;

use crate::error::Error;
use crate::record::ArticleOutput;

/// Render an article's output as YAML after checking it against the schema.
pub fn render_yaml(out: &ArticleOutput) -> Result<String, Error> {
    let value = serde_json::to_value(out).map_err(|e| Error::Yaml { file: out.article.id.clone(), reason: e.to_string() })?;
    crate::schema::check(&format!("{}.yaml", out.article.id), &value)?;
    crate::yaml::to_string(out)
}

/// Write bytes to `path` atomically.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_data()?;
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::io(path, e));
    }
    Ok(())
}
