//! Crawl throughput: a generated `.warc.gz` of news pages read end to end (gzip members,
//! WARC and HTTP parsing, charset, HTML parse, main-content text, metadata, extraction).
//!
//!     cargo bench --bench crawl            # PAGES=2000 by default
//!     python3 benches/crawl_compare.py target/crawl-bench   # trafilatura + htmldate, same pages
//!
//! Writes target/crawl-bench/{bench.warc.gz, truth.json, figures.json}. The pages are
//! invented (sentence bank below) in the shapes of Indonesian news sites: a large head with
//! scripts and styles, menus, the article, related links, a footer; publication dates given
//! in five ways (JSON-LD + OpenGraph, `article:published_time` only, `<time>` only, in the
//! URL and text only, in the text only).

use std::io::Write;
use std::path::Path;
use std::time::Instant;

use denialkb::crawl::{Outcome, Pending, articles_from_path, pending_from_path};
use rayon::prelude::*;
use denialkb::extract::Extractor;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const OUTLETS: &[(&str, &str)] = &[
    ("Kabar Contoh", "kabarcontoh.example"),
    ("Warta Priangan", "wartapriangan.example"),
    ("Suara Pesisir", "suarapesisir.example"),
    ("Harian Nusa", "hariannusa.example"),
    ("Tekno Kita", "teknokita.example"),
];
const CITIES: &[&str] = &["Jakarta", "Bandung", "Surabaya", "Medan", "Makassar", "Semarang", "Denpasar", "Palembang"];
const COMPANIES: &[&str] = &[
    "PT Sinar Abadi Pangan", "PT Telaga Data Nusantara", "PT Griya Lestari Properti", "PT Angkasa Raya Airlines",
    "PT Cantika Ayu", "PT Benang Emas Tekstil", "PT Dompet Kita Indonesia", "PT Laut Biru Kimia",
];
const CLAIMS: &[&str] = &[
    "menimbun bahan pokok di gudangnya", "membocorkan data pelanggan", "mencemari sungai di sekitar pabrik",
    "menjual tiket melebihi kapasitas", "memberhentikan ratusan karyawan tanpa pesangon", "menaikkan harga secara sepihak",
];
const FILLER: &[&str] = &[
    "Perusahaan menyatakan akan bekerja sama dengan pihak berwenang untuk menjernihkan persoalan ini.",
    "Sejumlah warga sebelumnya menyampaikan keluhan melalui media sosial dan kanal pengaduan resmi.",
    "Pengamat menilai transparansi informasi menjadi kunci untuk meredam kekhawatiran publik.",
    "Hingga berita ini diturunkan, belum ada tanggapan dari lembaga yang melaporkan dugaan tersebut.",
    "Data yang dihimpun menunjukkan keluhan serupa meningkat dalam tiga bulan terakhir.",
    "Pemerintah daerah berjanji akan memanggil kedua belah pihak pekan depan.",
    "Sebelumnya, kasus serupa pernah terjadi di provinsi lain dan berakhir dengan mediasi.",
    "Asosiasi industri meminta semua pihak menunggu hasil pemeriksaan yang sedang berjalan.",
];
const DAYS: &[&str] = &["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];
const MONTHS: &[&str] =
    &["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"];

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// One page: its HTML, URL and the truth (publication date, outlet).
fn page(i: usize, rng: &mut Rng) -> (String, String, String, String) {
    let (outlet, host) = OUTLETS[i % OUTLETS.len()];
    let (y, m, d) = (2019 + rng.below(6), 1 + rng.below(12), 1 + rng.below(28));
    let date = format!("{y:04}-{m:02}-{d:02}");
    let (hh, mm) = (rng.below(24), rng.below(60));
    let iso = format!("{date}T{hh:02}:{mm:02}:00+07:00");
    let city = rng.pick(CITIES);
    let company = rng.pick(COMPANIES);
    let claim = rng.pick(CLAIMS);
    let day = rng.pick(DAYS);
    let shape = i % 5;
    let url = if shape == 3 {
        format!("https://www.{host}/ekonomi/{y:04}/{m:02}/{d:02}/berita-{i}")
    } else {
        format!("https://www.{host}/read/{i}/berita-{i}")
    };
    let title = format!("{company} bantah {claim}");
    let mut head = format!("<meta charset=\"utf-8\"><title>{} - {outlet}</title>\n", esc(&title));
    head.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    for k in 0..12 {
        head.push_str(&format!("<link rel=\"preload\" href=\"https://cdn.{host}/assets/app-{k}.js\" as=\"script\">\n"));
    }
    if shape != 4 {
        head.push_str(&format!("<meta property=\"og:site_name\" content=\"{outlet}\">\n"));
    }
    head.push_str(&format!("<meta property=\"og:title\" content=\"{}\">\n<link rel=\"canonical\" href=\"{url}\">\n", esc(&title)));
    match shape {
        0 => head.push_str(&format!(
            "<meta property=\"article:published_time\" content=\"{iso}\">\n<script type=\"application/ld+json\">{{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"{}\",\"datePublished\":\"{iso}\",\"publisher\":{{\"@type\":\"Organization\",\"name\":\"{outlet}\"}}}}</script>\n",
            esc(&title)
        )),
        1 => head.push_str(&format!("<meta property=\"article:published_time\" content=\"{iso}\">\n")),
        _ => {}
    }
    // Inline scripts and styles: the bulk of a real news page.
    for k in 0..6 {
        head.push_str("<script>window.dataLayer=window.dataLayer||[];");
        for j in 0..40 {
            head.push_str(&format!("dataLayer.push({{'event':'e{k}_{j}','slot':'div-gpt-ad-{i}-{j}','size':[300,250]}});"));
        }
        head.push_str("</script>\n");
    }
    head.push_str("<style>");
    for j in 0..150 {
        head.push_str(&format!(".c{j}{{margin:{j}px 0;padding:0 {j}px;color:#{:06x}}}", rng.next() & 0xFFFFFF));
    }
    head.push_str("</style>\n");

    let mut body = String::from("<header><nav class=\"menu\"><ul>");
    for k in 0..60 {
        body.push_str(&format!("<li><a href=\"/kanal/{k}\">Kanal {k}</a></li>"));
    }
    body.push_str("</ul></nav></header>\n<main><article class=\"read__content\">\n");
    body.push_str(&format!("<h1>{}</h1>\n<div class=\"read__author\">Penulis: Redaksi {outlet}</div>\n", esc(&title)));
    if shape == 2 {
        body.push_str(&format!("<time datetime=\"{iso}\">{day}, {d} {} {y}</time>\n", MONTHS[m - 1]));
    }
    let dateline = format!("{city} ({outlet}) - {company} membantah tuduhan {claim}, {day} ({d}/{m}/{y}).");
    body.push_str(&format!("<p>{}</p>\n", esc(&dateline)));
    body.push_str(&format!(
        "<p>\u{201C}Tuduhan itu tidak benar. Kami selalu mematuhi aturan yang berlaku,\u{201D} kata juru bicara {company} di {city}.</p>\n"
    ));
    for _ in 0..(6 + rng.below(8)) {
        let a = rng.pick(FILLER);
        let b = rng.pick(FILLER);
        body.push_str(&format!("<p>{a} {b}</p>\n"));
        if rng.below(4) == 0 {
            body.push_str("<div class=\"ads\"><div id=\"div-gpt-ad\"></div><span>Advertisement</span></div>\n");
        }
    }
    body.push_str("</article>\n<aside class=\"terkait\"><h3>Berita Terkait</h3><ul>");
    for k in 0..15 {
        body.push_str(&format!("<li><a href=\"/read/{k}\">{} ({k})</a></li>", rng.pick(FILLER)));
    }
    body.push_str("</ul></aside></main>\n<footer><p>Hak cipta dilindungi.</p>");
    for k in 0..20 {
        body.push_str(&format!("<a href=\"/info/{k}\">Info {k}</a> "));
    }
    body.push_str("</footer>\n");
    let html = format!("<!DOCTYPE html>\n<html lang=\"id\"><head>\n{head}</head><body>\n{body}</body></html>\n");
    (html, url, date, outlet.to_string())
}

fn member(record: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::new(6));
    e.write_all(record).unwrap();
    e.finish().unwrap()
}

