//! Rendering an evaluation: first the figures exactly as `score.py` prints them (so the two
//! outputs can be diffed), then the rule table and the misses.

use std::fmt::Write;

use super::{Miss, Num, Report, py};

fn num(v: Num) -> String {
    match v {
        Num::Int(n) => n.to_string(),
        Num::Float(f) => py::float_repr(f),
    }
}

/// A value for a terminal line: quoted, control characters escaped, long text shortened.
fn show(v: Option<&str>) -> String {
    match v {
        None => "null".into(),
        Some(s) if s.chars().count() > 160 => format!("{:?}", format!("{}…", s.chars().take(160).collect::<String>())),
        Some(s) => format!("{s:?}"),
    }
}

fn rule_tag(rule: Option<&str>) -> String {
    rule.map(|r| format!(" [{}]", r.escape_debug())).unwrap_or_default()
}

/// Text report: `key  value` lines as `score.py` prints them, then the rule table and misses.
pub fn render_text(r: &Report) -> String {
    let mut out = String::new();
    for (k, v) in &r.scores.0 {
        let _ = writeln!(out, "{k:22} {}", num(*v));
    }
    out.push_str("\nrules (fired: values produced; matched: in records matched to gold; right: judged right there)\n");
    if r.rules.is_empty() {
        out.push_str("  (no rule ids in the predictions)\n");
    } else {
        let w = r.rules.iter().map(|x| x.rule.chars().count()).max().unwrap_or(4).max(4);
        let _ = writeln!(out, "  {:w$}  {:17} {:>6} {:>7} {:>6} {:>6}", "rule", "field", "fired", "matched", "right", "acc");
        for row in &r.rules {
            let (right, acc) = match row.right {
                Some(n) if row.matched > 0 => (n.to_string(), format!("{:.3}", n as f64 / row.matched as f64)),
                Some(n) => (n.to_string(), "-".into()),
                None => ("-".into(), "-".into()),
            };
            let _ = writeln!(
                out,
                "  {:w$}  {:17} {:>6} {:>7} {:>6} {:>6}",
                row.rule.escape_debug().to_string(),
                row.field.escape_debug().to_string(),
                row.fired,
                row.matched,
                right,
                acc
            );
        }
    }
    let _ = writeln!(out, "\nmisses ({})", r.misses.len());
    for m in &r.misses {
        let _ = writeln!(out, "  {}", miss_line(m));
    }
    out
}

fn miss_line(m: &Miss) -> String {
    let art = m.article.escape_debug();
    let company = show(m.company.as_deref());
    match m.kind {
        "unmatched" => format!("{art}: gold record not predicted: {company}"),
        "false_positive" => format!("{art}: false positive: {company}{}", rule_tag(m.rule.as_deref())),
        _ => {
            let who = if m.company.is_some() { format!("{company} ") } else { String::new() };
            let f1 = m.f1.map(|f| format!(" (f1 {f:.2})")).unwrap_or_default();
            format!(
                "{art}: {who}{}{f1}: predicted {}{}; gold {}",
                m.field.unwrap_or("?"),
                show(m.predicted.as_deref()),
                rule_tag(m.rule.as_deref()),
                show(m.gold.as_deref())
            )
        }
    }
}

/// JSON report: one object, `score.py --json`'s keys first in its layout, then `rules` and
/// `misses`.
pub fn render_json(r: &Report) -> String {
    let mut parts: Vec<String> = r.scores.0.iter().map(|(k, v)| format!("\"{k}\": {}", num(*v))).collect();
    let rules = serde_json::to_string(&r.rules).unwrap_or_else(|_| "[]".into());
    let misses = serde_json::to_string(&r.misses).unwrap_or_else(|_| "[]".into());
    parts.push(format!("\"rules\": {rules}"));
    parts.push(format!("\"misses\": {misses}"));
    format!("{{{}}}\n", parts.join(", "))
}
