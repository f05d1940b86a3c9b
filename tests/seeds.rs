//! The five seed articles: a reviewed snapshot per seed, the committed `out/` reproduced byte
//! for byte, and deterministic output.

use std::path::{Path, PathBuf};

use denialkb::extract::Extractor;
use denialkb::{input, output, schema, yaml};

fn seed_paths() -> Vec<PathBuf> {
    // Relative paths, as the README's command gives them, so `article.source` matches `out/`.
    let mut v: Vec<PathBuf> = std::fs::read_dir("seeds")
        .expect("seeds/ exists")
        .map(|e| Path::new("seeds").join(e.expect("dir entry").file_name()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    v.sort();
    assert_eq!(v.len(), 5, "five seed articles");
    v
}

fn render(ex: &Extractor, p: &Path) -> (String, String) {
    let art = input::read_text_file(p).expect("seed readable");
    let out = ex.extract(&art);
    (out.article.id.clone(), output::render_yaml(&out).expect("seed output valid"))
}

#[test]
fn seed_snapshots() {
    let ex = Extractor::builtin();
    for p in seed_paths() {
        let (id, yaml) = render(&ex, &p);
        insta::assert_snapshot!(id, yaml);
    }
}

#[test]
fn committed_out_is_reproduced_byte_for_byte() {
    let ex = Extractor::builtin();
    for p in seed_paths() {
        let (id, yaml) = render(&ex, &p);
        let committed = std::fs::read_to_string(Path::new("out").join(format!("{id}.yaml")))
            .unwrap_or_else(|e| panic!("out/{id}.yaml: {e} (run: cargo run --release -- extract seeds -o out)"));
        assert_eq!(yaml, committed, "out/{id}.yaml is stale: re-run the README's extract command");
    }
}

#[test]
fn extraction_is_deterministic() {
    for p in seed_paths() {
        let a = render(&Extractor::builtin(), &p);
        let b = render(&Extractor::builtin(), &p);
        assert_eq!(a, b);
    }
}

#[test]
fn committed_out_validates_against_the_schema() {
    for e in std::fs::read_dir("out").expect("out/ exists") {
        let p = e.expect("entry").path();
        if p.extension().is_none_or(|x| x != "yaml") || p.file_name().is_some_and(|n| n == "manifest.yaml") {
            continue;
        }
        let text = std::fs::read_to_string(&p).expect("readable");
        let v = yaml::to_json_value(&p.display().to_string(), &text).expect("YAML");
        assert!(schema::violations(&v).is_empty(), "{} violates the schema", p.display());
    }
}

#[test]
fn seeds_every_evidence_span_is_the_exact_source_slice() {
    let ex = Extractor::builtin();
    for p in seed_paths() {
        let art = input::read_text_file(&p).expect("seed");
        let out = ex.extract(&art);
        let chars: Vec<char> = art.text.chars().collect();
        let all = out.records.iter().flat_map(|r| r.evidence.values()).chain(out.article.evidence.values());
        for ev in all {
            if let (Some(s), Some(e)) = (ev.start, ev.end) {
                let slice: String = chars[s..e].iter().collect();
                assert_eq!(slice, ev.text, "{}: span {s}..{e} ({})", p.display(), ev.rule);
            }
        }
    }
}