fn response(i: usize, url: &str, html: &str) -> Vec<u8> {
    let http = format!("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\nContent-Length: {}\r\n\r\n{html}", html.len());
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{i:08x}-0000-4000-8000-000000000000>\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2024-06-01T00:00:00Z\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
        http.len()
    )
    .into_bytes();
    r.extend_from_slice(http.as_bytes());
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn main() {
    let n: usize = std::env::var("PAGES").ok().and_then(|s| s.parse().ok()).unwrap_or(2000);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/crawl-bench");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("bench.warc.gz");
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut out = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
    let (mut raw, mut html_bytes) = (0u64, 0u64);
    let mut truth = Vec::new();
    for i in 0..n {
        let (html, url, date, outlet) = page(i, &mut rng);
        let rec = response(i, &url, &html);
        raw += rec.len() as u64;
        html_bytes += html.len() as u64;
        out.write_all(&member(&rec)).unwrap();
        truth.push(serde_json::json!({"id": format!("{i:08x}-0000-4000-8000-000000000000"), "url": url, "published": date, "outlet": outlet}));
    }
    out.flush().unwrap();
    drop(out);
    let gz = std::fs::metadata(&path).unwrap().len();
    std::fs::write(dir.join("truth.json"), serde_json::to_string_pretty(&truth).unwrap()).unwrap();

    let ex = Extractor::builtin();
    let mb = |b: u64, s: f64| b as f64 / 1e6 / s;
    let mut figures = serde_json::Map::new();
    // Best of three runs: the machine is shared.
    let mut best = f64::MAX;
    let mut meta_dates = 0usize;
    let mut meta_sites = 0usize;
    let mut pages = 0usize;
    for _ in 0..3 {
        let t = Instant::now();
        let (mut p, mut md, mut ms) = (0, 0, 0);
        for (o, want) in articles_from_path(&path).zip(&truth) {
            let Outcome::Article(a) = o else { panic!("bench page not read: {o:?}") };
            let _ = ex.extract(&a);
            p += 1;
            md += a.meta.published.as_deref().is_some_and(|v| v.starts_with(want["published"].as_str().unwrap())) as usize;
            ms += (a.meta.site_name.as_deref() == want["outlet"].as_str()) as usize;
        }
        best = best.min(t.elapsed().as_secs_f64());
        (pages, meta_dates, meta_sites) = (p, md, ms);
    }
    let s = best;

    // Pages parsed on all cores, in input order: read a batch, parse it in parallel, repeat.
    let mut best_par = f64::MAX;
    for _ in 0..3 {
        let t = Instant::now();
        let mut it = pending_from_path(&path);
        let mut done = 0;
        loop {
            let batch: Vec<Pending> = it.by_ref().take(256).collect();
            if batch.is_empty() {
                break;
            }
            let outs: Vec<usize> = batch
                .into_par_iter()
                .map(|p| match p.resolve() {
                    Outcome::Article(a) => ex.extract(&a).records.len(),
                    o => panic!("bench page not read: {o:?}"),
                })
                .collect();
            done += outs.len();
        }
        assert_eq!(done, pages);
        best_par = best_par.min(t.elapsed().as_secs_f64());
    }
    let sp = best_par;
    println!("crawl bench: {pages} pages, {:.1} MB gzipped, {:.1} MB WARC uncompressed, {:.1} MB HTML", gz as f64 / 1e6, raw as f64 / 1e6, html_bytes as f64 / 1e6);
    println!("  end to end (one thread): {s:.2} s = {:.0} pages/s, {:.1} MB/s gzipped, {:.1} MB/s uncompressed WARC, {:.1} MB/s HTML",
        pages as f64 / s, mb(gz, s), mb(raw, s), mb(html_bytes, s));
    println!("  end to end ({} threads, pages parsed in parallel): {sp:.2} s = {:.0} pages/s, {:.1} MB/s gzipped, {:.1} MB/s uncompressed WARC, {:.1} MB/s HTML",
        rayon::current_num_threads(), pages as f64 / sp, mb(gz, sp), mb(raw, sp), mb(html_bytes, sp));
    println!("  page metadata: published right on {meta_dates}/{pages}, site name right on {meta_sites}/{pages}");
    for (k, v) in [
        ("pages", pages as f64),
        ("gz_bytes", gz as f64),
        ("warc_bytes", raw as f64),
        ("html_bytes", html_bytes as f64),
        ("seconds", s),
        ("pages_per_s", pages as f64 / s),
        ("mb_per_s_gz", mb(gz, s)),
        ("mb_per_s_warc", mb(raw, s)),
        ("mb_per_s_html", mb(html_bytes, s)),
        ("threads", rayon::current_num_threads() as f64),
        ("seconds_parallel", sp),
        ("pages_per_s_parallel", pages as f64 / sp),
        ("mb_per_s_gz_parallel", mb(gz, sp)),
        ("mb_per_s_html_parallel", mb(html_bytes, sp)),
        ("meta_published_right", meta_dates as f64),
        ("meta_site_name_right", meta_sites as f64),
    ] {
        figures.insert(k.into(), serde_json::json!(v));
    }
    std::fs::write(dir.join("figures.json"), serde_json::to_string_pretty(&figures).unwrap()).unwrap();
}
