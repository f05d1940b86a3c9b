//! The extraction pipeline: article text in, typed records with evidence out.
//!
//! Data flows one way: the text is analysed once ([`Doc`]: paragraphs, sentences, quotes),
//! each extractor finds its candidates, [`denial`] decides which companies deny what, and
//! [`assemble`] builds the records. Every value is a [`Found`]: the value, where it came from,
//! and the stable id of the rule that found it.

pub mod allegation;
pub mod company;
pub mod date;
pub mod denial;
pub mod outlet;
pub mod quote;

use std::collections::BTreeMap;

use crate::lexicon::Lexicon;
use crate::record::{ArticleInfo, ArticleOutput, Evidence, Record, SCHEMA_VERSION};
use crate::text::{Doc, Span};

/// Metadata that came with an article (JSONL fields, page metadata), all optional.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    pub url: Option<String>,
    pub title: Option<String>,
    /// A publication date as given by the source (ISO 8601 date or date-time).
    pub published: Option<String>,
    /// The site name from page metadata (`og:site_name`, JSON-LD publisher).
    pub site_name: Option<String>,
    /// The page's own canonical URL (`<link rel=canonical>`, `og:url`); may differ from `url`.
    pub canonical_url: Option<String>,
    /// For values read from page metadata: field name (`"published"`, `"site_name"`,
    /// `"title"`, `"url"`, `"canonical_url"`) -> the key it came from (`"og:site_name"`,
    /// `"json-ld:datePublished"`, `"warc:WARC-Target-URI"`), for evidence. Missing: the
    /// field name itself is the key.
    pub keys: BTreeMap<String, String>,
}

impl Meta {
    /// The key a metadata field's value came from (see [`Meta::keys`]).
    pub fn key_of<'a>(&'a self, field: &'a str) -> &'a str {
        self.keys.get(field).map(String::as_str).unwrap_or(field)
    }
}

/// One article to extract from.
#[derive(Debug, Clone)]
pub struct Article {
    pub id: String,
    /// Where it was read from, for the output's `article.source`.
    pub source: String,
    pub text: String,
    /// Hex SHA-256 of the input bytes.
    pub sha256: String,
    pub meta: Meta,
    /// Problems met while decoding the input.
    pub warnings: Vec<String>,
}

impl Article {
    /// An article from text alone (the bytes hashed are the text's UTF-8).
    pub fn from_text(id: &str, source: &str, text: &str) -> Article {
        Article {
            id: id.to_string(),
            source: source.to_string(),
            text: text.to_string(),
            sha256: crate::sha256_hex(text.as_bytes()),
            meta: Meta::default(),
            warnings: Vec::new(),
        }
    }
}

/// Where a value came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A byte span of the article text.
    Text(Span),
    /// A metadata field: its key and its raw value.
    Meta { key: String, text: String },
}

/// A value found by a rule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub value: String,
    pub origin: Origin,
    pub rule: &'static str,
}

impl Found {
    pub fn text(value: impl Into<String>, span: Span, rule: &'static str) -> Found {
        Found { value: value.into(), origin: Origin::Text(span), rule }
    }

    pub fn span(&self) -> Option<&Span> {
        match &self.origin {
            Origin::Text(s) => Some(s),
            Origin::Meta { .. } => None,
        }
    }

    /// The evidence entry for the output: character offsets and the exact source slice.
    pub fn evidence(&self, doc: &Doc) -> Evidence {
        match &self.origin {
            Origin::Text(span) => {
                let (s, e) = doc.char_span(span);
                Evidence::span(s, e, doc.slice(span), self.rule)
            }
            Origin::Meta { key, text } => Evidence::meta(key, text, self.rule),
        }
    }
}

/// All compiled rules, built once from a lexicon and shared by every article (and thread).
pub struct Extractor {
    denial: denial::Rules,
    company: company::Rules,
    quote: quote::Rules,
    allegation: allegation::Rules,
    date: date::Rules,
    outlet: outlet::Rules,
}

