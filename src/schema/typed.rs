//! The schema's constraints read straight off the typed output, without building a JSON
//! value: the output path checks every article, and building and walking a
//! `serde_json::Value` for it cost as much as a rule pass.
//!
//! [`valid`] says yes only when `schema/article.schema.json` would; when it says no, the
//! caller runs the real schema check, which words the error. The tests check the two agree on
//! generated outputs, valid and not, and pin the schema text so that a change to the schema
//! comes back here.

use crate::record::{ArticleOutput, Evidence, Record, SCHEMA_VERSION};

/// Does `out` satisfy the article schema?
pub fn valid(out: &ArticleOutput) -> bool {
    let a = &out.article;
    out.schema_version == SCHEMA_VERSION
        && SCHEMA_VERSION == 1
        && safe_id(&a.id)
        && !a.source.is_empty()
        && a.sha256.len() == 64
        && a.sha256.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
        && nullable_text(a.outlet.as_deref())
        && nullable_date(a.published.as_deref())
        && a.evidence.iter().all(|(k, e)| matches!(k.as_str(), "outlet" | "published") && evidence(e))
        && out.records.iter().all(record)
}

/// `safe_id`: 1 to 200 characters; none a path separator or control character; no leading dot.
fn safe_id(id: &str) -> bool {
    let banned = |c: char| matches!(c, '/' | '\\' | '\u{0}'..='\u{1f}' | '\u{7f}');
    let mut n = 0usize;
    for (i, c) in id.chars().enumerate() {
        if banned(c) || (i == 0 && c == '.') {
            return false;
        }
        n += 1;
    }
    (1..=200).contains(&n)
}

/// `nullable_text`: null or a non-empty string.
fn nullable_text(s: Option<&str>) -> bool {
    s.is_none_or(|s| !s.is_empty())
}

/// `nullable_date`: null, `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (month 01-12, day 01-31).
fn nullable_date(s: Option<&str>) -> bool {
    let Some(s) = s else { return true };
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let month = |m: &[u8]| matches!(m, [b'0', b'1'..=b'9'] | [b'1', b'0'..=b'2']);
    let day = |d: &[u8]| matches!(d, [b'0', b'1'..=b'9'] | [b'1' | b'2', b'0'..=b'9'] | [b'3', b'0' | b'1']);
    match b.len() {
        4 => digits(0..4),
        7 => digits(0..4) && b[4] == b'-' && month(&b[5..7]),
        10 => digits(0..4) && b[4] == b'-' && month(&b[5..7]) && b[7] == b'-' && day(&b[8..10]),
        _ => false,
    }
}

/// `evidence`: a span (start and end, no key) or a metadata key (non-empty, no span); the
/// rule id `<field>.<rule>`.
fn evidence(e: &Evidence) -> bool {
    let span = e.start.is_some() && e.end.is_some() && e.key.is_none();
    let meta = e.key.as_deref().is_some_and(|k| !k.is_empty()) && e.start.is_none() && e.end.is_none();
    (span || meta) && rule_id(&e.rule)
}

/// `^[a-z]+\.[a-z0-9_]+$`
fn rule_id(r: &str) -> bool {
    let Some((field, rule)) = r.split_once('.') else { return false };
    !field.is_empty()
        && field.bytes().all(|b| b.is_ascii_lowercase())
        && !rule.is_empty()
        && rule.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn record(r: &Record) -> bool {
    const FIELDS: [&str; 6] = ["company", "allegation", "denial_quote", "speaker", "date", "outlet"];
    !r.company.is_empty()
        && nullable_text(r.allegation.as_deref())
        && nullable_text(r.denial_quote.as_deref())
        && nullable_text(r.speaker.as_deref())
        && nullable_text(r.outlet.as_deref())
        && nullable_date(r.date.as_deref())
        && r.evidence.contains_key("company")
        && r.evidence.iter().all(|(k, e)| FIELDS.contains(&k.as_str()) && evidence(e))
}

#[cfg(test)]
mod tests;
