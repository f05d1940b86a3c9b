//! The slots of a page where its publisher is named, one rule each.
//!
//! Every rule returns the canonical outlet and the span of the name as written. Strong slots
//! (dateline, copyright, header, byline) accept family members and, when the slot's shape
//! leaves no doubt, outlets in no lexicon; weak slots (photo credit, interview mention) accept
//! only names spelled as the lexicon spells them or web-address names, never wires.

use std::collections::BTreeMap;

use crate::rx::Regex;

use super::Windows;
use super::names::{Names, url_host};
use crate::extract::Found;
use crate::lexicon::Lexicon;
use crate::text::{Doc, Span};

/// Horizontal space, no-break and thin spaces included.
const SP: &str = r"[ \t\u{a0}\u{2009}\u{202f}]";
/// Dateline dashes: hyphen, double hyphen, en and em dashes.
const DASH: &str = r"(?:--|[-–—―‒])";
/// A name token: `Liputan6.com`, `TRIBUN-TIMUR.COM`, `IDN`.
const TOK: &str = r"[\p{L}\p{N}][\p{L}\p{N}.\-&'’]*";
/// A place token: capitalised.
const CTOK: &str = r"\p{Lu}[\p{L}.'’\-]*";
/// Paragraphs at the top of the page read as header lines.
const HEADER_LINES: usize = 15;
/// Paragraphs at the end of the page read as footer lines.
const FOOTER_LINES: usize = 4;
/// Characters after a dateline dash that make the line a lead paragraph, not a heading.
const LEAD_PARAGRAPH: usize = 80;
/// Paragraphs at the end of the page read for a closing credit (`(ab/situs.com)`).
const CREDIT_LINES: usize = 6;
/// A date or time stamp that a scraped page may put before the dateline on its line
/// (`date 2026-02-04`, `12/03/2024 10:15 WIB`).
const STAMP: &str = r"(?:(?i:date|tanggal|posted|diposting|dipublikasikan|published|terbit|updated?|diperbarui)[ \t\u{a0}]*:?[ \t\u{a0}]*)?(?:(?i:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)[ \t\u{a0}]*,?[ \t\u{a0}]*)?(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}|\d{1,2}[ \t\u{a0}]+\p{L}+[ \t\u{a0}]+\d{4})(?:[ \t\u{a0}T]*,?[ \t\u{a0}]*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?(?:[ \t\u{a0}]*(?:WIB|WITA|WIT|UTC))?(?:[ \t\u{a0}]*[|,\-–])?";

/// Domain suffixes that are never a news outlet's own (government, schools).
const NON_OUTLET_SUFFIXES: &[&str] = &[".go.id", ".ac.id", ".sch.id", ".mil.id", ".desa.id"];

pub struct Slots {
    paren: Regex,
    lead: Regex,
    place_dash: Regex,
    place_nodash: Regex,
    /// `date 2026-02-04 situs.com, JAKARTA -`: a dateline after a date stamp.
    stamped: Regex,
    /// `... upahnya. (ab/cd)(situs.com)`: initials and the site closing the article.
    closing: Regex,
    /// `rilis yang diterima situs.com`: the outlet that received a press release.
    release: Regex,
    /// `Foto : NAMA situs.com`: a photographer's name, then the site, no slash.
    photo_label_site: Regex,
    copyright: Regex,
    bare_copyright: Regex,
    byline_cue: Regex,
    byline_end: Regex,
    promo: Regex,
    photo_paren: Regex,
    /// "(Foto: Nama/Pontianak Post)": the outlet after the photographer.
    photo_paren_after: Regex,
    /// "Bagikan artikel ini: https://situs.com/...": the page's own address.
    share_url: Regex,
    photo_label: Regex,
    photo_end: Regex,
    mention: Regex,
    title_suffix: Regex,
    cited: Regex,
    year: Regex,
}

fn re(p: &str) -> Regex {
    Regex::new(p).unwrap_or_else(|e| panic!("outlet pattern does not compile: {e}\n{p}"))
}

