//! A cheap pass before the HTML parser: the text inside the page head's inline `<script>`
//! and `<style>` elements is dropped, the elements themselves kept.
//!
//! News pages carry most of their bytes there (ad and analytics code, CSS: 26 of the 35 KB
//! of a benchmark page), and html5ever tokenizes it character by character only for the
//! content finder to delete it (`dom_smoothie` removes every `script` and `style` before it
//! looks at the page). Nothing that reads the page looks at that text: the metadata reader
//! reads JSON-LD scripts (kept), `<title>` and `<meta>`; its date-element walk reads elements
//! by class or id (such scripts and styles are kept); the content finder's byline search and
//! the date-text search walk the body only. The elements stay in place, so the element
//! count and the document order of every node are unchanged.
//!
//! Only the head is touched, and only while the page is read exactly as the HTML tokenizer
//! and tree builder would: the scan follows the tokenizer's rules for comments, doctypes,
//! tags and attribute values, and stops for good at the first thing that would leave the
//! head (text, a body element, an end tag other than `</head>`), at anything it does not
//! model (`<noscript>`, which `dom_query` parses with scripting off, `<template>`,
//! `<noframes>`, a `<!--` inside a script, which can change where the script ends) and at
//! an unterminated construct. From there on the page is left as it is.

/// ASCII whitespace as the tokenizer sees it (CR is turned into LF before tokenizing).
fn is_ws(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | b'\x0C' | b'\r' | b' ')
}

/// The page with the text of its head's inline scripts and styles removed, or `None` when
/// there is nothing to remove.
pub fn strip_head_code(html: &str) -> Option<String> {
    let s = html.as_bytes();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while let Some(lt) = memchr::memchr(b'<', &s[i..]).map(|k| i + k) {
        if !s[i..lt].iter().all(|&b| is_ws(b)) {
            break; // text: the head ends here
        }
        let rest = &s[lt..];
        if rest.starts_with(b"<!--") {
            let Some(end) = comment_end(s, lt) else { break };
            i = end;
            continue;
        }
        if rest.starts_with(b"<!") || rest.starts_with(b"<?") {
            // doctype or bogus comment: up to the first '>'
            let Some(k) = memchr::memchr(b'>', rest) else { break };
            i = lt + k + 1;
            continue;
        }
        let end_tag = rest.starts_with(b"</");
        let name_at = lt + 1 + usize::from(end_tag);
        if !s.get(name_at).is_some_and(u8::is_ascii_alphabetic) {
            break;
        }
        let name_end = name_at + s[name_at..].iter().position(|&b| is_ws(b) || b == b'/' || b == b'>').unwrap_or(s.len() - name_at);
        let name = &s[name_at..name_end];
        let is = |want: &str| name.eq_ignore_ascii_case(want.as_bytes());
        let Some(close) = tag_end(s, name_end) else { break };
        if end_tag {
            if is("head") {
                i = close;
                continue;
            }
            break;
        }
        if ["html", "head", "base", "basefont", "bgsound", "link", "meta"].iter().any(|n| is(n)) {
            i = close;
        } else if is("title") || is("style") || is("script") {
            let Some((content_end, end)) = raw_end(s, close, name) else { break };
            let content = &s[close..content_end];
            if is("script") && memchr::memmem::find(content, b"<!--").is_some() {
                break;
            }
            if !is("title") && !content.is_empty() && !keep(&s[lt..close]) {
                cuts.push((close, content_end));
            }
            i = end;
        } else {
            break;
        }
    }
    if cuts.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(html.len());
    let mut from = 0;
    for (a, b) in cuts {
        out.push_str(&html[from..a]);
        from = b;
    }
    out.push_str(&html[from..]);
    Some(out)
}

/// Start tags whose content stays: JSON-LD (read for metadata) and any element with a class,
/// id or itemprop (the date-element search reads such elements' text wherever they are).
fn keep(tag: &[u8]) -> bool {
    let lower = tag.to_ascii_lowercase();
    ["json", "class", "id", "itemprop"].iter().any(|w| memchr::memmem::find(&lower, w.as_bytes()).is_some())
}

/// The end of a comment opened at `lt` (`<!--`): after `-->` (also `<!-->`, `<!--->`) or
/// `--!>`, as the tokenizer's comment states end it.
fn comment_end(s: &[u8], lt: usize) -> Option<usize> {
    let a = memchr::memmem::find(&s[lt + 2..], b"-->").map(|k| lt + 2 + k + 3);
    let b = s.get(lt + 4..).and_then(|t| memchr::memmem::find(t, b"--!>")).map(|k| lt + 4 + k + 4);
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Where the text of a raw-text, RCDATA or script element that starts at `from` ends (its
/// appropriate end tag `</name` followed by whitespace, `/` or `>`), and where that end tag
/// ends.
fn raw_end(s: &[u8], from: usize, name: &[u8]) -> Option<(usize, usize)> {
    for k in memchr::memmem::find_iter(&s[from..], b"</") {
        let p = from + k;
        let after = p + 2 + name.len();
        if s.get(p + 2..after).is_some_and(|n| n.eq_ignore_ascii_case(name))
            && s.get(after).is_some_and(|&b| is_ws(b) || b == b'/' || b == b'>')
        {
            return Some((p, tag_end(s, after)?));
        }
    }
    None
}

/// The end (after its `>`) of a tag whose name ends at `i`, following the tokenizer's
/// attribute states: a `>` inside a quoted attribute value does not end the tag.
fn tag_end(s: &[u8], mut i: usize) -> Option<usize> {
    #[derive(Clone, Copy)]
    enum St {
        Before,
        Name,
        AfterName,
        BeforeValue,
        Quoted(u8),
        Unquoted,
        AfterQuoted,
        SelfClosing,
    }
    // "before attribute name": whitespace skipped, `/` self-closing, `>` ends, else a name
    let before = |b: u8| match b {
        b'/' => Some(St::SelfClosing),
        b'>' => None,
        b if is_ws(b) => Some(St::Before),
        _ => Some(St::Name),
    };
    let mut st = St::Before;
    while let Some(&b) = s.get(i) {
        i += 1;
        let next = match st {
            St::Before | St::AfterQuoted | St::SelfClosing => before(b),
            St::Name | St::AfterName => match b {
                b'=' => Some(St::BeforeValue),
                b if is_ws(b) => Some(St::AfterName),
                b'/' => Some(St::SelfClosing),
                b'>' => None,
                _ => Some(St::Name),
            },
            St::BeforeValue => match b {
                b'"' | b'\'' => Some(St::Quoted(b)),
                b'>' => None,
                b if is_ws(b) => Some(St::BeforeValue),
                _ => Some(St::Unquoted),
            },
            St::Quoted(q) => Some(if b == q { St::AfterQuoted } else { st }),
            St::Unquoted => match b {
                b'>' => None,
                b if is_ws(b) => Some(St::Before),
                _ => Some(St::Unquoted),
            },
        };
        match next {
            Some(n) => st = n,
            None => return Some(i),
        }
    }
    None
}

#[cfg(test)]
#[path = "prefilter_tests.rs"]
mod tests;
