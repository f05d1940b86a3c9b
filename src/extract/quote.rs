//! Direct quotes and who said them, and the choice of the quote that best states a denial.
//!
//! Attribution follows how Indonesian news reports speech:
//! - `quote.after_verb`: `"...," kata juru bicara X` — a speech verb right after the quote;
//!   `-nya` forms (`ujarnya`) point back to the previous speaker.
//! - `quote.before_verb`: `X mengatakan, "..."` / `Menurut X, "..."` — the clause before.
//! - `quote.embedded`: a quote inside a reported sentence (`X menyatakan ... "tidak
//!   berniat ..."`) belongs to that sentence's subject.
//! - `quote.continuation`: an unattributed quote paragraph right after an attributed one
//!   continues the same speaker.

use crate::rx::Regex;

use crate::extract::{Found, denial::Statement};
use crate::lexicon::Lexicon;
use crate::record::QuoteKind;
use crate::text::{Doc, Span, trim_span};

/// A direct quote with its speaker phrase, if one could be attributed.
#[derive(Debug, Clone)]
pub struct Attributed {
    pub inner: Span,
    /// The text naming the speaker ("juru bicara Instagram", "Audrey"), as written.
    pub speaker: Option<Span>,
    pub rule: &'static str,
    /// Attributed by a pronoun (`ujarnya`, `demikian ucap`) to no speaker named nearby: the
    /// subject of the sentences before speaks.
    pub pronoun: bool,
    /// Attributed by a denying speech verb ("...," kilahnya; "...," bantah X).
    pub denying: bool,
}

/// The quote chosen for a record.
#[derive(Debug, Clone)]
pub struct Chosen {
    pub found: Found,
    pub kind: QuoteKind,
    /// The speaker phrase attributed to a direct quote.
    pub speaker: Option<Found>,
}

pub struct Rules {
    after: Regex,
    before: Regex,
    menurut: Regex,
    pronoun_verb: Regex,
    /// Lower-cased function words (`function_words`): never a name.
    function_words: std::collections::HashSet<String>,
    /// A speech verb in a sentence (its subject is the speaker).
    speech_verb: Regex,
    /// A pronoun standing for a speaker as a clause's subject ("Ia menambahkan, ...").
    pronoun_subject: Regex,
    /// The first verb of a clause (active me-/ber- forms, passive di-...-kan/-i): the end of
    /// its subject.
    clause_verb: Regex,
    stop: Regex,
    /// A denying speech verb, alone or with -nya (`denial_speech_verbs`).
    denying_verb: Regex,
    /// A dateline opening a reporting sentence ("TEMPO.CO, Jakarta - "): the outlet's, not
    /// part of the sentence an indirect quote copies.
    dateline: Regex,
}

impl Rules {
    pub fn new(lex: &Lexicon) -> Rules {
        let verbs = lex.alternation("speech_verbs");
        let build = |s: String| Regex::new(&s).unwrap_or_else(|e| panic!("quote pattern does not compile: {e}"));
        Rules {
            // after the closing mark: optional comma, the verb (maybe with -nya), the rest
            after: build(format!(r"(?i)^[\s,]*(?:demikian\s+)?(?:{verbs})(nya)?\b[\s,]*")),
            // before the opening mark: "... Subject mengatakan," at the end of the text before
            before: build(format!(r"(?i)\b(?:{verbs})(?:nya)?(?:\s+bahwa)?\s*[,:]?\s*$")),
            // ("Menurut Dedi, Corporate Secretary PT X, "...": the apposition goes with the name)
            menurut: build(r"(?i)\bmenurut\s+([^,]{2,80}(?:,[^,]{2,80})?),\s*$".to_string()),
            pronoun_verb: build(format!(r"(?i)^(?:{verbs})nya$")),
            function_words: lex.words("function_words").iter().map(|w| w.to_lowercase()).collect(),
            speech_verb: build(format!(r"(?i)(?:^|[\s,])(?:{verbs})\b")),
            pronoun_subject: build(r"(?i)^(?:\p{L}+(?:\s+\p{L}+)?\s*,\s*)?(?:ia|dia|beliau|pihaknya)(?:\s+(?:juga|pun|lalu|kemudian|kembali))?$".to_string()),
            clause_verb: build(format!(
                r"(?:^|[\s,])(?:(?:{verbs})|me(?:ng|ny|m|n)?\p{{Ll}}{{3,}}|ber\p{{Ll}}{{3,}}|di\p{{Ll}}{{3,}}(?:kan|i))\b"
            )),
            // words that end a speaker phrase after a quote ("dan" only before a lower-case
            // word: "Manajer Humas dan Legal PT X" is one title)
            dateline: build(crate::extract::denial::SENTENCE_DATELINE.to_string()),
            denying_verb: build(format!(r"(?i)^(?:{})(?:nya)?$", lex.alternation("denial_speech_verbs"))),
            stop: build(r"(?i)[,.;:()]|(?:^|\s)(?:senin|selasa|rabu|kamis|jumat|sabtu|dalam|saat|ketika|kepada|di|pada|melalui|lewat|via|menjawab|seperti|usai|yang|dikutip|dilansir|sebagaimana|kala|tatkala|sembari|sambil|seraya|beberapa|belum|sebelum|setelah|kemarin|hari|pekan|minggu|sebagai|atas|terkait|soal|mengenai|menanggapi|menurut)\b|\sdan\s+(?-i:\p{Ll})".to_string()),
        }
    }

