//! Publication dates and site names of saved pages that state them in the shapes real news
//! sites use (byline elements, taglined site names, bare date lines), with the decoys those
//! pages carry (masthead "today", embedded posts, related-article lists, comments). The
//! pages are invented: `tests/fixtures/html_dates/`.

use std::path::{Path, PathBuf};
use std::process::Command;

use denialkb::crawl::read_html_file;
use serde_json::Value;

fn page(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/html_dates").join(name)
}

/// `article` of `denialkb extract PAGE --format jsonl`.
fn extracted(name: &str) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_denialkb"))
        .args(["extract", "--format", "jsonl", "--no-progress"])
        .arg(page(name))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let line = String::from_utf8(out.stdout).unwrap();
    let doc: Value = serde_json::from_str(line.lines().next().unwrap()).unwrap();
    doc["article"].clone()
}

#[test]
fn a_byline_date_beats_masthead_embed_related_list_and_modification() {
    let a = read_html_file(&page("tanggal_byline.html")).unwrap();
    assert_eq!(a.meta.published.as_deref(), Some("2024-03-05"));
    assert_eq!(a.meta.key_of("published"), "html:date-element");
    assert_eq!(a.meta.site_name.as_deref(), Some("Kabar Selatan"));
    let art = extracted("tanggal_byline.html");
    assert_eq!(art["published"], "2024-03-05", "{art}");
    assert_eq!(art["outlet"], "Kabar Selatan", "{art}");
    // metadata evidence names the key the value came from
    assert_eq!(art["evidence"]["published"]["key"], "html:date-element", "{art}");
    assert_eq!(art["evidence"]["outlet"]["key"], "og:site_name", "{art}");
}

#[test]
fn a_bare_date_line_under_the_headline_is_the_date_and_comments_are_not() {
    let a = read_html_file(&page("tanggal_teks.html")).unwrap();
    assert_eq!(a.meta.published.as_deref(), Some("2024-02-12"));
    assert_eq!(a.meta.key_of("published"), "html:date-text");
    assert_eq!(a.meta.site_name, None);
    let art = extracted("tanggal_teks.html");
    assert_eq!(art["published"], "2024-02-12", "{art}");
}
