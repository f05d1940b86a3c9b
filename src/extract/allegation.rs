//! Allegations: the claim being denied, as a short verbatim clause.
//!
//! - `allegation.denial_object`: what follows the denial cue in the denial sentence
//!   (`membantah [kabar bahwa] X`), with the reporting nouns in front of it dropped and the
//!   clause cut at its end (punctuation, a new speech clause, a contrastive conjunction).
//! - `allegation.rumour`: when the cue has no object (`membantahnya`, `membantah kabar
//!   tersebut`), the clause after a rumour cue (`dikabarkan`, `dituding`, `isu`) in the
//!   sentences before the denial.
//! - `allegation.topic`: a fronted topic that names the report and what it says ("Mengenai
//!   isu soal PHK massal, X menegaskan ..."): the content after `soal`/`tentang`/`bahwa`.

use crate::rx::Regex;

use crate::extract::{Found, denial::{Statement, is_title_line}};
use crate::lexicon::Lexicon;
use crate::text::{Doc, Span, trim_span};

/// At most this many words: an allegation is a clause, not a paragraph.
const MAX_WORDS: usize = 14;

pub struct Rules {
    /// A denial phrase ("tidak benar") follows its claim: "kabar X tidak benar".
    phrase: Regex,
    phrase_prefix: Regex,
    /// The speech verb that opens a reported claim: "menyatakan (bahwa)".
    speech: Regex,
    lead: Regex,
    clause_end: Regex,
    empty_object: Regex,
    /// What is left when the claim's head was a pronoun phrase ("membantah temuan tersebut
    /// dan memastikan ...").
    dangling: Regex,
    copula_tail: Regex,
    /// A word a clause cut at MAX_WORDS must not end on: a linker, or a name's legal prefix.
    cut_dangling: Regex,
    rumour: Regex,
    /// A fronted topic naming the report and its content: "Terkait kabar soal X, ...".
    /// A passive speech verb ("diungkapkan", "disampaikan") right after a same-as cue.
    passive_speech: Regex,
    topic: Regex,
    /// A demonstrative right after a rumour cue: the rumour itself is elsewhere.
    anaphoric: Regex,
    /// A report named with a demonstrative and nothing of what it says ("pemberitaan yang
    /// beredar sejak Rabu di media daring tersebut"): the claim is stated elsewhere.
    report_pointer: Regex,
    /// Words that go on to give a report's content ("tentang", "bahwa", "yang menyebut").
    report_content: Regex,
    /// What a passive denial's subject says before naming the claim ("Menanggapi kabar ...").
    passive_lead: Regex,
    /// A source fronted before the claim: "Menurut X,", "Berdasarkan klarifikasi X,".
    fronted_source: Regex,
    /// An accusing verb ("menuding", "menuduh").
    accusing: Regex,
    /// A report noun ("laporan", "kabar") among the words before a claim.
    report_noun: Regex,
    /// Who made a report, up to the verb that gives its content ("sebuah koalisi yang menyebut").
    reported_by: Regex,
    /// A rumour noun that opens its clause as its subject ("Kabar bahwa X beredar ...").
    rumour_noun: Regex,
    /// The predicate of a rumour noun: it spreads ("beredar", "viral", "ramai diperbincangkan").
    spreads: Regex,
}

