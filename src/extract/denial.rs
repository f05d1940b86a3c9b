//! Denial statements: which company denies, where in the text, with which quotes.
//!
//! A company gets a record when it is the subject of a denial cue (`X membantah ...`,
//! `X menegaskan tidak ...`, `kabar itu dibantah oleh X`), or when one of its own quotes calls
//! the claim false (`"Itu hoaks,"`). Plain negation (`"Kami tidak ..."`, `X mengatakan ...
//! tidak ...`) counts only in an article that holds an explicit denial cue somewhere: on its
//! own, negation is everyday speech and would give records to half of all news.
//!
//! Rule ids: `denial.subject_verb`, `denial.passive_agent`, `denial.quote_phrase`,
//! `denial.quote_negation`, `denial.reported_negation`.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use crate::rx::{Regex, Scan, Scanned};

use crate::extract::company::{self, Affiliation, OrgRef};
use crate::extract::{Found, quote};
use crate::lexicon::Lexicon;
use crate::text::{Doc, Span};

/// A passive speech verb right after "hal senada" ("Hal senada diungkapkan oleh X"): its agent
/// said the same, and no claim follows (the allegation rules skip it).
pub(crate) const SAME_AS_PASSIVE: &str =
    r"(?i)^\s*(?:juga\s+|pun\s+)?di\p{L}{3,}\s+(?:pula\s+|juga\s+)?(?:oleh\s+)?(?:pihak\s+)?";

/// A dateline opening a sentence ("BATAM (BP) - ", "KBRN, Jakarta: ", "SORONG, – "): the
/// outlet's and the place's, never the subject or the claim.
pub(crate) const SENTENCE_DATELINE: &str = r"^\s*\p{Lu}[\p{L}\p{N}.'’\-]*(?:[ \u{A0}]+\p{Lu}[\p{L}.'’\-]*){0,3}(?:[ \u{A0}]*,(?:[ \u{A0}]*[\p{L}\p{N}][\p{L}\p{N}.\-]*(?:[ \u{A0}]+[\p{L}\p{N}][\p{L}\p{N}.\-]*){0,2})?)?(?:[ \u{A0}]*\([^()\n]{1,40}\))?[ \u{A0}]*(?:--|[-–—]|:)[ \u{A0}]+";

pub struct Rules {
    prefilter: AhoCorasick,
    /// Rumour and accusation words (`context_cues`). An article with none of these and no
    /// denial verb or phrase holds weak evidence only in an assertive verb's reported
    /// negation or one opening a denying phrase, never in a plan.
    rumour: Regex,
    strong: Regex,
    /// `strong` plus phrases that deny only inside a company's own quote.
    quote_strong: Regex,
    /// The speaker's own assertive verb before a negation: "Perlu kami tegaskan kembali
    /// bahwa area perusahaan tidak ada yang terbakar".
    quote_assertive: Regex,
    /// Words that set the record straight inside a quote ("kami ingin meluruskan").
    quote_soft: Regex,
    /// Any speech or denial verb: the end of a clause's subject.
    verb: Regex,
    /// A speech, denial or opinion verb: where a looked-back sentence's subject ends.
    any_verb: Regex,
    /// "yang" and up to two words just before a verb: a relative clause's verb.
    relative_before: Regex,
    /// A relative clause anywhere ("... yang mengakui ...").
    relative: Regex,
    menurut: Regex,
    /// An adverbial phrase before the subject, up to its comma.
    fronted: Regex,
    /// A dateline opening the sentence ("BATAM (BP) - ", "KBRN, Jakarta: "): the outlet's,
    /// never the subject.
    dateline: Regex,
    /// Confirming, admitting or accusing verbs.
    counter: Regex,
    person_pronoun: Regex,
    /// A denial phrase ("tidak benar", "hoaks") as a whole cue.
    phrase_cue: Regex,
    negated: Regex,
    /// An intent denied before a verb: "belum ada pemikiran dari kliennya untuk (menggugat)".
    negated_intent: Regex,
    same_as: Regex,
    negation: Regex,
    /// A degree word right after a negation: "tidak terlalu", "tak begitu".
    degree_after: Regex,
    /// A question or condition word just before a negation ("apakah", "kalau").
    question_before: Regex,
    decline: Regex,
    reported_negation: Regex,
    /// A byline after "Laporan": "Laporan wartawan X", "Laporan: X".
    byline: Regex,
    /// "(Tapi) ketiga bank ini (pun)", "para operator tersebut": a counted or plural company
    /// noun pointing back to a list (group 1: the ordinal).
    numbered_anaphor: Regex,
    /// "Perusahaan daerah milik Pemkot X itu": a company noun phrase ending in a demonstrative.
    company_anaphor: Regex,
    /// Between the members of a subject list: ", ", " dan ", ", serta ".
    list_member_sep: Regex,
    /// A list member that only accompanies the subject: "didampingi X", "bersama X".
    accompanying: Regex,
    /// "seperti diberitakan Kontan": a citation of another outlet, no report about anyone.
    citation_before: Regex,
    /// "anak usaha" right before an organisation (`subsidiary_nouns`).
    subsidiary: Regex,
    /// A subsidiary noun opening a capitalised name ("Anak Usaha X Group").
    subsidiary_lead: Regex,
    /// A company's own statement as a speaker ("siaran pers tersebut", `statement_nouns`).
    statement_noun: Regex,
    /// A reporting verb that asserts against something (`assertive_verbs`).
    assertive: Regex,
    /// A reported negation that states a plan or an assurance (`plan_words`).
    plan: Regex,
    passive: Regex,
    /// A passive speech verb right after "hal senada": its agent said the same.
    same_as_passive: Regex,
    pronoun: Regex,
    list_sep: Regex,
    /// A title owned by "-nya" ("Humasnya", "kuasa hukumnya"): the company in focus's.
    role_nya: Regex,
    /// Words after "laporan" that make it the company's own report (`own_report_words`).
    own_report_words: std::collections::HashSet<String>,
    personal: personal::PersonalRules,
    /// After a reported negation, commenting: "(tidak) bisa berkomentar".
    no_comment_after: Regex,
    /// A company's own body, unnamed ("manajemen", "pihak perusahaan"), as a passive agent.
    own_body: Regex,
    /// The literal strings of the cue patterns searched in the whole text and again in each
    /// sentence, found in one pass over the article; members in the order of the `SCAN_*`
    /// indices.
    scan: Scan,
}

