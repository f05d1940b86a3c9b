//! The metadata news pages carry, read as evidence.
//!
//! Indonesian outlets (like most news sites) describe each article three ways: OpenGraph and
//! `article:*` `<meta>` tags for social previews, a JSON-LD `NewsArticle` block for search
//! engines, and HTML elements (`<time datetime>`, `<link rel=canonical>`, a byline's date).
//! Each is read here and the first value in a fixed order of trust wins; the key it came from
//! is kept so that an extractor's evidence can name it (`og:site_name`,
//! `json-ld:datePublished`, ...).
//!
//! Publication dates, strongest first: JSON-LD `datePublished`, the `<meta>` keys of
//! [`DATE_KEYS`], an element marked `itemprop=datePublished` or `<time pubdate>` (`published`);
//! then, in [`super::read_page`], a date in the article's URL (`url:path`); then the weak
//! witnesses ([`weak_date`], only then): a date element after the headline (`time:datetime`,
//! `html:date-element`), a bare date line after the headline (`html:date-text`), a
//! modification date. Dates in navigation, list items (related articles), asides, embedded
//! posts (`<blockquote>`), comments, footers and other `<article>`s than the headline's are
//! other stories' or the masthead's, and are skipped. A value starting with an ISO date is
//! kept as given; other dates (`2019/05/26 19:29`, `November 20, 2019`, `Senin, 4 Maret
//! 2024`, see [`super::dates`]) become `YYYY-MM-DD`.

use dom_query::Document;

use super::dates;
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
    /// The last modification date, for [`weak_date`].
    pub modified: Option<Keyed>,
    pub site_name: Option<Keyed>,
    /// A site name from [`SITE_KEYS`]: often a company's legal name (`PT ... Media`), so it is
    /// taken only for a page with no URL at all (a URL's host names the outlet better).
    pub site_name_fallback: Option<Keyed>,
    pub canonical_url: Option<Keyed>,
}

/// `<meta>` keys giving a publication date, most trusted first (after JSON-LD).
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "published_date",
    "publication_date",
    "content_publisheddate",
    "parsely-pub-date",
    "sailthru.date",
    "article_date_original",
    "original-publish-date",
    "citation_publication_date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date.created",
    "dcterms.created",
    "datecreated",
    "dc.date",
    "dcterms.date",
    "date",
];

/// Keys of a last modification, taken only when the page states no other date: a page is
/// modified on or after the day it is published, and usually on that day.
const MODIFIED_KEYS: &[&str] =
    &["article:modified_time", "og:updated_time", "datemodified", "last-modified", "dcterms.modified"];

/// `<meta>` keys naming the site or its publisher, after `og:site_name` and JSON-LD.
const SITE_KEYS: &[&str] = &["application-name", "dc.publisher", "dcterms.publisher", "publisher"];

/// JSON-LD `@type`s that describe an article.
fn is_article_type(t: &str) -> bool {
    t.ends_with("Article") || matches!(t, "BlogPosting" | "Report" | "LiveBlogPosting")
}

fn keyed(key: impl Into<String>, value: &str) -> Option<Keyed> {
    let v = squash(value);
    (!v.is_empty()).then(|| Keyed { key: key.into(), value: v })
}

/// A date value as kept: as the page gives it when it starts with an ISO date (time and zone
/// included), else the day it writes, as `YYYY-MM-DD`.
fn keyed_date(key: impl Into<String>, value: &str) -> Option<Keyed> {
    let v = squash(value);
    if dates::is_iso(&v) && dates::parse(&v).is_some() {
        return Some(Keyed { key: key.into(), value: v });
    }
    let d = dates::parse(&v)?;
    Some(Keyed { key: key.into(), value: d.format("%Y-%m-%d").to_string() })
}

