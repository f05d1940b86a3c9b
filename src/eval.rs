//! `denialkb eval`: predictions scored against gold files, agreeing with the reference scorer
//! (`score.py` beside the corpus) on every figure, plus what that scorer does not tell a rule
//! author: which rule produced each value and whether it was right, and the list of misses.
//!
//! Scoring, as in `score.py`: gold records are matched in order to the first unused predicted
//! record whose company matches (normalised names, whole-word containment); a matched record's
//! outlet and date must equal a gold alternative after normalisation, its quote and allegation
//! reach token F1 >= 0.5 against the best alternative. Python's text semantics live in [`py`].
//!
//! Predictions are either files `<id>.yaml` (or `.yml`) in a directory, in the loose formats
//! `score.py` accepts, or the in-memory output of the extractor; both are plain values here.

mod py;
mod report;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Serialize;
use serde_json::{Map, Value};

use crate::error::Error;
use crate::extract::Extractor;

pub use report::{render_json, render_text};

/// One gold file.
#[derive(Debug, Clone)]
pub struct Gold {
    /// The file stem before `.gold.yaml`.
    pub id: String,
    /// The gold document (a mapping).
    pub doc: Value,
}

/// Read every `*.gold.yaml` of a directory (not hidden files), sorted by name as `score.py`'s
/// sorted glob does. Errors name the file.
pub fn load_gold_dir(dir: &Path) -> Result<Vec<Gold>, Error> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| Error::io(dir, e))? {
        let entry = entry.map_err(|e| Error::io(dir, e))?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.starts_with('.') && name.ends_with(".gold.yaml") {
            names.push(name);
        }
    }
    names.sort();
    let mut golds = Vec::with_capacity(names.len());
    for name in names {
        let path = dir.join(&name);
        let doc = read_yaml(&path)?;
        check_gold(&path, &doc)?;
        golds.push(Gold { id: name[..name.len() - ".gold.yaml".len()].to_string(), doc });
    }
    Ok(golds)
}

fn read_yaml(path: &Path) -> Result<Value, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
    crate::yaml::to_json_value(&path.display().to_string(), &text)
}

/// The shape `score.py` needs: a mapping whose `denials` is empty or a list of mappings.
fn check_gold(path: &Path, doc: &Value) -> Result<(), Error> {
    let bad = |reason: &str| Error::Input { input: path.display().to_string(), reason: reason.to_string() };
    let Some(map) = doc.as_object() else {
        return Err(bad("gold file is not a YAML mapping"));
    };
    match map.get("denials") {
        None | Some(Value::Null) => Ok(()),
        Some(Value::Array(a)) if a.iter().all(Value::is_object) => Ok(()),
        Some(v) if !py::truthy(v) => Ok(()),
        Some(_) => Err(bad("`denials` is not a list of mappings")),
    }
}

/// Where predictions come from.
#[derive(Debug, Clone)]
pub enum Predictions {
    /// A directory of `<id>.yaml` / `<id>.yml` files; a missing file is an empty prediction.
    Dir(PathBuf),
    /// Documents by article id (e.g. extractor output as JSON values).
    Docs(BTreeMap<String, Value>),
}

impl Predictions {
    /// The prediction document of an article, `None` when there is none.
    fn get(&self, id: &str) -> Result<Option<Value>, Error> {
        match self {
            Predictions::Docs(m) => Ok(m.get(id).cloned()),
            Predictions::Dir(dir) => {
                let mut path = dir.join(format!("{id}.yaml"));
                if !path.exists() && dir.join(format!("{id}.yml")).exists() {
                    path = dir.join(format!("{id}.yml"));
                }
                if !path.exists() {
                    return Ok(None);
                }
                read_yaml(&path).map(Some)
            }
        }
    }
}

