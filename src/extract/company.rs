//! Who is speaking: organisations, the people who speak for them, and which of them are
//! companies.
//!
//! A name is taken for a company only with positive evidence: the company lexicon, a legal
//! form (`PT`, `Tbk`, `Persero`), an organisation noun in front of it (`perusahaan X`,
//! `maskapai X`, `pihak X`), a company-like suffix (`X Air`, `X Group`), or a speaker role
//! followed by it (`juru bicara X`). A bare capitalised name is a person unless the article
//! elsewhere gives it one of those cues; a person counts for a company only through an
//! apposition that ties them to one (`Budi, Direktur Utama PT X`). Deniers from government,
//! police, regulators and associations are recognised by the `non_company` lexicon and never
//! become companies. These are the failure modes a generalising extractor must avoid:
//! personal names taken for companies, and ministries given records.

mod affiliation;
mod alias;
mod known;
mod list;
mod person;

pub use alias::same_org;
pub use person::People;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use crate::rx::{Regex, Scan, Scanned};

use crate::lexicon::{Lexicon, alternation};
use crate::text::{Doc, Span};

/// A reference to an organisation found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrgRef {
    /// Grouping key: the lexicon's canonical name, or the normalised surface name.
    pub key: String,
    /// The name as the text writes it (legal forms trimmed).
    pub name: String,
    pub span: Span,
    pub rule: &'static str,
    /// False for government, police, regulators, associations.
    pub is_company: bool,
}

/// A person tied to an organisation by an apposition or a role.
#[derive(Debug, Clone)]
pub struct Affiliation {
    /// The person's name tokens (for matching later surname-only references).
    pub tokens: Vec<String>,
    pub org: Option<OrgRef>,
}

/// How far around a role the organisation and the person are looked for (bytes).
const WINDOW: usize = 300;

/// Legal forms written before a company's name ("PT X", "CV. Y", "Perum Z"), as a regex
/// fragment: the patterns that must step over one use this.
pub(crate) const LEGAL_PREFIX: &str = r"(?:PT|CV|Perum)\.?";

/// Is this organisation prefix a legal form ("PT", "Perum", "Persero", "CV")?
pub(crate) fn is_legal_prefix(prefix: &str) -> bool {
    matches!(prefix.trim_end_matches('.').to_lowercase().as_str(), "pt" | "perum" | "perusahaan umum" | "persero" | "cv")
}

/// A role that is only "Kepala" (head): of an office more often than of a business.
pub(crate) fn is_bare_head(role: &str) -> bool {
    role.trim().eq_ignore_ascii_case("kepala")
}

/// Capitalised word: upper-case letter or digit start, then letters/digits and inner marks.
/// Legal forms written after a company's name ("PT X Tbk", "PT Y (Persero)"): no part of it.
const LEGAL_SUFFIXES: [&str; 3] = ["Tbk", "(Persero)", "Persero"];

const CAP_WORD: &str = r"(?:[\p{Lu}][\p{L}\p{N}&'’.\-]*[\p{L}\p{N}]|[\p{Lu}]|[0-9]+[\p{L}]*)";