impl Rules {
    pub fn new(lex: &Lexicon) -> Rules {
        let speech = lex.alternation("speech_verbs");
        let build = |s: String| Regex::new(&s).unwrap_or_else(|e| panic!("allegation pattern does not compile: {e}"));
        Rules {
            phrase: build(format!(r"(?i)^{}$", lex.alternation("denial_phrases"))),
            phrase_prefix: build(format!(r"(?i)^{}\b", lex.alternation("denial_phrases"))),
            speech: build(format!(r"(?i)\b(?:{speech})(?:nya)?\b(?:\s*,)?(?:\s+(?:bahwa|kalau))?")),
            // reporting nouns and linkers in front of the claim itself
            lead: build(
                r"(?i)^(?:\s*(?:keras|tegas|dengan\s+tegas|secara\s+tegas|adanya|ada\s+kabar|kabar|berita|informasi|isu|isyu|rumor|tuduhan|tudingan|laporan(?:\s+(?-i:\p{Lu})[\p{L}.]*)*|anggapan|klaim|dugaan|pemberitaan|temuan|yang\s+beredar(?:\s+di\s+\S+(?:\s+sosial)?)?|yang\s+(?:menyebutkan|menyebut|menyatakan|mengatakan|mengklaim|menuding|menuduh)|beredar|tersebut|itu|soal|terkait|mengenai|tentang|atas|bahwa|kalau|jika|pernah|telah\s+terjadi|,)\b\s*)+"
                    .to_string(),
            ),
            clause_end: build(format!(
                r"(?i)[;!?]|(?-i:\.(?:\s+[\p{{Lu}}\d\x22\x{{201C}}]|\s*$))|\s[-–—]\s|,\s*(?:{speech})(?:nya)?\b|,?\s+(?:namun|tetapi|tapi|melainkan|sedangkan|padahal|menyusul|sehingga|karena\s+itu)\b|,\s+(?:dan|serta|sedangkan|sementara|padahal|seperti|sebagaimana|kali\s+ini)\b|\s+(?:meskipun|walaupun|kendati|sebab)\b|\s+(?:dan|serta)\s+(?:[\x22\x{{201C}}]|tidak\b|tak\b|bukan\b)|\s\((?i:\d|senin|selasa|rabu|kamis|jum|sabtu|minggu)|,\s*(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu)\s*(?:\(|,|\.|$)"
            )),
            empty_object: build(
                r"(?i)^(?:(?:kabar|isu|isyu|tudingan|tuduhan|informasi|berita|hal|laporan|klaim|rumor|temuan|pemberitaan)\s+(?:itu|tersebut|ini)|\S+(?:\s+\S+)?\s+(?:tersebut|itu)|hal\s+itu|hal\s+tersebut|nya|itu|tersebut|hal\s+ini|(?:itu|ini|hal\s+itu|hal\s+tersebut)\s+(?:adalah|merupakan)\b.*)?\W*$"
                    .to_string(),
            ),
            // no claim starts with a linker, nor with how or where it was denied ("melalui
            // kuasa hukumnya", "di hadapan anggota"), nor with who reported it ("diberitakan
            // media, terutama media online")
            dangling: build(r"(?i)^(?:dan|serta|sebagai|oleh|namun|tetapi|dengan|kepada|karena|sehingga|yang|melalui|lewat|via|di|pada|dalam|(?:sejumlah\s+|banyak\s+)?media(?:\s+(?:online|daring|massa|nasional|sosial))?\s*(?:,|$|terutama\b))".to_string()),
            cut_dangling: build(
                r"(?i)^(?:yang|dan|serta|atau|di|ke|dari|oleh|untuk|dengan|pada|dalam|sebagai|bahwa|karena|bagi|atas|tentang|soal|terkait|mengenai|terhadap|para|sang|si|PT\.?|CV\.?|Perum|Persero)$".to_string(),
            ),
            copula_tail: build(r"(?i)\s+(?:merupakan|adalah|ialah|sebagai|itu\s+adalah|itu\s+merupakan)(?:\s+(?:berita|kabar|informasi|isu|isyu|pesan|konten))?$".to_string()),
            passive_speech: build(crate::extract::denial::SAME_AS_PASSIVE.to_string()),
            topic: build(
                r"(?i)^\W*(?:mengenai|terkait|soal|menanggapi|menjawab|atas|perihal)\s+(?:isu|isyu|kabar|tudingan|tuduhan|rumor|informasi|berita|laporan|klaim|pemberitaan|anggapan|video|unggahan|pesan)\b[^,]{0,80}?\b(?:soal|tentang|mengenai|terkait|bahwa|yang\s+menyebut(?:kan)?)\s+([^,]{3,200}),"
                    .to_string(),
            ),
            report_pointer: build(
                r"(?i)^\W*(?:bahwa\s+)?(?:kabar|berita|pemberitaan|informasi|isu|isyu|rumor|tudingan|tuduhan|laporan|klaim|unggahan|video|pesan|narasi|artikel)\b[^.;]*?\b(?:tersebut|itu|ini)\W*$"
                    .to_string(),
            ),
            report_content: build(r"(?i)\b(?:tentang|soal|mengenai|terkait|bahwa|perihal|menyebut\w*|menyatakan|mengklaim)\b".to_string()),
            anaphoric: build(r"(?i)^(?:itu|tersebut|ini)\b".to_string()),
            passive_lead: build(format!(
                r"^(?:{})?\W*(?i:(?:merespons?|menanggapi|menjawab|soal|terkait|mengenai|adapun)\s+)?(?i:beberapa\s+|sejumlah\s+)?",
                crate::extract::denial::SENTENCE_DATELINE.trim_start_matches('^')
            )),
            fronted_source: build(r"(?i)^\W*(?:menurut|berdasarkan|mengutip|merujuk)\b[^,]{0,160},\s*".to_string()),
            accusing: build(r"(?i)\b(?:menuding|menuduh)\b".to_string()),
            report_noun: build(r"(?i)\b(?:laporan|kabar|isu|isyu|tudingan|tuduhan|klaim|pemberitaan|berita|informasi|unggahan|video|rumor)\b".to_string()),
            reported_by: build(
                r#"(?i)^[^,.;"“]{0,120}?\byang\s+(?:menyebut(?:kan)?|menuding|menuduh|mengklaim|menyatakan|mengatakan|melaporkan)\s+(?:bahwa\s+)?"#.to_string(),
            ),
            rumour_noun: build(r"(?i)^(?:isu|isyu|kabar|rumor|tudingan|tuduhan)\b".to_string()),
            spreads: build(
                r"(?i)\s(?:(?:sempat|telah|sudah|tengah|sedang|kini|mulai|pun)\s+)?(?:beredar|viral|menyebar|mencuat|berembus|berhembus|merebak|ramai\s+di\p{Ll}+)\b"
                    .to_string(),
            ),
            rumour: build(
                r"(?i)\b(?:(?:viral|beredar|bocor|tidak\s+benar|hoaks|hoax|palsu|bohong|keliru)(?:\s+\S+){0,4}?\s+(?:terkait|soal|tentang|mengenai)|(?:viral|beredar)(?:\s+\S+){0,4}?\s+yang\s+(?:menyebut(?:kan)?|mengklaim|menuding|menuduh)|mengeluhkan|dikabarkan|dicurigai|menduga|mencurigai|dikeluhkan|diberitakan|dilaporkan|dituding|dituduh|diisukan|diisyukan|diduga|disebut-sebut|disebut|diklaim|menuding|menuduh|mengklaim|isu|isyu|kabar|rumor|tudingan|tuduhan)\b(?:\s+(?:bahwa|kalau|akan))?\s+"
                    .to_string(),
            ),
        }
    }

