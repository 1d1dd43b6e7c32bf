//! The query engine against a plain, obviously-correct re-implementation on many generated
//! datasets and filters, plus the cases a reader would notice on the real timeline.

use biip_core::date::{DayKey, PartialDate, When};
use biip_core::filter::{Facet, FilterState, SortOrder};
use biip_core::model::{Dataset, Event};
use biip_core::query::{related_events, run_query, MatchedFields, SearchIndex};
use biip_core::synthetic;
use biip_core::text::{fold, terms, words};
use proptest::prelude::*;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// The generated timeline, its index and each event's searchable words, made once.
static SMALL: LazyLock<(Dataset, SearchIndex, Vec<Vec<String>>)> = LazyLock::new(|| {
    let dataset = synthetic::dataset(150, 12, 7);
    let index = SearchIndex::new(&dataset);
    let words = dataset
        .events
        .iter()
        .map(|e| searchable(&dataset, e))
        .collect();
    (dataset, index, words)
});

/// Everything the search looks at in an event, each as folded words.
fn searchable(dataset: &Dataset, event: &Event) -> Vec<String> {
    let mut texts = vec![event.title.clone(), event.summary.clone()];
    texts.extend(event.body.iter().cloned());
    texts.extend(event.quotes.iter().map(|q| q.text.clone()));
    texts.extend(
        event
            .people
            .iter()
            .map(|p| dataset.person(p).unwrap().full_name()),
    );
    texts.extend(
        event
            .organisations
            .iter()
            .map(|o| dataset.organisation(o).unwrap().name.clone()),
    );
    texts
        .iter()
        .flat_map(|t| words(&fold(t)).map(String::from).collect::<Vec<_>>())
        .collect()
}

fn values(event: &Event, facet: Facet) -> Vec<String> {
    match facet {
        Facet::Tag => event.tags.clone(),
        Facet::Person => event.people.clone(),
        Facet::Organisation => event.organisations.clone(),
        Facet::Kind => vec![event.kind.slug().to_string()],
        Facet::Source => event.citations.iter().map(|c| c.source.clone()).collect(),
    }
}

/// Whether event `i` passes `state`, leaving out `skip`'s facet when given.
fn passes(i: usize, state: &FilterState, skip: Option<Facet>) -> bool {
    let (dataset, _, searchable) = &*SMALL;
    let event = &dataset.events[i];
    let words = &searchable[i];
    let text_ok = terms(&state.text)
        .iter()
        .all(|t| words.iter().any(|w| w.starts_with(t.as_str())));
    let date_ok = event
        .date
        .when
        .may_fall_within(state.from.as_ref(), state.to.as_ref());
    let facets_ok = Facet::ALL.iter().filter(|f| Some(**f) != skip).all(|f| {
        let wanted = state.values(*f);
        wanted.is_empty() || values(event, *f).iter().any(|v| wanted.contains(v))
    });
    text_ok && date_ok && facets_ok
}

fn reference_hits(dataset: &Dataset, state: &FilterState) -> Vec<usize> {
    let mut hits: Vec<usize> = (0..dataset.events.len())
        .filter(|&i| passes(i, state, None))
        .collect();
    if state.sort == SortOrder::NewestFirst {
        hits.reverse();
    }
    hits
}

fn reference_counts(
    dataset: &Dataset,
    state: &FilterState,
    facet: Facet,
) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for (i, event) in dataset.events.iter().enumerate() {
        if passes(i, state, Some(facet)) {
            let mut mine = values(event, facet);
            mine.sort();
            mine.dedup();
            for value in mine {
                *counts.entry(value).or_insert(0) += 1;
            }
        }
    }
    counts
}

fn small_dataset() -> Dataset {
    synthetic::dataset(150, 12, 7)
}

