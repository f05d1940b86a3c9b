//! Direct quotes and who said them.
use crate::extract::{Found, denial::Statement};
use crate::lexicon::Lexicon;
use crate::record::QuoteKind;
use crate::text::{Doc, Span};

pub struct Rules {}

impl Rules {
    pub fn new(_lex: &Lexicon) -> Rules {
        Rules {}
    }
    pub fn attribute(&self, _doc: &Doc) -> Vec<Attributed> {
        Vec::new()
    }
}

/// A direct quote with its speaker, if one could be attributed.
#[derive(Debug, Clone)]
pub struct Attributed {
    pub inner: Span,
    pub speaker: Option<Span>,
}

/// The quote chosen for a record.
#[derive(Debug, Clone)]
pub struct Chosen {
    pub found: Found,
    pub kind: QuoteKind,
}

pub fn choose(_doc: &Doc, _st: &Statement, _quotes: &[Attributed]) -> Option<Chosen> {
    None
}
