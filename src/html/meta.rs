//! The metadata news pages carry, read as evidence.
//!
//! Indonesian outlets (like most news sites) describe each article three ways: OpenGraph and
//! `article:*` `<meta>` tags for social previews, a JSON-LD `NewsArticle` block for search
//! engines, and HTML elements (`<time datetime>`, `<link rel=canonical>`). Each is read here
//! and the first value in a fixed order of trust wins; the key it came from is kept so that
//! an extractor's evidence can name it (`og:site_name`, `json-ld:datePublished`, ...).
//! Values are kept as the page gives them; a publication date is kept only when it starts
//! with an ISO 8601 date, since anything else is for the text rules to read. Lacking any,
//! a `/YYYY/MM/DD/` date in the article's URL is taken (key `url:path`), as many outlets put
//! the publication date there.

use dom_query::Document;
use serde_json::Value;

/// One value with the key it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keyed {
    pub key: String,
    pub value: String,
}

/// Everything the page says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PageMeta {
    pub title: Option<Keyed>,
    pub published: Option<Keyed>,
    pub site_name: Option<Keyed>,
    pub canonical_url: Option<Keyed>,
}

/// `<meta>` keys giving a publication date, most trusted first (after JSON-LD).
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "content_publisheddate",
    "dc.date.issued",
    "dc.date",
    "date",
];

/// JSON-LD `@type`s that describe an article.
fn is_article_type(t: &str) -> bool {
    t.ends_with("Article") || matches!(t, "BlogPosting" | "Report" | "LiveBlogPosting")
}

fn keyed(key: impl Into<String>, value: &str) -> Option<Keyed> {
    let v = squash(value);
    (!v.is_empty()).then(|| Keyed { key: key.into(), value: v })
}

/// Whitespace runs become one space; ends trimmed.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Does a date value start with `YYYY-MM-DD`?
fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
}

/// Read the metadata of a parsed page.
pub fn read(doc: &Document) -> PageMeta {
    let mut tags: Vec<(String, String)> = Vec::new();
    for node in doc.select("meta[content]").nodes() {
        let Some(content) = node.attr("content") else { continue };
        for attr in ["property", "name", "itemprop"] {
            if let Some(k) = node.attr(attr) {
                tags.push((k.trim().to_ascii_lowercase(), content.to_string()));
            }
        }
    }
    let tag = |k: &str| tags.iter().find(|(key, v)| key == k && !v.trim().is_empty()).map(|(_, v)| v.as_str());
    let ld = json_ld(doc);

    let title = tag("og:title")
        .and_then(|v| keyed("og:title", v))
        .or_else(|| ld.headline.as_deref().and_then(|v| keyed("json-ld:headline", v)))
        .or_else(|| keyed("title", &doc.select("head title").text()));
    let site_name = tag("og:site_name")
        .and_then(|v| keyed("og:site_name", v))
        .or_else(|| ld.publisher.as_deref().and_then(|v| keyed("json-ld:publisher.name", v)));
    let published = ld
        .date_published
        .as_deref()
        .filter(|v| is_iso_date(v.trim()))
        .and_then(|v| keyed("json-ld:datePublished", v))
        .or_else(|| {
            DATE_KEYS.iter().find_map(|k| tag(k).filter(|v| is_iso_date(v.trim())).and_then(|v| keyed(*k, v)))
        })
        .or_else(|| time_element(doc));
    let canonical_url = doc
        .select("link[rel=canonical][href]")
        .attr("href")
        .and_then(|v| keyed("link:canonical", &v))
        .or_else(|| tag("og:url").and_then(|v| keyed("og:url", v)));
    PageMeta { title, published, site_name, canonical_url }
}

/// The first `<time datetime>` holding an ISO date, preferring one marked as the
/// publication time (`pubdate`, `itemprop=datePublished`).
fn time_element(doc: &Document) -> Option<Keyed> {
    let marked = doc.select("time[datetime][pubdate], time[datetime][itemprop=datePublished]");
    let any = doc.select("time[datetime]");
    for sel in [marked, any] {
        for node in sel.nodes() {
            if let Some(v) = node.attr("datetime").filter(|v| is_iso_date(v.trim())) {
                return keyed("time:datetime", &v);
            }
        }
    }
    None
}

#[derive(Default)]
struct LdArticle {
    headline: Option<String>,
    date_published: Option<String>,
    publisher: Option<String>,
}

