//! Finding date expressions: every day, month-year, bare year, copyright year and bare weekday
//! of the text, with the context that decides what each may be used for.
//!
//! Nothing here decides which date a statement has; it only reads what is written (numbers as
//! numbers, names through the lexicon) and notes the surroundings: a link paragraph, the edge of
//! a period ("sejak", "hingga"), a time after it (a publication line), a speech verb before it.

use std::collections::HashMap;

use chrono::Weekday;
use crate::rx::Regex;

use crate::lexicon::{Lexicon, alternation};
use crate::text::{Doc, Span};

/// One date expression with a day or a month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    /// The whole expression, weekday included.
    pub span: Span,
    pub weekday: Option<Weekday>,
    pub day: Option<u32>,
    pub month: u32,
    pub year: Option<i32>,
    /// Day and month written as numbers, so a swapped pair is a plausible slip.
    pub numeric: bool,
    /// Written `(13/1)`, the dateline-day style of Indonesian news.
    pub paren: bool,
    pub para: usize,
    /// In a paragraph that links to other news.
    pub link: bool,
    /// The edge of a period or another time ("sejak", "hingga", "setelah"), or a range.
    pub period: bool,
    /// A clock time follows (`18:35 WIB`): the mark of a publication line.
    pub time_follows: bool,
    /// The expression is (nearly) its whole paragraph.
    pub alone: bool,
    /// An update marker ("diperbarui") precedes it on its line.
    pub update: bool,
    /// A speech verb or statement cue precedes it in its sentence, and no event cue.
    pub stated: bool,
    /// Directly after an event cue ("pada Selasa (3/4)"): the time something happened.
    pub event: bool,
    /// Followed by "lalu" ("Jumat (23/2) lalu", "pada 14 Agustus 2013 lalu") and not the
    /// attribution of a saying: a day the story looks back on, never the statement's own day.
    pub past: bool,
}

/// A year written alone (`pada 2020`, `Ramadhan 2025`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Year {
    pub span: Span,
    pub year: i32,
    pub link: bool,
    pub period: bool,
}

/// A weekday written without a date (`di Jakarta, Jumat.`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BareWeekday {
    pub span: Span,
    pub weekday: Weekday,
}

/// Everything the scanner found, in text order.
#[derive(Debug, Clone, Default)]
pub struct Found {
    pub mentions: Vec<Mention>,
    pub years: Vec<Year>,
    /// The first copyright line's year and its span.
    pub copyright: Option<(i32, Span)>,
    pub bare_weekdays: Vec<BareWeekday>,
}

/// Compiled patterns.
pub struct Scanner {
    date: Regex,
    digits: Regex,
    copyright: Regex,
    bare_weekday: Regex,
    time_after: Regex,
    range_after: Regex,
    period_before: Regex,
    statement_before: Regex,
    event_before: Regex,
    attribution_before: Regex,
    /// A speech verb, then only names and attribution words ("kata Budi kepada wartawan di
    /// Medan, "): a date right after it dates the saying.
    speech_near: Regex,
    /// "lalu" (or "pekan lalu") right after a date.
    past_after: Regex,
    update_before: Regex,
    /// Only a label before the date on its line ("Diterbitkan:", "Updated").
    label_before: Regex,
    unit_after: Regex,
    /// "UU No. 5 Tahun 1999": the year of a numbered law or regulation dates the document,
    /// never the story.
    numbered_document: Regex,
    months: HashMap<String, u32>,
    weekdays: HashMap<String, Weekday>,
    link_cues: Vec<String>,
    /// Strings one of which every `copyright` match holds (see [`copyright_marks`]).
    copyright_marks: aho_corasick::AhoCorasick,
}

/// How far back (bytes) the context checks look.
const PERIOD_WINDOW: usize = 40;
const STATEMENT_WINDOW: usize = 160;
/// Words between a speech verb and a date that still make the date the saying's
/// ("kata Budi kepada wartawan di Jakarta, Senin (3/4) lalu").
const PAST_ATTRIBUTION_WORDS: usize = 8;
/// A publication line is short.
pub const SHORT_LINE: usize = 160;

