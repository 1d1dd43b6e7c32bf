//! The query engine: which events a [`FilterState`] shows, in what order, which of their
//! fields matched the search, and how many events each facet value would show.
//!
//! [`SearchIndex`] is built once (at build time for the app) from a [`Dataset`]; a query then
//! makes one pass over the events. It does not render or parse URLs.

use crate::date::DayKey;
use crate::filter::{Facet, FilterState, SortOrder};
use crate::model::{Dataset, Event, EventKind};
use crate::text;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Which parts of an event the search words were found in, for highlighting and for telling
/// the reader why an event is listed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct MatchedFields(u8);

impl MatchedFields {
    pub const TITLE: MatchedFields = MatchedFields(1);
    pub const SUMMARY: MatchedFields = MatchedFields(1 << 1);
    pub const BODY: MatchedFields = MatchedFields(1 << 2);
    pub const QUOTES: MatchedFields = MatchedFields(1 << 3);
    pub const PEOPLE: MatchedFields = MatchedFields(1 << 4);
    pub const ORGANISATIONS: MatchedFields = MatchedFields(1 << 5);

    const NAMED: [(MatchedFields, &'static str); 6] = [
        (MatchedFields::TITLE, "title"),
        (MatchedFields::SUMMARY, "summary"),
        (MatchedFields::BODY, "full text"),
        (MatchedFields::QUOTES, "quotes"),
        (MatchedFields::PEOPLE, "people"),
        (MatchedFields::ORGANISATIONS, "organisations"),
    ];

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn contains(self, other: MatchedFields) -> bool {
        self.0 & other.0 == other.0 && !other.is_empty()
    }

    /// The fields as a reader would name them, e.g. `["title", "quotes"]`.
    pub fn names(self) -> Vec<&'static str> {
        Self::NAMED
            .iter()
            .filter(|(field, _)| self.contains(*field))
            .map(|(_, name)| *name)
            .collect()
    }
}

impl std::ops::BitOr for MatchedFields {
    type Output = MatchedFields;
    fn bitor(self, rhs: MatchedFields) -> MatchedFields {
        MatchedFields(self.0 | rhs.0)
    }
}

/// One event a query shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Index into `Dataset::events`.
    pub event: usize,
    /// Empty when there is no search text.
    pub matched: MatchedFields,
}

/// A facet value and how many events choosing it would show, given every other active filter.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetValueCount {
    /// The id written in the URL: a tag id, person id, kind slug, source file name.
    pub value: String,
    /// What a reader sees: a tag's label, a person's name, a source's headline.
    pub label: String,
    pub count: usize,
    pub selected: bool,
}

/// The values of one facet that have events or are selected, most events first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FacetCounts {
    pub facet: Facet,
    pub values: Vec<FacetValueCount>,
}

/// What a query shows: the events in order and the facet counts beside them.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QueryResult {
    pub hits: Vec<Hit>,
    /// One entry per facet, in [`Facet::ALL`] order.
    pub facets: Vec<FacetCounts>,
}

/// A word and the events (with the fields) it occurs in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Posting {
    event: u32,
    fields: MatchedFields,
}

/// One facet's values and, for each event, which of them it carries (compressed rows:
/// event `i`'s values are `values_of[starts[i]..starts[i + 1]]`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
struct FacetColumn {
    values: Vec<String>,
    labels: Vec<String>,
    starts: Vec<u32>,
    values_of: Vec<u32>,
}

impl FacetColumn {
    fn of_event(&self, event: usize) -> &[u32] {
        &self.values_of[self.starts[event] as usize..self.starts[event + 1] as usize]
    }
}

/// Everything a query needs, precomputed from the dataset: a sorted word list with postings,
/// the facet columns and the days each event may fall on.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SearchIndex {
    words: Vec<String>,
    postings: Vec<Vec<Posting>>,
    facets: Vec<FacetColumn>,
    spans: Vec<(DayKey, DayKey)>,
}

