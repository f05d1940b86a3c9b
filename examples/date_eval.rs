//! Measure the date rules alone against gold dates: `cargo run --example date_eval -- CASES.json`.
//!
//! CASES.json is `[{"file": TEXT_PATH, "id": ID, "quote": GOLD_QUOTE, "dates": [DATE_ANY...]}]`,
//! one entry per gold record (a few lines of Python over the gold YAML files make it). The
//! anchor given to `statement_date` is the gold quote's span in the text; `ANCHOR=none` gives no
//! anchor, `ANCHOR=para` the quote's paragraph, `ANCHOR=para2` that and the one before.
//! A case counts as right when the value is one of the gold dates (or both are null).
use denialkb::extract::Meta;
use denialkb::extract::date::Rules;
use denialkb::lexicon::Lexicon;
use denialkb::text::Doc;

fn main() {
    let path = std::env::args().nth(1).expect("cases file");
    let cases: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).expect("read")).expect("json");
    let rules = Rules::new(&Lexicon::builtin());
    let (mut ok, mut n) = (0, 0);
    for c in cases.as_array().expect("array") {
        let file = c["file"].as_str().unwrap_or("");
        let text = std::fs::read_to_string(file).expect("text");
        let doc = Doc::new(&text);
        let idx = rules.scan(&doc, &Meta::default());
        let quote = c["quote"].as_str().unwrap_or("");
        let probe: String = quote.chars().take(60).collect();
        let anchor = match text.find(&probe) {
            Some(s) => std::iter::once(s..(s + quote.len()).min(text.len())).collect::<Vec<_>>(),
            None => {
                eprintln!("!! quote not found in {}", c["id"]);
                vec![]
            }
        };
        let anchor: Vec<_> = anchor.into_iter().map(|r| {
            let mut e = r.end;
            while !text.is_char_boundary(e) { e -= 1; }
            r.start..e
        }).collect();
        let mode = std::env::var("ANCHOR").unwrap_or_default();
        let anchor: Vec<_> = match mode.as_str() {
            "none" => vec![],
            "para" => anchor.iter().filter_map(|a| doc.paragraph_at(a.start).map(|i| doc.paragraphs[i].clone())).collect(),
            "para2" => anchor.iter().filter_map(|a| doc.paragraph_at(a.start)).flat_map(|i| doc.paragraphs[i.saturating_sub(1)..=i].to_vec()).collect(),
            _ => anchor,
        };
        let got = idx.statement_date(&doc, &anchor);
        let gold: Vec<String> = c["dates"].as_array().unwrap().iter().map(|d| d.as_str().unwrap_or("").to_string()).collect();
        let v = got.as_ref().map(|f| f.value.clone());
        let good = match &v { Some(v) => gold.contains(v), None => gold.is_empty() };
        n += 1;
        if good { ok += 1; }
        let ev = got.as_ref().and_then(|f| f.span().map(|s| text[s.clone()].to_string())).unwrap_or_default();
        println!("{} {:12} {:14} gold={:?} rule={} ev={:?} pub={:?}", if good {"ok  "} else {"MISS"}, c["id"].as_str().unwrap_or(""),
            v.unwrap_or("null".into()), gold, got.map(|f| f.rule).unwrap_or("-"), ev, idx.published.as_ref().map(|p| (p.value.clone(), p.rule)));
    }
    println!("accuracy {ok}/{n} = {:.3}", ok as f64 / n as f64);
}