impl Slots {
    pub fn new(lex: &Lexicon) -> Slots {
        let name = format!("{TOK}(?:{SP}+{TOK}){{0,2}}");
        let place = format!("{CTOK}(?:{SP}+{CTOK}){{0,3}}");
        let cues = lex.alternation("outlet_credit_cues");
        let cited = lex.alternation("outlet_cited_cues");
        let label = r"(?i:foto|photo|dok\.?|dokumentasi|sumber(?:\s+foto)?|kredit(?:\s+foto)?)";
        Slots {
            paren: re(&format!(
                r"(?m)^{SP}*(?P<city>{place}){SP}*,?{SP}*\({SP}*(?P<name>\p{{L}}[^()\n/]{{0,40}}?){SP}*(?:/[^()\n]{{0,40}})?\){SP}*(?:{DASH}|:)"
            )),
            lead: re(&format!(
                r"(?m)^{SP}*(?P<name>{name})(?:{SP}*[,|]{SP}*(?:(?P<city>{place})|(?P<date>\(\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\))))?{SP}*{DASH}(?:{SP}*(?P<rest>\S)|{SP}*\r?$)"
            )),
            // `Kota, situs.com -`, `KOTA/situs.com –`, `Kota, situs.com|Isi` (a pipe for the dash
            // after a web address only)
            place_dash: re(&format!(r"(?m)^{SP}*(?P<city>{place})(?:{SP}*[,|]{SP}*|/)(?P<name>{name}){SP}*(?:{DASH}|:|(?P<pipe>\|))")),
            stamped: re(&format!(r"(?m)^{SP}*{STAMP}{SP}+(?P<name>{name}){SP}*,{SP}*(?P<city>{place}){SP}*{DASH}")),
            closing: re(&format!(r"\((?P<inner>[^()\n:]{{2,60}})\){SP}*\r?$")),
            release: re(&format!(
                r"\b(?i:siaran{SP}+pers|rilis|press{SP}+release|keterangan{SP}+(?:tertulis|resmi|pers)|pernyataan{SP}+(?:tertulis|resmi|pers))(?i:nya)?(?:{SP}+(?i:resmi|tertulis|pers)(?i:nya)?)?{SP}+(?:(?i:yang){SP}+)?(?i:diterima|dikirim(?:kan)?{SP}+(?:ke|kepada)){SP}+(?:(?i:oleh){SP}+)?(?:(?i:redaksi|tim|wartawan|media){SP}+)?(?P<name>{name})"
            )),
            place_nodash: re(&format!(r"(?m)^{SP}*(?P<city>{place}){SP}*,{SP}*(?P<name>{TOK}){SP}+\p{{Lu}}")),
            copyright: re(&format!(
                r"(?i:copyright|hak{SP}+cipta){SP}*(?P<sym>©|\([cC]\)|&copy;)?{SP}*(?P<year>(?:\d{{4}}{SP}*(?:[-–]{SP}*\d{{4}}{SP}*)?)?)(?P<name>[^\n|©]{{2,80}})"
            )),
            bare_copyright: re(&format!(r"©{SP}*(?:\d{{4}}{SP}*(?:[-–]{SP}*\d{{4}}{SP}*)?)?(?P<name>[^\n|©]{{2,80}})")),
            byline_cue: re(&format!(
                r"\b(?i:laporan{SP}+(?:wartawan|reporter|koresponden|kontributor|jurnalis)|redaksi|reporter|penulis|kontributor|wartawan|jurnalis|koresponden|(?:rep|red)\.?{SP}*:){SP}*:?{SP}*(?P<name>{name})"
            )),
            byline_end: re(&format!(
                r"(?m)^(?:(?:\p{{Lu}}[\p{{L}}.'’]*{SP}+){{1,5}}|[^\n]{{0,80}}\|{SP}*)(?P<name>{TOK}){SP}*$"
            )),
            promo: re(&format!(
                r"\b(?i:follow|ikuti|gabung|(?:mau|baca|dapatkan|ingin){SP}+berita{SP}+terbaru(?:{SP}+lainnya)?{SP}+dari|unduh{SP}+aplikasi|download{SP}+(?:aplikasi|app)|baca{SP}+artikel|simak(?:{SP}+(?:berita|update|informasi|artikel)(?:{SP}+(?:terbaru|terkini|menarik|lainnya|pilihan))?)){SP}+(?:(?i:berita|akun|channel|kanal|dari){SP}+)?(?P<name>{TOK}(?:{SP}+{TOK})?)"
            )),
            photo_paren: re(&format!(
                r"\({SP}*(?:{label}{SP}*:?{SP}*){{0,2}}(?P<name>{name}){SP}*/{SP}*[^)\n]{{1,60}}\)"
            )),
            photo_paren_after: re(&format!(
                r"\({SP}*(?:{label}{SP}*:?{SP}*){{1,2}}[^()/\n]{{1,60}}/{SP}*(?P<name>{name}){SP}*\)"
            )),
            share_url: re(r"(?im)^[^\n]{0,40}?\b(?:bagikan|share|salin\s+tautan|salin\s+link|copy\s+link|reproduction\s+and\s+distribution\s+of)\b[^\n]{0,30}?https?://(?P<host>[^\s/?#]+)"),
            photo_label: re(&format!(r"{label}{SP}*:[\s•·]{{0,12}}(?:{label}{SP}+)?(?P<name>{name}){SP}*/")),
            photo_label_site: re(&format!(r"(?m){label}{SP}*:{SP}*(?:\p{{Lu}}[\p{{L}}.'’]*{SP}+){{1,3}}(?P<name>{TOK}){SP}*\r?$")),
            photo_end: re(&format!(r"(?m)(?:^|{SP})(?P<name>{TOK}){SP}*/{SP}*\p{{Lu}}[^\n/()]{{1,40}}$")),
            mention: re(&format!(
                r"\b(?i:{cues}){SP}+(?:(?i:tim|redaksi|wartawan|reporter|jurnalis|media){SP}+)?(?P<name>{name})"
            )),
            title_suffix: re(&format!(r"\S{SP}+(?:[-–—|]){SP}+(?P<name>{name}){SP}*$")),
            cited: re(&format!(r"(?i)(?:^|[^\p{{L}}]){cited}[\s:•·\-–]*$")),
            year: re(&format!(r"{SP}*[,.]?{SP}*\d{{4}}{SP}*$")),
        }
    }