prop_compose! {
    fn filter_state()(
        text in prop::sample::select(vec!["", "audit", "COUNCIL pan", "cafe", "resume", "bir ci", "zzz", "pérson3", "organisation"]),
        tags in prop::collection::btree_set(prop::sample::select((0..12).map(|i| format!("tag-{i}")).collect::<Vec<_>>()), 0..3),
        people in prop::collection::btree_set(prop::sample::select((0..12).map(|i| format!("person-{i}")).collect::<Vec<_>>()), 0..2),
        kinds in prop::collection::btree_set(prop::sample::select(vec!["letter".to_string(), "report".into(), "meeting".into()]), 0..2),
        sources in prop::collection::btree_set(prop::sample::select((0..5).map(|i| format!("source-{i}.txt")).collect::<Vec<_>>()), 0..2),
        from in prop::option::of((2014u16..2020, prop::option::of(1u8..=12))),
        to in prop::option::of((2014u16..2020, prop::option::of(1u8..=12))),
        newest in any::<bool>(),
    ) -> FilterState {
        let date = |(y, m): (u16, Option<u8>)| m.map_or(PartialDate::year(y), |m| PartialDate::month(y, m));
        FilterState {
            text: text.to_string(),
            tags,
            people,
            organisations: Default::default(),
            kinds,
            sources,
            from: from.map(date),
            to: to.map(date),
            sort: if newest { SortOrder::NewestFirst } else { SortOrder::OldestFirst },
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn hits_and_counts_agree_with_the_plain_reading(state in filter_state()) {
        let (dataset, index, _) = &*SMALL;
        let result = run_query(dataset, index, &state);
        let hits: Vec<usize> = result.hits.iter().map(|h| h.event).collect();
        prop_assert_eq!(hits, reference_hits(dataset, &state));
        for counts in &result.facets {
            let got: BTreeMap<String, usize> = counts
                .values
                .iter()
                .filter(|v| v.count > 0)
                .map(|v| (v.value.clone(), v.count))
                .collect();
            prop_assert_eq!(got, reference_counts(dataset, &state, counts.facet), "{:?}", counts.facet);
            for value in &counts.values {
                prop_assert_eq!(value.selected, state.values(counts.facet).contains(&value.value));
            }
        }
    }
}

#[test]
fn no_filter_shows_every_event_oldest_first() {
    let dataset = small_dataset();
    let index = SearchIndex::new(&dataset);
    let result = run_query(&dataset, &index, &FilterState::default());
    assert_eq!(result.hits.len(), dataset.events.len());
    assert!(result.hits.windows(2).all(|w| w[0].event < w[1].event));
    assert!(result.hits.iter().all(|h| h.matched.is_empty()));
    let newest = FilterState {
        sort: SortOrder::NewestFirst,
        ..Default::default()
    };
    let reversed = run_query(&dataset, &index, &newest);
    assert_eq!(reversed.hits.first(), result.hits.last());
}

#[test]
fn search_is_case_and_accent_insensitive_and_reports_fields() {
    let dataset = small_dataset();
    let index = SearchIndex::new(&dataset);
    let search = |text: &str| {
        run_query(
            &dataset,
            &index,
            &FilterState {
                text: text.into(),
                ..Default::default()
            },
        )
    };
    let plain = search("cafe");
    assert!(!plain.hits.is_empty());
    assert_eq!(search("CAFÉ"), plain);
    // A person's name matches in the people field.
    let by_person = search("Person3");
    assert!(!by_person.hits.is_empty());
    assert!(by_person
        .hits
        .iter()
        .all(|h| h.matched.contains(MatchedFields::PEOPLE)));
    assert!(search("qqqq").hits.is_empty());
}

#[test]
fn facet_counts_widen_their_own_facet() {
    let dataset = small_dataset();
    let index = SearchIndex::new(&dataset);
    let mut state = FilterState::default();
    state.tags.insert("tag-1".into());
    let result = run_query(&dataset, &index, &state);
    let tags = &result.facets[0];
    assert_eq!(tags.facet, Facet::Tag);
    let everything = run_query(&dataset, &index, &FilterState::default());
    // Choosing a tag leaves the other tags' counts as they were: they would add events.
    assert_eq!(tags.values, {
        let mut v = everything.facets[0].values.clone();
        v.iter_mut().for_each(|v| v.selected = v.value == "tag-1");
        v
    });
    let selected = tags.values.iter().find(|v| v.selected).unwrap();
    assert_eq!(selected.count, result.hits.len());
}

#[test]
fn a_partial_date_range_respects_precision() {
    let dataset = small_dataset();
    let index = SearchIndex::new(&dataset);
    let state = FilterState {
        from: Some(PartialDate::year(2016)),
        to: Some(PartialDate::month(2016, 3)),
        ..Default::default()
    };
    let result = run_query(&dataset, &index, &state);
    assert!(!result.hits.is_empty());
    for hit in &result.hits {
        let when = dataset.events[hit.event].date.when;
        // Some day it may fall on is in January-March 2016: a day or month inside it, the
        // whole year 2016, an interval or a bound that reaches into it.
        let (earliest, latest) = (when.earliest(), when.latest());
        assert!(
            earliest.is_none_or(|d| d <= DayKey::new(2016, 3, 31))
                && latest.is_none_or(|d| d >= DayKey::new(2016, 1, 1)),
            "{when}"
        );
    }
    let year_only = dataset
        .events
        .iter()
        .position(|e| e.date.when == When::exact(PartialDate::year(2016)));
    if let Some(year_only) = year_only {
        assert!(result.hits.iter().any(|h| h.event == year_only));
    }
}

#[test]
fn related_events_share_people_or_tags_and_exclude_the_event() {
    let dataset = small_dataset();
    let related = related_events(&dataset, 10, 5);
    assert_eq!(related.len(), 5);
    let event = &dataset.events[10];
    for other in related {
        assert_ne!(other, 10);
        let candidate = &dataset.events[other];
        let shares = event.people.iter().any(|p| candidate.people.contains(p))
            || event.tags.iter().any(|t| candidate.tags.contains(t));
        assert!(shares, "{} is not related to {}", candidate.id, event.id);
    }
    assert!(related_events(&dataset, 10_000, 5).is_empty());
}

#[test]
fn the_index_survives_serialisation() {
    let dataset = small_dataset();
    let index = SearchIndex::new(&dataset);
    let json = serde_json::to_string(&index).unwrap();
    let back: SearchIndex = serde_json::from_str(&json).unwrap();
    assert_eq!(back, index);
}

#[test]
fn the_synthetic_switch_reads_a_count_of_events_or_says_what_is_wrong() {
    assert!(synthetic::from_switch(None).unwrap().is_none());
    assert!(synthetic::from_switch(Some(" ")).unwrap().is_none());
    let dataset = synthetic::from_switch(Some("120")).unwrap().unwrap();
    assert_eq!(dataset.events.len(), 120);
    for bad in ["0", "ten", "-5", "99999999"] {
        let problem = synthetic::from_switch(Some(bad)).unwrap_err();
        assert!(problem.contains(synthetic::SWITCH), "{problem}");
    }
}