pub struct Rules {
    /// One-word denial verbs ("bantah", "menepis"): never part of a name.
    denial_words: std::collections::HashSet<String>,
    /// Messaging and social platforms (`platforms`).
    platforms: std::collections::HashSet<String>,
    /// A medium noun just before a name ("grup ", "akun ").
    medium_before: Regex,
    names: AhoCorasick,
    /// For each lexicon pattern: (entity index, name).
    name_entity: Vec<(usize, String)>,
    canonical: Vec<String>,
    cap_seq: Regex,
    /// ", produsen " right after a company: an apposition naming the same business.
    same_entity: Regex,
    /// "produsen roti " right before a name that a legal name follows in apposition
    /// ("Produsen roti Aoka, PT Indonesia Bakery Family, membantah"): the same business.
    same_entity_before: Regex,
    /// What closes such an apposition: an optional short name in brackets, then a comma or
    /// the verb (group 1: a lower-case word, which must not be a list's "dan").
    apposition_end: Regex,
    /// ", <lower-case description>," between an organisation and a person.
    appositive: Regex,
    bracketed: Regex,
    /// "(Kirimin)" right after a company name.
    short_name: Regex,
    role: Regex,
    /// An association's name up to its end: "Perhimpunan Hotel dan " before "Restoran Indonesia".
    association_name: Regex,
    /// Honorifics before a person's name ("dr ", "Ir. H. ").
    honorific: Regex,
    /// A department after a title: "Keuangan " in "Direktur Keuangan BSTX".
    department: Regex,
    org_prefix: Regex,
    /// A prefix kept in the name ("SPBU Losari"), with the name after it.
    prefix_in_name: Regex,
    org_suffix: Regex,
    ticker: Regex,
    org_noun: Regex,
    /// "tiga operator seluler, A, B dan C": the list after a plural organisation noun.
    org_noun_list: Regex,
    /// Outlet names: a news outlet is never the denying company.
    outlets: std::collections::HashSet<String>,
    non_company: Regex,
    /// A team with a proper name ("Tim Ekonomi Prabowo", "Tim Pemenangan") is a campaign or
    /// government body; "tim kuasa hukum PT X" is the company's own lawyers.
    named_team: Regex,
    people: Regex,
    function_words: Vec<String>,
    /// Lower-cased country names (`country_names`): a nationality after an organisation noun.
    countries: std::collections::HashSet<String>,
    /// Given names and forms of address that open a person's name (`given_names`, `person_titles`).
    person_openers: std::collections::HashSet<String>,
    /// One-word speech verbs that close a quote, lower-cased ("kata", "ujar"; not the me- verbs
    /// that take an object): the word after one names a speaker.
    speech_words: std::collections::HashSet<String>,
    /// Lower-cased words that may stand right before a company name without being part of
    /// it (roles, legal forms, organisation nouns, function words).
    connectors: std::collections::HashSet<String>,
    person: person::PersonRules,
    /// ", yang menjabat sebagai" / ", selaku" at the end of the text before a title.
    title_lead_in: Regex,
    /// A legal form right before a name: "PT ", "CV. ".
    legal_form_before: Regex,
    /// The start (or required) strings of the per-sentence patterns of [`Rules::orgs_in`],
    /// found in one pass over an article ([`Rules::sentence_orgs`]); members in the order of
    /// the `SCAN_*` indices.
    scan: Scan,
}

/// Members of [`Rules::scan`].
const SCAN_PREFIX_IN_NAME: usize = 0;
const SCAN_ORG_PREFIX: usize = 1;
const SCAN_ROLE: usize = 2;
const SCAN_ORG_SUFFIX: usize = 3;
const SCAN_ORG_NOUN: usize = 4;
const SCAN_ORG_NOUN_LIST: usize = 5;