/// Whitespace runs become one space; ends trimmed.
fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The elements [`read`] always looks at: `meta[content]`, `script[type="application/ld+json"]`
/// and `link[rel=canonical][href]`, matched by hand in one walk of the page (the selector
/// engine, a walk per selector, was most of its time). As the selectors do, `type` and `rel`
/// compare ASCII-case-insensitively on HTML elements; [`tests::read_elements_match_their_selectors`]
/// holds the two equal.
fn read_kind(node: &dom_query::NodeRef) -> Option<&'static str> {
    let el = node.element_ref()?;
    let attr = |name: &str| attr_in_no_namespace(&el, name);
    let html = &*el.name.ns == "http://www.w3.org/1999/xhtml";
    let is = |v: &str, want: &str| if html { v.eq_ignore_ascii_case(want) } else { v == want };
    match &*el.name.local {
        "meta" if attr("content").is_some() => Some("meta"),
        "script" if attr("type").is_some_and(|t| is(t, "application/ld+json")) => Some("script"),
        "link" if attr("rel").is_some_and(|r| is(r, "canonical")) && attr("href").is_some() => Some("link"),
        _ => None,
    }
}

/// An attribute as an attribute selector without a namespace sees it (in no namespace).
fn attr_in_no_namespace<'a>(el: &'a dom_query::Element, name: &str) -> Option<&'a str> {
    el.attrs.iter().find(|a| a.name.ns.is_empty() && &*a.name.local == name).map(|a| &*a.value)
}

/// Read the metadata of a parsed page.
pub fn read(doc: &Document) -> PageMeta {
    // one walk: the elements read here, the first `<h1>` and the marked dates (`marked_date`)
    let mut found: Vec<(&str, dom_query::NodeRef)> = Vec::new();
    let (mut h1, mut marked) = (None, Vec::new());
    for n in doc.root().descendants_it() {
        let Some(el) = n.element_ref() else { continue };
        if let Some(k) = read_kind(&n) {
            found.push((k, n));
        }
        if is_marked_date(&el) {
            marked.push(n);
        }
        if h1.is_none() && &*el.name.local == "h1" {
            h1 = Some(n);
        }
    }
    let named = |name: &'static str| found.iter().filter(move |(k, _)| *k == name).map(|(_, n)| n);
    let mut tags: Vec<(String, String)> = Vec::new();
    for node in named("meta") {
        let Some(content) = node.attr("content") else { continue };
        for attr in ["property", "name", "itemprop"] {
            if let Some(k) = node.attr(attr) {
                tags.push((k.trim().to_ascii_lowercase(), content.to_string()));
            }
        }
    }
    let tag = |k: &str| tags.iter().find(|(key, v)| key == k && !v.trim().is_empty()).map(|(_, v)| v.as_str());
    let ld = json_ld(named("script"));

    let title = tag("og:title")
        .and_then(|v| keyed("og:title", v))
        .or_else(|| ld.headline.as_deref().and_then(|v| keyed("json-ld:headline", v)))
        .or_else(|| keyed("title", &doc.select("head title").text()));
    let site_name = tag("og:site_name")
        .and_then(|v| site_name_of("og:site_name", v))
        .or_else(|| ld.publisher.as_deref().and_then(|v| site_name_of("json-ld:publisher.name", v)));
    let site_name_fallback = SITE_KEYS.iter().find_map(|k| tag(k).and_then(|v| site_name_of(k, v)));
    let published = ld
        .date_published
        .as_deref()
        .and_then(|v| keyed_date("json-ld:datePublished", v))
        .or_else(|| DATE_KEYS.iter().find_map(|k| tag(k).and_then(|v| keyed_date(*k, v))))
        .or_else(|| marked_date(h1.as_ref(), &marked));
    let modified = ld
        .date_modified
        .as_deref()
        .and_then(|v| keyed_date("json-ld:dateModified", v))
        .or_else(|| MODIFIED_KEYS.iter().find_map(|k| tag(k).and_then(|v| keyed_date(*k, v))));
    let canonical_url = named("link")
        .next()
        .and_then(|n| n.attr("href"))
        .and_then(|v| keyed("link:canonical", &v))
        .or_else(|| tag("og:url").and_then(|v| keyed("og:url", v)));
    PageMeta { title, published, modified, site_name, site_name_fallback, canonical_url }
}

