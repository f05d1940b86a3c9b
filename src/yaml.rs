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
