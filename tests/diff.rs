//! `denialkb diff` on two runs that differ by one rule change lists exactly those changes.
//!
//! The extractors are built elsewhere, so the two runs are built here: run A is a synthetic
//! corpus; run B is what a single rule change does to it. Change 1: the company lexicon loses
//! one company, so every record of that company disappears. Change 2: the date rule now prefers
//! the dateline, so one record's date changes value and rule id.

mod common;

use std::path::Path;
use std::process::Command;

use denialkb::diff::{self, load_results};
use denialkb::record::{ArticleOutput, Evidence};

fn write_dir(dir: &Path, outs: &[ArticleOutput]) {
    std::fs::create_dir_all(dir).unwrap();
    for o in outs {
        let yaml = denialkb::output::render_yaml(o).unwrap();
        std::fs::write(dir.join(format!("{}.yaml", o.article.id)), yaml).unwrap();
    }
}

fn write_jsonl(path: &Path, outs: &[ArticleOutput]) {
    let lines: Vec<String> = outs.iter().map(|o| serde_json::to_string(o).unwrap()).collect();
    std::fs::write(path, lines.join("\n") + "\n").unwrap();
}

fn run_a() -> Vec<ArticleOutput> {
    common::synth::corpus(40).into_iter().map(|(o, _)| o).collect()
}

/// The company the lexicon change removes, and which (article, record) it affects.
fn dropped(a: &[ArticleOutput]) -> (String, Vec<(String, usize)>) {
    let company = a.iter().flat_map(|o| &o.records).next().unwrap().company.clone();
    let hits = a
        .iter()
        .flat_map(|o| o.records.iter().enumerate().filter(|(_, r)| r.company == company).map(|(i, _)| (o.article.id.clone(), i)))
        .collect();
    (company, hits)
}

fn denialkb(args: &[&Path]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_denialkb")).arg("diff").args(args).output().unwrap();
    (out.status.code().unwrap(), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn removing_a_company_from_the_lexicon_removes_exactly_its_records() {
    let a = run_a();
    let (company, hits) = dropped(&a);
    assert!(hits.len() >= 2, "the synthetic corpus has the company in several articles");
    let mut b = a.clone();
    for o in &mut b {
        o.records.retain(|r| r.company != company);
    }
    let dir = tempfile::tempdir().unwrap();
    write_dir(&dir.path().join("a"), &a);
    write_dir(&dir.path().join("b"), &b);
    let d = diff::diff(&load_results(&dir.path().join("a")).unwrap(), &load_results(&dir.path().join("b")).unwrap());

    assert_eq!(d.summary.articles_compared, 40);
    assert_eq!((d.summary.records_added, d.summary.records_removed, d.summary.fields_changed), (0, hits.len(), 0));
    let got: Vec<(String, String)> =
        d.changed.iter().flat_map(|c| c.records_removed.iter().map(|r| (c.id.clone(), r.company.clone()))).collect();
    let want: Vec<(String, String)> = hits.iter().map(|(id, _)| (id.clone(), company.clone())).collect();
    assert_eq!(got, want);
    assert!(d.changed.iter().all(|c| c.article.is_empty() && c.records_added.is_empty() && c.records_changed.is_empty()));

    let (code, stdout, stderr) = denialkb(&[&dir.path().join("a"), &dir.path().join("b")]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(
        stdout.lines().next().unwrap(),
        format!("40 articles compared, 0 records added, {} removed, 0 fields changed", hits.len())
    );
    assert!(!stdout.contains('\x1b'), "no colour when stdout is not a terminal");
    assert_eq!(stdout.matches(&format!("- record {company:?}")).count(), hits.len());
}

#[test]
fn a_date_rule_change_shows_old_and_new_value_and_rule() {
    let a = run_a();
    let mut b = a.clone();
    let target = b.iter_mut().find(|o| !o.records.is_empty()).unwrap();
    let id = target.article.id.clone();
    let rec = &mut target.records[0];
    let old_date = rec.date.clone();
    rec.date = Some("2017-01-05".into());
    rec.evidence.insert("date".into(), Evidence::span(0, 5, "Kabar", "date.dateline"));
    let old_rule = a.iter().find(|o| o.article.id == id).unwrap().records[0].evidence["date"].rule.clone();

    let dir = tempfile::tempdir().unwrap();
    write_dir(&dir.path().join("a"), &a);
    // NEW as a JSONL result file: the same comparison.
    write_jsonl(&dir.path().join("b.jsonl"), &b);
    let (code, stdout, _) = denialkb(&[&dir.path().join("a"), &dir.path().join("b.jsonl"), Path::new("--format"), Path::new("json")]);
    assert_eq!(code, 1);
    let j: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(j["summary"]["fields_changed"], 1);
    assert_eq!(j["changed"].as_array().unwrap().len(), 1);
    let c = &j["changed"][0];
    assert_eq!(c["id"], id.as_str());
    let f = &c["records_changed"][0]["fields"][0];
    assert_eq!(f["field"], "date");
    assert_eq!(f["old"], serde_json::json!(old_date));
    assert_eq!(f["new"], "2017-01-05");
    assert_eq!(f["old_rule"], old_rule.as_str());
    assert_eq!(f["new_rule"], "date.dateline");
}

#[test]
fn identical_runs_exit_zero_and_errors_exit_two() {
    let a = run_a();
    let dir = tempfile::tempdir().unwrap();
    write_dir(&dir.path().join("a"), &a);
    write_jsonl(&dir.path().join("a.jsonl"), &a);
    let (code, stdout, _) = denialkb(&[&dir.path().join("a"), &dir.path().join("a.jsonl")]);
    assert_eq!(code, 0);
    assert_eq!(stdout, "40 articles compared, 0 records added, 0 removed, 0 fields changed\n");

    let (code, _, stderr) = denialkb(&[&dir.path().join("a"), &dir.path().join("missing")]);
    assert_eq!(code, 2);
    assert!(stderr.contains("missing"), "{stderr}");

    std::fs::write(dir.path().join("broken.jsonl"), "{\"schema_version\": 1}\n").unwrap();
    let (code, _, stderr) = denialkb(&[&dir.path().join("a"), &dir.path().join("broken.jsonl")]);
    assert_eq!(code, 2);
    assert!(stderr.contains("broken.jsonl:1"), "{stderr}");
}

#[test]
fn real_extraction_runs_are_compared_as_equal() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    for run in ["x", "y"] {
        let st = Command::new(env!("CARGO_BIN_EXE_denialkb"))
            .args(["extract", seeds.to_str().unwrap(), "-o"])
            .arg(dir.path().join(run))
            .output()
            .unwrap();
        assert!(st.status.success());
    }
    let (code, stdout, _) = denialkb(&[&dir.path().join("x"), &dir.path().join("y")]);
    assert_eq!((code, stdout.lines().next().unwrap()), (0, "5 articles compared, 0 records added, 0 removed, 0 fields changed"));
}
