//! Dates as pages write them in their metadata and date elements.
//!
//! A page's machine-readable dates are mostly ISO 8601 (`2024-03-05T10:00:00+07:00`), but
//! real pages also write `2024/03/05 10:00:00` (detik-style `publishdate`), the basic form
//! `20240305T100000+0700`, and human dates in `<meta>` values and date elements:
//! `November 20, 2019 13:42`, `Senin, 4 Maret 2024`, `Sa 13 Jul 2019`, `23.01.2019`,
//! `9 juin 2019`. [`parse`] reads these (month names in Indonesian, English, German, French,
//! Spanish, Dutch, Italian and Portuguese) and gives the calendar day the page wrote, never
//! converted to another time zone. A numeric date with slashes is read day first (the
//! Indonesian and European order) only when the year comes last and the day is over 12 or
//! the month is over 12 otherwise; an ambiguous `05/03/2024` is no date.

use std::sync::LazyLock;

use chrono::NaiveDate;
use regex::Regex;

/// Years a page's publication date may have.
const YEARS: std::ops::RangeInclusive<i32> = 1990..=2099;

static ISO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^((?:19|20)\d\d)([-/.])(\d{1,2})([-/.])(\d{1,2})(?:$|[^\d])").expect("valid regex"));
static BASIC: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^((?:19|20)\d\d)(\d\d)(\d\d)(?:$|[T\s])").expect("valid regex"));
static NUMERIC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:^|[^\d.])(\d{1,2})([./])(\d{1,2})([./])((?:19|20)\d\d)(?:$|[^\d])").expect("valid regex"));
static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^\p{L}\d])(\d{1,2})(?:\.|er|st|nd|rd|th)?\s*(?:de\s+)?(\p{L}{3,10})\.?,?\s*(?:de\s+)?((?:19|20)\d\d)(?:$|[^\d])")
        .expect("valid regex")
});
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:^|[^\p{L}])(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)(?:$|[^\d])").expect("valid regex")
});

/// Month names and their usual abbreviations, lower case.
const MONTHS: &[(&str, u32)] = &[
    ("januari", 1), ("january", 1), ("januar", 1), ("janvier", 1), ("enero", 1), ("janeiro", 1), ("gennaio", 1), ("jan", 1), ("jän", 1), ("janv", 1), ("ene", 1),
    ("februari", 2), ("february", 2), ("februar", 2), ("février", 2), ("fevrier", 2), ("febrero", 2), ("fevereiro", 2), ("febbraio", 2), ("feb", 2), ("pebruari", 2), ("févr", 2), ("fev", 2),
    ("maret", 3), ("march", 3), ("märz", 3), ("maerz", 3), ("mars", 3), ("marzo", 3), ("março", 3), ("maart", 3), ("mar", 3), ("mär", 3),
    ("april", 4), ("avril", 4), ("abril", 4), ("aprile", 4), ("apr", 4), ("avr", 4), ("abr", 4),
    ("mei", 5), ("may", 5), ("mai", 5), ("mayo", 5), ("maio", 5), ("maggio", 5),
    ("juni", 6), ("june", 6), ("juin", 6), ("junio", 6), ("junho", 6), ("giugno", 6), ("jun", 6),
    ("juli", 7), ("july", 7), ("juillet", 7), ("julio", 7), ("julho", 7), ("luglio", 7), ("jul", 7), ("juil", 7),
    ("agustus", 8), ("august", 8), ("augustus", 8), ("août", 8), ("aout", 8), ("agosto", 8), ("aug", 8), ("agu", 8), ("ago", 8),
    ("september", 9), ("septembre", 9), ("septiembre", 9), ("setembro", 9), ("settembre", 9), ("sep", 9), ("sept", 9),
    ("oktober", 10), ("october", 10), ("octobre", 10), ("octubre", 10), ("outubro", 10), ("ottobre", 10), ("okt", 10), ("oct", 10), ("ott", 10),
    ("november", 11), ("novembre", 11), ("noviembre", 11), ("novembro", 11), ("nov", 11), ("nop", 11), ("nopember", 11),
    ("desember", 12), ("december", 12), ("dezember", 12), ("décembre", 12), ("decembre", 12), ("diciembre", 12), ("dezembro", 12), ("dicembre", 12), ("dec", 12), ("des", 12), ("dez", 12), ("déc", 12), ("dic", 12),
];

fn month(name: &str) -> Option<u32> {
    let n = name.to_lowercase();
    MONTHS.iter().find(|(m, _)| *m == n).map(|(_, k)| *k)
}

