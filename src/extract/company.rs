//! Companies: is a name a company, and which one.
use crate::lexicon::Lexicon;

pub struct Rules {}

impl Rules {
    pub fn new(_lex: &Lexicon) -> Rules {
        Rules {}
    }
}
