//! One pass over an article for the start strings of many patterns ([`Scan`]), so that the
//! patterns searched in every sentence do not each scan every sentence again.

use super::*;

/// The start strings (or required strings) of several patterns in one automaton: one pass
/// over a text finds where each pattern may match, for all the spans of the text that the
/// patterns are then searched in (the sentences of an article), instead of one scan per
/// pattern and span. [`Scanned::find_iter`] and [`Scanned::captures_iter`] give what the
/// pattern's own methods give on the span.
pub struct Scan {
    /// Overlapping search: every occurrence of every string.
    ac: Option<AhoCorasick>,
    /// For each string of `ac`, the members it belongs to.
    owners: Vec<Vec<usize>>,
    /// Per member: its patterns, to check that a member is searched as itself.
    patterns: Vec<String>,
}

/// Where the members of a [`Scan`] may match in one text.
pub struct Scanned<'s, 't> {
    scan: &'s Scan,
    text: &'t str,
    /// Per member: (start, end) of each occurrence of one of its strings, by start, and for
    /// each start only the shortest.
    found: Vec<Vec<(usize, usize)>>,
}

impl Scan {
    /// A member whose pattern has neither start strings nor required strings (or starts at
    /// line starts) is searched the usual way.
    pub fn new(members: &[&Regex]) -> Scan {
        let mut index: std::collections::HashMap<Vec<u8>, usize> = std::collections::HashMap::new();
        let mut strings: Vec<Vec<u8>> = Vec::new();
        let mut owners: Vec<Vec<usize>> = Vec::new();
        for (k, re) in members.iter().enumerate() {
            let set = match (&re.starts, &re.lines, &re.required) {
                (Some(s), None, _) => s,
                (None, None, Some(r)) => r,
                _ => continue,
            };
            for st in &set.strings {
                // one case-insensitive automaton: a set without letters matches alike either way
                let key = st.to_ascii_lowercase();
                let i = *index.entry(key.clone()).or_insert_with(|| {
                    strings.push(key);
                    owners.push(Vec::new());
                    owners.len() - 1
                });
                if !owners[i].contains(&k) {
                    owners[i].push(k);
                }
            }
        }
        let ac = (!strings.is_empty())
            .then(|| AhoCorasickBuilder::new().ascii_case_insensitive(true).match_kind(AcKind::Standard).kind(Some(aho_corasick::AhoCorasickKind::DFA)).build(&strings).ok())
            .flatten();
        let owners = if ac.is_some() { owners } else { Vec::new() };
        Scan { ac, owners, patterns: members.iter().map(|r| r.pattern.clone()).collect() }
    }

    /// One pass over `text`.
    pub fn run<'s, 't>(&'s self, text: &'t str) -> Scanned<'s, 't> {
        let mut found: Vec<Vec<(usize, usize)>> = vec![Vec::new(); self.patterns.len()];
        if let Some(ac) = &self.ac {
            for m in ac.find_overlapping_iter(text) {
                for &k in &self.owners[m.pattern().as_usize()] {
                    found[k].push((m.start(), m.end()));
                }
            }
        }
        for f in &mut found {
            f.sort_unstable();
            f.dedup_by_key(|&mut (s, _)| s);
        }
        Scanned { scan: self, text, found }
    }
}

impl<'s, 't> Scanned<'s, 't> {
    /// The start candidates of member `k` within `span`, if the scan stands for the member's
    /// own scan on `&text[span]`: positions where one of its strings occurs wholly inside the
    /// span, relative to the span (what stepping its automaton through the span finds).
    fn listed(&self, k: usize, re: &Regex, span: &Range<usize>) -> Option<Vec<usize>> {
        debug_assert_eq!(self.scan.patterns[k], re.pattern, "member {k} searched as another pattern");
        let set = match (&re.starts, &re.lines) {
            (Some(s), None) if self.scan.ac.is_some() => s,
            _ => return None,
        };
        if set.folded && has_ascii_fold(&self.text[span.clone()]) {
            return None;
        }
        let f = &self.found[k];
        let first = f.partition_point(|&(s, _)| s < span.start);
        Some(f[first..].iter().take_while(|&&(s, _)| s < span.end).filter(|&&(_, e)| e <= span.end).map(|&(s, _)| s - span.start).collect())
    }

    /// Does member `k`'s required-string check rule out a match in `span`?
    fn excluded(&self, k: usize, re: &Regex, span: &Range<usize>) -> Option<bool> {
        debug_assert_eq!(self.scan.patterns[k], re.pattern, "member {k} searched as another pattern");
        let r = match (&re.starts, &re.lines, &re.required) {
            (None, None, Some(r)) if self.scan.ac.is_some() => r,
            _ => return None,
        };
        if r.folded && has_ascii_fold(&self.text[span.clone()]) {
            return Some(false);
        }
        let f = &self.found[k];
        let first = f.partition_point(|&(s, _)| s < span.start);
        Some(!f[first..].iter().take_while(|&&(s, _)| s < span.end).any(|&(_, e)| e <= span.end))
    }

    /// `re.find_iter(&text[span])`, `re` being member `k` of the scan.
    pub fn find_iter<'r>(&self, k: usize, re: &'r Regex, span: Range<usize>) -> Matches<'r, 't> {
        let hay = &self.text[span.clone()];
        if let Some(cands) = self.listed(k, re, &span) {
            return Matches { hay, inner: Iter::Listed { re, cands, next: 0, from: 0 } };
        }
        if self.excluded(k, re, &span) == Some(true) {
            return Matches { hay, inner: Iter::Empty };
        }
        match re.starts_for(hay) {
            None if self.excluded(k, re, &span) == Some(false) => Matches { hay, inner: Iter::Plain(re.meta.find_iter(hay)) },
            _ => re.find_iter(hay),
        }
    }

    /// `re.captures_iter(&text[span])`, `re` being member `k` of the scan.
    pub fn captures_iter<'r>(&self, k: usize, re: &'r Regex, span: Range<usize>) -> CaptureMatches<'r, 't> {
        let hay = &self.text[span.clone()];
        let inner = match self.find_iter(k, re, span) {
            Matches { inner: Iter::Plain(_), .. } => CapIter::Plain(re.meta.captures_iter(hay)),
            Matches { inner: Iter::Empty, .. } => CapIter::Empty,
            scan => CapIter::Scan(re, scan),
        };
        CaptureMatches { hay, inner }
    }
}
