//! Denials a person makes about themself. A company's officer who denies something about
//! himself ("Bos PT X, Hendra, membantah dirinya berselingkuh") speaks as an individual, and
//! the annotation gives individuals no record: the claim is about "dirinya", and what he
//! says is in the first person singular ("saya"), not the company's "kami".

use crate::rx::Regex;
use crate::text::Span;

pub(super) struct PersonalRules {
    /// The object of a denial verb that is the speaker himself, after any report noun:
    /// "membantah (kabar bahwa) dirinya ...".
    about_self: Regex,
    /// Words of a speaker talking as or for an organisation.
    plural: Regex,
    singular: Regex,
}

impl PersonalRules {
    pub(super) fn new() -> PersonalRules {
        let build = |s: &str| Regex::new(s).unwrap_or_else(|e| panic!("personal pattern does not compile: {e}"));
        PersonalRules {
            about_self: build(
                r"(?i)^[\s,]*(?:(?:kabar|isu|tudingan|tuduhan|rumor|informasi|berita|laporan)\s+(?:yang\s+menyebut(?:kan)?\s+|bahwa\s+)?|bahwa\s+|telah\s+)?dirinya\b",
            ),
            plural: build(r"(?i)\b(?:kami|kita|perusahaan|perseroan|pihaknya|manajemen)\b"),
            singular: build(r"(?i)\b(?:saya|aku|gue|gw)\b"),
        }
    }

    /// Is the claim after `cue` (to the end of the sentence) about the denier himself?
    pub(super) fn about_self(&self, text: &str, sent: &Span, cue: &Span) -> bool {
        self.about_self.is_match(&text[cue.end..sent.end])
    }

    /// Does a quote speak for the speaker alone ("saya"), not for an organisation ("kami")?
    pub(super) fn first_person_singular(&self, quote: &str) -> bool {
        self.singular.is_match(quote) && !self.plural.is_match(quote)
    }
}
