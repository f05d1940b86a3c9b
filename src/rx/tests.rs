//! `rx::Regex` must give exactly what `regex::Regex` gives.

use proptest::prelude::*;

use super::Regex;

/// Patterns shaped like the rule patterns: word alternations behind Unicode `\b`, phrases
/// with `\s+`, captures, classes, patterns without a literal start.
const PATTERNS: &[&str] = &[
    r"(?i)\b(?:membantah|bantah|menepis|tidak\s+benar|hoaks|kabar)\b",
    r"(?i)\b(?:direktur|kepala|juru\s+bicara|manajer)(?:(?:\s+|\s*,\s*)(?:direktur|kepala|dan|&\s+\p{Lu}\w*))*\b",
    r"\b(?:PT|Bank|CV)\s+((?:[\p{Lu}][\p{L}\p{N}&'’.\-]*[\p{L}\p{N}]|[\p{Lu}])(?:[ \t\u{A0}]+[\p{Lu}][\p{L}]*)*)",
    r"(?i:\bperusahaan|\bpihak)\s+(\p{Lu}\w+)|(?i:\bmaskapai)(?:\s+\p{Ll}+){1,3}\s+(\p{Lu}\w+)",
    r"(?i)(?P<wd>senin|selasa|kamis)?\s*\((?P<d>[0-9]{1,2})/(?P<m>[0-9]{1,2})\)",
    r"(?i)\bks\b|ſ",
    r"(?i)\b(?:ks|ab)",
    r"[0-9]{4,}",
    r"((?:\p{Lu}\w*)(?:\s+\p{Lu}\w*)*)\s+(?:Air|Group|Tbk)\b",
    r"(?i)(\p{Lu}\w*)\s+(?:air|grup|ks)\b",
    r"(?m)^\s*(?P<city>\p{Lu}\w*)\s*,",
    r"x*",
    r"(?i)\b(?:tidak|tak|bukan)\s+(?:\S+\s+)?$",
    r"(?m)^[ \t\u{a0}]*(?P<city>\p{Lu}[\p{L}.'’\-]*)[ \t]*,?[ \t]*\((?P<name>\p{L}[^()\n/]{0,40}?)\)[ \t]*(?:--|[-–—])",
    r"(?m)^\s*(?P<name>[\p{L}\p{N}][\p{L}\p{N}.\-&'’]*)(?:\s*,\s*(?P<city>\p{Lu}\w*))?\s*[-–](?P<rest>\S)?",
    r"(?m)(?:^Budi|^\(|^x)\w*",
    r"^\s*\p{Lu}\w+",
    r"(?m)(?:^|\s)(?P<name>\w+)\s*/",
    r"(?m)^[ \t]*(?P<city>\p{Lu}\w*)[ \t]*,[ \t]*(?P<name>\w+)[ \t]*(?:--|[-–—])",
    r"(?im)^(?:x|bu)[^\n]*?(?:ks|air)",
    r"(?i)^[ \t]*(?:budi|kabar)[^\n]*?(?:air|ks)",
    r"\A\s*(?:Budi|x)\w*",
];

const FRAGMENTS: &[&str] = &[
    "membantah", "Membantah", "MEMBANTAH", "bantah", "menepis", "tidak benar", "tidak\u{a0}benar", "Tidak  Benar",
    "hoaks", "kabar", "Direktur", "kepala", "juru bicara", "juru\nbicara", "Manajer", "dan", "& Co", "PT", "Bank",
    "Sinar Abadi", "perusahaan", "pihak", "maskapai", "penerbangan murah", "Garuda", "Senin", "(3/4)", "(12/11)",
    "ks", "Ks", "\u{212A}s", "ſ", "2021", "12345", "é", "“", "”", "\"", ",", ".", " ", "  ", "\n", "\u{a0}", "x",
    "Jakarta", "tak", "bukan", "itu", "Budi", "Air", "air", "Group", "Tbk", "AIR", "Grup",
    "JAKARTA, Kompas.com - ", "Jakarta (ANTARA) - ", "\r\n", "\n\n", "–", "-", "(", ")", "/",
];

fn text_strategy() -> impl Strategy<Value = String> {
    prop::collection::vec((0..FRAGMENTS.len(), 0..3usize), 0..40).prop_map(|parts| {
        let mut s = String::new();
        for (i, sep) in parts {
            s.push_str(FRAGMENTS[i]);
            s.push_str(["", " ", "é"][sep]);
        }
        s
    })
}

