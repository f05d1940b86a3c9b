//! The reference scorer's primitives, reproduced exactly: `score.py` is Python, so agreeing
//! with it to the third decimal means matching Python's `\w` (Unicode letters, numbers and `_`),
//! NFKC + `str.lower`, `str()` of YAML values, `str.strip` and `round(x, 3)`.
//!
//! Values arrive as `serde_json::Value` read through `crate::yaml`. Unquoted YAML dates stay
//! text there while PyYAML makes them dates; both end up as the same `YYYY-MM-DD` text, which is
//! all the scorer looks at. Known divergence (YAML 1.1 only): plain `yes`/`no`/`on`/`off`,
//! sexagesimal `1:30` and octal `017` are read as YAML 1.2 reads them.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;
use unicode_normalization::UnicodeNormalization;

/// Python's `\w` for `str` patterns (checked against CPython over every assigned code point).
static WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"[\p{L}\p{N}_]+").expect("valid regex"));
static DATE_PREFIX: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d{4}(?:-\d{2})?(?:-\d{2})?").expect("valid regex"));
static NON_PRINTABLE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]").expect("valid regex"));

/// Legal-form words dropped from company names (`LEGAL` in score.py).
const LEGAL: &[&str] = &["pt", "tbk", "persero", "inc", "ltd", "corp", "corporation", "company", "co", "group", "indonesia"];
/// Words stripped from outlet names.
const OUTLET_NOISE: &[&str] = &["com", "co", "id", "www", "news", "online"];
/// A predicted company made only of these words matches nothing.
const GENERIC: &[&str] = &[
    "bank", "perusahaan", "pihak", "manajemen", "grup", "holding", "perseroan", "tbk", "pt", "indonesia", "the", "inc",
    "official", "resmi",
];

/// `WORD.findall(unicodedata.normalize("NFKC", s).lower())`.
pub fn tokens(s: &str) -> Vec<String> {
    let folded = s.nfkc().collect::<String>().to_lowercase();
    WORD.find_iter(&folded).map(|m| m.as_str().to_string()).collect()
}

/// `norm_company`: `norm` (tokens joined by spaces) without legal-form words, unless nothing
/// else is left.
pub fn norm_company(s: &str) -> String {
    let all = tokens(s);
    let kept: Vec<&str> = all.iter().map(String::as_str).filter(|t| !LEGAL.contains(t)).collect();
    if kept.is_empty() { all.join(" ") } else { kept.join(" ") }
}

/// `norm_outlet`: domain and `news`/`online` words dropped.
pub fn norm_outlet(s: &str) -> String {
    let kept: Vec<String> = tokens(s).into_iter().filter(|t| !OUTLET_NOISE.contains(&t.as_str())).collect();
    kept.join(" ")
}

/// Token F1 of two texts (multiset overlap), 0 when either has no token.
pub fn f1(pred: &str, gold: &str) -> f64 {
    let (p, g) = (tokens(pred), tokens(gold));
    if p.is_empty() || g.is_empty() {
        return 0.0;
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for t in &g {
        *counts.entry(t).or_default() += 1;
    }
    let mut common = 0usize;
    for t in &p {
        if let Some(c) = counts.get_mut(t.as_str()).filter(|c| **c > 0) {
            *c -= 1;
            common += 1;
        }
    }
    if common == 0 {
        return 0.0;
    }
    let prec = common as f64 / p.len() as f64;
    let rec = common as f64 / g.len() as f64;
    2.0 * prec * rec / (prec + rec)
}

/// Best F1 against the non-empty alternatives.
pub fn best_f1(pred: &str, alts: &[Value]) -> f64 {
    alts.iter().filter(|a| truthy(a)).map(|a| f1(pred, &py_str(a))).fold(0.0, f64::max)
}

/// `company_match`: equal normalised names, or the shorter (3+ characters) a whole-word part
/// of the longer. Names made only of generic words never match.
pub fn company_match(pred: &str, gold: &Value) -> bool {
    let p = norm_company(pred);
    if p.is_empty() || p.split(' ').all(|t| GENERIC.contains(&t)) {
        return false;
    }
    let mut alts = vec![gold.get("company").cloned().unwrap_or(Value::Null)];
    alts.extend(py_list(gold.get("company_any").unwrap_or(&Value::Null)));
    for a in &alts {
        let g = norm_company(&text_or_empty(a));
        if g.is_empty() {
            continue;
        }
        if p == g {
            return true;
        }
        let (short, long) = if p.chars().count() <= g.chars().count() { (&p, &g) } else { (&g, &p) };
        // Both are tokens joined by single spaces, so `\bshort\b` in `long` is a run of tokens.
        if short.chars().count() >= 3 && contains_run(long, short) {
            return true;
        }
    }
    false
}

fn contains_run(long: &str, short: &str) -> bool {
    let l: Vec<&str> = long.split(' ').collect();
    let s: Vec<&str> = short.split(' ').collect();
    s.len() <= l.len() && l.windows(s.len()).any(|w| w == s.as_slice())
}

/// `norm_date`: the `YYYY[-MM[-DD]]` prefix of the value's text, or the stripped text.
pub fn norm_date(v: &Value) -> Option<String> {
    let s = scalar(v)?;
    let s = py_strip(&s);
    Some(DATE_PREFIX.find(s).map_or(s, |m| m.as_str()).to_string())
}

/// `scalar`: a value's text; mappings give their `value`/`text`/`name`/... entry.
pub fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::Object(m) => {
            ["value", "text", "name", "canonical", "iso", "date"].iter().find_map(|k| m.get(*k)).and_then(scalar)
        }
        _ => Some(py_str(v)),
    }
}