/// Members of [`Rules::scan`].
const SCAN_STRONG: usize = 0;
const SCAN_RUMOUR: usize = 1;
const SCAN_SAME_AS: usize = 2;
const SCAN_REPORTED_NEGATION: usize = 3;

impl Rules {
    pub fn new(lex: &Lexicon) -> Rules {
        let strong_words: Vec<&str> =
            lex.words("denial_verbs").iter().chain(lex.words("denial_phrases")).map(String::as_str).collect();
        let strong_alt = crate::lexicon::alternation(strong_words.iter().copied());
        let build = |s: String| Regex::new(&s).unwrap_or_else(|e| panic!("denial pattern does not compile: {e}"));
        let prefilter = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostFirst)
            .build(
                strong_words
                    .iter()
                    .copied()
                    .chain(lex.words("context_cues").iter().map(String::as_str))
                    .map(|w| w.split_whitespace().next().unwrap_or(w))
                    // the negations of a reported negation, which needs no rumour words
                    .chain(["tidak", "tak", "bukan"]),
            )
            .unwrap_or_else(|_| AhoCorasick::new(["\u{0}"]).expect("trivial automaton"));
        let quote_alt = crate::lexicon::alternation(strong_words.iter().copied().chain(lex.words("quote_phrases").iter().map(String::as_str)));
        let verbs = crate::lexicon::alternation(
            lex.words("speech_verbs").iter().chain(lex.words("denial_verbs")).map(String::as_str),
        );
        let mut rules = Rules {
            prefilter,
            rumour: build(format!(r"(?i)\b{}\b", lex.alternation("context_cues"))),
            strong: build(format!(r"(?i)\b{strong_alt}\b")),
            quote_strong: build(format!(r"(?i)\b{quote_alt}\b")),
            quote_assertive: build(format!(
                r"(?i)\b(?:kami|saya)\s+(?:\S+\s+)?{}(?:\s+(?:kembali|sekali\s+lagi))?(?:\s*,)?(?:\s+bahwa)?(?:\s+[^\s.;]+){{0,8}}?\s+(?:tidak|tak|bukan)\b",
                crate::lexicon::alternation(lex.words("assertive_verbs").iter().chain(lex.words("assertive_verb_roots")).map(String::as_str))
            )),
            quote_soft: build(format!(r"(?i)\b{}\b", lex.alternation("quote_soft_phrases"))),
            verb: build(format!(r"(?i)\b{verbs}(?:nya)?\b")),
            relative: build(r"(?i)\byang\s".to_string()),
            relative_before: build(r"(?i)\byang\s+(?:\S+\s+){0,2}$".to_string()),
            any_verb: build(format!(r"(?i)\b(?:{verbs}(?:nya)?|{})\b", lex.alternation("opinion_verbs"))),
            fronted: build(format!(r"(?i)^\W*(?:{})\b[^,]{{0,120}},\s*", lex.alternation("fronted_phrases"))),
            dateline: build(SENTENCE_DATELINE.to_string()),
            counter: build(format!(r"(?i)\b(?:{})\b", lex.alternation("counter_cues"))),
            // ("Berdasarkan klarifikasi resmi dari pihak X, ...": X's statement says what follows)
            menurut: build(r"(?i)^\W*(?:menurut|(?:berdasarkan|mengutip|merujuk)\s+(?:klarifikasi|keterangan|pernyataan|penjelasan|rilis|siaran\s+pers)(?:\s+(?:resmi|tertulis|langsung))*(?:\s+(?:dari|oleh))?)\s+([^,]{2,120}),".to_string()),
            person_pronoun: build(r"(?i)^(?:ia|dia|beliau)$".to_string()),
            phrase_cue: build(format!(r"(?i)^{}$", lex.alternation("denial_phrases"))),
            same_as: build(format!(r"(?i)\b{}\b", lex.alternation("same_as_cues"))),
            negated: build(r"(?i)\b(?:tidak|tak|belum|enggan|bukan)\s+(?:\S+\s+)?$".to_string()),
            negated_intent: build(
                r"(?i)\b(?:tidak|tak|belum|bukan)\s+(?:ada\s+)?(?:rencana|niat|pemikiran|keinginan|berniat|berencana|berpikir|terpikir|terpikirkan)\b[^,.;]{0,60}?\buntuk\s+$".to_string(),
            ),
            negation: build(format!(r"(?i)\b{}\b", lex.alternation("negations"))),
            question_before: build(r"(?i)\b(?:apakah|apa|jika|kalau|bila|apabila|seandainya|andaikan)\s+(?:\S+\s+)?$".to_string()),
            degree_after: build(format!(r"(?i)^\s+(?:{})\b", lex.alternation("degree_words"))),
            decline: build(format!(r"(?i)\b{}\b", lex.alternation("decline_cues"))),
            reported_negation: build(
                r"(?i)\b(?:mengatakan|menegaskan|memastikan|menyatakan|menjelaskan|menyebut|mengklaim|menjamin)(?:\s*,)?(?:\s+bahwa)?(?:\s+[^\s.;]+){0,14}?\s+(?:tidak|tak|bukan|aman)\b"
                    .to_string(),
            ),
            byline: build(r"(?i)^\s*(?:wartawan|reporter|koresponden|kontributor|jurnalis|:)".to_string()),
            numbered_anaphor: build(format!(
                r"(?i)^(?:\S+\s+)?(?:({})|para|semua|seluruh)\s+(?:{})(?:\s+(?:itu|ini|tersebut))?(?:\s+(?:pun|juga|kompak|sama-sama|telah|sudah|sempat|langsung))*$",
                ORDINALS.join("|"),
                lex.alternation("org_nouns")
            )),
            company_anaphor: build(r"(?i)^(?:perusahaan|perseroan|perumda|perusda|badan\s+usaha)\b[^,;]{0,80}\s(?:itu|tersebut|ini)$".to_string()),
            citation_before: build(r"(?i)\b(?:seperti|sebagaimana)\s+$".to_string()),
            subsidiary: build(format!(r"(?i)\b{}\s+$", lex.alternation("subsidiary_nouns"))),
            subsidiary_lead: build(format!(r"(?i)^{}\s", lex.alternation("subsidiary_nouns"))),
            statement_noun: build(format!(r"(?i)^{}\b", lex.alternation("statement_nouns"))),
            assertive: build(format!(r"(?i)^{}\b", lex.alternation("assertive_verbs"))),
            plan: build(format!(r"(?i)^(?:\S+\s+)?(?:{})\b", lex.alternation("plan_words"))),
            passive: build(
                r"(?i)\b(?:dibantah|ditepis|disangkal|ditampik|diklarifikasi|dibantahnya)\b(?:(?:\s+\S+){0,4}?\s+(?:oleh|dari)|(?:\s+(?:dengan|secara))?(?:\s+(?:tegas|keras|langsung))?)\s+(?:pihak\s+)?".to_string(),
            ),
            same_as_passive: build(SAME_AS_PASSIVE.to_string()),
            pronoun: build(
                r"(?i)^(?:ia|dia|beliau|mereka|pihaknya|perusahaan(?:\s+(?:itu|tersebut|ini))?|perseroan|manajemen|pihak\s+perusahaan|kami|perusahaannya)$"
                    .to_string(),
            ),
            list_member_sep: build(r"(?:\s*,\s*(?:dan|serta)\s+|\s+(?:dan|serta)\s+|\s*,\s*)".to_string()),
            accompanying: build(r"(?i)^\s*(?:didampingi|bersama|beserta|dengan)\b".to_string()),
            // (the legal form stays outside a name: "PT A dan PT B"; but "Brand, PT Legal Name" is
            // one company)
            // the next member's prefix ("Bank", "RS") is no part of its name; after a bare
            // comma a legal form is an apposition ("Tirta Sejuk, PT Sejuk Tirta Lestari")
            // ... which must be the subject itself, perhaps with its name ("Humasnya yakni
            // Rahmat"), not a phrase before another one ("Melalui kuasa hukumnya, artis X")
            personal: personal::PersonalRules::new(),
            no_comment_after: build(r"(?i)^\s+(?:(?:bisa|dapat|mau|ingin|bersedia)\s+)?(?:berkomentar|mengomentari|memberi(?:kan)?\s+(?:komentar|tanggapan)|menanggapi)\b".to_string()),
            own_body: build(r"(?i)^(?:manajemen|perusahaan|perseroan|pihak\s+(?:manajemen|perusahaan))\b(?:\s+(?:itu|tersebut|perusahaan))?\s*(?:[,.;]|$|\s+(?:dengan|secara|melalui|lewat|dalam))".to_string()),
            own_report_words: lex.words("own_report_words").iter().map(|w| w.to_lowercase()).collect(),
            role_nya: build(format!(
                r"(?i:\b(?:{})-?nya)(?:\s*,)?(?:\s+(?i:yakni|yaitu))?(?:\s+\p{{Lu}}[\p{{L}}.']*)*(?:\s*,)?(?:\s+(?i:pihak\s+)?(?i:manajemen|perusahaan|perseroan))?(?:\s+(?i:juga|pun|telah|sudah))*\s*$",
                lex.alternation("roles")
            )),
            list_sep: build(format!(
                r"^(?:\s+(?:Tbk\.?|\(Persero\)))?\s*(?:,\s*(?:(?:{p})\s+)?|,?\s+(?:dan|serta|maupun|&)\s*(?:(?:{l}|{p})\s+)?)$",
                l = company::LEGAL_PREFIX,
                p = crate::lexicon::alternation(lex.words("org_prefixes").iter().map(String::as_str).filter(|w| !company::is_legal_prefix(w)))
            )),
            scan: Scan::new(&[]),
        };
        rules.scan = Scan::new(&[&rules.strong, &rules.rumour, &rules.same_as, &rules.reported_negation]);
        rules
    }

    /// A denial cue in a quote that is not itself negated ("Kami tidak membantah" confirms).
    fn affirmed_cue(&self, text: &str) -> bool {
        self.quote_strong.find_iter(text).any(|m| !self.negated.is_match(&text[..m.start()]))
            || self.quote_assertive.find_iter(text).any(|m| {
                // (from the negation on: "tidak akan ..." is a plan)
                let neg = m.as_str().rsplit(char::is_whitespace).next().unwrap_or("");
                !self.plan.is_match(&text[m.end() - neg.len()..])
            })
    }

    /// A quote that says it does not deny: a confirmation, whatever else it negates.
    fn negated_cue(&self, text: &str) -> bool {
        self.strong.find_iter(text).any(|m| self.negated.is_match(&text[..m.start()]))
    }

    /// Cheap first pass: any explicit denial cue in the text (ASCII case-insensitive).
    pub fn prefilter(&self, text: &str) -> bool {
        self.prefilter.is_match(text)
    }

    /// All denial statements of the article, one per company, in order of first mention.
    pub fn find(&self, doc: &Doc, orgs: &company::Rules, quotes: &[quote::Attributed]) -> Vec<Statement> {
        let org_scan = orgs.scan_article(doc);
        let mut sent_orgs: Vec<Vec<OrgRef>> = orgs.sentence_orgs(doc, &org_scan);
        for v in &mut sent_orgs {
            v.retain(|o| !orgs.is_medium(doc.text, o));
        }
        // A lone word after a role ("juru bicara Budi") is a company only if the article
        // names it as one elsewhere, or it looks like a brand (acronym, CamelCase, .com).
        let confirmed: std::collections::HashSet<String> =
            sent_orgs.iter().flatten().filter(|o| o.rule != "company.role_of").map(|o| o.key.clone()).collect();
        // ("juru bicara Isuzu" where "Isuzu Motors Ltd." is named too: a confirmed name's first word)
        let confirms = |k: &str| confirmed.contains(k) || confirmed.iter().any(|c| c.strip_prefix(k).is_some_and(|r| r.starts_with(' ')));
        for v in &mut sent_orgs {
            v.retain(|o| o.rule != "company.role_of" || confirms(&o.key) || orgs.looks_like_brand(&o.name));
        }
        // A name the article has introduced as an organisation is one wherever it recurs
        // bare ("PT Sumber Jaya ... Sumber Jaya membantah"), and the members of a list after
        // an organisation noun ("tiga operator seluler, A, B dan C,") are organisations.
        orgs.add_known_names_in(doc, &mut sent_orgs, Some(&org_scan));
        let mut affs = orgs.affiliations_in(doc, &sent_orgs, Some(&org_scan));
        // (and a lone name after a title that opens with a given name is a person in an
        // affiliation too: "asisten manajer Achmad Haris, Laskar Wong Kito" ties no one to a
        // company "Achmad Haris")
        for a in &mut affs {
            if a.org.as_ref().is_some_and(|o| o.rule == "company.role_of" && !confirmed.contains(&o.key) && orgs.opens_with_given_name(&o.name)) {
                a.org = None;
            }
        }
        // "penyanyi Ayu": a person is no organisation, and her management speaks for her
        let people = orgs.introduced_people(doc);
        orgs.set_aside_people(doc, &people, &mut sent_orgs, &mut affs);
        // "Sony Wibisono": a company's name opening the name of a person tied to an
        // organisation is the person's first name
        for v in &mut sent_orgs {
            v.retain(|o| {
                let after = doc.text[o.span.end..].trim_start_matches([' ', '\u{a0}']);
                !affs.iter().any(|a| a.tokens.len() >= 2 && a.tokens[0] == o.name && a.org.is_some() && after.starts_with(a.tokens[1].as_str()))
            });
        }
        let aliases = orgs.same_entity_aliases(doc, &sent_orgs);
        let ctx = Ctx { doc, orgs, affs: &affs, sent_orgs: &sent_orgs, aliases: &aliases, org_scan: &org_scan, quotes };
        // A denial verb whose subject is a ministry, an association or a survey ("Ketua API
        // membantah anggapan ...") is that body's own: neither it nor the claim it answers in
        // its sentence is context for a company's negation.
        let scanned = self.scan.run(doc.text);
        let whole = 0..doc.text.len();
        let (mut first_denial, mut other_denials) = (None, Vec::new());
        for m in scanned.find_iter(SCAN_STRONG, &self.strong, whole.clone()) {
            if self.non_company_denies(&ctx, m.start()..m.end()) {
                other_denials.extend(doc.sentence_at(m.start()));
            } else if first_denial.is_none() {
                first_denial = Some(m.start());
            }
        }
        // Rumour words ("Laporan wartawan Tribunnews.com" is a byline, not a report about
        // anyone): what a plan ("memastikan tidak akan ...") must answer to deny. With a
        // denial verb or phrase they make the context weak evidence needs.
        let first_rumour = scanned
            .find_iter(SCAN_RUMOUR, &self.rumour, whole)
            .find(|m| {
                // "laporan keuangan", "laporan kuartal III": a company's own report claims nothing
                let own_report = m.as_str().eq_ignore_ascii_case("laporan")
                    && doc.text[m.end()..].split_whitespace().next().is_some_and(|w| self.own_report_words.contains(&w.to_lowercase()));
                !own_report
                    && !self.byline.is_match(&doc.text[m.end()..])
                    && !self.citation_before.is_match(&doc.text[doc.text.floor_char_boundary(m.start().saturating_sub(20))..m.start()])
                    && !doc.sentence_at(m.start()).is_some_and(|si| other_denials.contains(&si))
            })
            .map(|m| m.start());
        let has_rumour = first_rumour.is_some();
        let has_context = has_rumour || first_denial.is_some();
        // a reported negation answers a claim made before it (or in the headline), not one
        // the story turns to later ("Di tengah kabar penutupan pabrik lain, ...")
        let context_before = |pos: usize| first_rumour.into_iter().chain(first_denial).any(|c| c < pos);
        let rumour_before = |pos: usize| first_rumour.is_some_and(|c| c < pos);
        let mut found: Vec<Statement> = Vec::new();
        // companies whose officer denied something about himself ("membantah dirinya ...")
        let mut personal: std::collections::HashSet<String> = std::collections::HashSet::new();

        // 1. denial cues in sentences
        for (si, sent) in doc.sentences.iter().enumerate() {
            if doc.is_link_paragraph(sent.para) || is_title_line(doc, sent.para) && sent.para > 3 {
                // Headline-like lines below the top of the page are other stories' links.
                continue;
            }
            let s_text = doc.slice(&sent.span);
            // the sentence from a cue's last word (its negation) on
            let from_negation = |m: &crate::rx::Match| {
                let neg = m.as_str().rsplit(char::is_whitespace).next().unwrap_or("");
                &s_text[m.end() - neg.len()..]
            };
            // a plan is no denial without a rumour to answer ("memastikan tidak akan ...")
            let plan_after = |m: &crate::rx::Match| self.plan.is_match(from_negation(m));
            // a negation that opens a denying phrase ("menyatakan tidak pernah menjual data")
            let denying_after = |m: &crate::rx::Match| self.quote_strong.find_at_start(from_negation(m)).is_some();
            let mut cues: Vec<(Span, &'static str)> = scanned
                .find_iter(SCAN_STRONG, &self.strong, sent.span.clone())
                .filter(|m| rumour_before(sent.span.start + m.start()) || !self.negation.is_match(m.as_str()) || !plan_after(m))
                .map(|m| (sent.span.start + m.start()..sent.span.start + m.end(), "denial.subject_verb"))
                .collect();
            if has_context {
                cues.extend(
                    scanned
                        .find_iter(SCAN_SAME_AS, &self.same_as, sent.span.clone())
                        .map(|m| (sent.span.start + m.start()..sent.span.start + m.end(), "denial.same_as")),
                );
            }
            // in an article without rumour words, only an assertive verb's negation
            // ("menegaskan seluruh kursi tidak ...") or a denying phrase ("menyatakan tidak
            // pernah ...") denies, and not when it states a plan or an assurance ("memastikan
            // tidak akan ...", "memastikan stok aman")
            cues.extend(
                scanned
                    .find_iter(SCAN_REPORTED_NEGATION, &self.reported_negation, sent.span.clone())
                    .filter(|m| {
                        let at = sent.span.start + m.start();
                        if plan_after(m) { rumour_before(at) } else { context_before(at) || self.assertive.is_match(m.as_str()) || denying_after(m) }
                    })
                    .map(|m| (sent.span.start + m.start()..sent.span.start + m.end(), "denial.reported_negation")),
            );
            // "Sanggahan senada diungkap X": a denial noun inside a same-as phrase is that phrase's
            let same_as: Vec<Span> = cues.iter().filter(|c| c.1 == "denial.same_as").map(|c| c.0.clone()).collect();
            cues.retain(|c| c.1 == "denial.same_as" || !same_as.iter().any(|s| s.start <= c.0.start && c.0.end <= s.end));
            // "hal senada" only echoes: a cue of its own in the sentence comes first
            cues.sort_by_key(|c| (c.1 == "denial.same_as", c.0.start));
            for (cue, rule) in cues {
                // a cue inside a quote is the quote's business (step 2)
                if doc.quote_at(cue.start).is_some() {
                    continue;
                }
                let clause = &doc.text[sent.span.start..cue.end];
                // ("mengatakan tidak bisa berkomentar": a reported negation of commenting)
                if self.decline.is_match(clause.rsplit([',', ';']).next().unwrap_or(clause))
                    || rule == "denial.reported_negation" && self.no_comment_after.is_match(&doc.text[cue.end..sent.span.end])
                {
                    continue;
                }
                // "tidak membantah" confirms
                if self.negated.is_match(&doc.text[sent.span.start..cue.start]) {
                    continue;
                }
                let deniers = self.deniers(&ctx, si, &cue);
                if deniers.is_empty() {
                    continue;
                }
                if self.personal.about_self(doc.text, &sent.span, &cue) {
                    personal.extend(deniers.into_iter().map(|(o, _, _)| ctx.canon(o).key));
                    continue;
                }
                // a sentence several companies deny in stands for each only until one
                // speaks in a sentence of its own
                let shared = deniers.len() > 1;
                for (org, speaker, how) in deniers {
                    let org = ctx.canon(org);
                    let rule = if how == "denial.passive_agent" { how } else { rule };
                    let weight = sentence_weight(doc, sent, &cue, rule);
                    merge(&mut found, doc, org, speaker, Some((sent.span.clone(), cue.clone(), weight, shared)), rule);
                }
                break;
            }
        }

        // 2. quotes: resolve each speaker to a company
        for (qi, q) in quotes.iter().enumerate() {
            let resolved = match &q.speaker {
                Some(sp) => self.resolve_speaker(&ctx, sp).map(|(o, p)| (o, p.or_else(|| Some(sp.clone())))),
                None if q.pronoun => doc.sentence_at(q.inner.start).and_then(|si| {
                    // ("ujarnya" after a sentence whose subject names nobody: the company whose
                    // denial was reported just before speaks)
                    self.previous_subject(&ctx, si).or_else(|| {
                        found
                            .iter()
                            .filter_map(|st| Some((doc.sentence_at(st.cues.iter().map(|c| c.0.start).filter(|&p| p < q.inner.start).max()?)?, st)))
                            .filter(|(j, _)| *j < si && si - j <= 3)
                            .max_by_key(|(j, _)| *j)
                            .and_then(|(_, st)| ctx.sent_orgs.iter().flatten().find(|o| o.key == st.key).cloned())
                    })
                }).map(|o| (o, None)),
                None => None,
            };
            let Some((org, person)) = resolved else { continue };
            let org = ctx.canon(org);
            let sp = &person.clone().unwrap_or(org.span.clone());
            if !org.is_company {
                continue;
            }
            let qtext = doc.slice(&q.inner);
            if personal.contains(&org.key) && self.personal.first_person_singular(qtext) {
                continue;
            }
            let strength = quote::denial_strength(qtext, &self.quote_strong, &self.quote_soft, &self.negation, &self.question_before);
            // a short quote cut off by the end of the page says too little to stand for the denial
            if doc.quotes.iter().any(|dq| dq.inner == q.inner && dq.unbalanced && dq.outer.end == doc.text.trim_end().len())
                && qtext.split_whitespace().count() < 10
            {
                continue;
            }
            let speaker = Some(Found::text(doc.slice(person.as_ref().unwrap_or(sp)), person.clone().unwrap_or(sp.clone()), "speaker.attribution"));
            let idx = match found.iter().position(|s| company::same_org(&s.key, &org.key)) {
                Some(i) => i,
                None => {
                    if self.negated_cue(qtext) {
                        continue;
                    }
                    let strong_quote = (self.affirmed_cue(qtext) || q.denying) && !self.decline.is_match(qtext);
                    let weak_quote = has_context && self.plain_negation(qtext) && !self.decline.is_match(qtext);
                    if !(strong_quote || weak_quote) {
                        continue;
                    }
                    let rule = if strong_quote { "denial.quote_phrase" } else { "denial.quote_negation" };
                    merge(&mut found, doc, org, speaker.clone(), None, rule);
                    found.len() - 1
                }
            };
            let st = &mut found[idx];
            st.quotes.push(qi);
            st.quote_strength.insert(qi, strength);
            if st.speaker.as_ref().is_none_or(|s| s.value == st.company.value)
                && let Some(s) = speaker {
                    st.speaker = Some(s);
                }
        }
        // 3. a company that confirms, admits or accuses ("Antarin membenarkan ...") is not
        // denying when the only sign of a denial is a negation in what it says, or a
        // "tidak pernah" in its quote that calls nothing false ("Kami tidak pernah banting
        // harga," says the accuser)
        let weak = |st: &Statement| {
            let weak_rule = match st.rule {
                "denial.reported_negation" | "denial.quote_negation" => true,
                "denial.quote_phrase" => !st.quotes.iter().filter_map(|&qi| quotes.get(qi)).any(|q| q.denying || self.strong.is_match(doc.slice(&q.inner))),
                _ => false,
            };
            weak_rule && st.cues.iter().all(|c| c.2 == "denial.reported_negation")
        };
        if found.iter().any(weak) {
            let countering = self.countering(&ctx, quotes);
            found.retain(|st| !(weak(st) && countering.iter().any(|k| company::same_org(k, &st.key))));
        }
        found
    }

    /// Keys of the companies that confirm, admit or accuse something, in the reporter's
    /// words ("X membenarkan ...") or their own ("Kami mengakui ...").
    fn countering(&self, ctx: &Ctx, quotes: &[quote::Attributed]) -> Vec<String> {
        let doc = ctx.doc;
        let mut keys = Vec::new();
        for (si, sent) in doc.sentences.iter().enumerate() {
            if doc.is_link_paragraph(sent.para) {
                continue;
            }
            for m in self.counter.find_iter(doc.slice(&sent.span)) {
                let cue = sent.span.start + m.start()..sent.span.start + m.end();
                let before = &doc.text[sent.span.start..cue.start];
                if doc.quote_at(cue.start).is_some() || self.negated.is_match(before) || self.negated_intent.is_match(before) {
                    continue;
                }
                keys.extend(self.deniers(ctx, si, &cue).into_iter().map(|(o, _, _)| ctx.canon(o).key));
            }
        }
        for q in quotes {
            let qtext = doc.slice(&q.inner);
            let confirms = self.counter.find_iter(qtext).any(|m| !self.negated.is_match(&qtext[..m.start()]) && !self.negated_intent.is_match(&qtext[..m.start()]));
            if !confirms {
                continue;
            }
            if let Some((o, _)) = q.speaker.as_ref().and_then(|sp| self.resolve_speaker(ctx, sp)) {
                keys.push(ctx.canon(o).key);
            }
        }
        keys
    }

    /// Who denies at `cue` in sentence `si`: the passive agent, the subject's companies (all
    /// of a list), a person's company, or the company in focus for a pronoun.
    fn deniers(&self, ctx: &Ctx, si: usize, cue: &Span) -> Vec<(OrgRef, Option<Found>, &'static str)> {
        let doc = ctx.doc;
        let sent = &doc.sentences[si].span;
        // passive: "kabar itu dibantah oleh pihak X"; "Hal senada diungkapkan Dirut X": the
        // agent comes after the cue (and a same-as sentence keeps its own, weaker, rule)
        let passive = self.passive.find(&doc.text[cue.start..sent.end]).map(|m| (cue.start + m.end(), "denial.passive_agent"));
        let same_as_agent = || {
            self.same_as.is_match(doc.slice(cue)).then(|| self.same_as_passive.find(&doc.text[cue.end..sent.end])).flatten().map(|m| (cue.end + m.end(), "denial.subject_verb"))
        };
        if let Some((from, how)) = passive.or_else(same_as_agent) {
            // the agent may be a title first: "dibantah dengan tegas Unit Manager
            // Communication MOR VIII PT Pertamina, Edi"
            let titled = ctx.orgs.roles_in_scanned(doc, &(from..sent.end), Some(ctx.org_scan)).first().is_some_and(|r| {
                r.start <= from + 12 && doc.text[from..r.start].chars().all(|c| c.is_alphanumeric() || c == ' ')
            });
            let reach = if titled { 100 } else { 40 };
            let org = ctx.sent_orgs[si].iter().find(|o| {
                o.span.start >= from && o.span.start <= from + reach && (!titled || !doc.text[from..o.span.start].contains([',', ';']))
            });
            if let Some(o) = org {
                // the agent phrase runs to the next comma: "Ketua Serikat Pekerja PT X" is the union
                let end = doc.text[o.span.end..sent.end].find([',', ';']).map_or(sent.end, |i| o.span.end + i);
                let agent = from..end;
                if !o.is_company || non_company_head(ctx, &agent, &[o]) {
                    return vec![];
                }
                return vec![(o.clone(), self.person_in(ctx, &agent), how)];
            }
            // "Kabar pailitnya Sritex dibantah manajemen": a company's own body as the agent
            // is the company the sentence names
            if how == "denial.passive_agent" && self.own_body.is_match(&doc.text[from..sent.end])
                && let Some(o) = focus(ctx, si, cue.start) {
                    return vec![(o, None, how)];
                }
        }
        let Some(mut subject) = self.subject_span(doc, sent, cue) else { return vec![] };
        // a headline's commas separate clauses, so its subject follows the last one: "Foto
        // KTP Disebar ke Grup Kantor, DanaKilat Menyangkal"; "Empat Pengembang Disebut Babat
        // Mangrove, Dua Membantah" names no denier. A comma after a name alone lists it
        // ("Telkomsel, XL dan Indosat Bantah").
        if is_title_line(doc, doc.sentences[si].para)
            && let Some(c) = doc.text[subject.clone()].rfind(',')
        {
            let comma = subject.start + c;
            let item_start = doc.text[subject.start..comma].rfind(',').map_or(subject.start, |p| subject.start + p + 1);
            let item = doc.text[item_start..comma].trim();
            let listed = orgs_within(ctx, si, &(item_start..comma)).iter().any(|o| doc.slice(&o.span) == item);
            if !listed {
                subject = comma + 1..subject.end;
            }
        }
        // "Tidak seperti PT M yang mengakui ..., manajemen PT I menepis": a clause with a
        // relative "yang" before the last comma leads up to the subject, which follows it
        if let Some(c) = doc.text[subject.clone()].rfind(',') {
            let (lead, tail) = (subject.start..subject.start + c, subject.start + c + 1..subject.end);
            if self.relative.is_match(&doc.text[lead]) && !orgs_within(ctx, si, &tail).is_empty() {
                subject = tail;
            }
        }
        // The head of the subject decides: "Serikat pekerja PT X membantah" is the union's
        // denial, "PT X melalui kuasa hukumnya membantah" the company's.
        // "Tapi ketiga bank ini pun membantah": the companies of the list named just before
        if let Some(c) = self.numbered_anaphor.captures(doc.text[subject.clone()].trim()) {
            let count = c.get(1).and_then(|m| ORDINALS.iter().position(|o| o.eq_ignore_ascii_case(m.as_str()))).map(|i| i + 2);
            if let Some(list) = self.recent_list(ctx, si, cue.start, count) {
                return list.into_iter().map(|o| (o, None, "denial.subject_verb")).collect();
            }
        }
        // "Perusahaan daerah milik Pemkot Mataram itu membantah": a company noun with a
        // demonstrative points back to the company in focus, whoever owns it
        if self.company_anaphor.is_match(doc.text[subject.clone()].trim())
            && let Some(o) = focus(ctx, si, subject.start) {
                return vec![(o, None, "denial.subject_verb")];
            }
        let mut in_subject = orgs_within(ctx, si, &subject);
        if non_company_head(ctx, &subject, &in_subject) {
            // "DLH, PT X dan Polres Y kompak membantah": each member of a list denies for itself
            return self.companies_in_mixed_list(ctx, si, &subject);
        }
        // "Anak usaha Grup X, PT Y, menyangkal": Y denies, not its parent
        if let Some(first) = in_subject.first() {
            // (or inside a capitalised name: "Anak Usaha Arunika Group Sangkal ...")
            if self.subsidiary.is_match(&doc.text[subject.start..first.span.start]) || self.subsidiary_lead.is_match(&first.name) {
                in_subject.remove(0);
                if in_subject.is_empty() {
                    return vec![];
                }
            }
        }
        if !in_subject.is_empty() {
            // "Telkomsel, XL dan Indosat membantah": every company of a list
            let list = self.list_runs(doc.text, &in_subject).swap_remove(0);
            let chosen: Vec<&OrgRef> = if list.len() > 1 {
                list
            } else {
                // the subject head: a lexicon company if any, else the first organisation
                vec![in_subject.iter().find(|o| o.rule == "company.lexicon").copied().unwrap_or(in_subject[0])]
            };
            if chosen.iter().all(|o| !o.is_company) {
                return vec![];
            }
            let person = self.person_in(ctx, &subject);
            return chosen
                .into_iter()
                .filter(|o| o.is_company)
                .map(|o| (o.clone(), person.clone(), "denial.subject_verb"))
                .collect();
        }
        // "Melalui Humasnya yakni Rahmat membantah": the company in focus's own officer
        if self.role_nya.is_match(&doc.text[sent.start..cue.start])
            && let Some(o) = focus(ctx, si, sent.start) {
                return vec![(o, self.person_in(ctx, &subject), "denial.subject_verb")];
            }
        // a person: their company through an apposition elsewhere
        if let Some(p) = self.person_in(ctx, &subject) {
            if let Some(a) = ctx.orgs.affiliation_of(ctx.affs, &p.value)
                && let Some(o) = &a.org {
                    return if o.is_company { vec![(o.clone(), Some(p), "denial.subject_verb")] } else { vec![] };
                }
            return vec![];
        }
        // a pronoun or "perusahaan": the company in focus
        let subj_text = doc.text[subject.clone()].trim();
        let last = subj_text.rsplit(',').next().unwrap_or(subj_text).trim();
        let last = last.trim_end_matches(|c: char| !c.is_alphanumeric()).trim();
        let head = last.split_whitespace().filter(|w| !matches!(w.to_lowercase().as_str(), "juga" | "pun" | "pula" | "telah" | "sudah" | "kembali" | "lantas" | "tegas" | "dengan")).collect::<Vec<_>>().join(" ");
        if self.person_pronoun.is_match(&head) {
            return self.previous_subject(ctx, si).map(|o| vec![(o, None, "denial.subject_verb")]).unwrap_or_default();
        }
        if head.is_empty() || head.eq_ignore_ascii_case("mereka") {
            return self.previous_subject(ctx, si).map(|o| vec![(o, None, "denial.subject_verb")]).unwrap_or_default();
        }
        if self.pronoun.is_match(&head)
            && let Some(o) = focus(ctx, si, subject.start) {
                return vec![(o, None, "denial.subject_verb")];
            }
        vec![]
    }
}

