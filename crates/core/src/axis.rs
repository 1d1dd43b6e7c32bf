//! The overview axis: where every event and every tenure of the chosen posts falls on one time
//! scale, as fractions of the axis (0 at its start, 1 at its end), so a view can draw them at
//! any width. Dates keep their shape: a day is a point, a month or an interval is a span, and
//! an end that no source gives is open.

use crate::date::{DayKey, When};
use crate::model::{Dataset, EventKind, Period, Post, Tenure};

/// The posts drawn as lanes under the axis, in this order: who led the council and its
/// officers, who answered for it in government, and who chaired the panel.
pub const LANE_POSTS: [&str; 4] = [
    "bcc-leader",
    "bcc-chief-executive",
    "secretary-of-state-communities",
    "biip-chair",
];

/// From this many events on, the axis draws how many events fall in each stretch of time
/// rather than a mark for each: a thousand marks would be a smear, and a node each.
pub const DENSITY_FROM: usize = 500;
/// Stretches of time the density is counted in.
pub const DENSITY_BINS: usize = 240;

/// Marks closer than this (a fraction of the axis) go on separate rows.
const MIN_GAP: f32 = 0.014;
/// Rows of marks; a crowd beyond them overlaps on the last row.
pub const MARK_ROWS: usize = 5;

/// The time the axis spans: whole months from the first event's to the last's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Axis {
    first: i32,
    last: i32,
}

/// How sure the drawing of a date or a tenure's end is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Edge {
    /// A source gives this end.
    Known,
    /// Approximate or uncertain (`~`, `?`), or known only to the month or year: a soft end.
    Soft,
    /// No source gives it: the drawing runs on to the edge of what is known, and fades.
    Open,
}

/// One event on the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    /// Index of the event in the dataset.
    pub event: usize,
    pub start: f32,
    pub end: f32,
    pub start_edge: Edge,
    pub end_edge: Edge,
    /// 0 is the top row.
    pub row: usize,
    pub family: KindFamily,
}

impl Mark {
    /// A single day, drawn as a glyph rather than a span.
    pub fn is_point(&self) -> bool {
        self.start_edge == Edge::Known
            && self.end_edge == Edge::Known
            && self.end - self.start < 0.002
    }
}

/// The shape a mark takes, one per group of kinds, so kind is never told by colour alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KindFamily {
    /// Reviews, reports, inspections and recommendations: a square.
    Findings,
    /// Letters and statements: a triangle.
    Correspondence,
    /// Appointments and leadership changes: a circle.
    People,
    /// Meetings, funding and service changes: a diamond.
    Actions,
}

impl KindFamily {
    pub const ALL: [KindFamily; 4] = [
        KindFamily::Findings,
        KindFamily::Correspondence,
        KindFamily::People,
        KindFamily::Actions,
    ];

    pub fn of(kind: EventKind) -> Self {
        match kind {
            EventKind::Review
            | EventKind::Report
            | EventKind::Inspection
            | EventKind::Recommendation => KindFamily::Findings,
            EventKind::Letter | EventKind::Statement => KindFamily::Correspondence,
            EventKind::Appointment | EventKind::Leadership => KindFamily::People,
            EventKind::Meeting | EventKind::Funding | EventKind::ServiceChange => {
                KindFamily::Actions
            }
        }
    }

    /// For class names.
    pub fn slug(self) -> &'static str {
        match self {
            KindFamily::Findings => "findings",
            KindFamily::Correspondence => "correspondence",
            KindFamily::People => "people",
            KindFamily::Actions => "actions",
        }
    }

    /// The legend's words.
    pub fn label(self) -> &'static str {
        match self {
            KindFamily::Findings => "Reviews, reports, inspections, recommendations",
            KindFamily::Correspondence => "Letters and statements",
            KindFamily::People => "Appointments and leadership changes",
            KindFamily::Actions => "Meetings, funding and service changes",
        }
    }
}

/// A tick on the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub at: f32,
    /// The year, for a year's tick.
    pub year: Option<u16>,
}

