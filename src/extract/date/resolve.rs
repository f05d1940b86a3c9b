//! From written dates to calendar dates: weekday checks and year completion.
//!
//! A weekday and a full date that disagree are read the way the weekday supports (a swapped
//! day and month) when such a reading exists, else literally. A year-less day takes its year
//! from the strongest source that fits: the publication date, the copyright line, another full
//! date, then a plain year mention; the weaker sources count only when the day's weekday
//! falls on that year, since the text then confirms them.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::scan::{Found, Mention};

/// A calendar value at the precision the text allows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Value {
    Day(NaiveDate),
    Month(i32, u32),
}

impl Value {
    pub fn iso(&self) -> String {
        match self {
            Value::Day(d) => d.format("%Y-%m-%d").to_string(),
            Value::Month(y, m) => format!("{y:04}-{m:02}"),
        }
    }
}

/// The date a mention stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Resolved {
    pub value: Value,
    /// The year came from elsewhere in the text.
    pub completed: bool,
}

const FIRST_YEAR: i32 = 1900;
const LAST_YEAR: i32 = 2100;

/// The years an article supports, strongest first.
#[derive(Debug, Clone, Default)]
pub struct Years {
    publication: Option<NaiveDate>,
    copyright: Option<i32>,
    /// Years of full dates, in text order.
    full: Vec<i32>,
    /// Years of month-years and plain year mentions, in text order.
    weak: Vec<i32>,
    /// Years found only in link paragraphs.
    link: Vec<i32>,
    /// Some year-less weekday-dated day exists.
    has_weekday_days: bool,
    /// Per year: some year-less weekday-dated day falls on its weekday in that year.
    consistent: Vec<bool>,
}

impl Years {
    pub fn new(found: &Found, publication: Option<NaiveDate>) -> Years {
        let mut y = Years {
            publication,
            copyright: found.copyright.as_ref().map(|c| c.0),
            consistent: vec![false; (LAST_YEAR - FIRST_YEAR + 1) as usize],
            ..Years::default()
        };
        for m in &found.mentions {
            match (m.year, m.day, m.weekday) {
                (Some(yr), day, _) if !m.period => {
                    let list = if m.link {
                        &mut y.link
                    } else if day.is_some() {
                        &mut y.full
                    } else {
                        &mut y.weak
                    };
                    push_unique(list, yr);
                }
                (None, Some(d), Some(w)) if !m.link => {
                    y.has_weekday_days = true;
                    for (i, ok) in y.consistent.iter_mut().enumerate() {
                        let yr = FIRST_YEAR + i as i32;
                        *ok = *ok || day_in(yr, m.month, d, m.numeric).is_some_and(|x| x.weekday() == w);
                    }
                }
                _ => {}
            }
        }
        for yr in &found.years {
            if !yr.period {
                push_unique(if yr.link { &mut y.link } else { &mut y.weak }, yr.year);
            }
        }
        y
    }

    /// The publication date (text or metadata) the completion uses.
    pub fn publication(&self) -> Option<NaiveDate> {
        self.publication
    }

    /// The text's year-less weekday days all fall on other weekdays in year `y`.
    pub fn contradicted(&self, y: i32) -> bool {
        self.has_weekday_days && !self.consistent_with(y)
    }

    /// A year-less weekday day of the text falls on its weekday in year `y`.
    pub fn confirmed(&self, y: i32) -> bool {
        self.has_weekday_days && self.consistent_with(y)
    }

    fn consistent_with(&self, y: i32) -> bool {
        usize::try_from(y - FIRST_YEAR).ok().and_then(|i| self.consistent.get(i).copied()).unwrap_or(false)
    }

    /// The date a mention stands for, if the text supports one.
    pub fn resolve(&self, m: &Mention) -> Option<Resolved> {
        match (m.day, m.year) {
            (None, Some(y)) => Some(Resolved { value: Value::Month(y, m.month), completed: false }),
            (None, None) => None,
            (Some(_), Some(_)) => literal(m).map(|d| Resolved { value: Value::Day(d), completed: false }),
            (Some(d), None) => self.complete(d, m).map(|d| Resolved { value: Value::Day(d), completed: true }),
        }
    }

    fn complete(&self, d: u32, m: &Mention) -> Option<NaiveDate> {
        let at = |y: i32| day_in(y, m.month, d, m.numeric);
        let mut strong = Vec::new();
        if let Some(p) = self.publication {
            // a day well after publication belongs to the year before
            let late = at(p.year()).zip(p.checked_add_days(Days::new(7))).is_some_and(|(x, limit)| x > limit);
            strong.push(if late { p.year() - 1 } else { p.year() });
        }
        strong.extend(self.copyright);
        match m.weekday {
            Some(w) => strong
                .iter()
                .chain(&self.full)
                .chain(&self.weak)
                .chain(&self.link)
                .find_map(|&y| at(y).filter(|x| x.weekday() == w))
                .or_else(|| strong.first().and_then(|&y| at(y))),
            None => strong.first().or(self.full.first()).and_then(|&y| at(y)),
        }
    }
}