/// The first article object of the page's JSON-LD blocks (top level, in an array, or in
/// `@graph`). Blocks that are not valid JSON are skipped.
fn json_ld(doc: &Document) -> LdArticle {
    for node in doc.select(r#"script[type="application/ld+json"]"#).nodes() {
        let raw = node.text();
        let parsed: Value = match serde_json::from_str(raw.trim()) {
            Ok(v) => v,
            // Pages often put raw newlines inside JSON strings; browsers' consumers tolerate it.
            Err(_) => match serde_json::from_str(&raw.replace(['\n', '\r', '\t'], " ")) {
                Ok(v) => v,
                Err(_) => continue,
            },
        };
        let mut stack = vec![&parsed];
        while let Some(v) = stack.pop() {
            match v {
                Value::Array(items) => stack.extend(items.iter().rev()),
                Value::Object(o) => {
                    if let Some(g) = o.get("@graph") {
                        stack.push(g);
                    }
                    let typed = match o.get("@type") {
                        Some(Value::String(t)) => is_article_type(t),
                        Some(Value::Array(ts)) => ts.iter().any(|t| t.as_str().is_some_and(is_article_type)),
                        _ => false,
                    };
                    if typed {
                        return LdArticle {
                            headline: o.get("headline").and_then(Value::as_str).map(str::to_string),
                            date_published: o.get("datePublished").and_then(Value::as_str).map(str::to_string),
                            publisher: publisher_name(o.get("publisher")),
                        };
                    }
                }
                _ => {}
            }
        }
    }
    LdArticle::default()
}

fn publisher_name(p: Option<&Value>) -> Option<String> {
    match p? {
        Value::Object(o) => o.get("name").and_then(Value::as_str).map(str::to_string),
        Value::Array(items) => items.iter().find_map(|i| publisher_name(Some(i))),
        Value::String(s) => Some(s.clone()),
        _ => None,
    }
}

static URL_DATE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?:/|$)").expect("valid regex")
});

/// A `/YYYY/MM/DD/` date in a URL's path (as many outlets' article URLs carry), if valid.
pub fn url_date(url: &str) -> Option<String> {
    let path = url.split_once("://").map_or(url, |(_, rest)| rest.split_once('/').map_or("", |(_, p)| p));
    let path = format!("/{}", path.split(['?', '#']).next().unwrap_or(""));
    let c = URL_DATE.captures(&path)?;
    let (y, m, d): (i32, u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
    chrono::NaiveDate::from_ymd_opt(y, m, d).map(|dt| dt.format("%Y-%m-%d").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(html: &str) -> PageMeta {
        read(&Document::from(html))
    }

    #[test]
    fn opengraph_tags_win_over_json_ld_for_site_name() {
        let m = meta(
            r#"<html><head><meta property="og:site_name" content="Warta Contoh">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
            "datePublished":"2024-03-05T10:00:00+07:00","publisher":{"@type":"Organization","name":"PT Warta Contoh Media"}}</script>
            </head><body></body></html>"#,
        );
        assert_eq!(m.site_name, Some(Keyed { key: "og:site_name".into(), value: "Warta Contoh".into() }));
        assert_eq!(m.published.unwrap().key, "json-ld:datePublished");
    }

    #[test]
    fn json_ld_in_a_graph_gives_publisher_and_date() {
        let m = meta(
            r#"<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"x"},{"@type":["NewsArticle"],"headline":"Judul",
            "datePublished":"2023-11-30","publisher":[{"name":"Kabar Kita"}]}]}</script>"#,
        );
        assert_eq!(m.site_name.unwrap().value, "Kabar Kita");
        assert_eq!(m.published.unwrap().value, "2023-11-30");
        assert_eq!(m.title.unwrap().key, "json-ld:headline");
    }

    #[test]
    fn non_iso_dates_are_left_to_the_text_rules() {
        let m = meta(
            r#"<meta name="pubdate" content="Senin, 4 Maret 2024"><meta property="article:published_time" content="2024-03-04T08:00:00Z">"#,
        );
        assert_eq!(m.published.unwrap(), Keyed { key: "article:published_time".into(), value: "2024-03-04T08:00:00Z".into() });
        let m = meta(r#"<meta name="pubdate" content="Senin, 4 Maret 2024"><p>x</p>"#);
        assert_eq!(m.published, None);
    }

    #[test]
    fn time_element_and_canonical_link() {
        let m = meta(
            r#"<head><link rel="canonical" href="https://kabar.example/a/1"><title> Judul  halaman </title></head>
            <body><time datetime="kemarin">x</time><time datetime="2022-01-02T03:04:05+07:00">2 Jan</time></body>"#,
        );
        assert_eq!(m.published.unwrap().value, "2022-01-02T03:04:05+07:00");
        assert_eq!(m.canonical_url.unwrap().value, "https://kabar.example/a/1");
        assert_eq!(m.title.unwrap(), Keyed { key: "title".into(), value: "Judul halaman".into() });
    }

    #[test]
    fn dates_in_url_paths() {
        assert_eq!(url_date("https://x.example/read/2024/03/05/123/judul").as_deref(), Some("2024-03-05"));
        assert_eq!(url_date("https://x.example/2021/1/9/").as_deref(), Some("2021-01-09"));
        assert_eq!(url_date("https://x.example/2024/02/30/x"), None);
        assert_eq!(url_date("https://x.example/read/123/judul?d=/2024/03/05/"), None);
        assert_eq!(url_date("https://2024.example/10/11/x"), None);
    }

    #[test]
    fn broken_json_ld_is_skipped() {
        let m = meta(r#"<script type="application/ld+json">{"@type":"NewsArticle",</script>"#);
        assert_eq!(m, PageMeta::default());
    }
}
