//! Dates as the sources give them: a day, a month or a year, each perhaps approximate or
//! uncertain, alone, as an interval or as a bound (EDTF level 1). Display ("c. March 2016",
//! "between June and September 2015", "by March 2019"), ordering, and the days a date may cover.

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

/// One end of a date as a source gives it: a day, a month or a year, which may be approximate
/// (EDTF `~`, "c. March 2016") or uncertain (EDTF `?`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DatePoint {
    pub date: PartialDate,
    pub approximate: bool,
    pub uncertain: bool,
}

impl DatePoint {
    /// A date the source states: no qualifier.
    pub fn exact(date: PartialDate) -> Self {
        DatePoint {
            date,
            approximate: false,
            uncertain: false,
        }
    }

    /// EDTF level 1: `2016-03`, `2016-03~`, `2016?`, `2016%`.
    pub fn edtf(&self) -> String {
        let qualifier = match (self.approximate, self.uncertain) {
            (true, true) => "%",
            (true, false) => "~",
            (false, true) => "?",
            (false, false) => "",
        };
        format!("{}{qualifier}", self.date.iso())
    }

    /// As a person writes it: `March 2016`, `c. March 2016`, `2016 (uncertain)`.
    pub fn human(&self) -> String {
        let mut text = self.date.human();
        if self.approximate {
            text.insert_str(0, "c. ");
        }
        if self.uncertain {
            text.push_str(" (uncertain)");
        }
        text
    }

    fn qualified(&self) -> bool {
        self.approximate || self.uncertain
    }
}

/// When something happened, in the shapes the sources give it (EDTF level 1 in the data and the
/// exports): a single date, an interval ("between June and September 2015"), or a bound ("by
/// March 2019", "in or after December 2014"). Each end may be approximate or uncertain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum When {
    /// `2015-09-11`, `2016-03~`.
    On(DatePoint),
    /// `2015-06/2015-09`: some time from the first to the second, both included.
    Between(DatePoint, DatePoint),
    /// `../2019-03`: on or before this date; the sources give no earlier limit.
    By(DatePoint),
    /// `2014-12/..`: on or after this date; the sources give no later limit.
    From(DatePoint),
}

impl When {
    /// A single date as the source states it.
    pub fn exact(date: PartialDate) -> Self {
        When::On(DatePoint::exact(date))
    }

    /// The first day it may be, or `None` when no source limits it.
    pub fn earliest(&self) -> Option<DayKey> {
        match self {
            When::On(at) | When::Between(at, _) | When::From(at) => Some(at.date.start()),
            When::By(_) => None,
        }
    }

    /// The last day it may be, or `None` when no source limits it.
    pub fn latest(&self) -> Option<DayKey> {
        match self {
            When::On(at) | When::Between(_, at) | When::By(at) => Some(at.date.end()),
            When::From(_) => None,
        }
    }

    /// The date it is listed at: the one given, the start of an interval, the limit of a bound.
    pub fn anchor(&self) -> &DatePoint {
        match self {
            When::On(at) | When::Between(at, _) | When::By(at) | When::From(at) => at,
        }
    }

    /// The year it is listed under.
    pub fn year(&self) -> u16 {
        self.anchor().date.year
    }

    /// Whether it may fall between `from` and `to` (either may be open): an event counts for a
    /// date range when some day it may have happened on lies in the range. A range that ends
    /// before it starts holds no day, so nothing counts for it.
    pub fn may_fall_within(&self, from: Option<&PartialDate>, to: Option<&PartialDate>) -> bool {
        if let (Some(from), Some(to)) = (from, to) {
            if from.start() > to.end() {
                return false;
            }
        }
        let starts_ok = match (from, self.latest()) {
            (Some(from), Some(latest)) => latest >= from.start(),
            _ => true,
        };
        let ends_ok = match (to, self.earliest()) {
            (Some(to), Some(earliest)) => earliest <= to.end(),
            _ => true,
        };
        starts_ok && ends_ok
    }

    /// Whether it is a single date with no qualifier.
    pub fn is_exact(&self) -> bool {
        matches!(self, When::On(at) if !at.qualified())
    }

    /// EDTF level 1 (ISO 8601-2): `2015-09-11`, `2016-03~`, `2015-06/2015-09`, `../2019-03`,
    /// `2014-12/..`.
    pub fn edtf(&self) -> String {
        match self {
            When::On(at) => at.edtf(),
            When::Between(first, last) => format!("{}/{}", first.edtf(), last.edtf()),
            When::By(last) => format!("../{}", last.edtf()),
            When::From(first) => format!("{}/..", first.edtf()),
        }
    }

    /// As a person writes it: `11 September 2015`, `c. March 2016`, `between June and
    /// September 2015`, `by March 2019`, `in or after December 2014`.
    pub fn human(&self) -> String {
        match self {
            When::On(at) => at.human(),
            When::Between(first, last) => {
                let same_year = first.date.year == last.date.year
                    && first.date.month.is_some()
                    && !first.qualified();
                let first_text = if same_year {
                    // "June" rather than "June 2015" when the year follows.
                    let mut text = first.date.human();
                    text.truncate(text.len() - 5);
                    text
                } else {
                    first.human()
                };
                format!("between {first_text} and {}", last.human())
            }
            When::By(last) => format!("by {}", last.human()),
            When::From(first) => format!("in or after {}", first.human()),
        }
    }

