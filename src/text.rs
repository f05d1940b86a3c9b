//! The article text as the extractors see it.
//!
//! Extractors work directly on the source text (no rewritten copy) so that every span they
//! produce is, by construction, a slice of the input: provenance cannot drift. Spelling
//! variants that a normaliser would fold (curly and straight quote marks, no-break spaces,
//! CR/LF) are instead handled by the patterns themselves, which are Unicode-aware.
//!
//! Spans are byte ranges internally (what `regex` yields); [`Doc::char_span`] converts them to
//! the character offsets written in the output.

use std::ops::Range;

/// A byte range into [`Doc::text`].
pub type Span = Range<usize>;

/// One sentence (or heading line) of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    /// Index of the paragraph (line block) this sentence belongs to.
    pub para: usize,
}

/// A direct quotation: `outer` includes the marks, `inner` is the quoted words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    pub outer: Span,
    pub inner: Span,
    /// True when no closing mark was found and the quote was ended at the paragraph end.
    pub unbalanced: bool,
}

/// Block size for byte→char conversion: one count per block, 1/32 of the text's size.
const BLOCK: usize = 256;

/// Analysed article text: sentences, paragraphs and direct quotes, with offset conversion.
#[derive(Debug)]
pub struct Doc<'a> {
    pub text: &'a str,
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Sentence>,
    pub quotes: Vec<Quote>,
    /// `blocks[k]`: the number of chars in `text[..k * BLOCK]` (non-ASCII text only).
    blocks: Vec<usize>,
    ascii: bool,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str) -> Doc<'a> {
        let ascii = text.is_ascii();
        let mut blocks = Vec::new();
        if !ascii {
            blocks.reserve(text.len() / BLOCK + 1);
            let mut chars = 0;
            blocks.push(0);
            for block in text.as_bytes().chunks_exact(BLOCK) {
                chars += count_chars(block);
                blocks.push(chars);
            }
        }
        let paragraphs = split_paragraphs(text);
        let sentences = split_sentences(text, &paragraphs);
        let mut quotes = find_quotes(text, &paragraphs);
        add_single_quoted(text, &paragraphs, &mut quotes);
        Doc { text, paragraphs, sentences, quotes, blocks, ascii }
    }

    /// Character offset of a byte offset (which must lie on a char boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        let byte = byte.min(self.text.len());
        let k = byte / BLOCK;
        self.blocks[k] + count_chars(&self.text.as_bytes()[k * BLOCK..byte])
    }

    /// Character range of a byte span.
    pub fn char_span(&self, span: &Span) -> (usize, usize) {
        (self.char_offset(span.start), self.char_offset(span.end))
    }

    pub fn slice(&self, span: &Span) -> &'a str {
        &self.text[span.clone()]
    }

    /// Index of the sentence containing byte `pos` (the last one starting at or before it).
    pub fn sentence_at(&self, pos: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.start <= pos);
        if i == 0 { None } else { Some(i - 1) }
    }

    /// Index of the paragraph containing byte `pos`.
    pub fn paragraph_at(&self, pos: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.start <= pos);
        if i == 0 { None } else { Some(i - 1) }
    }

    /// Is paragraph `p` a link block ("Baca juga: ...", "Berita terkait")? Such lines carry
    /// other stories' headlines: their companies, cues and dates are not this article's.
    pub fn is_link_paragraph(&self, p: usize) -> bool {
        fn link(boundary: &str) -> regex::Regex {
            regex::Regex::new(&format!(r"(?i)^\W{{0,3}}{LINK_CUES}{boundary}")).expect("static pattern")
        }
        static LINK: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| link(r"\b"));
        // The same with an ASCII word boundary: a match of LINK is one of this (a char that is
        // no word char is no ASCII word char), and without a Unicode `\b` the engine's DFA
        // does not give up at the first non-ASCII byte (a paragraph opening with a curly
        // quote) for a much slower engine; it rules out nearly every paragraph.
        static LINK_ASCII: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| link(r"(?-u:\b)"));
        self.paragraphs.get(p).is_some_and(|sp| {
            let para = &self.text[sp.clone()];
            LINK_ASCII.is_match(para) && LINK.is_match(para)
        })
    }

    /// The quote whose outer span contains `pos`, if any.
    pub fn quote_at(&self, pos: usize) -> Option<&Quote> {
        let i = self.quotes.partition_point(|q| q.outer.start <= pos);
        if i == 0 {
            return None;
        }
        let q = &self.quotes[i - 1];
        (pos < q.outer.end).then_some(q)
    }
}

