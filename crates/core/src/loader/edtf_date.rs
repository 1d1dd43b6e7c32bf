//! Reads a date written in EDTF level 1 (ISO 8601-2) into a [`When`], with the `edtf` crate
//! doing the parsing. The model holds what the sources need: a day, a month or a year, each
//! perhaps approximate (`~`), uncertain (`?`) or both (`%`), alone (`2016-03~`), as an interval
//! (`2015-06/2015-09`) or as a bound (`../2019-03`, `2014-12/..`). Anything else EDTF can say
//! (times, seasons, unspecified digits, unknown ends) is refused with what to write instead.

use crate::date::{DateError, DatePoint, PartialDate, When, MAX_YEAR, MIN_YEAR};
use edtf::level_1::{Certainty, Date, Edtf, Precision, Terminal};

const FORMS: &str = "write a date as EDTF: 2015-09-11, 2016-03, 2015, with ~ for approximate or ? \
     for uncertain (2016-03~), an interval 2015-06/2015-09, or a bound ../2019-03 (by) or \
     2014-12/.. (on or after)";

/// The date `text` stands for, or a message saying what is wrong and what to write.
pub fn parse_when(text: &str) -> Result<When, String> {
    let text = text.trim();
    let shown: String = text.chars().take(40).collect();
    let parsed = Edtf::parse(text).map_err(|_| unreadable(text, &shown))?;
    let when = match parsed {
        Edtf::Date(date) => When::On(point(&date, &shown)?),
        Edtf::Interval(first, last) => {
            let (first, last) = (point(&first, &shown)?, point(&last, &shown)?);
            if first.date.start() > last.date.end() {
                return Err(format!(
                    "`{shown}`: the interval ends before it starts; write the earlier date first"
                ));
            }
            When::Between(first, last)
        }
        Edtf::IntervalTo(Terminal::Open, last) => When::By(point(&last, &shown)?),
        Edtf::IntervalFrom(first, Terminal::Open) => When::From(point(&first, &shown)?),
        Edtf::IntervalTo(Terminal::Unknown, _) | Edtf::IntervalFrom(_, Terminal::Unknown) => {
            return Err(format!(
                "`{shown}`: an empty end means the end exists but is unknown, which a timeline \
                 cannot place; write `..` for a bound (../2019-03 means by March 2019)"
            ))
        }
        Edtf::DateTime(_) | Edtf::YYear(_) => {
            return Err(format!(
                "`{shown}`: times and years beyond 9999 are not used here; {FORMS}"
            ))
        }
    };
    Ok(when)
}

/// Why `text` is not EDTF: a calendar date that does not exist (2015-02-30), or not a date.
fn unreadable(text: &str, shown: &str) -> String {
    let impossible = text.split('/').any(|part| {
        let calendar = part.trim_end_matches(['~', '?', '%']);
        matches!(PartialDate::parse(calendar), Err(DateError::Impossible(_)))
    });
    if impossible {
        format!("`{shown}` is not a real calendar date")
    } else {
        format!("`{shown}` is not a date: {FORMS}")
    }
}

/// One end of the date: its calendar part and its qualifiers.
fn point(date: &Date, shown: &str) -> Result<DatePoint, String> {
    let (precision, certainty) = date.precision_certainty();
    let calendar = match precision {
        Precision::Year(y) => year(y, shown).map(PartialDate::year),
        Precision::Month(y, m) => year(y, shown).map(|y| PartialDate::month(y, m as u8)),
        Precision::Day(y, m, d) => year(y, shown).map(|y| PartialDate::day(y, m as u8, d as u8)),
        _ => Err(format!(
            "`{shown}`: seasons and unspecified digits (2015-21, 201X, 2015-XX) are not used \
             here; say what the source gives as an interval, e.g. 2015-06/2015-09"
        )),
    }?;
    let (approximate, uncertain) = match certainty {
        Certainty::Certain => (false, false),
        Certainty::Approximate => (true, false),
        Certainty::Uncertain => (false, true),
        Certainty::ApproximateUncertain => (true, true),
    };
    Ok(DatePoint {
        date: calendar,
        approximate,
        uncertain,
    })
}

fn year(value: i32, shown: &str) -> Result<u16, String> {
    u16::try_from(value)
        .ok()
        .filter(|y| (MIN_YEAR..=MAX_YEAR).contains(y))
        .ok_or_else(|| format!("`{shown}`: the year must be between {MIN_YEAR} and {MAX_YEAR}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_shape_the_sources_need() {
        for (text, human) in [
            ("2015-09-11", "11 September 2015"),
            ("2016-03~", "c. March 2016"),
            ("2015?", "2015 (uncertain)"),
            ("2015-06/2015-09", "between June and September 2015"),
            ("../2019-03", "by March 2019"),
            ("2014-12/..", "in or after December 2014"),
            (
                "2014-12~/2015-01",
                "between c. December 2014 and January 2015",
            ),
        ] {
            let when = parse_when(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(when.human(), human, "{text}");
            assert_eq!(when.edtf(), text, "{text} writes back as it was read");
        }
    }

    #[test]
    fn refuses_what_the_timeline_cannot_place_with_what_to_write() {
        for (text, hint) in [
            ("2015-02-30", "not a real calendar date"),
            ("2015-06/2015-02-30", "not a real calendar date"),
            ("September 2015", "not a date"),
            ("2015-09/2015-06", "ends before it starts"),
            ("/2019-03", "write `..`"),
            ("2015-21", "seasons"),
            ("201X", "seasons and unspecified"),
            ("1066", "between 1900 and 2100"),
            ("2015-09-11T10:00:00Z", "times"),
            ("", "not a date"),
        ] {
            let error = parse_when(text).expect_err(text);
            assert!(error.contains(hint), "{text}: {error}");
        }
    }
}