impl Extractor {
    pub fn new(lex: &Lexicon) -> Extractor {
        // Compiling the rules is most of a short run's time: the company and outlet rules
        // (about half of it) compile on a second thread meanwhile.
        std::thread::scope(|s| {
            let other = s.spawn(|| (company::Rules::new(lex), outlet::Rules::new(lex)));
            let denial = denial::Rules::new(lex);
            let quote = quote::Rules::new(lex);
            let allegation = allegation::Rules::new(lex);
            let date = date::Rules::new(lex);
            let (company, outlet) = match other.join() {
                Ok(c) => c,
                Err(panic) => std::panic::resume_unwind(panic),
            };
            Extractor { denial, company, quote, allegation, date, outlet }
        })
    }

    /// The built-in lexicon's extractor.
    pub fn builtin() -> Extractor {
        Extractor::new(&Lexicon::builtin())
    }

    /// Cheap first pass: does the text hold any denial cue at all? Articles without one skip
    /// the full analysis (and get no records, which the full analysis would agree with).
    pub fn may_hold_denial(&self, text: &str) -> bool {
        self.denial.prefilter(text)
    }

    /// Extract one article.
    pub fn extract(&self, article: &Article) -> ArticleOutput {
        let doc = Doc::new(&article.text);
        let outlet = self.outlet.find(&doc, &article.meta);
        let dates = self.date.scan(&doc, &article.meta);
        let mut records = Vec::new();
        if self.may_hold_denial(&article.text) {
            let quotes = self.quote.attribute(&doc);
            let statements = self.denial.find(&doc, &self.company, &quotes);
            let mut echoed: Option<Found> = None;
            for st in statements {
                let record = self.assemble(&doc, &st, &quotes, &dates, outlet.as_ref(), &mut echoed);
                records.push(record);
            }
        }
        let mut evidence = BTreeMap::new();
        if let Some(o) = &outlet {
            evidence.insert("outlet".to_string(), o.evidence(&doc));
        }
        let published = dates.published.clone();
        if let Some(p) = &published {
            evidence.insert("published".to_string(), p.evidence(&doc));
        }
        ArticleOutput {
            schema_version: SCHEMA_VERSION,
            article: ArticleInfo {
                id: article.id.clone(),
                source: article.source.clone(),
                sha256: article.sha256.clone(),
                url: article.meta.url.clone(),
                outlet: outlet.map(|o| o.value),
                published: published.map(|p| p.value),
                evidence,
                warnings: article.warnings.clone(),
            },
            records,
        }
    }

    fn assemble(
        &self,
        doc: &Doc,
        st: &denial::Statement,
        quotes: &[quote::Attributed],
        dates: &date::DateIndex,
        outlet: Option<&Found>,
        echoed: &mut Option<Found>,
    ) -> Record {
        let quote = self.quote.choose(doc, st, quotes);
        // a denier who "said the same" denies the claim of the record before it
        let allegation = self.allegation.find(doc, st, echoed.as_ref());
        if allegation.is_some() {
            echoed.clone_from(&allegation);
        }
        let anchor: Vec<Span> = st.anchor_spans(doc, quote.as_ref());
        let date = dates.statement_date(doc, &anchor);
        let mut evidence = BTreeMap::new();
        let mut put = |name: &str, f: Option<&Found>| {
            if let Some(f) = f {
                evidence.insert(name.to_string(), f.evidence(doc));
            }
        };
        put("company", Some(&st.company));
        put("allegation", allegation.as_ref());
        put("denial_quote", quote.as_ref().map(|q| &q.found));
        // the speaker of the chosen quote, else whoever the denial sentence names
        let speaker = quote.as_ref().and_then(|q| q.speaker.clone()).or_else(|| st.speaker.clone());
        put("speaker", speaker.as_ref());
        put("date", date.as_ref());
        put("outlet", outlet);
        Record {
            company: st.company.value.clone(),
            allegation: allegation.map(|a| a.value),
            quote_kind: quote.as_ref().map(|q| q.kind),
            denial_quote: quote.map(|q| q.found.value),
            speaker: speaker.map(|s| s.value),
            date: date.map(|d| d.value),
            outlet: outlet.map(|o| o.value.clone()),
            evidence,
        }
    }
}
