//! A drop-in `Regex` that finds the same matches as `regex::Regex`, faster on news text.
//!
//! Why: the rule patterns use Unicode word boundaries (`\b`) and Unicode classes. The `regex`
//! crate's lazy DFA gives up on a Unicode `\b` at the first non-ASCII byte (a curly quote, a
//! no-break space), and the search is redone by a backtracker or PikeVM over the rest of the
//! haystack: most extraction time went there.
//!
//! How: when every match of a pattern must begin with one of a finite set of literal strings
//! (worked out from the pattern's syntax tree: the lexicon words after `\b`), an Aho-Corasick
//! scan finds the positions where a match can start, and the regex runs *anchored* at those
//! positions only, each run a few bytes long. Patterns without a Unicode `\b` are searched as
//! `regex` searches them (the DFA copes). The leftmost candidate that matches gives the
//! leftmost match, and an anchored leftmost-first search at a position finds the same match
//! (and captures) as the unanchored search that starts there, so results are identical to
//! `regex::Regex`: the same engine (`regex_automata::meta`, built with the `regex` crate's
//! settings) decides every match. A pattern without such a start set but with a set of literals
//! one of which every match contains (`X Air`, `Y Group`: the words after the name) skips
//! haystacks holding none of them; otherwise it is searched as usual. A pattern whose every
//! match starts at a line start (`(?m)^...`) and is non-empty runs anchored at line starts only;
//! when no match can hold a `\n`, only on lines holding a string of each literal set every
//! match contains (a line-start match lies within its line).
//!
//! Case-insensitive letters are matched ASCII-case-insensitively by the scan; the two
//! non-ASCII characters that Unicode simple case folding maps onto ASCII letters (KELVIN SIGN,
//! LONG S) make the scan incomplete, so a haystack holding either is searched the usual way.
//! Methods other than the ones below reach the underlying `regex::Regex` through `Deref`.
//!
//! The engine of a pattern is built at its first search (most of a rule's start-up cost).
//! [`Scan`] runs the start strings of several patterns as one automaton over a whole text, so
//! that patterns searched in every sentence of an article take their candidates from one pass.

use std::ops::{Deref, Range};
use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind as AcKind};
use regex_automata::meta;
use regex_automata::util::captures::Captures as MetaCaptures;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input};
use regex_syntax::hir::{Class, Hir, HirKind};

/// Longest literal prefix kept per start string (longer adds nothing to selectivity).
const MAX_PREFIX: usize = 12;
/// Start strings beyond this many: no scan (the automaton would be large for little gain).
const MAX_STRINGS: usize = 4000;
/// Most string sets a line-start pattern's lines are checked for.
const MAX_SETS: usize = 3;
/// Classes with more members than this end a literal prefix.
const MAX_CLASS: usize = 8;

/// Characters whose simple case folding lands on an ASCII letter (`K` → k, `ſ` → s).
const FOLDS_TO_ASCII: [char; 2] = ['\u{212A}', '\u{17F}'];

pub struct Regex {
    /// The engine, built at the first search (see [`Lazy`]).
    meta: Lazy,
    pattern: String,
    starts: Option<Starts>,
    /// Every match starts at a line start (`(?m)^`, `^`) and none is empty: anchored searches
    /// at the line starts replace the scan of the whole haystack (`Some`), and when no match
    /// can hold a `\n`, only at lines that hold a string of each [`Starts`] listed.
    lines: Option<Vec<Starts>>,
    /// Every match starts at the haystack's start (`^` without `m`, `\A`): with `lines`, the
    /// only candidate is 0, not every line start.
    text_start: bool,
    /// For a pattern without start strings: strings one of which every match contains. A
    /// haystack with none of them has no match, and is not searched.
    required: Option<Starts>,
    plain: OnceLock<regex::Regex>,
}

