//! The outlet that published the article, as the text (or metadata) reveals it.
//!
//! (Interface stub; the rules are being written.)

use crate::extract::{Found, Meta};
use crate::lexicon::Lexicon;
use crate::text::Doc;

/// Compiled outlet rules.
pub struct Rules {}

impl Rules {
    pub fn new(_lex: &Lexicon) -> Rules {
        Rules {}
    }

    pub fn find(&self, _doc: &Doc, _meta: &Meta) -> Option<Found> {
        None
    }
}