fn push_unique(list: &mut Vec<i32>, y: i32) {
    if !list.contains(&y) {
        list.push(y);
    }
}

/// Day `d` of month `m` in year `y`; numeric pairs that only work swapped are read swapped.
fn day_in(y: i32, m: u32, d: u32, numeric: bool) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d).or_else(|| if numeric { NaiveDate::from_ymd_opt(y, d, m) } else { None })
}

/// A full written date, read the way its weekday supports.
pub fn literal(m: &Mention) -> Option<NaiveDate> {
    let (y, d) = (m.year?, m.day?);
    let lit = NaiveDate::from_ymd_opt(y, m.month, d);
    let swap = if m.numeric { NaiveDate::from_ymd_opt(y, d, m.month) } else { None };
    let fits = |x: &Option<NaiveDate>, w: Weekday| x.is_some_and(|x| x.weekday() == w);
    match m.weekday {
        Some(w) if !fits(&lit, w) && fits(&swap, w) => swap,
        _ => lit.or(swap),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mention(day: Option<u32>, month: u32, year: Option<i32>, weekday: Option<Weekday>) -> Mention {
        Mention {
            span: 0..1,
            weekday,
            day,
            month,
            year,
            numeric: true,
            paren: true,
            para: 0,
            link: false,
            period: false,
            time_follows: false,
            alone: false,
            update: false,
            stated: false,
            event: false,
            past: false,
        }
    }

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn weekday_prefers_swapped_day_and_month() {
        // 4 March 2021 is a Thursday, 3 April 2021 a Saturday
        let m = mention(Some(3), 4, Some(2021), Some(Weekday::Thu));
        assert_eq!(literal(&m), Some(ymd(2021, 3, 4)));
    }

    #[test]
    fn wrong_weekday_without_swapped_reading_keeps_literal_date() {
        let m = mention(Some(20), 5, Some(2022), Some(Weekday::Mon));
        assert_eq!(literal(&m), Some(ymd(2022, 5, 20)));
    }

    #[test]
    fn impossible_literal_date_is_read_swapped() {
        assert_eq!(literal(&mention(Some(4), 25, Some(2020), None)), Some(ymd(2020, 4, 25)));
        let named = Mention { numeric: false, ..mention(Some(31), 2, Some(2020), None) };
        assert_eq!(literal(&named), None);
    }

    #[test]
    fn yearless_day_completed_from_publication_date() {
        let y = Years::new(&Found::default(), Some(ymd(2021, 6, 9)));
        let r = y.resolve(&mention(Some(8), 6, None, Some(Weekday::Tue))).unwrap();
        assert_eq!(r.value, Value::Day(ymd(2021, 6, 8)));
        assert!(r.completed);
    }

    #[test]
    fn december_day_before_january_publication_is_last_year() {
        let y = Years::new(&Found::default(), Some(ymd(2021, 1, 2)));
        let r = y.resolve(&mention(Some(30), 12, None, None)).unwrap();
        assert_eq!(r.value, Value::Day(ymd(2020, 12, 30)));
    }

    #[test]
    fn copyright_year_completes_even_against_the_weekday() {
        let found = Found { copyright: Some((2019, 0..4)), ..Found::default() };
        let y = Years::new(&found, None);
        // 1 Feb 2019 is a Friday; the text says Monday
        let r = y.resolve(&mention(Some(1), 2, None, Some(Weekday::Mon))).unwrap();
        assert_eq!(r.value, Value::Day(ymd(2019, 2, 1)));
    }

    #[test]
    fn plain_year_completes_only_when_weekday_confirms() {
        let mut found = Found::default();
        found.years.push(super::super::scan::Year { span: 0..4, year: 2016, link: false, period: false });
        let y = Years::new(&found, None);
        // 5 April 2016 is a Tuesday
        assert!(y.resolve(&mention(Some(5), 4, None, Some(Weekday::Tue))).is_some());
        assert!(y.resolve(&mention(Some(5), 4, None, Some(Weekday::Wed))).is_none());
        assert!(y.resolve(&mention(Some(5), 4, None, None)).is_none());
    }

    #[test]
    fn yearless_weekday_days_contradict_other_years() {
        let mut found = Found::default();
        found.mentions.push(mention(Some(5), 4, None, Some(Weekday::Tue)));
        let y = Years::new(&found, None);
        assert!(y.confirmed(2016));
        assert!(y.contradicted(2017));
        assert!(!Years::new(&Found::default(), None).contradicted(2017));
    }

    #[test]
    fn month_year_resolves_to_month() {
        let y = Years::default();
        assert_eq!(y.resolve(&mention(None, 2, Some(2023), None)).map(|r| r.value.iso()), Some("2023-02".into()));
    }
}