/// One post's lane: its tenures in order.
#[derive(Clone, Debug, PartialEq)]
pub struct Lane<'a> {
    pub post: &'a Post,
    pub bars: Vec<Bar<'a>>,
}

/// One tenure, drawn from its start to its end, or across the dates the sources show the person
/// in post where they give no start or end.
#[derive(Clone, Debug, PartialEq)]
pub struct Bar<'a> {
    pub tenure: &'a Tenure,
    pub start: f32,
    pub end: f32,
    pub start_edge: Edge,
    pub end_edge: Edge,
}

/// A named period, drawn as a band from its start to its end; an end no source gives runs
/// open to the edge of the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Band<'a> {
    pub period: &'a Period,
    pub start: f32,
    pub end: f32,
    pub start_edge: Edge,
    pub end_edge: Edge,
}

impl Axis {
    /// The axis for these events, or `None` when no event has a date to place.
    pub fn spanning(dataset: &Dataset) -> Option<Axis> {
        let first = dataset
            .events
            .iter()
            .filter_map(|e| e.date.when.earliest().or(e.date.when.latest()))
            .min()?;
        let last = dataset
            .events
            .iter()
            .filter_map(|e| e.date.when.latest().or(e.date.when.earliest()))
            .max()?;
        let first = day_number(DayKey::new(first.year(), first.month(), 1));
        let last = day_number(next_month(last)) - 1;
        Some(Axis { first, last })
    }

    /// The first and last day the axis shows.
    pub fn first_day(&self) -> DayKey {
        day_key(self.first)
    }

    pub fn last_day(&self) -> DayKey {
        day_key(self.last)
    }

    /// Where a day falls, from 0 (the axis's first day) to 1 (the end of its last), clamped.
    pub fn position(&self, day: DayKey) -> f32 {
        self.fraction(day_number(day))
    }

    /// Where the day after `day` begins: the end of a span that includes `day`.
    pub fn position_after(&self, day: DayKey) -> f32 {
        self.fraction(day_number(day) + 1)
    }

    fn fraction(&self, day: i32) -> f32 {
        let length = (self.last + 1 - self.first).max(1) as f32;
        ((day - self.first) as f32 / length).clamp(0.0, 1.0)
    }

    /// The day at a fraction of the axis (the inverse of [`Axis::position`]).
    pub fn day_at(&self, at: f32) -> DayKey {
        let length = (self.last + 1 - self.first) as f32;
        let day = self.first + (at.clamp(0.0, 1.0) * length).floor() as i32;
        day_key(day.min(self.last))
    }

    /// A tick at the start of every month; those that start a year name it. The first month
    /// names its year too, unless the next year starts within three months (the two names
    /// would run into each other).
    pub fn ticks(&self) -> Vec<Tick> {
        let first = self.first_day();
        let last = self.last_day();
        let mut ticks = Vec::new();
        let mut month = DayKey::new(first.year(), first.month(), 1);
        while month <= last {
            let at = self.position(month);
            let first_named = ticks.is_empty() && month.month() <= 10;
            let year = (month.month() == 1 || first_named).then_some(month.year());
            ticks.push(Tick { at, year });
            month = next_month(month);
        }
        ticks
    }

    /// Every event, placed, with its row.
    pub fn marks(&self, dataset: &Dataset) -> Vec<Mark> {
        let mut marks: Vec<Mark> = dataset
            .events
            .iter()
            .enumerate()
            .map(|(event, e)| {
                let (start, end, start_edge, end_edge) = self.place(&e.date.when);
                Mark {
                    event,
                    start,
                    end,
                    start_edge,
                    end_edge,
                    row: 0,
                    family: KindFamily::of(e.kind),
                }
            })
            .collect();
        // Each row keeps the furthest end of its marks, and a mark goes on the first row it
        // starts clear of, so no two marks of a row meet, whatever order they come in (the
        // dataset's, by date; a sort here would add to the wasm for no gain).
        let mut row_ends = [f32::NEG_INFINITY; MARK_ROWS];
        for mark in &mut marks {
            let row = row_ends
                .iter()
                .position(|&end| mark.start - end >= MIN_GAP)
                .unwrap_or(MARK_ROWS - 1);
            mark.row = row;
            row_ends[row] = row_ends[row].max(mark.end.max(mark.start));
        }
        marks
    }