/// Literal strings every match starts with (or, for [`Regex::required`], contains), as a scanner.
struct Starts {
    ac: AhoCorasick,
    /// The strings, lower-cased (for [`Scan`]).
    strings: Vec<Vec<u8>>,
    /// The strings came from case-insensitive classes that also hold a [`FOLDS_TO_ASCII`] char.
    folded: bool,
}

impl std::fmt::Debug for Regex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Regex").field(&self.pattern).finish()
    }
}

impl Regex {
    pub fn new(pattern: &str) -> Result<Regex, regex::Error> {
        // The `regex` crate's own settings, so that matches are the same.
        let metac = meta::Config::new()
            .nfa_size_limit(Some(10 * (1 << 20)))
            .hybrid_cache_capacity(2 * (1 << 20))
            .match_kind(regex_automata::MatchKind::LeftmostFirst)
            .utf8_empty(true);
        let syntaxc = syntax::Config::default().utf8(true);
        // parsed once, here, for the literal analysis below and for the engine (what
        // `Builder::build` does itself before `build_from_hir`)
        let Ok(parsed) = syntax::parse_with(pattern, &syntaxc) else {
            // let `regex` report the error in its own words
            return regex::Regex::new(pattern).map(|_| unreachable_regex(pattern));
        };
        let hir = Some(&parsed).filter(|h| has_unicode_word_boundary(h));
        let scanner = |strings: &[Vec<u8>]| {
            // without letters, case does not matter, and the automaton keeps its prefilter
            let letters = strings.iter().flatten().any(u8::is_ascii_alphabetic);
            AhoCorasickBuilder::new().ascii_case_insensitive(letters).match_kind(AcKind::LeftmostFirst).build(strings).ok()
        };
        let starts = hir.and_then(start_strings).and_then(|(strings, folded)| {
            Some(Starts { ac: scanner(&strings)?, strings, folded })
        });
        let required = match (&starts, hir) {
            (None, Some(h)) => required_strings(h).and_then(|(strings, folded)| Some(Starts { ac: scanner(&strings)?, strings, folded })),
            _ => None,
        };
        let lines = match &parsed {
            h if starts.is_none() && h.properties().minimum_len().is_some_and(|n| n > 0) && at_line_start(h, false) => {
                let sets = if within_line(h) { required_sets(h) } else { Vec::new() };
                Some(sets.into_iter().filter_map(|(strings, folded)| Some(Starts { ac: scanner(&strings)?, strings, folded })).collect())
            }
            _ => None,
        };
        let text_start = lines.is_some() && at_line_start(&parsed, true);
        // A pattern searched only anchored at candidates never uses the engine's literal
        // prefilter (nor the reverse searches built around one): not built, which saves
        // startup time; matches do not depend on it. (The unanchored fallback for a haystack
        // with a [`FOLDS_TO_ASCII`] char finds the same matches without it.)
        let metac = metac.auto_prefilter(starts.is_none() && lines.is_none());
        let meta = Lazy { built: OnceLock::new(), recipe: Some((metac, syntaxc, parsed)) };
        Ok(Regex { meta, pattern: pattern.to_string(), starts, lines, text_start, required, plain: OnceLock::new() })
    }

    pub fn as_str(&self) -> &str {
        &self.pattern
    }

    /// Does `hay` lack every required string (so that the pattern cannot match)?
    fn excluded(&self, hay: &str) -> bool {
        self.required.as_ref().is_some_and(|r| !(r.folded && has_ascii_fold(hay) || r.ac.is_match(hay)))
    }

