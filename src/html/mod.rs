//! HTML pages as articles: decoded, reduced to their main text, their metadata read.
//!
//! The page is parsed once (html5ever, through `dom_query`); metadata is read from the full
//! document ([`meta`]), then the main content is found by `dom_smoothie` (a port of Mozilla's
//! Readability) and rendered as text with one blank line between blocks, so that each
//! paragraph of the page is a paragraph (line) of the article text. Evidence offsets refer to
//! that text, which `denialkb text PAGE` prints.

pub mod charset;
pub mod dates;
pub mod meta;
mod prefilter;

use dom_query::Document;
use dom_smoothie::{Config, ParsePolicy, Readability, ReadabilityError, TextMode};

use crate::extract::Meta;

/// An HTML page read as an article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub text: String,
    pub meta: Meta,
    pub warnings: Vec<String>,
}

/// Pages with more elements than this are not run through the content finder (whose cost
/// grows with the page); their whole body text is used instead, with a warning.
const MAX_ELEMENTS: usize = 30_000;

/// Read a page from its bytes. `content_type` is the HTTP `Content-Type` (from a WARC
/// response), `url` the address it was fetched from, if known; it becomes `meta.url`,
/// else the page's canonical URL does.
pub fn read_page(bytes: &[u8], content_type: Option<&str>, url: Option<&str>) -> Page {
    read_page_filtered(bytes, content_type, url, true)
}

/// [`read_page`], with or without the pre-filter (which must not change the page read).
fn read_page_filtered(bytes: &[u8], content_type: Option<&str>, url: Option<&str>, filter: bool) -> Page {
    let (html, mut warnings) = charset::decode(bytes, content_type);
    // the head's script and style text, which no reader looks at, is not parsed (`prefilter`);
    // the fallbacks in `main_text` parse the page as it is
    let filtered = if filter { prefilter::strip_head_code(&html) } else { None };
    let doc = Document::from(filtered.as_deref().unwrap_or(&html));
    let pm = meta::read(&doc);

    let mut m = Meta::default();
    for (field, found, slot) in [
        ("title", pm.title, &mut m.title),
        ("published", pm.published, &mut m.published),
        ("site_name", pm.site_name, &mut m.site_name),
        ("canonical_url", pm.canonical_url, &mut m.canonical_url),
    ] {
        if let Some(k) = found {
            m.keys.insert(field.to_string(), k.key);
            *slot = Some(k.value);
        }
    }
    match url {
        Some(u) => {
            m.url = Some(u.to_string());
            m.keys.insert("url".into(), "warc:WARC-Target-URI".into());
        }
        None => {
            m.url = m.canonical_url.clone();
            if let Some(k) = m.keys.get("canonical_url").cloned() {
                m.keys.insert("url".into(), k);
            }
        }
    }
    if m.site_name.is_none()
        && m.url.is_none()
        && let Some(k) = pm.site_name_fallback
    {
        m.site_name = Some(k.value);
        m.keys.insert("site_name".into(), k.key);
    }
    if m.published.is_none() {
        // the URL's date, else the page's weaker witnesses (date elements, modification)
        let from_url = m.url.as_deref().and_then(meta::url_date).or_else(|| m.canonical_url.as_deref().and_then(meta::url_date));
        let found = match from_url {
            Some(d) => Some(meta::Keyed { key: "url:path".into(), value: d }),
            None => meta::weak_date(&doc, pm.modified),
        };
        if let Some(k) = found {
            m.published = Some(k.value);
            m.keys.insert("published".into(), k.key);
        }
    }
    let (text, warning) = main_text(&html, doc);
    warnings.extend(warning);
    Page { text, meta: m, warnings }
}

/// The main content's text, or the whole body's with a warning when none is found.
///
/// Readability's own loop retries with looser rules when the text found is short, cloning
/// the document for each attempt; most news pages pass on the first, strict attempt, so that
/// one is run alone first and the full loop (on a fresh parse) only for short results.
fn main_text(html: &str, doc: Document) -> (String, Option<String>) {
    let cfg = Config {
        text_mode: TextMode::Formatted,
        disable_json_ld: true,
        max_elements_to_parse: MAX_ELEMENTS,
        // the content's class attributes are not stripped: only its text is used
        keep_classes: true,
        ..Config::default()
    };
    let threshold = cfg.char_threshold;
    let strict = Readability::with_document(doc, None, Some(cfg.clone())).and_then(|mut r| r.parse_with_policy(ParsePolicy::Strict));
    let body_text = || normalize(&Document::from(html).select("body").formatted_text());
    match strict {
        Ok(a) if a.text_content.chars().count() >= threshold => return (normalize(&a.text_content), None),
        Err(ReadabilityError::TooManyElements(n, _)) => {
            return (body_text(), Some(format!("page has {n} elements (limit {MAX_ELEMENTS}); whole body text used")));
        }
        _ => {}
    }
    match Readability::new(html, None, Some(cfg)).and_then(|mut r| r.parse()) {
        Ok(a) if !a.text_content.trim().is_empty() => (normalize(&a.text_content), None),
        _ => {
            let text = body_text();
            let w = (!text.is_empty()).then(|| "main content not found; whole body text used".to_string());
            (text, w)
        }
    }
}

