//! Dates with a precision: a day, a month, a year, or an approximate month or year.
//! Parsing, display ("c. March 2016"), ordering and the interval a date may cover.

use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::fmt;

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A calendar date known to a year, a month or a day: `2015`, `2015-09`, `2015-09-11`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct PartialDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// Why a date string could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    Format(String),
    Impossible(String),
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format(s) => write!(
                f,
                "`{s}` is not a date: write YYYY, YYYY-MM or YYYY-MM-DD (for example 2015-09-11)"
            ),
            DateError::Impossible(s) => write!(f, "`{s}` is not a real calendar date"),
        }
    }
}

impl std::error::Error for DateError {}

/// The first and last years any date in the dataset or a filter may name.
pub const MIN_YEAR: u16 = 1900;
pub const MAX_YEAR: u16 = 2100;

pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => 0,
    }
}

impl PartialDate {
    pub fn year(year: u16) -> Self {
        PartialDate {
            year,
            month: None,
            day: None,
        }
    }
    pub fn month(year: u16, month: u8) -> Self {
        PartialDate {
            year,
            month: Some(month),
            day: None,
        }
    }
    pub fn day(year: u16, month: u8, day: u8) -> Self {
        PartialDate {
            year,
            month: Some(month),
            day: Some(day),
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting dates that do not exist.
    pub fn parse(s: &str) -> Result<Self, DateError> {
        let format_err = || DateError::Format(s.chars().take(40).collect());
        let parts: Vec<&str> = s.split('-').collect();
        let expected_lens: &[usize] = &[4, 2, 2];
        if parts.is_empty() || parts.len() > 3 {
            return Err(format_err());
        }
        let mut numbers = [0u16; 3];
        for (i, part) in parts.iter().enumerate() {
            if part.len() != expected_lens[i] || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(format_err());
            }
            numbers[i] = part.parse().map_err(|_| format_err())?;
        }
        let year = numbers[0];
        if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
            return Err(DateError::Impossible(s.to_string()));
        }
        let month = (parts.len() >= 2).then_some(numbers[1] as u8);
        let day = (parts.len() == 3).then_some(numbers[2] as u8);
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(DateError::Impossible(s.to_string()));
            }
            if let Some(d) = day {
                if d == 0 || d > days_in_month(year, m) {
                    return Err(DateError::Impossible(s.to_string()));
                }
            }
        }
        Ok(PartialDate { year, month, day })
    }

    /// The first day this date may stand for, as (year, month, day).
    pub fn start(&self) -> DayKey {
        DayKey::new(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day this date may stand for, as (year, month, day).
    pub fn end(&self) -> DayKey {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        DayKey::new(self.year, month, day)
    }

    /// ISO 8601 at this date's own precision: `2015`, `2015-09` or `2015-09-11`.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => format!("{:04}-{:02}", self.year, m),
            _ => format!("{:04}", self.year),
        }
    }

    /// Reads as a person would: `11 September 2015`, `September 2015`, `2015`.
    pub fn human(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{} {} {}", d, MONTH_NAMES[m as usize - 1], self.year),
            (Some(m), None) => format!("{} {}", MONTH_NAMES[m as usize - 1], self.year),
            _ => self.year.to_string(),
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.iso())
    }
}

/// A single day packed into one comparable number (`yyyymmdd`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DayKey(pub u32);

impl DayKey {
    pub fn new(year: u16, month: u8, day: u8) -> Self {
        DayKey(year as u32 * 10_000 + month as u32 * 100 + day as u32)
    }
    pub fn year(self) -> u16 {
        (self.0 / 10_000) as u16
    }
    pub fn month(self) -> u8 {
        (self.0 / 100 % 100) as u8
    }
    pub fn day(self) -> u8 {
        (self.0 % 100) as u8
    }
}

/// How exactly an event's date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    Day,
    Month,
    Year,
    /// Inferred from what a source says rather than stated by it.
    Approximate,
}

impl DatePrecision {
    pub fn as_str(self) -> &'static str {
        match self {
            DatePrecision::Day => "day",
            DatePrecision::Month => "month",
            DatePrecision::Year => "year",
            DatePrecision::Approximate => "approximate",
        }
    }
}

/// When an event happened, how precisely that is known, and where an approximate date came from.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDate {
    pub date: PartialDate,
    pub precision: DatePrecision,
    /// The source's own words about the time, when they are vague ("next month", "last year").
    pub source_words: Option<String>,
    /// How the date was inferred, when the source does not state it.
    pub note: Option<String>,
}

impl EventDate {
    pub fn exact(date: PartialDate) -> Self {
        let precision = match (date.month, date.day) {
            (Some(_), Some(_)) => DatePrecision::Day,
            (Some(_), None) => DatePrecision::Month,
            _ => DatePrecision::Year,
        };
        EventDate {
            date,
            precision,
            source_words: None,
            note: None,
        }
    }

    /// "11 September 2015", "September 2015", "2015", or "c. March 2016" when approximate.
    pub fn human(&self) -> String {
        match self.precision {
            DatePrecision::Approximate => format!("c. {}", self.date.human()),
            _ => self.date.human(),
        }
    }

    /// The order of the timeline: earliest possible day, then the finer date first, so an
    /// event known to the day comes before a month-long one starting the same day.
    pub fn sort_key(&self) -> (DayKey, DayKey) {
        (self.date.start(), self.date.end())
    }
}

impl PartialOrd for EventDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for EventDate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.sort_key().cmp(&other.sort_key())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(PartialDate::parse("2015"), Ok(PartialDate::year(2015)));
        assert_eq!(
            PartialDate::parse("2015-09"),
            Ok(PartialDate::month(2015, 9))
        );
        assert_eq!(
            PartialDate::parse("2015-09-11"),
            Ok(PartialDate::day(2015, 9, 11))
        );
    }

    #[test]
    fn rejects_impossible_and_malformed_dates() {
        for bad in [
            "2015-02-30",
            "2015-13",
            "2015-00",
            "2019-02-29",
            "0999",
            "2015-9",
            "15-09-11",
            "",
            "2015-09-11-01",
            "２０１５",
        ] {
            assert!(PartialDate::parse(bad).is_err(), "{bad} should be rejected");
        }
        assert!(PartialDate::parse("2016-02-29").is_ok(), "leap day");
    }

    #[test]
    fn human_and_iso_follow_precision() {
        let d = EventDate::exact(PartialDate::day(2015, 9, 11));
        assert_eq!(d.human(), "11 September 2015");
        assert_eq!(d.date.iso(), "2015-09-11");
        let mut m = EventDate::exact(PartialDate::month(2016, 3));
        assert_eq!(m.human(), "March 2016");
        m.precision = DatePrecision::Approximate;
        assert_eq!(m.human(), "c. March 2016");
    }

    #[test]
    fn coarser_dates_cover_their_whole_span() {
        let y = PartialDate::year(2016);
        assert_eq!(y.start(), DayKey::new(2016, 1, 1));
        assert_eq!(y.end(), DayKey::new(2016, 12, 31));
        assert_eq!(PartialDate::month(2016, 2).end(), DayKey::new(2016, 2, 29));
    }

    #[test]
    fn sorting_puts_finer_dates_first_on_the_same_start() {
        let day = EventDate::exact(PartialDate::day(2015, 1, 1));
        let month = EventDate::exact(PartialDate::month(2015, 1));
        let year = EventDate::exact(PartialDate::year(2015));
        let mut v = vec![year.clone(), month.clone(), day.clone()];
        v.sort();
        assert_eq!(v, vec![day, month, year]);
    }
}
