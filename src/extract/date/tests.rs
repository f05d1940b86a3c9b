//! Rule tests on invented article fragments.

use super::*;

fn rules() -> &'static Rules {
    static RULES: std::sync::OnceLock<Rules> = std::sync::OnceLock::new();
    RULES.get_or_init(|| Rules::new(&Lexicon::builtin()))
}

/// Statement date with the anchor on the sentence containing `probe`.
fn date_of(text: &str, probe: &str) -> Option<(String, &'static str, String)> {
    date_with_meta(text, probe, &Meta::default())
}

fn date_with_meta(text: &str, probe: &str, meta: &Meta) -> Option<(String, &'static str, String)> {
    let doc = Doc::new(text);
    let idx = rules().scan(&doc, meta);
    let anchor: Vec<Span> = text.find(probe).map(|s| s..s + probe.len()).into_iter().collect();
    idx.statement_date(&doc, &anchor).map(|f| {
        let ev = f.span().map(|s| doc.slice(s).to_string()).unwrap_or_default();
        (f.value, f.rule, ev)
    })
}

fn published(text: &str, meta: &Meta) -> Option<(String, &'static str)> {
    let doc = Doc::new(text);
    rules().scan(&doc, meta).published.map(|f| (f.value, f.rule))
}

#[test]
fn statement_date_in_attribution_sentence() {
    let t = "Kabar itu ramai sejak pekan lalu.\n\"Itu tidak benar,\" kata Rina, juru bicara PT Sinar, di Surabaya, Kamis (14/3/2019).";
    assert_eq!(date_of(t, "Itu tidak benar").map(|d| (d.0, d.1)), Some(("2019-03-14".into(), "date.statement")));
}

#[test]
fn statement_date_beats_publication_line() {
    let t = "Senin, 18 Maret 2019 | 10:00 WIB\n\"Kami menepis isu itu,\" ujar Dodi, Minggu (17/3/2019).";
    assert_eq!(date_of(t, "Kami menepis").unwrap().0, "2019-03-17");
}

#[test]
fn tertanggal_date_is_a_statement_date() {
    let t = "PT Contoh membantah kabar PHK dalam surat tertanggal 2 Februari 2022.";
    assert_eq!(date_of(t, "membantah").unwrap().0, "2022-02-02");
}

#[test]
fn period_edge_in_statement_is_not_its_date() {
    let t = "Selasa, 6 Juni 2017 - 08:15 WIB\nPerusahaan menegaskan tidak akan menaikkan tarif sebelum 1 Juli 2017.";
    assert_eq!(date_of(t, "tidak akan menaikkan").map(|d| (d.0, d.1)), Some(("2017-06-06".into(), "date.publication_line")));
}

#[test]
fn yearless_statement_day_completed_from_publication_line() {
    let t = "Kamis, 9 Juni 2016 / 14:20 WIB\nDalam keterangan yang diterima redaksi Rabu (8/6), Bank Maju membantah isu itu.";
    let d = date_of(t, "Bank Maju membantah").unwrap();
    assert_eq!((d.0.as_str(), d.1, d.2.as_str()), ("2016-06-08", "date.statement", "Rabu (8/6)"));
}

#[test]
fn weekday_supported_reading_of_swapped_date() {
    // 4 March 2021 is a Thursday; 3 April 2021 is not
    let t = "\"Tidak ada kebocoran,\" kata Andi, Kamis (3/4/2021).";
    assert_eq!(date_of(t, "Tidak ada kebocoran").unwrap().0, "2021-03-04");
}

#[test]
fn bare_weekday_resolved_by_dated_day_of_same_weekday() {
    let t = "Toko itu disegel pada Selasa (12/3/2024).\nManajemen membantah tuduhan itu dalam keterangan di Bogor, Selasa.";
    let d = date_of(t, "Manajemen membantah").unwrap();
    assert_eq!((d.0.as_str(), d.1, d.2.as_str()), ("2024-03-12", "date.statement_weekday", "Selasa"));
}

