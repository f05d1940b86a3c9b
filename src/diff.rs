//! `denialkb diff OLD NEW`: what changed between two result sets, in terms of the data model
//! rather than of lines of YAML.
//!
//! A textual diff of YAML files is noisy (a span moving by one character rewrites two lines and
//! hides whether the value changed) and misses what researchers ask: which records appeared or
//! vanished, which values changed, and which rule is now responsible. So articles are keyed by
//! id, records within an article are matched by company (case-insensitive, in order when a
//! company has several records), and each field is compared by value, rule id and span.
//!
//! OLD and NEW may each be an output directory (`<id>.yaml` files), a single YAML file, or a
//! JSONL result file (one JSON `ArticleOutput` per line).

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::Error;
use crate::record::{ArticleOutput, Evidence, Record};

/// Record fields compared, in display order (the company is the matching key but a change of
/// case is still reported).
const RECORD_FIELDS: &[&str] = &["company", "allegation", "denial_quote", "quote_kind", "speaker", "date", "outlet"];

/// Read a result set: an output directory, one YAML output file, or a JSONL result file.
/// Articles come back sorted by id; a duplicate id is an error naming both places.
pub fn load_results(path: &Path) -> Result<BTreeMap<String, ArticleOutput>, Error> {
    let mut found: Vec<(String, ArticleOutput)> = Vec::new();
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.is_dir() {
        for file in yaml_files(path)? {
            let out = read_yaml_output(&file)?;
            found.push((file.display().to_string(), out));
        }
    } else if is_jsonl(path) {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        for (n, line) in text.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let place = format!("{}:{}", path.display(), n + 1);
            let out: ArticleOutput = serde_json::from_str(line)
                .map_err(|e| Error::Input { input: place.clone(), reason: format!("not a JSON article output: {e}") })?;
            found.push((place, out));
        }
    } else {
        found.push((path.display().to_string(), read_yaml_output(path)?));
    }
    let mut map: BTreeMap<String, (String, ArticleOutput)> = BTreeMap::new();
    for (place, out) in found {
        let id = out.article.id.clone();
        if let Some((first, _)) = map.get(&id) {
            return Err(Error::Input { input: place, reason: format!("article id `{id}` already read from {first}") });
        }
        map.insert(id, (place, out));
    }
    Ok(map.into_iter().map(|(id, (_, out))| (id, out)).collect())
}

/// A file whose name ends in `.jsonl` / `.ndjson`, or whose first non-blank byte is `{`.
pub fn is_jsonl(path: &Path) -> bool {
    if path.extension().is_some_and(|e| e == "jsonl" || e == "ndjson") {
        return true;
    }
    let mut head = [0u8; 512];
    let n = std::fs::File::open(path).and_then(|mut f| std::io::Read::read(&mut f, &mut head)).unwrap_or(0);
    head[..n].iter().find(|c| !c.is_ascii_whitespace()) == Some(&b'{')
}

/// The `.yaml`/`.yml` files of a directory (not hidden, not recursive, not the run's
/// `manifest.yaml`), sorted.
pub fn yaml_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let mut v = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
        let p = entry.map_err(|e| Error::io(dir, e))?.path();
        let hidden = p.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.'));
        let manifest = p.file_name().is_some_and(|n| n == "manifest.yaml");
        if !hidden && !manifest && p.is_file() && p.extension().is_some_and(|e| e == "yaml" || e == "yml") {
            v.push(p);
        }
    }
    v.sort();
    Ok(v)
}

/// Read one `<id>.yaml` output file.
pub fn read_yaml_output(path: &Path) -> Result<ArticleOutput, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    crate::yaml::from_str(&path.display().to_string(), &text)
}

/// One changed field: old and new value, rule and span (character offsets).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
    pub old_rule: Option<String>,
    pub new_rule: Option<String>,
    pub old_span: Option<(usize, usize)>,
    pub new_span: Option<(usize, usize)>,
}

