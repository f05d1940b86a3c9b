//! Outlet names: from a name as written (or a host name) to the canonical outlet.
//!
//! Names are compared by a *key* that ignores case, dots, hyphens, spaces and a trailing
//! domain suffix, so `TRIBUN-TIMUR.COM`, `Tribun Timur` and `tribun-timur.com` meet. A name
//! that is no outlet of the lexicon may still be the member of a family (`SuaraSumut.id` →
//! `Suara.com`) when it sits in a slot that only an outlet fills (a dateline, a copyright
//! line); elsewhere only exact names count, since `Tribunal` is not a Tribun edition. A family
//! member's name must also read as an edition: the rest after the family's prefix is a place
//! or a channel word (`SuaraRiau.id`, `detikINET`, `Tribun Jabar Barat`), so a look-alike
//! site (`Suaramediaindonesia.com`) stays an outlet of its own.

use std::collections::{HashMap, HashSet};

use crate::rx::Regex;

use crate::lexicon::Lexicon;

/// Domain suffixes dropped from keys and recognised in domain-form names (`Optika.id`).
const SUFFIX: &str = r"(?:co\.id|or\.id|web\.id|my\.id|ac\.id|go\.id|sch\.id|biz\.id|net\.id|com\.my|co\.uk|com\.au|com|id|net|org|co|tv|info|news|io|asia|online|today|media|news\.id)";

/// Compass words that may follow a place in an edition's name (`Tribun Jabar Barat`).
const COMPASS: &[&str] = &["utara", "selatan", "timur", "barat", "tengah", "raya"];

/// The outlet lexicon, indexed for lookups.
pub struct Names {
    /// Key of every name → canonical name.
    exact: HashMap<String, String>,
    /// Every name as written → canonical, for case-sensitive mention matching.
    written: HashMap<String, String>,
    /// Every name in capitals → canonical (`KONTAN`).
    upper: HashMap<String, String>,
    /// (key prefix, canonical), longest prefix first.
    families: Vec<(String, String)>,
    /// (host name, canonical), longest host first.
    hosts: Vec<(String, String)>,
    /// Canonical names that weak rules ignore (wires, photo agencies, foreign outlets).
    cited_only: HashSet<String>,
    /// Keys of words that are never an outlet name (weekdays, labels).
    not_names: HashSet<String>,
    /// Keys of dateline places.
    places: HashSet<String>,
    /// Keys of edition (channel) words: `news`, `inet`, `health`.
    editions: HashSet<String>,
    /// Keys of section rubrics that open datelines (`NASIONAL, ...`).
    rubrics: HashSet<String>,
    /// Canonical wires whose own reporters receive releases (`diterima Antara Bali`).
    domestic_wires: HashSet<String>,
    /// Keys of companies and public bodies, which open lines as `Nama - ...` too.
    others: HashSet<String>,
    suffix: Regex,
    domain: Regex,
}

