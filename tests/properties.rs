//! Properties on arbitrary input (proptest): extraction never panics, every evidence span is a
//! valid character range whose slice equals the evidence text, and every output validates
//! against its schema in every format. Decoding and JSONL parsing never panic on any bytes.
//!
//! Two generators: arbitrary Unicode strings, and news-like strings assembled from fragments
//! that reach deep into the extractors (company names, denial verbs, every kind of quote
//! mark, datelines, dates, CR/LF, no-break spaces).

use proptest::prelude::*;

use denialkb::extract::{Article, Extractor, Meta};
use denialkb::input::jsonl::{RawLine, parse_line};
use denialkb::record::ArticleOutput;

fn extractor() -> &'static Extractor {
    static EX: std::sync::OnceLock<Extractor> = std::sync::OnceLock::new();
    EX.get_or_init(Extractor::builtin)
}

const FRAGMENTS: &[&str] = &[
    "PT Sinar Abadi Tbk", "PT. Maju", "Telkomsel", "XL dan Indosat", "Bank Contoh", "Kementerian Keuangan",
    "membantah", "menepis", "menyangkal", "tidak benar", "tuduhan", "kabar", "bahwa", "data pelanggan bocor",
    "kata", "ujar", "ucap", "Direktur Utama", "Budi Santoso", "juru bicara", ",", ".", ". ", "!", "?", ":", ";",
    " ", " ", " ", "\n", "\r\n", "\r", "\n\n", "\u{00A0}", "\t", "\"", "“", "”", "„", "«", "»", "'", "‘", "’", "″",
    "JAKARTA, KOMPAS.com - ", "Jakarta (ANTARA) - ", "Liputan6.com, Jakarta - ", "Senin (12/4/2021)",
    "12 Januari 2021", "2021", "13/13/2021", "31 Februari", "Baca Juga:", "Advertisement", "(foto: detikcom)",
    "Rp 2,5 miliar", "100%", "🙂", "é", "\u{200B}", "\u{FEFF}", "<p>", "</p>", "&quot;", "&amp;", "Tbk.",
    "kemarin", "Sabtu", "pukul 10.00 WIB", "https://www.kompas.com/a/b", "@", "#", "—", "–", "...", "…",
];

fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(FRAGMENTS), 0..300).prop_map(|v| v.concat())
}

fn meta() -> impl Strategy<Value = Meta> {
    (
        prop::option::of(prop::sample::select(&["https://www.kompas.com/x", "http://detik.com", "not a url", ""][..])),
        prop::option::of(prop::sample::select(&["2021-04-12", "2021-04-12T10:00:00+07:00", "kemarin", "2021-13-45"][..])),
        prop::option::of(".{0,20}"),
    )
        .prop_map(|(url, published, title)| Meta {
            url: url.map(String::from),
            published: published.map(String::from),
            title,
            ..Meta::default()
        })
}

/// The three properties, for one text.
fn check(text: &str, meta: Meta) -> Result<(), TestCaseError> {
    let mut art = Article::from_text("p", "p.txt", text);
    art.meta = meta;
    let out: ArticleOutput = extractor().extract(&art);
    let chars: Vec<char> = text.chars().collect();
    let all = out.article.evidence.values().chain(out.records.iter().flat_map(|r| r.evidence.values()));
    for ev in all {
        match (ev.start, ev.end, &ev.key) {
            (Some(a), Some(b), None) => {
                prop_assert!(a <= b && b <= chars.len(), "span {}..{} of {} chars ({})", a, b, chars.len(), ev.rule);
                let slice: String = chars[a..b].iter().collect();
                prop_assert_eq!(&slice, &ev.text, "rule {}", &ev.rule);
            }
            (None, None, Some(_)) => {}
            other => prop_assert!(false, "evidence neither span nor key: {:?}", other),
        }
    }
    let yaml = denialkb::output::render_yaml(&out);
    prop_assert!(yaml.is_ok(), "YAML output invalid: {:?}", yaml.err());
    let back = denialkb::yaml::to_json_value("p", &yaml.unwrap()).unwrap();
    prop_assert!(denialkb::schema::violations(&back).is_empty(), "YAML does not round-trip to a valid document");
    let json = denialkb::output::render_json_line(&out);
    prop_assert!(json.is_ok(), "JSON output invalid: {:?}", json.err());
    let rows = denialkb::output::records::render_lines(&out);
    prop_assert!(rows.is_ok(), "record rows invalid: {:?}", rows.err());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings(text in any::<String>(), meta in meta()) {
        check(&text, meta)?;
    }

    #[test]
    fn news_like_strings(text in news_like(), meta in meta()) {
        check(&text, meta)?;
    }

    #[test]
    fn decoding_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Ok((text, _)) = denialkb::input::decode(&bytes) {
            prop_assert!(!text.contains('\0'));
        }
    }

    #[test]
    fn jsonl_lines_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300), line in 1usize..4) {
        let _ = parse_line("c.jsonl", "c", &RawLine { line, bytes });
    }

    #[test]
    fn jsonl_text_round_trips(text in any::<String>(), id in any::<String>()) {
        let line = serde_json::json!({"id": id, "text": text}).to_string();
        match parse_line("c.jsonl", "c", &RawLine { line: 2, bytes: line.into_bytes() }) {
            Ok(Some(a)) => {
                prop_assert_eq!(&a.text, &text);
                prop_assert_eq!(a.source, "c.jsonl:2");
                prop_assert!(!a.id.is_empty() && !a.id.starts_with('.') && !a.id.contains('/'));
            }
            Ok(None) => prop_assert!(false, "an object line is never blank"),
            Err(e) => prop_assert!(text.contains('\0'), "rejected: {}", e),
        }
    }
}
