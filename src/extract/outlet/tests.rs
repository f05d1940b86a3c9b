//! Outlet rules on invented snippets: each slot, the cited-only negatives, metadata, limits.

use super::*;

/// Compiled once: building the rules is the slow part of a debug-mode test.
fn rules() -> &'static Rules {
    static RULES: std::sync::OnceLock<Rules> = std::sync::OnceLock::new();
    RULES.get_or_init(|| Rules::new(&Lexicon::builtin()))
}

/// The outlet, the rule and the evidence text found in `text` (no metadata).
fn find(text: &str) -> Option<(String, &'static str, String)> {
    find_meta(text, &Meta::default())
}

fn find_meta(text: &str, meta: &Meta) -> Option<(String, &'static str, String)> {
    let doc = Doc::new(text);
    let f = rules().find(&doc, meta)?;
    let ev = match &f.origin {
        Origin::Text(s) => doc.slice(s).to_string(),
        Origin::Meta { key, text } => format!("{key}={text}"),
    };
    Some((f.value, f.rule, ev))
}

fn value(text: &str) -> Option<String> {
    find(text).map(|f| f.0)
}

// --- outlet.dateline

#[test]
fn dateline_city_then_outlet_in_parens() {
    let f = find("Kabar Pagi\nSurabaya (ANTARA) - Sebuah pabrik roti membantah isu bahan kedaluwarsa.\n").unwrap();
    assert_eq!(f, ("ANTARA".into(), "outlet.dateline", "ANTARA".into()));
}

#[test]
fn dateline_regional_edition_in_parens_maps_to_parent() {
    let f = find("Medan (Antaranews Sumut) - Perusahaan listrik swasta menepis kabar pemadaman.\n").unwrap();
    assert_eq!(f.0, "ANTARA");
    assert_eq!(f.2, "Antaranews Sumut");
    assert_eq!(value("Ambon (ANTARA/JACX) – Pesan berantai soal bantuan tunai beredar.").as_deref(), Some("ANTARA"));
}

#[test]
fn dateline_outlet_then_city() {
    assert_eq!(value("Liputan6.com, Bandung - Operator seluler menepis kabar kebocoran.").as_deref(), Some("Liputan6.com"));
    assert_eq!(value("REPUBLIKA.CO.ID, MEDAN -- Pabrik gula membantah tudingan warga.").as_deref(), Some("Republika"));
    assert_eq!(value("Harianjogja.com, SLEMAN—Pengelola hotel membantah isu penutupan.").as_deref(), Some("Harian Jogja"));
}

#[test]
fn dateline_outlet_then_dash_or_date() {
    assert_eq!(value("Suara.com - Sebuah maskapai membantah kabar bangkrut.").as_deref(), Some("Suara.com"));
    assert_eq!(value("KONTAN.CO.ID - BANDUNG. Emiten semen menepis rumor akuisisi.").as_deref(), Some("Kontan"));
    assert_eq!(value("IQPlus, (3/4) - Emiten ritel membantah kabar penutupan gerai.").as_deref(), Some("IQPlus"));
}

#[test]
fn dateline_regional_domain_maps_to_family() {
    let f = find("TRIBUN-JAMBI.COM, JAMBI - Bank daerah membantah data nasabah bocor.").unwrap();
    assert_eq!((f.0.as_str(), f.2.as_str()), ("Tribunnews", "TRIBUN-JAMBI.COM"));
    assert_eq!(value("SuaraKaltara.id - Perusahaan tambang menepis tudingan pencemaran.").as_deref(), Some("Suara.com"));
}

#[test]
fn dateline_city_then_outlet_with_or_without_dash() {
    assert_eq!(value("BANDUNG, KOMPAS.com - Pabrik tekstil membantah PHK massal.").as_deref(), Some("Kompas.com"));
    assert_eq!(value("BANDUNG, KOMPAS.com Manajer pabrik tekstil membantah PHK massal.").as_deref(), Some("Kompas.com"));
}

#[test]
fn dateline_unknown_outlet_in_web_form() {
    assert_eq!(value("NamaBaru.com, Kota Lama - Koperasi membantah gagal bayar.").as_deref(), Some("NamaBaru.com"));
    assert_eq!(value("KABARSELATAN.CO.ID – Pengembang perumahan membantah wanprestasi.").as_deref(), Some("KABARSELATAN.co.id"));
}

