//! People tied to organisations: appositions and roles ("Direktur PT X, Budi", "Budi,
//! juru bicara X", "X melalui EVP ..., Hera") give the company a person speaks for, so that
//! "kata Budi" later in the article can be resolved to it.

use std::cmp::Ordering;
use std::sync::LazyLock;

use regex_syntax::hir::{Class, Hir, HirKind};

use super::{Affiliation, OrgRef, Rules, WINDOW, word_offsets};
use crate::rx::Scanned;
use crate::text::Doc;

impl Rules {
    /// People tied to organisations by appositions and roles, over the whole text:
    /// `Role Org, Person`, `Person, Role Org`, `Role Org Person`, `Org melalui Role, Person`.
    ///
    /// `known` holds each sentence's organisations found so far (names the article
    /// introduced with a cue and repeats bare: "PT Tower Bersama ... Direktur Tower Bersama");
    /// it may be empty.
    pub fn affiliations(&self, doc: &Doc, known: &[Vec<OrgRef>]) -> Vec<Affiliation> {
        self.affiliations_in(doc, known, None)
    }

    /// [`Rules::affiliations`], with the article's [`Rules::scan_article`] if given.
    pub fn affiliations_in(&self, doc: &Doc, known: &[Vec<OrgRef>], scanned: Option<&Scanned>) -> Vec<Affiliation> {
        let text = doc.text;
        let mut out: Vec<Affiliation> = Vec::new();
        for (si, sent) in doc.sentences.iter().enumerate() {
            let sp = sent.span.clone();
            for role in self.roles_in_scanned(doc, &sp, scanned) {
                // organisation after the role
                let orgs_after: Vec<OrgRef> = {
                    let rest = role.end..sp.end;
                    let window_end = text.floor_char_boundary((role.end + WINDOW).min(sp.end));
                    let mut o = self.orgs_in_scanned(doc, &(role.start..window_end), scanned);
                    for k in known.get(si).into_iter().flatten() {
                        if k.span.start >= role.start && k.span.end <= window_end && !o.iter().any(|x| x.span.start < k.span.end && k.span.start < x.span.end) {
                            o.push(k.clone());
                        }
                    }
                    o.sort_by_key(|x| x.span.start);
                    // "Direktur Pemasaran PT X": a department may stand between the role and
                    // a name that is unmistakably an organisation
                    let department = |x: &OrgRef| {
                        matches!(x.rule, "company.legal_form" | "company.lexicon")
                            && text[rest.start..x.span.start].split_whitespace().count() <= 3
                            && !text[rest.start..x.span.start].contains([',', '.', ';', '(', '"', '“'])
                    };
                    // or a department from the lexicon: "Direktur Niaga Lintang Air"
                    let lead = text[rest.clone()].len() - text[rest.clone()].trim_start().len();
                    let past_department = self.skip_department(text, rest.start + lead..window_end);
                    // ("Direktur Kepatuhan Bank Arta Prima": past the department, an org prefix)
                    let at_department = |x: &OrgRef| {
                        x.span.start == past_department
                            || x.rule == "company.org_prefix"
                                && x.span.start > past_department
                                && text[past_department..x.span.start].split_whitespace().count() == 1
                                && !text[past_department..x.span.start].contains(',')
                    };
                    o.retain(|x| x.span.start >= rest.start && (x.span.start <= rest.start + 5 || at_department(x) || department(x)));
                    o
                };
                let mut org = orgs_after.first().cloned();
                let mut after_org = org.as_ref().map(|o| o.span.end).unwrap_or(role.end);
                if org.is_none() && !super::is_bare_head(&text[role.clone()]) {
                    // "Manager Mal Taman Anggrek Elvira Indriasari": four or more capitalised
                    // words after a role, no comma: the last two are the person.
                    let rest = &text[role.end..text.floor_char_boundary((role.end + WINDOW).min(sp.end))];
                    let lead = rest.len() - rest.trim_start().len();
                    if let Some(m) = self.cap_seq.find_at_start(&rest[lead..]) {
                        let seq = role.end + lead..role.end + lead + m.end();
                        let words = word_offsets(&text[seq.clone()]);
                        if words.len() >= 4 {
                            let split = seq.start + words[words.len() - 2].0;
                            org = self.org_from_name(text, seq.start..split, "company.role_of");
                            after_org = split;
                        }
                    }
                }
                // "Direktur PT X, produsen roti Y, Budi": the description of the org is skipped
                if org.is_some() {
                    // past a legal suffix first: "PT X Tbk (XX), Budi"
                    let rest = &text[after_org..text.floor_char_boundary((after_org + WINDOW).min(sp.end)).max(after_org)];
                    let lead = rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len();
                    if let Some(sfx) = super::LEGAL_SUFFIXES.iter().find(|x| rest[lead..].starts_with(*x) && !rest[lead + x.len()..].starts_with(char::is_alphanumeric)) {
                        after_org += lead + sfx.len();
                    }
                    let rest = &text[after_org..text.floor_char_boundary((after_org + WINDOW).min(sp.end)).max(after_org)];
                    // and so is its short name in brackets: "PT Kirim Cepat (Kirimin), Dimas"
                    if let Some(m) = self.bracketed.find(rest) {
                        after_org += m.end();
                    }
                    let rest = &text[after_org..text.floor_char_boundary((after_org + WINDOW).min(sp.end)).max(after_org)];
                    // (", dr Andreas," is a person behind an honorific, no description)
                    let honorific = self.honorific.is_match(rest.trim_start_matches([',', ' ', '\u{a0}']));
                    if let Some(m) = self.appositive.find(rest).filter(|_| !honorific) {
                        after_org += m.end() - 1;
                    }
                }
                // "X melalui Head of Marketing-nya, Sandra": the title ends at "-nya,"
                if org.is_none() {
                    let rest = &text[after_org..text.floor_char_boundary((after_org + WINDOW).min(sp.end)).max(after_org)];
                    if let Some(end) = title_nya_end(rest) {
                        after_org += end;
                    }
                }
                // Person after the org: ", Person" or " Person"
                let rest = &text[after_org..text.floor_char_boundary((after_org + WINDOW).min(sp.end)).max(after_org)];
                let mut skip = rest.len() - rest.trim_start_matches([',', ' ', '\u{a0}']).len();
                // "Direktur Utama Farmasi Husada, dr Andreas Kusuma": past an honorific
                if let Some(m) = self.honorific.find(&rest[skip..]) {
                    skip += m.end();
                }
                let mut person = self
                    .cap_seq
                    .find_at_start(&rest[skip..])
                    .map(|m| after_org + skip..after_org + skip + m.end());
                // "Corporate Secretary Mayora Indah, Yuni Gunawan": one word running on from
                // the organisation's name, then a comma and a name: that name is the person
                if org.is_some()
                    && let Some(p) = person.clone().filter(|p| !rest[..skip].contains(',') && !text[p.clone()].contains(' '))
                    && let Some(after) = text[p.end..sp.end].strip_prefix(',')
                {
                    let lead = after.len() - after.trim_start().len();
                    if let Some(m) = self.cap_seq.find_at_start(&after[lead..]).filter(|m| m.as_str().contains(' ')) {
                        let at = p.end + 1 + lead;
                        person = Some(at..at + m.end());
                    }
                }
                // Person before the role: "Person, Role"
                let before_start = text.ceil_char_boundary(role.start.saturating_sub(WINDOW).max(sp.start));
                let before = &text[before_start..role.start];
                let before_t = before.trim_end();
                // "Mandala Siregar, yang menjabat Vice President ...": a relative clause or
                // "selaku" between the person's comma and the title
                let before_t = self.title_lead_in.find(before_t).map_or(before_t, |m| before_t[..m.start() + 1].trim_end());
                let person_before = if before_t.ends_with(',') {
                    let b = before_t.trim_end_matches(',').trim_end();
                    self.cap_seq
                        .find_iter(b)
                        .last()
                        .filter(|m| m.end() == b.len())
                        .map(|m| before_start + m.start()..before_start + m.end())
                } else if org.is_some() {
                    // "YAHYA WIJAYA SH Kuasa Hukum PT X menilai ...": a name (and academic
                    // degree) opening the sentence right before the title of a named company
                    let b = text[sp.start..role.start].trim_end();
                    self.cap_seq
                        .find_at_start(b)
                        .filter(|m| !b.is_empty() && m.end() == b.len() && b.split_whitespace().count() <= 5)
                        .map(|m| sp.start + m.start()..sp.start + m.end())
                } else {
                    None
                };
                // Org before "melalui Role": "BCA melalui EVP ..., Hera"
                let org = org.or_else(|| {
                    let b = before_t.strip_suffix("melalui")?.trim_end();
                    let bs = before_start..before_start + b.len();
                    self.orgs_in_scanned(doc, &bs, scanned).into_iter().last()
                });
                for p in [person, person_before].into_iter().flatten() {
                    let Some(p) = self.trim_name(text, p) else { continue };
                    // "PT Nusa Kargo Prima, pemilik merek ...": a legal name is no person
                    if self.legal_form_before.is_match(&text[text.floor_char_boundary(p.start.saturating_sub(8))..p.start]) {
                        continue;
                    }
                    let name = &text[p];
                    // a company's name is no person, but "Astra Nugraha" after "Juru bicara
                    // Glowee," is one whose first name a lexicon company shares
                    if org.as_ref().is_some_and(|o| o.name == name) || self.names.find(name).is_some_and(|m| m.start() == 0 && (m.end() == name.len() || org.is_none())) {
                        continue;
                    }
                    let tokens: Vec<String> = name.split_whitespace().map(|t| t.trim_end_matches([',', '.']).to_string()).collect();
                    if tokens.is_empty() || tokens.iter().all(|t| self.is_function_word(t)) {
                        continue;
                    }
                    out.push(Affiliation { tokens, org: org.clone() });
                }
            }
        }
        out
    }

