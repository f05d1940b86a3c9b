//! Fuzz target for the extraction entry point: raw bytes are decoded like an input file (and
//! parsed like a JSONL line), extracted, and every output checked: no panic, every evidence
//! span a valid character range equal to its text, every document valid against its schema.
#![no_main]

use denialkb::extract::{Article, Extractor};
use denialkb::input::jsonl::{RawLine, parse_line};
use libfuzzer_sys::fuzz_target;

fn extractor() -> &'static Extractor {
    static EX: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    EX.get_or_init(Extractor::builtin)
}

fn check(article: &Article) {
    let out = extractor().extract(article);
    let chars: Vec<char> = article.text.chars().collect();
    let all = out.article.evidence.values().chain(out.records.iter().flat_map(|r| r.evidence.values()));
    for ev in all {
        if let (Some(a), Some(b)) = (ev.start, ev.end) {
            assert!(a <= b && b <= chars.len(), "span {a}..{b} outside {} chars ({})", chars.len(), ev.rule);
            let slice: String = chars[a..b].iter().collect();
            assert_eq!(slice, ev.text, "evidence differs from source slice ({})", ev.rule);
        }
    }
    denialkb::output::render_yaml(&out).expect("YAML output validates");
    denialkb::output::render_json_line(&out).expect("JSON output validates");
    denialkb::output::records::render_lines(&out).expect("record rows validate");
}

fuzz_target!(|data: &[u8]| {
    if let Ok((text, warnings)) = denialkb::input::decode(data) {
        let mut a = Article::from_text("fuzz", "fuzz.txt", &text);
        a.warnings = warnings;
        check(&a);
    }
    if let Ok(Some(a)) = parse_line("fuzz.jsonl", "fuzz", &RawLine { line: 1, bytes: data.to_vec() }) {
        check(&a);
    }
});
