//! Errors of the library. Each names the file (or input) it concerns and the reason.

use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: {source}", path.display())]
    Io { path: PathBuf, source: std::io::Error },

    #[error("{origin}:{line}: lexicon: {reason}")]
    Lexicon { origin: String, line: usize, reason: String },

    #[error("{input}: {reason}")]
    Input { input: String, reason: String },

    #[error("{file}: schema violation at {path}: {reason}")]
    Schema { file: String, path: String, reason: String },

    #[error("{file}: YAML: {reason}")]
    Yaml { file: String, reason: String },
}

impl Error {
    pub fn io(path: &Path, source: std::io::Error) -> Error {
        Error::Io { path: path.to_path_buf(), source }
    }
}