/// Run the extractor over text files in memory; documents keyed by article id.
pub fn predict(ex: &Extractor, paths: &[PathBuf]) -> Result<BTreeMap<String, Value>, Error> {
    let mut docs = BTreeMap::new();
    for p in paths {
        let art = crate::input::read_text_file(p)?;
        let out = ex.extract(&art);
        let value = serde_json::to_value(&out)
            .map_err(|e| Error::Input { input: p.display().to_string(), reason: e.to_string() })?;
        if docs.insert(out.article.id.clone(), value).is_some() {
            return Err(Error::Input {
                input: p.display().to_string(),
                reason: format!("a second input with article id `{}`", out.article.id),
            });
        }
    }
    Ok(docs)
}

/// A reported figure: a count or a rounded ratio.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Num {
    Int(usize),
    Float(f64),
}

impl Num {
    pub fn as_f64(self) -> f64 {
        match self {
            Num::Int(n) => n as f64,
            Num::Float(f) => f,
        }
    }
}

/// The figures of `score.py`, in its order and with its key names.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores(pub Vec<(&'static str, Num)>);

impl Scores {
    pub fn get(&self, key: &str) -> Option<f64> {
        self.0.iter().find(|(k, _)| *k == key).map(|(_, v)| v.as_f64())
    }
}

/// How one rule fared: per field it produced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleRow {
    pub rule: String,
    /// The output field (`company`, `date`, ...; `article.outlet` for the article's own).
    pub field: String,
    /// Values it produced in predicted records (or articles).
    pub fired: usize,
    /// Of those, values in records matched to a gold record (articles: all).
    pub matched: usize,
    /// Of the matched, values judged right; `None` for fields the scorer does not judge.
    pub right: Option<usize>,
}

/// Something a rule author should look at.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Miss {
    pub article: String,
    /// `unmatched` (gold record not predicted), `false_positive`, `wrong_field`.
    pub kind: &'static str,
    /// The gold company (the predicted one for a false positive).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub predicted: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gold: Option<String>,
    /// The rule that produced the predicted value, when the prediction says.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// Token F1 of a quote or allegation against its best gold alternative.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub f1: Option<f64>,
}

/// Everything `eval` reports.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub scores: Scores,
    pub rules: Vec<RuleRow>,
    pub misses: Vec<Miss>,
}

/// A prediction document reduced to what is scored (`load_pred` in score.py).
struct Pred {
    outlet: Option<String>,
    records: Vec<Map<String, Value>>,
    article_evidence: Option<Map<String, Value>>,
}

fn load_pred(doc: Option<Value>) -> Pred {
    let mut p = Pred { outlet: None, records: Vec::new(), article_evidence: None };
    let recs = match doc {
        Some(Value::Array(a)) => a,
        Some(Value::Object(m)) => {
            let recs = match m.get("records") {
                Some(r) if !r.is_null() => r.clone(),
                _ => m.get("denials").cloned().unwrap_or(Value::Null),
            };
            if let Some(Value::Object(art)) = m.get("article") {
                if !art.is_empty() {
                    p.outlet = art.get("outlet").and_then(py::scalar);
                }
                p.article_evidence = art.get("evidence").and_then(Value::as_object).cloned();
            }
            if p.outlet.is_none() {
                p.outlet = m.get("outlet").and_then(py::scalar);
            }
            match recs {
                Value::Array(a) => a,
                _ => Vec::new(),
            }
        }
        _ => Vec::new(),
    };
    p.records = recs.into_iter().filter_map(|r| if let Value::Object(m) = r { Some(m) } else { None }).collect();
    p
}

/// `rec_field`: the first of `keys` present (even if null) gives the value.
fn rec_field(r: &Map<String, Value>, keys: &[&str]) -> Option<String> {
    keys.iter().find_map(|k| r.get(*k)).and_then(py::scalar)
}

/// The rule recorded in a prediction's evidence for a field.
fn rule_of(evidence: Option<&Map<String, Value>>, field: &str) -> Option<String> {
    evidence?.get(field)?.get("rule")?.as_str().map(str::to_string)
}

