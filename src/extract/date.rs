//! Dates: the article's publication date and the date of each denial statement.
//!
//! (Interface stub; the rules are being written.)

use crate::extract::{Found, Meta};
use crate::lexicon::Lexicon;
use crate::text::{Doc, Span};

/// Compiled date rules.
pub struct Rules {}

impl Rules {
    pub fn new(_lex: &Lexicon) -> Rules {
        Rules {}
    }

    /// Find every date expression of the article once.
    pub fn scan(&self, _doc: &Doc, _meta: &Meta) -> DateIndex {
        DateIndex { published: None }
    }
}

/// The dates of one article.
#[derive(Debug, Clone, Default)]
pub struct DateIndex {
    /// The article's own publication date (`article.published`).
    pub published: Option<Found>,
}

impl DateIndex {
    /// The date of a statement whose evidence lies in `anchor` (the denial sentence, its quote):
    /// a date attached to those sentences, else the publication date, else a year-less day
    /// completed with a year stated elsewhere, else a year; `None` when the text has no year.
    pub fn statement_date(&self, _doc: &Doc, _anchor: &[Span]) -> Option<Found> {
        self.published.clone()
    }
}