/// Cues opening a link paragraph (see [`Doc::is_link_paragraph`]).
const LINK_CUES: &str = r"(?:baca\s+juga|baca\s*:|baca\s+artikel|lihat\s+juga|simak\s+juga|berita\s+terkait|artikel\s+terkait|tonton\s+juga|saksikan\s+juga|baca\s+selengkapnya|berita\s+lainnya|terpopuler|rekomendasi)";

/// The number of chars starting in `bytes`: a char starts at every byte that is not a UTF-8
/// continuation byte (10xxxxxx). A branch-free count the compiler vectorises.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().map(|&b| usize::from((b as i8) >= -0x40)).sum()
}

/// Trim whitespace (including no-break spaces) off both ends of a span.
pub fn trim_span(text: &str, span: Span) -> Span {
    let s = &text[span.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead == s.len() {
        return span.start..span.start;
    }
    span.start + lead..span.end - trail
}

/// Paragraphs are non-empty lines: scraped pages put one paragraph per line.
fn split_paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in memchr::memchr2_iter(b'\n', b'\r', text.as_bytes()) {
        push_trimmed(text, start..i, &mut out);
        start = i + 1;
    }
    push_trimmed(text, start..text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, span: Span, out: &mut Vec<Span>) {
    let t = trim_span(text, span);
    if !t.is_empty() {
        out.push(t);
    }
}

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "pt", "tbk", "dr", "drs", "ir", "h", "hj", "no", "st", "jl", "jln", "bpk", "sdr", "prof",
    "mr", "mrs", "ms", "inc", "co", "corp", "ltd", "dll", "dsb", "tsb", "a", "b", "c", "d", "e",
    "f", "g", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v", "w", "x",
    "y", "z", "vs", "sen", "kol", "brigjen", "irjen", "kombes", "akbp", "kapt", "mayjen", "u.s",
];

pub fn is_quote_mark(c: char) -> bool {
    matches!(c, '"' | '“' | '”' | '„' | '‟' | '«' | '»' | '″')
}

/// Sentence ends: `.`, `!`, `?` (optionally followed by closing quote marks) before
/// whitespace and an upper-case letter, digit or opening quote; never after an abbreviation.
///
/// Walks byte offsets (the terminators are ASCII, so they never sit inside a multi-byte
/// character) and decodes only the characters around a terminator: no per-character buffer.
fn split_sentences(text: &str, paragraphs: &[Span]) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (pi, p) in paragraphs.iter().enumerate() {
        let para = &text[p.clone()];
        let mut start = 0;
        let mut i = 0;
        while let Some(off) = memchr::memchr3(b'.', b'!', b'?', &para.as_bytes()[i..]) {
            let bi = i + off;
            let c = para.as_bytes()[bi];
            // swallow closing marks and repeated punctuation
            let mut j = bi + 1;
            while let Some(ch) = para[j..].chars().next() {
                if is_quote_mark(ch) || matches!(ch, '.' | '!' | '?' | ')' | '\'' | '’') {
                    j += ch.len_utf8();
                } else {
                    break;
                }
            }
            let end_b = j;
            let mut k = j;
            let mut saw_space = false;
            let mut next = None;
            for ch in para[j..].chars() {
                if ch.is_whitespace() {
                    saw_space = true;
                    k += ch.len_utf8();
                } else {
                    next = Some(ch);
                    break;
                }
            }
            let next_ok = next.is_some_and(|ch| ch.is_uppercase() || ch.is_ascii_digit() || is_quote_mark(ch));
            if saw_space && next_ok && !(c == b'.' && ends_with_abbreviation(&para[..bi])) {
                push_sentence(text, p.start + start..p.start + end_b, pi, &mut out);
                start = k;
                i = k;
                continue;
            }
            i = bi + 1;
        }
        push_sentence(text, p.start + start..p.end, pi, &mut out);
    }
    out
}