impl Names {
    pub fn new(lex: &Lexicon) -> Names {
        let mut exact = HashMap::new();
        let mut written = HashMap::new();
        let mut upper = HashMap::new();
        let mut hosts = Vec::new();
        let suffix = Regex::new(&format!(r"(?i)\.{SUFFIX}$")).expect("static regex");
        let domain = Regex::new(&format!(
            r"(?i)^(?:www\.)?[\p{{L}}\p{{N}}][\p{{L}}\p{{N}}\-]*(?:\.[\p{{L}}\p{{N}}\-]+)*\.{SUFFIX}$"
        ))
        .expect("static regex");
        let mut names = Names {
            exact: HashMap::new(),
            written: HashMap::new(),
            upper: HashMap::new(),
            families: Vec::new(),
            hosts: Vec::new(),
            cited_only: HashSet::new(),
            not_names: HashSet::new(),
            places: HashSet::new(),
            editions: HashSet::new(),
            rubrics: HashSet::new(),
            domestic_wires: HashSet::new(),
            others: HashSet::new(),
            suffix,
            domain,
        };
        // Full keys first (`bolanet`), then keys without the domain suffix (`bola`): a name
        // that differs from another only by its suffix is told apart, and the first entity to
        // claim a short key keeps it (the lexicon lists parents first).
        for e in lex.entities("outlets") {
            for n in &e.names {
                let k = full_key(n);
                if !k.is_empty() {
                    exact.entry(k).or_insert_with(|| e.canonical.clone());
                }
            }
        }
        for e in lex.entities("outlets") {
            for n in &e.names {
                let k = names.key(n);
                if !k.is_empty() {
                    exact.entry(k).or_insert_with(|| e.canonical.clone());
                }
                written.entry(n.clone()).or_insert_with(|| e.canonical.clone());
                upper.entry(n.to_uppercase()).or_insert_with(|| e.canonical.clone());
                if is_host(n) {
                    hosts.push((n.to_ascii_lowercase(), e.canonical.clone()));
                }
            }
        }
        hosts.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        names.exact = exact;
        names.written = written;
        names.upper = upper;
        let mut families: Vec<(String, String)> = lex
            .words("outlet_families")
            .iter()
            .filter_map(|l| l.split_once("=>"))
            .map(|(p, c)| (names.key(p.trim()), c.trim().to_string()))
            .filter(|(p, c)| !p.is_empty() && !c.is_empty())
            .collect();
        families.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        names.cited_only = lex.words("outlet_cited_only").iter().map(|w| names.canonical_of(w)).collect();
        names.not_names = lex.words("outlet_not_names").iter().map(|w| names.key(w)).collect();
        names.places = lex.words("dateline_places").iter().map(|w| names.key(w)).collect();
        names.editions = lex.words("outlet_edition_words").iter().map(|w| names.key(w)).collect();
        names.rubrics = lex.words("outlet_rubrics").iter().map(|w| names.key(w)).collect();
        names.domestic_wires = lex.words("outlet_domestic_wires").iter().map(|w| names.canonical_of(w)).collect();
        let companies = lex.entities("companies").iter().flat_map(|e| e.names.iter());
        names.others = companies.chain(lex.words("non_company").iter()).map(|w| names.key(w)).collect();
        names.families = families;
        names.hosts = hosts;
        names
    }

    /// The comparison key: lower-case letters and digits, without `www.` and domain suffix.
    pub fn key(&self, name: &str) -> String {
        let n = name.trim().trim_end_matches(['.', '-', ',']);
        let n = strip_prefix_ci(n, "www.").unwrap_or(n);
        let n = match self.suffix.find(n) {
            Some(m) if m.start() > 0 => &n[..m.start()],
            _ => n,
        };
        n.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
    }

    /// Does the name look like a web address (`Suara.com`, `IKNPOS.ID`)?
    pub fn is_domain(&self, name: &str) -> bool {
        self.domain.is_match(name.trim())
    }

    /// The canonical outlet of a name: exact names only, or also family members.
    pub fn resolve(&self, name: &str, family: bool) -> Option<String> {
        let k = self.key(name);
        if k.is_empty() {
            return None;
        }
        if let Some(c) = self.exact.get(&full_key(name)).or_else(|| self.exact.get(&k)) {
            return Some(c.clone());
        }
        if self.is_domain(name) {
            // a channel's host (`jabar.jpnn.com`) or a channel word before a known address
            // (`Health-Liputan6.com`)
            let bare = name.trim().trim_end_matches(['.', ',']).to_ascii_lowercase();
            if let Some(c) = self.by_host(&bare) {
                return Some(c);
            }
            if let Some((head, rest)) = bare.split_once(['-', '.'])
                && self.editions.contains(&self.key(head))
                && let Some(c) = self.exact.get(&full_key(rest))
            {
                return Some(c.clone());
            }
        }
        if family && self.family_shaped(name) {
            for (p, c) in &self.families {
                if let Some(rest) = k.strip_prefix(p.as_str())
                    && self.is_edition_rest(rest)
                {
                    return Some(c.clone());
                }
            }
        }
        None
    }

    /// Does the rest of a family member's key name an edition: nothing, a place, a channel
    /// word, a channel word then a place (`newssulut`), or a place then a compass word?
    fn is_edition_rest(&self, rest: &str) -> bool {
        let place_like = |r: &str| {
            self.places.contains(r)
                || COMPASS.iter().any(|c| r.strip_suffix(c).is_some_and(|p| self.places.contains(p)))
        };
        rest.is_empty()
            || place_like(rest)
            || self.editions.contains(rest)
            || (1..rest.len()).any(|i| rest.is_char_boundary(i) && self.editions.contains(&rest[..i]) && place_like(&rest[i..]))
    }

