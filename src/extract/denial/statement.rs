//! A company's denial as it is gathered: the sentences that report it, its quotes, and how
//! well each sentence would stand as the record's indirect quote.

use std::collections::HashMap;

use crate::extract::company::{self, OrgRef};
use crate::extract::{Found, quote};
use crate::text::{Doc, Span};

/// One company's denial, with everything the record needs.
#[derive(Debug, Clone)]
pub struct Statement {
    pub company: Found,
    pub key: String,
    pub speaker: Option<Found>,
    /// The sentence that reports the denial (also the indirect quote).
    pub indirect: Option<Span>,
    /// The denial cue in that sentence.
    pub cue: Option<Span>,
    /// Indices (into the attributed quotes) of this company's direct quotes.
    pub quotes: Vec<usize>,
    /// Denial strength of each of those quotes.
    pub quote_strength: HashMap<usize, u32>,
    pub rule: &'static str,
    /// How well `indirect` reports the denial (see `sentence_weight` in `denial.rs`).
    pub weight: i32,
    /// Every denial sentence of this company: (sentence, cue, rule, weight), best first.
    pub cues: Vec<(Span, Span, &'static str, i32)>,
}

impl Statement {
    /// Byte spans the statement's date is looked for in: the denial sentence and the quote
    /// (with the sentence that carries its attribution).
    pub fn anchor_spans(&self, doc: &Doc, quote: Option<&quote::Chosen>) -> Vec<Span> {
        let mut v = Vec::new();
        if let Some(s) = &self.indirect {
            v.push(s.clone());
        }
        if let Some(q) = quote.and_then(|q| q.found.span().cloned()) {
            v.push(q.clone());
            if let Some(i) = doc.sentence_at(q.end.saturating_sub(1)) {
                v.push(doc.sentences[i].span.clone());
            }
            // the attribution often follows the closing mark in the same paragraph
            if let Some(p) = doc.paragraph_at(q.start) {
                let para = &doc.paragraphs[p];
                let end = doc.text.floor_char_boundary(para.end.min(q.end + 200));
                v.push(q.end.min(para.end)..end.max(q.end.min(para.end)));
                // a quote opening its paragraph is often introduced by the sentence before,
                // which names its speaker ("Ditemui di kantornya, Rabu (4/10), GM ..., Made
                // Sudarsana, menegaskan ...")
                let opens = doc.text[para.start..q.start].trim_start_matches(['"', '“', '«', '\'', ' ']).is_empty();
                if opens && let Some(prev) = p.checked_sub(1).and_then(|i| doc.paragraphs.get(i)) {
                    let names_speaker = self.speaker.as_ref().is_some_and(|sp| {
                        let named = |t: &str| doc.slice(prev).match_indices(t).any(|(i, _)| company::word_boundary(doc.text, prev.start + i, prev.start + i + t.len()));
                        sp.value.split_whitespace().filter(|t| t.chars().count() >= 3 && t.chars().next().is_some_and(char::is_uppercase)).any(named)
                    });
                    if names_speaker && let Some(i) = doc.sentence_at(prev.end.saturating_sub(1)) {
                        v.push(doc.sentences[i].span.clone());
                    }
                }
            }
        }
        v
    }
}

/// How much a sentence naming several deniers loses against one naming the company alone.
const SHARED_SENTENCE_PENALTY: i32 = 25;

pub(super) fn merge(
    found: &mut Vec<Statement>,
    doc: &Doc,
    org: OrgRef,
    speaker: Option<Found>,
    sentence: Option<(Span, Span, i32, bool)>,
    rule: &'static str,
) {
    // the rank of a sentence as the record's indirect quote
    let rank = |weight: i32, shared: bool| if shared { weight - SHARED_SENTENCE_PENALTY } else { weight };
    if let Some(st) = found.iter_mut().find(|s| company::same_org(&s.key, &org.key)) {
        if let Some((sent, cue, weight, shared)) = sentence {
            st.cues.push((sent.clone(), cue.clone(), rule, weight));
            st.cues.sort_by_key(|c| (std::cmp::Reverse(c.3), c.0.start));
            if st.indirect.is_none() || rank(weight, shared) > st.weight {
                st.indirect = Some(sent);
                st.cue = Some(cue);
                st.rule = rule;
                st.weight = rank(weight, shared);
            }
        }
        if st.speaker.is_none() {
            st.speaker = speaker;
        }
        return;
    }
    let company = Found::text(doc.slice(&org.span), org.span.clone(), org.rule);
    let cues: Vec<(Span, Span, &'static str, i32)> =
        sentence.iter().map(|(s, c, w, _)| (s.clone(), c.clone(), rule, *w)).collect();
    let (indirect, cue, weight) = match sentence {
        Some((s, c, w, shared)) => (Some(s), Some(c), rank(w, shared)),
        None => (None, None, i32::MIN),
    };
    found.push(Statement {
        company,
        key: org.key,
        speaker,
        indirect,
        cue,
        quotes: Vec::new(),
        quote_strength: HashMap::new(),
        rule,
        weight,
        cues,
    });
}
