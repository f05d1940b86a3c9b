//! Tests of the company rules, each named after the case that prompted it.

use super::*;

pub(super) fn rules() -> Rules {
    Rules::new(&Lexicon::builtin())
}

fn names(text: &str) -> Vec<(String, bool)> {
    let r = rules();
    let d = Doc::new(text);
    r.orgs_in(&d, &(0..text.len())).into_iter().map(|o| (o.name, o.is_company)).collect()
}

/// (name, group key) of every organisation named in `text`, in text order; with `known`,
/// names the article introduced count where they recur bare.
fn group_keys(text: &str, known: bool) -> Vec<(String, String)> {
    let r = rules();
    let d = Doc::new(text);
    let mut sent_orgs: Vec<Vec<OrgRef>> = d.sentences.iter().map(|s| r.orgs_in(&d, &s.span)).collect();
    if known {
        r.add_known_names(&d, &mut sent_orgs);
    }
    let aliases = r.same_entity_aliases(&d, &sent_orgs);
    sent_orgs.into_iter().flatten().map(|o| (o.name, aliases.get(&o.key).cloned().unwrap_or(o.key))).collect()
}

/// The group key of the first organisation called `name` in `groups`.
fn group_of(groups: &[(String, String)], name: &str) -> String {
    groups.iter().find(|(n, _)| n == name).map(|(_, k)| k.clone()).unwrap_or_else(|| panic!("{name} not found in {groups:?}"))
}

#[test]
fn legal_form_marks_an_unknown_company() {
    assert_eq!(names("PT Sumber Rejeki Abadi Tbk membantah"), vec![("Sumber Rejeki Abadi".to_string(), true)]);
}

#[test]
fn org_noun_marks_an_unknown_company() {
    assert_eq!(names("maskapai Nusantara Air membantah")[0].0, "Nusantara Air");
}

#[test]
fn business_noun_with_describing_words_marks_a_company() {
    assert_eq!(names("perusahaan asuransi Sentosa Jaya membantah")[0].0, "Sentosa Jaya");
}

#[test]
fn origin_after_business_noun_is_no_company() {
    assert!(names("aplikasi video asal China itu").is_empty());
    assert!(names("pihak keluarga Budi").is_empty());
}

#[test]
fn ministry_is_not_a_company() {
    let n = names("pihak Kementerian Perhubungan membantah");
    assert_eq!(n.len(), 1);
    assert!(!n[0].1);
}

#[test]
fn role_then_company() {
    let n = names("kata juru bicara Tokopedia kepada wartawan");
    assert_eq!(n[0].0, "Tokopedia");
}

#[test]
fn verb_phrase_after_business_noun_names_no_company() {
    assert!(names("perusahaan wajib memberitahukan rencana PHK kepada pekerja").is_empty());
    assert!(names("perusahaan kemudian menyebut Sentosa").is_empty());
}

#[test]
fn business_noun_inside_an_association_name_is_no_company() {
    let n = names("Asosiasi Produsen Elektronik Nasional membantah");
    assert!(n.iter().all(|(_, c)| !c), "{n:?}");
}

#[test]
fn legal_name_atau_short_name_is_one_business() {
    let g = group_keys("Direktur Utama Perusahaan Umum Lembaga Navigasi Penerbangan atau AirNav Indonesia, Bambang, menepis kabar.", false);
    assert_eq!(g.len(), 2, "{g:?}");
    assert_eq!(g[0].1, g[1].1);
}

#[test]
fn one_name_written_two_ways_is_one_organisation() {
    assert!(same_org("danakita", "dana kita bersama"));
    assert!(same_org("asuransi mitra abadi", "asuransi jiwa mitra abadi"));
    assert!(!same_org("asuransi mitra abadi", "asuransi jiwa mitra sejahtera"));
    assert!(!same_org("bank", "bankaltimtara"));
}

#[test]
fn named_team_is_not_a_company_but_a_legal_team_works_for_one() {
    let r = rules();
    assert!(r.names_non_company("Perwakilan Tim Ekonomi Prabowo-Hatta Sandiaga"));
    assert_eq!(r.first_non_company("Tim kuasa hukum lima pihak terlapor dari Grup Sentosa", &[]), None);
    assert_eq!(r.first_non_company("Tim Kuasa Hukum PT Sentosa", &[]), None);
}

