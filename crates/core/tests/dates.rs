//! Dates as the sources give them (single dates, intervals and bounds, each end perhaps
//! approximate or uncertain): properties that must hold for every one, not only the ones in
//! `data/`.

#![cfg(all(feature = "loader", feature = "export"))]

use biip_core::date::{DatePoint, DayKey, PartialDate, When};
use biip_core::export::next_day;
use biip_core::loader::parse_when;
use proptest::prelude::*;

fn partial_date() -> impl Strategy<Value = PartialDate> {
    (2013u16..=2020, 1u8..=12, 1u8..=28, 0..3).prop_map(|(year, month, day, precision)| {
        match precision {
            0 => PartialDate::year(year),
            1 => PartialDate::month(year, month),
            _ => PartialDate::day(year, month, day),
        }
    })
}

fn point() -> impl Strategy<Value = DatePoint> {
    (partial_date(), any::<bool>(), any::<bool>()).prop_map(|(date, approximate, uncertain)| {
        DatePoint {
            date,
            approximate,
            uncertain,
        }
    })
}

fn when() -> impl Strategy<Value = When> {
    prop_oneof![
        point().prop_map(When::On),
        (point(), point()).prop_map(|(a, b)| {
            if a.date.start() <= b.date.end() {
                When::Between(a, b)
            } else {
                When::Between(b, a)
            }
        }),
        point().prop_map(When::By),
        point().prop_map(When::From),
    ]
}

/// Every day from `first` to `last`, both included.
fn days(first: DayKey, last: DayKey) -> impl Iterator<Item = DayKey> {
    std::iter::successors(Some(first), move |&d| (d < last).then(|| next_day(d)))
}

const WINDOW: (DayKey, DayKey) = (DayKey(20120101), DayKey(20211231));

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn edtf_reads_back_as_the_same_date(when in when()) {
        prop_assert_eq!(parse_when(&when.edtf()), Ok(when));
    }

    #[test]
    fn display_names_the_shape_and_every_date_in_it(when in when()) {
        let human = when.human();
        let expected_start = match when {
            When::On(_) => "",
            When::Between(..) => "between ",
            When::By(_) => "by ",
            When::From(_) => "in or after ",
        };
        prop_assert!(human.starts_with(expected_start), "{human}");
        prop_assert!(human.contains(&when.anchor().date.year.to_string()), "{human}");
        let approximate = match when {
            When::On(p) | When::By(p) | When::From(p) => p.approximate,
            When::Between(a, b) => a.approximate || b.approximate,
        };
        prop_assert_eq!(human.contains("c. "), approximate, "{}", human);
    }

    #[test]
    fn ordering_is_total_and_follows_the_calendar(a in when(), b in when()) {
        prop_assert_eq!(a.cmp(&b), b.cmp(&a).reverse());
        prop_assert_eq!(a.cmp(&b) == std::cmp::Ordering::Equal, a == b);
        // A date wholly before another sorts before it.
        if let (Some(a_last), Some(b_first)) = (a.latest(), b.earliest()) {
            if a_last < b_first && a.anchor().date.start() <= a_last {
                prop_assert!(a < b, "{} sorts before {}", a, b);
            }
        }
    }

    #[test]
    fn a_date_counts_for_a_range_exactly_when_a_day_it_may_fall_on_is_in_it(
        when in when(),
        from in proptest::option::of(partial_date()),
        to in proptest::option::of(partial_date()),
    ) {
        let (range_first, range_last) = (
            from.map_or(WINDOW.0, |f| f.start()),
            to.map_or(WINDOW.1, |t| t.end()),
        );
        let (first, last) = (
            when.earliest().unwrap_or(WINDOW.0),
            when.latest().unwrap_or(WINDOW.1),
        );
        let some_day_in_both = days(first, last).any(|d| d >= range_first && d <= range_last);
        prop_assert_eq!(when.may_fall_within(from.as_ref(), to.as_ref()), some_day_in_both);
    }
}