    /// The candidate start positions, if they are complete for this haystack.
    fn starts_for(&self, hay: &str) -> Option<Cands<'_>> {
        if let Some(filter) = &self.lines {
            return Some(if self.text_start { Cands::Start(filter) } else { Cands::Lines(filter) });
        }
        let s = self.starts.as_ref()?;
        if s.folded && has_ascii_fold(hay) {
            return None;
        }
        Some(Cands::Literal(s))
    }

    pub fn is_match(&self, hay: &str) -> bool {
        match self.starts_for(hay) {
            None if self.excluded(hay) => false,
            None => self.meta.is_match(Input::new(hay)),
            Some(s) => {
                let mut from = 0;
                while let Some(at) = next_candidate(s, hay, from) {
                    if self.meta.is_match(anchored(hay, at).earliest(true)) {
                        return true;
                    }
                    from = at + 1;
                }
                false
            }
        }
    }

    pub fn find<'h>(&self, hay: &'h str) -> Option<Match<'h>> {
        self.find_iter(hay).next()
    }

    /// The match that starts at the haystack's start, if any: what
    /// `find(hay).filter(|m| m.start() == 0)` gives (the leftmost match starts at 0 when one
    /// does), without searching the rest of the haystack for a later one.
    pub fn find_at_start<'h>(&self, hay: &'h str) -> Option<Match<'h>> {
        self.meta.search(&anchored(hay, 0)).map(|m| Match { hay, start: m.start(), end: m.end() })
    }

    pub fn find_iter<'r, 'h>(&'r self, hay: &'h str) -> Matches<'r, 'h> {
        let inner = match self.starts_for(hay) {
            Some(s) => Iter::Scan { re: self, starts: s, hay, from: 0 },
            None if self.excluded(hay) => Iter::Empty,
            None => Iter::Plain(self.meta.find_iter(hay)),
        };
        Matches { hay, inner }
    }

    pub fn captures<'h>(&self, hay: &'h str) -> Option<Captures<'h>> {
        self.captures_iter(hay).next()
    }

    pub fn captures_iter<'r, 'h>(&'r self, hay: &'h str) -> CaptureMatches<'r, 'h> {
        let inner = match self.find_iter(hay) {
            Matches { inner: Iter::Plain(_), .. } => CapIter::Plain(self.meta.captures_iter(hay)),
            Matches { inner: Iter::Empty, .. } => CapIter::Empty,
            scan => CapIter::Scan(self, scan),
        };
        CaptureMatches { hay, inner }
    }

    /// Captures of the match that starts at `m.start` (anchored there: the same match).
    fn captures_at(&self, hay: &str, start: usize) -> MetaCaptures {
        let mut caps = self.meta.create_captures();
        self.meta.search_captures(&anchored(hay, start), &mut caps);
        caps
    }
}

/// The engine of a [`Regex`], built when a search first needs it: compiling the NFAs is most
/// of a rule's start-up cost, and a run that never searches with a rule (short runs, rules
/// behind a cheap test that no article passes) does not pay it. The pattern was parsed (and
/// checked) by [`Regex::new`]; only the size limit the `regex` crate also applies can still
/// fail the build, which panics as a rule that does not compile does at start-up.
struct Lazy {
    built: OnceLock<meta::Regex>,
    recipe: Option<(meta::Config, syntax::Config, Hir)>,
}

impl Deref for Lazy {
    type Target = meta::Regex;
    fn deref(&self) -> &meta::Regex {
        self.built.get_or_init(|| {
            let (metac, syntaxc, hir) = self.recipe.as_ref().expect("an engine without one is built at once");
            meta::Builder::new()
                .configure(metac.clone())
                .syntax(*syntaxc)
                .build_from_hir(hir)
                .unwrap_or_else(|e| panic!("pattern does not compile: {e}"))
        })
    }
}

impl Deref for Regex {
    type Target = regex::Regex;
    fn deref(&self) -> &regex::Regex {
        self.plain.get_or_init(|| regex::Regex::new(&self.pattern).expect("pattern compiled once already"))
    }
}

