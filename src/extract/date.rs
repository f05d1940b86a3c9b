//! Dates: the article's publication date and the date of each denial statement.
//!
//! News text dates a statement in a few conventional ways: a day attached to the attribution
//! ("kata X, Minggu (26/5/2019)"), a publication line ("Rabu, 13 Januari 2021 / 18:35 WIB"),
//! a dateline day without a year ("Senin (1/1)") whose year is stated elsewhere (copyright line,
//! publication line). The rules below follow that precedence and never invent a year: a year is
//! taken only from the publication line, the copyright line, another full date, or a year
//! mention that is not the edge of a period and that the text's own weekdays do not contradict.
//!
//! Rule ids, in order of precedence for a statement:
//! - `date.statement`: a day in the statement's own sentences (one after a speech verb first).
//! - `date.statement_weekday`: a bare weekday there ("di Jakarta, Jumat"), resolved through a
//!   dated day of the text that falls on it, or the last such weekday before publication.
//! - `date.publication_line` / `date.dateline`: the article's publication date.
//! - `date.statement_event`: a day in the statement's sentences written as an event's time
//!   ("lumpuh pada Selasa (3/4)").
//! - `date.stated_day`: the first day of the text written after a speech verb.
//! - `date.dateline_day`: the first weekday-dated day of the text ("Senin (1/1)").
//! - `date.meta_published`: the publication date given with the article.
//! - `date.month`: the latest month-year (or full date) the text supports, as month only.
//! - `date.copyright_year`, `date.year`: the year alone.
//!
//! A day followed by "lalu" ("Jumat (23/2) lalu") that no speech verb just precedes is the
//! time of what the story looks back on (the event denied), so it serves none of the day rules;
//! its month and year still count.

mod resolve;
mod scan;

use chrono::{Datelike, NaiveDate};

use crate::extract::{Found, Meta, Origin};
use crate::lexicon::Lexicon;
use crate::text::{Doc, Span};

use resolve::{Resolved, Value, Years};

/// Compiled date rules.
pub struct Rules {
    scanner: scan::Scanner,
}

impl Rules {
    pub fn new(lex: &Lexicon) -> Rules {
        Rules { scanner: scan::Scanner::new(lex) }
    }

    /// Find every date expression of the article once.
    pub fn scan(&self, doc: &Doc, meta: &Meta) -> DateIndex {
        let found = self.scanner.scan(doc);
        let publication = publication_line(doc, &found.mentions);
        let meta_date = meta.published.as_deref().and_then(parse_meta_date);
        let text_pub = publication.as_ref().map(|(d, _, _)| *d);
        let years = Years::new(&found, text_pub.or(meta_date));
        let resolved: Vec<Option<Resolved>> = found.mentions.iter().map(|m| years.resolve(m)).collect();
        let published = match (&publication, &meta.published, meta_date) {
            (Some((d, span, rule)), _, _) => Some(Found::text(iso_day(*d), span.clone(), rule)),
            (None, Some(raw), Some(d)) => Some(Found {
                value: iso_day(d),
                origin: Origin::Meta { key: meta.key_of("published").into(), text: raw.clone() },
                rule: "date.meta_published",
            }),
            _ => None,
        };
        DateIndex { published, text_published: text_pub, found, resolved, years }
    }
}

/// The dates of one article.
#[derive(Debug, Clone, Default)]
pub struct DateIndex {
    /// The article's own publication date (`article.published`).
    pub published: Option<Found>,
    /// The publication date the text itself gives.
    text_published: Option<NaiveDate>,
    found: scan::Found,
    /// The date each mention stands for, parallel to `found.mentions`.
    resolved: Vec<Option<Resolved>>,
    years: Years,
}

impl DateIndex {
    /// The date of a statement whose evidence lies in `anchor` (the denial sentence, its quote):
    /// a date attached to those sentences, else the publication date, else another dated day
    /// of the text (a year-less one completed with a year stated elsewhere), else a month or
    /// year; `None` when the text supports no year.
    pub fn statement_date(&self, doc: &Doc, anchor: &[Span]) -> Option<Found> {
        self.attached(doc, anchor)
            .or_else(|| self.attached_weekday(doc, anchor))
            .or_else(|| self.published.clone().filter(|p| p.span().is_some()))
            .or_else(|| self.attached_event(doc, anchor))
            .or_else(|| self.stated_day())
            .or_else(|| self.dateline_day())
            .or_else(|| self.published.clone())
            .or_else(|| self.month())
            .or_else(|| self.year())
    }