fn same(pattern: &str, re: &Regex, plain: &regex::Regex, text: &str) {
    assert_eq!(re.is_match(text), plain.is_match(text), "is_match {pattern:?} on {text:?}");
    let a: Vec<(usize, usize)> = re.find_iter(text).map(|m| (m.start(), m.end())).collect();
    let b: Vec<(usize, usize)> = plain.find_iter(text).map(|m| (m.start(), m.end())).collect();
    assert_eq!(a, b, "find_iter {pattern:?} on {text:?}");
    let a: Vec<Vec<Option<(usize, usize)>>> = re
        .captures_iter(text)
        .map(|c| (0..c.len()).map(|i| c.get(i).map(|m| (m.start(), m.end()))).collect())
        .collect();
    let b: Vec<Vec<Option<(usize, usize)>>> = plain
        .captures_iter(text)
        .map(|c| (0..c.len()).map(|i| c.get(i).map(|m| (m.start(), m.end()))).collect())
        .collect();
    assert_eq!(a, b, "captures_iter {pattern:?} on {text:?}");
    let a = re.find_at_start(text).map(|m| (m.start(), m.end()));
    let b = plain.find(text).filter(|m| m.start() == 0).map(|m| (m.start(), m.end()));
    assert_eq!(a, b, "find_at_start {pattern:?} on {text:?}");
}

#[test]
fn word_alternations_get_a_literal_scan() {
    let re = Regex::new(PATTERNS[0]).unwrap();
    assert!(re.starts.is_some());
    assert!(Regex::new(PATTERNS[1]).unwrap().starts.is_some());
    // no finite literal start
    assert!(Regex::new(r"[0-9]{4,}x").unwrap().starts.is_none());
    assert!(Regex::new(r"x*").unwrap().starts.is_none());
    // a literal the match must contain, when it has no literal start
    let suffix = Regex::new(r"(\p{Lu}\w*)\s+(?:Air|Group)\b").unwrap();
    assert!(suffix.starts.is_none() && suffix.required.is_some());
    assert!(!suffix.is_match("Sinar Abadi membantah"));
    assert_eq!(suffix.find("kata Lion Air.").map(|m| m.as_str()), Some("Lion Air"));
    // no Unicode word boundary: the DFA copes, no scan
    assert!(Regex::new(r"(?i)(?-u:\b)(?:senin|selasa)(?-u:\b)").unwrap().starts.is_none());
}

#[test]
fn line_start_patterns_search_at_line_starts_only() {
    let lines = |p: &str| Regex::new(p).unwrap().lines.is_some();
    assert!(lines(r"(?m)^\s*(?P<city>\p{Lu}\w*)\s*,"));
    assert!(lines(r"(?m)(?:^a|^b)c"));
    assert!(lines(r"^\p{Lu}"));
    // `^` without `m`: the haystack's start is the only candidate, not every line start
    let text_start = |p: &str| Regex::new(p).unwrap().text_start;
    assert!(text_start(r"^\p{Lu}") && text_start(r"\A(?:a|b)c") && text_start(r"(?i)^[ \t]*kabar[^\n]*air"));
    assert!(!text_start(r"(?m)^\p{Lu}") && !text_start(r"(?m)(?:^a|\Ab)c"));
    let re = Regex::new(r"(?i)^[ \t]*(kabar)[^\n]*air").unwrap();
    assert!(!re.is_match("x\nkabar Lion Air"));
    assert_eq!(re.find("Kabar Lion Air\nkabar air").map(|m| m.range()), Some(0..14));
    // a match may start elsewhere, or be empty
    assert!(!lines(r"(?m)(?:^|\s)x"));
    assert!(!lines(r"(?m)^\s*"));
    assert!(!lines(r"x(?m)^"));
    // within one line: only lines holding a `,` and a dash are searched
    let sets = |p: &str| Regex::new(p).unwrap().lines.map(|s| s.len()).unwrap_or(0);
    assert_eq!(sets(r"(?m)^[ \t]*(\p{Lu}\w*)[ \t]*,[ \t]*(\w+)[ \t]*[-–]"), 2);
    // `\s` may cross lines: no line filter
    assert_eq!(sets(r"(?m)^\s*(\p{Lu}\w*)\s*,\s*(\w+)\s*[-–]"), 0);
    let re = Regex::new(r"(?m)^[ \t]*(\p{Lu}\w*)[ \t]*,[ \t]*(\w+)[ \t]*[-–]").unwrap();
    let hay = "Jakarta, x\nBandung, Kompas -\nSolo - a, b\nMedan,Antara–";
    let found: Vec<&str> = re.captures_iter(hay).map(|c| c.get(2).unwrap().as_str()).collect();
    assert_eq!(found, vec!["Kompas", "Antara"]);
    let re = Regex::new(r"(?m)^(\p{Lu}\w*), ").unwrap();
    let found: Vec<&str> = re.captures_iter("Jakarta, a\nBandung, b\n x, Medan, c\nSolo, ").map(|c| c.get(1).unwrap().as_str()).collect();
    assert_eq!(found, vec!["Jakarta", "Bandung", "Solo"]);
}

