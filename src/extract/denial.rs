//! Denial statements: which company denies, where.
use crate::extract::{Found, company, quote};
use crate::lexicon::Lexicon;
use crate::text::{Doc, Span};

pub struct Rules {}

impl Rules {
    pub fn new(_lex: &Lexicon) -> Rules {
        Rules {}
    }
    pub fn prefilter(&self, _text: &str) -> bool {
        true
    }
    pub fn find(&self, _doc: &Doc, _company: &company::Rules, _quotes: &[quote::Attributed]) -> Vec<Statement> {
        Vec::new()
    }
}

#[derive(Debug, Clone)]
pub struct Statement {
    pub company: Found,
    pub speaker: Option<Found>,
    pub sentence: usize,
}

impl Statement {
    pub fn anchor_spans(&self, _quote: Option<&quote::Chosen>) -> Vec<Span> {
        Vec::new()
    }
}