/// The weak witnesses of the publication date, for a page whose metadata and URL give none:
/// a date element after the headline, a bare date line after it, else the modification date
/// read by [`read`]. Run only then, as it walks the page's elements.
pub fn weak_date(doc: &Document, modified: Option<Keyed>) -> Option<Keyed> {
    date_element(doc).or_else(|| date_text(doc)).or(modified)
}

/// A declared site name, without a tagline after ` | ` (`LinkNaija | Nigeria's popular news
/// platform`); one given as a URL becomes its host.
fn site_name_of(key: &str, raw: &str) -> Option<Keyed> {
    let v = squash(raw);
    let v = match v.split_once("://") {
        Some((scheme, rest)) if scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https") => {
            rest.split(['/', '?', '#']).next().unwrap_or("").to_string()
        }
        _ => v.split(" | ").next().unwrap_or("").to_string(),
    };
    keyed(key, &v)
}

/// A date marked as the publication date in the body: `itemprop=datePublished` on any element
/// (its `datetime`/`content` attribute, else its text), a `<time pubdate>`.
/// `h1` is the page's first `<h1>`, `marked` the elements [`is_marked_date`] in document order.
fn marked_date(h1: Option<&dom_query::NodeRef>, marked: &[dom_query::NodeRef]) -> Option<Keyed> {
    let main_article = h1.and_then(|h| Headline::of(h).article);
    for node in marked {
        if node.node_name().is_some_and(|n| &*n == "meta") || !in_article_part(node, main_article) {
            continue; // <meta> tags are read with the others; lists hold other articles' dates
        }
        let key = if node.has_attr("pubdate") { "time:pubdate" } else { "itemprop:datePublished" };
        let found = ["datetime", "content"]
            .iter()
            .find_map(|a| node.attr(a).and_then(|v| keyed_date(key, &v)))
            .or_else(|| short_text(&node.text()).and_then(|t| keyed_date(key, &t)));
        if found.is_some() {
            return found;
        }
    }
    None
}

/// The selector `[itemprop=datePublished], time[pubdate]`, matched by hand in [`read`]'s walk
/// ([`tests::marked_dates_match_their_selector`] holds the two equal).
fn is_marked_date(el: &dom_query::Element) -> bool {
    attr_in_no_namespace(el, "itemprop") == Some("datePublished") || &*el.name.local == "time" && attr_in_no_namespace(el, "pubdate").is_some()
}

/// Elements whose class or id says they hold the article's date: the selector
/// `time, [class*=date], [class*=Date], [class*=publish], [class*=posted], [class*=byline],
/// [class*=time], [id*=date], [id*=publish], [class*=tanggal], [class*=datum], abbr[title]`,
/// matched by hand in one walk with the headline (`h1`): the selector engine took a large
/// share of reading a page. [`tests::date_elements_match_their_selector`] holds the two equal.
fn is_date_element(node: &dom_query::NodeRef) -> bool {
    const CLASS: [&str; 8] = ["date", "Date", "publish", "posted", "byline", "time", "tanggal", "datum"];
    let Some(el) = node.element_ref() else { return false };
    let attr = |name: &str| attr_in_no_namespace(&el, name);
    match &*el.name.local {
        "h1" | "time" => return true,
        "abbr" if attr("title").is_some() => return true,
        _ => {}
    }
    attr("class").is_some_and(|c| CLASS.iter().any(|w| c.contains(w))) || attr("id").is_some_and(|i| i.contains("date") || i.contains("publish"))
}

/// Class and id words (their starts) of elements whose date is not the article's.
const NOT_ARTICLE: &[&str] = &["update", "modif", "comment", "related", "sidebar", "widget", "footer", "reply", "forum", "sticky", "ticker", "secondary",
    "popular", "trending", "recommend", "terkait", "populer", "terpopuler", "rekomendasi", "baca", "lainnya"];