/// Only reached when `meta` fails to build a pattern that `regex` accepts, which the two
/// sharing one engine rules out; kept total rather than panicking.
fn unreachable_regex(pattern: &str) -> Regex {
    let meta = meta::Regex::new(r"[^\s\S]").expect("trivial pattern");
    let meta = Lazy { built: OnceLock::from(meta), recipe: None };
    Regex { meta, pattern: pattern.to_string(), starts: None, lines: None, text_start: false, required: None, plain: OnceLock::new() }
}

/// Does `hay` hold a [`FOLDS_TO_ASCII`] character (`E2 84 AA`, `C5 BF`)? memchr over the lead
/// bytes: `str::contains` with a char set walks char by char.
fn has_ascii_fold(hay: &str) -> bool {
    let b = hay.as_bytes();
    memchr::memchr2_iter(0xE2, 0xC5, b).any(|i| match b[i] {
        0xE2 => b.get(i + 1..i + 3) == Some(&[0x84, 0xAA]),
        _ => b.get(i + 1) == Some(&0xBF),
    })
}

fn anchored(hay: &str, at: usize) -> Input<'_> {
    Input::new(hay).range(at..hay.len()).anchored(Anchored::Yes)
}

/// Where a match may start.
#[derive(Clone, Copy)]
enum Cands<'r> {
    /// Where a start string occurs.
    Literal(&'r Starts),
    /// At a line start (the haystack's start or after a `\n`) of a line that holds a string
    /// of each of these sets.
    Lines(&'r [Starts]),
    /// At the haystack's start, if its first line holds a string of each of these sets.
    Start(&'r [Starts]),
}

/// The first candidate position at or after `from`. Leftmost search gives the earliest
/// start, so stepping `from` one byte past each candidate visits every start position in
/// order, overlapping ones included. (Start strings begin with a whole character, and line
/// starts follow a `\n`, so candidates are character boundaries.)
fn next_candidate(c: Cands<'_>, hay: &str, from: usize) -> Option<usize> {
    if from > hay.len() {
        return None;
    }
    match c {
        Cands::Literal(s) => s.ac.find(aho_corasick::Input::new(hay).range(from..)).map(|m| m.start()),
        Cands::Lines(sets) => next_line(sets, hay, from),
        Cands::Start(sets) => {
            let line = &hay[..memchr::memchr(b'\n', hay.as_bytes()).unwrap_or(hay.len())];
            (from == 0 && sets.iter().all(|s| (s.folded && has_ascii_fold(line)) || s.ac.is_match(line))).then_some(0)
        }
    }
}

/// The first line start at or after `from` whose line holds a string of each set. Jumps
/// from one occurrence of the first set's strings to the next (a set's strings are rare
/// compared with lines, or they would not help); a set from a class with a
/// [`FOLDS_TO_ASCII`] char is checked line by line, where the char decides.
fn next_line(sets: &[Starts], hay: &str, from: usize) -> Option<usize> {
    let bytes = hay.as_bytes();
    let line_end = |at: usize| memchr::memchr(b'\n', &bytes[at..]).map_or(hay.len(), |i| at + i);
    let holds = |set: &Starts, line: &str| (set.folded && has_ascii_fold(line)) || set.ac.is_match(line);
    let first_line = if from == 0 { 0 } else { from + memchr::memchr(b'\n', &bytes[from - 1..])? };
    match sets.split_first() {
        Some((first, rest)) if !first.folded => {
            let mut pos = first_line;
            loop {
                let occ = first.ac.find(aho_corasick::Input::new(hay).range(pos..))?.start();
                let start = memchr::memrchr(b'\n', &bytes[..occ]).map_or(0, |i| i + 1);
                let end = line_end(occ);
                if start >= from && rest.iter().all(|s| holds(s, &hay[start..end])) {
                    return Some(start);
                }
                if end == hay.len() {
                    return None;
                }
                pos = end + 1;
            }
        }
        _ => {
            let mut at = first_line;
            loop {
                let end = line_end(at);
                if sets.iter().all(|s| holds(s, &hay[at..end])) {
                    return Some(at);
                }
                if end == hay.len() {
                    return None;
                }
                at = end + 1;
            }
        }
    }
}

/// Can no match of `hir` hold a `\n`? (Then a match lies within one line.)
fn within_line(hir: &Hir) -> bool {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => true,
        HirKind::Literal(l) => !l.0.contains(&b'\n'),
        HirKind::Class(Class::Unicode(c)) => c.ranges().iter().all(|r| !(r.start()..=r.end()).contains(&'\n')),
        HirKind::Class(Class::Bytes(c)) => c.ranges().iter().all(|r| !(r.start()..=r.end()).contains(&b'\n')),
        HirKind::Repetition(r) => within_line(&r.sub),
        HirKind::Capture(c) => within_line(&c.sub),
        HirKind::Concat(v) | HirKind::Alternation(v) => v.iter().all(within_line),
    }
}

/// Sets of strings such that every match holds a string of each set: the start strings of
/// the tails of a concatenation (each tail's match is part of the whole match), at most
/// [`MAX_SETS`], those with the longest shortest string first.
fn required_sets(hir: &Hir) -> Vec<(Vec<Vec<u8>>, bool)> {
    let mut h = hir;
    while let HirKind::Capture(c) = h.kind() {
        h = &c.sub;
    }
    let HirKind::Concat(parts) = h.kind() else {
        return required_strings(hir).into_iter().collect();
    };
    let mut sets: Vec<(Vec<Vec<u8>>, bool)> = Vec::new();
    for i in 0..parts.len() {
        let mut folded = false;
        let Some(p) = prefixes(&Hir::concat(parts[i..].to_vec()), &mut folded) else { continue };
        let mut set = p.set;
        if set.is_empty() || set.iter().any(Vec::is_empty) || set.len() > MAX_STRINGS {
            continue;
        }
        set.sort();
        set.dedup();
        if !sets.iter().any(|(s, _)| *s == set) {
            sets.push((set, folded));
        }
    }
    let shortest = |s: &Vec<Vec<u8>>| s.iter().map(Vec::len).min().unwrap_or(0);
    sets.sort_by_key(|(s, _)| (std::cmp::Reverse(shortest(s)), s.len()));
    sets.truncate(MAX_SETS);
    sets
}

/// Does every match of `hir` start at a line start (`(?m)^` or `^` before anything else)?
/// With `text`: at the haystack's start (`^` without `m`, `\A`).
fn at_line_start(hir: &Hir, text: bool) -> bool {
    use regex_syntax::hir::Look;
    match hir.kind() {
        HirKind::Look(l) => matches!(l, Look::Start) || !text && matches!(l, Look::StartLF),
        HirKind::Capture(c) => at_line_start(&c.sub, text),
        HirKind::Repetition(r) => r.min >= 1 && at_line_start(&r.sub, text),
        HirKind::Alternation(alts) => alts.iter().all(|a| at_line_start(a, text)),
        // zero-width assertions at the head all hold at the match start
        HirKind::Concat(parts) => {
            for p in parts {
                match p.kind() {
                    HirKind::Look(_) if at_line_start(p, text) => return true,
                    HirKind::Look(_) => continue,
                    _ => return at_line_start(p, text),
                }
            }
            false
        }
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) => false,
    }
}