    /// Can the name be an edition (`Tribun Jabar`, `ANTARA News Sumatera Utara`): at most five
    /// words, later words capitalised, and no web address before the last word.
    fn family_shaped(&self, name: &str) -> bool {
        let words: Vec<&str> = name.split_whitespace().collect();
        words.len() <= 5
            && words.iter().skip(1).all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()))
            && words.iter().rev().skip(1).all(|w| !self.is_domain(w))
    }

    /// The canonical outlet of a name written as a proper name in running text: exactly as
    /// the lexicon spells it, or in capitals (`KONTAN`), or any domain-form spelling.
    pub fn resolve_written(&self, name: &str) -> Option<String> {
        if let Some(c) = self.written.get(name) {
            return Some(c.clone());
        }
        if has_letters(name) && name.chars().all(|c| !c.is_lowercase())
            && let Some(c) = self.upper.get(name) {
                return Some(c.clone());
            }
        if self.is_domain(name) {
            return self.resolve(name, false);
        }
        // a brand-cased channel name (`detikINET`, `kumparanBISNIS`) is never a common word
        if !name.contains(char::is_whitespace) && is_brand_case(name) {
            return self.resolve(name, true);
        }
        None
    }

    /// The canonical outlet of a host name (`sumut.antaranews.com`); `None` when unknown.
    pub fn by_host(&self, host: &str) -> Option<String> {
        let host = host.to_ascii_lowercase();
        self.hosts
            .iter()
            .find(|(h, _)| host == *h || host.strip_suffix(h.as_str()).is_some_and(|r| r.ends_with('.')))
            .map(|(_, c)| c.clone())
    }

    /// The outlet a page address's host names: through the lexicon, else its registrable
    /// domain; the flag says whether the lexicon knew it.
    pub fn outlet_of_host(&self, host: &str) -> (String, bool) {
        match self.by_host(host) {
            Some(v) => (v, true),
            None => (registrable_domain(host), false),
        }
    }

    pub fn is_cited_only(&self, canonical: &str) -> bool {
        self.cited_only.contains(canonical)
    }

    pub fn is_not_name(&self, name: &str) -> bool {
        self.not_names.contains(&self.key(name))
    }

    pub fn is_place(&self, name: &str) -> bool {
        self.places.contains(&self.key(name))
    }

    /// Is the name a section rubric (`NASIONAL`, `HUKUM`), which opens datelines like a place?
    pub fn is_rubric(&self, name: &str) -> bool {
        self.rubrics.contains(&self.key(name))
    }

    /// Is the canonical outlet a domestic wire, whose reporters receive releases themselves?
    pub fn is_domestic_wire(&self, canonical: &str) -> bool {
        self.domestic_wires.contains(canonical)
    }

    /// Is the name a known company, brand or public body (so no outlet of its own)?
    pub fn is_other_body(&self, name: &str) -> bool {
        self.others.contains(&self.key(name))
    }

    /// A canonical-looking form of an outlet name found in no lexicon: domain names keep
    /// their spelling with a lower-case suffix (`NamaBaru.com`, `IKNPOS.id`); names in
    /// capitals get title case unless they are short acronyms (`Simbur`, `JPNN`).
    pub fn display_unknown(&self, name: &str) -> String {
        let n = name.trim().trim_end_matches(['.', '-', ',']);
        let n = strip_prefix_ci(n, "www.").unwrap_or(n);
        if self.is_domain(n)
            && let Some(m) = self.suffix.find(n) {
                return format!("{}{}", &n[..m.start()], m.as_str().to_lowercase());
            }
        if has_letters(n) && n.chars().all(|c| !c.is_lowercase()) {
            return n.split_whitespace().map(title_word).collect::<Vec<_>>().join(" ");
        }
        n.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    fn canonical_of(&self, name: &str) -> String {
        self.exact.get(&self.key(name)).cloned().unwrap_or_else(|| name.to_string())
    }
}

/// The registrable domain of a host: the last two labels, or three under a second-level
/// public suffix (`example.co.id`).
pub fn registrable_domain(host: &str) -> String {
    let labels: Vec<&str> = host.split('.').filter(|l| !l.is_empty()).collect();
    const SECOND: &[&str] = &["co", "or", "ac", "go", "web", "my", "sch", "biz", "net", "com", "org", "mil", "ne", "gov", "edu"];
    let n = labels.len();
    let take = if n >= 3 && labels[n - 1].len() == 2 && SECOND.contains(&labels[n - 2]) { 3 } else { 2 };
    labels[n.saturating_sub(take)..].join(".")
}

