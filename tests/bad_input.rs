//! Bad input from scraped pages: every case ends in exactly one outcome, never a panic, never
//! a half-written file, and the rest of the run is still written.

#[path = "../benches/common/mod.rs"]
mod common;

use std::path::Path;
use std::process::{Command, Output, Stdio};

use denialkb::extract::{Article, Extractor};
use denialkb::output::manifest::{Entry, Manifest, Outcome};
use denialkb::record::ArticleOutput;

const BIN: &str = env!("CARGO_BIN_EXE_denialkb");

fn denialkb(args: &[&str]) -> Output {
    Command::new(BIN).args(args).stdin(Stdio::null()).output().expect("run denialkb")
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn manifest_at(p: &Path) -> Manifest {
    denialkb::yaml::from_str("manifest", &std::fs::read_to_string(p).unwrap()).unwrap()
}

/// Every text evidence is a valid character range of `text` whose slice is the evidence text.
fn assert_spans_exact(text: &str, out: &ArticleOutput) {
    let chars: Vec<char> = text.chars().collect();
    let all = out.article.evidence.values().chain(out.records.iter().flat_map(|r| r.evidence.values()));
    for ev in all {
        if let (Some(a), Some(b)) = (ev.start, ev.end) {
            assert!(a <= b && b <= chars.len(), "span {a}..{b} outside text of {} chars", chars.len());
            let slice: String = chars[a..b].iter().collect();
            assert_eq!(slice, ev.text, "evidence text differs from the source slice ({})", ev.rule);
        }
    }
}

/// Extract, check spans, and check the output against the schema in every format.
fn extract_checked(ex: &Extractor, text: &str) -> ArticleOutput {
    let out = ex.extract(&Article::from_text("t", "t.txt", text));
    assert_spans_exact(text, &out);
    denialkb::output::render_yaml(&out).expect("valid YAML output");
    denialkb::output::render_json_line(&out).expect("valid JSON output");
    denialkb::output::records::render_lines(&out).expect("valid record rows");
    out
}

fn entry<'a>(m: &'a Manifest, file: &str) -> &'a Entry {
    m.inputs.iter().find(|e| e.input.ends_with(file)).unwrap_or_else(|| panic!("{file} not in manifest"))
}