#[test]
fn kelvin_sign_and_long_s_are_still_found() {
    let re = Regex::new(r"(?i)\bks\b").unwrap();
    assert!(re.starts.is_some());
    assert!(re.is_match("a \u{212A}s b"));
    assert!(re.is_match("a kſ b"));
    assert_eq!(re.find("x KS").map(|m| m.range()), Some(2..4));
}

#[test]
fn fixed_cases_agree_with_regex() {
    let texts = [
        "PT Sinar Abadi membantah kabar itu. “Tidak benar,” kata Direktur Utama Budi, Senin (3/4).",
        "éMembantah bantahé Hoaks\u{a0}kabar \u{212A}abar",
        "juru\u{a0}bicara Bank Garuda, kepala dan & Co tidak benar itu ",
        "",
        "x",
    ];
    for p in PATTERNS {
        let re = Regex::new(p).unwrap();
        let plain = regex::Regex::new(p).unwrap();
        for t in texts {
            same(p, &re, &plain, t);
        }
    }
}

proptest! {
    #[test]
    fn random_news_like_text_agrees_with_regex(text in text_strategy()) {
        for p in PATTERNS {
            let re = Regex::new(p).unwrap();
            let plain = regex::Regex::new(p).unwrap();
            same(p, &re, &plain, &text);
        }
    }
}

proptest! {
    /// One scan of the whole text stands for each member's own search of any span of it
    /// (sentences, windows, spans crossing line ends and folded characters).
    #[test]
    fn scan_of_the_text_agrees_with_each_pattern_on_its_spans(text in text_strategy(), cuts in prop::collection::vec(0..400usize, 0..6)) {
        let res: Vec<Regex> = PATTERNS.iter().map(|p| Regex::new(p).unwrap()).collect();
        let members: Vec<&Regex> = res.iter().collect();
        let scan = super::Scan::new(&members);
        let scanned = scan.run(&text);
        let mut bounds: Vec<usize> = cuts.iter().map(|&c| text.floor_char_boundary(c.min(text.len()))).collect();
        bounds.extend([0, text.len()]);
        bounds.sort_unstable();
        bounds.dedup();
        let mut spans: Vec<std::ops::Range<usize>> = bounds.windows(2).map(|w| w[0]..w[1]).collect();
        spans.push(0..text.len());
        if bounds.len() > 2 {
            spans.push(bounds[1]..text.len());
        }
        for (k, re) in res.iter().enumerate() {
            for span in &spans {
                let hay = &text[span.clone()];
                let a: Vec<(usize, usize)> = scanned.find_iter(k, re, span.clone()).map(|m| (m.start(), m.end())).collect();
                let b: Vec<(usize, usize)> = re.find_iter(hay).map(|m| (m.start(), m.end())).collect();
                prop_assert_eq!(a, b, "find_iter {:?} on {:?}", PATTERNS[k], hay);
                let a: Vec<Vec<Option<(usize, usize)>>> = scanned
                    .captures_iter(k, re, span.clone())
                    .map(|c| (0..c.len()).map(|i| c.get(i).map(|m| (m.start(), m.end()))).collect())
                    .collect();
                let b: Vec<Vec<Option<(usize, usize)>>> =
                    re.captures_iter(hay).map(|c| (0..c.len()).map(|i| c.get(i).map(|m| (m.start(), m.end()))).collect()).collect();
                prop_assert_eq!(a, b, "captures_iter {:?} on {:?}", PATTERNS[k], hay);
            }
        }
    }
}

#[test]
fn bad_pattern_is_an_error() {
    assert!(Regex::new("(unclosed").is_err());
}

#[test]
fn ascii_fold_characters_are_detected_by_bytes() {
    assert!(super::has_ascii_fold("a \u{212A}"));
    assert!(super::has_ascii_fold("ſ"));
    assert!(!super::has_ascii_fold("“kutipan” – é ¿ Å"));
    assert!(!super::has_ascii_fold("\u{2122}\u{2100}"));
}