struct Ctx<'d, 'a> {
    doc: &'d Doc<'a>,
    orgs: &'d company::Rules,
    affs: &'d [Affiliation],
    sent_orgs: &'d [Vec<OrgRef>],
    /// One business under two names (see `company::Rules::same_entity_aliases`).
    aliases: &'d HashMap<String, String>,
    /// The article's organisation scan (`company::Rules::scan_article`).
    org_scan: &'d Scanned<'d, 'a>,
    /// The article's attributed quotes.
    quotes: &'d [quote::Attributed],
}

impl Ctx<'_, '_> {
    fn canon(&self, mut o: OrgRef) -> OrgRef {
        if let Some(k) = self.aliases.get(&o.key) {
            o.key = k.clone();
        }
        o
    }
}

/// "kedua" (the two) .. "kesepuluh" (the ten): counts of a list pointed back to.
const ORDINALS: [&str; 9] = ["kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh", "kedelapan", "kesembilan", "kesepuluh"];

/// The company most recently named before `pos`, within the three sentences up to `si`.
/// The company whose name an account handle spells, with or without a country or
/// "official" suffix ("elmo.id", "KFCINDONESIA", "tokoria_official").
fn official_account(ctx: &Ctx, handle: &str) -> Option<OrgRef> {
    fn core(s: &str) -> String {
        let mut h: String = s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
        for suffix in ["official", "indonesia", "id", "ind", "indo"] {
            if h.len() > suffix.len() + 2
                && let Some(x) = h.strip_suffix(suffix) {
                    h = x.to_string();
                }
        }
        h
    }
    let h = core(handle.split(['.', '/']).next().unwrap_or(handle));
    if h.chars().count() < 2 {
        return None;
    }
    ctx.sent_orgs.iter().flatten().find(|o| o.is_company && core(&o.name) == h).cloned()
}

