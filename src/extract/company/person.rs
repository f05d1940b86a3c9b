//! People the article introduces by what they do ("penyanyi Ayu Larasati", "pengusaha Reno
//! Aditama"). Their names are never organisations, however a role or an organisation noun
//! frames them later ("Manajer Ayu", "manajemen Ayu"). And an organisation introduced as a
//! person's management or lawyer ("manajemen Ayu, PT Bintang Cahaya Manajemen") speaks for
//! that person: what it denies is about the person, not about a business of its own.

use super::{Affiliation, CAP_WORD, LEGAL_PREFIX, OrgRef, Rules, is_acronym, word_offsets};
use crate::lexicon::Lexicon;
use crate::rx::Regex;
use crate::text::{Doc, Span};

/// Patterns for people introduced by a person noun and for their representatives.
pub(super) struct PersonRules {
    /// "penyanyi Ayu Larasati": the name after a noun that only people take.
    intro: Regex,
    /// "manajemen Ayu, PT " right before an organisation: the person it represents.
    representative: Regex,
    /// "Penyanyi dangdut tersebut ...": a person noun pointing back, at a sentence's start,
    /// to whom the sentence before was about.
    pointer: Regex,
    /// A dateline opening a sentence ("Dewiku.com - "): no name of the sentence's.
    dateline: Regex,
}

impl PersonRules {
    pub(super) fn new(lex: &Lexicon) -> PersonRules {
        let name = format!(r"({CAP_WORD}(?:[ \t\u{{A0}}]+{CAP_WORD}){{0,3}})");
        let build = |s: String| Regex::new(&s).unwrap_or_else(|e| panic!("person pattern does not compile: {e}"));
        PersonRules {
            intro: build(format!(r"(?i:\b(?:{}))[ \t\u{{A0}}]+{name}", lex.alternation("person_nouns"))),
            representative: build(format!(
                r"(?i:\b(?:{}))[ \t\u{{A0}}]+{name}[ \t\u{{A0}}]*,[ \t\u{{A0}}]*(?:{LEGAL_PREFIX}[ \t\u{{A0}}]+)?$",
                lex.alternation("representative_nouns")
            )),
            dateline: build(crate::extract::denial::SENTENCE_DATELINE.to_string()),
            pointer: build(format!(r"(?i)^\W*(?:{})(?:\s+\p{{Ll}}+){{0,2}}\s+(?:tersebut|itu|ini)\b", lex.alternation("person_nouns"))),
        }
    }
}

/// The names of the people an article introduces, as token lists.
#[derive(Debug, Default)]
pub struct People {
    names: Vec<Vec<String>>,
}

impl People {
    /// Is `name` one of the people: their full name, or one word of it ("Ayu")?
    pub fn is_person(&self, name: &str) -> bool {
        let toks: Vec<&str> = name.split_whitespace().collect();
        self.names.iter().any(|p| match toks.as_slice() {
            [one] => p.iter().any(|t| t == one),
            many => p.len() == many.len() && p.iter().zip(many.iter()).all(|(a, b)| a == b),
        })
    }
}

impl Rules {
    /// People introduced by a person noun anywhere in the text; a name the company lexicon
    /// knows stays a company ("pengusaha Garuda" is rare, "pengguna Garuda" no person noun).
    pub fn introduced_people(&self, doc: &Doc) -> People {
        let mut names = Vec::new();
        // a name the lexicon knows, or a non-company's, is no person's
        let mut add = |name: &str| {
            if self.names.find(name).is_some() || self.is_non_company(name) {
                return;
            }
            let toks: Vec<String> = name.split_whitespace().filter(|t| !self.is_function_word(t)).map(str::to_string).collect();
            if !toks.is_empty() && !names.contains(&toks) {
                names.push(toks);
            }
        };
        for c in self.person.intro.captures_iter(doc.text) {
            let Some(m) = c.get(1) else { continue };
            let Some(span) = self.trim_name(doc.text, m.start()..m.end()) else { continue };
            add(&doc.text[span]);
        }
        // "Nella Kharisma terseret kasus ... Penyanyi dangdut tersebut diduga ...": a full name
        // opening one of the two sentences before (after a dateline; no site, no lexicon
        // company) is that person
        for (i, sent) in doc.sentences.iter().enumerate().skip(1) {
            if !self.person.pointer.is_match(doc.slice(&sent.span)) {
                continue;
            }
            let opening_name = |j: usize| {
                let sp = &doc.sentences[j].span;
                let t = doc.slice(sp);
                let head = self.person.dateline.find(t).map_or(0, |m| m.end());
                let at = sp.start + head + (t[head..].len() - t[head..].trim_start().len());
                self.cap_names(doc, sp).into_iter().filter_map(|n| self.trim_name(doc.text, n)).find(|n| n.start == at).filter(|n| {
                    let name = &doc.text[n.clone()];
                    name.split_whitespace().count() >= 2 && !name.contains(['.', '/', ':']) && !self.is_function_word(name)
                })
            };
            if let Some(n) = (i.saturating_sub(2)..i).rev().find_map(opening_name) {
                add(&doc.text[n]);
            }
        }
        People { names }
    }

    /// Drop organisations that are introduced people, and mark organisations that represent
    /// one ("manajemen Ayu, PT X") as no company; affiliations to a person lose their org.
    pub fn set_aside_people(&self, doc: &Doc, people: &People, sent_orgs: &mut [Vec<OrgRef>], affs: &mut [Affiliation]) {
        if people.names.is_empty() {
            return;
        }
        let weak = |o: &OrgRef| !matches!(o.rule, "company.lexicon" | "company.legal_form" | "company.org_suffix");
        for (si, orgs) in sent_orgs.iter_mut().enumerate() {
            orgs.retain(|o| !(weak(o) && people.is_person(&o.name)));
            let start = doc.sentences[si].span.start;
            for o in orgs.iter_mut() {
                let before = &doc.text[start..o.span.start];
                if self.person.representative.captures(before).and_then(|c| c.get(1)).is_some_and(|m| people.is_person(m.as_str().trim())) {
                    o.is_company = false;
                }
            }
        }
        for a in affs.iter_mut() {
            if a.org.as_ref().is_some_and(|o| weak(o) && people.is_person(&o.name)) {
                a.org = None;
            }
        }
    }
}