    /// `outlet.dateline`: the earliest dateline of any form in the head of the text.
    pub fn dateline(&self, text: &str, w: &Windows, n: &Names) -> Option<Found> {
        let head = &text[..w.head];
        let mut best: Option<(String, Span)> = None;
        let mut consider = |c: Option<(String, Span)>| {
            if let Some(c) = c
                && best.as_ref().is_none_or(|b| c.1.start < b.1.start) {
                    best = Some(c);
                }
        };
        consider(self.paren.captures_iter(head).find_map(|c| {
            let name = trimmed(head, c.name("name")?.range());
            let city = c.name("city")?.as_str();
            let surface = &head[name.clone()];
            if let Some(v) = n.resolve(surface, true) {
                return Some((v, name));
            }
            let trusted_place = n.is_place(city) || is_caps(city);
            let ok = outlet_domain(surface, n)
                || (trusted_place && looks_like_name(surface, n) && !n.is_other_body(surface) && surface.split_whitespace().count() <= 4);
            ok.then(|| (n.display_unknown(surface), name))
        }));
        consider(self.lead.captures_iter(head).find_map(|c| {
            let m = c.name("name")?;
            let surface = m.as_str();
            // a web address after the comma is the outlet, the word before it a section
            // rubric (`NASIONAL, BALINEWS.ID –`)
            if let Some(city) = c.name("city")
                && outlet_domain(city.as_str(), n)
                && !n.is_domain(surface)
                && n.resolve(surface, false).is_none()
            {
                return self.slot_name(city.as_str(), city.start(), n, |_| false);
            }
            let ended = c.name("rest").is_none();
            let framed = c.name("city").is_some_and(|p| n.is_place(p.as_str()) || is_caps(p.as_str())) || c.name("date").is_some();
            // a single unknown word opening a full lead paragraph (`IDEAonline - Sejumlah ...`)
            // (the pattern stops at the first character after the dash; the rest of its line is
            // read here, so the regex engine never walks a whole paragraph)
            let lead = c.name("rest").is_some_and(|r| {
                let line = &head[r.start()..];
                let line = &line[..line.find('\n').unwrap_or(line.len())];
                line.chars().take(LEAD_PARAGRAPH).count() >= LEAD_PARAGRAPH
            });
            self.slot_name(surface, m.start(), n, |s| {
                let words = s.split_whitespace().count();
                // after a known town (`Situsku, JAKARTA –`) a one-word name in any case is the site's
                let at_known_place = c.name("city").is_some_and(|p| n.is_place(p.as_str()));
                let shaped = is_caps(s) || is_brand_case(s) || at_known_place && plain_token(s);
                // a dash ending its line (the lead on the next paragraph) needs a frame
                looks_like_name(s, n) && !n.is_other_body(s) && shaped && (framed || !ended && (words >= 2 && is_caps(s) || lead))
            })
        }));
        consider(self.place_dash.captures_iter(head).find_map(|c| {
            let city = c.name("city")?.as_str();
            if !(n.is_place(city) || is_caps(city)) {
                return None;
            }
            let m = c.name("name")?;
            // a pipe ends a menu item (`Surabaya | Metropolis | Ekonomi`); only a web address
            // glued to it is a dateline
            if c.name("pipe").is_some() && !outlet_domain(m.as_str(), n) {
                return None;
            }
            // after a known town, a capitalised name of a word or two is the site's own
            // (`Jakarta, Insertlive -`); after an unknown one it must be in capitals
            let known_place = n.is_place(city) || n.is_rubric(city);
            self.slot_name(m.as_str(), m.start(), n, |s| {
                let capitalised = s.split_whitespace().count() <= 2 && s.chars().next().is_some_and(char::is_uppercase);
                looks_like_name(s, n) && !n.is_other_body(s) && (is_caps(s) || known_place && capitalised || plain_token(s))
            })
        }));
        consider(self.place_nodash.captures_iter(head).find_map(|c| {
            let city = c.name("city")?.as_str();
            if !(n.is_place(city) || is_caps(city)) {
                return None;
            }
            let m = c.name("name")?;
            self.slot_name(m.as_str(), m.start(), n, |_| false)
        }));
        consider(self.stamped.captures_iter(head).find_map(|c| {
            if !n.is_place(c.name("city")?.as_str()) {
                return None;
            }
            let m = c.name("name")?;
            self.slot_name(m.as_str(), m.start(), n, |_| false)
        }));
        best.map(|(v, s)| Found::text(v, s, "outlet.dateline"))
    }

