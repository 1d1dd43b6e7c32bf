//! Setting and moving the date range from the keyboard on the axis (December 2014 to the last
//! event's month, over the real dataset): steps of a month, jumps to a year's edge, and a
//! range that stays inside the axis and in order whatever keys are pressed.

use biip_core::axis::Axis;
use biip_core::axis_range::{Moving, Step};
use biip_core::date::{DayKey, PartialDate};
use biip_core::Dataset;
use proptest::prelude::*;

fn dataset() -> Dataset {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    biip_core::loader::load_dir(&data).expect("data/ validates")
}

/// Loaded once: the property test asks for it in every case.
fn axis() -> Axis {
    static AXIS: std::sync::OnceLock<Axis> = std::sync::OnceLock::new();
    *AXIS.get_or_init(|| Axis::spanning(&dataset()).expect("events have dates"))
}

fn month(year: u16, month: u8) -> PartialDate {
    PartialDate::month(year, month)
}

fn last_month(axis: &Axis) -> PartialDate {
    month(axis.last_day().year(), axis.last_day().month())
}

#[test]
fn the_first_press_moves_an_end_in_from_its_edge_of_the_axis() {
    let axis = axis();
    let last = last_month(&axis);
    assert_eq!(
        axis.step_range(None, None, Moving::From, Step::MonthForward),
        (month(2015, 1), last)
    );
    let (from, to) = axis.step_range(None, None, Moving::To, Step::MonthBack);
    assert_eq!(from, month(2014, 12));
    assert!(to.start() < last.start());
}

#[test]
fn keys_name_their_steps() {
    assert_eq!(Step::of_key("ArrowRight"), Some(Step::MonthForward));
    assert_eq!(Step::of_key("ArrowUp"), Some(Step::MonthForward));
    assert_eq!(Step::of_key("ArrowLeft"), Some(Step::MonthBack));
    assert_eq!(Step::of_key("PageUp"), Some(Step::YearForward));
    assert_eq!(Step::of_key("PageDown"), Some(Step::YearBack));
    assert_eq!(Step::of_key("Home"), Some(Step::First));
    assert_eq!(Step::of_key("End"), Some(Step::Last));
    assert_eq!(Step::of_key("Tab"), None);
    assert_eq!(Step::of_key("a"), None);
}

#[test]
fn page_keys_jump_to_a_years_edge() {
    let axis = axis();
    let (from, to) = (Some(month(2016, 3)), Some(month(2016, 5)));
    // From goes to January: of the next year, or of its own year going back.
    assert_eq!(
        axis.step_range(from, to, Moving::From, Step::YearBack).0,
        month(2016, 1)
    );
    assert_eq!(
        axis.step_range(Some(month(2016, 1)), to, Moving::From, Step::YearBack)
            .0,
        month(2015, 1)
    );
    // To goes to December: of its own year going forward, or of the year before going back.
    assert_eq!(
        axis.step_range(from, to, Moving::To, Step::YearForward).1,
        month(2016, 12)
    );
    assert_eq!(
        axis.step_range(from, Some(month(2016, 12)), Moving::To, Step::YearForward)
            .1,
        month(2017, 12)
    );
    // Going back past From, To stops at From.
    assert_eq!(
        axis.step_range(from, to, Moving::To, Step::YearBack),
        (month(2016, 3), month(2016, 3))
    );
}

#[test]
fn one_end_stops_at_the_other() {
    let axis = axis();
    let (from, to) = (Some(month(2016, 3)), Some(month(2016, 3)));
    assert_eq!(
        axis.step_range(from, to, Moving::From, Step::MonthForward),
        (month(2016, 3), month(2016, 3))
    );
    assert_eq!(
        axis.step_range(from, to, Moving::From, Step::Last),
        (month(2016, 3), month(2016, 3))
    );
}

#[test]
fn moving_the_whole_range_keeps_its_length_and_stops_at_the_edges() {
    let axis = axis();
    let last = last_month(&axis);
    let (from, to) = (Some(month(2016, 3)), Some(month(2016, 5)));
    assert_eq!(
        axis.step_range(from, to, Moving::Both, Step::MonthForward),
        (month(2016, 4), month(2016, 6))
    );
    assert_eq!(
        axis.step_range(from, to, Moving::Both, Step::YearForward),
        (month(2017, 1), month(2017, 3))
    );
    assert_eq!(
        axis.step_range(from, to, Moving::Both, Step::First),
        (month(2014, 12), month(2015, 2))
    );
    let (_, end) = axis.step_range(from, to, Moving::Both, Step::Last);
    assert_eq!(end, last);
    // At the start already, a step back changes nothing.
    assert_eq!(
        axis.step_range(
            Some(month(2014, 12)),
            Some(month(2015, 2)),
            Moving::Both,
            Step::MonthBack
        ),
        (month(2014, 12), month(2015, 2))
    );
}

#[test]
fn a_day_range_from_a_drag_steps_by_its_months() {
    let axis = axis();
    let from = Some(PartialDate::day(2016, 3, 17));
    let to = Some(PartialDate::day(2016, 4, 2));
    assert_eq!(
        axis.step_range(from, to, Moving::From, Step::MonthBack),
        (month(2016, 2), month(2016, 4))
    );
}

#[test]
fn years_and_their_windows_cover_the_axis() {
    let axis = axis();
    let years: Vec<u16> = axis.years().collect();
    assert_eq!(years.first(), Some(&2014));
    assert_eq!(years.last(), Some(&axis.last_day().year()));
    let (start, end) = axis.year_window(2016);
    assert!(0.0 < start && start < end && end < 1.0);
    assert_eq!(axis.month_number(axis.first_day()), 0);
    assert_eq!(axis.month_number(axis.last_day()), axis.month_count() - 1);
    assert_eq!(axis.month_number(DayKey::new(2016, 1, 31)), 13);
    // The first year starts before the axis does: its window starts at the axis's start.
    assert_eq!(axis.year_window(2014).0, 0.0);
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        Just(Step::MonthBack),
        Just(Step::MonthForward),
        Just(Step::YearBack),
        Just(Step::YearForward),
        Just(Step::First),
        Just(Step::Last),
    ]
}

fn moving() -> impl Strategy<Value = Moving> {
    prop_oneof![Just(Moving::From), Just(Moving::To), Just(Moving::Both)]
}

proptest! {
    #[test]
    fn any_keys_keep_the_range_inside_the_axis_and_in_order(
        presses in proptest::collection::vec((moving(), step()), 1..40)
    ) {
        let axis = axis();
        let (mut from, mut to) = (None, None);
        for (moving, step) in presses {
            let (f, t) = axis.step_range(from, to, moving, step);
            prop_assert!(f.start() <= t.end());
            prop_assert!(f.start() >= axis.first_day() && t.end() <= axis.last_day());
            prop_assert!(f.month.is_some() && f.day.is_none() && t.day.is_none());
            if moving == Moving::Both {
                if let (Some(a), Some(b)) = (from, to) {
                    let length = |x: PartialDate, y: PartialDate| {
                        (y.year as i32 * 12 + y.month.unwrap_or(12) as i32)
                            - (x.year as i32 * 12 + x.month.unwrap_or(1) as i32)
                    };
                    prop_assert_eq!(length(a, b), length(f, t));
                }
            }
            from = Some(f);
            to = Some(t);
        }
    }
}
