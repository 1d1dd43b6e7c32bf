//! The overview axis over the real dataset: every event placed inside it, rows that keep
//! marks apart, and the lanes of who held each post in the order of their tenures.

use biip_core::axis::{Axis, Edge, MARK_ROWS};
use biip_core::date::DayKey;
use biip_core::Dataset;

fn dataset() -> Dataset {
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
    biip_core::loader::load_dir(&data).expect("data/ validates")
}

#[test]
fn the_axis_runs_from_the_first_events_month_to_the_last_events() {
    let dataset = dataset();
    let axis = Axis::spanning(&dataset).expect("events have dates");
    let earliest = dataset
        .events
        .iter()
        .filter_map(|e| e.date.when.earliest())
        .min()
        .unwrap();
    let latest = dataset
        .events
        .iter()
        .filter_map(|e| e.date.when.latest())
        .max()
        .unwrap();
    assert_eq!(
        axis.first_day(),
        DayKey::new(earliest.year(), earliest.month(), 1)
    );
    assert_eq!(
        (axis.last_day().year(), axis.last_day().month()),
        (latest.year(), latest.month())
    );
    assert_eq!(axis.position(axis.first_day()), 0.0);
}

#[test]
fn every_event_has_one_mark_inside_the_axis_in_date_order() {
    let dataset = dataset();
    let axis = Axis::spanning(&dataset).unwrap();
    let marks = axis.marks(&dataset);
    assert_eq!(marks.len(), dataset.events.len());
    for mark in &marks {
        assert!((0.0..=1.0).contains(&mark.start) && (0.0..=1.0).contains(&mark.end));
        assert!(mark.start <= mark.end, "{mark:?}");
        assert!(mark.row < MARK_ROWS);
        let when = &dataset.events[mark.event].date.when;
        if let Some(day) = when.earliest() {
            assert!((axis.position(day) - mark.start).abs() < 1e-6, "{mark:?}");
        }
    }
    // Later dates lie further along.
    let key = |m: &biip_core::axis::Mark| dataset.events[m.event].date.when.earliest();
    for a in &marks {
        for b in &marks {
            if let (Some(x), Some(y)) = (key(a), key(b)) {
                if x < y {
                    assert!(a.start <= b.start, "{a:?} before {b:?}");
                }
            }
        }
    }
}

#[test]
fn marks_on_one_row_do_not_touch_unless_the_rows_are_full() {
    let dataset = dataset();
    let axis = Axis::spanning(&dataset).unwrap();
    let marks = axis.marks(&dataset);
    for row in 0..MARK_ROWS - 1 {
        let mut on_row: Vec<_> = marks.iter().filter(|m| m.row == row).collect();
        on_row.sort_by(|a, b| a.start.total_cmp(&b.start));
        for pair in on_row.windows(2) {
            assert!(pair[1].start > pair[0].end.max(pair[0].start), "{pair:?}");
        }
    }
}

#[test]
fn dates_without_a_day_or_with_a_qualifier_have_soft_or_open_ends() {
    let dataset = dataset();
    let axis = Axis::spanning(&dataset).unwrap();
    for mark in axis.marks(&dataset) {
        let when = &dataset.events[mark.event].date.when;
        if when.is_exact() && when.anchor().date.day.is_some() {
            assert!(mark.is_point(), "{mark:?}");
        } else {
            assert!(
                mark.start_edge != Edge::Known || mark.end_edge != Edge::Known,
                "{} is not exact to the day but is drawn as known",
                dataset.events[mark.event].id
            );
        }
    }
}