    /// A name in a strong slot: known (family included), a web-address name, or an unknown
    /// name that `unknown_ok` accepts; places and labels never.
    fn slot_name(&self, surface: &str, start: usize, n: &Names, unknown_ok: impl Fn(&str) -> bool) -> Option<(String, Span)> {
        let span = trimmed_abs(surface, start);
        let s = &surface[span.start - start..span.end - start];
        if s.is_empty() || n.is_place(s) || n.is_not_name(s) || is_caps(s) && n.is_rubric(s) && !n.is_domain(s) {
            return None;
        }
        if let Some(v) = n.resolve(s, true) {
            return Some((v, span));
        }
        if outlet_domain(s, n) || unknown_ok(s) {
            return Some((n.display_unknown(s), span));
        }
        None
    }

    /// `outlet.copyright`: `Copyright © ANTARA 2020`, `© 2024 NamaBaru.com`.
    pub fn copyright(&self, text: &str, w: &Windows, n: &Names) -> Option<Found> {
        for (off, part) in w.parts(text) {
            for c in self.copyright.captures_iter(part) {
                let Some(m) = c.name("name") else { continue };
                let dated = c.name("sym").is_some() || c.name("year").is_some_and(|y| !y.as_str().is_empty());
                if let Some((v, span)) = self.copyright_name(part, m.range(), dated, true, n) {
                    return Some(Found::text(v, off + span.start..off + span.end, "outlet.copyright"));
                }
            }
            for c in self.bare_copyright.captures_iter(part) {
                let Some(m) = c.name("name") else { continue };
                if let Some((v, span)) = self.copyright_name(part, m.range(), true, false, n) {
                    return Some(Found::text(v, off + span.start..off + span.end, "outlet.copyright"));
                }
            }
        }
        None
    }

    /// The owner named after a copyright mark: cut at `All rights`, `|`, a sentence end, a
    /// trailing year; an unknown owner counts after the word `Copyright`, or in web form.
    fn copyright_name(&self, part: &str, range: Span, dated: bool, worded: bool, n: &Names) -> Option<(String, Span)> {
        let raw = &part[range.clone()];
        let lower = raw.to_ascii_lowercase(); // same byte offsets as `raw`
        let mut end = raw.len();
        for stop in ["all rights", "all right", "hak cipta", " - ", ". ", ", ", "|"] {
            if let Some(i) = lower.find(stop) {
                end = end.min(i);
            }
        }
        let mut s = &raw[..end];
        let mut year_after = false;
        if let Some(y) = self.year.find(s) {
            s = &s[..y.start()];
            year_after = true;
        }
        if !(dated || year_after) {
            return None;
        }
        let lead = s.len() - s.trim_start().len();
        let mut start = range.start + lead;
        let mut body = s.trim();
        for pt in ["PT. ", "PT "] {
            if let Some(r) = body.strip_prefix(pt) {
                start += pt.len();
                body = r;
            }
        }
        let body = body.trim_end_matches(['.', ',', ' ']);
        let words: Vec<(usize, &str)> = word_offsets(body);
        for k in (1..=words.len().min(5)).rev() {
            let (wo, wl) = words[k - 1];
            let cand = &body[..wo + wl.len()];
            if let Some(v) = n.resolve(cand, true) {
                if !worded && n.is_cited_only(&v) {
                    return None;
                }
                return Some((v, start..start + cand.len()));
            }
        }
        let first = words.first()?.1;
        if outlet_domain(first, n) {
            return Some((n.display_unknown(first), start..start + first.len()));
        }
        let ok = worded && words.len() <= 4 && looks_like_name(body, n) && body.chars().next().is_some_and(char::is_uppercase);
        ok.then(|| (n.display_unknown(body), start..start + body.len()))
    }