impl Rules {
    /// "Direktur Komunikasi PT Pharos Indonesia Ida Nurtika membantah": after a title, an
    /// organisation's name may run into the speaker's with no comma between. The person is
    /// a word the article uses alone for a speaker ("kata Ida", "ujar Nurtika", with a given
    /// name up to two words before it); the start of that name, when the rest reads as one.
    /// (A given name alone is no evidence: "Lestari", "Sari", "Indah" also end business names.)
    pub(super) fn person_after_title(&self, text: &str, span: &Span) -> Option<usize> {
        let words = word_offsets(&text[span.clone()]);
        if words.len() < 3 || !self.title_before(text, span.start) {
            return None;
        }
        let given = |k: usize| self.person_openers.contains(words[k].1);
        let n = words.len();
        let k = (1..n).find(|&k| self.speaks_alone(text, words[k].1))?;
        // a surname that recurs ("ujar Wibowo") may follow a given name ("Eko Prasetyo Wibowo")
        let k = if given(k) { k } else { (k.saturating_sub(2).max(1)..k).find(|&j| given(j)).unwrap_or(k) };
        let name_like = |w: &str| w.chars().next().is_some_and(char::is_uppercase) && !is_acronym(w) && self.names.find(w).is_none();
        let rest = &words[k..];
        (rest.len() <= 3 && rest.iter().all(|(_, w)| name_like(w))).then_some(span.start + words[k].0)
    }

    /// Does a title (with a department, a legal form) end right before `start`?
    fn title_before(&self, text: &str, start: usize) -> bool {
        let window = &text[text.floor_char_boundary(start.saturating_sub(120))..start];
        let window = match self.legal_form_before.find(window) {
            Some(m) => &window[..m.start()],
            None => window,
        };
        let window = window.trim_end();
        self.role.find_iter(window).last().is_some_and(|m| {
            let between = &window[m.end()..];
            between.trim().is_empty() || self.department.is_match(&format!("{} X", between.trim()))
        })
    }

    /// Is `word` used alone for a speaker: right after a verb that closes a quote, before
    /// punctuation ("kata Ida,", "ujar Ida.")?
    fn speaks_alone(&self, text: &str, word: &str) -> bool {
        text.match_indices(word).any(|(i, _)| {
            if !text[i + word.len()..].starts_with([',', '.', ';', ')']) {
                return false;
            }
            let before = text[..i].trim_end_matches([' ', '\u{a0}']);
            before.len() < i && before.rsplit(|c: char| !c.is_alphanumeric()).next().is_some_and(|v| self.speech_words.contains(&v.to_lowercase()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people(text: &str) -> People {
        Rules::new(&Lexicon::builtin()).introduced_people(&Doc::new(text))
    }

    fn org_names(text: &str) -> Vec<String> {
        let d = Doc::new(text);
        Rules::new(&Lexicon::builtin()).orgs_in(&d, &d.sentences[0].span).into_iter().map(|o| o.name).collect()
    }

    #[test]
    fn speaker_named_right_after_a_legal_name_is_no_part_of_it() {
        // the person's word recurs after a speech verb
        let t = "Direktur Komunikasi PT Pharos Indonesia Ida Nurtika membantah kabar itu. \"Tidak benar,\" kata Ida.";
        assert_eq!(org_names(t), vec!["Pharos Indonesia"]);
        // a given name opens the person's name
        let t = "Sekretaris Perusahaan PT Sumber Alam Lestari Ahmad Fauzi membantah kabar itu. \"Bohong,\" tutur Ahmad.";
        assert_eq!(org_names(t), vec!["Sumber Alam Lestari"]);
        // the surname recurs; the given name before it opens the person's name
        let t = "Humas PT Sinar Mulia Abadi Eko Prasetyo Wibowo membantah kabar itu, ujar Wibowo.";
        assert_eq!(org_names(t), vec!["Sinar Mulia Abadi"]);
    }

    #[test]
    fn given_name_inside_a_business_name_is_no_speaker() {
        assert_eq!(org_names("Direktur PT Surya Citra Lestari Indah membantah kabar itu."), vec!["Surya Citra Lestari Indah"]);
        // a verb that takes an object names no speaker after it
        let t = "Head of Public Policy PT Sinar Tokoria Digital memastikan kabar itu tidak benar. Ia menyebut Tokoria.";
        assert_eq!(org_names(t), vec!["Sinar Tokoria Digital"]);
    }

    #[test]
    fn legal_name_without_a_title_before_it_stays_whole() {
        let t = "PT Pharos Indonesia Ida Nurtika membantah kabar itu. \"Tidak benar,\" kata Ida.";
        assert_eq!(org_names(t), vec!["Pharos Indonesia Ida Nurtika"]);
    }

    #[test]
    fn singer_introduced_by_her_trade() {
        let p = people("Nama penyanyi Ayu Larasati ramai diperbincangkan.");
        assert!(p.is_person("Ayu"));
        assert!(p.is_person("Ayu Larasati"));
        assert!(!p.is_person("Larasati Ayu"));
    }

    #[test]
    fn lexicon_company_after_a_person_noun_stays_a_company() {
        assert!(!people("Seorang pengusaha Telkomsel hadir.").is_person("Telkomsel"));
    }
}