/// The first date of an element that shows the article's date (`<time datetime>`, a
/// `class="date"`, `class="entry-date published"`, a byline), outside navigation, lists,
/// embedded posts, comments and footers: a weaker witness than metadata and the URL. One
/// after the page's first `<h1>` (the headline) or inside `<article>`/`<main>` is preferred:
/// a date above the headline and outside the article is usually the masthead's "today".
fn date_element(doc: &Document) -> Option<Keyed> {
    let mut headline: Option<Headline> = None;
    let mut before: Option<Keyed> = None;
    for node in doc.root().descendants_it().filter(is_date_element) {
        let node = &node;
        let name = node.node_name().map(|n| n.to_string()).unwrap_or_default();
        if name == "h1" {
            headline.get_or_insert_with(|| Headline::of(node));
            continue;
        }
        let near = headline.as_ref().is_some_and(|h| h.block.is_some_and(|b| is_within(node, b)));
        if !near && !in_article_part(node, headline.as_ref().and_then(|h| h.article)) {
            continue;
        }
        let (key, attr) = match name.as_str() {
            "time" => ("time:datetime", node.attr("datetime")),
            "abbr" => ("abbr:title", node.attr("title")),
            _ => ("html:date-element", None),
        };
        let found = attr
            .and_then(|v| keyed_date(key, &v))
            .or_else(|| short_text(&node.text()).and_then(|t| keyed_date(key, &t)));
        match found {
            Some(k) if headline.is_some() || inside_article(node) => return Some(k),
            Some(k) if before.is_none() => before = Some(k),
            _ => {}
        }
    }
    before
}

/// Elements whose own text is read by [`date_text`], at most.
const TEXT_SCAN: usize = 4000;

/// The first short text after the headline that is a full date ("Posted on 23 December 2016",
/// "14.12.2015"), outside lists, embeds, comments and footers: the byline of pages that mark
/// their date with no class. Elements' own text only, so a paragraph that mentions a date
/// in a sentence is not one.
fn date_text(doc: &Document) -> Option<Keyed> {
    // `body *` in document order: the elements below the (one) body element
    let body = doc.root().descendants_it().find(|n| n.has_name("body"))?;
    let mut nodes = body.descendants_it().filter(|n| n.is_element()).take(TEXT_SCAN);
    let h1 = nodes.by_ref().find(|n| n.node_name().is_some_and(|n| &*n == "h1"))?;
    let main_article = Headline::of(&h1).article;
    for node in nodes {
        if node.node_name().is_some_and(|n| matches!(&*n, "script" | "style" | "noscript" | "a")) {
            continue;
        }
        let own: String = node.children().iter().filter(|c| c.is_text()).map(|c| c.text().to_string()).collect();
        let own = squash(&own);
        if own.len() < 6 || own.chars().count() > 60 || !own.bytes().any(|b| b.is_ascii_digit()) {
            continue;
        }
        if let Some(k) = keyed_date("html:date-text", &own)
            && in_article_part(&node, main_article)
        {
            return Some(k);
        }
    }
    None
}

/// The page's first `<h1>`: the block holding it (its parent, where a byline's date sits
/// next to the headline) and the `<article>` around it, if any.
struct Headline {
    block: Option<dom_query::NodeId>,
    article: Option<dom_query::NodeId>,
}

impl Headline {
    fn of(h1: &dom_query::NodeRef) -> Headline {
        let block = h1.parent().filter(|p| p.node_name().is_some_and(|n| !matches!(&*n, "body" | "html"))).map(|p| p.id);
        let article = h1.ancestors(None).into_iter().find(|a| a.node_name().is_some_and(|n| &*n == "article")).map(|a| a.id);
        Headline { block, article }
    }
}

/// Is `node` inside the element `block` (and not in an embedded post or a list there)?
fn is_within(node: &dom_query::NodeRef, block: dom_query::NodeId) -> bool {
    for a in node.ancestors(None) {
        if a.id == block {
            return true;
        }
        if a.node_name().is_some_and(|n| matches!(&*n, "blockquote" | "li")) {
            return false;
        }
    }
    false
}