    /// Attribute every direct quote of the text.
    pub fn attribute(&self, doc: &Doc) -> Vec<Attributed> {
        let text = doc.text;
        let mut out: Vec<Attributed> = Vec::new();
        let mut last_speaker: Option<(Span, usize)> = None; // (span, paragraph)
        for q in &doc.quotes {
            let para = doc.paragraph_at(q.outer.start).unwrap_or(0);
            let para_span = doc.paragraphs.get(para).cloned().unwrap_or(0..0);
            let sent_i = doc.sentence_at(q.outer.start);
            let sent_span = sent_i.map(|i| doc.sentences[i].span.clone()).unwrap_or(para_span.clone());
            let mut found: Option<(Option<Span>, &'static str)> = None;
            let mut pronoun = false;
            let mut denying = false;

            // 1. speech verb after the quote
            let tail_end = text.floor_char_boundary(para_span.end.min(q.outer.end + 200));
            let tail = &text[q.outer.end..tail_end.max(q.outer.end)];
            if let Some(m) = self.after.find(tail) {
                let verb = tail[..m.end()].trim().trim_start_matches(',').trim();
                let rest_start = q.outer.end + m.end();
                let verb = verb.trim_end_matches(',').trim();
                let verb = verb.strip_prefix("demikian").map(str::trim).unwrap_or(verb);
                denying = self.denying_verb.is_match(verb);
                let rest = &text[rest_start..tail_end.max(rest_start)];
                let named_by_pronoun = self.stop.find(rest).map_or(rest, |m| &rest[..m.start()]).trim();
                // ("...," kata dia: the pronoun stands for the person named before, as -nya does)
                if self.pronoun_verb.is_match(verb) || self.pronoun_subject.is_match(named_by_pronoun) && !named_by_pronoun.contains(',') {
                    // "Ketua FKTI, Sulistyo Adi, menduga ... "...," katanya": the person the
                    // paragraph has just named speaks, else the last speaker nearby
                    let sp = self.paragraph_subject(doc, para_span.start, q.outer.start).or_else(|| {
                        recent_speaker(&last_speaker, para)
                    });
                    pronoun = sp.is_none();
                    found = Some((sp, "quote.after_verb"));
                } else {
                    let rest = &text[rest_start..tail_end.max(rest_start)];
                    let end = self.stop.find(rest).map(|m| m.start()).unwrap_or(rest.len());
                    let sp = trim_span(text, rest_start..rest_start + end);
                    pronoun = sp.is_empty();
                    found = Some(((!sp.is_empty()).then_some(sp), "quote.after_verb"));
                }
            }
            // 2. speech verb (or "Menurut X,") just before the quote
            if found.is_none() {
                let head_start = sent_span.start.max(para_span.start).min(q.outer.start);
                let head = &text[head_start..q.outer.start];
                if let Some(c) = self.menurut.captures(head) {
                    let m = c.get(1).map(|m| m.range()).unwrap_or(0..0);
                    found = Some((Some(head_start + m.start..head_start + m.end), "quote.before_verb"));
                } else if let Some(m) = self.before.find(head) {
                    denying = m.as_str().split_whitespace().next().is_some_and(|v| self.denying_verb.is_match(v.trim_end_matches([',', ':'])));
                    let subj = trim_span(text, head_start..head_start + m.start());
                    let subj = last_clause(text, subj);
                    if self.pronoun_subject.is_match(&text[subj.clone()]) {
                        // "Ia menambahkan, "..."": the speaker named just before goes on
                        let sp = recent_speaker(&last_speaker, para);
                        pronoun = sp.is_none();
                        found = Some((sp, "quote.before_verb"));
                    } else if !subj.is_empty() {
                        found = Some((Some(subj), "quote.before_verb"));
                    }
                } else if q.outer.start > sent_span.start + 1 && !head.trim().is_empty() {
                    // 3. embedded in a reported sentence: the sentence's subject (the words
                    // before its first verb) speaks; a pronoun continues the last speaker
                    let head = &text[sent_span.start..q.outer.start];
                    let upto = self.clause_verb.find(head).map_or(head.len(), |m| m.start());
                    let subj = last_clause(text, trim_span(text, sent_span.start..sent_span.start + upto));
                    if self.pronoun_subject.is_match(&text[subj.clone()]) {
                        let sp = recent_speaker(&last_speaker, para);
                        pronoun = sp.is_none();
                        found = Some((sp, "quote.embedded"));
                    } else {
                        found = Some((Some(subj), "quote.embedded"));
                    }
                }
            }
            // 4. continuation of the previous speaker in the same or the next paragraph
            if found.is_none()
                && let Some((sp, p)) = &last_speaker
                    && para.saturating_sub(*p) <= 1 {
                        found = Some((Some(sp.clone()), "quote.continuation"));
                    }
            // no speaker named anywhere near: whoever the sentences before were about speaks
            if found.is_none() {
                pronoun = true;
            }
            let (speaker, rule) = found.unwrap_or((None, "quote.unattributed"));
            if let Some(sp) = &speaker {
                last_speaker = Some((sp.clone(), para));
            }
            out.push(Attributed { inner: q.inner.clone(), speaker, rule, pronoun, denying });
        }
        out
    }

    /// The subject of the last sentence between `from` (a paragraph start) and a quote at
    /// `to`, when it names someone: the words before its first verb.
    fn paragraph_subject(&self, doc: &Doc, from: usize, to: usize) -> Option<Span> {
        // the sentences just before the quote (not a walk from the top of the text)
        let upto = doc.sentence_at(to).map_or(doc.sentences.len(), |i| i + 1).min(doc.sentences.len());
        let before = doc.sentences[..upto].iter().rev().take_while(|s| s.span.end > from).filter(|s| s.span.start >= from && s.span.end <= to);
        for sent in before.take(3) {
            let text = doc.slice(&sent.span);
            // the speech verb's subject when the sentence has one ("Saat dihubungi X, Jumat,
            // Direktur Y mengatakan ..."), else the first verb's
            let verb = self.speech_verb.find(text).or_else(|| self.clause_verb.find(text))?;
            let subj = trim_span(doc.text, sent.span.start..sent.span.start + verb.start());
            let clause = last_clause(doc.text, subj.clone());
            // "Namun, ia juga mengatakan ...": the person named before goes on speaking
            if self.pronoun_subject.is_match(&doc.text[clause.clone()]) {
                continue;
            }
            // (a capitalised function word opening the sentence names no one: "Namun saat";
            // nor does a common noun the article also writes in lower case: "Lumpur tersebut
            // keluar karena hujan")
            let named = doc.text[subj.clone()]
                .split_whitespace()
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .enumerate()
                .any(|(i, w)| {
                    w.starts_with(char::is_uppercase)
                        && !self.function_words.contains(&w.to_lowercase())
                        && !(i == 0 && subj.start == sent.span.start && written_lower(doc.text, w))
                });
            // a subject without a capitalised word names no one ("ia", "perusahaan")
            return (named && !subj.is_empty()).then_some(clause);
        }
        None
    }
}

/// Does `text` hold `word` in lower case as a word of its own ("lumpur" for "Lumpur")? Then
/// the capitalised form opening a sentence is a common word, no name.
fn written_lower(text: &str, word: &str) -> bool {
    let lower = word.to_lowercase();
    if lower == word {
        return false;
    }
    let is_word = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    text.match_indices(lower.as_str()).any(|(i, m)| is_word(text[..i].chars().next_back()) && is_word(text[i + m.len()..].chars().next()))
}

/// The last speaker, when named at most two paragraphs before `para`: whom a pronoun
/// ("-nya", "kata dia", "Ia menambahkan") stands for.
fn recent_speaker(last: &Option<(Span, usize)>, para: usize) -> Option<Span> {
    last.as_ref().filter(|(_, p)| para.saturating_sub(*p) <= 2).map(|(s, _)| s.clone())
}

/// The last clause of a subject phrase: after "Menanggapi hal ini," and similar openers.
fn last_clause(text: &str, span: Span) -> Span {
    let s = text[span.clone()].trim_end_matches([',', ' ', ':']);
    let span = span.start..span.start + s.len();
    match s.rfind([',', ';']) {
        // keep appositions "Audrey, Manager X," whole when the tail is a role/name
        Some(i) if i + 1 < s.len() && s[i + 1..].trim().len() > 2 && s[..i].split_whitespace().count() > 3 => {
            trim_span(text, span.start + i + 1..span.end)
        }
        _ => span,
    }
}

/// How strongly a quote states a denial: phrases that call a claim false weigh most, words
/// that set the record straight (`meluruskan`) less, plain negation least. A phrase or a
/// negation inside a condition or a question ("Jika ada kesalahpahaman, ...", "apakah tidak
/// ...") states nothing.
pub fn denial_strength(text: &str, strong: &Regex, soft: &Regex, negation: &Regex, conditional_before: &Regex) -> u32 {
    let asserted = |m: &crate::rx::Match| !conditional_before.is_match(&text[..m.start()]);
    let mut score = 0;
    if strong.find_iter(text).any(|m| asserted(&m)) {
        score += 4;
    }
    if soft.is_match(text) {
        score += 2;
    }
    score += negation.find_iter(text).filter(|m| asserted(m)).count().min(3) as u32;
    score
}

impl Rules {
    /// Pick the record's quote: the company's direct quote that states the denial most
    /// strongly (even a weak one); when the company has no direct quote, the sentence that
    /// reports the denial (indirect), without the dateline that may open it.
    pub fn choose(&self, doc: &Doc, st: &Statement, quotes: &[Attributed]) -> Option<Chosen> {
        let best = st
            .quotes
            .iter()
            .filter_map(|&i| quotes.get(i).map(|q| (i, q)))
            .max_by_key(|(i, q)| (st.quote_strength.get(i).copied().unwrap_or(0), std::cmp::Reverse(q.inner.start)));
        // The company's own words win even when weak: the annotation prefers a direct quote.
        if let Some((_, q)) = best {
            let speaker = q.speaker.as_ref().map(|sp| Found::text(doc.slice(sp), sp.clone(), "speaker.attribution"));
            return Some(Chosen { found: Found::text(doc.slice(&q.inner), q.inner.clone(), q.rule), kind: QuoteKind::Direct, speaker });
        }
        st.indirect.as_ref().map(|sp| {
            let sp = self.without_dateline(doc, sp, st.cue.as_ref());
            Chosen { found: Found::text(doc.slice(&sp), sp, "quote.indirect"), kind: QuoteKind::Indirect, speaker: None }
        })
    }

