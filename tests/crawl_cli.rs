//! `denialkb text` and `denialkb extract` on crawl inputs, through the binary.

use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_denialkb");

fn fx(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/crawl").join(name)
}

#[test]
fn text_prints_the_exact_text_and_the_metadata_with_keys() {
    let page = fx("pages/kabar_lengkap.html");
    let only = Command::new(BIN).arg("text").arg(&page).arg("--only-text").output().unwrap();
    assert!(only.status.success());
    let want = denialkb::crawl::read_html_file(&page).unwrap().text;
    assert_eq!(String::from_utf8(only.stdout).unwrap(), want);

    let full = Command::new(BIN).arg("text").arg(&page).output().unwrap();
    let out = String::from_utf8(full.stdout).unwrap();
    assert!(out.contains("site_name: Kabar Contoh [og:site_name]"), "{out}");
    assert!(out.contains("published: 2024-03-05T14:20:00+07:00 [json-ld:datePublished]"), "{out}");
    assert!(out.ends_with(&format!("{want}\n")));
}

#[test]
fn text_selects_one_record_of_an_archive_by_id() {
    let id = "00000008-7e57-4000-8000-000000000008";
    let out = Command::new(BIN).arg("text").arg(fx("crawl.warc.gz")).args(["--id", id, "--only-text"]).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(String::from_utf8(out.stdout).unwrap().starts_with("Semarang (Suara Pesisir)"));
    let none = Command::new(BIN).arg("text").arg(fx("crawl.warc.gz")).arg("--only-text").output().unwrap();
    assert_eq!(none.status.code(), Some(2), "four articles, no --id");
}

#[test]
fn extract_reads_archives_and_counts_skips_and_corrupt_members() {
    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(BIN).arg("extract").arg(fx("crawl.warc.gz")).arg("-o").arg(dir.path()).output().unwrap();
    assert!(out.status.success());
    let summary = String::from_utf8(out.stdout).unwrap();
    assert!(summary.contains("4 articles read") && summary.contains("10 archive records skipped"), "{summary}");
    let yaml = std::fs::read_to_string(dir.path().join("00000002-7e57-4000-8000-000000000002.yaml")).unwrap();
    assert!(yaml.contains("url: https://news.example/kabar_lengkap"), "{yaml}");

    let dir = tempfile::tempdir().unwrap();
    let out = Command::new(BIN).arg("extract").arg(fx("corrupt.warc.gz")).arg("-o").arg(dir.path()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("corrupt.warc.gz@") && err.contains("gzip member"), "{err}");
    // The failed member counts among the articles read: the parts add up to the total.
    assert!(String::from_utf8(out.stdout).unwrap().contains("4 articles read: 3 with records, 0 without records, 1 failed"));
}