/// Is the node outside navigation, list items, asides, footers, embedded posts, other
/// articles than `main_article` (the headline's), and elements classed as comments, related
/// items or updates?
fn in_article_part(node: &dom_query::NodeRef, main_article: Option<dom_query::NodeId>) -> bool {
    // classes above the article's own element are page layout (`PageArticle_commentHeader`)
    let mut classes_count = true;
    let mut cur = Some(*node);
    while let Some(n) = cur {
        let name = n.node_name();
        let name = name.as_deref().unwrap_or("");
        let skip = match name {
            "nav" | "li" | "aside" | "footer" | "figcaption" | "blockquote" => true,
            // a page's header holds the day's date; an article's header its own
            "header" => !inside_article(&n),
            // another article than the one whose headline the page shows: a teaser
            "article" => main_article.is_some_and(|m| m != n.id),
            _ => false,
        };
        if skip || classes_count && ["class", "id"].iter().any(|a| n.attr(a).is_some_and(|v| not_article_class(&v))) {
            return false;
        }
        classes_count &= !matches!(name, "article" | "main");
        cur = n.parent();
    }
    true
}

/// Does a class or id value have a word (`comment-meta`, `entry-updated`, `related_posts`)
/// starting with one of [`NOT_ARTICLE`]? Words inside a longer word do not count
/// (`ArticleHeaderComment_publishDate` is a column's header).
fn not_article_class(v: &str) -> bool {
    v.split(|c: char| c.is_whitespace() || c == '-' || c == '_')
        .map(str::to_ascii_lowercase)
        .any(|w| NOT_ARTICLE.iter().any(|n| w.starts_with(n)))
}

/// Is the node inside an `<article>` or `<main>` (where a `<header>` is the article's own)?
fn inside_article(node: &dom_query::NodeRef) -> bool {
    node.ancestors(None).iter().any(|a| a.node_name().is_some_and(|n| matches!(&*n, "article" | "main")))
}

/// An element's text when short enough to be a date line.
fn short_text(text: &str) -> Option<String> {
    let t = squash(text);
    (!t.is_empty() && t.chars().count() <= 100).then_some(t)
}

#[derive(Default)]
struct LdArticle {
    headline: Option<String>,
    date_published: Option<String>,
    date_modified: Option<String>,
    publisher: Option<String>,
}

/// The first article object of the page's JSON-LD blocks (top level, in an array, or in
/// `@graph`). Blocks that are not valid JSON are skipped.
fn json_ld<'a>(scripts: impl Iterator<Item = &'a dom_query::NodeRef<'a>>) -> LdArticle {
    for node in scripts {
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
                            date_modified: o.get("dateModified").and_then(Value::as_str).map(str::to_string),
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
    regex::Regex::new(r"/((?:19|20)\d\d)[/-](\d{1,2})[/-](\d{1,2})(?:[^\d]|$)").expect("valid regex")
});
static URL_COMPACT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"/((?:19|20)\d\d)(\d\d)(\d\d)(?:\d{6})?(?:[^\d]|$)").expect("valid regex")
});

