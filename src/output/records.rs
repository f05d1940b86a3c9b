//! The combined dataset view: one row per denial record, its article's identity attached.
//!
//! `--format records` writes these rows as JSON Lines, a flat table that loads directly with
//! `pandas.read_json(path, lines=True)` or `datasets.load_dataset("json", data_files=path)`.
//! Articles without records contribute no rows (the manifest still lists them). Every row is
//! checked against `schema/record-row.schema.json`, whose record fields are those of
//! `schema/article.schema.json` (a test keeps the two in step).

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::record::{ArticleOutput, Record, SCHEMA_VERSION};
use crate::schema::Violation;

/// The row schema, as shipped in `schema/`.
pub const ROW_SCHEMA: &str = include_str!("../../schema/record-row.schema.json");

/// One line of `--format records`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RecordRow {
    pub schema_version: u32,
    pub article_id: String,
    pub article_source: String,
    pub article_sha256: String,
    pub article_url: Option<String>,
    pub article_published: Option<String>,
    /// Position of the record within its article (0-based).
    pub record_index: usize,
    #[serde(flatten)]
    pub record: Record,
}

/// The rows of one article, in record order.
pub fn rows(out: &ArticleOutput) -> Vec<RecordRow> {
    out.records
        .iter()
        .enumerate()
        .map(|(i, r)| RecordRow {
            schema_version: SCHEMA_VERSION,
            article_id: out.article.id.clone(),
            article_source: out.article.source.clone(),
            article_sha256: out.article.sha256.clone(),
            article_url: out.article.url.clone(),
            article_published: out.article.published.clone(),
            record_index: i,
            record: r.clone(),
        })
        .collect()
}

fn validator() -> &'static jsonschema::Validator {
    static V: OnceLock<jsonschema::Validator> = OnceLock::new();
    V.get_or_init(|| {
        // The embedded schema is checked by the test suite; failing here is a build defect.
        let schema: serde_json::Value = serde_json::from_str(ROW_SCHEMA).expect("embedded row schema is JSON");
        jsonschema::draft202012::new(&schema).expect("embedded row schema is a valid draft 2020-12 schema")
    })
}

/// All violations of a row document (empty when valid).
pub fn violations(doc: &serde_json::Value) -> Vec<Violation> {
    crate::schema::violations_of(validator(), doc)
}

/// Render an article's rows as JSON lines, each checked against the row schema.
pub fn render_lines(out: &ArticleOutput) -> Result<String, Error> {
    let mut s = String::new();
    for row in rows(out) {
        let err = |reason: String| Error::Yaml { file: out.article.id.clone(), reason };
        let value = serde_json::to_value(&row).map_err(|e| err(e.to_string()))?;
        if let Some(v) = violations(&value).into_iter().next() {
            return Err(Error::Schema { file: out.article.id.clone(), path: v.path, reason: v.reason });
        }
        s.push_str(&serde_json::to_string(&row).map_err(|e| err(e.to_string()))?);
        s.push('\n');
    }
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article_schema() -> serde_json::Value {
        serde_json::from_str(crate::schema::ARTICLE_SCHEMA).unwrap()
    }

    #[test]
    fn row_schema_record_fields_match_article_schema() {
        let a = article_schema();
        let r: serde_json::Value = serde_json::from_str(ROW_SCHEMA).unwrap();
        for def in ["safe_id", "nullable_text", "nullable_date", "evidence"] {
            assert_eq!(a["$defs"][def], r["$defs"][def], "$defs.{def} differs");
        }
        let rec = a["$defs"]["record"]["properties"].as_object().unwrap();
        for (k, v) in rec {
            assert_eq!(&r["properties"][k], v, "record field {k} differs");
        }
        let req: Vec<&serde_json::Value> = r["required"].as_array().unwrap().iter().collect();
        for k in a["$defs"]["record"]["required"].as_array().unwrap() {
            assert!(req.contains(&k), "{k} not required in rows");
        }
    }

    #[test]
    fn rows_validate_and_bad_rows_are_caught() {
        let out: ArticleOutput = serde_json::from_value(serde_json::json!({
            "schema_version": 1,
            "article": {"id": "a", "source": "a.txt", "sha256": "0".repeat(64), "outlet": null, "published": "2021-01-02"},
            "records": [{"company": "PT X", "allegation": null, "denial_quote": null, "quote_kind": null,
                         "speaker": null, "date": null, "outlet": null,
                         "evidence": {"company": {"start": 0, "end": 4, "text": "PT X", "rule": "company.pt"}}}]
        }))
        .unwrap();
        let lines = render_lines(&out).unwrap();
        assert_eq!(lines.lines().count(), 1);
        let v: serde_json::Value = serde_json::from_str(lines.trim()).unwrap();
        assert_eq!(v["article_id"], "a");
        assert_eq!(v["article_published"], "2021-01-02");
        assert_eq!(v["company"], "PT X");
        assert!(violations(&v).is_empty());
        let mut bad = v.clone();
        bad["date"] = "yesterday".into();
        assert_eq!(violations(&bad)[0].path, "date");
    }
}
