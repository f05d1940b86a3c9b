//! Names an article introduces with a cue and then repeats bare ("PT Tower Bersama ...
//! Tower Bersama"), lists after a plural organisation noun, short names in brackets, and
//! list members: completing each sentence's organisations before any rule reads them.

use super::{LEGAL_SUFFIXES, OrgRef, Rules, SCAN_ORG_NOUN_LIST, word_boundary};
use crate::rx::Scanned;
use crate::text::Doc;

impl Rules {
    /// Complete per-sentence organisation lists (see [`Rules::orgs_in`]) with
    /// `company.apposition_list` (the names listed after a plural organisation noun) and
    /// `company.known_name` (bare recurrences of names introduced with a cue).
    pub fn add_known_names(&self, doc: &Doc, sent_orgs: &mut [Vec<OrgRef>]) {
        self.add_known_names_in(doc, sent_orgs, None)
    }

    /// [`Rules::add_known_names`], with the article's [`Rules::scan_article`] if given.
    pub fn add_known_names_in(&self, doc: &Doc, sent_orgs: &mut [Vec<OrgRef>], scanned: Option<&Scanned>) {
        let text = doc.text;
        for (si, sent) in doc.sentences.iter().enumerate() {
            let hay = doc.slice(&sent.span);
            let lists = match scanned {
                Some(sc) => sc.captures_iter(SCAN_ORG_NOUN_LIST, &self.org_noun_list, sent.span.clone()),
                None => self.org_noun_list.captures_iter(hay),
            };
            for m in lists.filter_map(|c| c.get(1)) {
                let list = sent.span.start + m.start()..sent.span.start + m.end();
                for n in self.cap_names(doc, &list) {
                    let Some(n) = self.trim_name(text, n) else { continue };
                    if sent_orgs[si].iter().any(|o| o.span.start < n.end && n.start < o.span.end) || self.is_function_word(&text[n.clone()]) {
                        continue;
                    }
                    if let Some(o) = self.org_from_name(text, n, "company.apposition_list") {
                        sent_orgs[si].push(o);
                    }
                }
            }
        }
        // "PT Kirim Cepat Indonesia (Kirimin)": the short name in brackets is the same company
        for (si, orgs) in sent_orgs.iter_mut().enumerate() {
            let end = doc.sentences[si].span.end;
            let mut short_names = Vec::new();
            for o in orgs.iter() {
                let rest = &text[o.span.end..end];
                let Some(c) = self.short_name.captures(rest) else { continue };
                let Some(m) = c.get(1).or_else(|| c.get(2).filter(|_| o.rule == "company.legal_form")) else { continue };
                let span = o.span.end + m.start()..o.span.end + m.end();
                // "(Persero)" is the legal form and "(Perseroan)" a defined term, no short name
                if orgs.iter().any(|x| x.span.start < span.end && span.start < x.span.end)
                    || self.is_non_company(m.as_str())
                    || LEGAL_SUFFIXES.iter().any(|x| x.trim_matches(['(', ')']) == m.as_str())
                    || m.as_str() == "Perseroan"
                {
                    continue;
                }
                // its own key, tied to the full name by `same_entity_aliases`
                short_names.push(OrgRef { key: self.key_for(m.as_str()), name: m.as_str().to_string(), span, rule: "company.short_name", is_company: o.is_company });
            }
            orgs.extend(short_names);
            orgs.sort_by_key(|o| o.span.start);
        }
        self.add_list_members(doc, sent_orgs);
        let mut known: Vec<(String, String, bool)> = sent_orgs
            .iter()
            .flatten()
            .filter(|o| o.rule != "company.lexicon")
            .map(|o| (o.name.clone(), o.key.clone(), o.is_company))
            .collect();
        known.sort();
        known.dedup();
        known.retain(|(n, _, _)| n.chars().count() >= 3 && !self.is_function_word(n));
        // "Head of Public Policy Tokoria": a role's capitalised tail ending in a name the
        // article knows names that organisation, the words before it are the department.
        for o in sent_orgs.iter_mut().flatten().filter(|o| o.rule == "company.role_of") {
            let shorter = known.iter().filter(|(n, _, _)| o.name.len() > n.len() && o.name.ends_with(n.as_str()) && o.name[..o.name.len() - n.len()].ends_with(' '));
            if let Some((n, k, c)) = shorter.max_by_key(|(n, _, _)| n.len()) {
                o.span.start = o.span.end - n.len();
                o.name = n.clone();
                o.key = k.clone();
                o.is_company = *c;
            }
        }
        // An organisation introduced as a non-company ("Asosiasi ... (APEN)") stays one where a
        // weaker cue takes it for a company ("Ketua Umum APEN").
        let non_companies: Vec<String> = known.iter().filter(|k| !k.2).map(|k| k.0.clone()).collect();
        known.retain(|(n, _, c)| !(*c && non_companies.contains(n)));
        for o in sent_orgs.iter_mut().flatten() {
            if o.is_company && matches!(o.rule, "company.role_of" | "company.org_noun") && non_companies.contains(&o.name) {
                o.is_company = false;
            }
        }
        if known.is_empty() {
            return;
        }
        for (si, sent) in doc.sentences.iter().enumerate() {
            let hay = doc.slice(&sent.span);
            for (name, key, is_company) in &known {
                let mut from = 0;
                while let Some(i) = hay[from..].find(name.as_str()) {
                    let s = sent.span.start + from + i;
                    let e = s + name.len();
                    from += i + name.len();
                    if !word_boundary(text, s, e) || sent_orgs[si].iter().any(|o| o.span.start < e && s < o.span.end) {
                        continue;
                    }
                    sent_orgs[si].push(OrgRef { key: key.clone(), name: name.clone(), span: s..e, rule: "company.known_name", is_company: *is_company });
                }
            }
            sent_orgs[si].sort_by_key(|o| o.span.start);
        }
    }
}