/// The changes of one record matched in both runs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RecordChange {
    pub company: String,
    pub fields: Vec<FieldChange>,
}

/// Everything that changed in one article present in both runs.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ArticleDiff {
    pub id: String,
    /// Changes of `article.*` facts (outlet, published, url, sha256, source, warnings).
    pub article: Vec<FieldChange>,
    pub records_added: Vec<Record>,
    pub records_removed: Vec<Record>,
    pub records_changed: Vec<RecordChange>,
}

/// Counts for the summary line.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// Articles in either run.
    pub articles_compared: usize,
    pub articles_added: usize,
    pub articles_removed: usize,
    /// Records added, including those of added articles.
    pub records_added: usize,
    /// Records removed, including those of removed articles.
    pub records_removed: usize,
    /// Changed fields of matched records and of article facts.
    pub fields_changed: usize,
}

/// The semantic difference of two result sets.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diff {
    pub summary: Summary,
    /// Articles only in NEW, with their records.
    pub articles_added: Vec<ArticleOutput>,
    /// Articles only in OLD, with their records.
    pub articles_removed: Vec<ArticleOutput>,
    /// Articles in both that differ.
    pub changed: Vec<ArticleDiff>,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.articles_added.is_empty() && self.articles_removed.is_empty() && self.changed.is_empty()
    }
}

/// Compare two result sets.
pub fn diff(old: &BTreeMap<String, ArticleOutput>, new: &BTreeMap<String, ArticleOutput>) -> Diff {
    let mut d = Diff { summary: Summary::default(), articles_added: vec![], articles_removed: vec![], changed: vec![] };
    let mut ids: Vec<&String> = old.keys().chain(new.keys()).collect();
    ids.sort();
    ids.dedup();
    d.summary.articles_compared = ids.len();
    for id in ids {
        match (old.get(id), new.get(id)) {
            (Some(o), None) => {
                d.summary.records_removed += o.records.len();
                d.articles_removed.push(o.clone());
            }
            (None, Some(n)) => {
                d.summary.records_added += n.records.len();
                d.articles_added.push(n.clone());
            }
            (Some(o), Some(n)) => {
                let a = diff_article(o, n);
                d.summary.records_added += a.records_added.len();
                d.summary.records_removed += a.records_removed.len();
                d.summary.fields_changed += a.article.len() + a.records_changed.iter().map(|r| r.fields.len()).sum::<usize>();
                if !(a.article.is_empty() && a.records_added.is_empty() && a.records_removed.is_empty() && a.records_changed.is_empty()) {
                    d.changed.push(a);
                }
            }
            (None, None) => {}
        }
    }
    d.summary.articles_added = d.articles_added.len();
    d.summary.articles_removed = d.articles_removed.len();
    d
}

fn diff_article(o: &ArticleOutput, n: &ArticleOutput) -> ArticleDiff {
    let (oa, na) = (&o.article, &n.article);
    let mut article = Vec::new();
    let facts: [(&str, Option<String>, Option<String>); 6] = [
        ("outlet", oa.outlet.clone(), na.outlet.clone()),
        ("published", oa.published.clone(), na.published.clone()),
        ("url", oa.url.clone(), na.url.clone()),
        ("sha256", Some(oa.sha256.clone()), Some(na.sha256.clone())),
        ("source", Some(oa.source.clone()), Some(na.source.clone())),
        ("warnings", join(&oa.warnings), join(&na.warnings)),
    ];
    for (name, ov, nv) in facts {
        if let Some(c) = compare(name, ov, nv, oa.evidence.get(name), na.evidence.get(name)) {
            article.push(c);
        }
    }

    // Match records by lower-cased company, pairing in order of appearance.
    let mut new_by_key: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, r) in n.records.iter().enumerate() {
        new_by_key.entry(r.company.to_lowercase()).or_default().push(i);
    }
    for v in new_by_key.values_mut() {
        v.reverse();
    }
    let mut matched = vec![false; n.records.len()];
    let mut out = ArticleDiff { id: na.id.clone(), article, records_added: vec![], records_removed: vec![], records_changed: vec![] };
    for r in &o.records {
        match new_by_key.get_mut(&r.company.to_lowercase()).and_then(|v| v.pop()) {
            Some(j) => {
                matched[j] = true;
                let fields = diff_record(r, &n.records[j]);
                if !fields.is_empty() {
                    out.records_changed.push(RecordChange { company: n.records[j].company.clone(), fields });
                }
            }
            None => out.records_removed.push(r.clone()),
        }
    }
    for (j, r) in n.records.iter().enumerate() {
        if !matched[j] {
            out.records_added.push(r.clone());
        }
    }
    out
}