impl SearchIndex {
    pub fn new(dataset: &Dataset) -> SearchIndex {
        let person_names: HashMap<&str, String> = dataset
            .people
            .iter()
            .map(|p| (p.id.as_str(), p.full_name()))
            .collect();
        let organisation_names: HashMap<&str, String> = dataset
            .organisations
            .iter()
            .map(|o| {
                let name = match &o.short_name {
                    Some(short) => format!("{} {}", o.name, short),
                    None => o.name.clone(),
                };
                (o.id.as_str(), name)
            })
            .collect();

        let mut by_word: HashMap<String, Vec<Posting>> = HashMap::new();
        let mut folded = String::new();
        for (index, event) in dataset.events.iter().enumerate() {
            let mut add = |field: MatchedFields, content: &str| {
                folded.clear();
                for c in content.chars() {
                    text::fold_char(c, &mut folded);
                }
                for word in text::words(&folded) {
                    // Look up before inserting: most words are already known, and an owned
                    // key would cost an allocation per word.
                    let postings = match by_word.get_mut(word) {
                        Some(postings) => postings,
                        None => by_word.entry(word.to_string()).or_default(),
                    };
                    match postings.last_mut() {
                        Some(last) if last.event == index as u32 => {
                            last.fields = last.fields | field
                        }
                        _ => postings.push(Posting {
                            event: index as u32,
                            fields: field,
                        }),
                    }
                }
            };
            add(MatchedFields::TITLE, &event.title);
            add(MatchedFields::SUMMARY, &event.summary);
            for paragraph in &event.body {
                add(MatchedFields::BODY, paragraph);
            }
            for quote in &event.quotes {
                add(MatchedFields::QUOTES, &quote.text);
            }
            for person in &event.people {
                let name = person_names
                    .get(person.as_str())
                    .map_or(person.as_str(), String::as_str);
                add(MatchedFields::PEOPLE, name);
            }
            for organisation in &event.organisations {
                let name = organisation_names
                    .get(organisation.as_str())
                    .map_or(organisation.as_str(), String::as_str);
                add(MatchedFields::ORGANISATIONS, name);
            }
        }
        let mut entries: Vec<(String, Vec<Posting>)> = by_word.into_iter().collect();
        entries.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let (words, postings) = entries.into_iter().unzip();

        SearchIndex {
            words,
            postings,
            facets: Facet::ALL
                .into_iter()
                .map(|facet| facet_column(dataset, facet))
                .collect(),
            spans: dataset
                .events
                .iter()
                // The days each event may fall on; a bound is open at one end.
                .map(|e| {
                    (
                        e.date.when.earliest().unwrap_or(DayKey(0)),
                        e.date.when.latest().unwrap_or(DayKey(u32::MAX)),
                    )
                })
                .collect(),
        }
    }

    pub fn event_count(&self) -> usize {
        self.spans.len()
    }

    fn column(&self, facet: Facet) -> &FacetColumn {
        &self.facets[facet_slot(facet)]
    }

    /// For each event, the fields where some word starting with `term` occurs (0 = none).
    fn term_fields(&self, term: &str, into: &mut [u8]) {
        let first = self.words.partition_point(|w| w.as_str() < term);
        for (word, postings) in self.words[first..].iter().zip(&self.postings[first..]) {
            if !word.starts_with(term) {
                break;
            }
            for posting in postings {
                into[posting.event as usize] |= posting.fields.0;
            }
        }
    }
}

fn facet_slot(facet: Facet) -> usize {
    Facet::ALL
        .iter()
        .position(|f| *f == facet)
        .expect("Facet::ALL lists every facet")
}

/// The ids an event carries for `facet`.
fn event_values(event: &Event, facet: Facet) -> Vec<&str> {
    match facet {
        Facet::Tag => event.tags.iter().map(String::as_str).collect(),
        Facet::Person => event.people.iter().map(String::as_str).collect(),
        Facet::Organisation => event.organisations.iter().map(String::as_str).collect(),
        Facet::Kind => vec![event.kind.slug()],
        Facet::Source => event.source_files(),
    }
}