#[test]
fn bare_weekday_resolved_before_publication() {
    // 10 May 2023 is a Wednesday
    let t = "Rabu, 10 Mei 2023 12:00 WIB\nPT Gula membantah kabar itu saat dihubungi, Senin.";
    assert_eq!(date_of(t, "PT Gula membantah").unwrap().0, "2023-05-08");
}

#[test]
fn publication_line_when_statement_undated() {
    let t = "Jumat 5 Mei 2023 09:41 WIB\nOperator seluler itu menyatakan data pelanggan aman.";
    assert_eq!(date_of(t, "Operator seluler").map(|d| d.1), Some("date.publication_line"));
}

#[test]
fn labelled_numeric_publication_line() {
    let t = "Diterbitkan 05/02/2025\nOperator seluler itu menyatakan data pelanggan aman.";
    assert_eq!(date_of(t, "Operator seluler").map(|d| (d.0, d.1)), Some(("2025-02-05".into(), "date.publication_line")));
}

#[test]
fn publication_line_with_weekday_beats_related_news_time_line() {
    let t = "Isi berita. Perusahaan membantah.\n12 Maret 2025 | 08:00 WIB\nKamis, 3 Februari 2011 | 11:00 WIB";
    assert_eq!(published(t, &Meta::default()).unwrap().0, "2011-02-03");
}

#[test]
fn stated_day_elsewhere_when_no_publication_line() {
    let t = "Ribuan pekerja dirumahkan pada Senin (2/3/2020). Saat dihubungi, Selasa (3/3/2020), direktur PT Baja mengatakan tidak ada PHK.\nIa menolak tuduhan itu.";
    assert_eq!(date_of(t, "Ia menolak").map(|d| (d.0, d.1)), Some(("2020-03-03".into(), "date.stated_day")));
}

#[test]
fn dateline_day_completed_with_copyright_year() {
    let t = "Kota (KABAR) - Warga mengeluh pada Senin (6/1).\nPerusahaan membantah kabar itu.\nCopyright © KABAR 2020";
    let d = date_of(t, "Perusahaan membantah").unwrap();
    assert_eq!((d.0.as_str(), d.1), ("2020-01-06", "date.dateline_day"));
}

#[test]
fn copyright_year_alone_when_no_day() {
    let t = "Direksi membantah isu itu Kamis malam.\nHak Cipta © Warta 2012";
    assert_eq!(date_of(t, "Direksi").map(|d| (d.0, d.1)), Some(("2012".into(), "date.copyright_year")));
}

#[test]
fn no_year_anywhere_gives_null() {
    let t = "\"Tidak benar,\" ujar Budi, Rabu (4/9).\nIa menambahkan 90 tahun sudah berlalu.";
    assert_eq!(date_of(t, "Tidak benar"), None);
}

#[test]
fn historical_year_contradicted_by_weekday_gives_null() {
    // 4 Sep 2007 was a Tuesday, not a Wednesday
    let t = "\"Tidak benar,\" ujar Budi, Rabu (4/9).\nPabrik itu dibangun saat krisis 2007.";
    assert_eq!(date_of(t, "Tidak benar"), None);
}

#[test]
fn period_year_is_not_a_year_source() {
    let t = "Perusahaan membantah isu itu. Kami tidak beroperasi di sana sejak tahun 2005.";
    assert_eq!(date_of(t, "Perusahaan membantah"), None);
}

#[test]
fn link_year_completes_only_when_weekday_confirms() {
    // 4 Feb 2026 is a Wednesday
    let t = "Lewat akunnya pada Rabu (4/2), peretas mengancam bank.\nBaca Juga: Tren belanja 2026\nBank membantah.";
    assert_eq!(date_of(t, "Bank membantah").unwrap().0, "2026-02-04");
    let t = "Lewat akunnya pada Kamis (4/2), peretas mengancam bank.\nBaca Juga: Tren belanja 2026\nBank membantah.";
    assert_eq!(date_of(t, "Bank membantah"), None);
}