#[test]
fn dateline_unknown_outlet_in_capitals_after_place() {
    assert_eq!(value("PADANG, WARTAMINANG – Pabrik semen membantah pencemaran sungai.").as_deref(), Some("Wartaminang"));
    assert_eq!(value("WARTA PESISIR – Koperasi nelayan membantah penyelewengan dana.").as_deref(), Some("Warta Pesisir"));
}

#[test]
fn dateline_unknown_brand_opening_a_lead_paragraph() {
    let t = "KabarRumah - Sejumlah pembeli menuntut pengembang apartemen mengembalikan uang muka mereka sejak tahun lalu.\n";
    assert_eq!(value(t).as_deref(), Some("KabarRumah"));
    // a company opening a long line is no outlet, nor is a short heading
    let t = "WhatsApp - Aplikasi pesan itu membantah membagikan data pengguna kepada perusahaan induknya.\n";
    assert_eq!(value(t), None);
    assert_eq!(value("KabarRumah - Berita pilihan\n"), None);
}

#[test]
fn dateline_public_body_in_parens_is_no_outlet() {
    assert_eq!(value("JAKARTA (Kemenkeu) - Kementerian membantah isu kenaikan pajak.\n"), None);
}

#[test]
fn dateline_place_alone_is_no_outlet() {
    assert_eq!(value("JAKARTA - Emiten tambang membantah rumor delisting.\n"), None);
    assert_eq!(value("JAKARTA. Emiten tambang membantah rumor delisting.\n"), None);
    assert_eq!(value("Jakarta, Senin - Emiten tambang membantah rumor delisting.\n"), None);
}

#[test]
fn dateline_regency_province_or_short_form_is_no_outlet() {
    // capitals words that would otherwise pass for an unknown outlet name
    for place in ["MOROWALI UTARA", "HUMBANG HASUNDUTAN", "SIDRAP", "KUKAR", "SULTENG", "PAPUA BARAT DAYA", "TEMBAGAPURA"] {
        assert_eq!(value(&format!("{place} - Perusahaan tambang membantah kabar pencemaran sungai.\n")), None, "{place}");
    }
}

#[test]
fn dateline_known_regency_then_capitalised_site_name() {
    let f = find("Humbang Hasundutan, Kabarbaru - PT Sinar membantah kabar itu.\n").unwrap();
    assert_eq!((f.0, f.1), ("Kabarbaru".into(), "outlet.dateline"));
}

#[test]
fn dateline_heading_with_single_unknown_word_is_no_outlet() {
    assert_eq!(value("HOAKS - Pesan berantai soal bantuan tunai beredar lagi.\n"), None);
    assert_eq!(value("Samsung - Perusahaan menepis isu penarikan produk.\n"), None);
}

#[test]
fn dateline_beats_wire_credit_and_wire_photo() {
    let t = "Rep: Antara/Nama Reporter\nFoto: Antara/Nama Fotografer\n\
             REPUBLIKA.CO.ID, SURABAYA -- Produsen susu membantah isu kandungan berbahaya.\nSumber: Antara\n";
    assert_eq!(value(t).as_deref(), Some("Republika"));
}

#[test]
fn dateline_beats_cited_interviewer_of_another_outlet() {
    let t = "TRIBUNNEWS.COM, JAKARTA - Saat dihubungi KompasTekno, direktur itu membantah PHK.\n";
    assert_eq!(value(t).as_deref(), Some("Tribunnews"));
}

// --- outlet.copyright

#[test]
fn copyright_line_names_outlet_and_edition() {
    let t = "Pabrik semen membantah pencemaran.\n\nPewarta: Nama\nEditor: Nama Lain\nCOPYRIGHT © ANTARA News Jawa Timur 2021\n";
    let f = find(t).unwrap();
    assert_eq!((f.0.as_str(), f.1), ("ANTARA", "outlet.copyright"));
    assert_eq!(f.2, "ANTARA News Jawa Timur");
}

#[test]
fn copyright_with_year_first_and_unknown_web_name() {
    assert_eq!(value("Isi berita.\nCopyright © 2024 KabarKita.id. All rights reserved.\n").as_deref(), Some("KabarKita.id"));
    assert_eq!(value("Isi berita.\n© 2023 PT Kompas Cyber Media\n").as_deref(), Some("Kompas.com"));
}

