//! Lists of companies: a capitalised name listed with companies the article already knows
//! ("yakni BTN, Muamalat, dan Bukopin") is a company too, though no lexicon or cue names it.
//! A reporter lists like with like; a list holding a ministry or the police is left alone.

use std::sync::LazyLock;

use super::{CAP_WORD, OrgRef, Rules};
use crate::text::Doc;

/// Capitalised names joined by commas and a final "dan"/"serta": "A, B, dan C", "A dan B".
static CAP_LIST: LazyLock<regex::Regex> = LazyLock::new(|| {
    let name = format!(r"{CAP_WORD}(?:[ \t\u{{A0}}]+{CAP_WORD}){{0,3}}");
    regex::Regex::new(&format!(r"{name}(?:\s*,\s*{name})*,?\s+(?:dan|serta)\s+{name}")).expect("list pattern compiles")
});

/// A preposition or place noun right before a list: its first member is a place.
static PLACE_BEFORE: LazyLock<regex::Regex> = LazyLock::new(|| {
    regex::Regex::new(r"(?i)\b(?:di|ke|dari|kota|kabupaten|provinsi|wilayah|daerah|kawasan|negara)\s+$").expect("place pattern compiles")
});

impl Rules {
    /// Adds to each sentence's organisations the unknown members of a list in which at
    /// least two members are companies and none is a non-company (`company.list_member`).
    pub(super) fn add_list_members(&self, doc: &Doc, sent_orgs: &mut [Vec<OrgRef>]) {
        let text = doc.text;
        for (si, sent) in doc.sentences.iter().enumerate() {
            if sent_orgs[si].iter().filter(|o| o.is_company).count() < 2 {
                continue;
            }
            let mut added = Vec::new();
            for m in CAP_LIST.find_iter(doc.slice(&sent.span)) {
                let list = sent.span.start + m.start()..sent.span.start + m.end();
                // ("produsen rokok di Soloraya, Kretek Nusantara dan Gudang Jaya": a place first)
                let after_place = PLACE_BEFORE.is_match(&text[sent.span.start..list.start]);
                let inside: Vec<&OrgRef> = sent_orgs[si].iter().filter(|o| o.span.start >= list.start && o.span.end <= list.end).collect();
                if inside.iter().filter(|o| o.is_company).count() < 2 || inside.iter().any(|o| !o.is_company) {
                    continue;
                }
                for (i, n) in self.cap_names(doc, &list).into_iter().enumerate() {
                    if i == 0 && after_place {
                        continue;
                    }
                    let Some(n) = self.trim_name(text, n) else { continue };
                    let name = &text[n.clone()];
                    if inside.iter().any(|o| o.span.start < n.end && n.start < o.span.end) || self.is_function_word(name) || self.is_non_company(name) {
                        continue;
                    }
                    if let Some(o) = self.org_from_name(text, n, "company.list_member") {
                        added.push(o);
                    }
                }
            }
            if !added.is_empty() {
                sent_orgs[si].extend(added);
                sent_orgs[si].sort_by_key(|o| o.span.start);
            }
        }
    }
}
