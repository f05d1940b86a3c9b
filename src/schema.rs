//! Validation against the JSON Schema in `schema/article.schema.json`, embedded in the binary
//! so that the tool and a third-party validator check the very same file.

use std::sync::OnceLock;

use crate::error::Error;

mod typed;

/// The schema's constraints checked on the typed output (no JSON value built): `true` only
/// when [`check`] of its JSON would pass. See `schema/typed.rs`.
pub use typed::valid as valid_output;

/// The schema text, as shipped in `schema/`.
pub const ARTICLE_SCHEMA: &str = include_str!("../schema/article.schema.json");

fn validator() -> &'static jsonschema::Validator {
    static V: OnceLock<jsonschema::Validator> = OnceLock::new();
    V.get_or_init(|| {
        // The embedded schema is checked by the test suite; failing here is a build defect.
        let schema: serde_json::Value = serde_json::from_str(ARTICLE_SCHEMA).expect("embedded schema is JSON");
        jsonschema::draft202012::new(&schema).expect("embedded schema is a valid draft 2020-12 schema")
    })
}

/// One schema violation: where in the document and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Violation {
    /// JSON pointer into the document, e.g. `/records/0/date`.
    pub path: String,
    pub reason: String,
}

/// All violations of a document (empty when it is valid).
pub fn violations(doc: &serde_json::Value) -> Vec<Violation> {
    violations_of(validator(), doc)
}

/// All violations of a document against a compiled schema, sorted by path then reason.
pub fn violations_of(validator: &jsonschema::Validator, doc: &serde_json::Value) -> Vec<Violation> {
    let mut out: Vec<Violation> = validator
        .iter_errors(doc)
        .map(|e| Violation { path: display_path(&e.instance_path().to_string()), reason: e.to_string() })
        .collect();
    out.sort_by(|a, b| (&a.path, &a.reason).cmp(&(&b.path, &b.reason)));
    out
}

/// Check a document, naming `file` in the error.
pub fn check(file: &str, doc: &serde_json::Value) -> Result<(), Error> {
    // the common case, without building error reports
    if validator().is_valid(doc) {
        return Ok(());
    }
    match violations(doc).into_iter().next() {
        None => Ok(()),
        Some(v) => Err(Error::Schema { file: file.to_string(), path: v.path, reason: v.reason }),
    }
}

/// `/records/0/date` → `records[0].date` (how a YAML user reads a path); root is `.`.
pub fn display_path(pointer: &str) -> String {
    if pointer.is_empty() {
        return ".".to_string();
    }
    let mut out = String::new();
    for part in pointer.trim_start_matches('/').split('/') {
        let part = part.replace("~1", "/").replace("~0", "~");
        if part.chars().all(|c| c.is_ascii_digit()) && !part.is_empty() {
            out.push_str(&format!("[{part}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&part);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_becomes_yaml_path() {
        assert_eq!(display_path("/records/0/date"), "records[0].date");
        assert_eq!(display_path(""), ".");
    }

    #[test]
    fn bad_date_is_reported_with_path() {
        let doc = serde_json::json!({
            "schema_version": 1,
            "article": {"id": "a", "source": "a.txt", "sha256": "0".repeat(64), "outlet": null, "published": "13 Jan 2021"},
            "records": []
        });
        let v = violations(&doc);
        assert_eq!(v.len(), 1);
        assert_eq!(v[0].path, "article.published");
    }

    #[test]
    fn unsafe_id_is_rejected() {
        for id in ["../x", "a/b", ".hidden", "a\u{0}b"] {
            let doc = serde_json::json!({
                "schema_version": 1,
                "article": {"id": id, "source": "s", "sha256": "0".repeat(64), "outlet": null, "published": null},
                "records": []
            });
            assert!(!violations(&doc).is_empty(), "{id:?} accepted");
        }
    }
}