#[test]
fn a_directory_of_bad_files_gives_one_outcome_each() {
    let t = tempfile::tempdir().unwrap();
    let inp = t.path().join("in");
    std::fs::create_dir(&inp).unwrap();
    let utf16 = |le: bool, s: &str| -> Vec<u8> {
        let mut v = if le { vec![0xFF, 0xFE] } else { vec![0xFE, 0xFF] };
        for u in s.encode_utf16() {
            v.extend(if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
        v
    };
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("empty.txt", vec![]),
        ("blank.txt", b" \n\t \r\n\xC2\xA0\n".to_vec()),
        ("binary.txt", b"PK\x03\x04\x00\x00binary".to_vec()),
        ("latin1.txt", b"Caf\xE9 di Jakarta ramai pengunjung.".to_vec()),
        ("bom.txt", b"\xEF\xBB\xBFJakarta - Warga berkumpul.".to_vec()),
        ("crlf.txt", b"Jakarta - Satu.\r\nDua.\r\n".to_vec()),
        ("cr.txt", b"Jakarta - Satu.\rDua.\r".to_vec()),
        ("utf16le.txt", utf16(true, "Jakarta \u{2013} Warga berkumpul.")),
        ("utf16be.txt", utf16(false, "Jakarta \u{2013} Warga berkumpul.")),
        ("odd16.txt", vec![0xFF, 0xFE, 0x41]),
        ("quotes.txt", "\"“”„".repeat(3000).into_bytes()),
        ("html.txt", b"<html><body><p>PT Contoh Jaya &quot;membantah&quot; &amp; menolak</p><script>alert('x')</script></body></html>".to_vec()),
    ];
    for (name, bytes) in &files {
        std::fs::write(inp.join(name), bytes).unwrap();
    }
    let out = t.path().join("out");
    let o = denialkb(&["extract", s(&inp), "-o", s(&out)]);
    assert_eq!(o.status.code(), Some(1), "binary input fails, the rest is written: {}", String::from_utf8_lossy(&o.stderr));
    let m = manifest_at(&out.join("manifest.yaml"));
    assert_eq!(m.inputs.len(), files.len(), "one entry per input");
    assert_eq!(m.summary.failed, 2);
    assert_eq!(m.summary.with_records + m.summary.without_records + m.summary.failed, files.len());

    let bin = entry(&m, "binary.txt");
    assert_eq!(bin.outcome, Outcome::Error);
    assert!(bin.reason.as_deref().unwrap().contains("binary"));
    assert!(!out.join("binary.yaml").exists());
    let odd = entry(&m, "odd16.txt");
    assert_eq!(odd.outcome, Outcome::Error);
    assert!(odd.reason.as_deref().unwrap().contains("UTF-16"));
    assert!(String::from_utf8_lossy(&o.stderr).contains("binary.txt: binary data"));

    for name in ["empty.txt", "blank.txt"] {
        let e = entry(&m, name);
        assert_eq!(e.outcome, Outcome::NoDenial);
        assert_eq!(e.warnings, ["empty text"]);
    }
    let latin = entry(&m, "latin1.txt");
    assert!(latin.warnings[0].contains("invalid UTF-8"), "{:?}", latin.warnings);
    let y = std::fs::read_to_string(out.join("latin1.yaml")).unwrap();
    assert!(y.contains("invalid UTF-8"), "warning recorded in the article's output");
    for name in ["bom.txt", "crlf.txt", "cr.txt", "utf16le.txt", "utf16be.txt", "quotes.txt", "html.txt"] {
        let e = entry(&m, name);
        assert_ne!(e.outcome, Outcome::Error, "{name}: {:?}", e.reason);
        assert!(e.warnings.is_empty(), "{name}: {:?}", e.warnings);
    }
    let v = denialkb(&["validate", s(&out)]);
    assert_eq!(v.status.code(), Some(0), "{}", String::from_utf8_lossy(&v.stderr));
}

#[test]
fn decoding_gives_the_text_itself() {
    let t = tempfile::tempdir().unwrap();
    let want = "Jakarta \u{2013} Warga berkumpul.";
    let mut le = vec![0xFF, 0xFE];
    le.extend(want.encode_utf16().flat_map(|u| u.to_le_bytes()));
    let mut be = vec![0xFE, 0xFF];
    be.extend(want.encode_utf16().flat_map(|u| u.to_be_bytes()));
    let bom = [b"\xEF\xBB\xBF".as_slice(), want.as_bytes()].concat();
    for (name, bytes) in [("le.txt", le), ("be.txt", be), ("bom.txt", bom)] {
        let p = t.path().join(name);
        std::fs::write(&p, &bytes).unwrap();
        let a = denialkb::input::read_text_file(&p).unwrap();
        assert_eq!(a.text, want, "{name}");
        assert!(a.warnings.is_empty());
        assert_eq!(a.sha256, denialkb::sha256_hex(&bytes), "hash of the input bytes");
    }
}

#[test]
fn line_ends_do_not_change_what_is_found() {
    let ex = Extractor::builtin();
    let mut r = common::Rng::new(11);
    for _ in 0..5 {
        let lf = common::article(&mut r, true, 1500);
        let base = extract_checked(&ex, &lf);
        for variant in [lf.replace('\n', "\r\n"), lf.replace('\n', "\r")] {
            let out = extract_checked(&ex, &variant);
            let values = |o: &ArticleOutput| o.records.iter().map(|r| (r.company.clone(), r.date.clone())).collect::<Vec<_>>();
            assert_eq!(values(&out), values(&base));
            assert_eq!(out.article.published, base.article.published);
            assert_eq!(out.article.outlet, base.article.outlet);
        }
    }
}

#[test]
fn pathological_texts_do_not_panic_and_stay_exact() {
    let ex = Extractor::builtin();
    let mut r = common::Rng::new(3);
    let news = common::article(&mut r, true, 2000);
    let cases = [
        "\"".repeat(5000),
        "“".repeat(3000) + &"”".repeat(2000),
        format!("“{}", news.replace('\n', " ")),
        "PT Contoh membantah \"tuduhan \"palsu\" itu\" kata dia. \u{201C}Kami \u{2018}tidak\u{2019} \u{201C}pernah\u{201D} melakukannya.".repeat(200),
        format!("<div class=\"x\"><p>{}</p></div>&nbsp;&amp;&#8220;&#x201D;", news.replace('\n', "</p><p>")),
        "PT. PT PT Tbk. membantah membantah. . . ! ? ...".repeat(500),
        "\u{FEFF}\u{200B}\u{00A0}\u{2028}\u{2029}\u{0085}\t\x0B\x0C".repeat(300),
        "🙂 PT Ñandú membantah «tuduhan» „itu“ ‚x‘ 『y』".repeat(300),
        format!("{}{}", "a".repeat(200_000), news),
        news.replace(' ', "").repeat(20),
    ];
    for text in &cases {
        extract_checked(&ex, text);
    }
}

#[test]
fn a_long_single_line_article_completes() {
    // The 50 MB case runs in `cargo bench` (timed there); here a 4 MB line in a debug build.
    let mut r = common::Rng::new(8);
    let mut text = String::new();
    while text.len() < 4 << 20 {
        let deny = r.below(5) == 0;
        text.push_str(&common::article(&mut r, deny, 3000).replace('\n', " "));
    }
    let t = tempfile::tempdir().unwrap();
    let corpus = t.path().join("one.jsonl");
    std::fs::write(&corpus, serde_json::json!({"id": "big", "text": text}).to_string()).unwrap();
    let o = denialkb(&["extract", s(&corpus), "--format", "jsonl", "--manifest", "/dev/null"]);
    assert_eq!(o.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(denialkb::schema::violations(&v).is_empty());
    let out: ArticleOutput = serde_json::from_value(v).unwrap();
    assert_spans_exact(&text, &out);
}

#[test]
fn an_unwritable_article_file_fails_that_article_only() {
    let t = tempfile::tempdir().unwrap();
    let inp = t.path().join("in");
    std::fs::create_dir(&inp).unwrap();
    for n in ["a", "b", "c"] {
        std::fs::write(inp.join(format!("{n}.txt")), "Warga berkumpul.").unwrap();
    }
    let out = t.path().join("out");
    // A directory where b.yaml should go: its rename fails, even for root.
    std::fs::create_dir_all(out.join("b.yaml").join("x")).unwrap();
    let o = denialkb(&["extract", s(&inp), "-o", s(&out)]);
    assert_eq!(o.status.code(), Some(1));
    let m = manifest_at(&out.join("manifest.yaml"));
    let outcomes: Vec<Outcome> = m.inputs.iter().map(|e| e.outcome).collect();
    assert_eq!(outcomes, [Outcome::NoDenial, Outcome::Error, Outcome::NoDenial]);
    assert!(m.inputs[1].reason.as_deref().unwrap().starts_with("cannot write output"));
    assert!(out.join("a.yaml").is_file() && out.join("c.yaml").is_file());
    let leftovers: Vec<_> = std::fs::read_dir(&out).unwrap().filter_map(|e| e.ok()).filter(|e| e.file_name().to_string_lossy().ends_with(".tmp")).collect();
    assert!(leftovers.is_empty(), "failed write cleaned up its temporary file");
}

#[test]
fn a_killed_run_leaves_whole_files_and_a_rerun_completes_the_set() {
    let t = tempfile::tempdir().unwrap();
    let inp = t.path().join("in");
    let n = 3000;
    common::write_dir(&inp, n, 10, 1);
    let out = t.path().join("out");
    std::fs::create_dir(&out).unwrap();
    // A leftover from an earlier killed run (another pid).
    std::fs::write(out.join(".art0000005.yaml.999999.tmp"), "schema_version: 1\narticle:\n  id: [").unwrap();
    let mut child = Command::new(BIN)
        .args(["extract", s(&inp), "-o", s(&out), "-j", "1"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(400));
    child.kill().unwrap();
    child.wait().unwrap();
    // Whatever was written is whole: every visible file parses and validates.
    let v = denialkb(&["validate", s(&out)]);
    assert_ne!(v.status.code(), Some(2));
    assert!(v.stderr.is_empty(), "partial file after kill: {}", String::from_utf8_lossy(&v.stderr));
    let o = denialkb(&["extract", s(&inp), "-o", s(&out)]);
    assert_eq!(o.status.code(), Some(0));
    let yaml = std::fs::read_dir(&out).unwrap().filter_map(|e| e.ok()).filter(|e| e.file_name().to_string_lossy().ends_with(".yaml")).count();
    assert_eq!(yaml, n + 1, "every article and the manifest");
    assert_eq!(manifest_at(&out.join("manifest.yaml")).summary.articles, n);
    let v = denialkb(&["validate", s(&out)]);
    assert_eq!(v.status.code(), Some(0), "{}", String::from_utf8_lossy(&v.stderr));
}

#[test]
fn validate_reports_where_each_problem_is() {
    let t = tempfile::tempdir().unwrap();
    let syntax = t.path().join("syntax.yaml");
    std::fs::write(&syntax, "schema_version: 1\narticle:\n  id: \"a\n  source: x\n").unwrap();
    let schema = t.path().join("schema.yaml");
    let good = denialkb::output::render_yaml(&Extractor::builtin().extract(&Article::from_text("a", "a.txt", "Teks."))).unwrap();
    std::fs::write(&schema, good.replace("published: null", "published: 13 Januari 2021")).unwrap();
    let lines = t.path().join("a.jsonl");
    let json = serde_json::to_string(&denialkb::yaml::to_json_value("g", &good).unwrap()).unwrap();
    std::fs::write(&lines, format!("{json}\n{}\n{{oops\n", json.replace("\"records\":[]", "\"records\":[{}]"))).unwrap();
    let o = denialkb(&["validate", s(&syntax), s(&schema), s(&lines)]);
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("syntax.yaml: YAML: line "), "{err}");
    assert!(err.contains("column"), "{err}");
    assert!(err.contains("schema.yaml: article.published:"), "{err}");
    assert!(err.contains("a.jsonl:2: records[0]:"), "{err}");
    assert!(err.contains("a.jsonl:3:2: JSON:"), "{err}");
    let summary = String::from_utf8_lossy(&o.stdout);
    assert!(summary.contains("3 files, 5 documents checked: 1 valid, 4 invalid"), "{summary}");
    let missing = denialkb(&["validate", s(&t.path().join("nope.yaml"))]);
    assert_eq!(missing.status.code(), Some(2));
}