/// A match: byte range in the haystack.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match<'h> {
    hay: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    pub fn start(&self) -> usize {
        self.start
    }
    pub fn end(&self) -> usize {
        self.end
    }
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
    pub fn as_str(&self) -> &'h str {
        &self.hay[self.start..self.end]
    }
    pub fn len(&self) -> usize {
        self.end - self.start
    }
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// Successive non-overlapping matches, as `regex::Regex::find_iter` gives them.
pub struct Matches<'r, 'h> {
    hay: &'h str,
    inner: Iter<'r, 'h>,
}

enum Iter<'r, 'h> {
    /// Anchored searches at the candidate starts, left to right.
    Scan { re: &'r Regex, starts: Cands<'r>, hay: &'h str, from: usize },
    /// The engine's own iterator (what `regex` uses).
    Plain(meta::FindMatches<'r, 'h>),
    /// Anchored searches at candidate starts found beforehand by a [`Scan`], ascending.
    Listed { re: &'r Regex, cands: Vec<usize>, next: usize, from: usize },
    /// A required string is missing: no match.
    Empty,
}

impl<'h> Iterator for Matches<'_, 'h> {
    type Item = Match<'h>;
    fn next(&mut self) -> Option<Match<'h>> {
        let hay = self.hay;
        match &mut self.inner {
            Iter::Scan { re, starts, hay: h, from } => {
                // every start string is non-empty and line-start patterns match no empty
                // string, so matches are non-empty: no empty-match stepping
                while let Some(at) = next_candidate(*starts, h, *from) {
                    if let Some(m) = re.meta.search(&anchored(h, at)) {
                        *from = m.end();
                        return Some(Match { hay, start: m.start(), end: m.end() });
                    }
                    *from = at + 1;
                }
                *from = h.len() + 1;
                None
            }
            Iter::Listed { re, cands, next, from } => {
                // the same steps as `Scan`, the candidates read from the list
                while let Some(&at) = cands.get(*next) {
                    *next += 1;
                    if at < *from {
                        continue;
                    }
                    if let Some(m) = re.meta.search(&anchored(hay, at)) {
                        *from = m.end();
                        return Some(Match { hay, start: m.start(), end: m.end() });
                    }
                    *from = at + 1;
                }
                None
            }
            Iter::Plain(it) => it.next().map(|m| Match { hay, start: m.start(), end: m.end() }),
            Iter::Empty => None,
        }
    }
}