fn join(v: &[String]) -> Option<String> {
    if v.is_empty() { None } else { Some(v.join("; ")) }
}

/// A record's value of a field, as text.
pub fn record_value(r: &Record, field: &str) -> Option<String> {
    match field {
        "company" => Some(r.company.clone()),
        "allegation" => r.allegation.clone(),
        "denial_quote" => r.denial_quote.clone(),
        "quote_kind" => r.quote_kind.map(|k| format!("{k:?}").to_lowercase()),
        "speaker" => r.speaker.clone(),
        "date" => r.date.clone(),
        "outlet" => r.outlet.clone(),
        _ => None,
    }
}

fn diff_record(o: &Record, n: &Record) -> Vec<FieldChange> {
    RECORD_FIELDS
        .iter()
        .filter_map(|f| compare(f, record_value(o, f), record_value(n, f), o.evidence.get(*f), n.evidence.get(*f)))
        .collect()
}

/// A change when the value, the rule or the span differs.
fn compare(field: &str, ov: Option<String>, nv: Option<String>, oe: Option<&Evidence>, ne: Option<&Evidence>) -> Option<FieldChange> {
    let span = |e: Option<&Evidence>| e.and_then(|e| Some((e.start?, e.end?)));
    let rule = |e: Option<&Evidence>| e.map(|e| e.rule.clone());
    let c = FieldChange {
        field: field.to_string(),
        old: ov,
        new: nv,
        old_rule: rule(oe),
        new_rule: rule(ne),
        old_span: span(oe),
        new_span: span(ne),
    };
    let same = c.old == c.new && c.old_rule == c.new_rule && c.old_span == c.new_span;
    if same { None } else { Some(c) }
}

/// The summary line: `N articles compared, M records added, K removed, J fields changed`.
pub fn summary_line(s: &Summary) -> String {
    let mut line = format!(
        "{} articles compared, {} records added, {} removed, {} fields changed",
        s.articles_compared, s.records_added, s.records_removed, s.fields_changed
    );
    if s.articles_added + s.articles_removed > 0 {
        line.push_str(&format!(" ({} articles only in NEW, {} only in OLD)", s.articles_added, s.articles_removed));
    }
    line
}

struct Paint(bool);

impl Paint {
    fn wrap(&self, code: &str, s: &str) -> String {
        if self.0 { format!("\x1b[{code}m{s}\x1b[0m") } else { s.to_string() }
    }
    fn add(&self, s: &str) -> String {
        self.wrap("32", s)
    }
    fn del(&self, s: &str) -> String {
        self.wrap("31", s)
    }
    fn head(&self, s: &str) -> String {
        self.wrap("1", s)
    }
}

fn show(v: &Option<String>) -> String {
    match v {
        Some(s) => format!("{s:?}"),
        None => "null".to_string(),
    }
}

fn show_rule_span(rule: &Option<String>, span: &Option<(usize, usize)>) -> String {
    let mut s = rule.clone().unwrap_or_else(|| "-".into());
    if let Some((a, b)) = span {
        s.push_str(&format!(" @{a}..{b}"));
    }
    s
}