    /// The claim `st` denies; `echoed` is the claim of the record before it, which a
    /// company that "said the same" denies too.
    pub fn find(&self, doc: &Doc, st: &Statement, echoed: Option<&Found>) -> Option<Found> {
        // every denial sentence of the company, best first; a headline's words ("X Bantah
        // Uji Produk") only after the lead has had its say
        let in_title = |sent: &Span| doc.sentence_at(sent.start).is_some_and(|i| is_title_line(doc, doc.sentences[i].para));
        for (sent, cue, rule, _) in st.cues.iter().filter(|c| !in_title(&c.0)) {
            // "Hal senada diungkapkan X" echoes a denial stated before: no claim after the cue
            if *rule == "denial.same_as" && self.passive_speech.is_match(&doc.text[cue.end..sent.end]) {
                continue;
            }
            // a reported negation ("menyatakan tidak menjual data") restates a claim that the
            // sentence just before may state itself ("Mereka menduga ada penjualan data")
            if *rule == "denial.reported_negation"
                && let Some(f) = doc.sentence_at(sent.start).filter(|&i| i > 0).and_then(|i| self.rumour_in(doc, i - 1)) {
                    return Some(f);
                }
            if let Some(f) = self.in_denial_sentence(doc, sent, cue, rule) {
                // "memastikan kandungan obat tidak berubah": the word or two after a reported
                // negation is no claim; the rumour stated around it is
                if *rule == "denial.reported_negation" && f.value.split_whitespace().count() < 3 && f.rule == "allegation.denial_object" {
                    continue;
                }
                return Some(f);
            }
        }
        // "Hal senada diungkapkan X" echoes the denial before it: its claim is that one's
        if st.rule == "denial.same_as"
            && let Some(f) = echoed {
                return Some(Found { rule: "allegation.echoed", ..f.clone() });
            }
        let titles: Vec<_> = st.cues.iter().filter(|c| in_title(&c.0)).collect();
        if let Some((first, ..)) = titles.first().filter(|_| titles.len() == st.cues.len()) {
            // only a headline stands for the denial: the lead below it states the claim
            let si = doc.sentence_at(first.start).unwrap_or(0);
            if let Some(f) = (si + 1..doc.sentences.len().min(si + 7)).find_map(|i| self.rumour_in(doc, i)) {
                return Some(f);
            }
        }
        if let Some(f) = titles.iter().find_map(|(sent, cue, rule, _)| self.in_denial_sentence(doc, sent, cue, rule)) {
            return Some(f);
        }
        // the rumour in the sentences up to the denial
        let upto = st.indirect.as_ref().map(|s| s.end).or_else(|| st.company.span().map(|s| s.end)).unwrap_or(0);
        let si = doc.sentence_at(upto.saturating_sub(1)).unwrap_or(0);
        // (then the few just after it: a denial quoted at the top, the claim in the lead)
        (si.saturating_sub(6)..=si)
            .rev()
            .chain(0..si.saturating_sub(6).min(3))
            .chain(si + 1..doc.sentences.len().min(si + 7))
            .find_map(|i| self.rumour_in(doc, i))
    }