fn day(y: &str, m: u32, d: &str) -> Option<NaiveDate> {
    let y: i32 = y.parse().ok()?;
    let d: u32 = d.parse().ok()?;
    YEARS.contains(&y).then(|| NaiveDate::from_ymd_opt(y, m, d)).flatten()
}

/// Does the value start with an ISO 8601 date (`YYYY-MM-DD`)?
pub fn is_iso(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 10
        && b[..4].iter().all(u8::is_ascii_digit)
        && b[4] == b'-'
        && b[5..7].iter().all(u8::is_ascii_digit)
        && b[7] == b'-'
        && b[8..10].iter().all(u8::is_ascii_digit)
}

/// The calendar day a metadata value or a short date element writes, if any.
pub fn parse(raw: &str) -> Option<NaiveDate> {
    let s = raw.trim();
    if let Some(c) = ISO.captures(s) {
        // one separator throughout: `2024-03-05`, `2024/03/05`, `2024.03.05`
        return (c[2] == c[4]).then(|| day(&c[1], c[3].parse().ok()?, &c[5])).flatten();
    }
    if let Some(c) = BASIC.captures(s) {
        return day(&c[1], c[2].parse().ok()?, &c[3]);
    }
    if s.len() > 200 {
        return None;
    }
    if let Some(d) = DAY_MONTH.captures_iter(s).find_map(|c| day(&c[3], month(&c[2])?, &c[1])) {
        return Some(d);
    }
    if let Some(d) = MONTH_DAY.captures_iter(s).find_map(|c| day(&c[3], month(&c[1])?, &c[2])) {
        return Some(d);
    }
    let c = NUMERIC.captures(s)?;
    if c[2] != c[4] {
        return None;
    }
    let (a, b): (u32, u32) = (c[1].parse().ok()?, c[3].parse().ok()?);
    match (&c[2], a > 12, b > 12) {
        // dotted dates are day first wherever they are written
        (".", _, _) | (_, true, false) => day(&c[5], b, &c[1]),
        (_, false, true) => day(&c[5], a, &c[3]),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Option<String> {
        parse(s).map(|d| d.format("%Y-%m-%d").to_string())
    }

    #[test]
    fn machine_forms() {
        assert_eq!(p("2024-03-05T10:00:00+07:00").as_deref(), Some("2024-03-05"));
        assert_eq!(p("2019/05/26 19:29:32").as_deref(), Some("2019-05-26"));
        assert_eq!(p("20180619T055000+0900").as_deref(), Some("2018-06-19"));
        assert_eq!(p("2021-01-03T17:40:00EET").as_deref(), Some("2021-01-03"));
        assert_eq!(p("2024-02-30"), None);
        assert_eq!(p("2024-03/05"), None);
        assert_eq!(p("1529283660000"), None);
    }

    #[test]
    fn human_forms_in_several_languages() {
        assert_eq!(p("November 20, 2019 13:42").as_deref(), Some("2019-11-20"));
        assert_eq!(p("Saturday, December 27, 2014, 12:06 PM").as_deref(), Some("2014-12-27"));
        assert_eq!(p("Senin, 4 Maret 2024 | 10:15 WIB").as_deref(), Some("2024-03-04"));
        assert_eq!(p("Sa  13 Jul 2019").as_deref(), Some("2019-07-13"));
        assert_eq!(p("Publié le 9 juin 2019").as_deref(), Some("2019-06-09"));
        assert_eq!(p("am 3. Mai 2013").as_deref(), Some("2013-05-03"));
        assert_eq!(p("jueves, 09 de enero de 2014").as_deref(), Some("2014-01-09"));
        assert_eq!(p("Thu, 14 May 2020 17:55 UTC").as_deref(), Some("2020-05-14"));
    }

    #[test]
    fn numeric_dates_only_when_unambiguous() {
        assert_eq!(p("23.01.2019").as_deref(), Some("2019-01-23"));
        assert_eq!(p("Stand: 05.03.2024").as_deref(), Some("2024-03-05"));
        assert_eq!(p("26/5/2019").as_deref(), Some("2019-05-26"));
        assert_eq!(p("5/26/2019").as_deref(), Some("2019-05-26"));
        assert_eq!(p("05/03/2024"), None);
        assert_eq!(p("Rp 1.000.2019"), None);
    }

    #[test]
    fn words_that_are_not_months_give_nothing() {
        assert_eq!(p("12 orang 2019"), None);
        assert_eq!(p("Halaman 2 dari 2019"), None);
    }
}