/// One paragraph per line, paragraphs separated by one blank line, no trailing spaces.
fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank = !out.is_empty();
            continue;
        }
        if blank {
            out.push('\n');
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line.trim_start_matches([' ', '\t']));
        blank = false;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html><html><head><title>Judul | Warta</title>
<meta property="og:site_name" content="Warta Contoh">
<link rel="canonical" href="https://warta.example/berita/1">
</head><body><nav><a href="/">Beranda</a> <a href="/ekonomi">Ekonomi</a></nav>
<article><h1>PT Sinar Abadi bantah tuduhan</h1>
<p>Jakarta (Warta) - PT Sinar Abadi membantah tuduhan menimbun beras di gudang miliknya di Karawang, Jawa Barat, pada Senin.</p>
<p>"Kami tidak pernah menimbun beras. Semua stok tercatat dan diperiksa rutin," kata juru bicara perusahaan, Rina Wulandari.</p>
<p>Sebelumnya, sebuah lembaga pemantau menuding perusahaan itu menahan pasokan untuk menaikkan harga.</p>
</article><footer>Hak cipta Warta Contoh</footer></body></html>"#;

    #[test]
    fn main_text_keeps_paragraphs_and_drops_navigation() {
        let p = read_page(PAGE.as_bytes(), None, None);
        assert!(p.text.contains("Jakarta (Warta) - PT Sinar Abadi membantah"), "{}", p.text);
        assert!(!p.text.contains("Beranda"), "{}", p.text);
        let paras: Vec<&str> = p.text.lines().filter(|l| !l.is_empty()).collect();
        assert!(paras.len() >= 3, "{paras:?}");
        assert!(paras.iter().any(|l| l.starts_with("\"Kami tidak pernah")));
    }

    #[test]
    fn url_is_canonical_without_a_fetch_address() {
        let p = read_page(PAGE.as_bytes(), None, None);
        assert_eq!(p.meta.url.as_deref(), Some("https://warta.example/berita/1"));
        assert_eq!(p.meta.key_of("url"), "link:canonical");
        assert_eq!(p.meta.site_name.as_deref(), Some("Warta Contoh"));
        let p = read_page(PAGE.as_bytes(), None, Some("http://warta.example/amp/1"));
        assert_eq!(p.meta.url.as_deref(), Some("http://warta.example/amp/1"));
        assert_eq!(p.meta.canonical_url.as_deref(), Some("https://warta.example/berita/1"));
    }

    #[test]
    fn a_date_in_the_url_is_the_last_resort_for_published() {
        let p = read_page(PAGE.as_bytes(), None, Some("https://warta.example/nasional/2023/12/31/berita"));
        assert_eq!((p.meta.published.as_deref(), p.meta.key_of("published")), (Some("2023-12-31"), "url:path"));
        let with_meta = PAGE.replace("</head>", r#"<meta property="article:published_time" content="2024-01-01T09:00:00+07:00"></head>"#);
        let p = read_page(with_meta.as_bytes(), None, Some("https://warta.example/nasional/2023/12/31/berita"));
        assert_eq!(p.meta.key_of("published"), "article:published_time");
    }

    #[test]
    fn a_publisher_meta_names_the_site_only_without_a_url() {
        let html = r#"<html><head><meta name="publisher" content="PT Warta Contoh Media"></head><body><p>Teks.</p></body></html>"#;
        let p = read_page(html.as_bytes(), None, None);
        assert_eq!((p.meta.site_name.as_deref(), p.meta.key_of("site_name")), (Some("PT Warta Contoh Media"), "publisher"));
        let p = read_page(html.as_bytes(), None, Some("https://warta.example/berita/1"));
        assert_eq!(p.meta.site_name, None);
    }

    #[test]
    fn pages_without_an_article_fall_back_to_body_text() {
        let p = read_page(b"<html><body><div>Singkat saja.</div></body></html>", None, None);
        assert_eq!(p.text, "Singkat saja.");
    }

    #[test]
    fn huge_pages_use_the_body_text_with_a_warning() {
        let html = format!("<html><body><p>Awal.</p>{}</body></html>", "<i>x</i>".repeat(MAX_ELEMENTS));
        let p = read_page(html.as_bytes(), None, None);
        assert!(p.text.starts_with("Awal."));
        assert!(p.warnings.iter().any(|w| w.contains("elements")), "{:?}", p.warnings);
    }

    #[test]
    fn normalize_makes_one_blank_line_between_paragraphs() {
        assert_eq!(normalize("  a  \n\n\n\n b\nc\n\n"), "a\n\nb\nc");
    }
}