    /// For each event, the stretch of [`DENSITY_BINS`] its date starts in.
    pub fn density_bins(&self, dataset: &Dataset) -> Vec<u16> {
        dataset
            .events
            .iter()
            .map(|e| {
                let day = e.date.when.earliest().or(e.date.when.latest());
                let at = day.map_or(0.0, |day| self.position(day));
                ((at * DENSITY_BINS as f32) as usize).min(DENSITY_BINS - 1) as u16
            })
            .collect()
    }

    /// Every period in the data, in order of start, each on a row of its own.
    pub fn bands<'a>(&self, dataset: &'a Dataset) -> Vec<Band<'a>> {
        dataset
            .periods
            .iter()
            .map(|period| {
                let (start, start_edge) = match &period.start {
                    Some(when) => (
                        when.earliest()
                            .or(when.latest())
                            .map_or(0.0, |day| self.position(day)),
                        edge_of(when, true),
                    ),
                    None => (0.0, Edge::Open),
                };
                let (end, end_edge) = match &period.end {
                    Some(when) => (
                        when.latest()
                            .or(when.earliest())
                            .map_or(1.0, |day| self.position_after(day)),
                        edge_of(when, false),
                    ),
                    None => (1.0, Edge::Open),
                };
                Band {
                    period,
                    start,
                    end: end.max(start),
                    start_edge,
                    end_edge,
                }
            })
            .collect()
    }

    /// The lanes of [`LANE_POSTS`] that the dataset has, each with its tenures.
    pub fn lanes<'a>(&self, dataset: &'a Dataset) -> Vec<Lane<'a>> {
        LANE_POSTS
            .iter()
            .filter_map(|id| dataset.posts.iter().find(|post| post.id == *id))
            .map(|post| Lane {
                post,
                bars: post
                    .tenures
                    .iter()
                    .filter_map(|tenure| self.bar(tenure))
                    .collect(),
            })
            .collect()
    }

    fn bar<'a>(&self, tenure: &'a Tenure) -> Option<Bar<'a>> {
        let seen_first = tenure.seen.iter().filter_map(|s| s.when.earliest()).min();
        let seen_last = tenure.seen.iter().filter_map(|s| s.when.latest()).max();
        let (start, start_edge) = match &tenure.start {
            Some(when) => (when.earliest().or(when.latest())?, edge_of(when, true)),
            None => (seen_first.or(seen_last)?, Edge::Open),
        };
        let (end, end_edge) = match &tenure.end {
            Some(when) => (when.latest().or(when.earliest())?, edge_of(when, false)),
            None => (seen_last.unwrap_or(start).max(start), Edge::Open),
        };
        Some(Bar {
            tenure,
            start: self.position(start),
            end: self.position_after(end.max(start)),
            start_edge,
            end_edge,
        })
    }

    fn place(&self, when: &When) -> (f32, f32, Edge, Edge) {
        match when {
            When::On(at) => {
                let edge = if at.approximate || at.uncertain || at.date.day.is_none() {
                    Edge::Soft
                } else {
                    Edge::Known
                };
                (
                    self.position(at.date.start()),
                    self.position_after(at.date.end()),
                    edge,
                    edge,
                )
            }
            When::Between(first, last) => (
                self.position(first.date.start()),
                self.position_after(last.date.end()),
                edge_of(when, true),
                edge_of(when, false),
            ),
            When::By(last) => {
                let end = self.position_after(last.date.end());
                ((end - 0.04).max(0.0), end, Edge::Open, edge_of(when, false))
            }
            When::From(first) => {
                let start = self.position(first.date.start());
                (
                    start,
                    (start + 0.04).min(1.0),
                    edge_of(when, true),
                    Edge::Open,
                )
            }
        }
    }
}

