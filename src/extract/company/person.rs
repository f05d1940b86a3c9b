//! People the article introduces by what they do ("penyanyi Ayu Larasati", "pengusaha Reno
//! Aditama"). Their names are never organisations, however a role or an organisation noun
//! frames them later ("Manajer Ayu", "manajemen Ayu"). And an organisation introduced as a
//! person's management or lawyer ("manajemen Ayu, PT Bintang Cahaya Manajemen") speaks for
//! that person: what it denies is about the person, not about a business of its own.

use super::{Affiliation, CAP_WORD, LEGAL_PREFIX, OrgRef, Rules};
use crate::lexicon::Lexicon;
use crate::rx::Regex;
use crate::text::Doc;

/// Patterns for people introduced by a person noun and for their representatives.
pub(super) struct PersonRules {
    /// "penyanyi Ayu Larasati": the name after a noun that only people take.
    intro: Regex,
    /// "manajemen Ayu, PT " right before an organisation: the person it represents.
    representative: Regex,
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
        for c in self.person.intro.captures_iter(doc.text) {
            let Some(m) = c.get(1) else { continue };
            let Some(span) = self.trim_name(doc.text, m.start()..m.end()) else { continue };
            let name = &doc.text[span];
            if self.names.find(name).is_some() || self.is_non_company(name) {
                continue;
            }
            let toks: Vec<String> = name.split_whitespace().filter(|t| !self.is_function_word(t)).map(str::to_string).collect();
            if !toks.is_empty() && !names.contains(&toks) {
                names.push(toks);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn people(text: &str) -> People {
        Rules::new(&Lexicon::builtin()).introduced_people(&Doc::new(text))
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
