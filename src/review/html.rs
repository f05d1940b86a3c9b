//! The review page: overview (counts, three charts), filters, and one `<details>` per article
//! holding its highlighted text and record tables.
//!
//! Articles start closed: a closed `<details>` is parsed but not laid out, which keeps a page
//! of thousands of articles quick to open. The only script is the page's own (filtering,
//! `#id` links, load time); a Content-Security-Policy pins it by hash and forbids everything
//! else (no network, no other script), a second line of defence behind escaping.

use std::collections::BTreeMap;

use sha2::{Digest, Sha256};

use super::highlight::{self, KINDS};
use super::svg::{self, Bar};
use super::{Collection, Item};
use crate::diff::record_value;

/// Escape text for HTML element content and double- or single-quoted attribute values.
pub fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            _ => o.push(c),
        }
    }
    o
}

const CSS: &str = include_str!("page.css");
const JS: &str = include_str!("page.js");

/// Standard base64 (for the CSP script hash).
fn base64(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut s = String::new();
    for chunk in bytes.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                s.push(A[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                s.push('=');
            }
        }
    }
    s
}

/// The complete page.
pub fn render(col: &Collection) -> String {
    let script_hash = base64(&Sha256::digest(JS.as_bytes()));
    let mut h = String::new();
    h.push_str("<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.push_str(&format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{script_hash}'; img-src data:\">\n"
    ));
    h.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.push_str(&format!("<title>denialkb review: {} articles</title>\n", col.items.len()));
    h.push_str(&format!("<style>{CSS}</style>\n</head>\n<body>\n"));
    h.push_str("<header><h1>denialkb review</h1></header>\n");
    overview(col, &mut h);
    filters(col, &mut h);
    h.push_str("<main id=\"articles\">\n");
    for (n, item) in col.items.iter().enumerate() {
        article(n, item, &mut h);
    }
    h.push_str("</main>\n<footer><span id=\"loadtime\"></span></footer>\n");
    h.push_str(&format!("<script>{JS}</script>\n</body>\n</html>\n"));
    h
}

fn overview(col: &Collection, h: &mut String) {
    let with = col.items.iter().filter(|i| !i.output.records.is_empty()).count();
    let records: usize = col.items.iter().map(|i| i.output.records.len()).sum();
    let (mut company, mut outlet, mut year) = (BTreeMap::new(), BTreeMap::new(), BTreeMap::new());
    for r in col.items.iter().flat_map(|i| &i.output.records) {
        *company.entry(r.company.clone()).or_insert(0usize) += 1;
        *outlet.entry(r.outlet.clone().unwrap_or_else(|| "(unknown)".into())).or_insert(0usize) += 1;
        let y = r.date.as_deref().and_then(|d| d.get(..4)).unwrap_or("(unknown)").to_string();
        *year.entry(y).or_insert(0usize) += 1;
    }
    let years: Vec<Bar> = year.into_iter().map(|(label, count)| Bar { label, count, filter: None }).collect();

    h.push_str("<section id=\"overview\">\n<ul class=\"counts\">");
    let counts = [
        ("articles", col.items.len()),
        ("with denials", with),
        ("without denials", col.items.len() - with),
        ("records", records),
        ("inputs failed", col.failed.len()),
    ];
    for (name, n) in counts {
        h.push_str(&format!("<li><b>{n}</b> {name}</li>"));
    }
    h.push_str("</ul>\n<div class=\"charts\">\n");
    let charts = [
        ("chart-company", "Records per company", svg::top(&company, 15, Some("company"))),
        ("chart-outlet", "Records per outlet", svg::top(&outlet, 15, Some("outlet"))),
        ("chart-year", "Records per year", years),
    ];
    for (id, title, bars) in charts {
        h.push_str(&format!("<figure><figcaption>{}</figcaption>{}</figure>\n", esc(title), svg::bar_chart(id, title, &bars)));
    }
    h.push_str("</div>\n");
    if !col.failed.is_empty() {
        h.push_str("<details class=\"failed\"><summary>Inputs that could not be used</summary><ul>");
        for f in &col.failed {
            h.push_str(&format!("<li>{}</li>", esc(f)));
        }
        h.push_str("</ul></details>\n");
    }
    h.push_str("<p class=\"legend\">");
    for (kind, name) in KINDS {
        h.push_str(&format!("<mark class=\"hl f-{kind}\">{name}</mark> "));
    }
    h.push_str("<span class=\"hint\">hover a highlight for its field, rule and record</span></p>\n</section>\n");
}

