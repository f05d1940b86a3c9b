//! The review page: evidence highlighted where it was found, sources resolved, and nothing from
//! an article ever becoming markup.

mod common;

use std::path::{Path, PathBuf};

use denialkb::extract::Extractor;
use denialkb::record::{ArticleOutput, Evidence};
use denialkb::review::{self, Collection, Item};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/review")
}

/// Elements and attributes the page itself writes. Anything else in the markup came from input.
const TAGS: &[&str] = &[
    "!doctype", "html", "head", "meta", "title", "style", "body", "header", "h1", "section", "ul", "li", "b", "div",
    "figure", "figcaption", "svg", "g", "text", "rect", "details", "summary", "p", "mark", "span", "form", "label",
    "input", "button", "datalist", "option", "main", "footer", "script", "table", "caption", "tr", "th", "td", "code",
];
const ATTRS: &[&str] = &[
    "lang", "charset", "http-equiv", "content", "name", "class", "id", "role", "aria-label", "width", "height",
    "viewbox", "xmlns", "x", "y", "text-anchor", "rx", "data-kind", "data-value", "title", "data-id", "data-companies",
    "data-outlets", "data-records", "autocomplete", "type", "list", "value", "html",
];

/// A minimal tokenizer: every start tag's name and attribute names (quoted values skipped;
/// `<script>`/`<style>` bodies skipped as raw text).
fn tags(html: &str) -> Vec<(String, Vec<String>)> {
    let b = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'<' || i + 1 >= b.len() || b[i + 1] == b'/' {
            i += 1;
            continue;
        }
        i += 1;
        let s = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
            i += 1;
        }
        let name = html[s..i].to_ascii_lowercase();
        let mut attrs = Vec::new();
        loop {
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i >= b.len() || b[i] == b'>' {
                break;
            }
            let s = i;
            while i < b.len() && !b"= >".contains(&b[i]) && !b[i].is_ascii_whitespace() {
                i += 1;
            }
            attrs.push(html[s..i].to_ascii_lowercase());
            if i < b.len() && b[i] == b'=' {
                i += 1;
                if b[i] == b'"' {
                    i += 1 + html[i + 1..].find('"').expect("unterminated attribute") + 1;
                } else {
                    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                        i += 1;
                    }
                }
            }
        }
        if name == "script" || name == "style" {
            i += html[i..].find(&format!("</{name}>")).expect("raw text element closed");
        }
        out.push((name, attrs));
    }
    out
}

fn page(inputs: &[PathBuf]) -> (Collection, String) {
    let col = review::collect(inputs, &Extractor::builtin()).unwrap();
    let html = review::html::render(&col);
    (col, html)
}

#[test]
fn injection_in_text_ids_values_and_rules_is_shown_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let txt = dir.path().join("evil.txt");
    std::fs::write(&txt, std::fs::read(fixtures().join("src/injection.txt")).unwrap()).unwrap();
    let (col, html) = page(&[fixtures().join("out/injection.yaml"), txt]);
    assert_eq!(col.items.len(), 2, "{:?}", col.failed);

    for (name, attrs) in tags(&html) {
        assert!(TAGS.contains(&name.as_str()), "element <{name}> is not one the page writes");
        for a in attrs {
            assert!(ATTRS.contains(&a.as_str()) && !a.starts_with("on"), "attribute {a} on <{name}>");
        }
    }
    assert_eq!(html.matches("<script").count(), 1, "only the page's own script");
    for raw in ["<script>document", "<script>alert", "<img", "<b>Jahat", "<i onmouseover", "'PWN'"] {
        assert!(!html.contains(raw), "raw input {raw:?} in the page");
    }
    // The input is visible, escaped: in the text, the id, values, rule ids and attributes.
    for shown in [
        "&lt;script&gt;document.title=&#39;PWN&#39;+&#39;ED&#39;&lt;/script&gt;",
        "&quot;&gt;&lt;img src=x onerror=&quot;document.body.appendChild",
        "PT &lt;b&gt;Jahat&lt;/b&gt; &amp;amp; Co",
        "company.x&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;",
        "allegation.a&#39;b",
        "data-id=\"inj&quot;&gt;&lt;script&gt;",
        "&lt;i onmouseover=&quot;alert(3)&quot;&gt;Outlet&lt;/i&gt;",
        "&lt;script&gt;alert(5)&lt;/script&gt;",
    ] {
        assert!(html.contains(shown), "missing escaped {shown:?}");
    }
    // Hostile spans are still highlighted (all six kinds in that one article).
    for kind in ["company", "allegation", "quote", "speaker", "date", "outlet"] {
        assert!(html.contains(&format!("<mark class=\"hl f-{kind}\" title=\"")), "{kind}");
    }
}

