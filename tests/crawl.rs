//! The crawl inputs end to end, on fixtures written by `tests/fixtures/crawl/make_fixtures.py`
//! (archives by warcio, not by denialkb); `expected.json` there says what each should give.

use std::path::{Path, PathBuf};

use denialkb::crawl::{Outcome, articles_from_path, read_html_file};
use serde_json::Value;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/crawl")
}

fn expected() -> Value {
    serde_json::from_str(&std::fs::read_to_string(fixtures().join("expected.json")).unwrap()).unwrap()
}

/// Outcomes in the fixtures' notation: `article ID`, `skip CODE`, `error OFFSET`.
fn summary(path: &Path) -> (Vec<String>, Vec<denialkb::extract::Article>) {
    let mut lines = Vec::new();
    let mut arts = Vec::new();
    for o in articles_from_path(path) {
        match o {
            Outcome::Article(a) => {
                lines.push(format!("article {}", a.id));
                arts.push(a);
            }
            Outcome::Skipped { code, .. } => lines.push(format!("skip {code}")),
            Outcome::Error(e) => {
                let msg = e.to_string();
                let at = msg.split('@').nth(1).and_then(|s| s.split(':').next()).unwrap_or("?").to_string();
                lines.push(format!("error {at}"));
            }
        }
    }
    (lines, arts)
}

/// Expected lines of crawl.warc(.gz): `article ID NAME` shortened to `article ID`.
fn crawl_expected(exp: &Value) -> Vec<String> {
    exp["crawl"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            let s = e.as_str().unwrap();
            if s.starts_with("article ") { s.rsplit_once(' ').unwrap().0.to_string() } else { s.to_string() }
        })
        .collect()
}

fn check_page(name: &str, want: &Value, a: &denialkb::extract::Article) {
    let opt = |k: &str| want.get(k).and_then(Value::as_str);
    assert!(a.text.starts_with(opt("text_starts").unwrap()), "{name}: text starts {:?}", &a.text[..a.text.len().min(120)]);
    for s in want["text_contains"].as_array().unwrap() {
        assert!(a.text.contains(s.as_str().unwrap()), "{name}: no {s} in {}", a.text);
    }
    for s in want["text_lacks"].as_array().unwrap() {
        assert!(!a.text.contains(s.as_str().unwrap()), "{name}: {s} in {}", a.text);
    }
    assert_eq!(a.meta.site_name.as_deref(), opt("site_name"), "{name}: site_name");
    assert_eq!(a.meta.published.as_deref(), opt("published"), "{name}: published");
    if let Some(k) = opt("site_name_key") {
        assert_eq!(a.meta.key_of("site_name"), k, "{name}");
    }
    if let Some(k) = opt("published_key") {
        assert_eq!(a.meta.key_of("published"), k, "{name}");
    }
    if want.get("canonical_url").is_some() {
        assert_eq!(a.meta.canonical_url.as_deref(), opt("canonical_url"), "{name}: canonical");
    }
    match opt("warning") {
        Some(w) => assert!(a.warnings.iter().any(|x| x.contains(w)), "{name}: warnings {:?}", a.warnings),
        None => assert!(a.warnings.is_empty(), "{name}: warnings {:?}", a.warnings),
    }
    // Paragraphs stay paragraphs: the article body's <p>s are separate lines.
    assert!(a.text.lines().filter(|l| !l.trim().is_empty()).count() >= 2, "{name}: {}", a.text);
}

#[test]
fn html_pages_give_text_and_metadata() {
    let exp = expected();
    for (name, want) in exp["pages"].as_object().unwrap() {
        let path = fixtures().join("pages").join(format!("{name}.html"));
        let a = read_html_file(&path).unwrap();
        assert_eq!(a.id, *name);
        check_page(name, want, &a);
        if want.get("canonical_url").and_then(Value::as_str).is_some() {
            assert_eq!(a.meta.url, a.meta.canonical_url, "{name}: a saved page's url is its canonical URL");
        }
    }
}

#[test]
fn warcio_archive_gives_articles_and_counted_skips() {
    let exp = expected();
    for file in ["crawl.warc.gz", "crawl.warc"] {
        let (lines, arts) = summary(&fixtures().join(file));
        assert_eq!(lines, crawl_expected(&exp), "{file}");
        let names: Vec<&str> = exp["crawl"]
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|e| e.as_str().unwrap().strip_prefix("article ").map(|s| s.rsplit_once(' ').unwrap().1))
            .collect();
        assert_eq!(names.len(), arts.len());
        for (name, a) in names.iter().zip(&arts) {
            let mut want = exp["pages"][*name].clone();
            // The HTTP header's charset and gzip content encoding are honoured like the page's own.
            want.as_object_mut().unwrap().remove("canonical_url");
            check_page(name, &want, a);
            assert_eq!(a.meta.url.as_deref(), Some(format!("https://news.example/{name}").as_str()));
            assert_eq!(a.meta.key_of("url"), "warc:WARC-Target-URI");
            assert!(a.source.starts_with(&fixtures().join(file).display().to_string()));
        }
    }
    // Offsets in the plain archive are record offsets.
    let plain = std::fs::read(fixtures().join("crawl.warc")).unwrap();
    for off in exp["crawl_plain_offsets"].as_array().unwrap() {
        assert!(plain[off.as_u64().unwrap() as usize..].starts_with(b"WARC/1."));
    }
}

#[test]
fn a_corrupt_member_is_reported_with_its_offset_and_the_rest_is_read() {
    let exp = expected();
    let bad = exp["corrupt_member"].as_u64().unwrap() as usize;
    let offset = exp["crawl_offsets"][bad].as_u64().unwrap();
    let mut want = crawl_expected(&exp);
    want[bad] = format!("error {offset}");
    let (lines, _) = summary(&fixtures().join("corrupt.warc.gz"));
    assert_eq!(lines, want);
}

#[test]
fn a_truncated_archive_keeps_what_precedes_the_cut() {
    let exp = expected();
    let offsets = exp["crawl_offsets"].as_array().unwrap();
    let mut want = crawl_expected(&exp);
    *want.last_mut().unwrap() = format!("error {}", offsets.last().unwrap());
    assert_eq!(summary(&fixtures().join("truncated.warc.gz")).0, want);
}

#[test]
fn wet_conversion_records_are_plain_text_articles() {
    let exp = expected();
    let (lines, arts) = summary(&fixtures().join("crawl.warc.wet.gz"));
    let want: Vec<&str> = exp["wet"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert_eq!(lines, want);
    let texts: Vec<&str> = exp["wet_texts"].as_array().unwrap().iter().map(|v| v.as_str().unwrap()).collect();
    assert_eq!(arts.iter().map(|a| a.text.as_str()).collect::<Vec<_>>(), texts);
    assert!(arts[0].meta.url.as_deref().unwrap().starts_with("https://www.kabarcontoh.example/"));
}