/// `(x or "")` for a value used as text.
pub fn text_or_empty(v: &Value) -> String {
    if truthy(v) { py_str(v) } else { String::new() }
}

/// Python truthiness.
pub fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|f| f != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(m) => !m.is_empty(),
    }
}

/// `list(x or [])`: a string gives its characters, a mapping its keys; a lone scalar (where
/// Python would fail) is taken as a one-item list.
pub fn py_list(v: &Value) -> Vec<Value> {
    if !truthy(v) {
        return Vec::new();
    }
    match v {
        Value::Array(a) => a.clone(),
        Value::String(s) => s.chars().map(|c| Value::String(c.to_string())).collect(),
        Value::Object(m) => m.keys().map(|k| Value::String(k.clone())).collect(),
        other => vec![other.clone()],
    }
}

/// Python `str(x)`.
pub fn py_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => py_repr(other),
    }
}

/// Python `repr(x)` of a YAML-loaded value.
pub fn py_repr(v: &Value) -> String {
    match v {
        Value::Null => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => i.to_string(),
            (_, Some(u)) => u.to_string(),
            _ => float_repr(n.as_f64().unwrap_or(f64::NAN)),
        },
        Value::String(s) => str_repr(s),
        Value::Array(a) => format!("[{}]", a.iter().map(py_repr).collect::<Vec<_>>().join(", ")),
        Value::Object(m) => {
            let items: Vec<String> = m.iter().map(|(k, v)| format!("{}: {}", str_repr(k), py_repr(v))).collect();
            format!("{{{}}}", items.join(", "))
        }
    }
}

fn str_repr(s: &str) -> String {
    let q = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(q);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == q => {
                out.push('\\');
                out.push(c);
            }
            ' ' => out.push(' '),
            c if NON_PRINTABLE.is_match(c.encode_utf8(&mut [0; 4])) => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push(q);
    out
}

/// Python `repr(float)`: shortest round-trip digits, exponent form below 1e-4 or from 1e16.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sci = format!("{x:e}");
    let (mant, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if x == 0.0 || (-4..16).contains(&exp) {
        let s = format!("{x}");
        return if s.contains('.') { s } else { format!("{s}.0") };
    }
    let sign = if exp < 0 { '-' } else { '+' };
    format!("{mant}e{sign}{:02}", exp.abs())
}

/// Python `round(x, 3)`: the exact binary value rounded half-to-even at the third decimal
/// (Rust's precision formatting rounds the exact value the same way).
pub fn round3(x: f64) -> f64 {
    format!("{x:.3}").parse().unwrap_or(x)
}