/// Capture groups of one match.
pub struct Captures<'h> {
    hay: &'h str,
    caps: MetaCaptures,
    len: usize,
}

impl<'h> Captures<'h> {
    pub fn get(&self, i: usize) -> Option<Match<'h>> {
        self.caps.get_group(i).map(|s| Match { hay: self.hay, start: s.start, end: s.end })
    }
    pub fn name(&self, name: &str) -> Option<Match<'h>> {
        self.caps.get_group_by_name(name).map(|s| Match { hay: self.hay, start: s.start, end: s.end })
    }
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        false
    }
}

impl std::ops::Index<usize> for Captures<'_> {
    type Output = str;
    fn index(&self, i: usize) -> &str {
        let s = self.caps.get_group(i).unwrap_or_else(|| panic!("no group at index '{i}'"));
        &self.hay[s.start..s.end]
    }
}

impl std::ops::Index<&str> for Captures<'_> {
    type Output = str;
    fn index(&self, name: &str) -> &str {
        let s = self.caps.get_group_by_name(name).unwrap_or_else(|| panic!("no group named '{name}'"));
        &self.hay[s.start..s.end]
    }
}

/// Successive captures, as `regex::Regex::captures_iter` gives them.
pub struct CaptureMatches<'r, 'h> {
    hay: &'h str,
    inner: CapIter<'r, 'h>,
}

enum CapIter<'r, 'h> {
    Scan(&'r Regex, Matches<'r, 'h>),
    Plain(meta::CapturesMatches<'r, 'h>),
    Empty,
}

impl<'h> Iterator for CaptureMatches<'_, 'h> {
    type Item = Captures<'h>;
    fn next(&mut self) -> Option<Captures<'h>> {
        let (caps, len) = match &mut self.inner {
            CapIter::Scan(re, it) => {
                let m = it.next()?;
                (re.captures_at(self.hay, m.start), re.meta.captures_len())
            }
            CapIter::Plain(it) => {
                let caps = it.next()?;
                let len = caps.group_len();
                (caps, len)
            }
            CapIter::Empty => return None,
        };
        Some(Captures { hay: self.hay, caps, len })
    }
}

