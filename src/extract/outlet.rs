//! The outlet that published the article, as the text (or metadata) reveals it.
//!
//! Pages name their publisher in a few fixed slots: the dateline (`Jakarta (ANTARA) -`,
//! `Liputan6.com, Jakarta -`, `JAKARTA, KOMPAS.com -`), a header line (`kontan.co.id`), the
//! copyright line, a byline (`Laporan wartawan Tribunnews.com`), a photo credit
//! (`(IDN Times/Nama)`), or the reporter's interview (`kata X kepada Bisnis`). Outlets that are
//! only *cited* (`dikutip dari Reuters`, `Sumber: Antara`) fill none of these slots, which is
//! why the rules read slots and never take a bare mention. Each slot pattern also accepts
//! outlets in no lexicon when the slot leaves no doubt (a domain-form name in a dateline).
//!
//! Precedence, strongest first: dateline, copyright, header, footer (a closing credit
//! `(ab/situs.com)` too), byline (and the site's own promotion, `Follow Suara.com`), the
//! outlet that received a press release (`rilis yang diterima situs.com`), a lexicon outlet
//! in any of these before a name in no lexicon (an all-capitals dateline word may be a
//! town), then metadata (`site_name`, then
//! the URL host), the page's own address in a share line, then photo credits and interview
//! mentions. Text slots that only the publisher fills beat metadata
//! because a URL may be an aggregator or a broker page republishing the copy (the text still
//! names the outlet, as the gold annotation wants), and an article read from a plain file has
//! no metadata at all. Metadata beats the weak text rules because a photo credit or an
//! interview may name another outlet (`Foto: Antara/...` in a Republika page), while the
//! page's declared site name is usually right.
//!
//! Cost: rules scan only the first [`HEAD`] bytes (datelines, headers, bylines) and the last
//! [`TAIL`] bytes (copyright and footer lines), so time is bounded on huge inputs.

mod names;
mod slots;

use crate::extract::{Found, Meta, Origin};
use crate::lexicon::Lexicon;
use crate::text::Doc;

use names::{Names, url_host};
use slots::Slots;

/// Bytes scanned from the start of the text.
pub const HEAD: usize = 32 * 1024;
/// Bytes scanned from the end of the text.
pub const TAIL: usize = 8 * 1024;

/// Compiled outlet rules.
pub struct Rules {
    names: Names,
    slots: Slots,
}

impl Rules {
    pub fn new(lex: &Lexicon) -> Rules {
        Rules { names: Names::new(lex), slots: Slots::new(lex) }
    }

    pub fn find(&self, doc: &Doc, meta: &Meta) -> Option<Found> {
        let w = Windows::new(doc.text);
        let (n, s, t) = (&self.names, &self.slots, doc.text);
        let strong: [&dyn Fn() -> Option<Found>; 7] = [
            &|| s.dateline(t, &w, n),
            &|| s.copyright(t, &w, n),
            &|| s.header(doc, &w, n),
            &|| s.footer(doc, &w, n),
            &|| s.byline(t, &w, n),
            &|| s.self_promo(t, &w, n),
            &|| s.release(t, &w, n),
        ];
        // An unknown name in a strong slot ("TERBANGGI BESAR —" may be a place) gives way to
        // a known outlet in another strong slot ("Copyright © 2023 Lampung Post"), and a
        // plain unknown name to an unknown web address (`sultengraya.com` on its own line).
        let mut unknown: Option<Found> = None;
        for r in strong {
            let Some(f) = r().filter(|f| !f.value.trim().is_empty()) else { continue };
            if n.resolve(&f.value, true).is_some() {
                return Some(f);
            }
            if unknown.as_ref().is_none_or(|u| !n.is_domain(&u.value) && n.is_domain(&f.value)) {
                unknown = Some(f);
            }
        }
        if unknown.is_some() {
            return unknown;
        }
        let rules: [&dyn Fn() -> Option<Found>; 5] = [
            &|| self.meta_site_name(meta),
            &|| self.meta_url(meta),
            &|| s.share_url(t, &w, n),
            &|| s.photo_credit(t, &w, n),
            &|| s.mention(t, &w, n),
        ];
        rules.iter().find_map(|r| r().filter(|f| !f.value.trim().is_empty()))
    }

    /// `outlet.meta_site_name`: the page's declared site name, through the lexicon.
    fn meta_site_name(&self, meta: &Meta) -> Option<Found> {
        let raw = meta.site_name.as_deref()?.trim();
        if raw.is_empty() || raw.chars().count() > 80 {
            return None;
        }
        let value = self.names.resolve(raw, true).unwrap_or_else(|| self.names.display_unknown(raw));
        Some(Found {
            value,
            origin: Origin::Meta { key: meta.key_of("site_name").into(), text: raw.to_string() },
            rule: "outlet.meta_site_name",
        })
    }

    /// `outlet.url_host`: the URL's host through the lexicon, else its registrable domain.
    fn meta_url(&self, meta: &Meta) -> Option<Found> {
        let url = meta.url.as_deref()?;
        let host = url_host(url)?;
        let (value, _) = self.names.outlet_of_host(&host);
        Some(Found { value, origin: Origin::Meta { key: meta.key_of("url").into(), text: url.to_string() }, rule: "outlet.url_host" })
    }
}

/// The scanned parts of the text: `[0, head)` and `[tail, len)` (empty when they overlap).
pub(crate) struct Windows {
    pub head: usize,
    pub tail: usize,
}

impl Windows {
    fn new(text: &str) -> Windows {
        let head = floor_boundary(text, HEAD.min(text.len()));
        let tail = ceil_boundary(text, text.len().saturating_sub(TAIL).max(head));
        Windows { head, tail }
    }

    /// The scanned slices with their byte offsets.
    pub fn parts<'t>(&self, text: &'t str) -> [(usize, &'t str); 2] {
        [(0, &text[..self.head]), (self.tail, &text[self.tail..])]
    }
}

fn floor_boundary(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn ceil_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests;