/// The host of a URL, lower-case, without port or user info; `None` if there is none.
pub fn url_host(url: &str) -> Option<String> {
    let rest = url.trim();
    let rest = match rest.find("://") {
        Some(i) => &rest[i + 3..],
        None => rest.strip_prefix("//").unwrap_or(rest),
    };
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let auth = &rest[..end];
    let auth = auth.rsplit_once('@').map(|(_, h)| h).unwrap_or(auth);
    let host = auth.split(':').next().unwrap_or("").trim_end_matches('.').to_ascii_lowercase();
    let valid = host.contains('.')
        && host.chars().all(|c| c.is_ascii_alphanumeric() || c == '.' || c == '-')
        && host.split('.').all(|l| !l.is_empty());
    valid.then_some(host)
}

/// Lower-case letters and digits of the whole name, domain suffix included.
fn full_key(name: &str) -> String {
    let n = name.trim();
    let n = strip_prefix_ci(n, "www.").unwrap_or(n);
    n.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

fn is_host(name: &str) -> bool {
    name.contains('.') && !name.contains(' ') && name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '-')
}

/// Brand casing: a capital after a lower-case letter inside a word (`detikINET`, `SuaraRiau`).
fn is_brand_case(s: &str) -> bool {
    let cs: Vec<char> = s.chars().collect();
    cs.windows(2).any(|w| w[0].is_lowercase() && w[1].is_uppercase())
}

fn has_letters(s: &str) -> bool {
    s.chars().any(char::is_alphabetic)
}

fn strip_prefix_ci<'s>(s: &'s str, prefix: &str) -> Option<&'s str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix).then(|| &s[prefix.len()..])
}