    /// `outlet.header`: a line at the top that is only a web address or an outlet's name, or
    /// a page title ending in one (`Judul Berita - Suara.com`, `Judul | Liputan6.com`).
    pub fn header(&self, doc: &Doc, w: &Windows, n: &Names) -> Option<Found> {
        let name_of = |s: &str| {
            if outlet_domain(s, n) {
                Some(domain_name(s, n))
            } else {
                n.resolve_written(s).filter(|v| !n.is_cited_only(v))
            }
        };
        // A line of one plain word (`Bisnis`, `Tempo`) is as likely a menu section as a logo.
        let distinct = |s: &str| s.contains(char::is_whitespace) || is_brand_case(s) || s.chars().any(|c| c.is_ascii_digit() || c == '.');
        for p in doc.paragraphs.iter().take(HEADER_LINES).filter(|p| p.end <= w.head) {
            let span = trimmed_abs(doc.slice(p), p.start);
            let s = &doc.text[span.clone()];
            if s.is_empty() {
                continue;
            }
            if s.len() <= 60
                && distinct(s)
                && let Some(v) = name_of(s)
            {
                return Some(Found::text(v, span, "outlet.header"));
            }
            if let Some(m) = self.title_suffix.captures(s).and_then(|c| c.name("name")) {
                let hit = longest_suffix(m.as_str(), span.start + m.start(), name_of);
                if let Some((v, sp)) = hit {
                    return Some(Found::text(v, sp, "outlet.header"));
                }
            }
        }
        None
    }

    /// `outlet.footer`: one of the last lines of the page is only a web address or an
    /// outlet's name (`sultengraya.com`, `Neraca.co.id`).
    pub fn footer(&self, doc: &Doc, w: &Windows, n: &Names) -> Option<Found> {
        let last = doc.paragraphs.iter().rev().take(FOOTER_LINES).filter(|p| p.start >= w.tail || w.tail == w.head);
        for p in last {
            let span = trimmed_abs(doc.slice(p), p.start);
            let s = &doc.text[span.clone()];
            if s.len() <= 60 && !s.contains(char::is_whitespace) && outlet_domain(s, n) {
                let v = domain_name(s, n);
                if !n.is_cited_only(&v) {
                    return Some(Found::text(v, span, "outlet.footer"));
                }
            }
        }
        self.closing_credit(doc, w, n)
    }

    /// `outlet.footer` too: a closing credit in brackets at the end of one of the last
    /// paragraphs, initials and the site (`(ab/situs.com)`, `(ab/cd)(situs.com)`); only a
    /// web-address name or a lexicon outlet counts, initials alone (`(Abc/Def)`) never.
    fn closing_credit(&self, doc: &Doc, w: &Windows, n: &Names) -> Option<Found> {
        let last = doc.paragraphs.iter().rev().take(CREDIT_LINES).filter(|p| p.start >= w.tail || w.tail == w.head);
        for p in last {
            let para = doc.slice(p);
            let Some(inner) = self.closing.captures(para).and_then(|c| c.name("inner")) else { continue };
            if self.is_cited(doc.text, p.start + inner.start() - 1) {
                continue;
            }
            // the site comes last, after initials only (`ab/cd/situs.com`); a photo credit
            // puts the outlet first (`IDN Times/Nama`)
            let segs: Vec<&str> = inner.as_str().split('/').collect();
            let (last, initials) = segs.split_last()?;
            if initials.iter().any(|i| i.trim().is_empty() || i.trim().chars().count() > 6 || i.trim().contains(char::is_whitespace)) {
                continue;
            }
            let span = trimmed_abs(last, p.start + inner.end() - last.len());
            let s = &doc.text[span.clone()];
            let v = if outlet_domain(s, n) {
                domain_name(s, n)
            } else if let Some(v) = n.resolve_written(s) {
                v
            } else {
                continue;
            };
            if !n.is_cited_only(&v) {
                return Some(Found::text(v, span, "outlet.footer"));
            }
        }
        None
    }

