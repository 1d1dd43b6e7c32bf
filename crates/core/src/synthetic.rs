//! Deterministic made-up datasets of any size, for the query benchmark and the property tests
//! that check the engine against a plain re-implementation. Never used for the real timeline.

use crate::date::{DatePoint, EventDate, PartialDate, When};
use crate::model::{
    Citation, Dataset, Event, EventKind, Organisation, Person, Quote, Source, SourceLayout, Tag,
};

/// A small linear congruential generator: the same seed gives the same dataset everywhere.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const WORDS: [&str; 40] = [
    "council",
    "panel",
    "improvement",
    "budget",
    "audit",
    "children",
    "services",
    "waste",
    "housing",
    "leadership",
    "report",
    "letter",
    "secretary",
    "state",
    "progress",
    "review",
    "governance",
    "finance",
    "savings",
    "workforce",
    "partnership",
    "schools",
    "inspection",
    "ofsted",
    "cabinet",
    "scrutiny",
    "devolution",
    "strategy",
    "plan",
    "meeting",
    "public",
    "résumé",
    "café",
    "assurance",
    "stocktake",
    "transformation",
    "birmingham",
    "grant",
    "city",
    "culture",
];

/// The build-time switch that swaps the real dataset for a synthetic one of this many events,
/// to see how the pages hold up at scale: `BIIP_SYNTHETIC_EVENTS=10000 trunk build --release`.
/// The build step (`build.rs`, `biip-site`) reads it; nothing at run time does.
pub const SWITCH: &str = "BIIP_SYNTHETIC_EVENTS";

/// The synthetic dataset the switch asks for, if it is set: `Err` says what is wrong with its
/// value.
pub fn from_switch(value: Option<&str>) -> Result<Option<Dataset>, String> {
    let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    match value.parse::<usize>() {
        Ok(events @ 1..=1_000_000) => Ok(Some(dataset(events, 400, 42))),
        _ => Err(format!(
            "{SWITCH}={value:?} is not a number of events from 1 to 1000000"
        )),
    }
}

/// `events` events over 2014-2019 with `people` people, 12 tags, 8 organisations and 5 sources.
/// Dates mix day, month and year precision; text mixes accents and case.
pub fn dataset(events: usize, people: usize, seed: u64) -> Dataset {
    let mut rng = Lcg(seed);
    let tags: Vec<Tag> = (0..12)
        .map(|i| Tag {
            id: format!("tag-{i}"),
            label: format!("Topic {i}"),
        })
        .collect();
    let organisations: Vec<Organisation> = (0..8)
        .map(|i| Organisation {
            id: format!("org-{i}"),
            name: format!("{} Organisation {i}", WORDS[i]),
            short_name: None,
        })
        .collect();
    let people: Vec<Person> = (0..people.max(1))
        .map(|i| Person {
            id: format!("person-{i}"),
            name: format!("Pérson{i} {}", WORDS[i % WORDS.len()]),
            honours: None,
            descriptions: Vec::new(),
            disagreements: Vec::new(),
        })
        .collect();
    let sources: Vec<Source> = (0..5)
        .map(|i| Source {
            file: format!("source-{i}.txt"),
            headline: format!("Source {i}"),
            publisher: "Publisher".into(),
            published: None,
            layout: SourceLayout::default(),
        })
        .collect();

    let sentence = |rng: &mut Lcg, words: usize| -> String {
        (0..words)
            .map(|n| {
                let word = *rng.pick(&WORDS);
                if n == 0 {
                    word.to_uppercase()
                } else {
                    word.to_string()
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let mut all_events: Vec<Event> = (0..events)
        .map(|i| {
            let year = 2014 + rng.below(6) as u16;
            let month = 1 + rng.below(12) as u8;
            let day = 1 + rng.below(28) as u8;
            let date = match rng.below(10) {
                0 => PartialDate::year(year),
                1..=3 => PartialDate::month(year, month),
                _ => PartialDate::day(year, month, day),
            };
            let pick_ids = |rng: &mut Lcg, n: usize, prefix: &str, of: usize| -> Vec<String> {
                let mut ids: Vec<String> = (0..n)
                    .map(|_| format!("{prefix}-{}", rng.below(of)))
                    .collect();
                ids.sort();
                ids.dedup();
                ids
            };
            let how_many = 1 + rng.below(3);
            let event_people = pick_ids(&mut rng, how_many, "person", people.len());
            let quotes = if rng.below(4) == 0 {
                vec![Quote {
                    speakers: vec![event_people[0].clone()],
                    organisations: Vec::new(),
                    text: sentence(&mut rng, 8),
                    source: "source-0.txt".into(),
                }]
            } else {
                Vec::new()
            };
            let how_many = 1 + rng.below(3);
            let tags = pick_ids(&mut rng, how_many, "tag", tags.len());
            let how_many = rng.below(3);
            let organisations = pick_ids(&mut rng, how_many, "org", organisations.len());
            Event {
                id: format!("{}-event-{i}", date.iso()),
                aliases: Vec::new(),
                date: EventDate {
                    when: shape(i, date),
                    source_words: None,
                    note: None,
                },
                title: sentence(&mut rng, 6),
                summary: sentence(&mut rng, 20),
                body: vec![sentence(&mut rng, 40)],
                kind: *rng.pick(&EventKind::ALL),
                tags,
                people: event_people,
                organisations,
                documents: Vec::new(),
                quotes,
                figures: Vec::new(),
                citations: vec![Citation {
                    source: format!("source-{}", rng.below(sources.len())) + ".txt",
                    excerpt: None,
                }],
                disagreements: Vec::new(),
                added: PartialDate::day(2026, 11, 28),
                corrections: Vec::new(),
            }
        })
        .collect();
    all_events.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
    Dataset {
        posts: Vec::new(),
        periods: Vec::new(),
        events: all_events,
        people,
        organisations,
        documents: Vec::new(),
        sources,
        tags,
    }
}

/// Most events at a single date; one in ten an interval to the next year, one in ten a bound
/// each way, and one in ten approximate. Chosen by position, so the random draws, and with them
/// the rest of the dataset, are the same as when every date was a single one.
fn shape(i: usize, date: PartialDate) -> When {
    let point = DatePoint::exact(date);
    match i % 10 {
        6 => When::On(DatePoint {
            approximate: true,
            ..point
        }),
        7 => When::Between(point, DatePoint::exact(PartialDate::year(date.year + 1))),
        8 => When::By(point),
        9 => When::From(point),
        _ => When::On(point),
    }
}