fn render_change(p: &Paint, c: &FieldChange, indent: &str, out: &mut String) {
    out.push_str(&format!("{indent}{}:\n", c.field));
    if c.old != c.new {
        out.push_str(&format!("{indent}  {}\n", p.del(&format!("- {}", show(&c.old)))));
        out.push_str(&format!("{indent}  {}\n", p.add(&format!("+ {}", show(&c.new)))));
    } else {
        out.push_str(&format!("{indent}  = {} (evidence changed)\n", show(&c.new)));
    }
    if c.old_rule != c.new_rule || c.old_span != c.new_span {
        out.push_str(&format!(
            "{indent}  rule {} -> {}\n",
            show_rule_span(&c.old_rule, &c.old_span),
            show_rule_span(&c.new_rule, &c.new_span)
        ));
    }
}

fn render_record(p: &Paint, sign: char, r: &Record, out: &mut String) {
    let line = format!("  {sign} record {:?}", r.company);
    out.push_str(&if sign == '+' { p.add(&line) } else { p.del(&line) });
    out.push('\n');
    for f in RECORD_FIELDS.iter().skip(1) {
        if let Some(v) = record_value(r, f) {
            let rule = r.evidence.get(*f).map(|e| format!(" [{}]", e.rule)).unwrap_or_default();
            out.push_str(&format!("      {f}: {v:?}{rule}\n"));
        }
    }
}

/// Human-readable text, summary line first; ANSI colour when `color`.
pub fn render_text(d: &Diff, color: bool) -> String {
    let p = Paint(color);
    let mut out = summary_line(&d.summary);
    out.push('\n');
    for a in &d.articles_removed {
        out.push_str(&format!("\n{}\n", p.del(&format!("- article {} ({} records)", a.article.id, a.records.len()))));
    }
    for a in &d.articles_added {
        out.push_str(&format!("\n{}\n", p.add(&format!("+ article {} ({} records)", a.article.id, a.records.len()))));
        for r in &a.records {
            render_record(&p, '+', r, &mut out);
        }
    }
    for a in &d.changed {
        out.push_str(&format!("\n{}\n", p.head(&format!("article {}", a.id))));
        for c in &a.article {
            render_change(&p, &FieldChange { field: format!("article.{}", c.field), ..c.clone() }, "  ", &mut out);
        }
        for r in &a.records_removed {
            render_record(&p, '-', r, &mut out);
        }
        for r in &a.records_added {
            render_record(&p, '+', r, &mut out);
        }
        for rc in &a.records_changed {
            out.push_str(&format!("  ~ record {:?}\n", rc.company));
            for c in &rc.fields {
                render_change(&p, c, "      ", &mut out);
            }
        }
    }
    out
}

/// JSON for tools: `{"summary": {...}, "articles_added": [...], ...}`.
pub fn render_json(d: &Diff) -> Result<String, Error> {
    serde_json::to_string_pretty(d).map_err(|e| Error::Input { input: "<diff>".into(), reason: e.to_string() })
}

