//! A synthetic corpus for the review page at scale: invented articles (companies, outlets,
//! people and events are made up) assembled from templates with a deterministic generator,
//! each with an output whose evidence offsets are recorded while the text is built.

use std::collections::BTreeMap;

use denialkb::record::{ArticleInfo, ArticleOutput, Evidence, QuoteKind, Record, SCHEMA_VERSION};

const COMPANIES: &[&str] = &[
    "PT Sinar Tirta Abadi", "PT Kali Bersih Nusantara", "PT Maju Digital Sentosa", "PT Angkasa Data Prima",
    "Bank Rakyat Makmur", "PT Kopi Nusa Lestari", "PT Baja Timur Perkasa", "PT Layar Biru Logistik",
    "PT Sawit Hijau Raya", "PT Telekomunikasi Cakra", "PT Dompet Kilat Indonesia", "PT Semen Karang Jaya",
    "PT Farmasi Sehat Sentosa", "PT Tambang Bumi Kencana", "PT Aplikasi Ojek Cepat", "PT Properti Gading Mas",
    "PT Asuransi Teduh Abadi", "PT Minyak Selat Makmur", "PT Listrik Surya Terang", "PT Ritel Serba Ada",
];
const OUTLETS: &[&str] = &["Kabarindo", "Warta Pagi", "Suara Nusa", "Detakota", "Lintas Berita", "Harian Cakrawala", "Berita Timur"];
const CITIES: &[&str] = &["Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Semarang"];
const ALLEGATIONS: &[&str] = &[
    "perusahaannya membocorkan data jutaan pelanggan",
    "mencemari sungai dengan limbah pabrik",
    "menunggak pembayaran gaji karyawan selama tiga bulan",
    "terlibat penimbunan bahan pokok menjelang hari raya",
    "memanipulasi laporan keuangan tahun lalu",
    "menggunakan bahan baku yang tidak berizin",
];
const QUOTES: &[&str] = &[
    "Kami tidak pernah melakukan hal tersebut. Semua kegiatan kami sesuai aturan,",
    "Tuduhan itu tidak berdasar dan kami siap membuktikannya,",
    "Informasi yang beredar tidak benar. Kami sudah memeriksa seluruh sistem kami,",
    "Kami membantah keras kabar itu,",
];
const ROLES: &[&str] = &["Direktur Utama", "juru bicara", "Sekretaris Perusahaan", "Kepala Komunikasi"];
const PEOPLE: &[&str] = &["Budi Hartono", "Sari Wulandari", "Andi Saputra", "Rina Kusuma", "Dewi Lestari", "Yusuf Pratama"];
const FILLER: &[&str] = &[
    "Sebelumnya, sejumlah warga melaporkan masalah itu kepada pemerintah daerah setempat.",
    "Kasus ini menjadi perbincangan hangat di media sosial sejak pekan lalu.",
    "Pengamat menilai perusahaan perlu lebih terbuka kepada publik agar kepercayaan tidak turun.",
    "Hingga berita ini diturunkan, regulator belum memberikan keterangan resmi.",
    "Harga saham perusahaan tercatat turun tipis pada perdagangan sesi pertama.",
    "Lembaga konsumen meminta agar pemeriksaan dilakukan secara independen dan transparan.",
];
const MONTHS: &[&str] = &["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

/// xorshift: deterministic, no dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as usize
    }
    fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[self.next() % v.len()]
    }
}

/// Text under construction, tracking character offsets.
struct Buf {
    text: String,
    chars: usize,
}
impl Buf {
    fn push(&mut self, s: &str) -> (usize, usize) {
        let start = self.chars;
        self.text.push_str(s);
        self.chars += s.chars().count();
        (start, self.chars)
    }
    fn ev(&mut self, s: &str, rule: &str) -> Evidence {
        let (a, b) = self.push(s);
        Evidence::span(a, b, s, rule)
    }
}