fn filters(col: &Collection, h: &mut String) {
    let mut companies: Vec<&str> = col.items.iter().flat_map(|i| i.output.records.iter().map(|r| r.company.as_str())).collect();
    companies.sort_unstable();
    companies.dedup();
    let mut outlets: Vec<&str> = col.items.iter().filter_map(|i| i.output.article.outlet.as_deref()).collect();
    outlets.extend(col.items.iter().flat_map(|i| i.output.records.iter().filter_map(|r| r.outlet.as_deref())));
    outlets.sort_unstable();
    outlets.dedup();
    h.push_str("<form id=\"filters\" autocomplete=\"off\">");
    h.push_str("<label>Company <input id=\"f-company\" type=\"search\" list=\"l-company\"></label>");
    h.push_str("<label>Outlet <input id=\"f-outlet\" type=\"search\" list=\"l-outlet\"></label>");
    h.push_str("<label><input id=\"f-records\" type=\"checkbox\"> only articles with records</label>");
    h.push_str("<button id=\"f-clear\" type=\"button\">clear</button> <span id=\"shown\"></span></form>\n");
    for (id, list) in [("l-company", companies), ("l-outlet", outlets)] {
        h.push_str(&format!("<datalist id=\"{id}\">"));
        for v in list {
            h.push_str(&format!("<option value=\"{}\"></option>", esc(v)));
        }
        h.push_str("</datalist>\n");
    }
}

fn article(n: usize, item: &Item, h: &mut String) {
    let out = &item.output;
    let a = &out.article;
    let mut companies: Vec<String> = out.records.iter().map(|r| r.company.to_lowercase()).collect();
    companies.dedup();
    let mut outlets: Vec<String> = a.outlet.iter().chain(out.records.iter().filter_map(|r| r.outlet.as_ref())).map(|o| o.to_lowercase()).collect();
    outlets.sort();
    outlets.dedup();
    h.push_str(&format!(
        "<details class=\"art\" id=\"a{n}\" data-id=\"{}\" data-companies=\"{}\" data-outlets=\"{}\" data-records=\"{}\">\n",
        esc(&a.id),
        esc(&companies.join("|")),
        esc(&outlets.join("|")),
        out.records.len()
    ));
    let names: Vec<&str> = out.records.iter().map(|r| r.company.as_str()).collect();
    h.push_str(&format!(
        "<summary><span class=\"id\">{}</span> <span class=\"outlet\">{}</span> <span class=\"n\">{} record{}</span> <span class=\"cos\">{}</span></summary>\n",
        esc(&a.id),
        esc(a.outlet.as_deref().unwrap_or("outlet unknown")),
        out.records.len(),
        if out.records.len() == 1 { "" } else { "s" },
        esc(&names.join(", "))
    ));
    h.push_str("<div class=\"body\">\n<div class=\"text\">");
    let mut notes = item.notes.clone();
    match &item.text {
        Some(text) => {
            let (marks, problems) = highlight::marks(out, text);
            notes.extend(problems);
            h.push_str(&highlight::render(text, &marks));
        }
        None => h.push_str("<p class=\"missing\">(article text not available)</p>"),
    }
    h.push_str("</div>\n<div class=\"side\">");
    notes.extend(a.warnings.iter().cloned());
    if !notes.is_empty() {
        h.push_str("<ul class=\"notes\">");
        for note in &notes {
            h.push_str(&format!("<li>{}</li>", esc(note)));
        }
        h.push_str("</ul>");
    }
    facts(item, h);
    for (i, r) in out.records.iter().enumerate() {
        h.push_str(&format!("<table class=\"rec\"><caption>Record {}: {}</caption>", i + 1, esc(&r.company)));
        for field in ["company", "allegation", "denial_quote", "quote_kind", "speaker", "date", "outlet"] {
            let ev = r.evidence.get(field);
            row(h, field, highlight::kind_of(field), record_value(r, field).as_deref(), ev);
        }
        h.push_str("</table>");
    }
    h.push_str("</div>\n</div>\n</details>\n");
}

fn facts(item: &Item, h: &mut String) {
    let a = &item.output.article;
    h.push_str("<table class=\"facts\"><caption>Article</caption>");
    row(h, "outlet", "outlet", a.outlet.as_deref(), a.evidence.get("outlet"));
    row(h, "published", "date", a.published.as_deref(), a.evidence.get("published"));
    row(h, "url", "other", a.url.as_deref(), None);
    row(h, "source", "other", Some(&a.source), None);
    let how = if item.extracted { "extracted for this page" } else { "read from an output" };
    row(h, "records", "other", Some(how), None);
    h.push_str("</table>");
}

/// One table row; the field's colour is a stripe on the header cell (class `k-<kind>`).
fn row(h: &mut String, field: &str, kind: &str, value: Option<&str>, ev: Option<&crate::record::Evidence>) {
    let value_html = match value {
        Some(v) => format!("<td>{}</td>", esc(v)),
        None => "<td class=\"null\">null</td>".to_string(),
    };
    let rule = match ev {
        Some(e) => {
            let at = match (e.start, e.end, &e.key) {
                (Some(s), Some(t), _) => format!(" @{s}..{t}"),
                (_, _, Some(k)) => format!(" meta:{k}"),
                _ => String::new(),
            };
            format!("{}{}", esc(&e.rule), esc(&at))
        }
        None => String::new(),
    };
    h.push_str(&format!("<tr class=\"k-{}\"><th>{}</th>{value_html}<td>{rule}</td></tr>", esc(kind), esc(field)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn esc_escapes_all_five() {
        assert_eq!(esc(r#"<a href="x" b='y'>&amp;</a>"#), "&lt;a href=&quot;x&quot; b=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;");
    }

    #[test]
    fn base64_matches_known_values() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }
}