fn facet_column(dataset: &Dataset, facet: Facet) -> FacetColumn {
    let (values, labels): (Vec<String>, Vec<String>) = match facet {
        Facet::Tag => dataset
            .tags
            .iter()
            .map(|t| (t.id.clone(), t.label.clone()))
            .unzip(),
        Facet::Person => dataset
            .people
            .iter()
            .map(|p| (p.id.clone(), p.name.clone()))
            .unzip(),
        Facet::Organisation => dataset
            .organisations
            .iter()
            .map(|o| (o.id.clone(), o.name.clone()))
            .unzip(),
        Facet::Kind => EventKind::ALL
            .iter()
            .map(|k| (k.slug().to_string(), k.label().to_string()))
            .unzip(),
        Facet::Source => dataset
            .sources
            .iter()
            .map(|s| (s.file.clone(), s.headline.clone()))
            .unzip(),
    };
    let slot: HashMap<&str, u32> = values
        .iter()
        .enumerate()
        .map(|(i, v)| (v.as_str(), i as u32))
        .collect();
    let mut starts = Vec::with_capacity(dataset.events.len() + 1);
    let mut values_of = Vec::new();
    starts.push(0);
    for event in &dataset.events {
        let mut mine: Vec<u32> = event_values(event, facet)
            .into_iter()
            .filter_map(|v| slot.get(v).copied())
            .collect();
        // An event citing one source twice still counts once for it.
        mine.sort_unstable();
        mine.dedup();
        values_of.extend(mine);
        starts.push(values_of.len() as u32);
    }
    FacetColumn {
        values,
        labels,
        starts,
        values_of,
    }
}