/// Does `span` name a non-company or people speaking for themselves before any company in it?
/// `orgs` are the organisations found inside `span`.
/// The organisations of sentence `si` that lie inside `span`, in text order.
fn orgs_within<'c>(ctx: &Ctx<'c, '_>, si: usize, span: &Span) -> Vec<&'c OrgRef> {
    ctx.sent_orgs[si].iter().filter(|o| o.span.start >= span.start && o.span.end <= span.end).collect()
}

fn non_company_head(ctx: &Ctx, span: &Span, orgs: &[&OrgRef]) -> bool {
    let company_spans: Vec<Span> =
        orgs.iter().filter(|o| o.is_company).map(|o| o.span.start - span.start..o.span.end - span.start).collect();
    match ctx.orgs.first_non_company(ctx.doc.slice(span), &company_spans) {
        Some(nc) => company_spans.first().is_none_or(|c| nc < c.start),
        None => false,
    }
}

fn focus(ctx: &Ctx, si: usize, pos: usize) -> Option<OrgRef> {
    (si.saturating_sub(3)..=si)
        .rev()
        .find_map(|i| ctx.sent_orgs[i].iter().rev().find(|o| o.is_company && o.span.end <= pos).cloned())
}

/// A line that reads as a headline: no closing punctuation and short.
pub(crate) fn is_title_line(doc: &Doc, para: usize) -> bool {
    let t = doc.slice(&doc.paragraphs[para]).trim_end();
    let last = t.chars().last();
    !last.is_some_and(|c| matches!(c, '.' | '!' | '?' | '"' | '”' | ')' | ',' | ':')) && t.split_whitespace().count() <= 20
}

/// How well a sentence reports a denial, to pick the one sentence that stands for it: an
/// explicit denial verb beats a phrase, which beats a reported negation or a mere
/// "klarifikasi"; a headline (a line with no closing punctuation) loses to body text.
fn sentence_weight(doc: &Doc, sent: &crate::text::Sentence, cue: &Span, rule: &str) -> i32 {
    let cue_text = doc.slice(cue).to_lowercase();
    let mut w = match rule {
        "denial.reported_negation" => 15,
        "denial.same_as" => 12,
        "denial.passive_agent" => 25,
        _ if cue_text.contains("klarifikasi") || cue_text.contains("luruskan") => 10,
        _ if cue_text.starts_with("tidak") || cue_text.starts_with("tak") || cue_text.contains("hoa") || cue_text.contains("bohong") || cue_text.contains("palsu") => 20,
        _ => 30,
    };
    if is_title_line(doc, sent.para) {
        w -= 20;
    }
    w
}


mod personal;
mod statement;
mod subject;

pub use statement::Statement;
use statement::merge;

#[cfg(test)]
mod tests;