#[test]
fn copyright_words_in_body_are_no_footer() {
    assert_eq!(value("Perusahaan itu membantah melanggar hak cipta lagu daerah.\n"), None);
    assert_eq!(value("Foto © Reuters\nPerusahaan itu membantah tuduhan.\n"), None);
}

// --- outlet.header

#[test]
fn header_line_with_web_address() {
    let f = find("kontan.co.id\nbanner langganan\nEmiten membantah rumor.\n").unwrap();
    assert_eq!((f.0.as_str(), f.1), ("Kontan", "outlet.header"));
    assert_eq!(value("NAMABARU.CO.ID\nMenu\nEmiten membantah rumor.\n").as_deref(), Some("NAMABARU.co.id"));
}

#[test]
fn header_page_title_ending_in_outlet() {
    let f = find("Pabrik Roti Bantah Pakai Bahan Kedaluwarsa - Suara.com\nIsi berita.\n").unwrap();
    assert_eq!((f.0.as_str(), f.1, f.2.as_str()), ("Suara.com", "outlet.header", "Suara.com"));
    assert_eq!(value("Bank Bantah Isu Bangkrut | CNN Indonesia\nIsi berita.\n").as_deref(), Some("CNN Indonesia"));
    // a title ending in a wire or a plain word names no publisher
    assert_eq!(value("Pabrik Bantah Isu - Reuters\nIsi.\n"), None);
    assert_eq!(value("Pabrik Bantah Isu - Fakta Terbaru\nIsi.\n"), None);
}

#[test]
fn header_government_shop_or_short_link_is_no_outlet() {
    assert_eq!(value("kominfo.go.id\nKementerian membantah isu.\n"), None);
    assert_eq!(value("Tokopedia.com\nToko daring membantah isu.\n"), None);
    assert_eq!(value("t.co\nToko daring membantah isu.\n"), None);
    // a one-word menu section that happens to be an outlet's name
    assert_eq!(value("Beranda\nBisnis\nBank membantah isu.\n"), None);
    assert_eq!(value("Beranda\ndetikFinance\nBank membantah isu.\n").as_deref(), Some("detikcom"));
}

// --- outlet.byline and outlet.self_promo

#[test]
fn byline_reporter_line_names_outlet() {
    let f = find("Laporan Wartawan Tribun Jabar, Nama Reporter\nPerusahaan air minum membantah isu.\n").unwrap();
    assert_eq!((f.0.as_str(), f.1), ("Tribunnews", "outlet.byline"));
    assert_eq!(value("Redaksi Solopos.com / Nama Penulis\nPabrik gula membantah tudingan.\n").as_deref(), Some("Solopos"));
}

#[test]
fn byline_reporter_of_an_outlet() {
    let f = find("Bantah PHK\noleh Andi Saputra, wartawan Radar Bogor\nPabrik membantah isu PHK.\n").unwrap();
    assert_eq!((f.0.as_str(), f.1), ("Radar Bogor", "outlet.byline"));
}

#[test]
fn abbreviated_reporter_and_editor_line() {
    let f = find("Bantah Bocor\n\nRep: wartaekonomi.co.id/ Red: wartaekonomi.co.id\nPlatform itu membantah kebocoran data.\n").unwrap();
    assert_eq!((f.0.as_str(), f.1), ("Warta Ekonomi", "outlet.byline"));
}

#[test]
fn byline_author_line_ending_in_address() {
    let f = find("Isi berita tentang bantahan.\nNama Penulis Suara.com\nSelasa, 1 Januari 2030\n").unwrap();
    assert_eq!((f.0.as_str(), f.1), ("Suara.com", "outlet.byline"));
}

#[test]
fn byline_person_only_is_no_outlet() {
    assert_eq!(value("Reporter: Nama Reporter | Editor: Nama Editor\nEmiten membantah.\n"), None);
}

#[test]
fn self_promotion_names_the_site() {
    let f = find("Bank membantah kebocoran data.\nIkuti Kompas.com di Google News\n").unwrap();
    assert_eq!((f.0.as_str(), f.1), ("Kompas.com", "outlet.self_promo"));
    assert_eq!(value("Bank membantah kebocoran.\nCek Berita dan Artikel yang lain di Google News\n"), None);
    let t = "Bank membantah.\nBaca artikel detikfinance, \"Bank Bantah Bocor\" selengkapnya di situsnya\n";
    assert_eq!(value(t).as_deref(), Some("detikcom"));
    assert_eq!(value("Pabrik membantah.\nikuti suara hati nurani\n"), None);
    let f = find("Pabrik membantah.\nSimak berita terbaru Media Indonesia di Google News\n").unwrap();
    assert_eq!((f.0.as_str(), f.1), ("Media Indonesia", "outlet.self_promo"));
    assert_eq!(value("Pabrik membantah.\nSimak juga video berikut ini\n"), None);
}

