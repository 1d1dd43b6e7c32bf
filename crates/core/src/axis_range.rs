//! Setting and moving the date range from the keyboard on the overview axis: a step is a month
//! or a jump to a year's edge, and the range stays inside the axis, its From never after its
//! To. Dates come out as months (`from=2016-03`, `to=2016-05`), as a reader would type them.

use crate::axis::Axis;
use crate::date::{DayKey, PartialDate};

/// What a key moves: one end of the range, or the whole of it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moving {
    From,
    To,
    Both,
}

/// One press of a key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    /// A month earlier (Left or Down).
    MonthBack,
    /// A month later (Right or Up).
    MonthForward,
    /// To the year's edge before (Page Down): the start of the year for From, the end of the
    /// year before for To.
    YearBack,
    /// To the year's edge after (Page Up).
    YearForward,
    /// To the axis's first month (Home).
    First,
    /// To the axis's last month (End).
    Last,
}

impl Step {
    /// The step a key makes, by its `KeyboardEvent.key`, or `None` for a key the axis leaves
    /// alone.
    pub fn of_key(key: &str) -> Option<Step> {
        Some(match key {
            "ArrowLeft" | "ArrowDown" => Step::MonthBack,
            "ArrowRight" | "ArrowUp" => Step::MonthForward,
            "PageDown" => Step::YearBack,
            "PageUp" => Step::YearForward,
            "Home" => Step::First,
            "End" => Step::Last,
            _ => return None,
        })
    }
}

/// Months counted from year 0, so that a step is an addition.
fn month_index(day: DayKey) -> i32 {
    day.year() as i32 * 12 + day.month() as i32 - 1
}

fn month_of(index: i32) -> PartialDate {
    PartialDate::month((index / 12) as u16, (index % 12 + 1) as u8)
}

impl Axis {
    /// The first and last months the axis shows, as month indices.
    fn month_bounds(&self) -> (i32, i32) {
        (month_index(self.first_day()), month_index(self.last_day()))
    }

    /// The range after one key press. An end that is not set stands at its edge of the axis,
    /// so the first press on From moves it in from the start. The result has both ends set,
    /// inside the axis and in order; moving one end past the other stops at it.
    pub fn step_range(
        &self,
        from: Option<PartialDate>,
        to: Option<PartialDate>,
        moving: Moving,
        step: Step,
    ) -> (PartialDate, PartialDate) {
        let (first, last) = self.month_bounds();
        let start = from
            .map_or(first, |d| month_index(d.start()))
            .clamp(first, last);
        let end = to.map_or(last, |d| month_index(d.end())).clamp(start, last);
        let (start, end) = match moving {
            Moving::From => (step_month(start, step, true, first, last).min(end), end),
            Moving::To => (start, step_month(end, step, false, first, last).max(start)),
            Moving::Both => {
                let length = end - start;
                let moved = match step {
                    Step::First => first,
                    Step::Last => last - length,
                    _ => step_month(start, step, true, first, last),
                };
                let start = moved.clamp(first, (last - length).max(first));
                (start, (start + length).min(last))
            }
        };
        (month_of(start), month_of(end))
    }

    /// A day's month counted from the axis's first month (0): a range control's value.
    pub fn month_number(&self, day: DayKey) -> i32 {
        month_index(day) - self.month_bounds().0
    }

    /// How many months the axis shows.
    pub fn month_count(&self) -> i32 {
        let (first, last) = self.month_bounds();
        last - first + 1
    }

    /// Every year the axis reaches, first to last.
    pub fn years(&self) -> std::ops::RangeInclusive<u16> {
        self.first_day().year()..=self.last_day().year()
    }

    /// The part of the axis a year takes, as fractions: what zooming to it shows.
    pub fn year_window(&self, year: u16) -> (f32, f32) {
        (
            self.position(DayKey::new(year, 1, 1)),
            self.position_after(DayKey::new(year, 12, 31)),
        )
    }
}

/// A month moved by one step: `from_side` says whether it is the start of a range (a year's
/// edge is its January) or the end (its December).
fn step_month(month: i32, step: Step, from_side: bool, first: i32, last: i32) -> i32 {
    let year = month.div_euclid(12);
    let in_year = month.rem_euclid(12);
    let moved = match (step, from_side) {
        (Step::MonthBack, _) => month - 1,
        (Step::MonthForward, _) => month + 1,
        (Step::First, _) => first,
        (Step::Last, _) => last,
        (Step::YearForward, true) => (year + 1) * 12,
        (Step::YearBack, true) if in_year > 0 => year * 12,
        (Step::YearBack, true) => (year - 1) * 12,
        (Step::YearForward, false) if in_year < 11 => year * 12 + 11,
        (Step::YearForward, false) => (year + 1) * 12 + 11,
        (Step::YearBack, false) => (year - 1) * 12 + 11,
    };
    moved.clamp(first, last)
}
