//! Rule authors' view of one article: organisations per sentence, attributed quotes,
//! affiliations and statements.
//! `cargo run --release --example explain -- ARTICLE.txt`
use denialkb::extract::{company, denial, quote};
use denialkb::lexicon::Lexicon;
use denialkb::text::Doc;

fn main() {
    let path = std::env::args().nth(1).expect("usage: explain ARTICLE.txt");
    let text = std::fs::read_to_string(&path).expect("readable UTF-8 file");
    let lex = Lexicon::builtin();
    let doc = Doc::new(&text);
    let orgs = company::Rules::new(&lex);
    let mut sent_orgs: Vec<Vec<company::OrgRef>> = doc.sentences.iter().map(|s| orgs.orgs_in(&doc, &s.span)).collect();
    if std::env::var_os("EXPLAIN_RAW").is_some() {
        for (si, v) in sent_orgs.iter().enumerate().filter(|(_, v)| !v.is_empty()) {
            println!("raw sentence {si}: {:?}", v.iter().map(|o| (&o.name, o.rule)).collect::<Vec<_>>());
        }
    }
    orgs.add_known_names(&doc, &mut sent_orgs);
    for (si, v) in sent_orgs.iter().enumerate().filter(|(_, v)| !v.is_empty()) {
        let names: Vec<String> = v.iter().map(|o| format!("{}[{}{}]", o.name, o.rule, if o.is_company { "" } else { ",non-company" })).collect();
        println!("sentence {si}: {}", names.join(" "));
    }
    for a in orgs.affiliations(&doc, &sent_orgs) {
        println!("affiliation: {:?} -> {:?}", a.tokens, a.org.map(|o| (o.name, o.rule, o.is_company)));
    }
    let quotes = quote::Rules::new(&lex).attribute(&doc);
    for q in &quotes {
        let sp = q.speaker.as_ref().map(|s| doc.slice(s)).unwrap_or("-");
        let t: String = doc.slice(&q.inner).chars().take(60).collect();
        println!("quote [{}] speaker={sp:?}: {t}", q.rule);
    }
    for st in denial::Rules::new(&lex).find(&doc, &orgs, &quotes) {
        let ind: String = st.indirect.as_ref().map(|s| doc.slice(s)).unwrap_or("-").chars().take(80).collect();
        println!("statement {} [{}] quotes={:?} speaker={:?} sentence={ind}", st.company.value, st.rule, st.quotes, st.speaker.map(|s| s.value));
    }
}