    /// The affiliation of a person named (fully or by one of their name tokens).
    pub fn affiliation_of<'x>(&self, affs: &'x [Affiliation], name: &str) -> Option<&'x Affiliation> {
        let toks: Vec<&str> = name.split_whitespace().collect();
        if toks.is_empty() {
            return None;
        }
        let all_in = |ts: &[&str]| affs.iter().find(|a| ts.iter().all(|t| a.tokens.iter().any(|at| at == t)));
        // "Promotion Manager Mal Taman Anggrek Elvira Indriasari": the name ends the phrase
        all_in(&toks).or_else(|| (toks.len() > 2).then(|| all_in(&toks[toks.len() - 2..])).flatten())
    }
}

/// `[\p{L}\s&]`: the characters of a title before "-nya,", as sorted ranges taken from the
/// regex syntax's own Unicode tables (the class the rule was first written with).
static TITLE_CHARS: LazyLock<Vec<(char, char)>> = LazyLock::new(|| match regex_syntax::parse(r"[\p{L}\s&]").map(Hir::into_kind) {
    Ok(HirKind::Class(Class::Unicode(c))) => c.ranges().iter().map(|r| (r.start(), r.end())).collect(),
    other => unreachable!("a Unicode class parses as one: {other:?}"),
});

/// Where a title ending in "-nya," ends at the start of `s` ("Head of Marketing-nya,
/// Sandra"): the end of the match of `^[\p{L}\s&]{0,40}?-?nya\s*,`, the shortest title
/// first. Written out rather than compiled: the forty copies of a Unicode letter class in
/// that one pattern took a sixth of the rules' compile time at startup (43 of 238 ms; 62 M
/// of 1,106 M instructions).
pub(super) fn title_nya_end(s: &str) -> Option<usize> {
    let in_class = |c: char| {
        TITLE_CHARS.binary_search_by(|&(lo, hi)| if hi < c { Ordering::Less } else if lo > c { Ordering::Greater } else { Ordering::Equal }).is_ok()
    };
    let mut at = 0;
    for _ in 0..=40 {
        let t = &s[at..];
        // `-?nya\s*,` (`\s` is Unicode White_Space, as `char::is_whitespace`)
        if let Some(rest) = t.strip_prefix("-nya").or_else(|| t.strip_prefix("nya")) {
            let after = rest.trim_start_matches(char::is_whitespace);
            if after.starts_with(',') {
                return Some(s.len() - after.len() + 1);
            }
        }
        at += t.chars().next().filter(|&c| in_class(c))?.len_utf8();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::super::tests::rules;
    use super::title_nya_end;
    use crate::text::Doc;

    /// The (name, key) of the organisation `person` is tied to in `text`.
    fn affiliated(text: &str, person: &str) -> Option<(String, String)> {
        let r = rules();
        let affs = r.affiliations(&Doc::new(text), &[]);
        let a = r.affiliation_of(&affs, person).unwrap_or_else(|| panic!("{person} affiliated"));
        a.org.as_ref().map(|o| (o.name.clone(), o.key.clone()))
    }

    fn affiliated_org(text: &str, person: &str) -> Option<String> {
        affiliated(text, person).map(|(name, _)| name)
    }

    #[test]
    fn department_between_role_and_legal_name() {
        let t = "Direktur Pemasaran PT Lestari Pangan Nusantara, Yuliani Hartono, menegaskan hal itu.";
        assert_eq!(affiliated_org(t, "Yuliani").as_deref(), Some("Lestari Pangan Nusantara"));
    }

    #[test]
    fn description_of_the_company_between_company_and_person() {
        let t = "Chief Operating Officer PT Senja Rasa Indonesia, pengelola kedai Kopi Senja, Bagas Pramudya, mengatakan itu.";
        assert_eq!(affiliated_org(t, "Bagas").as_deref(), Some("Senja Rasa Indonesia"));
    }

    #[test]
    fn short_name_in_brackets_between_company_and_person() {
        let t = "VP Corporate Affairs PT Kirim Cepat Indonesia (Kirimin), Dimas Aryo Prakoso, menyebut itu keliru.";
        assert_eq!(affiliated_org(t, "Dimas").as_deref(), Some("Kirim Cepat Indonesia"));
    }

    #[test]
    fn person_before_role_apposition() {
        let t = "Rina Wulandari, Corporate Secretary PT Kereta Kencana, menegaskan hal itu.";
        assert_eq!(affiliated_org(t, "Rina").as_deref(), Some("Kereta Kencana"));
    }

    #[test]
    fn company_via_melalui_role() {
        let t = "BCA melalui EVP Corporate Communication, Hera Putri, menegaskan tidak ada kebocoran.";
        assert_eq!(affiliated(t, "Hera").map(|(_, key)| key).as_deref(), Some("BCA"));
    }

    #[test]
    fn person_after_role_and_acronym_is_not_the_company() {
        let t = "Presiden Direktur ABC Budi Santoso menampik tuduhan itu.";
        assert_eq!(affiliated_org(t, "Budi").as_deref(), Some("ABC"));
    }

    #[test]
    fn department_before_a_lexicon_name_is_dropped() {
        assert_eq!(affiliated_org("Direktur Purnajual Wuling Motors Maulana Hakim mengaku telah berkomunikasi.", "Maulana").as_deref(), Some("Wuling Motors"));
    }

    #[test]
    fn comma_closes_an_acronym_led_name() {
        let t = "Direktur Operasional PO Lintas Andalas, Syafrizal Datuak, menunjukkan catatan perawatan.";
        assert_eq!(affiliated_org(t, "Syafrizal Datuak").as_deref(), Some("PO Lintas Andalas"));
    }

    #[test]
    fn english_compound_title() {
        let t = "Public Relations & Government Affairs Director Voxa Indonesia, Ferdinand Lumbantobing, menyebut koneksi itu aman.";
        assert_eq!(affiliated_org(t, "Ferdinand").as_deref(), Some("Voxa Indonesia"));
    }

    #[test]
    fn honorific_before_the_person() {
        let t = "Direktur Utama Farmasi Husada, dr Andreas Kusuma, mengatakan perusahaan tidak menggunakan bahan itu.";
        assert_eq!(affiliated_org(t, "Andreas").as_deref(), Some("Farmasi Husada"));
    }

    #[test]
    fn chief_officer_title() {
        let t = "Chief Content Officer PT Tontonin Media Digital, Reza Mahendra, mengatakan seluruh film berlisensi.";
        assert_eq!(affiliated_org(t, "Reza").as_deref(), Some("Tontonin Media Digital"));
    }

    #[test]
    fn title_nya_end_is_the_pattern_it_replaces() {
        let re = regex::Regex::new(r"^[\p{L}\s&]{0,40}?-?nya\s*,").unwrap();
        let pieces = ["a", "N", "n", "y", "ya", "nya", "-", "-nya", ",", " ", "\u{a0}", "\n", "&", "1", "\u{e9}", "\u{2019}", "\u{1c5}", "\u{301}", "\u{2160}", "Marketing ", "x".repeat(38).leak()];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut matched = 0;
        for _ in 0..20_000 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            let n = (seed % 9) as usize;
            let s: String = (0..n).map(|i| pieces[((seed >> (6 + 5 * i)) % pieces.len() as u64) as usize]).collect();
            let end = title_nya_end(&s);
            assert_eq!(end, re.find(&s).map(|m| m.end()), "{s:?}");
            matched += usize::from(end.is_some());
        }
        assert!(matched > 200, "{matched} strings matched");
        assert_eq!(title_nya_end("Head of Marketing-nya, Sandra"), Some(22));
        assert_eq!(title_nya_end(&format!("{}nya,", "a".repeat(40))), Some(44));
        assert_eq!(title_nya_end(&format!("{}nya,", "a".repeat(41))), None);
    }
}