#[test]
fn the_leaders_lane_lists_the_councils_leaders_in_order_of_tenure() {
    let dataset = dataset();
    let axis = Axis::spanning(&dataset).unwrap();
    let lanes = axis.lanes(&dataset);
    let leaders = lanes
        .iter()
        .find(|l| l.post.id == "bcc-leader")
        .expect("a leader's lane");
    let people: Vec<&str> = leaders
        .bars
        .iter()
        .map(|b| b.tenure.person.as_str())
        .collect();
    assert_eq!(people, ["albert-bore", "john-clancy", "ian-ward"]);
    for pair in leaders.bars.windows(2) {
        assert!(pair[0].start <= pair[1].start, "{pair:?}");
    }
    // No source gives Sir Albert's start or end: both are drawn open.
    assert_eq!(
        (leaders.bars[0].start_edge, leaders.bars[0].end_edge),
        (Edge::Open, Edge::Open)
    );
    // Cllr Clancy's start is a month a source gives; his end is marked uncertain.
    assert_eq!(leaders.bars[1].start_edge, Edge::Soft);
    assert_eq!(leaders.bars[1].end_edge, Edge::Soft);
}

#[test]
fn each_lane_post_is_in_the_data() {
    let dataset = dataset();
    let axis = Axis::spanning(&dataset).unwrap();
    assert_eq!(
        axis.lanes(&dataset).len(),
        biip_core::axis::LANE_POSTS.len()
    );
}

#[test]
fn ticks_mark_every_month_and_name_each_year() {
    let dataset = dataset();
    let axis = Axis::spanning(&dataset).unwrap();
    let ticks = axis.ticks();
    let years: Vec<u16> = ticks.iter().filter_map(|t| t.year).collect();
    let first = axis.first_day();
    let last = axis.last_day().year();
    // The axis starts in December 2014: 2014 is not named a month before 2015 is.
    assert_eq!((first.year(), first.month()), (2014, 12));
    assert_eq!(years, (2015..=last).collect::<Vec<_>>());
    assert_eq!(
        ticks.iter().filter(|t| t.year.is_none()).count() + years.len(),
        ticks.len()
    );
    for pair in ticks.windows(2) {
        assert!(pair[0].at < pair[1].at);
    }
}

#[test]
fn ten_thousand_events_are_drawn_as_one_path_of_bars() {
    use biip_core::axis::{density_path, tallest_bin, DENSITY_BINS, DENSITY_FROM};
    let dataset = biip_core::synthetic::dataset(10_000, 400, 42);
    assert!(dataset.events.len() >= DENSITY_FROM);
    let axis = Axis::spanning(&dataset).unwrap();
    let bins = axis.density_bins(&dataset);
    assert_eq!(bins.len(), 10_000);
    assert!(bins.iter().all(|b| (*b as usize) < DENSITY_BINS));
    let tallest = tallest_bin(&bins);
    let all = density_path(&bins, |_| true, tallest);
    // One bar per stretch that has an event, and the tallest reaches the top.
    let bars = all.matches('M').count();
    assert!(
        bars > DENSITY_BINS / 2 && bars <= DENSITY_BINS,
        "{bars} bars"
    );
    assert!(all.contains("V0h1"));
    // Matching fewer events draws bars no taller than all of them.
    let some = density_path(&bins, |event| event % 7 == 0, tallest);
    assert!(some.matches('M').count() <= bars);
    assert!(!some.contains("V0h1"));
    assert_eq!(density_path(&bins, |_| false, tallest), "");
}

#[test]
fn each_period_is_a_band_from_its_start_to_its_end() {
    let dataset = dataset();
    let axis = Axis::spanning(&dataset).unwrap();
    let bands = axis.bands(&dataset);
    assert_eq!(bands.len(), dataset.periods.len());
    assert!(bands.len() >= 2);
    for band in &bands {
        assert!(
            0.0 <= band.start && band.start < band.end && band.end <= 1.0,
            "{band:?}"
        );
        if let Some(day) = band.period.start.as_ref().and_then(|w| w.earliest()) {
            assert_eq!(band.start, axis.position(day));
        }
    }
    // The panel's four years run from its set-up in January 2015 to about 2 April 2019, an
    // approximate end: soft.
    let panel = bands
        .iter()
        .find(|b| b.period.id == "the-panels-four-years-in-birmingham")
        .expect("the panel's period");
    assert_eq!(
        panel.start,
        axis.position(biip_core::date::DayKey::new(2015, 1, 1))
    );
    assert_eq!(panel.end_edge, Edge::Soft);
}