    fn mentions(&self) -> impl Iterator<Item = (&scan::Mention, &Resolved)> {
        self.found.mentions.iter().zip(&self.resolved).filter_map(|(m, r)| r.as_ref().map(|r| (m, r)))
    }

    /// `date.statement`: a day written in the anchor sentences, not as the time of an event;
    /// one after a speech verb first.
    fn attached(&self, doc: &Doc, anchor: &[Span]) -> Option<Found> {
        self.in_anchor(doc, anchor, false).map(|(m, r)| Found::text(r.value.iso(), m.span.clone(), "date.statement"))
    }

    /// `date.statement_event`: a day in the anchor sentences written as the time of an event
    /// ("membantah layanannya lumpuh pada Selasa (3/4)"): weaker than the publication line.
    fn attached_event(&self, doc: &Doc, anchor: &[Span]) -> Option<Found> {
        self.in_anchor(doc, anchor, true).map(|(m, r)| Found::text(r.value.iso(), m.span.clone(), "date.statement_event"))
    }

    fn in_anchor(&self, doc: &Doc, anchor: &[Span], event: bool) -> Option<(&scan::Mention, &Resolved)> {
        let sentences = anchor_sentences(doc, anchor);
        self.mentions()
            .filter(|(m, r)| m.day.is_some() && !m.link && !m.period && !m.past && m.event == event && matches!(r.value, Value::Day(_)))
            .filter(|(m, _)| covered(&sentences, &m.span))
            .min_by_key(|(m, _)| (!m.stated, m.weekday.is_none() && !m.paren, m.span.start))
    }

    /// `date.statement_weekday`: "di Jakarta, Jumat." The day is a dated day of the text that
    /// falls on that weekday, else the last such weekday on or before the publication date.
    fn attached_weekday(&self, doc: &Doc, anchor: &[Span]) -> Option<Found> {
        let sentences = anchor_sentences(doc, anchor);
        let bare = self
            .found
            .bare_weekdays
            .iter()
            .find(|b| covered(&sentences, &b.span))?;
        let publication = self.text_published.or(self.years.publication());
        // near the publication date, when there is one: "Kamis" is a day of the story's week
        let near = |d: NaiveDate| publication.is_none_or(|p| (d - p).num_days().abs() <= 7);
        let by_text = self
            .mentions()
            .filter(|(m, _)| !m.link && (m.weekday.is_some() || m.paren))
            .filter_map(|(_, r)| match r.value {
                Value::Day(d) if d.weekday() == bare.weekday && near(d) => Some(d),
                _ => None,
            })
            .next();
        let by_pub = || {
            let p = publication?;
            (0..7).filter_map(|k| p.checked_sub_days(chrono::Days::new(k))).find(|d| d.weekday() == bare.weekday)
        };
        let day = by_text.or_else(by_pub)?;
        Some(Found::text(iso_day(day), bare.span.clone(), "date.statement_weekday"))
    }

    /// `date.stated_day`: the first day of the text written after a speech verb or statement cue
    /// ("dihubungi, Jumat (19/9/2014)", "tertanggal 29 Maret 2020"): another statement of the story.
    fn stated_day(&self) -> Option<Found> {
        self.mentions()
            .find(|(m, r)| m.stated && !m.link && !m.period && matches!(r.value, Value::Day(_)))
            .map(|(m, r)| Found::text(r.value.iso(), m.span.clone(), "date.stated_day"))
    }

    /// `date.dateline_day`: the first weekday-dated day of the text, completed if need be.
    fn dateline_day(&self) -> Option<Found> {
        self.mentions()
            .find(|(m, r)| !m.link && !m.past && (m.weekday.is_some() || m.paren) && matches!(r.value, Value::Day(_)))
            .map(|(m, r)| Found::text(r.value.iso(), m.span.clone(), "date.dateline_day"))
    }

    /// `date.month`: the latest month-year (or other full date) that is no period edge and that
    /// the text's year-less weekdays do not contradict (older ones are history the story tells).
    fn month(&self) -> Option<Found> {
        self.found
            .mentions
            .iter()
            .filter(|m| !m.link && !m.period)
            .filter_map(|m| m.year.filter(|&y| !self.years.contradicted(y)).map(|y| (m, y)))
            .max_by_key(|(m, y)| (*y, m.month, std::cmp::Reverse(m.span.start)))
            .map(|(m, y)| Found::text(format!("{y:04}-{:02}", m.month), m.span.clone(), "date.month"))
    }