/// `number | name | name` lines of a lexicon section.
fn numbered(lex: &Lexicon, section: &str) -> Vec<(u32, Vec<String>)> {
    let mut out = Vec::new();
    for line in lex.words(section) {
        let mut parts = line.split('|').map(|s| s.trim().to_lowercase());
        let Some(n) = parts.next().and_then(|n| n.parse::<u32>().ok()) else { continue };
        let names: Vec<String> = parts.filter(|s| !s.is_empty()).collect();
        out.push((n, names));
    }
    out
}

fn weekday_of(n: u32) -> Option<Weekday> {
    match n {
        1..=7 => Weekday::try_from((n - 1) as u8).ok(),
        _ => None,
    }
}

/// Apostrophes are written straight or curly: match either.
fn loose_apostrophes(alt: &str) -> String {
    alt.replace(['\'', '’'], "['’]")
}

impl Scanner {
    pub fn new(lex: &Lexicon) -> Scanner {
        let mut months = HashMap::new();
        for (n, names) in numbered(lex, "months") {
            if (1..=12).contains(&n) {
                for name in names {
                    months.insert(name, n);
                }
            }
        }
        let mut weekdays = HashMap::new();
        for (n, names) in numbered(lex, "weekdays") {
            if let Some(wd) = weekday_of(n) {
                for name in names {
                    weekdays.insert(name.replace('’', "'"), wd);
                }
            }
        }
        let mon = alternation(months.keys().map(String::as_str));
        let wd = loose_apostrophes(&alternation(weekdays.keys().map(String::as_str)));
        let date = format!(
            r"(?i)(?:(?P<wd>{wd})\s*,?\s*(?:tanggal\s+)?)?(?:\(\s*(?P<pd>[0-9]{{1,2}})\s*/\s*(?P<pm>[0-9]{{1,2}})(?:\s*/\s*(?P<py>[0-9]{{4}}|[0-9]{{2}}))?\s*\)|(?-u:\b)(?P<iy>[0-9]{{4}})-(?P<im>[0-9]{{1,2}})-(?P<id>[0-9]{{1,2}})(?:(?-u:\b)|T)|(?-u:\b)(?P<nd>[0-9]{{1,2}})[/.-](?P<nm>[0-9]{{1,2}})[/.-](?P<ny>[0-9]{{4}})(?-u:\b)|(?-u:\b)(?P<td>[0-9]{{1,2}})\s*(?P<tm>{mon})(?-u:\b)\.?,?(?:\s*(?P<ty>[0-9]{{4}})(?-u:\b))?|(?-u:\b)(?P<em>{mon})(?-u:\b)\.?\s+(?P<ed>[0-9]{{1,2}}),?\s+(?P<ey>[0-9]{{4}})(?-u:\b)|(?-u:\b)(?P<mm>{mon})(?-u:\b)\.?,?\s+(?P<my>[0-9]{{4}})(?-u:\b))"
        );
        // Capitalised names only: "minggu" is also "week".
        let caps: Vec<String> = weekdays.keys().map(|w| capitalise(w)).collect();
        let bare = loose_apostrophes(&alternation(caps.iter().map(String::as_str)));
        let period = lex.alternation("date_period_cues");
        let filler = r"(?:(?:tanggal|tgl\.?|tahun|thn|bulan|hari|awal|akhir|pertengahan|medio|atau|dan|pada|dengan)\s+)*";
        let mut statement: Vec<&str> = lex.words("date_statement_cues").iter().map(String::as_str).collect();
        statement.extend(lex.words("speech_verbs").iter().map(String::as_str));
        statement.extend(lex.words("denial_verbs").iter().map(String::as_str));
        let statement = alternation(statement.into_iter());
        Scanner {
            date: build(&date),
            digits: build(r"[0-9]{4,}"),
            copyright: build(
                r"(?i)(?:copyright|hak\s+cipta|©|\(c\))[^\n\r]{0,60}?(?-u:\b)(?P<y>(?:19|20)[0-9]{2})(?:\s*[-–]\s*(?P<y2>(?:19|20)[0-9]{2}))?(?-u:\b)",
            ),
            bare_weekday: build(&format!(r"(?-u:\b)(?:{bare})(?-u:\b)")),
            time_after: build(r"(?i)^(?:T|[\s,|/–—\-]*)(?:pukul\s*|jam\s*)?[0-9]{1,2}[:.][0-9]{2}"),
            range_after: build(&format!(
                r"(?i)^\s*(?:[-–—]|hingga|sampai(?:\s+dengan)?|s\.d\.?|s/d|to|until)\s*(?:[0-9]{{4}}(?-u:\b)|[0-9]{{1,2}}\s*(?:/|{mon}(?-u:\b))|(?:{mon}|awal|akhir|pertengahan)(?-u:\b))"
            )),
            period_before: build(&format!(r"(?i)(?:^|[^\p{{L}}]){period}\s+{filler}$")),
            statement_before: build(&format!(r"(?i)(?:^|[^\p{{L}}]){statement}(?:nya)?(?:[^\p{{L}}]|$)")),
            event_before: build(&format!(
                r"(?i)(?:^|[^\p{{L}}]){}\s+(?:(?:hari|tanggal|tgl\.?)\s+)?$",
                lex.alternation("date_event_cues")
            )),
            // "kata Dirut PT X, Nama, pada Senin (13/3)": the time of the saying, not of an event
            attribution_before: build(&format!(
                r"(?i:(?:^|[^\p{{L}}]){speech})(?:nya)?(?:[\s,]+(?:\p{{Lu}}[\p{{L}}.'’\-]*|(?i:dia|ia|beliau|mereka|kami)))*[\s,]+(?i:{event})\s+(?:(?:hari|tanggal|tgl\.?)\s+)?$",
                speech = lex.alternation("speech_verbs"),
                event = lex.alternation("date_event_cues"),
            )),
            speech_near: build(&format!(
                r"(?i:(?:^|[^\p{{L}}]){speech})(?:nya)?(?:[\s,]+(?:\p{{Lu}}[\p{{L}}.'’\-]*|(?i:{words}))(?-u:\b)){{0,{PAST_ATTRIBUTION_WORDS}}}[\s,]+$",
                speech = lex.alternation("speech_verbs"),
                words = lex.alternation("date_attribution_words"),
            )),
            past_after: build(&format!(r"(?i)^\s*(?:(?:{})\s+)?(?:{})(?-u:\b)", lex.alternation("date_past_units"), lex.alternation("date_past_cues"))),
            label_before: build(&format!(
                r"(?i)^\W*(?:{}|{})\W*$",
                lex.alternation("date_publication_labels"),
                lex.alternation("date_update_cues")
            )),
            update_before: build(&format!(r"(?i)(?:^|[^\p{{L}}]){}(?:[^\p{{L}}]|$)", lex.alternation("date_update_cues"))),
            numbered_document: build(r"(?i)\b(?:nomor|no\.?)\s*\d+[a-z]?\s+(?:tahun|thn\.?)\s+$"),
            unit_after: build(
                r"(?i)^(?:%|\s*(?:persen|orang|unit|ton|kg|km|meter|m2|rupiah|karyawan|pegawai|buah|kali|mw|mhz|gb|mah)(?-u:\b))",
            ),
            months,
            weekdays,
            link_cues: lex.words("date_link_cues").iter().map(|s| s.to_lowercase()).collect(),
            copyright_marks: copyright_marks(),
        }
    }

