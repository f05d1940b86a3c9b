//! The typed output of one article: article facts and denial records, each value with the
//! evidence it came from. Field order here is the field order of the YAML contract.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

pub const SCHEMA_VERSION: u32 = 1;

/// Where a value came from: a span of the article text, or a metadata key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// Character (Unicode scalar) offset where the evidence starts; absent for metadata.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<usize>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<usize>,
    /// The metadata key the value came from (`url`, `published`, ...); absent for text spans.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The evidence text: exactly the source slice `[start, end)`, or the metadata value.
    pub text: String,
    /// Stable id of the rule that produced the value, e.g. `date.dateline`.
    pub rule: String,
}

impl Evidence {
    pub fn span(start: usize, end: usize, text: &str, rule: &str) -> Evidence {
        Evidence { start: Some(start), end: Some(end), key: None, text: text.to_string(), rule: rule.to_string() }
    }

    pub fn meta(key: &str, text: &str, rule: &str) -> Evidence {
        Evidence { start: None, end: None, key: Some(key.to_string()), text: text.to_string(), rule: rule.to_string() }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// The company's own words inside quotation marks.
    Direct,
    /// The reporter's sentence that reports the denial.
    Indirect,
}

/// One company's denial.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    pub company: String,
    pub allegation: Option<String>,
    pub denial_quote: Option<String>,
    pub quote_kind: Option<QuoteKind>,
    pub speaker: Option<String>,
    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub date: Option<String>,
    pub outlet: Option<String>,
    /// One entry per field that has a value, keyed by field name.
    pub evidence: BTreeMap<String, Evidence>,
}

/// Facts about the article itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleInfo {
    pub id: String,
    /// The input the article was read from (path, `path:line` for JSONL, `path@offset` for a
    /// WARC record: the byte offset of its record, or gzip member).
    pub source: String,
    /// Hex SHA-256 of the input bytes of this article.
    pub sha256: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    pub outlet: Option<String>,
    /// The article's own publication date, when the text gives one.
    pub published: Option<String>,
    /// Evidence for `outlet` and `published`.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub evidence: BTreeMap<String, Evidence>,
    /// Problems met while reading the input (e.g. invalid UTF-8 replaced).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// The whole output of one article: the YAML file `<id>.yaml`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ArticleOutput {
    pub schema_version: u32,
    pub article: ArticleInfo,
    pub records: Vec<Record>,
}