/// Longest entry of [`ABBREVIATIONS`], in characters.
const ABBREVIATION_MAX: usize = 7;

/// Does `before` end with an abbreviation or a number (the word run of letters, digits and
/// dots before a full stop)? Looks back at most a few characters unless the run is all digits,
/// so a long run without spaces costs no more than its length once.
fn ends_with_abbreviation(before: &str) -> bool {
    let mut start = before.len();
    let mut count = 0;
    let mut digits = true;
    for (i, c) in before.char_indices().rev() {
        if !(c.is_alphanumeric() || c == '.') {
            break;
        }
        digits &= c.is_ascii_digit();
        count += 1;
        start = i;
        if count > ABBREVIATION_MAX && !digits {
            // too long for an abbreviation (lower-casing never shortens) and not a number
            return false;
        }
    }
    if count == 0 {
        return false;
    }
    if digits {
        return true;
    }
    let w = before[start..].to_lowercase();
    ABBREVIATIONS.contains(&w.as_str())
}

fn push_sentence(text: &str, span: Span, para: usize, out: &mut Vec<Sentence>) {
    let t = trim_span(text, span);
    if !t.is_empty() {
        out.push(Sentence { span: t, para });
    }
}

fn opens(c: char) -> bool {
    matches!(c, '"' | '“' | '„' | '‟' | '«' | '″' | '”')
}

fn closes(c: char) -> bool {
    matches!(c, '"' | '”' | '“' | '»' | '″')
}

/// Find direct quotes paragraph by paragraph.
///
/// A mark opens a quote when it is not preceded by a letter/digit (start of a word); it
/// closes when it is not followed by a letter/digit. Runs of marks (`“”Kata`) count as one.
/// A quote left open at the end of its paragraph is kept as unbalanced and ends there:
/// pages often lose the closing mark, and a quote never crosses a blank line here.
fn find_quotes(text: &str, paragraphs: &[Span]) -> Vec<Quote> {
    let mut out = Vec::new();
    for p in paragraphs {
        let para = &text[p.clone()];
        let mut open: Option<(usize, usize)> = None; // (outer start byte, inner start byte)
        let mut depth = 0usize; // scare quotes nested inside an open quote
        let mut i = 0;
        while let Some((bi, c)) = next_quote_mark(para, i) {
            // extent of a run of marks
            let mut run_end = bi;
            let mut next = None;
            for ch in para[bi..].chars() {
                if is_quote_mark(ch) {
                    run_end += ch.len_utf8();
                } else {
                    next = Some(ch);
                    break;
                }
            }
            let prev = para[..bi].chars().next_back();
            let prev_word = prev.is_some_and(|c| c.is_alphanumeric());
            let next_word = next.is_some_and(|c| c.is_alphanumeric());
            match open {
                None => {
                    if opens(c) && !prev_word && next.is_some_and(|c| !c.is_whitespace()) {
                        open = Some((bi, run_end));
                    }
                }
                Some((os, is)) => {
                    let looks_opening = !prev_word && next_word && !prev.is_some_and(|c| matches!(c, ',' | '.' | '!' | '?'));
                    if looks_opening {
                        depth += 1;
                    } else if depth > 0 && closes(c) {
                        depth -= 1;
                    } else if closes(c) && (!next_word || prev.is_some_and(|c| matches!(c, ',' | '.' | '!' | '?'))) {
                        let inner = trim_span(text, p.start + is..p.start + bi);
                        if !inner.is_empty() {
                            out.push(Quote { outer: p.start + os..p.start + run_end, inner, unbalanced: false });
                        }
                        open = None;
                    }
                }
            }
            i = run_end;
        }
        if let Some((os, is)) = open {
            let inner = trim_span(text, p.start + is..p.end);
            if !inner.is_empty() {
                out.push(Quote { outer: p.start + os..p.end, inner, unbalanced: true });
            }
        }
    }
    out
}