/// Python `str.strip()`: Unicode whitespace plus the separators U+001C..U+001F.
pub fn py_strip(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn tokens_follow_python_word_class() {
        // NFKC folds the ligature and full-width letters; marks split words as in Python.
        assert_eq!(tokens("ﬁrma ＡＢＣ Bank-BRI, 2020_x"), ["firma", "abc", "bank", "bri", "2020_x"]);
        assert_eq!(tokens("“Tidak benar,” ujarnya"), ["tidak", "benar", "ujarnya"]);
        assert_eq!(tokens("e\u{301}"), ["é"]);
        assert_eq!(tokens("ΣΟΦΟΣ"), ["σοφος"]);
        assert_eq!(tokens("x\u{0903}y"), ["x", "y"]);
        assert_eq!(tokens("½ ²"), ["1", "2", "2"]);
    }

    #[test]
    fn company_names_drop_legal_forms_unless_nothing_is_left() {
        assert_eq!(norm_company("PT Bank Rakyat Indonesia (Persero) Tbk"), "bank rakyat");
        assert_eq!(norm_company("PT Tbk"), "pt tbk");
        assert_eq!(norm_company("Co-Op Group"), "op");
        assert_eq!(norm_company(""), "");
    }

    #[test]
    fn outlet_names_drop_domain_words() {
        assert_eq!(norm_outlet("Liputan6.com"), "liputan6");
        assert_eq!(norm_outlet("KONTAN.CO.ID"), "kontan");
        assert_eq!(norm_outlet("ANTARA News"), "antara");
        assert_eq!(norm_outlet("www.news.com"), "");
    }

    #[test]
    fn company_match_by_whole_words() {
        let g = json!({"company": "BRI", "company_any": ["Bank Rakyat Indonesia"]});
        assert!(company_match("PT BRI", &g));
        assert!(company_match("Bank Rakyat", &g));
        assert!(company_match("PT Bank Rakyat Indonesia (Persero) Tbk", &g));
        assert!(!company_match("Bank", &g), "generic");
        assert!(!company_match("Rakya", &g), "not a whole word");
        let g = json!({"company": "Telkomsel"});
        assert!(!company_match("Telkom", &g));
        assert!(company_match("Telkomsel Indonesia", &g));
        let short = json!({"company": "XL"});
        assert!(!company_match("XL Axiata", &short), "two-letter names only match exactly");
        assert!(company_match("xl", &short));
        let num = json!({"company": null, "company_any": [2020]});
        assert!(company_match("2020", &num));
    }

    #[test]
    fn token_f1_counts_multisets() {
        assert_eq!(f1("a a b", "a b b"), 2.0 / 3.0);
        assert_eq!(f1("", "a"), 0.0);
        assert_eq!(f1("x", "y"), 0.0);
        assert!((f1("tidak benar itu", "Itu tidak benar!") - 1.0).abs() < 1e-12);
        assert_eq!(best_f1("a", &[json!(null), json!("b"), json!("a b")]), 2.0 / 3.0);
    }

    #[test]
    fn dates_compare_as_text() {
        assert_eq!(norm_date(&json!(2020)), Some("2020".into()));
        assert_eq!(norm_date(&json!("2019-05-26")), Some("2019-05-26".into()));
        assert_eq!(norm_date(&json!(" 2019-05-26 10:00:00 ")), Some("2019-05-26".into()));
        assert_eq!(norm_date(&json!({"iso": "2019-05"})), Some("2019-05".into()));
        assert_eq!(norm_date(&json!("Mei 2019")), Some("Mei 2019".into()));
        assert_eq!(norm_date(&json!("")), Some("".into()));
        assert_eq!(norm_date(&json!(null)), None);
    }

    #[test]
    fn python_str_of_values() {
        assert_eq!(py_str(&json!(true)), "True");
        assert_eq!(py_str(&json!(1.5)), "1.5");
        assert_eq!(py_str(&json!(["a", 1, null])), "['a', 1, None]");
        assert_eq!(py_str(&json!(["it's"])), "[\"it's\"]");
        assert_eq!(py_str(&json!({"k": "a\nb"})), "{'k': 'a\\nb'}");
        assert_eq!(scalar(&json!({"other": 1})), None);
        assert_eq!(scalar(&json!({"name": {"value": 7}})), Some("7".into()));
        assert_eq!(py_list(&json!("ab")), [json!("a"), json!("b")]);
    }

    #[test]
    fn float_repr_like_python() {
        assert_eq!(float_repr(1.0), "1.0");
        assert_eq!(float_repr(0.0), "0.0");
        assert_eq!(float_repr(0.1), "0.1");
        assert_eq!(float_repr(0.857), "0.857");
        assert_eq!(float_repr(1e-5), "1e-05");
        assert_eq!(float_repr(1.5e16), "1.5e+16");
        assert_eq!(float_repr(123456.0), "123456.0");
    }

    #[test]
    fn round3_is_half_even_on_the_exact_value() {
        assert_eq!(round3(0.0625), 0.062); // exact tie: to even
        assert_eq!(round3(0.1875), 0.188); // exact tie: to even
        assert_eq!(round3(0.0005), 0.001); // 0.0005 is slightly above the tie as a double
        assert_eq!(round3(2.0 / 3.0), 0.667);
        assert_eq!(round3(0.8125), 0.812);
        assert_eq!(round3(1.0), 1.0);
    }

    #[test]
    fn strip_like_python() {
        assert_eq!(py_strip("\u{1f}\u{a0} 2020 \u{3000}"), "2020");
    }
}