/// `n` invented articles with outputs; about one in four has no denial.
pub fn corpus(n: usize) -> Vec<(ArticleOutput, String)> {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    (0..n).map(|i| article(i, &mut rng)).collect()
}

fn article(i: usize, rng: &mut Rng) -> (ArticleOutput, String) {
    let mut b = Buf { text: String::new(), chars: 0 };
    let outlet = rng.pick(OUTLETS);
    let (day, month, year) = (1 + rng.next() % 28, rng.next() % 12, 2018 + rng.next() % 8);
    let iso = format!("{year}-{:02}-{day:02}", month + 1);
    b.push(&format!("{outlet}.id\nBeranda > Bisnis > Korporasi\n\nBerita ke-{i}: kabar perusahaan hari ini\n\n"));
    b.push(&format!("{} (", rng.pick(CITIES)));
    let outlet_ev = b.ev(outlet, "outlet.dateline");
    b.push(") - ");
    let mut records = Vec::new();
    let denials = if rng.next().is_multiple_of(4) { 0 } else { 1 + rng.next() % 2 };
    let date_text = format!("{day} {} {year}", MONTHS[month]);
    let mut date_ev = None;
    for k in 0..denials {
        let company = COMPANIES[(rng.next() + k) % COMPANIES.len()];
        let allegation = rng.pick(ALLEGATIONS);
        if k > 0 {
            b.push("\n\nDi tempat terpisah, ");
        }
        let company_ev = b.ev(company, "company.pt_form");
        b.push(" membantah tudingan bahwa ");
        let allegation_ev = b.ev(allegation, "allegation.tudingan");
        b.push(". Bantahan itu disampaikan pada ");
        let d = b.ev(&date_text, "date.sentence");
        date_ev.get_or_insert(d.clone());
        b.push(".\n\n“");
        let quote = rng.pick(QUOTES);
        let quote_ev = b.ev(quote, "quote.direct");
        b.push("” kata ");
        let speaker = format!("{} {company}, {}", rng.pick(ROLES), rng.pick(PEOPLE));
        let speaker_ev = b.ev(&speaker, "speaker.kata_role");
        b.push(", kepada wartawan.");
        let mut evidence = BTreeMap::new();
        evidence.insert("company".into(), company_ev);
        evidence.insert("allegation".into(), allegation_ev);
        evidence.insert("denial_quote".into(), quote_ev);
        evidence.insert("speaker".into(), speaker_ev);
        evidence.insert("date".into(), d);
        evidence.insert("outlet".into(), outlet_ev.clone());
        records.push(Record {
            company: company.into(),
            allegation: Some(allegation.into()),
            denial_quote: Some(quote.into()),
            quote_kind: Some(QuoteKind::Direct),
            speaker: Some(speaker),
            date: Some(iso.clone()),
            outlet: Some(outlet.into()),
            evidence,
        });
    }
    if denials == 0 {
        b.push(&format!("Pasar saham ditutup menguat pada {date_text}."));
    }
    for _ in 0..(8 + rng.next() % 8) {
        b.push("\n\n");
        b.push(rng.pick(FILLER));
        b.push(" ");
        b.push(rng.pick(FILLER));
    }
    b.push("\n\nBaca juga: Harga cabai naik lagi di pasar induk\nBagikan artikel ini\n");
    let mut art_ev = BTreeMap::new();
    art_ev.insert("outlet".to_string(), outlet_ev);
    let published = date_ev.map(|d| {
        art_ev.insert("published".to_string(), d);
        iso.clone()
    });
    let id = format!("synth_{i:05}");
    let out = ArticleOutput {
        schema_version: SCHEMA_VERSION,
        article: ArticleInfo {
            id: id.clone(),
            source: format!("{id}.txt"),
            sha256: denialkb::sha256_hex(b.text.as_bytes()),
            url: None,
            outlet: Some(outlet.into()),
            published,
            evidence: art_ev,
            warnings: vec![],
        },
        records,
    };
    (out, b.text)
}