    /// Does `words` name a report only by pointing at it ("berita yang dituliskan portal itu"),
    /// saying nothing of its content ("informasi tentang kenaikan harga itu" says it)?
    fn points_back(&self, words: &str) -> bool {
        self.report_pointer.is_match(words) && !self.report_content.is_match(words)
    }

    /// The claim after a rumour cue in sentence `i`, outside quotes and link blocks.
    fn rumour_in(&self, doc: &Doc, i: usize) -> Option<Found> {
        let s = &doc.sentences[i].span;
        if doc.is_link_paragraph(doc.sentences[i].para) {
            return None;
        }
        self.rumour.find_iter(doc.slice(s)).find_map(|m| {
            // "Merespons rumor itu, manajemen ...": a rumour named by a demonstrative was stated before
            if doc.quote_at(s.start + m.start()).is_some() || self.anaphoric.is_match(&doc.text[s.start + m.end()..s.end]) {
                return None;
            }
            // "Kabar bahwa X beredar di WhatsApp": the claim ends where its noun's predicate
            // begins (not at a relative clause: "data yang beredar")
            let rest = &doc.text[s.start + m.end()..s.end];
            let end = match self.spreads.find(rest) {
                Some(p) if self.rumour_noun.is_match(m.as_str()) && !rest[..p.start()].trim_end().to_lowercase().ends_with("yang") => {
                    s.start + m.end() + p.start()
                }
                _ => s.end,
            };
            self.object_after(doc, s.start + m.end()..end).map(|span| Found::text(doc.slice(&span), span, "allegation.rumour"))
        })
    }