    /// `outlet.release`: the outlet that received a press release (`siaran pers yang diterima
    /// Antara Bali`, `rilis yang diterima situs.com`, `keterangan resminya yang diterima oleh
    /// detikFinance`) wrote the story; a domestic wire counts,
    /// a foreign one (`pernyataan yang diterima Reuters`) is translated copy.
    pub fn release(&self, text: &str, w: &Windows, n: &Names) -> Option<Found> {
        for (off, part) in w.parts(text) {
            for c in self.release.captures_iter(part) {
                let Some(m) = c.name("name") else { continue };
                let hit = longest_prefix(m.as_str(), m.start(), |s| {
                    let v = if outlet_domain(s, n) {
                        domain_name(s, n)
                    } else if s.chars().next().is_some_and(char::is_uppercase) {
                        n.resolve(s, true)?
                    } else {
                        // a brand-cased channel (`detikFinance`) as the lexicon writes it
                        n.resolve_written(s)?
                    };
                    (!n.is_cited_only(&v) || n.is_domestic_wire(&v)).then_some(v)
                });
                if let Some((v, span)) = hit {
                    return Some(Found::text(v, off + span.start..off + span.end, "outlet.release"));
                }
            }
        }
        None
    }

    /// `outlet.share_url`: the page's own address in its share line ("Bagikan artikel ini:
    /// https://infobanknews.com/..."), through the lexicon, else its registrable domain.
    pub fn share_url(&self, text: &str, w: &Windows, n: &Names) -> Option<Found> {
        for (off, part) in w.parts(text) {
            for c in self.share_url.captures_iter(part) {
                let Some(m) = c.name("host") else { continue };
                let Some(host) = url_host(m.as_str()) else { continue };
                let (v, known) = n.outlet_of_host(&host);
                if n.is_cited_only(&v) || !known && !outlet_domain(&v, n) {
                    continue;
                }
                return Some(Found::text(v, off + m.start()..off + m.end(), "outlet.share_url"));
            }
        }
        None
    }

    /// `outlet.byline`: `Laporan wartawan Tribunnews.com`, `Redaksi Solopos.com`, or a short
    /// author line ending in the site's address (`Nama Penulis Suara.com`).
    pub fn byline(&self, text: &str, w: &Windows, n: &Names) -> Option<Found> {
        for (off, part) in w.parts(text) {
            for c in self.byline_cue.captures_iter(part) {
                let Some(m) = c.name("name") else { continue };
                if self.is_cited(part, c.get(0).map_or(m.start(), |g| g.start())) {
                    continue;
                }
                if let Some((v, span)) = longest_prefix(m.as_str(), m.start(), |s| starts_upper_or_domain(s, n).then(|| n.resolve(s, true)).flatten()) {
                    // "Penulis: Fajar Sulaiman": one outlet word running into a name is the
                    // writer's given name
                    let word = &part[span.clone()];
                    let next_capitalised = part[span.end..].strip_prefix(' ').is_some_and(|r| r.starts_with(char::is_uppercase));
                    if !word.contains(['.', ' ']) && next_capitalised {
                        continue;
                    }
                    return Some(Found::text(v, off + span.start..off + span.end, "outlet.byline"));
                }
            }
            for c in self.byline_end.captures_iter(part) {
                let Some(m) = c.name("name") else { continue };
                let line = c.get(0).map_or("", |g| g.as_str());
                if line.len() > 100 || line.trim_start().to_lowercase().starts_with("baca") || self.is_cited(part, m.start()) {
                    continue;
                }
                let span = trimmed_abs(m.as_str(), m.start());
                let s = &part[span.clone()];
                if outlet_domain(s, n) {
                    let v = domain_name(s, n);
                    if !n.is_cited_only(&v) {
                        return Some(Found::text(v, off + span.start..off + span.end, "outlet.byline"));
                    }
                }
            }
        }
        None
    }

