//! The `extract` command at corpus scale: inputs (files, directories, JSONL, stdin), output
//! formats, manifest and summary, exit codes, thread-count independence, id collisions.

#[path = "../benches/common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use denialkb::output::manifest::{Manifest, Outcome};

const BIN: &str = env!("CARGO_BIN_EXE_denialkb");

fn denialkb(args: &[&str], stdin: Option<&Path>) -> Output {
    let mut c = Command::new(BIN);
    c.args(args);
    c.stdin(match stdin {
        Some(p) => Stdio::from(std::fs::File::open(p).unwrap()),
        None => Stdio::null(),
    });
    c.output().expect("run denialkb")
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn manifest_at(p: &Path) -> Manifest {
    denialkb::yaml::from_str("manifest", &std::fs::read_to_string(p).unwrap()).unwrap()
}

/// The manifest printed on stderr: everything before the final summary line.
fn manifest_on_stderr(o: &Output) -> Manifest {
    let err = String::from_utf8(o.stderr.clone()).unwrap();
    let (yaml, last) = err.trim_end().rsplit_once('\n').unwrap();
    assert!(last.starts_with("denialkb: ") && last.contains("articles read"), "{last}");
    denialkb::yaml::from_str("stderr", yaml).unwrap()
}

fn write_corpus(dir: &Path, n: usize) -> PathBuf {
    let p = dir.join("corpus.jsonl");
    common::write_jsonl(&p, n, 10, 3);
    p
}

fn json_lines(bytes: &[u8]) -> Vec<serde_json::Value> {
    String::from_utf8(bytes.to_vec()).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

#[test]
fn jsonl_file_and_stdin_streams_work_as_documented() {
    let t = tempfile::tempdir().unwrap();
    let corpus = write_corpus(t.path(), 40);
    let a = denialkb(&["extract", s(&corpus), "--format", "jsonl"], None);
    assert_eq!(a.status.code(), Some(0), "{}", String::from_utf8_lossy(&a.stderr));
    let b = denialkb(&["extract", "-", "--format", "jsonl"], Some(&corpus));
    assert_eq!(b.status.code(), Some(0));
    let (a, b) = (json_lines(&a.stdout), json_lines(&b.stdout));
    assert_eq!(a.len(), 40);
    for (i, (x, y)) in a.iter().zip(&b).enumerate() {
        assert_eq!(x["article"]["id"], format!("art{i:07}"), "input order kept");
        assert_eq!(x["article"]["source"], format!("{}:{}", s(&corpus), i + 1));
        assert_eq!(y["article"]["source"], format!("<stdin>:{}", i + 1));
        assert_eq!(x["article"]["url"], format!("https://berita.example/art{i:07}"));
        assert_eq!(x["records"], y["records"]);
        assert!(denialkb::schema::violations(x).is_empty());
    }
}

#[test]
fn thread_count_does_not_change_a_byte() {
    let t = tempfile::tempdir().unwrap();
    let corpus = write_corpus(t.path(), 150);
    let mut outs = Vec::new();
    for threads in ["1", "2", "3"] {
        for format in ["jsonl", "records"] {
            let o = denialkb(&["extract", s(&corpus), "--format", format, "--threads", threads], None);
            assert_eq!(o.status.code(), Some(0));
            outs.push((format, o.stdout, o.stderr));
        }
    }
    for (f, out, err) in &outs[2..] {
        let (_, out0, err0) = outs.iter().find(|(g, ..)| g == f).unwrap();
        assert!(out == out0, "{f} output differs with thread count");
        assert!(err == err0, "{f} manifest differs with thread count");
    }
}

#[test]
fn small_chunks_and_threads_give_the_same_bytes_as_one_chunk() {
    use denialkb::output::Format;
    use denialkb::run::{Options, run};
    let t = tempfile::tempdir().unwrap();
    let corpus = write_corpus(t.path(), 60);
    let ex = denialkb::extract::Extractor::builtin();
    let mut got = Vec::new();
    for (threads, items, bytes) in [(1, 10_000, 1 << 30), (3, 7, 1 << 30), (2, 1000, 5000)] {
        let out = t.path().join(format!("o{threads}.jsonl"));
        let man = t.path().join(format!("m{threads}.yaml"));
        let mut o = Options::new(vec![corpus.clone()], Format::Jsonl);
        (o.output, o.manifest, o.threads, o.window_items, o.window_bytes) = (Some(out.clone()), Some(man.clone()), Some(threads), items, bytes);
        let sum = run(&ex, &o).unwrap();
        assert_eq!(sum.articles, 60);
        let m = std::fs::read_to_string(&man).unwrap().replace(&format!("o{threads}.jsonl"), "o.jsonl");
        got.push((std::fs::read(&out).unwrap(), m));
    }
    assert!(got.iter().all(|g| g == &got[0]));
}

#[test]
fn yaml_and_jsonl_hold_the_same_content() {
    let t = tempfile::tempdir().unwrap();
    let dir = t.path().join("txt");
    common::write_dir(&dir, 25, 5, 9);
    let out = t.path().join("out");
    let y = denialkb(&["extract", s(&dir), "-o", s(&out)], None);
    assert_eq!(y.status.code(), Some(0), "{}", String::from_utf8_lossy(&y.stderr));
    let j = denialkb(&["extract", s(&dir), "--format", "jsonl"], None);
    let lines = json_lines(&j.stdout);
    assert_eq!(lines.len(), 25);
    for v in lines {
        let id = v["article"]["id"].as_str().unwrap();
        let yaml = std::fs::read_to_string(out.join(format!("{id}.yaml"))).unwrap();
        assert_eq!(denialkb::yaml::to_json_value(id, &yaml).unwrap(), v);
    }
    let m = manifest_at(&out.join("manifest.yaml"));
    assert_eq!(m.inputs.len(), 25);
    assert_eq!(m.summary.articles, 25);
    let v = denialkb(&["validate", s(&out)], None);
    assert_eq!(v.status.code(), Some(0), "{}", String::from_utf8_lossy(&v.stderr));
}

#[test]
fn malformed_lines_are_listed_and_the_rest_written() {
    let t = tempfile::tempdir().unwrap();
    let corpus = t.path().join("c.jsonl");
    let good = |id: &str| serde_json::json!({"id": id, "text": "Warga membersihkan taman kota."}).to_string();
    let body = format!("{}\n{{\"id\": \"b\", \"text\": \n\n[1]\n{}\n{{\"id\":\"e\"}}\n{}", good("a"), good("d"), good("g"));
    std::fs::write(&corpus, body).unwrap();
    let o = denialkb(&["extract", s(&corpus), "--format", "jsonl"], None);
    assert_eq!(o.status.code(), Some(1), "some inputs failed");
    let ids: Vec<String> = json_lines(&o.stdout).iter().map(|v| v["article"]["id"].as_str().unwrap().to_string()).collect();
    assert_eq!(ids, ["a", "d", "g"]);
    let m = manifest_on_stderr(&o);
    let lines: Vec<(usize, Outcome)> = m.inputs.iter().map(|e| (e.line.unwrap(), e.outcome)).collect();
    use Outcome::*;
    assert_eq!(lines, [(1, NoDenial), (2, Error), (4, Error), (5, NoDenial), (6, Error), (7, NoDenial)]);
    assert!(m.inputs[1].reason.as_deref().unwrap().starts_with("malformed JSON"));
    assert!(m.inputs[4].reason.as_deref().unwrap().contains("\"text\""));
    let sm = &m.summary;
    assert_eq!((sm.articles, sm.failed), (6, 3));
    assert_eq!(sm.with_records + sm.without_records + sm.failed, sm.articles);
}

#[test]
fn records_rows_match_the_summary_and_validate() {
    let t = tempfile::tempdir().unwrap();
    let corpus = write_corpus(t.path(), 50);
    let rows = t.path().join("rows.jsonl");
    let man = t.path().join("m.yaml");
    let o = denialkb(&["extract", s(&corpus), "--format", "records", "-o", s(&rows), "--manifest", s(&man)], None);
    assert_eq!(o.status.code(), Some(0));
    assert!(o.stdout.is_empty());
    let m = manifest_at(&man);
    let rows_text = std::fs::read_to_string(&rows).unwrap();
    assert_eq!(rows_text.lines().count(), m.summary.records);
    let v = denialkb(&["validate", s(&rows), s(&man)], None);
    assert_eq!(v.status.code(), Some(0), "{}", String::from_utf8_lossy(&v.stderr));
}

#[test]
fn colliding_ids_are_renamed_never_overwritten() {
    let t = tempfile::tempdir().unwrap();
    for (sub, text) in [("a", "Satu."), ("b", "Dua."), ("c", "Tiga.")] {
        std::fs::create_dir_all(t.path().join(sub)).unwrap();
        std::fs::write(t.path().join(sub).join("berita.txt"), text).unwrap();
    }
    std::fs::write(t.path().join("c").join("BERITA~2.txt"), "Empat.").unwrap();
    std::fs::write(t.path().join("c").join("manifest.txt"), "Lima.").unwrap();
    let out = t.path().join("out");
    let o = denialkb(&["extract", s(&t.path().join("a")), s(&t.path().join("b")), s(&t.path().join("c")), "-o", s(&out)], None);
    assert_eq!(o.status.code(), Some(0));
    let m = manifest_at(&out.join("manifest.yaml"));
    let ids: Vec<&str> = m.inputs.iter().map(|e| e.id.as_deref().unwrap()).collect();
    assert_eq!(ids, ["berita", "berita~2", "BERITA~2~2", "berita~3", "manifest~2"]);
    assert!(m.inputs[1].warnings[0].contains("already used"));
    for (id, e) in ids.iter().zip(&m.inputs) {
        let y = std::fs::read_to_string(out.join(format!("{id}.yaml"))).unwrap();
        let v = denialkb::yaml::to_json_value(id, &y).unwrap();
        assert_eq!(v["article"]["source"], e.input.as_str());
    }
    assert_eq!(std::fs::read_dir(&out).unwrap().count(), 6);
}

#[test]
fn exit_status_two_for_usage_and_setup_errors() {
    let t = tempfile::tempdir().unwrap();
    let txt = t.path().join("a.txt");
    std::fs::write(&txt, "Teks.").unwrap();
    let missing = denialkb(&["extract", s(&t.path().join("nope.txt"))], None);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("nope.txt"));
    // A directory below a regular file cannot be created, even by root.
    let bad_dir = txt.join("out");
    let o = denialkb(&["extract", s(&txt), "-o", s(&bad_dir)], None);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains(s(&bad_dir)));
    let o = denialkb(&["extract", s(&txt), "--format", "jsonl", "-o", s(&bad_dir)], None);
    assert_eq!(o.status.code(), Some(2));
    let o = denialkb(&["extract", s(&txt), "--format", "nonsense"], None);
    assert_eq!(o.status.code(), Some(2));
    let o = denialkb(&["extract", "-", "-", "--format", "jsonl"], None);
    assert_eq!(o.status.code(), Some(2));
    let ok = denialkb(&["extract", s(&txt), "-o", s(&t.path().join("out"))], None);
    assert_eq!(ok.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&ok.stdout).contains("1 articles read: 0 with records, 1 without records, 0 failed"));
}