/// Only a Unicode word boundary makes the lazy DFA give up on non-ASCII text; other patterns
/// are searched as `regex` searches them.
fn has_unicode_word_boundary(hir: &Hir) -> bool {
    use regex_syntax::hir::Look;
    match hir.kind() {
        HirKind::Look(l) => matches!(
            l,
            Look::WordUnicode
                | Look::WordUnicodeNegate
                | Look::WordStartUnicode
                | Look::WordEndUnicode
                | Look::WordStartHalfUnicode
                | Look::WordEndHalfUnicode
        ),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) => false,
        HirKind::Repetition(r) => has_unicode_word_boundary(&r.sub),
        HirKind::Capture(c) => has_unicode_word_boundary(&c.sub),
        HirKind::Concat(v) | HirKind::Alternation(v) => v.iter().any(has_unicode_word_boundary),
    }
}

/// The literal strings (lower-cased) that every match of `hir` starts with, and whether a
/// case-insensitive class with a [`FOLDS_TO_ASCII`] member went into them. `None` when there
/// is no such finite set of non-empty strings.
fn start_strings(hir: &Hir) -> Option<(Vec<Vec<u8>>, bool)> {
    let mut folded = false;
    let p = prefixes(hir, &mut folded)?;
    let mut set = p.set;
    if set.is_empty() || set.iter().any(Vec::is_empty) || set.len() > MAX_STRINGS {
        return None;
    }
    set.sort();
    set.dedup();
    Some((set, folded))
}

/// Strings (lower-cased) one of which every match of `hir` contains, and the fold flag as for
/// [`start_strings`]. For a concatenation, the start strings of its best tail (every match
/// ends with a match of each tail); the best set is the one whose shortest string is longest.
fn required_strings(hir: &Hir) -> Option<(Vec<Vec<u8>>, bool)> {
    let mut folded = false;
    let set = required(hir, &mut folded)?;
    let mut set: Vec<Vec<u8>> = set;
    if set.is_empty() || set.iter().any(Vec::is_empty) || set.len() > MAX_STRINGS {
        return None;
    }
    set.sort();
    set.dedup();
    Some((set, folded))
}

fn required(hir: &Hir, folded: &mut bool) -> Option<Vec<Vec<u8>>> {
    let usable = |set: &Vec<Vec<u8>>| !set.is_empty() && set.iter().all(|s| !s.is_empty()) && set.len() <= MAX_STRINGS;
    match hir.kind() {
        HirKind::Capture(c) => required(&c.sub, folded),
        HirKind::Repetition(r) if r.min >= 1 => required(&r.sub, folded),
        HirKind::Alternation(alts) => {
            let mut set = Vec::new();
            for a in alts {
                set.extend(required(a, folded)?);
            }
            usable(&set).then_some(set)
        }
        HirKind::Concat(parts) => {
            let mut best: Option<(Vec<Vec<u8>>, bool)> = None;
            for i in 0..parts.len() {
                let mut f = false;
                let tail = Hir::concat(parts[i..].to_vec());
                let Some(p) = prefixes(&tail, &mut f) else { continue };
                if !usable(&p.set) {
                    continue;
                }
                let score = |s: &Vec<Vec<u8>>| s.iter().map(Vec::len).min().unwrap_or(0);
                if best.as_ref().is_none_or(|(b, _)| score(&p.set) > score(b)) {
                    best = Some((p.set, f));
                }
            }
            let (set, f) = best?;
            *folded |= f;
            Some(set)
        }
        _ => {
            let p = prefixes(hir, folded)?;
            usable(&p.set).then_some(p.set)
        }
    }
}

/// Strings every match starts with; `exact`: every match is one of them.
struct Prefixes {
    set: Vec<Vec<u8>>,
    exact: bool,
}

