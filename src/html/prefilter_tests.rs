use dom_query::Document;

use super::strip_head_code;

fn code(d: &Document) -> Vec<dom_query::NodeRef<'_>> {
    d.root().descendants_it().filter(|n| n.has_name("script") || n.has_name("style")).collect()
}

/// The parsed page of `html` must be the parsed original with the text of the emptied
/// `script`/`style` elements removed, and nothing else changed.
fn same_tree(html: &str) -> Option<String> {
    let filtered = strip_head_code(html)?;
    let (a, b) = (Document::from(html), Document::from(filtered.as_str()));
    let (ca, cb) = (code(&a), code(&b));
    assert_eq!(ca.len(), cb.len(), "{html}");
    for (x, y) in ca.iter().zip(&cb) {
        if y.children().is_empty() {
            x.remove_children();
        }
    }
    assert_eq!(a.html(), b.html(), "{html}");
    Some(filtered)
}

#[test]
fn head_scripts_and_styles_lose_their_text() {
    let html = "<!DOCTYPE html>\n<html><head><meta charset=utf-8><title>a <script>x</script></title>\n\
        <script>var a = '</scrip' + 't>'; if (a<b) {}</script><style>p>a{color:red}</style>\n\
        <script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script>\
        <script class=\"tanggal\">2024-01-02</script><script id=x>1</script></head>\
        <body><script>keep()</script><p>Teks</p></body></html>";
    let f = same_tree(html).unwrap();
    assert!(f.contains("<script></script><style></style>"), "{f}");
    assert!(f.contains("<title>a <script>x</script></title>"), "{f}");
    assert!(f.contains("NewsArticle") && f.contains("2024-01-02") && f.contains(">1</script>"), "{f}");
    assert!(f.contains("<body><script>keep()</script>"), "{f}");
}

#[test]
fn tags_attributes_and_comments_are_read_as_the_tokenizer_reads_them() {
    for html in [
        // '>' inside quoted attribute values, unquoted values, self-closing slashes
        r#"<head><link href="a>b" rel='c>'><meta content=x/ name=y><script data-x="</script>">s</script></head><p>t"#,
        r#"<head><script src=a.js / >t</script ><style media="a" >b</style foo=">"></head><p>t"#,
        // end tags in other cases and with attributes
        "<HEAD><SCRIPT>a</SCRIPT\n><Style>b</STYLE\t></HEAD><p>t",
        // comments of every shape, doctype, bogus comments
        "<!-- <script>x</script> --><!--><!---><!-- a --!><!doctype html><?xml x><head><script>a</script></head>",
        "<head><!----><!-- -- --><script>a</script><!-- <style> --><style>b</style></head>",
        // the end tag must be followed by whitespace, / or >
        "<head><script>a</scripts>b</script><style>c</style-x>d</style/></head><p>x",
        // after </head>: scripts still go into the head
        "<head></head>\n<script>a</script><style>b</style><body><p>x",
        // CRLF
        "<head>\r\n<script>a\r\nb</script\r\n>\r\n<style>c</style></head>",
    ] {
        let f = same_tree(html).unwrap_or_else(|| panic!("nothing removed: {html}"));
        assert!(!f.contains(">a<") && !f.contains(">s<"), "{f}");
    }
}

#[test]
fn the_scan_stops_where_it_does_not_model_the_parser() {
    for html in [
        // escaped script text can move the script's end
        "<head><script><!-- <script> </script> x --></script><style>a</style></head>",
        // noscript (parsed with scripting off), template, noframes
        "<head><noscript><style>a</style></noscript><style>b</style></head>",
        "<head><template><style>a</style></template><style>b</style></head>",
        "<head><noframes><style>a</style></noframes><style>b</style></head>",
        // text, body elements, other end tags end the head
        "<head>x<style>a</style></head>",
        "<div><style>a</style></div>",
        "<head></title><style>a</style></head>",
        "<head></><style>a</style></head>",
        "< head><style>a</style>",
        // unterminated constructs
        "<head><script>a",
        "<head><style>a</style",
        "<head><!-- <style>a</style>",
        "<head><meta content=\"a><style>b</style>",
        "\u{feff}<head><style>a</style></head>",
    ] {
        assert_eq!(strip_head_code(html), None, "{html}");
    }
    // what came before the stop is still removed
    let f = same_tree("<head><style>a</style><script><!-- x --></script><style>b</style></head>").unwrap();
    assert!(f.starts_with("<head><style></style><script><!-- x --></script><style>b</style>"), "{f}");
}

#[test]
fn pages_read_alike_with_and_without_the_filter() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    for sub in ["crawl/pages", "html_dates"] {
        for e in std::fs::read_dir(format!("{dir}/{sub}")).unwrap() {
            let path = e.unwrap().path();
            if path.extension().is_some_and(|x| x == "html") {
                let bytes = std::fs::read(&path).unwrap();
                let (html, _) = super::super::charset::decode(&bytes, None);
                same_tree(&html);
            }
        }
    }
}