// --- outlet.photo_credit

#[test]
fn photo_credit_of_outlet() {
    let f = find("Ilustrasi kantor cabang. (IDN Times/Nama Fotografer)\nBank membantah isu.\n").unwrap();
    assert_eq!((f.0.as_str(), f.1, f.2.as_str()), ("IDN Times", "outlet.photo_credit", "IDN Times"));
    assert_eq!(value("Gedung pabrik. Foto: Republika/Nama Fotografer\nPabrik membantah.\n").as_deref(), Some("Republika"));
    assert_eq!(value("Peluncuran ponsel di Bandung. Liputan6.com/Nama Fotografer\nVendor membantah.\n").as_deref(), Some("Liputan6.com"));
}

#[test]
fn photo_credit_of_wire_or_initials_is_no_outlet() {
    assert_eq!(value("Gedung kantor pusat. (ANTARA FOTO/Nama Fotografer)\nBank membantah isu.\n"), None);
    assert_eq!(value("Gedung kantor. (REUTERS/Nama Fotografer)\nBank membantah isu.\n"), None);
    assert_eq!(value("Bank membantah isu itu. (Abc/Def)\n"), None);
    assert_eq!(value("Bank membantah isu. (Foto: Istimewa)\n"), None);
    assert_eq!(value("Unggahan akun itu. (Foto: instagram.com/akunpabrik)\nPabrik membantah.\n"), None);
    assert_eq!(value("Ilustrasi. (Foto: Unsplash.com/Nama)\nPabrik membantah.\n"), None);
}

// --- outlet.lexicon_mention

#[test]
fn interview_mention_reveals_outlet() {
    let f = find("JAKARTA. Maskapai membantah pilot mabuk, kata juru bicara saat dihubungi KONTAN, Rabu (4/1).\n").unwrap();
    assert_eq!((f.0.as_str(), f.1, f.2.as_str()), ("Kontan", "outlet.lexicon_mention", "KONTAN"));
    assert_eq!(value("\"Tidak benar,\" ujarnya kepada Bisnis, Selasa.\n").as_deref(), Some("Bisnis.com"));
    assert_eq!(value("Menurut dia kepada Kumparan, tuduhan itu keliru.\n").as_deref(), Some("Kumparan"));
    assert_eq!(value("Hal itu dikutip dari wawancara dengan Kumparan.\n"), None);
}

#[test]
fn cited_source_only_is_no_outlet() {
    let t = "Perusahaan membantah tuduhan itu, seperti dikutip dari Reuters. Dilansir dari Antara, \
             juru bicara menepis isu. Menurut laporan Tech Crunch, data aman. Seperti diberitakan Kompas.com, \
             bank itu membantah.\nSumber: Antara\n";
    assert_eq!(value(t), None);
}

#[test]
fn interview_with_wire_is_no_outlet() {
    assert_eq!(value("\"Kami membantah,\" katanya kepada Reuters, Senin.\n"), None);
}

#[test]
fn lowercase_common_word_is_no_outlet() {
    assert_eq!(value("Pihaknya menyampaikan hal itu kepada bisnis lokal dan buka suara soal isu itu.\n"), None);
}

#[test]
fn no_outlet_at_all() {
    assert_eq!(value("Perusahaan itu membantah semua tuduhan. \"Tidak benar,\" kata direktur, Senin (2/3).\n"), None);
    assert_eq!(value(""), None);
}

// --- metadata

#[test]
fn metadata_site_name_and_url_host() {
    let meta = Meta { site_name: Some("KOMPAS.com".into()), ..Meta::default() };
    let f = find_meta("Bank membantah isu.\n", &meta).unwrap();
    assert_eq!((f.0.as_str(), f.1), ("Kompas.com", "outlet.meta_site_name"));
    let meta = Meta { url: Some("https://jatim.antaranews.com/berita/1/x".into()), ..Meta::default() };
    assert_eq!(find_meta("Bank membantah isu.\n", &meta).unwrap().0, "ANTARA");
    let meta = Meta { url: Some("https://www.kabarbaru.co.id/a/b".into()), ..Meta::default() };
    let f = find_meta("Bank membantah isu.\n", &meta).unwrap();
    assert_eq!((f.0.as_str(), f.1), ("kabarbaru.co.id", "outlet.url_host"));
    // punctuation-only or empty metadata names nothing
    let meta = Meta { site_name: Some(" . ".into()), url: Some("nota url".into()), ..Meta::default() };
    assert_eq!(find_meta("Bank membantah isu.\n", &meta), None);
}