    /// Find every date expression of a document.
    pub fn scan(&self, doc: &Doc) -> Found {
        let text = doc.text;
        let links: Vec<bool> = doc.paragraphs.iter().map(|p| self.is_link(&text[p.clone()])).collect();
        let mut out = Found::default();
        for c in self.date.captures_iter(text) {
            let Some(whole) = c.get(0) else { continue };
            if let Some(m) = self.mention(doc, &links, &c, whole.range()) {
                out.mentions.push(m);
            }
        }
        for m in self.digits.find_iter(text) {
            let s = m.as_str();
            let Ok(year) = s.parse::<i32>() else { continue };
            if s.len() != 4 || !(1900..=2100).contains(&year) {
                continue;
            }
            let before = text[..m.start()].chars().next_back();
            if matches!(before, Some('#' | '.' | ',' | '/' | '-' | '@' | '$')) || before.is_some_and(char::is_alphabetic) {
                continue;
            }
            if self.unit_after.is_match(&text[m.end()..floor(text, m.end() + 24)])
                || self.numbered_document.is_match(&text[text.floor_char_boundary(m.start().saturating_sub(24))..m.start()])
            {
                continue;
            }
            if inside(&out.mentions, m.start()) {
                continue;
            }
            let para = doc.paragraph_at(m.start()).unwrap_or(0);
            out.years.push(Year {
                span: m.range(),
                year,
                link: links.get(para).copied().unwrap_or(false),
                period: self.is_period(doc, m.range()),
            });
        }
        // (the marks are rare: most texts skip the regex, which would read every byte)
        if let Some(c) = self.copyright_marks.is_match(text).then(|| self.copyright.captures(text)).flatten() {
            let y = c.name("y2").or_else(|| c.name("y"));
            if let Some(y) = y
                && let Ok(n) = y.as_str().parse::<i32>()
            {
                out.copyright = Some((n, y.range()));
            }
        }
        for m in self.bare_weekday.find_iter(text) {
            if inside(&out.mentions, m.start()) {
                continue;
            }
            let after = &text[m.end()..floor(text, m.end() + 12)];
            let next = after.trim_start().split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            if matches!(next, "lalu" | "ini" | "depan" | "kemarin" | "ke" | "berikutnya" | "sebelumnya" | "pekan" | "minggu") {
                continue;
            }
            // "beredar sejak Sabtu": the start of a period, not the day of a statement
            let before = &text[ceil_from_end(&text[..m.start()], PERIOD_WINDOW).min(m.start())..m.start()];
            if self.period_before.is_match(before) {
                continue;
            }
            let Some(&wd) = self.weekdays.get(&m.as_str().to_lowercase().replace('’', "'")) else { continue };
            out.bare_weekdays.push(BareWeekday { span: m.range(), weekday: wd });
        }
        out
    }