#[test]
fn apposition_names_one_business_twice() {
    let g = group_keys("Produsen roti Roti Lestari membantah isu itu. Direktur PT Lestari Pangan Nusantara, produsen Roti Lestari, Yuliani, menegaskan hal itu. PT Kirim Cepat Indonesia (Kirimin) menepis kabar. PT Sentosa Finance, anak usaha PT Sentosa Group, membantah.", true);
    let canon = |name: &str| group_of(&g, name);
    assert_eq!(canon("Lestari Pangan Nusantara"), canon("Roti Lestari"), "produsen: the brand's own company");
    assert_eq!(canon("Kirimin"), canon("Kirim Cepat Indonesia"), "short name in brackets");
    assert_ne!(canon("Sentosa Finance"), canon("Sentosa Group"), "a subsidiary is another company");
}

#[test]
fn a_sentence_of_many_roles_keeps_every_name() {
    // one sentence, no full stops: the role scans look a bounded window ahead
    let t = "juru bicara Tokopedia Budi Santoso mengatakan ".repeat(3000);
    let r = rules();
    let d = Doc::new(&t);
    // the windowed scans still find every organisation and person (speed is benchmarked)
    assert_eq!(r.orgs_in(&d, &(0..t.len())).iter().filter(|o| o.key == "Tokopedia").count(), 3000);
    assert!(r.affiliations(&d, &[]).iter().any(|a| a.tokens == ["Budi", "Santoso"]));
}

#[test]
fn lexicon_name_needs_word_boundaries() {
    // "Grabbing" is not Grab.
    assert!(names("Grabbing data").is_empty());
}

#[test]
fn department_between_title_and_company() {
    assert_eq!(names("Direktur Keuangan BSTX, Handoko Setiabudi, mengatakan")[0].0, "BSTX");
    assert_eq!(names("Direktur Niaga Lintang Air, Yohanes, menegaskan")[0].0, "Lintang Air");
}

#[test]
fn business_word_inside_an_association_name_is_no_company() {
    let n = names("Perhimpunan Hotel dan Restoran Indonesia (PHRI) Bali menepis isu");
    assert!(n.iter().all(|(_, c)| !c), "{n:?}");
}

#[test]
fn brand_noun_with_describing_words_marks_a_company() {
    assert_eq!(names("Merek kosmetik lokal Auri Beauty menjawab petisi")[0].0, "Auri Beauty");
}

#[test]
fn residents_named_after_a_title_are_no_company() {
    // "Jubir Tim Kuasa Hukum Warga Terdampak": the residents' team, not a business
    let n = names("Jubir Tim Kuasa Hukum Warga Terdampak, Hendi Priono mengatakan");
    assert!(n.iter().any(|(name, _)| name == "Warga Terdampak"), "{n:?}");
    assert!(n.iter().all(|(name, is_company)| name != "Warga Terdampak" || !is_company), "{n:?}");
}

#[test]
fn acronym_of_a_companys_initials_names_that_company() {
    // "(PT LSG)" misspells the acronym; the article's "PT SLG" still spells the initials
    let g = group_keys("Manajemen PT Surya Lintas Gemilang (PT LSG) membantah tudingan itu. Humas PT SLG, Arman, mengatakan tambang sesuai izin. PT Sinar Lautan Gemilang Abadi tidak terkait.", false);
    let canon = |name: &str| group_of(&g, name);
    assert_eq!(canon("SLG"), canon("Surya Lintas Gemilang"));
    assert_ne!(canon("LSG"), canon("Surya Lintas Gemilang"), "initials in another order are no match");
    assert_ne!(canon("Sinar Lautan Gemilang Abadi"), canon("SLG"), "four words do not spell three letters");
}

#[test]
fn title_case_headline_verb_ends_a_legal_name() {
    // the headline's capitals run on past the name; "Pabrik Tapioka Bantah" stays a noun
    assert_eq!(names("Pihak PT KBPC Bantah Tutup Akses Jalan")[0], ("KBPC".to_string(), true));
}

#[test]
fn bus_company_and_fuel_station_keep_their_prefix() {
    let n = names("Manajemen SPBU Losari dan PO Sinar Jaya membantah");
    assert!(n.contains(&("SPBU Losari".to_string(), true)), "{n:?}");
    assert!(n.contains(&("PO Sinar Jaya".to_string(), true)), "{n:?}");
    let r = rules();
    assert_eq!(r.key_for("PO Haryanto"), r.key_for("Haryanto"), "Perusahaan Otobus (PO) Haryanto is the same business");
}

