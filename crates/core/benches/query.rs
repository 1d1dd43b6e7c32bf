//! Query speed on a deterministic synthetic timeline of 100,000 events (the real one has a few
//! dozen). Target: a full query — text, two facets, a date range, counts — under 5 ms.
//!
//! Run: `cargo bench -p biip-core --bench query`.

use biip_core::date::PartialDate;
use biip_core::filter::FilterState;
use biip_core::query::{run_query, SearchIndex};
use biip_core::synthetic;
use biip_core::url_state;
use divan::{black_box, Bencher};
use std::sync::LazyLock;

const EVENTS: usize = 100_000;

static DATA: LazyLock<(biip_core::Dataset, SearchIndex)> = LazyLock::new(|| {
    let dataset = synthetic::dataset(EVENTS, 400, 42);
    let index = SearchIndex::new(&dataset);
    (dataset, index)
});

fn main() {
    LazyLock::force(&DATA);
    divan::main();
}

fn full_query() -> FilterState {
    let mut state = FilterState {
        text: "audit council".into(),
        from: Some(PartialDate::year(2015)),
        to: Some(PartialDate::month(2017, 8)),
        ..Default::default()
    };
    state.tags.insert("tag-3".into());
    state.tags.insert("tag-7".into());
    state.kinds.insert("letter".into());
    state.kinds.insert("report".into());
    state
}

/// Text, two facets (two values each) and a date range, with every facet's counts.
#[divan::bench]
fn text_two_facets_date_range(bencher: Bencher) {
    let (dataset, index) = &*DATA;
    let state = full_query();
    bencher.bench(|| run_query(dataset, index, black_box(&state)));
}

/// No filter at all: every event is a hit and counts every facet value.
#[divan::bench]
fn unfiltered(bencher: Bencher) {
    let (dataset, index) = &*DATA;
    let state = FilterState::default();
    bencher.bench(|| run_query(dataset, index, black_box(&state)));
}

/// A one-letter search, the widest prefix a reader types first.
#[divan::bench]
fn one_letter_search(bencher: Bencher) {
    let (dataset, index) = &*DATA;
    let state = FilterState {
        text: "c".into(),
        ..Default::default()
    };
    bencher.bench(|| run_query(dataset, index, black_box(&state)));
}

/// Reading a hostile 10,000-character query string.
#[divan::bench]
fn decode_hostile_url() -> url_state::Decoded {
    let query = format!("q={}&tag=%ff&from=2015-02-30&x=1", "a".repeat(10_000));
    url_state::decode(black_box(&query))
}

/// Building the index of 100,000 events (done at build time for the app).
#[divan::bench(sample_count = 3, sample_size = 1)]
fn build_index() -> SearchIndex {
    SearchIndex::new(&DATA.0)
}