    /// `date.copyright_year`, else `date.year`: the latest year mention the text supports.
    fn year(&self) -> Option<Found> {
        if let Some((y, span)) = &self.found.copyright {
            return Some(Found::text(format!("{y:04}"), span.clone(), "date.copyright_year"));
        }
        self.found
            .years
            .iter()
            .filter(|y| !y.period && if y.link { self.years.confirmed(y.year) } else { !self.years.contradicted(y.year) })
            .max_by_key(|y| (y.year, std::cmp::Reverse(y.span.start)))
            .map(|y| Found::text(format!("{:04}", y.year), y.span.clone(), "date.year"))
    }
}

/// The sentences the anchor spans touch (a quote's attribution may run past the quote), as
/// sorted, merged spans.
fn anchor_sentences(doc: &Doc, anchor: &[Span]) -> Vec<Span> {
    let mut out: Vec<Span> = anchor.to_vec();
    for a in anchor {
        let first = doc.sentence_at(a.start);
        let last = doc.sentence_at(a.end.saturating_sub(1).max(a.start));
        if let (Some(f), Some(l)) = (first, last) {
            for s in doc.sentences.get(f..=l.max(f)).unwrap_or(&[]) {
                out.push(s.span.clone());
            }
        }
    }
    out.sort_by_key(|s| (s.start, s.end));
    let mut merged: Vec<Span> = Vec::with_capacity(out.len());
    for s in out {
        match merged.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => merged.push(s),
        }
    }
    merged
}

/// Does one of the sorted, merged `spans` hold `span`?
fn covered(spans: &[Span], span: &Span) -> bool {
    let i = spans.partition_point(|s| s.start <= span.start);
    i > 0 && span.end <= spans[i - 1].end
}

/// The publication line: a short line whose date with a year is followed by a clock time or
/// stands alone; one with a weekday and no update marker preferred. Else a dateline date with a
/// year at the head of a paragraph ("Jakarta, 3 Mei 2021 -").
fn publication_line(doc: &Doc, mentions: &[scan::Mention]) -> Option<(NaiveDate, Span, &'static str)> {
    // short, and the date near its head: a header line, not a sentence that tells a time
    let short = |m: &scan::Mention| {
        doc.paragraphs.get(m.para).is_some_and(|p| {
            let head = doc.text[p.start.min(m.span.start)..m.span.start].trim_end().to_lowercase();
            p.end.saturating_sub(p.start) <= scan::SHORT_LINE
                && head.len() <= 60
                && !["pada", "tanggal", "tgl", "on", "sejak", "hingga"].iter().any(|w| head.ends_with(w))
        })
    };
    let line = mentions
        .iter()
        .filter(|m| m.day.is_some() && m.year.is_some() && !m.link && !m.period && !m.paren)
        .filter(|m| (m.time_follows || m.alone) && short(m))
        .filter_map(|m| resolve::literal(m).map(|d| (m, d)))
        .min_by_key(|(m, _)| (m.weekday.is_none(), m.update, m.span.start));
    if let Some((m, d)) = line {
        return Some((d, m.span.clone(), "date.publication_line"));
    }
    mentions
        .iter()
        .filter(|m| m.day.is_some() && m.year.is_some() && !m.link)
        .filter(|m| {
            let Some(p) = doc.paragraphs.get(m.para) else { return false };
            let after = &doc.text[m.span.end..scan::floor(doc.text, m.span.end + 60)];
            m.span.start.saturating_sub(p.start) <= 60 && dateline_dash(after)
        })
        .find_map(|m| resolve::literal(m).map(|d| (d, m.span.clone(), "date.dateline")))
}

/// After a dateline's date: an optional `(OUTLET)` and a dash.
fn dateline_dash(after: &str) -> bool {
    let mut rest = after.trim_start();
    if let Some(r) = rest.strip_prefix('(') {
        let Some(close) = r.find(')') else { return false };
        rest = r[close + 1..].trim_start();
    }
    rest.starts_with(['-', '–', '—'])
}

/// `2021-01-13`, `2021-01-13T10:00:00+07:00`, `2021-01-13 10:00`.
fn parse_meta_date(raw: &str) -> Option<NaiveDate> {
    let head = raw.trim().get(..10)?;
    NaiveDate::parse_from_str(head, "%Y-%m-%d").ok()
}

fn iso_day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

#[cfg(test)]
mod tests;