    /// `outlet.self_promo`: the site promoting itself (`Follow Suara.com untuk ...`,
    /// `Gabung Kompas.com+`).
    pub fn self_promo(&self, text: &str, w: &Windows, n: &Names) -> Option<Found> {
        for (off, part) in w.parts(text) {
            for c in self.promo.captures_iter(part) {
                let Some(m) = c.name("name") else { continue };
                let hit = longest_prefix(m.as_str(), m.start(), |s| {
                    let v = n.resolve_written(s).or_else(|| starts_upper_or_domain(s, n).then(|| n.resolve(s, true)).flatten());
                    v.filter(|v| !n.is_cited_only(v))
                });
                if let Some((v, span)) = hit {
                    return Some(Found::text(v, off + span.start..off + span.end, "outlet.self_promo"));
                }
            }
        }
        None
    }

    /// `outlet.photo_credit`: `(IDN Times/Nama)`, `Foto: Republika/Nama`, a caption ending in
    /// `Liputan6.com/Nama`. Wires and photo agencies never count; the most credited wins.
    pub fn photo_credit(&self, text: &str, w: &Windows, n: &Names) -> Option<Found> {
        let mut hits = Vec::new();
        for (off, part) in w.parts(text) {
            for re in [&self.photo_paren, &self.photo_paren_after, &self.photo_label] {
                for c in re.captures_iter(part) {
                    let Some(m) = c.name("name") else { continue };
                    if self.is_cited(part, c.get(0).map_or(m.start(), |g| g.start())) {
                        continue;
                    }
                    if let Some((v, s)) = longest_prefix(m.as_str(), m.start(), |s| weak_name(s, n)) {
                        hits.push((v, off + s.start..off + s.end));
                    }
                }
            }
            for c in self.photo_label_site.captures_iter(part) {
                let Some(m) = c.name("name") else { continue };
                let span = trimmed_abs(m.as_str(), m.start());
                let s = &part[span.clone()];
                if n.is_domain(s) && let Some(v) = weak_name(s, n) {
                    hits.push((v, off + span.start..off + span.end));
                }
            }
            for c in self.photo_end.captures_iter(part) {
                let Some(m) = c.name("name") else { continue };
                let span = trimmed_abs(m.as_str(), m.start());
                let s = &part[span.clone()];
                if n.is_domain(s) && !self.is_cited(part, span.start)
                    && let Some(v) = weak_name(s, n) {
                        hits.push((v, off + span.start..off + span.end));
                    }
            }
        }
        vote(hits).map(|(v, s)| Found::text(v, s, "outlet.photo_credit"))
    }

    /// `outlet.lexicon_mention`: a known outlet named as the reporter's interlocutor (`kata X
    /// kepada Bisnis`, `saat dihubungi KONTAN`), never after a citation cue; the most named wins.
    pub fn mention(&self, text: &str, w: &Windows, n: &Names) -> Option<Found> {
        let mut hits = Vec::new();
        for (off, part) in w.parts(text) {
            for c in self.mention.captures_iter(part) {
                let Some(m) = c.name("name") else { continue };
                if self.is_cited(part, c.get(0).map_or(m.start(), |g| g.start())) {
                    continue;
                }
                if let Some((v, s)) = longest_prefix(m.as_str(), m.start(), |s| weak_name(s, n)) {
                    hits.push((v, off + s.start..off + s.end));
                }
            }
        }
        vote(hits).map(|(v, s)| Found::text(v, s, "outlet.lexicon_mention"))
    }

    /// Does a citation cue (`dikutip dari`, `Sumber:`) end right before `pos` on its line?
    fn is_cited(&self, part: &str, pos: usize) -> bool {
        let line_start = part[..pos].rfind('\n').map_or(0, |i| i + 1);
        let mut from = pos.saturating_sub(40).max(line_start);
        while !part.is_char_boundary(from) {
            from += 1;
        }
        self.cited.is_match(&part[from..pos])
    }
}


/// A name in a weak slot: spelled as the lexicon spells it (or in capitals), or a web-address
/// name; wires and foreign outlets excluded.
/// A web-address name's outlet: the lexicon's, else the address as written.
fn domain_name(s: &str, n: &Names) -> String {
    n.resolve(s, true).unwrap_or_else(|| n.display_unknown(s))
}

fn weak_name(s: &str, n: &Names) -> Option<String> {
    let v = n.resolve_written(s).or_else(|| {
        outlet_domain(s, n).then(|| domain_name(s, n))
    })?;
    (!n.is_cited_only(&v)).then_some(v)
}