/// Speech in single marks ('Tidak ada tunggakan gaji,' ujar X), or doubled single marks
/// (''Tidak ada PHK,'' ujar X), which some outlets use.
/// Single marks double as apostrophes (Jum'at), so a quote must open at a word start, hold
/// at least three words and close before a space or punctuation; quotes found in double
/// marks come first and single-marked text inside them is not a quote of its own.
fn add_single_quoted(text: &str, paragraphs: &[Span], quotes: &mut Vec<Quote>) {
    static SINGLE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?:^|[\s(\[])(''|['‘])((?:[^'‘’\n]|\pL['’]\pL)+?[^\s'‘’])(''|['’])(?:$|[\s,.;:!?)\]])")
            .expect("single-quote pattern compiles")
    });
    // (memchr, not `str::contains` with a char set, which walks char by char)
    if memchr::memchr(b'\'', text.as_bytes()).is_none() && memchr::memmem::find(text.as_bytes(), "‘".as_bytes()).is_none() {
        return;
    }
    let before = quotes.len();
    for p in paragraphs {
        let para = &text[p.clone()];
        let mut at = 0;
        while let Some(c) = SINGLE.captures_at(para, at) {
            let (open, inner, close) = (c.get(1).expect("group 1"), c.get(2).expect("group 2"), c.get(3).expect("group 3"));
            at = close.end();
            let outer = p.start + open.start()..p.start + close.end();
            if inner.as_str().split_whitespace().count() < 3 || quotes[..before].iter().any(|q| q.outer.start < outer.end && outer.start < q.outer.end) {
                continue;
            }
            let inner = trim_span(text, p.start + inner.start()..p.start + inner.end());
            quotes.push(Quote { outer, inner, unbalanced: false });
        }
    }
    if quotes.len() > before {
        quotes.sort_by_key(|q| q.outer.start);
    }
}

/// The first quote mark at or after byte `from` (a char boundary), with its byte offset. Every
/// mark starts with `"` or one of the lead bytes 0xC2 (`«` `»`) and 0xE2 (the others), so
/// memchr finds the candidates.
fn next_quote_mark(s: &str, from: usize) -> Option<(usize, char)> {
    let bytes = s.as_bytes();
    let mut i = from;
    while let Some(off) = memchr::memchr3(b'"', 0xC2, 0xE2, &bytes[i..]) {
        let at = i + off;
        let c = s[at..].chars().next()?;
        if is_quote_mark(c) {
            return Some((at, c));
        }
        i = at + c.len_utf8();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn curly_open_straight_close_is_one_quote() {
        let t = "“Kami tidak menjual data,\" kata dia.";
        let d = Doc::new(t);
        assert_eq!(d.quotes.len(), 1);
        assert_eq!(d.slice(&d.quotes[0].inner), "Kami tidak menjual data,");
    }

    #[test]
    fn single_marks_quote_speech_but_not_apostrophes() {
        let t = "'Tidak ada tunggakan gaji, semua dibayar,' ujar Bagas pada Jum'at lalu.";
        let d = Doc::new(t);
        assert_eq!(d.quotes.len(), 1);
        assert_eq!(d.slice(&d.quotes[0].inner), "Tidak ada tunggakan gaji, semua dibayar,");
        let t = "Mereka menyebutnya 'murah' dan pergi pada Jum'at pagi.";
        assert!(Doc::new(t).quotes.is_empty(), "a one-word scare quote is not speech");
        let t = "\"Kami menyebutnya 'program hemat energi' saja,\" kata Budi.";
        assert_eq!(Doc::new(t).quotes.len(), 1, "single marks inside a double-marked quote");
    }

    #[test]
    fn doubled_single_marks_quote_speech() {
        let t = "Ia membantah. ''Tidak ada PHK, kabar itu hoaks,'' ujar Dedi pada Jum'at.";
        let d = Doc::new(t);
        assert_eq!(d.quotes.len(), 1);
        assert_eq!(d.slice(&d.quotes[0].inner), "Tidak ada PHK, kabar itu hoaks,");
    }

    #[test]
    fn doubled_opening_marks_are_one_mark() {
        let t = "membantah. “”WhatsApp tidak dapat melihat pesan,” tulis WhatsApp.";
        let d = Doc::new(t);
        assert_eq!(d.quotes.len(), 1);
        assert_eq!(d.slice(&d.quotes[0].inner), "WhatsApp tidak dapat melihat pesan,");
    }

    #[test]
    fn unbalanced_quote_ends_at_paragraph() {
        let t = "Ia berkata \"Tidak benar itu semua\nBaris lain.";
        let d = Doc::new(t);
        assert_eq!(d.quotes.len(), 1);
        assert!(d.quotes[0].unbalanced);
        assert_eq!(d.slice(&d.quotes[0].inner), "Tidak benar itu semua");
    }

    #[test]
    fn nested_scare_quotes_inside_quote_keep_outer_quote_whole() {
        let t = "\"Rumor bahwa \"kami mengawasi\" adalah salah,\" sambung WeChat.";
        let d = Doc::new(t);
        assert_eq!(d.quotes.len(), 1);
        assert_eq!(d.slice(&d.quotes[0].inner), "Rumor bahwa \"kami mengawasi\" adalah salah,");
    }

    #[test]
    fn sentences_do_not_split_after_pt() {
        let t = "PT. Bank ABC membantah. Dia pergi.";
        let d = Doc::new(t);
        assert_eq!(d.sentences.len(), 2);
        assert_eq!(d.slice(&d.sentences[0].span), "PT. Bank ABC membantah.");
    }

    #[test]
    fn char_offsets_count_unicode_scalars() {
        let t = "“é” x ".repeat(100);
        let d = Doc::new(&t);
        let b = t.rfind('x').unwrap();
        assert_eq!(d.char_offset(b), t[..b].chars().count());
        // every boundary, across block edges, up to the end
        let t = "ab“é”\u{1F600}x ".repeat(90);
        let d = Doc::new(&t);
        for (ci, (bi, _)) in t.char_indices().enumerate() {
            assert_eq!(d.char_offset(bi), ci);
        }
        assert_eq!(d.char_offset(t.len()), t.chars().count());
    }

    #[test]
    fn link_paragraphs_as_the_unicode_pattern_finds_them() {
        let unicode = regex::Regex::new(r"(?i)^\W{0,3}(?:baca\s+juga|baca\s*:|baca\s+artikel|lihat\s+juga|simak\s+juga|berita\s+terkait|artikel\s+terkait|tonton\s+juga|saksikan\s+juga|baca\s+selengkapnya|berita\s+lainnya|terpopuler|rekomendasi)\b").unwrap();
        let paras = [
            "Baca juga: PT X membantah", "» BACA JUGA: x", "-- lihat juga x", "«“ Simak juga x", "ſimak juga x",
            "Rekomendasi", "Terpopuler", "Artikel terkait", "Berita lainnya", "Tonton juga: x", "Saksikan juga",
            "Pemerintah daerah", "“Tuduhan itu tidak benar", "“Baca juga”", "“Baca jugaé", "baca juga\u{a0}x",
            "Rekomendasié", "Terpopuler“", "12 berita terkait", "x baca juga", "\u{a0}\u{a0}\u{a0}baca juga",
            "²baca juga", "é baca juga", "baca jugax", "baca juga_x", "baca juga1", "",
        ];
        let mut links = 0;
        for p in paras {
            let d = Doc::new(p);
            let expected = d.paragraphs.first().is_some_and(|sp| unicode.is_match(&p[sp.clone()]));
            assert_eq!(d.is_link_paragraph(0), expected, "{p:?}");
            links += usize::from(expected);
        }
        assert!(links >= 10, "the cases hold link paragraphs");
    }

    #[test]
    fn crlf_lines_are_paragraphs() {
        let t = "Satu.\r\nDua.\rTiga.";
        let d = Doc::new(t);
        assert_eq!(d.paragraphs.len(), 3);
    }
}
