//! Extraction quality on the in-repo gold fixtures (tests/fixtures/gold, one tricky case per
//! article, and tests/fixtures/heldout, heldout2, heldout3 and heldout4, written apart from the rules): the real extractor over
//! every article, scored like `score.py`, must meet each directory's THRESHOLDS.
//! A failure prints the failed figures, the rule table and the misses.

use std::path::{Path, PathBuf};

use denialkb::eval::{self, Predictions};
use denialkb::extract::Extractor;

#[test]
fn extractor_meets_thresholds_on_gold_fixtures() {
    meets_thresholds("tests/fixtures/gold");
}

#[test]
fn extractor_meets_thresholds_on_heldout_fixtures() {
    meets_thresholds("tests/fixtures/heldout");
}

#[test]
fn extractor_meets_thresholds_on_second_heldout_fixtures() {
    meets_thresholds("tests/fixtures/heldout2");
}

#[test]
fn extractor_meets_thresholds_on_third_heldout_fixtures() {
    meets_thresholds("tests/fixtures/heldout3");
}

#[test]
fn extractor_meets_thresholds_on_fourth_heldout_fixtures() {
    meets_thresholds("tests/fixtures/heldout4");
}

fn meets_thresholds(fixtures: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(fixtures);
    let golds = eval::load_gold_dir(&dir).expect("gold fixtures load");
    let mut inputs: Vec<PathBuf> = golds.iter().map(|g| dir.join(format!("{}.txt", g.id))).collect();
    inputs.sort();
    let docs = eval::predict(&Extractor::builtin(), &inputs).expect("every fixture article is read");
    let report = eval::evaluate(&golds, &Predictions::Docs(docs)).expect("scoring works");
    assert_eq!(report.scores.get("missing_files"), Some(0.0));
    let spec = std::fs::read_to_string(dir.join("THRESHOLDS")).expect("THRESHOLDS readable");
    let failed = eval::check_thresholds(&spec, &report.scores).expect("THRESHOLDS valid");
    assert!(failed.is_empty(), "below thresholds: {failed:?}\n\n{}", eval::render_text(&report));
}