/// The longest run of leading words of `surface` that `f` accepts, with its absolute span.
fn longest_prefix(surface: &str, start: usize, f: impl Fn(&str) -> Option<String>) -> Option<(String, Span)> {
    let words = word_offsets(surface);
    for k in (1..=words.len()).rev() {
        let (wo, wl) = words[k - 1];
        let cand = surface[..wo + wl.len()].trim_end_matches(['.', ',', '-', '\'', '’']);
        if cand.is_empty() {
            continue;
        }
        if let Some(v) = f(cand) {
            return Some((v, start..start + cand.len()));
        }
    }
    None
}

/// The longest run of trailing words of `surface` that `f` accepts, with its absolute span.
fn longest_suffix(surface: &str, start: usize, f: impl Fn(&str) -> Option<String>) -> Option<(String, Span)> {
    let words = word_offsets(surface);
    for (wo, _) in &words {
        let cand = surface[*wo..].trim_end_matches(['.', ',']);
        if let Some(v) = f(cand) {
            return Some((v, start + wo..start + wo + cand.len()));
        }
    }
    None
}

/// The most frequent value; ties go to the earliest.
fn vote(hits: Vec<(String, Span)>) -> Option<(String, Span)> {
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for (v, _) in &hits {
        *count.entry(v.as_str()).or_default() += 1;
    }
    let best = hits.iter().map(|(v, _)| count[v.as_str()]).max()?;
    hits.iter().find(|(v, _)| count[v.as_str()] == best).cloned()
}

/// Word start offsets and words, split on any whitespace.
fn word_offsets(s: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (c.is_whitespace(), start) {
            (true, Some(st)) => {
                out.push((st, &s[st..i]));
                start = None;
            }
            (false, None) => start = Some(i),
            _ => {}
        }
    }
    if let Some(st) = start {
        out.push((st, &s[st..]));
    }
    out
}

/// The span of `s` (at absolute `start`) without surrounding space and trailing punctuation.
fn trimmed_abs(s: &str, start: usize) -> Span {
    let lead = s.len() - s.trim_start().len();
    let t = s.trim().trim_end_matches(['.', ',', '-', ':', '\'', '’']);
    start + lead..start + lead + t.len()
}

fn trimmed(text: &str, range: Span) -> Span {
    trimmed_abs(&text[range.clone()], range.start)
}

/// All letters are capitals (and there are at least three): `SIMBUR`, `PASUNDAN EKSPRES`.
fn is_caps(s: &str) -> bool {
    s.chars().filter(|c| c.is_alphabetic()).count() >= 3 && !s.chars().any(char::is_lowercase)
}

/// Brand casing: capitals inside a word (`IQPlus`, `KabarKota`, `VIVAnews`).
fn is_brand_case(s: &str) -> bool {
    let cs: Vec<char> = s.chars().collect();
    cs.windows(2).any(|w| w[0].is_lowercase() && w[1].is_uppercase())
        || cs.windows(3).any(|w| w[0].is_uppercase() && w[1].is_uppercase() && w[2].is_lowercase())
}

/// One word of at least four letters (digits allowed) in no particular case: `shalokal`,
/// `Lapan6online`. In a framed dateline slot such a word is the site's name as it writes it.
fn plain_token(s: &str) -> bool {
    !s.contains(char::is_whitespace)
        && s.chars().all(|c| c.is_alphanumeric())
        && s.chars().filter(|c| c.is_alphabetic()).count() >= 4
}

/// Could this be an outlet's name: letters, few words, no place or label, no company form.
fn looks_like_name(s: &str, n: &Names) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 4
        && !s.chars().any(|c| c.is_ascii_digit() && words.len() > 1)
        && s.chars().any(char::is_alphabetic)
        && !n.is_place(s)
        && !n.is_not_name(s)
        && !words.iter().any(|w| n.is_not_name(w) || matches!(w.to_uppercase().as_str(), "PT" | "PT." | "CV" | "TBK" | "BANK"))
}

fn starts_upper_or_domain(s: &str, n: &Names) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) || n.is_domain(s)
}

/// A web-address name that can belong to a news outlet: not a government or school site,
/// not a known company's shop or app (`Tokopedia.com`), not a link shortener (`t.co`).
fn outlet_domain(s: &str, n: &Names) -> bool {
    let l = s.to_ascii_lowercase();
    n.is_domain(s)
        && !NON_OUTLET_SUFFIXES.iter().any(|x| l.ends_with(x))
        && !n.is_other_body(s)
        && !n.is_not_name(s)
        && n.key(s).chars().count() >= 3
}
