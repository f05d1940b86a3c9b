use std::io::{Cursor, Write};

use super::*;

fn record(kind: &str, id: &str, uri: &str, ctype: &str, block: &[u8]) -> Vec<u8> {
    let mut r = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{id}>\r\nWARC-Target-URI: {uri}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    )
    .into_bytes();
    r.extend_from_slice(block);
    r.extend_from_slice(b"\r\n\r\n");
    r
}

fn http(status: &str, ctype: &str, body: &str) -> Vec<u8> {
    format!("HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n\r\n{body}").into_bytes()
}

fn gz(data: &[u8]) -> Vec<u8> {
    let mut e = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    e.write_all(data).unwrap();
    e.finish().unwrap()
}

const PAGE: &str = "<html><head><meta property=\"og:site_name\" content=\"Kabar Contoh\"></head><body><article>\
<p>Surabaya (Kabar) - PT Laut Biru membantah mencemari sungai di sekitar pabriknya, Selasa.</p>\
<p>\"Limbah kami diolah sesuai aturan,\" kata manajer perusahaan itu.</p></article></body></html>";

fn records() -> Vec<Vec<u8>> {
    vec![
        record("warcinfo", "00000000-0000-0000-0000-000000000000", "", "application/warc-fields", b"software: test\r\n"),
        record("request", "11111111-0000-0000-0000-000000000000", "https://kabar.example/a", "application/http; msgtype=request", b"GET /a HTTP/1.1\r\n\r\n"),
        record("response", "22222222-0000-0000-0000-000000000000", "https://kabar.example/a", "application/http; msgtype=response", &http("200 OK", "text/html; charset=utf-8", PAGE)),
        record("response", "33333333-0000-0000-0000-000000000000", "https://kabar.example/b", "application/http; msgtype=response", &http("404 Not Found", "text/html", "<p>hilang</p>")),
        record("response", "44444444-0000-0000-0000-000000000000", "https://kabar.example/c.pdf", "application/http; msgtype=response", &http("200 OK", "application/pdf", "%PDF")),
        record("metadata", "55555555-0000-0000-0000-000000000000", "https://kabar.example/a", "application/warc-fields", b"fetchTimeMs: 5\r\n"),
    ]
}

fn parsed(r: Result<WarcItem, WarcError>) -> Result<WarcItem, WarcError> {
    r.map(WarcItem::parsed)
}

fn summary(items: Vec<Result<WarcItem, WarcError>>) -> Vec<String> {
    items
        .into_iter()
        .map(|i| match i.map(WarcItem::parsed) {
            Ok(WarcItem::Article { article, .. }) => format!("article {}", article.id),
            Ok(WarcItem::Page { .. }) => unreachable!("parsed"),
            Ok(WarcItem::Skipped { reason, .. }) => format!("skip {}", reason.code()),
            Err(e) => format!("error {}", e.offset),
        })
        .collect()
}

const EXPECTED: [&str; 6] = [
    "skip record_type:warcinfo",
    "skip record_type:request",
    "article 22222222-0000-0000-0000-000000000000",
    "skip status:404",
    "skip not_html",
    "skip record_type:metadata",
];

#[test]
fn plain_warc_gives_articles_and_counted_skips() {
    let data: Vec<u8> = records().concat();
    let items: Vec<_> = WarcReader::new(Cursor::new(data), "a.warc", false).map(parsed).collect();
    assert_eq!(summary(items.clone()), EXPECTED);
    let Ok(WarcItem::Article { article, record }) = &items[2] else { panic!() };
    assert!(article.text.starts_with("Surabaya (Kabar) - PT Laut Biru membantah"), "{}", article.text);
    assert_eq!(article.meta.url.as_deref(), Some("https://kabar.example/a"));
    assert_eq!(article.meta.site_name.as_deref(), Some("Kabar Contoh"));
    assert_eq!(article.source, format!("a.warc@{}", record.offset));
}

#[test]
fn gzip_members_report_offsets_and_a_corrupt_member_is_stepped_over() {
    let members: Vec<Vec<u8>> = records().iter().map(|r| gz(r)).collect();
    let mut offsets = Vec::new();
    let mut data = Vec::new();
    for (i, m) in members.iter().enumerate() {
        offsets.push(data.len() as u64);
        let mut m = m.clone();
        if i == 3 {
            // Garble the deflate data of the 404 response's member.
            for b in &mut m[12..30] {
                *b ^= 0x5a;
            }
        }
        data.extend_from_slice(&m);
    }
    let items: Vec<_> = WarcReader::new(Cursor::new(data.clone()), "a.warc.gz", true).map(parsed).collect();
    let got = summary(items.clone());
    assert_eq!(got, ["skip record_type:warcinfo", "skip record_type:request", "article 22222222-0000-0000-0000-000000000000",
        &format!("error {}", offsets[3]), "skip not_html", "skip record_type:metadata"]);
    let Ok(WarcItem::Skipped { record, .. }) = &items[4] else { panic!() };
    assert_eq!(record.offset, offsets[4]);

    // A truncated last member: reported, and the records before it kept.
    let cut = &data[..data.len() - 10];
    let got = summary(WarcReader::new(Cursor::new(cut.to_vec()), "a.warc.gz", true).collect());
    assert_eq!(got.last().unwrap(), &format!("error {}", offsets[5]));
    assert_eq!(got.len(), 6);
}

#[test]
fn one_member_holding_all_records_is_read() {
    let data = gz(&records().concat());
    assert_eq!(summary(WarcReader::new(Cursor::new(data), "a.warc.gz", true).collect()), EXPECTED);
}

#[test]
fn garbage_in_a_plain_warc_is_reported_and_skipped() {
    let mut data = records()[..3].concat();
    let bad_at = data.len() as u64;
    data.extend_from_slice(b"this is not a record\r\n\r\n");
    data.extend_from_slice(&records()[3..].concat());
    let got = summary(WarcReader::new(Cursor::new(data), "a.warc", false).map(parsed).collect());
    assert_eq!(got[3], format!("error {bad_at}"));
    assert_eq!(&got[4..], &EXPECTED[3..]);
}

#[test]
fn wet_conversion_records_are_plain_text_articles() {
    let text = "Medan - PT Sawit Jaya membantah membakar lahan.\nPerusahaan menyebut api berasal dari luar konsesi.";
    let data = gz(&record("conversion", "66666666-0000-0000-0000-000000000000", "https://kabar.example/d", "text/plain", text.as_bytes()));
    let items: Vec<_> = WarcReader::new(Cursor::new(data), "x.warc.wet.gz", true).collect();
    let Ok(WarcItem::Article { article, .. }) = &items[0] else { panic!("{items:?}") };
    assert_eq!(article.text, text);
    assert_eq!(article.meta.key_of("url"), "warc:WARC-Target-URI");
}

#[test]
fn records_without_ids_get_offset_ids() {
    let raw = b"WARC/1.0\r\nWARC-Type: conversion\r\nContent-Length: 4\r\n\r\nteks\r\n\r\n".to_vec();
    let items: Vec<_> = WarcReader::new(Cursor::new(raw), "dir/crawl-01.warc.wet", false).collect();
    let Ok(WarcItem::Article { article, .. }) = &items[0] else { panic!() };
    assert_eq!(article.id, "crawl-01-0");
}