/// A date in a URL's path, as many outlets' article URLs carry it: `/2024/03/05/`,
/// `/2024-03-05-judul`, `/2023-11/17/`, or a path segment starting with `YYYYMMDD` (alone or
/// as a 14-digit time stamp, `/20240305103000-92-123/`), if valid.
pub fn url_date(url: &str) -> Option<String> {
    // a web archive's address embeds the archived one after its own time stamp
    let url = url.find("/http://").or_else(|| url.find("/https://")).map_or(url, |i| &url[i + 1..]);
    let path = url.split_once("://").map_or(url, |(_, rest)| rest.split_once('/').map_or("", |(_, p)| p));
    let path = format!("/{}", path.split(['?', '#']).next().unwrap_or(""));
    let c = URL_DATE.captures(&path).or_else(|| URL_COMPACT.captures(&path))?;
    let (y, m, d): (i32, u32, u32) = (c[1].parse().ok()?, c[2].parse().ok()?, c[3].parse().ok()?);
    chrono::NaiveDate::from_ymd_opt(y, m, d).map(|dt| dt.format("%Y-%m-%d").to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(html: &str) -> PageMeta {
        read(&Document::from(html))
    }

    fn weak(html: &str) -> Option<Keyed> {
        let doc = Document::from(html);
        weak_date(&doc, read(&doc).modified)
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
    fn human_dates_in_meta_become_iso_days() {
        let m = meta(
            r#"<meta name="pubdate" content="Senin, 4 Maret 2024"><meta property="article:published_time" content="2024-03-04T08:00:00Z">"#,
        );
        assert_eq!(m.published.unwrap(), Keyed { key: "article:published_time".into(), value: "2024-03-04T08:00:00Z".into() });
        let m = meta(r#"<meta name="pubdate" content="Senin, 4 Maret 2024"><p>x</p>"#);
        assert_eq!(m.published, Some(Keyed { key: "pubdate".into(), value: "2024-03-04".into() }));
        let m = meta(r#"<meta name="publishdate" content="2019/05/26 19:29:32"><meta name="pubdate" content="kemarin">"#);
        assert_eq!(m.published, Some(Keyed { key: "publishdate".into(), value: "2019-05-26".into() }));
        let m = meta(r#"<meta name="pubdate" content="kemarin"><meta name="dcterms.created" content="2012-12-10T09:24:01+00:00">"#);
        assert_eq!(m.published.unwrap().key, "dcterms.created");
    }

    #[test]
    fn time_element_and_canonical_link() {
        let m = meta(
            r#"<head><link rel="canonical" href="https://kabar.example/a/1"><title> Judul  halaman </title></head>
            <body><time datetime="kemarin">x</time><time datetime="2022-01-02T03:04:05+07:00">2 Jan</time></body>"#,
        );
        // an unmarked <time> is a weak witness, taken after the URL
        assert_eq!(m.published, None);
        let html = r#"<time datetime="kemarin">x</time><time datetime="2022-01-02T03:04:05+07:00">2 Jan</time>"#;
        assert_eq!(weak(html).unwrap().value, "2022-01-02T03:04:05+07:00");
        assert_eq!(m.canonical_url.unwrap().value, "https://kabar.example/a/1");
        assert_eq!(m.title.unwrap(), Keyed { key: "title".into(), value: "Judul halaman".into() });
    }

    #[test]
    fn marked_dates_outside_lists_are_strong() {
        let m = meta(
            r#"<ul class="terkait"><li><time pubdate datetime="2024-01-01">1 Jan</time></li></ul>
            <article><h1>Judul</h1><span itemprop="datePublished" content="2024-03-05T09:00:00+07:00">Selasa</span></article>"#,
        );
        assert_eq!(m.published, Some(Keyed { key: "itemprop:datePublished".into(), value: "2024-03-05T09:00:00+07:00".into() }));
    }

    #[test]
    fn date_elements_skip_mastheads_embeds_lists_and_comments() {
        let w = weak(
            r#"<body><div id="date-box">Senin, 25 Desember 2023</div>
            <h1>Judul berita</h1>
            <blockquote class="instagram-media"><time datetime="2018-03-12T19:30:12+00:00">12 Mar</time></blockquote>
            <div class="post-date">Selasa, 5 Maret 2024 10:15 WIB</div>
            <div class="comments"><span class="date">6 Maret 2024</span></div></body>"#,
        );
        assert_eq!(w, Some(Keyed { key: "html:date-element".into(), value: "2024-03-05".into() }));
        // Indonesian sites' related and popular boxes are lists of other stories
        let w = weak(
            r#"<h1>Judul</h1><div class="baca-juga"><span class="date">1 Maret 2024</span></div>
            <div class="box-terpopuler"><div class="date">2 Maret 2024</div></div>
            <p class="tanggal">Selasa, 5 Maret 2024</p>"#,
        );
        assert_eq!(w, Some(Keyed { key: "html:date-element".into(), value: "2024-03-05".into() }));
        // the masthead's date is taken only when nothing follows the headline
        let w = weak(r#"<div id="date-box">Senin, 25 Desember 2023</div><h1>Judul</h1><p>teks</p>"#);
        assert_eq!(w.unwrap().value, "2023-12-25");
        // a column's page layout may say "comment"; inside the <article> it does not count
        let w = weak(
            r#"<div class="PageArticle_commentHeader"><article class="ArticleHeaderComment"><h1>Judul</h1>
            <div class="PublishDate"><span class="PublishDate_date">29. Januar 2019</span></div></article></div>"#,
        );
        assert_eq!(w.unwrap().value, "2019-01-29");
    }

    #[test]
    fn modification_dates_are_the_last_witness() {
        let html = r#"<meta property="article:modified_time" content="2024-03-06T08:00:00+07:00"><h1>x</h1>"#;
        assert_eq!(meta(html).published, None);
        assert_eq!(weak(html).unwrap().key, "article:modified_time");
    }

    #[test]
    fn site_names_lose_taglines_and_urls_become_hosts() {
        let m = meta(r#"<meta property="og:site_name" content="LinkNaija | Nigeria's popular news platform">"#);
        assert_eq!(m.site_name.unwrap().value, "LinkNaija");
        let m = meta(r#"<meta property="og:site_name" content="https://www.kabar.example/">"#);
        assert_eq!(m.site_name.unwrap().value, "www.kabar.example");
        let m = meta(r#"<meta name="dc.publisher" content="Kabar Contoh Media">"#);
        assert_eq!(m.site_name, None);
        assert_eq!(m.site_name_fallback.unwrap(), Keyed { key: "dc.publisher".into(), value: "Kabar Contoh Media".into() });
    }

    #[test]
    fn dates_in_url_paths() {
        assert_eq!(url_date("https://x.example/read/2024/03/05/123/judul").as_deref(), Some("2024-03-05"));
        assert_eq!(url_date("https://x.example/2021/1/9/").as_deref(), Some("2021-01-09"));
        assert_eq!(url_date("https://x.example/2024/02/30/x"), None);
        assert_eq!(url_date("https://x.example/read/123/judul?d=/2024/03/05/"), None);
        assert_eq!(url_date("https://2024.example/10/11/x"), None);
        assert_eq!(url_date("http://www.news.example/fortune/2023-11/17/c_1129981476.htm").as_deref(), Some("2023-11-17"));
        assert_eq!(url_date("https://x.example/ekonomi/20240305103000-92-1234/judul").as_deref(), Some("2024-03-05"));
        assert_eq!(url_date("https://x.example/read/20240305/9/123/judul").as_deref(), Some("2024-03-05"));
        assert_eq!(url_date("https://x.example/read/2024030512/judul"), None);
        // a web archive's own time stamp is not the article's date
        assert_eq!(url_date("http://web.archive.example/web/20210916140120/https://kabar.example/judul/"), None);
    }

    #[test]
    fn date_elements_match_their_selector() {
        const SELECTOR: &str = "h1, time, [class*=date], [class*=Date], [class*=publish], [class*=posted], [class*=byline], \
            [class*=time], [id*=date], [id*=publish], [class*=tanggal], [class*=datum], abbr[title]";
        let doc = Document::from(
            r#"<html><head><title>t</title></head><body><H1 class="x">Judul</H1><TIME>1</TIME><abbr>a</abbr>
            <abbr title="2024">b</abbr><abbr TITLE="">c</abbr><div class="post-date">d</div><div class="PublishDate">e</div>
            <div class="DATE">f</div><span class="update_Date">g</span><p id="dateline">h</p><p id="Date">i</p>
            <p id="publish-at">j</p><p data-date="x">k</p><i class="byline">l</i><i class="timestamp">m</i>
            <i class="tanggal-terbit">n</i><i class="datum">o</i><i class="posted-on">p</i><i class="">q</i>
            <svg><time>r</time><a class="date">s</a><title class="date">u</title></svg><math><mi class="publish">v</mi></math>
            <template><span class="date">w</span></template><table><tr><td class="date">x</td></tr></table></body></html>"#,
        );
        let want: Vec<_> = doc.select(SELECTOR).nodes().iter().map(|n| n.id).collect();
        let got: Vec<_> = doc.root().descendants_it().filter(is_date_element).map(|n| n.id).collect();
        assert!(want.len() > 15, "{}", want.len());
        assert_eq!(got, want);
        let want: Vec<_> = doc.select("body *").nodes().iter().map(|n| n.id).collect();
        let body = doc.root().descendants_it().find(|n| n.has_name("body")).unwrap();
        let got: Vec<_> = body.descendants_it().filter(|n| n.is_element()).map(|n| n.id).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn marked_dates_match_their_selector() {
        let doc = Document::from(
            r#"<html><head><meta itemprop="datePublished" content="2024-01-02"></head><body><div ITEMPROP="datePublished">a</div>
            <div itemprop="datepublished">b</div><div itemprop="datePublished ">c</div><TIME PUBDATE>d</TIME><time>e</time>
            <span pubdate>f</span><h1>g</h1><svg><time pubdate>h</time><g itemprop="datePublished">i</g><h1>j</h1></svg>
            <template><time pubdate>k</time></template><time pubdate="" itemprop="datePublished">l</time></body></html>"#,
        );
        let want: Vec<_> = doc.select("[itemprop=datePublished], time[pubdate]").nodes().iter().map(|n| n.id).collect();
        let got: Vec<_> = doc.root().descendants_it().filter(|n| n.element_ref().is_some_and(|e| is_marked_date(&e))).map(|n| n.id).collect();
        assert!(want.len() >= 5, "{}", want.len());
        assert_eq!(got, want);
        let h1 = doc.root().descendants_it().find(|n| n.element_ref().is_some_and(|e| &*e.name.local == "h1")).map(|n| n.id);
        assert_eq!(h1, doc.select("h1").nodes().first().map(|n| n.id));
    }

    #[test]
    fn read_elements_match_their_selectors() {
        let doc = Document::from(
            r#"<html><head><meta name="a" content="1"><meta name="b"><LINK REL="Canonical" href="https://x.example/1">
            <link rel="canonical"><link rel="canonical alternate" href="y"><script type="Application/LD+JSON">{}</script>
            <script>x</script><script type="application/ld+json ">{}</script></head>
            <body><meta itemprop="c" content="2"><META CONTENT=""><link rel="canonical" href="https://x.example/2">
            <svg><script type="application/ld+json">{}</script><script type="Application/ld+json">{}</script>
            <link rel="Canonical" href="z"><meta content="3"></meta></svg><math><link rel="CANONICAL" href="m"></math>
            <template><meta content="t"></template></body></html>"#,
        );
        for (name, sel) in [("meta", "meta[content]"), ("script", r#"script[type="application/ld+json"]"#), ("link", "link[rel=canonical][href]")] {
            let want: Vec<_> = doc.select(sel).nodes().iter().map(|n| n.id).collect();
            let got: Vec<_> = doc.root().descendants_it().filter(|n| read_kind(n) == Some(name)).map(|n| n.id).collect();
            assert!(want.len() >= 2, "{sel}");
            assert_eq!(got, want, "{sel}");
        }
        assert_eq!(read(&doc).canonical_url.unwrap().value, "https://x.example/1");
    }

    #[test]
    fn broken_json_ld_is_skipped() {
        let m = meta(r#"<script type="application/ld+json">{"@type":"NewsArticle",</script>"#);
        assert_eq!(m, PageMeta::default());
    }
}