impl Rules {
    pub fn new(lex: &Lexicon) -> Rules {
        let mut pats = Vec::new();
        let mut name_entity = Vec::new();
        let mut canonical = Vec::new();
        for (i, e) in lex.entities("companies").iter().enumerate() {
            canonical.push(e.canonical.clone());
            for n in &e.names {
                pats.push(n.clone());
                name_entity.push((i, n.clone()));
            }
        }
        let names = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&pats)
            .unwrap_or_else(|_| AhoCorasick::new(Vec::<String>::new()).expect("empty automaton builds"));
        let cap_seq_src = format!(r"{CAP_WORD}(?:[ \t\u{{A0}}]+(?:{CAP_WORD}|\(Persero\)))*");
        let roles = lex.alternation("roles");
        let build = |s: String| Regex::new(&s).unwrap_or_else(|e| panic!("rule pattern does not compile: {e}"));
        let mut rules = Rules {
            names,
            name_entity,
            canonical,
            cap_seq: build(cap_seq_src.clone()),
            // (", produsen ", " selaku pengembang ", ", sebagai operator ")
            same_entity: build(format!(r"(?i)^\s*(?:,\s*(?:selaku\s+|sebagai\s+)?|\s(?:selaku|sebagai)\s+)(?:{})\s+(?:\S+\s+){{0,3}}?$", lex.alternation("same_entity_nouns"))),
            // (a parent named with its brand, "Induk usaha Wings Air, Lion Air Group", speaks
            // for it as one business too)
            same_entity_before: build(format!(
                r"(?i)\b(?:{}|{})\s+(?:\S+\s+){{0,3}}?$",
                lex.alternation("same_entity_nouns"),
                lex.alternation("parent_nouns")
            )),
            apposition_end: build(r"^\s*(?:\([^()]{1,40}\)\s*)?(?:,|(\p{Ll}+)\b)".to_string()),
            // "PT X (XX)", "PT X Tbk (XX)", "PT X (Persero) atau XX"
            short_name: build(
                r"^\s*(?:Tbk\.?\s*|\(Persero\)\s*)?(?:\((\p{Lu}[\p{L}\p{N}&.\-]*(?:\s+[\p{Lu}\p{N}][\p{L}\p{N}&.\-]*){0,3})\)|,?\s*atau\s+(\p{Lu}[\p{L}\p{N}&.\-]*(?:\s+\p{Lu}[\p{L}\p{N}&.\-]*){0,3}))"
                    .to_string(),
            ),
            bracketed: build(r"^\s*\([^()]{1,60}\)".to_string()),
            appositive: build(r"^\s*,\s*\p{Ll}[^,;.]{0,100},".to_string()),
            // A run of role words, e.g. "SVP Head Corporate Communication".
            role: build(format!(r"(?i)\b{roles}(?:(?:\s+|\s*,\s*)(?:{roles}|&|dan|and|of|&\s+\p{{Lu}}\w*))*\b")),
            association_name: build(format!(
                r"(?i:\b{})(?:[ \t\u{{A0}}]+(?:{CAP_WORD}|dan|&))*[ \t\u{{A0}}]+$",
                lex.alternation("association_heads")
            )),
            honorific: build(format!(
                r"^(?i:(?:{})[ \t\u{{A0}}]+)+",
                alternation(lex.words("honorifics").iter().map(String::as_str))
            )),
            department: build(format!(
                r"^(?i:{d}(?:\s+(?:dan|&)\s+{d})*)[ \t\u{{A0}}]+\p{{Lu}}",
                d = lex.alternation("departments")
            )),
            prefix_in_name: build(format!(r"\b{}\s+({cap_seq_src})", alternation(lex.words("org_prefixes_in_name").iter().map(String::as_str)))),
            org_prefix: build(format!(
                r"\b{}\s+({cap_seq_src})",
                alternation(lex.words("org_prefixes").iter().map(String::as_str))
            )),
            org_suffix: build(format!(
                r"({cap_seq_src})\s+{}\b",
                alternation(lex.words("org_suffixes").iter().map(String::as_str))
            )),
            // "Tower Bersama (TBIG)": a name with a four-letter stock code is a listed company
            ticker: build(format!(r"({cap_seq_src})[ \t\u{{A0}}]*\((\p{{Lu}}{{4}})\)")),
            // "perusahaan asuransi Bumiputera", "maskapai penerbangan X": a business noun may
            // take up to three lower-case describing words before the name; a generic noun
            // ("pihak", "manajemen") may not ("pihak keluarga Budi" is no company).
            org_noun: build(format!(
                r"(?i:\b{})\s+({cap_seq_src})|(?i:\b{})(?:\s+\p{{Ll}}[\p{{Ll}}-]*){{1,3}}\s+({cap_seq_src})",
                lex.alternation("org_nouns"),
                alternation(
                    lex.words("org_nouns")
                        .iter()
                        .map(String::as_str)
                        .filter(|w| !lex.words("org_generic_nouns").iter().any(|g| g == w))
                )
            )),
            org_noun_list: build(format!(
                r"(?i:\b{})(?:\s+\p{{Ll}}[\p{{Ll}}-]*){{0,4}}(?:\s+di\s+{CAP_WORD}(?:\s+{CAP_WORD})?)?\s*[,:\u{{2014}}\u{{2013}}]\s*(?:(?i:yakni|yaitu|antara\s+lain|seperti|termasuk|masing-masing)\s+)?({CAP_WORD}(?:\s+{CAP_WORD})*(?:\s*,\s*{CAP_WORD}(?:\s+{CAP_WORD})*)*,?\s+(?:dan|serta)\s+{CAP_WORD}(?:\s+{CAP_WORD})*)",
                lex.alternation("org_nouns")
            )),
            outlets: lex.entities("outlets").iter().flat_map(|e| e.names.iter()).map(|n| n.to_lowercase()).collect(),
            non_company: build(format!(r"(?i)\b(?:{})\b", lex.alternation("non_company"))),
            people: build(format!(r"(?i)\b(?:{})\b", lex.alternation("non_company_people"))),
            denial_words: lex.words("denial_verbs").iter().filter(|w| !w.contains(' ')).map(|w| w.to_lowercase()).collect(),
            platforms: lex.words("platforms").iter().map(|w| w.to_lowercase()).collect(),
            medium_before: build(format!(r"(?i)\b(?:{})[ \t\u{{A0}}]+$", lex.alternation("medium_nouns"))),
            named_team: build(r"\bTim\s+(\p{Lu}\w*)".to_string()),
            connectors: lex
                .words("roles")
                .iter()
                .chain(lex.words("org_prefixes"))
                .chain(lex.words("org_prefixes_in_name"))
                .chain(lex.words("org_nouns"))
                .chain(lex.words("function_words"))
                .flat_map(|w| w.split_whitespace())
                .map(|w| w.to_lowercase())
                .collect(),
            function_words: lex.words("function_words").iter().map(|w| w.to_lowercase()).collect(),
            countries: lex.words("country_names").iter().map(|w| w.to_lowercase()).collect(),
            person_openers: lex.words("given_names").iter().chain(lex.words("person_titles")).cloned().collect(),
            speech_words: lex.words("speech_verbs").iter().filter(|w| !w.contains(' ') && !w.starts_with("me")).map(|w| w.to_lowercase()).collect(),
            person: person::PersonRules::new(lex),
            title_lead_in: build(r"(?i),\s*(?:yang\s+(?:menjabat|merupakan|adalah|kini|saat\s+ini)(?:\s+(?:sebagai|menjabat))?|selaku|sebagai)$".to_string()),
            legal_form_before: build(format!(r"\b{LEGAL_PREFIX}\s+$")),
            scan: Scan::new(&[]),
        };
        rules.scan = Scan::new(&[&rules.prefix_in_name, &rules.org_prefix, &rules.role, &rules.org_suffix, &rules.org_noun, &rules.org_noun_list]);
        rules
    }

    /// Lexicon companies in a span, leftmost-longest, whole words only.
    pub fn lexicon_companies(&self, doc: &Doc, span: &Span) -> Vec<OrgRef> {
        let text = doc.text;
        let hay = &text[span.clone()];
        let mut out = Vec::new();
        for m in self.names.find_iter(hay) {
            let s = span.start + m.start();
            let e = span.start + m.end();
            if !word_boundary(text, s, e) || self.inside_longer_name(text, s) {
                continue;
            }
            let (ent, name) = &self.name_entity[m.pattern().as_usize()];
            out.push(OrgRef {
                key: self.canonical[*ent].clone(),
                name: name.clone(),
                span: s..e,
                rule: "company.lexicon",
                is_company: true,
            });
        }
        out
    }

    /// "Mandiri" in "PT Murni Mapan Mandiri" is the tail of another name, not Bank Mandiri:
    /// a lexicon name preceded by a capitalised word that is no role, legal form or
    /// function word belongs to a longer name.
    fn inside_longer_name(&self, text: &str, start: usize) -> bool {
        let before = text[..start].trim_end_matches([' ', '\u{a0}']);
        if before.len() == start {
            return false; // not separated by a space ("(BCA)", line start)
        }
        let word: String = before.chars().rev().take_while(|c| !c.is_whitespace()).collect::<Vec<_>>().into_iter().rev().collect();
        let starts_upper = word.chars().next().is_some_and(|c| c.is_uppercase());
        let clean = word.trim_end_matches(['.', ',']).to_lowercase();
        starts_upper && !word.ends_with([',', '.', ';', ':']) && !self.connectors.contains(&clean)
    }

    /// Where a phrase first names a non-company or people speaking for themselves
    /// ("warga", "korban"), if it does.
    /// `skip` lists byte ranges of `phrase` (company names) whose words do not count.
    pub fn first_non_company(&self, phrase: &str, skip: &[Span]) -> Option<usize> {
        let outside = |m: &crate::rx::Match| !skip.iter().any(|s| s.start <= m.start() && m.end() <= s.end);
        let a = self.non_company.find_iter(phrase).find(outside).map(|m| m.start());
        let a = match (a, self.team_at(phrase)) {
            (Some(x), Some(t)) => Some(x.min(t)),
            (x, t) => x.or(t),
        };
        let b = self.people.find_iter(phrase).find(outside).map(|m| m.start());
        match (a, b) {
            (Some(x), Some(y)) => Some(x.min(y)),
            (x, y) => x.or(y),
        }
    }

    /// A platform named as the place something was posted ("grup WhatsApp", "akun Twitter
    /// resminya"): a medium, never the one speaking.
    pub fn is_medium(&self, text: &str, org: &OrgRef) -> bool {
        self.platforms.contains(&org.name.to_lowercase()) && self.medium_before.is_match(&text[text.floor_char_boundary(org.span.start.saturating_sub(40))..org.span.start])
    }

    /// Does a phrase name a non-company (a ministry, the police ...) anywhere in it?
    pub fn names_non_company(&self, phrase: &str) -> bool {
        self.non_company.is_match(phrase) || self.team_at(phrase).is_some()
    }

    /// Is this name a non-company (ministry, police, regulator, association ...)?
    pub fn is_non_company(&self, name: &str) -> bool {
        self.names_non_company(name.trim())
    }

    /// Where a named team starts ("Tim Ekonomi X"), unless the next word is a role
    /// ("Tim Kuasa Hukum", "Tim Humas"), which works for whoever it is attached to.
    fn team_at(&self, phrase: &str) -> Option<usize> {
        self.named_team
            .captures_iter(phrase)
            .find(|c| c.get(1).is_some_and(|w| !self.connectors.contains(&w.as_str().to_lowercase())))
            .and_then(|c| c.get(0))
            .map(|m| m.start())
    }

    /// Organisations named inside `span` by lexicon or organisation cue, in text order.
    pub fn orgs_in(&self, doc: &Doc, span: &Span) -> Vec<OrgRef> {
        self.orgs_in_scanned(doc, span, None)
    }

    /// Where the patterns searched per sentence (and per window) may match in the article:
    /// their literal strings, found in one pass over the text, for [`Rules::sentence_orgs`],
    /// [`Rules::add_known_names_in`] and [`Rules::affiliations_in`].
    pub fn scan_article<'s, 't>(&'s self, doc: &Doc<'t>) -> Scanned<'s, 't> {
        self.scan.run(doc.text)
    }

    /// [`Rules::orgs_in`] for each sentence of the article.
    pub fn sentence_orgs(&self, doc: &Doc, scanned: &Scanned) -> Vec<Vec<OrgRef>> {
        doc.sentences.iter().map(|s| self.orgs_in_scanned(doc, &s.span, Some(scanned))).collect()
    }

    /// [`Rules::orgs_in`], the patterns' candidates taken from `scanned` (the article's
    /// [`Rules::scan_article`]) if given: the same organisations.
    pub(crate) fn orgs_in_scanned<'a>(&'a self, doc: &Doc, span: &Span, scanned: Option<&Scanned>) -> Vec<OrgRef> {
        let text = doc.text;
        let hay = &text[span.clone()];
        let caps = |k: usize, re: &'a Regex| match scanned {
            Some(sc) => sc.captures_iter(k, re, span.clone()),
            None => re.captures_iter(hay),
        };
        let mut out = self.lexicon_companies(doc, span);
        let push = |out: &mut Vec<OrgRef>, s: usize, e: usize, rule: &'static str| {
            let (s, e) = (span.start + s, span.start + e);
            if out.iter().any(|o| o.span.start < e && s < o.span.end) {
                return;
            }
            if let Some(o) = self.org_from_name(text, s..e, rule) {
                out.push(o);
            }
        };
        for c in caps(SCAN_PREFIX_IN_NAME, &self.prefix_in_name) {
            if let (Some(all), Some(m)) = (c.get(0), c.get(1)) {
                push(&mut out, all.start(), m.end(), "company.org_prefix");
            }
        }
        for c in caps(SCAN_ORG_PREFIX, &self.org_prefix) {
            if let (Some(all), Some(m)) = (c.get(0), c.get(1)) {
                // "PT X": the legal form stays out of the name. Only a legal form proper
                // (PT, Perum, Persero, CV) is a "company.legal_form"; "Bank X", "Aplikasi X"
                // are organisation prefixes.
                let legal = is_legal_prefix(hay[all.start()..m.start()].trim());
                push(&mut out, m.start(), m.end(), if legal { "company.legal_form" } else { "company.org_prefix" });
            }
        }
        // "Sekretaris Perusahaan BKP": a business noun inside a title is no cue
        let roles: Vec<(usize, usize)> = match scanned {
            Some(sc) => sc.find_iter(SCAN_ROLE, &self.role, span.clone()).map(|m| (m.start(), m.end())).collect(),
            None => self.role.find_iter(hay).map(|m| (m.start(), m.end())).collect(),
        };
        for c in caps(SCAN_ORG_SUFFIX, &self.org_suffix) {
            if let (Some(all), Some(_)) = (c.get(0), c.get(1)) {
                // "Direktur Kepatuhan Bank X": a department after a title is no name
                let after_role = roles.iter().any(|&(_, e)| e <= all.start() && hay[e..all.start()].trim().is_empty());
                if after_role && self.department.is_match(&hay[all.start()..]) {
                    continue;
                }
                push(&mut out, all.start(), all.end(), "company.org_suffix");
            }
        }
        // (every ticker match holds its code's opening bracket: a sentence without one is
        // not searched)
        for c in hay.contains('(').then(|| self.ticker.captures_iter(hay)).into_iter().flatten() {
            // (a code spelling the name's initials is an acronym: "Penundaan Kewajiban
            // Pembayaran Utang (PKPU)")
            let initials = |n: &str| n.split_whitespace().filter_map(|w| w.chars().next()).collect::<String>().to_uppercase();
            if let (Some(name), Some(code)) = (c.get(1), c.get(2))
                && !self.is_non_company(code.as_str())
                && initials(name.as_str()) != code.as_str()
            {
                push(&mut out, name.start(), name.end(), "company.ticker");
            }
        }
        for c in caps(SCAN_ORG_NOUN, &self.org_noun) {
            if c.get(0).is_some_and(|all| roles.iter().any(|&(s, e)| s < all.start() && all.start() < e)) {
                continue;
            }
            if let (Some(all), Some(m)) = (c.get(0), c.get(2)) {
                // the describing words may not be a preposition or a country's origin
                // ("aplikasi asal China" names no company China)
                const NOT_DESCRIPTIVE: &[&str] =
                    &["asal", "dari", "milik", "di", "ke", "untuk", "yang", "dengan", "oleh", "pada", "dan", "atau", "serta", "bagi", "negara", "pemerintah", "asing"];
                // nor a verb phrase: "perusahaan wajib memberitahukan rencana PHK"
                const AUXILIARIES: &[&str] =
                    &["wajib", "harus", "akan", "telah", "sudah", "sedang", "masih", "bisa", "dapat", "tidak", "belum", "juga", "pun", "itu", "ini", "tersebut"];
                let verb_like = |w: &str| {
                    ["mem", "men", "meng", "meny", "mel", "mer"].iter().any(|p| w.starts_with(p)) && w.chars().count() > 5 || AUXILIARIES.contains(&w)
                };
                if hay[all.start()..m.start()].split_whitespace().skip(1).any(|w| {
                    let w = w.to_lowercase();
                    NOT_DESCRIPTIVE.contains(&w.as_str()) || verb_like(&w)
                }) {
                    continue;
                }
            }
            if let Some(m) = c.get(1).or_else(|| c.get(2)) {
                // ("perusahaan sawit Malaysia": a nationality, no name)
                if self.countries.contains(&m.as_str().trim().to_lowercase()) {
                    continue;
                }
                let before = out.len();
                push(&mut out, m.start(), m.end(), "company.org_noun");
                // "Asosiasi Produsen Elektronik X": the business noun belongs to the name of
                // an association (or another non-company) that precedes it
                let owner = self.non_company.find_iter(&hay[..c.get(0).map_or(0, |a| a.start())]).last().is_some_and(|n| hay[n.end()..c.get(0).map_or(0, |a| a.start())].trim().is_empty());
                if owner && out.len() > before
                    && let Some(o) = out.last_mut() {
                        o.is_company = false;
                    }
            }
        }
        for &(start, after) in &roles {
            // a bare "Kepala" mostly heads a government office ("Kepala Disperindag"): it
            // names no organisation by itself (a legal form after it still does)
            if is_bare_head(&hay[start..after]) {
                continue;
            }
            // "juru bicara Instagram": the organisation right after a role.
            // names are short: look a bounded window ahead, so a sentence of thousands of
            // words stays linear
            let rest = &hay[after..hay.floor_char_boundary((after + WINDOW).min(hay.len()))];
            let lead = rest.len() - rest.trim_start_matches([' ', '\u{a0}']).len();
            if let Some(c) = self.cap_seq.find_at_start(&rest[lead..]) {
                let (s, e) = (after + lead, after + lead + c.end());
                let s = self.skip_department(text, span.start + s..span.start + e) - span.start;
                // "Direktur PO Lintas Andalas, Syafrizal": a comma right after the capitalised
                // words closes the organisation's name, the person follows it
                let closed = text[span.start + e..].trim_start_matches([' ', '\u{a0}']).starts_with(',');
                let (s2, e2) = if closed { (span.start + s, span.start + e) } else { self.split_org_person(text, span.start + s..span.start + e) };
                // Several unknown capitalised words after a role may be a person's name
                // ("Direktur Hendi Santoso"): take them as an organisation only when an
                // apposition comma follows ("Manajer Humas Nusantara Air, Budi").
                let multi = text[s2..e2].split_whitespace().count() > 1;
                let known = self.names.find(&text[s2..e2]).is_some_and(|m| m.start() == 0);
                let comma_follows = text[e2..].trim_start_matches([' ', '\u{a0}']).starts_with(',');
                if s2 < e2 && (!multi || known || comma_follows) {
                    push(&mut out, s2 - span.start, e2 - span.start, "company.role_of");
                }
            }
        }
        // "Perhimpunan Hotel dan Restoran Indonesia": a name an association opens is no company
        for o in out.iter_mut().filter(|o| o.is_company && !matches!(o.rule, "company.legal_form" | "company.lexicon")) {
            let before = &hay[hay.floor_char_boundary((o.span.start - span.start).saturating_sub(WINDOW))..o.span.start - span.start];
            if self.association_name.is_match(before) {
                o.is_company = false;
            }
        }
        out.sort_by_key(|o| o.span.start);
        out
    }


    /// After a role, "PLI Marcellus Chandra" holds an organisation then a person; keep the
    /// organisation part (a lexicon name, an acronym, or all but a trailing two-word name).
    fn split_org_person(&self, text: &str, span: Span) -> (usize, usize) {
        let Some(span) = self.trim_name(text, span) else { return (0, 0) };
        let doc_like = &text[span.clone()];
        if let Some(m) = self.names.find(doc_like)
            && m.start() == 0 && word_boundary(text, span.start, span.start + m.end()) {
                return (span.start, span.start + m.end());
            }
        let words: Vec<(usize, &str)> = word_offsets(doc_like);
        if words.len() >= 2 && is_acronym(words[0].1) && !words[1].1.chars().all(|c| c.is_uppercase()) {
            return (span.start, span.start + words[0].0 + words[0].1.len());
        }
        (span.start, span.end)
    }

    /// Turn a name span into an organisation reference (trimming legal forms), or None when
    /// it is empty or only function words.
    pub fn org_from_name(&self, text: &str, span: Span, rule: &'static str) -> Option<OrgRef> {
        // judged on the name as written, before titles and function words are trimmed
        let untrimmed_non_company = self.is_non_company(&text[span.clone()]);
        let mut span = self.trim_name(text, span)?;
        // a headline in title case runs a legal name into its verb: "PT KBPC Bantah Tutup
        // Akses" (a noun's name, "Pabrik Tapioka Bantah ...", names no one in particular)
        if rule == "company.legal_form"
            && let Some(at) = text[span.clone()].match_indices(' ').map(|(i, _)| i + 1).find(|&i| {
                let word = text[span.start + i..span.end].split_whitespace().next().unwrap_or("");
                self.denial_words.contains(&word.to_lowercase())
            })
        {
            span.end = span.start + at - 1;
        }
        // "Direktur Purnajual Wuling Motors": a department before a lexicon name is no part of it
        if matches!(rule, "company.role_of" | "company.org_suffix") {
            let whole = &text[span.clone()];
            if let Some(m) = self.names.find_iter(whole).find(|m| m.start() > 0 && m.end() == whole.len() && whole[..m.start()].ends_with(' ')) {
                span.start += m.start();
            }
        }
        // "Direktur PT X Ida Nurtika": the speaker's name after the organisation's
        if rule != "company.lexicon"
            && let Some(at) = self.person_after_title(text, &span) {
                span.end = text[..at].trim_end().len();
            }
        let name = text[span.clone()].to_string();
        // a cue word alone ("RS" left over beside "RS Medika Harapan") names nothing
        if self.outlets.contains(&name.to_lowercase()) || self.connectors.contains(&name.to_lowercase()) {
            return None;
        }
        // a legal form ("Perusahaan Umum Lembaga ...", "PT ...") settles it
        // ("Warga Terdampak", "Korban Investasi X": people who speak for themselves)
        let opens_with_people = self.people.find(&name).is_some_and(|m| m.start() == 0);
        let is_company = rule == "company.legal_form" || (!untrimmed_non_company && !self.is_non_company(&name) && !opens_with_people);
        Some(OrgRef { key: self.key_for(&name), name, span, rule, is_company })
    }

    /// Drop leading function words, titles and legal forms, trailing legal forms and
    /// punctuation from a name span ("Namun Direktur Utama PT X Tbk" → "X").
    pub fn trim_name(&self, text: &str, span: Span) -> Option<Span> {
        let mut s = span.start;
        let mut e = span.end;
        loop {
            let w = &text[s..e];
            let first_end = w.find(|c: char| c.is_whitespace()).unwrap_or(w.len());
            let first = &w[..first_end];
            let fl = first.to_lowercase();
            let fl = fl.trim_end_matches('.');
            if first_end < w.len() && (self.function_words.iter().any(|f| f == fl) || fl == "pt" || fl == "cv") {
                let rest = &w[first_end..];
                s += first_end + (rest.len() - rest.trim_start().len());
                continue;
            }
            // a title in front of a name: "Direktur Utama Rajawali Air" names Rajawali Air
            if let Some(m) = self.role.find_at_start(w).filter(|m| m.end() < w.len()) {
                let rest = &w[m.end()..];
                if rest.starts_with(char::is_whitespace) {
                    s += m.end() + (rest.len() - rest.trim_start().len());
                    s = self.skip_department(text, s..e);
                    continue;
                }
            }
            break;
        }
        loop {
            let w = &text[s..e];
            let w2 = w.trim_end_matches(['.', ',', ';', ':', ')', '(', '-', '’', '\'']);
            let w3 = w2.trim_end();
            let mut cut = w3.len();
            // (the closing bracket of "(Persero)" went with the punctuation)
            for suffix in LEGAL_SUFFIXES {
                if let Some(rest) = w3.strip_suffix(suffix.trim_end_matches(')'))
                    && rest.ends_with(' ') {
                        cut = rest.len() - 1;
                    }
            }
            if cut == w.len() {
                break;
            }
            e = s + cut;
        }
        let name = text[s..e].trim();
        let lower = name.to_lowercase();
        if name.is_empty() || self.function_words.contains(&lower) {
            return None;
        }
        Some(s..e)
    }

    /// Grouping key: the lexicon canonical name when the name is (or starts with) a lexicon
    /// name, else the lower-cased name.
    pub fn key_for(&self, name: &str) -> String {
        if let Some(m) = self.names.find(name)
            && m.start() == 0 && (m.end() == name.len() || !name[m.end()..].starts_with(char::is_alphanumeric)) {
                return self.canonical[self.name_entity[m.pattern().as_usize()].0].clone();
            }
        let lower = name.to_lowercase();
        match self.prefix_in_name.captures(name) {
            Some(c) if c.get(0).is_some_and(|m| m.start() == 0) => c.get(1).map_or(lower, |m| m.as_str().to_lowercase()),
            _ => lower,
        }
    }

    /// The start of `span` past a department that follows a title ("Keuangan BSTX" →
    /// "BSTX"), when a capitalised name remains.
    pub(crate) fn skip_department(&self, text: &str, span: Span) -> usize {
        match self.department.find(&text[span.clone()]) {
            Some(m) => span.start + m.end() - text[span.start + m.start()..span.start + m.end()].chars().last().map_or(0, char::len_utf8),
            None => span.start,
        }
    }

    /// The capitalised name sequences in a span.
    pub fn cap_names(&self, doc: &Doc, span: &Span) -> Vec<Span> {
        let hay = &doc.text[span.clone()];
        self.cap_seq
            .find_iter(hay)
            .map(|m| span.start + m.start()..span.start + m.end())
            .filter(|s| word_boundary(doc.text, s.start, s.end))
            .collect()
    }

    /// The role phrases in a span.
    pub fn roles_in(&self, doc: &Doc, span: &Span) -> Vec<Span> {
        self.roles_in_scanned(doc, span, None)
    }

    /// [`Rules::roles_in`], with the article's [`Rules::scan_article`] if given.
    pub(crate) fn roles_in_scanned(&self, doc: &Doc, span: &Span, scanned: Option<&Scanned>) -> Vec<Span> {
        match scanned {
            Some(sc) => sc.find_iter(SCAN_ROLE, &self.role, span.clone()).map(|m| span.start + m.start()..span.start + m.end()).collect(),
            None => self.role.find_iter(&doc.text[span.clone()]).map(|m| span.start + m.start()..span.start + m.end()).collect(),
        }
    }

    /// A name after a title that reads as a brand ([`looks_like_brand`]) and does not open
    /// with a common given name or a form of address ("Achmad Haris", "Ibu HT" are people).
    pub fn looks_like_brand(&self, name: &str) -> bool {
        looks_like_brand(name) && !self.opens_with_given_name(name)
    }

    /// Does the name open with a common given name or a form of address?
    pub fn opens_with_given_name(&self, name: &str) -> bool {
        name.split_whitespace().next().is_some_and(|w| self.person_openers.contains(w))
    }

    pub fn is_function_word(&self, w: &str) -> bool {
        let l = w.to_lowercase();
        self.function_words.contains(&l)
    }
}


/// Span `[s, e)` starts and ends at word boundaries.
pub fn word_boundary(text: &str, s: usize, e: usize) -> bool {
    let before = text[..s].chars().next_back();
    let after = text[e..].chars().next();
    !before.is_some_and(|c| c.is_alphanumeric()) && !after.is_some_and(|c| c.is_alphanumeric())
}

fn word_offsets(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        if c.is_whitespace() {
            if let Some(st) = start.take() {
                out.push((st, &s[st..i]));
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(st) = start {
        out.push((st, &s[st..]));
    }
    out
}

/// A name that reads as a brand or organisation by its shape: several words, an acronym,
/// inner capitals (AirAsia), digits, or a web name (Tiket.com).
pub fn looks_like_brand(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    words.len() > 1
        || words.first().is_some_and(|w| {
            is_acronym(w)
                || w.chars().skip(1).any(|c| c.is_uppercase())
                || w.chars().any(|c| c.is_ascii_digit())
                || w.contains('.')
        })
}

fn is_acronym(w: &str) -> bool {
    w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c.is_ascii_digit())
}

#[cfg(test)]
mod tests;