fn record_evidence(r: &Map<String, Value>) -> Option<&Map<String, Value>> {
    r.get("evidence").and_then(Value::as_object)
}

fn list_with(first: Option<&Value>, rest: Option<&Value>) -> Vec<Value> {
    let mut v = vec![first.cloned().unwrap_or(Value::Null)];
    v.extend(py::py_list(rest.unwrap_or(&Value::Null)));
    v
}

#[derive(Default)]
struct Tally {
    articles: usize,
    negatives: usize,
    neg_fp: usize,
    gold_recs: usize,
    pred_recs: usize,
    tp: usize,
    outlet_ok: usize,
    date_ok: usize,
    quote_f1: f64,
    quote_ok: usize,
    alleg_f1: f64,
    alleg_ok: usize,
    art_outlet_ok: usize,
    missing_files: usize,
}

/// Verdicts on one matched record, by output field name (evidence keys).
fn verdict(field: &str, matched: Option<&[(&'static str, bool)]>) -> Option<bool> {
    let field = match field {
        "source_outlet" => "outlet",
        "denial_quote" => "quote",
        f => f,
    };
    match matched {
        None => Some(false).filter(|_| field == "company"),
        Some(v) => v.iter().find(|(f, _)| *f == field).map(|(_, ok)| *ok),
    }
}

#[derive(Default)]
struct Rules(BTreeMap<(String, String), RuleRow>);

impl Rules {
    fn count(&mut self, rule: String, field: &str, matched: bool, right: Option<bool>) {
        let row = self.0.entry((rule.clone(), field.to_string())).or_insert_with(|| RuleRow {
            rule,
            field: field.to_string(),
            fired: 0,
            matched: 0,
            right: None,
        });
        row.fired += 1;
        if matched {
            row.matched += 1;
        }
        if let Some(ok) = right {
            *row.right.get_or_insert(0) += ok as usize;
        }
    }
}

/// Score predictions against gold, exactly as `score.py` does, with rule table and misses.
pub fn evaluate(golds: &[Gold], preds: &Predictions) -> Result<Report, Error> {
    let mut s = Tally::default();
    let mut rules = Rules::default();
    let mut misses = Vec::new();
    for gold in golds {
        let doc = preds.get(&gold.id)?;
        if doc.is_none() {
            s.missing_files += 1;
        }
        let pred = load_pred(doc);
        s.articles += 1;
        let g = gold.doc.as_object().cloned().unwrap_or_default();
        let grecs: Vec<Map<String, Value>> = match g.get("denials") {
            Some(Value::Array(a)) => a.iter().filter_map(|r| r.as_object().cloned()).collect(),
            _ => Vec::new(),
        };
        let g_outlets: Vec<String> = list_with(g.get("outlet"), g.get("outlet_any"))
            .iter()
            .filter(|o| py::truthy(o))
            .map(|o| py::norm_outlet(&py::py_str(o)))
            .collect();
        let outlet_ok = |o: Option<&str>| match o {
            _ if g_outlets.is_empty() => o.is_none_or(str::is_empty),
            Some(o) => !o.is_empty() && g_outlets.contains(&py::norm_outlet(o)),
            None => false,
        };
        let gold_outlet = g.get("outlet").and_then(py::scalar);

        let mut a_out = pred.outlet.clone();
        let mut a_rule = rule_of(pred.article_evidence.as_ref(), "outlet");
        if a_out.is_none() && !pred.records.is_empty() {
            a_out = rec_field(&pred.records[0], &["outlet", "source_outlet"]);
            a_rule = rule_of(record_evidence(&pred.records[0]), "outlet");
        }
        let a_ok = outlet_ok(a_out.as_deref());
        s.art_outlet_ok += a_ok as usize;
        if let Some(r) = rule_of(pred.article_evidence.as_ref(), "outlet") {
            rules.count(r, "article.outlet", true, Some(a_ok));
        }
        if let Some(r) = rule_of(pred.article_evidence.as_ref(), "published") {
            rules.count(r, "article.published", true, None);
        }
        if !a_ok {
            misses.push(Miss {
                article: gold.id.clone(),
                kind: "wrong_field",
                company: None,
                field: Some("article.outlet"),
                predicted: a_out.clone(),
                gold: gold_outlet.clone(),
                rule: a_rule,
                f1: None,
            });
        }
        if grecs.is_empty() {
            s.negatives += 1;
            s.neg_fp += !pred.records.is_empty() as usize;
        }
        s.gold_recs += grecs.len();
        s.pred_recs += pred.records.len();

        let mut used: Vec<Option<Vec<(&'static str, bool)>>> = vec![None; pred.records.len()];
        for gr in &grecs {
            let gold_company = gr.get("company").and_then(py::scalar);
            let m = (0..pred.records.len()).find(|&i| {
                used[i].is_none()
                    && py::company_match(&rec_field(&pred.records[i], &["company"]).unwrap_or_default(), &Value::Object(gr.clone()))
            });
            let Some(m) = m else {
                misses.push(Miss {
                    article: gold.id.clone(),
                    kind: "unmatched",
                    company: gold_company,
                    field: None,
                    predicted: None,
                    gold: None,
                    rule: None,
                    f1: None,
                });
                continue;
            };
            let p = &pred.records[m];
            s.tp += 1;
            let po = rec_field(p, &["outlet", "source_outlet"]).or_else(|| pred.outlet.clone());
            let o_ok = outlet_ok(po.as_deref());
            let pd = p.get("date").and_then(py::norm_date);
            let g_dates: Vec<String> =
                list_with(gr.get("date"), gr.get("date_any")).iter().filter_map(py::norm_date).collect();
            let d_ok = if g_dates.is_empty() { pd.is_none() } else { pd.as_ref().is_some_and(|d| g_dates.contains(d)) };
            let p_quote = rec_field(p, &["denial_quote", "quote"]).unwrap_or_default();
            let qf = py::best_f1(&p_quote, &list_with(gr.get("quote"), gr.get("quote_any")));
            let p_alleg = rec_field(p, &["allegation"]).unwrap_or_default();
            let af = py::best_f1(&p_alleg, &list_with(gr.get("allegation"), gr.get("allegation_any")));
            s.outlet_ok += o_ok as usize;
            s.date_ok += d_ok as usize;
            s.quote_f1 += qf;
            s.quote_ok += (qf >= 0.5) as usize;
            s.alleg_f1 += af;
            s.alleg_ok += (af >= 0.5) as usize;

            let ev = record_evidence(p);
            let gtext = |k: &str| gr.get(k).and_then(py::scalar);
            let checks = [
                ("outlet", o_ok, po, gold_outlet.clone(), None),
                ("date", d_ok, pd, gr.get("date").and_then(py::norm_date), None),
                ("quote", qf >= 0.5, Some(p_quote), gtext("quote"), Some(qf)),
                ("allegation", af >= 0.5, Some(p_alleg), gtext("allegation"), Some(af)),
            ];
            used[m] = Some(checks.iter().map(|c| (c.0, c.1)).chain([("company", true)]).collect());
            for (field, ok, predicted, gold_value, f1) in checks {
                if !ok {
                    let key = if field == "quote" && p.contains_key("denial_quote") { "denial_quote" } else { field };
                    misses.push(Miss {
                        article: gold.id.clone(),
                        kind: "wrong_field",
                        company: gold_company.clone(),
                        field: Some(field),
                        predicted: predicted.filter(|v| !v.is_empty()),
                        gold: gold_value,
                        rule: rule_of(ev, key),
                        f1,
                    });
                }
            }
        }
        for (i, p) in pred.records.iter().enumerate() {
            let judged = used[i].as_deref();
            for (field, e) in record_evidence(p).into_iter().flatten() {
                if let Some(r) = e.get("rule").and_then(Value::as_str) {
                    rules.count(r.to_string(), field, judged.is_some(), verdict(field, judged));
                }
            }
            if judged.is_none() {
                misses.push(Miss {
                    article: gold.id.clone(),
                    kind: "false_positive",
                    company: rec_field(p, &["company"]),
                    field: None,
                    predicted: None,
                    gold: None,
                    rule: rule_of(record_evidence(p), "company"),
                    f1: None,
                });
            }
        }
    }
    Ok(Report { scores: finish(&s), rules: rules.0.into_values().collect(), misses })
}

/// The final figures, computed and rounded in `score.py`'s order of operations.
fn finish(s: &Tally) -> Scores {
    let (g, p, t) = (s.gold_recs, s.pred_recs, s.tp);
    let ratio = |a: f64, b: usize| if b > 0 { a / b as f64 } else { 0.0 };
    let prec = ratio(t as f64, p);
    let rec = ratio(t as f64, g);
    let f = if prec + rec != 0.0 { 2.0 * prec * rec / (prec + rec) } else { 0.0 };
    let field = |x: f64| py::round3(ratio(x, g));
    let company_acc = field(t as f64);
    let outlet_acc = field(s.outlet_ok as f64);
    let date_acc = field(s.date_ok as f64);
    let quote_acc = field(s.quote_ok as f64);
    let allegation_acc = field(s.alleg_ok as f64);
    let mean = py::round3((company_acc + outlet_acc + date_acc + quote_acc + allegation_acc) / 5.0);
    use Num::{Float, Int};
    Scores(vec![
        ("articles", Int(s.articles)),
        ("gold_records", Int(g)),
        ("pred_records", Int(p)),
        ("matched", Int(t)),
        ("missing_files", Int(s.missing_files)),
        ("record_precision", Float(py::round3(prec))),
        ("record_recall", Float(py::round3(rec))),
        ("record_f1", Float(py::round3(f))),
        ("negatives", Int(s.negatives)),
        ("negative_fp_rate", Float(py::round3(ratio(s.neg_fp as f64, s.negatives)))),
        ("company_acc", Float(company_acc)),
        ("outlet_acc", Float(outlet_acc)),
        ("date_acc", Float(date_acc)),
        ("quote_acc", Float(quote_acc)),
        ("quote_f1", Float(field(s.quote_f1))),
        ("allegation_acc", Float(allegation_acc)),
        ("allegation_f1", Float(field(s.alleg_f1))),
        ("article_outlet_acc", Float(py::round3(ratio(s.art_outlet_ok as f64, s.articles)))),
        ("field_acc_mean", Float(mean)),
    ])
}

/// Check scores against a thresholds text: one `key >= value` or `key <= value` per line,
/// `#` comments. Returns the failed lines (empty when all hold), or why the text is invalid.
pub fn check_thresholds(spec: &str, scores: &Scores) -> Result<Vec<String>, String> {
    let mut failed = Vec::new();
    for (n, raw) in spec.lines().enumerate() {
        let line = raw.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        let bad = |why: &str| format!("line {}: {why}: {raw:?}", n + 1);
        let parts: Vec<&str> = line.split_whitespace().collect();
        let [key, op, value] = parts[..] else {
            return Err(bad("expected `key >= value` or `key <= value`"));
        };
        let limit: f64 = value.parse().map_err(|_| bad("not a number"))?;
        let actual = scores.get(key).ok_or_else(|| bad("unknown key"))?;
        let ok = match op {
            ">=" => actual >= limit,
            "<=" => actual <= limit,
            _ => return Err(bad("operator must be >= or <=")),
        };
        if !ok {
            failed.push(format!("{key} = {} (wanted {op} {value})", py::float_repr(actual)));
        }
    }
    Ok(failed)
}
