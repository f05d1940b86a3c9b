//! Word lists the rules are built from, kept as data so that a researcher can extend them
//! without recompiling (`--lexicon FILE`).
//!
//! Format (the embedded files in `lexicon/` use it too): `# comment` lines, `[section]`
//! headers, and one entry per line. In entity sections (`companies`, `outlets`) an entry is
//! `Canonical | alias | alias ...`; in every other section it is one word or phrase. A user
//! file adds to the built-in sections (or creates new ones); `-entry` removes a built-in one.

use std::collections::BTreeMap;
use std::path::Path;

use crate::error::Error;

/// The lexicon files compiled into the binary.
const BUILTIN: &[(&str, &str)] = &[
    ("lexicon/cues.lex", include_str!("../lexicon/cues.lex")),
    ("lexicon/organisations.lex", include_str!("../lexicon/organisations.lex")),
    ("lexicon/companies.lex", include_str!("../lexicon/companies.lex")),
    ("lexicon/outlets.lex", include_str!("../lexicon/outlets.lex")),
    ("lexicon/dates.lex", include_str!("../lexicon/dates.lex")),
];

/// A named thing with its canonical name and the other names it goes by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub canonical: String,
    /// Every name including the canonical one.
    pub names: Vec<String>,
    /// The owning company, from a `parent:Name` field.
    pub parent: Option<String>,
}

/// All word lists, by section name.
#[derive(Debug, Clone, Default)]
pub struct Lexicon {
    words: BTreeMap<String, Vec<String>>,
    entities: BTreeMap<String, Vec<Entity>>,
}

const ENTITY_SECTIONS: &[&str] = &["companies", "outlets"];

impl Lexicon {
    /// The lexicon embedded in the binary.
    pub fn builtin() -> Lexicon {
        let mut lex = Lexicon::default();
        for (name, text) in BUILTIN {
            // The embedded files are checked by the test suite, so a parse error is a bug.
            if let Err(e) = lex.add_source(name, text) {
                panic!("built-in lexicon {name} is malformed: {e}");
            }
        }
        lex
    }

    /// Add the entries of a user lexicon file.
    pub fn extend_from_file(&mut self, path: &Path) -> Result<(), Error> {
        let text = std::fs::read_to_string(path).map_err(|e| Error::io(path, e))?;
        self.add_source(&path.display().to_string(), &text)
    }

    /// Parse lexicon text; `origin` names it in errors.
    pub fn add_source(&mut self, origin: &str, text: &str) -> Result<(), Error> {
        let mut section: Option<String> = None;
        for (n, raw) in text.lines().enumerate() {
            let line = raw.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = Some(name.trim().to_string());
                continue;
            }
            let Some(sec) = section.as_deref() else {
                return Err(Error::Lexicon { origin: origin.to_string(), line: n + 1, reason: "entry before any [section] header".into() });
            };
            let (remove, entry) = match line.strip_prefix('-') {
                Some(rest) => (true, rest.trim()),
                None => (false, line),
            };
            if ENTITY_SECTIONS.contains(&sec) {
                let mut parent = None;
                let names: Vec<String> = entry
                    .split('|')
                    .map(str::trim)
                    .filter(|s| {
                        if let Some(p) = s.strip_prefix("parent:") {
                            parent = Some(p.trim().to_string());
                            return false;
                        }
                        !s.is_empty()
                    })
                    .map(str::to_string)
                    .collect();
                let Some(canonical) = names.first().cloned() else {
                    return Err(Error::Lexicon { origin: origin.to_string(), line: n + 1, reason: "empty entity entry".into() });
                };
                let list = self.entities.entry(sec.to_string()).or_default();
                list.retain(|e| e.canonical != canonical);
                if !remove {
                    list.push(Entity { canonical, names, parent });
                }
            } else {
                let list = self.words.entry(sec.to_string()).or_default();
                if remove {
                    list.retain(|w| w != entry);
                } else if !list.iter().any(|w| w == entry) {
                    list.push(entry.to_string());
                }
            }
        }
        Ok(())
    }

    /// The words of a section (empty if the section does not exist).
    pub fn words(&self, section: &str) -> &[String] {
        self.words.get(section).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The entities of `companies` or `outlets`.
    pub fn entities(&self, section: &str) -> &[Entity] {
        self.entities.get(section).map(Vec::as_slice).unwrap_or(&[])
    }

    /// A regex alternation of a section's words, longest first, each escaped.
    pub fn alternation(&self, section: &str) -> String {
        alternation(self.words(section).iter().map(String::as_str))
    }
}

/// `(?:a|b|c)` from words, longest first so that the leftmost-first regex prefers them.
pub fn alternation<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let mut w: Vec<&str> = words.filter(|w| !w.is_empty()).collect();
    w.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    w.dedup();
    if w.is_empty() {
        // matches nothing
        return "(?:[^\\s\\S])".to_string();
    }
    let parts: Vec<String> = w.iter().map(|s| regex::escape(s).replace("\\ ", "\\s+").replace(' ', "\\s+")).collect();
    format!("(?:{})", parts.join("|"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_lexicon_parses_and_has_core_sections() {
        let lex = Lexicon::builtin();
        for sec in ["denial_verbs", "speech_verbs", "roles", "non_company"] {
            assert!(!lex.words(sec).is_empty(), "section {sec} empty");
        }
        assert!(!lex.entities("companies").is_empty());
        assert!(!lex.entities("outlets").is_empty());
    }

    #[test]
    fn user_file_adds_and_removes_entries() {
        let mut lex = Lexicon::builtin();
        lex.add_source("user", "[companies]\nAcme Sejahtera | Acme\n[denial_verbs]\n-membantah\nmengelak\n").unwrap();
        assert!(lex.entities("companies").iter().any(|e| e.canonical == "Acme Sejahtera"));
        assert!(!lex.words("denial_verbs").iter().any(|w| w == "membantah"));
        assert!(lex.words("denial_verbs").iter().any(|w| w == "mengelak"));
    }

    #[test]
    fn entry_before_section_is_an_error_with_line() {
        let mut lex = Lexicon::default();
        let e = lex.add_source("f.lex", "# c\nmembantah\n").unwrap_err();
        assert!(e.to_string().contains("f.lex") && e.to_string().contains('2'));
    }
}