#[test]
fn month_year_when_only_a_month_is_known() {
    let t = "Pesan berantai beredar pada awal April 2022. Bank itu memastikan pesan tersebut hoaks.";
    assert_eq!(date_of(t, "Bank itu").map(|d| (d.0, d.1)), Some(("2022-04".into(), "date.month")));
}

#[test]
fn plain_year_mention_gives_the_year() {
    let t = "Menjelang Lebaran 2024, kabar itu viral. Manajemen membantah.";
    assert_eq!(date_of(t, "Manajemen").map(|d| (d.0, d.1)), Some(("2024".into(), "date.year")));
}

#[test]
fn meta_published_when_text_has_no_date() {
    let meta = Meta { published: Some("2021-08-09T10:00:00+07:00".into()), ..Meta::default() };
    let t = "Perusahaan membantah isu itu.";
    assert_eq!(date_with_meta(t, "Perusahaan", &meta).map(|d| (d.0, d.1)), Some(("2021-08-09".into(), "date.meta_published")));
    assert_eq!(published(t, &meta), Some(("2021-08-09".into(), "date.meta_published")));
}

#[test]
fn meta_published_year_completes_yearless_day() {
    let meta = Meta { published: Some("2021-08-10".into()), ..Meta::default() };
    let t = "\"Tidak benar,\" kata Sari, Senin (9/8).";
    assert_eq!(date_with_meta(t, "Tidak benar", &meta).unwrap().0, "2021-08-09");
}

#[test]
fn text_publication_line_beats_meta_published() {
    let meta = Meta { published: Some("2030-01-01".into()), ..Meta::default() };
    assert_eq!(published("Rabu, 13 Januari 2021 / 18:35 WIB\nIsi.", &meta), Some(("2021-01-13".into(), "date.publication_line")));
}

#[test]
fn bad_meta_published_is_ignored() {
    let meta = Meta { published: Some("kemarin".into()), ..Meta::default() };
    assert_eq!(published("Isi.", &meta), None);
}

#[test]
fn dateline_date_with_year_is_publication() {
    let t = "Medan, 4 Mei 2021 (WARTA) - Bank itu membantah kabar.";
    assert_eq!(published(t, &Meta::default()), Some(("2021-05-04".into(), "date.dateline")));
}

#[test]
fn update_line_loses_to_first_publication_line() {
    let t = "Diperbarui 5 Jan 2020, 10:00 WIB\nDiterbitkan 4 Jan 2020, 09:00 WIB\nIsi.";
    assert_eq!(published(t, &Meta::default()).unwrap().0, "2020-01-04");
}

#[test]
fn arbitrary_input_does_not_panic() {
    let nasty = [
        "",
        "(",
        "Senin (",
        "Rabu (99/99/9999) 31 Februari 2020 (0/0) 2020-13-45 © ©",
        "“”’é (1/1) ü 2019 Jum’at, 2 Mei",
        "Minggu\u{a0}(3/3)\u{a0}©\u{a0}2020",
    ];
    for t in nasty {
        let doc = Doc::new(t);
        let idx = rules().scan(&doc, &Meta::default());
        let _ = idx.statement_date(&doc, std::slice::from_ref(&(0..t.len())));
        let _ = idx.statement_date(&doc, &[]);
    }
}

#[test]
fn fixture_snapshot() {
    let text = include_str!("../../../tests/fixtures/dates.txt");
    let doc = Doc::new(text);
    let idx = rules().scan(&doc, &Meta::default());
    let mut lines = Vec::new();
    if let Some(p) = &idx.published {
        lines.push(format!("published: {} ({})", p.value, p.rule));
    }
    for s in &doc.sentences {
        let d = idx.statement_date(&doc, std::slice::from_ref(&s.span));
        let ev = d.as_ref().and_then(|f| f.span()).map(|sp| doc.slice(sp)).unwrap_or("");
        let v = d.as_ref().map(|f| format!("{} {} [{ev}]", f.value, f.rule)).unwrap_or_else(|| "null".into());
        let head: String = doc.slice(&s.span).chars().take(50).collect();
        lines.push(format!("{head} => {v}"));
    }
    insta::assert_yaml_snapshot!(lines);
}