#[test]
fn strong_text_slot_beats_metadata_and_metadata_beats_weak_slot() {
    let meta = Meta { url: Some("https://broker.example.co.id/news/1".into()), ..Meta::default() };
    assert_eq!(find_meta("IQPlus, (7/7) - Emiten membantah.\n", &meta).unwrap().0, "IQPlus");
    let meta = Meta { site_name: Some("Solopos".into()), ..Meta::default() };
    let f = find_meta("Gedung. (IDN Times/Nama)\nBank membantah.\n", &meta).unwrap();
    assert_eq!(f.1, "outlet.meta_site_name");
}

// --- robustness

#[test]
fn spans_are_exact_on_multibyte_text() {
    let t = "“Kutipan” — ünïcödé\u{a0}baris\nSurabaya (ANTARA) – Pabrik menepis isu.\n";
    let doc = Doc::new(t);
    let f = rules().find(&doc, &Meta::default()).unwrap();
    let ev = f.evidence(&doc);
    let (s, e) = doc.char_span(f.span().unwrap());
    assert_eq!(t.chars().skip(s).take(e - s).collect::<String>(), "ANTARA");
    assert_eq!(ev.text, "ANTARA");
}

#[test]
fn huge_input_scans_only_head_and_tail() {
    let mut t = String::from("Bank membantah isu.\n");
    let filler = "Kalimat isi berita yang panjang tanpa nama media sama sekali. ";
    while t.len() < 3 * (HEAD + TAIL) {
        t.push_str(filler);
    }
    // a dateline-shaped line in the unscanned middle is ignored
    let mid = t.len() / 2;
    let mid = floor_boundary(&t, mid);
    t.insert_str(mid, "\nSuara.com - Tengah.\n");
    assert_eq!(value(&t), None);
    t.push_str("\nCopyright © ANTARA 2030\n");
    assert_eq!(value(&t).as_deref(), Some("ANTARA"));
}

