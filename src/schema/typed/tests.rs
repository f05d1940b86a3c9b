use std::collections::BTreeMap;

use proptest::prelude::*;

use super::valid;
use crate::record::{ArticleInfo, ArticleOutput, Evidence, QuoteKind, Record};

/// The schema these checks were written from. A change to the schema must come with a
/// review of `typed.rs` (and a new hash here).
const SCHEMA_SHA256: &str = "dd02173f0b7ab50baba42935ca7bfeb20b2a215cb4ad66122652df177cee3c2b";

#[test]
fn written_for_this_schema() {
    assert_eq!(crate::sha256_hex(crate::schema::ARTICLE_SCHEMA.as_bytes()), SCHEMA_SHA256, "schema/article.schema.json changed: review src/schema/typed.rs");
}

fn schema_valid(out: &ArticleOutput) -> bool {
    crate::schema::violations(&serde_json::to_value(out).unwrap()).is_empty()
}

// Each field draws a valid value mostly and a bad one sometimes, so that outputs with
// one subtle violation come up often.
const IDS: (&[&str], &[&str]) = (&["a", "art0001", "x.", "é", "_", "~x", "a b"], &[".x", "a/b", "a\\b", "a\u{1f}", "a\u{7f}b", ""]);
const TEXTS: (&[&str], &[&str]) = (&["x", "Kompas", " ", "é"], &[""]);
const DATES: (&[&str], &[&str]) = (
    &["2021", "2021-01", "2021-12-31", "2021-02-30", "0000-10-10", "2021-10-19", "2021-10-20", "2021-10-29"],
    &["2021-00", "2021-13", "2021-1", "2021-02-32", "2021-02-00", "21", "2021-1-01", "2021/01/02", "２０２１", "2021-01-01T00"],
);
const RULES: (&[&str], &[&str]) =
    (&["date.dateline", "company.role_of", "outlet.url_host", "x.y9_"], &["Date.x", "date.", ".x", "date", "a.b.c", "a.b-c", "é.x", "a.B"]);
const KEYS: (&[&str], &[&str]) = (&["company", "allegation", "denial_quote", "speaker", "date", "outlet"], &["published", "quote_kind", ""]);
const ARTICLE_KEYS: (&[&str], &[&str]) = (&["outlet", "published"], &["company", ""]);

fn pick(list: &'static [&'static str]) -> impl Strategy<Value = String> {
    (0..list.len()).prop_map(move |i| list[i].to_string())
}

fn choose(lists: (&'static [&'static str], &'static [&'static str])) -> BoxedStrategy<String> {
    prop_oneof![12 => pick(lists.0), 1 => pick(lists.1)].boxed()
}

fn evidence() -> impl Strategy<Value = Evidence> {
    let span = (any::<u8>(), any::<u8>()).prop_map(|(s, e)| (Some(usize::from(s)), Some(usize::from(e)), None));
    let meta = prop_oneof![8 => Just(Some("url".to_string())), 1 => Just(Some(String::new()))].prop_map(|k| (None, None, k));
    let odd = (any::<Option<u8>>(), any::<Option<u8>>(), prop::option::of(pick(&["url", ""])))
        .prop_map(|(s, e, k)| (s.map(usize::from), e.map(usize::from), k));
    let shape = prop_oneof![6 => span, 6 => meta, 1 => odd];
    (shape, choose(TEXTS), choose(RULES)).prop_map(|((start, end, key), text, rule)| Evidence { start, end, key, text, rule })
}

fn evidence_map(keys: (&'static [&'static str], &'static [&'static str])) -> impl Strategy<Value = BTreeMap<String, Evidence>> {
    prop::collection::btree_map(choose(keys), evidence(), 0..3)
}

fn record() -> impl Strategy<Value = Record> {
    let texts = || prop::option::of(choose(TEXTS));
    (choose(TEXTS), texts(), texts(), texts(), prop::option::of(choose(DATES)), texts(), evidence_map(KEYS), any::<bool>(), 0..10u8)
        .prop_map(|(company, allegation, denial_quote, speaker, date, outlet, mut evidence, direct, with_company)| {
            if with_company > 0 {
                evidence.entry("company".into()).or_insert(Evidence::span(0, 1, "x", "company.x"));
            }
            Record { company, allegation, denial_quote, quote_kind: direct.then_some(QuoteKind::Direct), speaker, date, outlet, evidence }
        })
}

fn output() -> impl Strategy<Value = ArticleOutput> {
    let id = prop_oneof![10 => choose(IDS), 1 => "[a-zé]{195,205}"];
    let sha = prop_oneof![
        8 => Just("0123456789abcdef".repeat(4)),
        1 => Just("A".repeat(64)),
        1 => Just("a".repeat(63)),
        1 => Just("g".repeat(64)),
        1 => Just("a".repeat(65))
    ];
    (
        0..20u8,
        id,
        prop_oneof![10 => Just("c.jsonl:1".to_string()), 1 => Just(String::new())],
        sha,
        prop::option::of(choose(TEXTS)),
        prop::option::of(choose(DATES)),
        evidence_map(ARTICLE_KEYS),
        prop::collection::vec(record(), 0..3),
    )
        .prop_map(|(v, id, source, sha256, outlet, published, evidence, records)| ArticleOutput {
            schema_version: if v > 0 { 1 } else { 2 },
            article: ArticleInfo { id, source, sha256, url: None, outlet, published, evidence, warnings: vec!["w".into()] },
            records,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]
    #[test]
    fn typed_check_agrees_with_the_schema(out in output()) {
        prop_assert_eq!(valid(&out), schema_valid(&out), "{:?}", out);
    }
}

#[test]
fn generated_outputs_are_often_valid_and_often_not() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let (mut yes, mut no) = (0, 0);
    for _ in 0..2000 {
        let out = output().new_tree(&mut runner).unwrap().current();
        if schema_valid(&out) { yes += 1 } else { no += 1 }
    }
    assert!(yes > 200 && no > 200, "valid {yes}, invalid {no}");
}

#[test]
fn extracted_outputs_pass_both_checks() {
    let ex = crate::extract::Extractor::builtin();
    let texts = [
        "JAKARTA, KOMPAS.com - PT Sinar Abadi membantah kabar itu. “Tidak benar,” kata Direktur Utama Budi, Senin (3/4/2023).",
        "Berita biasa tanpa bantahan.\nCopyright © Warta 2019",
        "",
    ];
    for t in texts {
        let out = ex.extract(&crate::extract::Article::from_text("a", "a.txt", t));
        assert!(valid(&out) && schema_valid(&out), "{out:?}");
    }
}