    /// What a reader should know about how exact this is, as a sentence.
    pub fn exactness(&self) -> &'static str {
        match self {
            When::On(at) if at.qualified() => {
                "Approximate: no source states this date; the note below says how it was inferred."
            }
            When::On(at) => match (at.date.month, at.date.day) {
                (Some(_), Some(_)) => "Known to the day.",
                (Some(_), None) => "Known to the month; the sources do not give the day.",
                _ => "Known to the year only.",
            },
            When::Between(..) => {
                "An interval: the sources place it between these dates, not on one."
            }
            When::By(_) => "A bound: the sources say only that it happened by this date.",
            When::From(_) => {
                "A bound: the sources say only that it happened on or after this date."
            }
        }
    }

    /// The order of the timeline: the date it is listed at, then the finer or shorter first,
    /// so an event known to the day comes before a month-long one starting the same day.
    pub fn sort_key(&self) -> (DayKey, DayKey) {
        let at = self.anchor().date;
        let last = self.latest().unwrap_or(DayKey::new(MAX_YEAR, 12, 31));
        (at.start(), last.max(at.end()))
    }
}

impl PartialOrd for When {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for When {
    fn cmp(&self, other: &Self) -> Ordering {
        self.sort_key()
            .cmp(&other.sort_key())
            .then_with(|| self.edtf().cmp(&other.edtf()))
    }
}

impl fmt::Display for When {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.edtf())
    }
}

/// When an event happened, the source's own words about the time when they are vague, and how
/// a date that no source states was inferred.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventDate {
    pub when: When,
    /// The source's own words about the time, when they are vague ("next month", "last year").
    pub source_words: Option<String>,
    /// How the date was inferred, when the source does not state it.
    pub note: Option<String>,
}

impl EventDate {
    pub fn exact(date: PartialDate) -> Self {
        EventDate {
            when: When::exact(date),
            source_words: None,
            note: None,
        }
    }

    pub fn human(&self) -> String {
        self.when.human()
    }
}

impl PartialOrd for EventDate {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for EventDate {
    fn cmp(&self, other: &Self) -> Ordering {
        self.when.cmp(&other.when)
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
        let d = When::exact(PartialDate::day(2015, 9, 11));
        assert_eq!(d.human(), "11 September 2015");
        assert_eq!(d.edtf(), "2015-09-11");
        let mut m = DatePoint::exact(PartialDate::month(2016, 3));
        assert_eq!(When::On(m).human(), "March 2016");
        m.approximate = true;
        assert_eq!(When::On(m).human(), "c. March 2016");
        assert_eq!(When::On(m).edtf(), "2016-03~");
        m.uncertain = true;
        assert_eq!(When::On(m).edtf(), "2016-03%");
        assert_eq!(When::On(m).human(), "c. March 2016 (uncertain)");
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
        let day = When::exact(PartialDate::day(2015, 1, 1));
        let month = When::exact(PartialDate::month(2015, 1));
        let year = When::exact(PartialDate::year(2015));
        let mut v = vec![year, month, day];
        v.sort();
        assert_eq!(v, vec![day, month, year]);
    }

    #[test]
    fn intervals_and_bounds_read_as_a_person_writes_them() {
        let month = |y, m| DatePoint::exact(PartialDate::month(y, m));
        let between = When::Between(month(2015, 6), month(2015, 9));
        assert_eq!(between.human(), "between June and September 2015");
        assert_eq!(between.edtf(), "2015-06/2015-09");
        let across = When::Between(month(2014, 12), month(2015, 3));
        assert_eq!(across.human(), "between December 2014 and March 2015");
        let by = When::By(month(2019, 3));
        assert_eq!(by.human(), "by March 2019");
        assert_eq!(by.edtf(), "../2019-03");
        let from = When::From(month(2014, 12));
        assert_eq!(from.human(), "in or after December 2014");
        assert_eq!(from.edtf(), "2014-12/..");
    }

    #[test]
    fn an_event_counts_for_a_range_it_may_fall_in() {
        let month = |y, m| DatePoint::exact(PartialDate::month(y, m));
        let between = When::Between(month(2015, 6), month(2015, 9));
        let july = PartialDate::month(2015, 7);
        let october = PartialDate::month(2015, 10);
        assert!(between.may_fall_within(Some(&july), Some(&july)));
        assert!(!between.may_fall_within(Some(&october), None));
        assert!(between.may_fall_within(None, Some(&PartialDate::month(2015, 6))));
        let by = When::By(month(2019, 3));
        assert!(by.may_fall_within(
            Some(&PartialDate::year(2010)),
            Some(&PartialDate::year(2010))
        ));
        assert!(!by.may_fall_within(Some(&PartialDate::month(2019, 4)), None));
    }
}