#[test]
fn short_sentence_with_a_time_is_not_a_publication_line() {
    let t = "Kebakaran terjadi pada 5 Mei 2020 pukul 10.00 WIB.\nPerusahaan membantah.";
    assert_eq!(published(t, &Meta::default()), None);
}

#[test]
fn byline_before_publication_date_is_allowed() {
    let t = "oleh Sari Dewi diperbarui 3 Des 2019, 08:00 WIB\nIsi.";
    assert_eq!(published(t, &Meta::default()).unwrap().0, "2019-12-03");
}

#[test]
fn event_time_in_denial_sentence_yields_to_publication_line() {
    let t = "Kamis, 6 April 2023 | 09:00 WIB\nMaskapai membantah kabar pesawatnya nyaris bertabrakan pada Selasa (4/4/2023).";
    assert_eq!(date_of(t, "Maskapai membantah").map(|d| d.1), Some("date.publication_line"));
}

#[test]
fn event_time_in_denial_sentence_when_nothing_better() {
    let t = "Maskapai membantah kabar pesawatnya nyaris bertabrakan pada Selasa (4/4/2023).";
    assert_eq!(date_of(t, "Maskapai membantah").map(|d| (d.0, d.1)), Some(("2023-04-04".into(), "date.statement_event")));
}

#[test]
fn attribution_day_beats_event_day_in_same_anchor() {
    let t = "Maskapai membantah insiden pada Rabu (5/4/2023). \"Tidak ada insiden,\" ujar Tono, Kamis (6/4/2023).";
    assert_eq!(date_of(t, t).map(|d| (d.0, d.1)), Some(("2023-04-06".into(), "date.statement")));
}

#[test]
fn bare_weekday_ignores_dated_days_far_from_publication() {
    // 10 May 2023 is a Wednesday; 2 Jan 2023 was a Monday too, but months earlier
    let t = "Rabu, 10 Mei 2023 12:00 WIB\nPabrik dibuka Senin (2/1/2023).\nPT Gula membantah kabar itu saat dihubungi, Senin.";
    assert_eq!(date_of(t, "PT Gula membantah").unwrap().0, "2023-05-08");
}

#[test]
fn month_tier_takes_the_latest_month() {
    let t = "Pabrik berdiri pada Maret 1998. Kabar beredar pada awal Mei 2021. Perusahaan membantah.";
    assert_eq!(date_of(t, "Perusahaan membantah").unwrap().0, "2021-05");
}

mod props {
    use super::*;
    use proptest::prelude::*;

    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("Senin ".to_string()),
            Just("Jum’at, ".to_string()),
            Just("(".to_string()),
            Just(")".to_string()),
            Just("/".to_string()),
            Just("Maret ".to_string()),
            Just("© ".to_string()),
            Just("sejak ".to_string()),
            Just("Baca juga: ".to_string()),
            Just("\n".to_string()),
            Just(". ".to_string()),
            Just("“é”\u{a0}".to_string()),
            (0u32..3000).prop_map(|n| n.to_string()),
            "[a-zA-Z ,:|-]{0,6}",
        ]
    }

    proptest! {
        #[test]
        fn any_text_and_anchor_gives_valid_spans(parts in proptest::collection::vec(piece(), 0..40), a in 0usize..400, b in 0usize..400) {
            let text: String = parts.concat();
            let doc = Doc::new(&text);
            let idx = rules().scan(&doc, &Meta::default());
            let (s, e) = (a.min(b).min(text.len()), a.max(b).min(text.len()));
            let (s, e) = (super::super::scan::floor(&text, s), super::super::scan::floor(&text, e));
            let whole: Span = s..e;
            for anchor in [std::slice::from_ref(&whole), &[]] {
                if let Some(f) = idx.statement_date(&doc, anchor) {
                    let ok = f.value.len() == 4 || f.value.len() == 7 || f.value.len() == 10;
                    prop_assert!(ok, "{}", f.value);
                    if let Some(sp) = f.span() {
                        prop_assert!(text.get(sp.clone()).is_some());
                    }
                }
            }
            if let Some(p) = &idx.published {
                prop_assert!(p.span().is_none_or(|sp| text.get(sp.clone()).is_some()));
            }
        }
    }
}