    /// The sentence without a dateline at its start, when the dateline ends before the cue.
    fn without_dateline(&self, doc: &Doc, sent: &Span, cue: Option<&Span>) -> Span {
        match self.dateline.find(doc.slice(sent)) {
            Some(m) if cue.is_none_or(|c| sent.start + m.end() <= c.start) && sent.start + m.end() < sent.end => {
                sent.start + m.end()..sent.end
            }
            _ => sent.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn attr(t: &str) -> Vec<(String, Option<String>, &'static str)> {
        let d = Doc::new(t);
        let r = Rules::new(&Lexicon::builtin());
        r.attribute(&d)
            .into_iter()
            .map(|a| (d.slice(&a.inner).to_string(), a.speaker.map(|s| d.slice(&s).to_string()), a.rule))
            .collect()
    }

    #[test]
    fn an_event_clause_opening_the_sentence_names_no_speaker() {
        let t = "Sungai keruh akibat endapan lumpur dari anak sungai. Lumpur tersebut keluar karena hujan tinggi dan membawa endapan ke sungai utama. \"Jadi masalahnya bukan dari aliran hulu,\" terangnya.";
        assert_eq!(attr(t)[0].1, None);
        // a name is a name: "Budi" is nowhere in lower case
        let t = "Budi menjelaskan endapan lumpur masuk ke sungai. \"Jadi masalahnya bukan dari aliran hulu,\" terangnya.";
        assert_eq!(attr(t)[0].1.as_deref(), Some("Budi"));
    }

    #[test]
    fn pronoun_before_the_verb_continues_the_speaker() {
        let a = attr("\"Kami baru tahu dari media sosial,\" kata Dedi Kurnia.\n\nIa menambahkan, \"Tidak ada rencana PHK sama sekali.\"");
        assert_eq!(a[1].1.as_deref(), Some("Dedi Kurnia"));
        assert_eq!(a[1].2, "quote.before_verb");
    }

    #[test]
    fn nya_after_a_pronoun_sentence_goes_back_to_the_named_speaker() {
        let a = attr("Saat dihubungi via telepon, Jumat (19/9/2014), Presiden Direktur PT Lunak Nusa, Andreas Diantoro, mengatakan belum tahu. Namun, ia juga mengatakan bahwa pihaknya tak terimbas. \"Tidak, sama sekali tidak ada,\" ujarnya.");
        assert_eq!(a[0].1.as_deref(), Some("Andreas Diantoro"));
    }

    #[test]
    fn embedded_quote_belongs_to_the_subject_not_to_the_whole_sentence() {
        let a = attr("\"Saya hanya menerima Rp 33 juta,\" kata Ruyani.\n\nKendati demikian, ia mengakui pernah dijanjikan oleh seseorang dari PT Unggas Nusa uang. \"Saya memang pernah dijanjikan,\" ujarnya.\n\nWarga Budi menyebut \"tidak ada yang dirugikan\" dalam jual beli itu.");
        assert_eq!(a[2].1.as_deref(), Some("Warga Budi"));
        let a = attr("\"Saya hanya menerima Rp 33 juta,\" kata Ruyani. Kendati demikian, ia mengakui \"pernah dijanjikan oleh seseorang dari PT Unggas Nusa\" untuk diberi uang.");
        assert_eq!(a[1].1.as_deref(), Some("Ruyani"));
    }

    #[test]
    fn sentence_opened_by_a_function_word_names_no_speaker() {
        let a = attr("Direktur PT Tambang Nusa, Najmi, menjelaskan air keruh itu akibat jembatan.\n\nNamun saat mengetahui air keruh lagi, ia heran. \"Kami juga tidak tahu asalnya,\" tuturnya.");
        assert_ne!(a[0].1.as_deref(), Some("Namun saat"));
    }

    #[test]
    fn kata_dia_is_the_person_named_before() {
        // in the same paragraph: its subject; else the sentences before speak (pronoun)
        let a = attr("Direktur PT Sekuritas Nusa, Djoko, membantah rumor akuisisi. \"Kami tidak ada kesepakatan untuk aksi itu,\" kata dia.");
        assert_eq!(a[0].1.as_deref(), Some("Djoko"));
        let d = Doc::new("Direktur PT Sekuritas Nusa, Djoko, membantah rumor.\n\n\"Kami tidak ada kesepakatan,\" kata dia.");
        let q = Rules::new(&Lexicon::builtin()).attribute(&d);
        assert!(q[0].speaker.is_none() && q[0].pronoun, "{q:?}");
    }

    #[test]
    fn menurut_speaker_keeps_the_apposition() {
        let a = attr("Menurut Dedi Kurnia, Corporate Secretary PT Sinar, \"kabar itu tidak berdasar.\"");
        assert_eq!(a[0].1.as_deref(), Some("Dedi Kurnia, Corporate Secretary PT Sinar"));
    }

    #[test]
    fn speaker_phrase_ends_before_a_weekday() {
        let a = attr("\"Komponen baterai ditemukan utuh,\" kata Maulana Senin (7/7/2025).");
        assert_eq!(a[0].1.as_deref(), Some("Maulana"));
    }

    #[test]
    fn demikian_ucap_yang_dikutip_names_no_speaker() {
        let a = attr("\"Kami tidak terima dituduh penipuan,\" demikian ucap yang dikutip dari Kompas.com.");
        assert_eq!(a[0].1, None);
    }

    #[test]
    fn title_joined_by_dan_stays_one_speaker() {
        let a = attr("\"Kami tidak membuang limbah,\" kata Manajer Humas dan Legal PT BSL, Antonius.");
        assert_eq!(a[0].1.as_deref(), Some("Manajer Humas dan Legal PT BSL"));
        let a = attr("\"Kami tidak membuang limbah,\" kata Antonius dan rekannya.");
        assert_eq!(a[0].1.as_deref(), Some("Antonius"));
    }

    #[test]
    fn speech_verb_after_quote_names_speaker() {
        let a = attr("\"Kami tidak menjual data,\" kata juru bicara Tokopedia dalam keterangannya.");
        assert_eq!(a[0].1.as_deref(), Some("juru bicara Tokopedia"));
        assert_eq!(a[0].2, "quote.after_verb");
    }

    #[test]
    fn nya_form_points_back_to_previous_speaker() {
        let a = attr("\"Tidak benar,\" kata Budi.\n\"Kami aman,\" ujarnya.");
        assert_eq!(a[1].1.as_deref(), Some("Budi"));
    }

    #[test]
    fn speaker_before_quote() {
        let a = attr("Direktur PT Maju Jaya, Sari Dewi, mengatakan, \"Itu hoaks.\"");
        assert_eq!(a[0].1.as_deref(), Some("Sari Dewi"));
        assert_eq!(a[0].2, "quote.before_verb");
    }

    #[test]
    fn menurut_introduces_speaker() {
        let a = attr("Menurut Andi Wijaya, \"Data kami aman.\"");
        assert_eq!(a[0].1.as_deref(), Some("Andi Wijaya"));
    }

    #[test]
    fn quote_embedded_in_reported_speech_belongs_to_subject() {
        let a = attr("Zeta dalam surat itu menyatakan tidak pernah menjual data dan \"tidak berniat menjual data\".");
        assert_eq!(a[0].2, "quote.embedded");
        assert!(a[0].1.as_deref().unwrap().starts_with("Zeta"));
    }

    #[test]
    fn unattributed_paragraph_continues_previous_speaker() {
        let a = attr("\"Tidak ada kebocoran,\" kata Rudi.\n\"Sistem kami berlapis.\"");
        assert_eq!(a[1].1.as_deref(), Some("Rudi"));
        assert_eq!(a[1].2, "quote.continuation");
    }

    #[test]
    fn nya_verb_takes_the_person_the_paragraph_just_named() {
        let a = attr(
            "\"Kami tidak menahan kursi,\" ujar Yohanes.\n\nKetua FKTI, Sulistyo Adi, menduga praktik itu serentak. \"Polanya sama,\" katanya.",
        );
        assert_eq!(a[1].1.as_deref(), Some("Ketua FKTI, Sulistyo Adi"));
        // with no one named in the paragraph, the last speaker nearby
        let a = attr("\"Kami tidak menahan kursi,\" ujar Yohanes.\n\n\"Semua dijual terbuka,\" katanya.");
        assert_eq!(a[1].1.as_deref(), Some("Yohanes"));
    }
}

#[cfg(test)]
mod window_tests {
    use super::*;

    #[test]
    fn attribution_window_never_splits_a_character() {
        // 200 bytes after the quote falls inside a multi-byte character
        let t = format!("\"Tidak benar,\" {}", "é".repeat(300));
        let d = Doc::new(&t);
        let _ = Rules::new(&Lexicon::builtin()).attribute(&d);
    }
}
