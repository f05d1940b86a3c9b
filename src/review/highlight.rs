//! Evidence spans as nested `<mark>` elements over the escaped article text.
//!
//! Evidence offsets are character (Unicode scalar) offsets, so they are mapped to byte offsets
//! before slicing. Spans overlap freely (a quote contains the company; two records share the
//! outlet), while HTML elements must nest: the text is cut at every span boundary and, segment
//! by segment, the open marks are kept as a stack ordered by (start, longest first). A mark
//! that crosses the end of an outer one is closed and reopened, so the markup is always
//! well-formed and each character shows every span that covers it.

use std::collections::BTreeMap;

use crate::record::{ArticleOutput, Evidence};

use super::html::esc;

/// Field kinds shown on the page, in legend order, with their CSS class suffix.
pub const KINDS: &[(&str, &str)] = &[
    ("company", "company"),
    ("allegation", "allegation"),
    ("quote", "denial quote"),
    ("speaker", "speaker"),
    ("date", "date"),
    ("outlet", "outlet"),
];

/// The kind of an evidence key (`denial_quote` → `quote`, `published` → `date`).
pub fn kind_of(field: &str) -> &'static str {
    match field {
        "company" => "company",
        "allegation" => "allegation",
        "denial_quote" => "quote",
        "speaker" => "speaker",
        "date" | "published" => "date",
        "outlet" => "outlet",
        _ => "other",
    }
}

fn rank(kind: &str) -> usize {
    KINDS.iter().position(|(k, _)| *k == kind).unwrap_or(KINDS.len())
}

/// One highlighted span in character offsets; `titles` say which field, rule and record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub kind: &'static str,
    pub titles: Vec<String>,
}

/// The marks of an article, and the evidence that could not be placed in `text` (offsets out
/// of range, or a slice that is not the evidence text: the output is stale or wrong).
pub fn marks(out: &ArticleOutput, text: &str) -> (Vec<Mark>, Vec<String>) {
    let starts: Vec<usize> = char_starts(text);
    let nchars = starts.len() - 1;
    let mut by_span: BTreeMap<(usize, usize, &'static str), Vec<String>> = BTreeMap::new();
    let mut problems = Vec::new();
    let mut add = |field: &str, ev: &Evidence, whose: &str| {
        let (Some(s), Some(e)) = (ev.start, ev.end) else { return };
        if s > e || e > nchars {
            problems.push(format!("{whose} {field}: span {s}..{e} outside the text ({nchars} characters)"));
            return;
        }
        let slice = &text[starts[s]..starts[e]];
        if slice != ev.text {
            problems.push(format!("{whose} {field}: text at {s}..{e} is not the evidence text"));
            return;
        }
        if s == e {
            return;
        }
        by_span.entry((s, e, kind_of(field))).or_default().push(format!("{field} · {} · {whose}", ev.rule));
    };
    for (field, ev) in &out.article.evidence {
        add(field, ev, "article");
    }
    for (i, r) in out.records.iter().enumerate() {
        let whose = format!("record {}", i + 1);
        for (field, ev) in &r.evidence {
            add(field, ev, &whose);
        }
    }
    let marks = by_span.into_iter().map(|((start, end, kind), titles)| Mark { start, end, kind, titles }).collect();
    (marks, problems)
}

/// Byte offset of every character, plus the text length at the end.
fn char_starts(text: &str) -> Vec<usize> {
    text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect()
}

/// The escaped text with the marks as well-nested `<mark>` elements.
pub fn render(text: &str, marks: &[Mark]) -> String {
    let starts = char_starts(text);
    let nchars = starts.len() - 1;
    let mut order: Vec<usize> = (0..marks.len()).filter(|&i| marks[i].end <= nchars && marks[i].start < marks[i].end).collect();
    order.sort_by_key(|&i| (marks[i].start, std::cmp::Reverse(marks[i].end), rank(marks[i].kind), i));
    let mut cuts: Vec<usize> = vec![0, nchars];
    for &i in &order {
        cuts.push(marks[i].start);
        cuts.push(marks[i].end);
    }
    cuts.sort_unstable();
    cuts.dedup();

    let mut html = String::with_capacity(text.len() + marks.len() * 80);
    let mut stack: Vec<usize> = Vec::new();
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let active: Vec<usize> = order.iter().copied().filter(|&i| marks[i].start <= a && marks[i].end >= b).collect();
        let keep = stack.iter().zip(&active).take_while(|(x, y)| x == y).count();
        for _ in keep..stack.len() {
            html.push_str("</mark>");
        }
        stack.truncate(keep);
        for &i in &active[keep..] {
            let m = &marks[i];
            html.push_str(&format!("<mark class=\"hl f-{}\" title=\"{}\">", esc(m.kind), esc(&m.titles.join("\n"))));
            stack.push(i);
        }
        html.push_str(&esc(&text[starts[a]..starts[b]]));
    }
    for _ in 0..stack.len() {
        html.push_str("</mark>");
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(start: usize, end: usize, kind: &'static str) -> Mark {
        Mark { start, end, kind, titles: vec![format!("{kind}.rule")] }
    }

    /// Remove the tags, keeping text: must give back the escaped text.
    fn strip(html: &str) -> String {
        let re = regex::Regex::new(r"<[^>]*>").unwrap();
        re.replace_all(html, "").into_owned()
    }

    /// Tags open and close in stack order.
    fn well_formed(html: &str) -> bool {
        let mut depth = 0i32;
        for t in regex::Regex::new(r"</?mark").unwrap().find_iter(html) {
            depth += if t.as_str() == "<mark" { 1 } else { -1 };
            if depth < 0 {
                return false;
            }
        }
        depth == 0
    }

    #[test]
    fn nested_spans_nest() {
        let t = "Kata \"PT Abc tidak\" ujar";
        let h = render(t, &[m(5, 19, "quote"), m(6, 12, "company")]);
        assert_eq!(h, "Kata <mark class=\"hl f-quote\" title=\"quote.rule\">&quot;<mark class=\"hl f-company\" title=\"company.rule\">PT Abc</mark> tidak&quot;</mark> ujar");
    }

    #[test]
    fn crossing_spans_are_split_and_stay_well_formed() {
        let t = "abcdefghij";
        let h = render(t, &[m(0, 6, "quote"), m(3, 9, "allegation")]);
        assert!(well_formed(&h), "{h}");
        assert_eq!(strip(&h), t);
        assert_eq!(h.matches("f-allegation").count(), 2);
    }

    #[test]
    fn offsets_are_characters_not_bytes() {
        let t = "“Kami” — Ümit bilang";
        let (s, e) = (9, 13);
        let h = render(t, &[m(s, e, "speaker")]);
        assert!(h.contains(">Ümit</mark>"), "{h}");
    }

    proptest::proptest! {
        #[test]
        fn any_marks_give_well_formed_markup(spans in proptest::collection::vec((0usize..12, 0usize..12, 0usize..6), 0..8)) {
            let t = "a<b>&\"c é d'ef";
            let n = t.chars().count();
            let ms: Vec<Mark> = spans.into_iter()
                .map(|(a, b, k)| m(a.min(b).min(n), a.max(b).min(n), KINDS[k].0))
                .collect();
            let h = render(t, &ms);
            proptest::prop_assert!(well_formed(&h));
            proptest::prop_assert_eq!(strip(&h), esc(t));
        }
    }
}
