//! The `validate` command: check output files against the schemas, reporting where each
//! problem is (file, line and column of a syntax error; file, line and YAML path of a schema
//! violation).
//!
//! Accepted: `<id>.yaml` article files, JSONL streams of articles (`--format jsonl`) or of
//! record rows (`--format records`; a line with `article_id` is a row), and run manifests
//! (recognised by their `denialkb` and `summary` keys: parsed, and the counts checked
//! against the entries). A directory gives
//! its `.yaml`, `.yml` and `.jsonl` files (not recursively; hidden files are skipped).

use std::path::{Path, PathBuf};

use crate::error::Error;
use crate::output::manifest::{Manifest, Outcome, Summary};
use crate::schema::Violation;

/// Counts of a validation run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub files: usize,
    /// Documents checked: YAML files, JSONL lines, manifests.
    pub documents: usize,
    pub invalid: usize,
    /// One line per problem, `file[:line]: where: reason`.
    pub problems: Vec<String>,
}

impl Report {
    pub fn line(&self) -> String {
        format!(
            "{} files, {} documents checked: {} valid, {} invalid",
            self.files,
            self.documents,
            self.documents - self.invalid,
            self.invalid
        )
    }
}

/// Expand inputs into the files to check. A missing input is a usage error.
pub fn files(inputs: &[PathBuf]) -> Result<Vec<PathBuf>, Error> {
    let mut out = Vec::new();
    for p in inputs {
        let meta = std::fs::metadata(p).map_err(|e| Error::io(p, e))?;
        if !meta.is_dir() {
            out.push(p.clone());
            continue;
        }
        let mut v: Vec<PathBuf> = std::fs::read_dir(p)
            .map_err(|e| Error::io(p, e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| !p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')))
            .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml" || e == "jsonl"))
            .collect();
        v.sort();
        out.extend(v);
    }
    Ok(out)
}

/// Check every file named (directories expanded).
pub fn validate(inputs: &[PathBuf]) -> Result<Report, Error> {
    let mut report = Report::default();
    for f in files(inputs)? {
        report.files += 1;
        check_file(&f, &mut report);
    }
    Ok(report)
}

fn check_file(path: &Path, report: &mut Report) {
    let name = path.display().to_string();
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            report.documents += 1;
            report.invalid += 1;
            report.problems.push(format!("{name}: {e}"));
            return;
        }
    };
    let text = String::from_utf8_lossy(&bytes);
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
    if path.extension().is_some_and(|e| e == "jsonl") {
        check_jsonl(&name, text, report);
    } else {
        report.documents += 1;
        let problems = match crate::yaml::to_json_value(&name, text) {
            Err(e) => vec![e.to_string()],
            Ok(v) if is_manifest(&v) => check_manifest(&name, text),
            Ok(v) => crate::schema::violations(&v).iter().map(|x| format!("{name}: {}: {}", x.path, x.reason)).collect(),
        };
        if !problems.is_empty() {
            report.invalid += 1;
            report.problems.extend(problems);
        }
    }
}

/// A run manifest (rather than an article) by its top-level keys.
fn is_manifest(v: &serde_json::Value) -> bool {
    v.get("denialkb").is_some() && v.get("summary").is_some()
}

fn check_jsonl(name: &str, text: &str, report: &mut Report) {
    for (i, line) in text.split('\n').enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.trim().is_empty() {
            continue;
        }
        report.documents += 1;
        let at = format!("{name}:{}", i + 1);
        let problems: Vec<String> = match serde_json::from_str::<serde_json::Value>(line) {
            Err(e) => vec![format!("{at}:{}: JSON: {}", e.column(), e)],
            Ok(v) => {
                let vs: Vec<Violation> = if v.get("article_id").is_some() {
                    crate::output::records::violations(&v)
                } else {
                    crate::schema::violations(&v)
                };
                vs.iter().map(|x| format!("{at}: {}: {}", x.path, x.reason)).collect()
            }
        };
        if !problems.is_empty() {
            report.invalid += 1;
            report.problems.extend(problems);
        }
    }
}

/// A manifest must parse and its summary must count its entries.
pub fn check_manifest(name: &str, text: &str) -> Vec<String> {
    let m: Manifest = match crate::yaml::from_str(name, text) {
        Ok(m) => m,
        Err(e) => return vec![e.to_string()],
    };
    let mut want = Summary::default();
    let mut out = Vec::new();
    for (i, e) in m.inputs.iter().enumerate() {
        want.add(e);
        let ok = match e.outcome {
            Outcome::Error | Outcome::Skipped => e.reason.is_some(),
            Outcome::NoDenial => e.records.unwrap_or(0) == 0 && e.id.is_some(),
            Outcome::Records => e.records.unwrap_or(0) > 0 && e.id.is_some(),
        };
        if !ok {
            out.push(format!("{name}: inputs[{i}]: outcome {:?} inconsistent with its fields", e.outcome));
        }
    }
    if want != m.summary {
        out.push(format!("{name}: summary: counts {:?} do not match the entries {:?}", m.summary, want));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_syntax_error_has_line_and_column() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("a.yaml");
        std::fs::write(&f, "schema_version: 1\narticle:\n  id: [a\n").unwrap();
        let r = validate(&[f]).unwrap();
        assert_eq!(r.invalid, 1);
        assert!(r.problems[0].contains("line") && r.problems[0].contains("column"), "{:?}", r.problems);
    }

    #[test]
    fn jsonl_problems_name_line_and_path() {
        let dir = tempfile::tempdir().unwrap();
        let f = dir.path().join("a.jsonl");
        let good = serde_json::json!({"schema_version": 1, "article": {"id": "a", "source": "s", "sha256": "0".repeat(64), "outlet": null, "published": null}, "records": []});
        let mut bad = good.clone();
        bad["article"]["published"] = "kemarin".into();
        std::fs::write(&f, format!("{good}\n\n{bad}\n{{\"x\":\n")).unwrap();
        let r = validate(&[f]).unwrap();
        assert_eq!((r.documents, r.invalid), (3, 2), "{:?}", r.problems);
        assert!(r.problems[0].contains("a.jsonl:3: article.published:"), "{:?}", r.problems);
        assert!(r.problems[1].contains("a.jsonl:4:"), "{:?}", r.problems);
    }

    #[test]
    fn manifest_counts_are_checked() {
        let m = "denialkb: 0.1.0\nformat: yaml\noutput: out\ninputs:\n- input: a.txt\n  id: a\n  outcome: no_denial\n  records: 0\nsummary:\n  articles: 2\n  with_records: 0\n  without_records: 1\n  failed: 0\n  records: 0\n";
        let p = check_manifest("manifest.yaml", m);
        assert_eq!(p.len(), 1, "{p:?}");
        assert!(p[0].contains("summary"));
    }
}
