//! Allegations: what is denied.
use crate::extract::{Found, denial::Statement};
use crate::lexicon::Lexicon;
use crate::text::Doc;

pub struct Rules {}

impl Rules {
    pub fn new(_lex: &Lexicon) -> Rules {
        Rules {}
    }
    pub fn find(&self, _doc: &Doc, _st: &Statement) -> Option<Found> {
        None
    }
}