    fn mention(&self, doc: &Doc, links: &[bool], c: &crate::rx::Captures, span: Span) -> Option<Mention> {
        let num = |k: &str| c.name(k).and_then(|m| m.as_str().parse::<u32>().ok());
        let year = |k: &str| {
            c.name(k).and_then(|m| {
                let s = m.as_str();
                let y = s.parse::<i32>().ok()?;
                Some(if s.len() == 2 { 2000 + y } else { y })
            })
        };
        let month_name = |k: &str| c.name(k).and_then(|m| self.months.get(&m.as_str().to_lowercase()).copied());
        let (day, month, yr, numeric, paren) = if let Some(d) = num("pd") {
            (Some(d), num("pm")?, year("py"), true, true)
        } else if let Some(y) = year("iy") {
            (Some(num("id")?), num("im")?, Some(y), true, false)
        } else if let Some(d) = num("nd") {
            (Some(d), num("nm")?, year("ny"), true, false)
        } else if let Some(d) = num("td") {
            (Some(d), month_name("tm")?, year("ty"), false, false)
        } else if let Some(d) = num("ed") {
            (Some(d), month_name("em")?, year("ey"), false, false)
        } else {
            (None, month_name("mm")?, year("my"), false, false)
        };
        let plausible = match day {
            None => (1..=12).contains(&month),
            Some(d) => {
                ((1..=31).contains(&d) && (1..=12).contains(&month))
                    || (numeric && (1..=12).contains(&d) && (1..=31).contains(&month))
            }
        };
        if !plausible {
            return None;
        }
        if yr.is_some_and(|y| !(1900..=2100).contains(&y)) {
            return None;
        }
        let weekday = c.name("wd").and_then(|m| self.weekdays.get(&m.as_str().to_lowercase().replace('’', "'")).copied());
        let text = doc.text;
        let para = doc.paragraph_at(span.start).unwrap_or(0);
        let pspan = doc.paragraphs.get(para).cloned().unwrap_or(0..text.len());
        let line_before = &text[pspan.start.min(span.start)..span.start];
        let after = &text[span.end..floor(text, span.end + 24)];
        let rest = text[span.end..pspan.end.max(span.end)].trim();
        let event = self.event_before.is_match(&line_before[ceil_from_end(line_before, PERIOD_WINDOW)..])
            && !self.attribution_before.is_match(&line_before[ceil_from_end(line_before, STATEMENT_WINDOW)..]);
        let past = self.past_after.is_match(after)
            && !self.speech_near.is_match(&line_before[ceil_from_end(line_before, STATEMENT_WINDOW)..]);
        // alone on a short line, or after nothing but a label ("Diterbitkan: 05/02/2025")
        let alone = pspan.end.saturating_sub(pspan.start) <= SHORT_LINE
            && (line_before.trim().chars().count() <= 3 || self.label_before.is_match(line_before))
            && rest.chars().count() <= 3;
        Some(Mention {
            weekday,
            day,
            month,
            year: yr,
            numeric,
            paren,
            para,
            link: links.get(para).copied().unwrap_or(false),
            period: self.is_period(doc, span.clone()),
            time_follows: self.time_after.is_match(after),
            alone,
            update: self.update_before.is_match(&line_before[ceil_from_end(line_before, STATEMENT_WINDOW)..]),
            stated: !event && !past && self.is_stated(doc, &span),
            event,
            past,
            span,
        })
    }

