//! A synthetic corpus of Indonesian-like news for benchmarks and scale tests: reproducible
//! (fixed-seed PRNG), invented text only. Ordinary articles have datelines, paragraphs,
//! quotes and numbers like real news; one in `denial_every` also holds a corporate denial.

#![allow(dead_code)]

use std::io::Write;
use std::path::Path;

/// xorshift64*: small, fast, reproducible.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545F4914F6CDD1D)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const CITIES: &[&str] = &["Jakarta", "Surabaya", "Bandung", "Medan", "Makassar", "Semarang", "Denpasar", "Palembang", "Yogyakarta", "Balikpapan"];
const OUTLETS: &[&str] = &["(ANTARA)", "KOMPAS.com", "Liputan6.com", "detikcom", "Tempo.co", "CNN Indonesia", "Bisnis.com", "Kontan.co.id"];
const DAYS: &[&str] = &["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];
const SUBJECTS: &[&str] = &[
    "Pemerintah kota", "Dinas perhubungan", "Warga setempat", "Kepala desa", "Anggota dewan", "Para pedagang",
    "Petugas kebersihan", "Tim relawan", "Panitia acara", "Kelompok tani", "Pengelola pasar", "Sejumlah mahasiswa",
    "Badan pusat statistik", "Pengurus koperasi", "Pihak sekolah", "Komunitas pesepeda",
];
const VERBS: &[&str] = &[
    "meresmikan", "membahas", "menyiapkan", "meninjau", "mengumumkan", "memperbaiki", "menggelar", "mendata",
    "menyalurkan", "mengevaluasi", "merencanakan", "mendukung", "memantau", "membangun", "menata",
];
const OBJECTS: &[&str] = &[
    "jalan lingkar selatan", "program bantuan sosial", "pasar tradisional", "jembatan penghubung antardesa",
    "festival budaya tahunan", "pelayanan kesehatan gratis", "saluran irigasi", "taman kota", "jadwal vaksinasi",
    "harga kebutuhan pokok", "rencana tata ruang", "pelatihan kerja bagi pemuda", "anggaran pendidikan",
    "armada bus sekolah", "pengolahan sampah plastik", "penataan pedagang kaki lima",
];
const TAILS: &[&str] = &[
    "pada pekan ini", "sejak awal bulan", "bersama pemerintah provinsi", "di tengah musim hujan",
    "untuk meningkatkan kesejahteraan warga", "dengan anggaran sekitar Rp 2,5 miliar", "menjelang hari raya",
    "sesuai arahan wali kota", "yang dihadiri ratusan warga", "agar berjalan tertib dan aman",
];
const NAMES: &[&str] = &["Budi Santoso", "Siti Rahmawati", "Agus Prasetyo", "Dewi Lestari", "Hendra Wijaya", "Rina Kartika", "Yusuf Hidayat", "Maya Sari"];
const ROLES: &[&str] = &["Kepala Dinas", "Ketua RT", "Camat", "Sekretaris daerah", "Koordinator lapangan", "Juru bicara panitia"];
const COMPANIES: &[&str] = &[
    "PT Sinar Abadi Tbk", "PT Nusantara Jaya Telekomunikasi", "PT Bumi Lestari Sawit", "PT Kencana Logistik",
    "PT Mega Pangan Sejahtera", "PT Cahaya Digital Indonesia", "PT Samudra Energi", "PT Karya Beton Persada",
];
const ALLEGATIONS: &[&str] = &[
    "menjual data pribadi pelanggan", "mencemari sungai di sekitar pabrik", "menunggak gaji karyawan",
    "terlibat kartel harga", "menggunakan lahan tanpa izin", "memalsukan laporan keuangan",
];
const DENY: &[&str] = &["membantah", "menepis", "menyangkal", "membantah keras"];

fn sentence(r: &mut Rng) -> String {
    format!("{} {} {} {}.", r.pick(SUBJECTS), r.pick(VERBS), r.pick(OBJECTS), r.pick(TAILS))
}

fn quote(r: &mut Rng) -> String {
    format!(
        "\u{201C}Kami berharap {} dapat selesai tepat waktu dan bermanfaat bagi {} warga,\u{201D} kata {} {}, {}.",
        r.pick(OBJECTS),
        100 + r.below(9000),
        r.pick(ROLES),
        r.pick(NAMES),
        r.pick(DAYS)
    )
}

fn denial(r: &mut Rng) -> String {
    let c = r.pick(COMPANIES);
    let a = r.pick(ALLEGATIONS);
    format!(
        "{c} {} tudingan bahwa perusahaan {a}. \"Tidak benar bahwa kami {a}. Kami selalu patuh pada aturan,\" kata Direktur Utama {c}, {}, di {}, {} ({}/{}/2021).",
        r.pick(DENY),
        r.pick(NAMES),
        r.pick(CITIES),
        r.pick(DAYS),
        1 + r.below(28),
        1 + r.below(12)
    )
}

/// One article of about `target` bytes.
pub fn article(r: &mut Rng, with_denial: bool, target: usize) -> String {
    let mut s = format!("{}, {} - ", r.pick(CITIES).to_uppercase(), r.pick(OUTLETS));
    let mut para = 0;
    let denial_at = 1 + r.below(3);
    while s.len() < target {
        let n = 2 + r.below(3);
        for i in 0..n {
            if i > 0 {
                s.push(' ');
            }
            s.push_str(&sentence(r));
        }
        if r.below(3) == 0 {
            s.push(' ');
            s.push_str(&quote(r));
        }
        if with_denial && para == denial_at {
            s.push('\n');
            s.push_str(&denial(r));
        }
        s.push('\n');
        if r.below(6) == 0 {
            s.push_str("Baca Juga: ");
            s.push_str(&sentence(r));
            s.push('\n');
        }
        para += 1;
    }
    if with_denial && para <= denial_at {
        s.push_str(&denial(r));
        s.push('\n');
    }
    s
}

/// The corpus: `n` articles of about 3 KB, one in `denial_every` with a denial.
pub fn corpus(n: usize, denial_every: usize, seed: u64) -> impl Iterator<Item = (String, String)> {
    let mut r = Rng::new(seed);
    (0..n).map(move |i| {
        let target = 2200 + r.below(1600);
        (format!("art{i:07}"), article(&mut r, i % denial_every == 0, target))
    })
}

/// Write a corpus as JSONL. Returns bytes written.
pub fn write_jsonl(path: &Path, n: usize, denial_every: usize, seed: u64) -> u64 {
    let mut w = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut bytes = 0;
    for (id, text) in corpus(n, denial_every, seed) {
        let line = serde_json::json!({"id": id, "text": text, "url": format!("https://berita.example/{id}")}).to_string();
        bytes += line.len() as u64 + 1;
        writeln!(w, "{line}").unwrap();
    }
    bytes
}

/// Write a corpus as a directory of `.txt` files (1000 per subdirectory). Returns text bytes.
pub fn write_dir(dir: &Path, n: usize, denial_every: usize, seed: u64) -> u64 {
    let mut bytes = 0;
    for (i, (id, text)) in corpus(n, denial_every, seed).enumerate() {
        let sub = dir.join(format!("part{:03}", i / 1000));
        if i % 1000 == 0 {
            std::fs::create_dir_all(&sub).unwrap();
        }
        bytes += text.len() as u64;
        std::fs::write(sub.join(format!("{id}.txt")), text).unwrap();
    }
    bytes
}