fn title_word(w: &str) -> String {
    let letters = w.chars().filter(|c| c.is_alphabetic()).count();
    if letters <= 4 {
        return w.to_string();
    }
    let mut out = String::new();
    for (i, c) in w.chars().enumerate() {
        if i == 0 {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names() -> &'static Names {
        static NAMES: std::sync::OnceLock<Names> = std::sync::OnceLock::new();
        NAMES.get_or_init(|| Names::new(&Lexicon::builtin()))
    }

    #[test]
    fn key_ignores_case_punctuation_and_suffix() {
        let n = names();
        assert_eq!(n.key("TRIBUN-TIMUR.COM"), "tribuntimur");
        assert_eq!(n.key("www.Kompas.com"), "kompas");
        assert_eq!(n.key("Harian Jogja"), "harianjogja");
        assert_eq!(n.key("REPUBLIKA.CO.ID"), "republika");
    }

    #[test]
    fn exact_names_and_regional_aliases_resolve_to_parent() {
        let n = names();
        assert_eq!(n.resolve("KOMPAS.com", false).as_deref(), Some("Kompas.com"));
        assert_eq!(n.resolve("Antaranews Kepri", false).as_deref(), Some("ANTARA"));
        assert_eq!(n.resolve("Harianjogja.com", false).as_deref(), Some("Harian Jogja"));
        assert_eq!(n.resolve("Matamata.com", false).as_deref(), Some("Matamata.com"));
        // names that differ only by the domain suffix stay apart
        assert_eq!(n.resolve("BOLA.NET", false).as_deref(), Some("Bola.net"));
        assert_eq!(n.resolve("Bola.com", false).as_deref(), Some("Bola.com"));
        assert_eq!(n.resolve("KOMPAS.TV", false).as_deref(), Some("Kompas TV"));
    }

    #[test]
    fn family_prefix_only_when_asked() {
        let n = names();
        assert_eq!(n.resolve("SuaraKaltara.id", true).as_deref(), Some("Suara.com"));
        assert_eq!(n.resolve("TribunSulbar.com", true).as_deref(), Some("Tribunnews"));
        assert_eq!(n.resolve("Tribunal", false), None);
        assert_eq!(n.resolve("Tribun Jabar Barat", true).as_deref(), Some("Tribunnews"));
        // words after a web address, or lower-case words, make no edition
        assert_eq!(n.resolve("Kompas.com SIMBUR", true), None);
        assert_eq!(n.resolve("Antara sumber berita", true), None);
        // an outlet of its own wins over the family it seems to belong to
        assert_eq!(n.resolve("Suara Merdeka", true).as_deref(), Some("Suara Merdeka"));
    }

    #[test]
    fn family_member_needs_a_place_or_channel_after_the_prefix() {
        let n = names();
        assert_eq!(n.resolve("Suaramediaindonesia.com", true), None);
        assert_eq!(n.resolve("Suara Rakyat Bersatu", true), None);
        assert_eq!(n.resolve("detikKalimantan", true).as_deref(), Some("detikcom"));
        assert_eq!(n.resolve("Antaranews Sulut", true).as_deref(), Some("ANTARA"));
        assert_eq!(n.resolve("TribunNewsBogor.com", true).as_deref(), Some("Tribunnews"));
        assert_eq!(n.resolve("KompasRegionalX", true), None);
    }

    #[test]
    fn channel_hosts_and_channel_words_before_an_address() {
        let n = names();
        assert_eq!(n.resolve("jabar.jpnn.com", false).as_deref(), Some("JPNN"));
        assert_eq!(n.resolve("regional.kompas.com", false).as_deref(), Some("Kompas.com"));
        assert_eq!(n.resolve("Health-Liputan6.com", false).as_deref(), Some("Liputan6.com"));
        assert_eq!(n.resolve("Warga-Liputan6.com", false), None);
        assert_eq!(n.resolve_written("detikINET").as_deref(), Some("detikcom"));
        assert_eq!(n.resolve_written("Detikinet"), None);
    }

    #[test]
    fn written_names_need_lexicon_case_or_capitals() {
        let n = names();
        assert_eq!(n.resolve_written("Bisnis").as_deref(), Some("Bisnis.com"));
        assert_eq!(n.resolve_written("KONTAN").as_deref(), Some("Kontan"));
        assert_eq!(n.resolve_written("bisnis"), None);
        assert_eq!(n.resolve_written("tribunnews.com").as_deref(), Some("Tribunnews"));
    }

    #[test]
    fn hosts_map_through_lexicon_by_suffix() {
        let n = names();
        assert_eq!(n.by_host("sumut.antaranews.com").as_deref(), Some("ANTARA"));
        assert_eq!(n.by_host("m.tribunnews.com").as_deref(), Some("Tribunnews"));
        assert_eq!(n.by_host("pasundan.jabarekspres.com").as_deref(), Some("Pasundan Ekspres"));
        assert_eq!(n.by_host("notantaranews.com"), None);
    }

    #[test]
    fn lexicon_names_are_unambiguous() {
        // two outlets sharing a comparison key would make the lookup depend on file order
        let lex = Lexicon::builtin();
        let n = names();
        let mut seen: HashMap<String, &str> = HashMap::new();
        for e in lex.entities("outlets") {
            for name in &e.names {
                let k = full_key(name);
                assert!(!k.is_empty(), "empty key for {name}");
                let c = *seen.entry(k.clone()).or_insert(e.canonical.as_str());
                assert_eq!(c, e.canonical, "{name} ({k}) claimed by {c} and {}", e.canonical);
            }
        }
        for (p, c) in &n.families {
            assert!(n.exact.values().any(|v| v == c), "family {p} names unknown outlet {c}");
        }
    }

    #[test]
    fn url_host_and_registrable_domain() {
        assert_eq!(url_host("https://user@News.Contoh.co.id:443/a?b").as_deref(), Some("news.contoh.co.id"));
        assert_eq!(url_host("not a url"), None);
        assert_eq!(url_host(""), None);
        assert_eq!(registrable_domain("news.contoh.co.id"), "contoh.co.id");
        assert_eq!(registrable_domain("www.beritabaru.com"), "beritabaru.com");
    }

    #[test]
    fn unknown_names_get_a_canonical_looking_form() {
        let n = names();
        assert_eq!(n.display_unknown("NamaBaru.COM"), "NamaBaru.com");
        assert_eq!(n.display_unknown("KABARKITA.CO.ID"), "KABARKITA.co.id");
        assert_eq!(n.display_unknown("WARTA SELATAN"), "Warta Selatan");
        assert_eq!(n.display_unknown("KBR"), "KBR");
    }
}