/// A histogram as one SVG path in a `0 0 DENSITY_BINS 100` box: a bar per stretch, as tall
/// against 100 as its count is against `tallest`. Events whose bin is counted are those
/// `counted` keeps.
pub fn density_path(bins: &[u16], counted: impl Fn(usize) -> bool, tallest: u32) -> String {
    let mut counts = [0u32; DENSITY_BINS];
    for (event, bin) in bins.iter().enumerate() {
        if counted(event) {
            counts[*bin as usize] += 1;
        }
    }
    let tallest = tallest.max(1);
    let mut path = String::new();
    for (bin, count) in counts.iter().enumerate().filter(|(_, c)| **c > 0) {
        // At least one unit, so a lone event still shows.
        let height = (count * 100).div_ceil(tallest).clamp(1, 100);
        path.push_str(&format!("M{bin} 100V{}h1V100z", 100 - height));
    }
    path
}

/// The most events in any one stretch.
pub fn tallest_bin(bins: &[u16]) -> u32 {
    let mut counts = [0u32; DENSITY_BINS];
    for bin in bins {
        counts[*bin as usize] += 1;
    }
    counts.into_iter().max().unwrap_or(0)
}

/// How sure one end of a date is.
fn edge_of(when: &When, start: bool) -> Edge {
    let point = match (when, start) {
        (When::On(at), _) => at,
        (When::Between(first, _), true) | (When::From(first), true) => first,
        (When::Between(_, last), false) | (When::By(last), false) => last,
        (When::By(_), true) | (When::From(_), false) => return Edge::Open,
    };
    if point.approximate || point.uncertain || point.date.day.is_none() {
        Edge::Soft
    } else {
        Edge::Known
    }
}

fn next_month(day: DayKey) -> DayKey {
    if day.month() == 12 {
        DayKey::new(day.year() + 1, 1, 1)
    } else {
        DayKey::new(day.year(), day.month() + 1, 1)
    }
}

/// Days since 1 March of year 0 in the proleptic Gregorian calendar: a count that differences
/// of days can be taken on.
fn day_number(day: DayKey) -> i32 {
    let (year, month) = if day.month() <= 2 {
        (day.year() as i32 - 1, day.month() as i32 + 9)
    } else {
        (day.year() as i32, day.month() as i32 - 3)
    };
    365 * year + year / 4 - year / 100 + year / 400 + (153 * month + 2) / 5 + day.day() as i32 - 1
}

/// The inverse of [`day_number`].
fn day_key(number: i32) -> DayKey {
    let mut year = (10_000 * number as i64 + 14_780) / 3_652_425;
    let start_of = |y: i64| 365 * y + y / 4 - y / 100 + y / 400;
    let mut day_of_year = number as i64 - start_of(year);
    if day_of_year < 0 {
        year -= 1;
        day_of_year = number as i64 - start_of(year);
    }
    let month_index = (100 * day_of_year + 52) / 3_060;
    let month = (month_index + 2) % 12 + 1;
    let year = year + (month_index + 2) / 12;
    let day = day_of_year - (month_index * 306 + 5) / 10 + 1;
    DayKey::new(year as u16, month as u8, day as u8)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn consecutive_days_are_one_apart_across_months_and_leap_years() {
        assert_eq!(
            day_number(DayKey::new(2016, 3, 1)) - day_number(DayKey::new(2016, 2, 28)),
            2
        );
        assert_eq!(
            day_number(DayKey::new(2015, 3, 1)) - day_number(DayKey::new(2015, 2, 28)),
            1
        );
        assert_eq!(
            day_number(DayKey::new(2015, 1, 1)) - day_number(DayKey::new(2014, 12, 31)),
            1
        );
    }

    proptest! {
        #[test]
        fn day_key_inverts_day_number(number in 700_000_i32..800_000) {
            prop_assert_eq!(day_number(day_key(number)), number);
        }

        #[test]
        fn day_at_inverts_position(at in 0.0_f32..1.0) {
            let axis = Axis { first: day_number(DayKey::new(2014, 12, 1)), last: day_number(DayKey::new(2019, 4, 30)) };
            let day = axis.day_at(at);
            prop_assert!((axis.position(day) - at).abs() <= 1.0 / 1_612.0 + f32::EPSILON);
        }
    }
}