/// The `diff` subcommand: exit code 0 identical, 1 different, 2 error (like diff(1)).
pub fn main(old: &Path, new: &Path, format: &str) -> u8 {
    let result = (|| -> Result<(Diff, String), Error> {
        let o = load_results(old)?;
        let n = load_results(new)?;
        let d = diff(&o, &n);
        let text = match format {
            "json" => render_json(&d)? + "\n",
            _ => render_text(&d, std::io::stdout().is_terminal()),
        };
        Ok((d, text))
    })();
    match result {
        Ok((d, text)) => {
            let mut stdout = std::io::stdout().lock();
            if stdout.write_all(text.as_bytes()).and_then(|_| stdout.flush()).is_err() {
                return 2;
            }
            if d.is_empty() { 0 } else { 1 }
        }
        Err(e) => {
            eprintln!("denialkb: {e}");
            2
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{ArticleInfo, SCHEMA_VERSION};

    fn out(id: &str, records: Vec<Record>) -> ArticleOutput {
        ArticleOutput {
            schema_version: SCHEMA_VERSION,
            article: ArticleInfo {
                id: id.into(),
                source: format!("{id}.txt"),
                sha256: "0".repeat(64),
                url: None,
                outlet: None,
                published: None,
                evidence: BTreeMap::new(),
                warnings: vec![],
            },
            records,
        }
    }

    fn rec(company: &str, date: Option<&str>, rule: &str) -> Record {
        let mut evidence = BTreeMap::new();
        evidence.insert("company".to_string(), Evidence::span(0, company.chars().count(), company, "company.lexicon"));
        if let Some(d) = date {
            evidence.insert("date".to_string(), Evidence::span(20, 30, d, rule));
        }
        Record {
            company: company.into(),
            allegation: None,
            denial_quote: None,
            quote_kind: None,
            speaker: None,
            date: date.map(String::from),
            outlet: None,
            evidence,
        }
    }

    fn set(v: Vec<ArticleOutput>) -> BTreeMap<String, ArticleOutput> {
        v.into_iter().map(|o| (o.article.id.clone(), o)).collect()
    }

    #[test]
    fn identical_sets_have_an_empty_diff() {
        let a = set(vec![out("a", vec![rec("PT Satu", Some("2020-01-02"), "date.dateline")])]);
        let d = diff(&a, &a.clone());
        assert!(d.is_empty());
        assert_eq!(summary_line(&d.summary), "1 articles compared, 0 records added, 0 removed, 0 fields changed");
    }

    #[test]
    fn records_match_by_company_case_insensitively() {
        let o = set(vec![out("a", vec![rec("PT Satu", None, ""), rec("Dua", None, "")])]);
        let n = set(vec![out("a", vec![rec("pt satu", None, ""), rec("Tiga", None, "")])]);
        let d = diff(&o, &n);
        let a = &d.changed[0];
        assert_eq!(a.records_added.iter().map(|r| r.company.as_str()).collect::<Vec<_>>(), ["Tiga"]);
        assert_eq!(a.records_removed.iter().map(|r| r.company.as_str()).collect::<Vec<_>>(), ["Dua"]);
        assert_eq!(a.records_changed.len(), 1);
        assert_eq!(a.records_changed[0].fields[0].field, "company");
        assert_eq!(d.summary.fields_changed, 1);
    }

    #[test]
    fn a_rule_change_alone_is_reported_with_both_rule_ids() {
        let o = set(vec![out("a", vec![rec("X", Some("2020-01-02"), "date.dateline")])]);
        let n = set(vec![out("a", vec![rec("X", Some("2020-01-02"), "date.published")])]);
        let d = diff(&o, &n);
        let c = &d.changed[0].records_changed[0].fields[0];
        assert_eq!((c.old_rule.as_deref(), c.new_rule.as_deref()), (Some("date.dateline"), Some("date.published")));
        let text = render_text(&d, false);
        assert!(text.contains("rule date.dateline @20..30 -> date.published @20..30"), "{text}");
        assert!(!text.contains('\x1b'));
        assert!(render_text(&d, true).contains("\x1b["));
    }

    #[test]
    fn added_and_removed_articles_count_their_records() {
        let o = set(vec![out("a", vec![rec("X", None, "")])]);
        let n = set(vec![out("b", vec![rec("Y", None, ""), rec("Z", None, "")])]);
        let d = diff(&o, &n);
        assert_eq!(
            summary_line(&d.summary),
            "2 articles compared, 2 records added, 1 removed, 0 fields changed (1 articles only in NEW, 1 only in OLD)"
        );
        let j: serde_json::Value = serde_json::from_str(&render_json(&d).unwrap()).unwrap();
        assert_eq!(j["summary"]["records_added"], 2);
    }
}