#[test]
fn legal_name_in_apposition_to_a_products_maker_is_one_business() {
    let groups = group_keys("Pihak produsen roti Lestari, PT Pangan Sejahtera Abadi (PT PSA), telah membantah kabar itu.", false);
    assert_eq!(group_of(&groups, "Lestari"), group_of(&groups, "Pangan Sejahtera Abadi"));
    // a list after the maker is no apposition
    let groups = group_keys("Produsen roti Lestari, PT Pangan Sejahtera Abadi dan PT Roti Jaya membantah.", false);
    assert_ne!(group_of(&groups, "Lestari"), group_of(&groups, "Pangan Sejahtera Abadi"));
}

#[test]
fn name_and_degree_opening_the_sentence_before_a_companys_title() {
    let r = rules();
    let t = "YAHYA WIJAYA SH Kuasa Hukum PT Sinar Abadi menilai pernyataan itu merugikan.";
    let d = Doc::new(t);
    let affs = r.affiliations(&d, &[]);
    let a = affs.iter().find(|a| a.tokens == ["YAHYA", "WIJAYA", "SH"]).expect("the name before the title");
    assert_eq!(a.org.as_ref().map(|o| o.name.as_str()), Some("Sinar Abadi"));
    // a place before the title is no person: only names that open the sentence count
    let t = "Menurut data, Direktur PT Sinar Abadi Budi Santoso menilai pernyataan itu merugikan.";
    let d = Doc::new(t);
    assert!(!r.affiliations(&d, &[]).iter().any(|a| a.tokens.iter().any(|t| t == "Menurut")));
}

#[test]
fn parent_named_with_its_brand_in_apposition_is_one_business() {
    let groups = group_keys("Induk usaha Nusa Air, Lintas Udara Group memastikan kabar tersebut hoaks.", false);
    assert_eq!(group_of(&groups, "Nusa Air"), group_of(&groups, "Lintas Udara Group"));
    // members of a list are not
    let groups = group_keys("Empat penyedia layanan ojek online, Grab, Gojek, Maxim, dan InDrive membantah.", false);
    assert_ne!(group_of(&groups, "Grab"), group_of(&groups, "Gojek"));
}

#[test]
fn unknown_name_listed_with_known_companies_is_a_company() {
    let t = "Tiga bank beroperasi di Aceh, yakni BTN, Muamalat, dan Bukopin.";
    assert!(group_keys(t, true).iter().any(|(n, _)| n == "Bukopin"));
    // a place opening the list is no member
    let t = "Dua produsen rokok di Soloraya, Kretek Nusantara dan Gudang Jaya, membantah.";
    assert!(!group_keys(t, true).iter().any(|(n, _)| n == "Soloraya"));
}

#[test]
fn malaysian_legal_suffix_marks_a_company() {
    assert!(names("Sime Darby Plantation Berhad (SDP) juga membantah.").iter().any(|(n, c)| n.starts_with("Sime Darby Plantation") && *c));
}

#[test]
fn word_running_on_from_a_known_name_before_a_comma_and_a_name() {
    let r = rules();
    let d = Doc::new("Penelusuran dilakukan dengan menghubungi Corporate Secretary Tokopedia Raya, Yuni Gunawan.");
    let affs = r.affiliations(&d, &[]);
    assert!(affs.iter().any(|a| a.tokens == ["Yuni", "Gunawan"] && a.org.is_some()), "{affs:?}");
    // a title with no organisation keeps its person unaffiliated
    let d = Doc::new("Kepala BPOM, Taruna Ikrar, menyampaikan bahwa lembaganya mengawasi.");
    assert!(!r.affiliations(&d, &[]).iter().any(|a| a.org.as_ref().is_some_and(|o| o.is_company)));
}

#[test]
fn company_selaku_developer_of_a_project_is_one_business() {
    let groups = group_keys("PT Teguh Bina Karya selaku pengembang Apartemen Arkamaya membantah proyek huniannya mangkrak.", false);
    assert_eq!(group_of(&groups, "Teguh Bina Karya"), group_of(&groups, "Apartemen Arkamaya"));
}
