//! denialkb: a structured knowledge base of corporate denials from Indonesian news.
//!
//! The library turns article text into typed records (company, allegation, denial quote,
//! date, outlet), each value with the span of text it came from and the rule that found it.
//!
//! ```
//! use denialkb::extract::{Article, Extractor};
//! let ex = Extractor::builtin();
//! let art = Article::from_text("a1", "a1.txt", "Jakarta (ANTARA) - PT Contoh Jaya membantah menjual data pelanggan.");
//! let out = ex.extract(&art);
//! assert_eq!(out.article.id, "a1");
//! ```

pub mod diff;
pub mod crawl;
pub mod error;
pub mod eval;
pub mod extract;
pub mod html;
pub mod input;
pub mod output;
pub mod review;
pub mod lexicon;
pub mod record;
pub mod run;
pub mod rx;
pub mod schema;
pub mod text;
pub mod validate;
pub mod warc;
pub mod yaml;

pub use error::Error;

use sha2::{Digest, Sha256};

/// Lower-case hex SHA-256 of bytes.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let d = Sha256::digest(bytes);
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(64);
    for b in d.iter() {
        s.push(HEX[(b >> 4) as usize] as char);
        s.push(HEX[(b & 15) as usize] as char);
    }
    s
}
