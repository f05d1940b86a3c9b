//! Which organisation names in an article are one business: an apposition ("PT Lestari
//! Pangan, produsen Roti Lestari,"), a short name in brackets, "X atau Y", an acronym that
//! spells a name's initials, and names that share their leading words. One record per
//! business depends on it, so the grouping lives apart from finding the names.

use std::collections::HashMap;

use super::{LEGAL_SUFFIXES, OrgRef, Rules};
use crate::text::Doc;

impl Rules {
    /// Keys of organisations that an apposition names as one business ("PT Lestari Pangan,
    /// produsen Roti Lestari,"), mapped to the key of whichever the article names first.
    pub fn same_entity_aliases(&self, doc: &Doc, sent_orgs: &[Vec<OrgRef>]) -> HashMap<String, String> {
        let mut first_seen: HashMap<&str, usize> = HashMap::new();
        for o in sent_orgs.iter().flatten() {
            let e = first_seen.entry(o.key.as_str()).or_insert(o.span.start);
            *e = (*e).min(o.span.start);
        }
        let mut aliases: HashMap<String, String> = HashMap::new();
        for (si, orgs) in sent_orgs.iter().enumerate() {
            let sent_start = doc.sentences[si].span.start;
            for (i, w) in orgs.windows(2).enumerate() {
                let (a, b) = (&w[0], &w[1]);
                // ("—Grab, Gojek, Maxim, dan InDrive—": members of a list name no one business)
                let listed = orgs.get(i + 2).is_some_and(|c| {
                    c.span.start >= b.span.end && doc.text[b.span.end..c.span.start].trim_matches([' ', ',']).split_whitespace().all(|w| matches!(w, "dan" | "serta" | "atau"))
                });
                if !(a.is_company && b.is_company) || same_org(&a.key, &b.key) || b.span.start < a.span.end {
                    continue;
                }
                let gap = &doc.text[a.span.end..b.span.start];
                // "PT Kirim Cepat Indonesia (Kirimin)": the short name in brackets
                // (after a legal suffix the name leaves out: "PT X Tbk (XX)")
                let gap_start = gap.trim_start();
                let unsuffixed = LEGAL_SUFFIXES.iter().find_map(|x| gap_start.strip_prefix(x)).unwrap_or(gap_start);
                let bracketed = unsuffixed.trim() == "(" && doc.text[b.span.end..].trim_start().starts_with(')');
                // "Perusahaan Umum Lembaga ... atau AirNav Indonesia": a legal name, then the
                // name it goes by
                let also_known = unsuffixed.trim().trim_start_matches(',').trim() == "atau" && a.rule == "company.legal_form" && b.name.len() < a.name.len();
                // "Produsen roti Aoka, PT Indonesia Bakery Family (PT IBF), membantah": a
                // legal name in apposition to the product's maker
                // ("Induk usaha Wings Air, Lion Air Group memastikan"); not a list ("..., B dan C")
                let maker_apposition = !listed
                    && gap.trim_start().strip_prefix(',').is_some_and(|g| g.split_whitespace().count() <= 1)
                    && self.same_entity_before.is_match(&doc.text[sent_start..a.span.start])
                    && self.apposition_end.captures(&doc.text[b.span.end..]).is_some_and(|c| c.get(1).is_none_or(|w| !matches!(w.as_str(), "dan" | "serta" | "atau")));
                if !bracketed && !also_known && !maker_apposition && !self.same_entity.is_match(gap) {
                    continue;
                }
                unite(&mut aliases, &first_seen, &a.key, &b.key);
            }
        }
        // "PT Panca Logam Makmur ... PT PLM": an acronym spelling a company's initials names
        // that company, wherever the article spells it out
        let mut names: Vec<(&str, &str)> = sent_orgs.iter().flatten().filter(|o| o.is_company).map(|o| (o.key.as_str(), o.name.as_str())).collect();
        names.sort_by_key(|(k, _)| first_seen.get(k).copied().unwrap_or(usize::MAX));
        names.dedup_by_key(|(k, _)| *k);
        for (ak, acronym) in &names {
            let Some((lk, _)) = names.iter().find(|(k, n)| k != ak && spells_initials(acronym, n)) else { continue };
            unite(&mut aliases, &first_seen, ak, lk);
        }
        // a group named by a short name in brackets ("PT Semen Andalas Perkasa Tbk (SMAP)")
        // also takes the shorter form the article uses ("Semen Andalas")
        let mut keys: Vec<&str> = first_seen.keys().copied().collect();
        keys.sort_by_key(|k| first_seen[k]);
        let grouped = |k: &str, aliases: &HashMap<String, String>| aliases.contains_key(k) || aliases.values().any(|v| v == k);
        for (i, a) in keys.iter().enumerate() {
            for b in &keys[i + 1..] {
                let (ka, kb) = (canon(a, &aliases), canon(b, &aliases));
                if ka != kb && same_org(a, b) && (grouped(a, &aliases) || grouped(b, &aliases)) {
                    join(&mut aliases, ka, kb);
                }
            }
        }
        aliases
    }
}