fn prefixes(hir: &Hir, folded: &mut bool) -> Option<Prefixes> {
    let exact = |set: Vec<Vec<u8>>| Some(Prefixes { set, exact: true });
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => exact(vec![Vec::new()]),
        HirKind::Literal(l) => exact(vec![l.0.to_ascii_lowercase()]),
        HirKind::Class(c) => class_strings(c, folded).and_then(exact),
        HirKind::Capture(c) => prefixes(&c.sub, folded),
        HirKind::Repetition(r) => {
            if r.min == 0 {
                return Some(Prefixes { set: vec![Vec::new()], exact: false });
            }
            let p = prefixes(&r.sub, folded)?;
            Some(Prefixes { set: p.set, exact: p.exact && r.min == 1 && r.max == Some(1) })
        }
        HirKind::Alternation(alts) => {
            let mut set = Vec::new();
            let mut all_exact = true;
            for a in alts {
                let p = prefixes(a, folded)?;
                all_exact &= p.exact;
                set.extend(p.set);
                if set.len() > MAX_STRINGS {
                    return None;
                }
            }
            Some(Prefixes { set, exact: all_exact })
        }
        HirKind::Concat(parts) => {
            let mut acc: Vec<Vec<u8>> = vec![Vec::new()];
            for part in parts {
                if matches!(part.kind(), HirKind::Look(_)) {
                    continue;
                }
                let Some(p) = prefixes(part, folded) else {
                    return Some(Prefixes { set: acc, exact: false });
                };
                if acc.len() * p.set.len() > MAX_STRINGS {
                    return Some(Prefixes { set: acc, exact: false });
                }
                let mut next = Vec::with_capacity(acc.len() * p.set.len());
                let mut capped = false;
                for a in &acc {
                    for b in &p.set {
                        let mut s = a.clone();
                        s.extend_from_slice(b);
                        if s.len() > MAX_PREFIX {
                            s.truncate(floor_utf8(&s, MAX_PREFIX));
                            capped = true;
                        }
                        next.push(s);
                    }
                }
                next.sort();
                next.dedup();
                acc = next;
                if !p.exact || capped {
                    return Some(Prefixes { set: acc, exact: false });
                }
            }
            Some(Prefixes { set: acc, exact: true })
        }
    }
}

/// Cut a byte string at or before `n` on a UTF-8 boundary.
fn floor_utf8(s: &[u8], mut n: usize) -> usize {
    while n > 0 && n < s.len() && (s[n] as i8) < -0x40 {
        n -= 1;
    }
    n
}

/// The members of a small class as lower-cased one-character strings.
fn class_strings(c: &Class, folded: &mut bool) -> Option<Vec<Vec<u8>>> {
    let mut out: Vec<Vec<u8>> = Vec::new();
    match c {
        Class::Unicode(u) => {
            let mut n = 0usize;
            for r in u.ranges() {
                n += (r.end() as usize) - (r.start() as usize) + 1;
                if n > MAX_CLASS {
                    return None;
                }
                for ch in r.start()..=r.end() {
                    if FOLDS_TO_ASCII.contains(&ch) {
                        // stands for its ASCII letter, which the class also holds
                        *folded = true;
                        continue;
                    }
                    let mut buf = [0u8; 4];
                    out.push(ch.encode_utf8(&mut buf).as_bytes().to_ascii_lowercase());
                }
            }
        }
        Class::Bytes(b) => {
            let mut n = 0usize;
            for r in b.ranges() {
                n += (r.end() as usize) - (r.start() as usize) + 1;
                if n > MAX_CLASS {
                    return None;
                }
                for byte in r.start()..=r.end() {
                    out.push(vec![byte.to_ascii_lowercase()]);
                }
            }
        }
    }
    out.sort();
    out.dedup();
    (!out.is_empty()).then_some(out)
}

mod scan;
pub use scan::{Scan, Scanned};

#[cfg(test)]
mod tests;