    /// The claim in one denial sentence: the object after the cue, or for a denial phrase
    /// ("kabar X tidak benar") the words between the speech verb and the phrase.
    fn in_denial_sentence(&self, doc: &Doc, sent: &Span, cue: &Span, rule: &str) -> Option<Found> {
        // "menyatakan bahwa kabar X tidak benar": a reported negation that ends in a denial
        // phrase is a phrase cue
        let phrase_at = (rule == "denial.reported_negation")
            .then(|| {
                let c = doc.slice(cue);
                // the space may be wider than a byte (a no-break space)
                let neg_start = c.char_indices().rfind(|(_, ch)| ch.is_whitespace()).map(|(i, ch)| cue.start + i + ch.len_utf8())?;
                let m = self.phrase_prefix.find(&doc.text[neg_start..sent.end])?;
                Some(neg_start..neg_start + m.end())
            })
            .flatten();
        // "menegaskan bahwa berita yang dituliskan portal itu tidak akurat": a report named
        // by a demonstrative was stated before; the words here only point back to it
        if rule == "denial.reported_negation" {
            let c = doc.slice(cue);
            let inner = c.split_once(char::is_whitespace).map_or("", |(_, r)| r.rsplit_once(char::is_whitespace).map_or("", |(l, _)| l));
            if self.points_back(inner) {
                return None;
            }
        }
        let cue = &phrase_at.unwrap_or(cue.clone());
        // "Mengenai isu yang beredar soal PHK massal, X menegaskan ...": the topic names the claim
        if let Some(c) = self.topic.captures(&doc.text[sent.start..cue.start]) {
            let m = c.get(1).expect("group 1");
            if let Some(span) = self.object_after(doc, sent.start + m.start()..sent.start + m.end()) {
                return Some(Found::text(doc.slice(&span), span, "allegation.topic"));
            }
        }
        // "Kabar X, dibantah oleh PT Y": a passive denial's claim is its subject
        if rule == "denial.passive_agent" {
            let before = &doc.text[sent.start..cue.start];
            let lead = self.passive_lead.find(before).map_or(0, |m| m.end());
            return self.object_after(doc, sent.start + lead..cue.start).map(|span| Found::text(doc.slice(&span), span, "allegation.passive_subject"));
        }
        if self.phrase.is_match(doc.slice(cue)) {
            let before = &doc.text[sent.start..cue.start];
            // (past a fronted source: "Berdasarkan klarifikasi X, dukungan X ... adalah hoaks")
            let source = self.fronted_source.find(before).map_or(sent.start, |m| sent.start + m.end());
            let from = self.speech.find_iter(before).last().map(|m| sent.start + m.end()).unwrap_or(sent.start).max(source);
            if self.points_back(&doc.text[from..cue.start]) {
                return None;
            }
            if let Some(span) = self.object_after(doc, from..cue.start) {
                return Some(Found::text(doc.slice(&span), span, "allegation.before_phrase"));
            }
        }
        self.object_after(doc, cue.end..sent.end).map(|span| Found::text(doc.slice(&span), span, "allegation.denial_object"))
    }