    /// A link paragraph: starts with a link cue or a bullet, or is short and holds a cue.
    fn is_link(&self, para: &str) -> bool {
        let p = para.trim_start();
        if p.starts_with(['-', '•', '»', '▪', '*', '·', '►']) {
            return true;
        }
        let head = &p[..floor(p, 200)];
        if head.is_ascii() && p.len() > SHORT_LINE {
            // the common case, without lower-casing a copy (ASCII lower-casing is the same)
            return self.link_cues.iter().any(|c| head.len() >= c.len() && head.as_bytes()[..c.len()].eq_ignore_ascii_case(c.as_bytes()));
        }
        let head = head.to_lowercase();
        self.link_cues.iter().any(|c| head.starts_with(c.as_str()))
            || (p.len() <= SHORT_LINE && self.link_cues.iter().any(|c| head.contains(c.as_str())))
    }

    /// The expression is the edge of a period: a cue just before it, or a range after it.
    fn is_period(&self, doc: &Doc, span: Span) -> bool {
        let text = doc.text;
        let start = sentence_start(doc, span.start);
        let from = span.start.saturating_sub(PERIOD_WINDOW).max(start);
        let before = &text[ceil(text, from)..span.start];
        if self.period_before.is_match(before) {
            return true;
        }
        self.range_after.is_match(&text[span.end..floor(text, span.end + 24)])
    }

    /// A speech verb or statement cue precedes the expression in its sentence.
    fn is_stated(&self, doc: &Doc, span: &Span) -> bool {
        let text = doc.text;
        let start = sentence_start(doc, span.start);
        let from = span.start.saturating_sub(STATEMENT_WINDOW).max(start);
        self.statement_before.is_match(&text[ceil(text, from)..span.start])
    }
}

/// The `copyright` pattern's alternatives are `copyright`, `hak cipta` (any case: these
/// letters have no non-ASCII case variants), `©` and `(c)`, so every match holds `©`, `(c)`,
/// `(C)` or one of the letter pairs `py` (copyright) and `pt` (cipta) in some case. Those
/// are rare in text, and a case-sensitive automaton finds them at memory speed.
fn copyright_marks() -> aho_corasick::AhoCorasick {
    let marks = ["©", "(c)", "(C)", "py", "pY", "Py", "PY", "pt", "pT", "Pt", "PT"];
    // (leftmost-first: the standard match kind would not use the prefilter)
    aho_corasick::AhoCorasickBuilder::new()
        .match_kind(aho_corasick::MatchKind::LeftmostFirst)
        .build(marks)
        .unwrap_or_else(|e| panic!("copyright marks: {e}"))
}