#[test]
fn web_archives_stream_with_skips_in_the_manifest() {
    let t = tempfile::tempdir().unwrap();
    let fx = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/crawl");
    // `-o DIR` with a stream format: DIR/articles.jsonl and DIR/manifest.yaml.
    let o = denialkb(&["extract", s(&fx.join("crawl.warc.gz")), s(&fx.join("corrupt.warc.gz")), "--format", "jsonl", "-o", s(t.path())], None);
    assert_eq!(o.status.code(), Some(1), "a corrupt member fails");
    let lines = std::fs::read_to_string(t.path().join("articles.jsonl")).unwrap();
    let m = manifest_at(&t.path().join("manifest.yaml"));
    let sm = &m.summary;
    assert_eq!(lines.lines().count(), sm.with_records + sm.without_records);
    assert_eq!(m.inputs.len(), sm.articles + sm.skipped);
    assert!(sm.skipped > 0 && sm.failed == 1);
    assert!(m.inputs.iter().filter(|e| e.outcome == Outcome::Skipped).all(|e| e.reason.is_some() && e.input.contains(".warc.gz@")));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains(&format!("failed; {} archive records skipped", sm.skipped)), "{err}");
    let v = denialkb(&["validate", s(t.path())], None);
    assert_eq!(v.status.code(), Some(0), "{}", String::from_utf8_lossy(&v.stderr));
}