#[test]
fn fixture_outputs_find_their_sources_and_highlight_every_field() {
    let (col, html) = page(&[fixtures().join("out")]);
    let contoh = col.items.iter().find(|i| i.output.article.id == "contoh").unwrap();
    assert!(contoh.text.is_some() && contoh.notes.is_empty(), "{:?}", contoh.notes);
    assert_eq!(col.extracted(), 0);
    let start = html.find("data-id=\"contoh\"").unwrap();
    let section = &html[start..start + html[start..].find("</details>").unwrap()];
    assert!(!section.contains("class=\"notes\""), "every span of the fixture matches its text");
    assert!(section.contains(
        "<mark class=\"hl f-quote\" title=\"denial_quote · quote.direct · record 1\">Kami tidak pernah"
    ));
    // The outlet span is shared by the article and both records: one mark, three titles.
    assert_eq!(section.matches(">Kabarindo</mark>").count(), 1);
    assert!(section.contains("outlet · outlet.dateline · article\noutlet · outlet.dateline · record 1"));
    for id in ["chart-company", "chart-outlet", "chart-year"] {
        assert!(html.contains(&format!("<svg class=\"chart\" id=\"{id}\"")), "{id}");
    }
    assert!(html.contains("data-kind=\"company\" data-value=\"PT Sinar Tirta Abadi\""));
}

fn item_with_bad_evidence() -> Item {
    let text = "PT Contoh membantah.";
    let (mut out, _) = common::synth::corpus(1).remove(0);
    out.records.truncate(1);
    let r = &mut out.records[0];
    r.evidence.clear();
    r.evidence.insert("company".into(), Evidence::span(0, 9, "PT Contoh", "company.ok"));
    r.evidence.insert("speaker".into(), Evidence::span(3, 9, "Lain", "speaker.stale"));
    r.evidence.insert("date".into(), Evidence::span(15, 99, "x", "date.out_of_range"));
    out.article.evidence.clear();
    Item { output: out, text: Some(text.into()), notes: vec![], extracted: false }
}

#[test]
fn evidence_that_does_not_match_the_text_is_reported_not_highlighted() {
    let col = Collection { items: vec![item_with_bad_evidence()], failed: vec![] };
    let html = review::html::render(&col);
    assert!(html.contains("<mark class=\"hl f-company\" title="));
    assert!(!html.contains("<mark class=\"hl f-speaker\" title="));
    assert!(!html.contains("<mark class=\"hl f-date\" title="));
    assert!(html.contains("speaker: text at 3..9 is not the evidence text"));
    assert!(html.contains("date: span 15..99 outside the text (20 characters)"));
}

#[test]
fn an_output_takes_its_text_from_a_matching_txt_input_and_is_not_extracted_again() {
    let dir = tempfile::tempdir().unwrap();
    let (mut out, text) = common::synth::corpus(1).remove(0);
    out.article.source = "gone/elsewhere.txt".into();
    let id = out.article.id.clone();
    std::fs::create_dir(dir.path().join("out")).unwrap();
    std::fs::write(dir.path().join(format!("out/{id}.yaml")), denialkb::output::render_yaml(&out).unwrap()).unwrap();
    let txt = dir.path().join(format!("{id}.txt"));
    std::fs::write(&txt, &text).unwrap();

    let (alone, _) = page(&[dir.path().join("out")]);
    assert!(alone.items[0].text.is_none());
    assert_eq!(alone.items[0].notes, ["source text not found: gone/elsewhere.txt"]);

    let (col, html) = page(&[dir.path().join("out"), txt]);
    assert_eq!((col.items.len(), col.extracted()), (1, 0));
    assert_eq!(col.items[0].text.as_deref(), Some(text.as_str()));
    assert!(col.items[0].notes.is_empty(), "{:?}", col.items[0].notes);
    assert!(html.contains("<mark class=\"hl f-company\" title="));
}

#[test]
fn jsonl_results_are_read_and_bad_inputs_are_accounted_for() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = common::synth::corpus(3);
    let lines: Vec<String> = corpus.iter().map(|(o, _)| serde_json::to_string(o).unwrap()).collect();
    let jsonl = dir.path().join("run.jsonl");
    std::fs::write(&jsonl, lines.join("\n") + "\n").unwrap();
    let bad = dir.path().join("bad.yaml");
    std::fs::write(&bad, "schema_version: [").unwrap();
    let (col, _) = page(&[jsonl, bad]);
    assert_eq!(col.items.len(), 3);
    assert_eq!(col.failed.len(), 1);
    assert!(col.failed[0].contains("bad.yaml"), "{:?}", col.failed);
    let parsed: ArticleOutput = serde_json::from_str(&lines[0]).unwrap();
    assert_eq!(col.items[0].output, parsed);
}

#[test]
fn the_command_writes_the_page_and_reports_counts() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("r.html");
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let st = std::process::Command::new(env!("CARGO_BIN_EXE_denialkb"))
        .args(["review", seeds.to_str().unwrap(), fixtures().join("out").to_str().unwrap(), "-o"])
        .arg(&page)
        .output()
        .unwrap();
    assert_eq!(st.status.code(), Some(0), "{}", String::from_utf8_lossy(&st.stderr));
    let stdout = String::from_utf8_lossy(&st.stdout);
    assert!(stdout.starts_with("7 articles (5 extracted, 2 from outputs)"), "{stdout}");
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.contains("data-id=\"000_7ca47e1cb5074f21\""));
}