/// Does `acronym` ("PLM", "KJA") spell the initials of `name`'s capitalised words ("Panca
/// Logam Makmur", "Kreasi Jaya Adhikarya")? Two to six capitals; the name has as many words.
fn spells_initials(acronym: &str, name: &str) -> bool {
    let n = acronym.chars().count();
    if !(2..=6).contains(&n) || !acronym.chars().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let words: Vec<&str> = name.split_whitespace().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).collect();
    words.len() == n && words.len() == name.split_whitespace().count() && words.iter().zip(acronym.chars()).all(|(w, c)| w.starts_with(c))
}

/// The key a name's group goes by (itself when it is in no group).
fn canon(k: &str, aliases: &HashMap<String, String>) -> String {
    aliases.get(k).cloned().unwrap_or_else(|| k.to_string())
}

/// Put `a`'s and `b`'s groups together under the key of whichever the article names first.
fn unite(aliases: &mut HashMap<String, String>, first_seen: &HashMap<&str, usize>, a: &str, b: &str) {
    let (ka, kb) = (canon(a, aliases), canon(b, aliases));
    if ka == kb {
        return;
    }
    let (keep, drop) = if first_seen.get(ka.as_str()) <= first_seen.get(kb.as_str()) { (ka, kb) } else { (kb, ka) };
    join(aliases, keep, drop);
}

/// Join `drop`'s group to `keep`'s.
fn join(aliases: &mut HashMap<String, String>, keep: String, drop: String) {
    for v in aliases.values_mut() {
        if *v == drop {
            *v = keep.clone();
        }
    }
    aliases.insert(drop, keep);
}

/// Two organisation keys name the same organisation: equal, or one is the other's leading
/// words ("mal taman anggrek" and "mal taman anggrek jakarta barat").
pub fn same_org(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.chars().count() >= 4 && long.starts_with(short) && long[short.len()..].starts_with(' ') {
        return true;
    }
    // "danakita" and "dana kita bersama": one name written with and without spaces
    if short.contains(' ') != long.contains(' ') {
        let squeeze = |s: &str| s.split_whitespace().collect::<String>();
        let (ss, ls) = (squeeze(short), squeeze(long));
        if ss.chars().count() >= 5 && ls.starts_with(&ss) {
            return true;
        }
    }
    // "asuransi mitra abadi" and "asuransi jiwa mitra abadi": same first and last word, the
    // shorter name's words in order inside the longer one
    let (sw, lw): (Vec<&str>, Vec<&str>) = (short.split_whitespace().collect(), long.split_whitespace().collect());
    if sw.len() < 2 || sw.first() != lw.first() || sw.last() != lw.last() {
        return false;
    }
    let mut it = lw.iter();
    sw.iter().all(|w| it.any(|l| l == w))
}