/// The events `state` shows, in its order, with facet counts that each reflect every other
/// active filter (choosing a value of a facet widens that facet and narrows the others).
///
/// Values within a facet combine with OR, facets with each other with AND. A date range keeps
/// an event whose span overlaps it: `from=2017` keeps an event dated "2017-08"; `to=2017-08`
/// keeps one dated only "2017", since it may have happened by then.
pub fn run_query(dataset: &Dataset, index: &SearchIndex, state: &FilterState) -> QueryResult {
    debug_assert_eq!(dataset.events.len(), index.event_count());
    let count = index.event_count();

    let terms = text::terms(&state.text);
    let text_fields: Option<Vec<u8>> = (!terms.is_empty()).then(|| {
        let mut all = vec![u8::MAX; count];
        let mut this_term = vec![0u8; count];
        for (n, term) in terms.iter().enumerate() {
            this_term.iter_mut().for_each(|f| *f = 0);
            index.term_fields(term, &mut this_term);
            for (acc, found) in all.iter_mut().zip(&this_term) {
                *acc = match (n, *acc, *found) {
                    (_, _, 0) | (_, 0, _) => 0,
                    (0, _, found) => found,
                    (_, acc, found) => acc | found,
                };
            }
        }
        all
    });

    // For each facet with a selection, which of its values are chosen.
    let chosen: Vec<Option<Vec<bool>>> = Facet::ALL
        .into_iter()
        .map(|facet| {
            let wanted = state.values(facet);
            (!wanted.is_empty()).then(|| {
                let column = index.column(facet);
                column.values.iter().map(|v| wanted.contains(v)).collect()
            })
        })
        .collect();

    let from = state.from.map(|d| d.start());
    let to = state.to.map(|d| d.end());

    // Why each event is hidden, one bit per filter. Each filter is a pass of its own over a
    // byte per event: tight loops that stay in cache, which matters at 100,000 events.
    const TEXT: u8 = 1;
    const DATE: u8 = 1 << 1;
    let facet_bit = |slot: usize| 1u8 << (2 + slot);
    let mut failed = vec![0u8; count];
    if let Some(fields) = &text_fields {
        for (mask, found) in failed.iter_mut().zip(fields) {
            if *found == 0 {
                *mask |= TEXT;
            }
        }
    }
    if from.is_some() || to.is_some() {
        let from = from.unwrap_or(DayKey(0));
        let to = to.unwrap_or(DayKey(u32::MAX));
        // A range that ends before it starts holds no day: nothing falls in it.
        let empty = from > to;
        for (mask, (start, end)) in failed.iter_mut().zip(&index.spans) {
            if empty || *end < from || *start > to {
                *mask |= DATE;
            }
        }
    }
    for (slot, wanted) in chosen.iter().enumerate() {
        if let Some(wanted) = wanted {
            let column = &index.facets[slot];
            for (event, mask) in failed.iter_mut().enumerate() {
                if !column.of_event(event).iter().any(|&v| wanted[v as usize]) {
                    *mask |= facet_bit(slot);
                }
            }
        }
    }

    let mut hits: Vec<Hit> = failed
        .iter()
        .enumerate()
        .filter(|(_, mask)| **mask == 0)
        .map(|(event, _)| Hit {
            event,
            matched: MatchedFields(text_fields.as_ref().map_or(0, |f| f[event])),
        })
        .collect();
    // A facet's counts leave out its own selection: an event counts for a value when every
    // other filter keeps it.
    let counts: Vec<Vec<u32>> = index
        .facets
        .iter()
        .enumerate()
        .map(|(slot, column)| {
            let mut counts = vec![0u32; column.values.len()];
            let others = !facet_bit(slot);
            for (event, mask) in failed.iter().enumerate() {
                if mask & others == 0 {
                    for &v in column.of_event(event) {
                        counts[v as usize] += 1;
                    }
                }
            }
            counts
        })
        .collect();
    if state.sort == SortOrder::NewestFirst {
        hits.reverse();
    }

    let facets = Facet::ALL
        .into_iter()
        .enumerate()
        .map(|(slot, facet)| {
            let column = &index.facets[slot];
            let wanted = state.values(facet);
            let mut values: Vec<FacetValueCount> = column
                .values
                .iter()
                .zip(&column.labels)
                .zip(&counts[slot])
                .filter(|((value, _), &n)| n > 0 || wanted.contains(*value))
                .map(|((value, label), &n)| FacetValueCount {
                    value: value.clone(),
                    label: label.clone(),
                    count: n as usize,
                    selected: wanted.contains(value),
                })
                .collect();
            // A selected value the dataset does not know still shows, so it can be removed.
            for unknown in wanted.iter().filter(|w| !column.values.contains(w)) {
                values.push(FacetValueCount {
                    value: unknown.clone(),
                    label: unknown.clone(),
                    count: 0,
                    selected: true,
                });
            }
            values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
            FacetCounts { facet, values }
        })
        .collect();

    QueryResult { hits, facets }
}

/// Up to `limit` events that share people, tags or documents with event `index`, most shared
/// first, then nearest in time. Shared people weigh most: they carry a story across events.
pub fn related_events(dataset: &Dataset, index: usize, limit: usize) -> Vec<usize> {
    let Some(event) = dataset.events.get(index) else {
        return Vec::new();
    };
    let shared =
        |mine: &[String], theirs: &[String]| mine.iter().filter(|m| theirs.contains(m)).count();
    let mut scored: Vec<(usize, usize, usize)> = dataset
        .events
        .iter()
        .enumerate()
        .filter(|(other, _)| *other != index)
        .filter_map(|(other, candidate)| {
            let score = 3 * shared(&event.people, &candidate.people)
                + 2 * shared(&event.documents, &candidate.documents)
                + shared(&event.tags, &candidate.tags);
            (score > 0).then_some((score, other.abs_diff(index), other))
        })
        .collect();
    scored.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    scored
        .into_iter()
        .take(limit)
        .map(|(_, _, other)| other)
        .collect()
}
