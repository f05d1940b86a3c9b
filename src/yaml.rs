//! The one place that reads and writes YAML. serde_yaml is archived upstream; keeping it
//! behind these functions lets a maintained fork replace it in one edit.

use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::error::Error;

/// Serialise a value as a YAML document. Output is deterministic: struct fields keep their
/// declared order and maps are `BTreeMap`s.
pub fn to_string<T: Serialize>(value: &T) -> Result<String, Error> {
    serde_yaml::to_string(value).map_err(|e| Error::Yaml { file: "<output>".into(), reason: e.to_string() })
}

/// Does [`to_string`] write the string `s` as it is, unquoted? A conservative test for
/// callers that write simple scalars themselves: ASCII letters, digits and `_ . - /` only,
/// starting with a letter or `/` (or with a digit when an `_` makes it no number), and not a
/// YAML null or boolean. Such strings hold no YAML indicator and never read as numbers.
pub fn is_plain(s: &str) -> bool {
    let b = s.as_bytes();
    let Some(&first) = b.first() else { return false };
    let chars_ok = b.iter().all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-' | b'/'));
    let start_ok = first.is_ascii_alphabetic() || first == b'/' || (first.is_ascii_digit() && b.contains(&b'_'));
    const WORDS: &[&str] = &["null", "true", "false", "yes", "no", "on", "off", "y", "n"];
    chars_ok && start_ok && !WORDS.iter().any(|w| w.eq_ignore_ascii_case(s))
}

/// Parse YAML text into a JSON value (for schema validation), naming `file` in errors with
/// the line and column of a syntax error.
pub fn to_json_value(file: &str, text: &str) -> Result<serde_json::Value, Error> {
    from_str(file, text)
}

/// Parse YAML text into a typed value.
pub fn from_str<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, Error> {
    serde_yaml::from_str(text).map_err(|e| {
        let reason = match e.location() {
            Some(loc) => format!("line {}, column {}: {}", loc.line(), loc.column(), e),
            None => e.to_string(),
        };
        Error::Yaml { file: file.to_string(), reason }
    })
}

/// Split a YAML stream (`---` separated documents) into JSON values.
pub fn documents_to_json(file: &str, text: &str) -> Result<Vec<serde_json::Value>, Error> {
    let mut out = Vec::new();
    for doc in serde_yaml::Deserializer::from_str(text) {
        let v = serde_json::Value::deserialize_yaml(doc).map_err(|e| {
            let reason = match e.location() {
                Some(loc) => format!("line {}, column {}: {}", loc.line(), loc.column(), e),
                None => e.to_string(),
            };
            Error::Yaml { file: file.to_string(), reason }
        })?;
        out.push(v);
    }
    Ok(out)
}

trait DeserializeYaml: Sized {
    fn deserialize_yaml(d: serde_yaml::Deserializer<'_>) -> Result<Self, serde_yaml::Error>;
}

impl DeserializeYaml for serde_json::Value {
    fn deserialize_yaml(d: serde_yaml::Deserializer<'_>) -> Result<Self, serde_yaml::Error> {
        serde::Deserialize::deserialize(d)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn plain_strings_are_written_as_they_are() {
        let cases = [
            "art0000001", "/tmp/bench/corpus.jsonl", "dev_001", "000_7ca47e1cb5074f21", "a.b-c_d/e", "x", "nan", "inf",
            "Infinity", "e5", "true", "True", "NULL", "null", "yes", "No", "on", "OFF", "y", "n", "~", "1e5", "0x1f",
            "0o7", "0b1", "123", "0123", "1_000", "-a", ".a", "a:b", "a b", "a#b", "é", "", "<stdin>", "a,b", "1.5",
            "'q'", "a\nb", "---", "...", "-", "/", "9_x", "12-3",
        ];
        for s in cases {
            let written = super::to_string(&s).unwrap();
            if super::is_plain(s) {
                assert_eq!(written, format!("{s}\n"), "{s:?}");
            }
        }
        for s in ["art0000001", "/tmp/bench/corpus.jsonl", "000_7ca47e1cb5074f21", "nan", "9_x"] {
            assert!(super::is_plain(s), "{s:?}");
        }
        for s in ["true", "123", "1e5", "0x1f", "a:b", "-a", "", "é", "~", "<stdin>"] {
            assert!(!super::is_plain(s), "{s:?}");
        }
    }
}