    /// The claim in `span` (text after a cue): reporting nouns dropped, cut at clause end.
    fn object_after(&self, doc: &Doc, span: Span) -> Option<Span> {
        let text = doc.text;
        let rest = &text[span.clone()];
        let mut lead = self.lead.find(rest).map(|m| m.end()).unwrap_or(0);
        // "laporan sebuah koalisi yang menyebut X": after a report noun, who made the report
        // is no part of the claim
        // ("membantah aktivis yang menuding perusahaan X": the accusers are no part of it either)
        if let Some(m) = self.reported_by.find(&rest[lead..])
            && (self.report_noun.is_match(&rest[..lead]) || self.accusing.is_match(m.as_str())) {
                lead += m.end();
            }
        let body = &rest[lead..];
        let end = self.clause_end.find(body).map(|m| m.start()).unwrap_or(body.len());
        let mut clause = trim_span(text, span.start + lead..span.start + lead + end);
        // strip wrapping quote marks and trailing commas
        let c = &text[clause.clone()];
        let c2 = c.trim_matches(|ch: char| crate::text::is_quote_mark(ch) || matches!(ch, ',' | '\'' | '‘' | '’') || ch.is_whitespace());
        if c2.is_empty() {
            return None;
        }
        let off = c.find(c2).unwrap_or(0);
        clause = clause.start + off..clause.start + off + c2.len();
        // a claim read before a denial phrase ends before its copula: "pesan itu [merupakan] hoaks"
        if let Some(m) = self.copula_tail.find(&text[clause.clone()]) {
            clause = clause.start..clause.start + m.start();
        }
        if clause.is_empty() || self.empty_object.is_match(&text[clause.clone()]) || self.dangling.is_match(&text[clause.clone()]) {
            return None;
        }
        // keep to a clause: at most MAX_WORDS words
        let words: Vec<(usize, &str)> = text[clause.clone()].split_whitespace().map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w)).collect();
        if words.is_empty() {
            return None;
        }
        if words.len() > MAX_WORDS {
            // not on a linker ("... uji laboratorium PT"), nor inside a name that runs on
            let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
            let mut n = MAX_WORDS;
            while n > MAX_WORDS / 2
                && (self.cut_dangling.is_match(words[n - 1].1.trim_matches(|c: char| !c.is_alphanumeric() && c != '.'))
                    || capitalised(words[n - 1].1) && words[n - 1].1.ends_with(char::is_alphanumeric) && capitalised(words[n].1))
            {
                n -= 1;
            }
            let (s, w) = words[n - 1];
            clause = clause.start..s + w.len();
        }
        Some(clause)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The allegation of the first record extracted from `text`.
    fn allegation(text: &str) -> Option<String> {
        let out = crate::extract::Extractor::builtin().extract(&crate::extract::Article::from_text("t", "t.txt", text));
        out.records.into_iter().next().and_then(|r| r.allegation)
    }

    #[test]
    fn who_reported_a_rumour_is_no_claim() {
        let t = "Beredar kabar bahwa PT Sinar Tekstil menunggak gaji buruh. Hal itu banyak diberitakan media, terutama media online.\n\nPT Sinar Tekstil membantahnya.";
        assert_eq!(allegation(t).as_deref(), Some("PT Sinar Tekstil menunggak gaji buruh"));
    }

    #[test]
    fn rumour_spelled_isyu_is_a_rumour() {
        let t = "Kini ada pesawat milik Merpati diisyukan menghilang tanpa jejak. Mendengar isyu tersebut, manajemen PT Merpati Nusantara Airlines membantahnya.";
        assert_eq!(allegation(t).as_deref(), Some("menghilang tanpa jejak"));
    }

    #[test]
    fn a_long_claim_is_not_cut_on_a_linker_or_inside_a_name() {
        let t = "Isu penggunaan zat pewarna tekstil sebagai pewarna makanan yang ramai diberitakan berdasarkan hasil uji laboratorium PT Uji Mutu Nusantara dibantah oleh PT Sinar Pangan.";
        assert_eq!(
            allegation(t).as_deref(),
            Some("penggunaan zat pewarna tekstil sebagai pewarna makanan yang ramai diberitakan berdasarkan hasil uji laboratorium")
        );
    }

    #[test]
    fn claim_ends_before_the_day_of_the_statement() {
        let t = "Manajemen PT Sinar Tekstil membantah rumor merger kedua perusahaan, Senin (5/9/2022).";
        assert_eq!(allegation(t).as_deref(), Some("merger kedua perusahaan"));
        let t = "PT Sinar Tekstil membantah kabar tersebut, Senin.\n\nSebelumnya beredar kabar bahwa PT Sinar Tekstil menunggak gaji buruh.";
        assert_eq!(allegation(t).as_deref(), Some("PT Sinar Tekstil menunggak gaji buruh"));
    }

    #[test]
    fn reassurance_answers_the_claim_stated_before() {
        let t = "Viral video yang menyebut mi instan Mie Lezat mengandung lilin.\n\nPT Pangan Nusa selaku produsen menyatakan produknya aman dikonsumsi, Senin (3/3/2025).";
        assert_eq!(allegation(t).as_deref(), Some("mi instan Mie Lezat mengandung lilin"));
        let t = "Sejumlah pengguna mengeluhkan saldo dompet digital mereka hilang.\n\nPT Dompet Nusa memastikan saldo pengguna tidak hilang.";
        assert_eq!(allegation(t).as_deref(), Some("saldo dompet digital mereka hilang"));
    }

    #[test]
    fn who_made_the_report_is_no_part_of_the_claim() {
        let t = "PT Kebun Nusa membantah laporan sebuah koalisi masyarakat sipil yang menyebut perusahaan mempekerjakan buruh tanpa upah.";
        assert_eq!(allegation(t).as_deref(), Some("perusahaan mempekerjakan buruh tanpa upah"));
    }

    #[test]
    fn accusers_named_as_the_object_are_no_part_of_the_claim() {
        let t = "PT Tambang Nusa membantah Jaringan Advokasi Tambang dan para aktivis lingkungan yang menuding perusahaan terlibat pencemaran sungai.";
        assert_eq!(allegation(t).as_deref(), Some("perusahaan terlibat pencemaran sungai"));
    }

    #[test]
    fn report_lead_keeps_a_lower_case_brand() {
        let t = "Apple Inc. membantah laporan bahwa iPhone 16 akan dihentikan produksinya.";
        assert_eq!(allegation(t).as_deref(), Some("iPhone 16 akan dihentikan produksinya"));
    }

    #[test]
    fn one_word_after_a_reported_negation_is_no_claim() {
        let t = "Obat sirop Unibeb disebut mengandung etilen glikol di atas ambang batas aman.\n\nKepala pabrik bertemu wartawan. PT Farmasi Nusa memastikan bahwa kandungan obat itu tidak berubah.";
        assert_eq!(allegation(t).as_deref(), Some("mengandung etilen glikol di atas ambang batas aman"));
    }

    #[test]
    fn fronted_source_is_no_part_of_the_claim() {
        let t = "Berdasarkan klarifikasi langsung dari pihak Ojek Nusa dalam pernyataan resmi, dukungan Ojek Nusa pada aksi demo adalah hoaks.";
        assert_eq!(allegation(t).as_deref(), Some("dukungan Ojek Nusa pada aksi demo"));
    }

    #[test]
    fn rumour_ends_where_its_noun_spreads() {
        let t = "Kabar bahwa Bank Sentosa akan menaikkan biaya transfer beredar di WhatsApp.\n\nCorporate Secretary Bank Sentosa, Rudi, menegaskan informasi tersebut hoaks.";
        assert_eq!(allegation(t).as_deref(), Some("Bank Sentosa akan menaikkan biaya transfer"));
        let t = "Isu PHK massal di pabrik PT Sinar Tekstil sempat viral pekan lalu.\n\nManajemen PT Sinar Tekstil membantah isu tersebut.";
        assert_eq!(allegation(t).as_deref(), Some("PHK massal di pabrik PT Sinar Tekstil"));
    }

    #[test]
    fn relative_clause_of_spreading_stays_in_the_rumour() {
        let t = "Kabar data yang beredar di forum itu milik pelanggan PT Selularku.\n\nPT Selularku membantah kabar tersebut.";
        assert_eq!(allegation(t).as_deref(), Some("data yang beredar di forum itu milik pelanggan PT Selularku"));
    }

    #[test]
    fn passive_denial_claims_its_subject() {
        let t = "SORONG, - Merespon kabar terkait adanya pertemuan direksi dengan ahli waris mantan karyawan, dibantah dengan tegas Manager Communication PT Minyak Nusa, Edi.";
        assert_eq!(allegation(t).as_deref(), Some("pertemuan direksi dengan ahli waris mantan karyawan"));
    }

    #[test]
    fn rumour_named_by_a_demonstrative_was_stated_before() {
        let t = "Menara Nusa disebut bakal melakukan merger dengan Tiang Raya.\n\nMerespons hembusan rumor itu, manajemen Menara Nusa membantahnya.";
        assert_eq!(allegation(t).as_deref(), Some("bakal melakukan merger dengan Tiang Raya"));
    }

    #[test]
    fn claim_ends_before_a_comparison_clause() {
        let t = "PT Ban Nusa membantah telah melakukan kartel harga ban, seperti yang diputuskan komisi pengawas.";
        assert_eq!(allegation(t).as_deref(), Some("telah melakukan kartel harga ban"));
    }

    #[test]
    fn no_break_space_in_a_reported_negation_cue() {
        let t = "Isu kebocoran data beredar.\n\nPT Selularku menyatakan\u{a0}tidak menjual data pelanggan.";
        assert!(allegation(t).is_some());
    }

    #[test]
    fn fronted_topic_names_the_claim() {
        let t = "Mengenai isu yang muncul di media sosial soal PHK hingga 50 persen karyawan, PT Ruang Belajar menegaskan bahwa jumlahnya tidak akan mencapai separuh karyawan.";
        assert_eq!(allegation(t).as_deref(), Some("PHK hingga 50 persen karyawan"));
    }

    #[test]
    fn rumour_stated_just_before_a_reported_negation() {
        let t = "Isu kebocoran data beredar luas.\n\nPelanggan menduga ada penjualan data nomor ponsel pelanggan Selularku. Mengonfirmasi hal ini, PT Selularku menyatakan tidak menjual data pelanggan.";
        assert_eq!(allegation(t).as_deref(), Some("ada penjualan data nomor ponsel pelanggan Selularku"));
    }

    #[test]
    fn report_called_untrue_about_a_claim() {
        let t = "Kabar itu ramai sejak pekan lalu. PT Kopi Nusantara mengakui menghadapi informasi yang tidak benar terkait keterlibatan Kopi Nusantara dalam konflik di luar negeri.\n\n\"Kami tidak memiliki gerai di sana,\" kata Corporate Secretary PT Kopi Nusantara, Lina.";
        assert_eq!(allegation(t).as_deref(), Some("keterlibatan Kopi Nusantara dalam konflik di luar negeri"));
    }

    #[test]
    fn report_only_pointed_at_takes_the_claim_stated_before() {
        let t = "Beredar kabar terbakarnya pabrik PT Ban Sentosa di Tangerang.\n\nDirektur PT Ban Sentosa, Lina, menegaskan bahwa pemberitaan yang beredar sejak Rabu (17/6/2020) di sejumlah media daring tersebut tidak sesuai dengan fakta.";
        assert_eq!(allegation(t).as_deref(), Some("terbakarnya pabrik PT Ban Sentosa di Tangerang"));
        // a report that says what it is about is the claim itself
        let t = "Pesan berantai beredar.\n\nManajer PT Rokok Sentosa, Budi, mengatakan informasi tentang kenaikan harga rokok itu tidak benar.";
        assert_eq!(allegation(t).as_deref(), Some("kenaikan harga rokok itu"));
    }

    fn object(t: &str, cue: &str) -> Option<String> {
        let d = Doc::new(t);
        let r = Rules::new(&Lexicon::builtin());
        let c = t.find(cue).unwrap() + cue.len();
        r.object_after(&d, c..t.len()).map(|s| d.slice(&s).to_string())
    }

    #[test]
    fn object_drops_reporting_nouns() {
        assert_eq!(
            object("Toko Maju membantah kabar yang beredar bahwa data pelanggan dijual ke pihak lain.", "membantah").as_deref(),
            Some("data pelanggan dijual ke pihak lain")
        );
    }

    #[test]
    fn object_stops_at_speech_clause() {
        assert_eq!(
            object("Perusahaan menepis telah menaikkan harga secara sepihak, kata Budi.", "menepis").as_deref(),
            Some("telah menaikkan harga secara sepihak")
        );
    }

    #[test]
    fn object_stops_at_contrast() {
        assert_eq!(
            object("Mereka membantah menutup pabrik, namun mengakui ada pengurangan shift.", "membantah").as_deref(),
            Some("menutup pabrik")
        );
    }

    #[test]
    fn pronoun_object_is_no_allegation() {
        assert_eq!(object("Mereka membantah kabar tersebut.", "membantah"), None);
        assert_eq!(object("Maskapai itu membantahnya.", "membantah"), None);
    }

    #[test]
    fn one_word_claim_in_a_headline_is_kept() {
        assert_eq!(object("Nusantara Air Bantah Bangkrut", "Bantah").as_deref(), Some("Bangkrut"));
    }

    #[test]
    fn headline_only_denial_takes_the_claim_from_the_lead() {
        let t = "Auri Beauty Bantah Uji Produk pada Hewan\n\nMerek kosmetik lokal Auri Beauty menjawab petisi daring yang menuding mereka menguji produk perona bibir pada hewan. Petisi itu ditandatangani 25 ribu orang.";
        assert_eq!(allegation(t).as_deref(), Some("mereka menguji produk perona bibir pada hewan"));
    }

    #[test]
    fn how_it_was_denied_is_no_claim() {
        assert_eq!(object("PT X menyampaikan bantahan melalui kuasa hukumnya.", "bantahan"), None);
    }

    #[test]
    fn claim_just_after_a_denial_quoted_at_the_top() {
        let t = "\"Kami Tidak Pernah Menjual Data Pengguna,\" kata CEO Dompetra.\n\nSebuah utas di media sosial menuding aplikasi itu menjual data transaksi penggunanya ke perusahaan pinjaman online.";
        assert_eq!(allegation(t).as_deref(), Some("aplikasi itu menjual data transaksi penggunanya ke perusahaan pinjaman online"));
    }
}