fn build(pattern: &str) -> Regex {
    // Patterns are built from escaped lexicon words; a failure is a bug caught by the tests.
    match Regex::new(pattern) {
        Ok(r) => r,
        Err(e) => panic!("date pattern does not compile: {e}"),
    }
}

fn capitalise(w: &str) -> String {
    let mut cs = w.chars();
    match cs.next() {
        Some(f) => f.to_uppercase().chain(cs).collect(),
        None => String::new(),
    }
}

fn sentence_start(doc: &Doc, pos: usize) -> usize {
    doc.sentence_at(pos).and_then(|i| doc.sentences.get(i)).map(|s| s.span.start).unwrap_or(0)
}

/// Is `pos` inside one of the (sorted, non-overlapping) mentions?
fn inside(mentions: &[Mention], pos: usize) -> bool {
    let i = mentions.partition_point(|m| m.span.start <= pos);
    i > 0 && pos < mentions[i - 1].span.end
}

/// The largest char boundary at or below `i` (clamped to the text).
pub fn floor(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary at or above `i`.
fn ceil(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

/// Start of the last `n` bytes of `s`, on a char boundary.
fn ceil_from_end(s: &str, n: usize) -> usize {
    ceil(s, s.len().saturating_sub(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(text: &str) -> Found {
        static SCANNER: std::sync::OnceLock<Scanner> = std::sync::OnceLock::new();
        SCANNER.get_or_init(|| Scanner::new(&Lexicon::builtin())).scan(&Doc::new(text))
    }

    fn one(text: &str) -> Mention {
        let f = scan(text);
        assert_eq!(f.mentions.len(), 1, "{:?}", f.mentions);
        f.mentions[0].clone()
    }

    #[test]
    fn paren_day_with_weekday_and_year() {
        let m = one("Hal itu dikatakan Budi di Bandung, Selasa (4/6/2019).");
        assert_eq!((m.weekday, m.day, m.month, m.year), (Some(Weekday::Tue), Some(4), 6, Some(2019)));
        assert!(m.paren && m.numeric && m.stated);
    }

    #[test]
    fn paren_day_without_year() {
        let m = one("Pabrik itu ditutup pada Kamis (9/3) pagi.");
        assert_eq!((m.weekday, m.day, m.month, m.year), (Some(Weekday::Thu), Some(9), 3, None));
    }

    #[test]
    fn two_digit_paren_year_is_this_century() {
        assert_eq!(one("ujarnya, Senin (4/2/19).").year, Some(2019));
    }

    #[test]
    fn named_month_with_curly_apostrophe_weekday() {
        let m = one("Jum’at, 07 Oktober 2022 | 09:10 WIB");
        assert_eq!((m.weekday, m.day, m.month, m.year), (Some(Weekday::Fri), Some(7), 10, Some(2022)));
        assert!(m.time_follows);
    }

    #[test]
    fn abbreviated_and_english_months() {
        assert_eq!(one("diperbarui 8 Agt 2017, 10:00 WIB").month, 8);
        assert_eq!(one("Senin 12 Nop 2018").month, 11);
        assert_eq!(one("Posted May 3, 2021 by staff").day, Some(3));
    }

    #[test]
    fn numeric_and_iso_forms() {
        let m = one("Kompas.com - 09/10/2016, 07:00 WIB");
        assert_eq!((m.day, m.month, m.year), (Some(9), 10, Some(2016)));
        let m = one("terbit 2018-04-30 di laman");
        assert_eq!((m.day, m.month, m.year), (Some(30), 4, Some(2018)));
        // an ISO timestamp: the time right after the T
        let m = one("Updated: 2025-02-05T10:00:00+07:00");
        assert_eq!((m.day, m.month, m.year, m.time_follows), (Some(5), 2, Some(2025), true));
    }

    #[test]
    fn labelled_date_is_alone_on_its_line() {
        assert!(one("Diterbitkan 05/02/2025").alone);
        assert!(one("Tayang: Rabu, 5 Februari 2025").alone);
        assert!(!one("Ia datang 05/02/2025").alone);
    }

    #[test]
    fn glued_year_suffix_still_reads_the_year() {
        let m = one("dalam rilis, Rabu 3 Juli 2019.07.03");
        assert_eq!((m.day, m.month, m.year), (Some(3), 7, Some(2019)));
    }

    #[test]
    fn month_year_without_day() {
        let m = one("Pesan itu beredar pada awal Maret 2021 di grup.");
        assert_eq!((m.day, m.month, m.year), (None, 3, Some(2021)));
        assert!(!m.period);
    }

    #[test]
    fn period_edges_are_marked() {
        assert!(one("Izin berlaku sejak Januari 2015 di wilayah itu.").period);
        assert!(scan("Data dari Maret 2010 hingga Mei 2012 bocor.").mentions.iter().all(|m| m.period));
        assert!(one("Program tutup setelah tanggal 5 Juni 2019 mendatang.").period);
    }

    #[test]
    fn bare_years_skip_amounts_hashtags_and_date_parts() {
        let f = scan("Sejak tahun 2004 ada #2019Baru dan 1500 orang, Rp 2.021, pada Ramadhan 2022. Rabu (3/3/2021)");
        let ys: Vec<(i32, bool)> = f.years.iter().map(|y| (y.year, y.period)).collect();
        assert_eq!(ys, vec![(2004, true), (2022, false)]);
    }

    #[test]
    fn copyright_line_year() {
        assert_eq!(scan("Teks.\nCopyright © KABARKITA 2017\n").copyright.map(|c| c.0), Some(2017));
        assert_eq!(scan("© 2015-2018 Warta").copyright.map(|c| c.0), Some(2018));
    }

    #[test]
    fn copyright_matches_hold_a_mark() {
        let s = Scanner::new(&Lexicon::builtin());
        let texts = [
            "Copyright © KABARKITA 2017", "COPYRIGHT 2019 Warta", "cOpYrIgHt (x) 2020", "Hak Cipta 2018 oleh Warta",
            "HAK\u{a0}CIPTA dilindungi 2021", "ha\u{212A} cipta 2015", "(c) 2014 Koran", "(C)2013", "© 2012",
            "hak   cipta terpelihara, 1999-2003",
        ];
        for t in texts {
            assert!(s.copyright.captures(t).is_some(), "{t:?}");
            assert!(s.copyright_marks.is_match(t), "{t:?}");
        }
        // no mark: no match, and the regex is not run
        assert!(!s.copyright_marks.is_match("Pengurus koperasi menata saluran irigasi 2019."));
    }

    #[test]
    fn link_cues_read_any_case() {
        let s = Scanner::new(&Lexicon::builtin());
        let long = " lorem".repeat(40);
        for p in ["Baca juga: harga naik", "BACA JUGA: harga naik", "baca JUGA harga"] {
            assert!(s.is_link(p), "{p:?}");
            assert!(s.is_link(&format!("{p}{long}")), "{p:?} long");
            assert!(s.is_link(&format!("  {p}{long} é")), "{p:?} non-ASCII");
        }
        assert!(!s.is_link(&format!("Harga naik{long}")));
    }

    #[test]
    fn bare_weekday_but_not_week_or_dated_day() {
        let f = scan("Ia bicara di Medan, Kamis. Minggu lalu ramai. Rabu (2/2) sepi.");
        let w: Vec<Weekday> = f.bare_weekdays.iter().map(|b| b.weekday).collect();
        assert_eq!(w, vec![Weekday::Thu]);
    }

    #[test]
    fn link_paragraph_dates_are_marked() {
        let f = scan("Isi berita.\nBaca juga: Harga naik 4 Mei 2020\n- Tren 2030 ramai");
        assert!(f.mentions[0].link);
        assert!(f.years[0].link);
    }

    #[test]
    fn invalid_numbers_are_not_dates() {
        assert!(scan("skor 45/78 dan (33/44) serta 1200-88-99").mentions.is_empty());
    }

    #[test]
    fn multibyte_text_near_windows_does_not_panic() {
        let s = "é".repeat(50) + " (1/2/2020) " + &"“".repeat(40) + "2019" + &"ü".repeat(30);
        let f = scan(&s);
        assert_eq!(f.mentions.len(), 1);
        assert_eq!(f.years.len(), 1);
    }
}