#[test]
fn arbitrary_bytes_do_not_panic() {
    let r = rules();
    let samples = [
        "((((", "©", "© ", "Copyright ©", "(/)", "A (B/", "X, Y -", "—\u{a0}—", "kepada", "ü©ü©", "\n\n\n",
        "Jakarta (", "Jakarta (ANTARA", "Foto:\n•\n", "(Foto: /)", "ȺȺȺ.com - x",
        // letters whose lower case is longer than they are, before a cut-off word
        "Copyright © 2020 İİİİİ Kabar. éééé", "Copyright © İİİİ Ka, ",
    ];
    for s in samples {
        let _ = r.find(&Doc::new(s), &Meta { url: Some(s.into()), site_name: Some(s.into()), ..Meta::default() });
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    #[test]
    fn any_text_gives_exact_spans_without_panic(t in "\\PC{0,300}", url in "\\PC{0,40}") {
        let doc = Doc::new(&t);
        let meta = Meta { url: Some(url.clone()), site_name: Some(url), ..Meta::default() };
        if let Some(f) = rules().find(&doc, &meta) {
            proptest::prop_assert!(!f.value.trim().is_empty());
            if let Some(s) = f.span() {
                proptest::prop_assert!(t.is_char_boundary(s.start) && t.is_char_boundary(s.end) && s.start < s.end);
            }
        }
    }

    #[test]
    fn dateline_shapes_with_noise_never_panic(
        pre in "[A-Za-z .,()/\\-–]{0,40}",
        name in "[A-Za-z0-9.\\-]{1,20}",
        post in "[A-Za-z .,()/\\-–©]{0,40}",
    ) {
        let t = format!("{pre}\n{name}, Jakarta - {post}\nCopyright © {name} 2020\n({name}/X)");
        let _ = rules().find(&Doc::new(&t), &Meta::default());
    }
}

#[test]
fn known_outlet_in_the_footer_beats_an_unknown_capitals_dateline() {
    let t = "Pabrik Bantah Mainkan Harga\n\nTERBANGGI BESAR — Produsen tepung PT Singkong Mas membantah memainkan harga beli singkong petani di daerah itu.\n\nCopyright © 2023 Lampung Post. All Rights Reserved.";
    assert_eq!(find(t).map(|f| (f.0, f.1)), Some(("Lampung Post".to_string(), "outlet.copyright")));
    // with no known outlet anywhere, the dateline name still stands
    let t = "Pabrik Bantah Mainkan Harga\n\nWARTA SENJA — Produsen tepung PT Singkong Mas membantah memainkan harga beli singkong petani di daerah itu.";
    assert_eq!(value(t).as_deref(), Some("Warta Senja"));
}

#[test]
fn dateline_known_town_then_capitalised_site_name() {
    assert_eq!(value("Jakarta, Insertlive - PT Sinar membantah kabar itu."), Some("Insertlive".into()));
}

#[test]
fn dateline_known_town_then_weekday_is_no_outlet() {
    assert_eq!(value("Jakarta, Senin - PT Sinar membantah kabar itu."), None);
}

#[test]
fn dateline_town_then_site_then_colon() {
    assert_eq!(find("MEDAN, Waspada.id: PT Sinar membantah kabar itu.").map(|f| (f.0, f.1)), Some(("Waspada".into(), "outlet.dateline")));
}

#[test]
fn photo_credit_with_two_labels() {
    assert_eq!(value("PT Sinar membantah kabar itu.\n(Foto: Dok. Kontan/Cheppy A. Muchlis)"), Some("Kontan".into()));
}

#[test]
fn syndication_note_names_the_network() {
    let t = "PT Sinar membantah kabar itu.\nArtikel ini telah tayang di Kompas.com dengan judul \"Sinar Bantah\".";
    assert_eq!(find(t).map(|f| (f.0, f.1)), Some(("Kompas.com".into(), "outlet.lexicon_mention")));
}

#[test]
fn footer_web_address_beats_an_unknown_town_in_the_dateline() {
    let body = "Warga menyebut sungai berubah warna.\n".repeat(20);
    let t = format!("MOROWALI UTARA - PT Sinar membantah kabar itu.\n{body}BACA JUGA: Harga Nikel Turun\nsultengraya.com");
    assert_eq!(find(&t).map(|f| (f.0, f.1)), Some(("sultengraya.com".into(), "outlet.footer")));
}

#[test]
fn photo_credit_with_the_outlet_after_the_photographer() {
    assert_eq!(value("PT Sinar membantah kabar itu.\n(Foto: Andi Ridwansyah/Pontianak Post)"), Some("Pontianak Post".into()));
}

#[test]
fn share_line_gives_the_pages_own_address() {
    let t = "PT Sinar membantah kabar itu.\nBagikan artikel ini: https://www.kabarbaru.com/isu-skimming/";
    assert_eq!(find(t), Some(("kabarbaru.com".into(), "outlet.share_url", "www.kabarbaru.com".into())));
}

#[test]
fn share_buttons_of_social_networks_name_no_outlet() {
    assert_eq!(value("PT Sinar membantah kabar itu.\nBagikan: https://www.facebook.com/sharer/sharer.php?u=x"), None);
}

// --- shapes seen on scraped pages (each on invented text)

#[test]
fn dateline_rubric_before_web_name() {
    let f = find("EKONOMI, KABARPULAU.ID – Pengelola pelabuhan membantah kabar pungutan liar di dermaga.").unwrap();
    assert_eq!((f.0.as_str(), f.1, f.2.as_str()), ("KABARPULAU.id", "outlet.dateline", "KABARPULAU.ID"));
    // a rubric in capitals then a capitalised name, and a rubric alone, name no rubric
    assert_eq!(value("HUKUM, Kabarpulau – Pengelola pelabuhan membantah kabar pungutan liar di dermaga kota.").as_deref(), Some("Kabarpulau"));
    assert_eq!(value("POLITIK – Partai itu membantah menerima dana dari pengusaha tambang di daerah pesisir utara.\n"), None);
}

#[test]
fn look_alike_domain_is_no_family_edition() {
    assert_eq!(value("Suarawargabangsa.com, Berau – Perusahaan tambang membantah pencemaran sungai.").as_deref(), Some("Suarawargabangsa.com"));
    assert_eq!(value("Tribunalrakyat.com, Jambi – Perusahaan tambang membantah pencemaran sungai.").as_deref(), Some("Tribunalrakyat.com"));
    // a region or a channel after the family's prefix is an edition
    assert_eq!(value("SuaraPapua.id, Jayapura – Perusahaan tambang membantah pencemaran sungai.").as_deref(), Some("Suara.com"));
    assert_eq!(value("TribunNewsBogor.com, Bogor – Perusahaan tambang membantah pencemaran sungai.").as_deref(), Some("Tribunnews"));
    assert_eq!(value("sulsel.jpnn.com, MAKASSAR – Perusahaan tambang membantah pencemaran sungai.").as_deref(), Some("JPNN"));
}

#[test]
fn dateline_alone_on_its_line() {
    let t = "Judul Berita Panjang\nWarta Ekonomi, Jakarta -\n\nPabrik semen membantah kabar pencemaran udara di sekitar lokasi.\n";
    assert_eq!(find(t).map(|f| (f.0, f.1)), Some(("Warta Ekonomi".into(), "outlet.dateline")));
    // a heading ending in a dash without a frame is no dateline
    assert_eq!(value("KABAR TERKINI -\n\nPabrik semen membantah kabar pencemaran udara.\n"), None);
}

#[test]
fn dateline_with_pipe_between_place_and_outlet() {
    assert_eq!(value("JAKARTA | beritakitasemua.com – PT Sinar membantah kabar kebocoran data pelanggan.").as_deref(), Some("beritakitasemua.com"));
    assert_eq!(value("beritakitasemua.com | MEDAN – PT Sinar membantah kabar kebocoran data pelanggan.").as_deref(), Some("beritakitasemua.com"));
    assert_eq!(value("Beranda | Nasional – PT Sinar membantah kabar kebocoran data pelanggan di seluruh daerah.\n"), None);
}

#[test]
fn dateline_after_a_date_stamp() {
    let f = find(" date 2025-01-09 jpnn.com, SURABAYA - Penyanyi itu membantah kabar perceraian.\n").unwrap();
    assert_eq!((f.0.as_str(), f.1, f.2.as_str()), ("JPNN", "outlet.dateline", "jpnn.com"));
    assert_eq!(value("12/03/2024 10:15 WIB Kabarpesisir.com, Padang - Bank daerah membantah isu.\n").as_deref(), Some("Kabarpesisir.com"));
    // after a stamp, the place must be known and the name an outlet or a web address
    assert_eq!(value("2025-01-09 Direktur Utama, Sentosa - membantah isu.\n"), None);
}

#[test]
fn closing_credit_with_web_name() {
    let t = "Pabrik itu membantah menunggak gaji karyawan.\nKaryawan menuntut upah tiga bulan. (ab/cd)(kabarjatim.com)\n";
    assert_eq!(find(t).map(|f| (f.0, f.1, f.2)), Some(("kabarjatim.com".into(), "outlet.footer", "kabarjatim.com".into())));
    assert_eq!(value("Pabrik membantah isu itu.\n(ab/kabarkalteng.com)\nKomentar\nBagikan\n").as_deref(), Some("kabarkalteng.com"));
    // initials alone, and a credit in mid-article, name no outlet
    assert_eq!(value("Pabrik itu membantah isu. (Abc/Def)\n"), None);
}

#[test]
fn photo_credit_photographer_then_web_name() {
    let t = "Pabrik saus membantah kandungan pengawet berlebih.\nFoto : RATNA kabarkota.net\n";
    assert_eq!(find(t).map(|f| (f.0, f.1)), Some(("kabarkota.net".into(), "outlet.photo_credit")));
    assert_eq!(value("Pabrik membantah.\nFoto : Ratna Dewi Suarasurabaya.net\n").as_deref(), Some("Suara Surabaya"));
}

#[test]
fn interview_with_a_channel_of_a_known_outlet() {
    assert_eq!(value("\"Tidak benar,\" tegasnya kepada detikINET, Selasa (2/12).\n").as_deref(), Some("detikcom"));
    assert_eq!(value("\"Tidak benar,\" ujarnya kepada kumparanSPORT, Rabu.\n").as_deref(), Some("Kumparan"));
    assert_eq!(value("\"Tidak benar,\" ujarnya kepada Health-Liputan6.com, Rabu.\n").as_deref(), Some("Liputan6.com"));
    // a brand-cased name outside every family stays unknown, and a look-alike is no channel
    assert_eq!(value("\"Tidak benar,\" ujarnya kepada SuaraRakyatku, Rabu.\n"), None);
}

#[test]
fn press_release_received_by_the_outlet() {
    let t = "\"Kami membantah,\" kata direktur itu dalam siaran pers yang diterima Antara Jatim, Kamis.\n";
    assert_eq!(find(t).map(|f| (f.0, f.1)), Some(("ANTARA".into(), "outlet.release")));
    assert_eq!(value("Perusahaan membantah isu itu, seperti rilis yang diterima kabarlampung.com, Senin.\n").as_deref(), Some("kabarlampung.com"));
    // a foreign wire receiving a statement is translated copy
    assert_eq!(value("\"Kami membantah,\" katanya dalam pernyataan yang diterima Reuters, Senin.\n"), None);
}

#[test]
fn reproduction_notice_names_the_page() {
    let t = "Pabrik membantah isu.\nReproduction and distribution of https://www.kabarhulu.com/?p=1 content to other sites is prohibited.\n";
    assert_eq!(find(t).map(|f| (f.0, f.1)), Some(("kabarhulu.com".into(), "outlet.share_url")));
}

// --- outlet.dateline: separator and casing variants

#[test]
fn dateline_place_and_address_joined_by_slash_or_pipe() {
    let f = find("Judul\nSAMARINDA ILIR/kabarhulu.com – Ratusan buruh pabrik sawit berunjuk rasa menuntut gaji.\n").unwrap();
    assert_eq!((f.0.as_str(), f.1, f.2.as_str()), ("kabarhulu.com", "outlet.dateline", "kabarhulu.com"));
    let f = find("Cilegon, wartapesisir.id|Sejumlah warga mengeluhkan debu dari pabrik semen di kampungnya.\n").unwrap();
    assert_eq!((f.0.as_str(), f.2.as_str()), ("wartapesisir.id", "wartapesisir.id"));
}

#[test]
fn dateline_one_word_name_in_plain_case_after_a_town() {
    // a lower-case site name after a town in capitals
    let f = find("KAPUAS, beritasungai– Kepala desa menolak tuduhan terlibat tambang pasir ilegal.\n").unwrap();
    assert_eq!((f.0.as_str(), f.1), ("beritasungai", "outlet.dateline"));
    // a site name with a digit, neither capitals nor brand case, before a known town
    let f = find("Kabar7online, JAKARTA – Perusahaan farmasi membantah memecat karyawan secara sepihak tanpa pesangon.\n").unwrap();
    assert_eq!((f.0.as_str(), f.1), ("Kabar7online", "outlet.dateline"));
    // an ordinary lower-case word is no site: the line must open with the town and a dash
    assert_eq!(value("Jakarta, kemarin sore warga berkumpul di depan pabrik.\n"), None);
}

#[test]
fn menu_line_of_places_and_rubrics_is_no_dateline() {
    let t = "Beranda\nMakassar | Kriminal | Ekonomi | Olahraga\nPT Sinar membantah kabar pemutusan kerja massal di pabriknya.\n";
    assert_eq!(value(t), None);
}

#[test]
fn release_with_possessive_nya_names_the_receiving_outlet() {
    let t = "JAKARTA - Bank Contoh membantah data nasabahnya bocor, jelas Rina dalam keterangan resminya yang diterima oleh detikFinance.\n";
    let f = find(t).unwrap();
    assert_eq!((f.0.as_str(), f.1, f.2.as_str()), ("detikcom", "outlet.release", "detikFinance"));
    let t = "Perusahaan menepis isu itu lewat siaran persnya yang diterima kabarlampung.com, Senin.\n";
    assert_eq!(value(t).as_deref(), Some("kabarlampung.com"));
}

#[test]
fn promo_asking_for_more_news_from_the_site_names_it() {
    let f = find("Bank membantah.\nMau Berita Terbaru Lainnya dari Warta Ekonomi? Yuk Follow Kami di Google News.\n").unwrap();
    assert_eq!((f.0.as_str(), f.1), ("Warta Ekonomi", "outlet.self_promo"));
}

#[test]
fn writer_whose_given_name_is_an_outlet_word_names_no_outlet() {
    assert_eq!(value("Bank membantah kabar itu.\nPenulis: Fajar Sulaiman\n"), None);
    // an outlet word alone after the cue still names it
    assert!(value("Bank membantah kabar itu.\nRedaksi Fajar\n").is_some());
}