#[test]
fn pada_after_an_attribution_dates_the_saying_not_an_event() {
    let t = "Rabu, 15 Maret 2023 - 07:00 WIB\n\"Itu tidak benar,\" kata Direktur PT Sinar, Rudi Hartono, pada Senin (13/3) lalu.";
    assert_eq!(date_of(t, "Itu tidak benar").map(|d| (d.0, d.1)), Some(("2023-03-13".into(), "date.statement")));
}

#[test]
fn pada_after_a_denied_event_stays_the_events_time() {
    let t = "Rabu, 15 Maret 2023 - 07:00 WIB\nPT Sinar membantah layanannya lumpuh pada Senin (13/3).";
    assert_eq!(date_of(t, "membantah").unwrap().0, "2023-03-15");
}

#[test]
fn weekday_opening_a_period_is_not_the_statements_day() {
    let t = "Selasa, 21 Januari 2025, 17:12 WIB\nBank Pesisir menepis kabar pembobolan rekening. Kabar itu beredar sejak Sabtu pekan lalu.";
    assert_eq!(date_of(t, "Bank Pesisir menepis").unwrap().0, "2025-01-21");
}

#[test]
fn year_of_a_numbered_law_dates_no_statement() {
    let t = "Keenam perusahaan diduga melanggar UU No. 5 Tahun 1999 tentang persaingan usaha. Manajemen membantah, Rabu.";
    assert_eq!(date_of(t, "Manajemen"), None);
}

#[test]
fn day_followed_by_lalu_is_the_denied_event_not_the_denial() {
    // the denial sentence dates the event it denies; the quote's attribution dates the denial
    let t = "Maskapai Awan membantah menelantarkan penumpang rute Medan-Batam, Jumat (9/6/2023) lalu.\n\"Semua penumpang sudah terbang,\" ujar Rudi, Senin (12/6/2023).";
    let d = date_of(t, "Semua penumpang").unwrap();
    assert_eq!((d.0.as_str(), d.1), ("2023-06-12", "date.statement"));
    let d = date_of(t, "Maskapai Awan membantah").unwrap();
    assert_eq!((d.0.as_str(), d.1), ("2023-06-12", "date.stated_day"));
}

#[test]
fn lalu_event_day_alone_gives_its_month_only() {
    let t = "Ikan mati ditemukan di sungai pada 3 Mei 2015 lalu.\nPT Kilang Jaya membantah limbahnya penyebab kematian ikan itu.";
    assert_eq!(date_of(t, "membantah").map(|d| (d.0, d.1)), Some(("2015-05".into(), "date.month")));
}

#[test]
fn lalu_event_day_gives_way_to_a_later_dated_day() {
    let t = "Banjir pada Sabtu (4/11/2023) lalu merendam kampung.\nTim meninjau tambang pada Rabu (8/11/2023). Direktur PT Batu membantah tambangnya penyebab banjir.";
    assert_eq!(date_of(t, "Direktur PT Batu").map(|d| (d.0, d.1)), Some(("2023-11-08".into(), "date.dateline_day")));
}

#[test]
fn lalu_after_an_attribution_still_dates_the_saying() {
    let t = "\"Itu tidak benar,\" kata Budi kepada wartawan di Medan, Senin (5/6/2023) lalu.";
    assert_eq!(date_of(t, "Itu tidak benar").map(|d| (d.0, d.1)), Some(("2023-06-05".into(), "date.statement")));
}
